// Package runtime is sibyl's deterministic integer inference runtime: the model
// program format (a versioned, canonical binary file whose keccak256 is the
// program hash), the int8 ops with their normative integer semantics, and
// execution with a trace of state commitments C_0..C_N.
//
// The format, every op's formula and the live set of each state are specified
// in docs/program-format.md. In short: tensors are int8; op i reads tensors
// with ids <= i and produces tensor i+1; tensor 0 is the input and tensor N is
// the output; state i holds the tensors still needed after op i-1, ordered by
// id, and C_i = commit.State(state i...).
//
// There is no floating point on the execution path: dense and conv accumulate
// int8 x int8 products exactly in int32 (the loader enforces the accumulator
// bound), requantize with y = clamp(zp + ((acc*M + 2^(s-1)) >> s), qmin, qmax)
// in int64, and nonlinearities are tables. Results are bit-identical across
// kernels (portable Go and AVX-512 VNNI), thread counts and architectures.
//
// Building a program in Go (the ONNX converter does the same):
//
//	p, err := runtime.New(runtime.Shape{784}, []runtime.Op{
//		&runtime.Dense{In: 0, Weights: w1 /* 128*784 */, Bias: b1 /* 128 */,
//			Rq: runtime.PerTensor(m1, s1, -128, -128, 127)}, // ReLU: qmin = zero
//		&runtime.Dense{In: 1, Weights: w2 /* 10*128 */, Bias: b2 /* 10 */,
//			Rq: runtime.PerTensor(m2, s2, z2, -128, 127)},
//	}, runtime.Meta{Key: "name", Value: "mlp"})
//	if err != nil { ... }
//	os.WriteFile("mlp.sibyl", p.Encode(), 0o644) // p.Hash() = keccak256 of these bytes
//
//	res, err := runtime.Execute(ctx, p, runtime.InputFromBytes(pixels), runtime.Options{})
//	// res.Output (tensor 2), res.Commitments (C_0, C_1, C_2), res.Steps == 2
//
// For the prover, the per-op reference semantics are the exported helpers
// Requantize, (*Requant).Apply, (*Dense).Acc, (*Conv2D).Acc, (*Add).Acc and
// (*Add).Apply, MaxOf, AvgOf, (*Table).Lookup, (*Softmax).Row, ArgmaxIndex,
// FloorDiv, and ExecuteStep, which maps state i to state i+1 with the
// portable kernel.
package runtime
