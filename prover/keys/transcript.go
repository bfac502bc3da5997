package keys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// A Transcript is a multi-party Groth16 setup ceremony on disk (gnark's
// mpcsetup, BGM17): phase 1 ("powers of tau", circuit-independent) and, for
// every circuit, phase 2. Layout of the directory:
//
//	ceremony.json                  format, curve, phase 1 power
//	phase1/0001.ph1, 0002.ph1 ...  phase 1 contributions, in order
//	phase1/beacon                  random beacon that sealed phase 1 (hex)
//	phase1/sealed.srs              sealed phase 1 parameters
//	phase2/<circuit hash>/0000.ph2       phase 2 starting point (derived)
//	phase2/<circuit hash>/0001.ph2 ...   phase 2 contributions
//	phase2/<circuit hash>/beacon         random beacon of the finalization (hex)
//	phase2/<circuit hash>/verifying.key  the resulting verifying key
//
// Every file is an envelope with a checksum (see envelope.go). Everything but
// the contributions is derived deterministically and recomputed by Verify.
// Contributions are sequential: each one starts from the latest. A
// Transcript is not safe for concurrent use.
//
// The transcript holds no constraint systems: gnark's R1CS decoder is not
// hardened against hostile bytes (it can panic in its own goroutines), so
// whoever verifies or finalizes a circuit compiles it themselves (e.g. from
// the program) and passes it in; it is matched by its hash.
type Transcript struct {
	dir      string
	power    int
	n        uint64
	log      *slog.Logger
	progress CeremonyProgress
	now      func() time.Time

	// verified caches the sealed phase 1 once this process has verified it,
	// so that finalizing many circuits verifies phase 1 once.
	verified *mpcsetup.SrsCommons
	// bases caches the Lagrange bases of the sealed phase 1 by domain size.
	bases map[int]*lagrangeBasis
}

// CeremonyProgress is told about long ceremony steps: what is being done and,
// for loops over contributions, the position (done of total; 0 of 0 when not
// a loop) and the time elapsed since the operation began.
type CeremonyProgress func(step string, done, total int, elapsed time.Duration)

// TranscriptOption configures a Transcript.
type TranscriptOption func(*Transcript)

// WithCeremonyProgress sets a progress callback.
func WithCeremonyProgress(f CeremonyProgress) TranscriptOption {
	return func(t *Transcript) { t.progress = f }
}

// WithCeremonyLogger sets the logger (default slog.Default()).
func WithCeremonyLogger(l *slog.Logger) TranscriptOption {
	return func(t *Transcript) { t.log = l }
}

// WithCeremonyClock injects the clock used for progress timings.
func WithCeremonyClock(now func() time.Time) TranscriptOption {
	return func(t *Transcript) { t.now = now }
}

// Phase 1 sizes: the domain holds 2^power constraints.
const (
	MinPower = 2
	MaxPower = 28
)

const (
	transcriptFormat = "sibyl-ceremony/1"
	manifestFile     = "ceremony.json"
	phase1Dir        = "phase1"
	phase2Dir        = "phase2"
	sealedFile       = "sealed.srs"
	beaconFile       = "beacon"
	phase1Ext        = ".ph1"
	phase2Ext        = ".ph2"
)

type manifest struct {
	Format string `json:"format"`
	Curve  string `json:"curve"`
	Power  int    `json:"power"`
}

// Contribution identifies one contribution in a transcript. Hash is SHA-256
// of its serialization: the next contribution's challenge, and the value a
// contributor publishes so that anyone can check it is in the final chain.
type Contribution struct {
	Index int
	Hash  [32]byte
	Path  string
}

// InitTranscript starts a ceremony in dir (which must not exist or be empty)
// for circuits of up to 2^power constraints.
func InitTranscript(dir string, power int, opts ...TranscriptOption) (*Transcript, error) {
	if power < MinPower || power > MaxPower {
		return nil, fmt.Errorf("%w: power %d outside [%d, %d]", ErrTranscript, power, MinPower, MaxPower)
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if len(entries) != 0 {
		return nil, fmt.Errorf("%w: %s is not empty", ErrTranscript, dir)
	}
	b, err := json.MarshalIndent(manifest{Format: transcriptFormat, Curve: "bn254", Power: power}, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(dir, manifestFile), append(b, '\n')); err != nil {
		return nil, fmt.Errorf("keys: writing manifest: %w", err)
	}
	return OpenTranscript(dir, opts...)
}

// OpenTranscript opens the ceremony in dir.
func OpenTranscript(dir string, opts ...TranscriptOption) (*Transcript, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s has no %s (not a ceremony directory; run ceremony init)", ErrTranscript, dir, manifestFile)
		}
		return nil, err
	}
	var m manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrTranscript, manifestFile, err)
	}
	if m.Format != transcriptFormat {
		return nil, fmt.Errorf("%w: %s: format %q, want %q", ErrTranscript, manifestFile, m.Format, transcriptFormat)
	}
	if m.Curve != "bn254" {
		return nil, fmt.Errorf("%w: %s: curve %q, want bn254", ErrTranscript, manifestFile, m.Curve)
	}
	if m.Power < MinPower || m.Power > MaxPower {
		return nil, fmt.Errorf("%w: %s: power %d outside [%d, %d]", ErrTranscript, manifestFile, m.Power, MinPower, MaxPower)
	}
	t := &Transcript{dir: dir, power: m.Power, n: 1 << m.Power, log: slog.Default(), now: time.Now, bases: map[int]*lagrangeBasis{}}
	for _, o := range opts {
		o(t)
	}
	return t, nil
}

// Dir returns the transcript directory.
func (t *Transcript) Dir() string { return t.dir }

// Power returns the phase 1 size: circuits of up to 2^Power constraints.
func (t *Transcript) Power() int { return t.power }

func (t *Transcript) report(step string, done, total int, start time.Time) {
	if t.progress != nil {
		t.progress(step, done, total, t.now().Sub(start))
	}
}

// ---- phase 1 ----

func (t *Transcript) phase1Path(i int) string {
	return filepath.Join(t.dir, phase1Dir, fmt.Sprintf("%04d%s", i, phase1Ext))
}

// Phase1Sealed reports whether phase 1 has been sealed with a beacon.
func (t *Transcript) Phase1Sealed() (bool, error) {
	return exists(filepath.Join(t.dir, phase1Dir, sealedFile))
}

// Phase1Contributions returns the number of phase 1 contributions.
func (t *Transcript) Phase1Contributions() (int, error) {
	return countContributions(filepath.Join(t.dir, phase1Dir), phase1Ext, 1)
}

// ContributePhase1 adds a phase 1 contribution with fresh randomness (from
// crypto/rand) on top of the latest one. The randomness is never stored.
func (t *Transcript) ContributePhase1(ctx context.Context) (Contribution, error) {
	start := t.now()
	if sealed, err := t.Phase1Sealed(); err != nil {
		return Contribution{}, err
	} else if sealed {
		return Contribution{}, fmt.Errorf("%w: phase 1 is sealed; contribute to a circuit's phase 2", ErrTranscript)
	}
	k, err := t.Phase1Contributions()
	if err != nil {
		return Contribution{}, err
	}
	var prev []byte // nil: start from the initial state
	if k > 0 {
		t.report(fmt.Sprintf("phase 1: load contribution %d", k), 0, 0, start)
		if _, _, prev, err = t.loadPhase1(k); err != nil {
			return Contribution{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	t.report("phase 1: contribute", 0, 0, start)
	payload, err := contributePhase1(prev, t.n)
	if err != nil {
		return Contribution{}, err
	}
	path := t.phase1Path(k + 1)
	t.report("phase 1: write", 0, 0, start)
	if err := writeFileExclusive(path, sealEnvelope(kindPhase1, payload)); err != nil {
		return Contribution{}, fmt.Errorf("keys: writing %s: %w", path, err)
	}
	c := Contribution{Index: k + 1, Hash: sha256.Sum256(payload), Path: path}
	t.log.Info("ceremony: phase 1 contribution written", "index", c.Index, "hash", hex.EncodeToString(c.Hash[:]))
	return c, nil
}

// loadPhase1 reads, structurally checks and decodes contribution i; it also
// returns its hash and its (canonical) serialization.
func (t *Transcript) loadPhase1(i int) (*mpcsetup.Phase1, [32]byte, []byte, error) {
	path := t.phase1Path(i)
	b, err := readEnvelope(path, kindPhase1)
	if err != nil {
		return nil, [32]byte{}, nil, fmt.Errorf("%w: phase 1 contribution %d: %w", ErrBadContribution, i, err)
	}
	if err := scanPhase1(b, t.n); err != nil {
		return nil, [32]byte{}, nil, fmt.Errorf("phase 1 contribution %d (%s): %w", i, path, err)
	}
	p := new(mpcsetup.Phase1)
	if err := decodeCanonical(p, b); err != nil {
		return nil, [32]byte{}, nil, fmt.Errorf("%w: phase 1 contribution %d (%s): %v", ErrBadContribution, i, path, err)
	}
	return p, sha256.Sum256(b), b, nil
}

// verifyPhase1 checks the phase 1 chain and returns its contributions and the
// serialization of the last one (nil if there is none).
func (t *Transcript) verifyPhase1(ctx context.Context, start time.Time) ([]Contribution, []byte, error) {
	k, err := t.Phase1Contributions()
	if err != nil {
		return nil, nil, err
	}
	prev := mpcsetup.NewPhase1(t.n)
	var out []Contribution
	var last []byte
	for i := 1; i <= k; i++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		t.report("phase 1: verify contribution", i, k, start)
		next, h, b, err := t.loadPhase1(i)
		if err != nil {
			return nil, nil, err
		}
		if err := prev.Verify(next); err != nil {
			return nil, nil, fmt.Errorf("%w: phase 1 contribution %d: %v", ErrBadContribution, i, err)
		}
		out = append(out, Contribution{Index: i, Hash: h, Path: t.phase1Path(i)})
		prev, last = next, b
	}
	return out, last, nil
}

// SealPhase1 verifies phase 1 and seals it with a public random beacon chosen
// after the last contribution (e.g. a future drand round or block hash). After
// sealing, phase 1 takes no more contributions and circuits can enter phase 2.
func (t *Transcript) SealPhase1(ctx context.Context, beacon []byte) error {
	start := t.now()
	if len(beacon) == 0 {
		return fmt.Errorf("%w: empty beacon", ErrTranscript)
	}
	if sealed, err := t.Phase1Sealed(); err != nil {
		return err
	} else if sealed {
		return fmt.Errorf("%w: phase 1 is already sealed", ErrTranscript)
	}
	contribs, last, err := t.verifyPhase1(ctx, start)
	if err != nil {
		return err
	}
	if len(contribs) == 0 {
		return fmt.Errorf("%w: phase 1 has no contributions to seal", ErrTranscript)
	}
	t.report("phase 1: seal with beacon", 0, 0, start)
	commons, err := sealPhase1(last, t.n, beacon)
	if err != nil {
		return err
	}
	payload, err := writerToBytes(commons)
	if err != nil {
		return err
	}
	dir := filepath.Join(t.dir, phase1Dir)
	if err := writeFileAtomic(filepath.Join(dir, beaconFile), []byte(hex.EncodeToString(beacon)+"\n")); err != nil {
		return err
	}
	if err := writeEnvelope(filepath.Join(dir, sealedFile), kindSRS, payload); err != nil {
		return err
	}
	t.log.Info("ceremony: phase 1 sealed", "contributions", len(contribs), "beacon", hex.EncodeToString(beacon))
	return nil
}

// loadSRS reads the sealed phase 1 parameters (as written; Verify recomputes
// them).
func (t *Transcript) loadSRS() (*mpcsetup.SrsCommons, []byte, error) {
	path := filepath.Join(t.dir, phase1Dir, sealedFile)
	b, err := readEnvelope(path, kindSRS)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, fmt.Errorf("%w: phase 1 is not sealed (run phase 2 init with a beacon)", ErrTranscript)
		}
		return nil, nil, err
	}
	if err := scanSRS(b, t.n); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	c := new(mpcsetup.SrsCommons)
	if err := decodeCanonical(c, b); err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
	}
	return c, b, nil
}

func readBeacon(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	beacon, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(beacon) == 0 {
		return nil, fmt.Errorf("%w: %s is not a hex beacon", ErrTranscript, path)
	}
	return beacon, nil
}

// truncateSRS restricts phase 1 parameters to a domain of size n: the first
// powers of the same τ (and α, β), a valid smaller SRS. Each circuit's keys
// use the smallest domain that fits it, as gnark's own setup does, so that a
// ceremony sized for the largest circuit does not slow the proving of smaller
// ones.
func truncateSRS(c *mpcsetup.SrsCommons, n uint64) *mpcsetup.SrsCommons {
	var out mpcsetup.SrsCommons
	out.G1.Tau = c.G1.Tau[:2*n-1]
	out.G1.AlphaTau = c.G1.AlphaTau[:n]
	out.G1.BetaTau = c.G1.BetaTau[:n]
	out.G2.Tau = c.G2.Tau[:n]
	out.G2.Beta = c.G2.Beta
	return &out
}

// ---- phase 2 ----

func (t *Transcript) phase2Dir(h CircuitHash) string {
	return filepath.Join(t.dir, phase2Dir, h.String())
}

func (t *Transcript) phase2Path(h CircuitHash, i int) string {
	return filepath.Join(t.phase2Dir(h), fmt.Sprintf("%04d%s", i, phase2Ext))
}

// Circuits lists the circuits that entered phase 2, in hash order.
func (t *Transcript) Circuits() ([]CircuitHash, error) {
	entries, err := os.ReadDir(filepath.Join(t.dir, phase2Dir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []CircuitHash
	for _, e := range entries {
		h, err := ParseCircuitHash(e.Name())
		if err != nil || !e.IsDir() {
			return nil, fmt.Errorf("%w: unexpected entry %q in %s", ErrTranscript, e.Name(), phase2Dir)
		}
		// A directory without a starting point is an interrupted InitPhase2.
		if ok, err := exists(t.phase2Path(h, 0)); err != nil {
			return nil, err
		} else if ok {
			out = append(out, h)
		}
	}
	return out, nil
}

// FindCircuit resolves a hex prefix (at least 8 digits) of a circuit hash in
// phase 2.
func (t *Transcript) FindCircuit(prefix string) (CircuitHash, error) {
	prefix = strings.ToLower(strings.TrimPrefix(prefix, "0x"))
	if len(prefix) < 8 {
		return CircuitHash{}, fmt.Errorf("%w: circuit hash prefix %q is shorter than 8 hex digits", ErrTranscript, prefix)
	}
	all, err := t.Circuits()
	if err != nil {
		return CircuitHash{}, err
	}
	var found []CircuitHash
	for _, h := range all {
		if strings.HasPrefix(h.String(), prefix) {
			found = append(found, h)
		}
	}
	switch len(found) {
	case 0:
		return CircuitHash{}, fmt.Errorf("%w: no circuit %s in phase 2 (run phase2-init)", ErrTranscript, prefix)
	case 1:
		return found[0], nil
	}
	return CircuitHash{}, fmt.Errorf("%w: circuit prefix %s is ambiguous", ErrTranscript, prefix)
}

// Phase2Contributions returns the number of phase 2 contributions to h.
func (t *Transcript) Phase2Contributions(h CircuitHash) (int, error) {
	if ok, err := exists(t.phase2Path(h, 0)); err != nil {
		return 0, err
	} else if !ok {
		return 0, fmt.Errorf("%w: circuit %s has not entered phase 2", ErrTranscript, h)
	}
	return countContributions(t.phase2Dir(h), phase2Ext, 0)
}

// Finalized reports whether circuit h's phase 2 has been finalized.
func (t *Transcript) Finalized(h CircuitHash) (bool, error) {
	return exists(filepath.Join(t.phase2Dir(h), vkFile))
}

// domainFor returns the domain size of a circuit's keys.
func (t *Transcript) domainFor(r *cs.R1CS) (uint64, error) {
	n := ecc.NextPowerOfTwo(uint64(r.GetNbConstraints()))
	if n < 2 {
		n = 2
	}
	if n > t.n {
		return 0, fmt.Errorf("%w: circuit has %d constraints, more than this ceremony's 2^%d", ErrTranscript, r.GetNbConstraints(), t.power)
	}
	return n, nil
}

// InitPhase2 starts phase 2 for a circuit: it derives the starting parameters
// from the sealed phase 1 and the constraint system (a deterministic step that
// Verify repeats) and stores both in the transcript.
func (t *Transcript) InitPhase2(ctx context.Context, ccs constraint.ConstraintSystem) (CircuitHash, error) {
	start := t.now()
	r, err := asR1CS(ccs)
	if err != nil {
		return CircuitHash{}, err
	}
	if len(r.CommitmentInfo.(constraint.Groth16Commitments)) != 0 {
		// gnark's mpcsetup supports them, but sibyl's verifier does not.
		return CircuitHash{}, fmt.Errorf("%w: circuit uses gnark's commitment extension", ErrUnsupported)
	}
	h, err := HashCircuit(ccs)
	if err != nil {
		return CircuitHash{}, err
	}
	if ok, err := exists(t.phase2Path(h, 0)); err != nil {
		return h, err
	} else if ok {
		return h, fmt.Errorf("%w: circuit %s is already in phase 2", ErrTranscript, h)
	}
	n, err := t.domainFor(r)
	if err != nil {
		return h, err
	}
	t.report("phase 2: load sealed phase 1", 0, 0, start)
	commons, _, err := t.loadSRS()
	if err != nil {
		return h, err
	}
	if err := ctx.Err(); err != nil {
		return h, err
	}
	t.report(fmt.Sprintf("phase 2: Lagrange basis of size 2^%d", log2Exact(int(n))), 0, 0, start)
	lag, err := t.lagrange(commons, int(n), true)
	if err != nil {
		return h, err
	}
	t.report("phase 2: derive starting parameters", 0, 0, start)
	p, _, err := initPhase2(r, truncateSRS(commons, n), lag)
	if err != nil {
		return h, err
	}
	payload, err := writerToBytes(p)
	if err != nil {
		return h, err
	}
	return h, writeFileExclusive(t.phase2Path(h, 0), sealEnvelope(kindPhase2, payload))
}

// ContributePhase2 adds a phase 2 contribution to circuit h with fresh
// randomness (from crypto/rand) on top of the latest one.
func (t *Transcript) ContributePhase2(ctx context.Context, h CircuitHash) (Contribution, error) {
	start := t.now()
	k, err := t.Phase2Contributions(h)
	if err != nil {
		return Contribution{}, err
	}
	if done, err := t.Finalized(h); err != nil {
		return Contribution{}, err
	} else if done {
		return Contribution{}, fmt.Errorf("%w: circuit %s is finalized", ErrTranscript, h)
	}
	t.report(fmt.Sprintf("phase 2: load contribution %d", k), 0, 0, start)
	p, _, _, err := t.loadPhase2(h, k)
	if err != nil {
		return Contribution{}, err
	}
	if err := ctx.Err(); err != nil {
		return Contribution{}, err
	}
	t.report("phase 2: contribute", 0, 0, start)
	p.Contribute()
	payload, err := writerToBytes(p)
	if err != nil {
		return Contribution{}, err
	}
	path := t.phase2Path(h, k+1)
	t.report("phase 2: write", 0, 0, start)
	if err := writeFileExclusive(path, sealEnvelope(kindPhase2, payload)); err != nil {
		return Contribution{}, fmt.Errorf("keys: writing %s: %w", path, err)
	}
	c := Contribution{Index: k + 1, Hash: sha256.Sum256(payload), Path: path}
	t.log.Info("ceremony: phase 2 contribution written", "circuit", h.String(), "index", c.Index, "hash", hex.EncodeToString(c.Hash[:]))
	return c, nil
}

func (t *Transcript) loadPhase2(h CircuitHash, i int) (*mpcsetup.Phase2, phase2Shape, [32]byte, error) {
	path := t.phase2Path(h, i)
	b, err := readEnvelope(path, kindPhase2)
	if err != nil {
		return nil, phase2Shape{}, [32]byte{}, fmt.Errorf("%w: phase 2 contribution %d: %w", ErrBadContribution, i, err)
	}
	shape, err := scanPhase2(b, i == 0)
	if err != nil {
		return nil, shape, [32]byte{}, fmt.Errorf("phase 2 contribution %d (%s): %w", i, path, err)
	}
	p := new(mpcsetup.Phase2)
	if err := decodeCanonical(p, b); err != nil {
		return nil, shape, [32]byte{}, fmt.Errorf("%w: phase 2 contribution %d (%s): %v", ErrBadContribution, i, path, err)
	}
	return p, shape, sha256.Sum256(b), nil
}

// ---- verification ----

// CircuitReport is the verified phase 2 record of one circuit.
type CircuitReport struct {
	Circuit CircuitHash
	// Checked is false when the circuit was not supplied to Verify: its
	// phase 2 could not be checked, and the other fields are unset.
	Checked       bool
	Constraints   int
	Contributions []Contribution
	// Finalized is set when the circuit's keys were finalized; VerifyingKey is
	// then the verifying key, recomputed and checked against the stored one.
	Finalized    bool
	VerifyingKey groth16.VerifyingKey
}

// Report is the result of verifying a transcript.
type Report struct {
	Power  int
	Phase1 []Contribution
	Sealed bool
	// Circuits are the circuits that entered phase 2, in hash order.
	Circuits []CircuitReport
}

// Verify checks the transcript: every phase 1 contribution and, for each
// circuit in phase 2 that is among circuits (matched by hash; others are
// reported unchecked), every phase 2 contribution (well-formed encoding,
// points in the subgroup, proof of knowledge of the contributor's secret,
// consistent update of every element, chained to the previous contribution's
// hash), and every derived file (sealed phase 1, phase 2 starting points,
// final verifying keys), which it recomputes.
func (t *Transcript) Verify(ctx context.Context, circuits ...constraint.ConstraintSystem) (*Report, error) {
	start := t.now()
	rep := &Report{Power: t.power}
	var err error
	var last []byte
	if rep.Phase1, last, err = t.verifyPhase1(ctx, start); err != nil {
		return nil, err
	}
	if rep.Sealed, err = t.Phase1Sealed(); err != nil || !rep.Sealed {
		return rep, err
	}
	commons, err := t.checkSealed(last, start)
	if err != nil {
		return nil, err
	}
	supplied := map[CircuitHash]*cs.R1CS{}
	for _, ccs := range circuits {
		r, err := asR1CS(ccs)
		if err != nil {
			return nil, err
		}
		h, err := HashCircuit(r)
		if err != nil {
			return nil, err
		}
		supplied[h] = r
	}
	present, err := t.Circuits()
	if err != nil {
		return nil, err
	}
	for _, h := range present {
		r, ok := supplied[h]
		if !ok {
			rep.Circuits = append(rep.Circuits, CircuitReport{Circuit: h})
			continue
		}
		cr, _, err := t.verifyPhase2(ctx, h, r, commons, start)
		if err != nil {
			return nil, err
		}
		rep.Circuits = append(rep.Circuits, *cr)
	}
	return rep, nil
}

// checkSealed recomputes the sealed phase 1 parameters from the last
// contribution and the recorded beacon and compares them with the stored ones.
func (t *Transcript) checkSealed(last []byte, start time.Time) (*mpcsetup.SrsCommons, error) {
	if k, err := t.Phase1Contributions(); err != nil {
		return nil, err
	} else if k == 0 {
		return nil, fmt.Errorf("%w: phase 1 is sealed without contributions", ErrTranscript)
	}
	beacon, err := readBeacon(filepath.Join(t.dir, phase1Dir, beaconFile))
	if err != nil {
		return nil, err
	}
	t.report("phase 1: recompute sealed parameters", 0, 0, start)
	commons, err := sealPhase1(last, t.n, beacon)
	if err != nil {
		return nil, err
	}
	want, err := writerToBytes(commons)
	if err != nil {
		return nil, err
	}
	_, stored, err := t.loadSRS()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(want, stored) {
		return nil, fmt.Errorf("%w: sealed phase 1 parameters do not follow from the contributions and the beacon", ErrTranscript)
	}
	t.verified = commons
	return commons, nil
}

// verifyPhase2 checks circuit h's phase 2 chain on top of verified phase 1
// parameters; it returns the report and the last contribution.
func (t *Transcript) verifyPhase2(ctx context.Context, h CircuitHash, r *cs.R1CS, commons *mpcsetup.SrsCommons, start time.Time) (*CircuitReport, *phase2State, error) {
	k, err := t.Phase2Contributions(h)
	if err != nil {
		return nil, nil, err
	}
	if len(r.CommitmentInfo.(constraint.Groth16Commitments)) != 0 {
		return nil, nil, fmt.Errorf("%w: circuit uses gnark's commitment extension", ErrUnsupported)
	}
	n, err := t.domainFor(r)
	if err != nil {
		return nil, nil, err
	}
	st := &phase2State{r1cs: r, commons: truncateSRS(commons, n)}
	t.report(fmt.Sprintf("phase 2 %s: Lagrange basis of size 2^%d", h.String()[:12], log2Exact(int(n))), 0, 0, start)
	lag, err := t.lagrange(commons, int(n), false)
	if err != nil {
		return nil, nil, err
	}
	t.report(fmt.Sprintf("phase 2 %s: recompute starting parameters", h.String()[:12]), 0, 0, start)
	prev, evals, err := initPhase2(r, st.commons, lag)
	if err != nil {
		return nil, nil, err
	}
	st.evals = *evals
	want, err := writerToBytes(prev)
	if err != nil {
		return nil, nil, err
	}
	stored, err := readEnvelope(t.phase2Path(h, 0), kindPhase2)
	if err != nil {
		return nil, nil, err
	}
	if !bytes.Equal(want, stored) {
		return nil, nil, fmt.Errorf("%w: circuit %s: stored phase 2 starting point does not follow from phase 1 and the circuit", ErrTranscript, h)
	}
	shape, err := scanPhase2(want, true)
	if err != nil {
		return nil, nil, err
	}
	cr := &CircuitReport{Circuit: h, Checked: true, Constraints: r.GetNbConstraints()}
	for i := 1; i <= k; i++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		t.report(fmt.Sprintf("phase 2 %s: verify contribution", h.String()[:12]), i, k, start)
		next, s, hash, err := t.loadPhase2(h, i)
		if err != nil {
			return nil, nil, err
		}
		if !s.equal(shape) {
			return nil, nil, fmt.Errorf("%w: circuit %s: contribution %d has shape %s, want %s", ErrBadContribution, h, i, s, shape)
		}
		if err := prev.Verify(next); err != nil {
			return nil, nil, fmt.Errorf("%w: circuit %s: phase 2 contribution %d: %v", ErrBadContribution, h, i, err)
		}
		cr.Contributions = append(cr.Contributions, Contribution{Index: i, Hash: hash, Path: t.phase2Path(h, i)})
		prev = next
	}
	st.last = prev
	if cr.Finalized, err = t.Finalized(h); err != nil {
		return nil, nil, err
	}
	if cr.Finalized {
		if k == 0 {
			return nil, nil, fmt.Errorf("%w: circuit %s is finalized without contributions", ErrTranscript, h)
		}
		beacon, err := readBeacon(filepath.Join(t.phase2Dir(h), beaconFile))
		if err != nil {
			return nil, nil, err
		}
		t.report(fmt.Sprintf("phase 2 %s: recompute keys", h.String()[:12]), 0, 0, start)
		pk, vk := st.last.Seal(st.commons, &st.evals, beacon)
		want, err := writerToBytes(vk)
		if err != nil {
			return nil, nil, err
		}
		stored, err := readEnvelope(filepath.Join(t.phase2Dir(h), vkFile), kindVerifyingKey)
		if err != nil {
			return nil, nil, err
		}
		if !bytes.Equal(want, stored) {
			return nil, nil, fmt.Errorf("%w: circuit %s: stored verifying key does not follow from the contributions and the beacon", ErrTranscript, h)
		}
		cr.VerifyingKey = vk
		st.last = nil // sealed: no longer a valid contribution
		st.pk, st.vk, st.beacon = pk, vk, beacon
	}
	return cr, st, nil
}

type phase2State struct {
	r1cs    *cs.R1CS
	commons *mpcsetup.SrsCommons
	evals   mpcsetup.Phase2Evaluations
	last    *mpcsetup.Phase2 // nil once finalized

	// For a finalized circuit: the recomputed keys and the recorded beacon.
	pk     groth16.ProvingKey
	vk     groth16.VerifyingKey
	beacon []byte
}

// Finalize verifies phase 1 and the phase 2 of circuit ccs, seals phase 2
// with a public random beacon chosen after the last contribution, records the
// verifying key in the transcript, and installs the keys into store as
// Ceremony keys (store may be nil).
//
// Sealing is deterministic, so for a circuit that is already finalized
// Finalize re-derives the same keys from the transcript and its recorded
// beacon (beacon must then be empty or equal to it) and installs them: this is
// how every operator obtains the keys from the public transcript.
func (t *Transcript) Finalize(ctx context.Context, ccs constraint.ConstraintSystem, beacon []byte, store *Store) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	start := t.now()
	r, err := asR1CS(ccs)
	if err != nil {
		return nil, nil, err
	}
	h, err := HashCircuit(r)
	if err != nil {
		return nil, nil, err
	}
	done, err := t.Finalized(h)
	if err != nil {
		return nil, nil, err
	}
	if len(beacon) == 0 && !done {
		return nil, nil, fmt.Errorf("%w: empty beacon", ErrTranscript)
	}
	commons := t.verified
	if commons == nil {
		_, last, err := t.verifyPhase1(ctx, start)
		if err != nil {
			return nil, nil, err
		}
		if commons, err = t.checkSealed(last, start); err != nil {
			return nil, nil, err
		}
	}
	cr, st, err := t.verifyPhase2(ctx, h, r, commons, start)
	if err != nil {
		return nil, nil, err
	}
	if len(cr.Contributions) == 0 {
		return nil, nil, fmt.Errorf("%w: circuit %s has no phase 2 contributions", ErrTranscript, h)
	}
	var (
		pk groth16.ProvingKey
		vk groth16.VerifyingKey
	)
	if cr.Finalized {
		if len(beacon) != 0 && !bytes.Equal(beacon, st.beacon) {
			return nil, nil, fmt.Errorf("%w: circuit %s was finalized with beacon %x, not %x", ErrTranscript, h, st.beacon, beacon)
		}
		pk, vk = st.pk, st.vk
	} else {
		t.report("phase 2: seal with beacon", 0, 0, start)
		pk, vk = st.last.Seal(st.commons, &st.evals, beacon)
		vkBytes, err := writerToBytes(vk)
		if err != nil {
			return nil, nil, err
		}
		if err := writeFileAtomic(filepath.Join(t.phase2Dir(h), beaconFile), []byte(hex.EncodeToString(beacon)+"\n")); err != nil {
			return nil, nil, err
		}
		if err := writeEnvelope(filepath.Join(t.phase2Dir(h), vkFile), kindVerifyingKey, vkBytes); err != nil {
			return nil, nil, err
		}
		t.log.Info("ceremony: phase 2 finalized", "circuit", h.String(), "contributions", len(cr.Contributions), "beacon", hex.EncodeToString(beacon))
	}
	if store != nil {
		t.report("install keys", 0, 0, start)
		if err := store.Install(Ceremony, h, pk, vk); err != nil {
			return nil, nil, err
		}
	}
	return pk, vk, nil
}

// ---- helpers ----

// decodeCanonical decodes b into v, requiring that all of b is consumed and
// that re-encoding gives b back, so that the SHA-256 of the file is the hash
// gnark chains contributions with.
func decodeCanonical(v interface {
	io.ReaderFrom
	io.WriterTo
}, b []byte) error {
	r := bytes.NewReader(b)
	if _, err := v.ReadFrom(r); err != nil {
		return err
	}
	if r.Len() != 0 {
		return fmt.Errorf("%d trailing bytes", r.Len())
	}
	again, err := writerToBytes(v)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, b) {
		return errors.New("non-canonical encoding")
	}
	return nil
}

func countContributions(dir, ext string, first int) (int, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var idx []int
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ext) {
			continue
		}
		i, err := strconv.Atoi(strings.TrimSuffix(name, ext))
		if err != nil || i < 0 || fmt.Sprintf("%04d%s", i, ext) != name {
			return 0, fmt.Errorf("%w: unexpected file %s in %s", ErrTranscript, name, dir)
		}
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for j, i := range idx {
		if i != first+j {
			return 0, fmt.Errorf("%w: %s: contribution %d missing (found %d)", ErrTranscript, dir, first+j, i)
		}
	}
	if len(idx) == 0 {
		return 0, nil
	}
	return idx[len(idx)-1], nil
}

func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	if err == nil {
		return true, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return false, err
}

// CircuitStatus is the state of one circuit's phase 2, read without
// verification.
type CircuitStatus struct {
	Circuit       CircuitHash
	Contributions int
	Finalized     bool
}

// Status is the state of a transcript, read without verification (cheap):
// what a coordinator needs to know whose turn it is.
type Status struct {
	Power    int
	Phase1   int
	Sealed   bool
	Circuits []CircuitStatus
}

// Status reports the transcript's state without checking any contribution.
func (t *Transcript) Status() (*Status, error) {
	st := &Status{Power: t.power}
	var err error
	if st.Phase1, err = t.Phase1Contributions(); err != nil {
		return nil, err
	}
	if st.Sealed, err = t.Phase1Sealed(); err != nil {
		return nil, err
	}
	circuits, err := t.Circuits()
	if err != nil {
		return nil, err
	}
	for _, h := range circuits {
		cs := CircuitStatus{Circuit: h}
		if cs.Contributions, err = t.Phase2Contributions(h); err != nil {
			return nil, err
		}
		if cs.Finalized, err = t.Finalized(h); err != nil {
			return nil, err
		}
		st.Circuits = append(st.Circuits, cs)
	}
	return st, nil
}
