#!/usr/bin/python3
"""Train sibyl's shipped language model: a small llama on the King James Bible.

Reproducible: fixed seeds, a fixed thread count, deterministic algorithms and
a SentencePiece tokenizer trained single-threaded, so the same Debian package
versions write the same files. The outputs are committed under models/kjv/, so
running and testing sibyl never trains.

Needs Debian's python3-torch, python3-numpy, python3-sentencepiece and
bible-kjv (the `bible` program and its bible-kjv-text data), and Debian's
interpreter (/usr/bin/python3, not a pyenv python):

    OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 scripts/train_llm.py --out models/kjv

One thread by default (--threads): on this project's shared 2-core machine,
two OpenMP threads competing with other jobs spun instead of working. With
libopenblas0-openmp installed (Debian's reference BLAS is ~5x slower) the
1,500 steps took 35 minutes of wall time on 2026-12-06 with the machine's
load average between 10 and 19 (other jobs); see docs/models.md. Results are
reproducible for a given thread count and BLAS.

Corpus: every verse of the KJV (31,102), one verse per line. Held out: every
chapter whose index (0-based, Genesis 1 = 0) is a multiple of 20, i.e. 60
chapters (about 5% of the verses); the rest trains. The held-out verses are
written to heldout.txt (one verse per line), the text `sibyl eval` reads.

Training: AdamW (lr 3e-3, betas 0.9/0.95, weight decay 0.1 on matrices),
linear warm-up over 5% of the steps then cosine decay to 10%, gradient
clipping at 1.0, batches of 16 sequences of 128 tokens, 1,500 steps (about
2.2 epochs of the 1.1M training tokens).

Tokenizer: SentencePiece BPE, 2048 pieces, llama's settings (identity
normalisation, whitespace kept, digits split, byte fallback, a dummy prefix
space; unk=0, bos=1, eos=2).

Model: a llama (RMSNorm, rotary embeddings in the Hugging Face rotate_half
layout, grouped-query attention, SwiGLU, untied LM head). Each training
sequence starts at a verse start and is a packing of "<s> verse" token runs.

Outputs in --out:
  model.safetensors, config.json, tokenizer.model, tokenizer_config.json
      Hugging Face layout, F16 weights.
  kjv.gguf
      GGUF v3, llama architecture, the same F16 values (norms as F32 holding
      the same F16-rounded values), Q and K rows permuted as llama.cpp's
      converter does, the tokenizer in tokenizer.ggml.* metadata.
  heldout.txt, calibration.txt, train-report.json
      the held-out text, the first 64 training verses (what `sibyl convert`
      calibrates activation scales on), and the float model's perplexity and
      training time.

With --reference N it trains nothing and writes torch-reference.json: the
exported model's NLL and argmax predictions on the first N held-out lines,
which models/kjv_test.go compares with sibyl's float64 forward pass:

    /usr/bin/python3 scripts/train_llm.py --out models/kjv --reference 50

The float reference numbers in train-report.json are those of the exported
(F16-rounded) weights: each held-out line is one sequence "<s> tokens",
truncated to the context length, every token after <s> predicted;
perplexity = exp(total NLL / predicted tokens).
"""
import argparse
import io
import json
import math
import os
import platform
import struct
import subprocess
import sys
import time

import numpy as np
import sentencepiece as spm
import torch
import torch.nn as nn
import torch.nn.functional as F

SEED = 20261206
HELDOUT_EVERY = 20
CALIBRATION_LINES = 64

CONFIG = dict(
    vocab_size=2048,
    hidden_size=192,
    intermediate_size=512,
    num_hidden_layers=4,
    num_attention_heads=6,
    num_key_value_heads=2,
    max_position_embeddings=256,
    rms_norm_eps=1e-5,
    rope_theta=10000.0,
)


def read_kjv():
    """Returns a list of chapters, each a list of verse strings, in canonical order."""
    out = subprocess.run(["bible", "-l", "100000", "gen1:1-rev22:21"],
                         check=True, capture_output=True, text=True).stdout
    chapters = []
    for line in out.split("\n"):
        if not line.strip():
            continue
        if not line.startswith("  "):
            chapters.append([])  # "Genesis 1" heading
            continue
        num, text = line.strip().split(" ", 1)
        int(num)
        chapters[-1].append(text.strip())
    verses = sum(len(c) for c in chapters)
    if len(chapters) != 1189 or verses != 31102:
        sys.exit(f"unexpected corpus: {len(chapters)} chapters, {verses} verses")
    return chapters


def train_tokenizer(lines, vocab):
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model,
        model_type="bpe", vocab_size=vocab, character_coverage=1.0,
        byte_fallback=True, split_digits=True, normalization_rule_name="identity",
        remove_extra_whitespaces=False, add_dummy_prefix=True,
        allow_whitespace_only_pieces=True, unk_id=0, bos_id=1, eos_id=2, pad_id=-1,
        num_threads=1, input_sentence_size=0, shuffle_input_sentence=False,
        minloglevel=2)
    return model.getvalue()


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


class Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        self.nh, self.nkv = c["num_attention_heads"], c["num_key_value_heads"]
        self.hd = d // self.nh
        self.q_proj = nn.Linear(d, self.nh * self.hd, bias=False)
        self.k_proj = nn.Linear(d, self.nkv * self.hd, bias=False)
        self.v_proj = nn.Linear(d, self.nkv * self.hd, bias=False)
        self.o_proj = nn.Linear(self.nh * self.hd, d, bias=False)

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        q = self.q_proj(x).view(b, t, self.nh, self.hd).transpose(1, 2)
        k = self.k_proj(x).view(b, t, self.nkv, self.hd).transpose(1, 2)
        v = self.v_proj(x).view(b, t, self.nkv, self.hd).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        rep = self.nh // self.nkv
        k = k.repeat_interleave(rep, dim=1)
        v = v.repeat_interleave(rep, dim=1)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(self.hd) + mask
        y = F.softmax(att, dim=-1) @ v
        return self.o_proj(y.transpose(1, 2).reshape(b, t, -1))


class MLP(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, h = c["hidden_size"], c["intermediate_size"]
        self.gate_proj = nn.Linear(d, h, bias=False)
        self.up_proj = nn.Linear(d, h, bias=False)
        self.down_proj = nn.Linear(h, d, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.input_layernorm = RMSNorm(c["hidden_size"], c["rms_norm_eps"])
        self.self_attn = Attention(c)
        self.post_attention_layernorm = RMSNorm(c["hidden_size"], c["rms_norm_eps"])
        self.mlp = MLP(c)

    def forward(self, x, cos, sin, mask):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, mask)
        return x + self.mlp(self.post_attention_layernorm(x))


class Inner(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.embed_tokens = nn.Embedding(c["vocab_size"], c["hidden_size"])
        self.layers = nn.ModuleList([Block(c) for _ in range(c["num_hidden_layers"])])
        self.norm = RMSNorm(c["hidden_size"], c["rms_norm_eps"])


class Llama(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.model = Inner(c)
        self.lm_head = nn.Linear(c["hidden_size"], c["vocab_size"], bias=False)
        hd = c["hidden_size"] // c["num_attention_heads"]
        inv = 1.0 / (c["rope_theta"] ** (torch.arange(0, hd, 2, dtype=torch.float64) / hd))
        f = torch.outer(torch.arange(c["max_position_embeddings"], dtype=torch.float64), inv)
        emb = torch.cat((f, f), dim=-1)
        self.register_buffer("cos", emb.cos().float(), persistent=False)
        self.register_buffer("sin", emb.sin().float(), persistent=False)
        for n, p in self.named_parameters():
            if p.dim() == 2:
                nn.init.normal_(p, std=0.02)
        for n, p in self.named_parameters():
            if n.endswith("o_proj.weight") or n.endswith("down_proj.weight"):
                nn.init.normal_(p, std=0.02 / math.sqrt(2 * c["num_hidden_layers"]))

    def forward(self, idx):
        t = idx.shape[1]
        x = self.model.embed_tokens(idx)
        cos, sin = self.cos[:t], self.sin[:t]
        mask = torch.full((t, t), float("-inf")).triu(1)
        for blk in self.model.layers:
            x = blk(x, cos, sin, mask)
        return self.lm_head(self.model.norm(x))


def encode_lines(sp, lines, bos):
    return [[bos] + sp.encode(l) for l in lines]


def batches(stream, starts, seq, bs, gen):
    while True:
        pick = torch.randint(len(starts), (bs,), generator=gen)
        rows = [stream[starts[i]:starts[i] + seq + 1] for i in pick.tolist()]
        yield torch.tensor(np.stack(rows), dtype=torch.long)


@torch.no_grad()
def evaluate(model, seqs, ctx):
    """Perplexity and NLL as documented above; also the argmax predictions' count."""
    model.eval()
    nll, n = 0.0, 0
    for s in seqs:
        s = s[:ctx]
        x = torch.tensor([s], dtype=torch.long)
        logits = model(x)[0, :-1].double()
        tgt = x[0, 1:]
        nll += F.cross_entropy(logits, tgt, reduction="sum").item()
        n += len(s) - 1
    model.train()
    return math.exp(nll / n), nll, n


# --- exports -----------------------------------------------------------------

def f16_round(model):
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())


def hf_tensors(model):
    return {n: p.detach().half().numpy() for n, p in model.named_parameters()}


def write_safetensors(path, tensors):
    header, off, blobs = {}, 0, []
    for name in sorted(tensors):
        a = np.ascontiguousarray(tensors[name])
        b = a.astype("<f2").tobytes()
        header[name] = {"dtype": "F16", "shape": list(a.shape), "data_offsets": [off, off + len(b)]}
        off += len(b)
        blobs.append(b)
    header["__metadata__"] = {"format": "pt"}
    h = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


GGUF_UINT32, GGUF_INT32, GGUF_FLOAT32, GGUF_BOOL, GGUF_STRING, GGUF_ARRAY = 4, 5, 6, 7, 8, 9
GGML_F32, GGML_F16 = 0, 1


def gguf_str(s):
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def gguf_kv(key, typ, val):
    out = gguf_str(key) + struct.pack("<I", typ)
    if typ == GGUF_ARRAY:
        et, items = val
        out += struct.pack("<IQ", et, len(items))
        for it in items:
            out += gguf_scalar(et, it)
    else:
        out += gguf_scalar(typ, val)
    return out


def gguf_scalar(typ, v):
    if typ == GGUF_UINT32:
        return struct.pack("<I", v)
    if typ == GGUF_INT32:
        return struct.pack("<i", v)
    if typ == GGUF_FLOAT32:
        return struct.pack("<f", v)
    if typ == GGUF_BOOL:
        return struct.pack("<B", 1 if v else 0)
    if typ == GGUF_STRING:
        return gguf_str(v)
    raise ValueError(typ)


def permute_qk(w, heads):
    # llama.cpp's converter: rotate_half pairs (i, i+hd/2) become adjacent pairs (2i, 2i+1).
    out, inp = w.shape
    return w.reshape(heads, 2, out // heads // 2, inp).swapaxes(1, 2).reshape(out, inp)


def write_gguf(path, model, sp, c):
    t = hf_tensors(model)
    L = c["num_hidden_layers"]
    ts = [("token_embd.weight", t["model.embed_tokens.weight"])]
    for i in range(L):
        p = f"model.layers.{i}."
        ts += [
            (f"blk.{i}.attn_norm.weight", t[p + "input_layernorm.weight"]),
            (f"blk.{i}.attn_q.weight", permute_qk(t[p + "self_attn.q_proj.weight"], c["num_attention_heads"])),
            (f"blk.{i}.attn_k.weight", permute_qk(t[p + "self_attn.k_proj.weight"], c["num_key_value_heads"])),
            (f"blk.{i}.attn_v.weight", t[p + "self_attn.v_proj.weight"]),
            (f"blk.{i}.attn_output.weight", t[p + "self_attn.o_proj.weight"]),
            (f"blk.{i}.ffn_norm.weight", t[p + "post_attention_layernorm.weight"]),
            (f"blk.{i}.ffn_gate.weight", t[p + "mlp.gate_proj.weight"]),
            (f"blk.{i}.ffn_up.weight", t[p + "mlp.up_proj.weight"]),
            (f"blk.{i}.ffn_down.weight", t[p + "mlp.down_proj.weight"]),
        ]
    ts += [("output_norm.weight", t["model.norm.weight"]), ("output.weight", t["lm_head.weight"])]

    n = sp.get_piece_size()
    types = []
    for i in range(n):
        if sp.is_unknown(i):
            types.append(2)
        elif sp.is_control(i):
            types.append(3)
        elif sp.is_byte(i):
            types.append(6)
        elif sp.is_unused(i):
            types.append(5)
        else:
            types.append(1)
    hd = c["hidden_size"] // c["num_attention_heads"]
    kvs = [
        gguf_kv("general.architecture", GGUF_STRING, "llama"),
        gguf_kv("general.name", GGUF_STRING, "sibyl kjv"),
        gguf_kv("general.alignment", GGUF_UINT32, 32),
        gguf_kv("general.file_type", GGUF_UINT32, 1),  # mostly F16
        gguf_kv("llama.context_length", GGUF_UINT32, c["max_position_embeddings"]),
        gguf_kv("llama.embedding_length", GGUF_UINT32, c["hidden_size"]),
        gguf_kv("llama.block_count", GGUF_UINT32, L),
        gguf_kv("llama.feed_forward_length", GGUF_UINT32, c["intermediate_size"]),
        gguf_kv("llama.rope.dimension_count", GGUF_UINT32, hd),
        gguf_kv("llama.attention.head_count", GGUF_UINT32, c["num_attention_heads"]),
        gguf_kv("llama.attention.head_count_kv", GGUF_UINT32, c["num_key_value_heads"]),
        gguf_kv("llama.attention.layer_norm_rms_epsilon", GGUF_FLOAT32, c["rms_norm_eps"]),
        gguf_kv("llama.rope.freq_base", GGUF_FLOAT32, c["rope_theta"]),
        gguf_kv("llama.vocab_size", GGUF_UINT32, c["vocab_size"]),
        gguf_kv("tokenizer.ggml.model", GGUF_STRING, "llama"),
        gguf_kv("tokenizer.ggml.tokens", GGUF_ARRAY, (GGUF_STRING, [sp.id_to_piece(i) for i in range(n)])),
        gguf_kv("tokenizer.ggml.scores", GGUF_ARRAY, (GGUF_FLOAT32, [sp.get_score(i) for i in range(n)])),
        gguf_kv("tokenizer.ggml.token_type", GGUF_ARRAY, (GGUF_INT32, types)),
        gguf_kv("tokenizer.ggml.bos_token_id", GGUF_UINT32, sp.bos_id()),
        gguf_kv("tokenizer.ggml.eos_token_id", GGUF_UINT32, sp.eos_id()),
        gguf_kv("tokenizer.ggml.unknown_token_id", GGUF_UINT32, sp.unk_id()),
        gguf_kv("tokenizer.ggml.add_bos_token", GGUF_BOOL, True),
        gguf_kv("tokenizer.ggml.add_eos_token", GGUF_BOOL, False),
    ]
    infos, blobs, off = b"", [], 0
    for name, a in ts:
        if a.ndim == 1:
            typ, b = GGML_F32, a.astype("<f4").tobytes()
        else:
            typ, b = GGML_F16, a.astype("<f2").tobytes()
        dims = list(reversed(a.shape))  # ggml: ne[0] is the innermost (row) length
        infos += gguf_str(name) + struct.pack("<I", len(dims)) + struct.pack(f"<{len(dims)}Q", *dims)
        infos += struct.pack("<IQ", typ, off)
        pad = -len(b) % 32
        blobs.append(b + b"\0" * pad)
        off += len(b) + pad
    head = b"GGUF" + struct.pack("<IQQ", 3, len(ts), len(kvs)) + b"".join(kvs) + infos
    head += b"\0" * (-len(head) % 32)
    with open(path, "wb") as f:
        f.write(head)
        for b in blobs:
            f.write(b)


def load_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        hdr = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, t in hdr.items():
        if name == "__metadata__":
            continue
        assert t["dtype"] == "F16", t
        b, e = t["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(data[b:e], dtype="<f2").astype(np.float32).reshape(t["shape"]))
    return out


def reference(out_dir, lines):
    """Writes torch-reference.json: for the first `lines` held-out lines, the
    exported model's per-line NLL (sum over predicted tokens, float64), the
    token ids, and the argmax next token at every position."""
    torch.set_num_threads(1)
    c = dict(CONFIG)
    model = Llama(c)
    model.load_state_dict(load_safetensors(os.path.join(out_dir, "model.safetensors")), strict=True)
    model.eval()
    sp = spm.SentencePieceProcessor(model_file=os.path.join(out_dir, "tokenizer.model"))
    with open(os.path.join(out_dir, "heldout.txt")) as f:
        held = [l.rstrip("\n") for l in f if l.strip()][:lines]
    rows = []
    with torch.no_grad():
        for line in held:
            ids = ([sp.bos_id()] + sp.encode(line))[:c["max_position_embeddings"]]
            logits = model(torch.tensor([ids]))[0].double()
            nll = F.cross_entropy(logits[:-1], torch.tensor(ids[1:]), reduction="sum").item()
            rows.append({"ids": ids, "nll": nll, "argmax": logits.argmax(-1).tolist()})
    with open(os.path.join(out_dir, "torch-reference.json"), "w") as f:
        json.dump({"generator": "scripts/train_llm.py --reference", "lines": rows}, f, separators=(",", ":"))
        f.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--reference", type=int, default=0,
                    help="train nothing: write torch-reference.json for the first N held-out lines of the model in --out")
    ap.add_argument("--steps", type=int, default=1500)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    if args.reference:
        reference(args.out, args.reference)
        return
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)

    chapters = read_kjv()
    train_lines, held_lines = [], []
    for ci, ch in enumerate(chapters):
        (held_lines if ci % HELDOUT_EVERY == 0 else train_lines).extend(ch)
    with open(os.path.join(args.out, "heldout.txt"), "w") as f:
        f.write("\n".join(held_lines) + "\n")
    with open(os.path.join(args.out, "calibration.txt"), "w") as f:
        f.write("\n".join(train_lines[:CALIBRATION_LINES]) + "\n")

    c = dict(CONFIG)
    tok = train_tokenizer(train_lines, c["vocab_size"])
    with open(os.path.join(args.out, "tokenizer.model"), "wb") as f:
        f.write(tok)
    sp = spm.SentencePieceProcessor(model_proto=tok)
    t_tok = time.time() - t0

    train = encode_lines(sp, train_lines, sp.bos_id())
    held = encode_lines(sp, held_lines, sp.bos_id())
    stream, starts = [], []
    for s in train:
        starts.append(len(stream))
        stream.extend(s)
    stream = np.array(stream, dtype=np.int64)
    starts = [s for s in starts if s + args.seq + 1 <= len(stream)]
    print(f"tokenizer {t_tok:.1f}s; train {len(stream)} tokens, {len(train)} verses; "
          f"held-out {sum(map(len, held))} tokens, {len(held)} verses", flush=True)

    model = Llama(c)
    nparams = sum(p.numel() for p in model.parameters())
    print(f"{nparams} parameters", flush=True)
    decay = [p for p in model.parameters() if p.dim() == 2]
    other = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1},
                             {"params": other, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.95))
    gen = torch.Generator().manual_seed(SEED)
    it = batches(stream, starts, args.seq, args.batch, gen)
    warm = max(1, args.steps // 20)
    t1 = time.time()
    for step in range(args.steps):
        lr = args.lr * min(1.0, (step + 1) / warm) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * step / args.steps)))
        for g in opt.param_groups:
            g["lr"] = lr
        xb = next(it)
        logits = model(xb[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, c["vocab_size"]), xb[:, 1:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        if step % 100 == 0 or step == args.steps - 1:
            el = time.time() - t1
            print(f"step {step} loss {loss.item():.4f} lr {lr:.2e} {el:.0f}s", flush=True)
    t_train = time.time() - t1

    f16_round(model)
    ppl, nll, n = evaluate(model, held, c["max_position_embeddings"])
    print(f"held-out perplexity {ppl:.4f} over {n} tokens", flush=True)

    write_safetensors(os.path.join(args.out, "model.safetensors"), hf_tensors(model))
    hf_config = dict(c, architectures=["LlamaForCausalLM"], model_type="llama", hidden_act="silu",
                     bos_token_id=sp.bos_id(), eos_token_id=sp.eos_id(), tie_word_embeddings=False,
                     torch_dtype="float16", attention_bias=False, mlp_bias=False,
                     head_dim=c["hidden_size"] // c["num_attention_heads"])
    with open(os.path.join(args.out, "config.json"), "w") as f:
        json.dump(hf_config, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(args.out, "tokenizer_config.json"), "w") as f:
        json.dump({"tokenizer_class": "LlamaTokenizer", "add_bos_token": True, "add_eos_token": False,
                   "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
                   "model_max_length": c["max_position_embeddings"]}, f, indent=2, sort_keys=True)
        f.write("\n")
    write_gguf(os.path.join(args.out, "kjv.gguf"), model, sp, c)
    report = {
        "parameters": nparams, "steps": args.steps, "batch": args.batch, "seq": args.seq,
        "train_tokens": int(len(stream)), "heldout_tokens_predicted": n, "heldout_lines": len(held),
        "heldout_nll": nll, "heldout_perplexity": ppl,
        "tokenizer_seconds": round(t_tok, 1), "train_seconds": round(t_train, 1),
        "total_seconds": round(time.time() - t0, 1), "threads": args.threads,
        "torch": torch.__version__, "sentencepiece": spm.__version__, "machine": platform.machine(),
        "seed": SEED,
    }
    with open(os.path.join(args.out, "train-report.json"), "w") as f:
        json.dump(report, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(report, indent=2), flush=True)


if __name__ == "__main__":
    main()
