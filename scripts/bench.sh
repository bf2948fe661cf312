#!/usr/bin/env bash
# Builds and runs the benchmarks; each prints its figures. Usage: bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-$(pwd)/build}
bash scripts/setup.sh
# Only the benchmarks compare against it (not a CI test dependency).
if ! dpkg-query -W -f='${Status}' prometheus-blackbox-exporter 2>/dev/null | grep -q "install ok installed"; then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends prometheus-blackbox-exporter >/dev/null
fi
cmake -S . -B "$BUILD" -G Ninja >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)"
echo "== rollback latency"; "$BUILD/bench/BenchRollback" 20
echo "== requests lost during 50 switches under load"; "$BUILD/bench/BenchSwitchUnderLoad" 50
echo "== audit verify over 1,000,000 entries vs sha256sum"; "$BUILD/bench/BenchAuditVerify" 1000000
echo "== rollback through Cloudflare KV vs curl"; "$BUILD/bench/BenchKvRollback" 50
echo "== GUI cold start (Xvfb)"; xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/bench/BenchGuiStartup" 7
echo "== monitor scale: CPU per probe vs prometheus-blackbox-exporter"; "$BUILD/bench/BenchMonitorScale" 1000 10 3
echo "== migration lint vs squawk"; bash scripts/bench-lint.sh 20000 3
echo "== leadership view on 5 years of history (Xvfb)"; xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD/bench/BenchLeadershipView" 5
echo "== health chart redraw, 24 h of 1 s samples x 2 slots x 2 metrics (Xvfb)"; xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/bench/BenchChartRedraw" 15
