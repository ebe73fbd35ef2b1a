#!/usr/bin/env bash
# Issue 19: the province at 1, 2.5 and 5 million dossiers, and what a past quarter and the daily pages cost at each size.
# Needs a running MotCua (Postgres) with the demo, psql's PG* variables set to its database, and the bench tools built:
#   bench/history/series.sh http://127.0.0.1:5991 1000000 2500000 5000000
# First grows the demo province by 92 generated communes (MotCua.Load province, communes.sql), then for each size adds
# dossiers (bench/history/dossiers.sql) — 15,000 received in 2026-Q1, the quarter measured; of the rest 80 % over
# 2019–2025 and 20 % from April to November 2026, in ranges that continue the last — and measures: the history's
# requests one after another (measure.sh), the database blocks each report reads, then the inbox, a dossier page and the
# catalog search at 16 clients. The generated rows are vacuumed before measuring, as autovacuum would have done them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=$1; shift
load="$root/bench/MotCua.Load/bin/Release/net10.0/MotCua.Load.dll"
dotnet "$load" province --base "$base"
psql -q -f "$root/bench/history/communes.sql"

dossiers() { echo "    $1..$2 from $3 over $4 days"; psql -q -v first="$1" -v last="$2" -v from="'$3 00:00+07'" -v days="$4" -f "$root/bench/history/dossiers.sql"; }
blocks() { sleep 2; psql -Atc 'SELECT blks_hit + blks_read FROM pg_stat_database WHERE datname = current_database()'; }
have=$(psql -Atc "SELECT coalesce(max(substr(\"Code\", 7)::int), 0) FROM \"Dossiers\" WHERE \"Code\" LIKE 'BENCH-%'")
for size in "$@"; do
  echo "==> $size generated dossiers (have $have)"
  start=$(date +%s)
  if [ "$have" -lt 15000 ]; then dossiers 1 15000 2026-01-01 90; have=15000; fi
  more=$((size - have)) before=$((more * 4 / 5))
  if [ "$more" -gt 0 ]; then
    dossiers $((have + 1)) $((have + before)) 2019-01-01 2556
    dossiers $((have + before + 1)) "$size" 2026-04-01 244
    have=$size
  fi
  psql -q -c 'VACUUM (ANALYZE) "Dossiers"' -c 'VACUUM (ANALYZE) "DossierEvents"' -c 'VACUUM (ANALYZE) "DailyAggregates"' -c 'VACUUM (ANALYZE) "DossierTallies"'
  echo "    written in $(( $(date +%s) - start )) s; $(psql -Atc 'SELECT count(*) FROM "Dossiers"') dossiers, $(psql -Atc 'SELECT count(*) FROM "DossierEvents"') events, database $(psql -Atc 'SELECT pg_size_pretty(pg_database_size(current_database()))')"
  QUARTER=2026-Q1 FROM=2026-01-01 TO=2026-03-31 N=${N:-7} "$root/bench/history/measure.sh" "$base" "$size"
  # What each report reads, whatever the machine's load: the database's blocks touched by one request (pg_stat_database,
  # which sessions flush within a second of their transaction's end).
  admin=$(curl -s -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' -d '{"userName":"admin","password":"MotCua@2024"}' |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')
  for path in "/api/v1/indicators/service-index?unitCode=TINH&from=2026-01-01&to=2026-03-31" "/api/v1/reports/II.06?unitCode=TINH&period=2026-Q1" \
              "/api/v1/dashboard?unitCode=TINH&from=2026-01-01&to=2026-03-31"; do
    before=$(blocks)
    curl -s -o /dev/null -H "Authorization: Bearer $admin" "$base$path"
    echo "| $size | blocks read by $path | $(( $(blocks) - before )) |"
  done
  code=$(psql -Atc "SELECT \"Code\" FROM \"Dossiers\" d WHERE \"UnitId\" = (SELECT \"Id\" FROM \"Units\" WHERE \"Code\" = 'PL-LONGTHUY') ORDER BY \"ReceivedAt\" DESC LIMIT 1")
  for page in "/api/v1/dossiers?view=unit&pageSize=25" "/api/v1/dossiers/$code" "/api/v1/procedures?q=dang%20ky%20khai%20sinh"; do
    echo "| $size | 16 clients, lanhdao: $page | $(dotnet "$load" get --url "$base$page" --user lanhdao --clients 16 --seconds "${SECONDS_EACH:-10}") |"
  done
done
