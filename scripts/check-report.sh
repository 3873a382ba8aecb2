#!/usr/bin/env bash
# Renders a synthaudit report.html in headless Chromium and checks that it is self-contained:
# it fails (exit 1) when the page writes an error to the console, throws, or requests anything
# but its own file (a font, an image, a script, a style sheet from the network). It writes a
# PNG screenshot, and on request one of the page as printed and a PDF.
#
#   scripts/check-report.sh synthaudit-out/report.html /tmp/report.png
#   scripts/check-report.sh --height 1500 --print /tmp/print.png --pdf /tmp/report.pdf \
#       synthaudit-out/report.html /tmp/report.png
#
# Needs a JDK 25 (found like ./synthaudit finds it) and Chromium: the binary named by
# $CHROMIUM, else chromium, chromium-browser or google-chrome on the PATH (on Debian:
# apt-get install -y chromium). Exit codes: 0 clean, 1 console errors or network requests,
# 2 usage or no Chromium, 3 Chromium could not be driven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/.ci/find-jdk.sh"

chromium="${CHROMIUM:-}"
if [[ -z "$chromium" ]]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" > /dev/null 2>&1; then
            chromium="$candidate"
            break
        fi
    done
fi
if [[ -z "$chromium" ]]; then
    echo "check-report: no Chromium found (set CHROMIUM, or on Debian:" \
        "apt-get install -y chromium)" >&2
    exit 2
fi

sandbox=()
if [[ "$(id -u)" == 0 ]]; then
    # Chromium refuses to run its sandbox as root; the page is a local file without scripts.
    sandbox=(--no-sandbox)
fi
exec "$SYNTHAUDIT_JAVA" "$root/scripts/CheckReport.java" --chromium "$chromium" \
    "${sandbox[@]}" "$@"
