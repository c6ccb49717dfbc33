/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Escaping for the report formats (report_esc.c) and RFC 3339 times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "report/report.h"

typedef void (*esc_fn)(FILE *f, const char *s, size_t n);

/* Escape n bytes with fn into a fresh string. */
static char *run(esc_fn fn, const char *s, size_t n)
{
	static char buf[4096];
	FILE *f;

	memset(buf, 0, sizeof(buf));
	f = fmemopen(buf, sizeof(buf), "w");

	assert_non_null(f);
	fn(f, s, n);
	assert_int_equal(fclose(f), 0);
	return buf;
}

#define RUN(fn, lit) run((fn), (lit), sizeof(lit) - 1)

static void test_html(void **state)
{
	(void)state;
	assert_string_equal(RUN(rpt_html_esc, "<script>alert('x')</script>"),
			    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	assert_string_equal(RUN(rpt_html_esc, "a&b \"c\""), "a&amp;b &quot;c&quot;");
	/* controls and invalid UTF-8 never reach the page; valid UTF-8 does */
	assert_string_equal(RUN(rpt_html_esc, "a\x1b[31mb"), "a\xef\xbf\xbd[31mb");
	assert_string_equal(RUN(rpt_html_esc, "\xff\xc3("), "\xef\xbf\xbd\xef\xbf\xbd(");
	assert_string_equal(RUN(rpt_html_esc, "caf\xc3\xa9"), "caf\xc3\xa9");
	assert_string_equal(RUN(rpt_html_esc, "a\nb\tc"), "a b c");
	assert_string_equal(RUN(rpt_html_esc, "a\0b"), "a\xef\xbf\xbd" "b");
}

static void test_csv(void **state)
{
	(void)state;
	assert_string_equal(RUN(rpt_csv_field, "plain"), "plain");
	assert_string_equal(RUN(rpt_csv_field, ""), "");
	assert_string_equal(RUN(rpt_csv_field, "a,b"), "\"a,b\"");
	assert_string_equal(RUN(rpt_csv_field, "say \"hi\""), "\"say \"\"hi\"\"\"");
	assert_string_equal(RUN(rpt_csv_field, "two\nlines"), "two\\x0alines"); /* no raw control bytes */
	/* formula injection: = + - @ (and tab, CR) at the start are neutralised */
	assert_string_equal(RUN(rpt_csv_field, "=HYPERLINK(\"http://x\")"),
			    "\"'=HYPERLINK(\"\"http://x\"\")\"");
	assert_string_equal(RUN(rpt_csv_field, "+1"), "'+1");
	assert_string_equal(RUN(rpt_csv_field, "-2+3"), "'-2+3");
	assert_string_equal(RUN(rpt_csv_field, "@SUM(A1)"), "'@SUM(A1)");
	/* control bytes are written as text, still neutralised at the start */
	assert_string_equal(RUN(rpt_csv_field, "\tx"), "'\\x09x");
	assert_string_equal(RUN(rpt_csv_field, "\r=1"), "'\\x0d=1");
	/* only the start matters */
	assert_string_equal(RUN(rpt_csv_field, "a=b-c"), "a=b-c");
	/* invalid UTF-8 replaced, valid kept */
	assert_string_equal(RUN(rpt_csv_field, "\xfe\xc3\xa9"), "\xef\xbf\xbd\xc3\xa9");
}

static void test_md(void **state)
{
	(void)state;
	assert_string_equal(RUN(rpt_md_esc, "a|b"), "a\\|b");
	assert_string_equal(RUN(rpt_md_esc, "<img src=x>"), "\\<img src=x\\>");
	assert_string_equal(RUN(rpt_md_esc, "*bold* _it_ `c` [l](u)"),
			    "\\*bold\\* \\_it\\_ \\`c\\` \\[l\\](u)");
	assert_string_equal(RUN(rpt_md_esc, "a\nb\x1b"), "a\\x0ab\\x1b");
	assert_string_equal(RUN(rpt_md_esc, "127.0.0.1"), "127.0.0.1");
	assert_string_equal(RUN(rpt_md_esc, "\xff"), "\\xff");
	assert_string_equal(RUN(rpt_md_esc, "caf\xc3\xa9"), "caf\xc3\xa9");
}

static void test_utf8_clean(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(rpt_utf8_clean(buf, sizeof(buf), "ok", 2), 2);
	assert_string_equal(buf, "ok");
	rpt_utf8_clean(buf, sizeof(buf), "a\xffz", 3);
	assert_string_equal(buf, "a\xef\xbf\xbdz");
	/* an embedded NUL ends the string */
	rpt_utf8_clean(buf, sizeof(buf), "ab\0cd", 5);
	assert_string_equal(buf, "ab");
	/* never splits a sequence at the end of the buffer */
	rpt_utf8_clean(buf, 4, "ab\xc3\xa9", 4);
	assert_string_equal(buf, "ab");
}

static void test_time(void **state)
{
	char b[RPT_TS_LEN];
	int64_t t, u;

	(void)state;
	assert_int_equal(rpt_time_parse("2026-01-05T09:00:00Z", 20, &t), 0);
	assert_int_equal(t, 1767603600ll * 1000000000);
	assert_int_equal(rpt_time_parse("2026-01-05T10:00:00+01:00", 25, &u), 0);
	assert_int_equal(u, t);
	assert_int_equal(rpt_time_parse("2026-01-05t08:30:00.5-00:30", 27, &u), 0);
	assert_int_equal(u, t + 500000000);
	assert_int_equal(rpt_time_parse("2026-01-05 09:00:00.000100z", 27, &u), 0);
	assert_int_equal(u, t + 100000);
	assert_int_equal(rpt_time_parse("2026-01-05", 10, &u), 0);
	assert_int_equal(u, t - 9ll * 3600 * 1000000000);
	assert_int_equal(rpt_time_parse("1969-12-31T23:59:59Z", 20, &u), 0);
	assert_int_equal(u, -1000000000ll);
	assert_int_equal(rpt_time_parse("2024-02-29T00:00:00Z", 20, &u), 0);
	static const char *const bad[] = {
		"", "2026", "2026-01-05T09:00:00", "2026-13-01T00:00:00Z",
		"2025-02-29T00:00:00Z", "2026-01-05T24:00:00Z", "2026-01-05T09:00:00.Z",
		"2026-01-05T09:00:00Zx", "2026-01-05T09:00:00+1:00", "yesterday",
		"2026-01-05T09:60:00Z", "2026-1-5T09:00:00Z",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (!rpt_time_parse(bad[i], strlen(bad[i]), &u))
			fail_msg("accepted '%s'", bad[i]);
	rpt_time_format(b, sizeof(b), t + 123456789);
	assert_string_equal(b, "2026-01-05T09:00:00.123456Z");
	rpt_time_format_s(b, sizeof(b), t);
	assert_string_equal(b, "2026-01-05T09:00:00Z");
	rpt_time_format(b, sizeof(b), -1);
	assert_string_equal(b, "1969-12-31T23:59:59.999999Z");
	rpt_time_format_s(b, sizeof(b), RPT_TS_NONE);
	assert_string_equal(b, "-");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_utf8_clean),
		cmocka_unit_test(test_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
