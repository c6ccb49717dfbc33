// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch ship`: load records into the fleet store (fleet/ship.h). */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cmd/commands.h"
#include "common/diag.h"
#include "common/opts.h"
#include "fleet/ch.h"
#include "fleet/ship.h"
#include "output/escape.h"

#define FOLLOW_DEFAULT_MS 2000

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch ship --clickhouse URL [--database DB] [--follow] DIR...\n"
"       sockwatch ship --clickhouse URL [--database DB] --init [--cluster NAME]\n"
"Load the closed segments of each record directory into ClickHouse (its HTTP\n"
"interface), with their manifest entries, so a fleet's records can be\n"
"reported on together ('sockwatch report --clickhouse') and each host's\n"
"record is anchored off the host ('sockwatch verify --clickhouse').\n"
"\n"
"Only segments that verify against the manifest are shipped; the others are\n"
"named, noted in the store as damaged, and make the exit status 1. Shipping\n"
"again inserts nothing twice, and an interrupted ship resumes where it\n"
"stopped. A record whose shipped entries were changed or cut off here is\n"
"refused.\n"
"\n"
"      --clickhouse URL  http(s)://[USER[:PASSWORD]@]HOST:PORT of the server;\n"
"                        CLICKHOUSE_PASSWORD in the environment sets the\n"
"                        password without showing it in the process list\n"
"      --database DB     database (default " CH_DEFAULT_DB "); its tables are created\n"
"                        on first ship, upgraded by a later one\n"
"      --init            create the database and tables (user/fleet/schema.sql),\n"
"                        or add the columns a store an older sockwatch made\n"
"                        lacks, and stop, unless directories are given too\n"
"      --cluster NAME    with --init: tables NAME_local on this server, and\n"
"                        Distributed tables over cluster NAME (remote_servers\n"
"                        in the server's config), sharded by host; run it on\n"
"                        every server of the cluster\n"
"  -f, --follow          keep shipping each segment as it closes, alongside a\n"
"                        running 'sockwatch record', until every record has\n"
"                        stopped and is shipped, or SIGINT/SIGTERM\n"
"      --interval TIME   with --follow: how often to look (default 2s)\n"
"  -h, --help            this help\n"
"\n"
"Examples:\n"
"  sockwatch ship --clickhouse http://127.0.0.1:8123 /var/lib/sockwatch/rec1\n"
"  sockwatch record -o /var/lib/sockwatch/rec2 & \\\n"
"  sockwatch ship --clickhouse http://ch.example:8123 --follow /var/lib/sockwatch/rec2\n"
"\n"
"Exit status: 0 everything closed was shipped (or was already); 1 the store\n"
"failed or refused, a record cannot be read or differs from what was shipped,\n"
"or some segment does not verify; 2 usage error.\n");
}

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

enum { OPT_INIT = 0x400, OPT_CLUSTER, OPT_INTERVAL };

int cmd_ship(int argc, char **argv)
{
	static const struct option long_opts[] = {
		CH_LONG_OPTIONS,
		{ "init", no_argument, NULL, OPT_INIT },
		{ "cluster", required_argument, NULL, OPT_CLUSTER },
		{ "follow", no_argument, NULL, 'f' },
		{ "interval", required_argument, NULL, OPT_INTERVAL },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct ch_opts store = {0};
	const char *cluster = NULL;
	bool init = false, follow = false, interval_given = false;
	uint64_t interval_ms = FOLLOW_DEFAULT_MS;
	char err[CH_ERR_LEN + 512], oerr[OPT_ERR_LEN];
	struct ch_conn c;
	unsigned added = 0;
	int opt, rc = EXIT_RUNTIME, ndirs;

	opterr = 0; /* one line of our own, not getopt's and ours */
	while ((opt = getopt_long(argc, argv, ":fh", long_opts, NULL)) != -1) {
		switch (opt) {
		case CH_OPT_CLICKHOUSE:
		case CH_OPT_DATABASE:
			ch_opts_take(&store, opt, optarg);
			break;
		case OPT_INIT:
			init = true;
			break;
		case OPT_CLUSTER:
			cluster = optarg;
			break;
		case 'f':
			follow = true;
			break;
		case OPT_INTERVAL:
			if (opt_duration_ms(optarg, 24ull * 3600 * 1000, &interval_ms, oerr) ||
			    !interval_ms) {
				diag("ship: --interval: %s", interval_ms ? oerr : "must be above 0");
				return EXIT_USAGE;
			}
			interval_given = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			return opt_getopt_error("ship", opt, argv);
		}
	}
	ndirs = argc - optind;
	if (!store.url) {
		diag("ship: --clickhouse URL is required (try 'sockwatch ship --help')");
		return EXIT_USAGE;
	}
	if (cluster && !init) {
		diag("ship: --cluster only goes with --init");
		return EXIT_USAGE;
	}
	if ((follow || interval_given) && !ndirs) {
		diag("ship: --follow needs record directories");
		return EXIT_USAGE;
	}
	if (interval_given && !follow) {
		diag("ship: --interval only goes with --follow");
		return EXIT_USAGE;
	}
	if (!ndirs && !init) {
		diag("ship: give record directories to ship, or --init (try 'sockwatch ship "
		     "--help')");
		return EXIT_USAGE;
	}
	if (ch_opts_open(&store, &c, "ship"))
		return EXIT_USAGE;
	if (init) {
		if (ch_schema_create(&c, cluster, &added, err, sizeof(err))) {
			diag("ship: creating the schema: %s", err);
			goto out;
		}
		printf("ship: database %s ready at %s%s%s\n", c.db, c.shown,
		       cluster ? ", Distributed over cluster " : "", cluster ? cluster : "");
	} else {
		/* the first ship creates the tables; a later one upgrades
		 * tables an older sockwatch made */
		int present = ch_schema_present(&c, err, sizeof(err));

		if (present < 0 ||
		    (!present && ch_schema_create(&c, NULL, &added, err, sizeof(err))) ||
		    (present > 0 && ch_schema_upgrade(&c, NULL, true, &added, err, sizeof(err)))) {
			diag("ship: %s", err);
			goto out;
		}
	}
	if (added)
		printf("ship: database %s upgraded: %u column%s or table%s added to what an "
		       "older sockwatch made\n", c.db, added, added == 1 ? "" : "s",
		       added == 1 ? "" : "s");
	if (follow) {
		struct sigaction sa = { .sa_handler = on_signal };

		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
	}
	rc = EXIT_OK;
	for (bool first = true; ndirs; first = false) {
		bool all_done = true;

		for (int i = optind; i < argc; i++) {
			struct ship_stats st;

			if (ship_dir(&c, argv[i], &st, err, sizeof(err))) {
				if (follow && st.no_manifest) {
					/* the recorder has not written its header yet */
					all_done = false;
					continue;
				}
				diag("ship: %s", err);
				rc = EXIT_RUNTIME;
				goto out;
			}
			if (first || st.shipped || !follow)
				printf("ship: %s: host %s, record %s: %u segment%s shipped (%llu lines), "
				       "%u already in the store, %u not verifying, %u open%s\n",
				       esc_line_str(argv[i]), esc_line_str(st.host), st.record_id, st.shipped,
				       st.shipped == 1 ? "" : "s", (unsigned long long)st.lines,
				       st.already, st.damaged, st.open,
				       st.packages ? "; packages looked up here" : "");
			if (st.damaged) {
				if (first || st.shipped || !follow)
					diag("ship: %s: %u segment file%s do%s not verify and %s not "
					     "shipped (see 'sockwatch verify %s')", esc_line_str(argv[i]),
					     st.damaged, st.damaged == 1 ? "" : "s",
					     st.damaged == 1 ? "es" : "", st.damaged == 1 ? "was" : "were",
					     esc_line_str(argv[i]));
				rc = EXIT_RUNTIME;
			}
			if (!st.stopped || st.open)
				all_done = false;
		}
		fflush(stdout);
		if (!follow || all_done || stop_signal)
			break;
		{
			struct timespec ts = { (time_t)(interval_ms / 1000),
					       (long)(interval_ms % 1000) * 1000000 };

			nanosleep(&ts, NULL);
		}
		if (stop_signal)
			break;
	}
out:
	ch_close(&c);
	if (fflush(stdout) || ferror(stdout)) {
		diag("ship: writing the summary failed");
		rc = EXIT_RUNTIME;
	}
	return rc;
}
