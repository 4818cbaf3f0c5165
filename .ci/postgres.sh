# Sourced by .ci/run: a throwaway PostgreSQL cluster in a temp dir on 127.0.0.1, stopped by PID.
# Sets DATELINE_TEST_PG for the tests and defines stop_postgres.
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin
PGPORT=${PGPORT:-55432}
PGROOT=$(mktemp -d -t dateline-pg.XXXXXX)
chown postgres:postgres "$PGROOT"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qc "CREATE ROLE dateline LOGIN PASSWORD 'dateline'" -c "CREATE DATABASE dateline OWNER dateline"
export DATELINE_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=dateline;Password=dateline;Database=dateline"
PGPID=$(head -1 "$PGROOT/data/postmaster.pid")
echo "postgres: throwaway server on 127.0.0.1:$PGPORT (pid $PGPID)"
# For the resilience test: restart the server while an ingest is running.
export DATELINE_TEST_PG_RESTART="runuser -u postgres -- $PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/server.log -m fast -w -t 60 restart"

stop_postgres() {
  # The PID changes when the resilience test restarts the server: read it again.
  [ -f "$PGROOT/data/postmaster.pid" ] && PGPID=$(head -1 "$PGROOT/data/postmaster.pid")
  if [ -n "${PGPID:-}" ] && kill -0 "$PGPID" 2>/dev/null; then
    kill -INT "$PGPID"   # fast shutdown
    for _ in $(seq 1 50); do kill -0 "$PGPID" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$PGROOT"
}
