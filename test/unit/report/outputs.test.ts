import { afterEach, describe, expect, it, vi } from 'vitest';
import { repositoryPath } from '../../../src/core/converge/environmentInput.js';
import type { DeliveryEvent, FailureDetail } from '../../../src/core/events/deliveryEvents.js';
import { emptyReport, foldEvent, foldEvents } from '../../../src/report/deliveryReport.js';
import { reportAnnotations } from '../../../src/report/github/annotations.js';
import { githubPrinter } from '../../../src/report/github/githubPrinter.js';
import { jobSummary } from '../../../src/report/github/jobSummary.js';
import { mermaidTimeline } from '../../../src/report/github/mermaidTimeline.js';
import { escapeData, escapeProperty, inertLine } from '../../../src/report/github/workflowCommands.js';
import { annotationsReport, codeQualityReport } from '../../../src/report/gitlab/gitlabReports.js';
import { gitlabPrinter } from '../../../src/report/gitlab/gitlabPrinter.js';
import { sectionStart } from '../../../src/report/gitlab/gitlabSections.js';
import { progressTable } from '../../../src/report/terminal/progressTable.js';
import { terminalPrinter, type ReportPrinter } from '../../../src/report/terminal/terminalPrinter.js';
import { crashFailure, sampleDelivery, t0 } from './sampleDelivery.js';

const pathOf = (file: string) => repositoryPath(file, { name: 'demo-shop', dir: 'examples/.helm' });
const golden = (name: string) => `./golden/${name}`;
/** Escapes shown, so a golden file of a CI log is readable and diffable. */
const visible = (text: string) => text.replace(/\x1b/g, '␛').replace(/\r/g, '␍');

afterEach(() => void vi.useRealTimers());

/** Replays the events through a printer at their own times (fake clock), as the engine would emit them. */
function replay(events: DeliveryEvent[], make: (write: (t: string) => void) => ReportPrinter): string {
  vi.useFakeTimers({ now: t0 });
  let text = '';
  const printer = make((t) => (text += t));
  const report = emptyReport(t0);
  for (const e of events) {
    vi.advanceTimersByTime(Math.max(0, e.at - Date.now()));
    foldEvent(report, e);
    printer.onEvent(e, report);
  }
  vi.advanceTimersByTime(200);
  printer.close(report);
  return text;
}

describe.each([
  ['failed', sampleDelivery()],
  ['deployed', sampleDelivery({ healthy: true })],
])('the outputs of a %s delivery (golden files)', (name, events) => {
  const report = foldEvents(events, t0);

  it('terminal, not a TTY: lines as they come, a progress table every 5 s, the final table', async () => {
    await expect(replay(events, (write) => terminalPrinter({ write, isTTY: false, intervalMs: 5000, pathOf }))).toMatchFileSnapshot(golden(`${name}.terminal.txt`));
  });

  it('terminal on a TTY: the table redrawn in place under the lines', async () => {
    await expect(visible(replay(events, (write) => terminalPrinter({ write, isTTY: true, columns: 100, pathOf })))).toMatchFileSnapshot(golden(`${name}.tty.txt`));
  });

  it('GitHub Actions: groups, log groups per resource, annotations', async () => {
    const log = replay(events, (write) => githubPrinter({ write, pathOf, intervalMs: 5000 }));
    const annotations = reportAnnotations(report, { pathOf, ...(report.error ? { error: report.error } : {}) });
    await expect(`${log}${annotations.join('\n')}\n`).toMatchFileSnapshot(golden(`${name}.github.txt`));
  });

  it('GitHub job summary', async () => {
    await expect(jobSummary(report, { action: 'converge', env: 'pr-7', url: 'http://pr-7.demo.127.0.0.1.nip.io', pathOf, now: t0 + 10_000 })).toMatchFileSnapshot(golden(`${name}.summary.md`));
  });

  it('GitLab CI: sections with durations, the same lines, the annotations and Code Quality reports', async () => {
    const log = replay(events, (write) => gitlabPrinter({ write, pathOf, intervalMs: 5000 }));
    await expect(visible(log)).toMatchFileSnapshot(golden(`${name}.gitlab.txt`));
    const links = { projectUrl: 'https://gitlab.example/shop/demo', commit: '4f2a9c1e0b', jobUrl: 'https://gitlab.example/shop/demo/-/jobs/77', environmentUrl: 'http://pr-7.demo.127.0.0.1.nip.io' };
    await expect(`${JSON.stringify({ annotations: annotationsReport(report, links, pathOf), codequality: codeQualityReport(report, pathOf) }, null, 2)}\n`).toMatchFileSnapshot(golden(`${name}.gitlab-reports.json`));
  });

  it('the JSON report', async () => {
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(golden(`${name}.report.json`));
  });
});

describe('what the golden files stand for', () => {
  const report = foldEvents(sampleDelivery(), t0);

  it('the failure block names resource, pod, container, reason, exit code, template line, logs and events', () => {
    const log = replay(sampleDelivery(), (write) => terminalPrinter({ write, isTTY: false, pathOf }));
    for (const fact of ['✖ Deployment/demo-shop-pr-7/backend: CrashLoopBackOff (FAILED)', 'pod       backend-7d9f8c6b5-x2x9q', 'container backend (exit code 3, 2 restarts)', 'template  examples/.helm/templates/backend.yaml:1', '│ fatal: DATABASE_URL is not set <required>', 'Warning BackOff']) {
      expect(log).toContain(fact);
    }
  });

  it('one error annotation per failed resource at its repository path and line; the ending error is not repeated', () => {
    const lines = reportAnnotations(report, { pathOf, error: report.error! });
    const errors = lines.filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error title=Deployment\/demo-shop-pr-7\/backend failed%3A CrashLoopBackOff,file=examples\/.helm\/templates\/backend.yaml,line=1::CrashLoopBackOff in pod backend-7d9f8c6b5-x2x9q, container backend: .*%0Alast log lines:%0A/);
    // The allowed failure before is the same failure (pod, container, reason) counted up: no warning of its own.
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(0);
  });

  it('an error no failure explains (a timeout) is annotated itself, with its file and line', () => {
    const timeout = { message: 'timed out waiting for release resources to become ready', hint: "raise input 'timeout'", resource: 'Deployment/x/y', file: 'demo-shop/templates/backend.yaml', line: 3, title: 'Deployment/x/y' };
    const lines = reportAnnotations(foldEvents([]), { pathOf, error: timeout });
    expect(lines).toEqual(["::error title=Deployment/x/y,file=examples/.helm/templates/backend.yaml,line=3::timed out waiting for release resources to become ready%0Ahint: raise input 'timeout'"]);
  });

  it('GitHub\'s per-step limit: 25 failed resources give 10 error annotations, the last naming the other 16', () => {
    const many = foldEvents(Array.from({ length: 25 }, (_, i): DeliveryEvent => ({ type: 'failure', at: t0 + i, failure: { ...crashFailure, resource: { ...crashFailure.resource, name: `svc-${i}` } } })), t0);
    const errors = reportAnnotations(many, { pathOf }).filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[9]).toMatch(/^::error title=16 more failures::Deployment\/demo-shop-pr-7\/svc-9 failed/);
  });

  it('escapes what the runner would read as syntax, and no pod line can issue a workflow command', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
    expect(inertLine('::add-mask::hunter2')).not.toMatch(/^::/);
    expect(inertLine('   ::stop-commands::x')).not.toMatch(/^\s*::/);
    const log = replay([{ type: 'log', at: t0, resource: crashFailure.resource, pod: 'p', container: 'c', line: '::set-env name=X::y' }], (write) => githubPrinter({ write }));
    expect(log.split('\n').filter((l) => /^\s*::(?!group|endgroup)/.test(l))).toEqual([]);
  });

  it('the summary HTML-escapes what comes from the cluster and stays under the size limit', () => {
    const summary = jobSummary(report, { action: 'converge', now: t0 + 10_000 });
    expect(summary).toContain('fatal: DATABASE_URL is not set &lt;required&gt;');
    expect(summary).not.toContain('<required>');
    const noisy: FailureDetail = { ...crashFailure, logs: Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(400)}`) };
    const big = foldEvents(Array.from({ length: 400 }, (_, i): DeliveryEvent => ({ type: 'failure', at: t0 + i, failure: { ...noisy, resource: { ...noisy.resource, name: `svc-${i}` } } })), t0);
    for (const max of [1_000_000, 50_000]) {
      const text = jobSummary(big, { action: 'converge', now: t0, maxBytes: max });
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(max);
      expect(text).toContain('svc-0');
    }
  });

  it('the Mermaid timeline: phases and resources relative to the start, failed ones critical, names made safe', () => {
    const chart = mermaidTimeline(report, t0 + 10_000);
    expect(chart.split('\n').slice(0, 4)).toEqual(['gantt', '  title Rollout timeline', '  dateFormat x', '  axisFormat %M:%S']);
    expect(chart).toContain('  build :done, p0, 0, 2420');
    expect(chart).toContain('  Deployment backend :crit, r0, 2620, 9100');
    expect(chart).toContain('  Deployment frontend :done, r1, 2630, 4800');
    const odd = foldEvents([{ type: 'track', at: t0, resource: { kind: 'Widget', name: 'a:b#c;d' }, blocking: true }], t0);
    expect(mermaidTimeline(odd, t0 + 5)).toContain('  Widget a b c d :active, r0, 0, 5');
  });

  it('the progress table: resources with their pods while not ready, times to ready, the status in words', () => {
    const mid = foldEvents(sampleDelivery().filter((e) => e.at <= t0 + 5_000), t0);
    expect(progressTable(mid, t0 + 5_000)).toEqual([
      'RESOURCE                            STATE    READY  TIME  STATUS',
      'Deployment/demo-shop-pr-7/backend   waiting  0/1    2.4s  0 of 1 updated replicas available',
      '  Pod/backend-7d9f8c6b5-x2x9q       waiting         2.0s  container backend is not ready',
      'Deployment/demo-shop-pr-7/frontend  ready    2/2    2.2s  2 of 2 replicas available',
    ]);
  });

  it('GitLab section markers as GitLab reads them', () => {
    expect(sectionStart('slipway track 1', 'slipway track', t0, false)).toBe(`\x1b[0Ksection_start:${t0 / 1000}:slipway_track_1\r\x1b[0Kslipway track`);
    expect(sectionStart('x', 'build', t0, true)).toContain(':x[collapsed=true]\r');
  });

  it('repository paths: the chart directory replaces the chart name; other files are left as they are', () => {
    expect(pathOf('demo-shop/templates/a.yaml')).toBe('examples/.helm/templates/a.yaml');
    expect(pathOf('demo-shop/charts/db/templates/s.yaml')).toBe('examples/.helm/charts/db/templates/s.yaml');
    expect(pathOf('slipway.yaml')).toBe('slipway.yaml');
    expect(repositoryPath('c/templates/a.yaml', { name: 'c', dir: '' })).toBe('templates/a.yaml');
  });
});
