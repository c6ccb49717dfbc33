// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The traffic of the kernel matrix (scripts/kernel-matrix.py): real TCP and
 * UDP sockets over loopback inside a QEMU guest, built -static so it needs
 * nothing from the guest.
 *
 * It is its own oracle. For every call it makes it prints the event that
 * sockwatch must report, built from what the kernel told the program itself
 * (its pids, getsockname(), each call's return value), as a JSON object on
 * a line starting "expect ". The matrix compares those with sockwatch's
 * --json output.
 *
 *   traffic          the scenario: a forked server (bind, listen, accept,
 *                    close) and a client (connect, close, a refused
 *                    connect, a bind that fails, UDP bind/connect)
 *   traffic hold     sockets for `sockwatch snapshot` to find: prints
 *                    "expect-snapshot" lines and "ready", then waits until
 *                    stdin closes or 60 s pass
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define PORT_V4 8080
#define PORT_V6 8081
#define PORT_REFUSED 9       /* nothing listens there in the guest */
#define PORT_UDP_BIND 5353
#define PORT_UDP_PEER 53
#define HOLD_TCP4 8090
#define HOLD_TCP6 8091
#define HOLD_UDP4 5390

static void die(const char *what)
{
	fprintf(stderr, "traffic: %s: %s\n", what, strerror(errno));
	exit(2);
}

/* One expectation line, written with a single write() so the server's and
 * the client's lines never interleave. */
static void expect(const char *tag, const char *fmt, ...)
{
	char line[512];
	int n = snprintf(line, sizeof(line), "%s {", tag);
	va_list ap;

	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof(line) - (size_t)n, fmt, ap);
	va_end(ap);
	n += snprintf(line + n, sizeof(line) - (size_t)n, "}\n");
	if (write(STDOUT_FILENO, line, (size_t)n) != n)
		die("write");
}

struct endpoint {
	const char *family;
	char addr[INET6_ADDRSTRLEN];
	int port;
};

static struct endpoint endpoint_of(const struct sockaddr_storage *ss)
{
	struct endpoint ep = { 0 };

	if (ss->ss_family == AF_INET) {
		const struct sockaddr_in *in = (const void *)ss;

		ep.family = "ipv4";
		inet_ntop(AF_INET, &in->sin_addr, ep.addr, sizeof(ep.addr));
		ep.port = ntohs(in->sin_port);
	} else {
		const struct sockaddr_in6 *in6 = (const void *)ss;

		ep.family = "ipv6";
		inet_ntop(AF_INET6, &in6->sin6_addr, ep.addr, sizeof(ep.addr));
		ep.port = ntohs(in6->sin6_port);
	}
	return ep;
}

static struct endpoint local_of(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *)&ss, &len))
		die("getsockname");
	return endpoint_of(&ss);
}

static struct endpoint peer_of(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getpeername(fd, (struct sockaddr *)&ss, &len))
		die("getpeername");
	return endpoint_of(&ss);
}

static socklen_t make_addr(struct sockaddr_storage *ss, int family, int port)
{
	memset(ss, 0, sizeof(*ss));
	if (family == AF_INET) {
		struct sockaddr_in *in = (void *)ss;

		in->sin_family = AF_INET;
		in->sin_port = htons((uint16_t)port);
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		return sizeof(*in);
	}
	struct sockaddr_in6 *in6 = (void *)ss;

	in6->sin6_family = AF_INET6;
	in6->sin6_port = htons((uint16_t)port);
	in6->sin6_addr = in6addr_loopback;
	return sizeof(*in6);
}

static const char *fam_name(int family)
{
	return family == AF_INET ? "ipv4" : "ipv6";
}

static const char *loopback(int family)
{
	return family == AF_INET ? "127.0.0.1" : "::1";
}

/* A listener: bind and listen events, in this process. */
static int listener(int family, int port)
{
	struct sockaddr_storage ss;
	socklen_t len = make_addr(&ss, family, port);
	int one = 1, fd = socket(family, SOCK_STREAM, 0);

	if (fd < 0)
		die("socket");
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&ss, len))
		die("bind");
	expect("expect", "\"event\":\"bind\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"%s\","
	       "\"laddr\":\"%s\",\"lport\":%d,\"error\":null,\"auto_port\":false",
	       getpid(), fam_name(family), loopback(family), port);
	if (listen(fd, 8))
		die("listen");
	expect("expect", "\"event\":\"listen\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"%s\","
	       "\"laddr\":\"%s\",\"lport\":%d,\"role\":\"listener\"",
	       getpid(), fam_name(family), loopback(family), port);
	return fd;
}

static void close_expected(int fd, const char *role, bool remote)
{
	struct endpoint l = local_of(fd);

	if (remote) {
		struct endpoint r = peer_of(fd);

		expect("expect", "\"event\":\"close\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"%s\","
		       "\"laddr\":\"%s\",\"lport\":%d,\"raddr\":\"%s\",\"rport\":%d,"
		       "\"role\":\"%s\",\"error\":null",
		       getpid(), l.family, l.addr, l.port, r.addr, r.port, role);
	} else {
		expect("expect", "\"event\":\"close\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"%s\","
		       "\"laddr\":\"%s\",\"lport\":%d,\"role\":\"%s\",\"error\":null",
		       getpid(), l.family, l.addr, l.port, role);
	}
}

/* The server: two listeners, one connection accepted on each, echoed
 * until the client closes, then everything closed. */
static void server(int ready_fd)
{
	int lfd[2] = { listener(AF_INET, PORT_V4), listener(AF_INET6, PORT_V6) };

	if (write(ready_fd, "r", 1) != 1)
		die("write ready");
	close(ready_fd);
	for (int i = 0; i < 2; i++) {
		char buf[64];
		int cfd = accept(lfd[i], NULL, NULL);
		struct endpoint l, r;

		if (cfd < 0)
			die("accept");
		l = local_of(cfd);
		r = peer_of(cfd);
		expect("expect", "\"event\":\"accept\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"%s\","
		       "\"laddr\":\"%s\",\"lport\":%d,\"raddr\":\"%s\",\"rport\":%d,"
		       "\"role\":\"inbound\",\"error\":null",
		       getpid(), l.family, l.addr, l.port, r.addr, r.port);
		while (read(cfd, buf, sizeof(buf)) > 0)
			;
		close_expected(cfd, "inbound", true);
		close(cfd);
	}
	for (int i = 0; i < 2; i++) {
		close_expected(lfd[i], "listener", false);
		close(lfd[i]);
	}
}

static void client_connect(int family, int port)
{
	struct sockaddr_storage ss;
	socklen_t len = make_addr(&ss, family, port);
	int fd = socket(family, SOCK_STREAM, 0);
	struct endpoint l;

	if (fd < 0)
		die("socket");
	if (connect(fd, (struct sockaddr *)&ss, len))
		die("connect");
	l = local_of(fd);
	expect("expect", "\"event\":\"connect\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"%s\","
	       "\"laddr\":\"%s\",\"lport\":%d,\"raddr\":\"%s\",\"rport\":%d,"
	       "\"role\":\"outbound\",\"error\":null",
	       getpid(), l.family, l.addr, l.port, loopback(family), port);
	if (write(fd, "hello\n", 6) != 6)
		die("write");
	close_expected(fd, "outbound", true);
	close(fd);
}

/* connect() where nothing listens: the connect fails and the socket's
 * close carries the same error. */
static void client_refused(void)
{
	struct sockaddr_storage ss;
	socklen_t len = make_addr(&ss, AF_INET, PORT_REFUSED);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0)
		die("socket");
	if (!connect(fd, (struct sockaddr *)&ss, len) || errno != ECONNREFUSED)
		die("connect to a port where nothing listens did not fail with ECONNREFUSED");
	expect("expect", "\"event\":\"connect\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"ipv4\","
	       "\"raddr\":\"127.0.0.1\",\"rport\":%d,\"error\":\"ECONNREFUSED\"",
	       getpid(), PORT_REFUSED);
	expect("expect", "\"event\":\"close\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"ipv4\","
	       "\"raddr\":\"127.0.0.1\",\"rport\":%d,\"error\":\"ECONNREFUSED\"",
	       getpid(), PORT_REFUSED);
	close(fd);
}

/* A second bind to the server's port, while it listens. */
static void client_bind_in_use(void)
{
	struct sockaddr_storage ss;
	socklen_t len = make_addr(&ss, AF_INET, PORT_V4);
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0)
		die("socket");
	if (!bind(fd, (struct sockaddr *)&ss, len) || errno != EADDRINUSE)
		die("bind to a listening port did not fail with EADDRINUSE");
	expect("expect", "\"event\":\"bind\",\"pid\":%d,\"proto\":\"tcp\",\"family\":\"ipv4\","
	       "\"laddr\":\"127.0.0.1\",\"lport\":%d,\"error\":\"EADDRINUSE\"",
	       getpid(), PORT_V4);
	close(fd);
}

/* UDP has no close tracepoint everywhere: a close, if sockwatch reports
 * one, is allowed, not required ("optional"). */
static void client_udp(void)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd;
	struct endpoint l;

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	len = make_addr(&ss, AF_INET, PORT_UDP_BIND);
	if (fd < 0 || bind(fd, (struct sockaddr *)&ss, len))
		die("udp bind");
	expect("expect", "\"event\":\"bind\",\"pid\":%d,\"proto\":\"udp\",\"family\":\"ipv4\","
	       "\"laddr\":\"127.0.0.1\",\"lport\":%d,\"error\":null,\"auto_port\":false",
	       getpid(), PORT_UDP_BIND);
	expect("optional", "\"event\":\"close\",\"pid\":%d,\"proto\":\"udp\",\"lport\":%d",
	       getpid(), PORT_UDP_BIND);
	close(fd);

	fd = socket(AF_INET6, SOCK_DGRAM, 0);
	len = make_addr(&ss, AF_INET6, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&ss, len))
		die("udp bind to port 0");
	l = local_of(fd);
	expect("expect", "\"event\":\"bind\",\"pid\":%d,\"proto\":\"udp\",\"family\":\"ipv6\","
	       "\"laddr\":\"::1\",\"lport\":%d,\"error\":null,\"auto_port\":true",
	       getpid(), l.port);
	expect("optional", "\"event\":\"close\",\"pid\":%d,\"proto\":\"udp\",\"lport\":%d",
	       getpid(), l.port);
	close(fd);

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	len = make_addr(&ss, AF_INET, PORT_UDP_PEER);
	if (fd < 0 || connect(fd, (struct sockaddr *)&ss, len))
		die("udp connect");
	l = local_of(fd);
	expect("expect", "\"event\":\"connect\",\"pid\":%d,\"proto\":\"udp\",\"family\":\"ipv4\","
	       "\"laddr\":\"127.0.0.1\",\"lport\":%d,\"raddr\":\"127.0.0.1\",\"rport\":%d,"
	       "\"error\":null",
	       getpid(), l.port, PORT_UDP_PEER);
	expect("optional", "\"event\":\"close\",\"pid\":%d,\"proto\":\"udp\",\"lport\":%d",
	       getpid(), l.port);
	close(fd);
}

static int scenario(void)
{
	int ready[2], status;
	char c;
	pid_t pid;

	if (pipe(ready))
		die("pipe");
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		close(ready[0]);
		server(ready[1]);
		_exit(0);
	}
	close(ready[1]);
	if (read(ready[0], &c, 1) != 1) {
		fprintf(stderr, "traffic: the server did not start\n");
		return 2;
	}
	client_bind_in_use();
	client_connect(AF_INET, PORT_V4);
	client_connect(AF_INET6, PORT_V6);
	client_refused();
	client_udp();
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "traffic: the server failed\n");
		return 2;
	}
	return 0;
}

/* Sockets that exist, for `sockwatch snapshot`, until stdin closes. */
static int hold(void)
{
	struct sockaddr_storage ss;
	struct pollfd in = { .fd = STDIN_FILENO, .events = POLLIN };
	socklen_t len = make_addr(&ss, AF_INET, HOLD_UDP4);
	int udp = socket(AF_INET, SOCK_DGRAM, 0);
	int fd4 = listener(AF_INET, HOLD_TCP4), fd6 = listener(AF_INET6, HOLD_TCP6);

	if (udp < 0 || bind(udp, (struct sockaddr *)&ss, len))
		die("udp bind");
	expect("expect-snapshot", "\"pid\":%d,\"proto\":\"tcp\",\"family\":\"ipv4\","
	       "\"lport\":%d,\"state\":\"listen\"", getpid(), HOLD_TCP4);
	expect("expect-snapshot", "\"pid\":%d,\"proto\":\"tcp\",\"family\":\"ipv6\","
	       "\"lport\":%d,\"state\":\"listen\"", getpid(), HOLD_TCP6);
	expect("expect-snapshot", "\"pid\":%d,\"proto\":\"udp\",\"family\":\"ipv4\","
	       "\"lport\":%d", getpid(), HOLD_UDP4);
	printf("ready\n");
	fflush(stdout);
	poll(&in, 1, 60 * 1000);
	close(fd4);
	close(fd6);
	close(udp);
	return 0;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	if (argc == 2 && !strcmp(argv[1], "hold"))
		return hold();
	if (argc == 1)
		return scenario();
	fprintf(stderr, "usage: traffic [hold]\n");
	return 2;
}
