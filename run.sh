#!/usr/bin/env bash
# Runs MotCua on http://localhost:5000 with an embedded SQLite database (motcua.db beside the
# app), migrated and filled with the demo province and demo accounts. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

motcua_apt_install chromium fonts-liberation2
motcua_dotnet_tools

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
echo "==> MotCua on http://localhost:5000 (demo accounts in README.md; Ctrl+C stops)"
exec dotnet run --project src/MotCua.Web -c Release --urls "${MOTCUA_URLS:-http://localhost:5000}"
