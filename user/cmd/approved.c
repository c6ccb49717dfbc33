// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch approved --learn`: propose an approved-services file from a
 * record (report/approved_learn.c). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cmd/commands.h"
#include "common/clock.h"
#include "common/diag.h"
#include "common/opts.h"
#include "report/approved.h"
#include "report/approved_learn.h"
#include "report/report.h"

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch approved --learn [OPTIONS] DIR|FILE...\n"
"Propose an approved-services file (the format 'report --approved' reads)\n"
"from a record: one rule per listener and per outbound service the record\n"
"saw, as narrow as it allows (process name; a listener's address), each\n"
"with the justification \"TODO: justify\". Review every rule and write why\n"
"it is needed: until then 'report --approved' lists it as unjustified.\n"
"Written to stdout. Needs no privileges.\n"
"\n"
"  -l, --learn           propose rules from the record\n"
"      --since TIME      only what happened at or after TIME (RFC 3339)\n"
"      --until TIME      only what happened at or before TIME\n"
"      --threads N       parser threads (default: one per CPU, at most 8)\n"
"  -h, --help            this help\n"
"\n"
"Example:\n"
"  sockwatch approved --learn /var/lib/sockwatch/2026-11 > approved.new\n"
"  sockwatch report --approved approved.new /var/lib/sockwatch/2026-11\n"
"\n"
"Exit status: 0 proposal written; 1 runtime failure (a record that is\n"
"missing or unreadable, a write error), or the proposal was written but\n"
"the record is damaged or fails its integrity check (it says so); 2 usage\n"
"error.\n");
}

int cmd_approved(int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "learn", no_argument, NULL, 'l' },
		RPT_READ_LONG_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct rpt_window win = { RPT_TS_NONE, RPT_TS_NONE };
	struct rpt_inputs ins = {0};
	struct rpt_summary sum = {0};
	struct approved_learn_stats st = {0};
	struct rpt_agg agg;
	char err[1024];
	uint64_t threads = 0;
	bool learn = false;
	int opt, rc = EXIT_RUNTIME, r;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":lh", long_opts, NULL)) != -1) {
		r = rpt_read_opt("approved", opt, optarg, &win, &threads);
		if (r < 0)
			return EXIT_USAGE;
		if (r > 0)
			continue;
		switch (opt) {
		case 'l':
			learn = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			return opt_getopt_error("approved", opt, argv);
		}
	}
	if (!learn) {
		diag("approved: say what to do: --learn DIR proposes rules from a record "
		     "(see 'sockwatch approved --help')");
		return EXIT_USAGE;
	}
	if (optind == argc) {
		diag("approved: --learn: give a record directory or segment files");
		return EXIT_USAGE;
	}
	if (win.since != RPT_TS_NONE && win.until != RPT_TS_NONE && win.until < win.since) {
		diag("approved: --until is before --since");
		return EXIT_USAGE;
	}
	if (rpt_inputs_open(&ins, argv + optind, argc - optind, err, sizeof(err))) {
		diag("approved: %s", err);
		goto out;
	}
	if (rpt_read_all(&ins, &win, (unsigned)threads, &agg, err, sizeof(err))) {
		diag("approved: %s", err);
		rpt_agg_free(&agg);
		goto out;
	}
	rpt_agg_sort(&agg);
	sum.agg = &agg;
	sum.ins = &ins;
	sum.win = win;
	sum.generated_by = SOCKWATCH_VERSION;
	sum.generated_at = (int64_t)clock_wall_ns();
	if (rpt_summarise(&sum)) {
		diag("approved: out of memory");
		goto free_agg;
	}
	r = approved_learn(stdout, &sum, &st, err, sizeof(err));
	if (!r && fflush(stdout))
		r = -2;
	if (r == -2) {
		diag("approved: writing the proposal: %s", strerror(errno ? errno : EIO));
		goto free_agg;
	}
	if (r) {
		diag("approved: %s", err);
		goto free_agg;
	}
	rc = EXIT_OK;
	if (sum.partial) {
		diag("approved: the record is damaged, the proposal covers only what could be "
		     "read: %s", sum.status);
		rc = EXIT_RUNTIME;
	} else if (!sum.integrity_ok) {
		diag("approved: integrity check failed: %s", sum.integrity);
		rc = EXIT_RUNTIME;
	}
	fprintf(stderr, "sockwatch: approved: proposed %zu listen and %zu connect rule%s, "
		"each to be justified\n", st.listen, st.connect, st.connect == 1 ? "" : "s");
free_agg:
	rpt_summary_free(&sum);
	rpt_agg_free(&agg);
out:
	rpt_inputs_free(&ins);
	return rc;
}
