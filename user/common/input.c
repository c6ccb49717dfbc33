// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/input.h"

int input_fopen(const char *path, FILE **out)
{
	struct stat st;
	int fd, e, fl;

	*out = NULL;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		e = -errno;
		/* a Unix socket cannot be opened at all (ENXIO): say what it is */
		if (e == -ENXIO && !stat(path, &st) && !S_ISREG(st.st_mode))
			return -INPUT_ENOTREG;
		return e;
	}
	if (fstat(fd, &st)) {
		e = -errno;
		close(fd);
		return e;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return S_ISDIR(st.st_mode) ? -EISDIR : -INPUT_ENOTREG;
	}
	fl = fcntl(fd, F_GETFL);
	if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0 || !(*out = fdopen(fd, "r"))) {
		e = -errno;
		close(fd);
		return e;
	}
	return 0;
}

const char *input_strerror(int e)
{
	if (e < 0)
		e = -e;
	if (e == INPUT_ENOTREG)
		return "not a regular file (a FIFO, socket or device is never read as input)";
	return strerror(e);
}
