package prover

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Kind says which statement a proof proves.
type Kind uint8

const (
	// KindStep proves that step Step of the program maps state Step
	// (commitment From) to state Step+1 (commitment To).
	KindStep Kind = 1
	// KindWhole proves that the whole program maps input commitment From
	// (C_0) to output commitment To (C_N).
	KindWhole Kind = 2
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case KindStep:
		return "step"
	case KindWhole:
		return "whole"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Proof is a self-describing proof file: what is proven (program, step or
// whole program, the two public commitments), the verifying key it was made
// with (evmcodec encoding, so its keccak hash is the one the chain registers)
// and the Groth16 proof (evmcodec encoding, 256 bytes).
//
// The embedded key is only a claim: a verifier must check it against a key it
// trusts (rebuilt from the model, or a registered key hash) before trusting
// the proof; see Verifier.
type Proof struct {
	Kind        Kind
	ProgramHash [32]byte
	Step        uint32 // step index for KindStep; 0 for KindWhole
	Steps       uint32 // N, the program's number of steps
	From, To    fr.Element
	VK          []byte
	Groth16     []byte
}

// Errors returned by ParseProof.
var (
	// ErrProofFormat reports bytes that are not a sibyl proof file.
	ErrProofFormat = errors.New("prover: malformed proof file")
)

// proofMagic starts every proof file; proofVersion is the layout below.
const (
	proofMagic   = "SIBYLPRF"
	proofVersion = 1
	maxVKBytes   = evmcodec.VKHeaderSize + 8*evmcodec.G1Size
)

// Layout (all integers big-endian):
//
//	magic "SIBYLPRF" | version u8 | kind u8 | program hash [32] |
//	step u32 | steps u32 | from [32] | to [32] |
//	vk length u32 | vk | proof length u32 | proof
//
// Commitments are canonical field elements (below the BN254 scalar modulus).

// MarshalBinary encodes the proof file.
func (p *Proof) MarshalBinary() ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(proofMagic)
	b.WriteByte(proofVersion)
	b.WriteByte(byte(p.Kind))
	b.Write(p.ProgramHash[:])
	b.Write(binary.BigEndian.AppendUint32(nil, p.Step))
	b.Write(binary.BigEndian.AppendUint32(nil, p.Steps))
	from, to := p.From.Bytes(), p.To.Bytes()
	b.Write(from[:])
	b.Write(to[:])
	b.Write(binary.BigEndian.AppendUint32(nil, uint32(len(p.VK))))
	b.Write(p.VK)
	b.Write(binary.BigEndian.AppendUint32(nil, uint32(len(p.Groth16))))
	b.Write(p.Groth16)
	return b.Bytes(), nil
}

// check validates the fields' consistency (not the cryptography).
func (p *Proof) check() error {
	switch p.Kind {
	case KindStep:
		if p.Step >= p.Steps {
			return fmt.Errorf("%w: step %d of a %d-step program", ErrProofFormat, p.Step, p.Steps)
		}
	case KindWhole:
		if p.Step != 0 {
			return fmt.Errorf("%w: whole-program proof with step %d", ErrProofFormat, p.Step)
		}
		if p.Steps == 0 {
			return fmt.Errorf("%w: whole-program proof of a 0-step program", ErrProofFormat)
		}
	default:
		return fmt.Errorf("%w: unknown kind %d", ErrProofFormat, uint8(p.Kind))
	}
	if n, err := evmcodec.NbPublicInputs(p.VK); err != nil || n != 2 || len(p.VK) > maxVKBytes {
		return fmt.Errorf("%w: verifying key of %d bytes is not a 2-public-input key", ErrProofFormat, len(p.VK))
	}
	if len(p.Groth16) != evmcodec.ProofSize {
		return fmt.Errorf("%w: Groth16 proof of %d bytes, want %d", ErrProofFormat, len(p.Groth16), evmcodec.ProofSize)
	}
	return nil
}

// ParseProof decodes a proof file. It checks the layout and the field
// ranges; it does not verify the proof.
func ParseProof(b []byte) (*Proof, error) {
	r := proofReader{b: b}
	if string(r.take(len(proofMagic), "magic")) != proofMagic && r.err == nil {
		return nil, fmt.Errorf("%w: not a sibyl proof file (bad magic)", ErrProofFormat)
	}
	if v := r.u8("version"); r.err == nil && v != proofVersion {
		return nil, fmt.Errorf("%w: version %d (this build reads version %d)", ErrProofFormat, v, proofVersion)
	}
	p := &Proof{Kind: Kind(r.u8("kind"))}
	copy(p.ProgramHash[:], r.take(32, "program hash"))
	p.Step = r.u32("step")
	p.Steps = r.u32("steps")
	r.element(&p.From, "from commitment")
	r.element(&p.To, "to commitment")
	p.VK = r.bytes(maxVKBytes, "verifying key")
	p.Groth16 = r.bytes(evmcodec.ProofSize, "Groth16 proof")
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrProofFormat, len(b)-r.off)
	}
	if err := p.check(); err != nil {
		return nil, err
	}
	return p, nil
}

type proofReader struct {
	b   []byte
	off int
	err error
}

func (r *proofReader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b)-r.off {
		r.err = fmt.Errorf("%w: truncated in %s (%d bytes left, need %d)", ErrProofFormat, what, len(r.b)-r.off, n)
		return nil
	}
	out := r.b[r.off : r.off+n]
	r.off += n
	return out
}

func (r *proofReader) u8(what string) uint8 {
	if b := r.take(1, what); b != nil {
		return b[0]
	}
	return 0
}

func (r *proofReader) u32(what string) uint32 {
	if b := r.take(4, what); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *proofReader) element(e *fr.Element, what string) {
	b := r.take(32, what)
	if b == nil {
		return
	}
	if err := e.SetBytesCanonical(b); err != nil {
		r.err = fmt.Errorf("%w: %s is not a canonical field element", ErrProofFormat, what)
	}
}

func (r *proofReader) bytes(maxLen int, what string) []byte {
	n := r.u32(what + " length")
	if r.err != nil {
		return nil
	}
	if n > uint32(maxLen) {
		r.err = fmt.Errorf("%w: %s of %d bytes (max %d)", ErrProofFormat, what, n, maxLen)
		return nil
	}
	return bytes.Clone(r.take(int(n), what))
}

// Summary is a one-line human description of the statement.
func (p *Proof) Summary() string {
	what := fmt.Sprintf("step %d of %d", p.Step, p.Steps)
	if p.Kind == KindWhole {
		what = fmt.Sprintf("whole program (%d steps)", p.Steps)
	}
	return fmt.Sprintf("program 0x%x, %s: %s -> %s", p.ProgramHash, what, commit.Hex(p.From), commit.Hex(p.To))
}
