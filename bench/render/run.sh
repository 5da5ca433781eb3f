#!/usr/bin/env bash
# bench/render: `slipway render` vs `helm template` (v4) as whole commands, side by side in one run, on the
# `helm create` chart and on a generated large chart, with a bare `node -e 0` timed in the same run.
# slipway is bundled with ncc exactly as dist/ is (one file plus lazy chunks) into a temporary directory.
# Usage: bash bench/render/run.sh [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
helm=${SLIPWAY_HELM4:-$HOME/.cache/slipway/helm-v4.3.1/helm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Bundle a copy of src/ with a tsconfig limited to it, so half-written tests elsewhere cannot break the build.
mkdir -p "$work/build"
cp -r "$repo/src" "$repo/package.json" "$work/build/"
ln -s "$repo/node_modules" "$work/build/node_modules"
node -e 'const t=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));t.include=["src"];require("fs").writeFileSync(process.argv[2],JSON.stringify(t))' "$repo/tsconfig.json" "$work/build/tsconfig.json"
(cd "$work/build" && node "$repo/node_modules/@vercel/ncc/dist/ncc/cli.js" build src/bundleEntry.ts -o "$work/dist" --minify --target es2022 --quiet)
printf "import { runCli } from './index.js';\nprocess.exitCode = await runCli(process.argv.slice(2));\n" > "$work/dist/cli.js"
echo '{"type":"module"}' > "$work/dist/package.json"
"$helm" create "$work/scaffold" >/dev/null
node "$repo/bench/render/generateLargeChart.mjs" "$work/large" >/dev/null

# Same output first: the bench measures equal work.
for chart in scaffold large; do
  "$helm" template "$work/$chart" > "$work/$chart.helm.yaml"
  node "$work/dist/cli.js" render "$work/$chart" > "$work/$chart.slipway.yaml"
  if cmp -s "$work/$chart.helm.yaml" "$work/$chart.slipway.yaml"; then same=identical; else same=DIFFERENT; fi
  echo "$chart: $(grep -c '^# Source:' "$work/$chart.helm.yaml") documents, output $same"
done

# Median wall time of $runs runs, in milliseconds, interleaving the commands so load affects all alike.
declare -A times
measure() {
  local label=$1; shift
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  times[$label]+="$(( (e - s) / 1000 )) "
}
for _ in $(seq "$runs"); do
  measure "node -e 0" node -e 0
  measure "helm template scaffold" "$helm" template "$work/scaffold"
  measure "slipway render scaffold" node "$work/dist/cli.js" render "$work/scaffold"
  measure "helm template large" "$helm" template "$work/large"
  measure "slipway render large" node "$work/dist/cli.js" render "$work/large"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }
printf '%-26s %10s\n' "command ($runs runs)" "median ms"
for label in "node -e 0" "helm template scaffold" "slipway render scaffold" "helm template large" "slipway render large"; do
  printf '%-26s %10s\n' "$label" "$(echo "${times[$label]}" | median)"
done
