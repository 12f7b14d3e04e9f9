#!/usr/bin/env bash
# Debian's headless Chromium for the browser test (tests/web/test_browser.py). Playwright's own browser download
# does not work here, so the test launches /usr/bin/chromium through the playwright Python package instead.
# Idempotent: installs nothing when chromium is already there. Needs root (apt-get).
set -euo pipefail

# fonts-liberation (a Recommends of chromium) gives the screenshots real text instead of empty boxes.
PACKAGES=(chromium fonts-liberation)

found() {
  command -v chromium >/dev/null 2>&1 && chromium --version >/dev/null 2>&1 \
    && dpkg-query -W -f='${Status}' fonts-liberation 2>/dev/null | grep -q "install ok installed"
}

if found; then
  echo "browser-setup: $(chromium --version 2>/dev/null | head -n 1) and fonts-liberation already installed (chromium at $(command -v chromium)); nothing to do"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "browser-setup: chromium or fonts-liberation is missing and installing it needs root; run as root: apt-get update && apt-get install -y ${PACKAGES[*]}" >&2
  exit 1
fi

echo "browser-setup: chromium or fonts-liberation not found; installing Debian packages '${PACKAGES[*]}' with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null

if ! found; then
  echo "browser-setup: apt-get installed '${PACKAGES[*]}' but 'chromium --version' still fails" >&2
  exit 1
fi
echo "browser-setup: installed $(chromium --version 2>/dev/null | head -n 1) at $(command -v chromium)"
