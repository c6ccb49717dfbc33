/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Which program each process runs: a cache of process images keyed by
 * (pid, start), fed by the kernel's exec/fork/exit records
 * (bpf/identity.h) and seeded from /proc for the processes that were
 * already running. A socket event carries the same key, so it is resolved
 * here even after its process has exited, and a reused pid never inherits
 * a dead process's name.
 *
 * Exited processes stay PROC_CACHE_GRACE_NS (a TCP close can come well
 * after its owner exited); beyond PROC_CACHE_MAX entries the exited ones
 * go first.
 */
#ifndef SOCKWATCH_PROC_CACHE_H
#define SOCKWATCH_PROC_CACHE_H

#include <linux/types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "identity.h"

#define PROC_CACHE_MAX 65536
#define PROC_CACHE_GRACE_NS (120ull * 1000000000)

/* One program image, shared by a process and the children it forks. */
struct proc_image {
	unsigned refs;
	char *exe;          /* "/usr/bin/curl"; NULL when unknown */
	bool exe_cut;       /* the path was longer than SW_EXE_MAX: exe is its tail */
	char *args;         /* the command line, each argument NUL-terminated */
	uint32_t args_len;  /* bytes in args (a cut last argument has no NUL) */
	bool args_known;
	bool args_cut;      /* longer than SW_ARGS_MAX */
};

struct proc_cache;

struct proc_cache *proc_cache_new(void);
void proc_cache_free(struct proc_cache *pc);

/* Apply one kernel record (size bytes). */
void proc_cache_apply(struct proc_cache *pc, const struct sw_proc_hdr *rec, size_t size);

/* The same, with the signature of capture's proc_record_fn (ctx: the
 * cache). */
void proc_cache_on_record(void *pc, const struct sw_proc_hdr *rec, size_t size);

/* Add every process in procfs (normally "/proc") not already known from a
 * record. Call once the kernel programs are attached, so nothing falls
 * between the two. Returns how many were added. */
size_t proc_cache_seed(struct proc_cache *pc, const char *procfs);

/*
 * The image process (pid, start) ran at ts_ns (the clock of the records).
 * Unknown to the cache, procfs is read, if the process there still has
 * this start (not a reused pid). NULL when nothing is known. Valid until
 * the next call that changes the cache.
 */
const struct proc_image *proc_cache_lookup(struct proc_cache *pc, uint32_t pid, uint32_t start,
					   uint64_t ts_ns);

/* Entries held, and lookups that found nothing. */
size_t proc_cache_size(const struct proc_cache *pc);
uint64_t proc_cache_misses(const struct proc_cache *pc);

/* ---- pure helpers, exposed for the unit tests ------------------------- */

/* "curl/bin/usr/" (leaf first, as the kernel writes it) -> "/usr/bin/curl".
 * n bytes of in; out holds at least n + 2. Returns the length. */
size_t proc_exe_from_components(const char *in, size_t n, char *out);

/* starttime (field 22) and ppid (field 4) of /proc/PID/stat text, comm
 * holding any bytes. 0 ok, -1 malformed. */
int proc_parse_stat(const char *stat, size_t n, uint32_t *ppid, uint64_t *starttime);

/* /proc/PID/stat's starttime (clock ticks) as the kernel's records count
 * it (sw_event.start). */
uint32_t proc_start_from_stat(uint64_t starttime);

#endif
