/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What every fuzz target needs besides its own model: how a failed check
 * ends the run, and a way to hand bytes to a parser that only reads files.
 * tests/unit/test_fuzz_regressions.c compiles all targets into one file,
 * with its own FUZZ_FAIL defined first, hence the guards.
 */
#ifndef SOCKWATCH_FUZZ_COMMON_H
#define SOCKWATCH_FUZZ_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef FUZZ_FAIL
#define FUZZ_FAIL(...)                                                       \
	do {                                                                 \
		fprintf(stderr, "fuzz: " __VA_ARGS__);                        \
		fputc('\n', stderr);                                         \
		abort();                                                     \
	} while (0)
#endif

/* A memfd reused across runs, seen by parsers as a path. */
struct fuzz_file {
	int fd;
	char path[64];
};

#define FUZZ_FILE_INIT { -1, "" }

/* Replace the file's contents with data; returns its path. */
static inline const char *fuzz_file_write(struct fuzz_file *f, const char *name,
					  const void *data, size_t size)
{
	size_t off = 0;

	if (f->fd < 0) {
		f->fd = memfd_create(name, MFD_CLOEXEC);
		if (f->fd < 0)
			FUZZ_FAIL("memfd_create: %s", strerror(errno));
		snprintf(f->path, sizeof(f->path), "/proc/self/fd/%d", f->fd);
	}
	if (ftruncate(f->fd, 0))
		FUZZ_FAIL("ftruncate: %s", strerror(errno));
	while (off < size) {
		ssize_t w = pwrite(f->fd, (const char *)data + off, size - off, (off_t)off);

		if (w <= 0)
			FUZZ_FAIL("pwrite: %s", strerror(errno));
		off += (size_t)w;
	}
	return f->path;
}

#endif
