#!/usr/bin/env bash
# Sets up, builds and runs every test (ctest) on a fresh Debian 12 machine:
#   bash scripts/test.sh
# Starts what the tests need and stops it afterwards: a private PostgreSQL server (initdb in a
# temporary folder, loopback port) and a D-Bus session with an unlocked gnome-keyring.
# nginx and the sample services are started by the tests themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${BUILD_DIR:-$ROOT/build}

bash scripts/setup.sh
cmake -S . -B "$BUILD" -G Ninja -DSWITCHYARD_WERROR=ON >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)"

TMP=$(mktemp -d)
chmod 755 "$TMP"
cleanup() {
  if [[ -n "${PGBIN:-}" && -f "$TMP/pg/data/postmaster.pid" ]]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$TMP/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# A private PostgreSQL server for the workspace tests (initdb refuses root: run it as postgres).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
install -d -o postgres -g postgres "$TMP/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$TMP/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
PGPORT=""
for port in $(seq 25432 25532); do
  if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$TMP/pg/data" -l "$TMP/pg/server.log" -w \
      -o "-p $port -k $TMP/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    PGPORT=$port
    break
  fi
done
[[ -n "$PGPORT" ]] || { echo "test.sh: PostgreSQL did not start"; cat "$TMP/pg/server.log"; exit 1; }
export SWITCHYARD_TEST_PG="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
export SWITCHYARD_REQUIRE_PG=1
export SWITCHYARD_REQUIRE_NODE=1

# A D-Bus session with an unlocked keyring, in a fresh HOME (see TOOLCHAIN.md).
KH="$TMP/keyring"
mkdir -m700 -p "$KH/run"
cd "$BUILD"
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY HOME="$KH" XDG_RUNTIME_DIR="$KH/run" \
    XDG_DATA_HOME="$KH/share" XDG_CONFIG_HOME="$KH/config" \
  dbus-run-session -- sh -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
  sh ctest --output-on-failure --timeout 600 "$@"
