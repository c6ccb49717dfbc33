/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: the report's escapers (user/report/report_esc.c), on raw
 * bytes: every untrusted string of an HTML, Markdown or CSV report goes
 * through one of them.
 *
 * Input: byte 0 is the cap for rpt_utf8_clean(); the rest is the string.
 * Checked, against what report.h promises:
 *   rpt_html_esc   valid UTF-8; no control byte, < > " ' only as entities,
 *                  '&' only starting &amp; &lt; &gt; &quot; &#39;; and
 *                  decoding it gives the input with invalid UTF-8 and
 *                  control bytes as U+FFFD, tab and newline as spaces
 *   rpt_md_esc     valid UTF-8; no control byte; every \ ` * _ [ ] < > | ~ &
 *                  escaped by a backslash, so no cell gains a column; and
 *                  reading the escapes back gives the input
 *   rpt_csv_field  one RFC 4180 field (quoted exactly when it holds , or ",
 *                  quotes doubled); its value never starts with = + - @
 *                  tab or CR (a leading ' neutralises those); valid UTF-8;
 *                  no control byte at all (they are written as \xHH)
 *   rpt_utf8_clean valid UTF-8 within cap, NUL-terminated, stops at a NUL
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the resc_ prefix).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "report/report.h"
#include "fuzz_utf8.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

/* ---- helpers ------------------------------------------------------------------ */

static bool resc_utf8(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;

	for (size_t i = 0; i < n;) {
		size_t k = fuzz_utf8_seq(s + i, n - i);

		if (!k)
			return false;
		i += k;
	}
	return true;
}

static bool resc_ctl(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

/* Run fn(f, s, n) into memory. */
static char *resc_run(void (*fn)(FILE *, const char *, size_t), const char *s, size_t n,
		      size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	if (!f)
		FUZZ_FAIL("open_memstream");
	fn(f, s, n);
	if (fclose(f))
		FUZZ_FAIL("fclose");
	return buf;
}

#define REPL "\xef\xbf\xbd"

/* ---- HTML ----------------------------------------------------------------------- */

static void resc_html(const char *s, size_t n)
{
	size_t len, mlen = 0;
	char *out = resc_run(rpt_html_esc, s, n, &len);
	char *model = malloc(n * 3 + 1), *dec = malloc(len + 1);
	size_t dlen = 0;

	if (!model || !dec)
		FUZZ_FAIL("malloc");
	if (!resc_utf8(out, len))
		FUZZ_FAIL("html: not UTF-8");
	/* the model of what the text should read as */
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t k;

		if (c == '\t' || c == '\n') {
			model[mlen++] = ' ';
			i++;
		} else if (resc_ctl(c) || !(k = fuzz_utf8_seq((const unsigned char *)s + i, n - i))) {
			memcpy(model + mlen, REPL, 3);
			mlen += 3;
			i++;
		} else {
			memcpy(model + mlen, s + i, k);
			mlen += k;
			i += k;
		}
	}
	/* decode, refusing anything raw that markup could use */
	for (size_t i = 0; i < len;) {
		static const struct { const char *ent; char c; } ents[] = {
			{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
			{ "&quot;", '"' }, { "&#39;", '\'' },
		};
		unsigned char c = (unsigned char)out[i];
		size_t e;

		if (resc_ctl(c) || c == '<' || c == '>' || c == '"' || c == '\'')
			FUZZ_FAIL("html: raw byte 0x%02x at %zu", c, i);
		if (c != '&') {
			dec[dlen++] = out[i++];
			continue;
		}
		for (e = 0; e < sizeof(ents) / sizeof(ents[0]); e++)
			if (!strncmp(out + i, ents[e].ent, strlen(ents[e].ent)) &&
			    i + strlen(ents[e].ent) <= len)
				break;
		if (e == sizeof(ents) / sizeof(ents[0]))
			FUZZ_FAIL("html: '&' that starts no known entity at %zu", i);
		dec[dlen++] = ents[e].c;
		i += strlen(ents[e].ent);
	}
	if (dlen != mlen || memcmp(dec, model, mlen))
		FUZZ_FAIL("html: does not read back as the input (cleaned)");
	free(model);
	free(dec);
	free(out);
}

/* ---- Markdown -------------------------------------------------------------------- */

static void resc_md(const char *s, size_t n)
{
	static const char punct[] = "\\`*_[]<>|~&";
	size_t len, dlen = 0;
	char *out = resc_run(rpt_md_esc, s, n, &len);
	char *dec = malloc(len + 1);

	if (!dec)
		FUZZ_FAIL("malloc");
	if (!resc_utf8(out, len))
		FUZZ_FAIL("md: not UTF-8");
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)out[i];

		if (resc_ctl(c))
			FUZZ_FAIL("md: control byte 0x%02x", c);
		if (c != '\\') {
			if (c && strchr(punct, c))
				FUZZ_FAIL("md: unescaped '%c' at %zu", c, i);
			dec[dlen++] = out[i++];
			continue;
		}
		if (i + 1 < len && out[i + 1] && strchr(punct, out[i + 1])) {
			dec[dlen++] = out[i + 1];
			i += 2;
			continue;
		}
		if (i + 3 < len && out[i + 1] == 'x') {
			const char *hex = "0123456789abcdef";
			const char *h = out[i + 2] ? strchr(hex, out[i + 2]) : NULL;
			const char *l = out[i + 3] ? strchr(hex, out[i + 3]) : NULL;

			if (!h || !l)
				FUZZ_FAIL("md: bad \\x escape at %zu", i);
			dec[dlen++] = (char)((h - hex) << 4 | (l - hex));
			i += 4;
			continue;
		}
		FUZZ_FAIL("md: lone backslash at %zu", i);
	}
	if (dlen != n || memcmp(dec, s, n))
		FUZZ_FAIL("md: does not read back as the input");
	free(dec);
	free(out);
}

/* ---- CSV ---------------------------------------------------------------------------- */

static void resc_csv(const char *s, size_t n)
{
	size_t len, vlen = 0;
	char *out = resc_run(rpt_csv_field, s, n, &len);
	char *val = malloc(len + 1);
	bool quoted = len && out[0] == '"';
	bool needs = false;

	if (!val)
		FUZZ_FAIL("malloc");
	if (!resc_utf8(out, len))
		FUZZ_FAIL("csv: not UTF-8");
	for (size_t i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '"') /* CR, LF are escaped as text */
			needs = true;
	if (quoted != needs)
		FUZZ_FAIL("csv: %squoted, but the value %s , or \"", quoted ? "" : "not ",
			  needs ? "holds" : "has no");
	if (quoted) {
		if (len < 2 || out[len - 1] != '"')
			FUZZ_FAIL("csv: quoted field does not end in a quote");
		for (size_t i = 1; i < len - 1; i++) {
			if (out[i] == '"') {
				if (i + 1 >= len - 1 || out[i + 1] != '"')
					FUZZ_FAIL("csv: lone quote inside a quoted field");
				i++;
			}
			val[vlen++] = out[i];
		}
	} else {
		for (size_t i = 0; i < len; i++) {
			if (out[i] == ',' || out[i] == '"' || out[i] == '\r' || out[i] == '\n')
				FUZZ_FAIL("csv: unquoted field holds 0x%02x", (unsigned char)out[i]);
			val[vlen++] = out[i];
		}
	}
	if (vlen && (val[0] == '=' || val[0] == '+' || val[0] == '-' || val[0] == '@' ||
		     val[0] == '\t' || val[0] == '\r'))
		FUZZ_FAIL("csv: cell starts with '%c': a spreadsheet runs it as a formula",
			  val[0]);
	if (n && strchr("=+-@\t\r", s[0]) && s[0] && (!vlen || val[0] != '\''))
		FUZZ_FAIL("csv: formula character not neutralised with '");
	/* FUZZ_CFLAGS=-DRESC_CSV_CTL_OK skips this, to fuzz past the raw
	 * control bytes rpt_csv_field() let through when this was written */
#ifndef RESC_CSV_CTL_OK
	for (size_t i = 0; i < vlen; i++) {
		unsigned char c = (unsigned char)val[i];

		if (resc_ctl(c))
			FUZZ_FAIL("csv: control byte 0x%02x in the cell", c);
	}
#endif
	free(val);
	free(out);
}

/* ---- utf8_clean -------------------------------------------------------------------- */

static void resc_clean(const char *s, size_t n, size_t cap)
{
	char *buf = cap ? malloc(cap) : NULL;
	size_t got;

	if (cap && !buf)
		FUZZ_FAIL("malloc");
	got = rpt_utf8_clean(buf, cap, s, n);
	if (!cap) {
		if (got)
			FUZZ_FAIL("utf8_clean wrote %zu with cap 0", got);
		return;
	}
	if (got >= cap || buf[got] || strlen(buf) != got)
		FUZZ_FAIL("utf8_clean: %zu bytes, cap %zu", got, cap);
	if (!resc_utf8(buf, got))
		FUZZ_FAIL("utf8_clean: not UTF-8");
	/* a whole prefix: nothing that fitted was left out (a sequence is at
	 * most 4 bytes, U+FFFD 3), and nothing past a NUL */
	{
		size_t i = 0, o = 0;

		while (i < n && s[i]) {
			size_t k = fuzz_utf8_seq((const unsigned char *)s + i, n - i);
			size_t w = k ? k : 3;

			if (o + w >= cap)
				break;
			o += w;
			i += k ? k : 1;
		}
		if (o != got)
			FUZZ_FAIL("utf8_clean: %zu bytes, the model %zu", got, o);
	}
	free(buf);
}

/* ---- entry ----------------------------------------------------------------------------- */

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + (size ? 1 : 0);
	size_t n = size ? size - 1 : 0;
	char *copy = malloc(n ? n : 1); /* exactly n: reads past it show */

	if (!copy)
		return 0;
	memcpy(copy, s, n);
	resc_html(copy, n);
	resc_md(copy, n);
	resc_csv(copy, n);
	resc_clean(copy, n, size ? data[0] : 0);
	free(copy);
	return 0;
}
