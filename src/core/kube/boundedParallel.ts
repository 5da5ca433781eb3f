/**
 * Runs `work` for every item with at most `limit` in flight; results keep input order. The first failure
 * stops new starts and is thrown after running ones settle, so nothing is left writing behind our back.
 */
export async function boundedParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

/** Like boundedParallel, but runs everything and returns each outcome (for cleanup that must try all). */
export async function boundedSettled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return boundedParallel(items, limit, async (item) => {
    try {
      return { status: 'fulfilled', value: await work(item) } as PromiseFulfilledResult<R>;
    } catch (reason) {
      return { status: 'rejected', reason } as PromiseRejectedResult;
    }
  });
}
