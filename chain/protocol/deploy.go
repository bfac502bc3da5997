package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// DeployConfig holds the deployment parameters of the contracts.
type DeployConfig struct {
	MinStake    *big.Int
	Unbonding   uint64
	Coprocessor bindings.CoprocessorConfig
	Game        bindings.DisputeGameConfig
	// Attestation is the enclave registry for the attested route; the zero
	// address leaves the attested route unusable (deliverAttested reverts).
	Attestation common.Address
	// FeeTokens are the ERC-20 tokens the Coprocessor accepts fees in, each
	// with its fixed price (units per ether of fee); at most 8.
	FeeTokens []bindings.CoprocessorFeeToken
	// DevFeeToken, if set, deploys a DevToken (an ERC-20 anyone may mint:
	// development chains only), mints it to its accounts and accepts it as a
	// fee token too (Addresses.DevToken).
	DevFeeToken *DevFeeToken
	// DevAttestation, if set, deploys a development-mode AttestationRegistry
	// (it accepts the simulated attester's evidence, which proves nothing)
	// allowing this enclave measurement, and uses it as Attestation.
	DevAttestation *common.Hash
}

// DevFeeToken describes the development fee token Deploy creates.
type DevFeeToken struct {
	Name, Symbol  string
	Decimals      uint8
	UnitsPerEther *big.Int         // its price: units per ether of fee
	MintTo        []common.Address // accounts that get Amount each
	Amount        *big.Int
}

// Ether is 10^18 wei.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Milli returns x/1000 ether.
func Milli(x int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(big.NewInt(x), Ether), big.NewInt(1000))
}

// DevDeployConfig is the embedded devnet's deployment: short windows and clocks
// so a whole dispute fits in seconds of simulated time. The unbonding delay
// outlasts the challenge window plus the longest game (2 x (clock + 64 x
// clock extension)), as the DisputeGame's constructor requires; a stake of
// MinStake backs MinStake / StakePerResult open optimistic results.
func DevDeployConfig(treasury common.Address) DeployConfig {
	return DeployConfig{
		MinStake:  Milli(1000),
		Unbonding: 24 * 3600,
		Coprocessor: bindings.CoprocessorConfig{
			MinerFee: Milli(1), CallbackGasPrice: big.NewInt(1_000_000_000), ProtocolFeeBps: 500,
			ResponseWindow: 60, ChallengeWindow: 120, ResultBond: Milli(100), MaxCallbackGas: 2_000_000,
			Treasury: treasury, StakePerResult: Milli(100),
		},
		// "sibyl dev dollar": 6 decimals, 3000 per ether of fee; a million to each development account.
		DevFeeToken: &DevFeeToken{Name: "sibyl dev dollar", Symbol: "SDD", Decimals: 6, UnitsPerEther: big.NewInt(3000_000_000),
			MintTo: devAccounts(8), Amount: big.NewInt(1_000_000_000_000)},
		Game: bindings.DisputeGameConfig{
			ChallengerBond: Milli(100), Clock: 600, ClockExtension: 60, MaxK: 16, SlashAmount: Milli(100), RewardBps: 5000,
		},
	}
}

// MaxRounds is DisputeGame.MAX_ROUNDS: the most dissection rounds a game can take.
const MaxRounds = 64

// MinUnbonding is the shortest unbonding delay the DisputeGame's constructor
// accepts for a challenge window and a game clock with its extension: stake
// must not leave before a result delivered now can have been disputed to the end.
func MinUnbonding(challengeWindow, clock, clockExtension uint64) uint64 {
	return challengeWindow + 2*(clock+MaxRounds*clockExtension) + 1
}

// Deploy deploys and wires ModelRegistry, Staking, Groth16Verifier,
// Coprocessor and DisputeGame from the sender's account.
func Deploy(ctx context.Context, s *chain.Sender, cfg DeployConfig) (Addresses, error) {
	var a Addresses
	var err error
	deploy := func(name, bin string, ctor []byte) common.Address {
		if err != nil {
			return common.Address{}
		}
		code := append(common.FromHex(bin), ctor...)
		r, e := s.Send(ctx, chain.TxCandidate{Data: code, Label: "deploy:" + name})
		if e != nil {
			err = fmt.Errorf("protocol: deploy %s: %w", name, DecodeRevert(e))
			return common.Address{}
		}
		return r.ContractAddress
	}
	if cfg.DevAttestation != nil {
		ar := bindings.NewAttestationRegistry()
		all := big.NewInt(0xff) // every TCB status; development mode only
		a.Attestation = deploy("AttestationRegistry", bindings.AttestationRegistryMetaData.Bin,
			ar.PackConstructor(true, s.From(), nil, 0, 365*24*3600, all))
		if err != nil {
			return a, err
		}
		if _, err := s.Send(ctx, chain.TxCandidate{To: &a.Attestation, Data: ar.PackSetMeasurement(*cfg.DevAttestation, true), Label: "setMeasurement"}); err != nil {
			return a, fmt.Errorf("protocol: allow measurement: %w", DecodeRevert(err))
		}
		cfg.Attestation = a.Attestation
	}
	if t := cfg.DevFeeToken; t != nil {
		a.DevToken = deploy("DevToken", bindings.DevTokenMetaData.Bin, bindings.NewDevToken().PackConstructor(t.Name, t.Symbol, t.Decimals))
		if err != nil {
			return a, err
		}
		if len(t.MintTo) > 0 {
			data := bindings.NewDevToken().PackMintEach(t.MintTo, t.Amount)
			if _, err := s.Send(ctx, chain.TxCandidate{To: &a.DevToken, Data: data, Label: "mint"}); err != nil {
				return a, fmt.Errorf("protocol: mint the development fee token: %w", DecodeRevert(err))
			}
		}
		cfg.FeeTokens = append(append([]bindings.CoprocessorFeeToken(nil), cfg.FeeTokens...), bindings.CoprocessorFeeToken{Token: a.DevToken, UnitsPerEther: t.UnitsPerEther})
	}
	a.ModelRegistry = deploy("ModelRegistry", bindings.ModelRegistryMetaData.Bin, nil)
	a.Staking = deploy("Staking", bindings.StakingMetaData.Bin, Stk.PackConstructor(cfg.MinStake, cfg.Unbonding))
	a.Verifier = deploy("Groth16Verifier", bindings.Groth16VerifierMetaData.Bin, Ver.PackConstructor(a.ModelRegistry))
	a.Coprocessor = deploy("Coprocessor", bindings.CoprocessorMetaData.Bin,
		Cop.PackConstructor(a.ModelRegistry, a.Staking, a.Verifier, cfg.Attestation, cfg.Coprocessor, cfg.FeeTokens))
	a.DisputeGame = deploy("DisputeGame", bindings.DisputeGameMetaData.Bin,
		DG.PackConstructor(a.Coprocessor, a.Staking, a.Verifier, a.ModelRegistry, cfg.Game))
	if err != nil {
		return a, err
	}
	if _, err := s.Send(ctx, chain.TxCandidate{To: &a.Staking, Data: Stk.PackSetSlasher(a.DisputeGame), Label: "setSlasher"}); err != nil {
		return a, fmt.Errorf("protocol: set slasher: %w", DecodeRevert(err))
	}
	if _, err := s.Send(ctx, chain.TxCandidate{To: &a.Coprocessor, Data: Cop.PackSetDisputeGame(a.DisputeGame), Label: "setDisputeGame"}); err != nil {
		return a, fmt.Errorf("protocol: set dispute game: %w", DecodeRevert(err))
	}
	return a, nil
}

// FixedSizes are the registry sizes of a model whose input and output have
// exactly in and out bytes.
func FixedSizes(in, out uint32) bindings.ModelRegistrySizes {
	return bindings.ModelRegistrySizes{MinInput: in, MaxInput: in, MinOutput: out, MaxOutput: out}
}

// Machine is a model's settlement by the integer machine (docs/machine.md):
// its weight root and machine header, both zero for a model not settled by it.
type Machine struct {
	WeightRoot common.Hash
	Header     common.Hash
}

// RegisterModel registers a program with its input and output sizes and
// returns its model id.
func (c *Client) RegisterModel(ctx context.Context, programHash common.Hash, steps uint64, stepKeyRoot, programVKHash common.Hash, fee *big.Int, sizes bindings.ModelRegistrySizes, uri string, m Machine) (*big.Int, error) {
	r, err := c.send(ctx, c.Addr.ModelRegistry, Reg.PackRegister(bindings.ModelRegistryModelParams{ProgramHash: programHash, Steps: steps,
		StepKeyRoot: stepKeyRoot, ProgramVkHash: programVKHash, Fee: fee, Sizes: sizes, MetadataURI: uri,
		WeightRoot: m.WeightRoot, MachineHeader: m.Header}), nil, "register")
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := Reg.UnpackModelRegisteredEvent(l); err == nil {
			return ev.ModelId, nil
		}
	}
	return nil, errors.New("protocol: register receipt has no ModelRegistered event")
}

// DeployExampleClassifier deploys the demo consumer contract for a model;
// argmaxHead says whether the model's program ends in an argmax op
// (runtime.ArgmaxHead), which decides how the contract reads the class.
func DeployExampleClassifier(ctx context.Context, s *chain.Sender, cop common.Address, modelID *big.Int, argmaxHead bool) (common.Address, error) {
	code := append(common.FromHex(bindings.ExampleClassifierMetaData.Bin), bindings.NewExampleClassifier().PackConstructor(cop, modelID, argmaxHead)...)
	r, err := s.Send(ctx, chain.TxCandidate{Data: code, Label: "deploy:ExampleClassifier"})
	if err != nil {
		return common.Address{}, fmt.Errorf("protocol: deploy ExampleClassifier: %w", DecodeRevert(err))
	}
	return r.ContractAddress, nil
}

// RegisterSimulatedEnclave registers an enclave key with simulated evidence
// (development-mode registries only).
func (c *Client) RegisterSimulatedEnclave(ctx context.Context, signer common.Address, hpkeKey [32]byte, evidence []byte) error {
	if c.Addr.Attestation == (common.Address{}) {
		return errors.New("protocol: no attestation registry")
	}
	_, err := c.send(ctx, c.Addr.Attestation, bindings.NewAttestationRegistry().PackRegisterSimulated(signer, hpkeKey, evidence), nil, "registerSimulated")
	return err
}

// devAccounts are the addresses of development keys 0..n-1 (chain.DevKey).
func devAccounts(n int) []common.Address {
	var out []common.Address
	for i := 0; i < n; i++ {
		k, err := chain.DevKey(big.NewInt(chain.DevChainID), i)
		if err != nil {
			panic(err) // DevChainID is the development chain's id
		}
		out = append(out, crypto.PubkeyToAddress(k.PublicKey))
	}
	return out
}
