#!/usr/bin/env bash
# Restores an archive made by ops/backup.sh into a database, after checking it against its .sha256.
#
#   ops/restore.sh [--db URL | --data-dir DIR] [--force] FILE
#
#   --db, --data-dir  as for backup.sh (the database must exist: `createdb clinic`, or `create database clinic`)
#   --force           restore into a database that already has tables: they are dropped first (--clean --if-exists)
#
# Stop the app (every instance) first: a restore under a running app races its writes, and --force drops the
# tables it is using. The restore is one transaction: it applies whole or not at all.
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"

url="" data_dir="" force=0 file=""
while (($#)); do
	case $1 in
		--db) url=${2:?--db needs a URL}; shift 2 ;;
		--data-dir) data_dir=${2:?--data-dir needs a directory}; shift 2 ;;
		--force) force=1; shift ;;
		-h | --help) sed -n '2,/^set -euo/{/^set -euo/d; s/^# \{0,1\}//p}' "$0"; exit 0 ;;
		-*) die "unknown option: $1 (see --help)" ;;
		*) [[ -z $file ]] || die "one archive at a time"; file=$1; shift ;;
	esac
done
[[ -n $file ]] || die "which archive? (see --help)"
[[ -f $file ]] || die "no such file: $file"
[[ -f $file.sha256 ]] || die "no checksum beside the archive ($file.sha256): refusing to restore an unverified file"

# The checksum first: a damaged or swapped file is refused before anything touches the database.
(cd "$(dirname "$file")" && sha256sum --check --status --strict "$(basename "$file").sha256") ||
	die "$file does not match $file.sha256"
# The .sha256 must name this very file (a checksum of another archive copied beside it would otherwise pass).
[[ $(awk '{ print $2 }' "$file.sha256" | sed 's/^\*//') == "$(basename "$file")" ]] ||
	die "$file.sha256 is the checksum of another file"
log "checksum ok"

parse_connection "$url" "$data_dir"
ensure_pg_tools
psql_q() { "$PSQL" -X -A -t -q -v ON_ERROR_STOP=1 ${DB_CONN:+"$DB_CONN"} "$@"; }

"$PG_RESTORE" --list "$file" >/dev/null || die "$file is not an archive pg_restore can read"

# "Has data" = has any table of its own (outside the system schemas): the app's migrations make tables even before
# the first row, and restoring over them without --clean would fail half-way or mix two databases.
tables=$(psql_q -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
	where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
	and n.nspname not like 'pg\_%'") || die "cannot connect to the database"
clean=()
if ((tables > 0)); then
	((force)) || die "the database already has $tables tables: restore into an empty database, or give --force to replace them"
	log "--force: dropping the $tables tables there first"
	clean=(--clean --if-exists)
fi

log "restoring $file with $("$PG_RESTORE" --version)"
# --no-owner: the objects belong to whoever restores (the app's database user on a managed server, whose name need
# not be the original's). --single-transaction with --exit-on-error: all or nothing.
"$PG_RESTORE" "${clean[@]}" --no-owner --single-transaction --exit-on-error \
	${DB_CONN:+--dbname="$DB_CONN"} "$file" || die "pg_restore failed (nothing was changed: one transaction)"
# pg_restore brings rows, not the planner's statistics: without them the first queries plan as if tables were empty.
psql_q -c analyze || die "analyze failed"
log "restored"
