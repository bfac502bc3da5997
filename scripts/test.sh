#!/usr/bin/env bash
# The project's test command (README): installs what the tests need on a fresh
# machine, checks generated files are current, then runs vet and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt needed: $unformatted"; exit 1; fi

echo "== go vet"
go vet ./...

for check in scripts/check-*.sh; do
  [ -e "$check" ] || continue
  echo "== $check"
  bash "$check"
done

echo "== go test"
go test -short -timeout 40m ./...
