// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <string.h>

#include "capture/filter.h"
#include "cmd/capture_cli.h"
#include "common/diag.h"
#include "output/metrics.h"

/* With --latency 0 the kernel wakes us per event; the poll still times out
 * now and then to look at the clock, signals and drops. */
#define IDLE_WAKE_MS 100

static bool counted_out(const struct capture_run *run)
{
	return run->count && *run->seen >= run->count;
}

int capture_run_drops(struct capture_run *run, const struct capture_sink *sink)
{
	uint64_t total = capture_drops(run->cap, NULL, 0);

	if (total <= run->drops)
		return 0;
	capture_report_drops(run->cap, total, "", sink->drop_hint);
	uint64_t lost = total - run->drops;

	run->drops = total;
	return sink->on_drops ? sink->on_drops(sink->ctx, lost, total) : 0;
}

/* Once a second: follow a stepped wall clock, report new drops. */
static int periodic(struct capture_run *run, const struct capture_sink *sink)
{
	int r;

	sw_clock_sync(run->clock);
	r = capture_run_drops(run, sink);
	capture_run_metrics(run);
	return r;
}

void capture_run_metrics(struct capture_run *run)
{
	double last, max;
	uint64_t bytes;

	if (!run->metrics)
		return;
	metrics_drops(run->metrics, capture_drops(run->cap, NULL, 0), capture_skipped(run->cap));
	if (capture_ring_fill(run->cap, &last, &max, &bytes))
		metrics_ring(run->metrics, last, max, bytes);
}

int capture_metrics_open(struct metrics **m, const char *command,
			 const struct run_limits *lim)
{
	char err[512];
	bool usage_err;

	if (!metrics_open(m, command, lim->metrics_listen, lim->metrics_file,
			  lim->metrics_approved, &usage_err, err, sizeof(err)))
		return 0;
	diag("%s", err);
	return usage_err ? EXIT_USAGE : EXIT_RUNTIME;
}

int capture_run_start(struct capture_run *run, const struct privs_target *target)
{
	char err[512];

	if (privs_drop(target, err, sizeof(err))) {
		diag("%s", err);
		return -1;
	}
	capture_run_metrics(run);
	if (metrics_start(run->metrics, err, sizeof(err))) {
		diag("%s", err);
		return -1;
	}
	if (metrics_url(run->metrics))
		diag("metrics at %s", metrics_url(run->metrics));
	return 0;
}

int capture_metrics_close(struct metrics *m, struct capture *cap)
{
	char err[512];

	if (!m)
		return 0;
	if (cap)
		metrics_drops(m, capture_drops(cap, NULL, 0), capture_skipped(cap));
	if (metrics_close(m, err, sizeof(err))) {
		diag("%s", err);
		return -1;
	}
	return 0;
}

enum capture_end capture_run(struct capture_run *run, const struct capture_sink *sink)
{
	uint64_t start = clock_mono_ms(), last_check = start;
	int latency = run->latency_ms ? (int)run->latency_ms : IDLE_WAKE_MS;
	enum capture_end end = CAPTURE_END_SIGNAL;

	while (!*run->stop) {
		uint64_t now = clock_mono_ms();
		int timeout = latency, r;

		if (run->duration_ms) {
			if (now - start >= run->duration_ms) {
				end = CAPTURE_END_DURATION;
				break;
			}
			if (run->duration_ms - (now - start) < (uint64_t)timeout)
				timeout = (int)(run->duration_ms - (now - start));
		}
		if (sink->due_ms) {
			uint64_t due = sink->due_ms(sink->ctx);

			if (due < (uint64_t)timeout)
				timeout = (int)due;
		}
		r = capture_poll(run->cap, timeout);
		if (sink->after_poll && sink->after_poll(sink->ctx))
			return CAPTURE_END_SINK;
		if (r < 0 && r != -EINTR) {
			run->error = r;
			return CAPTURE_END_ERROR;
		}
		if (counted_out(run))
			return CAPTURE_END_COUNT;
		if (now - last_check >= 1000) {
			last_check = now;
			if (periodic(run, sink))
				return CAPTURE_END_SINK;
		}
		if (sink->tick && sink->tick(sink->ctx))
			return CAPTURE_END_SINK;
		if (metrics_tick(run->metrics, now, run->metrics_err, sizeof(run->metrics_err)))
			fprintf(stderr, "sockwatch: %s; the run goes on\n", run->metrics_err);
	}
	/* Stop requested: hand over what the kernel already captured, and
	 * what it still holds for a moment. */
	capture_settle(run->cap, 1000);
	if (sink->after_poll && sink->after_poll(sink->ctx))
		return CAPTURE_END_SINK;
	return end;
}

/* ---- option tables ------------------------------------------------------ */

#define STR_(x) #x
#define STR(x) STR_(x)

const struct cli_option capture_filter_options[] = {
	{ "pid", 'p', required_argument, "PID", "only this process" },
	{ "uid", 'u', required_argument, "UID", "only this user id" },
	{ "comm", 'c', required_argument, "NAME",
	  "only processes with this name, as ps shows it (exact, <= 15 chars)" },
	{ "port", 'P', required_argument, "LIST", "labeled port is one of these (80,443,8000-8100)" },
	{ "class", FILTER_OPT_CLASS, required_argument, "LIST",
	  "port class: well-known, registered, dynamic" },
	{ "service", FILTER_OPT_SERVICE, required_argument, "LIST",
	  "service name of the labeled port (http,ssh,domain)" },
	{ "event", 'e', required_argument, "LIST", "connect, bind, listen, accept, close, send" },
	{ "proto", FILTER_OPT_PROTO, required_argument, "PROTO", "tcp or udp" },
	{ "ipv4", '4', no_argument, NULL, "IPv4 sockets only" },
	{ "ipv6", '6', no_argument, NULL, "IPv6 sockets only (v4-mapped addresses included)" },
	{ "failed", 'x', no_argument, NULL, "only calls that failed (result < 0)" },
	{ "services", FILTER_OPT_SERVICES, required_argument, "FILE",
	  "services(5) file overriding the built-in IANA table\nand /etc/services" },
	{ NULL, 0, 0, NULL, NULL },
};

const struct cli_option capture_ident_options[] = {
	{ "exe", FILTER_OPT_EXE, required_argument, "PATH",
	  "only this executable, as /proc/PID/exe shows it" },
	{ "unit", FILTER_OPT_UNIT, required_argument, "NAME",
	  "only this systemd unit (nginx: nginx.service)" },
	{ "container", FILTER_OPT_CONTAINER, required_argument, "ID|any|none",
	  "only this container (an id or its prefix, an\nlxc name), any container, or none" },
	{ NULL, 0, 0, NULL, NULL },
};

const struct cli_option capture_run_options[] = {
	{ "duration", 'd', required_argument, "TIME", "stop after TIME (10, 1.5, 500ms, 2m, 1h)" },
	{ "count", 'n', required_argument, "N", "stop after N events" },
	{ "ring-size", FILTER_OPT_RING, required_argument, "SIZE",
	  "kernel ring buffer size (default 2M; power of two)" },
	{ "latency", FILTER_OPT_LATENCY, required_argument, "MS",
	  "longest an event waits in the ring (default " STR(CAPTURE_DEFAULT_LATENCY_MS)
	  ";\n0 wakes the reader for every event: costlier)" },
	{ "verbose", 'v', no_argument, NULL, "show libbpf's log" },
	{ NULL, 0, 0, NULL, NULL },
};

const struct cli_option capture_metrics_options[] = {
	{ "metrics", FILTER_OPT_METRICS, required_argument, "ADDR:PORT",
	  "serve Prometheus metrics at /metrics; PORT alone\nis 127.0.0.1 ([::1]:PORT for IPv6)" },
	{ "metrics-file", FILTER_OPT_METRICS_FILE, required_argument, "PATH",
	  "write them to PATH every 5 s and at exit,\natomically (node_exporter's textfile collector)" },
	{ "metrics-approved", FILTER_OPT_METRICS_APPROVED, required_argument, "FILE",
	  "label each event approved=\"yes\" or \"no\" by this\napproved-services file "
	  "(sockwatch-report(8))" },
	{ NULL, 0, 0, NULL, NULL },
};

void cli_getopt_build(struct cli_getopt *g, const struct cli_option *const *groups)
{
	size_t n = 0, s = 0;

	memset(g, 0, sizeof(*g));
	g->shorts[s++] = ':'; /* one line of our own for a bad option */
	for (; *groups; groups++)
		for (const struct cli_option *o = *groups; o->name && n < CLI_MAX_OPTIONS; o++) {
			g->longs[n++] = (struct option){ o->name, o->has_arg, NULL, o->val };
			if (o->val < 0x100) {
				g->shorts[s++] = (char)o->val;
				if (o->has_arg == required_argument)
					g->shorts[s++] = ':';
			}
		}
}

/* help text starts in this column, as in the hand-written help before */
#define HELP_COLUMN 25

void cli_print_options(FILE *f, const struct cli_option *rows)
{
	for (const struct cli_option *o = rows; o->name; o++) {
		char head[64];
		int n = o->val < 0x100
			? snprintf(head, sizeof(head), "  -%c, --%s%s%s", o->val, o->name,
				   o->arg ? " " : "", o->arg ? o->arg : "")
			: snprintf(head, sizeof(head), "      --%s%s%s", o->name,
				   o->arg ? " " : "", o->arg ? o->arg : "");
		const char *h = o->help;

		/* a long head gets its help on the next line */
		if (n + 1 > HELP_COLUMN)
			fprintf(f, "%s\n%*s", head, HELP_COLUMN, "");
		else
			fprintf(f, "%-*s", HELP_COLUMN, head);
		for (;;) {
			const char *nl = strchr(h, '\n');

			if (!nl) {
				fprintf(f, "%s\n", h);
				break;
			}
			fprintf(f, "%.*s\n%*s", (int)(nl - h), h, HELP_COLUMN, "");
			h = nl + 1;
		}
	}
}
