#!/bin/sh
# Render an OpenAPI 3.0 document into a Widdershins page the way the test pages were made:
# Widdershins 4.0.1 (--raw: bodies and 200 responses as raw JSON Schema), then Prettier 2.8.8
# with --prose-wrap always. Needs npm and the network; never run by the test suite.
#   tools/render_page.sh tests/data/beyond/security-keys.openapi.yaml   # writes security-keys.md
# (not NAME.yaml: sdkgen reads the NAME.yaml beside a page NAME.md as its config)
set -eu
[ $# -eq 1 ] || { echo "usage: $0 NAME.openapi.yaml" >&2; exit 2; }
document=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
page=${document%.openapi.yaml}.md
work=${SDKGEN_RENDER_DIR:-${TMPDIR:-/tmp}/sdkgen-render}
mkdir -p "$work"
cd "$work"
[ -f package.json ] || npm init -y >/dev/null
[ -x node_modules/.bin/widdershins ] || npm install --no-save widdershins@4.0.1 prettier@2.8.8 >/dev/null
node_modules/.bin/widdershins "$document" --raw --language_tabs 'javascript:JavaScript' 'python:Python' -o "$page"
node_modules/.bin/prettier --prose-wrap always --write "$page" >/dev/null
echo "$page"
