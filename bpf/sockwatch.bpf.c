// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * sockwatch kernel side: turns socket syscalls and TCP state changes into
 * fixed-size events on one ring buffer.
 *
 *   connect, bind  syscalls/sys_enter_* saves the fd's socket and the
 *                  sockaddr the caller passed; sys_exit_* adds the result
 *                  and emits, so every event carries the call's outcome.
 *   accept         syscalls/sys_exit_accept{,4}: the new fd's socket, in
 *                  the accepting process's context (the TCP handshake
 *                  itself completes in softirq, where "current" is noise).
 *   listen, close  sock/inet_sock_set_state (TCP).  Close usually happens
 *                  in softirq, so its owner comes from the `owners` map
 *                  filled when we saw the socket in process context.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include "sockwatch.h"

#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define EINPROGRESS 115
#define S_IFMT 00170000
#define S_IFSOCK 0140000
#define TCP_LISTEN 10
#define TCP_CLOSE 7
#define TCP_ESTABLISHED 1

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

/* Events lost (ring full, or too many calls in flight), per CPU: loss is
 * counted, never silent. A global, so userspace reads it through libbpf's
 * mmap of .bss: no bpf() syscall, hence no capability, is needed to read
 * it after privileges are dropped. */
__u64 drop_count[SW_MAX_CPUS] = {};

/* A connect()/bind() between syscall entry and exit, by thread. */
struct call {
	__u64 sk;
	__u8 addr[SW_ADDR_LEN]; /* what the caller asked for */
	__u16 port;
	__u16 family;           /* of the sockaddr, not the socket */
	__u8 sock_family;       /* of the socket, known at entry */
	__u8 proto;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8192);
	__type(key, __u64);       /* pid_tgid */
	__type(value, struct call);
} calls SEC(".maps");

/* Who a TCP socket belongs to, so its close can be attributed. LRU: a
 * socket whose close we miss must not pin an entry forever. */
struct owner {
	__u64 cgroup_id;
	__u32 pid, tid, ppid, uid;
	__u8 role;
	char comm[SW_COMM_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 32768);
	__type(key, __u64);       /* struct sock * */
	__type(value, struct owner);
} owners SEC(".maps");

static __always_inline bool kind_wanted(__u32 kinds)
{
	return !filter_kinds || (filter_kinds & kinds);
}

/* Cheap checks on the current task, done before any other work. */
static __always_inline bool task_wanted(void)
{
	if (filter_pid && (bpf_get_current_pid_tgid() >> 32) != filter_pid)
		return false;
	if (filter_uid_on && (__u32)bpf_get_current_uid_gid() != filter_uid)
		return false;
	if (filter_comm_on) {
		char comm[SW_COMM_LEN];
		bpf_get_current_comm(comm, sizeof(comm));
		for (int i = 0; i < SW_COMM_LEN; i++) {
			if (comm[i] != filter_comm[i])
				return false;
			if (!comm[i])
				break;
		}
	}
	return true;
}

static __always_inline bool port_wanted(__u8 proto, __u16 port)
{
	int p = proto == IPPROTO_UDP;

	return !filter_ports_on || (filter_ports[p][port >> 3] & (1 << (port & 7)));
}

static __always_inline bool event_wanted(const struct sw_event *e)
{
	if (filter_pid && e->pid != filter_pid)
		return false;
	if (filter_uid_on && e->uid != filter_uid)
		return false;
	if (filter_comm_on) {
		for (int i = 0; i < SW_COMM_LEN; i++) {
			if (e->comm[i] != filter_comm[i])
				return false;
			if (!e->comm[i])
				break;
		}
	}
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

static __always_inline void fill_task(struct sw_event *e)
{
	struct task_struct *task = (void *)bpf_get_current_task();
	__u64 id = bpf_get_current_pid_tgid();

	e->pid = id >> 32;
	e->tid = (__u32)id;
	e->ppid = BPF_CORE_READ(task, real_parent, tgid);
	e->uid = (__u32)bpf_get_current_uid_gid();
	e->cgroup_id = bpf_get_current_cgroup_id();
	e->flags |= SW_F_OWNER_KNOWN;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
}

static __always_inline void remember_owner(struct sock *sk, const struct sw_event *e,
					   __u8 role)
{
	struct owner o = {
		.cgroup_id = e->cgroup_id,
		.pid = e->pid, .tid = e->tid, .ppid = e->ppid, .uid = e->uid,
		.role = role,
	};
	__u64 key = (__u64)sk;

	__builtin_memcpy(o.comm, e->comm, sizeof(o.comm));
	bpf_map_update_elem(&owners, &key, &o, BPF_ANY);
}

/* The socket behind a file descriptor of the current task, or NULL. */
static __always_inline struct sock *sock_from_fd(int fd)
{
	struct task_struct *task = (void *)bpf_get_current_task();
	struct fdtable *fdt = BPF_CORE_READ(task, files, fdt);
	struct file **fds, *file = NULL;
	struct socket *sock;

	if (fd < 0 || (unsigned int)fd >= BPF_CORE_READ(fdt, max_fds))
		return NULL;
	fds = BPF_CORE_READ(fdt, fd);
	bpf_probe_read_kernel(&file, sizeof(file), &fds[fd]);
	if (!file)
		return NULL;
	if ((BPF_CORE_READ(file, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return NULL;
	sock = BPF_CORE_READ(file, private_data);
	return BPF_CORE_READ(sock, sk);
}

/* Family and protocol of an INET TCP/UDP socket; false for anything else. */
static __always_inline bool inet_sock_kind(struct sock *sk, __u8 *family, __u8 *proto)
{
	__u16 fam = BPF_CORE_READ(sk, __sk_common.skc_family);
	__u16 pr = BPF_CORE_READ(sk, sk_protocol);

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

static __always_inline void read_local(struct sock *sk, struct sw_event *e)
{
	e->lport = BPF_CORE_READ(sk, __sk_common.skc_num);
	if (e->family == AF_INET)
		BPF_CORE_READ_INTO((__u32 *)e->laddr, sk, __sk_common.skc_rcv_saddr);
	else
		bpf_core_read(e->laddr, SW_ADDR_LEN, &sk->__sk_common.skc_v6_rcv_saddr);
}

static __always_inline void read_remote(struct sock *sk, struct sw_event *e)
{
	e->rport = __builtin_bswap16(BPF_CORE_READ(sk, __sk_common.skc_dport));
	if (e->family == AF_INET)
		BPF_CORE_READ_INTO((__u32 *)e->raddr, sk, __sk_common.skc_daddr);
	else
		bpf_core_read(e->raddr, SW_ADDR_LEN, &sk->__sk_common.skc_v6_daddr);
}

static __always_inline __u32 sock_netns(struct sock *sk)
{
	return BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum);
}

/* sockaddr_in / sockaddr_in6, as far as we read them. */
struct user_sockaddr {
	__u16 family;
	__u16 port;          /* network order */
	union {
		__u8 v4[4];
		struct {
			__u32 flowinfo;
			__u8 addr[16];
		} v6;
	};
};

static __always_inline int enter_call(__u32 kinds, int fd, const void *uaddr)
{
	struct user_sockaddr sa = {};
	struct call c = {};
	__u8 family, proto;
	struct sock *sk;
	__u64 id;

	if (!kind_wanted(kinds) || !task_wanted())
		return 0;
	/* The address family first: one read turns away the AF_UNIX and
	 * AF_NETLINK traffic that dominates most hosts, before the dozen
	 * reads that walk from the fd to its socket. */
	if (bpf_probe_read_user(&sa, sizeof(sa.family), uaddr) ||
	    (sa.family != AF_INET && sa.family != AF_INET6))
		return 0; /* AF_UNSPEC too: a UDP disconnect, not a connection */
	sk = sock_from_fd(fd);
	if (!sk || !inet_sock_kind(sk, &family, &proto))
		return 0;
	if (sa.family == AF_INET) {
		bpf_probe_read_user(&sa, 8, uaddr);
		if (family == AF_INET6) {
			/* a v4 address on a v6 UDP socket: show it v4-mapped */
			c.addr[10] = c.addr[11] = 0xff;
			__builtin_memcpy(&c.addr[12], sa.v4, 4);
		} else {
			__builtin_memcpy(c.addr, sa.v4, 4);
		}
	} else {
		bpf_probe_read_user(&sa, sizeof(sa), uaddr);
		__builtin_memcpy(c.addr, sa.v6.addr, 16);
	}
	c.port = __builtin_bswap16(sa.port);
	/* The labeled port is known now for connect (remote) and for a bind to
	 * a fixed port: an unwanted one costs no map update. */
	if (!port_wanted(proto, c.port) && (kinds & (1u << SW_CONNECT) || c.port))
		return 0;
	c.sk = (__u64)sk;
	c.family = sa.family;
	c.sock_family = family;
	c.proto = proto;
	id = bpf_get_current_pid_tgid();
	if (bpf_map_update_elem(&calls, &id, &c, BPF_ANY)) {
		count_drop(); /* more calls in flight than the map holds */
		return 0;
	}
	if (kinds & (1u << SW_CLOSE) && proto == IPPROTO_TCP) {
		/* a refused connect closes before connect() returns */
		struct sw_event owner = {};

		fill_task(&owner);
		remember_owner(sk, &owner, SW_ROLE_OUTBOUND);
	}
	return 0;
}

static __always_inline void event_from_call(struct sw_event *e, const struct call *c,
					    struct sock *sk)
{
	fill_task(e);
	e->family = c->sock_family;
	e->proto = c->proto;
	e->netns = sock_netns(sk);
}

SEC("tracepoint/syscalls/sys_enter_connect")
int handle_enter_connect(struct trace_event_raw_sys_enter *ctx)
{
	return enter_call(1u << SW_CONNECT | 1u << SW_CLOSE, (int)ctx->args[0],
			  (const void *)ctx->args[1]);
}

SEC("tracepoint/syscalls/sys_exit_connect")
int handle_exit_connect(struct trace_event_raw_sys_exit *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct sw_event e = {};
	struct sock *sk;
	struct call *c;

	c = bpf_map_lookup_elem(&calls, &id);
	if (!c)
		return 0;
	sk = (struct sock *)c->sk;
	e.kind = SW_CONNECT;
	e.role = SW_ROLE_OUTBOUND;
	event_from_call(&e, c, sk);
	__builtin_memcpy(e.raddr, c->addr, SW_ADDR_LEN);
	e.rport = c->port;
	bpf_map_delete_elem(&calls, &id);
	read_local(sk, &e);
	e.result = ctx->ret;
	if (e.result == -EINPROGRESS) {
		/* Over loopback the handshake (or the RST) has often already
		 * been processed by now: report the outcome when there is one. */
		__u8 state = BPF_CORE_READ(sk, __sk_common.skc_state);
		int sk_err = BPF_CORE_READ(sk, sk_err);

		e.result = 0;
		if (state == TCP_CLOSE && sk_err)
			e.result = -sk_err;
		else if (state != TCP_ESTABLISHED)
			e.flags |= SW_F_IN_PROGRESS;
	}
	if (e.proto == IPPROTO_TCP && e.result < 0) {
		/* no state change will clean up after a socket that never
		 * connected; a stale entry could later name the wrong owner
		 * for a new socket at the same address */
		__u64 key = (__u64)sk;

		bpf_map_delete_elem(&owners, &key);
	}
	emit(&e);
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_bind")
int handle_enter_bind(struct trace_event_raw_sys_enter *ctx)
{
	return enter_call(1u << SW_BIND, (int)ctx->args[0], (const void *)ctx->args[1]);
}

SEC("tracepoint/syscalls/sys_exit_bind")
int handle_exit_bind(struct trace_event_raw_sys_exit *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct sw_event e = {};
	struct sock *sk;
	struct call *c;

	c = bpf_map_lookup_elem(&calls, &id);
	if (!c)
		return 0;
	sk = (struct sock *)c->sk;
	e.kind = SW_BIND;
	e.role = SW_ROLE_LISTENER;
	event_from_call(&e, c, sk);
	e.result = ctx->ret;
	if (!c->port)
		e.flags |= SW_F_AUTO_PORT; /* a client binding first, not a service */
	if (e.result == 0) {
		/* what the kernel assigned, which differs for port 0 */
		read_local(sk, &e);
	} else {
		__builtin_memcpy(e.laddr, c->addr, SW_ADDR_LEN);
		e.lport = c->port;
	}
	bpf_map_delete_elem(&calls, &id);
	emit(&e);
	return 0;
}

static __always_inline int exit_accept(struct trace_event_raw_sys_exit *ctx)
{
	struct sw_event e = {};
	struct sock *sk;

	if (ctx->ret < 0 || !task_wanted())
		return 0; /* EAGAIN from event loops: not worth an event */
	sk = sock_from_fd(ctx->ret);
	if (!sk || !inet_sock_kind(sk, &e.family, &e.proto))
		return 0;
	e.kind = SW_ACCEPT;
	e.role = SW_ROLE_INBOUND;
	fill_task(&e);
	e.netns = sock_netns(sk);
	read_local(sk, &e);
	read_remote(sk, &e);
	remember_owner(sk, &e, SW_ROLE_INBOUND);
	emit(&e);
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_accept4")
int handle_exit_accept4(struct trace_event_raw_sys_exit *ctx)
{
	return exit_accept(ctx);
}

SEC("tracepoint/syscalls/sys_exit_accept")
int handle_exit_accept(struct trace_event_raw_sys_exit *ctx)
{
	return exit_accept(ctx);
}

SEC("tracepoint/sock/inet_sock_set_state")
int handle_set_state(struct trace_event_raw_inet_sock_set_state *ctx)
{
	struct sock *sk = (struct sock *)ctx->skaddr;
	struct sw_event e = {};
	__u64 key = (__u64)sk;
	struct owner *o;

	if (ctx->protocol != IPPROTO_TCP)
		return 0;
	if (ctx->newstate == TCP_LISTEN) {
		/* listen() runs in the caller's context */
		if (!task_wanted())
			return 0;
		e.kind = SW_LISTEN;
		e.role = SW_ROLE_LISTENER;
		fill_task(&e);
		remember_owner(sk, &e, SW_ROLE_LISTENER);
		if (!kind_wanted(1u << SW_LISTEN))
			return 0;
	} else if (ctx->newstate == TCP_CLOSE && ctx->oldstate != TCP_CLOSE) {
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
			e.role = o->role;
			e.flags |= SW_F_OWNER_KNOWN;
			__builtin_memcpy(e.comm, o->comm, sizeof(e.comm));
			bpf_map_delete_elem(&owners, &key);
		} else {
			/* opened before we started: the socket still knows its uid */
			e.uid = BPF_CORE_READ(sk, sk_uid.val);
			if (ctx->oldstate == TCP_LISTEN)
				e.role = SW_ROLE_LISTENER;
		}
		e.result = -BPF_CORE_READ(sk, sk_err);
	} else {
		return 0;
	}
	e.proto = IPPROTO_TCP;
	e.family = ctx->family;
	if (filter_family && e.family != filter_family)
		return 0;
	e.netns = sock_netns(sk);
	e.lport = ctx->sport;
	e.rport = ctx->dport;
	/* CO-RE offsets make these variable ctx offsets, which the verifier
	 * only allows through a probe read */
	if (e.family == AF_INET) {
		bpf_probe_read_kernel(e.laddr, 4, ctx->saddr);
		bpf_probe_read_kernel(e.raddr, 4, ctx->daddr);
	} else {
		bpf_probe_read_kernel(e.laddr, 16, ctx->saddr_v6);
		bpf_probe_read_kernel(e.raddr, 16, ctx->daddr_v6);
	}
	emit(&e);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
