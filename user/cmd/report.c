// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch report`: summarise a record for auditors (report.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/clock.h"
#include "report/approved.h"
#include "cmd/commands.h"
#include "common/diag.h"
#include "common/trust.h"
#include "capture/filter.h"
#include "common/opts.h"
#include "report/report.h"
#include "fleet/ch.h"
#include "fleet/fleet.h"
#include "evidence/manifest.h"
#include "evidence/seal.h"

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch report [OPTIONS] DIR|FILE...\n"
"       sockwatch report --clickhouse URL [--database DB] [--host NAME]... [OPTIONS]\n"
"Summarise a record (a `sockwatch record` directory, or .jsonl.gz / .jsonl\n"
"segment files) for an audit: host, time window, completeness and integrity,\n"
"the inventory of listening services, outbound connections by process and\n"
"service, inbound connections per service, port classes, and findings\n"
"(unapproved, cleartext/legacy or unexpected services, listeners in the\n"
"ephemeral port range, ports with no known service, lost events, damage).\n"
"Needs no privileges.\n"
"\n"
"  -f, --format FMT      md (default), html, json or csv; without it, taken\n"
"                        from the -o file's extension when that is one of them\n"
"  -o, --output FILE     write the report here (atomically) instead of stdout\n"
"      --since TIME      only events at or after TIME (RFC 3339, e.g.\n"
"                        2026-01-05T09:00:00Z or 2026-01-05T10:00:00+01:00;\n"
"                        a date alone is its midnight UTC)\n"
"      --until TIME      only events at or before TIME\n"
"  -a, --approved FILE   the host's approved services; every listener and\n"
"                        outbound service is marked approved or not\n"
"      --head HEX        the record's final manifest chain head, noted when it\n"
"                        was closed: entries cut from the end are caught\n"
"      --key KEY         the seal key 'record' showed at start: prove every\n"
"                        seal, as 'verify --key' does\n"
"      --key-file FILE   the same key, read from FILE\n"
"      --threads N       parser threads (default: one per CPU, at most 8)\n"
"      --baseline OLD    listener drift: what began and what stopped listening\n"
"                        since the record OLD (a directory or segment file),\n"
"                        for change review (PCI DSS 1.2.7, 11.5)\n"
"      --insecure-files  accept an --approved file others can write\n"
"      --clickhouse URL  the fleet report, from what 'sockwatch ship' stored in\n"
"                        ClickHouse at URL (http(s)://[USER@]HOST:PORT;\n"
"                        CLICKHOUSE_PASSWORD for a password): completeness per\n"
"                        host, services across the fleet, findings across hosts,\n"
"                        then each host's report; aggregated by the server\n"
"      --database DB     the store's database (default sockwatch)\n"
"      --host NAME       only this host (repeat for more); a host named here\n"
"                        that never shipped is reported as such\n"
"  -h, --help            this help\n"
"\n"
"Approved-services file: one rule per line,\n"
"  DIRECTION PROTO PORTS [process=NAME] [addr=ADDRESS] -- JUSTIFICATION\n"
"  DIRECTION  listen (listeners and what they accept) or connect (outbound)\n"
"  PROTO      tcp, udp or any\n"
"  PORTS      22, 8000-8080 or * (any)\n"
"  process=   process name (comm) exactly, at most 15 bytes\n"
"  addr=      listen only: bound address: an IP, a CIDR prefix (10.0.0.0/8),\n"
"             wildcard (0.0.0.0 or ::) or loopback\n"
"  -- JUSTIFICATION  required: the business need, to the end of the line\n"
"Blank lines and lines starting with # are ignored; the first matching rule\n"
"approves. A malformed line stops the report (exit 2) naming FILE:LINE.\n"
"  listen  tcp 22  process=sshd addr=wildcard -- remote administration, CHG-1021\n"
"  connect tcp 443                            -- HTTPS to package mirrors\n"
"\n"
"CSV layout: one row per item, columns table,name,severity,proto,address,\n"
"port,port_class,service,process,uid,count,failures,distinct,first_seen,\n"
"last_seen,approved,rule,detail; `table` is meta, finding, listener,\n"
"outbound, inbound, port_class, approved_rule or segment (see\n"
"user/report/report_fmt_csv.c for what each table puts in each column). Cells\n"
"starting with = + - @ are prefixed with ' against formula injection.\n"
"With --clickhouse, every row starts with a host column, and the fleet's\n"
"tables are rows of table fleet_completeness (name: silent or reporting,\n"
"count: events, failures: drops, distinct: segments shipped), fleet_service\n"
"(count: outbound connects, distinct: hosts listening) and fleet_finding\n"
"(name: finding, count: hosts), with the rest in detail.\n"
"\n"
"Examples:\n"
"  sockwatch report /var/lib/sockwatch/rec1\n"
"  sockwatch report rec1 --approved /etc/sockwatch/approved -o audit.html\n"
"  sockwatch report rec1 --since 2026-01-05T00:00:00Z --until 2026-01-06 -f json\n"
"  sockwatch report --baseline /var/lib/sockwatch/2026-11 /var/lib/sockwatch/2026-12\n"
"\n"
"Exit status: 0 report written; 1 runtime failure (a record or file that is\n"
"missing, unreadable or not a regular file), or the report was written but\n"
"the record is damaged or fails its integrity check (the report says which);\n"
"2 usage error or bad input (a bad option, a malformed approved file). A\n"
"record that is intact but incomplete (drops, a crash) exits 0 and says so.\n");
}

int rpt_format_parse(const char *s, enum rpt_format *out)
{
	static const struct { const char *name; enum rpt_format f; } fmts[] = {
		{ "md", RF_MD }, { "markdown", RF_MD }, { "html", RF_HTML },
		{ "json", RF_JSON }, { "csv", RF_CSV },
	};

	for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++)
		if (!strcmp(s, fmts[i].name)) {
			*out = fmts[i].f;
			return 0;
		}
	return -1;
}

static int format_from_name(const char *path, enum rpt_format *out)
{
	const char *dot = strrchr(path, '.');

	if (!dot || strchr(dot, '/'))
		return -1;
	if (!strcmp(dot, ".htm"))
		return *out = RF_HTML, 0;
	return rpt_format_parse(dot + 1, out);
}

/* With --clickhouse the document is the fleet report, written in place of
 * the single-host one (whose writers it uses for each host). */
static const struct fleet_report *fleet_doc;

static int write_report(FILE *f, enum rpt_format fmt, const struct rpt_summary *s)
{
	if (fleet_doc)
		return fleet_write(f, fleet_doc);
	switch (fmt) {
	case RF_HTML: return rpt_write_html(f, s);
	case RF_JSON: return rpt_write_json(f, s);
	case RF_CSV: return rpt_write_csv(f, s);
	case RF_MD: default: return rpt_write_md(f, s);
	}
}

/* Into a temporary file beside `path`, renamed over it when complete. */
static int write_file(const char *path, enum rpt_format fmt, const struct rpt_summary *s)
{
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	int fd, e;
	FILE *f;

	struct stat st;

	if (!tmp) {
		diag("report: out of memory");
		return -1;
	}
	/* A device or FIFO (-o /dev/null, -o /dev/stdout) is written as it is:
	 * renaming a file over it would replace the device node itself. */
	if (!stat(path, &st) && !S_ISREG(st.st_mode)) {
		free(tmp);
		f = fopen(path, "w");
		if (!f || write_report(f, fmt, s) || fflush(f)) {
			e = errno;
			if (f)
				fclose(f);
			diag("report: writing %s: %s", path, strerror(e ? e : EIO));
			return -1;
		}
		return fclose(f) ? -1 : 0;
	}
	snprintf(tmp, n, "%s.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		diag("report: cannot create %s: %s", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	f = fdopen(fd, "w");
	if (!f) {
		e = errno;
		close(fd);
		unlink(tmp);
		diag("report: %s: %s", path, strerror(e));
		free(tmp);
		return -1;
	}
	if (write_report(f, fmt, s) || fflush(f) || fsync(fileno(f))) {
		e = errno;
		fclose(f);
		unlink(tmp);
		diag("report: writing %s: %s", path, strerror(e ? e : EIO));
		free(tmp);
		return -1;
	}
	/* mkstemp makes it 0600: give it what open(2) would have */
	{
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fileno(f), 0666 & ~mask);
	}
	if (fclose(f) || rename(tmp, path)) {
		e = errno;
		unlink(tmp);
		diag("report: writing %s: %s", path, strerror(e));
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

enum {
	OPT_HOST = 0x300,
	OPT_HEAD, OPT_KEY, OPT_KEY_FILE, OPT_BASELINE,
};

/*
 * --baseline OLD: read the whole baseline record (no window) into b, for
 * rpt_drift. 0, or -1 with one line said (it is missing, unreadable, not a
 * record: a runtime failure).
 */
static int read_baseline(const char *path, unsigned threads, struct rpt_baseline *b)
{
	static const struct rpt_window all = { RPT_TS_NONE, RPT_TS_NONE };
	char *paths[1] = { (char *)path }, err[1024];
	struct rpt_inputs *ins = b->ins;
	const struct rpt_agg *a = b->agg;

	rpt_agg_init(b->agg, &all); /* freeable whatever fails below */
	if (rpt_inputs_open(ins, paths, 1, err, sizeof(err))) {
		diag("report: --baseline: %s", err);
		return -1;
	}
	if (rpt_read_all(ins, &all, threads, b->agg, err, sizeof(err))) {
		diag("report: --baseline: %s", err);
		return -1;
	}
	rpt_agg_sort(b->agg);
	b->path = path;
	rpt_copy(b->host, sizeof(b->host), ins->nin && ins->in[0].host[0] ? ins->in[0].host
									 : a->meta.host);
	b->first_ts = a->meta.start_ts != RPT_TS_NONE ? a->meta.start_ts : a->first_ts;
	b->last_ts = a->meta.stop_ts != RPT_TS_NONE ? a->meta.stop_ts : a->last_ts;
	if (a->last_ts != RPT_TS_NONE && (b->last_ts == RPT_TS_NONE || a->last_ts > b->last_ts))
		b->last_ts = a->last_ts;
	return 0;
}

#define HOSTS_MAX 4096

/* The fleet report: everything from the store, nothing from local files. */
static int fleet_report_cmd(const struct ch_opts *store, char **hosts, int nhosts,
			    const struct rpt_window *win, const char *approved_path, enum rpt_format fmt, const char *output)
{
	struct fleet_opts o = {
		.hosts = hosts, .nhosts = nhosts, .win = *win, .approved_path = approved_path, .fmt = fmt, .generated_by = SOCKWATCH_VERSION,
		.generated_at = (int64_t)clock_wall_ns(),
	};
	struct fleet_report *r = NULL;
	char err[CH_ERR_LEN + 512], why[512];
	struct ch_conn c;
	int rc = EXIT_RUNTIME;

	if (ch_opts_open(store, &c, "report"))
		return EXIT_USAGE;
	if (fleet_build(&c, &o, &r, err, sizeof(err))) {
		diag("report: %s", err);
		goto out;
	}
	fleet_doc = r;
	if (output ? write_file(output, fmt, NULL) : write_report(stdout, fmt, NULL) ||
						     fflush(stdout)) {
		if (!output)
			diag("report: writing the report: %s", strerror(errno ? errno : EIO));
		goto out;
	}
	rc = EXIT_OK;
	if (fleet_partial(r, why, sizeof(why))) {
		diag("report: the fleet report is partial: damaged, unshipped or missing records "
		     "on %s", why);
		rc = EXIT_RUNTIME;
	}
out:
	fleet_doc = NULL;
	fleet_free(r);
	ch_close(&c);
	return rc;
}

int cmd_report(int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		RPT_READ_LONG_OPTIONS,
		{ "approved", required_argument, NULL, 'a' },
		CH_LONG_OPTIONS,
		{ "host", required_argument, NULL, OPT_HOST },
		{ "head", required_argument, NULL, OPT_HEAD },
		{ "key", required_argument, NULL, OPT_KEY },
		{ "key-file", required_argument, NULL, OPT_KEY_FILE },
		{ "baseline", required_argument, NULL, OPT_BASELINE },
		FILTER_LONGOPT_INSECURE,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct rpt_window win = { RPT_TS_NONE, RPT_TS_NONE };
	const char *output = NULL, *approved_path = NULL, *url = NULL;
	struct ch_opts store = {0};
	static char *hosts[HOSTS_MAX];
	int nhosts = 0;
	const char *head = NULL, *key_text = NULL, *key_file = NULL, *baseline_path = NULL;
	struct rpt_inputs bins = {0};
	struct rpt_agg bagg;
	struct rpt_baseline base = { .ins = &bins, .agg = &bagg };
	bool bagg_init = false;
	unsigned char key[SEAL_KEY_LEN];
	struct approved_list *approved = NULL;
	struct rpt_inputs ins = {0};
	struct rpt_summary sum = {0};
	struct rpt_agg agg;
	enum rpt_format fmt = RF_MD;
	bool fmt_given = false;
	char err[1024];
	uint64_t threads = 0;
	int opt, rc = EXIT_RUNTIME, r;

	opterr = 0; /* one line of our own, not getopt's and ours */
	while ((opt = getopt_long(argc, argv, ":f:o:a:h", long_opts, NULL)) != -1) {
		r = rpt_read_opt("report", opt, optarg, &win, &threads);
		if (r < 0)
			return EXIT_USAGE;
		if (r > 0)
			continue;
		switch (opt) {
		case 'f':
			if (rpt_format_parse(optarg, &fmt)) {
				diag("report: unknown format '%s' (md, html, json or csv)", optarg);
				return EXIT_USAGE;
			}
			fmt_given = true;
			break;
		case 'o':
			output = optarg;
			break;
		case 'a':
			approved_path = optarg;
			break;
		case CH_OPT_CLICKHOUSE:
		case CH_OPT_DATABASE:
			ch_opts_take(&store, opt, optarg);
			url = store.url;
			break;
		case OPT_HOST:
			if (nhosts == HOSTS_MAX) {
				diag("report: more than %d --host options", HOSTS_MAX);
				return EXIT_USAGE;
			}
			hosts[nhosts++] = optarg;
			break;
		case OPT_HEAD:
			if (strlen(optarg) != MF_HEX_LEN ||
			    strspn(optarg, "0123456789abcdef") != MF_HEX_LEN) {
				diag("report: --head: expected %d lower-case hex digits", MF_HEX_LEN);
				return EXIT_USAGE;
			}
			head = optarg;
			break;
		case OPT_KEY:
			key_text = optarg;
			break;
		case OPT_KEY_FILE:
			key_file = optarg;
			break;
		case OPT_BASELINE:
			baseline_path = optarg;
			break;
		case FILTER_OPT_INSECURE:
			trust_insecure_files = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			return opt_getopt_error("report", opt, argv);
		}
	}
	if (url && baseline_path) {
		diag("report: --baseline compares two records; it does not go with --clickhouse");
		return EXIT_USAGE;
	}
	if (!url && (nhosts || store.db)) {
		diag("report: --host and --database go with --clickhouse");
		return EXIT_USAGE;
	}
	if (url && optind < argc) {
		diag("report: --clickhouse reports from the store; give no directories or files");
		return EXIT_USAGE;
	}
	if (!url && optind == argc) {
		diag("report: give a record directory or segment files (try 'sockwatch report "
		     "--help')");
		return EXIT_USAGE;
	}
	if ((head || key_text || key_file) && argc - optind != 1) {
		diag("report: --head and --key check one record: give one directory");
		return EXIT_USAGE;
	}
	if (key_text && key_file) {
		diag("report: --key and --key-file both given; give the key once");
		return EXIT_USAGE;
	}
	if (key_text && seal_parse_key(key_text, key, err, sizeof(err))) {
		diag("report: --key: %s", err);
		return EXIT_USAGE;
	}
	if (key_file && (r = seal_read_key_file(key_file, key, err, sizeof(err)))) {
		diag("report: --key-file: %s", err);
		return r == -2 ? EXIT_USAGE : EXIT_RUNTIME;
	}
	if (win.since != RPT_TS_NONE && win.until != RPT_TS_NONE && win.until < win.since) {
		diag("report: --until is before --since");
		return EXIT_USAGE;
	}
	if (!fmt_given && output)
		format_from_name(output, &fmt);
	if (approved_path && trust_file("--approved", approved_path, err, sizeof(err))) {
		diag("report: %s", err);
		return EXIT_RUNTIME; /* the file's permissions, not the command line */
	}
	if (approved_path && (r = approved_load(approved_path, &approved, err, sizeof(err)))) {
		diag("report: %s", err);
		return r == -2 ? EXIT_RUNTIME : EXIT_USAGE;
	}
	if (url) {
		rc = fleet_report_cmd(&store, hosts, nhosts, &win, approved_path, fmt, output);
		goto out;
	}
	/* a record that is missing, unreadable or not one is a runtime failure,
	 * as it is for verify: the command line was fine */
	r = rpt_inputs_open_checked(&ins, argv + optind, argc - optind, head,
				    key_text || key_file ? key : NULL, err, sizeof(err));
	explicit_bzero(key, sizeof(key));
	if (r) {
		diag("report: %s", err);
		goto out;
	}
	if (rpt_read_all(&ins, &win, (unsigned)threads, &agg, err, sizeof(err))) {
		diag("report: %s", err);
		rpt_agg_free(&agg);
		goto out;
	}
	rpt_agg_sort(&agg);
	if (baseline_path) {
		bagg_init = true;
		if (read_baseline(baseline_path, (unsigned)threads, &base))
			goto free_agg;
		sum.baseline = &base;
	}
	sum.agg = &agg;
	sum.ins = &ins;
	sum.win = win;
	sum.approved = approved;
	sum.approved_path = approved_path;
	sum.generated_by = SOCKWATCH_VERSION;
	sum.generated_at = (int64_t)clock_wall_ns();
	if (rpt_summarise(&sum)) {
		diag("report: out of memory");
		goto free_agg;
	}
	if (output ? write_file(output, fmt, &sum) : write_report(stdout, fmt, &sum) ||
						     fflush(stdout)) {
		if (!output)
			diag("report: writing the report: %s", strerror(errno ? errno : EIO));
		goto free_agg;
	}
	rc = EXIT_OK;
	if (sum.partial) {
		diag("report: the record is damaged, the report is partial: %s", sum.status);
		rc = EXIT_RUNTIME;
	} else if (!sum.integrity_ok) {
		diag("report: integrity check failed: %s", sum.integrity);
		rc = EXIT_RUNTIME;
	} else if (base.partial || (baseline_path && !base.integrity_ok)) {
		diag("report: the baseline record %s is %s: the drift may be wrong", baseline_path,
		     base.partial ? "damaged" : "failing its integrity check");
		rc = EXIT_RUNTIME;
	}
free_agg:
	rpt_summary_free(&sum);
	rpt_agg_free(&agg);
	rpt_baseline_free(&base);
	if (bagg_init)
		rpt_agg_free(&bagg);
	rpt_inputs_free(&bins);
out:
	rpt_inputs_free(&ins);
	approved_free(approved);
	return rc;
}
