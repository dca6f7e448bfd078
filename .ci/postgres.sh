#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store's conformance tests and prints,
# on stdout and nothing else:
#
#   export BRIEFBOT_TEST_POSTGRES_URL=postgres://briefbot:…@127.0.0.1:PORT/briefbot_test?sslmode=disable
#
# so that .ci/run can do:  eval "$(bash .ci/postgres.sh)"
#
# Everything else goes to stderr. Run as root on Debian 12; it installs the
# server from Debian's packages when it is missing, keeps its own cluster in
# $BRIEFBOT_PG_BASE (default ${TMPDIR:-/tmp}/briefbot-postgres), listens on
# 127.0.0.1 only, on $BRIEFBOT_PG_PORT (default 54329, or the next free port
# above it), and is idempotent: a second run reuses the running server
# (or restarts the stopped one) and the existing role and database.
# `bash .ci/postgres.sh stop` stops that server.
set -euo pipefail

# Keep stdout for the single export line; send every other byte to stderr.
exec 3>&1 1>&2

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# detached: run a command with stdin/stdout/stderr on /dev/null (or a log it
# names itself) and every other inherited descriptor closed.
detached() {
	(
		for fd in /proc/$BASHPID/fd/*; do
			n=${fd##*/}
			[ "$n" -gt 2 ] && eval "exec $n>&-" 2>/dev/null
		done
		exec "$@" </dev/null >/dev/null 2>&1
	)
}

BASE=${BRIEFBOT_PG_BASE:-${TMPDIR:-/tmp}/briefbot-postgres}
PORT=${BRIEFBOT_PG_PORT:-54329}
DB=briefbot_test
ROLE=briefbot
DATA=$BASE/data

[ "$(id -u)" -eq 0 ] || die "must run as root (it installs packages and switches to the postgres user)"

# running: the postmaster of $DATA is alive. pg_ctl status only checks that
# the pid in postmaster.pid exists, which after a reboot or a killed session
# can be some other process; this also checks it is a postgres.
# A zombie (killed, not yet reaped) counts as gone.
alive() {
	[ -n "$1" ] && [ -r "/proc/$1/status" ] &&
		! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" &&
		[ "$(cat "/proc/$1/comm" 2>/dev/null)" = postgres ]
}
running() { alive "$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null)"; }

# `postgres.sh stop`: stop the cluster this script runs, if it is running, so
# that a CI run leaves no server behind.
if [ "${1:-}" = stop ]; then
	if running; then
		log "stopping server of $DATA"
		BIN=$(ls -d /usr/lib/postgresql/"$(cat "$DATA/PG_VERSION")"/bin)
		detached runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop ||
			log "warning: pg_ctl stop failed"
	fi
	exit 0
fi

# 1. Binaries. Debian's package would create and start a "main" cluster on
# 5432 that we do not want; postgresql-common honours this switch when it is
# set before installation. Only touched on machines without the server.
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
	log "installing postgresql from Debian's packages"
	# The file may already exist (postgresql-common comes with the client, which machines
	# often have) and say true: set the switch either way.
	conf=/etc/postgresql-common/createcluster.conf
	mkdir -p "$(dirname "$conf")"
	touch "$conf"
	sed -i '/^[[:space:]]*create_main_cluster[[:space:]]*=/d' "$conf"
	echo 'create_main_cluster = false' >>"$conf"
	export DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFFOLD=1 # keep our createcluster.conf
	# 3>&-: anything a package's scripts leave running must not hold the caller's $(…) open.
	for try in 1 2 3; do
		apt-get update -q 3>&- && break
		[ "$try" -eq 3 ] && die "apt-get update failed"
		sleep 5
	done
	apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql 3>&- </dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
[ -x "$BIN/initdb" ] || die "no initdb under $BIN"
id postgres >/dev/null 2>&1 || die "the postgres user is missing; is the postgresql package installed?"
as_pg() { runuser -u postgres -- "$@"; }

mkdir -p "$BASE"
chown postgres:postgres "$BASE"
chmod 700 "$BASE"

# The password lives beside the cluster so reruns agree with the first run.
if [ ! -s "$BASE/password" ]; then
	head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$BASE/password"
	chmod 600 "$BASE/password"
fi
PASSWORD=$(cat "$BASE/password")

# 2. Cluster. A data dir made by another major version cannot be started by
# this one, so it is thrown away (it only ever holds test data).
if [ -f "$DATA/PG_VERSION" ] && [ "$(cat "$DATA/PG_VERSION")" != "$(basename "$(dirname "$BIN")")" ]; then
	log "data dir is from another PostgreSQL version; recreating"
	as_pg "$BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$DATA"
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
	log "initdb in $DATA"
	rm -rf "$DATA"
	as_pg "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
		--auth-local=trust --auth-host=scram-sha-256 >/dev/null
	# Test-only settings: durability buys nothing for a throwaway cluster and
	# costs seconds per run.
	cat >>"$DATA/postgresql.conf" <<-EOF
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$BASE'
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		max_connections = 200
	EOF
fi

port_busy() { (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if running && [ -s "$BASE/port" ] &&
	as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$(cat "$BASE/port")"; then
	PORT=$(cat "$BASE/port")
	log "reusing running server on 127.0.0.1:$PORT"
else
	if running; then
		log "server of $DATA is running but not answering; restarting it"
		as_pg "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null || true
	fi
	# A pid file left by a server that is gone (session ended, machine
	# restarted) would stop the new one from starting if the pid was reused.
	if ! running; then
		rm -f "$DATA/postmaster.pid"
		for lock in "$BASE"/.s.PGSQL.*.lock; do
			[ -e "$lock" ] || continue
			alive "$(head -n 1 "$lock")" || rm -f "$lock" "${lock%.lock}"
		done
	fi
	# Pick the first free port from $PORT up, so a stray listener does not
	# break the run; the choice is recorded for the next run.
	for _ in $(seq 1 20); do
		port_busy "$PORT" || break
		log "port $PORT is taken; trying $((PORT + 1))"
		PORT=$((PORT + 1))
	done
	port_busy "$PORT" && die "no free port found"
	echo "$PORT" >"$BASE/port"
	log "starting server on 127.0.0.1:$PORT"
	# The server outlives this script: it must hold none of our descriptors,
	# or the caller's $(…) (fd 3) and CI's log pipe (fd 2) never see EOF and
	# the run hangs until CI's timeout. Its output goes to server.log.
	detached runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 \
		-o "-p $PORT -k $BASE" start ||
		{ tail -n 20 "$BASE/server.log" >&2 || true; die "server did not start"; }
fi

# 3. Wait until it accepts TCP connections (pg_ctl -w waits on the socket).
for i in $(seq 1 60); do
	if as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then break; fi
	[ "$i" -eq 60 ] && die "server not accepting connections on 127.0.0.1:$PORT"
	sleep 0.5
done

# 4. Role and database, created or brought back in line.
psql_pg() { as_pg psql -X -q -v ON_ERROR_STOP=1 -h "$BASE" -p "$PORT" -U postgres "$@"; }
psql_pg -d postgres -v role="$ROLE" -v pw="$PASSWORD" <<-'EOF'
	SELECT format('CREATE ROLE %I LOGIN', :'role')
	WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
	ALTER ROLE :"role" WITH LOGIN CREATEDB PASSWORD :'pw';
EOF
psql_pg -d postgres -v db="$DB" -v role="$ROLE" <<-'EOF'
	SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
	WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
EOF

log "ready: database $DB on 127.0.0.1:$PORT (data in $DATA)"
# The password is hex, so single quotes are enough for eval.
printf "export BRIEFBOT_TEST_POSTGRES_URL='%s'\n" \
	"postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB?sslmode=disable" >&3
