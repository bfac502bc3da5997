#!/usr/bin/env bash
# Prover benchmarks for docs/BENCHMARKS.md: for every step of both shipped
# models (or, until they are converted, the runtime's test programs of the same
# shapes), the whole MLP, constant-weight dense steps of 2048x2048 and
# 8192x8192, and a 784x128 layer as constant weights vs hashed witness weights.
# Each case runs in its own process (so peak RSS is its own) and prints
# constraints, compile, setup, prove and verify times, and peak memory (VmHWM).
#
#   bash scripts/bench-prover.sh            # everything
#   bash scripts/bench-prover.sh quick      # skip the 8192x8192 step
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(mktemp -d)/benchprover
go build -o "$bin" ./prover/internal/benchprover


mlp=runtimetest:mlp
cnn=runtimetest:cnn
[ -f models/fmnist_mlp.sibyl ] && mlp=models/fmnist_mlp.sibyl
[ -f models/fmnist_cnn.sibyl ] && cnn=models/fmnist_cnn.sibyl

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(go version | cut -d' ' -f3), $(uname -m)"
for m in "$mlp" "$cnn"; do
  n=$("$bin" -model "$m" -count)
  for ((i = 0; i < n; i++)); do "$bin" -model "$m" -step "$i"; done
done
"$bin" -model "$mlp"
"$bin" -model dense:128x784
"$bin" -model hashed:128x784
"$bin" -model dense:2048x2048
if [ "${1:-}" != quick ]; then
  "$bin" -model dense:8192x8192 || echo "dense:8192x8192 failed (exit $?)"
fi
