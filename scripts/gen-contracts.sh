#!/usr/bin/env bash
# Regenerates everything derived from the Solidity sources:
#   contracts/src/lib/Poseidon2.sol     (round constants read from gnark-crypto)
#   contracts/artifacts/*.abi, *.bin    (pinned solcjs, optimizer + viaIR)
#   contracts/bindings/bindings.go      (abigen v2, package bindings)
#   contracts/testbindings/bindings.go  (abigen v2 of the test-only contracts)
# CONTRACTS_DIR (default contracts) lets check-contracts.sh regenerate into a copy.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${CONTRACTS_DIR:-contracts}

bash scripts/install-solc.sh
go run ./contracts/gen/poseidon2sol > "$dir/src/lib/Poseidon2.sol.tmp"
mv "$dir/src/lib/Poseidon2.sol.tmp" "$dir/src/lib/Poseidon2.sol"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node contracts/tools/compile.cjs "$dir" "$work" "$root/.tools/solc/node_modules/solc"
rm -rf "$dir/artifacts"
mv "$work/artifacts" "$dir/artifacts"

abigen() { go run github.com/ethereum/go-ethereum/cmd/abigen "$@"; }
mkdir -p "$dir/bindings" "$dir/testbindings"
abigen --v2 --combined-json "$work/src.combined.json" --pkg bindings --out "$dir/bindings/bindings.go"
abigen --v2 --combined-json "$work/test.combined.json" --pkg testbindings --out "$dir/testbindings/bindings.go"
