/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The host's approved services, for `sockwatch report --approved FILE`:
 * what PCI DSS 1.2.5 ("all services, protocols and ports allowed are
 * identified, approved, and have a defined business need") and CIS
 * ("ensure only approved services are listening") ask an auditor to check.
 *
 * One rule per line:
 *
 *   DIRECTION PROTO PORTS [process=NAME] [addr=ADDRESS] -- JUSTIFICATION
 *
 *   DIRECTION  listen   a listening socket (TCP listen, bound UDP) and the
 *                       connections it accepts
 *              connect  outbound connections to that port
 *   PROTO      tcp, udp or any
 *   PORTS      a port (22), a range (8000-8080) or * (every port)
 *   process=   the process name exactly as the kernel reports it (comm, at
 *              most 15 bytes), e.g. sshd
 *   addr=      listen rules only: the bound address. An IPv4/IPv6 address
 *              (127.0.0.1, ::1), a CIDR prefix (10.0.0.0/8, fd00::/8),
 *              "wildcard" (0.0.0.0 or ::, all interfaces) or "loopback"
 *              (127.0.0.0/8, ::1). Without addr= any address matches.
 *   -- JUSTIFICATION   required: the business need, free text to the end
 *              of the line (a change ticket, an owner).
 *
 * A justification that begins with TODO (as `sockwatch approved --learn`
 * writes every rule it proposes) is not one yet: the rule still approves,
 * so a proposal can be tried, but the report lists it as unjustified.
 *
 * Blank lines and lines whose first non-blank character is '#' are
 * ignored ('#' elsewhere is part of the text). Fields are separated by
 * spaces or tabs. The first rule that matches, in file order, approves a
 * listener or an outbound service; accepts are matched against listen
 * rules by proto, port and process (addr= is checked on listeners only).
 *
 * Example:
 *   listen  tcp 22   process=sshd addr=wildcard -- remote administration, CHG-1021
 *   listen  udp 53   addr=loopback              -- local DNS stub resolver
 *   connect tcp 443                             -- HTTPS to package mirrors and APIs
 *   connect udp 53                              -- DNS
 */
#ifndef SOCKWATCH_APPROVED_H
#define SOCKWATCH_APPROVED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "report/report.h"

#define APPROVED_LINE_MAX 1024
#define APPROVED_COMM_MAX 15
#define APPROVED_TODO "TODO"     /* a justification still to be written */

enum approved_dir { AP_LISTEN, AP_CONNECT };
enum approved_addr { AA_ANY, AA_PREFIX, AA_WILDCARD, AA_LOOPBACK };

struct approved_rule {
	unsigned line;
	enum approved_dir dir;
	int proto;                      /* 0 any, IPPROTO_TCP, IPPROTO_UDP */
	unsigned lo, hi;                /* port range */
	bool has_process;
	char process[APPROVED_COMM_MAX + 1];
	enum approved_addr addr_kind;
	struct rpt_addr addr;           /* AA_PREFIX */
	unsigned prefix;                /* bits */
	char *rule;                     /* the rule part as written, trimmed */
	char *justification;
	bool todo;                      /* justification begins with APPROVED_TODO */
	uint64_t matched;               /* listeners/services it approved */
};

struct approved_list {
	char *path;
	struct approved_rule *r;
	size_t n;
};

/*
 * Parse one line (no newline). Returns 0 with *out filled (rule and
 * justification allocated: approved_rule_free), 1 for a blank or comment
 * line, -1 with a message in err.
 */
int approved_parse_line(const char *line, size_t len, struct approved_rule *out, char *err,
			size_t errlen);
void approved_rule_free(struct approved_rule *r);

/*
 * Read FILE. Returns 0, or -1 with "FILE:LINE: message" in err for the
 * first malformed line (bad input), -2 with "FILE: why" when it cannot be
 * read (a runtime failure; a FIFO or device is refused, never read): an
 * approval list that is only half understood must not be used.
 */
int approved_load(const char *path, struct approved_list **out, char *err, size_t errlen);
void approved_free(struct approved_list *l);

/* First rule approving a listener (proto, bound address, port, process). */
const struct approved_rule *approved_match_listener(const struct approved_list *l, int proto,
						    const struct rpt_addr *addr, unsigned port,
						    const char *comm);
/* First rule approving accepts on a local port, or outbound connects to a
 * remote port (dir AP_CONNECT). comm NULL: process unknown. */
const struct approved_rule *approved_match(const struct approved_list *l,
					   enum approved_dir dir, int proto, unsigned port,
					   const char *comm);

struct sw_event;

/*
 * A live event (tail, record: the metrics' approved label) against the
 * list, as the report judges the row it would make: a listener (listen, a
 * bind the process chose the port of, a listener's close) by listen rules
 * with its address; an accept or an inbound close by listen rules; a
 * connect, a send or an outbound close by connect rules. An event that is
 * no service (a bind to port 0, a socket of unknown role) is not
 * unapproved: true. The process is the event's comm when the kernel knew
 * the socket's owner.
 */
bool approved_event(const struct approved_list *l, const struct sw_event *e);

#endif
