# Install and start a local PostgreSQL for the store tests; source it from .ci/run (runs as root).
# Exports ACCORD_TEST_PG_URL. Idempotent: a second call finds the package, cluster and role in place.
# No `set` here: the caller's shell options stay as they are.

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    pg_createcluster "$version" main >/dev/null
    cluster="$version main"
fi
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || true
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')

for _ in $(seq 1 30); do
    if su postgres -c "psql -p $port -qtAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done

su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'accord'\"" | grep -q 1 \
    || su postgres -c "psql -p $port -qc \"CREATE ROLE accord LOGIN PASSWORD 'accord'\""
su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'accord_test'\"" | grep -q 1 \
    || su postgres -c "psql -p $port -qc 'CREATE DATABASE accord_test OWNER accord'"

export ACCORD_TEST_PG_URL="postgresql://accord:accord@127.0.0.1:$port/accord_test"
