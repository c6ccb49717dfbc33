/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The kernel floor: what sockwatch's BPF programs need from the running
 * kernel, found out with libbpf's feature probes before anything is
 * loaded, so a kernel below the floor gets one line naming it instead of
 * a verifier's EINVAL.
 */
#ifndef SOCKWATCH_FLOOR_H
#define SOCKWATCH_FLOOR_H

#include <stdbool.h>
#include <stddef.h>

/* The oldest kernel the programs are known to load and work on (the
 * kernel matrix, tests/kernels.list, boots it). */
#define FLOOR_RELEASE "5.10"

/* What the probes found. Each names the release that brought it. */
struct kernel_features {
	bool btf;               /* /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF) */
	bool ringbuf;           /* BPF_MAP_TYPE_RINGBUF, 5.8 (after tp_btf, 5.5) */
	bool task_btf;          /* bpf_get_current_task_btf(), 5.11 */
	bool task_pt_regs;      /* bpf_task_pt_regs(), 5.15 */
	bool fentry;            /* fentry/fexit programs may load (no floor: a hint) */
};

/* The set of BPF programs a kernel that meets the floor gets. */
enum program_set {
	PROGRAMS_CURRENT,       /* 5.15+: the task and its registers as BTF pointers */
	PROGRAMS_LEGACY,        /* 5.10-5.14: probe reads, arguments kept from entry */
};

/* Run the probes (needs the privileges loading does). */
void floor_probe(struct kernel_features *f);

/* True when the programs can load. Otherwise writes into msg the one line
 * (without the "sockwatch: " prefix) saying what is needed, what this
 * kernel (release) is, and the first thing it lacks. */
bool floor_met(const struct kernel_features *f, const char *release, char *msg, size_t len);

enum program_set floor_program_set(const struct kernel_features *f);

#endif
