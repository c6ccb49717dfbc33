/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one definition of what crosses the ring buffer, shared by bpf/ and
 * user/. Fixed-size, no pointers, explicit widths: the kernel writes it,
 * userspace reads it, and neither may disagree on a byte.
 */
#ifndef SOCKWATCH_H
#define SOCKWATCH_H

#define SW_COMM_LEN 16
#define SW_ADDR_LEN 16 /* IPv6; IPv4 uses the first 4 bytes */

/* Event kinds. Values are ABI: the recorder stores names, not numbers,
 * but the kernel filter mask is built from these bits. */
enum sw_kind {
	SW_CONNECT = 1,
	SW_BIND = 2,
	SW_LISTEN = 3,
	SW_ACCEPT = 4,
	SW_CLOSE = 5,
	SW_SEND = 6,  /* an unconnected UDP socket's first datagram to a destination */
	SW_KIND_MAX,
};

/* Where the socket stands relative to this host; decides which port a
 * close event is labeled by (remote for outbound, local otherwise). */
enum sw_role {
	SW_ROLE_UNKNOWN = 0,
	SW_ROLE_OUTBOUND = 1, /* we called connect() */
	SW_ROLE_INBOUND = 2,  /* we accept()ed it */
	SW_ROLE_LISTENER = 3, /* listen()ing socket */
};

/* How the operation reached the kernel (ev.via). */
enum sw_via {
	SW_VIA_NONE = 0,      /* the kernel acted on its own (softirq, timer) */
	SW_VIA_SYSCALL = 1,   /* a native syscall */
	SW_VIA_SYSCALL32 = 2, /* a 32-bit syscall: int 0x80, direct or socketcall */
	SW_VIA_IO_URING = 3,  /* an io_uring request: inline, io-wq worker or SQPOLL */
	SW_VIA_MAX,
};

/* ev.flags */
#define SW_F_IN_PROGRESS (1u << 0) /* non-blocking connect, EINPROGRESS */
#define SW_F_OWNER_KNOWN (1u << 1) /* pid/comm are the socket's owner, not a guess */
#define SW_F_AUTO_PORT (1u << 2)   /* bind asked for port 0: the kernel chose it */

struct sw_event {
	__u64 ts_ns;     /* bpf_ktime_get_ns(): CLOCK_MONOTONIC */
	__u64 cgroup_id;
	__u32 pid;       /* tgid */
	__u32 tid;
	__u32 ppid;
	__u32 uid;
	__u32 netns;     /* inode of the socket's network namespace */
	__s32 result;    /* 0 or -errno */
	__u16 lport;     /* host byte order */
	__u16 rport;
	__u8 kind;       /* enum sw_kind */
	__u8 proto;      /* IPPROTO_TCP / IPPROTO_UDP */
	__u8 family;     /* AF_INET / AF_INET6 */
	__u8 role;       /* enum sw_role */
	__u8 flags;      /* SW_F_* */
	__u8 via;        /* enum sw_via */
	__u8 _pad[2];
	__u32 start;     /* the process's start (bpf/identity.h): with pid, the key
			  * of its executable and command line */
	__u8 laddr[SW_ADDR_LEN];
	__u8 raddr[SW_ADDR_LEN];
	char comm[SW_COMM_LEN];   /* the process: its thread-group leader's name */
	char pcomm[SW_COMM_LEN];  /* the parent's comm */
	char thread[SW_COMM_LEN]; /* the thread that made the call */
};

/*
 * A TCP close the kernel finished while a process still held the socket,
 * waiting in the held_closes map for the process that lets go of it
 * (sockwatch.bpf.c, hold_close). Userspace reports one still held after
 * SW_HELD_CLOSE_NS as the kernel's close (capture.c, held_sweep).
 */
#define SW_HELD_CLOSE_NS 200000000ULL /* 200 ms */

struct sw_held_close {
	struct sw_event e;
	__u64 since_ns;  /* when the kernel closed it (bpf_ktime_get_ns) */
	__u32 wanted;    /* as the kernel's close, it passes the filters */
	__u32 _pad;
};

/*
 * The port a socket is labeled by: the service side. That is the remote
 * port of a connection we opened and the local port of everything we
 * serve. A close whose opening we did not see has no known role; the lower
 * port is then the better guess (the other side is usually ephemeral).
 * Used by the kernel filter and by userspace labeling, so they agree.
 */
static inline __u16 sw_labeled_port(__u8 role, __u16 lport, __u16 rport)
{
	if (role == SW_ROLE_OUTBOUND)
		return rport;
	if (role == SW_ROLE_UNKNOWN && rport && rport < lport)
		return rport;
	return lport;
}

/* Drop counters are kept per CPU slot; CPUs beyond this share slots
 * (the total stays exact). Power of two. */
#define SW_MAX_CPUS 1024

/* Port bitmaps for the in-kernel port/class/service filter: one bit per
 * port, per protocol. */
#define SW_PORT_BITMAP_BYTES (65536 / 8)

#endif /* SOCKWATCH_H */
