/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Segment members (user/evidence/segment_gz.c): what the writer makes is
 * what any gzip reader takes as one stream, each member is a gzip file on
 * its own whose header states its size, and the size parser accepts only
 * that header.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zlib.h>

#include "evidence/segment_gz.h"

/* Inflate a whole buffer as zcat does: members one after another. */
static size_t zcat(const unsigned char *in, size_t n, char *out, size_t cap)
{
	z_stream z = {0};
	int zr = Z_OK;

	assert_int_equal(inflateInit2(&z, 15 + 16), Z_OK);
	z.next_in = (Bytef *)in;
	z.avail_in = (uInt)n;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)cap;
	while (z.avail_in) {
		zr = inflate(&z, Z_NO_FLUSH);
		if (zr == Z_STREAM_END && z.avail_in)
			assert_int_equal(inflateReset(&z), Z_OK);
		else
			assert_int_equal(zr, Z_STREAM_END);
	}
	inflateEnd(&z);
	return cap - z.avail_out;
}

/* Lines of about 100 bytes, numbered. */
static size_t lines(char *buf, size_t cap, unsigned from, unsigned n)
{
	size_t len = 0;

	for (unsigned i = from; i < from + n; i++) {
		assert_true(cap - len > 128);
		len += (size_t)snprintf(buf + len, cap - len,
					"{\"event\":\"connect\",\"pid\":%u,\"comm\":\"line%08u\","
					"\"raddr\":\"10.0.%u.%u\",\"rport\":443}\n",
					i % 977, i, (i >> 8) & 255, i & 255);
	}
	return len;
}

static void test_members_are_one_stream(void **state)
{
	struct seggz_writer w;
	size_t text_cap = 8u << 20, seg_cap = 8u << 20, text_len = 0, seg_len = 0;
	char *text = malloc(text_cap), *back = malloc(text_cap), *chunk = malloc(64u << 10);
	unsigned char *seg = malloc(seg_cap);
	unsigned members = 0, next = 0;
	size_t off;

	(void)state;
	assert_non_null(text);
	assert_non_null(back);
	assert_non_null(chunk);
	assert_non_null(seg);
	assert_int_equal(seggz_init(&w, 6), 0);
	/* an empty member is never made */
	assert_int_equal(seggz_finish(&w), 0);
	assert_int_equal(w.len, 0);
	/* a few small members (flushes), then enough to fill members */
	for (unsigned round = 0; round < 60; round++) {
		unsigned n = round < 3 ? 5 : 500;
		size_t len = lines(chunk, 64u << 10, next, n);

		next += n;
		memcpy(text + text_len, chunk, len);
		text_len += len;
		assert_int_equal(seggz_add(&w, chunk, len), 0);
		if (round < 3 || seggz_full(&w) || round == 59) {
			assert_int_equal(seggz_finish(&w), 0);
			assert_true(w.len > SEGGZ_HEADER_LEN);
			memcpy(seg + seg_len, w.buf, w.len);
			seg_len += w.len;
			members++;
			assert_int_equal(seggz_next(&w), 0);
		}
	}
	seggz_free(&w);
	assert_true(members >= 5);
	assert_true(text_len > 2 * SEGGZ_MEMBER_IN);

	/* zcat reads the members as the text */
	assert_int_equal(zcat(seg, seg_len, back, text_cap), text_len);
	assert_memory_equal(back, text, text_len);

	/* each member: its header says its size, its trailer the text it holds,
	 * which is whole lines and is the text in order */
	size_t at = 0;
	unsigned seen = 0;

	for (off = 0; off < seg_len; seen++) {
		uint32_t msize = seggz_member_size(seg + off, seg_len - off);
		uint32_t isize;

		assert_true(msize > 0 && off + msize <= seg_len);
		isize = seggz_member_isize(seg + off, msize);
		assert_true(isize <= SEGGZ_MEMBER_IN + (64u << 10));
		assert_int_equal(zcat(seg + off, msize, back, text_cap), isize);
		assert_memory_equal(back, text + at, isize);
		assert_int_equal(back[isize - 1], '\n');
		at += isize;
		off += msize;
	}
	assert_int_equal(seen, members);
	assert_int_equal(at, text_len);
	free(text);
	free(back);
	free(chunk);
	free(seg);
}

static void test_only_our_header_has_a_size(void **state)
{
	struct seggz_writer w;
	unsigned char plain[256], hdr[SEGGZ_HEADER_LEN];
	z_stream z = {0};

	(void)state;
	assert_int_equal(seggz_init(&w, 1), 0);
	assert_int_equal(seggz_add(&w, "{}\n", 3), 0);
	assert_int_equal(seggz_finish(&w), 0);
	memcpy(hdr, w.buf, sizeof(hdr));
	assert_int_equal(seggz_member_size(hdr, sizeof(hdr)), w.len);
	/* cut short, or any byte of the header changed */
	assert_int_equal(seggz_member_size(hdr, sizeof(hdr) - 1), 0);
	for (size_t i = 0; i < 16; i++) {
		if (i >= 4 && i < 10)
			continue;  /* MTIME, XFL, OS: anything goes */
		hdr[i] ^= 0x20;
		assert_int_equal(seggz_member_size(hdr, sizeof(hdr)), 0);
		hdr[i] ^= 0x20;
	}
	/* a size too small for any member */
	memcpy(hdr + 16, "\x05\0\0\0", 4);
	assert_int_equal(seggz_member_size(hdr, sizeof(hdr)), 0);
	seggz_free(&w);

	/* a gzip member as gzip writes it (segments before this format) */
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)"{\"event\":\"connect\"}\n{\"event\":\"bind\"}\n";
	z.avail_in = 38;
	z.next_out = plain;
	z.avail_out = sizeof(plain);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	deflateEnd(&z);
	assert_int_equal(seggz_member_size(plain, sizeof(plain) - z.avail_out), 0);
	/* plain JSON Lines */
	assert_int_equal(seggz_member_size((const unsigned char *)
					   "{\"event\":\"connect\",\"ts\":\"x\"}\n", 30), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_members_are_one_stream),
		cmocka_unit_test(test_only_our_header_has_a_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
