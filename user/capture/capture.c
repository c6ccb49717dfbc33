// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/mman.h>
#include <unistd.h>
#include <sched.h>
#include <time.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "common/clock.h"
#include "capture/capture.h"
#include "capture/floor.h"
#include "sockwatch.skel.h"

struct capture {
	struct sockwatch_bpf *skel;
	struct bpf_link *cgroup_links[24];
	int ncgroup_links;
	struct ring_buffer *rb;
	struct proc_track *procs;     /* NULL: no process tracking */
	uint64_t procs_drained_ns;    /* CLOCK_MONOTONIC when the last drain began */
	capture_event_fn fn;
	void *ctx;
	int ncpu;
	int stop;
	char describe[512];
	bool fexit;      /* the fexit programs were loaded */
	/* Read-only views of the ring's consumer and producer positions, for
	 * its fill level (metrics); NULL if they could not be mapped. */
	const volatile unsigned long *cons_pos, *prod_pos;
	size_t page_size;
	uint64_t ring_bytes;
	uint64_t held_swept_ns;       /* CLOCK_MONOTONIC of the last held_sweep */
	bool sample_fill;             /* at the first event of this drain */
	double fill_last, fill_max;
};

static void map_positions(struct capture *c, int fd, uint64_t ring_bytes);

static bool verbose_log;

static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list args)
{
	(void)level;
	if (!verbose_log)
		return 0; /* our own one-line errors say what went wrong */
	return vfprintf(stderr, fmt, args);
}

/*
 * Process records are on a ring of their own. One committed before an
 * event is always older than the event's timestamp, so a drain that began
 * after that timestamp has delivered it: drain again only for an event
 * newer than the last drain. (bpf_ktime_get_ns is CLOCK_MONOTONIC.)
 */
static void procs_sync(struct capture *c, uint64_t event_ns)
{
	if (!c->procs || event_ns < c->procs_drained_ns)
		return;
	c->procs_drained_ns = clock_mono_ns();
	proc_track_drain(c->procs);
}

static int ring_event(void *ctx, void *data, size_t size)
{
	struct capture *c = ctx;

	if (size < sizeof(struct sw_event))
		return 0;
	if (c->sample_fill && c->prod_pos) {
		/* how full the ring was when the reader woke: what it holds
		 * now, plus this record, which is not consumed yet */
		unsigned long used = *c->prod_pos - *c->cons_pos;

		c->fill_last = (double)used / (double)c->ring_bytes;
		if (c->fill_last > c->fill_max)
			c->fill_max = c->fill_last;
		c->sample_fill = false;
	}
	procs_sync(c, ((const struct sw_event *)data)->ts_ns);
	if (c->fn(c->ctx, data)) {
		c->stop = 1;
		return -ECANCELED; /* stops libbpf's consume loop here */
	}
	return 0;
}

/*
 * Loading needs CAP_BPF + CAP_PERFMON (5.8+) or CAP_SYS_ADMIN. Checked up
 * front because the kernel answers a verifier rejection with EACCES too,
 * and the two need different advice.
 */
static bool has_bpf_caps(void)
{
	char line[256];
	unsigned long long eff = 0;
	FILE *f = fopen("/proc/self/status", "r");

	if (!f)
		return geteuid() == 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "CapEff: %llx", &eff) == 1)
			break;
	fclose(f);
	return (eff >> 21 & 1) || ((eff >> 38 & 1) && (eff >> 39 & 1));
}

static bool dir_has(const char *path)
{
	return access(path, F_OK) == 0;
}

/*
 * libbpf resolves tracepoint ids through tracefs, which a fresh host may not
 * have mounted. Rather than change the host's mounts, mount it in a private
 * mount namespace of our own: nothing outside this process sees it, and it
 * goes away with us.
 */
static int ensure_tracefs(char *err, size_t errlen)
{
	if (dir_has("/sys/kernel/tracing/events") || dir_has("/sys/kernel/debug/tracing/events"))
		return 0;
	if (unshare(CLONE_NEWNS) ||
	    mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) {
		snprintf(err, errlen, "tracefs is not mounted and a private mount namespace "
			 "could not be made for it: %s (mount it: mount -t tracefs nodev "
			 "/sys/kernel/tracing)", strerror(errno));
		return -errno;
	}
	if (mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, NULL) &&
	    (mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL) ||
	     !dir_has("/sys/kernel/debug/tracing/events"))) {
		snprintf(err, errlen, "tracefs is not mounted and mounting it failed: %s "
			 "(kernel needs CONFIG_TRACING and tracepoints)", strerror(errno));
		return -errno;
	}
	if (verbose_log)
		fprintf(stderr, "sockwatch: mounted tracefs in a private mount namespace\n");
	return 0;
}

/*
 * The typed programs read files and sockets with plain loads through the
 * bpf_rdonly_cast kfunc (Linux 6.2+). Whether the kernel has it is not
 * looked up beforehand: that costs a parse of the kernel's BTF of its own
 * (15-25 ms; 5 s under valgrind), on top of the one libbpf makes for each
 * object it loads. A kernel without the kfunc refuses the typed programs at
 * load (the weak extern stays unresolved), and capture_open() then loads
 * their probe-reading twins, as for any kernel that refuses them: the
 * absence costs speed, not events. SOCKWATCH_PROBE_READS=1 forces the twins
 * (to compare, or to work around a kernel that refuses the typed ones).
 */
static bool probe_reads_forced(void)
{
	const char *force = getenv("SOCKWATCH_PROBE_READS");

	return force && *force && strcmp(force, "0");
}

static void set_filters(struct sockwatch_bpf *skel, const struct capture_opts *o)
{
	const struct capture_filter *f = &o->filter;
	struct sockwatch_bpf__rodata *ro = skel->rodata;

	ro->filter_pid = f->pid;
	ro->filter_uid_on = f->uid_on;
	ro->filter_uid = f->uid;
	ro->filter_comm_on = f->comm_on;
	memcpy((void *)ro->filter_comm, f->comm, sizeof(f->comm));
	ro->filter_kinds = f->kinds;
	ro->filter_proto = f->proto;
	ro->filter_family = f->family;
	ro->filter_failed = f->failed;
	ro->filter_ports_on = f->ports_on;
	if (f->ports_on)
		memcpy((void *)ro->filter_ports, f->ports, sizeof(f->ports));
	/* past an eighth of the ring, wake the reader at once: bursts must
	 * not wait out the timer and overflow */
	ro->wakeup_bytes = o->latency_ms ? o->ring_bytes / 8 : 0;
}

static bool wants(uint32_t kinds, uint32_t any_of)
{
	return !kinds || (kinds & any_of);
}

/*
 * A program whose events are all filtered out is not loaded, so it costs
 * nothing; in particular with only listen or send wanted, no syscall is
 * hooked at all. accept also records socket owners for close attribution,
 * and connect a UDP socket's association for the close a disconnect
 * makes, so those programs stay while close is wanted.
 */
static bool choose_programs(struct sockwatch_bpf *skel, uint32_t k, bool may_type, bool legacy,
			    bool hooks, bool fexit, char *desc, size_t len)
{
	const uint32_t C = 1u << SW_CONNECT, B = 1u << SW_BIND, L = 1u << SW_LISTEN,
		       A = 1u << SW_ACCEPT, X = 1u << SW_CLOSE, S = 1u << SW_SEND;
	/* Per hook: the program with plain loads, its probe-reading twin
	 * (NULL: the first serves both) and the one for kernels without
	 * bpf_get_current_task_btf/bpf_task_pt_regs (NULL: none there). */
	struct {
		struct bpf_program *typed, *probed, *legacy;
		uint32_t needs;
		const char *tp;
	} progs[] = {
		{ NULL, NULL, skel->progs.handle_enter_connect_legacy, C | X,
		  "syscalls:sys_enter_connect" },
		{ NULL, NULL, skel->progs.handle_enter_bind_legacy, B, "syscalls:sys_enter_bind" },
		{ skel->progs.handle_exit_connect, skel->progs.handle_exit_connect_probed,
		  skel->progs.handle_exit_connect_legacy, C | X, "syscalls:sys_exit_connect" },
		{ skel->progs.handle_exit_bind, skel->progs.handle_exit_bind_probed,
		  skel->progs.handle_exit_bind_legacy, B, "syscalls:sys_exit_bind" },
		{ skel->progs.handle_exit_accept, skel->progs.handle_exit_accept_probed,
		  skel->progs.handle_exit_accept_legacy, A | X, "syscalls:sys_exit_accept" },
		{ skel->progs.handle_exit_accept4, skel->progs.handle_exit_accept4_probed,
		  skel->progs.handle_exit_accept4_legacy, A | X, "syscalls:sys_exit_accept4" },
		{ skel->progs.handle_set_state, NULL, skel->progs.handle_set_state_legacy, C | L | X,
		  "sock:inet_sock_set_state (raw)" },
		{ skel->progs.handle_io_uring_complete, NULL, NULL, C | B | L | A | X,
		  "io_uring:io_uring_complete" },
	};
	/* In their place where the kernel allows fexit: every syscall path,
	 * at no cost to processes that make no socket call. */
	struct {
		struct bpf_program *prog;
		uint32_t needs;
		const char *fn;
	} fexits[] = {
		{ skel->progs.handle_fexit_inet_stream_connect, C, "inet_stream_connect" },
		{ skel->progs.handle_fexit_inet_dgram_connect, C | X, "inet_dgram_connect" },
		{ skel->progs.handle_fexit_inet_bind, B, "inet_bind" },
		{ skel->progs.handle_fexit_inet6_bind, B, "inet6_bind" },
		{ skel->progs.handle_fexit_inet_accept, A | X, "inet_accept" },
	};
	/* attached by attach_cgroup_hooks(), which names them; `syscall32`:
	 * there for the 32-bit calls only, which fexit covers instead */
	struct {
		struct bpf_program *prog;
		uint32_t needs;
		bool syscall32;
	} hook[] = {
		/* bind4/6 also keep what an io_uring bind asked for */
		{ skel->progs.handle_bind4, B, false }, { skel->progs.handle_bind6, B, false },
		{ skel->progs.handle_post_bind4, B, true }, { skel->progs.handle_post_bind6, B, true },
		/* connect: also for close, a UDP disconnect's (udp_note_assoc) */
		{ skel->progs.handle_connect4, C | X, true },
		{ skel->progs.handle_connect6, C | X, true },
		/* and with fexit, every accept that asks for the peer */
		{ skel->progs.handle_getpeername4, A | X, false },
		{ skel->progs.handle_getpeername6, A | X, false },
		/* also for close: an unconnected client's close is labeled by
		 * the destination its first datagram went to */
		{ skel->progs.handle_sendmsg4, S | X, false }, { skel->progs.handle_sendmsg6, S | X, false },
		{ skel->progs.handle_sock_release, X, false },
		{ skel->progs.handle_getsockname4, L, false }, { skel->progs.handle_getsockname6, L, false },
	};
	bool sys = wants(k, C | B | A | X) && !fexit;
	bool typed = sys && !legacy && may_type && !probe_reads_forced();
	size_t used = 0;

	desc[0] = '\0';
	skel->rodata->fexit_calls = fexit;
	for (size_t i = 0; i < sizeof(fexits) / sizeof(fexits[0]); i++) {
		bool on = fexit && wants(k, fexits[i].needs);

		bpf_program__set_autoload(fexits[i].prog, on);
		if (on && used < len)
			used += (size_t)snprintf(desc + used, len - used, "%sfexit:%s",
						 used ? ", " : "", fexits[i].fn);
	}
	for (size_t i = 0; i < sizeof(progs) / sizeof(progs[0]); i++) {
		bool on = wants(k, progs[i].needs), listed;

		/* the syscall trace events (the set-state and io_uring ones
		 * have no probed twin and stay) */
		if (fexit && progs[i].probed)
			on = false;
		if (fexit && progs[i].legacy && !progs[i].typed)
			on = false;
		if (progs[i].typed)
			bpf_program__set_autoload(progs[i].typed, on && !legacy &&
						  (typed || !progs[i].probed));
		if (progs[i].probed)
			bpf_program__set_autoload(progs[i].probed, on && !legacy && !typed);
		if (progs[i].legacy)
			bpf_program__set_autoload(progs[i].legacy, on && legacy);
		listed = on && (legacy ? progs[i].legacy != NULL : progs[i].typed != NULL);
		if (progs[i].typed == skel->progs.handle_set_state && sys && used < len)
			/* after the syscall programs: how they read */
			used += (size_t)snprintf(desc + used, len - used, " (%s)",
						 legacy ? "probe reads, arguments kept from entry" :
						 typed ? "typed reads" : "probe reads");
		if (listed && used < len)
			used += (size_t)snprintf(desc + used, len - used, "%s%s", used ? ", " : "",
						 progs[i].tp);
	}
	/* each set-state program with its understudy */
	bpf_program__set_autoload(skel->progs.handle_set_state_understudy,
				  bpf_program__autoload(skel->progs.handle_set_state));
	bpf_program__set_autoload(skel->progs.handle_set_state_legacy_understudy,
				  bpf_program__autoload(skel->progs.handle_set_state_legacy));
	/* the hooks need bpf_get_current_task_btf and bpf_task_pt_regs */
	for (size_t i = 0; i < sizeof(hook) / sizeof(hook[0]); i++)
		bpf_program__set_autoload(hook[i].prog, hooks && !legacy &&
					  !(fexit && hook[i].syscall32) && wants(k, hook[i].needs));
	/* only the entry programs use it */
	bpf_map__set_autocreate(skel->maps.legacy_args, legacy && wants(k, C | B | X));
	return typed;
}

/* Where cgroup v2 is mounted, from our mountinfo; false if nowhere. */
static bool find_cgroup2(char *path, size_t len)
{
	char line[4096];
	FILE *f = fopen("/proc/self/mountinfo", "r");
	bool found = false;

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f)) {
		/* id parent maj:min root mountpoint opts... - fstype source super */
		char mnt[1024], root[1024], fstype[64];
		const char *dash = strstr(line, " - ");

		if (!dash || sscanf(line, "%*s %*s %*s %*s %1023s", mnt) != 1 ||
		    sscanf(dash + 3, "%63s", fstype) != 1 || strcmp(fstype, "cgroup2"))
			continue;
		/* the hooks go on the root of the tree: only a mount of it will do */
		if (sscanf(line, "%*s %*s %*s %1023s", root) == 1 && strcmp(root, "/"))
			continue;
		found = snprintf(path, len, "%s", mnt) < (int)len;
	}
	fclose(f);
	return found;
}

/*
 * The cgroup socket hooks go on the root of the cgroup v2 tree, where they
 * see every socket of the host. Hosts on cgroup v1 may not have v2 mounted
 * at all: then it is mounted in a private mount namespace (as tracefs),
 * just long enough to attach. Attaching through BPF links adds to what the
 * host attached there (systemd's programs), never replaces it.
 */
static int attach_cgroup_hooks(struct capture *c, char *desc, size_t len)
{
	struct bpf_program *prog;
	char path[1024], tmp[] = "/tmp/sockwatch-cgroup2-XXXXXX";
	bool mounted = false;
	size_t used = strlen(desc);
	int fd, r = 0, n = 0;

	if (!find_cgroup2(path, sizeof(path))) {
		if (unshare(CLONE_NEWNS) || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) ||
		    !mkdtemp(tmp))
			return -errno;
		if (mount("cgroup2", tmp, "cgroup2", 0, NULL)) {
			r = -errno;
			rmdir(tmp);
			return r;
		}
		mounted = true;
		snprintf(path, sizeof(path), "%s", tmp);
	}
	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		r = -errno;
	bpf_object__for_each_program(prog, c->skel->obj) {
		struct bpf_link *link;

		if (r || (bpf_program__type(prog) != BPF_PROG_TYPE_CGROUP_SOCK_ADDR &&
			  bpf_program__type(prog) != BPF_PROG_TYPE_CGROUP_SOCK))
			continue;
		if (!bpf_program__autoload(prog))
			continue;
		if (c->ncgroup_links >= (int)(sizeof(c->cgroup_links) / sizeof(c->cgroup_links[0]))) {
			r = -E2BIG;
			break;
		}
		link = bpf_program__attach_cgroup(prog, fd);
		if (!link) {
			r = -errno;
			break;
		}
		c->cgroup_links[c->ncgroup_links++] = link;
		if (used < len)
			used += (size_t)snprintf(desc + used, len - used, "%s%s",
						 n++ ? ", " : ", cgroup ",
						 bpf_program__section_name(prog) + 7);
	}
	if (fd >= 0)
		close(fd);
	if (mounted) {
		umount2(tmp, MNT_DETACH);
		rmdir(tmp);
	}
	if (!r && n && used < len)
		snprintf(desc + used, len - used, " (at the cgroup v2 root%s)",
			 mounted ? ", mounted privately" : "");
	return r;
}

/*
 * Whether to load the programs for kernels before 5.15 (5.10's Debian 11
 * among them): they do without bpf_get_current_task_btf() and
 * bpf_task_pt_regs(), keeping connect's and bind's arguments from entry,
 * at the cost of an entry program and a map update per call.
 * SOCKWATCH_LEGACY_PROGRAMS=1 forces them, to test them on any kernel.
 */
static bool use_legacy_programs(const struct kernel_features *f)
{
	const char *force = getenv("SOCKWATCH_LEGACY_PROGRAMS");

	if (force && *force && strcmp(force, "0"))
		return true;
	return floor_program_set(f) == PROGRAMS_LEGACY;
}

/*
 * Whether to try the fexit programs first. A kernel that refuses them (no
 * BPF trampolines, lockdown, a sandbox: EPERM here and on some VMs) mostly
 * says so to the floor's probe; one that passes it and still refuses them
 * costs one refused load, then the syscall trace events serve. Kernels before
 * 5.17 lack bpf_get_func_ret, which they use; the legacy set never tries.
 * SOCKWATCH_NO_FEXIT=1 skips them, to test or measure the fallback on a
 * kernel that allows them.
 */
static bool fexit_wanted(const struct kernel_features *f, bool legacy)
{
	const char *off = getenv("SOCKWATCH_NO_FEXIT");

	return f->fentry && !legacy && !(off && *off && strcmp(off, "0"));
}

/* Whether a trace event program (SEC "tracepoint/") is to be attached:
 * libbpf resolves those through tracefs. */
static bool uses_trace_events(struct sockwatch_bpf *skel)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, skel->obj)
		if (bpf_program__autoload(prog) &&
		    bpf_program__type(prog) == BPF_PROG_TYPE_TRACEPOINT)
			return true;
	return false;
}

static uint64_t round_pow2(uint64_t v)
{
	uint64_t p = 4096;

	while (p < v)
		p <<= 1;
	return p;
}

/* Privileges and the kernel floor (floor.h), before anything is loaded. */
static int check_kernel(struct kernel_features *features, char *err, size_t errlen)
{
	struct utsname uts;

	/* A kernel without BTF is below the floor whoever asks; the other
	 * probes load test programs, so they need the privileges first. */
	if (dir_has("/sys/kernel/btf/vmlinux") && !has_bpf_caps()) {
		snprintf(err, errlen, "permission denied: run as root (sockwatch needs CAP_BPF "
			 "and CAP_PERFMON, or CAP_SYS_ADMIN, to load its BPF programs)");
		return -EPERM;
	}
	floor_probe(features);
	if (uname(&uts))
		snprintf(uts.release, sizeof(uts.release), "unknown");
	if (!floor_met(features, uts.release, err, errlen))
		return -ENOTSUP;
	return 0;
}

int capture_check_kernel(char *err, size_t errlen)
{
	struct kernel_features features;

	libbpf_set_print(libbpf_print);
	return check_kernel(&features, err, errlen);
}

int capture_open(struct capture **out, const struct capture_opts *o,
		 capture_event_fn fn, void *ctx, char *err, size_t errlen)
{
	struct capture_opts opts = *o;
	struct kernel_features features;
	struct capture *c;
	int r, hook_err = 0;

	verbose_log = o->verbose;
	libbpf_set_print(libbpf_print);
	r = check_kernel(&features, err, errlen);
	if (r)
		return r;
	c = calloc(1, sizeof(*c));
	if (!c) {
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	c->fn = fn;
	c->ctx = ctx;
	c->ncpu = libbpf_num_possible_cpus();
	opts.ring_bytes = round_pow2(o->ring_bytes ? o->ring_bytes : CAPTURE_DEFAULT_RING);

	/* The typed programs, then their probe-reading twins; then both again
	 * without the cgroup hooks, which need CAP_NET_ADMIN (a unit may not
	 * grant it): what those alone see is then named as not covered. */
	bool fexit = fexit_wanted(&features, use_legacy_programs(&features)), fexit_tried = false;

	for (int attempt = 0;; attempt++) {
		bool may_type = !(attempt & 1), hooks = attempt < 2, typed;
		bool legacy = use_legacy_programs(&features);

		if (fexit_tried)
			fexit = false;

		c->skel = sockwatch_bpf__open();
		if (!c->skel) {
			r = -errno;
			snprintf(err, errlen, "cannot open the BPF object: %s", strerror(-r));
			goto fail;
		}
		set_filters(c->skel, &opts);
		typed = choose_programs(c->skel, o->filter.kinds, may_type, legacy, hooks, fexit,
					c->describe,
					sizeof(c->describe));
		bpf_map__set_max_entries(c->skel->maps.rb, opts.ring_bytes);
		r = sockwatch_bpf__load(c->skel);
		if (!r) {
			c->fexit = fexit && !legacy;
			if (legacy) {
				size_t used = strlen(c->describe);

				snprintf(c->describe + used, sizeof(c->describe) - used,
					 "; NOT covered: io_uring, 32-bit syscalls, UDP send and "
					 "close, unbound listen ports (this kernel's programs "
					 "lack bpf_get_current_task_btf)");
			} else if (!hooks) {
				size_t used = strlen(c->describe);

				snprintf(c->describe + used, sizeof(c->describe) - used,
					 "; NOT covered: 32-bit syscalls, UDP send and close, "
					 "unbound listen ports (the cgroup socket hooks were "
					 "refused: %s)", strerror(-hook_err));
			}
			break;
		}
		if (fexit) {
			/* the same attempt again, with the trace events */
			if (verbose_log)
				fprintf(stderr, "sockwatch: the fexit programs were refused (%s); "
					"using the syscall trace events\n", strerror(-r));
			fexit_tried = true;
			attempt--;
			sockwatch_bpf__destroy(c->skel);
			c->skel = NULL;
			continue;
		}
		if (attempt == 3) {
			snprintf(err, errlen, "the kernel refused the BPF programs: %s "
				 "(--verbose shows the verifier's log)", strerror(-r));
			goto fail;
		}
		if (attempt == 1)
			hook_err = r;
		/* A kernel can have the kfunc and still refuse what the typed
		 * programs do with it; the twins do the same work by probes. */
		if (verbose_log)
			fprintf(stderr, "sockwatch: the %s programs were refused (%s); trying %s\n",
				typed ? "typed" : "probe-reading", strerror(-r),
				attempt == 1 ? "without the cgroup hooks" : "the next set");
		sockwatch_bpf__destroy(c->skel);
		c->skel = NULL;
	}
	/* the raw state-change tracepoint and the cgroup hooks need no
	 * tracefs; the syscall and io_uring trace events do */
	if (uses_trace_events(c->skel)) {
		r = ensure_tracefs(err, errlen);
		if (r)
			goto fail;
	}
	r = sockwatch_bpf__attach(c->skel);
	if (r) {
		snprintf(err, errlen, "cannot attach to the socket tracepoints: %s "
			 "(--verbose shows which)", strerror(-r));
		goto fail;
	}
	r = attach_cgroup_hooks(c, c->describe, sizeof(c->describe));
	/* sock_release removes each UDP association the programs keep for a
	 * disconnect's close: without it they keep none */
	if (!r && bpf_program__autoload(c->skel->progs.handle_sock_release))
		c->skel->bss->udp_assocs_on = 1;
	if (r) {
		/* The tracepoints still work: run without the hooks, and say
		 * what that leaves unseen on the ready line, which the record
		 * keeps. */
		size_t used = strlen(c->describe);

		for (int i = 0; i < c->ncgroup_links; i++)
			bpf_link__destroy(c->cgroup_links[i]);
		c->ncgroup_links = 0;
		if (used < sizeof(c->describe))
			snprintf(c->describe + used, sizeof(c->describe) - used,
				 "; NOT covered: 32-bit syscalls, UDP send and close (cgroup "
				 "socket hooks: %s)", strerror(-r));
	}
	if (o->proc_fn) {
		/* Without it events still flow, named from /proc as far as it
		 * goes; the ready line says so. */
		char perr[256];

		if (proc_track_open(&c->procs, o->proc_fn, o->proc_ctx, perr, sizeof(perr))) {
			fprintf(stderr, "sockwatch: %s; executables and command lines of "
				"short-lived processes will be missing\n", perr);
			c->procs = NULL;
		} else {
			size_t used = strlen(c->describe);

			snprintf(c->describe + used, sizeof(c->describe) - used,
				 ", sched:sched_process_exec/fork/exit (raw)");
		}
	}
	c->rb = ring_buffer__new(bpf_map__fd(c->skel->maps.rb), ring_event, c, NULL);
	if (!c->rb) {
		r = -errno;
		snprintf(err, errlen, "cannot map the ring buffer: %s", strerror(-r));
		goto fail;
	}
	map_positions(c, bpf_map__fd(c->skel->maps.rb), bpf_map__max_entries(c->skel->maps.rb));
	*out = c;
	return 0;
fail:
	capture_close(c);
	return r < 0 ? r : -EINVAL;
}

#define HELD_SWEEP_EVERY_NS 20000000ULL /* 20 ms */
#define HELD_MAX 4096                    /* held_closes' max_entries */

/*
 * The closes the kernel finished on sockets a process still holds wait in
 * held_closes for the process that lets go (sockwatch.bpf.c). Those still
 * there after SW_HELD_CLOSE_NS are reported here as the kernel's: taken
 * with lookup-and-delete, which succeeds once, so a release racing with
 * this sweep reports each close once. Swept every 20 ms at most, and only
 * once a close was ever held.
 */
static void held_sweep(struct capture *c)
{
	static __u64 keys[HELD_MAX];
	struct sockwatch_bpf__bss *bss = c->skel->bss;
	int fd = bpf_map__fd(c->skel->maps.held_closes);
	uint64_t now = clock_mono_ns();
	__u64 *prev = NULL;
	size_t n = 0;

	if (!bss->held_closes_used || now - c->held_swept_ns < HELD_SWEEP_EVERY_NS)
		return;
	c->held_swept_ns = now;
	/* the keys first: entries deleted meanwhile would restart a walk */
	while (n < HELD_MAX && !bpf_map_get_next_key(fd, prev, &keys[n])) {
		prev = &keys[n];
		n++;
	}
	for (size_t i = 0; i < n && !c->stop; i++) {
		/* zeroed: valgrind does not know that lookup-and-delete
		 * writes the value */
		struct sw_held_close h = { 0 };

		if (bpf_map_lookup_elem(fd, &keys[i], &h) ||
		    /* signed: one held after `now` was taken is younger */
		    (int64_t)(now - h.since_ns) < (int64_t)SW_HELD_CLOSE_NS ||
		    bpf_map_lookup_and_delete_elem(fd, &keys[i], &h))
			continue;
		__sync_fetch_and_add(&bss->held_live, -1);
		if (!h.wanted)
			continue;
		h.e.ts_ns = clock_mono_ns();
		procs_sync(c, h.e.ts_ns);
		if (c->fn(c->ctx, &h.e))
			c->stop = 1;
	}
}

int capture_poll(struct capture *c, int timeout_ms)
{
	int n, m;

	c->stop = 0;
	c->sample_fill = true;
	procs_sync(c, clock_mono_ns());
	/* A wakeup only comes once an eighth of the ring is pending, so the
	 * timeout is what bounds latency; drain whatever is there after it,
	 * also after a signal, so nothing already captured is left behind. */
	n = ring_buffer__poll(c->rb, timeout_ms);
	if (n < 0 && n != -ECANCELED && n != -EINTR)
		return n;
	if (c->stop)
		return 0;
	m = ring_buffer__consume(c->rb);
	if (m < 0 && m != -ECANCELED)
		return m;
	if (!c->stop)
		held_sweep(c);
	return n == -EINTR ? -EINTR : 0;
}

int capture_settle(struct capture *c, int max_ms)
{
	uint64_t until = clock_mono_ms() + (uint64_t)max_ms;
	int r;

	while (*(volatile __s64 *)&c->skel->bss->held_live > 0 && clock_mono_ms() < until) {
		r = capture_poll(c, 10);
		if (r < 0 && r != -EINTR)
			return r;
		if (c->stop)
			return 0;
	}
	return capture_poll(c, 0);
}

int capture_ncpu(const struct capture *c)
{
	return c->ncpu;
}

static uint64_t sub0(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

/*
 * Runs the kernel skipped that nothing took over: each may have been an
 * event. The set-state understudy takes the first program's skips and the
 * first takes the understudy's; a skip is counted an instant before its
 * rescue, so where the counts disagree they are read again a moment later
 * rather than a loss recorded that was not one.
 */
uint64_t capture_skipped(struct capture *c)
{
	const struct sockwatch_bpf *skel = c->skel;
	const volatile __u64 *rescued = &skel->bss->set_state_rescued;
	const volatile __u64 *covered = &skel->bss->set_state_covered;
	uint64_t other = 0, first = 0, understudy = 0;
	struct bpf_program *p;

	bpf_object__for_each_program(p, skel->obj) {
		int fd = bpf_program__fd(p);
		uint64_t m;

		if (fd < 0 || !(m = prog_fd_misses(fd)))
			continue;
		if (p == skel->progs.handle_set_state || p == skel->progs.handle_set_state_legacy)
			first += m;
		else if (p == skel->progs.handle_set_state_understudy ||
			 p == skel->progs.handle_set_state_legacy_understudy)
			understudy += m;
		else
			other += m;
	}
	if (first > *rescued || understudy > *covered)
		usleep(2000);
	return other + sub0(first, *rescued) + sub0(understudy, *covered);
}

/* UDP closes the kernel never ran sock_release for, found later by what
 * their sockets left behind (bpf: udp_peer_stale). */
static uint64_t capture_release_skips(const struct capture *c)
{
	return c->skel->bss->release_skips;
}

/* Events lost because a map holding an operation until it could be
 * reported was full (bpf: count_map_full). */
static uint64_t capture_map_full(const struct capture *c)
{
	return c->skel->bss->map_full_drops;
}

uint64_t capture_drops(struct capture *c, uint64_t *per_cpu, int ncpu)
{
	const volatile __u64 *counts = c->skel->bss->drop_count;
	uint64_t total = capture_skipped(c) + capture_release_skips(c) + capture_map_full(c);

	for (int i = 0; i < SW_MAX_CPUS; i++) {
		uint64_t v = counts[i];

		total += v;
		if (per_cpu && i < ncpu)
			per_cpu[i] = v;
	}
	return total;
}

void capture_report_drops(struct capture *c, uint64_t total, const char *prefix,
			  const char *hint)
{
	int ncpu = capture_ncpu(c);
	uint64_t per[ncpu > 0 ? ncpu : 1];
	char buf[512];
	size_t used = 0;

	uint64_t skipped = capture_skipped(c), releases = capture_release_skips(c);
	uint64_t full = capture_map_full(c);
	char why[384] = "";
	size_t w = 0;

	capture_drops(c, per, ncpu);
	for (int i = 0; i < ncpu && used < sizeof(buf) - 32; i++)
		if (per[i])
			used += (size_t)snprintf(buf + used, sizeof(buf) - used, "%scpu%d: %llu",
						 used ? ", " : "", i, (unsigned long long)per[i]);
	buf[used] = '\0';
	if (!skipped && !releases && !full) {
		fprintf(stderr, "sockwatch: %s%llu events lost, ring buffer full (%s); %s\n",
			prefix, (unsigned long long)total, buf, hint);
		return;
	}
	/* the kernel's doing first: no option of ours helps with it */
	if (skipped)
		w += (size_t)snprintf(why + w, sizeof(why) - w, "%llu program runs the kernel "
				      "skipped (the program was already running on that CPU)",
				      (unsigned long long)skipped);
	if (releases && w < sizeof(why))
		w += (size_t)snprintf(why + w, sizeof(why) - w, "%s%llu UDP closes the kernel "
				      "never ran sock_release for (found by what the socket left)",
				      w ? ", " : "", (unsigned long long)releases);
	if (full && w < sizeof(why))
		snprintf(why + w, sizeof(why) - w, "%s%llu operations a full map could not hold "
			 "until they were reported", w ? ", " : "", (unsigned long long)full);
	fprintf(stderr, "sockwatch: %s%llu events lost: %s%s%s%s%s%s\n", prefix,
		(unsigned long long)total, why,
		used ? ", the rest ring buffer full (" : "", buf, used ? ")" : "",
		used ? "; " : "", used ? hint : "");
}

int64_t capture_proc_drops(const struct capture *c)
{
	return c->procs ? (int64_t)proc_track_drops(c->procs) : -1;
}

void capture_exempt_pid(struct capture *c, uint32_t pid)
{
	c->skel->bss->selftest_pid = pid;
}

const char *capture_describe(const struct capture *c)
{
	return c->describe;
}

bool capture_fexit(const struct capture *c)
{
	return c->fexit;
}

/* The ring's first page holds the consumer position, the second the
 * producer's (as libbpf maps them); a read-only mapping of each is enough
 * to tell how full it is. Without them the fill is simply not reported. */
static void map_positions(struct capture *c, int fd, uint64_t ring_bytes)
{
	long page = sysconf(_SC_PAGESIZE);
	void *cons, *prod;

	if (page <= 0 || !ring_bytes)
		return;
	cons = mmap(NULL, (size_t)page, PROT_READ, MAP_SHARED, fd, 0);
	if (cons == MAP_FAILED)
		return;
	prod = mmap(NULL, (size_t)page, PROT_READ, MAP_SHARED, fd, page);
	if (prod == MAP_FAILED) {
		munmap(cons, (size_t)page);
		return;
	}
	c->page_size = (size_t)page;
	c->cons_pos = cons;
	c->prod_pos = prod;
	c->ring_bytes = ring_bytes;
}

bool capture_ring_fill(const struct capture *c, double *last, double *max, uint64_t *bytes)
{
	if (!c->prod_pos)
		return false;
	*last = c->fill_last;
	*max = c->fill_max;
	*bytes = c->ring_bytes;
	return true;
}

void capture_close(struct capture *c)
{
	if (!c)
		return;
	if (c->prod_pos) {
		munmap((void *)c->cons_pos, c->page_size);
		munmap((void *)c->prod_pos, c->page_size);
	}
	ring_buffer__free(c->rb);
	for (int i = 0; i < c->ncgroup_links; i++)
		bpf_link__destroy(c->cgroup_links[i]);
	proc_track_close(c->procs);
	sockwatch_bpf__destroy(c->skel);
	free(c);
}
