#!/usr/bin/env bash
# The enclave's EGo variant (build tag `ego`) only runs inside an SGX enclave,
# but it must compile with plain Go + cgo, and outside an enclave it must
# refuse to seal or attest (EGo's seal key is all zeros there).
set -euo pipefail
cd "$(dirname "$0")/.."
export CGO_ENABLED=1
go vet -tags ego ./enclave/...
go build -tags ego ./enclave/...
go test -count=1 -tags ego -run 'TestEGoRefusesOutsideEnclave' ./enclave/
# The binary that runs inside the enclave (ego-go build -tags ego ./cmd/sibyl).
go build -tags ego -o /dev/null ./cmd/sibyl
