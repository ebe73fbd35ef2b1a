#!/usr/bin/env bash
# Runs every test of MotCua: domain rules, HTTP on SQLite and on a real PostgreSQL server (started
# here), and the browser tests in headless Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
source scripts/test-postgres.sh

motcua_apt_install postgresql chromium fonts-liberation2 poppler-utils zbar-tools
motcua_dotnet_tools
motcua_start_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "==> Building"
dotnet build MotCua.slnx -c Release -nologo -clp:ErrorsOnly
echo "==> Testing"
# One test assembly at a time: on two cores the browser tests would otherwise wait on the HTTP tests.
# The output is long (the applications' own logs): the names of the failed tests are repeated at its end.
log=$(mktemp)
status=0
dotnet test --solution MotCua.slnx -c Release --no-build --max-parallel-test-modules 1 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
  echo "==> Failed tests"
  grep -E '^failed ' "$log" || echo "(none named: see the output above)"
fi
rm -f "$log"
exit "$status"

