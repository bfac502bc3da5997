#!/usr/bin/env bash
# Cross-checks the shipped language model's GGUF file with llama.cpp (npm
# node-llama-cpp@3.21.1, its prebuilt CPU build, installed into a temporary
# directory; not part of the test run): llama.cpp must tokenize the prompt to
# the same ids as sibyl's tokenizer and greedily generate the same tokens as
# sibyl's int8 program models/kjv/kjv.sibyl (sibyl generate).
#
#   bash scripts/llamacpp-kjv.sh ["PROMPT" [N]]
set -euo pipefail
cd "$(dirname "$0")/.."
PROMPT=${1:-"In the beginning God created"}
N=${2:-24}
WORK=${WORK:-$(mktemp -d /tmp/sibyl-llamacpp-kjv.XXXXXX)}
if [ ! -d "$WORK/node_modules/node-llama-cpp" ]; then
  (cd "$WORK" && npm install --no-audit --no-fund --ignore-scripts --omit=optional \
      node-llama-cpp@3.21.1 @node-llama-cpp/linux-x64@3.21.1 >&2)
fi
cp scripts/llamacpp-kjv/greedy.mjs "$WORK/greedy.mjs"
go build -o "$WORK/sibyl" ./cmd/sibyl
llamacpp=$(cd "$WORK" && node greedy.mjs "$OLDPWD/models/kjv/kjv.gguf" "$PROMPT" "$N")
sibyl=$("$WORK/sibyl" generate --model models/kjv/kjv.sibyl --prompt "$PROMPT" --max-tokens "$N" --json)
node -e '
  const [a, b] = process.argv.slice(1).map(JSON.parse);
  const ids = JSON.stringify(a.ids), sIds = JSON.stringify(b.prompt_tokens.slice(1));
  const g = JSON.stringify(a.greedy), sg = JSON.stringify(b.tokens);
  console.log("prompt ids  llama.cpp " + ids + "\n            sibyl     " + sIds);
  console.log("greedy      llama.cpp " + g + "\n            sibyl     " + sg);
  console.log("sibyl text: " + JSON.stringify(b.text));
  if (ids !== sIds || g !== sg) { console.log("MISMATCH"); process.exit(1); }
  console.log("equal");
' "$llamacpp" "$sibyl"
