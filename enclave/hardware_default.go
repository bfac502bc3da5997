//go:build !ego

package enclave

import "fmt"

// HardwareAttester returns the SGX attester. This binary was built without
// the `ego` tag, so there is none.
func HardwareAttester() (Attester, error) {
	return nil, fmt.Errorf("%w: built without the ego tag (see docs/enclave.md)", ErrNotInEnclave)
}

// HardwareSealer returns the SGX sealer. This binary was built without the
// `ego` tag, so there is none.
func HardwareSealer() (Sealer, error) {
	return nil, fmt.Errorf("%w: built without the ego tag (see docs/enclave.md)", ErrNotInEnclave)
}
