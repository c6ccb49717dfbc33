#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Benchmark `sockwatch report` on a synthetic record of EVENTS events
# (default 10 million, in 1M-event segments with a manifest, made by
# scripts/gen-record.py and cached in $BENCH_DIR between runs).
#
# Reports wall time, events/second, CPU time and peak RSS (/usr/bin/time -v)
# of the report as it runs (jsmn fast path, user/report/report_parse.c), then of
# the same report with json-c for every line (SOCKWATCH_REPORT_PARSER=json-c,
# the parser before the fast path; BENCH_JSONC=0 skips it), and the floors
# of scripts/bench-report.c, one thread: gunzip alone (the reader thread's
# share) and gunzip + json-c parsing alone.
#
#   scripts/bench-report.sh [SOCKWATCH] [EVENTS]
#   BENCH_DIR=/var/tmp/rec scripts/bench-report.sh build/sockwatch 1000000
set -eu

SW=${1:-build/sockwatch}
EVENTS=${2:-10000000}
BENCH_DIR=${BENCH_DIR:-build/bench-report}
REC=$BENCH_DIR/rec-$EVENTS
HERE=$(dirname "$0")

[ -x "$SW" ] || { echo "bench-report: $SW not built (make)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-report: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

if [ ! -f "$REC.complete" ]; then
	rm -rf "$REC"
	echo "generating $EVENTS events into $REC (once; cached)..." >&2
	python3 "$HERE/gen-record.py" "$REC" --events "$EVENTS" --segment-events 1000000
	touch "$REC.complete"  # beside, not in, the record: no extra file
fi

FLOOR=$BENCH_DIR/bench-report-floor
if [ ! -x "$FLOOR" ] || [ "$HERE/bench-report.c" -nt "$FLOOR" ]; then
	${CC:-cc} -O2 -Wall -Wextra -o "$FLOOR" "$HERE/bench-report.c" -ljson-c -lz
fi

field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
secs() { # h:mm:ss or m:ss.ss -> seconds
	echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}

T=$BENCH_DIR/time.txt
# run_report LABEL [VAR=VALUE]: one report, its line printed
run_report() {
	label=$1
	shift
	env "$@" /usr/bin/time -v "$SW" report "$REC" -f json -o "$BENCH_DIR/report.json" \
		2>"$T" || { cat "$T" >&2; echo "bench-report: report failed" >&2; exit 1; }
	wall=$(secs "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$T")")
	user=$(field 'User time (seconds)' "$T")
	sys=$(field 'System time (seconds)' "$T")
	rss=$(field 'Maximum resident set size (kbytes)' "$T")
	lines=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['events']['lines'])" "$BENCH_DIR/report.json")
	awk -v label="$label" -v ev="$EVENTS" -v lines="$lines" -v wall="$wall" -v user="$user" \
	    -v sys="$sys" -v rss="$rss" -v ncpu="$(nproc)" 'BEGIN {
		cpu = user + sys
		printf "sockwatch report (%s), %d events (%d lines), %d CPUs\n", label, ev, lines, ncpu
		printf "  wall            %8.2f s   %10.0f events/s\n", wall, ev / wall
		printf "  cpu             %8.2f s   (%.2f us per line)\n", cpu, cpu * 1e6 / lines
		printf "  peak RSS        %8.1f MiB\n", rss / 1024
	}'
}

run_report "jsmn fast path"
if [ "${BENCH_JSONC:-1}" != 0 ]; then
	run_report "json-c for every line" SOCKWATCH_REPORT_PARSER=json-c
fi

for mode in -z ""; do
	"$FLOOR" $mode "$REC"/seg-*.jsonl.gz >"$BENCH_DIR/floor.txt"
	awk -v what="${mode:+gunzip alone}" '{
		printf "%s, one thread\n", what == "" ? "gunzip + json-c parse alone" : what
		printf "  cpu             %8.2f s   (%.2f us per line)\n", $6, $6 * 1e6 / $2
	}' "$BENCH_DIR/floor.txt"
done
