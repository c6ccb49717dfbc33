// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdlib.h>

#include "output/escape.h"
#include "output/json_writer.h"

#define JW_FILE_BUF (64u << 10)

void jw_init_buf(struct jw *w, char *buf, size_t cap)
{
	*w = (struct jw){ .buf = buf, .p = buf, .end = buf + cap };
}

int jw_init_file(struct jw *w, FILE *f)
{
	char *buf = malloc(JW_FILE_BUF);

	jw_init_buf(w, buf, buf ? JW_FILE_BUF : 0);
	w->sink = f;
	w->owned = true;
	w->overflow = !buf;
	return buf ? 0 : -1;
}

int jw_init_file_pretty(struct jw *w, FILE *f)
{
	int rc = jw_init_file(w, f);

	w->pretty = true;
	return rc;
}

static void flush(struct jw *w)
{
	size_t n = jw_len(w);

	if (n && fwrite(w->buf, 1, n, w->sink) != n)
		w->overflow = true;
	w->p = w->buf;
}

bool jw_make_room(struct jw *w, size_t n)
{
	if (w->overflow)
		return false;
	if (w->sink) {
		flush(w);
		if ((size_t)(w->end - w->p) >= n)
			return true;
		/* one value larger than the buffer: grow it for that value */
		char *b = realloc(w->buf, n);

		if (b) {
			w->buf = w->p = b;
			w->end = b + n;
			return true;
		}
	}
	/* Nothing more goes in: a line is whole or flagged, never spliced. */
	w->overflow = true;
	w->end = w->p;
	return false;
}

int jw_finish(struct jw *w)
{
	if (w->depth || w->after_key)
		w->overflow = true;
	if (w->sink) {
		if (!w->overflow)
			flush(w);
		if (fflush(w->sink))
			w->overflow = true;
	}
	if (w->owned) {
		free(w->buf);
		w->buf = w->p = w->end = NULL;
		w->owned = false;
	}
	return w->overflow ? -1 : 0;
}

static void open_(struct jw *w, char c)
{
	if (!jw_room(w, 1 + jw_sep_room(w)))
		return;
	if (w->depth + 1 >= JW_DEPTH_MAX) {
		w->overflow = true;
		return;
	}
	jw_sep(w);
	*w->p++ = c;
	w->depth++;
	w->items &= ~(1u << w->depth);
}

static void close_(struct jw *w, char c)
{
	if (!w->depth || w->after_key) {
		w->overflow = true;
		return;
	}
	if (!jw_room(w, jw_sep_room(w)))
		return;
	if (w->pretty)
		jw_indent(w, w->depth - 1);
	*w->p++ = c;
	w->depth--;
}

void jw_object_start(struct jw *w)
{
	open_(w, '{');
}

void jw_object_end(struct jw *w)
{
	close_(w, '}');
}

void jw_array_start(struct jw *w)
{
	open_(w, '[');
}

void jw_array_end(struct jw *w)
{
	close_(w, ']');
}

char *jwc_strn(char *p, const char *s, size_t n)
{
	*p++ = '"';
	p += esc_json(p, n * ESC_JSON_MAX + 1, s, n);
	*p++ = '"';
	return p;
}

char *jwc_str(char *p, const char *s)
{
	*p++ = '"';
	p += esc_json_str(p, s);
	*p++ = '"';
	return p;
}

void jw_strn(struct jw *w, const char *s, size_t n)
{
	/* the worst-case escape, quotes, esc_json's NUL */
	char *p = jw_reserve(w, n * ESC_JSON_MAX + 3);

	if (p)
		jw_commit(w, jwc_strn(p, s, n));
}

void jw_str(struct jw *w, const char *s)
{
	if (s)
		jw_strn(w, s, strlen(s));
	else
		jw_null(w);
}

void jw_key(struct jw *w, const char *name)
{
	jw_strn(w, name, strlen(name));
	if (jw_room(w, 1)) {
		*w->p++ = ':';
		w->after_key = true;
	}
}

const char jw_digit_pairs[200] =
	"00010203040506070809101112131415161718192021222324"
	"25262728293031323334353637383940414243444546474849"
	"50515253545556575859606162636465666768697071727374"
	"75767778798081828384858687888990919293949596979899";

void jw_newline(struct jw *w)
{
	if (w->depth || w->after_key)
		w->overflow = true;
	if (!jw_room(w, 1))
		return;
	*w->p++ = '\n';
	/* the next line starts afresh */
	w->items = 0;
}
