#!/usr/bin/python3
"""Write the reference token ids of tokenizer/testdata/ with Debian's
python3-sentencepiece, the tokenizer sibyl's Go implementation must match.

    /usr/bin/python3 scripts/tokenizer_reference.py models/kjv

For each SentencePiece model it writes <name>.ids.json: a list of
{"text": ..., "ids": [...]} for a corpus of the first 150 lines of
models/kjv/heldout.txt plus edge cases (empty and space-only strings, runs of
spaces, tabs and newlines, digits, punctuation, accents, CJK, emoji, invalid
code points for the vocabulary, text that spells control pieces).

Models: the shipped models/kjv/tokenizer.model (llama settings, byte
fallback), and tokenizer/testdata/small.model, trained here on the same
held-out text with the other settings a SentencePiece BPE model can have
(no byte fallback, so <unk>; extra whitespace removed; user-defined pieces).
"""
import io
import json
import os
import sys

import sentencepiece as spm

EDGE = [
    "", " ", "  ", "a", " a", "a ", "  two  spaces  ", "\t tab\tand\nnewline\n", "\n\n",
    "In the beginning God created the heaven and the earth.",
    "1234567890 3.14159 10,000", "Hello, World!!! ... ?!", "naïve café — “quotes” ‘single’",
    "日本語のテキスト", "emoji 🙂👍🏽 and ZWJ 👩‍👩‍👧", "<s> </s> <unk> <0x41>", "▁ already escaped ▁▁",
    "Ω≈ç√∫˜µ≤≥÷", "tab\tsep\tvalues", "MiXeD CaSe WORDS and lowercase words",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "and and and and and and and and", "THE LORD IS MY SHEPHERD; I SHALL NOT WANT.",
    "\u00a0non-breaking\u00a0space", "zero\u200bwidth", "ʻokina and ǅ digraph", "ﬁ ligature",
]


def corpus(heldout):
    with open(heldout) as f:
        lines = [l.rstrip("\n") for l in f][:150]
    return lines + EDGE


def dump(model_bytes, texts, path):
    sp = spm.SentencePieceProcessor(model_proto=model_bytes)
    out = [{"text": t, "ids": sp.encode(t)} for t in texts]
    # Decoding check data: the reference's decode of each id list.
    for o in out:
        o["decoded"] = sp.decode(o["ids"])
    with open(path, "w") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main():
    kjv = sys.argv[1] if len(sys.argv) > 1 else "models/kjv"
    heldout = os.path.join(kjv, "heldout.txt")
    texts = corpus(heldout)
    with open(os.path.join(kjv, "tokenizer.model"), "rb") as f:
        dump(f.read(), texts, "tokenizer/testdata/kjv.ids.json")

    with open(heldout) as f:
        lines = [l.rstrip("\n") for l in f]
    m = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=m, model_type="bpe", vocab_size=400,
        character_coverage=0.995, byte_fallback=False, normalization_rule_name="identity",
        remove_extra_whitespaces=True, user_defined_symbols=["LORD", "<sep>"],
        num_threads=1, minloglevel=2)
    with open("tokenizer/testdata/small.model", "wb") as f:
        f.write(m.getvalue())
    dump(m.getvalue(), texts + ["the LORD<sep>God", "LORDLORD <sep><sep>"], "tokenizer/testdata/small.ids.json")


if __name__ == "__main__":
    main()
