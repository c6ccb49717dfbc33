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

#define TABLE_FMT "%-12s %-7s %7s %5s %-16s %-5s %-23s %-23s %5s %-10s %-14s %s\n"

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

static char *put_i64(char *p, long long v)
{
	if (v < 0) {
		*p++ = '-';
		return put_u64(p, -(unsigned long long)v);
	}
	return put_u64(p, v);
}

/* Zero-padded to `width` digits. */
static char *put_pad(char *p, unsigned long v, int width)
{
	for (int i = width - 1; i >= 0; i--) {
		p[i] = '0' + v % 10;
		v /= 10;
	}
	return p + width;
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

static int has_remote(const struct sw_event *e)
{
	return e->kind == SW_CONNECT || e->kind == SW_ACCEPT ||
	       (e->kind == SW_CLOSE && e->role != SW_ROLE_LISTENER);
}

static int owner_known(const struct sw_event *e)
{
	return e->flags & SW_F_OWNER_KNOWN;
}

size_t out_table_header(char *buf)
{
	return (size_t)snprintf(buf, OUT_LINE_MAX, TABLE_FMT, "TIME", "EVENT", "PID", "UID",
				"COMM", "PROTO", "LOCAL", "REMOTE", "PORT", "CLASS",
				"SERVICE", "RESULT");
}

static const char *time_local(const struct sw_labeled *l, struct out_timecache *tc, int *len)
{
	long long sec = l->wall_ns / 1000000000ull;

	if (sec != tc->sec) {
		time_t t = sec;
		struct tm tm;

		localtime_r(&t, &tm);
		tc->len = (int)strftime(tc->text, sizeof(tc->text), "%H:%M:%S", &tm);
		tc->sec = sec;
	}
	*len = tc->len;
	return tc->text;
}

size_t out_table_row(char *buf, const struct sw_labeled *l, struct out_timecache *tc)
{
	const struct sw_event *e = l->ev;
	char tmp[SW_COMM_LEN * ESC_TABLE_MAX + 1], ep[64];
	const char *err = sw_error_name(e->result);
	char *p = buf, *start;
	int tlen;
	size_t n;

	start = p;
	const char *hms = time_local(l, tc, &tlen);

	p = put(p, hms, tlen);
	*p++ = '.';
	p = put_pad(p, l->wall_ns / 1000000 % 1000, 3);
	p = put_spaces(p, start, 12);
	*p++ = ' ';
	p = col(p, sw_kind_name(e->kind), strlen(sw_kind_name(e->kind)), 7);
	if (owner_known(e))
		p = col_right_u64(p, e->pid, 7);
	else
		p = col_right_str(p, "-", 7);
	p = col_right_u64(p, e->uid, 5);
	if (owner_known(e))
		n = esc_table(tmp, sizeof(tmp), e->comm, strnlen(e->comm, SW_COMM_LEN));
	else
		n = (size_t)snprintf(tmp, sizeof(tmp), "-");
	p = col(p, tmp, n, 16);
	p = col(p, sw_proto_name(e->proto), strlen(sw_proto_name(e->proto)), 5);
	n = endpoint(ep, e->family, e->laddr, e->lport, 1);
	p = col(p, ep, n, 23);
	n = endpoint(ep, e->family, e->raddr, e->rport, has_remote(e));
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
	if (err)
		p = put_str(p, err);
	else if (e->flags & SW_F_IN_PROGRESS)
		p = PUT_LIT(p, "in-progress");
	else
		p = PUT_LIT(p, "ok");
	*p++ = '\n';
	return (size_t)(p - buf);
}

/* RFC 3339, UTC, microseconds: 2026-11-25T10:09:06.123456Z */
static char *put_rfc3339(char *p, const struct sw_labeled *l, struct out_timecache *tc)
{
	long long sec = l->wall_ns / 1000000000ull;

	if (sec != tc->sec) {
		time_t t = sec;
		struct tm tm;

		gmtime_r(&t, &tm);
		tc->len = (int)strftime(tc->text, sizeof(tc->text), "%Y-%m-%dT%H:%M:%S", &tm);
		tc->sec = sec;
	}
	p = put(p, tc->text, tc->len);
	*p++ = '.';
	p = put_pad(p, l->wall_ns / 1000 % 1000000, 6);
	*p++ = 'Z';
	return p;
}

static char *put_json_str(char *p, const char *s, size_t n)
{
	*p++ = '"';
	p += esc_json(p, n * ESC_JSON_MAX + 1, s, n);
	*p++ = '"';
	return p;
}

static char *put_json_addr(char *p, unsigned family, const uint8_t *addr)
{
	char a[INET6_ADDRSTRLEN];

	sw_addr_str(family, addr, a, sizeof(a));
	*p++ = '"';
	p = put_str(p, a);
	*p++ = '"';
	return p;
}

static const char *role_name(unsigned role)
{
	switch (role) {
	case SW_ROLE_OUTBOUND: return "\"outbound\"";
	case SW_ROLE_INBOUND: return "\"inbound\"";
	case SW_ROLE_LISTENER: return "\"listener\"";
	default: return "null";
	}
}

size_t out_json_event(char *buf, const struct sw_labeled *l, struct out_timecache *tc)
{
	const struct sw_event *e = l->ev;
	const char *err = sw_error_name(e->result);
	int known = owner_known(e);
	char *p = buf;

	p = PUT_LIT(p, "{\"ts\":\"");
	p = put_rfc3339(p, l, tc);
	p = PUT_LIT(p, "\",\"event\":\"");
	p = put_str(p, sw_kind_name(e->kind));
	p = PUT_LIT(p, "\",\"pid\":");
	p = known ? put_u64(p, e->pid) : PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"tid\":");
	p = known ? put_u64(p, e->tid) : PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"ppid\":");
	p = known ? put_u64(p, e->ppid) : PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"uid\":");
	p = put_u64(p, e->uid);
	p = PUT_LIT(p, ",\"comm\":");
	p = known ? put_json_str(p, e->comm, strnlen(e->comm, SW_COMM_LEN)) : PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"cgroup_id\":");
	p = known ? put_u64(p, e->cgroup_id) : PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"netns\":");
	p = put_u64(p, e->netns);
	p = PUT_LIT(p, ",\"proto\":\"");
	p = put_str(p, sw_proto_name(e->proto));
	p = PUT_LIT(p, "\",\"family\":\"");
	p = put_str(p, sw_family_name(e->family));
	p = PUT_LIT(p, "\",\"laddr\":");
	p = put_json_addr(p, e->family, e->laddr);
	p = PUT_LIT(p, ",\"lport\":");
	p = put_u64(p, e->lport);
	if (has_remote(e)) {
		p = PUT_LIT(p, ",\"raddr\":");
		p = put_json_addr(p, e->family, e->raddr);
		p = PUT_LIT(p, ",\"rport\":");
		p = put_u64(p, e->rport);
	} else {
		p = PUT_LIT(p, ",\"raddr\":null,\"rport\":null");
	}
	p = PUT_LIT(p, ",\"port\":");
	p = put_u64(p, l->port);
	p = PUT_LIT(p, ",\"port_class\":\"");
	p = put_str(p, port_class_name(l->class));
	p = PUT_LIT(p, "\",\"service\":");
	if (l->service)
		p = put_json_str(p, l->service, strlen(l->service));
	else
		p = PUT_LIT(p, "null");
	p = PUT_LIT(p, ",\"role\":");
	p = put_str(p, role_name(e->role));
	p = PUT_LIT(p, ",\"in_progress\":");
	p = (e->flags & SW_F_IN_PROGRESS) ? PUT_LIT(p, "true") : PUT_LIT(p, "false");
	p = PUT_LIT(p, ",\"auto_port\":");
	p = (e->flags & SW_F_AUTO_PORT) ? PUT_LIT(p, "true") : PUT_LIT(p, "false");
	p = PUT_LIT(p, ",\"result\":");
	p = put_i64(p, e->result);
	p = PUT_LIT(p, ",\"error\":");
	if (err) {
		*p++ = '"';
		p = put_str(p, err);
		*p++ = '"';
	} else {
		p = PUT_LIT(p, "null");
	}
	p = PUT_LIT(p, "}\n");
	return (size_t)(p - buf);
}
