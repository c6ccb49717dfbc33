/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The manifest chain and record checking (user/evidence/manifest.c), on records
 * built in a temp directory: by hand through the manifest writer (so any
 * damage can be staged exactly), and by the recorder itself (user/evidence/record.c,
 * without capture).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <nettle/sha2.h>
#include <zlib.h>

#include "label/labels.h"
#include "evidence/manifest.h"
#include "evidence/record.h"
#include "evidence/seal.h"
#include "evidence/segment_gz.h"

#define ID "00112233445566778899aabbccddeeff"

/* ---- building records by hand ----------------------------------------- */

struct rec {
	char dir[256];
	int dirfd;
	struct mf_writer w;
	unsigned nseg;
};

static void path_of(const struct rec *r, const char *name, char *out, size_t len)
{
	snprintf(out, len, "%s/%s", r->dir, name);
}

static void write_file(const struct rec *r, const char *name, const void *data, size_t len)
{
	char p[512];
	int fd;

	path_of(r, name, p, sizeof(p));
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0640);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
}

static void sha_hex(const void *data, size_t len, char hex[MF_HEX_LEN + 1])
{
	unsigned char h[MF_HASH_LEN];
	struct sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)data);
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, h);
	mf_hex(hex, h, sizeof(h));
}

static void rec_begin(struct rec *r)
{
	const char *tmp = getenv("TMPDIR");
	char body[512];

	memset(r, 0, sizeof(*r));
	snprintf(r->dir, sizeof(r->dir), "%s/test_manifest.XXXXXX", tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(r->dir));
	r->dirfd = open(r->dir, O_RDONLY | O_DIRECTORY);
	assert_true(r->dirfd >= 0);
	assert_int_equal(mf_writer_create(&r->w, r->dirfd, ID), 0);
	snprintf(body, sizeof(body),
		 "{\"type\":\"record\",\"format\":1,\"record_id\":\"%s\",\"host\":\"h\","
		 "\"kernel\":\"k\",\"sockwatch\":\"t\",\"started\":\"2026-01-01T00:00:00.000000Z\","
		 "\"rotate_size\":0,\"rotate_interval_ms\":0,\"keep\":0,\"flush_ms\":1000", ID);
	assert_int_equal(mf_append(&r->w, body), 0);
}

/* A closed segment: arbitrary content (verify only hashes closed ones). */
static void rec_segment(struct rec *r, const char *content)
{
	char name[MF_NAME_LEN], hex[MF_HEX_LEN + 1], body[512];
	size_t len = strlen(content);

	mf_seg_name(name, ++r->nseg);
	write_file(r, name, content, len);
	sha_hex(content, len, hex);
	snprintf(body, sizeof(body),
		 "{\"type\":\"segment\",\"seq\":%u,\"file\":\"%s\",\"bytes\":%zu,\"sha256\":\"%s\","
		 "\"start\":\"s\",\"end\":\"e\",\"events\":10,\"drops\":1", r->nseg, name, len, hex);
	assert_int_equal(mf_append(&r->w, body), 0);
}

static void rec_stop(struct rec *r)
{
	assert_int_equal(mf_append(&r->w, "{\"type\":\"stop\",\"ts\":\"x\",\"reason\":\"sigterm\","
				   "\"events\":30,\"drops\":3,\"segments\":3"), 0);
}

static void rec_three(struct rec *r)
{
	rec_begin(r);
	rec_segment(r, "first segment\n");
	rec_segment(r, "second segment\n");
	rec_segment(r, "third segment, longer\n");
	rec_stop(r);
}

static void rm_rf(struct rec *r)
{
	DIR *d = opendir(r->dir);
	struct dirent *de;

	while (d && (de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			unlinkat(r->dirfd, de->d_name, 0);
	if (d)
		closedir(d);
	mf_writer_close(&r->w);
	close(r->dirfd);
	rmdir(r->dir);
}

static struct mf_report *check(struct rec *r, const char *head)
{
	struct mf_report *rep;
	char err[256];

	assert_int_equal(mf_verify(r->dir, head, &rep, err, sizeof(err)), 0);
	return rep;
}

static const struct mf_segment *seg_named(const struct mf_report *rep, const char *file)
{
	for (unsigned i = 0; i < rep->nseg; i++)
		if (!strcmp(rep->seg[i].file, file))
			return &rep->seg[i];
	fail_msg("no segment %s in the report", file);
	return NULL;
}

static enum mf_status status_of(const struct mf_report *rep, const char *file)
{
	return seg_named(rep, file)->status;
}

static void modify_byte(struct rec *r, const char *name, off_t at)
{
	char p[512], c;
	int fd;

	path_of(r, name, p, sizeof(p));
	fd = open(p, O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(pread(fd, &c, 1, at), 1);
	c ^= 0x20;
	assert_int_equal(pwrite(fd, &c, 1, at), 1);
	close(fd);
}

/* Format 1's checkpoint.json: the body chained on the manifest head. */
static void write_checkpoint_json(struct rec *r, const char *body)
{
	unsigned char next[MF_HASH_LEN];
	char hex[MF_HEX_LEN + 1], line[1024];
	int n;

	assert_int_equal(mf_chain_next(next, r->w.chain, body, strlen(body)), 0);
	mf_hex(hex, next, sizeof(next));
	n = snprintf(line, sizeof(line), "%s,\"chain\":\"%s\"}\n", body, hex);
	write_file(r, MF_CHECKPOINT, line, (size_t)n);
}

/* ---- pure helpers ------------------------------------------------------- */

static void test_names(void **state)
{
	char name[MF_NAME_LEN];
	unsigned seq = 0;

	(void)state;
	mf_seg_name(name, 1);
	assert_string_equal(name, "seg-000001.jsonl.gz");
	assert_true(mf_seg_parse(name, &seq));
	assert_int_equal(seq, 1);
	mf_seg_name(name, 1234567);
	assert_string_equal(name, "seg-1234567.jsonl.gz");
	assert_true(mf_seg_parse(name, &seq));
	assert_int_equal(seq, 1234567);
	assert_false(mf_seg_parse("seg-1.jsonl.gz", &seq));
	assert_false(mf_seg_parse("seg-000000.jsonl.gz", &seq));
	assert_false(mf_seg_parse("seg-0000001.jsonl.gz", &seq));
	assert_false(mf_seg_parse("seg-000001.jsonl.gz.bak", &seq));
	assert_false(mf_seg_parse("seg-00000a.jsonl.gz", &seq));
	assert_true(mf_is_record_file("manifest.jsonl"));
	assert_true(mf_is_record_file("checkpoint.json"));
	assert_false(mf_is_record_file("notes.txt"));
}

static void test_hex_and_chain(void **state)
{
	unsigned char a[MF_HASH_LEN], b[MF_HASH_LEN], c[MF_HASH_LEN], raw[4];
	char hex[9];

	(void)state;
	mf_hex(hex, (const unsigned char *)"\x00\xff\x10\xab", 4);
	assert_string_equal(hex, "00ff10ab");
	assert_int_equal(mf_unhex(raw, "00ff10ab", 4), 0);
	assert_memory_equal(raw, "\x00\xff\x10\xab", 4);
	assert_int_equal(mf_unhex(raw, "00FF10ab", 4), -1); /* not canonical */
	assert_int_equal(mf_unhex(raw, "00ff10a", 4), -1);

	assert_int_equal(mf_chain_seed(a, ID), 0);
	assert_int_equal(mf_chain_seed(b, "ffeeddccbbaa99887766554433221100"), 0);
	assert_memory_not_equal(a, b, MF_HASH_LEN); /* the id is in the seed */
	assert_int_equal(mf_chain_next(b, a, "{\"x\":1", 6), 0);
	assert_int_equal(mf_chain_next(c, a, "{\"x\":1", 6), 0);
	assert_memory_equal(b, c, MF_HASH_LEN);
	assert_int_equal(mf_chain_next(c, a, "{\"x\":2", 6), 0);
	assert_memory_not_equal(b, c, MF_HASH_LEN);
}

/* ---- verify on staged records ------------------------------------------ */

static void test_intact(void **state)
{
	struct rec r;
	struct mf_report *rep;

	(void)state;
	rec_three(&r);
	rep = check(&r, NULL);
	assert_true(mf_report_ok(rep));
	assert_int_equal(rep->manifest, MFM_INTACT);
	assert_true(rep->stopped);
	assert_false(rep->live);
	assert_string_equal(rep->stop_reason, "sigterm");
	assert_string_equal(rep->record_id, ID);
	assert_int_equal(rep->manifest_lines, 5);
	assert_int_equal(rep->nseg, 3);
	for (unsigned i = 0; i < 3; i++) {
		assert_int_equal(rep->seg[i].seq, i + 1);
		assert_int_equal(rep->seg[i].status, MF_INTACT);
		assert_int_equal(rep->seg[i].events, 10);
	}
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_modified_truncated_grown_missing(void **state)
{
	struct rec r;
	struct mf_report *rep;
	char p[512];

	(void)state;
	rec_three(&r);
	modify_byte(&r, "seg-000001.jsonl.gz", 3);
	path_of(&r, "seg-000002.jsonl.gz", p, sizeof(p));
	assert_int_equal(truncate(p, 5), 0);
	path_of(&r, "seg-000003.jsonl.gz", p, sizeof(p));
	assert_int_equal(unlink(p), 0);
	rep = check(&r, NULL);
	assert_false(mf_report_ok(rep));
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_MODIFIED);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_TRUNCATED);
	assert_non_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail, "5 of 15"));
	assert_int_equal(status_of(rep, "seg-000003.jsonl.gz"), MF_MISSING);
	assert_int_equal(rep->problems, 3);
	mf_report_free(rep);

	write_file(&r, "seg-000003.jsonl.gz", "third segment, longer\nmore\n", 27);
	rep = check(&r, NULL);
	assert_int_equal(status_of(rep, "seg-000003.jsonl.gz"), MF_GROWN);
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_swapped_and_extra(void **state)
{
	struct rec r;
	struct mf_report *rep;
	char a[512], b[512], t[512];

	(void)state;
	rec_three(&r);
	path_of(&r, "seg-000001.jsonl.gz", a, sizeof(a));
	path_of(&r, "seg-000002.jsonl.gz", b, sizeof(b));
	path_of(&r, "tmp", t, sizeof(t));
	assert_int_equal(rename(a, t), 0);
	assert_int_equal(rename(b, a), 0);
	assert_int_equal(rename(t, b), 0);
	write_file(&r, "notes.txt", "x", 1);
	write_file(&r, MF_CHECKPOINT, "{}\n", 3); /* a closed record has none */
	write_file(&r, "seg-000004.jsonl.gz", "late\n", 5);
	rep = check(&r, NULL);
	assert_false(mf_report_ok(rep));
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_MISORDERED);
	assert_non_null(strstr(seg_named(rep, "seg-000001.jsonl.gz")->detail, "segment 2"));
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_MISORDERED);
	assert_int_equal(status_of(rep, "seg-000003.jsonl.gz"), MF_INTACT);
	assert_int_equal(status_of(rep, "notes.txt"), MF_EXTRA);
	assert_int_equal(status_of(rep, MF_CHECKPOINT), MF_EXTRA);
	/* the record was closed: a fourth segment is not an open one */
	assert_int_equal(status_of(rep, "seg-000004.jsonl.gz"), MF_EXTRA);
	assert_int_equal(rep->problems, 5);
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_symlinked_segment(void **state)
{
	struct rec r;
	struct mf_report *rep;
	char p[512];

	(void)state;
	rec_three(&r);
	path_of(&r, "seg-000002.jsonl.gz", p, sizeof(p));
	assert_int_equal(unlink(p), 0);
	assert_int_equal(symlink("seg-000001.jsonl.gz", p), 0);
	rep = check(&r, NULL);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_MODIFIED);
	assert_non_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail, "symlink"));
	mf_report_free(rep);
	rm_rf(&r);
}

/* Rewrite the manifest through a filter on its text. */
static void edit_manifest(struct rec *r, void (*fn)(char *text, size_t *len))
{
	char p[512], buf[8192];
	size_t len;
	FILE *f;

	path_of(r, MF_FILE, p, sizeof(p));
	f = fopen(p, "r");
	assert_non_null(f);
	len = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[len] = '\0';
	fn(buf, &len);
	f = fopen(p, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	fclose(f);
}

static void bump_events(char *text, size_t *len)
{
	char *p = strstr(text, "\"events\":10");

	(void)len;
	assert_non_null(p);
	p[10] = '1'; /* "events":11 in the first segment entry */
}

static void drop_line_3(char *text, size_t *len)
{
	char *a = text;

	for (int i = 0; i < 2; i++)
		a = strchr(a, '\n') + 1;
	char *b = strchr(a, '\n') + 1;

	memmove(a, b, strlen(b) + 1);
	*len = strlen(text);
}

/* Change segment 2's entry (line 3) and give it a correct chain value for
 * its new text: the break then shows on line 4. */
static void rewrite_line_3(char *text, size_t *len)
{
	char *l2 = strchr(text, '\n') + 1, *l3 = strchr(l2, '\n') + 1;
	char *l4 = strchr(l3, '\n') + 1;
	unsigned char prev[MF_HASH_LEN], next[MF_HASH_LEN];
	char hex[MF_HEX_LEN + 1], *ev;
	size_t suffix = 10 + MF_HEX_LEN + 2; /* ,"chain":"<hex>"} */

	memcpy(hex, l3 - 1 - 2 - MF_HEX_LEN, MF_HEX_LEN); /* line 2's value */
	hex[MF_HEX_LEN] = '\0';
	assert_int_equal(mf_unhex(prev, hex, MF_HASH_LEN), 0);
	ev = strstr(l3, "\"events\":10");
	assert_true(ev && ev < l4);
	ev[10] = '9';
	assert_int_equal(mf_chain_next(next, prev, l3, (size_t)(l4 - 1 - l3) - suffix), 0);
	mf_hex(hex, next, MF_HASH_LEN);
	memcpy(l4 - 1 - 2 - MF_HEX_LEN, hex, MF_HEX_LEN);
	(void)len;
}

static void tear_last(char *text, size_t *len)
{
	*len -= 10;
	text[*len] = '\0';
}

static void test_manifest_edits(void **state)
{
	struct rec r;
	struct mf_report *rep;

	(void)state;
	rec_three(&r);
	edit_manifest(&r, bump_events);
	rep = check(&r, NULL);
	assert_false(mf_report_ok(rep));
	assert_int_equal(rep->manifest, MFM_CHAIN_BROKEN);
	assert_non_null(strstr(rep->manifest_detail, "line 2"));
	/* entries from the break on cannot vouch for their files */
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_UNTRUSTED);
	mf_report_free(rep);
	rm_rf(&r);

	rec_three(&r);
	edit_manifest(&r, drop_line_3); /* segment 2's entry gone */
	rep = check(&r, NULL);
	assert_int_equal(rep->manifest, MFM_CHAIN_BROKEN);
	assert_false(mf_report_ok(rep));
	mf_report_free(rep);
	rm_rf(&r);

	rec_three(&r);
	edit_manifest(&r, rewrite_line_3);
	rep = check(&r, NULL);
	assert_int_equal(rep->manifest, MFM_CHAIN_BROKEN);
	assert_non_null(strstr(rep->manifest_detail, "line 4"));
	assert_int_equal(rep->manifest_lines, 2); /* the head is line 2's */
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_INTACT);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_UNTRUSTED);
	assert_int_equal(status_of(rep, "seg-000003.jsonl.gz"), MF_UNTRUSTED);
	mf_report_free(rep);
	rm_rf(&r);

	rec_three(&r);
	edit_manifest(&r, tear_last);
	rep = check(&r, NULL);
	assert_int_equal(rep->manifest, MFM_TORN);
	assert_false(rep->stopped);
	assert_false(mf_report_ok(rep));
	assert_int_equal(status_of(rep, "seg-000003.jsonl.gz"), MF_INTACT);
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_missing_manifest(void **state)
{
	struct rec r;
	struct mf_report *rep;

	(void)state;
	rec_three(&r);
	assert_int_equal(unlinkat(r.dirfd, MF_FILE, 0), 0);
	rep = check(&r, NULL);
	assert_int_equal(rep->manifest, MFM_MISSING);
	assert_false(mf_report_ok(rep));
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_UNTRUSTED);
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_head(void **state)
{
	struct rec r;
	struct mf_report *rep;
	char head[MF_HEX_LEN + 1], early[MF_HEX_LEN + 1];

	(void)state;
	rec_begin(&r);
	rec_segment(&r, "one\n");
	mf_hex(early, r.w.chain, MF_HASH_LEN);
	rec_segment(&r, "two\n");
	rec_stop(&r);
	mf_hex(head, r.w.chain, MF_HASH_LEN);

	rep = check(&r, head);
	assert_true(mf_report_ok(rep));
	assert_string_equal(rep->chain_head, head);
	mf_report_free(rep);

	rep = check(&r, early); /* noted while recording: later lines appended */
	assert_true(mf_report_ok(rep));
	assert_non_null(strstr(rep->manifest_detail, "2 entries were appended"));
	mf_report_free(rep);

	rep = check(&r, "00000000000000000000000000000000000000000000000000000000000000ff");
	assert_int_equal(rep->manifest, MFM_HEAD_MISMATCH);
	assert_false(mf_report_ok(rep));
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_pruned(void **state)
{
	struct rec r;
	struct mf_report *rep;

	(void)state;
	rec_begin(&r);
	rec_segment(&r, "one\n");
	rec_segment(&r, "two\n");
	assert_int_equal(mf_append(&r.w, "{\"type\":\"prune\",\"seq\":1,\"file\":"
				   "\"seg-000001.jsonl.gz\",\"ts\":\"x\""), 0);
	assert_int_equal(unlinkat(r.dirfd, "seg-000001.jsonl.gz", 0), 0);
	rec_segment(&r, "three\n");
	rec_stop(&r);
	rep = check(&r, NULL);
	assert_true(mf_report_ok(rep));
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_PRUNED);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_INTACT);
	mf_report_free(rep);

	/* a prune of a segment never listed is not a policy, it is a lie */
	assert_int_equal(mf_append(&r.w, "{\"type\":\"prune\",\"seq\":9,\"file\":"
				   "\"seg-000009.jsonl.gz\",\"ts\":\"x\""), 0);
	rep = check(&r, NULL);
	assert_int_equal(rep->manifest, MFM_MALFORMED);
	mf_report_free(rep);
	rm_rf(&r);
}

/* gzip of text, flushed (Z_SYNC_FLUSH) but not finished: a crashed segment. */
static size_t gzip_open_stream(const char *text, unsigned char *out, size_t cap)
{
	z_stream z = {0};

	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (Bytef *)text;
	z.avail_in = (uInt)strlen(text);
	z.next_out = out;
	z.avail_out = (uInt)cap;
	assert_int_equal(deflate(&z, Z_SYNC_FLUSH), Z_OK);
	size_t n = cap - z.avail_out;

	deflateEnd(&z);
	return n;
}

static void test_open_segment(void **state)
{
	struct rec r;
	struct mf_report *rep;
	unsigned char gz[4096];
	char hex[MF_HEX_LEN + 1], body[512];
	const char *text = "{\"event\":\"record_start\",\"record_id\":\"" ID "\",\"seq\":2}\n"
			   "{\"event\":\"connect\"}\n";
	size_t n;

	(void)state;
	rec_begin(&r);
	rec_segment(&r, "one\n");
	n = gzip_open_stream(text, gz, sizeof(gz));
	write_file(&r, "seg-000002.jsonl.gz", gz, n);
	sha_hex(gz, n, hex);
	snprintf(body, sizeof(body), "{\"type\":\"checkpoint\",\"seq\":2,\"file\":"
		 "\"seg-000002.jsonl.gz\",\"bytes\":%zu,\"sha256\":\"%s\",\"ts\":\"T\"", n, hex);
	write_checkpoint_json(&r, body);

	rep = check(&r, NULL);
	assert_false(mf_report_ok(rep)); /* no clean stop */
	assert_false(rep->stopped);
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_INTACT);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_OPEN_CRASH);
	assert_non_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail,
			       "match the checkpoint"));
	assert_non_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail,
			       "2 complete lines"));
	mf_report_free(rep);

	/* edited before the checkpoint */
	modify_byte(&r, "seg-000002.jsonl.gz", (off_t)n - 8);
	rep = check(&r, NULL);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_MODIFIED);
	mf_report_free(rep);

	/* a checkpoint that does not follow from this manifest is worthless */
	assert_int_equal(mf_append(&r.w, "{\"type\":\"prune\",\"seq\":1,\"file\":"
				   "\"seg-000001.jsonl.gz\",\"ts\":\"x\""), 0);
	rep = check(&r, NULL);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_OPEN_CRASH);
	assert_non_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail,
			       "does not chain"));
	mf_report_free(rep);
	rm_rf(&r);
}

/* The open segment as the recorder leaves it now: a member per flush, all
 * whole. verify counts the lines of every member, and nothing is cut. */
static void test_open_segment_members(void **state)
{
	struct rec r;
	struct mf_report *rep;
	struct seggz_writer w;
	unsigned char seg[4096];
	char hex[MF_HEX_LEN + 1], body[512];
	const char *flush[] = {
		"{\"event\":\"record_start\",\"record_id\":\"" ID "\",\"seq\":2}\n",
		"{\"event\":\"connect\"}\n{\"event\":\"bind\"}\n",
		"{\"event\":\"close\"}\n",
	};
	size_t n = 0;

	(void)state;
	rec_begin(&r);
	rec_segment(&r, "one\n");
	assert_int_equal(seggz_init(&w, 6), 0);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(seggz_add(&w, flush[i], strlen(flush[i])), 0);
		assert_int_equal(seggz_finish(&w), 0);
		assert_true(n + w.len <= sizeof(seg));
		memcpy(seg + n, w.buf, w.len);
		n += w.len;
		assert_int_equal(seggz_next(&w), 0);
	}
	seggz_free(&w);
	write_file(&r, "seg-000002.jsonl.gz", seg, n);
	sha_hex(seg, n, hex);
	snprintf(body, sizeof(body), "{\"type\":\"checkpoint\",\"seq\":2,\"file\":"
		 "\"seg-000002.jsonl.gz\",\"bytes\":%zu,\"sha256\":\"%s\",\"ts\":\"T\"", n, hex);
	write_checkpoint_json(&r, body);

	rep = check(&r, NULL);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_OPEN_CRASH);
	assert_non_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail,
			       "4 complete lines decompress"));
	assert_null(strstr(seg_named(rep, "seg-000002.jsonl.gz")->detail, "then"));
	mf_report_free(rep);
	rm_rf(&r);
}

/* ---- format 2: sealed -------------------------------------------------- */

static void sealed_begin(struct rec *r, struct seal **seal, unsigned char key[SEAL_KEY_LEN])
{
	const char *tmp = getenv("TMPDIR");
	char body[512], hex[SEAL_HEX_LEN + 1], err[128];

	memset(r, 0, sizeof(*r));
	snprintf(r->dir, sizeof(r->dir), "%s/test_manifest.XXXXXX", tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(r->dir));
	r->dirfd = open(r->dir, O_RDONLY | O_DIRECTORY);
	assert_true(r->dirfd >= 0);
	assert_int_equal(mf_writer_create(&r->w, r->dirfd, ID), 0);
	assert_int_equal(seal_create(seal, hex), 0);
	assert_int_equal(seal_parse_key(hex, key, err, sizeof(err)), 0);
	r->w.seal = *seal;
	snprintf(body, sizeof(body),
		 "{\"type\":\"record\",\"format\":2,\"record_id\":\"%s\",\"host\":\"h\","
		 "\"kernel\":\"k\",\"sockwatch\":\"t\",\"started\":\"2026-01-01T00:00:00.000000Z\","
		 "\"rotate_size\":0,\"rotate_interval_ms\":0,\"keep\":0,\"flush_ms\":1000", ID);
	assert_int_equal(mf_append(&r->w, body), 0);
}

static struct mf_report *check_key(struct rec *r, const unsigned char *key)
{
	struct mf_report *rep;
	char err[256];

	assert_int_equal(mf_verify_key(r->dir, NULL, key, &rep, err, sizeof(err)), 0);
	return rep;
}

/* Rewrite manifest.jsonl as an attacker without the key would: the given
 * segment's entry gets new bytes/sha256, and the whole chain is recomputed
 * (the seals are kept as they were: they cannot be recomputed). */
static void rebuild_chain(struct rec *r, unsigned seq, const char *content)
{
	char p[512], *buf, *out, *line, *save, hex[MF_HEX_LEN + 1], id[64];
	unsigned char chain[MF_HASH_LEN];
	FILE *f;
	long len;
	size_t o = 0;

	path_of(r, MF_FILE, p, sizeof(p));
	f = fopen(p, "r");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	buf = calloc(1, (size_t)len + 1);
	out = calloc(1, (size_t)len + 4096);
	assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	assert_int_equal(mf_chain_seed(chain, ID), 0);
	snprintf(id, sizeof(id), "\"seq\":%u,", seq);
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char body[2048], *cut = strstr(line, ",\"chain\":\"");

		assert_non_null(cut);
		*cut = '\0';
		snprintf(body, sizeof(body), "%s", line);
		if (strstr(body, "\"type\":\"segment\"") && strstr(body, id)) {
			char *b = strstr(body, "\"bytes\":"), *rest = strstr(body, ",\"start\":");
			char tail[1024];

			snprintf(tail, sizeof(tail), "%s", rest);
			sha_hex(content, strlen(content), hex);
			sprintf(b, "\"bytes\":%zu,\"sha256\":\"%s\"%s", strlen(content), hex, tail);
		}
		assert_int_equal(mf_chain_next(chain, chain, body, strlen(body)), 0);
		mf_hex(hex, chain, sizeof(chain));
		o += (size_t)sprintf(out + o, "%s,\"chain\":\"%s\"}\n", body, hex);
	}
	write_file(r, MF_FILE, out, o);
	free(buf);
	free(out);
}

static void test_sealed(void **state)
{
	unsigned char key[SEAL_KEY_LEN], wrong[SEAL_KEY_LEN];
	struct mf_report *rep;
	struct seal *seal;
	struct rec r;

	(void)state;
	sealed_begin(&r, &seal, key);
	rec_segment(&r, "first\n");
	rec_segment(&r, "second\n");
	rec_stop(&r);

	rep = check_key(&r, NULL);
	assert_true(mf_report_ok(rep));
	assert_true(rep->sealed);
	assert_false(rep->seals_checked);
	mf_report_free(rep);
	rep = check_key(&r, key);
	assert_true(mf_report_ok(rep));
	assert_true(rep->seals_checked);
	assert_int_equal(rep->sealed_lines, 4);
	mf_report_free(rep);
	memcpy(wrong, key, sizeof(wrong));
	wrong[5] ^= 1;
	rep = check_key(&r, wrong);
	assert_false(mf_report_ok(rep));
	assert_int_equal(rep->manifest, MFM_SEAL_BROKEN);
	mf_report_free(rep);

	/* the attack of issue 15: edit a segment, rebuild the chain */
	write_file(&r, "seg-000002.jsonl.gz", "forged\n", 7);
	rebuild_chain(&r, 2, "forged\n");
	rep = check_key(&r, NULL);
	assert_true(mf_report_ok(rep)); /* without the key it cannot be seen */
	mf_report_free(rep);
	rep = check_key(&r, key);
	assert_false(mf_report_ok(rep));
	assert_int_equal(rep->manifest, MFM_SEAL_BROKEN);
	assert_int_equal(rep->sealed_lines, 2);
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_INTACT);
	assert_int_equal(status_of(rep, "seg-000002.jsonl.gz"), MF_UNTRUSTED);
	mf_report_free(rep);
	seal_free(seal);
	rm_rf(&r);
}

/* Every checkpoint of the open segment counts: one written by whoever holds
 * the current key cannot vouch for a prefix an earlier one pinned. */
static void test_sealed_checkpoints(void **state)
{
	unsigned char key[SEAL_KEY_LEN], gz[4096];
	char hex[MF_HEX_LEN + 1], body[512];
	const char *text = "{\"event\":\"record_start\",\"record_id\":\"" ID "\",\"seq\":1}\n"
			   "{\"event\":\"connect\"}\n";
	struct mf_report *rep;
	const struct mf_segment *s;
	struct seal *seal;
	struct rec r;
	size_t n;

	(void)state;
	sealed_begin(&r, &seal, key);
	n = gzip_open_stream(text, gz, sizeof(gz));
	write_file(&r, "seg-000001.jsonl.gz", gz, n);
	sha_hex(gz, n, hex);
	snprintf(body, sizeof(body), "{\"type\":\"checkpoint\",\"seq\":1,\"file\":"
		 "\"seg-000001.jsonl.gz\",\"bytes\":%zu,\"sha256\":\"%s\",\"ts\":\"T\"", n, hex);
	assert_int_equal(mf_append(&r.w, body), 0);
	/* a tail nothing vouches for */
	{
		char p[512];
		FILE *f;

		path_of(&r, "seg-000001.jsonl.gz", p, sizeof(p));
		f = fopen(p, "a");
		fputs("tail bytes", f);
		fclose(f);
	}
	rep = check_key(&r, key);
	s = seg_named(rep, "seg-000001.jsonl.gz");
	assert_int_equal(s->status, MF_OPEN_CRASH);
	assert_int_equal(s->verified_bytes, n);
	assert_int_equal(s->tail_bytes, 10);
	assert_non_null(strstr(s->detail, "UNVERIFIED TAIL"));
	mf_report_free(rep);

	/* now the attacker, holding the current key, edits the prefix and seals
	 * a new checkpoint for it: the earlier checkpoint still catches it */
	modify_byte(&r, "seg-000001.jsonl.gz", 12);
	{
		char p[512];
		unsigned char all[8192];
		int fd;
		ssize_t got;

		path_of(&r, "seg-000001.jsonl.gz", p, sizeof(p));
		fd = open(p, O_RDONLY);
		got = read(fd, all, sizeof(all));
		close(fd);
		sha_hex(all, (size_t)got, hex);
		snprintf(body, sizeof(body), "{\"type\":\"checkpoint\",\"seq\":1,\"file\":"
			 "\"seg-000001.jsonl.gz\",\"bytes\":%zd,\"sha256\":\"%s\",\"ts\":\"T2\"",
			 got, hex);
	}
	assert_int_equal(mf_append(&r.w, body), 0);
	rep = check_key(&r, key);
	assert_true(rep->seals_checked);
	assert_int_equal(status_of(rep, "seg-000001.jsonl.gz"), MF_MODIFIED);
	mf_report_free(rep);
	seal_free(seal);
	rm_rf(&r);
}

/* A format-1 record is reported unsealed when a key is given. */
static void test_unsealed_with_key(void **state)
{
	unsigned char key[SEAL_KEY_LEN] = {1};
	struct mf_report *rep;
	struct rec r;

	(void)state;
	rec_three(&r);
	rep = check_key(&r, key);
	assert_false(mf_report_ok(rep));
	assert_int_equal(rep->manifest, MFM_UNSEALED);
	mf_report_free(rep);
	rm_rf(&r);
}

static void test_seal_key_text(void **state)
{
	unsigned char key[SEAL_KEY_LEN];
	char err[128];

	(void)state;
	assert_int_equal(seal_parse_key(" 00112233445566778899aabbccddeeff"
					"00112233445566778899AABBCCDDEEFF\n", key, err,
					sizeof(err)), 0);
	assert_int_equal(key[1], 0x11);
	assert_int_equal(key[31], 0xff);
	assert_int_equal(seal_parse_key("0011", key, err, sizeof(err)), -1);
	assert_int_equal(seal_parse_key("g0112233445566778899aabbccddeeff"
					"00112233445566778899aabbccddeeff", key, err,
					sizeof(err)), -1);
}

/* ---- the recorder itself (no capture) ----------------------------------- */

static struct services *svc;

static void rec_tmpdir(char *dir, size_t len)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(dir, len, "%s/test_record.XXXXXX", tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(dir));
}

static void rm_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char p[600];

	while (d && (de = readdir(d))) {
		snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			unlink(p);
	}
	if (d)
		closedir(d);
	rmdir(dir);
}

static void feed(struct recorder *rec, unsigned n, unsigned salt)
{
	struct sw_event ev = {0};
	struct sw_labeled l;

	for (unsigned i = 0; i < n; i++) {
		ev.kind = 1 + i % 5;
		ev.proto = 6;
		ev.family = 2;
		ev.pid = 1000 + (i * 7919 + salt) % 3001;
		ev.lport = (uint16_t)(i * 2654435761u >> 16);
		ev.rport = 443;
		ev.laddr[0] = 127;
		ev.laddr[3] = 1;
		ev.raddr[0] = 10;
		ev.raddr[3] = (uint8_t)(i * 31);
		memcpy(ev.comm, "unit", 5);
		ev.flags = 2;
		sw_label(&l, &ev, 1700000000000000000ull + i * 1000000ull, svc);
		assert_int_equal(rec_event(rec, &l), 0);
		if (i % 256 == 0)
			assert_int_equal(rec_tick(rec), 0);
	}
	assert_int_equal(rec_tick(rec), 0);
}

static void test_recorder_roundtrip(void **state)
{
	char dir[256], err[512];
	char *argv[] = { "record", "-o", dir, NULL };
	struct rec_opts o = { .dir = dir, .rotate_size = 4096, .rotate_ms = 0, .keep = 2,
			      .level = 6, .argc = 3, .argv = argv };
	struct recorder *rec;
	struct mf_report *rep;
	unsigned pruned = 0, intact = 0;

	(void)state;
	o.svc = svc;
	rec_tmpdir(dir, sizeof(dir));
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), 0);
	assert_int_equal(rec_start(rec), 0);
	feed(rec, 20000, 1);
	assert_int_equal(rec_drop(rec, 5, 5), 0);
	assert_int_equal(rec_close(rec, "sigterm", 5), 0);
	assert_true(rec_segments(rec) >= 3); /* rotated by size */
	assert_int_equal(rec_events(rec), 20000);
	rec_free(rec);

	assert_int_equal(mf_verify(dir, NULL, &rep, err, sizeof(err)), 0);
	assert_true(mf_report_ok(rep));
	assert_true(rep->stopped);
	assert_int_equal(rep->events, 20000);
	assert_int_equal(rep->drops, 5);
	for (unsigned i = 0; i < rep->nseg; i++) {
		pruned += rep->seg[i].status == MF_PRUNED;
		intact += rep->seg[i].status == MF_INTACT;
	}
	assert_int_equal(intact, 2); /* --keep 2 */
	assert_int_equal(pruned + intact, rep->nseg);
	mf_report_free(rep);

	/* a second record in the same place needs force, which replaces it */
	o.force = false;
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), -EEXIST);
	assert_non_null(strstr(err, "--force"));
	o.force = true;
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), 0);
	assert_int_equal(rec_start(rec), 0);
	feed(rec, 10, 2);
	assert_int_equal(rec_close(rec, "count", 0), 0);
	rec_free(rec);
	assert_int_equal(mf_verify(dir, NULL, &rep, err, sizeof(err)), 0);
	assert_true(mf_report_ok(rep));
	assert_int_equal(rep->nseg, 1);
	assert_int_equal(rep->events, 10);
	mf_report_free(rep);
	rm_dir(dir);
}

static void test_recorder_refuses(void **state)
{
	char dir[256], sub[300], link[300], err[512];
	struct rec_opts o = { .rotate_size = 0, .level = 6 };
	struct recorder *rec;
	struct stat st;

	(void)state;
	rec_tmpdir(dir, sizeof(dir));
	/* a directory holding something else */
	snprintf(sub, sizeof(sub), "%s/other", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	o.dir = dir;
	o.force = true;
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), -EEXIST);
	assert_non_null(strstr(err, "not empty"));
	/* a symlink to a directory */
	snprintf(link, sizeof(link), "%s/link", dir);
	assert_int_equal(symlink(sub, link), 0);
	o.dir = link;
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), -ELOOP);
	assert_non_null(strstr(err, "symlink"));
	/* a missing parent */
	snprintf(link, sizeof(link), "%s/none/rec", dir);
	o.dir = link;
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), -ENOENT);
	/* created: mode 0700; released before start: removed again */
	snprintf(link, sizeof(link), "%s/new", dir);
	o.dir = link;
	assert_int_equal(rec_open(&rec, &o, err, sizeof(err)), 0);
	assert_int_equal(stat(link, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	rec_free(rec);
	assert_int_equal(stat(link, &st), -1);
	snprintf(link, sizeof(link), "%s/link", dir);
	unlink(link);
	rmdir(sub);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_hex_and_chain),
		cmocka_unit_test(test_intact),
		cmocka_unit_test(test_modified_truncated_grown_missing),
		cmocka_unit_test(test_swapped_and_extra),
		cmocka_unit_test(test_symlinked_segment),
		cmocka_unit_test(test_manifest_edits),
		cmocka_unit_test(test_missing_manifest),
		cmocka_unit_test(test_head),
		cmocka_unit_test(test_pruned),
		cmocka_unit_test(test_open_segment),
		cmocka_unit_test(test_open_segment_members),
		cmocka_unit_test(test_sealed),
		cmocka_unit_test(test_sealed_checkpoints),
		cmocka_unit_test(test_unsealed_with_key),
		cmocka_unit_test(test_seal_key_text),
		cmocka_unit_test(test_recorder_roundtrip),
		cmocka_unit_test(test_recorder_refuses),
	};
	int rc;

	svc = services_new();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	services_free(svc);
	return rc;
}
