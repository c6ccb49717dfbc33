// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * One record line -> struct rpt_line, with json-c. The tokener is made
 * once per thread and reset per line; the only allocations per line are
 * json-c's own objects (measured: json-c is most of the report's time,
 * see scripts/bench-report.sh).
 */
#include <json-c/json.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

struct rpt_parser {
	struct json_tokener *tok;
};

struct rpt_parser *rpt_parser_new(void)
{
	struct rpt_parser *p = calloc(1, sizeof(*p));

	if (!p)
		return NULL;
	p->tok = json_tokener_new();
	if (!p->tok) {
		free(p);
		return NULL;
	}
	return p;
}

void rpt_parser_free(struct rpt_parser *p)
{
	if (!p)
		return;
	json_tokener_free(p->tok);
	free(p);
}

/* The fields of one line, found in one pass over the object (a lookup
 * per field costs a hash and a strcmp each: measurably slower). */
struct fields {
	struct json_object *event, *ts, *comm, *pid, *uid, *proto, *laddr, *raddr, *lport,
		*rport, *port, *service, *role, *in_progress, *result, *state, *host, *kernel,
		*sockwatch, *version, *lost, *total, *events, *eph;
};

static void collect(struct json_object *o, struct fields *f)
{
	memset(f, 0, sizeof(*f));
	json_object_object_foreach(o, k, v) {
		struct json_object **slot = NULL;

		switch (k[0]) {
		case 'e':
			slot = !strcmp(k, "event") ? &f->event : !strcmp(k, "events") ? &f->events
											 : NULL;
			break;
		case 't':
			slot = !strcmp(k, "ts") ? &f->ts : !strcmp(k, "total") ? &f->total : NULL;
			break;
		case 'c':
			slot = !strcmp(k, "comm") ? &f->comm : NULL;
			break;
		case 'p':
			slot = !strcmp(k, "pid") ? &f->pid : !strcmp(k, "proto") ? &f->proto
			     : !strcmp(k, "port") ? &f->port : NULL;
			break;
		case 'u':
			slot = !strcmp(k, "uid") ? &f->uid : NULL;
			break;
		case 'l':
			slot = !strcmp(k, "laddr") ? &f->laddr : !strcmp(k, "lport") ? &f->lport
			     : !strcmp(k, "lost") ? &f->lost
			     : !strcmp(k, "local_port_range") ? &f->eph : NULL;
			break;
		case 'r':
			slot = !strcmp(k, "raddr") ? &f->raddr : !strcmp(k, "rport") ? &f->rport
			     : !strcmp(k, "role") ? &f->role : !strcmp(k, "result") ? &f->result
			     : NULL;
			break;
		case 's':
			slot = !strcmp(k, "service") ? &f->service : !strcmp(k, "state") ? &f->state
			     : !strcmp(k, "sockwatch") ? &f->sockwatch : NULL;
			break;
		case 'i':
			slot = !strcmp(k, "in_progress") ? &f->in_progress
			     : !strcmp(k, "ip_local_port_range") ? &f->eph : NULL;
			break;
		case 'h':
			slot = !strcmp(k, "host") ? &f->host : NULL;
			break;
		case 'k':
			slot = !strcmp(k, "kernel") ? &f->kernel : NULL;
			break;
		case 'v':
			slot = !strcmp(k, "version") ? &f->version : NULL;
			break;
		default:
			break;
		}
		if (slot)
			*slot = v;
	}
}

static const char *str(struct json_object *v, size_t *len)
{
	if (!v || !json_object_is_type(v, json_type_string))
		return NULL;
	if (len)
		*len = (size_t)json_object_get_string_len(v);
	return json_object_get_string(v);
}

/* -1 when absent, null or not an integer */
static int64_t num(struct json_object *v)
{
	if (!v || !json_object_is_type(v, json_type_int))
		return -1;
	return json_object_get_int64(v);
}

static int port_of(struct json_object *v)
{
	int64_t n = num(v);

	return n >= 0 && n <= 65535 ? (int)n : -1;
}

static int kind_of(const char *e)
{
	switch (e[0]) {
	case 'a': return !strcmp(e, "accept") ? RK_ACCEPT : RK_OTHER;
	case 'b': return !strcmp(e, "bind") ? RK_BIND : RK_OTHER;
	case 'c': return !strcmp(e, "connect") ? RK_CONNECT : !strcmp(e, "close") ? RK_CLOSE
									     : RK_OTHER;
	case 'd': return !strcmp(e, "drop") ? RK_DROP : RK_OTHER;
	case 'l': return !strcmp(e, "listen") ? RK_LISTEN : RK_OTHER;
	case 'r': return !strcmp(e, "record_start") ? RK_RECORD_START
		       : !strcmp(e, "record_stop") ? RK_RECORD_STOP : RK_OTHER;
	case 's': return !strcmp(e, "snapshot") ? RK_SNAPSHOT : RK_OTHER;
	default: return RK_OTHER;
	}
}

static int role_of(const char *r)
{
	if (!r)
		return RR_UNKNOWN;
	if (!strcmp(r, "outbound"))
		return RR_OUTBOUND;
	if (!strcmp(r, "inbound"))
		return RR_INBOUND;
	if (!strcmp(r, "listener"))
		return RR_LISTENER;
	return RR_UNKNOWN;
}

/* ip_local_port_range as [lo, hi], "lo hi" (the /proc text) or {lo, hi}. */
static void port_range(struct json_object *v, struct rpt_line *l)
{
	if (!v)
		return;
	if (json_object_is_type(v, json_type_array) && json_object_array_length(v) == 2) {
		struct json_object *lo = json_object_array_get_idx(v, 0);
		struct json_object *hi = json_object_array_get_idx(v, 1);

		if (json_object_is_type(lo, json_type_int) && json_object_is_type(hi, json_type_int)) {
			l->eph_lo = (int)json_object_get_int64(lo);
			l->eph_hi = (int)json_object_get_int64(hi);
		}
	} else if (json_object_is_type(v, json_type_object)) {
		struct json_object *lo, *hi;

		if (json_object_object_get_ex(v, "lo", &lo) && json_object_object_get_ex(v, "hi", &hi)) {
			l->eph_lo = (int)num(lo);
			l->eph_hi = (int)num(hi);
		}
	} else if (json_object_is_type(v, json_type_string)) {
		unsigned lo, hi;

		if (sscanf(json_object_get_string(v), "%u %u", &lo, &hi) == 2 && lo <= 65535 &&
		    hi <= 65535) {
			l->eph_lo = (int)lo;
			l->eph_hi = (int)hi;
		}
	}
	if (l->eph_lo < 0 || l->eph_hi < l->eph_lo || l->eph_hi > 65535)
		l->eph_lo = l->eph_hi = -1;
}

/* Fill l from the object; -1 when it cannot be a sockwatch line. */
static int decode(struct json_object *o, struct rpt_line *l)
{
	struct fields f;
	const char *e, *s;
	size_t len;

	memset(l, 0, sizeof(*l));
	l->ts = RPT_TS_NONE;
	l->lport = l->rport = l->port = -1;
	l->lost = l->total = l->events = -1;
	l->eph_lo = l->eph_hi = -1;
	l->pid = l->uid = -1;
	collect(o, &f);
	e = str(f.event, NULL);
	if (!e)
		return -1;
	l->kind = kind_of(e);
	s = str(f.ts, &len);
	if (s && rpt_time_parse(s, len, &l->ts))
		return -1;
	switch (l->kind) {
	case RK_OTHER:
		return 0;
	case RK_RECORD_START:
		l->host = str(f.host, NULL);
		l->kernel = str(f.kernel, NULL);
		l->version = str(f.sockwatch, NULL);
		if (!l->version)
			l->version = str(f.version, NULL);
		port_range(f.eph, l);
		return 0;
	case RK_RECORD_STOP:
		l->events = num(f.events);
		return 0;
	case RK_DROP:
		l->lost = num(f.lost);
		l->total = num(f.total);
		return 0;
	default:
		break;
	}
	/* events and snapshot lines: a time and the socket are required */
	if (l->ts == RPT_TS_NONE)
		return -1;
	s = str(f.proto, NULL);
	l->proto = !s ? 0 : !strcmp(s, "tcp") ? IPPROTO_TCP : !strcmp(s, "udp") ? IPPROTO_UDP : 0;
	l->comm = str(f.comm, &l->comm_len);
	l->comm_known = l->comm != NULL;
	l->pid = num(f.pid);
	l->uid = num(f.uid);
	s = str(f.laddr, NULL);
	l->has_laddr = s && !rpt_addr_parse(s, &l->laddr);
	s = str(f.raddr, NULL);
	l->has_raddr = s && !rpt_addr_parse(s, &l->raddr);
	l->lport = port_of(f.lport);
	l->rport = port_of(f.rport);
	l->port = port_of(f.port);
	l->service = str(f.service, &l->service_len);
	l->role = role_of(str(f.role, NULL));
	l->in_progress = f.in_progress && json_object_is_type(f.in_progress, json_type_boolean) &&
			 json_object_get_boolean(f.in_progress);
	l->result = f.result && json_object_is_type(f.result, json_type_int)
		    ? json_object_get_int64(f.result) : 0;
	l->state = str(f.state, NULL);
	if (l->port < 0) {
		/* the labeled port, as sw_labeled_port() picks it */
		int lp = l->lport > 0 ? l->lport : 0, rp = l->rport > 0 ? l->rport : 0;

		l->port = l->role == RR_OUTBOUND ? rp
			: (l->role == RR_UNKNOWN && rp && rp < lp) ? rp : lp;
	}
	if (!l->has_laddr)
		return l->kind == RK_CONNECT ? 0 : -1;
	return 0;
}

int rpt_feed_line(struct rpt_parser *p, struct rpt_agg *a, const char *line, size_t len)
{
	struct json_object *o;
	struct rpt_line l;
	size_t end;

	a->lines++;
	while (len && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
		len--;
	if (!len) {
		a->bad_lines++;
		return -1;
	}
	json_tokener_reset(p->tok);
	o = json_tokener_parse_ex(p->tok, line, (int)len);
	end = json_tokener_get_parse_end(p->tok);
	if (!o || end != len || !json_object_is_type(o, json_type_object) || decode(o, &l)) {
		json_object_put(o);
		a->bad_lines++;
		return -1;
	}
	rpt_agg_line(a, &l);
	json_object_put(o);
	return 0;
}
