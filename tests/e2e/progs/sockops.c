// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The end-to-end tests' workload: one round of socket operations along one
 * path (user/common/pathops.h: native syscalls, int 0x80 direct or
 * socketcall, io_uring inline / IOSQE_ASYNC / SQPOLL through liburing),
 * then one JSON line saying which ports it used, for the test to match
 * the events against.
 *
 *   sockops PATH
 *
 *   sockops probe32
 *        whether this kernel delivers 32-bit syscalls (int 0x80): exit 0,
 *        else the reason on stdout and exit 3 (PROBE32_NO). The 32-bit
 *        modes (syscall32, socketcall, fail32) exit so too, rather than die
 *        of the fault.
 *
 * And two scenarios the round does not cover:
 *
 *   sockops fail32 direct|socketcall
 *        32-bit calls that fail: bind to a port in use (TCP and UDP), bind
 *        of a bound socket, TCP and UDP connect with no route; then one
 *        bind that succeeds. Prints each call's result, for the test to
 *        compare with the events and with strace.
 *   sockops uring-direct-accept
 *        io_uring accepts into the ring's fixed-file table (direct
 *        descriptors): one into a slot the kernel picks, whose number is
 *        made that of an unrelated socket's descriptor, one into a slot
 *        asked for. Prints the listener's and the clients' ports.
 *   sockops uring-fixed-udp
 *        a UDP socket sends one datagram, is registered in an io_uring
 *        file table and closed: the ring holds its last reference, which
 *        a kernel worker drops when the ring is torn down after exit.
 *        Prints the socket's port.
 *   sockops udp-disconnect syscall|syscall32|socketcall|io_uring
 *        as glibc's getaddrinfo() sorts addresses: a UDP socket connects
 *        to 127.0.0.2, disconnects (connect with AF_UNSPEC), connects to
 *        127.0.0.3, disconnects, and is closed; each along the path named.
 *        Each disconnect gives back the port the kernel picked. Prints the
 *        two local ports and the remote port.
 *   sockops udp-send-disconnect syscall|syscall32|socketcall|io_uring
 *        an unconnected UDP socket sends a datagram to 127.0.0.2:53 (the
 *        kernel binds it a port), disconnects, sends to the same place
 *        again (a new port), disconnects, and is closed; each call along
 *        the path named. Prints the two local ports.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <liburing.h>

#include "common/pathops.h"

#define NR32_socketcall 102
#define NR32_socket 359
#define NR32_bind 361
#define NR32_connect 362
#define NR32_close 6
#define NR32_sendto 369
#define SC_SOCKET 1
#define SC_BIND 2
#define SC_CONNECT 3
#define SC_SENDTO 11

/* What the 32-bit calls read: below 4 GiB. */
struct low {
	struct sockaddr_in sa;
	uint32_t args[6];
	char payload[1];
};

static struct low *low;
static int use_socketcall;

static long call32(int sc, long nr, long a, long b, long c)
{
	if (use_socketcall) {
		low->args[0] = (uint32_t)a;
		low->args[1] = (uint32_t)b;
		low->args[2] = (uint32_t)c;
		return pathop_int80(NR32_socketcall, sc, (long)(uintptr_t)low->args, 0, 0, 0, 0);
	}
	return pathop_int80(nr, a, b, c, 0, 0, 0);
}

static long sock32(int type)
{
	return call32(SC_SOCKET, NR32_socket, AF_INET, type, 0);
}

static void set_addr(const char *ip, uint16_t port)
{
	low->sa = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = htons(port) };
	inet_pton(AF_INET, ip, &low->sa.sin_addr);
}

static long bind32(long fd, const char *ip, uint16_t port)
{
	set_addr(ip, port);
	return call32(SC_BIND, NR32_bind, fd, (long)(uintptr_t)&low->sa, sizeof(low->sa));
}

static long connect32(long fd, const char *ip, uint16_t port)
{
	set_addr(ip, port);
	return call32(SC_CONNECT, NR32_connect, fd, (long)(uintptr_t)&low->sa, sizeof(low->sa));
}

static uint16_t port_of(int fd)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);

	if (getsockname(fd, (struct sockaddr *)&sa, &len))
		return 0;
	return ntohs(sa.sin_port);
}

/* A native socket bound to a port the kernel picks on 127.0.0.1. */
static int holder(int type)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int fd = socket(AF_INET, type, 0);

	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)))
		return -1;
	if (type == SOCK_STREAM && listen(fd, 4))
		return -1;
	return fd;
}

static int fail32(const char *how)
{
	int th = holder(SOCK_STREAM), uh = holder(SOCK_DGRAM);
	long t, u, tc, uc, r_inuse, r_uinuse, r_ok, r_again, r_tconn, r_uconn;
	uint16_t tp = port_of(th), up = port_of(uh);

	use_socketcall = !strcmp(how, "socketcall");
	if (!use_socketcall && strcmp(how, "direct")) {
		fprintf(stderr, "sockops fail32: direct or socketcall, not %s\n", how);
		return 2;
	}
	if (th < 0 || uh < 0) {
		perror("sockops fail32: holder");
		return 1;
	}
	t = sock32(SOCK_STREAM);
	u = sock32(SOCK_DGRAM);
	tc = sock32(SOCK_STREAM);
	uc = sock32(SOCK_DGRAM);
	if (t < 0 || u < 0 || tc < 0 || uc < 0) {
		fprintf(stderr, "sockops fail32: socket: %s\n", strerror((int)-t));
		return 1;
	}
	r_inuse = bind32(t, "127.0.0.1", tp);    /* EADDRINUSE */
	r_uinuse = bind32(u, "127.0.0.1", up);   /* EADDRINUSE */
	r_ok = bind32(t, "127.0.0.1", 0);        /* 0 */
	r_again = bind32(t, "127.0.0.1", 0);     /* EINVAL: bound already */
	r_tconn = connect32(tc, "10.99.0.1", 80); /* ENETUNREACH: only lo is up */
	r_uconn = connect32(uc, "10.99.0.1", 53); /* ENETUNREACH */
	printf("{\"pid\":%d,\"tcp_port\":%u,\"udp_port\":%u,\"bound_port\":%u,"
	       "\"tcp_inuse\":%ld,\"udp_inuse\":%ld,\"bind_ok\":%ld,\"bind_again\":%ld,"
	       "\"tcp_connect\":%ld,\"udp_connect\":%ld}\n", (int)getpid(), tp, up,
	       port_of((int)t), r_inuse, r_uinuse, r_ok, r_again, r_tconn, r_uconn);
	fflush(stdout);
	for (long *fd = (long[]){ t, u, tc, uc }, i = 0; i < 4; i++)
		pathop_int80(NR32_close, fd[i], 0, 0, 0, 0, 0);
	close(th);
	close(uh);
	return 0;
}

static int uring_step(struct io_uring *ring, const char *what)
{
	struct io_uring_cqe *cqe;
	int r = io_uring_submit(ring);

	if (r >= 0)
		r = io_uring_wait_cqe(ring, &cqe);
	if (r >= 0) {
		r = cqe->res;
		io_uring_cqe_seen(ring, cqe);
	}
	if (r < 0)
		fprintf(stderr, "sockops: io_uring %s: %s\n", what, strerror(-r));
	return r;
}

static int uring_direct_accept(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int lfd = holder(SOCK_STREAM), c1 = socket(AF_INET, SOCK_STREAM, 0);
	int c2 = socket(AF_INET, SOCK_STREAM, 0), slot1, r;
	struct io_uring_sqe *sqe;
	struct io_uring ring;

	if (lfd < 0 || c1 < 0 || c2 < 0) {
		perror("sockops uring-direct-accept: socket");
		return 1;
	}
	sa.sin_port = htons(port_of(lfd));
	if (connect(c1, (struct sockaddr *)&sa, sizeof(sa)) ||
	    connect(c2, (struct sockaddr *)&sa, sizeof(sa))) {
		perror("sockops uring-direct-accept: connect");
		return 1;
	}
	r = io_uring_queue_init(8, &ring, 0);
	if (r == 0)
		r = io_uring_register_files_sparse(&ring, 64);
	/* the slot the kernel picks has the number of c2's descriptor: read
	 * as a descriptor, it names the wrong socket */
	if (r == 0)
		r = io_uring_register_file_alloc_range(&ring, (unsigned)c2, 64 - (unsigned)c2);
	if (r) {
		fprintf(stderr, "sockops uring-direct-accept: ring: %s\n", strerror(-r));
		return 1;
	}
	/* sqe->file_index: the slot + 1, or IORING_FILE_INDEX_ALLOC (set by
	 * hand: some liburing versions add 1 to that too, making it 0) */
	sqe = io_uring_get_sqe(&ring);
	io_uring_prep_accept(sqe, lfd, NULL, NULL, 0);
	sqe->file_index = IORING_FILE_INDEX_ALLOC;
	slot1 = uring_step(&ring, "accept (any slot)");
	/* the slot asked for has c1's number; the result is 0 */
	sqe = io_uring_get_sqe(&ring);
	io_uring_prep_accept(sqe, lfd, NULL, NULL, 0);
	sqe->file_index = (unsigned)c1 + 1;
	r = uring_step(&ring, "accept (slot asked for)");
	if (slot1 < 0 || r < 0)
		return 1;
	printf("{\"pid\":%d,\"listen_port\":%u,\"client_ports\":[%u,%u],\"slots\":[%d,%d],"
	       "\"results\":[%d,%d]}\n", (int)getpid(), port_of(lfd), port_of(c1), port_of(c2),
	       slot1, c1, slot1, r);
	fflush(stdout);
	io_uring_prep_close_direct(io_uring_get_sqe(&ring), (unsigned)slot1);
	r = uring_step(&ring, "close (any slot)");
	io_uring_prep_close_direct(io_uring_get_sqe(&ring), (unsigned)c1);
	if (r >= 0)
		r = uring_step(&ring, "close (slot asked for)");
	io_uring_queue_exit(&ring);
	close(c1);
	close(c2);
	close(lfd);
	return r < 0;
}

static int uring_fixed_udp(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(9),
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int u = socket(AF_INET, SOCK_DGRAM, 0), r;
	struct io_uring ring;

	if (u < 0 || sendto(u, "x", 1, 0, (struct sockaddr *)&sa, sizeof(sa)) != 1) {
		perror("sockops uring-fixed-udp: socket");
		return 1;
	}
	r = io_uring_queue_init(4, &ring, 0);
	if (r == 0)
		r = io_uring_register_files(&ring, &u, 1);
	if (r) {
		fprintf(stderr, "sockops uring-fixed-udp: ring: %s\n", strerror(-r));
		return 1;
	}
	printf("{\"pid\":%d,\"port\":%u}\n", (int)getpid(), port_of(u));
	fflush(stdout);
	close(u);
	return 0; /* the ring goes with the process, torn down by a worker */
}

/* One connect or disconnect (ip NULL) of fd along path p. */
static int udp_connect_along(enum pathop_path p, struct io_uring *ring, int fd, const char *ip,
			     uint16_t port)
{
	struct sockaddr_in sa = { .sin_family = ip ? AF_INET : AF_UNSPEC, .sin_port = htons(port) };

	if (ip)
		inet_pton(AF_INET, ip, &sa.sin_addr);
	if (pathop_is_32bit(p)) {
		low->sa = sa;
		return (int)call32(SC_CONNECT, NR32_connect, fd, (long)(uintptr_t)&low->sa,
				   sizeof(low->sa));
	}
	if (ring) {
		io_uring_prep_connect(io_uring_get_sqe(ring), fd, (struct sockaddr *)&sa, sizeof(sa));
		return uring_step(ring, ip ? "connect" : "disconnect");
	}
	return connect(fd, (struct sockaddr *)&sa, sizeof(sa)) ? -errno : 0;
}

/* One datagram from fd to ip:port along path p. */
static int udp_send_along(enum pathop_path p, struct io_uring *ring, int fd, const char *ip,
			  uint16_t port)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(port) };
	struct iovec iov = { .iov_base = "x", .iov_len = 1 };
	struct msghdr msg = { .msg_name = &sa, .msg_namelen = sizeof(sa), .msg_iov = &iov,
			      .msg_iovlen = 1 };
	long r;

	inet_pton(AF_INET, ip, &sa.sin_addr);
	if (pathop_is_32bit(p)) {
		uint32_t a[6] = { (uint32_t)fd, (uint32_t)(uintptr_t)low->payload, 1, 0,
				  (uint32_t)(uintptr_t)&low->sa, sizeof(low->sa) };

		low->sa = sa;
		low->payload[0] = 'x';
		memcpy(low->args, a, sizeof(a));
		r = use_socketcall ?
			pathop_int80(NR32_socketcall, SC_SENDTO, (long)(uintptr_t)low->args, 0, 0, 0, 0) :
			pathop_int80(NR32_sendto, a[0], a[1], a[2], a[3], a[4], a[5]);
	} else if (ring) {
		io_uring_prep_sendmsg(io_uring_get_sqe(ring), fd, &msg, 0);
		r = uring_step(ring, "sendmsg");
	} else {
		r = sendto(fd, "x", 1, 0, (struct sockaddr *)&sa, sizeof(sa)) < 0 ? -errno : 1;
	}
	return r < 0 ? (int)r : 0;
}

/* The path named, or -1 with a line: the native call, io_uring's or a
 * 32-bit one (its ring made in *ring). */
static int udp_path(const char *mode, const char *path, struct io_uring *ring,
		    struct io_uring **rp)
{
	int p = pathop_parse(path), r;

	*rp = NULL;
	if (p < 0 || (p != PATHOP_SYSCALL && p != PATHOP_IO_URING && !pathop_is_32bit(p))) {
		fprintf(stderr, "sockops %s: no such path: %s\n", mode, path);
		return -1;
	}
	use_socketcall = p == PATHOP_SOCKETCALL;
	if (p == PATHOP_IO_URING) {
		r = io_uring_queue_init(4, ring, 0);
		if (r) {
			fprintf(stderr, "sockops %s: ring: %s\n", mode, strerror(-r));
			return -1;
		}
		*rp = ring;
	}
	return p;
}

static int udp_send_disconnect(const char *path)
{
	struct io_uring ring, *rp;
	int p = udp_path("udp-send-disconnect", path, &ring, &rp), fd, r = 0;
	uint16_t ports[2] = { 0, 0 };

	if (p < 0)
		return 2;
	fd = pathop_is_32bit(p) ? (int)sock32(SOCK_DGRAM) : socket(AF_INET, SOCK_DGRAM, 0);
	for (int i = 0; fd >= 0 && !r && i < 2; i++) {
		r = udp_send_along(p, rp, fd, "127.0.0.2", 53);
		ports[i] = port_of(fd);
		if (!r)
			r = udp_connect_along(p, rp, fd, NULL, 0);
	}
	if (fd < 0 || r) {
		fprintf(stderr, "sockops udp-send-disconnect: %s\n", strerror(fd < 0 ? -fd : -r));
		return 1;
	}
	printf("{\"pid\":%d,\"ports\":[%u,%u]}\n", (int)getpid(), ports[0], ports[1]);
	fflush(stdout);
	if (pathop_is_32bit(p))
		pathop_int80(NR32_close, fd, 0, 0, 0, 0, 0);
	else
		close(fd);
	if (rp)
		io_uring_queue_exit(rp);
	return 0;
}

static int udp_disconnect(const char *path)
{
	struct io_uring ring, *rp;
	int p = udp_path("udp-disconnect", path, &ring, &rp), fd, r = 0;
	uint16_t ports[2] = { 0, 0 };
	const char *ips[2] = { "127.0.0.2", "127.0.0.3" };

	if (p < 0)
		return 2;
	fd = pathop_is_32bit(p) ? (int)sock32(SOCK_DGRAM) : socket(AF_INET, SOCK_DGRAM, 0);
	for (int i = 0; fd >= 0 && !r && i < 2; i++) {
		r = udp_connect_along(p, rp, fd, ips[i], 53);
		ports[i] = port_of(fd);
		/* without fexit a 32-bit connect's outcome is settled just
		 * after it returns; a disconnect before that is a race this
		 * scenario is not about (README, Known limits) */
		if (pathop_is_32bit(p))
			usleep(100000);
		if (!r)
			r = udp_connect_along(p, rp, fd, NULL, 0);
	}
	if (fd < 0 || r) {
		fprintf(stderr, "sockops udp-disconnect: %s\n", strerror(fd < 0 ? -fd : -r));
		return 1;
	}
	printf("{\"pid\":%d,\"ports\":[%u,%u],\"rport\":53}\n", (int)getpid(), ports[0], ports[1]);
	fflush(stdout);
	if (pathop_is_32bit(p))
		pathop_int80(NR32_close, fd, 0, 0, 0, 0, 0);
	else
		close(fd);
	if (rp)
		io_uring_queue_exit(rp);
	return 0;
}

/* No 32-bit syscalls on this kernel: the tests skip, saying why. */
#define PROBE32_NO 3

static int no32(const char *mode)
{
	char why[160];

	if (pathop_int80_available(why, sizeof(why)))
		return 0;
	if (!strcmp(mode, "probe32"))
		printf("%s\n", why);
	else
		fprintf(stderr, "sockops %s: %s\n", mode, why);
	return PROBE32_NO;
}

int main(int argc, char **argv)
{
	struct pathop_result r;
	char err[256];
	int p;

	if (argc == 2 && !strcmp(argv[1], "probe32"))
		return no32(argv[1]);
	if (argc >= 2 && (!strcmp(argv[1], "fail32") || !strcmp(argv[1], "syscall32") ||
			  !strcmp(argv[1], "socketcall")) && no32(argv[1]))
		return PROBE32_NO;
	if (argc == 3 && (!strcmp(argv[1], "udp-disconnect") ||
			  !strcmp(argv[1], "udp-send-disconnect")) &&
	    (!strcmp(argv[2], "syscall32") || !strcmp(argv[2], "socketcall")) && no32(argv[1]))
		return PROBE32_NO;

	low = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
		   -1, 0);
	if (low == MAP_FAILED) {
		perror("sockops: mmap below 4 GiB");
		return 1;
	}
	if (argc == 3 && !strcmp(argv[1], "fail32"))
		return fail32(argv[2]);
	if (argc == 2 && !strcmp(argv[1], "uring-direct-accept"))
		return uring_direct_accept();
	if (argc == 2 && !strcmp(argv[1], "uring-fixed-udp"))
		return uring_fixed_udp();
	if (argc == 3 && !strcmp(argv[1], "udp-disconnect"))
		return udp_disconnect(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "udp-send-disconnect"))
		return udp_send_disconnect(argv[2]);
	if (argc != 2 || (p = pathop_parse(argv[1])) < 0) {
		fprintf(stderr, "usage: sockops syscall|syscall32|socketcall|io_uring|"
			"io_uring_async|io_uring_sqpoll\n"
			"       sockops fail32 direct|socketcall\n"
			"       sockops probe32\n"
			"       sockops uring-direct-accept\n"
			"       sockops uring-fixed-udp\n"
			"       sockops udp-disconnect syscall|syscall32|socketcall|io_uring\n"
			"       sockops udp-send-disconnect syscall|syscall32|socketcall|io_uring\n");
		return 2;
	}
	if (pathop_run(p, &r, err, sizeof(err))) {
		fprintf(stderr, "sockops: %s\n", err);
		return 1;
	}
	printf("{\"pid\":%d,\"listen_port\":%u,\"client_port\":%u,\"client2_port\":%u,"
	       "\"send_port\":%u,\"udp_conn_port\":%u,\"bind_listen_native\":%s}\n",
	       (int)getpid(), r.listen_port, r.client_port, r.client2_port, r.send_port,
	       r.udp_conn_port,
	       r.bind_listen_native ? "true" : "false");
	return 0;
}
