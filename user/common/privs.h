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

/* Default --user: exists everywhere, owns nothing. A dedicated system
 * user ("useradd -r sockwatch") is better still: see README. */
#define PRIVS_DEFAULT_USER "nobody"

struct privs_target {
	uid_t uid;
	gid_t gid;
	char name[64];
};

/* Look the user up now, so a typo fails before anything is loaded. */
int privs_resolve(const char *user, struct privs_target *t, char *err, size_t errlen);

/*
 * Empty the bounding, ambient, permitted and effective capability sets,
 * switch uid/gid (and drop supplementary groups) to the target, and set
 * no_new_privs so nothing exec'd can regain any of it. The target "root"
 * keeps uid 0 but still loses every capability.
 */
int privs_drop(const struct privs_target *t, char *err, size_t errlen);

#endif
