/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Process records: what bpf/identity.bpf.c tells userspace about each
 * process as it execs, forks and exits, on a ring of its own. Userspace
 * keeps a cache of them keyed by (pid, start) (user/label/proc_cache.h),
 * and every socket event carries the same key (sw_event.start), so an event
 * is named by the program that made it even when that process exited
 * milliseconds later and /proc no longer has it.
 */
#ifndef SOCKWATCH_IDENTITY_H
#define SOCKWATCH_IDENTITY_H

/*
 * A process's start time in the unit of /proc/PID/stat's starttime (clock
 * ticks of 10 ms since boot, USER_HZ = 100): task->start_boottime / this.
 * With the pid it names one process for as long as the host is up, and
 * userspace can compute it for processes that were there before us.
 */
#define SW_TICK_NS 10000000ull

enum sw_proc_type {
	SW_PROC_EXEC = 1, /* a new program image: exe and args */
	SW_PROC_FORK = 2, /* a new process (not a thread): inherits its parent's image */
	SW_PROC_EXIT = 3, /* the last thread of a process exited */
};

/*
 * Bounds, each stated in the output: the executable's path is kept up to
 * SW_EXE_MAX bytes, its command line up to SW_ARGS_MAX bytes; past them
 * the record says it was cut. A path is read as at most SW_EXE_DEPTH
 * components of at most SW_NAME_MAX bytes each.
 */
#define SW_EXE_MAX 1024
#define SW_NAME_MAX 256
#define SW_EXE_DEPTH 48
#define SW_ARGS_MAX 1024

/* sw_proc_hdr.flags */
#define SW_PROC_EXE_CUT (1u << 0)  /* deeper or longer than the bounds */
#define SW_PROC_ARGS_CUT (1u << 1) /* command line longer than SW_ARGS_MAX */
#define SW_PROC_NO_EXE (1u << 2)   /* no executable file (kernel thread) */
#define SW_PROC_EXE_DELETED (1u << 3) /* the file had no name left (a memfd, an
					* unlinked file): "(deleted)", as /proc shows */

struct sw_proc_hdr {
	__u64 ts_ns;    /* bpf_ktime_get_ns(), the clock of sw_event.ts_ns */
	__u32 pid;      /* tgid */
	__u32 start;    /* SW_TICK_NS ticks: sw_event.start */
	__u32 ppid;     /* FORK: the parent, whose image the child shares */
	__u32 pstart;
	__u8 type;      /* enum sw_proc_type */
	__u8 flags;     /* SW_PROC_* */
	__u16 exe_len;  /* EXEC: bytes used in exe[] */
	__u16 args_len; /* EXEC: bytes used in args[] */
	__u16 _pad;
	char comm[16];
};

/*
 * EXEC. exe[] holds the path's components leaf first, each followed by
 * '/' ("curl/bin/usr/" for /usr/bin/curl): the kernel walks the dentries
 * upwards and userspace reverses them. The walk crosses mounts up to the
 * root of the process's mount namespace, which is what /proc/PID/exe shows
 * to a reader outside it (a container's /bin/busybox, not the overlay's
 * host path). args[] is the command line as the kernel copied it: each
 * argument NUL-terminated.
 */
struct sw_proc_exec {
	struct sw_proc_hdr h;
	char exe[SW_EXE_MAX + SW_NAME_MAX]; /* room for the last name read */
	char args[SW_ARGS_MAX];
};

#endif /* SOCKWATCH_IDENTITY_H */
