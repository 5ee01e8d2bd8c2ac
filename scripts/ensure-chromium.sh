#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; never a browser downloaded by a test tool.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium (apt)..." >&2
  apt-get update -qq >&2 && apt-get install -y -qq chromium >&2
fi
command -v chromium
