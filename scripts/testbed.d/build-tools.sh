#!/usr/bin/env bash
# Builds the test bed's Go programs (and fetches Node 24, the GitHub runner's node, from npm) from their published modules at the pinned versions.
# Each component lands in $SLIPWAY_CACHE/<component>-<version>/ and is rebuilt only when missing.
# Usage: build-tools.sh [component...]   (default: all)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=versions.env
source "$here/versions.env"
cache=${SLIPWAY_CACHE:-$HOME/.cache/slipway}
mkdir -p "$cache"
export GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0

log() { printf '[build-tools] %s\n' "$*" >&2; }

# A component is done when its stamp file exists; the stamp is written last so a killed build retries.
done_stamp() { [ -f "$1/.complete" ]; }

# Makes a throwaway module in $dir/src with go.mod content given on stdin.
make_module() {
  local dir=$1
  rm -rf "$dir/src"; mkdir -p "$dir/src"
  cat >"$dir/src/go.mod"
}

build_kubernetes() {
  local v=$KUBERNETES_VERSION out="$cache/kubernetes-$KUBERNETES_VERSION"
  done_stamp "$out" && return 0
  log "kubernetes $v: kube-apiserver, kube-controller-manager, kube-scheduler, kubectl (about 6 min cold)"
  mkdir -p "$out"
  local modfile staging minor patch
  modfile=$(go mod download -json "k8s.io/kubernetes@$v" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  minor=$(echo "$v" | cut -d. -f2); patch=$(echo "$v" | cut -d. -f3)
  # k8s.io/kubernetes replaces its staging modules with local paths; a dependant must pin them itself.
  staging=$(sed -n 's#^\s*\(k8s.io/[a-z0-9-]*\) => ./staging/.*#\1#p' "$modfile")
  {
    echo "module slipway.local/testbed/kubernetes"
    echo "go 1.26.0"
    echo "require k8s.io/kubernetes $v"
    echo "replace ("
    for m in $staging; do echo "  $m => $m v0.$minor.$patch"; done
    echo ")"
  } | make_module "$out"
  local ld="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld="$ld -X $pkg.gitVersion=$v -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
  done
  (cd "$out/src" && go get "k8s.io/kubernetes@$v" >&2
   cd "$out/src" && go build -trimpath -ldflags "$ld" -o "$out/" \
     k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
     k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
  touch "$out/.complete"
}

build_etcd() {
  local v=$ETCD_VERSION out="$cache/etcd-$ETCD_VERSION"
  done_stamp "$out" && return 0
  log "etcd $v"
  mkdir -p "$out"
  printf 'module slipway.local/testbed/etcd\ngo 1.26.0\nrequire go.etcd.io/etcd/server/v3 %s\n' "$v" | make_module "$out"
  # etcd's own module has replace directives, so `go install` refuses it: wrap etcdmain in our module.
  cat >"$out/src/main.go" <<'GO'
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
GO
  (cd "$out/src" && go mod tidy >/dev/null && go build -trimpath -ldflags "-s -w" -o "$out/etcd" .)
  touch "$out/.complete"
}

build_kwok() {
  local v=$KWOK_VERSION out="$cache/kwok-$KWOK_VERSION"
  done_stamp "$out" && return 0
  log "kwok $v: kwok, kwokctl"
  mkdir -p "$out"
  printf 'module slipway.local/testbed/kwok\ngo 1.26.0\nrequire sigs.k8s.io/kwok %s\n' "$v" | make_module "$out"
  (cd "$out/src" && go get "sigs.k8s.io/kwok@$v" >&2
   cd "$out/src" && go build -trimpath -ldflags "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=$v" -o "$out/" \
     sigs.k8s.io/kwok/cmd/kwok sigs.k8s.io/kwok/cmd/kwokctl)
  touch "$out/.complete"
}

build_helm() {
  local major=$1 v=$2 out="$cache/helm-$2"
  done_stamp "$out" && return 0
  log "helm $v"
  mkdir -p "$out"
  printf 'module slipway.local/testbed/helm%s\ngo 1.26.0\nrequire helm.sh/helm/v%s %s\n' "$major" "$major" "$v" | make_module "$out"
  (cd "$out/src" && go get "helm.sh/helm/v$major@$v" >&2
   cd "$out/src" && go build -trimpath \
     -ldflags "-s -w -X helm.sh/helm/v$major/internal/version.version=$v" -o "$out/helm" "helm.sh/helm/v$major/cmd/helm")
  touch "$out/.complete"
}

# kubedog (werf's tracker) is the benchmark peer of bench/track only; not part of the test bed's default set.
build_kubedog() {
  local v=$KUBEDOG_VERSION out="$cache/kubedog-$KUBEDOG_VERSION"
  done_stamp "$out" && return 0
  log "kubedog $v"
  mkdir -p "$out"
  printf 'module slipway.local/bench/kubedog\ngo 1.26.0\nrequire github.com/werf/kubedog %s\n' "$v" | make_module "$out"
  # `go get` of the command's package pins the module at $v (a `go mod tidy` here would drop it, since nothing
  # imports it, and the build would then resolve kubedog's newest pseudo-version instead).
  (cd "$out/src" && go get "github.com/werf/kubedog/cmd/kubedog@$v" >&2 \
   && grep -q "github.com/werf/kubedog $v" go.mod \
   && go build -trimpath -ldflags "-s -w" -o "$out/kubedog" github.com/werf/kubedog/cmd/kubedog)
  touch "$out/.complete"
}

build_node24() {
  local v=$NODE24_VERSION out="$cache/node-$NODE24_VERSION"
  done_stamp "$out" && return 0
  log "node $v (npm package node@$v)"
  rm -rf "$out"; mkdir -p "$out"
  (cd "$out" && npm install --no-save --no-audit --no-fund --prefix "$out" "node@$v" >&2)
  "$out/node_modules/node/bin/node" --version | grep -qx "v$v" || { log "node@$v did not install a working binary"; exit 1; }
  touch "$out/.complete"
}

components=("$@")
[ ${#components[@]} -gt 0 ] || components=(node24 etcd kwok helm4 helm3 kubernetes)
for c in "${components[@]}"; do
  case $c in
    kubedog) build_kubedog ;;
    kubernetes) build_kubernetes ;;
    etcd) build_etcd ;;
    kwok) build_kwok ;;
    helm4) build_helm 4 "$HELM4_VERSION" ;;
    helm3) build_helm 3 "$HELM3_VERSION" ;;
    node24) build_node24 ;;
    *) log "unknown component '$c' (kubernetes, etcd, kwok, helm4, helm3, node24)"; exit 2 ;;
  esac
done
log "all built in $cache"
