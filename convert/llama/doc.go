// Package llama is the float form of a llama-architecture language model
// (Llama 2/3, TinyLlama, Qwen2-style grouped-query attention): its Config and
// its float32 tensors, named and laid out as defined here. Converters (GGUF,
// safetensors, the model trained by the project) produce a Model; the
// quantizer (convert/llmquant) turns a Model and calibration token sequences
// into a sibyl transformer program (runtime/transformer). Forward is the
// float64 reference forward pass the quantizer calibrates with.
//
// # Architecture
//
// For each token at position p with embedding x (Dim values):
//
//	for each layer:
//	    a  = RMSNorm(x, AttnNorm)
//	    q  = Wq a (+ Bq),  k = Wk a (+ Bk),  v = Wv a (+ Bv)   (per head: HeadDim values)
//	    q, k = RoPE(q, p), RoPE(k, p)
//	    o  = concat over heads h of  sum_t softmax_t(q_h . k_{g(h),t} / sqrt(HeadDim)) v_{g(h),t}
//	         with g(h) = h / (Heads/KVHeads), over positions t <= p
//	    x  = x + Wo o
//	    f  = RMSNorm(x, FFNNorm)
//	    x  = x + Wdown (SiLU(Wgate f) * Wup f)
//	logits = Output RMSNorm(x, OutputNorm)        (Output = TokenEmbedding when TiedEmbeddings)
//
// RMSNorm(x, g)_i = g_i x_i / sqrt(mean_j x_j^2 + NormEps); SiLU(z) = z/(1+e^-z).
//
// # Layout
//
// Every matrix is row-major [out][in], as PyTorch's nn.Linear stores it (and
// as GGUF stores it, ne[0] = in being the fastest dimension): Wq is
// [Heads*HeadDim][Dim], Wk and Wv are [KVHeads*HeadDim][Dim], Wo is
// [Dim][Heads*HeadDim], Wgate and Wup are [HiddenDim][Dim], Wdown is
// [Dim][HiddenDim], TokenEmbedding and Output are [Vocab][Dim]. Head h owns
// rows [h*HeadDim, (h+1)*HeadDim) of Wq (and of Wk, Wv for KV head h).
//
// RoPE uses the Hugging Face ("rotate half", GPT-NeoX) pairing: within a
// head, element i and element i+HeadDim/2 (i < HeadDim/2) form a pair rotated
// by the angle p*freq_i, freq_i = RopeTheta^(-2i/HeadDim) (adjusted by
// RopeScaling):
//
//	q'_i          = q_i cos - q_{i+HeadDim/2} sin
//	q'_{i+HeadDim/2} = q_{i+HeadDim/2} cos + q_i sin
//
// Safetensors checkpoints of Llama and Qwen2 are already in this layout. GGUF
// files of the "llama" architecture are not: llama.cpp's converter permutes
// the rows of Wq and Wk (and Bq, Bk) of every head so that adjacent elements
// (2i, 2i+1) form the pairs. A GGUF converter must undo that per head, for
// HeadDim = d: GGUF row (h*d + 2i + j), j in {0, 1}, is Hugging Face row
// (h*d + j*d/2 + i). GGUF "qwen2" files use the NeoX pairing and need no
// permutation.
//
// # Tensor names
//
// Weights are looked up by name through the Weights interface, so a converter
// can hand them over one at a time from a memory-mapped file. The names are
// llama.cpp's: see the Tensor* constants and LayerTensor.
package llama
