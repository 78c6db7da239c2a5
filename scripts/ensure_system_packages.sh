#!/usr/bin/env bash
# Why: the tests drive real Debian programs (Chromium, nginx, pdftotext), not mocks.
# Install the missing ones when we are root; otherwise say exactly how to get them.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)  # vnu.jar, the HTML checker
command -v npm >/dev/null 2>&1 || need+=(npm)  # installs vnu.jar and Lighthouse (package-lock.json)
# WeasyPrint (make pdf, tests/test_print_pdf.py) draws text with Pango, in fonts installed from Debian.
# `ensure_system_packages.sh pdf` checks only these.
pdf_need=()
for pkg in libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || pdf_need+=("$pkg")
done
if [ "${1:-}" = pdf ]; then need=("${pdf_need[@]}"); else need+=("${pdf_need[@]}"); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the tests need: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
