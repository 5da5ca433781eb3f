#!/usr/bin/env bash
# bench/render: `slipway render` vs `helm template` (v4) as whole commands, side by side in one run, on the
# `helm create` chart and on a generated large chart, with a bare `node -e 0` timed in the same run.
# slipway is bundled with ncc exactly as dist/ is (one file plus lazy chunks) into a temporary directory.
# Usage: bash bench/render/run.sh [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
helm=${SLIPWAY_HELM4:-$HOME/.cache/slipway/helm-v4.3.1/helm}
# Node 24 (the GitHub runner's node24, which the actions run on; the test bed builds it) when present: the same
# bundle timed on it too. This machine's `node` (Node 20) stays the reference.
# shellcheck source=../../scripts/testbed.d/versions.env
source "$repo/scripts/testbed.d/versions.env"
node24=${SLIPWAY_NODE24:-${SLIPWAY_CACHE:-$HOME/.cache/slipway}/node-$NODE24_VERSION/node_modules/node/bin/node}
[ -x "$node24" ] || node24=
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bundle exactly as dist/ is built (scripts/bundle.mjs: CommonJS chunks, the generated `slipway` entry with its
# V8 code cache), into a temporary directory so the working tree's dist/ is untouched.
node "$repo/scripts/bundle.mjs" "$work/dist"
slipway() { node "$work/dist/cli/index.js" "$@"; }
slipway24() { "$node24" "$work/dist/cli/index.js" "$@"; }
# The code cache lives in the bench's own directory: the first (checking) run below writes it, as a user's
# first run does. "cache off" rows show a run without it (a first run, or SLIPWAY_CODE_CACHE=off).
export SLIPWAY_CODE_CACHE="$work/code-cache"
"$helm" create "$work/scaffold" >/dev/null
node "$repo/bench/render/generateLargeChart.mjs" "$work/large" >/dev/null

# Same output first: the bench measures equal work.
for chart in scaffold large; do
  "$helm" template "$work/$chart" > "$work/$chart.helm.yaml"
  slipway render "$work/$chart" > "$work/$chart.slipway.yaml"
  if cmp -s "$work/$chart.helm.yaml" "$work/$chart.slipway.yaml"; then same=identical; else same=DIFFERENT; fi
  echo "$chart: $(grep -c '^# Source:' "$work/$chart.helm.yaml") documents, output $same"
  [ -z "$node24" ] || slipway24 render "$work/$chart" >/dev/null # writes node 24's code cache
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
  measure "slipway render scaffold" slipway render "$work/scaffold"
  SLIPWAY_CODE_CACHE=off measure "  (code cache off)" slipway render "$work/scaffold"
  measure "helm template large" "$helm" template "$work/large"
  measure "slipway render large" slipway render "$work/large"
  SLIPWAY_CODE_CACHE=off measure "  (code cache off) " slipway render "$work/large"
  if [ -n "$node24" ]; then
    measure "node24 -e 0" "$node24" -e 0
    measure "slipway render scaffold, node24" slipway24 render "$work/scaffold"
    measure "slipway render large, node24" slipway24 render "$work/large"
  fi
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }
labels=("node -e 0" "helm template scaffold" "slipway render scaffold" "  (code cache off)" "helm template large" "slipway render large" "  (code cache off) ")
[ -z "$node24" ] || labels+=("node24 -e 0" "slipway render scaffold, node24" "slipway render large, node24")
printf '%-34s %10s\n' "command ($runs runs)" "median ms"
for label in "${labels[@]}"; do
  printf '%-34s %10s\n' "$label" "$(echo "${times[$label]}" | median)"
done

# How the time grows with the number of templates: the large chart's top-level chart alone, cut to its first N
# templates. helm's time grows about linearly; slipway's first templates cost most (its code runs cold, not yet
# optimized by V8), later ones far less.
echo
printf '%-10s %12s %12s\n' templates "helm ms" "slipway ms"
for n in 10 100 300; do
  cut="$work/top$n"
  cp -r "$work/large" "$cut"
  rm -rf "$cut/charts"
  sed -i '/^dependencies:/,$d' "$cut/Chart.yaml"
  find "$cut/templates" -name 'svc*.yaml' | sort -V | tail -n +$((n + 1)) | xargs -r rm
  slipway render "$cut" >/dev/null
  unset 'times[h]' 'times[s]'
  for _ in $(seq "$runs"); do
    measure h "$helm" template "$cut"
    measure s slipway render "$cut"
  done
  printf '%-10s %12s %12s\n' "$n" "$(echo "${times[h]}" | median)" "$(echo "${times[s]}" | median)"
done
