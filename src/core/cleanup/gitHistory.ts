/** A remote branch or tag and the commit it points at. */
export interface GitReference {
  kind: 'branch' | 'tag';
  name: string;
  commit: string;
  /** ms since the epoch: a branch's head commit's committer time, a tag's creation (tagger date, or the commit's time). */
  time: number;
}

export interface CommitNode {
  /** Committer time, ms since the epoch. */
  time: number;
  parents: string[];
}

/** The commits reachable from the references, by id. A parent missing from the map is beyond a shallow boundary. */
export type CommitGraph = ReadonlyMap<string, CommitNode>;

/**
 * The commits reachable from `head`, newest committer time first (ties by id), so "the last N images" and
 * "images within a duration" mean the same whatever the shape of the history or a skewed clock. Pure.
 */
export function historyNewestFirst(graph: CommitGraph, head: string): { commit: string; time: number }[] {
  const reachable: { commit: string; time: number }[] = [];
  const seen = new Set<string>([head]);
  const stack = [head];
  while (stack.length > 0) {
    const commit = stack.pop()!;
    const node = graph.get(commit);
    if (!node) continue; // beyond a shallow boundary
    reachable.push({ commit, time: node.time });
    for (const parent of node.parents) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      stack.push(parent);
    }
  }
  return reachable.sort((a, b) => b.time - a.time || (a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : 0));
}
