// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Process identity, kernel side: one record per exec, fork and exit, on a
 * ring of their own (bpf/identity.h says what each holds).
 *
 * Why at exec and not when a socket event reaches userspace: curl has
 * exited milliseconds after its connect, and its /proc entry with it. The
 * executable and the command line are only certain while the process
 * lives; exec is the one moment both are fresh and the caller is the new
 * program itself. A socket event then carries only (pid, start), a key
 * userspace resolves against the records it has seen.
 *
 * Why the path is walked by hand: bpf_d_path() is refused in tracepoint
 * programs. The walk follows d_parent up to each mount's root, then the
 * mount's mountpoint in its parent, as d_path() does, leaf first, and
 * userspace puts the components in order. It costs a few hundred
 * nanoseconds per exec, never per socket event.
 *
 * A separate object from sockwatch.bpf.c: it has its own ring, programs and
 * lifetime, and a kernel that refuses it still gets socket events (named
 * from /proc, with what that misses).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "identity.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 2 << 20); /* resized by userspace */
} procs SEC(".maps");

/* Records the ring could not take: counted, never silent. */
__u64 proc_drops = 0;

static __always_inline void count_drop(void)
{
	__sync_fetch_and_add(&proc_drops, 1);
}

static __always_inline __u32 start_ticks(struct task_struct *t)
{
	return BPF_CORE_READ(t, group_leader, start_boottime) / SW_TICK_NS;
}

static __always_inline void fill_hdr(struct sw_proc_hdr *h, struct task_struct *p, __u8 type)
{
	h->ts_ns = bpf_ktime_get_ns();
	h->type = type;
	h->pid = BPF_CORE_READ(p, tgid);
	h->start = start_ticks(p);
	h->ppid = BPF_CORE_READ(p, real_parent, tgid);
	h->flags = 0;
	h->exe_len = h->args_len = 0;
	h->_pad = 0;
	h->pstart = 0;
	BPF_CORE_READ_STR_INTO(&h->comm, p, comm);
}

/* Components of the executable's path, leaf first, into r->exe. */
static __always_inline void read_exe(struct sw_proc_exec *r, struct file *exe)
{
	struct dentry *d, *parent, *root;
	struct vfsmount *vm;
	struct mount *m, *mparent;
	__u32 off;
	int i;

	if (!exe) {
		r->h.flags |= SW_PROC_NO_EXE;
		return;
	}
	d = BPF_CORE_READ(exe, f_path.dentry);
	vm = BPF_CORE_READ(exe, f_path.mnt);
	m = (struct mount *)((char *)vm - bpf_core_field_offset(struct mount, mnt));
	r->h.exe_len = 0;
	/* An unhashed dentry has no name in the tree any more: a memfd's
	 * (fileless: memfd_create and execveat) or an unlinked file's.
	 * d_path() then says "(deleted)", and so does userspace. */
	if (d != BPF_CORE_READ(vm, mnt_root) && !BPF_CORE_READ(d, d_hash.pprev))
		r->h.flags |= SW_PROC_EXE_DELETED;
	/* Unrolled: kernels before 6.x refuse the back-edge of a loop here. */
#pragma clang loop unroll(full)
	for (i = 0; i < SW_EXE_DEPTH; i++) {
		const unsigned char *name;
		long n;

		/* The offset lives in the record, not a register: the verifier
		 * then sees one range each time round instead of a new state per
		 * possible length, which made it give up on this loop. */
		off = r->h.exe_len;

		root = BPF_CORE_READ(vm, mnt_root);
		if (d == root) {
			/* the top of this mount: go on from where it is mounted */
			mparent = BPF_CORE_READ(m, mnt_parent);
			if (mparent == m)
				break; /* the root of the mount namespace */
			d = BPF_CORE_READ(m, mnt_mountpoint);
			m = mparent;
			vm = (struct vfsmount *)((char *)m + bpf_core_field_offset(struct mount, mnt));
			continue;
		}
		parent = BPF_CORE_READ(d, d_parent);
		/* a filesystem root that is no mount's root; but a memfd's
		 * dentry is its own parent from the start, and d_path() names
		 * it alone ("/memfd:x"), as this does */
		if (parent == d && off)
			break;
		if (off >= SW_EXE_MAX) {
			r->h.flags |= SW_PROC_EXE_CUT;
			break;
		}
		name = BPF_CORE_READ(d, d_name.name);
		n = bpf_probe_read_kernel_str(&r->exe[off & (SW_EXE_MAX - 1)], SW_NAME_MAX, name);
		if (n <= 1)
			break;
		off += n; /* n counts the NUL, which becomes the separator */
		r->exe[(off - 1) & (SW_EXE_MAX + SW_NAME_MAX - 1)] = '/';
		r->h.exe_len = off;
		d = parent;
	}
	if (i == SW_EXE_DEPTH)
		r->h.flags |= SW_PROC_EXE_CUT;
	if (r->h.exe_len > SW_EXE_MAX) {
		r->h.exe_len = SW_EXE_MAX;
		r->h.flags |= SW_PROC_EXE_CUT;
	}
}

/* The command line, from the new image's stack (current is p). */
static __always_inline void read_args(struct sw_proc_exec *r, struct mm_struct *mm)
{
	unsigned long start = BPF_CORE_READ(mm, arg_start), end = BPF_CORE_READ(mm, arg_end);
	__u32 len;

	if (end <= start)
		return;
	len = end - start;
	if (end - start > SW_ARGS_MAX) {
		len = SW_ARGS_MAX;
		r->h.flags |= SW_PROC_ARGS_CUT;
	}
	if (bpf_probe_read_user(r->args, len & (2 * SW_ARGS_MAX - 1), (void *)start))
		return;
	r->h.args_len = len;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(handle_exec, struct task_struct *p, int old_pid, void *bprm)
{
	struct sw_proc_exec *r;
	struct mm_struct *mm;

	r = bpf_ringbuf_reserve(&procs, sizeof(*r), 0);
	if (!r) {
		count_drop();
		return 0;
	}
	fill_hdr(&r->h, p, SW_PROC_EXEC);
	mm = BPF_CORE_READ(p, mm);
	read_exe(r, mm ? BPF_CORE_READ(mm, exe_file) : NULL);
	if (mm)
		read_args(r, mm);
	bpf_ringbuf_submit(r, BPF_RB_NO_WAKEUP);
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(handle_fork, struct task_struct *parent, struct task_struct *child)
{
	struct sw_proc_hdr h;

	if (BPF_CORE_READ(child, pid) != BPF_CORE_READ(child, tgid))
		return 0; /* a thread: same process, same image */
	fill_hdr(&h, child, SW_PROC_FORK);
	h.ppid = BPF_CORE_READ(parent, tgid);
	h.pstart = start_ticks(parent);
	if (bpf_ringbuf_output(&procs, &h, sizeof(h), BPF_RB_NO_WAKEUP))
		count_drop();
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(handle_exit, struct task_struct *p)
{
	struct sw_proc_hdr h;

	/* once per process: when its last thread goes */
	if (BPF_CORE_READ(p, signal, live.counter) != 0)
		return 0;
	fill_hdr(&h, p, SW_PROC_EXIT);
	if (bpf_ringbuf_output(&procs, &h, sizeof(h), BPF_RB_NO_WAKEUP))
		count_drop();
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
