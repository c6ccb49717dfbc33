// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Hand-rolled appenders rather than printf: formatting is most of the
 * per-event userspace cost, and a full-capture run formats every event.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "output/escape.h"
#include "output/output.h"

#define TABLE_FMT "%-12s %-7s %7s %5s %-16s %-5s %-23s %-23s %5s %-10s %-14s %-12s %s\n"

static char *put(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

#define PUT_LIT(p, lit) put((p), (lit), sizeof(lit) - 1)

static char *put_str(char *p, const char *s)
{
	return put(p, s, strlen(s));
}
static char *put_u64(char *p, unsigned long long v)
{
	char tmp[20];
	int n = 0;

	do {
		tmp[n++] = '0' + v % 10;
		v /= 10;
	} while (v);
	while (n)
		*p++ = tmp[--n];
	return p;
}

static char *put_spaces(char *p, const char *start, size_t width)
{
	size_t n = (size_t)(p - start);

	while (n++ < width)
		*p++ = ' ';
	return p;
}

/* Left-aligned column of at least `width` then one space. */
static char *col(char *p, const char *s, size_t n, size_t width)
{
	char *start = p;

	p = put(p, s, n);
	p = put_spaces(p, start, width);
	*p++ = ' ';
	return p;
}

static char *col_right_u64(char *p, unsigned long long v, size_t width)
{
	char tmp[24];
	size_t n = put_u64(tmp, v) - tmp;

	for (size_t i = n; i < width; i++)
		*p++ = ' ';
	p = put(p, tmp, n);
	*p++ = ' ';
	return p;
}

static char *col_right_str(char *p, const char *s, size_t width)
{
	size_t n = strlen(s);

	for (size_t i = n; i < width; i++)
		*p++ = ' ';
	p = put(p, s, n);
	*p++ = ' ';
	return p;
}

/* "127.0.0.1:80", "[::1]:80" as ss writes them; "*" for no address. */
static size_t endpoint(char *buf, unsigned family, const uint8_t *addr, unsigned port,
		       int have)
{
	char *p = buf;

	if (!have) {
		*p++ = '*';
		return 1;
	}
	if (family == AF_INET6)
		*p++ = '[';
	sw_addr_str(family, addr, p, INET6_ADDRSTRLEN);
	p += strlen(p);
	if (family == AF_INET6)
		*p++ = ']';
	*p++ = ':';
	p = put_u64(p, port);
	return (size_t)(p - buf);
}


size_t out_table_header(char *buf)
{
	return (size_t)snprintf(buf, OUT_LINE_MAX, TABLE_FMT, "TIME", "EVENT", "PID", "UID",
				"COMM", "PROTO", "LOCAL", "REMOTE", "PORT", "CLASS",
				"SERVICE", "RESULT", "WHO");
}

size_t out_table_row(char *buf, const struct sw_labeled *l, struct clock_cache *tc)
{
	const struct sw_event *e = l->ev;
	char tmp[SW_COMM_LEN * ESC_TABLE_MAX + 1], ep[64];
	const char *err = sw_error_name(e->result);
	char *p = buf, *start;
	size_t n;

	start = p;
	p = clock_put_local_ms(p, l->wall_ns, tc);
	p = put_spaces(p, start, 12);
	*p++ = ' ';
	p = col(p, sw_kind_name(e->kind), strlen(sw_kind_name(e->kind)), 7);
	if (sw_owner_known(e))
		p = col_right_u64(p, e->pid, 7);
	else
		p = col_right_str(p, "-", 7);
	p = col_right_u64(p, e->uid, 5);
	if (sw_owner_known(e))
		n = esc_table(tmp, sizeof(tmp), e->comm, strnlen(e->comm, SW_COMM_LEN));
	else
		n = (size_t)snprintf(tmp, sizeof(tmp), "-");
	p = col(p, tmp, n, 16);
	p = col(p, sw_proto_name(e->proto), strlen(sw_proto_name(e->proto)), 5);
	n = endpoint(ep, e->family, e->laddr, e->lport, 1);
	p = col(p, ep, n, 23);
	n = endpoint(ep, e->family, e->raddr, e->rport, sw_has_remote(e));
	p = col(p, ep, n, 23);
	p = col_right_u64(p, l->port, 5);
	p = col(p, port_class_name(l->class), strlen(port_class_name(l->class)), 10);
	if (l->service) {
		char svc[SERVICES_NAME_MAX * ESC_TABLE_MAX + 1];

		n = esc_table(svc, sizeof(svc), l->service, strlen(l->service));
		p = col(p, svc, n, 14);
	} else {
		p = col(p, "-", 1, 14);
	}
	start = p;
	if (err)
		p = put_str(p, err);
	else if (e->flags & SW_F_IN_PROGRESS)
		p = PUT_LIT(p, "in-progress");
	else
		p = PUT_LIT(p, "ok");
	p = put_spaces(p, start, 12);
	*p++ = ' ';
	p = out_table_who(p, e, l->who);
	if (e->via != SW_VIA_SYSCALL && sw_via_name(e->via)) {
		/* the unusual paths stand out; a plain syscall is the norm */
		p = PUT_LIT(p, " via ");
		p = put_str(p, sw_via_name(e->via));
	}
	*p++ = '\n';
	return (size_t)(p - buf);
}

/* RFC 3339 with microseconds, quoted */
char *out_jwc_ts(char *p, uint64_t wall_ns, struct clock_cache *tc)
{
	*p++ = '"';
	p = clock_put_rfc3339_us(p, wall_ns, tc);
	*p++ = '"';
	return p;
}

char *out_jwc_args(char *p, const struct proc_image *img)
{
	size_t i = 0, n = img->args_len;

	/* one string per NUL-terminated argument; a cut last one has no NUL */
	*p++ = '[';
	while (i < n) {
		size_t len = strnlen(img->args + i, n - i);

		if (i)
			*p++ = ',';
		p = jwc_strn(p, img->args + i, len);
		i += len + 1;
	}
	*p++ = ']';
	return p;
}

char *out_jwc_container(char *p, const struct ident_cgroup *cg)
{
	p = JWC_LIT(p, "{\"id\":");
	p = jwc_strn(p, cg->container_id, strlen(cg->container_id));
	p = JWC_LIT(p, ",\"runtime\":");
	p = jwc_word(p, cg->runtime, strlen(cg->runtime));
	*p++ = '}';
	return p;
}

static char *put_table_esc(char *p, const char *s, size_t n)
{
	return p + esc_table(p, n * ESC_TABLE_MAX + 1, s, n);
}

char *out_table_who(char *p, const struct sw_event *e, const struct sw_ident *who)
{
	const char *exe = sw_who_exe(who), *unit = sw_who_unit(who);
	const struct ident_cgroup *ct = sw_who_container(who);

	(void)e;
	if (exe)
		p = put_table_esc(p, exe, strlen(exe));
	else
		*p++ = '-';
	if (unit) {
		p = PUT_LIT(p, " unit=");
		p = put_table_esc(p, unit, strlen(unit));
	}
	if (ct) {
		size_t n = strlen(ct->container_id);

		p = PUT_LIT(p, " container=");
		p = put_str(p, ct->runtime);
		*p++ = ':';
		/* 12 characters, as docker and podman show an id; lxc names whole */
		p = put_table_esc(p, ct->container_id, strcmp(ct->runtime, "lxc") && n > 12 ? 12 : n);
	}
	return p;
}

char *out_jwc_addr(char *p, unsigned family, const uint8_t *addr)
{
	*p++ = '"';
	sw_addr_str(family, addr, p, INET6_ADDRSTRLEN);
	p += strlen(p);
	*p++ = '"';
	return p;
}

char *out_json_fields(char *p, const struct sw_labeled *l, struct clock_cache *tc)
{
	const struct sw_event *e = l->ev;
	const char *first = p;

	SW_EVENT_FIELDS(OUT_JSON_FIELD)
	return p;
}

size_t out_json_event(char *buf, const struct sw_labeled *l, struct clock_cache *tc)
{
	char *p = buf;

	*p++ = '{';
	p = out_json_fields(p, l, tc);
	*p++ = '}';
	*p++ = '\n';
	return (size_t)(p - buf);
}
