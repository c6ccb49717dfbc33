// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * `sockwatch approved --learn`: an approved-services file proposed from a
 * record (approved.h has the format).
 *
 * One rule per listener and per outbound service the record saw, as
 * narrow as the record allows: the process name, and for a listener its
 * bound address (wildcard, loopback, or the address itself). Rows that
 * give the same rule (a dual-stack listener's two sockets under
 * addr=wildcard, one program under several uids) become one rule with a
 * comment line each. Every rule's justification is "TODO: justify": a
 * proposal approves nothing an auditor has looked at, so `report
 * --approved` keeps naming it (unjustified-rule) until someone writes why.
 *
 * The proposal is checked before it is written: every rule is parsed back
 * with approved_parse_line, and every listener, outbound service and
 * inbound accept of the record must be approved by it, so `report
 * --approved` on the same record finds nothing unapproved. Accepts on a
 * port whose listener the record never saw (it opened before the record
 * and no snapshot caught it) get a listen rule of their own.
 *
 * What the record says is hostile input: comment lines escape every
 * control byte (a newline in an executable's path must not start a rule),
 * and a process name a rule cannot hold (blank, control bytes) is left
 * out of the rule, with a comment saying so.
 */
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/approved.h"
#include "report/approved_learn.h"
#include "report/report.h"

#define NOTES_MAX 3              /* comment lines kept per rule (the rest counted) */
#define NOTE_LEN 640             /* a longer one is cut: it is a comment */
#define RULE_LEN 160

struct proposal {
	enum approved_dir dir;
	int proto;
	unsigned port;
	char rule[RULE_LEN];
	size_t nnotes, more;
	char notes[NOTES_MAX][NOTE_LEN];
};

struct learn {
	struct proposal *p;
	size_t n, cap;
};

/* Text from the record, safe on a comment line: control bytes and '\'
 * as \xHH, so nothing in it can end the line. */
static size_t clean(char *dst, size_t cap, const char *src)
{
	size_t o = 0;

	for (const unsigned char *c = (const unsigned char *)src; *c && o + 5 < cap; c++) {
		if (*c < 0x20 || *c == 0x7f || *c == '\\')
			o += (size_t)snprintf(dst + o, cap - o, "\\x%02x", *c);
		else
			dst[o++] = (char)*c;
	}
	dst[o] = '\0';
	return o;
}

/* Can process=NAME hold this comm? A field ends at a blank, and the
 * parser refuses control bytes. */
static bool comm_writable(const struct rpt_group *g)
{
	size_t n = strlen(g->comm);

	if (!g->comm_known || !n || n > APPROVED_COMM_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)g->comm[i] <= 0x20 || g->comm[i] == 0x7f)
			return false;
	return true;
}

/* snprintf for comment text, where cutting a long path short is fine */
__attribute__((format(printf, 3, 4)))
static void fmt(char *buf, size_t len, const char *f, ...)
{
	va_list ap;

	va_start(ap, f);
	vsnprintf(buf, len, f, ap);
	va_end(ap);
}

static struct proposal *add(struct learn *l)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct proposal *p = realloc(l->p, cap * sizeof(*p));

		if (!p)
			return NULL;
		l->p = p;
		l->cap = cap;
	}
	memset(&l->p[l->n], 0, sizeof(l->p[0]));
	return &l->p[l->n++];
}

/* "python3 (/usr/bin/python3.11)", "process unknown" */
static void who(const struct rpt_group *g, char *buf, size_t len)
{
	char c[RPT_COMM_MAX * 4 + 1], e[RPT_EXE_MAX * 4 + 1];

	clean(c, sizeof(c), g->comm_known ? g->comm : "");
	clean(e, sizeof(e), g->exe_known ? g->exe : "");
	if (g->exe_known && g->comm_known)
		fmt(buf, len, "%s (%s)", c, e);
	else if (g->exe_known || g->comm_known)
		snprintf(buf, len, "%s", g->exe_known ? e : c);
	else
		snprintf(buf, len, "process unknown");
}

static void seen(const struct rpt_group *g, char *buf, size_t len)
{
	char t1[RPT_TS_LEN], t2[RPT_TS_LEN];

	rpt_time_format_s(t1, sizeof(t1), g->first_ts);
	rpt_time_format_s(t2, sizeof(t2), g->last_ts);
	if (g->first_ts == RPT_TS_NONE)
		snprintf(buf, len, "seen in a snapshot");
	else
		snprintf(buf, len, "seen %s to %s", t1, t2);
}

/* The rule's options: process=, and addr= for a listener. */
static void rule_text(struct proposal *p, const struct rpt_group *g, bool with_addr,
		      char *why, size_t whylen)
{
	size_t n;

	n = (size_t)snprintf(p->rule, sizeof(p->rule), "%s %s %u",
			     p->dir == AP_LISTEN ? "listen" : "connect",
			     sw_proto_name(p->proto), p->port);
	why[0] = '\0';
	if (comm_writable(g))
		n += (size_t)snprintf(p->rule + n, sizeof(p->rule) - n, " process=%s", g->comm);
	else if (g->comm_known)
		snprintf(why, whylen, "its process name cannot be written in a rule (blank or "
			 "control bytes): the rule approves any process");
	else
		snprintf(why, whylen, "the record does not name its process: the rule approves "
			 "any process");
	if (with_addr) {
		char a[RPT_ADDR_TEXT];

		if (rpt_addr_is_wildcard(&g->addr))
			rpt_copy(a, sizeof(a), "wildcard");
		else if (rpt_addr_is_loopback(&g->addr))
			rpt_copy(a, sizeof(a), "loopback");
		else
			sw_addr_str(g->addr.family, g->addr.a, a, sizeof(a));
		snprintf(p->rule + n, sizeof(p->rule) - n, " addr=%s", a);
	}
}

static void note(struct proposal *p, const char *text)
{
	if (p->nnotes < NOTES_MAX)
		rpt_copy(p->notes[p->nnotes++], NOTE_LEN, text);
	else
		p->more++;
}

static int listener(struct learn *l, const struct rpt_group *g)
{
	struct proposal *p = add(l);
	char w[RPT_EXE_MAX * 4 + 80], a[RPT_ADDR_TEXT], ns[160], s[100], why[160];
	char pkg[RPT_PKG_MAX * 2 + 8], unit[RPT_UNIT_MAX * 4 + 1], text[NOTE_LEN];

	if (!p)
		return -1;
	p->dir = AP_LISTEN;
	p->proto = g->proto;
	p->port = g->port;
	rule_text(p, g, true, why, sizeof(why));
	who(g, w, sizeof(w));
	sw_addr_str(g->addr.family, g->addr.a, a, sizeof(a));
	rpt_netns_str(g, ns, sizeof(ns));
	clean(ns, sizeof(ns), ns);
	seen(g, s, sizeof(s));
	rpt_pkg_str(g, pkg, sizeof(pkg));
	clean(unit, sizeof(unit), g->unit);
	fmt(text, sizeof(text), "%s%s%s: %s %s%s%s:%u%s%s, uid %lld%s%s, namespace %s, "
		 "%s%s", w, g->exe_known ? ", package " : "", g->exe_known ? pkg : "",
		 sw_proto_name(g->proto), g->addr.family == AF_INET6 ? "[" : "", a,
		 g->addr.family == AF_INET6 ? "]" : "", g->port, g->service[0] ? " " : "",
		 g->service, (long long)g->uid, unit[0] ? ", unit " : "", unit, ns, s,
		 rpt_listener_open_at_end(g) ? ", open at the end" : ", closed");
	note(p, text);
	if (why[0])
		note(p, why);
	return 0;
}

/* Outbound connections (dir AP_CONNECT), or accepts no listen rule covers. */
static int flow(struct learn *l, const struct rpt_group *g, enum approved_dir dir)
{
	struct proposal *p = add(l);
	char w[RPT_EXE_MAX * 4 + 80], d[1024], e[512], s[100], why[160], text[NOTE_LEN];

	if (!p)
		return -1;
	p->dir = dir;
	p->proto = g->proto;
	p->port = g->port;
	rule_text(p, g, false, why, sizeof(why));
	who(g, w, sizeof(w));
	rpt_distinct_str(&g->distinct, d, sizeof(d), true);
	rpt_errs_str(g, e, sizeof(e));
	seen(g, s, sizeof(s));
	if (dir == AP_CONNECT)
		fmt(text, sizeof(text), "%s: %llu connection%s to %s/%u%s%s%s, %s "
			 "destination%s%s%s, %s", w, (unsigned long long)g->count,
			 g->count == 1 ? "" : "s", sw_proto_name(g->proto), g->port,
			 g->service[0] ? " (" : "", g->service, g->service[0] ? ")" : "", d, rpt_distinct_count(&g->distinct) == 1 ? "" : "s",
			 e[0] ? ", failed: " : "", e, s);
	else
		fmt(text, sizeof(text), "%s: %llu accept%s on %s/%u%s%s%s, peers %s, "
			 "%s; its listener is not in the record (it was open before the record "
			 "began and no snapshot saw it)", w, (unsigned long long)g->count,
			 g->count == 1 ? "" : "s", sw_proto_name(g->proto), g->port,
			 g->service[0] ? " (" : "", g->service, g->service[0] ? ")" : "",
			 d, s);
	note(p, text);
	if (why[0])
		note(p, why);
	return 0;
}

static int cmp_proposal(const void *pa, const void *pb)
{
	const struct proposal *a = pa, *b = pb;

	if (a->dir != b->dir)
		return a->dir == AP_LISTEN ? -1 : 1;
	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	if (a->port != b->port)
		return a->port < b->port ? -1 : 1;
	return strcmp(a->rule, b->rule);
}

/* Sort, and fold rows that make the same rule into one, keeping their notes. */
static void fold(struct learn *l)
{
	size_t w = 0;

	if (l->n > 1)
		qsort(l->p, l->n, sizeof(*l->p), cmp_proposal);
	for (size_t i = 0; i < l->n; i++) {
		struct proposal *q = &l->p[i];

		if (w && !strcmp(l->p[w - 1].rule, q->rule)) {
			struct proposal *t = &l->p[w - 1];

			for (size_t k = 0; k < q->nnotes; k++) {
				bool dup = false;

				/* the same "cannot be written" reason once */
				for (size_t j = 0; j < t->nnotes && !dup; j++)
					dup = !strcmp(t->notes[j], q->notes[k]);
				if (!dup)
					note(t, q->notes[k]);
			}
			t->more += q->more;
			continue;
		}
		if (w != i)
			l->p[w] = *q;
		w++;
	}
	l->n = w;
}

/* The proposal as an approved list, parsed back from its own lines. */
static int as_list(const struct learn *l, struct approved_list *out, char *err, size_t errlen)
{
	out->path = NULL;
	out->n = 0;
	out->r = calloc(l->n ? l->n : 1, sizeof(*out->r));
	if (!out->r) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < l->n; i++) {
		char line[RULE_LEN + 32], e[256];
		int n = snprintf(line, sizeof(line), "%s -- " APPROVED_TODO ": justify",
				 l->p[i].rule);

		if (approved_parse_line(line, (size_t)n, &out->r[out->n], e, sizeof(e))) {
			snprintf(err, errlen, "proposed rule '%s' does not parse back: %s", line, e);
			return -1;
		}
		out->r[out->n++].line = (unsigned)i + 1;
	}
	return 0;
}

static void list_free(struct approved_list *a)
{
	for (size_t i = 0; i < a->n; i++)
		approved_rule_free(&a->r[i]);
	free(a->r);
	a->r = NULL;
	a->n = 0;
}

static const char *comm_of(const struct rpt_group *g)
{
	return g->comm_known ? g->comm : NULL;
}

/* Every row the report would check, approved by the proposal? */
static int check(const struct rpt_agg *a, const struct approved_list *al, char *err,
		 size_t errlen)
{
	for (int t = 0; t < RT_COUNT; t++)
		for (size_t i = 0; i < a->t[t].n; i++) {
			const struct rpt_group *g = &a->t[t].g[i];
			const struct approved_rule *r;

			if (t == RT_LISTEN && !rpt_listener_in_window(g))
				continue;
			r = t == RT_LISTEN ? approved_match_listener(al, g->proto, &g->addr, g->port,
								     comm_of(g))
			    : approved_match(al, t == RT_OUT ? AP_CONNECT : AP_LISTEN, g->proto,
					     g->port, comm_of(g));
			if (!r) {
				snprintf(err, errlen, "the proposal does not approve %s %s/%u of "
					 "%s", t == RT_LISTEN ? "listener" : t == RT_OUT ?
					 "outbound service" : "inbound", sw_proto_name(g->proto),
					 g->port, rpt_group_process(g));
				return -1;
			}
		}
	return 0;
}

static void put_rules(FILE *f, const struct learn *l, enum approved_dir dir)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct proposal *p = &l->p[i];

		if (p->dir != dir)
			continue;
		for (size_t k = 0; k < p->nnotes; k++)
			fprintf(f, "# %s\n", p->notes[k]);
		if (p->more)
			fprintf(f, "# and %zu more like these\n", p->more);
		fprintf(f, "%s -- " APPROVED_TODO ": justify\n\n", p->rule);
	}
}

static size_t count(const struct learn *l, enum approved_dir dir)
{
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		n += l->p[i].dir == dir;
	return n;
}

int approved_learn(FILE *f, const struct rpt_summary *s, struct approved_learn_stats *st,
		   char *err, size_t errlen)
{
	const struct rpt_agg *a = s->agg;
	struct learn l = {0};
	struct approved_list al = {0};
	char t1[RPT_TS_LEN], t2[RPT_TS_LEN], gen[RPT_TS_LEN], b[1024], h[1100];
	size_t nlisten;
	int rc = -1;

	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++)
		if (rpt_listener_in_window(&a->t[RT_LISTEN].g[i]) &&
		    listener(&l, &a->t[RT_LISTEN].g[i]))
			goto oom;
	for (size_t i = 0; i < a->t[RT_OUT].n; i++)
		if (flow(&l, &a->t[RT_OUT].g[i], AP_CONNECT))
			goto oom;
	fold(&l);
	/* accepts whose listener the record did not see */
	if (as_list(&l, &al, err, errlen))
		goto out;
	nlisten = l.n;
	for (size_t i = 0; i < a->t[RT_IN].n; i++) {
		const struct rpt_group *g = &a->t[RT_IN].g[i];

		if (!approved_match(&al, AP_LISTEN, g->proto, g->port, comm_of(g)) &&
		    flow(&l, g, AP_LISTEN))
			goto oom;
	}
	if (l.n != nlisten) {
		fold(&l);
		list_free(&al);
		if (as_list(&l, &al, err, errlen))
			goto out;
	}
	if (check(a, &al, err, errlen))
		goto out;

	rpt_time_format_s(gen, sizeof(gen), s->generated_at);
	fprintf(f, "# Approved services proposed by sockwatch %s (approved --learn), %s,\n",
		s->generated_by, gen);
	b[0] = '\0';
	for (size_t i = 0, n = 0; i < s->ins->nin && n < sizeof(b); i++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "%s%s", i ? ", " : "",
				      s->ins->in[i].path);
	clean(h, sizeof(h), b);
	fprintf(f, "# from %s\n", h);
	clean(h, sizeof(h), s->host[0] ? s->host : "unknown");
	rpt_time_format_s(t1, sizeof(t1), s->rec_start != RPT_TS_NONE ? s->rec_start : a->first_ts);
	rpt_time_format_s(t2, sizeof(t2), s->rec_stop != RPT_TS_NONE ? s->rec_stop : a->last_ts);
	fprintf(f, "# host %s, %s to %s, %llu events.\n", h, t1, t2,
		(unsigned long long)a->events);
	clean(h, sizeof(h), s->status);
	fprintf(f, "# The record is %s\n", h);
	if (s->partial || !s->complete)
		fputs("# What the record missed is missing here too: review against the host.\n", f);
	fputs("#\n"
	      "# Each rule approves what the record saw and no more. None is justified\n"
	      "# yet: review every rule, replace its \"" APPROVED_TODO ": justify\" with the business\n"
	      "# need (a change ticket, an owner), narrow it or delete it. Until then\n"
	      "# `sockwatch report --approved FILE` lists it as an unjustified rule.\n"
	      "# Format: DIRECTION PROTO PORTS [process=NAME] [addr=ADDRESS] -- JUSTIFICATION\n"
	      "# (sockwatch-report(8)); the first rule that matches approves.\n\n", f);
	if (!l.n)
		fputs("# The record saw no listener and no outbound connection: nothing to "
		      "approve.\n", f);
	if (count(&l, AP_LISTEN)) {
		fprintf(f, "# ---- Listeners: %zu rule%s\n\n", count(&l, AP_LISTEN),
			count(&l, AP_LISTEN) == 1 ? "" : "s");
		put_rules(f, &l, AP_LISTEN);
	}
	if (count(&l, AP_CONNECT)) {
		fprintf(f, "# ---- Outbound services: %zu rule%s\n\n", count(&l, AP_CONNECT),
			count(&l, AP_CONNECT) == 1 ? "" : "s");
		put_rules(f, &l, AP_CONNECT);
	}
	if (st) {
		st->listen = count(&l, AP_LISTEN);
		st->connect = count(&l, AP_CONNECT);
	}
	rc = ferror(f) ? -2 : 0;
	goto out;
oom:
	snprintf(err, errlen, "out of memory");
out:
	list_free(&al);
	free(l.p);
	return rc;
}
