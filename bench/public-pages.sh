#!/usr/bin/env bash
# Public pages: throughput and latency of the app's cached, precompressed pages, measured next to nginx serving the
# very same gzip bytes from disk (gzip_static) on the same machine, plus the app's start-to-ready time and its RSS.
#
# Usage: bench/public-pages.sh [--smoke]
#   --smoke (or SMOKE=1)  each wrk run 2 s at 8 connections, no restart measurement: checks the script end to end
#   DURATION=15s          length of each measured wrk run (ignored with --smoke)
#   WARMUP=20s            unmeasured wrk run against the app before each measured one (--smoke: 1s); nginx gets 2s
#   BENCH_PAGES="/conditions/depression /"   pages measured
#
# Targets (printed as PASS/FAIL, never turned into the exit status): app p99 <= 25 ms, app req/s >= 0.5 x nginx.
# Exit status: 0 unless the benchmark itself could not run.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
parse_flags "$@"

THREADS=2
if [[ $SMOKE == 1 ]]; then
	DURATION=2s CONNS=8 WARMUP=1s NGINX_WARMUP=1s LABEL="public pages (smoke)" COMMAND="bench/public-pages.sh --smoke"
else
	DURATION=${DURATION:-15s} CONNS=64 WARMUP=${WARMUP:-20s} LABEL="public pages" COMMAND="bench/public-pages.sh"
fi
NGINX_WARMUP=${NGINX_WARMUP:-2s}
read -r -a PAGES <<<"${BENCH_PAGES:-/conditions/depression /}"
P99_TARGET_MS=25
RATIO_TARGET=0.5

need curl
need wrk
need nginx
build_jar
bench_init

# --- The app, on a fresh data directory: this first start includes initialising the database. -------------------
start_app "$BENCH_TMP/app" "$APP_PORT" "$PG_PORT"
FIRST_READY_S=$APP_READY_S
FIRST_READY_OTHER=$APP_READY_OTHER_PCT

# --- nginx, serving the app's own bytes: <root><path>/index.html (identity) and index.html.gz (the app's gzip). ----
NGINX_HOME=$BENCH_TMP/nginx
ROOT=$NGINX_HOME/html
mkdir -p "$ROOT" "$NGINX_HOME/temp"
for page in "${PAGES[@]}"; do
	dir=$ROOT${page%/}
	mkdir -p "$dir"
	curl -fsS --compressed "$APP_BASE$page" -o "$dir/index.html"
	curl -fsS -H 'Accept-Encoding: gzip' -D "$dir/headers.txt" "$APP_BASE$page" -o "$dir/index.html.gz"
	tr -d '\r' <"$dir/headers.txt" | grep -qi '^content-encoding: *gzip' || die "the app sent no gzip body for $page"
	gzip -t "$dir/index.html.gz" || die "the app's gzip body for $page is not valid gzip"
	# Same mtime on both files: nginx's ETag comes from the served file's mtime and size.
	touch -r "$dir/index.html" "$dir/index.html.gz"
	log "page $page: $(wc -c <"$dir/index.html") bytes, gzip $(wc -c <"$dir/index.html.gz") bytes"
done

# nginx sends the app's extra response headers too (CSP, Permissions-Policy, Cache-Control...), so that both put
# about the same bytes on the wire. Headers nginx computes itself (length, type, ETag, Vary, Date...) are left out.
EXTRA_HEADERS=""
while IFS= read -r line; do
	name=${line%%:*}
	value=${line#*: }
	case ${name,,} in
		date | content-length | content-type | content-encoding | etag | vary | transfer-encoding | connection | \
			keep-alive | last-modified | accept-ranges | server) continue ;;
	esac
	[[ $value == *'$'* ]] && continue # would be read as an nginx variable
	value=${value//\\/\\\\}
	EXTRA_HEADERS+="        add_header $name \"${value//\"/\\\"}\";"$'\n'
done < <(tr -d '\r' <"$ROOT${PAGES[0]%/}/headers.txt" | grep -E '^[A-Za-z0-9-]+: ')

cat >"$NGINX_HOME/nginx.conf" <<EOF
# Written by bench/public-pages.sh for one run; everything lives in $NGINX_HOME.
daemon off;
worker_processes 2;
pid $NGINX_HOME/nginx.pid;
error_log $NGINX_HOME/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    # nginx's compiled-in temp paths are under /var/lib/nginx: keep them in the run's temp dir.
    client_body_temp_path $NGINX_HOME/temp/body;
    proxy_temp_path $NGINX_HOME/temp/proxy;
    fastcgi_temp_path $NGINX_HOME/temp/fastcgi;
    uwsgi_temp_path $NGINX_HOME/temp/uwsgi;
    scgi_temp_path $NGINX_HOME/temp/scgi;
    types {
        text/html html;
    }
    default_type application/octet-stream;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    gzip_static on;
    gzip_vary on;
    etag on;
    server_tokens off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $ROOT;
        # /conditions/depression is served from conditions/depression/index.html(.gz), without a redirect.
        location / {
            try_files \$uri/index.html =404;
        }
$EXTRA_HEADERS    }
}
EOF
start_nginx "$NGINX_HOME/nginx.conf"

# Both targets must answer 200 with the same gzip bytes, or the comparison means nothing.
for page in "${PAGES[@]}"; do
	for port in "$NGINX_PORT" "$APP_PORT"; do
		hdrs=$(curl -fsS -o "$BENCH_TMP/check.gz" -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$page" | tr -d '\r')
		grep -qi '^content-encoding: *gzip' <<<"$hdrs" || die "127.0.0.1:$port$page answered without gzip"
		cmp -s "$BENCH_TMP/check.gz" "$ROOT${page%/}/index.html.gz" || die "127.0.0.1:$port$page sent other bytes"
	done
done

# --- Load. -------------------------------------------------------------------------------------------------------
declare -A RPS P50 P99 ERRS OTHER
run_wrk() { # run_wrk TARGET PORT PAGE
	local target=$1 port=$2 page=$3 out
	local url="http://127.0.0.1:$port$page"
	# Unmeasured warm-up. The app's JIT needs it: on 2 cores shared with wrk, throughput still climbs for 30-40 s
	# after the first request (5 s windows measured: 180, 1400, 3200, 3600 ... 4800 req/s). nginx only needs its
	# connections and the page cache warm.
	local warmup=$WARMUP
	[[ $target == app ]] || warmup=$NGINX_WARMUP
	wrk -t"$THREADS" -c"$CONNS" -d"$warmup" -H 'Accept-Encoding: gzip' "$url" >/dev/null
	out=$BENCH_TMP/wrk-$target-$(tr -c 'a-z0-9\n' '_' <<<"$page").txt
	log "wrk $target $page: -t$THREADS -c$CONNS -d$DURATION"
	cpu_mark
	wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$url" | tee "$out" >&2
	cpu_other_pct
	OTHER[$target$page]=$CPU_OTHER_PCT
	local rps p50 p99 errs non
	read -r rps p50 p99 _ _ errs non < <(parse_wrk "$out")
	RPS[$target$page]=$rps P50[$target$page]=$p50 P99[$target$page]=$p99 ERRS[$target$page]=$((errs + non))
	((errs + non == 0)) || log "WARNING: $target $page: $errs socket errors, $non non-2xx/3xx answers"
}
for page in "${PAGES[@]}"; do
	run_wrk nginx "$NGINX_PORT" "$page"
	run_wrk app "$APP_PORT" "$page"
done

RSS_MB=$(rss_mb "$APP_PID")
stop_nginx

# --- Restart on the same, initialised data directory (skipped in smoke mode). ------------------------------------
stop_app
STOP_S=$APP_STOP_S
RESTART_READY_S="" RESTART_READY_OTHER=0
if [[ $SMOKE == 0 ]]; then
	start_app "$BENCH_TMP/app" "$APP_PORT" "$PG_PORT"
	RESTART_READY_S=$APP_READY_S
	RESTART_READY_OTHER=$APP_READY_OTHER_PCT
	stop_app
fi

# --- Report. -----------------------------------------------------------------------------------------------------
echo
echo "Public pages: wrk -t$THREADS -c$CONNS -d$DURATION --latency -H 'Accept-Encoding: gzip' (after a warm-up: app $WARMUP, nginx $NGINX_WARMUP)"
printf '%-26s %-6s %10s %9s %9s %7s %10s\n' page target req/s "p50 ms" "p99 ms" errors "other CPU"
MAX_OTHER=$((FIRST_READY_OTHER > RESTART_READY_OTHER ? FIRST_READY_OTHER : RESTART_READY_OTHER))
for page in "${PAGES[@]}"; do
	for target in nginx app; do
		k=$target$page
		printf '%-26s %-6s %10s %9s %9s %7s %9s%%\n' "$page" "$target" "${RPS[$k]}" "${P50[$k]}" "${P99[$k]}" \
			"${ERRS[$k]}" "${OTHER[$k]}"
		((OTHER[$k] <= MAX_OTHER)) || MAX_OTHER=${OTHER[$k]}
	done
done
if ((MAX_OTHER > OTHER_CPU_LIMIT_PCT)); then
	echo "WARNING: other work on the machine took up to $MAX_OTHER% of the CPU during this run: figures are skewed"
fi
echo
ratio_of() { awk -v a="${RPS[app$1]}" -v n="${RPS[nginx$1]}" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }'; }
for page in "${PAGES[@]}"; do
	ratio=$(ratio_of "$page")
	echo "$page: app/nginx req/s = $ratio (target >= $RATIO_TARGET): $(verdict "$(ge "$ratio" "$RATIO_TARGET")")"
	echo "$page: app p99 = ${P99[app$page]} ms (target <= $P99_TARGET_MS ms): $(verdict "$(le "${P99[app$page]}" "$P99_TARGET_MS")")"
done
echo "start-to-ready, first start (initialises the DB): $FIRST_READY_S s"
if [[ $SMOKE == 0 ]]; then
	echo "start-to-ready, restart (initialised DB): $RESTART_READY_S s"
else
	echo "start-to-ready, restart: skipped in smoke mode"
fi
echo "app RSS after the runs: $RSS_MB MB (the Java process; the embedded PostgreSQL not included)"
echo "app stop after the runs (SIGTERM to exit): $STOP_S"

for page in "${PAGES[@]}"; do
	ratio=$(ratio_of "$page")
	emit_row "$LABEL" "nginx req/s, $page (-c$CONNS, $DURATION)" "${RPS[nginx$page]}" "reference" "$COMMAND"
	emit_row "$LABEL" "nginx p50 / p99, $page" "${P50[nginx$page]} / ${P99[nginx$page]} ms" "reference" "$COMMAND"
	emit_row "$LABEL" "app req/s, $page (-c$CONNS, $DURATION)" "${RPS[app$page]}" "—" "$COMMAND"
	emit_row "$LABEL" "app p50 / p99, $page" "${P50[app$page]} / ${P99[app$page]} ms" \
		"p99 ≤ $P99_TARGET_MS ms: $(verdict "$(le "${P99[app$page]}" "$P99_TARGET_MS")")" "$COMMAND"
	emit_row "$LABEL" "app/nginx req/s, $page" "$ratio" "≥ $RATIO_TARGET: $(verdict "$(ge "$ratio" "$RATIO_TARGET")")" "$COMMAND"
done
emit_row "$LABEL" "start-to-ready, first start (DB init)" "$FIRST_READY_S s" "—" "$COMMAND"
if [[ $SMOKE == 0 ]]; then
	emit_row "$LABEL" "start-to-ready, restart (initialised DB)" "$RESTART_READY_S s" "—" "$COMMAND"
fi
emit_row "$LABEL" "app RSS after the runs (Java process)" "$RSS_MB MB" "≤ 400 MB: $(verdict "$(le "$RSS_MB" 400)")" "$COMMAND"
emit_row "$LABEL" "app stop after the runs (SIGTERM to exit)" "$STOP_S" "≤ 30 s" "$COMMAND"
emit_row "$LABEL" "other work on the machine (max CPU share during a measurement)" "$MAX_OTHER %" \
	"≤ $OTHER_CPU_LIMIT_PCT % for valid figures" "$COMMAND"
print_rows
