// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Snapshot of the sockets that exist now: four sock_diag dumps (TCP and
 * UDP, IPv4 and IPv6), then one pass over /proc/[pid]/fd to find who holds
 * each socket. See snapshot.h for what is listed and how ev is filled.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/clock.h"
#include "output/escape.h"
#include "output/output.h"
#include "capture/snapshot.h"
#include "capture/sock_holders.h"
#include "label/proc_cache.h"

/* TCP states the snapshot lists; see snapshot.h. */
#define SNAP_TCP_STATES                                                              \
	((1u << TCP_ESTABLISHED) | (1u << TCP_SYN_SENT) | (1u << TCP_SYN_RECV) |     \
	 (1u << TCP_FIN_WAIT1) | (1u << TCP_FIN_WAIT2) | (1u << TCP_CLOSE_WAIT) |    \
	 (1u << TCP_LAST_ACK) | (1u << TCP_LISTEN) | (1u << TCP_CLOSING))
/* UDP sockets use TCP_CLOSE for unconnected and TCP_ESTABLISHED for connected. */
#define SNAP_UDP_STATES ((1u << TCP_CLOSE) | (1u << TCP_ESTABLISHED))

/* Dumps restarted at most this often when the kernel flags them inconsistent. */
#define SNAP_DUMP_TRIES 4
/* The kernel answers a dump at once; this only guards against a hang. */
#define SNAP_RECV_TIMEOUT_S 10

/* ---- names --------------------------------------------------------------- */

static const char *const tcp_state_names[] = {
	[TCP_ESTABLISHED] = "established",
	[TCP_SYN_SENT] = "syn-sent",
	[TCP_SYN_RECV] = "syn-recv",
	[TCP_FIN_WAIT1] = "fin-wait-1",
	[TCP_FIN_WAIT2] = "fin-wait-2",
	[TCP_TIME_WAIT] = "time-wait",
	[TCP_CLOSE] = "close",
	[TCP_CLOSE_WAIT] = "close-wait",
	[TCP_LAST_ACK] = "last-ack",
	[TCP_LISTEN] = "listen",
	[TCP_CLOSING] = "closing",
};

const char *snap_state_name(const struct snap_sock *s)
{
	if (s->ev.proto == IPPROTO_UDP)
		return s->ev.role == SW_ROLE_LISTENER ? "bound" : "connected";
	if (s->state < sizeof(tcp_state_names) / sizeof(tcp_state_names[0]) &&
	    tcp_state_names[s->state])
		return tcp_state_names[s->state];
	return "unknown";
}

/* ---- parsing (pure) ------------------------------------------------------ */

int snap_parse_diag(const void *msg, size_t len, uint8_t proto, uint32_t netns,
		    struct snap_sock *out)
{
	const struct nlmsghdr *h = msg;
	const struct inet_diag_msg *d;
	const unsigned char *a, *end;
	size_t hdr = NLMSG_LENGTH(sizeof(*d));

	if (len < hdr || h->nlmsg_len < hdr || h->nlmsg_len > len)
		return -EBADMSG;
	d = NLMSG_DATA(h);
	if (d->idiag_family != AF_INET && d->idiag_family != AF_INET6)
		return -EBADMSG;
	if (proto == IPPROTO_TCP) {
		if (d->idiag_state >= 32 || !(SNAP_TCP_STATES & (1u << d->idiag_state)))
			return 1;
	} else if (proto == IPPROTO_UDP) {
		if (d->idiag_state != TCP_CLOSE && d->idiag_state != TCP_ESTABLISHED)
			return 1;
	} else {
		return -EBADMSG;
	}

	memset(out, 0, sizeof(*out));
	out->ev.family = d->idiag_family;
	out->ev.proto = proto;
	out->ev.netns = netns;
	out->ev.uid = d->idiag_uid;
	out->ev.lport = ntohs(d->id.idiag_sport);
	out->ev.rport = ntohs(d->id.idiag_dport);
	memcpy(out->ev.laddr, d->id.idiag_src, d->idiag_family == AF_INET ? 4 : 16);
	memcpy(out->ev.raddr, d->id.idiag_dst, d->idiag_family == AF_INET ? 4 : 16);
	out->inode = d->idiag_inode;
	if (proto == IPPROTO_TCP) {
		out->state = d->idiag_state;
		if (out->state == TCP_LISTEN)
			out->ev.role = SW_ROLE_LISTENER;
		else if (out->state == TCP_SYN_SENT)
			out->ev.flags |= SW_F_IN_PROGRESS;
	} else if (d->idiag_state == TCP_CLOSE) {
		out->ev.role = SW_ROLE_LISTENER;
	}

	/* Attributes: each header and payload checked against what is left. */
	a = (const unsigned char *)msg + NLMSG_ALIGN(hdr);
	end = (const unsigned char *)msg + h->nlmsg_len;
	while (a < end && (size_t)(end - a) >= sizeof(struct nlattr)) {
		struct nlattr na;

		memcpy(&na, a, sizeof(na));
		if (na.nla_len < sizeof(na) || na.nla_len > (size_t)(end - a))
			return -EBADMSG;
		if ((na.nla_type & NLA_TYPE_MASK) == INET_DIAG_CGROUP_ID &&
		    na.nla_len >= NLA_HDRLEN + sizeof(uint64_t))
			memcpy(&out->ev.cgroup_id, a + NLA_HDRLEN, sizeof(uint64_t));
		if ((size_t)NLA_ALIGN(na.nla_len) >= (size_t)(end - a))
			break;
		a += NLA_ALIGN(na.nla_len);
	}
	return 0;
}

int snap_parse_batch(const void *buf, size_t len, uint32_t seq,
		     int (*fn)(void *ctx, const void *msg, size_t len), void *ctx,
		     bool *intr)
{
	const unsigned char *p = buf;
	size_t left = len;

	while (left >= sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;
		size_t adv;
		int r;

		memcpy(&h, p, sizeof(h));
		if (h.nlmsg_len < sizeof(h) || h.nlmsg_len > left)
			return -EBADMSG;
		if (h.nlmsg_seq != seq)
			goto next; /* not an answer to this dump */
		if (h.nlmsg_flags & NLM_F_DUMP_INTR)
			*intr = true;
		switch (h.nlmsg_type) {
		case NLMSG_DONE:
			/* may carry the dump's own error as an int */
			if (h.nlmsg_len >= NLMSG_LENGTH(sizeof(int))) {
				int e;

				memcpy(&e, p + NLMSG_HDRLEN, sizeof(e));
				if (e < 0)
					return e >= -4095 ? e : -EPROTO; /* an errno, or junk */
			}
			return 1;
		case NLMSG_ERROR: {
			struct nlmsgerr e;

			if (h.nlmsg_len < NLMSG_LENGTH(sizeof(e)))
				return -EBADMSG;
			memcpy(&e, p + NLMSG_HDRLEN, sizeof(e));
			if (e.error > 0 || e.error < -4095)
				return -EBADMSG;
			if (e.error)
				return e.error;
			break; /* an ack: nothing to do */
		}
		case NLMSG_OVERRUN:
			return -ENOBUFS;
		case SOCK_DIAG_BY_FAMILY:
			r = fn(ctx, p, h.nlmsg_len);
			if (r)
				return r;
			break;
		default:
			break; /* NLMSG_NOOP and anything newer */
		}
next:
		adv = NLMSG_ALIGN(h.nlmsg_len);
		if (adv >= left)
			return 0;
		p += adv;
		left -= adv;
	}
	return left ? -EBADMSG : 0;
}

int snap_parse_fd_link(const char *link, size_t n, uint64_t *inode)
{
	static const char pre[] = "socket:[";
	uint64_t v = 0;
	size_t i = sizeof(pre) - 1;

	if (n < sizeof(pre) + 1 || memcmp(link, pre, sizeof(pre) - 1) || link[n - 1] != ']')
		return -1;
	for (; i < n - 1; i++) {
		unsigned d = (unsigned)(link[i] - '0');

		if (link[i] < '0' || link[i] > '9' || v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*inode = v;
	return 0;
}

int snap_parse_stat_ppid(const char *stat, size_t n, uint32_t *ppid)
{
	const char *rp = NULL, *p, *end = stat + n;
	uint64_t v = 0;

	/* "PID (COMM) S PPID ...": COMM may hold anything, so take the last ')' */
	for (p = stat; p < end; p++)
		if (*p == ')')
			rp = p;
	if (!rp || end - rp < 5 || rp[1] != ' ' || rp[2] == ' ' || rp[3] != ' ')
		return -1;
	p = rp + 4;
	if (p >= end || *p < '0' || *p > '9')
		return -1;
	for (; p < end && *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (uint64_t)(*p - '0');
		if (v > UINT32_MAX)
			return -1;
	}
	if (p < end && *p != ' ' && *p != '\n')
		return -1;
	*ppid = (uint32_t)v;
	return 0;
}

/* ---- roles and order (pure) ---------------------------------------------- */

void snap_assign_roles(struct snap_sock *v, size_t n)
{
	/* one bit per port, per proto, for the ports this namespace serves */
	uint8_t listen_bits[2][65536 / 8];

	memset(listen_bits, 0, sizeof(listen_bits));
	for (size_t i = 0; i < n; i++)
		if (v[i].ev.role == SW_ROLE_LISTENER) {
			unsigned p = v[i].ev.lport;

			listen_bits[v[i].ev.proto == IPPROTO_UDP][p >> 3] |= 1u << (p & 7);
		}
	for (size_t i = 0; i < n; i++) {
		struct sw_event *e = &v[i].ev;
		unsigned p = e->lport;

		if (e->role == SW_ROLE_LISTENER)
			continue;
		if (e->proto == IPPROTO_TCP && v[i].state == TCP_SYN_SENT)
			e->role = SW_ROLE_OUTBOUND;
		else if (e->proto == IPPROTO_TCP && v[i].state == TCP_SYN_RECV)
			e->role = SW_ROLE_INBOUND;
		else if (listen_bits[e->proto == IPPROTO_UDP][p >> 3] & (1u << (p & 7)))
			e->role = SW_ROLE_INBOUND;
		else
			e->role = SW_ROLE_OUTBOUND;
	}
}

#define CMP(x, y) do { if ((x) != (y)) return (x) < (y) ? -1 : 1; } while (0)

int snap_cmp(const void *pa, const void *pb)
{
	const struct snap_sock *a = pa, *b = pb;
	int r;

	CMP(a->ev.role != SW_ROLE_LISTENER, b->ev.role != SW_ROLE_LISTENER);
	CMP(a->ev.proto, b->ev.proto);
	CMP(sw_labeled_port(a->ev.role, a->ev.lport, a->ev.rport),
	    sw_labeled_port(b->ev.role, b->ev.lport, b->ev.rport));
	CMP(a->ev.lport, b->ev.lport);
	CMP(a->ev.family, b->ev.family);
	r = memcmp(a->ev.laddr, b->ev.laddr, SW_ADDR_LEN);
	if (r)
		return r < 0 ? -1 : 1;
	CMP(a->ev.rport, b->ev.rport);
	r = memcmp(a->ev.raddr, b->ev.raddr, SW_ADDR_LEN);
	if (r)
		return r < 0 ? -1 : 1;
	CMP(a->state, b->state);
	CMP(a->inode, b->inode);
	return 0;
}

/* ---- netlink ------------------------------------------------------------- */

struct sockvec {
	struct snap_sock *v;
	size_t n, cap;
	uint8_t proto;   /* of the dump being read */
	uint32_t netns;
	int err;         /* ENOMEM from a push */
};

static int push_diag(void *ctx, const void *msg, size_t len)
{
	struct sockvec *sv = ctx;
	int r;

	if (sv->n == sv->cap) {
		size_t cap = sv->cap ? sv->cap * 2 : 256;
		struct snap_sock *nv = realloc(sv->v, cap * sizeof(*nv));

		if (!nv)
			return -ENOMEM;
		sv->v = nv;
		sv->cap = cap;
	}
	r = snap_parse_diag(msg, len, sv->proto, sv->netns, &sv->v[sv->n]);
	if (r < 0)
		return r;
	if (r == 0)
		sv->n++;
	return 0;
}

struct nlbuf {
	void *buf;
	size_t cap;
};

/* One datagram into nb (grown to fit). Returns its length or -errno. */
static ssize_t nl_recv(int fd, struct nlbuf *nb)
{
	struct sockaddr_nl from;
	struct iovec iov;
	struct msghdr mh;
	ssize_t n;

	for (;;) {
		/* learn the size first so nothing is ever truncated */
		n = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK ? -ETIMEDOUT : -errno;
		if ((size_t)n > nb->cap) {
			void *b = realloc(nb->buf, (size_t)n);

			if (!b)
				return -ENOMEM;
			nb->buf = b;
			nb->cap = (size_t)n;
		}
		iov = (struct iovec){ .iov_base = nb->buf, .iov_len = nb->cap };
		mh = (struct msghdr){ .msg_name = &from, .msg_namelen = sizeof(from),
				      .msg_iov = &iov, .msg_iovlen = 1 };
		n = recvmsg(fd, &mh, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK ? -ETIMEDOUT : -errno;
		if (mh.msg_flags & MSG_TRUNC)
			return -EMSGSIZE;
		if (mh.msg_namelen != sizeof(from) || from.nl_pid != 0)
			continue; /* not from the kernel */
		if (n == 0)
			return -EBADMSG;
		return n;
	}
}

/* One complete dump into sv. Returns 0, 1 to ask for a fresh dump
 * (inconsistent), or -errno. */
static int dump_once(int fd, struct nlbuf *nb, struct sockvec *sv, uint8_t family,
		     uint32_t seq)
{
	struct {
		struct nlmsghdr nlh;
		struct inet_diag_req_v2 r;
	} req;
	struct sockaddr_nl to = { .nl_family = AF_NETLINK };
	bool intr = false;
	ssize_t n;
	int r;

	memset(&req, 0, sizeof(req));
	req.nlh.nlmsg_len = sizeof(req);
	req.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	req.nlh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.nlh.nlmsg_seq = seq;
	req.r.sdiag_family = family;
	req.r.sdiag_protocol = sv->proto;
	req.r.idiag_states = sv->proto == IPPROTO_TCP ? SNAP_TCP_STATES : SNAP_UDP_STATES;
	do
		n = sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&to, sizeof(to));
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	if ((size_t)n != sizeof(req))
		return -EIO;
	for (;;) {
		n = nl_recv(fd, nb);
		if (n < 0)
			return (int)n;
		r = snap_parse_batch(nb->buf, (size_t)n, seq, push_diag, sv, &intr);
		if (r < 0)
			return r;
		if (r == 1)
			return intr ? 1 : 0;
	}
}

static const char *dump_name(uint8_t family, uint8_t proto)
{
	if (proto == IPPROTO_TCP)
		return family == AF_INET ? "TCP/IPv4" : "TCP/IPv6";
	return family == AF_INET ? "UDP/IPv4" : "UDP/IPv6";
}

static int dump_all(struct sockvec *sv, char *err, size_t errlen)
{
	static const struct { uint8_t family, proto; } dumps[] = {
		{ AF_INET, IPPROTO_TCP }, { AF_INET6, IPPROTO_TCP },
		{ AF_INET, IPPROTO_UDP }, { AF_INET6, IPPROTO_UDP },
	};
	struct timeval tv = { .tv_sec = SNAP_RECV_TIMEOUT_S };
	struct nlbuf nb = { NULL, 0 };
	uint32_t seq = (uint32_t)time(NULL);
	int fd, r = 0;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (fd < 0) {
		r = -errno;
		snprintf(err, errlen, "cannot open a sock_diag netlink socket: %s", strerror(-r));
		return r;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	/* 32 KiB is the most the kernel puts in one dump datagram */
	nb.cap = 32768;
	nb.buf = malloc(nb.cap);
	if (!nb.buf) {
		r = -ENOMEM;
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < sizeof(dumps) / sizeof(dumps[0]); i++) {
		size_t start = sv->n;
		int tries = 0;

		sv->proto = dumps[i].proto;
		do {
			sv->n = start; /* a restarted dump replaces its partial result */
			r = dump_once(fd, &nb, sv, dumps[i].family, ++seq);
		} while (r == 1 && ++tries < SNAP_DUMP_TRIES);
		if (r == 1)
			r = -EAGAIN;
		if (r == -ENOENT || r == -EOPNOTSUPP) {
			snprintf(err, errlen, "sock_diag: the kernel cannot list %s sockets "
				 "(%s; is the %s_diag module available?)",
				 dump_name(dumps[i].family, dumps[i].proto), strerror(-r),
				 dumps[i].proto == IPPROTO_TCP ? "tcp" : "udp");
			goto out;
		}
		if (r == -EAGAIN) {
			snprintf(err, errlen, "sock_diag: %s dump kept changing under us; try again",
				 dump_name(dumps[i].family, dumps[i].proto));
			goto out;
		}
		if (r < 0) {
			snprintf(err, errlen, "sock_diag: reading %s sockets failed: %s",
				 dump_name(dumps[i].family, dumps[i].proto), strerror(-r));
			goto out;
		}
	}
out:
	free(nb.buf);
	close(fd);
	return r;
}

/* ---- owners from /proc --------------------------------------------------- */

/* Open-addressing table: socket inode -> index into the vector. */
struct inotab {
	uint32_t *slot; /* index + 1; 0 empty */
	size_t mask;
	const struct snap_sock *v;
};

static size_t ino_hash(uint64_t ino, size_t mask)
{
	ino ^= ino >> 33;
	ino *= 0xff51afd7ed558ccdull;
	ino ^= ino >> 33;
	return (size_t)ino & mask;
}

/* Index of the socket with this inode, or SIZE_MAX. */
static size_t inotab_find(const struct inotab *t, uint64_t ino)
{
	for (size_t h = ino_hash(ino, t->mask);; h = (h + 1) & t->mask) {
		uint32_t s = t->slot[h];

		if (!s)
			return SIZE_MAX;
		if (t->v[s - 1].inode == ino)
			return s - 1;
	}
}

/*
 * Build the table; a socket listed twice (it moved while the dump ran) is
 * dropped here, keeping the first. Compacts v and returns the new count,
 * or SIZE_MAX on ENOMEM.
 */
static size_t inotab_build(struct inotab *t, struct snap_sock *v, size_t n)
{
	size_t size = 16, out = 0;

	while (size < 2 * n)
		size <<= 1;
	t->slot = calloc(size, sizeof(*t->slot));
	if (!t->slot)
		return SIZE_MAX;
	t->mask = size - 1;
	t->v = v;
	for (size_t i = 0; i < n; i++) {
		uint64_t ino = v[i].inode;
		size_t h;

		if (ino) {
			for (h = ino_hash(ino, t->mask); t->slot[h]; h = (h + 1) & t->mask)
				if (v[t->slot[h] - 1].inode == ino)
					break;
			if (t->slot[h])
				continue; /* duplicate */
			t->slot[h] = (uint32_t)out + 1;
		}
		if (out != i)
			v[out] = v[i];
		out++;
	}
	return out;
}

/* Small whole-file read relative to dirfd; returns bytes read or -1. */
static ssize_t read_small(int dirfd, const char *name, char *buf, size_t cap)
{
	int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC);
	size_t got = 0;

	if (fd < 0)
		return -1;
	while (got < cap) {
		ssize_t n = read(fd, buf + got, cap - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	return (ssize_t)got;
}

struct procinfo {
	char comm[SW_COMM_LEN];
	char pcomm[SW_COMM_LEN];
	uint32_t ppid;
	uint32_t start;
};

/* /proc/PID/comm into a zero-padded comm; -1 when unreadable. */
static int read_comm(int piddir, char comm[SW_COMM_LEN])
{
	char buf[64];
	ssize_t n;

	/* the kernel writes the raw name then "\n"; the name may hold "\n" too */
	n = read_small(piddir, "comm", buf, sizeof(buf));
	if (n <= 0)
		return -1;
	if (buf[n - 1] == '\n')
		n--;
	if (n > SW_COMM_LEN - 1)
		n = SW_COMM_LEN - 1;
	memset(comm, 0, SW_COMM_LEN);
	memcpy(comm, buf, (size_t)n);
	return 0;
}

static int read_procinfo(int piddir, struct procinfo *pi)
{
	char buf[512];
	uint64_t starttime;
	ssize_t n;
	int pdir;

	if (read_comm(piddir, pi->comm))
		return -1;
	n = read_small(piddir, "stat", buf, sizeof(buf));
	if (n <= 0 || proc_parse_stat(buf, (size_t)n, &pi->ppid, &starttime))
		return -1;
	/* the key of the process's image in the cache (label/proc_cache.h) */
	pi->start = proc_start_from_stat(starttime);
	memset(pi->pcomm, 0, sizeof(pi->pcomm));
	snprintf(buf, sizeof(buf), "../%u", pi->ppid);
	pdir = pi->ppid ? openat(piddir, buf, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (pdir >= 0) {
		read_comm(pdir, pi->pcomm);
		close(pdir);
	}
	return 0;
}

/* One pass over /proc/[pid]/fd: every socket fd whose inode is in t gives
 * that socket its owner (the lowest pid when several hold it). */
/* Every (socket, process) pair seen, for owners[]. */
struct ownervec {
	struct snap_owner *v;
	size_t n, cap;
};

static void owner_push(struct ownervec *ov, uint64_t ino, uint32_t pid, const char *comm)
{
	if (ov->n == ov->cap) {
		size_t cap = ov->cap ? ov->cap * 2 : 256;
		struct snap_owner *nv = realloc(ov->v, cap * sizeof(*nv));

		if (!nv)
			return; /* owners[] then lists fewer: pid/comm stay right */
		ov->v = nv;
		ov->cap = cap;
	}
	ov->v[ov->n].inode = ino;
	ov->v[ov->n].pid = pid;
	memcpy(ov->v[ov->n].comm, comm, SW_COMM_LEN);
	ov->n++;
}

static int owner_cmp(const void *a, const void *b)
{
	const struct snap_owner *x = a, *y = b;

	if (x->inode != y->inode)
		return x->inode < y->inode ? -1 : 1;
	return x->pid < y->pid ? -1 : x->pid > y->pid;
}

/* Sort the pairs and point each socket at its own, one per process. */
static void attach_owners(struct ownervec *ov, struct snap_sock *v, size_t n)
{
	size_t w = 0;

	if (!ov->n)
		return;
	qsort(ov->v, ov->n, sizeof(*ov->v), owner_cmp);
	for (size_t i = 0; i < ov->n; i++) /* a process with two fds is one owner */
		if (!w || ov->v[w - 1].inode != ov->v[i].inode || ov->v[w - 1].pid != ov->v[i].pid)
			ov->v[w++] = ov->v[i];
	ov->n = w;
	for (size_t i = 0; i < n; i++) {
		size_t lo = 0, hi = ov->n;

		if (!v[i].inode)
			continue;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (ov->v[mid].inode < v[i].inode)
				lo = mid + 1;
			else
				hi = mid;
		}
		v[i].owners = &ov->v[lo];
		while (lo < ov->n && ov->v[lo].inode == v[i].inode) {
			v[i].nowners++;
			lo++;
		}
		if (!v[i].nowners)
			v[i].owners = NULL;
	}
}

static bool inotab_has(const void *ctx, uint64_t inode)
{
	return inotab_find(ctx, inode) != SIZE_MAX;
}

/* The holders of the sockets in t, from the helper when there is one (a
 * record that gave its capabilities up), else from /proc directly. */
static void resolve_owners(const struct inotab *t, struct snap_sock *v, size_t *denied,
			   struct ownervec *ov, struct holders_helper *helper)
{
	struct holders h = { 0 };
	struct procinfo pi;
	int have_info = 0; /* for h.v[k].pid: 0 not read, 1 ok, -1 unreadable */
	int piddir;
	char name[16];

	if (!helper || holders_helper_read(helper, &h)) {
		holders_free(&h);
		holders_read(&h, inotab_has, t);
	}
	*denied = h.denied;
	for (size_t k = 0; k < h.n; k++) {
		uint32_t pid = h.v[k].pid;
		uint64_t ino = h.v[k].inode;
		size_t i = inotab_find(t, ino);

		if (k && pid != h.v[k - 1].pid)
			have_info = 0;
		if (i == SIZE_MAX || have_info < 0)
			continue;
		if (!have_info) {
			/* stat and comm are anyone's to read: no capability */
			snprintf(name, sizeof(name), "/proc/%u", pid);
			piddir = open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			have_info = piddir >= 0 && !read_procinfo(piddir, &pi) ? 1 : -1;
			if (piddir >= 0)
				close(piddir);
			if (have_info < 0)
				continue; /* exited meanwhile */
		}
		struct sw_event *e = &v[i].ev;

		owner_push(ov, ino, pid, pi.comm);
		if ((e->flags & SW_F_OWNER_KNOWN) && e->pid <= pid)
			continue;
		e->pid = pid;
		e->tid = pid;
		e->ppid = pi.ppid;
		e->start = pi.start;
		memcpy(e->comm, pi.comm, sizeof(e->comm));
		memcpy(e->pcomm, pi.pcomm, sizeof(e->pcomm));
		e->flags |= SW_F_OWNER_KNOWN;
	}
	holders_free(&h);
}

/* ---- collect ------------------------------------------------------------- */

static uint32_t netns_inode(void)
{
	struct stat st;

	return stat("/proc/self/ns/net", &st) ? 0 : (uint32_t)st.st_ino;
}

int snapshot_collect_stats(int (*fn)(void *ctx, const struct snap_sock *s), void *ctx,
			   struct snap_stats *stats, struct holders_helper *helper, char *err,
			   size_t errlen)
{
	struct sockvec sv = { .netns = netns_inode() };
	struct ownervec ov = { 0 };
	struct snap_stats st = { 0 };
	struct inotab t = { 0 };
	uint64_t t0 = clock_mono_ns(), now;
	size_t n;
	int r;

	r = dump_all(&sv, err, errlen);
	if (r)
		goto out;
	now = clock_mono_ns();
	for (size_t i = 0; i < sv.n; i++)
		sv.v[i].ev.ts_ns = now;
	n = inotab_build(&t, sv.v, sv.n);
	if (n == SIZE_MAX) {
		r = -ENOMEM;
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	sv.n = n;
	resolve_owners(&t, sv.v, &st.procs_denied, &ov, helper);
	snap_assign_roles(sv.v, sv.n);
	if (sv.n)
		qsort(sv.v, sv.n, sizeof(*sv.v), snap_cmp);
	attach_owners(&ov, sv.v, sv.n);
	st.elapsed_ns = clock_mono_ns() - t0;
	for (size_t i = 0; i < sv.n; i++) {
		st.sockets++;
		if (sv.v[i].ev.flags & SW_F_OWNER_KNOWN)
			st.owned++;
		r = fn(ctx, &sv.v[i]);
		if (r)
			break;
	}
out:
	if (stats)
		*stats = st;
	free(t.slot);
	free(sv.v);
	free(ov.v);
	return r;
}

int snapshot_collect(int (*fn)(void *ctx, const struct snap_sock *s), void *ctx, char *err,
		     size_t errlen)
{
	return snapshot_collect_stats(fn, ctx, NULL, NULL, err, errlen);
}

/* ---- output -------------------------------------------------------------- */


/* "127.0.0.1:80", "[::1]:80" as ss writes them; "*" for no address. */
static void endpoint(char *buf, size_t len, unsigned family, const uint8_t *addr,
		     unsigned port, int have)
{
	char a[INET6_ADDRSTRLEN];

	if (!have) {
		snprintf(buf, len, "*");
		return;
	}
	sw_addr_str(family, addr, a, sizeof(a));
	snprintf(buf, len, family == AF_INET6 ? "[%s]:%u" : "%s:%u", a, port);
}

size_t snapshot_json(char *buf, const struct snap_sock *s, const struct services *svc,
		     uint64_t wall_ns, const struct sw_ident *who)
{
	const struct sw_event *e = &s->ev;
	/* a snapshot's sockets share one timestamp: format its second once */
	static __thread struct clock_cache tc_ = { .sec = -1 };
	struct clock_cache *tc = &tc_;
	struct sw_labeled l;
	char *p = buf, *first;

	_Static_assert(SNAP_LINE_MAX >= OUT_LINE_MAX, "a snapshot line holds an event line");
	sw_label(&l, e, wall_ns, svc);
	l.who = who;
	*p++ = '{';
	p = out_json_fields(p, &l, tc);
	first = NULL;
	SW_SNAPSHOT_FIELDS(OUT_JSON_FIELD)
	/* every process holding it, as ss -p lists them; an array, so
	 * written here rather than as a row of fields.h */
	p = JWC_LIT(p, ",\"owners\":[");
	for (uint32_t i = 0; i < s->nowners && i < SNAP_OWNERS_MAX; i++) {
		if (i)
			*p++ = ',';
		p = JWC_LIT(p, "{\"pid\":");
		p = jwc_u64(p, s->owners[i].pid);
		p = JWC_LIT(p, ",\"comm\":");
		p = OUT_JSON_PUT_COMM(p, s->owners[i].comm);
		*p++ = '}';
	}
	*p++ = ']';
	*p++ = '}';
	*p++ = '\n';
	return (size_t)(p - buf);
}

#define SNAP_TABLE_FMT "%-11s %7s %5s %-16s %-5s %-23s %-23s %5s %-10s %-14s %-8s %s\n"

size_t snapshot_table_header(char *buf)
{
	int n = snprintf(buf, SNAP_LINE_MAX, SNAP_TABLE_FMT, "STATE", "PID", "UID", "COMM",
			 "PROTO", "LOCAL", "REMOTE", "PORT", "CLASS", "SERVICE", "ROLE", "WHO");

	return n < 0 ? 0 : (size_t)n;
}

size_t snapshot_table_row(char *buf, const struct snap_sock *s, const struct services *svc,
			  const struct sw_ident *who)
{
	const struct sw_event *e = &s->ev;
	char comm[SW_COMM_LEN * ESC_TABLE_MAX + 1], service[SERVICES_NAME_MAX * ESC_TABLE_MAX + 1];
	char pid[12], uid[12], port[8], local[64], remote[64];
	char whotext[SNAP_LINE_MAX / 2];
	const char *role = sw_role_name(e->role);
	struct sw_labeled l;
	int n;

	sw_label(&l, e, 0, svc);
	if (e->flags & SW_F_OWNER_KNOWN) {
		snprintf(pid, sizeof(pid), "%u", e->pid);
		esc_table(comm, sizeof(comm), e->comm, strnlen(e->comm, SW_COMM_LEN));
	} else {
		snprintf(pid, sizeof(pid), "-");
		snprintf(comm, sizeof(comm), "-");
	}
	if (l.service)
		esc_table(service, sizeof(service), l.service, strlen(l.service));
	else
		snprintf(service, sizeof(service), "-");
	*out_table_who(whotext, e, who) = '\0';
	snprintf(uid, sizeof(uid), "%u", e->uid);
	snprintf(port, sizeof(port), "%u", l.port);
	endpoint(local, sizeof(local), e->family, e->laddr, e->lport, 1);
	endpoint(remote, sizeof(remote), e->family, e->raddr, e->rport, sw_has_remote(e));
	n = snprintf(buf, SNAP_LINE_MAX, SNAP_TABLE_FMT, snap_state_name(s), pid, uid, comm,
		     sw_proto_name(e->proto), local, remote, port, port_class_name(l.class),
		     service, role ? role : "-", whotext);
	if (n < 0)
		return 0;
	return (size_t)n < SNAP_LINE_MAX ? (size_t)n : SNAP_LINE_MAX - 1;
}
