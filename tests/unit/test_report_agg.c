/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Aggregation numbers on a small synthetic record: every count the report
 * prints is checked against lines written here, then the same lines split
 * across two aggregates and merged (as the worker threads do) must agree.
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "report/report.h"

#define T0 "2026-01-05T09:00:"

/* One event line as `sockwatch --json` writes it. */
static char *ev(const char *kind, int sec, const char *comm, unsigned uid, const char *proto,
		const char *laddr, unsigned lport, const char *raddr, unsigned rport,
		const char *role, int result, const char *service)
{
	static char buf[1024];
	unsigned port = role && !strcmp(role, "outbound") ? rport : lport;

	snprintf(buf, sizeof(buf),
		 "{\"ts\":\"" T0 "%02d.000000Z\",\"event\":\"%s\",\"pid\":42,\"tid\":42,"
		 "\"ppid\":1,\"uid\":%u,\"comm\":\"%s\",\"cgroup_id\":1,\"netns\":4026531840,"
		 "\"proto\":\"%s\",\"family\":\"%s\",\"laddr\":\"%s\",\"lport\":%u,"
		 "\"raddr\":%s%s%s,\"rport\":%u,\"port\":%u,\"port_class\":\"x\","
		 "\"service\":%s%s%s,\"role\":\"%s\",\"in_progress\":false,\"result\":%d,"
		 "\"error\":null}",
		 sec, kind, uid, comm, proto, strchr(laddr, ':') ? "ipv6" : "ipv4", laddr, lport,
		 raddr ? "\"" : "", raddr ? raddr : "null", raddr ? "\"" : "", rport, port,
		 service ? "\"" : "", service ? service : "null", service ? "\"" : "",
		 role ? role : "listener", result);
	return buf;
}

static const char *const meta_lines[] = {
	"{\"event\":\"record_start\",\"ts\":\"" T0 "00.000000Z\",\"record_id\":\"00\",\"seq\":1,"
	"\"format\":1,\"host\":\"h1\",\"kernel\":\"6.1\",\"sockwatch\":\"v9\","
	"\"ip_local_port_range\":[40000,50000],\"argv\":[\"sockwatch\"]}",
	/* a listener that existed before tracing began */
	"{\"ts\":\"" T0 "00.000000Z\",\"event\":\"snapshot\",\"pid\":null,\"tid\":null,"
	"\"ppid\":null,\"uid\":0,\"comm\":\"sshd\",\"cgroup_id\":0,\"netns\":1,\"proto\":\"tcp\","
	"\"family\":\"ipv4\",\"laddr\":\"0.0.0.0\",\"lport\":22,\"raddr\":null,\"rport\":null,"
	"\"port\":22,\"port_class\":\"well-known\",\"service\":\"ssh\",\"role\":\"listener\","
	"\"in_progress\":false,\"result\":0,\"error\":null,\"state\":\"listen\",\"inode\":7}",
	"{\"event\":\"snapshot_end\",\"ts\":\"" T0 "00.000000Z\",\"sockets\":1}",
	"{\"event\":\"drop\",\"ts\":\"" T0 "30.000000Z\",\"lost\":5,\"total\":5}",
	"{\"event\":\"drop\",\"ts\":\"" T0 "40.000000Z\",\"lost\":2,\"total\":7}",
	"{\"event\":\"record_stop\",\"ts\":\"" T0 "59.000000Z\",\"reason\":\"sigint\","
	"\"events\":13,\"drops\":7,\"segments\":1}",
};

/* The events: 13 lines, all valid. */
static void event_lines(char out[][1024], size_t *n)
{
	size_t k = 0;

#define ADD(...) snprintf(out[k++], 1024, "%s", ev(__VA_ARGS__))
	/* nc listens on telnet's port on all interfaces, then closes */
	ADD("listen", 1, "nc", 1000, "tcp", "0.0.0.0", 23, NULL, 0, "listener", 0, "telnet");
	ADD("close", 20, "nc", 1000, "tcp", "0.0.0.0", 23, NULL, 0, "listener", 0, "telnet");
	/* a UDP server inside the ephemeral range (40000-50000), on loopback */
	ADD("bind", 2, "app", 1000, "udp", "127.0.0.1", 45000, NULL, 0, "listener", 0, NULL);
	/* a TCP client bind: not a listener */
	ADD("bind", 3, "curl", 1000, "tcp", "10.0.0.5", 41000, NULL, 0, "listener", 0, NULL);
	/* outbound: curl -> https x3 (2 destinations, one refused), curl -> 9999 */
	ADD("connect", 4, "curl", 1000, "tcp", "10.0.0.5", 41000, "1.1.1.1", 443, "outbound", 0,
	    "https");
	ADD("connect", 5, "curl", 1000, "tcp", "10.0.0.5", 41001, "1.1.1.1", 443, "outbound", 0,
	    "https");
	ADD("connect", 6, "curl", 1000, "tcp", "10.0.0.5", 41002, "2001:db8::1", 443,
	    "outbound", -111, "https");
	ADD("connect", 7, "curl", 1000, "tcp", "10.0.0.5", 41003, "9.9.9.9", 9999, "outbound",
	    -110, NULL);
	/* inbound: sshd accepts from 2 peers, 3 times */
	ADD("accept", 8, "sshd", 0, "tcp", "10.0.0.5", 22, "192.168.1.1", 50000, "inbound", 0,
	    "ssh");
	ADD("accept", 9, "sshd", 0, "tcp", "10.0.0.5", 22, "192.168.1.2", 50001, "inbound", 0,
	    "ssh");
	ADD("accept", 10, "sshd", 0, "tcp", "10.0.0.5", 22, "192.168.1.1", 50002, "inbound", 0,
	    "ssh");
	/* an outbound close: counted, no table */
	ADD("close", 11, "curl", 1000, "tcp", "10.0.0.5", 41000, "1.1.1.1", 443, "outbound", 0,
	    "https");
	/* after the window of test_window */
	ADD("connect", 50, "late", 0, "udp", "10.0.0.5", 41004, "8.8.8.8", 53, "outbound", 0,
	    "domain");
#undef ADD
	*n = k;
}

static void feed_all(struct rpt_agg *a, int part, int parts)
{
	struct rpt_parser *p = rpt_parser_new();
	static char lines[32][1024];
	size_t n, i = 0;

	assert_non_null(p);
	event_lines(lines, &n);
	for (size_t m = 0; m < sizeof(meta_lines) / sizeof(meta_lines[0]); m++, i++)
		if ((int)(i % parts) == part)
			assert_int_equal(rpt_feed_line(p, a, meta_lines[m], strlen(meta_lines[m])), 0);
	for (size_t e = 0; e < n; e++, i++)
		if ((int)(i % parts) == part)
			assert_int_equal(rpt_feed_line(p, a, lines[e], strlen(lines[e])), 0);
	rpt_parser_free(p);
}

static const struct rpt_group *find(const struct rpt_agg *a, int t, const char *comm,
				    unsigned port)
{
	for (size_t i = 0; i < a->t[t].n; i++)
		if (!strcmp(a->t[t].g[i].comm, comm) && a->t[t].g[i].port == port)
			return &a->t[t].g[i];
	fail_msg("no row %s/%u in table %d", comm, port, t);
	return NULL;
}

static void check_numbers(const struct rpt_agg *a)
{
	const struct rpt_group *g;
	char b[256];

	assert_int_equal(a->lines, 19);
	assert_int_equal(a->bad_lines, 0);
	assert_int_equal(a->events, 13);
	assert_int_equal(a->snapshot_lines, 1);
	assert_int_equal(a->other_lines, 1); /* snapshot_end */
	assert_int_equal(a->by_kind[SW_CONNECT], 5);
	assert_int_equal(a->by_kind[SW_ACCEPT], 3);
	assert_int_equal(a->by_kind[SW_BIND], 2);
	assert_int_equal(a->by_kind[SW_LISTEN], 1);
	assert_int_equal(a->by_kind[SW_CLOSE], 2);
	assert_int_equal(a->failed_by_kind[SW_CONNECT], 2);
	assert_int_equal(a->by_class[PORT_WELL_KNOWN][SW_CONNECT], 4);
	assert_int_equal(a->by_class[PORT_REGISTERED][SW_CONNECT], 1);
	assert_int_equal(a->meta.lost_sum, 7);
	assert_int_equal(a->meta.lost_total_max, 7);
	assert_int_equal(a->meta.n_stop, 1);
	assert_true(a->meta.eph_known);
	assert_int_equal(a->meta.eph_lo, 40000);
	assert_string_equal(a->meta.host, "h1");
	assert_string_equal(a->meta.version, "v9");

	/* listeners: sshd (snapshot), nc (closed), app (udp); not curl's bind */
	assert_int_equal(a->t[RT_LISTEN].n, 3);
	g = find(a, RT_LISTEN, "sshd", 22);
	assert_true(g->from_snapshot);
	assert_false(g->from_event);
	assert_true(rpt_listener_open_at_end(g));
	g = find(a, RT_LISTEN, "nc", 23);
	assert_false(rpt_listener_open_at_end(g));
	assert_int_equal(g->in_window, 2);
	assert_int_equal(g->uid, 1000);
	assert_true(rpt_addr_is_wildcard(&g->addr));
	g = find(a, RT_LISTEN, "app", 45000);
	assert_int_equal(g->proto, IPPROTO_UDP);
	assert_true(rpt_addr_is_loopback(&g->addr));

	/* outbound */
	assert_int_equal(a->t[RT_OUT].n, 3);
	g = find(a, RT_OUT, "curl", 443);
	assert_int_equal(g->count, 3);
	assert_int_equal(g->failures, 1);
	assert_int_equal(g->errs[0].err, 111);
	assert_int_equal(g->errs[0].n, 1);
	assert_string_equal(g->service, "https");
	assert_int_equal(rpt_distinct_count(&g->distinct), 2);
	rpt_distinct_str(&g->distinct, b, sizeof(b), true);
	assert_string_equal(b, "2 (1.1.1.1, 2001:db8::1)");
	rpt_errs_str(g, b, sizeof(b));
	assert_string_equal(b, "ECONNREFUSED 1");
	g = find(a, RT_OUT, "curl", 9999);
	assert_int_equal(g->failures, 1);
	assert_string_equal(g->service, "");

	/* inbound */
	assert_int_equal(a->t[RT_IN].n, 1);
	g = find(a, RT_IN, "sshd", 22);
	assert_int_equal(g->count, 3);
	assert_int_equal(rpt_distinct_count(&g->distinct), 2);
}

static void test_numbers(void **state)
{
	struct rpt_window w = { RPT_TS_NONE, RPT_TS_NONE };
	struct rpt_agg a;

	(void)state;
	rpt_agg_init(&a, &w);
	feed_all(&a, 0, 1);
	rpt_agg_sort(&a);
	check_numbers(&a);
	rpt_agg_free(&a);
}

static void test_merge_matches(void **state)
{
	struct rpt_window w = { RPT_TS_NONE, RPT_TS_NONE };
	struct rpt_agg parts[3], all;

	(void)state;
	rpt_agg_init(&all, &w);
	for (int i = 0; i < 3; i++) {
		rpt_agg_init(&parts[i], &w);
		feed_all(&parts[i], i, 3);
		rpt_agg_merge(&all, &parts[i]);
		rpt_agg_free(&parts[i]);
	}
	rpt_agg_sort(&all);
	check_numbers(&all);
	rpt_agg_free(&all);
}

static void test_window(void **state)
{
	struct rpt_window w;
	struct rpt_agg a;
	const struct rpt_group *g;

	(void)state;
	/* 09:00:05 to 09:00:15: nc listened at :01 and is still open then */
	assert_int_equal(rpt_time_parse(T0 "05Z", strlen(T0 "05Z"), &w.since), 0);
	assert_int_equal(rpt_time_parse(T0 "15Z", strlen(T0 "15Z"), &w.until), 0);
	rpt_agg_init(&a, &w);
	feed_all(&a, 0, 1);
	rpt_agg_sort(&a);
	assert_int_equal(a.events, 7); /* seconds 5..11 */
	assert_int_equal(a.events_outside, 6);
	g = find(&a, RT_LISTEN, "nc", 23);
	assert_true(rpt_listener_in_window(g));
	assert_int_equal(g->in_window, 0);
	g = find(&a, RT_LISTEN, "sshd", 22);
	assert_true(rpt_listener_in_window(g));
	g = find(&a, RT_OUT, "curl", 443);
	assert_int_equal(g->count, 2); /* :05 and :06 */
	assert_int_equal(a.meta.drops_in_window, 0);
	rpt_agg_free(&a);

	/* from :21 on, nc had closed (at :20): not in the window's inventory */
	assert_int_equal(rpt_time_parse(T0 "21Z", strlen(T0 "21Z"), &w.since), 0);
	w.until = RPT_TS_NONE;
	rpt_agg_init(&a, &w);
	feed_all(&a, 0, 1);
	rpt_agg_sort(&a);
	assert_false(rpt_listener_in_window(find(&a, RT_LISTEN, "nc", 23)));
	assert_true(rpt_listener_in_window(find(&a, RT_LISTEN, "sshd", 22)));
	assert_int_equal(a.events, 1);
	rpt_agg_free(&a);
}

static void test_bad_lines(void **state)
{
	static const char *const bad[] = {
		"", "not json", "{\"event\":\"connect\"", "[1,2]", "{\"ts\":\"x\"}",
		"{\"event\":\"connect\",\"ts\":\"yesterday\"}",
		"{\"event\":\"accept\",\"proto\":\"tcp\"}", /* no ts */
		"{\"event\":\"connect\",\"ts\":\"" T0 "01.0Z\"} trailing",
	};
	struct rpt_window w = { RPT_TS_NONE, RPT_TS_NONE };
	struct rpt_parser *p = rpt_parser_new();
	struct rpt_agg a;

	(void)state;
	rpt_agg_init(&a, &w);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (rpt_feed_line(p, &a, bad[i], strlen(bad[i])) != -1)
			fail_msg("accepted '%s'", bad[i]);
	assert_int_equal(a.bad_lines, sizeof(bad) / sizeof(bad[0]));
	assert_int_equal(a.events, 0);
	/* CRLF and an unknown event kind are fine */
	assert_int_equal(rpt_feed_line(p, &a, "{\"event\":\"future\"}\r", 19), 0);
	assert_int_equal(a.other_lines, 1);
	rpt_parser_free(p);
	rpt_agg_free(&a);
}

static void test_distinct(void **state)
{
	struct rpt_distinct d = {0}, e = {0};
	struct rpt_addr x = { .family = AF_INET };
	uint64_t n;

	(void)state;
	for (int i = 0; i < RPT_EXACT_MAX; i++) {
		x.a[2] = (uint8_t)(i >> 8);
		x.a[3] = (uint8_t)i;
		rpt_distinct_add(&d, &x);
		rpt_distinct_add(&d, &x);
	}
	assert_true(rpt_distinct_exact(&d));
	assert_int_equal(rpt_distinct_count(&d), RPT_EXACT_MAX);
	/* 20000 distinct: estimated within 4 standard errors (13%) */
	for (int i = 0; i < 20000; i++) {
		x.a[1] = (uint8_t)(i >> 16);
		x.a[2] = (uint8_t)(i >> 8);
		x.a[3] = (uint8_t)i;
		rpt_distinct_add(&d, &x);
	}
	assert_false(rpt_distinct_exact(&d));
	n = rpt_distinct_count(&d);
	if (n < 17400 || n > 22600)
		fail_msg("estimate %llu for 20000", (unsigned long long)n);
	/* merging the same set into an exact one changes nothing; into a sketch
	 * of a disjoint set roughly adds */
	for (int i = 0; i < 10; i++) {
		x.a[0] = 99;
		x.a[3] = (uint8_t)i;
		rpt_distinct_add(&e, &x);
	}
	assert_int_equal(rpt_distinct_merge(&e, &d), 0);
	assert_false(rpt_distinct_exact(&e));
	n = rpt_distinct_count(&e);
	if (n < 17400 || n > 22600)
		fail_msg("merged estimate %llu", (unsigned long long)n);
	/* small sets stay exact through a merge */
	struct rpt_distinct s1 = {0}, s2 = {0};

	for (int i = 0; i < 10; i++) {
		x.a[3] = (uint8_t)i;
		rpt_distinct_add(&s1, &x);
		x.a[3] = (uint8_t)(i + 5);
		rpt_distinct_add(&s2, &x);
	}
	assert_int_equal(rpt_distinct_merge(&s1, &s2), 0);
	assert_true(rpt_distinct_exact(&s1));
	assert_int_equal(rpt_distinct_count(&s1), 15);
	rpt_distinct_free(&d);
	rpt_distinct_free(&e);
	rpt_distinct_free(&s1);
	rpt_distinct_free(&s2);
}

static bool has_finding(const struct rpt_summary *s, const char *code, const char *text)
{
	for (size_t i = 0; i < s->nfind; i++)
		if (!strcmp(s->find[i].code, code) && strstr(s->find[i].text, text))
			return true;
	return false;
}

static void test_findings(void **state)
{
	struct rpt_window w = { RPT_TS_NONE, RPT_TS_NONE };
	struct rpt_input in = { .path = "x.jsonl.gz" };
	struct rpt_segment seg = { .name = "x.jsonl.gz", .mf_status = -1 };
	struct rpt_inputs ins = { .in = &in, .nin = 1, .seg = &seg, .nseg = 1 };
	struct rpt_summary s = {0};
	struct rpt_agg a;

	(void)state;
	rpt_agg_init(&a, &w);
	feed_all(&a, 0, 1);
	rpt_agg_sort(&a);
	s.agg = &a;
	s.ins = &ins;
	s.win = w;
	s.generated_by = "test";
	assert_int_equal(rpt_summarise(&s), 0);
	assert_int_equal(s.drops, 7);
	assert_false(s.complete);
	assert_false(s.partial);
	assert_true(s.eph_known);
	assert_string_equal(s.eph_source, "as recorded");
	assert_true(has_finding(&s, "legacy-protocol", "tcp 0.0.0.0:23 (telnet; nc, uid 1000)"));
	/* nc is not a telnet daemon; sshd on 22 is as expected */
	assert_true(has_finding(&s, "unexpected-process", "port 23 is bound by 'nc'"));
	assert_false(has_finding(&s, "unexpected-process", "port 22"));
	assert_true(has_finding(&s, "ephemeral-listener", "udp 127.0.0.1:45000"));
	assert_true(has_finding(&s, "unknown-service", "tcp/9999"));
	assert_true(has_finding(&s, "drops", "7 events were lost"));
	assert_false(has_finding(&s, "ephemeral-listener", ":22 "));
	/* high before medium before low */
	for (size_t i = 1; i < s.nfind; i++)
		assert_true(s.find[i - 1].sev <= s.find[i].sev);
	rpt_summary_free(&s);
	rpt_agg_free(&a);
}

/* A selftest line as record writes it: path p seen unless in blind, n/a
 * (available false) if in na; old: as before the "available" field. */
static char *selftest_line(uint32_t blind, uint32_t na, bool old)
{
	static char buf[2048];
	size_t n = 0;

	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "{\"ts\":\"" T0 "10.000000Z\","
			      "\"event\":\"selftest\",\"ok\":true,\"seen\":6,\"paths\":[");
	for (int p = 0; p < PATHOP_COUNT; p++) {
		bool x = na & (1u << p);

		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s{\"path\":\"%s\",\"via\":\"%s\","
				      "\"seen\":%s,\"missing\":[],\"error\":null", p ? "," : "",
				      pathop_name(p), pathop_via(p),
				      (blind | na) & (1u << p) ? "false" : "true");
		if (!old)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, ",\"available\":%s,"
					      "\"reason\":%s", x ? "false" : "true",
					      x ? "\"int 0x80 faults\"" : "null");
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "}");
	}
	snprintf(buf + n, sizeof(buf) - n, "]}");
	return buf;
}

/* Summarise the record_start line and the selftest lines given. */
static void summarise_selftests(struct rpt_agg *a, struct rpt_summary *s, char **lines, int n)
{
	static struct rpt_input in = { .path = "x.jsonl" };
	static struct rpt_segment seg = { .name = "x.jsonl", .mf_status = -1 };
	static struct rpt_inputs ins = { .in = &in, .nin = 1, .seg = &seg, .nseg = 1 };
	struct rpt_window w = { RPT_TS_NONE, RPT_TS_NONE };
	struct rpt_parser *p = rpt_parser_new();

	rpt_agg_init(a, &w);
	assert_int_equal(rpt_feed_line(p, a, meta_lines[0], strlen(meta_lines[0])), 0);
	for (int i = 0; i < n; i++)
		assert_int_equal(rpt_feed_line(p, a, lines[i], strlen(lines[i])), 0);
	rpt_parser_free(p);
	rpt_agg_sort(a);
	memset(s, 0, sizeof(*s));
	s->agg = a;
	s->ins = &ins;
	s->win = w;
	s->generated_by = "test";
	assert_int_equal(rpt_summarise(s), 0);
}

/* A path a selftest says the host could not take ("available": false) is
 * neither proven nor blind; a line without the field has every path
 * available. */
static void test_selftest_na(void **state)
{
	uint32_t b32 = 1u << PATHOP_SYSCALL32 | 1u << PATHOP_SOCKETCALL;
	char *lines[2];
	struct rpt_summary s;
	struct rpt_agg a;

	(void)state;
	lines[0] = strdup(selftest_line(0, b32, false));
	summarise_selftests(&a, &s, lines, 1);
	assert_int_equal(a.meta.st_blind, 0);
	assert_true(s.coverage_proven);
	assert_false(has_finding(&s, "blind-path", ""));
	assert_non_null(strstr(s.status, "every path the host offered proven seen (selftest); "
			       "n/a there: syscall32, socketcall"));
	assert_null(strstr(s.status, "every path proven"));
	assert_non_null(strstr(s.coverage, "not applicable (neither proven nor blind): "
			       "syscall32, socketcall, as the recording host's kernel did not "
			       "deliver 32-bit syscalls"));
	rpt_summary_free(&s);
	rpt_agg_free(&a);

	/* n/a in one, blind in the next: blind wins */
	lines[1] = strdup(selftest_line(1u << PATHOP_IO_URING, b32, false));
	summarise_selftests(&a, &s, lines, 2);
	assert_int_equal(a.meta.st_blind, 1u << PATHOP_IO_URING);
	assert_false(s.coverage_proven);
	assert_true(has_finding(&s, "blind-path", "io_uring (io_uring)"));
	assert_false(has_finding(&s, "blind-path", "syscall32"));
	assert_non_null(strstr(s.coverage, "NOT proven for io_uring ("));
	rpt_summary_free(&s);
	rpt_agg_free(&a);
	free(lines[0]);
	free(lines[1]);

	/* an old line: what is not seen is blind, as before */
	lines[0] = strdup(selftest_line(b32, 0, true));
	summarise_selftests(&a, &s, lines, 1);
	assert_int_equal(a.meta.st_blind, b32);
	assert_false(s.coverage_proven);
	assert_true(has_finding(&s, "blind-path", "syscall32 (syscall32)"));
	assert_non_null(strstr(s.coverage, "NOT proven for syscall32, socketcall ("));
	rpt_summary_free(&s);
	rpt_agg_free(&a);
	free(lines[0]);
}

/* rpt_addr_parse reads IPv4 itself; it must take exactly what inet_pton
 * takes, as the same address. */
static void test_addr_parse_is_inet_pton(void **state)
{
	static const char *const in[] = {
		"0.0.0.0", "10.0.0.5", "255.255.255.255", "192.168.4.7", "1.2.3.4",
		"256.1.1.1", "1.2.3.256", "01.2.3.4", "1.2.3.04", "1.2.3", "1.2.3.4.5",
		"1..2.3", ".1.2.3", "1.2.3.", "", " 1.2.3.4", "1.2.3.4 ", "1.2.3.4x",
		"1234.1.1.1", "0x1.2.3.4", "-1.2.3.4", "1.2.3.4\n", "00.0.0.0",
		"::", "::1", "2001:db8::10", "::ffff:10.0.0.1", "10.0.0.1:80", "x",
	};
	struct rpt_addr got;
	uint8_t want[16];

	(void)state;
	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		int r = rpt_addr_parse(in[i], &got);

		memset(want, 0, sizeof(want));
		if (inet_pton(AF_INET, in[i], want) == 1) {
			assert_int_equal(r, 0);
			assert_int_equal(got.family, AF_INET);
		} else if (inet_pton(AF_INET6, in[i], want) == 1) {
			assert_int_equal(r, 0);
			assert_int_equal(got.family, AF_INET6);
		} else {
			assert_int_equal(r, -1);
			continue;
		}
		assert_memory_equal(got.a, want, 16);
	}
}

/* Names exec could have given (the basename, a 15-byte cut, a versioned
 * or variant link name) against renames (any other prefix, another name). */
static void test_comm_fits_exe(void **state)
{
	static const struct {
		const char *comm, *exe;
		bool fits;
	} c[] = {
		{ "curl", "/usr/bin/curl", true },
		{ "python3", "/usr/bin/python3.11", true },
		{ "vim", "/usr/bin/vim.basic", true },
		{ "gcc", "/usr/bin/gcc-12", true },
		{ "systemd-network", "/usr/lib/systemd/systemd-networkd", true },
		{ "sshd", "/tmp/x/sshd-fake", false },
		{ "sshd", "/tmp/x/pyx", false },
		{ "s", "/usr/sbin/sshd", false },
		{ "gcc", "/usr/bin/gcc-x", false },
		{ "curl2", "/usr/bin/curl", false },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		if (rpt_comm_fits_exe(c[i].comm, strlen(c[i].comm), c[i].exe) != c[i].fits)
			fail_msg("comm %s for %s: want %s", c[i].comm, c[i].exe,
				 c[i].fits ? "fits" : "masquerade");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_merge_matches),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_distinct),
		cmocka_unit_test(test_addr_parse_is_inet_pton),
		cmocka_unit_test(test_findings),
		cmocka_unit_test(test_selftest_na),
		cmocka_unit_test(test_comm_fits_exe),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
