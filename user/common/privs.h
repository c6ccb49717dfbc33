/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Giving up privilege once the BPF programs are attached. Reading the ring
 * buffer and the drop counters are plain memory reads of mappings made
 * while privileged, so from then on sockwatch needs no capability at all.
 */
#ifndef SOCKWATCH_PRIVS_H
#define SOCKWATCH_PRIVS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/*
 * The default identity: one no other process shares, so no other process
 * can signal (stop, kill) the monitor. "nobody" would not do: every
 * daemon that runs as nobody could SIGSTOP it. It is the system user
 * PRIVS_DEDICATED_USER when one exists (make install and the .deb create
 * it), else a uid chosen at run time, as systemd's DynamicUser= does: one
 * in PRIVS_DYNAMIC_MIN..MAX with no passwd or group entry, owned by no
 * running process, and held for the whole run by a lock in
 * PRIVS_DYNAMIC_LOCKS so two monitors never take the same one. systemd
 * picks its dynamic users from the same range, so where it keeps its locks
 * (PRIVS_SYSTEMD_LOCKS) the uid's lock there is taken too, as systemd
 * takes it (lockf): a unit started later with DynamicUser= skips the uid,
 * and one running with it already holds it, so we skip it.
 */
#define PRIVS_DEDICATED_USER "sockwatch"
#define PRIVS_DYNAMIC_MIN 61184u
#define PRIVS_DYNAMIC_MAX 65519u
#define PRIVS_DYNAMIC_LOCKS "/run/sockwatch/dynamic-uid"
#define PRIVS_SYSTEMD_LOCKS "/run/systemd/dynamic-uid"

struct privs_target {
	uid_t uid;
	gid_t gid;
	char name[64];
	int lock_fd;                   /* a dynamic uid's lock, held; else -1 */
	int sd_lock_fd;                /* and systemd's for it, held; else -1 */
};

/* Look the user up now, so a typo fails before anything is loaded. user
 * NULL: the default identity (above). */
int privs_resolve(const char *user, struct privs_target *t, char *err, size_t errlen);

/*
 * Empty the bounding, ambient, permitted and effective capability sets,
 * switch uid/gid (and drop supplementary groups) to the target, and set
 * no_new_privs so nothing exec'd can regain any of it. The target "root"
 * keeps uid 0 but still loses every capability.
 */
int privs_drop(const struct privs_target *t, char *err, size_t errlen);

/*
 * Close every descriptor above 2 but keep_a and keep_b (-1: none). A child
 * forked for one job must not hold the parent's files (a record's lock and
 * segments) or its BPF programs and links, which would outlive a parent
 * that crashed for as long as the child does.
 */
void privs_close_inherited(int keep_a, int keep_b);

#endif
