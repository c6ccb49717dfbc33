// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fleet report's formats (fleet_fmt.h). */
#include <stdlib.h>
#include <string.h>

#include "fleet/fleet_fmt.h"
#include "output/json_writer.h"

/* ---- tables ------------------------------------------------------------- */

void ftable_init(struct ftable *t, const char *id, const char *title, const char *const *cols,
		 int ncols)
{
	memset(t, 0, sizeof(*t));
	t->id = id;
	t->title = title;
	t->cols = cols;
	t->ncols = ncols;
}

void ftable_row(struct ftable *t)
{
	(void)t; /* rows are ncols cells in turn; kept for the reader of callers */
}

static struct fcell *next_cell(struct ftable *t)
{
	if (t->ncell == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		struct fcell *c = realloc(t->cell, cap * sizeof(*c));

		if (!c) {
			t->oom = true;
			return NULL;
		}
		t->cell = c;
		t->cap = cap;
	}
	memset(&t->cell[t->ncell], 0, sizeof(t->cell[0]));
	return &t->cell[t->ncell++];
}

void ftable_text(struct ftable *t, const char *s)
{
	struct fcell *c = next_cell(t);

	if (c && !(c->text = strdup(s ? s : "")))
		t->oom = true;
}

void ftable_num(struct ftable *t, uint64_t n)
{
	struct fcell *c = next_cell(t);

	if (c) {
		c->num = true;
		c->n = n;
	}
}

void ftable_bool(struct ftable *t, bool b)
{
	struct fcell *c = next_cell(t);

	if (c) {
		c->boolean = true;
		c->n = b;
	}
}

void ftable_free(struct ftable *t)
{
	for (size_t i = 0; i < t->ncell; i++)
		free(t->cell[i].text);
	free(t->cell);
	memset(t, 0, sizeof(*t));
}

static size_t rows(const struct ftable *t)
{
	return t->ncols ? t->ncell / (size_t)t->ncols : 0;
}

static const struct fcell *cell(const struct ftable *t, size_t row, const char *col)
{
	for (int i = 0; i < t->ncols; i++)
		if (!strcmp(t->cols[i], col))
			return &t->cell[row * (size_t)t->ncols + (size_t)i];
	return NULL;
}

/* A cell as text, into buf when it is not text already. */
static const char *text_of(const struct fcell *c, char *buf, size_t len)
{
	if (!c)
		return "";
	if (c->boolean)
		return c->n ? "yes" : "no";
	if (c->num) {
		snprintf(buf, len, "%llu", (unsigned long long)c->n);
		return buf;
	}
	return c->text;
}

/* A host's section, as the single-host writer makes it, in memory. */
static char *host_section(const struct rpt_summary *s, enum rpt_format fmt, size_t *len)
{
	char *buf = NULL;
	FILE *m = open_memstream(&buf, len);
	int rc;

	if (!m)
		return NULL;
	switch (fmt) {
	case RF_HTML: rc = rpt_write_html(m, s); break;
	case RF_JSON: rc = rpt_write_json(m, s); break;
	case RF_CSV: rc = rpt_write_csv(m, s); break;
	case RF_MD: default: rc = rpt_write_md(m, s); break;
	}
	if (fclose(m) || rc) {
		free(buf);
		return NULL;
	}
	return buf;
}

static void header_name(FILE *f, const char *col, void (*esc)(FILE *, const char *, size_t))
{
	char buf[64];
	size_t n = 0;

	for (; col[n] && n < sizeof(buf) - 1; n++)
		buf[n] = col[n] == '_' ? ' ' : col[n];
	buf[n] = '\0';
	if (n)
		buf[0] = (char)(buf[0] >= 'a' && buf[0] <= 'z' ? buf[0] - 32 : buf[0]);
	esc(f, buf, n);
}

/* ---- Markdown ----------------------------------------------------------- */

static void md_table(FILE *f, const struct ftable *t)
{
	char num[32];

	if (t->title)
		fprintf(f, "\n## %s\n\n", t->title);
	else
		fputs("\n| | |\n|---|---|\n", f);
	if (t->title) {
		fputs("|", f);
		for (int i = 0; i < t->ncols; i++) {
			fputc(' ', f);
			header_name(f, t->cols[i], rpt_md_esc);
			fputs(" |", f);
		}
		fputs("\n|", f);
		for (int i = 0; i < t->ncols; i++)
			fputs(t->cell && t->cell[i].num ? "---:|" : "---|", f);
		fputc('\n', f);
	}
	for (size_t r = 0; r < rows(t); r++) {
		fputs("|", f);
		for (int i = 0; i < t->ncols; i++) {
			const char *s = text_of(&t->cell[r * (size_t)t->ncols + (size_t)i], num,
						sizeof(num));

			fputc(' ', f);
			if (!t->title && !i)
				fprintf(f, "**%s**", s);   /* our own key names */
			else
				rpt_md_esc(f, s, strlen(s));
			fputs(" |", f);
		}
		fputc('\n', f);
	}
	if (t->title && !rows(t))
		fputs("| (none) |\n", f);
}

static int write_md(FILE *f, const struct ftable *t, size_t nt,
		    const struct rpt_summary *const *hosts, size_t nh, int cut)
{
	fputs("# Fleet socket activity report\n", f);
	for (size_t i = 0; i < nt; i++) {
		md_table(f, &t[i]);
		if (cut && !strcmp(t[i].id, "services"))
			fprintf(f, "\nOnly the first %d services are listed.\n", cut);
	}
	for (size_t i = 0; i < nh; i++) {
		size_t len;
		char *s = host_section(hosts[i], RF_MD, &len);

		if (!s)
			return -1;
		fputs("\n---\n\n", f);
		fwrite(s, 1, len, f);
		free(s);
	}
	return ferror(f) ? -1 : 0;
}

/* ---- HTML --------------------------------------------------------------- */

static void html_s(FILE *f, const char *s)
{
	rpt_html_esc(f, s, strlen(s));
}

static void html_table(FILE *f, const struct ftable *t)
{
	char num[32];

	if (t->title) {
		fprintf(f, "<h2 id=\"fleet-%s\">", t->id);
		html_s(f, t->title);
		fputs("</h2>\n<table><thead><tr>", f);
		for (int i = 0; i < t->ncols; i++) {
			fputs("<th>", f);
			header_name(f, t->cols[i], rpt_html_esc);
			fputs("</th>", f);
		}
		fputs("</tr></thead><tbody>\n", f);
	} else {
		fputs("<table class=\"kv\"><tbody>\n", f);
	}
	for (size_t r = 0; r < rows(t); r++) {
		fputs("<tr>", f);
		for (int i = 0; i < t->ncols; i++) {
			const struct fcell *c = &t->cell[r * (size_t)t->ncols + (size_t)i];

			fputs(!t->title && !i ? "<th>" : c->num ? "<td class=\"num\">" : "<td>", f);
			html_s(f, text_of(c, num, sizeof(num)));
			fputs(!t->title && !i ? "</th>" : "</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</tbody></table>\n", f);
}

/* The part of a document between two markers, or NULL. */
static const char *between(const char *doc, const char *open, const char *close, size_t *len)
{
	const char *a = strstr(doc, open), *b;

	if (!a)
		return NULL;
	a += strlen(open);
	b = strstr(a, close);
	if (!b)
		return NULL;
	*len = (size_t)(b - a);
	return a;
}

static int write_html(FILE *f, const struct ftable *t, size_t nt,
		      const struct rpt_summary *const *hosts, size_t nh, int cut)
{
	char **sec = calloc(nh ? nh : 1, sizeof(*sec));
	const char *style = NULL;
	size_t style_len = 0, len;
	int rc = -1;

	if (!sec)
		return -1;
	for (size_t i = 0; i < nh; i++)
		if (!(sec[i] = host_section(hosts[i], RF_HTML, &len)))
			goto out;
	/* the single-host report's style, so both parts look alike */
	if (nh)
		style = between(sec[0], "<style>", "</style>", &style_len);
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; img-src data:\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<title>Fleet socket activity report</title>\n<style>", f);
	if (style)
		fwrite(style, 1, style_len, f);
	fputs("</style>\n</head>\n<body>\n<h1>Fleet socket activity report</h1>\n", f);
	for (size_t i = 0; i < nt; i++) {
		html_table(f, &t[i]);
		if (cut && !strcmp(t[i].id, "services"))
			fprintf(f, "<p>Only the first %d services are listed.</p>\n", cut);
	}
	for (size_t i = 0; i < nh; i++) {
		const char *body = between(sec[i], "<body>\n", "</body>", &len);

		fprintf(f, "<hr>\n<section id=\"host-%zu\">\n", i + 1);
		if (body)
			fwrite(body, 1, len, f);
		fputs("</section>\n", f);
	}
	fputs("</body>\n</html>\n", f);
	rc = ferror(f) ? -1 : 0;
out:
	for (size_t i = 0; i < nh; i++)
		free(sec[i]);
	free(sec);
	return rc;
}

/* ---- JSON ---------------------------------------------------------------
 * One document, written by json_writer as the single-host JSON report is
 * (its pretty layout): the fleet's tables, then "hosts", each host's
 * report object as `sockwatch report -f json` writes it.
 */

static void jcell(struct jw *w, const struct fcell *c)
{
	if (c->boolean)
		jw_bool(w, c->n != 0);
	else if (c->num)
		jw_u64(w, c->n);
	else
		jw_str(w, c->text ? c->text : "");
}

static int write_json(FILE *f, const struct ftable *t, size_t nt,
		      const struct rpt_summary *const *hosts, size_t nh, int cut)
{
	struct jw w;

	if (jw_init_file_pretty(&w, f))
		return -1;
	jw_object_start(&w);
	JW_KEY(&w, "report");
	jw_str(&w, "fleet");
	for (size_t i = 0; i < nt; i++) {
		jw_key(&w, t[i].id);
		if (!t[i].title) {
			/* key/value rows: "Approved services" -> approved_services */
			jw_object_start(&w);
			for (size_t r = 0; r < rows(&t[i]); r++) {
				char key[64];
				const char *k = t[i].cell[r * 2].text;
				size_t n = 0;

				for (; k[n] && n < sizeof(key) - 1; n++)
					key[n] = k[n] == ' ' ? '_' : (char)(k[n] >= 'A' && k[n] <= 'Z'
									   ? k[n] + 32 : k[n]);
				key[n] = '\0';
				jw_key(&w, key);
				jcell(&w, &t[i].cell[r * 2 + 1]);
			}
			jw_object_end(&w);
			continue;
		}
		jw_array_start(&w);
		for (size_t r = 0; r < rows(&t[i]); r++) {
			jw_object_start(&w);
			for (int c = 0; c < t[i].ncols; c++) {
				jw_key(&w, t[i].cols[c]);
				jcell(&w, &t[i].cell[r * (size_t)t[i].ncols + (size_t)c]);
			}
			jw_object_end(&w);
		}
		jw_array_end(&w);
		if (cut && !strcmp(t[i].id, "services")) {
			JW_KEY(&w, "services_cut_at");
			jw_u64(&w, (unsigned long long)cut);
		}
	}
	JW_KEY(&w, "hosts");
	jw_array_start(&w);
	for (size_t i = 0; i < nh; i++)
		rpt_json_report(&w, hosts[i]);
	jw_array_end(&w);
	jw_object_end(&w);
	jw_newline(&w);
	return jw_finish(&w) || ferror(f) ? -1 : 0;
}

/* ---- CSV -----------------------------------------------------------------
 * The single-host layout with a host column in front: every host's rows as
 * its report writes them, and the fleet tables as rows of their own
 * (table fleet_completeness, fleet_service, fleet_finding; see usage). */

static void csv_s(FILE *f, const char *s)
{
	rpt_csv_field(f, s, strlen(s));
}

/* host's CSV with host prefixed to every record (a quoted field may hold
 * a newline: records end only at a newline outside quotes) */
static void csv_prefixed(FILE *f, const char *host, const char *csv, size_t len, bool header)
{
	bool quoted = false, start = true, first_record = true;

	for (size_t i = 0; i < len; i++) {
		if (start) {
			if (first_record && !header) {
				/* skip the header record */
				const char *nl = memchr(csv + i, '\n', len - i);

				if (!nl)
					return;
				i = (size_t)(nl - csv);
				first_record = false;
				continue;
			}
			if (first_record)
				fputs("host,", f);
			else {
				csv_s(f, host);
				fputc(',', f);
			}
			first_record = false;
			start = false;
		}
		fputc(csv[i], f);
		if (csv[i] == '"')
			quoted = !quoted;
		else if (csv[i] == '\n' && !quoted)
			start = true;
	}
}

static void csv_row(FILE *f, const char *host, const char *table, const char *name,
		    const char *sev, const char *proto, const char *port, const char *class,
		    const char *service, const char *count, const char *failures,
		    const char *distinct, const char *last, const char *detail)
{
	/* host,table,name,severity,proto,address,port,port_class,service,
	 * process,uid,count,failures,distinct,first_seen,last_seen,approved,
	 * rule,detail */
	const char *v[] = { host, table, name, sev, proto, "", port, class, service, "", "",
			    count, failures, distinct, "", last, "", "", detail };

	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (i)
			fputc(',', f);
		csv_s(f, v[i]);
	}
	fputs("\r\n", f);
}

static int write_csv(FILE *f, const struct ftable *t, size_t nt,
		     const struct rpt_summary *const *hosts, size_t nh, int cut)
{
	char a[32], b[32], c[32], d[32], e[32], detail[1024];
	bool header = true;

	(void)cut;
	for (size_t i = 0; i < nh; i++) {
		size_t len;
		char *s = host_section(hosts[i], RF_CSV, &len);

		if (!s)
			return -1;
		csv_prefixed(f, hosts[i]->host, s, len, header);
		header = false;
		free(s);
	}
	if (header) /* no host: the header still */
		fputs("host,table,name,severity,proto,address,port,port_class,service,process,"
		      "uid,count,failures,distinct,first_seen,last_seen,approved,rule,detail\r\n", f);
	for (size_t i = 0; i < nt; i++) {
		const struct ftable *x = &t[i];

		for (size_t r = 0; r < rows(x); r++) {
			if (!strcmp(x->id, "completeness")) {
				snprintf(detail, sizeof(detail), "%s; integrity %s; %s segments damaged, "
					 "%s not shipped yet",
					 text_of(cell(x, r, "status"), a, sizeof(a)),
					 text_of(cell(x, r, "integrity"), a, sizeof(a)),
					 text_of(cell(x, r, "segments_damaged"), b, sizeof(b)),
					 text_of(cell(x, r, "segments_not_shipped_yet"), c, sizeof(c)));
				csv_row(f, text_of(cell(x, r, "host"), a, sizeof(a)),
					"fleet_completeness", text_of(cell(x, r, "silent"), d, sizeof(d))[0]
					== 'y' ? "silent" : "reporting", "", "", "", "", "",
					text_of(cell(x, r, "events"), b, sizeof(b)),
					text_of(cell(x, r, "drops"), c, sizeof(c)),
					text_of(cell(x, r, "segments_shipped"), d, sizeof(d)),
					text_of(cell(x, r, "last_line"), a, sizeof(a)), detail);
			} else if (!strcmp(x->id, "services")) {
				snprintf(detail, sizeof(detail), "listening on: %s; hosts connecting: %s; "
					 "inbound accepts: %s",
					 text_of(cell(x, r, "listening_on"), a, sizeof(a)),
					 text_of(cell(x, r, "hosts_connecting"), b, sizeof(b)),
					 text_of(cell(x, r, "inbound_accepts"), c, sizeof(c)));
				csv_row(f, "", "fleet_service", "", "",
					text_of(cell(x, r, "proto"), a, sizeof(a)),
					text_of(cell(x, r, "port"), b, sizeof(b)),
					text_of(cell(x, r, "port_class"), c, sizeof(c)),
					text_of(cell(x, r, "service"), d, sizeof(d)),
					text_of(cell(x, r, "outbound_connects"), a, sizeof(a)), "",
					text_of(cell(x, r, "hosts_listening"), e, sizeof(e)), "", detail);
			} else if (!strcmp(x->id, "findings")) {
				snprintf(detail, sizeof(detail), "hosts: %s; e.g. %s",
					 text_of(cell(x, r, "host_names"), a, sizeof(a)),
					 text_of(cell(x, r, "example"), b, sizeof(b)));
				csv_row(f, "", "fleet_finding", text_of(cell(x, r, "finding"), a, sizeof(a)),
					text_of(cell(x, r, "severity"), b, sizeof(b)), "", "", "", "",
					text_of(cell(x, r, "hosts"), c, sizeof(c)), "", "", "", detail);
			}
		}
	}
	return ferror(f) ? -1 : 0;
}

int fleet_fmt_write(FILE *f, enum rpt_format fmt, const struct ftable *t, size_t nt,
		    const struct rpt_summary *const *hosts, size_t nh, int services_cut)
{
	for (size_t i = 0; i < nt; i++)
		if (t[i].oom)
			return -1;
	switch (fmt) {
	case RF_HTML: return write_html(f, t, nt, hosts, nh, services_cut);
	case RF_JSON: return write_json(f, t, nt, hosts, nh, services_cut);
	case RF_CSV: return write_csv(f, t, nt, hosts, nh, services_cut);
	case RF_MD: default: return write_md(f, t, nt, hosts, nh, services_cut);
	}
}
