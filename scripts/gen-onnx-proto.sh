#!/usr/bin/env bash
# Regenerates convert/onnx/onnxpb/onnx.pb.go from Debian's onnx.proto
# (package libonnx-dev, ONNX 1.12) with protoc (package protobuf-compiler) and
# protoc-gen-go built from the google.golang.org/protobuf version pinned in
# go.mod (v1.36.12), so no network is needed.
#
# Usage: scripts/gen-onnx-proto.sh [OUTDIR]   (default convert/onnx/onnxpb)
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-convert/onnx/onnxpb}
proto=/usr/include/onnx/onnx.proto
[ -r "$proto" ] || { echo "missing $proto: apt-get install libonnx-dev" >&2; exit 1; }
command -v protoc >/dev/null || { echo "missing protoc: apt-get install protobuf-compiler" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/bin/protoc-gen-go" google.golang.org/protobuf/cmd/protoc-gen-go
cp "$proto" "$tmp/onnx.proto"
mkdir -p "$out"
PATH="$tmp/bin:$PATH" protoc -I "$tmp" \
  --go_out="$out" --go_opt=paths=source_relative \
  --go_opt=Monnx.proto=github.com/sibyl-ai/sibyl/convert/onnx/onnxpb \
  "$tmp/onnx.proto"
echo "wrote $out/onnx.pb.go"
