/** One image build, in terms every builder understands. Paths are absolute. */
export interface ImageBuildRequest {
  image: string;
  contextDir: string;
  dockerfile: string;
  /** Full reference to tag and push: `registry/path:tag`. */
  reference: string;
  target?: string;
  args: Readonly<Record<string, string>>;
  platforms: readonly string[];
  secrets: readonly { id: string; env?: string; src?: string }[];
  labels: Readonly<Record<string, string>>;
  /** A repository for the builder's registry layer cache, when configured. */
  cacheRepository?: string;
  /** `--network` for RUN steps (e.g. "host" where there is no bridge network). */
  network?: string;
  /** Plain-HTTP / self-signed registry. */
  insecureRegistry: boolean;
  /** A Docker-format auth file holding the registry credentials (never passed on the command line). */
  authFile?: string;
}

/** A command as an argument array (never a shell string) with extra environment. */
export interface BuilderCommand {
  program: string;
  args: string[];
  env?: Record<string, string>;
}

export interface ImageBuilder {
  name: 'docker' | 'buildah';
  /** Builds and tags the image locally (multi-platform docker builds push here). */
  build(request: ImageBuildRequest, onOutput: (line: string) => void): Promise<void>;
  /** Pushes the tagged image; returns the manifest digest the builder reports, if it does. */
  push(request: ImageBuildRequest, onOutput: (line: string) => void): Promise<string | undefined>;
}
