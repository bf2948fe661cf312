#!/usr/bin/env bash
# Sets up, builds and opens Switchyard on its demo sandbox (a private nginx routing staging and
# production to blue/green sample services on loopback; no account needed):
#   bash scripts/run-demo.sh
# Without a display (a server, CI), it opens under Xvfb and saves a screenshot to demo-shot.png.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-$(pwd)/build}
bash scripts/setup.sh
cmake -S . -B "$BUILD" -G Ninja >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)" --target switchyard switchyard-sample
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec "$BUILD/bin/switchyard" --demo
fi
echo "run-demo: no display; opening under Xvfb for 8 s and saving demo-shot.png"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c "\"$BUILD/bin/switchyard\" --demo & P=\$!; sleep 8; import -window root demo-shot.png; kill \$P"
echo "run-demo: the sandbox keeps running; stop it with: $BUILD/bin/switchyard demo down"
