// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "capture/selftest.h"
#include "common/clock.h"
#include "common/fdio.h"
#include "label/event.h"
#include "output/json_writer.h"

/* How long events may trail the child's last operation: they are in the
 * ring before it exits, so this only covers the reader's polling. */
#define SELFTEST_GRACE_MS 1500
/* A child that hangs (a kernel bug, a stuck io_uring) is killed. */
#define SELFTEST_TIMEOUT_MS 20000

static const char *const expect_names[ST_EXPECT_MAX] = {
	[ST_TCP_BIND] = "tcp bind",
	[ST_TCP_LISTEN] = "tcp listen",
	[ST_TCP_CONNECT] = "tcp connect",
	[ST_TCP_ACCEPT] = "tcp accept",
	[ST_TCP_CLOSE_ACCEPTED] = "tcp close (accepted)",
	[ST_TCP_CLOSE_CLIENT] = "tcp close (client)",
	[ST_TCP_CLOSE_LISTENER] = "tcp close (listener)",
	[ST_UDP_SEND] = "udp send",
	[ST_UDP_CLOSE_SENDER] = "udp close (sender)",
	[ST_UDP_CONNECT] = "udp connect",
	[ST_UDP_CLOSE_CONNECTED] = "udp close (connected)",
	[ST_TCP_BIND_FAILED] = "tcp bind (failed)",
	[ST_TCP_ACCEPT_NOADDR] = "tcp accept (no address)",
};

const char *selftest_expect_name(enum selftest_expect x)
{
	return x < ST_EXPECT_MAX ? expect_names[x] : "unknown";
}

/* What the child sends per path. */
struct child_msg {
	int path;
	int rc;
	bool na;                 /* not applicable here: error says why */
	struct pathop_result ops;
	char error[160];
};

static int lo_up(void)
{
	struct ifreq ifr = { 0 };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), r = 0;

	if (fd < 0)
		return -errno;
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "lo");
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(fd, SIOCSIFFLAGS, &ifr))
			r = -errno;
	} else {
		r = -errno;
	}
	close(fd);
	return r;
}


/*
 * A round that faults (a kernel without a path it takes, a bug) fails
 * alone: the child jumps back out of it and goes on to the next, keeping
 * its pid, which the events are matched by and which record exempts from
 * its filters. What the abandoned round held (sockets, a ring) stays open
 * until the child exits.
 */
static sigjmp_buf round_jmp;
static volatile sig_atomic_t in_round;

static void round_fault(int sig)
{
	if (in_round)
		siglongjmp(round_jmp, sig);
	signal(sig, SIG_DFL); /* outside a round: die of it, as without us */
	raise(sig);
}

/* One path's round, into m (static: it must keep its value across the
 * jump). */
static void child_round(int p, struct child_msg *m)
{
	int sig;

	memset(m, 0, sizeof(*m));
	m->path = p;
	if (pathop_is_32bit(p) && !pathop_int80_available(m->error, sizeof(m->error))) {
		m->rc = -ENOSYS;
		m->na = true;
		return;
	}
	sig = sigsetjmp(round_jmp, 1);
	if (sig) {
		in_round = 0;
		m->rc = -EFAULT;
		snprintf(m->error, sizeof(m->error), "%s: the round faulted (%s) and was "
			 "abandoned; the later rounds ran", pathop_name(p), strsignal(sig));
		return;
	}
	in_round = 1;
	m->rc = pathop_run(p, &m->ops, m->error, sizeof(m->error));
	in_round = 0;
}

static void __attribute__((noreturn)) child_main(int req, int fd,
						   const struct privs_target *drop)
{
	struct stat st;
	uint32_t netns = 0;
	char err[256], go;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_SET_NAME, "sockwatch-test");
	privs_close_inherited(req, fd);
	if (unshare(CLONE_NEWNET) == 0 && lo_up() == 0 && stat("/proc/self/ns/net", &st) == 0)
		netns = (uint32_t)st.st_ino;
	/* the namespace is made; the rounds need no privilege */
	if (netns && drop && privs_drop(drop, err, sizeof(err)))
		netns = 0;
	(void)fd_write_all(fd, &netns, sizeof(netns));
	if (!netns)
		_exit(1);
	{
		struct sigaction sa = { .sa_handler = round_fault };

		sigaction(SIGSEGV, &sa, NULL);
		sigaction(SIGILL, &sa, NULL);
		sigaction(SIGBUS, &sa, NULL);
		sigaction(SIGFPE, &sa, NULL);
		sigaction(SIGSYS, &sa, NULL); /* a seccomp filter's trap */
	}
	while (read(req, &go, 1) == 1) {
		for (int p = 0; p < PATHOP_COUNT; p++) {
			static struct child_msg m;

			child_round(p, &m);
			(void)fd_write_all(fd, &m, sizeof(m));
		}
	}
	_exit(0);
}

int selftest_spawn(struct selftest *st, const struct privs_target *drop, char *err,
		   size_t errlen)
{
	int fds[2], req[2];
	ssize_t n;

	memset(st, 0, sizeof(*st));
	st->pipe_fd = st->req_fd = -1;
	if (pipe2(fds, O_CLOEXEC)) {
		snprintf(err, errlen, "selftest: cannot make a pipe: %s", strerror(errno));
		return -errno;
	}
	if (pipe2(req, O_CLOEXEC)) {
		snprintf(err, errlen, "selftest: cannot make a pipe: %s", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -errno;
	}
	fflush(NULL);
	st->child = fork();
	if (st->child < 0) {
		snprintf(err, errlen, "selftest: cannot fork: %s", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		close(req[0]);
		close(req[1]);
		return -errno;
	}
	if (st->child == 0) {
		close(fds[0]);
		close(req[1]);
		child_main(req[0], fds[1], drop);
	}
	close(fds[1]);
	close(req[0]);
	st->pipe_fd = fds[0];
	st->req_fd = req[1];
	do
		n = read(st->pipe_fd, &st->netns, sizeof(st->netns));
	while (n < 0 && errno == EINTR);
	if (n != sizeof(st->netns) || !st->netns) {
		snprintf(err, errlen, "selftest: cannot make a private network namespace "
			 "(needs CAP_SYS_ADMIN)");
		selftest_close(st);
		return -EPERM;
	}
	fcntl(st->pipe_fd, F_SETFL, O_NONBLOCK);
	return 0;
}

int selftest_begin(struct selftest *st)
{
	char go = 1;

	memset(st->path, 0, sizeof(st->path));
	st->nevents = 0;
	st->nresults = 0;
	st->done_ms = 0;
	st->finished = false;
	st->running = true;
	st->deadline_ms = clock_mono_ms() + SELFTEST_TIMEOUT_MS;
	if (st->reaped || write(st->req_fd, &go, 1) != 1) {
		/* the child is gone: this test decides at once, all unseen */
		for (int p = 0; p < PATHOP_COUNT; p++)
			snprintf(st->path[p].error, sizeof(st->path[p].error),
				 "%s: the test process is gone", pathop_name(p));
		st->done_ms = 1;
		return -EPIPE;
	}
	return 0;
}

void selftest_feed(struct selftest *st, const struct sw_event *e)
{
	if (!st->running || e->netns != st->netns || st->nevents >= SELFTEST_MAX_EVENTS)
		return;
	st->events[st->nevents++] = *e;
}

/* Which expectation of a round this event meets, or -1. */
static int match(const struct sw_event *e, const struct pathop_result *o)
{
	bool tcp = e->proto == IPPROTO_TCP;

	switch (e->kind) {
	case SW_BIND:
		if (!tcp || e->lport != o->listen_port)
			return -1;
		return e->result == 0 ? ST_TCP_BIND :
		       e->result == -EADDRINUSE ? ST_TCP_BIND_FAILED : -1;
	case SW_LISTEN:
		return tcp && e->lport == o->listen_port ? ST_TCP_LISTEN : -1;
	case SW_CONNECT:
		if (tcp)
			return e->rport == o->listen_port && e->lport == o->client_port &&
			       e->result == 0 ? ST_TCP_CONNECT : -1;
		return e->rport == o->listen_port && e->lport == o->udp_conn_port &&
		       e->result == 0 ? ST_UDP_CONNECT : -1;
	case SW_ACCEPT:
		if (!tcp || e->lport != o->listen_port)
			return -1;
		return e->rport == o->client_port ? ST_TCP_ACCEPT :
		       e->rport == o->client2_port ? ST_TCP_ACCEPT_NOADDR : -1;
	case SW_SEND:
		return !tcp && e->lport == o->send_port && e->rport == o->listen_port ?
		       ST_UDP_SEND : -1;
	case SW_CLOSE:
		if (!tcp)
			return e->lport == o->send_port ? ST_UDP_CLOSE_SENDER :
			       e->lport == o->udp_conn_port ? ST_UDP_CLOSE_CONNECTED : -1;
		if (e->lport == o->listen_port && e->rport == o->client_port)
			return ST_TCP_CLOSE_ACCEPTED;
		if (e->lport == o->client_port && e->rport == o->listen_port)
			return ST_TCP_CLOSE_CLIENT;
		return e->lport == o->listen_port && e->role == SW_ROLE_LISTENER ?
		       ST_TCP_CLOSE_LISTENER : -1;
	}
	return -1;
}

static void evaluate(struct selftest *st)
{
	for (int p = 0; p < PATHOP_COUNT; p++) {
		struct selftest_path *sp = &st->path[p];
		const char *via = pathop_via(p);
		uint32_t seen = 0;

		if (!sp->ran || sp->na)
			continue;
		for (size_t i = 0; i < st->nevents; i++) {
			const struct sw_event *e = &st->events[i];
			const char *want = via;
			const char *got = sw_via_name(e->via);
			int x;

			if (!(e->flags & SW_F_OWNER_KNOWN) || e->pid != (uint32_t)st->child)
				continue;
			x = match(e, &sp->ops);
			if (x < 0)
				continue;
			if (sp->ops.bind_listen_native && (x == ST_TCP_BIND || x == ST_TCP_LISTEN ||
							   x == ST_TCP_BIND_FAILED))
				want = "syscall";
			if (got && !strcmp(got, want))
				seen |= 1u << x;
		}
		sp->missing = ((1u << ST_EXPECT_MAX) - 1) & ~seen;
		if (pathop_is_32bit(p) && !st->fexit)
			sp->missing &= ~(1u << ST_TCP_ACCEPT_NOADDR);
		sp->seen = !sp->missing;
	}
}

static void read_results(struct selftest *st)
{
	struct child_msg m;
	ssize_t n;

	while ((n = read(st->pipe_fd, &m, sizeof(m))) == sizeof(m)) {
		if (m.path < 0 || m.path >= PATHOP_COUNT)
			continue;
		st->path[m.path].ran = m.rc == 0;
		st->path[m.path].na = m.na;
		st->path[m.path].ops = m.ops;
		memcpy(st->path[m.path].error, m.error, sizeof(m.error));
		st->path[m.path].error[sizeof(m.error) - 1] = '\0';
		st->nresults++;
	}
	if (n == 0 && !st->reaped) { /* the child died mid-round */
		waitpid(st->child, NULL, 0);
		st->reaped = true;
	}
}

static int rounds_ran(const struct selftest *st)
{
	int n = 0;

	for (int p = 0; p < PATHOP_COUNT; p++)
		n += st->path[p].ran;
	return n;
}

bool selftest_step(struct selftest *st)
{
	uint64_t now = clock_mono_ms();

	if (!st->running)
		return st->finished;
	if (!st->done_ms && st->pipe_fd >= 0)
		read_results(st);
	if (!st->done_ms && (st->nresults >= PATHOP_COUNT || st->reaped))
		st->done_ms = now;
	if (!st->done_ms && now > st->deadline_ms) {
		/* a round that hangs: the child goes, and this test is decided */
		kill(st->child, SIGKILL);
		waitpid(st->child, NULL, 0);
		st->reaped = true;
		st->done_ms = now;
	}
	if (!st->done_ms)
		return false;
	evaluate(st);
	/* only a round that ran has events to wait for */
	if (selftest_seen(st) < rounds_ran(st) && now < st->done_ms + SELFTEST_GRACE_MS)
		return false;
	for (int p = 0; p < PATHOP_COUNT; p++)
		if (!st->path[p].ran && !st->path[p].na && !st->path[p].error[0])
			snprintf(st->path[p].error, sizeof(st->path[p].error),
				 "%s: the round did not run", pathop_name(p));
	st->running = false;
	st->finished = true;
	return true;
}

void selftest_close(struct selftest *st)
{
	if (st->req_fd >= 0)
		close(st->req_fd); /* EOF: the child exits */
	st->req_fd = -1;
	if (st->child > 0 && !st->reaped) {
		kill(st->child, SIGKILL);
		waitpid(st->child, NULL, 0);
		st->reaped = true;
	}
	if (st->pipe_fd >= 0)
		close(st->pipe_fd);
	st->pipe_fd = -1;
	st->running = false;
}

int selftest_seen(const struct selftest *st)
{
	int n = 0;

	for (int p = 0; p < PATHOP_COUNT; p++)
		n += st->path[p].seen;
	return n;
}

int selftest_na(const struct selftest *st)
{
	int n = 0;

	for (int p = 0; p < PATHOP_COUNT; p++)
		n += st->path[p].na;
	return n;
}

/* A JSON string of text we wrote ourselves or strerror's: escape the two
 * characters that could break it. */
size_t selftest_json(const struct selftest *st, char *buf, size_t len, uint64_t wall_ns)
{
	const char *event = sw_control_name(SW_LINE_SELFTEST);
	struct jw w;

	jw_init_buf(&w, buf, len);
	jw_object_start(&w);
	if (wall_ns) {
		char ts[CLOCK_RFC3339_LEN];

		JW_KEY(&w, "ts");
		jw_word(&w, ts, clock_rfc3339(ts, (int64_t)wall_ns, 6));
	}
	JW_KEY(&w, "event");
	jw_word(&w, event, strlen(event));
	JW_KEY(&w, "ok");
	jw_bool(&w, selftest_seen(st) + selftest_na(st) == PATHOP_COUNT);
	JW_KEY(&w, "seen");
	jw_u64(&w, (unsigned)selftest_seen(st));
	/* false: the 32-bit rounds did not expect their accept without an
	 * address, which no program here sees (README, Known limits) */
	JW_KEY(&w, "fexit");
	jw_bool(&w, st->fexit);
	JW_KEY(&w, "paths");
	jw_array_start(&w);
	for (int p = 0; p < PATHOP_COUNT; p++) {
		const struct selftest_path *sp = &st->path[p];

		jw_object_start(&w);
		JW_KEY(&w, "path");
		jw_str(&w, pathop_name(p));
		JW_KEY(&w, "via");
		jw_str(&w, pathop_via(p));
		JW_KEY(&w, "seen");
		jw_bool(&w, sp->seen);
		JW_KEY(&w, "missing");
		jw_array_start(&w);
		for (int x = 0; sp->ran && x < ST_EXPECT_MAX; x++)
			if (sp->missing & (1u << x))
				jw_str(&w, expect_names[x]);
		jw_array_end(&w);
		JW_KEY(&w, "error");
		jw_str(&w, sp->ran || sp->na || !sp->error[0] ? NULL : sp->error);
		/* false: no process here can take the path; neither seen nor
		 * blind (records before this field: every path available) */
		JW_KEY(&w, "available");
		jw_bool(&w, !sp->na);
		JW_KEY(&w, "reason");
		jw_str(&w, sp->na ? sp->error : NULL);
		jw_object_end(&w);
	}
	jw_array_end(&w);
	jw_object_end(&w);
	jw_newline(&w);
	/* cannot overflow SELFTEST_LINE_MAX; never emit half a line */
	return jw_finish(&w) ? 0 : jw_len(&w);
}
