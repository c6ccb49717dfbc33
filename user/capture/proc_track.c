// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "capture/proc_track.h"
#include "identity.skel.h"

struct proc_track {
	struct identity_bpf *skel;
	struct ring_buffer *rb;
	proc_record_fn fn;
	void *ctx;
};

static int on_record(void *ctx, void *data, size_t size)
{
	struct proc_track *t = ctx;
	const struct sw_proc_hdr *h = data;

	if (size < sizeof(*h) || (h->type == SW_PROC_EXEC && size < sizeof(struct sw_proc_exec)))
		return 0;
	t->fn(t->ctx, h, size);
	return 0;
}

int proc_track_open(struct proc_track **out, proc_record_fn fn, void *ctx, char *err,
		    size_t errlen)
{
	struct proc_track *t = calloc(1, sizeof(*t));
	int r;

	if (!t) {
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	t->fn = fn;
	t->ctx = ctx;
	t->skel = identity_bpf__open();
	if (!t->skel) {
		r = -errno;
		snprintf(err, errlen, "cannot open the process-tracking BPF object: %s",
			 strerror(-r));
		goto fail;
	}
	bpf_map__set_max_entries(t->skel->maps.procs, PROC_TRACK_DEFAULT_RING);
	r = identity_bpf__load(t->skel);
	if (r) {
		snprintf(err, errlen, "the kernel refused the process-tracking programs: %s",
			 strerror(-r));
		goto fail;
	}
	r = identity_bpf__attach(t->skel);
	if (r) {
		snprintf(err, errlen, "cannot attach to sched_process_exec/fork/exit: %s",
			 strerror(-r));
		goto fail;
	}
	t->rb = ring_buffer__new(bpf_map__fd(t->skel->maps.procs), on_record, t, NULL);
	if (!t->rb) {
		r = -errno;
		snprintf(err, errlen, "cannot map the process ring: %s", strerror(-r));
		goto fail;
	}
	*out = t;
	return 0;
fail:
	proc_track_close(t);
	return r < 0 ? r : -EINVAL;
}

int proc_track_drain(struct proc_track *t)
{
	return ring_buffer__consume(t->rb);
}

uint64_t prog_fd_misses(int fd)
{
	char path[64], line[128];
	uint64_t v = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	f = fopen(path, "re");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "recursion_misses: %" SCNu64, &v) == 1)
			break;
	fclose(f);
	return v;
}

uint64_t proc_track_drops(const struct proc_track *t)
{
	uint64_t n = *(const volatile __u64 *)&t->skel->bss->proc_drops;
	struct bpf_program *p;

	bpf_object__for_each_program(p, t->skel->obj)
		if (bpf_program__fd(p) >= 0)
			n += prog_fd_misses(bpf_program__fd(p));
	return n;
}

void proc_track_close(struct proc_track *t)
{
	if (!t)
		return;
	ring_buffer__free(t->rb);
	identity_bpf__destroy(t->skel);
	free(t);
}
