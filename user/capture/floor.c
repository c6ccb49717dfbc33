// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdio.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "capture/floor.h"

void floor_probe(struct kernel_features *f)
{
	/* No probe of BPF_PROG_TYPE_TRACING itself (the tp_btf programs,
	 * 5.5): the ring buffer (5.8) implies it, and libbpf's probe of it
	 * is refused on hosts that forbid fentry but allow tp_btf.
	 * A probe answers 1 (has it), 0 (has not) or a negative error,
	 * which is taken as "has not": the load would fail the same way. */
	f->btf = access("/sys/kernel/btf/vmlinux", R_OK) == 0;
	f->ringbuf = libbpf_probe_bpf_map_type(BPF_MAP_TYPE_RINGBUF, NULL) == 1;
	f->task_btf = libbpf_probe_bpf_helper(BPF_PROG_TYPE_TRACEPOINT,
					      BPF_FUNC_get_current_task_btf, NULL) == 1;
	f->task_pt_regs = libbpf_probe_bpf_helper(BPF_PROG_TYPE_TRACEPOINT,
						  BPF_FUNC_task_pt_regs, NULL) == 1;
	/* That refusal is what this one is for: whether trying the fexit
	 * programs is worth a load (about a millisecond, against a refused
	 * load of the whole object's maps and programs). */
	f->fentry = libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_TRACING, NULL) == 1;
}

/* True when release ("5.9.16-arch1", "4.18.0-553.el8") names a kernel
 * older than FLOOR_RELEASE; false when it is not, or cannot be read. */
static bool release_below_floor(const char *release)
{
	unsigned major, minor, floor_major, floor_minor;

	if (sscanf(release, "%u.%u", &major, &minor) != 2 ||
	    sscanf(FLOOR_RELEASE, "%u.%u", &floor_major, &floor_minor) != 2)
		return false;
	return major < floor_major || (major == floor_major && minor < floor_minor);
}

bool floor_met(const struct kernel_features *f, const char *release, char *msg, size_t len)
{
	/* in the order of the releases that brought them */
	const struct {
		bool has;
		const char *what;
	} needs[] = {
		{ f->btf, "no BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)" },
		{ f->ringbuf, "no BPF ring buffer" },
	};

	for (size_t i = 0; i < sizeof(needs) / sizeof(needs[0]); i++) {
		if (needs[i].has)
			continue;
		snprintf(msg, len, "needs Linux " FLOOR_RELEASE " or later with BTF "
			 "(this is %s: %s)", release, needs[i].what);
		return false;
	}
	/* 5.8 and 5.9 (or a distribution kernel with BPF backported) pass
	 * the probes, but the programs were never loaded there: refusing
	 * them here beats a verifier's error at load. */
	if (release_below_floor(release)) {
		snprintf(msg, len, "needs Linux " FLOOR_RELEASE " or later with BTF (this is %s: "
			 "older than " FLOOR_RELEASE ", where its programs are not tested)", release);
		return false;
	}
	return true;
}

enum program_set floor_program_set(const struct kernel_features *f)
{
	return f->task_btf && f->task_pt_regs ? PROGRAMS_CURRENT : PROGRAMS_LEGACY;
}
