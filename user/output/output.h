/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Formatting one labeled event as a table row or a JSON object. Each
 * formatter writes one complete line (with '\n') into a caller buffer of
 * OUT_LINE_MAX bytes and returns its length: no allocation, no stdio, so
 * the caller can batch lines into large writes.
 */
#ifndef SOCKWATCH_OUTPUT_H
#define SOCKWATCH_OUTPUT_H

#include <stddef.h>

#include "label/event.h"

#define OUT_LINE_MAX 1024

/* Caches the formatted second so most events skip gmtime/localtime. */
struct out_timecache {
	long long sec;
	char text[32];
	int len;
};

size_t out_table_header(char *buf);
size_t out_table_row(char *buf, const struct sw_labeled *l, struct out_timecache *tc);
size_t out_json_event(char *buf, const struct sw_labeled *l, struct out_timecache *tc);

#endif
