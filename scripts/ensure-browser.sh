#!/usr/bin/env bash
# Makes sure headless Chromium from Debian is there for the browser tests (nothing downloads its own browser).
# Installs it with apt-get when missing and we may (root); otherwise says what to install.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $browser: installing Debian's chromium package..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The tests need Chromium at $browser (Debian: sudo apt-get install chromium), or CHROME_PATH set to a Chromium or Chrome." >&2
exit 1
