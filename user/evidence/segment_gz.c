// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Segment members with their size in the header (segment_gz.h). zlib
 * writes each member, header and trailer included (deflateSetHeader); the
 * size is only known at the member's end, so the member is built in memory
 * and its size patched into the header before anything is written: at
 * most SEGGZ_MEMBER_IN bytes of lines, a few hundred KiB compressed. The
 * recorder wrote nothing durable between flushes before either, so a crash
 * loses no more than it did.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "evidence/segment_gz.h"

#define BUF_START (256u << 10)
#define MSIZE_AT 16                  /* offset of MSIZE in the header */

static void le16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

static void le32(unsigned char *p, uint32_t v)
{
	le16(p, v & 0xffff);
	le16(p + 2, v >> 16);
}

static uint32_t get_le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int set_header(struct seggz_writer *w)
{
	memset(&w->head, 0, sizeof(w->head));
	w->extra[0] = 'S';
	w->extra[1] = 'W';
	le16(w->extra + 2, 4);
	le32(w->extra + 4, 0);       /* patched in seggz_finish */
	w->head.extra = w->extra;
	w->head.extra_len = sizeof(w->extra);
	w->head.os = 3;              /* Unix, as gzip writes it */
	return deflateSetHeader(&w->z, &w->head) == Z_OK ? 0 : -EINVAL;
}

int seggz_init(struct seggz_writer *w, int level)
{
	memset(w, 0, sizeof(*w));
	w->buf = malloc(BUF_START);
	if (!w->buf)
		return -ENOMEM;
	w->cap = BUF_START;
	if (deflateInit2(&w->z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		free(w->buf);
		w->buf = NULL;
		return -ENOMEM;
	}
	w->live = true;
	return set_header(w);
}

static int grow(struct seggz_writer *w)
{
	size_t cap = w->cap * 2;
	unsigned char *b = realloc(w->buf, cap);

	if (!b)
		return -ENOMEM;
	w->buf = b;
	w->cap = cap;
	return 0;
}

static int run(struct seggz_writer *w, int flush)
{
	int zr;

	for (;;) {
		if (w->len == w->cap && grow(w))
			return -ENOMEM;
		w->z.next_out = w->buf + w->len;
		w->z.avail_out = (uInt)(w->cap - w->len);
		zr = deflate(&w->z, flush);
		w->len = w->cap - w->z.avail_out;
		if (zr == Z_STREAM_ERROR)
			return -EIO;
		if (flush == Z_FINISH ? zr == Z_STREAM_END : w->z.avail_out != 0)
			return 0;
	}
}

int seggz_add(struct seggz_writer *w, const void *data, size_t len)
{
	int e;

	if (!len)
		return 0;
	w->z.next_in = (Bytef *)data;
	w->z.avail_in = (uInt)len;
	e = run(w, Z_NO_FLUSH);
	w->in += len;
	return e;
}

int seggz_finish(struct seggz_writer *w)
{
	int e;

	if (!w->in) {
		w->len = 0;
		return 0;
	}
	w->z.avail_in = 0;
	e = run(w, Z_FINISH);
	if (e)
		return e;
	if (w->len > UINT32_MAX || w->len < SEGGZ_HEADER_LEN)
		return -EIO;
	le32(w->buf + MSIZE_AT, (uint32_t)w->len);
	/* zlib wrote the header set_header() asked for */
	return seggz_member_size(w->buf, w->len) == w->len ? 0 : -EIO;
}

int seggz_next(struct seggz_writer *w)
{
	w->len = 0;
	w->in = 0;
	if (deflateReset(&w->z) != Z_OK)
		return -EIO;
	return set_header(w);
}

void seggz_free(struct seggz_writer *w)
{
	if (w->live)
		deflateEnd(&w->z);
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

uint32_t seggz_member_size(const unsigned char *p, size_t n)
{
	uint32_t msize;

	if (n < SEGGZ_HEADER_LEN || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8 || p[3] != 4 ||
	    p[10] != 8 || p[11] != 0 || p[12] != 'S' || p[13] != 'W' || p[14] != 4 || p[15] != 0)
		return 0;
	msize = get_le32(p + MSIZE_AT);
	/* the smallest member: header, an empty final block (2 bytes), trailer */
	return msize >= SEGGZ_HEADER_LEN + 2 + SEGGZ_TRAILER_LEN ? msize : 0;
}

uint32_t seggz_member_isize(const unsigned char *p, uint32_t msize)
{
	return get_le32(p + msize - 4);
}
