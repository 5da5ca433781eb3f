import { describe, expect, it } from 'vitest';
import { previewMarker, renderPreviewComment, type PreviewCommentInput } from '../../../src/ci/previewComment.js';

const deployed: PreviewCommentInput = {
  env: 'pr-7',
  status: 'deployed',
  url: 'https://pr-7.shop.example.com',
  release: 'shop-pr-7',
  namespace: 'shop-pr-7',
  revision: 2,
  commit: '0123456789abcdef0123',
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  images: [
    { name: 'backend', reference: 'ghcr.io/acme/shop:backend-abc', action: 'reused' },
    { name: 'frontend', reference: 'ghcr.io/acme/shop:frontend-def', action: 'built' },
  ],
  failures: [],
};

describe('preview comment', () => {
  it('starts with the hidden marker and shows the status table and images', () => {
    const body = renderPreviewComment(deployed);
    expect(body.startsWith(`${previewMarker('pr-7')}\n`)).toBe(true);
    expect(body).toContain('### ✅ slipway preview `pr-7`: deployed');
    expect(body).toContain('| environment | [https://pr-7.shop.example.com](https://pr-7.shop.example.com) |');
    expect(body).toContain('| release | `shop-pr-7` revision 2 |');
    expect(body).toContain('| commit | `0123456789ab` |');
    expect(body).toContain('| frontend | built | `ghcr.io/acme/shop:frontend-def` |');
    expect(body).toContain('| backend | reused |');
    expect(body).not.toContain('Failures');
  });

  it('lists failures with cells escaped', () => {
    const body = renderPreviewComment({ ...deployed, status: 'failed', failures: [{ resource: 'Deployment/shop-pr-7/web', reason: 'CrashLoopBackOff', message: 'exit 1 | <script>\nnext', source: 'templates/web.yaml:12' }] });
    expect(body).toContain('### ❌ slipway preview `pr-7`: failed');
    expect(body).toContain('| `Deployment/shop-pr-7/web` | CrashLoopBackOff | exit 1 \\| &lt;script&gt; next | `templates/web.yaml:12` |');
  });

  it('takes a user template and keeps the marker', () => {
    expect(renderPreviewComment(deployed, 'Preview {{env}} is {{status}} at {{url}}')).toBe(`${previewMarker('pr-7')}\nPreview pr-7 is deployed at https://pr-7.shop.example.com\n`);
  });

  it('names a broken user template', () => {
    expect(() => renderPreviewComment(deployed, '{{#if url}}', '.github/preview.hbs')).toThrow(/\.github\/preview\.hbs is not a valid Handlebars template/);
  });
});
