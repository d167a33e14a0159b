#!/usr/bin/env bash
# Makes sure the three test engines are there, all from Debian's packages (nothing downloads its own browser):
#   Chromium (chromium), Firefox ESR (firefox-esr), WebKitGTK's MiniBrowser and WebKitWebDriver
#   (webkit2gtk-driver), and a virtual display for WebKit (xvfb, xauth: `xvfb-run`).
# Installs the missing ones with apt-get when we may (root); otherwise says what to install.
set -euo pipefail

missing=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
command -v "${WEBKIT_DRIVER:-WebKitWebDriver}" >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages for the browser tests: ${missing[*]}..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need these Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})." >&2
echo "CHROME_PATH, FIREFOX_PATH and WEBKIT_DRIVER may point to other copies of the browsers." >&2
exit 1
