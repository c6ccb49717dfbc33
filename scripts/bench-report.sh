#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Benchmark `sockwatch report` on a synthetic record of EVENTS events
# (default 10 million, in 1M-event segments with a manifest, made by
# scripts/gen-record.py and cached in $BENCH_DIR between runs).
#
# Reports wall time, events/second, CPU time and peak RSS (/usr/bin/time -v)
# of the report, and, for comparison, of gunzip + json-c parsing alone
# (scripts/bench-report.c): the share json-c takes of the report's CPU.
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

JSONC=$BENCH_DIR/bench-report-jsonc
if [ ! -x "$JSONC" ] || [ "$HERE/bench-report.c" -nt "$JSONC" ]; then
	${CC:-cc} -O2 -Wall -Wextra -o "$JSONC" "$HERE/bench-report.c" -ljson-c -lz
fi

field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
secs() { # h:mm:ss or m:ss.ss -> seconds
	echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}

T=$BENCH_DIR/time.txt
/usr/bin/time -v "$SW" report "$REC" -f json -o "$BENCH_DIR/report.json" 2>"$T" || {
	cat "$T" >&2; echo "bench-report: report failed" >&2; exit 1; }
wall=$(secs "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$T")")
user=$(field 'User time (seconds)' "$T")
sys=$(field 'System time (seconds)' "$T")
rss=$(field 'Maximum resident set size (kbytes)' "$T")
lines=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['events']['lines'])" "$BENCH_DIR/report.json")

/usr/bin/time -v "$JSONC" "$REC"/seg-*.jsonl.gz >"$BENCH_DIR/jsonc.txt" 2>"$T"
jwall=$(secs "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$T")")
jcpu=$(awk '{ print $6 }' "$BENCH_DIR/jsonc.txt")

awk -v ev="$EVENTS" -v lines="$lines" -v wall="$wall" -v user="$user" -v sys="$sys" \
    -v rss="$rss" -v jwall="$jwall" -v jcpu="$jcpu" -v ncpu="$(nproc)" 'BEGIN {
	cpu = user + sys
	printf "sockwatch report, %d events (%d lines), %d CPUs\n", ev, lines, ncpu
	printf "  wall            %8.2f s   %10.0f events/s\n", wall, ev / wall
	printf "  cpu             %8.2f s   (%.2f us per line)\n", cpu, cpu * 1e6 / lines
	printf "  peak RSS        %8.1f MiB\n", rss / 1024
	printf "gunzip + json-c parse alone, one thread\n"
	printf "  cpu             %8.2f s   (%.2f us per line) = %.0f%% of the report CPU\n", \
		jcpu, jcpu * 1e6 / lines, 100 * jcpu / cpu
	printf "  wall            %8.2f s\n", jwall
}'
