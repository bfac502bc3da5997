package protocol

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestDecodeRevertClaimedLengths: revert data of every custom error whose
// first argument word is an offset (32) to a length of 2^256-1, as a dynamic
// string or bytes argument would have, followed by 10 bytes, decodes within
// a small allocation whatever the error's argument types.
func TestDecodeRevertClaimedLengths(t *testing.T) {
	if len(errorNames) == 0 {
		t.Fatal("no custom errors")
	}
	offset := make([]byte, 32)
	offset[31] = 0x20
	huge := bytes.Repeat([]byte{0xff}, 32)
	for sel, e := range errorNames {
		data := append(append(append(append([]byte(nil), sel[:]...), offset...), huge...), make([]byte, 10)...)
		for _, err := range []error{rpcDataError{hexutil.Encode(data)}, errString("execution reverted: " + hexutil.Encode(data))} {
			alloctest.Max(t, e.Name, 64<<10, func() {
				if !IsRevert(DecodeRevert(err), e.Name) {
					t.Errorf("%s: not decoded as that revert", e.Name)
				}
			})
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }
