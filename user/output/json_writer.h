/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one way sockwatch writes JSON: event and snapshot lines, the
 * record's control lines and manifest entries, `verify --json`. A small
 * streaming writer in the manner of bpftool's json_writer: it places the
 * commas, escapes strings (esc_json: valid UTF-8 out whatever comes in)
 * and checks nesting, so no caller assembles JSON text by hand.
 *
 * Two sinks. jw_init_buf() writes into a caller buffer and never
 * allocates: the per-event path formats straight into tail's and the
 * recorder's output buffers. What does not fit sets the overflow flag and
 * is dropped whole (jw_ok() says so). jw_init_file() writes through a
 * buffer to a FILE, flushing as it fills, for output of any length.
 *
 * Lines are compact. jw_init_file_pretty() indents instead, for a
 * document a person reads (the report's JSON): each member and element on
 * a line of its own, two spaces a level, "key":value with no space, every
 * closing bracket on its own line, empty ones too ("{\n}") -- the layout
 * json-c's JSON_C_TO_STRING_PRETTY wrote when it wrote the report.
 *
 * Keys are C string literals (JW_KEY), so their quoting is done by the
 * compiler and a key costs one memcpy. Values that are already JSON text
 * (a number or a word sockwatch itself wrote) go in with jw_raw().
 *
 *   struct jw w;
 *   jw_init_buf(&w, buf, sizeof(buf));
 *   jw_object_start(&w);
 *   JW_KEY(&w, "lost"); jw_u64(&w, lost);
 *   jw_object_end(&w);
 *   jw_newline(&w);
 *   if (!jw_ok(&w)) ...; else write(fd, buf, jw_len(&w));
 */
#ifndef SOCKWATCH_JSON_WRITER_H
#define SOCKWATCH_JSON_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/*
 * The cursor layer: what every value looks like in bytes. Each writes at p
 * without a bounds check and returns the new end; the caller has made
 * room (jw_reserve(), or a buffer sized for the worst case). The checked
 * writer below is built on these, and so is the per-event line
 * (output.c), which reserves its worst case once instead of per field.
 */
extern const char jw_digit_pairs[200];

/* The widest any integer is, with its sign. */
#define JW_INT_MAX 21

static inline char *jwc_lit(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

#define JWC_LIT(p, lit) jwc_lit((p), (lit), sizeof(lit) - 1)

/* Two digits per division, written straight into place. */
static inline char *jwc_u64(char *p, unsigned long long v)
{
	unsigned n = 1;

	for (unsigned long long t = 10; n < 20 && v >= t; t *= 10)
		n++;
	p += n;
	char *q = p;

	while (v >= 100) {
		unsigned i = (unsigned)(v % 100) * 2;

		v /= 100;
		q -= 2;
		q[0] = jw_digit_pairs[i];
		q[1] = jw_digit_pairs[i + 1];
	}
	if (v >= 10) {
		q[-2] = jw_digit_pairs[v * 2];
		q[-1] = jw_digit_pairs[v * 2 + 1];
	} else {
		q[-1] = (char)('0' + v);
	}
	return p;
}

static inline char *jwc_i64(char *p, long long v)
{
	if (v < 0) {
		*p++ = '-';
		return jwc_u64(p, -(unsigned long long)v);
	}
	return jwc_u64(p, (unsigned long long)v);
}

static inline char *jwc_bool(char *p, bool v)
{
	return v ? JWC_LIT(p, "true") : JWC_LIT(p, "false");
}

/* "s" for a string known to need no escape (sockwatch's own words). */
static inline char *jwc_word(char *p, const char *s, size_t n)
{
	*p++ = '"';
	p = jwc_lit(p, s, n);
	*p++ = '"';
	return p;
}

/* "s" escaped (esc_json); room for n * ESC_JSON_MAX + 3. */
char *jwc_strn(char *p, const char *s, size_t n);
/* The same for a NUL-terminated s, in one pass (no strlen first). */
char *jwc_str(char *p, const char *s);

/* "s" for a NUL-terminated s that needs no escape (a word of sockwatch's
 * own tables), copied as it is scanned. */
static inline char *jwc_word_str(char *p, const char *s)
{
	*p++ = '"';
	while (*s)
		*p++ = *s++;
	*p++ = '"';
	return p;
}

#define JW_DEPTH_MAX 32

struct jw {
	char *buf, *p, *end;   /* [buf, p) written, [p, end) free */
	FILE *sink;            /* NULL: a fixed caller buffer */
	bool owned;            /* buf is malloc'ed (file sink) */
	bool overflow;         /* something did not fit, or the sink failed */
	bool after_key;        /* the next value follows a key: no comma */
	bool pretty;           /* indented: jw_init_file_pretty() */
	unsigned depth;
	uint32_t items;        /* bit d: depth d holds a member already */
};

/* Into buf[0, cap). Nothing is NUL-terminated; jw_len() says how much. */
void jw_init_buf(struct jw *w, char *buf, size_t cap);
/* Through a buffer of its own to f; jw_finish() flushes and frees it. */
int jw_init_file(struct jw *w, FILE *f);
/* The same, indented (see the top). */
int jw_init_file_pretty(struct jw *w, FILE *f);
/* 0, or -1 when anything overflowed, nesting is unbalanced or the sink
 * failed. A file sink is flushed and its buffer freed. */
int jw_finish(struct jw *w);

static inline bool jw_ok(const struct jw *w)
{
	return !w->overflow;
}

static inline size_t jw_len(const struct jw *w)
{
	return (size_t)(w->p - w->buf);
}

/* Room for n more bytes, or false (overflow set). Out of line: the sink. */
bool jw_make_room(struct jw *w, size_t n);

static inline bool jw_room(struct jw *w, size_t n)
{
	return (size_t)(w->end - w->p) >= n || jw_make_room(w, n);
}

/* What a separator takes at most: the comma, and when pretty a newline
 * and the indent of the current depth. */
static inline size_t jw_sep_room(const struct jw *w)
{
	return w->pretty ? 2 + 2 * (size_t)w->depth : 1;
}

/* A newline and two spaces a level: the room is made (jw_sep_room). */
static inline void jw_indent(struct jw *w, unsigned level)
{
	*w->p++ = '\n';
	memset(w->p, ' ', 2 * (size_t)level);
	w->p += 2 * (size_t)level;
}

/* The comma before a member or array element, unless it follows a key;
 * pretty: the element's own line. */
static inline void jw_sep(struct jw *w)
{
	uint32_t bit = 1u << w->depth;

	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->items & bit)
		*w->p++ = ',';
	w->items |= bit;
	if (w->pretty && w->depth)
		jw_indent(w, w->depth);
}

/* Room for a value of at most n bytes, its comma placed: the cursor to
 * write it at, or NULL (overflow). jw_commit() after writing it. */
static inline char *jw_reserve(struct jw *w, size_t n)
{
	if (!jw_room(w, n + jw_sep_room(w)))
		return NULL;
	jw_sep(w);
	return w->p;
}

static inline void jw_commit(struct jw *w, char *p)
{
	w->p = p;
}

/* A value that is JSON text already: a number, true, false, null. */
static inline void jw_raw(struct jw *w, const char *s, size_t n)
{
	char *p = jw_reserve(w, n);

	if (p)
		jw_commit(w, jwc_lit(p, s, n));
}

#define JW_RAW_LIT(w, lit) jw_raw((w), (lit), sizeof(lit) - 1)

static inline void jw_word(struct jw *w, const char *s, size_t n)
{
	char *p = jw_reserve(w, n + 2);

	if (p)
		jw_commit(w, jwc_word(p, s, n));
}

static inline void jw_u64(struct jw *w, unsigned long long v)
{
	char *p = jw_reserve(w, JW_INT_MAX);

	if (p)
		jw_commit(w, jwc_u64(p, v));
}

static inline void jw_i64(struct jw *w, long long v)
{
	char *p = jw_reserve(w, JW_INT_MAX);

	if (p)
		jw_commit(w, jwc_i64(p, v));
}

/* "key": from a pre-quoted literal; use JW_KEY. */
static inline void jw_key_quoted(struct jw *w, const char *q, size_t n)
{
	char *p = jw_reserve(w, n);

	if (p) {
		jw_commit(w, jwc_lit(p, q, n));
		w->after_key = true;
	}
}

#define JW_KEY(w, name) jw_key_quoted((w), "\"" name "\":", sizeof(name) + 2)

void jw_key(struct jw *w, const char *name); /* a key not known at compile time */

void jw_object_start(struct jw *w);
void jw_object_end(struct jw *w);
void jw_array_start(struct jw *w);
void jw_array_end(struct jw *w);

/* Strings, escaped; jw_str(NULL) writes null. */
void jw_strn(struct jw *w, const char *s, size_t n);
void jw_str(struct jw *w, const char *s);
static inline void jw_bool(struct jw *w, bool v)
{
	if (v)
		JW_RAW_LIT(w, "true");
	else
		JW_RAW_LIT(w, "false");
}

static inline void jw_null(struct jw *w)
{
	JW_RAW_LIT(w, "null");
}

/* "\n" after a top-level value: one JSON Lines line. */
void jw_newline(struct jw *w);

#endif
