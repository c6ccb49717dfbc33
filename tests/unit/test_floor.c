/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The kernel floor's decision: which kernels are refused, and the one line
 * they get. (The probes themselves run on real kernels in the matrix,
 * `make test-kernels`.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "capture/floor.h"

static const struct kernel_features all = {
	.btf = true, .ringbuf = true, .task_btf = true, .task_pt_regs = true,
};

static void test_everything_present_is_met(void **state)
{
	char msg[256] = "untouched";

	(void)state;
	assert_true(floor_met(&all, "6.12.0", msg, sizeof(msg)));
	assert_string_equal(msg, "untouched");
}

static void expect_refused(struct kernel_features f, const char *release, const char *lacks)
{
	char msg[256], want[256];

	assert_false(floor_met(&f, release, msg, sizeof(msg)));
	snprintf(want, sizeof(want), "needs Linux " FLOOR_RELEASE " or later with BTF (this is %s: %s)",
		 release, lacks);
	assert_string_equal(msg, want);
	assert_null(strchr(msg, '\n'));
}

static void test_each_missing_feature_is_named(void **state)
{
	struct kernel_features f;

	(void)state;
	f = all, f.btf = false;
	expect_refused(f, "5.10.0-46-cloud-amd64",
		       "no BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
	f = all, f.ringbuf = false;
	expect_refused(f, "5.4.0", "no BPF ring buffer");
}

static void test_5_10_meets_the_floor_with_the_legacy_programs(void **state)
{
	/* 5.10: BTF and the ring buffer, neither newer helper */
	struct kernel_features f = all;
	char msg[256];

	(void)state;
	f.task_btf = f.task_pt_regs = false;
	assert_true(floor_met(&f, "5.10.0-46-cloud-amd64", msg, sizeof(msg)));
	assert_int_equal(floor_program_set(&f), PROGRAMS_LEGACY);
	/* 5.11-5.14: the task as a BTF pointer, but not its registers */
	f.task_btf = true;
	assert_true(floor_met(&f, "5.14.0-70.el9", msg, sizeof(msg)));
	assert_int_equal(floor_program_set(&f), PROGRAMS_LEGACY);
	assert_int_equal(floor_program_set(&all), PROGRAMS_CURRENT);
}

static void test_release_below_the_floor_is_refused_with_every_feature(void **state)
{
	/* a 5.9 with BTF, or RHEL 8's 4.18 with BPF backported, passes the
	 * probes; the release alone refuses it */
	(void)state;
	expect_refused(all, "5.9.16-1-amd64",
		       "older than " FLOOR_RELEASE ", where its programs are not tested");
	expect_refused(all, "4.18.0-553.el8_10.x86_64",
		       "older than " FLOOR_RELEASE ", where its programs are not tested");
}

static void test_unreadable_release_is_left_to_the_probes(void **state)
{
	char msg[256];

	(void)state;
	assert_true(floor_met(&all, "unknown", msg, sizeof(msg)));
	assert_true(floor_met(&all, "10.0", msg, sizeof(msg)));
	assert_true(floor_met(&all, "5.10.0", msg, sizeof(msg)));
}

static void test_oldest_missing_feature_is_named_first(void **state)
{
	/* 4.19: nothing at all; the first need (BTF) is the one named */
	struct kernel_features none = { 0 };

	(void)state;
	expect_refused(none, "4.19.0-27-amd64",
		       "no BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
}

static void test_long_release_is_cut_not_overrun(void **state)
{
	char msg[40];
	struct kernel_features none = { 0 };

	(void)state;
	memset(msg, 'x', sizeof(msg));
	assert_false(floor_met(&none, "5.10.0-a-very-long-local-version-string", msg, sizeof(msg)));
	assert_int_equal(strlen(msg), sizeof(msg) - 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_everything_present_is_met),
		cmocka_unit_test(test_each_missing_feature_is_named),
		cmocka_unit_test(test_5_10_meets_the_floor_with_the_legacy_programs),
		cmocka_unit_test(test_release_below_the_floor_is_refused_with_every_feature),
		cmocka_unit_test(test_unreadable_release_is_left_to_the_probes),
		cmocka_unit_test(test_oldest_missing_feature_is_named_first),
		cmocka_unit_test(test_long_release_is_cut_not_overrun),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
