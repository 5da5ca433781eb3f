#!/usr/bin/env bash
# Builds the Go template oracle (test/oracle) against the pinned helm module and prints the binary's path.
# The binary is cached in $SLIPWAY_CACHE/oracle-<hash of the oracle sources>/ and rebuilt only when they change.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/test/oracle"
cache="${SLIPWAY_CACHE:-$HOME/.cache/slipway}"
hash="$(cat "$src/go.mod" "$src/go.sum" "$src"/*.go | sha256sum | cut -c1-16)"
dir="$cache/oracle-$hash"
bin="$dir/oracle"
if [[ ! -x "$bin" ]]; then
  mkdir -p "$dir"
  (cd "$src" && GOFLAGS=-mod=mod go build -trimpath -o "$bin.tmp.$$" .) >&2
  mv "$bin.tmp.$$" "$bin"
fi
echo "$bin"
