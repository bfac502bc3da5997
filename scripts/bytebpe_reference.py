#!/usr/bin/python3
"""Write tokenizer/testdata/bbpe-*.json (Hugging Face tokenizer.json files of a
small byte-level BPE tokenizer trained here) and bbpe-*.ids.json (the token ids
of a corpus under each), with an independent reference encoder: Python's
`regex` module (Debian's python3-regex) for the pre-tokenizer patterns, and
BPE by merge rank over GPT-2's byte-to-unicode alphabet.

    /usr/bin/python3 scripts/bytebpe_reference.py models/kjv/heldout.txt

Two tokenizer.json files share one vocabulary and merge list: "gpt2" (the
ByteLevel pre-tokenizer with GPT-2's pattern) and "llama3" (a Split
pre-tokenizer with Llama 3's pattern, then ByteLevel without regex, and
ignore_merges), each with two special tokens. Algorithm (Hugging Face
tokenizers): split the text on special tokens; pre-tokenize each other
segment with the pattern; map each piece's UTF-8 bytes to GPT-2's printable
alphabet; with ignore_merges, a piece that is a vocabulary entry is one token;
otherwise merge adjacent symbols, lowest merge rank first (leftmost on ties),
until no pair has a rank.
"""
import json
import sys

import regex

GPT2 = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
LLAMA3 = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
# Texts whose pre-tokenization (the "pieces" field) tests the patterns'
# corners: contractions in any case, digit runs, newline runs, Unicode spaces.
PRETOKENIZE_ONLY = ["HE'S SHE'D they'RE 'Ll 'ſ 'x", "1234567 x12 ¹²³ ½", "a\n\n\nb \n \r\n c", "  \t\n  x  ",
                    "end  ", "\u3000ideographic\u2028sep", "!!!\n\n...", " 'll", "x'", "Ωmega çava ǅ"]
SPECIALS = ["<|begin_of_text|>", "<|end_of_text|>"]


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


B2U = bytes_to_unicode()


def train(lines, merges_wanted):
    counts = {}
    for l in lines:
        for w in regex.findall(LLAMA3, l):
            key = tuple(B2U[b] for b in w.encode())
            counts[key] = counts.get(key, 0) + 1
    merges = []
    words = dict(counts)
    for _ in range(merges_wanted):
        pairs = {}
        for w, c in words.items():
            for a, b in zip(w, w[1:]):
                pairs[(a, b)] = pairs.get((a, b), 0) + c
        if not pairs:
            break
        best = max(sorted(pairs), key=lambda p: pairs[p])
        merges.append(best)
        nw = {}
        for w, c in words.items():
            out, i = [], 0
            while i < len(w):
                if i + 1 < len(w) and (w[i], w[i + 1]) == best:
                    out.append(w[i] + w[i + 1])
                    i += 2
                else:
                    out.append(w[i])
                    i += 1
            nw[tuple(out)] = nw.get(tuple(out), 0) + c
        words = nw
    return merges


def tokenizer_json(vocab, merges, kind):
    added = [{"id": vocab[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for s in SPECIALS]
    if kind == "gpt2":
        pre = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    else:
        pre = {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": LLAMA3}, "behavior": "Isolated", "invert": False},
            {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]}
    return {"version": "1.0", "truncation": None, "padding": None, "added_tokens": added, "normalizer": None,
            "pre_tokenizer": pre, "post_processor": None,
            "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
            "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
                      "ignore_merges": kind == "llama3", "vocab": vocab,
                      "merges": [f"{a} {b}" for a, b in merges] if kind == "gpt2" else [[a, b] for a, b in merges]}}


def encode(text, vocab, ranks, pattern, ignore_merges):
    ids = []
    parts = regex.split("(" + "|".join(regex.escape(s) for s in SPECIALS) + ")", text)
    for part in parts:
        if part in SPECIALS:
            ids.append(vocab[part])
            continue
        for piece in regex.findall(pattern, part):
            sym = [B2U[b] for b in piece.encode()]
            if ignore_merges and "".join(sym) in vocab:
                ids.append(vocab["".join(sym)])
                continue
            while len(sym) > 1:
                best, at = None, -1
                for i in range(len(sym) - 1):
                    r = ranks.get((sym[i], sym[i + 1]))
                    if r is not None and (best is None or r < best):
                        best, at = r, i
                if best is None:
                    break
                sym = sym[:at] + [sym[at] + sym[at + 1]] + sym[at + 2:]
            ids.extend(vocab[s] for s in sym)
    return ids


def main():
    with open(sys.argv[1]) as f:
        lines = [l.rstrip("\n") for l in f]
    merges = train(lines[:600], 400)
    vocab = {}
    for b in range(256):
        vocab.setdefault(B2U[b], len(vocab))
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    for s in SPECIALS:
        vocab[s] = len(vocab)
    ranks = {m: i for i, m in enumerate(merges)}
    edge = ["", " ", "  ", "\n", " \n\n  x", "a  b   c\t\td\r\ne", "I'm you're HE'LL we'VE it'S o'ſ", "123456789 12 1",
            "naïve café — “quotes”", "日本語のテキスト", "emoji 🙂👍🏽 and ZWJ 👩‍👩‍👧", "<|begin_of_text|>In the beginning<|end_of_text|>",
            "trailing spaces   ", "  leading", "x\u00a0y\u2003z", "mixed123abc!!!...", "line\n\nbreaks\n", "tab\t\tsep", "'", "'s", "a's"]
    corpus = lines[600:700] + edge
    for kind, pattern in (("gpt2", GPT2), ("llama3", LLAMA3)):
        with open(f"tokenizer/testdata/bbpe-{kind}.json", "w") as f:
            json.dump(tokenizer_json(vocab, merges, kind), f, ensure_ascii=False, indent=1)
            f.write("\n")
        out = [{"text": t, "ids": encode(t, vocab, ranks, pattern, kind == "llama3"), "pieces": regex.findall(pattern, t)}
               for t in corpus + PRETOKENIZE_ONLY]
        with open(f"tokenizer/testdata/bbpe-{kind}.ids.json", "w") as f:
            json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")


if __name__ == "__main__":
    main()
