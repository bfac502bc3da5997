package transformer

import "errors"

// Sentinel errors. Every error of the loader, the engine and the checkpoint
// codec wraps one of them (test with errors.Is) and names the field at fault.
var (
	// ErrBadMagic: the bytes are not a transformer program (or checkpoint).
	ErrBadMagic = errors.New("transformer: bad magic")
	// ErrUnknownVersion: a format version this runtime does not read.
	ErrUnknownVersion = errors.New("transformer: unknown format version")
	// ErrTruncated: the bytes end inside a field or section.
	ErrTruncated = errors.New("transformer: truncated")
	// ErrTrailingBytes: bytes follow the last section.
	ErrTrailingBytes = errors.New("transformer: trailing bytes")
	// ErrNonCanonical: the bytes decode but differ from the canonical encoding.
	ErrNonCanonical = errors.New("transformer: non-canonical encoding")
	// ErrBadConfig: an architecture field is out of range or inconsistent.
	ErrBadConfig = errors.New("transformer: bad config")
	// ErrBadParam: a quantization parameter or table is out of range.
	ErrBadParam = errors.New("transformer: bad parameter")
	// ErrBadMeta: a metadata entry is invalid.
	ErrBadMeta = errors.New("transformer: bad metadata")
	// ErrHashMismatch: the tokenizer or weights do not match the hashes in
	// the header.
	ErrHashMismatch = errors.New("transformer: hash mismatch")
	// ErrTooLarge: a size limit is exceeded.
	ErrTooLarge = errors.New("transformer: size limit exceeded")
	// ErrBadRequest: a generation request (prompt, sampling, limits) does not
	// fit the program.
	ErrBadRequest = errors.New("transformer: bad request")
	// ErrBadCheckpoint: a checkpoint does not decode or does not fit the
	// program.
	ErrBadCheckpoint = errors.New("transformer: bad checkpoint")
)
