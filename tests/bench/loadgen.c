// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * loadgen: a deterministic, single-threaded socket load for benchmarking
 * sockwatch (see scripts/bench.py, which drives it).
 *
 *   loadgen MODE COUNT [--max-seconds S] [-6]
 *
 *   tcp          COUNT x (connect to a loopback listener of our own,
 *                accept, close both); blocking sockets
 *   udp-bind     COUNT x (socket, bind to loopback port 0, close)
 *   udp-connect  COUNT x (socket, connect to a loopback UDP port, close);
 *                UDP connect sends nothing, it only sets the peer
 *   refused      COUNT x (TCP connect to a loopback port nobody listens
 *                on, which fails with ECONNREFUSED, close)
 *   udp-sendto   COUNT x (socket, sendto a loopback UDP port without
 *                connecting, close): one unconnected datagram each
 *   uring-tcp    as tcp, with connect, accept and both closes submitted
 *                through io_uring (liburing), one request at a time
 *   getppid      COUNT x getppid(): no socket at all. Hooking syscalls
 *                slows every syscall on the host a little; this measures
 *                that toll on the cheapest one there is.
 *
 * -6 uses ::1 instead of 127.0.0.1. Only loopback is ever touched.
 *
 * On success it prints one JSON line to stdout and exits 0:
 *   {"mode":"tcp","count":20000,"done":20000,"seconds":0.812345}
 * "seconds" is CLOCK_MONOTONIC time spent in the loop alone (set-up and
 * tear-down excluded). When --max-seconds (default 60) runs out first, the
 * loop stops early: "done" is then smaller than "count", exit status is
 * still 0. On any failure it prints one line "loadgen: ..." to stderr and
 * exits 1.
 *
 * TIME_WAIT. A TCP connection whose side closes first with a FIN keeps a
 * TIME_WAIT entry for 60 s. At tens of thousands of connections per second
 * over one loopback address pair, entries on the client side would use up
 * the ~28k ephemeral ports in about a second and connect() would fail with
 * EADDRNOTAVAIL; entries on the server side make the next SYN from a reused
 * port hit an old TIME_WAIT socket. So the client sets SO_LINGER {1, 0} and
 * closes first: close() then sends RST and frees the socket at once, the
 * RST moves the accepted socket straight to CLOSE as well, and the server's
 * close() afterwards only releases the descriptor. No side ever enters
 * TIME_WAIT, and each connection still shows both TCP closes (client's in
 * the caller's context, server's from the RST) to a monitor.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* accept4 */
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <liburing.h>

enum mode { M_TCP, M_UDP_BIND, M_UDP_CONNECT, M_REFUSED, M_GETPPID, M_UDP_SENDTO, M_URING_TCP };

static const char *const mode_names[] = {
	[M_TCP] = "tcp",
	[M_UDP_BIND] = "udp-bind",
	[M_UDP_CONNECT] = "udp-connect",
	[M_REFUSED] = "refused",
	[M_GETPPID] = "getppid",
	[M_UDP_SENDTO] = "udp-sendto",
	[M_URING_TCP] = "uring-tcp",
};

struct addr {
	struct sockaddr_storage ss;
	socklen_t len;
	int family;
};

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("loadgen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void usage(void)
{
	fputs("usage: loadgen tcp|udp-bind|udp-connect|refused|getppid|udp-sendto|uring-tcp COUNT "
	      "[--max-seconds S] [-6]\n",
	      stderr);
	exit(2);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The loopback address of the chosen family, port 0. */
static void loopback(struct addr *a, int v6)
{
	memset(a, 0, sizeof(*a));
	if (v6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&a->ss;

		s6->sin6_family = AF_INET6;
		s6->sin6_addr = in6addr_loopback;
		a->len = sizeof(*s6);
		a->family = AF_INET6;
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&a->ss;

		s4->sin_family = AF_INET;
		s4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		a->len = sizeof(*s4);
		a->family = AF_INET;
	}
}

static int xsocket(int family, int type)
{
	int fd = socket(family, type | SOCK_CLOEXEC, 0);

	if (fd < 0)
		die("socket: %s", strerror(errno));
	return fd;
}

static void xclose(int fd)
{
	if (close(fd) < 0)
		die("close: %s", strerror(errno));
}

/*
 * A socket of the given type bound to loopback port 0; its address (with
 * the port the kernel chose) is stored in *a. Kept open for the whole run,
 * so the port stays ours.
 */
static int bound_socket(int type, struct addr *a, int v6)
{
	int fd = xsocket(v6 ? AF_INET6 : AF_INET, type);

	loopback(a, v6);
	if (bind(fd, (struct sockaddr *)&a->ss, a->len) < 0)
		die("bind: %s", strerror(errno));
	a->len = sizeof(a->ss);
	if (getsockname(fd, (struct sockaddr *)&a->ss, &a->len) < 0)
		die("getsockname: %s", strerror(errno));
	return fd;
}

static void one_tcp(int lfd, const struct addr *srv)
{
	const struct linger abort_on_close = { .l_onoff = 1, .l_linger = 0 };
	int c = xsocket(srv->family, SOCK_STREAM);
	int s;

	if (setsockopt(c, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof(abort_on_close)) < 0)
		die("setsockopt SO_LINGER: %s", strerror(errno));
	if (connect(c, (const struct sockaddr *)&srv->ss, srv->len) < 0)
		die("connect: %s", strerror(errno));
	s = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	if (s < 0)
		die("accept: %s", strerror(errno));
	xclose(c); /* RST: see TIME_WAIT above */
	xclose(s);
}

static void one_udp_bind(int v6)
{
	struct addr a;
	int fd = xsocket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM);

	loopback(&a, v6);
	if (bind(fd, (struct sockaddr *)&a.ss, a.len) < 0)
		die("bind: %s", strerror(errno));
	xclose(fd);
}

static void one_udp_connect(const struct addr *peer)
{
	int fd = xsocket(peer->family, SOCK_DGRAM);

	if (connect(fd, (const struct sockaddr *)&peer->ss, peer->len) < 0)
		die("connect: %s", strerror(errno));
	xclose(fd);
}

static void one_refused(const struct addr *dead)
{
	int fd = xsocket(dead->family, SOCK_STREAM);

	if (connect(fd, (const struct sockaddr *)&dead->ss, dead->len) == 0)
		die("connect to a port without listener succeeded");
	if (errno != ECONNREFUSED)
		die("connect: expected ECONNREFUSED, got %s", strerror(errno));
	xclose(fd);
}

static void one_udp_sendto(const struct addr *peer)
{
	int fd = xsocket(peer->family, SOCK_DGRAM);

	if (sendto(fd, "x", 1, 0, (const struct sockaddr *)&peer->ss, peer->len) != 1)
		die("sendto: %s", strerror(errno));
	xclose(fd);
}

/* One io_uring request, waited for: its result. */
static int uring_do(struct io_uring *ring, const char *what)
{
	struct io_uring_cqe *cqe;
	int r = io_uring_submit(ring);

	if (r < 0 || (r = io_uring_wait_cqe(ring, &cqe)) < 0)
		die("io_uring %s: %s", what, strerror(-r));
	r = cqe->res;
	io_uring_cqe_seen(ring, cqe);
	if (r < 0)
		die("io_uring %s: %s", what, strerror(-r));
	return r;
}

static void one_uring_tcp(struct io_uring *ring, int lfd, const struct addr *srv)
{
	const struct linger abort_on_close = { .l_onoff = 1, .l_linger = 0 };
	int c = xsocket(srv->family, SOCK_STREAM), s;

	if (setsockopt(c, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof(abort_on_close)) < 0)
		die("setsockopt SO_LINGER: %s", strerror(errno));
	io_uring_prep_connect(io_uring_get_sqe(ring), c, (const struct sockaddr *)&srv->ss,
			      srv->len);
	uring_do(ring, "connect");
	io_uring_prep_accept(io_uring_get_sqe(ring), lfd, NULL, NULL, SOCK_CLOEXEC);
	s = uring_do(ring, "accept");
	io_uring_prep_close(io_uring_get_sqe(ring), c);
	uring_do(ring, "close");
	io_uring_prep_close(io_uring_get_sqe(ring), s);
	uring_do(ring, "close");
}

static long parse_long(const char *s, const char *what, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		die("bad %s: '%s' (want an integer in %ld..%ld)", what, s, min, max);
	return v;
}

int main(int argc, char **argv)
{
	double max_seconds = 60, t0, t1, deadline;
	long count = -1, done;
	int v6 = 0, mode = -1, keep = -1;
	const char *mode_arg = NULL;
	struct addr target;
	struct io_uring ring;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-6")) {
			v6 = 1;
		} else if (!strcmp(argv[i], "--max-seconds")) {
			char *end;

			if (++i >= argc)
				usage();
			errno = 0;
			max_seconds = strtod(argv[i], &end);
			if (errno || end == argv[i] || *end || !(max_seconds > 0) ||
			    max_seconds > 86400)
				die("bad --max-seconds: '%s' (want 0 < S <= 86400)", argv[i]);
		} else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			usage();
		} else if (argv[i][0] == '-' && argv[i][1]) {
			die("unknown option '%s'", argv[i]);
		} else if (!mode_arg) {
			mode_arg = argv[i];
		} else if (count < 0) {
			count = parse_long(argv[i], "COUNT", 0, 1000000000L);
		} else {
			usage();
		}
	}
	if (!mode_arg || count < 0)
		usage();
	for (int m = 0; m < (int)(sizeof(mode_names) / sizeof(mode_names[0])); m++)
		if (!strcmp(mode_arg, mode_names[m]))
			mode = m;
	if (mode < 0)
		die("unknown mode '%s' (tcp, udp-bind, udp-connect, refused, getppid, udp-sendto, "
		    "uring-tcp)", mode_arg);

	switch (mode) {
	case M_URING_TCP:
		if ((errno = -io_uring_queue_init(8, &ring, 0)))
			die("io_uring_queue_init: %s", strerror(errno));
		/* the same listener */
		__attribute__((fallthrough));
	case M_TCP:
		keep = bound_socket(SOCK_STREAM, &target, v6);
		if (listen(keep, 128) < 0)
			die("listen: %s", strerror(errno));
		break;
	case M_UDP_CONNECT:
	case M_UDP_SENDTO:
		/* a UDP port we hold: connected to, or sent to and never read */
		keep = bound_socket(SOCK_DGRAM, &target, v6);
		break;
	case M_REFUSED:
		/* bound, never listening: the port is ours and refuses SYNs */
		keep = bound_socket(SOCK_STREAM, &target, v6);
		break;
	default:
		break;
	}

	t0 = now();
	deadline = t0 + max_seconds;
	for (done = 0; done < count; done++) {
		if (now() >= deadline)
			break;
		switch (mode) {
		case M_TCP:
			one_tcp(keep, &target);
			break;
		case M_UDP_BIND:
			one_udp_bind(v6);
			break;
		case M_UDP_CONNECT:
			one_udp_connect(&target);
			break;
		case M_REFUSED:
			one_refused(&target);
			break;
		case M_GETPPID:
			/* the raw syscall: no libc caching can skip it */
			syscall(SYS_getppid);
			break;
		case M_UDP_SENDTO:
			one_udp_sendto(&target);
			break;
		case M_URING_TCP:
			one_uring_tcp(&ring, keep, &target);
			break;
		}
	}
	t1 = now();

	if (keep >= 0)
		xclose(keep);
	printf("{\"mode\":\"%s\",\"count\":%ld,\"done\":%ld,\"seconds\":%.6f}\n",
	       mode_names[mode], count, done, t1 - t0);
	if (fflush(stdout) == EOF)
		die("stdout: %s", strerror(errno));
	return 0;
}
