// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * sockwatch kernel side: turns socket operations into fixed-size events on
 * one ring buffer, whatever path made them.
 *
 *   connect, bind, accept, accept4 (native 64-bit syscalls)
 *              syscalls/sys_exit_*: one program per call, as it returns.
 *              The call's arguments are still in the task's saved
 *              registers, its socket already holds the outcome (the port
 *              the kernel chose, the peer of an accepted connection), and
 *              "current" is the caller. So there is no entry program and
 *              no map carrying state from entry to exit.
 *   connect, bind, accept through io_uring
 *              io_uring/io_uring_complete: the request's opcode, its file
 *              and its result, in a thread of the ring's owner (the
 *              submitter, an io-wq worker or the SQPOLL thread).
 *   bind, connect, accept as 32-bit syscalls (int 0x80, socketcall)
 *              The syscall trace events skip them, so the cgroup socket
 *              hooks, which every path goes through, report them:
 *              bind4/6 and connect4/6 (the request, held until its outcome
 *              shows: pending_op), post_bind4/6 (a bind that succeeded),
 *              the state tracepoint (a TCP connect's handshake) and
 *              getpeername4/6 (accept() asking for the peer's address).
 *   listen, close (TCP)
 *              inet_sock_set_state, as a BTF-typed raw tracepoint (tp_btf):
 *              TCP LISTEN (an event), SYN_SENT (inside connect(): the
 *              caller is recorded as the socket's owner), CLOSE (an event,
 *              attributed to the owner recorded earlier, since the final
 *              state change usually runs in softirq where "current" is
 *              whatever task was interrupted).
 *   close (all), send (unconnected UDP)
 *              cgroup/sock_release runs in the context of the process that
 *              dropped the socket's last reference: a UDP close is reported
 *              there; for TCP that process becomes the owner the close is
 *              charged to. cgroup/sendmsg4/6 sees each unconnected
 *              datagram; the first to each destination is reported.
 *
 * Why the syscall trace events and not the raw sys_exit tracepoint: a raw
 * program runs on every syscall of the host and costs each about 50 ns on
 * a 2026 VM even when it returns at once; the trace events test the
 * syscall number against a bitmap first, for about 5 ns (the getppid load
 * of `make bench`). The state change fires only for TCP sockets, so there
 * the raw form is taken: typed arguments, and no trace record to fill.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "sockwatch.h"
#include "identity.h"

#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define EINPROGRESS 115
#define ENOSYS 38
#define EINVAL 22
#define EACCES 13
#define EADDRINUSE 98
#define ENETUNREACH 101
#define EISCONN 106
#define EALREADY 114
#define MAX_ERRNO 4095
#define CAP_NET_BIND_SERVICE 10
#define CLOCK_MONOTONIC 1
#define S_IFMT 00170000
#define S_IFSOCK 0140000
#define TCP_ESTABLISHED 1
#define TCP_SYN_SENT 2
#define TCP_CLOSE 7
#define TCP_LISTEN 10
#define SOCK_BINDPORT_LOCK 8
#define PF_IO_WORKER 0x00000010 /* an io-wq worker or SQPOLL thread */
#define PF_KTHREAD 0x00200000
#define TS_COMPAT 0x0002        /* thread_info.status: in a 32-bit syscall */
#define NR_io_uring_enter 426   /* the same number in both x86 ABIs */
#define NR_connect 42           /* x86-64 */
#define NR_accept 43
#define NR_accept4 288
/* i386 socket syscalls: direct, and socketcall(2)'s call numbers */
#define NR32_socketcall 102
#define NR32_bind 361
#define NR32_connect 362
#define NR32_accept4 364
#define SYS_BIND 2
#define SYS_CONNECT 3
#define SYS_ACCEPT 5
#define SYS_ACCEPT4 18

/* Where the syscall ABI keeps the first two arguments. (The trace events
 * only fire for native 64-bit calls, so there is one ABI per arch.) */
#if defined(__TARGET_ARCH_x86)
#define SYSCALL_ARG0(regs) ((regs)->di)
#define SYSCALL_ARG1(regs) ((regs)->si)
#else
#error "sockwatch reads x86-64 syscall registers only: add this arch's here"
#endif

/* Filters, set by userspace before load. Being read-only data, the
 * verifier sees their values and prunes the branches of unused ones. */
const volatile __u32 filter_pid = 0;
const volatile bool filter_uid_on = false;
const volatile __u32 filter_uid = 0;
const volatile bool filter_comm_on = false;
const volatile char filter_comm[SW_COMM_LEN] = {};
const volatile __u32 filter_kinds = 0;   /* bit (1 << kind); 0 = all */
const volatile __u8 filter_proto = 0;    /* IPPROTO_*; 0 = all */
const volatile __u8 filter_family = 0;   /* AF_*; 0 = all */
const volatile bool filter_failed = false;
const volatile bool filter_ports_on = false;
/* [0] TCP, [1] UDP: the ports whose events are wanted. */
const volatile __u8 filter_ports[2][SW_PORT_BITMAP_BYTES] = {};
/* 0: wake the reader per event (kernel default). Otherwise submit without
 * a wakeup until this many bytes are pending; userspace drains on a timer
 * so latency stays bounded. Wakeups dominate per-event cost. */
const volatile __u64 wakeup_bytes = 0;
/* The fexit programs on the protocol operations are loaded (a kernel that
 * allows them): they report connect, bind and accept of both syscall ABIs,
 * so the syscall trace events and the 32-bit hooks' guesses stay off. */
const volatile bool fexit_calls = false;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4 << 20); /* resized by userspace */
} rb SEC(".maps");

/* Events lost (ring full), per CPU: loss is counted, never silent. A
 * global, so userspace reads it through libbpf's mmap of .bss: no bpf()
 * syscall, hence no capability, is needed to read it after privileges are
 * dropped. */
__u64 drop_count[SW_MAX_CPUS] = {};

/* Who a TCP socket belongs to, so its close can be attributed. LRU: a
 * socket whose close we miss must not pin an entry forever. */
struct owner {
	__u64 cgroup_id;
	__u32 pid, tid, ppid, uid, start;
	__u8 role;
	__u8 via;
	__u8 flags;        /* OWNER_* */
	char comm[SW_COMM_LEN];
	char pcomm[SW_COMM_LEN];
	char thread[SW_COMM_LEN];
};

/* A 32-bit connect: report it when the handshake ends (its syscall exit
 * is not traced). */
#define OWNER_CONNECT_PENDING (1u << 0)
/* The owner is the process that closed the socket's last reference. */
#define OWNER_CLOSED (1u << 1)

/* Set before the first OWNER_CONNECT_PENDING: until then the end of a
 * handshake has no owner to look up for it. */
__u32 connect_pending_used = 0;

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 32768);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct owner);
} owners SEC(".maps");

/*
 * listen() on a socket never bound: the state turns LISTEN before the
 * kernel picks the port, so the event waits here until the port shows: a
 * BPF timer looks a few microseconds later (the port is picked within the
 * same call, whatever path made it), and the process asking for it
 * (getsockname) or the socket's close flush it too. (No tracepoint-type
 * program may use a map holding a timer: io_uring_complete cannot.)
 */
#define LISTEN_TRIES 10           /* 20 us doubling: about 20 ms in all */
#define LISTEN_STEP_NS 20000ULL

struct pending_listen_v {
	struct bpf_timer timer;
	struct sw_event e;
	__u64 claimed;   /* nonzero once emitted (the timer and a flush may
			  * race on two CPUs) */
	__u64 tries;
};

/* Not LRU: an evicted entry would be a listen lost unseen; a full map
 * counts the one it cannot take as a drop. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct pending_listen_v);
} pending_listen SEC(".maps");

/*
 * A TCP close the kernel finished while a process still held the socket
 * (after its shutdown() the peer's FIN, a reset, a refused connect): the
 * process that drops the last reference is who closed it, so the event
 * waits for sock_release. A socket still held after SW_HELD_CLOSE_NS is
 * reported as the kernel's close (via none, charged to its owner) by
 * userspace, which sweeps the map (capture.c). No BPF timer: one per held
 * close (an allocation, an hrtimer, a deferred free) cost a TCP storm whose
 * server side sees resets 0.13 of its time (1.27x against 1.14x). Whoever
 * deletes the entry, this program or userspace, reports it: a delete
 * succeeds once.
 */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct sw_held_close);
} held_closes SEC(".maps");

/* Set before the first held close: until then a release has none to
 * look up. */
__u32 held_closes_used = 0;

/* Entries of pending_ops and held_closes, events waiting for their
 * outcome or their closer: userspace waits for them at stop. Counted up
 * when stored and down when deleted (a delete succeeds once); a replaced
 * entry could leave it high, so that wait is bounded. */
__s64 held_live = 0;

static __always_inline void held_delete(void *map, __u64 *key)
{
	if (!bpf_map_delete_elem(map, key))
		__sync_fetch_and_add(&held_live, -1);
}

/*
 * What udp_peers keeps of a UDP socket, keyed by its struct sock:
 *   - an unconnected client's first destination (sendmsg) and the port
 *     the send was bound: its close is labeled by that service, not by
 *     its own ephemeral port, and a disconnect that gives the port back
 *     closes it as it closes a connect's;
 *   - a connected socket's association (`connected`): a disconnect
 *     (connect() with AF_UNSPEC, as glibc's getaddrinfo() makes between
 *     the addresses it sorts) gives back a port the kernel picked, so the
 *     local socket is gone with no release, and the release that comes
 *     later finds no port to report (udp_assoc_take).
 * sock_release removes each. (uring_binds keeps an address in the same
 * struct.)
 */
struct udp_peer {
	__u8 addr[SW_ADDR_LEN];  /* the remote its close is labeled by */
	__u16 port;
	/* the first send's destination as `sent` would key it (the hook's
	 * own address and port), to match later sends to it */
	__u16 sent_key_port;
	__u16 lport;             /* the local port it held */
	__u8 role;               /* the connect's role; a sender is outbound */
	__u8 connected;
	__u8 sent_key_addr[SW_ADDR_LEN];
	__u8 laddr[SW_ADDR_LEN]; /* the local address */
	/* which socket at this address: an entry left by an earlier one
	 * (its release not traced: --event without close, or a release the
	 * kernel skipped) is not this one's. A first destination keeps the
	 * socket's cookie (the hooks that note and read it have the helper),
	 * an association its file's inode number (noted by tracepoint
	 * programs too, which have no such helper) */
	__u64 cookie;
	__u64 ino;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct udp_peer);
} udp_peers SEC(".maps");

/* Set before the first entry of udp_peers: until then a UDP release has
 * none to look up. */
__u32 udp_peers_used = 0;

/* Set by userspace once sock_release is attached, which removes every
 * association noted: without it no UDP close is reported at all. */
__u32 udp_assocs_on = 0;

/* UDP closes lost because the kernel never ran sock_release for their
 * socket, found by what it left in udp_peers (udp_peer_stale): events
 * lost, counted apart from the ring's drops, whose remedy differs. */
__u64 release_skips = 0;

static __always_inline void count_release_skip(void)
{
	__sync_fetch_and_add(&release_skips, 1);
}

/* Events lost because a map that holds an operation until it can be
 * reported was full (a larger ring does not help them). */
__u64 map_full_drops = 0;

static __always_inline void count_map_full(void)
{
	__sync_fetch_and_add(&map_full_drops, 1);
}

/* Linux 6.2+: view a kernel pointer as a BTF type, so what it points to
 * is read with plain loads (the verifier turns them into fault-safe ones)
 * instead of a bpf_probe_read_kernel() call each. Weak: userspace loads
 * the program that uses it only when the kernel has it. */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym __weak;

static __always_inline bool kind_wanted(__u32 kinds)
{
	return !filter_kinds || (filter_kinds & kinds);
}

static __always_inline bool comm_matches(const char *comm)
{
	for (int i = 0; i < SW_COMM_LEN; i++) {
		if (comm[i] != filter_comm[i])
			return false;
		if (!comm[i])
			break;
	}
	return true;
}

/* The process of `sockwatch selftest`'s rounds (capture/selftest.h), set
 * by userspace at run time: its events pass every filter, so a filtered
 * record still proves what its programs see. */
__u32 selftest_pid = 0;

/*
 * The calling task. From 5.11 it is a BTF pointer, read with plain loads;
 * on 5.10 (`legacy`) bpf_get_current_task_btf() does not exist, and the
 * task is a bare address whose fields take a probe each (or a helper).
 * Userspace loads the legacy programs only where the probes say so.
 */
static __always_inline struct task_struct *current_task(bool legacy)
{
	if (legacy)
		return (struct task_struct *)bpf_get_current_task();
	return bpf_get_current_task_btf();
}

/* Cheap checks on the current task, done before any other work. */
static __always_inline bool task_wanted(struct task_struct *task, bool legacy)
{
	__u32 tgid = legacy ? bpf_get_current_pid_tgid() >> 32 : task->tgid;

	if (selftest_pid && tgid == selftest_pid)
		return true;
	if (filter_pid && tgid != filter_pid)
		return false;
	if (filter_uid_on && (__u32)bpf_get_current_uid_gid() != filter_uid)
		return false;
	if (filter_comm_on) {
		char comm[SW_COMM_LEN];

		/* the process's name, not the calling thread's */
		if (legacy)
			BPF_CORE_READ_INTO(&comm, task, group_leader, comm);
		else
			__builtin_memcpy(comm, task->group_leader->comm, sizeof(comm));
		if (!comm_matches(comm))
			return false;
	}
	return true;
}

static __always_inline bool port_wanted(__u8 proto, __u16 port)
{
	int p = proto == IPPROTO_UDP;
	__u64 i = port;

	if (!filter_ports_on)
		return true;
	/* clang, knowing the port is a __u16, masks nothing; in the state
	 * program it arrives in a register the verifiers of 5.10 to 6.12 do
	 * not know to be 16 bits, and they refused the program ("unbounded
	 * memory access") whenever a port filter was on (the kernel matrix's
	 * e2e tests; 6.18 and 7.3 took it). The mask, in asm so that it
	 * stays, bounds the index for every verifier. */
	asm volatile("%0 &= 0xffff" : "+r"(i));
	return filter_ports[p][i >> 3] & (1 << (i & 7));
}

/* What task_wanted() could not check: close events are attributed from
 * the owners map, not from the current task. */
static __always_inline bool event_wanted(const struct sw_event *e)
{
	if (selftest_pid && e->pid == selftest_pid && (e->flags & SW_F_OWNER_KNOWN))
		return true;
	if (filter_pid && e->pid != filter_pid)
		return false;
	if (filter_uid_on && e->uid != filter_uid)
		return false;
	if (filter_comm_on && !comm_matches(e->comm))
		return false;
	if (!kind_wanted(1u << e->kind))
		return false;
	if (filter_proto && e->proto != filter_proto)
		return false;
	if (filter_family && e->family != filter_family)
		return false;
	if (filter_failed && e->result >= 0)
		return false;
	return port_wanted(e->proto, sw_labeled_port(e->role, e->lport, e->rport));
}

static __always_inline void count_drop(void)
{
	__u32 cpu = bpf_get_smp_processor_id() & (SW_MAX_CPUS - 1);

	/* atomic: a softirq program may interrupt one on the same CPU */
	__sync_fetch_and_add(&drop_count[cpu], 1);
}

static __always_inline void emit(struct sw_event *e)
{
	__u64 flags = 0;

	if (!event_wanted(e))
		return;
	e->ts_ns = bpf_ktime_get_ns();
	if (wakeup_bytes)
		flags = bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA) >= wakeup_bytes ?
			BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP;
	if (bpf_ringbuf_output(&rb, e, sizeof(*e), flags))
		count_drop();
}

/*
 * How the current operation entered the kernel. io-wq workers and the
 * SQPOLL thread are threads of the ring's owner flagged PF_IO_WORKER;
 * a request issued inline runs inside io_uring_enter(). TS_COMPAT marks a
 * 32-bit syscall, also one made with int 0x80 by a 64-bit program. The
 * legacy programs (no bpf_task_pt_regs) cannot see an inline io_uring
 * request; they run only on the syscall paths anyway.
 */
static __always_inline __u8 task_via(struct task_struct *task, bool legacy)
{
	struct pt_regs *regs;
	unsigned int flags;

	if (legacy) {
		flags = BPF_CORE_READ(task, flags);
		if (flags & PF_KTHREAD)
			return SW_VIA_NONE;
		if (flags & PF_IO_WORKER)
			return SW_VIA_IO_URING;
		if (bpf_core_field_exists(task->thread_info.status) &&
		    (BPF_CORE_READ(task, thread_info.status) & TS_COMPAT))
			return SW_VIA_SYSCALL32;
		return SW_VIA_SYSCALL;
	}
	if (task->flags & PF_KTHREAD)
		return SW_VIA_NONE;
	if (task->flags & PF_IO_WORKER)
		return SW_VIA_IO_URING;
	regs = (struct pt_regs *)bpf_task_pt_regs(task);
	if (regs->orig_ax == NR_io_uring_enter)
		return SW_VIA_IO_URING;
	if (bpf_core_field_exists(task->thread_info.status) &&
	    (task->thread_info.status & TS_COMPAT))
		return SW_VIA_SYSCALL32;
	return SW_VIA_SYSCALL;
}

static __always_inline void fill_task_via(struct sw_event *e, struct task_struct *task,
					  __u8 via, bool legacy)
{
	if (legacy) {
		__u64 id = bpf_get_current_pid_tgid();

		e->pid = id >> 32;
		e->tid = (__u32)id;
		e->ppid = BPF_CORE_READ(task, real_parent, tgid);
		e->uid = (__u32)bpf_get_current_uid_gid();
		e->cgroup_id = bpf_get_current_cgroup_id();
		e->flags |= SW_F_OWNER_KNOWN;
		e->start = BPF_CORE_READ(task, group_leader, start_boottime) / SW_TICK_NS;
		e->via = via;
		BPF_CORE_READ_INTO(&e->comm, task, group_leader, comm);
		BPF_CORE_READ_INTO(&e->pcomm, task, real_parent, group_leader, comm);
		bpf_get_current_comm(e->thread, sizeof(e->thread));
		return;
	}
	e->pid = task->tgid;
	e->tid = task->pid;
	e->ppid = task->real_parent->tgid;
	e->uid = (__u32)bpf_get_current_uid_gid();
	/* what bpf_get_current_cgroup_id() returns, read without its call */
	e->cgroup_id = task->cgroups->dfl_cgrp->kn->id;
	e->flags |= SW_F_OWNER_KNOWN;
	e->start = task->group_leader->start_boottime / SW_TICK_NS;
	e->via = via;
	/* ps's names for the process and its parent are their leaders'; the
	 * thread keeps its own */
	__builtin_memcpy(e->comm, task->group_leader->comm, sizeof(e->comm));
	__builtin_memcpy(e->pcomm, task->real_parent->group_leader->comm, sizeof(e->pcomm));
	__builtin_memcpy(e->thread, task->comm, sizeof(e->thread));
}

static __always_inline void fill_task(struct sw_event *e, struct task_struct *task, bool legacy)
{
	fill_task_via(e, task, task_via(task, legacy), legacy);
}

/* Who e names, as the owner of its socket (flags aside). */
static __always_inline void owner_from_event(struct owner *o, const struct sw_event *e,
					     __u8 role)
{
	o->cgroup_id = e->cgroup_id;
	o->pid = e->pid;
	o->tid = e->tid;
	o->ppid = e->ppid;
	o->uid = e->uid;
	o->start = e->start;
	o->role = role;
	o->via = e->via;
	__builtin_memcpy(o->comm, e->comm, sizeof(o->comm));
	__builtin_memcpy(o->pcomm, e->pcomm, sizeof(o->pcomm));
	__builtin_memcpy(o->thread, e->thread, sizeof(o->thread));
}

static __always_inline void remember_owner(const struct sock *sk, const struct sw_event *e,
					   __u8 role, bool connect_pending)
{
	struct owner o = {};
	__u64 key = (__u64)sk;

	owner_from_event(&o, e, role);
	if (connect_pending) {
		o.flags |= OWNER_CONNECT_PENDING;
		if (!connect_pending_used)
			connect_pending_used = 1;
	}
	bpf_map_update_elem(&owners, &key, &o, BPF_ANY);
}

static __always_inline void owner_to_event(const struct owner *o, struct sw_event *e)
{
	e->pid = o->pid;
	e->tid = o->tid;
	e->ppid = o->ppid;
	e->uid = o->uid;
	e->cgroup_id = o->cgroup_id;
	e->start = o->start;
	e->role = o->role;
	e->via = o->via;
	e->flags |= SW_F_OWNER_KNOWN;
	__builtin_memcpy(e->comm, o->comm, sizeof(e->comm));
	__builtin_memcpy(e->pcomm, o->pcomm, sizeof(e->pcomm));
	__builtin_memcpy(e->thread, o->thread, sizeof(e->thread));
}

/* The port of sk, a listener never bound, once the kernel picked it. */
static __always_inline __u16 listen_port(struct sock *sk)
{
	__u16 port = BPF_CORE_READ(sk, __sk_common.skc_num);

	if (!port) /* closed already: the source port stays */
		port = __builtin_bswap16(BPF_CORE_READ((struct inet_sock *)sk, inet_sport));
	return port;
}

/* The listen event of sk, if it waits for its port: out, with the port.
 * (`legacy`: 5.10 has no fetching atomics, and no timer or getsockname
 * hook that could race with this.) */
static __always_inline void flush_pending_listen(struct sock *sk, bool legacy)
{
	__u64 key = (__u64)sk;
	struct pending_listen_v *p = bpf_map_lookup_elem(&pending_listen, &key);
	bool mine;

	if (!p)
		return;
	p->e.lport = listen_port(sk);
	if (legacy) {
		mine = !p->claimed;
		p->claimed = 1;
	} else {
		mine = __sync_fetch_and_add(&p->claimed, 1) == 0;
	}
	if (p->e.lport && mine) {
		p->e.flags |= SW_F_AUTO_PORT;
		emit(&p->e);
	}
	bpf_map_delete_elem(&pending_listen, &key);
}

static int pending_listen_timer(void *map, __u64 *key, struct pending_listen_v *p)
{
	__u16 port = listen_port((struct sock *)*key);

	if (!port) {
		/* not yet (or never: then getsockname or the close will) */
		if (p->tries < LISTEN_TRIES) {
			bpf_timer_start(&p->timer, LISTEN_STEP_NS << (p->tries & 15), 0);
			p->tries++;
		}
		return 0;
	}
	p->e.lport = port;
	if (__sync_fetch_and_add(&p->claimed, 1) == 0) {
		p->e.flags |= SW_F_AUTO_PORT;
		emit(&p->e);
	}
	bpf_map_delete_elem(map, key);
	return 0;
}

/*
 * The socket behind file descriptor fd of task, or NULL. The fd table's
 * slots are a plain pointer array, read with one probe; from the file on,
 * `typed` (bpf_rdonly_cast available) reads with plain loads, otherwise a
 * probe per pointer hop.
 */
static __always_inline struct sock *sock_from_fd(struct task_struct *task, long fd,
						 bool typed, bool legacy)
{
	struct fdtable *fdt;
	struct file *file = NULL, **slots;
	struct socket *sock;

	if (legacy) {
		fdt = BPF_CORE_READ(task, files, fdt);
		if (fd < 0 || (unsigned long)fd >= BPF_CORE_READ(fdt, max_fds))
			return NULL;
		slots = BPF_CORE_READ(fdt, fd);
	} else {
		fdt = task->files->fdt;
		if (fd < 0 || (unsigned long)fd >= fdt->max_fds)
			return NULL;
		slots = fdt->fd;
	}
	bpf_probe_read_kernel(&file, sizeof(file), &slots[fd]);
	if (!file)
		return NULL;
	if (typed) {
		file = bpf_rdonly_cast(file, bpf_core_type_id_kernel(struct file));
		if ((file->f_inode->i_mode & S_IFMT) != S_IFSOCK)
			return NULL;
		sock = bpf_rdonly_cast(file->private_data, bpf_core_type_id_kernel(struct socket));
		return bpf_rdonly_cast(sock->sk, bpf_core_type_id_kernel(struct sock));
	}
	if ((BPF_CORE_READ(file, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return NULL;
	sock = BPF_CORE_READ(file, private_data);
	return BPF_CORE_READ(sock, sk);
}

/*
 * Socket fields. `typed` says sk may be read with plain loads (a BTF
 * pointer); otherwise each read is a probe. One body for both keeps the
 * two program variants from drifting apart.
 */
#define SK_READ(typed, sk, field) \
	((typed) ? (sk)->field : BPF_CORE_READ((sk), field))

static __always_inline void sk_copy(void *dst, const void *src, __u32 len, bool typed)
{
	if (typed) {
		if (len == 4)
			*(__u32 *)dst = *(const __u32 *)src;
		else
			__builtin_memcpy(dst, src, 16);
	} else {
		bpf_probe_read_kernel(dst, len, src);
	}
}

/* Family and protocol of an INET TCP/UDP socket; false for anything else
 * and for what the family/protocol filters exclude. */
static __always_inline bool inet_sock_kind(struct sock *sk, __u8 *family, __u8 *proto,
					   bool typed)
{
	__u16 fam = SK_READ(typed, sk, __sk_common.skc_family);
	__u16 pr = SK_READ(typed, sk, sk_protocol);

	if ((fam != AF_INET && fam != AF_INET6) || (pr != IPPROTO_TCP && pr != IPPROTO_UDP))
		return false;
	if (filter_family && fam != filter_family)
		return false;
	if (filter_proto && pr != filter_proto)
		return false;
	*family = fam;
	*proto = pr;
	return true;
}

static __always_inline void read_local(struct sock *sk, struct sw_event *e, bool typed)
{
	e->lport = SK_READ(typed, sk, __sk_common.skc_num);
	if (!e->lport) {
		/* Unhashed already (a close, a refused connect): the bound
		 * port is cleared, but the source port is kept. It lives past
		 * struct sock, hence a probe. */
		struct inet_sock *inet = (struct inet_sock *)sk;

		e->lport = __builtin_bswap16(BPF_CORE_READ(inet, inet_sport));
	}
	if (e->family == AF_INET)
		sk_copy(e->laddr, &sk->__sk_common.skc_rcv_saddr, 4, typed);
	else
		sk_copy(e->laddr, &sk->__sk_common.skc_v6_rcv_saddr, 16, typed);
}

static __always_inline void read_remote(struct sock *sk, struct sw_event *e, bool typed)
{
	e->rport = __builtin_bswap16(SK_READ(typed, sk, __sk_common.skc_dport));
	if (e->family == AF_INET)
		sk_copy(e->raddr, &sk->__sk_common.skc_daddr, 4, typed);
	else
		sk_copy(e->raddr, &sk->__sk_common.skc_v6_daddr, 16, typed);
}

/* A UDP socket bound to a port it chose and then connected is a server
 * answering one client (socat UDP-LISTEN), not a connection out to the
 * client's ephemeral port: labeled by its own port, as its sends are. */
static __always_inline __u8 connect_role(struct sock *sk, __u8 proto)
{
	if (proto == IPPROTO_UDP &&
	    (BPF_CORE_READ_BITFIELD_PROBED(sk, sk_userlocks) & SOCK_BINDPORT_LOCK))
		return SW_ROLE_LISTENER;
	return SW_ROLE_OUTBOUND;
}

static __always_inline __u32 sock_netns(struct sock *sk, bool typed)
{
	if (typed)
		return sk->__sk_common.skc_net.net->ns.inum;
	return BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum);
}

/* The inode number of sk's socket file, read the same way by every
 * program type: with sk's address, which the allocator reuses, it tells
 * this socket from an earlier one. */
static __always_inline __u64 sock_ino(struct sock *sk, bool typed)
{
	if (typed)
		return sk->sk_socket->file->f_inode->i_ino;
	return BPF_CORE_READ(sk, sk_socket, file, f_inode, i_ino);
}

/*
 * Whether p, found at sk's address in udp_peers, is an earlier socket's:
 * sock_release removes each entry (udp_assocs_on), so that socket's
 * release never ran: the kernel skipped the hook (README, Known limits)
 * and its close was never reported. The caller counts it lost
 * (count_release_skip). ino is
 * sk's (sock_ino), or 0 to read it here.
 */
static __always_inline bool udp_peer_stale(struct sock *sk, const struct udp_peer *p, __u64 ino,
					   bool typed)
{
	if (!udp_assocs_on)
		return false; /* no release traced: entries stay by design */
	if (!p->connected)
		return p->cookie != (__u64)SK_READ(typed, sk, __sk_common.skc_cookie.counter);
	return p->ino != (ino ? ino : sock_ino(sk, typed));
}

/* A UDP connect that succeeded (e, emitted or filtered): its association,
 * for a disconnect to come (struct udp_peer). A port the caller chose
 * stays through a disconnect (connect_role made such a socket a listener):
 * that socket's close comes at release. */
static __always_inline void udp_note_assoc(struct sock *sk, const struct sw_event *e, bool typed)
{
	struct udp_peer a = { .port = e->rport, .lport = e->lport, .role = e->role,
			      .connected = 1 };
	__u64 key = (__u64)sk;

	if (!udp_assocs_on || e->proto != IPPROTO_UDP || e->result || !e->rport || !e->lport ||
	    e->role != SW_ROLE_OUTBOUND || !kind_wanted(1u << SW_CLOSE))
		return;
	/* a kernel socket connected inside some process's call (the kernel
	 * runs no release hook for those) */
	if (BPF_CORE_READ_BITFIELD_PROBED(sk, sk_kern_sock))
		return;
	__builtin_memcpy(a.addr, e->raddr, SW_ADDR_LEN);
	__builtin_memcpy(a.laddr, e->laddr, SW_ADDR_LEN);
	a.ino = sock_ino(sk, typed);
	if (!udp_peers_used)
		udp_peers_used = 1;
	if (bpf_map_update_elem(&udp_peers, &key, &a, BPF_NOEXIST)) {
		/* this socket's earlier entry, or one of a socket that was
		 * at this address before */
		struct udp_peer *old = bpf_map_lookup_elem(&udp_peers, &key);

		if (old && udp_peer_stale(sk, old, a.ino, typed))
			count_release_skip();
		if (bpf_map_update_elem(&udp_peers, &key, &a, BPF_ANY))
			count_map_full(); /* its disconnect's close would go unseen */
	}
}

/* Whether a, sk's entry, is an association sk has let go of: the port it
 * held is no longer its own (a disconnect gave it back; a send may have
 * bound another since). A connect's or a first send's alike. */
static __always_inline bool udp_assoc_lost(struct sock *sk, const struct udp_peer *a)
{
	if (BPF_CORE_READ(sk, __sk_common.skc_num) == a->lport)
		return false;
	if (a->connected)
		return a->ino == sock_ino(sk, false);
	return a->lport && a->cookie == BPF_CORE_READ(sk, __sk_common.skc_cookie.counter);
}

/* sk's association, if it has let go of it: removed, and its close made
 * in c (whose other fields udp_assoc_close fills). Whoever removes the
 * entry reports the close: a delete succeeds once. */
static __always_inline bool udp_assoc_take(struct sock *sk, struct sw_event *c)
{
	__u64 key = (__u64)sk;
	struct udp_peer *p;

	if (!udp_peers_used || !(p = bpf_map_lookup_elem(&udp_peers, &key)) ||
	    !udp_assoc_lost(sk, p))
		return false;
	__builtin_memset(c, 0, sizeof(*c));
	c->kind = SW_CLOSE;
	c->proto = IPPROTO_UDP;
	c->role = p->role;
	c->lport = p->lport;
	c->rport = p->port;
	__builtin_memcpy(c->laddr, p->laddr, SW_ADDR_LEN);
	__builtin_memcpy(c->raddr, p->addr, SW_ADDR_LEN);
	return !bpf_map_delete_elem(&udp_peers, &key);
}

/* c, made by udp_assoc_take, closed by task (via none: the kernel's, its
 * uid from the socket). */
static __always_inline void udp_assoc_close(struct sock *sk, struct sw_event *c,
					    struct task_struct *task, __u8 via, bool legacy)
{
	c->family = BPF_CORE_READ(sk, __sk_common.skc_family);
	c->netns = sock_netns(sk, false);
	if (via == SW_VIA_NONE)
		c->uid = BPF_CORE_READ(sk, sk_uid.val);
	else
		fill_task_via(c, task, via, legacy);
	emit(c);
}

/*
 * A 32-bit bind or connect between the hook that saw it begin and its
 * outcome. The hooks run before the kernel's work, and the syscall's
 * return is not traced for 32-bit calls, so the outcome is settled later:
 *   - a bind that succeeds reaches post_bind, which drops the entry;
 *   - a TCP connect that sends its SYN reaches SYN_SENT, likewise (its
 *     event comes when the handshake ends);
 *   - otherwise (a failed bind, a connect that failed before its SYN, any
 *     UDP connect, whose port the kernel picks just after the hook) a
 *     timer settles it once the call has returned, or the socket's next
 *     operation or its release does, whichever comes first.
 * The result is read from the caller's saved registers while they still
 * hold this call (they keep its return value until the thread's next
 * entry into the kernel); after that it is inferred (`guess`, from the
 * socket and the request: see README, Known limits).
 */
#define PENDING_BIND 1
#define PENDING_CONNECT 2
#define PENDING_TRIES 12          /* then it is settled with what is known */
#define PENDING_STEP_NS 50000ULL  /* 50 us, doubling: about 200 ms in all */

struct pending_op {
	struct bpf_timer timer;
	struct sw_event e;
	__u64 sk;
	__u64 regs;      /* the caller's saved registers */
	__u64 bx, cx;    /* its first two arguments: the call, told from the
			  * thread's next one of the same number */
	__u64 seq;       /* which pending op this is (pending_seq) */
	__u32 nr;        /* its syscall number */
	__s32 guess;     /* the result when the registers no longer tell */
	__u16 tries;
	__u8 op;         /* PENDING_* */
	__u8 _pad;
	__u64 claimed;   /* nonzero once settled: the timer and a settle_now()
			  * on another CPU may both find it before it is deleted
			  * (64-bit: a 32-bit fetch-add needs -mcpu=v3) */
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct pending_op);
} pending_ops SEC(".maps");

/* A thread's latest pending op: when the thread makes its next 32-bit
 * bind or connect, that one's call is over, its registers are this new
 * call's, and it is settled with what is known. */
struct pending_ref {
	__u64 sk;
	__u64 seq;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);       /* tid */
	__type(value, struct pending_ref);
} pending_by_thread SEC(".maps");

__u64 pending_seq = 0;

/* Settle p if its outcome is known (or `last`): true once it is emitted
 * or dropped, false to look again later. */
static __always_inline bool settle(struct pending_op *p, bool last)
{
	struct sock *sk = (struct sock *)p->sk;
	struct pt_regs *regs = (struct pt_regs *)p->regs;
	long ax = BPF_CORE_READ(regs, ax), res = 1; /* 1: not known */
	bool in_call = BPF_CORE_READ(regs, orig_ax) == p->nr &&
		       BPF_CORE_READ(regs, bx) == p->bx && BPF_CORE_READ(regs, cx) == p->cx;
	__u8 state = BPF_CORE_READ(sk, __sk_common.skc_state);

	if (in_call && ax == -ENOSYS) {
		if (!last)
			return false; /* the call is still running */
	} else if (in_call && ax >= -MAX_ERRNO && ax <= 0) {
		res = ax;
	}
	if (p->op == PENDING_BIND) {
		if (res == 0)
			return true; /* post_bind reported it */
		p->e.result = res < 0 ? res : p->guess;
	} else if (p->e.proto == IPPROTO_TCP) {
		/* a connect that sent its SYN left here at SYN_SENT */
		if (res == 0 || res == -EINPROGRESS ||
		    (res == 1 && state != TCP_CLOSE && p->guess == -ENETUNREACH))
			return true;
		p->e.result = res < 0 ? res : p->guess;
	} else {
		if (res == 1)
			res = state == TCP_ESTABLISHED ? 0 : p->guess;
		p->e.result = res;
		/* the port the kernel bound it to, once it did */
		p->e.lport = BPF_CORE_READ(sk, __sk_common.skc_num);
		if (!p->e.lport)
			p->e.lport = __builtin_bswap16(BPF_CORE_READ((struct inet_sock *)sk,
								     inet_sport));
		if (!p->e.lport && res == 0)
			/* disconnected since (connect with AF_UNSPEC gives the
			 * port back, and no hook runs for a 32-bit one): UDP
			 * keeps the number it last hashed the socket by */
			p->e.lport = BPF_CORE_READ(sk, __sk_common.skc_u16hashes[0]);
		if (!p->e.lport && res == 0 && !last)
			return false;
	}
	if (__sync_fetch_and_add(&p->claimed, 1) == 0) {
		emit(&p->e);
		if (p->op == PENDING_CONNECT)
			udp_note_assoc(sk, &p->e, false);
	}
	return true;
}

static int pending_timer(void *map, __u64 *key, struct pending_op *p)
{
	if (!settle(p, p->tries >= PENDING_TRIES)) {
		__u64 delay = PENDING_STEP_NS << (p->tries & 15);

		p->tries++;
		bpf_timer_start(&p->timer, delay, 0);
		return 0;
	}
	held_delete(map, key);
	return 0;
}

/* The socket's pending operation, if any (and if it is op seq, when
 * seq is given): settled now (the socket or its thread moves on, or the
 * socket goes). */
static __always_inline void settle_now(__u64 key, __u64 seq)
{
	struct pending_op *p;

	/* none was ever held (no 32-bit bind or connect since load): no
	 * lookup on every release */
	if (!pending_seq)
		return;
	p = bpf_map_lookup_elem(&pending_ops, &key);
	if (!p || (seq && p->seq != seq))
		return;
	settle(p, true);
	held_delete(&pending_ops, &key);
}

/* Its outcome is reported elsewhere (post_bind, the handshake). */
static __always_inline void pending_done(struct sock *sk)
{
	__u64 key = (__u64)sk;

	held_delete(&pending_ops, &key);
}

/* sockaddr_in / sockaddr_in6, as far as we read them. */
struct user_sockaddr {
	__u16 family;
	__u16 port;          /* network order */
	union {
		__u8 v4[4];
		__u32 flowinfo;  /* v6: then the address */
	};
	__u8 v6[16];
};

/*
 * The address a failed connect() or bind() asked for, from the caller's
 * memory (the socket does not hold it). False when it is not an INET
 * address. A v4 address on a v6 socket is shown v4-mapped, as the socket
 * itself would show it.
 */
static __always_inline long read_addr(void *dst, __u32 len, const void *src, bool kaddr)
{
	return kaddr ? bpf_probe_read_kernel(dst, len, src) : bpf_probe_read_user(dst, len, src);
}

static __always_inline bool read_requested(const void *uaddr, bool kaddr, __u8 sock_family,
					   __u8 addr[SW_ADDR_LEN], __u16 *port)
{
	struct user_sockaddr sa;

	/* family, port and a v4 address in one read */
	if (read_addr(&sa, 8, uaddr, kaddr))
		return false;
	if (sa.family == AF_INET) {
		if (sock_family == AF_INET6) {
			addr[10] = addr[11] = 0xff;
			__builtin_memcpy(&addr[12], sa.v4, 4);
		} else {
			__builtin_memcpy(addr, sa.v4, 4);
		}
	} else if (sa.family == AF_INET6) {
		if (read_addr(sa.v6, 16, uaddr + 8, kaddr))
			return false;
		__builtin_memcpy(addr, sa.v6, 16);
	} else {
		return false;
	}
	*port = __builtin_bswap16(sa.port);
	return true;
}

static __always_inline void exit_connect(struct task_struct *task, struct sock *sk,
					 struct sw_event *e, long ret, const void *uaddr,
					 bool kaddr, bool typed, bool legacy)
{
	e->kind = SW_CONNECT;
	e->role = connect_role(sk, e->proto);
	e->result = ret;
	if (ret == -EINPROGRESS) {
		/* Over loopback the handshake (or the RST) has often already
		 * been processed by now: report the outcome when there is one. */
		__u8 state = SK_READ(typed, sk, __sk_common.skc_state);
		int sk_err = SK_READ(typed, sk, sk_err);

		e->result = 0;
		if (state == TCP_CLOSE && sk_err)
			e->result = -sk_err;
		else if (state != TCP_ESTABLISHED)
			e->flags |= SW_F_IN_PROGRESS;
	}
	if (e->result == 0) {
		/* connected (or on its way): the socket holds the peer */
		read_remote(sk, e, typed);
		if (!e->rport) {
			/* connect(AF_UNSPEC): a disconnect, not a connection;
			 * it may have given back the socket's port */
			__u8 via = e->via;

			if (e->proto == IPPROTO_UDP && udp_assoc_take(sk, e))
				udp_assoc_close(sk, e, task, via, legacy);
			return;
		}
	} else if (!read_requested(uaddr, kaddr, e->family, e->raddr, &e->rport)) {
		return;
	}
	read_local(sk, e, typed);
	fill_task_via(e, task, e->via, legacy);
	emit(e);
	udp_note_assoc(sk, e, typed);
}

static __always_inline void exit_bind(struct task_struct *task, struct sock *sk,
				      struct sw_event *e, long ret, const void *uaddr,
				      bool kaddr, bool typed, bool legacy)
{
	e->kind = SW_BIND;
	e->role = SW_ROLE_LISTENER;
	e->result = ret;
	if (ret == 0) {
		/* what the kernel assigned, which differs for port 0; a port
		 * the caller chose is locked to the socket */
		read_local(sk, e, typed);
		if (!(BPF_CORE_READ_BITFIELD_PROBED(sk, sk_userlocks) & SOCK_BINDPORT_LOCK))
			e->flags |= SW_F_AUTO_PORT; /* a client binding first */
	} else {
		if (!read_requested(uaddr, kaddr, e->family, e->laddr, &e->lport))
			return;
		if (!e->lport)
			e->flags |= SW_F_AUTO_PORT;
	}
	fill_task_via(e, task, e->via, legacy);
	emit(e);
}

static __always_inline void exit_accept(struct task_struct *task, struct sock *sk,
					struct sw_event *e, bool typed, bool legacy)
{
	e->kind = SW_ACCEPT;
	e->role = SW_ROLE_INBOUND;
	read_local(sk, e, typed);
	read_remote(sk, e, typed);
	fill_task_via(e, task, e->via, legacy);
	/* Already closed (reset while queued): its close has been and gone,
	 * so an owner entry would only linger for a later socket to find. */
	if (kind_wanted(1u << SW_CLOSE) && e->proto == IPPROTO_TCP &&
	    SK_READ(typed, sk, __sk_common.skc_state) != TCP_CLOSE)
		remember_owner(sk, e, SW_ROLE_INBOUND, false);
	if (kind_wanted(1u << SW_ACCEPT))
		emit(e);
}

enum sw_call { CALL_CONNECT, CALL_BIND, CALL_ACCEPT };

/* A call that returned ret on sk; addr is the address it asked for, in
 * the kernel's memory (kaddr) or the caller's. */
static __always_inline void report_call(enum sw_call call, struct task_struct *task,
					struct sock *sk, struct sw_event *e, long ret,
					const void *addr, bool kaddr, bool typed, bool legacy)
{
	e->netns = sock_netns(sk, typed);
	if (call == CALL_CONNECT)
		exit_connect(task, sk, e, ret, addr, kaddr, typed, legacy);
	else if (call == CALL_BIND)
		exit_bind(task, sk, e, ret, addr, kaddr, typed, legacy);
	else
		exit_accept(task, sk, e, typed, legacy);
}

/*
 * Linux 5.10 has no bpf_task_pt_regs(), so at exit the arguments of
 * connect() and bind() are gone: their legacy programs keep them from the
 * syscall's entry, per thread, in this map. (An LRU: a thread that dies
 * inside the call must not pin an entry.)
 */
struct call_args {
	long fd;
	const void *uaddr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 8192);
	__type(key, __u64);       /* pid_tgid */
	__type(value, struct call_args);
} legacy_args SEC(".maps");

static __always_inline int on_sys_exit(enum sw_call call, long ret, bool typed, bool legacy)
{
	struct task_struct *task;
	struct sw_event e = {};
	const void *uaddr = NULL;
	struct pt_regs *regs;
	struct sock *sk;
	long fd = ret;

	if (legacy && call != CALL_ACCEPT) {
		__u64 id = bpf_get_current_pid_tgid();
		struct call_args *args = bpf_map_lookup_elem(&legacy_args, &id);

		if (!args)
			return 0;
		fd = args->fd;
		uaddr = args->uaddr;
		bpf_map_delete_elem(&legacy_args, &id);
	}
	if (call == CALL_ACCEPT && ret < 0)
		return 0; /* EAGAIN from event loops: not worth an event */
	task = current_task(legacy);
	if (!task_wanted(task, legacy))
		return 0;
	if (!legacy && call != CALL_ACCEPT) {
		regs = (struct pt_regs *)bpf_task_pt_regs(task);
		fd = (long)SYSCALL_ARG0(regs);
		uaddr = (const void *)SYSCALL_ARG1(regs);
	}
	sk = sock_from_fd(task, fd, typed, legacy);
	if (!sk || !inet_sock_kind(sk, &e.family, &e.proto, typed))
		return 0;
	e.via = SW_VIA_SYSCALL;
	report_call(call, task, sk, &e, ret, uaddr, false, typed, legacy);
	return 0;
}

/*
 * (First in the object: libbpf loads programs in order, so a kernel that
 * refuses fexit says so before it verifies the rest.)
 *
 * Where the kernel allows fexit (most hosts; not every VM sandbox), the
 * protocol operations themselves report connect, bind and accept as they
 * return: every native and 32-bit call reaches them (socketcall and an
 * accept without an address buffer included), with its exact result and
 * the kernel's copy of the address asked for. Unlike the syscall trace
 * events they cost nothing to a process that makes no socket call.
 * io_uring requests pass here too; their completion reports them.
 */
static __always_inline int on_fexit_op(enum sw_call call, struct socket *sock,
				       const void *kaddr, long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct sw_event e = {};
	struct sock *sk;

	e.via = task_via(task, false);
	if (e.via != SW_VIA_SYSCALL && e.via != SW_VIA_SYSCALL32)
		return 0; /* io_uring's completion, or the kernel's own sockets */
	if (call == CALL_ACCEPT && ret < 0)
		return 0;
	if (!task_wanted(task, false))
		return 0;
	sk = sock->sk;
	if (!sk || !inet_sock_kind(sk, &e.family, &e.proto, true))
		return 0;
	report_call(call, task, sk, &e, ret, kaddr, true, true, false);
	return 0;
}

static __always_inline long fexit_ret(void *ctx)
{
	__u64 ret = 0;

	bpf_get_func_ret(ctx, &ret);
	return (int)ret; /* the operations return int */
}

/* connect and bind: the socket, and the kernel's copy of the address */
#define FEXIT_SOCKADDR_OP(fn, call)						\
	SEC("fexit/" #fn)							\
	int BPF_PROG(handle_fexit_##fn, struct socket *sock, struct sockaddr *uaddr) \
	{									\
		return on_fexit_op(call, sock, uaddr, fexit_ret(ctx));		\
	}

FEXIT_SOCKADDR_OP(inet_stream_connect, CALL_CONNECT)
FEXIT_SOCKADDR_OP(inet_dgram_connect, CALL_CONNECT)
FEXIT_SOCKADDR_OP(inet_bind, CALL_BIND)
FEXIT_SOCKADDR_OP(inet6_bind, CALL_BIND)

/*
 * Whether this accept() asks for the peer's address: the getpeername hook
 * then reports it. That hook runs even for a call that was already waiting
 * in inet_accept when the fexit program was attached, which fexit never
 * sees return (a blocking server idle in accept() at start).
 */
static __always_inline bool accept_wants_peer(struct task_struct *task, __u8 via)
{
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(task);
	__u32 args[2] = {};

	if (via == SW_VIA_SYSCALL)
		return regs->si != 0;
	if (regs->orig_ax == NR32_accept4)
		return regs->cx != 0;
	/* socketcall: its second argument, in the caller's array */
	if (regs->orig_ax != NR32_socketcall || bpf_probe_read_user(args, sizeof(args),
								    (void *)regs->cx))
		return false;
	return args[1] != 0;
}

/* newsock holds the accepted socket once the operation returned 0; an
 * accept without an address buffer is reported here, one with it by the
 * getpeername hook */
SEC("fexit/inet_accept")
int BPF_PROG(handle_fexit_inet_accept, struct socket *sock, struct socket *newsock)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__u8 via = task_via(task, false);

	if ((via == SW_VIA_SYSCALL || via == SW_VIA_SYSCALL32) && accept_wants_peer(task, via))
		return 0;
	return on_fexit_op(CALL_ACCEPT, newsock, NULL, fexit_ret(ctx));
}

/*
 * Each syscall program comes three times: reading files and sockets with
 * plain loads through bpf_rdonly_cast (Linux 6.2+), through probes for
 * older kernels, and the legacy one for 5.10 (above). Userspace loads one
 * of the three.
 */
#define SYS_EXIT_PROGRAMS(name, call)						\
	SEC("tracepoint/syscalls/sys_exit_" #name)				\
	int handle_exit_##name(struct trace_event_raw_sys_exit *ctx)		\
	{									\
		return on_sys_exit(call, ctx->ret, true, false);		\
	}									\
	SEC("tracepoint/syscalls/sys_exit_" #name)				\
	int handle_exit_##name##_probed(struct trace_event_raw_sys_exit *ctx)	\
	{									\
		return on_sys_exit(call, ctx->ret, false, false);		\
	}									\
	SEC("tracepoint/syscalls/sys_exit_" #name)				\
	int handle_exit_##name##_legacy(struct trace_event_raw_sys_exit *ctx)	\
	{									\
		return on_sys_exit(call, ctx->ret, false, true);		\
	}

SYS_EXIT_PROGRAMS(connect, CALL_CONNECT)
SYS_EXIT_PROGRAMS(bind, CALL_BIND)
SYS_EXIT_PROGRAMS(accept, CALL_ACCEPT)
SYS_EXIT_PROGRAMS(accept4, CALL_ACCEPT)

/* 5.10: keep connect's and bind's arguments for their exit. */
#define SYS_ENTER_LEGACY(name)							\
	SEC("tracepoint/syscalls/sys_enter_" #name)				\
	int handle_enter_##name##_legacy(struct trace_event_raw_sys_enter *ctx)	\
	{									\
		__u64 id = bpf_get_current_pid_tgid();				\
		struct call_args args = {					\
			.fd = (long)ctx->args[0],				\
			.uaddr = (const void *)ctx->args[1],			\
		};								\
										\
		bpf_map_update_elem(&legacy_args, &id, &args, BPF_ANY);		\
		return 0;							\
	}

SYS_ENTER_LEGACY(connect)
SYS_ENTER_LEGACY(bind)

/* e, a close the kernel finished on sk while it is still held: out when
 * its last holder lets go (sock_release), or after SW_HELD_CLOSE_NS. */
static __always_inline void hold_close(struct sock *sk, struct sw_event *e)
{
	struct sw_held_close n = {};
	__u64 key = (__u64)sk;
	struct sw_held_close *h;

	if (!held_closes_used)
		held_closes_used = 1;
	__builtin_memcpy(&n.e, e, sizeof(n.e));
	n.since_ns = bpf_ktime_get_ns();
	n.wanted = event_wanted(e);
	/* stored at the first try unless the socket has one waiting already
	 * (then no lookup on every held close) */
	if (!bpf_map_update_elem(&held_closes, &key, &n, BPF_NOEXIST)) {
		__sync_fetch_and_add(&held_live, 1);
		return;
	}
	h = bpf_map_lookup_elem(&held_closes, &key);
	if (h) {
		/* an earlier close of it (connected again, refused again) */
		__u32 wanted = h->wanted;

		__builtin_memcpy(&n.e, &h->e, sizeof(n.e));
		if (!bpf_map_delete_elem(&held_closes, &key)) {
			__sync_fetch_and_add(&held_live, -1);
			if (wanted)
				emit(&n.e);
		}
		__builtin_memcpy(&n.e, e, sizeof(n.e));
		if (!bpf_map_update_elem(&held_closes, &key, &n, BPF_NOEXIST)) {
			__sync_fetch_and_add(&held_live, 1);
			return;
		}
	}
	/* a full map: reported now, as the kernel's */
	emit(e);
}

/*
 * Whether no program reports this SYN's connect as its call returns, so
 * the handshake's end must. io_uring's completion reports its own; a
 * native connect() its trace event or fexit; a 32-bit one only fexit (the
 * hooks' pending op gives way to the handshake). A SYN sent by
 * sendto/sendmsg(MSG_FASTOPEN) (dnsmasq forwarding over TCP) has no
 * connect() at all: it never passes inet_stream_connect either.
 */
static __always_inline bool connect_untraced(struct task_struct *task, __u8 via, bool legacy)
{
	struct pt_regs *regs;

	if (legacy || (via != SW_VIA_SYSCALL && via != SW_VIA_SYSCALL32))
		return false;
	regs = (struct pt_regs *)bpf_task_pt_regs(task);
	if (via == SW_VIA_SYSCALL)
		return regs->orig_ax != NR_connect;
	return !fexit_calls ||
	       !(regs->orig_ax == NR32_connect ||
		 (regs->orig_ax == NR32_socketcall && regs->bx == SYS_CONNECT));
}

static __always_inline int on_set_state(struct sock *sk, int oldstate, int newstate,
					bool legacy)
{
	struct sw_event e = {};
	__u64 key = (__u64)sk;
	struct owner *o;
	bool hold = false;

	if (sk->sk_protocol != IPPROTO_TCP)
		return 0;
	e.family = sk->__sk_common.skc_family;
	if (filter_family && e.family != filter_family)
		return 0;
	if (oldstate == TCP_LISTEN && newstate == TCP_CLOSE)
		flush_pending_listen(sk, legacy); /* its listen first, if it waits */
	if (newstate == TCP_SYN_SENT) {
		/* Inside connect(), in the caller's context: the owner of an
		 * outbound connection, for its close (and, for a 32-bit
		 * connect, for the connect event itself). */
		struct task_struct *task = current_task(legacy);
		bool untraced;

		if (!kind_wanted((1u << SW_CLOSE) | (1u << SW_CONNECT)) || !task_wanted(task, legacy))
			return 0;
		fill_task(&e, task, legacy);
		untraced = connect_untraced(task, e.via, legacy);
		if (untraced && e.via == SW_VIA_SYSCALL32 && !fexit_calls)
			pending_done(sk); /* reported when the handshake ends */
		if (kind_wanted(1u << SW_CLOSE) || untraced)
			remember_owner(sk, &e, SW_ROLE_OUTBOUND, untraced);
		return 0;
	} else if (oldstate == TCP_SYN_SENT && connect_pending_used &&
		   (o = bpf_map_lookup_elem(&owners, &key)) &&
		   (o->flags & OWNER_CONNECT_PENDING)) {
		/* the end of a handshake whose connect() nobody traced */
		struct sw_event c = {
			.kind = SW_CONNECT, .role = SW_ROLE_OUTBOUND, .proto = IPPROTO_TCP,
			.family = e.family,
		};

		o->flags &= ~OWNER_CONNECT_PENDING;
		owner_to_event(o, &c);
		c.result = newstate == TCP_CLOSE ? -sk->sk_err : 0;
		c.netns = sock_netns(sk, true);
		read_local(sk, &c, true);
		read_remote(sk, &c, true);
		if (kind_wanted(1u << SW_CONNECT))
			emit(&c);
		if (newstate != TCP_CLOSE)
			return 0;
		if (!kind_wanted(1u << SW_CLOSE)) {
			bpf_map_delete_elem(&owners, &key);
			return 0;
		}
	}
	if (newstate == TCP_SYN_SENT) {
		return 0;
	} else if (newstate == TCP_LISTEN) {
		/* listen() runs in the caller's context */
		struct task_struct *task = current_task(legacy);

		if (!task_wanted(task, legacy))
			return 0;
		e.kind = SW_LISTEN;
		e.role = SW_ROLE_LISTENER;
		fill_task(&e, task, legacy);
		if (kind_wanted(1u << SW_CLOSE))
			remember_owner(sk, &e, SW_ROLE_LISTENER, false);
		if (!kind_wanted(1u << SW_LISTEN))
			return 0;
	} else if (newstate == TCP_CLOSE && oldstate != TCP_CLOSE) {
		if (!kind_wanted(1u << SW_CLOSE))
			return 0;
		e.kind = SW_CLOSE;
		o = bpf_map_lookup_elem(&owners, &key);
		if (o) {
			owner_to_event(o, &e);
			/* closed by the process: its path; by the kernel alone
			 * (a reset, a timeout) while still open: none, unless
			 * the process lets go of it soon (held_close) */
			if (!(o->flags & OWNER_CLOSED)) {
				e.via = SW_VIA_NONE;
				hold = !legacy && sk->sk_socket;
			}
			bpf_map_delete_elem(&owners, &key);
		} else {
			/* opened before we started: the socket still knows its uid */
			e.uid = sk->sk_uid.val;
			if (oldstate == TCP_LISTEN)
				e.role = SW_ROLE_LISTENER;
		}
		e.result = -sk->sk_err;
	} else {
		return 0;
	}
	e.proto = IPPROTO_TCP;
	e.netns = sock_netns(sk, true);
	if (e.kind == SW_LISTEN && !sk->__sk_common.skc_num) {
		/* never bound: the port is picked just after this */
		struct pending_listen_v n = {}, *p;

		read_local(sk, &e, true);
		__builtin_memcpy(&n.e, &e, sizeof(n.e));
		if (bpf_map_update_elem(&pending_listen, &key, &n, BPF_ANY)) {
			count_map_full();
			return 0;
		}
		if (legacy)
			return 0; /* no timers before 5.15: the other flushes */
		p = bpf_map_lookup_elem(&pending_listen, &key);
		if (!p)
			return 0;
		bpf_timer_init(&p->timer, &pending_listen, CLOCK_MONOTONIC);
		bpf_timer_set_callback(&p->timer, pending_listen_timer);
		bpf_timer_start(&p->timer, LISTEN_STEP_NS, 0);
		return 0;
	}
	read_local(sk, &e, true);
	read_remote(sk, &e, true);
	if (hold)
		hold_close(sk, &e);
	else
		emit(&e);
	return 0;
}

/*
 * The kernel does not run a tracing program on a CPU where it is already
 * running (its recursion guard, counted as a "miss"). A state change made
 * in a softirq that interrupts handle_set_state in process context (a
 * loopback peer's FIN and the ACK that ends the connection, taken while a
 * listener closes) would be lost. A second program on the same tracepoint,
 * the understudy, takes exactly those: it acts only while the first runs
 * on its CPU and has not finished this very change (on a kernel without
 * the guard the nested first run has, and it stands aside).
 */
struct set_state_cpu {
	__u32 depth;        /* handle_set_state runs on this CPU */
	__u32 understudy;   /* the understudy runs on this CPU */
	__u64 done_sk;      /* the change handle_set_state last finished */
	__u32 done_states;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct set_state_cpu);
} set_state_cpus SEC(".maps");

/* The first program's runs the understudy took over, and the understudy's
 * runs the first took (it, too, is skipped when interrupted): userspace
 * subtracts them from the kernel's miss counts, so a loss is counted once
 * and a rescue never. */
__u64 set_state_rescued = 0;
__u64 set_state_covered = 0;

static __always_inline int set_state_first(struct sock *sk, int oldstate, int newstate,
					   bool legacy)
{
	__u32 zero = 0;
	struct set_state_cpu *c = bpf_map_lookup_elem(&set_state_cpus, &zero);

	if (!c)
		return on_set_state(sk, oldstate, newstate, legacy);
	if (c->understudy)
		__sync_fetch_and_add(&set_state_covered, 1);
	c->done_sk = 0;
	c->depth++;
	on_set_state(sk, oldstate, newstate, legacy);
	c->depth--;
	c->done_sk = (__u64)sk;
	c->done_states = (__u32)oldstate << 8 | (__u32)newstate;
	return 0;
}

static __always_inline int set_state_understudy(struct sock *sk, int oldstate, int newstate,
						bool legacy)
{
	__u32 zero = 0;
	struct set_state_cpu *c = bpf_map_lookup_elem(&set_state_cpus, &zero);

	if (!c)
		return 0;
	/* marked at once: the kernel skips an understudy interrupted anywhere
	 * in it (in the lookup above, the one window left, such a skip would
	 * be counted as a loss it was not: the safe side) */
	c->understudy++;
	if (c->depth && (c->done_sk != (__u64)sk ||
			 c->done_states != ((__u32)oldstate << 8 | (__u32)newstate))) {
		__sync_fetch_and_add(&set_state_rescued, 1);
		on_set_state(sk, oldstate, newstate, legacy);
	}
	c->understudy--;
	return 0;
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(handle_set_state, struct sock *sk, int oldstate, int newstate)
{
	return set_state_first(sk, oldstate, newstate, false);
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(handle_set_state_understudy, struct sock *sk, int oldstate, int newstate)
{
	return set_state_understudy(sk, oldstate, newstate, false);
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(handle_set_state_legacy, struct sock *sk, int oldstate, int newstate)
{
	return set_state_first(sk, oldstate, newstate, true);
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(handle_set_state_legacy_understudy, struct sock *sk, int oldstate, int newstate)
{
	return set_state_understudy(sk, oldstate, newstate, true);
}

/* An address: where an unconnected UDP client first sent (its close is
 * labeled by that service), or what an io_uring bind asked for. */

/* The address each io_uring bind asked for, kept by the bind hook: a
 * failed one leaves nothing in its socket, and the request's own copy is
 * recycled before it completes. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct udp_peer);
} uring_binds SEC(".maps");

/* The socket of a file the fixed-file table holds (file_ptr: a file
 * pointer with FFS_* flags in its low bits). */
static __always_inline struct sock *sock_of_file_ptr(unsigned long file_ptr)
{
	struct file *file = (struct file *)(file_ptr & ~7UL);
	struct socket *sock;

	if (!file || (BPF_CORE_READ(file, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return NULL;
	sock = BPF_CORE_READ(file, private_data);
	return BPF_CORE_READ(sock, sk);
}

/*
 * The socket an io_uring accept made: behind the descriptor it returned,
 * or, for a direct accept, in the ring's fixed-file table (its result is
 * then the slot it chose, or 0 for the slot it asked for).
 */
static __always_inline struct sock *uring_accepted(struct task_struct *task,
						   struct io_kiocb *req, int res)
{
	struct io_ring_ctx *ctx;
	unsigned long ptr = 0;
	__u32 slot = 0;

	if (bpf_core_field_exists(struct io_accept, file_slot) &&
	    bpf_core_field_exists(struct io_kiocb, ctx))
		slot = BPF_CORE_READ((struct io_accept *)req, file_slot);
	if (!slot)
		return sock_from_fd(task, res, false, false);
	slot = slot == ~0U ? (__u32)res : slot - 1;
	ctx = BPF_CORE_READ(req, ctx);
	/* every field checked: a layout this code does not know leaves the
	 * accept unreported rather than the program unloadable */
	if (bpf_core_field_exists(struct io_file_table, data) &&
	    bpf_core_field_exists(struct io_rsrc_data, nodes) &&
	    bpf_core_field_exists(struct io_rsrc_data, nr) &&
	    bpf_core_field_exists(struct io_rsrc_node, file_ptr)) {
		/* 6.13 on: resource nodes */
		struct io_rsrc_node **nodes = BPF_CORE_READ(ctx, file_table.data.nodes);
		struct io_rsrc_node *node = NULL;

		if (slot >= BPF_CORE_READ(ctx, file_table.data.nr))
			return NULL;
		bpf_probe_read_kernel(&node, sizeof(node), &nodes[slot]);
		ptr = BPF_CORE_READ(node, file_ptr);
	} else if (bpf_core_field_exists(struct io_file_table___files, files)) {
		struct io_ring_ctx___files *octx = (void *)ctx;
		unsigned long *files = BPF_CORE_READ(octx, file_table.files);

		if (bpf_core_field_exists(octx->nr_user_files) &&
		    slot >= BPF_CORE_READ(octx, nr_user_files))
			return NULL;
		bpf_probe_read_kernel(&ptr, sizeof(ptr), &files[slot]);
	}
	return sock_of_file_ptr(ptr);
}

/*
 * io_uring requests, as they complete: bind, connect and accept never pass
 * the syscall trace events. "current" is a thread of the ring's owner (the
 * submitter, an io-wq worker or the SQPOLL thread); all share its files.
 * listen and close reach the state tracepoint and sock_release like any
 * other.
 */
SEC("tracepoint/io_uring/io_uring_complete")
int handle_io_uring_complete(struct trace_event_raw_io_uring_complete *ctx)
{
	struct io_kiocb *req = ctx->req;
	struct task_struct *task;
	struct sw_event e = {};
	struct sock *sk;
	__u8 op = BPF_CORE_READ(req, opcode);
	int res = ctx->res;

	if (op == bpf_core_enum_value(enum io_uring_op, IORING_OP_ACCEPT)) {
		if (res < 0)
			return 0; /* as for accept(): EAGAIN is not an event */
		task = bpf_get_current_task_btf();
		if (!task_wanted(task, false))
			return 0;
		sk = uring_accepted(task, req, res);
		if (!sk || !inet_sock_kind(sk, &e.family, &e.proto, false))
			return 0;
		e.netns = sock_netns(sk, false);
		e.via = SW_VIA_IO_URING;
		exit_accept(task, sk, &e, false, false);
		return 0;
	}
	if (op != bpf_core_enum_value(enum io_uring_op, IORING_OP_CONNECT) &&
	    !(bpf_core_enum_value_exists(enum io_uring_op, IORING_OP_BIND) &&
	      op == bpf_core_enum_value(enum io_uring_op, IORING_OP_BIND)))
		return 0;
	task = bpf_get_current_task_btf();
	if (!task_wanted(task, false))
		return 0;
	sk = BPF_CORE_READ(req, file, private_data);
	if (!sk)
		return 0;
	sk = BPF_CORE_READ((struct socket *)sk, sk);
	if (!sk || !inet_sock_kind(sk, &e.family, &e.proto, false))
		return 0;
	e.netns = sock_netns(sk, false);
	e.via = SW_VIA_IO_URING;
	e.result = res;
	if (op == bpf_core_enum_value(enum io_uring_op, IORING_OP_CONNECT)) {
		/* the request completes with the handshake's outcome; a
		 * failed one leaves the peer in the socket, unless the kernel
		 * cleared it before sending anything */
		e.kind = SW_CONNECT;
		e.role = connect_role(sk, e.proto);
		read_remote(sk, &e, false);
		if (!e.rport && !res) {
			/* AF_UNSPEC: a disconnect (see exit_connect) */
			if (e.proto == IPPROTO_UDP && udp_assoc_take(sk, &e))
				udp_assoc_close(sk, &e, task, SW_VIA_IO_URING, false);
			return 0;
		}
		read_local(sk, &e, false);
	} else {
		e.kind = SW_BIND;
		e.role = SW_ROLE_LISTENER;
		read_local(sk, &e, false);
		if (res == 0 &&
		    !(BPF_CORE_READ_BITFIELD_PROBED(sk, sk_userlocks) & SOCK_BINDPORT_LOCK))
			e.flags |= SW_F_AUTO_PORT;
		/* failed: the socket holds nothing; the bind hook kept what
		 * the request asked for */
		if (res < 0) {
			__u64 key = (__u64)sk;
			struct udp_peer *req_addr = bpf_map_lookup_elem(&uring_binds, &key);

			if (req_addr) {
				__builtin_memcpy(e.laddr, req_addr->addr, SW_ADDR_LEN);
				e.lport = req_addr->port;
				if (!e.lport)
					e.flags |= SW_F_AUTO_PORT;
			}
		}
		{
			__u64 key = (__u64)sk;

			bpf_map_delete_elem(&uring_binds, &key);
		}
	}
	fill_task_via(&e, task, SW_VIA_IO_URING, false);
	emit(&e);
	if (e.kind == SW_CONNECT)
		udp_note_assoc(sk, &e, false);
	return 0;
}

/*
 * The cgroup socket hooks, attached at the root of the cgroup v2 tree. They
 * run for every socket of the host whatever path made the call, in the
 * caller's context, and cost nothing to processes that make no socket
 * call. They must return 1: the operation is always allowed.
 */
static __always_inline struct task_struct *hook_task(__u8 *via)
{
	struct task_struct *task = bpf_get_current_task_btf();

	*via = task_via(task, false);
	return task;
}

/*
 * The kernel struct sock behind a hook's bpf_sock, for the probe-reading
 * readers above. The verifier allows no arithmetic on a socket pointer, so
 * its value is copied out as a plain number first.
 */
static __always_inline struct sock *hook_sk(const void *ctx_sk)
{
	__u64 v = 0;

	bpf_probe_read_kernel(&v, sizeof(v), &ctx_sk);
	return (struct sock *)v;
}

static __always_inline bool hook_sock_kind(struct bpf_sock *bsk, struct sw_event *e)
{
	__u32 fam = bsk->family, pr = bsk->protocol;

	if ((fam != AF_INET && fam != AF_INET6) || (pr != IPPROTO_TCP && pr != IPPROTO_UDP))
		return false;
	if ((filter_family && fam != filter_family) || (filter_proto && pr != filter_proto))
		return false;
	e->family = fam;
	e->proto = pr;
	return true;
}

/* 32-bit bind: after the kernel assigned the port. (Native binds and
 * io_uring's are reported with their result elsewhere; a failed 32-bit
 * bind is reported from its pending entry.) */
static __always_inline int on_post_bind(struct bpf_sock *ctx)
{
	struct sw_event e = {};
	struct task_struct *task;
	struct sock *sk = hook_sk(ctx);

	if (fexit_calls)
		return 1; /* fexit reported it */
	task = hook_task(&e.via);
	if (e.via != SW_VIA_SYSCALL32 || !task_wanted(task, false) || !hook_sock_kind(ctx, &e))
		return 1;
	pending_done(sk);
	e.kind = SW_BIND;
	e.role = SW_ROLE_LISTENER;
	e.netns = sock_netns(sk, false);
	read_local(sk, &e, false);
	if (!(BPF_CORE_READ_BITFIELD_PROBED(sk, sk_userlocks) & SOCK_BINDPORT_LOCK))
		e.flags |= SW_F_AUTO_PORT;
	fill_task_via(&e, task, e.via, false);
	emit(&e);
	return 1;
}

SEC("cgroup/post_bind4")
int handle_post_bind4(struct bpf_sock *ctx)
{
	return on_post_bind(ctx);
}

SEC("cgroup/post_bind6")
int handle_post_bind6(struct bpf_sock *ctx)
{
	return on_post_bind(ctx);
}

/* The address a bind or connect hook's caller asked for, as the socket
 * will show it (a v4 address on a v6 socket v4-mapped). */
static __always_inline void hook_addr(struct bpf_sock_addr *ctx, bool v6, __u8 family,
				      __u8 addr[SW_ADDR_LEN], __u16 *port)
{
	*port = __builtin_bswap16((__u16)ctx->user_port);
	if (v6) {
		__u32 *a = (__u32 *)addr;

		a[0] = ctx->user_ip6[0];
		a[1] = ctx->user_ip6[1];
		a[2] = ctx->user_ip6[2];
		a[3] = ctx->user_ip6[3];
	} else if (family == AF_INET6) {
		addr[10] = addr[11] = 0xff;
		*(__u32 *)&addr[12] = ctx->user_ip4;
	} else {
		*(__u32 *)addr = ctx->user_ip4;
	}
}

/* Wait for the outcome of p (a 32-bit call by task on sk): see pending_op. */
static __always_inline void pend(struct sock *sk, struct pending_op *p, struct task_struct *task)
{
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(task);
	struct pending_ref ref, *prev;
	__u32 tid = task->pid;
	__u64 key = (__u64)sk;
	struct pending_op *v;

	prev = bpf_map_lookup_elem(&pending_by_thread, &tid);
	if (prev && prev->sk != key)
		settle_now(prev->sk, prev->seq);
	p->sk = key;
	p->seq = __sync_fetch_and_add(&pending_seq, 1) + 1;
	bpf_probe_read_kernel(&p->regs, sizeof(p->regs), &regs);
	p->nr = regs->orig_ax;
	p->bx = regs->bx; /* the socket, or socketcall's call number */
	p->cx = regs->cx; /* its address, or socketcall's arguments */
	if (bpf_map_update_elem(&pending_ops, &key, p, BPF_ANY)) {
		count_map_full(); /* this one goes unseen, and is counted */
		return;
	}
	__sync_fetch_and_add(&held_live, 1);
	ref.sk = key;
	ref.seq = p->seq;
	bpf_map_update_elem(&pending_by_thread, &tid, &ref, BPF_ANY);
	v = bpf_map_lookup_elem(&pending_ops, &key);
	if (!v)
		return;
	bpf_timer_init(&v->timer, &pending_ops, CLOCK_MONOTONIC);
	bpf_timer_set_callback(&v->timer, pending_timer);
	bpf_timer_start(&v->timer, 0, 0);
}

/*
 * 32-bit bind, before the kernel binds: the request, held until its
 * outcome is known (pending_op). The error it would fail with, judged as
 * the kernel checks: a socket bound already (EINVAL), a privileged port
 * without CAP_NET_BIND_SERVICE (EACCES), else a port in use (EADDRINUSE).
 */
static __always_inline int on_bind(struct bpf_sock_addr *ctx, bool v6)
{
	struct pending_op p = { .op = PENDING_BIND };
	struct task_struct *task;
	struct bpf_sock *bsk = ctx->sk;
	struct sock *sk = hook_sk(bsk);

	task = hook_task(&p.e.via);
	if ((p.e.via != SW_VIA_SYSCALL32 && p.e.via != SW_VIA_IO_URING) ||
	    !task_wanted(task, false) || !hook_sock_kind(bsk, &p.e))
		return 1;
	if (p.e.via == SW_VIA_IO_URING) {
		/* its completion reports it; a failed one, from this */
		struct udp_peer req = {};
		__u64 key = (__u64)sk;

		hook_addr(ctx, v6, p.e.family, req.addr, &req.port);
		bpf_map_update_elem(&uring_binds, &key, &req, BPF_ANY);
		return 1;
	}
	if (fexit_calls)
		return 1; /* fexit reports it, with its result */
	settle_now((__u64)sk, 0); /* an earlier call on it, over */
	p.e.kind = SW_BIND;
	p.e.role = SW_ROLE_LISTENER;
	hook_addr(ctx, v6, p.e.family, p.e.laddr, &p.e.lport);
	if (!p.e.lport)
		p.e.flags |= SW_F_AUTO_PORT;
	p.e.netns = sock_netns(sk, false);
	p.guess = -EADDRINUSE;
	if (BPF_CORE_READ(sk, __sk_common.skc_num) ||
	    BPF_CORE_READ(sk, __sk_common.skc_state) != TCP_CLOSE) {
		p.guess = -EINVAL;
	} else if (p.e.lport && bpf_core_field_exists(struct netns_ipv4, sysctl_ip_prot_sock)) {
		int prot = BPF_CORE_READ(sk, __sk_common.skc_net.net, ipv4.sysctl_ip_prot_sock);
		__u32 caps = 0;

		bpf_probe_read_kernel(&caps, sizeof(caps), &task->cred->cap_effective);
		if (p.e.lport < prot && !(caps & (1u << CAP_NET_BIND_SERVICE)))
			p.guess = -EACCES;
	}
	fill_task_via(&p.e, task, p.e.via, false);
	pend(sk, &p, task);
	return 1;
}

SEC("cgroup/bind4")
int handle_bind4(struct bpf_sock_addr *ctx)
{
	return on_bind(ctx, false);
}

SEC("cgroup/bind6")
int handle_bind6(struct bpf_sock_addr *ctx)
{
	return on_bind(ctx, true);
}

/*
 * 32-bit connect, before the kernel connects: the destination is the
 * caller's. Held until its outcome is known (pending_op): a UDP socket
 * not yet bound gets its port just after this; a TCP connect that sends
 * its SYN is reported when its handshake ends, one that fails before
 * (no route, connected already) from here.
 */
static __always_inline int on_connect(struct bpf_sock_addr *ctx, bool v6)
{
	struct pending_op p = { .op = PENDING_CONNECT };
	struct task_struct *task;
	struct bpf_sock *bsk = ctx->sk;
	struct sock *sk = hook_sk(bsk);
	__u8 state;

	if (fexit_calls)
		return 1; /* fexit reports it, with its result */
	task = hook_task(&p.e.via);
	if (p.e.via != SW_VIA_SYSCALL32 || !task_wanted(task, false) ||
	    !hook_sock_kind(bsk, &p.e))
		return 1;
	settle_now((__u64)sk, 0);
	if (p.e.proto == IPPROTO_UDP) {
		/* a 32-bit disconnect runs no hook: its close, now */
		struct sw_event c;

		if (udp_assoc_take(sk, &c))
			udp_assoc_close(sk, &c, task, p.e.via, false);
	}
	p.e.kind = SW_CONNECT;
	p.e.role = connect_role(sk, p.e.proto);
	hook_addr(ctx, v6, p.e.family, p.e.raddr, &p.e.rport);
	p.e.netns = sock_netns(sk, false);
	read_local(sk, &p.e, false);
	state = BPF_CORE_READ(sk, __sk_common.skc_state);
	p.guess = -ENETUNREACH;
	if (p.e.proto == IPPROTO_TCP && state == TCP_SYN_SENT)
		p.guess = -EALREADY;
	else if (p.e.proto == IPPROTO_TCP && state != TCP_CLOSE)
		p.guess = -EISCONN;
	fill_task_via(&p.e, task, p.e.via, false);
	pend(sk, &p, task);
	return 1;
}

SEC("cgroup/connect4")
int handle_connect4(struct bpf_sock_addr *ctx)
{
	return on_connect(ctx, false);
}

SEC("cgroup/connect6")
int handle_connect6(struct bpf_sock_addr *ctx)
{
	return on_connect(ctx, true);
}

/*
 * accept() asking for the peer's address runs this hook in the acceptor's
 * context; a getpeername() call is told apart by the syscall number. It
 * reports 32-bit accepts, and native ones too where fexit is loaded
 * (accept_wants_peer). (Without fexit, a 32-bit accept that passes no
 * address buffer is not seen.)
 */
static __always_inline int on_getpeername(struct bpf_sock_addr *ctx)
{
	struct sw_event e = {};
	struct task_struct *task;
	struct pt_regs *regs;
	struct bpf_sock *bsk = ctx->sk;
	struct sock *sk = hook_sk(bsk);
	unsigned long nr;

	task = hook_task(&e.via);
	if (e.via != SW_VIA_SYSCALL32 && !(fexit_calls && e.via == SW_VIA_SYSCALL))
		return 1;
	regs = (struct pt_regs *)bpf_task_pt_regs(task);
	nr = regs->orig_ax;
	if (e.via == SW_VIA_SYSCALL ? nr != NR_accept && nr != NR_accept4 :
	    nr != NR32_accept4 &&
	    !(nr == NR32_socketcall && (regs->bx == SYS_ACCEPT || regs->bx == SYS_ACCEPT4)))
		return 1;
	if (!task_wanted(task, false) || !hook_sock_kind(bsk, &e))
		return 1;
	e.netns = sock_netns(sk, false);
	exit_accept(task, sk, &e, false, false);
	return 1;
}

SEC("cgroup/getpeername4")
int handle_getpeername4(struct bpf_sock_addr *ctx)
{
	return on_getpeername(ctx);
}

SEC("cgroup/getpeername6")
int handle_getpeername6(struct bpf_sock_addr *ctx)
{
	return on_getpeername(ctx);
}

/* A process asking where its socket listens: the port of an unbound
 * listen() is known by now. */
SEC("cgroup/getsockname4")
int handle_getsockname4(struct bpf_sock_addr *ctx)
{
	flush_pending_listen(hook_sk(ctx->sk), false);
	return 1;
}

SEC("cgroup/getsockname6")
int handle_getsockname6(struct bpf_sock_addr *ctx)
{
	flush_pending_listen(hook_sk(ctx->sk), false);
	return 1;
}

/* Destinations an unconnected UDP socket has sent to, so each is reported
 * once. Keyed by the socket's cookie, which is never reused. */
struct send_key {
	__u64 cookie;
	__u8 addr[SW_ADDR_LEN];
	__u16 port;
	/* the local port: one a disconnect gave back and a later send took
	 * anew is another association, reported anew */
	__u16 lport;
	__u8 _pad[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 65536);
	__type(key, struct send_key);
	__type(value, __u8);
} sent SEC(".maps");


/*
 * Unconnected UDP sendto/sendmsg/sendmmsg, per datagram, after the socket
 * was bound (autobind runs first), so lport is the kernel's. A socket
 * bound to a port it chose is a server answering: labeled by its own port,
 * not by the client's ephemeral one.
 */
static __always_inline int on_sendmsg(struct bpf_sock_addr *ctx, bool v6)
{
	struct send_key key = { .cookie = bpf_get_socket_cookie(ctx) };
	struct sw_event e = {};
	struct task_struct *task;
	struct bpf_sock *bsk = ctx->sk;
	struct sock *sk = hook_sk(bsk);
	__u64 skey = (__u64)sk;
	struct udp_peer *first;
	bool assoc = false, lost = false;
	__u8 one = 1;

	key.port = (__u16)ctx->user_port;
	key.lport = (__u16)bsk->src_port; /* autobind ran before this hook */
	if (v6) {
		__u32 *a = (__u32 *)key.addr;

		a[0] = ctx->user_ip6[0];
		a[1] = ctx->user_ip6[1];
		a[2] = ctx->user_ip6[2];
		a[3] = ctx->user_ip6[3];
	} else {
		*(__u32 *)key.addr = ctx->user_ip4;
	}
	/* A client's first destination is kept in udp_peers, which its close
	 * reads anyway; `sent` holds only further ones (and a server's
	 * replies): one LRU insert per client socket, not two. */
	first = udp_peers_used ? bpf_map_lookup_elem(&udp_peers, &skey) : NULL;
	if (first && (first->connected ? first->ino != sock_ino(sk, false) :
		      first->cookie != key.cookie)) {
		/* an earlier socket's: replaced below. Where releases are
		 * traced, that socket's never ran (udp_peer_stale) */
		if (udp_assocs_on)
			count_release_skip();
		first = NULL;
	} else if (first && first->lport != key.lport) {
		/* the socket let go of the port its entry holds (a
		 * disconnect: a 32-bit one runs no hook, and a native one
		 * after a send took no connect): that association's close
		 * comes below, and this send is the first of a new one */
		lost = true;
		first = NULL;
	} else if (first && first->connected) {
		/* a connect's association, not a first destination: kept
		 * while the socket holds it */
		assoc = true;
		first = NULL;
	}
	if (first) {
		const __u64 *a = (const __u64 *)first->sent_key_addr, *b = (const __u64 *)key.addr;

		if (first->sent_key_port == key.port && a[0] == b[0] && a[1] == b[1])
			return 1;
	}
	if (bpf_map_lookup_elem(&sent, &key))
		return 1;
	task = hook_task(&e.via);
	if (!task_wanted(task, false) || !hook_sock_kind(bsk, &e))
		return 1;
	if (lost) {
		struct sw_event c;

		if (udp_assoc_take(sk, &c))
			udp_assoc_close(sk, &c, task, e.via, false);
	}
	e.kind = SW_SEND;
	e.rport = __builtin_bswap16(key.port);
	if (v6 || e.family == AF_INET) {
		__builtin_memcpy(e.raddr, key.addr, SW_ADDR_LEN);
	} else {
		e.raddr[10] = e.raddr[11] = 0xff;
		*(__u32 *)&e.raddr[12] = ctx->user_ip4;
	}
	e.netns = sock_netns(sk, false);
	read_local(sk, &e, false);
	e.role = BPF_CORE_READ_BITFIELD_PROBED(sk, sk_userlocks) & SOCK_BINDPORT_LOCK ?
		SW_ROLE_LISTENER : SW_ROLE_OUTBOUND;
	if (e.role == SW_ROLE_OUTBOUND && !first && !assoc) {
		struct udp_peer peer = {
			.port = e.rport, .sent_key_port = key.port, .cookie = key.cookie,
			.lport = e.lport, .role = SW_ROLE_OUTBOUND,
		};

		__builtin_memcpy(peer.addr, e.raddr, SW_ADDR_LEN);
		__builtin_memcpy(peer.laddr, e.laddr, SW_ADDR_LEN);
		__builtin_memcpy(peer.sent_key_addr, key.addr, SW_ADDR_LEN);
		if (!udp_peers_used)
			udp_peers_used = 1;
		if (bpf_map_update_elem(&udp_peers, &skey, &peer, BPF_ANY))
			bpf_map_update_elem(&sent, &key, &one, BPF_ANY);
	} else {
		bpf_map_update_elem(&sent, &key, &one, BPF_ANY);
	}
	fill_task_via(&e, task, e.via, false);
	emit(&e);
	return 1;
}

SEC("cgroup/sendmsg4")
int handle_sendmsg4(struct bpf_sock_addr *ctx)
{
	return on_sendmsg(ctx, false);
}

SEC("cgroup/sendmsg6")
int handle_sendmsg6(struct bpf_sock_addr *ctx)
{
	return on_sendmsg(ctx, true);
}

/*
 * The socket's last reference is gone, in the context of whoever dropped
 * it: a fork-per-connection server's child, an io-wq worker, the process
 * itself at exit. A UDP socket that was bound, connected or sent from is
 * closed here. A TCP socket closes when its state reaches CLOSE, often
 * later and in softirq: the closer is recorded as its owner for that.
 */
SEC("cgroup/sock_release")
int handle_sock_release(struct bpf_sock *ctx)
{
	struct sock *sk = hook_sk(ctx);
	struct task_struct *task;
	__u8 peer_addr[SW_ADDR_LEN];
	__u16 peer_port = 0;
	struct sw_event e = {};
	__u64 key = (__u64)sk;
	struct udp_peer *p;
	bool lost = false;

	if (!kind_wanted(1u << SW_CLOSE) || !hook_sock_kind(ctx, &e))
		return 1;
	settle_now((__u64)sk, 0); /* a 32-bit bind or connect of it, over */
	if (e.proto == IPPROTO_UDP && udp_peers_used &&
	    (p = bpf_map_lookup_elem(&udp_peers, &key))) {
		/* taken whoever closes it: the next socket at this address
		 * must not find it (one it let go of is taken below) */
		if (p->connected) {
			/* (the same port: the same socket, no need to ask) */
			if (BPF_CORE_READ(sk, __sk_common.skc_num) != p->lport) {
				lost = p->ino == sock_ino(sk, false);
				if (!lost && udp_assocs_on)
					count_release_skip(); /* udp_peer_stale */
			}
		} else if (p->cookie == bpf_get_socket_cookie(ctx)) {
			/* a first send's: its port given back (a disconnect)
			 * is closed as a connect's is, below */
			lost = BPF_CORE_READ(sk, __sk_common.skc_num) != p->lport;
			peer_port = p->port;
			__builtin_memcpy(peer_addr, p->addr, SW_ADDR_LEN);
		} else if (udp_assocs_on) {
			count_release_skip(); /* udp_peer_stale */
		}
		if (!lost)
			bpf_map_delete_elem(&udp_peers, &key);
	}
	task = hook_task(&e.via);
	/* via none: a kernel thread dropped it (a delayed fput, an io_uring
	 * ring torn down holding it in its file table); a TCP socket's owner
	 * stands, a UDP close is the kernel's, its process unknown */
	if (lost) {
		/* disconnected after a connect, and no traced return saw it:
		 * the port it held went then; this is that socket's close */
		struct sw_event c;

		if (udp_assoc_take(sk, &c) && (e.via == SW_VIA_NONE || task_wanted(task, false)))
			udp_assoc_close(sk, &c, task, e.via, false);
	}
	if (e.via != SW_VIA_NONE && !task_wanted(task, false))
		return 1;
	if (e.proto == IPPROTO_TCP) {
		__u8 state = BPF_CORE_READ(sk, __sk_common.skc_state);
		struct owner *o;
		__u8 pending = 0;

		if (e.via != SW_VIA_NONE && state == TCP_CLOSE && held_closes_used) {
			/* the kernel closed it while held: its closer is this */
			struct sw_held_close *h = bpf_map_lookup_elem(&held_closes, &key);
			__u8 via = e.via;

			if (!h)
				return 1;
			__builtin_memcpy(&e, &h->e, sizeof(e));
			/* userspace may have swept it meanwhile: who deletes it
			 * reports it */
			if (!bpf_map_delete_elem(&held_closes, &key)) {
				__sync_fetch_and_add(&held_live, -1);
				fill_task_via(&e, task, via, false);
				emit(&e);
			}
			return 1;
		}
		if (e.via == SW_VIA_NONE || state == TCP_CLOSE)
			return 1; /* no state change to come: nothing to close */
		fill_task_via(&e, task, e.via, false);
		o = bpf_map_lookup_elem(&owners, &key);
		if (o) {
			/* rewritten in place: an LRU update of a present key
			 * takes a new node and frees the old one; the flags
			 * last, as the state change reads them first */
			pending = o->flags & OWNER_CONNECT_PENDING;
			owner_from_event(o, &e, o->role);
			o->flags = OWNER_CLOSED | pending;
			return 1;
		}
		if (state == TCP_LISTEN)
			e.role = SW_ROLE_LISTENER;
		{
			struct owner n = { .flags = OWNER_CLOSED };

			owner_from_event(&n, &e, e.role);
			bpf_map_update_elem(&owners, &key, &n, BPF_ANY);
		}
		return 1;
	}
	if (!BPF_CORE_READ(sk, __sk_common.skc_num))
		return 1; /* never bound, connected or sent from (or no longer) */
	e.kind = SW_CLOSE;
	e.netns = sock_netns(sk, false);
	read_local(sk, &e, false);
	read_remote(sk, &e, false);
	if (BPF_CORE_READ_BITFIELD_PROBED(sk, sk_userlocks) & SOCK_BINDPORT_LOCK) {
		e.role = SW_ROLE_LISTENER;
	} else if (e.rport) {
		e.role = SW_ROLE_OUTBOUND;
	} else if (peer_port) {
		/* an unconnected client: the service it sent to first */
		e.role = SW_ROLE_OUTBOUND;
		e.rport = peer_port;
		__builtin_memcpy(e.raddr, peer_addr, SW_ADDR_LEN);
	}
	e.result = -BPF_CORE_READ(sk, sk_err);
	if (e.via == SW_VIA_NONE)
		e.uid = BPF_CORE_READ(sk, sk_uid.val);
	else
		fill_task_via(&e, task, e.via, false);
	emit(&e);
	return 1;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
