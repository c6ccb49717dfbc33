/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The fuzz targets' own model of strict UTF-8, written apart from
 * user/escape.c on purpose: an oracle must not share the code it checks.
 * One copy for every target (they are also compiled into one file by
 * tests/unit/test_fuzz_regressions.c, hence the guard).
 */
#ifndef SOCKWATCH_FUZZ_UTF8_H
#define SOCKWATCH_FUZZ_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length of the valid sequence at s (no overlongs, surrogates or code
 * points past U+10FFFF), 0 if invalid. */
static inline size_t fuzz_utf8_seq(const unsigned char *s, size_t n)
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

#endif
