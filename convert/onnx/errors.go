package onnx

import "errors"

// Sentinel errors. Every error the importer returns wraps one of them and
// names the ONNX node (name and op type) or tensor it is about.
var (
	// ErrParse means the bytes are not a well-formed ONNX ModelProto.
	ErrParse = errors.New("onnx: malformed model")
	// ErrUnsupportedOp means a node's op type (or domain) is not importable.
	ErrUnsupportedOp = errors.New("onnx: unsupported op")
	// ErrUnsupportedAttr means a node carries an attribute, or an attribute
	// value, the importer does not implement.
	ErrUnsupportedAttr = errors.New("onnx: unsupported attribute")
	// ErrGraph means the graph's structure cannot be imported: several
	// inputs or outputs, a missing tensor, a shape mismatch, a non-constant
	// weight.
	ErrGraph = errors.New("onnx: unsupported graph")
	// ErrTensor means an initializer or constant cannot be decoded.
	ErrTensor = errors.New("onnx: bad tensor")
	// ErrCalibration means the calibration inputs cannot quantize the model.
	ErrCalibration = errors.New("onnx: calibration failed")
)
