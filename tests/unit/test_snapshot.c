/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The pure parts of the snapshot: netlink message parsing, /proc text
 * parsing, roles, order and the output formats. No netlink socket. */
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "output/output.h"
#include "capture/snapshot.h"

/* ---- building messages ----------------------------------------------- */

/* Aligned scratch space for one datagram. */
static union {
	struct nlmsghdr h;
	unsigned char b[8192];
} dgram;

struct diag_spec {
	uint8_t family, state;
	const char *src, *dst;
	uint16_t sport, dport;
	uint32_t uid, inode;
	uint64_t cgroup; /* 0: no attribute */
};

/* Append one SOCK_DIAG_BY_FAMILY message at off; returns the new offset. */
static size_t put_diag(size_t off, uint32_t seq, const struct diag_spec *sp)
{
	struct nlmsghdr *h = (struct nlmsghdr *)(dgram.b + off);
	struct inet_diag_msg *d = NLMSG_DATA(h);
	size_t len = NLMSG_LENGTH(sizeof(*d));

	memset(h, 0, NLMSG_SPACE(sizeof(*d)) + 64);
	h->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	h->nlmsg_flags = NLM_F_MULTI;
	h->nlmsg_seq = seq;
	d->idiag_family = sp->family;
	d->idiag_state = sp->state;
	d->id.idiag_sport = htons(sp->sport);
	d->id.idiag_dport = htons(sp->dport);
	assert_int_equal(inet_pton(sp->family, sp->src, d->id.idiag_src), 1);
	assert_int_equal(inet_pton(sp->family, sp->dst, d->id.idiag_dst), 1);
	d->idiag_uid = sp->uid;
	d->idiag_inode = sp->inode;
	len = NLMSG_ALIGN(len);
	/* an attribute we do not use, then the cgroup id */
	struct nlattr *a = (struct nlattr *)(dgram.b + off + len);
	a->nla_type = INET_DIAG_SHUTDOWN;
	a->nla_len = NLA_HDRLEN + 1;
	dgram.b[off + len + NLA_HDRLEN] = 0;
	len += NLA_ALIGN(a->nla_len);
	if (sp->cgroup) {
		a = (struct nlattr *)(dgram.b + off + len);
		a->nla_type = INET_DIAG_CGROUP_ID;
		a->nla_len = NLA_HDRLEN + 8;
		memcpy(dgram.b + off + len + NLA_HDRLEN, &sp->cgroup, 8);
		len += NLA_ALIGN(a->nla_len);
	}
	h->nlmsg_len = (uint32_t)len;
	return off + NLMSG_ALIGN(len);
}

static size_t put_ctl(size_t off, uint16_t type, uint16_t flags, uint32_t seq, int value,
		      size_t payload)
{
	struct nlmsghdr *h = (struct nlmsghdr *)(dgram.b + off);

	memset(h, 0, NLMSG_SPACE(payload));
	h->nlmsg_len = NLMSG_LENGTH(payload);
	h->nlmsg_type = type;
	h->nlmsg_flags = flags;
	h->nlmsg_seq = seq;
	if (payload >= sizeof(int))
		memcpy(NLMSG_DATA(h), &value, sizeof(int));
	return off + NLMSG_ALIGN(h->nlmsg_len);
}

static const struct diag_spec LISTEN4 = {
	AF_INET, TCP_LISTEN, "127.0.0.1", "0.0.0.0", 22, 0, 1000, 4242, 77,
};
static const struct diag_spec EST6 = {
	AF_INET6, TCP_ESTABLISHED, "2001:db8::1", "2001:db8::2", 40000, 443, 0, 99, 0,
};

/* ---- snap_parse_diag --------------------------------------------------- */

static void test_parse_diag_v4_listen(void **state)
{
	struct snap_sock s;
	size_t len = put_diag(0, 1, &LISTEN4);
	uint8_t want[4] = { 127, 0, 0, 1 };

	(void)state;
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 555, &s), 0);
	assert_int_equal(s.ev.family, AF_INET);
	assert_int_equal(s.ev.proto, IPPROTO_TCP);
	assert_int_equal(s.ev.lport, 22);
	assert_int_equal(s.ev.rport, 0);
	assert_memory_equal(s.ev.laddr, want, 4);
	assert_int_equal(s.ev.laddr[4], 0);
	assert_int_equal(s.ev.uid, 1000);
	assert_int_equal(s.ev.netns, 555);
	assert_int_equal(s.ev.cgroup_id, 77);
	assert_int_equal(s.inode, 4242);
	assert_int_equal(s.state, TCP_LISTEN);
	assert_int_equal(s.ev.role, SW_ROLE_LISTENER);
	assert_int_equal(s.ev.kind, 0);
	assert_int_equal(s.ev.flags, 0);
	assert_string_equal(snap_state_name(&s), "listen");
}

static void test_parse_diag_v6_established(void **state)
{
	struct snap_sock s;
	size_t len = put_diag(0, 1, &EST6);
	uint8_t want[16];

	(void)state;
	inet_pton(AF_INET6, "2001:db8::2", want);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), 0);
	assert_int_equal(s.ev.family, AF_INET6);
	assert_int_equal(s.ev.lport, 40000);
	assert_int_equal(s.ev.rport, 443);
	assert_memory_equal(s.ev.raddr, want, 16);
	assert_int_equal(s.ev.cgroup_id, 0);
	assert_int_equal(s.ev.role, SW_ROLE_UNKNOWN);
	assert_string_equal(snap_state_name(&s), "established");
}

static void test_parse_diag_states(void **state)
{
	struct diag_spec sp = LISTEN4;
	struct snap_sock s;
	size_t len;

	(void)state;
	sp.state = TCP_TIME_WAIT;
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), 1);
	sp.state = TCP_CLOSE;
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), 1);
	sp.state = 40; /* beyond any mask */
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), 1);
	sp.state = TCP_SYN_SENT;
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), 0);
	assert_true(s.ev.flags & SW_F_IN_PROGRESS);
	assert_string_equal(snap_state_name(&s), "syn-sent");

	/* UDP: TCP_CLOSE is bound, TCP_ESTABLISHED connected, state stays 0 */
	sp.state = TCP_CLOSE;
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_UDP, 1, &s), 0);
	assert_int_equal(s.state, 0);
	assert_int_equal(s.ev.role, SW_ROLE_LISTENER);
	assert_string_equal(snap_state_name(&s), "bound");
	sp.state = TCP_ESTABLISHED;
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_UDP, 1, &s), 0);
	assert_int_equal(s.ev.role, SW_ROLE_UNKNOWN);
	s.ev.role = SW_ROLE_OUTBOUND;
	assert_string_equal(snap_state_name(&s), "connected");
	sp.state = TCP_LISTEN;
	len = put_diag(0, 1, &sp);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_UDP, 1, &s), 1);
}

static void test_parse_diag_malformed(void **state)
{
	struct snap_sock s;
	size_t len = put_diag(0, 1, &LISTEN4);
	struct nlmsghdr *h = &dgram.h;
	size_t base = NLMSG_ALIGN(NLMSG_LENGTH(sizeof(struct inet_diag_msg)));
	struct nlattr *a = (struct nlattr *)(dgram.b + base);

	(void)state;
	/* shorter than the fixed part */
	assert_int_equal(snap_parse_diag(dgram.b, NLMSG_LENGTH(sizeof(struct inet_diag_msg)) - 1,
					 IPPROTO_TCP, 1, &s), -EBADMSG);
	/* header claims more than there is */
	assert_int_equal(snap_parse_diag(dgram.b, len - 1, IPPROTO_TCP, 1, &s), -EBADMSG);
	/* unknown proto, family */
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_SCTP, 1, &s), -EBADMSG);
	((struct inet_diag_msg *)NLMSG_DATA(h))->idiag_family = AF_UNIX;
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), -EBADMSG);
	len = put_diag(0, 1, &LISTEN4);
	/* attribute longer than the message */
	a->nla_len = (uint16_t)(len - base + 1);
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), -EBADMSG);
	/* attribute shorter than its own header */
	a->nla_len = 2;
	assert_int_equal(snap_parse_diag(dgram.b, len, IPPROTO_TCP, 1, &s), -EBADMSG);
	/* a cgroup attribute too short for a u64 is ignored, not read past */
	len = put_diag(0, 1, &LISTEN4);
	a = (struct nlattr *)(dgram.b + base + NLA_ALIGN(NLA_HDRLEN + 1));
	assert_int_equal(a->nla_type, INET_DIAG_CGROUP_ID);
	a->nla_len = NLA_HDRLEN + 4;
	h->nlmsg_len = (uint32_t)(base + NLA_ALIGN(NLA_HDRLEN + 1) + NLA_HDRLEN + 4);
	assert_int_equal(snap_parse_diag(dgram.b, h->nlmsg_len, IPPROTO_TCP, 1, &s), 0);
	assert_int_equal(s.ev.cgroup_id, 0);
	/* trailing bytes shorter than an attribute header are ignored */
	len = put_diag(0, 1, &LISTEN4);
	h->nlmsg_len += 2;
	assert_int_equal(snap_parse_diag(dgram.b, h->nlmsg_len, IPPROTO_TCP, 1, &s), 0);
	assert_int_equal(s.ev.cgroup_id, 77);
}

/* ---- snap_parse_batch -------------------------------------------------- */

struct seen {
	int n;
	uint32_t inodes[8];
	int stop_at; /* return 7 on this call (1-based); 0 never */
};

static int on_msg(void *ctx, const void *msg, size_t len)
{
	struct seen *sn = ctx;
	struct snap_sock s;

	assert_int_equal(snap_parse_diag(msg, len, IPPROTO_TCP, 1, &s), 0);
	if (sn->n < 8)
		sn->inodes[sn->n] = (uint32_t)s.inode;
	sn->n++;
	return sn->n == sn->stop_at ? 7 : 0;
}

static void test_batch_multi_and_done(void **state)
{
	struct seen sn = { 0 };
	bool intr = false;
	size_t off;

	(void)state;
	off = put_diag(0, 5, &LISTEN4);
	off = put_diag(off, 4, &EST6); /* another sequence: skipped */
	off = put_diag(off, 5, &EST6);
	/* no DONE yet: read on */
	assert_int_equal(snap_parse_batch(dgram.b, off, 5, on_msg, &sn, &intr), 0);
	assert_int_equal(sn.n, 2);
	assert_int_equal(sn.inodes[0], 4242);
	assert_int_equal(sn.inodes[1], 99);
	off = put_ctl(off, NLMSG_DONE, NLM_F_MULTI, 5, 0, sizeof(int));
	off = put_diag(off, 5, &EST6); /* after DONE: not reached */
	sn.n = 0;
	assert_int_equal(snap_parse_batch(dgram.b, off, 5, on_msg, &sn, &intr), 1);
	assert_int_equal(sn.n, 2);
	assert_false(intr);
	/* empty datagram */
	assert_int_equal(snap_parse_batch(dgram.b, 0, 5, on_msg, &sn, &intr), 0);
}

static void test_batch_errors(void **state)
{
	struct seen sn = { 0 };
	bool intr = false;
	size_t off;

	(void)state;
	off = put_ctl(0, NLMSG_ERROR, 0, 3, -EPERM, sizeof(struct nlmsgerr));
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), -EPERM);
	/* an ack (error 0) is not an error */
	off = put_ctl(0, NLMSG_ERROR, 0, 3, 0, sizeof(struct nlmsgerr));
	off = put_ctl(off, NLMSG_DONE, 0, 3, 0, sizeof(int));
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), 1);
	/* NLMSG_ERROR too short for struct nlmsgerr */
	off = put_ctl(0, NLMSG_ERROR, 0, 3, -EPERM, sizeof(int));
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), -EBADMSG);
	/* positive error value is nonsense */
	off = put_ctl(0, NLMSG_ERROR, 0, 3, 5, sizeof(struct nlmsgerr));
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), -EBADMSG);
	/* DONE carrying the dump's error */
	off = put_ctl(0, NLMSG_DONE, 0, 3, -ENOMEM, sizeof(int));
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), -ENOMEM);
	/* DONE without payload */
	off = put_ctl(0, NLMSG_DONE, 0, 3, 0, 0);
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), 1);
	/* overrun */
	off = put_ctl(0, NLMSG_OVERRUN, 0, 3, 0, 0);
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), -ENOBUFS);
	/* nlmsg_len past the datagram, or below a header */
	off = put_diag(0, 3, &LISTEN4);
	assert_int_equal(snap_parse_batch(dgram.b, off - 4, 3, on_msg, &sn, &intr), -EBADMSG);
	dgram.h.nlmsg_len = 8;
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), -EBADMSG);
	/* trailing bytes shorter than a header */
	off = put_diag(0, 3, &LISTEN4);
	sn.n = 0;
	assert_int_equal(snap_parse_batch(dgram.b, off + 8, 3, on_msg, &sn, &intr), -EBADMSG);
	/* the callback's own error stops the walk */
	off = put_diag(0, 3, &LISTEN4);
	off = put_diag(off, 3, &LISTEN4);
	off = put_diag(off, 3, &LISTEN4);
	sn = (struct seen){ .stop_at = 2 };
	assert_int_equal(snap_parse_batch(dgram.b, off, 3, on_msg, &sn, &intr), 7);
	assert_int_equal(sn.n, 2);
	assert_false(intr);
}

static void test_batch_dump_intr(void **state)
{
	struct seen sn = { 0 };
	bool intr = false;
	size_t off;

	(void)state;
	off = put_diag(0, 9, &LISTEN4);
	((struct nlmsghdr *)dgram.b)->nlmsg_flags |= NLM_F_DUMP_INTR;
	off = put_ctl(off, NLMSG_DONE, NLM_F_MULTI, 9, 0, sizeof(int));
	assert_int_equal(snap_parse_batch(dgram.b, off, 9, on_msg, &sn, &intr), 1);
	assert_true(intr);
}

/* ---- /proc text ------------------------------------------------------- */

static void test_fd_link(void **state)
{
	uint64_t ino = 0;

	(void)state;
	assert_int_equal(snap_parse_fd_link("socket:[12345]", 14, &ino), 0);
	assert_int_equal(ino, 12345);
	/* length-bounded: readlink does not NUL-terminate */
	assert_int_equal(snap_parse_fd_link("socket:[7]XXXX", 10, &ino), 0);
	assert_int_equal(ino, 7);
	assert_int_equal(snap_parse_fd_link("socket:[18446744073709551615]", 29, &ino), 0);
	assert_true(ino == UINT64_MAX);
	assert_int_equal(snap_parse_fd_link("socket:[18446744073709551616]", 29, &ino), -1);
	assert_int_equal(snap_parse_fd_link("socket:[]", 9, &ino), -1);
	assert_int_equal(snap_parse_fd_link("socket:[12a]", 12, &ino), -1);
	assert_int_equal(snap_parse_fd_link("socket:[12", 10, &ino), -1);
	assert_int_equal(snap_parse_fd_link("pipe:[12345]", 12, &ino), -1);
	assert_int_equal(snap_parse_fd_link("/dev/null", 9, &ino), -1);
	assert_int_equal(snap_parse_fd_link("", 0, &ino), -1);
}

static void test_stat_ppid(void **state)
{
	static const char tricky[] = "42 (a) S 7 (b)) R 99 1 2 3\n";
	uint32_t ppid = 0;

	(void)state;
#define STAT(s) snap_parse_stat_ppid(s, sizeof(s) - 1, &ppid)
	assert_int_equal(STAT("123 (bash) S 45 123 123 0 -1"), 0);
	assert_int_equal(ppid, 45);
	assert_int_equal(STAT("1 (init) S 0 1 1 0"), 0);
	assert_int_equal(ppid, 0);
	/* a comm with ") S 7 (" in it: the last ')' decides */
	assert_int_equal(snap_parse_stat_ppid(tricky, sizeof(tricky) - 1, &ppid), 0);
	assert_int_equal(ppid, 99);
	assert_int_equal(STAT("5 (a b) Z 4294967295 "), 0);
	assert_true(ppid == UINT32_MAX);
	assert_int_equal(STAT("5 (x) S 4294967296 "), -1);
	assert_int_equal(STAT("5 (x) S"), -1);
	assert_int_equal(STAT("5 (x) S "), -1);
	assert_int_equal(STAT("5 (x) S x"), -1);
	assert_int_equal(STAT("5 (x) S 12x"), -1);
	assert_int_equal(STAT("5 (x"), -1);
	assert_int_equal(STAT(""), -1);
	/* ends right after ppid */
	assert_int_equal(STAT("5 (x) S 12"), 0);
	assert_int_equal(ppid, 12);
#undef STAT
}

/* ---- roles and order --------------------------------------------------- */

static struct snap_sock mk(uint8_t proto, uint8_t state, uint8_t role, uint16_t lport,
			   uint16_t rport)
{
	struct snap_sock s;

	memset(&s, 0, sizeof(s));
	s.ev.family = AF_INET;
	s.ev.proto = proto;
	s.state = proto == IPPROTO_TCP ? state : 0;
	s.ev.role = role;
	s.ev.lport = lport;
	s.ev.rport = rport;
	return s;
}

static void test_roles(void **state)
{
	struct snap_sock v[] = {
		mk(IPPROTO_TCP, TCP_LISTEN, SW_ROLE_LISTENER, 22, 0),
		mk(IPPROTO_TCP, TCP_ESTABLISHED, 0, 22, 50000),     /* inbound */
		mk(IPPROTO_TCP, TCP_ESTABLISHED, 0, 50000, 22),     /* outbound */
		mk(IPPROTO_TCP, TCP_SYN_SENT, 0, 22, 80),           /* outbound anyway */
		mk(IPPROTO_TCP, TCP_SYN_RECV, 0, 8080, 40000),      /* inbound anyway */
		mk(IPPROTO_UDP, 0, SW_ROLE_LISTENER, 53, 0),
		mk(IPPROTO_UDP, 0, 0, 53, 40000),                   /* inbound */
		mk(IPPROTO_UDP, 0, 0, 22, 40000),                   /* tcp 22 does not count */
		mk(IPPROTO_TCP, TCP_CLOSE_WAIT, 0, 53, 1234),       /* udp 53 does not count */
	};
	static const uint8_t want[] = {
		SW_ROLE_LISTENER, SW_ROLE_INBOUND, SW_ROLE_OUTBOUND, SW_ROLE_OUTBOUND,
		SW_ROLE_INBOUND, SW_ROLE_LISTENER, SW_ROLE_INBOUND, SW_ROLE_OUTBOUND,
		SW_ROLE_OUTBOUND,
	};

	(void)state;
	snap_assign_roles(v, sizeof(v) / sizeof(v[0]));
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (v[i].ev.role != want[i])
			fail_msg("socket %zu: role %u, want %u", i, v[i].ev.role, want[i]);
	}
}

static void test_order(void **state)
{
	/* already in snapshot order; shuffled below */
	struct snap_sock want[] = {
		mk(IPPROTO_TCP, TCP_LISTEN, SW_ROLE_LISTENER, 22, 0),
		mk(IPPROTO_TCP, TCP_LISTEN, SW_ROLE_LISTENER, 8080, 0),
		mk(IPPROTO_UDP, 0, SW_ROLE_LISTENER, 53, 0),
		mk(IPPROTO_TCP, TCP_ESTABLISHED, SW_ROLE_INBOUND, 22, 50001),
		mk(IPPROTO_TCP, TCP_ESTABLISHED, SW_ROLE_INBOUND, 22, 50002),
		mk(IPPROTO_TCP, TCP_ESTABLISHED, SW_ROLE_OUTBOUND, 50001, 22),
		mk(IPPROTO_TCP, TCP_ESTABLISHED, SW_ROLE_OUTBOUND, 40000, 443),
		mk(IPPROTO_TCP, TCP_ESTABLISHED, SW_ROLE_OUTBOUND, 40000, 443),
		mk(IPPROTO_UDP, 0, SW_ROLE_OUTBOUND, 33333, 53),
	};
	enum { N = sizeof(want) / sizeof(want[0]) };
	struct snap_sock v[N];
	static const int shuffle[N] = { 8, 3, 0, 6, 2, 7, 1, 5, 4 };

	(void)state;
	want[1].ev.family = AF_INET6;
	want[6].ev.laddr[0] = 10;     /* same ports, lower address first */
	want[7].ev.laddr[0] = 192;
	for (int i = 0; i < N; i++)
		v[i] = want[shuffle[i]];
	qsort(v, N, sizeof(v[0]), snap_cmp);
	for (int i = 0; i < N; i++)
		if (memcmp(&v[i], &want[i], sizeof(v[i])))
			fail_msg("position %d: lport %u, want %u", i, v[i].ev.lport, want[i].ev.lport);
}

/* ---- output ------------------------------------------------------------ */

static struct services *svc;

static int setup_svc(void **state)
{
	(void)state;
	svc = services_new();
	return svc ? 0 : -1;
}

static int teardown_svc(void **state)
{
	(void)state;
	services_free(svc);
	return 0;
}

/* The keys of a JSON line, in order, joined by ','. */
static void keys_of(const char *line, char *out, size_t cap)
{
	struct json_object *o = json_tokener_parse(line);
	size_t used = 0;

	assert_non_null(o);
	assert_true(json_object_is_type(o, json_type_object));
	out[0] = '\0';
	json_object_object_foreach(o, k, val) {
		(void)val;
		used += (size_t)snprintf(out + used, cap - used, "%s%s", used ? "," : "", k);
		assert_true(used < cap);
	}
	json_object_put(o);
}

static struct snap_sock hostile_owner(void)
{
	static const char comm[] = "a\"b\\c\nd\x1b[e\x7f\xff";
	struct snap_sock s = mk(IPPROTO_TCP, TCP_ESTABLISHED, SW_ROLE_OUTBOUND, 40000, 22);

	s.ev.laddr[0] = 127;
	s.ev.laddr[3] = 1;
	s.ev.raddr[0] = 10;
	s.ev.raddr[3] = 9;
	s.ev.pid = s.ev.tid = 1234;
	s.ev.ppid = 1;
	s.ev.uid = 1000;
	s.ev.netns = 4026531840u;
	s.ev.cgroup_id = 9;
	s.ev.flags = SW_F_OWNER_KNOWN;
	s.inode = 777;
	memcpy(s.ev.comm, comm, sizeof(comm) - 1);
	return s;
}

static void test_json_fields_match_live_events(void **state)
{
	char live[OUT_LINE_MAX], snap[SNAP_LINE_MAX], lk[1024], sk[1024], want[1100];
	struct snap_sock s = hostile_owner();
	struct sw_event e = s.ev;
	struct clock_cache tc = { .sec = -1 };
	struct sw_labeled l;
	size_t n;

	(void)state;
	e.kind = SW_CONNECT;
	sw_label(&l, &e, 1700000000123456789ull, svc);
	n = out_json_event(live, &l, &tc);
	live[n] = '\0';
	n = snapshot_json(snap, &s, svc, 1700000000123456789ull, NULL);
	assert_true(n > 0 && n < SNAP_LINE_MAX);
	assert_int_equal(snap[n - 1], '\n');
	snap[n] = '\0';
	assert_null(memchr(snap, '\n', n - 1));
	keys_of(live, lk, sizeof(lk));
	keys_of(snap, sk, sizeof(sk));
	snprintf(want, sizeof(want), "%s,state,inode,owners", lk);
	assert_string_equal(sk, want);
}

static const char *jstr(struct json_object *o, const char *k)
{
	struct json_object *v;

	assert_true(json_object_object_get_ex(o, k, &v));
	return json_object_is_type(v, json_type_null) ? NULL : json_object_get_string(v);
}

static void test_json_values(void **state)
{
	char buf[SNAP_LINE_MAX];
	struct snap_sock s = hostile_owner();
	struct json_object *o;
	size_t n;

	(void)state;
	n = snapshot_json(buf, &s, svc, 1700000000123456789ull, NULL);
	buf[n] = '\0';
	o = json_tokener_parse(buf);
	assert_non_null(o);
	assert_string_equal(jstr(o, "ts"), "2023-11-14T22:13:20.123456Z");
	assert_string_equal(jstr(o, "event"), "snapshot");
	assert_string_equal(jstr(o, "comm"), "a\"b\\c\nd\x1b[e\x7f\xef\xbf\xbd");
	assert_string_equal(jstr(o, "pid"), "1234");
	assert_string_equal(jstr(o, "laddr"), "127.0.0.1");
	assert_string_equal(jstr(o, "raddr"), "10.0.0.9");
	assert_string_equal(jstr(o, "rport"), "22");
	assert_string_equal(jstr(o, "port"), "22");
	assert_string_equal(jstr(o, "port_class"), "well-known");
	assert_string_equal(jstr(o, "service"), "ssh");
	assert_string_equal(jstr(o, "role"), "outbound");
	assert_string_equal(jstr(o, "state"), "established");
	assert_string_equal(jstr(o, "inode"), "777");
	assert_string_equal(jstr(o, "cgroup_id"), "9");
	assert_string_equal(jstr(o, "netns"), "4026531840");
	json_object_put(o);

	/* owner unknown, listener: nulls where live events have them */
	s = mk(IPPROTO_UDP, 0, SW_ROLE_LISTENER, 53, 0);
	s.ev.family = AF_INET6;
	n = snapshot_json(buf, &s, svc, 0, NULL);
	buf[n] = '\0';
	o = json_tokener_parse(buf);
	assert_non_null(o);
	assert_null(jstr(o, "pid"));
	assert_null(jstr(o, "tid"));
	assert_null(jstr(o, "ppid"));
	assert_null(jstr(o, "comm"));
	assert_null(jstr(o, "cgroup_id"));
	assert_null(jstr(o, "raddr"));
	assert_null(jstr(o, "rport"));
	assert_string_equal(jstr(o, "laddr"), "::");
	assert_string_equal(jstr(o, "family"), "ipv6");
	assert_string_equal(jstr(o, "service"), "domain");
	assert_string_equal(jstr(o, "state"), "bound");
	assert_string_equal(jstr(o, "role"), "listener");
	assert_string_equal(jstr(o, "ts"), "1970-01-01T00:00:00.000000Z");
	json_object_put(o);
}

static void test_table_row(void **state)
{
	char buf[SNAP_LINE_MAX];
	struct snap_sock s = hostile_owner();
	size_t n;

	(void)state;
	n = snapshot_table_row(buf, &s, svc, NULL);
	buf[n] = '\0';
	assert_int_equal(buf[n - 1], '\n');
	for (size_t i = 0; i + 1 < n; i++)
		if ((unsigned char)buf[i] < 0x20 || (unsigned char)buf[i] >= 0x7f)
			fail_msg("raw byte 0x%02x at %zu in %s", (unsigned char)buf[i], i, buf);
	assert_non_null(strstr(buf, "a\\\"b\\\\c\\x0ad\\x1b[e\\x7f\\xff"));
	assert_non_null(strstr(buf, "127.0.0.1:40000"));
	assert_non_null(strstr(buf, "10.0.0.9:22"));
	assert_non_null(strstr(buf, " ssh "));
	assert_non_null(strstr(buf, "outbound -\n"));
	assert_int_equal(strncmp(buf, "established ", 12), 0);

	s = mk(IPPROTO_TCP, TCP_LISTEN, SW_ROLE_LISTENER, 8080, 0);
	s.ev.family = AF_INET6;
	n = snapshot_table_row(buf, &s, svc, NULL);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "[::]:8080 "));
	assert_non_null(strstr(buf, " * "));
	assert_non_null(strstr(buf, " - "));
	n = snapshot_table_header(buf);
	assert_int_equal(strncmp(buf, "STATE ", 6), 0);
	assert_int_equal(buf[n - 1], '\n');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_diag_v4_listen),
		cmocka_unit_test(test_parse_diag_v6_established),
		cmocka_unit_test(test_parse_diag_states),
		cmocka_unit_test(test_parse_diag_malformed),
		cmocka_unit_test(test_batch_multi_and_done),
		cmocka_unit_test(test_batch_errors),
		cmocka_unit_test(test_batch_dump_intr),
		cmocka_unit_test(test_fd_link),
		cmocka_unit_test(test_stat_ppid),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_json_fields_match_live_events),
		cmocka_unit_test(test_json_values),
		cmocka_unit_test(test_table_row),
	};

	return cmocka_run_group_tests(tests, setup_svc, teardown_svc);
}
