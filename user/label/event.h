/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The userspace view of one socket event: the raw kernel record plus what
 * labeling adds. Table, JSON and the recorder all format from this, so
 * every output agrees on names, the labeled port and the error.
 */
#ifndef SOCKWATCH_EVENT_H
#define SOCKWATCH_EVENT_H

#include <linux/types.h>
#include <stdbool.h>
#include <stdint.h>

#include "sockwatch.h"
#include "label/labels.h"

struct sw_labeled {
	const struct sw_event *ev;
	uint64_t wall_ns;        /* CLOCK_REALTIME, nanoseconds */
	unsigned port;           /* the port the socket is labeled by */
	enum port_class class;
	const char *service;     /* NULL: no known service */
};

const char *sw_kind_name(unsigned kind);
int sw_kind_parse(const char *name); /* enum sw_kind, or -1 */
const char *sw_proto_name(unsigned proto);
const char *sw_family_name(unsigned family);
/* "ECONNREFUSED" for -111; NULL for results that are not errors. */
const char *sw_error_name(int result);
/* Address text without port ("127.0.0.1", "::1", "::ffff:10.0.0.1"). */
void sw_addr_str(unsigned family, const uint8_t addr[SW_ADDR_LEN], char *buf, size_t len);

/* Attach labels to a raw event. */
void sw_label(struct sw_labeled *out, const struct sw_event *ev, uint64_t wall_ns,
	      const struct services *svc);

/*
 * Kernel timestamps are CLOCK_MONOTONIC; events are shown in wall time.
 * The offset is refreshed now and then so a stepped clock is followed.
 */
struct sw_clock {
	int64_t offset_ns;
};
void sw_clock_sync(struct sw_clock *c);
uint64_t sw_clock_wall(const struct sw_clock *c, uint64_t mono_ns);

#endif
