// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The JSON report: the complete machine-readable summary, built with
 * json-c. Every string goes through rpt_utf8_clean() first (json-c would
 * pass invalid UTF-8 through), times are RFC 3339 UTC with microseconds,
 * null where unknown.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "report/approved.h"
#include "report/report.h"

#define JSON_REPORT_FORMAT 1

struct jb {
	bool oom;
};

static struct json_object *chk(struct jb *b, struct json_object *o)
{
	if (!o)
		b->oom = true;
	return o;
}

static struct json_object *jstr(struct jb *b, const char *s)
{
	char buf[4096];

	rpt_utf8_clean(buf, sizeof(buf), s, strlen(s));
	return chk(b, json_object_new_string(buf));
}

static struct json_object *jstr_or_null(struct jb *b, const char *s)
{
	return s && s[0] ? jstr(b, s) : NULL;
}

static struct json_object *jts(struct jb *b, int64_t ns)
{
	char t[RPT_TS_LEN];

	if (ns == RPT_TS_NONE)
		return NULL;
	rpt_time_format(t, sizeof(t), ns);
	return jstr(b, t);
}

static struct json_object *ju(struct jb *b, uint64_t v)
{
	return chk(b, json_object_new_uint64(v));
}

static struct json_object *jbool(struct jb *b, bool v)
{
	return chk(b, json_object_new_boolean(v));
}

static void put(struct json_object *o, const char *k, struct json_object *v)
{
	json_object_object_add_ex(o, k, v, JSON_C_OBJECT_ADD_KEY_IS_NEW |
						  JSON_C_OBJECT_ADD_CONSTANT_KEY);
}

static void approval(struct jb *b, struct json_object *o, const struct rpt_summary *s,
		     const struct rpt_group *g)
{
	if (!s->approved) {
		put(o, "approved", NULL);
		put(o, "approved_by_line", NULL);
		return;
	}
	put(o, "approved", jbool(b, g->rule != NULL));
	put(o, "approved_by_line", g->rule ? ju(b, g->rule->line) : NULL);
}

static struct json_object *distinct(struct jb *b, const struct rpt_distinct *d)
{
	struct json_object *o = chk(b, json_object_new_object());
	struct json_object *list;
	struct rpt_addr v[RPT_EXACT_MAX];
	char text[RPT_ADDR_TEXT];
	uint32_t n;

	if (!o)
		return NULL;
	put(o, "count", ju(b, rpt_distinct_count(d)));
	put(o, "exact", jbool(b, rpt_distinct_exact(d)));
	if (!rpt_distinct_exact(d)) {
		put(o, "addresses", NULL);
		return o;
	}
	list = chk(b, json_object_new_array());
	n = rpt_distinct_sorted(d, v);
	for (uint32_t i = 0; list && i < n; i++) {
		rpt_addr_str(&v[i], text, sizeof(text));
		json_object_array_add(list, jstr(b, text));
	}
	put(o, "addresses", list);
	return o;
}

static struct json_object *header(struct jb *b, const struct rpt_summary *s)
{
	struct json_object *o = chk(b, json_object_new_object()), *ins, *w, *ev, *k, *fk, *e;
	const struct rpt_agg *a = s->agg;

	if (!o)
		return NULL;
	put(o, "host", jstr_or_null(b, s->host));
	put(o, "kernel", jstr_or_null(b, s->kernel));
	put(o, "recorded_by", jstr_or_null(b, s->version));
	put(o, "record_started", jts(b, s->rec_start));
	put(o, "record_stopped", jts(b, s->rec_stop));
	ins = chk(b, json_object_new_array());
	for (size_t i = 0; ins && i < s->ins->nin; i++) {
		const struct rpt_input *in = &s->ins->in[i];
		struct json_object *x = chk(b, json_object_new_object());

		if (!x)
			break;
		put(x, "path", jstr(b, in->path));
		put(x, "type", jstr(b, in->is_dir ? "record" : "file"));
		put(x, "manifest", in->is_dir && in->has_manifest ? jstr(b, in->manifest_state)
								   : NULL);
		put(x, "manifest_detail", jstr_or_null(b, in->manifest_detail));
		put(x, "integrity_ok", in->is_dir && in->has_manifest ? jbool(b, in->manifest_ok)
								       : NULL);
		put(x, "record_id", jstr_or_null(b, in->record_id));
		put(x, "chain_head", jstr_or_null(b, in->chain_head));
		put(x, "sealed", in->is_dir && in->has_manifest ? jbool(b, in->sealed) : NULL);
		put(x, "seals_proven", in->is_dir && in->has_manifest ? jbool(b, in->seals_checked)
								       : NULL);
		put(x, "stopped", in->is_dir ? jbool(b, in->stopped) : NULL);
		put(x, "live", in->is_dir ? jbool(b, in->live) : NULL);
		json_object_array_add(ins, x);
	}
	put(o, "inputs", ins);
	w = chk(b, json_object_new_object());
	if (w) {
		put(w, "since", jts(b, s->win.since));
		put(w, "until", jts(b, s->win.until));
		put(w, "first_event", jts(b, a->first_ts));
		put(w, "last_event", jts(b, a->last_ts));
	}
	put(o, "window", w);
	ev = chk(b, json_object_new_object());
	k = chk(b, json_object_new_object());
	fk = chk(b, json_object_new_object());
	if (ev && k && fk) {
		put(ev, "in_window", ju(b, a->events));
		put(ev, "outside_window", ju(b, a->events_outside));
		put(ev, "snapshot_lines", ju(b, a->snapshot_lines));
		put(ev, "lines", ju(b, a->lines));
		put(ev, "bad_lines", ju(b, a->bad_lines));
		put(ev, "other_lines", ju(b, a->other_lines));
		for (int i = 0; i < RK_COUNT; i++) {
			put(k, rpt_kind_name(i), ju(b, a->by_kind[i]));
			put(fk, rpt_kind_name(i), ju(b, a->failed_by_kind[i]));
		}
		put(ev, "by_kind", k);
		put(ev, "failed_by_kind", fk);
	}
	put(o, "events", ev);
	put(o, "drops", ju(b, s->drops));
	put(o, "complete", jbool(b, s->complete));
	put(o, "partial", jbool(b, s->partial));
	put(o, "status", jstr(b, s->status));
	put(o, "packages", jstr(b, s->packages[0] ? s->packages : "not looked up"));
	put(o, "coverage", jstr(b, s->coverage));
	put(o, "coverage_proven", jbool(b, s->coverage_proven));
	e = chk(b, json_object_new_object());
	if (e) {
		put(e, "ok", jbool(b, s->integrity_ok));
		put(e, "text", jstr(b, s->integrity));
	}
	put(o, "integrity", e);
	if (s->eph_known) {
		e = chk(b, json_object_new_object());
		if (e) {
			put(e, "lo", ju(b, s->eph_lo));
			put(e, "hi", ju(b, s->eph_hi));
			put(e, "source", jstr(b, s->eph_source));
		}
		put(o, "ephemeral_port_range", e);
	} else {
		put(o, "ephemeral_port_range", NULL);
	}
	return o;
}

/* Who a row is: executable, its package, unit, container, namespace. */
static void who(struct jb *b, struct json_object *o, const struct rpt_group *g)
{
	struct json_object *c = NULL;

	put(o, "executable", g->exe_known ? jstr(b, g->exe) : NULL);
	if (g->table == RT_LISTEN) {
		put(o, "package", g->pkg_state == RPT_PKG_FOUND ? jstr(b, g->pkg) : NULL);
		put(o, "package_version", g->pkg_state == RPT_PKG_FOUND ? jstr(b, g->pkg_version)
									: NULL);
		put(o, "packaged", g->pkg_state == RPT_PKG_UNKNOWN ? NULL
				   : jbool(b, g->pkg_state == RPT_PKG_FOUND));
		put(o, "unit", jstr_or_null(b, g->unit));
	}
	if (g->ctr_id[0]) {
		c = chk(b, json_object_new_object());
		if (c) {
			put(c, "id", jstr(b, g->ctr_id));
			put(c, "runtime", jstr(b, g->ctr_rt));
		}
	}
	put(o, "container", c);
	put(o, "netns", g->netns >= 0 ? ju(b, (uint64_t)g->netns) : NULL);
	put(o, "host_netns", g->host_netns < 0 ? NULL : jbool(b, g->host_netns));
	put(o, "masquerade_comm", jstr_or_null(b, g->masq_comm));
}

static struct json_object *listeners(struct jb *b, const struct rpt_summary *s)
{
	const struct rpt_table_s *t = &s->agg->t[RT_LISTEN];
	struct json_object *arr = chk(b, json_object_new_array());

	for (size_t i = 0; arr && i < t->n; i++) {
		const struct rpt_group *g = &t->g[i];
		struct json_object *o;
		char a[RPT_ADDR_TEXT];

		if (!rpt_listener_in_window(g))
			continue;
		o = chk(b, json_object_new_object());
		if (!o)
			break;
		rpt_addr_str(&g->addr, a, sizeof(a));
		put(o, "proto", jstr(b, rpt_proto_name(g->proto)));
		put(o, "address", jstr(b, a));
		put(o, "port", ju(b, g->port));
		put(o, "port_class", jstr(b, port_class_name(port_class_of(g->port))));
		put(o, "service", jstr_or_null(b, g->service));
		put(o, "scope", jstr(b, rpt_bind_scope(&g->addr)));
		put(o, "process", g->comm_known ? jstr(b, g->comm) : NULL);
		who(b, o, g);
		put(o, "uid", g->uid >= 0 ? ju(b, (uint64_t)g->uid) : NULL);
		put(o, "first_seen", jts(b, g->first_ts));
		put(o, "last_seen", jts(b, g->last_ts));
		put(o, "open_at_end", jbool(b, rpt_listener_open_at_end(g)));
		put(o, "from_snapshot", jbool(b, g->from_snapshot));
		put(o, "from_events", jbool(b, g->from_event));
		put(o, "events", ju(b, g->in_window));
		approval(b, o, s, g);
		json_object_array_add(arr, o);
	}
	return arr;
}

static struct json_object *flows(struct jb *b, const struct rpt_summary *s, int table)
{
	const struct rpt_table_s *t = &s->agg->t[table];
	struct json_object *arr = chk(b, json_object_new_array());

	for (size_t i = 0; arr && i < t->n; i++) {
		const struct rpt_group *g = &t->g[i];
		struct json_object *o = chk(b, json_object_new_object()), *errs;

		if (!o)
			break;
		put(o, "process", g->comm_known ? jstr(b, g->comm) : NULL);
		who(b, o, g);
		put(o, "proto", jstr(b, rpt_proto_name(g->proto)));
		put(o, "port", ju(b, g->port));
		put(o, "service", jstr_or_null(b, g->service));
		put(o, "port_class", jstr(b, port_class_name(port_class_of(g->port))));
		put(o, table == RT_OUT ? "connections" : "accepts", ju(b, g->count));
		if (table == RT_OUT) {
			put(o, "failures", ju(b, g->failures));
			put(o, "in_progress", ju(b, g->in_progress));
			errs = chk(b, json_object_new_object());
			for (int k = 0; errs && k < RPT_ERR_SLOTS && g->errs[k].n; k++)
				json_object_object_add(errs, rpt_err_name(g->errs[k].err),
						       ju(b, g->errs[k].n));
			if (errs && g->errs_other)
				json_object_object_add(errs, "other", ju(b, g->errs_other));
			put(o, "errors", errs);
		}
		put(o, table == RT_OUT ? "destinations" : "peers", distinct(b, &g->distinct));
		put(o, "first_seen", jts(b, g->first_ts));
		put(o, "last_seen", jts(b, g->last_ts));
		approval(b, o, s, g);
		json_object_array_add(arr, o);
	}
	return arr;
}

static struct json_object *classes(struct jb *b, const struct rpt_summary *s)
{
	const struct rpt_agg *a = s->agg;
	struct json_object *arr = chk(b, json_object_new_array());
	uint64_t lis[PORT_CLASS_COUNT] = {0};

	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++)
		if (rpt_listener_in_window(&a->t[RT_LISTEN].g[i]))
			lis[port_class_of(a->t[RT_LISTEN].g[i].port)]++;
	for (int c = 0; arr && c < PORT_CLASS_COUNT; c++) {
		struct json_object *o = chk(b, json_object_new_object());
		uint64_t all = 0;

		if (!o)
			break;
		for (int k = 0; k < RK_COUNT; k++)
			all += a->by_class[c][k];
		put(o, "port_class", jstr(b, port_class_name((enum port_class)c)));
		put(o, "listeners", ju(b, lis[c]));
		put(o, "outbound_connects", ju(b, a->by_class[c][RK_CONNECT]));
		put(o, "inbound_accepts", ju(b, a->by_class[c][RK_ACCEPT]));
		put(o, "events", ju(b, all));
		json_object_array_add(arr, o);
	}
	return arr;
}

static struct json_object *approved(struct jb *b, const struct rpt_summary *s)
{
	const struct approved_list *l = s->approved;
	struct json_object *o, *rules, *un;

	if (!l)
		return NULL;
	o = chk(b, json_object_new_object());
	rules = chk(b, json_object_new_array());
	un = chk(b, json_object_new_object());
	if (!o || !rules || !un) {
		json_object_put(o);
		json_object_put(rules);
		json_object_put(un);
		return NULL;
	}
	put(o, "path", jstr(b, l->path));
	for (size_t i = 0; i < l->n; i++) {
		struct json_object *r = chk(b, json_object_new_object());

		if (!r)
			break;
		put(r, "line", ju(b, l->r[i].line));
		put(r, "rule", jstr(b, l->r[i].rule));
		put(r, "justification", jstr(b, l->r[i].justification));
		put(r, "matched", ju(b, l->r[i].matched));
		json_object_array_add(rules, r);
	}
	put(o, "rules", rules);
	put(un, "listeners", ju(b, s->unapproved[RT_LISTEN]));
	put(un, "outbound", ju(b, s->unapproved[RT_OUT]));
	put(un, "inbound", ju(b, s->unapproved[RT_IN]));
	put(o, "unapproved", un);
	return o;
}

static struct json_object *segments(struct jb *b, const struct rpt_summary *s)
{
	struct json_object *arr = chk(b, json_object_new_array());

	for (size_t i = 0; arr && i < s->ins->nseg; i++) {
		const struct rpt_segment *g = &s->ins->seg[i];
		struct json_object *o = chk(b, json_object_new_object());

		if (!o)
			break;
		put(o, "name", jstr(b, g->name));
		put(o, "path", jstr(b, g->path));
		put(o, "lines", ju(b, g->lines));
		put(o, "bad_lines", ju(b, g->bad_lines));
		put(o, "first_bad_line", g->bad_lines ? ju(b, g->first_bad_line) : NULL);
		put(o, "read", jstr(b, rpt_seg_state_name(g->state)));
		put(o, "damaged", jbool(b, rpt_seg_damaged(g)));
		put(o, "detail", jstr_or_null(b, g->detail));
		put(o, "integrity", jstr(b, g->integrity));
		put(o, "integrity_detail", jstr_or_null(b, g->integrity_detail));
		/* an open segment: what its checkpoints vouch for, and the rest */
		if (g->limited) {
			put(o, "verified_bytes", ju(b, g->read_limit));
			put(o, "unverified_tail_bytes", ju(b, g->tail_bytes));
			put(o, "unverified_tail_lines", ju(b, g->tail_lines));
		}
		json_object_array_add(arr, o);
	}
	return arr;
}

int rpt_write_json(FILE *f, const struct rpt_summary *s)
{
	struct jb b = {0};
	struct json_object *root = json_object_new_object(), *meta, *fa, *ni;
	const char *text;
	int rc = 0;

	if (!root)
		return -1;
	meta = chk(&b, json_object_new_object());
	if (meta) {
		put(meta, "format", ju(&b, JSON_REPORT_FORMAT));
		put(meta, "generated_by", jstr(&b, s->generated_by));
		put(meta, "generated_at", jts(&b, s->generated_at));
	}
	put(root, "report", meta);
	put(root, "summary", header(&b, s));
	fa = chk(&b, json_object_new_array());
	for (size_t i = 0; fa && i < s->nfind; i++) {
		struct json_object *o = chk(&b, json_object_new_object());

		if (!o)
			break;
		put(o, "severity", jstr(&b, rpt_sev_name(s->find[i].sev)));
		put(o, "code", jstr(&b, s->find[i].code));
		put(o, "text", jstr(&b, s->find[i].text));
		json_object_array_add(fa, o);
	}
	put(root, "findings", fa);
	put(root, "listeners", listeners(&b, s));
	put(root, "outbound", flows(&b, s, RT_OUT));
	put(root, "inbound", flows(&b, s, RT_IN));
	put(root, "port_classes", classes(&b, s));
	put(root, "approved", approved(&b, s));
	put(root, "segments", segments(&b, s));
	ni = chk(&b, json_object_new_object());
	if (ni) {
		put(ni, "listener_events", ju(&b, s->agg->t[RT_LISTEN].overflow_events));
		put(ni, "outbound_events", ju(&b, s->agg->t[RT_OUT].overflow_events));
		put(ni, "inbound_events", ju(&b, s->agg->t[RT_IN].overflow_events));
	}
	put(root, "not_itemised", ni);
	if (b.oom) {
		json_object_put(root);
		return -1;
	}
	text = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
						    JSON_C_TO_STRING_NOSLASHESCAPE);
	if (!text || fputs(text, f) < 0 || fputc('\n', f) < 0)
		rc = -1;
	json_object_put(root);
	return rc || ferror(f) ? -1 : 0;
}
