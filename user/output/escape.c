// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "output/escape.h"

static const char hex[] = "0123456789abcdef";

/* The bytes a JSON string holds as they are: printable ASCII but '"' and '\\' */
static const bool json_plain[256] = {
	[0x20 ... 0x21] = true, [0x23 ... 0x5b] = true, [0x5d ... 0x7e] = true,
};

static size_t esc_terminal(char *dst, size_t cap, const char *src, size_t n, bool space_ok)
{
	size_t o = 0;

	if (!cap)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = src[i];
		char tmp[4];
		size_t k = 0;

		if (c == '\\' || c == '"') {
			tmp[k++] = '\\';
			tmp[k++] = c;
		} else if ((c > 0x20 || (c == 0x20 && space_ok)) && c < 0x7f) {
			tmp[k++] = c;
		} else { /* a space too: a name must not split into two columns */
			tmp[k++] = '\\';
			tmp[k++] = 'x';
			tmp[k++] = hex[c >> 4];
			tmp[k++] = hex[c & 15];
		}
		if (o + k >= cap)
			break;
		memcpy(dst + o, tmp, k);
		o += k;
	}
	dst[o] = '\0';
	return o;
}

size_t esc_table(char *dst, size_t cap, const char *src, size_t n)
{
	return esc_terminal(dst, cap, src, n, false);
}

size_t esc_line(char *dst, size_t cap, const char *src, size_t n)
{
	return esc_terminal(dst, cap, src, n, true);
}

const char *esc_line_str(const char *s)
{
	static char ring[8][1024 * ESC_TABLE_MAX + 1];
	static unsigned next;
	char *buf = ring[next++ % 8];
	size_t n = strlen(s);

	esc_line(buf, sizeof(ring[0]), s, n < 1024 ? n : 1024);
	return buf;
}

size_t esc_utf8_len(const unsigned char *s, size_t n)
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
	/* overlong forms, surrogates and beyond U+10FFFF are not UTF-8 */
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

size_t esc_json(char *dst, size_t cap, const char *src, size_t n)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t o = 0;

	if (!cap)
		return 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		char tmp[6];
		size_t k = 0, used = 1;

		/* a run of printable ASCII that needs no escape, at once: most
		 * strings are all of one (the per-event cost of --json) */
		if (json_plain[c]) {
			size_t j = i + 1;

			while (j < n && json_plain[s[j]])
				j++;
			if (o + (j - i) >= cap)
				j = i + (cap - 1 - o);  /* what fits, as byte by byte did */
			memcpy(dst + o, s + i, j - i);
			o += j - i;
			if (j < n && o + 1 >= cap)
				break;
			i = j;
			continue;
		}
		if (c == '"' || c == '\\') {
			tmp[k++] = '\\';
			tmp[k++] = c;
		} else if (c == '\n') {
			tmp[k++] = '\\';
			tmp[k++] = 'n';
		} else if (c == '\t') {
			tmp[k++] = '\\';
			tmp[k++] = 't';
		} else if (c == '\r') {
			tmp[k++] = '\\';
			tmp[k++] = 'r';
		} else if (c < 0x20 || c == 0x7f) {
			memcpy(tmp, "\\u00", 4);
			k = 4;
			tmp[k++] = hex[c >> 4];
			tmp[k++] = hex[c & 15];
		} else if (c < 0x80) {
			tmp[k++] = c;
		} else if ((used = esc_utf8_len(s + i, n - i))) {
			memcpy(tmp, s + i, used);
			k = used;
		} else {
			memcpy(tmp, "\xef\xbf\xbd", 3); /* U+FFFD */
			k = 3;
			used = 1;
		}
		if (o + k >= cap)
			break;
		memcpy(dst + o, tmp, k);
		o += k;
		i += used;
	}
	dst[o] = '\0';
	return o;
}

size_t esc_json_str(char *dst, const char *src)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t j = 0, rest;

	while (json_plain[s[j]])
		j++;
	memcpy(dst, s, j);
	if (!s[j]) {
		dst[j] = '\0';
		return j;
	}
	/* an escape or UTF-8 ahead: esc_json's rules for the rest */
	rest = strlen(src + j);
	return j + esc_json(dst + j, rest * ESC_JSON_MAX + 1, src + j, rest);
}
