#!/usr/bin/env bash
# The console's browser tests drive Debian's Chromium (never a downloaded browser) and need CJK
# fonts to render Chinese. Installs both with apt-get when missing (as root, or with sudo).
set -euo pipefail
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
missing=()
[[ -x ${CHROMIUM_PATH:-/usr/bin/chromium} ]] || missing+=(chromium)
installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
if ((${#missing[@]} == 0)); then
  echo "chromium and fonts-noto-cjk present"
  exit 0
fi
as_root=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "need root to apt-get install ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
echo "installing ${missing[*]} with apt-get"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
