// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Userspace cost per event, without the kernel: label + format a mix of
 * realistic events as table rows and as JSON, into a buffer that is
 * recycled like tail's output buffer. Prints events/second and ns/event.
 * `make bench` runs it; timing is reported, never asserted.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "label/event.h"
#include "label/ident.h"
#include "output/output.h"

/* microbench [COUNT [table|json|who]]: callgrind runs a smaller count of one
 * format. "who": JSON with who acted (issue 11) filled in on every event: an
 * executable, a command line, a cgroup with a unit or a container, as tail
 * gets them from its process cache; "json" leaves them null. */
static unsigned N_EVENTS = 2000000u;
#define MIX 8

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void make_mix(struct sw_event *ev)
{
	static const struct { int kind, proto, family, role; unsigned short lport, rport; int result; }
	shape[MIX] = {
		{ SW_CONNECT, IPPROTO_TCP, AF_INET, SW_ROLE_OUTBOUND, 41234, 443, 0 },
		{ SW_ACCEPT, IPPROTO_TCP, AF_INET, SW_ROLE_INBOUND, 8080, 50123, 0 },
		{ SW_CLOSE, IPPROTO_TCP, AF_INET, SW_ROLE_OUTBOUND, 41234, 443, 0 },
		{ SW_BIND, IPPROTO_UDP, AF_INET6, SW_ROLE_LISTENER, 5353, 0, 0 },
		{ SW_CONNECT, IPPROTO_UDP, AF_INET6, SW_ROLE_OUTBOUND, 40000, 53, 0 },
		{ SW_LISTEN, IPPROTO_TCP, AF_INET6, SW_ROLE_LISTENER, 22, 0, 0 },
		{ SW_CONNECT, IPPROTO_TCP, AF_INET, SW_ROLE_OUTBOUND, 0, 9, -111 },
		{ SW_CLOSE, IPPROTO_TCP, AF_INET, SW_ROLE_INBOUND, 8080, 50123, -104 },
	};
	for (int i = 0; i < MIX; i++) {
		struct sw_event *e = &ev[i];

		memset(e, 0, sizeof(*e));
		e->kind = shape[i].kind;
		e->proto = shape[i].proto;
		e->family = shape[i].family;
		e->role = shape[i].role;
		e->lport = shape[i].lport;
		e->rport = shape[i].rport;
		e->result = shape[i].result;
		e->pid = e->tid = 12345 + i;
		e->ppid = 1;
		e->uid = 1000;
		e->cgroup_id = 4242;
		e->netns = 4026531840u;
		e->flags = SW_F_OWNER_KNOWN;
		snprintf(e->comm, sizeof(e->comm), "worker-%d", i);
		if (e->family == AF_INET) {
			inet_pton(AF_INET, "10.1.2.3", e->laddr);
			inet_pton(AF_INET, "127.0.0.1", e->raddr);
		} else {
			inet_pton(AF_INET6, "fd00::1234:5678", e->laddr);
			inet_pton(AF_INET6, "::1", e->raddr);
		}
	}
}

/* Who acted, for the "who" row: two programs, one in a systemd unit, one in
 * a podman container, on alternating events. */
static char exe0[] = "/usr/bin/curl", exe1[] = "/usr/sbin/nginx";
static char args0[] = "curl\0-s\0--max-time\0005\0https://deb.example.org/dists/stable/Release";
static char args1[] = "nginx: worker process";
static char path0[] = "/system.slice/apt-daily.service", unit0[] = "apt-daily.service";
static char path1[] = "/libpod_parent/libpod-"
	"07d1c0ffee07d1c0ffee07d1c0ffee07d1c0ffee07d1c0ffee07d1c0ffee0123";
static char ctr1[] = "07d1c0ffee07d1c0ffee07d1c0ffee07d1c0ffee07d1c0ffee07d1c0ffee0123";
static const struct proc_image who_img[2] = {
	{ .exe = exe0, .args = args0, .args_len = sizeof(args0), .args_known = true },
	{ .exe = exe1, .args = args1, .args_len = sizeof(args1), .args_known = true },
};
static const struct ident_cgroup who_cg[2] = {
	{ .id = 4242, .path = path0, .unit = unit0 },
	{ .id = 4343, .path = path1, .container_id = ctr1, .runtime = "podman" },
};
static const struct sw_ident who_of[2] = {
	{ .img = &who_img[0], .cg = &who_cg[0], .host_netns = 1 },
	{ .img = &who_img[1], .cg = &who_cg[1], .host_netns = 0 },
};

static void run(const char *name, int json, int who, struct services *svc, struct sw_event *ev)
{
	static char buf[256 << 10];
	struct clock_cache tc = { .sec = -1 };
	size_t len = 0, total = 0;
	uint64_t wall = 1764065346000000000ull;
	double t0 = now();

	for (unsigned i = 0; i < N_EVENTS; i++) {
		struct sw_labeled l;

		if (len + OUT_LINE_MAX > sizeof(buf)) {
			total += len;
			len = 0;
		}
		ev[i % MIX].ts_ns = wall;
		sw_label(&l, &ev[i % MIX], wall + i * 1000ull, svc);
		if (who)
			l.who = &who_of[i & 1];
		len += json ? out_json_event(buf + len, &l, &tc) : out_table_row(buf + len, &l, &tc);
	}
	total += len;
	double dt = now() - t0;
	printf("| %-15s | %10.0f | %6.0f | %5.1f |\n", name, N_EVENTS / dt, dt / N_EVENTS * 1e9,
	       (double)total / N_EVENTS);
}

int main(int argc, char **argv)
{
	const char *only = argc > 2 ? argv[2] : NULL;

	struct sw_event ev[MIX];
	struct services *svc = services_new();

	if (!svc)
		return 1;
	if (argc > 1)
		N_EVENTS = (unsigned)strtoul(argv[1], NULL, 10);
	make_mix(ev);
	printf("userspace labeling + formatting, %u events (mixed kinds, v4/v6):\n\n", N_EVENTS);
	printf("| format | events/s | ns/event | bytes/event |\n|---|---|---|---|\n");
	if (!only || !strcmp(only, "table"))
		run("table", 0, 0, svc, ev);
	if (!only || !strcmp(only, "json"))
		run("json", 1, 0, svc, ev);
	if (!only || !strcmp(only, "who"))
		run("json, who acted", 1, 1, svc, ev);
	services_free(svc);
	return 0;
}
