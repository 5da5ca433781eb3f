import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuildLog } from '../../../src/core/images/buildImages.js';

/** A throw-away Git repository for build tests. */
export class TestRepository {
  readonly dir = mkdtempSync(join(tmpdir(), 'slipway-build-it-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'user.name', 'test');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }

  write(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), content);
    }
  }

  commit(files: Record<string, string>, message = 'change'): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A BuildLog that keeps everything, for assertions (and for checking that no secret is printed). */
export function collectingLog(): BuildLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    imageStarted: (image) => lines.push(`[${image}] start`),
    imageOutput: (image, line) => lines.push(`[${image}] ${line}`),
    imageFinished: (image, ok) => lines.push(`[${image}] ${ok ? 'ok' : 'failed'}`),
  };
}

export function testRegistry(): string {
  const registry = process.env.SLIPWAY_TEST_REGISTRY;
  if (!registry) throw new Error('SLIPWAY_TEST_REGISTRY is not set: run through scripts/test (or eval "$(bash scripts/testbed env)")');
  return registry;
}

/** The two-image project of the issue: frontend is built FROM backend (passed as a build arg). */
export function twoImageProject(registry: string, greeting = 'hello'): Record<string, string> {
  return {
    'slipway.yaml': `project: demo\nimages:\n  backend:\n    context: backend\n    args: { GREETING: ${greeting} }\n  frontend:\n    context: frontend\n    dependsOn: [backend]\n`,
    'README.md': '# demo\n',
    'backend/Dockerfile': `FROM ${registry}/base/busybox:latest\nARG GREETING\nCOPY . /app\nRUN echo "$GREETING" > /greeting\n`,
    'backend/.dockerignore': '*.md\n',
    'backend/main.txt': 'backend v1\n',
    'backend/NOTES.md': 'ignored notes\n',
    'frontend/Dockerfile': 'ARG SLIPWAY_IMAGE_BACKEND\nFROM ${SLIPWAY_IMAGE_BACKEND}\nCOPY . /web\nRUN cat /greeting /web/index.html\n',
    'frontend/index.html': '<h1>v1</h1>\n',
  };
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
