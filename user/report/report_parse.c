// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * One record line -> struct rpt_line.
 *
 * Two parsers, one meaning. Lines as sockwatch writes them (one object of
 * strings, integers, booleans and nulls, the command line as an array of
 * strings and the container as {"id","runtime"}, no escape anywhere) are
 * read by simdjson (libsimdjson-dev, report_sj.h): a packaged parser that
 * validates the whole line with SIMD instructions and hands back each
 * field; only the fields the report reads are decoded, the others are
 * passed over (the command line, which the report does not read, among
 * them). It replaced jsmn, whose byte-by-byte tokenizing was half of the
 * report's CPU time (README, Performance).
 *
 * Every other line (an escape, a number that is not an int64, other
 * nesting, a repeated field, an array where the report reads a scalar, a
 * line simdjson refuses) goes to json-c (libjson-c), the report's one
 * full reader of any JSON: json-c decides what is valid and what an
 * unusual line means, and the fast path only takes lines on which the two
 * cannot differ (tests/unit/test_report_parse.c compares them on every
 * line of a record and on thousands of mutations). json-c builds an
 * object tree for every line, several times simdjson's cost, which is why
 * it is not the reader of every line.
 *
 * SOCKWATCH_REPORT_PARSER=json-c in the environment sends every line to
 * json-c (to compare the two on a whole record).
 */
#include <json-c/json.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "label/fields.h"
#include "report/report.h"
#include "report/report_sj.h"

struct rpt_parser {
	struct json_tokener *tok;
	struct json_object *obj;       /* the last line's, freed on the next */
	bool jsonc_only;
	uint64_t fast, slow;
	struct rpt_sj *sj;             /* the fast path's parser */
};

/* ---- the fields of a line, whichever parser read it ---------------------- */

/*
 * The fields the report reads. An event or snapshot line's are named by
 * their one description (label/fields.h: SWF_<name>, so a field renamed or
 * dropped there fails to compile here); the control lines' are record.c's
 * (record_start, record_stop, drop), and older records spelled two of
 * those differently (local_port_range, version). Only these are looked at:
 * every other key is passed over at the cost of one probe.
 */
#define EVENT_FIELDS_READ(X) \
	X(event) X(ts) X(comm) X(pid) X(proto) X(port) X(uid) X(laddr) X(lport) \
	X(raddr) X(rport) X(role) X(result) X(service) X(state) X(in_progress) \
	X(auto_port) X(tid) X(exe) X(unit) X(container) X(netns) X(host_netns)
#define CONTROL_FIELDS(X) \
	X(events) X(total) X(lost) X(host) X(kernel) X(sockwatch) X(version) \
	X(ip_local_port_range) X(local_port_range) X(paths) X(fexit)

#define FIELD_ENUM(name) F_##name,
enum field {
	EVENT_FIELDS_READ(FIELD_ENUM)
	CONTROL_FIELDS(FIELD_ENUM)
	F_COUNT, F_NONE = F_COUNT,
};

/* Every event field read is a row of label/fields.h, or this fails. */
#define FIELD_IN_TABLE(name) (void)SWF_##name;
static inline void event_fields_read_are_in_the_table(void)
{
	EVENT_FIELDS_READ(FIELD_IN_TABLE)
}

_Static_assert(F_COUNT <= 64, "the parser's seen-mask holds 64 fields");

/*
 * Key -> field, for every key of every line, as one switch on the first
 * letter. Each case is every name above, filtered by a comparison of its
 * first letter that the compiler folds: what is left is one length check
 * and one fixed-size memcmp per name of that letter, the cost of a
 * hand-written switch with none of its copies of the names.
 */
#define FIELD_TRY(name)                                                        \
	if (#name[0] == letter && n == sizeof(#name) - 1 &&                    \
	    !memcmp(k, #name, sizeof(#name) - 1))                              \
		return F_##name;
#define FIELD_LETTER(c)                                                        \
	case c: {                                                              \
		const char letter = c;                                         \
		EVENT_FIELDS_READ(FIELD_TRY)                                   \
		CONTROL_FIELDS(FIELD_TRY)                                      \
		return F_NONE;                                                 \
	}

static int field_of(const char *k, size_t n)
{
	if (!n)
		return F_NONE;
	switch (k[0]) {
	FIELD_LETTER('a') FIELD_LETTER('c') FIELD_LETTER('e') FIELD_LETTER('h')
	FIELD_LETTER('i') FIELD_LETTER('k') FIELD_LETTER('l') FIELD_LETTER('n') FIELD_LETTER('p')
	FIELD_LETTER('r') FIELD_LETTER('s') FIELD_LETTER('t') FIELD_LETTER('u')
	FIELD_LETTER('v')
	default: {
		/* a name of another letter still matches here, only slower */
		const char letter = k[0];

		EVENT_FIELDS_READ(FIELD_TRY)
		CONTROL_FIELDS(FIELD_TRY)
		return F_NONE;
	}
	}
}

struct rpt_parser *rpt_parser_new(void)
{
	struct rpt_parser *p;
	const char *env = getenv("SOCKWATCH_REPORT_PARSER");

	event_fields_read_are_in_the_table();
	p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	p->tok = json_tokener_new();
	p->sj = rpt_sj_new();
	if (!p->tok || !p->sj) {
		if (p->tok)
			json_tokener_free(p->tok);
		rpt_sj_free(p->sj);
		free(p);
		return NULL;
	}
	p->jsonc_only = env && !strcmp(env, "json-c");
	return p;
}

void rpt_parser_free(struct rpt_parser *p)
{
	if (!p)
		return;
	json_object_put(p->obj);
	json_tokener_free(p->tok);
	rpt_sj_free(p->sj);
	free(p);
}

void rpt_parser_set_jsonc_only(struct rpt_parser *p, bool on)
{
	p->jsonc_only = on;
}

void rpt_parser_counts(const struct rpt_parser *p, uint64_t *fast, uint64_t *slow)
{
	*fast = p->fast;
	*slow = p->slow;
}

/* A JSON null is absent, as json_object_object_foreach gives it (NULL). */
enum vtype {
	V_ABSENT, V_STR, V_INT, V_BOOL,
	V_CTR,   /* the fast path's container: id in s, runtime in s2 */
	V_OTHER, /* double, array, object */
};

struct val {
	uint8_t type;
	bool b;
	size_t len, len2;              /* V_STR, V_CTR */
	const char *s, *s2;            /* V_STR, V_CTR, NUL-terminated */
	int64_t i;                     /* V_INT */
	struct json_object *o;         /* json-c path: arrays and objects */
};


static const char *str(const struct val *v, size_t *len)
{
	if (v->type != V_STR)
		return NULL;
	if (len)
		*len = v->len;
	return v->s;
}

/* -1 when absent, null or not an integer */
static int64_t num(const struct val *v)
{
	return v->type == V_INT ? v->i : -1;
}

/*
 * A number outside its field's range makes the line bad: counted and
 * reported, never clamped or taken as absent. Absent and null are fine
 * (an owner may be unknown).
 */
static bool in_range(const struct val *v, int64_t lo, int64_t hi)
{
	return v->type == V_ABSENT || (v->type == V_INT && v->i >= lo && v->i <= hi);
}

#define PID_MAX 4194304ll              /* the kernel's PID_MAX_LIMIT */
#define UID_MAX 4294967294ll           /* (uid_t)-1 is "no uid", never an owner */

static int port_of(const struct val *v)
{
	int64_t n = num(v);

	return n >= 0 && n <= 65535 ? (int)n : -1;
}

static int role_of(const char *r)
{
	for (int role = SW_ROLE_OUTBOUND; role <= SW_ROLE_LISTENER; role++)
		if (r && !strcmp(r, sw_role_name((unsigned)role)))
			return role;
	return SW_ROLE_UNKNOWN;
}

/* ip_local_port_range as [lo, hi], "lo hi" (the /proc text) or {lo, hi}. */
static void port_range(const struct val *v, struct rpt_line *l)
{
	struct json_object *o = v->o;

	if (v->type == V_ABSENT)
		return;
	if (o && json_object_is_type(o, json_type_array) && json_object_array_length(o) == 2) {
		struct json_object *lo = json_object_array_get_idx(o, 0);
		struct json_object *hi = json_object_array_get_idx(o, 1);

		if (json_object_is_type(lo, json_type_int) && json_object_is_type(hi, json_type_int)) {
			l->eph_lo = (int)json_object_get_int64(lo);
			l->eph_hi = (int)json_object_get_int64(hi);
		}
	} else if (o && json_object_is_type(o, json_type_object)) {
		struct json_object *lo, *hi;

		if (json_object_object_get_ex(o, "lo", &lo) && json_object_object_get_ex(o, "hi", &hi)) {
			l->eph_lo = lo && json_object_is_type(lo, json_type_int)
				    ? (int)json_object_get_int64(lo) : -1;
			l->eph_hi = hi && json_object_is_type(hi, json_type_int)
				    ? (int)json_object_get_int64(hi) : -1;
		}
	} else if (v->type == V_STR) {
		unsigned lo, hi;

		if (sscanf(v->s, "%u %u", &lo, &hi) == 2 && lo <= 65535 && hi <= 65535) {
			l->eph_lo = (int)lo;
			l->eph_hi = (int)hi;
		}
	}
	if (l->eph_lo < 0 || l->eph_hi < l->eph_lo || l->eph_hi > 65535)
		l->eph_lo = l->eph_hi = -1;
}

/* "container":{"id":S,"runtime":S}, as either parser read it. */
static void container_of(const struct val *v, struct rpt_line *l)
{
	struct json_object *id, *rt;

	if (v->type == V_CTR) {
		l->ctr_id = v->s;
		l->ctr_id_len = v->len;
		l->ctr_rt = v->s2;
		l->ctr_rt_len = v->len2;
	} else if (v->type == V_OTHER && v->o && json_object_is_type(v->o, json_type_object) &&
		   json_object_object_get_ex(v->o, "id", &id) &&
		   json_object_object_get_ex(v->o, "runtime", &rt) &&
		   json_object_is_type(id, json_type_string) &&
		   json_object_is_type(rt, json_type_string)) {
		l->ctr_id = json_object_get_string(id);
		l->ctr_id_len = (size_t)json_object_get_string_len(id);
		l->ctr_rt = json_object_get_string(rt);
		l->ctr_rt_len = (size_t)json_object_get_string_len(rt);
	}
}

/* A selftest line's "paths": [{"path":NAME,"seen":BOOL,"available":BOOL},
 * ...] (json-c only: the fast path takes no arrays). Unknown names are
 * ignored; a path not listed is not seen; "available" false (the host
 * could not take the path) marks it n/a, and a line from before that
 * field has every path available. */
static void selftest_paths(const struct val *v, struct rpt_line *l)
{
	struct json_object *o = v->o;

	if (!o || !json_object_is_type(o, json_type_array))
		return;
	for (size_t i = 0; i < json_object_array_length(o); i++) {
		struct json_object *p = json_object_array_get_idx(o, i), *name, *seen, *avail;
		int k;

		if (!p || !json_object_is_type(p, json_type_object) ||
		    !json_object_object_get_ex(p, "path", &name) ||
		    !json_object_object_get_ex(p, "seen", &seen) ||
		    !json_object_is_type(name, json_type_string) ||
		    !json_object_is_type(seen, json_type_boolean))
			continue;
		k = pathop_parse(json_object_get_string(name));
		if (k >= 0 && json_object_get_boolean(seen))
			l->st_seen |= 1u << k;
		else if (k >= 0 && json_object_object_get_ex(p, "available", &avail) &&
			 json_object_is_type(avail, json_type_boolean) &&
			 !json_object_get_boolean(avail))
			l->st_na |= 1u << k;
	}
}

/* Fill l from the fields; -1 when it cannot be a sockwatch line. */
static int decode(const struct val *f, struct rpt_line *l)
{
	const char *e, *s;
	size_t len;

	memset(l, 0, sizeof(*l));
	l->ts = RPT_TS_NONE;
	l->lport = l->rport = l->port = -1;
	l->lost = l->total = l->events = -1;
	l->eph_lo = l->eph_hi = -1;
	l->pid = l->tid = l->uid = -1;
	e = str(&f[F_event], NULL);
	if (!e)
		return -1;
	l->kind = (int)sw_line_parse(e);
	s = str(&f[F_ts], &len);
	if (s && rpt_time_parse(s, len, &l->ts))
		return -1;
	switch (l->kind) {
	case SW_LINE_SNAPSHOT_END:
	case SW_LINE_OTHER:
		return 0;
	case SW_LINE_RECORD_START:
		l->host = str(&f[F_host], NULL);
		l->kernel = str(&f[F_kernel], NULL);
		l->version = str(&f[F_sockwatch], NULL);
		if (!l->version)
			l->version = str(&f[F_version], NULL);
		port_range(f[F_ip_local_port_range].type != V_ABSENT ? &f[F_ip_local_port_range]
			   : &f[F_local_port_range], l);
		return 0;
	case SW_LINE_RECORD_STOP:
		if (!in_range(&f[F_events], 0, INT64_MAX))
			return -1;
		l->events = num(&f[F_events]);
		return 0;
	case SW_LINE_DROP:
		if (!in_range(&f[F_lost], 0, INT64_MAX) || !in_range(&f[F_total], 0, INT64_MAX))
			return -1;
		l->lost = num(&f[F_lost]);
		l->total = num(&f[F_total]);
		return 0;
	case SW_LINE_SELFTEST:
		selftest_paths(&f[F_paths], l);
		l->st_fexit = f[F_fexit].type == V_BOOL ? f[F_fexit].b : -1;
		return 0;
	default:
		break;
	}
	/* events and snapshot lines: a time and the socket are required */
	if (l->ts == RPT_TS_NONE)
		return -1;
	if (!in_range(&f[F_lport], 0, 65535) || !in_range(&f[F_rport], 0, 65535) ||
	    !in_range(&f[F_port], 0, 65535) || !in_range(&f[F_pid], 0, PID_MAX) ||
	    !in_range(&f[F_tid], 0, PID_MAX) || !in_range(&f[F_uid], 0, UID_MAX) ||
	    /* netns is an inode number (__u32), result an __s32; a result that is
	     * no number at all reads as 0, as before ranges were checked */
	    !in_range(&f[F_netns], 0, UINT32_MAX) ||
	    (f[F_result].type != V_STR && !in_range(&f[F_result], INT32_MIN, INT32_MAX)))
		return -1;
	s = str(&f[F_proto], NULL);
	l->proto = !s ? 0 : !strcmp(s, "tcp") ? IPPROTO_TCP : !strcmp(s, "udp") ? IPPROTO_UDP : 0;
	l->comm = str(&f[F_comm], &l->comm_len);
	l->comm_known = l->comm != NULL;
	l->pid = num(&f[F_pid]);
	l->tid = num(&f[F_tid]);
	l->uid = num(&f[F_uid]);
	/* who (event_format 2; absent from older lines: unknown) */
	l->exe = str(&f[F_exe], &l->exe_len);
	l->unit = str(&f[F_unit], &l->unit_len);
	container_of(&f[F_container], l);
	l->netns = num(&f[F_netns]);
	l->host_netns = f[F_host_netns].type == V_BOOL ? f[F_host_netns].b : -1;
	s = str(&f[F_laddr], NULL);
	l->has_laddr = s && !rpt_addr_parse(s, &l->laddr);
	s = str(&f[F_raddr], NULL);
	l->has_raddr = s && !rpt_addr_parse(s, &l->raddr);
	l->lport = port_of(&f[F_lport]);
	l->rport = port_of(&f[F_rport]);
	l->port = port_of(&f[F_port]);
	l->service = str(&f[F_service], &l->service_len);
	l->role = role_of(str(&f[F_role], NULL));
	/* An unconnected UDP socket's first datagram to a destination: from a
	 * client, an outbound flow counted as the connect it stands for; from a
	 * server answering on its own port, a reply, and no outbound connection
	 * to the client's ephemeral port. */
	if (l->kind == SW_SEND) {
		l->kind = l->role == SW_ROLE_OUTBOUND ? SW_CONNECT : SW_LINE_OTHER;
		if (l->kind == SW_LINE_OTHER)
			return 0;
	}
	l->in_progress = f[F_in_progress].type == V_BOOL && f[F_in_progress].b;
	l->auto_port = f[F_auto_port].type == V_BOOL && f[F_auto_port].b;
	l->result = f[F_result].type == V_INT ? f[F_result].i : 0;
	l->state = str(&f[F_state], NULL);
	if (l->port < 0) /* an old line without it: label as the kernel does */
		l->port = sw_labeled_port((__u8)l->role, (__u16)(l->lport > 0 ? l->lport : 0),
					  (__u16)(l->rport > 0 ? l->rport : 0));
	if (!l->has_laddr)
		return l->kind == SW_CONNECT ? 0 : -1;
	return 0;
}

/* ---- json-c: any line ------------------------------------------------------ */

static int parse_jsonc(struct rpt_parser *p, const char *line, size_t len, struct val *f)
{
	struct json_object *o;

	json_tokener_reset(p->tok);
	o = json_tokener_parse_ex(p->tok, line, (int)len);
	p->obj = o;
	if (!o || json_tokener_get_parse_end(p->tok) != len ||
	    !json_object_is_type(o, json_type_object))
		return -1;
	/* json-c keeps the last of repeated keys; a key is a C string (a
	 * \u0000 in it ends it), hence strlen */
	json_object_object_foreach(o, k, v) {
		int i = field_of(k, strlen(k));
		struct val *d;

		if (i == F_NONE)
			continue;
		d = &f[i];
		memset(d, 0, sizeof(*d));
		switch (json_object_get_type(v)) {
		case json_type_null:
			break;
		case json_type_string:
			d->type = V_STR;
			d->s = json_object_get_string(v);
			d->len = (size_t)json_object_get_string_len(v);
			break;
		case json_type_int:
			/* json-c clamps an unsigned beyond int64 to INT64_MAX: that
			 * is no number of ours, as on the fast path */
			d->i = json_object_get_int64(v);
			d->type = d->i == INT64_MAX && json_object_get_uint64(v) > (uint64_t)INT64_MAX
				  ? V_OTHER : V_INT;
			break;
		case json_type_boolean:
			d->type = V_BOOL;
			d->b = json_object_get_boolean(v);
			break;
		default:
			d->type = V_OTHER;
			d->o = v;
			break;
		}
	}
	return 0;
}

/* ---- the fast path (simdjson): lines as sockwatch writes them ---------------- */

struct fast {
	struct val *f;
	uint64_t seen;
};

/* One field from simdjson: the value as json-c would have given it, or -1
 * for anything json-c must decide. */
static int fast_field(void *ctx, const char *key, size_t klen, const struct rpt_sj_val *v)
{
	struct fast *c = ctx;
	int i = field_of(key, klen);
	struct val *d;

	if (i == F_NONE)
		return 0;              /* valid JSON, not read: json-c would pass it too */
	/* a repeated field: json-c's rule (the last wins, in the first one's
	 * place) is json-c's to apply */
	if (c->seen & (1ull << i))
		return -1;
	c->seen |= 1ull << i;
	d = &c->f[i];
	switch (v->type) {
	case RPT_SJ_NULL:
		break;                 /* V_ABSENT */
	case RPT_SJ_STR:
		d->type = V_STR;
		d->s = v->s;
		d->len = v->len;
		break;
	case RPT_SJ_INT:
		d->type = V_INT;
		d->i = v->i;
		break;
	case RPT_SJ_BOOL:
		d->type = V_BOOL;
		d->b = v->b;
		break;
	case RPT_SJ_CTR:
		if (i != F_container)
			return -1;
		d->type = V_CTR;
		d->s = v->s;
		d->len = v->len;
		d->s2 = v->s2;
		d->len2 = v->len2;
		break;
	default:                       /* an array where the report reads a scalar */
		return -1;
	}
	return 0;
}

/* 1 when simdjson read the line and f is filled; 0 when json-c must read
 * it. A line with an escape goes to json-c: a key or string holding \u0000
 * is a C string there, cut at the NUL. */
static int parse_fast(struct rpt_parser *p, const char *line, size_t len, struct val *f)
{
	struct fast c = { .f = f };

	if (len < 2 || len > RPT_SJ_LINE_MAX || line[0] != '{' || memchr(line, '\\', len))
		return 0;
	return rpt_sj_parse(p->sj, line, len, fast_field, &c);
}

int rpt_parse_line(struct rpt_parser *p, const char *line, size_t len, struct rpt_line *l)
{
	struct val f[F_COUNT];

	json_object_put(p->obj);
	p->obj = NULL;
	while (len && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
		len--;
	if (!len)
		return -1;
	/* what decode() reads of a field it was not given; the rest of each
	 * 48-byte slot is left alone (a memset of them all cost 4%) */
	for (int i = 0; i < F_COUNT; i++) {
		f[i].type = V_ABSENT;
		f[i].o = NULL;
	}
	if (!p->jsonc_only && parse_fast(p, line, len, f)) {
		p->fast++;
		return decode(f, l);
	}
	p->slow++;
	memset(f, 0, sizeof(f));
	if (parse_jsonc(p, line, len, f))
		return -1;
	return decode(f, l);
}

int rpt_feed_line(struct rpt_parser *p, struct rpt_agg *a, const char *line, size_t len)
{
	struct rpt_line l;

	a->lines++;
	if (rpt_parse_line(p, line, len, &l)) {
		a->bad_lines++;
		return -1;
	}
	rpt_agg_line(a, &l);
	return 0;
}
