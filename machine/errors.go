package machine

import "errors"

var (
	// ErrUnsupported means a program cannot be laid out for the machine (a
	// limit of docs/machine.md, e.g. a window wider than 256 columns).
	ErrUnsupported = errors.New("machine: program not supported")
	// ErrInvalidStep means a micro-step breaks a requirement of
	// docs/machine.md (a bound, an opening outside a tree): the on-chain
	// executor reverts on it. Reachable states never cause it.
	ErrInvalidStep = errors.New("machine: invalid micro-step")
	// ErrBadInput means an input, index or proof does not fit the machine.
	ErrBadInput = errors.New("machine: bad input")
)
