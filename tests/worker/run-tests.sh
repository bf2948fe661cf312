#!/usr/bin/env bash
# Runs the router Worker's tests (router.test.mjs) in miniflare, Cloudflare's local Workers runtime.
#   bash tests/worker/run-tests.sh [DEPS_DIR]
# Installs the exact packages of package-lock.json with `npm ci` into DEPS_DIR (default: the
# build tree's tests/worker-node, as ctest passes it) and reinstalls only when the lock changes.
# workerd arrives as an npm binary package (@cloudflare/workerd-linux-64): nothing else is fetched.
# Without node the test is skipped (exit 77, ctest shows "Skipped"), unless
# SWITCHYARD_REQUIRE_NODE=1 (scripts/test.sh sets it): then it fails.
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
DEPS=${1:-$SRC/../../build/tests/worker-node}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [[ "${SWITCHYARD_REQUIRE_NODE:-0}" == 1 ]]; then
    echo "worker tests: node/npm not found, and SWITCHYARD_REQUIRE_NODE=1 (run scripts/setup.sh)" >&2
    exit 1
  fi
  echo "SKIP: worker tests need node and npm (scripts/setup.sh installs them)"
  exit 77
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if (( major < 18 )); then
  echo "worker tests: node $(node --version) is too old; miniflare needs 18 or newer" >&2
  exit 1
fi

mkdir -p "$DEPS"
want=$(sha256sum "$SRC/package-lock.json" | cut -d' ' -f1)
have=$(cat "$DEPS/.lock-sha256" 2>/dev/null || true)
if [[ "$want" != "$have" || ! -d "$DEPS/node_modules/miniflare" ]]; then
  echo "worker tests: npm ci into $DEPS"
  cp "$SRC/package.json" "$SRC/package-lock.json" "$DEPS/"
  rm -f "$DEPS/.lock-sha256"
  (cd "$DEPS" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$DEPS/.lock-sha256"
fi

cd "$SRC"
SWITCHYARD_WORKER_DEPS="$DEPS" exec node --test router.test.mjs
