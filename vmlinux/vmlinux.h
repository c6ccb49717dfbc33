/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The kernel types sockwatch's BPF programs read, and nothing else.
 *
 * Why hand-written instead of `bpftool btf dump ... format c` (135k lines
 * for 6.18): every struct below is marked preserve_access_index, so clang
 * emits CO-RE relocations by *field name*, and libbpf fixes the offsets at
 * load time against the running kernel's BTF. The layout written here only
 * has to name the fields we read; order and padding are irrelevant. The
 * object therefore builds on a host with no /sys/kernel/btf/vmlinux and
 * loads on any 5.8+ kernel with BTF. A field we name that a kernel lacks
 * fails the load with a clear CO-RE error rather than reading garbage.
 *
 * To add a field: look it up with
 *   bpftool btf dump file /sys/kernel/btf/vmlinux format c | grep -A40 '^struct sock_common {'
 * and copy only that member here (types below are ABI-stable spellings).
 *
 * Stable ABI constants (map types, BPF_RB_* flags) come from the uapi
 * headers <linux/bpf.h> instead, which is what they are.
 */
#ifndef SOCKWATCH_VMLINUX_H
#define SOCKWATCH_VMLINUX_H

#include <linux/types.h>
#include <linux/bpf.h>

typedef _Bool bool;
enum { false = 0, true = 1 };
typedef __u16 umode_t;
typedef struct { __u32 val; } kuid_t;

#pragma clang attribute push(__attribute__((preserve_access_index)), apply_to = record)

/* syscalls/sys_exit_*: the tracepoint format file's layout (stable ABI). */
struct trace_entry {
	unsigned short type;
	unsigned char flags;
	unsigned char preempt_count;
	int pid;
};

struct trace_event_raw_sys_enter {
	struct trace_entry ent;
	long id;
	unsigned long args[6];
};

struct trace_event_raw_sys_exit {
	struct trace_entry ent;
	long id;
	long ret;
};

/* The registers a syscall saved on entry, where its arguments still are
 * at exit. Only the fields the SYSCALL_ARG* macros name. */
#if defined(__TARGET_ARCH_x86)
struct pt_regs {
	unsigned long bx;
	unsigned long cx;
	unsigned long si;
	unsigned long di;
	unsigned long ax;      /* -ENOSYS inside a syscall, its result once it returned */
	unsigned long orig_ax; /* the syscall number */
};

/* TS_COMPAT in status: the task is in a 32-bit syscall (int 0x80) */
struct thread_info {
	__u32 status;
};
#endif


/* Kernel internals, read through CO-RE. */
struct in6_addr {
	union {
		__u8 u6_addr8[16];
		__u32 u6_addr32[4];
	} in6_u;
};

struct ns_common {
	unsigned int inum;
};

struct netns_ipv4 {
	int sysctl_ip_prot_sock; /* ports below it need CAP_NET_BIND_SERVICE */
};

struct net {
	struct ns_common ns;
	struct netns_ipv4 ipv4;
};

typedef struct {
	struct net *net;
} possible_net_t;

struct sock_common {
	__u32 skc_daddr;      /* __be32 */
	__u32 skc_rcv_saddr;  /* __be32 */
	__u16 skc_dport;      /* __be16 */
	__u16 skc_num;        /* host order: the bound local port */
	unsigned short skc_family;
	volatile unsigned char skc_state;
	possible_net_t skc_net;
	__u16 skc_u16hashes[2]; /* in a union with skc_hash; [0] is UDP's port hash */
	struct { __s64 counter; } skc_cookie;
	struct in6_addr skc_v6_daddr;
	struct in6_addr skc_v6_rcv_saddr;
};

struct sock {
	struct sock_common __sk_common;
	__u8 sk_userlocks;    /* a 4-bit field before 5.16: read it BITFIELD_PROBED */
	__u8 sk_kern_sock;    /* a 1-bit field: read it BITFIELD_PROBED */
	__u16 sk_type;
	__u16 sk_protocol;
	int sk_err;
	kuid_t sk_uid;
	struct socket *sk_socket; /* NULL once no file holds it (orphaned) */
};

struct inet_sock {
	struct sock sk;
	__u16 inet_sport;     /* __be16 */
};

struct socket {
	struct sock *sk;
	struct file *file;
};

struct inode {
	umode_t i_mode;
	unsigned long i_ino;
};

struct qstr {
	__u32 len;            /* in a union with the hash; CO-RE finds it by name */
	const unsigned char *name;
};

struct hlist_bl_node {
	struct hlist_bl_node *next, **pprev;
};

struct dentry {
	struct hlist_bl_node d_hash;
	struct dentry *d_parent;
	struct qstr d_name;
};

struct vfsmount {
	struct dentry *mnt_root;
};

/* The kernel's per-mount record around a vfsmount (fs/mount.h). */
struct mount {
	struct mount *mnt_parent;
	struct dentry *mnt_mountpoint;
	struct vfsmount mnt;
};

struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
};

struct file {
	struct inode *f_inode;
	struct path f_path;
	void *private_data;
};

struct fdtable {
	unsigned int max_fds;
	struct file **fd;
};

struct files_struct {
	struct fdtable *fdt;
};

struct mm_struct {
	struct file *exe_file;
	unsigned long arg_start;
	unsigned long arg_end;
};

typedef struct {
	int counter;
} atomic_t;

struct signal_struct {
	atomic_t live;        /* threads not yet exited */
};

/* kernel_cap_t is __u32 cap[2] before 6.3 and one __u64 since: either
 * way its first 4 bytes hold capabilities 0-31. Only the member's offset
 * is relocated; the bytes are read raw. */
struct cred {
	struct { __u32 low; } cap_effective;
};

/* The task's cgroup v2 id, as bpf_get_current_cgroup_id() finds it:
 * task->cgroups->dfl_cgrp->kn->id (Linux 5.5+). */
struct kernfs_node {
	__u64 id;
};

struct cgroup {
	struct kernfs_node *kn;
};

struct css_set {
	struct cgroup *dfl_cgrp;
};

struct task_struct {
	struct thread_info thread_info;
	struct css_set *cgroups;
	const struct cred *cred;
	unsigned int flags;   /* PF_* */
	int pid;
	int tgid;
	struct task_struct *real_parent;
	struct task_struct *group_leader;
	__u64 start_boottime; /* ns since boot, as /proc/PID/stat's starttime */
	struct mm_struct *mm;
	struct signal_struct *signal;
	struct files_struct *files;
	char comm[16];
};

/*
 * A ring's fixed-file table (direct descriptors), where an accept into a
 * slot puts its socket. Up to 6.12 an array of tagged file pointers; from
 * 6.13 an array of resource nodes holding them. The low 3 bits of
 * file_ptr are flags (FFS_*).
 */
struct io_file_table___files {
	/* struct io_fixed_file *, a type 6.13 dropped: named here as what it
	 * holds (one tagged file pointer), since a CO-RE type missing from
	 * vmlinux sends libbpf to the module BTFs, which needs CAP_SYS_ADMIN */
	unsigned long *files;
};

struct io_rsrc_node {
	unsigned long file_ptr;
};

struct io_rsrc_data {
	unsigned int nr;
	struct io_rsrc_node **nodes;
};

struct io_file_table {
	struct io_rsrc_data data;
};

struct io_ring_ctx {
	struct io_file_table file_table;
};

struct io_ring_ctx___files {
	struct io_file_table___files file_table;
	unsigned int nr_user_files;
};

/* One io_uring request: what it does and the file it acts on. */
struct io_kiocb {
	struct file *file;
	__u8 opcode;
	struct io_ring_ctx *ctx;
};

/* An accept request: the start of its io_kiocb (io_kiocb_to_cmd). A
 * nonzero file_slot asks for a direct descriptor: slot + 1, or
 * IORING_FILE_INDEX_ALLOC (~0U) for any free slot, returned as the result. */
struct io_accept {
	struct file *file;
	__u32 file_slot;
};

/* io_uring/io_uring_complete: the tracepoint format's layout. */
struct trace_event_raw_io_uring_complete {
	struct trace_entry ent;
	void *ctx;
	void *req;
	__u64 user_data;
	int res;
	unsigned int cflags;
};

enum io_uring_op {
	IORING_OP_ACCEPT = 13,
	IORING_OP_CONNECT = 16,
	IORING_OP_BIND = 56,
	IORING_OP_LISTEN = 57,
};

#pragma clang attribute pop

#endif /* SOCKWATCH_VMLINUX_H */
