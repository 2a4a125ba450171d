#!/usr/bin/env bash
# Install what the test suite needs, from the project's own files:
#   - Debian's chromium and a CJK font, for the browser tests (tests/browser.py),
#     when apt-get is there and we are root; elsewhere those tests skip, saying why;
#   - the package itself with its `test` extra (pip).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "tests/setup.sh: installing chromium and fonts-wqy-microhei (apt-get) for the browser tests" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
    else
        echo "tests/setup.sh: no chromium and no root apt-get here; the browser tests will skip" >&2
    fi
fi
pip install -q -e ".[test]"
