/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A segment's bytes: a series of gzip members (RFC 1952, 2.2: a gzip file
 * is members one after another; zcat and every gzip reader take it as one
 * stream). The recorder ends a member at every flush and whenever a
 * member holds SEGGZ_MEMBER_IN bytes of lines, so
 *   - a crash leaves every member written before it whole and readable;
 *   - a reader can inflate members on several cores at once, each with a
 *     whole-buffer decoder (libdeflate), if it can find where each member
 *     ends without inflating the one before.
 * For the last point every member carries its own length in the header's
 * extra field (FEXTRA; RFC 1952 2.3.1.1), in the way BGZF does:
 *
 *   1f 8b 08 04 | MTIME(4) XFL OS | XLEN=8 (LE16)
 *   'S' 'W' | LEN=4 (LE16) | MSIZE (LE32): bytes of the whole member,
 *                                          this header to its trailer
 *   deflate data | CRC32 ISIZE
 *
 * gzip ignores subfields it does not know. Members end on a line boundary
 * (the recorder compresses whole lines only), so each member's lines
 * decode on their own. Segments written before this format are one member
 * without the field: readers fall back to inflating them as a stream.
 */
#ifndef SOCKWATCH_SEGMENT_GZ_H
#define SOCKWATCH_SEGMENT_GZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

#define SEGGZ_HEADER_LEN 20           /* the header above, extra field included */
#define SEGGZ_TRAILER_LEN 8
#define SEGGZ_MEMBER_IN (1u << 20)     /* lines per member, bytes, about */

/* ---- writing ------------------------------------------------------------- */

struct seggz_writer {
	z_stream z;
	gz_header head;
	unsigned char extra[8];
	bool live;
	unsigned char *buf;           /* the open member, compressed, header first */
	size_t len, cap;
	uint64_t in;                  /* bytes of lines in the open member */
};

/* 0, or -ENOMEM. level is zlib's, 1-9. */
int seggz_init(struct seggz_writer *w, int level);
/* Compress data into the open member (a member opens with its first byte). */
int seggz_add(struct seggz_writer *w, const void *data, size_t len);
/* End the open member: afterwards w->buf holds all of it, w->len bytes, its
 * size in its header. Nothing (w->len 0) when no line went in since the last
 * member. The caller writes it, then calls seggz_next(). */
int seggz_finish(struct seggz_writer *w);
/* Forget the member just finished: the next seggz_add() starts a new one. */
int seggz_next(struct seggz_writer *w);
/* The open member wants to end: it holds SEGGZ_MEMBER_IN bytes of lines. */
static inline bool seggz_full(const struct seggz_writer *w)
{
	return w->in >= SEGGZ_MEMBER_IN;
}
void seggz_free(struct seggz_writer *w);

/* ---- reading ------------------------------------------------------------- */

/*
 * The size of the member starting at p (n bytes available, at least
 * SEGGZ_HEADER_LEN for an answer): MSIZE from a header exactly as above;
 * 0 for anything else (another gzip member, plain text, a cut header):
 * then the caller inflates as a stream from here.
 */
uint32_t seggz_member_size(const unsigned char *p, size_t n);
/* ISIZE: the uncompressed size (mod 2^32) in the trailer of a member of
 * msize bytes at p. */
uint32_t seggz_member_isize(const unsigned char *p, uint32_t msize);

#endif
