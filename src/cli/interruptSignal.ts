/** SIGINT/SIGTERM as an abort signal, so a stopped deploy records its revision failed instead of leaving it pending. */
export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = () => controller.abort(new Error(`interrupted by ${name}`));
    process.once(name, handler);
    return [name, handler] as const;
  });
  return { signal: controller.signal, dispose: () => handlers.forEach(([name, handler]) => process.removeListener(name, handler)) };
}
