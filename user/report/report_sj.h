/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The report's fast path reads a line with simdjson (libsimdjson-dev), a
 * packaged, validating JSON parser that runs on SIMD instructions and
 * picks them at run time for the CPU it finds. It is C++: report_sj.cpp
 * is this one function behind a C interface, and report_parse.c decides
 * what the fields mean.
 */
#ifndef SOCKWATCH_REPORT_SJ_H
#define SOCKWATCH_REPORT_SJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A value of a top-level field, as the fast path hands it on. */
enum rpt_sj_type {
	RPT_SJ_NULL,
	RPT_SJ_STR,                    /* s, len (NUL-terminated) */
	RPT_SJ_INT,                    /* i: an integer that fits int64 */
	RPT_SJ_BOOL,                   /* b */
	RPT_SJ_STR_ARRAY,              /* an array of strings only (not kept) */
	RPT_SJ_CTR,                    /* {"id":S,"runtime":S}, exactly: s, s2 */
};

struct rpt_sj_val {
	enum rpt_sj_type type;
	bool b;
	int64_t i;
	const char *s, *s2;            /* borrowed until the next line */
	size_t len, len2;
};

/* Called for each field in order: 0 goes on, anything else gives the line
 * to json-c. key is NUL-terminated. */
typedef int (*rpt_sj_field_fn)(void *ctx, const char *key, size_t klen,
			       const struct rpt_sj_val *v);

struct rpt_sj;

struct rpt_sj *rpt_sj_new(void);
void rpt_sj_free(struct rpt_sj *sj);

/*
 * Parse line[0, len) (at most RPT_SJ_LINE_MAX bytes; no padding needed),
 * which must be one valid JSON object and nothing else, of fields whose
 * values are null, true, false, int64 integers, strings, arrays of
 * strings or {"id":S,"runtime":S}. 1: every field was handed to fn, which
 * returned 0 each time; 0: anything else (json-c reads the line).
 */
#define RPT_SJ_LINE_MAX 8192
int rpt_sj_parse(struct rpt_sj *sj, const char *line, size_t len, rpt_sj_field_fn fn, void *ctx);

#ifdef __cplusplus
}
#endif

#endif
