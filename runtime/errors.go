package runtime

import "errors"

// Sentinel errors of the program loader and the executor. Every error the
// package returns wraps one of these (test with errors.Is) and names the op
// index and field that is wrong.
var (
	// ErrBadMagic: the bytes do not start with the program magic.
	ErrBadMagic = errors.New("not a sibyl program (bad magic)")
	// ErrUnknownVersion: the format version is not one this runtime reads.
	ErrUnknownVersion = errors.New("unknown program format version")
	// ErrUnknownOp: an op kind this runtime does not implement.
	ErrUnknownOp = errors.New("unknown op")
	// ErrTruncated: the bytes end inside a field.
	ErrTruncated = errors.New("truncated program")
	// ErrTrailingBytes: bytes follow the last op.
	ErrTrailingBytes = errors.New("trailing bytes after program")
	// ErrNonCanonical: the bytes decode but are not the canonical encoding
	// (e.g. unsorted metadata, a boolean other than 0/1).
	ErrNonCanonical = errors.New("non-canonical program encoding")
	// ErrBadShape: a tensor shape is invalid or does not fit the op.
	ErrBadShape = errors.New("bad shape")
	// ErrBadTensorRef: an op reads a tensor that does not exist yet.
	ErrBadTensorRef = errors.New("bad tensor reference")
	// ErrBadQuant: a quantization parameter is out of range.
	ErrBadQuant = errors.New("bad quantization parameter")
	// ErrBadAttr: an op attribute (stride, padding, table, ...) is invalid.
	ErrBadAttr = errors.New("bad op attribute")
	// ErrAccumulatorBound: a reduction could overflow the int32 accumulator.
	ErrAccumulatorBound = errors.New("accumulator bound exceeded")
	// ErrTooLarge: a size limit (tensor elements, ops, metadata, work) is exceeded.
	ErrTooLarge = errors.New("size limit exceeded")
	// ErrNoOps: the program has no ops.
	ErrNoOps = errors.New("program has no ops")
	// ErrBadMeta: a metadata entry is invalid.
	ErrBadMeta = errors.New("bad metadata")
	// ErrBadInput: the input given to Execute does not fit the program.
	ErrBadInput = errors.New("bad input")
)
