/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What tail and record share as commands: the one run loop around a
 * capture. Each brings only what it does with events (its on_event, given
 * to capture_open) and a sink: what to do after each read of the ring,
 * when it next needs waking, and what to do with new kernel drops.
 */
#ifndef SOCKWATCH_CAPTURE_CLI_H
#define SOCKWATCH_CAPTURE_CLI_H

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>

#include "capture/capture.h"
#include "capture/filter.h"
#include "common/clock.h"
#include "common/privs.h"

struct capture_sink {
	void *ctx;
	/* After each read of the ring: flush, check the output. Non-zero stops
	 * the run (CAPTURE_END_SINK). */
	int (*after_poll)(void *ctx);
	/* Milliseconds until the sink next needs a wake-up; NULL: never. */
	uint64_t (*due_ms)(void *ctx);
	/* Once a second, when the kernel's drop total grew (it is reported on
	 * stderr first, with hint). Non-zero stops the run. */
	int (*on_drops)(void *ctx, uint64_t lost, uint64_t total);
	/* Once per loop, after the rest: periodic work. Non-zero stops. */
	int (*tick)(void *ctx);
	const char *drop_hint;
};

struct capture_run {
	struct capture *cap;
	struct sw_clock *clock;        /* resynced once a second */
	unsigned latency_ms;           /* 0: every event wakes the reader */
	uint64_t duration_ms;          /* 0: until a signal */
	uint64_t count;                /* 0: no limit */
	const uint64_t *seen;          /* events taken so far, for count */
	volatile sig_atomic_t *stop;   /* set by the command's signal handler */
	uint64_t drops;                /* out: the kernel's drop total seen */
	int error;                     /* out: -errno of CAPTURE_END_ERROR */
	struct metrics *metrics;       /* NULL: no --metrics/--metrics-file */
	char metrics_err[512];
};

enum capture_end {
	CAPTURE_END_SIGNAL,
	CAPTURE_END_DURATION,
	CAPTURE_END_COUNT,
	CAPTURE_END_SINK,   /* the sink said stop (output gone, a write failed) */
	CAPTURE_END_ERROR,  /* reading the ring failed: run->error */
};

/*
 * Read the ring until a signal, --duration, --count, the sink or an error
 * ends it. On a signal or the duration, what the kernel already captured
 * is read once more before returning.
 */
enum capture_end capture_run(struct capture_run *run, const struct capture_sink *sink);

/* The drop check capture_run makes once a second, for a last look after
 * it. Returns what on_drops returned. */
int capture_run_drops(struct capture_run *run, const struct capture_sink *sink);
/* Drops and ring fill into run->metrics (once a second in capture_run). */
void capture_run_metrics(struct capture_run *run);

/*
 * The exporter of --metrics/--metrics-file (output/metrics.h), opened while
 * the options are checked, and not yet serving: *m stays NULL without
 * either option. 0, or EXIT_USAGE / EXIT_RUNTIME, said on stderr.
 */
int capture_metrics_open(struct metrics **m, const char *command,
			 const struct run_limits *lim);
/*
 * The start of a run, once the command's privileged work is done: every
 * privilege goes (privs_drop to target), then run->metrics gets its first
 * values and starts serving, so its HTTP thread never runs privileged.
 * 0, or -1 said on stderr.
 */
int capture_run_start(struct capture_run *run, const struct privs_target *target);
/* The end, whatever ended it: the last drop total (cap may be NULL) and
 * the exporter closed, its file written a last time. 0 (also without
 * metrics), or -1 said on stderr. */
int capture_metrics_close(struct metrics *m, struct capture *cap);

/*
 * Option tables. A command's options are rows: getopt's table, the short
 * option string and the --help lines are all made from them, so the help
 * cannot list an option the command does not take, or miss one it does.
 * help may hold '\n' for continuation lines.
 */
struct cli_option {
	const char *name;   /* long name; NULL ends a table */
	int val;            /* short letter, or an id >= 0x100 */
	int has_arg;        /* no_argument, required_argument */
	const char *arg;    /* the value's name in the help: "PID" */
	const char *help;
};

/* The rows tail and record share: kernel filters, filters on who acted,
 * and how a run reads the ring and ends. */
extern const struct cli_option capture_filter_options[];
extern const struct cli_option capture_ident_options[];
extern const struct cli_option capture_run_options[];
/* --metrics, --metrics-file (output/metrics.h) */
extern const struct cli_option capture_metrics_options[];

#define CLI_MAX_OPTIONS 64

/* getopt_long's table and short-option string (with a leading ':') of the
 * rows of every table in groups (NULL-terminated). */
struct cli_getopt {
	struct option longs[CLI_MAX_OPTIONS + 1];
	char shorts[2 * CLI_MAX_OPTIONS + 2];
};
void cli_getopt_build(struct cli_getopt *g, const struct cli_option *const *groups);

/* The help lines of one table: "  -p, --pid PID          only this process". */
void cli_print_options(FILE *f, const struct cli_option *rows);

#endif
