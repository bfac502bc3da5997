// Package models holds the models that ship with sibyl: the float ONNX
// Fashion-MNIST classifiers trained by scripts/train_fmnist.py and the int8
// programs converted from them by scripts/convert-models.sh. It has no code;
// its tests keep the committed programs identical to what the converter
// writes and check their accuracy (docs/models.md).
package models
