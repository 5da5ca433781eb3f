export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 6, baseDelayMs: 250, maxDelayMs: 8_000 };

/** Statuses worth another try: rate limiting and server-side failures. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): exponential with "equal jitter",
 * capped, and never shorter than a server's Retry-After (seconds or an HTTP date). Pure given `random`.
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: string | null, random: number, now = Date.now()): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + (exponential / 2) * random;
  let serverMs = 0;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    serverMs = Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(retryAfter) - now) || 0;
  }
  return Math.round(Math.min(Math.max(jittered, serverMs), Math.max(policy.maxDelayMs, 30_000)));
}
