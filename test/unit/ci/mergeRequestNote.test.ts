import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mergeRequestPreview } from '../../../src/ci/gitlab/mergeRequestPreview.js';
import { readCiContext } from '../../../src/ci/readCiContext.js';
import { previewMarker, type PreviewCommentInput } from '../../../src/ci/previewComment.js';

// A local stand-in for GitLab's notes API that records every call and keeps the notes it was given.
interface Call { method: string; url: string; token?: string; body?: { body?: string } }
let server: Server;
let api = '';
let calls: Call[] = [];
let notes: Array<{ id: number; body: string }> = [];
let refuseWith: number | undefined;

const readBody = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let text = '';
  req.on('data', (chunk) => (text += chunk));
  req.on('end', () => resolve(text));
});

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const call: Call = { method: req.method!, url: req.url!, ...(raw ? { body: JSON.parse(raw) } : {}) };
    const token = req.headers['private-token'];
    if (typeof token === 'string') call.token = token;
    calls.push(call);
    if (refuseWith !== undefined) return void res.writeHead(refuseWith).end('{"message":"403 Forbidden"}');
    const path = req.url!.split('?')[0]!;
    if (path !== '/api/v4/projects/42/merge_requests/7/notes' && !path.startsWith('/api/v4/projects/42/merge_requests/7/notes/')) return void res.writeHead(404).end();
    res.setHeader('Content-Type', 'application/json');
    if (req.method === 'GET') return void res.end(JSON.stringify(notes));
    if (req.method === 'POST') {
      const note = { id: 100 + notes.length, body: call.body!.body! };
      notes.push(note);
      return void res.writeHead(201).end(JSON.stringify(note));
    }
    if (req.method === 'PUT') {
      const id = Number(path.split('/').pop());
      const note = notes.find((n) => n.id === id)!;
      note.body = call.body!.body!;
      return void res.end(JSON.stringify(note));
    }
    res.writeHead(405).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  calls = [];
  notes = [{ id: 1, body: 'a reviewer said something' }];
  refuseWith = undefined;
});

const mergeRequestPipeline = () => ({
  GITLAB_CI: 'true',
  CI_PROJECT_PATH: 'acme/shop',
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_MERGE_REQUEST_IID: '7',
  CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
  CI_JOB_URL: 'https://gitlab.example.com/acme/shop/-/jobs/77',
  CI_API_V4_URL: api,
  CI_PROJECT_ID: '42',
  SLIPWAY_GITLAB_TOKEN: 'glpat-secret-token',
});

const input = (status: PreviewCommentInput['status'], failures: PreviewCommentInput['failures'] = []): PreviewCommentInput => ({
  env: 'mr-7', status, release: 'shop-mr-7', namespace: 'shop-mr-7', revision: 1,
  images: [{ name: 'web', reference: '127.0.0.1:5000/shop:web-abc', action: 'built' }], failures,
});

describe('GitLab merge request note', () => {
  it('is not asked for outside a merge request pipeline or without SLIPWAY_GITLAB_TOKEN', () => {
    const env = mergeRequestPipeline();
    expect(mergeRequestPreview(readCiContext({ ...env, SLIPWAY_GITLAB_TOKEN: undefined }), { ...env, SLIPWAY_GITLAB_TOKEN: undefined })).toBeUndefined();
    const branch = { ...env, CI_PIPELINE_SOURCE: 'push', CI_MERGE_REQUEST_IID: undefined };
    expect(mergeRequestPreview(readCiContext(branch), branch)).toBeUndefined();
    const noApi = { ...env, CI_API_V4_URL: undefined };
    expect(mergeRequestPreview(readCiContext(noApi), noApi)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('creates one note per environment, then edits that note in place, with the token in the header only', async () => {
    const env = mergeRequestPipeline();
    const write = mergeRequestPreview(readCiContext(env), env)!;
    expect(await write(input('deployed'))).toBeUndefined();
    expect(await write(input('failed', [{ resource: 'Deployment/shop-mr-7/web', reason: 'CrashLoopBackOff', message: 'exit code 1', source: 'templates/web.yaml:12' }]))).toBeUndefined();
    expect(calls.map((c) => `${c.method} ${c.url.split('?')[0]}`)).toEqual([
      'GET /api/v4/projects/42/merge_requests/7/notes',
      'POST /api/v4/projects/42/merge_requests/7/notes',
      'GET /api/v4/projects/42/merge_requests/7/notes',
      'PUT /api/v4/projects/42/merge_requests/7/notes/101',
    ]);
    expect(calls.every((c) => c.token === 'glpat-secret-token')).toBe(true);
    expect(notes).toHaveLength(2);
    expect(notes[0]!.body).toBe('a reviewer said something');
    const note = notes[1]!.body;
    expect(note.startsWith(previewMarker('mr-7'))).toBe(true);
    expect(note).toContain('failed');
    expect(note).toContain('CrashLoopBackOff');
    expect(note).toContain('`templates/web.yaml:12`');
    expect(JSON.stringify(calls.map((c) => c.body ?? null))).not.toContain('glpat-secret-token');
  });

  it('takes the note template from SLIPWAY_GITLAB_NOTE_TEMPLATE, and names the variable when the file is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-note-'));
    writeFileSync(join(dir, 'note.hbs'), 'Review app {{env}} is {{status}} ({{release}})');
    const env = { ...mergeRequestPipeline(), SLIPWAY_GITLAB_NOTE_TEMPLATE: join(dir, 'note.hbs') };
    await mergeRequestPreview(readCiContext(env), env)!(input('deployed'));
    expect(notes[1]!.body).toBe(`${previewMarker('mr-7')}\nReview app mr-7 is deployed (shop-mr-7)\n`);
    const missing = { ...env, SLIPWAY_GITLAB_NOTE_TEMPLATE: join(dir, 'absent.hbs') };
    expect(() => mergeRequestPreview(readCiContext(missing), missing)).toThrow(/SLIPWAY_GITLAB_NOTE_TEMPLATE|absent\.hbs/);
  });

  it('turns a refusal into a warning naming the scope it needs, never an exception', async () => {
    refuseWith = 403;
    const env = mergeRequestPipeline();
    const warning = await mergeRequestPreview(readCiContext(env), env)!(input('deployed'));
    expect(warning).toMatch(/GitLab answered 403: SLIPWAY_GITLAB_TOKEN must be a project access token with the api scope/);
    expect(warning).not.toContain('glpat-secret-token');
    const unreachable = { ...env, CI_API_V4_URL: 'http://127.0.0.1:1/api/v4' };
    expect(await mergeRequestPreview(readCiContext(unreachable), unreachable)!(input('deployed'))).toMatch(/could not write the merge request note/);
  });
});
