#!/usr/bin/env bash
# bench/build-plan: bundles the benchmark with ncc (TypeScript → one JS file) and runs it against a
# registry (default: the test bed's). Also times one cold CLI-like process from start to exit.
# Usage: bash bench/build-plan/run.sh [registry host:port] [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
registry=${1:-${SLIPWAY_TEST_REGISTRY:-}}
runs=${2:-7}
if [ -z "$registry" ]; then
  eval "$(bash "$repo/scripts/testbed" env)"
  registry=$SLIPWAY_TEST_REGISTRY
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node "$repo/node_modules/@vercel/ncc/dist/ncc/cli.js" build "$repo/bench/build-plan/buildPlanBench.ts" -o "$out" --target es2022 --quiet
echo '{"type":"module"}' > "$out/package.json"
start=$(date +%s%N)
node "$out/index.js" "$registry" "$runs"
end=$(date +%s%N)
echo "whole benchmark process (generation of 10,000 files, git commit, setup, $runs runs): $(( (end - start) / 1000000 )) ms"
