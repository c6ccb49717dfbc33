// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "label/event.h"

static const char *const line_names[SW_LINE_OTHER] = {
	[SW_KIND_SNAPSHOT] = "snapshot",
	[SW_CONNECT] = "connect",
	[SW_BIND] = "bind",
	[SW_LISTEN] = "listen",
	[SW_ACCEPT] = "accept",
	[SW_CLOSE] = "close",
	[SW_SEND] = "send",
	[SW_LINE_RECORD_START] = "record_start",
	[SW_LINE_RECORD_STOP] = "record_stop",
	[SW_LINE_DROP] = "drop",
	[SW_LINE_SNAPSHOT_END] = "snapshot_end",
	[SW_LINE_SELFTEST] = "selftest",
};

static const char *const via_names[SW_VIA_MAX] = {
	[SW_VIA_SYSCALL] = "syscall",
	[SW_VIA_SYSCALL32] = "syscall32",
	[SW_VIA_IO_URING] = "io_uring",
};

const char *sw_via_name(unsigned via)
{
	return via < SW_VIA_MAX ? via_names[via] : NULL;
}

const char *sw_kind_name(unsigned kind)
{
	return kind > SW_KIND_SNAPSHOT && kind < SW_KIND_MAX ? line_names[kind] : "unknown";
}

const char *sw_line_name(unsigned kind)
{
	return kind < SW_KIND_MAX ? line_names[kind] : "unknown";
}

const char *sw_control_name(unsigned kind)
{
	return kind >= SW_KIND_MAX && kind < SW_LINE_OTHER ? line_names[kind] : "unknown";
}

unsigned sw_line_parse(const char *word)
{
	/* the first letter rules out most names: the report asks once a line */
	for (unsigned k = 0; k < SW_LINE_OTHER; k++)
		if (line_names[k][0] == word[0] && !strcmp(line_names[k], word))
			return k;
	return SW_LINE_OTHER;
}

const char *sw_role_name(unsigned role)
{
	switch (role) {
	case SW_ROLE_OUTBOUND: return "outbound";
	case SW_ROLE_INBOUND: return "inbound";
	case SW_ROLE_LISTENER: return "listener";
	default: return NULL;
	}
}

int sw_kind_parse(const char *name)
{
	for (int k = 1; k < SW_KIND_MAX; k++)
		if (!strcasecmp(name, line_names[k]))
			return k;
	return -1;
}

const char *sw_proto_name(unsigned proto)
{
	return proto == IPPROTO_TCP ? "tcp" : proto == IPPROTO_UDP ? "udp" : "unknown";
}

const char *sw_family_name(unsigned family)
{
	return family == AF_INET ? "ipv4" : family == AF_INET6 ? "ipv6" : "unknown";
}

const char *sw_error_name(int result)
{
	if (result >= 0)
		return NULL;
	const char *name = result > -4096 ? strerrorname_np(-result) : NULL;
	return name ? name : "EUNKNOWN";
}

/* Dotted quad without stdio: inet_ntop goes through sprintf, and address
 * formatting was half of all userspace time per event. */
static char *put_v4(char *p, const uint8_t *a)
{
	for (int i = 0; i < 4; i++) {
		unsigned v = a[i];

		if (v >= 100)
			*p++ = '0' + v / 100;
		if (v >= 10)
			*p++ = '0' + v / 10 % 10;
		*p++ = '0' + v % 10;
		*p++ = i < 3 ? '.' : '\0';
	}
	return p - 1;
}

/* RFC 5952 text: lowercase, no leading zeros, the longest run (>= 2) of
 * zero groups as "::", IPv4-mapped as ::ffff:a.b.c.d (as inet_ntop). */
static void put_v6(char *p, const uint8_t *a)
{
	static const char hex[] = "0123456789abcdef";
	int best = -1, best_len = 0;

	for (int i = 0; i < 8;) {
		int j = i;

		while (j < 8 && !a[2 * j] && !a[2 * j + 1])
			j++;
		if (j - i > best_len && j - i >= 2) {
			best = i;
			best_len = j - i;
		}
		i = j > i ? j : i + 1;
	}
	if (best == 0 && best_len == 5 && a[10] == 0xff && a[11] == 0xff) {
		memcpy(p, "::ffff:", 7);
		put_v4(p + 7, a + 12);
		return;
	}
	for (int i = 0; i < 8; i++) {
		unsigned g = a[2 * i] << 8 | a[2 * i + 1];
		int started = 0;

		if (i == best) {
			*p++ = ':';
			if (i == 0)
				*p++ = ':';
			i += best_len - 1;
			continue;
		}
		for (int shift = 12; shift >= 0; shift -= 4) {
			unsigned d = g >> shift & 15;

			if (d || started || !shift) {
				*p++ = hex[d];
				started = 1;
			}
		}
		if (i < 7)
			*p++ = ':';
	}
	*p = '\0';
}

void sw_addr_str(unsigned family, const uint8_t addr[SW_ADDR_LEN], char *buf, size_t len)
{
	if (family != AF_INET && family != AF_INET6) {
		/* no family, no address: nothing made up from the bytes */
		snprintf(buf, len, "?");
		return;
	}
	if (len < INET6_ADDRSTRLEN) {
		/* every caller passes INET6_ADDRSTRLEN; stay safe if not */
		if (!inet_ntop(family == AF_INET ? AF_INET : AF_INET6, addr, buf, len))
			snprintf(buf, len, "?");
		return;
	}
	if (family == AF_INET)
		put_v4(buf, addr);
	else
		put_v6(buf, addr);
}

void sw_label(struct sw_labeled *out, const struct sw_event *ev, uint64_t wall_ns,
	      const struct services *svc)
{
	out->ev = ev;
	out->wall_ns = wall_ns;
	out->port = sw_labeled_port(ev->role, ev->lport, ev->rport);
	out->class = port_class_of(out->port);
	out->service = services_lookup(svc, out->port, ev->proto);
	out->who = NULL;
}
