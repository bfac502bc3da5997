#!/usr/bin/env bash
# Installs the pinned Solidity compiler (npm package `solc`, i.e. solcjs) into
# .tools/solc (gitignored). Idempotent: does nothing when that version is there.
set -euo pipefail
cd "$(dirname "$0")/.."

SOLC_VERSION=0.8.37
dir=.tools/solc
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "== apt-get install nodejs npm (for solc)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
have=$(node -e "try{console.log(require('./$dir/node_modules/solc/package.json').version)}catch(e){}" 2>/dev/null || true)
if [ "$have" = "$SOLC_VERSION" ]; then exit 0; fi

echo "== npm install solc@$SOLC_VERSION into $dir"
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name":"sibyl-solc","private":true}' > "$dir/package.json"
(cd "$dir" && npm install --no-audit --no-fund --save-exact "solc@$SOLC_VERSION" >/dev/null)
