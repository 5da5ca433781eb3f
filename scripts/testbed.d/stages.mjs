#!/usr/bin/env node
// Writes the kwok configuration the test bed starts with: the pinned kwok's own default stages
// (read from its module in the Go module cache, so they always match the pinned version) with pods
// labelled `slipway.test/fail` excluded, followed by slipway's failure stages (testbed.d/failure-stages.yaml).
// Usage: node stages.mjs <kwok module dir> <output file>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const [moduleDir, output] = process.argv.slice(2);
const stageDir = join(moduleDir, 'kustomize/stage');

// Follows kustomization `resources:` the way `kustomize build` would, without kustomize.
function collect(dir) {
  const kustomization = yaml.load(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'));
  return kustomization.resources.flatMap((entry) =>
    entry.endsWith('.yaml') ? yaml.loadAll(readFileSync(join(dir, entry), 'utf8')) : collect(join(dir, entry)),
  );
}

const failLabel = '.metadata.labels["slipway.test/fail"]';
const defaults = collect(join(stageDir, 'fast')).map((stage) => {
  const isPodStage = stage.spec.resourceRef.kind === 'Pod' && !stage.spec.next?.delete;
  if (isPodStage) stage.spec.selector.matchExpressions.push({ key: failLabel, operator: 'DoesNotExist' });
  return stage;
});
const here = dirname(fileURLToPath(import.meta.url));
const failures = readFileSync(join(here, 'failure-stages.yaml'), 'utf8');
const text = defaults.map((stage) => yaml.dump(stage, { lineWidth: -1 })).join('---\n') + '---\n' + failures;
writeFileSync(output, text);
console.log(`wrote ${defaults.length} default stages (${defaults.map((s) => s.metadata.name).join(', ')}) and the failure stages to ${output}`);
