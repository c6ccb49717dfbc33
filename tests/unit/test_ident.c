/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Process identity: the process cache fed by kernel records
 * (proc_cache.h) and what cgroup paths say (ident.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "label/ident.h"
#include "label/proc_cache.h"

static void test_exe_components(void **state)
{
	char out[64];

	(void)state;
	assert_int_equal(proc_exe_from_components("curl/bin/usr/", 13, out), 13);
	assert_string_equal(out, "/usr/bin/curl");
	proc_exe_from_components("busybox/", 8, out);
	assert_string_equal(out, "/busybox");
	proc_exe_from_components("", 0, out);
	assert_string_equal(out, "/");
	proc_exe_from_components("a b/with space/", 15, out);
	assert_string_equal(out, "/with space/a b");
}

static void test_parse_stat(void **state)
{
	/* comm holding ") (" and digits: the last ')' ends it */
	const char *stat = "4242 (x) 1 (y) ) S 17 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 "
			   "20 0 1 0 987654 12345 67";
	uint32_t ppid;
	uint64_t start;

	(void)state;
	assert_int_equal(proc_parse_stat(stat, strlen(stat), &ppid, &start), 0);
	assert_int_equal(ppid, 17);
	assert_int_equal(start, 987654);
	assert_int_equal(proc_parse_stat("12 (sh) S 1 2", 13, &ppid, &start), -1);
	assert_int_equal(proc_parse_stat("no paren", 8, &ppid, &start), -1);
}

static void exec_rec(struct sw_proc_exec *r, uint32_t pid, uint32_t start, uint64_t ts,
		     const char *components, const char *args, size_t args_len, uint8_t flags)
{
	memset(r, 0, sizeof(*r));
	r->h.type = SW_PROC_EXEC;
	r->h.pid = pid;
	r->h.start = start;
	r->h.ts_ns = ts;
	r->h.flags = flags;
	r->h.exe_len = (uint16_t)strlen(components);
	memcpy(r->exe, components, r->h.exe_len);
	r->h.args_len = (uint16_t)args_len;
	memcpy(r->args, args, args_len);
}

static void test_cache_exec_fork_exit(void **state)
{
	struct proc_cache *pc = proc_cache_new();
	struct sw_proc_exec *r = malloc(sizeof(*r));
	struct sw_proc_hdr h = {0};
	const struct proc_image *img;

	(void)state;
	assert_non_null(pc);
	/* pids far above any pid_max, so the /proc fallback finds nothing */
	exec_rec(r, 4000000001u, 500, 1000, "bash/bin/usr/", "bash\0", 5, 0);
	proc_cache_apply(pc, &r->h, sizeof(*r));
	img = proc_cache_lookup(pc, 4000000001u, 500, 2000);
	assert_non_null(img);
	assert_string_equal(img->exe, "/usr/bin/bash");
	assert_true(img->args_known);
	assert_int_equal(img->args_len, 5);

	/* bash forks: the child shares its image until it execs */
	h.type = SW_PROC_FORK;
	h.pid = 4000000002u;
	h.start = 600;
	h.ppid = 4000000001u;
	h.pstart = 500;
	h.ts_ns = 3000;
	proc_cache_apply(pc, &h, sizeof(h));
	img = proc_cache_lookup(pc, 4000000002u, 600, 3500);
	assert_non_null(img);
	assert_string_equal(img->exe, "/usr/bin/bash");

	/* the child execs curl, with a command line cut at the bound */
	exec_rec(r, 4000000002u, 600, 4000, "curl/bin/usr/", "curl\0-s\0http://x", 17,
		 SW_PROC_ARGS_CUT);
	proc_cache_apply(pc, &r->h, sizeof(*r));
	img = proc_cache_lookup(pc, 4000000002u, 600, 5000);
	assert_string_equal(img->exe, "/usr/bin/curl");
	assert_true(img->args_cut);
	assert_memory_equal(img->args, "curl\0-s\0http://x", 17);
	/* an event from before the exec still names bash */
	img = proc_cache_lookup(pc, 4000000002u, 600, 3900);
	assert_string_equal(img->exe, "/usr/bin/bash");

	/* it exits: still resolvable (a close comes after its owner exits) */
	h.type = SW_PROC_EXIT;
	h.ts_ns = 6000;
	proc_cache_apply(pc, &h, sizeof(h));
	img = proc_cache_lookup(pc, 4000000002u, 600, 6500);
	assert_non_null(img);
	assert_string_equal(img->exe, "/usr/bin/curl");

	/* the same pid, started later, is another process: not curl */
	assert_null(proc_cache_lookup(pc, 4000000002u, 601, 7000));
	assert_int_equal(proc_cache_misses(pc), 1);

	/* a kernel thread has no executable */
	exec_rec(r, 4000000003u, 7, 8000, "", "", 0, SW_PROC_NO_EXE);
	proc_cache_apply(pc, &r->h, sizeof(*r));
	img = proc_cache_lookup(pc, 4000000003u, 7, 9000);
	assert_non_null(img);
	assert_null(img->exe);
	assert_false(img->args_known);
	free(r);
	proc_cache_free(pc);
}

static void test_cache_eviction(void **state)
{
	struct proc_cache *pc = proc_cache_new();
	struct sw_proc_hdr h = {0};

	(void)state;
	/* more processes than the cap, each exiting: the cache stays bounded
	 * and the newest are still there */
	for (uint32_t i = 0; i < PROC_CACHE_MAX + 5000; i++) {
		h.type = SW_PROC_FORK;
		h.pid = 4100000000u + i;
		h.start = 1;
		h.ts_ns = 1000 + i;
		proc_cache_apply(pc, &h, sizeof(h));
		h.type = SW_PROC_EXIT;
		proc_cache_apply(pc, &h, sizeof(h));
	}
	assert_true(proc_cache_size(pc) <= PROC_CACHE_MAX);
	assert_true(proc_cache_size(pc) > PROC_CACHE_MAX / 2);
	proc_cache_free(pc);
}

static void test_seed_self(void **state)
{
	struct proc_cache *pc = proc_cache_new();
	const struct proc_image *img;
	char self[4096];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	FILE *f = fopen("/proc/self/stat", "r");
	char stat[1024];
	size_t sn;
	uint32_t ppid;
	uint64_t start;

	(void)state;
	assert_true(n > 0);
	self[n] = '\0';
	assert_non_null(f);
	sn = fread(stat, 1, sizeof(stat), f);
	fclose(f);
	assert_int_equal(proc_parse_stat(stat, sn, &ppid, &start), 0);
	assert_true(proc_cache_seed(pc, "/proc") > 0);
	img = proc_cache_lookup(pc, (uint32_t)getpid(), (uint32_t)start, 0);
	assert_non_null(img);
	assert_string_equal(img->exe, self);
	assert_true(img->args_known);
	assert_non_null(strstr(img->args, "test_ident"));
	proc_cache_free(pc);
}

static void unit_is(const char *path, const char *want)
{
	char unit[IDENT_UNIT_MAX];
	int r = ident_unit_of_path(path, unit, sizeof(unit));

	if (!want) {
		assert_int_equal(r, -1);
		return;
	}
	assert_int_equal(r, 0);
	assert_string_equal(unit, want);
}

static void test_unit(void **state)
{
	(void)state;
	unit_is("/system.slice/nginx.service", "nginx.service");
	unit_is("/system.slice/demo.service", "demo.service");
	unit_is("/user.slice/user-1000.slice/session-3.scope", "session-3.scope");
	unit_is("/user.slice/user-1000.slice/user@1000.service/app.slice/x.service",
		"user@1000.service");
	unit_is("/system.slice/docker-0123.scope", "docker-0123.scope");
	unit_is("/system.slice/ssh.socket", "ssh.socket");
	unit_is("/", NULL);
	unit_is("/system.slice", NULL);
	unit_is("/libpod_parent/libpod-abc", NULL);
	unit_is("/x/.service", NULL);
}

#define ID64 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static void container_is(const char *path, const char *id, const char *runtime)
{
	char got[IDENT_CONTAINER_ID_MAX];
	const char *rt = NULL;
	int r = ident_container_of_path(path, got, sizeof(got), &rt);

	if (!id) {
		assert_int_equal(r, -1);
		return;
	}
	assert_int_equal(r, 0);
	assert_string_equal(got, id);
	assert_string_equal(rt, runtime);
}

static void test_container(void **state)
{
	(void)state;
	container_is("/libpod_parent/libpod-" ID64, ID64, "podman");
	container_is("/machine.slice/libpod-" ID64 ".scope", ID64, "podman");
	container_is("/machine.slice/libpod-" ID64 ".scope/container", ID64, "podman");
	container_is("/machine.slice/libpod-conmon-" ID64 ".scope", NULL, NULL);
	container_is("/system.slice/docker-" ID64 ".scope", ID64, "docker");
	container_is("/docker/" ID64, ID64, "docker");
	container_is("/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1.slice/"
		     "cri-containerd-" ID64 ".scope", ID64, "containerd");
	container_is("/kubepods.slice/kubepods-pod1.slice/crio-" ID64 ".scope", ID64, "cri-o");
	container_is("/kubepods/burstable/pod1234/" ID64, ID64, "cri");
	container_is("/lxc/web1", "web1", "lxc");
	container_is("/lxc.payload.web1", "web1", "lxc");
	container_is("/lxc.payload.web1/system.slice/nginx.service", "web1", "lxc");
	container_is("/lxc.monitor.web1", NULL, NULL);
	/* not 64 hex: not an id */
	container_is("/system.slice/docker-1234.scope", NULL, NULL);
	container_is("/docker/" ID64 "0", NULL, NULL);
	container_is("/system.slice/docker.service", NULL, NULL);
	container_is("/", NULL, NULL);
}

static void test_proc_cgroup(void **state)
{
	char path[256];
	const char *hybrid = "12:pids:/user.slice\n1:name=systemd:/init.scope\n"
			     "0::/system.slice/demo.service\n";

	(void)state;
	assert_int_equal(ident_parse_proc_cgroup(hybrid, strlen(hybrid), path, sizeof(path)), 0);
	assert_string_equal(path, "/system.slice/demo.service");
	assert_int_equal(ident_parse_proc_cgroup("0::/\n", 5, path, sizeof(path)), 0);
	assert_string_equal(path, "/");
	assert_int_equal(ident_parse_proc_cgroup("3:cpu:/x\n", 9, path, sizeof(path)), -1);
	assert_int_equal(ident_parse_proc_cgroup("0::\n", 4, path, sizeof(path)), -1);
}

static void test_filters(void **state)
{
	struct proc_image img = { .refs = 1, .exe = "/usr/sbin/nginx" };
	struct ident_cgroup svc = { .id = 5, .path = "/system.slice/nginx.service",
				    .unit = "nginx.service" };
	struct ident_cgroup ctr = { .id = 6, .path = "/libpod_parent/libpod-" ID64,
				    .container_id = ID64, .runtime = "podman" };
	struct ident_cgroup lxc = { .id = 7, .path = "/lxc.payload.web1", .container_id = "web1",
				    .runtime = "lxc" };
	struct sw_ident in_unit = { &img, &svc, 1 }, in_ctr = { &img, &ctr, 0 },
			in_lxc = { NULL, &lxc, 0 }, unknown = { NULL, NULL, -1 };
	struct ident_filter f;
	char err[256];

	(void)state;
	memset(&f, 0, sizeof(f));
	assert_false(ident_filter_on(&f));
	assert_true(ident_filter_match(&f, &unknown));

	assert_int_equal(ident_filter_exe(&f, "nginx", err, sizeof(err)), -1);
	assert_non_null(strstr(err, "--exe"));
	assert_int_equal(ident_filter_exe(&f, "/usr/sbin/nginx", err, sizeof(err)), 0);
	assert_true(ident_filter_on(&f));
	assert_true(ident_filter_match(&f, &in_unit));
	assert_false(ident_filter_match(&f, &unknown));
	img.exe = "/usr/sbin/nginx-debug";
	assert_false(ident_filter_match(&f, &in_unit));
	img.exe = "/usr/sbin/nginx";

	memset(&f, 0, sizeof(f));
	assert_int_equal(ident_filter_unit(&f, "nginx", err, sizeof(err)), 0);
	assert_string_equal(f.unit, "nginx.service");
	assert_true(ident_filter_match(&f, &in_unit));
	assert_false(ident_filter_match(&f, &in_ctr));
	assert_int_equal(ident_filter_unit(&f, "session-3.scope", err, sizeof(err)), 0);
	assert_string_equal(f.unit, "session-3.scope");
	assert_int_equal(ident_filter_unit(&f, "a/b", err, sizeof(err)), -1);
	assert_int_equal(ident_filter_unit(&f, "", err, sizeof(err)), -1);

	memset(&f, 0, sizeof(f));
	assert_int_equal(ident_filter_container(&f, "any", err, sizeof(err)), 0);
	assert_true(ident_filter_match(&f, &in_ctr));
	assert_true(ident_filter_match(&f, &in_lxc));
	assert_false(ident_filter_match(&f, &in_unit));
	assert_int_equal(ident_filter_container(&f, "none", err, sizeof(err)), 0);
	assert_false(ident_filter_match(&f, &in_ctr));
	assert_true(ident_filter_match(&f, &in_unit));
	assert_false(ident_filter_match(&f, &unknown));
	assert_int_equal(ident_filter_container(&f, "0123456789ab", err, sizeof(err)), 0);
	assert_true(ident_filter_match(&f, &in_ctr));
	assert_false(ident_filter_match(&f, &in_lxc));
	assert_int_equal(ident_filter_container(&f, ID64, err, sizeof(err)), 0);
	assert_true(ident_filter_match(&f, &in_ctr));
	assert_int_equal(ident_filter_container(&f, "0123456789ac", err, sizeof(err)), 0);
	assert_false(ident_filter_match(&f, &in_ctr));
	assert_int_equal(ident_filter_container(&f, "web", err, sizeof(err)), 0);
	assert_false(ident_filter_match(&f, &in_lxc)); /* lxc names match whole */
	assert_int_equal(ident_filter_container(&f, "web1", err, sizeof(err)), 0);
	assert_true(ident_filter_match(&f, &in_lxc));
	assert_int_equal(ident_filter_container(&f, "", err, sizeof(err)), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exe_components),
		cmocka_unit_test(test_parse_stat),
		cmocka_unit_test(test_cache_exec_fork_exit),
		cmocka_unit_test(test_cache_eviction),
		cmocka_unit_test(test_seed_self),
		cmocka_unit_test(test_unit),
		cmocka_unit_test(test_container),
		cmocka_unit_test(test_proc_cgroup),
		cmocka_unit_test(test_filters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
