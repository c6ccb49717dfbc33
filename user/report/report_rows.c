// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The rows Markdown and HTML reports share; see report.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report/approved.h"
#include "report/report.h"

static void put(struct rpt_row *r, enum rpt_cell_kind kind, const char *text)
{
	if (r->n < RPT_ROW_CELLS)
		r->c[r->n++] = (struct rpt_cell){ kind, text };
}

/* A cell whose text the row makes: kept in the row's own buffer. */
__attribute__((format(printf, 3, 4)))
static void putf(struct rpt_row *r, enum rpt_cell_kind kind, const char *fmt, ...)
{
	char *p = r->buf + r->used;
	size_t room = sizeof(r->buf) - r->used;
	va_list ap;
	int n;

	if (!room) { /* full: what is left shows empty, never unterminated */
		put(r, kind, "");
		return;
	}
	va_start(ap, fmt);
	n = vsnprintf(p, room, fmt, ap);
	va_end(ap);
	if (n < 0)
		p[0] = '\0', n = 0;
	r->used += (size_t)n < room ? (size_t)n + 1 : room;
	put(r, kind, p);
}

static void put_ts(struct rpt_row *r, int64_t ns)
{
	char b[RPT_TS_LEN];

	rpt_time_format_s(b, sizeof(b), ns);
	putf(r, RC_TIME, "%s", b);
}

static void put_approval(struct rpt_row *r, const struct rpt_summary *s,
			 const struct rpt_group *g)
{
	if (!s->approved)
		put(r, RC_MUTED, "-");
	else if (!g->rule)
		put(r, RC_BAD, "NO");
	else
		putf(r, RC_GOOD, "yes (line %u)", g->rule->line);
}

static void row_init(struct rpt_row *r)
{
	r->wildcard = false;
	r->n = 0;
	r->used = 0;
}

void rpt_header_row(const struct rpt_summary *s, struct rpt_row *r)
{
	const struct rpt_agg *a = s->agg;
	char b[1024], t1[RPT_TS_LEN], t2[RPT_TS_LEN];
	size_t n = 0;

	row_init(r);
	put(r, RC_TEXT, "Host");
	put(r, RC_TEXT, s->host[0] ? s->host : "unknown (not recorded)");
	put(r, RC_TEXT, "Kernel");
	put(r, RC_TEXT, s->kernel[0] ? s->kernel : "unknown (not recorded)");
	for (size_t i = 0; i < s->ins->nin && n < sizeof(b); i++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "%s%s", i ? ", " : "",
				      s->ins->in[i].path);
	put(r, RC_TEXT, s->ins->nin > 1 ? "Records" : "Record");
	putf(r, RC_TEXT, "%s", n ? b : "");
	rpt_time_format_s(t1, sizeof(t1), s->rec_start);
	rpt_time_format_s(t2, sizeof(t2), s->rec_stop);
	put(r, RC_TEXT, "Recorded");
	putf(r, RC_TEXT, "%s to %s", t1, s->rec_stop == RPT_TS_NONE ? "(no clean stop)" : t2);
	rpt_time_format_s(t1, sizeof(t1), s->win.since);
	rpt_time_format_s(t2, sizeof(t2), s->win.until);
	put(r, RC_TEXT, "Report window");
	if (s->win.since == RPT_TS_NONE && s->win.until == RPT_TS_NONE)
		put(r, RC_TEXT, "the whole record");
	else
		putf(r, RC_TEXT, "%s to %s", s->win.since == RPT_TS_NONE ? "start" : t1,
		     s->win.until == RPT_TS_NONE ? "end" : t2);
	rpt_time_format_s(t1, sizeof(t1), a->first_ts);
	rpt_time_format_s(t2, sizeof(t2), a->last_ts);
	put(r, RC_TEXT, "Events seen");
	putf(r, RC_TEXT, "%s to %s", t1, t2);
	put(r, RC_TEXT, "sockwatch");
	putf(r, RC_TEXT, "recorded by %s; report by %s", s->version[0] ? s->version : "unknown",
	     s->generated_by);
	put(r, RC_TEXT, "Events");
	putf(r, RC_TEXT, "%llu in the window (%llu outside it), %llu snapshot lines",
	     (unsigned long long)a->events, (unsigned long long)a->events_outside,
	     (unsigned long long)a->snapshot_lines);
	put(r, RC_TEXT, "Drops");
	putf(r, s->drops ? RC_BAD : RC_TEXT, "%llu%s", (unsigned long long)s->drops,
	     s->drops ? " events lost in the kernel: the record is not complete" : "");
	put(r, RC_TEXT, "Integrity");
	put(r, s->integrity_ok ? RC_TEXT : RC_BAD, s->integrity);
	put(r, RC_TEXT, "Status");
	put(r, s->complete ? RC_GOOD : RC_BAD, s->status);
	put(r, RC_TEXT, "Packages");
	put(r, RC_TEXT, s->packages[0] ? s->packages : "not looked up");
	put(r, RC_TEXT, "Coverage");
	put(r, s->coverage_proven ? RC_GOOD : RC_BAD, s->coverage);
	rpt_time_format_s(t1, sizeof(t1), s->generated_at);
	put(r, RC_TEXT, "Generated");
	putf(r, RC_TEXT, "%s", t1);
}

const char *const rpt_listener_cols[RPT_LISTENER_COLS] = {
	"Proto", "Address", "Port", "Class", "Service", "Scope", "Executable", "Package",
	"Process", "UID", "Unit", "Namespace", "First seen", "Last seen", "Open at end",
	"Seen in", "Approved",
};

/* Executable, package: "-" when an older record did not name it. */
static void put_exe(struct rpt_row *r, const struct rpt_group *g, bool with_pkg)
{
	char b[RPT_PKG_MAX * 2 + 8];

	put(r, g->exe_known ? RC_TEXT : RC_MUTED, g->exe_known ? g->exe : "-");
	if (!with_pkg)
		return;
	rpt_pkg_str(g, b, sizeof(b));
	putf(r, g->pkg_state == RPT_PKG_NONE ? RC_BAD : RC_TEXT, "%s", g->exe_known ? b : "-");
}

void rpt_listener_row(const struct rpt_summary *s, const struct rpt_group *g,
		      struct rpt_row *r)
{
	char a[RPT_ADDR_TEXT], ns[160];

	row_init(r);
	r->wildcard = rpt_addr_is_wildcard(&g->addr);
	sw_addr_str(g->addr.family, g->addr.a, a, sizeof(a));
	put(r, RC_TEXT, sw_proto_name(g->proto));
	putf(r, RC_ADDR, "%s", a);
	putf(r, RC_NUM, "%u", (unsigned)g->port);
	put(r, RC_TEXT, port_class_name(port_class_of(g->port)));
	put(r, RC_TEXT, g->service[0] ? g->service : "-");
	put(r, RC_SCOPE, rpt_bind_scope(&g->addr));
	put_exe(r, g, true);
	if (g->masq_comm[0] && g->comm_known && strcmp(g->comm, g->masq_comm))
		putf(r, RC_BAD, "%s (also named %s)", g->comm, g->masq_comm);
	else if (g->masq_comm[0])
		putf(r, RC_BAD, "%s (passes for another program)", g->masq_comm);
	else
		put(r, RC_TEXT, g->comm_known ? g->comm : "(unknown)");
	if (g->uid >= 0)
		putf(r, RC_NUM, "%llu", (unsigned long long)g->uid);
	else
		put(r, RC_TEXT, "-");
	put(r, RC_TEXT, g->unit[0] ? g->unit : "-");
	rpt_netns_str(g, ns, sizeof(ns));
	putf(r, RC_TEXT, "%s", ns);
	put_ts(r, g->first_ts);
	put_ts(r, g->last_ts);
	put(r, RC_TEXT, rpt_listener_open_at_end(g) ? "yes" : "no");
	putf(r, RC_TEXT, "%s%s%s", g->from_snapshot ? "snapshot" : "",
	     g->from_snapshot && g->from_event ? ", " : "", g->from_event ? "events" : "");
	put_approval(r, s, g);
}

const char *const *rpt_flow_cols(int table, int *n)
{
	static const char *const out_cols[] = { "Executable", "Namespace", "Proto", "Port",
						"Service", "Class",
						"Connections", "Failed", "Errors", "In progress",
						"Destinations", "First seen", "Last seen",
						"Approved" };
	static const char *const in_cols[] = { "Executable", "Namespace", "Proto", "Port",
					       "Service", "Class",
					       "Accepts", "Peers", "First seen", "Last seen",
					       "Approved" };

	if (table == RT_OUT) {
		*n = (int)(sizeof(out_cols) / sizeof(out_cols[0]));
		return out_cols;
	}
	*n = (int)(sizeof(in_cols) / sizeof(in_cols[0]));
	return in_cols;
}

void rpt_flow_row(const struct rpt_summary *s, const struct rpt_group *g, int table,
		  struct rpt_row *r)
{
	char b[1024];

	row_init(r);
	/* grouped by executable; an older record names only the comm */
	if (g->exe_known)
		putf(r, g->masq_comm[0] ? RC_BAD : RC_TEXT, "%s%s%s%s", g->exe,
		     g->masq_comm[0] ? " (named " : "", g->masq_comm, g->masq_comm[0] ? ")" : "");
	else
		putf(r, RC_TEXT, "%s%s", g->comm_known ? "comm " : "",
		     g->comm_known ? g->comm : "(unknown)");
	rpt_netns_str(g, b, sizeof(b));
	putf(r, RC_TEXT, "%s", b);
	put(r, RC_TEXT, sw_proto_name(g->proto));
	putf(r, RC_NUM, "%u", (unsigned)g->port);
	put(r, RC_TEXT, g->service[0] ? g->service : "-");
	put(r, RC_TEXT, port_class_name(port_class_of(g->port)));
	putf(r, RC_NUM, "%llu", (unsigned long long)g->count);
	if (table == RT_OUT) {
		putf(r, RC_NUM, "%llu", (unsigned long long)g->failures);
		rpt_errs_str(g, b, sizeof(b));
		putf(r, RC_TEXT, "%s", b[0] ? b : "-");
		putf(r, RC_NUM, "%llu", (unsigned long long)g->in_progress);
	}
	rpt_distinct_str(&g->distinct, b, sizeof(b), true);
	putf(r, RC_MADE, "%s", b);
	put_ts(r, g->first_ts);
	put_ts(r, g->last_ts);
	put_approval(r, s, g);
}

const char *const rpt_drift_cols[RPT_DRIFT_COLS] = {
	"Change", "Proto", "Address", "Port", "Service", "Scope", "Executable", "Process",
	"Namespace", "Seen", "On this port in the other record",
};

void rpt_drift_row(const struct rpt_drift_item *d, struct rpt_row *r)
{
	const struct rpt_group *g = d->g, *o = d->other;
	char a[RPT_ADDR_TEXT], ns[160], t1[RPT_TS_LEN], t2[RPT_TS_LEN];

	row_init(r);
	r->wildcard = rpt_addr_is_wildcard(&g->addr);
	/* a service newly open to every interface is what a reviewer must see */
	put(r, d->began && r->wildcard ? RC_BAD : RC_TEXT,
	    d->began ? "began listening" : "stopped listening");
	put(r, RC_TEXT, sw_proto_name(g->proto));
	sw_addr_str(g->addr.family, g->addr.a, a, sizeof(a));
	putf(r, RC_ADDR, "%s", a);
	putf(r, RC_NUM, "%u", (unsigned)g->port);
	put(r, RC_TEXT, g->service[0] ? g->service : "-");
	put(r, RC_SCOPE, rpt_bind_scope(&g->addr));
	put_exe(r, g, false);
	put(r, RC_TEXT, g->comm_known ? g->comm : "(unknown)");
	rpt_netns_str(g, ns, sizeof(ns));
	putf(r, RC_TEXT, "%s", ns);
	rpt_time_format_s(t1, sizeof(t1), g->first_ts);
	rpt_time_format_s(t2, sizeof(t2), g->last_ts);
	putf(r, RC_TIME, "%s to %s%s", t1, t2, d->began && rpt_listener_open_at_end(g)
							? ", open at end" : "");
	if (!o) {
		put(r, RC_MUTED, "-");
		return;
	}
	sw_addr_str(o->addr.family, o->addr.a, a, sizeof(a));
	putf(r, RC_TEXT, "%s %s:%u by %s", d->began ? "was" : "now", a, (unsigned)o->port,
	     rpt_group_process(o));
}

void rpt_drift_sentence(const struct rpt_summary *s, char *buf, size_t len)
{
	const struct rpt_baseline *b = s->baseline;
	char t1[RPT_TS_LEN], t2[RPT_TS_LEN];

	rpt_time_format_s(t1, sizeof(t1), b->first_ts);
	rpt_time_format_s(t2, sizeof(t2), b->last_ts);
	snprintf(buf, len, "Baseline %s (host %s, %s to %s)%s%s: %zu listener%s began listening "
		 "since, %zu stopped, %zu unchanged.", b->path, b->host[0] ? b->host : "unknown",
		 t1, t2, b->other_host ? ", a record of ANOTHER HOST" : "",
		 b->partial ? ", PARTIAL (damaged or unread segments)"
		 : !b->integrity_ok ? ", FAILS ITS INTEGRITY CHECK" : "",
		 b->began, b->began == 1 ? "" : "s", b->stopped, b->unchanged);
}
