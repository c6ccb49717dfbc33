/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The userspace view of one socket event: the raw kernel record plus what
 * labeling adds. Table, JSON and the recorder all format from this, so
 * every output agrees on names, the labeled port and the error.
 */
#ifndef SOCKWATCH_EVENT_H
#define SOCKWATCH_EVENT_H

#include <linux/types.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdint.h>

#include "sockwatch.h"
#include "common/clock.h"
#include "label/labels.h"
#include "label/ident.h"

struct sw_labeled {
	const struct sw_event *ev;
	uint64_t wall_ns;        /* CLOCK_REALTIME, nanoseconds */
	unsigned port;           /* the port the socket is labeled by */
	enum port_class class;
	const char *service;     /* NULL: no known service */
	const struct sw_ident *who; /* exe, args, cgroup...; NULL: not resolved */
};

/* The kind of a snapshot line's socket: a socket that exists, not an event
 * (capture/snapshot.h). Never sent by the kernel: its kinds start at 1. */
#define SW_KIND_SNAPSHOT 0

/*
 * What a line of a record is, by its "event" word: an event (enum sw_kind),
 * a snapshot's socket (SW_KIND_SNAPSHOT), or one of the recorder's control
 * lines (evidence/record.c), numbered after the kinds. One table of the
 * words (event.c) serves every writer and the report's reader.
 */
enum sw_line_kind {
	SW_LINE_RECORD_START = SW_KIND_MAX,
	SW_LINE_RECORD_STOP,
	SW_LINE_DROP,
	SW_LINE_SNAPSHOT_END,
	SW_LINE_SELFTEST,
	SW_LINE_OTHER,       /* a word sockwatch does not write */
};

const char *sw_kind_name(unsigned kind);
/* The "event" word of an event or snapshot line: the kind's name, or
 * "snapshot"; never a control line's word, whatever kind it is given. */
const char *sw_line_name(unsigned kind);
/* The "event" word of a control line (enum sw_line_kind). */
const char *sw_control_name(unsigned kind);
/* The line kind a word names (case matters), or SW_LINE_OTHER. */
unsigned sw_line_parse(const char *word);
/* "outbound", "inbound", "listener"; NULL for SW_ROLE_UNKNOWN. */
const char *sw_role_name(unsigned role);
/* "syscall", "syscall32", "io_uring"; NULL where the kernel acted alone. */
const char *sw_via_name(unsigned via);
int sw_kind_parse(const char *name); /* enum sw_kind, or -1 */
const char *sw_proto_name(unsigned proto);
const char *sw_family_name(unsigned family);
/* "ECONNREFUSED" for -111; NULL for results that are not errors. */
const char *sw_error_name(int result);
/* Address text without port ("127.0.0.1", "::1", "::ffff:10.0.0.1"); "?"
 * for a family that is neither AF_INET nor AF_INET6. */
void sw_addr_str(unsigned family, const uint8_t addr[SW_ADDR_LEN], char *buf, size_t len);

/* pid, tid, ppid and comm are the socket's owner, not a guess. */
static inline bool sw_owner_known(const struct sw_event *e)
{
	return e->flags & SW_F_OWNER_KNOWN;
}

/*
 * Whether cgroup_id names a cgroup. A snapshot reads the socket's own
 * (INET_DIAG_CGROUP_ID); an event's is its owner task's, so it is known
 * only with the owner (else it would be whatever task the kernel was
 * running). 0 never names one. Event and snapshot lines both say null
 * by this one rule.
 */
static inline bool sw_cgroup_known(const struct sw_event *e)
{
	return e->cgroup_id && (e->kind == SW_KIND_SNAPSHOT || sw_owner_known(e));
}

/* Whether the line has a remote end: a connection (connect, accept, or the
 * close or snapshot of a socket that is not a listener), or a datagram's
 * destination (send). An unconnected UDP socket's close has none. */
static inline bool sw_has_remote(const struct sw_event *e)
{
	if (e->kind == SW_CLOSE && e->proto == IPPROTO_UDP && !e->rport)
		return false;
	return e->kind == SW_CONNECT || e->kind == SW_ACCEPT || e->kind == SW_SEND ||
	       ((e->kind == SW_CLOSE || e->kind == SW_KIND_SNAPSHOT) &&
		e->role != SW_ROLE_LISTENER);
}

/* Attach labels to a raw event. */
void sw_label(struct sw_labeled *out, const struct sw_event *ev, uint64_t wall_ns,
	      const struct services *svc);


#endif
