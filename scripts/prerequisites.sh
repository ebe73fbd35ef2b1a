#!/usr/bin/env bash
# Installs what the product and its tests need when it is missing (Debian packages, .NET tools).
# Sourced by run.sh and test.sh; safe to run again.
set -euo pipefail

motcua_apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -o DPkg::Lock::Timeout=120 -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o DPkg::Lock::Timeout=120 --no-install-recommends "${missing[@]}"
  fi
}

motcua_dotnet_tools() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
  dotnet tool restore >/dev/null
}
