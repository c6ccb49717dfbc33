// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "label/proc_cache.h"

#define BUCKETS (1u << 16)

struct proc_entry {
	struct proc_entry *next;  /* hash chain */
	uint32_t pid, start;
	uint64_t since_ns;        /* ts of the exec that made img; 0: seeded */
	struct proc_image *img;   /* NULL: not known */
	struct proc_image *prev;  /* the image before that exec, for older events */
	uint64_t exited_ns;       /* 0 while alive */
};

struct proc_cache {
	struct proc_entry *bucket[BUCKETS];
	size_t n;
	uint64_t misses;
	uint64_t latest_ns;       /* newest record seen: "now" for expiry */
};

static unsigned hash(uint32_t pid, uint32_t start)
{
	return (unsigned)((pid * 0x9e3779b1u) ^ (start * 0x85ebca6bu)) & (BUCKETS - 1);
}

static void image_put(struct proc_image *img)
{
	if (!img || --img->refs)
		return;
	free(img->exe);
	free(img->args);
	free(img);
}

static struct proc_image *image_get(struct proc_image *img)
{
	if (img)
		img->refs++;
	return img;
}

static struct proc_image *image_new(const char *exe, bool exe_cut, const char *args,
				    uint32_t args_len, bool args_known, bool args_cut)
{
	struct proc_image *img = calloc(1, sizeof(*img));

	if (!img)
		return NULL;
	img->refs = 1;
	if (exe && !(img->exe = strdup(exe)))
		goto fail;
	img->exe_cut = exe_cut;
	if (args_known) {
		img->args = malloc(args_len + 1);
		if (!img->args)
			goto fail;
		memcpy(img->args, args, args_len);
		img->args[args_len] = '\0';
		img->args_len = args_len;
		img->args_known = true;
		img->args_cut = args_cut;
	}
	return img;
fail:
	image_put(img);
	return NULL;
}

struct proc_cache *proc_cache_new(void)
{
	return calloc(1, sizeof(struct proc_cache));
}

static void entry_free(struct proc_entry *e)
{
	image_put(e->img);
	image_put(e->prev);
	free(e);
}

void proc_cache_free(struct proc_cache *pc)
{
	if (!pc)
		return;
	for (unsigned b = 0; b < BUCKETS; b++)
		for (struct proc_entry *e = pc->bucket[b], *next; e; e = next) {
			next = e->next;
			entry_free(e);
		}
	free(pc);
}

static struct proc_entry *find(struct proc_cache *pc, uint32_t pid, uint32_t start)
{
	for (struct proc_entry *e = pc->bucket[hash(pid, start)]; e; e = e->next)
		if (e->pid == pid && e->start == start)
			return e;
	return NULL;
}

/*
 * Over the cap: drop exited entries past their grace, then any exited
 * entry, then (a host with more live processes than the cap) seeded ones
 * first. One sweep frees a tenth of the cap, so sweeps stay rare.
 */
static void evict(struct proc_cache *pc)
{
	const size_t target = PROC_CACHE_MAX - PROC_CACHE_MAX / 10;

	for (int pass = 0; pass < 3 && pc->n > target; pass++)
		for (unsigned b = 0; b < BUCKETS && pc->n > target; b++)
			for (struct proc_entry **pp = &pc->bucket[b], *e; (e = *pp);) {
				bool drop = pass == 0 ? e->exited_ns &&
						pc->latest_ns - e->exited_ns > PROC_CACHE_GRACE_NS
					  : pass == 1 ? e->exited_ns != 0 : true;

				if (drop && pc->n > target) {
					*pp = e->next;
					entry_free(e);
					pc->n--;
				} else {
					pp = &e->next;
				}
			}
}

static struct proc_entry *insert(struct proc_cache *pc, uint32_t pid, uint32_t start)
{
	struct proc_entry *e = find(pc, pid, start);
	unsigned b;

	if (e)
		return e;
	if (pc->n >= PROC_CACHE_MAX)
		evict(pc);
	e = calloc(1, sizeof(*e));
	if (!e)
		return NULL;
	b = hash(pid, start);
	e->pid = pid;
	e->start = start;
	e->next = pc->bucket[b];
	pc->bucket[b] = e;
	pc->n++;
	return e;
}

size_t proc_exe_from_components(const char *in, size_t n, char *out)
{
	size_t len = 0, end = n;

	/* components are "name/" from the leaf up; emit them root first */
	while (end > 0) {
		size_t s = end - 1; /* the '/' ending this component */

		while (s > 0 && in[s - 1] != '/')
			s--;
		out[len++] = '/';
		memcpy(out + len, in + s, end - 1 - s);
		len += end - 1 - s;
		end = s;
	}
	if (!len)
		out[len++] = '/';
	out[len] = '\0';
	return len;
}

static void apply_exec(struct proc_cache *pc, const struct sw_proc_exec *r)
{
	char exe[SW_EXE_MAX + 2 + sizeof(" (deleted)")];
	uint32_t exe_len = r->h.exe_len < SW_EXE_MAX ? r->h.exe_len : SW_EXE_MAX;
	uint32_t args_len = r->h.args_len < SW_ARGS_MAX ? r->h.args_len : SW_ARGS_MAX;
	bool no_exe = r->h.flags & SW_PROC_NO_EXE;
	struct proc_entry *e;
	struct proc_image *img;

	if (!no_exe) {
		size_t n = proc_exe_from_components(r->exe, exe_len, exe);

		/* as /proc/PID/exe shows such a file: "/memfd:x (deleted)" */
		if (r->h.flags & SW_PROC_EXE_DELETED)
			memcpy(exe + n, " (deleted)", sizeof(" (deleted)"));
	}
	img = image_new(no_exe ? NULL : exe, r->h.flags & SW_PROC_EXE_CUT, r->args, args_len,
			args_len > 0, r->h.flags & SW_PROC_ARGS_CUT);
	e = insert(pc, r->h.pid, r->h.start);
	if (!e || !img) {
		image_put(img);
		return;
	}
	image_put(e->prev);
	e->prev = e->img;
	e->img = img;
	e->since_ns = r->h.ts_ns;
	e->exited_ns = 0;
}

void proc_cache_apply(struct proc_cache *pc, const struct sw_proc_hdr *rec, size_t size)
{
	struct proc_entry *e, *parent;

	if (size < sizeof(*rec))
		return;
	if (rec->ts_ns > pc->latest_ns)
		pc->latest_ns = rec->ts_ns;
	switch (rec->type) {
	case SW_PROC_EXEC:
		if (size >= sizeof(struct sw_proc_exec))
			apply_exec(pc, (const struct sw_proc_exec *)rec);
		break;
	case SW_PROC_FORK:
		parent = find(pc, rec->ppid, rec->pstart);
		e = insert(pc, rec->pid, rec->start);
		if (!e || e->img)
			break; /* already exec'd: that record came first */
		e->img = parent ? image_get(parent->img) : NULL;
		e->since_ns = rec->ts_ns;
		break;
	case SW_PROC_EXIT:
		e = find(pc, rec->pid, rec->start);
		if (e)
			e->exited_ns = rec->ts_ns ? rec->ts_ns : 1;
		break;
	}
}

void proc_cache_on_record(void *pc, const struct sw_proc_hdr *rec, size_t size)
{
	proc_cache_apply(pc, rec, size);
}

int proc_parse_stat(const char *stat, size_t n, uint32_t *ppid, uint64_t *starttime)
{
	const char *p = NULL, *end = stat + n;
	unsigned long long v[20];
	int field;

	/* comm may hold ')': the last one ends it */
	for (const char *q = stat; q < end; q++)
		if (*q == ')')
			p = q;
	if (!p)
		return -1;
	p++;
	/* fields 3 (state) ... 22 (starttime) */
	for (field = 3; field <= 22; field++) {
		char *stop;

		while (p < end && *p == ' ')
			p++;
		if (p >= end)
			return -1;
		if (field == 3) {
			p++;
			continue;
		}
		if (!isdigit((unsigned char)*p) && *p != '-')
			return -1;
		errno = 0;
		v[field - 3] = strtoull(p, &stop, 10);
		if (errno || stop == p || stop > end)
			return -1;
		p = stop;
	}
	*ppid = (uint32_t)v[4 - 3];
	*starttime = v[22 - 3];
	return 0;
}

static ssize_t read_small(int dirfd, const char *name, char *buf, size_t len)
{
	int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC);
	ssize_t n, got = 0;

	if (fd < 0)
		return -1;
	while ((size_t)got < len && (n = read(fd, buf + got, len - got)) > 0)
		got += n;
	close(fd);
	return got;
}

/* The start of /proc/PID as the kernel's records count it, or -1. */
static int64_t proc_start(int dirfd)
{
	char stat[1024];
	ssize_t n = read_small(dirfd, "stat", stat, sizeof(stat) - 1);
	uint64_t start;
	uint32_t ppid;

	if (n <= 0 || proc_parse_stat(stat, (size_t)n, &ppid, &start))
		return -1;
	return proc_start_from_stat(start);
}

uint32_t proc_start_from_stat(uint64_t starttime)
{
	static long hz;

	if (!hz)
		hz = sysconf(_SC_CLK_TCK);
	if (hz > 0 && hz != 1000000000 / (long)SW_TICK_NS)
		starttime = starttime * (1000000000 / SW_TICK_NS) / (uint64_t)hz;
	return (uint32_t)starttime;
}

/* The image of a live process from its /proc directory. */
static struct proc_image *image_from_proc(int dirfd)
{
	char exe[PATH_MAX], args[SW_ARGS_MAX + 1];
	ssize_t n = readlinkat(dirfd, "exe", exe, sizeof(exe) - 1);
	ssize_t an = read_small(dirfd, "cmdline", args, sizeof(args));
	bool cut = an > SW_ARGS_MAX;

	if (n < 0 && an <= 0)
		return NULL;
	if (n >= 0)
		exe[n] = '\0';
	if (cut)
		an = SW_ARGS_MAX;
	/* A process that rewrote its title (nginx: "nginx: worker process")
	 * leaves the rest of its old arguments' space as NULs, which would
	 * read as a row of empty arguments: ps shows none, nor does this.
	 * (A real trailing "" argument is lost with them; the record taken at
	 * exec has it.) */
	while (!cut && an >= 2 && !args[an - 1] && !args[an - 2])
		an--;
	return image_new(n >= 0 ? exe : NULL, false, args, an > 0 ? (uint32_t)an : 0, an > 0, cut);
}

static struct proc_entry *add_from_proc(struct proc_cache *pc, int procfd, uint32_t pid,
					int64_t want_start)
{
	char name[16];
	int dirfd;
	int64_t start;
	struct proc_entry *e = NULL;
	struct proc_image *img;

	snprintf(name, sizeof(name), "%u", pid);
	dirfd = openat(procfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dirfd < 0)
		return NULL;
	start = proc_start(dirfd);
	if (start < 0 || (want_start >= 0 && start != want_start))
		goto out;
	e = find(pc, pid, (uint32_t)start);
	if (e && e->img)
		goto out; /* a record said it already: records win */
	img = image_from_proc(dirfd);
	if (!e)
		e = insert(pc, pid, (uint32_t)start);
	if (e)
		e->img = img;
	else
		image_put(img);
out:
	close(dirfd);
	return e;
}

size_t proc_cache_seed(struct proc_cache *pc, const char *procfs)
{
	DIR *d = opendir(procfs);
	struct dirent *de;
	size_t added = 0;

	if (!d)
		return 0;
	while ((de = readdir(d))) {
		char *end;
		unsigned long pid = strtoul(de->d_name, &end, 10);

		if (*end || !pid || pid > UINT32_MAX)
			continue;
		if (add_from_proc(pc, dirfd(d), (uint32_t)pid, -1))
			added++;
	}
	closedir(d);
	return added;
}

const struct proc_image *proc_cache_lookup(struct proc_cache *pc, uint32_t pid, uint32_t start,
					   uint64_t ts_ns)
{
	struct proc_entry *e = find(pc, pid, start);

	if (!e || !e->img) {
		int procfd = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

		if (procfd >= 0) {
			e = add_from_proc(pc, procfd, pid, start);
			close(procfd);
		}
		if (!e || !e->img) {
			pc->misses++;
			return NULL;
		}
	}
	/* an event from before the process's last exec (a forked child
	 * that acted before exec'ing) belongs to the image before it */
	if (ts_ns && ts_ns < e->since_ns && e->prev)
		return e->prev;
	return e->img;
}

size_t proc_cache_size(const struct proc_cache *pc)
{
	return pc->n;
}

uint64_t proc_cache_misses(const struct proc_cache *pc)
{
	return pc->misses;
}
