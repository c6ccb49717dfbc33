// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * sockwatch kernel side: turns socket syscalls and TCP state changes into
 * fixed-size events on one ring buffer.
 *
 *   connect, bind, accept, accept4
 *              syscalls/sys_exit_*: one program per call, as it returns.
 *              The call's arguments are still in the task's saved
 *              registers, its socket already holds the outcome (the port
 *              the kernel chose, the peer of an accepted connection), and
 *              "current" is the caller. So there is no entry program and
 *              no map carrying state from entry to exit.
 *   listen, close
 *              inet_sock_set_state, as a BTF-typed raw tracepoint (tp_btf):
 *              TCP LISTEN (an event), SYN_SENT (inside connect(): the
 *              caller is recorded as the socket's owner), CLOSE (an event,
 *              attributed to the owner recorded earlier, since the final
 *              state change usually runs in softirq where "current" is
 *              whatever task was interrupted).
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
#define S_IFMT 00170000
#define S_IFSOCK 0140000
#define TCP_ESTABLISHED 1
#define TCP_SYN_SENT 2
#define TCP_CLOSE 7
#define TCP_LISTEN 10
#define SOCK_BINDPORT_LOCK 8

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
	char comm[SW_COMM_LEN];
	char pcomm[SW_COMM_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 32768);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct owner);
} owners SEC(".maps");

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
	if (filter_pid &&
	    (__u32)(legacy ? bpf_get_current_pid_tgid() >> 32 : task->tgid) != filter_pid)
		return false;
	if (filter_uid_on && (__u32)bpf_get_current_uid_gid() != filter_uid)
		return false;
	if (filter_comm_on) {
		char comm[SW_COMM_LEN];

		if (legacy)
			bpf_get_current_comm(comm, sizeof(comm));
		else
			__builtin_memcpy(comm, task->comm, sizeof(comm));
		if (!comm_matches(comm))
			return false;
	}
	return true;
}

static __always_inline bool port_wanted(__u8 proto, __u16 port)
{
	int p = proto == IPPROTO_UDP;

	return !filter_ports_on || (filter_ports[p][port >> 3] & (1 << (port & 7)));
}

/* What task_wanted() could not check: close events are attributed from
 * the owners map, not from the current task. */
static __always_inline bool event_wanted(const struct sw_event *e)
{
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

static __always_inline void fill_task(struct sw_event *e, struct task_struct *task, bool legacy)
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
		bpf_get_current_comm(e->comm, sizeof(e->comm));
		BPF_CORE_READ_INTO(&e->pcomm, task, real_parent, comm);
		return;
	}
	e->pid = task->tgid;
	e->tid = task->pid;
	e->ppid = task->real_parent->tgid;
	e->uid = (__u32)bpf_get_current_uid_gid();
	e->cgroup_id = bpf_get_current_cgroup_id();
	e->flags |= SW_F_OWNER_KNOWN;
	e->start = task->group_leader->start_boottime / SW_TICK_NS;
	__builtin_memcpy(e->comm, task->comm, sizeof(e->comm));
	__builtin_memcpy(e->pcomm, task->real_parent->comm, sizeof(e->pcomm));
}

static __always_inline void remember_owner(const struct sock *sk, const struct sw_event *e,
					   __u8 role)
{
	struct owner o = {
		.cgroup_id = e->cgroup_id,
		.pid = e->pid, .tid = e->tid, .ppid = e->ppid, .uid = e->uid,
		.start = e->start, .role = role,
	};
	__u64 key = (__u64)sk;

	__builtin_memcpy(o.comm, e->comm, sizeof(o.comm));
	__builtin_memcpy(o.pcomm, e->pcomm, sizeof(o.pcomm));
	bpf_map_update_elem(&owners, &key, &o, BPF_ANY);
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

static __always_inline __u32 sock_netns(struct sock *sk, bool typed)
{
	if (typed)
		return sk->__sk_common.skc_net.net->ns.inum;
	return BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum);
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
static __always_inline bool read_requested(const void *uaddr, __u8 sock_family,
					   __u8 addr[SW_ADDR_LEN], __u16 *port)
{
	struct user_sockaddr sa;

	/* family, port and a v4 address in one read */
	if (bpf_probe_read_user(&sa, 8, uaddr))
		return false;
	if (sa.family == AF_INET) {
		if (sock_family == AF_INET6) {
			addr[10] = addr[11] = 0xff;
			__builtin_memcpy(&addr[12], sa.v4, 4);
		} else {
			__builtin_memcpy(addr, sa.v4, 4);
		}
	} else if (sa.family == AF_INET6) {
		if (bpf_probe_read_user(sa.v6, 16, uaddr + 8))
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
					 bool typed, bool legacy)
{
	e->kind = SW_CONNECT;
	e->role = SW_ROLE_OUTBOUND;
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
		if (!e->rport)
			return; /* connect(AF_UNSPEC): a disconnect, not a connection */
	} else if (!read_requested(uaddr, e->family, e->raddr, &e->rport)) {
		return;
	}
	read_local(sk, e, typed);
	fill_task(e, task, legacy);
	emit(e);
}

static __always_inline void exit_bind(struct task_struct *task, struct sock *sk,
				      struct sw_event *e, long ret, const void *uaddr,
				      bool typed, bool legacy)
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
		if (!read_requested(uaddr, e->family, e->laddr, &e->lport))
			return;
		if (!e->lport)
			e->flags |= SW_F_AUTO_PORT;
	}
	fill_task(e, task, legacy);
	emit(e);
}

static __always_inline void exit_accept(struct task_struct *task, struct sock *sk,
					struct sw_event *e, bool typed, bool legacy)
{
	e->kind = SW_ACCEPT;
	e->role = SW_ROLE_INBOUND;
	read_local(sk, e, typed);
	read_remote(sk, e, typed);
	fill_task(e, task, legacy);
	/* Already closed (reset while queued): its close has been and gone,
	 * so an owner entry would only linger for a later socket to find. */
	if (kind_wanted(1u << SW_CLOSE) && e->proto == IPPROTO_TCP &&
	    SK_READ(typed, sk, __sk_common.skc_state) != TCP_CLOSE)
		remember_owner(sk, e, SW_ROLE_INBOUND);
	if (kind_wanted(1u << SW_ACCEPT))
		emit(e);
}

enum sw_call { CALL_CONNECT, CALL_BIND, CALL_ACCEPT };

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
	e.netns = sock_netns(sk, typed);
	if (call == CALL_CONNECT)
		exit_connect(task, sk, &e, ret, uaddr, typed, legacy);
	else if (call == CALL_BIND)
		exit_bind(task, sk, &e, ret, uaddr, typed, legacy);
	else
		exit_accept(task, sk, &e, typed, legacy);
	return 0;
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

static __always_inline int on_set_state(struct sock *sk, int oldstate, int newstate,
					bool legacy)
{
	struct sw_event e = {};
	__u64 key = (__u64)sk;
	struct owner *o;

	if (sk->sk_protocol != IPPROTO_TCP)
		return 0;
	e.family = sk->__sk_common.skc_family;
	if (filter_family && e.family != filter_family)
		return 0;
	if (newstate == TCP_SYN_SENT) {
		/* Inside connect(), in the caller's context: the owner of an
		 * outbound connection, for its close. */
		struct task_struct *task = current_task(legacy);

		if (!kind_wanted(1u << SW_CLOSE) || !task_wanted(task, legacy))
			return 0;
		fill_task(&e, task, legacy);
		remember_owner(sk, &e, SW_ROLE_OUTBOUND);
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
			remember_owner(sk, &e, SW_ROLE_LISTENER);
		if (!kind_wanted(1u << SW_LISTEN))
			return 0;
	} else if (newstate == TCP_CLOSE && oldstate != TCP_CLOSE) {
		if (!kind_wanted(1u << SW_CLOSE))
			return 0;
		e.kind = SW_CLOSE;
		o = bpf_map_lookup_elem(&owners, &key);
		if (o) {
			e.pid = o->pid;
			e.tid = o->tid;
			e.ppid = o->ppid;
			e.uid = o->uid;
			e.cgroup_id = o->cgroup_id;
			e.start = o->start;
			e.role = o->role;
			e.flags |= SW_F_OWNER_KNOWN;
			__builtin_memcpy(e.comm, o->comm, sizeof(e.comm));
			__builtin_memcpy(e.pcomm, o->pcomm, sizeof(e.pcomm));
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
	read_local(sk, &e, true);
	read_remote(sk, &e, true);
	emit(&e);
	return 0;
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(handle_set_state, struct sock *sk, int oldstate, int newstate)
{
	return on_set_state(sk, oldstate, newstate, false);
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(handle_set_state_legacy, struct sock *sk, int oldstate, int newstate)
{
	return on_set_state(sk, oldstate, newstate, true);
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
