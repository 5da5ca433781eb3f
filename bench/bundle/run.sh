#!/usr/bin/env bash
# bench/bundle: `slipway bundle publish` and `slipway bundle apply` of the example app (examples/), side by side in
# one run with `helm package && helm push` and `helm install oci://… --wait` (helm v4), as their CLIs. slipway runs
# as users run it, the committed dist/ bundle, on Node 24 (the actions' runtime) and, with BENCH_NODE20=1, on the
# system Node 20. Needs the test bed (bash scripts/testbed up). BENCH_RUNS=n runs per measurement (default 5).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
eval "$(bash "$root/scripts/testbed" env)"
nodes=("$SLIPWAY_NODE24")
[ "${BENCH_NODE20:-0}" = 1 ] && nodes+=("$(command -v node)")
exec "$SLIPWAY_NODE24" "$root/bench/bundle/bundleBench.mjs" "${nodes[@]}"
