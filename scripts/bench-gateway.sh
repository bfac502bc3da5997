#!/usr/bin/env bash
# Load test of the gateway (docs/BENCHMARKS.md): a devnet network (embedded
# chain, the shipped MLP, an honest miner with a simulated enclave, a
# challenger) with the gateway in front of it on 127.0.0.1, N concurrent
# clients calling POST /v1/inference (chat completions for a language model) for a fixed time, then a drain that
# checks every accepted call ended in a result or a refund. Loopback only;
# bounded in clients and time. Prints one JSON report.
#   bash scripts/bench-gateway.sh [-clients 200] [-duration 60s] [-route attested] [-model models/kjv/kjv.sibyl -max-tokens 16]
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./gateway/cmd/loadtest "$@"
