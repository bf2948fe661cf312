#!/usr/bin/env bash
# Installs every Debian 12 package Switchyard's build, app and tests need.
# Idempotent: when everything is present it installs nothing and exits 0.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qtkeychain-qt6-dev libsecret-1-0
  libqt6sql6-sqlite libqt6sql6-psql
  libpg-query-dev libsodium-dev libssl-dev libsqlite3-dev
  libprotobuf-c-dev
  postgresql dbus gnome-keyring
  xvfb xauth fonts-dejavu-core imagemagick
  nginx wrk curl procps
  desktop-file-utils appstream clang-format
  poppler-utils git
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

# Node.js and npm for the router Worker's tests (tests/worker: miniflare from the npm registry).
# A machine that already has a node (of any origin) keeps it.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The distribution's nginx and PostgreSQL services are not used: Switchyard runs private instances.
if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
  $SUDO systemctl disable --now nginx postgresql >/dev/null 2>&1 || true
fi
echo "setup: done"
