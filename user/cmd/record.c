// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * `sockwatch record -o DIR`: capture like `tail`, into a record directory
 * (record.h for the recorder, record.c for the line format, manifest.h for
 * the directory and its hash chain).
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "capture/capture.h"
#include "cmd/capture_cli.h"
#include "cmd/commands.h"
#include "common/diag.h"
#include "label/event.h"
#include "capture/filter.h"
#include "evidence/manifest.h"
#include "common/opts.h"
#include "common/privs.h"
#include "evidence/record.h"
#include "output/metrics.h"
#include "capture/selftest.h"
#include "capture/sock_holders.h"
#include "common/clock.h"

struct rec_run {
	struct recorder *rec;
	struct services *svc;
	struct sw_clock clock;
	struct ident *ident;
	const struct ident_filter *ident_filter;
	uint64_t count;   /* stop after this many; 0: never */
	uint64_t seen;
	bool failed;
	struct metrics *metrics; /* NULL: no --metrics/--metrics-file */
	struct selftest st;     /* proof of coverage, at start and each rotation */
	bool st_on;             /* its child runs */
	unsigned st_segment;    /* the segment the last test was begun in */
	struct holders_helper holders; /* reads /proc's fd links for snapshots */
};

#define DROP_HINT "recorded as drop lines; a larger --ring-size or narrower filters keep up"

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

static int on_event(void *ctx, const struct sw_event *e)
{
	struct rec_run *t = ctx;
	struct sw_labeled l;
	struct sw_ident who;

	if (t->st_on && e->netns == t->st.netns) {
		/* the selftest's own traffic proves coverage; it is not evidence */
		selftest_feed(&t->st, e);
		return 0;
	}
	if (t->count && t->seen >= t->count)
		return 1; /* --count reached: what comes after is not recorded */
	ident_resolve(t->ident, e, &who);
	if (!ident_filter_match(t->ident_filter, &who))
		return 0;
	sw_label(&l, e, sw_clock_wall(&t->clock, e->ts_ns), t->svc);
	l.who = &who;
	if (rec_event(t->rec, &l)) {
		t->failed = true;
		return 1;
	}
	metrics_event(t->metrics, &l);
	t->seen++;
	return t->count && t->seen >= t->count;
}

enum {
	OPT_FORCE = 0x200,
	OPT_ROTATE_SIZE,
	OPT_ROTATE_INTERVAL,
	OPT_KEEP,
	OPT_KEY_FILE,
	OPT_OUTPUT_UNDER,
};

static const struct cli_option record_options[] = {
	{ "output", 'o', required_argument, "DIR",
	  "record directory; created (mode 0700) if missing,\nelse it must be empty" },
	{ "output-under", OPT_OUTPUT_UNDER, required_argument, "PARENT",
	  "record into a new directory PARENT/<UTC start\ntime> (20261202T031500Z); PARENT is "
	  "created (0700)\nif missing. A restarted service never meets an\nearlier record" },
	{ "force", OPT_FORCE, no_argument, NULL,
	  "DIR holds a record already: delete that record's\nfiles (manifest, checkpoint, "
	  "segments) and start anew;\nany other file in DIR still makes record refuse" },
	{ "rotate-size", OPT_ROTATE_SIZE, required_argument, "SIZE",
	  "close a segment at this many compressed bytes: it\nends within 10% of SIZE "
	  "(default 64M; 0: never;\nminimum 4K; a segment's start and snapshot are\nnever split)" },
	{ "rotate-interval", OPT_ROTATE_INTERVAL, required_argument, "TIME",
	  "... or once a segment is this old (default 1h;\n0: never)" },
	{ "keep", OPT_KEEP, required_argument, "N",
	  "keep the newest N closed segments, delete older ones;\neach deletion is entered in "
	  "the manifest (default 0:\nkeep all)" },
	{ "key-file", OPT_KEY_FILE, required_argument, "FILE",
	  "write the seal key to FILE (created, mode 0600)\ninstead of showing it once on stderr; "
	  "an existing\ndirectory: to DIR/NAME.key, NAME the record\ndirectory's name (one key "
	  "per run of a service)" },
	{ "insecure-files", FILTER_OPT_INSECURE, no_argument, NULL,
	  "accept a DIR (or --services file) that others can\nwrite to; refused otherwise, as "
	  "they could swap the\nevidence" },
	{ NULL, 0, 0, NULL, NULL },
};

static const struct cli_option help_option[] = {
	{ "help", 'h', no_argument, NULL, "this help" },
	{ NULL, 0, 0, NULL, NULL },
};

static const struct cli_option *const option_groups[] = {
	record_options, capture_filter_options, capture_ident_options, capture_run_options,
	capture_metrics_options, help_option, NULL,
};

/* The selftest's result line, once decided, into the record. */
static int selftest_record(struct rec_run *t)
{
	char line[SELFTEST_LINE_MAX];
	uint64_t now = clock_wall_ns();
	size_t n = selftest_json(&t->st, line, sizeof(line), now);
	uint32_t seen = 0, na = 0;

	for (int p = 0; p < PATHOP_COUNT; p++) {
		seen |= (uint32_t)t->st.path[p].seen << p;
		na |= (uint32_t)t->st.path[p].na << p;
	}
	metrics_selftest(t->metrics, seen, na, (double)now / 1e9);
	/* a path no process here can take is no blind spot: the line says so */
	if (selftest_seen(&t->st) + selftest_na(&t->st) < PATHOP_COUNT)
		diag("selftest: %d of %d paths seen; the record says which are not proven",
		     selftest_seen(&t->st), PATHOP_COUNT);
	return n && rec_line(t->rec, line, n);
}

/* Between polls: decide a running test, begin one in each new segment. */
static int selftest_tick(struct rec_run *t)
{
	if (!t->st_on)
		return 0;
	if (t->st.running && selftest_step(&t->st) && selftest_record(t))
		return -1;
	if (!t->st.running && rec_segments(t->rec) != t->st_segment) {
		t->st_segment = rec_segments(t->rec);
		selftest_begin(&t->st);
	}
	/* a slow host can take longer than --rotate-interval over a test:
	 * its line still belongs to the segment it proves */
	rec_hold_rotation(t->rec, t->st.running);
	return 0;
}

static void usage(FILE *f)
{
	fputs("Usage: sockwatch record -o DIR|--output-under PARENT [OPTIONS]\n"
	      "Record socket events into DIR as evidence: gzip-compressed JSON Lines\n"
	      "segments (zcat DIR/seg-*.jsonl.gz | jq) and a manifest chaining the SHA-256\n"
	      "of every segment; 'sockwatch verify DIR' checks it. Each segment starts\n"
	      "with a record_start line and a snapshot of the sockets open at that time.\n"
	      "Needs root (CAP_BPF + CAP_PERFMON).\n"
	      "\nRecord:\n", f);
	cli_print_options(f, record_options);
	fputs("\nFilters (applied in the kernel; lists are comma-separated):\n", f);
	cli_print_options(f, capture_filter_options);
	fputs("\nFilters on who acted (in userspace, once the process is named):\n", f);
	cli_print_options(f, capture_ident_options);
	fputs("\nRun:\n", f);
	cli_print_options(f, capture_run_options);
	cli_print_options(f, help_option);
	fputs("\nMetrics (Prometheus text format; see sockwatch-record(8)):\n", f);
	cli_print_options(f, capture_metrics_options);
	fprintf(f, "\n"
"The manifest is sealed with a forward-secure key: its first value is shown\n"
"once at start (or written to --key-file). Keep it off this host; with it,\n"
"'sockwatch verify --key' proves nothing sealed before a compromise of this\n"
"host was changed, even by root.\n"
"\n"
"SIGINT, SIGTERM, SIGHUP, --duration and --count close the record cleanly.\n"
"Data is compressed, flushed and fdatasync'ed every %d ms: a crash loses at\n"
"most that much, every closed segment stays intact.\n"
"\n"
"Examples:\n"
"  sudo sockwatch record -o /var/log/sockwatch/rec1 -d 24h\n"
"  sudo sockwatch record -o rec --rotate-size 16M --keep 48 -e connect,accept\n"
"\n"
"Exit status: 0 ok, 1 runtime failure (DIR, disk, BPF), 2 usage error.\n",
		REC_FLUSH_MS);
}

/* The recorder's side of the run loop (cmd/capture_cli.h). */
static int after_poll(void *ctx)
{
	return ((struct rec_run *)ctx)->failed;
}

static uint64_t due_ms(void *ctx)
{
	return rec_due_ms(((struct rec_run *)ctx)->rec);
}

/* New kernel drops go into the record as drop lines. */
static int on_drops(void *ctx, uint64_t lost, uint64_t total)
{
	return rec_drop(((struct rec_run *)ctx)->rec, lost, total) ? -1 : 0;
}

/* segments and the last flush, for --metrics */
static void record_metrics(struct rec_run *t)
{
	uint64_t flush_ms;
	double flush_unix = 0;

	if (!t->metrics || !t->rec)
		return;
	if ((flush_ms = rec_last_flush_ms(t->rec)))
		flush_unix = (double)sw_clock_wall(&t->clock, flush_ms * 1000000) / 1e9;
	metrics_record(t->metrics, rec_segments(t->rec), flush_unix);
}

static int tick(void *ctx)
{
	struct rec_run *t = ctx;

	if (rec_tick(t->rec) || selftest_tick(t))
		return -1;
	record_metrics(t);
	return 0;
}

/* --output-under PARENT: make PARENT/<UTC time> (a -N suffix if a record
 * started in the same second), so each run of a service has a directory of
 * its own and never needs --force over an earlier record. */
static int make_run_dir(const char *parent, char *path, size_t len, char *err, size_t errlen)
{
	char stamp[CLOCK_RFC3339_LEN];
	size_t k = 0;

	if (mkdir(parent, 0700) && errno != EEXIST) {
		snprintf(err, errlen, "--output-under: cannot create %.256s: %s", parent,
			 strerror(errno));
		return -1;
	}
	/* the one RFC 3339 text, in its basic form for a file name:
	 * 2026-11-25T10:09:06Z -> 20261125T100906Z */
	clock_rfc3339(stamp, (int64_t)clock_wall_ns(), 0);
	for (size_t i = 0; stamp[i]; i++)
		if (stamp[i] != '-' && stamp[i] != ':')
			stamp[k++] = stamp[i];
	stamp[k] = '\0';
	for (int n = 0; n < 100; n++) {
		int w = n ? snprintf(path, len, "%s/%s-%d", parent, stamp, n)
			  : snprintf(path, len, "%s/%s", parent, stamp);
		if (w < 0 || (size_t)w >= len) {
			snprintf(err, errlen, "--output-under: directory name too long");
			return -1;
		}
		if (mkdir(path, 0700) == 0)
			return 0;
		if (errno != EEXIST) {
			snprintf(err, errlen, "--output-under: cannot create %.256s: %s", path,
				 strerror(errno));
			return -1;
		}
	}
	snprintf(err, errlen, "--output-under: %.256s/%s-1..99 all exist", parent, stamp);
	return -1;
}

/* --key-file DIR: the key of record D goes to DIR/basename(D).key, so a
 * service that starts a record per run (--output-under) needs no new name
 * each time and never meets an earlier key. True when key_file is a
 * directory and path was made. */
static bool key_file_in_dir(const char *key_file, const char *rec_dir, char *path, size_t len)
{
	const char *base;
	size_t n = strlen(rec_dir);
	struct stat st;
	int w;

	if (stat(key_file, &st) || !S_ISDIR(st.st_mode))
		return false;
	while (n > 1 && rec_dir[n - 1] == '/') /* "rec/" is named rec */
		n--;
	for (base = rec_dir + n; base > rec_dir && base[-1] != '/'; base--)
		;
	w = snprintf(path, len, "%s/%.*s.key", key_file, (int)(rec_dir + n - base), base);
	return w > 0 && (size_t)w < len;
}

static const char *signal_reason(int sig)
{
	switch (sig) {
	case SIGINT: return "sigint";
	case SIGTERM: return "sigterm";
	case SIGHUP: return "sighup";
	default: return "signal";
	}
}

int cmd_record(int argc, char **argv)
{
	struct capture_opts copts = {
		.ring_bytes = CAPTURE_DEFAULT_RING,
		.latency_ms = CAPTURE_DEFAULT_LATENCY_MS,
	};
	struct rec_opts ro = {
		.rotate_size = REC_DEFAULT_ROTATE_SIZE,
		.rotate_ms = REC_DEFAULT_ROTATE_MS,
		.level = REC_LEVEL,
		.argc = argc,
		.argv = argv,
	};
	struct privs_target target;
	struct filter_opts fopts = {0};
	struct rec_run t = {0};
	struct capture *cap = NULL;
	struct run_limits lim = {0};
	uint64_t v, drops = 0;
	const char *reason = NULL, *under = NULL;
	char err[OPT_ERR_LEN + 512], run_dir[4096], key_path[4096 + 8];
	int opt, rc = EXIT_RUNTIME, r;

	struct cli_getopt g;

	cli_getopt_build(&g, option_groups);
	opterr = 0; /* one line of our own, not getopt's and ours */
	while ((opt = getopt_long(argc, argv, g.shorts, g.longs, NULL)) != -1) {
		switch (opt) {
		case 'o':
			if (!*optarg) {
				diag("--output: empty directory name");
				return EXIT_USAGE;
			}
			ro.dir = optarg;
			break;
		case OPT_OUTPUT_UNDER:
			if (!*optarg) {
				diag("--output-under: empty directory name");
				return EXIT_USAGE;
			}
			under = optarg;
			break;
		case OPT_FORCE:
			ro.force = true;
			break;
		case OPT_ROTATE_SIZE:
			if (opt_size(optarg, 0, 1ull << 40, &ro.rotate_size, err)) {
				diag("--rotate-size: %s", err);
				return EXIT_USAGE;
			}
			if (ro.rotate_size && ro.rotate_size < REC_MIN_ROTATE_SIZE) {
				diag("--rotate-size: at least 4K (or 0: never)");
				return EXIT_USAGE;
			}
			break;
		case OPT_ROTATE_INTERVAL:
			if (!strcmp(optarg, "0")) {
				ro.rotate_ms = 0;
				break;
			}
			if (opt_duration_ms(optarg, 366ull * 24 * 3600 * 1000, &ro.rotate_ms, err) ||
			    ro.rotate_ms < 1000) {
				diag("--rotate-interval: %s",
				     ro.rotate_ms ? "at least 1s (or 0: never)" : err);
				return EXIT_USAGE;
			}
			break;
		case OPT_KEY_FILE:
			if (!*optarg) {
				diag("--key-file: empty file name");
				return EXIT_USAGE;
			}
			ro.key_file = optarg;
			break;
		case OPT_KEEP:
			if (opt_uint(optarg, 0, 1000000, &v, err)) {
				diag("--keep: %s", err);
				return EXIT_USAGE;
			}
			ro.keep = (unsigned)v;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			r = capture_cli_opt("record", opt, argv, &copts, &lim, &fopts);
			if (r >= 0)
				return r;
			break;
		}
	}
	if (optind < argc) {
		diag("unexpected argument '%s' (try 'sockwatch record --help')", argv[optind]);
		return EXIT_USAGE;
	}
	t.count = lim.count;
	if (!ro.dir == !under) {
		diag("record needs one of -o DIR and --output-under PARENT "
		     "(try 'sockwatch record --help')");
		return EXIT_USAGE;
	}
	r = filter_finish(&fopts, &copts.filter, &t.svc, err, sizeof(err));
	if (r) {
		diag("%s", err);
		return r == -2 ? EXIT_RUNTIME : EXIT_USAGE;
	}
	ro.svc = t.svc;
	r = capture_metrics_open(&t.metrics, "record", &lim);
	if (r) {
		services_free(t.svc);
		return r;
	}
	t.ident = ident_new(proc_cache_new());
	if (!t.ident || !ident_procs(t.ident)) {
		diag("out of memory");
		ident_free(t.ident);
		services_free(t.svc);
		return EXIT_RUNTIME;
	}
	t.ident_filter = &fopts.ident;
	ro.ident = t.ident;
	ro.holders = &t.holders;
	/* A kernel below the floor gets its one line before a record is begun. */
	if (capture_check_kernel(err, sizeof(err))) {
		diag("%s", err);
		goto out;
	}
	if (under) {
		if (make_run_dir(under, run_dir, sizeof(run_dir), err, sizeof(err))) {
			diag("%s", err);
			goto out;
		}
		ro.dir = run_dir;
	}
	if (ro.key_file && key_file_in_dir(ro.key_file, ro.dir, key_path, sizeof(key_path)))
		ro.key_file = key_path;

	/* The directory first: its errors need no BPF and must not leave any. */
	if (rec_open(&t.rec, &ro, err, sizeof(err))) {
		diag("%s", err);
		goto out;
	}
	/* Each segment's snapshot names the sockets' holders, and after the
	 * first one this process has no capability left to read them. */
	if (holders_helper_spawn(&t.holders, err, sizeof(err)))
		diag("warning: snapshots of later segments will name no owners: %s", err);
	sw_clock_sync(&t.clock);

	struct sigaction sa = { .sa_handler = on_signal };
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	copts.proc_fn = proc_cache_on_record;
	copts.proc_ctx = ident_procs(t.ident);
	r = capture_open(&cap, &copts, on_event, &t, err, sizeof(err));
	if (r) {
		diag("%s", err);
		goto out;
	}
	proc_cache_seed(ident_procs(t.ident), "/proc");
	if (rec_start(t.rec)) {
		diag("%s", rec_error(t.rec));
		goto out;
	}
	/* The snapshot needed root to read other users' /proc fds; from here on
	 * only the ring and DIR matter (later snapshots ask the holders
	 * helper). uid 0 stays, since DIR and the files it will create are
	 * root's 0700/0640, but every capability goes. */
	tzset();
	if (privs_resolve("root", &target, err, sizeof(err))) {
		diag("%s", err);
		goto out;
	}
	/* Its namespace needs privilege, its rounds none: made now, it then
	 * drops to the same target and waits for each test. */
	if (selftest_spawn(&t.st, &target, err, sizeof(err))) {
		diag("%s; the record will say coverage was not proven", err);
		for (int p = 0; p < PATHOP_COUNT; p++)
			snprintf(t.st.path[p].error, sizeof(t.st.path[p].error), "%.150s", err);
		if (selftest_record(&t)) {
			diag("%s", rec_error(t.rec));
			goto out;
		}
	} else {
		t.st_on = true;
		t.st.fexit = capture_fexit(cap);
		capture_exempt_pid(cap, (uint32_t)t.st.child);
	}
	struct capture_run run = {
		.cap = cap, .clock = &t.clock, .latency_ms = copts.latency_ms,
		.duration_ms = lim.duration_ms, .count = t.count, .seen = &t.seen,
		.stop = &stop_signal, .metrics = t.metrics,
	};

	record_metrics(&t);
	if (capture_run_start(&run, &target))
		goto out;
	diag("attached to %s; recording to %s; Ctrl-C to stop", capture_describe(cap),
	     rec_dir(t.rec));
	const struct capture_sink sink = {
		.ctx = &t, .after_poll = after_poll, .due_ms = due_ms, .on_drops = on_drops,
		.tick = tick, .drop_hint = DROP_HINT,
	};

	switch (capture_run(&run, &sink)) {
	case CAPTURE_END_ERROR:
		/* close what we have cleanly; the stop reason says why */
		diag("reading the ring buffer failed: %s", strerror(-run.error));
		if (rec_close(t.rec, "error", run.drops))
			diag("%s", rec_error(t.rec));
		goto out;
	case CAPTURE_END_SIGNAL: reason = signal_reason(stop_signal); break;
	case CAPTURE_END_DURATION: reason = "duration"; break;
	case CAPTURE_END_COUNT: reason = "count"; break;
	case CAPTURE_END_SINK: break;
	}
	/* A test still running is decided first (a few seconds at most):
	 * a record that stops early still says what it proved. */
	for (uint64_t until = clock_mono_ms() + 5000; t.st_on && t.st.running &&
	     !t.failed && clock_mono_ms() < until;) {
		capture_poll(cap, 20);
		if (tick(&t))
			break;
	}
	if (t.failed || rec_tick(t.rec) || capture_run_drops(&run, &sink) ||
	    rec_close(t.rec, reason ? reason : "error", run.drops)) {
		diag("%s; record stopped: closed segments stay valid, the open one up to its "
		     "last flush", rec_error(t.rec));
		goto out;
	}
	drops = run.drops;
	if (drops)
		capture_report_drops(cap, drops, "in total ", DROP_HINT);
	diag("closed %s: %u segment%s, manifest chain head %s", rec_dir(t.rec),
	     rec_segments(t.rec), rec_segments(t.rec) == 1 ? "" : "s", rec_chain_head(t.rec));
	diag("%llu event%s, %llu dropped", (unsigned long long)rec_events(t.rec),
	     rec_events(t.rec) == 1 ? "" : "s",
	     (unsigned long long)drops);
	rc = EXIT_OK;
out:
	holders_helper_close(&t.holders);
	if (t.st_on)
		selftest_close(&t.st);
	record_metrics(&t);
	if (capture_metrics_close(t.metrics, cap))
		rc = EXIT_RUNTIME;
	capture_close(cap);
	ident_free(t.ident);
	rec_free(t.rec);
	services_free(t.svc);
	return rc;
}
