/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Capture: load and attach the BPF programs, then hand each raw event to a
 * callback. Knows nothing about labels or output formats.
 */
#ifndef SOCKWATCH_CAPTURE_H
#define SOCKWATCH_CAPTURE_H

#include <linux/types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockwatch.h"
#include "capture/proc_track.h"

/* Applied in the kernel, before an event takes ring space. */
struct capture_filter {
	uint32_t pid;            /* 0: any */
	bool uid_on;
	uint32_t uid;
	bool comm_on;
	char comm[SW_COMM_LEN];
	uint32_t kinds;          /* bits 1 << SW_*; 0: all */
	uint8_t proto;           /* IPPROTO_*; 0: both */
	uint8_t family;          /* AF_*; 0: both */
	bool failed;             /* only results < 0 */
	bool ports_on;
	uint8_t ports[2][SW_PORT_BITMAP_BYTES]; /* [0] tcp, [1] udp */
};

struct capture_opts {
	struct capture_filter filter;
	uint64_t ring_bytes;     /* rounded up to a power of two */
	unsigned latency_ms;     /* longest an event may wait in the ring */
	bool verbose;            /* libbpf's log to stderr */
	/* Process records (capture/proc_track.h), or NULL for none. Every
	 * record committed before a socket event reaches proc_fn before that
	 * event reaches the event callback. */
	proc_record_fn proc_fn;
	void *proc_ctx;
};

#define CAPTURE_DEFAULT_RING (2u << 20)
#define CAPTURE_DEFAULT_LATENCY_MS 50

/* Return non-zero to stop the current poll early (e.g. --count reached). */
typedef int (*capture_event_fn)(void *ctx, const struct sw_event *e);

struct capture;

/* Whether this kernel and these privileges can run the programs, asked
 * without loading them; for a command that must not begin its work (a
 * record directory, say) when they cannot. 0, or -errno with one line in
 * err. capture_open() asks the same. */
int capture_check_kernel(char *err, size_t errlen);
/* Load and attach. On failure returns -errno with one line in err. */
int capture_open(struct capture **out, const struct capture_opts *o,
		 capture_event_fn fn, void *ctx, char *err, size_t errlen);
/* Wait up to timeout_ms, then hand over everything pending. Returns 0,
 * -EINTR when a signal arrived (pending events were still delivered), or
 * another -errno. */
int capture_poll(struct capture *c, int timeout_ms);
/* At stop: hand over everything pending, after waiting (max_ms at most)
 * for the events the kernel still holds until their outcome or closer
 * shows (a 32-bit bind's or connect's result, a close finished while the
 * socket was held); each is settled within about 200 ms. */
int capture_settle(struct capture *c, int max_ms);
/* Events lost so far: those the ring could not take (per CPU if wanted)
 * and the program runs the kernel skipped (capture_skipped). */
uint64_t capture_drops(struct capture *c, uint64_t *per_cpu, int ncpu);
/* Runs of the programs the kernel skipped, as they were already running on
 * that CPU (a softirq interrupting one, say), that no other program took
 * over: each may have been an event. */
uint64_t capture_skipped(struct capture *c);
int capture_ncpu(const struct capture *c);
/* Process records lost (ring full); -1 when process tracking is off. */
int64_t capture_proc_drops(const struct capture *c);
/* Let every event of this process through the kernel filters (the
 * selftest's rounds, so a filtered record still proves its coverage);
 * 0 ends it. */
void capture_exempt_pid(struct capture *c, uint32_t pid);
/* Names of the tracepoints attached, for the ready line. */
const char *capture_describe(const struct capture *c);
/* Whether connect, bind and accept are reported by the fexit programs (the
 * kernel allowed them) rather than the syscall trace events. */
bool capture_fexit(const struct capture *c);
/* One stderr line: "<prefix>N events lost, ring buffer full (cpu0: n, ...)"
 * followed by `hint`, or, when the kernel skipped runs, how many. */
void capture_report_drops(struct capture *c, uint64_t total, const char *prefix,
			  const char *hint);
/* The ring buffer's fill (0..1) when the reader last woke to events, and
 * the highest seen since capture_open; false if it cannot be read. */
bool capture_ring_fill(const struct capture *c, double *last, double *max, uint64_t *bytes);
void capture_close(struct capture *c);

#endif
