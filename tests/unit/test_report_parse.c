/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The report's two line parsers (user/report/report_parse.c) must mean the same:
 * the fast path takes only lines on which it cannot differ from
 * json-c, and hands every other line to json-c. Checked here by parsing
 * each line twice, once as the report does and once with json-c alone,
 * and comparing every field of the result: on lines as sockwatch writes
 * them (which must take the fast path), on unusual but valid JSON (escapes,
 * repeated keys, whitespace, numbers that are not small integers, nesting),
 * on invalid lines, and on thousands of seeded mutations of all of those.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "report/report.h"

/* Lines as sockwatch writes them: every one must take the fast path. */
static const char *const canonical[] = {
	/* event_format 2: who acted, with a command line and a container */
	"{\"ts\":\"2026-01-05T09:00:00.000200Z\",\"event\":\"listen\",\"pid\":31,\"tid\":31,"
	"\"ppid\":30,\"uid\":0,\"comm\":\"busybox\",\"cgroup_id\":77,\"netns\":4026532253,"
	"\"exe\":\"/bin/busybox\",\"args\":[\"/bin/busybox\",\"nc\",\"-l\",\"-p\",\"8080\"],"
	"\"args_cut\":false,\"pcomm\":\"conmon\",\"cgroup\":\"/libpod_parent/libpod-07d1\","
	"\"unit\":null,\"container\":{\"id\":\"07d1\",\"runtime\":\"podman\"},"
	"\"host_netns\":false,\"proto\":\"tcp\",\"family\":\"ipv4\",\"laddr\":\"0.0.0.0\","
	"\"lport\":8080,\"raddr\":null,\"rport\":null,\"port\":8080,\"port_class\":\"registered\","
	"\"service\":\"http-alt\",\"role\":\"listener\",\"in_progress\":false,"
	"\"auto_port\":false,\"result\":0,\"error\":null}",
	"{\"ts\":\"2026-01-05T09:00:00.000300Z\",\"event\":\"connect\",\"pid\":32,\"tid\":32,"
	"\"ppid\":1,\"uid\":0,\"comm\":\"sshd\",\"cgroup_id\":5,\"netns\":4026531840,"
	"\"exe\":\"/tmp/x/pyx\",\"args\":[],\"args_cut\":true,\"pcomm\":null,"
	"\"cgroup\":\"/system.slice/demo.service\",\"unit\":\"demo.service\",\"container\":null,"
	"\"host_netns\":true,\"proto\":\"tcp\",\"family\":\"ipv4\",\"laddr\":\"127.0.0.1\","
	"\"lport\":4000,\"raddr\":\"127.0.0.1\",\"rport\":9,\"port\":9,\"port_class\":"
	"\"well-known\",\"service\":\"discard\",\"role\":\"outbound\",\"in_progress\":false,"
	"\"auto_port\":false,\"result\":-111,\"error\":\"ECONNREFUSED\"}",
	"{\"ts\":\"2026-01-05T09:00:00.000100Z\",\"event\":\"connect\",\"pid\":2026,\"tid\":2026,"
	"\"ppid\":1,\"uid\":1000,\"comm\":\"rsync\",\"cgroup_id\":1,\"netns\":4026531840,"
	"\"proto\":\"tcp\",\"family\":\"ipv4\",\"laddr\":\"10.0.0.5\",\"lport\":42516,"
	"\"raddr\":\"10.7.124.138\",\"rport\":443,\"port\":443,\"port_class\":\"well-known\","
	"\"service\":\"https\",\"role\":\"outbound\",\"in_progress\":false,\"result\":0,"
	"\"error\":null}",
	"{\"ts\":\"2026-01-05T09:00:01.5Z\",\"event\":\"connect\",\"pid\":7,\"tid\":7,\"ppid\":1,"
	"\"uid\":0,\"comm\":\"curl\",\"cgroup_id\":1,\"netns\":4026531840,\"proto\":\"udp\","
	"\"family\":\"ipv6\",\"laddr\":\"::\",\"lport\":40000,\"raddr\":\"2001:db8::10\","
	"\"rport\":53,\"port\":53,\"port_class\":\"well-known\",\"service\":\"domain\","
	"\"role\":\"outbound\",\"in_progress\":true,\"result\":-115,\"error\":\"EINPROGRESS\"}",
	"{\"ts\":\"2026-01-05T09:00:02.000000Z\",\"event\":\"connect\",\"pid\":8,\"tid\":8,"
	"\"ppid\":1,\"uid\":1000,\"comm\":\"java\",\"cgroup_id\":1,\"netns\":4026531840,"
	"\"proto\":\"tcp\",\"family\":\"ipv4\",\"laddr\":\"10.0.0.5\",\"lport\":40001,"
	"\"raddr\":\"198.51.100.7\",\"rport\":7777,\"port\":7777,\"port_class\":\"registered\","
	"\"service\":null,\"role\":\"outbound\",\"in_progress\":false,\"result\":-111,"
	"\"error\":\"ECONNREFUSED\"}",
	"{\"ts\":\"2026-01-05T09:00:03.000000Z\",\"event\":\"accept\",\"pid\":3443,\"tid\":3443,"
	"\"ppid\":1,\"uid\":33,\"comm\":\"nginx\",\"cgroup_id\":1,\"netns\":4026531840,"
	"\"proto\":\"tcp\",\"family\":\"ipv4\",\"laddr\":\"0.0.0.0\",\"lport\":443,"
	"\"raddr\":\"192.168.4.7\",\"rport\":51000,\"port\":443,\"port_class\":\"well-known\","
	"\"service\":\"https\",\"role\":\"inbound\",\"in_progress\":false,\"result\":0,"
	"\"error\":null}",
	"{\"ts\":\"2026-01-05T09:00:04.000000Z\",\"event\":\"listen\",\"pid\":3022,\"tid\":3022,"
	"\"ppid\":1,\"uid\":0,\"comm\":\"sshd\",\"cgroup_id\":1,\"netns\":4026531840,"
	"\"proto\":\"tcp\",\"family\":\"ipv6\",\"laddr\":\"::\",\"lport\":22,\"raddr\":null,"
	"\"rport\":null,\"port\":22,\"port_class\":\"well-known\",\"service\":\"ssh\","
	"\"role\":\"listener\",\"in_progress\":false,\"result\":0,\"error\":null}",
	"{\"ts\":\"2026-01-05T09:00:05.000000Z\",\"event\":\"bind\",\"pid\":3161,\"tid\":3161,"
	"\"ppid\":1,\"uid\":0,\"comm\":\"snmpd\",\"cgroup_id\":1,\"netns\":4026531840,"
	"\"proto\":\"udp\",\"family\":\"ipv4\",\"laddr\":\"0.0.0.0\",\"lport\":161,"
	"\"raddr\":null,\"rport\":null,\"port\":161,\"port_class\":\"well-known\","
	"\"service\":\"snmp\",\"role\":\"listener\",\"in_progress\":false,\"result\":-98,"
	"\"error\":\"EADDRINUSE\"}",
	"{\"ts\":\"2026-01-05T09:00:06.000000Z\",\"event\":\"close\",\"pid\":2000,\"tid\":2000,"
	"\"ppid\":1,\"uid\":1000,\"comm\":\"curl\",\"cgroup_id\":1,\"netns\":4026531840,"
	"\"proto\":\"tcp\",\"family\":\"ipv4\",\"laddr\":\"10.0.0.5\",\"lport\":40002,"
	"\"raddr\":\"10.1.2.3\",\"rport\":443,\"port\":443,\"port_class\":\"well-known\","
	"\"service\":\"https\",\"role\":\"outbound\",\"in_progress\":false,\"result\":0,"
	"\"error\":null}",
	"{\"ts\":\"2026-01-05T09:00:00.000000Z\",\"event\":\"snapshot\",\"pid\":100,\"tid\":100,"
	"\"ppid\":1,\"uid\":101,\"comm\":\"systemd-resolve\",\"cgroup_id\":1,"
	"\"netns\":4026531840,\"proto\":\"udp\",\"family\":\"ipv4\",\"laddr\":\"127.0.0.53\","
	"\"lport\":53,\"raddr\":null,\"rport\":null,\"port\":53,\"port_class\":\"well-known\","
	"\"service\":\"domain\",\"role\":\"listener\",\"in_progress\":false,\"result\":0,"
	"\"error\":null,\"state\":\"bound\"}",
	"{\"event\":\"snapshot_end\",\"ts\":\"2026-01-05T09:00:00.000000Z\",\"sockets\":9,"
	"\"owned\":9,\"procs_denied\":0}",
	"{\"event\":\"drop\",\"ts\":\"2026-01-05T09:00:07.000000Z\",\"lost\":7,\"total\":140}",
	"{\"event\":\"record_stop\",\"ts\":\"2026-01-05T10:00:00.000000Z\",\"reason\":\"sigint\","
	"\"events\":10000000,\"drops\":140,\"segments\":10}",
	"{\"event\":\"record_start\",\"ts\":\"2026-01-05T09:00:00.000000Z\",\"host\":\"web-01\","
	"\"kernel\":\"6.1.0-99\",\"sockwatch\":\"v1\",\"ip_local_port_range\":\"32768 60999\"}",
	"{\"event\":\"record_start\",\"ts\":\"2026-01-05T09:00:00Z\",\"host\":\"h\","
	"\"version\":\"old\",\"local_port_range\":\"1024 65535\"}",
	/* UTF-8 */
	"{\"ts\":\"2026-01-05T09:00:08Z\",\"event\":\"connect\",\"comm\":\"caf\xc3\xa9 \xe2\x82\xac\","
	"\"proto\":\"tcp\",\"laddr\":\"10.0.0.5\",\"lport\":1,\"raddr\":\"10.0.0.6\","
	"\"rport\":80,\"service\":\"h\xc3\xa9\",\"role\":\"outbound\",\"result\":0}",
	"{\"event\":\"future\"}\r",
	"{}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:09Z\"}",
};

/* Valid JSON that is not in that form: json-c reads it (or rejects it). */
static const char *const unusual[] = {
	/* escapes */
	"{\"ts\":\"2026-01-05T09:00:10Z\",\"event\":\"connect\",\"comm\":\"cu\\u0072l \\\"x\\\"\","
	"\"proto\":\"tcp\",\"laddr\":\"10.0.0.5\",\"raddr\":\"10.0.0.6\",\"rport\":443,"
	"\"service\":\"a\\\\b\",\"role\":\"outbound\"}",
	"{\"ts\":\"2026-01-05T09:00:10Z\",\"event\":\"connect\",\"comm\":\"nul\\u0000after\","
	"\"laddr\":\"10.0.0.5\"}",
	"{\"ts\":\"2026-01-05T09:00:10Z\",\"ev\\u0065nt\":\"connect\",\"laddr\":\"10.0.0.5\"}",
	"{\"ts\":\"2026-01-05T09:00:10Z\",\"event\":\"conn\\u0065ct\",\"laddr\":\"10.0.0.5\"}",
	"{\"ts\":\"2026-01-05T09:00:10Z\",\"event\":\"connect\",\"comm\":\"\\ud83d\\ude00\","
	"\"laddr\":\"10.0.0.5\"}",
	/* repeated keys: json-c keeps the last, in the first one's place */
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:11Z\",\"comm\":\"a\",\"comm\":\"b\","
	"\"laddr\":\"10.0.0.5\",\"lport\":1,\"lport\":2}",
	"{\"event\":\"connect\",\"event\":\"accept\",\"ts\":\"2026-01-05T09:00:11Z\","
	"\"laddr\":\"10.0.0.5\"}",
	"{\"event\":\"record_start\",\"ts\":\"2026-01-05T09:00:00Z\","
	"\"ip_local_port_range\":\"1 2\",\"local_port_range\":\"3 4\"}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:11Z\",\"comm\":\"a\",\"comm\":null,"
	"\"laddr\":\"10.0.0.5\"}",
	/* invalid UTF-8 and raw control bytes, which sockwatch's writer never
	 * leaves (output/escape.c): json-c keeps them as they are; simdjson
	 * refuses them, so json-c reads them */
	"{\"ts\":\"2026-01-05T09:00:08Z\",\"event\":\"connect\",\"comm\":\"caf\xc3\xa9 \xff\x01\","
	"\"proto\":\"tcp\",\"laddr\":\"10.0.0.5\",\"lport\":1,\"raddr\":\"10.0.0.6\","
	"\"rport\":80,\"service\":\"h\xc3\xa9\",\"role\":\"outbound\",\"result\":0}",
	/* whitespace */
	" {\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:12Z\",\"laddr\":\"10.0.0.5\"}",
	"{ \"event\" : \"connect\" , \"ts\":\"2026-01-05T09:00:12Z\",\"laddr\":\"10.0.0.5\" }",
	"{\"event\":\"connect\",\n\"ts\":\"2026-01-05T09:00:12Z\",\"laddr\":\"10.0.0.5\"}\t \r",
	"{ }",
	/* numbers */
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:13Z\",\"laddr\":\"10.0.0.5\","
	"\"lport\":443.0,\"rport\":1e3,\"pid\":-0,\"uid\":01,\"result\":-99999999999999999999}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:13Z\",\"laddr\":\"10.0.0.5\","
	"\"pid\":123456789012345678,\"uid\":1234567890123456789,\"result\":-1.5}",
	"{\"event\":\"drop\",\"ts\":\"2026-01-05T09:00:13Z\",\"lost\":99999999999999999999,"
	"\"total\":18446744073709551616}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:13Z\",\"laddr\":\"10.0.0.5\","
	"\"pid\":NaN,\"uid\":Infinity,\"lport\":-Infinity}",
	/* json-c's leniency: literals in any case, single quotes, comments,
	 * trailing commas */
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:14Z\",\"laddr\":\"10.0.0.5\","
	"\"in_progress\":True}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:14Z\",\"laddr\":\"10.0.0.5\","
	"\"in_progress\":TRUE,\"service\":NULL}",
	"{'event':'connect','ts':'2026-01-05T09:00:14Z','laddr':'10.0.0.5'}",
	"{\"event\":\"connect\",/* c */\"ts\":\"2026-01-05T09:00:14Z\",\"laddr\":\"10.0.0.5\"}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:14Z\",\"laddr\":\"10.0.0.5\",}",
	/* nesting */
	"{\"event\":\"record_start\",\"ts\":\"2026-01-05T09:00:00Z\",\"host\":\"h\","
	"\"ip_local_port_range\":[32768,60999]}",
	"{\"event\":\"record_start\",\"ts\":\"2026-01-05T09:00:00Z\","
	"\"ip_local_port_range\":{\"lo\":1024,\"hi\":2048}}",
	"{\"event\":\"record_start\",\"ts\":\"2026-01-05T09:00:00Z\","
	"\"ip_local_port_range\":{\"lo\":null,\"hi\":2048}}",
	"{\"event\":\"connect\",\"ts\":\"2026-01-05T09:00:15Z\",\"laddr\":\"10.0.0.5\","
	"\"comm\":[\"x\"],\"pid\":{\"a\":1},\"service\":{}}",
	"{\"event\":\"future\",\"x\":[1,2]}",
	/* not objects, not JSON, not whole */
	"[1,2]", "\"connect\"", "123", "null", "not json", "{", "}", "{\"event\"}",
	"{\"event\":}", "{\"event\":\"connect\"", "{\"event\":\"connect\"}}",
	"{\"event\":\"connect\"} trailing", "{\"event\":\"connect\"}{}",
	"{\"event\" \"connect\"}", "{\"event\":\"connect\",,\"ts\":\"x\"}",
	"{\"event\":\"connect\":\"ts\"}", "{\"event\",\"connect\"}", "{\"a\":tru}",
	"{\"a\":nul}", "{\"a\":-}", "{\"a\":1-2}", "{\"a\":\"x\\q\"}", "{\"a\":\"\\u12\"}",
	"", "\r", "{\"event\":\"connect\",\"ts\":\"yesterday\"}",
};

struct line_view {
	int rc;
	struct rpt_line l;
};

static void parse(struct rpt_parser *p, const char *s, size_t n, struct line_view *v)
{
	memset(v, 0, sizeof(*v));
	v->rc = rpt_parse_line(p, s, n, &v->l);
}

static bool same_str(const char *a, size_t an, const char *b, size_t bn)
{
	if (!a || !b)
		return a == b;
	return an == bn && !memcmp(a, b, an);
}

static bool same_cstr(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return !strcmp(a, b);
}

static bool same_addr(bool ha, const struct rpt_addr *a, bool hb, const struct rpt_addr *b)
{
	return ha == hb && (!ha || (a->family == b->family && !memcmp(a->a, b->a, 16)));
}

/* Every field decode() fills; "" when equal, else the first that differs. */
static const char *differs(const struct line_view *x, const struct line_view *y)
{
	const struct rpt_line *a = &x->l, *b = &y->l;

	if (x->rc != y->rc)
		return "return code";
	if (x->rc)
		return "";
#define F(f) if (a->f != b->f) return #f
	F(kind); F(ts); F(comm_known); F(pid); F(uid); F(proto); F(lport); F(rport); F(port);
	F(role); F(in_progress); F(result); F(lost); F(total); F(events); F(eph_lo); F(eph_hi);
	F(netns); F(host_netns);
#undef F
	if (!same_str(a->exe, a->exe_len, b->exe, b->exe_len))
		return "exe";
	if (!same_str(a->unit, a->unit_len, b->unit, b->unit_len))
		return "unit";
	if (!same_str(a->ctr_id, a->ctr_id_len, b->ctr_id, b->ctr_id_len) ||
	    !same_str(a->ctr_rt, a->ctr_rt_len, b->ctr_rt, b->ctr_rt_len))
		return "container";
	if (!same_str(a->comm, a->comm_len, b->comm, b->comm_len))
		return "comm";
	if (!same_str(a->service, a->service_len, b->service, b->service_len))
		return "service";
	if (!same_addr(a->has_laddr, &a->laddr, b->has_laddr, &b->laddr))
		return "laddr";
	if (!same_addr(a->has_raddr, &a->raddr, b->has_raddr, &b->raddr))
		return "raddr";
	if (!same_cstr(a->state, b->state))
		return "state";
	if (!same_cstr(a->host, b->host) || !same_cstr(a->kernel, b->kernel) ||
	    !same_cstr(a->version, b->version))
		return "host/kernel/version";
	return "";
}

static void print_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c >= 0x7f)
			fprintf(stderr, "\\x%02x", c);
		else
			fputc(c, stderr);
	}
	fputc('\n', stderr);
}

struct pair {
	struct rpt_parser *both, *jsonc;
};

/* Parse with both; fail on any difference. Returns the line's rc. */
static int check_same(struct pair *pp, const char *s, size_t n)
{
	struct line_view x, y;
	const char *d;

	parse(pp->both, s, n, &x);
	parse(pp->jsonc, s, n, &y);
	d = differs(&x, &y);
	if (*d) {
		fprintf(stderr, "fast path and json-c differ (%s; rc %d vs %d) on:\n", d, x.rc,
			y.rc);
		print_line(s, n);
		fail();
	}
	return x.rc;
}

static int setup(void **state)
{
	struct pair *pp = calloc(1, sizeof(*pp));

	if (!pp)
		return -1;
	pp->both = rpt_parser_new();
	pp->jsonc = rpt_parser_new();
	if (!pp->both || !pp->jsonc)
		return -1;
	rpt_parser_set_jsonc_only(pp->both, false);  /* whatever the environment says */
	rpt_parser_set_jsonc_only(pp->jsonc, true);
	*state = pp;
	return 0;
}

static int teardown(void **state)
{
	struct pair *pp = *state;

	rpt_parser_free(pp->both);
	rpt_parser_free(pp->jsonc);
	free(pp);
	return 0;
}

static void test_canonical_lines_take_the_fast_path(void **state)
{
	struct pair *pp = *state;

	for (size_t i = 0; i < sizeof(canonical) / sizeof(canonical[0]); i++) {
		uint64_t f0, s0, f1, s1;

		rpt_parser_counts(pp->both, &f0, &s0);
		check_same(pp, canonical[i], strlen(canonical[i]));
		rpt_parser_counts(pp->both, &f1, &s1);
		if (f1 != f0 + 1 || s1 != s0) {
			fprintf(stderr, "json-c, not the fast path, read:\n");
			print_line(canonical[i], strlen(canonical[i]));
			fail();
		}
	}
}

/* Out of its field's range, a number makes the line bad, on both paths. */
static void test_out_of_range_numbers_are_bad_lines(void **state)
{
	struct pair *pp = *state;
	static const char *const base = "{\"ts\":\"2026-01-01T00:00:00.000000Z\","
		"\"event\":\"connect\",\"proto\":\"tcp\",\"laddr\":\"127.0.0.1\",";
	static const char *const tails[] = {
		"\"lport\":70000,\"rport\":23}", "\"lport\":1,\"rport\":-1}",
		"\"pid\":1e26,\"rport\":23}", "\"pid\":4194305,\"rport\":23}",
		"\"uid\":18446744073709551616,\"rport\":23}",
		"\"uid\":4294967295,\"rport\":23}", "\"uid\":-5,\"rport\":23}",
		"\"port\":65536,\"rport\":23}", "\"rport\":2.5}",
	};
	char line[512];
	struct line_view v;

	for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		snprintf(line, sizeof(line), "%s%s", base, tails[i]);
		check_same(pp, line, strlen(line));
		parse(pp->both, line, strlen(line), &v);
		if (v.rc != -1) {
			print_line(line, strlen(line));
			fail();
		}
	}
	snprintf(line, sizeof(line), "%s%s", base,
		 "\"lport\":65535,\"rport\":0,\"pid\":4194304,\"uid\":4294967294}");
	parse(pp->both, line, strlen(line), &v);
	assert_int_equal(v.rc, 0);
	assert_int_equal(v.l.uid, 4294967294ll);
}

static void test_unusual_lines_mean_the_same(void **state)
{
	struct pair *pp = *state;
	struct line_view v;

	for (size_t i = 0; i < sizeof(unusual) / sizeof(unusual[0]); i++)
		check_same(pp, unusual[i], strlen(unusual[i]));
	/* and what json-c makes of a few, spelled out */
	parse(pp->both, unusual[0], strlen(unusual[0]), &v);
	assert_int_equal(v.rc, 0);
	assert_int_equal(v.l.comm_len, strlen("curl \"x\""));
	assert_memory_equal(v.l.comm, "curl \"x\"", v.l.comm_len);
	assert_memory_equal(v.l.service, "a\\b", v.l.service_len);
	parse(pp->both, unusual[1], strlen(unusual[1]), &v);
	assert_int_equal(v.rc, 0);
	assert_int_equal(v.l.comm_len, 9);
	assert_memory_equal(v.l.comm, "nul\0after", 9);
	parse(pp->both, unusual[5], strlen(unusual[5]), &v);
	assert_int_equal(v.rc, 0);
	assert_memory_equal(v.l.comm, "b", 1);
	assert_int_equal(v.l.lport, 2);
	/* not a line, for either */
	for (size_t i = 0; i < sizeof(unusual) / sizeof(unusual[0]); i++)
		if (unusual[i][0] != '{' && unusual[i][0] != ' ')
			assert_int_equal(check_same(pp, unusual[i], strlen(unusual[i])), -1);
}

/* xorshift64*, seeded: the same mutations on every run */
static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ull;
}

static void mutate(char *b, size_t *n, size_t cap, const char *const *pool, size_t npool)
{
	static const char alphabet[] = "{}[]\":,\\ \t\r-+.0123456789eEtrufalsn'/*xu\x01\x7f\xc3\xff";
	unsigned ops = 1 + (unsigned)(next() % 3);

	for (unsigned k = 0; k < ops; k++) {
		size_t at = *n ? next() % (*n + 1) : 0;

		switch (next() % 6) {
		case 0: /* delete a few bytes */
			if (at < *n) {
				size_t d = 1 + next() % 3;

				if (d > *n - at)
					d = *n - at;
				memmove(b + at, b + at + d, *n - at - d);
				*n -= d;
			}
			break;
		case 1: /* insert a byte (NUL too) */
			if (*n + 1 < cap) {
				char c = (char)(next() % 16 ? alphabet[next() % (sizeof(alphabet) - 1)]
							    : '\0');

				memmove(b + at + 1, b + at, *n - at);
				b[at] = c;
				(*n)++;
			}
			break;
		case 2: /* replace a byte */
			if (at < *n)
				b[at] = alphabet[next() % (sizeof(alphabet) - 1)];
			break;
		case 3: { /* repeat a piece of the line elsewhere: repeated keys */
			size_t from = *n ? next() % *n : 0, len = 1 + next() % 40;

			if (from + len > *n)
				len = *n - from;
			if (*n + len < cap) {
				char tmp[64];

				memcpy(tmp, b + from, len);
				memmove(b + at + len, b + at, *n - at);
				memcpy(b + at, tmp, len);
				*n += len;
			}
			break;
		}
		case 4: { /* splice in a piece of another line */
			const char *o = pool[next() % npool];
			size_t on = strlen(o), from = on ? next() % on : 0, len = 1 + next() % 60;

			if (from + len > on)
				len = on - from;
			if (*n + len < cap) {
				memmove(b + at + len, b + at, *n - at);
				memcpy(b + at, o + from, len);
				*n += len;
			}
			break;
		}
		default: /* turn a digit into another, or a value into another type */
			if (at < *n && b[at] >= '0' && b[at] <= '9')
				b[at] = (char)('0' + next() % 10);
			else if (at < *n && b[at] == '"' && *n + 4 < cap) {
				memmove(b + at + 4, b + at, *n - at);
				memcpy(b + at, next() % 2 ? "null" : "1.50", 4);
				*n += 4;
			}
			break;
		}
	}
}

static void test_mutations_mean_the_same(void **state)
{
	struct pair *pp = *state;
	const char *pool[sizeof(canonical) / sizeof(canonical[0]) +
			 sizeof(unusual) / sizeof(unusual[0])];
	size_t npool = 0;
	uint64_t fast0, slow0, fast1, slow1, ok = 0, bad = 0;

	for (size_t i = 0; i < sizeof(canonical) / sizeof(canonical[0]); i++)
		pool[npool++] = canonical[i];
	for (size_t i = 0; i < sizeof(unusual) / sizeof(unusual[0]); i++)
		pool[npool++] = unusual[i];
	rpt_parser_counts(pp->both, &fast0, &slow0);
	for (unsigned round = 0; round < 200000; round++) {
		char b[2048];
		const char *src = pool[next() % npool];
		size_t n = strlen(src);

		memcpy(b, src, n);
		mutate(b, &n, sizeof(b), pool, npool);
		if (check_same(pp, b, n))
			bad++;
		else
			ok++;
	}
	rpt_parser_counts(pp->both, &fast1, &slow1);
	/* the mutations must reach both paths and both outcomes */
	assert_true(fast1 - fast0 > 10000);
	assert_true(slow1 - slow0 > 10000);
	assert_true(ok > 10000);
	assert_true(bad > 10000);
}

/* The environment switch, as the e2e test uses it. */
static void test_environment_forces_jsonc(void **state)
{
	struct rpt_parser *p;
	struct line_view v;
	uint64_t fast, slow;

	(void)state;
	setenv("SOCKWATCH_REPORT_PARSER", "json-c", 1);
	p = rpt_parser_new();
	unsetenv("SOCKWATCH_REPORT_PARSER");
	assert_non_null(p);
	parse(p, canonical[0], strlen(canonical[0]), &v);
	assert_int_equal(v.rc, 0);
	rpt_parser_counts(p, &fast, &slow);
	assert_int_equal(fast, 0);
	assert_int_equal(slow, 1);
	rpt_parser_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_canonical_lines_take_the_fast_path),
		cmocka_unit_test(test_unusual_lines_mean_the_same),
		cmocka_unit_test(test_out_of_range_numbers_are_bad_lines),
		cmocka_unit_test(test_mutations_mean_the_same),
		cmocka_unit_test(test_environment_forces_jsonc),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
