// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The approved-services file: format and matching are described in approved.h. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "common/input.h"
#include "report/approved.h"
#include "common/opts.h"
#include "sockwatch.h"

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Next field of [*p, end): returns its start and length, advances *p. */
static const char *field(const char **p, const char *end, size_t *n)
{
	const char *s = *p, *e;

	while (s < end && blank(*s))
		s++;
	e = s;
	while (e < end && !blank(*e))
		e++;
	*n = (size_t)(e - s);
	*p = e;
	return s;
}

static int fail(char *err, size_t errlen, const char *fmt, const char *a, size_t n)
{
	char tmp[64];
	size_t k = n < sizeof(tmp) - 1 ? n : sizeof(tmp) - 1;

	/* the offending text, cut and with no control bytes */
	for (size_t i = 0; i < k; i++)
		tmp[i] = (a[i] >= 0x20 && a[i] < 0x7f) ? a[i] : '?';
	tmp[k] = '\0';
	snprintf(err, errlen, fmt, tmp);
	return -1;
}

static bool is(const char *s, size_t n, const char *word)
{
	return n == strlen(word) && !strncmp(s, word, n);
}

static int parse_addr(struct approved_rule *r, const char *v, size_t n, char *err,
		      size_t errlen)
{
	char buf[64];
	char *slash;
	unsigned long bits;

	if (is(v, n, "wildcard")) {
		r->addr_kind = AA_WILDCARD;
		return 0;
	}
	if (is(v, n, "loopback")) {
		r->addr_kind = AA_LOOPBACK;
		return 0;
	}
	if (!n || n >= sizeof(buf))
		return fail(err, errlen, "bad address '%s' (an IP address, a CIDR prefix, "
			    "wildcard or loopback)", v, n);
	memcpy(buf, v, n);
	buf[n] = '\0';
	slash = strchr(buf, '/');
	if (slash)
		*slash = '\0';
	if (rpt_addr_parse(buf, &r->addr))
		return fail(err, errlen, "bad address '%s' (an IP address, a CIDR prefix, "
			    "wildcard or loopback)", v, n);
	r->prefix = r->addr.family == AF_INET ? 32 : 128;
	if (slash) {
		char *end;

		errno = 0;
		bits = strtoul(slash + 1, &end, 10);
		if (!slash[1] || *end || errno || slash[1] < '0' || slash[1] > '9' ||
		    bits > r->prefix)
			return fail(err, errlen, "bad prefix length in '%s'", v, n);
		r->prefix = (unsigned)bits;
	}
	r->addr_kind = AA_PREFIX;
	return 0;
}

int approved_parse_line(const char *line, size_t len, struct approved_rule *out, char *err,
			size_t errlen)
{
	const char *p = line, *end = line + len, *f, *just = NULL, *rule_end = NULL;
	char perr[OPT_ERR_LEN], ports[32];
	size_t n;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)line[i] < 0x20 && line[i] != '\t') {
			snprintf(err, errlen, "control character (byte 0x%02x) in the line",
				 (unsigned char)line[i]);
			return -1;
		}
	f = field(&p, end, &n);
	if (!n || f[0] == '#')
		return 1;
	if (is(f, n, "listen"))
		out->dir = AP_LISTEN;
	else if (is(f, n, "connect"))
		out->dir = AP_CONNECT;
	else
		return fail(err, errlen, "unknown direction '%s' (use listen or connect)", f, n);

	f = field(&p, end, &n);
	if (!n || is(f, n, "--"))
		return fail(err, errlen, "missing protocol (tcp, udp or any)%s", "", 0);
	if (is(f, n, "tcp"))
		out->proto = IPPROTO_TCP;
	else if (is(f, n, "udp"))
		out->proto = IPPROTO_UDP;
	else if (is(f, n, "any"))
		out->proto = 0;
	else
		return fail(err, errlen, "unknown protocol '%s' (use tcp, udp or any)", f, n);

	f = field(&p, end, &n);
	if (!n || is(f, n, "--"))
		return fail(err, errlen, "missing port (a port, a range LO-HI or *)%s", "", 0);
	if (is(f, n, "*")) {
		out->lo = 0;
		out->hi = 65535;
	} else {
		if (n >= sizeof(ports))
			return fail(err, errlen, "'%s' is not a port (0-65535) or range (LO-HI)", f, n);
		memcpy(ports, f, n);
		ports[n] = '\0';
		if (opt_port_range(ports, &out->lo, &out->hi, perr)) {
			snprintf(err, errlen, "%s", perr);
			return -1;
		}
	}

	for (;;) {
		f = field(&p, end, &n);
		if (!n)
			break;
		if (is(f, n, "--")) {
			rule_end = f;
			just = p;
			break;
		}
		if (n > 8 && !strncmp(f, "process=", 8)) {
			if (out->has_process)
				return fail(err, errlen, "process= given twice%s", "", 0);
			if (n - 8 > APPROVED_COMM_MAX)
				return fail(err, errlen, "process name '%s' is longer than 15 bytes: "
					    "the kernel's process name (comm) never is", f + 8, n - 8);
			memcpy(out->process, f + 8, n - 8);
			out->process[n - 8] = '\0';
			out->has_process = true;
		} else if (n > 5 && !strncmp(f, "addr=", 5)) {
			if (out->addr_kind != AA_ANY)
				return fail(err, errlen, "addr= given twice%s", "", 0);
			if (out->dir != AP_LISTEN)
				return fail(err, errlen, "addr= applies to listen rules only%s", "", 0);
			if (parse_addr(out, f + 5, n - 5, err, errlen))
				return -1;
		} else {
			return fail(err, errlen, "unexpected '%s' (options are process=NAME and "
				    "addr=ADDRESS; the justification follows --)", f, n);
		}
	}
	while (just && just < end && blank(*just))
		just++;
	if (!just || just == end)
		return fail(err, errlen, "missing justification: end the rule with "
			    "'-- the business need for it'%s", "", 0);
	{
		const char *rs = line, *re = rule_end;
		const char *je = end;

		while (rs < re && blank(*rs))
			rs++;
		while (re > rs && blank(re[-1]))
			re--;
		while (je > just && blank(je[-1]))
			je--;
		out->rule = strndup(rs, (size_t)(re - rs));
		out->justification = strndup(just, (size_t)(je - just));
		if (!out->rule || !out->justification) {
			approved_rule_free(out);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		out->todo = !strncmp(out->justification, APPROVED_TODO, strlen(APPROVED_TODO));
	}
	return 0;
}

void approved_rule_free(struct approved_rule *r)
{
	free(r->rule);
	free(r->justification);
	r->rule = r->justification = NULL;
}

void approved_free(struct approved_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		approved_rule_free(&l->r[i]);
	free(l->r);
	free(l->path);
	free(l);
}

int approved_load(const char *path, struct approved_list **out, char *err, size_t errlen)
{
	struct approved_list *l = calloc(1, sizeof(*l));
	char *line = NULL;
	size_t cap = 0, rcap = 0;
	unsigned lineno = 0;
	ssize_t len;
	FILE *f;
	int rc0;

	*out = NULL;
	if (!l || !(l->path = strdup(path))) {
		free(l);
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	rc0 = input_fopen(path, &f);
	if (rc0) {
		snprintf(err, errlen, "%s: %s", path, input_strerror(rc0));
		approved_free(l);
		return -2;
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		struct approved_rule r;
		char msg[256];
		int rc;

		lineno++;
		if (len && line[len - 1] == '\n')
			len--;
		if (len && line[len - 1] == '\r')
			len--;
		if (len > APPROVED_LINE_MAX) {
			snprintf(err, errlen, "%s:%u: line longer than %d bytes", path, lineno,
				 APPROVED_LINE_MAX);
			goto fail;
		}
		if (memchr(line, '\0', (size_t)len)) {
			snprintf(err, errlen, "%s:%u: NUL byte in the line", path, lineno);
			goto fail;
		}
		rc = approved_parse_line(line, (size_t)len, &r, msg, sizeof(msg));
		if (rc < 0) {
			snprintf(err, errlen, "%s:%u: %s", path, lineno, msg);
			goto fail;
		}
		if (rc > 0)
			continue;
		r.line = lineno;
		if (l->n == rcap) {
			size_t c = rcap ? rcap * 2 : 16;
			struct approved_rule *v = realloc(l->r, c * sizeof(*v));

			if (!v) {
				approved_rule_free(&r);
				snprintf(err, errlen, "out of memory");
				goto fail;
			}
			l->r = v;
			rcap = c;
		}
		l->r[l->n++] = r;
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	free(line);
	fclose(f);
	*out = l;
	return 0;
fail:
	free(line);
	fclose(f);
	approved_free(l);
	return -1;
}

static bool prefix_match(const struct approved_rule *r, const struct rpt_addr *a)
{
	uint8_t v4m[16] = { [10] = 0xff, [11] = 0xff };
	const uint8_t *x = a->a, *y = r->addr.a;
	unsigned bits = r->prefix;

	if (a->family != r->addr.family) {
		/* an IPv4 rule also covers the v4-mapped form of a dual-stack socket */
		if (r->addr.family == AF_INET && a->family == AF_INET6 &&
		    !memcmp(a->a, v4m, 12))
			x = a->a + 12;
		else
			return false;
	}
	for (unsigned i = 0; bits; i++) {
		unsigned take = bits >= 8 ? 8 : bits;
		uint8_t mask = (uint8_t)(0xff << (8 - take));

		if ((x[i] ^ y[i]) & mask)
			return false;
		bits -= take;
	}
	return true;
}

static bool base_match(const struct approved_rule *r, enum approved_dir dir, int proto,
		       unsigned port, const char *comm)
{
	if (r->dir != dir || (r->proto && r->proto != proto) || port < r->lo || port > r->hi)
		return false;
	return !r->has_process || (comm && !strcmp(comm, r->process));
}

const struct approved_rule *approved_match_listener(const struct approved_list *l, int proto,
						    const struct rpt_addr *addr, unsigned port,
						    const char *comm)
{
	for (size_t i = 0; l && i < l->n; i++) {
		const struct approved_rule *r = &l->r[i];

		if (!base_match(r, AP_LISTEN, proto, port, comm))
			continue;
		switch (r->addr_kind) {
		case AA_ANY:
			return r;
		case AA_WILDCARD:
			if (rpt_addr_is_wildcard(addr))
				return r;
			break;
		case AA_LOOPBACK:
			if (rpt_addr_is_loopback(addr))
				return r;
			break;
		case AA_PREFIX:
			if (prefix_match(r, addr))
				return r;
			break;
		}
	}
	return NULL;
}

const struct approved_rule *approved_match(const struct approved_list *l,
					   enum approved_dir dir, int proto, unsigned port,
					   const char *comm)
{
	for (size_t i = 0; l && i < l->n; i++)
		if (base_match(&l->r[i], dir, proto, port, comm))
			return &l->r[i];
	return NULL;
}

bool approved_event(const struct approved_list *l, const struct sw_event *e)
{
	char comm[SW_COMM_LEN + 1];
	const char *who = NULL;
	struct rpt_addr a = { .family = e->family };

	if (e->flags & SW_F_OWNER_KNOWN || e->kind != SW_CLOSE) {
		memcpy(comm, e->comm, SW_COMM_LEN);
		comm[SW_COMM_LEN] = '\0';
		who = comm;
	}
	if (e->kind == SW_BIND && (e->flags & SW_F_AUTO_PORT || !e->lport))
		return true; /* a client's bind: the kernel chose the port */
	switch (e->role) {
	case SW_ROLE_LISTENER:
		memcpy(a.a, e->laddr, sizeof(a.a));
		return approved_match_listener(l, e->proto, &a, e->lport, who) != NULL;
	case SW_ROLE_INBOUND:
		return approved_match(l, AP_LISTEN, e->proto, e->lport, who) != NULL;
	case SW_ROLE_OUTBOUND:
		return approved_match(l, AP_CONNECT, e->proto, e->rport, who) != NULL;
	default:
		if (e->kind != SW_BIND)
			return true;
		memcpy(a.a, e->laddr, sizeof(a.a));
		return approved_match_listener(l, e->proto, &a, e->lport, who) != NULL;
	}
}
