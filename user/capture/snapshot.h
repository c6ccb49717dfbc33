/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The sockets that exist right now, read through sock_diag netlink
 * (NETLINK_SOCK_DIAG, inet_diag_req_v2), each with its owning process
 * found through /proc. Sockets opened before a tracer starts are invisible
 * to it; a snapshot fills that hole for `sockwatch snapshot`, the recorder
 * and the report.
 *
 * What is listed, per network namespace of the caller, IPv4 and IPv6:
 *  - TCP in LISTEN and in every connected state (SYN-SENT, SYN-RECV,
 *    ESTABLISHED, FIN-WAIT-1/2, CLOSE-WAIT, LAST-ACK, CLOSING). Not
 *    TIME-WAIT (no process can hold one) and not CLOSE (created or bound
 *    but never listened or connected).
 *  - UDP sockets with a local port: unconnected ("bound") and connected.
 *
 * How ev is filled (as the kernel side fills a live event, see
 * bpf/sockwatch.h), with these differences:
 *  - kind is 0: a snapshot is not an event. Format with snapshot_json() or
 *    snapshot_table_row(), not out_json_event().
 *  - ts_ns is CLOCK_MONOTONIC when the dump was read, like bpf_ktime_get_ns().
 *  - uid is the socket's (sk_uid, from the diag message), known even when
 *    the owner is not.
 *  - cgroup_id is the socket's cgroup (INET_DIAG_CGROUP_ID: where it was
 *    created), 0 when the kernel does not say.
 *  - pid/ppid/comm come from /proc; tid = pid. When several processes hold
 *    the same socket (fork, fd passing) the lowest pid is the owner. A
 *    process that could not be read (another user's, without root), one
 *    outside our pid namespace (not in our /proc), or a socket no process
 *    holds (accept queue, orphaned FIN-WAIT) leaves SW_F_OWNER_KNOWN clear
 *    and pid/ppid/comm zero. pids are as our /proc numbers them.
 *  - role: TCP LISTEN and unconnected UDP are SW_ROLE_LISTENER. SYN-SENT is
 *    OUTBOUND and SYN-RECV INBOUND. Any other connected socket is INBOUND
 *    when its local port is a port this namespace listens on with the same
 *    proto (TCP LISTEN / unconnected UDP), else OUTBOUND. That is a guess:
 *    the kernel does not remember who connected; it is wrong for a client
 *    that happens to bind a local port some listener also uses.
 *  - SW_F_IN_PROGRESS is set for SYN-SENT (the connect has not finished).
 *  - result is 0.
 */
#ifndef SOCKWATCH_SNAPSHOT_H
#define SOCKWATCH_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "label/event.h"
#include "output/output.h"

/* A process holding a socket (one of its fds refers to it). */
struct snap_owner {
	uint64_t inode;
	uint32_t pid;
	char comm[SW_COMM_LEN];
};

/* Owners listed per socket in JSON, lowest pids first. */
#define SNAP_OWNERS_MAX 64

struct snap_sock {
	struct sw_event ev;
	uint8_t state;  /* TCP_* (netinet/tcp.h), or 0 for UDP */
	uint64_t inode; /* 0: no process can hold it (request or orphan) */
	/* every process holding it, by pid (the first is ev.pid/ev.comm);
	 * valid during the snapshot_collect() callback */
	const struct snap_owner *owners;
	uint32_t nowners;
};

/*
 * Calls fn for every TCP (LISTEN and connected states) and UDP socket in
 * the current network namespace, IPv4 and IPv6, owner resolved, in
 * snapshot order (see snap_cmp). Returns 0 or -errno with one line in err.
 * A non-zero return from fn stops the walk and is returned as is (err is
 * then not touched).
 */
int snapshot_collect(int (*fn)(void *ctx, const struct snap_sock *s), void *ctx, char *err,
		     size_t errlen);

/* What a snapshot saw, for callers that want to say why owners are missing. */
struct snap_stats {
	size_t sockets;      /* handed to fn */
	size_t owned;        /* of those, with SW_F_OWNER_KNOWN */
	size_t procs_denied; /* processes whose fd table could not be read */
	uint64_t elapsed_ns; /* dump + /proc scan, before the first fn call */
};

struct holders_helper;

/* snapshot_collect(), also filling *stats (which may be NULL), with the
 * sockets' holders read by helper (capture/sock_holders.h), or from /proc
 * directly when it is NULL or fails. */
int snapshot_collect_stats(int (*fn)(void *ctx, const struct snap_sock *s), void *ctx,
			   struct snap_stats *stats, struct holders_helper *helper, char *err,
			   size_t errlen);

/* Longest line snapshot_json() or snapshot_table_row() writes, with '\n'. */
/* an event line's fields, state and inode, and SNAP_OWNERS_MAX owners with
 * every comm byte escaped as \u00XX */
#define SNAP_LINE_MAX (OUT_LINE_MAX + 64 + SNAP_OWNERS_MAX * (32 + SW_COMM_LEN * 6))

/*
 * One JSON line (with '\n') for a snapshot socket into buf (SNAP_LINE_MAX
 * bytes), same field names as live events (see out_json_event), with
 * "event":"snapshot" plus "state" ("listen", "established", "bound", ...)
 * and "inode". The identity fields (exe ... host_netns) are written by
 * out_json_ident() from who, as in events. pid, tid, ppid and comm are null when the owner is unknown;
 * raddr and rport are null for listeners and unconnected UDP. Returns the
 * length.
 */
size_t snapshot_json(char *buf, const struct snap_sock *s, const struct services *svc,
		     uint64_t wall_ns, const struct sw_ident *who);

/* Table rows in the columns of `sockwatch tail`, STATE in place of TIME,
 * EVENT and RESULT, plus ROLE. Both write one line with '\n' into buf
 * (SNAP_LINE_MAX bytes) and return its length. */
size_t snapshot_table_header(char *buf);
size_t snapshot_table_row(char *buf, const struct snap_sock *s, const struct services *svc,
			  const struct sw_ident *who);

/* "listen", "established", "syn-sent", ... for TCP; "bound" (unconnected)
 * or "connected" for UDP. */
const char *snap_state_name(const struct snap_sock *s);

/* ---- pure helpers, exposed for the unit tests ------------------------- */

/*
 * Turn one SOCK_DIAG_BY_FAMILY message (nlmsghdr included, len bytes
 * available) into *out: addresses, ports, state, uid, inode, cgroup id,
 * family, proto (taken from the request, since inet_diag_msg has none),
 * netns. Owner and role are left for later. Returns 0, -EBADMSG when the
 * message is short or inconsistent, or 1 for a socket to leave out (a
 * state the snapshot does not list).
 */
int snap_parse_diag(const void *msg, size_t len, uint8_t proto, uint32_t netns,
		    struct snap_sock *out);

/*
 * Walk one netlink datagram of a dump reply. Calls fn for each
 * SOCK_DIAG_BY_FAMILY message with sequence number seq (others are
 * skipped). Returns 0 to read on, 1 at NLMSG_DONE, a negative errno from
 * NLMSG_ERROR (or an error NLMSG_DONE carries) or -EBADMSG for a malformed
 * datagram, or what fn returned if that was non-zero. Sets *intr when the
 * kernel flagged the dump as inconsistent (NLM_F_DUMP_INTR: read it to the
 * end, then dump again).
 */
int snap_parse_batch(const void *buf, size_t len, uint32_t seq,
		     int (*fn)(void *ctx, const void *msg, size_t len), void *ctx,
		     bool *intr);

/* "socket:[12345]" → 12345. 0 ok, -1 for any other link text. */
int snap_parse_fd_link(const char *link, size_t n, uint64_t *inode);

/* The ppid field of /proc/PID/stat text (comm may hold spaces and ')').
 * 0 ok, -1 malformed. */
int snap_parse_stat_ppid(const char *stat, size_t n, uint32_t *ppid);

/* Sets role for every socket of v (see the top of this file). */
void snap_assign_roles(struct snap_sock *v, size_t n);

/* Snapshot order: TCP listeners and unconnected UDP first; then proto
 * (tcp, udp), labeled port (the "port" field: both ends of a local
 * connection sort together), local port, family, local address, remote
 * port, remote address, state, inode. Needs roles set. qsort-compatible. */
int snap_cmp(const void *a, const void *b);

#endif
