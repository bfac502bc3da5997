package keys

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
)

// Source says where a circuit's keys come from.
type Source int

const (
	// Development keys come from a single-party setup run on a cache miss.
	// INSECURE: whoever ran the setup can forge proofs.
	Development Source = iota + 1
	// Ceremony keys come only from a finalized multi-party ceremony installed
	// into the store; a miss is ErrNotFound.
	Ceremony
)

// String returns the directory name of the source.
func (s Source) String() string {
	switch s {
	case Development:
		return "dev"
	case Ceremony:
		return "ceremony"
	}
	return fmt.Sprintf("source(%d)", int(s))
}

// Stage names a step of Store.Keys, reported to a ProgressFunc.
type Stage string

// Stages reported by Store.Keys, in order (a cache hit skips StageSetup and
// StageWrite).
const (
	StageHash  Stage = "hash circuit"
	StageLoad  Stage = "load cached keys"
	StageSetup Stage = "single-party setup"
	StageWrite Stage = "write keys"
	StageDone  Stage = "done"
)

// ProgressFunc is told when Store.Keys enters a stage, with the time elapsed
// since the call began. Setups of large circuits take minutes.
type ProgressFunc func(stage Stage, elapsed time.Duration)

// Store keeps circuit keys under a data directory:
//
//	<dir>/keys/<source>/<circuit hash>/{proving.key,verifying.key}
//
// A pair is written into a temporary directory renamed into place, so that
// concurrent processes sharing the data directory only see complete pairs.
type Store struct {
	root     string
	log      *slog.Logger
	progress ProgressFunc
	now      func() time.Time

	mu     sync.Mutex
	locks  map[string]*sync.Mutex // one per source/circuit: no duplicate setups
	warned map[string]bool        // circuits whose cached dev keys were already warned about
	// warnedAny: the INSECURE warning has been given once.
	warnedAny bool

	mem      *memCache
	memBytes int64
	hashes   sync.Map // *cs.R1CS -> CircuitHash
}

// Option configures a Store.
type Option func(*Store)

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// WithProgress sets a progress callback for Keys.
func WithProgress(f ProgressFunc) Option { return func(s *Store) { s.progress = f } }

// WithClock injects the clock used for progress timings.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithMemoryCache sets the byte budget of the in-memory cache of recently used
// key pairs (default DefaultMemoryCache; 0 disables it).
func WithMemoryCache(bytes int64) Option { return func(s *Store) { s.memBytes = bytes } }

// Open returns the store rooted at the data directory dir, creating
// <dir>/keys if needed.
func Open(dir string, opts ...Option) (*Store, error) {
	if dir == "" {
		return nil, errors.New("keys: empty data directory")
	}
	s := &Store{
		root:     filepath.Join(dir, "keys"),
		log:      slog.Default(),
		now:      time.Now,
		locks:    map[string]*sync.Mutex{},
		warned:   map[string]bool{},
		memBytes: DefaultMemoryCache,
	}
	for _, o := range opts {
		o(s)
	}
	if s.memBytes > 0 {
		s.mem = newMemCache(s.memBytes)
	}
	if err := os.MkdirAll(s.root, 0o755); err != nil {
		return nil, fmt.Errorf("keys: creating store: %w", err)
	}
	return s, nil
}

// Dir returns the directory holding the keys of a circuit from a source.
func (s *Store) Dir(src Source, h CircuitHash) string {
	return filepath.Join(s.root, src.String(), h.String())
}

const (
	pkFile = "proving.key"
	vkFile = "verifying.key"
)

// Keys returns the proving and verifying keys of ccs (a BN254 R1CS) from src.
// For Development, a cache miss or a damaged cache file runs a single-party
// setup and caches the result; for Ceremony, only installed keys are returned.
func (s *Store) Keys(ctx context.Context, ccs constraint.ConstraintSystem, src Source) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	start := s.now()
	s.report(StageHash, start)
	h, err := s.hash(ccs)
	if err != nil {
		return nil, nil, err
	}
	return s.keys(ctx, ccs, h, src, start)
}

// hash returns HashCircuit(ccs), remembered per compiled system (by pointer):
// re-serializing a large circuit for every proof would cost time for
// nothing, as compiled systems are not modified after compilation.
func (s *Store) hash(ccs constraint.ConstraintSystem) (CircuitHash, error) {
	r, err := asR1CS(ccs)
	if err != nil {
		return CircuitHash{}, err
	}
	if h, ok := s.hashes.Load(r); ok {
		return h.(CircuitHash), nil
	}
	h, err := HashCircuit(r)
	if err != nil {
		return h, err
	}
	s.hashes.Store(r, h)
	return h, nil
}

// DevSetup returns development keys for ccs: Keys(ctx, ccs, Development).
func (s *Store) DevSetup(ctx context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	return s.Keys(ctx, ccs, Development)
}

func (s *Store) keys(ctx context.Context, ccs constraint.ConstraintSystem, h CircuitHash, src Source, start time.Time) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	if src != Development && src != Ceremony {
		return nil, nil, fmt.Errorf("keys: unknown source %d", int(src))
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	lock := s.lockFor(src, h)
	lock.Lock()
	defer lock.Unlock()

	s.report(StageLoad, start)
	key := src.String() + "/" + h.String()
	if pk, vk, ok := s.mem.get(key); ok {
		if src == Development {
			s.warnInsecureOnce(h)
		}
		s.report(StageDone, start)
		return pk, vk, nil
	}
	pk, vk, size, err := s.load(src, h)
	replace := err == nil // a cached pair that does not fit is replaced
	switch {
	case err == nil:
		if err := checkShape(ccs, vk); err != nil {
			if src == Ceremony {
				return nil, nil, err
			}
			s.log.Warn("cached development keys do not match the circuit; regenerating", "circuit", h.String(), "err", err)
			break
		}
		if src == Development {
			s.warnInsecureOnce(h)
		}
		s.mem.put(key, pk, vk, size)
		s.report(StageDone, start)
		return pk, vk, nil
	case errors.Is(err, fs.ErrNotExist):
		if src == Ceremony {
			return nil, nil, fmt.Errorf("%w: no ceremony keys for circuit %s in %s (run a ceremony and finalize it into this data directory)", ErrNotFound, h, s.root)
		}
	case errors.Is(err, ErrCorrupt):
		if src == Ceremony {
			return nil, nil, err
		}
		replace = true
		s.log.Warn("cached development keys are damaged; regenerating", "circuit", h.String(), "err", err)
	default:
		return nil, nil, err
	}

	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	r1cs, err := asR1CS(ccs)
	if err != nil {
		return nil, nil, err
	}
	s.warnInsecure(h, "running single-party setup")
	s.report(StageSetup, start)
	var (
		gpk groth16bn254.ProvingKey
		gvk groth16bn254.VerifyingKey
	)
	if err := groth16bn254.Setup(r1cs, &gpk, &gvk); err != nil {
		return nil, nil, fmt.Errorf("keys: groth16 setup of circuit %s: %w", h, err)
	}
	s.report(StageWrite, start)
	installed, size, err := s.install(src, h, &gpk, &gvk, replace)
	if err != nil {
		return nil, nil, err
	}
	if !installed {
		// Another process cached a pair for this circuit meanwhile: use
		// it, so that every user of the data directory shares one key.
		if pk, vk, size, err := s.load(src, h); err == nil {
			s.mem.put(key, pk, vk, size)
			s.report(StageDone, start)
			return pk, vk, nil
		}
	}
	s.mem.put(key, &gpk, &gvk, size)
	s.report(StageDone, start)
	return &gpk, &gvk, nil
}

// Install stores pk and vk as the keys of circuit h from src, replacing any.
// Transcript.Finalize uses it for ceremony keys.
func (s *Store) Install(src Source, h CircuitHash, pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	if src != Development && src != Ceremony {
		return fmt.Errorf("keys: unknown source %d", int(src))
	}
	lock := s.lockFor(src, h)
	lock.Lock()
	defer lock.Unlock()
	s.mem.drop(src.String() + "/" + h.String())
	_, _, err := s.install(src, h, pk, vk, true)
	return err
}

func (s *Store) install(src Source, h CircuitHash, pk groth16.ProvingKey, vk groth16.VerifyingKey, replace bool) (installed bool, size int64, err error) {
	gpk, ok := pk.(*groth16bn254.ProvingKey)
	if !ok {
		return false, 0, fmt.Errorf("%w: proving key %T is not BN254", ErrUnsupported, pk)
	}
	gvk, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return false, 0, fmt.Errorf("%w: verifying key %T is not BN254", ErrUnsupported, vk)
	}
	var pkb, vkb bytes.Buffer
	// Raw (uncompressed) points: loading skips decompression, and the
	// envelope checksum stands in for the subgroup checks UnsafeReadFrom skips.
	if _, err := gpk.WriteRawTo(&pkb); err != nil {
		return false, 0, fmt.Errorf("keys: serializing proving key: %w", err)
	}
	if _, err := gvk.WriteRawTo(&vkb); err != nil {
		return false, 0, fmt.Errorf("keys: serializing verifying key: %w", err)
	}

	// The pair is written into a fresh directory that is then renamed into
	// place, so that readers (and other processes) only ever see a complete,
	// matching pair.
	final := s.Dir(src, h)
	parent := filepath.Dir(final)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return false, 0, err
	}
	tmp, err := os.MkdirTemp(parent, "."+h.String()+".tmp-")
	if err != nil {
		return false, 0, err
	}
	defer os.RemoveAll(tmp) // nothing left to remove once renamed
	if err := os.Chmod(tmp, 0o755); err != nil {
		return false, 0, err
	}
	if err := writeEnvelope(filepath.Join(tmp, pkFile), kindProvingKey, pkb.Bytes()); err != nil {
		return false, 0, fmt.Errorf("keys: writing proving key: %w", err)
	}
	if err := writeEnvelope(filepath.Join(tmp, vkFile), kindVerifyingKey, vkb.Bytes()); err != nil {
		return false, 0, fmt.Errorf("keys: writing verifying key: %w", err)
	}
	err = os.Rename(tmp, final)
	if err != nil && errors.Is(err, fs.ErrExist) && replace {
		// Move the old pair aside first: rename cannot replace a non-empty
		// directory.
		old, terr := os.MkdirTemp(parent, "."+h.String()+".old-")
		if terr != nil {
			return false, 0, terr
		}
		if err := os.Rename(final, filepath.Join(old, "keys")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			_ = os.RemoveAll(old)
			return false, 0, err
		}
		_ = os.RemoveAll(old)
		err = os.Rename(tmp, final)
	}
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return false, 0, nil // another writer's complete pair is in place
		}
		return false, 0, fmt.Errorf("keys: installing keys: %w", err)
	}
	return true, int64(pkb.Len() + vkb.Len()), syncDir(parent)
}

// load reads the keys of h from src. A missing file yields an error wrapping
// fs.ErrNotExist; a damaged one, ErrCorrupt.
func (s *Store) load(src Source, h CircuitHash) (groth16.ProvingKey, groth16.VerifyingKey, int64, error) {
	dir := s.Dir(src, h)
	vkb, err := readEnvelope(filepath.Join(dir, vkFile), kindVerifyingKey)
	if err != nil {
		return nil, nil, 0, err
	}
	pkb, err := readEnvelope(filepath.Join(dir, pkFile), kindProvingKey)
	if err != nil {
		return nil, nil, 0, err
	}
	if err := scanVerifyingKey(vkb); err != nil {
		return nil, nil, 0, fmt.Errorf("%s: %w", dir, err)
	}
	if err := scanProvingKey(pkb); err != nil {
		return nil, nil, 0, fmt.Errorf("%s: %w", dir, err)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readExactly(vk, vkb, false); err != nil {
		return nil, nil, 0, fmt.Errorf("%w: %s: verifying key: %v", ErrCorrupt, dir, err)
	}
	pk := groth16.NewProvingKey(ecc.BN254)
	if err := readExactly(pk, pkb, true); err != nil {
		return nil, nil, 0, fmt.Errorf("%w: %s: proving key: %v", ErrCorrupt, dir, err)
	}
	return pk, vk, int64(len(pkb) + len(vkb)), nil
}

// readExactly decodes b into v and requires that all of b was consumed.
func readExactly(v interface {
	io.ReaderFrom
	UnsafeReadFrom(r io.Reader) (int64, error)
}, b []byte, unsafe bool) error {
	r := bytes.NewReader(b)
	var err error
	if unsafe {
		_, err = v.UnsafeReadFrom(r)
	} else {
		_, err = v.ReadFrom(r)
	}
	if err != nil {
		return err
	}
	if r.Len() != 0 {
		return fmt.Errorf("%d trailing bytes", r.Len())
	}
	return nil
}

// checkShape rejects keys whose public-input count differs from the circuit's
// (a cheap guard against keys filed under the wrong circuit).
func checkShape(ccs constraint.ConstraintSystem, vk groth16.VerifyingKey) error {
	want := ccs.GetNbPublicVariables() - 1 // the constant-one wire is not an input
	if got := vk.NbPublicWitness(); got != want {
		return fmt.Errorf("%w: verifying key has %d public inputs, circuit has %d", ErrCorrupt, got, want)
	}
	return nil
}

func (s *Store) lockFor(src Source, h CircuitHash) *sync.Mutex {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := src.String() + "/" + h.String()
	l, ok := s.locks[k]
	if !ok {
		l = new(sync.Mutex)
		s.locks[k] = l
	}
	return l
}

func (s *Store) report(stage Stage, start time.Time) {
	if s.progress != nil {
		s.progress(stage, s.now().Sub(start))
	}
}

// warnInsecureOnce warns about using cached development keys, once per
// circuit and Store (a prover asks for them for every proof).
func (s *Store) warnInsecureOnce(h CircuitHash) {
	s.mu.Lock()
	done := s.warned[h.String()]
	s.warned[h.String()] = true
	s.mu.Unlock()
	if !done {
		s.warnInsecure(h, "loaded from cache")
	}
}

// warnInsecure warns once per Store at warn level (a process normally has
// one Store, so the warning appears once); later circuits are logged at debug.
func (s *Store) warnInsecure(h CircuitHash, what string) {
	s.mu.Lock()
	first := !s.warnedAny
	s.warnedAny = true
	s.mu.Unlock()
	if !first {
		s.log.Debug("development keys (INSECURE)", "circuit", h.String(), "keys", what)
		return
	}
	s.log.Warn("INSECURE DEVELOPMENT KEYS: single-party Groth16 setup; whoever ran it can forge proofs for this circuit. Use keys from a multi-party ceremony (sibyl ceremony) in production.",
		"circuit", h.String(), "keys", what)
}
