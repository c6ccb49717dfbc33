/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Whether a file sockwatch reads, or the directory it records into, can be
 * changed by someone other than its owner. sockwatch runs as root: whoever
 * can edit a services file decides how events are labeled, whoever can edit
 * an approved-services file decides what an audit calls approved, and
 * whoever can write into a record directory can swap the evidence. So such
 * files are refused unless --insecure-files says the risk is accepted.
 */
#ifndef SOCKWATCH_TRUST_H
#define SOCKWATCH_TRUST_H

#include <stdbool.h>
#include <stddef.h>

/* Set by --insecure-files: checks still run, but only warn. */
extern bool trust_insecure_files;

/* A file we read. `what` names it in the message ("--services"). */
int trust_file(const char *what, const char *path, char *err, size_t errlen);
/* A directory we write into, already open as fd. */
int trust_dir_fd(const char *what, int fd, const char *path, char *err, size_t errlen);

#endif
