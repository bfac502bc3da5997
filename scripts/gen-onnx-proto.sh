#!/usr/bin/env bash
# Regenerates convert/onnx/onnxpb/onnx.pb.go from Debian's onnx.proto
# (package libonnx-dev, ONNX 1.12) with protoc (package protobuf-compiler) and
# protoc-gen-go at the protobuf module version pinned in go.mod.
set -euo pipefail
cd "$(dirname "$0")/.."

proto=/usr/include/onnx/onnx.proto
gen_version=v1.36.12
[ -r "$proto" ] || { echo "missing $proto: apt-get install libonnx-dev" >&2; exit 1; }
command -v protoc >/dev/null || { echo "missing protoc: apt-get install protobuf-compiler" >&2; exit 1; }

bin="$(go env GOPATH)/bin"
if ! "$bin/protoc-gen-go" --version 2>/dev/null | grep -q "$gen_version"; then
  GOFLAGS=-mod=mod go install "google.golang.org/protobuf/cmd/protoc-gen-go@$gen_version"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$proto" "$tmp/onnx.proto"
PATH="$bin:$PATH" protoc -I "$tmp" \
  --go_out=convert/onnx/onnxpb --go_opt=paths=source_relative \
  --go_opt=Monnx.proto=github.com/sibyl-ai/sibyl/convert/onnx/onnxpb \
  "$tmp/onnx.proto"
echo "wrote convert/onnx/onnxpb/onnx.pb.go"
