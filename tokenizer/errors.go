package tokenizer

import "errors"

// Sentinel errors; every error the package returns wraps one of them.
var (
	// ErrFormat means tokenizer bytes (a tokenizer.model, GGUF metadata or
	// the serialized form) are malformed.
	ErrFormat = errors.New("tokenizer: malformed tokenizer")
	// ErrUnsupported means the tokenizer is well formed but uses a feature
	// this package does not implement (named in the error).
	ErrUnsupported = errors.New("tokenizer: unsupported tokenizer")
	// ErrID means a token id is outside the vocabulary.
	ErrID = errors.New("tokenizer: token id out of range")
)
