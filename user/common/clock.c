// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <string.h>
#include <time.h>

#include "common/clock.h"

static uint64_t read_ns(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t clock_mono_ns(void)
{
	return read_ns(CLOCK_MONOTONIC);
}

uint64_t clock_mono_ms(void)
{
	return read_ns(CLOCK_MONOTONIC) / 1000000;
}

uint64_t clock_wall_ns(void)
{
	return read_ns(CLOCK_REALTIME);
}

void sw_clock_sync(struct sw_clock *c)
{
	/* bracket the realtime read so the pairing error is tiny */
	int64_t mono = (int64_t)clock_mono_ns(), real = (int64_t)clock_wall_ns();
	int64_t m = (mono + (int64_t)clock_mono_ns()) / 2;

	c->offset_ns = real - m;
}

uint64_t sw_clock_wall(const struct sw_clock *c, uint64_t mono_ns)
{
	return (uint64_t)((int64_t)mono_ns + c->offset_ns);
}

/* Zero-padded to `width` digits. */
static char *put_pad(char *p, unsigned long long v, int width)
{
	for (int i = width - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + width;
}

/* "YYYY-MM-DDTHH:MM:SS" of whole seconds since the epoch. */
static int date_time(char *buf, long long sec)
{
	time_t t = (time_t)sec;
	struct tm tm;
	char *p = buf;

	gmtime_r(&t, &tm);
	p = put_pad(p, (unsigned long long)(tm.tm_year + 1900), 4);
	*p++ = '-';
	p = put_pad(p, (unsigned)tm.tm_mon + 1, 2);
	*p++ = '-';
	p = put_pad(p, (unsigned)tm.tm_mday, 2);
	*p++ = 'T';
	p = put_pad(p, (unsigned)tm.tm_hour, 2);
	*p++ = ':';
	p = put_pad(p, (unsigned)tm.tm_min, 2);
	*p++ = ':';
	p = put_pad(p, (unsigned)tm.tm_sec, 2);
	return (int)(p - buf);
}

size_t clock_rfc3339(char *buf, int64_t ns, unsigned digits)
{
	long long sec = ns / 1000000000;
	long long sub = ns % 1000000000;
	char *p = buf;

	if (sub < 0) {
		sub += 1000000000;
		sec--;
	}
	p += date_time(p, sec);
	if (digits) {
		unsigned long long frac = (unsigned long long)sub;

		for (unsigned i = digits; i < 9; i++)
			frac /= 10;
		*p++ = '.';
		p = put_pad(p, frac, (int)digits);
	}
	*p++ = 'Z';
	*p = '\0';
	return (size_t)(p - buf);
}

char *clock_put_rfc3339_us(char *p, uint64_t wall_ns, struct clock_cache *c)
{
	long long sec = (long long)(wall_ns / 1000000000ull);

	if (sec != c->sec) {
		c->len = date_time(c->text, sec);
		c->sec = sec;
	}
	memcpy(p, c->text, (size_t)c->len);
	p += c->len;
	*p++ = '.';
	p = put_pad(p, wall_ns / 1000 % 1000000, 6);
	*p++ = 'Z';
	return p;
}

char *clock_put_local_ms(char *p, uint64_t wall_ns, struct clock_cache *c)
{
	long long sec = (long long)(wall_ns / 1000000000ull);

	if (sec != c->sec) {
		time_t t = (time_t)sec;
		struct tm tm;

		localtime_r(&t, &tm);
		c->len = (int)strftime(c->text, sizeof(c->text), "%H:%M:%S", &tm);
		c->sec = sec;
	}
	memcpy(p, c->text, (size_t)c->len);
	p += c->len;
	*p++ = '.';
	return put_pad(p, wall_ns / 1000000 % 1000, 3);
}
