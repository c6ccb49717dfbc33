/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Every file sockwatch reads as input (--services, --approved, --key-file)
 * is opened here: without blocking, and only if it is a regular file. A
 * FIFO would hang the open (no writer) or the read (a writer that never
 * closes), a device may never end (/dev/zero) or have effects
 * (a tape, a tty); none of them is a configuration file.
 */
#ifndef SOCKWATCH_INPUT_H
#define SOCKWATCH_INPUT_H

#include <stdio.h>

/* Returned (negated) for anything but a regular file or a directory. */
#define INPUT_ENOTREG 4096

/*
 * Open path for reading: O_NONBLOCK so that opening a FIFO cannot wait
 * for a writer, then fstat: a directory is -EISDIR, anything else that is
 * not a regular file -INPUT_ENOTREG. The FILE reads blocking, as regular
 * files always do. 0 or -errno.
 */
int input_fopen(const char *path, FILE **out);
/* strerror() that also names INPUT_ENOTREG; e positive or negative. */
const char *input_strerror(int e);

#endif
