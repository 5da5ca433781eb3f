import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deploy } from '../../../src/core/deploy/deploy.js';
import type { DeployInput } from '../../../src/core/deploy/deployInput.js';
import type { OperationOptions } from '../../../src/core/deploy/releaseOperation.js';
import { eventEmitter, type DeliveryEvent } from '../../../src/core/events/deliveryEvents.js';
import { foldEvents, type DeliveryReport } from '../../../src/report/deliveryReport.js';
import { kubectl } from '../../support/testbedEnv.js';

/** A chart's rendered documents as the deploy engine takes them, each from its own template with a line. */
export function trackInput(release: string, namespace: string, documents: [string, string, number?][]): DeployInput {
  return {
    release,
    namespace,
    chart: { metadata: { name: 'track', version: '0.1.0', apiVersion: 'v2' } },
    config: {},
    documents: documents.map(([file, content, line]) => ({ source: `track/templates/${file}`, content, ...(line !== undefined ? { line } : {}) })),
  };
}

export interface DeployOutcome {
  events: DeliveryEvent[];
  report: DeliveryReport;
  error?: Error;
  ms: number;
}

/** Deploys and collects every delivery event and the folded report, success or failure. */
export async function deployTracked(input: DeployInput, options: Omit<OperationOptions, 'emit'>): Promise<DeployOutcome> {
  const events: DeliveryEvent[] = [];
  const started = Date.now();
  const emit = eventEmitter((e) => events.push(e));
  let error: Error | undefined;
  try {
    await deploy(input, { ...options, emit });
  } catch (e) {
    error = e as Error;
  }
  return { events, report: foldEvents(events, started), ...(error ? { error } : {}), ms: Date.now() - started };
}

/** CRI-format log lines (what the kubelet, and kwok, read) stamped now. */
export function criLines(lines: string[], stream: 'stdout' | 'stderr' = 'stdout'): string {
  const now = new Date().toISOString().replace('Z', '000000Z');
  return lines.map((l) => `${now} ${stream} F ${l}\n`).join('');
}

/**
 * Pod logs for every pod of a namespace, served by kwok from files (ClusterLogs): the current and the previous
 * container instance. Returns a function that removes the ClusterLogs object.
 */
export async function podLogsFor(namespace: string, current: string[], previous: string[] = []): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-track-logs-'));
  writeFileSync(join(dir, 'current.log'), criLines(current));
  writeFileSync(join(dir, 'previous.log'), criLines(previous, 'stderr'));
  const name = `track-${namespace}`;
  await kubectl(['apply', '-f', '-'], `apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterLogs
metadata: { name: ${name} }
spec:
  selector: { matchNamespaces: [${namespace}] }
  logs:
  - logsFile: ${join(dir, 'current.log')}
    previousLogsFile: ${join(dir, 'previous.log')}
    follow: true
`);
  return async () => void (await kubectl(['delete', 'clusterlogs', name, '--ignore-not-found']));
}

export const deploymentDoc = (name: string, options: { fail?: string; annotations?: Record<string, string>; replicas?: number; probe?: string; podSpec?: string; extraSpec?: string; podAnnotations?: Record<string, string>; env?: string } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  annotations:
${Object.entries({ 'slipway.test/doc': name, ...options.annotations }).map(([k, v]) => `    ${k}: "${v}"`).join('\n')}
spec:
  replicas: ${options.replicas ?? 1}
${options.extraSpec ?? ''}  selector: { matchLabels: { app: ${name} } }
  template:
    metadata:
      labels:
        app: ${name}
${options.fail ? `        slipway.test/fail: ${options.fail}\n` : ''}      annotations:
${Object.entries({ 'slipway.test/pod': name, ...options.podAnnotations }).map(([k, v]) => `        ${k}: "${v}"`).join('\n')}
    spec:
${options.podSpec ?? ''}      containers:
      - name: main
        image: "registry.example/web:1"
        env: [{ name: VERSION, value: "${options.env ?? '1'}" }]
${options.probe ? `        readinessProbe: ${options.probe}\n` : ''}`;
