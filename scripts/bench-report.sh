#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# Benchmark `sockwatch report` against `gzip -dc` of the same segments, in
# the same run: the report's wall time over a synthetic record of EVENTS
# events (default 10 million, 1M-event segments written as the recorder
# writes them, scripts/gen-record.py) divided by the wall time of
# `gzip -dc` of those segments to /dev/null. Absolute times do not carry
# between machines here; this ratio, measured side by side, does. The two
# alternate for ROUNDS rounds (default 3); the median ratio is the result.
#
# The record is generated once and cached in $BENCH_DIR (default
# /var/tmp/sockwatch-bench, outside the tree: `make clean` keeps it).
# BENCH_LEGACY=1 also times the same lines as one gzip stream per segment
# (records written before segments were sized members: zlib, streamed).
# BENCH_JSONC=1 also times the report parsing every line with json-c, and
# compares the two reports of the whole record (by default only the first
# segment's are compared).
#
#   scripts/bench-report.sh [SOCKWATCH] [EVENTS]
#   BENCH_DIR=/tmp/rec ROUNDS=5 scripts/bench-report.sh build/sockwatch 1000000
set -eu

SW=${1:-build/sockwatch}
EVENTS=${2:-10000000}
BENCH_DIR=${BENCH_DIR:-/var/tmp/sockwatch-bench}
ROUNDS=${ROUNDS:-3}
HERE=$(dirname "$0")

[ -x "$SW" ] || { echo "bench-report: $SW not built (make)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-report: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

# record FORMAT: the cached record's directory, generated if missing
record() {
	rec=$BENCH_DIR/rec-$1-$EVENTS
	if [ ! -f "$rec.complete" ]; then
		rm -rf "$rec"
		echo "bench-report: generating $EVENTS events into $rec (once; cached)..." >&2
		# shellcheck disable=SC2046
		python3 "$HERE/gen-record.py" "$rec" --events "$EVENTS" --segment-events 1000000 \
			$( [ "$1" = legacy ] && echo --legacy ) >&2
		touch "$rec.complete"  # beside, not in, the record: no extra file
	fi
	echo "$rec"
}

field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
secs() { # h:mm:ss or m:ss.ss -> seconds
	echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
median() {
	echo "$@" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 }
		END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

T=$BENCH_DIR/time.txt
# timed LABEL CMD...: run it under /usr/bin/time; sets wall, cpu, rss
timed() {
	label=$1
	shift
	/usr/bin/time -v "$@" 2>"$T" >/dev/null || {
		# the report exits 1 for a partial record: the generated one is whole
		cat "$T" >&2
		echo "bench-report: $label failed" >&2
		exit 1
	}
	wall=$(secs "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$T")")
	cpu=$(awk -v u="$(field 'User time (seconds)' "$T")" -v s="$(field 'System time (seconds)' "$T")" \
		'BEGIN { print u + s }')
	rss=$(field 'Maximum resident set size (kbytes)' "$T")
}

# side_by_side FORMAT: ROUNDS rounds of report and gzip -dc, then the ratio
side_by_side() {
	rec=$(record "$1")
	size=$(cat "$rec"/seg-*.jsonl.gz | wc -c)
	nseg=$(ls "$rec"/seg-*.jsonl.gz | wc -l)
	echo "sockwatch report vs gzip -dc, $1 segments: $EVENTS events, $nseg segments," \
		"$((size >> 20)) MiB of gzip, $(nproc) CPUs; load average before: $(loadavg)"
	ratios="" cpus=""
	r=1
	while [ "$r" -le "$ROUNDS" ]; do
		timed "report" "$SW" report "$rec" -f json -o "$BENCH_DIR/report.json"
		rwall=$wall rcpu=$cpu rrss=$rss
		# shellcheck disable=SC2046
		timed "gzip -dc" sh -c 'exec gzip -dc "$@" >/dev/null' gzip $(ls "$rec"/seg-*.jsonl.gz)
		ratio=$(awk -v a="$rwall" -v b="$wall" 'BEGIN { printf "%.2f", a / b }')
		ratios="$ratios $ratio"
		cpus="$cpus $(awk -v a="$rcpu" -v b="$cpu" 'BEGIN { printf "%.2f", a / b }')"
		printf '  round %d: report %6.2f s wall, %6.2f s CPU, %5.1f MiB peak;' \
			"$r" "$rwall" "$rcpu" "$(awk -v k="$rrss" 'BEGIN { print k / 1024 }')"
		printf ' gzip -dc %6.2f s wall, %6.2f s CPU; wall ratio %s  (load %s)\n' \
			"$wall" "$cpu" "$ratio" "$(loadavg)"
		r=$((r + 1))
	done
	lines=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['events']['lines'])" \
		"$BENCH_DIR/report.json")
	echo "  report / gzip -dc wall time, median of $ROUNDS: $(median $ratios)  (target <= 0.5;" \
		"report read $lines lines)"
	echo "  report / gzip -dc CPU time, median of $ROUNDS: $(median $cpus)  (the report's work" \
		"on all its threads against gzip's; the wall ratio needs $(nproc) idle CPUs to be" \
		"this over $(nproc))"
}

# same_numbers LABEL A B: the two reports, less when they were made, are one
same_numbers() {
	grep -v '"generated_' "$2" >"$2.cmp"
	grep -v '"generated_' "$3" >"$3.cmp"
	if cmp -s "$2.cmp" "$3.cmp"; then
		echo "  $1: identical"
	else
		echo "  $1: DIFFERENT (diff $2 $3)"
		status=1
	fi
}

status=0
side_by_side members
# The report's numbers do not depend on its parser: its fast path against
# json-c reading every line (the report's reference reader), on the first
# segment (json-c takes several times as long; BENCH_JSONC=1 compares the
# whole record). A correctness check, not a timing.
rec=$(record members)
"$SW" report "$rec/seg-000001.jsonl.gz" -f json -o "$BENCH_DIR/seg1-fast.json" || true
SOCKWATCH_REPORT_PARSER=json-c "$SW" report "$rec/seg-000001.jsonl.gz" -f json \
	-o "$BENCH_DIR/seg1-jsonc.json" || true
same_numbers "report of the first segment, fast path against json-c for every line" \
	"$BENCH_DIR/seg1-fast.json" "$BENCH_DIR/seg1-jsonc.json"
if [ "${BENCH_LEGACY:-0}" != 0 ]; then
	side_by_side legacy
fi
if [ "${BENCH_JSONC:-0}" != 0 ]; then
	rec=$(record members)
	"$SW" report "$rec" -f json -o "$BENCH_DIR/report.json" || true
	SOCKWATCH_REPORT_PARSER=json-c timed "report (json-c)" "$SW" report "$rec" -f json \
		-o "$BENCH_DIR/report-jsonc.json"
	echo "sockwatch report parsing every line with json-c: $wall s wall, $cpu s CPU"
	same_numbers "report of the whole record, fast path against json-c for every line" \
		"$BENCH_DIR/report.json" "$BENCH_DIR/report-jsonc.json"
fi
exit $status
