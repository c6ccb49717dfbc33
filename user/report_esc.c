// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Escaping for the report formats. Process names, service names (from a
 * user's services file) and approval justifications are all untrusted:
 * none may add a table column, a tag, a formula or a control sequence.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

/* Length of the valid UTF-8 sequence at s (1-4), 0 if invalid. */
static size_t u8len(const unsigned char *s, size_t n)
{
	size_t len;
	uint32_t cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

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
		} else if ((k = u8len(s + i, n - i))) {
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
		} else if ((k = u8len(s + i, n - i))) {
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
		} else if ((k = u8len(s + i, n - i))) {
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
		size_t k = u8len(s + i, n - i);
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
