// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* RFC 3339 times for the report: parsing --since/--until and every "ts". */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <time.h>

#include "common/clock.h"
#include "common/diag.h"
#include "common/opts.h"
#include "report/report.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + (int64_t)doe - 719468;
}

static int is_leap(unsigned y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static unsigned month_days(unsigned y, unsigned m)
{
	static const unsigned char d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

/* Exactly n digits at s[*i]. */
static int num(const char *s, size_t len, size_t *i, int n, unsigned *out)
{
	unsigned v = 0;

	if (*i + (size_t)n > len)
		return -1;
	for (int k = 0; k < n; k++) {
		char c = s[*i + k];

		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (unsigned)(c - '0');
	}
	*i += (size_t)n;
	*out = v;
	return 0;
}

static int lit(const char *s, size_t len, size_t *i, char c)
{
	if (*i >= len || s[*i] != c)
		return -1;
	(*i)++;
	return 0;
}

int rpt_time_parse(const char *s, size_t len, int64_t *out_ns)
{
	unsigned y, mo, d, h = 0, mi = 0, sec = 0, oh, om;
	int64_t frac = 0, offset = 0;
	size_t i = 0;

	if (num(s, len, &i, 4, &y) || lit(s, len, &i, '-') || num(s, len, &i, 2, &mo) ||
	    lit(s, len, &i, '-') || num(s, len, &i, 2, &d))
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > month_days(y, mo))
		return -1;
	if (i == len)
		goto done; /* full-date alone: midnight UTC */
	if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
		return -1;
	i++;
	if (num(s, len, &i, 2, &h) || lit(s, len, &i, ':') || num(s, len, &i, 2, &mi) ||
	    lit(s, len, &i, ':') || num(s, len, &i, 2, &sec))
		return -1;
	if (h > 23 || mi > 59 || sec > 60) /* 60: a leap second */
		return -1;
	if (i < len && s[i] == '.') {
		int digits = 0;

		i++;
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
			if (digits < 9)
				frac = frac * 10 + (s[i] - '0');
		if (!digits)
			return -1;
		for (; digits < 9; digits++)
			frac *= 10;
	}
	if (i < len && (s[i] == 'Z' || s[i] == 'z')) {
		i++;
	} else if (i < len && (s[i] == '+' || s[i] == '-')) {
		int sign = s[i] == '-' ? -1 : 1;

		i++;
		if (num(s, len, &i, 2, &oh) || lit(s, len, &i, ':') || num(s, len, &i, 2, &om) ||
		    oh > 23 || om > 59)
			return -1;
		offset = sign * (int64_t)(oh * 3600 + om * 60);
	} else {
		return -1;
	}
	if (i != len)
		return -1;
done:;
	int64_t secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;

	/* int64 nanoseconds reach 1677-09-21 .. 2262-04-11, and INT64_MIN is
	 * RPT_TS_NONE: a time outside that cannot be represented, so here it
	 * is not a valid time */
	int64_t ns;

	if (__builtin_mul_overflow(secs, (int64_t)1000000000, &ns) ||
	    __builtin_add_overflow(ns, frac, &ns) || ns == RPT_TS_NONE)
		return -1;
	*out_ns = ns;
	return 0;
}

void rpt_time_format(char *buf, size_t len, int64_t ns)
{
	char t[CLOCK_RFC3339_LEN];

	if (ns == RPT_TS_NONE)
		snprintf(buf, len, "-");
	else
		snprintf(buf, len, "%s", (clock_rfc3339(t, ns, 6), t));
}

void rpt_time_format_s(char *buf, size_t len, int64_t ns)
{
	char t[CLOCK_RFC3339_LEN];

	if (ns == RPT_TS_NONE)
		snprintf(buf, len, "-");
	else
		snprintf(buf, len, "%s", (clock_rfc3339(t, ns, 0), t));
}

int rpt_read_opt(const char *cmd, int opt, const char *arg, struct rpt_window *win,
		 uint64_t *threads)
{
	char err[OPT_ERR_LEN];

	switch (opt) {
	case RPT_OPT_SINCE:
	case RPT_OPT_UNTIL:
		if (rpt_time_parse(arg, strlen(arg),
				   opt == RPT_OPT_SINCE ? &win->since : &win->until)) {
			diag("%s: --%s: '%s' is not an RFC 3339 time (e.g. 2026-01-05T09:00:00Z)",
			     cmd, opt == RPT_OPT_SINCE ? "since" : "until", arg);
			return -1;
		}
		return 1;
	case RPT_OPT_THREADS:
		if (opt_uint(arg, 1, 64, threads, err)) {
			diag("%s: --threads: %s", cmd, err);
			return -1;
		}
		return 1;
	default:
		return 0;
	}
}
