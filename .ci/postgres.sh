#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests on 127.0.0.1:${PGPORT:-5433} and prints its JDBC URL.
# Usage: eval "$(.ci/postgres.sh start)"  /  .ci/postgres.sh stop
set -euo pipefail
PGPORT="${PGPORT:-5433}"
PGDIR="${PGDIR:-/tmp/throughline-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$BIN" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if ! as_postgres "$BIN/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
      rm -rf "$PGDIR"; mkdir -p "$PGDIR"
      [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
      as_postgres "$BIN/initdb" -D "$PGDIR" -U postgres -A trust -E UTF8 >/dev/null
      as_postgres "$BIN/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w \
        -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    fi
    echo "export THROUGHLINE_PG_URL='jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=postgres'"
    ;;
  stop)
    as_postgres "$BIN/pg_ctl" -D "$PGDIR" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
