import Handlebars from 'handlebars';
import { SlipwayError } from '../core/errors/slipwayError.js';

/**
 * What the sticky pull request comment (GitHub) and merge request note (GitLab) show: a small plain
 * value, so any source can fill it (the converge outcome today, the reporting model's fold later).
 */
export interface PreviewCommentInput {
  env: string;
  status: 'deploying' | 'deployed' | 'failed' | 'dismissed';
  url?: string;
  release?: string;
  namespace?: string;
  revision?: number;
  commit?: string;
  runUrl?: string;
  images: Array<{ name: string; reference: string; action: 'built' | 'reused' }>;
  failures: Array<{ resource: string; reason: string; message: string; source?: string }>;
}

/** The hidden marker that finds the comment again: one comment per environment, updated in place. */
export function previewMarker(env: string): string {
  return `<!-- slipway-preview env=${env} -->`;
}

export const defaultPreviewTemplate = `### {{statusIcon}} slipway preview \`{{env}}\`: {{status}}

| | |
|---|---|
| environment | {{#if url}}[{{cell url}}]({{url}}){{else}}\`{{env}}\`{{/if}} |
{{#if release}}| release | \`{{cell release}}\`{{#if revision}} revision {{revision}}{{/if}} |
{{/if}}{{#if namespace}}| namespace | \`{{cell namespace}}\` |
{{/if}}{{#if commit}}| commit | \`{{short commit}}\` |
{{/if}}{{#if runUrl}}| run | [{{cell runUrl}}]({{runUrl}}) |
{{/if}}
{{#if images.length}}
| image | | reference |
|---|---|---|
{{#each images}}| {{cell name}} | {{action}} | \`{{cell reference}}\` |
{{/each}}
{{/if}}
{{#if failures.length}}
**Failures**

| resource | reason | message | source |
|---|---|---|---|
{{#each failures}}| \`{{cell resource}}\` | {{cell reason}} | {{cell message}} | {{#if source}}\`{{cell source}}\`{{/if}} |
{{/each}}
{{/if}}`;

const icons: Record<PreviewCommentInput['status'], string> = { deploying: '⏳', deployed: '✅', failed: '❌', dismissed: '🗑️' };

/**
 * The comment's body: the marker, then the template (slipway's, or the user's Handlebars file) over the
 * input. Values are HTML-escaped by Handlebars and `cell` also escapes `|` and newlines for table cells.
 */
export function renderPreviewComment(input: PreviewCommentInput, template: string = defaultPreviewTemplate, templateFile = 'the preview comment template'): string {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('cell', (value: unknown) => new handlebars.SafeString(handlebars.escapeExpression(String(value ?? '')).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')));
  handlebars.registerHelper('short', (value: unknown) => String(value ?? '').slice(0, 12));
  let body: string;
  try {
    body = handlebars.compile(template, { strict: false })({ ...input, statusIcon: icons[input.status] });
  } catch (error) {
    throw new SlipwayError('input', `${templateFile} is not a valid Handlebars template: ${(error as Error).message.split('\n')[0]}`, { where: { file: templateFile } });
  }
  return `${previewMarker(input.env)}\n${body.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
