// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// CoprocessorConfig is an auto generated low-level Go binding around an user-defined struct.
type CoprocessorConfig struct {
	MinerFee         *big.Int
	CallbackGasPrice *big.Int
	ProtocolFeeBps   uint16
	ResponseWindow   uint64
	ChallengeWindow  uint64
	ResultBond       *big.Int
	MaxCallbackGas   uint32
	Treasury         common.Address
	StakePerResult   *big.Int
}

// CoprocessorFeeToken is an auto generated low-level Go binding around an user-defined struct.
type CoprocessorFeeToken struct {
	Token         common.Address
	UnitsPerEther *big.Int
}

// CoprocessorRequest is an auto generated low-level Go binding around an user-defined struct.
type CoprocessorRequest struct {
	Requester        common.Address
	Deadline         uint64
	CallbackGasLimit uint32
	Assignee         common.Address
	AssignedUntil    uint64
	Routes           uint8
	Status           uint8
	CallbackDone     bool
	Bonded           bool
	Miner            common.Address
	WindowEnd        uint64
	Escrow           *big.Int
	ModelFee         *big.Int
	ModelId          uint32
	Nonce            uint32
	OpenGames        uint16
	InputHash        [32]byte
	OutputHash       [32]byte
	C0               [32]byte
	CN               [32]byte
	Measurement      [32]byte
	RefundTo         common.Address
	FeeToken         common.Address
}

// CoprocessorRequestParams is an auto generated low-level Go binding around an user-defined struct.
type CoprocessorRequestParams struct {
	ModelId          *big.Int
	Input            []byte
	InputHash        [32]byte
	InputLength      uint32
	InputURI         string
	Routes           uint8
	CallbackGasLimit uint32
	Deadline         uint64
	Miner            common.Address
	Measurement      [32]byte
	MaxFee           *big.Int
	RefundTo         common.Address
	FeeToken         common.Address
}

// DisputeGameConfig is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameConfig struct {
	ChallengerBond *big.Int
	Clock          uint64
	ClockExtension uint64
	MaxK           uint8
	SlashAmount    *big.Int
	RewardBps      uint16
}

// DisputeGameGame is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameGame struct {
	Defender        common.Address
	Lo              uint64
	K               uint8
	Status          uint8
	Machine         bool
	Challenger      common.Address
	Hi              uint64
	Nonce           uint32
	LastMoveAt      uint64
	DefenderClock   uint64
	ChallengerClock uint64
	ModelId         uint32
	RequestId       *big.Int
	CLo             [32]byte
	CHi             [32]byte
	Pending         [32]byte
}

// DisputeGameVoid is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameVoid struct {
	Games   uint16
	Settled uint16
	Pot     *big.Int
}

// ExampleStorytellerStory is an auto generated low-level Go binding around an user-defined struct.
type ExampleStorytellerStory struct {
	By        common.Address
	Done      bool
	Voided    bool
	Malformed bool
	MaxTokens uint32
	Tokens    []byte
}

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	Owner         common.Address
	Steps         uint64
	Deprecated    bool
	Fee           *big.Int
	ProgramHash   [32]byte
	StepKeyRoot   [32]byte
	ProgramVkHash [32]byte
	Sizes         ModelRegistrySizes
	WeightRoot    [32]byte
	MachineHeader [32]byte
}

// ModelRegistryModelParams is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModelParams struct {
	ProgramHash   [32]byte
	Steps         uint64
	StepKeyRoot   [32]byte
	ProgramVkHash [32]byte
	Fee           *big.Int
	Sizes         ModelRegistrySizes
	MetadataURI   string
	WeightRoot    [32]byte
	MachineHeader [32]byte
}

// ModelRegistrySizes is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistrySizes struct {
	MinInput  uint32
	MaxInput  uint32
	MinOutput uint32
	MaxOutput uint32
}

// StakingAccount is an auto generated low-level Go binding around an user-defined struct.
type StakingAccount struct {
	Staked    *big.Int
	Unbonding *big.Int
	UnbondAt  uint64
}

// AttestationRegistryMetaData contains all meta data concerning the AttestationRegistry contract.
var AttestationRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"developmentMode_\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"governance_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"verifiers_\",\"type\":\"address[]\"},{\"internalType\":\"uint16\",\"name\":\"threshold_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxValidity_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"acceptedTcbStatuses_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadSimulatedEvidence\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DevelopmentModeOnly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiers\",\"type\":\"uint16\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ProposalDone\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"ReportDataMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SimulatedEvidenceRefused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tcbStatus\",\"type\":\"uint8\"}],\"name\":\"TcbStatusNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownProposal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"}],\"name\":\"AcceptedTcbStatusesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"Approved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"EnclaveExtended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"simulated\",\"type\":\"bool\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EnclaveRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"bindingHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"EvidenceSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceOffered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxValidity\",\"type\":\"uint64\"}],\"name\":\"MaxValiditySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"threshold\",\"type\":\"uint16\"}],\"name\":\"ThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BINDING_DOMAIN\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIMULATED_MAGIC\",\"outputs\":[{\"internalType\":\"bytes28\",\"name\":\"\",\"type\":\"bytes28\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TCB_UNKNOWN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptedTcbStatuses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"allowedMeasurement\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"}],\"name\":\"bindingHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"developmentMode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"enclaveOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"enclaves\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"simulated\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hasApproved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isVerifier\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxValidity\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"offerGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"proposalId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"registerSimulated\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"}],\"name\":\"setAcceptedTcbStatuses\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxValidity_\",\"type\":\"uint64\"}],\"name\":\"setMaxValidity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"threshold_\",\"type\":\"uint16\"}],\"name\":\"setThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"evidence\",\"type\":\"bytes\"}],\"name\":\"submitEvidence\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"verdict\",\"type\":\"bytes32\"}],\"name\":\"verdictApprovals\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifierCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"voteRevoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "50a3b7046abf4bfbbe315066def90dad30",
	Bin: "0x60a06040523461026657611dff8038038061001981610296565b92833981019060c08183031261026657805190811515820361026657610041602082016102bb565b60408201519092906001600160401b0381116102665782019380601f86011215610266578451946001600160401b038611610282578560051b90602080610089818501610296565b80998152019282010192831161026657602001905b82821061026a57505050606082015161ffff8116808203610266576080840151946001600160401b038616948587036102665760a001516080949094525f80546001600160a01b0319166001600160a01b039290921691821781557f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce808180a35f5b865181101561014f57600581901b87016020015160019190610149906001600160a01b03166102cf565b0161011f565b50846001549161ffff8360b01c16808211801561025a575b610244577ffa8c1b30285f1fb085007bb22007904c650af1cae12b49c951f6c20bdd50cf386020877fd79bd2135211d18fe2ee9da973c1a6b0cf54d3a1a5f952ed5767420fe55399b8828b8a8a8a7f52ebdc193e7979f8c706f65bcc13027f9ec3a258d28573c3bb0db7ed8988707a858c604051908152a1600163ffff000160a01b0390911660a09290921b61ffff60a01b169190911760c09190911b6001600160c01b031916176001556002849055604051908152a1604051908152a1604051611a80908161037f82396080518181816102f601526108e40152f35b906313bf871360e31b5f5260045260245260445ffd5b50801582151415610167565b5f80fd5b60208091610277846102bb565b81520191019061009e565b634e487b7160e01b5f52604160045260245ffd5b6040519190601f01601f191682016001600160401b0381118382101761028257604052565b51906001600160a01b038216820361026657565b6001600160a01b03165f8181526003602052604090205460ff16151560011461037b57805f52600360205260405f20600160ff1982541617905560015461ffff8160b01c1661ffff81146103675761ffff60b01b19909116600191820160b01b61ffff60b01b161781556040519081527f7a6dd775b9b6aa6ebde6f0c51172ef328eb9658e095364751705f28234e7257c90602090a2565b634e487b7160e01b5f52601160045260245ffd5b5056fe60806040526004361015610011575f80fd5b5f3560e01c80631ec4760014610f08578063238efcbc14610e8c57806323cdc3f114610e38578063328ecf5414610dfe57806332ed5b1214610da55780633310521814610d68578063333e617d14610d4b57806337cdd26314610c0157806342cde4e814610bdd57806344c1123f14610b955780634f6660f814610b6a5780634ff5b0a814610b3b57806351af52db146108d15780635aa6e675146108aa578063747d05f81461082e57806374a8f103146107fb578063793e6410146107475780638510129b146106cd57806386fa4ead146106ad5780639c92404b1461054f578063a28cecd814610534578063a9d41f03146104ca578063ac9b5671146103d2578063b7a958b31461034a578063b8ce56be1461031b578063d6fcaf40146102df578063dc7d7225146102b1578063f39c38a014610289578063fa7e7f691461021f578063faeedb07146101965763fb4adf521461016e575f80fd5b34610192575f36600319011261019257602061ffff60015460b01c16604051908152f35b5f80fd5b34610192576020366003190112610192576001600160a01b036101b7610f77565b165f52600560205260e060405f2060ff8154916001810154906003600282015491015491604051948552602085015260408401526001600160401b0381166060840152818160401c166080840152818160481c16151560a084015260501c16151560c0820152f35b34610192576020366003190112610192575f54600435906001600160a01b03163303610276576020817ffa8c1b30285f1fb085007bb22007904c650af1cae12b49c951f6c20bdd50cf3892600255604051908152a1005b63988d1f0360e01b5f523360045260245ffd5b34610192575f366003190112610192576001546040516001600160a01b039091168152602090f35b34610192576020366003190112610192576004355f526008602052602061ffff60405f205416604051908152f35b34610192575f3660031901126101925760206040517f000000000000000000000000000000000000000000000000000000000000000015158152f35b34610192576020366003190112610192576004355f526004602052602060ff60405f2054166040519015158152f35b34610192576020366003190112610192576004356001600160401b03811690818103610192575f546001600160a01b0316330361027657600180546001600160c01b031660c09290921b6001600160c01b0319169190911790556040519081527fd79bd2135211d18fe2ee9da973c1a6b0cf54d3a1a5f952ed5767420fe55399b890602090a1005b34610192576040366003190112610192576103eb610f77565b6103f361107f565b5f546001600160a01b031633036102765761040d9161193c565b60015461ffff8160a01c1615806104ba575b6104a3575b5060015461ffff8160b01c1615610492575b5060015461ffff808260a01c169160b01c1680821161047c577f52ebdc193e7979f8c706f65bcc13027f9ec3a258d28573c3bb0db7ed8988707a602083604051908152a1005b906313bf871360e31b5f5260045260245260445ffd5b61ffff60a01b191660015580610436565b61ffff60a01b1916600160a01b1760015580610424565b5061ffff8160b01c16151561041f565b346101925760803660031901126101925760443560ff81168103610192576064356001600160401b038116810361019257335f52600360205260ff60405f205416156105215761051f916024356004356111ae565b005b633f6b527560e21b5f523360045260245ffd5b34610192575f36600319011261019257602060405160078152f35b3461019257602036600319011261019257610568610f77565b335f52600360205260ff60405f20541615610521576001600160a01b0381165f818152600560205260409020600381015460481c60ff161561069a576002015460405160208101918383526040820152604081526105c7606082611023565b51902090815f52600a60205260405f2060018060a01b0333165f5260205260ff60405f2054166106845750805f52600a60205260405f2060018060a01b0333165f5260205260405f20600160ff19825416179055805f52600b602052600161ffff60405f205416019061ffff8211610670575f52600b60205261ffff60405f209116908161ffff1982541617905561ffff60015460a01c16111561066757005b61051f906118a1565b634e487b7160e01b5f52601160045260245ffd5b631aaced4f60e21b5f526004523360245260445ffd5b5063ac88b76760e01b5f5260045260245ffd5b34610192575f36600319011261019257602060015460c01c604051908152f35b34610192576020366003190112610192576001600160a01b036106ee610f77565b165f526005602052606060405f206003815491015460ff8160481c16908161072f575b6001600160401b039060405193845216602083015215156040820152f35b5f8381526004602052604090205460ff169150610711565b346101925760203660031901126101925760043561ffff8116808203610192575f546001600160a01b03163303610276576001549161ffff8360b01c1680831180156107ef575b6107d95761ffff60a01b19841660a083901b61ffff60a01b16176001556040518381527f52ebdc193e7979f8c706f65bcc13027f9ec3a258d28573c3bb0db7ed8988707a90602090a1005b826313bf871360e31b5f5260045260245260445ffd5b5080158315141561078e565b3461019257602036600319011261019257610814610f77565b5f546001600160a01b031633036102765761051f906118a1565b346101925760403660031901126101925760043561084a61107f565b5f546001600160a01b031633036102765760207f2e1d4cf61bbc2b86d49e82545b10ebcc157b9abfe1bab419ae0bc2519176162d91835f526004825261089f8160405f209060ff801983541691151516179055565b6040519015158152a2005b34610192575f366003190112610192575f546040516001600160a01b039091168152602090f35b34610192576108df36610f8d565b9291907f000000000000000000000000000000000000000000000000000000000000000015610b2c57610912848261185a565b15610afe57607c8403610acf5783603c1161019257601c8101359380605c1161019257603c8201356109448486611106565b90818103610aba575050845f52600460205260ff60405f20541615610aa757369061096e9261108e565b8051906020012060015460c01c426001600160401b03169061098f9161118e565b906040519161099d83610ff4565b858352602080840185815260408086018581526001600160401b0394851660608801818152600760808a01908152600160a08b0181815260c08c018281526001600160a01b03909e165f8181526005909a52988790209b518c559651908b0155925160028a015551600390980180549251945169ffffffffffffffffffff19909316989096169790971760ff60401b9390921b929092161790151560481b60ff60481b161782559451815460ff60501b191690151560501b60ff60501b161790556040805193845260208401919091526007908301526060820152600160808201527f444e7d35d8209feb24c0ccbffd1a2b9da2fcc2e4ca35b53ba2229f27d9cdff139060a090a3005b84634dedfabb60e11b5f5260045260245ffd5b63610e845960e11b5f5260045260245260445ffd5b60405163fd9b206b60e01b81526020600482015260066024820152650d8cadccee8d60d31b6044820152606490fd5b60405163fd9b206b60e01b81526020600482015260056024820152646d6167696360d81b6044820152606490fd5b636f6d3a8b60e11b5f5260045ffd5b34610192576040366003190112610192576020610b62610b59610f77565b60243590611106565b604051908152f35b34610192576060366003190112610192576020610b62610b88610f77565b60443590602435906110d3565b34610192575f3660031901126101925760206040610bb1611044565b815192839181835280519182918282860152018484015e5f828201840152601f01601f19168101030190f35b34610192575f36600319011261019257602061ffff60015460a01c16604051908152f35b3461019257610c0f36610f8d565b90918115610d3c57610c21828461185a565b610d2d57610c3036838561108e565b6020815191012093610c438583836110d3565b93845f52600660205260405f2060ff600382015416610d1a5785937f047a1d3bd99b4573a10a2cfbea94174d521fcf052575bed008b46046a2c3c7f99386899460209a60a095600180881b0381541615610ceb575b5050610ca48484611106565b60405196879586528c860152604085015260806060850152816080850152848401375f8288018401525f196001841b011695601f01601f19168101030190a3604051908152f35b600290600180891b0386166bffffffffffffffffffffffff891b8254161781558660018201550155858c610c98565b856399c4ea3b60e01b5f5260045260245ffd5b6338f90dd960e01b5f5260045ffd5b63cb3a13f760e01b5f5260045ffd5b34610192575f366003190112610192576020600254604051908152f35b34610192576020366003190112610192576001600160a01b03610d89610f77565b165f526003602052602060ff60405f2054166040519015158152f35b34610192576020366003190112610192576004355f526006602052608060405f2060018060a01b038154169060018101549060ff6003600283015492015416916040519384526020840152604083015215156060820152f35b34610192575f3660031901126101925760206040517f534942594c2d53494d554c415445442d45564944454e43452f763100000000008152f35b34610192576040366003190112610192576024356001600160a01b0381168103610192576004355f52600760205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610192575f366003190112610192576001546001600160a01b0381163303610ef5575f543360018060a01b0382167f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce805f80a36001600160a01b031990811633175f5516600155005b638396ca0960e01b5f523360045260245ffd5b3461019257602036600319011261019257610f21610f77565b5f546001600160a01b0316330361027657600180546001600160a01b0319166001600160a01b039290921691821790557f6a28efe35b003f5c205fb15e63f9e3e2b70a55c45a227c011f886600d29e40495f80a2005b600435906001600160a01b038216820361019257565b906060600319830112610192576004356001600160a01b03811681036101925791602435916044356001600160401b0381116101925782602382011215610192578060040135926001600160401b0384116101925760248483010111610192576024019190565b60e081019081106001600160401b0382111761100f57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761100f57604052565b60405190611053604083611023565b601882527f736962796c2f656e636c6176652d62696e64696e672f763100000000000000006020830152565b60243590811515820361019257565b9291926001600160401b03821161100f57604051916110b7601f8201601f191660200184611023565b829481845281830111610192578281602093845f960137010152565b9160405191602083019360018060a01b031684526040830152606082015260608152611100608082611023565b51902090565b61110060686020611115611044565b9460405194859183808401988051918291018a5e83019146858401523060601b60408401526bffffffffffffffffffffffff199060601b1660548301528482015203016048810184520182611023565b805482101561117a575f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b906001600160401b03809116911601906001600160401b03821161067057565b5f81815260066020526040902080546001600160a01b0316949093909190851561184757835f52600460205260ff60405f205416156118345760ff1691600783118015611825575b611813576001600160401b0316904282111561180057604051602081019082825285604082015284606082015260608152611232608082611023565b51902091825f52600960205260405f2060018060a01b0333165f526020526001600160401b0360405f2054168015809181926117dd575b81156117c1575b506117aa57600387019760ff895416611728575b505f83815260076020908152604080832033808552908352818420805460ff19166001179055878452600983528184209084529091529020805467ffffffffffffffff1916831790556116d9575b825f52600860205261ffff60405f205416916040519186835285602084015260408301527fde350d50976f5fec487a022f86b25015d949efeb29e087f9ff6fdf9c608cfe0660603393a361ffff60015460a01c168091106116d157815f52600860205260405f209182549061134682611911565b936113546040519586611023565b828552601f1961136384611911565b013660208701375f5b83811061167f575050505f5b8281106115e35750505f190161ffff8111610670576001600160401b039161ffff6113a4921690611928565b511693805460ff81161561146757505050506113ce60015460c01c6001600160401b03421661118e565b6001600160401b038116831161145f575b5080546001600160a01b03165f90815260056020526040902060030180546001600160401b039384169316831161141557505050565b805467ffffffffffffffff191683179055546040519182526001600160a01b0316907fb2f7bbd9a260d7af03003d20163fd0b705592b5b057af751253eef01bc1d5f2090602090a2565b91505f6113df565b9460a092949160017f444e7d35d8209feb24c0ccbffd1a2b9da2fcc2e4ca35b53ba2229f27d9cdff13959760ff1916179055600180841b038254169460026001840154930154826114c660015460c01c6001600160401b03421661118e565b9080159081156115d0575b506115c8575b50604051926114e584610ff4565b8884528761158f60208601878152604087018581526001600160401b038060038160608c0198169a8b895260808101948b86528e8201966001885260c08301995f8b525f52600560205260405f209251835551600183015551600282015501965116166001600160401b03198654161785555160ff60401b85549160401b169060ff60401b1916178455511515839060ff60481b825491151560481b169060ff60481b1916179055565b51815460ff60501b191690151560501b60ff60501b1617905560408051948552602085019190915283015260608201525f6080820152a3565b92505f6114d7565b90506001600160401b038216105f6114d1565b8060018201808311610670575b838110611641575090816001600160401b0361160e60019488611928565b51169061162f6001600160401b03611626858a611928565b51169188611928565b5261163a8287611928565b5201611378565b6001600160401b036116538288611928565b51166001600160401b036116678489611928565b511610611677575b6001016115f0565b90508061166f565b600190835f52600960205260405f206116988285611165565b848060a01b0391549060031b1c16838060a01b03165f526020526001600160401b0360405f2054166116ca8289611928565b520161136c565b505050505050565b825f52600860205260405f2080546801000000000000000081101561100f5761170791600182018155611165565b81546001600160a01b0360039290921b91821b19163390911b1790556112d2565b5f52600560205260405f208560038201548860ff8260481c1615938415611796575b841561178a575b50508215611779575b5050611766575f611284565b826399c4ea3b60e01b5f5260045260245ffd5b60401c60ff1614159050855f61175a565b5414159250885f611751565b9350600284015460028c015414159361174a565b8263a72db78760e01b5f526004523360245260445ffd5b82159150816117d2575b505f611270565b90508211155f6117cb565b5f85815260076020908152604080832033845290915290205460ff169150611269565b50637143957960e11b5f5260045260245ffd5b8262d4e64560e51b5f5260045260245ffd5b506002546001841b16156111f6565b83634dedfabb60e11b5f5260045260245ffd5b506304bbf15f60e11b5f5260045260245ffd5b601c821015918261186a57505090565b909150601c11610192573563ffffffff19167f534942594c2d53494d554c415445442d45564944454e43452f763100000000001490565b6001600160a01b03165f8181526005602052604090206003018054604881901c60ff16156118fe5760ff60481b191690557fb54831369a69a937515927e609321240409b5647a429e73f0f6400d4bcb330af6020604051338152a2565b8263ac88b76760e01b5f5260045260245ffd5b6001600160401b03811161100f5760051b60200190565b805182101561117a5760209160051b010190565b6001600160a01b03165f8181526003602052604090205490918015159160ff1615158214611a4557825f5260036020526119858160405f209060ff801983541691151516179055565b156119eb576001549061ffff8260b01c169061ffff82146106705761ffff60b01b19909216600191820160b01b61ffff60b01b161790557f7a6dd775b9b6aa6ebde6f0c51172ef328eb9658e095364751705f28234e7257c906020905b604051908152a2565b6001549061ffff8260b01c169081156106705761ffff60b01b199092165f1990910160b01b61ffff60b01b16176001557f7a6dd775b9b6aa6ebde6f0c51172ef328eb9658e095364751705f28234e7257c906020906119e2565b50505056fea2646970667358221220f731c3557409f242ec8f0fc854e254b4673f25dba0dffa3d5838061977c2dd1464736f6c63430008250033",
}

// AttestationRegistry is an auto generated Go binding around an Ethereum contract.
type AttestationRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AttestationRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAttestationRegistry creates a new instance of AttestationRegistry.
func NewAttestationRegistry() *AttestationRegistry {
	parsed, err := AttestationRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AttestationRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AttestationRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bool developmentMode_, address governance_, address[] verifiers_, uint16 threshold_, uint64 maxValidity_, uint256 acceptedTcbStatuses_) returns()
func (attestationRegistry *AttestationRegistry) PackConstructor(developmentMode_ bool, governance_ common.Address, verifiers_ []common.Address, threshold_ uint16, maxValidity_ uint64, acceptedTcbStatuses_ *big.Int) []byte {
	enc, err := attestationRegistry.abi.Pack("", developmentMode_, governance_, verifiers_, threshold_, maxValidity_, acceptedTcbStatuses_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBINDINGDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44c1123f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BINDING_DOMAIN() view returns(string)
func (attestationRegistry *AttestationRegistry) PackBINDINGDOMAIN() []byte {
	enc, err := attestationRegistry.abi.Pack("BINDING_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBINDINGDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44c1123f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BINDING_DOMAIN() view returns(string)
func (attestationRegistry *AttestationRegistry) TryPackBINDINGDOMAIN() ([]byte, error) {
	return attestationRegistry.abi.Pack("BINDING_DOMAIN")
}

// UnpackBINDINGDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44c1123f.
//
// Solidity: function BINDING_DOMAIN() view returns(string)
func (attestationRegistry *AttestationRegistry) UnpackBINDINGDOMAIN(data []byte) (string, error) {
	out, err := attestationRegistry.abi.Unpack("BINDING_DOMAIN", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSIMULATEDMAGIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x328ecf54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIMULATED_MAGIC() view returns(bytes28)
func (attestationRegistry *AttestationRegistry) PackSIMULATEDMAGIC() []byte {
	enc, err := attestationRegistry.abi.Pack("SIMULATED_MAGIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIMULATEDMAGIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x328ecf54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIMULATED_MAGIC() view returns(bytes28)
func (attestationRegistry *AttestationRegistry) TryPackSIMULATEDMAGIC() ([]byte, error) {
	return attestationRegistry.abi.Pack("SIMULATED_MAGIC")
}

// UnpackSIMULATEDMAGIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x328ecf54.
//
// Solidity: function SIMULATED_MAGIC() view returns(bytes28)
func (attestationRegistry *AttestationRegistry) UnpackSIMULATEDMAGIC(data []byte) ([28]byte, error) {
	out, err := attestationRegistry.abi.Unpack("SIMULATED_MAGIC", data)
	if err != nil {
		return *new([28]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([28]byte)).(*[28]byte)
	return out0, nil
}

// PackTCBUNKNOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28cecd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TCB_UNKNOWN() view returns(uint8)
func (attestationRegistry *AttestationRegistry) PackTCBUNKNOWN() []byte {
	enc, err := attestationRegistry.abi.Pack("TCB_UNKNOWN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTCBUNKNOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28cecd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TCB_UNKNOWN() view returns(uint8)
func (attestationRegistry *AttestationRegistry) TryPackTCBUNKNOWN() ([]byte, error) {
	return attestationRegistry.abi.Pack("TCB_UNKNOWN")
}

// UnpackTCBUNKNOWN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28cecd8.
//
// Solidity: function TCB_UNKNOWN() view returns(uint8)
func (attestationRegistry *AttestationRegistry) UnpackTCBUNKNOWN(data []byte) (uint8, error) {
	out, err := attestationRegistry.abi.Unpack("TCB_UNKNOWN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238efcbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptGovernance() returns()
func (attestationRegistry *AttestationRegistry) PackAcceptGovernance() []byte {
	enc, err := attestationRegistry.abi.Pack("acceptGovernance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238efcbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptGovernance() returns()
func (attestationRegistry *AttestationRegistry) TryPackAcceptGovernance() ([]byte, error) {
	return attestationRegistry.abi.Pack("acceptGovernance")
}

// PackAcceptedTcbStatuses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e617d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptedTcbStatuses() view returns(uint256)
func (attestationRegistry *AttestationRegistry) PackAcceptedTcbStatuses() []byte {
	enc, err := attestationRegistry.abi.Pack("acceptedTcbStatuses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptedTcbStatuses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e617d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptedTcbStatuses() view returns(uint256)
func (attestationRegistry *AttestationRegistry) TryPackAcceptedTcbStatuses() ([]byte, error) {
	return attestationRegistry.abi.Pack("acceptedTcbStatuses")
}

// UnpackAcceptedTcbStatuses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333e617d.
//
// Solidity: function acceptedTcbStatuses() view returns(uint256)
func (attestationRegistry *AttestationRegistry) UnpackAcceptedTcbStatuses(data []byte) (*big.Int, error) {
	out, err := attestationRegistry.abi.Unpack("acceptedTcbStatuses", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowedMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ce56be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedMeasurement(bytes32 ) view returns(bool)
func (attestationRegistry *AttestationRegistry) PackAllowedMeasurement(arg0 [32]byte) []byte {
	enc, err := attestationRegistry.abi.Pack("allowedMeasurement", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8ce56be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedMeasurement(bytes32 ) view returns(bool)
func (attestationRegistry *AttestationRegistry) TryPackAllowedMeasurement(arg0 [32]byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("allowedMeasurement", arg0)
}

// UnpackAllowedMeasurement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8ce56be.
//
// Solidity: function allowedMeasurement(bytes32 ) view returns(bool)
func (attestationRegistry *AttestationRegistry) UnpackAllowedMeasurement(data []byte) (bool, error) {
	out, err := attestationRegistry.abi.Unpack("allowedMeasurement", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9d41f03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(bytes32 id, bytes32 measurement, uint8 tcbStatus, uint64 expiry) returns()
func (attestationRegistry *AttestationRegistry) PackApprove(id [32]byte, measurement [32]byte, tcbStatus uint8, expiry uint64) []byte {
	enc, err := attestationRegistry.abi.Pack("approve", id, measurement, tcbStatus, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9d41f03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(bytes32 id, bytes32 measurement, uint8 tcbStatus, uint64 expiry) returns()
func (attestationRegistry *AttestationRegistry) TryPackApprove(id [32]byte, measurement [32]byte, tcbStatus uint8, expiry uint64) ([]byte, error) {
	return attestationRegistry.abi.Pack("approve", id, measurement, tcbStatus, expiry)
}

// PackBindingHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ff5b0a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindingHash(address signer, bytes32 hpkeKey) view returns(bytes32)
func (attestationRegistry *AttestationRegistry) PackBindingHash(signer common.Address, hpkeKey [32]byte) []byte {
	enc, err := attestationRegistry.abi.Pack("bindingHash", signer, hpkeKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindingHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ff5b0a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindingHash(address signer, bytes32 hpkeKey) view returns(bytes32)
func (attestationRegistry *AttestationRegistry) TryPackBindingHash(signer common.Address, hpkeKey [32]byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("bindingHash", signer, hpkeKey)
}

// UnpackBindingHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ff5b0a8.
//
// Solidity: function bindingHash(address signer, bytes32 hpkeKey) view returns(bytes32)
func (attestationRegistry *AttestationRegistry) UnpackBindingHash(data []byte) ([32]byte, error) {
	out, err := attestationRegistry.abi.Unpack("bindingHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDevelopmentMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6fcaf40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function developmentMode() view returns(bool)
func (attestationRegistry *AttestationRegistry) PackDevelopmentMode() []byte {
	enc, err := attestationRegistry.abi.Pack("developmentMode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDevelopmentMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6fcaf40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function developmentMode() view returns(bool)
func (attestationRegistry *AttestationRegistry) TryPackDevelopmentMode() ([]byte, error) {
	return attestationRegistry.abi.Pack("developmentMode")
}

// UnpackDevelopmentMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6fcaf40.
//
// Solidity: function developmentMode() view returns(bool)
func (attestationRegistry *AttestationRegistry) UnpackDevelopmentMode(data []byte) (bool, error) {
	out, err := attestationRegistry.abi.Unpack("developmentMode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEnclaveOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8510129b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaveOf(address signer) view returns(bytes32 measurement, uint64 expiry, bool active)
func (attestationRegistry *AttestationRegistry) PackEnclaveOf(signer common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("enclaveOf", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaveOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8510129b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaveOf(address signer) view returns(bytes32 measurement, uint64 expiry, bool active)
func (attestationRegistry *AttestationRegistry) TryPackEnclaveOf(signer common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("enclaveOf", signer)
}

// EnclaveOfOutput serves as a container for the return parameters of contract
// method EnclaveOf.
type EnclaveOfOutput struct {
	Measurement [32]byte
	Expiry      uint64
	Active      bool
}

// UnpackEnclaveOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8510129b.
//
// Solidity: function enclaveOf(address signer) view returns(bytes32 measurement, uint64 expiry, bool active)
func (attestationRegistry *AttestationRegistry) UnpackEnclaveOf(data []byte) (EnclaveOfOutput, error) {
	out, err := attestationRegistry.abi.Unpack("enclaveOf", data)
	outstruct := new(EnclaveOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Measurement = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Expiry = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Active = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackEnclaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaeedb07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaves(address ) view returns(bytes32 measurement, bytes32 hpkeKey, bytes32 evidenceHash, uint64 expiry, uint8 tcbStatus, bool active, bool simulated)
func (attestationRegistry *AttestationRegistry) PackEnclaves(arg0 common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("enclaves", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfaeedb07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaves(address ) view returns(bytes32 measurement, bytes32 hpkeKey, bytes32 evidenceHash, uint64 expiry, uint8 tcbStatus, bool active, bool simulated)
func (attestationRegistry *AttestationRegistry) TryPackEnclaves(arg0 common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("enclaves", arg0)
}

// EnclavesOutput serves as a container for the return parameters of contract
// method Enclaves.
type EnclavesOutput struct {
	Measurement  [32]byte
	HpkeKey      [32]byte
	EvidenceHash [32]byte
	Expiry       uint64
	TcbStatus    uint8
	Active       bool
	Simulated    bool
}

// UnpackEnclaves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfaeedb07.
//
// Solidity: function enclaves(address ) view returns(bytes32 measurement, bytes32 hpkeKey, bytes32 evidenceHash, uint64 expiry, uint8 tcbStatus, bool active, bool simulated)
func (attestationRegistry *AttestationRegistry) UnpackEnclaves(data []byte) (EnclavesOutput, error) {
	out, err := attestationRegistry.abi.Unpack("enclaves", data)
	outstruct := new(EnclavesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Measurement = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.HpkeKey = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.EvidenceHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Expiry = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.TcbStatus = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.Active = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.Simulated = *abi.ConvertType(out[6], new(bool)).(*bool)
	return *outstruct, nil
}

// PackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governance() view returns(address)
func (attestationRegistry *AttestationRegistry) PackGovernance() []byte {
	enc, err := attestationRegistry.abi.Pack("governance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aa6e675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governance() view returns(address)
func (attestationRegistry *AttestationRegistry) TryPackGovernance() ([]byte, error) {
	return attestationRegistry.abi.Pack("governance")
}

// UnpackGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (attestationRegistry *AttestationRegistry) UnpackGovernance(data []byte) (common.Address, error) {
	out, err := attestationRegistry.abi.Unpack("governance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHasApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23cdc3f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasApproved(bytes32 , address ) view returns(bool)
func (attestationRegistry *AttestationRegistry) PackHasApproved(arg0 [32]byte, arg1 common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("hasApproved", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23cdc3f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasApproved(bytes32 , address ) view returns(bool)
func (attestationRegistry *AttestationRegistry) TryPackHasApproved(arg0 [32]byte, arg1 common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("hasApproved", arg0, arg1)
}

// UnpackHasApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23cdc3f1.
//
// Solidity: function hasApproved(bytes32 , address ) view returns(bool)
func (attestationRegistry *AttestationRegistry) UnpackHasApproved(data []byte) (bool, error) {
	out, err := attestationRegistry.abi.Unpack("hasApproved", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33105218.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerifier(address ) view returns(bool)
func (attestationRegistry *AttestationRegistry) PackIsVerifier(arg0 common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("isVerifier", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33105218.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerifier(address ) view returns(bool)
func (attestationRegistry *AttestationRegistry) TryPackIsVerifier(arg0 common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("isVerifier", arg0)
}

// UnpackIsVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33105218.
//
// Solidity: function isVerifier(address ) view returns(bool)
func (attestationRegistry *AttestationRegistry) UnpackIsVerifier(data []byte) (bool, error) {
	out, err := attestationRegistry.abi.Unpack("isVerifier", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxValidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fa4ead.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxValidity() view returns(uint64)
func (attestationRegistry *AttestationRegistry) PackMaxValidity() []byte {
	enc, err := attestationRegistry.abi.Pack("maxValidity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxValidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fa4ead.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxValidity() view returns(uint64)
func (attestationRegistry *AttestationRegistry) TryPackMaxValidity() ([]byte, error) {
	return attestationRegistry.abi.Pack("maxValidity")
}

// UnpackMaxValidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86fa4ead.
//
// Solidity: function maxValidity() view returns(uint64)
func (attestationRegistry *AttestationRegistry) UnpackMaxValidity(data []byte) (uint64, error) {
	out, err := attestationRegistry.abi.Unpack("maxValidity", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOfferGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ec47600.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offerGovernance(address to) returns()
func (attestationRegistry *AttestationRegistry) PackOfferGovernance(to common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("offerGovernance", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOfferGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ec47600.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offerGovernance(address to) returns()
func (attestationRegistry *AttestationRegistry) TryPackOfferGovernance(to common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("offerGovernance", to)
}

// PackPendingGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c38a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingGovernance() view returns(address)
func (attestationRegistry *AttestationRegistry) PackPendingGovernance() []byte {
	enc, err := attestationRegistry.abi.Pack("pendingGovernance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingGovernance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c38a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingGovernance() view returns(address)
func (attestationRegistry *AttestationRegistry) TryPackPendingGovernance() ([]byte, error) {
	return attestationRegistry.abi.Pack("pendingGovernance")
}

// UnpackPendingGovernance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf39c38a0.
//
// Solidity: function pendingGovernance() view returns(address)
func (attestationRegistry *AttestationRegistry) UnpackPendingGovernance(data []byte) (common.Address, error) {
	out, err := attestationRegistry.abi.Unpack("pendingGovernance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6660f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalId(address signer, bytes32 hpkeKey, bytes32 evidenceHash) pure returns(bytes32)
func (attestationRegistry *AttestationRegistry) PackProposalId(signer common.Address, hpkeKey [32]byte, evidenceHash [32]byte) []byte {
	enc, err := attestationRegistry.abi.Pack("proposalId", signer, hpkeKey, evidenceHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f6660f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalId(address signer, bytes32 hpkeKey, bytes32 evidenceHash) pure returns(bytes32)
func (attestationRegistry *AttestationRegistry) TryPackProposalId(signer common.Address, hpkeKey [32]byte, evidenceHash [32]byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("proposalId", signer, hpkeKey, evidenceHash)
}

// UnpackProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f6660f8.
//
// Solidity: function proposalId(address signer, bytes32 hpkeKey, bytes32 evidenceHash) pure returns(bytes32)
func (attestationRegistry *AttestationRegistry) UnpackProposalId(data []byte) ([32]byte, error) {
	out, err := attestationRegistry.abi.Unpack("proposalId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32ed5b12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposals(bytes32 ) view returns(address signer, bytes32 hpkeKey, bytes32 evidenceHash, bool done)
func (attestationRegistry *AttestationRegistry) PackProposals(arg0 [32]byte) []byte {
	enc, err := attestationRegistry.abi.Pack("proposals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32ed5b12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposals(bytes32 ) view returns(address signer, bytes32 hpkeKey, bytes32 evidenceHash, bool done)
func (attestationRegistry *AttestationRegistry) TryPackProposals(arg0 [32]byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("proposals", arg0)
}

// ProposalsOutput serves as a container for the return parameters of contract
// method Proposals.
type ProposalsOutput struct {
	Signer       common.Address
	HpkeKey      [32]byte
	EvidenceHash [32]byte
	Done         bool
}

// UnpackProposals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32ed5b12.
//
// Solidity: function proposals(bytes32 ) view returns(address signer, bytes32 hpkeKey, bytes32 evidenceHash, bool done)
func (attestationRegistry *AttestationRegistry) UnpackProposals(data []byte) (ProposalsOutput, error) {
	out, err := attestationRegistry.abi.Unpack("proposals", data)
	outstruct := new(ProposalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.HpkeKey = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.EvidenceHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Done = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRegisterSimulated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51af52db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerSimulated(address signer, bytes32 hpkeKey, bytes evidence) returns()
func (attestationRegistry *AttestationRegistry) PackRegisterSimulated(signer common.Address, hpkeKey [32]byte, evidence []byte) []byte {
	enc, err := attestationRegistry.abi.Pack("registerSimulated", signer, hpkeKey, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterSimulated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51af52db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerSimulated(address signer, bytes32 hpkeKey, bytes evidence) returns()
func (attestationRegistry *AttestationRegistry) TryPackRegisterSimulated(signer common.Address, hpkeKey [32]byte, evidence []byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("registerSimulated", signer, hpkeKey, evidence)
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74a8f103.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(address signer) returns()
func (attestationRegistry *AttestationRegistry) PackRevoke(signer common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("revoke", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74a8f103.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(address signer) returns()
func (attestationRegistry *AttestationRegistry) TryPackRevoke(signer common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("revoke", signer)
}

// PackSetAcceptedTcbStatuses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa7e7f69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAcceptedTcbStatuses(uint256 mask) returns()
func (attestationRegistry *AttestationRegistry) PackSetAcceptedTcbStatuses(mask *big.Int) []byte {
	enc, err := attestationRegistry.abi.Pack("setAcceptedTcbStatuses", mask)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAcceptedTcbStatuses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa7e7f69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAcceptedTcbStatuses(uint256 mask) returns()
func (attestationRegistry *AttestationRegistry) TryPackSetAcceptedTcbStatuses(mask *big.Int) ([]byte, error) {
	return attestationRegistry.abi.Pack("setAcceptedTcbStatuses", mask)
}

// PackSetMaxValidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7a958b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxValidity(uint64 maxValidity_) returns()
func (attestationRegistry *AttestationRegistry) PackSetMaxValidity(maxValidity uint64) []byte {
	enc, err := attestationRegistry.abi.Pack("setMaxValidity", maxValidity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxValidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7a958b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxValidity(uint64 maxValidity_) returns()
func (attestationRegistry *AttestationRegistry) TryPackSetMaxValidity(maxValidity uint64) ([]byte, error) {
	return attestationRegistry.abi.Pack("setMaxValidity", maxValidity)
}

// PackSetMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x747d05f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMeasurement(bytes32 measurement, bool allowed) returns()
func (attestationRegistry *AttestationRegistry) PackSetMeasurement(measurement [32]byte, allowed bool) []byte {
	enc, err := attestationRegistry.abi.Pack("setMeasurement", measurement, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x747d05f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMeasurement(bytes32 measurement, bool allowed) returns()
func (attestationRegistry *AttestationRegistry) TryPackSetMeasurement(measurement [32]byte, allowed bool) ([]byte, error) {
	return attestationRegistry.abi.Pack("setMeasurement", measurement, allowed)
}

// PackSetThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x793e6410.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setThreshold(uint16 threshold_) returns()
func (attestationRegistry *AttestationRegistry) PackSetThreshold(threshold uint16) []byte {
	enc, err := attestationRegistry.abi.Pack("setThreshold", threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x793e6410.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setThreshold(uint16 threshold_) returns()
func (attestationRegistry *AttestationRegistry) TryPackSetThreshold(threshold uint16) ([]byte, error) {
	return attestationRegistry.abi.Pack("setThreshold", threshold)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9b5671.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(address verifier, bool allowed) returns()
func (attestationRegistry *AttestationRegistry) PackSetVerifier(verifier common.Address, allowed bool) []byte {
	enc, err := attestationRegistry.abi.Pack("setVerifier", verifier, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9b5671.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(address verifier, bool allowed) returns()
func (attestationRegistry *AttestationRegistry) TryPackSetVerifier(verifier common.Address, allowed bool) ([]byte, error) {
	return attestationRegistry.abi.Pack("setVerifier", verifier, allowed)
}

// PackSubmitEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37cdd263.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitEvidence(address signer, bytes32 hpkeKey, bytes evidence) returns(bytes32 id)
func (attestationRegistry *AttestationRegistry) PackSubmitEvidence(signer common.Address, hpkeKey [32]byte, evidence []byte) []byte {
	enc, err := attestationRegistry.abi.Pack("submitEvidence", signer, hpkeKey, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37cdd263.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitEvidence(address signer, bytes32 hpkeKey, bytes evidence) returns(bytes32 id)
func (attestationRegistry *AttestationRegistry) TryPackSubmitEvidence(signer common.Address, hpkeKey [32]byte, evidence []byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("submitEvidence", signer, hpkeKey, evidence)
}

// UnpackSubmitEvidence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37cdd263.
//
// Solidity: function submitEvidence(address signer, bytes32 hpkeKey, bytes evidence) returns(bytes32 id)
func (attestationRegistry *AttestationRegistry) UnpackSubmitEvidence(data []byte) ([32]byte, error) {
	out, err := attestationRegistry.abi.Unpack("submitEvidence", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint16)
func (attestationRegistry *AttestationRegistry) PackThreshold() []byte {
	enc, err := attestationRegistry.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint16)
func (attestationRegistry *AttestationRegistry) TryPackThreshold() ([]byte, error) {
	return attestationRegistry.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint16)
func (attestationRegistry *AttestationRegistry) UnpackThreshold(data []byte) (uint16, error) {
	out, err := attestationRegistry.abi.Unpack("threshold", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackVerdictApprovals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc7d7225.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdictApprovals(bytes32 verdict) view returns(uint16)
func (attestationRegistry *AttestationRegistry) PackVerdictApprovals(verdict [32]byte) []byte {
	enc, err := attestationRegistry.abi.Pack("verdictApprovals", verdict)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdictApprovals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc7d7225.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdictApprovals(bytes32 verdict) view returns(uint16)
func (attestationRegistry *AttestationRegistry) TryPackVerdictApprovals(verdict [32]byte) ([]byte, error) {
	return attestationRegistry.abi.Pack("verdictApprovals", verdict)
}

// UnpackVerdictApprovals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc7d7225.
//
// Solidity: function verdictApprovals(bytes32 verdict) view returns(uint16)
func (attestationRegistry *AttestationRegistry) UnpackVerdictApprovals(data []byte) (uint16, error) {
	out, err := attestationRegistry.abi.Unpack("verdictApprovals", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackVerifierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb4adf52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierCount() view returns(uint16)
func (attestationRegistry *AttestationRegistry) PackVerifierCount() []byte {
	enc, err := attestationRegistry.abi.Pack("verifierCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb4adf52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierCount() view returns(uint16)
func (attestationRegistry *AttestationRegistry) TryPackVerifierCount() ([]byte, error) {
	return attestationRegistry.abi.Pack("verifierCount")
}

// UnpackVerifierCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb4adf52.
//
// Solidity: function verifierCount() view returns(uint16)
func (attestationRegistry *AttestationRegistry) UnpackVerifierCount(data []byte) (uint16, error) {
	out, err := attestationRegistry.abi.Unpack("verifierCount", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackVoteRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c92404b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteRevoke(address signer) returns()
func (attestationRegistry *AttestationRegistry) PackVoteRevoke(signer common.Address) []byte {
	enc, err := attestationRegistry.abi.Pack("voteRevoke", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c92404b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteRevoke(address signer) returns()
func (attestationRegistry *AttestationRegistry) TryPackVoteRevoke(signer common.Address) ([]byte, error) {
	return attestationRegistry.abi.Pack("voteRevoke", signer)
}

// AttestationRegistryAcceptedTcbStatusesSet represents a AcceptedTcbStatusesSet event raised by the AttestationRegistry contract.
type AttestationRegistryAcceptedTcbStatusesSet struct {
	Mask *big.Int
	Raw  *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryAcceptedTcbStatusesSetEventName = "AcceptedTcbStatusesSet"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryAcceptedTcbStatusesSet) ContractEventName() string {
	return AttestationRegistryAcceptedTcbStatusesSetEventName
}

// UnpackAcceptedTcbStatusesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AcceptedTcbStatusesSet(uint256 mask)
func (attestationRegistry *AttestationRegistry) UnpackAcceptedTcbStatusesSetEvent(log *types.Log) (*AttestationRegistryAcceptedTcbStatusesSet, error) {
	event := "AcceptedTcbStatusesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryAcceptedTcbStatusesSet)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryApproved represents a Approved event raised by the AttestationRegistry contract.
type AttestationRegistryApproved struct {
	Id          [32]byte
	Verifier    common.Address
	Measurement [32]byte
	TcbStatus   uint8
	Expiry      uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryApprovedEventName = "Approved"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryApproved) ContractEventName() string {
	return AttestationRegistryApprovedEventName
}

// UnpackApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approved(bytes32 indexed id, address indexed verifier, bytes32 measurement, uint8 tcbStatus, uint64 expiry)
func (attestationRegistry *AttestationRegistry) UnpackApprovedEvent(log *types.Log) (*AttestationRegistryApproved, error) {
	event := "Approved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryApproved)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryEnclaveExtended represents a EnclaveExtended event raised by the AttestationRegistry contract.
type AttestationRegistryEnclaveExtended struct {
	Signer common.Address
	Expiry uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryEnclaveExtendedEventName = "EnclaveExtended"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryEnclaveExtended) ContractEventName() string {
	return AttestationRegistryEnclaveExtendedEventName
}

// UnpackEnclaveExtendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveExtended(address indexed signer, uint64 expiry)
func (attestationRegistry *AttestationRegistry) UnpackEnclaveExtendedEvent(log *types.Log) (*AttestationRegistryEnclaveExtended, error) {
	event := "EnclaveExtended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryEnclaveExtended)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryEnclaveRegistered represents a EnclaveRegistered event raised by the AttestationRegistry contract.
type AttestationRegistryEnclaveRegistered struct {
	Signer       common.Address
	Measurement  [32]byte
	HpkeKey      [32]byte
	EvidenceHash [32]byte
	TcbStatus    uint8
	Expiry       uint64
	Simulated    bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryEnclaveRegisteredEventName = "EnclaveRegistered"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryEnclaveRegistered) ContractEventName() string {
	return AttestationRegistryEnclaveRegisteredEventName
}

// UnpackEnclaveRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRegistered(address indexed signer, bytes32 indexed measurement, bytes32 hpkeKey, bytes32 evidenceHash, uint8 tcbStatus, uint64 expiry, bool simulated)
func (attestationRegistry *AttestationRegistry) UnpackEnclaveRegisteredEvent(log *types.Log) (*AttestationRegistryEnclaveRegistered, error) {
	event := "EnclaveRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryEnclaveRegistered)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryEnclaveRevoked represents a EnclaveRevoked event raised by the AttestationRegistry contract.
type AttestationRegistryEnclaveRevoked struct {
	Signer common.Address
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryEnclaveRevokedEventName = "EnclaveRevoked"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryEnclaveRevoked) ContractEventName() string {
	return AttestationRegistryEnclaveRevokedEventName
}

// UnpackEnclaveRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRevoked(address indexed signer, address by)
func (attestationRegistry *AttestationRegistry) UnpackEnclaveRevokedEvent(log *types.Log) (*AttestationRegistryEnclaveRevoked, error) {
	event := "EnclaveRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryEnclaveRevoked)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryEvidenceSubmitted represents a EvidenceSubmitted event raised by the AttestationRegistry contract.
type AttestationRegistryEvidenceSubmitted struct {
	Id           [32]byte
	Signer       common.Address
	HpkeKey      [32]byte
	EvidenceHash [32]byte
	BindingHash  [32]byte
	Evidence     []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryEvidenceSubmittedEventName = "EvidenceSubmitted"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryEvidenceSubmitted) ContractEventName() string {
	return AttestationRegistryEvidenceSubmittedEventName
}

// UnpackEvidenceSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvidenceSubmitted(bytes32 indexed id, address indexed signer, bytes32 hpkeKey, bytes32 evidenceHash, bytes32 bindingHash, bytes evidence)
func (attestationRegistry *AttestationRegistry) UnpackEvidenceSubmittedEvent(log *types.Log) (*AttestationRegistryEvidenceSubmitted, error) {
	event := "EvidenceSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryEvidenceSubmitted)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryGovernanceOffered represents a GovernanceOffered event raised by the AttestationRegistry contract.
type AttestationRegistryGovernanceOffered struct {
	To  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryGovernanceOfferedEventName = "GovernanceOffered"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryGovernanceOffered) ContractEventName() string {
	return AttestationRegistryGovernanceOfferedEventName
}

// UnpackGovernanceOfferedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceOffered(address indexed to)
func (attestationRegistry *AttestationRegistry) UnpackGovernanceOfferedEvent(log *types.Log) (*AttestationRegistryGovernanceOffered, error) {
	event := "GovernanceOffered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryGovernanceOffered)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryGovernanceTransferred represents a GovernanceTransferred event raised by the AttestationRegistry contract.
type AttestationRegistryGovernanceTransferred struct {
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryGovernanceTransferredEventName = "GovernanceTransferred"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryGovernanceTransferred) ContractEventName() string {
	return AttestationRegistryGovernanceTransferredEventName
}

// UnpackGovernanceTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceTransferred(address indexed from, address indexed to)
func (attestationRegistry *AttestationRegistry) UnpackGovernanceTransferredEvent(log *types.Log) (*AttestationRegistryGovernanceTransferred, error) {
	event := "GovernanceTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryGovernanceTransferred)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryMaxValiditySet represents a MaxValiditySet event raised by the AttestationRegistry contract.
type AttestationRegistryMaxValiditySet struct {
	MaxValidity uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryMaxValiditySetEventName = "MaxValiditySet"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryMaxValiditySet) ContractEventName() string {
	return AttestationRegistryMaxValiditySetEventName
}

// UnpackMaxValiditySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxValiditySet(uint64 maxValidity)
func (attestationRegistry *AttestationRegistry) UnpackMaxValiditySetEvent(log *types.Log) (*AttestationRegistryMaxValiditySet, error) {
	event := "MaxValiditySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryMaxValiditySet)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryMeasurementSet represents a MeasurementSet event raised by the AttestationRegistry contract.
type AttestationRegistryMeasurementSet struct {
	Measurement [32]byte
	Allowed     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryMeasurementSetEventName = "MeasurementSet"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryMeasurementSet) ContractEventName() string {
	return AttestationRegistryMeasurementSetEventName
}

// UnpackMeasurementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementSet(bytes32 indexed measurement, bool allowed)
func (attestationRegistry *AttestationRegistry) UnpackMeasurementSetEvent(log *types.Log) (*AttestationRegistryMeasurementSet, error) {
	event := "MeasurementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryMeasurementSet)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryThresholdSet represents a ThresholdSet event raised by the AttestationRegistry contract.
type AttestationRegistryThresholdSet struct {
	Threshold uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryThresholdSetEventName = "ThresholdSet"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryThresholdSet) ContractEventName() string {
	return AttestationRegistryThresholdSetEventName
}

// UnpackThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ThresholdSet(uint16 threshold)
func (attestationRegistry *AttestationRegistry) UnpackThresholdSetEvent(log *types.Log) (*AttestationRegistryThresholdSet, error) {
	event := "ThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryThresholdSet)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AttestationRegistryVerifierSet represents a VerifierSet event raised by the AttestationRegistry contract.
type AttestationRegistryVerifierSet struct {
	Verifier common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AttestationRegistryVerifierSetEventName = "VerifierSet"

// ContractEventName returns the user-defined event name.
func (AttestationRegistryVerifierSet) ContractEventName() string {
	return AttestationRegistryVerifierSetEventName
}

// UnpackVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierSet(address indexed verifier, bool allowed)
func (attestationRegistry *AttestationRegistry) UnpackVerifierSetEvent(log *types.Log) (*AttestationRegistryVerifierSet, error) {
	event := "VerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationRegistryVerifierSet)
	if len(log.Data) > 0 {
		if err := attestationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attestationRegistry *AttestationRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["AlreadyApproved"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackAlreadyApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["BadSimulatedEvidence"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackBadSimulatedEvidenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["DevelopmentModeOnly"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackDevelopmentModeOnlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["EmptyEvidence"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackEmptyEvidenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["ExpiryInPast"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackExpiryInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["NotGovernance"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackNotGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["NotPendingGovernance"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackNotPendingGovernanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["NotVerifier"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackNotVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["ProposalDone"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackProposalDoneError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["ReportDataMismatch"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackReportDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["SimulatedEvidenceRefused"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackSimulatedEvidenceRefusedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["TcbStatusNotAccepted"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackTcbStatusNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["UnknownEnclave"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackUnknownEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationRegistry.abi.Errors["UnknownProposal"].ID.Bytes()[:4]) {
		return attestationRegistry.UnpackUnknownProposalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttestationRegistryAlreadyApproved represents a AlreadyApproved error raised by the AttestationRegistry contract.
type AttestationRegistryAlreadyApproved struct {
	Id       [32]byte
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyApproved(bytes32 id, address verifier)
func AttestationRegistryAlreadyApprovedErrorID() common.Hash {
	return common.HexToHash("0xa72db787812d88d2d62735dcb17d25a9cf0b067799e419cd36c2dda31794d5c2")
}

// UnpackAlreadyApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyApproved(bytes32 id, address verifier)
func (attestationRegistry *AttestationRegistry) UnpackAlreadyApprovedError(raw []byte) (*AttestationRegistryAlreadyApproved, error) {
	out := new(AttestationRegistryAlreadyApproved)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "AlreadyApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryAlreadyVoted represents a AlreadyVoted error raised by the AttestationRegistry contract.
type AttestationRegistryAlreadyVoted struct {
	Signer   common.Address
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(address signer, address verifier)
func AttestationRegistryAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x6ab3b53c96e82f83f56e22516314f884e721ccea152f7470b156fe5d29c5a60f")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(address signer, address verifier)
func (attestationRegistry *AttestationRegistry) UnpackAlreadyVotedError(raw []byte) (*AttestationRegistryAlreadyVoted, error) {
	out := new(AttestationRegistryAlreadyVoted)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryBadSimulatedEvidence represents a BadSimulatedEvidence error raised by the AttestationRegistry contract.
type AttestationRegistryBadSimulatedEvidence struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSimulatedEvidence(string reason)
func AttestationRegistryBadSimulatedEvidenceErrorID() common.Hash {
	return common.HexToHash("0xfd9b206bf20af080d3f032b4bfcb90625b4f5a0ad10b655f445526822f97ace4")
}

// UnpackBadSimulatedEvidenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSimulatedEvidence(string reason)
func (attestationRegistry *AttestationRegistry) UnpackBadSimulatedEvidenceError(raw []byte) (*AttestationRegistryBadSimulatedEvidence, error) {
	out := new(AttestationRegistryBadSimulatedEvidence)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "BadSimulatedEvidence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryDevelopmentModeOnly represents a DevelopmentModeOnly error raised by the AttestationRegistry contract.
type AttestationRegistryDevelopmentModeOnly struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DevelopmentModeOnly()
func AttestationRegistryDevelopmentModeOnlyErrorID() common.Hash {
	return common.HexToHash("0xdeda75160d93073f3902b286cbea966a459043e2b3fdb01671f4fa8fbddb3646")
}

// UnpackDevelopmentModeOnlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DevelopmentModeOnly()
func (attestationRegistry *AttestationRegistry) UnpackDevelopmentModeOnlyError(raw []byte) (*AttestationRegistryDevelopmentModeOnly, error) {
	out := new(AttestationRegistryDevelopmentModeOnly)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "DevelopmentModeOnly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryEmptyEvidence represents a EmptyEvidence error raised by the AttestationRegistry contract.
type AttestationRegistryEmptyEvidence struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyEvidence()
func AttestationRegistryEmptyEvidenceErrorID() common.Hash {
	return common.HexToHash("0xcb3a13f70714fd25532b84ee06920e1865d6d563b88137c56e08dc73482ce899")
}

// UnpackEmptyEvidenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyEvidence()
func (attestationRegistry *AttestationRegistry) UnpackEmptyEvidenceError(raw []byte) (*AttestationRegistryEmptyEvidence, error) {
	out := new(AttestationRegistryEmptyEvidence)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "EmptyEvidence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryExpiryInPast represents a ExpiryInPast error raised by the AttestationRegistry contract.
type AttestationRegistryExpiryInPast struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryInPast(uint64 expiry)
func AttestationRegistryExpiryInPastErrorID() common.Hash {
	return common.HexToHash("0xe2872af20a0ac9b5cd03c6c4f4661b06215d5ec59979b7667d0d6c72604083cf")
}

// UnpackExpiryInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryInPast(uint64 expiry)
func (attestationRegistry *AttestationRegistry) UnpackExpiryInPastError(raw []byte) (*AttestationRegistryExpiryInPast, error) {
	out := new(AttestationRegistryExpiryInPast)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "ExpiryInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryInvalidThreshold represents a InvalidThreshold error raised by the AttestationRegistry contract.
type AttestationRegistryInvalidThreshold struct {
	Threshold uint16
	Verifiers uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint16 threshold, uint16 verifiers)
func AttestationRegistryInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x9dfc3898d0b90384522d4535c103abe98ddba88cc929a78001e4f4d67a4924f9")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint16 threshold, uint16 verifiers)
func (attestationRegistry *AttestationRegistry) UnpackInvalidThresholdError(raw []byte) (*AttestationRegistryInvalidThreshold, error) {
	out := new(AttestationRegistryInvalidThreshold)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryMeasurementNotAllowed represents a MeasurementNotAllowed error raised by the AttestationRegistry contract.
type AttestationRegistryMeasurementNotAllowed struct {
	Measurement [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAllowed(bytes32 measurement)
func AttestationRegistryMeasurementNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9bdbf576effa9578e0d2824c76ebb757a228f9d18398d4c5e67c2a83f4398936")
}

// UnpackMeasurementNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAllowed(bytes32 measurement)
func (attestationRegistry *AttestationRegistry) UnpackMeasurementNotAllowedError(raw []byte) (*AttestationRegistryMeasurementNotAllowed, error) {
	out := new(AttestationRegistryMeasurementNotAllowed)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "MeasurementNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryNotGovernance represents a NotGovernance error raised by the AttestationRegistry contract.
type AttestationRegistryNotGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernance(address caller)
func AttestationRegistryNotGovernanceErrorID() common.Hash {
	return common.HexToHash("0x988d1f034409fa6034c96c7a747f1aface3c57af045046793082b71a663c0040")
}

// UnpackNotGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernance(address caller)
func (attestationRegistry *AttestationRegistry) UnpackNotGovernanceError(raw []byte) (*AttestationRegistryNotGovernance, error) {
	out := new(AttestationRegistryNotGovernance)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "NotGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryNotPendingGovernance represents a NotPendingGovernance error raised by the AttestationRegistry contract.
type AttestationRegistryNotPendingGovernance struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPendingGovernance(address caller)
func AttestationRegistryNotPendingGovernanceErrorID() common.Hash {
	return common.HexToHash("0x8396ca09b59585751789260b5463547053fa14bb4fc675ccb5c36dd529111cdd")
}

// UnpackNotPendingGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPendingGovernance(address caller)
func (attestationRegistry *AttestationRegistry) UnpackNotPendingGovernanceError(raw []byte) (*AttestationRegistryNotPendingGovernance, error) {
	out := new(AttestationRegistryNotPendingGovernance)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "NotPendingGovernance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryNotVerifier represents a NotVerifier error raised by the AttestationRegistry contract.
type AttestationRegistryNotVerifier struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVerifier(address caller)
func AttestationRegistryNotVerifierErrorID() common.Hash {
	return common.HexToHash("0xfdad49d4d8abc0def2ccf8ba986dcbd23ea142aa289dd977f311e49829432145")
}

// UnpackNotVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVerifier(address caller)
func (attestationRegistry *AttestationRegistry) UnpackNotVerifierError(raw []byte) (*AttestationRegistryNotVerifier, error) {
	out := new(AttestationRegistryNotVerifier)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "NotVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryProposalDone represents a ProposalDone error raised by the AttestationRegistry contract.
type AttestationRegistryProposalDone struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalDone(bytes32 id)
func AttestationRegistryProposalDoneErrorID() common.Hash {
	return common.HexToHash("0x99c4ea3bb8b10ade7ec07ef3d4a17277a1db90ab76840ad9a4b936e9b67dc6c8")
}

// UnpackProposalDoneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalDone(bytes32 id)
func (attestationRegistry *AttestationRegistry) UnpackProposalDoneError(raw []byte) (*AttestationRegistryProposalDone, error) {
	out := new(AttestationRegistryProposalDone)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "ProposalDone", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryReportDataMismatch represents a ReportDataMismatch error raised by the AttestationRegistry contract.
type AttestationRegistryReportDataMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportDataMismatch(bytes32 got, bytes32 want)
func AttestationRegistryReportDataMismatchErrorID() common.Hash {
	return common.HexToHash("0xc21d08b21a9b0565345ef335fd20bdd1ee87fcd143fa812ce43b2b742734b932")
}

// UnpackReportDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportDataMismatch(bytes32 got, bytes32 want)
func (attestationRegistry *AttestationRegistry) UnpackReportDataMismatchError(raw []byte) (*AttestationRegistryReportDataMismatch, error) {
	out := new(AttestationRegistryReportDataMismatch)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "ReportDataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistrySimulatedEvidenceRefused represents a SimulatedEvidenceRefused error raised by the AttestationRegistry contract.
type AttestationRegistrySimulatedEvidenceRefused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SimulatedEvidenceRefused()
func AttestationRegistrySimulatedEvidenceRefusedErrorID() common.Hash {
	return common.HexToHash("0x38f90dd9c8cc2edd26e8baa40369d3a5a6c8e0cad978cf5215e421965b018176")
}

// UnpackSimulatedEvidenceRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SimulatedEvidenceRefused()
func (attestationRegistry *AttestationRegistry) UnpackSimulatedEvidenceRefusedError(raw []byte) (*AttestationRegistrySimulatedEvidenceRefused, error) {
	out := new(AttestationRegistrySimulatedEvidenceRefused)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "SimulatedEvidenceRefused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryTcbStatusNotAccepted represents a TcbStatusNotAccepted error raised by the AttestationRegistry contract.
type AttestationRegistryTcbStatusNotAccepted struct {
	TcbStatus uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TcbStatusNotAccepted(uint8 tcbStatus)
func AttestationRegistryTcbStatusNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x1a9cc8a04a39a59b80e694cb2cf86f57a4c0031180f0588966f8b5833cb1639e")
}

// UnpackTcbStatusNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TcbStatusNotAccepted(uint8 tcbStatus)
func (attestationRegistry *AttestationRegistry) UnpackTcbStatusNotAcceptedError(raw []byte) (*AttestationRegistryTcbStatusNotAccepted, error) {
	out := new(AttestationRegistryTcbStatusNotAccepted)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "TcbStatusNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryUnknownEnclave represents a UnknownEnclave error raised by the AttestationRegistry contract.
type AttestationRegistryUnknownEnclave struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEnclave(address signer)
func AttestationRegistryUnknownEnclaveErrorID() common.Hash {
	return common.HexToHash("0xac88b767f1e87cb56fc33a41d30df4f36a07e52f2202d4963c7f0547c5764e65")
}

// UnpackUnknownEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEnclave(address signer)
func (attestationRegistry *AttestationRegistry) UnpackUnknownEnclaveError(raw []byte) (*AttestationRegistryUnknownEnclave, error) {
	out := new(AttestationRegistryUnknownEnclave)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "UnknownEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationRegistryUnknownProposal represents a UnknownProposal error raised by the AttestationRegistry contract.
type AttestationRegistryUnknownProposal struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProposal(bytes32 id)
func AttestationRegistryUnknownProposalErrorID() common.Hash {
	return common.HexToHash("0x0977e2beb0b2267abef3c0fc56f725e0ef326ce75704b163d52a562350d74049")
}

// UnpackUnknownProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProposal(bytes32 id)
func (attestationRegistry *AttestationRegistry) UnpackUnknownProposalError(raw []byte) (*AttestationRegistryUnknownProposal, error) {
	out := new(AttestationRegistryUnknownProposal)
	if err := attestationRegistry.abi.UnpackIntoInterface(out, "UnknownProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorMetaData contains all meta data concerning the Coprocessor contract.
var CoprocessorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractGroth16Verifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"contractIAttestationRegistry\",\"name\":\"attestation_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minerFee\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"callbackGasPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"resultBond\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxCallbackGas\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stakePerResult\",\"type\":\"uint96\"}],\"internalType\":\"structCoprocessor.Config\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"unitsPerEther\",\"type\":\"uint96\"}],\"internalType\":\"structCoprocessor.FeeToken[]\",\"name\":\"feeTokens_\",\"type\":\"tuple[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"AlreadyJoined\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"AssignmentRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"openGames\",\"type\":\"uint16\"}],\"name\":\"DisputesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"EnclaveNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"FeeAboveMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"FeeTokenNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"MinerSetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAllowedToServe\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotYetExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutputSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"route\",\"type\":\"uint8\"}],\"name\":\"RouteNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"StaleDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"StillStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"TokenAmountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumCoprocessor.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"CallbackResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"openGames\",\"type\":\"uint16\"}],\"name\":\"DisputeClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"disputeGame\",\"type\":\"address\"}],\"name\":\"DisputeGameSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"openGames\",\"type\":\"uint16\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unitsPerEther\",\"type\":\"uint256\"}],\"name\":\"FeeTokenAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"MinerEvicted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"MinerJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"MinerLeft\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"strikes\",\"type\":\"uint256\"}],\"name\":\"MinerStruck\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"RequestClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"assignee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"assignedUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"inputLength\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"inputURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"}],\"name\":\"RequestCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerCut\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"}],\"name\":\"RequestFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RequestRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"route\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"final_\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ResultDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"ResultVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokenWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERROR_REFUNDED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERROR_VOIDED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MINERS_PER_MODEL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROUTE_ATTESTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROUTE_OPTIMISTIC\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROUTE_PROVEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attestation\",\"outputs\":[{\"internalType\":\"contractIAttestationRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGasPrice\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"closeDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"games\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"deliverAttested\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"}],\"name\":\"deliverOptimistic\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"deliverProven\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"estimateTokenFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"evict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"feeTokenRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeTokens\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"unitsPerEther\",\"type\":\"uint96\"}],\"internalType\":\"structCoprocessor.FeeToken[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"assignee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"assignedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"enumCoprocessor.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"callbackDone\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"bonded\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint88\",\"name\":\"escrow\",\"type\":\"uint88\"},{\"internalType\":\"uint88\",\"name\":\"modelFee\",\"type\":\"uint88\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"openGames\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"}],\"internalType\":\"structCoprocessor.Request\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isMinerFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"joinModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"leaveModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCallbackGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minerFee\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"minersOfModel\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"openResults\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"inputLength\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"inputURI\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"}],\"internalType\":\"structCoprocessor.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"requestInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"responseWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resultBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"resultDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"resultState\",\"outputs\":[{\"internalType\":\"enumCoprocessor.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"name\":\"setDisputeGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakePerResult\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"strikes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractGroth16Verifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdrawToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "2c16df9d31815191b4454c16e3b87bbfde",
	Bin: "0x61028080604052346107cd57615a1f90813803809261001e8284610a7c565b823980828101036101c081126107cd578151926001600160a01b03841684036107cd576020830151916001600160a01b03831683036107cd5760408401516001600160a01b03811681036107cd576060850151916001600160a01b03831683036107cd5761012090607f1901126107cd576040519261012084016001600160401b038111858210176103fc576040526100b960808701610a9f565b84526100c760a08701610a9f565b602085015260c086015161ffff811681036107cd5760408501526100ed60e08701610ab3565b60608501526100ff6101008701610ab3565b60808501526101116101208701610a9f565b60a085015261014086015163ffffffff811681036107cd5760c085015261013b6101608701610ac7565b60e085015261014d6101808701610a9f565b6101008501526101a08601516001600160401b0381116107cd57818701601f8289010112156107cd5786810151916001600160401b0383116103fc576040519761019d60208560051b018a610a7c565b8389526020808a019460061b84830101019282820184116107cd578101602001935b838510610a205750505050506001600160a01b0386163b156109ef576001600160a01b0384163b156109bf576001600160a01b0381163b1561098e5761271061ffff60408501511610156109575760e08301516001600160a01b0316156109265760608301516001600160401b0316156108ef5760808301516001600160401b0316156108b75760a08301516001600160601b031615610884576101008301516001600160601b03161561084d57627a120063ffffffff60c085015116116108165760088551116107e4575f5b85518110156104a057600581901b86016020015180519091906001600160a01b03163b1561046e576020820180516001600160601b0316158015610447575b6104105760018060a01b03835116600654680100000000000000008110156103fc5760018101806006558110156103e85760065f8190527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f90910180546001600160a01b031916909217909155815190546040516001957f68fe25eacfd1410bdd27f58275ace57ca20d0e060f127b5745d4f722bc14f54d9360209391929160ff16906001600160601b031661038083610a61565b8252838201908152878060a01b038351165f526005845260405f2091888060601b039051166cff0000000000000000000000008354925160601b1691898060681b03191617179055858060a01b0390511692858060601b03905116604051908152a20161028c565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6040516389a6198960e01b815260206004820152600e60248201526d66656520746f6b656e207261746560901b6044820152606490fd5b5082516001600160a01b03165f9081526005602052604090205460601c60ff1615156102cb565b6040516389a6198960e01b81526020600482015260096024820152683332b2903a37b5b2b760b91b6044820152606490fd5b50608095865260a084815260c091825260e092835283516001600160601b0390811661010090815260208681015183166101205260408088015161ffff166101405260608801516001600160401b03908116610160529a880151909a16610180529286015182166101a0529285015163ffffffff166101c052928401516001600160a01b039081166101e0529190930151909116610200529351631bad9e0560e11b81529390925083916004918391165afa9081156107d9575f916107a3575b5061022052336102405260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f1d9c2fd026582937dfb89243f75d547c76e74f83ab98dd2175d6e55419f93b1160408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526105fc60c082610a7c565b51902061026052604051614f439081610adc823960805181818161040701528181610f2a01528181611de701528181611f77015281816122b501528181612cd501528181613cfe0152613ec7015260a051818181612215015281816123000152818161271301528181612a7201528181612da8015281816141f90152614cc0015260c0518181816104fb0152612b65015260e0518181816121610152613ff4015261010051818181611c290152614b84015261012051818181610d6d0152614bba015261014051818181612982015281816148b10152614c010152610160518181816102b60152818161162e0152612772015261018051818181611d8701528181612e1e015261425201526101a051818181610d250152818161200501528181612c820152818161379c01526140ff01526101c051818181610ff90152611b2901526101e05181818161211d015281816149660152614a1101526102005181818161088b01528181612d3d015261418d015261022051818181612d65015281816141b60152614c9e01526102405181613399015261026051818181612945015261460b0152f35b90506020813d6020116107d1575b816107be60209383610a7c565b810103126107cd57515f610560565b5f80fd5b3d91506107b1565b6040513d5f823e3d90fd5b6040516389a6198960e01b8152602060048201526009602482015268666565546f6b656e7360b81b6044820152606490fd5b6040516389a6198960e01b815260206004820152600e60248201526d6d617843616c6c6261636b47617360901b6044820152606490fd5b6040516389a6198960e01b815260206004820152600e60248201526d1cdd185ad954195c94995cdd5b1d60921b6044820152606490fd5b6040516389a6198960e01b815260206004820152600a6024820152691c995cdd5b1d109bdb9960b21b6044820152606490fd5b6040516389a6198960e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b6040516389a6198960e01b815260206004820152600e60248201526d726573706f6e736557696e646f7760901b6044820152606490fd5b6040516389a6198960e01b8152602060048201526008602482015267747265617375727960c01b6044820152606490fd5b6040516389a6198960e01b815260206004820152600e60248201526d70726f746f636f6c46656542707360901b6044820152606490fd5b6040516389a6198960e01b81526020600482015260086024820152673b32b934b334b2b960c11b6044820152606490fd5b6040516389a6198960e01b81526020600482015260076024820152667374616b696e6760c81b6044820152606490fd5b6040516389a6198960e01b8152602060048201526008602482015267726567697374727960c01b6044820152606490fd5b60408584840103126107cd5760206040918251610a3c81610a61565b610a4588610ac7565b8152610a52838901610a9f565b838201528152019401936101bf565b604081019081106001600160401b038211176103fc57604052565b601f909101601f19168101906001600160401b038211908210176103fc57604052565b51906001600160601b03821682036107cd57565b51906001600160401b03821682036107cd57565b51906001600160a01b03821682036107cd5756fe60806040526004361015610011575f80fd5b5f3560e01c806302c99bec1461389f57806317832eab1461356157806319716a40146135465780631ade45b91461350e5780631bea8006146134be57806321e9a2b21461343e5780632491bbd71461337e578063278ecde1146131d157806327d00fb01461307d57806328f828ec14612bd0578063298e4e9614612b945780632b7ac3f314612b505780632ff36e3214612a0057806333727c4d146129c057806334eb9471146129a657806335659fb8146129685780633644e5151461292e578063379607f51461265957806339c332151461263c5780633ccfd60b146125a95780633f21dd261461228557806342977e2414610d495780634946f97f146122445780634cf088d9146122005780634d1446a9146121c85780635436d833146121ad5780635badbe4c146121905780635ea1d46a1461214c57806361d027b3146121085780636dbbfb9c146120c45780636f1df0ad14611e9757806370a0823114611e5f578063715c832c14611c05578063798750b614611e165780637b10399914611dd25780637fabb4a814611dab578063861a141214611d685780638947606914611c7b5780638f20eaee14611c4d578063a0ca868e14611c0a578063a51205f814611c05578063a89a050014611b4d578063a8e224a414611b0d578063b60038dd14611ac1578063bbb7397614610edc578063bee0d6ad14610d91578063bf90324714610d4e578063bff3add514610d49578063c3be5ba214610d06578063c58343ef146108af578063c885580b1461086c578063ddefd8af1461080b578063e1e0ad40146102da578063eddada1c146102975763f43cc77314610276575f80fd5b34610293575f366003190112610293576020600454604051908152f35b5f80fd5b34610293575f3660031901126102935760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102935760a0366003190112610293576004356024356001600160401b0381116102935761030d90369060040161394d565b906044356001600160401b0381116102935761032d90369060040161394d565b93906064356001600160401b0381116102935761034e90369060040161394d565b906084356001600160401b0381116102935761036e90369060040161394d565b919092855f52600260205260405f209460018601998a5460ff8160e81c1660058110156107f757600181036107c157506001600160401b03885460a01c1642116107ae578060e01c90600482161561079657336001600160a01b0382161480159190610780575b50610769576080166106f5575b6103ed368284613bcf565b602081519101206003880154036106e75760018060a01b037f0000000000000000000000000000000000000000000000000000000000000000169563ffffffff600289015460b01c16956040516361bb32fd60e11b81528760048201526080816024818c5afa908115610622575f916106ae575b5063ffffffff815116808510801561069b575b61067657509387936104d26104f7948f946104956104e49660209b9a614e98565b6104c06040519b8c9a8b9a6312d4177d60e31b8c5260048c015260a060248c015260a48b0191613de6565b8881036003190160448a015291613de6565b85810360031901606487015291613de6565b8281036003190160848401528b8b613de6565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610622575f9161063c575b501561062d576040906024825180948193631a56140b60e11b835260048301525afa8015610622576105ed966105e8925f926105ef575b5060018060a01b0333166001600160601b0360a01b8254161781556001600160401b0360a01b19815416905560405160048152600160208201525f60408201525f60608201525f608082015260c060a0820152845f516020614eee5f395f51905f523392806105dd60c082018c8c613de6565b0390a3338484614853565b614a72565b005b61061291925060403d60401161061b575b61060a81836139f3565b810190613b67565b9050908861056a565b503d610600565b6040513d5f823e3d90fd5b6309bde33960e01b5f5260045ffd5b90506020813d60201161066e575b81610657602093836139f3565b810103126102935761066890613ae2565b88610533565b3d915061064a565b63ffffffff6020869301511691633212279160e21b5f5260045260245260445260645ffd5b5063ffffffff6020830151168511610474565b905060803d6080116106e0575b6106c581836139f3565b8101608082820312610293576106da91613c22565b8e610461565b503d6106bb565b62a80fb560e51b5f5260045ffd5b600287015460b01c63ffffffff165f818152600960209081526040808320338452909152902054908161072a575b50506103e2565b5f198201918211610755575f9081526009602090815260408083203384529091529020558b80610723565b634e487b7160e01b5f52601160045260245ffd5b8863b56726db60e01b5f526004523360245260445ffd5b6001600160401b03915060a01c1642118d6103d5565b896374f9a59560e11b5f52600452600460245260445ffd5b8863bfb22adf60e01b5f5260045260245ffd5b899080156107e4576107df9163a5d15e1f60e01b5f526004526139b0565b60445ffd5b50631f79bbe760e01b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b60a0366003190112610293576024356001600160401b0381116102935761083690369060040161394d565b608435916001600160401b038311610293576108596105ed93369060040161394d565b9290916064359160443591600435613e31565b34610293575f3660031901126102935760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293576020366003190112610293576040516102e081018181106001600160401b03821117610cf2576040525f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201525f6102608201525f6102808201525f6102a08201525f6102c08201526004355f52600260205260405f20906001820154600560ff8260e81c1610156107f75760ff8160e81c1615610cdd575f600260ff8360e81c1614908115610cca575b84546001600160a01b038116855260a081901c6001600160401b0316602086015260e081901c60408601529115610ca3576001600160a01b03831661012085015260a083901c6001600160401b03166101408501525b60078360e01c1660a08501526107f75760076102e09460ff8460e81c1660c086015260ff8460f01c16151560e08601528360f81c151561010086015260028101546001600160581b0381166101608701526001600160581b038160581c1661018087015263ffffffff8160b01c166101a087015263ffffffff8160d01c166101c087015260f01c6101e0860152600381015461020086015260048101546102208601526005810154610240860152600681015461026086015201546102808401526004355f52600a60205260018060a01b0360405f205416806102a085015215610c8e575b506001600160a01b0390610b099060e01c60ff16614783565b166102c08201526040519060018060a01b0381511682526001600160401b03602082015116602083015263ffffffff604082015116604083015260018060a01b0360608201511660608301526001600160401b03608082015116608083015260ff60a08201511660a0830152610b8760c082015160c08401906139be565b60e0810151151560e0830152610100810151151561010083015260018060a01b03610120820151166101208301526001600160401b03610140820151166101408301526001600160581b03610160820151166101608301526001600160581b036101808201511661018083015263ffffffff6101a0820151166101a083015263ffffffff6101c0820151166101c083015261ffff6101e0820151166101e083015261020081015161020083015261022081015161022083015261024081015161024083015261026081015161026083015261028081015161028083015260018060a01b036102a0820151166102a08301526102c060018060a01b03910151166102c0820152f35b6001600160a01b03166102a083015283610af0565b6001600160a01b038316606085015260a083901c6001600160401b03166080850152610a0b565b50505f600360ff8360e81c1614906109b5565b631f79bbe760e01b5f5260043560045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b34610293575f3660031901126102935760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b61397a565b34610293575f3660031901126102935760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293575f36600319011261029357600654610dad81613e06565b90610dbb60405192836139f3565b808252610dca601f1991613e06565b015f5b818110610eb957825f5b8151811015610e565780610dec600192613b8e565b838060a01b0391549060031b1c16610e0382613b8e565b848060a01b0391549060031b1c165f5260056020526001600160601b0360405f20541660405191610e33836139d8565b82526020820152610e448285613e1d565b52610e4f8184613e1d565b5001610dd7565b506040518091602082016020835281518091526020604084019201905f5b818110610e82575050500390f35b825180516001600160a01b031685526020908101516001600160601b03168186015286955060409094019390920191600101610e74565b602090604051610ec8816139d8565b5f81525f8382015282828601015201610dcd565b6020366003190112610293576001600160401b0360043511610293576101a06004353603600319011261029357604051630320c6ff60e41b81526004803581013590820152610100816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610622575f915f925f905f925f94611a7f575b506001600160801b031693611a465763ffffffff6004356004013511611a0b5760ff610f9960a460043501613d6d565b161580156119f1575b6119c2576002610fb660a460043501613d6d565b16151590816119b9575b50611973576004610fd460a4823501613d6d565b161515908161196a575b5061192457610ff160c460043501613d7b565b63ffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116116118e95761102e60e460043501613d8c565b6001600160401b0342911611156118b857611053602460043501600435600401613da0565b90508015611847576064600435018163ffffffff61107083613d7b565b161515918261182c575b50506117f85761109e611097602460043501600435600401613da0565b3691613bcf565b60208151910120915b60066110b760a460043501613d6d565b161515806117d5575b6117ad57506110dc6110d660c460043501613d7b565b84614b6f565b9034916110ee61018460043501613dd2565b945f916001600160a01b0387166116f4575b61014460043501358082116116de57508085106116c857506001600160581b03841161169a57611131600154613aef565b948560015561114561010460043501613dd2565b9260f861115660a460043501613d6d565b60039290921b1617906001600160a01b03841615611662575b6001600160a01b038416611629575f925b5f88815260026020526040902080546001600160a01b03191633178155926111d76111af60043560e401613d8c565b855467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178555565b6111e560c460043501613d7b565b84546001600160e01b031660e091821b6001600160e01b0319161785556001850180546001600160f01b0319166001600160a01b0389161760a088901b67ffffffffffffffff60a01b16179290911b60ff60e01b1691909117600160e81b1790556002830180546001600160581b0389166001600160d01b0319909116600480359081013560b01b63ffffffff60b01b16919091179190911760589390931b6affffffffffffffffffffff60581b169290921790556003830182905561012401359182908161161e575b5050600435610164016001600160a01b036112c982613dd2565b16151580611603575b6115ca575b506001600160a01b0388166115a4576112f2866004546139cb565b6004555b61130460a460043501613d6d565b9461131360e460043501613d8c565b9261132260c460043501613d7b565b9261133560048035602481019101613da0565b9490956004356084016004356004019061134e91613da0565b9890996040519b60ff168c52600160a01b600190031660208c01526001600160401b031660408b01526001600160401b031660608a015263ffffffff1660808901526001600160601b03891660a089015260c088015260e087015263ffffffff16610100860152610120850161018090526101808501906113ce92613de6565b908382036101408501526113e192613de6565b6001600160a01b03851661016083015260048035013591339185917f060685c96ab9e49de40ac4fd92958d3b5975b4af74b1f7f753a9aaa68ee961d19181900390a46001600160a01b0383168015159061159b575b611446575b602082604051908152f35b6040516370a0823160e01b81523060048201526020816024816001600160a01b0388165afa908115610622575f91611569575b506114b46040516323b872dd60e01b6020820152336024820152306044820152836064820152606481526114ae6084826139f3565b85614ac9565b6040516370a0823160e01b8152306004820152906020826024816001600160a01b0389165afa918215610622575f92611535575b508082111561152c576114fa91613a27565b925b818403611509575061143b565b90915063679f09a960e11b5f5260018060a01b031660045260245260445260645ffd5b50505f926114fc565b9091506020813d602011611561575b81611551602093836139f3565b81010312610293575190856114e8565b3d9150611544565b90506020813d602011611593575b81611584602093836139f3565b81010312610293575184611479565b3d9150611577565b50801515611436565b60018060a01b0388165f52600860205260405f206115c38782546139cb565b90556112f6565b6115d390613dd2565b5f888152600a6020526040902080546001600160a01b0319166001600160a01b03909216919091179055886112d7565b50336001600160a01b0361161683613dd2565b1614156112d2565b6007015581896112af565b61165c7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216613afd565b92611180565b92506116748660043560040135614c55565b92611689602460043501600435600401613da0565b90501561116f57906080179061116f565b6040516306e0450760e31b815260206004820152600560248201526476616c756560d81b6044820152606490fd5b846378279ed960e11b5f5260045260245260445ffd5b90637b7d1b0360e01b5f5260045260245260445ffd5b9150925060018060a01b0385165f52600560205260405f2060405190611719826139d8565b5460ff60206001600160601b03831693848152019160601c168152811561178f575160ff16913461169a578161174e91613a14565b670de0b6b3a764000081019081811161075557670de0b6b3a763ffff0190811161075557670de0b6b3a76400009182611788920495613a14565b0483611100565b630e520e6360e31b5f9081526001600160a01b038816600452602490fd5b63ffffffff6020818351169201511691633212279160e21b5f5260045260245260445260645ffd5b5063ffffffff8151168210806110c0575063ffffffff60208201511682116110c0565b6040516306e0450760e31b815260206004820152600b60248201526a0d2dce0eae898cadccee8d60ab1b6044820152606490fd5b63ffffffff91925061183d90613d7b565b161415818561107a565b5060446004350135908115611887576064600435019163ffffffff61186b84613d7b565b16156117f85761188063ffffffff9193613d7b565b16906110a7565b6040516306e0450760e31b81526020600482015260086024820152671b9bc81a5b9c1d5d60c21b6044820152606490fd5b6040516306e0450760e31b8152602060048201526008602482015267646561646c696e6560c01b6044820152606490fd5b6040516306e0450760e31b815260206004820152601260248201527118d85b1b189858dac819d85cc81b1a5b5a5d60721b6044820152606490fd5b6040516306e0450760e31b815260206004820152601860248201527f6d6f64656c20686173206e6f2070726f6772616d206b657900000000000000006044820152606490fd5b90501583610fde565b6040516306e0450760e31b815260206004820152601760248201527f6d6f64656c206973206e6f742064697370757461626c650000000000000000006044820152606490fd5b90501584610fc0565b6040516306e0450760e31b8152602060048201526006602482015265726f7574657360d01b6044820152606490fd5b50600760ff611a0460a460043501613d6d565b1611610fa2565b6040516306e0450760e31b81526020600482015260126024820152716d6f64656c20696420746f6f206c6172676560701b6044820152606490fd5b6040516306e0450760e31b815260206004820152601060248201526f1b5bd9195b0819195c1c9958d85d195960821b6044820152606490fd5b925050506001600160801b039250611aaf91506101003d8111611aba575b611aa781836139f3565b810190613c8a565b929492939092610f69565b503d611a9d565b34610293576020366003190112610293576004355f5260026020526040805f2063ffffffff600260ff600184015460e81c1692015460d01c16611b06835180936139be565b6020820152f35b34610293575f36600319011261029357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293576020366003190112610293576004355f52600b60205260405f20604051806020835491828152019081935f5260205f20905f5b818110611be65750505081611b9b9103826139f3565b604051918291602083019060208452518091526040830191905f5b818110611bc4575050500390f35b82516001600160a01b0316845285945060209384019390920191600101611bb6565b82546001600160a01b0316845260209093019260019283019201611b85565b613995565b34610293575f3660031901126102935760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293576040366003190112610293576020611c73611c6b61393a565b600435613cdf565b604051908152f35b3461029357602036600319011261029357611c94613924565b6001600160a01b0381165f81815260076020908152604080832033845290915290205490918115611d5957826105ed935f52600760205260405f2060018060a01b0333165f526020525f6040812055805f52600860205260405f20611cfa848254613a27565b9055604051908382527f8210728e7c071f615b840ee026032693858fbcd5e5359e67e438c890f59e562060203393a36040519163a9059cbb60e01b6020840152336024840152604483015260448252611d546064836139f3565b614ac9565b630686827b60e51b5f5260045ffd5b34610293575f3660031901126102935760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293575f366003190112610293575f546040516001600160a01b039091168152602090f35b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461029357604036600319011261029357611e2f61390e565b6004355f52600c60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610293576020366003190112610293576001600160a01b03611e80613924565b165f526003602052602060405f2054604051908152f35b34610293576040366003190112610293576004356024356001600160401b03811161029357611eca90369060040161394d565b90825f52600260205260405f209260018401805460ff8160e81c1660058110156107f757600281036120a657506001600160401b038160a01c1680421061209457506002860191825460f01c80612082575060ff8260f01c161592838094612063575b612054576001600160a01b0383169263ffffffff929060f881901c611fe5575b50505460b01c169060405191631a56140b60e11b8352600483015260408260248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa90811561062257611fb3925f92611fc2575b508488614853565b611fb957005b6105ed93614a72565b611fdc91925060403d60401161061b5761060a81836139f3565b90509088611fab565b6001600160f81b031690555f8381526003602052604090208054612033907f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316906139cb565b9055825f52600d60205260405f2061204b8154613c05565b90558880611f4d565b635f670cf360e11b5f5260045ffd5b5061206f368888613bcf565b6020815191012060048901541415611f2d565b630b5b6f8760e11b5f5260045260245ffd5b639db52e4960e01b5f5260045260245ffd5b839080156107e4576107df9163a5d15e1f60e01b5f526004526139b0565b34610293576040366003190112610293576120dd61390e565b6004355f52600960205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610293575f366003190112610293576020600154604051908152f35b34610293575f36600319011261029357602060405160048152f35b34610293576020366003190112610293576001600160a01b036121e9613924565b165f526008602052602060405f2054604051908152f35b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610293576020366003190112610293576001600160a01b03612265613924565b165f52600560205260206001600160601b0360405f205416604051908152f35b346102935760203660031901126102935760408051631a56140b60e11b81526004803590820181905291816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa80156106225761258b575b50604051630c2effa360e31b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690602081602481855afa908115610622575f91612551575b501561253e575f828152600c6020908152604080832033845290915290205460ff1661252757815f52600b60205260405f2080546020811015612410575b505f838152600c602090815260408083203384529091529020805460ff191660011790558054915068010000000000000000821015610cf257816123ca9160016123e894018155613bba565b81546001600160a01b0360039290921b91821b19163390911b179055565b33907f2ac3e9da7f213acfc4709a68248bb21415acd34837d4d90f83acba75656a231b5f80a3005b5f5b818110806124a2575b1561242e5761242990613aef565b612412565b919250811461248f5761245d6124448284613bba565b905460039190911b1c6001600160a01b0316918461469d565b827f03886aef03b2566e715a5ce42fa6f662ab54da9c360352b14fbfa60a7eac4e816020604051338152a3808361237e565b82634e0cd83560e01b5f5260045260245ffd5b506124ad8184613bba565b9054604051630c2effa360e31b815260039290921b1c6001600160a01b03166004820152602081602481885afa908115610622575f916124ee575b5061241b565b90506020813d821161251f575b81612508602093836139f3565b810103126102935761251990613ae2565b866124e8565b3d91506124fb565b50631a0af6eb60e21b5f526004523360245260445ffd5b632449d29b60e01b5f523360045260245ffd5b90506020813d602011612583575b8161256c602093836139f3565b810103126102935761257d90613ae2565b83612340565b3d915061255f565b6125a39060403d60401161061b5761060a81836139f3565b506122ea565b34610293575f36600319011261029357335f52600360205260405f20548015611d59575f8080809333825260036020528160408120556125eb81600454613a27565b6004556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2335af1612625613b38565b501561262d57005b6312171d8360e31b5f5260045ffd5b34610293575f366003190112610293576020604051627a12008152f35b3461029357602036600319011261029357600435805f52600260205260405f20906001820180549060ff8260e81c1660058110156107f757600181036120a657506001600160401b03845460a01c16421161291b576001600160a01b038216801515949092908580612905575b6128e2576002015460b01c63ffffffff165f818152600c6020908152604080832033845290915290205460ff16156128cb57604051630c2effa360e31b81523360048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610622575f91612891575b501561253e576127f193859260e01c9680612885575b612828575b505050608060ff6127a07f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216613afd565b835467ffffffffffffffff60a01b1933166001600160e01b03199091161760a082901b67ffffffffffffffff60a01b1617845595835460ff60e01b191691169190911760e01b60ff60e01b16179055565b6001600160401b03604051921682527fd17b5267131e7481e29656b6460d5670f7e07ad080bb57d964dc5dc5a34f21aa60203393a3005b815f52600960205260405f2060018060a01b0382165f526020527f9da6bd3f55055e3246d42c1a6c082e0bc528a7baafe6e8a9d9cfe457cf0152e8602060405f206128738154613aef565b809155604051908152a4828580612766565b50608087161515612761565b90506020813d6020116128c3575b816128ac602093836139f3565b81010312610293576128bd90613ae2565b8761274b565b3d915061289f565b8463b56726db60e01b5f526004523360245260445ffd5b6001600160401b03828663ef1b0c9560e01b5f5260045260a01c1660245260445ffd5b506001600160401b038260a01c164211156126c6565b8263bfb22adf60e01b5f5260045260245ffd5b34610293575f3660031901126102935760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b34610293575f36600319011261029357602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610293575f366003190112610293576020604051818152f35b34610293576020366003190112610293576004355f52600260205260ff600160405f20015460e81c1660058110156107f757602090600360405191148152f35b3461029357604036600319011261029357600435612a1c61390e565b90805f52600c60205260405f2060018060a01b0383165f5260205260ff60405f20541615612b3357604051630c2effa360e31b81526001600160a01b0380841660048301819052939190602090829060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa908115610622575f91612af9575b50612ae657612ab4612aba9183614649565b8261469d565b7f03886aef03b2566e715a5ce42fa6f662ab54da9c360352b14fbfa60a7eac4e816020604051338152a3005b82632eef6b8b60e01b5f5260045260245ffd5b90506020813d602011612b2b575b81612b14602093836139f3565b8101031261029357612b2590613ae2565b84612aa2565b3d9150612b07565b63c3e8c85b60e01b5f5260045260018060a01b031660245260445ffd5b34610293575f366003190112610293576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461029357606036600319011261029357612bad61393a565b604435906001600160a01b038216820361029357602091611c7391600435613a52565b6080366003190112610293576004356024356001600160401b03811161029357612bfe90369060040161394d565b919060443590606435835f52600260205260405f20926001840193845460ff8160e81c1660058110156107f7576001810361305f57506001600160401b03825460a01c16421161304c578060e01c90600282161561303457336001600160a01b038216148015919061301e575b5061300757608016612fa7575b6001600160601b037f000000000000000000000000000000000000000000000000000000000000000016803403612f91575060028101546040516361bb32fd60e11b815260b09190911c63ffffffff1660048201526080816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa80156106225788905f90612f54575b612d189250614e98565b335f52600d60205260405f20546001810180911161075557612d636001600160601b037f00000000000000000000000000000000000000000000000000000000000000001682613a14565b7f0000000000000000000000000000000000000000000000000000000000000000808210612f4c575b50604051630213119b60e51b81523360048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610622575f91612f1a575b50818110612f0157505092612efc928160066001600160401b0397945f516020614eee5f395f51905f529997335f52600d60205260405f2055612e457f00000000000000000000000000000000000000000000000000000000000000008a4216613afd565b885467ffffffffffffffff60a01b19600169ff00000000000000000160a01b03199091163317600160e91b171660a082901b67ffffffffffffffff60a01b161789559780546001600160f81b0316600160f81b179055612ea6368d88613bcf565b6020815191012060048201558360058201550155612ec6346004546139cb565b600455604051958695600287525f60208801521660408601526060850152608084015260c060a0840152339660c0840191613de6565b0390a3005b63936d426d60e01b5f523360045260245260445260645ffd5b90506020813d602011612f44575b81612f35602093836139f3565b8101031261029357518a612de0565b3d9150612f28565b905089612d8c565b505060803d608011612f8a575b612f6b81836139f3565b810160808282031261029357612f858991612d1893613c22565b612d0e565b503d612f61565b63062f01ed60e11b5f523460045260245260445ffd5b600281015460b01c63ffffffff165f8181526009602090815260408083203384529091529020549081612fdc575b5050612c78565b5f198201918211610755575f9081526009602090815260408083203384529091529020558780612fd5565b8663b56726db60e01b5f526004523360245260445ffd5b6001600160401b03915060a01c16421189612c6b565b876374f9a59560e11b5f52600452600260245260445ffd5b8663bfb22adf60e01b5f5260045260245ffd5b879080156107e4576107df9163a5d15e1f60e01b5f526004526139b0565b34610293576020366003190112610293575f54600435906001600160a01b031633036131be57805f52600260205260405f2060018101805460ff8160e81c1660058110156107f757600281036131a657506001600160401b039060a01c168042101561319457506002820191825460f01c9161ffff83146107555783546001600160f01b031660019390930160f081901b6001600160f01b03191693909317845560a09463ffffffff937fa96ab29e3246b49188bf2774fbb091db85b631cdb138d5dcf4143e5922d037019060209061ffff60405191168152a2600180861b039054169254906006600582015491015490604051948552838360b01c1660208601526040850152606084015260d01c166080820152f35b630e10189960e31b5f5260045260245ffd5b63a5d15e1f60e01b5f5260048590526107df906139b0565b630b0473ad60e11b5f523360045260245ffd5b3461029357602036600319011261029357600435805f52600260205260405f20600181019160ff835460e81c1660058110156107f7576001810361336257506001600160401b03825460a01c16928342111561334f576105ed9350600160ea1b60ff60e81b19825416178155817f86e8ab52e95a11dc603ce8e0a102c802eec02a52c879f8f39378e6222ca8c82c60206001600160581b0360028701541693835f52600a825260018060a01b0360405f20541690811561333d575b546001600160a01b03906132a59060e01c60ff16614783565b1680613310575060018060a01b0381165f526003825260405f206132ca8682546139cb565b90555b6040519485526001600160a01b031693a360405191631b8d8e3560e31b6020840152816024840152600160448401526044835261330b6064846139f3565b6147bc565b5f526007825260405f2060018060a01b0382165f52825260405f206133368682546139cb565b90556132cd565b87546001600160a01b0316915061328c565b83636004fa5f60e01b5f5260045260245ffd5b80156107e4576107df9163a5d15e1f60e01b5f526004526139b0565b3461029357602036600319011261029357613397613924565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361342f575f54906001600160a01b038216613420576001600160a01b03166001600160a01b03199190911681175f556040519081527f22836f8f6ccdd2a457795d4d0ec68a7fbdb87af49e7cb6a52a8c472bedab794590602090a1005b63a741a04560e01b5f5260045ffd5b638b906c9760e01b5f5260045ffd5b34610293576020366003190112610293576004355f818152600c6020908152604080832033845290915290205460ff16156134a857613480612ab43383614649565b33907f9d3a278a303c8c4878804dab00fbf2956738848d8d4b2a2da7555a987cc04bcd5f80a3005b63c3e8c85b60e01b5f526004523360245260445ffd5b34610293576040366003190112610293576134d7613924565b6134df61390e565b6001600160a01b039182165f908152600760209081526040808320949093168252928352819020549051908152f35b34610293576020366003190112610293576001600160a01b0361352f613924565b165f52600d602052602060405f2054604051908152f35b34610293575f36600319011261029357602060405160088152f35b346102935760803660031901126102935760043561357d61393a565b90604435918215158303610293576064356001600160a01b0381169290839003610293575f546001600160a01b031633036131be575f5f90825f52600260205260405f2095600187019460ff865460e81c1660058110156107f757600214801590613882575b6138655750156137eb57505060028401918254938460f01c94837f326b3eacb6906af4fe1a1baae3cd188a7b29ae59764b3cc768c9cb7d0dd4e9d360408051600181525f6020820152a2825460ff60e81b198116600160e81b1784555f956001600160a01b03919091169160d01c63ffffffff9081169190600183019081116107555781546001600160d01b031660d09190911b63ffffffff60d01b161790558354600162ff000160e01b0319811685556001600160e01b03198116949060f81c613760575b507f77e5e9c97df54ecd50e5f9d275502f8210c3fe7016c4dfcac122a1ab21008bfb60208692604051908152a482613738575b9060409460ff61ffff949360f01c16613701575b5050915b8351928352166020820152f35b61373191865191631b8d8e3560e31b6020840152816024840152600260448401526044835261330b6064846139f3565b84806136f0565b91905f8080808560018060a01b038254165af1613753613b38565b501561262d5790916136dc565b90955060018060f01b0384169055837f77e5e9c97df54ecd50e5f9d275502f8210c3fe7016c4dfcac122a1ab21008bfb60206001600160601b037f000000000000000000000000000000000000000000000000000000000000000016976137c989600454613a27565b600455845f52600d825260405f206137e18154613c05565b90559250506136a9565b93509360029192500192835460f01c9182156107555784546001600160f01b03165f1990930160f081901b6001600160f01b0319169390931790945560409361ffff927f326b3eacb6906af4fe1a1baae3cd188a7b29ae59764b3cc768c9cb7d0dd4e9d3908690858251915f8352166020820152a26136f4565b63ffffffff90856368d623ab60e11b5f526004521660245260445ffd5b5063ffffffff600289015460d01c1663ffffffff821614156135e3565b34610293576080366003190112610293576004356138bb61390e565b815f52600260205260405f209060ff600183015460e81c1660058110156107f757156138fb5790611c739160209360036064359301549160443591614595565b82631f79bbe760e01b5f5260045260245ffd5b602435906001600160a01b038216820361029357565b600435906001600160a01b038216820361029357565b6024359063ffffffff8216820361029357565b9181601f84011215610293578235916001600160401b038311610293576020838186019501011161029357565b34610293575f36600319011261029357602060405160028152f35b34610293575f36600319011261029357602060405160018152f35b60058110156107f757602452565b9060058210156107f75752565b9190820180921161075557565b604081019081106001600160401b03821117610cf257604052565b90601f801991011681019081106001600160401b03821117610cf257604052565b8181029291811591840414171561075557565b9190820391821161075557565b8115613a3e570490565b634e487b7160e01b5f52601260045260245ffd5b90613a5f91939293613cdf565b6001600160a01b03909216918215613ade57825f5260056020526001600160601b0360405f205416908115613acb57613a99929350613a14565b670de0b6b3a764000081019081811161075557670de0b6b3a763ffff0190811161075557670de0b6b3a7640000900490565b83630e520e6360e31b5f5260045260245ffd5b9150565b5190811515820361029357565b5f1981146107555760010190565b906001600160401b03809116911601906001600160401b03821161075557565b6001600160401b038111610cf257601f01601f191660200190565b3d15613b62573d90613b4982613b1d565b91613b5760405193846139f3565b82523d5f602084013e565b606090565b91908260409103126102935781516020909201516001600160a01b03811681036102935790565b600654811015613ba65760065f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b8054821015613ba6575f5260205f2001905f90565b929192613bdb82613b1d565b91613be960405193846139f3565b829481845281830111610293578281602093845f960137010152565b8015610755575f190190565b519063ffffffff8216820361029357565b919082608091031261029357604051608081018181106001600160401b03821117610cf2576040526060613c85818395613c5b81613c11565b8552613c6960208201613c11565b6020860152613c7a60408201613c11565b604086015201613c11565b910152565b9190610100838203126102935782516001600160801b03811681036102935792613cb660208201613ae2565b92613cdc613cc660408401613ae2565b936080613cd560608601613ae2565b9401613c22565b90565b604051630320c6ff60e41b8152600481019190915290610100826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561062257613cdc926001600160801b03915f91613d4a575b5016614b6f565b613d6391506101003d8111611aba57611aa781836139f3565b505050505f613d43565b3560ff811681036102935790565b3563ffffffff811681036102935790565b356001600160401b03811681036102935790565b903590601e198136030182121561029357018035906001600160401b0382116102935760200191813603831361029357565b356001600160a01b03811681036102935790565b908060209392818452848401375f828201840152601f01601f1916010190565b6001600160401b038111610cf25760051b60200190565b8051821015613ba65760209160051b010190565b929490939194835f52600260205260405f20926001840192835460ff8160e81c1660058110156107f7576001810361305f57506001600160401b03865460a01c16421161304c578060e01c90600182161561457d57336001600160a01b0382161480159190614567575b50613007576080166144ff575b600498613eb6368a8a613bcf565b602081519101209060018060a01b037f00000000000000000000000000000000000000000000000000000000000000001692600288019263ffffffff845460b01c166040519d8e631a56140b60e11b8152015260408d602481885afa9c8d15610622575f905f9e6144d9575b5060038a0154613f349291338d614595565b60418303614495578260201161029357813591836040116102935760208101359360401015613ba6576040013560f81c90601b82106144c7575b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841180156144a4575b614495576020935f9360ff60809460405194855216868401526040830152606082015282805260015afa15610622575f516001600160a01b0316801561449557604051638510129b60e01b8152600481018290526060816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610622575f905f925f9161443a575b5015918215614424575b508115614401575b506143ef57506002855460e01c166140ef5750505050346140d8576140d6956105e89160018060a01b0333166001600160601b0360a01b8254161781556001600160401b0360a01b19815416905560405160018152600160208201525f60408201525f60608201525f608082015260c060a0820152845f516020614eee5f395f51905f523392806105dd60c082018c8c613de6565b565b63062f01ed60e11b5f52346004525f60245260445ffd5b9091929998506001600160601b037f000000000000000000000000000000000000000000000000000000000000000016803403612f91575063ffffffff6080915460b01c166024604051809481936361bb32fd60e11b835260048301525afa80156106225787905f906143b2575b6141679250614e98565b335f52600d60205260405f20549760018901809911610755576141b36001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168a613a14565b987f0000000000000000000000000000000000000000000000000000000000000000808b106143aa575b50604051630213119b60e51b81523360048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610622575f91614378575b508a811061435d57506140d6989950335f52600d60205260405f20556142807f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216613afd565b835467ffffffffffffffff60a01b19600169ff00000000000000000160a01b03199091163317600160e91b171660a082901b67ffffffffffffffff60a01b161784559280546001600160f81b0316600160f81b1790556142e1368888613bcf565b602081519101206004850155806005850155816006850155614305346004546139cb565b6004556001600160401b0360405193600385525f60208601521660408401526060830152608082015260c060a0820152825f516020614eee5f395f51905f5233928061435560c082018a8a613de6565b0390a3614a72565b8a9063936d426d60e01b5f523360045260245260445260645ffd5b90506020813d6020116143a2575b81614393602093836139f3565b8101031261029357515f614231565b3d9150614386565b99505f6141dd565b505060803d6080116143e8575b6143c981836139f3565b8101608082820312610293576143e3889161416793613c22565b61415d565b503d6143bf565b6332fa081560e01b5f5260045260245ffd5b6007890154801515925082614419575b50505f614041565b141590505f80614411565b426001600160401b03909116111591505f614039565b925050506060813d60601161448d575b81614457606093836139f3565b81010312610293578051906020810151906001600160401b03821682036102935760406144849101613ae2565b9190915f61402f565b3d915061444a565b638baa579f60e01b5f5260045ffd5b5060ff8216601b81141590816144bb575b50613f98565b601c915014155f6144b5565b90601b0160ff81116107555790613f6e565b613f34929e506144f8915060403d60401161061b5761060a81836139f3565b9d91613f22565b63ffffffff600286015460b01c1698895f52600960205260405f2060018060a01b0333165f5260205260405f20548061453b575b509850613ea8565b5f198101908111610755575f9a8b52600960209081526040808d20338e529091528b2055600499614533565b6001600160401b03915060a01c1642115f613e9b565b876374f9a59560e11b5f52600452600160245260445ffd5b93919290926040519360208501957fb6acdb26c13c72e05c8148c8d1fe5899ab5a71edb4059f5001921b058443918d8752604086015260018060a01b03166060850152608084015260a083015260c082015260c081526145f660e0826139f3565b519020604051602081019161190160f01b83527f000000000000000000000000000000000000000000000000000000000000000060228301526042820152604281526146436062826139f3565b51902090565b5f908152600b6020526040812092916001600160a01b0316905b8161466e8286613bba565b905460039190911b1c6001600160a01b0316146146985761469161466e91613aef565b9050614663565b925050565b90815f52600b60205260405f20915f52600c60205260405f206146c08284613bba565b905460039190911b1c6001600160a01b03165f90815260209190915260409020805460ff1916905581545f198101919082116107555761471f6147066147439385613bba565b905460039190911b1c6001600160a01b03169184613bba565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b8054801561476f575f1901906147598282613bba565b81549060018060a01b039060031b1b1916905555565b634e487b7160e01b5f52603160045260245ffd5b60031c600f168061479357505f90565b5f198101908111610755576147a790613b8e565b905460039190911b1c6001600160a01b031690565b5490916001600160a01b0382169160e01c8015801561484a575b614844575a6147e8603f8304836139cb565b90614e2082018092116107555710614835575f828192827f7a0c51d60a48cf7a4070d9eef0b27c81e40ec3048a2c46067e79055822f2db7f966020809751940192f16040519015158152a2565b63657989e960e01b5f5260045ffd5b50505050565b50823b156147d6565b60018101805460ff60e81b1916600360e81b178155600290910154909391927fd23c15d23ef71675b535f150996434bb78114c7d4308a54cd625d449579872dd926060926001600160581b03916148ef8284166148ea6127106148da7f000000000000000000000000000000000000000000000000000000000000000061ffff1684613a14565b0495869560581c16948592613a27565b613a27565b97546001600160a01b03906149099060e01c60ff16614783565b16806149c9575060018060a01b0384165f52600360205260405f2061492f8982546139cb565b9055816149a3575b508161495d575b6040805197885260208801919091528601526001600160a01b031693a3565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f52600360205260405f2061499c8382546139cb565b905561493e565b60018060a01b03165f52600360205260405f206149c18282546139cb565b90555f614937565b5f52600760205260405f209060018060a01b0385165f528160205260405f206149f38a82546139cb565b905582614a4d575b5082614a08575b5061493e565b60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165f5260205260405f20614a458382546139cb565b90555f614a02565b60018060a01b03165f528060205260405f20614a6a8382546139cb565b90555f6149fb565b61330b6140d69460018301600160f01b60ff60f01b19825416179055614abb60405195869263a1fbbfe760e01b6020850152866024850152604060448501526064840191613de6565b03601f1981018552846139f3565b905f809160208151910182855af1614adf613b38565b9015908115614b11575b50614af15750565b632b596cb760e01b5f9081526001600160a01b0391909116600452602490fd5b8051801515925082614b26575b50505f614ae9565b9091506020811491821592614b3f575b50505f80614b1e565b6020818101935091810103126102935751600114155f80614b36565b61ffff16612710039061ffff821161075557565b90614be1614baa614be7936001600160601b037f000000000000000000000000000000000000000000000000000000000000000016906139cb565b9163ffffffff6001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169116613a14565b906139cb565b612710810290808204612710149015171561075557614c347f00000000000000000000000000000000000000000000000000000000000000009161ffff614c2d84614b5b565b16906139cb565b5f1981019081116107555761ffff614c4e613cdc93614b5b565b1690613a34565b805f52600b60205260405f20918254918215614e9057614c7483613e06565b91614c8260405193846139f3565b838352601f19614c9185613e06565b013660208501375f9182907f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316905b878410614d8657505050508115614d7d575f1943019043821161075557604051906020820192408352604082015260408152614d276060826139f3565b51902006925f935b838510614d3f5750505050505f90565b614d498584613e1d565b518110614d6f57614d67600191614d608786613e1d565b5190613a27565b940193614d2f565b5090506147a7929150613bba565b50505050505f90565b90919294614d94868a613bba565b9054604051630213119b60e51b815260039290921b1c6001600160a01b03166004820152602081602481875afa908115610622575f91614e5f575b5084811015614e075750614dfd6001915f5b614deb898b613e1d565b52614df6888a613e1d565b51906139cb565b9501929190614cea565b90825f52600960205260405f20614e1e888c613bba565b60018060a01b0391549060031b1c1660018060a01b03165f5260205260405f2054600101908160011161075557614e5a614dfd92600194613a34565b614de1565b90506020813d8211614e88575b81614e79602093836139f3565b8101031261029357515f614dcf565b3d9150614e6c565b505050505f90565b63ffffffff604082015116908183108015614eda575b614eb757505050565b606063ffffffff9101511691629b5c0560e11b5f5260045260245260445260645ffd5b5063ffffffff6060820151168311614eae56fe10d0db0d5c3fac68ccf36f06d5743d90ff7c2215eaddee218744e1cea2f7a279a2646970667358221220ff0fc3393f8b327afe1255ca72516be4b48aa5e054adb2910c06ff81fcb4cd6f64736f6c63430008250033",
}

// Coprocessor is an auto generated Go binding around an Ethereum contract.
type Coprocessor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Coprocessor) GetABI() abi.ABI {
	return c.abi
}

// NewCoprocessor creates a new instance of Coprocessor.
func NewCoprocessor() *Coprocessor {
	parsed, err := CoprocessorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Coprocessor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Coprocessor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address staking_, address verifier_, address attestation_, (uint96,uint96,uint16,uint64,uint64,uint96,uint32,address,uint96) cfg, (address,uint96)[] feeTokens_) returns()
func (coprocessor *Coprocessor) PackConstructor(registry_ common.Address, staking_ common.Address, verifier_ common.Address, attestation_ common.Address, cfg CoprocessorConfig, feeTokens_ []CoprocessorFeeToken) []byte {
	enc, err := coprocessor.abi.Pack("", registry_, staking_, verifier_, attestation_, cfg, feeTokens_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (coprocessor *Coprocessor) PackDOMAINSEPARATOR() []byte {
	enc, err := coprocessor.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (coprocessor *Coprocessor) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return coprocessor.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (coprocessor *Coprocessor) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := coprocessor.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackERRORREFUNDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715c832c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERROR_REFUNDED() view returns(uint8)
func (coprocessor *Coprocessor) PackERRORREFUNDED() []byte {
	enc, err := coprocessor.abi.Pack("ERROR_REFUNDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERRORREFUNDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715c832c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERROR_REFUNDED() view returns(uint8)
func (coprocessor *Coprocessor) TryPackERRORREFUNDED() ([]byte, error) {
	return coprocessor.abi.Pack("ERROR_REFUNDED")
}

// UnpackERRORREFUNDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x715c832c.
//
// Solidity: function ERROR_REFUNDED() view returns(uint8)
func (coprocessor *Coprocessor) UnpackERRORREFUNDED(data []byte) (uint8, error) {
	out, err := coprocessor.abi.Unpack("ERROR_REFUNDED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackERRORVOIDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff3add5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERROR_VOIDED() view returns(uint8)
func (coprocessor *Coprocessor) PackERRORVOIDED() []byte {
	enc, err := coprocessor.abi.Pack("ERROR_VOIDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERRORVOIDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff3add5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERROR_VOIDED() view returns(uint8)
func (coprocessor *Coprocessor) TryPackERRORVOIDED() ([]byte, error) {
	return coprocessor.abi.Pack("ERROR_VOIDED")
}

// UnpackERRORVOIDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbff3add5.
//
// Solidity: function ERROR_VOIDED() view returns(uint8)
func (coprocessor *Coprocessor) UnpackERRORVOIDED(data []byte) (uint8, error) {
	out, err := coprocessor.abi.Unpack("ERROR_VOIDED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c33215.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint32)
func (coprocessor *Coprocessor) PackMAXCALLBACKGASLIMIT() []byte {
	enc, err := coprocessor.abi.Pack("MAX_CALLBACK_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c33215.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint32)
func (coprocessor *Coprocessor) TryPackMAXCALLBACKGASLIMIT() ([]byte, error) {
	return coprocessor.abi.Pack("MAX_CALLBACK_GAS_LIMIT")
}

// UnpackMAXCALLBACKGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39c33215.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint32)
func (coprocessor *Coprocessor) UnpackMAXCALLBACKGASLIMIT(data []byte) (uint32, error) {
	out, err := coprocessor.abi.Unpack("MAX_CALLBACK_GAS_LIMIT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXFEETOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19716a40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_TOKENS() view returns(uint256)
func (coprocessor *Coprocessor) PackMAXFEETOKENS() []byte {
	enc, err := coprocessor.abi.Pack("MAX_FEE_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEETOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19716a40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_TOKENS() view returns(uint256)
func (coprocessor *Coprocessor) TryPackMAXFEETOKENS() ([]byte, error) {
	return coprocessor.abi.Pack("MAX_FEE_TOKENS")
}

// UnpackMAXFEETOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19716a40.
//
// Solidity: function MAX_FEE_TOKENS() view returns(uint256)
func (coprocessor *Coprocessor) UnpackMAXFEETOKENS(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("MAX_FEE_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMINERSPERMODEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34eb9471.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MINERS_PER_MODEL() view returns(uint256)
func (coprocessor *Coprocessor) PackMAXMINERSPERMODEL() []byte {
	enc, err := coprocessor.abi.Pack("MAX_MINERS_PER_MODEL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMINERSPERMODEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34eb9471.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MINERS_PER_MODEL() view returns(uint256)
func (coprocessor *Coprocessor) TryPackMAXMINERSPERMODEL() ([]byte, error) {
	return coprocessor.abi.Pack("MAX_MINERS_PER_MODEL")
}

// UnpackMAXMINERSPERMODEL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34eb9471.
//
// Solidity: function MAX_MINERS_PER_MODEL() view returns(uint256)
func (coprocessor *Coprocessor) UnpackMAXMINERSPERMODEL(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("MAX_MINERS_PER_MODEL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackROUTEATTESTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa51205f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROUTE_ATTESTED() view returns(uint8)
func (coprocessor *Coprocessor) PackROUTEATTESTED() []byte {
	enc, err := coprocessor.abi.Pack("ROUTE_ATTESTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROUTEATTESTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa51205f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROUTE_ATTESTED() view returns(uint8)
func (coprocessor *Coprocessor) TryPackROUTEATTESTED() ([]byte, error) {
	return coprocessor.abi.Pack("ROUTE_ATTESTED")
}

// UnpackROUTEATTESTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa51205f8.
//
// Solidity: function ROUTE_ATTESTED() view returns(uint8)
func (coprocessor *Coprocessor) UnpackROUTEATTESTED(data []byte) (uint8, error) {
	out, err := coprocessor.abi.Unpack("ROUTE_ATTESTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROUTEOPTIMISTIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42977e24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROUTE_OPTIMISTIC() view returns(uint8)
func (coprocessor *Coprocessor) PackROUTEOPTIMISTIC() []byte {
	enc, err := coprocessor.abi.Pack("ROUTE_OPTIMISTIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROUTEOPTIMISTIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42977e24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROUTE_OPTIMISTIC() view returns(uint8)
func (coprocessor *Coprocessor) TryPackROUTEOPTIMISTIC() ([]byte, error) {
	return coprocessor.abi.Pack("ROUTE_OPTIMISTIC")
}

// UnpackROUTEOPTIMISTIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42977e24.
//
// Solidity: function ROUTE_OPTIMISTIC() view returns(uint8)
func (coprocessor *Coprocessor) UnpackROUTEOPTIMISTIC(data []byte) (uint8, error) {
	out, err := coprocessor.abi.Unpack("ROUTE_OPTIMISTIC", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROUTEPROVEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5436d833.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROUTE_PROVEN() view returns(uint8)
func (coprocessor *Coprocessor) PackROUTEPROVEN() []byte {
	enc, err := coprocessor.abi.Pack("ROUTE_PROVEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROUTEPROVEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5436d833.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROUTE_PROVEN() view returns(uint8)
func (coprocessor *Coprocessor) TryPackROUTEPROVEN() ([]byte, error) {
	return coprocessor.abi.Pack("ROUTE_PROVEN")
}

// UnpackROUTEPROVEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5436d833.
//
// Solidity: function ROUTE_PROVEN() view returns(uint8)
func (coprocessor *Coprocessor) UnpackROUTEPROVEN(data []byte) (uint8, error) {
	out, err := coprocessor.abi.Unpack("ROUTE_PROVEN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ea1d46a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestation() view returns(address)
func (coprocessor *Coprocessor) PackAttestation() []byte {
	enc, err := coprocessor.abi.Pack("attestation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ea1d46a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestation() view returns(address)
func (coprocessor *Coprocessor) TryPackAttestation() ([]byte, error) {
	return coprocessor.abi.Pack("attestation")
}

// UnpackAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ea1d46a.
//
// Solidity: function attestation() view returns(address)
func (coprocessor *Coprocessor) UnpackAttestation(data []byte) (common.Address, error) {
	out, err := coprocessor.abi.Unpack("attestation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (coprocessor *Coprocessor) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := coprocessor.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (coprocessor *Coprocessor) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (coprocessor *Coprocessor) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf903247.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGasPrice() view returns(uint96)
func (coprocessor *Coprocessor) PackCallbackGasPrice() []byte {
	enc, err := coprocessor.abi.Pack("callbackGasPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf903247.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGasPrice() view returns(uint96)
func (coprocessor *Coprocessor) TryPackCallbackGasPrice() ([]byte, error) {
	return coprocessor.abi.Pack("callbackGasPrice")
}

// UnpackCallbackGasPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf903247.
//
// Solidity: function callbackGasPrice() view returns(uint96)
func (coprocessor *Coprocessor) UnpackCallbackGasPrice(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("callbackGasPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (coprocessor *Coprocessor) PackChallengeWindow() []byte {
	enc, err := coprocessor.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (coprocessor *Coprocessor) TryPackChallengeWindow() ([]byte, error) {
	return coprocessor.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (coprocessor *Coprocessor) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := coprocessor.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 requestId) returns()
func (coprocessor *Coprocessor) PackClaim(requestId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("claim", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 requestId) returns()
func (coprocessor *Coprocessor) TryPackClaim(requestId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("claim", requestId)
}

// PackCloseDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17832eab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeDispute(uint256 requestId, uint32 nonce, bool challengerWon, address challenger) returns(uint256 paid, uint16 games)
func (coprocessor *Coprocessor) PackCloseDispute(requestId *big.Int, nonce uint32, challengerWon bool, challenger common.Address) []byte {
	enc, err := coprocessor.abi.Pack("closeDispute", requestId, nonce, challengerWon, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17832eab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeDispute(uint256 requestId, uint32 nonce, bool challengerWon, address challenger) returns(uint256 paid, uint16 games)
func (coprocessor *Coprocessor) TryPackCloseDispute(requestId *big.Int, nonce uint32, challengerWon bool, challenger common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("closeDispute", requestId, nonce, challengerWon, challenger)
}

// CloseDisputeOutput serves as a container for the return parameters of contract
// method CloseDispute.
type CloseDisputeOutput struct {
	Paid  *big.Int
	Games uint16
}

// UnpackCloseDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17832eab.
//
// Solidity: function closeDispute(uint256 requestId, uint32 nonce, bool challengerWon, address challenger) returns(uint256 paid, uint16 games)
func (coprocessor *Coprocessor) UnpackCloseDispute(data []byte) (CloseDisputeOutput, error) {
	out, err := coprocessor.abi.Unpack("closeDispute", data)
	outstruct := new(CloseDisputeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Paid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Games = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackDeliverAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddefd8af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliverAttested(uint256 requestId, bytes output, bytes32 c0, bytes32 cN, bytes signature) payable returns()
func (coprocessor *Coprocessor) PackDeliverAttested(requestId *big.Int, output []byte, c0 [32]byte, cN [32]byte, signature []byte) []byte {
	enc, err := coprocessor.abi.Pack("deliverAttested", requestId, output, c0, cN, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliverAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddefd8af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliverAttested(uint256 requestId, bytes output, bytes32 c0, bytes32 cN, bytes signature) payable returns()
func (coprocessor *Coprocessor) TryPackDeliverAttested(requestId *big.Int, output []byte, c0 [32]byte, cN [32]byte, signature []byte) ([]byte, error) {
	return coprocessor.abi.Pack("deliverAttested", requestId, output, c0, cN, signature)
}

// PackDeliverOptimistic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f828ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliverOptimistic(uint256 requestId, bytes output, bytes32 c0, bytes32 cN) payable returns()
func (coprocessor *Coprocessor) PackDeliverOptimistic(requestId *big.Int, output []byte, c0 [32]byte, cN [32]byte) []byte {
	enc, err := coprocessor.abi.Pack("deliverOptimistic", requestId, output, c0, cN)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliverOptimistic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f828ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliverOptimistic(uint256 requestId, bytes output, bytes32 c0, bytes32 cN) payable returns()
func (coprocessor *Coprocessor) TryPackDeliverOptimistic(requestId *big.Int, output []byte, c0 [32]byte, cN [32]byte) ([]byte, error) {
	return coprocessor.abi.Pack("deliverOptimistic", requestId, output, c0, cN)
}

// PackDeliverProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e0ad40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliverProven(uint256 requestId, bytes output, bytes input, bytes vk, bytes proof) returns()
func (coprocessor *Coprocessor) PackDeliverProven(requestId *big.Int, output []byte, input []byte, vk []byte, proof []byte) []byte {
	enc, err := coprocessor.abi.Pack("deliverProven", requestId, output, input, vk, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliverProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e0ad40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliverProven(uint256 requestId, bytes output, bytes input, bytes vk, bytes proof) returns()
func (coprocessor *Coprocessor) TryPackDeliverProven(requestId *big.Int, output []byte, input []byte, vk []byte, proof []byte) ([]byte, error) {
	return coprocessor.abi.Pack("deliverProven", requestId, output, input, vk, proof)
}

// PackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeGame() view returns(address)
func (coprocessor *Coprocessor) PackDisputeGame() []byte {
	enc, err := coprocessor.abi.Pack("disputeGame")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeGame() view returns(address)
func (coprocessor *Coprocessor) TryPackDisputeGame() ([]byte, error) {
	return coprocessor.abi.Pack("disputeGame")
}

// UnpackDisputeGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fabb4a8.
//
// Solidity: function disputeGame() view returns(address)
func (coprocessor *Coprocessor) UnpackDisputeGame(data []byte) (common.Address, error) {
	out, err := coprocessor.abi.Unpack("disputeGame", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f20eaee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256)
func (coprocessor *Coprocessor) PackEstimateFee(modelId *big.Int, callbackGasLimit uint32) []byte {
	enc, err := coprocessor.abi.Pack("estimateFee", modelId, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f20eaee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256)
func (coprocessor *Coprocessor) TryPackEstimateFee(modelId *big.Int, callbackGasLimit uint32) ([]byte, error) {
	return coprocessor.abi.Pack("estimateFee", modelId, callbackGasLimit)
}

// UnpackEstimateFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f20eaee.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256)
func (coprocessor *Coprocessor) UnpackEstimateFee(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("estimateFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEstimateTokenFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298e4e96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateTokenFee(uint256 modelId, uint32 callbackGasLimit, address token) view returns(uint256)
func (coprocessor *Coprocessor) PackEstimateTokenFee(modelId *big.Int, callbackGasLimit uint32, token common.Address) []byte {
	enc, err := coprocessor.abi.Pack("estimateTokenFee", modelId, callbackGasLimit, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateTokenFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x298e4e96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateTokenFee(uint256 modelId, uint32 callbackGasLimit, address token) view returns(uint256)
func (coprocessor *Coprocessor) TryPackEstimateTokenFee(modelId *big.Int, callbackGasLimit uint32, token common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("estimateTokenFee", modelId, callbackGasLimit, token)
}

// UnpackEstimateTokenFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x298e4e96.
//
// Solidity: function estimateTokenFee(uint256 modelId, uint32 callbackGasLimit, address token) view returns(uint256)
func (coprocessor *Coprocessor) UnpackEstimateTokenFee(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("estimateTokenFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEvict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff36e32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evict(uint256 modelId, address miner) returns()
func (coprocessor *Coprocessor) PackEvict(modelId *big.Int, miner common.Address) []byte {
	enc, err := coprocessor.abi.Pack("evict", modelId, miner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff36e32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evict(uint256 modelId, address miner) returns()
func (coprocessor *Coprocessor) TryPackEvict(modelId *big.Int, miner common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("evict", modelId, miner)
}

// PackFeeTokenRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4946f97f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeTokenRate(address token) view returns(uint256)
func (coprocessor *Coprocessor) PackFeeTokenRate(token common.Address) []byte {
	enc, err := coprocessor.abi.Pack("feeTokenRate", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeTokenRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4946f97f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeTokenRate(address token) view returns(uint256)
func (coprocessor *Coprocessor) TryPackFeeTokenRate(token common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("feeTokenRate", token)
}

// UnpackFeeTokenRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4946f97f.
//
// Solidity: function feeTokenRate(address token) view returns(uint256)
func (coprocessor *Coprocessor) UnpackFeeTokenRate(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("feeTokenRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee0d6ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeTokens() view returns((address,uint96)[] out)
func (coprocessor *Coprocessor) PackFeeTokens() []byte {
	enc, err := coprocessor.abi.Pack("feeTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee0d6ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeTokens() view returns((address,uint96)[] out)
func (coprocessor *Coprocessor) TryPackFeeTokens() ([]byte, error) {
	return coprocessor.abi.Pack("feeTokens")
}

// UnpackFeeTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbee0d6ad.
//
// Solidity: function feeTokens() view returns((address,uint96)[] out)
func (coprocessor *Coprocessor) UnpackFeeTokens(data []byte) ([]CoprocessorFeeToken, error) {
	out, err := coprocessor.abi.Unpack("feeTokens", data)
	if err != nil {
		return *new([]CoprocessorFeeToken), err
	}
	out0 := *abi.ConvertType(out[0], new([]CoprocessorFeeToken)).(*[]CoprocessorFeeToken)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f1df0ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 requestId, bytes output) returns()
func (coprocessor *Coprocessor) PackFinalize(requestId *big.Int, output []byte) []byte {
	enc, err := coprocessor.abi.Pack("finalize", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f1df0ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 requestId, bytes output) returns()
func (coprocessor *Coprocessor) TryPackFinalize(requestId *big.Int, output []byte) ([]byte, error) {
	return coprocessor.abi.Pack("finalize", requestId, output)
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint32,address,uint64,uint8,uint8,bool,bool,address,uint64,uint88,uint88,uint32,uint32,uint16,bytes32,bytes32,bytes32,bytes32,bytes32,address,address) r)
func (coprocessor *Coprocessor) PackGetRequest(requestId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("getRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint32,address,uint64,uint8,uint8,bool,bool,address,uint64,uint88,uint88,uint32,uint32,uint16,bytes32,bytes32,bytes32,bytes32,bytes32,address,address) r)
func (coprocessor *Coprocessor) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint32,address,uint64,uint8,uint8,bool,bool,address,uint64,uint88,uint88,uint32,uint32,uint16,bytes32,bytes32,bytes32,bytes32,bytes32,address,address) r)
func (coprocessor *Coprocessor) UnpackGetRequest(data []byte) (CoprocessorRequest, error) {
	out, err := coprocessor.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(CoprocessorRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(CoprocessorRequest)).(*CoprocessorRequest)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (coprocessor *Coprocessor) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("isFinalized", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (coprocessor *Coprocessor) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (coprocessor *Coprocessor) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := coprocessor.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMinerFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x798750b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMinerFor(uint256 , address ) view returns(bool)
func (coprocessor *Coprocessor) PackIsMinerFor(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := coprocessor.abi.Pack("isMinerFor", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMinerFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x798750b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMinerFor(uint256 , address ) view returns(bool)
func (coprocessor *Coprocessor) TryPackIsMinerFor(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("isMinerFor", arg0, arg1)
}

// UnpackIsMinerFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x798750b6.
//
// Solidity: function isMinerFor(uint256 , address ) view returns(bool)
func (coprocessor *Coprocessor) UnpackIsMinerFor(data []byte) (bool, error) {
	out, err := coprocessor.abi.Unpack("isMinerFor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJoinModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f21dd26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinModel(uint256 modelId) returns()
func (coprocessor *Coprocessor) PackJoinModel(modelId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("joinModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f21dd26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinModel(uint256 modelId) returns()
func (coprocessor *Coprocessor) TryPackJoinModel(modelId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("joinModel", modelId)
}

// PackLeaveModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e9a2b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaveModel(uint256 modelId) returns()
func (coprocessor *Coprocessor) PackLeaveModel(modelId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("leaveModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaveModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e9a2b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaveModel(uint256 modelId) returns()
func (coprocessor *Coprocessor) TryPackLeaveModel(modelId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("leaveModel", modelId)
}

// PackMaxCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8e224a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCallbackGas() view returns(uint32)
func (coprocessor *Coprocessor) PackMaxCallbackGas() []byte {
	enc, err := coprocessor.abi.Pack("maxCallbackGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8e224a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCallbackGas() view returns(uint32)
func (coprocessor *Coprocessor) TryPackMaxCallbackGas() ([]byte, error) {
	return coprocessor.abi.Pack("maxCallbackGas")
}

// UnpackMaxCallbackGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8e224a4.
//
// Solidity: function maxCallbackGas() view returns(uint32)
func (coprocessor *Coprocessor) UnpackMaxCallbackGas(data []byte) (uint32, error) {
	out, err := coprocessor.abi.Unpack("maxCallbackGas", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMinerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0ca868e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minerFee() view returns(uint96)
func (coprocessor *Coprocessor) PackMinerFee() []byte {
	enc, err := coprocessor.abi.Pack("minerFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinerFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0ca868e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minerFee() view returns(uint96)
func (coprocessor *Coprocessor) TryPackMinerFee() ([]byte, error) {
	return coprocessor.abi.Pack("minerFee")
}

// UnpackMinerFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0ca868e.
//
// Solidity: function minerFee() view returns(uint96)
func (coprocessor *Coprocessor) UnpackMinerFee(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("minerFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinersOfModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa89a0500.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minersOfModel(uint256 modelId) view returns(address[])
func (coprocessor *Coprocessor) PackMinersOfModel(modelId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("minersOfModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinersOfModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa89a0500.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minersOfModel(uint256 modelId) view returns(address[])
func (coprocessor *Coprocessor) TryPackMinersOfModel(modelId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("minersOfModel", modelId)
}

// UnpackMinersOfModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa89a0500.
//
// Solidity: function minersOfModel(uint256 modelId) view returns(address[])
func (coprocessor *Coprocessor) UnpackMinersOfModel(data []byte) ([]common.Address, error) {
	out, err := coprocessor.abi.Unpack("minersOfModel", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27d00fb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(uint256 requestId) returns(address miner, uint256 modelId, bytes32 c0, bytes32 cN, uint32 nonce)
func (coprocessor *Coprocessor) PackOpenDispute(requestId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("openDispute", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27d00fb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(uint256 requestId) returns(address miner, uint256 modelId, bytes32 c0, bytes32 cN, uint32 nonce)
func (coprocessor *Coprocessor) TryPackOpenDispute(requestId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("openDispute", requestId)
}

// OpenDisputeOutput serves as a container for the return parameters of contract
// method OpenDispute.
type OpenDisputeOutput struct {
	Miner   common.Address
	ModelId *big.Int
	C0      [32]byte
	CN      [32]byte
	Nonce   uint32
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27d00fb0.
//
// Solidity: function openDispute(uint256 requestId) returns(address miner, uint256 modelId, bytes32 c0, bytes32 cN, uint32 nonce)
func (coprocessor *Coprocessor) UnpackOpenDispute(data []byte) (OpenDisputeOutput, error) {
	out, err := coprocessor.abi.Unpack("openDispute", data)
	outstruct := new(OpenDisputeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Miner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ModelId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.C0 = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.CN = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	outstruct.Nonce = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackOpenResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ade45b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openResults(address ) view returns(uint256)
func (coprocessor *Coprocessor) PackOpenResults(arg0 common.Address) []byte {
	enc, err := coprocessor.abi.Pack("openResults", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ade45b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openResults(address ) view returns(uint256)
func (coprocessor *Coprocessor) TryPackOpenResults(arg0 common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("openResults", arg0)
}

// UnpackOpenResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ade45b9.
//
// Solidity: function openResults(address ) view returns(uint256)
func (coprocessor *Coprocessor) UnpackOpenResults(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("openResults", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProtocolFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35659fb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (coprocessor *Coprocessor) PackProtocolFeeBps() []byte {
	enc, err := coprocessor.abi.Pack("protocolFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProtocolFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35659fb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (coprocessor *Coprocessor) TryPackProtocolFeeBps() ([]byte, error) {
	return coprocessor.abi.Pack("protocolFeeBps")
}

// UnpackProtocolFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35659fb8.
//
// Solidity: function protocolFeeBps() view returns(uint16)
func (coprocessor *Coprocessor) UnpackProtocolFeeBps(data []byte) (uint16, error) {
	out, err := coprocessor.abi.Unpack("protocolFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 requestId) returns()
func (coprocessor *Coprocessor) PackRefund(requestId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 requestId) returns()
func (coprocessor *Coprocessor) TryPackRefund(requestId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("refund", requestId)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (coprocessor *Coprocessor) PackRegistry() []byte {
	enc, err := coprocessor.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (coprocessor *Coprocessor) TryPackRegistry() ([]byte, error) {
	return coprocessor.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (coprocessor *Coprocessor) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := coprocessor.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (coprocessor *Coprocessor) PackRequestCount() []byte {
	enc, err := coprocessor.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (coprocessor *Coprocessor) TryPackRequestCount() ([]byte, error) {
	return coprocessor.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (coprocessor *Coprocessor) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbb73976.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInference((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address,address) p) payable returns(uint256 requestId)
func (coprocessor *Coprocessor) PackRequestInference(p CoprocessorRequestParams) []byte {
	enc, err := coprocessor.abi.Pack("requestInference", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbb73976.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInference((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address,address) p) payable returns(uint256 requestId)
func (coprocessor *Coprocessor) TryPackRequestInference(p CoprocessorRequestParams) ([]byte, error) {
	return coprocessor.abi.Pack("requestInference", p)
}

// UnpackRequestInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbb73976.
//
// Solidity: function requestInference((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address,address) p) payable returns(uint256 requestId)
func (coprocessor *Coprocessor) UnpackRequestInference(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("requestInference", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function responseWindow() view returns(uint64)
func (coprocessor *Coprocessor) PackResponseWindow() []byte {
	enc, err := coprocessor.abi.Pack("responseWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function responseWindow() view returns(uint64)
func (coprocessor *Coprocessor) TryPackResponseWindow() ([]byte, error) {
	return coprocessor.abi.Pack("responseWindow")
}

// UnpackResponseWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddada1c.
//
// Solidity: function responseWindow() view returns(uint64)
func (coprocessor *Coprocessor) UnpackResponseWindow(data []byte) (uint64, error) {
	out, err := coprocessor.abi.Unpack("responseWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackResultBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3be5ba2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultBond() view returns(uint96)
func (coprocessor *Coprocessor) PackResultBond() []byte {
	enc, err := coprocessor.abi.Pack("resultBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3be5ba2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultBond() view returns(uint96)
func (coprocessor *Coprocessor) TryPackResultBond() ([]byte, error) {
	return coprocessor.abi.Pack("resultBond")
}

// UnpackResultBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3be5ba2.
//
// Solidity: function resultBond() view returns(uint96)
func (coprocessor *Coprocessor) UnpackResultBond(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("resultBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c99bec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultDigest(uint256 requestId, address miner, bytes32 programHash, bytes32 outputHash) view returns(bytes32)
func (coprocessor *Coprocessor) PackResultDigest(requestId *big.Int, miner common.Address, programHash [32]byte, outputHash [32]byte) []byte {
	enc, err := coprocessor.abi.Pack("resultDigest", requestId, miner, programHash, outputHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c99bec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultDigest(uint256 requestId, address miner, bytes32 programHash, bytes32 outputHash) view returns(bytes32)
func (coprocessor *Coprocessor) TryPackResultDigest(requestId *big.Int, miner common.Address, programHash [32]byte, outputHash [32]byte) ([]byte, error) {
	return coprocessor.abi.Pack("resultDigest", requestId, miner, programHash, outputHash)
}

// UnpackResultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02c99bec.
//
// Solidity: function resultDigest(uint256 requestId, address miner, bytes32 programHash, bytes32 outputHash) view returns(bytes32)
func (coprocessor *Coprocessor) UnpackResultDigest(data []byte) ([32]byte, error) {
	out, err := coprocessor.abi.Unpack("resultDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResultState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb60038dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultState(uint256 requestId) view returns(uint8 status, uint32 nonce)
func (coprocessor *Coprocessor) PackResultState(requestId *big.Int) []byte {
	enc, err := coprocessor.abi.Pack("resultState", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb60038dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultState(uint256 requestId) view returns(uint8 status, uint32 nonce)
func (coprocessor *Coprocessor) TryPackResultState(requestId *big.Int) ([]byte, error) {
	return coprocessor.abi.Pack("resultState", requestId)
}

// ResultStateOutput serves as a container for the return parameters of contract
// method ResultState.
type ResultStateOutput struct {
	Status uint8
	Nonce  uint32
}

// UnpackResultState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb60038dd.
//
// Solidity: function resultState(uint256 requestId) view returns(uint8 status, uint32 nonce)
func (coprocessor *Coprocessor) UnpackResultState(data []byte) (ResultStateOutput, error) {
	out, err := coprocessor.abi.Unpack("resultState", data)
	outstruct := new(ResultStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Nonce = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeGame(address game) returns()
func (coprocessor *Coprocessor) PackSetDisputeGame(game common.Address) []byte {
	enc, err := coprocessor.abi.Pack("setDisputeGame", game)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeGame(address game) returns()
func (coprocessor *Coprocessor) TryPackSetDisputeGame(game common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("setDisputeGame", game)
}

// PackStakePerResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc885580b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakePerResult() view returns(uint96)
func (coprocessor *Coprocessor) PackStakePerResult() []byte {
	enc, err := coprocessor.abi.Pack("stakePerResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakePerResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc885580b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakePerResult() view returns(uint96)
func (coprocessor *Coprocessor) TryPackStakePerResult() ([]byte, error) {
	return coprocessor.abi.Pack("stakePerResult")
}

// UnpackStakePerResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc885580b.
//
// Solidity: function stakePerResult() view returns(uint96)
func (coprocessor *Coprocessor) UnpackStakePerResult(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("stakePerResult", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (coprocessor *Coprocessor) PackStaking() []byte {
	enc, err := coprocessor.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (coprocessor *Coprocessor) TryPackStaking() ([]byte, error) {
	return coprocessor.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (coprocessor *Coprocessor) UnpackStaking(data []byte) (common.Address, error) {
	out, err := coprocessor.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStrikes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dbbfb9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function strikes(uint256 , address ) view returns(uint256)
func (coprocessor *Coprocessor) PackStrikes(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := coprocessor.abi.Pack("strikes", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStrikes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dbbfb9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function strikes(uint256 , address ) view returns(uint256)
func (coprocessor *Coprocessor) TryPackStrikes(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("strikes", arg0, arg1)
}

// UnpackStrikes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6dbbfb9c.
//
// Solidity: function strikes(uint256 , address ) view returns(uint256)
func (coprocessor *Coprocessor) UnpackStrikes(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("strikes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bea8006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenBalanceOf(address , address ) view returns(uint256)
func (coprocessor *Coprocessor) PackTokenBalanceOf(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := coprocessor.abi.Pack("tokenBalanceOf", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bea8006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenBalanceOf(address , address ) view returns(uint256)
func (coprocessor *Coprocessor) TryPackTokenBalanceOf(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("tokenBalanceOf", arg0, arg1)
}

// UnpackTokenBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bea8006.
//
// Solidity: function tokenBalanceOf(address , address ) view returns(uint256)
func (coprocessor *Coprocessor) UnpackTokenBalanceOf(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("tokenBalanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1446a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenHeld(address ) view returns(uint256)
func (coprocessor *Coprocessor) PackTokenHeld(arg0 common.Address) []byte {
	enc, err := coprocessor.abi.Pack("tokenHeld", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1446a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenHeld(address ) view returns(uint256)
func (coprocessor *Coprocessor) TryPackTokenHeld(arg0 common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("tokenHeld", arg0)
}

// UnpackTokenHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1446a9.
//
// Solidity: function tokenHeld(address ) view returns(uint256)
func (coprocessor *Coprocessor) UnpackTokenHeld(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("tokenHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (coprocessor *Coprocessor) PackTotalHeld() []byte {
	enc, err := coprocessor.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (coprocessor *Coprocessor) TryPackTotalHeld() ([]byte, error) {
	return coprocessor.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (coprocessor *Coprocessor) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := coprocessor.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (coprocessor *Coprocessor) PackTreasury() []byte {
	enc, err := coprocessor.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (coprocessor *Coprocessor) TryPackTreasury() ([]byte, error) {
	return coprocessor.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (coprocessor *Coprocessor) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := coprocessor.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (coprocessor *Coprocessor) PackVerifier() []byte {
	enc, err := coprocessor.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (coprocessor *Coprocessor) TryPackVerifier() ([]byte, error) {
	return coprocessor.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (coprocessor *Coprocessor) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := coprocessor.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (coprocessor *Coprocessor) PackWithdraw() []byte {
	enc, err := coprocessor.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (coprocessor *Coprocessor) TryPackWithdraw() ([]byte, error) {
	return coprocessor.abi.Pack("withdraw")
}

// PackWithdrawToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89476069.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawToken(address token) returns()
func (coprocessor *Coprocessor) PackWithdrawToken(token common.Address) []byte {
	enc, err := coprocessor.abi.Pack("withdrawToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89476069.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawToken(address token) returns()
func (coprocessor *Coprocessor) TryPackWithdrawToken(token common.Address) ([]byte, error) {
	return coprocessor.abi.Pack("withdrawToken", token)
}

// CoprocessorCallbackResult represents a CallbackResult event raised by the Coprocessor contract.
type CoprocessorCallbackResult struct {
	RequestId *big.Int
	Success   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoprocessorCallbackResultEventName = "CallbackResult"

// ContractEventName returns the user-defined event name.
func (CoprocessorCallbackResult) ContractEventName() string {
	return CoprocessorCallbackResultEventName
}

// UnpackCallbackResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackResult(uint256 indexed requestId, bool success)
func (coprocessor *Coprocessor) UnpackCallbackResultEvent(log *types.Log) (*CoprocessorCallbackResult, error) {
	event := "CallbackResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorCallbackResult)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorDisputeClosed represents a DisputeClosed event raised by the Coprocessor contract.
type CoprocessorDisputeClosed struct {
	RequestId     *big.Int
	ChallengerWon bool
	OpenGames     uint16
	Raw           *types.Log // Blockchain specific contextual infos
}

const CoprocessorDisputeClosedEventName = "DisputeClosed"

// ContractEventName returns the user-defined event name.
func (CoprocessorDisputeClosed) ContractEventName() string {
	return CoprocessorDisputeClosedEventName
}

// UnpackDisputeClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeClosed(uint256 indexed requestId, bool challengerWon, uint16 openGames)
func (coprocessor *Coprocessor) UnpackDisputeClosedEvent(log *types.Log) (*CoprocessorDisputeClosed, error) {
	event := "DisputeClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorDisputeClosed)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorDisputeGameSet represents a DisputeGameSet event raised by the Coprocessor contract.
type CoprocessorDisputeGameSet struct {
	DisputeGame common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const CoprocessorDisputeGameSetEventName = "DisputeGameSet"

// ContractEventName returns the user-defined event name.
func (CoprocessorDisputeGameSet) ContractEventName() string {
	return CoprocessorDisputeGameSetEventName
}

// UnpackDisputeGameSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeGameSet(address disputeGame)
func (coprocessor *Coprocessor) UnpackDisputeGameSetEvent(log *types.Log) (*CoprocessorDisputeGameSet, error) {
	event := "DisputeGameSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorDisputeGameSet)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorDisputeOpened represents a DisputeOpened event raised by the Coprocessor contract.
type CoprocessorDisputeOpened struct {
	RequestId *big.Int
	OpenGames uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoprocessorDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (CoprocessorDisputeOpened) ContractEventName() string {
	return CoprocessorDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed requestId, uint16 openGames)
func (coprocessor *Coprocessor) UnpackDisputeOpenedEvent(log *types.Log) (*CoprocessorDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorDisputeOpened)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorFeeTokenAccepted represents a FeeTokenAccepted event raised by the Coprocessor contract.
type CoprocessorFeeTokenAccepted struct {
	Token         common.Address
	UnitsPerEther *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const CoprocessorFeeTokenAcceptedEventName = "FeeTokenAccepted"

// ContractEventName returns the user-defined event name.
func (CoprocessorFeeTokenAccepted) ContractEventName() string {
	return CoprocessorFeeTokenAcceptedEventName
}

// UnpackFeeTokenAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeTokenAccepted(address indexed token, uint256 unitsPerEther)
func (coprocessor *Coprocessor) UnpackFeeTokenAcceptedEvent(log *types.Log) (*CoprocessorFeeTokenAccepted, error) {
	event := "FeeTokenAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorFeeTokenAccepted)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorMinerEvicted represents a MinerEvicted event raised by the Coprocessor contract.
type CoprocessorMinerEvicted struct {
	ModelId *big.Int
	Miner   common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CoprocessorMinerEvictedEventName = "MinerEvicted"

// ContractEventName returns the user-defined event name.
func (CoprocessorMinerEvicted) ContractEventName() string {
	return CoprocessorMinerEvictedEventName
}

// UnpackMinerEvictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinerEvicted(uint256 indexed modelId, address indexed miner, address by)
func (coprocessor *Coprocessor) UnpackMinerEvictedEvent(log *types.Log) (*CoprocessorMinerEvicted, error) {
	event := "MinerEvicted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorMinerEvicted)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorMinerJoined represents a MinerJoined event raised by the Coprocessor contract.
type CoprocessorMinerJoined struct {
	ModelId *big.Int
	Miner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CoprocessorMinerJoinedEventName = "MinerJoined"

// ContractEventName returns the user-defined event name.
func (CoprocessorMinerJoined) ContractEventName() string {
	return CoprocessorMinerJoinedEventName
}

// UnpackMinerJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinerJoined(uint256 indexed modelId, address indexed miner)
func (coprocessor *Coprocessor) UnpackMinerJoinedEvent(log *types.Log) (*CoprocessorMinerJoined, error) {
	event := "MinerJoined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorMinerJoined)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorMinerLeft represents a MinerLeft event raised by the Coprocessor contract.
type CoprocessorMinerLeft struct {
	ModelId *big.Int
	Miner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CoprocessorMinerLeftEventName = "MinerLeft"

// ContractEventName returns the user-defined event name.
func (CoprocessorMinerLeft) ContractEventName() string {
	return CoprocessorMinerLeftEventName
}

// UnpackMinerLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinerLeft(uint256 indexed modelId, address indexed miner)
func (coprocessor *Coprocessor) UnpackMinerLeftEvent(log *types.Log) (*CoprocessorMinerLeft, error) {
	event := "MinerLeft"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorMinerLeft)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorMinerStruck represents a MinerStruck event raised by the Coprocessor contract.
type CoprocessorMinerStruck struct {
	Miner     common.Address
	ModelId   *big.Int
	RequestId *big.Int
	Strikes   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoprocessorMinerStruckEventName = "MinerStruck"

// ContractEventName returns the user-defined event name.
func (CoprocessorMinerStruck) ContractEventName() string {
	return CoprocessorMinerStruckEventName
}

// UnpackMinerStruckEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinerStruck(address indexed miner, uint256 indexed modelId, uint256 indexed requestId, uint256 strikes)
func (coprocessor *Coprocessor) UnpackMinerStruckEvent(log *types.Log) (*CoprocessorMinerStruck, error) {
	event := "MinerStruck"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorMinerStruck)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorRequestClaimed represents a RequestClaimed event raised by the Coprocessor contract.
type CoprocessorRequestClaimed struct {
	RequestId *big.Int
	Miner     common.Address
	Until     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoprocessorRequestClaimedEventName = "RequestClaimed"

// ContractEventName returns the user-defined event name.
func (CoprocessorRequestClaimed) ContractEventName() string {
	return CoprocessorRequestClaimedEventName
}

// UnpackRequestClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestClaimed(uint256 indexed requestId, address indexed miner, uint64 until)
func (coprocessor *Coprocessor) UnpackRequestClaimedEvent(log *types.Log) (*CoprocessorRequestClaimed, error) {
	event := "RequestClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorRequestClaimed)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorRequestCreated represents a RequestCreated event raised by the Coprocessor contract.
type CoprocessorRequestCreated struct {
	RequestId        *big.Int
	Requester        common.Address
	ModelId          *big.Int
	Routes           uint8
	Assignee         common.Address
	AssignedUntil    uint64
	Deadline         uint64
	CallbackGasLimit uint32
	Escrow           *big.Int
	InputHash        [32]byte
	Measurement      [32]byte
	InputLength      uint32
	Input            []byte
	InputURI         string
	FeeToken         common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const CoprocessorRequestCreatedEventName = "RequestCreated"

// ContractEventName returns the user-defined event name.
func (CoprocessorRequestCreated) ContractEventName() string {
	return CoprocessorRequestCreatedEventName
}

// UnpackRequestCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestCreated(uint256 indexed requestId, address indexed requester, uint256 indexed modelId, uint8 routes, address assignee, uint64 assignedUntil, uint64 deadline, uint32 callbackGasLimit, uint96 escrow, bytes32 inputHash, bytes32 measurement, uint32 inputLength, bytes input, string inputURI, address feeToken)
func (coprocessor *Coprocessor) UnpackRequestCreatedEvent(log *types.Log) (*CoprocessorRequestCreated, error) {
	event := "RequestCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorRequestCreated)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorRequestFinalized represents a RequestFinalized event raised by the Coprocessor contract.
type CoprocessorRequestFinalized struct {
	RequestId   *big.Int
	Miner       common.Address
	MinerCut    *big.Int
	ModelFee    *big.Int
	ProtocolFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const CoprocessorRequestFinalizedEventName = "RequestFinalized"

// ContractEventName returns the user-defined event name.
func (CoprocessorRequestFinalized) ContractEventName() string {
	return CoprocessorRequestFinalizedEventName
}

// UnpackRequestFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestFinalized(uint256 indexed requestId, address indexed miner, uint256 minerCut, uint256 modelFee, uint256 protocolFee)
func (coprocessor *Coprocessor) UnpackRequestFinalizedEvent(log *types.Log) (*CoprocessorRequestFinalized, error) {
	event := "RequestFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorRequestFinalized)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorRequestRefunded represents a RequestRefunded event raised by the Coprocessor contract.
type CoprocessorRequestRefunded struct {
	RequestId *big.Int
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoprocessorRequestRefundedEventName = "RequestRefunded"

// ContractEventName returns the user-defined event name.
func (CoprocessorRequestRefunded) ContractEventName() string {
	return CoprocessorRequestRefundedEventName
}

// UnpackRequestRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestRefunded(uint256 indexed requestId, address indexed to, uint256 amount)
func (coprocessor *Coprocessor) UnpackRequestRefundedEvent(log *types.Log) (*CoprocessorRequestRefunded, error) {
	event := "RequestRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorRequestRefunded)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorResultDelivered represents a ResultDelivered event raised by the Coprocessor contract.
type CoprocessorResultDelivered struct {
	RequestId *big.Int
	Miner     common.Address
	Route     uint8
	Final     bool
	WindowEnd uint64
	C0        [32]byte
	CN        [32]byte
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoprocessorResultDeliveredEventName = "ResultDelivered"

// ContractEventName returns the user-defined event name.
func (CoprocessorResultDelivered) ContractEventName() string {
	return CoprocessorResultDeliveredEventName
}

// UnpackResultDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultDelivered(uint256 indexed requestId, address indexed miner, uint8 route, bool final_, uint64 windowEnd, bytes32 c0, bytes32 cN, bytes output)
func (coprocessor *Coprocessor) UnpackResultDeliveredEvent(log *types.Log) (*CoprocessorResultDelivered, error) {
	event := "ResultDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorResultDelivered)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorResultVoided represents a ResultVoided event raised by the Coprocessor contract.
type CoprocessorResultVoided struct {
	RequestId  *big.Int
	Miner      common.Address
	Challenger common.Address
	Nonce      uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const CoprocessorResultVoidedEventName = "ResultVoided"

// ContractEventName returns the user-defined event name.
func (CoprocessorResultVoided) ContractEventName() string {
	return CoprocessorResultVoidedEventName
}

// UnpackResultVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultVoided(uint256 indexed requestId, address indexed miner, address indexed challenger, uint32 nonce)
func (coprocessor *Coprocessor) UnpackResultVoidedEvent(log *types.Log) (*CoprocessorResultVoided, error) {
	event := "ResultVoided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorResultVoided)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorTokenWithdrawn represents a TokenWithdrawn event raised by the Coprocessor contract.
type CoprocessorTokenWithdrawn struct {
	Token  common.Address
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CoprocessorTokenWithdrawnEventName = "TokenWithdrawn"

// ContractEventName returns the user-defined event name.
func (CoprocessorTokenWithdrawn) ContractEventName() string {
	return CoprocessorTokenWithdrawnEventName
}

// UnpackTokenWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenWithdrawn(address indexed token, address indexed who, uint256 amount)
func (coprocessor *Coprocessor) UnpackTokenWithdrawnEvent(log *types.Log) (*CoprocessorTokenWithdrawn, error) {
	event := "TokenWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorTokenWithdrawn)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoprocessorWithdrawn represents a Withdrawn event raised by the Coprocessor contract.
type CoprocessorWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const CoprocessorWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (CoprocessorWithdrawn) ContractEventName() string {
	return CoprocessorWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (coprocessor *Coprocessor) UnpackWithdrawnEvent(log *types.Log) (*CoprocessorWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coprocessor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoprocessorWithdrawn)
	if len(log.Data) > 0 {
		if err := coprocessor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coprocessor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (coprocessor *Coprocessor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["AlreadyJoined"].ID.Bytes()[:4]) {
		return coprocessor.UnpackAlreadyJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["AlreadySet"].ID.Bytes()[:4]) {
		return coprocessor.UnpackAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["AssignmentRunning"].ID.Bytes()[:4]) {
		return coprocessor.UnpackAssignmentRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return coprocessor.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return coprocessor.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return coprocessor.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["DisputesOpen"].ID.Bytes()[:4]) {
		return coprocessor.UnpackDisputesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["EnclaveNotAccepted"].ID.Bytes()[:4]) {
		return coprocessor.UnpackEnclaveNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["FeeAboveMax"].ID.Bytes()[:4]) {
		return coprocessor.UnpackFeeAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["FeeTokenNotAccepted"].ID.Bytes()[:4]) {
		return coprocessor.UnpackFeeTokenNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return coprocessor.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InputMismatch"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInputMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InputSize"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInputSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InvalidRequest"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInvalidRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return coprocessor.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["MinerSetFull"].ID.Bytes()[:4]) {
		return coprocessor.UnpackMinerSetFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NotAllowedToServe"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNotAllowedToServeError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NotJoined"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNotJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NotStaked"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNotStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NotYetExpired"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNotYetExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return coprocessor.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["OutputMismatch"].ID.Bytes()[:4]) {
		return coprocessor.UnpackOutputMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["OutputSize"].ID.Bytes()[:4]) {
		return coprocessor.UnpackOutputSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["RouteNotAccepted"].ID.Bytes()[:4]) {
		return coprocessor.UnpackRouteNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["StaleDispute"].ID.Bytes()[:4]) {
		return coprocessor.UnpackStaleDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["StillStaked"].ID.Bytes()[:4]) {
		return coprocessor.UnpackStillStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["TokenAmountMismatch"].ID.Bytes()[:4]) {
		return coprocessor.UnpackTokenAmountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["TokenTransferFailed"].ID.Bytes()[:4]) {
		return coprocessor.UnpackTokenTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return coprocessor.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return coprocessor.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return coprocessor.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], coprocessor.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return coprocessor.UnpackWrongStatusError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CoprocessorAlreadyJoined represents a AlreadyJoined error raised by the Coprocessor contract.
type CoprocessorAlreadyJoined struct {
	ModelId *big.Int
	Miner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyJoined(uint256 modelId, address miner)
func CoprocessorAlreadyJoinedErrorID() common.Hash {
	return common.HexToHash("0x682bdbac2a35c24f8fcdc4a37603a9b791e1305bab604c31325ea787634c542d")
}

// UnpackAlreadyJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyJoined(uint256 modelId, address miner)
func (coprocessor *Coprocessor) UnpackAlreadyJoinedError(raw []byte) (*CoprocessorAlreadyJoined, error) {
	out := new(CoprocessorAlreadyJoined)
	if err := coprocessor.abi.UnpackIntoInterface(out, "AlreadyJoined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorAlreadySet represents a AlreadySet error raised by the Coprocessor contract.
type CoprocessorAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySet()
func CoprocessorAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xa741a0456e52b90bd22850f10558d4a38cdc2876b51fbd4ffc1b587676dbc61c")
}

// UnpackAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySet()
func (coprocessor *Coprocessor) UnpackAlreadySetError(raw []byte) (*CoprocessorAlreadySet, error) {
	out := new(CoprocessorAlreadySet)
	if err := coprocessor.abi.UnpackIntoInterface(out, "AlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorAssignmentRunning represents a AssignmentRunning error raised by the Coprocessor contract.
type CoprocessorAssignmentRunning struct {
	RequestId *big.Int
	Until     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssignmentRunning(uint256 requestId, uint64 until)
func CoprocessorAssignmentRunningErrorID() common.Hash {
	return common.HexToHash("0xef1b0c95e2704abbabe90ce3dde6289a8008ef4e8b61ddf738ef62ee28f52801")
}

// UnpackAssignmentRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssignmentRunning(uint256 requestId, uint64 until)
func (coprocessor *Coprocessor) UnpackAssignmentRunningError(raw []byte) (*CoprocessorAssignmentRunning, error) {
	out := new(CoprocessorAssignmentRunning)
	if err := coprocessor.abi.UnpackIntoInterface(out, "AssignmentRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorChallengeWindowClosed represents a ChallengeWindowClosed error raised by the Coprocessor contract.
type CoprocessorChallengeWindowClosed struct {
	WindowEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint64 windowEnd)
func CoprocessorChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x7080c4c81e1570ed1f4d2a59daedc7d703b9ed94fa730af016994a53f63ecdd4")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint64 windowEnd)
func (coprocessor *Coprocessor) UnpackChallengeWindowClosedError(raw []byte) (*CoprocessorChallengeWindowClosed, error) {
	out := new(CoprocessorChallengeWindowClosed)
	if err := coprocessor.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorChallengeWindowOpen represents a ChallengeWindowOpen error raised by the Coprocessor contract.
type CoprocessorChallengeWindowOpen struct {
	WindowEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint64 windowEnd)
func CoprocessorChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x9db52e4950a5ddfb0d069e456b91f337164618cfd0d5def2cce7223ca8d041cb")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint64 windowEnd)
func (coprocessor *Coprocessor) UnpackChallengeWindowOpenError(raw []byte) (*CoprocessorChallengeWindowOpen, error) {
	out := new(CoprocessorChallengeWindowOpen)
	if err := coprocessor.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorDeadlinePassed represents a DeadlinePassed error raised by the Coprocessor contract.
type CoprocessorDeadlinePassed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 requestId)
func CoprocessorDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xbfb22adfe9d5fa2834e025e2832eac6acdb50f696427fd6da5e7d933cf7e8923")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 requestId)
func (coprocessor *Coprocessor) UnpackDeadlinePassedError(raw []byte) (*CoprocessorDeadlinePassed, error) {
	out := new(CoprocessorDeadlinePassed)
	if err := coprocessor.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorDisputesOpen represents a DisputesOpen error raised by the Coprocessor contract.
type CoprocessorDisputesOpen struct {
	OpenGames uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputesOpen(uint16 openGames)
func CoprocessorDisputesOpenErrorID() common.Hash {
	return common.HexToHash("0x16b6df0e2389aa090ba69a3f6a40866bc7b58645d0612291adc1938805677ca3")
}

// UnpackDisputesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputesOpen(uint16 openGames)
func (coprocessor *Coprocessor) UnpackDisputesOpenError(raw []byte) (*CoprocessorDisputesOpen, error) {
	out := new(CoprocessorDisputesOpen)
	if err := coprocessor.abi.UnpackIntoInterface(out, "DisputesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorEnclaveNotAccepted represents a EnclaveNotAccepted error raised by the Coprocessor contract.
type CoprocessorEnclaveNotAccepted struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveNotAccepted(address signer)
func CoprocessorEnclaveNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x32fa08155a20703af25b68c69076a47ac0fa58554423f1234912d6718883f640")
}

// UnpackEnclaveNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveNotAccepted(address signer)
func (coprocessor *Coprocessor) UnpackEnclaveNotAcceptedError(raw []byte) (*CoprocessorEnclaveNotAccepted, error) {
	out := new(CoprocessorEnclaveNotAccepted)
	if err := coprocessor.abi.UnpackIntoInterface(out, "EnclaveNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorFeeAboveMax represents a FeeAboveMax error raised by the Coprocessor contract.
type CoprocessorFeeAboveMax struct {
	Fee    *big.Int
	MaxFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveMax(uint256 fee, uint256 maxFee)
func CoprocessorFeeAboveMaxErrorID() common.Hash {
	return common.HexToHash("0x7b7d1b036115a4afa9171e8631ec601add642ced40d18e964f330d8467f094e2")
}

// UnpackFeeAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveMax(uint256 fee, uint256 maxFee)
func (coprocessor *Coprocessor) UnpackFeeAboveMaxError(raw []byte) (*CoprocessorFeeAboveMax, error) {
	out := new(CoprocessorFeeAboveMax)
	if err := coprocessor.abi.UnpackIntoInterface(out, "FeeAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorFeeTokenNotAccepted represents a FeeTokenNotAccepted error raised by the Coprocessor contract.
type CoprocessorFeeTokenNotAccepted struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTokenNotAccepted(address token)
func CoprocessorFeeTokenNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x72907318af5489efdd353e1d47405a3e646212b2031589a9756ceabc91820387")
}

// UnpackFeeTokenNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTokenNotAccepted(address token)
func (coprocessor *Coprocessor) UnpackFeeTokenNotAcceptedError(raw []byte) (*CoprocessorFeeTokenNotAccepted, error) {
	out := new(CoprocessorFeeTokenNotAccepted)
	if err := coprocessor.abi.UnpackIntoInterface(out, "FeeTokenNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorFeeTooLow represents a FeeTooLow error raised by the Coprocessor contract.
type CoprocessorFeeTooLow struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 required)
func CoprocessorFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 required)
func (coprocessor *Coprocessor) UnpackFeeTooLowError(raw []byte) (*CoprocessorFeeTooLow, error) {
	out := new(CoprocessorFeeTooLow)
	if err := coprocessor.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInputMismatch represents a InputMismatch error raised by the Coprocessor contract.
type CoprocessorInputMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputMismatch()
func CoprocessorInputMismatchErrorID() common.Hash {
	return common.HexToHash("0x1501f6a08b94b24708268b294b082f62f5b315641d3c048cd5b0f37c35d7ddea")
}

// UnpackInputMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputMismatch()
func (coprocessor *Coprocessor) UnpackInputMismatchError(raw []byte) (*CoprocessorInputMismatch, error) {
	out := new(CoprocessorInputMismatch)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InputMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInputSize represents a InputSize error raised by the Coprocessor contract.
type CoprocessorInputSize struct {
	Length *big.Int
	Min    *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputSize(uint256 length, uint256 min, uint256 max)
func CoprocessorInputSizeErrorID() common.Hash {
	return common.HexToHash("0xc8489e4412127df8a2fcf2d20e67ab04f2ffb0f082e61614631214020764566d")
}

// UnpackInputSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputSize(uint256 length, uint256 min, uint256 max)
func (coprocessor *Coprocessor) UnpackInputSizeError(raw []byte) (*CoprocessorInputSize, error) {
	out := new(CoprocessorInputSize)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InputSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the Coprocessor contract.
type CoprocessorInsufficientGasForCallback struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback()
func CoprocessorInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x657989e91dba522901e1aaf566e4670dd60f8c49325c20011d16fb58380befd1")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback()
func (coprocessor *Coprocessor) UnpackInsufficientGasForCallbackError(raw []byte) (*CoprocessorInsufficientGasForCallback, error) {
	out := new(CoprocessorInsufficientGasForCallback)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInsufficientStake represents a InsufficientStake error raised by the Coprocessor contract.
type CoprocessorInsufficientStake struct {
	Who  common.Address
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(address who, uint256 have, uint256 want)
func CoprocessorInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x936d426dd74f230ad5a4425fb8e2282c39c20abb35ad8a2da02a9b2239d6c390")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(address who, uint256 have, uint256 want)
func (coprocessor *Coprocessor) UnpackInsufficientStakeError(raw []byte) (*CoprocessorInsufficientStake, error) {
	out := new(CoprocessorInsufficientStake)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInvalidConfig represents a InvalidConfig error raised by the Coprocessor contract.
type CoprocessorInvalidConfig struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string reason)
func CoprocessorInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string reason)
func (coprocessor *Coprocessor) UnpackInvalidConfigError(raw []byte) (*CoprocessorInvalidConfig, error) {
	out := new(CoprocessorInvalidConfig)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInvalidProof represents a InvalidProof error raised by the Coprocessor contract.
type CoprocessorInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func CoprocessorInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (coprocessor *Coprocessor) UnpackInvalidProofError(raw []byte) (*CoprocessorInvalidProof, error) {
	out := new(CoprocessorInvalidProof)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInvalidRequest represents a InvalidRequest error raised by the Coprocessor contract.
type CoprocessorInvalidRequest struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRequest(string reason)
func CoprocessorInvalidRequestErrorID() common.Hash {
	return common.HexToHash("0x370228389b390ec90bdcc20609dab162a29c15c1682ecfdf854e483eb2f9d195")
}

// UnpackInvalidRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRequest(string reason)
func (coprocessor *Coprocessor) UnpackInvalidRequestError(raw []byte) (*CoprocessorInvalidRequest, error) {
	out := new(CoprocessorInvalidRequest)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InvalidRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorInvalidSignature represents a InvalidSignature error raised by the Coprocessor contract.
type CoprocessorInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func CoprocessorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (coprocessor *Coprocessor) UnpackInvalidSignatureError(raw []byte) (*CoprocessorInvalidSignature, error) {
	out := new(CoprocessorInvalidSignature)
	if err := coprocessor.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorMinerSetFull represents a MinerSetFull error raised by the Coprocessor contract.
type CoprocessorMinerSetFull struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MinerSetFull(uint256 modelId)
func CoprocessorMinerSetFullErrorID() common.Hash {
	return common.HexToHash("0x4e0cd8357df0d36f614f898cba3881769576ec5870dfd869f19e222c2c36ce21")
}

// UnpackMinerSetFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MinerSetFull(uint256 modelId)
func (coprocessor *Coprocessor) UnpackMinerSetFullError(raw []byte) (*CoprocessorMinerSetFull, error) {
	out := new(CoprocessorMinerSetFull)
	if err := coprocessor.abi.UnpackIntoInterface(out, "MinerSetFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNotAllowedToServe represents a NotAllowedToServe error raised by the Coprocessor contract.
type CoprocessorNotAllowedToServe struct {
	RequestId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedToServe(uint256 requestId, address caller)
func CoprocessorNotAllowedToServeErrorID() common.Hash {
	return common.HexToHash("0xb56726dbdf22d9dedea32715e0a93a8ff647d3188e0e75536e47e89a9442749e")
}

// UnpackNotAllowedToServeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedToServe(uint256 requestId, address caller)
func (coprocessor *Coprocessor) UnpackNotAllowedToServeError(raw []byte) (*CoprocessorNotAllowedToServe, error) {
	out := new(CoprocessorNotAllowedToServe)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NotAllowedToServe", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNotDeployer represents a NotDeployer error raised by the Coprocessor contract.
type CoprocessorNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func CoprocessorNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (coprocessor *Coprocessor) UnpackNotDeployerError(raw []byte) (*CoprocessorNotDeployer, error) {
	out := new(CoprocessorNotDeployer)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNotDisputeGame represents a NotDisputeGame error raised by the Coprocessor contract.
type CoprocessorNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func CoprocessorNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (coprocessor *Coprocessor) UnpackNotDisputeGameError(raw []byte) (*CoprocessorNotDisputeGame, error) {
	out := new(CoprocessorNotDisputeGame)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNotJoined represents a NotJoined error raised by the Coprocessor contract.
type CoprocessorNotJoined struct {
	ModelId *big.Int
	Miner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJoined(uint256 modelId, address miner)
func CoprocessorNotJoinedErrorID() common.Hash {
	return common.HexToHash("0xc3e8c85bc4ea5ab4e15cc6bb41e4dd6f1b39c280dc0b9fce7fc4f3169bd56c1a")
}

// UnpackNotJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJoined(uint256 modelId, address miner)
func (coprocessor *Coprocessor) UnpackNotJoinedError(raw []byte) (*CoprocessorNotJoined, error) {
	out := new(CoprocessorNotJoined)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NotJoined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNotStaked represents a NotStaked error raised by the Coprocessor contract.
type CoprocessorNotStaked struct {
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaked(address who)
func CoprocessorNotStakedErrorID() common.Hash {
	return common.HexToHash("0x2449d29bdb2bf314c45a5abe636e050bbc48291aa4b13c32b332f5b86f800d30")
}

// UnpackNotStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaked(address who)
func (coprocessor *Coprocessor) UnpackNotStakedError(raw []byte) (*CoprocessorNotStaked, error) {
	out := new(CoprocessorNotStaked)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NotStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNotYetExpired represents a NotYetExpired error raised by the Coprocessor contract.
type CoprocessorNotYetExpired struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYetExpired(uint64 deadline)
func CoprocessorNotYetExpiredErrorID() common.Hash {
	return common.HexToHash("0x6004fa5fc4b006f2fec41286efa64ce64d6080e1f9e93374b46ac29e2a67b580")
}

// UnpackNotYetExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYetExpired(uint64 deadline)
func (coprocessor *Coprocessor) UnpackNotYetExpiredError(raw []byte) (*CoprocessorNotYetExpired, error) {
	out := new(CoprocessorNotYetExpired)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NotYetExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorNothingToWithdraw represents a NothingToWithdraw error raised by the Coprocessor contract.
type CoprocessorNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func CoprocessorNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (coprocessor *Coprocessor) UnpackNothingToWithdrawError(raw []byte) (*CoprocessorNothingToWithdraw, error) {
	out := new(CoprocessorNothingToWithdraw)
	if err := coprocessor.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorOutputMismatch represents a OutputMismatch error raised by the Coprocessor contract.
type CoprocessorOutputMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputMismatch()
func CoprocessorOutputMismatchErrorID() common.Hash {
	return common.HexToHash("0xbece19e609440c2bb2000e3b62a2ab1c42c3d0e8130cf2f08603ad0bf8017c2a")
}

// UnpackOutputMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputMismatch()
func (coprocessor *Coprocessor) UnpackOutputMismatchError(raw []byte) (*CoprocessorOutputMismatch, error) {
	out := new(CoprocessorOutputMismatch)
	if err := coprocessor.abi.UnpackIntoInterface(out, "OutputMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorOutputSize represents a OutputSize error raised by the Coprocessor contract.
type CoprocessorOutputSize struct {
	Length *big.Int
	Min    *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputSize(uint256 length, uint256 min, uint256 max)
func CoprocessorOutputSizeErrorID() common.Hash {
	return common.HexToHash("0x0136b80a8d918f44f104e5368964f3d379d8696faea9a1c1ef679efad4fb027e")
}

// UnpackOutputSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputSize(uint256 length, uint256 min, uint256 max)
func (coprocessor *Coprocessor) UnpackOutputSizeError(raw []byte) (*CoprocessorOutputSize, error) {
	out := new(CoprocessorOutputSize)
	if err := coprocessor.abi.UnpackIntoInterface(out, "OutputSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorRouteNotAccepted represents a RouteNotAccepted error raised by the Coprocessor contract.
type CoprocessorRouteNotAccepted struct {
	RequestId *big.Int
	Route     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RouteNotAccepted(uint256 requestId, uint8 route)
func CoprocessorRouteNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0xe9f34b2ae5591fa2b90f140fce43c02d69e838236cc8802235d3ab1e3a3ad8dc")
}

// UnpackRouteNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RouteNotAccepted(uint256 requestId, uint8 route)
func (coprocessor *Coprocessor) UnpackRouteNotAcceptedError(raw []byte) (*CoprocessorRouteNotAccepted, error) {
	out := new(CoprocessorRouteNotAccepted)
	if err := coprocessor.abi.UnpackIntoInterface(out, "RouteNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorStaleDispute represents a StaleDispute error raised by the Coprocessor contract.
type CoprocessorStaleDispute struct {
	RequestId *big.Int
	Nonce     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleDispute(uint256 requestId, uint32 nonce)
func CoprocessorStaleDisputeErrorID() common.Hash {
	return common.HexToHash("0xd1ac4756c45f582865f004c74e0740c83c1a06e66e53a096aa0d61a36851bf6b")
}

// UnpackStaleDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleDispute(uint256 requestId, uint32 nonce)
func (coprocessor *Coprocessor) UnpackStaleDisputeError(raw []byte) (*CoprocessorStaleDispute, error) {
	out := new(CoprocessorStaleDispute)
	if err := coprocessor.abi.UnpackIntoInterface(out, "StaleDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorStillStaked represents a StillStaked error raised by the Coprocessor contract.
type CoprocessorStillStaked struct {
	Miner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillStaked(address miner)
func CoprocessorStillStakedErrorID() common.Hash {
	return common.HexToHash("0x2eef6b8bff0062c43fc28bc2bddc68e34cf5b4977abe7589914e594133be7760")
}

// UnpackStillStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillStaked(address miner)
func (coprocessor *Coprocessor) UnpackStillStakedError(raw []byte) (*CoprocessorStillStaked, error) {
	out := new(CoprocessorStillStaked)
	if err := coprocessor.abi.UnpackIntoInterface(out, "StillStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorTokenAmountMismatch represents a TokenAmountMismatch error raised by the Coprocessor contract.
type CoprocessorTokenAmountMismatch struct {
	Token    common.Address
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenAmountMismatch(address token, uint256 expected, uint256 received)
func CoprocessorTokenAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xcf3e13522a442e497772883be331ff686102a1e9f6a35e4b6ec0b60cd4c168a4")
}

// UnpackTokenAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenAmountMismatch(address token, uint256 expected, uint256 received)
func (coprocessor *Coprocessor) UnpackTokenAmountMismatchError(raw []byte) (*CoprocessorTokenAmountMismatch, error) {
	out := new(CoprocessorTokenAmountMismatch)
	if err := coprocessor.abi.UnpackIntoInterface(out, "TokenAmountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorTokenTransferFailed represents a TokenTransferFailed error raised by the Coprocessor contract.
type CoprocessorTokenTransferFailed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransferFailed(address token)
func CoprocessorTokenTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x2b596cb7e9804a5202312682f04514d7f31332b7e5ffeaad4ba2ee9969d1d7d0")
}

// UnpackTokenTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransferFailed(address token)
func (coprocessor *Coprocessor) UnpackTokenTransferFailedError(raw []byte) (*CoprocessorTokenTransferFailed, error) {
	out := new(CoprocessorTokenTransferFailed)
	if err := coprocessor.abi.UnpackIntoInterface(out, "TokenTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorTransferFailed represents a TransferFailed error raised by the Coprocessor contract.
type CoprocessorTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func CoprocessorTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (coprocessor *Coprocessor) UnpackTransferFailedError(raw []byte) (*CoprocessorTransferFailed, error) {
	out := new(CoprocessorTransferFailed)
	if err := coprocessor.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorUnknownRequest represents a UnknownRequest error raised by the Coprocessor contract.
type CoprocessorUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func CoprocessorUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (coprocessor *Coprocessor) UnpackUnknownRequestError(raw []byte) (*CoprocessorUnknownRequest, error) {
	out := new(CoprocessorUnknownRequest)
	if err := coprocessor.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorWrongBond represents a WrongBond error raised by the Coprocessor contract.
type CoprocessorWrongBond struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func CoprocessorWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func (coprocessor *Coprocessor) UnpackWrongBondError(raw []byte) (*CoprocessorWrongBond, error) {
	out := new(CoprocessorWrongBond)
	if err := coprocessor.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoprocessorWrongStatus represents a WrongStatus error raised by the Coprocessor contract.
type CoprocessorWrongStatus struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint256 requestId, uint8 status)
func CoprocessorWrongStatusErrorID() common.Hash {
	return common.HexToHash("0xa5d15e1f94e40302e3f7050760870a95f04eb9d943cd2cb333833178258083d6")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint256 requestId, uint8 status)
func (coprocessor *Coprocessor) UnpackWrongStatusError(raw []byte) (*CoprocessorWrongStatus, error) {
	out := new(CoprocessorWrongStatus)
	if err := coprocessor.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTokenMetaData contains all meta data concerning the DevToken contract.
var DevTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mintEach\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4ea7366cfc9d3091136f26916ac6818a74",
	Bin: "0x60a06040523461034157610b848038038061001981610345565b9283398101906060818303126103415780516001600160401b038111610341578261004591830161036a565b60208201519092906001600160401b0381116103415760409161006991840161036a565b91015160ff811681036103415782516001600160401b03811161024a575f54600181811c91168015610337575b602082101461022c57601f81116102ca575b506020601f821160011461026957819293945f9261025e575b50508160011b915f199060031b1c1916175f555b81516001600160401b03811161024a57600154600181811c91168015610240575b602082101461022c57601f81116101be575b50602092601f821160011461015d57928192935f92610152575b50508160011b915f199060031b1c1916176001555b6080526040516107c890816103bc8239608051816103ee0152f35b015190505f80610122565b601f1982169360015f52805f20915f5b8681106101a6575083600195961061018e575b505050811b01600155610137565b01515f1960f88460031b161c191690555f8080610180565b9192602060018192868501518155019401920161016d565b818111156101085760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610224575b81601f9101920160051c03905f5b828110610217575050610108565b5f82820155600101610209565b5f91506101fb565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f6565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c1565b601f198216905f8052805f20915f5b8181106102b25750958360019596971061029a575b505050811b015f556100d5565b01515f1960f88460031b161c191690555f808061028d565b9192602060018192868b015181550194019201610278565b818111156100a8575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061032f575b81601f9101920160051c03905f5b8281106103225750506100a8565b5f82820155600101610314565b5f9150610306565b90607f1690610096565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761024a57604052565b81601f82011215610341578051906001600160401b03821161024a57610399601f8301601f1916602001610345565b928284526020838301011161034157815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610564578063095ea7b3146104eb57806318160ddd146104ce57806323b872dd14610412578063313ce567146103d557806340c10f191461035b57806370a082311461032357806395d89b4114610205578063a9059cbb146101d4578063db807e26146100e65763dd62ed3e14610092575f80fd5b346100e25760403660031901126100e2576100ab610660565b6100b3610676565b6001600160a01b039182165f908152600460209081526040808320949093168252928352819020549051908152f35b5f80fd5b346100e25760403660031901126100e25760043567ffffffffffffffff81116100e257366023820112156100e257806004013567ffffffffffffffff81116100e2576024820191602436918360051b0101116100e2576024355f5b82811061014a57005b600190610159836002546106ad565b600255818060a01b036101756101708387896106ba565b6106de565b165f52600360205260405f2061018c8482546106ad565b9055818060a01b036101a26101708387896106ba565b165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051878152a301610141565b346100e25760403660031901126100e2576101fa6101f0610660565b60243590336106f2565b602060405160018152f35b346100e2575f3660031901126100e2576040515f6001548060011c90600181168015610319575b602083108114610305578285529081156102e95750600114610293575b50819003601f01601f191681019067ffffffffffffffff82118183101761027f576040829052819061027b9082610636565b0390f35b634e487b7160e01b5f52604160045260245ffd5b60015f9081529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8282106102d357506020915082010182610249565b60018160209254838588010152019101906102be565b90506020925060ff191682840152151560051b82010182610249565b634e487b7160e01b5f52602260045260245ffd5b91607f169161022c565b346100e25760203660031901126100e2576001600160a01b03610344610660565b165f526003602052602060405f2054604051908152f35b346100e25760403660031901126100e257610374610660565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020602435936103a8856002546106ad565b60025560018060a01b03169384845260038252604084206103ca8282546106ad565b9055604051908152a3005b346100e2575f3660031901126100e257602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100e25760603660031901126100e25761042b610660565b610433610676565b6001600160a01b0382165f81815260046020908152604080832033845290915290205492604435929160018501610470575b506101fa93506106f2565b8385106104a457610484846101fa9661068c565b5f9182526004602090815260408084203385529091529091205584610465565b60849084866040519263246fb68960e21b8452600484015233602484015260448301526064820152fd5b346100e2575f3660031901126100e2576020600254604051908152f35b346100e25760403660031901126100e257610504610660565b335f8181526004602090815260408083206001600160a01b03909516808452948252918290206024359081905591519182527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a3602060405160018152f35b346100e2575f3660031901126100e2576040515f5f548060011c9060018116801561062c575b602083108114610305578285529081156102e957506001146105d85750819003601f01601f191681019067ffffffffffffffff82118183101761027f576040829052819061027b9082610636565b5f8080529091507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b82821061061657506020915082010182610249565b6001816020925483858801015201910190610601565b91607f169161058a565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100e257565b602435906001600160a01b03821682036100e257565b9190820391821161069957565b634e487b7160e01b5f52601160045260245ffd5b9190820180921161069957565b91908110156106ca5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b03811681036100e25790565b6001600160a01b03165f81815260036020526040902054909190838110610777577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef916107418560209361068c565b845f526003835260405f205560018060a01b031693845f526003825260405f2061076c8282546106ad565b9055604051908152a3565b91905063db42144d60e01b5f5260045260245260445260645ffdfea2646970667358221220326ad951ec00408176e76ee650c2a766920c2a5027164b7c1b4d892c09ec243a64736f6c63430008250033",
}

// DevToken is an auto generated Go binding around an Ethereum contract.
type DevToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DevToken) GetABI() abi.ABI {
	return c.abi
}

// NewDevToken creates a new instance of DevToken.
func NewDevToken() *DevToken {
	parsed, err := DevTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DevToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DevToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (devToken *DevToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := devToken.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (devToken *DevToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := devToken.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (devToken *DevToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return devToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (devToken *DevToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := devToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (devToken *DevToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := devToken.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (devToken *DevToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return devToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (devToken *DevToken) UnpackApprove(data []byte) (bool, error) {
	out, err := devToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (devToken *DevToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := devToken.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (devToken *DevToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return devToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (devToken *DevToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := devToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (devToken *DevToken) PackDecimals() []byte {
	enc, err := devToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (devToken *DevToken) TryPackDecimals() ([]byte, error) {
	return devToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (devToken *DevToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := devToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (devToken *DevToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := devToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (devToken *DevToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return devToken.abi.Pack("mint", to, amount)
}

// PackMintEach is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb807e26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintEach(address[] to, uint256 amount) returns()
func (devToken *DevToken) PackMintEach(to []common.Address, amount *big.Int) []byte {
	enc, err := devToken.abi.Pack("mintEach", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintEach is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb807e26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintEach(address[] to, uint256 amount) returns()
func (devToken *DevToken) TryPackMintEach(to []common.Address, amount *big.Int) ([]byte, error) {
	return devToken.abi.Pack("mintEach", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (devToken *DevToken) PackName() []byte {
	enc, err := devToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (devToken *DevToken) TryPackName() ([]byte, error) {
	return devToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (devToken *DevToken) UnpackName(data []byte) (string, error) {
	out, err := devToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (devToken *DevToken) PackSymbol() []byte {
	enc, err := devToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (devToken *DevToken) TryPackSymbol() ([]byte, error) {
	return devToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (devToken *DevToken) UnpackSymbol(data []byte) (string, error) {
	out, err := devToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (devToken *DevToken) PackTotalSupply() []byte {
	enc, err := devToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (devToken *DevToken) TryPackTotalSupply() ([]byte, error) {
	return devToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (devToken *DevToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := devToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (devToken *DevToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := devToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (devToken *DevToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return devToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (devToken *DevToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := devToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (devToken *DevToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := devToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (devToken *DevToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return devToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (devToken *DevToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := devToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// DevTokenApproval represents a Approval event raised by the DevToken contract.
type DevTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DevTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DevTokenApproval) ContractEventName() string {
	return DevTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (devToken *DevToken) UnpackApprovalEvent(log *types.Log) (*DevTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevTokenApproval)
	if len(log.Data) > 0 {
		if err := devToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DevTokenTransfer represents a Transfer event raised by the DevToken contract.
type DevTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DevTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DevTokenTransfer) ContractEventName() string {
	return DevTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (devToken *DevToken) UnpackTransferEvent(log *types.Log) (*DevTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevTokenTransfer)
	if len(log.Data) > 0 {
		if err := devToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (devToken *DevToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], devToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return devToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], devToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return devToken.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DevTokenInsufficientAllowance represents a InsufficientAllowance error raised by the DevToken contract.
type DevTokenInsufficientAllowance struct {
	Owner   common.Address
	Spender common.Address
	Have    *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance(address owner, address spender, uint256 have, uint256 want)
func DevTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x91beda2419c8769f0c545a44607943b78700547e886f90b5189cc0e609a996c4")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance(address owner, address spender, uint256 have, uint256 want)
func (devToken *DevToken) UnpackInsufficientAllowanceError(raw []byte) (*DevTokenInsufficientAllowance, error) {
	out := new(DevTokenInsufficientAllowance)
	if err := devToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevTokenInsufficientBalance represents a InsufficientBalance error raised by the DevToken contract.
type DevTokenInsufficientBalance struct {
	From common.Address
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address from, uint256 have, uint256 want)
func DevTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address from, uint256 have, uint256 want)
func (devToken *DevToken) UnpackInsufficientBalanceError(raw []byte) (*DevTokenInsufficientBalance, error) {
	out := new(DevTokenInsufficientBalance)
	if err := devToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"coprocessor_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractGroth16Verifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"challengerBond\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockExtension\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxK\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"rewardBps\",\"type\":\"uint16\"}],\"internalType\":\"structDisputeGame.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"AlreadyVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"AtLeaf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentCorrect\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"name\":\"InvalidArity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"name\":\"InvalidSegment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoStepKeys\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"NotAtLeaf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotMachineSettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ResultStillCurrent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"SampledGeneration\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongCommitmentCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"WrongGameKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"commitments\",\"type\":\"bytes32[]\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"defender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"machine\",\"type\":\"bool\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"defender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"games\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pot\",\"type\":\"uint256\"}],\"name\":\"ResultVoidShared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cLo\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"cHi\",\"type\":\"bytes32\"}],\"name\":\"SegmentChosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"input\",\"type\":\"bool\"}],\"name\":\"WrongCommitmentProven\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ROUNDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"arity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"commitments\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"}],\"name\":\"boundary\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"challengeMachine\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"commitments\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"name\":\"choose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clockExtension\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"coprocessor\",\"outputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"executor\",\"outputs\":[{\"internalType\":\"contractOneStepExecutor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"executorLLM\",\"outputs\":[{\"internalType\":\"contractOneStepExecutorLLM\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"defender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"machine\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"defenderClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"cLo\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cHi\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"g\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGameDuration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxK\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveMicroStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveProgram\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"keyPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"proveWrongInput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"proveWrongOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"settleVoided\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashAmount\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractGroth16Verifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"voidOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"games\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"settled\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"pot\",\"type\":\"uint128\"}],\"internalType\":\"structDisputeGame.Void\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "c3c3120d913cb1f9c22cc578bd77409c1a",
	Bin: "0x61020080604052346105bf578061b3f0803803809161001e828561099e565b83398101039061014082126105bf5780516001600160a01b03811691908281036105bf5761004e602083016109c1565b9061005b604084016109c1565b9160c061006a606086016109c1565b96607f1901126105bf576040519560c087016001600160401b038111888210176104f95760405261009d608086016109d5565b87526100ab60a086016109e9565b93602088019485526100bf60c087016109e9565b926040890193845260e08701519460ff8616988987036105bf5760608b01968752610100890151986001600160801b038a168a036105bf5760808c01998a5261012001519961ffff8b168b036105bf5760029060a08d019b8c5210610972578a516001600160601b03161561093b5788516001600160801b0316156109075761271061ffff8b511610156108d55787516001600160401b0316156108a75785516001600160401b03168015908115610893575b5061085c57604051634cf088d960e01b815290602082600481845afa9182156104ee575f92610820575b506001600160a01b03848116921682148015906107ac575b8015610738575b80156106bb575b61068c5760405163c885580b60e01b8152602081600481855afa9081156104ee575f91610652575b508a516001600160801b03166001600160601b039091161061060c57602060049260405193848092636dbee9ad60e11b82525afa9182156104ee575f926105cb575b5060206004916040519283809263430d0a0960e11b82525afa9081156104ee575f9161058d575b5088518751906001600160401b03166102789160061b6040600160461b0316906109fd565b906001600160ff1b03821682036105795761029f9160011b906001600160401b03166109fd565b6001600160401b03909116111561050d5760805260a05260c05260e0526040516130b68082016001600160401b038111838210176104f95782916142dd833903905ff080156104ee576101005260405161405d8082016001600160401b038111838210176104f9578291617393833903905ff09283156104ee576101209390935294516001600160601b03166101405290516001600160401b0390811661016052935190931661018052915160ff166101a05290516001600160801b03166101c0525161ffff166101e0526040516138d29081610a0b8239608051818181601b0152818161031401528181610e4a015281816115ef015281816129f001528181612d6801528181612ec7015281816130fd015261335e015260a051818181606401528181611d3001528181612abd01526130a1015260c0518181816103bd0152818161084101528181611bca01528181611ea60152612078015260e05181818161054601528181610e050152818161159a01528181611afb01526120ed01526101005181818161059101528181610706015261168f01526101205181818161065e0152610cff01526101405181818161117801528181612b7901528181612db101528181612f670152818161304b01526137ca01526101605181818161077a01528181610cc5015281816117e101526121db01526101805181818161074b01528181610f9801528181611134015261128701526101a051818181610dcb015261323801526101c051818181610d4e01528181612a470152612f2301526101e051818181610d8d0152612a8b0152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b6040516389a6198960e01b815260206004820152603360248201527f756e626f6e64696e6744656c6179203c3d206368616c6c656e676557696e646f60448201527f77202b206d617847616d654475726174696f6e000000000000000000000000006064820152608490fd5b634e487b7160e01b5f52601160045260245ffd5b90506020813d6020116105c3575b816105a86020938361099e565b810103126105bf576105b9906109e9565b5f610253565b5f80fd5b3d915061059b565b9091506020813d602011610604575b816105e76020938361099e565b810103126105bf5760206105fc6004926109e9565b92915061022c565b3d91506105da565b6040516389a6198960e01b815260206004820152601c60248201527f7374616b65506572526573756c74203c20736c617368416d6f756e74000000006044820152606490fd5b90506020813d602011610684575b8161066d6020938361099e565b810103126105bf5761067e906109d5565b5f6101ea565b3d9150610660565b6040516389a6198960e01b8152602060048201526006602482015265776972696e6760d01b6044820152606490fd5b50604051637b10399960e01b81526020816004816001600160a01b038a165afa9081156104ee575f916106fe575b506001600160a01b03878116911614156101c2565b90506020813d602011610730575b816107196020938361099e565b810103126105bf5761072a906109c1565b5f6106e9565b3d915061070c565b50604051632b7ac3f360e01b8152602081600481855afa9081156104ee575f91610772575b506001600160a01b03868116911614156101bb565b90506020813d6020116107a4575b8161078d6020938361099e565b810103126105bf5761079e906109c1565b5f61075d565b3d9150610780565b50604051637b10399960e01b8152602081600481855afa9081156104ee575f916107e6575b506001600160a01b03878116911614156101b4565b90506020813d602011610818575b816108016020938361099e565b810103126105bf57610812906109c1565b5f6107d1565b3d91506107f4565b9091506020813d602011610854575b8161083c6020938361099e565b810103126105bf5761084d906109c1565b905f61019c565b3d915061082f565b6040516389a6198960e01b815260206004820152600e60248201526d31b637b1b5a2bc3a32b739b4b7b760911b6044820152606490fd5b89516001600160401b03161090505f610172565b6040516389a6198960e01b8152602060048201526005602482015264636c6f636b60d81b6044820152606490fd5b6040516389a6198960e01b815260206004820152600960248201526872657761726442707360b81b6044820152606490fd5b6040516389a6198960e01b815260206004820152600b60248201526a1cdb185cda105b5bdd5b9d60aa1b6044820152606490fd5b6040516389a6198960e01b815260206004820152600e60248201526d18da185b1b195b99d95c909bdb9960921b6044820152606490fd5b60646040516389a6198960e01b81526020600482015260046024820152636d61784b60e01b6044820152fd5b601f909101601f19168101906001600160401b038211908210176104f957604052565b51906001600160a01b03821682036105bf57565b51906001600160601b03821682036105bf57565b51906001600160401b03821682036105bf57565b919082018092116105795756fe60806040526004361015610093575b3615610018575f80fd5b337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316141580610060575b61005157005b631435e35760e01b5f5260045ffd5b50337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316141561004b565b5f5f3560e01c806308148f7a146123985780631283f4f0146123285780631a871c52146120a75780632b7ac3f3146120635780633ccfd60b14611f9d5780633f73314c14611f7f57806341d3558214611f6457806347f9debc14611d5f5780634cf088d914611d1b5780634d1975b414611cff5780635278df1f14611a92578063602deb131461150c578063613e25a11461119c57806368ccdc86146111585780636b6716c01461111457806370a08231146110d757806371cc6a4c14610e795780637382084a14610e345780637b10399914610def5780637f67d87e14610db157806382328ffc14610d725780638802834e14610d2e5780638e71161b14610ce957806391ddadf414610ca55780639dcb586f14610c00578063a2f77bcc14610920578063ae1dd599146107da578063b64ea8c614610735578063c34c08e5146106f0578063c87e2059146104c8578063ce70a4c814610277578063f43cc773146102595763f900a5b114610209575061000e565b346102565760203660031901126102565760043590610227826128fd565b91610231836136e3565b1561024357610240919261370f565b80f35b63e8289e3960e01b825260045260249150fd5b80fd5b50346102565780600319360112610256576020600454604051908152f35b5034610256576060366003190112610256576004356024356001600160401b0381116104c4576102ab903690600401612437565b906044356001600160401b0381116104c0576102cb903690600401612437565b90926102d6856128fd565b9360ff855460f01c166104ac576102ec856136e3565b61049957600385015460405163c58343ef60e01b81526004810191909152926102e0846024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561048e57602094899261045d575b506103ac63ffffffff600289015460c01c16936102606102408501519401519261039a604051998a988998631554c49560e01b8a5260048a015260a060248a015260a489019161262a565b8681036003190160448801529161262a565b6064840192909252608483015203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610452578491610414575b5015610405579061024091612d01565b6309bde33960e01b8352600483fd5b90506020813d60201161044a575b8161042f60209383612585565b81010312610446576104409061261d565b5f6103f5565b8380fd5b3d9150610422565b6040513d86823e3d90fd5b6104809192506102e03d8111610487575b6104788183612585565b810190612706565b905f61034f565b503d61046e565b6040513d8a823e3d90fd5b62114aab60e81b87526004869052602487fd5b631a3d653b60e31b87526004869052602487fd5b8480fd5b8280fd5b5034610256576104d736612494565b916104e1816128fd565b91825460ff8160f01c16156106dc576001600160401b0361051360019282808589015460a01c169160a01c16906124d4565b16036106c857600283015460408051634936613b60e01b815260c09290921c63ffffffff166004830152909190826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156106bd576020928791889161068c575b5080601e1a155f1461065c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316915b6105f8600488015494604051998a968795869563f173ae9360e01b875260048701526024860152604485015260806064850152608484019161262a565b03916001600160a01b03165afa8015610452578490610624575b61024093506005830154141591612e55565b506020833d602011610654575b8161063e60209383612585565b81010312610650576102409251610612565b5f80fd5b3d9150610631565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316916105bb565b90506106b0915060403d6040116106b6575b6106a88183612585565b8101906126b5565b5f610583565b503d61069e565b6040513d88823e3d90fd5b636971b48160e11b85526004829052602485fd5b631a3d653b60e31b86526004839052602486fd5b50346102565780600319360112610256576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346102565780600319360112610256576107a77f000000000000000000000000000000000000000000000000000000000000000060061b683fffffffffffffffc0167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316612525565b906001600160ff1b03821682036107c6576020826040519060011b8152f35b634e487b7160e01b81526011600452602490fd5b5034610256576107e936612494565b906107f383613275565b91909261080136828461266e565b60208151910120610220840151036109115761083d92916020916040519485928392637831e04360e11b8452856004850152602484019161262a565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156109065785926108d0575b506102600151146108c1579081600361024093015482604051918683527fea9c81498a68cf95473a6f21dd8169fa48557f98a0307d327f21ea42d5bc73b460203394a4612989565b633702a32d60e11b8352600483fd5b9091506020813d6020116108fe575b816108ec60209383612585565b81010312610650575190610260610879565b3d91506108df565b6040513d87823e3d90fd5b63866c41db60e01b8652600486fd5b503461025657602036600319011261025657806101e06040516109428161254d565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c08201520152600435815260016020526040812090604051916109be8361254d565b805460018060a01b03811684526001600160401b038160a01c16602085015260ff8160e01c166040850152600460ff8260e81c161015610bec578060ff809260e81c166060860152818160f01c1615156080860152600183015460018060a01b03811660a08701526001600160401b038160a01c1660c087015260e01c60e0860152600660028401549363ffffffff6101008801956001600160401b03811687526001600160401b038160401c166101208a01526001600160401b038160801c166101408a015260c01c16610160880152600381015461018088015260048101546101a088015260058101546101c088015201546101e086015260e81c1615610bd7576040519160018060a01b0384511683526001600160401b03602085015116602084015260ff60408501511660408401526060840151906004821015610bc35750926001600160401b036101e09261020095606086015260808301511515608086015260018060a01b0360a08401511660a08601528160c08401511660c086015263ffffffff60e08401511660e086015251166101008401526001600160401b03610120820151166101208401526001600160401b036101408201511661014084015263ffffffff610160820151166101608401526101808101516101808401526101a08101516101a08401526101c08101516101c084015201516101e0820152f35b634e487b7160e01b81526021600452602490fd5b63c006e93f60e01b8252600480359052602482fd5b634e487b7160e01b83526021600452602483fd5b50346102565760403660031901126102565760243563ffffffff81168103610ca15781610c4b604092606094848051610c3881612532565b82815282602082015201526004356136b7565b81526002602052206001600160801b0360405191610c6883612532565b5461ffff808216938481528360406020830192848660101c168452019360201c1683526040519485525116602084015251166040820152f35b5080fd5b503461025657806003193601126102565760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102565780600319360112610256576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461025657806003193601126102565760206040516001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610256578060031936011261025657602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610256578060031936011261025657602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102565780600319360112610256576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346102565780600319360112610256576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461025657604036600319011261025657600435906024356001600160401b038111610ca157610eae903690600401612464565b610eb98492946128fd565b805490336001600160a01b038316148015906110ca575b6110b25760026001600160401b03610ef960018401948280875460a01c169160a01c16906124d4565b161061109e57610f08846125d5565b5f19810190811161108a5780840361107357506001600160401b034216600282019081546001600160401b03610f40818316846124d4565b9160401c16806001600160401b0383161161105f57937fce8db13236f1255ce00c590efbf8dbda0d1621a89b180cfd9da07fed8f1b3eb5979899936001600160401b038094610ff1610f9683966110519a6124d4565b7f000000000000000000000000000000000000000000000000000000000000000084811685831610611057575b5084546fffffffffffffffff0000000000000000191660409190911b67ffffffffffffffff60401b16178455565b168319825416179055604051602081019061101f81611011848c8a6128be565b03601f198101835282612585565b51902060068201555460a01c16935460a01c16936040519485948552602085015260606040850152606084019161264a565b0390a280f35b90505f610fc3565b63292daabd60e21b89526004889052602489fd5b6337db043d60e01b86526004849052602452604485fd5b634e487b7160e01b86526011600452602486fd5b6338657bf360e21b85526004849052602485fd5b631c2458fd60e11b8552600484905233602452604485fd5b5060068101541515610ed0565b5034610256576020366003190112610256576004356001600160a01b03811690819003610ca1578160409160209352600383522054604051908152f35b503461025657806003193601126102565760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461025657806003193601126102565760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610650576060366003190112610650576004356024356001600160401b038111610650576111cf903690600401612464565b604435906111dc846128fd565b906001820160018060a01b038154163314801590611500575b6114e95760405160208101906112108161101184878b6128be565b5190209060068401918254036114da57600183019586841161149857868610156114c7576001600160401b03421660028601908154906001600160401b0361125a818416836124d4565b9260801c1691826001600160401b038216116114b4576112856112db916001600160401b03946124d4565b7f0000000000000000000000000000000000000000000000000000000000000000848116858316106114ac575b50845467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178455565b166001600160401b03198254161790556001600160401b03855460a01c16966001600160401b036113128982865460a01c166124d4565b166001600160401b036113376113318461132c8c866124f4565b612507565b8b612525565b169860018901808a11611498576001600160401b039361132c61135d92611363956124f4565b90612525565b169386611437575b926113f7857f407096ad4155a244b09c64afdc1f823193b4a9f85697fad3d29ebb6aea790c2b9996945f948a60a09b9a98808210611420575b5050875467ffffffffffffffff60a01b191660a08a901b67ffffffffffffffff60a01b1617885550805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b5560056004830154920154926040519485526020850152604084015260608301526080820152a2005b611429926128d9565b3560058801558c89816113a4565b9693919594925f198601868111611498578360a09884898c61147f6113f7967f407096ad4155a244b09c64afdc1f823193b4a9f85697fad3d29ebb6aea790c2b9f5f9a6128d9565b3560048b015595989a509a50945094509598505061136b565b634e487b7160e01b5f52601160045260245ffd5b90508d6112b2565b8b63292daabd60e21b5f5260045260245ffd5b8563118a870560e01b5f5260045260245ffd5b63949cabd560e01b5f5260045ffd5b85631c2458fd60e11b5f526004523360245260445ffd5b506006830154156111f5565b608036600319011261065057600435611523612427565b6044356001600160401b03811161065057611542903690600401612437565b906064356001600160401b03811161065057611562903690600401612437565b94909261156f8583612ffd565b92602084019687519160405192634936613b60e01b8452600484015260408360248160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa928315611950575f905f94611a6e575b5015611a5a5760405163c58343ef60e01b8152600481018690526102e0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611950575f91611a3b575b5061163336868461266e565b6020815191012061020082015114801590611a1b575b611a0c5783601e1a155f146119bf575063ffffffff8360301c168414806119ad575b966001600160401b038460b01c16945b88156119975760405162a25abb60e31b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316939091602091839182916116d091908a600485016128a4565b0381865afa908115611950575f9161195b575b509061171094602094939260408a0152604051958694859384936379a4c02b60e01b8552600485016128a4565b03915afa908115611950575f9161191e575b5060608401525b5f54955f1987146114985760019687015f818155818152602089815260409182902087518154600160f01b600160e81b60ff60e01b60e08f811b919091166001600160a01b039095166001600160f01b031990941693909317939093179290921760ff60f01b19169190911782556080890151901b6001600160e01b03191667ffffffffffffffff60a01b60a088901b163317179a81019a909a5560028a0180546001600160801b0319166001600160401b034216177f00000000000000000000000000000000000000000000000000000000000000009384901b67ffffffffffffffff60401b1617815590999298929360ff939261184b905b835467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178355565b5181549063ffffffff60c01b9060c01b169063ffffffff60c01b19161790558460038401556001600160401b0360408701968751600486015560608101946005865191015561189c34600454612525565b60045560018060a01b039051169651935194604051978852168987015216604085015260608401526080830152600160a0830152837f330d68e33ffac35265e118fc1ba2e31b7238c7768254c8bb7cc237f1fd7ba66d60c03394a415611905575b604051908152f35b805f52600182526119198160405f20612989565b6118fd565b90506020813d602011611948575b8161193960209383612585565b81010312610650575187611722565b3d915061192c565b6040513d5f823e3d90fd5b93929190506020843d60201161198f575b8161197960209383612585565b81010312610650579251919290916117106116e3565b3d915061196c565b50505050505f60608401525f6040840152611729565b5063ffffffff8360101c16821461166b565b9684976119d1848360ff9886896133d5565b9616906002821490816119fe575b506119eb57159761167b565b866301e911fd60e11b5f5260045260245ffd5b60e09150015115158c6119df565b63866c41db60e01b5f5260045ffd5b50611a2736848a61266e565b602081519101206102208201511415611649565b611a5491506102e03d8111610487576104788183612585565b8a611627565b8851634d5a632160e11b5f5260045260245ffd5b9050611a8a91935060403d6040116106b6576106a88183612585565b92908a6115cc565b3461065057611aa036612494565b611aab839293613275565b9093611ab836848361266e565b6020815191012061020083015103611a0c576101a08201516040516361bb32fd60e11b815263ffffffff9091166004820152926080846024816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa938415611950575f94611c5c575b5063ffffffff8451168110159384611c47575b5083611b9a575b505050611b8b57816003611b899301548260405191600183527fea9c81498a68cf95473a6f21dd8169fa48557f98a0307d327f21ea42d5bc73b460203394a4612989565b005b633702a32d60e11b5f5260045ffd5b604051637831e04360e11b81526020600482018190529094509184918291611bc691602484019161262a565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215611950575f92611c11575b50610240015114838080611b45565b9091506020813d602011611c3f575b81611c2d60209383612585565b81010312610650575190610240611c02565b3d9150611c20565b6020015163ffffffff16811115935086611b3e565b9093506080813d608011611cf7575b81611c7860809383612585565b810103126106505760405190608082018281106001600160401b03821117611ce357611cd791606091604052611cad816126a4565b8452611cbb602082016126a4565b6020850152611ccc604082016126a4565b6040850152016126a4565b60608201529286611b2b565b634e487b7160e01b5f52604160045260245ffd5b3d9150611c6b565b34610650575f3660031901126106505760205f54604051908152f35b34610650575f366003190112610650576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346106505760a0366003190112610650576004356024356001600160401b03811161065057611d92903690600401612437565b90916044356001600160401b03811161065057611db3903690600401612464565b6064939193356001600160401b03811161065057611dd5903690600401612437565b959060843596611de4866128fd565b9687549460ff8660f01c16611f515760016001600160401b03611e168180848e015460a01c169960a01c1680996124d4565b1603611f3e57926020959492611e81611e93938b96611e6f600463ffffffff60028b015460c01c16990154976040519c8d9b8c9b634e1a7ac960e01b8d5260048d015260248c015260e060448c015260e48b019161262a565b8881036003190160648a01529161264a565b8581036003190160848701529161262a565b60a483019190915260c4820188905203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611950575f91611f04575b5015611ef557611b89926005830154141591612e55565b6309bde33960e01b5f5260045ffd5b90506020813d602011611f36575b81611f1f60209383612585565b8101031261065057611f309061261d565b84611ede565b3d9150611f12565b87636971b48160e11b5f5260045260245ffd5b87631a3d653b60e31b5f5260045260245ffd5b34610650575f36600319011261065057602060405160408152f35b346106505760203660031901126106505760206118fd6004356125d5565b34610650575f36600319011261065057335f52600360205260405f20548015612054575f808080933382526003602052816040812055611fdf816004546124c7565b6004556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2335af13d1561204f573d612021816125ba565b9061202f6040519283612585565b81525f60203d92013e5b1561204057005b6312171d8360e31b5f5260045ffd5b612039565b630686827b60e51b5f5260045ffd5b34610650575f366003190112610650576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b6040366003190112610650576004356120be612427565b6120c88183612ffd565b60208101805160408051630ff06cb560e11b81526004810192909252919491816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015611950575f915f916122e8575b50156122d4575f54945f1986146114985760019586015f818155818152602088815260409182902087518154600160e81b60ff60e01b60e08d811b919091166001600160a01b039094166001600160f01b031990931692909217929092179190911760ff60f01b191682556080890151901b6001600160e01b03191667ffffffffffffffff60a01b60a088901b16331717998101999099556002890180546001600160801b0319166001600160401b034216177f00000000000000000000000000000000000000000000000000000000000000009384901b67ffffffffffffffff60401b1617815590989297929360ff939261222190611823565b5181549063ffffffff60c01b9060c01b169063ffffffff60c01b19161790558460038401556001600160401b0360408701968751600486015560608101946005865191015561227234600454612525565b60045560018060a01b0390511696519351946040519788521688870152166040850152606084015260808301525f60a0830152827f330d68e33ffac35265e118fc1ba2e31b7238c7768254c8bb7cc237f1fd7ba66d60c03394a4604051908152f35b8451631c3d913760e11b5f5260045260245ffd5b9150506040813d604011612320575b8161230460409383612585565b81010312610650576020612317826125a6565b91015186612126565b3d91506122f7565b346106505760403660031901126106505760206001600160401b0361238f600435805f526001845261135d60405f209161238961238386855460a01c16948761237d8782600160243595015460a01c166124d4565b166124f4565b916125d5565b90612507565b16604051908152f35b34610650576020366003190112610650576004356123b5816128fd565b600681015415908115612411576001600160401b03600282015460401c165b6001600160401b036123ec81600285015416426124c7565b911610156123fe5791611b8992612e55565b82631c6b034960e01b5f5260045260245ffd5b6001600160401b03600282015460801c166123d4565b6024359060ff8216820361065057565b9181601f84011215610650578235916001600160401b038311610650576020838186019501011161065057565b9181601f84011215610650578235916001600160401b038311610650576020808501948460051b01011161065057565b9060406003198301126106505760043591602435906001600160401b038211610650576124c391600401612437565b9091565b9190820391821161149857565b906001600160401b03809116911603906001600160401b03821161149857565b8181029291811591840414171561149857565b8115612511570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161149857565b606081019081106001600160401b03821117611ce357604052565b61020081019081106001600160401b03821117611ce357604052565b6102e081019081106001600160401b03821117611ce357604052565b90601f801991011681019081106001600160401b03821117611ce357604052565b51906001600160401b038216820361065057565b6001600160401b038111611ce357601f01601f191660200190565b5f52600160205260405f2060ff6001600160401b0361260681600185015460a01c16935493828560a01c16906124d4565b169160e01c1680821015612618575090565b905090565b5190811515820361065057565b908060209392818452848401375f828201840152601f01601f1916010190565b81835290916001600160fb1b0383116106505760209260051b809284830137010190565b92919261267a826125ba565b916126886040519384612585565b829481845281830111610650578281602093845f960137010152565b519063ffffffff8216820361065057565b9190826040910312610650576020825192015190565b51906001600160a01b038216820361065057565b51906affffffffffffffffffffff8216820361065057565b519061ffff8216820361065057565b90816102e0910312610650576040519061271f82612569565b612728816126cb565b8252612736602082016125a6565b6020830152612747604082016126a4565b6040830152612758606082016126cb565b6060830152612769608082016125a6565b608083015260a081015160ff811681036106505760a083015260c081015160058110156106505761289b916102c09160c08501526127a960e0820161261d565b60e08501526127bb610100820161261d565b6101008501526127ce61012082016126cb565b6101208501526127e161014082016125a6565b6101408501526127f461016082016126df565b61016085015261280761018082016126df565b61018085015261281a6101a082016126a4565b6101a085015261282d6101c082016126a4565b6101c08501526128406101e082016126f7565b6101e085015261020081015161020085015261022081015161022085015261024081015161024085015261026081015161026085015261028081015161028085015261288f6102a082016126cb565b6102a0850152016126cb565b6102c082015290565b6040906128bb94928152816020820152019161262a565b90565b91906001600160fb1b0381116106505760051b809282370190565b91908110156128e95760051b0190565b634e487b7160e01b5f52603260045260245ffd5b90815f52600160205260405f209160ff835460e81c1660048110156129515760018103612928575050565b1561293f576301ae34d360e11b5f5260045260245ffd5b63c006e93f60e01b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b90600481101561295157815460ff60e81b191660e89190911b60ff60e81b16179055565b90612993826136e3565b612cf8576003820154916129a8600382612965565b60018101805491604051926317832eab60e01b84528560048501528060e01c60248501526001604485015260018060a01b031660648401526040836084815f60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af1928315611950575f905f94612cb7575b50825460e01c9361ffff60018060a01b03845416911691612a6c836001600160801b037f0000000000000000000000000000000000000000000000000000000000000000166124f4565b60408051630f9416cf60e11b81526004810185905260248101929092527f000000000000000000000000000000000000000000000000000000000000000061ffff166044830152909690876064815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af180156119505789925f985f92612c77575b5091612b276080927f5e34d786a93d6282e03aafcd74d77880004351752ce33606892a3005b40f511494612525565b98612b348a600454612525565b6004556040519182528660208301526040820152886060820152a360018103612bd357505081604091612b9e5f51602061387d5f395f51905f52946001600160601b037f000000000000000000000000000000000000000000000000000000000000000016612525565b90546001600160a01b03165f908152600360205283902080549091612bc291612525565b9055815190600382526020820152a3565b9161ffff612c4a91612c16612c759860409795975196612bf288612532565b875260208701925f84526001600160801b0360408901971687525460e01c906136b7565b5f5260026020528160405f2095511682198654161785555116839063ffff000082549160101b169063ffff00001916179055565b51640100000000600160a01b0382549160201b1690640100000000600160a01b03191617905561370f565b565b98509250506040873d604011612caf575b81612c9560409383612585565b810103126106505786516020909701518992612b27612af8565b3d9150612c88565b9350506040833d604011612cf0575b81612cd360409383612585565b8101031261065057612ce96020845194016126f7565b925f612a22565b3d9150612cc6565b612c759161370f565b90612d0b826136e3565b612cf857600382015491612d20600282612965565b6001810154604080516317832eab60e01b81526004810186905260e083901c60248201525f604482018190526001600160a01b039384166064830152909283916084918391907f0000000000000000000000000000000000000000000000000000000000000000165af1801561195057612e02575b5060405f51602061387d5f395f51905f52916001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169060018060a01b039054165f526003602052815f20612df1828254612525565b9055815190600282526020820152a3565b6040813d604011612e4d575b81612e1b60409383612585565b81010312610650575f51602061387d5f395f51905f529181612e4360206040945192016126f7565b9050509150612d95565b3d9150612e0e565b91612e5f836136e3565b612ff3576003830154928115612fe957612e7b60035b82612965565b600181018054604080516317832eab60e01b81526004810188905260e083901c602482015285151560448201526001600160a01b03928316606482015292939291829060849082905f907f0000000000000000000000000000000000000000000000000000000000000000165af1938415611950575f915f95612fa7575b5015612f4857825460e01c9361ffff60018060a01b03845416911691612a6c836001600160801b037f0000000000000000000000000000000000000000000000000000000000000000166124f4565b505f51602061387d5f395f51905f529250604091506001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169060018060a01b039054165f526003602052815f20612df1828254612525565b915093506040813d604011612fe1575b81612fc460409383612585565b8101031261065057612fda6020825192016126f7565b935f612ef9565b3d9150612fb7565b612e7b6002612e75565b50612c759161370f565b9190916040519060a082018281106001600160401b03821117611ce3576040525f8252602082015f815260408301905f825260608401925f845260808501925f845285976001600160601b037f00000000000000000000000000000000000000000000000000000000000000001680340361325f575060ff16600281108015613233575b6132215750604051630c2effa360e31b81523360048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611950575f916131e7575b50156131d45760405163027d00fb60e41b8152600481019290925260a0826024815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1918215611950575f955f955f945f935f9161316d575b5063ffffffff1690525252526001600160a01b031690819052331461315e57565b63706cd38160e01b5f5260045ffd5b955050955095505060a0823d60a0116131cc575b8161318e60a09383612585565b810103126106505761319f826126cb565b60208301519560408401519563ffffffff6131c16080606088015197016126a4565b93989795939061313d565b3d9150613181565b632449d29b60e01b5f523360045260245ffd5b90506020813d602011613219575b8161320260209383612585565b81010312610650576132139061261d565b5f6130d9565b3d91506131f5565b6369c39b9d60e01b5f5260045260245ffd5b5060ff7f0000000000000000000000000000000000000000000000000000000000000000168111613081565b63062f01ed60e11b5f523460045260245260445ffd5b905f6102c060405161328681612569565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a08201520152613320826128fd565b9160ff835460f01c166133c357613336836136e3565b6133b25750600382015460405163c58343ef60e01b815260048101919091526102e0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611950575f91613399575090565b6128bb91506102e03d8111610487576104788183612585565b62114aab60e81b5f5260045260245ffd5b631a3d653b60e31b5f5260045260245ffd5b925093925f9463ffffffff8460301c169263ffffffff8560101c169260388210801561369d575b61368e578015908115613681575b811561366a575b5061365c578060041161356757813560e01c916008821061356b57600481013560e01c9360331983018381116136485760021c8414801590613640575b8015613636575b61362657885b84811061357f57505081600c1161356b57600881013560e01c61356f5781602c1161356b57600c810135159182159261354d575b5050613540579061349f91612525565b5f1981019190821161352c57815f19820191821161108a578110613524575b506134d263ffffffff8360d01c16826124f4565b906134e48161ffff8560c01c166124f4565b6001820180921161108a576135156135209361350c6001600160401b03969461ffff946124f4565b60011c90612525565b9160b01c1690612525565b1690565b90505f6134be565b634e487b7160e01b85526011600452602485fd5b5050505090506001908190565b90915060341161356757602c013560c01c15155f8061348f565b8680fd5b8780fd5b5050505050509050600290600190565b600281901b6001600160fe1b03821682036136125780603401806034116135fe578160380190816038116135ea5781106135e65785106135e25783016034013560e01c8211156135d15760010161345b565b505050505050505090506001908190565b8a80fd5b8b80fd5b634e487b7160e01b8d52601160045260248dfd5b634e487b7160e01b8c52601160045260248cfd5b634e487b7160e01b8b52601160045260248bfd5b5050505050505090506001908190565b5085841015613455565b50841561344e565b634e487b7160e01b8a52601160045260248afd5b505050505090506001908190565b9750505f966403fffffffc86602e1c16105f613411565b600381161515915061340a565b50505050505090506001908190565b5081603319810111611498576004603319830815156133fc565b9063ffffffff6040519160208301938452166040820152604081526136dd606082612585565b51902090565b6136fa906001600382015491015460e01c906136b7565b5f52600260205261ffff60405f205416151590565b906003820180546137296001850191825460e01c906136b7565b5f52600260205260405f20938454946001600160801b038660201c169061ffff871691821561251157600161ffff6001600160801b03858404169960101c16019261ffff8411611498578061ffff85161461382e575b5050916137b3604094925f51602061387d5f395f51905f5296949063ffff000082549160101b169063ffff00001916179055565b805460ff60e81b1916600360e81b1790556137f7867f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316612525565b90546001600160a01b03165f90815260036020528390208054909161381b91612525565b90555493815190600382526020820152a3565b5f98969492989593919519019061ffff82116114985761387060409661386a5f51602061387d5f395f51905f529961ffff6137b39616906124f4565b906124c7565b9892949650929461377f56fe22a34e3532514448a1bb8fde0fd6713638f97d1a68bfcba7ab3219525d8bf702a26469706673582212207063f8d93868e5cff83010e047c06df8e91e1a0fdad81a277bb532d311ce84d564736f6c634300082500336080806040523460155761309c908161001a8239f35b5f80fdfe60c0806040526004361015610012575f80fd5b5f905f3560e01c9081630512d5d8146105cc5750806379a4c02b146101c25763f173ae931461003f575f80fd5b346101bf5760803660031901126101bf5760243560643567ffffffffffffffff81116101bd5761007390369060040161091a565b604051919360e0830167ffffffffffffffff8111848210176101a957604052602083019381855260408401908282528060608601938085526100cc608088019682885260a089019a838c528360c08b0152808a5261097c565b88521a825260011a8092525190811591821561019e575b508115610195575b811561018a575b5061015c576004359052604435835261010a816109d1565b5190510361011e5760209051604051908152f35b604051631aace91160e11b8152602060048201526015602482015274383937b7b3103bb7b93239903632b33a1037bb32b960591b6044820152606490fd5b604051631aace91160e11b81526020600482015260056024820152640c8cae0e8d60db1b6044820152606490fd5b60289150115f6100f2565b801591506100eb565b60281091505f6100e3565b634e487b7160e01b82526041600452602482fd5b825b80fd5b50346101bf576101d136610948565b91929091601e84901a6105c65763ffffffff8460101c165b80151590816105bb575b506105855783821a9164ffffffffff8560581c169460151a918315801561057b575b8015610571575b61015c576020831b811161052b5785831c9561023b6001851b82610989565b1590811591610513575b8115610508575b506104d957601f8101948582116104c557828660051c96601f1916936104b157506020830180931161048d5760408051601f909401601f1916840190528592956104a1575b85375f935f5b83811061042157508491610418575b50600160f81b5f9081526020527f82ac279db26a206d9ba5a94c07ff940aea4b3bfde8820ec95f4efa0acfd0d5bc9180806103b35750506001858116036103a457835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061031a57602085604051908152f35b6001819592939495145f146103515750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610308565b9081610367575f528460205260405f2094610338565b9194909160018084160361039557815f5260205260405f205b945f528060205260405f209160011c90610338565b5f528060205260405f20610380565b5f528260205260405f206102f2565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106103fa575050509294939190610308565b5f9586526020839052604080872093875290952091946001016103e6565b9050515f6102a6565b94916001810180821161048d5760011c905f5b82811061045157505091805f52602052600160405f209501610297565b8060019160061b850180515f528690848484811b0110610481575b5060205260405f208160051b86015201610434565b6020915001515f61046c565b634e487b7160e01b5f52601160045260245ffd5b5f5f19840160051b870152610291565b634e487b7160e01b81526011600452602490fd5b634e487b7160e01b83526011600452602483fd5b604051631aace91160e11b81526020600482015260066024820152653932b3b4b7b760d11b6044820152606490fd5b60029150105f61024c565b9050600161052185876109a7565b1b87101590610245565b604051631aace91160e11b815260206004820152601b60248201527f64617461206c6172676572207468616e2069747320726567696f6e00000000006044820152606490fd5b508383101561021c565b5060288411610215565b604051631aace91160e11b815260206004820152600d60248201526c0deeae8e0eae840d8cadccee8d609b1b6044820152606490fd5b90508114155f6101f3565b816101e9565b34610916576105da36610948565b919283601e1a155f146109105763ffffffff8460301c165b8015159081610905575b506108d35750825f1a9064ffffffffff8460881c1693600f1a90821580156108c9575b80156108bf575b61015c576020821b841161052b5784821c946106456001841b82610989565b15908115916108a7575b811561089c575b506104d957601f84019384811161048d578460051c94601f1916916020830180931161048d5760408051601f909401601f19168401905285929561088c575b85375f935f5b83811061082057508491610817575b505f8080526020527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59180806107b25750506001858116036107a357835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061071957602085604051908152f35b6001819592939495145f146107505750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610707565b9081610766575f528460205260405f2094610737565b9194909160018084160361079457815f5260205260405f205b945f528060205260405f209160011c90610737565b5f528060205260405f2061077f565b5f528260205260405f206106f1565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106107f9575050509294939190610707565b5f9586526020839052604080872093875290952091946001016107e5565b905051856106aa565b94916001810180821161048d5760011c905f5b82811061085057505091805f52602052600160405f20950161069b565b8060019160061b850180515f528690848484811b0110610880575b5060205260405f208160051b86015201610833565b6020915001518b61086b565b5f5f19840160051b870152610695565b600291501086610656565b905060016108b584866109a7565b1b8610159061064f565b5082821015610626565b506028831161061f565b631aace91160e11b815260206004820152600c60248201526b0d2dce0eae840d8cadccee8d60a31b6044820152606490fd5b9050831415856105fc565b5f6105f2565b5f80fd5b9181601f840112156109165782359167ffffffffffffffff8311610916576020838186019501011161091657565b90604060031983011261091657600435916024359067ffffffffffffffff8211610916576109789160040161091a565b9091565b9190820180921161048d57565b8115610993570690565b634e487b7160e01b5f52601260045260245ffd5b9190820391821161048d57565b8115610993570490565b8181029291811591840414171561048d57565b906040820191825160a08201918251905f916001841b600211610d8d57815190604082019081831161048d57602084019586518311610d415782610a3a91604080519660608801825287375f60408701525f8060026040516040810160405260408a825e612622565b919087518311610d415703610cfb57835260c083019081526020825192015191805f1a611a225760405160a0819052610120810190811067ffffffffffffffff821117611a0e57604052606060a05101905f8252608060a05101935f855261010060a05101945f8652687fffffffffffffff8063ffffffff8460c01c16938460a0515263ffffffff8160a01c16602060a051015263ffffffff8160801c16604060a051015267ffffffffffffffff8160401c1660070b60a08051015267ffffffffffffffff811660070b60c060a05101528360e060a051015260b91c16647fffffff808116938085046080149015171561048d576403fffffffc9060051c16916060880193845190608081019081811161048d57607f0190811161048d5784610b659160051c6109a7565b906001820180921161048d57610b839160808b01958651928c611b46565b50948588526005865160f81c96600181015160e01c8352015160e01c9182156119f6575b50602060a05101519051118015906119e6575b6119ac57604060a05101516001810180911161048d5714905260408303610e4e575050505060309051015160c01c602060a051015160018060fb1b0381168103610e3a57610c1591610c0f9160051b9061097c565b82611a2d565b906001825160f81c92015160c01c90610c40610c3260a051612500565b60e060a05101519083611b17565b87518311610e06578751948651918685118015610dd3575b610d8d578051926020840197888511610d795783518911610d415788610ca591602060405197604089016040528837896020880152888860016040516020810160405260208b825e612622565b93518411610d415703610cfb57528397845b848110610ce7575090600191610ce19798998252519450602060405191818301604052825e612622565b5090525b565b988086526020526001604086209901610cb7565b604051631aace91160e11b815260206004820152601f60248201527f6f70656e696e6720646f6573206e6f74206d617463682074686520726f6f74006044820152606490fd5b604051631aace91160e11b815260206004820152600f60248201526e1c1c9bdbd9881d1bdbc81cda1bdc9d608a1b6044820152606490fd5b634e487b7160e01b88526011600452602488fd5b604051631aace91160e11b815260206004820152601860248201527f6f70656e696e67206f75747369646520746865207472656500000000000000006044820152606490fd5b5060018401808511610df2576001610deb878a6109a7565b1b10610c58565b634e487b7160e01b87526011600452602487fd5b604051631aace91160e11b815260206004820152600b60248201526a18db19585c881b195d995b60aa1b6044820152606490fd5b634e487b7160e01b84526011600452602484fd5b909295965060418294929a95999a145f14610e915750505050610e8d9394506040519260408401604052600160f81b84526020840152519051916124a3565b9052565b9295965092509250600184145f14610eb5575050505050610ce59060a0519061224e565b60028414928380156119a2575b8015611998575b1561138657505051604051936101e0850185811067ffffffffffffffff8211176101a9576040528085528060208601528060408601528060608601528060808601528060a08601528060c08601528060e08601528061010086015280610120860152806101408601528061016086015280610180860152806101a0860152806101c0860152604482015160e01c8552604882015160e01c6020860152605882015160e01c6040860152610f8b604c83015160e01c605084015160e01c906109be565b606c83015160e01c607084015160e01c918015801561137e575b8015611376575b801561136d575b8015611361575b61132d57610fce81602060a0510151610989565b92610fe6604060a051015192602060a05101516109b4565b878160608c01526112f9575b506060890151604087015160e01c11908115916112ee575b506112b8578161101d61102892826109be565b8060a08b015261097c565b605485015160e01c11156112aa576110449060a088015161097c565b8060c088015260a08701511015611275576110b36110a56110c192611092611084611076605089015160e01c846109b4565b605c89015160e01c906109be565b606488015160e01c90611c32565b60e08a0152605086015160e01c90610989565b606085015160e01c906109be565b606884015160e01c90611c32565b6101008601526110da60e086015160a087015190611c66565b8181131561126e575b6101208601526110fc60e086015160c087015190611c66565b85518082121561126757505b6101408601526111336101008601518281135f1461126157805b610160880152604087015190611c66565b60208601519091508082121561125a57505b8061018086015261012085015161014086015113908161124b575b501515806101a08601526111a1575b5015611182575060a051610ce592612c37565b6003036111955760a051610ce592612a99565b60a051610ce59261288a565b6112276112386111d9601861123f94015160c01c6111d36111c860608a01518a51906109be565b60208a0151906109be565b9061097c565b6112336112086111fc6111f66101208b015160208c0151906109be565b8461097c565b6101608a01519061097c565b9384926111d361121c6101408c0151611c21565b60208c0151906109be565b6101808901519061097c565b6109a7565b90866126eb565b6101c08401525f61116f565b9050610160850151125f611160565b9050611145565b82611122565b9050611108565b50806110e3565b604051631aace91160e11b815260206004820152600c60248201526b77696e646f7720626c6f636b60a01b6044820152606490fd5b50605483015160e01c611044565b604051631aace91160e11b815260206004820152600d60248201526c3bb4b73237bb9031bab939b7b960991b6044820152606490fd5b90508110155f61100a565b909150608089015261131181604060a05101516109b4565b606089015261132681604060a0510151610989565b905f610ff2565b604051631aace91160e11b815260206004820152600b60248201526a77696e646f772064696d7360a81b6044820152606490fd5b50602088015115610fba565b50875115610fb3565b508115610fac565b508215610fa5565b925092909350600581145f1461167f5750505051604081015160e01c602060a051015160018060fb1b038116810361048d57819060051b101561164e5760a051602001516001600160fb1b038116810361048d576113e960209160051b836109a7565b10156116455760a05160200151906001600160fb1b038216820361048d576114149160051b906109a7565b905b601881015160a051602001519060c01c6001600160fb1b038216820361048d57611448849161144e9360051b9061097c565b856126eb565b60208281015160a051909101519060c01c6001600160fb1b038216820361048d5761148185916114879360051b9061097c565b866126eb565b604483015160e01c604884015160e01c604c85015160e01c63800000008312801590611637575b801561162d575b8015611623575b6115ec57607886015160f81d93607987015160f81d92607d88015160f81d93607e89015160f81d95607f8a015160f81d97604051608052602060805101604052855f1981011161048d575f5b8c811061157357505050505050505050505060109061153961152b60a051612500565b60e060a05101519086611b17565b015160a0516020015160c09190911c926001600160fb1b038216820361048d5761156d610ce5946080519360051b9061097c565b906127cc565b806115e08b8b6115db8f8b6115ce8e6115c88e6115b48f8f8f9e60019f6001906115af936115b46115b9926115af6115d39f8701515f1a611c0f565b611c32565b61222c565b975f19011b9801515f1a611c0f565b90611c66565b611c66565b8c1d8d611c66565b612858565b81608051015301611508565b604051631aace91160e11b815260206004820152600e60248201526d61646420706172616d657465727360901b6044820152606490fd5b50603e81116114bc565b50600181106114b5565b5063800000008212156114ae565b50602090611416565b604051631aace91160e11b8152602060048201526008602482015267616464206974656d60c01b6044820152606490fd5b9192909160078103611857575051604081015160e01c602060a051015160018060fb1b038116810361048d57819060051b10156118245760a051602001516001600160fb1b038116810361048d576116dc60209160051b836109a7565b101561181b5760a05160200151906001600160fb1b038216820361048d576117079160051b906109a7565b925b601882015160a051602001519060c01c6001600160fb1b038216820361048d5761173b86916117419360051b9061097c565b876126eb565b926030830151908160c01c9160c51c905192610100830180841161048d5760ff840190811161048d57826117779160051c6109a7565b936001850180951161048d5761179f94601f936117969351928b611b46565b5091169061097c565b9160405192602084016040525f5b858110611803575050506010906117d66117c860a051612500565b60e060a05101519087611b17565b015160c01c92602060a051015160018060fb1b038116810361048d57610ce59461156d9160051b9061097c565b806001918401515f1a8301515f1a81870153016117ad565b50602092611709565b604051631aace91160e11b815260206004820152600a6024820152697461626c65206974656d60b01b6044820152606490fd5b93949390925090506008810361187757505090610ce59060a05190611c81565b600903611963575191604083015160e01c801561192f576118b3816118ad601887015160c01c6111d383602060a05101516109be565b846126eb565b935f9185515f1a60015b82811061190b57505050610ce5939450611903601060ff926118f16118e360a051612500565b60e060a05101519088611b17565b015160c01c602060a05101519061097c565b911691612740565b808801515f1a828111611922575b506001016118bd565b9150935060018490611919565b604051631aace91160e11b815260206004820152600b60248201526a6172676d61782064696d7360a81b6044820152606490fd5b604051631aace91160e11b815260206004820152600c60248201526b1d5b9adb9bdddb881ada5b9960a21b6044820152606490fd5b5060048514610ec9565b5060038514610ec2565b604051631aace91160e11b81526020600482015260116024820152700637572736f72206f757473696465206f7607c1b6044820152606490fd5b5080604060a05101511015610bba565b90915060e01c6001810180911161048d57905f610ba7565b634e487b7160e01b5f52604160045260245ffd5b505050505050509050565b908060051c60608301516020830180841161048d57601f840190811161048d5782611a5a9160051c6109a7565b936001850180951161048d57611a7c94601f9361179693608084015193611b46565b90565b908060051c6060830151610400830180841161048d576103ff840190811161048d5782611a5a9160051c6109a7565b918015611ae1578160051c90611ac96060850151918461097c565b5f19810190811161048d5782611a5a9160051c6109a7565b604051631aace91160e11b815260206004820152600d60248201526c656d707479206f70656e696e6760981b6044820152606490fd5b9160a091611b4191604051916040830160405282526020820152604084015160c0850151916124a3565b910152565b90949291935f83158015611c08575b8015611bf0575b610d8d57825196600585901b916001600160fb1b03861686036104b157611b83838a61097c565b97602086019687518a11610d415760208501808611610e3a579085611bb98c969594939060405191601f80199101168201604052565b9c8d378b860183905260408051601f8801601f19168101909152958c875e611be095612622565b93518411610d415703610cfb5752565b5050611bfc838661097c565b5f906001881b10611b5c565b505f611b55565b90607f19820191821360011661048d57565b905f19820191821360011661048d57565b81810392915f13801582851316918412161761048d57565b9060808201915f60808412911290801582169115161761048d57565b9190915f838201938412911290801582169115161761048d57565b9190916101008301805191604083015160e01c604484015160e01c9281158015612224575b6121ef57611cc3601886015160c01c6111d38460208b01516109be565b9460c08801515f81129081156121e3575b5080156121d6575b80156121c2575b61218857604088019283518681106120dc5750600160c08a0151126120a457611d0f60c08a0151611c21565b84519096906001600160ff1b038216820361048d578160011b11611f865750509051604081015192516044820151919360e01c9250611d589160df1c6401fffffffe16906109a7565b916001600160fb1b038316830361048d57818360051b1015611f5057611dab611481966020611d8a8660051b866109a7565b1015611f4657611d9d8560051b856109a7565b9788915b8660051b9061097c565b94611dbd603083015160c01c86611a7f565b9560a08a015160018112611f12576020978992604c86015160e01c94607d87015160f81d92607e88015160f81d91607f89015160f81d936040519d8e016040525f975b8810611e5d5750505050505050505061156d926111d3899360206010611e5895611e47611e3b610ce59e9f60a0015160c08b0151908b612588565b60e08a0151908c611b17565b015160c01c9360051b9501516109be565b61097c565b611e6c888201515f1a83611c32565b5f81128015611f08575b611ed2578060021b908082046004149015171561048d578f988f81611ec889898f8d8f6115c890611ec3611eb98f9560019d6115db97015160e01d60030b61222c565b6002830590611c66565b61301f565b9101530197611e00565b604051631aace91160e11b815260206004820152600d60248201526c0e6decce8dac2f040d2dcc8caf609b1b6044820152606490fd5b5060ff8113611e76565b604051631aace91160e11b815260206004820152600b60248201526a736f66746d61782073756d60a81b6044820152606490fd5b6020978891611da1565b604051631aace91160e11b815260206004820152600d60248201526c736f66746d6178206368756e6b60981b6044820152606490fd5b909250611f9991989593969496516109a7565b600881901b93906001600160f81b0381160361048d5781841015611f5057611ff26030918584610100611fcf83611ffe986109a7565b101561209257611fec91611fe2916109a7565b959a96869261097c565b886126eb565b93015160c01c85611a7f565b60a0840151965f935b83851061203257505050505060e0612029610ce5949560c08401519084612588565b91015191611b17565b9091929397612046898301515f1a84611c32565b5f81128015612088575b611ed2578060021b908082046004149015171561048d5760019161207d9186015160e01d60030b90611c66565b980193929190612007565b5060ff8113612050565b5050611fec610100959a96869261097c565b604051631aace91160e11b815260206004820152600f60248201526e736f66746d6178206d6178696d756d60881b6044820152606490fd5b9895509395925050508560081b9560018060f81b0381160361048d5781861015611f505785826101006121128361212d966109a7565b1015612178576118ad91612125916109a7565b96879261097c565b9360c0820151945f5b8281106121555750505060e0612029610ce5949560a084015184612588565b6001818301515f1a0187811361216f575b50600101612136565b96506001612166565b50506118ad61010096879261097c565b604051631aace91160e11b8152602060048201526011602482015270736f66746d61782072656769737465727360781b6044820152606490fd5b506501000000000060a08901511215611ce3565b505f60a089015112611cdc565b6101009150135f611cd4565b604051631aace91160e11b815260206004820152600c60248201526b736f66746d61782064696d7360a01b6044820152606490fd5b508315611ca6565b81810292915f8212600160ff1b82141661048d57818405149015171561048d57565b90610100810151604081015160e01c90604481015160e01c8215801561249b575b612468576020840192612283828551610989565b60408601519094600882901b916001600160f81b0381160361048d57828210156124345781838087966101006122ba858e996109a7565b1015612404576122ca84836109a7565b9761230a8961231d99612304829a611e586123179b6111d3611e589b6122ff6111d39b601860289c5b015160c01c94516109b4565b6109be565b906126eb565b99015160c01c918a6109be565b87611aae565b9160a0850161232c8151612e6c565b156123ca5751915f935f5b82811061237857505050509061234c91611c66565b9160808101511561236057610ce593612e8b565b905060e0612029610ce5949360c08401519084612588565b808401518183015182850391602083116123c1575b91905f925b8284106123a55750505050602001612337565b80841a607f190182851a5f0b0290990198600190930192612392565b6020925061238d565b604051631aace91160e11b81526020600482015260116024820152703232b739b29030b1b1bab6bab630ba37b960791b6044820152606490fd5b6101009761230a8961231d99612304829a611e586123179b6111d3611e589b6122ff6111d39b601860289c6122f3565b604051631aace91160e11b815260206004820152600b60248201526a64656e7365206368756e6b60a81b6044820152606490fd5b604051631aace91160e11b815260206004820152600a60248201526964656e73652064696d7360b01b6044820152606490fd5b50801561226f565b905f8060026124be959460408051918183018252825e612622565b5090565b939291600582901b916001600160fb1b038116810361048d576124be95836124f85f959060405191601f80199101168201604052565b91825e612622565b60808101511561255b576020810180516001810180911161048d576060830151116125415750516001810180911161048d5760c01b63ffffffff60c01b1690565b905190516001810180911161048d5760a01b9060c01b1790565b80519060406020820151910151916001830180931161048d5760c01b60a09190911b1760809190911b1790565b91906080830151156125cd5750506020810180516001810180911161048d576060830151116125415750516001810180911161048d5760c01b63ffffffff60c01b1690565b82519260406020820151910151906001820180921161048d57611a7c949091929367ffffffffffffffff6fffffffffffffffff000000000000000091169460401b169260801b9160a01b9060c01b1717171790565b94959493929082015f19015b83821061263e5750505050519190565b5f600184166126df575b5f9160018116156126d2575b8460011c928160011c95845b878111156126795750505050506001909291019061262e565b80600191821b86848210156126c3575b8486928886820111156126b1575b50505f5260205260405f2087820360051b8c015201612660565b03840160051b8d01519150845f612697565b5083810360051b8c0151612689565b6020890198359250612654565b50602087019635612648565b918015611ae1578160051c906127066040850151918461097c565b5f19810190811161048d578261271e9160051c6109a7565b936001850180951161048d57611a7c94601f936117969360a084015193611b46565b90929192604051936020850160405284538060051c9060018101811161048d5761276a82806109a7565b916001830180931161048d57601f926040850161279f612795825197848660a083019a8b5193611b46565b969095168561097c565b5f5b600181106127b9575050610e8d9596975051926124c2565b806001918b01515f1a81840153016127a1565b919392908060051c6127de838361097c565b5f19810190811161048d57816127f69160051c6109a7565b6001810180911161048d57601f93604086019061282b612821835198858760a083019b8c5193611b46565b979096168661097c565b5f5b82811061284557505050610e8d9596975051926124c2565b806001918c01515f1a818401530161282d565b6128769160ff93808313612882575b5080821261287a575b50611c4a565b1690565b90505f612870565b91505f612867565b9060a081016128998151612e6c565b158015612a8c575b8015612a7b575b612a3e57519060c0810151936101a081015161297a575b50608081015115612969576001841261292c57612925612920610ce595611ec3612915856128fd6128f160ff98612500565b60e0830151908b611b17565b60206010610100830151015160c01c9101519061097c565b956002830590611c66565b611c4a565b1691612740565b604051631aace91160e11b8152602060048201526014602482015273617667706f6f6c2077696e646f7720656d70747960601b6044820152606490fd5b90612029610ce59460e09284612588565b91929490936101208301958651926101408501966101c0860192602087019461016061018089019801965b8a51811215612a05576129ca8c6111d36129c28951925185611c32565b8a51906109be565b6129d78a518a5190611c32565b5f915b8183106129ec575050506001016129a5565b828101515f1a909c01607f19019b6001909201916129da565b509450969591986115c8935094612a27612a3796612a31939a51905190611c32565b9251905190611c32565b9061222c565b925f6128bf565b604051631aace91160e11b8152602060048201526014602482015273617667706f6f6c20616363756d756c61746f727360601b6044820152606490fd5b50637fffffff60c0830151136128a8565b505f60c0830151126128a1565b909160a0830180515f8112908115612c2b575b50612bef5751906101a0810151612b4e575b50608083015115612b385760018112612afb5760ff612925612af5856128fd612ae9610ce598612500565b60e08301519088611b17565b92611c21565b604051631aace91160e11b81526020600482015260146024820152736d6178706f6f6c2077696e646f7720656d70747960601b6044820152606490fd5b9160e0612029610ce59460c08401519084612588565b61012081018051610160830196610140840196610180850196939460208101946101c0909101935b8951811215612bdf57612b9a85516111d3612b928a5185611c32565b8951906109be565b612ba78a518d5190611c32565b905f5b828110612bbc57505050600101612b76565b6001818301515f1a018b8113612bd6575b50600101612baa565b9a506001612bcd565b509650965096505050505f612abe565b604051631aace91160e11b815260206004820152601360248201527236b0bc3837b7b61030b1b1bab6bab630ba37b960691b6044820152606490fd5b6101009150135f612aac565b909161010083015193604085015160e01c91612c9a612c89612c7e605489015160e01c6122ff612c7360288c015160c01c9860808801516109be565b60608701519061097c565b60a08401519061097c565b936111d360408401958651906109be565b95612cc560c0830197612cbe612cb68a5160a0870151906109a7565b8751906109be565b9087611aae565b9260a0870191612cd58351612e6c565b15612e3357607c905f99989950015160f81d915194519560a08401519860e08501995b8951811015612df75788612d0d828d51611c66565b5f8112159081612dec575b612d33612d2d846122ff60a08d0151886109a7565b8b61097c565b90898315612de1576111d3612d57612d62936101206101c085015194015190611c32565b60208d0151906109be565b9291905b6101008a0151936101608b01516101808c0151935f965b868810612d94575050505050505050600101612cf8565b909192939495969e8f908d8260019385018a811288821215168716612dcc575b508801515f1a5f0b02019f0196959493929190612d7d565b8790038801515f90811a607f19019250612db4565b50505f929190612d66565b885181129150612d18565b5095975095509650509050608082015115612e1d57906080610ce5949392015191612e8b565b5060e0612029610ce59460c08401519084612588565b604051631aace91160e11b815260206004820152601060248201526f31b7b73b1030b1b1bab6bab630ba37b960811b6044820152606490fd5b637fffffff198112159081612e7f575090565b637fffffff9150131590565b9061010081019260308451015160c01c60018060fb1b038216820361048d57612ebe612ec491612ed39360051b9061097c565b84611a2d565b94855160e01d60030b90611c66565b906008600486015160e01d60030b95015160f81c94612ef183612e6c565b15612fe1575f81128015612fd7575b8015612fcd575b612f9957612f1e90607d8651015160f81d9361222c565b915f1986019580871161048d57612f6b612f53602093601093612f4b612f93986001610ce59d1b90611c66565b901d90611c66565b607e8851015160f81d607f8951015160f81d91612858565b95612f84612f7885612500565b60e08601519088611b17565b51015160c01c9101519061097c565b90612740565b604051631aace91160e11b815260206004820152600b60248201526a3932b8bab0b73a34bd32b960a91b6044820152606490fd5b50603e8611612f07565b5060018610612f00565b604051631aace91160e11b8152602060048201526015602482015274616363756d756c61746f7220706c7573206269617360581b6044820152606490fd5b919091821561099357600160ff1b81145f1984141661048d5782810590819381071515908161305c575b506130515750565b611a7c919250611c21565b5f9150125f61304956fea264697066735822122087098a62d92f3cd0dfde89e29bbfff99072e28616ee1f6aad3e09b87558f0e4164736f6c6343000825003360808060405234601557614043908161001a8239f35b5f80fdfe60e0806040526004361015610012575f80fd5b5f905f3560e01c9081630512d5d8146105cc5750806379a4c02b146101c25763f173ae931461003f575f80fd5b346101bf5760803660031901126101bf5760243560643567ffffffffffffffff81116101bd5761007390369060040161091a565b604051919360e0830167ffffffffffffffff8111848210176101a957604052602083019381855260408401908282528060608601938085526100cc608088019682885260a089019a838c528360c08b0152808a526109b6565b88521a825260011a8092525190811591821561019e575b508115610195575b811561018a575b5061015c576004359052604435835261010a81610a0b565b5190510361011e5760209051604051908152f35b604051631aace91160e11b8152602060048201526015602482015274383937b7b3103bb7b93239903632b33a1037bb32b960591b6044820152606490fd5b604051631aace91160e11b81526020600482015260056024820152640c8cae0e8d60db1b6044820152606490fd5b60289150115f6100f2565b801591506100eb565b60281091505f6100e3565b634e487b7160e01b82526041600452602482fd5b825b80fd5b50346101bf576101d136610948565b91929091601e84901a6105c65763ffffffff8460101c165b80151590816105bb575b506105855783821a9164ffffffffff8560581c169460151a918315801561057b575b8015610571575b61015c576020831b811161052b5785831c9561023b6001851b826109c3565b1590811591610513575b8115610508575b506104d957601f8101948582116104c557828660051c96601f1916936104b157506020830180931161048d5760408051601f909401601f1916840190528592956104a1575b85375f935f5b83811061042157508491610418575b50600160f81b5f9081526020527f82ac279db26a206d9ba5a94c07ff940aea4b3bfde8820ec95f4efa0acfd0d5bc9180806103b35750506001858116036103a457835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061031a57602085604051908152f35b6001819592939495145f146103515750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610308565b9081610367575f528460205260405f2094610338565b9194909160018084160361039557815f5260205260405f205b945f528060205260405f209160011c90610338565b5f528060205260405f20610380565b5f528260205260405f206102f2565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106103fa575050509294939190610308565b5f9586526020839052604080872093875290952091946001016103e6565b9050515f6102a6565b94916001810180821161048d5760011c905f5b82811061045157505091805f52602052600160405f209501610297565b8060019160061b850180515f528690848484811b0110610481575b5060205260405f208160051b86015201610434565b6020915001515f61046c565b634e487b7160e01b5f52601160045260245ffd5b5f5f19840160051b870152610291565b634e487b7160e01b81526011600452602490fd5b634e487b7160e01b83526011600452602483fd5b604051631aace91160e11b81526020600482015260066024820152653932b3b4b7b760d11b6044820152606490fd5b60029150105f61024c565b9050600161052185876109e1565b1b87101590610245565b604051631aace91160e11b815260206004820152601b60248201527f64617461206c6172676572207468616e2069747320726567696f6e00000000006044820152606490fd5b508383101561021c565b5060288411610215565b604051631aace91160e11b815260206004820152600d60248201526c0deeae8e0eae840d8cadccee8d609b1b6044820152606490fd5b90508114155f6101f3565b816101e9565b34610916576105da36610948565b919283601e1a155f146109105763ffffffff8460301c165b8015159081610905575b506108d35750825f1a9064ffffffffff8460881c1693600f1a90821580156108c9575b80156108bf575b61015c576020821b841161052b5784821c946106456001841b826109c3565b15908115916108a7575b811561089c575b506104d957601f84019384811161048d578460051c94601f1916916020830180931161048d5760408051601f909401601f19168401905285929561088c575b85375f935f5b83811061082057508491610817575b505f8080526020527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59180806107b25750506001858116036107a357835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061071957602085604051908152f35b6001819592939495145f146107505750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610707565b9081610766575f528460205260405f2094610737565b9194909160018084160361079457815f5260205260405f205b945f528060205260405f209160011c90610737565b5f528060205260405f2061077f565b5f528260205260405f206106f1565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106107f9575050509294939190610707565b5f9586526020839052604080872093875290952091946001016107e5565b905051856106aa565b94916001810180821161048d5760011c905f5b82811061085057505091805f52602052600160405f20950161069b565b8060019160061b850180515f528690848484811b0110610880575b5060205260405f208160051b86015201610833565b6020915001518b61086b565b5f5f19840160051b870152610695565b600291501086610656565b905060016108b584866109e1565b1b8610159061064f565b5082821015610626565b506028831161061f565b631aace91160e11b815260206004820152600c60248201526b0d2dce0eae840d8cadccee8d60a31b6044820152606490fd5b9050831415856105fc565b5f6105f2565b5f80fd5b9181601f840112156109165782359167ffffffffffffffff8311610916576020838186019501011161091657565b90604060031983011261091657600435916024359067ffffffffffffffff8211610916576109789160040161091a565b9091565b6040519190601f01601f1916820167ffffffffffffffff8111838210176109a257604052565b634e487b7160e01b5f52604160045260245ffd5b9190820180921161048d57565b81156109cd570690565b634e487b7160e01b5f52601260045260245ffd5b9190820391821161048d57565b81156109cd570490565b8181029291811591840414171561048d57565b60c052604060c0510190815160a060c05101516002906001831b8211610e175760c05151915f92604081019283821161048d57602060c051019586518511610dcb5784610a7c91604080519560608701825286375f60408601525f808760405160408101604052604089825e613952565b919087518311610dcb5703610d855760c0515260c08051019283526020815191015190805f1a612897576040519261012084019184831067ffffffffffffffff8411176109a257687fffffffffffffff80958593604052602084019260408501606086015f815260808701915f835260a088019160e089019b8c978b6101008c01995f8b5263ffffffff8360c01c169c8d815263ffffffff8460a01c168d5263ffffffff8460801c16875267ffffffffffffffff8460401c1660070b885260c067ffffffffffffffff851660070b9101525260b91c16647fffffff80811699808b046080149015171561048d576403fffffffc9060051c1699606060c05101998a5190608081019081811161048d57607f0190811161048d578c610ba29160051c6109e1565b906001820180921161048d57610bc491608060c051019d8e519260c0516129e2565b50918289526005835160f81c93600181015160e01c8352015160e01c91821561287f575b508951905111801590612874575b61283a5782516001810180911161048d5714845260408103610ed85750505050505060309051015160c01c905160018060fb1b0381168103610e035790610c409160051b906109b6565b918260051c91519160208401808511610ec457601f8501908111610ec45781610c6b9160051c6109e1565b9160018301809311610ec457610c9a93610cbc9593601f93610c9193519260c0516129e2565b509116906109b6565b92610cb16001855160f81c95015160c01c93613830565b90519060c0516129b8565b85518211610e905785519360a060c0510151908584118015610e5d575b610e175760c05151916020830196878411610e035782518811610dcb5787610d2891602060405196604088016040528737886020870152878760016040516020810160405260208a825e613952565b92518311610dcb5703610d855760c051528396845b848110610d71575090600191610d6697988252519450602060405191818301604052825e613952565b5060a060c05101525b565b978086526020526001604086209801610d3d565b604051631aace91160e11b815260206004820152601f60248201527f6f70656e696e6720646f6573206e6f74206d617463682074686520726f6f74006044820152606490fd5b604051631aace91160e11b815260206004820152600f60248201526e1c1c9bdbd9881d1bdbc81cda1bdc9d608a1b6044820152606490fd5b634e487b7160e01b87526011600452602487fd5b604051631aace91160e11b815260206004820152601860248201527f6f70656e696e67206f75747369646520746865207472656500000000000000006044820152606490fd5b5060018301808411610e7c576001610e7586896109e1565b1b10610cd9565b634e487b7160e01b86526011600452602486fd5b604051631aace91160e11b815260206004820152600b60248201526a18db19585c881b195d995b60aa1b6044820152606490fd5b634e487b7160e01b88526011600452602488fd5b929596999d9e9a975092975092999a50604181145f14610f28575050505050505050610f1f93506040519260408401604052600160f81b84526020840152519051916137d3565b60a060c0510152565b9193959850919395989996601082145f146111505750505050505191610f57604084015160e01c809651613a1b565b9096601885015160c01c610f6d8160c051613a9d565b5160e01c918551928360e01c908082105f14611114575050506034810180911161048d57610faa610fb2916403fffffffc5f9460de1c16906109b6565b60c051613aec565b51968760e01c604487015160e01c8110156110ce57610ff08a610feb8693610fe5610ff89660288d015160c01c926109f8565b906109b6565b6109b6565b60c051612920565b9681603087015160c01c926104b15750611028916403fffffffc6110209260de1c16906109b6565b60c0516128f3565b805160f01c9086810180911161048d575160f01d9061104683612f3e565b975f5b84811061109157505050505060109291610cb161106592613830565b015160c01c6001600160fe1b038416840361048d57610d6f93611089921b906109b6565b60c051613c43565b806110bd6110b8866110b3876110a9600197896109b6565b515f1a5f0b612f7b565b613d89565b613ee3565b6110c7828d612fbe565b5201611049565b604051631aace91160e11b815260206004820152601c60248201527f746f6b656e206f7574736964652074686520766f636162756c617279000000006044820152606490fd5b90925061112b919350602088015160c01c926109e1565b6001600160fe1b038116810361048d5761114b91610faa91891b906109b6565b610fb2565b9091929394959a9950601182999899145f1461123657505050505061118090519251604084015160e01c90613a1b565b60188401519093919060c01c6001600160fe1b038216820361048d576111a891861b906109b6565b926001600160fe1b038116810361048d5760446111ca82871b8660c051613b46565b92015160e01c6111d982612f3e565b955f5b8381106111f9575050505050610d6f9394610cb161108992613830565b6001600160fe1b038116810361048d57806112258461121c600194861b896109b6565b5160e01d613d26565b61122f828b612fbe565b52016111dc565b90919492959899939796601283145f1461125f57505050505050505050610d6f9060c051613505565b601383036115c25750505061127f90519251604084015160e01c90613a1b565b969094603884015160c01c976112978960c051613b19565b601886015160c01c6001600160fe1b038916890361048d576112bc9089851b906109b6565b6001600160fe1b038316830361048d576112dc9083851b9060c051613b46565b602887015190979060c01c6001600160ff1b038a168a0361048d57611305908a60011b906109b6565b6001600160ff1b038416840361048d57611326908460011b9060c051612920565b93825160c01d926008810180911161048d575160c01d915f841280156115b4575b80156115ab575b80156115a1575b8015611597575b8015611589575b611543575160a05261137484612f3e565b985f5b85811061141b5750505050505050601092916113aa91875115155f1461140457610cb190613830565b519060c0516129b8565b015160c01c916001600160fd1b038116810361048d576113d9926113d19160031b906109b6565b60c051613b9c565b516113e15750565b6010810180911161048d57610d6f906113fb60a051613b79565b9060c051613b9c565b60c081015160a051611415926138b8565b906113a0565b6001600160fe1b038116810361048d5761143781841b836109b6565b5160e01d5f8112156115395762ffffff61145082612f6b565b136114fb57846114638761146893612f7b565b613d26565b906001600160ff1b038116810361048d578b6114a18261149b6001956114918d84891b906109b6565b5160f01d90612f7b565b92612fbe565b526114ac818d612fbe565b515f8112156114f6576114be90612f6b565b60a051126114cd575b01611377565b6114d7818d612fbe565b515f8112156114f1576114e990612f6b565b60a0526114c7565b6114e9565b6114be565b604051631aace91160e11b8152602060048201526015602482015274726573696475616c206f7574206f662072616e676560581b6044820152606490fd5b62ffffff81611450565b604051631aace91160e11b815260206004820152601e60248201527f524d534e6f726d20726567697374657273206f7574206f662072616e676500006044820152606490fd5b506001603e1b815113611363565b505f81511261135c565b50603e8313611355565b505f831261134e565b506401000000008413611347565b90956014839b9a999493989598148015612830575b156115f55750505050505050506015610d6f9293149060c051613260565b909192939597949699601681145f14611adb575050505193604485015160e01c90600482141580611ad0575b611a9a576116389051604087015160e01c90613a1b565b9094603887015160c01c6010810180911161048d576116599060c051613b19565b9061168561167260188a015160c01c610fe58a886109f8565b61167c85876109f8565b9060c051613b46565b93825160c01d92600482145f14611a85575082945b5f84128015611a78575b611a28575f608052600882146119fa575b6020850180861161048d576116d560405191601f80199101168201604052565b935f908190156119db5750506001861280156119ce575b611988576116f986613f0b565b9260178401841161048d5761171487607f601787011b6109ee565b9160178501601686011161048d575f5b8781106118a95750505050505061173a83613f0b565b601081111561188f57600f19810190811161048d5761176c9a61177f6117746117a8966117a0949e8f5b6080516109b6565b9e1c98613830565b82519060c0516129b8565b5160e01c96610feb60108a015160c01c610fe560488c015160e01c8b6109f8565b60c051613f2c565b516117b6575b505050509050565b6117f99291610fe591604051976020890160405260ff60e81b9060e81b169061ffff60f01b9060f01b16178752604c602084015160c01c93015160e01c906109f8565b8060051c6004820180831161048d576003830190811161048d57816118209160051c6109e1565b6001810180911161048d5783611852611848601f9651848660a060c05101519260c0516129e2565b96909516856109b6565b5f5b6004811061187c57505061186b95965051926137f2565b60a060c0510152805f8080806117ae565b806001918a01515f1a8184015301611854565b506117a061176c9a61177f6117746117a8965f9e8f611764565b60048503611961576001600160fe1b038116810361048d576118cd81841b836109b6565b5160e01d905b5f821215611956576001603e1b6118e983612f6b565b1361191c5761190d600192611908878560168c011b926080511d612f7b565b612ec5565b601788011d8189015301611724565b604051631aace91160e11b81526020600482015260116024820152703b30b63ab2903132bcb7b73210192f1b1960791b6044820152606490fd5b6001603e1b826118e9565b6001600160fd1b038116810361048d5761197e8160031b836109b6565b5160c01d906118d3565b604051631aace91160e11b815260206004820152601c60248201527f73686966746564206d6178696d756d206f7574206f662072616e6765000000006044820152606490fd5b50638000000086136116ec565b986117a897506117a09450611774919e935061177f92505f8652613830565b611a0384613f0b565b601f811115611a2157601e19810190811161048d575b6080526116b5565b505f611a19565b604051631aace91160e11b815260206004820152602160248201527f7175616e74697a6174696f6e206d6178696d756d206f7574206f662072616e676044820152606560f81b6064820152608490fd5b506001603e1b84136116a4565b6008810180911161048d575160c01d9461169a565b604051631aace91160e11b815260206004820152600d60248201526c0cad8cadacadce840eed2c8e8d609b1b6044820152606490fd5b506008821415611621565b90919995969392949750601781145f14611b045750505050505050610d6f91925060c051612fd2565b95969560188103611dc457505050505190604082015160e01c928360011c600f810180821161048d5760041c80158015611da9575b611d6a57611b48818a516109c3565b600481901b99906001600160fc1b0381160361048d576010611b6a8b856109e1565b1015611d5757611b9b8a610feb89611b96611b8584896109e1565b965b60188c015160c01c96516109ee565b6109f8565b906001600160fe1b038216820361048d57611bb891891b906109b6565b9581881b6001600160fe1b038316830361048d57611bd9818960c051613b46565b60019290921b600319169a6001600160fe1b038516850361048d57611c1d90610feb611c12848f611c0a908e6109b6565b60c051613b46565b96895160e01c6109f8565b808a1b91906001600160fe1b0381160361048d57610ff0826030611c4f84610ff0611c5a9760288f015160c01c6109b6565b9a015160c01c6109b6565b95611c6483612f3e565b96611c6e84612f3e565b995f5b858110611ca25750505050505050610d6f959692611c996110899593610cb1610feb94613830565b8260c051613c43565b80821b906001600160fe1b038116810361048d578c611d508261149b611d398f8d611d4a611d3492611d448f8f8f918e60019f80611cf481611cea611cfe94611d08976109b6565b5160e01d9b6109b6565b5160e01d946109b6565b5160e01d936109b6565b5160e01d93611d3e8b61149b611d39611d34611d24888d612f7b565b611d2e8b89612f7b565b90612f0e565b613d11565b613d5d565b52612f7b565b92612f7b565b90612ec5565b5201611c71565b611b9b8a610feb89611b96601096611b87565b604051631aace91160e11b8152602060048201526016602482015275726f7065206974656d206f7574206f662072616e676560501b6044820152606490fd5b50611db5818a516109ee565b604486015160e01c1115611b39565b6019819a92959397999a98969498145f14611fdb57505051604081015160e01c955191611dfb87601884015160c01c60c051613b46565b611e1b88611c0a602086015160c01c610fe5604488015160e01c896109f8565b611e3a610faa604886015160e01c610fe5604c88015160e01c896109f8565b90603885015160c01c9960348b01808c1161048d5791611e608a9360c096939651613aec565b945f925f925b828410611fb5575050505091611ebc91611eb0611ec2959482611ea1611e9660508c015193895160f01c90612f7b565b865160f01c90612f7b565b96015160f81c9060e01d612f0e565b91015160f81c90612f0e565b90613d89565b97889484611f4e575b50865160109392611ee692909115611f3e57610cb190613830565b015160c01c926001600160fe1b038216820361048d57611f1e93611f1592611f0f921b906109b6565b91613b79565b9060c051613c43565b51611f27575050565b6020810180911161048d576113fb610d6f92613b79565b808b60c0611415930151916138b8565b611f588151613ec4565b15611f6f575189811315611ecb5798506010611ecb565b604051631aace91160e11b815260206004820152601b60248201527f73636f7265206d6178696d756d206f75747369646520696e74333200000000006044820152606490fd5b9193836001929496508301515f1a5f0b868501515f1a5f0b02019401918b949391611e66565b92979693949392601a810361223057505051905195603882015160c01c956020870180881161048d576120109060c051613a9d565b5160188401519489901b9460c090811c91901d6001600160fe1b038a168a0361048d57612043610faa8761204d946109b6565b5160e01d90612f0e565b945f86128015612222575b6121dc575f958060101d90601e82131561216d575b505085986120d7575b50926010611f159361209d611f0f946120a798978a5115155f146120c757610cb190613830565b015160c01c6109b6565b516120b0575050565b6028810180911161048d576113fb610d6f92613b79565b808d60c0611415930151916138b8565b80929594919850515f811290811561215f575b50612119576010611f159361209d6120a79761210a88611f0f9751612ec5565b9b949798509450509350612076565b604051631aace91160e11b815260206004820152601c60248201527f6578706f6e656e7469616c2073756d206f7574206f662072616e6765000000006044820152606490fd5b6001603e1b9150135f6120ea565b602886015192975090916121999061219190600684901c6103fc169060c01c6109b6565b60c0516128a1565b805160e01d906004810180911161048d576121d29260ff6121c16121c9935160e01d85612f0e565b911690612f7b565b60081d90612f0e565b901d945f8061206d565b604051631aace91160e11b815260206004820152601760248201527f73636f72652061626f766520746865206d6178696d756d0000000000000000006044820152606490fd5b506402000000008613612058565b8092949650601b9193979550989798145f146124f35750505191604083015160e01c935193603884015160c01c6028810180911161048d576122749060c051613a9d565b51601885015160c091821d95911c6001600160fe1b038716870361048d57610faa6122a29188861b906109b6565b5160e01d6122c5610faa604884015160e01c610fe5604c86015160e01c8b6109f8565b6122e584611c0a602086015160c01c610fe5604488015160e01c8d6109f8565b9481015160f81c926340000000881280156124e6575b80156124dd575b80156124d3575b61248d576010015160c01c9661231e85612f3e565b98612427575b80156109cd5761235092612342916720000000000000000490612f7b565b601f1d905160f01c90612f7b565b901b601e1d5f5b8281106123735750505050610d6f9394610cb16113d192613830565b6701000000000000006123868289612fbe565b515f8112156124225761239890612f6b565b136123dc57806123cb6123bb6123b0600194886109b6565b515f1a5f0b85612f7b565b6123c5838b612fbe565b51612ec5565b6123d5828a612fbe565b5201612357565b604051631aace91160e11b815260206004820152601d60248201527f617474656e74696f6e206f7574707574206f7574206f662072616e67650000006044820152606490fd5b612398565b6001600160fd1b038516850361048d576124478560031b8960c051613b46565b5f5b868110612457575050612324565b6001600160fd1b038116810361048d57808b6124868261247c60019560031b876109b6565b5160c01d92612fbe565b5201612449565b604051631aace91160e11b815260206004820152601e60248201527f617474656e74696f6e2077656967687473206f7574206f662072616e676500006044820152606490fd5b50600f8411612309565b505f8312612302565b506001603e1b88136122fb565b909450601c819793949697145f146127e057505191604483015160e01c936006851280156127d6575b6127a3575194604084015160e01c60048702968088046004149015171561048d57808710156127655786600461255282846109e1565b101561275b57612561916109e1565b945b601885015187831b969060c01c6001600160fe1b038916890361048d578761258a916109b6565b81841b6001600160fe1b038316830361048d57611c0a6125b0826125be9460c051613b46565b9960208a015160c01c6109b6565b9660048301600481125f851290801582169115161761048d576001901b90600519840193841360011661048d576125f6839493612f3e565b985f936001811b9260288b01975f198501948511965b888110612654575050505050505050505060109291610cb161262d92613830565b015160c01c916001600160fd1b038116810361048d57610d6f926113d19160031b906109b6565b80821b906001600160fe1b038116810361048d578e61267383866109b6565b5160e01d926126818a612f6b565b841215612734576126958a61190881612f6b565b8d5160c01c81891c6001600160fe1b038116810361048d576126bd9161219191891b906109b6565b805160e01d926004820180921161048d576126dd848f935160e01d612f0e565b9161048d5761272361271c611d39611d348f9a6127168f9961272d9a61270e60019f9a8f9c9b61149b9c1690612f7b565b901d90612ec5565b90612f7b565b918c6109b6565b5160e01d90612f7b565b520161260c565b61273d8a612ee0565b841315612751576126958a61190881612ee0565b6126958a85612ec5565b5050600494612563565b604051631aace91160e11b8152602060048201526015602482015274313637b1b5903830b9ba103a3432903b32b1ba37b960591b6044820152606490fd5b604051631aace91160e11b815260206004820152600a60248201526919d85d19481cda1a599d60b21b6044820152606490fd5b50601e851361251c565b9294505050601d141590506127fb57610d6f9060c051612acd565b604051631aace91160e11b815260206004820152600c60248201526b1d5b9adb9bdddb881ada5b9960a21b6044820152606490fd5b5060158b146115d7565b604051631aace91160e11b81526020600482015260116024820152700637572736f72206f757473696465206f7607c1b6044820152606490fd5b508083511015610bf6565b90915060e01c6001810180911161048d57905f610be8565b5050505050509050565b908060051c60608301516008830180841161048d576007840190811161048d57826128ce9160051c6109e1565b936001850180951161048d576128f094601f93610c91936080840151936129e2565b90565b908060051c60608301516004830180841161048d576003840190811161048d57826128ce9160051c6109e1565b918015612953578160051c9061293b606085015191846109b6565b5f19810190811161048d57826128ce9160051c6109e1565b604051631aace91160e11b815260206004820152600d60248201526c656d707479206f70656e696e6760981b6044820152606490fd5b906129b360a09160405190604082016040525f82526020820152604084015160c0850151916137d3565b910152565b9160a0916129b391604051916040830160405282526020820152604084015160c0850151916137d3565b90949291935f83158015612ab8575b8015612aa0575b610e1757825196600585901b916001600160fb1b03861686036104b157612a1f838a6109b6565b97602086019687518a11610dcb5760208501808611612a8c579085612a558c969594939060405191601f80199101168201604052565b9c8d378b860183905260408051601f8801601f19168101909152958c875e612a7c95613952565b93518411610dcb5703610d855752565b634e487b7160e01b84526011600452602484fd5b5050612aac83866109b6565b5f906001881b106129f8565b505f6129f1565b5f19811461048d5760010190565b9091610100830151604081015160e01c916040850192612aee818551613a5b565b601885015160c01c6001600160fe1b038316830361048d57612b14908360021b906109b6565b6001600160fe1b038216820361048d57612b33908260021b9089613b46565b9060a08901519260c08a0151975115612eb6575b5f5b828110612e6c5750505050608087015115612e4c57505f8412908115612e41575b50612ded57612b80602083015160c01c85613a9d565b9460e08651811c910151948560e01c9663ffffffff8760c01c169460018901809911978861048d57848a10612dc65760308201518060c01c9060c51c906060860151916044820180831161048d576043830190811161048d5781612be69160051c6109e1565b906001820180921161048d57612c0c93601f92610c91929c9e9c60808b0151928b6129e2565b998a975f895160e01c9b60045f9b01809e119a5b8d811080612dbc575b15612c74578b61048d576001600160fe1b038116810361048d578c8f612c53908360021b906109b6565b5160e01c14612c6b575b612c6690612abf565b612c20565b60019250612c5d565b509295989c5092959998509295995060018101998a8211978861048d5763ffffffff8c11612d76578315612d61575b508215612d3b575b505015612d06575050604882015160e01c60c01b9261048d576403fffffffc6010611f0f93612cf0612d0096610d6f9a60c01b63ffffffff60e01b871617908a6129b8565b015160c01c9160be1c16906109b6565b91613c43565b93909361048d5761048d576403fffffffc6010611f0f93612d36612d0096610d6f9a60c01b9060e01b1789612989565b612cf0565b612d4592506109b6565b6001810180911161048d57604485015160e01c11155f80612cab565b600401515f985060e01c8b1015925087612ca3565b604051631aace91160e11b815260206004820152601960248201527f67656e65726174656420636f756e74206f766572666c6f7773000000000000006044820152606490fd5b5060108110612c29565b9498610d6f985060e01b63ffffffff60c01b90951694909417955090935061298992505050565b604051631aace91160e11b815260206004820152602560248201527f73656c656374656420746f6b656e206f7574736964652074686520766f636162604482015264756c61727960d81b6064820152608490fd5b90508312155f612b6a565b869350612e63915093610d6f959460e093976138b8565b910151916129b8565b6001600160fe1b038116810361048d57612e898160021b856109b6565b5160e01d858113612e9e575b50600101612b49565b985093506001612eae85836109b6565b989490612e95565b82515f985060e01d9350612b47565b9190915f838201938412911290801582169115161761048d57565b905f19820191821360011661048d57565b905f82603e039212603e8312811690603e84139015161761048d57565b81810392915f13801582851316918412161761048d57565b67ffffffffffffffff81116109a25760051b60200190565b90612f50612f4b83612f26565b61097c565b8281528092612f61601f1991612f26565b0190602036910137565b600160ff1b811461048d575f0390565b81810292915f8212600160ff1b82141661048d57818405149015171561048d57565b805115612faa5760200190565b634e487b7160e01b5f52603260045260245ffd5b8051821015612faa5760209160051b010190565b610100820151604081015160e01c92612fef846040830151613a5b565b6130328161302c6130118261300b8760188b015160c01c6109b6565b8a613b46565b94610feb602889015160c01c610fe560208a019c8d516109f8565b87612920565b9160a084016130418151613ec4565b156131d15751925f9291905b82841061323d57505050506080820151156132235761306b81613ec4565b156131d157613081602084015160c01c85613aec565b90603084015160c01c865160018060fe1b038116810361048d576130b2916130ac9160021b906109b6565b866128f3565b5f91604886015160e01c613189575b6130d36130de91855160f01c90612f7b565b825160f01c90612f7b565b906002810180911161048d5761310a936002613104925160f01d91015160f81c90612f0e565b90613e2d565b601083015160c01c94519160018060fe1b038316830361048d57604461313a610d6f97612d009560021b906109b6565b94015160e01c613163575b8060e061315461315e93613830565b91015190866129b8565b613b79565b906131816110b861315e926131788789613aec565b5160e01d612ec5565b919050613145565b6038860151885191935060c01c906001600160fe1b038116810361048d576131c46131be6130de936130d39360021b906109b6565b896128f3565b5160e01d939150506130c1565b604051631aace91160e11b8152602060048201526024808201527f70726f6a656374696f6e20616363756d756c61746f72206f7574736964652069604482015263373a199960e11b6064820152608490fd5b610d6f9450819250612e639060c060e093015190846138b8565b90919293600190858301515f1a5f0b868501515f1a5f0b0201940192919061304d565b9091610100830151604481015160e01c9160048314928315806134fa575b611a9a57819061329a6040880151604086015160e01c90613a1b565b9190603886015160c01c955f9461346b575b836132ca6132d79493610fe560186132d095015160c01c91866109f8565b926109f8565b9088613b46565b60a0880180515f811290811561345d575b506134095751955f5b83811061336357505050505060808501511561334b5761333c91611f0f9161332b8760e0613321610d6f9a613830565b91015190886129b8565b156133425760ff60185b16906109b6565b91613b9c565b60ff6010613335565b50509160e0612e63610d6f9460c084015190846138b8565b81156133e3576001600160fe1b038116810361048d576133868160021b846109b6565b5160e01d5b5f8112156133d8576001603e1b6133a182612f6b565b1361191c57851d5f8112156133d3576133b990612f6b565b8881136133ca575b506001016132f1565b975060016133c1565b6133b9565b6001603e1b816133a1565b6001600160fd1b038116810361048d576134008160031b846109b6565b5160c01d61338b565b604051631aace91160e11b815260206004820152602560248201527f7175616e74697a6174696f6e20616363756d756c61746f72206f7574206f662060448201526472616e676560d81b6064820152608490fd5b6001603e1b9150135f6132e8565b9350906010860180871161048d576134839089613a9d565b5160c01d5f811280156134ed575b611a285761349e90613f0b565b83601f8211156134d65750601e19810190811161048d57836132ca6132d794610fe560186132d0955b999550505093945050506132ac565b6132d091506132ca6132d794610fe560185f6134c7565b506001603e1b8113613491565b50600881141561327e565b9061010081015191604083015160e01c604083015160408102908082046040149015171561048d578181101561276557604061354182846109e1565b10156137cb5761355181836109e1565b905b601886015160c01c6001600160fe1b038216820361048d576135789160021b906109b6565b6001600160fe1b038216820361048d57613597908260021b9085613b46565b9060a0850180515f81129081156137bc575b506137765751915f91905b818310613713575050506080840151156136f8576135df90610feb603087015160c01c9384926109ee565b90600181109081156136ea575b5080156136d8575b6136925761360181613f0b565b603e0390603e821161048d5761361c9060011983161b613fbc565b80156109cd57613642906001603e1b049360e061363882613830565b91015190846129b8565b61364c606061097c565b6002815292604036602086013761366284612f9d565b5260011c602e03602e811161048d57825160011015612faa57610d6f936038916040850152015160c01c90613b9c565b604051631aace91160e11b815260206004820152601860248201527f6d65616e20737175617265206f7574206f662072616e676500000000000000006044820152606490fd5b50603e6136e482613f0b565b116135f4565b6001603e1b9150115f6135ec565b610d6f945060e09150612e639060c0859495015190846138b8565b91929091906001600160fe1b038416840361048d576137358460021b836109b6565b5160e01d5f81121561376c5762ffffff61374e82612f6b565b136114fb57600191611d4a8261376393612f7b565b930191906135b4565b62ffffff8161374e565b604051631aace91160e11b815260206004820152601b60248201527f73756d206f662073717561726573206f7574206f662072616e676500000000006044820152606490fd5b6001603e1b915012155f6135a9565b604090613553565b905f8060026137ee959460408051918183018252825e613952565b5090565b939291600582901b916001600160fb1b038116810361048d576137ee95836138285f959060405191601f80199101168201604052565b91825e613952565b60808101511561388b576020810180516001810180911161048d576060830151116138715750516001810180911161048d5760c01b63ffffffff60c01b1690565b905190516001810180911161048d5760a01b9060c01b1790565b80519060406020820151910151916001830180931161048d5760c01b60a09190911b1760809190911b1790565b91906080830151156138fd5750506020810180516001810180911161048d576060830151116138715750516001810180911161048d5760c01b63ffffffff60c01b1690565b82519260406020820151910151906001820180921161048d576128f0949091929367ffffffffffffffff6fffffffffffffffff000000000000000091169460401b169260801b9160a01b9060c01b1717171790565b94959493929082015f19015b83821061396e5750505050519190565b5f60018416613a0f575b5f916001811615613a02575b8460011c928160011c95845b878111156139a95750505050506001909291019061395e565b80600191821b86848210156139f3575b8486928886820111156139e1575b50505f5260205260405f2087820360051b8c015201613990565b03840160051b8d01519150845f6139c7565b5083810360051b8c01516139b9565b6020890198359250613984565b50602087019635613978565b919060208302928084046020149015171561048d578281811015612765576020613a4582846109e1565b1015613a54576128f0916109e1565b5050602090565b919091610100908181029080820483149015171561048d578093808210156127655782613a8883836109e1565b1015613a98576128f092506109e1565b505090565b908060051c60408301516008830180841161048d576007840190811161048d5782613aca9160051c6109e1565b936001850180951161048d576128f094601f93610c919360a0840151936129e2565b908060051c60408301516004830180841161048d576003840190811161048d5782613aca9160051c6109e1565b908060051c60408301516010830180841161048d57600f840190811161048d5782613aca9160051c6109e1565b918015612953578160051c90613b61604085015191846109b6565b5f19810190811161048d5782613aca9160051c6109e1565b90613b84604061097c565b600181529160203681850137613b9983612f9d565b52565b929190815180600802906008820414600815171561048d576020810180911161048d5760408051601f909201601f19168201905290929060089490915f91825b8551811015613c215780880290888204811485171561048d57613c01600192876109b6565b6001600160c01b0319613c14838a612fbe565b5160c01b16905201613bdc565b50949193909550519283600802936008850414171561048d57610d6f93613f2c565b929190815180600402906004820414600415171561048d576020810180911161048d5760408051601f909201601f191682019052929392905f946004918215965b8551811015613cdc578084028481048214891715613cc95790613ca9600192876109b6565b6001600160e01b0319613cbc838a612fbe565b5160e01b16905201613c84565b601185634e487b7160e01b5f525260245ffd5b50919593949094519384870294878604141715613cfe57610d6f949550613f2c565b601186634e487b7160e01b5f525260245ffd5b613d2090632000000090612ec5565b601e1d90565b5f821315613d5857603f821215613d5257613d4d906001613d4684612ee0565b1b90612ec5565b901d90565b50505f90565b905090565b637fffffff811315613d725750637fffffff90565b637ffffffe198112156128f05750637ffffffe1990565b905f8113613e1c57613d9a90612f6b565b8115613e1157603e8112801590613dfc575b8015613ddf575b613dc6575f6128f092611d39921b612ec5565b505f1215613dd657637fffffff90565b637ffffffe1990565b50613df46001613dee83612ef1565b1b612f6b565b821315613db3565b506001613e0882612ef1565b1b821215613dac565b50506128f05f613d5d565b5f611908611d39926128f094613d26565b905f8113613eb357613e3e90612f6b565b8115613ea857603e8112801590613e93575b8015613e7c575b613e6a5791611d39916128f0931b612ec5565b505f12159050613dd657637fffffff90565b50613e8b6001613dee83612ef1565b821315613e57565b506001613e9f82612ef1565b1b821215613e50565b50506128f090613d5d565b916119086128f093611d3993613d26565b637fffffff198112159081613ed7575090565b637fffffff9150131590565b62ffffff811315613ef6575062ffffff90565b62fffffe198112156128f0575062fffffe1990565b90815f925b613f175750565b60011c918290613f2690612abf565b92613f10565b919392908060051c613f3e83836109b6565b5f19810190811161048d5781613f569160051c6109e1565b6001810180911161048d57601f936040860190613f8b613f81835198858760a083019b8c51936129e2565b97909616866109b6565b5f5b828110613fa957505050613fa59596975051926137f2565b9052565b806001918c01515f1a8184015301613f8d565b9060028210610d6f57613fce82613f0b565b6001810180911161048d57600190811c1b915b91613ff5613fef82856109ee565b826109b6565b60011c9080821015614008575091613fe1565b92505056fea2646970667358221220d5bfb3ec62f5e7538a9e32300fe5011539132e428d13bddc13d46d8c637661ad64736f6c63430008250033",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address coprocessor_, address staking_, address verifier_, address registry_, (uint96,uint64,uint64,uint8,uint128,uint16) cfg) returns()
func (disputeGame *DisputeGame) PackConstructor(coprocessor_ common.Address, staking_ common.Address, verifier_ common.Address, registry_ common.Address, cfg DisputeGameConfig) []byte {
	enc, err := disputeGame.abi.Pack("", coprocessor_, staking_, verifier_, registry_, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXROUNDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41d35582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROUNDS() view returns(uint256)
func (disputeGame *DisputeGame) PackMAXROUNDS() []byte {
	enc, err := disputeGame.abi.Pack("MAX_ROUNDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROUNDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41d35582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROUNDS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMAXROUNDS() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_ROUNDS")
}

// UnpackMAXROUNDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41d35582.
//
// Solidity: function MAX_ROUNDS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMAXROUNDS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("MAX_ROUNDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f73314c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arity(uint256 gameId) view returns(uint256)
func (disputeGame *DisputeGame) PackArity(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("arity", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f73314c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arity(uint256 gameId) view returns(uint256)
func (disputeGame *DisputeGame) TryPackArity(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("arity", gameId)
}

// UnpackArity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f73314c.
//
// Solidity: function arity(uint256 gameId) view returns(uint256)
func (disputeGame *DisputeGame) UnpackArity(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("arity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (disputeGame *DisputeGame) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := disputeGame.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (disputeGame *DisputeGame) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (disputeGame *DisputeGame) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc6a4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint256 gameId, bytes32[] commitments) returns()
func (disputeGame *DisputeGame) PackBisect(gameId *big.Int, commitments [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("bisect", gameId, commitments)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc6a4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint256 gameId, bytes32[] commitments) returns()
func (disputeGame *DisputeGame) TryPackBisect(gameId *big.Int, commitments [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("bisect", gameId, commitments)
}

// PackBoundary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1283f4f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundary(uint256 gameId, uint256 j) view returns(uint64)
func (disputeGame *DisputeGame) PackBoundary(gameId *big.Int, j *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("boundary", gameId, j)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoundary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1283f4f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function boundary(uint256 gameId, uint256 j) view returns(uint64)
func (disputeGame *DisputeGame) TryPackBoundary(gameId *big.Int, j *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("boundary", gameId, j)
}

// UnpackBoundary is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1283f4f0.
//
// Solidity: function boundary(uint256 gameId, uint256 j) view returns(uint64)
func (disputeGame *DisputeGame) UnpackBoundary(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("boundary", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a871c52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 requestId, uint8 k) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) PackChallenge(requestId *big.Int, k uint8) []byte {
	enc, err := disputeGame.abi.Pack("challenge", requestId, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a871c52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 requestId, uint8 k) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackChallenge(requestId *big.Int, k uint8) ([]byte, error) {
	return disputeGame.abi.Pack("challenge", requestId, k)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a871c52.
//
// Solidity: function challenge(uint256 requestId, uint8 k) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x602deb13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeMachine(uint256 requestId, uint8 k, bytes input, bytes output) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) PackChallengeMachine(requestId *big.Int, k uint8, input []byte, output []byte) []byte {
	enc, err := disputeGame.abi.Pack("challengeMachine", requestId, k, input, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeMachine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x602deb13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeMachine(uint256 requestId, uint8 k, bytes input, bytes output) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackChallengeMachine(requestId *big.Int, k uint8, input []byte, output []byte) ([]byte, error) {
	return disputeGame.abi.Pack("challengeMachine", requestId, k, input, output)
}

// UnpackChallengeMachine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x602deb13.
//
// Solidity: function challengeMachine(uint256 requestId, uint8 k, bytes input, bytes output) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackChallengeMachine(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("challengeMachine", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengerBond() view returns(uint96)
func (disputeGame *DisputeGame) PackChallengerBond() []byte {
	enc, err := disputeGame.abi.Pack("challengerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengerBond() view returns(uint96)
func (disputeGame *DisputeGame) TryPackChallengerBond() ([]byte, error) {
	return disputeGame.abi.Pack("challengerBond")
}

// UnpackChallengerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ccdc86.
//
// Solidity: function challengerBond() view returns(uint96)
func (disputeGame *DisputeGame) UnpackChallengerBond(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("challengerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613e25a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function choose(uint256 gameId, bytes32[] commitments, uint256 segment) returns()
func (disputeGame *DisputeGame) PackChoose(gameId *big.Int, commitments [][32]byte, segment *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("choose", gameId, commitments, segment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x613e25a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function choose(uint256 gameId, bytes32[] commitments, uint256 segment) returns()
func (disputeGame *DisputeGame) TryPackChoose(gameId *big.Int, commitments [][32]byte, segment *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("choose", gameId, commitments, segment)
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) PackClock() []byte {
	enc, err := disputeGame.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) TryPackClock() ([]byte, error) {
	return disputeGame.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) UnpackClock(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClockExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b6716c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clockExtension() view returns(uint64)
func (disputeGame *DisputeGame) PackClockExtension() []byte {
	enc, err := disputeGame.abi.Pack("clockExtension")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClockExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b6716c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clockExtension() view returns(uint64)
func (disputeGame *DisputeGame) TryPackClockExtension() ([]byte, error) {
	return disputeGame.abi.Pack("clockExtension")
}

// UnpackClockExtension is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b6716c0.
//
// Solidity: function clockExtension() view returns(uint64)
func (disputeGame *DisputeGame) UnpackClockExtension(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("clockExtension", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coprocessor() view returns(address)
func (disputeGame *DisputeGame) PackCoprocessor() []byte {
	enc, err := disputeGame.abi.Pack("coprocessor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coprocessor() view returns(address)
func (disputeGame *DisputeGame) TryPackCoprocessor() ([]byte, error) {
	return disputeGame.abi.Pack("coprocessor")
}

// UnpackCoprocessor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7382084a.
//
// Solidity: function coprocessor() view returns(address)
func (disputeGame *DisputeGame) UnpackCoprocessor(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("coprocessor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecutor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc34c08e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executor() view returns(address)
func (disputeGame *DisputeGame) PackExecutor() []byte {
	enc, err := disputeGame.abi.Pack("executor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecutor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc34c08e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executor() view returns(address)
func (disputeGame *DisputeGame) TryPackExecutor() ([]byte, error) {
	return disputeGame.abi.Pack("executor")
}

// UnpackExecutor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc34c08e5.
//
// Solidity: function executor() view returns(address)
func (disputeGame *DisputeGame) UnpackExecutor(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("executor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecutorLLM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e71161b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executorLLM() view returns(address)
func (disputeGame *DisputeGame) PackExecutorLLM() []byte {
	enc, err := disputeGame.abi.Pack("executorLLM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecutorLLM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e71161b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executorLLM() view returns(address)
func (disputeGame *DisputeGame) TryPackExecutorLLM() ([]byte, error) {
	return disputeGame.abi.Pack("executorLLM")
}

// UnpackExecutorLLM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e71161b.
//
// Solidity: function executorLLM() view returns(address)
func (disputeGame *DisputeGame) UnpackExecutorLLM(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("executorLLM", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 gameId) view returns((address,uint64,uint8,uint8,bool,address,uint64,uint32,uint64,uint64,uint64,uint32,uint256,bytes32,bytes32,bytes32) g)
func (disputeGame *DisputeGame) PackGetGame(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getGame", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGame(uint256 gameId) view returns((address,uint64,uint8,uint8,bool,address,uint64,uint32,uint64,uint64,uint64,uint32,uint256,bytes32,bytes32,bytes32) g)
func (disputeGame *DisputeGame) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((address,uint64,uint8,uint8,bool,address,uint64,uint32,uint64,uint64,uint64,uint32,uint256,bytes32,bytes32,bytes32) g)
func (disputeGame *DisputeGame) UnpackGetGame(data []byte) (DisputeGameGame, error) {
	out, err := disputeGame.abi.Unpack("getGame", data)
	if err != nil {
		return *new(DisputeGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameGame)).(*DisputeGameGame)
	return out0, nil
}

// PackMaxGameDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb64ea8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxGameDuration() view returns(uint256)
func (disputeGame *DisputeGame) PackMaxGameDuration() []byte {
	enc, err := disputeGame.abi.Pack("maxGameDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxGameDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb64ea8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxGameDuration() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMaxGameDuration() ([]byte, error) {
	return disputeGame.abi.Pack("maxGameDuration")
}

// UnpackMaxGameDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb64ea8c6.
//
// Solidity: function maxGameDuration() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMaxGameDuration(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("maxGameDuration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f67d87e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxK() view returns(uint8)
func (disputeGame *DisputeGame) PackMaxK() []byte {
	enc, err := disputeGame.abi.Pack("maxK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f67d87e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxK() view returns(uint8)
func (disputeGame *DisputeGame) TryPackMaxK() ([]byte, error) {
	return disputeGame.abi.Pack("maxK")
}

// UnpackMaxK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f67d87e.
//
// Solidity: function maxK() view returns(uint8)
func (disputeGame *DisputeGame) UnpackMaxK(data []byte) (uint8, error) {
	out, err := disputeGame.abi.Unpack("maxK", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackProveMicroStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87e2059.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveMicroStep(uint256 gameId, bytes proof) returns()
func (disputeGame *DisputeGame) PackProveMicroStep(gameId *big.Int, proof []byte) []byte {
	enc, err := disputeGame.abi.Pack("proveMicroStep", gameId, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveMicroStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87e2059.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveMicroStep(uint256 gameId, bytes proof) returns()
func (disputeGame *DisputeGame) TryPackProveMicroStep(gameId *big.Int, proof []byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveMicroStep", gameId, proof)
}

// PackProveProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce70a4c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveProgram(uint256 gameId, bytes vk, bytes proof) returns()
func (disputeGame *DisputeGame) PackProveProgram(gameId *big.Int, vk []byte, proof []byte) []byte {
	enc, err := disputeGame.abi.Pack("proveProgram", gameId, vk, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce70a4c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveProgram(uint256 gameId, bytes vk, bytes proof) returns()
func (disputeGame *DisputeGame) TryPackProveProgram(gameId *big.Int, vk []byte, proof []byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveProgram", gameId, vk, proof)
}

// PackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47f9debc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveStep(uint256 gameId, bytes vk, bytes32[] keyPath, bytes proof, bytes32 post) returns()
func (disputeGame *DisputeGame) PackProveStep(gameId *big.Int, vk []byte, keyPath [][32]byte, proof []byte, post [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("proveStep", gameId, vk, keyPath, proof, post)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47f9debc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveStep(uint256 gameId, bytes vk, bytes32[] keyPath, bytes proof, bytes32 post) returns()
func (disputeGame *DisputeGame) TryPackProveStep(gameId *big.Int, vk []byte, keyPath [][32]byte, proof []byte, post [32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveStep", gameId, vk, keyPath, proof, post)
}

// PackProveWrongInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5278df1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveWrongInput(uint256 gameId, bytes input) returns()
func (disputeGame *DisputeGame) PackProveWrongInput(gameId *big.Int, input []byte) []byte {
	enc, err := disputeGame.abi.Pack("proveWrongInput", gameId, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveWrongInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5278df1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveWrongInput(uint256 gameId, bytes input) returns()
func (disputeGame *DisputeGame) TryPackProveWrongInput(gameId *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveWrongInput", gameId, input)
}

// PackProveWrongOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae1dd599.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveWrongOutput(uint256 gameId, bytes output) returns()
func (disputeGame *DisputeGame) PackProveWrongOutput(gameId *big.Int, output []byte) []byte {
	enc, err := disputeGame.abi.Pack("proveWrongOutput", gameId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveWrongOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae1dd599.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveWrongOutput(uint256 gameId, bytes output) returns()
func (disputeGame *DisputeGame) TryPackProveWrongOutput(gameId *big.Int, output []byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveWrongOutput", gameId, output)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (disputeGame *DisputeGame) PackRegistry() []byte {
	enc, err := disputeGame.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (disputeGame *DisputeGame) TryPackRegistry() ([]byte, error) {
	return disputeGame.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (disputeGame *DisputeGame) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82328ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardBps() view returns(uint16)
func (disputeGame *DisputeGame) PackRewardBps() []byte {
	enc, err := disputeGame.abi.Pack("rewardBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82328ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardBps() view returns(uint16)
func (disputeGame *DisputeGame) TryPackRewardBps() ([]byte, error) {
	return disputeGame.abi.Pack("rewardBps")
}

// UnpackRewardBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82328ffc.
//
// Solidity: function rewardBps() view returns(uint16)
func (disputeGame *DisputeGame) UnpackRewardBps(data []byte) (uint16, error) {
	out, err := disputeGame.abi.Unpack("rewardBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSettleVoided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf900a5b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleVoided(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackSettleVoided(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("settleVoided", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleVoided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf900a5b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleVoided(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackSettleVoided(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("settleVoided", gameId)
}

// PackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashAmount() view returns(uint128)
func (disputeGame *DisputeGame) PackSlashAmount() []byte {
	enc, err := disputeGame.abi.Pack("slashAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashAmount() view returns(uint128)
func (disputeGame *DisputeGame) TryPackSlashAmount() ([]byte, error) {
	return disputeGame.abi.Pack("slashAmount")
}

// UnpackSlashAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8802834e.
//
// Solidity: function slashAmount() view returns(uint128)
func (disputeGame *DisputeGame) UnpackSlashAmount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("slashAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (disputeGame *DisputeGame) PackStaking() []byte {
	enc, err := disputeGame.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (disputeGame *DisputeGame) TryPackStaking() ([]byte, error) {
	return disputeGame.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (disputeGame *DisputeGame) UnpackStaking(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackTimeout(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("timeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackTimeout(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("timeout", gameId)
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (disputeGame *DisputeGame) PackTotalHeld() []byte {
	enc, err := disputeGame.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (disputeGame *DisputeGame) TryPackTotalHeld() ([]byte, error) {
	return disputeGame.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (disputeGame *DisputeGame) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) PackVerifier() []byte {
	enc, err := disputeGame.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) TryPackVerifier() ([]byte, error) {
	return disputeGame.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVoidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dcb586f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidOf(uint256 requestId, uint32 nonce) view returns((uint16,uint16,uint128))
func (disputeGame *DisputeGame) PackVoidOf(requestId *big.Int, nonce uint32) []byte {
	enc, err := disputeGame.abi.Pack("voidOf", requestId, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dcb586f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidOf(uint256 requestId, uint32 nonce) view returns((uint16,uint16,uint128))
func (disputeGame *DisputeGame) TryPackVoidOf(requestId *big.Int, nonce uint32) ([]byte, error) {
	return disputeGame.abi.Pack("voidOf", requestId, nonce)
}

// UnpackVoidOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9dcb586f.
//
// Solidity: function voidOf(uint256 requestId, uint32 nonce) view returns((uint16,uint16,uint128))
func (disputeGame *DisputeGame) UnpackVoidOf(data []byte) (DisputeGameVoid, error) {
	out, err := disputeGame.abi.Unpack("voidOf", data)
	if err != nil {
		return *new(DisputeGameVoid), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameVoid)).(*DisputeGameVoid)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (disputeGame *DisputeGame) PackWithdraw() []byte {
	enc, err := disputeGame.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (disputeGame *DisputeGame) TryPackWithdraw() ([]byte, error) {
	return disputeGame.abi.Pack("withdraw")
}

// DisputeGameBisected represents a Bisected event raised by the DisputeGame contract.
type DisputeGameBisected struct {
	GameId      *big.Int
	Lo          uint64
	Hi          uint64
	Commitments [][32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (DisputeGameBisected) ContractEventName() string {
	return DisputeGameBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint256 indexed gameId, uint64 lo, uint64 hi, bytes32[] commitments)
func (disputeGame *DisputeGame) UnpackBisectedEvent(log *types.Log) (*DisputeGameBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameBisected)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameGameResolved represents a GameResolved event raised by the DisputeGame contract.
type DisputeGameGameResolved struct {
	GameId    *big.Int
	RequestId *big.Int
	Status    uint8
	Paid      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameResolved) ContractEventName() string {
	return DisputeGameGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed gameId, uint256 indexed requestId, uint8 status, uint256 paid)
func (disputeGame *DisputeGame) UnpackGameResolvedEvent(log *types.Log) (*DisputeGameGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameGameStarted represents a GameStarted event raised by the DisputeGame contract.
type DisputeGameGameStarted struct {
	GameId     *big.Int
	RequestId  *big.Int
	Challenger common.Address
	Defender   common.Address
	Steps      uint64
	K          uint8
	C0         [32]byte
	CN         [32]byte
	Machine    bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameStartedEventName = "GameStarted"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameStarted) ContractEventName() string {
	return DisputeGameGameStartedEventName
}

// UnpackGameStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameStarted(uint256 indexed gameId, uint256 indexed requestId, address indexed challenger, address defender, uint64 steps, uint8 k, bytes32 c0, bytes32 cN, bool machine)
func (disputeGame *DisputeGame) UnpackGameStartedEvent(log *types.Log) (*DisputeGameGameStarted, error) {
	event := "GameStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameStarted)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameResultVoidShared represents a ResultVoidShared event raised by the DisputeGame contract.
type DisputeGameResultVoidShared struct {
	RequestId *big.Int
	Nonce     uint32
	Defender  common.Address
	Games     uint16
	Slashed   *big.Int
	Pot       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameResultVoidSharedEventName = "ResultVoidShared"

// ContractEventName returns the user-defined event name.
func (DisputeGameResultVoidShared) ContractEventName() string {
	return DisputeGameResultVoidSharedEventName
}

// UnpackResultVoidSharedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultVoidShared(uint256 indexed requestId, uint32 nonce, address indexed defender, uint16 games, uint256 slashed, uint256 pot)
func (disputeGame *DisputeGame) UnpackResultVoidSharedEvent(log *types.Log) (*DisputeGameResultVoidShared, error) {
	event := "ResultVoidShared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameResultVoidShared)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameSegmentChosen represents a SegmentChosen event raised by the DisputeGame contract.
type DisputeGameSegmentChosen struct {
	GameId  *big.Int
	Segment *big.Int
	Lo      uint64
	Hi      uint64
	CLo     [32]byte
	CHi     [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeGameSegmentChosenEventName = "SegmentChosen"

// ContractEventName returns the user-defined event name.
func (DisputeGameSegmentChosen) ContractEventName() string {
	return DisputeGameSegmentChosenEventName
}

// UnpackSegmentChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SegmentChosen(uint256 indexed gameId, uint256 segment, uint64 lo, uint64 hi, bytes32 cLo, bytes32 cHi)
func (disputeGame *DisputeGame) UnpackSegmentChosenEvent(log *types.Log) (*DisputeGameSegmentChosen, error) {
	event := "SegmentChosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameSegmentChosen)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameWithdrawn represents a Withdrawn event raised by the DisputeGame contract.
type DisputeGameWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DisputeGameWithdrawn) ContractEventName() string {
	return DisputeGameWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (disputeGame *DisputeGame) UnpackWithdrawnEvent(log *types.Log) (*DisputeGameWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameWithdrawn)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameWrongCommitmentProven represents a WrongCommitmentProven event raised by the DisputeGame contract.
type DisputeGameWrongCommitmentProven struct {
	RequestId *big.Int
	GameId    *big.Int
	By        common.Address
	Input     bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameWrongCommitmentProvenEventName = "WrongCommitmentProven"

// ContractEventName returns the user-defined event name.
func (DisputeGameWrongCommitmentProven) ContractEventName() string {
	return DisputeGameWrongCommitmentProvenEventName
}

// UnpackWrongCommitmentProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WrongCommitmentProven(uint256 indexed requestId, uint256 indexed gameId, address indexed by, bool input)
func (disputeGame *DisputeGame) UnpackWrongCommitmentProvenEvent(log *types.Log) (*DisputeGameWrongCommitmentProven, error) {
	event := "WrongCommitmentProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameWrongCommitmentProven)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["AlreadyVoided"].ID.Bytes()[:4]) {
		return disputeGame.UnpackAlreadyVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["AtLeaf"].ID.Bytes()[:4]) {
		return disputeGame.UnpackAtLeafError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["CommitmentCorrect"].ID.Bytes()[:4]) {
		return disputeGame.UnpackCommitmentCorrectError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["CommitmentsMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackCommitmentsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["DataMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GameNotOpen"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGameNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidArity"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidArityError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidSegment"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidSegmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoStepKeys"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoStepKeysError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotAtLeaf"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotAtLeafError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotMachineSettled"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotMachineSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotPayer"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotPayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotStaked"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ResultStillCurrent"].ID.Bytes()[:4]) {
		return disputeGame.UnpackResultStillCurrentError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["SampledGeneration"].ID.Bytes()[:4]) {
		return disputeGame.UnpackSampledGenerationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return disputeGame.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return disputeGame.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongCommitmentCount"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongCommitmentCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongGameKind"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongGameKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameAlreadyVoided represents a AlreadyVoided error raised by the DisputeGame contract.
type DisputeGameAlreadyVoided struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoided(uint256 gameId)
func DisputeGameAlreadyVoidedErrorID() common.Hash {
	return common.HexToHash("0x114aab003261115fc9f4b1a3c107ef0ae098afca630abea822792fd677a520d3")
}

// UnpackAlreadyVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoided(uint256 gameId)
func (disputeGame *DisputeGame) UnpackAlreadyVoidedError(raw []byte) (*DisputeGameAlreadyVoided, error) {
	out := new(DisputeGameAlreadyVoided)
	if err := disputeGame.abi.UnpackIntoInterface(out, "AlreadyVoided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameAtLeaf represents a AtLeaf error raised by the DisputeGame contract.
type DisputeGameAtLeaf struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AtLeaf(uint256 gameId)
func DisputeGameAtLeafErrorID() common.Hash {
	return common.HexToHash("0xe195efccb568934a2a524e5b6967ec53b9a9edb389dc9734484ef991f17c8448")
}

// UnpackAtLeafError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AtLeaf(uint256 gameId)
func (disputeGame *DisputeGame) UnpackAtLeafError(raw []byte) (*DisputeGameAtLeaf, error) {
	out := new(DisputeGameAtLeaf)
	if err := disputeGame.abi.UnpackIntoInterface(out, "AtLeaf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockExpired represents a ClockExpired error raised by the DisputeGame contract.
type DisputeGameClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func DisputeGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (disputeGame *DisputeGame) UnpackClockExpiredError(raw []byte) (*DisputeGameClockExpired, error) {
	out := new(DisputeGameClockExpired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockRunning represents a ClockRunning error raised by the DisputeGame contract.
type DisputeGameClockRunning struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId)
func DisputeGameClockRunningErrorID() common.Hash {
	return common.HexToHash("0x1c6b0349a438c16a525f1ac31d96bf659af9c473d2529f379e54c39ed3fbe663")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId)
func (disputeGame *DisputeGame) UnpackClockRunningError(raw []byte) (*DisputeGameClockRunning, error) {
	out := new(DisputeGameClockRunning)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameCommitmentCorrect represents a CommitmentCorrect error raised by the DisputeGame contract.
type DisputeGameCommitmentCorrect struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentCorrect()
func DisputeGameCommitmentCorrectErrorID() common.Hash {
	return common.HexToHash("0x6e05465aac5f0581e6de5e6d172a702adaefe8599906bd2930371540684ac867")
}

// UnpackCommitmentCorrectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentCorrect()
func (disputeGame *DisputeGame) UnpackCommitmentCorrectError(raw []byte) (*DisputeGameCommitmentCorrect, error) {
	out := new(DisputeGameCommitmentCorrect)
	if err := disputeGame.abi.UnpackIntoInterface(out, "CommitmentCorrect", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameCommitmentsMismatch represents a CommitmentsMismatch error raised by the DisputeGame contract.
type DisputeGameCommitmentsMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentsMismatch()
func DisputeGameCommitmentsMismatchErrorID() common.Hash {
	return common.HexToHash("0x949cabd50d334d067e592204776810c5fa8fc66501204eb37e669c3418d6b578")
}

// UnpackCommitmentsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentsMismatch()
func (disputeGame *DisputeGame) UnpackCommitmentsMismatchError(raw []byte) (*DisputeGameCommitmentsMismatch, error) {
	out := new(DisputeGameCommitmentsMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "CommitmentsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameDataMismatch represents a DataMismatch error raised by the DisputeGame contract.
type DisputeGameDataMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataMismatch()
func DisputeGameDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x866c41db17524aae26971868db133e9b30c8cccfa1a83b8be08202d5e16584ee")
}

// UnpackDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataMismatch()
func (disputeGame *DisputeGame) UnpackDataMismatchError(raw []byte) (*DisputeGameDataMismatch, error) {
	out := new(DisputeGameDataMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "DataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameGameNotOpen represents a GameNotOpen error raised by the DisputeGame contract.
type DisputeGameGameNotOpen struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameNotOpen(uint256 gameId)
func DisputeGameGameNotOpenErrorID() common.Hash {
	return common.HexToHash("0x035c69a6e123c9bf91ee8569a629b0e7720596039585cc518202c3456d8a6354")
}

// UnpackGameNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameNotOpen(uint256 gameId)
func (disputeGame *DisputeGame) UnpackGameNotOpenError(raw []byte) (*DisputeGameGameNotOpen, error) {
	out := new(DisputeGameGameNotOpen)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GameNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidArity represents a InvalidArity error raised by the DisputeGame contract.
type DisputeGameInvalidArity struct {
	K uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArity(uint8 k)
func DisputeGameInvalidArityErrorID() common.Hash {
	return common.HexToHash("0x69c39b9d210ed080deac28f5d6bc350cfedb0b2b2d9136ba5b642a63d5e14040")
}

// UnpackInvalidArityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArity(uint8 k)
func (disputeGame *DisputeGame) UnpackInvalidArityError(raw []byte) (*DisputeGameInvalidArity, error) {
	out := new(DisputeGameInvalidArity)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidArity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidConfig represents a InvalidConfig error raised by the DisputeGame contract.
type DisputeGameInvalidConfig struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string reason)
func DisputeGameInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string reason)
func (disputeGame *DisputeGame) UnpackInvalidConfigError(raw []byte) (*DisputeGameInvalidConfig, error) {
	out := new(DisputeGameInvalidConfig)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidProof represents a InvalidProof error raised by the DisputeGame contract.
type DisputeGameInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func DisputeGameInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (disputeGame *DisputeGame) UnpackInvalidProofError(raw []byte) (*DisputeGameInvalidProof, error) {
	out := new(DisputeGameInvalidProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidSegment represents a InvalidSegment error raised by the DisputeGame contract.
type DisputeGameInvalidSegment struct {
	Segment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSegment(uint256 segment)
func DisputeGameInvalidSegmentErrorID() common.Hash {
	return common.HexToHash("0x118a870561920b55ebfed358d69e1bc5b2cd31380c193829155e4a6c79998b9b")
}

// UnpackInvalidSegmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSegment(uint256 segment)
func (disputeGame *DisputeGame) UnpackInvalidSegmentError(raw []byte) (*DisputeGameInvalidSegment, error) {
	out := new(DisputeGameInvalidSegment)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidSegment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoStepKeys represents a NoStepKeys error raised by the DisputeGame contract.
type DisputeGameNoStepKeys struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStepKeys(uint256 modelId)
func DisputeGameNoStepKeysErrorID() common.Hash {
	return common.HexToHash("0x387b226ecfda7b4a391342f1d179bea0a17b936bdb060445ddd0070ee64f5ecc")
}

// UnpackNoStepKeysError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStepKeys(uint256 modelId)
func (disputeGame *DisputeGame) UnpackNoStepKeysError(raw []byte) (*DisputeGameNoStepKeys, error) {
	out := new(DisputeGameNoStepKeys)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoStepKeys", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotAtLeaf represents a NotAtLeaf error raised by the DisputeGame contract.
type DisputeGameNotAtLeaf struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAtLeaf(uint256 gameId)
func DisputeGameNotAtLeafErrorID() common.Hash {
	return common.HexToHash("0xd2e369020d09edf68c2800fbb8e285758527912bf931ae96d72cc7c4c176ca80")
}

// UnpackNotAtLeafError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAtLeaf(uint256 gameId)
func (disputeGame *DisputeGame) UnpackNotAtLeafError(raw []byte) (*DisputeGameNotAtLeaf, error) {
	out := new(DisputeGameNotAtLeaf)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotAtLeaf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotMachineSettled represents a NotMachineSettled error raised by the DisputeGame contract.
type DisputeGameNotMachineSettled struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMachineSettled(uint256 modelId)
func DisputeGameNotMachineSettledErrorID() common.Hash {
	return common.HexToHash("0x9ab4c6422a27a6a5e081e64419ea9e891c6edde43834b4a60b8f2b2935ab1227")
}

// UnpackNotMachineSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMachineSettled(uint256 modelId)
func (disputeGame *DisputeGame) UnpackNotMachineSettledError(raw []byte) (*DisputeGameNotMachineSettled, error) {
	out := new(DisputeGameNotMachineSettled)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotMachineSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotPayer represents a NotPayer error raised by the DisputeGame contract.
type DisputeGameNotPayer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPayer()
func DisputeGameNotPayerErrorID() common.Hash {
	return common.HexToHash("0x1435e3579e10b092db185e7a936873b0ea2125e5dd29d24c96c164f37d5e6db0")
}

// UnpackNotPayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPayer()
func (disputeGame *DisputeGame) UnpackNotPayerError(raw []byte) (*DisputeGameNotPayer, error) {
	out := new(DisputeGameNotPayer)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotPayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotStaked represents a NotStaked error raised by the DisputeGame contract.
type DisputeGameNotStaked struct {
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaked(address who)
func DisputeGameNotStakedErrorID() common.Hash {
	return common.HexToHash("0x2449d29bdb2bf314c45a5abe636e050bbc48291aa4b13c32b332f5b86f800d30")
}

// UnpackNotStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaked(address who)
func (disputeGame *DisputeGame) UnpackNotStakedError(raw []byte) (*DisputeGameNotStaked, error) {
	out := new(DisputeGameNotStaked)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourTurn represents a NotYourTurn error raised by the DisputeGame contract.
type DisputeGameNotYourTurn struct {
	GameId *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(uint256 gameId, address caller)
func DisputeGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x3848b1faf3923902cee64f137da71a1571ed9e993baf9964638fc8abc783d39d")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(uint256 gameId, address caller)
func (disputeGame *DisputeGame) UnpackNotYourTurnError(raw []byte) (*DisputeGameNotYourTurn, error) {
	out := new(DisputeGameNotYourTurn)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNothingToWithdraw represents a NothingToWithdraw error raised by the DisputeGame contract.
type DisputeGameNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func DisputeGameNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (disputeGame *DisputeGame) UnpackNothingToWithdrawError(raw []byte) (*DisputeGameNothingToWithdraw, error) {
	out := new(DisputeGameNothingToWithdraw)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameResultStillCurrent represents a ResultStillCurrent error raised by the DisputeGame contract.
type DisputeGameResultStillCurrent struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultStillCurrent(uint256 gameId)
func DisputeGameResultStillCurrentErrorID() common.Hash {
	return common.HexToHash("0xe8289e3925778c05c90b5ceb57370ec2ffdf94b49e00f807cf024e205ede5494")
}

// UnpackResultStillCurrentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultStillCurrent(uint256 gameId)
func (disputeGame *DisputeGame) UnpackResultStillCurrentError(raw []byte) (*DisputeGameResultStillCurrent, error) {
	out := new(DisputeGameResultStillCurrent)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ResultStillCurrent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameSampledGeneration represents a SampledGeneration error raised by the DisputeGame contract.
type DisputeGameSampledGeneration struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampledGeneration(uint256 requestId)
func DisputeGameSampledGenerationErrorID() common.Hash {
	return common.HexToHash("0x03d223faf89aa3699227dd1995071f510957c22df54077de907074f555b9df35")
}

// UnpackSampledGenerationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampledGeneration(uint256 requestId)
func (disputeGame *DisputeGame) UnpackSampledGenerationError(raw []byte) (*DisputeGameSampledGeneration, error) {
	out := new(DisputeGameSampledGeneration)
	if err := disputeGame.abi.UnpackIntoInterface(out, "SampledGeneration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameSelfChallenge represents a SelfChallenge error raised by the DisputeGame contract.
type DisputeGameSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func DisputeGameSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (disputeGame *DisputeGame) UnpackSelfChallengeError(raw []byte) (*DisputeGameSelfChallenge, error) {
	out := new(DisputeGameSelfChallenge)
	if err := disputeGame.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameTransferFailed represents a TransferFailed error raised by the DisputeGame contract.
type DisputeGameTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func DisputeGameTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (disputeGame *DisputeGame) UnpackTransferFailedError(raw []byte) (*DisputeGameTransferFailed, error) {
	out := new(DisputeGameTransferFailed)
	if err := disputeGame.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnknownGame represents a UnknownGame error raised by the DisputeGame contract.
type DisputeGameUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func DisputeGameUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (disputeGame *DisputeGame) UnpackUnknownGameError(raw []byte) (*DisputeGameUnknownGame, error) {
	out := new(DisputeGameUnknownGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongBond represents a WrongBond error raised by the DisputeGame contract.
type DisputeGameWrongBond struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func DisputeGameWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func (disputeGame *DisputeGame) UnpackWrongBondError(raw []byte) (*DisputeGameWrongBond, error) {
	out := new(DisputeGameWrongBond)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongCommitmentCount represents a WrongCommitmentCount error raised by the DisputeGame contract.
type DisputeGameWrongCommitmentCount struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongCommitmentCount(uint256 got, uint256 want)
func DisputeGameWrongCommitmentCountErrorID() common.Hash {
	return common.HexToHash("0x37db043d48df99f79b324bad4bc07b8f49161c08dd24d2cd8aa8b76e1fe709d3")
}

// UnpackWrongCommitmentCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongCommitmentCount(uint256 got, uint256 want)
func (disputeGame *DisputeGame) UnpackWrongCommitmentCountError(raw []byte) (*DisputeGameWrongCommitmentCount, error) {
	out := new(DisputeGameWrongCommitmentCount)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongCommitmentCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongGameKind represents a WrongGameKind error raised by the DisputeGame contract.
type DisputeGameWrongGameKind struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongGameKind(uint256 gameId)
func DisputeGameWrongGameKindErrorID() common.Hash {
	return common.HexToHash("0xd1eb29d8eaaebb93a057b01ca8e292df56f17836ea488cf202298784d50f9d35")
}

// UnpackWrongGameKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongGameKind(uint256 gameId)
func (disputeGame *DisputeGame) UnpackWrongGameKindError(raw []byte) (*DisputeGameWrongGameKind, error) {
	out := new(DisputeGameWrongGameKind)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongGameKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleClassifierMetaData contains all meta data concerning the ExampleClassifier contract.
var ExampleClassifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"coprocessor_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"argmaxHead_\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyCoprocessor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ClassificationFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"class_\",\"type\":\"uint32\"}],\"name\":\"Classified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ClassifyRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"argmaxHead\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"classOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"best\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"classify\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"coprocessor\",\"outputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"labels\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"voided\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"class_\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "0a62f6329c2ab714e128fcc69b224c69f2",
	Bin: "0x60e0346100c157601f6109ef38819003918201601f19168301916001600160401b038311848410176100c5578084926060946040528339810103126100c1578051906001600160a01b03821682036100c157604060208201519101519182151583036100c15760805260a05260c05260405161091590816100da823960805181818160ec0152818161020a015281816103f30152818161059501526106b1015260a0518181816101d0015261077b015260c0518181816106f701526107e70152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816343cdaad21461076657508063518d3a5f1461071c57806372f94eea146106e05780637382084a1461069c5780639779ea461461067f578063a1fbbfe71461055f578063b90070f714610176578063dc6c71a8146100ce5763f25fed481461007f575f80fd5b346100ca5760203660031901126100ca576004355f525f602052606060405f205463ffffffff6040519160ff81161515835260ff8160081c161515602084015260101c166040820152f35b5f80fd5b346100ca5760403660031901126100ca576004356100ea6107cc565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610163575f8281526020818152604091829020805461ffff1916610100179055905160ff90921682527eb43c1c09e28065afa1925414356cfd1ad0c96f8b36480bfc6fb738db20d6ff91a2005b636f7588f160e01b5f523360045260245ffd5b60603660031901126100ca5760043567ffffffffffffffff81116100ca576101a290369060040161079e565b906101ab6107cc565b9160443567ffffffffffffffff81168091036100ca57604051634790757760e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201819052620249f060248301529390926020846044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9384156104f5575f9461052b575b50833410610514576102538161089f565b91610261604051938461087d565b81835236828201116100ca57815f926020928386013783010152604051936101a0850185811067ffffffffffffffff82111761050057604052845260208401525f60408401525f606084015260ff6020946040516102bf878261087d565b5f815260808601521660a0840152620249f060c084015260e08301525f6101008301525f61012083015280610140830152336101608301525f61018083015282604051808094635ddb9cbb60e11b82528360048301528051602483015261036a61033a60208301516101a060448601526101c48501906108bb565b60408301516064850152606083015163ffffffff16608485015260808301518482036023190160a48601526108bb565b60a082015160ff1660c484015260c082015163ffffffff1660e484015260e082015167ffffffffffffffff166101048401526101008201516001600160a01b0390811661012485015261012083015161014485015261014083015161016485015261016083015181166101848501526101809092015182166101a48401529190910390829085907f0000000000000000000000000000000000000000000000000000000000000000165af19182156104f5575f926104c6575b5033827fec5d66db4e8d02ae38bbd11000542dd78eb5ec3ad3f0489d0818b630f20daec35f80a380341161045b575b50604051908152f35b34033481116104b2575f80808093335af13d156104ad573d61047c8161089f565b9061048a604051928361087d565b81525f843d92013e5b1561049e5782610452565b6312171d8360e31b5f5260045ffd5b610493565b634e487b7160e01b5f52601160045260245ffd5b9091508281813d83116104ee575b6104de818361087d565b810103126100ca57519083610423565b503d6104d4565b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b836378279ed960e11b5f523460045260245260445ffd5b9093506020813d602011610557575b816105476020938361087d565b810103126100ca57519286610242565b3d915061053a565b346100ca5760403660031901126100ca5760043560243567ffffffffffffffff81116100ca5761059390369060040161079e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610163576105cc916107dc565b60405190606082019082821067ffffffffffffffff831117610500577f4bf7844f7278c80f7e27d4194db3e944644c467a79b7a64dc854e9194b75fc4b9260209260405260018152828101915f835263ffffffff60408301911692838252865f525f855260405f209251151560ff8019855416911617835551151561ff0083549160081b169061ff0019161782555165ffffffff000082549160101b169065ffffffff00001916179055604051908152a2005b346100ca575f3660031901126100ca576020604051620249f08152f35b346100ca575f3660031901126100ca576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100ca575f3660031901126100ca5760206040517f000000000000000000000000000000000000000000000000000000000000000015158152f35b346100ca5760203660031901126100ca5760043567ffffffffffffffff81116100ca57610758610752602092369060040161079e565b906107dc565b63ffffffff60405191168152f35b346100ca575f3660031901126100ca576020907f00000000000000000000000000000000000000000000000000000000000000008152f35b9181601f840112156100ca5782359167ffffffffffffffff83116100ca57602083818601950101116100ca57565b6024359060ff821682036100ca57565b915f821580610874577f00000000000000000000000000000000000000000000000000000000000000006108685761085457833560f81c9160015b8481101561084c578086013560f81c60ff8516811161083a575b50600101610817565b935063ffffffff811692506001610831565b509250925050565b634e487b7160e01b5f52603260045260245ffd5b50509190503560f81c90565b50509150505f90565b90601f8019910116810190811067ffffffffffffffff82111761050057604052565b67ffffffffffffffff811161050057601f01601f191660200190565b805180835260209291819084018484015e5f828201840152601f01601f191601019056fea264697066735822122062f69509744f7810d9ecb7305cb31f0bf8a333d7a452dc41ceb4c4f618de2fed64736f6c63430008250033",
}

// ExampleClassifier is an auto generated Go binding around an Ethereum contract.
type ExampleClassifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ExampleClassifier) GetABI() abi.ABI {
	return c.abi
}

// NewExampleClassifier creates a new instance of ExampleClassifier.
func NewExampleClassifier() *ExampleClassifier {
	parsed, err := ExampleClassifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ExampleClassifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ExampleClassifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address coprocessor_, uint256 modelId_, bool argmaxHead_) returns()
func (exampleClassifier *ExampleClassifier) PackConstructor(coprocessor_ common.Address, modelId_ *big.Int, argmaxHead_ bool) []byte {
	enc, err := exampleClassifier.abi.Pack("", coprocessor_, modelId_, argmaxHead_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (exampleClassifier *ExampleClassifier) PackCALLBACKGAS() []byte {
	enc, err := exampleClassifier.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (exampleClassifier *ExampleClassifier) TryPackCALLBACKGAS() ([]byte, error) {
	return exampleClassifier.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint32)
func (exampleClassifier *ExampleClassifier) UnpackCALLBACKGAS(data []byte) (uint32, error) {
	out, err := exampleClassifier.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackArgmaxHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72f94eea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function argmaxHead() view returns(bool)
func (exampleClassifier *ExampleClassifier) PackArgmaxHead() []byte {
	enc, err := exampleClassifier.abi.Pack("argmaxHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArgmaxHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72f94eea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function argmaxHead() view returns(bool)
func (exampleClassifier *ExampleClassifier) TryPackArgmaxHead() ([]byte, error) {
	return exampleClassifier.abi.Pack("argmaxHead")
}

// UnpackArgmaxHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72f94eea.
//
// Solidity: function argmaxHead() view returns(bool)
func (exampleClassifier *ExampleClassifier) UnpackArgmaxHead(data []byte) (bool, error) {
	out, err := exampleClassifier.abi.Unpack("argmaxHead", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClassOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x518d3a5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classOf(bytes output) view returns(uint32 best)
func (exampleClassifier *ExampleClassifier) PackClassOf(output []byte) []byte {
	enc, err := exampleClassifier.abi.Pack("classOf", output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x518d3a5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classOf(bytes output) view returns(uint32 best)
func (exampleClassifier *ExampleClassifier) TryPackClassOf(output []byte) ([]byte, error) {
	return exampleClassifier.abi.Pack("classOf", output)
}

// UnpackClassOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x518d3a5f.
//
// Solidity: function classOf(bytes output) view returns(uint32 best)
func (exampleClassifier *ExampleClassifier) UnpackClassOf(data []byte) (uint32, error) {
	out, err := exampleClassifier.abi.Unpack("classOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClassify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb90070f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classify(bytes image, uint8 routes, uint64 deadline) payable returns(uint256 id)
func (exampleClassifier *ExampleClassifier) PackClassify(image []byte, routes uint8, deadline uint64) []byte {
	enc, err := exampleClassifier.abi.Pack("classify", image, routes, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb90070f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classify(bytes image, uint8 routes, uint64 deadline) payable returns(uint256 id)
func (exampleClassifier *ExampleClassifier) TryPackClassify(image []byte, routes uint8, deadline uint64) ([]byte, error) {
	return exampleClassifier.abi.Pack("classify", image, routes, deadline)
}

// UnpackClassify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb90070f7.
//
// Solidity: function classify(bytes image, uint8 routes, uint64 deadline) payable returns(uint256 id)
func (exampleClassifier *ExampleClassifier) UnpackClassify(data []byte) (*big.Int, error) {
	out, err := exampleClassifier.abi.Unpack("classify", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coprocessor() view returns(address)
func (exampleClassifier *ExampleClassifier) PackCoprocessor() []byte {
	enc, err := exampleClassifier.abi.Pack("coprocessor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coprocessor() view returns(address)
func (exampleClassifier *ExampleClassifier) TryPackCoprocessor() ([]byte, error) {
	return exampleClassifier.abi.Pack("coprocessor")
}

// UnpackCoprocessor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7382084a.
//
// Solidity: function coprocessor() view returns(address)
func (exampleClassifier *ExampleClassifier) UnpackCoprocessor(data []byte) (common.Address, error) {
	out, err := exampleClassifier.abi.Unpack("coprocessor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLabels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf25fed48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function labels(uint256 ) view returns(bool done, bool voided, uint32 class_)
func (exampleClassifier *ExampleClassifier) PackLabels(arg0 *big.Int) []byte {
	enc, err := exampleClassifier.abi.Pack("labels", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLabels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf25fed48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function labels(uint256 ) view returns(bool done, bool voided, uint32 class_)
func (exampleClassifier *ExampleClassifier) TryPackLabels(arg0 *big.Int) ([]byte, error) {
	return exampleClassifier.abi.Pack("labels", arg0)
}

// LabelsOutput serves as a container for the return parameters of contract
// method Labels.
type LabelsOutput struct {
	Done   bool
	Voided bool
	Class  uint32
}

// UnpackLabels is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf25fed48.
//
// Solidity: function labels(uint256 ) view returns(bool done, bool voided, uint32 class_)
func (exampleClassifier *ExampleClassifier) UnpackLabels(data []byte) (LabelsOutput, error) {
	out, err := exampleClassifier.abi.Unpack("labels", data)
	outstruct := new(LabelsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Done = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Voided = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Class = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(uint256)
func (exampleClassifier *ExampleClassifier) PackModelId() []byte {
	enc, err := exampleClassifier.abi.Pack("modelId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelId() view returns(uint256)
func (exampleClassifier *ExampleClassifier) TryPackModelId() ([]byte, error) {
	return exampleClassifier.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256)
func (exampleClassifier *ExampleClassifier) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := exampleClassifier.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc6c71a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceError(uint256 requestId, uint8 reason) returns()
func (exampleClassifier *ExampleClassifier) PackOnInferenceError(requestId *big.Int, reason uint8) []byte {
	enc, err := exampleClassifier.abi.Pack("onInferenceError", requestId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc6c71a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceError(uint256 requestId, uint8 reason) returns()
func (exampleClassifier *ExampleClassifier) TryPackOnInferenceError(requestId *big.Int, reason uint8) ([]byte, error) {
	return exampleClassifier.abi.Pack("onInferenceError", requestId, reason)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (exampleClassifier *ExampleClassifier) PackOnInferenceResult(requestId *big.Int, output []byte) []byte {
	enc, err := exampleClassifier.abi.Pack("onInferenceResult", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (exampleClassifier *ExampleClassifier) TryPackOnInferenceResult(requestId *big.Int, output []byte) ([]byte, error) {
	return exampleClassifier.abi.Pack("onInferenceResult", requestId, output)
}

// ExampleClassifierClassificationFailed represents a ClassificationFailed event raised by the ExampleClassifier contract.
type ExampleClassifierClassificationFailed struct {
	RequestId *big.Int
	Reason    uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleClassifierClassificationFailedEventName = "ClassificationFailed"

// ContractEventName returns the user-defined event name.
func (ExampleClassifierClassificationFailed) ContractEventName() string {
	return ExampleClassifierClassificationFailedEventName
}

// UnpackClassificationFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassificationFailed(uint256 indexed requestId, uint8 reason)
func (exampleClassifier *ExampleClassifier) UnpackClassificationFailedEvent(log *types.Log) (*ExampleClassifierClassificationFailed, error) {
	event := "ClassificationFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleClassifierClassificationFailed)
	if len(log.Data) > 0 {
		if err := exampleClassifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleClassifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleClassifierClassified represents a Classified event raised by the ExampleClassifier contract.
type ExampleClassifierClassified struct {
	RequestId *big.Int
	Class     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleClassifierClassifiedEventName = "Classified"

// ContractEventName returns the user-defined event name.
func (ExampleClassifierClassified) ContractEventName() string {
	return ExampleClassifierClassifiedEventName
}

// UnpackClassifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Classified(uint256 indexed requestId, uint32 class_)
func (exampleClassifier *ExampleClassifier) UnpackClassifiedEvent(log *types.Log) (*ExampleClassifierClassified, error) {
	event := "Classified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleClassifierClassified)
	if len(log.Data) > 0 {
		if err := exampleClassifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleClassifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleClassifierClassifyRequested represents a ClassifyRequested event raised by the ExampleClassifier contract.
type ExampleClassifierClassifyRequested struct {
	RequestId *big.Int
	By        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleClassifierClassifyRequestedEventName = "ClassifyRequested"

// ContractEventName returns the user-defined event name.
func (ExampleClassifierClassifyRequested) ContractEventName() string {
	return ExampleClassifierClassifyRequestedEventName
}

// UnpackClassifyRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassifyRequested(uint256 indexed requestId, address indexed by)
func (exampleClassifier *ExampleClassifier) UnpackClassifyRequestedEvent(log *types.Log) (*ExampleClassifierClassifyRequested, error) {
	event := "ClassifyRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleClassifierClassifyRequested)
	if len(log.Data) > 0 {
		if err := exampleClassifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleClassifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (exampleClassifier *ExampleClassifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], exampleClassifier.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return exampleClassifier.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleClassifier.abi.Errors["OnlyCoprocessor"].ID.Bytes()[:4]) {
		return exampleClassifier.UnpackOnlyCoprocessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleClassifier.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return exampleClassifier.UnpackTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExampleClassifierFeeTooLow represents a FeeTooLow error raised by the ExampleClassifier contract.
type ExampleClassifierFeeTooLow struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 required)
func ExampleClassifierFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 required)
func (exampleClassifier *ExampleClassifier) UnpackFeeTooLowError(raw []byte) (*ExampleClassifierFeeTooLow, error) {
	out := new(ExampleClassifierFeeTooLow)
	if err := exampleClassifier.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleClassifierOnlyCoprocessor represents a OnlyCoprocessor error raised by the ExampleClassifier contract.
type ExampleClassifierOnlyCoprocessor struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyCoprocessor(address caller)
func ExampleClassifierOnlyCoprocessorErrorID() common.Hash {
	return common.HexToHash("0x6f7588f1fe42dd94440ab297b1944e0434b3c6debe08f385dee5a9ae9f0824e2")
}

// UnpackOnlyCoprocessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyCoprocessor(address caller)
func (exampleClassifier *ExampleClassifier) UnpackOnlyCoprocessorError(raw []byte) (*ExampleClassifierOnlyCoprocessor, error) {
	out := new(ExampleClassifierOnlyCoprocessor)
	if err := exampleClassifier.abi.UnpackIntoInterface(out, "OnlyCoprocessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleClassifierTransferFailed represents a TransferFailed error raised by the ExampleClassifier contract.
type ExampleClassifierTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func ExampleClassifierTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (exampleClassifier *ExampleClassifier) UnpackTransferFailedError(raw []byte) (*ExampleClassifierTransferFailed, error) {
	out := new(ExampleClassifierTransferFailed)
	if err := exampleClassifier.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerMetaData contains all meta data concerning the ExampleStoryteller contract.
var ExampleStorytellerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"coprocessor_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"wordGas_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"InvalidMaxTokens\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrompt\",\"type\":\"uint256\"}],\"name\":\"InvalidPrompt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSampling\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotAnLLMModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyCoprocessor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"StoryFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"promptTokens\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"StoryRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"tokens\",\"type\":\"bytes\"}],\"name\":\"StoryTold\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_BASE_GAS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HEADER_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"}],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"coprocessor\",\"outputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"prompt\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperature\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topP\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"encodeRequest\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"}],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPrompt\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTokens\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"story\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"voided\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"malformed\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"tokens\",\"type\":\"bytes\"}],\"internalType\":\"structExampleStoryteller.Story\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"prompt\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperature\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topP\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"tell\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"tokensOf\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wordGas\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "4c1d66c148e22dd5a1eeec502fc26d449c",
	Bin: "0x61012080604052346102d1576060816118578038038091610020828561032d565b8339810103126102d1578051906001600160a01b0382168083036102d15760206004916100536040838601519501610350565b9460805260405192838092637b10399960e01b82525afa9081156102dd575f916102e8575b506040516361bb32fd60e11b8152600481018390529190608090839060249082906001600160a01b03165afa9182156102dd575f92610236575b50603863ffffffff8351161480159061021c575b80156101f6575b80156101e1575b80156101d1575b6101bf5760a05263ffffffff60208201511660331981019081116101ab57633fffffff9163ffffffff60609260021c1660c052015160021c1660e052610100526040516114f590816103628239608051818181610131015281816105b10152818161069201528181610767015281816109f80152610ba7015260a0518181816106510152818161082401526109b3015260c0518181816107e901528181610e2a0152610e5a015260e05181818160e501528181610db80152610de801526101005181818161072e01526111630152f35b634e487b7160e01b5f52601160045260245ffd5b633cabe40960e01b5f5260045260245ffd5b50600360608301511615156100db565b50600463ffffffff60408401511614156100d4565b5063ffffffff602083015116806033198101116101ab57600490603319900815156100cd565b5063ffffffff60208301511663ffffffff835116116100c6565b9091506080813d6080116102d5575b816102526080938361032d565b810103126102d15760405190608082016001600160401b038111838210176102bd576102b19160609160405261028781610350565b845261029560208201610350565b60208501526102a660408201610350565b604085015201610350565b6060820152905f6100b2565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b3d9150610245565b6040513d5f823e3d90fd5b90506020813d602011610325575b816103036020938361032d565b810103126102d15751906001600160a01b03821682036102d157906080610078565b3d91506102f6565b601f909101601f19168101906001600160401b038211908210176102bd57604052565b519063ffffffff821682036102d15756fe60806040526004361015610011575f80fd5b5f3560e01c8063266a9b1c146108bc57806337f3207c1461084757806343cdaad21461080d5780634a7debb5146107cd5780636b32bb5e146107b1578063734335a1146107965780637382084a1461075257806387eddb09146107125780638934c79a146106215780639b4ff1b0146105f0578063a1fbbfe714610563578063a2eb8927146103d3578063affed0e0146103b6578063beba8bbe14610212578063dc6c71a81461010d5763e8315742146100c9575f80fd5b34610109575f36600319011261010957602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101095760403660031901126101095760043560243560ff8116809103610109577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036101ff5760207fdb06ad2bc130508feb6b3d0338c7f903927270b8e3e9b7880ad184a4c94dfbd491835f525f8252600160405f208160a81b61ffff60a01b19825416178155016101ab81546111ef565b90816101bd575b5050604051908152a2005b81601f5f93116001146101d45750555b84806101b2565b8183528483206101f091601f0160051c8419019060010161127a565b808252818481209155556101cd565b636f7588f160e01b5f523360045260245ffd5b3461010957602036600319011261010957606060a060405161023381610f34565b5f81525f60208201525f60408201525f838201525f608082015201526004355f525f60205260405f2060405161026881610f34565b81549160018060a01b0383168252602082019260ff8160a01c1615158452604083019160ff8260a81c16151583526001606085019160ff8460b01c161515835263ffffffff608087019460b81c1684520192604051935f908054906102cc826111ef565b808852916001811690811561038f5750600114610352575b5050918493916102fe61034e9663ffffffff950386610f4f565b60a087019485526040519788976020895260018060a01b039051166020890152511515604088015251151560608701525115156080860152511660a08401525160c08084015260e0830190610f10565b0390f35b5f908152602081209092505b8183106103755750508401602001816102fe6102e4565b6001816020929493945483858b010152019101919061035e565b60ff19166020808a019190915292151560051b880190920192508391506102fe90506102e4565b34610109575f366003190112610109576020600154604051908152f35b34610109576020366003190112610109576004355f525f602052600160405f20016103fe81546111ef565b60021c61042361040d82611227565b9161041b6040519384610f4f565b808352611227565b602082019190601f19013683375f5b815181101561051a57600281901b906001600160fe1b03811681036105065763ff000000610460838761123e565b90549060031b1c60181b16600183018084116105065761048462ff0000918861123e565b90549060031b1c60101b161760028301808411610506576104a861ff00918861123e565b90549060031b1c60081b169260038101809111610506576104cb60ff918861123e565b90549060031b1c169084518310156104f257600193171760208260051b8501015201610432565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b50604051918291602083019060208452518091526040830191905f5b818110610544575050500390f35b825163ffffffff16845285945060209384019390920191600101610536565b34610109576040366003190112610109576024356001600160401b03811161010957366023820112156101095780600401356001600160401b038111610109573660248284010111610109577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036101ff5760246105ee9201600435611295565b005b3461010957602036600319011261010957602061061361060e610efd565b61115c565b63ffffffff60405191168152f35b346101095760203660031901126101095761068e602061064261060e610efd565b604051634790757760e11b81527f0000000000000000000000000000000000000000000000000000000000000000600482015263ffffffff909116602482015291829081906044820190565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610707575f906106d4575b602090604051908152f35b506020813d6020116106ff575b816106ee60209383610f4f565b8101031261010957602090516106c9565b3d91506106e1565b6040513d5f823e3d90fd5b34610109575f36600319011261010957602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610109575f366003190112610109576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610109575f36600319011261010957602060405160348152f35b34610109575f36600319011261010957602060405161ea608152f35b34610109575f36600319011261010957602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610109575f3660031901126101095760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101095760c0366003190112610109576004356001600160401b038111610109576108a861087d61034e923690600401610e81565b610885610eb1565b61088d610ec4565b610895610ed7565b9161089e610eea565b9360a43595610f9c565b604051918291602083526020830190610f10565b610100366003190112610109576004356001600160401b038111610109576108e8903690600401610e81565b6108f0610eb1565b906108f9610ec4565b90610902610ed7565b9361090b610eea565b60a4359060c4359660ff88168098036101095760e435956001600160401b038716809703610109578386158015610e52575b610e155763ffffffff8916158015610de0575b610d9d5763ffffffff8216610d66575063ffffffff821615801590610d57575b8015610d4e575b610d3f575b600154945f19861461050657868991600161099a9801600155610f9c565b926109a48161115c565b604051634790757760e11b81527f00000000000000000000000000000000000000000000000000000000000000006004820181905263ffffffff831660248301529094916020866044816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa958615610707575f96610d0b575b50853410610cf457604051966101a08801928884106001600160401b03851117610ce05763ffffffff93604052885260208801525f60408801525f6060880152602097604051610a788a82610f4f565b5f8152608089015260a08801521660c086015260e08501525f6101008501525f61012085015282610140850152336101608501525f61018085015284604051808096635ddb9cbb60e11b825283600483015280516024830152610b1f610aef60208301516101a060448601526101c4850190610f10565b60408301516064850152606083015163ffffffff16608485015260808301518482036023190160a4860152610f10565b60a082015160ff1660c484015260c082015163ffffffff1660e484015260e08201516001600160401b03166101048401526101008201516001600160a01b0390811661012485015261012083015161014485015261014083015161016485015261016083015181166101848501526101809092015182166101a48401529190910390829087907f0000000000000000000000000000000000000000000000000000000000000000165af1938415610707575f94610cad575b5063ffffffff90845f525f865260405f2080548360b81b8360b81b16908460b81b193316906bffffffffff00000000ffffff60a01b161717905581604051931683521684820152827fb922de0d821a4b7cd3d56683e1afaed22773bf152ca3472d313d11da1ff2712660403393a3803411610c56575b50604051908152f35b3403348111610506575f80808093335af13d15610ca8573d610c7781610f70565b90610c856040519283610f4f565b81525f843d92013e5b15610c995782610c4d565b6312171d8360e31b5f5260045ffd5b610c8e565b9093508481813d8311610cd9575b610cc58183610f4f565b8101031261010957519263ffffffff610bd7565b503d610cbb565b634e487b7160e01b5f52604160045260245ffd5b856378279ed960e11b5f523460045260245260445ffd5b9095506020813d602011610d37575b81610d2760209383610f4f565b8101031261010957519488610a28565b3d9150610d1a565b63b89917bd60e01b5f5260045ffd5b50831515610977565b5063ffffffff83161515610970565b61097c5792506001546040516020810191448352306040830152606082015260608152610d94608082610f4f565b5190209261097c565b63ffffffff89637b48572360e01b5f521660045263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b5063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001663ffffffff8a1611610950565b866302de3bb160e11b5f5260045263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b5063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016871161093d565b9181601f84011215610109578235916001600160401b038311610109576020808501948460051b01011161010957565b6024359063ffffffff8216820361010957565b6044359063ffffffff8216820361010957565b6064359063ffffffff8216820361010957565b6084359063ffffffff8216820361010957565b6004359063ffffffff8216820361010957565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60c081019081106001600160401b03821117610ce057604052565b90601f801991011681019081106001600160401b03821117610ce057604052565b6001600160401b038111610ce057601f01601f191660200190565b9081518110156104f2570160200190565b60405160e083811b6001600160e01b03199081166020840190815295821b8116602484015295811b8616602883015295861b8516602c8201529590941b909216603085015260348085019590955293835292939091610ffc605482610f4f565b600284901b906001600160fe1b03851685036105065760208261103a61102461107595610f70565b916110326040519384610f4f565b808352610f70565b8282019190601f19013683376040519889945180918587015e840190838201905f8252519283915e01015f815203601f198101865285610f4f565b83905f5b84811015611154578060051b8401359063ffffffff8216820361010957600281901b6001600160fe1b0382168203610506578060340190816034116105065760e084901b6001600160f81b0319165f1a6110d3838b610f8b565b53603581018083116105065760e885901b6001600160f81b0319165f1a906110fb908b610f8b565b5360368101908183116105065760379160f086901b6001600160f81b0319165f1a90611127908c610f8b565b53018091116105065760019260f81b6001600160f81b0319165f1a9061114d9089610f8b565b5301611079565b509250925050565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906403fffffffc63ffffffff82169160021b16908082046004149015171561050657601f81018091116105065760051c908181029181830414901517156105065761ea60018061ea60116105065763ffffffff8111156111e6575063ffffffff90565b63ffffffff1690565b90600182811c9216801561121d575b602083101461120957565b634e487b7160e01b5f52602260045260245ffd5b91607f16916111fe565b6001600160401b038111610ce05760051b60200190565b9061124982546111ef565b808210156104f2576020111561126357601f16601f039091565b91905f52601f60205f208360051c019216601f0390565b5f5b82811061128857505050565b5f8282015560010161127c565b9092915f93825f525f60205260405f20821580156114b3575b801561149c575b61145657805461ffff60a01b1916600160a01b178155600101946001600160401b038311611442576112e786546111ef565b601f81116113ff575b508095601f841160011461137657818491827fc59a660b092da74f143a9bf6482b631476c7d4169dcb0dbd777cfb3ee4c4fd16979899604096959161136b575b508360011b905f198560031b1c19161790555b83519485936020855281602086015285850137828201840152601f01601f19168101030190a2565b90508401355f611330565b80825260208220601f198516835b8181106113e757509160409493917fc59a660b092da74f143a9bf6482b631476c7d4169dcb0dbd777cfb3ee4c4fd16979899878095106113ce575b5050600183811b019055611343565b8501355f19600386901b60f8161c191690555f806113bf565b858a013583556020998a019960019093019201611384565b838111156112f057611434908783526020832090601f860160051c906020871061143a575b601f82910160051c03910161127a565b5f6112f0565b849150611424565b634e487b7160e01b81526041600452602490fd5b805460ff60b01b1916600160b01b179055505060405160ff8152919250907fdb06ad2bc130508feb6b3d0338c7f903927270b8e3e9b7880ad184a4c94dfbd490602090a2565b5080545f965060b61c6403fffffffc1683116112b5565b506003831615156112ae56fea2646970667358221220572ab8c590419cbc36af3c8ffd50c8d29a4aa4c692486a6b62dc3550915836f464736f6c63430008250033",
}

// ExampleStoryteller is an auto generated Go binding around an Ethereum contract.
type ExampleStoryteller struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ExampleStoryteller) GetABI() abi.ABI {
	return c.abi
}

// NewExampleStoryteller creates a new instance of ExampleStoryteller.
func NewExampleStoryteller() *ExampleStoryteller {
	parsed, err := ExampleStorytellerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ExampleStoryteller{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ExampleStoryteller) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address coprocessor_, uint256 modelId_, uint32 wordGas_) returns()
func (exampleStoryteller *ExampleStoryteller) PackConstructor(coprocessor_ common.Address, modelId_ *big.Int, wordGas_ uint32) []byte {
	enc, err := exampleStoryteller.abi.Pack("", coprocessor_, modelId_, wordGas_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKBASEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b32bb5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_BASE_GAS() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) PackCALLBACKBASEGAS() []byte {
	enc, err := exampleStoryteller.abi.Pack("CALLBACK_BASE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKBASEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b32bb5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_BASE_GAS() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) TryPackCALLBACKBASEGAS() ([]byte, error) {
	return exampleStoryteller.abi.Pack("CALLBACK_BASE_GAS")
}

// UnpackCALLBACKBASEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b32bb5e.
//
// Solidity: function CALLBACK_BASE_GAS() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) UnpackCALLBACKBASEGAS(data []byte) (uint32, error) {
	out, err := exampleStoryteller.abi.Unpack("CALLBACK_BASE_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackHEADERSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x734335a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HEADER_SIZE() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) PackHEADERSIZE() []byte {
	enc, err := exampleStoryteller.abi.Pack("HEADER_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHEADERSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x734335a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HEADER_SIZE() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) TryPackHEADERSIZE() ([]byte, error) {
	return exampleStoryteller.abi.Pack("HEADER_SIZE")
}

// UnpackHEADERSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x734335a1.
//
// Solidity: function HEADER_SIZE() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) UnpackHEADERSIZE(data []byte) (*big.Int, error) {
	out, err := exampleStoryteller.abi.Unpack("HEADER_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b4ff1b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGas(uint32 n) view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) PackCallbackGas(n uint32) []byte {
	enc, err := exampleStoryteller.abi.Pack("callbackGas", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b4ff1b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGas(uint32 n) view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) TryPackCallbackGas(n uint32) ([]byte, error) {
	return exampleStoryteller.abi.Pack("callbackGas", n)
}

// UnpackCallbackGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b4ff1b0.
//
// Solidity: function callbackGas(uint32 n) view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) UnpackCallbackGas(data []byte) (uint32, error) {
	out, err := exampleStoryteller.abi.Unpack("callbackGas", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coprocessor() view returns(address)
func (exampleStoryteller *ExampleStoryteller) PackCoprocessor() []byte {
	enc, err := exampleStoryteller.abi.Pack("coprocessor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coprocessor() view returns(address)
func (exampleStoryteller *ExampleStoryteller) TryPackCoprocessor() ([]byte, error) {
	return exampleStoryteller.abi.Pack("coprocessor")
}

// UnpackCoprocessor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7382084a.
//
// Solidity: function coprocessor() view returns(address)
func (exampleStoryteller *ExampleStoryteller) UnpackCoprocessor(data []byte) (common.Address, error) {
	out, err := exampleStoryteller.abi.Unpack("coprocessor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEncodeRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37f3207c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeRequest(uint32[] prompt, uint32 n, uint32 temperature, uint32 topK, uint32 topP, bytes32 seed) pure returns(bytes input)
func (exampleStoryteller *ExampleStoryteller) PackEncodeRequest(prompt []uint32, n uint32, temperature uint32, topK uint32, topP uint32, seed [32]byte) []byte {
	enc, err := exampleStoryteller.abi.Pack("encodeRequest", prompt, n, temperature, topK, topP, seed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37f3207c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeRequest(uint32[] prompt, uint32 n, uint32 temperature, uint32 topK, uint32 topP, bytes32 seed) pure returns(bytes input)
func (exampleStoryteller *ExampleStoryteller) TryPackEncodeRequest(prompt []uint32, n uint32, temperature uint32, topK uint32, topP uint32, seed [32]byte) ([]byte, error) {
	return exampleStoryteller.abi.Pack("encodeRequest", prompt, n, temperature, topK, topP, seed)
}

// UnpackEncodeRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37f3207c.
//
// Solidity: function encodeRequest(uint32[] prompt, uint32 n, uint32 temperature, uint32 topK, uint32 topP, bytes32 seed) pure returns(bytes input)
func (exampleStoryteller *ExampleStoryteller) UnpackEncodeRequest(data []byte) ([]byte, error) {
	out, err := exampleStoryteller.abi.Unpack("encodeRequest", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8934c79a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fee(uint32 n) view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) PackFee(n uint32) []byte {
	enc, err := exampleStoryteller.abi.Pack("fee", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8934c79a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fee(uint32 n) view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) TryPackFee(n uint32) ([]byte, error) {
	return exampleStoryteller.abi.Pack("fee", n)
}

// UnpackFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8934c79a.
//
// Solidity: function fee(uint32 n) view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) UnpackFee(data []byte) (*big.Int, error) {
	out, err := exampleStoryteller.abi.Unpack("fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxPrompt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7debb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPrompt() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) PackMaxPrompt() []byte {
	enc, err := exampleStoryteller.abi.Pack("maxPrompt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPrompt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7debb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPrompt() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) TryPackMaxPrompt() ([]byte, error) {
	return exampleStoryteller.abi.Pack("maxPrompt")
}

// UnpackMaxPrompt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a7debb5.
//
// Solidity: function maxPrompt() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) UnpackMaxPrompt(data []byte) (uint32, error) {
	out, err := exampleStoryteller.abi.Unpack("maxPrompt", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMaxTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8315742.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxTokens() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) PackMaxTokens() []byte {
	enc, err := exampleStoryteller.abi.Pack("maxTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8315742.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxTokens() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) TryPackMaxTokens() ([]byte, error) {
	return exampleStoryteller.abi.Pack("maxTokens")
}

// UnpackMaxTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8315742.
//
// Solidity: function maxTokens() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) UnpackMaxTokens(data []byte) (uint32, error) {
	out, err := exampleStoryteller.abi.Unpack("maxTokens", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) PackModelId() []byte {
	enc, err := exampleStoryteller.abi.Pack("modelId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelId() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) TryPackModelId() ([]byte, error) {
	return exampleStoryteller.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := exampleStoryteller.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) PackNonce() []byte {
	enc, err := exampleStoryteller.abi.Pack("nonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) TryPackNonce() ([]byte, error) {
	return exampleStoryteller.abi.Pack("nonce")
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaffed0e0.
//
// Solidity: function nonce() view returns(uint256)
func (exampleStoryteller *ExampleStoryteller) UnpackNonce(data []byte) (*big.Int, error) {
	out, err := exampleStoryteller.abi.Unpack("nonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc6c71a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceError(uint256 requestId, uint8 reason) returns()
func (exampleStoryteller *ExampleStoryteller) PackOnInferenceError(requestId *big.Int, reason uint8) []byte {
	enc, err := exampleStoryteller.abi.Pack("onInferenceError", requestId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc6c71a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceError(uint256 requestId, uint8 reason) returns()
func (exampleStoryteller *ExampleStoryteller) TryPackOnInferenceError(requestId *big.Int, reason uint8) ([]byte, error) {
	return exampleStoryteller.abi.Pack("onInferenceError", requestId, reason)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (exampleStoryteller *ExampleStoryteller) PackOnInferenceResult(requestId *big.Int, output []byte) []byte {
	enc, err := exampleStoryteller.abi.Pack("onInferenceResult", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (exampleStoryteller *ExampleStoryteller) TryPackOnInferenceResult(requestId *big.Int, output []byte) ([]byte, error) {
	return exampleStoryteller.abi.Pack("onInferenceResult", requestId, output)
}

// PackStory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbeba8bbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function story(uint256 requestId) view returns((address,bool,bool,bool,uint32,bytes))
func (exampleStoryteller *ExampleStoryteller) PackStory(requestId *big.Int) []byte {
	enc, err := exampleStoryteller.abi.Pack("story", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbeba8bbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function story(uint256 requestId) view returns((address,bool,bool,bool,uint32,bytes))
func (exampleStoryteller *ExampleStoryteller) TryPackStory(requestId *big.Int) ([]byte, error) {
	return exampleStoryteller.abi.Pack("story", requestId)
}

// UnpackStory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbeba8bbe.
//
// Solidity: function story(uint256 requestId) view returns((address,bool,bool,bool,uint32,bytes))
func (exampleStoryteller *ExampleStoryteller) UnpackStory(data []byte) (ExampleStorytellerStory, error) {
	out, err := exampleStoryteller.abi.Unpack("story", data)
	if err != nil {
		return *new(ExampleStorytellerStory), err
	}
	out0 := *abi.ConvertType(out[0], new(ExampleStorytellerStory)).(*ExampleStorytellerStory)
	return out0, nil
}

// PackTell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x266a9b1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tell(uint32[] prompt, uint32 n, uint32 temperature, uint32 topK, uint32 topP, bytes32 seed, uint8 routes, uint64 deadline) payable returns(uint256 id)
func (exampleStoryteller *ExampleStoryteller) PackTell(prompt []uint32, n uint32, temperature uint32, topK uint32, topP uint32, seed [32]byte, routes uint8, deadline uint64) []byte {
	enc, err := exampleStoryteller.abi.Pack("tell", prompt, n, temperature, topK, topP, seed, routes, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTell is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x266a9b1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tell(uint32[] prompt, uint32 n, uint32 temperature, uint32 topK, uint32 topP, bytes32 seed, uint8 routes, uint64 deadline) payable returns(uint256 id)
func (exampleStoryteller *ExampleStoryteller) TryPackTell(prompt []uint32, n uint32, temperature uint32, topK uint32, topP uint32, seed [32]byte, routes uint8, deadline uint64) ([]byte, error) {
	return exampleStoryteller.abi.Pack("tell", prompt, n, temperature, topK, topP, seed, routes, deadline)
}

// UnpackTell is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x266a9b1c.
//
// Solidity: function tell(uint32[] prompt, uint32 n, uint32 temperature, uint32 topK, uint32 topP, bytes32 seed, uint8 routes, uint64 deadline) payable returns(uint256 id)
func (exampleStoryteller *ExampleStoryteller) UnpackTell(data []byte) (*big.Int, error) {
	out, err := exampleStoryteller.abi.Unpack("tell", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokensOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2eb8927.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokensOf(uint256 requestId) view returns(uint32[] out)
func (exampleStoryteller *ExampleStoryteller) PackTokensOf(requestId *big.Int) []byte {
	enc, err := exampleStoryteller.abi.Pack("tokensOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokensOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2eb8927.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokensOf(uint256 requestId) view returns(uint32[] out)
func (exampleStoryteller *ExampleStoryteller) TryPackTokensOf(requestId *big.Int) ([]byte, error) {
	return exampleStoryteller.abi.Pack("tokensOf", requestId)
}

// UnpackTokensOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2eb8927.
//
// Solidity: function tokensOf(uint256 requestId) view returns(uint32[] out)
func (exampleStoryteller *ExampleStoryteller) UnpackTokensOf(data []byte) ([]uint32, error) {
	out, err := exampleStoryteller.abi.Unpack("tokensOf", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackWordGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87eddb09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wordGas() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) PackWordGas() []byte {
	enc, err := exampleStoryteller.abi.Pack("wordGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWordGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87eddb09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wordGas() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) TryPackWordGas() ([]byte, error) {
	return exampleStoryteller.abi.Pack("wordGas")
}

// UnpackWordGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87eddb09.
//
// Solidity: function wordGas() view returns(uint32)
func (exampleStoryteller *ExampleStoryteller) UnpackWordGas(data []byte) (uint32, error) {
	out, err := exampleStoryteller.abi.Unpack("wordGas", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// ExampleStorytellerStoryFailed represents a StoryFailed event raised by the ExampleStoryteller contract.
type ExampleStorytellerStoryFailed struct {
	RequestId *big.Int
	Reason    uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleStorytellerStoryFailedEventName = "StoryFailed"

// ContractEventName returns the user-defined event name.
func (ExampleStorytellerStoryFailed) ContractEventName() string {
	return ExampleStorytellerStoryFailedEventName
}

// UnpackStoryFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StoryFailed(uint256 indexed requestId, uint8 reason)
func (exampleStoryteller *ExampleStoryteller) UnpackStoryFailedEvent(log *types.Log) (*ExampleStorytellerStoryFailed, error) {
	event := "StoryFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleStoryteller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleStorytellerStoryFailed)
	if len(log.Data) > 0 {
		if err := exampleStoryteller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleStoryteller.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleStorytellerStoryRequested represents a StoryRequested event raised by the ExampleStoryteller contract.
type ExampleStorytellerStoryRequested struct {
	RequestId    *big.Int
	By           common.Address
	PromptTokens uint32
	MaxTokens    uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const ExampleStorytellerStoryRequestedEventName = "StoryRequested"

// ContractEventName returns the user-defined event name.
func (ExampleStorytellerStoryRequested) ContractEventName() string {
	return ExampleStorytellerStoryRequestedEventName
}

// UnpackStoryRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StoryRequested(uint256 indexed requestId, address indexed by, uint32 promptTokens, uint32 maxTokens)
func (exampleStoryteller *ExampleStoryteller) UnpackStoryRequestedEvent(log *types.Log) (*ExampleStorytellerStoryRequested, error) {
	event := "StoryRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleStoryteller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleStorytellerStoryRequested)
	if len(log.Data) > 0 {
		if err := exampleStoryteller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleStoryteller.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ExampleStorytellerStoryTold represents a StoryTold event raised by the ExampleStoryteller contract.
type ExampleStorytellerStoryTold struct {
	RequestId *big.Int
	Tokens    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ExampleStorytellerStoryToldEventName = "StoryTold"

// ContractEventName returns the user-defined event name.
func (ExampleStorytellerStoryTold) ContractEventName() string {
	return ExampleStorytellerStoryToldEventName
}

// UnpackStoryToldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StoryTold(uint256 indexed requestId, bytes tokens)
func (exampleStoryteller *ExampleStoryteller) UnpackStoryToldEvent(log *types.Log) (*ExampleStorytellerStoryTold, error) {
	event := "StoryTold"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exampleStoryteller.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExampleStorytellerStoryTold)
	if len(log.Data) > 0 {
		if err := exampleStoryteller.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exampleStoryteller.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (exampleStoryteller *ExampleStoryteller) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["InvalidMaxTokens"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackInvalidMaxTokensError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["InvalidPrompt"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackInvalidPromptError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["InvalidSampling"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackInvalidSamplingError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["NotAnLLMModel"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackNotAnLLMModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["OnlyCoprocessor"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackOnlyCoprocessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], exampleStoryteller.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return exampleStoryteller.UnpackTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExampleStorytellerFeeTooLow represents a FeeTooLow error raised by the ExampleStoryteller contract.
type ExampleStorytellerFeeTooLow struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 required)
func ExampleStorytellerFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 required)
func (exampleStoryteller *ExampleStoryteller) UnpackFeeTooLowError(raw []byte) (*ExampleStorytellerFeeTooLow, error) {
	out := new(ExampleStorytellerFeeTooLow)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerInvalidMaxTokens represents a InvalidMaxTokens error raised by the ExampleStoryteller contract.
type ExampleStorytellerInvalidMaxTokens struct {
	MaxTokens *big.Int
	Bound     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxTokens(uint256 maxTokens, uint256 bound)
func ExampleStorytellerInvalidMaxTokensErrorID() common.Hash {
	return common.HexToHash("0x7b485723fadf7cd33157f7eea9e805a376865cd92dfa9d507dd05f5842bcb9a9")
}

// UnpackInvalidMaxTokensError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxTokens(uint256 maxTokens, uint256 bound)
func (exampleStoryteller *ExampleStoryteller) UnpackInvalidMaxTokensError(raw []byte) (*ExampleStorytellerInvalidMaxTokens, error) {
	out := new(ExampleStorytellerInvalidMaxTokens)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "InvalidMaxTokens", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerInvalidPrompt represents a InvalidPrompt error raised by the ExampleStoryteller contract.
type ExampleStorytellerInvalidPrompt struct {
	Tokens    *big.Int
	MaxPrompt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrompt(uint256 tokens, uint256 maxPrompt)
func ExampleStorytellerInvalidPromptErrorID() common.Hash {
	return common.HexToHash("0x05bc776262f6db781d42128817953155b365f563684b6c3757dcfa4f99d911a0")
}

// UnpackInvalidPromptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrompt(uint256 tokens, uint256 maxPrompt)
func (exampleStoryteller *ExampleStoryteller) UnpackInvalidPromptError(raw []byte) (*ExampleStorytellerInvalidPrompt, error) {
	out := new(ExampleStorytellerInvalidPrompt)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "InvalidPrompt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerInvalidSampling represents a InvalidSampling error raised by the ExampleStoryteller contract.
type ExampleStorytellerInvalidSampling struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSampling()
func ExampleStorytellerInvalidSamplingErrorID() common.Hash {
	return common.HexToHash("0xb89917bdde9afedb696a4172237744a63bfa32c6a458eeada8bfca29a0b9e179")
}

// UnpackInvalidSamplingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSampling()
func (exampleStoryteller *ExampleStoryteller) UnpackInvalidSamplingError(raw []byte) (*ExampleStorytellerInvalidSampling, error) {
	out := new(ExampleStorytellerInvalidSampling)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "InvalidSampling", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerNotAnLLMModel represents a NotAnLLMModel error raised by the ExampleStoryteller contract.
type ExampleStorytellerNotAnLLMModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnLLMModel(uint256 modelId)
func ExampleStorytellerNotAnLLMModelErrorID() common.Hash {
	return common.HexToHash("0x3cabe409dbfd7fbec895cea0ca61c42f45476ef3b1db2f56880e8e15e9a882c2")
}

// UnpackNotAnLLMModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnLLMModel(uint256 modelId)
func (exampleStoryteller *ExampleStoryteller) UnpackNotAnLLMModelError(raw []byte) (*ExampleStorytellerNotAnLLMModel, error) {
	out := new(ExampleStorytellerNotAnLLMModel)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "NotAnLLMModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerOnlyCoprocessor represents a OnlyCoprocessor error raised by the ExampleStoryteller contract.
type ExampleStorytellerOnlyCoprocessor struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyCoprocessor(address caller)
func ExampleStorytellerOnlyCoprocessorErrorID() common.Hash {
	return common.HexToHash("0x6f7588f1fe42dd94440ab297b1944e0434b3c6debe08f385dee5a9ae9f0824e2")
}

// UnpackOnlyCoprocessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyCoprocessor(address caller)
func (exampleStoryteller *ExampleStoryteller) UnpackOnlyCoprocessorError(raw []byte) (*ExampleStorytellerOnlyCoprocessor, error) {
	out := new(ExampleStorytellerOnlyCoprocessor)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "OnlyCoprocessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExampleStorytellerTransferFailed represents a TransferFailed error raised by the ExampleStoryteller contract.
type ExampleStorytellerTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func ExampleStorytellerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (exampleStoryteller *ExampleStoryteller) UnpackTransferFailedError(raw []byte) (*ExampleStorytellerTransferFailed, error) {
	out := new(ExampleStorytellerTransferFailed)
	if err := exampleStoryteller.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierMetaData contains all meta data concerning the Groth16Verifier contract.
var Groth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"stateCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"inputs\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"c0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"cN\",\"type\":\"bytes32\"}],\"name\":\"verifyProgram\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"verifyProgramIO\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"vk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"keyPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"verifyStep\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "9b44ec77fdac5f6a49e7114bcccd9ef5dd",
	Bin: "0x60a03461007f57601f613ad238819003918201601f19168301916001600160401b038311848410176100835780849260209460405283398101031261007f57516001600160a01b038116810361007f57608052604051613a3a90816100988239608051818181610301015281816105ab015281816106b301526107d30152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631554c495146103d45780634e1a7ac9146103255780637b103999146102b757806396a0bbe8146101f2578063c8f62405146100ca5763f063c0861461005b575f80fd5b346100c65760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100c65760043567ffffffffffffffff81116100c6576100be6100b96100b2602093369060040161045b565b36916104fb565b610c82565b604051908152f35b5f80fd5b346100c65760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100c65760043567ffffffffffffffff81116100c65761011990369060040161045b565b9060243567ffffffffffffffff81116100c65761013a90369060040161045b565b60443567ffffffffffffffff81116100c65761015a903690600401610489565b92909467ffffffffffffffff84116101c5578360051b94602086019461018360405196876104ba565b855260208501958701953687116100c657602097905b8782106101b65750506101ac95506108fc565b6040519015158152f35b81358152908801908801610199565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b346100c65760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100c65760243567ffffffffffffffff81116100c65761024190369060040161045b565b60443567ffffffffffffffff81116100c65761026190369060040161045b565b91909260643567ffffffffffffffff81116100c65761028490369060040161045b565b906084359467ffffffffffffffff86116100c6576020966102ac6101ac97369060040161045b565b969095600435610780565b346100c6575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100c657602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100c65760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100c65760443567ffffffffffffffff81116100c65761037490369060040161045b565b60643567ffffffffffffffff81116100c657610394903690600401610489565b9190926084359267ffffffffffffffff84116100c6576020946103be6101ac95369060040161045b565b92909160c4359560a43595602435600435610664565b346100c65760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100c65760243567ffffffffffffffff81116100c65761042390369060040161045b565b6044359067ffffffffffffffff82116100c65760209261044a6101ac93369060040161045b565b90608435936064359360043561055f565b9181601f840112156100c65782359167ffffffffffffffff83116100c657602083818601950101116100c657565b9181601f840112156100c65782359167ffffffffffffffff83116100c6576020808501948460051b0101116100c657565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176101c557604052565b92919267ffffffffffffffff82116101c5576040519161054360207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601846104ba565b8294818452818301116100c6578281602093845f960137010152565b949094604051907f5a433a3f000000000000000000000000000000000000000000000000000000008252600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610659575f91610627575b50801590811561060b575b50610601576105fe956105f891610897565b936108fc565b90565b5050505050505f90565b90506106183684886104fb565b6020815191012014155f6105e6565b90506020813d602011610651575b81610642602093836104ba565b810103126100c657515f6105db565b3d9150610635565b6040513d5f823e3d90fd5b929491979390604051937f1fe0d96a000000000000000000000000000000000000000000000000000000008552600485015260408460248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610659575f945f92610734575b508115610725576107139467ffffffffffffffff610704368a8e6104fb565b60208151910120911692610b9e565b15610601576105fe956105f891610897565b50505050505050505050505f90565b945090506040843d604011610778575b81610751604093836104ba565b810103126100c65783519367ffffffffffffffff851685036100c65760200151905f6106e5565b3d9150610744565b97919395979692949096604051907f5a433a3f000000000000000000000000000000000000000000000000000000008252600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610659575f91610865575b508015908115610849575b5061083d576100b96105f89361082f6100b9610837946105fe9c36916104fb565b9336916104fb565b90610897565b50505050505050505f90565b905061085636868a6104fb565b6020815191012014155f61080e565b90506020813d60201161088f575b81610880602093836104ba565b810103126100c657515f610803565b3d9150610873565b91906040516108a76060826104ba565b600281526020810193604036863781948251156108cf57528051600110156108cf5760400152565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b919093929361020081108015610b48575b6109a7577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe408101908111610b1b5783519060018201809211610b1b5760061c03610b13576101008403610b13575f5b83518110156109b05783518110156108cf577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000160208260051b8601015110156109a75760010161095c565b50505050505f90565b5091939290936040519060019560406101c0820184378151915f604085019360808601925b818310610ad25750505087610a38575b50505050908391826109ff575b50506109fa57565b5f9150565b9091506040116100c65760207f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4791013510155f806109f2565b92610300836080610140602095604060c08c9e999c8560019c8a9e9f838d91377f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47808d8501350681030660608c0152848301903781846101008b013788516101c08a0152898901516101e08a0152858285016102008b013701610280880137016102c085013760085afa169151141692905f8080806109e5565b90919960019060406101c0838e0160061b880101883760208c60051b84010151855260408760608160075afa1660408860808160065afa169a0191906109d5565b505050505f90565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b50807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe40810111610b1b5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe408208151561090d565b949392919082821015610601575f925b806001851b10610c51575082850361060157939291905f935b828510610bd75750505050501490565b9091929394818610156108cf576001908660051b8601358285891c16155f14610c28576040519060208201928352604082015260408152610c196060826104ba565b519020955b0193929190610bc7565b906040519060208201928352604082015260408152610c486060826104ba565b51902095610c1e565b927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610b1b5760010192610bae565b8051907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182610cd1817f22dc0f123fdc23b8deebbea930d16e10937654d68b9a883795dcb43997c42dc6610d53565b08915f915b818310610ce35750505090565b90919283830390838211610b1b577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191601f8111610d4b575b610d3790602087860101519060031b610100031c8092610d53565b0892601f8101809111610b1b579190610cd6565b50601f610d1c565b9080820191827f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f01917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191098082018092017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea01917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191098082018092017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c0377363201917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a4901907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910980820190817f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017e8e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d78017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac3983017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a26017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c9017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb6017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb74017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa21017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae165017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc027017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc1017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f23827017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf152138017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e4017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d55017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa56017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a4017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc370017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd013812017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c498017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da4017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a9017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae03017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe2359017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b2911080704017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f0017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b6017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd9017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f1017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191099080820181819201907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001910891017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de660017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191098181018091017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a01918001907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191098082018092017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e01917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191098082018092017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff01917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191087f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001828009907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818009807f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109917f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182849309907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019109017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191089056fea26469706673582212207b928088b023e3f1e43bfe065fab38ea5008bd9c640a48db5fe84388e2e9209a64736f6c63430008250033",
}

// Groth16Verifier is an auto generated Go binding around an Ethereum contract.
type Groth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Groth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewGroth16Verifier creates a new instance of Groth16Verifier.
func NewGroth16Verifier() *Groth16Verifier {
	parsed, err := Groth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Groth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Groth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (groth16Verifier *Groth16Verifier) PackConstructor(registry_ common.Address) []byte {
	enc, err := groth16Verifier.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (groth16Verifier *Groth16Verifier) PackRegistry() []byte {
	enc, err := groth16Verifier.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (groth16Verifier *Groth16Verifier) TryPackRegistry() ([]byte, error) {
	return groth16Verifier.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (groth16Verifier *Groth16Verifier) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := groth16Verifier.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStateCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf063c086.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateCommitment(bytes b) pure returns(bytes32)
func (groth16Verifier *Groth16Verifier) PackStateCommitment(b []byte) []byte {
	enc, err := groth16Verifier.abi.Pack("stateCommitment", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf063c086.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateCommitment(bytes b) pure returns(bytes32)
func (groth16Verifier *Groth16Verifier) TryPackStateCommitment(b []byte) ([]byte, error) {
	return groth16Verifier.abi.Pack("stateCommitment", b)
}

// UnpackStateCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf063c086.
//
// Solidity: function stateCommitment(bytes b) pure returns(bytes32)
func (groth16Verifier *Groth16Verifier) UnpackStateCommitment(data []byte) ([32]byte, error) {
	out, err := groth16Verifier.abi.Unpack("stateCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f62405.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes vk, bytes proof, uint256[] inputs) view returns(bool)
func (groth16Verifier *Groth16Verifier) PackVerify(vk []byte, proof []byte, inputs []*big.Int) []byte {
	enc, err := groth16Verifier.abi.Pack("verify", vk, proof, inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f62405.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes vk, bytes proof, uint256[] inputs) view returns(bool)
func (groth16Verifier *Groth16Verifier) TryPackVerify(vk []byte, proof []byte, inputs []*big.Int) ([]byte, error) {
	return groth16Verifier.abi.Pack("verify", vk, proof, inputs)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8f62405.
//
// Solidity: function verify(bytes vk, bytes proof, uint256[] inputs) view returns(bool)
func (groth16Verifier *Groth16Verifier) UnpackVerify(data []byte) (bool, error) {
	out, err := groth16Verifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1554c495.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProgram(uint256 modelId, bytes vk, bytes proof, bytes32 c0, bytes32 cN) view returns(bool)
func (groth16Verifier *Groth16Verifier) PackVerifyProgram(modelId *big.Int, vk []byte, proof []byte, c0 [32]byte, cN [32]byte) []byte {
	enc, err := groth16Verifier.abi.Pack("verifyProgram", modelId, vk, proof, c0, cN)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1554c495.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProgram(uint256 modelId, bytes vk, bytes proof, bytes32 c0, bytes32 cN) view returns(bool)
func (groth16Verifier *Groth16Verifier) TryPackVerifyProgram(modelId *big.Int, vk []byte, proof []byte, c0 [32]byte, cN [32]byte) ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyProgram", modelId, vk, proof, c0, cN)
}

// UnpackVerifyProgram is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1554c495.
//
// Solidity: function verifyProgram(uint256 modelId, bytes vk, bytes proof, bytes32 c0, bytes32 cN) view returns(bool)
func (groth16Verifier *Groth16Verifier) UnpackVerifyProgram(data []byte) (bool, error) {
	out, err := groth16Verifier.abi.Unpack("verifyProgram", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyProgramIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96a0bbe8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProgramIO(uint256 modelId, bytes vk, bytes proof, bytes input, bytes output) view returns(bool)
func (groth16Verifier *Groth16Verifier) PackVerifyProgramIO(modelId *big.Int, vk []byte, proof []byte, input []byte, output []byte) []byte {
	enc, err := groth16Verifier.abi.Pack("verifyProgramIO", modelId, vk, proof, input, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProgramIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96a0bbe8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProgramIO(uint256 modelId, bytes vk, bytes proof, bytes input, bytes output) view returns(bool)
func (groth16Verifier *Groth16Verifier) TryPackVerifyProgramIO(modelId *big.Int, vk []byte, proof []byte, input []byte, output []byte) ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyProgramIO", modelId, vk, proof, input, output)
}

// UnpackVerifyProgramIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96a0bbe8.
//
// Solidity: function verifyProgramIO(uint256 modelId, bytes vk, bytes proof, bytes input, bytes output) view returns(bool)
func (groth16Verifier *Groth16Verifier) UnpackVerifyProgramIO(data []byte) (bool, error) {
	out, err := groth16Verifier.abi.Unpack("verifyProgramIO", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1a7ac9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStep(uint256 modelId, uint256 step, bytes vk, bytes32[] keyPath, bytes proof, bytes32 pre, bytes32 post) view returns(bool)
func (groth16Verifier *Groth16Verifier) PackVerifyStep(modelId *big.Int, step *big.Int, vk []byte, keyPath [][32]byte, proof []byte, pre [32]byte, post [32]byte) []byte {
	enc, err := groth16Verifier.abi.Pack("verifyStep", modelId, step, vk, keyPath, proof, pre, post)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1a7ac9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStep(uint256 modelId, uint256 step, bytes vk, bytes32[] keyPath, bytes proof, bytes32 pre, bytes32 post) view returns(bool)
func (groth16Verifier *Groth16Verifier) TryPackVerifyStep(modelId *big.Int, step *big.Int, vk []byte, keyPath [][32]byte, proof []byte, pre [32]byte, post [32]byte) ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyStep", modelId, step, vk, keyPath, proof, pre, post)
}

// UnpackVerifyStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1a7ac9.
//
// Solidity: function verifyStep(uint256 modelId, uint256 step, bytes vk, bytes32[] keyPath, bytes proof, bytes32 pre, bytes32 post) view returns(bool)
func (groth16Verifier *Groth16Verifier) UnpackVerifyStep(data []byte) (bool, error) {
	out, err := groth16Verifier.abi.Unpack("verifyStep", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"checkGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCheckGas\",\"type\":\"uint256\"}],\"name\":\"SizesTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"name\":\"ModelFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ModelOwnershipOffered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ModelOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepKeyRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programVkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"minInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minOutput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutput\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structModelRegistry.Sizes\",\"name\":\"sizes\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"machineHeader\",\"type\":\"bytes32\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CHECK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"minInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minOutput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutput\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.Sizes\",\"name\":\"z\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"proven\",\"type\":\"bool\"}],\"name\":\"checkGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"g\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepKeyRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programVkHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"minInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minOutput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutput\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.Sizes\",\"name\":\"sizes\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"weightRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"machineHeader\",\"type\":\"bytes32\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"machineOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"machineHeader\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"programKeyOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"programVkHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"programOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stepKeyRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programVkHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"minInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minOutput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutput\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.Sizes\",\"name\":\"sizes\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"weightRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"machineHeader\",\"type\":\"bytes32\"}],\"internalType\":\"structModelRegistry.ModelParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"requestTerms\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"disputable\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"hasProgramKey\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"minInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minOutput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutput\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.Sizes\",\"name\":\"sizes\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"sizesOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"minInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxInput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minOutput\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOutput\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.Sizes\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"stepKeysOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stepKeyRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "b36fd4c0795a1f1faca1f9a5da1569518c",
	Bin: "0x6080806040523460155761146d908161001a8239f35b5f80fdfe60e06040526004361015610011575f80fd5b5f3560e01c80631d10338c14610d4b5780631fe0d96a14610cf757806329507f7314610c645780632b800e3b14610c32578063320c6ff014610b9f57806334ac281614610b585780634936613b14610b0e5780635a433a3f14610ab95780636d3616941461093b5780637b65a1de1461087b578063952289cf146107bf578063b71742c0146107a2578063c37665fa14610761578063c6a645fe14610745578063e0f0c6041461019a5763fd554cdf146100c9575f80fd5b34610196576020366003190112610196576004355f818152600160205260409020546001600160a01b0316801561018357330361016d57805f52600160205260ff60405f205460e01c1661015b575f818152600160205260408120805460ff60e01b1916600160e01b1790557ff5201226a8a9c25d2b88221fb737afa13bed245e01ec515454bf815db7374f7a9080a2005b632959ba2760e21b5f5260045260245ffd5b6304b41e2760e31b5f526004523360245260445ffd5b50632380022d60e01b5f5260045260245ffd5b5f80fd5b34610196576020366003190112610196576004356001600160401b038111610196576101806003198236030112610196578060040135801561070b5760248201906001600160401b036101ec83610f01565b16156106d857608060a319843603011261019657610208610dfe565b61021460a48501610e1d565b815261022260c48501610e1d565b936020820194855261023660e48201610e1d565b936040830194855261024b6101048301610e1d565b6060840190815263ffffffff84511680159081156106c7575b506106935763ffffffff8651168015908115610682575b5061064d57606483013596871515966102948887610e6a565b624000008111610634575061014485013560a0526101648501356080526102c08660805160a051610faa565b5f545f1981146106205760010197885f556102da85610f01565b93604487013560c05260c0511590811591610614575b6102fc60848901610f15565b63ffffffff8080808d511698511696511692511694604051956101e08701938785106001600160401b03861117610600578f96988f998f96604052338a5260208a019b6001600160401b03168c5260408a01975f895260608b01901515815260808b0191825260a08b01966001600160801b0316875260c08b0192835260e08b019586526101008b019384526101208b019485526101408b019788526101608b019860c0518a526101808c019a8b526101a08c019b60a0518d526101c081019d8e60805190525f52600160205260405f209e8f91600160a01b6001900390600160a01b60019003905116166001600160601b0360a01b835416178255518154906001600160401b0360a01b9060a01b16906001600160401b0360a01b19161790555115158d549060ff60e01b9060e01b169060ff60e01b1916178d55511515908c549060ff60f01b9051151560f01b169160ff60e81b9060e81b169061ffff60e81b191617178b5560018b0194516001600160801b03166001600160801b03166001600160801b03198654161785555184549363ffffffff60a01b905160a01b169163ffffffff60c01b905160c01b169263ffffffff60e01b905160e01b1693600160e01b600190039163ffffffff60801b9060801b16906001600160601b0360801b19161716171717905551600286015551600385015551600484015551600583015551906006015561050f90610f01565b9161051c60848301610f15565b9161012481013590602219813603018212156101965701926004840135936001600160401b03851161019657602401968436038813610196576020976105b47fd114165b7492809c91b30ad0373e4bf3c2581011ca081fd50a39335b69301025946001600160801b038a9789956001600160401b036040519816885260c0518e89015260408801521660608601526080850190610e2e565b610160610100840152816101608401526101808301375f610180858301015260a051610120820152608051610140820152610180813395601f80199101168101030190a4604051908152f35b634e487b7160e01b5f52604160045260245ffd5b60a051151591506102f0565b634e487b7160e01b5f52601160045260245ffd5b634654f43560e11b5f526004526240000060245260445ffd5b60405163f2b451db60e01b815260206004820152600c60248201526b6f75747075742073697a657360a01b6044820152606490fd5b905063ffffffff825116108861027b565b60405163f2b451db60e01b815260206004820152600b60248201526a696e7075742073697a657360a81b6044820152606490fd5b905063ffffffff8851161088610264565b60405163f2b451db60e01b815260206004820152600a6024820152697a65726f20737465707360b01b6044820152606490fd5b60405163f2b451db60e01b81526020600482015260116024820152700f4cae4de40e0e4decee4c2da40d0c2e6d607b1b6044820152606490fd5b34610196575f3660031901126101965760205f54604051908152f35b346101965760203660031901126101965761077a610ee1565b506004355f526001602052608061079360405f20610f5e565b6107a06040518092610e2e565bf35b34610196575f366003190112610196576020604051624000008152f35b3461019657602036600319011261019657600435805f52600260205260018060a01b0360405f2054163314801590610873575b61085d575f8181526001602090815260408083208054336001600160a01b0319808316821790935560029094529184208054909116905590926001600160a01b03909116917f6bb8f319b3f749ccf0b0850c3564d63dffac19290083e450476a826a00bbe3759080a4005b636f393dbd60e11b5f526004523360245260445ffd5b5033156107f2565b34610196576040366003190112610196576004356024356001600160801b038116809103610196575f828152600160205260409020546001600160a01b031680156109285733036109115760207fec1623ec74c50f70e2528fa62bd09e0b2c44e4daa57c6d1a760f3dc06ae0a13791835f5260018252600160405f2001816001600160801b0319825416179055604051908152a2005b506304b41e2760e31b5f526004523360245260445ffd5b82632380022d60e01b5f5260045260245ffd5b34610196576020366003190112610196576004355f61012061095b610dde565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015261098a610ee1565b60e0820152610100810183905201525f81815260016020526040902080546001600160a01b038116918215610aa6576101a09350610a966001600160801b03600183015416600283015460038401546004850154916001600160801b036109f087610f5e565b9460066005890154980154986001600160401b03610a0c610dde565b8c81526101206020820191838560a01c16835260ff604082019560e01c1615158552606081019586526080810197885260a0810198895260c08101998a5260e081019a8b5261010081019c8d52019b8c526040519c8d52511660208c015251151560408b0152511660608901525160808801525160a08701525160c08601525160e0850190610e2e565b5161016083015251610180820152f35b83632380022d60e01b5f5260045260245ffd5b34610196576020366003190112610196576004355f81815260016020526040902080549091906001600160a01b031615610afc5760206004830154604051908152f35b632380022d60e01b5f5260045260245ffd5b34610196576020366003190112610196576004355f81815260016020526040902080546001600160a01b031615610183578060066005604093015491015482519182526020820152f35b3461019657602036600319011261019657600435805f52600160205260405f209060018060a01b03825416908115610afc5750600260409201549082519182526020820152f35b3461019657602036600319011261019657600435610bbb610ee1565b505f8181526001602052604090208054916001600160a01b03831615610afc57506107a06101009260ff610bfc6001600160801b0360018601541694610f5e565b91604051948552818160e01c1615156020860152818160e81c161515604086015260f01c16151560608401526080830190610e2e565b34610196576020366003190112610196576004355f526002602052602060018060a01b0360405f205416604051908152f35b34610196576040366003190112610196576024356001600160a01b0381169060043590829003610196575f818152600160205260409020546001600160a01b0316801561018357330361016d57805f52600260205260405f20826001600160601b0360a01b82541617905533907f5bcdb68a8dd00501604292835a2e7263b0b62c2c7898efb7fd96cca34f0caf805f80a4005b34610196576020366003190112610196576004355f818152600160205260409020805490916001600160a01b03821615610afc5750600360409201546001600160401b0383519260a01c1682526020820152f35b3461019657366003190160a081126101965760801361019657610d6c610dfe565b60043563ffffffff8116810361019657815260243563ffffffff8116810361019657602082015260443563ffffffff8116810361019657604082015260643563ffffffff8116810361019657606082015260843590811515820361019657602091610dd691610e6a565b604051908152f35b6040519061014082018281106001600160401b0382111761060057604052565b60405190608082018281106001600160401b0382111761060057604052565b359063ffffffff8216820361019657565b63ffffffff60608092828151168552826020820151166020860152826040820151166040860152015116910152565b9190820180921161062057565b919091610e8f63ffffffff6060610e8682602086015116610f3c565b93015116610f3c565b80821115610edb57815b620493e0019182620493e011610620578294610eb457505050565b6206ddd00190816206ddd01161062057610ecd91610e5d565b908111610ed75750565b9150565b80610e99565b610ee9610dfe565b905f82525f60208301525f60408301525f6060830152565b356001600160401b03811681036101965790565b356001600160801b03811681036101965790565b8181029291811591840414171561062057565b601e810180911161062057601f900480611d4c0290611d4c8204036106205790565b600190610f69610ee1565b500154610f74610dfe565b9063ffffffff8160801c16825263ffffffff8160a01c16602083015263ffffffff8160c01c16604083015260e01c606082015290565b919091156113df57815f1a908260011a9183601e1a9281159081156113d4575b81156113cb575b81156113c0575b5080156113b6575b80156113aa575b61115a5783600f1a928460151a918085109081159161139f575b5061110d57600114611191576001600160401b038460b01c161561115a5763ffffffff808560301c169460101c169284158015611152575b61110d576020901b8411908115611145575b5061110d5763ffffffff8151168314928315936110f8575b5082156110e3575b82156110ce575b505061107a57565b60405163f2b451db60e01b815260206004820152602560248201527f6d616368696e65206c656e67746873206469666665722066726f6d207468652060448201526473697a657360d81b6064820152608490fd5b6060015163ffffffff16141590505f80611072565b604081015163ffffffff16821415925061106b565b602082015163ffffffff16141592505f611063565b60405163f2b451db60e01b815260206004820152600f60248201526e6d616368696e6520726567696f6e7360881b6044820152606490fd5b602091501b82115f61104b565b508315611039565b60405163f2b451db60e01b815260206004820152600e60248201526d36b0b1b434b732903432b0b232b960911b6044820152606490fd5b91909263ffffffff8160d01c169061ffff8160b01c169163ffffffff8260301c1681158015611397575b801561138d575b801561137c575b61115a575f198101938185116106205761121561121a9261120c6111f56001600160401b039689610f29565b916112078961ffff8a60c01c16610f29565b610f29565b60011c90610e5d565b610e5d565b1161133d57603863ffffffff86511610918215611305575b5081156112ef575b81156112d0575b5061127e57602063ffffffff8185015116911b10918215611265575b505061110d57565b6060015163ffffffff16602090911b1090505f8061125d565b60405163f2b451db60e01b8152602060048201526024808201527f6d616368696e652073697a657320617265206e6f7420612067656e65726174696044820152636f6e277360e01b6064820152608490fd5b90506403fffffffc63ffffffff60608601511691602e1c16105f611241565b9050600463ffffffff604086015116109061123a565b602086015191925063ffffffff909116906001600160fe1b03811681036106205760021b60340190816034116106205711905f611232565b60405163f2b451db60e01b81526020600482015260166024820152756d616368696e65207374657073206f766572666c6f7760501b6044820152606490fd5b5063ffffffff8360101c16156111c9565b50600281106111c2565b5083156111bb565b90508210155f611001565b5060ff84161515610fe7565b5060018311610fe0565b60289150115f610fd8565b80159150610fd1565b602883119150610fca565b506113e657565b60405163f2b451db60e01b815260206004820152602260248201527f6d616368696e652068656164657220776974686f75742077656967687420726f6044820152611bdd60f21b6064820152608490fdfea2646970667358221220e36e481098ac98f0a11a8dd8a1b2b02f1a777b99688978704db0b624a349bfc564736f6c63430008250033",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXCHECKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb71742c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHECK_GAS() view returns(uint256)
func (modelRegistry *ModelRegistry) PackMAXCHECKGAS() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_CHECK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHECKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb71742c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHECK_GAS() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackMAXCHECKGAS() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_CHECK_GAS")
}

// UnpackMAXCHECKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb71742c0.
//
// Solidity: function MAX_CHECK_GAS() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackMAXCHECKGAS(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("MAX_CHECK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x952289cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) PackAcceptOwnership(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("acceptOwnership", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x952289cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) TryPackAcceptOwnership(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("acceptOwnership", modelId)
}

// PackCheckGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d10338c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkGas((uint32,uint32,uint32,uint32) z, bool proven) pure returns(uint256 g)
func (modelRegistry *ModelRegistry) PackCheckGas(z ModelRegistrySizes, proven bool) []byte {
	enc, err := modelRegistry.abi.Pack("checkGas", z, proven)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d10338c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkGas((uint32,uint32,uint32,uint32) z, bool proven) pure returns(uint256 g)
func (modelRegistry *ModelRegistry) TryPackCheckGas(z ModelRegistrySizes, proven bool) ([]byte, error) {
	return modelRegistry.abi.Pack("checkGas", z, proven)
}

// UnpackCheckGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d10338c.
//
// Solidity: function checkGas((uint32,uint32,uint32,uint32) z, bool proven) pure returns(uint256 g)
func (modelRegistry *ModelRegistry) UnpackCheckGas(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("checkGas", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) PackDeprecate(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("deprecate", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) TryPackDeprecate(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("deprecate", modelId)
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(uint256 modelId) view returns((address,uint64,bool,uint128,bytes32,bytes32,bytes32,(uint32,uint32,uint32,uint32),bytes32,bytes32) m)
func (modelRegistry *ModelRegistry) PackGetModel(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(uint256 modelId) view returns((address,uint64,bool,uint128,bytes32,bytes32,bytes32,(uint32,uint32,uint32,uint32),bytes32,bytes32) m)
func (modelRegistry *ModelRegistry) TryPackGetModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 modelId) view returns((address,uint64,bool,uint128,bytes32,bytes32,bytes32,(uint32,uint32,uint32,uint32),bytes32,bytes32) m)
func (modelRegistry *ModelRegistry) UnpackGetModel(data []byte) (ModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("getModel", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
	return out0, nil
}

// PackMachineOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4936613b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function machineOf(uint256 modelId) view returns(bytes32 weightRoot, bytes32 machineHeader)
func (modelRegistry *ModelRegistry) PackMachineOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("machineOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMachineOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4936613b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function machineOf(uint256 modelId) view returns(bytes32 weightRoot, bytes32 machineHeader)
func (modelRegistry *ModelRegistry) TryPackMachineOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("machineOf", modelId)
}

// MachineOfOutput serves as a container for the return parameters of contract
// method MachineOf.
type MachineOfOutput struct {
	WeightRoot    [32]byte
	MachineHeader [32]byte
}

// UnpackMachineOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4936613b.
//
// Solidity: function machineOf(uint256 modelId) view returns(bytes32 weightRoot, bytes32 machineHeader)
func (modelRegistry *ModelRegistry) UnpackMachineOf(data []byte) (MachineOfOutput, error) {
	out, err := modelRegistry.abi.Unpack("machineOf", data)
	outstruct := new(MachineOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.WeightRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.MachineHeader = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) PackModelCount() []byte {
	enc, err := modelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackModelCount() ([]byte, error) {
	return modelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b800e3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner(uint256 ) view returns(address)
func (modelRegistry *ModelRegistry) PackPendingOwner(arg0 *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("pendingOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b800e3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner(uint256 ) view returns(address)
func (modelRegistry *ModelRegistry) TryPackPendingOwner(arg0 *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("pendingOwner", arg0)
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b800e3b.
//
// Solidity: function pendingOwner(uint256 ) view returns(address)
func (modelRegistry *ModelRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProgramKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a433a3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programKeyOf(uint256 modelId) view returns(bytes32 programVkHash)
func (modelRegistry *ModelRegistry) PackProgramKeyOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("programKeyOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a433a3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programKeyOf(uint256 modelId) view returns(bytes32 programVkHash)
func (modelRegistry *ModelRegistry) TryPackProgramKeyOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("programKeyOf", modelId)
}

// UnpackProgramKeyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a433a3f.
//
// Solidity: function programKeyOf(uint256 modelId) view returns(bytes32 programVkHash)
func (modelRegistry *ModelRegistry) UnpackProgramKeyOf(data []byte) ([32]byte, error) {
	out, err := modelRegistry.abi.Unpack("programKeyOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProgramOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34ac2816.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programOf(uint256 modelId) view returns(bytes32 programHash, address owner)
func (modelRegistry *ModelRegistry) PackProgramOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("programOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34ac2816.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programOf(uint256 modelId) view returns(bytes32 programHash, address owner)
func (modelRegistry *ModelRegistry) TryPackProgramOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("programOf", modelId)
}

// ProgramOfOutput serves as a container for the return parameters of contract
// method ProgramOf.
type ProgramOfOutput struct {
	ProgramHash [32]byte
	Owner       common.Address
}

// UnpackProgramOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34ac2816.
//
// Solidity: function programOf(uint256 modelId) view returns(bytes32 programHash, address owner)
func (modelRegistry *ModelRegistry) UnpackProgramOf(data []byte) (ProgramOfOutput, error) {
	out, err := modelRegistry.abi.Unpack("programOf", data)
	outstruct := new(ProgramOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ProgramHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Owner = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0f0c604.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register((bytes32,uint64,bytes32,bytes32,uint128,(uint32,uint32,uint32,uint32),string,bytes32,bytes32) p) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegister(p ModelRegistryModelParams) []byte {
	enc, err := modelRegistry.abi.Pack("register", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0f0c604.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register((bytes32,uint64,bytes32,bytes32,uint128,(uint32,uint32,uint32,uint32),string,bytes32,bytes32) p) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegister(p ModelRegistryModelParams) ([]byte, error) {
	return modelRegistry.abi.Pack("register", p)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0f0c604.
//
// Solidity: function register((bytes32,uint64,bytes32,bytes32,uint128,(uint32,uint32,uint32,uint32),string,bytes32,bytes32) p) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x320c6ff0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestTerms(uint256 modelId) view returns(uint128 fee, bool deprecated, bool disputable, bool hasProgramKey, (uint32,uint32,uint32,uint32) sizes)
func (modelRegistry *ModelRegistry) PackRequestTerms(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("requestTerms", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x320c6ff0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestTerms(uint256 modelId) view returns(uint128 fee, bool deprecated, bool disputable, bool hasProgramKey, (uint32,uint32,uint32,uint32) sizes)
func (modelRegistry *ModelRegistry) TryPackRequestTerms(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("requestTerms", modelId)
}

// RequestTermsOutput serves as a container for the return parameters of contract
// method RequestTerms.
type RequestTermsOutput struct {
	Fee           *big.Int
	Deprecated    bool
	Disputable    bool
	HasProgramKey bool
	Sizes         ModelRegistrySizes
}

// UnpackRequestTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x320c6ff0.
//
// Solidity: function requestTerms(uint256 modelId) view returns(uint128 fee, bool deprecated, bool disputable, bool hasProgramKey, (uint32,uint32,uint32,uint32) sizes)
func (modelRegistry *ModelRegistry) UnpackRequestTerms(data []byte) (RequestTermsOutput, error) {
	out, err := modelRegistry.abi.Unpack("requestTerms", data)
	outstruct := new(RequestTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Deprecated = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Disputable = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.HasProgramKey = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Sizes = *abi.ConvertType(out[4], new(ModelRegistrySizes)).(*ModelRegistrySizes)
	return *outstruct, nil
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b65a1de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint256 modelId, uint128 fee) returns()
func (modelRegistry *ModelRegistry) PackSetFee(modelId *big.Int, fee *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("setFee", modelId, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b65a1de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint256 modelId, uint128 fee) returns()
func (modelRegistry *ModelRegistry) TryPackSetFee(modelId *big.Int, fee *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("setFee", modelId, fee)
}

// PackSizesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc37665fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sizesOf(uint256 modelId) view returns((uint32,uint32,uint32,uint32))
func (modelRegistry *ModelRegistry) PackSizesOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("sizesOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSizesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc37665fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sizesOf(uint256 modelId) view returns((uint32,uint32,uint32,uint32))
func (modelRegistry *ModelRegistry) TryPackSizesOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("sizesOf", modelId)
}

// UnpackSizesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc37665fa.
//
// Solidity: function sizesOf(uint256 modelId) view returns((uint32,uint32,uint32,uint32))
func (modelRegistry *ModelRegistry) UnpackSizesOf(data []byte) (ModelRegistrySizes, error) {
	out, err := modelRegistry.abi.Unpack("sizesOf", data)
	if err != nil {
		return *new(ModelRegistrySizes), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistrySizes)).(*ModelRegistrySizes)
	return out0, nil
}

// PackStepKeysOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe0d96a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepKeysOf(uint256 modelId) view returns(uint64 steps, bytes32 stepKeyRoot)
func (modelRegistry *ModelRegistry) PackStepKeysOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("stepKeysOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepKeysOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe0d96a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepKeysOf(uint256 modelId) view returns(uint64 steps, bytes32 stepKeyRoot)
func (modelRegistry *ModelRegistry) TryPackStepKeysOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("stepKeysOf", modelId)
}

// StepKeysOfOutput serves as a container for the return parameters of contract
// method StepKeysOf.
type StepKeysOfOutput struct {
	Steps       uint64
	StepKeyRoot [32]byte
}

// UnpackStepKeysOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fe0d96a.
//
// Solidity: function stepKeysOf(uint256 modelId) view returns(uint64 steps, bytes32 stepKeyRoot)
func (modelRegistry *ModelRegistry) UnpackStepKeysOf(data []byte) (StepKeysOfOutput, error) {
	out, err := modelRegistry.abi.Unpack("stepKeysOf", data)
	outstruct := new(StepKeysOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Steps = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.StepKeyRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(uint256 modelId, address to) returns()
func (modelRegistry *ModelRegistry) PackTransferOwnership(modelId *big.Int, to common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("transferOwnership", modelId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(uint256 modelId, address to) returns()
func (modelRegistry *ModelRegistry) TryPackTransferOwnership(modelId *big.Int, to common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("transferOwnership", modelId, to)
}

// ModelRegistryModelDeprecated represents a ModelDeprecated event raised by the ModelRegistry contract.
type ModelRegistryModelDeprecated struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelDeprecatedEventName = "ModelDeprecated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelDeprecated) ContractEventName() string {
	return ModelRegistryModelDeprecatedEventName
}

// UnpackModelDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeprecated(uint256 indexed modelId)
func (modelRegistry *ModelRegistry) UnpackModelDeprecatedEvent(log *types.Log) (*ModelRegistryModelDeprecated, error) {
	event := "ModelDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelDeprecated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelFeeChanged represents a ModelFeeChanged event raised by the ModelRegistry contract.
type ModelRegistryModelFeeChanged struct {
	ModelId *big.Int
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelFeeChangedEventName = "ModelFeeChanged"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelFeeChanged) ContractEventName() string {
	return ModelRegistryModelFeeChangedEventName
}

// UnpackModelFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelFeeChanged(uint256 indexed modelId, uint128 fee)
func (modelRegistry *ModelRegistry) UnpackModelFeeChangedEvent(log *types.Log) (*ModelRegistryModelFeeChanged, error) {
	event := "ModelFeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelFeeChanged)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelOwnershipOffered represents a ModelOwnershipOffered event raised by the ModelRegistry contract.
type ModelRegistryModelOwnershipOffered struct {
	ModelId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelOwnershipOfferedEventName = "ModelOwnershipOffered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelOwnershipOffered) ContractEventName() string {
	return ModelRegistryModelOwnershipOfferedEventName
}

// UnpackModelOwnershipOfferedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelOwnershipOffered(uint256 indexed modelId, address indexed from, address indexed to)
func (modelRegistry *ModelRegistry) UnpackModelOwnershipOfferedEvent(log *types.Log) (*ModelRegistryModelOwnershipOffered, error) {
	event := "ModelOwnershipOffered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelOwnershipOffered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelOwnershipTransferred represents a ModelOwnershipTransferred event raised by the ModelRegistry contract.
type ModelRegistryModelOwnershipTransferred struct {
	ModelId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelOwnershipTransferredEventName = "ModelOwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelOwnershipTransferred) ContractEventName() string {
	return ModelRegistryModelOwnershipTransferredEventName
}

// UnpackModelOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelOwnershipTransferred(uint256 indexed modelId, address indexed from, address indexed to)
func (modelRegistry *ModelRegistry) UnpackModelOwnershipTransferredEvent(log *types.Log) (*ModelRegistryModelOwnershipTransferred, error) {
	event := "ModelOwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId       *big.Int
	Owner         common.Address
	ProgramHash   [32]byte
	Steps         uint64
	StepKeyRoot   [32]byte
	ProgramVkHash [32]byte
	Fee           *big.Int
	Sizes         ModelRegistrySizes
	MetadataURI   string
	WeightRoot    [32]byte
	MachineHeader [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed owner, bytes32 indexed programHash, uint64 steps, bytes32 stepKeyRoot, bytes32 programVkHash, uint128 fee, (uint32,uint32,uint32,uint32) sizes, string metadataURI, bytes32 weightRoot, bytes32 machineHeader)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InvalidModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInvalidModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotModelOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotModelOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotPendingOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotPendingOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["SizesTooLarge"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackSizesTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryAlreadyDeprecated represents a AlreadyDeprecated error raised by the ModelRegistry contract.
type ModelRegistryAlreadyDeprecated struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeprecated(uint256 modelId)
func ModelRegistryAlreadyDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xa566e89c1173e306540da1276a93bdabc08286beaf5c8765a6ea1c9fdcb246ba")
}

// UnpackAlreadyDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeprecated(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackAlreadyDeprecatedError(raw []byte) (*ModelRegistryAlreadyDeprecated, error) {
	out := new(ModelRegistryAlreadyDeprecated)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "AlreadyDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryInvalidModel represents a InvalidModel error raised by the ModelRegistry contract.
type ModelRegistryInvalidModel struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidModel(string reason)
func ModelRegistryInvalidModelErrorID() common.Hash {
	return common.HexToHash("0xf2b451db1f0f84cb627ec110cfeefbcbde6d0ae8a44989a8ed5414a7bc197bc0")
}

// UnpackInvalidModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidModel(string reason)
func (modelRegistry *ModelRegistry) UnpackInvalidModelError(raw []byte) (*ModelRegistryInvalidModel, error) {
	out := new(ModelRegistryInvalidModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InvalidModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotModelOwner represents a NotModelOwner error raised by the ModelRegistry contract.
type ModelRegistryNotModelOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModelOwner(uint256 modelId, address caller)
func ModelRegistryNotModelOwnerErrorID() common.Hash {
	return common.HexToHash("0x25a0f138b9f431edbdb764e5493fb6e83edb0cd2ec44878255eebc6a0455a08a")
}

// UnpackNotModelOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModelOwner(uint256 modelId, address caller)
func (modelRegistry *ModelRegistry) UnpackNotModelOwnerError(raw []byte) (*ModelRegistryNotModelOwner, error) {
	out := new(ModelRegistryNotModelOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotModelOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotPendingOwner represents a NotPendingOwner error raised by the ModelRegistry contract.
type ModelRegistryNotPendingOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPendingOwner(uint256 modelId, address caller)
func ModelRegistryNotPendingOwnerErrorID() common.Hash {
	return common.HexToHash("0xde727b7a0f0e0027b5148965e49b1fc681f06a3e3fb3c6ff1027b4e4efcde64f")
}

// UnpackNotPendingOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPendingOwner(uint256 modelId, address caller)
func (modelRegistry *ModelRegistry) UnpackNotPendingOwnerError(raw []byte) (*ModelRegistryNotPendingOwner, error) {
	out := new(ModelRegistryNotPendingOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotPendingOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistrySizesTooLarge represents a SizesTooLarge error raised by the ModelRegistry contract.
type ModelRegistrySizesTooLarge struct {
	CheckGas    *big.Int
	MaxCheckGas *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SizesTooLarge(uint256 checkGas, uint256 maxCheckGas)
func ModelRegistrySizesTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8ca9e86a03b8ae9b70289da18586e8d0126375298d608786622e936f5f28f5e9")
}

// UnpackSizesTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SizesTooLarge(uint256 checkGas, uint256 maxCheckGas)
func (modelRegistry *ModelRegistry) UnpackSizesTooLargeError(raw []byte) (*ModelRegistrySizesTooLarge, error) {
	out := new(ModelRegistrySizesTooLarge)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "SizesTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryUnknownModel represents a UnknownModel error raised by the ModelRegistry contract.
type ModelRegistryUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func ModelRegistryUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackUnknownModelError(raw []byte) (*ModelRegistryUnknownModel, error) {
	out := new(ModelRegistryUnknownModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepExecutorMetaData contains all meta data concerning the OneStepExecutor contract.
var OneStepExecutorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"finalRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"initialRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "816a84ac42e4a6af249398c3aad65cc886",
	Bin: "0x6080806040523460155761309c908161001a8239f35b5f80fdfe60c0806040526004361015610012575f80fd5b5f905f3560e01c9081630512d5d8146105cc5750806379a4c02b146101c25763f173ae931461003f575f80fd5b346101bf5760803660031901126101bf5760243560643567ffffffffffffffff81116101bd5761007390369060040161091a565b604051919360e0830167ffffffffffffffff8111848210176101a957604052602083019381855260408401908282528060608601938085526100cc608088019682885260a089019a838c528360c08b0152808a5261097c565b88521a825260011a8092525190811591821561019e575b508115610195575b811561018a575b5061015c576004359052604435835261010a816109d1565b5190510361011e5760209051604051908152f35b604051631aace91160e11b8152602060048201526015602482015274383937b7b3103bb7b93239903632b33a1037bb32b960591b6044820152606490fd5b604051631aace91160e11b81526020600482015260056024820152640c8cae0e8d60db1b6044820152606490fd5b60289150115f6100f2565b801591506100eb565b60281091505f6100e3565b634e487b7160e01b82526041600452602482fd5b825b80fd5b50346101bf576101d136610948565b91929091601e84901a6105c65763ffffffff8460101c165b80151590816105bb575b506105855783821a9164ffffffffff8560581c169460151a918315801561057b575b8015610571575b61015c576020831b811161052b5785831c9561023b6001851b82610989565b1590811591610513575b8115610508575b506104d957601f8101948582116104c557828660051c96601f1916936104b157506020830180931161048d5760408051601f909401601f1916840190528592956104a1575b85375f935f5b83811061042157508491610418575b50600160f81b5f9081526020527f82ac279db26a206d9ba5a94c07ff940aea4b3bfde8820ec95f4efa0acfd0d5bc9180806103b35750506001858116036103a457835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061031a57602085604051908152f35b6001819592939495145f146103515750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610308565b9081610367575f528460205260405f2094610338565b9194909160018084160361039557815f5260205260405f205b945f528060205260405f209160011c90610338565b5f528060205260405f20610380565b5f528260205260405f206102f2565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106103fa575050509294939190610308565b5f9586526020839052604080872093875290952091946001016103e6565b9050515f6102a6565b94916001810180821161048d5760011c905f5b82811061045157505091805f52602052600160405f209501610297565b8060019160061b850180515f528690848484811b0110610481575b5060205260405f208160051b86015201610434565b6020915001515f61046c565b634e487b7160e01b5f52601160045260245ffd5b5f5f19840160051b870152610291565b634e487b7160e01b81526011600452602490fd5b634e487b7160e01b83526011600452602483fd5b604051631aace91160e11b81526020600482015260066024820152653932b3b4b7b760d11b6044820152606490fd5b60029150105f61024c565b9050600161052185876109a7565b1b87101590610245565b604051631aace91160e11b815260206004820152601b60248201527f64617461206c6172676572207468616e2069747320726567696f6e00000000006044820152606490fd5b508383101561021c565b5060288411610215565b604051631aace91160e11b815260206004820152600d60248201526c0deeae8e0eae840d8cadccee8d609b1b6044820152606490fd5b90508114155f6101f3565b816101e9565b34610916576105da36610948565b919283601e1a155f146109105763ffffffff8460301c165b8015159081610905575b506108d35750825f1a9064ffffffffff8460881c1693600f1a90821580156108c9575b80156108bf575b61015c576020821b841161052b5784821c946106456001841b82610989565b15908115916108a7575b811561089c575b506104d957601f84019384811161048d578460051c94601f1916916020830180931161048d5760408051601f909401601f19168401905285929561088c575b85375f935f5b83811061082057508491610817575b505f8080526020527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59180806107b25750506001858116036107a357835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061071957602085604051908152f35b6001819592939495145f146107505750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610707565b9081610766575f528460205260405f2094610737565b9194909160018084160361079457815f5260205260405f205b945f528060205260405f209160011c90610737565b5f528060205260405f2061077f565b5f528260205260405f206106f1565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106107f9575050509294939190610707565b5f9586526020839052604080872093875290952091946001016107e5565b905051856106aa565b94916001810180821161048d5760011c905f5b82811061085057505091805f52602052600160405f20950161069b565b8060019160061b850180515f528690848484811b0110610880575b5060205260405f208160051b86015201610833565b6020915001518b61086b565b5f5f19840160051b870152610695565b600291501086610656565b905060016108b584866109a7565b1b8610159061064f565b5082821015610626565b506028831161061f565b631aace91160e11b815260206004820152600c60248201526b0d2dce0eae840d8cadccee8d60a31b6044820152606490fd5b9050831415856105fc565b5f6105f2565b5f80fd5b9181601f840112156109165782359167ffffffffffffffff8311610916576020838186019501011161091657565b90604060031983011261091657600435916024359067ffffffffffffffff8211610916576109789160040161091a565b9091565b9190820180921161048d57565b8115610993570690565b634e487b7160e01b5f52601260045260245ffd5b9190820391821161048d57565b8115610993570490565b8181029291811591840414171561048d57565b906040820191825160a08201918251905f916001841b600211610d8d57815190604082019081831161048d57602084019586518311610d415782610a3a91604080519660608801825287375f60408701525f8060026040516040810160405260408a825e612622565b919087518311610d415703610cfb57835260c083019081526020825192015191805f1a611a225760405160a0819052610120810190811067ffffffffffffffff821117611a0e57604052606060a05101905f8252608060a05101935f855261010060a05101945f8652687fffffffffffffff8063ffffffff8460c01c16938460a0515263ffffffff8160a01c16602060a051015263ffffffff8160801c16604060a051015267ffffffffffffffff8160401c1660070b60a08051015267ffffffffffffffff811660070b60c060a05101528360e060a051015260b91c16647fffffff808116938085046080149015171561048d576403fffffffc9060051c16916060880193845190608081019081811161048d57607f0190811161048d5784610b659160051c6109a7565b906001820180921161048d57610b839160808b01958651928c611b46565b50948588526005865160f81c96600181015160e01c8352015160e01c9182156119f6575b50602060a05101519051118015906119e6575b6119ac57604060a05101516001810180911161048d5714905260408303610e4e575050505060309051015160c01c602060a051015160018060fb1b0381168103610e3a57610c1591610c0f9160051b9061097c565b82611a2d565b906001825160f81c92015160c01c90610c40610c3260a051612500565b60e060a05101519083611b17565b87518311610e06578751948651918685118015610dd3575b610d8d578051926020840197888511610d795783518911610d415788610ca591602060405197604089016040528837896020880152888860016040516020810160405260208b825e612622565b93518411610d415703610cfb57528397845b848110610ce7575090600191610ce19798998252519450602060405191818301604052825e612622565b5090525b565b988086526020526001604086209901610cb7565b604051631aace91160e11b815260206004820152601f60248201527f6f70656e696e6720646f6573206e6f74206d617463682074686520726f6f74006044820152606490fd5b604051631aace91160e11b815260206004820152600f60248201526e1c1c9bdbd9881d1bdbc81cda1bdc9d608a1b6044820152606490fd5b634e487b7160e01b88526011600452602488fd5b604051631aace91160e11b815260206004820152601860248201527f6f70656e696e67206f75747369646520746865207472656500000000000000006044820152606490fd5b5060018401808511610df2576001610deb878a6109a7565b1b10610c58565b634e487b7160e01b87526011600452602487fd5b604051631aace91160e11b815260206004820152600b60248201526a18db19585c881b195d995b60aa1b6044820152606490fd5b634e487b7160e01b84526011600452602484fd5b909295965060418294929a95999a145f14610e915750505050610e8d9394506040519260408401604052600160f81b84526020840152519051916124a3565b9052565b9295965092509250600184145f14610eb5575050505050610ce59060a0519061224e565b60028414928380156119a2575b8015611998575b1561138657505051604051936101e0850185811067ffffffffffffffff8211176101a9576040528085528060208601528060408601528060608601528060808601528060a08601528060c08601528060e08601528061010086015280610120860152806101408601528061016086015280610180860152806101a0860152806101c0860152604482015160e01c8552604882015160e01c6020860152605882015160e01c6040860152610f8b604c83015160e01c605084015160e01c906109be565b606c83015160e01c607084015160e01c918015801561137e575b8015611376575b801561136d575b8015611361575b61132d57610fce81602060a0510151610989565b92610fe6604060a051015192602060a05101516109b4565b878160608c01526112f9575b506060890151604087015160e01c11908115916112ee575b506112b8578161101d61102892826109be565b8060a08b015261097c565b605485015160e01c11156112aa576110449060a088015161097c565b8060c088015260a08701511015611275576110b36110a56110c192611092611084611076605089015160e01c846109b4565b605c89015160e01c906109be565b606488015160e01c90611c32565b60e08a0152605086015160e01c90610989565b606085015160e01c906109be565b606884015160e01c90611c32565b6101008601526110da60e086015160a087015190611c66565b8181131561126e575b6101208601526110fc60e086015160c087015190611c66565b85518082121561126757505b6101408601526111336101008601518281135f1461126157805b610160880152604087015190611c66565b60208601519091508082121561125a57505b8061018086015261012085015161014086015113908161124b575b501515806101a08601526111a1575b5015611182575060a051610ce592612c37565b6003036111955760a051610ce592612a99565b60a051610ce59261288a565b6112276112386111d9601861123f94015160c01c6111d36111c860608a01518a51906109be565b60208a0151906109be565b9061097c565b6112336112086111fc6111f66101208b015160208c0151906109be565b8461097c565b6101608a01519061097c565b9384926111d361121c6101408c0151611c21565b60208c0151906109be565b6101808901519061097c565b6109a7565b90866126eb565b6101c08401525f61116f565b9050610160850151125f611160565b9050611145565b82611122565b9050611108565b50806110e3565b604051631aace91160e11b815260206004820152600c60248201526b77696e646f7720626c6f636b60a01b6044820152606490fd5b50605483015160e01c611044565b604051631aace91160e11b815260206004820152600d60248201526c3bb4b73237bb9031bab939b7b960991b6044820152606490fd5b90508110155f61100a565b909150608089015261131181604060a05101516109b4565b606089015261132681604060a0510151610989565b905f610ff2565b604051631aace91160e11b815260206004820152600b60248201526a77696e646f772064696d7360a81b6044820152606490fd5b50602088015115610fba565b50875115610fb3565b508115610fac565b508215610fa5565b925092909350600581145f1461167f5750505051604081015160e01c602060a051015160018060fb1b038116810361048d57819060051b101561164e5760a051602001516001600160fb1b038116810361048d576113e960209160051b836109a7565b10156116455760a05160200151906001600160fb1b038216820361048d576114149160051b906109a7565b905b601881015160a051602001519060c01c6001600160fb1b038216820361048d57611448849161144e9360051b9061097c565b856126eb565b60208281015160a051909101519060c01c6001600160fb1b038216820361048d5761148185916114879360051b9061097c565b866126eb565b604483015160e01c604884015160e01c604c85015160e01c63800000008312801590611637575b801561162d575b8015611623575b6115ec57607886015160f81d93607987015160f81d92607d88015160f81d93607e89015160f81d95607f8a015160f81d97604051608052602060805101604052855f1981011161048d575f5b8c811061157357505050505050505050505060109061153961152b60a051612500565b60e060a05101519086611b17565b015160a0516020015160c09190911c926001600160fb1b038216820361048d5761156d610ce5946080519360051b9061097c565b906127cc565b806115e08b8b6115db8f8b6115ce8e6115c88e6115b48f8f8f9e60019f6001906115af936115b46115b9926115af6115d39f8701515f1a611c0f565b611c32565b61222c565b975f19011b9801515f1a611c0f565b90611c66565b611c66565b8c1d8d611c66565b612858565b81608051015301611508565b604051631aace91160e11b815260206004820152600e60248201526d61646420706172616d657465727360901b6044820152606490fd5b50603e81116114bc565b50600181106114b5565b5063800000008212156114ae565b50602090611416565b604051631aace91160e11b8152602060048201526008602482015267616464206974656d60c01b6044820152606490fd5b9192909160078103611857575051604081015160e01c602060a051015160018060fb1b038116810361048d57819060051b10156118245760a051602001516001600160fb1b038116810361048d576116dc60209160051b836109a7565b101561181b5760a05160200151906001600160fb1b038216820361048d576117079160051b906109a7565b925b601882015160a051602001519060c01c6001600160fb1b038216820361048d5761173b86916117419360051b9061097c565b876126eb565b926030830151908160c01c9160c51c905192610100830180841161048d5760ff840190811161048d57826117779160051c6109a7565b936001850180951161048d5761179f94601f936117969351928b611b46565b5091169061097c565b9160405192602084016040525f5b858110611803575050506010906117d66117c860a051612500565b60e060a05101519087611b17565b015160c01c92602060a051015160018060fb1b038116810361048d57610ce59461156d9160051b9061097c565b806001918401515f1a8301515f1a81870153016117ad565b50602092611709565b604051631aace91160e11b815260206004820152600a6024820152697461626c65206974656d60b01b6044820152606490fd5b93949390925090506008810361187757505090610ce59060a05190611c81565b600903611963575191604083015160e01c801561192f576118b3816118ad601887015160c01c6111d383602060a05101516109be565b846126eb565b935f9185515f1a60015b82811061190b57505050610ce5939450611903601060ff926118f16118e360a051612500565b60e060a05101519088611b17565b015160c01c602060a05101519061097c565b911691612740565b808801515f1a828111611922575b506001016118bd565b9150935060018490611919565b604051631aace91160e11b815260206004820152600b60248201526a6172676d61782064696d7360a81b6044820152606490fd5b604051631aace91160e11b815260206004820152600c60248201526b1d5b9adb9bdddb881ada5b9960a21b6044820152606490fd5b5060048514610ec9565b5060038514610ec2565b604051631aace91160e11b81526020600482015260116024820152700637572736f72206f757473696465206f7607c1b6044820152606490fd5b5080604060a05101511015610bba565b90915060e01c6001810180911161048d57905f610ba7565b634e487b7160e01b5f52604160045260245ffd5b505050505050509050565b908060051c60608301516020830180841161048d57601f840190811161048d5782611a5a9160051c6109a7565b936001850180951161048d57611a7c94601f9361179693608084015193611b46565b90565b908060051c6060830151610400830180841161048d576103ff840190811161048d5782611a5a9160051c6109a7565b918015611ae1578160051c90611ac96060850151918461097c565b5f19810190811161048d5782611a5a9160051c6109a7565b604051631aace91160e11b815260206004820152600d60248201526c656d707479206f70656e696e6760981b6044820152606490fd5b9160a091611b4191604051916040830160405282526020820152604084015160c0850151916124a3565b910152565b90949291935f83158015611c08575b8015611bf0575b610d8d57825196600585901b916001600160fb1b03861686036104b157611b83838a61097c565b97602086019687518a11610d415760208501808611610e3a579085611bb98c969594939060405191601f80199101168201604052565b9c8d378b860183905260408051601f8801601f19168101909152958c875e611be095612622565b93518411610d415703610cfb5752565b5050611bfc838661097c565b5f906001881b10611b5c565b505f611b55565b90607f19820191821360011661048d57565b905f19820191821360011661048d57565b81810392915f13801582851316918412161761048d57565b9060808201915f60808412911290801582169115161761048d57565b9190915f838201938412911290801582169115161761048d57565b9190916101008301805191604083015160e01c604484015160e01c9281158015612224575b6121ef57611cc3601886015160c01c6111d38460208b01516109be565b9460c08801515f81129081156121e3575b5080156121d6575b80156121c2575b61218857604088019283518681106120dc5750600160c08a0151126120a457611d0f60c08a0151611c21565b84519096906001600160ff1b038216820361048d578160011b11611f865750509051604081015192516044820151919360e01c9250611d589160df1c6401fffffffe16906109a7565b916001600160fb1b038316830361048d57818360051b1015611f5057611dab611481966020611d8a8660051b866109a7565b1015611f4657611d9d8560051b856109a7565b9788915b8660051b9061097c565b94611dbd603083015160c01c86611a7f565b9560a08a015160018112611f12576020978992604c86015160e01c94607d87015160f81d92607e88015160f81d91607f89015160f81d936040519d8e016040525f975b8810611e5d5750505050505050505061156d926111d3899360206010611e5895611e47611e3b610ce59e9f60a0015160c08b0151908b612588565b60e08a0151908c611b17565b015160c01c9360051b9501516109be565b61097c565b611e6c888201515f1a83611c32565b5f81128015611f08575b611ed2578060021b908082046004149015171561048d578f988f81611ec889898f8d8f6115c890611ec3611eb98f9560019d6115db97015160e01d60030b61222c565b6002830590611c66565b61301f565b9101530197611e00565b604051631aace91160e11b815260206004820152600d60248201526c0e6decce8dac2f040d2dcc8caf609b1b6044820152606490fd5b5060ff8113611e76565b604051631aace91160e11b815260206004820152600b60248201526a736f66746d61782073756d60a81b6044820152606490fd5b6020978891611da1565b604051631aace91160e11b815260206004820152600d60248201526c736f66746d6178206368756e6b60981b6044820152606490fd5b909250611f9991989593969496516109a7565b600881901b93906001600160f81b0381160361048d5781841015611f5057611ff26030918584610100611fcf83611ffe986109a7565b101561209257611fec91611fe2916109a7565b959a96869261097c565b886126eb565b93015160c01c85611a7f565b60a0840151965f935b83851061203257505050505060e0612029610ce5949560c08401519084612588565b91015191611b17565b9091929397612046898301515f1a84611c32565b5f81128015612088575b611ed2578060021b908082046004149015171561048d5760019161207d9186015160e01d60030b90611c66565b980193929190612007565b5060ff8113612050565b5050611fec610100959a96869261097c565b604051631aace91160e11b815260206004820152600f60248201526e736f66746d6178206d6178696d756d60881b6044820152606490fd5b9895509395925050508560081b9560018060f81b0381160361048d5781861015611f505785826101006121128361212d966109a7565b1015612178576118ad91612125916109a7565b96879261097c565b9360c0820151945f5b8281106121555750505060e0612029610ce5949560a084015184612588565b6001818301515f1a0187811361216f575b50600101612136565b96506001612166565b50506118ad61010096879261097c565b604051631aace91160e11b8152602060048201526011602482015270736f66746d61782072656769737465727360781b6044820152606490fd5b506501000000000060a08901511215611ce3565b505f60a089015112611cdc565b6101009150135f611cd4565b604051631aace91160e11b815260206004820152600c60248201526b736f66746d61782064696d7360a01b6044820152606490fd5b508315611ca6565b81810292915f8212600160ff1b82141661048d57818405149015171561048d57565b90610100810151604081015160e01c90604481015160e01c8215801561249b575b612468576020840192612283828551610989565b60408601519094600882901b916001600160f81b0381160361048d57828210156124345781838087966101006122ba858e996109a7565b1015612404576122ca84836109a7565b9761230a8961231d99612304829a611e586123179b6111d3611e589b6122ff6111d39b601860289c5b015160c01c94516109b4565b6109be565b906126eb565b99015160c01c918a6109be565b87611aae565b9160a0850161232c8151612e6c565b156123ca5751915f935f5b82811061237857505050509061234c91611c66565b9160808101511561236057610ce593612e8b565b905060e0612029610ce5949360c08401519084612588565b808401518183015182850391602083116123c1575b91905f925b8284106123a55750505050602001612337565b80841a607f190182851a5f0b0290990198600190930192612392565b6020925061238d565b604051631aace91160e11b81526020600482015260116024820152703232b739b29030b1b1bab6bab630ba37b960791b6044820152606490fd5b6101009761230a8961231d99612304829a611e586123179b6111d3611e589b6122ff6111d39b601860289c6122f3565b604051631aace91160e11b815260206004820152600b60248201526a64656e7365206368756e6b60a81b6044820152606490fd5b604051631aace91160e11b815260206004820152600a60248201526964656e73652064696d7360b01b6044820152606490fd5b50801561226f565b905f8060026124be959460408051918183018252825e612622565b5090565b939291600582901b916001600160fb1b038116810361048d576124be95836124f85f959060405191601f80199101168201604052565b91825e612622565b60808101511561255b576020810180516001810180911161048d576060830151116125415750516001810180911161048d5760c01b63ffffffff60c01b1690565b905190516001810180911161048d5760a01b9060c01b1790565b80519060406020820151910151916001830180931161048d5760c01b60a09190911b1760809190911b1790565b91906080830151156125cd5750506020810180516001810180911161048d576060830151116125415750516001810180911161048d5760c01b63ffffffff60c01b1690565b82519260406020820151910151906001820180921161048d57611a7c949091929367ffffffffffffffff6fffffffffffffffff000000000000000091169460401b169260801b9160a01b9060c01b1717171790565b94959493929082015f19015b83821061263e5750505050519190565b5f600184166126df575b5f9160018116156126d2575b8460011c928160011c95845b878111156126795750505050506001909291019061262e565b80600191821b86848210156126c3575b8486928886820111156126b1575b50505f5260205260405f2087820360051b8c015201612660565b03840160051b8d01519150845f612697565b5083810360051b8c0151612689565b6020890198359250612654565b50602087019635612648565b918015611ae1578160051c906127066040850151918461097c565b5f19810190811161048d578261271e9160051c6109a7565b936001850180951161048d57611a7c94601f936117969360a084015193611b46565b90929192604051936020850160405284538060051c9060018101811161048d5761276a82806109a7565b916001830180931161048d57601f926040850161279f612795825197848660a083019a8b5193611b46565b969095168561097c565b5f5b600181106127b9575050610e8d9596975051926124c2565b806001918b01515f1a81840153016127a1565b919392908060051c6127de838361097c565b5f19810190811161048d57816127f69160051c6109a7565b6001810180911161048d57601f93604086019061282b612821835198858760a083019b8c5193611b46565b979096168661097c565b5f5b82811061284557505050610e8d9596975051926124c2565b806001918c01515f1a818401530161282d565b6128769160ff93808313612882575b5080821261287a575b50611c4a565b1690565b90505f612870565b91505f612867565b9060a081016128998151612e6c565b158015612a8c575b8015612a7b575b612a3e57519060c0810151936101a081015161297a575b50608081015115612969576001841261292c57612925612920610ce595611ec3612915856128fd6128f160ff98612500565b60e0830151908b611b17565b60206010610100830151015160c01c9101519061097c565b956002830590611c66565b611c4a565b1691612740565b604051631aace91160e11b8152602060048201526014602482015273617667706f6f6c2077696e646f7720656d70747960601b6044820152606490fd5b90612029610ce59460e09284612588565b91929490936101208301958651926101408501966101c0860192602087019461016061018089019801965b8a51811215612a05576129ca8c6111d36129c28951925185611c32565b8a51906109be565b6129d78a518a5190611c32565b5f915b8183106129ec575050506001016129a5565b828101515f1a909c01607f19019b6001909201916129da565b509450969591986115c8935094612a27612a3796612a31939a51905190611c32565b9251905190611c32565b9061222c565b925f6128bf565b604051631aace91160e11b8152602060048201526014602482015273617667706f6f6c20616363756d756c61746f727360601b6044820152606490fd5b50637fffffff60c0830151136128a8565b505f60c0830151126128a1565b909160a0830180515f8112908115612c2b575b50612bef5751906101a0810151612b4e575b50608083015115612b385760018112612afb5760ff612925612af5856128fd612ae9610ce598612500565b60e08301519088611b17565b92611c21565b604051631aace91160e11b81526020600482015260146024820152736d6178706f6f6c2077696e646f7720656d70747960601b6044820152606490fd5b9160e0612029610ce59460c08401519084612588565b61012081018051610160830196610140840196610180850196939460208101946101c0909101935b8951811215612bdf57612b9a85516111d3612b928a5185611c32565b8951906109be565b612ba78a518d5190611c32565b905f5b828110612bbc57505050600101612b76565b6001818301515f1a018b8113612bd6575b50600101612baa565b9a506001612bcd565b509650965096505050505f612abe565b604051631aace91160e11b815260206004820152601360248201527236b0bc3837b7b61030b1b1bab6bab630ba37b960691b6044820152606490fd5b6101009150135f612aac565b909161010083015193604085015160e01c91612c9a612c89612c7e605489015160e01c6122ff612c7360288c015160c01c9860808801516109be565b60608701519061097c565b60a08401519061097c565b936111d360408401958651906109be565b95612cc560c0830197612cbe612cb68a5160a0870151906109a7565b8751906109be565b9087611aae565b9260a0870191612cd58351612e6c565b15612e3357607c905f99989950015160f81d915194519560a08401519860e08501995b8951811015612df75788612d0d828d51611c66565b5f8112159081612dec575b612d33612d2d846122ff60a08d0151886109a7565b8b61097c565b90898315612de1576111d3612d57612d62936101206101c085015194015190611c32565b60208d0151906109be565b9291905b6101008a0151936101608b01516101808c0151935f965b868810612d94575050505050505050600101612cf8565b909192939495969e8f908d8260019385018a811288821215168716612dcc575b508801515f1a5f0b02019f0196959493929190612d7d565b8790038801515f90811a607f19019250612db4565b50505f929190612d66565b885181129150612d18565b5095975095509650509050608082015115612e1d57906080610ce5949392015191612e8b565b5060e0612029610ce59460c08401519084612588565b604051631aace91160e11b815260206004820152601060248201526f31b7b73b1030b1b1bab6bab630ba37b960811b6044820152606490fd5b637fffffff198112159081612e7f575090565b637fffffff9150131590565b9061010081019260308451015160c01c60018060fb1b038216820361048d57612ebe612ec491612ed39360051b9061097c565b84611a2d565b94855160e01d60030b90611c66565b906008600486015160e01d60030b95015160f81c94612ef183612e6c565b15612fe1575f81128015612fd7575b8015612fcd575b612f9957612f1e90607d8651015160f81d9361222c565b915f1986019580871161048d57612f6b612f53602093601093612f4b612f93986001610ce59d1b90611c66565b901d90611c66565b607e8851015160f81d607f8951015160f81d91612858565b95612f84612f7885612500565b60e08601519088611b17565b51015160c01c9101519061097c565b90612740565b604051631aace91160e11b815260206004820152600b60248201526a3932b8bab0b73a34bd32b960a91b6044820152606490fd5b50603e8611612f07565b5060018610612f00565b604051631aace91160e11b8152602060048201526015602482015274616363756d756c61746f7220706c7573206269617360581b6044820152606490fd5b919091821561099357600160ff1b81145f1984141661048d5782810590819381071515908161305c575b506130515750565b611a7c919250611c21565b5f9150125f61304956fea264697066735822122087098a62d92f3cd0dfde89e29bbfff99072e28616ee1f6aad3e09b87558f0e4164736f6c63430008250033",
}

// OneStepExecutor is an auto generated Go binding around an Ethereum contract.
type OneStepExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OneStepExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewOneStepExecutor creates a new instance of OneStepExecutor.
func NewOneStepExecutor() *OneStepExecutor {
	parsed, err := OneStepExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackFinalRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79a4c02b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalRoot(bytes32 header, bytes output) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) PackFinalRoot(header [32]byte, output []byte) []byte {
	enc, err := oneStepExecutor.abi.Pack("finalRoot", header, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79a4c02b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalRoot(bytes32 header, bytes output) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) TryPackFinalRoot(header [32]byte, output []byte) ([]byte, error) {
	return oneStepExecutor.abi.Pack("finalRoot", header, output)
}

// UnpackFinalRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79a4c02b.
//
// Solidity: function finalRoot(bytes32 header, bytes output) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) UnpackFinalRoot(data []byte) ([32]byte, error) {
	out, err := oneStepExecutor.abi.Unpack("finalRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0512d5d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialRoot(bytes32 header, bytes input) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) PackInitialRoot(header [32]byte, input []byte) []byte {
	enc, err := oneStepExecutor.abi.Pack("initialRoot", header, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0512d5d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialRoot(bytes32 header, bytes input) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) TryPackInitialRoot(header [32]byte, input []byte) ([]byte, error) {
	return oneStepExecutor.abi.Pack("initialRoot", header, input)
}

// UnpackInitialRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0512d5d8.
//
// Solidity: function initialRoot(bytes32 header, bytes input) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) UnpackInitialRoot(data []byte) ([32]byte, error) {
	out, err := oneStepExecutor.abi.Unpack("initialRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf173ae93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes proof) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) PackStep(weightRoot [32]byte, header [32]byte, pre [32]byte, proof []byte) []byte {
	enc, err := oneStepExecutor.abi.Pack("step", weightRoot, header, pre, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf173ae93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes proof) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) TryPackStep(weightRoot [32]byte, header [32]byte, pre [32]byte, proof []byte) ([]byte, error) {
	return oneStepExecutor.abi.Pack("step", weightRoot, header, pre, proof)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf173ae93.
//
// Solidity: function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes proof) pure returns(bytes32)
func (oneStepExecutor *OneStepExecutor) UnpackStep(data []byte) ([32]byte, error) {
	out, err := oneStepExecutor.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepExecutor *OneStepExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepExecutor.abi.Errors["InvalidStep"].ID.Bytes()[:4]) {
		return oneStepExecutor.UnpackInvalidStepError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepExecutorInvalidStep represents a InvalidStep error raised by the OneStepExecutor contract.
type OneStepExecutorInvalidStep struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStep(string reason)
func OneStepExecutorInvalidStepErrorID() common.Hash {
	return common.HexToHash("0x3559d22229f18aaaadf369a62a57a9694a4006a0d9eec184799ba276d6695863")
}

// UnpackInvalidStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStep(string reason)
func (oneStepExecutor *OneStepExecutor) UnpackInvalidStepError(raw []byte) (*OneStepExecutorInvalidStep, error) {
	out := new(OneStepExecutorInvalidStep)
	if err := oneStepExecutor.abi.UnpackIntoInterface(out, "InvalidStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepExecutorLLMMetaData contains all meta data concerning the OneStepExecutorLLM contract.
var OneStepExecutorLLMMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"finalRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"initialRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"header\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "4491eeb89afcabac18580b121870849ce4",
	Bin: "0x60808060405234601557614043908161001a8239f35b5f80fdfe60e0806040526004361015610012575f80fd5b5f905f3560e01c9081630512d5d8146105cc5750806379a4c02b146101c25763f173ae931461003f575f80fd5b346101bf5760803660031901126101bf5760243560643567ffffffffffffffff81116101bd5761007390369060040161091a565b604051919360e0830167ffffffffffffffff8111848210176101a957604052602083019381855260408401908282528060608601938085526100cc608088019682885260a089019a838c528360c08b0152808a526109b6565b88521a825260011a8092525190811591821561019e575b508115610195575b811561018a575b5061015c576004359052604435835261010a81610a0b565b5190510361011e5760209051604051908152f35b604051631aace91160e11b8152602060048201526015602482015274383937b7b3103bb7b93239903632b33a1037bb32b960591b6044820152606490fd5b604051631aace91160e11b81526020600482015260056024820152640c8cae0e8d60db1b6044820152606490fd5b60289150115f6100f2565b801591506100eb565b60281091505f6100e3565b634e487b7160e01b82526041600452602482fd5b825b80fd5b50346101bf576101d136610948565b91929091601e84901a6105c65763ffffffff8460101c165b80151590816105bb575b506105855783821a9164ffffffffff8560581c169460151a918315801561057b575b8015610571575b61015c576020831b811161052b5785831c9561023b6001851b826109c3565b1590811591610513575b8115610508575b506104d957601f8101948582116104c557828660051c96601f1916936104b157506020830180931161048d5760408051601f909401601f1916840190528592956104a1575b85375f935f5b83811061042157508491610418575b50600160f81b5f9081526020527f82ac279db26a206d9ba5a94c07ff940aea4b3bfde8820ec95f4efa0acfd0d5bc9180806103b35750506001858116036103a457835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061031a57602085604051908152f35b6001819592939495145f146103515750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610308565b9081610367575f528460205260405f2094610338565b9194909160018084160361039557815f5260205260405f205b945f528060205260405f209160011c90610338565b5f528060205260405f20610380565b5f528260205260405f206102f2565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106103fa575050509294939190610308565b5f9586526020839052604080872093875290952091946001016103e6565b9050515f6102a6565b94916001810180821161048d5760011c905f5b82811061045157505091805f52602052600160405f209501610297565b8060019160061b850180515f528690848484811b0110610481575b5060205260405f208160051b86015201610434565b6020915001515f61046c565b634e487b7160e01b5f52601160045260245ffd5b5f5f19840160051b870152610291565b634e487b7160e01b81526011600452602490fd5b634e487b7160e01b83526011600452602483fd5b604051631aace91160e11b81526020600482015260066024820152653932b3b4b7b760d11b6044820152606490fd5b60029150105f61024c565b9050600161052185876109e1565b1b87101590610245565b604051631aace91160e11b815260206004820152601b60248201527f64617461206c6172676572207468616e2069747320726567696f6e00000000006044820152606490fd5b508383101561021c565b5060288411610215565b604051631aace91160e11b815260206004820152600d60248201526c0deeae8e0eae840d8cadccee8d609b1b6044820152606490fd5b90508114155f6101f3565b816101e9565b34610916576105da36610948565b919283601e1a155f146109105763ffffffff8460301c165b8015159081610905575b506108d35750825f1a9064ffffffffff8460881c1693600f1a90821580156108c9575b80156108bf575b61015c576020821b841161052b5784821c946106456001841b826109c3565b15908115916108a7575b811561089c575b506104d957601f84019384811161048d578460051c94601f1916916020830180931161048d5760408051601f909401601f19168401905285929561088c575b85375f935f5b83811061082057508491610817575b505f8080526020527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59180806107b25750506001858116036107a357835f5260205260405f205b9360011c600193805f5260205260405f20949391905b83831061071957602085604051908152f35b6001819592939495145f146107505750815f5260205260405f20935f905b805f52602052600160405f209301919094939294610707565b9081610766575f528460205260405f2094610737565b9194909160018084160361079457815f5260205260405f205b945f528060205260405f209160011c90610737565b5f528060205260405f2061077f565b5f528260205260405f206106f1565b5f808052602052919590949390917fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb59060015b8181106107f9575050509294939190610707565b5f9586526020839052604080872093875290952091946001016107e5565b905051856106aa565b94916001810180821161048d5760011c905f5b82811061085057505091805f52602052600160405f20950161069b565b8060019160061b850180515f528690848484811b0110610880575b5060205260405f208160051b86015201610833565b6020915001518b61086b565b5f5f19840160051b870152610695565b600291501086610656565b905060016108b584866109e1565b1b8610159061064f565b5082821015610626565b506028831161061f565b631aace91160e11b815260206004820152600c60248201526b0d2dce0eae840d8cadccee8d60a31b6044820152606490fd5b9050831415856105fc565b5f6105f2565b5f80fd5b9181601f840112156109165782359167ffffffffffffffff8311610916576020838186019501011161091657565b90604060031983011261091657600435916024359067ffffffffffffffff8211610916576109789160040161091a565b9091565b6040519190601f01601f1916820167ffffffffffffffff8111838210176109a257604052565b634e487b7160e01b5f52604160045260245ffd5b9190820180921161048d57565b81156109cd570690565b634e487b7160e01b5f52601260045260245ffd5b9190820391821161048d57565b81156109cd570490565b8181029291811591840414171561048d57565b60c052604060c0510190815160a060c05101516002906001831b8211610e175760c05151915f92604081019283821161048d57602060c051019586518511610dcb5784610a7c91604080519560608701825286375f60408601525f808760405160408101604052604089825e613952565b919087518311610dcb5703610d855760c0515260c08051019283526020815191015190805f1a612897576040519261012084019184831067ffffffffffffffff8411176109a257687fffffffffffffff80958593604052602084019260408501606086015f815260808701915f835260a088019160e089019b8c978b6101008c01995f8b5263ffffffff8360c01c169c8d815263ffffffff8460a01c168d5263ffffffff8460801c16875267ffffffffffffffff8460401c1660070b885260c067ffffffffffffffff851660070b9101525260b91c16647fffffff80811699808b046080149015171561048d576403fffffffc9060051c1699606060c05101998a5190608081019081811161048d57607f0190811161048d578c610ba29160051c6109e1565b906001820180921161048d57610bc491608060c051019d8e519260c0516129e2565b50918289526005835160f81c93600181015160e01c8352015160e01c91821561287f575b508951905111801590612874575b61283a5782516001810180911161048d5714845260408103610ed85750505050505060309051015160c01c905160018060fb1b0381168103610e035790610c409160051b906109b6565b918260051c91519160208401808511610ec457601f8501908111610ec45781610c6b9160051c6109e1565b9160018301809311610ec457610c9a93610cbc9593601f93610c9193519260c0516129e2565b509116906109b6565b92610cb16001855160f81c95015160c01c93613830565b90519060c0516129b8565b85518211610e905785519360a060c0510151908584118015610e5d575b610e175760c05151916020830196878411610e035782518811610dcb5787610d2891602060405196604088016040528737886020870152878760016040516020810160405260208a825e613952565b92518311610dcb5703610d855760c051528396845b848110610d71575090600191610d6697988252519450602060405191818301604052825e613952565b5060a060c05101525b565b978086526020526001604086209801610d3d565b604051631aace91160e11b815260206004820152601f60248201527f6f70656e696e6720646f6573206e6f74206d617463682074686520726f6f74006044820152606490fd5b604051631aace91160e11b815260206004820152600f60248201526e1c1c9bdbd9881d1bdbc81cda1bdc9d608a1b6044820152606490fd5b634e487b7160e01b87526011600452602487fd5b604051631aace91160e11b815260206004820152601860248201527f6f70656e696e67206f75747369646520746865207472656500000000000000006044820152606490fd5b5060018301808411610e7c576001610e7586896109e1565b1b10610cd9565b634e487b7160e01b86526011600452602486fd5b604051631aace91160e11b815260206004820152600b60248201526a18db19585c881b195d995b60aa1b6044820152606490fd5b634e487b7160e01b88526011600452602488fd5b929596999d9e9a975092975092999a50604181145f14610f28575050505050505050610f1f93506040519260408401604052600160f81b84526020840152519051916137d3565b60a060c0510152565b9193959850919395989996601082145f146111505750505050505191610f57604084015160e01c809651613a1b565b9096601885015160c01c610f6d8160c051613a9d565b5160e01c918551928360e01c908082105f14611114575050506034810180911161048d57610faa610fb2916403fffffffc5f9460de1c16906109b6565b60c051613aec565b51968760e01c604487015160e01c8110156110ce57610ff08a610feb8693610fe5610ff89660288d015160c01c926109f8565b906109b6565b6109b6565b60c051612920565b9681603087015160c01c926104b15750611028916403fffffffc6110209260de1c16906109b6565b60c0516128f3565b805160f01c9086810180911161048d575160f01d9061104683612f3e565b975f5b84811061109157505050505060109291610cb161106592613830565b015160c01c6001600160fe1b038416840361048d57610d6f93611089921b906109b6565b60c051613c43565b806110bd6110b8866110b3876110a9600197896109b6565b515f1a5f0b612f7b565b613d89565b613ee3565b6110c7828d612fbe565b5201611049565b604051631aace91160e11b815260206004820152601c60248201527f746f6b656e206f7574736964652074686520766f636162756c617279000000006044820152606490fd5b90925061112b919350602088015160c01c926109e1565b6001600160fe1b038116810361048d5761114b91610faa91891b906109b6565b610fb2565b9091929394959a9950601182999899145f1461123657505050505061118090519251604084015160e01c90613a1b565b60188401519093919060c01c6001600160fe1b038216820361048d576111a891861b906109b6565b926001600160fe1b038116810361048d5760446111ca82871b8660c051613b46565b92015160e01c6111d982612f3e565b955f5b8381106111f9575050505050610d6f9394610cb161108992613830565b6001600160fe1b038116810361048d57806112258461121c600194861b896109b6565b5160e01d613d26565b61122f828b612fbe565b52016111dc565b90919492959899939796601283145f1461125f57505050505050505050610d6f9060c051613505565b601383036115c25750505061127f90519251604084015160e01c90613a1b565b969094603884015160c01c976112978960c051613b19565b601886015160c01c6001600160fe1b038916890361048d576112bc9089851b906109b6565b6001600160fe1b038316830361048d576112dc9083851b9060c051613b46565b602887015190979060c01c6001600160ff1b038a168a0361048d57611305908a60011b906109b6565b6001600160ff1b038416840361048d57611326908460011b9060c051612920565b93825160c01d926008810180911161048d575160c01d915f841280156115b4575b80156115ab575b80156115a1575b8015611597575b8015611589575b611543575160a05261137484612f3e565b985f5b85811061141b5750505050505050601092916113aa91875115155f1461140457610cb190613830565b519060c0516129b8565b015160c01c916001600160fd1b038116810361048d576113d9926113d19160031b906109b6565b60c051613b9c565b516113e15750565b6010810180911161048d57610d6f906113fb60a051613b79565b9060c051613b9c565b60c081015160a051611415926138b8565b906113a0565b6001600160fe1b038116810361048d5761143781841b836109b6565b5160e01d5f8112156115395762ffffff61145082612f6b565b136114fb57846114638761146893612f7b565b613d26565b906001600160ff1b038116810361048d578b6114a18261149b6001956114918d84891b906109b6565b5160f01d90612f7b565b92612fbe565b526114ac818d612fbe565b515f8112156114f6576114be90612f6b565b60a051126114cd575b01611377565b6114d7818d612fbe565b515f8112156114f1576114e990612f6b565b60a0526114c7565b6114e9565b6114be565b604051631aace91160e11b8152602060048201526015602482015274726573696475616c206f7574206f662072616e676560581b6044820152606490fd5b62ffffff81611450565b604051631aace91160e11b815260206004820152601e60248201527f524d534e6f726d20726567697374657273206f7574206f662072616e676500006044820152606490fd5b506001603e1b815113611363565b505f81511261135c565b50603e8313611355565b505f831261134e565b506401000000008413611347565b90956014839b9a999493989598148015612830575b156115f55750505050505050506015610d6f9293149060c051613260565b909192939597949699601681145f14611adb575050505193604485015160e01c90600482141580611ad0575b611a9a576116389051604087015160e01c90613a1b565b9094603887015160c01c6010810180911161048d576116599060c051613b19565b9061168561167260188a015160c01c610fe58a886109f8565b61167c85876109f8565b9060c051613b46565b93825160c01d92600482145f14611a85575082945b5f84128015611a78575b611a28575f608052600882146119fa575b6020850180861161048d576116d560405191601f80199101168201604052565b935f908190156119db5750506001861280156119ce575b611988576116f986613f0b565b9260178401841161048d5761171487607f601787011b6109ee565b9160178501601686011161048d575f5b8781106118a95750505050505061173a83613f0b565b601081111561188f57600f19810190811161048d5761176c9a61177f6117746117a8966117a0949e8f5b6080516109b6565b9e1c98613830565b82519060c0516129b8565b5160e01c96610feb60108a015160c01c610fe560488c015160e01c8b6109f8565b60c051613f2c565b516117b6575b505050509050565b6117f99291610fe591604051976020890160405260ff60e81b9060e81b169061ffff60f01b9060f01b16178752604c602084015160c01c93015160e01c906109f8565b8060051c6004820180831161048d576003830190811161048d57816118209160051c6109e1565b6001810180911161048d5783611852611848601f9651848660a060c05101519260c0516129e2565b96909516856109b6565b5f5b6004811061187c57505061186b95965051926137f2565b60a060c0510152805f8080806117ae565b806001918a01515f1a8184015301611854565b506117a061176c9a61177f6117746117a8965f9e8f611764565b60048503611961576001600160fe1b038116810361048d576118cd81841b836109b6565b5160e01d905b5f821215611956576001603e1b6118e983612f6b565b1361191c5761190d600192611908878560168c011b926080511d612f7b565b612ec5565b601788011d8189015301611724565b604051631aace91160e11b81526020600482015260116024820152703b30b63ab2903132bcb7b73210192f1b1960791b6044820152606490fd5b6001603e1b826118e9565b6001600160fd1b038116810361048d5761197e8160031b836109b6565b5160c01d906118d3565b604051631aace91160e11b815260206004820152601c60248201527f73686966746564206d6178696d756d206f7574206f662072616e6765000000006044820152606490fd5b50638000000086136116ec565b986117a897506117a09450611774919e935061177f92505f8652613830565b611a0384613f0b565b601f811115611a2157601e19810190811161048d575b6080526116b5565b505f611a19565b604051631aace91160e11b815260206004820152602160248201527f7175616e74697a6174696f6e206d6178696d756d206f7574206f662072616e676044820152606560f81b6064820152608490fd5b506001603e1b84136116a4565b6008810180911161048d575160c01d9461169a565b604051631aace91160e11b815260206004820152600d60248201526c0cad8cadacadce840eed2c8e8d609b1b6044820152606490fd5b506008821415611621565b90919995969392949750601781145f14611b045750505050505050610d6f91925060c051612fd2565b95969560188103611dc457505050505190604082015160e01c928360011c600f810180821161048d5760041c80158015611da9575b611d6a57611b48818a516109c3565b600481901b99906001600160fc1b0381160361048d576010611b6a8b856109e1565b1015611d5757611b9b8a610feb89611b96611b8584896109e1565b965b60188c015160c01c96516109ee565b6109f8565b906001600160fe1b038216820361048d57611bb891891b906109b6565b9581881b6001600160fe1b038316830361048d57611bd9818960c051613b46565b60019290921b600319169a6001600160fe1b038516850361048d57611c1d90610feb611c12848f611c0a908e6109b6565b60c051613b46565b96895160e01c6109f8565b808a1b91906001600160fe1b0381160361048d57610ff0826030611c4f84610ff0611c5a9760288f015160c01c6109b6565b9a015160c01c6109b6565b95611c6483612f3e565b96611c6e84612f3e565b995f5b858110611ca25750505050505050610d6f959692611c996110899593610cb1610feb94613830565b8260c051613c43565b80821b906001600160fe1b038116810361048d578c611d508261149b611d398f8d611d4a611d3492611d448f8f8f918e60019f80611cf481611cea611cfe94611d08976109b6565b5160e01d9b6109b6565b5160e01d946109b6565b5160e01d936109b6565b5160e01d93611d3e8b61149b611d39611d34611d24888d612f7b565b611d2e8b89612f7b565b90612f0e565b613d11565b613d5d565b52612f7b565b92612f7b565b90612ec5565b5201611c71565b611b9b8a610feb89611b96601096611b87565b604051631aace91160e11b8152602060048201526016602482015275726f7065206974656d206f7574206f662072616e676560501b6044820152606490fd5b50611db5818a516109ee565b604486015160e01c1115611b39565b6019819a92959397999a98969498145f14611fdb57505051604081015160e01c955191611dfb87601884015160c01c60c051613b46565b611e1b88611c0a602086015160c01c610fe5604488015160e01c896109f8565b611e3a610faa604886015160e01c610fe5604c88015160e01c896109f8565b90603885015160c01c9960348b01808c1161048d5791611e608a9360c096939651613aec565b945f925f925b828410611fb5575050505091611ebc91611eb0611ec2959482611ea1611e9660508c015193895160f01c90612f7b565b865160f01c90612f7b565b96015160f81c9060e01d612f0e565b91015160f81c90612f0e565b90613d89565b97889484611f4e575b50865160109392611ee692909115611f3e57610cb190613830565b015160c01c926001600160fe1b038216820361048d57611f1e93611f1592611f0f921b906109b6565b91613b79565b9060c051613c43565b51611f27575050565b6020810180911161048d576113fb610d6f92613b79565b808b60c0611415930151916138b8565b611f588151613ec4565b15611f6f575189811315611ecb5798506010611ecb565b604051631aace91160e11b815260206004820152601b60248201527f73636f7265206d6178696d756d206f75747369646520696e74333200000000006044820152606490fd5b9193836001929496508301515f1a5f0b868501515f1a5f0b02019401918b949391611e66565b92979693949392601a810361223057505051905195603882015160c01c956020870180881161048d576120109060c051613a9d565b5160188401519489901b9460c090811c91901d6001600160fe1b038a168a0361048d57612043610faa8761204d946109b6565b5160e01d90612f0e565b945f86128015612222575b6121dc575f958060101d90601e82131561216d575b505085986120d7575b50926010611f159361209d611f0f946120a798978a5115155f146120c757610cb190613830565b015160c01c6109b6565b516120b0575050565b6028810180911161048d576113fb610d6f92613b79565b808d60c0611415930151916138b8565b80929594919850515f811290811561215f575b50612119576010611f159361209d6120a79761210a88611f0f9751612ec5565b9b949798509450509350612076565b604051631aace91160e11b815260206004820152601c60248201527f6578706f6e656e7469616c2073756d206f7574206f662072616e6765000000006044820152606490fd5b6001603e1b9150135f6120ea565b602886015192975090916121999061219190600684901c6103fc169060c01c6109b6565b60c0516128a1565b805160e01d906004810180911161048d576121d29260ff6121c16121c9935160e01d85612f0e565b911690612f7b565b60081d90612f0e565b901d945f8061206d565b604051631aace91160e11b815260206004820152601760248201527f73636f72652061626f766520746865206d6178696d756d0000000000000000006044820152606490fd5b506402000000008613612058565b8092949650601b9193979550989798145f146124f35750505191604083015160e01c935193603884015160c01c6028810180911161048d576122749060c051613a9d565b51601885015160c091821d95911c6001600160fe1b038716870361048d57610faa6122a29188861b906109b6565b5160e01d6122c5610faa604884015160e01c610fe5604c86015160e01c8b6109f8565b6122e584611c0a602086015160c01c610fe5604488015160e01c8d6109f8565b9481015160f81c926340000000881280156124e6575b80156124dd575b80156124d3575b61248d576010015160c01c9661231e85612f3e565b98612427575b80156109cd5761235092612342916720000000000000000490612f7b565b601f1d905160f01c90612f7b565b901b601e1d5f5b8281106123735750505050610d6f9394610cb16113d192613830565b6701000000000000006123868289612fbe565b515f8112156124225761239890612f6b565b136123dc57806123cb6123bb6123b0600194886109b6565b515f1a5f0b85612f7b565b6123c5838b612fbe565b51612ec5565b6123d5828a612fbe565b5201612357565b604051631aace91160e11b815260206004820152601d60248201527f617474656e74696f6e206f7574707574206f7574206f662072616e67650000006044820152606490fd5b612398565b6001600160fd1b038516850361048d576124478560031b8960c051613b46565b5f5b868110612457575050612324565b6001600160fd1b038116810361048d57808b6124868261247c60019560031b876109b6565b5160c01d92612fbe565b5201612449565b604051631aace91160e11b815260206004820152601e60248201527f617474656e74696f6e2077656967687473206f7574206f662072616e676500006044820152606490fd5b50600f8411612309565b505f8312612302565b506001603e1b88136122fb565b909450601c819793949697145f146127e057505191604483015160e01c936006851280156127d6575b6127a3575194604084015160e01c60048702968088046004149015171561048d57808710156127655786600461255282846109e1565b101561275b57612561916109e1565b945b601885015187831b969060c01c6001600160fe1b038916890361048d578761258a916109b6565b81841b6001600160fe1b038316830361048d57611c0a6125b0826125be9460c051613b46565b9960208a015160c01c6109b6565b9660048301600481125f851290801582169115161761048d576001901b90600519840193841360011661048d576125f6839493612f3e565b985f936001811b9260288b01975f198501948511965b888110612654575050505050505050505060109291610cb161262d92613830565b015160c01c916001600160fd1b038116810361048d57610d6f926113d19160031b906109b6565b80821b906001600160fe1b038116810361048d578e61267383866109b6565b5160e01d926126818a612f6b565b841215612734576126958a61190881612f6b565b8d5160c01c81891c6001600160fe1b038116810361048d576126bd9161219191891b906109b6565b805160e01d926004820180921161048d576126dd848f935160e01d612f0e565b9161048d5761272361271c611d39611d348f9a6127168f9961272d9a61270e60019f9a8f9c9b61149b9c1690612f7b565b901d90612ec5565b90612f7b565b918c6109b6565b5160e01d90612f7b565b520161260c565b61273d8a612ee0565b841315612751576126958a61190881612ee0565b6126958a85612ec5565b5050600494612563565b604051631aace91160e11b8152602060048201526015602482015274313637b1b5903830b9ba103a3432903b32b1ba37b960591b6044820152606490fd5b604051631aace91160e11b815260206004820152600a60248201526919d85d19481cda1a599d60b21b6044820152606490fd5b50601e851361251c565b9294505050601d141590506127fb57610d6f9060c051612acd565b604051631aace91160e11b815260206004820152600c60248201526b1d5b9adb9bdddb881ada5b9960a21b6044820152606490fd5b5060158b146115d7565b604051631aace91160e11b81526020600482015260116024820152700637572736f72206f757473696465206f7607c1b6044820152606490fd5b508083511015610bf6565b90915060e01c6001810180911161048d57905f610be8565b5050505050509050565b908060051c60608301516008830180841161048d576007840190811161048d57826128ce9160051c6109e1565b936001850180951161048d576128f094601f93610c91936080840151936129e2565b90565b908060051c60608301516004830180841161048d576003840190811161048d57826128ce9160051c6109e1565b918015612953578160051c9061293b606085015191846109b6565b5f19810190811161048d57826128ce9160051c6109e1565b604051631aace91160e11b815260206004820152600d60248201526c656d707479206f70656e696e6760981b6044820152606490fd5b906129b360a09160405190604082016040525f82526020820152604084015160c0850151916137d3565b910152565b9160a0916129b391604051916040830160405282526020820152604084015160c0850151916137d3565b90949291935f83158015612ab8575b8015612aa0575b610e1757825196600585901b916001600160fb1b03861686036104b157612a1f838a6109b6565b97602086019687518a11610dcb5760208501808611612a8c579085612a558c969594939060405191601f80199101168201604052565b9c8d378b860183905260408051601f8801601f19168101909152958c875e612a7c95613952565b93518411610dcb5703610d855752565b634e487b7160e01b84526011600452602484fd5b5050612aac83866109b6565b5f906001881b106129f8565b505f6129f1565b5f19811461048d5760010190565b9091610100830151604081015160e01c916040850192612aee818551613a5b565b601885015160c01c6001600160fe1b038316830361048d57612b14908360021b906109b6565b6001600160fe1b038216820361048d57612b33908260021b9089613b46565b9060a08901519260c08a0151975115612eb6575b5f5b828110612e6c5750505050608087015115612e4c57505f8412908115612e41575b50612ded57612b80602083015160c01c85613a9d565b9460e08651811c910151948560e01c9663ffffffff8760c01c169460018901809911978861048d57848a10612dc65760308201518060c01c9060c51c906060860151916044820180831161048d576043830190811161048d5781612be69160051c6109e1565b906001820180921161048d57612c0c93601f92610c91929c9e9c60808b0151928b6129e2565b998a975f895160e01c9b60045f9b01809e119a5b8d811080612dbc575b15612c74578b61048d576001600160fe1b038116810361048d578c8f612c53908360021b906109b6565b5160e01c14612c6b575b612c6690612abf565b612c20565b60019250612c5d565b509295989c5092959998509295995060018101998a8211978861048d5763ffffffff8c11612d76578315612d61575b508215612d3b575b505015612d06575050604882015160e01c60c01b9261048d576403fffffffc6010611f0f93612cf0612d0096610d6f9a60c01b63ffffffff60e01b871617908a6129b8565b015160c01c9160be1c16906109b6565b91613c43565b93909361048d5761048d576403fffffffc6010611f0f93612d36612d0096610d6f9a60c01b9060e01b1789612989565b612cf0565b612d4592506109b6565b6001810180911161048d57604485015160e01c11155f80612cab565b600401515f985060e01c8b1015925087612ca3565b604051631aace91160e11b815260206004820152601960248201527f67656e65726174656420636f756e74206f766572666c6f7773000000000000006044820152606490fd5b5060108110612c29565b9498610d6f985060e01b63ffffffff60c01b90951694909417955090935061298992505050565b604051631aace91160e11b815260206004820152602560248201527f73656c656374656420746f6b656e206f7574736964652074686520766f636162604482015264756c61727960d81b6064820152608490fd5b90508312155f612b6a565b869350612e63915093610d6f959460e093976138b8565b910151916129b8565b6001600160fe1b038116810361048d57612e898160021b856109b6565b5160e01d858113612e9e575b50600101612b49565b985093506001612eae85836109b6565b989490612e95565b82515f985060e01d9350612b47565b9190915f838201938412911290801582169115161761048d57565b905f19820191821360011661048d57565b905f82603e039212603e8312811690603e84139015161761048d57565b81810392915f13801582851316918412161761048d57565b67ffffffffffffffff81116109a25760051b60200190565b90612f50612f4b83612f26565b61097c565b8281528092612f61601f1991612f26565b0190602036910137565b600160ff1b811461048d575f0390565b81810292915f8212600160ff1b82141661048d57818405149015171561048d57565b805115612faa5760200190565b634e487b7160e01b5f52603260045260245ffd5b8051821015612faa5760209160051b010190565b610100820151604081015160e01c92612fef846040830151613a5b565b6130328161302c6130118261300b8760188b015160c01c6109b6565b8a613b46565b94610feb602889015160c01c610fe560208a019c8d516109f8565b87612920565b9160a084016130418151613ec4565b156131d15751925f9291905b82841061323d57505050506080820151156132235761306b81613ec4565b156131d157613081602084015160c01c85613aec565b90603084015160c01c865160018060fe1b038116810361048d576130b2916130ac9160021b906109b6565b866128f3565b5f91604886015160e01c613189575b6130d36130de91855160f01c90612f7b565b825160f01c90612f7b565b906002810180911161048d5761310a936002613104925160f01d91015160f81c90612f0e565b90613e2d565b601083015160c01c94519160018060fe1b038316830361048d57604461313a610d6f97612d009560021b906109b6565b94015160e01c613163575b8060e061315461315e93613830565b91015190866129b8565b613b79565b906131816110b861315e926131788789613aec565b5160e01d612ec5565b919050613145565b6038860151885191935060c01c906001600160fe1b038116810361048d576131c46131be6130de936130d39360021b906109b6565b896128f3565b5160e01d939150506130c1565b604051631aace91160e11b8152602060048201526024808201527f70726f6a656374696f6e20616363756d756c61746f72206f7574736964652069604482015263373a199960e11b6064820152608490fd5b610d6f9450819250612e639060c060e093015190846138b8565b90919293600190858301515f1a5f0b868501515f1a5f0b0201940192919061304d565b9091610100830151604481015160e01c9160048314928315806134fa575b611a9a57819061329a6040880151604086015160e01c90613a1b565b9190603886015160c01c955f9461346b575b836132ca6132d79493610fe560186132d095015160c01c91866109f8565b926109f8565b9088613b46565b60a0880180515f811290811561345d575b506134095751955f5b83811061336357505050505060808501511561334b5761333c91611f0f9161332b8760e0613321610d6f9a613830565b91015190886129b8565b156133425760ff60185b16906109b6565b91613b9c565b60ff6010613335565b50509160e0612e63610d6f9460c084015190846138b8565b81156133e3576001600160fe1b038116810361048d576133868160021b846109b6565b5160e01d5b5f8112156133d8576001603e1b6133a182612f6b565b1361191c57851d5f8112156133d3576133b990612f6b565b8881136133ca575b506001016132f1565b975060016133c1565b6133b9565b6001603e1b816133a1565b6001600160fd1b038116810361048d576134008160031b846109b6565b5160c01d61338b565b604051631aace91160e11b815260206004820152602560248201527f7175616e74697a6174696f6e20616363756d756c61746f72206f7574206f662060448201526472616e676560d81b6064820152608490fd5b6001603e1b9150135f6132e8565b9350906010860180871161048d576134839089613a9d565b5160c01d5f811280156134ed575b611a285761349e90613f0b565b83601f8211156134d65750601e19810190811161048d57836132ca6132d794610fe560186132d0955b999550505093945050506132ac565b6132d091506132ca6132d794610fe560185f6134c7565b506001603e1b8113613491565b50600881141561327e565b9061010081015191604083015160e01c604083015160408102908082046040149015171561048d578181101561276557604061354182846109e1565b10156137cb5761355181836109e1565b905b601886015160c01c6001600160fe1b038216820361048d576135789160021b906109b6565b6001600160fe1b038216820361048d57613597908260021b9085613b46565b9060a0850180515f81129081156137bc575b506137765751915f91905b818310613713575050506080840151156136f8576135df90610feb603087015160c01c9384926109ee565b90600181109081156136ea575b5080156136d8575b6136925761360181613f0b565b603e0390603e821161048d5761361c9060011983161b613fbc565b80156109cd57613642906001603e1b049360e061363882613830565b91015190846129b8565b61364c606061097c565b6002815292604036602086013761366284612f9d565b5260011c602e03602e811161048d57825160011015612faa57610d6f936038916040850152015160c01c90613b9c565b604051631aace91160e11b815260206004820152601860248201527f6d65616e20737175617265206f7574206f662072616e676500000000000000006044820152606490fd5b50603e6136e482613f0b565b116135f4565b6001603e1b9150115f6135ec565b610d6f945060e09150612e639060c0859495015190846138b8565b91929091906001600160fe1b038416840361048d576137358460021b836109b6565b5160e01d5f81121561376c5762ffffff61374e82612f6b565b136114fb57600191611d4a8261376393612f7b565b930191906135b4565b62ffffff8161374e565b604051631aace91160e11b815260206004820152601b60248201527f73756d206f662073717561726573206f7574206f662072616e676500000000006044820152606490fd5b6001603e1b915012155f6135a9565b604090613553565b905f8060026137ee959460408051918183018252825e613952565b5090565b939291600582901b916001600160fb1b038116810361048d576137ee95836138285f959060405191601f80199101168201604052565b91825e613952565b60808101511561388b576020810180516001810180911161048d576060830151116138715750516001810180911161048d5760c01b63ffffffff60c01b1690565b905190516001810180911161048d5760a01b9060c01b1790565b80519060406020820151910151916001830180931161048d5760c01b60a09190911b1760809190911b1790565b91906080830151156138fd5750506020810180516001810180911161048d576060830151116138715750516001810180911161048d5760c01b63ffffffff60c01b1690565b82519260406020820151910151906001820180921161048d576128f0949091929367ffffffffffffffff6fffffffffffffffff000000000000000091169460401b169260801b9160a01b9060c01b1717171790565b94959493929082015f19015b83821061396e5750505050519190565b5f60018416613a0f575b5f916001811615613a02575b8460011c928160011c95845b878111156139a95750505050506001909291019061395e565b80600191821b86848210156139f3575b8486928886820111156139e1575b50505f5260205260405f2087820360051b8c015201613990565b03840160051b8d01519150845f6139c7565b5083810360051b8c01516139b9565b6020890198359250613984565b50602087019635613978565b919060208302928084046020149015171561048d578281811015612765576020613a4582846109e1565b1015613a54576128f0916109e1565b5050602090565b919091610100908181029080820483149015171561048d578093808210156127655782613a8883836109e1565b1015613a98576128f092506109e1565b505090565b908060051c60408301516008830180841161048d576007840190811161048d5782613aca9160051c6109e1565b936001850180951161048d576128f094601f93610c919360a0840151936129e2565b908060051c60408301516004830180841161048d576003840190811161048d5782613aca9160051c6109e1565b908060051c60408301516010830180841161048d57600f840190811161048d5782613aca9160051c6109e1565b918015612953578160051c90613b61604085015191846109b6565b5f19810190811161048d5782613aca9160051c6109e1565b90613b84604061097c565b600181529160203681850137613b9983612f9d565b52565b929190815180600802906008820414600815171561048d576020810180911161048d5760408051601f909201601f19168201905290929060089490915f91825b8551811015613c215780880290888204811485171561048d57613c01600192876109b6565b6001600160c01b0319613c14838a612fbe565b5160c01b16905201613bdc565b50949193909550519283600802936008850414171561048d57610d6f93613f2c565b929190815180600402906004820414600415171561048d576020810180911161048d5760408051601f909201601f191682019052929392905f946004918215965b8551811015613cdc578084028481048214891715613cc95790613ca9600192876109b6565b6001600160e01b0319613cbc838a612fbe565b5160e01b16905201613c84565b601185634e487b7160e01b5f525260245ffd5b50919593949094519384870294878604141715613cfe57610d6f949550613f2c565b601186634e487b7160e01b5f525260245ffd5b613d2090632000000090612ec5565b601e1d90565b5f821315613d5857603f821215613d5257613d4d906001613d4684612ee0565b1b90612ec5565b901d90565b50505f90565b905090565b637fffffff811315613d725750637fffffff90565b637ffffffe198112156128f05750637ffffffe1990565b905f8113613e1c57613d9a90612f6b565b8115613e1157603e8112801590613dfc575b8015613ddf575b613dc6575f6128f092611d39921b612ec5565b505f1215613dd657637fffffff90565b637ffffffe1990565b50613df46001613dee83612ef1565b1b612f6b565b821315613db3565b506001613e0882612ef1565b1b821215613dac565b50506128f05f613d5d565b5f611908611d39926128f094613d26565b905f8113613eb357613e3e90612f6b565b8115613ea857603e8112801590613e93575b8015613e7c575b613e6a5791611d39916128f0931b612ec5565b505f12159050613dd657637fffffff90565b50613e8b6001613dee83612ef1565b821315613e57565b506001613e9f82612ef1565b1b821215613e50565b50506128f090613d5d565b916119086128f093611d3993613d26565b637fffffff198112159081613ed7575090565b637fffffff9150131590565b62ffffff811315613ef6575062ffffff90565b62fffffe198112156128f0575062fffffe1990565b90815f925b613f175750565b60011c918290613f2690612abf565b92613f10565b919392908060051c613f3e83836109b6565b5f19810190811161048d5781613f569160051c6109e1565b6001810180911161048d57601f936040860190613f8b613f81835198858760a083019b8c51936129e2565b97909616866109b6565b5f5b828110613fa957505050613fa59596975051926137f2565b9052565b806001918c01515f1a8184015301613f8d565b9060028210610d6f57613fce82613f0b565b6001810180911161048d57600190811c1b915b91613ff5613fef82856109ee565b826109b6565b60011c9080821015614008575091613fe1565b92505056fea2646970667358221220d5bfb3ec62f5e7538a9e32300fe5011539132e428d13bddc13d46d8c637661ad64736f6c63430008250033",
}

// OneStepExecutorLLM is an auto generated Go binding around an Ethereum contract.
type OneStepExecutorLLM struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OneStepExecutorLLM) GetABI() abi.ABI {
	return c.abi
}

// NewOneStepExecutorLLM creates a new instance of OneStepExecutorLLM.
func NewOneStepExecutorLLM() *OneStepExecutorLLM {
	parsed, err := OneStepExecutorLLMMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepExecutorLLM{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepExecutorLLM) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackFinalRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79a4c02b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalRoot(bytes32 header, bytes output) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) PackFinalRoot(header [32]byte, output []byte) []byte {
	enc, err := oneStepExecutorLLM.abi.Pack("finalRoot", header, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79a4c02b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalRoot(bytes32 header, bytes output) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) TryPackFinalRoot(header [32]byte, output []byte) ([]byte, error) {
	return oneStepExecutorLLM.abi.Pack("finalRoot", header, output)
}

// UnpackFinalRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79a4c02b.
//
// Solidity: function finalRoot(bytes32 header, bytes output) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) UnpackFinalRoot(data []byte) ([32]byte, error) {
	out, err := oneStepExecutorLLM.abi.Unpack("finalRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0512d5d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialRoot(bytes32 header, bytes input) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) PackInitialRoot(header [32]byte, input []byte) []byte {
	enc, err := oneStepExecutorLLM.abi.Pack("initialRoot", header, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0512d5d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialRoot(bytes32 header, bytes input) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) TryPackInitialRoot(header [32]byte, input []byte) ([]byte, error) {
	return oneStepExecutorLLM.abi.Pack("initialRoot", header, input)
}

// UnpackInitialRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0512d5d8.
//
// Solidity: function initialRoot(bytes32 header, bytes input) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) UnpackInitialRoot(data []byte) ([32]byte, error) {
	out, err := oneStepExecutorLLM.abi.Unpack("initialRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf173ae93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes proof) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) PackStep(weightRoot [32]byte, header [32]byte, pre [32]byte, proof []byte) []byte {
	enc, err := oneStepExecutorLLM.abi.Pack("step", weightRoot, header, pre, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf173ae93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes proof) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) TryPackStep(weightRoot [32]byte, header [32]byte, pre [32]byte, proof []byte) ([]byte, error) {
	return oneStepExecutorLLM.abi.Pack("step", weightRoot, header, pre, proof)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf173ae93.
//
// Solidity: function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes proof) pure returns(bytes32)
func (oneStepExecutorLLM *OneStepExecutorLLM) UnpackStep(data []byte) ([32]byte, error) {
	out, err := oneStepExecutorLLM.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepExecutorLLM *OneStepExecutorLLM) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepExecutorLLM.abi.Errors["InvalidStep"].ID.Bytes()[:4]) {
		return oneStepExecutorLLM.UnpackInvalidStepError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepExecutorLLMInvalidStep represents a InvalidStep error raised by the OneStepExecutorLLM contract.
type OneStepExecutorLLMInvalidStep struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStep(string reason)
func OneStepExecutorLLMInvalidStepErrorID() common.Hash {
	return common.HexToHash("0x3559d22229f18aaaadf369a62a57a9694a4006a0d9eec184799ba276d6695863")
}

// UnpackInvalidStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStep(string reason)
func (oneStepExecutorLLM *OneStepExecutorLLM) UnpackInvalidStepError(raw []byte) (*OneStepExecutorLLMInvalidStep, error) {
	out := new(OneStepExecutorLLMInvalidStep)
	if err := oneStepExecutorLLM.abi.UnpackIntoInterface(out, "InvalidStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSlasher\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SlasherAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BurnFlushed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"SlasherSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"staked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondAt\",\"type\":\"uint64\"}],\"internalType\":\"structStaking.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"flushBurned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"isStaked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingBurn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"slasher_\",\"type\":\"address\"}],\"name\":\"setSlasher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"rewardBps\",\"type\":\"uint16\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawUnbonded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "313022a15e69f358095f7139e3b0d482ec",
	Bin: "0x60e03461010b57601f610b1a38819003918201601f19168301916001600160401b0383118484101761010f57808492604094855283398101031261010b578051602090910151906001600160401b03821680830361010b5781156100da57156100a35760805260a0523360c0526040516109f6908161012482396080518181816104700152610570015260a05181818160ff015261081b015260c051816102530152f35b6040516389a6198960e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b6044820152606490fd5b6040516389a6198960e01b81526020600482015260086024820152676d696e5374616b6560c01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c8063160f209f146107725780631f282d9e146105b0578063371f530a14610593578063375b3c0a146105595780633a4b66f1146104d657806342623360146104955780636177fd18146104315780636e373bef1461038b5780638086b8ba146102f8578063aabc249614610238578063b134427114610211578063c0a2526c146101f5578063d842019f14610123578063db7dd35a146100df5763f43cc773146100be575f80fd5b346100db575f3660031901126100db576020600354604051908152f35b5f80fd5b346100db575f3660031901126100db57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100db575f3660031901126100db5760025480156101e6575f808080938160025561015181600354610918565b6003557fccd605b127ac40867a420a3a7d0fd9c64af89348a0b66ce430f1303c0db9c1be6020604051838152a161dead5af13d156101e1573d67ffffffffffffffff81116101cd576101ac601f8201601f1916602001610952565b9081525f60203d92013e5b156101be57005b6312171d8360e31b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b6101b7565b631f2a200560e01b5f5260045ffd5b346100db575f3660031901126100db57602060405161dead8152f35b346100db575f3660031901126100db575f546040516001600160a01b039091168152602090f35b346100db5760203660031901126100db576102516108c2565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102e9575f54906001600160a01b0382166102da576001600160a01b03166001600160a01b03199190911681175f556040519081527f93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e90602090a1005b634d5654df60e11b5f5260045ffd5b638b906c9760e01b5f5260045ffd5b346100db5760203660031901126100db576103116108c2565b5f604061031c610932565b828152826020820152015260018060a01b03165f526001602052606060405f2067ffffffffffffffff61034d610932565b6001600160801b038354604084600184841697888752602087019460801c855201541693019283526040519485525116602084015251166040820152f35b346100db575f3660031901126100db57335f52600160205260405f20805460801c80156101e65767ffffffffffffffff6001830154169182421061041e5761041c92506001600160801b0381541690556103e781600354610918565b6003556040518181527fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b460203392a233610978565b005b8263be8a527b60e01b5f5260045260245ffd5b346100db5760203660031901126100db576001600160a01b036104526108c2565b165f52600160205260206001600160801b0360405f205416604051907f000000000000000000000000000000000000000000000000000000000000000011158152f35b346100db5760203660031901126100db576001600160a01b036104b66108c2565b165f52600160205260206001600160801b0360405f205416604051908152f35b5f3660031901126100db5734156101e657335f5260016020526001600160801b0360405f208161050b813416828454166108f8565b16821982541617815561052034600354610925565b60035554166040519034825260208201527f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee9060403392a2005b346100db575f3660031901126100db5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100db575f3660031901126100db576020600254604051908152f35b346100db5760603660031901126100db576105c96108c2565b6024356044359161ffff83168093036100db575f546001600160a01b0316330361075f5761069a9060018060a01b031691825f52600160205261063b61069561065060405f20936001600160801b03855416908181105f1461074e576001600160801b03819586935b828516906108d8565b166001600160801b0319875416178655610918565b835460801c9390848110156107445761067590945b6001600160801b038616906108d8565b81546001600160801b031660809190911b6001600160801b031916179055565b610925565b908282029282840414821517156107305761271060409304907f23ee33e2cc85d581547d857dc227450a3e2ef8666fa2faa5b13f0a0893e4d4ad60606106e08486610918565b6106ec81600254610925565b6002556106fb85600354610918565b60035586519086825285602083015287820152a280610721575b82519182526020820152f35b61072b8133610978565b610715565b634e487b7160e01b5f52601160045260245ffd5b5061067584610665565b6001600160801b0382958693610632565b6325e066bb60e11b5f523360045260245ffd5b346100db5760203660031901126100db576004356001600160801b038116908181036100db5781156101e657335f52600160205260405f20906001600160801b038254168381106108ab57816001600160801b036107d6610810946107f0946108d8565b85546001600160801b03191691161780855560801c6108f8565b82546001600160801b031660809190911b6001600160801b031916178255565b67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff4216019067ffffffffffffffff821161073057600167ffffffffffffffff91019116908167ffffffffffffffff1982541617905560405191825260208201527fac526a10172f0bbd1328fce8b1172f31af97437a814307d519c9d755b39efa8c60403392a2005b83906322df051360e11b5f5260045260245260445ffd5b600435906001600160a01b03821682036100db57565b906001600160801b03809116911603906001600160801b03821161073057565b906001600160801b03809116911601906001600160801b03821161073057565b9190820391821161073057565b9190820180921161073057565b604051906060820182811067ffffffffffffffff8211176101cd57604052565b6040519190601f01601f1916820167ffffffffffffffff8111838210176101cd57604052565b5f80809381935af13d156109bb573d67ffffffffffffffff81116101cd576109a9601f8201601f1916602001610952565b9081525f60203d92013e5b156101be57565b6109b456fea264697066735822122029136867253769c02ce0e075c6be78ef424d36b0233540467ccc9ec2a95a926264736f6c63430008250033",
}

// Staking is an auto generated Go binding around an Ethereum contract.
type Staking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Staking) GetABI() abi.ABI {
	return c.abi
}

// NewStaking creates a new instance of Staking.
func NewStaking() *Staking {
	parsed, err := StakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Staking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Staking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint64 unbondingDelay_) returns()
func (staking *Staking) PackConstructor(minStake_ *big.Int, unbondingDelay_ uint64) []byte {
	enc, err := staking.abi.Pack("", minStake_, unbondingDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0a2526c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN() view returns(address)
func (staking *Staking) PackBURN() []byte {
	enc, err := staking.abi.Pack("BURN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0a2526c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN() view returns(address)
func (staking *Staking) TryPackBURN() ([]byte, error) {
	return staking.abi.Pack("BURN")
}

// UnpackBURN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0a2526c.
//
// Solidity: function BURN() view returns(address)
func (staking *Staking) UnpackBURN(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("BURN", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address who) view returns((uint128,uint128,uint64))
func (staking *Staking) PackAccountOf(who common.Address) []byte {
	enc, err := staking.abi.Pack("accountOf", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address who) view returns((uint128,uint128,uint64))
func (staking *Staking) TryPackAccountOf(who common.Address) ([]byte, error) {
	return staking.abi.Pack("accountOf", who)
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address who) view returns((uint128,uint128,uint64))
func (staking *Staking) UnpackAccountOf(data []byte) (StakingAccount, error) {
	out, err := staking.abi.Unpack("accountOf", data)
	if err != nil {
		return *new(StakingAccount), err
	}
	out0 := *abi.ConvertType(out[0], new(StakingAccount)).(*StakingAccount)
	return out0, nil
}

// PackFlushBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd842019f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flushBurned() returns()
func (staking *Staking) PackFlushBurned() []byte {
	enc, err := staking.abi.Pack("flushBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlushBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd842019f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flushBurned() returns()
func (staking *Staking) TryPackFlushBurned() ([]byte, error) {
	return staking.abi.Pack("flushBurned")
}

// PackIsStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6177fd18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isStaked(address who) view returns(bool)
func (staking *Staking) PackIsStaked(who common.Address) []byte {
	enc, err := staking.abi.Pack("isStaked", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6177fd18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isStaked(address who) view returns(bool)
func (staking *Staking) TryPackIsStaked(who common.Address) ([]byte, error) {
	return staking.abi.Pack("isStaked", who)
}

// UnpackIsStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6177fd18.
//
// Solidity: function isStaked(address who) view returns(bool)
func (staking *Staking) UnpackIsStaked(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("isStaked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (staking *Staking) PackMinStake() []byte {
	enc, err := staking.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (staking *Staking) TryPackMinStake() ([]byte, error) {
	return staking.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (staking *Staking) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371f530a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingBurn() view returns(uint256)
func (staking *Staking) PackPendingBurn() []byte {
	enc, err := staking.abi.Pack("pendingBurn")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x371f530a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingBurn() view returns(uint256)
func (staking *Staking) TryPackPendingBurn() ([]byte, error) {
	return staking.abi.Pack("pendingBurn")
}

// UnpackPendingBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x371f530a.
//
// Solidity: function pendingBurn() view returns(uint256)
func (staking *Staking) UnpackPendingBurn(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("pendingBurn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160f209f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint128 amount) returns()
func (staking *Staking) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := staking.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160f209f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint128 amount) returns()
func (staking *Staking) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("requestUnbond", amount)
}

// PackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlasher(address slasher_) returns()
func (staking *Staking) PackSetSlasher(slasher common.Address) []byte {
	enc, err := staking.abi.Pack("setSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlasher(address slasher_) returns()
func (staking *Staking) TryPackSetSlasher(slasher common.Address) ([]byte, error) {
	return staking.abi.Pack("setSlasher", slasher)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f282d9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address who, uint256 amount, uint16 rewardBps) returns(uint256 slashed, uint256 reward)
func (staking *Staking) PackSlash(who common.Address, amount *big.Int, rewardBps uint16) []byte {
	enc, err := staking.abi.Pack("slash", who, amount, rewardBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f282d9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address who, uint256 amount, uint16 rewardBps) returns(uint256 slashed, uint256 reward)
func (staking *Staking) TryPackSlash(who common.Address, amount *big.Int, rewardBps uint16) ([]byte, error) {
	return staking.abi.Pack("slash", who, amount, rewardBps)
}

// SlashOutput serves as a container for the return parameters of contract
// method Slash.
type SlashOutput struct {
	Slashed *big.Int
	Reward  *big.Int
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f282d9e.
//
// Solidity: function slash(address who, uint256 amount, uint16 rewardBps) returns(uint256 slashed, uint256 reward)
func (staking *Staking) UnpackSlash(data []byte) (SlashOutput, error) {
	out, err := staking.abi.Unpack("slash", data)
	outstruct := new(SlashOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Slashed = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slasher() view returns(address)
func (staking *Staking) PackSlasher() []byte {
	enc, err := staking.abi.Pack("slasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slasher() view returns(address)
func (staking *Staking) TryPackSlasher() ([]byte, error) {
	return staking.abi.Pack("slasher")
}

// UnpackSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (staking *Staking) UnpackSlasher(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("slasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() payable returns()
func (staking *Staking) PackStake() []byte {
	enc, err := staking.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() payable returns()
func (staking *Staking) TryPackStake() ([]byte, error) {
	return staking.abi.Pack("stake")
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address who) view returns(uint256)
func (staking *Staking) PackStakeOf(who common.Address) []byte {
	enc, err := staking.abi.Pack("stakeOf", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address who) view returns(uint256)
func (staking *Staking) TryPackStakeOf(who common.Address) ([]byte, error) {
	return staking.abi.Pack("stakeOf", who)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address who) view returns(uint256)
func (staking *Staking) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (staking *Staking) PackTotalHeld() []byte {
	enc, err := staking.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (staking *Staking) TryPackTotalHeld() ([]byte, error) {
	return staking.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (staking *Staking) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) PackUnbondingDelay() []byte {
	enc, err := staking.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) TryPackUnbondingDelay() ([]byte, error) {
	return staking.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnbonded() returns()
func (staking *Staking) PackWithdrawUnbonded() []byte {
	enc, err := staking.abi.Pack("withdrawUnbonded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnbonded() returns()
func (staking *Staking) TryPackWithdrawUnbonded() ([]byte, error) {
	return staking.abi.Pack("withdrawUnbonded")
}

// StakingBurnFlushed represents a BurnFlushed event raised by the Staking contract.
type StakingBurnFlushed struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingBurnFlushedEventName = "BurnFlushed"

// ContractEventName returns the user-defined event name.
func (StakingBurnFlushed) ContractEventName() string {
	return StakingBurnFlushedEventName
}

// UnpackBurnFlushedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BurnFlushed(uint256 amount)
func (staking *Staking) UnpackBurnFlushedEvent(log *types.Log) (*StakingBurnFlushed, error) {
	event := "BurnFlushed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingBurnFlushed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingSlashed represents a Slashed event raised by the Staking contract.
type StakingSlashed struct {
	Who    common.Address
	Amount *big.Int
	Reward *big.Int
	Burned *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (StakingSlashed) ContractEventName() string {
	return StakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed who, uint256 amount, uint256 reward, uint256 burned)
func (staking *Staking) UnpackSlashedEvent(log *types.Log) (*StakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlashed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingSlasherSet represents a SlasherSet event raised by the Staking contract.
type StakingSlasherSet struct {
	Slasher common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingSlasherSetEventName = "SlasherSet"

// ContractEventName returns the user-defined event name.
func (StakingSlasherSet) ContractEventName() string {
	return StakingSlasherSetEventName
}

// UnpackSlasherSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlasherSet(address slasher)
func (staking *Staking) UnpackSlasherSetEvent(log *types.Log) (*StakingSlasherSet, error) {
	event := "SlasherSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlasherSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingStaked represents a Staked event raised by the Staking contract.
type StakingStaked struct {
	Who    common.Address
	Amount *big.Int
	Total  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (StakingStaked) ContractEventName() string {
	return StakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed who, uint256 amount, uint256 total)
func (staking *Staking) UnpackStakedEvent(log *types.Log) (*StakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingStaked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingUnbondRequested represents a UnbondRequested event raised by the Staking contract.
type StakingUnbondRequested struct {
	Who            common.Address
	Amount         *big.Int
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakingUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (StakingUnbondRequested) ContractEventName() string {
	return StakingUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed who, uint256 amount, uint64 withdrawableAt)
func (staking *Staking) UnpackUnbondRequestedEvent(log *types.Log) (*StakingUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondRequested)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingUnbonded represents a Unbonded event raised by the Staking contract.
type StakingUnbonded struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingUnbondedEventName = "Unbonded"

// ContractEventName returns the user-defined event name.
func (StakingUnbonded) ContractEventName() string {
	return StakingUnbondedEventName
}

// UnpackUnbondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unbonded(address indexed who, uint256 amount)
func (staking *Staking) UnpackUnbondedEvent(log *types.Log) (*StakingUnbonded, error) {
	event := "Unbonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbonded)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (staking *Staking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return staking.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return staking.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NotSlasher"].ID.Bytes()[:4]) {
		return staking.UnpackNotSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SlasherAlreadySet"].ID.Bytes()[:4]) {
		return staking.UnpackSlasherAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return staking.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return staking.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakingInsufficientStake represents a InsufficientStake error raised by the Staking contract.
type StakingInsufficientStake struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func StakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func (staking *Staking) UnpackInsufficientStakeError(raw []byte) (*StakingInsufficientStake, error) {
	out := new(StakingInsufficientStake)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInvalidConfig represents a InvalidConfig error raised by the Staking contract.
type StakingInvalidConfig struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string reason)
func StakingInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string reason)
func (staking *Staking) UnpackInvalidConfigError(raw []byte) (*StakingInvalidConfig, error) {
	out := new(StakingInvalidConfig)
	if err := staking.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotDeployer represents a NotDeployer error raised by the Staking contract.
type StakingNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func StakingNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (staking *Staking) UnpackNotDeployerError(raw []byte) (*StakingNotDeployer, error) {
	out := new(StakingNotDeployer)
	if err := staking.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNotSlasher represents a NotSlasher error raised by the Staking contract.
type StakingNotSlasher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlasher(address caller)
func StakingNotSlasherErrorID() common.Hash {
	return common.HexToHash("0x4bc0cd76e5ae33e138f3b6102c7a4d91ece10c34862bde6e59a763ba1571b395")
}

// UnpackNotSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlasher(address caller)
func (staking *Staking) UnpackNotSlasherError(raw []byte) (*StakingNotSlasher, error) {
	out := new(StakingNotSlasher)
	if err := staking.abi.UnpackIntoInterface(out, "NotSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSlasherAlreadySet represents a SlasherAlreadySet error raised by the Staking contract.
type StakingSlasherAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlasherAlreadySet()
func StakingSlasherAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x9aaca9be271f9dfbf9972b11c23b7b573f0866687939e28b79cb9d3c9618cb7a")
}

// UnpackSlasherAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlasherAlreadySet()
func (staking *Staking) UnpackSlasherAlreadySetError(raw []byte) (*StakingSlasherAlreadySet, error) {
	out := new(StakingSlasherAlreadySet)
	if err := staking.abi.UnpackIntoInterface(out, "SlasherAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStillUnbonding represents a StillUnbonding error raised by the Staking contract.
type StakingStillUnbonding struct {
	WithdrawableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func StakingStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func (staking *Staking) UnpackStillUnbondingError(raw []byte) (*StakingStillUnbonding, error) {
	out := new(StakingStillUnbonding)
	if err := staking.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingTransferFailed represents a TransferFailed error raised by the Staking contract.
type StakingTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func StakingTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (staking *Staking) UnpackTransferFailedError(raw []byte) (*StakingTransferFailed, error) {
	out := new(StakingTransferFailed)
	if err := staking.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAmount represents a ZeroAmount error raised by the Staking contract.
type StakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func StakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (staking *Staking) UnpackZeroAmountError(raw []byte) (*StakingZeroAmount, error) {
	out := new(StakingZeroAmount)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
