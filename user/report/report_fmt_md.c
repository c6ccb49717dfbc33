// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The Markdown report (the default): readable as plain text, renders as tables. */
#include <stdio.h>
#include <string.h>

#include "report/approved.h"
#include "report/report.h"

static void esc(FILE *f, const char *s)
{
	rpt_md_esc(f, s, strlen(s));
}

static void cell(FILE *f, const char *s)
{
	fputc(' ', f);
	esc(f, s);
	fputs(" |", f);
}

/* Text the report made itself (numbers, "~40"): no escaping needed. */
static void cell_raw(FILE *f, const char *s)
{
	fprintf(f, " %s |", s);
}

static void cellu(FILE *f, unsigned long long v)
{
	fprintf(f, " %llu |", v);
}

static void row_start(FILE *f)
{
	fputc('|', f);
}

static void header_row(FILE *f, const char *const *cols, int n)
{
	row_start(f);
	for (int i = 0; i < n; i++)
		fprintf(f, " %s |", cols[i]);
	fputs("\n|", f);
	for (int i = 0; i < n; i++)
		fputs("---|", f);
	fputc('\n', f);
}

static void kv(FILE *f, const char *k, const char *v)
{
	fprintf(f, "| %s |", k);
	cell(f, v);
	fputc('\n', f);
}

static void header(FILE *f, const struct rpt_summary *s)
{
	struct rpt_row r;

	fputs("# Socket activity report", f);
	if (s->host[0]) {
		fputs(": ", f);
		esc(f, s->host);
	}
	fputs("\n\n| | |\n|---|---|\n", f);
	rpt_header_row(s, &r);
	for (int i = 0; i + 1 < r.n; i += 2)
		kv(f, r.c[i].text, r.c[i + 1].text);
	fputc('\n', f);
}

static void findings(FILE *f, const struct rpt_summary *s)
{
	fputs("## Findings\n\n", f);
	if (!s->nfind) {
		fputs("None.\n\n", f);
		return;
	}
	for (size_t i = 0; i < s->nfind; i++) {
		const struct rpt_finding *x = &s->find[i];

		fprintf(f, "- **%s** [%s] ", rpt_sev_name(x->sev), x->code);
		esc(f, x->text);
		fputc('\n', f);
	}
	fputc('\n', f);
}

/* One shared row (report_rows.c) in Markdown: a wildcard listener's
 * address and scope in bold, an unapproved or unseen entry in bold. */
static void row(FILE *f, const struct rpt_row *r)
{
	row_start(f);
	for (int i = 0; i < r->n; i++) {
		const struct rpt_cell *c = &r->c[i];

		if (((c->kind == RC_ADDR || c->kind == RC_SCOPE) && r->wildcard) ||
		    c->kind == RC_BAD) {
			fputs(" **", f);
			esc(f, c->text);
			fputs("** |", f);
		} else if (c->kind == RC_MADE || c->kind == RC_NUM) {
			cell_raw(f, c->text);
		} else {
			cell(f, c->text);
		}
	}
	fputc('\n', f);
}

static void listeners(FILE *f, const struct rpt_summary *s)
{
	const struct rpt_table_s *t = &s->agg->t[RT_LISTEN];
	struct rpt_row r;

	fputs("## Listening services\n\n", f);
	fputs("Every socket that listened (TCP) or was bound for receiving (UDP) during the "
	      "window, from live events and from the snapshots taken when each segment "
	      "began. Listeners on all interfaces are in bold.\n\n", f);
	if (!rpt_listeners_shown(s)) {
		fputs("None.\n\n", f);
		return;
	}
	header_row(f, rpt_listener_cols, RPT_LISTENER_COLS);
	for (size_t i = 0; i < t->n; i++) {
		if (!rpt_listener_in_window(&t->g[i]))
			continue;
		rpt_listener_row(s, &t->g[i], &r);
		row(f, &r);
	}
	fputc('\n', f);
}

/* --baseline: what began and stopped listening since the baseline record. */
static void drift(FILE *f, const struct rpt_summary *s)
{
	const struct rpt_baseline *b = s->baseline;
	struct rpt_row r;
	char line[1024];

	if (!b)
		return;
	fputs("## Listener drift since the baseline\n\n", f);
	rpt_drift_sentence(s, line, sizeof(line));
	esc(f, line);
	fputs("\n\n", f);
	if (!b->n) {
		fputs("No change.\n\n", f);
		return;
	}
	header_row(f, rpt_drift_cols, RPT_DRIFT_COLS);
	for (size_t i = 0; i < b->n; i++) {
		rpt_drift_row(&b->item[i], &r);
		row(f, &r);
	}
	fputc('\n', f);
}

static void flows(FILE *f, const struct rpt_summary *s, int table)
{
	const struct rpt_table_s *t = &s->agg->t[table];
	const char *const *cols;
	struct rpt_row r;
	int ncols;

	if (table == RT_OUT) {
		fputs("## Outbound connections\n\nConnections this host opened, by process, then "
		      "service and port class. Destinations are distinct remote addresses "
		      "(listed when at most 16; \"~\" marks an estimate).\n\n", f);
	} else {
		fputs("## Inbound connections\n\nConnections accepted, per local service. Peers "
		      "are distinct remote addresses.\n\n", f);
	}
	if (!t->n) {
		fputs("None.\n\n", f);
		return;
	}
	cols = rpt_flow_cols(table, &ncols);
	header_row(f, cols, ncols);
	for (size_t i = 0; i < t->n; i++) {
		rpt_flow_row(s, &t->g[i], table, &r);
		row(f, &r);
	}
	fputc('\n', f);
}

static void classes(FILE *f, const struct rpt_summary *s)
{
	static const char *const cols[] = { "Port class", "Ports", "Listeners",
					    "Outbound connects", "Inbound accepts", "All events" };
	static const char *const range[PORT_CLASS_COUNT] = { "0-1023", "1024-49151",
							     "49152-65535" };
	const struct rpt_agg *a = s->agg;
	uint64_t lis[PORT_CLASS_COUNT] = {0};

	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++)
		if (rpt_listener_in_window(&a->t[RT_LISTEN].g[i]))
			lis[port_class_of(a->t[RT_LISTEN].g[i].port)]++;
	fputs("## Port classes\n\nRFC 6335 classes of the labeled port (the service side: "
	      "remote port of outbound connections, local port otherwise).\n\n", f);
	header_row(f, cols, 6);
	for (int c = 0; c < PORT_CLASS_COUNT; c++) {
		uint64_t all = 0;

		for (int k = 0; k < SW_KIND_MAX; k++)
			all += a->by_class[c][k];
		row_start(f);
		cell(f, port_class_name((enum port_class)c));
		cell(f, range[c]);
		cellu(f, lis[c]);
		cellu(f, a->by_class[c][SW_CONNECT]);
		cellu(f, a->by_class[c][SW_ACCEPT]);
		cellu(f, all);
		fputc('\n', f);
	}
	fputc('\n', f);
}

static void approved(FILE *f, const struct rpt_summary *s)
{
	static const char *const cols[] = { "Line", "Rule", "Justification", "Matched" };
	const struct approved_list *l = s->approved;
	char b[64];

	fputs("## Approved services\n\n", f);
	if (!l) {
		fputs("No approved-services list was given (--approved FILE), so no row is "
		      "marked approved or not.\n\n", f);
		return;
	}
	fputs("From ", f);
	esc(f, l->path);
	fprintf(f, ": %zu rules. Unapproved: %llu listeners, %llu outbound services, %llu "
		"inbound services.\n\n", l->n, (unsigned long long)s->unapproved[RT_LISTEN],
		(unsigned long long)s->unapproved[RT_OUT], (unsigned long long)s->unapproved[RT_IN]);
	if (!l->n)
		return;
	header_row(f, cols, 4);
	for (size_t i = 0; i < l->n; i++) {
		row_start(f);
		cellu(f, l->r[i].line);
		cell(f, l->r[i].rule);
		cell(f, l->r[i].justification);
		if (l->r[i].matched) {
			snprintf(b, sizeof(b), "%llu", (unsigned long long)l->r[i].matched);
			cell(f, b);
		} else {
			fputs(" **never seen** |", f);
		}
		fputc('\n', f);
	}
	fputc('\n', f);
}

static void segments(FILE *f, const struct rpt_summary *s)
{
	static const char *const cols[] = { "Segment", "Lines", "Bad lines", "Read",
					    "Integrity", "Detail" };
	char b[600];

	fputs("## Segments\n\n", f);
	header_row(f, cols, 6);
	for (size_t i = 0; i < s->ins->nseg; i++) {
		const struct rpt_segment *g = &s->ins->seg[i];

		row_start(f);
		cell(f, g->name);
		cellu(f, g->lines);
		cellu(f, g->bad_lines);
		cell(f, rpt_seg_state_name(g->state));
		cell(f, rpt_seg_integrity(g));
		snprintf(b, sizeof(b), "%s%s%s", g->detail, g->detail[0] && g->integrity_detail[0]
			 ? "; " : "", g->integrity_detail);
		cell(f, b[0] ? b : "-");
		fputc('\n', f);
	}
	fputc('\n', f);
}

static void notes(FILE *f, const struct rpt_summary *s)
{
	fputs("## Method\n\n", f);
	fputs("- Listeners include sockets open when the window began (seen in a snapshot or "
	      "an earlier event and not closed before it).\n", f);
	fprintf(f, "- Distinct destinations and peers are exact up to %d per row, then "
		"estimated with a HyperLogLog sketch (1 KiB per row, about 3%% standard "
		"error).\n", RPT_EXACT_MAX);
	fprintf(f, "- Tables keep at most %d rows each; events beyond are counted in the "
		"totals and named in the findings.\n", RPT_GROUPS_MAX);
	if (s->eph_known)
		fprintf(f, "- Ephemeral port range %u-%u, %s.\n", s->eph_lo, s->eph_hi, s->eph_source);
	else
		fputs("- Ephemeral port range unknown: not checked.\n", f);
}

int rpt_write_md(FILE *f, const struct rpt_summary *s)
{
	header(f, s);
	findings(f, s);
	drift(f, s);
	listeners(f, s);
	flows(f, s, RT_OUT);
	flows(f, s, RT_IN);
	classes(f, s);
	approved(f, s);
	segments(f, s);
	notes(f, s);
	return ferror(f) ? -1 : 0;
}
