// Package gguf reads and writes GGUF v3 files, the model format of llama.cpp
// and ggml: a header of typed key/value metadata and tensor descriptions,
// followed by aligned tensor data in ggml's tensor types.
//
// The reader treats the file as untrusted. It streams the header and never
// allocates, loops or recurses by a length field beyond what the file's own
// size allows (every count is checked against the bytes that remain, every
// tensor's extent against the data section), and it decodes tensor data one
// tensor at a time through io.ReaderAt, so converting a model does not need
// the whole file in memory. Tensor data in F32, F16, BF16, Q8_0, Q4_0, Q4_K
// and Q6_K is dequantized to float32 following ggml's block layouts; other
// types are reported by name as unsupported.
//
// The writer produces the same format (used by tests and by cmd/synth, which
// writes synthetic llama models at the shapes of stories15M and stories110M).
package gguf
