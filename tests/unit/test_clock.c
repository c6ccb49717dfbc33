/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The one RFC 3339 formatter (user/common/clock.h), against date(1)'s
 * answers for fixed instants, including before the epoch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "common/clock.h"

static void expect(int64_t ns, unsigned digits, const char *want)
{
	char buf[CLOCK_RFC3339_LEN];

	assert_int_equal(clock_rfc3339(buf, ns, digits), strlen(want));
	assert_string_equal(buf, want);
}

static void test_rfc3339(void **state)
{
	(void)state;
	/* date -u -d @1764065346.123456789 +%FT%T.%NZ */
	expect(1764065346123456789, 6, "2025-11-25T10:09:06.123456Z");
	expect(1764065346123456789, 3, "2025-11-25T10:09:06.123Z");
	expect(1764065346123456789, 0, "2025-11-25T10:09:06Z");
	expect(0, 6, "1970-01-01T00:00:00.000000Z");
	/* half a second before the epoch: the second before it, .5 */
	expect(-500000000, 6, "1969-12-31T23:59:59.500000Z");
	/* the int64 limits of a report's times */
	expect(INT64_MAX, 6, "2262-04-11T23:47:16.854775Z");
	expect(INT64_MIN + 1, 0, "1677-09-21T00:12:43Z");
}

static void test_cached_agrees(void **state)
{
	struct clock_cache c = { .sec = -1 };
	char a[CLOCK_RFC3339_LEN], b[CLOCK_RFC3339_LEN];

	(void)state;
	for (uint64_t ns = 1764065346000000000ull; ns < 1764065349000000000ull;
	     ns += 123456789) {
		char *end = clock_put_rfc3339_us(a, ns, &c);

		*end = '\0';
		clock_rfc3339(b, (int64_t)ns, 6);
		assert_string_equal(a, b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3339),
		cmocka_unit_test(test_cached_agrees),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
