#!/usr/bin/env bash
# Fails when the committed Poseidon2 library, contract artifacts or Go bindings
# differ from what scripts/gen-contracts.sh produces from the current sources.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r contracts/src contracts/test "$tmp/"
CONTRACTS_DIR="$tmp" bash scripts/gen-contracts.sh
status=0
for p in src/lib/Poseidon2.sol artifacts bindings testbindings; do
  if ! diff -r "contracts/$p" "$tmp/$p" >/dev/null; then
    echo "check-contracts: contracts/$p is stale; run scripts/gen-contracts.sh" >&2
    status=1
  fi
done
exit $status
