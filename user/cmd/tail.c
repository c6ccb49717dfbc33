// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch tail`: live events as a table or JSON Lines. */
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "capture/capture.h"
#include "cmd/capture_cli.h"
#include "cmd/commands.h"
#include "common/diag.h"
#include "label/event.h"
#include "common/opts.h"
#include "output/metrics.h"
#include "output/output.h"
#include "common/privs.h"
#include "capture/filter.h"

#define OUTBUF_SIZE (256u << 10)

/* Output is batched into one buffer and written after each drain, so a
 * burst costs a few write(2)s rather than one per event. */
struct outbuf {
	char *buf;
	size_t len;
	bool broken; /* reader went away (EPIPE) */
	bool failed; /* any other write error */
	int err;
};

struct tail {
	struct outbuf ob;
	struct services *svc;
	struct sw_clock clock;
	struct clock_cache tc;
	struct ident *ident;
	const struct ident_filter *ident_filter;
	bool json;
	uint64_t count;  /* stop after this many; 0: never */
	uint64_t seen;	struct metrics *metrics; /* NULL: no --metrics/--metrics-file */
};

#define DROP_HINT "a larger --ring-size or narrower filters keep up"

static volatile sig_atomic_t exiting;

static void on_signal(int sig)
{
	(void)sig;
	exiting = 1;
}

static void ob_flush(struct outbuf *ob)
{
	size_t off = 0;

	while (off < ob->len && !ob->broken && !ob->failed) {
		ssize_t n = write(STDOUT_FILENO, ob->buf + off, ob->len - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			ob->err = errno;
			if (errno == EPIPE)
				ob->broken = true;
			else
				ob->failed = true;
			break;
		}
		off += (size_t)n;
	}
	ob->len = 0;
}

/* A reader that went away (`| head`) is noticed at once, not at the next
 * event, which on a quiet host may never come. */
static bool stdout_closed(void)
{
	struct pollfd p = { .fd = STDOUT_FILENO, .events = 0 };

	return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP));
}

/* After each read of the ring: out with the batch; stop when the reader
 * of stdout went away or a write failed. */
static int after_poll(void *ctx)
{
	struct tail *t = ctx;

	ob_flush(&t->ob);
	if (!t->ob.broken && !t->ob.failed && stdout_closed())
		t->ob.broken = true;
	return t->ob.broken || t->ob.failed;
}

static int on_event(void *ctx, const struct sw_event *e)
{
	struct tail *t = ctx;
	struct sw_labeled l;
	struct sw_ident who;

	ident_resolve(t->ident, e, &who);
	if (!ident_filter_match(t->ident_filter, &who))
		return 0;
	if (t->ob.len + OUT_LINE_MAX > OUTBUF_SIZE)
		ob_flush(&t->ob);
	sw_label(&l, e, sw_clock_wall(&t->clock, e->ts_ns), t->svc);
	l.who = &who;
	metrics_event(t->metrics, &l);
	t->ob.len += t->json ? out_json_event(t->ob.buf + t->ob.len, &l, &t->tc)
			     : out_table_row(t->ob.buf + t->ob.len, &l, &t->tc);
	t->seen++;
	return (t->count && t->seen >= t->count) || t->ob.broken || t->ob.failed;
}

enum { OPT_USER = 0x200 };

static const struct cli_option output_options[] = {
	{ "json", 'j', no_argument, NULL, "one JSON object per line instead of the table" },
	{ NULL, 0, 0, NULL, NULL },
};

/* not const: usage() fills in --user's help, which names numbers */
static struct cli_option tail_options[] = {
	{ "insecure-files", FILTER_OPT_INSECURE, no_argument, NULL,
	  "accept a --services file others can write (see README)" },
	{ "user", OPT_USER, required_argument, "NAME", NULL /* usage() */ },
	{ "help", 'h', no_argument, NULL, "this help" },
	{ NULL, 0, 0, NULL, NULL },
};

static const struct cli_option *const option_groups[] = {
	output_options, capture_filter_options, capture_ident_options, capture_run_options,
	capture_metrics_options, tail_options, NULL,
};

static void usage(FILE *f)
{
	static char user_help[512];

	snprintf(user_help, sizeof(user_help),
		 "once attached, run as NAME with no capabilities\n('root' keeps uid 0, still "
		 "drops them). Default: an\nidentity no other process has, so none can stop or\n"
		 "kill the monitor: the '" PRIVS_DEDICATED_USER "' system user if it\nexists, "
		 "else an unused uid from %u-%u", PRIVS_DYNAMIC_MIN, PRIVS_DYNAMIC_MAX);
	for (struct cli_option *o = tail_options; o->name; o++)
		if (o->val == OPT_USER)
			o->help = user_help;
	fputs("Usage: sockwatch [tail] [OPTIONS]\n"
	      "Stream socket connect, bind, listen, accept, send and close events, labeled\n"
	      "with port class (IANA/RFC 6335) and service. Needs root (CAP_BPF + CAP_PERFMON).\n"
	      "\nOutput:\n", f);
	cli_print_options(f, output_options);
	fputs("\nFilters (applied in the kernel; lists are comma-separated):\n", f);
	cli_print_options(f, capture_filter_options);
	fputs("\nFilters on who acted (in userspace, once the process is named):\n", f);
	cli_print_options(f, capture_ident_options);
	fputs("\nRun:\n", f);
	cli_print_options(f, capture_run_options);
	cli_print_options(f, tail_options);
	fputs("\nMetrics (Prometheus text format; see sockwatch-tail(8)):\n", f);
	cli_print_options(f, capture_metrics_options);
	fputs("\n"
	      "The labeled port is the remote port of an outbound connect, the local port\n"
	      "of bind, listen and accept.\n"
	      "\n"
	      "Examples:\n"
	      "  sudo sockwatch                         # every event, as a table\n"
	      "  sudo sockwatch --json | jq .           # JSON Lines\n"
	      "  sudo sockwatch -e connect -x           # failed outbound connects\n"
	      "  sudo sockwatch --class well-known -e listen,bind\n"
	      "  sudo sockwatch --service ssh,https -d 60\n"
	      "\n"
	      "Exit status: 0 ok, 1 runtime failure, 2 usage error.\n"
	      "\n"
	      "Other commands: label, snapshot, record, verify, report ('sockwatch help').\n", f);
}

int cmd_tail(int argc, char **argv)
{
	struct capture_opts copts = {
		.ring_bytes = CAPTURE_DEFAULT_RING,
		.latency_ms = CAPTURE_DEFAULT_LATENCY_MS,
	};
	struct filter_opts fopts = {0};
	struct privs_target target;
	const char *user = NULL; /* the dedicated identity (privs.h) */
	struct tail t = {0};
	struct capture *cap = NULL;
	struct run_limits lim = {0};
	uint64_t dropped;
	char err[OPT_ERR_LEN + 256];
	int opt, rc = EXIT_RUNTIME, r;

	struct cli_getopt g;

	cli_getopt_build(&g, option_groups);
	opterr = 0; /* one line of our own, not getopt's and ours */
	while ((opt = getopt_long(argc, argv, g.shorts, g.longs, NULL)) != -1) {
		switch (opt) {
		case 'j':
			t.json = true;
			break;
		case OPT_USER:
			user = optarg;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			r = capture_cli_opt("tail", opt, argv, &copts, &lim, &fopts);
			if (r >= 0)
				return r;
			break;
		}
	}
	if (optind < argc) {
		diag("unexpected argument '%s' (try 'sockwatch tail --help')", argv[optind]);
		return EXIT_USAGE;
	}
	t.count = lim.count;
	r = filter_finish(&fopts, &copts.filter, &t.svc, err, sizeof(err));
	if (r) {
		diag("%s", err);
		return r == -2 ? EXIT_RUNTIME : EXIT_USAGE;
	}

	if (privs_resolve(user, &target, err, sizeof(err))) {
		diag("%s", err);
		services_free(t.svc);
		/* a --user typo is a usage error; no free dynamic uid is not */
		return user ? EXIT_USAGE : EXIT_RUNTIME;
	}
	r = capture_metrics_open(&t.metrics, "tail", &lim);
	if (r) {
		services_free(t.svc);
		return r;
	}

	t.ob.buf = malloc(OUTBUF_SIZE);
	if (!t.ob.buf) {
		diag("out of memory");
		goto out;
	}
	t.tc.sec = -1;
	sw_clock_sync(&t.clock);

	struct sigaction sa = { .sa_handler = on_signal };
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	t.ident = ident_new(proc_cache_new());
	if (!t.ident || !ident_procs(t.ident)) {
		diag("out of memory");
		goto out;
	}
	t.ident_filter = &fopts.ident;
	copts.proc_fn = proc_cache_on_record;
	copts.proc_ctx = ident_procs(t.ident);
	r = capture_open(&cap, &copts, on_event, &t, err, sizeof(err));
	if (r) {
		diag("%s", err);
		goto out;
	}
	/* after attaching: a process started in between is in both, and
	 * its exec record wins */
	proc_cache_seed(ident_procs(t.ident), "/proc");
	tzset(); /* read /etc/localtime while we still may */
	struct capture_run run = {
		.cap = cap, .clock = &t.clock, .latency_ms = copts.latency_ms,
		.duration_ms = lim.duration_ms, .count = t.count, .seen = &t.seen,
		.stop = &exiting, .metrics = t.metrics,
	};

	if (capture_run_start(&run, &target))
		goto out;
	diag("attached to %s; running as %s with no capabilities; Ctrl-C to stop",
	     capture_describe(cap), target.name);
	if (!t.json) {
		t.ob.len = out_table_header(t.ob.buf);
		ob_flush(&t.ob);
	}

	const struct capture_sink sink = {
		.ctx = &t, .after_poll = after_poll, .drop_hint = DROP_HINT,
	};

	if (capture_run(&run, &sink) == CAPTURE_END_ERROR) {
		diag("reading the ring buffer failed: %s", strerror(-run.error));
		goto out;
	}
	if (t.ob.broken) {
		rc = EXIT_OK; /* `| head` closed the pipe: not an error */
		goto out;
	}
	if (t.ob.failed) {
		diag("writing output failed: %s", strerror(t.ob.err));
		goto out;
	}
	dropped = capture_drops(cap, NULL, 0);
	if (dropped)
		capture_report_drops(cap, dropped, "in total ", DROP_HINT);
	diag("%llu event%s, %llu dropped", (unsigned long long)t.seen,
	     t.seen == 1 ? "" : "s",
	     (unsigned long long)dropped);
	rc = EXIT_OK;
out:
	if (capture_metrics_close(t.metrics, cap))
		rc = EXIT_RUNTIME;
	capture_close(cap);
	ident_free(t.ident);
	services_free(t.svc);
	free(t.ob.buf);
	return rc;
}
