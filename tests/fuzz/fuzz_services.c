/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: the services(5) overlay loader and the port-spec
 * parser (user/label/labels.c).
 *
 * The input is written to a memfd and loaded with services_load_file()
 * through /proc/self/fd/N, then checked against a small reference model of
 * the format documented in labels.h: every lookup of a port the file names
 * must give the first valid line's name (or the embedded IANA name when no
 * valid line covers it), every name must be printable ASCII of 1-63 bytes,
 * every error must come with a line number in range and a printable
 * message, and services_ports_of() must agree with services_lookup().
 * Each of the first lines is also fed to label_parse_port_spec() with a
 * random error-buffer size, against the same kind of model.
 *
 * Also built into tests/unit/test_fuzz_regressions.c, which defines
 * FUZZ_ENTRY and FUZZ_FAIL before including this file; every static name
 * here carries the svcf_ prefix so the targets can share that unit.
 *
 * fuzz-args: -max_len=8192
 */
#include <errno.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "label/labels.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

/* ---- the input as a file ----------------------------------------------- */

static struct fuzz_file svcf_input = FUZZ_FILE_INIT;

/* ---- reference model of one services(5) line ---------------------------- */

struct svcf_line {
	bool valid;
	const uint8_t *name;
	size_t nlen;
	unsigned lo, hi;
	unsigned want; /* bit 0 tcp, bit 1 udp */
};

static bool svcf_blank(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static bool svcf_ieq(const uint8_t *p, size_t n, const char *lit)
{
	if (strlen(lit) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		uint8_t c = p[i];

		if (c >= 'A' && c <= 'Z')
			c = (uint8_t)(c - 'A' + 'a');
		if (c != (uint8_t)lit[i])
			return false;
	}
	return true;
}

/* Digits only, 0-65535. */
static bool svcf_port(const uint8_t *p, size_t n, unsigned *out)
{
	unsigned long v = 0;

	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return false;
		v = v * 10 + (p[i] - '0');
		if (v > 65535)
			v = 65536; /* leading zeros are fine, big values are not */
	}
	if (v > 65535)
		return false;
	*out = (unsigned)v;
	return true;
}

/*
 * What labels.h says about one line (CR already stripped, length already
 * checked). *is_error: the loader must report this line.
 */
static void svcf_model_line(const uint8_t *p, size_t len, struct svcf_line *out,
			    bool *is_error)
{
	const uint8_t *hash = memchr(p, '#', len);
	const uint8_t *tok[2];
	size_t tlen[2], ntok = 0, i = 0;

	memset(out, 0, sizeof(*out));
	*is_error = false;
	if (hash)
		len = (size_t)(hash - p);
	while (ntok < 2) {
		while (i < len && svcf_blank(p[i]))
			i++;
		if (i == len)
			break;
		tok[ntok] = p + i;
		while (i < len && !svcf_blank(p[i]))
			i++;
		tlen[ntok] = (size_t)(p + i - tok[ntok]);
		ntok++;
	}
	if (ntok == 0)
		return; /* blank or comment */
	*is_error = true;
	if (tlen[0] > SERVICES_NAME_MAX)
		return;
	for (size_t k = 0; k < tlen[0]; k++)
		if (tok[0][k] < 0x21 || tok[0][k] > 0x7e)
			return;
	if (ntok < 2)
		return;

	const uint8_t *pp = tok[1], *end = tok[1] + tlen[1];
	const uint8_t *slash = memchr(pp, '/', tlen[1]);

	if (!slash)
		return;
	const uint8_t *dash = memchr(pp, '-', (size_t)(slash - pp));
	unsigned lo, hi;

	if (dash) {
		if (!svcf_port(pp, (size_t)(dash - pp), &lo) ||
		    !svcf_port(dash + 1, (size_t)(slash - dash - 1), &hi) || lo > hi)
			return;
	} else {
		if (!svcf_port(pp, (size_t)(slash - pp), &lo))
			return;
		hi = lo;
	}

	unsigned want = 0;
	const uint8_t *q = slash + 1;

	for (;;) {
		const uint8_t *e = memchr(q, '/', (size_t)(end - q));
		size_t n = (size_t)((e ? e : end) - q);

		if (svcf_ieq(q, n, "tcp"))
			want |= 1;
		else if (svcf_ieq(q, n, "udp"))
			want |= 2;
		else if (!svcf_ieq(q, n, "sctp") && !svcf_ieq(q, n, "dccp") &&
			 !svcf_ieq(q, n, "ddp") && !svcf_ieq(q, n, "udplite") &&
			 !svcf_ieq(q, n, "divert"))
			return;
		if (!e)
			break;
		q = e + 1;
	}
	*is_error = false;
	out->valid = true;
	out->name = tok[0];
	out->nlen = tlen[0];
	out->lo = lo;
	out->hi = hi;
	out->want = want;
}

/* ---- load-time error callback --------------------------------------------- */

struct svcf_errs {
	const char *path;
	unsigned nlines;
	unsigned count;
	unsigned last_line;
	unsigned char *lines; /* bitmap: lines the loader reported */
};

static void svcf_on_error(void *ctx, const char *path, unsigned lineno, const char *msg)
{
	struct svcf_errs *e = ctx;
	size_t n;

	if (path != e->path)
		FUZZ_FAIL("error callback got path %p, not the one loaded", (const void *)path);
	if (lineno < 1 || lineno > e->nlines)
		FUZZ_FAIL("error on line %u of a %u-line file", lineno, e->nlines);
	if (lineno <= e->last_line)
		FUZZ_FAIL("error on line %u after one on line %u", lineno, e->last_line);
	e->last_line = lineno;
	if (e->lines[(lineno - 1) / 8] & (1u << ((lineno - 1) % 8)))
		FUZZ_FAIL("line %u reported twice", lineno);
	e->lines[(lineno - 1) / 8] |= (unsigned char)(1u << ((lineno - 1) % 8));
	n = strlen(msg);
	if (n == 0 || n >= 160)
		FUZZ_FAIL("error message of %zu bytes", n);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)msg[i] < 0x20 || (unsigned char)msg[i] > 0x7e)
			FUZZ_FAIL("error message byte 0x%02x at %zu: %s", (unsigned char)msg[i],
				  i, msg);
	e->count++;
}

/* ---- lookups against the model ------------------------------------------ */

static struct services *svcf_base; /* the embedded table alone, for the model */

static void svcf_check_name(const char *name)
{
	size_t n;

	if (!name)
		return;
	n = strlen(name);
	if (n == 0 || n > SERVICES_NAME_MAX)
		FUZZ_FAIL("service name of %zu bytes", n);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)name[i] < 0x21 || (unsigned char)name[i] > 0x7e)
			FUZZ_FAIL("service name byte 0x%02x", (unsigned char)name[i]);
}

static void svcf_check_port(const struct services *s, const struct svcf_line *lines,
			    size_t nlines, unsigned port)
{
	for (int pi = 0; pi < 2; pi++) {
		int proto = pi ? IPPROTO_UDP : IPPROTO_TCP;
		const char *got = services_lookup(s, port, proto);
		const struct svcf_line *first = NULL;

		svcf_check_name(got);
		for (size_t i = 0; i < nlines && !first; i++)
			if (lines[i].valid && (lines[i].want & (1u << pi)) &&
			    lines[i].lo <= port && port <= lines[i].hi)
				first = &lines[i];
		if (first) {
			if (!got || strlen(got) != first->nlen ||
			    memcmp(got, first->name, first->nlen))
				FUZZ_FAIL("port %u/%s: got '%s', the file's first line says '%.*s'",
					  port, pi ? "udp" : "tcp", got ? got : "(none)",
					  (int)first->nlen, (const char *)first->name);
		} else {
			const char *want = services_lookup(svcf_base, port, proto);

			if ((want == NULL) != (got == NULL) || (want && strcmp(want, got)))
				FUZZ_FAIL("port %u/%s: got '%s', no line covers it and IANA says '%s'",
					  port, pi ? "udp" : "tcp", got ? got : "(none)",
					  want ? want : "(none)");
		}
	}
}

struct svcf_ports {
	const struct services *s;
	const char *name;
	int proto;
	unsigned last;
	size_t n;
};

/* ASCII case-insensitive equality of two C strings. */
static bool svcf_name_ieq(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;

		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y - 'A' + 'a');
		if (x != y)
			return false;
		if (!x)
			return true;
	}
}

static void svcf_port_cb(void *ctx, unsigned port)
{
	struct svcf_ports *sp = ctx;
	const char *got = services_lookup(sp->s, port, sp->proto);

	if (port > 65535 || (sp->n && port <= sp->last))
		FUZZ_FAIL("services_ports_of: port %u after %u", port, sp->last);
	if (!got || !svcf_name_ieq(got, sp->name))
		FUZZ_FAIL("services_ports_of('%s') gave port %u, whose name is '%s'", sp->name,
			  port, got ? got : "(none)");
	sp->last = port;
	sp->n++;
}

/*
 * Every port reported must carry the name. That no port is missed takes a
 * scan of all 65536 lookups, which costs more than the rest of a run: only
 * when `full`.
 */
static void svcf_check_ports_of(const struct services *s, const char *name, int pi, bool full)
{
	int proto = pi ? IPPROTO_UDP : IPPROTO_TCP;
	struct svcf_ports sp = { s, name, proto, 0, 0 };
	size_t hits = services_ports_of(s, name, proto, svcf_port_cb, &sp);
	size_t want = 0;

	if (hits != sp.n)
		FUZZ_FAIL("services_ports_of returned %zu after %zu callbacks", hits, sp.n);
	if (!full)
		return;
	for (unsigned port = 0; port <= 65535; port++) {
		const char *got = services_lookup(s, port, proto);

		if (got && svcf_name_ieq(got, name))
			want++;
	}
	if (hits != want)
		FUZZ_FAIL("services_ports_of('%s') found %zu ports, lookups find %zu", name, hits,
			  want);
	if (services_ports_of(s, name, proto, NULL, NULL) != hits)
		FUZZ_FAIL("services_ports_of without a callback counts differently");
}

/* ---- label_parse_port_spec ---------------------------------------------- */

static void svcf_port_spec(const uint8_t *line, size_t len, size_t errlen)
{
	char *spec = malloc(len + 1), *err = NULL;
	unsigned port = 12345, wport = 0;
	int proto = -7, wproto = 0, rc;
	bool ok;

	if (!spec)
		return;
	memcpy(spec, line, len);
	spec[len] = '\0';
	len = strlen(spec); /* what a C string caller can pass */

	/* the model */
	const char *slash = strchr(spec, '/');
	size_t plen = slash ? (size_t)(slash - spec) : len;

	ok = svcf_port((const uint8_t *)spec, plen, &wport);
	if (ok && slash) {
		size_t n = len - plen - 1;

		if (svcf_ieq((const uint8_t *)slash + 1, n, "tcp"))
			wproto = IPPROTO_TCP;
		else if (svcf_ieq((const uint8_t *)slash + 1, n, "udp"))
			wproto = IPPROTO_UDP;
		else
			ok = false;
	}

	if (errlen) {
		err = malloc(errlen);
		if (!err) {
			free(spec);
			return;
		}
		memset(err, 'Z', errlen);
	}
	rc = label_parse_port_spec(spec, &port, &proto, err, errlen);
	if (rc != 0 && rc != -1)
		FUZZ_FAIL("label_parse_port_spec returned %d", rc);
	if ((rc == 0) != ok)
		FUZZ_FAIL("label_parse_port_spec('%s') %s, the model says %s", spec,
			  rc ? "failed" : "succeeded", ok ? "valid" : "invalid");
	if (rc == 0 && (port != wport || proto != wproto))
		FUZZ_FAIL("label_parse_port_spec('%s') gave %u/%d, not %u/%d", spec, port, proto,
			  wport, wproto);
	if (rc == -1 && (port != 12345 || proto != -7))
		FUZZ_FAIL("label_parse_port_spec wrote its outputs on failure");
	if (err) {
		size_t n = strnlen(err, errlen);

		if (n == errlen)
			FUZZ_FAIL("error message not terminated within %zu bytes", errlen);
		if (rc == -1 && n == 0 && errlen > 1)
			FUZZ_FAIL("failure with an empty message");
		if (rc == 0 && n != 0)
			FUZZ_FAIL("success with a message: %s", err);
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)err[i] < 0x20 || (unsigned char)err[i] > 0x7e)
				FUZZ_FAIL("message byte 0x%02x at %zu", (unsigned char)err[i], i);
	}
	/* NULL outputs are allowed */
	if (label_parse_port_spec(spec, NULL, NULL, NULL, 0) != rc)
		FUZZ_FAIL("label_parse_port_spec differs with NULL outputs");
	free(err);
	free(spec);
}

/* ---- entry ---------------------------------------------------------------- */

#define SVCF_CHECK_LINES 48

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	struct svcf_line *lines;
	struct svcf_errs errs = { 0 };
	struct services *s;
	unsigned nlines = 0, want_errors = 0;
	const char *path;
	int rc;

	if (!svcf_base) {
		svcf_base = services_new();
		if (!svcf_base)
			FUZZ_FAIL("services_new");
	}

	/* the model, line by line, as read_line() splits them */
	for (size_t i = 0; i < size; i++)
		if (data[i] == '\n')
			nlines++;
	if (size && data[size - 1] != '\n')
		nlines++;
	lines = calloc(nlines ? nlines : 1, sizeof(*lines));
	errs.lines = calloc(nlines / 8 + 1, 1);
	if (!lines || !errs.lines) {
		free(lines);
		free(errs.lines);
		return 0;
	}
	for (size_t i = 0, ln = 0; i < size; ln++) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t len = (size_t)((nl ? nl : data + size) - (data + i));
		bool is_error;

		if (len > 0 && data[i + len - 1] == '\r')
			len--;
		if (len > SERVICES_LINE_MAX)
			is_error = true;
		else
			svcf_model_line(data + i, len, &lines[ln], &is_error);
		want_errors += is_error;
		i += (nl ? (size_t)(nl - (data + i)) + 1 : size - i);
	}

	s = services_new();
	if (!s)
		FUZZ_FAIL("services_new");
	path = fuzz_file_write(&svcf_input, "fuzz_services", data, size);
	errs.path = path;
	errs.nlines = nlines;
	rc = services_load_file(s, path, svcf_on_error, &errs);
	if (rc != 0)
		FUZZ_FAIL("services_load_file returned %d", rc);
	if (errs.count != want_errors)
		FUZZ_FAIL("%u lines reported malformed, the model says %u", errs.count,
			  want_errors);
	for (unsigned ln = 0; ln < nlines; ln++) {
		bool reported = errs.lines[ln / 8] & (1u << (ln % 8));

		if (reported && lines[ln].valid)
			FUZZ_FAIL("line %u reported malformed, the model accepts it", ln + 1);
	}

	/* the ports the first valid lines name, and around them */
	unsigned checked = 0;
	const char *probe = NULL;

	for (unsigned ln = 0; ln < nlines && checked < SVCF_CHECK_LINES; ln++) {
		const struct svcf_line *l = &lines[ln];

		if (!l->valid)
			continue;
		checked++;
		svcf_check_port(s, lines, nlines, l->lo);
		svcf_check_port(s, lines, nlines, l->hi);
		svcf_check_port(s, lines, nlines, l->lo + (l->hi - l->lo) / 2);
		if (l->lo > 0)
			svcf_check_port(s, lines, nlines, l->lo - 1);
		if (l->hi < 65535)
			svcf_check_port(s, lines, nlines, l->hi + 1);
		if (!probe && l->want)
			probe = services_lookup(s, l->lo, (l->want & 1) ? IPPROTO_TCP : IPPROTO_UDP);
	}
	if (services_lookup(s, 65536, IPPROTO_TCP) || services_lookup(s, 80, 0) ||
	    services_lookup(s, 80, 132) || services_lookup(NULL, 80, IPPROTO_TCP))
		FUZZ_FAIL("a lookup outside tcp/udp 0-65535 found a name");

	/* reverse lookup: for a name from the file, and an arbitrary one */
	if (probe) {
		char copy[SERVICES_NAME_MAX + 1];

		snprintf(copy, sizeof(copy), "%s", probe);
		svcf_check_ports_of(s, copy, (int)(size & 1), size % 16 < 2);
	} else if (size && size <= SERVICES_NAME_MAX) {
		char name[SERVICES_NAME_MAX + 1];

		memcpy(name, data, size);
		name[size] = '\0';
		if (services_ports_of(s, name, IPPROTO_TCP, NULL, NULL) > 65536)
			FUZZ_FAIL("services_ports_of counted past 65536");
	}
	if (services_ports_of(s, "http", 0, NULL, NULL) || services_ports_of(s, NULL, 6, NULL, NULL))
		FUZZ_FAIL("services_ports_of matched for a bad proto or NULL name");

	/* label_parse_port_spec on the first lines, error buffer sized by a byte */
	for (size_t i = 0, k = 0; i < size && k < 4; k++) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t len = (size_t)((nl ? nl : data + size) - (data + i));
		size_t errlen = data[i + len - (len ? 1 : 0)] % 200;

		svcf_port_spec(data + i, len < 256 ? len : 256, errlen);
		i += len + 1;
	}

	services_free(s);
	free(lines);
	free(errs.lines);
	return 0;
}
