/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Shipping a record directory to the fleet store (schema.sql), and
 * checking a local record against what was shipped (the off-host anchor).
 *
 * Order of a ship, so that nothing is marked shipped that is not there and
 * an interrupted ship resumes where it stopped:
 *   1. verify the record (mf_verify); read its trusted manifest lines;
 *   2. compare them with the manifest lines already in the store for this
 *      record id: a line that differs, or one fewer here than there, means
 *      the record was rewritten or cut after shipping; nothing is shipped;
 *   3. insert the manifest lines the store does not have yet (the anchor);
 *   4. for each intact segment not yet marked shipped: ask how many of its
 *      lines the store already holds (inserts are in line order, one block
 *      per request, so they form a prefix), insert the rest while hashing
 *      the very bytes read, and only when the SHA-256 and size match the
 *      manifest entry insert its segments row with status 'shipped';
 *   5. segments that do not verify are not shipped: their status goes to
 *      the segments table (so the fleet report shows the gap);
 *   6. the record's row in hosts: chain head, manifest length, state.
 * Report queries only count events of segments marked shipped, so a
 * half-shipped segment never shows.
 */
#ifndef SOCKWATCH_SHIP_H
#define SOCKWATCH_SHIP_H

#include <stdbool.h>
#include <stdint.h>

#include "evidence/manifest.h"
#include "fleet/ch.h"

struct ship_stats {
	unsigned shipped;        /* segments shipped now */
	unsigned already;        /* found shipped before */
	unsigned damaged;        /* not shipped: they do not verify */
	unsigned open;           /* still being written */
	uint64_t lines;          /* lines inserted now */
	bool stopped;            /* the record has its stop entry */
	bool tampered;           /* differs from what the store holds */
	bool no_manifest;        /* none yet (a recorder starting): nothing shipped */
	unsigned packages;       /* executables whose package was looked up here */
	char host[256];
	char record_id[40];
};

/* Ship one record directory. 0 (see st->damaged), or -1 with one line in
 * err (unreachable store, server error, unreadable or tampered record). */
int ship_dir(struct ch_conn *c, const char *dir, struct ship_stats *st, char *err,
	     size_t errlen);

/*
 * `verify --clickhouse`: the local record in dir (r, from mf_verify) against
 * what the store holds for its record id. a->ok when every manifest entry
 * shipped is here, unchanged and in place, and every segment shipped is
 * still intact (or pruned, as its manifest says); else a->problem says
 * what differs. -1 with err when the store cannot be read.
 */
#define ANCHOR_PROBLEMS_MAX 8

struct anchor_result {
	bool ok;
	bool shipped;                 /* the store knows this record */
	unsigned stored_entries;      /* manifest entries in the store */
	unsigned local_entries;       /* trusted entries here */
	unsigned shipped_segments;
	char stored_head[MF_HEX_LEN + 1];   /* chain value of the last one shipped */
	char last_ship[MF_TS_LEN];
	unsigned nproblem;
	char problem[ANCHOR_PROBLEMS_MAX][512];
};

int anchor_check(struct ch_conn *c, const char *dir, const struct mf_report *r,
		 struct anchor_result *a, char *err, size_t errlen);

#endif
