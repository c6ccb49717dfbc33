/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Who acted, beyond pid and comm: the executable and command line (from
 * proc_cache.h), the cgroup v2 path and what it says (systemd unit,
 * container id and runtime), and whether the socket lives in the host's
 * network namespace. Table, JSON, snapshot and record all take these from
 * struct sw_ident, so they agree.
 */
#ifndef SOCKWATCH_IDENT_H
#define SOCKWATCH_IDENT_H

#include <linux/types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockwatch.h"
#include "label/proc_cache.h"

#define IDENT_UNIT_MAX 256
#define IDENT_CONTAINER_ID_MAX 80

/* What a cgroup path says, worked out once per cgroup. */
struct ident_cgroup {
	uint64_t id;                 /* cgroup v2 id (the directory's inode) */
	char *path;                  /* "/system.slice/nginx.service"; NULL: unknown */
	char *unit;                  /* "nginx.service"; NULL: not in a unit */
	char *container_id;          /* NULL: not in a container */
	const char *runtime;         /* "docker", "containerd", "cri-o", "podman", "lxc", "cri" */
};

/* Everything an output line says about the actor; any part may be NULL. */
struct sw_ident {
	const struct proc_image *img;
	const struct ident_cgroup *cg;
	int host_netns;              /* 1, 0, or -1 when unknown */
};

/* The parts of who, NULL (or -1) when unknown; who may be NULL. For the
 * rows of label/fields.h. */
static inline const char *sw_who_exe(const struct sw_ident *w)
{
	return w && w->img ? w->img->exe : NULL;
}

static inline const struct proc_image *sw_who_args(const struct sw_ident *w)
{
	return w && w->img && w->img->args_known ? w->img : NULL;
}

static inline const char *sw_who_cgroup(const struct sw_ident *w)
{
	return w && w->cg ? w->cg->path : NULL;
}

static inline const char *sw_who_unit(const struct sw_ident *w)
{
	return w && w->cg ? w->cg->unit : NULL;
}

static inline const struct ident_cgroup *sw_who_container(const struct sw_ident *w)
{
	return w && w->cg && w->cg->container_id ? w->cg : NULL;
}

static inline int sw_who_host_netns(const struct sw_ident *w)
{
	return w ? w->host_netns : -1;
}

struct ident;

/* Reads what needs privileges now (the host's network namespace, the
 * cgroup v2 mount), so resolving later works after they are dropped.
 * Takes pc, which may be NULL (no process images: exe and args then stay
 * unknown), and frees it with itself. NULL when out of memory. */
struct ident *ident_new(struct proc_cache *pc);
void ident_free(struct ident *id);
struct proc_cache *ident_procs(struct ident *id);

/* Identity of an event's actor. Its parts stay valid until the next call
 * that changes the caches (the next ident_* call). */
void ident_resolve(struct ident *id, const struct sw_event *e, struct sw_ident *out);

/* By cgroup id (pid, if non-zero, is a process that is or was in it: a
 * quicker way in than walking the hierarchy). NULL when not found. */
const struct ident_cgroup *ident_cgroup(struct ident *id, uint64_t cgroup_id, uint32_t pid);
/* The cgroup of live process pid, from /proc/PID/cgroup. */
const struct ident_cgroup *ident_cgroup_of_pid(struct ident *id, uint32_t pid);
/* 1 host, 0 another namespace, -1 unknown. */
int ident_host_netns(const struct ident *id, uint32_t netns);

/*
 * --exe, --unit, --container: applied in userspace, once the actor is
 * named (the kernel knows neither paths nor units). An actor that could
 * not be named matches none of them.
 */
enum ident_ct_mode { IDENT_CT_OFF, IDENT_CT_ANY, IDENT_CT_NONE, IDENT_CT_ID };

struct ident_filter {
	const char *exe;                 /* exact path; NULL: any */
	char exe_real[4096];             /* where exe leads when it is a link here, or "" */
	char unit[IDENT_UNIT_MAX];       /* "" any; ".service" added to a bare name */
	enum ident_ct_mode ct;
	char ct_id[IDENT_CONTAINER_ID_MAX]; /* IDENT_CT_ID: the id or a prefix of it */
};

/* Each returns 0, or -1 with one line in err (errlen bytes). */
int ident_filter_exe(struct ident_filter *f, const char *arg, char *err, size_t errlen);
int ident_filter_unit(struct ident_filter *f, const char *arg, char *err, size_t errlen);
int ident_filter_container(struct ident_filter *f, const char *arg, char *err, size_t errlen);

static inline bool ident_filter_on(const struct ident_filter *f)
{
	return f->exe || f->unit[0] || f->ct != IDENT_CT_OFF;
}

bool ident_filter_match(const struct ident_filter *f, const struct sw_ident *who);

/* ---- pure helpers, exposed for the unit tests ------------------------- */

/* The systemd unit of a cgroup path: its first component naming a unit
 * that holds processes (.service, .scope, .socket, .mount, .swap), which
 * is the system manager's unit as `systemctl status PID` names it. 0 and
 * the name in unit, or -1 outside any unit. */
int ident_unit_of_path(const char *path, char *unit, size_t len);

/* The container of a cgroup path: docker (docker-ID.scope, /docker/ID),
 * containerd CRI (cri-containerd-ID.scope), CRI-O (crio-ID.scope), podman
 * (libpod-ID.scope, /libpod_parent/libpod-ID), lxc/LXD (/lxc/NAME,
 * lxc.payload.NAME), and kubelet's cgroupfs layout (/kubepods/.../ID,
 * runtime "cri"). Container monitors (conmon, lxc.monitor) are not
 * containers. 0 with id and *runtime, or -1. */
int ident_container_of_path(const char *path, char *id, size_t len, const char **runtime);

/* The "0::PATH" line of /proc/PID/cgroup text. 0 and the path, or -1. */
int ident_parse_proc_cgroup(const char *text, size_t n, char *path, size_t len);

#endif
