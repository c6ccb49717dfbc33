/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Escaping of untrusted strings (process names, paths) for each output.
 * Every function writes at most `cap` bytes including a terminating NUL,
 * never splits an escape sequence, and returns the length written.
 */
#ifndef SOCKWATCH_ESCAPE_H
#define SOCKWATCH_ESCAPE_H

#include <stddef.h>

/* Worst case growth per input byte, to size buffers. */
#define ESC_TABLE_MAX 4  /* \xHH */
#define ESC_JSON_MAX 6   /* \u00HH */

/*
 * For terminals: printable ASCII passes, backslash and double quote get a
 * backslash, everything else (space, control bytes, DEL, bytes >= 0x80)
 * becomes \xHH, so nothing a process names itself can move the cursor or
 * forge a column. Lossless: the original bytes can be read back.
 */
size_t esc_table(char *dst, size_t cap, const char *src, size_t n);
/* The same, but spaces pass: for free text on a line of its own, where no
 * column can be forged but the terminal and the line must stay ours. */
size_t esc_line(char *dst, size_t cap, const char *src, size_t n);
/* esc_line of a NUL-terminated string (up to 1024 bytes) into one of 8
 * static buffers, reused in turn: for printf arguments of a command's text
 * output (up to 8 per call). Not thread-safe. */
const char *esc_line_str(const char *s);

/*
 * A JSON string body (no quotes): ", \ and control characters escaped;
 * valid UTF-8 passes through; each byte of an invalid sequence becomes
 * U+FFFD, since JSON must be valid Unicode.
 */
size_t esc_json(char *dst, size_t cap, const char *src, size_t n);

/* esc_json of the NUL-terminated src, in one pass where it is plain
 * ASCII: dst holds strlen(src) * ESC_JSON_MAX + 1. */
size_t esc_json_str(char *dst, const char *src);

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if it is not one
 * (overlong, surrogate, beyond U+10FFFF, truncated). */
size_t esc_utf8_len(const unsigned char *s, size_t n);

#endif
