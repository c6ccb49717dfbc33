// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "event.h"

static const char *const kind_names[SW_KIND_MAX] = {
	[SW_CONNECT] = "connect",
	[SW_BIND] = "bind",
	[SW_LISTEN] = "listen",
	[SW_ACCEPT] = "accept",
	[SW_CLOSE] = "close",
};

const char *sw_kind_name(unsigned kind)
{
	return kind < SW_KIND_MAX && kind_names[kind] ? kind_names[kind] : "unknown";
}

int sw_kind_parse(const char *name)
{
	for (int k = 1; k < SW_KIND_MAX; k++)
		if (!strcasecmp(name, kind_names[k]))
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

void sw_addr_str(unsigned family, const uint8_t addr[SW_ADDR_LEN], char *buf, size_t len)
{
	if (!inet_ntop(family == AF_INET ? AF_INET : AF_INET6, addr, buf, len))
		snprintf(buf, len, "?");
}

void sw_label(struct sw_labeled *out, const struct sw_event *ev, uint64_t wall_ns,
	      const struct services *svc)
{
	out->ev = ev;
	out->wall_ns = wall_ns;
	out->port = sw_labeled_port(ev->role, ev->lport, ev->rport);
	out->class = port_class_of(out->port);
	out->service = services_lookup(svc, out->port, ev->proto);
}

void sw_clock_sync(struct sw_clock *c)
{
	struct timespec mono, real, mono2;

	/* bracket the realtime read so the pairing error is tiny */
	clock_gettime(CLOCK_MONOTONIC, &mono);
	clock_gettime(CLOCK_REALTIME, &real);
	clock_gettime(CLOCK_MONOTONIC, &mono2);
	int64_t m = ((int64_t)mono.tv_sec * 1000000000 + mono.tv_nsec +
		     (int64_t)mono2.tv_sec * 1000000000 + mono2.tv_nsec) / 2;
	c->offset_ns = (int64_t)real.tv_sec * 1000000000 + real.tv_nsec - m;
}

uint64_t sw_clock_wall(const struct sw_clock *c, uint64_t mono_ns)
{
	return (uint64_t)((int64_t)mono_ns + c->offset_ns);
}
