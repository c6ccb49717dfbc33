/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Process tracking: load bpf/identity.bpf.c and hand each exec, fork and
 * exit record (bpf/identity.h) to a callback. capture.c drives it so that
 * every record committed before a socket event is delivered before that
 * event (see capture_open).
 */
#ifndef SOCKWATCH_PROC_TRACK_H
#define SOCKWATCH_PROC_TRACK_H

#include <linux/types.h>
#include <stddef.h>
#include <stdint.h>

#include "identity.h"

/* rec is a struct sw_proc_exec for SW_PROC_EXEC, else a sw_proc_hdr. */
typedef void (*proc_record_fn)(void *ctx, const struct sw_proc_hdr *rec, size_t size);

#define PROC_TRACK_DEFAULT_RING (2u << 20)

struct proc_track;

/* Load and attach. -errno with one line in err. */
int proc_track_open(struct proc_track **out, proc_record_fn fn, void *ctx, char *err,
		    size_t errlen);
/* Deliver every record committed so far. Returns how many, or -errno. */
int proc_track_drain(struct proc_track *t);
/* Records lost: those the ring could not take, and runs of its programs
 * the kernel skipped. */
uint64_t proc_track_drops(const struct proc_track *t);
/* How many runs of the BPF program behind fd the kernel skipped because it
 * was already running on that CPU (its recursion guard), from fdinfo,
 * which the process itself reads with no capability; 0 where the kernel
 * does not say (before 5.12). */
uint64_t prog_fd_misses(int fd);
void proc_track_close(struct proc_track *t);

#endif
