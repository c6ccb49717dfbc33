/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one place option values are parsed. Every parser rejects what it
 * cannot represent exactly (sign, overflow, trailing junk, empty), and says
 * why in `err` so the caller can print one line and exit 2.
 */
#ifndef SOCKWATCH_OPTS_H
#define SOCKWATCH_OPTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define OPT_ERR_LEN 160

/* Decimal unsigned integer in [min, max]. */
int opt_uint(const char *s, uint64_t min, uint64_t max, uint64_t *out, char *err);
/* Seconds, with optional fraction and unit: "10", "1.5", "500ms", "2m", "1h";
 * kept to the millisecond (finer fractions are truncated). */
int opt_duration_ms(const char *s, uint64_t max_ms, uint64_t *out_ms, char *err);
/* Bytes with optional binary unit: "4M", "64K", "1G", "4096". */
int opt_size(const char *s, uint64_t min, uint64_t max, uint64_t *out, char *err);
/* A port "80" or range "8000-8080" into [*lo, *hi]. */
int opt_port_range(const char *s, unsigned *lo, unsigned *hi, char *err);

/*
 * The one port parser, for options and for files (services, approved),
 * which word their own errors: s[0, n), no NUL needed. Plain decimal
 * digits only (strtoul would take space, signs, "0x"), 0-65535.
 */
enum opt_port_rc { OPT_PORT_OK, OPT_PORT_NOT_NUMBER, OPT_PORT_RANGE, OPT_PORT_BACKWARDS };
/* One port. */
enum opt_port_rc opt_port_num(const char *s, size_t n, unsigned *out);
/* A port or a range LO-HI (split at the first '-'). */
enum opt_port_rc opt_port_span(const char *s, size_t n, unsigned *lo, unsigned *hi);

/*
 * Split a comma-separated list in place and call fn on each item; empty
 * items ("a,,b", trailing comma) are errors. Stops at the first fn error.
 */
typedef int (*opt_item_fn)(void *ctx, const char *item, char *err);
int opt_list(char *list, opt_item_fn fn, void *ctx, char *err);

/*
 * For getopt_long run with opterr = 0 and a leading ':' in optstring: print
 * one line saying what was wrong with argv[optind - 1] (unknown option,
 * missing value, value given to a flag) and return 2, the usage exit code.
 */
int opt_getopt_error(const char *cmd, int opt, char **argv);

#endif
