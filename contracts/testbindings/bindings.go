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
	FeeToken         common.Address
}

// FeeOnTransferTokenMetaData contains all meta data concerning the FeeOnTransferToken contract.
var FeeOnTransferTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hook\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setFeeBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hook_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "e64d55824c81ef719f992b59580e9315ae",
	Bin: "0x60a06040523461021f57610d2f8038038061001981610223565b92833981019060408183031261021f5780516001600160401b03811161021f5781019082601f8301121561021f5781516001600160401b03811161020b5761006a601f8201601f1916602001610223565b938185526020828501011161021f576020815f92828096018388015e85010152015160ff8116810361021f5781516001600160401b03811161020b575f54600181811c91168015610201575b60208210146101ed57601f8111610180575b50602092601f821160011461012157928192935f92610116575b50508160011b915f199060031b1c1916175f555b6080526064600455604051610ae690816102498239608051816102a50152f35b015190505f806100e2565b601f198216935f8052805f20915f5b8681106101685750836001959610610150575b505050811b015f556100f6565b01515f1960f88460031b161c191690555f8080610143565b91926020600181928685015181550194019201610130565b818111156100c8575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563602084106101e5575b81601f9101920160051c03905f5b8281106101d85750506100c8565b5f828201556001016101ca565b5f91506101bc565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100b6565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761020b5760405256fe60806040526004361015610011575f80fd5b5f3560e01c8063095ea7b3146100e457806318160ddd146100df57806323b872dd146100da57806324a9d853146100d5578063313ce567146100d057806340c10f19146100cb57806343072d2e146100c657806370a08231146100c157806372c27b62146100bc5780637f5a7c7b146100b757806395d89b41146100b2578063a9059cbb146100ad5763dd62ed3e146100a8575f80fd5b610629565b61059e565b6104cb565b610406565b6103ed565b6103b5565b61034e565b6102c9565b61028c565b61026f565b6101be565b6101a1565b610119565b600435906001600160a01b03821682036100ff57565b5f80fd5b602435906001600160a01b03821682036100ff57565b346100ff5760403660031901126100ff576101326100e9565b60243590335f5260036020528161015c8260405f209060018060a01b03165f5260205260405f2090565b556040519182526001600160a01b03169033907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92590602090a360405160018152602090f35b346100ff575f3660031901126100ff576020600154604051908152f35b346100ff5760603660031901126100ff576101d76100e9565b6101df610103565b604435906101ed82846107ff565b1561020c576101fb92610936565b6040516001815280602081015b0390f35b60405162461bcd60e51b815260206004820152603560248201527f4665654f6e5472616e73666572546f6b656e3a20696e73756666696369656e746044820152742062616c616e6365206f7220616c6c6f77616e636560581b6064820152608490fd5b346100ff575f3660031901126100ff576020600454604051908152f35b346100ff575f3660031901126100ff57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ff5760403660031901126100ff576102e26100e9565b602435906001548281018091116103495760015560018060a01b031690815f52600260205260405f20805490828201809211610349575f927fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9260209255604051908152a3005b610680565b346100ff5760403660031901126100ff576103676100e9565b6024359067ffffffffffffffff82116100ff57366023830112156100ff5781600401359067ffffffffffffffff82116100ff5736602483850101116100ff5760246103b3930190610700565b005b346100ff5760203660031901126100ff576001600160a01b036103d66100e9565b165f526002602052602060405f2054604051908152f35b346100ff5760203660031901126100ff57600480359055005b346100ff575f3660031901126100ff576005546040516001600160a01b039091168152602090f35b90600182811c9216801561045c575b602083101461044857565b634e487b7160e01b5f52602260045260245ffd5b91607f169161043d565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761049c57604052565b610466565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346100ff575f3660031901126100ff576040515f5f546104ea8161042e565b808452906001811690811561057a575060011461051e575b610208836105128185038261047a565b604051918291826104a1565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061056057509091508101602001610512610502565b919260018160209254838588010152019101909291610548565b60ff191660208086019190915291151560051b840190910191506105129050610502565b346100ff5760403660031901126100ff576105b76100e9565b6024356105c481336107ff565b156105d3576101fb9133610936565b60405162461bcd60e51b815260206004820152602860248201527f4665654f6e5472616e73666572546f6b656e3a20696e73756666696369656e746044820152672062616c616e636560c01b6064820152608490fd5b346100ff5760403660031901126100ff5760206106776106476100e9565b61064f610103565b6001600160a01b039182165f9081526003855260408082209290931681526020919091522090565b54604051908152f35b634e487b7160e01b5f52601160045260245ffd5b9190820180921161034957565b90601f82116106ae575050565b8082116106b9575050565b60065f5260205f206020601f830160051c92106106f8575b81601f9101920160051c03905f5b8281106106eb57505050565b5f828201556001016106df565b5f91506106d1565b600580546001600160a01b0319166001600160a01b03909216919091179055919067ffffffffffffffff811161049c576107448161073f60065461042e565b6106a1565b5f601f821160011461078257819061077293945f92610777575b50508160011b915f199060031b1c19161790565b600655565b013590505f8061075e565b60065f52601f198216937ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f915f5b8681106107e757508360019596106107ce575b505050811b01600655565b01355f19600384901b60f8161c191690555f80806107c3565b909260206001819286860135815501940191016107b0565b60018060a01b031690815f5260026020528060405f20541061084a5733821491821561082a57505090565b5f9081526003602090815260408083203384529091529020541015919050565b50505f90565b9190820391821161034957565b8181029291811591840414171561034957565b6006545f929161087f8261042e565b91600181169081156108e55750600114610897575050565b60065f90815292935090917ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5b8382106108d15750500190565b6001816020925484860152019101906108c4565b60ff1916825250811515909102019150565b3d15610931573d9067ffffffffffffffff821161049c5760405191610926601f8201601f19166020018461047a565b82523d5f602084013e565b606090565b90916001600160a01b038216917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91610a1b916109ff91338603610a7c575b6109aa61098f6109876004548461085d565b612710900490565b6001600160a01b039093165f90815260026020526040902090565b6109b5828254610850565b90556109c18282610850565b6001600160a01b0388165f9081526002602052604090206109e490918254610694565b90556109fa6109f583600154610850565b600155565b610850565b6040519081526001600160a01b03909416939081906020820190565b0390a36005546001600160a01b031680610a325750565b5f8091610a516bffffffffffffffffffffffff60a01b60055416600555565b6040518281610a5f81610870565b03925af1610a6b6108f7565b9015610a745750565b602081519101fd5b6001600160a01b0382165f9081526003602090815260408083203384529091529020610aa9828254610850565b905561097556fea26469706673582212202bf3f47e8594a99a25ccaf01ed375b05d3c28b744fa31e6bce6919871e847e0f64736f6c63430008250033",
}

// FeeOnTransferToken is an auto generated Go binding around an Ethereum contract.
type FeeOnTransferToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeOnTransferToken) GetABI() abi.ABI {
	return c.abi
}

// NewFeeOnTransferToken creates a new instance of FeeOnTransferToken.
func NewFeeOnTransferToken() *FeeOnTransferToken {
	parsed, err := FeeOnTransferTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeOnTransferToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeOnTransferToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string symbol_, uint8 decimals_) returns()
func (feeOnTransferToken *FeeOnTransferToken) PackConstructor(symbol_ string, decimals_ uint8) []byte {
	enc, err := feeOnTransferToken.abi.Pack("", symbol_, decimals_)
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
func (feeOnTransferToken *FeeOnTransferToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := feeOnTransferToken.abi.Pack("allowance", arg0, arg1)
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("allowance", data)
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
func (feeOnTransferToken *FeeOnTransferToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("approve", spender, amount)
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) UnpackApprove(data []byte) (bool, error) {
	out, err := feeOnTransferToken.abi.Unpack("approve", data)
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
func (feeOnTransferToken *FeeOnTransferToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := feeOnTransferToken.abi.Pack("balanceOf", arg0)
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("balanceOf", data)
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
func (feeOnTransferToken *FeeOnTransferToken) PackDecimals() []byte {
	enc, err := feeOnTransferToken.abi.Pack("decimals")
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackDecimals() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTransferToken *FeeOnTransferToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := feeOnTransferToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) PackFeeBps() []byte {
	enc, err := feeOnTransferToken.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) TryPackFeeBps() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hook() view returns(address)
func (feeOnTransferToken *FeeOnTransferToken) PackHook() []byte {
	enc, err := feeOnTransferToken.abi.Pack("hook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hook() view returns(address)
func (feeOnTransferToken *FeeOnTransferToken) TryPackHook() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("hook")
}

// UnpackHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5a7c7b.
//
// Solidity: function hook() view returns(address)
func (feeOnTransferToken *FeeOnTransferToken) UnpackHook(data []byte) (common.Address, error) {
	out, err := feeOnTransferToken.abi.Unpack("hook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (feeOnTransferToken *FeeOnTransferToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("mint", to, amount)
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("mint", to, amount)
}

// PackSetFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c27b62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeBps(uint256 bps) returns()
func (feeOnTransferToken *FeeOnTransferToken) PackSetFeeBps(bps *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("setFeeBps", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c27b62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeBps(uint256 bps) returns()
func (feeOnTransferToken *FeeOnTransferToken) TryPackSetFeeBps(bps *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("setFeeBps", bps)
}

// PackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43072d2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHook(address hook_, bytes data) returns()
func (feeOnTransferToken *FeeOnTransferToken) PackSetHook(hook common.Address, data []byte) []byte {
	enc, err := feeOnTransferToken.abi.Pack("setHook", hook, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43072d2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setHook(address hook_, bytes data) returns()
func (feeOnTransferToken *FeeOnTransferToken) TryPackSetHook(hook common.Address, data []byte) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("setHook", hook, data)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) PackSymbol() []byte {
	enc, err := feeOnTransferToken.abi.Pack("symbol")
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackSymbol() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) UnpackSymbol(data []byte) (string, error) {
	out, err := feeOnTransferToken.abi.Unpack("symbol", data)
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
func (feeOnTransferToken *FeeOnTransferToken) PackTotalSupply() []byte {
	enc, err := feeOnTransferToken.abi.Pack("totalSupply")
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackTotalSupply() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("totalSupply", data)
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
func (feeOnTransferToken *FeeOnTransferToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("transfer", to, amount)
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := feeOnTransferToken.abi.Unpack("transfer", data)
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
func (feeOnTransferToken *FeeOnTransferToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("transferFrom", from, to, amount)
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
func (feeOnTransferToken *FeeOnTransferToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := feeOnTransferToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FeeOnTransferTokenApproval represents a Approval event raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferTokenApproval) ContractEventName() string {
	return FeeOnTransferTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (feeOnTransferToken *FeeOnTransferToken) UnpackApprovalEvent(log *types.Log) (*FeeOnTransferTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferTokenApproval)
	if len(log.Data) > 0 {
		if err := feeOnTransferToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferToken.abi.Events[event].Inputs {
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

// FeeOnTransferTokenTransfer represents a Transfer event raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferTokenTransfer) ContractEventName() string {
	return FeeOnTransferTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTransferEvent(log *types.Log) (*FeeOnTransferTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferTokenTransfer)
	if len(log.Data) > 0 {
		if err := feeOnTransferToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferToken.abi.Events[event].Inputs {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"coprocessor_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"coprocessor\",\"outputs\":[{\"internalType\":\"contractCoprocessor\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumMaliciousConsumer.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryAttempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejectEther\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"inputLength\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"inputURI\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"routes\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeToken\",\"type\":\"address\"}],\"internalType\":\"structCoprocessor.RequestParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumMaliciousConsumer.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"r\",\"type\":\"bool\"}],\"name\":\"setRejectEther\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawFromCoprocessor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "9aec635a35d37b5b1e5044d757f4e2e8e5",
	Bin: "0x60a03461007f57601f6109ee38819003918201601f19168301916001600160401b038311848410176100835780849260209460405283398101031261007f57516001600160a01b038116810361007f57608052604051610956908161009882396080518181816102dc01528181610375015281816104a201526108b30152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610022575b3615610018575f80fd5b610020610693565b005b5f3560e01c806321175b4a146100d1578063295a5212146100cc5780635b8fdf1d146100c75780637382084a146100c2578063805c44ae146100bd5780638f58c0d4146100b8578063a1fbbfe7146100b3578063a8745cd2146100ae578063c38b79ef146100a9578063d4fcb232146100a45763dc6c71a80361000e57610521565b61048f565b61045f565b610442565b6103e3565b6103c6565b6103a4565b610360565b610148565b610120565b346100fe5760203660031901126100fe5760043560048110156100fe5760ff80195f54169116175f555f80f35b5f80fd5b6004111561010c57565b634e487b7160e01b5f52602160045260245ffd5b346100fe575f3660031901126100fe5760ff5f5416604051600482101561010c576020918152f35b60203660031901126100fe5760043567ffffffffffffffff81116100fe57806004016101a060031983360301126100fe57610211602091610184936102d76102c66040519687958695635ddb9cbb60e11b8752886004880152803560248801526101ff6101ce6101bb60248901846105a2565b6101a060448c01526101c48b01916105d4565b91604488013560648a01526101f56101e860648a016105f4565b63ffffffff1660848b0152565b60848801906105a2565b8883036023190160a48a0152906105d4565b9361022b61022160a48301610513565b60ff1660c4880152565b61024761023a60c483016105f4565b63ffffffff1660e4880152565b61026861025660e48301610605565b67ffffffffffffffff16610104880152565b610289610278610104830161061a565b6001600160a01b0316610124880152565b6101248101356101448701526101448101356101648701526102c06102b1610164830161061a565b6001600160a01b031687840152565b0161061a565b6001600160a01b03166101a4840152565b0381347f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1801561035b57610328915f9161032c575b506040519081529081906020820190565b0390f35b61034e915060203d602011610354575b610346818361056c565b810190610593565b5f610317565b503d61033c565b61062e565b346100fe575f3660031901126100fe576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100fe575f3660031901126100fe57602060ff600354166040519015158152f35b346100fe575f3660031901126100fe576020600254604051908152f35b346100fe5760403660031901126100fe5760243560043567ffffffffffffffff82116100fe57366023830112156100fe5781600401359067ffffffffffffffff82116100fe5736602483850101116100fe576024610020930190610655565b346100fe575f3660031901126100fe576020600154604051908152f35b346100fe5760203660031901126100fe576004358015158091036100fe5760ff8019600354169116176003555f80f35b346100fe575f5f6003193601126100fe577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156100fe575f8091600460405180948193633ccfd60b60e01b83525af1801561035b576104f7575080f35b61002091505f9061056c565b6024359060ff821682036100fe57565b359060ff821682036100fe57565b346100fe5760403660031901126100fe57610020600435610540610503565b506040519061055060208361056c565b5f8252610735565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761058e57604052565b610558565b908160209103126100fe575190565b9035601e19823603018112156100fe57016020813591019167ffffffffffffffff82116100fe5781360383136100fe57565b908060209392818452848401375f828201840152601f01601f1916010190565b359063ffffffff821682036100fe57565b359067ffffffffffffffff821682036100fe57565b35906001600160a01b03821682036100fe57565b6040513d5f823e3d90fd5b67ffffffffffffffff811161058e57601f01601f191660200190565b91909161066182610639565b9161066f604051938461056c565b80835236818501116100fe576020815f92610691968387013784010152610735565b565b60ff6003541661069f57565b60405162461bcd60e51b815260206004820152600860248201526737379032ba3432b960c11b6044820152606490fd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b92916107106060915f9386526080602087015260808601906106cf565b938260408201520152565b6040906107329392815281602082015201906106cf565b90565b906107415f5460ff1690565b61074a81610102565b80156108465761075981610102565b60018114610822578061076d600292610102565b1461081b576107ac6107f8926107b1604051630a3e0a3b60e21b60208201526107ac8161079e8786602484016106f3565b03601f19810183528261056c565b610899565b60405163278ecde160e01b6020820152602481018290526107d9906107ac816044810161079e565b61079e604051938492636f1df0ad60e01b60208501526024840161071b565b604051633ccfd60b60e01b602082015260048152610691906107ac60248261056c565b620f42405ffd5b5f5b60405161083e8161079e6020820194859190602083019252565b519020610824565b60405162461bcd60e51b81526020600482015260096024820152686d616c6963696f757360b81b6044820152606490fd5b5f1981146108855760010190565b634e487b7160e01b5f52601160045260245ffd5b5f80916108a7600154610877565b600155805190602001827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af13d1561091b573d6108ed81610639565b906108fb604051928361056c565b81525f60203d92013e5b61090b57565b610916600254610877565b600255565b61090556fea2646970667358221220405ee224514eb0b09e0234cc41545c6c83085c106ef31a83ad8a9030f32f398664736f6c63430008250033",
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
// the contract method with ID 0x5b8fdf1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address,address) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) PackRequest(p CoprocessorRequestParams) []byte {
	enc, err := maliciousConsumer.abi.Pack("request", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8fdf1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address,address) p) payable returns(uint256)
func (maliciousConsumer *MaliciousConsumer) TryPackRequest(p CoprocessorRequestParams) ([]byte, error) {
	return maliciousConsumer.abi.Pack("request", p)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8fdf1d.
//
// Solidity: function request((uint256,bytes,bytes32,uint32,string,uint8,uint32,uint64,address,bytes32,uint256,address,address) p) payable returns(uint256)
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

// NoReturnTokenMetaData contains all meta data concerning the NoReturnToken contract.
var NoReturnTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hook\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setFeeBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hook_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "fdfa2494999e9ec64b419e6fd7e9cdcf49",
	Bin: "0x60a06040523461021a57610d12803803806100198161021e565b92833981019060408183031261021a5780516001600160401b03811161021a5781019082601f8301121561021a5781516001600160401b0381116102065761006a601f8201601f191660200161021e565b938185526020828501011161021a576020815f92828096018388015e85010152015160ff8116810361021a5781516001600160401b038111610206575f54600181811c911680156101fc575b60208210146101e857601f811161017b575b50602092601f821160011461011c57928192935f92610111575b50508160011b915f199060031b1c1916175f555b608052604051610ace90816102448239608051816102900152f35b015190505f806100e2565b601f198216935f8052805f20915f5b868110610163575083600195961061014b575b505050811b015f556100f6565b01515f1960f88460031b161c191690555f808061013e565b9192602060018192868501518155019401920161012b565b818111156100c8575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563602084106101e0575b81601f9101920160051c03905f5b8281106101d35750506100c8565b5f828201556001016101c5565b5f91506101b7565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100b6565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102065760405256fe60806040526004361015610011575f80fd5b5f3560e01c8063095ea7b3146100e457806318160ddd146100df57806323b872dd146100da57806324a9d853146100d5578063313ce567146100d057806340c10f19146100cb57806343072d2e146100c657806370a08231146100c157806372c27b62146100bc5780637f5a7c7b146100b757806395d89b41146100b2578063a9059cbb146100ad5763dd62ed3e146100a8575f80fd5b610611565b61058b565b6104b4565b6103ef565b6103d6565b61039e565b610339565b6102b4565b610277565b61025a565b6101bd565b6101a0565b610119565b600435906001600160a01b03821682036100ff57565b5f80fd5b602435906001600160a01b03821682036100ff57565b346100ff5760403660031901126100ff576101326100e9565b60243590335f5260036020528161015c8260405f209060018060a01b03165f5260205260405f2090565b556040519182526001600160a01b03169033907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92590602090a3602060405160018152f35b346100ff575f3660031901126100ff576020600154604051908152f35b346100ff5760603660031901126100ff576101d66100e9565b6101de610103565b604435906101ec82846107e7565b156101fc576101fa9261091e565b005b60405162461bcd60e51b815260206004820152603060248201527f4e6f52657475726e546f6b656e3a20696e73756666696369656e742062616c6160448201526f6e6365206f7220616c6c6f77616e636560801b6064820152608490fd5b346100ff575f3660031901126100ff576020600454604051908152f35b346100ff575f3660031901126100ff57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ff5760403660031901126100ff576102cd6100e9565b602435906001548281018091116103345760015560018060a01b031690815f52600260205260405f20805490828201809211610334575f927fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9260209255604051908152a3005b610668565b346100ff5760403660031901126100ff576103526100e9565b6024359067ffffffffffffffff82116100ff57366023830112156100ff5781600401359067ffffffffffffffff82116100ff5736602483850101116100ff5760246101fa9301906106e8565b346100ff5760203660031901126100ff576001600160a01b036103bf6100e9565b165f526002602052602060405f2054604051908152f35b346100ff5760203660031901126100ff57600480359055005b346100ff575f3660031901126100ff576005546040516001600160a01b039091168152602090f35b90600182811c92168015610445575b602083101461043157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610426565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761048557604052565b61044f565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346100ff575f3660031901126100ff576040515f5f546104d381610417565b8084529060018116908115610567575060011461050b575b610507836104fb81850382610463565b6040519182918261048a565b0390f35b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061054d575090915081016020016104fb6104eb565b919260018160209254838588010152019101909291610535565b60ff191660208086019190915291151560051b840190910191506104fb90506104eb565b346100ff5760403660031901126100ff576105a46100e9565b6024356105b181336107e7565b156105c0576101fa913361091e565b60405162461bcd60e51b815260206004820152602360248201527f4e6f52657475726e546f6b656e3a20696e73756666696369656e742062616c616044820152626e636560e81b6064820152608490fd5b346100ff5760403660031901126100ff57602061065f61062f6100e9565b610637610103565b6001600160a01b039182165f9081526003855260408082209290931681526020919091522090565b54604051908152f35b634e487b7160e01b5f52601160045260245ffd5b9190820180921161033457565b90601f8211610696575050565b8082116106a1575050565b60065f5260205f206020601f830160051c92106106e0575b81601f9101920160051c03905f5b8281106106d357505050565b5f828201556001016106c7565b5f91506106b9565b600580546001600160a01b0319166001600160a01b03909216919091179055919067ffffffffffffffff81116104855761072c81610727600654610417565b610689565b5f601f821160011461076a57819061075a93945f9261075f575b50508160011b915f199060031b1c19161790565b600655565b013590505f80610746565b60065f52601f198216937ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f915f5b8681106107cf57508360019596106107b6575b505050811b01600655565b01355f19600384901b60f8161c191690555f80806107ab565b90926020600181928686013581550194019101610798565b60018060a01b031690815f5260026020528060405f2054106108325733821491821561081257505090565b5f9081526003602090815260408083203384529091529020541015919050565b50505f90565b9190820391821161033457565b8181029291811591840414171561033457565b6006545f929161086782610417565b91600181169081156108cd575060011461087f575050565b60065f90815292935090917ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5b8382106108b95750500190565b6001816020925484860152019101906108ac565b60ff1916825250811515909102019150565b3d15610919573d9067ffffffffffffffff8211610485576040519161090e601f8201601f191660200184610463565b82523d5f602084013e565b606090565b90916001600160a01b038216917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91610a03916109e791338603610a64575b61099261097761096f60045484610845565b612710900490565b6001600160a01b039093165f90815260026020526040902090565b61099d828254610838565b90556109a98282610838565b6001600160a01b0388165f9081526002602052604090206109cc9091825461067c565b90556109e26109dd83600154610838565b600155565b610838565b6040519081526001600160a01b03909416939081906020820190565b0390a36005546001600160a01b031680610a1a5750565b5f8091610a396bffffffffffffffffffffffff60a01b60055416600555565b6040518281610a4781610858565b03925af1610a536108df565b9015610a5c5750565b602081519101fd5b6001600160a01b0382165f9081526003602090815260408083203384529091529020610a91828254610838565b905561095d56fea26469706673582212203cc75e001fd27e90a5d394ff6812bc7578f2483c85f98088376e8972a0ca983f64736f6c63430008250033",
}

// NoReturnToken is an auto generated Go binding around an Ethereum contract.
type NoReturnToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NoReturnToken) GetABI() abi.ABI {
	return c.abi
}

// NewNoReturnToken creates a new instance of NoReturnToken.
func NewNoReturnToken() *NoReturnToken {
	parsed, err := NoReturnTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NoReturnToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NoReturnToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string symbol_, uint8 decimals_) returns()
func (noReturnToken *NoReturnToken) PackConstructor(symbol_ string, decimals_ uint8) []byte {
	enc, err := noReturnToken.abi.Pack("", symbol_, decimals_)
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
func (noReturnToken *NoReturnToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := noReturnToken.abi.Pack("allowance", arg0, arg1)
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
func (noReturnToken *NoReturnToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return noReturnToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("allowance", data)
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
func (noReturnToken *NoReturnToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("approve", spender, amount)
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
func (noReturnToken *NoReturnToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (noReturnToken *NoReturnToken) UnpackApprove(data []byte) (bool, error) {
	out, err := noReturnToken.abi.Unpack("approve", data)
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
func (noReturnToken *NoReturnToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := noReturnToken.abi.Pack("balanceOf", arg0)
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
func (noReturnToken *NoReturnToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return noReturnToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("balanceOf", data)
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
func (noReturnToken *NoReturnToken) PackDecimals() []byte {
	enc, err := noReturnToken.abi.Pack("decimals")
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
func (noReturnToken *NoReturnToken) TryPackDecimals() ([]byte, error) {
	return noReturnToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (noReturnToken *NoReturnToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := noReturnToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (noReturnToken *NoReturnToken) PackFeeBps() []byte {
	enc, err := noReturnToken.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint256)
func (noReturnToken *NoReturnToken) TryPackFeeBps() ([]byte, error) {
	return noReturnToken.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hook() view returns(address)
func (noReturnToken *NoReturnToken) PackHook() []byte {
	enc, err := noReturnToken.abi.Pack("hook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hook() view returns(address)
func (noReturnToken *NoReturnToken) TryPackHook() ([]byte, error) {
	return noReturnToken.abi.Pack("hook")
}

// UnpackHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5a7c7b.
//
// Solidity: function hook() view returns(address)
func (noReturnToken *NoReturnToken) UnpackHook(data []byte) (common.Address, error) {
	out, err := noReturnToken.abi.Unpack("hook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("mint", to, amount)
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
func (noReturnToken *NoReturnToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("mint", to, amount)
}

// PackSetFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c27b62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeBps(uint256 bps) returns()
func (noReturnToken *NoReturnToken) PackSetFeeBps(bps *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("setFeeBps", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c27b62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeBps(uint256 bps) returns()
func (noReturnToken *NoReturnToken) TryPackSetFeeBps(bps *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("setFeeBps", bps)
}

// PackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43072d2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHook(address hook_, bytes data) returns()
func (noReturnToken *NoReturnToken) PackSetHook(hook common.Address, data []byte) []byte {
	enc, err := noReturnToken.abi.Pack("setHook", hook, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43072d2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setHook(address hook_, bytes data) returns()
func (noReturnToken *NoReturnToken) TryPackSetHook(hook common.Address, data []byte) ([]byte, error) {
	return noReturnToken.abi.Pack("setHook", hook, data)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (noReturnToken *NoReturnToken) PackSymbol() []byte {
	enc, err := noReturnToken.abi.Pack("symbol")
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
func (noReturnToken *NoReturnToken) TryPackSymbol() ([]byte, error) {
	return noReturnToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (noReturnToken *NoReturnToken) UnpackSymbol(data []byte) (string, error) {
	out, err := noReturnToken.abi.Unpack("symbol", data)
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
func (noReturnToken *NoReturnToken) PackTotalSupply() []byte {
	enc, err := noReturnToken.abi.Pack("totalSupply")
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
func (noReturnToken *NoReturnToken) TryPackTotalSupply() ([]byte, error) {
	return noReturnToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("transfer", to, amount)
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("transferFrom", from, to, amount)
}

// NoReturnTokenApproval represents a Approval event raised by the NoReturnToken contract.
type NoReturnTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NoReturnTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (NoReturnTokenApproval) ContractEventName() string {
	return NoReturnTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (noReturnToken *NoReturnToken) UnpackApprovalEvent(log *types.Log) (*NoReturnTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != noReturnToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NoReturnTokenApproval)
	if len(log.Data) > 0 {
		if err := noReturnToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range noReturnToken.abi.Events[event].Inputs {
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

// NoReturnTokenTransfer represents a Transfer event raised by the NoReturnToken contract.
type NoReturnTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NoReturnTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NoReturnTokenTransfer) ContractEventName() string {
	return NoReturnTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (noReturnToken *NoReturnToken) UnpackTransferEvent(log *types.Log) (*NoReturnTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != noReturnToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NoReturnTokenTransfer)
	if len(log.Data) > 0 {
		if err := noReturnToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range noReturnToken.abi.Events[event].Inputs {
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

// TestTokenMetaData contains all meta data concerning the TestToken contract.
var TestTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hook\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"returnFalse\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"setFeeBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hook_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"v\",\"type\":\"bool\"}],\"name\":\"setReturnFalse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "93f8844f1927ee7bcbc18ea661ec6dda19",
	Bin: "0x60a06040523461021a57610d40803803806100198161021e565b92833981019060408183031261021a5780516001600160401b03811161021a5781019082601f8301121561021a5781516001600160401b0381116102065761006a601f8201601f191660200161021e565b938185526020828501011161021a576020815f92828096018388015e85010152015160ff8116810361021a5781516001600160401b038111610206575f54600181811c911680156101fc575b60208210146101e857601f811161017b575b50602092601f821160011461011c57928192935f92610111575b50508160011b915f199060031b1c1916175f555b608052604051610afc908161024482396080518161026e0152f35b015190505f806100e2565b601f198216935f8052805f20915f5b868110610163575083600195961061014b575b505050811b015f556100f6565b01515f1960f88460031b161c191690555f808061013e565b9192602060018192868501518155019401920161012b565b818111156100c8575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563602084106101e0575b81601f9101920160051c03905f5b8281106101d35750506100c8565b5f828201556001016101c5565b5f91506101b7565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100b6565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102065760405256fe60806040526004361015610011575f80fd5b5f3560e01c8063095ea7b31461010457806318160ddd146100ff57806323b872dd146100fa57806324a9d853146100f557806329c14766146100f0578063313ce567146100eb57806340c10f19146100e657806343072d2e146100e157806370a08231146100dc57806372c27b62146100d75780637f5a7c7b146100d257806395d89b41146100cd578063a9059cbb146100c8578063d0474428146100c35763dd62ed3e146100be575f80fd5b6105c3565b610593565b61056b565b610494565b6103cf565b6103b6565b61037e565b610317565b610292565b610255565b610233565b610216565b6101dd565b6101c0565b610139565b600435906001600160a01b038216820361011f57565b5f80fd5b602435906001600160a01b038216820361011f57565b3461011f57604036600319011261011f57610152610109565b60243590335f5260036020528161017c8260405f209060018060a01b03165f5260205260405f2090565b556040519182526001600160a01b03169033907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92590602090a3602060405160018152f35b3461011f575f36600319011261011f576020600154604051908152f35b3461011f57606036600319011261011f57602061020c6101fb610109565b610203610123565b60443591610799565b6040519015158152f35b3461011f575f36600319011261011f576020600454604051908152f35b3461011f575f36600319011261011f57602060ff600754166040519015158152f35b3461011f575f36600319011261011f57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461011f57604036600319011261011f576102ab610109565b602435906001548281018091116103125760015560018060a01b031690815f52600260205260405f20805490828201809211610312575f927fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9260209255604051908152a3005b61061a565b3461011f57604036600319011261011f57610330610109565b6024359067ffffffffffffffff821161011f573660238301121561011f5781600401359067ffffffffffffffff821161011f57366024838501011161011f57602461037c93019061069a565b005b3461011f57602036600319011261011f576001600160a01b0361039f610109565b165f526002602052602060405f2054604051908152f35b3461011f57602036600319011261011f57600480359055005b3461011f575f36600319011261011f576005546040516001600160a01b039091168152602090f35b90600182811c92168015610425575b602083101461041157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610406565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761046557604052565b61042f565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b3461011f575f36600319011261011f576040515f5f546104b3816103f7565b808452906001811690811561054757506001146104eb575b6104e7836104db81850382610443565b6040519182918261046a565b0390f35b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061052d575090915081016020016104db6104cb565b919260018160209254838588010152019101909291610515565b60ff191660208086019190915291151560051b840190910191506104db90506104cb565b3461011f57604036600319011261011f57602061020c610589610109565b6024359033610799565b3461011f57602036600319011261011f5760043580151580910361011f5760ff8019600754169116176007555f80f35b3461011f57604036600319011261011f5760206106116105e1610109565b6105e9610123565b6001600160a01b039182165f9081526003855260408082209290931681526020919091522090565b54604051908152f35b634e487b7160e01b5f52601160045260245ffd5b9190820180921161031257565b90601f8211610648575050565b808211610653575050565b60065f5260205f206020601f830160051c9210610692575b81601f9101920160051c03905f5b82811061068557505050565b5f82820155600101610679565b5f915061066b565b600580546001600160a01b0319166001600160a01b03909216919091179055919067ffffffffffffffff8111610465576106de816106d96006546103f7565b61063b565b5f601f821160011461071c57819061070c93945f92610711575b50508160011b915f199060031b1c19161790565b600655565b013590505f806106f8565b60065f52601f198216937ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f915f5b8681106107815750836001959610610768575b505050811b01600655565b01355f19600384901b60f8161c191690555f808061075d565b9092602060018192868601358155019401910161074a565b91909160ff60075416610988576107b0828261098f565b1561092e576001600160a01b038116917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef916108999161087d91903386036108fa575b61082861080d610805600454846109ed565b612710900490565b6001600160a01b039093165f90815260026020526040902090565b6108338282546109e0565b905561083f82826109e0565b6001600160a01b0388165f9081526002602052604090206108629091825461062e565b9055610878610873836001546109e0565b600155565b6109e0565b6040519081526001600160a01b03909416939081906020820190565b0390a36005546001600160a01b0316806108b4575b50600190565b5f80916108d36bffffffffffffffffffffffff60a01b60055416600555565b60405182816108e181610a00565b03925af16108ed610a87565b906108ae57602081519101fd5b6001600160a01b0382165f90815260036020908152604080832033845290915290206109278282546109e0565b90556107f3565b60405162461bcd60e51b815260206004820152602c60248201527f54657374546f6b656e3a20696e73756666696369656e742062616c616e63652060448201526b6f7220616c6c6f77616e636560a01b6064820152608490fd5b5050505f90565b60018060a01b031690815f5260026020528060405f2054106109da573382149182156109ba57505090565b5f9081526003602090815260408083203384529091529020541015919050565b50505f90565b9190820391821161031257565b8181029291811591840414171561031257565b6006545f9291610a0f826103f7565b9160018116908115610a755750600114610a27575050565b60065f90815292935090917ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5b838210610a615750500190565b600181602092548486015201910190610a54565b60ff1916825250811515909102019150565b3d15610ac1573d9067ffffffffffffffff82116104655760405191610ab6601f8201601f191660200184610443565b82523d5f602084013e565b60609056fea2646970667358221220f526827b218f457f3c50e8c695a56b7d75663d629a805d8e5a60061cd0bcb1d164736f6c63430008250033",
}

// TestToken is an auto generated Go binding around an Ethereum contract.
type TestToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestToken) GetABI() abi.ABI {
	return c.abi
}

// NewTestToken creates a new instance of TestToken.
func NewTestToken() *TestToken {
	parsed, err := TestTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string symbol_, uint8 decimals_) returns()
func (testToken *TestToken) PackConstructor(symbol_ string, decimals_ uint8) []byte {
	enc, err := testToken.abi.Pack("", symbol_, decimals_)
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
func (testToken *TestToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := testToken.abi.Pack("allowance", arg0, arg1)
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
func (testToken *TestToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return testToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (testToken *TestToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("allowance", data)
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
func (testToken *TestToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := testToken.abi.Pack("approve", spender, amount)
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
func (testToken *TestToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return testToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (testToken *TestToken) UnpackApprove(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("approve", data)
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
func (testToken *TestToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := testToken.abi.Pack("balanceOf", arg0)
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
func (testToken *TestToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return testToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (testToken *TestToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("balanceOf", data)
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
func (testToken *TestToken) PackDecimals() []byte {
	enc, err := testToken.abi.Pack("decimals")
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
func (testToken *TestToken) TryPackDecimals() ([]byte, error) {
	return testToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testToken *TestToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint256)
func (testToken *TestToken) PackFeeBps() []byte {
	enc, err := testToken.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint256)
func (testToken *TestToken) TryPackFeeBps() ([]byte, error) {
	return testToken.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint256)
func (testToken *TestToken) UnpackFeeBps(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("feeBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hook() view returns(address)
func (testToken *TestToken) PackHook() []byte {
	enc, err := testToken.abi.Pack("hook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hook() view returns(address)
func (testToken *TestToken) TryPackHook() ([]byte, error) {
	return testToken.abi.Pack("hook")
}

// UnpackHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5a7c7b.
//
// Solidity: function hook() view returns(address)
func (testToken *TestToken) UnpackHook(data []byte) (common.Address, error) {
	out, err := testToken.abi.Unpack("hook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testToken *TestToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testToken.abi.Pack("mint", to, amount)
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
func (testToken *TestToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testToken.abi.Pack("mint", to, amount)
}

// PackReturnFalse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c14766.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function returnFalse() view returns(bool)
func (testToken *TestToken) PackReturnFalse() []byte {
	enc, err := testToken.abi.Pack("returnFalse")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReturnFalse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c14766.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function returnFalse() view returns(bool)
func (testToken *TestToken) TryPackReturnFalse() ([]byte, error) {
	return testToken.abi.Pack("returnFalse")
}

// UnpackReturnFalse is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c14766.
//
// Solidity: function returnFalse() view returns(bool)
func (testToken *TestToken) UnpackReturnFalse(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("returnFalse", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c27b62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeBps(uint256 bps) returns()
func (testToken *TestToken) PackSetFeeBps(bps *big.Int) []byte {
	enc, err := testToken.abi.Pack("setFeeBps", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c27b62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeBps(uint256 bps) returns()
func (testToken *TestToken) TryPackSetFeeBps(bps *big.Int) ([]byte, error) {
	return testToken.abi.Pack("setFeeBps", bps)
}

// PackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43072d2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHook(address hook_, bytes data) returns()
func (testToken *TestToken) PackSetHook(hook common.Address, data []byte) []byte {
	enc, err := testToken.abi.Pack("setHook", hook, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43072d2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setHook(address hook_, bytes data) returns()
func (testToken *TestToken) TryPackSetHook(hook common.Address, data []byte) ([]byte, error) {
	return testToken.abi.Pack("setHook", hook, data)
}

// PackSetReturnFalse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0474428.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReturnFalse(bool v) returns()
func (testToken *TestToken) PackSetReturnFalse(v bool) []byte {
	enc, err := testToken.abi.Pack("setReturnFalse", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReturnFalse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0474428.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReturnFalse(bool v) returns()
func (testToken *TestToken) TryPackSetReturnFalse(v bool) ([]byte, error) {
	return testToken.abi.Pack("setReturnFalse", v)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) PackSymbol() []byte {
	enc, err := testToken.abi.Pack("symbol")
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
func (testToken *TestToken) TryPackSymbol() ([]byte, error) {
	return testToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testToken *TestToken) UnpackSymbol(data []byte) (string, error) {
	out, err := testToken.abi.Unpack("symbol", data)
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
func (testToken *TestToken) PackTotalSupply() []byte {
	enc, err := testToken.abi.Pack("totalSupply")
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
func (testToken *TestToken) TryPackTotalSupply() ([]byte, error) {
	return testToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testToken *TestToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testToken.abi.Unpack("totalSupply", data)
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
func (testToken *TestToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := testToken.abi.Pack("transfer", to, amount)
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
func (testToken *TestToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return testToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (testToken *TestToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("transfer", data)
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
func (testToken *TestToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := testToken.abi.Pack("transferFrom", from, to, amount)
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
func (testToken *TestToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return testToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (testToken *TestToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestTokenApproval represents a Approval event raised by the TestToken contract.
type TestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestTokenApproval) ContractEventName() string {
	return TestTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testToken *TestToken) UnpackApprovalEvent(log *types.Log) (*TestTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenApproval)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
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

// TestTokenTransfer represents a Transfer event raised by the TestToken contract.
type TestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestTokenTransfer) ContractEventName() string {
	return TestTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testToken *TestToken) UnpackTransferEvent(log *types.Log) (*TestTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestTokenTransfer)
	if len(log.Data) > 0 {
		if err := testToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testToken.abi.Events[event].Inputs {
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
