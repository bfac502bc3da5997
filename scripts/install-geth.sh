#!/usr/bin/env bash
# Builds geth at the go-ethereum version pinned in go.mod into .tools/bin
# (gitignored), for the end-to-end tests in e2e/ that run against `geth --dev`.
# Idempotent: does nothing when .tools/bin/geth already reports that version.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
bin="$PWD/.tools/bin"
if [ -x "$bin/geth" ] && "$bin/geth" version 2>/dev/null | grep -q "^Version: ${version#v}"; then
  exit 0
fi
echo "== go install geth@$version into $bin"
mkdir -p "$bin"
GOBIN="$bin" GOFLAGS=-buildvcs=false go install "github.com/ethereum/go-ethereum/cmd/geth@$version"
"$bin/geth" version | head -2
