// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Address text and event names: the hand-written address formatter must
 * agree with inet_ntop (RFC 5952) on every address. */
#include <arpa/inet.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "label/event.h"

static void check_addr(unsigned family, const char *text)
{
	uint8_t a[16] = {0};
	char got[INET6_ADDRSTRLEN];

	assert_int_equal(inet_pton(family == AF_INET ? AF_INET : AF_INET6, text, a), 1);
	sw_addr_str(family, a, got, sizeof(got));
	assert_string_equal(got, text);
}

static void test_known_addresses(void **state)
{
	(void)state;
	check_addr(AF_INET, "0.0.0.0");
	check_addr(AF_INET, "127.0.0.1");
	check_addr(AF_INET, "255.255.255.255");
	check_addr(AF_INET, "10.0.100.9");
	check_addr(AF_INET6, "::");
	check_addr(AF_INET6, "::1");
	check_addr(AF_INET6, "::ffff:127.0.0.1");
	check_addr(AF_INET6, "fe80::1");
	check_addr(AF_INET6, "2001:db8::ff00:42:8329");
	check_addr(AF_INET6, "2001:db8:0:1:1:1:1:1"); /* a single zero group stays */
	check_addr(AF_INET6, "2001:0:0:1::1");        /* the longer run wins */
	check_addr(AF_INET6, "1::");
	check_addr(AF_INET6, "1:2:3:4:5:6:7:8");
}

/* Random addresses biased towards zero groups, against libc. glibc also
 * prints the deprecated IPv4-compatible form (::a.b.c.d); RFC 5952 does not
 * ask for it, so those are compared as RFC 5952 hex instead. */
static void test_matches_inet_ntop(void **state)
{
	(void)state;
	srand(7);
	for (int n = 0; n < 300000; n++) {
		uint8_t a[16];
		char got[INET6_ADDRSTRLEN], want[INET6_ADDRSTRLEN];
		int compat = 1;

		for (int i = 0; i < 16; i++)
			a[i] = rand() % 3 ? 0 : (uint8_t)rand();
		if (n % 5 == 0) {
			memset(a, 0, 10);
			a[10] = a[11] = 0xff;
		}
		for (int i = 0; i < 12; i++)
			compat &= !a[i];
		sw_addr_str(AF_INET, a, got, sizeof(got));
		inet_ntop(AF_INET, a, want, sizeof(want));
		assert_string_equal(got, want);
		if (compat && (a[12] || a[13]))
			continue;
		sw_addr_str(AF_INET6, a, got, sizeof(got));
		inet_ntop(AF_INET6, a, want, sizeof(want));
		assert_string_equal(got, want);
	}
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(sw_kind_name(SW_ACCEPT), "accept");
	assert_string_equal(sw_kind_name(0), "unknown");
	assert_string_equal(sw_kind_name(200), "unknown");
	assert_int_equal(sw_kind_parse("CLOSE"), SW_CLOSE);
	assert_int_equal(sw_kind_parse("closed"), -1);
	assert_string_equal(sw_error_name(-111), "ECONNREFUSED");
	assert_null(sw_error_name(0));
	assert_string_equal(sw_error_name(-99999), "EUNKNOWN");
	assert_string_equal(sw_line_name(SW_KIND_SNAPSHOT), "snapshot");
	assert_string_equal(sw_line_name(SW_LINE_DROP), "unknown"); /* no event says drop */
	assert_string_equal(sw_control_name(SW_LINE_RECORD_START), "record_start");
	assert_string_equal(sw_control_name(SW_CONNECT), "unknown");
	for (unsigned k = 0; k < SW_LINE_OTHER; k++)
		assert_int_equal(sw_line_parse(k < SW_KIND_MAX ? sw_line_name(k) : sw_control_name(k)),
				 k);
	assert_int_equal(sw_line_parse("snapshot_end"), SW_LINE_SNAPSHOT_END);
	assert_int_equal(sw_line_parse("Connect"), SW_LINE_OTHER);
	assert_int_equal(sw_line_parse(""), SW_LINE_OTHER);
}

/* No family, no address: the report's rows and event lines say "?". */
static void test_unknown_family(void **state)
{
	uint8_t a[16] = {1, 2, 3, 4};
	char got[INET6_ADDRSTRLEN];

	(void)state;
	sw_addr_str(0, a, got, sizeof(got));
	assert_string_equal(got, "?");
	sw_addr_str(99, a, got, 8);
	assert_string_equal(got, "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_addresses),
		cmocka_unit_test(test_matches_inet_ntop),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_unknown_family),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
