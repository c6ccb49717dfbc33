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
#include <string.h>

#include "label/event.h"
#include "label/fields.h"
#include "output/json_writer.h"

/* Room for the longest line: an executable path and a cgroup path of up to
 * PATH_MAX bytes and a command line of SW_ARGS_MAX, every byte escaped at
 * its worst (ESC_JSON_MAX), beside the fixed fields. */
#define OUT_LINE_MAX 65536

size_t out_table_header(char *buf);
size_t out_table_row(char *buf, const struct sw_labeled *l, struct clock_cache *tc);
/* The table's WHO column: the executable (or "-"), then " unit=U" and
 * " container=RUNTIME:ID12" when there are, escaped for a terminal.
 * Returns the end. */
char *out_table_who(char *p, const struct sw_event *e, const struct sw_ident *who);
/*
 * One event line, {...}\n, written from label/fields.h. OUT_LINE_MAX holds
 * the widest one (escaped comm and service, two IPv6 addresses, every
 * integer at its widest), so it is written without a check per field.
 */
size_t out_json_event(char *buf, const struct sw_labeled *l, struct clock_cache *tc);

/* The members of an event line, from label/fields.h, at the cursor p
 * (json_writer.h): for writers that add members of their own (snapshot
 * lines). Returns the new end; needs room for a whole event line. */
char *out_json_fields(char *p, const struct sw_labeled *l, struct clock_cache *tc);

/* How each field type of label/fields.h is written, at cursor p. */
char *out_jwc_ts(char *p, uint64_t wall_ns, struct clock_cache *tc);
char *out_jwc_addr(char *p, unsigned family, const uint8_t *addr);
/* A command line as an array of strings; a container as {"id","runtime"}. */
char *out_jwc_args(char *p, const struct proc_image *img);
char *out_jwc_container(char *p, const struct ident_cgroup *cg);
#define OUT_JSON_PUT_TS(p, v) out_jwc_ts((p), (v), tc)
#define OUT_JSON_PUT_WORD(p, v) jwc_word_str((p), (v))
#define OUT_JSON_PUT_STR(p, v) jwc_str((p), (v))
#define OUT_JSON_PUT_COMM(p, v) jwc_strn((p), (v), strnlen((v), SW_COMM_LEN))
#define OUT_JSON_PUT_ADDR(p, v) out_jwc_addr((p), e->family, (v))
#define OUT_JSON_PUT_U64(p, v) jwc_u64((p), (v))
#define OUT_JSON_PUT_I64(p, v) jwc_i64((p), (v))
#define OUT_JSON_PUT_BOOL(p, v) jwc_bool((p), (v))
#define OUT_JSON_PUT_ARGS(p, v) out_jwc_args((p), (v))
#define OUT_JSON_PUT_CONTAINER(p, v) out_jwc_container((p), (v))

/* Expands one row of label/fields.h into writing it at cursor `p`; the
 * members after the one at `first` get their comma. */
#define OUT_JSON_FIELD(name, type, null_when, value)                           \
	if (p != first)                                                        \
		*p++ = ',';                                                    \
	p = JWC_LIT(p, "\"" #name "\":");                                      \
	p = (null_when) ? JWC_LIT(p, "null") : OUT_JSON_PUT_##type(p, value);

#endif
