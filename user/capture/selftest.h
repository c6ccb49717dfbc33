/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Proof of coverage: a child process in a private network namespace makes
 * one round of socket operations along each path (common/pathops.h) while
 * a capture runs; the events that come back from that namespace are
 * matched against what each round must have caused. A path is "seen" only
 * if every one of its events arrived, from the child's pid, with the
 * path's `via`.
 *
 * Driven by whoever owns the capture (`sockwatch selftest`, `record`):
 * selftest_spawn() once, while privileged (the child makes its namespace,
 * then drops to the given target and waits); then per test
 * selftest_begin(), selftest_feed() for every event and selftest_step()
 * between polls until it says done; selftest_close() at the end.
 */
#ifndef SOCKWATCH_SELFTEST_H
#define SOCKWATCH_SELFTEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "sockwatch.h"
#include "common/pathops.h"
#include "common/privs.h"

/* The events one round causes, as bits of selftest_path.missing. */
enum selftest_expect {
	ST_TCP_BIND, ST_TCP_LISTEN, ST_TCP_CONNECT, ST_TCP_ACCEPT,
	ST_TCP_CLOSE_ACCEPTED, ST_TCP_CLOSE_CLIENT, ST_TCP_CLOSE_LISTENER,
	ST_UDP_SEND, ST_UDP_CLOSE_SENDER, ST_UDP_CONNECT, ST_UDP_CLOSE_CONNECTED,
	ST_TCP_BIND_FAILED,
	ST_TCP_ACCEPT_NOADDR,    /* accept(fd, NULL, NULL) */
	ST_EXPECT_MAX,
};

struct selftest_path {
	bool ran;                /* the round completed */
	bool seen;               /* ran, and every event arrived */
	/* Not applicable: no process on this host can take the path (a
	 * kernel that does not deliver 32-bit syscalls), so the round was not
	 * tried and the path is no blind spot; error says why. */
	bool na;
	uint32_t missing;        /* bits (1 << ST_*) not seen */
	char error[160];         /* why the round did not complete, or why n/a */
	struct pathop_result ops;
};

#define SELFTEST_MAX_EVENTS 512

struct selftest {
	pid_t child;             /* its events carry this pid */
	bool reaped;
	bool running;            /* a test was begun and is not decided yet */
	int pipe_fd;             /* results from the child */
	int req_fd;              /* a byte here starts a round of every path */
	uint32_t netns;          /* the child's network namespace */
	uint64_t done_ms;        /* when the child finished; 0 while running */
	uint64_t deadline_ms;
	bool finished;
	/* The kernel's fexit programs are loaded (set by the caller): they see
	 * a 32-bit accept that asks for no address, which nothing else does,
	 * so only then do the 32-bit rounds expect that event. */
	bool fexit;
	int nresults;
	struct selftest_path path[PATHOP_COUNT];
	size_t nevents;
	struct sw_event events[SELFTEST_MAX_EVENTS];
};

/* Fork the child and make its namespace; it then drops to `drop` (if not
 * NULL) and waits. -errno and one line in err. */
int selftest_spawn(struct selftest *st, const struct privs_target *drop, char *err,
		   size_t errlen);
/* Start one test: a round along every path. */
int selftest_begin(struct selftest *st);
/* Every captured event; those of other namespaces are ignored. */
void selftest_feed(struct selftest *st, const struct sw_event *e);
/* Collect the child's results; true once all is decided (every event
 * seen, or a grace period after the child finished has passed). */
bool selftest_step(struct selftest *st);
/* End: the child is told to go, or killed, and reaped. */
void selftest_close(struct selftest *st);
/* Paths seen, of PATHOP_COUNT. */
int selftest_seen(const struct selftest *st);
/* Paths not applicable on this host (selftest_path.na), of PATHOP_COUNT:
 * the test is passed when seen + n/a make PATHOP_COUNT. */
int selftest_na(const struct selftest *st);
/* The short names of an expectation ("bind", "close of the accepted socket"). */
const char *selftest_expect_name(enum selftest_expect x);

#define SELFTEST_LINE_MAX 4096
/* One JSON object and '\n': {"event":"selftest","ok":...,"paths":[...]} with
 * "ts" first when wall_ns is non-zero; each path says "available" (false:
 * n/a, with its "reason"). */
size_t selftest_json(const struct selftest *st, char *buf, size_t len, uint64_t wall_ns);

#endif
