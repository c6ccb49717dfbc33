/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Port labeling: the RFC 6335 port class and the IANA service name of a
 * port, with optional services(5) overlays on top of the embedded registry.
 */
#ifndef SOCKWATCH_LABELS_H
#define SOCKWATCH_LABELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum port_class { PORT_WELL_KNOWN = 0, PORT_REGISTERED = 1, PORT_DYNAMIC = 2 };
#define PORT_CLASS_COUNT 3

/* 0-1023, 1024-49151, 49152-65535 (RFC 6335). Values above 65535 are not
 * ports, but they classify as dynamic rather than needing an error path. */
enum port_class port_class_of(unsigned port);
/* "well-known", "registered", "dynamic"; "unknown" for a value outside the
 * enum so a corrupt value can still be printed safely. */
const char *port_class_name(enum port_class c);
/* Case-insensitive inverse of port_class_name(). 0 ok, -1 unknown name
 * (*out untouched). */
int port_class_parse(const char *name, enum port_class *out);

/* Longest service name accepted, in bytes, excluding the NUL. */
#define SERVICES_NAME_MAX 63
/* Longest services(5) line accepted, in bytes, excluding "\n" or "\r\n". */
#define SERVICES_LINE_MAX 1024

struct services; /* opaque */

/* Filled from the embedded IANA table; NULL on ENOMEM. */
struct services *services_new(void);
void services_free(struct services *s);

/*
 * Overlay a services(5) file. Its entries override what is already there;
 * for the same port+proto, the first entry in THIS file wins, and it
 * overrides earlier layers. Aliases are ignored.
 *
 * Accepted line form:  NAME  PORT[-PORT]/PROTO[/PROTO...]  [ALIAS...]  [# ...]
 *  - The multi-proto form ("discard 9/tcp/udp/sctp") and port ranges
 *    ("x11 6000-6063/tcp") are Wireshark extensions; both are accepted so
 *    Wireshark's own file can be used as an overlay.
 *  - PROTO is matched case-insensitively. tcp and udp are applied. sctp,
 *    dccp, ddp, udplite and divert are real services(5) protocols that
 *    sockwatch does not watch: they are skipped silently, so a line naming
 *    only them is valid and simply contributes nothing. Any other token
 *    (a typo such as "tpc", or an empty one as in "80/") makes the whole
 *    line malformed, because half-applying a mistyped line hides the typo.
 *  - '#' starts a comment anywhere on a line; blank lines are ignored.
 *
 * Malformed lines (no port/proto, port not decimal 0-65535, unknown proto,
 * name longer than SERVICES_NAME_MAX or containing bytes outside printable
 * ASCII, line longer than SERVICES_LINE_MAX) are reported through
 * on_error(ctx, path, lineno, message) when on_error is not NULL, and
 * skipped. Line numbers start at 1.
 *
 * Returns 0 if the file was read (even with bad lines), -errno if it could
 * not be opened or read, -ENOMEM if memory ran out part way (entries
 * before that point stay applied).
 */
typedef void (*services_error_fn)(void *ctx, const char *path, unsigned lineno,
				  const char *msg);
int services_load_file(struct services *s, const char *path,
		       services_error_fn on_error, void *ctx);

/* proto is IPPROTO_TCP (6) or IPPROTO_UDP (17); NULL when unknown or for
 * any other proto. The string lives as long as s. */
const char *services_lookup(const struct services *s, unsigned port, int proto);

/* Reverse lookup for the --service filter: call fn for each port, in
 * ascending order, whose service name for `proto` equals `name`
 * (ASCII case-insensitive); returns how many matched. fn may be NULL to
 * just count. Scans all 65536 ports, so use it at setup, not per event. */
size_t services_ports_of(const struct services *s, const char *name, int proto,
			 void (*fn)(void *ctx, unsigned port), void *ctx);

/* Parse "PORT", "PORT/tcp", "PORT/udp" (what `sockwatch label` takes;
 * proto matched case-insensitively). *proto_out = 0 when no proto given,
 * else IPPROTO_TCP/IPPROTO_UDP. Returns 0, or -1 with a message such as
 * "port '70000' out of range (0-65535)" in err (err may be NULL). */
int label_parse_port_spec(const char *spec, unsigned *port_out, int *proto_out,
			  char *err, size_t errlen);

/*
 * The embedded registry, generated into services_iana.c. Exposed for
 * labels.c and the unit tests only.
 *
 * One row per (port, name): tcp and udp share a row when IANA gives both
 * the same name, which is most ports. Rows are sorted by port, then
 * protos. name_off indexes services_iana_pool; offset 0 is an empty string.
 */
#define SERVICES_IANA_TCP 0x1
#define SERVICES_IANA_UDP 0x2
struct services_iana_entry {
	uint16_t port;
	uint8_t protos; /* SERVICES_IANA_* */
	uint16_t name_off;
};
extern const struct services_iana_entry services_iana_table[];
extern const size_t services_iana_count;
extern const char services_iana_pool[];
extern const size_t services_iana_pool_size;

/* This host's ephemeral port range (/proc/sys/net/ipv4/ip_local_port_range):
 * 0, or -1 when it cannot be read. Recorded with each record, so a report
 * judges "ephemeral" by the recorded host's range. */
int sw_local_port_range(unsigned *lo, unsigned *hi);

#endif /* SOCKWATCH_LABELS_H */
