// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <liburing.h>

#include "common/pathops.h"

/* io_uring opcodes newer than some liburing headers (kernel ABI, 6.11) */
#define OP_BIND 56
#define OP_LISTEN 57

/* i386 syscall numbers, and socketcall(2)'s call numbers */
#define NR32_close 6
#define NR32_getpid 20
#define NR32_socketcall 102
#define NR32_socket 359
#define NR32_bind 361
#define NR32_connect 362
#define NR32_listen 363
#define NR32_accept4 364
#define NR32_sendto 369
#define SC_SOCKET 1
#define SC_BIND 2
#define SC_CONNECT 3
#define SC_LISTEN 4
#define SC_ACCEPT 5
#define SC_SENDTO 11

static const char *const names[PATHOP_COUNT] = {
	[PATHOP_SYSCALL] = "syscall",
	[PATHOP_SYSCALL32] = "syscall32",
	[PATHOP_SOCKETCALL] = "socketcall",
	[PATHOP_IO_URING] = "io_uring",
	[PATHOP_IO_URING_ASYNC] = "io_uring_async",
	[PATHOP_IO_URING_SQPOLL] = "io_uring_sqpoll",
};

const char *pathop_name(enum pathop_path p)
{
	return p < PATHOP_COUNT ? names[p] : "unknown";
}

int pathop_parse(const char *name)
{
	for (int p = 0; p < PATHOP_COUNT; p++)
		if (!strcmp(name, names[p]))
			return p;
	return -1;
}

const char *pathop_via(enum pathop_path p)
{
	switch (p) {
	case PATHOP_SYSCALL: return "syscall";
	case PATHOP_SYSCALL32:
	case PATHOP_SOCKETCALL: return "syscall32";
	default: return "io_uring";
	}
}

/* What a 32-bit syscall reads must lie below 4 GiB: these do. */
struct low_mem {
	struct sockaddr_in sa;
	struct sockaddr_in peer;
	uint32_t peer_len;
	uint32_t args[6];
	char payload[8];
};

struct ctx {
	enum pathop_path path;
	struct io_uring ring;
	bool ring_up;
	struct low_mem *low;
	const char *step;
};

#if defined(__x86_64__)
long pathop_int80(long nr, long a, long b, long c, long d, long e, long f)
{
	long ret;

	/* The sixth argument goes in ebp, which a build with frame pointers
	 * (SANITIZE=1) will not give to an operand: save it and load it here.
	 * The stack pointer first steps over the red zone, where the compiler
	 * may keep locals of a leaf function. The kernel clears r8-r11 on the
	 * way back from a 32-bit call. */
	__asm__ volatile("sub $128, %%rsp\n\t"
			 "push %%rbp\n\t"
			 "mov %[f], %%rbp\n\t"
			 "int $0x80\n\t"
			 "pop %%rbp\n\t"
			 "add $128, %%rsp"
			 : "=a"(ret)
			 : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), [f] "r"(f)
			 : "memory", "cc", "r8", "r9", "r10", "r11");
	return ret;
}
#else
long pathop_int80(long nr, long a, long b, long c, long d, long e, long f)
{
	(void)nr; (void)a; (void)b; (void)c; (void)d; (void)e; (void)f;
	return -ENOSYS; /* the 32-bit ABI of x86-64 only */
}
#endif

/* The probe child's exit status when a fault reached its handler: the
 * signal's number added. Handled, the fault leaves no "traps:" line in the
 * kernel log and no core file. */
#define PROBE_FAULT 200

static void probe_fault(int sig)
{
	_exit(PROBE_FAULT + sig);
}

static void __attribute__((noreturn)) probe_child(void)
{
	struct sigaction sa = { .sa_handler = probe_fault };
	long r;

	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGSYS, &sa, NULL);
	r = pathop_int80(NR32_getpid, 0, 0, 0, 0, 0, 0);
	_exit(r == getpid() ? 0 : 1); /* 1: an error came back, the gate is there */
}

bool pathop_int80_available(char *why, size_t whylen)
{
	static int known = -1; /* once per process: the kernel does not change */
	static char reason[128];
	pid_t pid, w;
	int status, code;

	if (known >= 0)
		goto out;
#if !defined(__x86_64__)
	snprintf(reason, sizeof(reason), "32-bit x86 syscalls exist only on x86-64");
	known = 0;
	goto out;
#endif
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return true; /* not decided: the round is tried */
	if (pid == 0)
		probe_child();
	do
		w = waitpid(pid, &status, 0);
	while (w < 0 && errno == EINTR);
	if (w != pid)
		return true;
	code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	/* Only the kernel's own refusal, a fault at the gate, makes the paths
	 * n/a for every process on the host. Anything else is this process's
	 * lot, not the host's: a seccomp filter (SIGSYS, EPERM), valgrind's
	 * emulation (SIGILL), an error returned. The paths are then
	 * available, and their rounds are tried and fail on their own. */
	known = !(code == PROBE_FAULT + SIGSEGV || code == PROBE_FAULT + SIGBUS ||
		  (WIFSIGNALED(status) && (WTERMSIG(status) == SIGSEGV ||
					   WTERMSIG(status) == SIGBUS)));
	snprintf(reason, sizeof(reason), "32-bit syscalls are disabled on this kernel "
		 "(int 0x80 faults)");
out:
	if (!known && why && whylen)
		snprintf(why, whylen, "%s", reason);
	return known;
}

static long call32(struct ctx *c, int sc, long nr, int nargs, long a0, long a1, long a2,
		   long a3, long a4, long a5)
{
	if (c->path == PATHOP_SOCKETCALL && sc) {
		long v[6] = { a0, a1, a2, a3, a4, a5 };

		for (int i = 0; i < nargs; i++)
			c->low->args[i] = (uint32_t)v[i];
		return pathop_int80(NR32_socketcall, sc, (long)(uintptr_t)c->low->args, 0, 0, 0, 0);
	}
	return pathop_int80(nr, a0, a1, a2, a3, a4, a5);
}

static bool uring(const struct ctx *c)
{
	return c->path >= PATHOP_IO_URING;
}

/* Submit one request and wait for it: its result, or -errno. */
static int uring_wait(struct ctx *c, struct io_uring_sqe *sqe)
{
	struct io_uring_cqe *cqe;
	int r;

	if (c->path == PATHOP_IO_URING_ASYNC)
		sqe->flags |= IOSQE_ASYNC; /* issued by an io-wq worker */
	r = io_uring_submit(&c->ring);
	if (r < 0)
		return r;
	r = io_uring_wait_cqe(&c->ring, &cqe);
	if (r < 0)
		return r;
	r = cqe->res;
	io_uring_cqe_seen(&c->ring, cqe);
	return r;
}

static int op_socket(struct ctx *c, int type)
{
	long r;

	c->step = "socket";
	if (uring(c)) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);

		io_uring_prep_socket(sqe, AF_INET, type, 0, 0);
		return uring_wait(c, sqe);
	}
	if (c->path == PATHOP_SYSCALL) {
		r = socket(AF_INET, type, 0);
		return r < 0 ? -errno : (int)r;
	}
	return (int)call32(c, SC_SOCKET, NR32_socket, 3, AF_INET, type, 0, 0, 0, 0);
}

static int op_bind(struct ctx *c, int fd, uint16_t port, struct pathop_result *res)
{
	c->low->sa = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = htons(port),
					    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	c->step = "bind";
	if (uring(c)) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);
		int r;

		io_uring_prep_rw(OP_BIND, sqe, fd, &c->low->sa, 0, sizeof(c->low->sa));
		r = uring_wait(c, sqe);
		if (r != -EINVAL && r != -EOPNOTSUPP)
			return r;
		/* a kernel before 6.11: this step by syscall */
		res->bind_listen_native = true;
	}
	if (c->path == PATHOP_SYSCALL || uring(c))
		return bind(fd, (struct sockaddr *)&c->low->sa, sizeof(c->low->sa)) ? -errno : 0;
	return (int)call32(c, SC_BIND, NR32_bind, 3, fd, (long)(uintptr_t)&c->low->sa,
			   sizeof(c->low->sa), 0, 0, 0);
}

static int op_listen(struct ctx *c, int fd, struct pathop_result *res)
{
	c->step = "listen";
	if (uring(c) && !res->bind_listen_native) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);

		io_uring_prep_rw(OP_LISTEN, sqe, fd, NULL, 16, 0);
		return uring_wait(c, sqe);
	}
	if (c->path == PATHOP_SYSCALL || uring(c))
		return listen(fd, 16) ? -errno : 0;
	return (int)call32(c, SC_LISTEN, NR32_listen, 2, fd, 16, 0, 0, 0, 0);
}

static int op_connect(struct ctx *c, int fd, uint16_t port)
{
	c->low->sa = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = htons(port),
					    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	c->step = "connect";
	if (uring(c)) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);

		io_uring_prep_connect(sqe, fd, (struct sockaddr *)&c->low->sa, sizeof(c->low->sa));
		return uring_wait(c, sqe);
	}
	if (c->path == PATHOP_SYSCALL)
		return connect(fd, (struct sockaddr *)&c->low->sa, sizeof(c->low->sa)) ? -errno : 0;
	return (int)call32(c, SC_CONNECT, NR32_connect, 3, fd, (long)(uintptr_t)&c->low->sa,
			   sizeof(c->low->sa), 0, 0, 0);
}

/* accept, asking for the peer's address as servers do (peer), or not: the
 * kernel then passes no hook that a 32-bit call's accept could be seen by
 * but fexit on inet_accept */
static int op_accept(struct ctx *c, int fd, bool peer)
{
	struct sockaddr *addr = peer ? (struct sockaddr *)&c->low->peer : NULL;
	socklen_t *len = peer ? (socklen_t *)&c->low->peer_len : NULL;

	c->low->peer_len = sizeof(c->low->peer);
	c->step = peer ? "accept" : "accept without address";
	if (uring(c)) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);

		io_uring_prep_accept(sqe, fd, addr, len, 0);
		return uring_wait(c, sqe);
	}
	if (c->path == PATHOP_SYSCALL) {
		int r = accept4(fd, addr, len, 0);

		return r < 0 ? -errno : r;
	}
	if (c->path == PATHOP_SOCKETCALL)
		return (int)call32(c, SC_ACCEPT, 0, 3, fd, (long)(uintptr_t)addr,
				   (long)(uintptr_t)len, 0, 0, 0);
	return (int)call32(c, 0, NR32_accept4, 4, fd, (long)(uintptr_t)addr,
			   (long)(uintptr_t)len, 0, 0, 0);
}

static int op_sendto(struct ctx *c, int fd, uint16_t port)
{
	static struct iovec iov;
	static struct msghdr msg;

	c->low->sa = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = htons(port),
					    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	memcpy(c->low->payload, "selftst", 8);
	c->step = "sendto";
	if (uring(c)) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);

		iov = (struct iovec){ c->low->payload, sizeof(c->low->payload) };
		msg = (struct msghdr){ .msg_name = &c->low->sa, .msg_namelen = sizeof(c->low->sa),
				       .msg_iov = &iov, .msg_iovlen = 1 };
		io_uring_prep_sendmsg(sqe, fd, &msg, 0);
		return uring_wait(c, sqe);
	}
	if (c->path == PATHOP_SYSCALL) {
		ssize_t r = sendto(fd, c->low->payload, sizeof(c->low->payload), 0,
				   (struct sockaddr *)&c->low->sa, sizeof(c->low->sa));

		return r < 0 ? -errno : 0;
	}
	return (int)call32(c, SC_SENDTO, NR32_sendto, 6, fd, (long)(uintptr_t)c->low->payload,
			   sizeof(c->low->payload), 0, (long)(uintptr_t)&c->low->sa,
			   sizeof(c->low->sa));
}

static int op_close(struct ctx *c, int fd)
{
	c->step = "close";
	if (uring(c)) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&c->ring);

		io_uring_prep_close(sqe, fd);
		return uring_wait(c, sqe);
	}
	if (c->path == PATHOP_SYSCALL)
		return close(fd) ? -errno : 0;
	/* socketcall has no close: a 32-bit close is the same either way */
	return (int)pathop_int80(NR32_close, fd, 0, 0, 0, 0, 0);
}

static uint16_t local_port(int fd)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);

	if (getsockname(fd, (struct sockaddr *)&sa, &len))
		return 0;
	return ntohs(sa.sin_port);
}

/* A client connects to the listener, which accepts it (asking for the
 * peer's address, or not), and both close: the client's port in *port. */
static int connection(struct ctx *c, int lfd, uint16_t listen_port, bool peer, uint16_t *port)
{
	int cfd, afd, r;

	cfd = op_socket(c, SOCK_STREAM);
	if (cfd < 0)
		return cfd;
	r = op_connect(c, cfd, listen_port);
	*port = local_port(cfd);
	afd = r < 0 ? r : op_accept(c, lfd, peer);
	r = afd < 0 ? afd : op_close(c, afd);
	if (r < 0) {
		close(cfd);
		return r;
	}
	return op_close(c, cfd);
}

#define STEP(expr)                           \
	do {                                 \
		r = (expr);                  \
		if (r < 0)                   \
			goto out;            \
	} while (0)

int pathop_run(enum pathop_path p, struct pathop_result *res, char *err, size_t errlen)
{
	struct ctx c = { .path = p, .step = "setup" };
	int r = 0, lfd = -1, cfd = -1, afd = -1, ufd = -1;

	memset(res, 0, sizeof(*res));
	/* MAP_32BIT: the 32-bit calls take 32-bit pointers */
	c.low = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT,
		     -1, 0);
	if (c.low == MAP_FAILED) {
		snprintf(err, errlen, "%s: cannot map memory below 4 GiB: %s", pathop_name(p),
			 strerror(errno));
		return -ENOMEM;
	}
	if (uring(&c)) {
		struct io_uring_params params = { 0 };

		c.step = "io_uring_setup";
		if (p == PATHOP_IO_URING_SQPOLL) {
			params.flags = IORING_SETUP_SQPOLL;
			params.sq_thread_idle = 1000;
		}
		STEP(io_uring_queue_init_params(8, &c.ring, &params));
		c.ring_up = true;
	}
	STEP(lfd = op_socket(&c, SOCK_STREAM));
	STEP(op_bind(&c, lfd, 0, res));
	STEP(op_listen(&c, lfd, res));
	res->listen_port = local_port(lfd);
	/* a bind that fails: the listener's port is in use */
	STEP(cfd = op_socket(&c, SOCK_STREAM));
	r = op_bind(&c, cfd, res->listen_port, res);
	if (r != -EADDRINUSE) {
		c.step = "bind to a port in use";
		r = r < 0 ? r : -EEXIST; /* it must fail, and so */
		goto out;
	}
	STEP(op_close(&c, cfd));
	cfd = -1;
	STEP(connection(&c, lfd, res->listen_port, true, &res->client_port));
	STEP(connection(&c, lfd, res->listen_port, false, &res->client2_port));
	STEP(op_close(&c, lfd));
	lfd = -1;

	STEP(ufd = op_socket(&c, SOCK_DGRAM));
	STEP(op_sendto(&c, ufd, res->listen_port));
	res->send_port = local_port(ufd);
	STEP(op_close(&c, ufd));
	STEP(ufd = op_socket(&c, SOCK_DGRAM));
	STEP(op_connect(&c, ufd, res->listen_port));
	res->udp_conn_port = local_port(ufd);
	STEP(op_close(&c, ufd));
	ufd = -1;
	r = 0;
out:
	if (r < 0)
		snprintf(err, errlen, "%s: %s failed: %s", pathop_name(p), c.step, strerror(-r));
	for (int *fd = (int[]){ afd, cfd, lfd, ufd }, i = 0; i < 4; i++)
		if (fd[i] >= 0)
			close(fd[i]);
	if (c.ring_up)
		io_uring_queue_exit(&c.ring);
	munmap(c.low, 4096);
	return r < 0 ? r : 0;
}
