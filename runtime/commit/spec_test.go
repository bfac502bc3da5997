package commit_test

import (
	"bufio"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gcposeidon2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"golang.org/x/crypto/sha3"

	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// A second implementation of the state commitment written from
// docs/program-format.md ("State commitments" and "The Poseidon2 instance")
// with math/big and keccak only, checked against runtime/commit, against
// gnark-crypto's parameters, and against the round keys committed in
// docs/poseidon2-round-keys.txt.

var updateKeys = flag.Bool("update-round-keys", false, "rewrite docs/poseidon2-round-keys.txt from the derivation")

var roundKeysFile = filepath.Join("..", "..", "docs", "poseidon2-round-keys.txt")

type frElement = fr.Element

// permVector01 is P(0, 1), quoted in docs/program-format.md.
const permVector01 = "0x1cea81d812c4552760b21d75d1fd4c11e43e3f60c67632e7e38f656236378e5d 0x1ae0efd28c01163c0a58440757ef2339affb17836ad3b1fedacabeaab56ca0e1"

// p is the BN254 scalar field modulus.
var p, _ = new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

const (
	fullRounds    = 6
	partialRounds = 50
	seed          = "Poseidon2-BN254[t=2,rF=6,rP=50,d=5]"
)

// specRoundKeys derives the round keys: h_0 = keccak256(seed), h_i =
// keccak256(h_{i-1}); h_1, h_2, ... read big-endian mod p fill the full rounds'
// two keys and the partial rounds' one key, round by round.
func specRoundKeys() [][]*big.Int {
	h := keccak([]byte(seed))
	next := func() *big.Int {
		h = keccak(h)
		return new(big.Int).Mod(new(big.Int).SetBytes(h), p)
	}
	keys := make([][]*big.Int, fullRounds+partialRounds)
	for r := range keys {
		n := 2
		if r >= fullRounds/2 && r < fullRounds/2+partialRounds {
			n = 1
		}
		for range n {
			keys[r] = append(keys[r], next())
		}
	}
	return keys
}

func keccak(b []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return h.Sum(nil)
}

// specPermutation is the width-2 Poseidon2 permutation as the document
// states it.
func specPermutation(keys [][]*big.Int, x0, x1 *big.Int) (*big.Int, *big.Int) {
	s := []*big.Int{new(big.Int).Set(x0), new(big.Int).Set(x1)}
	mul := func(m [2][2]int64) {
		a := new(big.Int).Add(new(big.Int).Mul(big.NewInt(m[0][0]), s[0]), new(big.Int).Mul(big.NewInt(m[0][1]), s[1]))
		b := new(big.Int).Add(new(big.Int).Mul(big.NewInt(m[1][0]), s[0]), new(big.Int).Mul(big.NewInt(m[1][1]), s[1]))
		s[0], s[1] = a.Mod(a, p), b.Mod(b, p)
	}
	external := [2][2]int64{{2, 1}, {1, 2}}
	internal := [2][2]int64{{2, 1}, {1, 3}}
	sbox := func(x *big.Int) { x.Exp(x, big.NewInt(5), p) }
	mul(external)
	for _, k := range keys {
		for j := range k {
			s[j].Add(s[j], k[j]).Mod(s[j], p)
		}
		if len(k) == 2 { // full round
			sbox(s[0])
			sbox(s[1])
			mul(external)
		} else {
			sbox(s[0])
			mul(internal)
		}
	}
	return s[0], s[1]
}

// specState is C = MD(Domain, T, per tensor L and 31-byte big-endian chunks
// of the bytes v+128), MD: h = 0, h = P(h, x)[1] + x.
func specState(keys [][]*big.Int, tensors ...[]int8) *big.Int {
	h := new(big.Int)
	absorb := func(x *big.Int) {
		_, y := specPermutation(keys, h, x)
		h = y.Add(y, x).Mod(y, p)
	}
	absorb(new(big.Int).SetBytes([]byte("sibyl.state.v1")))
	absorb(big.NewInt(int64(len(tensors))))
	for _, t := range tensors {
		absorb(big.NewInt(int64(len(t))))
		for off := 0; off < len(t); off += 31 {
			chunk := new(big.Int)
			for _, v := range t[off:min(off+31, len(t))] {
				chunk.Lsh(chunk, 8).Add(chunk, big.NewInt(int64(v)+128))
			}
			absorb(chunk)
		}
	}
	return h
}

func TestSpecRoundKeysMatchGnarkCrypto(t *testing.T) {
	keys := specRoundKeys()
	params := gcposeidon2.GetDefaultParameters()
	if params.Width != 2 || params.NbFullRounds != fullRounds || params.NbPartialRounds != partialRounds {
		t.Fatalf("gnark-crypto's default instance is %s", params)
	}
	if params.String() != seed {
		t.Fatalf("gnark-crypto's seed is %q", params.String())
	}
	if len(params.RoundKeys) != len(keys) {
		t.Fatalf("%d rounds, gnark-crypto has %d", len(keys), len(params.RoundKeys))
	}
	for r, k := range keys {
		if len(k) != len(params.RoundKeys[r]) {
			t.Fatalf("round %d: %d keys, gnark-crypto has %d", r, len(k), len(params.RoundKeys[r]))
		}
		for j := range k {
			var g big.Int
			params.RoundKeys[r][j].BigInt(&g)
			if g.Cmp(k[j]) != 0 {
				t.Fatalf("round %d key %d: derived %x, gnark-crypto %x", r, j, k[j], &g)
			}
		}
	}
}

func formatRoundKeys(keys [][]*big.Int) string {
	var b strings.Builder
	b.WriteString("# Round keys of sibyl's Poseidon2 instance (BN254 scalar field, width 2, 6 full rounds, 50 partial\n")
	b.WriteString("# rounds, S-box x^5), as specified in docs/program-format.md: one round per line, \"round key...\",\n")
	b.WriteString("# 32-byte big-endian hex, already reduced mod p. Rounds 0-2 and 53-55 are full (two keys), 3-52 partial\n")
	b.WriteString("# (one key, added to the first element). runtime/commit/spec_test.go checks this file against\n")
	b.WriteString("# the derivation and against gnark-crypto v0.21.0.\n")
	for r, k := range keys {
		fmt.Fprintf(&b, "%d", r)
		for _, v := range k {
			fmt.Fprintf(&b, " 0x%064x", v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestRoundKeysFile(t *testing.T) {
	want := formatRoundKeys(specRoundKeys())
	if *updateKeys {
		if err := os.WriteFile(roundKeysFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(roundKeysFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s differs from the derivation (go test ./runtime/commit -run TestRoundKeysFile -update-round-keys rewrites it)", roundKeysFile)
	}
	// The file parses back to the keys, for a reader that uses it instead of
	// deriving them.
	f, err := os.Open(roundKeysFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	keys := specRoundKeys()
	sc := bufio.NewScanner(f)
	r := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if fields[0] != fmt.Sprint(r) || len(fields)-1 != len(keys[r]) {
			t.Fatalf("line %q: want round %d with %d keys", line, r, len(keys[r]))
		}
		for j, h := range fields[1:] {
			v, ok := new(big.Int).SetString(strings.TrimPrefix(h, "0x"), 16)
			if !ok || v.Cmp(keys[r][j]) != 0 {
				t.Fatalf("round %d key %d: %s", r, j, h)
			}
		}
		r++
	}
	if r != fullRounds+partialRounds {
		t.Fatalf("%d rounds in the file", r)
	}
}

func randField(rng *rand.Rand) *big.Int {
	var b [32]byte
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return new(big.Int).Mod(new(big.Int).SetBytes(b[:]), p)
}

func TestSpecMatchesCommit(t *testing.T) {
	keys := specRoundKeys()
	// The permutation itself, against gnark-crypto.
	perm := gcposeidon2.NewDefaultPermutation()
	rng := rand.New(rand.NewPCG(7, 8))
	for range 4 {
		a, b := randField(rng), randField(rng)
		x0, x1 := specPermutation(keys, a, b)
		var buf [2]frElement
		buf[0].SetBigInt(a)
		buf[1].SetBigInt(b)
		if err := perm.Permutation(buf[:]); err != nil {
			t.Fatal(err)
		}
		var g0, g1 big.Int
		buf[0].BigInt(&g0)
		buf[1].BigInt(&g1)
		if g0.Cmp(x0) != 0 || g1.Cmp(x1) != 0 {
			t.Fatalf("P(%x, %x): spec (%x, %x), gnark-crypto (%x, %x)", a, b, x0, x1, &g0, &g1)
		}
	}
	// Test vectors quoted in docs/program-format.md.
	x0, x1 := specPermutation(keys, big.NewInt(0), big.NewInt(1))
	if fmt.Sprintf("0x%064x 0x%064x", x0, x1) != permVector01 {
		t.Fatalf("P(0, 1) = 0x%064x 0x%064x, the document says %s", x0, x1, permVector01)
	}
	// Commitments, against runtime/commit.
	cases := [][][]int8{{}, {{}}, {{-128, 0, 127}}, {{1, 2, 3}, {}, {4}}}
	for range 6 {
		var ts [][]int8
		for range 1 + rng.IntN(3) {
			v := make([]int8, rng.IntN(100))
			for i := range v {
				v[i] = int8(rng.IntN(256) - 128)
			}
			ts = append(ts, v)
		}
		cases = append(cases, ts)
	}
	for i, ts := range cases {
		want := commit.State(ts...)
		var w big.Int
		want.BigInt(&w)
		if got := specState(keys, ts...); got.Cmp(&w) != 0 {
			t.Fatalf("case %d: spec %x, runtime/commit %x", i, got, &w)
		}
	}
}
