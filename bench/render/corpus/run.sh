#!/usr/bin/env bash
# bench/render/corpus: the first render of each realistic chart in a fresh process, `helm template` (v4) vs
# `slipway render` on Node 24 (the runtime of record) and on this machine's Node 20, side by side in one run,
# with a bare `node -e 0` of each Node timed in the same run. Every chart is rendered with each of its ci/
# values files (108 renders of 30 charts). The V8 code cache of slipway's bundle is warm (written once by a
# checking run, as a user's first run writes it); nothing of the chart is cached between renders.
# Prints per chart and in sum: helm, slipway, and slipway net of the bare Node start, in ms (medians of $runs).
# Usage: bash bench/render/corpus/run.sh [runs]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
runs=${1:-3}
helm=${SLIPWAY_HELM4:-$HOME/.cache/slipway/helm-v4.3.1/helm}
# shellcheck source=../../../scripts/testbed.d/versions.env
source "$repo/scripts/testbed.d/versions.env"
node24=${SLIPWAY_NODE24:-${SLIPWAY_CACHE:-$HOME/.cache/slipway}/node-$NODE24_VERSION/node_modules/node/bin/node}
[ -x "$node24" ] || { echo "Node 24 not found at $node24 (bash scripts/testbed up builds it)" >&2; exit 1; }
node20=$(command -v node)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$repo/scripts/bundle.mjs" "$work/dist" >/dev/null
export SLIPWAY_CODE_CACHE="$work/code-cache"
listing=$(node "$repo/bench/render/corpus/generateCorpus.mjs" "$work/corpus")
cd "$work/corpus"

now() { date +%s%N; }
# One timed run, in microseconds.
timed() {
  local s e
  s=$(now); "$@" >/dev/null 2>&1; e=$(now)
  echo $(((e - s) / 1000))
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%d", m}'; }
ms() { awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

# Bare starts, measured among the renders below too (load changes over a run).
bare24=() bare20=()
different=0
printf '%-10s %7s %9s %10s %12s %10s %12s\n' chart renders "helm ms" "slipway24" "net of node" "slipway20" "net of node"
total_h=0 total_s24=0 total_n24=0 total_s20=0 total_n20=0 renders=0
while read -r chart rest; do
  values=()
  for v in $rest; do [ "$v" = +crds ] || values+=("$v"); done
  ch=0 cs24=0 cn24=0 cs20=0 cn20=0
  for v in "${values[@]}"; do
    args=(template "$chart" "$chart" -f "$chart/ci/$v" --include-crds -n corpus)
    # Same output first (random material aside: compared by the corpus differential test), and the code caches written.
    "$helm" "${args[@]}" > "$work/h.yaml"
    "$node24" "$work/dist/cli/index.js" render "${args[@]:1}" > "$work/s.yaml"
    "$node20" "$work/dist/cli/index.js" render "${args[@]:1}" >/dev/null
    [ "$(wc -l < "$work/h.yaml")" = "$(wc -l < "$work/s.yaml")" ] || different=$((different + 1))
    h=() s24=() s20=() b24=() b20=()
    for _ in $(seq "$runs"); do
      h+=("$(timed "$helm" "${args[@]}")")
      s24+=("$(timed "$node24" "$work/dist/cli/index.js" render "${args[@]:1}")")
      b24+=("$(timed "$node24" -e 0)")
      s20+=("$(timed "$node20" "$work/dist/cli/index.js" render "${args[@]:1}")")
      b20+=("$(timed "$node20" -e 0)")
    done
    mh=$(printf '%s\n' "${h[@]}" | median)
    m24=$(printf '%s\n' "${s24[@]}" | median)
    m20=$(printf '%s\n' "${s20[@]}" | median)
    mb24=$(printf '%s\n' "${b24[@]}" | median)
    mb20=$(printf '%s\n' "${b20[@]}" | median)
    bare24+=("$mb24") bare20+=("$mb20")
    ch=$((ch + mh)) cs24=$((cs24 + m24)) cn24=$((cn24 + m24 - mb24)) cs20=$((cs20 + m20)) cn20=$((cn20 + m20 - mb20))
    renders=$((renders + 1))
  done
  printf '%-10s %7d %9s %10s %12s %10s %12s\n' "$chart" "${#values[@]}" "$(ms $ch)" "$(ms $cs24)" "$(ms $cn24)" "$(ms $cs20)" "$(ms $cn20)"
  total_h=$((total_h + ch)) total_s24=$((total_s24 + cs24)) total_n24=$((total_n24 + cn24)) total_s20=$((total_s20 + cs20)) total_n20=$((total_n20 + cn20))
done <<< "$listing"
printf '%-10s %7d %9s %10s %12s %10s %12s\n' total "$renders" "$(ms $total_h)" "$(ms $total_s24)" "$(ms $total_n24)" "$(ms $total_s20)" "$(ms $total_n20)"
echo
echo "bare start, median of the renders' medians: node24 $(printf '%s\n' "${bare24[@]}" | median | awk '{printf "%.1f", $1/1000}') ms, node20 $(printf '%s\n' "${bare20[@]}" | median | awk '{printf "%.1f", $1/1000}') ms"
echo "slipway24 net / helm: $(ratio $total_n24 $total_h); slipway24 / helm: $(ratio $total_s24 $total_h); slipway20 net / helm: $(ratio $total_n20 $total_h)"
[ "$different" = 0 ] || echo "WARNING: $different renders differ in line count from helm's" >&2
