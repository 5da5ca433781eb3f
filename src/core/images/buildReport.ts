import type { BuildResult } from './buildResult.js';

/** The machine-readable build report (JSON). Holds no credentials: none are ever put in a BuildResult. Pure. */
export function buildReportJson(result: BuildResult): string {
  return `${JSON.stringify({ kind: 'slipway-build-report', version: 1, ...result }, null, 2)}\n`;
}

/** `SLIPWAY_IMAGE_<NAME>` style name for an image. */
export function imageEnvName(image: string, suffix = ''): string {
  return `SLIPWAY_IMAGE_${image.toUpperCase().replace(/[^A-Z0-9]/g, '_')}${suffix}`;
}

/**
 * A dotenv report (GitLab `artifacts:reports:dotenv`, or `source` in a shell): per image its
 * reference, digest and whether it was built; plus the lists of built and reused images. Pure.
 */
export function buildReportDotenv(result: BuildResult): string {
  const lines: string[] = [];
  for (const image of result.images) {
    lines.push(`${imageEnvName(image.name)}=${image.reference}`);
    lines.push(`${imageEnvName(image.name, '_DIGEST')}=${image.digest}`);
    lines.push(`${imageEnvName(image.name, '_BUILT')}=${image.action === 'built'}`);
  }
  lines.push(`SLIPWAY_IMAGES_BUILT=${result.images.filter((i) => i.action === 'built').map((i) => i.name).join(',')}`);
  lines.push(`SLIPWAY_IMAGES_REUSED=${result.images.filter((i) => i.action === 'reused').map((i) => i.name).join(',')}`);
  lines.push(`SLIPWAY_COMMIT=${result.commit}`);
  return `${lines.join('\n')}\n`;
}

/** One line per image for terminals and logs. */
export function buildSummaryLines(result: BuildResult): string[] {
  const count = (action: string): number => result.images.filter((image) => image.action === action).length;
  const built = count('built');
  const failed = count('failed');
  const notBuilt = count('not-built');
  const lines = result.images.map((image) => {
    const seconds = (image.durationMs / 1000).toFixed(1);
    const what = image.action === 'built' ? `built in ${seconds}s` : image.action;
    return `  ${image.name.padEnd(20)} ${what.padEnd(16)} ${image.reference}${image.digest ? `@${image.digest.slice(0, 19)}…` : ''}`;
  });
  // The head must never sound like success when something failed or was left unbuilt.
  const head =
    failed > 0 || notBuilt > 0
      ? `${failed} image(s) failed, ${notBuilt} not built because of that; ${built} built and pushed`
      : built === 0
        ? 'nothing to build: every image is in the registry'
        : `${built} image(s) built and pushed`;
  return [head, ...lines];
}
