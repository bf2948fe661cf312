#!/usr/bin/env bash
# Lints one generated migration set (>= 20,000 statements) with `switchyard migrations lint` and
# with squawk (squawk-cli 2.66.0 from the npm registry, installed into a cache folder outside the
# repository) in the same run, and prints wall and CPU time (best and median), peak memory and the
# ratios switchyard / squawk (below 1: Switchyard is faster).
#   bash scripts/bench-lint.sh [STATEMENTS] [RUNS]        (defaults: 20000 statements, 3 rounds)
# Needs a built switchyard (BUILD_DIR, default build/). Not part of ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
STATEMENTS=${1:-20000}
RUNS=${2:-3}
SWITCHYARD="$BUILD/bin/switchyard"
[[ -x "$SWITCHYARD" ]] || { echo "bench-lint: build switchyard first ($SWITCHYARD)"; exit 2; }

CACHE=${SWITCHYARD_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/switchyard-bench}
SQUAWK="$CACHE/squawk/node_modules/@squawk-cli/linux-x64/bin/squawk"
if [[ ! -x "$SQUAWK" ]]; then
  mkdir -p "$CACHE/squawk"
  [[ -f "$CACHE/squawk/package.json" ]] || echo '{"private": true}' >"$CACHE/squawk/package.json"
  (cd "$CACHE/squawk" && npm install --no-audit --no-fund --silent squawk-cli@2.66.0)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The migration set: 200 files, statements of every kind the linters look at (most of them safe,
# as in real migrations), comments, dollar-quoted bodies and schema-qualified names.
python3 - "$WORK/migrations" "$STATEMENTS" <<'PY'
import os, sys
out, total = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
files = 200
per_file = -(-total // files)
kinds = [
    "CREATE TABLE app.t{i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());",
    "SET lock_timeout = '2s';",
    "ALTER TABLE app.orders ADD COLUMN note_{i} text;",
    "CREATE INDEX CONCURRENTLY orders_note_{i}_idx ON app.orders (note_{i});",
    "INSERT INTO app.t{i} (id, name) VALUES ({i}, 'row {i}');",
    "UPDATE app.orders SET note_{i} = 'x' WHERE id BETWEEN {i} AND {i} + 1000;",
    "ALTER TABLE app.orders ADD CONSTRAINT orders_t{i}_fk FOREIGN KEY (id) REFERENCES app.t{i} (id) NOT VALID;",
    "ALTER TABLE app.orders VALIDATE CONSTRAINT orders_t{i}_fk;",
    "CREATE OR REPLACE FUNCTION app.f{i}(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN x + {i}; END $$;",
    "-- a comment about step {i}\nCOMMENT ON TABLE app.t{i} IS 'table {i}';",
    "CREATE INDEX orders_created_{i}_idx ON app.orders (created_at);",          # error: non-concurrent
    "ALTER TABLE app.orders ALTER COLUMN note_{i} TYPE varchar(200);",           # error: type change
    "ALTER TABLE app.orders ADD COLUMN flag_{i} boolean NOT NULL;",              # error: required column
    "ALTER TABLE app.orders DROP COLUMN note_{i};",                              # error: breaking
    "ALTER TABLE app.orders ADD CONSTRAINT orders_c{i} CHECK (id > 0);",         # error: no NOT VALID
    "SELECT {i};",
]
n = 0
for f in range(files):
    lines = []
    for k in range(per_file):
        if n >= total:
            break
        lines.append(kinds[n % len(kinds)].format(i=n))
        n += 1
    with open(os.path.join(out, "%014d_step_%03d.sql" % (20240101000000 + f, f)), "w") as fh:
        fh.write("\n".join(lines) + "\n")
print("generated %d statements in %d files (%d bytes)" % (n, files,
      sum(os.path.getsize(os.path.join(out, x)) for x in os.listdir(out))), file=sys.stderr)
PY

# Squawk rules Switchyard does not have (schema-style and idempotency advice), left out for the
# matched comparison; squawk's own defaults are timed too.
SQUAWK_ONLY=prefer-robust-stmts,require-statement-timeout,prefer-bigint-over-int,prefer-bigint-over-smallint,prefer-identity,prefer-text-field,prefer-timestamptz,ban-char-field,adding-serial-primary-key-field

# The three runs are interleaved, RUNS rounds, so that a change in the machine's load (it is shared)
# hits all of them alike. Per run: wall time, CPU time (user + system, from os.wait4) and peak RSS.
# The best (minimum) of the rounds is the figure least disturbed by other processes; the median is
# shown too.
echo "== lint: $STATEMENTS statements, switchyard vs squawk $("$SQUAWK" --version | awk '{print $2}'), $RUNS rounds"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
FILES=("$WORK"/migrations/*.sql)
python3 - "$RUNS" "$SWITCHYARD" "$SQUAWK" "$SQUAWK_ONLY" "$WORK/migrations" "${FILES[@]}" <<'PY2'
import os, subprocess, sys, statistics
runs, switchyard, squawk, squawk_only, folder, files = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:]
commands = [
    ("switchyard", [switchyard, "migrations", "lint", "--json", folder]),
    ("squawk-default", [squawk, "--reporter", "json", "--pg-version", "15"] + files),
    ("squawk-matched", [squawk, "--reporter", "json", "--pg-version", "15", "--exclude", squawk_only] + files),
]
import time
results = {label: ([], [], []) for label, _ in commands}
for _ in range(runs):
    for label, cmd in commands:
        out = open(os.devnull, "wb")
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        walls, cpus, rss = results[label]
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        rss.append(usage.ru_maxrss / 1024.0)
for label, _ in commands:
    walls, cpus, rss = results[label]
    print("%-15s wall best %6.3f s (median %6.3f)  CPU best %6.3f s (median %6.3f)  peak RSS %6.1f MB"
          % (label, min(walls), statistics.median(walls), min(cpus), statistics.median(cpus), max(rss)))
sy = results["switchyard"]
for other in ("squawk-default", "squawk-matched"):
    o = results[other]
    print("ratio switchyard / %s (best of %d): wall %.2f, CPU %.2f  (<1: Switchyard is faster)"
          % (other, runs, min(sy[0]) / min(o[0]), min(sy[1]) / min(o[1])))
PY2
echo "load after: $(uptime | sed 's/.*load average/load average/')"
"$SWITCHYARD" migrations lint --json "$WORK/migrations" 2>/dev/null | python3 -c \
  'import json,sys; print("switchyard findings:", len(json.load(sys.stdin)))' || true
"$SQUAWK" --reporter json --pg-version 15 --exclude "$SQUAWK_ONLY" "${FILES[@]}" 2>/dev/null | python3 -c \
  'import json,sys; print("squawk (matched rules) findings:", len(json.load(sys.stdin)))' || true
