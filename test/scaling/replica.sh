#!/usr/bin/env bash
# A real streaming replica of the local PostgreSQL server, for the read-replica test.
#
#   test/scaling/replica.sh start   copies the server with pg_basebackup into a folder of its own and starts it as
#                                   a hot standby on REPLICA_PORT (5433), streaming from PGHOST:PGPORT
#   test/scaling/replica.sh stop    stops it and deletes its folder
#   test/scaling/replica.sh test    start, test/scaling/replica.e2e-spec.ts on a new database, stop (npm run test:replica)
#
# Runs as root (CI, this machine): the replica runs as the server's own user, and replication connections from
# 127.0.0.1 are allowed in the server's pg_hba.conf for as long as the replica runs (the line is removed by stop).
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
REPLICA_PORT="${REPLICA_PORT:-5433}"
REPLICA_DIR="${REPLICA_DIR:-/tmp/rantai-replica-$REPLICA_PORT}"
HBA_LINE="host replication $PGUSER 127.0.0.1/32 trust # rantai read-replica test"

sql() { psql -d postgres -Atqc "$1"; }

start() {
  [ "$(id -u)" = 0 ] || { echo "replica.sh runs as root: the replica must run as the server's own user"; exit 1; }
  local bin owner hba
  bin="$(sql "SELECT setting FROM pg_config WHERE name = 'BINDIR'")"
  hba="$(sql 'SHOW hba_file')"
  owner="$(stat -c %U "$(sql 'SHOW data_directory')")"
  grep -qF "$HBA_LINE" "$hba" || { echo "$HBA_LINE" >>"$hba" && sql 'SELECT pg_reload_conf()' >/dev/null; }

  rm -rf "$REPLICA_DIR" && mkdir -p "$REPLICA_DIR" && chown "$owner" "$REPLICA_DIR"
  # -R writes primary_conninfo and standby.signal: the copy starts as a standby streaming from the server.
  runuser -u "$owner" -- "$bin/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" \
    -D "$REPLICA_DIR/data" -R -X stream -c fast
  # Debian keeps a cluster's configuration outside its data folder, so the copy has none: its own, on loopback.
  cat >"$REPLICA_DIR/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $REPLICA_PORT
unix_socket_directories = '$REPLICA_DIR'
hot_standby = on
EOF
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$REPLICA_DIR/data/pg_hba.conf"
  : >"$REPLICA_DIR/data/pg_ident.conf"
  chown -R "$owner" "$REPLICA_DIR/data"
  runuser -u "$owner" -- "$bin/pg_ctl" -D "$REPLICA_DIR/data" -l "$REPLICA_DIR/log" -w -t 60 start >/dev/null ||
    { tail -20 "$REPLICA_DIR/log"; exit 1; }
  [ "$(psql -p "$REPLICA_PORT" -d postgres -Atqc 'SELECT pg_is_in_recovery()')" = t ] ||
    { echo "the copy on port $REPLICA_PORT is not a standby"; exit 1; }
  echo "streaming replica of $PGHOST:$PGPORT on 127.0.0.1:$REPLICA_PORT ($(du -sh "$REPLICA_DIR/data" | cut -f1))"
}

stop() {
  local bin hba
  if [ -d "$REPLICA_DIR/data" ]; then
    bin="$(sql "SELECT setting FROM pg_config WHERE name = 'BINDIR'")"
    runuser -u "$(stat -c %U "$REPLICA_DIR/data")" -- "$bin/pg_ctl" -D "$REPLICA_DIR/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$REPLICA_DIR"
  hba="$(sql 'SHOW hba_file')"
  if grep -qF "$HBA_LINE" "$hba"; then
    grep -vF "$HBA_LINE" "$hba" >"$hba.tmp" && cat "$hba.tmp" >"$hba" && rm -f "$hba.tmp"
    sql 'SELECT pg_reload_conf()' >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  test)
    DB="rantai_replica_test_$$"
    trap 'stop; psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
    sql "CREATE DATABASE $DB" >/dev/null
    start
    DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$DB" TEST_REPLICA_PORT="$REPLICA_PORT" \
      node --experimental-vm-modules node_modules/jest/bin/jest.js test/scaling/replica.e2e-spec.ts
    ;;
  *)
    echo "usage: $0 start|stop|test"
    exit 2
    ;;
esac
