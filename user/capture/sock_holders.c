// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/clock.h"
#include "common/fdio.h"
#include "common/privs.h"
#include "capture/snapshot.h"
#include "capture/sock_holders.h"

/* A walk of a host's /proc takes well under a second; one that takes this
 * long is stuck, and the snapshot goes on without it. */
#define HELPER_TIMEOUT_MS 30000
/* More holders than any host has sockets: a bigger count is garbage. */
#define HOLDERS_MAX (1u << 26)

static int push(struct holders *h, uint32_t pid, uint64_t inode)
{
	if (h->n == h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 256;
		struct sock_holder *v = realloc(h->v, cap * sizeof(*v));

		if (!v)
			return -ENOMEM;
		h->v = v;
		h->cap = cap;
	}
	h->v[h->n++] = (struct sock_holder){ .pid = pid, .inode = inode };
	return 0;
}

int holders_read(struct holders *h, bool (*keep)(const void *ctx, uint64_t inode),
		 const void *ctx)
{
	DIR *proc = opendir("/proc");
	struct dirent *de;
	int r = 0;

	if (!proc)
		return -errno;
	while (!r && (de = readdir(proc))) {
		struct dirent *fe;
		uint32_t pid = 0;
		int piddir, fdd;
		const char *c;
		DIR *fds;

		for (c = de->d_name; *c >= '0' && *c <= '9' && pid < 100000000; c++)
			pid = pid * 10 + (uint32_t)(*c - '0');
		if (*c || c == de->d_name || !pid)
			continue;
		piddir = openat(dirfd(proc), de->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (piddir < 0)
			continue; /* exited */
		fdd = openat(piddir, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		close(piddir);
		if (fdd < 0) {
			if (errno == EACCES || errno == EPERM)
				h->denied++;
			continue;
		}
		fds = fdopendir(fdd);
		if (!fds) {
			close(fdd);
			continue;
		}
		while ((fe = readdir(fds))) {
			char link[64];
			uint64_t ino;
			ssize_t n;

			if (fe->d_name[0] == '.')
				continue;
			n = readlinkat(fdd, fe->d_name, link, sizeof(link));
			if (n < 0 && (errno == EACCES || errno == EPERM)) {
				/* the directory opened, but its links take
				 * ptrace access: root without CAP_SYS_PTRACE,
				 * or a process the kernel shields (a VM's init) */
				h->denied++;
				break;
			}
			if (n <= 0 || (size_t)n >= sizeof(link) ||
			    snap_parse_fd_link(link, (size_t)n, &ino))
				continue;
			if (keep && !keep(ctx, ino))
				continue;
			r = push(h, pid, ino);
			if (r)
				break;
		}
		closedir(fds);
	}
	closedir(proc);
	return r;
}

void holders_free(struct holders *h)
{
	free(h->v);
	memset(h, 0, sizeof(*h));
}

/* ---- the helper process ------------------------------------------------ */

/* CAP_SYS_PTRACE and CAP_DAC_READ_SEARCH, and nothing else, ever again. */
static int keep_readers_only(void)
{
	static const cap_value_t keep[] = { CAP_SYS_PTRACE, CAP_DAC_READ_SEARCH };
	cap_t caps;
	int r;

	for (cap_value_t c = 0; c <= CAP_LAST_CAP; c++)
		if (c != keep[0] && c != keep[1] && CAP_IS_SUPPORTED(c) && cap_drop_bound(c) &&
		    errno != EINVAL)
			return -1;
	if (cap_reset_ambient() && errno != EINVAL)
		return -1;
	caps = cap_init();
	if (!caps)
		return -1;
	r = cap_set_flag(caps, CAP_PERMITTED, 2, keep, CAP_SET) ||
	    cap_set_flag(caps, CAP_EFFECTIVE, 2, keep, CAP_SET) || cap_set_proc(caps);
	cap_free(caps);
	if (r)
		return -1;
	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

/* Answer each request byte with {count, denied} and count holders; a
 * count of UINT64_MAX says the walk failed. Ends when the parent does. */
static void helper_main(int fd, pid_t parent)
{
	struct sigaction dfl = { .sa_handler = SIG_DFL }, ign = { .sa_handler = SIG_IGN };

	/* the parent's handlers are its own business; a terminal's Ctrl-C
	 * stops the parent, whose end (EOF, or the death signal) ends this */
	sigaction(SIGTERM, &dfl, NULL);
	sigaction(SIGINT, &ign, NULL);
	sigaction(SIGHUP, &ign, NULL);
	sigaction(SIGPIPE, &ign, NULL);
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) || getppid() != parent)
		_exit(0);
	prctl(PR_SET_NAME, "sockwatch-fds");
	privs_close_inherited(fd, -1);
	if (keep_readers_only())
		_exit(1);
	for (;;) {
		struct holders h = { 0 };
		uint64_t head[2];
		char req;
		ssize_t n = read(fd, &req, 1);
		int r;

		if (n < 0 && errno == EINTR)
			continue;
		if (n != 1)
			_exit(0);
		r = holders_read(&h, NULL, NULL);
		head[0] = r ? UINT64_MAX : h.n;
		head[1] = h.denied;
		if (fd_write_all(fd, head, sizeof(head)) ||
		    (!r && fd_write_all(fd, h.v, h.n * sizeof(*h.v))))
			_exit(1);
		holders_free(&h);
	}
}

int holders_helper_spawn(struct holders_helper *hh, char *err, size_t errlen)
{
	pid_t parent = getpid();
	int sv[2];

	hh->pid = 0;
	hh->fd = -1;
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv)) {
		snprintf(err, errlen, "cannot make a socket pair: %s", strerror(errno));
		return -errno;
	}
	fflush(NULL);
	hh->pid = fork();
	if (hh->pid < 0) {
		snprintf(err, errlen, "cannot fork: %s", strerror(errno));
		hh->pid = 0;
		close(sv[0]);
		close(sv[1]);
		return -EAGAIN;
	}
	if (hh->pid == 0) {
		close(sv[0]);
		helper_main(sv[1], parent);
		_exit(0);
	}
	close(sv[1]);
	hh->fd = sv[0];
	return 0;
}

void holders_helper_close(struct holders_helper *hh)
{
	/* pid first: a zeroed struct (never spawned) has fd 0, not its own */
	if (hh->pid > 0) {
		close(hh->fd);
		kill(hh->pid, SIGKILL);
		while (waitpid(hh->pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	hh->pid = 0;
	hh->fd = -1;
}

static int read_full(int fd, void *buf, size_t len, uint64_t deadline_ms)
{
	char *p = buf;

	while (len) {
		uint64_t now = clock_mono_ms();
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		ssize_t n;
		int r;

		if (now >= deadline_ms)
			return -ETIMEDOUT;
		r = poll(&pfd, 1, (int)(deadline_ms - now));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0)
			return -ETIMEDOUT;
		n = read(fd, p, len);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			return n ? -errno : -EPIPE;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int holders_helper_read(struct holders_helper *hh, struct holders *h)
{
	uint64_t deadline = clock_mono_ms() + HELPER_TIMEOUT_MS, head[2];
	char req = 'g';
	ssize_t n;
	int r;

	if (hh->pid <= 0)
		return -ESRCH;
	do
		n = send(hh->fd, &req, 1, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	if (n != 1) {
		r = -EPIPE;
		goto fail;
	}
	r = read_full(hh->fd, head, sizeof(head), deadline);
	if (r)
		goto fail;
	if (head[0] == UINT64_MAX || head[0] > HOLDERS_MAX) {
		r = head[0] == UINT64_MAX ? -ENOMEM : -EPROTO;
		goto fail;
	}
	h->v = head[0] ? calloc(head[0], sizeof(*h->v)) : NULL;
	if (head[0] && !h->v) {
		r = -ENOMEM;
		goto fail;
	}
	h->n = h->cap = head[0];
	h->denied = head[1];
	r = read_full(hh->fd, h->v, h->n * sizeof(*h->v), deadline);
	if (!r)
		return 0;
	holders_free(h);
fail:
	holders_helper_close(hh);
	return r;
}
