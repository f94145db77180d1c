#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the tests and prints the URL to export:
#   eval "$(bash .ci/start-postgres.sh)"   # sets SHOWFLOOR_TEST_PG_URL
# Debian 12, run as root (CI) or with sudo. Idempotent: re-running reuses the cluster,
# the role and the database. Everything but the final export line goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_USER=showfloor_test
PG_DB=showfloor_test
PG_PASSWORD=showfloor_test
PG_PORT=${SHOWFLOOR_TEST_PG_PORT:-5432}
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

bash packaging/debian-deps.sh postgresql >&2
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! $SUDO pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  $SUDO pg_createcluster "$version" main --port "$PG_PORT" >&2
fi
# Tests need no durability: a faster cluster.
$SUDO pg_conftool "$version" main set fsync off >&2
$SUDO pg_conftool "$version" main set synchronous_commit off >&2
status=$($SUDO pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}')
[ "$status" = "online" ] || $SUDO pg_ctlcluster "$version" main start >&2
port=$($SUDO pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
psql_cmd() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
for _ in $(seq 1 50); do psql_cmd -c "SELECT 1" >/dev/null 2>&1 && break; sleep 0.2; done
if [ "$(psql_cmd -c "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" != "1" ]; then
  psql_cmd -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB" >&2
fi
if [ "$(psql_cmd -c "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" != "1" ]; then
  psql_cmd -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >&2
fi
echo "postgresql $version on port $port: database $PG_DB, role $PG_USER" >&2
echo "export SHOWFLOOR_TEST_PG_URL=postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$port/$PG_DB"
