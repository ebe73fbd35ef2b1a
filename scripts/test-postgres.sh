#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test run: fresh cluster in /tmp, first free port from 55432,
# fsync off, stopped when the calling script exits. Sourced by test.sh, and by bench/run.sh with
# MOTCUA_PG_FSYNC=on (the benchmarks measure commits as a production server makes them) and a port of its own.
set -euo pipefail

# Another directory lets two checkouts run their tests side by side.
MOTCUA_PG_DIR="${MOTCUA_PG_DIR:-/tmp/motcua-test-pg}"
MOTCUA_PG_FIRST_PORT="${MOTCUA_PG_FIRST_PORT:-55432}"
MOTCUA_PG_FSYNC="${MOTCUA_PG_FSYNC:-off}"

motcua_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

motcua_stop_postgres() {
  local bin
  bin=$(motcua_pg_bin)
  if [ -f "$MOTCUA_PG_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$MOTCUA_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
}

motcua_start_postgres() {
  local bin port password
  bin=$(motcua_pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
  motcua_stop_postgres
  rm -rf "$MOTCUA_PG_DIR"
  mkdir -p "$MOTCUA_PG_DIR"
  password="test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf '%s\n' "$password" > "$MOTCUA_PG_DIR/pwfile"
  chown -R postgres:postgres "$MOTCUA_PG_DIR"
  runuser -u postgres -- "$bin/initdb" -D "$MOTCUA_PG_DIR/data" -U motcua -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$MOTCUA_PG_DIR/pwfile" --no-sync >/dev/null
  port=$MOTCUA_PG_FIRST_PORT
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "$MOTCUA_PG_FSYNC" = "on" ] && durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
  runuser -u postgres -- "$bin/pg_ctl" -D "$MOTCUA_PG_DIR/data" -l "$MOTCUA_PG_DIR/server.log" -w start \
    -o "-p $port -k $MOTCUA_PG_DIR -c listen_addresses=127.0.0.1 $durability -c max_connections=300" >/dev/null
  trap motcua_stop_postgres EXIT
  export MOTCUA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=motcua;Password=$password;Database=postgres;Pooling=true;Maximum Pool Size=20"
  export MOTCUA_PG_PORT="$port"
  echo "==> PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, fsync $MOTCUA_PG_FSYNC"
}
