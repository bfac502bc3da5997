#!/usr/bin/env bash
# Regenerates the shipped int8 programs models/*.sibyl from the committed
# float ONNX models (calibrated on the first 1,000 Fashion-MNIST training
# images; needs the Debian package dataset-fashion-mnist). The output is
# byte-for-byte reproducible; models/models_test.go fails if the committed
# programs differ from what this script writes.
set -euo pipefail
cd "$(dirname "$0")/.."

for m in fmnist_mlp fmnist_cnn; do
  go run ./cmd/sibyl convert onnx --in "models/$m.onnx" --out "models/$m.sibyl" --calibration 1000
done
