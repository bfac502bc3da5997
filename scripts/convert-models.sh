#!/usr/bin/env bash
# Regenerates the shipped int8 programs from the committed float models:
# models/*.sibyl from the ONNX classifiers (calibrated on the first 1,000
# Fashion-MNIST training images; needs the Debian package
# dataset-fashion-mnist) and models/kjv/kjv.sibyl from the language model.
# The output is byte-for-byte reproducible; models/models_test.go and
# models/kjv_test.go fail if the committed programs differ from what this
# script writes.
set -euo pipefail
cd "$(dirname "$0")/.."

for m in fmnist_mlp fmnist_cnn; do
  go run ./cmd/sibyl convert onnx --input "models/$m.onnx" --out "models/$m.sibyl" --calibration 1000
done

# The language model (scripts/train_llm.py): calibrated on its first 64
# training verses; the GGUF and the Hugging Face safetensors forms give the
# same program (models/kjv_test.go checks both against the committed one).
go run ./cmd/sibyl convert gguf --input models/kjv/kjv.gguf --out models/kjv/kjv.sibyl \
  --calibration models/kjv/calibration.txt --meta source=kjv.gguf
