import { appendFile, writeFile } from 'node:fs/promises';
import type { DeliveryReport } from '../report/deliveryReport.js';
import type { PathOf } from '../report/reportText.js';
import type { ReportPrinter } from '../report/terminal/terminalPrinter.js';
import type { CiContext, Environment } from './ciContext.js';

export interface DeliveryOutputOptions {
  ci: CiContext;
  env: Environment;
  write: (text: string) => void;
  isTTY: boolean;
  columns?: number;
  pathOf: () => PathOf;
}

/** The live log format for where the command runs: GitHub's groups, GitLab's sections, or the terminal's table. */
export async function livePrinter(options: DeliveryOutputOptions): Promise<ReportPrinter> {
  const pathOf = (file: string) => options.pathOf()(file);
  if (options.ci.provider === 'github') return (await import('../report/github/githubPrinter.js')).githubPrinter({ write: options.write, pathOf });
  if (options.ci.provider === 'gitlab') return (await import('../report/gitlab/gitlabPrinter.js')).gitlabPrinter({ write: options.write, pathOf });
  return (await import('../report/terminal/terminalPrinter.js')).terminalPrinter({ write: options.write, isTTY: options.isTTY, ...(options.columns ? { columns: options.columns } : {}), pathOf });
}

export interface FinishedDelivery {
  report: DeliveryReport;
  action: string;
  envName?: string;
  url?: string;
  error?: { message: string; hint?: string; file?: string; line?: number; resource?: string; title?: string };
  pathOf: PathOf;
}

/**
 * What a CI shows after the log: on GitHub the annotations (template file and line) and the job summary
 * (GITHUB_STEP_SUMMARY); on GitLab the annotations and Code Quality report files when asked for.
 */
export async function writeCiReports(done: FinishedDelivery, options: { ci: CiContext; env: Environment; write: (text: string) => void; annotationsPath?: string; codeQualityPath?: string; redact?: (text: string) => string }): Promise<void> {
  const redact = options.redact ?? ((text: string) => text);
  if (options.ci.provider === 'github') {
    const { reportAnnotations } = await import('../report/github/annotations.js');
    const lines = reportAnnotations(done.report, { pathOf: done.pathOf, ...(done.error ? { error: done.error } : {}) });
    if (lines.length) options.write(`${lines.join('\n')}\n`);
    if (options.env.GITHUB_STEP_SUMMARY) {
      const { jobSummary } = await import('../report/github/jobSummary.js');
      await appendFile(options.env.GITHUB_STEP_SUMMARY, redact(jobSummary(done.report, { action: done.action, now: Date.now(), pathOf: done.pathOf, ...(done.envName ? { env: done.envName } : {}), ...(done.url ? { url: done.url } : {}), ...(done.error ? { error: done.error } : {}) })));
    }
  }
  if (options.annotationsPath !== undefined || options.codeQualityPath !== undefined) {
    const { annotationsReport, codeQualityReport } = await import('../report/gitlab/gitlabReports.js');
    const links = { ...(options.env.CI_PROJECT_URL ? { projectUrl: options.env.CI_PROJECT_URL } : {}), ...(options.env.CI_COMMIT_SHA ? { commit: options.env.CI_COMMIT_SHA } : {}), ...(options.env.CI_JOB_URL ? { jobUrl: options.env.CI_JOB_URL } : {}), ...(done.url ? { environmentUrl: done.url } : {}) };
    if (options.annotationsPath !== undefined) await writeFile(options.annotationsPath, redact(`${JSON.stringify(annotationsReport(done.report, links, done.pathOf), null, 2)}\n`));
    if (options.codeQualityPath !== undefined) await writeFile(options.codeQualityPath, redact(`${JSON.stringify(codeQualityReport(done.report, done.pathOf), null, 2)}\n`));
  }
}
