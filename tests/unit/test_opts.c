/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "common/opts.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define SENTINEL 0xdeadbeefcafef00dull

/* ---- helpers --------------------------------------------------------- */

/* An error must be a non-empty message that quotes the input back. */
static void check_err(const char *err, const char *input, const char *needle)
{
	if (!err[0] || strlen(err) >= OPT_ERR_LEN)
		fail_msg("'%s': malformed error message '%s'", input, err);
	if (input[0] && !strstr(err, input))
		fail_msg("'%s': error '%s' does not name the input", input, err);
	if (needle && !strstr(err, needle))
		fail_msg("'%s': got '%s', want '%s'", input, err, needle);
}

/* ---- opt_uint -------------------------------------------------------- */

static void test_uint_good(void **state)
{
	static const struct {
		const char *s;
		uint64_t min, max, want;
	} ok[] = {
		{ "0", 0, 10, 0 },
		{ "10", 0, 10, 10 },
		{ "5", 5, 5, 5 },
		{ "1", 1, UINT32_MAX, 1 },
		{ "4294967295", 1, UINT32_MAX, UINT32_MAX },
		{ "007", 0, 10, 7 },
		{ "18446744073709551615", 0, UINT64_MAX, UINT64_MAX },
		{ "18446744073709551615", UINT64_MAX, UINT64_MAX, UINT64_MAX },
		{ "18446744073709551614", 0, UINT64_MAX, UINT64_MAX - 1 },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		uint64_t v = SENTINEL;

		if (opt_uint(ok[i].s, ok[i].min, ok[i].max, &v, err))
			fail_msg("'%s' rejected: %s", ok[i].s, err);
		if (v != ok[i].want)
			fail_msg("'%s': got %llu, want %llu", ok[i].s,
				 (unsigned long long)v, (unsigned long long)ok[i].want);
	}
}

static void test_uint_bad(void **state)
{
	static const struct {
		const char *s;
		uint64_t min, max;
		const char *needle;
	} bad[] = {
		{ "", 0, 10, "not a whole number" },
		{ "+1", 0, 10, "not a whole number" },
		{ "-1", 0, 10, "not a whole number" },
		{ "-0", 0, 10, "not a whole number" },
		{ " 1", 0, 10, "not a whole number" },
		{ "1 ", 0, 10, "not a whole number" },
		{ "\t1", 0, 10, "not a whole number" },
		{ "1\n", 0, 10, "not a whole number" },
		{ "0x10", 0, 100, "not a whole number" },
		{ "1.0", 0, 10, "not a whole number" },
		{ "1e3", 0, 10000, "not a whole number" },
		{ "abc", 0, 10, "not a whole number" },
		{ "1k", 0, 10000, "not a whole number" },
		{ "11", 0, 10, "out of range (0-10)" },
		{ "4", 5, 10, "out of range (5-10)" },
		{ "0", 1, UINT32_MAX, "out of range (1-4294967295)" },
		{ "4294967296", 1, UINT32_MAX, "out of range" },
		{ "18446744073709551615", 0, UINT64_MAX - 1, "out of range" },
		{ "18446744073709551616", 0, UINT64_MAX, "out of range" },
		{ "99999999999999999999999", 0, UINT64_MAX, "out of range" },
		{ "184467440737095516150", 0, UINT64_MAX, "out of range" },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(bad); i++) {
		uint64_t v = SENTINEL;

		err[0] = '\0';
		if (!opt_uint(bad[i].s, bad[i].min, bad[i].max, &v, err))
			fail_msg("'%s' accepted as %llu", bad[i].s, (unsigned long long)v);
		check_err(err, bad[i].s, bad[i].needle);
		assert_true(v == SENTINEL); /* untouched on error */
	}
}

/* ---- opt_duration_ms ------------------------------------------------- */

#define YEAR_MS (366ull * 24 * 3600 * 1000) /* what tail passes */

static void test_duration_good(void **state)
{
	static const struct {
		const char *s;
		uint64_t want;
	} ok[] = {
		{ "10", 10000 },
		{ "10s", 10000 },
		{ "0", 0 },
		{ "1.5", 1500 },
		{ "1.5s", 1500 },
		{ "0.25", 250 },
		{ "500ms", 500 },
		{ "0ms", 0 },
		{ "2m", 120000 },
		{ "0.5m", 30000 },
		{ "1h", 3600000 },
		{ "1.25h", 4500000 },
		{ "0.001", 1 },
		{ "0.0015", 1 },       /* below a millisecond: truncated */
		{ "0.0001", 0 },       /* ... to nothing; the caller rejects 0 */
		{ "1.5ms", 1 },
		{ "1.2345678", 1234 }, /* digits past the sixth are ignored */
		{ "1.000000999", 1000 },
		{ "007", 7000 },
		{ "31622400", YEAR_MS },          /* exactly the limit */
		{ "8784h", YEAR_MS },
		{ "527040m", YEAR_MS },
		{ "31622400000ms", YEAR_MS },
		{ "31622399.999", YEAR_MS - 1 },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		uint64_t v = SENTINEL;

		if (opt_duration_ms(ok[i].s, YEAR_MS, &v, err))
			fail_msg("'%s' rejected: %s", ok[i].s, err);
		if (v != ok[i].want)
			fail_msg("'%s': got %llu ms, want %llu", ok[i].s,
				 (unsigned long long)v, (unsigned long long)ok[i].want);
	}
}

static void test_duration_bad(void **state)
{
	static const struct {
		const char *s;
		const char *needle;
	} bad[] = {
		{ "", "not a duration" },
		{ "1.", "not a duration" },
		{ ".5", "not a duration" },
		{ "1.s", "not a duration" },
		{ "-1", "not a duration" },
		{ "+1", "not a duration" },
		{ " 1", "not a duration" },
		{ "ms", "not a duration" },
		{ "0x10", "unknown unit" },
		{ "5x", "unknown unit" },
		{ "1 ", "unknown unit" },
		{ "5 ms", "unknown unit" },
		{ "5MS", "unknown unit" },
		{ "5d", "unknown unit" },
		{ "1e3", "unknown unit" },
		{ "1.5.5", "unknown unit" },
		{ "1,5", "unknown unit" },
		{ "5mss", "unknown unit" },
		{ "5hm", "unknown unit" },
		/* over the limit */
		{ "31622401", "too long (at most 31622400 s)" },
		{ "31622400.001", "too long" },
		{ "8785h", "too long" },
		{ "8784.0001h", "too long" },
		{ "527041m", "too long" },
		{ "31622400001ms", "too long" },
		{ "18446744073709551615", "too long" },
		{ "18446744073709551615h", "too long" },
		/* does not even fit 64 bits */
		{ "18446744073709551616", NULL },
		{ "99999999999999999999999ms", NULL },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(bad); i++) {
		uint64_t v = SENTINEL;

		err[0] = '\0';
		if (!opt_duration_ms(bad[i].s, YEAR_MS, &v, err))
			fail_msg("'%s' accepted as %llu ms", bad[i].s, (unsigned long long)v);
		check_err(err, bad[i].s, bad[i].needle);
	}
}

/* With the largest possible limit nothing may wrap around: a value just
 * past UINT64_MAX ms must be "too long", not a small number. */
static void test_duration_max(void **state)
{
	static const struct {
		const char *s;
		uint64_t want;
	} ok[] = {
		{ "18446744073709551615ms", UINT64_MAX },
		{ "18446744073709551s", 18446744073709551000ull },
		{ "18446744073709551.615", UINT64_MAX },
		{ "5124095576030h", 5124095576030ull * 3600000 },
	};
	static const char *const bad[] = {
		"18446744073709551616ms",
		"18446744073709552",
		"18446744073709551.616", /* 2^64 ms: wraps to 0 if unchecked */
		"18446744073709551.999", /* wraps to 383 */
		"307445734561825.9m",
		"5124095576030.9h",      /* wraps to 1688384 */
		"5124095576031h",
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		uint64_t v = SENTINEL;

		if (opt_duration_ms(ok[i].s, UINT64_MAX, &v, err))
			fail_msg("'%s' rejected: %s", ok[i].s, err);
		if (v != ok[i].want)
			fail_msg("'%s': got %llu ms, want %llu", ok[i].s,
				 (unsigned long long)v, (unsigned long long)ok[i].want);
	}
	for (size_t i = 0; i < N(bad); i++) {
		uint64_t v = SENTINEL;

		err[0] = '\0';
		if (!opt_duration_ms(bad[i], UINT64_MAX, &v, err))
			fail_msg("'%s' accepted as %llu ms (wrapped around)", bad[i],
				 (unsigned long long)v);
		check_err(err, bad[i], NULL);
	}
}

static void test_duration_small_limit(void **state)
{
	char err[OPT_ERR_LEN];
	uint64_t v;

	(void)state;
	assert_int_equal(opt_duration_ms("1.5", 1500, &v, err), 0);
	assert_int_equal(v, 1500);
	assert_int_equal(opt_duration_ms("1.501", 1500, &v, err), -1);
	check_err(err, "1.501", "too long");
	assert_int_equal(opt_duration_ms("1500ms", 1500, &v, err), 0);
	assert_int_equal(opt_duration_ms("1501ms", 1500, &v, err), -1);
	assert_int_equal(opt_duration_ms("0", 0, &v, err), 0);
	assert_int_equal(v, 0);
	assert_int_equal(opt_duration_ms("0.001", 0, &v, err), -1);
	assert_int_equal(opt_duration_ms("1m", 59999, &v, err), -1);
	assert_int_equal(opt_duration_ms("1m", 60000, &v, err), 0);
	assert_int_equal(v, 60000);
}

/* ---- opt_size -------------------------------------------------------- */

#define KIB 1024ull
#define MIB (1024ull * KIB)
#define GIB (1024ull * MIB)

static void test_size_good(void **state)
{
	static const struct {
		const char *s;
		uint64_t min, max, want;
	} ok[] = {
		{ "4096", 4096, GIB, 4096 },
		{ "4K", 4096, GIB, 4 * KIB },
		{ "64K", 4096, GIB, 64 * KIB },
		{ "64k", 4096, GIB, 64 * KIB },
		{ "64KiB", 4096, GIB, 64 * KIB },
		{ "4M", 4096, GIB, 4 * MIB },
		{ "4MiB", 4096, GIB, 4 * MIB },
		{ "1024M", 4096, GIB, GIB },
		{ "1G", 4096, GIB, GIB },
		{ "1GiB", 4096, GIB, GIB },
		{ "1048576K", 4096, GIB, GIB },
		{ "1073741824", 4096, GIB, GIB },
		{ "0", 0, GIB, 0 },
		{ "0K", 0, GIB, 0 },
		{ "0G", 0, 0, 0 },
		{ "17179869183G", 0, UINT64_MAX, UINT64_MAX - GIB + 1 },
		{ "18446744073709551615", 0, UINT64_MAX, UINT64_MAX },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		uint64_t v = SENTINEL;

		if (opt_size(ok[i].s, ok[i].min, ok[i].max, &v, err))
			fail_msg("'%s' rejected: %s", ok[i].s, err);
		if (v != ok[i].want)
			fail_msg("'%s': got %llu, want %llu", ok[i].s,
				 (unsigned long long)v, (unsigned long long)ok[i].want);
	}
}

static void test_size_bad(void **state)
{
	static const struct {
		const char *s;
		uint64_t min, max;
		const char *needle;
	} bad[] = {
		/* bounds */
		{ "4095", 4096, GIB, "out of range (4096-1073741824 bytes)" },
		{ "3K", 4096, GIB, "out of range" },
		{ "0", 4096, GIB, "out of range" },
		{ "1073741825", 4096, GIB, "out of range" },
		{ "1025M", 4096, GIB, "out of range" },
		{ "2G", 4096, GIB, "out of range" },
		{ "1048577K", 4096, GIB, "out of range" },
		/* a multiply that would wrap must not */
		{ "18014398509481984K", 0, UINT64_MAX, "out of range" }, /* 2^64 */
		{ "17179869184G", 0, UINT64_MAX, "out of range" },
		{ "18446744073709551615K", 0, UINT64_MAX, "out of range" },
		{ "16777216G", 4096, GIB, "out of range" },
		/* junk */
		{ "", 0, GIB, "not a size" },
		{ "K", 0, GIB, "not a size" },
		{ "-4K", 0, GIB, "not a size" },
		{ "+4K", 0, GIB, "not a size" },
		{ " 4K", 0, GIB, "not a size" },
		{ ".5M", 0, GIB, "not a size" },
		{ "18446744073709551616", 0, UINT64_MAX, "not a size" },
		{ "4 K", 0, GIB, "unknown unit" },
		{ "4K ", 0, GIB, "unknown unit" },
		{ "4KB", 0, GIB, "unknown unit" },
		{ "4Ki", 0, GIB, "unknown unit" },
		{ "4KK", 0, GIB, "unknown unit" },
		{ "4kib", 0, GIB, "unknown unit" },
		{ "4T", 0, UINT64_MAX, "unknown unit" },
		{ "4.5M", 0, GIB, "unknown unit" },
		{ "0x1000", 0, GIB, "unknown unit" },
		{ "4096B", 0, GIB, "unknown unit" },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(bad); i++) {
		uint64_t v = SENTINEL;

		err[0] = '\0';
		if (!opt_size(bad[i].s, bad[i].min, bad[i].max, &v, err))
			fail_msg("'%s' accepted as %llu", bad[i].s, (unsigned long long)v);
		check_err(err, bad[i].s, bad[i].needle);
		assert_true(v == SENTINEL);
	}
}

/* ---- opt_port_range -------------------------------------------------- */

static void test_port_range_good(void **state)
{
	static const struct {
		const char *s;
		unsigned lo, hi;
	} ok[] = {
		{ "0", 0, 0 },
		{ "80", 80, 80 },
		{ "65535", 65535, 65535 },
		{ "0080", 80, 80 },
		{ "8000-8080", 8000, 8080 },
		{ "80-80", 80, 80 },
		{ "0-65535", 0, 65535 },
		{ "65535-65535", 65535, 65535 },
		{ "0-0", 0, 0 },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		unsigned lo = 12345, hi = 12345;

		if (opt_port_range(ok[i].s, &lo, &hi, err))
			fail_msg("'%s' rejected: %s", ok[i].s, err);
		if (lo != ok[i].lo || hi != ok[i].hi)
			fail_msg("'%s': got %u-%u, want %u-%u", ok[i].s, lo, hi,
				 ok[i].lo, ok[i].hi);
	}
}

static void test_port_range_bad(void **state)
{
	static const struct {
		const char *s;
		const char *needle;
	} bad[] = {
		{ "65536", "out of range (0-65535)" },
		{ "70000", "out of range" },
		{ "99999999999999999999999", "out of range" },
		{ "80-70", "runs backwards" },
		{ "1-0", "runs backwards" },
		{ "1-2-3", "not a port" },
		{ "-5", "not a port" },
		{ "80-", "not a port" },
		{ "-", "not a port" },
		{ "", "not a port" },
		{ "--", "not a port" },
		{ "80--90", "not a port" },
		{ "80-+90", "not a port" },
		{ "+80", "not a port" },
		{ " 80", "not a port" },
		{ "80 ", "not a port" },
		{ "80 -90", "not a port" },
		{ "80- 90", "not a port" },
		{ "0x50", "not a port" },
		{ "http", "not a port" },
		{ "80,90", "not a port" },
		{ "80:90", "not a port" },
		{ "80-90x", "not a port" },
		{ "80-65536", NULL },
		{ "80-99999999999999999999999", NULL },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(bad); i++) {
		unsigned lo = 12345, hi = 12345;

		err[0] = '\0';
		if (!opt_port_range(bad[i].s, &lo, &hi, err))
			fail_msg("'%s' accepted as %u-%u", bad[i].s, lo, hi);
		check_err(err, bad[i].s, bad[i].needle);
	}
}

/* ---- overflow paths -------------------------------------------------- */

/*
 * A number too big for 64 bits must be judged on its digits alone. Fill
 * the stack the parser is about to use with pointers to "x", so any local
 * it reads without having set it points at junk: the verdict must still be
 * "out of range", never "not a number", whatever was there before.
 */
static const char junk[] = "x";

static __attribute__((noinline)) void poison_stack(void)
{
	const char *volatile slots[1024];

	for (size_t i = 0; i < N(slots); i++)
		slots[i] = junk;
}

static void test_overflow_verdict(void **state)
{
	static const char *const huge[] = {
		"18446744073709551616", "99999999999999999999999",
		"100000000000000000000000000000",
	};
	char err[OPT_ERR_LEN];
	unsigned lo, hi;
	uint64_t v;

	(void)state;
	for (size_t i = 0; i < N(huge); i++) {
		char range[64];

		poison_stack();
		assert_int_equal(opt_uint(huge[i], 0, UINT64_MAX, &v, err), -1);
		check_err(err, huge[i], "out of range");

		poison_stack();
		assert_int_equal(opt_port_range(huge[i], &lo, &hi, err), -1);
		check_err(err, huge[i], "out of range");

		snprintf(range, sizeof(range), "%s-80", huge[i]);
		poison_stack();
		assert_int_equal(opt_port_range(range, &lo, &hi, err), -1);
		check_err(err, range, "out of range");
	}
}

/* ---- opt_list -------------------------------------------------------- */

struct items {
	unsigned n;
	char item[8][32];
	unsigned fail_at; /* 1-based item index to fail on; 0 never */
};

static int collect(void *ctx, const char *item, char *err)
{
	struct items *it = ctx;

	assert_true(it->n < N(it->item));
	assert_true(strlen(item) < sizeof(it->item[0]));
	strcpy(it->item[it->n++], item);
	if (it->n == it->fail_at) {
		snprintf(err, OPT_ERR_LEN, "bad item '%s'", item);
		return -1;
	}
	return 0;
}

static void test_list_items(void **state)
{
	static const struct {
		const char *list;
		unsigned n;
		const char *want[4];
	} ok[] = {
		{ "a", 1, { "a" } },
		{ "a,b,c", 3, { "a", "b", "c" } },
		{ "80,8000-8001", 2, { "80", "8000-8001" } },
		{ " a , b", 2, { " a ", " b" } }, /* no trimming: items are verbatim */
		{ "x,y,z,w", 4, { "x", "y", "z", "w" } },
	};
	char err[OPT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < N(ok); i++) {
		struct items it = { 0 };
		char buf[64];

		strcpy(buf, ok[i].list);
		if (opt_list(buf, collect, &it, err))
			fail_msg("'%s' rejected: %s", ok[i].list, err);
		assert_int_equal(it.n, ok[i].n);
		for (unsigned k = 0; k < it.n; k++)
			assert_string_equal(it.item[k], ok[i].want[k]);
		/* the list is split in place, then put back together */
		assert_string_equal(buf, ok[i].list);
	}
}

static void test_list_empty_items(void **state)
{
	static const char *const bad[] = { "a,,b", ",a", "a,", ",", ",,", "a,b,", ",a,b" };
	char err[OPT_ERR_LEN], buf[64];
	struct items it;

	(void)state;
	for (size_t i = 0; i < N(bad); i++) {
		memset(&it, 0, sizeof(it));
		strcpy(buf, bad[i]);
		err[0] = '\0';
		if (!opt_list(buf, collect, &it, err))
			fail_msg("'%s' accepted", bad[i]);
		check_err(err, bad[i], "empty item in list");
		/* no callback ever sees an empty item */
		for (unsigned k = 0; k < it.n; k++)
			assert_true(it.item[k][0] != '\0');
	}

	memset(&it, 0, sizeof(it));
	strcpy(buf, "");
	assert_int_equal(opt_list(buf, collect, &it, err), -1);
	assert_int_equal(it.n, 0);
	assert_string_equal(err, "empty list");
}

static void test_list_callback_error(void **state)
{
	char err[OPT_ERR_LEN], buf[64];
	struct items it = { .fail_at = 2 };

	(void)state;
	strcpy(buf, "a,b,c");
	assert_int_equal(opt_list(buf, collect, &it, err), -1);
	/* stopped at b: c was never seen, and b's own message is kept */
	assert_int_equal(it.n, 2);
	assert_string_equal(it.item[0], "a");
	assert_string_equal(it.item[1], "b");
	assert_string_equal(err, "bad item 'b'");

	memset(&it, 0, sizeof(it));
	it.fail_at = 1;
	strcpy(buf, "only");
	assert_int_equal(opt_list(buf, collect, &it, err), -1);
	assert_int_equal(it.n, 1);
	assert_string_equal(err, "bad item 'only'");

	memset(&it, 0, sizeof(it));
	it.fail_at = 3;
	strcpy(buf, "a,b,c");
	assert_int_equal(opt_list(buf, collect, &it, err), -1);
	assert_int_equal(it.n, 3);
	assert_string_equal(err, "bad item 'c'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_uint_good),
		cmocka_unit_test(test_uint_bad),
		cmocka_unit_test(test_duration_good),
		cmocka_unit_test(test_duration_bad),
		cmocka_unit_test(test_duration_max),
		cmocka_unit_test(test_duration_small_limit),
		cmocka_unit_test(test_size_good),
		cmocka_unit_test(test_size_bad),
		cmocka_unit_test(test_port_range_good),
		cmocka_unit_test(test_port_range_bad),
		cmocka_unit_test(test_overflow_verdict),
		cmocka_unit_test(test_list_items),
		cmocka_unit_test(test_list_empty_items),
		cmocka_unit_test(test_list_callback_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
