#!/usr/bin/env bash
# Runtime benchmarks for docs/BENCHMARKS.md ("Runtime" section), in one run:
# int8 GEMM 512x512x512 (portable and AVX-512 VNNI kernels, 1 and 2 threads),
# latency per inference of the MLP and CNN (shipped models when
# models/*.sibyl exist, and same-shaped programs with seeded random weights),
# and the cost of the trace commitments C_0..C_N relative to inference.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-3}
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== go: $(go version)"
echo "== kernel GEMM 512x512x512 (best of $count runs of 20 iterations)"
go test -run '^$' -bench 'GEMM512' -benchtime 20x -count "$count" ./runtime/kernel | grep -E '^Benchmark' |
  awk '{name=$1; g=$(NF-1); if (!(name in best) || g>best[name]) best[name]=g} END {for (n in best) printf "%-32s %8.1f GOPS\n", n, best[n]}' | sort
echo "== inference and trace (min of $count runs)"
go test -run '^$' -bench 'Inference|Trace|CommitState' -benchtime 2000x -count "$count" ./runtime | grep -E '^Benchmark' |
  awk '{name=$1; t=$3; if (!(name in best) || t<best[name]) best[name]=t} END {for (n in best) printf "%-36s %10.1f µs\n", n, best[n]/1000}' | sort
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
