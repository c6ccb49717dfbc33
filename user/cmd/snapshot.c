// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch snapshot`: the TCP and UDP sockets that exist now, with owners. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/commands.h"
#include "common/diag.h"
#include "common/trust.h"
#include "common/opts.h"
#include "label/event.h"
#include "capture/filter.h"
#include "capture/snapshot.h"

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch snapshot [--json] [--services FILE]\n"
"List the TCP (listening and connected) and UDP sockets of this network\n"
"namespace, IPv4 and IPv6, as they are now, with the owning process and the\n"
"same port class and service labels as live events. Sockets opened before\n"
"`sockwatch tail` started show up here. Listeners come first.\n"
"\n"
"Read through sock_diag netlink and /proc. Without root, sockets of other\n"
"users' processes are listed but show no owner.\n"
"\n"
"  -j, --json          one JSON object per line (\"event\":\"snapshot\")\n"
"      --services FILE services(5) file overriding the built-in table\n"
"      --insecure-files  accept a --services file others can write\n"
"  -h, --help          this help\n"
"\n"
"ROLE is 'listener', 'inbound' or 'outbound'. The kernel does not record who\n"
"connected: a connected socket on a port this namespace listens on is taken\n"
"as inbound, any other as outbound.\n"
"\n"
"Example:\n"
"  sudo sockwatch snapshot\n"
"  sudo ip netns exec NAME sockwatch snapshot --json\n");
}

struct printer {
	const struct services *svc;
	struct ident *ident;
	struct sw_clock clock;
	bool json;
	bool header_done;
	bool failed;
	int err; /* errno of the failed write */
	char line[SNAP_LINE_MAX];
};

static void emit(struct printer *p, size_t n)
{
	if (!p->failed && fwrite(p->line, 1, n, stdout) != n) {
		p->failed = true;
		p->err = errno;
	}
}

static void header(struct printer *p)
{
	if (!p->json && !p->header_done)
		emit(p, snapshot_table_header(p->line));
	p->header_done = true;
}

static int on_sock(void *ctx, const struct snap_sock *s)
{
	struct printer *p = ctx;
	struct sw_ident who;

	header(p);
	ident_resolve(p->ident, &s->ev, &who);
	if (p->json)
		emit(p, snapshot_json(p->line, s, p->svc, sw_clock_wall(&p->clock, s->ev.ts_ns),
				      &who));
	else
		emit(p, snapshot_table_row(p->line, s, p->svc, &who));
	return p->failed ? 1 : 0; /* stop at the first write error */
}

int cmd_snapshot(int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "services", required_argument, NULL, 's' },
		FILTER_LONGOPT_INSECURE,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static struct printer p; /* its line is large */
	struct services *svc = NULL;
	struct snap_stats st;
	const char *services_file = NULL;
	char err[512];
	int opt, r, rc = EXIT_RUNTIME;

	opterr = 0; /* one line of our own instead of getopt's plus ours */
	while ((opt = getopt_long(argc, argv, ":jh", long_opts, NULL)) != -1) {
		switch (opt) {
		case 'j':
			p.json = true;
			break;
		case 's':
			services_file = optarg;
			break;
		case FILTER_OPT_INSECURE:
			trust_insecure_files = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			return opt_getopt_error("snapshot", opt, argv);
		}
	}
	if (optind < argc) {
		diag("unexpected argument '%s' (try 'sockwatch snapshot --help')", argv[optind]);
		return EXIT_USAGE;
	}
	r = services_setup(services_file, &svc, err, sizeof(err));
	if (r) {
		diag("%s", err);
		return r == -2 ? EXIT_RUNTIME : EXIT_USAGE;
	}
	p.svc = svc;
	/* no kernel records here: images are read from /proc as owners are found */
	p.ident = ident_new(proc_cache_new());
	if (!p.ident) {
		diag("out of memory");
		goto out;
	}
	sw_clock_sync(&p.clock);
	signal(SIGPIPE, SIG_IGN);

	r = snapshot_collect_stats(on_sock, &p, &st, NULL, err, sizeof(err));
	if (r < 0) {
		diag("snapshot: %s", err);
		goto out;
	}
	if (!p.failed)
		header(&p); /* an empty snapshot still gets its header */
	if (!p.failed && fflush(stdout)) {
		p.failed = true;
		p.err = errno;
	}
	if (p.failed) {
		if (p.err == EPIPE) {
			rc = EXIT_OK; /* `| head` closed the pipe: not an error */
			goto out;
		}
		diag("writing output failed: %s", strerror(p.err));
		goto out;
	}
	if (st.procs_denied && st.owned < st.sockets)
		diag("snapshot: %zu of %zu sockets have no known owner: the descriptors of %zu "
		     "processes could not be read (that takes their own user, or root with "
		     "CAP_SYS_PTRACE)", st.sockets - st.owned, st.sockets, st.procs_denied);
	rc = EXIT_OK;
out:
	ident_free(p.ident);
	services_free(svc);
	return rc;
}
