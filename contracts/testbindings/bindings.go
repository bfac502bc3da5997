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
	InputLength      uint32
	InputURI         string
	Routes           uint8
	CallbackGasLimit uint32
	Deadline         uint64
	Miner            common.Address
	Measurement      [32]byte
	MaxFee           *big.Int
	RefundTo         common.Address
}

// ForwarderMetaData contains all meta data concerning the Forwarder contract.
var ForwarderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejectEther\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"r\",\"type\":\"bool\"}],\"name\":\"setRejectEther\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "217e3a8e1316c92ce015492f651096156f",
	Bin: "0x60808060405234601557610250908161001a8239f35b5f80fdfe60806040526004361015610022575b3615610018575f80fd5b6100206101df565b005b5f3560e01c8063805c44ae14610051578063be6002c21461004c5763c38b79ef0361000e5761011c565b61009f565b34610071575f3660031901126100715760ff5f5416151560805260206080f35b5f80fd5b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b6040366003190112610071576004356001600160a01b03811681036100715760243567ffffffffffffffff8111610071573660238201121561007157806004013567ffffffffffffffff81116100715736602482840101116100715761011892602461010c93019061015e565b60405191829182610075565b0390f35b34610071576020366003190112610071576004358015158091036100715760ff80195f54169116175f555f80f35b634e487b7160e01b5f52604160045260245ffd5b5f9283928160405192839283378101848152039134905af1903d156101d8573d67ffffffffffffffff81116101d35760405190601f8101601f19908116603f0116820167ffffffffffffffff8111838210176101d35760405281523d5f602083013e5b8092156101cb5750565b602081519101fd5b61014a565b60606101c1565b60ff5f54166101ea57565b60405162461bcd60e51b815260206004820152600860248201526737379032ba3432b960c11b6044820152606490fdfea2646970667358221220d2417089ab692167b86bc7aa881d0e6d574aa818fcbfe031e94c16e2b93b9bdf64736f6c63430008250033",
}

// Forwarder is an auto generated Go binding around an Ethereum contract.
type Forwarder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Forwarder) GetABI() abi.ABI {
	return c.abi
}

// NewForwarder creates a new instance of Forwarder.
func NewForwarder() *Forwarder {
	parsed, err := ForwarderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Forwarder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Forwarder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes ret)
func (forwarder *Forwarder) PackExec(to common.Address, data []byte) []byte {
	enc, err := forwarder.abi.Pack("exec", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes ret)
func (forwarder *Forwarder) TryPackExec(to common.Address, data []byte) ([]byte, error) {
	return forwarder.abi.Pack("exec", to, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes ret)
func (forwarder *Forwarder) UnpackExec(data []byte) ([]byte, error) {
	out, err := forwarder.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x805c44ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectEther() view returns(bool)
func (forwarder *Forwarder) PackRejectEther() []byte {
	enc, err := forwarder.abi.Pack("rejectEther")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x805c44ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectEther() view returns(bool)
func (forwarder *Forwarder) TryPackRejectEther() ([]byte, error) {
	return forwarder.abi.Pack("rejectEther")
}

// UnpackRejectEther is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x805c44ae.
//
// Solidity: function rejectEther() view returns(bool)
func (forwarder *Forwarder) UnpackRejectEther(data []byte) (bool, error) {
	out, err := forwarder.abi.Unpack("rejectEther", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc38b79ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRejectEther(bool r) returns()
func (forwarder *Forwarder) PackSetRejectEther(r bool) []byte {
	enc, err := forwarder.abi.Pack("setRejectEther", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc38b79ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRejectEther(bool r) returns()
func (forwarder *Forwarder) TryPackSetRejectEther(r bool) ([]byte, error) {
	return forwarder.abi.Pack("setRejectEther", r)
}

// MaliciousConsumerMetaData contains all meta data concerning the MaliciousConsumer contract.
var MaliciousConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"coprocessor_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"coprocessor\",\"outputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumMaliciousConsumer.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryAttempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejectEther\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"inputLength\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"inputURI\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"}],\"internalType\":\"structCoprocessor.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumMaliciousConsumer.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"r\",\"type\":\"bool\"}],\"name\":\"setRejectEther\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFromCoprocessor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "9aec635a35d37b5b1e5044d757f4e2e8e5",
	Bin: "0x60a03461007f57601f6109cd38819003918201601f19168301916001600160401b038311848410176100835780849260209460405283398101031261007f57516001600160a01b038116810361007f576080526040516109359081610098823960805181818161015d0152818161028a0152818161046301526108920152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610022575b3615610018575f80fd5b610020610672565b005b5f3560e01c806321175b4a146100d1578063295a5212146100cc5780637382084a146100c7578063805c44ae146100c25780638f58c0d4146100bd578063a1fbbfe7146100b8578063a8745cd2146100b3578063c38b79ef146100ae578063d4fcb232146100a9578063dc4433b5146100a45763dc6c71a80361000e57610500565b6102f0565b610277565b610247565b61022a565b6101cb565b6101ae565b61018c565b610148565b610120565b346100fe5760203660031901126100fe5760043560048110156100fe5760ff80195f54169116175f555f80f35b5f80fd5b6004111561010c57565b634e487b7160e01b5f52602160045260245ffd5b346100fe575f3660031901126100fe5760ff5f5416604051600482101561010c576020918152f35b346100fe575f3660031901126100fe576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100fe575f3660031901126100fe57602060ff600354166040519015158152f35b346100fe575f3660031901126100fe576020600254604051908152f35b346100fe5760403660031901126100fe5760243560043567ffffffffffffffff82116100fe57366023830112156100fe5781600401359067ffffffffffffffff82116100fe5736602483850101116100fe57602461002093019061058e565b346100fe575f3660031901126100fe576020600154604051908152f35b346100fe5760203660031901126100fe576004358015158091036100fe5760ff8019600354169116176003555f80f35b346100fe575f5f6003193601126100fe577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156100fe575f8091600460405180948193633ccfd60b60e01b83525af180156102eb576102df575080f35b61002091505f9061054b565b6105cc565b60203660031901126100fe5760043567ffffffffffffffff81116100fe578060040161018060031983360301126100fe576103b96020916101649361045e61044d604051968795869563420c717960e01b8752886004880152803560248801526103a761037661036360248901846105e6565b61018060448c01526101a48b0191610618565b91604488013560648a015261039d61039060648a01610638565b63ffffffff1660848b0152565b60848801906105e6565b8883036023190160a48a015290610618565b936103d36103c960a483016104f2565b60ff1660c4880152565b6103ef6103e260c48301610638565b63ffffffff1660e4880152565b6104106103fe60e48301610649565b67ffffffffffffffff16610104880152565b610431610420610104830161065e565b6001600160a01b0316610124880152565b610124810135610144870152610144810135828701520161065e565b6001600160a01b0316610184840152565b0381347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af180156102eb576104af915f916104b3575b506040519081529081906020820190565b0390f35b6104d5915060203d6020116104db575b6104cd818361054b565b8101906105d7565b5f61049e565b503d6104c3565b6024359060ff821682036100fe57565b359060ff821682036100fe57565b346100fe5760403660031901126100fe5761002060043561051f6104e2565b506040519061052f60208361054b565b5f8252610714565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761056d57604052565b610537565b67ffffffffffffffff811161056d57601f01601f191660200190565b91909161059a82610572565b916105a8604051938461054b565b80835236818501116100fe576020815f926105ca968387013784010152610714565b565b6040513d5f823e3d90fd5b908160209103126100fe575190565b9035601e19823603018112156100fe57016020813591019167ffffffffffffffff82116100fe5781360383136100fe57565b908060209392818452848401375f828201840152601f01601f1916010190565b359063ffffffff821682036100fe57565b359067ffffffffffffffff821682036100fe57565b35906001600160a01b03821682036100fe57565b60ff6003541661067e57565b60405162461bcd60e51b815260206004820152600860248201526737379032ba3432b960c11b6044820152606490fd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b92916106ef6060915f9386526080602087015260808601906106ae565b938260408201520152565b6040906107119392815281602082015201906106ae565b90565b906107205f5460ff1690565b61072981610102565b80156108255761073881610102565b60018114610801578061074c600292610102565b146107fa5761078b6107d792610790604051630a3e0a3b60e21b602082015261078b8161077d8786602484016106d2565b03601f19810183528261054b565b610878565b60405163278ecde160e01b6020820152602481018290526107b89061078b816044810161077d565b61077d604051938492636f1df0ad60e01b6020850152602484016106fa565b604051633ccfd60b60e01b6020820152600481526105ca9061078b60248261054b565b620f42405ffd5b5f5b60405161081d8161077d6020820194859190602083019252565b519020610803565b60405162461bcd60e51b81526020600482015260096024820152686d616c6963696f757360b81b6044820152606490fd5b5f1981146108645760010190565b634e487b7160e01b5f52601160045260245ffd5b5f8091610886600154610856565b600155805190602001827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af13d156108fa573d6108cc81610572565b906108da604051928361054b565b81525f60203d92013e5b6108ea57565b6108f5600254610856565b600255565b6108e456fea2646970667358221220a4497ae045639840a32e043c45fb95a5271f38f68b439040f1d15b0efe2e0f0764736f6c63430008250033",
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

// PackRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x805c44ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectEther() view returns(bool)
func (maliciousConsumer *MaliciousConsumer) PackRejectEther() []byte {
	enc, err := maliciousConsumer.abi.Pack("rejectEther")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x805c44ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectEther() view returns(bool)
func (maliciousConsumer *MaliciousConsumer) TryPackRejectEther() ([]byte, error) {
	return maliciousConsumer.abi.Pack("rejectEther")
}

// UnpackRejectEther is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x805c44ae.
//
// Solidity: function rejectEther() view returns(bool)
func (maliciousConsumer *MaliciousConsumer) UnpackRejectEther(data []byte) (bool, error) {
	out, err := maliciousConsumer.abi.Unpack("rejectEther", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc4433b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) PackRequest(p CoprocessorRequestParams) []byte {
	enc, err := maliciousConsumer.abi.Pack("request", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc4433b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) TryPackRequest(p CoprocessorRequestParams) ([]byte, error) {
	return maliciousConsumer.abi.Pack("request", p)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc4433b5.
//
// Solidity: function request((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address) p) payable returns(uint256)
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

// PackSetRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc38b79ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRejectEther(bool r) returns()
func (maliciousConsumer *MaliciousConsumer) PackSetRejectEther(r bool) []byte {
	enc, err := maliciousConsumer.abi.Pack("setRejectEther", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRejectEther is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc38b79ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRejectEther(bool r) returns()
func (maliciousConsumer *MaliciousConsumer) TryPackSetRejectEther(r bool) ([]byte, error) {
	return maliciousConsumer.abi.Pack("setRejectEther", r)
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
