/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Replays what the fuzzers found, and their seeds, through the same entry
 * points and checks (scripts/fuzz.sh runs the fuzzers themselves):
 *
 *   tests/fuzz/regressions/TARGET/NAME   an input that once crashed TARGET
 *                                        or broke one of its checks
 *   tests/fuzz/corpus/TARGET/NAME        TARGET's seeds
 *
 * One test per file. A regression whose name ends in ".open" is a bug not
 * fixed yet: skipped, so the list of open ones shows in every run; rename
 * it when the fix lands. Each target's .c is included here with its entry
 * point renamed and its check failures turned into cmocka failures.
 * A new target must be added to `targets` below; a folder under
 * regressions/ or corpus/ with no target here fails the run.
 *
 * The files are found through this source's path, or the binary's
 * (build/tests/ -> tests/fuzz/), or $SW_FUZZ_DIR.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#define FUZZ_FAIL(...) fail_msg(__VA_ARGS__)

#define FUZZ_ENTRY fuzz_services_entry
#include "../fuzz/fuzz_services.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_opts_entry
#include "../fuzz/fuzz_opts.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_output_entry
#include "../fuzz/fuzz_output.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_snapshot_entry
#include "../fuzz/fuzz_snapshot.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_approved_entry
#include "../fuzz/fuzz_approved.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_report_esc_entry
#include "../fuzz/fuzz_report_esc.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_report_entry
#include "../fuzz/fuzz_report.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_manifest_entry
#include "../fuzz/fuzz_manifest.c"
#undef FUZZ_ENTRY

static const struct {
	const char *name;
	int (*entry)(const uint8_t *data, size_t size);
} targets[] = {
	{ "fuzz_services", fuzz_services_entry },
	{ "fuzz_opts", fuzz_opts_entry },
	{ "fuzz_output", fuzz_output_entry },
	{ "fuzz_snapshot", fuzz_snapshot_entry },
	{ "fuzz_approved", fuzz_approved_entry },
	{ "fuzz_report_esc", fuzz_report_esc_entry },
	{ "fuzz_report", fuzz_report_entry },
	{ "fuzz_manifest", fuzz_manifest_entry },
};
#define NTARGETS (sizeof(targets) / sizeof(targets[0]))

struct replay {
	char path[PATH_MAX];
	char name[300];
	size_t target;
	int open;      /* a known bug, not fixed yet */
	int unknown;   /* a folder with no target */
};

/* a/b into out; a path too long is a setup error, not something to cut. */
static void join(char *out, size_t len, const char *a, const char *b)
{
	int n = snprintf(out, len, "%s/%s", a, b);

	if (n < 0 || (size_t)n >= len) {
		fprintf(stderr, "test_fuzz_regressions: path too long: %s/%s\n", a, b);
		exit(1);
	}
}

static int is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* tests/fuzz, wherever we run from. */
static int find_fuzz_dir(char *out, size_t len)
{
	const char *env = getenv("SW_FUZZ_DIR");
	char exe[PATH_MAX];
	ssize_t n;

	if (env && *env) {
		snprintf(out, len, "%s", env);
		return is_dir(out) ? 0 : -1;
	}
	/* __FILE__ is tests/unit/test_fuzz_regressions.c as make passes it */
	if (strrchr(__FILE__, '/'))
		snprintf(out, len, "%.*s/../fuzz", (int)(strrchr(__FILE__, '/') - __FILE__),
			 __FILE__);
	else
		snprintf(out, len, "../fuzz");
	if (is_dir(out))
		return 0;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		*strrchr(exe, '/') = '\0';
		join(out, len, exe, "../../tests/fuzz");
		if (is_dir(out))
			return 0;
	}
	return -1;
}

static struct replay *replays;
static size_t nreplays, capreplays;

static struct replay *add_replay(void)
{
	if (nreplays == capreplays) {
		size_t cap = capreplays ? capreplays * 2 : 64;
		struct replay *r = realloc(replays, cap * sizeof(*r));

		if (!r) {
			perror("realloc");
			exit(1);
		}
		replays = r;
		capreplays = cap;
	}
	memset(&replays[nreplays], 0, sizeof(replays[0]));
	return &replays[nreplays++];
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Every file of base/KIND/TARGET/ as one replay. */
static void collect(const char *base, const char *kind)
{
	char dir[PATH_MAX];
	struct dirent **tl;
	int nt;

	join(dir, sizeof(dir), base, kind);
	nt = scandir(dir, &tl, NULL, by_name);
	if (nt < 0)
		return; /* no regressions yet */
	for (int i = 0; i < nt; i++) {
		char tdir[PATH_MAX];
		struct dirent **fl;
		size_t t;
		int nf;

		if (tl[i]->d_name[0] == '.')
			goto next;
		join(tdir, sizeof(tdir), dir, tl[i]->d_name);
		if (!is_dir(tdir))
			goto next;
		for (t = 0; t < NTARGETS; t++)
			if (!strcmp(targets[t].name, tl[i]->d_name))
				break;
		if (t == NTARGETS) {
			struct replay *r = add_replay();

			r->unknown = 1;
			join(r->path, sizeof(r->path), tdir, ".");
			snprintf(r->name, sizeof(r->name), "%s/%s (no such target)", kind,
				 tl[i]->d_name);
			goto next;
		}
		nf = scandir(tdir, &fl, NULL, by_name);
		for (int j = 0; j < nf; j++) {
			const char *fn = fl[j]->d_name;
			size_t len = strlen(fn);

			if (fn[0] != '.') {
				struct replay *r = add_replay();

				r->target = t;
				r->open = len > 5 && !strcmp(fn + len - 5, ".open");
				join(r->path, sizeof(r->path), tdir, fn);
				snprintf(r->name, sizeof(r->name), "%s/%s/%s", kind,
					 targets[t].name, fn);
			}
			free(fl[j]);
		}
		if (nf >= 0)
			free(fl);
next:
		free(tl[i]);
	}
	free(tl);
}

static void test_replay(void **state)
{
	const struct replay *r = *state;
	uint8_t *data;
	size_t n;
	FILE *f;
	long sz;

	if (r->unknown)
		fail_msg("%s: a folder for a target this test does not know; add it to targets[]",
			 r->path);
	if (r->open) {
		print_message("known bug, not fixed yet: %s\n", r->path);
		skip();
	}
	f = fopen(r->path, "rb");
	if (!f)
		fail_msg("%s: %s", r->path, strerror(errno));
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	sz = ftell(f);
	assert_true(sz >= 0);
	rewind(f);
	/* exactly the input's size, as libFuzzer hands it over */
	data = malloc(sz ? (size_t)sz : 1);
	assert_non_null(data);
	n = fread(data, 1, (size_t)sz, f);
	fclose(f);
	assert_int_equal(n, (size_t)sz);
	assert_int_equal(targets[r->target].entry(data, n), 0);
	free(data);
}

static void test_found_files(void **state)
{
	(void)state;
	/* the seeds at least: an empty list would mean a wrong path */
	assert_true(nreplays > 0);
}

int main(void)
{
	char base[PATH_MAX];
	struct CMUnitTest *tests;
	int rc;

	if (find_fuzz_dir(base, sizeof(base))) {
		fprintf(stderr, "test_fuzz_regressions: cannot find tests/fuzz (set SW_FUZZ_DIR)\n");
		return 1;
	}
	collect(base, "regressions");
	collect(base, "corpus");
	tests = calloc(nreplays + 1, sizeof(*tests));
	if (!tests)
		return 1;
	tests[0].name = "found_files";
	tests[0].test_func = test_found_files;
	for (size_t i = 0; i < nreplays; i++) {
		tests[i + 1].name = replays[i].name;
		tests[i + 1].test_func = test_replay;
		tests[i + 1].initial_state = &replays[i];
	}
	rc = _cmocka_run_group_tests("fuzz_regressions", tests, nreplays + 1, NULL, NULL);
	free(tests);
	free(replays);
	return rc;
}
