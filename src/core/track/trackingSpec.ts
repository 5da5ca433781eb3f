import { RE2JS } from 're2js';
import { SlipwayError } from '../errors/slipwayError.js';
import { parseDuration } from '../duration.js';

/** How one resource is tracked: werf's tracking annotations, with werf's meaning and defaults. */
export interface TrackingSpec {
  /** werf.io/fail-mode (default FailWholeDeployProcessImmediately). */
  failMode: 'FailWholeDeployProcessImmediately' | 'HopeUntilEndOfDeployProcess' | 'IgnoreAndContinueDeployProcess';
  /** werf.io/failures-allowed-per-replica (default 1). */
  failuresAllowedPerReplica: number;
  /** werf.io/track-termination-mode (default WaitUntilResourceReady). */
  terminationMode: 'WaitUntilResourceReady' | 'NonBlocking';
  /** werf.io/no-activity-timeout (default 4m, werf's). */
  noActivityTimeoutMs: number;
  /** werf.io/skip-logs. */
  skipLogs: boolean;
  /** werf.io/skip-logs-for-containers. */
  skipLogsForContainers: string[];
  /** werf.io/show-logs-only-for-containers (undefined: all). */
  showLogsOnlyForContainers?: string[];
  /** werf.io/log-regex (RE2). */
  logRegex?: RE2JS;
  /** werf.io/log-regex-for-<container>. */
  logRegexForContainer: Record<string, RE2JS>;
  /** werf.io/show-service-messages: print the resource's Kubernetes events as they come. */
  showServiceMessages: boolean;
  /** werf.io/ignore-readiness-probe-fails-for-<container>: a longer grace for failing readiness probes. */
  ignoreReadinessProbeFailsForMs: Record<string, number>;
}

export const defaultNoActivityTimeoutMs = 4 * 60_000;

export const defaultTrackingSpec: TrackingSpec = {
  failMode: 'FailWholeDeployProcessImmediately',
  failuresAllowedPerReplica: 1,
  terminationMode: 'WaitUntilResourceReady',
  noActivityTimeoutMs: defaultNoActivityTimeoutMs,
  skipLogs: false,
  skipLogsForContainers: [],
  logRegexForContainer: {},
  showServiceMessages: false,
  ignoreReadinessProbeFailsForMs: {},
};

const failModes = ['FailWholeDeployProcessImmediately', 'HopeUntilEndOfDeployProcess', 'IgnoreAndContinueDeployProcess'] as const;
const terminationModes = ['WaitUntilResourceReady', 'NonBlocking'] as const;

/** Where the annotation was written, for errors: the resource and its chart template line. */
export interface SpecLocation {
  resource: string;
  file?: string;
  line?: number;
}

function invalid(where: SpecLocation, annotation: string, value: string, hint: string): SlipwayError {
  return new SlipwayError('chart', `annotation ${annotation}: "${value}" is not valid`, {
    where: { resource: where.resource, ...(where.file ? { file: where.file } : {}), ...(where.line !== undefined ? { line: where.line } : {}) },
    hint,
  });
}

function bool(where: SpecLocation, key: string, value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalid(where, key, value, 'use "true" or "false"');
}

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function regex(where: SpecLocation, key: string, value: string): RE2JS {
  try {
    return RE2JS.compile(value);
  } catch (error) {
    throw invalid(where, key, value, `use an RE2 regular expression (${(error as Error).message})`);
  }
}

function duration(where: SpecLocation, key: string, value: string): number {
  try {
    return parseDuration(value, { resource: where.resource });
  } catch {
    throw invalid(where, key, value, 'use a Go duration such as 30s, 5m or 1h');
  }
}

/**
 * Reads a resource's tracking annotations (werf.io/*; slipway.io/wait is the deploy engine's). Unknown
 * values are errors that name the resource and its template line, raised before anything is applied.
 */
export function trackingSpecOf(annotations: Record<string, string> | undefined, where: SpecLocation): TrackingSpec {
  const spec: TrackingSpec = { ...defaultTrackingSpec, skipLogsForContainers: [], logRegexForContainer: {}, ignoreReadinessProbeFailsForMs: {} };
  for (const [key, raw] of Object.entries(annotations ?? {})) {
    if (!key.startsWith('werf.io/')) continue;
    const value = String(raw).trim();
    if (key === 'werf.io/fail-mode') {
      if (!(failModes as readonly string[]).includes(value)) throw invalid(where, key, value, `use one of ${failModes.join(', ')}`);
      spec.failMode = value as TrackingSpec['failMode'];
    } else if (key === 'werf.io/failures-allowed-per-replica') {
      if (!/^\d+$/.test(value)) throw invalid(where, key, value, 'use a whole number such as "0" or "3"');
      spec.failuresAllowedPerReplica = Number(value);
    } else if (key === 'werf.io/track-termination-mode') {
      if (!(terminationModes as readonly string[]).includes(value)) throw invalid(where, key, value, `use one of ${terminationModes.join(', ')}`);
      spec.terminationMode = value as TrackingSpec['terminationMode'];
    } else if (key === 'werf.io/no-activity-timeout') {
      spec.noActivityTimeoutMs = duration(where, key, value);
    } else if (key === 'werf.io/skip-logs') {
      spec.skipLogs = bool(where, key, value);
    } else if (key === 'werf.io/skip-logs-for-containers') {
      spec.skipLogsForContainers = list(value);
    } else if (key === 'werf.io/show-logs-only-for-containers') {
      spec.showLogsOnlyForContainers = list(value);
    } else if (key === 'werf.io/log-regex') {
      spec.logRegex = regex(where, key, value);
    } else if (key.startsWith('werf.io/log-regex-for-')) {
      spec.logRegexForContainer[key.slice('werf.io/log-regex-for-'.length)] = regex(where, key, value);
    } else if (key === 'werf.io/show-service-messages') {
      spec.showServiceMessages = bool(where, key, value);
    } else if (key.startsWith('werf.io/ignore-readiness-probe-fails-for-')) {
      spec.ignoreReadinessProbeFailsForMs[key.slice('werf.io/ignore-readiness-probe-fails-for-'.length)] = duration(where, key, value);
    }
  }
  return spec;
}

/** Whether a container's logs are shown, by the skip/show annotations. */
export function showsLogsOf(spec: TrackingSpec, container: string): boolean {
  if (spec.skipLogs) return false;
  if (spec.skipLogsForContainers.includes(container)) return false;
  if (spec.showLogsOnlyForContainers && !spec.showLogsOnlyForContainers.includes(container)) return false;
  return true;
}

/** Whether a log line passes werf.io/log-regex-for-<container>, which for its container takes the place of werf.io/log-regex. */
export function logLinePasses(spec: TrackingSpec, container: string, line: string): boolean {
  const pattern = spec.logRegexForContainer[container] ?? spec.logRegex;
  return pattern ? pattern.matcher(line).find() : true;
}
