#!/usr/bin/env bash
# Measures what a newcomer's first run costs and what later runs cost
# (README "The two commands", docs/BENCHMARKS.md):
#   1. go build of ./cmd/sibyl with an empty build cache (the module cache is
#      kept: it is downloaded once either way), then again with the cache warm;
#   2. `go run ./cmd/sibyl --version` with the cache warm (the link step go
#      run repeats on every call) next to running the built binary;
#   3. `sibyl devnet` (default scenario) with an empty --data-dir (development
#      keys set up), then again with the same directory (keys loaded).
# Usage: bash scripts/bench-first-run.sh [OUT_DIR]   (prints one line per figure)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"

secs() { # secs CMD... : runs CMD (its stdout discarded), prints its wall time in seconds
  local s e
  s=$(date +%s.%N)
  "$@" >/dev/null
  e=$(date +%s.%N)
  echo "$e - $s" | bc
}
devnet() { # devnet N: one default devnet run on $out/devnet, report and progress kept
  "$out/sibyl" devnet --data-dir "$out/devnet" --port -1 --gateway-port -1 --json >"$out/devnet$1.json" 2>"$out/devnet$1.log"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC')"
clean=$(GOCACHE="$out/gocache" secs go build -o "$out/sibyl" ./cmd/sibyl)
echo "go build, empty build cache:         ${clean} s"
warm=$(GOCACHE="$out/gocache" secs go build -o "$out/sibyl" ./cmd/sibyl)
echo "go build, warm cache, no change:     ${warm} s"
gorun=$(GOCACHE="$out/gocache" secs go run ./cmd/sibyl --version)
echo "go run ./cmd/sibyl --version (warm): ${gorun} s"
bin=$(secs "$out/sibyl" --version)
echo "./sibyl --version:                   ${bin} s"
rm -rf "$out/devnet"
first=$(secs devnet 1)
echo "sibyl devnet, empty --data-dir:      ${first} s"
later=$(secs devnet 2)
echo "sibyl devnet, keys cached:           ${later} s"
grep -h "keys ready" "$out"/devnet1.log "$out"/devnet2.log | sed 's/^/  /' || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); outputs in $out"
