// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The JSON report: the complete machine-readable summary, one indented
 * document written with the program's one JSON writer (json_writer's
 * pretty file sink). Strings come out valid UTF-8 whatever the record
 * held (esc_json), times are RFC 3339 UTC with microseconds, null where
 * unknown.
 */
#include <stdio.h>
#include <string.h>

#include "output/json_writer.h"
#include "report/approved.h"
#include "report/report.h"

#define JSON_REPORT_FORMAT 1

static void str_or_null(struct jw *w, const char *s)
{
	if (s && s[0])
		jw_str(w, s);
	else
		jw_null(w);
}

static void ts(struct jw *w, int64_t ns)
{
	char t[RPT_TS_LEN];

	if (ns == RPT_TS_NONE) {
		jw_null(w);
		return;
	}
	rpt_time_format(t, sizeof(t), ns);
	jw_str(w, t);
}

/* A boolean where `known`, else null. */
static void bool_if(struct jw *w, bool known, bool v)
{
	if (known)
		jw_bool(w, v);
	else
		jw_null(w);
}

static void approval(struct jw *w, const struct rpt_summary *s, const struct rpt_group *g)
{
	JW_KEY(w, "approved");
	bool_if(w, s->approved, g->rule != NULL);
	JW_KEY(w, "approved_by_line");
	if (s->approved && g->rule)
		jw_u64(w, g->rule->line);
	else
		jw_null(w);
}

static void distinct(struct jw *w, const struct rpt_distinct *d)
{
	struct rpt_addr v[RPT_EXACT_MAX];
	char text[RPT_ADDR_TEXT];
	uint32_t n;

	jw_object_start(w);
	JW_KEY(w, "count");
	jw_u64(w, rpt_distinct_count(d));
	JW_KEY(w, "exact");
	jw_bool(w, rpt_distinct_exact(d));
	JW_KEY(w, "addresses");
	if (!rpt_distinct_exact(d)) {
		jw_null(w);
	} else {
		jw_array_start(w);
		n = rpt_distinct_sorted(d, v);
		for (uint32_t i = 0; i < n; i++) {
			sw_addr_str(v[i].family, v[i].a, text, sizeof(text));
			jw_str(w, text);
		}
		jw_array_end(w);
	}
	jw_object_end(w);
}

static void inputs(struct jw *w, const struct rpt_summary *s)
{
	jw_array_start(w);
	for (size_t i = 0; i < s->ins->nin; i++) {
		const struct rpt_input *in = &s->ins->in[i];
		bool man = in->is_dir && in->has_manifest;

		jw_object_start(w);
		JW_KEY(w, "path");
		jw_str(w, in->path);
		JW_KEY(w, "type");
		jw_str(w, in->is_dir ? "record" : "file");
		JW_KEY(w, "manifest");
		if (man)
			jw_str(w, mf_manifest_name(in->manifest));
		else
			jw_null(w);
		JW_KEY(w, "manifest_detail");
		str_or_null(w, in->manifest_detail);
		JW_KEY(w, "integrity_ok");
		bool_if(w, man, in->manifest_ok);
		JW_KEY(w, "record_id");
		str_or_null(w, in->record_id);
		JW_KEY(w, "chain_head");
		str_or_null(w, in->chain_head);
		JW_KEY(w, "sealed");
		bool_if(w, man, in->sealed);
		JW_KEY(w, "seals_proven");
		bool_if(w, man, in->seals_checked);
		JW_KEY(w, "stopped");
		bool_if(w, in->is_dir, in->stopped);
		JW_KEY(w, "live");
		bool_if(w, in->is_dir, in->live);
		jw_object_end(w);
	}
	jw_array_end(w);
}

static void by_kind(struct jw *w, const uint64_t *n)
{
	jw_object_start(w);
	for (int k = 0; k < SW_KIND_MAX; k++) {
		if (!rpt_kind_counted(k))
			continue;
		jw_key(w, sw_kind_name((unsigned)k));
		jw_u64(w, n[k]);
	}
	jw_object_end(w);
}

static void header(struct jw *w, const struct rpt_summary *s)
{
	const struct rpt_agg *a = s->agg;

	jw_object_start(w);
	JW_KEY(w, "host");
	str_or_null(w, s->host);
	JW_KEY(w, "kernel");
	str_or_null(w, s->kernel);
	JW_KEY(w, "recorded_by");
	str_or_null(w, s->version);
	JW_KEY(w, "record_started");
	ts(w, s->rec_start);
	JW_KEY(w, "record_stopped");
	ts(w, s->rec_stop);
	JW_KEY(w, "inputs");
	inputs(w, s);

	JW_KEY(w, "window");
	jw_object_start(w);
	JW_KEY(w, "since");
	ts(w, s->win.since);
	JW_KEY(w, "until");
	ts(w, s->win.until);
	JW_KEY(w, "first_event");
	ts(w, a->first_ts);
	JW_KEY(w, "last_event");
	ts(w, a->last_ts);
	jw_object_end(w);

	JW_KEY(w, "events");
	jw_object_start(w);
	JW_KEY(w, "in_window");
	jw_u64(w, a->events);
	JW_KEY(w, "outside_window");
	jw_u64(w, a->events_outside);
	JW_KEY(w, "snapshot_lines");
	jw_u64(w, a->snapshot_lines);
	JW_KEY(w, "lines");
	jw_u64(w, a->lines);
	JW_KEY(w, "bad_lines");
	jw_u64(w, a->bad_lines);
	JW_KEY(w, "other_lines");
	jw_u64(w, a->other_lines);
	JW_KEY(w, "by_kind");
	by_kind(w, a->by_kind);
	JW_KEY(w, "failed_by_kind");
	by_kind(w, a->failed_by_kind);
	jw_object_end(w);

	JW_KEY(w, "drops");
	jw_u64(w, s->drops);
	JW_KEY(w, "complete");
	jw_bool(w, s->complete);
	JW_KEY(w, "partial");
	jw_bool(w, s->partial);
	JW_KEY(w, "status");
	jw_str(w, s->status);
	JW_KEY(w, "packages");
	jw_str(w, s->packages[0] ? s->packages : "not looked up");
	JW_KEY(w, "coverage");
	jw_str(w, s->coverage);
	JW_KEY(w, "coverage_proven");
	jw_bool(w, s->coverage_proven);
	JW_KEY(w, "integrity");
	jw_object_start(w);
	JW_KEY(w, "ok");
	jw_bool(w, s->integrity_ok);
	JW_KEY(w, "text");
	jw_str(w, s->integrity);
	jw_object_end(w);
	JW_KEY(w, "ephemeral_port_range");
	if (s->eph_known) {
		jw_object_start(w);
		JW_KEY(w, "lo");
		jw_u64(w, s->eph_lo);
		JW_KEY(w, "hi");
		jw_u64(w, s->eph_hi);
		JW_KEY(w, "source");
		jw_str(w, s->eph_source);
		jw_object_end(w);
	} else {
		jw_null(w);
	}
	jw_object_end(w);
}

/* Who a row is: executable, its package, unit, container, namespace. */
static void who(struct jw *w, const struct rpt_group *g)
{
	bool found = g->pkg_state == RPT_PKG_FOUND;

	JW_KEY(w, "executable");
	if (g->exe_known)
		jw_str(w, g->exe);
	else
		jw_null(w);
	if (g->table == RT_LISTEN) {
		JW_KEY(w, "package");
		if (found)
			jw_str(w, g->pkg);
		else
			jw_null(w);
		JW_KEY(w, "package_version");
		if (found)
			jw_str(w, g->pkg_version);
		else
			jw_null(w);
		/* the packages asked for by hand that brought it, when apt
		 * installed it as their dependency */
		JW_KEY(w, "package_installed_with");
		if (found && g->pkg_via[0]) {
			const char *p = g->pkg_via;

			jw_array_start(w);
			while (*p) {
				size_t n = strcspn(p, ",");

				jw_strn(w, p, n);
				p += n;
				p += strspn(p, ", ");
			}
			jw_array_end(w);
		} else {
			jw_null(w);
		}
		JW_KEY(w, "packaged");
		bool_if(w, g->pkg_state != RPT_PKG_UNKNOWN, found);
		JW_KEY(w, "unit");
		str_or_null(w, g->unit);
	}
	JW_KEY(w, "container");
	if (g->ctr_id[0]) {
		jw_object_start(w);
		JW_KEY(w, "id");
		jw_str(w, g->ctr_id);
		JW_KEY(w, "runtime");
		jw_str(w, g->ctr_rt);
		jw_object_end(w);
	} else {
		jw_null(w);
	}
	JW_KEY(w, "netns");
	if (g->netns >= 0)
		jw_u64(w, (uint64_t)g->netns);
	else
		jw_null(w);
	JW_KEY(w, "host_netns");
	bool_if(w, g->host_netns >= 0, g->host_netns);
	JW_KEY(w, "masquerade_comm");
	str_or_null(w, g->masq_comm);
}

static void comm(struct jw *w, const struct rpt_group *g)
{
	JW_KEY(w, "process");
	if (g->comm_known)
		jw_str(w, g->comm);
	else
		jw_null(w);
}

/* A listener's own members, from "proto" to "open_at_end": the listeners
 * table and the drift against a baseline show them alike. */
static void listener_members(struct jw *w, const struct rpt_group *g)
{
	char a[RPT_ADDR_TEXT];

	sw_addr_str(g->addr.family, g->addr.a, a, sizeof(a));
	JW_KEY(w, "proto");
	jw_str(w, sw_proto_name(g->proto));
	JW_KEY(w, "address");
	jw_str(w, a);
	JW_KEY(w, "port");
	jw_u64(w, g->port);
	JW_KEY(w, "port_class");
	jw_str(w, port_class_name(port_class_of(g->port)));
	JW_KEY(w, "service");
	str_or_null(w, g->service);
	JW_KEY(w, "scope");
	jw_str(w, rpt_bind_scope(&g->addr));
	comm(w, g);
	who(w, g);
	JW_KEY(w, "uid");
	if (g->uid >= 0)
		jw_u64(w, (uint64_t)g->uid);
	else
		jw_null(w);
	JW_KEY(w, "first_seen");
	ts(w, g->first_ts);
	JW_KEY(w, "last_seen");
	ts(w, g->last_ts);
	JW_KEY(w, "open_at_end");
	jw_bool(w, rpt_listener_open_at_end(g));
}

static void listeners(struct jw *w, const struct rpt_summary *s)
{
	const struct rpt_table_s *t = &s->agg->t[RT_LISTEN];

	jw_array_start(w);
	for (size_t i = 0; i < t->n; i++) {
		const struct rpt_group *g = &t->g[i];

		if (!rpt_listener_in_window(g))
			continue;
		jw_object_start(w);
		listener_members(w, g);
		JW_KEY(w, "from_snapshot");
		jw_bool(w, g->from_snapshot);
		JW_KEY(w, "from_events");
		jw_bool(w, g->from_event);
		JW_KEY(w, "events");
		jw_u64(w, g->in_window);
		approval(w, s, g);
		jw_object_end(w);
	}
	jw_array_end(w);
}

/* {"ECONNREFUSED":n,...,"other":n}. Errors with one name (every errno
 * sockwatch has no name for is EUNKNOWN) are one member, their sum. */
static void errors(struct jw *w, const struct rpt_group *g)
{
	jw_object_start(w);
	for (int k = 0; k < RPT_ERR_SLOTS && g->errs[k].n; k++) {
		const char *name = rpt_err_name(g->errs[k].err);
		uint64_t n = 0;
		bool seen = false;

		for (int j = 0; j < k && !seen; j++)
			seen = !strcmp(rpt_err_name(g->errs[j].err), name);
		if (seen)
			continue;
		for (int j = k; j < RPT_ERR_SLOTS && g->errs[j].n; j++)
			if (!strcmp(rpt_err_name(g->errs[j].err), name))
				n += g->errs[j].n;
		jw_key(w, name);
		jw_u64(w, n);
	}
	if (g->errs_other) {
		JW_KEY(w, "other");
		jw_u64(w, g->errs_other);
	}
	jw_object_end(w);
}

static void flows(struct jw *w, const struct rpt_summary *s, int table)
{
	const struct rpt_table_s *t = &s->agg->t[table];
	bool out = table == RT_OUT;

	jw_array_start(w);
	for (size_t i = 0; i < t->n; i++) {
		const struct rpt_group *g = &t->g[i];

		jw_object_start(w);
		comm(w, g);
		who(w, g);
		JW_KEY(w, "proto");
		jw_str(w, sw_proto_name(g->proto));
		JW_KEY(w, "port");
		jw_u64(w, g->port);
		JW_KEY(w, "service");
		str_or_null(w, g->service);
		JW_KEY(w, "port_class");
		jw_str(w, port_class_name(port_class_of(g->port)));
		jw_key(w, out ? "connections" : "accepts");
		jw_u64(w, g->count);
		if (out) {
			JW_KEY(w, "failures");
			jw_u64(w, g->failures);
			JW_KEY(w, "in_progress");
			jw_u64(w, g->in_progress);
			JW_KEY(w, "errors");
			errors(w, g);
		}
		jw_key(w, out ? "destinations" : "peers");
		distinct(w, &g->distinct);
		JW_KEY(w, "first_seen");
		ts(w, g->first_ts);
		JW_KEY(w, "last_seen");
		ts(w, g->last_ts);
		approval(w, s, g);
		jw_object_end(w);
	}
	jw_array_end(w);
}

static void classes(struct jw *w, const struct rpt_summary *s)
{
	const struct rpt_agg *a = s->agg;
	uint64_t lis[PORT_CLASS_COUNT] = {0};

	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++)
		if (rpt_listener_in_window(&a->t[RT_LISTEN].g[i]))
			lis[port_class_of(a->t[RT_LISTEN].g[i].port)]++;
	jw_array_start(w);
	for (int c = 0; c < PORT_CLASS_COUNT; c++) {
		uint64_t all = 0;

		for (int k = 0; k < SW_KIND_MAX; k++)
			all += a->by_class[c][k];
		jw_object_start(w);
		JW_KEY(w, "port_class");
		jw_str(w, port_class_name((enum port_class)c));
		JW_KEY(w, "listeners");
		jw_u64(w, lis[c]);
		JW_KEY(w, "outbound_connects");
		jw_u64(w, a->by_class[c][SW_CONNECT]);
		JW_KEY(w, "inbound_accepts");
		jw_u64(w, a->by_class[c][SW_ACCEPT]);
		JW_KEY(w, "events");
		jw_u64(w, all);
		jw_object_end(w);
	}
	jw_array_end(w);
}

static void approved(struct jw *w, const struct rpt_summary *s)
{
	const struct approved_list *l = s->approved;

	if (!l) {
		jw_null(w);
		return;
	}
	jw_object_start(w);
	JW_KEY(w, "path");
	jw_str(w, l->path);
	JW_KEY(w, "rules");
	jw_array_start(w);
	for (size_t i = 0; i < l->n; i++) {
		jw_object_start(w);
		JW_KEY(w, "line");
		jw_u64(w, l->r[i].line);
		JW_KEY(w, "rule");
		jw_str(w, l->r[i].rule);
		JW_KEY(w, "justification");
		jw_str(w, l->r[i].justification);
		JW_KEY(w, "matched");
		jw_u64(w, l->r[i].matched);
		jw_object_end(w);
	}
	jw_array_end(w);
	JW_KEY(w, "unapproved");
	jw_object_start(w);
	JW_KEY(w, "listeners");
	jw_u64(w, s->unapproved[RT_LISTEN]);
	JW_KEY(w, "outbound");
	jw_u64(w, s->unapproved[RT_OUT]);
	JW_KEY(w, "inbound");
	jw_u64(w, s->unapproved[RT_IN]);
	jw_object_end(w);
	jw_object_end(w);
}

static void segments(struct jw *w, const struct rpt_summary *s)
{
	jw_array_start(w);
	for (size_t i = 0; i < s->ins->nseg; i++) {
		const struct rpt_segment *g = &s->ins->seg[i];

		jw_object_start(w);
		JW_KEY(w, "name");
		jw_str(w, g->name);
		JW_KEY(w, "path");
		jw_str(w, g->path ? g->path : "");
		JW_KEY(w, "lines");
		jw_u64(w, g->lines);
		JW_KEY(w, "bad_lines");
		jw_u64(w, g->bad_lines);
		JW_KEY(w, "first_bad_line");
		if (g->bad_lines)
			jw_u64(w, g->first_bad_line);
		else
			jw_null(w);
		JW_KEY(w, "read");
		jw_str(w, rpt_seg_state_name(g->state));
		JW_KEY(w, "damaged");
		jw_bool(w, rpt_seg_damaged(g));
		JW_KEY(w, "detail");
		str_or_null(w, g->detail);
		JW_KEY(w, "integrity");
		jw_str(w, rpt_seg_integrity(g));
		JW_KEY(w, "integrity_detail");
		str_or_null(w, g->integrity_detail);
		/* an open segment: what its checkpoints vouch for, and the rest */
		if (g->limited) {
			JW_KEY(w, "verified_bytes");
			jw_u64(w, g->read_limit);
			JW_KEY(w, "unverified_tail_bytes");
			jw_u64(w, g->tail_bytes);
			JW_KEY(w, "unverified_tail_lines");
			jw_u64(w, g->tail_lines);
		}
		jw_object_end(w);
	}
	jw_array_end(w);
}

static void findings(struct jw *w, const struct rpt_summary *s)
{
	jw_array_start(w);
	for (size_t i = 0; i < s->nfind; i++) {
		jw_object_start(w);
		JW_KEY(w, "severity");
		jw_str(w, rpt_sev_name(s->find[i].sev));
		JW_KEY(w, "code");
		jw_str(w, s->find[i].code);
		JW_KEY(w, "text");
		jw_str(w, s->find[i].text);
		jw_object_end(w);
	}
	jw_array_end(w);
}

/* --baseline: the listener drift (report.h). */
static void drift(struct jw *w, const struct rpt_summary *s)
{
	const struct rpt_baseline *b = s->baseline;
	char a[RPT_ADDR_TEXT];

	jw_object_start(w);
	JW_KEY(w, "path");
	jw_str(w, b->path);
	JW_KEY(w, "host");
	str_or_null(w, b->host);
	JW_KEY(w, "other_host");
	jw_bool(w, b->other_host);
	JW_KEY(w, "first_seen");
	ts(w, b->first_ts);
	JW_KEY(w, "last_seen");
	ts(w, b->last_ts);
	JW_KEY(w, "partial");
	jw_bool(w, b->partial);
	JW_KEY(w, "integrity_ok");
	jw_bool(w, b->integrity_ok);
	JW_KEY(w, "unchanged");
	jw_u64(w, b->unchanged);
	for (int began = 1; began >= 0; began--) {
		jw_key(w, began ? "began" : "stopped");
		jw_array_start(w);
		for (size_t i = 0; i < b->n; i++) {
			const struct rpt_drift_item *d = &b->item[i];
			const struct rpt_group *g = d->g;

			if (d->began != (bool)began)
				continue;
			jw_object_start(w);
			listener_members(w, g);
			/* began: who had the port in the baseline; stopped: who has it now */
			JW_KEY(w, "same_port_other_record");
			if (d->other) {
				sw_addr_str(d->other->addr.family, d->other->addr.a, a, sizeof(a));
				jw_object_start(w);
				JW_KEY(w, "address");
				jw_str(w, a);
				comm(w, d->other);
				JW_KEY(w, "executable");
				if (d->other->exe_known)
					jw_str(w, d->other->exe);
				else
					jw_null(w);
				jw_object_end(w);
			} else {
				jw_null(w);
			}
			jw_object_end(w);
		}
		jw_array_end(w);
	}
	jw_object_end(w);
}

void rpt_json_report(struct jw *w, const struct rpt_summary *s)
{
	jw_object_start(w);
	JW_KEY(w, "report");
	jw_object_start(w);
	JW_KEY(w, "format");
	jw_u64(w, JSON_REPORT_FORMAT);
	JW_KEY(w, "generated_by");
	jw_str(w, s->generated_by);
	JW_KEY(w, "generated_at");
	ts(w, s->generated_at);
	jw_object_end(w);
	JW_KEY(w, "summary");
	header(w, s);
	JW_KEY(w, "findings");
	findings(w, s);
	if (s->baseline) { /* absent without --baseline: the layout stays as it was */
		JW_KEY(w, "baseline");
		drift(w, s);
	}
	JW_KEY(w, "listeners");
	listeners(w, s);
	JW_KEY(w, "outbound");
	flows(w, s, RT_OUT);
	JW_KEY(w, "inbound");
	flows(w, s, RT_IN);
	JW_KEY(w, "port_classes");
	classes(w, s);
	JW_KEY(w, "approved");
	approved(w, s);
	JW_KEY(w, "segments");
	segments(w, s);
	JW_KEY(w, "not_itemised");
	jw_object_start(w);
	JW_KEY(w, "listener_events");
	jw_u64(w, s->agg->t[RT_LISTEN].overflow_events);
	JW_KEY(w, "outbound_events");
	jw_u64(w, s->agg->t[RT_OUT].overflow_events);
	JW_KEY(w, "inbound_events");
	jw_u64(w, s->agg->t[RT_IN].overflow_events);
	jw_object_end(w);
	jw_object_end(w);
}

int rpt_write_json(FILE *f, const struct rpt_summary *s)
{
	struct jw w;

	if (jw_init_file_pretty(&w, f))
		return -1;
	rpt_json_report(&w, s);
	jw_newline(&w);
	return jw_finish(&w) || ferror(f) ? -1 : 0;
}
