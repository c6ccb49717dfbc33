// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/trust.h"

bool trust_insecure_files;

/* Who besides the owner can write to st, or NULL if nobody. */
static const char *writers(const struct stat *st, char *buf, size_t len)
{
	if (st->st_mode & S_IWOTH)
		return "every user";
	if ((st->st_mode & S_IWGRP) && st->st_gid != 0) {
		snprintf(buf, len, "group %u", (unsigned)st->st_gid);
		return buf;
	}
	if (st->st_uid != 0 && st->st_uid != geteuid()) {
		snprintf(buf, len, "its owner, uid %u", (unsigned)st->st_uid);
		return buf;
	}
	return NULL;
}

static int verdict(const char *what, const char *path, const char *who, const char *place,
		   char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: %s %s writable by %s, who could then change what sockwatch "
		 "reports as root; fix the permissions or pass --insecure-files", what, path,
		 place, who);
	if (!trust_insecure_files)
		return -1;
	fprintf(stderr, "sockwatch: warning: %s\n", err);
	return 0;
}

/* A directory others can write to lets them replace what is in it, unless
 * it is sticky (like /tmp), where they can only touch their own files. */
static int check_parent(const char *what, const char *path, char *err, size_t errlen)
{
	char copy[PATH_MAX], *dir;
	struct stat st;
	char buf[64];
	const char *who;

	if (strlen(path) >= sizeof(copy))
		return 0;
	strcpy(copy, path);
	dir = dirname(copy);
	if (stat(dir, &st))
		return 0; /* the open of the file itself will say what is wrong */
	who = writers(&st, buf, sizeof(buf));
	if (who && !(st.st_mode & S_ISVTX))
		return verdict(what, path, who, "is in a directory", err, errlen);
	return 0;
}

int trust_file(const char *what, const char *path, char *err, size_t errlen)
{
	struct stat st;
	char buf[64];
	const char *who;

	if (stat(path, &st))
		return 0; /* missing or unreadable: the load reports that */
	who = writers(&st, buf, sizeof(buf));
	if (who && verdict(what, path, who, "is", err, errlen))
		return -1;
	return check_parent(what, path, err, errlen);
}

int trust_dir_fd(const char *what, int fd, const char *path, char *err, size_t errlen)
{
	struct stat st;
	char buf[64];
	const char *who;

	if (fstat(fd, &st)) {
		snprintf(err, errlen, "%s: %s: %s", what, path, strerror(errno));
		return -1;
	}
	who = writers(&st, buf, sizeof(buf));
	if (who && verdict(what, path, who, "is", err, errlen))
		return -1;
	return check_parent(what, path, err, errlen);
}
