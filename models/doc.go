// Package models holds the models that ship with sibyl: the float ONNX
// Fashion-MNIST classifiers trained by scripts/train_fmnist.py, the small
// llama language model in kjv/ trained by scripts/train_llm.py (GGUF and
// Hugging Face safetensors forms), and the int8 programs converted from them
// by scripts/convert-models.sh. It has no code; its tests keep the committed
// programs identical to what the converters write and check their accuracy
// or perplexity (docs/models.md).
package models
