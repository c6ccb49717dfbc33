// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * release_hook [COUNT] [MAX_SECONDS]: connect COUNT UDP sockets to a
 * loopback port and close each at once, with release_hook.bpf.c attached
 * at the cgroup v2 root, then say how many closes the kernel ran the
 * sock_release program for. Exit 0 if every one, 1 if the kernel skipped
 * some, 2 if the check could not run. No datagram is sent: a UDP connect
 * only picks the route.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "release_hook.skel.h"

static int quiet(enum libbpf_print_level level, const char *fmt, va_list args)
{
	(void)level, (void)fmt, (void)args;
	return 0;
}

/* The cgroup v2 mount, wherever the host put it. */
static int cgroup2_root(char *path, size_t len)
{
	char dev[64], dir[4096], type[64];
	FILE *f = fopen("/proc/self/mounts", "r");
	int found = 0;

	if (!f)
		return 0;
	while (!found && fscanf(f, "%63s %4095s %63s %*[^\n]", dev, dir, type) == 3)
		if (!strcmp(type, "cgroup2"))
			found = snprintf(path, len, "%s", dir) < (int)len;
	fclose(f);
	return found;
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	unsigned long count = argc > 1 ? strtoul(argv[1], NULL, 10) : 5000000;
	double max_s = argc > 2 ? atof(argv[2]) : 600, start;
	struct sockaddr_in target = { .sin_family = AF_INET };
	socklen_t len = sizeof(target);
	struct release_hook_bpf *skel;
	struct utsname u;
	char cg[4096];
	unsigned long done = 0;
	int anchor, cgfd, fd, left = 0;
	__u64 key, next, *prev = NULL;

	libbpf_set_print(quiet);
	if (!count || max_s <= 0) {
		fprintf(stderr, "usage: release_hook [COUNT] [MAX_SECONDS]\n");
		return 2;
	}
	if (!cgroup2_root(cg, sizeof(cg)) || (cgfd = open(cg, O_RDONLY | O_DIRECTORY)) < 0) {
		fprintf(stderr, "release_hook: no cgroup v2 mount to attach to\n");
		return 2;
	}
	/* the port the sockets connect to: one bound socket holds it */
	target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	anchor = socket(AF_INET, SOCK_DGRAM, 0);
	if (anchor < 0 || bind(anchor, (struct sockaddr *)&target, len) ||
	    getsockname(anchor, (struct sockaddr *)&target, &len)) {
		fprintf(stderr, "release_hook: loopback UDP port: %s\n", strerror(errno));
		return 2;
	}
	skel = release_hook_bpf__open();
	if (!skel) {
		fprintf(stderr, "release_hook: cannot open the BPF object\n");
		return 2;
	}
	skel->rodata->port_be = target.sin_port;
	if (release_hook_bpf__load(skel) ||
	    !bpf_program__attach_cgroup(skel->progs.note_connect, cgfd) ||
	    !bpf_program__attach_cgroup(skel->progs.note_release, cgfd)) {
		fprintf(stderr, "release_hook: cannot load or attach at %s: %s\n", cg,
			strerror(errno));
		return 2;
	}
	start = now();
	while (done < count && (done & 1023 || now() - start < max_s)) {
		fd = socket(AF_INET, SOCK_DGRAM, 0);
		if (fd < 0 || connect(fd, (struct sockaddr *)&target, len)) {
			fprintf(stderr, "release_hook: socket %lu: %s\n", done, strerror(errno));
			return 2;
		}
		close(fd);
		done++;
	}
	fd = bpf_map__fd(skel->maps.open_socks);
	while (!bpf_map_get_next_key(fd, prev, &next)) {
		__u64 seq;

		key = next;
		prev = &key;
		if (!bpf_map_lookup_elem(fd, &key, &seq))
			fprintf(stderr, "release_hook: socket %llu of %lu: no sock_release run\n",
				(unsigned long long)seq + 1, done);
		left++;
	}
	uname(&u);
	{
		__u64 connected = skel->bss->connected, unnoted = skel->bss->unnoted;
		__u64 noted = connected - unnoted, released = skel->bss->released;

		/* a socket the map could not note cannot be crossed off: it is
		 * left out rather than counted as a skip */
		printf("%s: sock_release ran for %llu of %llu UDP sockets connected and closed "
		       "(%d never; connect4 saw %llu of %lu, %llu not noted), in %.0f s\n",
		       u.release, (unsigned long long)released, (unsigned long long)noted, left,
		       (unsigned long long)connected, done, (unsigned long long)unnoted,
		       now() - start);
		return released == noted && connected == done && !left ? 0 : 1;
	}
}
