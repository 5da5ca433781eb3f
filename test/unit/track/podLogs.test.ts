import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContainerLogFollower, LineDeduper, splitTimestamp } from '../../../src/core/track/podLogs.js';
import type { KubeClient } from '../../../src/core/kube/kubeClient.js';

/** A client whose log stream gives `lines` and ends at once (a container that exited), each time it is opened. */
function endingStreams(lines: string[]) {
  const opened: Record<string, string | undefined>[] = [];
  const client = {
    async streamLines(_path: string, query: Record<string, string | undefined>, onLine: (line: string) => void) {
      opened.push(query);
      for (const line of lines) onLine(line);
    },
  } as unknown as KubeClient;
  return { client, opened };
}

afterEach(() => vi.useRealTimers());

describe('ContainerLogFollower', () => {
  it('stops at once while it pauses before reconnecting (a tracker waits for its followers before it reports)', async () => {
    vi.useFakeTimers();
    const { client, opened } = endingStreams(['2026-12-06T04:00:00.000000001Z done']);
    const seen: string[] = [];
    const follower = new ContainerLogFollower(client, 'ns', 'job-a', 'main', (l) => seen.push(l));
    follower.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(opened).toHaveLength(1);
    // No timer is advanced: stop() must not wait for the pause to run out.
    let stopped = false;
    void follower.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(true);
    expect(seen).toEqual(['done']);
  });

  it('reconnects from the last line and delivers no line twice', async () => {
    vi.useFakeTimers();
    const lines = ['2026-12-06T04:00:00.5Z a', '2026-12-06T04:00:01.25Z b', '2026-12-06T04:00:01.25Z c'];
    const { client, opened } = endingStreams(lines);
    const seen: string[] = [];
    const follower = new ContainerLogFollower(client, 'ns', 'p', 'main', (l) => seen.push(l));
    follower.start();
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(300);
    await follower.stop();
    expect(opened.length).toBeGreaterThanOrEqual(2);
    expect(opened[1]!.sinceTime).toBe('2026-12-06T04:00:01Z');
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});

describe('LineDeduper', () => {
  it.each([
    ['a replay of lines with one timestamp', ['t1 x', 't1 y'], ['t1 x', 't1 y', 't1 z'], ['x', 'y', 'z']],
    ['older lines of a replay', ['t1 x', 't2 y'], ['t1 x', 't2 y', 't3 z'], ['x', 'y', 'z']],
    ['lines without a timestamp always pass', ['plain'], ['plain'], ['plain', 'plain']],
  ])('%s', (_name, first, second, expected) => {
    const stamp = (l: string) => l.replace(/^t(\d) /, '2026-12-06T04:00:0$1Z ');
    const d = new LineDeduper();
    const out: string[] = [];
    for (const batch of [first, second]) {
      d.restart();
      for (const l of batch) {
        const line = splitTimestamp(stamp(l));
        if (d.accept(line)) out.push(line.text);
      }
    }
    expect(out).toEqual(expected);
  });
});
