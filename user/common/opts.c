// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <ctype.h>
#include <getopt.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/opts.h"

static int fail(char *err, const char *fmt, const char *s)
{
	snprintf(err, OPT_ERR_LEN, fmt, s);
	return -1;
}

/* strtoull accepts leading space, '+', '-' (wrapping!) and 0x: we don't. */
static int digits(const char *s, const char **end, uint64_t *out)
{
	uint64_t v = 0;
	const char *p = s;

	if (!isdigit((unsigned char)*p))
		return -1;
	int over = 0;

	for (; isdigit((unsigned char)*p); p++) {
		unsigned d = *p - '0';

		if (v > (UINT64_MAX - d) / 10)
			over = 1; /* keep scanning so *end is still right */
		else
			v = v * 10 + d;
	}
	*end = p;
	*out = v;
	return over ? -2 : 0;
}

int opt_uint(const char *s, uint64_t min, uint64_t max, uint64_t *out, char *err)
{
	const char *end;
	uint64_t v;
	int r = digits(s, &end, &v);

	if (r == -1 || *end)
		return fail(err, "'%s' is not a whole number", s);
	if (r == -2 || v < min || v > max) {
		snprintf(err, OPT_ERR_LEN, "'%s' is out of range (%llu-%llu)", s,
			 (unsigned long long)min, (unsigned long long)max);
		return -1;
	}
	*out = v;
	return 0;
}

int opt_duration_ms(const char *s, uint64_t max_ms, uint64_t *out_ms, char *err)
{
	const char *end, *frac = NULL, *frac_end = NULL;
	uint64_t whole, frac_ms = 0, mult = 1000;

	if (digits(s, &end, &whole))
		return fail(err, "'%s' is not a duration (e.g. 10, 1.5, 500ms, 2m, 1h)", s);
	if (*end == '.') {
		frac = ++end;
		while (isdigit((unsigned char)*end))
			end++;
		frac_end = end;
		if (frac == frac_end)
			return fail(err, "'%s' is not a duration (e.g. 10, 1.5, 500ms, 2m, 1h)", s);
	}
	if (!strcmp(end, "ms"))
		mult = 1;
	else if (!strcmp(end, "") || !strcmp(end, "s"))
		mult = 1000;
	else if (!strcmp(end, "m"))
		mult = 60 * 1000;
	else if (!strcmp(end, "h"))
		mult = 3600 * 1000;
	else
		return fail(err, "'%s' has an unknown unit (use ms, s, m or h)", s);
	/*
	 * floor(0.d1...dk * mult) exactly, whatever k: fold the digits in
	 * from the last, carrying floor((d * mult + carry) / 10). Flooring at
	 * each step loses nothing, and carry stays below mult. Keeping only
	 * the first few digits would be off by one for inputs like
	 * 0.22222222225h, whose tail decides the millisecond.
	 */
	if (frac)
		for (const char *d = frac_end; d-- > frac;)
			frac_ms = ((uint64_t)(*d - '0') * mult + frac_ms) / 10;
	if (whole > max_ms / mult || frac_ms > max_ms - whole * mult) {
		snprintf(err, OPT_ERR_LEN, "'%s' is too long (at most %llu s)", s,
			 (unsigned long long)(max_ms / 1000));
		return -1;
	}
	*out_ms = whole * mult + frac_ms;
	return 0;
}

int opt_size(const char *s, uint64_t min, uint64_t max, uint64_t *out, char *err)
{
	const char *end;
	uint64_t v, mult = 1;

	if (digits(s, &end, &v))
		return fail(err, "'%s' is not a size (e.g. 4096, 64K, 4M, 1G)", s);
	if (!strcmp(end, "K") || !strcmp(end, "k") || !strcmp(end, "KiB"))
		mult = 1ull << 10;
	else if (!strcmp(end, "M") || !strcmp(end, "MiB"))
		mult = 1ull << 20;
	else if (!strcmp(end, "G") || !strcmp(end, "GiB"))
		mult = 1ull << 30;
	else if (*end)
		return fail(err, "'%s' has an unknown unit (use K, M or G)", s);
	if (v > max / mult || v * mult < min || v * mult > max) {
		snprintf(err, OPT_ERR_LEN, "'%s' is out of range (%llu-%llu bytes)", s,
			 (unsigned long long)min, (unsigned long long)max);
		return -1;
	}
	*out = v * mult;
	return 0;
}

enum opt_port_rc opt_port_num(const char *s, size_t n, unsigned *out)
{
	unsigned long v = 0;

	if (!n)
		return OPT_PORT_NOT_NUMBER;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return OPT_PORT_NOT_NUMBER;
		v = v * 10 + (unsigned long)(s[i] - '0');
		if (v > 65535)
			v = 65536; /* saturate: only "too big" matters */
	}
	if (v > 65535)
		return OPT_PORT_RANGE;
	*out = (unsigned)v;
	return OPT_PORT_OK;
}

enum opt_port_rc opt_port_span(const char *s, size_t n, unsigned *lo, unsigned *hi)
{
	const char *dash = memchr(s, '-', n);
	enum opt_port_rc rc = opt_port_num(s, dash ? (size_t)(dash - s) : n, lo);

	if (rc != OPT_PORT_OK)
		return rc;
	if (!dash) {
		*hi = *lo;
		return OPT_PORT_OK;
	}
	rc = opt_port_num(dash + 1, n - (size_t)(dash + 1 - s), hi);
	if (rc != OPT_PORT_OK)
		return rc;
	return *hi < *lo ? OPT_PORT_BACKWARDS : OPT_PORT_OK;
}

int opt_port_range(const char *s, unsigned *lo, unsigned *hi, char *err)
{
	switch (opt_port_span(s, strlen(s), lo, hi)) {
	case OPT_PORT_OK:
		return 0;
	case OPT_PORT_RANGE:
		return fail(err, "port '%s' is out of range (0-65535)", s);
	case OPT_PORT_BACKWARDS:
		return fail(err, "port range '%s' runs backwards", s);
	default:
		return fail(err, "'%s' is not a port (0-65535) or range (LO-HI)", s);
	}
}

int opt_list(char *list, opt_item_fn fn, void *ctx, char *err)
{
	char *p = list;

	if (!*list)
		return fail(err, "%sempty list", "");
	for (;;) {
		char *comma = strchr(p, ',');

		if (comma == p || !*p)
			return fail(err, "empty item in list '%s'", list);
		if (comma)
			*comma = '\0';
		if (fn(ctx, p, err))
			return -1;
		if (!comma)
			return 0;
		*comma = ',';
		p = comma + 1;
	}
}

int opt_getopt_error(const char *cmd, int opt, char **argv)
{
	const char *a = argv[optind - 1];
	const char *eq = strchr(a, '=');

	/* optopt: the unknown short option, or the val of a long option given
	 * a value it does not take; 0 for an unknown long option */
	if (opt == ':')
		fprintf(stderr, "sockwatch: %s: option '%s' needs a value", cmd, a);
	else if (optopt && !strncmp(a, "--", 2) && eq)
		fprintf(stderr, "sockwatch: %s: option '%.*s' takes no value", cmd, (int)(eq - a), a);
	else if (optopt && strncmp(a, "--", 2))
		fprintf(stderr, "sockwatch: %s: unknown option '-%c'", cmd, optopt);
	else
		fprintf(stderr, "sockwatch: %s: unknown option '%.*s'", cmd,
			eq ? (int)(eq - a) : (int)strlen(a), a);
	fprintf(stderr, " (try 'sockwatch %s --help')\n", cmd);
	return 2;
}
