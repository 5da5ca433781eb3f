import type { KubeClient } from '../kube/kubeClient.js';

/** A log line as the kubelet returns it with `timestamps=true`: `2026-12-05T16:20:00.123456789Z text`. */
export interface TimedLine {
  /** Sortable (fixed-width) form of the timestamp; '' when the line has none. */
  stamp: string;
  text: string;
}

/** Splits the kubelet's timestamp off a line and makes it sortable: fractions padded to 9 digits. Pure. */
export function splitTimestamp(line: string): TimedLine {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d) ?/.exec(line);
  if (!m) return { stamp: '', text: line };
  return { stamp: `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}${m[3]}`, text: line.slice(m[0].length) };
}

/**
 * Which lines of a reconnected stream are new: lines older than the last one seen are dropped, and of the
 * lines with the same timestamp as the last one, as many as were seen already. Pure state + step.
 */
export class LineDeduper {
  #lastStamp = '';
  #seenAtLast = 0;
  #replayAtLast = 0;

  /** Call when a new stream starts (it replays from sinceTime). */
  restart(): void {
    this.#replayAtLast = 0;
  }

  accept(line: TimedLine): boolean {
    if (line.stamp === '') return true;
    if (line.stamp < this.#lastStamp) return false;
    if (line.stamp === this.#lastStamp) {
      this.#replayAtLast++;
      if (this.#replayAtLast <= this.#seenAtLast) return false;
      this.#seenAtLast++;
      return true;
    }
    this.#lastStamp = line.stamp;
    this.#seenAtLast = 1;
    this.#replayAtLast = 1;
    return true;
  }

  /** RFC 3339 with seconds (what the API's sinceTime takes), or undefined before any line. */
  get since(): string | undefined {
    return this.#lastStamp ? `${this.#lastStamp.slice(0, 19)}Z` : undefined;
  }
}

const logPath = (namespace: string, pod: string) => `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`;

/**
 * Follows one container's log (`follow=true&timestamps=true`) until stopped, reconnecting when the stream
 * ends (container restarted, apiserver restart) from the last line's time, never delivering a line twice.
 * Keeps the last `keep` lines for failure reports, whatever the printing cap says.
 */
export class ContainerLogFollower {
  readonly #stop = new AbortController();
  readonly #dedupe = new LineDeduper();
  readonly recent: string[] = [];
  delivered = 0;
  #running: Promise<void> | undefined;

  constructor(
    readonly client: KubeClient,
    readonly namespace: string,
    readonly pod: string,
    readonly container: string,
    readonly onLine: (text: string) => void,
    readonly keep = 50,
  ) {}

  start(): void {
    this.#running ??= this.#run();
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stop.signal.aborted) {
      const since = this.#dedupe.since;
      this.#dedupe.restart();
      try {
        await this.client.streamLines(
          logPath(this.namespace, this.pod),
          { container: this.container, follow: 'true', timestamps: 'true', ...(since ? { sinceTime: since } : {}) },
          (raw) => {
            const line = splitTimestamp(raw.replace(/\r$/, ''));
            if (!this.#dedupe.accept(line)) return;
            this.recent.push(line.text);
            if (this.recent.length > this.keep) this.recent.shift();
            this.delivered++;
            this.onLine(line.text);
          },
          this.#stop.signal,
        );
        failures = 0;
      } catch {
        // Not started yet, waiting in a back-off, or the node is unreachable: try again shortly.
        failures++;
      }
      if (this.#stop.signal.aborted) return;
      // Stopping cuts the pause short: the tracker waits for its followers before it reports.
      await pause(Math.min(3000, 250 * 2 ** Math.min(failures, 4)), this.#stop.signal);
    }
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#running;
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The last lines of a container's previous instance (a restarted one), or of the current one. */
export async function tailLogs(client: KubeClient, namespace: string, pod: string, container: string, options: { previous?: boolean; lines?: number; signal?: AbortSignal } = {}): Promise<string[]> {
  const lines: string[] = [];
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), 3000);
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  try {
    await client.streamLines(logPath(namespace, pod), { container, tailLines: String(options.lines ?? 20), ...(options.previous ? { previous: 'true' } : {}) }, (l) => lines.push(l.replace(/\r$/, '')), signal);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
  return lines;
}
