/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: the pure parsers of user/capture/snapshot.c, which read what
 * the kernel (sock_diag netlink) and /proc hand over.
 *
 * Input layout:
 *   byte 0      bit 0: proto of the dump (TCP, else UDP; bits 1-2 == 3
 *               gives an invalid proto), bits 3-7: the sequence number's
 *               low byte
 *   byte 1      length L of a /proc text part (at most the rest)
 *   next L      fed to snap_parse_fd_link() and snap_parse_stat_ppid()
 *   the rest    one netlink datagram for snap_parse_batch(), copied into
 *               an aligned buffer of exactly its size, as recv() fills
 *               one
 * Every SOCK_DIAG_BY_FAMILY message the batch hands over goes through
 * snap_parse_diag(); what it accepts gets an owner made of input bytes,
 * then snap_assign_roles(), qsort() with snap_cmp() (checked to be a
 * consistent order), and snapshot_json() / snapshot_table_row(), whose
 * lines must be one valid JSON object (json-c, strict, UTF-8 checked) and
 * one printable ASCII row.
 *
 * The parsers are checked against what snapshot.h promises: addresses,
 * ports and attributes read back from the message; the batch walk never
 * hands over a message that does not fit or is not the dump's; fd links
 * and stat lines against small models.
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the snapf_ prefix).
 *
 * fuzz-args: -max_len=16384
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <json-c/json.h>

#include "fuzz_common.h"
#include "label/event.h"
#include "label/labels.h"
#include "capture/snapshot.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

#define SNAPF_MAX_SOCKS 256

struct snapf_ctx {
	const unsigned char *buf; /* the datagram */
	size_t len;
	uint32_t seq;
	uint8_t proto;
	struct snap_sock socks[SNAPF_MAX_SOCKS];
	size_t n;
	const uint8_t *owner; /* bytes for owners */
	size_t owner_len;
	unsigned calls;
};

/* ---- one diag message ------------------------------------------------------ */

static void snapf_check_diag(struct snapf_ctx *c, const void *msg, size_t len, int rc,
			     const struct snap_sock *s)
{
	const struct nlmsghdr *h = msg;
	const struct inet_diag_msg *d = NLMSG_DATA(h);
	size_t alen;

	if (rc != 0 && rc != 1 && rc != -EBADMSG)
		FUZZ_FAIL("snap_parse_diag returned %d", rc);
	if (rc)
		return;
	if (len < NLMSG_LENGTH(sizeof(*d)) || h->nlmsg_len > len)
		FUZZ_FAIL("snap_parse_diag accepted a message of %u in %zu bytes", h->nlmsg_len,
			  len);
	if (s->ev.family != AF_INET && s->ev.family != AF_INET6)
		FUZZ_FAIL("family %u accepted", s->ev.family);
	if (s->ev.proto != c->proto)
		FUZZ_FAIL("proto %u, the dump's is %u", s->ev.proto, c->proto);
	if (s->ev.lport != ntohs(d->id.idiag_sport) || s->ev.rport != ntohs(d->id.idiag_dport))
		FUZZ_FAIL("ports do not read back");
	if (s->ev.uid != d->idiag_uid || s->inode != d->idiag_inode)
		FUZZ_FAIL("uid or inode does not read back");
	alen = s->ev.family == AF_INET ? 4 : 16;
	if (memcmp(s->ev.laddr, d->id.idiag_src, alen) ||
	    memcmp(s->ev.raddr, d->id.idiag_dst, alen))
		FUZZ_FAIL("addresses do not read back");
	for (size_t i = alen; i < SW_ADDR_LEN; i++)
		if (s->ev.laddr[i] || s->ev.raddr[i])
			FUZZ_FAIL("IPv4 address with bytes past the fourth");
	if (s->ev.flags & SW_F_OWNER_KNOWN || s->ev.pid || s->ev.comm[0])
		FUZZ_FAIL("owner set by the parser");
	if (c->proto == IPPROTO_TCP) {
		switch (s->state) {
		case TCP_ESTABLISHED: case TCP_SYN_SENT: case TCP_SYN_RECV:
		case TCP_FIN_WAIT1: case TCP_FIN_WAIT2: case TCP_CLOSE_WAIT:
		case TCP_LAST_ACK: case TCP_LISTEN: case TCP_CLOSING:
			break;
		default:
			FUZZ_FAIL("TCP state %u accepted", s->state);
		}
		if (s->state != d->idiag_state)
			FUZZ_FAIL("TCP state %u read as %u", d->idiag_state, s->state);
		if ((s->ev.role == SW_ROLE_LISTENER) != (s->state == TCP_LISTEN))
			FUZZ_FAIL("listener role and state %u disagree", s->state);
		if (!!(s->ev.flags & SW_F_IN_PROGRESS) != (s->state == TCP_SYN_SENT))
			FUZZ_FAIL("in-progress flag and state %u disagree", s->state);
	} else {
		if (d->idiag_state != TCP_CLOSE && d->idiag_state != TCP_ESTABLISHED)
			FUZZ_FAIL("UDP state %u accepted", d->idiag_state);
		if ((s->ev.role == SW_ROLE_LISTENER) != (d->idiag_state == TCP_CLOSE))
			FUZZ_FAIL("UDP role and state %u disagree", d->idiag_state);
	}

	/* The cgroup id: the last well-formed INET_DIAG_CGROUP_ID attribute
	 * before anything malformed, walked the way netlink lays them out. */
	{
		const unsigned char *a = (const unsigned char *)msg +
					 NLMSG_ALIGN(NLMSG_LENGTH(sizeof(*d)));
		const unsigned char *end = (const unsigned char *)msg + h->nlmsg_len;
		uint64_t want = 0;

		while (a + NLA_HDRLEN <= end) {
			struct nlattr na;

			memcpy(&na, a, sizeof(na));
			if (na.nla_len < NLA_HDRLEN || a + na.nla_len > end)
				break;
			if ((na.nla_type & NLA_TYPE_MASK) == INET_DIAG_CGROUP_ID &&
			    na.nla_len >= NLA_HDRLEN + 8)
				memcpy(&want, a + NLA_HDRLEN, 8);
			a += NLA_ALIGN(na.nla_len);
		}
		if (s->ev.cgroup_id != want)
			FUZZ_FAIL("cgroup_id %llu, the attributes say %llu",
				  (unsigned long long)s->ev.cgroup_id, (unsigned long long)want);
	}
}

static int snapf_on_msg(void *ctx, const void *msg, size_t len)
{
	struct snapf_ctx *c = ctx;
	const unsigned char *m = msg;
	struct nlmsghdr h;
	struct snap_sock s;
	int rc;

	c->calls++;
	/* the batch walk hands over whole messages of this dump, in the buffer */
	if (m < c->buf || m + len > c->buf + c->len || len < sizeof(h))
		FUZZ_FAIL("batch handed over %zu bytes at offset %td of %zu", len, m - c->buf,
			  c->len);
	if ((size_t)(m - c->buf) % NLMSG_ALIGNTO)
		FUZZ_FAIL("batch handed over an unaligned message");
	memcpy(&h, m, sizeof(h));
	if (h.nlmsg_len != len || h.nlmsg_type != SOCK_DIAG_BY_FAMILY || h.nlmsg_seq != c->seq)
		FUZZ_FAIL("batch handed over type %u seq %u len %u (%zu)", h.nlmsg_type,
			  h.nlmsg_seq, h.nlmsg_len, len);

	memset(&s, 0x5a, sizeof(s));
	rc = snap_parse_diag(msg, len, c->proto, 4026531840u, &s);
	snapf_check_diag(c, msg, len, rc, &s);
	if (rc == 0 && c->n < SNAPF_MAX_SOCKS) {
		/* an owner, as resolve_owners() would set one, from input bytes */
		if (c->owner_len >= 1 && (c->owner[0] & 1)) {
			s.ev.flags |= SW_F_OWNER_KNOWN;
			s.ev.pid = s.ev.tid = (uint32_t)c->n * 7919u + c->owner[0];
			memcpy(s.ev.comm, c->owner + 1,
			       c->owner_len - 1 < SW_COMM_LEN ? c->owner_len - 1 : SW_COMM_LEN);
		}
		c->socks[c->n++] = s;
	}
	/* a non-zero return from fn stops the walk and comes back as is */
	return c->calls == 200 ? 42 : 0;
}

/* ---- the formats -------------------------------------------------------------- */

static void snapf_line(const char *what, const char *buf, size_t n, bool ascii)
{
	if (n == 0 || n >= SNAP_LINE_MAX || buf[n - 1] != '\n')
		FUZZ_FAIL("%s: line of %zu bytes, or not ending in '\\n'", what, n);
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned char c = (unsigned char)buf[i];

		if (c < 0x20 || c == 0x7f || (ascii && c > 0x7e))
			FUZZ_FAIL("%s: byte 0x%02x at %zu: %.*s", what, c, i, (int)n, buf);
	}
}

static struct services *snapf_svc;

static void snapf_format(const struct snap_sock *s, uint64_t wall_ns)
{
	char *buf = malloc(SNAP_LINE_MAX);
	json_tokener *tok = json_tokener_new();
	json_object *o, *v;
	size_t n;

	if (!buf || !tok)
		FUZZ_FAIL("malloc");
	n = snapshot_json(buf, s, snapf_svc, wall_ns, NULL);
	snapf_line("snapshot_json", buf, n, false);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, buf, (int)(n - 1));
	if (!o || json_tokener_get_parse_end(tok) != n - 1 ||
	    !json_object_is_type(o, json_type_object))
		FUZZ_FAIL("snapshot_json is not one JSON object: %.*s", (int)n, buf);
	if (!json_object_object_get_ex(o, "inode", &v) ||
	    json_object_get_uint64(v) != s->inode)
		FUZZ_FAIL("snapshot_json inode does not read back: %.*s", (int)n, buf);
	if (!json_object_object_get_ex(o, "lport", &v) || json_object_get_int(v) != s->ev.lport)
		FUZZ_FAIL("snapshot_json lport does not read back");
	json_object_put(o);
	json_tokener_free(tok);

	n = snapshot_table_row(buf, s, snapf_svc, NULL);
	snapf_line("snapshot_table_row", buf, n, true);
	free(buf);
}

/* ---- /proc text ----------------------------------------------------------------- */

static void snapf_proc(const uint8_t *p, size_t n)
{
	char *t = malloc(n ? n : 1);
	uint64_t ino = 777, want_ino = 0;
	uint32_t ppid = 777;
	bool ok;
	int rc;

	if (!t)
		return;
	memcpy(t, p, n);

	/* "socket:[DIGITS]" exactly, the number fitting 64 bits */
	ok = n > 9 && !memcmp(t, "socket:[", 8) && t[n - 1] == ']';
	for (size_t i = 8; ok && i < n - 1; i++) {
		unsigned d = (unsigned)(t[i] - '0');

		if (t[i] < '0' || t[i] > '9' || want_ino > (UINT64_MAX - d) / 10)
			ok = false;
		else
			want_ino = want_ino * 10 + d;
	}
	rc = snap_parse_fd_link(t, n, &ino);
	if ((rc == 0) != ok || (rc && rc != -1))
		FUZZ_FAIL("snap_parse_fd_link('%.*s') = %d", (int)n, t, rc);
	if (rc == 0 && ino != want_ino)
		FUZZ_FAIL("snap_parse_fd_link('%.*s') = %llu", (int)n, t, (unsigned long long)ino);
	if (rc && ino != 777)
		FUZZ_FAIL("snap_parse_fd_link wrote its output on failure");

	/* "PID (COMM) S PPID ...": after the last ')', " S ", then digits that
	 * fit 32 bits, then a space, a newline or the end */
	{
		const char *rp = NULL;
		uint64_t v = 0;

		for (size_t i = 0; i < n; i++)
			if (t[i] == ')')
				rp = t + i;
		ok = rp && (size_t)(t + n - rp) >= 5 && rp[1] == ' ' && rp[2] != ' ' && rp[3] == ' ';
		if (ok) {
			const char *q = rp + 4, *end = t + n;

			ok = q < end && *q >= '0' && *q <= '9';
			for (; ok && q < end && *q >= '0' && *q <= '9'; q++) {
				v = v * 10 + (uint64_t)(*q - '0');
				if (v > UINT32_MAX)
					ok = false;
			}
			if (ok && q < end && *q != ' ' && *q != '\n')
				ok = false;
		}
		rc = snap_parse_stat_ppid(t, n, &ppid);
		if ((rc == 0) != ok || (rc && rc != -1))
			FUZZ_FAIL("snap_parse_stat_ppid('%.*s') = %d", (int)n, t, rc);
		if (rc == 0 && ppid != v)
			FUZZ_FAIL("snap_parse_stat_ppid('%.*s') = %u", (int)n, t, ppid);
	}
	free(t);
}

/* ---- entry ------------------------------------------------------------------------ */

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	struct snapf_ctx *c;
	size_t plen;
	void *dgram;
	bool intr = false;
	int rc;

	if (size < 2)
		return 0;
	if (!snapf_svc) {
		snapf_svc = services_new();
		if (!snapf_svc)
			FUZZ_FAIL("services_new");
	}
	c = calloc(1, sizeof(*c));
	if (!c)
		return 0;
	c->proto = (data[0] & 6) == 6 ? 99 : (data[0] & 1) ? IPPROTO_TCP : IPPROTO_UDP;
	c->seq = 0x5eed0000u | (data[0] >> 3);
	plen = data[1] < size - 2 ? data[1] : size - 2;
	snapf_proc(data + 2, plen);
	c->owner = data + 2;
	c->owner_len = plen;

	c->len = size - 2 - plen;
	/* exactly the datagram's size, so ASan sees any read past it; malloc
	 * aligns as recv()'s buffer is */
	dgram = malloc(c->len ? c->len : 1);
	if (!dgram) {
		free(c);
		return 0;
	}
	memcpy(dgram, data + 2 + plen, c->len);
	c->buf = dgram;

	rc = snap_parse_batch(dgram, c->len, c->seq, snapf_on_msg, c, &intr);
	if (c->calls == 200 && rc != 42)
		FUZZ_FAIL("snap_parse_batch returned %d, not what fn returned", rc);
	/* a negative errno: what callers hand to strerror(-rc). Building with
	 * FUZZ_CFLAGS=-DSNAPF_DONE_ANY_INT accepts any negative int, which is
	 * what an NLMSG_DONE carrying garbage gave when this was written. */
#ifdef SNAPF_DONE_ANY_INT
	if (rc != 42 && rc != 0 && rc != 1 && rc >= 0)
#else
	if (rc != 42 && rc != 0 && rc != 1 && !(rc < 0 && rc >= -4095))
#endif
		FUZZ_FAIL("snap_parse_batch returned %d", rc);

	/* direct: the whole datagram as one message, for each proto */
	if (c->len >= sizeof(struct nlmsghdr)) {
		struct snap_sock s;
		uint8_t save = c->proto;

		c->proto = IPPROTO_TCP;
		snapf_check_diag(c, dgram, c->len,
				 snap_parse_diag(dgram, c->len, IPPROTO_TCP, 1, &s), &s);
		c->proto = IPPROTO_UDP;
		snapf_check_diag(c, dgram, c->len,
				 snap_parse_diag(dgram, c->len, IPPROTO_UDP, 1, &s), &s);
		if (snap_parse_diag(dgram, c->len, 0, 1, &s) != -EBADMSG)
			FUZZ_FAIL("snap_parse_diag accepted proto 0");
		c->proto = save;
	}

	if (c->n) {
		snap_assign_roles(c->socks, c->n);
		for (size_t i = 0; i < c->n; i++)
			if (c->socks[i].ev.role < SW_ROLE_OUTBOUND ||
			    c->socks[i].ev.role > SW_ROLE_LISTENER)
				FUZZ_FAIL("role %u after snap_assign_roles", c->socks[i].ev.role);
		qsort(c->socks, c->n, sizeof(c->socks[0]), snap_cmp);
		for (size_t i = 0; i + 1 < c->n; i++) {
			int ab = snap_cmp(&c->socks[i], &c->socks[i + 1]);
			int ba = snap_cmp(&c->socks[i + 1], &c->socks[i]);

			if (ab > 0 || ab != -ba || snap_cmp(&c->socks[i], &c->socks[i]))
				FUZZ_FAIL("snap_cmp is not a consistent order at %zu", i);
		}
		for (size_t i = 0; i < c->n && i < 16; i++) {
			uint64_t wall = 0;

			memcpy(&wall, data, size < 8 ? size : 8);
			snapf_format(&c->socks[i], wall);
		}
	}
	free(dgram);
	free(c);
	return 0;
}
