/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: option values (user/common/opts.c) and the filter options
 * built on them (user/capture/filter.c).
 *
 * The input is a list of fields, one per line. A field's first byte picks
 * the parser and its bounds, the rest is the value (as a C string: a NUL
 * byte ends it, as it would in argv):
 *   byte % 8 == 0  opt_uint          bounds: (byte / 8) % 4 picks one pair
 *              1  opt_duration_ms   max: (byte / 8) % 4 picks one
 *              2  opt_size          bounds: (byte / 8) % 4 picks one pair
 *              3  opt_port_range
 *              4  opt_list          an item starting with '!' fails
 *              5  filter_opt        option: (byte / 8) % 13 picks one of
 *                                   FILTER_SHORTOPTS, the long ones, and one
 *                                   that is not a filter option
 *              6  as 5, after --services naming a memfd that holds the
 *                 fields after this one (they are not parsed as fields);
 *                 --services picked by 5 does the same
 *              7  rpt_time_parse (report --since/--until, and every "ts"
 *                 of a record), in a buffer of exactly the value's length
 * Each value parser is checked against a reference model of what opts.h
 * documents (exact arithmetic, no strtoull); on failure `err` must be a
 * terminated line. When any filter option was given, filter_finish() runs
 * (it reads /etc/services) and its result is checked for consistency.
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the optf_ prefix).
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
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "capture/filter.h"
#include "label/labels.h"
#include "common/opts.h"
#include "report/report.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

typedef unsigned __int128 optf_u128;

/* ---- helpers ------------------------------------------------------------- */

static bool optf_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Leading digits of s as a saturated 128-bit value (saturates far above
 * UINT64_MAX, so "too big" stays too big). Returns the count of digits. */
static size_t optf_digits(const char *s, optf_u128 *out)
{
	const optf_u128 cap = (optf_u128)UINT64_MAX * 1000000000u;
	optf_u128 v = 0;
	size_t n = 0;

	for (; optf_digit(s[n]); n++) {
		v = v * 10 + (unsigned)(s[n] - '0');
		if (v > cap)
			v = cap;
	}
	*out = v;
	return n;
}

/* The error buffer: poisoned, so an unterminated or empty message shows. */
static void optf_err_init(char *err)
{
	memset(err, 0x7f, OPT_ERR_LEN);
}

static void optf_err_check(const char *err, int rc, const char *what)
{
	size_t n;

	if (rc == 0)
		return;
	if (rc != -1)
		FUZZ_FAIL("%s returned %d", what, rc);
	n = strnlen(err, OPT_ERR_LEN);
	if (n == OPT_ERR_LEN)
		FUZZ_FAIL("%s: error message not terminated", what);
	if (n == 0)
		FUZZ_FAIL("%s: empty error message", what);
}

/* ---- value parsers against their models ----------------------------------- */

static const uint64_t optf_uint_bounds[4][2] = {
	{ 0, UINT64_MAX }, { 1, UINT32_MAX }, { 0, 65535 }, { 5, 10 },
};

static void optf_uint(const char *s, unsigned variant)
{
	uint64_t min = optf_uint_bounds[variant][0], max = optf_uint_bounds[variant][1];
	uint64_t v = 0xdeadbeef;
	char err[OPT_ERR_LEN];
	optf_u128 want;
	size_t n = optf_digits(s, &want);
	bool ok = n > 0 && s[n] == '\0' && want >= min && want <= max;
	int rc;

	optf_err_init(err);
	rc = opt_uint(s, min, max, &v, err);
	optf_err_check(err, rc, "opt_uint");
	if ((rc == 0) != ok)
		FUZZ_FAIL("opt_uint('%s', %llu, %llu) %s, the model says %s", s,
			  (unsigned long long)min, (unsigned long long)max,
			  rc ? "failed" : "succeeded", ok ? "valid" : "invalid");
	if (rc == 0 && v != (uint64_t)want)
		FUZZ_FAIL("opt_uint('%s') = %llu", s, (unsigned long long)v);
	if (rc && v != 0xdeadbeef)
		FUZZ_FAIL("opt_uint('%s') wrote its output on failure", s);
}

/* The model reads every fraction digit: opts.h promises "kept to the
 * millisecond", truncated, however many digits are given. */

static const uint64_t optf_dur_max[4] = {
	UINT64_MAX, 365ull * 86400 * 1000, 1000, 0,
};

static void optf_duration(const char *s, unsigned variant)
{
	uint64_t max_ms = optf_dur_max[variant], v = 0xdeadbeef;
	char err[OPT_ERR_LEN];
	optf_u128 whole, mult = 0, frac_ms = 0;
	size_t n = optf_digits(s, &whole);
	const char *p = s + n, *fr = NULL;
	size_t nfrac = 0;
	bool ok = n > 0;
	int rc;

	if (ok && *p == '.') {
		fr = ++p;
		while (optf_digit(*p))
			p++;
		nfrac = (size_t)(p - fr);
		ok = nfrac > 0;
	}
	if (ok) {
		if (!strcmp(p, "ms"))
			mult = 1;
		else if (!strcmp(p, "") || !strcmp(p, "s"))
			mult = 1000;
		else if (!strcmp(p, "m"))
			mult = 60000;
		else if (!strcmp(p, "h"))
			mult = 3600000;
		else
			ok = false;
	}
	/*
	 * The fraction in milliseconds, truncated, from every digit given:
	 * floor(0.d1d2...dk * mult), by long multiplication from the last
	 * digit (floor((a + floor(b)) / 10) == floor((a + b) / 10)).
	 */
	if (ok && nfrac) {
		optf_u128 carry = 0;
		for (size_t i = nfrac; i-- > 0;)
			carry = ((unsigned)(fr[i] - '0') * mult + carry) / 10;
		frac_ms = carry;
	}
	if (ok && whole * mult + frac_ms > max_ms)
		ok = false;

	optf_err_init(err);
	rc = opt_duration_ms(s, max_ms, &v, err);
	optf_err_check(err, rc, "opt_duration_ms");
	if ((rc == 0) != ok)
		FUZZ_FAIL("opt_duration_ms('%s', max %llu) %s, the model says %s", s,
			  (unsigned long long)max_ms, rc ? "failed" : "succeeded",
			  ok ? "valid" : "invalid");
	if (rc == 0 && v != (uint64_t)(whole * mult + frac_ms))
		FUZZ_FAIL("opt_duration_ms('%s') = %llu ms, the model says %llu", s,
			  (unsigned long long)v, (unsigned long long)(whole * mult + frac_ms));
	if (rc && v != 0xdeadbeef)
		FUZZ_FAIL("opt_duration_ms('%s') wrote its output on failure", s);
}

static const uint64_t optf_size_bounds[4][2] = {
	{ 0, UINT64_MAX }, { 4096, 1ull << 30 }, { 1ull << 20, 1ull << 40 }, { 0, 0 },
};

static void optf_size(const char *s, unsigned variant)
{
	uint64_t min = optf_size_bounds[variant][0], max = optf_size_bounds[variant][1];
	uint64_t v = 0xdeadbeef;
	char err[OPT_ERR_LEN];
	optf_u128 num, mult = 0;
	size_t n = optf_digits(s, &num);
	const char *u = s + n;
	bool ok = n > 0;
	int rc;

	if (ok) {
		if (!strcmp(u, ""))
			mult = 1;
		else if (!strcmp(u, "K") || !strcmp(u, "k") || !strcmp(u, "KiB"))
			mult = 1u << 10;
		else if (!strcmp(u, "M") || !strcmp(u, "MiB"))
			mult = 1u << 20;
		else if (!strcmp(u, "G") || !strcmp(u, "GiB"))
			mult = 1u << 30;
		else
			ok = false;
	}
	if (ok && (num * mult < min || num * mult > max))
		ok = false;

	optf_err_init(err);
	rc = opt_size(s, min, max, &v, err);
	optf_err_check(err, rc, "opt_size");
	if ((rc == 0) != ok)
		FUZZ_FAIL("opt_size('%s', %llu, %llu) %s, the model says %s", s,
			  (unsigned long long)min, (unsigned long long)max,
			  rc ? "failed" : "succeeded", ok ? "valid" : "invalid");
	if (rc == 0 && v != (uint64_t)(num * mult))
		FUZZ_FAIL("opt_size('%s') = %llu", s, (unsigned long long)v);
	if (rc && v != 0xdeadbeef)
		FUZZ_FAIL("opt_size('%s') wrote its output on failure", s);
}

static void optf_port_range(const char *s)
{
	unsigned lo = 77777, hi = 77777;
	char err[OPT_ERR_LEN];
	optf_u128 a, b = 0;
	size_t n = optf_digits(s, &a), m = 0;
	bool ok = n > 0 && a <= 65535;
	int rc;

	if (ok && s[n] == '-') {
		m = optf_digits(s + n + 1, &b);
		ok = m > 0 && s[n + 1 + m] == '\0' && b <= 65535 && a <= b;
	} else if (ok) {
		ok = s[n] == '\0';
		b = a;
	}

	optf_err_init(err);
	rc = opt_port_range(s, &lo, &hi, err);
	optf_err_check(err, rc, "opt_port_range");
	if ((rc == 0) != ok)
		FUZZ_FAIL("opt_port_range('%s') %s, the model says %s", s,
			  rc ? "failed" : "succeeded", ok ? "valid" : "invalid");
	if (rc == 0 && (lo != (unsigned)a || hi != (unsigned)b))
		FUZZ_FAIL("opt_port_range('%s') = %u-%u", s, lo, hi);
}

struct optf_list {
	const char *base;
	size_t off[64], len[64];
	size_t n;
};

static int optf_list_item(void *ctx, const char *item, char *err)
{
	struct optf_list *l = ctx;

	if (!*item || strchr(item, ','))
		FUZZ_FAIL("opt_list handed over item '%s'", item);
	if (l->n < 64) {
		l->off[l->n] = (size_t)(item - l->base);
		l->len[l->n] = strlen(item);
	}
	l->n++;
	if (item[0] == '!') {
		snprintf(err, OPT_ERR_LEN, "item '%s' refused", item);
		return -1;
	}
	return 0;
}

static void optf_list(char *s)
{
	char *copy = strdup(s), err[OPT_ERR_LEN];
	struct optf_list got = { .base = s };
	size_t want_n = 0;
	bool ok = true, refused = false;
	int rc;

	if (!copy)
		return;
	/* the model: split on every ',', no item empty; fn is called for each
	 * item up to the first empty one, and stops the walk at a '!' item */
	for (char *p = copy;;) {
		char *c = strchr(p, ',');

		if (c == p || !*p) {
			ok = false;
			break;
		}
		want_n++;
		if (*p == '!') {
			refused = true;
			break;
		}
		if (!c)
			break;
		p = c + 1;
	}

	optf_err_init(err);
	rc = opt_list(s, optf_list_item, &got, err);
	optf_err_check(err, rc, "opt_list");
	if ((rc == 0) != (ok && !refused))
		FUZZ_FAIL("opt_list('%s') %s, the model says %s", copy,
			  rc ? "failed" : "succeeded", ok && !refused ? "valid" : "invalid");
	if (got.n != want_n)
		FUZZ_FAIL("opt_list('%s') handed over %zu items, the model %zu", copy, got.n,
			  want_n);
	if (rc == 0 && strcmp(s, copy))
		FUZZ_FAIL("opt_list changed the list: '%s' -> '%s'", copy, s);
	/* items are the pieces between commas, in order */
	for (size_t i = 0, at = 0; i < got.n && i < 64; i++) {
		size_t len = strcspn(copy + at, ",");

		if (got.off[i] != at || got.len[i] != len)
			FUZZ_FAIL("opt_list('%s') item %zu at %zu+%zu, not %zu+%zu", copy, i,
				  got.off[i], got.len[i], at, len);
		at += len + 1;
	}
	free(copy);
}

/* ---- RFC 3339 times ----------------------------------------------------------- */

static bool optf_num(const char *s, size_t n, size_t *i, int digits, unsigned *out)
{
	unsigned v = 0;

	for (int k = 0; k < digits; k++) {
		if (*i >= n || !optf_digit(s[*i]))
			return false;
		v = v * 10 + (unsigned)(s[(*i)++] - '0');
	}
	*out = v;
	return true;
}

/*
 * The model: report.h's grammar, and the instant as timegm() computes it.
 * A time whose nanoseconds do not fit int64 (before 1677-09-21 or after
 * 2262-04-11), or that lands on RPT_TS_NONE, cannot be represented and
 * must be refused. FUZZ_CFLAGS=-DOPTF_TIME_ANY_YEAR leaves those out, to
 * fuzz past report_time.c overflowing on them when this was written.
 */
static bool optf_time_model(const char *s, size_t n, int64_t *out)
{
	static const unsigned char mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	unsigned y, mo, d, h = 0, mi = 0, sec = 0, oh = 0, om = 0;
	size_t i = 0;
	long long frac = 0, off = 0;
	struct tm tm;
	__int128 ns;
	bool leap;

	if (!optf_num(s, n, &i, 4, &y) || i >= n || s[i++] != '-' || !optf_num(s, n, &i, 2, &mo) ||
	    i >= n || s[i++] != '-' || !optf_num(s, n, &i, 2, &d))
		return false;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] + (unsigned)(mo == 2 && leap))
		return false;
	if (i < n) {
		if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
			return false;
		i++;
		if (!optf_num(s, n, &i, 2, &h) || i >= n || s[i++] != ':' ||
		    !optf_num(s, n, &i, 2, &mi) || i >= n || s[i++] != ':' ||
		    !optf_num(s, n, &i, 2, &sec) || h > 23 || mi > 59 || sec > 60)
			return false;
		if (i < n && s[i] == '.') {
			int k = 0;

			for (i++; i < n && optf_digit(s[i]); i++, k++)
				if (k < 9)
					frac = frac * 10 + (s[i] - '0');
			if (!k)
				return false;
			for (; k < 9; k++)
				frac *= 10;
		}
		if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
			i++;
		} else if (i < n && (s[i] == '+' || s[i] == '-')) {
			int sign = s[i++] == '-' ? -1 : 1;

			if (!optf_num(s, n, &i, 2, &oh) || i >= n || s[i++] != ':' ||
			    !optf_num(s, n, &i, 2, &om) || oh > 23 || om > 59)
				return false;
			off = sign * (long long)(oh * 3600 + om * 60);
		} else {
			return false;
		}
		if (i != n)
			return false;
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = (int)y - 1900;
	tm.tm_mon = (int)mo - 1;
	tm.tm_mday = (int)d;
	tm.tm_hour = (int)h;
	tm.tm_min = (int)mi;
	tm.tm_sec = (int)sec;
	ns = ((__int128)timegm(&tm) - off) * 1000000000 + frac;
#ifndef OPTF_TIME_ANY_YEAR
	if (ns <= INT64_MIN || ns > INT64_MAX)
		return false;
#else
	if (ns <= INT64_MIN || ns > INT64_MAX) {
		*out = RPT_TS_NONE;
		return true;
	}
#endif
	*out = (int64_t)ns;
	return true;
}

static void optf_time(const char *arg)
{
	size_t n = strlen(arg);
	char *s = malloc(n ? n : 1), text[64];
	int64_t got = 12345, want = 0, again = 0;
	bool ok;
	int rc;

	if (!s)
		return;
	memcpy(s, arg, n); /* no NUL: the parser must keep to n */
	ok = optf_time_model(s, n, &want);
	rc = rpt_time_parse(s, n, &got);
	if (rc != 0 && rc != -1)
		FUZZ_FAIL("rpt_time_parse returned %d", rc);
	if ((rc == 0) != ok)
		FUZZ_FAIL("rpt_time_parse('%s') %s, the model says %s", arg,
			  rc ? "failed" : "succeeded", ok ? "valid" : "invalid");
	if (rc == 0 && want != RPT_TS_NONE) {
		if (got != want)
			FUZZ_FAIL("rpt_time_parse('%s') = %lld, the model says %lld", arg,
				  (long long)got, (long long)want);
		/* formatted and read back: the same instant, to the microsecond */
		rpt_time_format(text, sizeof(text), got);
		if (rpt_time_parse(text, strlen(text), &again) ||
		    again != got - (((got % 1000) + 1000) % 1000))
			FUZZ_FAIL("rpt_time_format(%lld) = '%s' reads back as %lld", (long long)got,
				  text, (long long)again);
	}
	if (rc && got != 12345)
		FUZZ_FAIL("rpt_time_parse wrote its output on failure");
	free(s);
}

/* ---- filter options ------------------------------------------------------ */

static const int optf_filter_codes[13] = {
	'p', 'u', 'c', 'P', 'e', '4', '6', 'x',
	FILTER_OPT_CLASS, FILTER_OPT_SERVICE, FILTER_OPT_PROTO, FILTER_OPT_SERVICES,
	'z', /* not a filter option */
};

static struct fuzz_file optf_services = FUZZ_FILE_INIT;

static bool optf_bit(const uint8_t *bits, unsigned port)
{
	return bits[port >> 3] & (1u << (port & 7));
}

static void optf_filter_finish(struct filter_opts *fo)
{
	struct filter_opts before = *fo;
	struct capture_filter out;
	struct services *svc = (struct services *)1;
	char err[256];
	int rc;

	memset(&out, 0xa5, sizeof(out));
	memset(err, 0x7f, sizeof(err));
	rc = filter_finish(fo, &out, &svc, err, sizeof(err));
	/* -1 bad input, -2 the --services file itself (unreadable, or others
	 * can write it: a memfd is mode 0777) */
	if (rc != 0 && rc != -1 && rc != -2)
		FUZZ_FAIL("filter_finish returned %d", rc);
	if (rc) {
		if (strnlen(err, sizeof(err)) == sizeof(err) || !err[0])
			FUZZ_FAIL("filter_finish failed without a terminated message");
		if (svc)
			FUZZ_FAIL("filter_finish failed and left a service table");
		return;
	}
	if (!svc)
		FUZZ_FAIL("filter_finish succeeded without a service table");
	if (out.pid != before.f.pid || out.uid_on != before.f.uid_on ||
	    out.comm_on != before.f.comm_on || out.kinds != before.f.kinds ||
	    out.proto != before.f.proto || out.family != before.f.family ||
	    out.failed != before.f.failed)
		FUZZ_FAIL("filter_finish changed the scalar filters");
	if (out.ports_on != (before.port_set || before.class_set || before.nservices > 0))
		FUZZ_FAIL("filter_finish: ports_on %d", out.ports_on);
	if (out.ports_on) {
		/* every port let through is allowed by each of --port and --class */
		for (int pi = 0; pi < 2; pi++)
			for (unsigned port = 0; port <= 65535; port++) {
				if (!optf_bit(out.ports[pi], port))
					continue;
				if (before.port_set && !optf_bit(before.port_bits, port))
					FUZZ_FAIL("port %u passes, --port excludes it", port);
				if (before.class_set && !optf_bit(before.class_bits, port))
					FUZZ_FAIL("port %u passes, --class excludes it", port);
				if (before.nservices &&
				    !services_lookup(svc, port, pi ? IPPROTO_UDP : IPPROTO_TCP))
					FUZZ_FAIL("port %u/%d passes --service with no name", port, pi);
			}
	}
	services_free(svc);
}

/* ---- entry ------------------------------------------------------------------ */

#define OPTF_FIELDS_MAX 64

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	char *fields[OPTF_FIELDS_MAX];
	size_t nfields = 0;
	struct filter_opts fo;
	bool any_filter = false, bad = false;
	char *svc_text = NULL;
	const char *path;
	size_t nfields_used;

	memset(&fo, 0, sizeof(fo));
	for (size_t i = 0; i < size && nfields < OPTF_FIELDS_MAX;) {
		const uint8_t *nl = memchr(data + i, '\n', size - i);
		size_t len = (size_t)((nl ? nl : data + size) - (data + i));
		char *f = malloc(len + 1);

		if (!f)
			break;
		memcpy(f, data + i, len);
		f[len] = '\0';
		fields[nfields++] = f;
		i += len + 1;
	}
	nfields_used = nfields;

	for (size_t k = 0; k < nfields_used; k++) {
		char *f = fields[k];
		unsigned sel = (unsigned char)f[0];
		char *arg = f[0] ? f + 1 : f;
		unsigned variant = (sel / 8) % 4;
		char err[OPT_ERR_LEN];
		int code, r;

		if (!f[0])
			continue;
		switch (sel % 8) {
		case 0:
			optf_uint(arg, variant);
			break;
		case 1:
			optf_duration(arg, variant);
			break;
		case 2:
			optf_size(arg, variant);
			break;
		case 3:
			optf_port_range(arg);
			break;
		case 4:
			optf_list(arg);
			break;
		case 5:
		case 6:
			code = optf_filter_codes[(sel / 8) % 13];
			if (code == FILTER_OPT_SERVICES || sel % 8 == 6) {
				/* --services: the fields after this one are the file
				 * (the fuzzer never names a path) */
				size_t len = 0;

				for (size_t j = k + 1; j < nfields; j++)
					len += strlen(fields[j]) + 1;
				free(svc_text);
				svc_text = malloc(len + 1);
				if (!svc_text)
					break;
				svc_text[0] = '\0';
				for (size_t j = k + 1; j < nfields; j++) {
					strcat(svc_text, fields[j]);
					strcat(svc_text, "\n");
				}
				nfields_used = k + 1;
				path = fuzz_file_write(&optf_services, "fuzz_opts_services",
						       svc_text, len);
				if (filter_opt(&fo, FILTER_OPT_SERVICES, (char *)path, err) != 1)
					FUZZ_FAIL("--services refused");
				any_filter = true;
				if (code == FILTER_OPT_SERVICES)
					break;
			}
			optf_err_init(err);
			r = filter_opt(&fo, code, arg, err);
			if (r != 1 && r != 0 && r != -1)
				FUZZ_FAIL("filter_opt returned %d", r);
			if ((r == 0) != (code == 'z'))
				FUZZ_FAIL("filter_opt(%d) returned %d", code, r);
			if (r == -1) {
				optf_err_check(err, r, "filter_opt");
				bad = true;
			}
			if (r == 1 && code == 'c' &&
			    (!fo.f.comm_on || strncmp(fo.f.comm, arg, SW_COMM_LEN) ||
			     fo.f.comm[SW_COMM_LEN - 1]))
				FUZZ_FAIL("--comm '%s' stored as '%.16s'", arg, fo.f.comm);
			if (fo.nservices > FILTER_MAX_LISTS)
				FUZZ_FAIL("%d --service lists", fo.nservices);
			any_filter = true;
			break;
		case 7:
			optf_time(arg);
			break;
		default:
			break;
		}
	}

	/* filter_finish reads /etc/services: only when a filter option came,
	 * and only when none was refused (the commands exit before it then) */
	if (any_filter && !bad)
		optf_filter_finish(&fo);

	for (size_t k = 0; k < nfields; k++)
		free(fields[k]);
	free(svc_text);
	return 0;
}
