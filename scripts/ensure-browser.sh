#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium: Playwright's own download does not work on
# machines without internet, so Debian's chromium (and CJK fonts for screenshots) come from apt.
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-browser: no Chromium found. Install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "ensure-browser: installing Debian's chromium and fonts-noto-cjk…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
