/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The fuzz targets' own model of strict UTF-8, written apart from
 * user/output/escape.c on purpose: an oracle must not share the code it checks.
 * One copy for every target (they are also compiled into one file by
 * tests/unit/test_fuzz_regressions.c, hence the guard).
 */
#ifndef SOCKWATCH_FUZZ_UTF8_H
#define SOCKWATCH_FUZZ_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * The well-formed byte sequences of Unicode's Table 3-7 ("Well-Formed
 * UTF-8 Byte Sequences"), row by row: each byte in its row's range.
 * user/output/escape.c decodes code points and rejects overlongs, surrogates and
 * values past U+10FFFF instead, so the two agree only if both are right.
 */
static const struct {
	uint8_t len, lo[4], hi[4];
} fuzz_utf8_rows[] = {
	{ 1, { 0x00 }, { 0x7f } },
	{ 2, { 0xc2, 0x80 }, { 0xdf, 0xbf } },
	{ 3, { 0xe0, 0xa0, 0x80 }, { 0xe0, 0xbf, 0xbf } },
	{ 3, { 0xe1, 0x80, 0x80 }, { 0xec, 0xbf, 0xbf } },
	{ 3, { 0xed, 0x80, 0x80 }, { 0xed, 0x9f, 0xbf } },
	{ 3, { 0xee, 0x80, 0x80 }, { 0xef, 0xbf, 0xbf } },
	{ 4, { 0xf0, 0x90, 0x80, 0x80 }, { 0xf0, 0xbf, 0xbf, 0xbf } },
	{ 4, { 0xf1, 0x80, 0x80, 0x80 }, { 0xf3, 0xbf, 0xbf, 0xbf } },
	{ 4, { 0xf4, 0x80, 0x80, 0x80 }, { 0xf4, 0x8f, 0xbf, 0xbf } },
};

/* Length of the well-formed sequence at s (n bytes available), 0 if none. */
static inline size_t fuzz_utf8_seq(const unsigned char *s, size_t n)
{
	for (size_t r = 0; r < sizeof(fuzz_utf8_rows) / sizeof(fuzz_utf8_rows[0]); r++) {
		size_t len = fuzz_utf8_rows[r].len, i;

		if (s[0] < fuzz_utf8_rows[r].lo[0] || s[0] > fuzz_utf8_rows[r].hi[0])
			continue;
		if (len > n)
			return 0;
		for (i = 1; i < len; i++)
			if (s[i] < fuzz_utf8_rows[r].lo[i] || s[i] > fuzz_utf8_rows[r].hi[i])
				return 0;
		return len;
	}
	return 0;
}

#endif
