/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: `sockwatch report` end to end on one segment file:
 * the record reader (user/report/report_read.c, report_inflate.c: gzip as
 * sized members or a stream, lines across jobs, a worker thread), the line parser (report_parse.c), the aggregates and findings
 * (report_agg.c, report_distinct.c, report_find.c with an approved list)
 * and all four writers (report_fmt_{md,html,csv,json}.c).
 *
 * Input layout:
 *   byte 0   bit 0: gzip the segment (else plain .jsonl, which the reader
 *            also takes); bit 1: then cut the gzip stream at byte 1's
 *            fraction of its length (a crashed recorder's open segment);
 *            bit 2: with --approved (a fixed list); bits 3-4: window
 *            (none, --since, --until, both); bit 5: the rest is taken as
 *            raw gzip data as it is; bit 6 (with bit 0): gzip as the
 *            recorder does, sized members (segment_gz.h), two of them
 *            split at byte 1's fraction, anywhere, even mid-line
 *   byte 1   where to cut, and where to split
 *   the rest the segment's lines (record_start, events, snapshot, drop,
 *            record_stop, or anything else)
 *
 * Checked on what the writers produce, whatever the record said:
 *   JSON  one object, json-c strict with UTF-8 validation, nothing after
 *   CSV   RFC 4180 with CRLF: every record 23 fields, the header first;
 *         no cell starts with = + - @ tab or CR (formula injection); valid
 *         UTF-8; no control byte but tab, and CR/LF inside quotes
 *   HTML  valid UTF-8, no control byte but '\n'; every '<' opens a tag the
 *         writer uses (so no text became markup), attribute values quoted
 *         without '<' or '"'; every '&' outside tags starts an entity
 *   MD    valid UTF-8, no control byte but '\n'; every row of a table has
 *         as many unescaped '|' as the table's first row
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the rptf_ prefix).
 * FUZZ_CFLAGS=-DRESC_CSV_CTL_OK skips the CSV control-byte check (see
 * fuzz_report_esc.c).
 *
 * fuzz-args: -max_len=16384 -rss_limit_mb=4096
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <json-c/json.h>
#include <zlib.h>

#include "fuzz_common.h"
#include "evidence/segment_gz.h"
#include "report/approved.h"
#include "report/report.h"
#include "fuzz_utf8.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

/* ---- files ------------------------------------------------------------------- */

static struct fuzz_file rptf_seg = FUZZ_FILE_INIT, rptf_appr = FUZZ_FILE_INIT;

static const char rptf_approved[] =
	"listen tcp 22 process=sshd addr=wildcard -- remote administration\n"
	"listen udp 53 addr=loopback -- local DNS stub\n"
	"listen any 8000-8080 addr=10.0.0.0/8 -- internal apps\n"
	"connect tcp 443 -- HTTPS\n"
	"connect any * process=curl -- fetches\n";

static void rptf_text(const char *what, const char *s, size_t n, const char *allowed_ctl)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t k = fuzz_utf8_seq((const unsigned char *)s + i, n - i);

		if (!k)
			FUZZ_FAIL("%s: invalid UTF-8 at byte %zu", what, i);
		if ((c < 0x20 || c == 0x7f) && !(c && strchr(allowed_ctl, c)))
			FUZZ_FAIL("%s: control byte 0x%02x at %zu", what, c, i);
		i += k;
	}
}

/* The context around offset i, for a failure message. */
static const char *rptf_around(const char *s, size_t n, size_t i)
{
	static char buf[161];
	size_t from = i > 80 ? i - 80 : 0, len = n - from < 160 ? n - from : 160;

	memcpy(buf, s + from, len);
	buf[len] = '\0';
	for (size_t k = 0; k < len; k++)
		if ((unsigned char)buf[k] < 0x20)
			buf[k] = '.';
	return buf;
}

/* ---- JSON -------------------------------------------------------------------- */

static void rptf_json(const char *s, size_t n)
{
	json_tokener *tok = json_tokener_new();
	json_object *o;
	size_t end;

	if (!tok)
		FUZZ_FAIL("json_tokener_new");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, s, (int)n);
	if (!o || !json_object_is_type(o, json_type_object))
		FUZZ_FAIL("json: not one object (%s) near: %s",
			  json_tokener_error_desc(json_tokener_get_error(tok)),
			  rptf_around(s, n, json_tokener_get_parse_end(tok)));
	end = json_tokener_get_parse_end(tok);
	for (size_t i = end; i < n; i++)
		if (s[i] != '\n' && s[i] != ' ')
			FUZZ_FAIL("json: text after the object");
	json_object_put(o);
	json_tokener_free(tok);
}

/* ---- CSV ---------------------------------------------------------------------- */

static const char *const rptf_csv_cols[23] = {
	"table", "name", "severity", "proto", "address", "port", "port_class", "service",
	"process", "uid", "count", "failures", "distinct", "first_seen", "last_seen",
	"approved", "rule", "detail", "executable", "package", "unit", "container", "netns",
};

static void rptf_csv_cell(const char *v, size_t n, bool quoted, size_t row, size_t col)
{
	if (n && strchr("=+-@\t\r", v[0]))
		FUZZ_FAIL("csv: row %zu column %zu starts with 0x%02x: a formula", row, col,
			  (unsigned char)v[0]);
	if (row == 0 && (n != strlen(rptf_csv_cols[col]) || memcmp(v, rptf_csv_cols[col], n)))
		FUZZ_FAIL("csv: header column %zu is '%.*s'", col, (int)n, v);
#ifndef RESC_CSV_CTL_OK
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];

		if ((c < 0x20 || c == 0x7f) && c != '\t' && !(quoted && (c == '\r' || c == '\n')))
			FUZZ_FAIL("csv: control byte 0x%02x in row %zu column %zu", c, row, col);
	}
#else
	(void)quoted;
#endif
}

static void rptf_csv(const char *s, size_t n)
{
	char *v = malloc(n + 1);
	size_t row = 0, col = 0, i = 0;

	if (!v)
		FUZZ_FAIL("malloc");
#ifndef RESC_CSV_CTL_OK
	rptf_text("csv", s, n, "\t\r\n");
#else
	rptf_text("csv", s, n, "\t\r\n\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11"
		  "\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f");
#endif
	if (!n)
		FUZZ_FAIL("csv: empty");
	while (i < n) {
		size_t vn = 0;
		bool quoted = s[i] == '"';

		if (quoted) {
			for (i++;; i++) {
				if (i >= n)
					FUZZ_FAIL("csv: quoted field runs to the end");
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"') {
						v[vn++] = '"';
						i++;
						continue;
					}
					i++;
					break;
				}
				v[vn++] = s[i];
			}
		} else {
			while (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
				if (s[i] == '"')
					FUZZ_FAIL("csv: quote inside an unquoted field, row %zu", row);
				v[vn++] = s[i++];
			}
		}
		if (col >= 23)
			FUZZ_FAIL("csv: row %zu has more than 23 fields", row);
		rptf_csv_cell(v, vn, quoted, row, col);
		if (i < n && s[i] == ',') {
			col++;
			i++;
			continue;
		}
		if (i + 2 <= n && s[i] == '\r' && s[i + 1] == '\n') {
			if (col != 22)
				FUZZ_FAIL("csv: row %zu has %zu fields", row, col + 1);
			row++;
			col = 0;
			i += 2;
			continue;
		}
		FUZZ_FAIL("csv: row %zu: field not followed by ',' or CRLF near: %s", row,
			  rptf_around(s, n, i));
	}
	if (col)
		FUZZ_FAIL("csv: last row not ended by CRLF");
	free(v);
}

/* ---- HTML ---------------------------------------------------------------------- */

static const char *const rptf_tags[] = {
	"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "ol",
	"li", "table", "thead", "tbody", "tr", "td", "th", "code", "span", "div", "svg", "g",
	"rect", "text", "a", "b", "strong", "em", "small", "br", "section", "title", "caption",
	"details", "summary", "pre", "line", "path", "circle", "tspan", "footer", "header",
	"nav", "main", "abbr", "sup", "sub", "dl", "dt", "dd", "hr", "i", "col", "colgroup",
};

static void rptf_html(const char *s, size_t n)
{
	size_t i = 0;

	rptf_text("html", s, n, "\n");
	while (i < n) {
		if (s[i] == '&') {
			size_t k = i + 1;

			if (k < n && s[k] == '#') {
				k++;
				if (k < n && (s[k] == 'x' || s[k] == 'X'))
					k++;
			}
			while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
					 (s[k] >= '0' && s[k] <= '9')))
				k++;
			if (k == i + 1 || k >= n || s[k] != ';')
				FUZZ_FAIL("html: '&' that starts no entity near: %s",
					  rptf_around(s, n, i));
			i = k + 1;
			continue;
		}
		if (s[i] == '>')
			FUZZ_FAIL("html: '>' outside a tag near: %s", rptf_around(s, n, i));
		if (s[i] != '<') {
			i++;
			continue;
		}
		/* a tag */
		if (!strncmp(s + i, "<!DOCTYPE html>", 15) && i + 15 <= n) {
			i += 15;
			continue;
		}
		{
			size_t k = i + 1, name, t;
			bool style;

			if (k < n && s[k] == '/')
				k++;
			name = k;
			while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= '0' && s[k] <= '9')))
				k++;
			for (t = 0; t < sizeof(rptf_tags) / sizeof(rptf_tags[0]); t++)
				if (strlen(rptf_tags[t]) == k - name &&
				    !memcmp(s + name, rptf_tags[t], k - name))
					break;
			if (t == sizeof(rptf_tags) / sizeof(rptf_tags[0]) ||
			    (k < n && s[k] != ' ' && s[k] != '>' && s[k] != '/'))
				FUZZ_FAIL("html: '<' that opens no tag the writer uses near: %s",
					  rptf_around(s, n, i));
			style = s[name - 1] != '/' && k - name == 5 && !memcmp(s + name, "style", 5);
			/* attributes: NAME="VALUE" with no '<' or '"' in VALUE */
			while (k < n && s[k] != '>') {
				if (s[k] == '<')
					FUZZ_FAIL("html: '<' inside a tag near: %s", rptf_around(s, n, k));
				if (s[k] == '=') {
					if (k + 1 >= n || s[k + 1] != '"')
						FUZZ_FAIL("html: unquoted attribute near: %s",
							  rptf_around(s, n, k));
					k += 2;
					while (k < n && s[k] != '"') {
						if (s[k] == '<')
							FUZZ_FAIL("html: '<' in an attribute near: %s",
								  rptf_around(s, n, k));
						k++;
					}
				}
				k++;
			}
			if (k >= n)
				FUZZ_FAIL("html: tag not closed");
			i = k + 1;
			if (style) {
				/* CSS is the writer's own: skip to its end */
				const char *e = strstr(s + i, "</style>");

				if (!e)
					FUZZ_FAIL("html: <style> not closed");
				i = (size_t)(e - s);
			}
		}
	}
}

/* ---- Markdown -------------------------------------------------------------------- */

static size_t rptf_pipes(const char *l, size_t n)
{
	size_t pipes = 0;

	for (size_t i = 0; i < n; i++) {
		if (l[i] == '\\') {
			i++; /* whatever follows is escaped */
			continue;
		}
		if (l[i] == '|')
			pipes++;
	}
	return pipes;
}

static void rptf_md(const char *s, size_t n)
{
	size_t want = 0, lineno = 0;
	bool in_table = false;

	rptf_text("md", s, n, "\n");
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len = (size_t)((nl ? nl : s + n) - (s + i));

		lineno++;
		if (len && s[i] == '|') {
			size_t p = rptf_pipes(s + i, len);

			if (!in_table) {
				in_table = true;
				want = p;
			} else if (p != want) {
				FUZZ_FAIL("md: line %zu has %zu cell borders, its table %zu: %.*s",
					  lineno, p, want, (int)len, s + i);
			}
		} else {
			in_table = false;
		}
		i += len + 1;
	}
}

/* ---- the pipeline -------------------------------------------------------------- */

typedef int (*rptf_writer)(FILE *f, const struct rpt_summary *s);

static void rptf_format(const char *what, rptf_writer w, const struct rpt_summary *sum,
			void (*check)(const char *, size_t))
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		FUZZ_FAIL("open_memstream");
	if (w(f, sum))
		FUZZ_FAIL("%s writer failed: %s", what, strerror(errno));
	if (fclose(f))
		FUZZ_FAIL("fclose");
	check(buf, len);
	free(buf);
}

/* Two sized members, split at the fraction at/256 of data, or NULL. */
static unsigned char *rptf_members(const uint8_t *data, size_t size, unsigned at,
				   size_t *out_len)
{
	struct seggz_writer w;
	size_t k = size * at / 256, len = 0;
	unsigned char *out = NULL, *grown;

	if (seggz_init(&w, 1))
		return NULL;
	for (int part = 0; part < 2; part++) {
		if (seggz_add(&w, part ? data + k : data, part ? size - k : k) ||
		    seggz_finish(&w))
			goto fail;
		grown = realloc(out, len + w.len + 1);
		if (!grown)
			goto fail;
		out = grown;
		memcpy(out + len, w.buf, w.len);
		len += w.len;
		if (seggz_next(&w))
			goto fail;
	}
	seggz_free(&w);
	*out_len = len;
	return out;
fail:
	seggz_free(&w);
	free(out);
	return NULL;
}

/* A gzip member of data, or NULL. */
static unsigned char *rptf_gzip(const uint8_t *data, size_t size, size_t *out_len)
{
	z_stream z;
	size_t cap = compressBound((uLong)size) + 64;
	unsigned char *out = malloc(cap);

	if (!out)
		return NULL;
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		free(out);
		return NULL;
	}
	z.next_in = (unsigned char *)data;
	z.avail_in = (uInt)size;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
		deflateEnd(&z);
		free(out);
		return NULL;
	}
	*out_len = z.total_out;
	deflateEnd(&z);
	return out;
}

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	struct rpt_window win = { RPT_TS_NONE, RPT_TS_NONE };
	struct approved_list *appr = NULL;
	struct rpt_inputs ins;
	struct rpt_summary sum;
	struct rpt_agg agg;
	unsigned char *gz = NULL;
	const void *seg;
	size_t seglen;
	char err[1024], *paths[1];
	uint8_t mode;

	if (size < 2)
		return 0;
	mode = data[0];
	seg = data + 2;
	seglen = size - 2;
	if ((mode & 1) && !(mode & 32)) {
		gz = mode & 64 ? rptf_members(data + 2, size - 2, data[1], &seglen)
			       : rptf_gzip(data + 2, size - 2, &seglen);
		if (!gz)
			return 0;
		if (mode & 2)
			seglen = seglen * data[1] / 256;
		seg = gz;
	}
	paths[0] = (char *)fuzz_file_write(&rptf_seg, "fuzz_report_seg", seg, seglen);
	free(gz);
	if (mode & 4) {
		const char *p = fuzz_file_write(&rptf_appr, "fuzz_report_approved", rptf_approved,
					   sizeof(rptf_approved) - 1);

		if (approved_load(p, &appr, err, sizeof(err)))
			FUZZ_FAIL("the fixed approved list does not load: %s", err);
	}
	if (mode & 8)
		rpt_time_parse("2026-01-05T09:00:00Z", 20, &win.since);
	if (mode & 16)
		rpt_time_parse("2026-01-05T10:00:00Z", 20, &win.until);

	if (rpt_inputs_open(&ins, paths, 1, err, sizeof(err)))
		FUZZ_FAIL("rpt_inputs_open: %s", err);
	if (rpt_read_all(&ins, &win, 1, &agg, err, sizeof(err)))
		FUZZ_FAIL("rpt_read_all: %s", err);
	rpt_agg_sort(&agg);
	memset(&sum, 0, sizeof(sum));
	sum.agg = &agg;
	sum.ins = &ins;
	sum.win = win;
	sum.approved = appr;
	sum.approved_path = appr ? "approved.conf" : NULL;
	sum.generated_by = "fuzz";
	sum.generated_at = 1767603600000000000ll; /* 2026-01-05T09:00:00Z */
	if (rpt_summarise(&sum))
		FUZZ_FAIL("rpt_summarise: out of memory");

	rptf_format("json", rpt_write_json, &sum, rptf_json);
	rptf_format("csv", rpt_write_csv, &sum, rptf_csv);
	rptf_format("html", rpt_write_html, &sum, rptf_html);
	rptf_format("md", rpt_write_md, &sum, rptf_md);

	rpt_summary_free(&sum);
	rpt_agg_free(&agg);
	rpt_inputs_free(&ins);
	approved_free(appr);
	return 0;
}
