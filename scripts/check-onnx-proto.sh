#!/usr/bin/env bash
# Fails if convert/onnx/onnxpb/onnx.pb.go is not what scripts/gen-onnx-proto.sh
# generates (needs protobuf-compiler and libonnx-dev, from install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash scripts/gen-onnx-proto.sh "$tmp" >/dev/null
if ! diff -u convert/onnx/onnxpb/onnx.pb.go "$tmp/onnx.pb.go" >/dev/null; then
  echo "convert/onnx/onnxpb/onnx.pb.go is stale: run scripts/gen-onnx-proto.sh" >&2
  exit 1
fi
echo "onnx.pb.go is current"
