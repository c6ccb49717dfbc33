/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The approved-services file (approved.h): parsing and matching. */
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "report/approved.h"

static int parse(const char *line, struct approved_rule *r, char *err, size_t errlen)
{
	return approved_parse_line(line, strlen(line), r, err, errlen);
}

static void test_good_lines(void **state)
{
	struct approved_rule r;
	char err[256];

	(void)state;
	assert_int_equal(parse("listen tcp 22 process=sshd addr=wildcard -- remote admin, "
			       "CHG-1021", &r, err, sizeof(err)), 0);
	assert_int_equal(r.dir, AP_LISTEN);
	assert_int_equal(r.proto, IPPROTO_TCP);
	assert_int_equal(r.lo, 22);
	assert_int_equal(r.hi, 22);
	assert_true(r.has_process);
	assert_string_equal(r.process, "sshd");
	assert_int_equal(r.addr_kind, AA_WILDCARD);
	assert_string_equal(r.rule, "listen tcp 22 process=sshd addr=wildcard");
	assert_string_equal(r.justification, "remote admin, CHG-1021");
	approved_rule_free(&r);

	assert_int_equal(parse("\tconnect  any  8000-8080\t--  # ticket #7  ", &r, err,
			       sizeof(err)), 0);
	assert_int_equal(r.dir, AP_CONNECT);
	assert_int_equal(r.proto, 0);
	assert_int_equal(r.lo, 8000);
	assert_int_equal(r.hi, 8080);
	assert_false(r.has_process);
	assert_string_equal(r.justification, "# ticket #7");
	approved_rule_free(&r);

	assert_int_equal(parse("listen udp * addr=10.0.0.0/8 -- internal", &r, err,
			       sizeof(err)), 0);
	assert_int_equal(r.lo, 0);
	assert_int_equal(r.hi, 65535);
	assert_int_equal(r.addr_kind, AA_PREFIX);
	assert_int_equal(r.prefix, 8);
	approved_rule_free(&r);

	assert_int_equal(parse("listen tcp 443 addr=::1 -- local", &r, err, sizeof(err)), 0);
	assert_int_equal(r.addr.family, AF_INET6);
	assert_int_equal(r.prefix, 128);
	approved_rule_free(&r);

	/* blank and comment lines */
	assert_int_equal(parse("", &r, err, sizeof(err)), 1);
	assert_int_equal(parse("   \t ", &r, err, sizeof(err)), 1);
	assert_int_equal(parse("  # listen tcp 22", &r, err, sizeof(err)), 1);
}

static void test_bad_lines(void **state)
{
	static const struct {
		const char *line, *want;
	} bad[] = {
		{ "accept tcp 22 -- x", "unknown direction 'accept'" },
		{ "listen", "missing protocol" },
		{ "listen tpc 22 -- x", "unknown protocol 'tpc'" },
		{ "listen tcp -- x", "missing port" },
		{ "listen tcp 70000 -- x", "out of range" },
		{ "listen tcp 90-80 -- x", "backwards" },
		{ "listen tcp 22", "missing justification" },
		{ "listen tcp 22 --", "missing justification" },
		{ "listen tcp 22 --   ", "missing justification" },
		{ "listen tcp 22 process=averyveryverylongname -- x", "longer than 15" },
		{ "listen tcp 22 process=a process=b -- x", "given twice" },
		{ "connect tcp 22 addr=10.0.0.1 -- x", "listen rules only" },
		{ "listen tcp 22 addr=10.0.0.300 -- x", "bad address" },
		{ "listen tcp 22 addr=10.0.0.0/33 -- x", "bad prefix" },
		{ "listen tcp 22 addr=10.0.0.0/ -- x", "bad prefix" },
		{ "listen tcp 22 user=root -- x", "unexpected 'user=root'" },
		{ "listen tcp 22 -- x\x01y", "control character" },
	};
	struct approved_rule r;
	char err[256];

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		err[0] = '\0';
		if (parse(bad[i].line, &r, err, sizeof(err)) != -1)
			fail_msg("accepted: %s", bad[i].line);
		if (!strstr(err, bad[i].want))
			fail_msg("'%s': message '%s' lacks '%s'", bad[i].line, err, bad[i].want);
	}
}

static void write_file(char *path, size_t len, const char *text)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(path, len, "%s/test_approved.XXXXXX", dir ? dir : "/tmp");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

static void test_load_names_file_and_line(void **state)
{
	struct approved_list *l = (void *)1;
	char path[256], err[512], want[300];

	(void)state;
	write_file(path, sizeof(path), "# approved\n\nlisten tcp 22 -- ssh\r\n"
		   "connect udp 53 -- dns\nlisten tcp twenty -- oops\nlisten tcp 1 -- x\n");
	assert_int_equal(approved_load(path, &l, err, sizeof(err)), -1);
	assert_null(l);
	snprintf(want, sizeof(want), "%s:5: ", path);
	assert_memory_equal(err, want, strlen(want));
	assert_non_null(strstr(err, "'twenty'"));
	assert_null(strchr(err, '\n'));
	unlink(path);

	write_file(path, sizeof(path), "listen tcp 22 -- ssh\r\nconnect udp 53 -- dns");
	assert_int_equal(approved_load(path, &l, err, sizeof(err)), 0);
	assert_int_equal(l->n, 2);
	assert_int_equal(l->r[0].line, 1);
	assert_string_equal(l->r[0].justification, "ssh");
	assert_int_equal(l->r[1].line, 2);
	assert_string_equal(l->path, path);
	approved_free(l);
	unlink(path);

	/* unreadable: a runtime failure (-2), not bad input (-1) */
	assert_int_equal(approved_load("/nonexistent/approved", &l, err, sizeof(err)), -2);
	assert_non_null(strstr(err, "/nonexistent/approved: "));
}

static struct rpt_addr addr(const char *s)
{
	struct rpt_addr a;

	assert_int_equal(rpt_addr_parse(s, &a), 0);
	return a;
}

static void test_matching(void **state)
{
	struct approved_list *l;
	char path[256], err[512];
	struct rpt_addr a;
	const struct approved_rule *r;

	(void)state;
	write_file(path, sizeof(path),
		   "listen tcp 22 process=sshd addr=wildcard -- ssh\n"      /* 1 */
		   "listen tcp 5432 addr=loopback -- db, local only\n"      /* 2 */
		   "listen udp 5000-5010 addr=10.0.0.0/8 -- app\n"          /* 3 */
		   "listen any 8080 addr=2001:db8::/32 -- v6 app\n"         /* 4 */
		   "connect tcp 443 -- https\n"                             /* 5 */
		   "connect any * process=apt -- apt may go anywhere\n");   /* 6 */
	assert_int_equal(approved_load(path, &l, err, sizeof(err)), 0);
	unlink(path);

	a = addr("0.0.0.0");
	r = approved_match_listener(l, IPPROTO_TCP, &a, 22, "sshd");
	assert_non_null(r);
	assert_int_equal(r->line, 1);
	assert_null(approved_match_listener(l, IPPROTO_TCP, &a, 22, "nc"));
	assert_null(approved_match_listener(l, IPPROTO_TCP, &a, 22, NULL));
	a = addr("::");
	assert_non_null(approved_match_listener(l, IPPROTO_TCP, &a, 22, "sshd"));
	a = addr("192.168.1.1");
	assert_null(approved_match_listener(l, IPPROTO_TCP, &a, 22, "sshd"));

	a = addr("127.0.0.1");
	assert_int_equal(approved_match_listener(l, IPPROTO_TCP, &a, 5432, "postgres")->line, 2);
	a = addr("::1");
	assert_non_null(approved_match_listener(l, IPPROTO_TCP, &a, 5432, "postgres"));
	a = addr("::ffff:127.0.0.5");
	assert_non_null(approved_match_listener(l, IPPROTO_TCP, &a, 5432, "postgres"));
	a = addr("0.0.0.0");
	assert_null(approved_match_listener(l, IPPROTO_TCP, &a, 5432, "postgres"));

	a = addr("10.20.30.40");
	assert_int_equal(approved_match_listener(l, IPPROTO_UDP, &a, 5010, "app")->line, 3);
	assert_null(approved_match_listener(l, IPPROTO_UDP, &a, 5011, "app"));
	assert_null(approved_match_listener(l, IPPROTO_TCP, &a, 5000, "app"));
	a = addr("::ffff:10.1.2.3"); /* v4-mapped on a dual-stack socket */
	assert_non_null(approved_match_listener(l, IPPROTO_UDP, &a, 5000, "app"));
	a = addr("11.0.0.1");
	assert_null(approved_match_listener(l, IPPROTO_UDP, &a, 5000, "app"));

	a = addr("2001:db8:1::5");
	assert_int_equal(approved_match_listener(l, IPPROTO_UDP, &a, 8080, "x")->line, 4);
	a = addr("2001:db9::5");
	assert_null(approved_match_listener(l, IPPROTO_UDP, &a, 8080, "x"));

	assert_int_equal(approved_match(l, AP_CONNECT, IPPROTO_TCP, 443, "curl")->line, 5);
	assert_int_equal(approved_match(l, AP_CONNECT, IPPROTO_UDP, 53, "apt")->line, 6);
	assert_null(approved_match(l, AP_CONNECT, IPPROTO_UDP, 53, "curl"));
	/* accepts are matched against listen rules, without the address */
	assert_int_equal(approved_match(l, AP_LISTEN, IPPROTO_TCP, 5432, "postgres")->line, 2);
	assert_null(approved_match(l, AP_LISTEN, IPPROTO_TCP, 443, "nginx"));
	approved_free(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_lines),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_load_names_file_and_line),
		cmocka_unit_test(test_matching),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
