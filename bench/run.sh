#!/usr/bin/env bash
# Issue 19's benchmarks in one command, from a clean clone: its own throwaway PostgreSQL with fsync on, MotCua built in
# Release and started against it, the references (pgbench one-row INSERT, a minimal ASP.NET Core endpoint) measured in
# the same run, then the table "measure | reference | MotCua | ratio". The machine may be shared: read the ratios.
#   BENCH_SECONDS=10   duration of each load        BENCH_CLIENTS=16   concurrent clients
#   BENCH_WARMUP=5     seconds of the same load before each measured one, unmeasured (the steady state, not the JIT's)
#   BENCH_ONLY=load|startup   one half only (the start-up half seeds the demo on SQLite: about a minute or more)
#   BENCH_PG_OPTIONS="Max Auto Prepare=0;No Reset On Close=false"   added to MotCua's connection string (before/after)
#   BENCH_NODE_CPUS=0.5   cores each node may use in the scale-out row (as root, through the kernel's CPU controller)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/prerequisites.sh
motcua_apt_install postgresql postgresql-contrib curl nginx-light
motcua_dotnet_tools

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
seconds="${BENCH_SECONDS:-10}"
clients="${BENCH_CLIENTS:-16}"
warmup="${BENCH_WARMUP:-5}"
only="${BENCH_ONLY:-}"
work="${BENCH_DIR:-/tmp/motcua-bench}"
rm -rf "$work" && mkdir -p "$work"
rows="$work/rows"

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Waits until $1 answers 200; prints the seconds since $2 (a date +%s.%N), or fails after three minutes.
wait_for() {
  local url=$1 since=$2
  for _ in $(seq 1 1800); do
    if curl -fs -o /dev/null "$url"; then
      awk -v now="$(date +%s.%N)" -v since="$since" 'BEGIN { printf "%.1f", now - since }'
      return 0
    fi
    sleep 0.1
  done
  echo "no answer from $url" >&2
  return 1
}

pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}

# Production-like: the demo province and its accounts (Development), but none of Development's stand-in servers, the
# public endpoints' throttling lifted (all clients share one address), logs only from warnings.
app_environment() {
  export ASPNETCORE_ENVIRONMENT=Development
  export Notifications__Email__Provider=log Notifications__Email__StandIn__Port="" Notifications__Sms__Provider=log Notifications__Sms__StandIn__Port=""
  export NationalPortal__Adapter=none NationalPortal__StandIn__Port="" Signing__Provider=none Signing__DemoFolder="" Signing__StandIn__Port=""
  export Payments__Provider=none Payments__Vnpay__StandIn__Enabled=false
  export Security__PublicRequestsPerMinute=100000000 Security__LoginsPerMinute=100000
  export Serilog__MinimumLevel__Default=Warning
}

# Starts MotCua from another working directory than its own folder, as an operator's service would; $1 names its log.
app_dll="$root/src/MotCua.Web/bin/Release/net10.0/MotCua.Web.dll"
start_app() {
  local name=$1 port=$2
  mkdir -p "$work/$name"
  (cd "$work/$name" && Files__Root="$work/$name/files" exec dotnet "$app_dll" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1) &
  pids+=($!)
}

# nginx in the foreground, its files in the run's folder, passing requests to MotCua nodes on the ports after $1 (its
# own port) over kept-alive connections; its pid in $proxy_pid.
start_proxy() {
  local port=$1 conf="$work/nginx/nginx.conf"
  shift
  mkdir -p "$work/nginx"
  cat >"$conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy; fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream motcua { $(printf 'server 127.0.0.1:%s; ' "$@") keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / { proxy_pass http://motcua; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; }
  }
}
CONF
  (exec nginx -c "$conf" -g 'daemon off;' 2>>"$work/nginx/error.log") &
  proxy_pid=$!
  wait_for "http://127.0.0.1:$port/health" "$(date +%s.%N)" >/dev/null
}

# cap PID: holds the process to BENCH_NODE_CPUS cores (0.5 unless set) in a CPU group of its own, through the kernel's
# cgroup v2 or v1 CPU controller (root); fails, changing nothing, where neither can be written.
node_cpus="${BENCH_NODE_CPUS:-0.5}"
groups=()
cap() {
  local pid=$1 quota group
  quota=$(awk -v c="$node_cpus" 'BEGIN { printf "%d", c * 100000 }')
  if grep -qw cpu /sys/fs/cgroup/cgroup.controllers 2>/dev/null; then
    group="/sys/fs/cgroup/motcua-bench-$pid"
    mkdir -p "$group" 2>/dev/null && echo "$quota 100000" >"$group/cpu.max" 2>/dev/null || return 1
  elif [ -w /sys/fs/cgroup/cpu ]; then
    group="/sys/fs/cgroup/cpu/motcua-bench-$pid"
    mkdir -p "$group" 2>/dev/null && echo "$quota" >"$group/cpu.cfs_quota_us" 2>/dev/null || return 1
  else
    return 1
  fi
  groups+=("$group")
  echo "$pid" >"$group/cgroup.procs" 2>/dev/null
}

# Removes the CPU groups once their processes are gone.
uncap() {
  local group
  for group in "${groups[@]}"; do rmdir "$group" 2>/dev/null || true; done
  groups=()
}

# The run's clients and seconds first: options given after them (the import's one stream) override them.
load() { dotnet "$root/bench/MotCua.Load/bin/Release/net10.0/MotCua.Load.dll" "$1" --clients "$clients" --seconds "$seconds" --warmup "$warmup" "${@:2}"; }

# percent A B: A as a share of B, in per cent with one decimal.
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", 100 * a / b }'; }

# tps SCRIPT: pgbench's transactions a second running SCRIPT with the run's clients for its seconds, rounded.
tps() { printf '%.0f' "$(pgbench -n -c "$clients" -j 2 -T "$seconds" -f "$1" 2>/dev/null | awk '/^tps/ {print $3; exit}')"; }

# row MEASURE REFERENCE REFERENCE-PER-SECOND UNIT "rps p50 p99 failures": one line of the table, the ratio MotCua / reference.
row() {
  local measure=$1 reference=$2 value=$3 unit=$4 rps p50 p99 failures
  read -r rps p50 p99 failures <<<"$5"
  printf '| %s | %s: %s %s | %s req/s, p50 %s ms, p99 %s ms%s | %s %% |\n' "$measure" "$reference" "$value" "$unit" "$rps" "$p50" "$p99" \
    "$([ "$failures" = 0 ] || echo ", $failures failed")" "$(percent "$rps" "$value")" >>"$rows"
}

trap 'stop_all; uncap' EXIT
echo "==> Building MotCua and the bench tools (Release)"
dotnet build src/MotCua.Web -c Release -nologo -clp:ErrorsOnly
dotnet build bench/MotCua.Load -c Release -nologo -clp:ErrorsOnly
dotnet build bench/MotCua.MinimalApi -c Release -nologo -clp:ErrorsOnly

if [ "$only" != startup ]; then
  export MOTCUA_PG_DIR="$work/pg" MOTCUA_PG_FIRST_PORT=56432 MOTCUA_PG_FSYNC=on
  source scripts/test-postgres.sh
  motcua_start_postgres
  trap 'stop_all; uncap; motcua_stop_postgres' EXIT
  export PGHOST=127.0.0.1 PGPORT="$MOTCUA_PG_PORT" PGUSER=motcua PGDATABASE=postgres PGPASSWORD="$(cat "$MOTCUA_PG_DIR/pwfile")"

  echo "==> Reference: pgbench, one-row INSERT, $clients clients"
  psql -q -c 'CREATE TABLE bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL, at timestamptz NOT NULL DEFAULT now())'
  echo "INSERT INTO bench_insert (payload) VALUES ('một hồ sơ');" >"$work/insert.sql"
  pgbench_tps=$(tps "$work/insert.sql")

  # The floor of gap-free codes: an agency's counter row, locked by its upsert, is held to the commit's flush, so one
  # desk's intakes pass it one at a time whatever else they do; sixteen desks spread over sixteen rows. The same
  # transaction as the reference's plus that upsert.
  echo "==> Reference: pgbench, a counter row's upsert and the one-row INSERT in one transaction, one desk then sixteen"
  psql -q -c 'CREATE TABLE bench_counter (key text PRIMARY KEY, last integer NOT NULL)'
  counter_tps() {
    printf '%s\n' "\\set desk random(1, $1)" 'BEGIN;' \
      "INSERT INTO bench_counter (key, last) VALUES ('desk-' || :desk, 1) ON CONFLICT (key) DO UPDATE SET last = bench_counter.last + 1 RETURNING last;" \
      "INSERT INTO bench_insert (payload) VALUES ('một hồ sơ');" 'COMMIT;' >"$work/counter.sql"
    tps "$work/counter.sql"
  }
  counter_one=$(counter_tps 1)
  counter_sixteen=$(counter_tps 16)
  printf '| floor: a counter row held to the commit, one row / sixteen rows (pgbench: its upsert and the INSERT) | pgbench one-row INSERT: %s tps | %s / %s tps | %s / %s %% |\n' \
    "$pgbench_tps" "$counter_one" "$counter_sixteen" "$(percent "$counter_one" "$pgbench_tps")" "$(percent "$counter_sixteen" "$pgbench_tps")" >>"$rows"

  echo "==> Reference: minimal ASP.NET Core endpoint with the lookup's JSON"
  minimal_port=$(free_port 5980)
  (exec dotnet "$root/bench/MotCua.MinimalApi/bin/Release/net10.0/MotCua.MinimalApi.dll" --urls "http://127.0.0.1:$minimal_port" >"$work/minimal.log" 2>&1) &
  pids+=($!)
  wait_for "http://127.0.0.1:$minimal_port/api/v1/public/dossiers/X" "$(date +%s.%N)" >/dev/null
  read -r minimal_rps _ <<<"$(load get --url "http://127.0.0.1:$minimal_port/api/v1/public/dossiers/000.00.17.H10-261206-0001")"
  minimal_rps=$(printf '%.0f' "$minimal_rps")
  stop_all

  echo "==> MotCua on PostgreSQL (fsync on): first start seeds the demo province"
  app_environment
  export Database__Provider=Postgres Demo__Dossiers="${BENCH_DEMO_DOSSIERS:-300}"
  export ConnectionStrings__MotCua="Host=127.0.0.1;Port=$MOTCUA_PG_PORT;Username=motcua;Password=$PGPASSWORD;Database=motcua_bench;Maximum Pool Size=50;${BENCH_PG_OPTIONS:-}"
  app_port=$(free_port 5990)
  base="http://127.0.0.1:$app_port"
  start_app postgres "$app_port"
  wait_for "$base/health" "$(date +%s.%N)" >/dev/null

  echo "==> Intake, one desk then sixteen desks"
  intake_one=$(load intake --base "$base" --desks 1)
  intake_sixteen=$(load intake --base "$base" --desks 16)
  row "intake \`POST /api/v1/dossiers\` with Idempotency-Key, one desk, $clients clients" "pgbench one-row INSERT" "$pgbench_tps" tps "$intake_one"
  row "intake with Idempotency-Key, sixteen desks" "pgbench one-row INSERT" "$pgbench_tps" tps "$intake_sixteen"
  row "intake, one desk, against the floor" "a counter row held to the commit, one desk" "$counter_one" tps "$intake_one"
  row "intake, sixteen desks, against the floor" "a counter row held to the commit, sixteen rows (the sixteen desks share fewer)" "$counter_sixteen" tps "$intake_sixteen"

  code=$(PGDATABASE=motcua_bench psql -Atc 'SELECT "Code" FROM "Dossiers" ORDER BY "Code" DESC LIMIT 1')
  # The intakes queued a notice each, which the node's outbox goes on delivering for a minute or so: the lookups and their
  # floor are measured once it is done, on a machine at rest as the minimal endpoint was (before, the first lookups
  # shared the cores with that delivery and the later ones did not).
  echo "==> Waiting for the outbox to deliver the intakes' notices"
  drained=$(date +%s)
  for _ in $(seq 1 600); do
    [ "$(PGDATABASE=motcua_bench psql -Atc 'SELECT count(*) FROM "OutboxMessages" WHERE "SentAt" IS NULL AND "RefusedAt" IS NULL AND "Attempts" < 8')" = 0 ] && break
    sleep 1
  done
  echo "    delivered in $(( $(date +%s) - drained )) s"

  # The floor of any lookup that reads the database: the minimal app answering from the lookup's one statement through
  # Npgsql alone, prepared as MotCua's are, on MotCua's database beside the idle node (its outbox still at work, as for
  # MotCua's own lookups below). Not in pids: the node's memory below is read from the last of those.
  echo "==> Reference: the lookup's one statement through Npgsql alone, on MotCua's database"
  floor_port=$(free_port 5981)
  (MINIMAL_DATABASE="${ConnectionStrings__MotCua%;};Max Auto Prepare=50;No Reset On Close=true" \
    exec dotnet "$root/bench/MotCua.MinimalApi/bin/Release/net10.0/MotCua.MinimalApi.dll" --urls "http://127.0.0.1:$floor_port" >"$work/floor.log" 2>&1) &
  floor_pid=$!
  wait_for "http://127.0.0.1:$floor_port/api/v1/public/dossiers/X" "$(date +%s.%N)" >/dev/null
  floor=$(load get --url "http://127.0.0.1:$floor_port/db/api/v1/public/dossiers/$code")
  kill "$floor_pid" && wait "$floor_pid" 2>/dev/null || true
  row "floor: the lookup's one statement through Npgsql alone, in the minimal app" "minimal JSON endpoint" "$minimal_rps" rps "$floor"
  read -r floor_rps _ <<<"$floor"
  floor_rps=$(printf '%.0f' "$floor_rps")

  echo "==> Public lookup of $code (API, page) and catalog search"
  lookup=$(load get --url "$base/api/v1/public/dossiers/$code")
  row "public lookup API by code" "minimal JSON endpoint" "$minimal_rps" rps "$lookup"
  row "public lookup API by code, against the floor" "the lookup's one statement alone" "$floor_rps" rps "$lookup"
  row "public lookup page \`/tra-cuu/{code}\`" "minimal JSON endpoint" "$minimal_rps" rps "$(load get --url "$base/tra-cuu/$code")"
  row "catalog search \`dang ky khai sinh\`" "minimal JSON endpoint" "$minimal_rps" rps "$(load get --url "$base/api/v1/procedures?q=dang%20ky%20khai%20sinh")"

  echo "==> Historical import, one stream, files of ${BENCH_IMPORT_LINES:-1000} dossiers"
  read -r files p50 p99 failures <<<"$(load import --base "$base" --lines "${BENCH_IMPORT_LINES:-1000}" --clients 1)"
  row "historical import (NDJSON), one stream, files of ${BENCH_IMPORT_LINES:-1000}: dossiers/s in the req/s column, p50/p99 a file" "goal" 2000 "dossiers/s" \
    "$(awk -v f="$files" -v n="${BENCH_IMPORT_LINES:-1000}" 'BEGIN { printf "%.1f", f * n }') $p50 $p99 $failures"
  # The kernel's high-water mark of the application's resident memory over every load above (the issue's goal: < 1 GB).
  peak=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/${pids[-1]}/status")
  printf '| application memory, peak resident over the loads above | goal: 1024 MB | %s MB | %s %% |\n' "$peak" \
    "$(percent "$peak" 1024)" >>"$rows"

  # Scale-out: the same sixteen desks through nginx to the node above alone, then to it and a second node started on the
  # same database, so that the proxy's cost is in both; the reference is the one node's figure. On one machine every
  # process shares its cores, so each node is held to BENCH_NODE_CPUS cores (a machine of its own, of that size) when
  # the kernel's CPU controller can be written; PostgreSQL, nginx and the load generator are not held.
  echo "==> Scale-out: sixteen desks through nginx to one node, then two"
  second_port=$(free_port $((app_port + 1)))
  start_app postgres-second "$second_port"
  wait_for "http://127.0.0.1:$second_port/health" "$(date +%s.%N)" >/dev/null
  # The second node's first requests compile its code, then recompile the hot paths optimized: not measured, and not
  # held (held to half a core from its start, the two nodes carried 51 then 85 intakes/s, against 146-163 warm).
  load intake --base "http://127.0.0.1:$second_port" --desks 16 >/dev/null
  nodes="uncapped nodes"
  if cap "${pids[-2]}" && cap "${pids[-1]}"; then nodes="each node held to $node_cpus cores"; fi
  proxy_port=$(free_port 5970)
  start_proxy "$proxy_port" "$app_port"
  read -r one_node _ <<<"$(load intake --base "http://127.0.0.1:$proxy_port" --desks 16 | tee "$work/one-node")"
  kill "$proxy_pid" && wait "$proxy_pid" 2>/dev/null || true
  start_proxy "$proxy_port" "$app_port" "$second_port"
  row "intake with Idempotency-Key, sixteen desks, nginx to two nodes on one PostgreSQL, $nodes" "nginx to one node" "$one_node" req/s \
    "$(load intake --base "http://127.0.0.1:$proxy_port" --desks 16)"
  kill "$proxy_pid" && wait "$proxy_pid" 2>/dev/null || true
  stop_all
  uncap
fi

if [ "$only" != load ]; then
  echo "==> Start-up on SQLite: first start with the demo, then on the existing database"
  app_environment
  unset Demo__Dossiers
  export Database__Provider=Sqlite ConnectionStrings__MotCua="Data Source=$work/startup.db"
  minimal_port=$(free_port 5980)
  started=$(date +%s.%N)
  (exec dotnet "$root/bench/MotCua.MinimalApi/bin/Release/net10.0/MotCua.MinimalApi.dll" --urls "http://127.0.0.1:$minimal_port" >"$work/minimal.log" 2>&1) &
  pids+=($!)
  minimal_start=$(wait_for "http://127.0.0.1:$minimal_port/api/v1/public/dossiers/X" "$started")
  stop_all
  app_port=$(free_port 5990)
  started=$(date +%s.%N)
  start_app sqlite-first "$app_port"
  first_start=$(wait_for "http://127.0.0.1:$app_port/health" "$started")
  stop_all
  started=$(date +%s.%N)
  start_app sqlite-again "$app_port"
  again_start=$(wait_for "http://127.0.0.1:$app_port/health" "$started")
  stop_all
  printf '| start-up to /health on SQLite: existing database / first start with demo | minimal app %.1f s | %.1f s / %.1f s | |\n' \
    "$minimal_start" "$again_start" "$first_start" >>"$rows"
fi

echo
echo "MotCua $(git rev-parse --short HEAD) · $(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · ${seconds} s per load after ${warmup} s unmeasured, $clients clients"
echo
echo "| measure | reference | MotCua | ratio |"
echo "|---|---|---|---|"
cat "$rows"
