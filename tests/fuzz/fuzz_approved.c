/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: the approved-services file (user/report/approved.c), which
 * `report --approved` reads.
 *
 * The input is the file. Each line goes through approved_parse_line()
 * (with an error buffer whose size comes from the line), and the whole
 * through approved_load() from a memfd; then approved_match() and
 * approved_match_listener() are asked about ports, protocols, processes
 * and addresses around every rule and compared with a reference model of
 * the matching rules in approved.h (first rule in file order; proto any;
 * port ranges; process exact; addr= as prefix, wildcard or loopback, an
 * IPv4 rule also covering the v4-mapped form).
 *
 * Checked on parsing: a result of -1, 0 or 1; on -1 a terminated message
 * with no control byte; on 0 a rule that says what the line says: the
 * direction and protocol words, 0 <= lo <= hi <= 65535, a process of at
 * most 15 bytes, addr= only on listen rules with a prefix that fits the
 * family, rule and justification trimmed and the justification not
 * empty. approved_load() accepts the file exactly when every line parses
 * and none is over APPROVED_LINE_MAX or holds a NUL, and keeps one rule
 * per rule line, numbered by line.
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the apf_ prefix).
 *
 * fuzz-args: -max_len=8192
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "report/approved.h"
#include "report/report.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

static struct fuzz_file apf_input = FUZZ_FILE_INIT;

static bool apf_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The first blank-separated word of line, as a C string in buf. */
static void apf_word(const char *line, size_t len, size_t skip, char *buf, size_t cap)
{
	size_t i = 0, n = 0;

	for (size_t w = 0; w <= skip; w++) {
		while (i < len && apf_blank(line[i]))
			i++;
		n = 0;
		while (i < len && !apf_blank(line[i])) {
			if (n + 1 < cap)
				buf[n++] = line[i];
			i++;
		}
	}
	buf[n] = '\0';
}

/* ---- one line ------------------------------------------------------------------ */

/* Returns what approved_parse_line() returned; *r is filled on 0. */
static int apf_line(const char *line, size_t len, size_t errlen, struct approved_rule *r)
{
	char *copy = malloc(len ? len : 1), *err = malloc(errlen);
	char w0[16], w1[16];
	int rc;

	if (!copy || !err)
		FUZZ_FAIL("malloc");
	memcpy(copy, line, len); /* exactly len: a read past the line shows */
	memset(err, 0x7f, errlen);
	rc = approved_parse_line(copy, len, r, err, errlen);
	if (rc != -1 && rc != 0 && rc != 1)
		FUZZ_FAIL("approved_parse_line returned %d", rc);
	if (rc == -1) {
		size_t n = strnlen(err, errlen);

		if (n == errlen)
			FUZZ_FAIL("error message not terminated in %zu bytes", errlen);
		if (n == 0 && errlen > 1)
			FUZZ_FAIL("failure with an empty message");
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)err[i] < 0x20)
				FUZZ_FAIL("control byte 0x%02x in the message", (unsigned char)err[i]);
	}
	if (rc == 1) {
		apf_word(line, len, 0, w0, sizeof(w0));
		if (w0[0] && w0[0] != '#')
			FUZZ_FAIL("line starting with '%s' taken as blank or comment", w0);
	}
	if (rc == 0) {
		apf_word(line, len, 0, w0, sizeof(w0));
		apf_word(line, len, 1, w1, sizeof(w1));
		if (strcmp(w0, r->dir == AP_LISTEN ? "listen" : "connect"))
			FUZZ_FAIL("direction word '%s' gave dir %d", w0, r->dir);
		if (strcmp(w1, r->proto == IPPROTO_TCP ? "tcp" : r->proto == IPPROTO_UDP ? "udp"
				: r->proto == 0 ? "any" : "?"))
			FUZZ_FAIL("protocol word '%s' gave proto %d", w1, r->proto);
		if (r->lo > r->hi || r->hi > 65535)
			FUZZ_FAIL("port range %u-%u", r->lo, r->hi);
		if (r->has_process && (strnlen(r->process, sizeof(r->process)) >
				       APPROVED_COMM_MAX || !r->process[0]))
			FUZZ_FAIL("process name of bad length");
		if (r->addr_kind != AA_ANY && r->dir != AP_LISTEN)
			FUZZ_FAIL("addr= on a connect rule");
		if (r->addr_kind == AA_PREFIX &&
		    !((r->addr.family == AF_INET && r->prefix <= 32) ||
		      (r->addr.family == AF_INET6 && r->prefix <= 128)))
			FUZZ_FAIL("prefix /%u for family %u", r->prefix, r->addr.family);
		if (!r->rule || !r->justification || !r->justification[0])
			FUZZ_FAIL("rule without its text or justification");
		for (const char *t = r->rule; t; t = t == r->rule ? r->justification : NULL) {
			size_t n = strlen(t);

			if (n && (apf_blank(t[0]) || apf_blank(t[n - 1])))
				FUZZ_FAIL("untrimmed text '%s'", t);
			for (size_t i = 0; i < n; i++)
				if ((unsigned char)t[i] < 0x20 && t[i] != '\t')
					FUZZ_FAIL("control byte in the rule text");
		}
		if (strncmp(r->rule, w0, strlen(w0)))
			FUZZ_FAIL("rule text '%s' does not start with '%s'", r->rule, w0);
		if (!memmem(line, len, r->justification, strlen(r->justification)))
			FUZZ_FAIL("justification '%s' is not in the line", r->justification);
	}
	free(copy);
	free(err);
	return rc;
}

/* ---- matching model ------------------------------------------------------------- */

static bool apf_prefix(const struct approved_rule *r, const struct rpt_addr *a)
{
	const uint8_t *x = a->a;
	static const uint8_t v4m[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

	if (a->family != r->addr.family) {
		if (r->addr.family == AF_INET && a->family == AF_INET6 && !memcmp(a->a, v4m, 12))
			x = a->a + 12;
		else
			return false;
	}
	/* bit by bit, the slow obvious way */
	for (unsigned b = 0; b < r->prefix; b++) {
		unsigned bx = (x[b / 8] >> (7 - b % 8)) & 1, by = (r->addr.a[b / 8] >> (7 - b % 8)) & 1;

		if (bx != by)
			return false;
	}
	return true;
}

static bool apf_wildcard(const struct rpt_addr *a)
{
	static const uint8_t zero[16];

	return (a->family == AF_INET && !memcmp(a->a, zero, 4)) ||
	       (a->family == AF_INET6 && !memcmp(a->a, zero, 16));
}

static bool apf_loopback(const struct rpt_addr *a)
{
	static const uint8_t one[16] = { [15] = 1 };
	static const uint8_t v4m[12] = { [10] = 0xff, [11] = 0xff };

	return (a->family == AF_INET && a->a[0] == 127) ||
	       (a->family == AF_INET6 && (!memcmp(a->a, one, 16) ||
					  (!memcmp(a->a, v4m, 12) && a->a[12] == 127)));
}

static const struct approved_rule *apf_model(const struct approved_list *l, bool listener,
					     enum approved_dir dir, int proto,
					     const struct rpt_addr *addr, unsigned port,
					     const char *comm)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct approved_rule *r = &l->r[i];

		if (r->dir != dir || (r->proto && r->proto != proto) || port < r->lo ||
		    port > r->hi)
			continue;
		if (r->has_process && (!comm || strcmp(comm, r->process)))
			continue;
		if (listener && r->addr_kind == AA_WILDCARD && !apf_wildcard(addr))
			continue;
		if (listener && r->addr_kind == AA_LOOPBACK && !apf_loopback(addr))
			continue;
		if (listener && r->addr_kind == AA_PREFIX && !apf_prefix(r, addr))
			continue;
		return r;
	}
	return NULL;
}

static void apf_probe(const struct approved_list *l, int proto, const struct rpt_addr *addr,
		      unsigned port, const char *comm)
{
	const struct approved_rule *got, *want;

	got = approved_match_listener(l, proto, addr, port, comm);
	want = apf_model(l, true, AP_LISTEN, proto, addr, port, comm);
	if (got != want)
		FUZZ_FAIL("listener %d/%u comm %s: rule on line %u, the model says line %u",
			  proto, port, comm ? comm : "(none)", got ? got->line : 0,
			  want ? want->line : 0);
	for (int d = 0; d < 2; d++) {
		enum approved_dir dir = d ? AP_CONNECT : AP_LISTEN;

		got = approved_match(l, dir, proto, port, comm);
		want = apf_model(l, false, dir, proto, addr, port, comm);
		if (got != want)
			FUZZ_FAIL("%s %d/%u comm %s: rule on line %u, the model says line %u",
				  d ? "connect" : "accept", proto, port, comm ? comm : "(none)",
				  got ? got->line : 0, want ? want->line : 0);
	}
}

/* ---- entry ---------------------------------------------------------------------- */

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct approved_list *l = NULL;
	unsigned lineno = 0, nrules = 0;
	bool load_ok = true;
	char err[512];
	int rc;

	/* line by line, split as approved_load() splits them */
	for (size_t i = 0; i < size;) {
		const char *nl = memchr(text + i, '\n', size - i);
		size_t len = (size_t)((nl ? nl : text + size) - (text + i));
		size_t errlen = 1 + (len ? (unsigned char)text[i + len - 1] : 0);
		struct approved_rule r;

		lineno++;
		if (len && text[i + len - 1] == '\r')
			len--;
		if (len > APPROVED_LINE_MAX || memchr(text + i, '\0', len)) {
			load_ok = false;
		} else {
			rc = apf_line(text + i, len, errlen, &r);
			if (rc < 0)
				load_ok = false;
			if (rc == 0) {
				nrules++;
				approved_rule_free(&r);
			}
		}
		i += len + (i + len < size && text[i + len] == '\r') + 1;
	}

	memset(err, 0x7f, sizeof(err));
	rc = approved_load(fuzz_file_write(&apf_input, "fuzz_approved", data, size), &l, err,
			   sizeof(err));
	if (rc != 0 && rc != -1)
		FUZZ_FAIL("approved_load returned %d", rc);
	if ((rc == 0) != load_ok)
		FUZZ_FAIL("approved_load %s, the lines say %s: %s", rc ? "failed" : "succeeded",
			  load_ok ? "valid" : "invalid", rc ? err : "");
	if (rc) {
		if (l)
			FUZZ_FAIL("approved_load failed and left a list");
		if (!memchr(err, '\0', sizeof(err)) || !err[0])
			FUZZ_FAIL("approved_load failed without a message");
		return 0;
	}
	if (!l || l->n != nrules)
		FUZZ_FAIL("approved_load kept %zu rules of %u", l ? l->n : 0, nrules);
	for (size_t i = 1; i < l->n; i++)
		if (l->r[i].line <= l->r[i - 1].line || l->r[i].line > lineno)
			FUZZ_FAIL("rule line numbers out of order");

	/* probes around every rule (at most 32 of them) */
	for (size_t i = 0; i < l->n && i < 32; i++) {
		const struct approved_rule *r = &l->r[i];
		unsigned ports[4] = { r->lo ? r->lo - 1 : 65535, r->lo, r->hi,
				      r->hi < 65535 ? r->hi + 1 : 0 };
		struct rpt_addr addrs[4];
		const char *comms[3] = { r->has_process ? r->process : "sshd", "other", NULL };

		memset(addrs, 0, sizeof(addrs));
		addrs[0] = r->addr;                 /* the rule's own (or zeroes) */
		if (!addrs[0].family)
			addrs[0].family = AF_INET;
		addrs[1] = addrs[0];                /* flip the bit past the prefix */
		if (r->addr_kind == AA_PREFIX && r->prefix < 128)
			addrs[1].a[r->prefix / 8] ^= (uint8_t)(0x80 >> (r->prefix % 8));
		addrs[2].family = AF_INET6;         /* v4-mapped form of the rule's */
		addrs[2].a[10] = addrs[2].a[11] = 0xff;
		memcpy(addrs[2].a + 12, addrs[0].a, 4);
		addrs[3].family = AF_INET6;         /* ::1 */
		addrs[3].a[15] = 1;
		for (int p = 0; p < 4; p++)
			for (int a = 0; a < 4; a++)
				for (int c = 0; c < 3; c++) {
					apf_probe(l, IPPROTO_TCP, &addrs[a], ports[p], comms[c]);
					apf_probe(l, IPPROTO_UDP, &addrs[a], ports[p], comms[c]);
				}
	}
	approved_free(l);
	return 0;
}
