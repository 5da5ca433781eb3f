import { describe, expect, it } from 'vitest';
import { chartFromFiles } from '../../../src/core/chart/loader/chartFromFiles.js';
import { render } from '../../../src/core/chart/render.js';
import { werfFunctions } from '../../../src/core/chart/functions/werf.js';
import { SecretValue } from '../../../src/core/secretValue.js';
import { goTimeString, splitImageReference, werfImageDetails, werfServiceValues } from '../../../src/core/werf/werfServiceValues.js';

const enc = new TextEncoder();
const chart = (templates: Record<string, string>) =>
  chartFromFiles(
    [{ name: 'Chart.yaml', data: enc.encode('apiVersion: v2\nname: c\nversion: 0.1.0\n') }, ...Object.entries(templates).map(([name, text]) => ({ name: `templates/${name}`, data: enc.encode(text) }))],
    'c',
  );
const serviceValues = werfServiceValues({
  project: 'shop',
  repo: 'registry.example:5000/shop',
  env: 'staging',
  namespace: 'shop-staging',
  commit: { hash: 'a'.repeat(40), date: new Date('2026-12-06T04:05:06Z') },
  images: [
    { name: 'backend', reference: 'registry.example:5000/shop:backend-1234', tag: 'backend-1234', digest: 'sha256:bb' },
    { name: 'frontend', reference: 'registry.example:5000/shop:frontend-5678', tag: 'frontend-5678', digest: 'sha256:ff' },
  ],
});
const out = async (text: string, values: Record<string, unknown> = serviceValues, functions = werfFunctions()) => {
  const result = await render(chart({ 'x.yaml': text }), values, { releaseName: 'r', namespace: 'shop-staging', extraFunctions: functions });
  return result.rendered.get('c/templates/x.yaml');
};

describe('werf_image', () => {
  it('reads .Values.werf.image.<name> with tuple "<name>" . | werf_image', async () => {
    expect(await out('image: {{ tuple "backend" . | werf_image }}')).toBe('image: registry.example:5000/shop:backend-1234');
  });
  it('follows values the user overrides, as werf does (it reads .Values)', async () => {
    expect(await out('{{ tuple "backend" . | werf_image }}', { ...serviceValues, werf: { image: { backend: 'mirror/backend:1' } } })).toBe('mirror/backend:1');
  });
  it('fails at the template line naming the unknown image and the known ones', async () => {
    await expect(out('a: 1\nimage: {{ tuple "bakend" . | werf_image }}')).rejects.toThrow(
      "execution error at (c/templates/x.yaml:2:29): Unknown image 'bakend' specified for template (the project's images: backend, frontend)",
    );
  });
  it('nameless forms (werf_image ., tuple . | werf_image) read werf.nameless_image', async () => {
    const values = { werf: { is_nameless_image: true, nameless_image: 'r/app:1' } };
    expect(await out('{{ werf_image . }} {{ tuple . | werf_image }}', values)).toBe('r/app:1 r/app:1');
    await expect(out('{{ tuple "x" . | werf_image }}', values)).rejects.toThrow(/No image should be specified for template, got 'x'/);
  });
  it('the nameless forms fail in a project of named images, naming them', async () => {
    await expect(out('{{ werf_image . }}')).rejects.toThrow(/No image specified for template \(the project's images: backend, frontend\)/);
  });
  it('is not a function of plain charts (a parse error, as helm template gives)', async () => {
    await expect(out('{{ werf_image . }}', serviceValues, {})).rejects.toThrow(/function "werf_image" not defined/);
  });
});

describe('werf_secret_file', () => {
  const files = new Map([['tls/key.pem', new SecretValue('KEY')]]);
  it('returns the decrypted file by its path under .helm/secret/', async () => {
    expect(await out('{{ werf_secret_file "tls/key.pem" | b64enc }}', {}, werfFunctions(files))).toBe('S0VZ');
  });
  it('an unknown file names the known ones', async () => {
    await expect(out('{{ werf_secret_file "tls/crt.pem" }}', {}, werfFunctions(files))).rejects.toThrow(/secret file "tls\/crt.pem" not found under .helm\/secret\/, you may use one of the following: tls\/key.pem/);
  });
});

describe('werf service values (v2 and v1.1 names)', () => {
  it('has werf v2 werf.* and global.werf.*', async () => {
    expect(await out('{{ .Values.werf.name }} {{ .Values.werf.repo }} {{ .Values.werf.env }} {{ .Values.werf.namespace }} {{ .Values.werf.tag.backend }} {{ .Values.werf.commit.hash | trunc 7 }} {{ .Values.werf.commit.date.unix }} {{ .Values.werf.commit.date.human }}')).toBe(
      'shop registry.example:5000/shop staging shop-staging backend-1234 aaaaaaa 1796529906 2026-12-06 04:05:06 +0000 UTC',
    );
    expect(await out('{{ .Values.global.env }} {{ .Values.global.werf.images.backend.ref }} {{ .Values.global.werf.images.frontend.repository_tag }}')).toBe(
      'staging registry.example:5000/shop:backend-1234@sha256:bb shop:frontend-5678',
    );
  });
  it('has werf v1.1 global.namespace and global.werf.image.<name>.docker_image', async () => {
    expect(await out('{{ .Values.global.namespace }} {{ .Values.global.werf.image.backend.docker_image }} {{ .Values.global.werf.image.backend.docker_tag }} {{ .Values.global.werf.ci.is_branch }}')).toBe(
      'shop-staging registry.example:5000/shop:backend-1234 backend-1234 false',
    );
  });
  it('splits references as go-containerregistry does', () => {
    expect(splitImageReference('localhost:5000/a/b:t')).toEqual({ registry: 'localhost:5000', repository: 'a/b', tag: 't' });
    expect(splitImageReference('nginx')).toEqual({ registry: 'index.docker.io', repository: 'library/nginx', tag: 'latest' });
    expect(werfImageDetails({ name: 'x', reference: 'r.io/ns/app:t1', tag: 't1', digest: 'sha256:1' })).toMatchObject({ registry: 'r.io', namespace: 'ns', name: 'app', image: 'r.io/ns/app', name_tag: 'app:t1', tag_digest: 't1@sha256:1' });
  });
  it('formats the commit date as Go time.Time.String', () => {
    expect(goTimeString(new Date('2024-01-02T03:04:05.120Z'))).toBe('2024-01-02 03:04:05.12 +0000 UTC');
  });
});
