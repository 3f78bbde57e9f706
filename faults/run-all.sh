#!/usr/bin/env bash
# Runs every fault test in turn with the same flags and prints which passed. Each is also one command on its own.
#
# Usage: faults/run-all.sh [--smoke]
#   Environment as for the single scripts (BENCH_SKIP_BUILD, BENCH_KEEP, BENCH_JAVA_OPTS, their ports).
#
# Exit status 1 when any fault test failed or could not run.
set -euo pipefail
FAULTS_DIR=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.sh
source "$FAULTS_DIR/../bench/lib.sh"
parse_flags "$@"
flags=()
[[ $SMOKE == 1 ]] && flags+=(--smoke)

build_jar # once, here
export BENCH_SKIP_BUILD=1

results=()
failed=0
for script in kill-during-submissions.sh postgres-restart.sh sms-provider-outage.sh graceful-shutdown.sh two-instances.sh; do
	log "=== faults/$script ${flags[*]}"
	t0=$SECONDS
	if "$FAULTS_DIR/$script" "${flags[@]}"; then
		results+=("| \`faults/$script${flags[*]:+ ${flags[*]}}\` | PASS | $((SECONDS - t0)) s |")
	else
		results+=("| \`faults/$script${flags[*]:+ ${flags[*]}}\` | FAIL (exit $?) | $((SECONDS - t0)) s |")
		failed=1
	fi
done

echo
echo "Fault tests ($(date '+%F %H:%M'), $(machine_desc)):"
echo "| fault test | result | took |"
echo "| --- | --- | --- |"
printf '%s\n' "${results[@]}"
exit "$failed"
