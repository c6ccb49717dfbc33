/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * `sockwatch report --clickhouse`: the fleet report.
 *
 * ClickHouse does the aggregation, in three scans of the events, each one
 * GROUP BY over every selected host at once, grouped by host as well: the
 * record's lines by kind and port (totals, events by kind, port classes),
 * the listeners, and the flows (outbound and inbound). Each host's rows
 * fill a struct rpt_agg exactly as report_agg.c would have from the lines,
 * its records and segments (from the store's hosts and segments tables)
 * fill a struct rpt_inputs, and the single-host summariser and writers
 * (report_find.c, report_fmt_*.c) make each host's section. The fleet
 * sections come first: completeness per host, services across the fleet
 * (the listener and flow rows folded by protocol and port, no scan of
 * their own), and findings across hosts.
 *
 * Only events of segments marked shipped are counted, so a segment whose
 * ship was interrupted never shows half.
 */
#ifndef SOCKWATCH_FLEET_H
#define SOCKWATCH_FLEET_H

#include <stdbool.h>
#include <stdio.h>

#include "fleet/ch.h"
#include "report/report.h"

struct approved_list;

/* A host is called silent when its newest shipped line is older than the
 * fleet's newest by more than this: records rotate hourly by default, so
 * a healthy host has shipped within about an hour. */
#define FLEET_SILENT_NS (3600ll * 1000000000)

struct fleet_opts {
	char **hosts;                 /* --host NAME..., NULL/0: every host */
	int nhosts;
	struct rpt_window win;
	const char *approved_path;      /* --approved, checked; loaded per host */
	enum rpt_format fmt;
	const char *generated_by;
	int64_t generated_at;
};

struct fleet_report;

/* Query the store and build every host's summary. -1 with err. */
int fleet_build(struct ch_conn *c, const struct fleet_opts *o, struct fleet_report **out,
		char *err, size_t errlen);
/* Write it in o->fmt. 0, or -1 on a write error / out of memory. */
int fleet_write(FILE *f, const struct fleet_report *r);
/* Some host's record is damaged or not fully shipped (exit status 1). */
bool fleet_partial(const struct fleet_report *r, char *why, size_t len);
void fleet_free(struct fleet_report *r);

#endif
