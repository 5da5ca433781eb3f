#!/usr/bin/env bash
# Runs bench/deploy/deployBench.ts against the test bed (bring it up first: bash scripts/testbed up).
# BENCH_RUNS=n sets the runs per measurement (default 3).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
eval "$(bash "$root/scripts/testbed" env)"
out=$root/node_modules/.cache/slipway-bench/deployBench.mjs
mkdir -p "$(dirname "$out")"
"$root/node_modules/.bin/esbuild" "$root/bench/deploy/deployBench.ts" --bundle --platform=node --format=esm --target=node20 --packages=external --log-level=error --outfile="$out"
node "$out"
