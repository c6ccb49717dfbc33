// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The CSV report: one layout for every table, so it loads as one sheet and
 * filters on the first column. RFC 4180 (CRLF line ends, quotes where
 * needed); a cell that begins with = + - @ is prefixed with ' so a
 * spreadsheet shows it rather than running it as a formula.
 *
 * Columns, and what each table puts in them (empty when not used):
 *
 *   table       meta, finding, listener, outbound, inbound, port_class,
 *               approved_rule, segment, drift (with --baseline)
 *   name        meta: the field (host, kernel, integrity, ...);
 *               finding: its code; listener: its scope (all interfaces,
 *               loopback, specific); port_class: the measure (listeners,
 *               outbound_connects, inbound_accepts, events);
 *               approved_rule: FILE:LINE; segment: the segment file;
 *               drift: began or stopped (listening, since the baseline)
 *   severity    finding: high, medium, low, info
 *   proto       tcp / udp
 *   address     listener: the bound address
 *   port        the labeled port (listener/inbound: local; outbound: remote)
 *   port_class  well-known, registered, dynamic
 *   service     the service name, empty if none
 *   process     the process name (comm)
 *   uid         listener: the socket's user id
 *   count       listener: events; outbound: connections; inbound: accepts;
 *               port_class: the measure's value; approved_rule: rows it
 *               approved; segment: lines read
 *   failures    outbound: failed connects; segment: bad lines
 *   distinct    outbound: distinct destinations; inbound: distinct peers
 *               ("~N" is an estimate)
 *   first_seen, last_seen   RFC 3339 UTC
 *   approved    yes / no; empty without --approved
 *   rule        the approving rule, FILE:LINE
 *   executable  listener, outbound, inbound: the executable's path (empty:
 *               not in the record)
 *   package     listener: "PACKAGE VERSION", "none" or "unknown" (dpkg;
 *               a container's: "unknown (the container's own files)")
 *   unit        the systemd unit; container: RUNTIME:ID
 *   netns       "host", or the inode of the socket's network namespace
 *   detail      meta: the value; finding: the sentence; listener: open or
 *               closed at the end; outbound: errors ("ECONNREFUSED 3");
 *               approved_rule: the rule, then " -- " and the justification;
 *               segment: how it was read, its integrity and why;
 *               drift: the other record's listener on that port, if any
 *               ("was 127.0.0.1:8080 by /usr/bin/x", "now ...")
 */
#include <stdio.h>
#include <string.h>

#include "report/approved.h"
#include "report/report.h"

enum col {
	C_TABLE, C_NAME, C_SEV, C_PROTO, C_ADDR, C_PORT, C_CLASS, C_SERVICE, C_PROCESS, C_UID,
	C_COUNT, C_FAIL, C_DISTINCT, C_FIRST, C_LAST, C_APPROVED, C_RULE, C_DETAIL,
	C_EXE, C_PKG, C_UNIT, C_CONTAINER, C_NETNS, C_N
};

static const char *const col_names[C_N] = {
	"table", "name", "severity", "proto", "address", "port", "port_class", "service",
	"process", "uid", "count", "failures", "distinct", "first_seen", "last_seen",
	"approved", "rule", "detail", "executable", "package", "unit", "container", "netns",
};


/* One row: cells are copied in, so callers can use temporaries. */
struct row {
	char c[C_N][768];
};

static void set(struct row *r, enum col c, const char *v)
{
	rpt_copy(r->c[c], sizeof(r->c[c]), v ? v : "");
}

static void setu(struct row *r, enum col c, unsigned long long v)
{
	snprintf(r->c[c], sizeof(r->c[c]), "%llu", v);
}

static void set_ts(struct row *r, enum col c, int64_t ns)
{
	if (ns == RPT_TS_NONE)
		r->c[c][0] = '\0';
	else
		rpt_time_format(r->c[c], sizeof(r->c[c]), ns);
}

/* Who a listener or flow row is. */
static void who(struct row *r, const struct rpt_group *g)
{
	if (g->exe_known) {
		set(r, C_EXE, g->exe);
		if (g->table == RT_LISTEN)
			rpt_pkg_str(g, r->c[C_PKG], sizeof(r->c[C_PKG]));
	}
	set(r, C_UNIT, g->unit);
	if (g->ctr_id[0])
		snprintf(r->c[C_CONTAINER], sizeof(r->c[C_CONTAINER]), "%s:%s", g->ctr_rt,
			 g->ctr_id);
	if (g->host_netns == 1)
		set(r, C_NETNS, "host");
	else if (g->netns >= 0)
		setu(r, C_NETNS, (unsigned long long)g->netns);
}

static void emit(FILE *f, struct row *r)
{
	for (int i = 0; i < C_N; i++) {
		if (i)
			fputc(',', f);
		rpt_csv_field(f, r->c[i], strlen(r->c[i]));
	}
	fputs("\r\n", f);
	memset(r, 0, sizeof(*r));
}

static void meta(FILE *f, struct row *r, const char *name, const char *value)
{
	set(r, C_TABLE, "meta");
	set(r, C_NAME, name);
	set(r, C_DETAIL, value);
	emit(f, r);
}

static void approval(struct row *r, const struct rpt_summary *s, const struct rpt_group *g)
{
	if (!s->approved)
		return;
	set(r, C_APPROVED, g->rule ? "yes" : "no");
	if (g->rule)
		snprintf(r->c[C_RULE], sizeof(r->c[C_RULE]), "%.600s:%u", s->approved->path,
			 g->rule->line);
}

static void flow_rows(FILE *f, struct row *r, const struct rpt_summary *s, int table)
{
	const struct rpt_table_s *t = &s->agg->t[table];

	for (size_t i = 0; i < t->n; i++) {
		const struct rpt_group *g = &t->g[i];

		set(r, C_TABLE, table == RT_OUT ? "outbound" : "inbound");
		set(r, C_PROTO, sw_proto_name(g->proto));
		setu(r, C_PORT, g->port);
		set(r, C_CLASS, port_class_name(port_class_of(g->port)));
		set(r, C_SERVICE, g->service);
		set(r, C_PROCESS, g->comm_known ? g->comm : "");
		who(r, g);
		setu(r, C_COUNT, g->count);
		if (table == RT_OUT) {
			setu(r, C_FAIL, g->failures);
			rpt_errs_str(g, r->c[C_DETAIL], sizeof(r->c[C_DETAIL]));
		}
		rpt_distinct_str(&g->distinct, r->c[C_DISTINCT], sizeof(r->c[C_DISTINCT]), false);
		set_ts(r, C_FIRST, g->first_ts);
		set_ts(r, C_LAST, g->last_ts);
		approval(r, s, g);
		emit(f, r);
	}
}

int rpt_write_csv(FILE *f, const struct rpt_summary *s)
{
	static struct row r; /* 14 KiB: not on the stack */
	const struct rpt_agg *a = s->agg;
	char b[1024], t1[RPT_TS_LEN], t2[RPT_TS_LEN];

	memset(&r, 0, sizeof(r));
	for (int i = 0; i < C_N; i++)
		set(&r, (enum col)i, col_names[i]);
	emit(f, &r);

	meta(f, &r, "host", s->host);
	meta(f, &r, "kernel", s->kernel);
	meta(f, &r, "recorded_by", s->version);
	meta(f, &r, "generated_by", s->generated_by);
	rpt_time_format(t1, sizeof(t1), s->generated_at);
	meta(f, &r, "generated_at", t1);
	for (size_t i = 0; i < s->ins->nin; i++)
		meta(f, &r, "input", s->ins->in[i].path);
	rpt_time_format(t1, sizeof(t1), s->rec_start);
	meta(f, &r, "record_started", s->rec_start == RPT_TS_NONE ? "" : t1);
	rpt_time_format(t1, sizeof(t1), s->rec_stop);
	meta(f, &r, "record_stopped", s->rec_stop == RPT_TS_NONE ? "" : t1);
	rpt_time_format(t1, sizeof(t1), s->win.since);
	meta(f, &r, "since", s->win.since == RPT_TS_NONE ? "" : t1);
	rpt_time_format(t1, sizeof(t1), s->win.until);
	meta(f, &r, "until", s->win.until == RPT_TS_NONE ? "" : t1);
	rpt_time_format(t1, sizeof(t1), a->first_ts);
	rpt_time_format(t2, sizeof(t2), a->last_ts);
	meta(f, &r, "first_event", a->first_ts == RPT_TS_NONE ? "" : t1);
	meta(f, &r, "last_event", a->last_ts == RPT_TS_NONE ? "" : t2);
	snprintf(b, sizeof(b), "%llu", (unsigned long long)a->events);
	meta(f, &r, "events", b);
	snprintf(b, sizeof(b), "%llu", (unsigned long long)a->events_outside);
	meta(f, &r, "events_outside_window", b);
	snprintf(b, sizeof(b), "%llu", (unsigned long long)s->drops);
	meta(f, &r, "drops", b);
	meta(f, &r, "complete", s->complete ? "yes" : "no");
	meta(f, &r, "partial", s->partial ? "yes" : "no");
	meta(f, &r, "status", s->status);
	meta(f, &r, "packages", s->packages[0] ? s->packages : "not looked up");
	meta(f, &r, "coverage", s->coverage);
	meta(f, &r, "integrity", s->integrity);
	if (s->eph_known) {
		snprintf(b, sizeof(b), "%u %u (%s)", s->eph_lo, s->eph_hi, s->eph_source);
		meta(f, &r, "ephemeral_port_range", b);
	}

	for (size_t i = 0; i < s->nfind; i++) {
		set(&r, C_TABLE, "finding");
		set(&r, C_NAME, s->find[i].code);
		set(&r, C_SEV, rpt_sev_name(s->find[i].sev));
		set(&r, C_DETAIL, s->find[i].text);
		emit(f, &r);
	}

	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++) {
		const struct rpt_group *g = &a->t[RT_LISTEN].g[i];

		if (!rpt_listener_in_window(g))
			continue;
		set(&r, C_TABLE, "listener");
		set(&r, C_NAME, rpt_bind_scope(&g->addr));
		set(&r, C_PROTO, sw_proto_name(g->proto));
		sw_addr_str(g->addr.family, g->addr.a, r.c[C_ADDR], sizeof(r.c[C_ADDR]));
		setu(&r, C_PORT, g->port);
		set(&r, C_CLASS, port_class_name(port_class_of(g->port)));
		set(&r, C_SERVICE, g->service);
		set(&r, C_PROCESS, g->comm_known ? g->comm : "");
		who(&r, g);
		if (g->uid >= 0)
			setu(&r, C_UID, (unsigned long long)g->uid);
		setu(&r, C_COUNT, g->in_window);
		set_ts(&r, C_FIRST, g->first_ts);
		set_ts(&r, C_LAST, g->last_ts);
		approval(&r, s, g);
		set(&r, C_DETAIL, rpt_listener_open_at_end(g) ? "open at end" : "closed");
		emit(f, &r);
	}
	if (s->baseline) {
		rpt_drift_sentence(s, b, sizeof(b));
		meta(f, &r, "baseline", b);
	}
	for (size_t i = 0; s->baseline && i < s->baseline->n; i++) {
		const struct rpt_drift_item *d = &s->baseline->item[i];
		const struct rpt_group *g = d->g;
		char oa[RPT_ADDR_TEXT];

		set(&r, C_TABLE, "drift");
		set(&r, C_NAME, d->began ? "began" : "stopped");
		set(&r, C_PROTO, sw_proto_name(g->proto));
		sw_addr_str(g->addr.family, g->addr.a, r.c[C_ADDR], sizeof(r.c[C_ADDR]));
		setu(&r, C_PORT, g->port);
		set(&r, C_CLASS, port_class_name(port_class_of(g->port)));
		set(&r, C_SERVICE, g->service);
		set(&r, C_PROCESS, g->comm_known ? g->comm : "");
		who(&r, g);
		set_ts(&r, C_FIRST, g->first_ts);
		set_ts(&r, C_LAST, g->last_ts);
		if (d->other) {
			sw_addr_str(d->other->addr.family, d->other->addr.a, oa, sizeof(oa));
			snprintf(b, sizeof(b), "%s %s:%u by %s", d->began ? "was" : "now", oa,
				 (unsigned)d->other->port, rpt_group_process(d->other));
			set(&r, C_DETAIL, b);
		}
		emit(f, &r);
	}
	flow_rows(f, &r, s, RT_OUT);
	flow_rows(f, &r, s, RT_IN);

	{
		uint64_t lis[PORT_CLASS_COUNT] = {0};

		for (size_t i = 0; i < a->t[RT_LISTEN].n; i++)
			if (rpt_listener_in_window(&a->t[RT_LISTEN].g[i]))
				lis[port_class_of(a->t[RT_LISTEN].g[i].port)]++;
		for (int c = 0; c < PORT_CLASS_COUNT; c++) {
			static const char *const what[] = { "listeners", "outbound_connects",
							    "inbound_accepts", "events" };
			uint64_t all = 0, v[4];

			for (int k = 0; k < SW_KIND_MAX; k++)
				all += a->by_class[c][k];
			v[0] = lis[c];
			v[1] = a->by_class[c][SW_CONNECT];
			v[2] = a->by_class[c][SW_ACCEPT];
			v[3] = all;
			for (int m = 0; m < 4; m++) {
				set(&r, C_TABLE, "port_class");
				set(&r, C_NAME, what[m]);
				set(&r, C_CLASS, port_class_name((enum port_class)c));
				setu(&r, C_COUNT, v[m]);
				emit(f, &r);
			}
		}
	}

	if (s->approved) {
		const struct approved_list *l = s->approved;

		for (size_t i = 0; i < l->n; i++) {
			set(&r, C_TABLE, "approved_rule");
			snprintf(r.c[C_NAME], sizeof(r.c[C_NAME]), "%.600s:%u", l->path,
				 l->r[i].line);
			setu(&r, C_COUNT, l->r[i].matched);
			snprintf(r.c[C_DETAIL], sizeof(r.c[C_DETAIL]), "%.300s -- %.400s",
				 l->r[i].rule, l->r[i].justification);
			emit(f, &r);
		}
	}

	for (size_t i = 0; i < s->ins->nseg; i++) {
		const struct rpt_segment *g = &s->ins->seg[i];

		set(&r, C_TABLE, "segment");
		set(&r, C_NAME, g->name);
		setu(&r, C_COUNT, g->lines);
		setu(&r, C_FAIL, g->bad_lines);
		snprintf(r.c[C_DETAIL], sizeof(r.c[C_DETAIL]), "read: %s%s%.200s; integrity: "
			 "%s%s%.250s", rpt_seg_state_name(g->state), g->detail[0] ? ", " : "",
			 g->detail, rpt_seg_integrity(g), g->integrity_detail[0] ? ", " : "",
			 g->integrity_detail);
		emit(f, &r);
	}
	return ferror(f) ? -1 : 0;
}
