#!/usr/bin/env bash
# Runs MotCua on http://localhost:5000 (or $MOTCUA_URLS) with an embedded SQLite database (motcua.db beside the
# app), migrated and filled with the demo province and demo accounts. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

motcua_apt_install chromium fonts-liberation2
motcua_dotnet_tools

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
urls="${MOTCUA_URLS:-http://localhost:5000}"
# Links on receipts (QR code), in messages and back from the payment gateway are built on Site__PublicAddress. In
# Development, unless set, it is the first address listened on, a wildcard host (0.0.0.0, +, *, [::]) read as localhost;
# elsewhere it must be set, as the application refuses to start without it.
if [[ "${ASPNETCORE_ENVIRONMENT}" == Development ]]; then
    first="${urls%%;*}"
    export Site__PublicAddress="${Site__PublicAddress:-$(sed -E 's#://(0\.0\.0\.0|\+|\*|\[::\])#://localhost#' <<<"${first%/}")/}"
fi
# The first start builds the application and seeds the demo province, which takes minutes: say so, then the address.
echo "==> Building MotCua (the first time takes a few minutes)"
dotnet build src/MotCua.Web -c Release -nologo -clp:ErrorsOnly
echo "==> Starting MotCua on ${urls}: the first start migrates the database and seeds the demo province before it answers"
echo "    links on receipts and messages lead to ${Site__PublicAddress:-(unset)} (Site__PublicAddress); demo accounts in README.md; Ctrl+C stops"
exec dotnet run --project src/MotCua.Web -c Release --no-build --urls "${urls}"
