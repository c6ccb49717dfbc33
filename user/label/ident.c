// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "label/ident.h"

#define CG_BUCKETS 1024u
#define CG_MAX 16384            /* cgroups remembered; past it the cache starts over */
#define CG_WALK_DEPTH 32

struct cg_node {
	struct cg_node *next;
	struct ident_cgroup cg;
};

struct ident {
	struct proc_cache *pc;
	char cgroot[PATH_MAX];       /* where cgroup v2 is mounted; "" if nowhere */
	uint32_t host_netns;         /* 0: unknown */
	struct cg_node *bucket[CG_BUCKETS];
	size_t ncg;
};

/* ---- pure parsing ------------------------------------------------------ */

static bool has_suffix(const char *s, size_t n, const char *suf)
{
	size_t m = strlen(suf);

	return n > m && !memcmp(s + n - m, suf, m);
}

static bool is_hex_id(const char *s, size_t n)
{
	if (n != 64)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i]))
			return false;
	return true;
}

/* Calls fn(component, length) for each component of path, root first,
 * until fn returns non-zero; returns that. */
static int each_component(const char *path, int (*fn)(void *, const char *, size_t, size_t),
			  void *ctx)
{
	size_t idx = 0;

	for (const char *p = path; *p;) {
		const char *slash;
		size_t n;
		int r;

		while (*p == '/')
			p++;
		if (!*p)
			break;
		slash = strchr(p, '/');
		n = slash ? (size_t)(slash - p) : strlen(p);
		r = fn(ctx, p, n, idx++);
		if (r)
			return r;
		p += n;
	}
	return 0;
}

struct unit_find {
	char *out;
	size_t len;
};

static int unit_component(void *ctx, const char *c, size_t n, size_t idx)
{
	static const char *const kinds[] = { ".service", ".scope", ".socket", ".mount", ".swap" };
	struct unit_find *u = ctx;

	(void)idx;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (has_suffix(c, n, kinds[i])) {
			if (n >= u->len)
				return -1;
			memcpy(u->out, c, n);
			u->out[n] = '\0';
			return 1;
		}
	return 0;
}

int ident_unit_of_path(const char *path, char *unit, size_t len)
{
	struct unit_find u = { unit, len };

	return each_component(path, unit_component, &u) == 1 ? 0 : -1;
}

struct container_find {
	char *out;
	size_t len;
	const char *runtime;
	const char *prev;            /* previous component, for /docker/ID */
	size_t prev_n;
	bool kubepods;               /* under kubelet's cgroupfs /kubepods */
};

static int put_id(struct container_find *f, const char *id, size_t n, const char *runtime)
{
	if (!n || n >= f->len)
		return 0;
	memcpy(f->out, id, n);
	f->out[n] = '\0';
	f->runtime = runtime;
	return 1;
}

/* "<prefix>ID<suffix>" with a 64-hex ID. */
static int prefixed(struct container_find *f, const char *c, size_t n, const char *prefix,
		    const char *suffix, const char *runtime)
{
	size_t pn = strlen(prefix), sn = strlen(suffix);

	if (n < pn + sn || memcmp(c, prefix, pn) || memcmp(c + n - sn, suffix, sn))
		return 0;
	if (!is_hex_id(c + pn, n - pn - sn))
		return 0;
	return put_id(f, c + pn, n - pn - sn, runtime);
}

static int container_component(void *ctx, const char *c, size_t n, size_t idx)
{
	struct container_find *f = ctx;
	int r;

	if ((r = prefixed(f, c, n, "docker-", ".scope", "docker")) ||
	    (r = prefixed(f, c, n, "cri-containerd-", ".scope", "containerd")) ||
	    (r = prefixed(f, c, n, "crio-", ".scope", "cri-o")) ||
	    (r = prefixed(f, c, n, "libpod-", ".scope", "podman")) ||
	    (r = prefixed(f, c, n, "libpod-", "", "podman")))
		return r;
	if (n > 12 && !memcmp(c, "lxc.payload.", 12))
		return put_id(f, c + 12, n - 12, "lxc");
	if (f->prev_n && is_hex_id(c, n)) {
		if (f->prev_n == 6 && !memcmp(f->prev, "docker", 6))
			return put_id(f, c, n, "docker");
		if (f->kubepods)
			return put_id(f, c, n, "cri");
	}
	if (f->prev_n == 3 && !memcmp(f->prev, "lxc", 3) && idx == 1)
		return put_id(f, c, n, "lxc");
	if (idx == 0 && n == 8 && !memcmp(c, "kubepods", 8))
		f->kubepods = true;
	f->prev = c;
	f->prev_n = n;
	return 0;
}

int ident_container_of_path(const char *path, char *id, size_t len, const char **runtime)
{
	struct container_find f = { .out = id, .len = len };

	if (each_component(path, container_component, &f) != 1)
		return -1;
	*runtime = f.runtime;
	return 0;
}

int ident_parse_proc_cgroup(const char *text, size_t n, char *path, size_t len)
{
	const char *p = text, *end = text + n;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t ln = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (ln >= 3 && !memcmp(p, "0::", 3)) {
			if (ln - 3 >= len || ln == 3)
				return -1;
			memcpy(path, p + 3, ln - 3);
			path[ln - 3] = '\0';
			return 0;
		}
		p += ln + 1;
	}
	return -1;
}

/* ---- the cgroup cache -------------------------------------------------- */

/* Undo mountinfo's octal escapes (\040 for a space) in place. */
static void unescape_mountinfo(char *s)
{
	char *w = s;

	for (char *r = s; *r; r++) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '3' && r[2] >= '0' && r[2] <= '7' &&
		    r[3] >= '0' && r[3] <= '7') {
			*w++ = (char)((r[1] - '0') << 6 | (r[2] - '0') << 3 | (r[3] - '0'));
			r += 3;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

/* The first cgroup2 mount showing the hierarchy's root. */
static void find_cgroup2(char *out, size_t len)
{
	FILE *f = fopen("/proc/self/mountinfo", "re");
	char *line = NULL;
	size_t cap = 0;

	out[0] = '\0';
	if (!f)
		return;
	while (getline(&line, &cap, f) > 0) {
		char root[PATH_MAX], mnt[PATH_MAX], fstype[64];
		const char *sep = strstr(line, " - ");

		if (!sep || sscanf(sep, " - %63s", fstype) != 1 || strcmp(fstype, "cgroup2"))
			continue;
		if (sscanf(line, "%*s %*s %*s %4095s %4095s", root, mnt) != 2 || strcmp(root, "/"))
			continue;
		unescape_mountinfo(mnt);
		if (strlen(mnt) < len) {
			strcpy(out, mnt);
			break;
		}
	}
	free(line);
	fclose(f);
}

/* kthreadd's network namespace, if pid 2 is kthreadd: the kernel's own
 * thread of the initial pid namespace (parent 0), not some other pid
 * namespace's second process. */
static int stat_kthreadd_netns(struct stat *st)
{
	char buf[512];
	FILE *f = fopen("/proc/2/status", "re");
	bool kthreadd = false, orphan = false;

	if (!f)
		return -1;
	while (fgets(buf, sizeof(buf), f)) {
		if (!strcmp(buf, "Name:\tkthreadd\n"))
			kthreadd = true;
		else if (!strcmp(buf, "PPid:\t0\n"))
			orphan = true;
	}
	fclose(f);
	if (!kthreadd || !orphan)
		return -1;
	return stat("/proc/2/ns/net", st);
}

struct ident *ident_new(struct proc_cache *pc)
{
	struct ident *id = calloc(1, sizeof(*id));
	struct stat st;

	if (!id) {
		proc_cache_free(pc);
		return NULL;
	}
	id->pc = pc;
	/* The host's namespace is the kernel's first one, init_net. kthreadd
	 * and every kernel thread stay in it, and root may look at them where
	 * it may not look at init (a sandbox's init, an LSM): so kthreadd's,
	 * then init's (needs root: read while we are). Only where neither can
	 * be read does the namespace sockwatch was started in stand for it,
	 * which is wrong when sockwatch itself runs inside another one. */
	if (!stat_kthreadd_netns(&st) || !stat("/proc/1/ns/net", &st) ||
	    !stat("/proc/self/ns/net", &st))
		id->host_netns = (uint32_t)st.st_ino;
	find_cgroup2(id->cgroot, sizeof(id->cgroot));
	return id;
}

static void cg_clear(struct ident *id)
{
	for (unsigned b = 0; b < CG_BUCKETS; b++) {
		for (struct cg_node *n = id->bucket[b], *next; n; n = next) {
			next = n->next;
			free(n->cg.path);
			free(n->cg.unit);
			free(n->cg.container_id);
			free(n);
		}
		id->bucket[b] = NULL;
	}
	id->ncg = 0;
}

void ident_free(struct ident *id)
{
	if (!id)
		return;
	cg_clear(id);
	proc_cache_free(id->pc);
	free(id);
}

struct proc_cache *ident_procs(struct ident *id)
{
	return id->pc;
}

static struct ident_cgroup *cg_find(struct ident *id, uint64_t cgid)
{
	for (struct cg_node *n = id->bucket[cgid % CG_BUCKETS]; n; n = n->next)
		if (n->cg.id == cgid)
			return &n->cg;
	return NULL;
}

static struct ident_cgroup *cg_add(struct ident *id, uint64_t cgid, const char *path)
{
	struct ident_cgroup *found = cg_find(id, cgid);
	char unit[IDENT_UNIT_MAX], cid[IDENT_CONTAINER_ID_MAX];
	const char *runtime;
	struct cg_node *n;

	if (found)
		return found;
	if (id->ncg >= CG_MAX)
		cg_clear(id);
	n = calloc(1, sizeof(*n));
	if (!n || (path && !(n->cg.path = strdup(path))))
		goto fail;
	n->cg.id = cgid;
	if (path && !ident_unit_of_path(path, unit, sizeof(unit)) && !(n->cg.unit = strdup(unit)))
		goto fail;
	if (path && !ident_container_of_path(path, cid, sizeof(cid), &runtime)) {
		if (!(n->cg.container_id = strdup(cid)))
			goto fail;
		n->cg.runtime = runtime;
	}
	n->next = id->bucket[cgid % CG_BUCKETS];
	id->bucket[cgid % CG_BUCKETS] = n;
	id->ncg++;
	return &n->cg;
fail:
	if (n) {
		free(n->cg.path);
		free(n->cg.unit);
		free(n);
	}
	return NULL;
}

/* Inode of the cgroup at path (relative to the mount), or 0. */
static uint64_t cg_inode(const struct ident *id, const char *path)
{
	char full[PATH_MAX * 2];
	struct stat st;

	snprintf(full, sizeof(full), "%s%s", id->cgroot, path);
	return stat(full, &st) ? 0 : (uint64_t)st.st_ino;
}

static void walk(struct ident *id, char *rel, size_t len, int depth)
{
	char full[PATH_MAX * 2];
	struct dirent *de;
	DIR *d;

	if (depth > CG_WALK_DEPTH)
		return;
	snprintf(full, sizeof(full), "%s%s", id->cgroot, rel[0] ? rel : "/");
	d = opendir(full);
	if (!d)
		return;
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);

		if (de->d_type != DT_DIR || de->d_name[0] == '.' || len + 1 + n >= PATH_MAX)
			continue;
		rel[len] = '/';
		memcpy(rel + len + 1, de->d_name, n + 1);
		cg_add(id, (uint64_t)de->d_ino, rel);
		walk(id, rel, len + 1 + n, depth + 1);
		rel[len] = '\0';
	}
	closedir(d);
}

/* A process's cgroup v2 path, from /proc/PID/cgroup. 0, or -1 (gone, or
 * no v2 line). */
static int proc_cgroup_path(uint32_t pid, char *path, size_t cap)
{
	char name[64], text[4096];
	ssize_t n;
	int fd;

	snprintf(name, sizeof(name), "/proc/%u/cgroup", pid);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	n = read(fd, text, sizeof(text));
	close(fd);
	if (n <= 0 || ident_parse_proc_cgroup(text, (size_t)n, path, cap))
		return -1;
	return 0;
}

const struct ident_cgroup *ident_cgroup_of_pid(struct ident *id, uint32_t pid)
{
	char path[PATH_MAX];
	uint64_t ino;

	if (proc_cgroup_path(pid, path, sizeof(path)))
		return NULL;
	ino = id->cgroot[0] ? cg_inode(id, path) : 0;
	if (!ino)
		return NULL;
	return cg_add(id, ino, path);
}

/*
 * No cgroup v2 mount to check an id against (a mount namespace without
 * one, as `ip netns exec` makes): take the live owner's own word from
 * /proc/PID/cgroup. Its id cannot be checked, so it is not cached: the
 * process may move.
 */
static const struct ident_cgroup *cgroup_unverified(struct ident *id, uint64_t cgroup_id,
						    uint32_t pid)
{
	static struct ident_cgroup cg;
	static char path[PATH_MAX], unit[IDENT_UNIT_MAX], cid[IDENT_CONTAINER_ID_MAX];
	const char *runtime = NULL;

	(void)id;
	if (proc_cgroup_path(pid, path, sizeof(path)))
		return NULL;
	cg.id = cgroup_id;
	cg.path = path;
	cg.unit = ident_unit_of_path(path, unit, sizeof(unit)) ? NULL : unit;
	cg.container_id = ident_container_of_path(path, cid, sizeof(cid), &runtime) ? NULL : cid;
	cg.runtime = runtime;
	return &cg;
}

const struct ident_cgroup *ident_cgroup(struct ident *id, uint64_t cgroup_id, uint32_t pid)
{
	const struct ident_cgroup *cg = cg_find(id, cgroup_id);
	char rel[PATH_MAX];

	if (cg)
		return cg->path ? cg : NULL;
	if (!cgroup_id)
		return NULL;
	if (!id->cgroot[0])
		return pid ? cgroup_unverified(id, cgroup_id, pid) : NULL;
	if (cgroup_id == cg_inode(id, "/"))
		return cg_add(id, cgroup_id, "/");
	/* a live process in it leads straight there; else walk the tree */
	if (pid && (cg = ident_cgroup_of_pid(id, pid)) && cg->id == cgroup_id)
		return cg;
	rel[0] = '\0';
	walk(id, rel, 0, 0);
	if ((cg = cg_find(id, cgroup_id)))
		return cg;
	/* Gone already. Ids are never reused, so it stays unknown: no walk
	 * per event for it. */
	cg_add(id, cgroup_id, NULL);
	return NULL;
}

int ident_host_netns(const struct ident *id, uint32_t netns)
{
	if (!id->host_netns || !netns)
		return -1;
	return netns == id->host_netns;
}

void ident_resolve(struct ident *id, const struct sw_event *e, struct sw_ident *out)
{
	bool known = e->flags & SW_F_OWNER_KNOWN;

	out->img = known && id->pc ? proc_cache_lookup(id->pc, e->pid, e->start, e->ts_ns) : NULL;
	/* an event's cgroup is its owner's; a snapshot's is the socket's own,
	 * known without an owner (capture/snapshot.h) */
	out->cg = known || !e->kind ? ident_cgroup(id, e->cgroup_id, known ? e->pid : 0) : NULL;
	out->host_netns = ident_host_netns(id, e->netns);
}

/* ---- filters ----------------------------------------------------------- */

int ident_filter_exe(struct ident_filter *f, const char *arg, char *err, size_t errlen)
{
	if (arg[0] != '/') {
		snprintf(err, errlen, "--exe: '%.40s' is not an absolute path (as /proc/PID/exe "
			 "shows it, e.g. /usr/sbin/nginx)", arg);
		return -1;
	}
	f->exe = arg;
	f->exe_real[0] = '\0';
	/* /proc/PID/exe names the file, never a link to it: --exe
	 * /usr/bin/python3 means the /usr/bin/python3.11 it leads to here.
	 * The path as given still matches (a container's file of that path). */
	{
		struct stat st;
		char real[PATH_MAX];

		if (!lstat(arg, &st) && S_ISLNK(st.st_mode) && realpath(arg, real) &&
		    strlen(real) < sizeof(f->exe_real))
			strcpy(f->exe_real, real);
	}
	return 0;
}

int ident_filter_unit(struct ident_filter *f, const char *arg, char *err, size_t errlen)
{
	size_t n = strlen(arg);

	if (!n || strchr(arg, '/') || n + sizeof(".service") > sizeof(f->unit)) {
		snprintf(err, errlen, "--unit: '%.40s' is not a unit name (nginx.service, "
			 "session-3.scope, or nginx for nginx.service)", arg);
		return -1;
	}
	/* as systemctl does: a name without a type is a service */
	snprintf(f->unit, sizeof(f->unit), "%s%s", arg, strchr(arg, '.') ? "" : ".service");
	return 0;
}

int ident_filter_container(struct ident_filter *f, const char *arg, char *err, size_t errlen)
{
	size_t n = strlen(arg);

	if (!strcmp(arg, "any")) {
		f->ct = IDENT_CT_ANY;
		return 0;
	}
	if (!strcmp(arg, "none")) {
		f->ct = IDENT_CT_NONE;
		return 0;
	}
	if (!n || n >= sizeof(f->ct_id) || strchr(arg, '/')) {
		snprintf(err, errlen, "--container: '%.40s' is not a container id (or a prefix "
			 "of one), an lxc name, 'any' or 'none'", arg);
		return -1;
	}
	f->ct = IDENT_CT_ID;
	memcpy(f->ct_id, arg, n + 1);
	return 0;
}

bool ident_filter_match(const struct ident_filter *f, const struct sw_ident *who)
{
	const struct ident_cgroup *cg = who->cg;

	if (f->exe && (!who->img || !who->img->exe ||
		       (strcmp(who->img->exe, f->exe) &&
			(!f->exe_real[0] || strcmp(who->img->exe, f->exe_real)))))
		return false;
	if (f->unit[0] && (!cg || !cg->unit || strcmp(cg->unit, f->unit)))
		return false;
	switch (f->ct) {
	case IDENT_CT_OFF:
		break;
	case IDENT_CT_ANY:
		if (!cg || !cg->container_id)
			return false;
		break;
	case IDENT_CT_NONE:
		if (!cg || cg->container_id)
			return false; /* unknown is not "none" */
		break;
	case IDENT_CT_ID:
		/* a prefix, as docker and podman take them; an lxc name whole */
		if (!cg || !cg->container_id ||
		    (strcmp(cg->runtime, "lxc") ? strncmp(cg->container_id, f->ct_id, strlen(f->ct_id))
						: strcmp(cg->container_id, f->ct_id)))
			return false;
		break;
	}
	return true;
}
