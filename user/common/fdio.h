/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef SOCKWATCH_FDIO_H
#define SOCKWATCH_FDIO_H

#include <stddef.h>

/* Write all len bytes, resuming after a signal or a short write: 0, or
 * -errno (-EIO for a write that wrote nothing). */
int fd_write_all(int fd, const void *buf, size_t len);

#endif
