// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch verify DIR`: check a record against its manifest (manifest.h). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cmd/commands.h"
#include "common/diag.h"
#include "output/escape.h"
#include "output/json_writer.h"
#include "evidence/manifest.h"
#include "evidence/seal.h"
#include "common/opts.h"
#include "fleet/ch.h"
#include "fleet/ship.h"

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch verify [--json] [--head HEX] [--key KEY | --key-file FILE]\n"
"                        [--clickhouse URL [--database DB]] DIR\n"
"Check every segment of the record in DIR against its manifest: the SHA-256\n"
"chain, each segment's size and hash, their order, files that should not be\n"
"there, and how the record ended. One line per segment: intact, or what is\n"
"wrong (missing, modified, truncated, size-mismatch, out-of-order, extra,\n"
"open-crashed, foreign, untrusted).\n"
"\n"
"  -j, --json       one JSON object instead of text\n"
"      --head HEX   the manifest chain head noted when the record was closed\n"
"                   ('record' prints it); catches entries cut from the end\n"
"      --key KEY    the seal key 'record' showed at start (64 hex digits):\n"
"                   prove every seal; a manifest rewritten by anyone without\n"
"                   the key of its time fails (seal-broken)\n"
"      --key-file FILE  the same key, read from FILE ('record --key-file')\n"
"      --clickhouse URL  also check the record against what 'sockwatch ship'\n"
"                   stored there: every manifest entry shipped must be here,\n"
"                   unchanged, and every segment shipped still intact. Catches\n"
"                   a record rewritten or cut after shipping, even with its\n"
"                   local chain rebuilt\n"
"      --database DB  the store's database (default " CH_DEFAULT_DB ")\n"
"  -h, --help       this help\n"
"\n"
"A record still being written verifies up to its last flush; its open\n"
"segment is shown as open-recording and is not a failure. Bytes of an open\n"
"segment after its last checkpoint are an UNVERIFIED TAIL: shown, counted,\n"
"vouched for by nothing.\n"
"\n"
"Without a key, verify finds accidental damage and edits that left the\n"
"manifest alone; whoever can write the record can also rebuild its chain.\n"
"With the key, a rebuilt manifest fails: the seals of lines written before\n"
"the host was taken cannot be recomputed.\n"
"\n"
"Exit status: 0 intact and closed cleanly, 1 anything else (including a\n"
"record whose recorder crashed), 2 usage error.\n");
}

/* A string, or null when empty or absent. */
static void str_or_null(struct jw *w, const char *s)
{
	jw_str(w, s && *s ? s : NULL);
}

static int print_json(const char *dir, const struct mf_report *r,
		      const struct anchor_result *a)
{
	struct jw jw, *w = &jw;

	jw_init_file(w, stdout);
	jw_object_start(w);
	JW_KEY(w, "dir");
	jw_str(w, dir);
	JW_KEY(w, "ok");
	jw_bool(w, mf_report_ok(r) && (!a || a->ok));
	JW_KEY(w, "problems");
	jw_i64(w, r->problems);
	JW_KEY(w, "record_id");
	str_or_null(w, r->record_id);
	JW_KEY(w, "host");
	str_or_null(w, r->host);
	JW_KEY(w, "kernel");
	str_or_null(w, r->kernel);
	JW_KEY(w, "sockwatch");
	str_or_null(w, r->version);
	JW_KEY(w, "started");
	str_or_null(w, r->started);
	JW_KEY(w, "ended");
	str_or_null(w, r->ended);
	JW_KEY(w, "stopped");
	jw_bool(w, r->stopped);
	JW_KEY(w, "stop_reason");
	str_or_null(w, r->stop_reason);
	JW_KEY(w, "live");
	jw_bool(w, r->live);
	JW_KEY(w, "events");
	jw_u64(w, r->events);
	JW_KEY(w, "drops");
	jw_u64(w, r->drops);
	JW_KEY(w, "manifest");
	jw_object_start(w);
	JW_KEY(w, "status");
	jw_str(w, mf_manifest_name(r->manifest));
	JW_KEY(w, "detail");
	str_or_null(w, r->manifest_detail);
	JW_KEY(w, "lines");
	jw_i64(w, r->manifest_lines);
	JW_KEY(w, "chain_head");
	str_or_null(w, r->chain_head);
	JW_KEY(w, "format");
	if (r->format)
		jw_i64(w, r->format);
	else
		jw_null(w);
	JW_KEY(w, "sealed");
	jw_bool(w, r->sealed);
	JW_KEY(w, "seals_checked");
	jw_bool(w, r->seals_checked);
	JW_KEY(w, "sealed_lines");
	jw_i64(w, r->sealed_lines);
	jw_object_end(w);
	JW_KEY(w, "segments");
	jw_array_start(w);
	for (unsigned i = 0; i < r->nseg; i++) {
		const struct mf_segment *s = &r->seg[i];

		jw_object_start(w);
		JW_KEY(w, "file");
		jw_str(w, s->file);
		JW_KEY(w, "seq");
		if (s->seq)
			jw_i64(w, s->seq);
		else
			jw_null(w);
		JW_KEY(w, "status");
		jw_str(w, mf_status_name(s->status));
		JW_KEY(w, "detail");
		str_or_null(w, s->detail);
		JW_KEY(w, "listed");
		jw_bool(w, s->listed);
		JW_KEY(w, "bytes");
		jw_u64(w, s->bytes);
		JW_KEY(w, "sha256");
		str_or_null(w, s->sha256);
		JW_KEY(w, "start");
		str_or_null(w, s->start);
		JW_KEY(w, "end");
		str_or_null(w, s->end);
		JW_KEY(w, "events");
		if (s->listed)
			jw_u64(w, s->events);
		else
			jw_null(w);
		JW_KEY(w, "drops");
		if (s->listed)
			jw_u64(w, s->drops);
		else
			jw_null(w);
		if (s->status == MF_OPEN_CRASH || s->status == MF_OPEN_LIVE) {
			JW_KEY(w, "verified_bytes");
			jw_u64(w, s->verified_bytes);
			JW_KEY(w, "unverified_tail_bytes");
			jw_u64(w, s->tail_bytes);
			JW_KEY(w, "unverified_tail_lines");
			jw_u64(w, s->tail_lines);
		}
		if (s->status == MF_FOREIGN) {
			JW_KEY(w, "foreign_record_id");
			jw_str(w, s->foreign_id);
		}
		jw_object_end(w);
	}
	jw_array_end(w);
	if (a) {
		JW_KEY(w, "anchor");
		jw_object_start(w);
		JW_KEY(w, "ok");
		jw_bool(w, a->ok);
		JW_KEY(w, "shipped");
		jw_bool(w, a->shipped);
		JW_KEY(w, "stored_entries");
		jw_u64(w, a->stored_entries);
		JW_KEY(w, "local_entries");
		jw_u64(w, a->local_entries);
		JW_KEY(w, "shipped_segments");
		jw_u64(w, a->shipped_segments);
		JW_KEY(w, "stored_head");
		if (a->stored_head[0])
			jw_str(w, a->stored_head);
		else
			jw_null(w);
		JW_KEY(w, "last_ship");
		if (a->last_ship[0])
			jw_str(w, a->last_ship);
		else
			jw_null(w);
		JW_KEY(w, "problems");
		jw_array_start(w);
		for (unsigned i = 0; i < a->nproblem; i++)
			jw_str(w, a->problem[i]);
		jw_array_end(w);
		jw_object_end(w);
	}
	jw_object_end(w);
	jw_newline(w);
	return jw_finish(w);
}

/* Everything below comes from files an attacker may have edited: escape
 * it, so no byte in a manifest can draw a fake verdict on the terminal. */
static void print_text(const char *dir, const struct mf_report *r, bool keyed,
		       const struct anchor_result *a, const char *store)
{
	printf("record    %s\n", esc_line_str(dir));
	if (r->record_id[0])
		printf("id        %s\n", esc_line_str(r->record_id));
	if (r->host[0])
		printf("host      %s, kernel %s, sockwatch %s\n", esc_line_str(r->host), esc_line_str(r->kernel),
		       esc_line_str(r->version));
	printf("window    %s .. %s\n", r->started[0] ? esc_line_str(r->started) : "?",
	       r->ended[0] ? esc_line_str(r->ended) : "(no clean stop)");
	if (r->stopped)
		printf("stop      clean (%s): %llu events, %llu dropped\n", esc_line_str(r->stop_reason),
		       (unsigned long long)r->events, (unsigned long long)r->drops);
	else if (r->live)
		printf("stop      still recording\n");
	else
		printf("stop      NOT CLEAN: no stop entry (recorder killed, crashed or failed); "
		       "closed segments hold %llu events, %llu dropped\n",
		       (unsigned long long)r->events, (unsigned long long)r->drops);
	printf("manifest  %s%s%s", mf_manifest_name(r->manifest),
	       r->manifest_detail[0] ? ": " : "", esc_line_str(r->manifest_detail));
	if (r->chain_head[0])
		printf(" (%u entries, chain head %s)", r->manifest_lines, r->chain_head);
	putchar('\n');
	if (r->seals_checked)
		printf("seals     proven with the key: all %u lines\n", r->sealed_lines);
	else if (r->sealed && r->manifest == MFM_SEAL_BROKEN)
		printf("seals     BROKEN: only the first %u lines are proven\n", r->sealed_lines);
	else if (r->sealed && keyed)
		/* the manifest fails otherwise (malformed, torn, chain broken) */
		printf("seals     NOT all proven: the key proves the first %u lines; the manifest "
		       "is %s\n", r->sealed_lines, mf_manifest_name(r->manifest));
	else if (r->sealed)
		printf("seals     present, not checked (no --key): this shows accidental damage "
		       "and naive edits, not a rebuilt manifest\n");
	else if (r->format == 1)
		printf("seals     none (format 1 record: unsealed)\n");
	for (unsigned i = 0; i < r->nseg; i++) {
		const struct mf_segment *s = &r->seg[i];

		if (s->detail[0])
			printf("%-20s %-14s %s\n", esc_line_str(s->file), mf_status_name(s->status),
			       esc_line_str(s->detail));
		else
			printf("%-20s %s\n", esc_line_str(s->file), mf_status_name(s->status));
	}
	if (a && a->shipped)
		printf("anchor    %s: %u manifest entr%s and %u segment%s shipped, the last at "
		       "%s\n", esc_line_str(store), a->stored_entries, a->stored_entries == 1 ? "y" : "ies",
		       a->shipped_segments, a->shipped_segments == 1 ? "" : "s", a->last_ship);
	for (unsigned i = 0; a && i < a->nproblem; i++)
		printf("anchor    NOT MATCHING: %s\n", esc_line_str(a->problem[i]));
	if (a && a->ok)
		printf("anchor    every entry shipped is here, unchanged\n");
	if (a && !a->ok)
		printf("verify: %s does NOT match what was shipped to %s\n", esc_line_str(dir), esc_line_str(store));
	else if (mf_report_ok(r))
		/* the verdict says what it rests on: without the key, the chain
		 * alone, which whoever can write the record can rebuild */
		printf("verify: %s is intact: %u segment file%s checked%s\n", esc_line_str(dir),
		       r->nseg, r->nseg == 1 ? "" : "s",
		       r->seals_checked ? ", every seal proven with the key"
		       : r->sealed ? "; seals not checked (no --key): a rebuilt manifest would "
				     "pass too" : "; unsealed record: a rebuilt manifest would pass too");
	else
		printf("verify: %s is NOT intact: %u problem%s\n", esc_line_str(dir), r->problems,
		       r->problems == 1 ? "" : "s");
}

int cmd_verify(int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "head", required_argument, NULL, 'H' },
		{ "key", required_argument, NULL, 'K' },
		{ "key-file", required_argument, NULL, 'F' },
		CH_LONG_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *head = NULL, *dir, *key_text = NULL, *key_file = NULL, *url;
	struct ch_opts store = {0};
	unsigned char key[SEAL_KEY_LEN];
	struct anchor_result anchor;
	struct ch_conn c;
	struct mf_report *r;
	char err[512];
	int json = 0, opt, ok, e, failed = 0;

	opterr = 0; /* one line of our own, not getopt's and ours */
	while ((opt = getopt_long(argc, argv, ":jh", long_opts, NULL)) != -1) {
		switch (opt) {
		case 'j':
			json = 1;
			break;
		case 'H':
			if (strlen(optarg) != MF_HEX_LEN ||
			    strspn(optarg, "0123456789abcdef") != MF_HEX_LEN) {
				diag("--head: expected %d lower-case hex digits", MF_HEX_LEN);
				return EXIT_USAGE;
			}
			head = optarg;
			break;
		case 'K':
			key_text = optarg;
			break;
		case 'F':
			key_file = optarg;
			break;
		case CH_OPT_CLICKHOUSE:
		case CH_OPT_DATABASE:
			ch_opts_take(&store, opt, optarg);
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			return opt_getopt_error("verify", opt, argv);
		}
	}
	if (key_text && key_file) {
		diag("verify: --key and --key-file both given; give the key once");
		return EXIT_USAGE;
	}
	if (key_text && seal_parse_key(key_text, key, err, sizeof(err))) {
		diag("--key: %s", err);
		return EXIT_USAGE;
	}
	if (key_file && (e = seal_read_key_file(key_file, key, err, sizeof(err)))) {
		diag("--key-file: %s", err);
		return e == -2 ? EXIT_USAGE : EXIT_RUNTIME;
	}
	if (optind + 1 != argc) {
		diag(optind == argc ? "verify needs a record directory (try 'sockwatch verify "
				      "--help')" : "verify takes one directory");
		return EXIT_USAGE;
	}
	dir = argv[optind];
	url = store.url;
	if (url && ch_opts_open(&store, &c, "verify")) {
		explicit_bzero(key, sizeof(key));
		return EXIT_USAGE;
	}
	e = mf_verify_key(dir, head, key_text || key_file ? key : NULL, &r, err, sizeof(err));
	explicit_bzero(key, sizeof(key));
	if (e) {
		diag("%s", err);
		if (url)
			ch_close(&c);
		return EXIT_RUNTIME;
	}
	if (url && anchor_check(&c, dir, r, &anchor, err, sizeof(err))) {
		diag("verify: %s", err);
		ch_close(&c);
		mf_report_free(r);
		return EXIT_RUNTIME;
	}
	if (json)
		failed = print_json(dir, r, url ? &anchor : NULL);
	else
		print_text(dir, r, key_text || key_file, url ? &anchor : NULL,
			   url ? c.shown : NULL);
	ok = mf_report_ok(r) && (!url || anchor.ok);
	mf_report_free(r);
	if (url)
		ch_close(&c);
	if (failed || fflush(stdout) || ferror(stdout)) {
		diag("writing the result failed");
		return EXIT_RUNTIME;
	}
	return ok ? EXIT_OK : EXIT_RUNTIME;
}
