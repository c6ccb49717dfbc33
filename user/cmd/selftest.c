// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch selftest`: prove, path by path, that socket operations are seen. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "capture/capture.h"
#include "capture/selftest.h"
#include "cmd/commands.h"
#include "common/diag.h"
#include "label/event.h"

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch selftest [--json] [--verbose]\n"
"Load sockwatch's programs, then make one round of socket operations along\n"
"each path into the kernel, in a private network namespace, and print per\n"
"path whether every operation was seen, from the right process, by the right\n"
"path:\n"
"  syscall          native 64-bit syscalls\n"
"  syscall32        32-bit syscalls made with int 0x80\n"
"  socketcall       32-bit socketcall(2)\n"
"  io_uring         io_uring requests issued inline\n"
"  io_uring_async   io_uring requests issued by an io-wq worker (IOSQE_ASYNC)\n"
"  io_uring_sqpoll  io_uring requests issued by the SQPOLL thread\n"
"A round is: TCP bind, listen, connect, accept and three closes; an\n"
"unconnected UDP send and its close; a UDP connect and its close.\n"
"\n"
"  -j, --json     one JSON object: {\"event\":\"selftest\",\"ok\":...,\"paths\":[...]}\n"
"  -v, --verbose  show libbpf's log\n"
"  -h, --help     this help\n"
"\n"
"A path no process on this host can take is not applicable (SEEN n/a, with\n"
"the reason): on a kernel that does not deliver 32-bit syscalls (int 0x80\n"
"faults), syscall32 and socketcall. It is no blind spot and fails nothing.\n"
"\n"
"Exit status: 0 if every applicable path was seen, 1 if one was not (or could\n"
"not be tried), 2 for a usage error. `sockwatch record` runs the same test\n"
"when it starts and at each rotation.\n");
}

struct run {
	struct selftest st;
};

static int on_event(void *ctx, const struct sw_event *e)
{
	struct run *r = ctx;

	selftest_feed(&r->st, e);
	return 0;
}

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static void print_table(const struct selftest *st)
{
	printf("%-16s %-9s %-5s %s\n", "PATH", "VIA", "SEEN", "MISSING");
	for (int p = 0; p < PATHOP_COUNT; p++) {
		const struct selftest_path *sp = &st->path[p];
		bool first = true;

		printf("%-16s %-9s %-5s ", pathop_name(p), pathop_via(p),
		       sp->na ? "n/a" : sp->seen ? "yes" : "no");
		if (sp->na) {
			printf("%s", sp->error);
		} else if (!sp->ran) {
			printf("not tried: %s", sp->error);
		} else {
			for (int x = 0; x < ST_EXPECT_MAX; x++)
				if (sp->missing & (1u << x)) {
					printf("%s%s", first ? "" : ", ", selftest_expect_name(x));
					first = false;
				}
			if (first)
				printf("-");
		}
		printf("\n");
	}
}

int cmd_selftest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct capture_opts opts = { .latency_ms = 10 };
	struct capture *cap = NULL;
	static struct run run;
	char err[512], line[SELFTEST_LINE_MAX];
	bool json = false;
	int c, r, seen, na;
	bool fexit;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":jvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'v': opts.verbose = true; break;
		case 'h': usage(stdout); return EXIT_OK;
		default:
			diag("selftest: %s '%s' (see 'sockwatch selftest --help')",
			     c == ':' ? "missing value for" : "unknown option", argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		diag("selftest: unexpected argument '%s' (see 'sockwatch selftest --help')",
		     argv[optind]);
		return EXIT_USAGE;
	}
	r = capture_open(&cap, &opts, on_event, &run, err, sizeof(err));
	if (r) {
		diag("%s", err);
		return EXIT_RUNTIME;
	}
	diag("attached to %s; testing %d paths", capture_describe(cap), PATHOP_COUNT);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	r = selftest_spawn(&run.st, NULL, err, sizeof(err));
	if (r) {
		diag("%s", err);
		capture_close(cap);
		return EXIT_RUNTIME;
	}
	run.st.fexit = capture_fexit(cap);
	selftest_begin(&run.st);
	while (!stop) {
		r = capture_poll(cap, 20);
		if (r && r != -EINTR) {
			diag("selftest: reading events failed: %s", strerror(-r));
			break;
		}
		if (selftest_step(&run.st))
			break;
	}
	selftest_close(&run.st);
	if (!run.st.finished) {
		capture_close(cap);
		diag("selftest: interrupted");
		return EXIT_RUNTIME;
	}
	if (capture_drops(cap, NULL, 0))
		diag("selftest: the ring buffer dropped events: a missing path may be a loss");
	fexit = capture_fexit(cap);
	capture_close(cap);
	seen = selftest_seen(&run.st);
	na = selftest_na(&run.st);
	if (json) {
		fwrite(line, 1, selftest_json(&run.st, line, sizeof(line), 0), stdout);
	} else {
		print_table(&run.st);
	}
	if (fflush(stdout)) {
		diag("selftest: cannot write the result: %s", strerror(errno));
		return EXIT_RUNTIME;
	}
	if (na) {
		/* the paths no process here can take are neither seen nor blind */
		diag("selftest: %d of %d paths seen, %d not applicable on this host (%s)%s", seen,
		     PATHOP_COUNT, na, run.st.path[PATHOP_SYSCALL32].na ?
		     run.st.path[PATHOP_SYSCALL32].error : run.st.path[PATHOP_SOCKETCALL].error,
		     seen + na == PATHOP_COUNT ? "" :
		     "; sockwatch is blind to the others on this host");
	} else {
		/* each round's second accept asks for no address; without
		 * fexit no program sees a 32-bit one, and the 32-bit rounds
		 * do not expect it: said here instead */
		diag("selftest: %d of %d paths seen%s%s", seen, PATHOP_COUNT,
		     seen == PATHOP_COUNT ? "" : "; sockwatch is blind to the others on this host",
		     fexit ? "" : "; a 32-bit accept that asks for no peer address is never seen "
		     "here (no fexit: README, Known limits)");
	}
	return seen + na == PATHOP_COUNT ? EXIT_OK : EXIT_RUNTIME;
}
