#!/usr/bin/env bash
# Template engine benchmark: the same large template set rendered warm by Helm's own engine (the Go oracle)
# and by slipway in-process, side by side. SLIPWAY_BENCH_SECONDS sets the seconds per side (default 5).
set -euo pipefail
cd "$(dirname "$0")/../.."
npx vitest run --project bench bench/template
