// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * What the report concludes: completeness and integrity of the record,
 * approvals (approved.h), and findings worth an auditor's attention.
 * Findings are built from raw strings; each format escapes them.
 */
#include <errno.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/approved.h"
#include "label/event.h"
#include "evidence/manifest.h"
#include "report/report.h"

const char *rpt_sev_name(enum rpt_sev s)
{
	static const char *const n[SEV_COUNT] = { "high", "medium", "low", "info" };

	return (unsigned)s < SEV_COUNT ? n[s] : "info";
}

const char *rpt_err_name(int32_t err)
{
	const char *n = err > 0 ? sw_error_name(-err) : NULL;

	return n ? n : "EUNKNOWN";
}

void rpt_errs_str(const struct rpt_group *g, char *buf, size_t len)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int i = 0; i < RPT_ERR_SLOTS && g->errs[i].n && used < len; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s%s %llu", used ? ", " : "",
					 rpt_err_name(g->errs[i].err),
					 (unsigned long long)g->errs[i].n);
	if (g->errs_other && used < len)
		snprintf(buf + used, len - used, "%sother %llu", used ? ", " : "",
			 (unsigned long long)g->errs_other);
}

void rpt_distinct_str(const struct rpt_distinct *d, char *buf, size_t len, bool list)
{
	size_t used;

	if (!rpt_distinct_exact(d)) {
		snprintf(buf, len, "~%llu", (unsigned long long)rpt_distinct_count(d));
		return;
	}
	used = (size_t)snprintf(buf, len, "%u", d->n);
	if (!list || !d->n || d->n > RPT_LIST_MAX)
		return;
	struct rpt_addr v[RPT_EXACT_MAX];
	uint32_t n = rpt_distinct_sorted(d, v);

	for (uint32_t i = 0; i < n && used < len; i++) {
		char a[RPT_ADDR_TEXT];

		sw_addr_str(v[i].family, v[i].a, a, sizeof(a));
		used += (size_t)snprintf(buf + used, len - used, "%s%s%s", i ? ", " : " (", a,
					 i + 1 == n ? ")" : "");
	}
}

const char *rpt_bind_scope(const struct rpt_addr *a)
{
	if (rpt_addr_is_wildcard(a))
		return "all interfaces";
	if (rpt_addr_is_loopback(a))
		return "loopback";
	return "specific";
}

uint64_t rpt_listeners_shown(const struct rpt_summary *s)
{
	const struct rpt_table_s *t = &s->agg->t[RT_LISTEN];
	uint64_t n = 0;

	for (size_t i = 0; i < t->n; i++)
		n += rpt_listener_in_window(&t->g[i]);
	return n;
}

/* Findings of one kind listed before the rest are only counted: the
 * tables mark every row anyway, and a report must stay readable. */
#define FIND_PER_CODE 50

struct code_count {
	char code[32];
	size_t n;
};

static struct code_count codes[32];
static size_t ncodes;

static size_t *code_slot(const char *code)
{
	for (size_t i = 0; i < ncodes; i++)
		if (!strcmp(codes[i].code, code))
			return &codes[i].n;
	if (ncodes == sizeof(codes) / sizeof(codes[0]))
		return NULL;
	rpt_copy(codes[ncodes].code, sizeof(codes[0].code), code);
	codes[ncodes].n = 0;
	return &codes[ncodes++].n;
}

static struct rpt_finding *new_finding(struct rpt_summary *s)
{
	if (s->nfind == s->capfind) {
		size_t c = s->capfind ? s->capfind * 2 : 32;
		struct rpt_finding *v = realloc(s->find, c * sizeof(*v));

		if (!v)
			return NULL;
		s->find = v;
		s->capfind = c;
	}
	return &s->find[s->nfind++];
}

__attribute__((format(printf, 4, 5)))
static int add(struct rpt_summary *s, enum rpt_sev sev, const char *code, const char *fmt, ...)
{
	struct rpt_finding *f;
	size_t *count = code_slot(code);
	va_list ap;

	if (count && ++*count > FIND_PER_CODE)
		return 0;
	f = new_finding(s);
	if (!f)
		return -1;
	f->sev = sev;
	f->seq = s->nfind;
	rpt_copy(f->code, sizeof(f->code), code);
	va_start(ap, fmt);
	vsnprintf(f->text, sizeof(f->text), fmt, ap);
	va_end(ap);
	return 0;
}

/* "... and N more" for every kind that went past FIND_PER_CODE. */
static int add_overflow(struct rpt_summary *s)
{
	for (size_t i = 0; i < ncodes; i++) {
		struct rpt_finding *f;
		enum rpt_sev sev = SEV_INFO;

		if (codes[i].n <= FIND_PER_CODE)
			continue;
		for (size_t j = 0; j < s->nfind; j++)
			if (!strcmp(s->find[j].code, codes[i].code)) {
				sev = s->find[j].sev;
				break;
			}
		f = new_finding(s);
		if (!f)
			return -1;
		f->sev = sev;
		f->seq = s->nfind;
		rpt_copy(f->code, sizeof(f->code), codes[i].code);
		snprintf(f->text, sizeof(f->text), "... and %zu more '%.31s' findings, not listed "
			 "one by one: the tables above mark each of them.",
			 codes[i].n - FIND_PER_CODE, codes[i].code);
	}
	return 0;
}

/* ---- what is worth attention ----------------------------------------------- */

struct legacy {
	int proto;              /* 0: both */
	unsigned lo, hi;
	enum rpt_sev sev;
	const char *what;
};

/* Cleartext or legacy remote-access protocols (PCI DSS 1.2.6 / 2.2.5:
 * insecure services need documented, additional security features). */
static const struct legacy legacy[] = {
	{ IPPROTO_TCP, 23, 23, SEV_HIGH, "Telnet: cleartext remote login" },
	{ IPPROTO_TCP, 512, 512, SEV_HIGH, "rexec: cleartext remote execution" },
	{ IPPROTO_TCP, 513, 513, SEV_HIGH, "rlogin: cleartext remote login, host-based trust" },
	{ IPPROTO_TCP, 514, 514, SEV_HIGH, "rsh: cleartext remote shell, host-based trust" },
	{ IPPROTO_UDP, 69, 69, SEV_HIGH, "TFTP: unauthenticated file transfer" },
	{ IPPROTO_TCP, 20, 21, SEV_MEDIUM, "FTP: cleartext credentials and data" },
	{ IPPROTO_UDP, 161, 162, SEV_MEDIUM, "SNMP: v1/v2c community strings travel in "
					   "cleartext" },
	{ IPPROTO_TCP, 110, 110, SEV_MEDIUM, "POP3: cleartext credentials" },
	{ IPPROTO_TCP, 143, 143, SEV_MEDIUM, "IMAP: cleartext credentials" },
	{ IPPROTO_TCP, 79, 79, SEV_LOW, "Finger: discloses user information" },
	{ IPPROTO_TCP, 6000, 6063, SEV_LOW, "X11: cleartext display protocol" },
};

static const struct legacy *legacy_of(int proto, unsigned port)
{
	for (size_t i = 0; i < sizeof(legacy) / sizeof(legacy[0]); i++)
		if ((!legacy[i].proto || legacy[i].proto == proto) && port >= legacy[i].lo &&
		    port <= legacy[i].hi)
			return &legacy[i];
	return NULL;
}

/* Who is expected on a well-known port: the usual daemons (comm, as the
 * kernel cuts it to 15 bytes). Ports not listed have no expectation. */
struct expect {
	unsigned port;
	const char *comms;      /* space separated */
};

static const struct expect expected[] = {
	{ 21, "vsftpd proftpd pure-ftpd in.ftpd ftpd" },
	{ 22, "sshd dropbear" },
	{ 23, "in.telnetd telnetd" },
	{ 25, "master smtpd exim4 exim sendmail postfix opensmtpd" },
	{ 53, "named unbound dnsmasq systemd-resolve coredns pdns_server knotd nsd" },
	{ 67, "dhcpd dnsmasq kea-dhcp4 udhcpd" },
	{ 68, "dhclient dhcpcd systemd-network NetworkManager udhcpc" },
	{ 69, "in.tftpd tftpd atftpd" },
	{ 80, "nginx apache2 httpd caddy haproxy envoy lighttpd traefik varnishd h2o" },
	{ 88, "krb5kdc" },
	{ 110, "dovecot pop3-login" },
	{ 111, "rpcbind portmap" },
	{ 123, "chronyd ntpd systemd-timesyn openntpd" },
	{ 137, "nmbd" },
	{ 138, "nmbd" },
	{ 139, "smbd" },
	{ 143, "dovecot imap-login" },
	{ 161, "snmpd" },
	{ 162, "snmptrapd" },
	{ 389, "slapd" },
	{ 443, "nginx apache2 httpd caddy haproxy envoy lighttpd traefik h2o" },
	{ 445, "smbd" },
	{ 465, "master smtpd exim4 exim sendmail postfix" },
	{ 512, "in.rexecd" },
	{ 513, "in.rlogind" },
	{ 514, "rsyslogd syslog-ng in.rshd" },
	{ 587, "master smtpd exim4 exim sendmail postfix" },
	{ 631, "cupsd" },
	{ 636, "slapd" },
	{ 873, "rsync" },
	{ 993, "dovecot imap-login" },
	{ 995, "dovecot pop3-login" },
};

/* Processes that bind on behalf of others: socket activation, port proxies. */
static const char *const any_port[] = { "systemd", "docker-proxy", "rootlessport", "inetd",
					"xinetd", "sshd" /* -L/-R forwards */ };

static bool word_in(const char *list, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = list; (p = strstr(p, w)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
			return true;
	return false;
}

static const char *unexpected_owner(const struct rpt_group *g)
{
	if (g->port >= 1024 || !g->comm_known)
		return NULL;
	for (size_t i = 0; i < sizeof(any_port) / sizeof(any_port[0]); i++)
		if (!strcmp(g->comm, any_port[i]))
			return NULL;
	for (size_t i = 0; i < sizeof(expected) / sizeof(expected[0]); i++)
		if (expected[i].port == g->port)
			return word_in(expected[i].comms, g->comm) ? NULL : expected[i].comms;
	return NULL;
}

static void listener_desc(const struct rpt_group *g, char *buf, size_t len)
{
	char a[RPT_ADDR_TEXT];

	sw_addr_str(g->addr.family, g->addr.a, a, sizeof(a));
	snprintf(buf, len, g->addr.family == 10 ? "%s [%s]:%u (%s%s%s, uid %lld)"
						: "%s %s:%u (%s%s%s, uid %lld)",
		 sw_proto_name(g->proto), a, g->port, g->service[0] ? g->service : "",
		 g->service[0] ? "; " : "",
		 g->exe_known || g->comm_known ? rpt_group_process(g) : "process unknown",
		 (long long)g->uid);
}

static void flow_desc(const struct rpt_group *g, char *buf, size_t len)
{
	snprintf(buf, len, "%s %s/%u%s%s%s",
		 g->exe_known || g->comm_known ? rpt_group_process(g) : "(unknown process)",
		 sw_proto_name(g->proto), g->port, g->service[0] ? " (" : "", g->service,
		 g->service[0] ? ")" : "");
}

static int approvals(struct rpt_summary *s)
{
	const struct approved_list *l = s->approved;
	struct rpt_agg *a = s->agg;
	char d[400];

	if (!l)
		return 0;
	for (size_t i = 0; i < a->t[RT_LISTEN].n; i++) {
		struct rpt_group *g = &a->t[RT_LISTEN].g[i];

		if (!rpt_listener_in_window(g))
			continue;
		g->rule = approved_match_listener(l, g->proto, &g->addr, g->port,
						  g->comm_known ? g->comm : NULL);
		if (g->rule) {
			((struct approved_rule *)g->rule)->matched++;
			continue;
		}
		s->unapproved[RT_LISTEN]++;
		listener_desc(g, d, sizeof(d));
		if (add(s, rpt_addr_is_loopback(&g->addr) ? SEV_MEDIUM : SEV_HIGH,
			"unapproved-listener", "Listener %s is not in the approved services list.",
			d))
			return -1;
	}
	for (int t = RT_OUT; t <= RT_IN; t++) {
		for (size_t i = 0; i < a->t[t].n; i++) {
			struct rpt_group *g = &a->t[t].g[i];

			g->rule = approved_match(l, t == RT_OUT ? AP_CONNECT : AP_LISTEN, g->proto,
						 g->port, g->comm_known ? g->comm : NULL);
			if (g->rule) {
				((struct approved_rule *)g->rule)->matched++;
				continue;
			}
			s->unapproved[t]++;
			flow_desc(g, d, sizeof(d));
			if (add(s, t == RT_OUT ? SEV_MEDIUM : SEV_HIGH,
				t == RT_OUT ? "unapproved-outbound" : "unapproved-inbound",
				t == RT_OUT ? "Outbound service %s (%llu connections) is not in the "
					      "approved services list."
					    : "Inbound connections to %s (%llu accepts) are not "
					      "covered by an approved listen rule.",
				d, (unsigned long long)g->count))
				return -1;
		}
	}
	for (size_t i = 0; i < l->n; i++)
		if (l->r[i].todo &&
		    add(s, SEV_MEDIUM, "unjustified-rule", "Approved rule at %s:%u (%s) has no "
			"justification yet ('%s'): write the business need for it, narrow it or "
			"remove it.", l->path, l->r[i].line, l->r[i].rule, l->r[i].justification))
			return -1;
	for (size_t i = 0; i < l->n; i++)
		if (!l->r[i].matched &&
		    add(s, SEV_INFO, "approved-unseen", "Approved rule at %s:%u (%s) was never "
			"seen in this record: it may be obsolete.", l->path, l->r[i].line,
			l->r[i].rule))
			return -1;
	return 0;
}

static bool mf_status_fine(int st);

/* Is the baseline whole and intact, as the record's own header asks? */
static void baseline_state(struct rpt_baseline *b)
{
	const struct rpt_inputs *ins = b->ins;

	b->partial = false;
	b->integrity_ok = true;
	for (size_t i = 0; i < ins->nseg; i++) {
		if (rpt_seg_damaged(&ins->seg[i]))
			b->partial = true;
		if (ins->seg[i].has_integrity && !mf_status_fine(ins->seg[i].mf_status))
			b->integrity_ok = false;
	}
	for (size_t i = 0; i < ins->nin; i++)
		if (rpt_input_flagged(&ins->in[i]))
			b->integrity_ok = false;
}

/* --baseline: every listener that began or stopped is a change to review. */
static int drift_findings(struct rpt_summary *s)
{
	const struct rpt_baseline *b = s->baseline;
	char d[400], t[RPT_TS_LEN];

	if (!b)
		return 0;
	if (b->other_host &&
	    add(s, SEV_MEDIUM, "baseline-other-host", "The baseline record %s is of host '%s', "
		"not '%s': the listener drift compares two hosts.", b->path, b->host, s->host))
		return -1;
	if ((b->partial || !b->integrity_ok) &&
	    add(s, SEV_HIGH, "baseline-damaged", "The baseline record %s %s: the listener drift "
		"may name changes that are not.", b->path, b->partial ? "is damaged or partly "
		"unread" : "fails its integrity check"))
		return -1;
	for (size_t i = 0; i < b->n; i++) {
		const struct rpt_group *g = b->item[i].g;

		listener_desc(g, d, sizeof(d));
		rpt_time_format_s(t, sizeof(t), b->item[i].began ? g->first_ts : g->last_ts);
		if (b->item[i].began
		    ? add(s, rpt_addr_is_loopback(&g->addr) ? SEV_MEDIUM : SEV_HIGH,
			  "listener-began", "Listener %s began listening since the baseline "
			  "record (first seen %s).", d, t)
		    : add(s, SEV_LOW, "listener-stopped", "Listener %s of the baseline record "
			  "was not seen listening in this one (last seen %s).", d, t))
			return -1;
	}
	return 0;
}

/* Another row of t names a holder of g's socket (the same protocol,
 * address, port and namespace): a snapshot that could not read its holder
 * (one a sockwatch before the sockwatch-fds helper took after dropping its
 * capabilities) saw a listener already known. */
static bool holder_known_elsewhere(const struct rpt_table_s *t, const struct rpt_group *g)
{
	for (size_t i = 0; i < t->n; i++) {
		const struct rpt_group *o = &t->g[i];

		if (o != g && (o->exe_known || o->comm_known) && o->proto == g->proto &&
		    o->port == g->port && o->netns == g->netns &&
		    o->addr.family == g->addr.family && !memcmp(o->addr.a, g->addr.a, SW_ADDR_LEN))
			return true;
	}
	return false;
}

static int listener_findings(struct rpt_summary *s)
{
	struct rpt_table_s *t = &s->agg->t[RT_LISTEN];
	char d[400];

	for (size_t i = 0; i < t->n; i++) {
		struct rpt_group *g = &t->g[i];
		const struct legacy *lg;
		const char *want;

		if (!rpt_listener_in_window(g))
			continue;
		listener_desc(g, d, sizeof(d));
		if ((lg = legacy_of(g->proto, g->port)) &&
		    add(s, lg->sev, "legacy-protocol", "Listener %s: %s.", d, lg->what))
			return -1;
		want = unexpected_owner(g);
		if (want && !(g->rule && g->rule->has_process) &&
		    add(s, SEV_MEDIUM, "unexpected-process",
			"Well-known port %u is bound by '%s', not by one of the usual programs "
			"for it (%s).", g->port, g->comm, want))
			return -1;
		/* a snapshot's socket whose holder could not be read (the
		 * snapshot_end line counts such processes), or one no process
		 * holds: the inventory cannot say what listens there */
		if (!g->exe_known && !g->comm_known && !holder_known_elsewhere(t, g) &&
		    add(s, SEV_LOW, "unattributed-listener", "Listener %s has no known process: "
			"it was open when the record began, and sockwatch could not read which "
			"process held it (a process it was not allowed to read; a record needs "
			"root with CAP_SYS_PTRACE) or no process held it.", d))
			return -1;
		if (s->eph_known && g->port >= s->eph_lo && g->port <= s->eph_hi &&
		    add(s, g->proto == IPPROTO_TCP ? SEV_MEDIUM : SEV_LOW, "ephemeral-listener",
			"Listener %s is inside the ephemeral port range %u-%u (%s): outbound "
			"connections can collide with it, and it looks like a client port in "
			"firewall logs.", d, s->eph_lo, s->eph_hi, s->eph_source))
			return -1;
	}
	return 0;
}

static int cmp_port_ptr(const void *pa, const void *pb)
{
	const struct rpt_group *a = *(const struct rpt_group *const *)pa;
	const struct rpt_group *b = *(const struct rpt_group *const *)pb;

	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	if (a->port != b->port)
		return a->port < b->port ? -1 : 1;
	return strcmp(a->comm, b->comm);
}

/* "apt, curl, git and 4 more" for rows v[0..n) */
static void who(struct rpt_group **v, size_t n, char *buf, size_t len)
{
	size_t used = 0, shown = n > 5 ? 4 : n;

	buf[0] = '\0';
	for (size_t i = 0; i < shown && used < len; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s%s",
					 i ? (i + 1 == n ? " and " : ", ") : "",
					 rpt_group_process(v[i]));
	if (shown < n && used < len)
		snprintf(buf + used, len - used, " and %zu more", n - shown);
}

/* Legacy protocols and unnamed ports, one finding per proto/port across
 * processes (the tables have the per-process rows). */
static int flow_findings(struct rpt_summary *s)
{
	struct rpt_agg *a = s->agg;

	for (int t = RT_OUT; t <= RT_IN; t++) {
		struct rpt_table_s *tb = &a->t[t];
		struct rpt_group **v = malloc((tb->n ? tb->n : 1) * sizeof(*v));
		size_t n = 0;

		if (!v)
			return -1;
		for (size_t i = 0; i < tb->n; i++) {
			struct rpt_group *g = &tb->g[i];

			if (legacy_of(g->proto, g->port) || (t == RT_OUT && !g->service[0]))
				v[n++] = g;
		}
		qsort(v, n, sizeof(*v), cmp_port_ptr);
		for (size_t i = 0, j; i < n; i = j) {
			const struct rpt_group *g = v[i];
			const struct legacy *lg = legacy_of(g->proto, g->port);
			unsigned long long count = 0;
			char procs[256];
			int r;

			for (j = i; j < n && v[j]->proto == g->proto && v[j]->port == g->port; j++)
				count += v[j]->count;
			who(v + i, j - i, procs, sizeof(procs));
			if (lg)
				r = add(s, lg->sev, "legacy-protocol", "%s/%u%s%s%s: %llu %s connection%s "
					"from %zu process%s (%s). %s.", sw_proto_name(g->proto), g->port,
					g->service[0] ? " (" : "", g->service, g->service[0] ? ")" : "",
					count, t == RT_OUT ? "outbound" : "accepted", count == 1 ? "" : "s",
					j - i, j - i == 1 ? "" : "es", procs, lg->what);
			else
				r = add(s, SEV_LOW, "unknown-service", "%s/%u, a %s port with no known "
					"service: %llu outbound connection%s from %zu process%s (%s).",
					sw_proto_name(g->proto), g->port,
					port_class_name(port_class_of(g->port)), count,
					count == 1 ? "" : "s", j - i,
					j - i == 1 ? "" : "es", procs);
			if (r) {
				free(v);
				return -1;
			}
		}
		free(v);
	}
	return 0;
}

static int record_findings(struct rpt_summary *s)
{
	const struct rpt_inputs *ins = s->ins;
	const struct rpt_agg *a = s->agg;

	for (size_t i = 0; i < ins->nin; i++) {
		const struct rpt_input *in = &ins->in[i];

		if (!in->is_dir)
			continue;
		if (!in->has_manifest) {
			if (add(s, SEV_MEDIUM, "no-manifest", "%s has no manifest: the integrity of "
				"its segments cannot be checked.", in->path))
				return -1;
		} else if (rpt_input_flagged(in)) {
			if (add(s, SEV_HIGH, "manifest", "The manifest of %s is %s: %s", in->path,
				mf_manifest_name(in->manifest), in->manifest_detail))
				return -1;
		}
		if (!in->stopped && add(s, SEV_LOW, "not-stopped",
					in->live ? "%s is still being recorded: this report covers "
						   "it up to now."
						 : "%s was not stopped cleanly (the recorder died): "
						   "events after its last flush are lost.", in->path))
			return -1;
	}
	for (size_t i = 0; i < ins->nseg; i++) {
		const struct rpt_segment *g = &ins->seg[i];

		if (g->mf_status == -1 && g->state == RS_OK)
			continue;
		if (rpt_seg_damaged(g)) {
			if (add(s, SEV_HIGH, "damaged-segment", "Segment %s: %s%s%s%s%s%s", g->name,
				rpt_seg_state_name(g->state), g->detail[0] ? " (" : "", g->detail,
				g->detail[0] ? ")" : "",
				rpt_seg_flagged(g) ? "; manifest says " : "",
				rpt_seg_flagged(g) ? rpt_seg_integrity(g) : ""))
				return -1;
			if (g->bad_lines && add(s, SEV_HIGH, "bad-lines", "Segment %s has %llu lines "
						"that are not sockwatch JSON (first at line %llu): they "
						"are left out of this report.", g->name,
						(unsigned long long)g->bad_lines,
						(unsigned long long)g->first_bad_line))
				return -1;
		} else if (g->limited && g->tail_bytes) {
			if (add(s, SEV_MEDIUM, "unverified-tail", "Segment %s: the %llu bytes "
				"(%llu lines) after its last checkpoint are vouched for by nothing "
				"(written after the last flush, or appended by someone else): they are "
				"left out of this report.", g->name, (unsigned long long)g->tail_bytes,
				(unsigned long long)g->tail_lines))
				return -1;
		} else if (g->mf_status == MF_PRUNED &&
			   add(s, SEV_INFO, "pruned", "Segment %s was pruned by the recorder's "
			       "--keep policy: its events are not in this report.", g->name)) {
			return -1;
		}
	}
	for (int p = 0; p < PATHOP_COUNT && a->meta.selftests; p++) {
		char t[40];

		if (!(a->meta.st_blind & (1u << p)))
			continue;
		rpt_time_format_s(t, sizeof(t), a->meta.st_first_blind_ts);
		if (add(s, SEV_HIGH, "blind-path", "sockwatch did not see socket operations made "
			"by %s (%s) in a selftest of this record (first at %s): such operations "
			"may be missing from it.", pathop_name(p), pathop_via(p), t))
			return -1;
	}
	if (s->drops && add(s, SEV_MEDIUM, "drops", "%llu events were lost in the kernel (its "
			    "ring buffer or a map full, program runs or UDP socket releases it skipped): "
			    "the record is not complete.",
			    (unsigned long long)s->drops))
		return -1;
	for (int t = 0; t < RT_COUNT; t++)
		if (a->t[t].overflow_events &&
		    add(s, SEV_INFO, "not-itemised", "%llu events fell beyond the %d-row limit of "
			"the %s table and are counted only in the totals.",
			(unsigned long long)a->t[t].overflow_events, RPT_GROUPS_MAX,
			t == RT_LISTEN ? "listener" : t == RT_OUT ? "outbound" : "inbound"))
			return -1;
	return 0;
}

/* Segment states that are no sign of damage or tampering. */
static bool mf_status_fine(int st)
{
	return st == MF_INTACT || st == MF_PRUNED || st == MF_OPEN_LIVE || st == MF_OPEN_CRASH;
}

static void join(char *dst, size_t cap, const char *v)
{
	size_t n = strlen(dst);

	if (!v[0] || strstr(dst, v))
		return;
	snprintf(dst + n, cap - n, "%s%s", n ? ", " : "", v);
}

static int64_t ts_of(const char *text)
{
	int64_t ns;

	return text[0] && !rpt_time_parse(text, strlen(text), &ns) ? ns : RPT_TS_NONE;
}

/* What the chain proves when the seals are not checked, said where it is
 * claimed (README, "What verify proves, and against whom"). */
#define NO_KEY_SAYS " (seals present, not proven: no --key; without it this shows " \
	"accidental damage and naive edits, not a manifest rebuilt by whoever can write " \
	"the record)"

/* Host, kernel, version, record span, integrity and status sentences. */
static void header(struct rpt_summary *s)
{
	const struct rpt_inputs *ins = s->ins;
	const struct rpt_meta *m = &s->agg->meta;
	size_t dirs = 0, with_mf = 0, damaged = 0, notread = 0, cut = 0, n;
	size_t sealed = 0, proven = 0;
	uint64_t tail_bytes = 0, tail_lines = 0;
	bool crash_tail = false, live = false;
	char list[512] = "", problems[512] = "";

	s->host[0] = s->kernel[0] = s->version[0] = '\0';
	s->rec_start = s->rec_stop = RPT_TS_NONE;
	for (size_t i = 0; i < ins->nin; i++) {
		const struct rpt_input *in = &ins->in[i];

		join(s->host, sizeof(s->host), in->host);
		join(s->kernel, sizeof(s->kernel), in->kernel);
		join(s->version, sizeof(s->version), in->version);
		if (in->started[0]) {
			int64_t t = ts_of(in->started);

			if (t != RPT_TS_NONE && (s->rec_start == RPT_TS_NONE || t < s->rec_start))
				s->rec_start = t;
		}
		if (in->ended[0]) {
			int64_t t = ts_of(in->ended);

			if (t != RPT_TS_NONE && (s->rec_stop == RPT_TS_NONE || t > s->rec_stop))
				s->rec_stop = t;
		}
		live |= in->live;
		if (in->is_dir) {
			dirs++;
			with_mf += in->has_manifest;
			sealed += in->has_manifest && in->sealed;
			proven += in->has_manifest && in->seals_checked;
		}
	}
	if (!s->host[0])
		rpt_copy(s->host, sizeof(s->host), m->host);
	if (!s->kernel[0])
		rpt_copy(s->kernel, sizeof(s->kernel), m->kernel);
	if (!s->version[0])
		rpt_copy(s->version, sizeof(s->version), m->version);
	if (s->rec_start == RPT_TS_NONE)
		s->rec_start = m->start_ts;
	if (s->rec_stop == RPT_TS_NONE)
		s->rec_stop = m->stop_ts;

	for (size_t i = 0; i < ins->nseg; i++) {
		const struct rpt_segment *g = &ins->seg[i];

		if (rpt_seg_damaged(g)) {
			damaged++;
			n = strlen(list);
			if (n < sizeof(list) - 1)
				snprintf(list + n, sizeof(list) - n, "%s%s (%s)", n ? ", " : "",
					 g->name, rpt_seg_flagged(g) && g->state == RS_OK
					 ? rpt_seg_integrity(g) : rpt_seg_state_name(g->state));
		}
		notread += g->state == RS_NOT_READ;
		cut += g->state == RS_CUT;
		if (g->limited) {
			tail_bytes += g->tail_bytes;
			tail_lines += g->tail_lines;
			crash_tail |= g->tail_bytes && g->mf_status == MF_OPEN_CRASH;
		}
		if (g->has_integrity && !mf_status_fine(g->mf_status)) {
			n = strlen(problems);
			if (n < sizeof(problems) - 1)
				snprintf(problems + n, sizeof(problems) - n, "%s%s %s", n ? ", " : "",
					 g->name, rpt_seg_integrity(g));
		}
	}
	for (size_t i = 0; i < ins->nin; i++) {
		const struct rpt_input *in = &ins->in[i];

		if (rpt_input_flagged(in)) {
			n = strlen(problems);
			if (n < sizeof(problems) - 1)
				snprintf(problems + n, sizeof(problems) - n, "%smanifest of %.200s %s",
					 n ? ", " : "", in->path, mf_manifest_name(in->manifest));
		}
	}
	if (!dirs)
		snprintf(s->integrity, sizeof(s->integrity), "not checked: no manifest (segment "
			 "files given directly)");
	else if (!with_mf)
		snprintf(s->integrity, sizeof(s->integrity), "not checked: no manifest");
	else if (tail_bytes && !problems[0] && with_mf == dirs)
		/* never "intact": bytes are there that nothing vouches for */
		snprintf(s->integrity, sizeof(s->integrity), "UNVERIFIED TAIL: %llu bytes (%llu "
			 "lines) after the last checkpoint%s, vouched for by nothing, left out; "
			 "what is reported is verified: manifest hash chain%s and every "
			 "segment's SHA-256 (the open segment up to its last checkpoint)",
			 (unsigned long long)tail_bytes, (unsigned long long)tail_lines,
			 crash_tail ? " of a crashed record" : " of the live segment",
			 proven == dirs ? ", every seal proven with the key,"
			 : sealed ? NO_KEY_SAYS : "");
	else if (s->integrity_ok && with_mf == dirs)
		snprintf(s->integrity, sizeof(s->integrity), "intact: manifest hash chain%s and "
			 "every segment's SHA-256 verified%s",
			 proven == dirs ? ", every seal proven with the key,"
			 : sealed ? NO_KEY_SAYS : "",
			 cut ? " (the open segment up to its last checkpoint)" : "");
	else if (s->integrity_ok)
		snprintf(s->integrity, sizeof(s->integrity), "intact where checked: %zu of %zu "
			 "records have no manifest", dirs - with_mf, dirs);
	else
		snprintf(s->integrity, sizeof(s->integrity), "FAILED: %s", problems);
	if (s->partial)
		snprintf(s->status, sizeof(s->status), "PARTIAL: %zu damaged segment%s: %.200s",
			 damaged, damaged == 1 ? "" : "s", list);
	else if (s->drops)
		snprintf(s->status, sizeof(s->status), "incomplete: %llu events lost in the kernel",
			 (unsigned long long)s->drops);
	else if (!s->complete)
		snprintf(s->status, sizeof(s->status), "incomplete: %s",
			 dirs > with_mf ? "no manifest, so nothing proves every segment is here"
			 : dirs < ins->nin ? "files given directly, without their manifest, so "
					     "nothing proves every segment is here"
			 : notread ? "some segments were pruned or are missing"
			 : cut && live ? "still being recorded; its open segment is read up to "
					 "its last flush"
			 : cut ? "the recorder did not stop cleanly; its last segment ends at "
				 "its last flush"
			       : "the recorder did not stop cleanly");
	else
		snprintf(s->status, sizeof(s->status), "complete: no event counted lost, every segment "
			 "read");
}

static int cmp_finding(const void *pa, const void *pb)
{
	const struct rpt_finding *a = pa, *b = pb;

	if (a->sev != b->sev)
		return a->sev < b->sev ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/*
 * Who the executables are: one finding per executable that belongs to no
 * package or sits where anyone (or one user) can write, and one per
 * executable running under a name that is not its own. Rows of every
 * table count; listeners only inside the window.
 */
#define DPKG_ADMINDIR "/var/lib/dpkg"

/* Packages come from this host's dpkg database: only a record of this
 * host is looked up, and the header says which. */
static void packages(struct rpt_summary *s)
{
	char here[256] = "";
	size_t n = 0;

	if (s->packages_from) {
		snprintf(s->packages, sizeof(s->packages), "%s", s->packages_from);
		return;
	}
	for (int t = 0; t < RT_COUNT; t++)
		for (size_t i = 0; i < s->agg->t[t].n; i++)
			n += s->agg->t[t].g[i].exe_known;
	if (!n) {
		snprintf(s->packages, sizeof(s->packages), "none to look up: the record names no "
			 "executables (made before sockwatch's event_format 2)");
		return;
	}
	gethostname(here, sizeof(here) - 1);
	if (!s->host[0] || strcmp(s->host, here)) {
		snprintf(s->packages, sizeof(s->packages), "not looked up: the record is from "
			 "%.80s and this report runs on %.80s", s->host[0] ? s->host : "an unknown "
			 "host", here);
		return;
	}
	if (access(DPKG_ADMINDIR "/info", R_OK)) {
		snprintf(s->packages, sizeof(s->packages), "not looked up: no dpkg database "
			 "(" DPKG_ADMINDIR ") on this host");
		return;
	}
	n = rpt_packages(s->agg, DPKG_ADMINDIR);
	snprintf(s->packages, sizeof(s->packages), "%zu executable%s looked up in "
		 DPKG_ADMINDIR " at report time", n, n == 1 ? "" : "s");
}

/* A command name that leads to exe through a link on this host
 * (/usr/bin/vi -> /etc/alternatives/vi -> /usr/bin/vim.basic): a name the
 * kernel gave it, not a disguise. Only asked of a record of this host. */
static bool comm_links_to(const struct rpt_summary *s, const char *comm, const char *exe)
{
	static const char *const dirs[] = { "/usr/local/sbin/", "/usr/local/bin/", "/usr/sbin/",
					    "/usr/bin/", "/sbin/", "/bin/" };
	char path[512], real[4096];

	if (strncmp(s->packages, "not looked up", 13) == 0 || s->packages_from ||
	    strchr(comm, '/'))
		return false;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(path, sizeof(path), "%s%s", dirs[i], comm);
		if (realpath(path, real) && !strcmp(real, exe))
			return true;
	}
	return false;
}

/*
 * A name the program gives itself: its executable's name, a dash and more
 * (sockwatch's selftest child is "sockwatch-test"), where no program of
 * that whole name is installed on this host to pass for: ssh named
 * "ssh-agent" is still a disguise. Links to exe count too (above). Only a
 * record of this host is asked, and never of a container's file.
 */
static bool comm_is_own(const struct rpt_summary *s, const struct rpt_group *g)
{
	static const char *const dirs[] = { "/usr/local/sbin/", "/usr/local/bin/", "/usr/sbin/",
					    "/usr/bin/", "/sbin/", "/bin/", "/usr/lib/systemd/",
					    "/usr/libexec/" };
	const char *comm = g->masq_comm, *base = strrchr(g->exe, '/');
	char path[512];
	size_t n;

	if (comm_links_to(s, comm, g->exe))
		return true;
	if (g->ctr_id[0] || strncmp(s->packages, "not looked up", 13) == 0 || s->packages_from ||
	    strchr(comm, '/'))
		return false;
	base = base ? base + 1 : g->exe;
	n = strlen(base);
	if (!n || strncmp(comm, base, n) || comm[n] != '-' || !comm[n + 1])
		return false;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(path, sizeof(path), "%s%s", dirs[i], comm);
		if (!access(path, F_OK))
			return false;
	}
	return true;
}

/*
 * A program that keeps its own name, in a place anyone may write to,
 * where an installed program has that name: /tmp/x/sshd beside
 * /usr/sbin/sshd. Its comm is its executable's, but it passes for the
 * installed one all the same. (Not asked of home directories: a user's
 * own build of git in ~/bin is common and no disguise.) installed gets
 * the installed program's path. Only a record of this host is asked, and
 * never of a container's file.
 */
static bool copy_of_installed(const struct rpt_summary *s, const struct rpt_group *g,
			      char *installed, size_t len)
{
	static const char *const places[] = { "/tmp/", "/var/tmp/", "/dev/shm/", "/run/shm/" };
	static const char *const dirs[] = { "/usr/local/sbin/", "/usr/local/bin/", "/usr/sbin/",
					    "/usr/bin/", "/sbin/", "/bin/" };
	const char *base = strrchr(g->exe, '/');
	char path[512], real[4096];
	bool open_place = false;

	if (!g->comm_known || !g->comm[0] || g->ctr_id[0] || strchr(g->comm, '/') ||
	    strncmp(s->packages, "not looked up", 13) == 0 || s->packages_from)
		return false;
	for (size_t i = 0; i < sizeof(places) / sizeof(places[0]); i++)
		open_place |= !strncmp(g->exe, places[i], strlen(places[i]));
	base = base ? base + 1 : g->exe;
	/* the name exec gave it: its basename, cut at 15 bytes */
	if (!open_place || strlen(g->comm) != (strlen(base) < 15 ? strlen(base) : 15) ||
	    strncmp(g->comm, base, strlen(g->comm)))
		return false;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(path, sizeof(path), "%s%s", dirs[i], base);
		if (!access(path, X_OK) && realpath(path, real) && strcmp(real, g->exe)) {
			snprintf(installed, len, "%s", path);
			return true;
		}
	}
	return false;
}

static int who_findings(struct rpt_summary *s)
{
	struct rpt_agg *a = s->agg;
	struct rpt_group **v;
	size_t n = 0, cap = 0;
	int rc = 0;

	for (int t = 0; t < RT_COUNT; t++)
		cap += a->t[t].n;
	v = malloc((cap ? cap : 1) * sizeof(*v));
	if (!v)
		return -1;
	for (int t = 0; t < RT_COUNT; t++)
		for (size_t i = 0; i < a->t[t].n; i++) {
			struct rpt_group *g = &a->t[t].g[i];

			if (g->exe_known && (t != RT_LISTEN || rpt_listener_in_window(g)))
				v[n++] = g;
		}
	for (size_t i = 0; i < n && !rc; i++) {
		struct rpt_group *g = v[i];
		bool first = true, writable = rpt_exe_writable_place(g->exe);
		char d[400], netns[160], installed[512];

		/* once per executable (and, for masquerading, per name); a
		 * container's file of the same path is another file */
		for (size_t j = 0; j < i && first; j++)
			if (!strcmp(v[j]->exe, g->exe) && !v[j]->ctr_id[0] == !g->ctr_id[0])
				first = false;
		rpt_netns_str(g, netns, sizeof(netns));
		if (g->table == RT_LISTEN)
			listener_desc(g, d, sizeof(d));
		else
			flow_desc(g, d, sizeof(d));
		if (first && (writable || g->pkg_state == RPT_PKG_NONE))
			rc = add(s, writable ? SEV_HIGH : SEV_MEDIUM, "unpackaged-executable",
				 "Executable %s%s%s (%s: %s, in %s): a program no package "
				 "installed%s.", g->exe,
				 g->pkg_state == RPT_PKG_NONE ? " belongs to no Debian package" : "",
				 writable ? (g->pkg_state == RPT_PKG_NONE ? " and lives in a writable "
					     "place" : " lives in a writable place") : "",
				 g->table == RT_LISTEN ? "listener" : g->table == RT_OUT
				 ? "outbound connections" : "inbound connections", d, netns,
				 writable ? ", where any user could have put it" : "");
		/* not a disguise after all: no row shows it as one either */
		if (g->masq_comm[0] && comm_is_own(s, g))
			g->masq_comm[0] = '\0';
		/* a disguise though the name is its own: rows show it as one */
		installed[0] = '\0';
		if (!g->masq_comm[0] && copy_of_installed(s, g, installed, sizeof(installed)))
			rpt_copy(g->masq_comm, sizeof(g->masq_comm), g->comm);
		if (!rc && g->masq_comm[0]) {
			bool again = false;

			for (size_t j = 0; j < i && !again; j++)
				again = !strcmp(v[j]->exe, g->exe) &&
					!strcmp(v[j]->masq_comm, g->masq_comm);
			if (again)
				;
			else if (installed[0])
				rc = add(s, SEV_HIGH, "masquerade",
					 "A process named '%s' runs %s (%s, in %s), not the installed "
					 "%s: a program in a writable place under an installed "
					 "program's name, so it passes for that program.",
					 g->masq_comm, g->exe, d, netns, installed);
			else
				rc = add(s, SEV_HIGH, "masquerade",
					 "A process named '%s' runs %s (%s, in %s): its name is not "
					 "its executable's, so it passes for another program.",
					 g->masq_comm, g->exe, d, netns);
		}
	}
	free(v);
	return rc;
}

/* "syscall, syscall32, ..." for the paths of mask; "" for none. */
static void path_list(char *buf, size_t len, uint32_t mask)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int p = 0; p < PATHOP_COUNT && n < len; p++)
		if (mask & (1u << p))
			n += (size_t)snprintf(buf + n, len - n, "%s%s", n ? ", " : "",
					      pathop_name(p));
}

/* Why paths were n/a: the selftest only says so of the 32-bit paths, on a
 * kernel that does not deliver int 0x80. */
static const char *na_why(uint32_t na)
{
	uint32_t b32 = 1u << PATHOP_SYSCALL32 | 1u << PATHOP_SOCKETCALL;

	return na & ~b32 ? "the recording host could not take them (its selftest lines say why)"
			 : "the recording host's kernel did not deliver 32-bit syscalls (int 0x80), "
			   "so no process there could take them";
}

/* Which paths into the kernel the record's selftest lines proved seen. */
/* What a selftest without fexit did not test (README, Known limits):
 * records before the "fexit" field say nothing of it either. */
#define UNTESTED_NO_FEXIT "; not proven: a 32-bit accept that asks for no peer address " \
	"(a selftest ran where fexit was not loaded, or did not say; nothing else sees it)"

static void coverage_line(struct rpt_summary *s)
{
	const struct rpt_meta *m = &s->agg->meta;
	uint32_t all = (1u << PATHOP_COUNT) - 1, proven = m->st_seen_every & all;
	uint32_t blind = m->st_blind & all;
	/* seen or n/a in every selftest, n/a in one at least: neither
	 * proven nor blind */
	uint32_t na = m->selftests ? all & ~proven & ~blind : 0;
	uint32_t b32 = 1u << PATHOP_SYSCALL32 | 1u << PATHOP_SOCKETCALL;
	char yes[128], no[128], nas[128]; /* the six names take 74 */
	char tail[512];

	s->coverage_proven = m->selftests && !blind;
	{
		/* the completeness line says what was proven, in a few words */
		size_t n = strlen(s->status);

		path_list(nas, sizeof(nas), na);
		snprintf(s->status + n, sizeof(s->status) - n, "; %s%s%s",
			 !m->selftests ? "no path proven seen (no selftest)"
			 : blind ? "NOT every path proven seen (selftest)"
			 : na ? "every path the host offered proven seen (selftest)"
			      : "every path proven seen (selftest)",
			 na ? "; n/a there: " : "", na ? nas : "");
	}
	if (!m->selftests) {
		snprintf(s->coverage, sizeof(s->coverage), "not proven: the record has no "
			 "selftest line (recorded by a sockwatch that did not test its coverage)");
		return;
	}
	path_list(yes, sizeof(yes), proven);
	path_list(no, sizeof(no), blind);
	/* what no path sees is moot where no 32-bit call could be made */
	if (na)
		snprintf(tail, sizeof(tail), "; not applicable (neither proven nor blind): %s, "
			 "as %s%s", nas, na_why(na), (na & b32) == b32 || !m->st_no_fexit ? "" :
			 UNTESTED_NO_FEXIT);
	else
		snprintf(tail, sizeof(tail), "%s", m->st_no_fexit ? UNTESTED_NO_FEXIT : "");
	if (s->coverage_proven && !na)
		snprintf(s->coverage, sizeof(s->coverage), "proven for every path by %u selftest%s: "
			 "%s%s", m->selftests, m->selftests == 1 ? "" : "s", yes, tail);
	else if (s->coverage_proven)
		snprintf(s->coverage, sizeof(s->coverage), "proven for every path the host offered "
			 "by %u selftest%s: %s%s", m->selftests, m->selftests == 1 ? "" : "s", yes,
			 tail);
	else
		snprintf(s->coverage, sizeof(s->coverage), "NOT proven for %s (a selftest did not "
			 "see it: operations made that way may be missing); proven by %u selftest%s "
			 "for: %s%s", no, m->selftests, m->selftests == 1 ? "" : "s",
			 yes[0] ? yes : "none", tail);
}

int rpt_summarise(struct rpt_summary *s)
{
	struct rpt_agg *a = s->agg;
	struct rpt_inputs *ins = s->ins;

	if (a->meta.eph_known) {
		s->eph_known = true;
		s->eph_lo = a->meta.eph_lo;
		s->eph_hi = a->meta.eph_hi;
		s->eph_source = "as recorded";
	} else if (!sw_local_port_range(&s->eph_lo, &s->eph_hi)) {
		s->eph_known = true;
		s->eph_source = "read from this host at report time";
	}
	/* without a manifest, a record_stop line is what says it stopped */
	for (size_t i = 0; i < ins->nin; i++)
		if (ins->in[i].is_dir && !ins->in[i].has_manifest)
			ins->in[i].stopped = a->meta.n_stop > 0;
	s->drops = a->meta.lost_sum > a->meta.lost_total_max ? a->meta.lost_sum
							     : a->meta.lost_total_max;
	/* integrity is about damage and tampering; a crash (an open segment,
	 * no stop entry) is incompleteness, said in the status */
	s->integrity_ok = true;
	for (size_t i = 0; i < ins->nin; i++)
		if (rpt_input_flagged(&ins->in[i]))
			s->integrity_ok = false;
	for (size_t i = 0; i < ins->nseg; i++)
		if (ins->seg[i].has_integrity && !mf_status_fine(ins->seg[i].mf_status))
			s->integrity_ok = false;
	/* bytes after a crashed segment's last checkpoint may be anyone's: left
	 * out of the report, and the record is not called intact (as verify) */
	for (size_t i = 0; i < ins->nseg; i++)
		if (ins->seg[i].limited && ins->seg[i].tail_bytes &&
		    ins->seg[i].mf_status == MF_OPEN_CRASH)
			s->integrity_ok = false;
	s->partial = false;
	for (size_t i = 0; i < ins->nseg; i++)
		if (rpt_seg_damaged(&ins->seg[i]))
			s->partial = true;
	s->complete = !s->partial && !s->drops;
	/* segment files given directly have no manifest either: nothing says
	 * whether others belong with them */
	for (size_t i = 0; i < ins->nin; i++)
		if (!ins->in[i].is_dir || !ins->in[i].stopped || !ins->in[i].has_manifest)
			s->complete = false;
	for (size_t i = 0; i < ins->nseg; i++)
		if (ins->seg[i].state == RS_NOT_READ || ins->seg[i].state == RS_CUT)
			s->complete = false;
	header(s);
	packages(s);
	coverage_line(s);
	ncodes = 0;
	if (s->baseline && (baseline_state(s->baseline), rpt_drift(s, s->baseline)))
		return -1;
	if (record_findings(s) || approvals(s) || drift_findings(s) || listener_findings(s) ||
	    flow_findings(s) ||
	    who_findings(s) || add_overflow(s))
		return -1;
	/* by severity, in the order found within one */
	if (s->nfind > 1)
		qsort(s->find, s->nfind, sizeof(*s->find), cmp_finding);
	return 0;
}

void rpt_summary_free(struct rpt_summary *s)
{
	free(s->find);
	s->find = NULL;
	s->nfind = s->capfind = 0;
}
