/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one time module: the monotonic clock (intervals, deadlines, and the
 * kernel's event timestamps, bpf_ktime_get_ns), the wall clock, the
 * mapping of one onto the other, and the one RFC 3339 formatter (UTC,
 * "2026-11-25T10:09:06.123456Z") that event lines, the manifest and the
 * report all write.
 */
#ifndef SOCKWATCH_CLOCK_H
#define SOCKWATCH_CLOCK_H

#include <stddef.h>
#include <stdint.h>

uint64_t clock_mono_ns(void);
uint64_t clock_mono_ms(void);
/* CLOCK_REALTIME, nanoseconds since the epoch. */
uint64_t clock_wall_ns(void);

/*
 * Kernel timestamps are CLOCK_MONOTONIC; events are shown in wall time.
 * The offset is refreshed now and then so a stepped clock is followed.
 */
struct sw_clock {
	int64_t offset_ns;
};
void sw_clock_sync(struct sw_clock *c);
uint64_t sw_clock_wall(const struct sw_clock *c, uint64_t mono_ns);

/* Longest RFC 3339 text written here, with its NUL. */
#define CLOCK_RFC3339_LEN 32

/*
 * RFC 3339 UTC of ns since the epoch (negative: before it) with `digits`
 * fraction digits (0, 3 or 6; 0 writes no '.'), NUL-terminated into buf
 * (CLOCK_RFC3339_LEN). Returns the length.
 */
size_t clock_rfc3339(char *buf, int64_t ns, unsigned digits);

/*
 * The same with microseconds at cursor p, unterminated, for the per-event
 * path: the date and time of day are formatted once per second and kept
 * in the cache (start it with .sec = -1). Returns the new end.
 */
struct clock_cache {
	long long sec;
	char text[CLOCK_RFC3339_LEN];
	int len;
};
char *clock_put_rfc3339_us(char *p, uint64_t wall_ns, struct clock_cache *c);
/* Local time of day with milliseconds, "10:09:06.123", for the terminal. */
char *clock_put_local_ms(char *p, uint64_t wall_ns, struct clock_cache *c);

#endif
