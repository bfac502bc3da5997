package keys

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// keyEncodings returns a small circuit's keys as gnark writes them: raw (what
// Store writes) and compressed.
func keyEncodings(t testing.TB, ccs constraint.ConstraintSystem) (pks, vks map[string][]byte) {
	t.Helper()
	var pk groth16bn254.ProvingKey
	var vk groth16bn254.VerifyingKey
	if err := groth16bn254.Setup(ccs.(*cs.R1CS), &pk, &vk); err != nil {
		t.Fatal(err)
	}
	enc := func(w func(io.Writer) (int64, error)) []byte {
		var b bytes.Buffer
		if _, err := w(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	pks = map[string][]byte{"raw": enc(pk.WriteRawTo), "compressed": enc(pk.WriteTo)}
	vks = map[string][]byte{"raw": enc(vk.WriteRawTo), "compressed": enc(vk.WriteTo)}
	return pks, vks
}

// TestScanKeysAcceptsGnarkKeys: both encodings of real keys scan, and every
// truncation of them is refused.
func TestScanKeysAcceptsGnarkKeys(t *testing.T) {
	pks, vks := keyEncodings(t, compileChain(t, 20))
	for name, b := range pks {
		if err := scanProvingKey(b); err != nil {
			t.Fatalf("%s proving key: %v", name, err)
		}
		for cut := 0; cut < len(b); cut += 1 + len(b)/200 {
			if err := scanProvingKey(b[:cut]); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("%s proving key cut at %d: %v", name, cut, err)
			}
		}
		if err := scanProvingKey(append(bytes.Clone(b), 0)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("%s proving key with a trailing byte: %v", name, err)
		}
	}
	for name, b := range vks {
		if err := scanVerifyingKey(b); err != nil {
			t.Fatalf("%s verifying key: %v", name, err)
		}
		for cut := 0; cut < len(b); cut++ {
			if err := scanVerifyingKey(b[:cut]); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("%s verifying key cut at %d: %v", name, cut, err)
			}
		}
	}
}

// hostileKeys are tiny key files of valid points whose length fields claim
// gigabytes: gnark would allocate each claim before reading a point.
func hostileKeys() map[string][2][]byte {
	_, _, g1Gen, g2Gen := bn254.Generators()
	g1b, g2b := g1Gen.Bytes(), g2Gen.Bytes() // compressed
	g1, g2 := g1b[:], g2b[:]
	domain := func(card uint64) []byte {
		b := binary.BigEndian.AppendUint64(nil, card)
		return append(append(b, make([]byte, 5*32)...), 1) // precompute twiddles
	}
	u32 := func(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
	u64 := func(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	pkHead := cat(domain(2), g1, g1, g1, u32(0), u32(0), u32(1), g1, u32(0), g2, g2, u32(0))
	vkHead := cat(g1, g1, g2, g2, g1, g2)
	okVK := cat(vkHead, u32(0), u32(0), u32(0))
	okPK := cat(pkHead, u64(0), u64(0), u64(0), u32(0))
	return map[string][2][]byte{
		"domain of 2^62 with twiddles": {cat(domain(1<<62), g1), okVK},
		"2^32-1 [A] points":            {cat(domain(2), g1, g1, g1, u32(^uint32(0)), g1), okVK},
		"2^62 wires":                   {cat(pkHead, u64(1<<62), u64(0), u64(0)), okVK},
		"2^32-1 commitment keys":       {cat(pkHead, u64(0), u64(0), u64(0), u32(^uint32(0))), okVK},
		"2^32-1 [K] points":            {okPK, cat(vkHead, u32(^uint32(0)), g1)},
		"2^32-1 committed lists":       {okPK, cat(vkHead, u32(0), u32(^uint32(0)), u32(0))},
		"2^32-1 committed inputs":      {okPK, cat(vkHead, u32(0), u32(1), u32(^uint32(0)))},
		"2^32-1 VK commitment keys":    {okPK, cat(vkHead, u32(0), u32(0), u32(^uint32(0)))},
	}
}

// TestStoreKeysClaimedLengths: key files in the store whose length fields
// claim gigabytes are reported corrupt without being allocated.
func TestStoreKeysClaimedLengths(t *testing.T) {
	ctx := context.Background()
	ccs := compileChain(t, 4)
	for name, files := range hostileKeys() {
		dir := t.TempDir()
		s, _, _ := openTestStore(t, dir)
		h, err := s.hash(ccs)
		if err != nil {
			t.Fatal(err)
		}
		kd := s.Dir(Ceremony, h)
		if err := os.MkdirAll(kd, 0o755); err != nil {
			t.Fatal(err)
		}
		for i, f := range []string{pkFile, vkFile} {
			kind := []fileKind{kindProvingKey, kindVerifyingKey}[i]
			if err := os.WriteFile(filepath.Join(kd, f), sealEnvelope(kind, files[i]), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		alloctest.Max(t, name, 1<<20, func() {
			if _, _, err := s.Keys(ctx, ccs, Ceremony); !errors.Is(err, ErrCorrupt) {
				t.Errorf("%s: %v, want ErrCorrupt", name, err)
			}
		})
	}
}

// FuzzLoadKeys scans and, when the scan accepts, decodes proving and
// verifying keys as Store.load does: neither may panic, and what the scan
// accepts decodes or fails with an error.
func FuzzLoadKeys(f *testing.F) {
	pks, vks := keyEncodings(f, compileChain(f, 2))
	for _, files := range hostileKeys() {
		f.Add(files[0], files[1])
	}
	f.Add(pks["raw"], vks["raw"])
	f.Add(pks["compressed"], vks["compressed"])
	f.Fuzz(func(t *testing.T, pkb, vkb []byte) {
		if scanVerifyingKey(vkb) == nil {
			_ = readExactly(groth16.NewVerifyingKey(ecc.BN254), vkb, false)
		}
		if scanProvingKey(pkb) == nil {
			_ = readExactly(groth16.NewProvingKey(ecc.BN254), pkb, true)
		}
	})
}
