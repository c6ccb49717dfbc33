#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# Fuzz sockwatch's parsers and writers with libFuzzer (what `make fuzz` runs).
#
#   scripts/fuzz.sh                      build and run every target
#   scripts/fuzz.sh fuzz_opts fuzz_output   only these
#   FUZZ_SECONDS=600 scripts/fuzz.sh     longer runs (default 30 s each)
#   FUZZ_BUILD_ONLY=1 scripts/fuzz.sh    build, do not run
#   FUZZ_CFLAGS=-D... scripts/fuzz.sh    extra compiler flags (a target's
#                                        switches are described in it)
#   scripts/fuzz.sh --merge TARGET       minimise a long run's findings into
#                                        the committed seeds (see below)
#
# Targets are tests/fuzz/fuzz_*.c, one per parser or writer; each says at
# its top what it feeds and what it checks. A target may name extra
# libFuzzer flags on a line "fuzz-args: ..." in that comment.
#
# Build: clang with -fsanitize=fuzzer,address,undefined -g -O1, UBSan
# made fatal. The user/*/*.c sources (not cmd/, not capture/capture.c,
# which needs the BPF skeleton) are compiled with the same sanitizers into
# build/fuzz/libsw.a, so each target links only the modules it calls.
# A source that does not compile is skipped with a warning; only the
# targets that need it then fail to link.
#
# Run: each target for FUZZ_SECONDS (-max_total_time) on a copy of its
# seeds tests/fuzz/corpus/TARGET/ in build/fuzz/run/TARGET/, so the
# committed seeds are never touched. Printed per target: runs, exec/s,
# coverage (edges, features), corpus size and crashes. Crash, leak,
# timeout and OOM inputs are copied to tests/fuzz/crashes/TARGET/; the
# script exits 1 if any target crashed or failed to build.
#
# A crash found here becomes a regression test: minimise it
#   build/fuzz/TARGET -minimize_crash=1 -runs=10000 -exact_artifact_path=min \
#       tests/fuzz/crashes/TARGET/crash-...
# and put the result in tests/fuzz/regressions/TARGET/ under a name that
# says what it was; tests/unit/test_fuzz_regressions.c replays every file
# there, and the seeds, through the same entry points and checks in
# `make unit` / `make test` (without sanitizers there: a bug only ASan or
# UBSan sees fails only under SANITIZE=1, or here). A file whose name ends
# in ".open" is a bug not fixed yet: it is listed as skipped rather than
# run, until renamed. A new target must be added to the list in that test.
#
# The targets' relaxing switches (OPTF_*, SNAPF_*, RESC_*, MFF_*; each is
# explained in its target) were for bugs that are fixed now; they remain
# for fuzzing past a future known bug while its fix is pending.
#
# --merge TARGET: after a long run, fold the scratch corpus back into the
# seeds, keeping only inputs that add coverage (libFuzzer -merge=1). Keep
# tests/fuzz/corpus under 1 MB in all.
#
# Needs clang with its runtime (Debian: clang, libclang-rt-14-dev), and
# libjson-c-dev, zlib1g-dev, libdeflate-dev, nettle-dev as for the normal build.
# Flags live in plain variables, split on purpose; -nt is in dash and bash.
# shellcheck disable=SC2086,SC2089,SC2090,SC3013,SC2012
set -eu

cd "$(dirname "$0")/.."

CLANG=${CLANG:-clang}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
OUT=build/fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFLAGS_F="-g -O1 -std=gnu11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter \
	-Iuser -Ibpf -I$OUT -DSOCKWATCH_VERSION=\"fuzz\""
EXTRA=${FUZZ_CFLAGS:-}
CLANGXX=${CLANGXX:-clang++}
CXXFLAGS_F="-g -O1 -std=gnu++17 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -fno-exceptions \
	-Iuser"
# after $SAN: the C++ parts of UBSan need its C++ runtime, which a C link leaves out
NO_SAN_CXX="-fno-sanitize=vptr,function"
LIBS="-ljson-c -lz -ldeflate -lnettle -lsimdjson -lstdc++ -luring -lpthread -lm -lcap"

die() { echo "fuzz.sh: $*" >&2; exit 2; }

merge=""
if [ "${1:-}" = "--merge" ]; then
	[ $# -eq 2 ] || die "usage: $0 --merge TARGET"
	merge=$2
	shift 2
	set -- "$merge"
fi

# ---- which targets ----------------------------------------------------------
if [ $# -gt 0 ]; then
	targets=""
	for t in "$@"; do
		t=${t%.c}
		t=${t##*/}
		[ -f "tests/fuzz/$t.c" ] || die "no target tests/fuzz/$t.c"
		targets="$targets $t"
	done
else
	targets=$(for f in tests/fuzz/fuzz_*.c; do basename "$f" .c; done)
fi
[ -n "$targets" ] || die "no targets in tests/fuzz/"

# ---- toolchain check --------------------------------------------------------
mkdir -p "$OUT/obj"
probe="$OUT/probe"
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' \
	>"$probe.c"
if ! $CLANG -fsanitize=fuzzer $SAN "$probe.c" -o "$probe" 2>"$probe.log"; then
	cat "$probe.log" >&2
	die "$CLANG cannot build a libFuzzer target; on Debian install clang and libclang-rt-14-dev"
fi

# ---- library: user/*/*.c with the sanitizers ----------------------------------
objs=""
newest_h=$(ls -t user/*/*.h bpf/*.h 2>/dev/null | head -n 1)
# different flags than last time: rebuild everything
if [ "$(cat "$OUT/obj/flags" 2>/dev/null)" != "$CLANG $CFLAGS_F $CLANGXX $CXXFLAGS_F $NO_SAN_CXX $SAN $EXTRA" ]; then
	rm -f "$OUT"/obj/*.o
	echo "$CLANG $CFLAGS_F $CLANGXX $CXXFLAGS_F $NO_SAN_CXX $SAN $EXTRA" >"$OUT/obj/flags"
fi
for src in user/*/*.c user/*/*.cpp; do
	# commands, and the files built on generated headers (the BPF skeletons,
	# the ClickHouse schema): no target reads them
	case $src in
	user/cmd/*|user/capture/capture.c|user/capture/proc_track.c|user/fleet/ch_schema.c) continue ;;
	esac
	# the one C++ file (the report's simdjson fast path, report_sj.cpp)
	cc="$CLANG $CFLAGS_F" nosan=""
	case $src in *.cpp) cc="$CLANGXX $CXXFLAGS_F" nosan=$NO_SAN_CXX ;; esac
	name=$(basename "$(dirname "$src")")_$(basename "${src%.*}")
	obj="$OUT/obj/$name.o"
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_h" -nt "$obj" ]; then
		printf '  %-8s %s\n' CC-FUZZ "$obj"
		if ! $cc $SAN $nosan -fsanitize=fuzzer-no-link $EXTRA -c "$src" -o "$obj" \
			2>"$OUT/obj/$name.log"; then
			echo "fuzz.sh: warning: $src does not compile; skipped (see $OUT/obj/$name.log)" >&2
			rm -f "$obj"
			continue
		fi
	fi
	objs="$objs $obj"
done
# the archive is remade only when an object is newer (or the set changed),
# so two runs for different targets can share build/fuzz/
echo "$objs" >"$OUT/objs.new"
stale=0
[ -f "$OUT/libsw.a" ] && cmp -s "$OUT/objs.new" "$OUT/objs" || stale=1
for o in $objs; do [ "$o" -nt "$OUT/libsw.a" ] && stale=1; done
if [ $stale = 1 ]; then
	rm -f "$OUT/libsw.a"
	ar rcs "$OUT/libsw.a" $objs
	mv "$OUT/objs.new" "$OUT/objs"
fi

# ---- targets ----------------------------------------------------------------
failed=0
built=""
for t in $targets; do
	printf '  %-8s %s\n' FUZZ-LD "$OUT/$t"
	if $CLANG $CFLAGS_F $SAN -fsanitize=fuzzer "tests/fuzz/$t.c" "$OUT/libsw.a" $LIBS \
		$EXTRA -o "$OUT/$t" 2>"$OUT/$t.build.log"; then
		built="$built $t"
	else
		cat "$OUT/$t.build.log" >&2
		echo "fuzz.sh: $t: build failed" >&2
		failed=1
	fi
done
[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && exit $failed

# ---- merge ------------------------------------------------------------------
if [ -n "$merge" ]; then
	run="$OUT/run/$merge/corpus"
	[ -d "$run" ] || die "no scratch corpus $run: run the target first"
	mkdir -p "tests/fuzz/corpus/$merge"
	"$OUT/$merge" -merge=1 "tests/fuzz/corpus/$merge" "$run" 2>"$OUT/$merge.merge.log" ||
		die "merge failed, see $OUT/$merge.merge.log"
	du -sh tests/fuzz/corpus
	exit 0
fi

# ---- run --------------------------------------------------------------------
printf '\n%-16s %10s %8s %7s %7s %7s %s\n' TARGET RUNS EXEC/S COV FT CORPUS CRASHES
for t in $built; do
	run="$OUT/run/$t"
	rm -rf "$run"
	mkdir -p "$run/corpus" "$run/crashes"
	if [ -d "tests/fuzz/corpus/$t" ]; then
		cp -R "tests/fuzz/corpus/$t/." "$run/corpus/"
	fi
	args=$(sed -n 's/^.*fuzz-args:[[:space:]]*//p' "tests/fuzz/$t.c" | head -n 1)
	set +e
	"$OUT/$t" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=4096 \
		-print_final_stats=1 -artifact_prefix="$run/crashes/" $args \
		"$run/corpus" >"$run/log" 2>&1 </dev/null
	rc=$?
	set -e
	runs=$(LC_ALL=C sed -n 's/^stat::number_of_executed_units: *//p' "$run/log" | tail -n 1)
	eps=$(LC_ALL=C sed -n 's/^stat::average_exec_per_sec: *//p' "$run/log" | tail -n 1)
	cov=$(grep -a -o 'cov: [0-9]*' "$run/log" | tail -n 1 | cut -d' ' -f2)
	ft=$(grep -a -o 'ft: [0-9]*' "$run/log" | tail -n 1 | cut -d' ' -f2)
	corp=$(ls "$run/corpus" | wc -l)
	ncrash=$(ls "$run/crashes" | wc -l)
	if [ "$ncrash" -gt 0 ] || [ $rc -ne 0 ]; then
		failed=1
		mkdir -p "tests/fuzz/crashes/$t"
		cp "$run"/crashes/* "tests/fuzz/crashes/$t/" 2>/dev/null || true
		[ "$ncrash" -gt 0 ] || ncrash="exit $rc"
	fi
	printf '%-16s %10s %8s %7s %7s %7s %s\n' "$t" "${runs:-?}" "${eps:-?}" "${cov:-?}" \
		"${ft:-?}" "$corp" "$ncrash"
	if [ "$ncrash" != 0 ]; then
		grep -a -m 3 -E '^==[0-9]+==ERROR|runtime error|^fuzz: |Test unit written' "$run/log" |
			sed 's/^/    /' || true
		echo "    log: $run/log; inputs: tests/fuzz/crashes/$t/"
	fi
done
exit $failed
