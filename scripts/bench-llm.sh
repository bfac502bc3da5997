#!/usr/bin/env bash
# LLM speed, side by side: sibyl's integer transformer runtime against llama.cpp
# (npm node-llama-cpp@3.21.1, its prebuilt CPU build) on the same synthetic GGUF
# Q8_0 weights (convert/gguf/cmd/synth) at the stories15M and stories110M shapes;
# sibyl runs the program `sibyl convert gguf` makes from that file. For each shape
# and 1 and 2 threads: prefill tokens/s (a PROMPT-token prompt), batch-1 greedy
# decode tokens/s (DECODE tokens after a one-token prompt), sibyl's decode with
# the checkpoints a miner keeps (tokens and KV-cache position records in Pebble,
# store.RecordGeneration), and peak resident memory (GNU time). sibyl is measured
# with runtime/transformer/cmd/llmbench (the runtime alone, so its peak memory is
# the runtime's; `sibyl generate` runs the same code), llama.cpp with
# scripts/bench-llm/llamacpp.mjs. Both report tokens per second of wall time and
# per second of the process's CPU time (the steadier figure on a shared machine).
# Runs are interleaved and repeated REPEAT times (default 3); the best of each is
# reported. node-llama-cpp is installed into the work directory only.
#
#   bash scripts/bench-llm.sh            # prints a Markdown table
#   REPEAT=5 DECODE=200 SHAPES=stories15M BENCH_DIR=/tmp/b bash scripts/bench-llm.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${BENCH_DIR:-$(mktemp -d /tmp/sibyl-bench-llm.XXXXXX)}
REPEAT=${REPEAT:-3}
DECODE=${DECODE:-200}
PROMPT=${PROMPT:-128}
SHAPES=${SHAPES:-"stories15M stories110M"}
mkdir -p "$WORK"
echo "work directory: $WORK" >&2

go build -o "$WORK/sibyl" ./cmd/sibyl
go build -o "$WORK/synth" ./convert/gguf/cmd/synth
go build -o "$WORK/llmbench" ./runtime/transformer/cmd/llmbench
go build -tags checkpoints -o "$WORK/llmbench-ckpt" ./runtime/transformer/cmd/llmbench

if [ ! -d "$WORK/node/node_modules/node-llama-cpp" ]; then
  echo "installing node-llama-cpp@3.21.1 into $WORK/node" >&2
  mkdir -p "$WORK/node"
  # Only the CPU build for this platform: skip the optional GPU packages and the
  # postinstall script (which would try to download or build llama.cpp).
  (cd "$WORK/node" && npm install --no-audit --no-fund --ignore-scripts --omit=optional \
      node-llama-cpp@3.21.1 @node-llama-cpp/linux-x64@3.21.1 >&2)
fi
cp "$ROOT/scripts/bench-llm/llamacpp.mjs" "$WORK/node/llamacpp.mjs"

# Calibration text for the converter (the synthetic tokenizer splits any text).
cat > "$WORK/calibration.txt" <<'TXT'
once upon a time there was a little girl who lived in a village near the forest
the sun was shining and the birds were singing in the tall green trees
he wanted to find the treasure hidden under the old wooden bridge
they played together all day and went home happy when the stars came out
TXT

# run NAME CMD...: runs CMD (stdout: one JSON object), appends its fields and
# its peak RSS (MiB) to $WORK/res.NAME.*
run() {
  local name=$1; shift
  /usr/bin/time -f "%M" -o "$WORK/rss" "$@" > "$WORK/out.json"
  node -e '
    const fs = require("fs"), [out, rss, pre] = process.argv.slice(1);
    const o = JSON.parse(fs.readFileSync(out, "utf8"));
    o.rss_mib = Number(fs.readFileSync(rss, "utf8").trim().split("\n").pop()) / 1024;
    for (const [k, v] of Object.entries(o)) if (typeof v === "number") fs.appendFileSync(pre + "." + k, v + "\n");
  ' "$WORK/out.json" "$WORK/rss" "$WORK/res.$name"
}
best() { [ -f "$1" ] && sort -g "$1" | tail -1 || echo 0; }
least() { [ -f "$1" ] && sort -g "$1" | head -1 || echo 0; }

echo "| shape | threads | llama.cpp Q8_0 decode tok/s (per CPU-s) | sibyl decode tok/s (per CPU-s) | sibyl + checkpoints tok/s (per CPU-s) | llama.cpp prefill tok/s (per CPU-s) | sibyl prefill tok/s (per CPU-s) | peak RSS MiB llama.cpp / sibyl (sibyl program MiB) |"
echo "|---|---|---|---|---|---|---|---|"
for shape in $SHAPES; do
  gguf="$WORK/$shape-q8_0.gguf"
  prog="$WORK/$shape.sibyl"
  [ -f "$gguf" ] || "$WORK/synth" -shape "$shape" -type q8_0 -out "$gguf" >&2
  [ -f "$prog" ] || "$WORK/sibyl" convert gguf --input "$gguf" --out "$prog" --calibration "$WORK/calibration.txt" >&2
  progmib=$(awk -v b="$(stat -c %s "$prog")" 'BEGIN { printf "%.0f", b / 1048576 }')
  for t in 1 2; do
    rm -f "$WORK"/res.*
    for r in $(seq "$REPEAT"); do
      run llama node "$WORK/node/llamacpp.mjs" "$gguf" "$t" "$PROMPT" "$DECODE"
      run sibyl env GOMAXPROCS="$t" "$WORK/llmbench" -model "$prog" -threads "$t" -prompt "$PROMPT" -decode "$DECODE"
      rm -rf "$WORK/ckpt"
      run ckpt env GOMAXPROCS="$t" "$WORK/llmbench-ckpt" -model "$prog" -threads "$t" -prompt 0 -decode "$DECODE" -checkpoints "$WORK/ckpt"
    done
    f() { printf '%.0f (%.0f)' "$(best "$WORK/res.$1.$2_tokens_per_s")" "$(best "$WORK/res.$1.$2_tokens_per_cpu_s")"; }
    printf '| %s | %d | %s | %s | %s | %s | %s | %.0f / %.0f (%s) |\n' "$shape" "$t" \
      "$(f llama decode)" "$(f sibyl decode)" "$(f ckpt decode)" "$(f llama prefill)" "$(f sibyl prefill)" \
      "$(least "$WORK/res.llama.rss_mib")" "$(least "$WORK/res.sibyl.rss_mib")" "$progmib"
  done
done
