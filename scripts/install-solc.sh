#!/usr/bin/env bash
# Installs the pinned Solidity compiler (npm package `solc`, i.e. solcjs) into
# .tools/solc (gitignored). Idempotent: does nothing when that version is there.
set -euo pipefail
cd "$(dirname "$0")/.."

SOLC_VERSION=0.8.37
dir=.tools/solc
have=$(node -e "try{console.log(require('./$dir/node_modules/solc/package.json').version)}catch(e){}" 2>/dev/null || true)
if [ "$have" = "$SOLC_VERSION" ]; then exit 0; fi

command -v npm >/dev/null || { echo "install-solc: npm is required (apt-get install nodejs npm)" >&2; exit 1; }
echo "== npm install solc@$SOLC_VERSION into $dir"
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name":"sibyl-solc","private":true}' > "$dir/package.json"
(cd "$dir" && npm install --no-audit --no-fund --save-exact "solc@$SOLC_VERSION" >/dev/null)
