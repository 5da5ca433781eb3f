#!/usr/bin/env bash
# Runs bench/track/trackBench.ts against the test bed (bring it up first: bash scripts/testbed up) on Node 24
# (the actions' runtime) and, with BENCH_NODE20=1, on the system Node 20 as well. Builds kubedog v0.12.3 from
# its Go module once into ~/.cache/slipway. BENCH_RUNS=n sets the runs per measurement (default 5).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
eval "$(bash "$root/scripts/testbed" env)"
bash "$root/scripts/testbed.d/build-tools.sh" kubedog
source "$root/scripts/testbed.d/versions.env"
export SLIPWAY_KUBEDOG=${SLIPWAY_CACHE:-$HOME/.cache/slipway}/kubedog-$KUBEDOG_VERSION/kubedog
out=$root/node_modules/.cache/slipway-bench/trackBench.mjs
mkdir -p "$(dirname "$out")"
"$root/node_modules/.bin/esbuild" "$root/bench/track/trackBench.ts" --bundle --platform=node --format=esm --target=node20 --packages=external --log-level=error --outfile="$out"
"$SLIPWAY_NODE24" "$out"
if [ "${BENCH_NODE20:-0}" = 1 ]; then node "$out"; fi
