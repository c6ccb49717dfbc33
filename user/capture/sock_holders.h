/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Which processes hold which sockets: each /proc/PID/fd/N link that reads
 * "socket:[INODE]". Reading those links takes ptrace access to the process
 * (root with CAP_SYS_PTRACE), and opening another user's fd directory
 * CAP_DAC_READ_SEARCH. record gives every capability up once attached, yet
 * snapshots each new segment: a helper process, forked while privileged,
 * keeps those two capabilities alone and does this walk, and nothing else,
 * whenever it is asked.
 */
#ifndef SOCKWATCH_SOCK_HOLDERS_H
#define SOCKWATCH_SOCK_HOLDERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct sock_holder {
	uint32_t pid;
	uint32_t _pad;
	uint64_t inode;
};

/* In /proc's order (by pid), a process's sockets together. */
struct holders {
	struct sock_holder *v;
	size_t n, cap;
	size_t denied; /* processes whose descriptors could not be read */
};

/* Walk /proc in this process. keep(ctx, inode) picks the sockets wanted;
 * NULL keeps every one. 0, or -ENOMEM (what was read is kept). */
int holders_read(struct holders *h, bool (*keep)(const void *ctx, uint64_t inode),
		 const void *ctx);
void holders_free(struct holders *h);

struct holders_helper {
	pid_t pid;  /* 0: none */
	int fd;
};

/* Fork the helper; call while privileged. -errno with one line in err. */
int holders_helper_spawn(struct holders_helper *hh, char *err, size_t errlen);
/* Every socket the helper finds now; -errno when it is gone, failed or
 * took too long (it is then stopped: the caller reads /proc itself). */
int holders_helper_read(struct holders_helper *hh, struct holders *h);
void holders_helper_close(struct holders_helper *hh);

#endif
