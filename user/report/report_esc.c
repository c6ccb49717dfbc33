// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Escaping for the report formats. Process names, service names (from a
 * user's services file) and approval justifications are all untrusted:
 * none may add a table column, a tag, a formula or a control sequence.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "output/escape.h"
#include "report/report.h"

#define REPLACEMENT "\xef\xbf\xbd"

void rpt_html_esc(FILE *f, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;

	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t k;

		switch (c) {
		case '&': fputs("&amp;", f); i++; continue;
		case '<': fputs("&lt;", f); i++; continue;
		case '>': fputs("&gt;", f); i++; continue;
		case '"': fputs("&quot;", f); i++; continue;
		case '\'': fputs("&#39;", f); i++; continue;
		case '\t': case '\n': fputc(' ', f); i++; continue;
		default: break;
		}
		if (c < 0x20 || c == 0x7f) {
			fputs(REPLACEMENT, f);
			i++;
		} else if ((k = esc_utf8_len(s + i, n - i))) {
			fwrite(s + i, 1, k, f);
			i += k;
		} else {
			fputs(REPLACEMENT, f);
			i++;
		}
	}
}

void rpt_md_esc(FILE *f, const char *str, size_t n)
{
	/* What can start markup inside a table cell or a list item; '.', '-',
	 * '#' only matter at the start of a line, which a cell never is. */
	static const char punct[] = "\\`*_[]<>|~&";
	const unsigned char *s = (const unsigned char *)str;

	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t k;

		if (c < 0x20 || c == 0x7f) {
			fprintf(f, "\\x%02x", c);
			i++;
		} else if (c < 0x80) {
			if (strchr(punct, c))
				fputc('\\', f);
			fputc(c, f);
			i++;
		} else if ((k = esc_utf8_len(s + i, n - i))) {
			fwrite(s + i, 1, k, f);
			i += k;
		} else {
			fprintf(f, "\\x%02x", c);
			i++;
		}
	}
}

void rpt_csv_field(FILE *f, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	bool quote = false, neutralise = n &&
		(s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
		 s[0] == '\r');

	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"';
	if (quote)
		fputc('"', f);
	if (neutralise)
		fputc('\'', f);
	for (size_t i = 0; i < n;) {
		size_t k;

		if (s[i] == '"') {
			fputs("\"\"", f);
			i++;
		} else if (s[i] < 0x20 || s[i] == 0x7f) {
			/* no control byte reaches a spreadsheet or a terminal */
			fprintf(f, "\\x%02x", s[i]);
			i++;
		} else if (s[i] < 0x80) {
			fputc(s[i], f);
			i++;
		} else if ((k = esc_utf8_len(s + i, n - i))) {
			fwrite(s + i, 1, k, f);
			i += k;
		} else {
			fputs(REPLACEMENT, f);
			i++;
		}
	}
	if (quote)
		fputc('"', f);
}

size_t rpt_utf8_clean(char *buf, size_t cap, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t o = 0;

	if (!cap)
		return 0;
	for (size_t i = 0; i < n && s[i];) {
		size_t k = esc_utf8_len(s + i, n - i);
		const char *src = k ? (const char *)s + i : REPLACEMENT;
		size_t w = k ? k : 3;

		if (o + w >= cap)
			break;
		memcpy(buf + o, src, w);
		o += w;
		i += k ? k : 1;
	}
	buf[o] = '\0';
	return o;
}
