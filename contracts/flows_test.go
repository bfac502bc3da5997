package contracts_test

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// classifierGas is ExampleClassifier.CALLBACK_GAS.
const classifierGas = 150_000

const (
	routeAttested   = 1
	routeOptimistic = 2
	routeProven     = 4
)

// Request status values (Coprocessor.Status).
const (
	stPending   = 1
	stDelivered = 2
	stFinalized = 3
	stRefunded  = 4
)

// Game status values (DisputeGame.Status).
const (
	gOpen          = 1
	gDefenderWon   = 2
	gChallengerWon = 3
)

// toySizes are the toy model's registered sizes: the identity on 1..1024 bytes.
var toySizes = bindings.ModelRegistrySizes{MinInput: 1, MaxInput: 1024, MinOutput: 1, MaxOutput: 1024}

// modelParams are registration parameters with the given keys, fee and sizes.
func modelParams(programHash [32]byte, steps uint64, stepKeyRoot, programVkHash [32]byte, fee *big.Int, sizes bindings.ModelRegistrySizes) bindings.ModelRegistryModelParams {
	return bindings.ModelRegistryModelParams{ProgramHash: programHash, Steps: steps, StepKeyRoot: stepKeyRoot, ProgramVkHash: programVkHash,
		Fee: fee, Sizes: sizes, MetadataURI: "ipfs://toy"}
}

// registerToy registers the toy program with its step-key root and whole-program key.
func (e *env) registerToy(fee *big.Int) *big.Int {
	e.t.Helper()
	return e.registerToySized(fee, toySizes)
}

// registerToySized registers the toy program with other sizes.
func (e *env) registerToySized(fee *big.Int, sizes bindings.ModelRegistrySizes) *big.Int {
	e.t.Helper()
	m := getToy(e.t)
	e.must(e.publisher, e.regC, e.reg.PackRegister(modelParams([32]byte{0x70, 0x79}, toySteps, m.root, m.progHash, fee, sizes)), nil)
	return call(e, e.regC, e.reg.PackModelCount(), e.reg.UnpackModelCount)
}

// stakeJoin stakes `amount` for a and registers it as a miner of modelId.
func (e *env) stakeJoin(a actor, amount *big.Int, modelId *big.Int) {
	e.t.Helper()
	e.must(a, e.stkC, e.stk.PackStake(), amount)
	if modelId != nil {
		e.must(a, e.copC, e.cop.PackJoinModel(modelId), nil)
	}
}

// reqBuilder describes a request declaratively.
type reqBuilder struct {
	p     bindings.CoprocessorRequestParams
	from  actor
	value *big.Int // nil: estimateFee
}

// noFeeBound is a maxFee that bounds nothing; the tests that are about maxFee set their own.
var noFeeBound = new(big.Int).Lsh(big.NewInt(1), 200)

func (e *env) newReq(modelId *big.Int, input []byte) *reqBuilder {
	return &reqBuilder{
		from: e.user,
		p: bindings.CoprocessorRequestParams{
			ModelId:          modelId,
			Input:            input,
			Routes:           routeOptimistic,
			CallbackGasLimit: 0,
			Deadline:         uint64(e.now() + 3600),
			MaxFee:           noFeeBound,
		},
	}
}

func (r *reqBuilder) routes(x uint8) *reqBuilder         { r.p.Routes = x; return r }
func (r *reqBuilder) miner(a common.Address) *reqBuilder { r.p.Miner = a; return r }
func (r *reqBuilder) gas(g uint32) *reqBuilder           { r.p.CallbackGasLimit = g; return r }
func (r *reqBuilder) deadline(d uint64) *reqBuilder      { r.p.Deadline = d; return r }
func (r *reqBuilder) by(a actor) *reqBuilder             { r.from = a; return r }
func (r *reqBuilder) paying(v *big.Int) *reqBuilder      { r.value = v; return r }
func (r *reqBuilder) measurement(m [32]byte) *reqBuilder { r.p.Measurement = m; return r }
func (r *reqBuilder) maxFee(v *big.Int) *reqBuilder      { r.p.MaxFee = v; return r }
func (r *reqBuilder) refundTo(a common.Address) *reqBuilder {
	r.p.RefundTo = a
	return r
}

// byHash gives the input by hash + URI, declaring its length.
func (r *reqBuilder) byHash(h [32]byte, length uint32, uri string) *reqBuilder {
	r.p.Input, r.p.InputHash, r.p.InputLength, r.p.InputURI = nil, h, length, uri
	return r
}

func (e *env) fee(modelId *big.Int, gas uint32) *big.Int {
	return call(e, e.copC, e.cop.PackEstimateFee(modelId, gas), e.cop.UnpackEstimateFee)
}

// submit sends the request and returns its id and receipt.
func (e *env) submit(r *reqBuilder) (*big.Int, *types.Receipt) {
	e.t.Helper()
	v := r.value
	if v == nil {
		v = e.fee(r.p.ModelId, r.p.CallbackGasLimit)
	}
	rc := e.must(r.from, e.copC, e.cop.PackRequestInference(r.p), v)
	return call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount), rc
}

func (e *env) request(id *big.Int) bindings.CoprocessorRequest {
	e.t.Helper()
	return call(e, e.copC, e.cop.PackGetRequest(id), e.cop.UnpackGetRequest)
}

func (e *env) game(id *big.Int) bindings.DisputeGameGame {
	e.t.Helper()
	return call(e, e.dgC, e.dg.PackGetGame(id), e.dg.UnpackGetGame)
}

// honestClaims returns the honest (C_0, C_N) of the toy program for input.
func honestClaims(input []byte) ([32]byte, [32]byte) {
	tr := getToyNoT().trace(input)
	return b32(tr[0]), b32(tr[toySteps])
}

func getToyNoT() *toyModel {
	if toy == nil {
		panic("toy model not set up")
	}
	return toy
}

// deliverOpt delivers an optimistic result with the given claims, claiming the request first when the miner does
// not hold it (the tests that are about claims call claim themselves).
func (e *env) deliverOpt(miner actor, id *big.Int, output []byte, c0, cN [32]byte) *types.Receipt {
	e.t.Helper()
	e.holdFor(miner, id)
	return e.must(miner, e.copC, e.cop.PackDeliverOptimistic(id, output, c0, cN), e.cfg.coprocessor.ResultBond)
}

// holdFor claims request id for miner unless it holds it, its window running.
func (e *env) holdFor(miner actor, id *big.Int) {
	e.t.Helper()
	if r := e.request(id); r.Status == stPending && (r.Assignee != miner.addr || uint64(e.now()+1) > r.AssignedUntil) {
		e.must(miner, e.copC, e.cop.PackClaim(id), nil)
	}
}

// sign returns the enclave's EIP-712 signature over a result delivered by the request's current holder (its
// assignee or claimant).
func (e *env) sign(signer actor, id *big.Int, programHash [32]byte, output []byte) []byte {
	e.t.Helper()
	return e.signFor(signer, id, e.request(id).Assignee, programHash, output)
}

// signFor returns the enclave's EIP-712 signature over a result delivered by miner.
func (e *env) signFor(signer actor, id *big.Int, miner common.Address, programHash [32]byte, output []byte) []byte {
	e.t.Helper()
	digest := call(e, e.copC, e.cop.PackResultDigest(id, miner, programHash, crypto.Keccak256Hash(output)), e.cop.UnpackResultDigest)
	sig, err := crypto.Sign(digest[:], signer.key)
	if err != nil {
		e.t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func (e *env) programHash(modelId *big.Int) [32]byte {
	return call(e, e.regC, e.reg.PackGetModel(modelId), e.reg.UnpackGetModel).ProgramHash
}

// startGame challenges a result and returns the game id.
func (e *env) startGame(ch actor, id *big.Int, k uint8) *big.Int {
	e.t.Helper()
	e.must(ch, e.dgC, e.dg.PackChallenge(id, k), e.cfg.game.ChallengerBond)
	return call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount)
}

// toyCommitments returns the commitments at boundaries 1..a-1 of the game's current range, from trace tr.
func (e *env) boundaries(gid *big.Int) (lo, hi uint64, a int) {
	g := e.game(gid)
	span := g.Hi - g.Lo
	a = int(g.K)
	if span < uint64(a) {
		a = int(span)
	}
	return g.Lo, g.Hi, a
}

func innerCommitments(tr []fr.Element, lo, hi uint64, a int) [][32]byte {
	out := make([][32]byte, a-1)
	for j := 1; j < a; j++ {
		idx := lo + (hi-lo)*uint64(j)/uint64(a)
		out[j-1] = b32(tr[idx])
	}
	return out
}

// deviatingTrace is the trace of a miner that goes wrong at step `from`: it adds an extra 1 to every state
// after it, so its C_N differs from the honest one.
func deviatingTrace(honest []fr.Element, from int) []fr.Element {
	out := make([]fr.Element, len(honest))
	copy(out, honest)
	var one fr.Element
	one.SetOne()
	for i := from + 1; i < len(out); i++ {
		out[i].Add(&out[i], &one)
	}
	return out
}

// playGame runs the dissection with the defender posting from defTrace and the challenger choosing the first
// segment whose end differs from chTrace, until one step remains. It returns that step.
func (e *env) playGame(gid *big.Int, defender, challenger actor, defTrace, chTrace []fr.Element) uint64 {
	e.t.Helper()
	for {
		lo, hi, a := e.boundaries(gid)
		if hi-lo == 1 {
			return lo
		}
		cs := innerCommitments(defTrace, lo, hi, a)
		e.must(defender, e.dgC, e.dg.PackBisect(gid, cs), nil)
		seg := a - 1
		for j := 0; j < a-1; j++ {
			idx := lo + (hi-lo)*uint64(j+1)/uint64(a)
			if cs[j] != b32(chTrace[idx]) {
				seg = j
				break
			}
		}
		e.must(challenger, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(int64(seg))), nil)
	}
}
