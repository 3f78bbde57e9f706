#!/usr/bin/env bash
# Backs up the platform's database while it runs: one pg_dump archive (custom format, compressed) named with the
# UTC time, and a .sha256 beside it.
#
#   ops/backup.sh [--db URL | --data-dir DIR] [--out DIR] [--snapshot ID]
#
#   --db URL        postgresql://user@host:port/clinic (or the app's CLINIC_DB_URL, jdbc:postgresql://...); the
#                   password from PGPASSWORD, ~/.pgpass or CLINIC_DB_PASSWORD
#   --data-dir DIR  the embedded server of the app running with clinic.data-dir=DIR (its port from the server's
#                   postmaster.pid; user postgres, database clinic)
#                   neither: PGHOST/PGPORT/PGUSER/PGDATABASE, else 127.0.0.1:$CLINIC_DB_EMBEDDED_PORT
#   --out DIR       where the archive goes (default: ./backups)
#   --snapshot ID   dump what the transaction that exported snapshot ID sees (used by backup-restore-check.sh)
#
# Prints the archive's path on stdout. Exits non-zero on any failure, and never overwrites a file.
# Consistency: pg_dump reads everything in one repeatable-read transaction, so the archive is the database at one
# instant, while the app goes on writing; it takes no lock that blocks the app's reads or writes (only schema
# changes wait).
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "$0")/lib.sh"

url="" data_dir="" out=./backups snapshot=""
while (($#)); do
	case $1 in
		--db) url=${2:?--db needs a URL}; shift 2 ;;
		--data-dir) data_dir=${2:?--data-dir needs a directory}; shift 2 ;;
		--out) out=${2:?--out needs a directory}; shift 2 ;;
		--snapshot) snapshot=${2:?--snapshot needs an id}; shift 2 ;;
		-h | --help) sed -n '2,/^set -euo/{/^set -euo/d; s/^# \{0,1\}//p}' "$0"; exit 0 ;;
		*) die "unknown argument: $1 (see --help)" ;;
	esac
done

parse_connection "$url" "$data_dir"
ensure_pg_tools

mkdir -p "$out"
out=$(cd "$out" && pwd)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=clinic-$stamp.dump
file=$out/$name
# Two backups in the same second would share a name: refuse rather than overwrite.
[[ ! -e $file && ! -e $file.sha256 ]] || die "$file already exists"

# Written under a temporary name and renamed when complete: a file with the final name is always a whole archive.
partial=$(mktemp "$out/.$name.XXXXXX")
trap 'rm -f "$partial"' EXIT
log "dumping with $("$PG_DUMP" --version) (server: PostgreSQL $SERVER_MAJOR) to $file"
# --format=custom: compressed, and pg_restore can restore it selectively or in parallel. -Z 6: gzip level 6, said
# explicitly. Owners and grants are kept in the archive; restore.sh leaves ownership to the restoring user.
"$PG_DUMP" --format=custom -Z 6 --file="$partial" ${snapshot:+--snapshot="$snapshot"} ${DB_CONN:+--dbname="$DB_CONN"} ||
	die "pg_dump failed"
# A quick read of the archive's table of contents: a truncated or garbled file fails here, not on the day it is needed.
"$PG_RESTORE" --list "$partial" >/dev/null || die "the archive cannot be read back"
# ln, not mv: it fails if the name was taken meanwhile, where mv would replace the file.
ln "$partial" "$file" || die "cannot create $file"
(cd "$out" && sha256sum "$name" >"$name.sha256.tmp" && mv -n "$name.sha256.tmp" "$name.sha256") ||
	die "cannot write $file.sha256"
[[ ! -e $out/$name.sha256.tmp ]] || die "$file.sha256 appeared meanwhile"
log "done: $(du -h "$file" | cut -f1) ($(cut -c1-16 "$file.sha256")…)"
echo "$file"
