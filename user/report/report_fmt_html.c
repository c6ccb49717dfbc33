// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The HTML report: one self-contained file (inline CSS and SVG, no script,
 * nothing fetched: a Content-Security-Policy forbids it), readable offline
 * and printable. Every string from the record or the approved list goes
 * through rpt_html_esc().
 */
#include <stdio.h>
#include <string.h>

#include "report/approved.h"
#include "report/report.h"

static void esc(FILE *f, const char *s)
{
	rpt_html_esc(f, s, strlen(s));
}

static void td(FILE *f, const char *s)
{
	fputs("<td>", f);
	esc(f, s);
	fputs("</td>", f);
}

static void tdn(FILE *f, unsigned long long v)
{
	fprintf(f, "<td class=\"n\">%llu</td>", v);
}

static void th_row(FILE *f, const char *const *cols, int n)
{
	fputs("<table><thead><tr>", f);
	for (int i = 0; i < n; i++)
		fprintf(f, "<th>%s</th>", cols[i]);
	fputs("</tr></thead><tbody>\n", f);
}

static void kv(FILE *f, const char *k, const char *v, const char *cls)
{
	fprintf(f, "<tr><th>%s</th><td%s%s%s>", k, cls ? " class=\"" : "", cls ? cls : "",
		cls ? "\"" : "");
	esc(f, v);
	fputs("</td></tr>\n", f);
}

static const char style[] =
	"body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;"
	"color:#1b1f24;max-width:1400px}"
	"h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;"
	"border-bottom:1px solid #d0d7de;padding-bottom:.2em}"
	"table{border-collapse:collapse;margin:.6em 0;font-size:13px}"
	"th,td{border:1px solid #d0d7de;padding:3px 7px;text-align:left;vertical-align:top}"
	"thead th{background:#f3f5f7;position:sticky;top:0}"
	"td.n{text-align:right;font-variant-numeric:tabular-nums}td.t{white-space:nowrap}"
	".kv th{background:#f3f5f7;width:11em}"
	"tr.wild td{background:#fff4e5}tr.wild td.scope{font-weight:bold;color:#9a4b00}"
	".bad{color:#b3261e;font-weight:bold}.good{color:#1a7f37}.muted{color:#6e7781}"
	".sev{display:inline-block;min-width:4.5em;font-weight:bold;text-transform:uppercase}"
	".sev-high{color:#b3261e}.sev-medium{color:#9a4b00}.sev-low{color:#6639ba}"
	".sev-info{color:#57606a}ul.find{padding-left:1.2em}ul.find li{margin:.25em 0}"
	".status-ok{color:#1a7f37;font-weight:bold}.status-bad{color:#b3261e;font-weight:bold}"
	"code{font-size:12px}svg text{font:12px system-ui,sans-serif}"
	"@media print{thead th{position:static}}";

static void header(FILE *f, const struct rpt_summary *s)
{
	struct rpt_row r;

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; img-src data:\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<title>Socket activity report", f);
	if (s->host[0]) {
		fputs(": ", f);
		esc(f, s->host);
	}
	fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>Socket activity report",
		style);
	if (s->host[0]) {
		fputs(": ", f);
		esc(f, s->host);
	}
	fputs("</h1>\n<table class=\"kv\"><tbody>\n", f);
	rpt_header_row(s, &r);
	for (int i = 0; i + 1 < r.n; i += 2) {
		enum rpt_cell_kind k = r.c[i + 1].kind;

		kv(f, r.c[i].text, r.c[i + 1].text,
		   k == RC_BAD ? "status-bad" : k == RC_GOOD ? "status-ok" : NULL);
	}
	fputs("</tbody></table>\n", f);
}

static void findings(FILE *f, const struct rpt_summary *s)
{
	fputs("<h2 id=\"findings\">Findings</h2>\n", f);
	if (!s->nfind) {
		fputs("<p>None.</p>\n", f);
		return;
	}
	fputs("<ul class=\"find\">\n", f);
	for (size_t i = 0; i < s->nfind; i++) {
		const struct rpt_finding *x = &s->find[i];

		fprintf(f, "<li><span class=\"sev sev-%s\">%s</span> <code>", rpt_sev_name(x->sev),
			rpt_sev_name(x->sev));
		esc(f, x->code);
		fputs("</code> ", f);
		esc(f, x->text);
		fputs("</li>\n", f);
	}
	fputs("</ul>\n", f);
}

/* One shared row (report_rows.c) in HTML: a wildcard listener's row is
 * highlighted and its scope stands out (by the stylesheet). */
static void row(FILE *f, const struct rpt_row *r)
{
	static const char *const cls[] = {
		[RC_TEXT] = NULL, [RC_MADE] = NULL, [RC_NUM] = "n", [RC_TIME] = "t",
		[RC_ADDR] = NULL, [RC_SCOPE] = "scope", [RC_MUTED] = "muted", [RC_GOOD] = "good",
		[RC_BAD] = "bad",
	};

	fprintf(f, "<tr%s>", r->wildcard ? " class=\"wild\"" : "");
	for (int i = 0; i < r->n; i++) {
		const struct rpt_cell *c = &r->c[i];
		const char *k = cls[c->kind];

		fprintf(f, "<td%s%s%s>", k ? " class=\"" : "", k ? k : "", k ? "\"" : "");
		esc(f, c->text);
		fputs("</td>", f);
	}
	fputs("</tr>\n", f);
}

static void listeners(FILE *f, const struct rpt_summary *s)
{
	const struct rpt_table_s *t = &s->agg->t[RT_LISTEN];
	struct rpt_row r;

	fputs("<h2 id=\"listeners\">Listening services</h2>\n<p>Every socket that listened "
	      "(TCP) or was bound for receiving (UDP) during the window, from live events and "
	      "from the snapshots taken when each segment began. Listeners on all interfaces "
	      "are highlighted.</p>\n", f);
	if (!rpt_listeners_shown(s)) {
		fputs("<p>None.</p>\n", f);
		return;
	}
	th_row(f, rpt_listener_cols, RPT_LISTENER_COLS);
	for (size_t i = 0; i < t->n; i++) {
		if (!rpt_listener_in_window(&t->g[i]))
			continue;
		rpt_listener_row(s, &t->g[i], &r);
		row(f, &r);
	}
	fputs("</tbody></table>\n", f);
}

/* --baseline: what began and stopped listening since the baseline record. */
static void drift(FILE *f, const struct rpt_summary *s)
{
	const struct rpt_baseline *b = s->baseline;
	struct rpt_row r;
	char line[1024];

	if (!b)
		return;
	fputs("<h2 id=\"drift\">Listener drift since the baseline</h2>\n<p>", f);
	rpt_drift_sentence(s, line, sizeof(line));
	esc(f, line);
	fputs("</p>\n", f);
	if (!b->n) {
		fputs("<p>No change.</p>\n", f);
		return;
	}
	th_row(f, rpt_drift_cols, RPT_DRIFT_COLS);
	for (size_t i = 0; i < b->n; i++) {
		rpt_drift_row(&b->item[i], &r);
		row(f, &r);
	}
	fputs("</tbody></table>\n", f);
}

static void flows(FILE *f, const struct rpt_summary *s, int table)
{
	const struct rpt_table_s *t = &s->agg->t[table];
	const char *const *cols;
	struct rpt_row r;
	int ncols;

	if (table == RT_OUT)
		fputs("<h2 id=\"outbound\">Outbound connections</h2>\n<p>Connections this host "
		      "opened, by process, then service and port class. Destinations are "
		      "distinct remote addresses (listed when at most 16; &quot;~&quot; marks "
		      "an estimate).</p>\n", f);
	else
		fputs("<h2 id=\"inbound\">Inbound connections</h2>\n<p>Connections accepted, per "
		      "local service. Peers are distinct remote addresses.</p>\n", f);
	if (!t->n) {
		fputs("<p>None.</p>\n", f);
		return;
	}
	cols = rpt_flow_cols(table, &ncols);
	th_row(f, cols, ncols);
	for (size_t i = 0; i < t->n; i++) {
		rpt_flow_row(s, &t->g[i], table, &r);
		row(f, &r);
	}
	fputs("</tbody></table>\n", f);
}

/* Three small bar charts side by side, each on its own scale. */
static void chart(FILE *f, const uint64_t v[3][PORT_CLASS_COUNT])
{
	static const char *const titles[3] = { "Listeners", "Outbound connects",
					       "Inbound accepts" };
	static const char *const colors[PORT_CLASS_COUNT] = { "#0969da", "#8250df", "#bf8700" };
	const int pw = 300, ph = 120, bar_x = 86, bar_w = 150;

	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" "
		"height=\"%d\" viewBox=\"0 0 %d %d\" aria-labelledby=\"chart-title\">"
		"<title id=\"chart-title\">Port-class breakdown of listeners, outbound "
		"connects and inbound accepts</title>\n", pw * 3, ph, pw * 3, ph);
	for (int p = 0; p < 3; p++) {
		uint64_t max = 0;

		for (int c = 0; c < PORT_CLASS_COUNT; c++)
			if (v[p][c] > max)
				max = v[p][c];
		fprintf(f, "<g transform=\"translate(%d,0)\"><text x=\"0\" y=\"16\" "
			"font-weight=\"bold\">%s</text>\n", p * pw, titles[p]);
		for (int c = 0; c < PORT_CLASS_COUNT; c++) {
			int y = 30 + c * 28;
			int w = max ? (int)((double)v[p][c] / (double)max * bar_w + 0.5) : 0;

			if (v[p][c] && w < 1)
				w = 1;
			fprintf(f, "<text x=\"0\" y=\"%d\">%s</text>"
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"%s\">"
				"<title>%s: %llu</title></rect>"
				"<text x=\"%d\" y=\"%d\">%llu</text>\n", y + 13,
				port_class_name((enum port_class)c), bar_x, y, w, colors[c],
				port_class_name((enum port_class)c), (unsigned long long)v[p][c],
				bar_x + w + 5, y + 13, (unsigned long long)v[p][c]);
		}
		fputs("</g>\n", f);
	}
	fputs("</svg>\n", f);
}

static void classes(FILE *f, const struct rpt_summary *s)
{
	static const char *const cols[] = { "Port class", "Ports", "Listeners",
					    "Outbound connects", "Inbound accepts", "All events" };
	static const char *const range[PORT_CLASS_COUNT] = { "0-1023", "1024-49151",
							     "49152-65535" };
	const struct rpt_agg *a = s->agg;
	uint64_t v[3][PORT_CLASS_COUNT] = {{0}};

	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++)
		if (rpt_listener_in_window(&a->t[RT_LISTEN].g[i]))
			v[0][port_class_of(a->t[RT_LISTEN].g[i].port)]++;
	for (int c = 0; c < PORT_CLASS_COUNT; c++) {
		v[1][c] = a->by_class[c][SW_CONNECT];
		v[2][c] = a->by_class[c][SW_ACCEPT];
	}
	fputs("<h2 id=\"classes\">Port classes</h2>\n<p>RFC 6335 classes of the labeled port "
	      "(the service side: remote port of outbound connections, local port "
	      "otherwise).</p>\n", f);
	chart(f, v);
	th_row(f, cols, 6);
	for (int c = 0; c < PORT_CLASS_COUNT; c++) {
		uint64_t all = 0;

		for (int k = 0; k < SW_KIND_MAX; k++)
			all += a->by_class[c][k];
		fputs("<tr>", f);
		td(f, port_class_name((enum port_class)c));
		td(f, range[c]);
		tdn(f, v[0][c]);
		tdn(f, v[1][c]);
		tdn(f, v[2][c]);
		tdn(f, all);
		fputs("</tr>\n", f);
	}
	fputs("</tbody></table>\n", f);
}

static void approved(FILE *f, const struct rpt_summary *s)
{
	static const char *const cols[] = { "Line", "Rule", "Justification", "Matched" };
	const struct approved_list *l = s->approved;

	fputs("<h2 id=\"approved\">Approved services</h2>\n", f);
	if (!l) {
		fputs("<p>No approved-services list was given (--approved FILE), so no row is "
		      "marked approved or not.</p>\n", f);
		return;
	}
	fputs("<p>From <code>", f);
	esc(f, l->path);
	fprintf(f, "</code>: %zu rules. Unapproved: %llu listeners, %llu outbound services, "
		"%llu inbound services.</p>\n", l->n, (unsigned long long)s->unapproved[RT_LISTEN],
		(unsigned long long)s->unapproved[RT_OUT], (unsigned long long)s->unapproved[RT_IN]);
	if (!l->n)
		return;
	th_row(f, cols, 4);
	for (size_t i = 0; i < l->n; i++) {
		fputs("<tr>", f);
		tdn(f, l->r[i].line);
		fputs("<td><code>", f);
		esc(f, l->r[i].rule);
		fputs("</code></td>", f);
		td(f, l->r[i].justification);
		if (l->r[i].matched)
			tdn(f, l->r[i].matched);
		else
			fputs("<td class=\"bad\">never seen</td>", f);
		fputs("</tr>\n", f);
	}
	fputs("</tbody></table>\n", f);
}

static void segments(FILE *f, const struct rpt_summary *s)
{
	static const char *const cols[] = { "Segment", "Lines", "Bad lines", "Read",
					    "Integrity", "Detail" };
	char b[600];

	fputs("<h2 id=\"segments\">Segments</h2>\n", f);
	th_row(f, cols, 6);
	for (size_t i = 0; i < s->ins->nseg; i++) {
		const struct rpt_segment *g = &s->ins->seg[i];
		bool bad = rpt_seg_damaged(g);

		fputs("<tr>", f);
		td(f, g->name);
		tdn(f, g->lines);
		tdn(f, g->bad_lines);
		fprintf(f, "<td%s>", bad ? " class=\"bad\"" : "");
		esc(f, rpt_seg_state_name(g->state));
		fputs("</td>", f);
		td(f, rpt_seg_integrity(g));
		snprintf(b, sizeof(b), "%s%s%s", g->detail, g->detail[0] && g->integrity_detail[0]
			 ? "; " : "", g->integrity_detail);
		td(f, b[0] ? b : "-");
		fputs("</tr>\n", f);
	}
	fputs("</tbody></table>\n", f);
}

static void notes(FILE *f, const struct rpt_summary *s)
{
	fputs("<h2 id=\"method\">Method</h2>\n<ul>\n<li>Listeners include sockets open when the "
	      "window began (seen in a snapshot or an earlier event and not closed before "
	      "it).</li>\n", f);
	fprintf(f, "<li>Distinct destinations and peers are exact up to %d per row, then "
		"estimated with a HyperLogLog sketch (1 KiB per row, about 3%% standard "
		"error).</li>\n", RPT_EXACT_MAX);
	fprintf(f, "<li>Tables keep at most %d rows each; events beyond are counted in the "
		"totals and named in the findings.</li>\n", RPT_GROUPS_MAX);
	if (s->eph_known) {
		fprintf(f, "<li>Ephemeral port range %u-%u, ", s->eph_lo, s->eph_hi);
		esc(f, s->eph_source);
		fputs(".</li>\n", f);
	} else {
		fputs("<li>Ephemeral port range unknown: not checked.</li>\n", f);
	}
	fputs("</ul>\n", f);
}

int rpt_write_html(FILE *f, const struct rpt_summary *s)
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
	fputs("</body>\n</html>\n", f);
	return ferror(f) ? -1 : 0;
}
