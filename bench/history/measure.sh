#!/usr/bin/env bash
# Issue 19, causes 1 and 2: times the inbox, the 766 index, II.06 and the dashboard of a running MotCua with the demo
# accounts, each N times one after another (median and worst), and keeps the last answer of each report in OUT.
#   N=7 OUT=/tmp/answers [QUARTER=2025-Q1 FROM=2025-01-01 TO=2025-03-31] bench/history/measure.sh http://127.0.0.1:5990 "label"
set -euo pipefail
base=$1 label=$2 n=${N:-7} out=${OUT:-/tmp/motcua-history}
quarter=${QUARTER:-2025-Q1} from=${FROM:-2025-01-01} to=${TO:-2025-03-31}
mkdir -p "$out"
token() {
  curl -s -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"MotCua@2024\"}" |
    python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])'
}
leader=$(token lanhdao) admin=$(token admin)

# time_it NAME TOKEN URL [FILE]: one unmeasured request (its answer kept in FILE), then n measured ones.
time_it() {
  local name=$1 bearer=$2 url=$3 file=${4:-last} times=() status
  status=$(curl -s -o "$out/$file.json" -w '%{http_code}' -H "Authorization: Bearer $bearer" "$base$url")
  for _ in $(seq 1 "$n"); do times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $bearer" "$base$url")"); done
  printf '%s\n' "${times[@]}" | sort -n |
    awk -v name="$name" -v label="$label" -v status="$status" '{ a[NR] = $1 } END { printf "| %s | %s | %s | %.3f s | %.3f s |\n", label, name, status, a[int((NR + 1) / 2)], a[NR] }'
}
next_of() { curl -s -H "Authorization: Bearer $1" "$base$2" | python3 -c 'import sys, json; print(json.load(sys.stdin).get("next") or "")'; }

time_it "inbox, leader, view=unit" "$leader" "/api/v1/dossiers?view=unit&pageSize=25"
time_it "inbox, leader, every dossier (no view)" "$leader" "/api/v1/dossiers?pageSize=25"
time_it "inbox, leader, view=done" "$leader" "/api/v1/dossiers?view=done&pageSize=25"
unit=$(next_of "$leader" "/api/v1/dossiers?view=unit&pageSize=25") done=$(next_of "$leader" "/api/v1/dossiers?view=done&pageSize=25")
if [ -n "$done" ]; then
  time_it "inbox, leader, view=unit, page 2 (after)" "$leader" "/api/v1/dossiers?view=unit&pageSize=25&after=$unit"
  time_it "inbox, leader, view=done, page 2 (after)" "$leader" "/api/v1/dossiers?view=done&pageSize=25&after=$done"
else
  # Before the cursor: the second page by number.
  time_it "inbox, leader, view=unit, page 2 (page=2)" "$leader" "/api/v1/dossiers?view=unit&pageSize=25&page=2"
  time_it "inbox, leader, view=done, page 2 (page=2)" "$leader" "/api/v1/dossiers?view=done&pageSize=25&page=2"
fi
time_it "766 index, province, $quarter" "$admin" "/api/v1/indicators/service-index?unitCode=TINH&from=$from&to=$to" index
time_it "II.06, province, $quarter" "$admin" "/api/v1/reports/II.06?unitCode=TINH&period=$quarter" ii06
time_it "dashboard, province, $quarter" "$admin" "/api/v1/dashboard?unitCode=TINH&from=$from&to=$to" dashboard
