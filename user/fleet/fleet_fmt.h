/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The fleet report's own tables (overview, completeness, services,
 * findings) as plain rows of cells, and one writer per format that puts
 * them ahead of each host's section, which the single-host writers make
 * (report_fmt_*.c). Cells are escaped with the single-host escapers.
 */
#ifndef SOCKWATCH_FLEET_FMT_H
#define SOCKWATCH_FLEET_FMT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "report/report.h"

struct fcell {
	bool num, boolean;
	uint64_t n;
	char *text;        /* text cells */
};

struct ftable {
	const char *id;                 /* "completeness": JSON key, CSV table */
	const char *title;              /* heading; NULL: key/value overview */
	const char *const *cols;        /* column ids */
	int ncols;
	struct fcell *cell;             /* rows * ncols */
	size_t ncell, cap;
	bool oom;
};

void ftable_init(struct ftable *t, const char *id, const char *title, const char *const *cols,
		 int ncols);
void ftable_row(struct ftable *t);
void ftable_text(struct ftable *t, const char *s);
void ftable_num(struct ftable *t, uint64_t n);
void ftable_bool(struct ftable *t, bool b);
void ftable_free(struct ftable *t);

/* The whole report: the fleet tables, then each host's section. services_cut
 * (> 0) says the services table stops at that many rows. */
int fleet_fmt_write(FILE *f, enum rpt_format fmt, const struct ftable *t, size_t nt,
		    const struct rpt_summary *const *hosts, size_t nh, int services_cut);

#endif
