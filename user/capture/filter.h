/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Filter options (--pid, --port, --service, ...) shared by the commands
 * that capture, turned into the kernel-side capture filter. Also loads the
 * service table, since --service names resolve through it.
 */
#ifndef SOCKWATCH_FILTER_H
#define SOCKWATCH_FILTER_H

#include <stdbool.h>
#include <stdint.h>

#include "capture/capture.h"
#include "label/ident.h"
#include "label/labels.h"
#include "common/opts.h"

#define FILTER_MAX_LISTS 16

struct filter_opts {
	struct capture_filter f;
	bool port_set, class_set;
	uint8_t port_bits[SW_PORT_BITMAP_BYTES];  /* --port */
	uint8_t class_bits[SW_PORT_BITMAP_BYTES]; /* --class */
	char *services[FILTER_MAX_LISTS];         /* --service lists, resolved later */
	int nservices;
	const char *services_file;                /* --services */
	struct ident_filter ident;                /* --exe, --unit, --container: userspace */
};

/* getopt codes of the filter and run options beyond short letters; the
 * option rows are cmd/capture_cli.c's. */
enum {
	FILTER_OPT_CLASS = 0x100,
	FILTER_OPT_SERVICE,
	FILTER_OPT_PROTO,
	FILTER_OPT_SERVICES,
	FILTER_OPT_INSECURE,
	FILTER_OPT_RING,
	FILTER_OPT_LATENCY,
	FILTER_OPT_EXE,
	FILTER_OPT_UNIT,
	FILTER_OPT_CONTAINER,
	FILTER_OPT_METRICS,
	FILTER_OPT_METRICS_FILE,
	FILTER_OPT_METRICS_APPROVED,
};
#define FILTER_LONGOPT_INSECURE { "insecure-files", no_argument, NULL, FILTER_OPT_INSECURE }

/* How a capture run ends, and how it reads the ring: the options tail and
 * record share beside the filters (-d, -n, --ring-size, --latency, -v). */
struct run_limits {
	uint64_t duration_ms; /* 0: until a signal */
	uint64_t count;       /* 0: no limit */
	const char *metrics_listen; /* --metrics ADDR:PORT (output/metrics.h) */
	const char *metrics_file;   /* --metrics-file PATH */
	const char *metrics_approved; /* --metrics-approved FILE */
};

/* One run option: 1 if it was one, 0 if not, -1 with err. */
int run_opt(int opt, const char *arg, struct capture_opts *c, struct run_limits *lim,
	    char *err);

/* One option: 1 if it was a filter option, 0 if not, -1 with err. */
int filter_opt(struct filter_opts *fo, int opt, char *arg, char *err);

/*
 * The default branch of tail's and record's option loops: a run or filter
 * option is taken (returns -1: go on); anything else gets its one-line
 * message, and the exit status to return is given back (2).
 */
int capture_cli_opt(const char *cmd, int opt, char **argv, struct capture_opts *c,
		    struct run_limits *lim, struct filter_opts *fo);

/*
 * Load the service table (IANA, then /etc/services, then --services) and
 * resolve everything into out. -1 with a one-line message in err.
 */
int filter_finish(struct filter_opts *fo, struct capture_filter *out,
		  struct services **svc, char *err, size_t errlen);

/* The service table alone, for commands without filters. Like
 * filter_finish(): -1 bad input (exit 2), -2 the --services file cannot be
 * read or others can write it, or out of memory (exit 1). */
int services_setup(const char *user_file, struct services **svc, char *err, size_t errlen);

#endif
