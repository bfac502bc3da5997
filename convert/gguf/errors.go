package gguf

import "errors"

// Sentinel errors. Every error the package returns wraps one of them and says
// what in the file is wrong (a key, a tensor name, an offset).
var (
	// ErrFormat means the bytes are not a well-formed GGUF file: a bad magic,
	// a truncated header, a length or count larger than the file allows, a
	// tensor outside the data section.
	ErrFormat = errors.New("gguf: malformed file")
	// ErrVersion means the file's GGUF version is not 3.
	ErrVersion = errors.New("gguf: unsupported version")
	// ErrTensorType means a tensor is stored in a ggml type this package does
	// not decode.
	ErrTensorType = errors.New("gguf: unsupported tensor type")
	// ErrMetadata means a metadata key is missing or has the wrong type.
	ErrMetadata = errors.New("gguf: bad metadata")
	// ErrNotFound means a named tensor is not in the file.
	ErrNotFound = errors.New("gguf: tensor not found")
)
