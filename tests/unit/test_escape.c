/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "output/escape.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define FFFD "\xef\xbf\xbd"
#define GUARD 0x5a

/* ---- reference model ------------------------------------------------- */

/*
 * An independent statement of both escapers, one input unit at a time, so
 * the tests can know where every escape begins and ends. UTF-8 validity is
 * taken straight from the Unicode standard's table of well-formed byte
 * sequences (Table 3-7) rather than by decoding code points.
 */
static size_t wellformed_len(const uint8_t *s, size_t n)
{
	static const struct {
		uint8_t lo0, hi0, lo1, hi1;
		size_t len;
	} rows[] = {
		{ 0xc2, 0xdf, 0x80, 0xbf, 2 },
		{ 0xe0, 0xe0, 0xa0, 0xbf, 3 },
		{ 0xe1, 0xec, 0x80, 0xbf, 3 },
		{ 0xed, 0xed, 0x80, 0x9f, 3 },
		{ 0xee, 0xef, 0x80, 0xbf, 3 },
		{ 0xf0, 0xf0, 0x90, 0xbf, 4 },
		{ 0xf1, 0xf3, 0x80, 0xbf, 4 },
		{ 0xf4, 0xf4, 0x80, 0x8f, 4 },
	};

	if (s[0] < 0x80)
		return 1;
	for (size_t r = 0; r < N(rows); r++) {
		if (s[0] < rows[r].lo0 || s[0] > rows[r].hi0)
			continue;
		if (n < rows[r].len || s[1] < rows[r].lo1 || s[1] > rows[r].hi1)
			return 0;
		for (size_t i = 2; i < rows[r].len; i++)
			if (s[i] < 0x80 || s[i] > 0xbf)
				return 0;
		return rows[r].len;
	}
	return 0;
}

/* One unit: its escaped text in out (NUL-terminated), input bytes used. */
static size_t ref_table_piece(const uint8_t *s, char *out)
{
	if (*s == '"' || *s == '\\')
		sprintf(out, "\\%c", *s);
	else if (*s > 0x20 && *s <= 0x7e) /* a space is escaped: columns */
		sprintf(out, "%c", *s);
	else
		sprintf(out, "\\x%02x", *s);
	return 1;
}

static size_t ref_json_piece(const uint8_t *s, size_t n, char *out)
{
	size_t len;

	switch (*s) {
	case '"': strcpy(out, "\\\""); return 1;
	case '\\': strcpy(out, "\\\\"); return 1;
	case '\n': strcpy(out, "\\n"); return 1;
	case '\r': strcpy(out, "\\r"); return 1;
	case '\t': strcpy(out, "\\t"); return 1;
	}
	if (*s < 0x20 || *s == 0x7f) {
		sprintf(out, "\\u%04x", *s);
		return 1;
	}
	len = wellformed_len(s, n);
	if (!len) {
		strcpy(out, FFFD);
		return 1;
	}
	memcpy(out, s, len);
	out[len] = '\0';
	return len;
}

/* Full reference output, plus the output offset after each unit. */
struct ref {
	char text[4096];
	size_t len;
	size_t bound[1024]; /* bound[0] = 0, then after each unit */
	size_t nbound;
};

static void ref_escape(struct ref *r, bool json, const void *src, size_t n)
{
	const uint8_t *s = src;
	char piece[8];

	r->len = 0;
	r->nbound = 0;
	r->bound[r->nbound++] = 0;
	for (size_t i = 0; i < n;) {
		size_t used = json ? ref_json_piece(s + i, n - i, piece) : ref_table_piece(s + i, piece);
		size_t k = strlen(piece);

		assert_true(r->len + k < sizeof(r->text));
		memcpy(r->text + r->len, piece, k);
		r->len += k;
		r->text[r->len] = '\0';
		assert_true(r->nbound < N(r->bound));
		r->bound[r->nbound++] = r->len;
		i += used;
	}
}

/* ---- helpers --------------------------------------------------------- */

typedef size_t (*esc_fn)(char *, size_t, const char *, size_t);

/* Escape into a buffer of exactly `cap` bytes followed by guard bytes,
 * and check nothing past cap was touched. Returns a malloc'd copy. */
static char *esc_checked(esc_fn fn, size_t cap, const void *src, size_t n, size_t *len)
{
	char *buf = malloc(cap + 16);
	char *copy;

	assert_non_null(buf);
	memset(buf, GUARD, cap + 16);
	*len = fn(buf, cap, src, n);
	for (size_t i = cap; i < cap + 16; i++)
		if ((unsigned char)buf[i] != GUARD)
			fail_msg("wrote past cap %zu at offset %zu", cap, i);
	if (cap == 0) {
		assert_int_equal(*len, 0);
		free(buf);
		return strdup("");
	}
	assert_true(*len < cap);
	assert_int_equal(buf[*len], '\0');
	copy = malloc(*len + 1);
	assert_non_null(copy);
	memcpy(copy, buf, *len + 1);
	free(buf);
	return copy;
}

static void expect(esc_fn fn, const char *src, size_t n, const char *want)
{
	size_t len;
	char *got = esc_checked(fn, n * ESC_JSON_MAX + 1, src, n, &len);

	if (len != strlen(want) || memcmp(got, want, len))
		fail_msg("got '%s' (%zu), want '%s' (%zu)", got, len, want, strlen(want));
	free(got);
}

#define EXPECT(fn, lit, want) expect((fn), (lit), sizeof(lit) - 1, (want))

static bool valid_utf8(const char *p, size_t n)
{
	const uint8_t *s = (const uint8_t *)p;

	for (size_t i = 0; i < n;) {
		size_t k = wellformed_len(s + i, n - i);

		if (!k)
			return false;
		i += k;
	}
	return true;
}

/* A JSON string body may hold no raw control byte and no quote that is
 * not escaped by a backslash; escapes must be ones JSON knows. */
static void check_json_body(const char *out, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = out[i];

		if (c < 0x20)
			fail_msg("raw control byte 0x%02x at %zu in '%s'", c, i, out);
		if (c == '"')
			fail_msg("unescaped quote at %zu in '%s'", i, out);
		if (c == '\\') {
			assert_true(i + 1 < len);
			c = out[++i];
			if (c == 'u') {
				assert_true(i + 4 < len);
				for (int k = 1; k <= 4; k++)
					assert_non_null(strchr("0123456789abcdefABCDEF", out[i + k]));
				i += 4;
			} else if (!strchr("\"\\/bfnrt", c)) {
				fail_msg("bad escape \\%c in '%s'", c, out);
			}
		}
	}
	if (!valid_utf8(out, len))
		fail_msg("not valid UTF-8: '%s'", out);
}

/* Parse "<body>" with json-c and return the decoded string's bytes. */
static void json_decode(const char *body, size_t len, char *out, size_t *outlen)
{
	char *doc = malloc(len + 3);
	struct json_object *o;

	assert_non_null(doc);
	doc[0] = '"';
	memcpy(doc + 1, body, len);
	doc[len + 1] = '"';
	doc[len + 2] = '\0';
	o = json_tokener_parse(doc);
	if (!o)
		fail_msg("json-c rejects %s", doc);
	assert_true(json_object_is_type(o, json_type_string));
	*outlen = (size_t)json_object_get_string_len(o);
	memcpy(out, json_object_get_string(o), *outlen);
	json_object_put(o);
	free(doc);
}

/* Undo esc_table. */
static size_t table_decode(const char *in, size_t len, uint8_t *out)
{
	size_t o = 0;

	for (size_t i = 0; i < len; i++) {
		if (in[i] != '\\') {
			out[o++] = (uint8_t)in[i];
			continue;
		}
		assert_true(i + 1 < len);
		if (in[i + 1] == 'x') {
			unsigned v;

			assert_true(i + 3 < len);
			assert_int_equal(sscanf(in + i + 2, "%2x", &v), 1);
			out[o++] = (uint8_t)v;
			i += 3;
		} else {
			assert_true(in[i + 1] == '\\' || in[i + 1] == '"');
			out[o++] = (uint8_t)in[++i];
		}
	}
	return o;
}

/* ---- esc_table ------------------------------------------------------- */

static void test_table_printable(void **state)
{
	char in[128], want[128];
	size_t n = 0;

	(void)state;
	for (int c = 0x21; c < 0x7f; c++)
		if (c != '"' && c != '\\')
			in[n++] = (char)c;
	memcpy(want, in, n);
	want[n] = '\0';
	expect(esc_table, in, n, want);
	EXPECT(esc_table, "", "");
	/* a space would let a name pose as two columns */
	EXPECT(esc_table, "nginx: worker", "nginx:\\x20worker");
}

static void test_table_quote_backslash(void **state)
{
	(void)state;
	EXPECT(esc_table, "\"", "\\\"");
	EXPECT(esc_table, "\\", "\\\\");
	EXPECT(esc_table, "a\"b\\c", "a\\\"b\\\\c");
	EXPECT(esc_table, "\\x41", "\\\\x41"); /* a literal \x41 stays readable */
}

static void test_table_every_byte(void **state)
{
	(void)state;
	for (int c = 0; c < 256; c++) {
		char in[1] = { (char)c }, want[8];

		if (c == '"' || c == '\\')
			snprintf(want, sizeof(want), "\\%c", c);
		else if (c > 0x20 && c < 0x7f)
			snprintf(want, sizeof(want), "%c", c);
		else
			snprintf(want, sizeof(want), "\\x%02x", c);
		expect(esc_table, in, 1, want);
	}
	EXPECT(esc_table, "\x1b[2J\r\n", "\\x1b[2J\\x0d\\x0a");
	EXPECT(esc_table, "a\0b", "a\\x00b"); /* n, not the NUL, ends it */
	EXPECT(esc_table, "\xc3\xa9", "\\xc3\\xa9");
	EXPECT(esc_table, "\x7f\x80\xff", "\\x7f\\x80\\xff");
}

static void test_table_lossless(void **state)
{
	uint8_t in[256], back[256];
	char out[256 * ESC_TABLE_MAX + 1];
	size_t len;

	(void)state;
	for (int i = 0; i < 256; i++)
		in[i] = (uint8_t)(255 - i);
	len = esc_table(out, sizeof(out), (const char *)in, sizeof(in));
	assert_int_equal(len, strlen(out));
	assert_int_equal(table_decode(out, len, back), sizeof(in));
	assert_memory_equal(back, in, sizeof(in));
	/* ESC_TABLE_MAX is the real worst case: 256 bytes fit exactly */
	assert_true(len <= sizeof(in) * ESC_TABLE_MAX);
}

/* ---- esc_json -------------------------------------------------------- */

static void test_json_printable(void **state)
{
	char in[128], want[128];
	size_t n = 0;

	(void)state;
	for (int c = 0x20; c < 0x7f; c++)
		if (c != '"' && c != '\\')
			in[n++] = (char)c;
	memcpy(want, in, n);
	want[n] = '\0';
	expect(esc_json, in, n, want);
	EXPECT(esc_json, "", "");
	EXPECT(esc_json, "/usr/bin/curl", "/usr/bin/curl");
}

static void test_json_quote_backslash(void **state)
{
	(void)state;
	EXPECT(esc_json, "\"", "\\\"");
	EXPECT(esc_json, "\\", "\\\\");
	EXPECT(esc_json, "a\"b\\c", "a\\\"b\\\\c");
	EXPECT(esc_json, "\\\"", "\\\\\\\"");
}

static void test_json_control_bytes(void **state)
{
	(void)state;
	for (int c = 0; c < 0x20; c++) {
		char in[1] = { (char)c }, want[8], got[8];
		size_t len;

		if (c == '\n')
			strcpy(want, "\\n");
		else if (c == '\t')
			strcpy(want, "\\t");
		else if (c == '\r')
			strcpy(want, "\\r");
		else
			snprintf(want, sizeof(want), "\\u%04x", c);
		expect(esc_json, in, 1, want);
		/* and a JSON parser reads back the very same byte */
		json_decode(want, strlen(want), got, &len);
		assert_int_equal(len, 1);
		assert_int_equal((unsigned char)got[0], c);
	}
	EXPECT(esc_json, "\x7f", "\\u007f");
	EXPECT(esc_json, "a\0b", "a\\u0000b");
	EXPECT(esc_json, "\x1b[31mred\x1b[0m", "\\u001b[31mred\\u001b[0m");
}

static void test_json_high_bytes_alone(void **state)
{
	(void)state;
	/* no byte >= 0x80 is valid UTF-8 on its own */
	for (int c = 0x80; c < 256; c++) {
		char in[1] = { (char)c };

		expect(esc_json, in, 1, FFFD);
	}
}

static void test_json_valid_utf8(void **state)
{
	static const char *const ok[] = {
		"\xc2\x80",             /* U+0080, smallest 2-byte */
		"\xc3\xa9",             /* é */
		"\xdf\xbf",             /* U+07FF */
		"\xe0\xa0\x80",         /* U+0800, smallest 3-byte */
		"\xe2\x82\xac",         /* € */
		"\xed\x9f\xbf",         /* U+D7FF, just below the surrogates */
		"\xee\x80\x80",         /* U+E000, just above */
		"\xef\xbf\xbd",         /* U+FFFD itself */
		"\xef\xbf\xbf",         /* U+FFFF */
		"\xf0\x90\x80\x80",     /* U+10000, smallest 4-byte */
		"\xf0\x9f\x98\x80",     /* 😀 */
		"\xf3\xbf\xbf\xbf",
		"\xf4\x8f\xbf\xbf",     /* U+10FFFF, the last code point */
		"caf\xc3\xa9 \xe2\x82\xac\xf0\x9f\x98\x80!",
	};

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		char back[64];
		size_t len;

		expect(esc_json, ok[i], strlen(ok[i]), ok[i]);
		json_decode(ok[i], strlen(ok[i]), back, &len);
		assert_int_equal(len, strlen(ok[i]));
		assert_memory_equal(back, ok[i], len);
	}
}

static void test_json_invalid_utf8(void **state)
{
	static const struct {
		const char *in;
		const char *want;
	} bad[] = {
		{ "\x80", FFFD },                                /* lone continuation */
		{ "a\xbf" "b", "a" FFFD "b" },
		{ "\x80\x80", FFFD FFFD },
		{ "\xc0\x80", FFFD FFFD },                        /* overlong NUL */
		{ "\xc1\xbf", FFFD FFFD },                        /* overlong 2-byte */
		{ "\xe0\x80\x80", FFFD FFFD FFFD },               /* overlong 3-byte */
		{ "\xe0\x9f\xbf", FFFD FFFD FFFD },
		{ "\xf0\x80\x80\x80", FFFD FFFD FFFD FFFD },      /* overlong 4-byte */
		{ "\xf0\x8f\xbf\xbf", FFFD FFFD FFFD FFFD },
		{ "\xed\xa0\x80", FFFD FFFD FFFD },               /* surrogate D800 */
		{ "\xed\xbf\xbf", FFFD FFFD FFFD },               /* surrogate DFFF */
		{ "\xed\xa0\xbd\xed\xb8\x80", FFFD FFFD FFFD FFFD FFFD FFFD }, /* CESU pair */
		{ "\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD },      /* U+110000 */
		{ "\xf5\x80\x80\x80", FFFD FFFD FFFD FFFD },
		{ "\xf7\xbf\xbf\xbf", FFFD FFFD FFFD FFFD },
		{ "\xf8\x88\x80\x80\x80", FFFD FFFD FFFD FFFD FFFD },
		{ "\xfe\xff", FFFD FFFD },
		{ "\xc3", FFFD },                                 /* truncated at end */
		{ "x\xe2\x82", "x" FFFD FFFD },
		{ "\xf0\x9f\x98", FFFD FFFD FFFD },
		{ "\xc3" "A", FFFD "A" },                         /* cut short by ASCII */
		{ "\xe2\x82" "A", FFFD FFFD "A" },
		{ "\xe2" "\"", FFFD "\\\"" },                     /* ... or by a quote */
		{ "\xc3\n", FFFD "\\n" },
		{ "\xff\xc3\xa9", FFFD "\xc3\xa9" },              /* recovers at once */
		{ "\xc3\xa9\xa9", "\xc3\xa9" FFFD },
	};

	(void)state;
	for (size_t i = 0; i < N(bad); i++) {
		char back[64];
		size_t len;

		expect(esc_json, bad[i].in, strlen(bad[i].in), bad[i].want);
		json_decode(bad[i].want, strlen(bad[i].want), back, &len);
	}
}

/* ---- truncation ------------------------------------------------------ */

static const char mixed[] = "a\"\\\n\x01\x7f\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
			    "\xff\xed\xa0\x80 z\t";

/* For every cap: the output is the longest whole-escape prefix of the full
 * output that leaves room for the NUL. */
static void check_truncation(esc_fn fn, bool json, const void *src, size_t n)
{
	struct ref r;

	ref_escape(&r, json, src, n);
	for (size_t cap = 0; cap <= r.len + 3; cap++) {
		size_t len, want = 0;
		char *got = esc_checked(fn, cap, src, n, &len);

		for (size_t b = 0; b < r.nbound; b++)
			if (r.bound[b] < cap)
				want = r.bound[b];
		if (len != want || memcmp(got, r.text, len))
			fail_msg("%s cap %zu: got '%s' (%zu), want '%.*s' (%zu)",
				 json ? "json" : "table", cap, got, len, (int)want, r.text,
				 want);
		free(got);
	}
}

static void test_truncation(void **state)
{
	(void)state;
	check_truncation(esc_table, false, mixed, sizeof(mixed) - 1);
	check_truncation(esc_json, true, mixed, sizeof(mixed) - 1);
	check_truncation(esc_table, false, "\x01", 1);
	check_truncation(esc_json, true, "\x01", 1);
	check_truncation(esc_json, true, "\xf0\x9f\x98\x80", 4);
	check_truncation(esc_json, true, "", 0);
}

static void test_truncation_examples(void **state)
{
	char buf[16];

	(void)state;
	/* table: \x01 needs 4 bytes + NUL */
	assert_int_equal(esc_table(buf, 5, "\x01", 1), 4);
	assert_string_equal(buf, "\\x01");
	assert_int_equal(esc_table(buf, 4, "\x01", 1), 0);
	assert_string_equal(buf, "");
	assert_int_equal(esc_table(buf, 4, "ab\"", 3), 2);
	assert_string_equal(buf, "ab");
	/* json: \u0001 needs 6 + NUL */
	assert_int_equal(esc_json(buf, 7, "\x01", 1), 6);
	assert_string_equal(buf, "\\u0001");
	assert_int_equal(esc_json(buf, 6, "\x01", 1), 0);
	assert_string_equal(buf, "");
	/* a 4-byte character is never cut */
	assert_int_equal(esc_json(buf, 4, "\xf0\x9f\x98\x80", 4), 0);
	assert_int_equal(esc_json(buf, 5, "\xf0\x9f\x98\x80", 4), 4);
	assert_int_equal(esc_json(buf, 6, "a\xf0\x9f\x98\x80", 5), 5);
	assert_int_equal(esc_json(buf, 5, "a\xf0\x9f\x98\x80", 5), 1);
	assert_string_equal(buf, "a");
	/* nor is the replacement character */
	assert_int_equal(esc_json(buf, 3, "\xff", 1), 0);
	assert_int_equal(esc_json(buf, 4, "\xff", 1), 3);
}

static void test_cap_zero_one(void **state)
{
	char buf[4];

	(void)state;
	memset(buf, GUARD, sizeof(buf));
	assert_int_equal(esc_table(buf, 0, "abc", 3), 0);
	assert_int_equal((unsigned char)buf[0], GUARD); /* nothing written */
	assert_int_equal(esc_json(buf, 0, "abc", 3), 0);
	assert_int_equal((unsigned char)buf[0], GUARD);
	assert_int_equal(esc_table(NULL, 0, "abc", 3), 0);
	assert_int_equal(esc_json(NULL, 0, "abc", 3), 0);

	assert_int_equal(esc_table(buf, 1, "abc", 3), 0);
	assert_int_equal(buf[0], '\0');
	assert_int_equal((unsigned char)buf[1], GUARD);
	memset(buf, GUARD, sizeof(buf));
	assert_int_equal(esc_json(buf, 1, "abc", 3), 0);
	assert_int_equal(buf[0], '\0');
	assert_int_equal((unsigned char)buf[1], GUARD);

	/* empty input still terminates */
	memset(buf, GUARD, sizeof(buf));
	assert_int_equal(esc_json(buf, 1, "", 0), 0);
	assert_int_equal(buf[0], '\0');
	assert_int_equal(esc_table(buf, 2, "a", 1), 1);
	assert_string_equal(buf, "a");
}

/* ---- properties ------------------------------------------------------ */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rng(void)
{
	/* xorshift64*: fixed seed, the same bytes on every libc */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

/* Random bytes, half the time assembled from UTF-8-ish pieces so valid
 * and nearly valid sequences are common, not just noise. */
static size_t random_bytes(uint8_t *buf, size_t max)
{
	static const char *const pieces[] = {
		"\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xc0\x80",
		"\xf4\x90\x80\x80", "\"", "\\", "\n", "\x1b", "\x7f", "\xef\xbf\xbd",
	};
	size_t n = rng() % (max + 1), i = 0;
	bool pieced = rng() & 1;

	while (i < n) {
		uint64_t x = rng();

		if (pieced && (x & 3) == 0) {
			const char *p = pieces[(x >> 8) % N(pieces)];
			size_t k = strlen(p);

			if (x & 0x10000 && k > 1)
				k--; /* a truncated sequence */
			for (size_t j = 0; j < k && i < n; j++)
				buf[i++] = (uint8_t)p[j];
		} else {
			buf[i++] = (uint8_t)(x >> 32);
		}
	}
	return n;
}

static void test_random_properties(void **state)
{
	uint8_t in[64], back[64 * 3];
	char out[64 * ESC_JSON_MAX + 1];
	struct ref r;

	(void)state;
	for (int iter = 0; iter < 10000; iter++) {
		size_t n = random_bytes(in, sizeof(in));
		size_t len, blen;

		/* JSON: safe inside quotes, valid UTF-8, what the model says,
		 * and parses back to the input with bad bytes as U+FFFD */
		len = esc_json(out, sizeof(out), (const char *)in, n);
		assert_int_equal(len, strlen(out));
		check_json_body(out, len);
		ref_escape(&r, true, in, n);
		if (len != r.len || memcmp(out, r.text, len))
			fail_msg("iter %d: esc_json differs from the model", iter);
		json_decode(out, len, (char *)back, &blen);
		if (valid_utf8((const char *)in, n)) {
			assert_int_equal(blen, n);
			assert_memory_equal(back, in, n);
		}

		/* table: printable ASCII without spaces only, and lossless */
		len = esc_table(out, sizeof(out), (const char *)in, n);
		assert_int_equal(len, strlen(out));
		for (size_t i = 0; i < len; i++)
			if (out[i] <= 0x20 || out[i] > 0x7e)
				fail_msg("iter %d: byte 0x%02x in table output", iter,
					 (unsigned char)out[i]);
		ref_escape(&r, false, in, n);
		if (len != r.len || memcmp(out, r.text, len))
			fail_msg("iter %d: esc_table differs from the model", iter);
		assert_int_equal(table_decode(out, len, back), n);
		assert_memory_equal(back, in, n);
	}
}

/* esc_json_str (a NUL-terminated string, one pass) writes what esc_json
 * writes for the same bytes: plain, escaped, UTF-8, invalid, mixed. */
static void test_json_str_is_esc_json(void **state)
{
	static const char *const fixed[] = {
		"", "/usr/bin/curl", "a\"b\\c", "caf\xc3\xa9", "\xff", "tab\there\n",
		"/system.slice/demo.service", "\x01\x7f~ ",
	};
	uint8_t in[65];
	char a[64 * ESC_JSON_MAX + 1], b[64 * ESC_JSON_MAX + 1];

	(void)state;
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		size_t la = esc_json(a, sizeof(a), fixed[i], strlen(fixed[i]));
		size_t lb = esc_json_str(b, fixed[i]);

		assert_int_equal(la, lb);
		assert_string_equal(a, b);
	}
	rng_state = 7;
	for (int iter = 0; iter < 10000; iter++) {
		size_t n = random_bytes(in, sizeof(in) - 1);
		size_t la, lb;

		for (size_t i = 0; i < n; i++)
			if (!in[i])
				in[i] = 'x';   /* a C string has no NUL inside */
		in[n] = 0;
		la = esc_json(a, sizeof(a), (const char *)in, n);
		lb = esc_json_str(b, (const char *)in);
		if (la != lb || strcmp(a, b))
			fail_msg("iter %d: esc_json_str differs from esc_json", iter);
	}
}

/* With a random cap, the output is still whole escapes and terminated. */
static void test_random_truncation(void **state)
{
	uint8_t in[32];

	(void)state;
	rng_state = 42;
	for (int iter = 0; iter < 300; iter++) {
		size_t n = random_bytes(in, sizeof(in));

		check_truncation(esc_json, true, in, n);
		check_truncation(esc_table, false, in, n);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_printable),
		cmocka_unit_test(test_table_quote_backslash),
		cmocka_unit_test(test_table_every_byte),
		cmocka_unit_test(test_table_lossless),
		cmocka_unit_test(test_json_printable),
		cmocka_unit_test(test_json_quote_backslash),
		cmocka_unit_test(test_json_control_bytes),
		cmocka_unit_test(test_json_high_bytes_alone),
		cmocka_unit_test(test_json_valid_utf8),
		cmocka_unit_test(test_json_invalid_utf8),
		cmocka_unit_test(test_json_str_is_esc_json),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_truncation_examples),
		cmocka_unit_test(test_cap_zero_one),
		cmocka_unit_test(test_random_properties),
		cmocka_unit_test(test_random_truncation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
