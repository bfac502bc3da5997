#!/usr/bin/env bash
# Installs the pinned npm packages the gateway's and explorer's tests drive
# (the official OpenAI client library, and playwright-core to drive Debian's
# chromium) into .tools/node (gitignored). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

OPENAI_VERSION=6.30.1
PLAYWRIGHT_VERSION=1.65.1
dir=.tools/node
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "== apt-get install nodejs npm"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
version() { node -e "try{console.log(require('./$dir/node_modules/$1/package.json').version)}catch(e){}" 2>/dev/null || true; }
if [ "$(version openai)" = "$OPENAI_VERSION" ] && [ "$(version playwright-core)" = "$PLAYWRIGHT_VERSION" ]; then exit 0; fi

echo "== npm install openai@$OPENAI_VERSION playwright-core@$PLAYWRIGHT_VERSION into $dir"
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name":"sibyl-node-tools","private":true}' > "$dir/package.json"
# playwright-core drives the system's chromium: it must not download a browser of its own.
(cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --save-exact \
  "openai@$OPENAI_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null)
