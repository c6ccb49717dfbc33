/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * One round of socket operations made along one path into the kernel:
 * native syscalls, 32-bit syscalls (int 0x80, direct or through
 * socketcall) or io_uring (inline, io-wq worker, SQPOLL thread). Used by
 * `sockwatch selftest` to prove each path is seen, and by the end-to-end
 * tests' workload program.
 *
 * A round, all on 127.0.0.1 in the caller's network namespace:
 *   TCP  socket, bind to port 0, listen; a second socket binds to the
 *        listener's port, which fails (EADDRINUSE), and is closed; a client
 *        socket connects to the listener; accept (asking for the peer's
 *        address); close all three.
 *   UDP  socket; sendto the listener's port (unconnected); close.
 *        socket; connect to the listener's port; close.
 */
#ifndef SOCKWATCH_PATHOPS_H
#define SOCKWATCH_PATHOPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum pathop_path {
	PATHOP_SYSCALL,
	PATHOP_SYSCALL32,
	PATHOP_SOCKETCALL,
	PATHOP_IO_URING,
	PATHOP_IO_URING_ASYNC,
	PATHOP_IO_URING_SQPOLL,
	PATHOP_COUNT,
};

/* What a round did, for matching the events it caused. */
struct pathop_result {
	uint16_t listen_port;  /* the TCP listener's, chosen by the kernel */
	uint16_t client_port;  /* the TCP client's */
	uint16_t client2_port; /* the second TCP client's, accepted without asking for
				* its address */
	uint16_t send_port;    /* the unconnected UDP socket's */
	uint16_t udp_conn_port;/* the connected UDP socket's (0 if unknown) */
	bool bind_listen_native; /* io_uring without BIND/LISTEN (< 6.11): those two were syscalls */
};

/* "syscall", "syscall32", "socketcall", "io_uring", "io_uring_async",
 * "io_uring_sqpoll" */
const char *pathop_name(enum pathop_path p);
int pathop_parse(const char *name);
/* The via value ("syscall", "syscall32", "io_uring") events of this path
 * carry. */
const char *pathop_via(enum pathop_path p);

/*
 * Run one round. Returns 0, or -errno with one line in err naming the
 * step that failed (a kernel without the path is such a failure: the
 * path is then not proven, never assumed).
 */
int pathop_run(enum pathop_path p, struct pathop_result *r, char *err, size_t errlen);

/* One 32-bit syscall made with int 0x80 (x86-64; -ENOSYS elsewhere): its
 * result or -errno. Pointer arguments must lie below 4 GiB. */
long pathop_int80(long nr, long a, long b, long c, long d, long e, long f);

/*
 * Whether this kernel delivers 32-bit syscalls made with int 0x80: true,
 * or false with one line in why saying so and how it showed. A kernel
 * without IA32 emulation, one booted with ia32_emulation=off, or a VM that
 * leaves the gate out faults instead (SIGSEGV), which kills the process
 * that tried: a forked child tries, once per process. Neither the
 * syscall32 nor the socketcall path exists then, for any process on the
 * host. Anything but that fault (the call works, a seccomp filter refuses
 * it, valgrind cannot emulate it, no fork): true, so the rounds are tried
 * and prove or fail on their own.
 */
bool pathop_int80_available(char *why, size_t whylen);

/* Both 32-bit paths, which pathop_int80_available() decides. */
static inline bool pathop_is_32bit(enum pathop_path p)
{
	return p == PATHOP_SYSCALL32 || p == PATHOP_SOCKETCALL;
}

#endif
