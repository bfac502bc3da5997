#!/usr/bin/env bash
# Per-image latency of the shipped CNN, sibyl against ONNX Runtime, side by
# side in one run (docs/BENCHMARKS.md, "CNN against ONNX Runtime"):
#   - ONNX Runtime: npm onnxruntime-node@1.30.0 (its bundled CPU build) on the
#     float model models/fmnist_cnn.onnx, one session.run per image, batch 1;
#   - sibyl: runtime.Execute on models/fmnist_cnn.sibyl (int8, no commitments,
#     the fastest kernel), one call per image;
# over the same Fashion-MNIST test images (Debian's dataset-fashion-mnist),
# with 1 and 2 threads, alternating the two runtimes REPEAT times so that both
# see the same machine load. Each run makes ROUNDS timed passes over the
# images (after an untimed one); the table gives the best pass and the median
# pass, per image, over all runs. It also reports how often the two agree on
# the class.
#
#   bash scripts/bench-cnn-ort.sh            # IMAGES=1000 ROUNDS=20 REPEAT=3
#
# onnxruntime-node is installed with npm into $ORT_TOOLS (default
# /tmp/sibyl-bench-tools), never by the test suite; ONNXRUNTIME_NODE_INSTALL=skip
# keeps its installer from fetching the (unused) CUDA binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
images=${IMAGES:-1000}
rounds=${ROUNDS:-20}
repeat=${REPEAT:-3}
tools=${ORT_TOOLS:-/tmp/sibyl-bench-tools}
ort="$tools/node_modules/onnxruntime-node"

if [ ! -f "$ort/package.json" ] || ! grep -q '"version": "1.30.0"' "$ort/package.json"; then
  mkdir -p "$tools"
  ONNXRUNTIME_NODE_INSTALL=skip npm install --no-audit --no-fund --prefix "$tools" onnxruntime-node@1.30.0 >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/benchcnn" ./runtime/internal/benchcnn
"$work/benchcnn" -write-images "$images" -out "$work/images.bin"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(go version | cut -d' ' -f3), node $(node --version), $images images, $rounds passes per run, $repeat runs"
for r in $(seq "$repeat"); do
  for threads in 1 2; do
    node scripts/bench-cnn-ort.js "$ort" models/fmnist_cnn.onnx "$work/images.bin" "$threads" "$rounds" >>"$work/results.jsonl"
    "$work/benchcnn" -model models/fmnist_cnn.sibyl -images "$work/images.bin" -threads "$threads" -rounds "$rounds" >>"$work/results.jsonl"
  done
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

node - "$work/results.jsonl" <<'EOF'
const fs = require('fs');
const runs = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(JSON.parse);
const groups = {};
for (const r of runs) {
  const key = `${r.runtime.startsWith('sibyl') ? 'sibyl (int8, ' + r.kernel + ')' : r.runtime + ' (float)'}|${r.threads}`;
  (groups[key] = groups[key] || []).push(r);
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log('| runtime | threads | best µs/image | median µs/image |');
console.log('|---|---|---|---|');
for (const [key, rs] of Object.entries(groups)) {
  const [name, threads] = key.split('|');
  const best = Math.min(...rs.map((r) => r.best_us_per_image));
  const med = median(rs.map((r) => r.median_us_per_image));
  console.log(`| ${name} | ${threads} | ${best.toFixed(1)} | ${med.toFixed(1)} |`);
}
const ortRun = runs.find((r) => !r.runtime.startsWith('sibyl'));
const sibylRun = runs.find((r) => r.runtime.startsWith('sibyl'));
let same = 0;
for (let i = 0; i < ortRun.classes.length; i++) if (ortRun.classes[i] === sibylRun.classes[i]) same++;
console.log(`classes agree on ${same} of ${ortRun.classes.length} images (float model vs int8 program)`);
EOF
