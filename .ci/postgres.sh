#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on a loopback port for the tests and prints its connection string.
# Installs the server from Debian's packages when it is missing. PostgreSQL refuses to run as root,
# so the cluster belongs to the 'postgres' user.
set -euo pipefail

port="${VR_PG_PORT:-55432}"
data="${VR_PG_DATA:-/tmp/vr-postgres-$port}"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

if ! runuser -u postgres -- "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q; then
    rm -rf "$data"
    mkdir -p "$data"
    chown postgres "$data"
    runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # fsync stays on: the benchmarks compare durable writes.
    runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c max_connections=300 -c unix_socket_directories=$data" start >/dev/null
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
