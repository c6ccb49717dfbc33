// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdbool.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/privs.h"

/* Does any running process have uid (real, effective, saved or fs)? */
static bool uid_in_use(uid_t uid)
{
	DIR *d = opendir("/proc");
	struct dirent *de;
	bool used = false;

	if (!d)
		return true; /* cannot tell: take no chance */
	while (!used && (de = readdir(d))) {
		char path[64], line[256];
		FILE *f;

		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%.20s/status", de->d_name);
		f = fopen(path, "re");
		if (!f)
			continue;
		while (fgets(line, sizeof(line), f)) {
			unsigned long u[4];

			if (strncmp(line, "Uid:", 4))
				continue;
			if (sscanf(line + 4, "%lu %lu %lu %lu", &u[0], &u[1], &u[2], &u[3]) == 4)
				for (int i = 0; i < 4; i++)
					used |= u[i] == uid;
			break;
		}
		fclose(f);
	}
	closedir(d);
	return used;
}

/* Lock PRIVS_DYNAMIC_LOCKS/UID for as long as we run: -1 if another holds it. */
static int lock_uid(uid_t uid)
{
	char path[128];
	int fd;

	snprintf(path, sizeof(path), "%s/%u", PRIVS_DYNAMIC_LOCKS, (unsigned)uid);
	fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	if (flock(fd, LOCK_EX | LOCK_NB)) {
		close(fd);
		return -1;
	}
	return fd;
}

/*
 * Lock PRIVS_SYSTEMD_LOCKS/UID as systemd's pick_uid() does (lockf, so
 * its F_TLOCK fails while we run). -1 if systemd holds it for a unit;
 * -2 if there is no such directory and no systemd running (/run/systemd/
 * system, sd_booted()'s test) that could make it later.
 */
static int lock_uid_systemd(uid_t uid)
{
	struct stat st;
	char path[128];
	int fd;

	/* systemd makes the directory at its first dynamic user; make it as
	 * it would, so one started after us still sees our lock */
	if (!stat("/run/systemd/system", &st) && S_ISDIR(st.st_mode))
		(void)mkdir(PRIVS_SYSTEMD_LOCKS, 0755);
	if (stat(PRIVS_SYSTEMD_LOCKS, &st) || !S_ISDIR(st.st_mode))
		return -2;
	snprintf(path, sizeof(path), "%s/%u", PRIVS_SYSTEMD_LOCKS, (unsigned)uid);
	fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
	if (fd < 0)
		return -1;
	if (lockf(fd, F_TLOCK, 0)) {
		close(fd);
		return -1;
	}
	return fd;
}

static int dynamic_uid(struct privs_target *t, char *err, size_t errlen)
{
	const unsigned span = PRIVS_DYNAMIC_MAX - PRIVS_DYNAMIC_MIN + 1;
	unsigned start = 0;

	if (mkdir("/run/sockwatch", 0755) && errno != EEXIST) {
		snprintf(err, errlen, "cannot create /run/sockwatch for a dynamic uid: %s (or "
			 "create a '%s' system user, or pass --user)", strerror(errno),
			 PRIVS_DEDICATED_USER);
		return -1;
	}
	if (mkdir(PRIVS_DYNAMIC_LOCKS, 0700) && errno != EEXIST) {
		snprintf(err, errlen, "cannot create %s: %s", PRIVS_DYNAMIC_LOCKS,
			 strerror(errno));
		return -1;
	}
	if (getrandom(&start, sizeof(start), 0) != (ssize_t)sizeof(start))
		start = (unsigned)getpid();
	/* a bounded probe: at most the whole range, normally the first try */
	for (unsigned i = 0; i < span; i++) {
		uid_t uid = PRIVS_DYNAMIC_MIN + (start + i) % span;
		int fd, sd;

		if (getpwuid(uid) || getgrgid((gid_t)uid))
			continue;
		fd = lock_uid(uid);
		if (fd < 0)
			continue;
		sd = lock_uid_systemd(uid);
		if (sd == -1 || uid_in_use(uid)) {
			close(fd);
			if (sd >= 0)
				close(sd);
			continue;
		}
		t->uid = uid;
		t->gid = (gid_t)uid;
		t->lock_fd = fd;
		t->sd_lock_fd = sd < 0 ? -1 : sd;
		snprintf(t->name, sizeof(t->name), "dynamic uid %u", (unsigned)uid);
		return 0;
	}
	snprintf(err, errlen, "no free uid in %u-%u for the monitor; create a '%s' system user "
		 "or pass --user", PRIVS_DYNAMIC_MIN, PRIVS_DYNAMIC_MAX, PRIVS_DEDICATED_USER);
	return -1;
}

int privs_resolve(const char *user, struct privs_target *t, char *err, size_t errlen)
{
	struct passwd *pw;

	t->lock_fd = t->sd_lock_fd = -1;
	if (!user && geteuid() != 0) {
		/* no identity to switch to without root; loading the programs
		 * will fail first and say why */
		t->uid = geteuid();
		t->gid = getegid();
		snprintf(t->name, sizeof(t->name), "uid %u", (unsigned)t->uid);
		return 0;
	}
	if (!user) {
		pw = getpwnam(PRIVS_DEDICATED_USER);
		if (!pw)
			return dynamic_uid(t, err, errlen);
		user = PRIVS_DEDICATED_USER;
	}
	errno = 0;
	pw = getpwnam(user);
	if (!pw) {
		snprintf(err, errlen, "--user: no such user '%.64s'%s%s", user,
			 errno ? ": " : "", errno ? strerror(errno) : "");
		return -1;
	}
	t->uid = pw->pw_uid;
	t->gid = pw->pw_gid;
	snprintf(t->name, sizeof(t->name), "%s", pw->pw_name);
	return 0;
}

int privs_drop(const struct privs_target *t, char *err, size_t errlen)
{
	cap_t none = NULL;
	int r = -1;

	/* The bounding set needs CAP_SETPCAP to shrink: do it first. */
	for (cap_value_t c = 0; c <= CAP_LAST_CAP; c++) {
		if (CAP_IS_SUPPORTED(c) && cap_drop_bound(c) && errno != EINVAL) {
			snprintf(err, errlen, "cannot drop capability %d from the bounding set: %s",
				 (int)c, strerror(errno));
			return -1;
		}
	}
	if (cap_reset_ambient() && errno != EINVAL) {
		snprintf(err, errlen, "cannot clear ambient capabilities: %s", strerror(errno));
		return -1;
	}
	if (t->uid != 0 || t->gid != 0) {
		if (setgroups(0, NULL) || setresgid(t->gid, t->gid, t->gid) ||
		    setresuid(t->uid, t->uid, t->uid)) {
			snprintf(err, errlen, "cannot switch to user %s: %s", t->name,
				 strerror(errno));
			return -1;
		}
	}
	none = cap_init(); /* all three sets empty */
	if (!none || cap_set_proc(none)) {
		snprintf(err, errlen, "cannot drop capabilities: %s", strerror(errno));
		goto out;
	}
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) {
		snprintf(err, errlen, "cannot set no_new_privs: %s", strerror(errno));
		goto out;
	}
	/* Trust but verify: a silent partial drop would be worse than none. */
	if (t->uid && (setresuid(0, 0, 0) == 0 || getuid() != t->uid)) {
		snprintf(err, errlen, "privileges could be regained after dropping them");
		goto out;
	}
	r = 0;
out:
	if (none)
		cap_free(none);
	return r;
}

void privs_close_inherited(int keep_a, int keep_b)
{
	int lo = keep_a < keep_b ? keep_a : keep_b, hi = keep_a < keep_b ? keep_b : keep_a;
	unsigned first = 3;

	/* the ranges between and around the two kept (an empty one is EINVAL,
	 * ignored); a kernel before 5.9 has no close_range, and the child
	 * then keeps what it inherited */
	for (int k = 0; k < 2; k++) {
		int keep = k ? hi : lo;

		if (keep < (int)first)
			continue;
		if ((unsigned)keep > first)
			close_range(first, (unsigned)keep - 1, 0);
		first = (unsigned)keep + 1;
	}
	close_range(first, ~0U, 0);
}
