/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Prometheus metrics of a running tail or record: served over HTTP at
 * /metrics (--metrics ADDR:PORT, libmicrohttpd) and/or written atomically to
 * a file for node_exporter's textfile collector (--metrics-file PATH), in
 * the text exposition format 0.0.4.
 *
 * Labels stay low-cardinality: event, proto, port_class, via and approved
 * on the event counter (6 x 2 x 3 x 4 series, twice that with
 * --metrics-approved, all exported from the start), nothing per
 * connection, address or process. Counters are updated by the capture thread and read by the
 * HTTP thread, so they are relaxed atomics.
 */
#ifndef SOCKWATCH_METRICS_H
#define SOCKWATCH_METRICS_H

#include <stdbool.h>
#include <stdint.h>

struct metrics;
struct sw_labeled;

/* Interval between --metrics-file rewrites. */
#define METRICS_FILE_INTERVAL_MS 5000

/* Validate the options and bind the listening socket (before privileges go:
 * a port below 1024 needs them). listen: "ADDR:PORT", "[ADDR6]:PORT" or
 * "PORT" (127.0.0.1); file: PATH. Either may be NULL; both NULL gives
 * *out = NULL and 0. approved: an approved-services file (report/approved.h)
 * that labels each event approved="yes" or "no"; without it, "unknown". Returns 0, or -1 with err set (a usage error when
 * *usage is set, else a runtime one). */
int metrics_open(struct metrics **out, const char *command, const char *listen,
		 const char *file, const char *approved, bool *usage, char *err,
		 size_t errlen);
/* After privileges are dropped: start serving, write the file once (so a
 * directory the process cannot write is found at start). */
int metrics_start(struct metrics *m, char *err, size_t errlen);
/* "http://127.0.0.1:9101/metrics" for the ready line; NULL without --metrics. */
const char *metrics_url(const struct metrics *m);

void metrics_event(struct metrics *m, const struct sw_labeled *l);
/* Events lost in the kernel in all, and how many of them were program
 * runs it skipped. */
void metrics_drops(struct metrics *m, uint64_t total, uint64_t skipped);
/* record: the last selftest's result, bit p for pathop p seen, or not
 * applicable on this host (na), at when_unix (Unix time). */
void metrics_selftest(struct metrics *m, uint32_t seen, uint32_t na, double when_unix);
void metrics_ring(struct metrics *m, double fill_last, double fill_max, uint64_t bytes);
/* record only: segments started so far, and when data was last made durable
 * (Unix time, seconds; 0: not yet). */
void metrics_record(struct metrics *m, unsigned segments, double last_flush_unix);
/* Rewrite the file when METRICS_FILE_INTERVAL_MS has passed (now: monotonic
 * ms). 0, or -1 with err set, once: the file is not tried again, and the
 * caller carries on (events matter more than their metrics). */
int metrics_tick(struct metrics *m, uint64_t now_ms, char *err, size_t errlen);
/* Stop serving, write the file a last time; NULL is fine. */
int metrics_close(struct metrics *m, char *err, size_t errlen);

/* The exposition text, as served; malloc'ed, *len set. For tests too. */
char *metrics_render(struct metrics *m, size_t *len);

#endif
