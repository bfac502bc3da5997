package keys

import "errors"

// Sentinel errors; returned errors wrap one of them with details.
var (
	// ErrCorrupt reports a file that fails its checksum or cannot be parsed.
	ErrCorrupt = errors.New("keys: corrupt file")
	// ErrNotFound reports keys absent from the store (for ceremony keys, no
	// finalized ceremony was installed for the circuit).
	ErrNotFound = errors.New("keys: not found")
	// ErrBadContribution reports a ceremony contribution that is malformed or
	// fails verification.
	ErrBadContribution = errors.New("keys: invalid ceremony contribution")
	// ErrTranscript reports a ceremony transcript directory that is
	// inconsistent, incomplete, or used out of order.
	ErrTranscript = errors.New("keys: bad ceremony transcript")
	// ErrUnsupported reports a constraint system this package cannot handle
	// (not a BN254 R1CS).
	ErrUnsupported = errors.New("keys: unsupported constraint system")
)
