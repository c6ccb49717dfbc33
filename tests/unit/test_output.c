/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "output/escape.h"
#include "output/output.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* 2025-11-25T10:09:06.123456789Z: 55 years of days since 1970 plus leap
 * days, worked out in test_wall_time_reference below rather than trusted. */
#define WALL_NS 1764065346123456789ull
#define WALL_TS "2025-11-25T10:09:06.123456Z"
#define WALL_HMS "10:09:06.123" /* table time, TZ=UTC */

/* The table layout, restated: columns, widths and alignment. */
#define ROW_FMT "%-12s %-7s %7s %5s %-16s %-5s %-23s %-23s %5s %-10s %-14s %-12s %s\n"

/* The JSON fields, in order. */
static const char *const json_keys[] = {
	"ts", "event", "pid", "tid", "ppid", "uid", "comm", "thread", "via", "cgroup_id",
	"netns",
	"exe", "args", "args_cut", "pcomm", "cgroup", "unit", "container", "host_netns",
	"proto", "family", "laddr", "lport", "raddr", "rport", "port", "port_class",
	"service", "role", "in_progress", "auto_port", "result", "error",
};

/* ---- helpers --------------------------------------------------------- */

struct fixture {
	struct services *svc;
	struct clock_cache tc_json, tc_table;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (!f)
		return -1;
	f->svc = services_new();
	if (!f->svc) {
		free(f);
		return -1;
	}
	f->tc_json.sec = -1;
	f->tc_table.sec = -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	services_free(f->svc);
	free(f);
	return 0;
}

static void addr(struct sw_event *e, uint8_t *dst, const char *text)
{
	memset(dst, 0, SW_ADDR_LEN);
	assert_int_equal(inet_pton(e->family, text, dst), 1);
}

static struct sw_event make_ev(unsigned kind, unsigned proto, unsigned family,
			       unsigned role, unsigned flags, int result)
{
	struct sw_event e;

	memset(&e, 0, sizeof(e));
	e.kind = kind;
	e.proto = proto;
	e.family = family;
	e.role = role;
	e.flags = flags;
	e.result = result;
	e.netns = 4026531840u;
	return e;
}

static void set_owner(struct sw_event *e, unsigned pid, unsigned tid, unsigned ppid,
		      unsigned uid, uint64_t cgroup, const char *comm)
{
	e->pid = pid;
	e->tid = tid;
	e->ppid = ppid;
	e->uid = uid;
	e->cgroup_id = cgroup;
	memset(e->comm, 0, SW_COMM_LEN);
	memcpy(e->comm, comm, strnlen(comm, SW_COMM_LEN));
	memcpy(e->thread, e->comm, SW_COMM_LEN);
	e->via = SW_VIA_SYSCALL;
}

/* Every JSON line: one object, one '\n' at the very end and nowhere else,
 * valid per json-c, with exactly the expected keys in order. */
static struct json_object *check_json_line(const char *buf, size_t len)
{
	struct json_object *o;
	char *copy;
	size_t k = 0;

	assert_true(len > 2 && len < OUT_LINE_MAX);
	assert_int_equal(buf[len - 1], '\n');
	assert_null(memchr(buf, '\n', len - 1));
	assert_null(memchr(buf, '\0', len));
	copy = strndup(buf, len - 1);
	assert_non_null(copy);
	o = json_tokener_parse(copy);
	if (!o)
		fail_msg("json-c rejects: %s", copy);
	free(copy);
	assert_true(json_object_is_type(o, json_type_object));
	json_object_object_foreach(o, key, val) {
		(void)val;
		if (k >= N(json_keys) || strcmp(key, json_keys[k]))
			fail_msg("key %zu is '%s', want '%s'", k, key,
				 k < N(json_keys) ? json_keys[k] : "(none)");
		k++;
	}
	assert_int_equal(k, N(json_keys));
	return o;
}

static void expect_json(struct fixture *f, const struct sw_event *e, uint64_t wall,
			const char *want)
{
	char buf[OUT_LINE_MAX];
	struct sw_labeled l;
	size_t len;

	sw_label(&l, e, wall, f->svc);
	memset(buf, 'Z', sizeof(buf));
	len = out_json_event(buf, &l, &f->tc_json);
	if (len != strlen(want) || memcmp(buf, want, len))
		fail_msg("got\n%.*s want\n%s", (int)len, buf, want);
	json_object_put(check_json_line(buf, len));
}

static void expect_row(struct fixture *f, const struct sw_event *e, uint64_t wall,
		       const char *want)
{
	char buf[OUT_LINE_MAX];
	struct sw_labeled l;
	size_t len;

	sw_label(&l, e, wall, f->svc);
	memset(buf, 'Z', sizeof(buf));
	len = out_table_row(buf, &l, &f->tc_table);
	assert_true(len > 0 && len < OUT_LINE_MAX);
	if (len != strlen(want) || memcmp(buf, want, len))
		fail_msg("got\n[%.*s] want\n[%s]", (int)len, buf, want);
	/* printable ASCII, one '\n' at the end */
	for (size_t i = 0; i + 1 < len; i++)
		if (buf[i] < 0x20 || buf[i] > 0x7e)
			fail_msg("byte 0x%02x at %zu in row", (unsigned char)buf[i], i);
	assert_int_equal(buf[len - 1], '\n');
}

static char *row(const char *time, const char *event, const char *pid, const char *uid,
		 const char *comm, const char *proto, const char *local, const char *remote,
		 const char *port, const char *class, const char *service, const char *result)
{
	static char buf[OUT_LINE_MAX];

	/* WHO: nothing is known of these events' actors */
	snprintf(buf, sizeof(buf), ROW_FMT, time, event, pid, uid, comm, proto, local,
		 remote, port, class, service, result, strcmp(time, "TIME") ? "-" : "WHO");
	return buf;
}

/* ---- the events ------------------------------------------------------ */

static struct sw_event ev_refused(void)
{
	struct sw_event e = make_ev(SW_CONNECT, IPPROTO_TCP, AF_INET, SW_ROLE_OUTBOUND,
				    SW_F_OWNER_KNOWN, -ECONNREFUSED);

	set_owner(&e, 1234, 1235, 1, 1000, 4242, "curl");
	addr(&e, e.laddr, "10.0.0.2");
	e.lport = 54321;
	addr(&e, e.raddr, "93.184.216.34");
	e.rport = 80;
	return e;
}

static struct sw_event ev_bind6(void)
{
	struct sw_event e = make_ev(SW_BIND, IPPROTO_UDP, AF_INET6, SW_ROLE_LISTENER,
				    SW_F_OWNER_KNOWN, 0);

	set_owner(&e, 200, 201, 1, 0, 7, "dnsmasq");
	addr(&e, e.laddr, "::1");
	e.lport = 53;
	return e;
}

static struct sw_event ev_close_unknown(void)
{
	struct sw_event e = make_ev(SW_CLOSE, IPPROTO_TCP, AF_INET, SW_ROLE_INBOUND, 0, 0);

	/* whatever sits in these fields is a guess, and must not be shown */
	set_owner(&e, 999, 998, 997, 0, 996, "kworker/0:1");
	e.via = SW_VIA_NONE; /* closed in softirq, by nobody's call */
	addr(&e, e.laddr, "192.168.1.10");
	e.lport = 22;
	addr(&e, e.raddr, "192.168.1.20");
	e.rport = 50000;
	return e;
}

static struct sw_event ev_in_progress(void)
{
	struct sw_event e = make_ev(SW_CONNECT, IPPROTO_TCP, AF_INET6, SW_ROLE_OUTBOUND,
				    SW_F_OWNER_KNOWN | SW_F_IN_PROGRESS, 0);

	set_owner(&e, 4321, 4322, 4000, 1001, 9, "firefox");
	addr(&e, e.laddr, "2001:db8::1");
	e.lport = 40000;
	addr(&e, e.raddr, "2001:db8::2");
	e.rport = 443;
	return e;
}

/* All 16 bytes used, no NUL: quote, backslash, newline, ESC, 0xff, DEL,
 * tab, CR. */
static const char hostile[SW_COMM_LEN] = {
	'x', '"', 'y', '\\', '\n', 0x1b, '[', '2', 'J', (char)0xff, 0x7f, '\t', '\r',
	'z', 'q', 'w',
};

static struct sw_event ev_hostile(void)
{
	struct sw_event e = make_ev(SW_ACCEPT, IPPROTO_TCP, AF_INET, SW_ROLE_INBOUND,
				    SW_F_OWNER_KNOWN, 0);

	set_owner(&e, 77, 78, 76, 33, 5, "");
	memcpy(e.comm, hostile, SW_COMM_LEN);
	addr(&e, e.laddr, "127.0.0.1");
	e.lport = 8080;
	addr(&e, e.raddr, "127.0.0.1");
	e.rport = 41000;
	return e;
}

/* ---- JSON ------------------------------------------------------------ */

static void test_wall_time_reference(void **state)
{
	/* Days from 1970-01-01 to 2025-11-25, counted by hand: 55 years of
	 * 365 days, 14 leap days (1972..2024), then Jan..Oct 2025 and 24 days
	 * of November. */
	long long days = 55 * 365 + 14 + (31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31) + 24;
	long long sec = days * 86400 + 10 * 3600 + 9 * 60 + 6;

	(void)state;
	assert_int_equal(sec, WALL_NS / 1000000000ull);
	assert_int_equal(WALL_NS % 1000000000ull, 123456789);
}

static void test_json_refused(void **state)
{
	struct sw_event e = ev_refused();

	expect_json(*state, &e, WALL_NS,
		    "{\"ts\":\"" WALL_TS "\",\"event\":\"connect\",\"pid\":1234,\"tid\":1235,"
		    "\"ppid\":1,\"uid\":1000,\"comm\":\"curl\",\"thread\":\"curl\",\"via\":\"syscall\",\"cgroup_id\":4242,"
		    "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\",\"family\":\"ipv4\","
		    "\"laddr\":\"10.0.0.2\",\"lport\":54321,\"raddr\":\"93.184.216.34\","
		    "\"rport\":80,\"port\":80,\"port_class\":\"well-known\","
		    "\"service\":\"http\",\"role\":\"outbound\",\"in_progress\":false,\"auto_port\":false,"
		    "\"result\":-111,\"error\":\"ECONNREFUSED\"}\n");
}

static void test_json_bind6(void **state)
{
	struct sw_event e = ev_bind6();

	expect_json(*state, &e, 1764065346999999999ull,
		    "{\"ts\":\"2025-11-25T10:09:06.999999Z\",\"event\":\"bind\",\"pid\":200,"
		    "\"tid\":201,\"ppid\":1,\"uid\":0,\"comm\":\"dnsmasq\",\"thread\":\"dnsmasq\",\"via\":\"syscall\",\"cgroup_id\":7,"
		    "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"udp\",\"family\":\"ipv6\","
		    "\"laddr\":\"::1\",\"lport\":53,\"raddr\":null,\"rport\":null,"
		    "\"port\":53,\"port_class\":\"well-known\",\"service\":\"domain\","
		    "\"role\":\"listener\",\"in_progress\":false,\"auto_port\":false,\"result\":0,"
		    "\"error\":null}\n");
}

static void test_json_listen_no_remote(void **state)
{
	struct sw_event e = make_ev(SW_LISTEN, IPPROTO_TCP, AF_INET, SW_ROLE_LISTENER,
				    SW_F_OWNER_KNOWN, 0);

	set_owner(&e, 10, 10, 1, 0, 1, "sshd");
	addr(&e, e.laddr, "0.0.0.0");
	e.lport = 22;
	/* garbage in the remote fields must not leak out for a listener */
	addr(&e, e.raddr, "1.2.3.4");
	e.rport = 9;
	expect_json(*state, &e, 1000000000ull,
		    "{\"ts\":\"1970-01-01T00:00:01.000000Z\",\"event\":\"listen\",\"pid\":10,"
		    "\"tid\":10,\"ppid\":1,\"uid\":0,\"comm\":\"sshd\",\"thread\":\"sshd\",\"via\":\"syscall\",\"cgroup_id\":1,"
		    "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\",\"family\":\"ipv4\","
		    "\"laddr\":\"0.0.0.0\",\"lport\":22,\"raddr\":null,\"rport\":null,"
		    "\"port\":22,\"port_class\":\"well-known\",\"service\":\"ssh\","
		    "\"role\":\"listener\",\"in_progress\":false,\"auto_port\":false,\"result\":0,"
		    "\"error\":null}\n");
}

static void test_json_close_unknown_owner(void **state)
{
	struct sw_event e = ev_close_unknown();

	expect_json(*state, &e, WALL_NS,
		    "{\"ts\":\"" WALL_TS "\",\"event\":\"close\",\"pid\":null,\"tid\":null,"
		    "\"ppid\":null,\"uid\":0,\"comm\":null,\"thread\":null,\"via\":null,\"cgroup_id\":null,"
		    "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\",\"family\":\"ipv4\","
		    "\"laddr\":\"192.168.1.10\",\"lport\":22,\"raddr\":\"192.168.1.20\","
		    "\"rport\":50000,\"port\":22,\"port_class\":\"well-known\","
		    "\"service\":\"ssh\",\"role\":\"inbound\",\"in_progress\":false,\"auto_port\":false,"
		    "\"result\":0,\"error\":null}\n");
}

static void test_json_in_progress(void **state)
{
	struct sw_event e = ev_in_progress();

	expect_json(*state, &e, WALL_NS,
		    "{\"ts\":\"" WALL_TS "\",\"event\":\"connect\",\"pid\":4321,\"tid\":4322,"
		    "\"ppid\":4000,\"uid\":1001,\"comm\":\"firefox\",\"thread\":\"firefox\",\"via\":\"syscall\",\"cgroup_id\":9,"
		    "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\",\"family\":\"ipv6\","
		    "\"laddr\":\"2001:db8::1\",\"lport\":40000,\"raddr\":\"2001:db8::2\","
		    "\"rport\":443,\"port\":443,\"port_class\":\"well-known\","
		    "\"service\":\"https\",\"role\":\"outbound\",\"in_progress\":true,\"auto_port\":false,"
		    "\"result\":0,\"error\":null}\n");
}

static void test_json_hostile_comm(void **state)
{
	struct sw_event e = ev_hostile();
	struct fixture *f = *state;
	struct json_object *o, *comm;
	char buf[OUT_LINE_MAX];
	struct sw_labeled l;
	size_t len;

	expect_json(f, &e, WALL_NS,
		    "{\"ts\":\"" WALL_TS "\",\"event\":\"accept\",\"pid\":77,\"tid\":78,"
		    "\"ppid\":76,\"uid\":33,"
		    "\"comm\":\"x\\\"y\\\\\\n\\u001b[2J\xef\xbf\xbd\\u007f\\t\\rzqw\","
		    "\"thread\":\"\",\"via\":\"syscall\","
		    "\"cgroup_id\":5,\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\","
		    "\"family\":\"ipv4\",\"laddr\":\"127.0.0.1\",\"lport\":8080,"
		    "\"raddr\":\"127.0.0.1\",\"rport\":41000,\"port\":8080,"
		    "\"port_class\":\"registered\",\"service\":\"http-alt\","
		    "\"role\":\"inbound\",\"in_progress\":false,\"auto_port\":false,\"result\":0,"
		    "\"error\":null}\n");

	/* A parser gets the original bytes back, 0xff as U+FFFD. */
	sw_label(&l, &e, WALL_NS, f->svc);
	len = out_json_event(buf, &l, &f->tc_json);
	o = check_json_line(buf, len);
	assert_true(json_object_object_get_ex(o, "comm", &comm));
	assert_string_equal(json_object_get_string(comm),
			    "x\"y\\\n\x1b[2J\xef\xbf\xbd\x7f\t\rzqw");
	json_object_put(o);
}

static void test_json_roles_and_labels(void **state)
{
	static const struct {
		unsigned kind, role;
		uint16_t lport, rport;
		const char *role_json;
		unsigned port;
		const char *class, *service; /* service already quoted, or null */
		int remote;
	} cases[] = {
		{ SW_CLOSE, SW_ROLE_OUTBOUND, 45000, 443, "\"outbound\"", 443, "well-known", "\"https\"", 1 },
		{ SW_CLOSE, SW_ROLE_INBOUND, 8080, 55555, "\"inbound\"", 8080, "registered", "\"http-alt\"", 1 },
		/* a close we saw no opening for: the lower port is the service */
		{ SW_CLOSE, SW_ROLE_UNKNOWN, 45000, 443, "null", 443, "well-known", "\"https\"", 1 },
		{ SW_CLOSE, SW_ROLE_UNKNOWN, 22, 50000, "null", 22, "well-known", "\"ssh\"", 1 },
		/* a listener's close has no remote end */
		{ SW_CLOSE, SW_ROLE_LISTENER, 5432, 0, "\"listener\"", 5432, "registered", "\"postgresql\"", 0 },
		{ SW_ACCEPT, SW_ROLE_INBOUND, 55555, 41000, "\"inbound\"", 55555, "dynamic", "null", 1 },
		{ SW_CONNECT, SW_ROLE_OUTBOUND, 41000, 4, "\"outbound\"", 4, "well-known", "null", 1 },
		{ SW_LISTEN, SW_ROLE_LISTENER, 65535, 0, "\"listener\"", 65535, "dynamic", "null", 0 },
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < N(cases); i++) {
		struct sw_event e = make_ev(cases[i].kind, IPPROTO_TCP, AF_INET, cases[i].role,
					    SW_F_OWNER_KNOWN, 0);
		char want[OUT_LINE_MAX], remote[64];

		set_owner(&e, 1, 1, 0, 0, 1, "init");
		addr(&e, e.laddr, "10.1.1.1");
		addr(&e, e.raddr, "10.2.2.2");
		e.lport = cases[i].lport;
		e.rport = cases[i].rport;
		if (cases[i].remote)
			snprintf(remote, sizeof(remote), "\"10.2.2.2\",\"rport\":%u",
				 cases[i].rport);
		else
			snprintf(remote, sizeof(remote), "null,\"rport\":null");
		snprintf(want, sizeof(want),
			 "{\"ts\":\"" WALL_TS "\",\"event\":\"%s\",\"pid\":1,\"tid\":1,"
			 "\"ppid\":0,\"uid\":0,\"comm\":\"init\",\"thread\":\"init\",\"via\":\"syscall\",\"cgroup_id\":1,"
			 "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\",\"family\":\"ipv4\","
			 "\"laddr\":\"10.1.1.1\",\"lport\":%u,\"raddr\":%s,\"port\":%u,"
			 "\"port_class\":\"%s\",\"service\":%s,\"role\":%s,"
			 "\"in_progress\":false,\"auto_port\":false,\"result\":0,\"error\":null}\n",
			 sw_kind_name(cases[i].kind), cases[i].lport, remote, cases[i].port,
			 cases[i].class, cases[i].service, cases[i].role_json);
		expect_json(f, &e, WALL_NS, want);
	}
}

static void test_json_errors(void **state)
{
	static const struct {
		int result;
		const char *want;
	} cases[] = {
		{ -ECONNREFUSED, "\"ECONNREFUSED\"" },
		{ -ETIMEDOUT, "\"ETIMEDOUT\"" },
		{ -EACCES, "\"EACCES\"" },
		{ -EADDRINUSE, "\"EADDRINUSE\"" },
		{ -ENETUNREACH, "\"ENETUNREACH\"" },
		{ -4000, "\"EUNKNOWN\"" },
		{ 0, "null" },
		{ 5, "null" },
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < N(cases); i++) {
		struct sw_event e = ev_refused();
		char want[OUT_LINE_MAX];

		e.result = cases[i].result;
		snprintf(want, sizeof(want),
			 "{\"ts\":\"" WALL_TS "\",\"event\":\"connect\",\"pid\":1234,\"tid\":1235,"
			 "\"ppid\":1,\"uid\":1000,\"comm\":\"curl\",\"thread\":\"curl\",\"via\":\"syscall\",\"cgroup_id\":4242,"
			 "\"netns\":4026531840," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," "\"proto\":\"tcp\",\"family\":\"ipv4\","
			 "\"laddr\":\"10.0.0.2\",\"lport\":54321,\"raddr\":\"93.184.216.34\","
			 "\"rport\":80,\"port\":80,\"port_class\":\"well-known\","
			 "\"service\":\"http\",\"role\":\"outbound\",\"in_progress\":false,\"auto_port\":false,"
			 "\"result\":%d,\"error\":%s}\n",
			 cases[i].result, cases[i].want);
		expect_json(f, &e, WALL_NS, want);
	}
}

static void test_json_timestamps(void **state)
{
	static const struct {
		uint64_t ns;
		const char *ts;
	} cases[] = {
		{ WALL_NS, WALL_TS },
		{ WALL_NS + 1000, "2025-11-25T10:09:06.123457Z" },
		{ 1764065346000000999ull, "2025-11-25T10:09:06.000000Z" }, /* truncated */
		{ 1764065347000001000ull, "2025-11-25T10:09:07.000001Z" }, /* next second */
		{ 1764065346999999999ull, "2025-11-25T10:09:06.999999Z" }, /* and back */
		{ 0, "1970-01-01T00:00:00.000000Z" },
		{ 951782400000000000ull, "2000-02-29T00:00:00.000000Z" },
		{ 1767225599999999999ull, "2025-12-31T23:59:59.999999Z" },
		{ 1767225600000000000ull, "2026-01-01T00:00:00.000000Z" },
		{ 4102444800000000000ull, "2100-01-01T00:00:00.000000Z" },
	};
	struct fixture *f = *state;

	/* one cache across all of them, as tail uses it */
	for (size_t i = 0; i < N(cases); i++) {
		struct sw_event e = ev_bind6();
		char buf[OUT_LINE_MAX], want[64];
		struct sw_labeled l;
		size_t len;

		sw_label(&l, &e, cases[i].ns, f->svc);
		len = out_json_event(buf, &l, &f->tc_json);
		json_object_put(check_json_line(buf, len));
		snprintf(want, sizeof(want), "{\"ts\":\"%s\",", cases[i].ts);
		if (strncmp(buf, want, strlen(want)))
			fail_msg("%llu: got %.40s, want %s", (unsigned long long)cases[i].ns,
				 buf, want);
	}
}

static void test_json_extremes(void **state)
{
	struct sw_event e = make_ev(SW_CONNECT, IPPROTO_UDP, AF_INET6, SW_ROLE_OUTBOUND,
				    SW_F_OWNER_KNOWN | SW_F_IN_PROGRESS, -ECONNREFUSED);
	struct fixture *f = *state;
	char want[OUT_LINE_MAX];
	char comm[SW_COMM_LEN];

	memset(comm, 0x01, sizeof(comm)); /* the longest escape, 16 times */
	set_owner(&e, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT64_MAX, "");
	memcpy(e.comm, comm, sizeof(comm));
	memcpy(e.thread, comm, sizeof(comm));
	e.via = SW_VIA_SYSCALL32;
	e.netns = UINT32_MAX;
	addr(&e, e.laddr, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe");
	addr(&e, e.raddr, "::ffff:10.0.0.1");
	e.lport = 65535;
	e.rport = 65535;
	snprintf(want, sizeof(want),
		 "{\"ts\":\"" WALL_TS "\",\"event\":\"connect\",\"pid\":4294967295,"
		 "\"tid\":4294967295,\"ppid\":4294967295,\"uid\":4294967295,\"comm\":\"%s\","
		 "\"thread\":\"%s\",\"via\":\"syscall32\","
		 "\"cgroup_id\":18446744073709551615,\"netns\":4294967295," "\"exe\":null,\"args\":null,\"args_cut\":null,\"pcomm\":null,\"cgroup\":null," "\"unit\":null,\"container\":null,\"host_netns\":null," ""
		 "\"proto\":\"udp\",\"family\":\"ipv6\","
		 "\"laddr\":\"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe\",\"lport\":65535,"
		 "\"raddr\":\"::ffff:10.0.0.1\",\"rport\":65535,\"port\":65535,"
		 "\"port_class\":\"dynamic\",\"service\":null,\"role\":\"outbound\","
		 "\"in_progress\":true,\"auto_port\":false,\"result\":-111,\"error\":\"ECONNREFUSED\"}\n",
		 "\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001"
		 "\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001",
		 "\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001"
		 "\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001\\u0001");
	expect_json(f, &e, WALL_NS, want);

	/* the most negative result a record can carry has no name, and
	 * negating it must not overflow */
	e.result = INT32_MIN;
	snprintf(want, sizeof(want), "\"result\":-2147483648,\"error\":\"EUNKNOWN\"}\n");
	{
		char buf[OUT_LINE_MAX];
		struct sw_labeled l;
		size_t len;

		sw_label(&l, &e, WALL_NS, f->svc);
		len = out_json_event(buf, &l, &f->tc_json);
		json_object_put(check_json_line(buf, len));
		assert_true(len > strlen(want));
		assert_memory_equal(buf + len - strlen(want), want, strlen(want));
	}
}

/* A service name from a --services file can be 63 printable bytes, every
 * one of them needing an escape ('\\' and '"' alternate). */
static void load_hostile_service(struct fixture *f, char *name)
{
	char path[256], line[128];
	size_t len;
	int fd;

	for (int i = 0; i < SERVICES_NAME_MAX; i++)
		name[i] = i % 2 ? '"' : '\\';
	name[SERVICES_NAME_MAX] = '\0';
	snprintf(path, sizeof(path), "%s/test_output.XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	len = (size_t)snprintf(line, sizeof(line), "%s 8080/tcp\n", name);
	assert_int_equal(write(fd, line, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
	assert_int_equal(services_load_file(f->svc, path, NULL, NULL), 0);
	unlink(path);
	assert_string_equal(services_lookup(f->svc, 8080, IPPROTO_TCP), name);
}

static void test_json_hostile_service(void **state)
{
	struct fixture *f = *state;
	char name[SERVICES_NAME_MAX + 1], want_esc[256];
	struct sw_event e = ev_hostile();
	struct json_object *o, *svc;
	char buf[OUT_LINE_MAX];
	struct sw_labeled l;
	size_t len;

	load_hostile_service(f, name);
	sw_label(&l, &e, WALL_NS, f->svc);
	len = out_json_event(buf, &l, &f->tc_json);
	o = check_json_line(buf, len);
	assert_true(json_object_object_get_ex(o, "service", &svc));
	assert_string_equal(json_object_get_string(svc), name);
	json_object_put(o);
	esc_json(want_esc, sizeof(want_esc), name, strlen(name));
	buf[len] = '\0';
	assert_non_null(strstr(buf, want_esc));
}

/* The table's escaping is lossless, so the service column must show the
 * whole name (126 escaped bytes here), not the first 64. */
static void test_table_hostile_service(void **state)
{
	struct fixture *f = *state;
	char name[SERVICES_NAME_MAX + 1], want_esc[256];
	struct sw_event e = ev_hostile();
	char buf[OUT_LINE_MAX];
	struct sw_labeled l;
	size_t len;

	load_hostile_service(f, name);
	sw_label(&l, &e, WALL_NS, f->svc);
	len = out_table_row(buf, &l, &f->tc_table);
	assert_true(len < OUT_LINE_MAX);
	buf[len] = '\0';
	assert_int_equal(esc_table(want_esc, sizeof(want_esc), name, strlen(name)),
			 2 * SERVICES_NAME_MAX);
	if (!strstr(buf, want_esc))
		fail_msg("service not shown whole in row: %s", buf);
}

/* ---- table ----------------------------------------------------------- */

static void test_table_header(void **state)
{
	char buf[OUT_LINE_MAX];
	size_t len;

	(void)state;
	len = out_table_header(buf);
	assert_int_equal(len, strlen(buf));
	assert_string_equal(buf, row("TIME", "EVENT", "PID", "UID", "COMM", "PROTO", "LOCAL",
				     "REMOTE", "PORT", "CLASS", "SERVICE", "RESULT"));
	assert_string_equal(buf,
			    "TIME         EVENT       PID   UID COMM             PROTO "
			    "LOCAL                   REMOTE                   PORT CLASS      "
			    "SERVICE        RESULT       WHO\n");
}

static void test_table_refused(void **state)
{
	struct sw_event e = ev_refused();

	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "connect", "1234", "1000", "curl", "tcp", "10.0.0.2:54321",
		       "93.184.216.34:80", "80", "well-known", "http", "ECONNREFUSED"));
}

static void test_table_bind6(void **state)
{
	struct sw_event e = ev_bind6();

	expect_row(*state, &e, 1764065346999999999ull,
		   row("10:09:06.999", "bind", "200", "0", "dnsmasq", "udp", "[::1]:53", "*",
		       "53", "well-known", "domain", "ok"));
}

static void test_table_close_unknown_owner(void **state)
{
	struct sw_event e = ev_close_unknown();

	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "close", "-", "0", "-", "tcp", "192.168.1.10:22",
		       "192.168.1.20:50000", "22", "well-known", "ssh", "ok"));
}

static void test_table_in_progress(void **state)
{
	struct sw_event e = ev_in_progress();

	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "connect", "4321", "1001", "firefox", "tcp",
		       "[2001:db8::1]:40000", "[2001:db8::2]:443", "443", "well-known",
		       "https", "in-progress"));
	/* an error outranks the in-progress flag */
	e.result = -ETIMEDOUT;
	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "connect", "4321", "1001", "firefox", "tcp",
		       "[2001:db8::1]:40000", "[2001:db8::2]:443", "443", "well-known",
		       "https", "ETIMEDOUT"));
}

static void test_table_hostile_comm(void **state)
{
	struct sw_event e = ev_hostile();

	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "accept", "77", "33",
		       "x\\\"y\\\\\\x0a\\x1b[2J\\xff\\x7f\\x09\\x0dzqw", "tcp",
		       "127.0.0.1:8080", "127.0.0.1:41000", "8080", "registered", "http-alt",
		       "ok"));
}

static void test_table_listeners_and_mapped(void **state)
{
	struct sw_event e = make_ev(SW_LISTEN, IPPROTO_TCP, AF_INET6, SW_ROLE_LISTENER,
				    SW_F_OWNER_KNOWN, 0);

	set_owner(&e, 10, 10, 1, 0, 1, "sshd");
	addr(&e, e.laddr, "::");
	e.lport = 22;
	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "listen", "10", "0", "sshd", "tcp", "[::]:22", "*", "22",
		       "well-known", "ssh", "ok"));

	e.kind = SW_CLOSE;
	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "close", "10", "0", "sshd", "tcp", "[::]:22", "*", "22",
		       "well-known", "ssh", "ok"));

	e = make_ev(SW_ACCEPT, IPPROTO_TCP, AF_INET6, SW_ROLE_INBOUND, SW_F_OWNER_KNOWN, 0);
	set_owner(&e, 10, 10, 1, 0, 1, "sshd");
	addr(&e, e.laddr, "::ffff:10.0.0.1");
	e.lport = 22;
	addr(&e, e.raddr, "::ffff:10.0.0.2");
	e.rport = 55555;
	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "accept", "10", "0", "sshd", "tcp", "[::ffff:10.0.0.1]:22",
		       "[::ffff:10.0.0.2]:55555", "22", "well-known", "ssh", "ok"));

	/* no service: "-" */
	e.lport = 55556;
	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "accept", "10", "0", "sshd", "tcp", "[::ffff:10.0.0.1]:55556",
		       "[::ffff:10.0.0.2]:55555", "55556", "dynamic", "-", "ok"));
}

static void test_table_wide_fields(void **state)
{
	struct sw_event e = make_ev(SW_CONNECT, IPPROTO_UDP, AF_INET6, SW_ROLE_OUTBOUND,
				    SW_F_OWNER_KNOWN, -EACCES);

	/* fields wider than their column push the rest along, never cut */
	set_owner(&e, UINT32_MAX, 1, 1, UINT32_MAX, 1, "");
	memset(e.comm, 0x01, SW_COMM_LEN);
	addr(&e, e.laddr, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe");
	e.lport = 65535;
	addr(&e, e.raddr, "2001:db8:85a3:8d3:1319:8a2e:370:7348");
	e.rport = 4;
	expect_row(*state, &e, WALL_NS,
		   row(WALL_HMS, "connect", "4294967295", "4294967295",
		       "\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01"
		       "\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01",
		       "udp", "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe]:65535",
		       "[2001:db8:85a3:8d3:1319:8a2e:370:7348]:4", "4", "well-known", "-",
		       "EACCES"));
}

static void test_table_time(void **state)
{
	static const struct {
		uint64_t ns;
		const char *hms;
	} cases[] = {
		{ WALL_NS, "10:09:06.123" },
		{ WALL_NS + 876543210ull, "10:09:06.999" },
		{ WALL_NS + 876543211ull, "10:09:07.000" },
		{ WALL_NS, "10:09:06.123" }, /* back again: the cache follows */
		{ 0, "00:00:00.000" },
		{ 1767225599999999999ull, "23:59:59.999" },
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < N(cases); i++) {
		struct sw_event e = ev_refused();

		expect_row(f, &e, cases[i].ns,
			   row(cases[i].hms, "connect", "1234", "1000", "curl", "tcp",
			       "10.0.0.2:54321", "93.184.216.34:80", "80", "well-known", "http",
			       "ECONNREFUSED"));
	}
}

int main(void)
{
	/* the table shows local time: pin it */
	setenv("TZ", "UTC", 1);
	tzset();

	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wall_time_reference),
#define T(t) cmocka_unit_test_setup_teardown(t, setup, teardown)
		T(test_json_refused),
		T(test_json_bind6),
		T(test_json_listen_no_remote),
		T(test_json_close_unknown_owner),
		T(test_json_in_progress),
		T(test_json_hostile_comm),
		T(test_json_roles_and_labels),
		T(test_json_errors),
		T(test_json_timestamps),
		T(test_json_extremes),
		T(test_json_hostile_service),
		T(test_table_header),
		T(test_table_refused),
		T(test_table_bind6),
		T(test_table_close_unknown_owner),
		T(test_table_in_progress),
		T(test_table_hostile_comm),
		T(test_table_listeners_and_mapped),
		T(test_table_wide_fields),
		T(test_table_time),
		T(test_table_hostile_service),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
