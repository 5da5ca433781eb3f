#!/usr/bin/env bash
# bench/cleanup: bundles the benchmark with ncc and runs it on Node 24 (the runtime of record) and Node 20
# against a docker-registry of its own, with the test bed's cluster read for images in use.
# Usage: bash bench/cleanup/run.sh [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
eval "$(bash "$repo/scripts/testbed" env)"
runs=${1:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node "$repo/node_modules/@vercel/ncc/dist/ncc/cli.js" build "$repo/bench/cleanup/cleanupBench.ts" -o "$out" --target es2022 --quiet
echo '{"type":"module"}' > "$out/package.json"
for node in "$SLIPWAY_NODE24" node; do
  echo "== $("$node" --version)"
  "$node" "$out/index.js" "$runs"
done
