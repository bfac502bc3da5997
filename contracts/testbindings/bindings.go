// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

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

// CoprocessorRequestParams is an auto generated low-level Go binding around an user-defined struct.
type CoprocessorRequestParams struct {
	ModelId          *big.Int
	Input            []byte
	InputHash        [32]byte
	InputURI         string
	Routes           uint8
	CallbackGasLimit uint32
	Deadline         uint64
	Miner            common.Address
	Measurement      [32]byte
}

// MaliciousConsumerMetaData contains all meta data concerning the MaliciousConsumer contract.
var MaliciousConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"coprocessor_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"coprocessor\",\"outputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumMaliciousConsumer.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryAttempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"inputURI\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"internalType\":\"structCoprocessor.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumMaliciousConsumer.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFromCoprocessor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "9aec635a35d37b5b1e5044d757f4e2e8e5",
	Bin: "0x60a03461007f57601f6108cc38819003918201601f19168301916001600160401b038311848410176100835780849260209460405283398101031261007f57516001600160a01b038116810361007f5760805260405161083490816100988239608051818181610202015281816102e1015281816103bc01526107910152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c806321175b4a146100a957806326750174146100a4578063295a52121461009f5780637382084a1461009a5780638f58c0d414610095578063a1fbbfe714610090578063a8745cd21461008b578063d4fcb232146100865763dc6c71a80361000e5761043b565b6103a9565b61038c565b61032d565b610310565b6102cc565b6102a4565b6100da565b346100d65760203660031901126100d65760043560048110156100d65760ff80195f54169116175f555f80f35b5f80fd5b60203660031901126100d65760043567ffffffffffffffff81116100d6578060040161012060031983360301126100d657610181602091610104936040519485938493630185eef360e71b85528660048601528035602486015261016f61015a61014760248701846104bc565b61012060448a01526101448901916104ee565b916044860135606488015260648601906104bc565b868303602319016084880152906104ee565b9161019b6101916084830161042d565b60ff1660a4860152565b6101b76101aa60a4830161050e565b63ffffffff1660c4860152565b6101d76101c660c4830161051f565b67ffffffffffffffff1660e4860152565b6101f56101e660e48301610534565b6001600160a01b031685840152565b01356101248301520381347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af180156102815761024e915f91610252575b506040519081529081906020820190565b0390f35b610274915060203d60201161027a575b61026c8183610486565b8101906104ad565b5f61023d565b503d610262565b610548565b6004111561029057565b634e487b7160e01b5f52602160045260245ffd5b346100d6575f3660031901126100d65760ff5f54166040516004821015610290576020918152f35b346100d6575f3660031901126100d6576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100d6575f3660031901126100d6576020600254604051908152f35b346100d65760403660031901126100d65760243560043567ffffffffffffffff82116100d657366023830112156100d65781600401359067ffffffffffffffff82116100d65736602483850101116100d657602461001893019061056f565b346100d6575f3660031901126100d6576020600154604051908152f35b346100d6575f5f6003193601126100d6577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156100d6575f8091600460405180948193633ccfd60b60e01b83525af1801561028157610411575080f35b61001891505f90610486565b6024359060ff821682036100d657565b359060ff821682036100d657565b346100d65760403660031901126100d65761001860043561045a61041d565b506040519061046a602083610486565b5f8252610613565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176104a857604052565b610472565b908160209103126100d6575190565b9035601e19823603018112156100d657016020813591019167ffffffffffffffff82116100d65781360383136100d657565b908060209392818452848401375f828201840152601f01601f1916010190565b359063ffffffff821682036100d657565b359067ffffffffffffffff821682036100d657565b35906001600160a01b03821682036100d657565b6040513d5f823e3d90fd5b67ffffffffffffffff81116104a857601f01601f191660200190565b91909161057b82610553565b916105896040519384610486565b80835236818501116100d6576020815f926105ab968387013784010152610613565b565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b92916105ee6060915f9386526080602087015260808601906105ad565b938260408201520152565b6040906106109392815281602082015201906105ad565b90565b9061061f5f5460ff1690565b61062881610286565b80156107245761063781610286565b60018114610700578061064b600292610286565b146106f95761068a6106d69261068f604051630a3e0a3b60e21b602082015261068a8161067c8786602484016105d1565b03601f198101835282610486565b610777565b60405163278ecde160e01b6020820152602481018290526106b79061068a816044810161067c565b61067c604051938492636f1df0ad60e01b6020850152602484016105f9565b604051633ccfd60b60e01b6020820152600481526105ab9061068a602482610486565b620f42405ffd5b5f5b60405161071c8161067c6020820194859190602083019252565b519020610702565b60405162461bcd60e51b81526020600482015260096024820152686d616c6963696f757360b81b6044820152606490fd5b5f1981146107635760010190565b634e487b7160e01b5f52601160045260245ffd5b5f8091610785600154610755565b600155805190602001827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af13d156107f9573d6107cb81610553565b906107d96040519283610486565b81525f60203d92013e5b6107e957565b6107f4600254610755565b600255565b6107e356fea2646970667358221220984ac9ba29453fbe5d08126c5fa8200db8f59b6d03fd3b7dbd149a645248443364736f6c63430008250033",
}

// MaliciousConsumer is an auto generated Go binding around an Ethereum contract.
type MaliciousConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MaliciousConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewMaliciousConsumer creates a new instance of MaliciousConsumer.
func NewMaliciousConsumer() *MaliciousConsumer {
	parsed, err := MaliciousConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MaliciousConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MaliciousConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address coprocessor_) returns()
func (maliciousConsumer *MaliciousConsumer) PackConstructor(coprocessor_ common.Address) []byte {
	enc, err := maliciousConsumer.abi.Pack("", coprocessor_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7382084a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coprocessor() view returns(address)
func (maliciousConsumer *MaliciousConsumer) PackCoprocessor() []byte {
	enc, err := maliciousConsumer.abi.Pack("coprocessor")
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
func (maliciousConsumer *MaliciousConsumer) TryPackCoprocessor() ([]byte, error) {
	return maliciousConsumer.abi.Pack("coprocessor")
}

// UnpackCoprocessor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7382084a.
//
// Solidity: function coprocessor() view returns(address)
func (maliciousConsumer *MaliciousConsumer) UnpackCoprocessor(data []byte) (common.Address, error) {
	out, err := maliciousConsumer.abi.Unpack("coprocessor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (maliciousConsumer *MaliciousConsumer) PackMode() []byte {
	enc, err := maliciousConsumer.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (maliciousConsumer *MaliciousConsumer) TryPackMode() ([]byte, error) {
	return maliciousConsumer.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (maliciousConsumer *MaliciousConsumer) UnpackMode(data []byte) (uint8, error) {
	out, err := maliciousConsumer.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc6c71a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceError(uint256 requestId, uint8 ) returns()
func (maliciousConsumer *MaliciousConsumer) PackOnInferenceError(requestId *big.Int, arg1 uint8) []byte {
	enc, err := maliciousConsumer.abi.Pack("onInferenceError", requestId, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc6c71a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceError(uint256 requestId, uint8 ) returns()
func (maliciousConsumer *MaliciousConsumer) TryPackOnInferenceError(requestId *big.Int, arg1 uint8) ([]byte, error) {
	return maliciousConsumer.abi.Pack("onInferenceError", requestId, arg1)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1fbbfe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output) returns()
func (maliciousConsumer *MaliciousConsumer) PackOnInferenceResult(requestId *big.Int, output []byte) []byte {
	enc, err := maliciousConsumer.abi.Pack("onInferenceResult", requestId, output)
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
func (maliciousConsumer *MaliciousConsumer) TryPackOnInferenceResult(requestId *big.Int, output []byte) ([]byte, error) {
	return maliciousConsumer.abi.Pack("onInferenceResult", requestId, output)
}

// PackReentryAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8745cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryAttempts() view returns(uint256)
func (maliciousConsumer *MaliciousConsumer) PackReentryAttempts() []byte {
	enc, err := maliciousConsumer.abi.Pack("reentryAttempts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8745cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryAttempts() view returns(uint256)
func (maliciousConsumer *MaliciousConsumer) TryPackReentryAttempts() ([]byte, error) {
	return maliciousConsumer.abi.Pack("reentryAttempts")
}

// UnpackReentryAttempts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8745cd2.
//
// Solidity: function reentryAttempts() view returns(uint256)
func (maliciousConsumer *MaliciousConsumer) UnpackReentryAttempts(data []byte) (*big.Int, error) {
	out, err := maliciousConsumer.abi.Unpack("reentryAttempts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentrySuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f58c0d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (maliciousConsumer *MaliciousConsumer) PackReentrySuccesses() []byte {
	enc, err := maliciousConsumer.abi.Pack("reentrySuccesses")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentrySuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f58c0d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (maliciousConsumer *MaliciousConsumer) TryPackReentrySuccesses() ([]byte, error) {
	return maliciousConsumer.abi.Pack("reentrySuccesses")
}

// UnpackReentrySuccesses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (maliciousConsumer *MaliciousConsumer) UnpackReentrySuccesses(data []byte) (*big.Int, error) {
	out, err := maliciousConsumer.abi.Unpack("reentrySuccesses", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26750174.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request((uint256,bytes,bytes32,string,uint8,uint32,uint64,address,bytes32) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) PackRequest(p CoprocessorRequestParams) []byte {
	enc, err := maliciousConsumer.abi.Pack("request", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26750174.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request((uint256,bytes,bytes32,string,uint8,uint32,uint64,address,bytes32) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) TryPackRequest(p CoprocessorRequestParams) ([]byte, error) {
	return maliciousConsumer.abi.Pack("request", p)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26750174.
//
// Solidity: function request((uint256,bytes,bytes32,string,uint8,uint32,uint64,address,bytes32) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := maliciousConsumer.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (maliciousConsumer *MaliciousConsumer) PackSetMode(m uint8) []byte {
	enc, err := maliciousConsumer.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (maliciousConsumer *MaliciousConsumer) TryPackSetMode(m uint8) ([]byte, error) {
	return maliciousConsumer.abi.Pack("setMode", m)
}

// PackWithdrawFromCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4fcb232.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFromCoprocessor() returns()
func (maliciousConsumer *MaliciousConsumer) PackWithdrawFromCoprocessor() []byte {
	enc, err := maliciousConsumer.abi.Pack("withdrawFromCoprocessor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFromCoprocessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4fcb232.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFromCoprocessor() returns()
func (maliciousConsumer *MaliciousConsumer) TryPackWithdrawFromCoprocessor() ([]byte, error) {
	return maliciousConsumer.abi.Pack("withdrawFromCoprocessor")
}

// MockAttestationRegistryMetaData contains all meta data concerning the MockAttestationRegistry contract.
var MockAttestationRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"enclaveOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"set\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "927f13c9db0eae4262ffe7e1d43b84c3d5",
	Bin: "0x608080604052346015576101cc908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8062b78694146100a557638510129b1461002e575f80fd5b346100a15760203660031901126100a1576001600160a01b0361004f61014c565b165f525f602052606060405f206040610066610162565b600183549384835201549060ff67ffffffffffffffff831692836020840152841c161515928391015260405192835260208301526040820152f35b5f80fd5b346100a15760803660031901126100a1576100be61014c565b6044359067ffffffffffffffff82168092036100a157606435908115158092036100a157600167ffffffffffffffff916100f6610162565b9060243582526020820195865260408201948552828060a01b03165f525f60205260405f20905181550192511668ff000000000000000083549251151560401b169168ffffffffffffffffff1916171790555f80f35b600435906001600160a01b03821682036100a157565b604051906060820182811067ffffffffffffffff82111761018257604052565b634e487b7160e01b5f52604160045260245ffdfea2646970667358221220362d489c7d9000fb0744f585445ec8e0c2fdc3eec70b0f9a359ca5a30964602264736f6c63430008250033",
}

// MockAttestationRegistry is an auto generated Go binding around an Ethereum contract.
type MockAttestationRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockAttestationRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewMockAttestationRegistry creates a new instance of MockAttestationRegistry.
func NewMockAttestationRegistry() *MockAttestationRegistry {
	parsed, err := MockAttestationRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockAttestationRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockAttestationRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackEnclaveOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8510129b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaveOf(address signer) view returns(bytes32, uint64, bool)
func (mockAttestationRegistry *MockAttestationRegistry) PackEnclaveOf(signer common.Address) []byte {
	enc, err := mockAttestationRegistry.abi.Pack("enclaveOf", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaveOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8510129b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaveOf(address signer) view returns(bytes32, uint64, bool)
func (mockAttestationRegistry *MockAttestationRegistry) TryPackEnclaveOf(signer common.Address) ([]byte, error) {
	return mockAttestationRegistry.abi.Pack("enclaveOf", signer)
}

// EnclaveOfOutput serves as a container for the return parameters of contract
// method EnclaveOf.
type EnclaveOfOutput struct {
	Arg0 [32]byte
	Arg1 uint64
	Arg2 bool
}

// UnpackEnclaveOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8510129b.
//
// Solidity: function enclaveOf(address signer) view returns(bytes32, uint64, bool)
func (mockAttestationRegistry *MockAttestationRegistry) UnpackEnclaveOf(data []byte) (EnclaveOfOutput, error) {
	out, err := mockAttestationRegistry.abi.Unpack("enclaveOf", data)
	outstruct := new(EnclaveOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b78694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function set(address signer, bytes32 measurement, uint64 expiry, bool active) returns()
func (mockAttestationRegistry *MockAttestationRegistry) PackSet(signer common.Address, measurement [32]byte, expiry uint64, active bool) []byte {
	enc, err := mockAttestationRegistry.abi.Pack("set", signer, measurement, expiry, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b78694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function set(address signer, bytes32 measurement, uint64 expiry, bool active) returns()
func (mockAttestationRegistry *MockAttestationRegistry) TryPackSet(signer common.Address, measurement [32]byte, expiry uint64, active bool) ([]byte, error) {
	return mockAttestationRegistry.abi.Pack("set", signer, measurement, expiry, active)
}
