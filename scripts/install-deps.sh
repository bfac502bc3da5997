#!/usr/bin/env bash
# Installs what building and testing need and is not in the Go module cache:
# Debian packages, the pinned solc from npm, and geth at go.mod's version.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(qemu-user-static dataset-fashion-mnist protobuf-compiler libonnx-dev gcc libc6-dev curl chromium fonts-dejavu-core)
missing=()
for p in "${debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for step in scripts/install-solc.sh scripts/install-geth.sh scripts/install-node-tools.sh; do
  [ -e "$step" ] && bash "$step"
done
exit 0
