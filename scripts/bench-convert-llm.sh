#!/usr/bin/env bash
# Peak memory of LLM conversion: `sibyl convert gguf` on synthetic Q8_0 GGUF files
# at the stories15M and stories110M shapes (convert/gguf/cmd/synth), calibrated on
# the same four lines scripts/bench-llm.sh uses. Prints a Markdown table: the GGUF
# and program sizes, GNU time's maximum resident set, wall and user CPU seconds.
# SIBYL=path runs another sibyl binary (e.g. an older build, to compare).
#
#   bash scripts/bench-convert-llm.sh
#   SIBYL=/tmp/sibyl-old SHAPES=stories110M BENCH_DIR=/tmp/b bash scripts/bench-convert-llm.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-$(mktemp -d /tmp/sibyl-bench-convert.XXXXXX)}
SHAPES=${SHAPES:-"stories15M stories110M"}
mkdir -p "$WORK"
echo "work directory: $WORK" >&2
if [ -z "${SIBYL:-}" ]; then
  go build -o "$WORK/sibyl" ./cmd/sibyl
  SIBYL=$WORK/sibyl
fi
go build -o "$WORK/synth" ./convert/gguf/cmd/synth
cat > "$WORK/calibration.txt" <<'TXT'
once upon a time there was a little girl who lived in a village near the forest
the sun was shining and the birds were singing in the tall green trees
he wanted to find the treasure hidden under the old wooden bridge
they played together all day and went home happy when the stars came out
TXT
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
echo "| shape | GGUF Q8_0 MiB | program MiB | peak RSS MiB | wall s | user CPU s |"
echo "|---|---|---|---|---|---|"
for shape in $SHAPES; do
  gguf="$WORK/$shape-q8_0.gguf"
  [ -f "$gguf" ] || "$WORK/synth" -shape "$shape" -type q8_0 -out "$gguf" >&2
  /usr/bin/time -f "%M %e %U" -o "$WORK/time" "$SIBYL" convert gguf --input "$gguf" \
    --out "$WORK/$shape.sibyl" --calibration "$WORK/calibration.txt" >&2
  read -r rss wall user < <(tail -1 "$WORK/time")
  echo "| $shape | $(mib "$(stat -c %s "$gguf")") | $(mib "$(stat -c %s "$WORK/$shape.sibyl")") | $(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }') | $wall | $user |"
done
