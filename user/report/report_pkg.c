// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Who a row is: its executable, namespace, and the Debian package the
 * executable belongs to (report.h).
 *
 * Why dpkg's files and not `dpkg-query -S`: the report must not depend on
 * a program's output format, and one pass over info/ *.list finds every
 * executable of the report at once, where dpkg-query would read the same
 * files. Diversions (dpkg-divert) are not followed: a diverted file is
 * reported under the package that lists its path.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/report.h"

const char *rpt_group_process(const struct rpt_group *g)
{
	if (g->exe_known)
		return g->exe;
	return g->comm_known ? g->comm : "(unknown)";
}

void rpt_netns_str(const struct rpt_group *g, char *buf, size_t len)
{
	if (g->ctr_id[0])
		snprintf(buf, len, "container %s:%.12s (netns %lld)", g->ctr_rt, g->ctr_id,
			 (long long)g->netns);
	else if (g->host_netns == 1)
		snprintf(buf, len, "host");
	else if (g->netns >= 0)
		snprintf(buf, len, "netns %lld", (long long)g->netns);
	else
		snprintf(buf, len, "-");
}

void rpt_pkg_str(const struct rpt_group *g, char *buf, size_t len)
{
	if (g->pkg_state == RPT_PKG_FOUND && g->pkg_via[0])
		snprintf(buf, len, "%s %s (installed with %s)", g->pkg, g->pkg_version, g->pkg_via);
	else if (g->pkg_state == RPT_PKG_FOUND)
		snprintf(buf, len, "%s %s", g->pkg, g->pkg_version);
	else if (g->pkg_state == RPT_PKG_NONE)
		snprintf(buf, len, "none");
	else if (g->ctr_id[0])
		snprintf(buf, len, "unknown (the container's own files)");
	else
		snprintf(buf, len, "unknown");
}

bool rpt_exe_writable_place(const char *exe)
{
	/* and memory: a memfd's program has no file at all */
	static const char *const places[] = { "/tmp/", "/var/tmp/", "/dev/shm/", "/run/user/",
					      "/home/", "/root/", "/run/shm/", "/memfd:" };

	for (size_t i = 0; i < sizeof(places) / sizeof(places[0]); i++)
		if (!strncmp(exe, places[i], strlen(places[i])))
			return true;
	return false;
}

/* ---- the paths asked for --------------------------------------------------- */

struct want {
	char *path;          /* as dpkg would list it */
	size_t orig;         /* index into the executables */
};

struct exe_pkg {
	const char *exe;
	char pkg[RPT_PKG_MAX];
	char version[RPT_PKG_MAX];
	char via[RPT_PKG_MAX];
	bool found;
};

static int cmp_want(const void *a, const void *b)
{
	return strcmp(((const struct want *)a)->path, ((const struct want *)b)->path);
}

/* /usr-merged twins: dpkg may list /bin/sh for what runs as /usr/bin/sh. */
static char *twin(const char *p)
{
	static const char *const dirs[] = { "/bin/", "/sbin/", "/lib/", "/lib64/", "/libx32/",
					    "/lib32/" };
	char *t = NULL;

	if (!strncmp(p, "/usr/", 5)) {
		for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
			if (!strncmp(p + 4, dirs[i], strlen(dirs[i])))
				return strdup(p + 4);
		return NULL;
	}
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (!strncmp(p, dirs[i], strlen(dirs[i])) && asprintf(&t, "/usr%s", p) > 0)
			return t;
	return NULL;
}

static char *read_all(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	char *buf = NULL;
	ssize_t n;
	size_t got = 0;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || !(buf = malloc((size_t)st.st_size + 1)))
		goto out;
	while (got < (size_t)st.st_size &&
	       (n = read(fd, buf + got, (size_t)st.st_size - got)) > 0)
		got += (size_t)n;
	buf[got] = '\0';
	*len = got;
out:
	close(fd);
	return buf;
}

/* Every line of one .list file that is a path asked for names pkg. */
static void scan_list(const char *text, size_t len, const char *pkg, struct want *w, size_t nw,
		      struct exe_pkg *e)
{
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		size_t lo = 0, hi = nw;

		/* binary search: the paths asked for are sorted */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			int r = strncmp(w[mid].path, p, n);

			if (!r && w[mid].path[n])
				r = 1;
			if (!r) {
				struct exe_pkg *x = &e[w[mid].orig];

				if (!x->found) {
					x->found = true;
					rpt_copy(x->pkg, sizeof(x->pkg), pkg);
				}
				break;
			}
			if (r < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		p += n + 1;
	}
}

static int cmp_str_ptr(const void *a, const void *b);

/* One stanza of dpkg's status file, as far as it is read here. */
struct stanza {
	char pkg[RPT_PKG_MAX], arch[64], ver[RPT_PKG_MAX];
	bool installed;
	bool auto_mark;                    /* apt's extended_states: Auto-Installed: 1 */
	const char *depends, *pre_depends; /* into the file's text, or NULL */
};

/* Each stanza of a status-like file (blank-line separated), in place. */
static void stanzas(char *text, void (*fn)(const struct stanza *, void *), void *ctx)
{
	for (char *p = text; p && *p;) {
		char *next = strstr(p, "\n\n");
		struct stanza st = { .depends = NULL };

		if (next)
			*next = '\0';
		for (char *line = p; line && *line;) {
			char *nl = strchr(line, '\n');

			if (nl)
				*nl = '\0';
			if (!strncmp(line, "Package: ", 9))
				rpt_copy(st.pkg, sizeof(st.pkg), line + 9);
			else if (!strncmp(line, "Architecture: ", 14))
				rpt_copy(st.arch, sizeof(st.arch), line + 14);
			else if (!strncmp(line, "Version: ", 9))
				rpt_copy(st.ver, sizeof(st.ver), line + 9);
			else if (!strncmp(line, "Status: ", 8))
				st.installed = strlen(line) >= 10 &&
					       !strcmp(line + strlen(line) - 10, " installed");
			else if (!strncmp(line, "Depends: ", 9))
				st.depends = line + 9;
			else if (!strncmp(line, "Pre-Depends: ", 13))
				st.pre_depends = line + 13;
			else if (!strcmp(line, "Auto-Installed: 1"))
				st.auto_mark = true;
			line = nl ? nl + 1 : NULL;
		}
		if (st.pkg[0])
			fn(&st, ctx);
		p = next ? next + 2 : NULL;
	}
}

/* Does a Depends field name pkg, as one of its packages or alternatives?
 * "a (>= 1), b:any | c" names a, b and c. */
static bool depends_on(const char *field, const char *pkg)
{
	size_t n = strlen(pkg);

	for (const char *p = field; p && *p;) {
		p += strspn(p, " ,|");
		if (!strncmp(p, pkg, n) && (!p[n] || strchr(" ,|(:", p[n])))
			return true;
		p = strpbrk(p, ",|");
	}
	return false;
}

struct pkg_scan {
	struct exe_pkg *e;
	size_t ne;
	char **autos;  /* apt's automatically installed packages, sorted */
	size_t nauto;
};

static const char *base_name(const char *pkg, char *buf, size_t len)
{
	const char *colon = strchr(pkg, ':');

	snprintf(buf, len, "%.*s", colon ? (int)(colon - pkg) : (int)strlen(pkg), pkg);
	return buf;
}

static bool is_auto(const struct pkg_scan *s, const char *pkg)
{
	char b[RPT_PKG_MAX];

	base_name(pkg, b, sizeof(b));
	return bsearch(&(const char *){ b }, s->autos, s->nauto, sizeof(*s->autos),
		       cmp_str_ptr) != NULL;
}

/* The installed version of each package found. */
static void take_version(const struct stanza *st, void *ctx)
{
	struct pkg_scan *s = ctx;
	char with_arch[RPT_PKG_MAX * 2];

	snprintf(with_arch, sizeof(with_arch), "%s:%s", st->pkg, st->arch);
	for (size_t i = 0; i < s->ne; i++)
		if (s->e[i].found && !s->e[i].version[0] &&
		    (!strcmp(s->e[i].pkg, st->pkg) || !strcmp(s->e[i].pkg, with_arch)))
			rpt_copy(s->e[i].version, sizeof(s->e[i].version), st->ver);
}

/* An installed package asked for by hand that depends on a package found
 * which apt installed automatically: that one came with it. */
static void take_via(const struct stanza *st, void *ctx)
{
	struct pkg_scan *s = ctx;

	if (!st->installed || (!st->depends && !st->pre_depends) || is_auto(s, st->pkg))
		return;
	for (size_t i = 0; i < s->ne; i++) {
		struct exe_pkg *x = &s->e[i];
		char b[RPT_PKG_MAX];
		size_t n = strlen(x->via);

		if (!x->found || !is_auto(s, x->pkg))
			continue;
		base_name(x->pkg, b, sizeof(b));
		if (!(st->depends && depends_on(st->depends, b)) &&
		    !(st->pre_depends && depends_on(st->pre_depends, b)))
			continue;
		if (n + strlen(st->pkg) + 3 < sizeof(x->via))
			snprintf(x->via + n, sizeof(x->via) - n, "%s%s", n ? ", " : "", st->pkg);
	}
}

static void take_auto(const struct stanza *st, void *ctx)
{
	struct pkg_scan *s = ctx;
	char **grown;

	if (!st->auto_mark)
		return;
	grown = realloc(s->autos, (s->nauto + 1) * sizeof(*s->autos));
	if (!grown)
		return;
	s->autos = grown;
	if ((s->autos[s->nauto] = strdup(st->pkg)))
		s->nauto++;
}

/* Versions from dpkg's status file; for packages apt installed as a
 * dependency, the packages asked for by hand that brought them. */
static void versions(const char *admindir, struct exe_pkg *e, size_t ne)
{
	struct pkg_scan s = { .e = e, .ne = ne };
	char path[4096], *text, *ext;
	size_t len = 0;

	snprintf(path, sizeof(path), "%s/status", admindir);
	text = read_all(path, &len);
	if (!text)
		return;
	/* apt keeps its marks beside dpkg's database: /var/lib/apt next to
	 * /var/lib/dpkg */
	snprintf(path, sizeof(path), "%s/../apt/extended_states", admindir);
	if ((ext = read_all(path, &len))) {
		stanzas(ext, take_auto, &s);
		free(ext);
		qsort(s.autos, s.nauto, sizeof(*s.autos), cmp_str_ptr);
	}
	/* stanzas() cuts the text in place: a second pass needs a fresh copy */
	if (s.nauto && (ext = strdup(text))) {
		stanzas(ext, take_via, &s);
		free(ext);
	}
	stanzas(text, take_version, &s);
	free(text);
	for (size_t i = 0; i < s.nauto; i++)
		free(s.autos[i]);
	free(s.autos);
}

static int cmp_str_ptr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

size_t rpt_packages(struct rpt_agg *a, const char *admindir)
{
	size_t ne = 0, nw = 0, cap = 0, looked = 0;
	const char **exes = NULL;
	struct exe_pkg *e = NULL;
	struct want *w = NULL;
	char path[4096];
	struct dirent *de;
	DIR *d;

	/* the distinct executables of every table */
	for (int t = 0; t < RT_COUNT; t++)
		cap += a->t[t].n;
	exes = malloc((cap ? cap : 1) * sizeof(*exes));
	if (!exes)
		return 0;
	/* a container's executable is a path in the container's own files:
	 * the host's dpkg database does not answer for it */
	for (int t = 0; t < RT_COUNT; t++)
		for (size_t i = 0; i < a->t[t].n; i++)
			if (a->t[t].g[i].exe_known && !a->t[t].g[i].ctr_id[0])
				exes[ne++] = a->t[t].g[i].exe;
	qsort(exes, ne, sizeof(*exes), cmp_str_ptr);
	{
		size_t u = 0;

		for (size_t i = 0; i < ne; i++)
			if (!u || strcmp(exes[u - 1], exes[i]))
				exes[u++] = exes[i];
		ne = u;
	}
	snprintf(path, sizeof(path), "%s/info", admindir);
	d = ne ? opendir(path) : NULL;
	e = calloc(ne ? ne : 1, sizeof(*e));
	w = calloc(ne ? 2 * ne : 1, sizeof(*w));
	if (!d || !e || !w)
		goto out;
	for (size_t i = 0; i < ne; i++) {
		char *t = twin(exes[i]);

		e[i].exe = exes[i];
		w[nw].path = strdup(exes[i]);
		w[nw++].orig = i;
		if (t) {
			w[nw].path = t;
			w[nw++].orig = i;
		}
	}
	for (size_t i = 0; i < nw; i++)
		if (!w[i].path)
			goto out;
	qsort(w, nw, sizeof(*w), cmp_want);
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name), len = 0;
		char pkg[RPT_PKG_MAX], *text;

		if (n <= 5 || strcmp(de->d_name + n - 5, ".list") || n - 5 >= sizeof(pkg))
			continue;
		memcpy(pkg, de->d_name, n - 5);
		pkg[n - 5] = '\0';
		snprintf(path, sizeof(path), "%s/info/%s", admindir, de->d_name);
		text = read_all(path, &len);
		if (!text)
			continue;
		scan_list(text, len, pkg, w, nw, e);
		free(text);
	}
	versions(admindir, e, ne);
	/* every row gets its executable's answer */
	for (int t = 0; t < RT_COUNT; t++)
		for (size_t i = 0; i < a->t[t].n; i++) {
			struct rpt_group *g = &a->t[t].g[i];

			size_t lo = 0, hi = ne, j = ne;

			if (!g->exe_known || g->ctr_id[0])
				continue;
			while (lo < hi) { /* e is sorted by exe */
				size_t mid = (lo + hi) / 2;
				int r = strcmp(e[mid].exe, g->exe);

				if (!r) {
					j = mid;
					break;
				}
				if (r < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (j < ne) {
				g->pkg_state = e[j].found ? RPT_PKG_FOUND : RPT_PKG_NONE;
				if (e[j].found) {
					/* "libc6:amd64" names the package libc6 */
					char *colon = strchr(e[j].pkg, ':');

					snprintf(g->pkg, sizeof(g->pkg), "%.*s",
						 colon ? (int)(colon - e[j].pkg) : (int)strlen(e[j].pkg),
						 e[j].pkg);
					rpt_copy(g->pkg_version, sizeof(g->pkg_version),
						 e[j].version[0] ? e[j].version : "?");
					rpt_copy(g->pkg_via, sizeof(g->pkg_via), e[j].via);
				}
			}
		}
	looked = ne;
out:
	if (d)
		closedir(d);
	for (size_t i = 0; w && i < nw; i++)
		free(w[i].path);
	free(w);
	free(e);
	free(exes);
	return looked;
}
