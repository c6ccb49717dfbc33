/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The recorder: a record directory of gzip JSON Lines segments, rotated by
 * size and time, flushed and made durable every REC_FLUSH_MS, each closed
 * segment hashed into the manifest chain (manifest.h). The line format is
 * described at the top of record.c. No capture here: `record` feeds it.
 *
 * Every function returns 0 or -errno; after an error the recorder is dead
 * (rec_error() says why, in one line) and only rec_free() is useful.
 */
#ifndef SOCKWATCH_RECORD_H
#define SOCKWATCH_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "label/event.h"
#include "label/labels.h"

struct holders_helper;

#define REC_DEFAULT_ROTATE_SIZE (64ull << 20)       /* compressed bytes */
#define REC_DEFAULT_ROTATE_MS (3600ull * 1000)      /* one hour */
#define REC_MIN_ROTATE_SIZE 4096ull
#define REC_FLUSH_MS 1000                           /* crash loses at most this */
#define REC_LEVEL 6                                  /* zlib level */
/*
 * The version of event and snapshot lines, in record_start's
 * "event_format" (its "format" is the manifest's). 1, or no event_format
 * at all: before the identity fields. 2: lines also carry exe, args,
 * args_cut, pcomm, cgroup, unit, container and host_netns. A reader takes
 * both; a line without a field is read as that field unknown.
 */
#define REC_EVENT_FORMAT 2

struct rec_opts {
	const char *dir;
	uint64_t rotate_size;       /* close a segment past this many bytes; 0: never */
	uint64_t rotate_ms;         /* ... or after this long; 0: never */
	unsigned keep;              /* closed segments kept; older are pruned; 0: all */
	bool force;                 /* replace a record already in dir */
	const char *key_file;       /* write the seal key here; NULL: on stderr */
	int level;                  /* zlib level 1-9 */
	int argc;                   /* the command line, stored in record_start */
	char **argv;
	const struct services *svc; /* labels for snapshot lines */
	struct ident *ident;        /* names their owners (label/ident.h) */
	struct holders_helper *holders; /* finds them (capture/sock_holders.h);
				     * NULL: this process reads /proc itself */
};

struct recorder;

/*
 * Claim dir: create it (mode 0700) if missing, never through a symlink,
 * lock it against a second recorder, refuse a directory holding anything
 * else (or a record, unless force, which deletes that record's files and
 * nothing else), and create the manifest. Nothing is recorded yet.
 * -errno with one line in err.
 */
int rec_open(struct recorder **out, const struct rec_opts *o, char *err, size_t errlen);
/* Start recording: manifest header, segment 1 with its record_start line
 * and the snapshot. Call once capture is attached, so there is no gap. */
int rec_start(struct recorder *r);
/* One socket event, formatted by out_json_event(). */
int rec_event(struct recorder *r, const struct sw_labeled *l);
/* A line sockwatch made itself (the selftest's result): JSON and '\n'. */
int rec_line(struct recorder *r, const char *line, size_t len);
/* Kernel drops noticed now: lost since the last call, and in total. */
int rec_drop(struct recorder *r, uint64_t lost, uint64_t total);
/* Hand buffered lines to the compressor, flush if due, rotate if due.
 * Call after every poll. */
int rec_tick(struct recorder *r);
/* While held, a rotation by --rotate-interval waits (one by size does not):
 * record holds it while a selftest runs, so the test's line lands in the
 * segment it began in. */
void rec_hold_rotation(struct recorder *r, bool hold);
/* Milliseconds until rec_tick() has timed work to do (>= 0). */
uint64_t rec_due_ms(const struct recorder *r);
/* Clean stop: record_stop line, close the segment, stop entry. reason is
 * "sigint", "sigterm", "sighup", "duration", "count" or "error". */
int rec_close(struct recorder *r, const char *reason, uint64_t drops_total);

const char *rec_error(const struct recorder *r);
uint64_t rec_events(const struct recorder *r);
unsigned rec_segments(const struct recorder *r);   /* segments opened */
const char *rec_chain_head(const struct recorder *r); /* hex, after rec_close */
const char *rec_dir(const struct recorder *r);
/* CLOCK_MONOTONIC ms of the last flush that made data durable; 0: none yet. */
uint64_t rec_last_flush_ms(const struct recorder *r);

/* Release. Before rec_start, also removes what rec_open created. After a
 * failure the open segment is left as it is: valid up to its last flush. */
void rec_free(struct recorder *r);

#endif
