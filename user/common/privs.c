// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "common/privs.h"

int privs_resolve(const char *user, struct privs_target *t, char *err, size_t errlen)
{
	struct passwd *pw;

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
