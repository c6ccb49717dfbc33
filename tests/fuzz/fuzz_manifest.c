/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: checking a record directory (user/evidence/manifest.c:
 * mf_verify(), what `verify` and `report` run), on a manifest and files
 * made from the input in a scratch directory.
 *
 * Input layout:
 *   byte 0   bit 0: forge the chain: each line of the input is a body; the
 *            harness appends ,"chain":"HEX"} itself (a trailing '}' is
 *            dropped first), so the checks past the chain are reached;
 *            bits 1-3: segment files 1-3 exist (seg-00000N.jsonl.gz);
 *            bit 4: the last line of the input is checkpoint.json's body
 *            (forged the same way, on the manifest's last chain value);
 *            bit 5: an extra segment file (seg-000009.jsonl.gz) and a
 *            file the record may not hold; bit 6: pass an expected head
 *   byte 1   which line's chain value is the expected head (bit 6), or
 *            beyond the last for one that is not there
 *   the rest manifest.jsonl. "@H1@".."@H3@" become the SHA-256 (hex) of
 *            segment file 1..3 as the harness writes it, "@B1@".."@B3@"
 *            its size, "@P1@".."@P3@" the SHA-256 of its first 5 bytes
 *
 * Checked: mf_verify() succeeds on a directory it can open; every string
 * of the report is terminated; statuses and states are in range; a
 * segment reported intact is a file the harness wrote, with that size and
 * hash, a missing one is not; "extra" ones exist; the problem count
 * follows from the statuses; and the chain, recomputed independently
 * (Nettle SHA-256, manifest.h's definition): every line the report
 * counts as trusted chains, and chain_head is the last of them.
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the mff_ prefix).
 *
 * fuzz-args: -max_len=8192
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>
#include <nettle/sha2.h>

#include "fuzz_common.h"
#include "evidence/manifest.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

static char mff_dir[64];

static const char *const mff_names[] = {
	MF_FILE, MF_CHECKPOINT, MF_CHECKPOINT_TMP, "seg-000001.jsonl.gz", "seg-000002.jsonl.gz",
	"seg-000003.jsonl.gz", "seg-000009.jsonl.gz", "notes.txt",
};

static void mff_sha(const void *p, size_t n, unsigned char out[32])
{
	struct sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, n, p);
	sha256_digest(&ctx, 32, out);
}

static void mff_hex(const unsigned char *in, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * n] = '\0';
}

/* What segment file n holds (n = 1..3): small, different, fixed. */
static size_t mff_seg_content(unsigned n, char *buf)
{
	size_t len = 0;

	for (unsigned i = 0; i < n; i++)
		len += (size_t)sprintf(buf + len, "segment %u line %u\n", n, i);
	return len;
}

static void mff_put(const char *name, const void *p, size_t n)
{
	char path[128];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", mff_dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		FUZZ_FAIL("open %s: %s", path, strerror(errno));
	if (n && write(fd, p, n) != (ssize_t)n)
		FUZZ_FAIL("write %s: %s", path, strerror(errno));
	close(fd);
}

/* Replace the @..@ placeholders. Returns a malloc'd copy. */
static char *mff_expand(const char *in, size_t n, size_t *out_len)
{
	char *out = malloc(n * 32 + 1);
	size_t o = 0;

	if (!out)
		FUZZ_FAIL("malloc");
	for (size_t i = 0; i < n;) {
		if (i + 4 <= n && in[i] == '@' && in[i + 3] == '@' && in[i + 2] >= '1' &&
		    in[i + 2] <= '3' && strchr("HBP", in[i + 1])) {
			char seg[256];
			unsigned char h[32];
			size_t len = mff_seg_content((unsigned)(in[i + 2] - '0'), seg);

			if (in[i + 1] == 'B') {
				o += (size_t)sprintf(out + o, "%zu", len);
			} else {
				mff_sha(seg, in[i + 1] == 'P' ? 5 : len, h);
				mff_hex(h, 32, out + o);
				o += 64;
			}
			i += 4;
			continue;
		}
		out[o++] = in[i++];
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/* The chain over lines, as manifest.h defines it. seed: from line 1's
 * record_id (all zeroes when it has none). */
static void mff_seed(const char *line, size_t len, unsigned char out[32])
{
	static const char pre[] = "sockwatch-record-chain-v1\n";
	char *copy = strndup(line, len), buf[sizeof(pre) + 256];
	const char *id = "00000000000000000000000000000000";
	json_object *o = copy ? json_tokener_parse(copy) : NULL, *v;
	size_t n;

	if (o && json_object_object_get_ex(o, "record_id", &v) &&
	    json_object_is_type(v, json_type_string) && json_object_get_string_len(v) < 200)
		id = json_object_get_string(v);
	n = (size_t)snprintf(buf, sizeof(buf), "%s%s", pre, id);
	mff_sha(buf, n, out);
	json_object_put(o);
	free(copy);
}

static void mff_next(const unsigned char prev[32], const char *body, size_t n,
		     unsigned char out[32])
{
	char *buf = malloc(32 + n + 1);

	if (!buf)
		FUZZ_FAIL("malloc");
	memcpy(buf, prev, 32);
	memcpy(buf + 32, body, n);
	mff_sha(buf, 32 + n, out);
	free(buf);
}

#define MFF_TAG ",\"chain\":\""

/* Forge: body (less a trailing '}') + chain + "}". */
static size_t mff_forge(const char *line, size_t n, const unsigned char prev[32], char *out,
			unsigned char chain[32])
{
	char hex[65];

	if (n && line[n - 1] == '}')
		n--;
	mff_next(prev, line, n, chain);
	mff_hex(chain, 32, hex);
	memcpy(out, line, n);
	return n + (size_t)sprintf(out + n, "%s%s\"}", MFF_TAG, hex);
}

static void mff_check_str(const char *what, const char *s, size_t cap)
{
	if (!memchr(s, '\0', cap))
		FUZZ_FAIL("%s not terminated", what);
}

static void mff_cleanup(void)
{
	for (size_t i = 0; i < sizeof(mff_names) / sizeof(mff_names[0]); i++) {
		char path[128];

		snprintf(path, sizeof(path), "%s/%s", mff_dir, mff_names[i]);
		unlink(path);
	}
	rmdir(mff_dir);
}

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	char *text, *manifest, head_hex[65] = "";
	size_t tlen, mlen = 0, nlines = 0;
	unsigned char prev[32], chain[32];
	unsigned char (*chains)[32];
	struct mf_report *r = NULL;
	bool have_file[4] = { false };
	char err[512];
	uint8_t mode;
	int rc;

	if (size < 2)
		return 0;
	mode = data[0];
	if (!mff_dir[0]) {
		snprintf(mff_dir, sizeof(mff_dir), "/tmp/fuzz_manifest.XXXXXX");
		if (!mkdtemp(mff_dir))
			FUZZ_FAIL("mkdtemp: %s", strerror(errno));
		atexit(mff_cleanup);
	}
	for (size_t i = 0; i < sizeof(mff_names) / sizeof(mff_names[0]); i++) {
		char path[128];

		snprintf(path, sizeof(path), "%s/%s", mff_dir, mff_names[i]);
		unlink(path);
	}

	text = mff_expand((const char *)data + 2, size - 2, &tlen);
	manifest = malloc(tlen * 2 + 200 * (tlen + 1) + 1);
	chains = malloc((tlen + 2) * sizeof(*chains));
	if (!manifest || !chains)
		FUZZ_FAIL("malloc");

	/* the manifest (and the checkpoint body, the last line, with bit 4) */
	{
		const char *cp = NULL;
		size_t cplen = 0, end = tlen;

		if (mode & 16) {
			const char *nl = tlen ? memrchr(text, '\n', tlen - (text[tlen - 1] == '\n')) : NULL;

			cp = nl ? nl + 1 : text;
			cplen = (size_t)(text + tlen - cp);
			if (cplen && cp[cplen - 1] == '\n')
				cplen--;
			end = (size_t)(cp - text);
		}
		if (mode & 1) {
			for (size_t i = 0; i < end;) {
				const char *nl = memchr(text + i, '\n', end - i);
				size_t len = (size_t)((nl ? nl : text + end) - (text + i));

				if (nlines == 0)
					mff_seed(text + i, len, prev);
				mlen += mff_forge(text + i, len, prev, manifest + mlen, chain);
				memcpy(chains[nlines++], chain, 32);
				memcpy(prev, chain, 32);
				if (nl)
					manifest[mlen++] = '\n';
				i += len + 1;
			}
		} else {
			memcpy(manifest, text, end);
			mlen = end;
		}
		mff_put(MF_FILE, manifest, mlen);
		if (cp) {
			char *body = malloc(cplen + 100);

			if (!body)
				FUZZ_FAIL("malloc");
			if (mode & 1) {
				size_t bl = mff_forge(cp, cplen, prev, body, chain);

				mff_put(MF_CHECKPOINT, body, bl);
			} else {
				mff_put(MF_CHECKPOINT, cp, cplen);
			}
			free(body);
		}
	}
	for (unsigned n = 1; n <= 3; n++) {
		if (mode & (1u << n)) {
			char seg[256], name[MF_NAME_LEN];
			size_t len = mff_seg_content(n, seg);

			mf_seg_name(name, n);
			mff_put(name, seg, len);
			have_file[n] = true;
		}
	}
	if (mode & 32) {
		mff_put("seg-000009.jsonl.gz", "x", 1);
		mff_put("notes.txt", "x", 1);
	}
	if (mode & 64) {
		size_t k = data[1];

		if (k < nlines)
			mff_hex(chains[k], 32, head_hex);
		else
			snprintf(head_hex, sizeof(head_hex), "%064x", (unsigned)k);
	}

	memset(err, 0, sizeof(err));
	rc = mf_verify(mff_dir, (mode & 64) ? head_hex : NULL, &r, err, sizeof(err));
	if (rc || !r)
		FUZZ_FAIL("mf_verify failed: %d %s", rc, err);

	/* ---- the report ---- */
	if ((unsigned)r->manifest > MFM_HEAD_MISMATCH)
		FUZZ_FAIL("manifest state %d", r->manifest);
	mff_check_str("manifest_detail", r->manifest_detail, sizeof(r->manifest_detail));
	mff_check_str("chain_head", r->chain_head, sizeof(r->chain_head));
	mff_check_str("record_id", r->record_id, sizeof(r->record_id));
	mff_check_str("host", r->host, sizeof(r->host));
	mff_check_str("kernel", r->kernel, sizeof(r->kernel));
	mff_check_str("version", r->version, sizeof(r->version));
	mff_check_str("started", r->started, sizeof(r->started));
	mff_check_str("ended", r->ended, sizeof(r->ended));
	mff_check_str("stop_reason", r->stop_reason, sizeof(r->stop_reason));
	if (!mf_manifest_name(r->manifest))
		FUZZ_FAIL("no name for manifest state %d", r->manifest);
	{
		unsigned problems = 0;

		for (unsigned i = 0; i < r->nseg; i++) {
			const struct mf_segment *s = &r->seg[i];
			int n = 0;

			if ((unsigned)s->status >= MF_STATUS_COUNT || !mf_status_name(s->status))
				FUZZ_FAIL("segment status %d", s->status);
			mff_check_str("segment file", s->file, sizeof(s->file));
			mff_check_str("segment detail", s->detail, sizeof(s->detail));
			mff_check_str("segment sha256", s->sha256, sizeof(s->sha256));
			mff_check_str("segment start", s->start, sizeof(s->start));
			mff_check_str("segment end", s->end, sizeof(s->end));
			/* the file on disk is found by seq (the name shown may be the
			 * one the manifest lists) */
			if (s->seq >= 1 && s->seq <= 3)
				n = (int)s->seq;
			if (s->status == MF_INTACT) {
				char seg[256], hex[65];
				unsigned char h[32];
				size_t len;

				if (!n || !have_file[n])
					FUZZ_FAIL("%s intact, and the harness wrote no such file", s->file);
				len = mff_seg_content((unsigned)n, seg);
				mff_sha(seg, len, h);
				mff_hex(h, 32, hex);
				if (s->bytes != len || strcmp(s->sha256, hex))
					FUZZ_FAIL("%s intact with %llu bytes %s; it has %zu bytes %s",
						  s->file, (unsigned long long)s->bytes, s->sha256, len,
						  hex);
				if (!s->listed)
					FUZZ_FAIL("%s intact but not listed", s->file);
#ifndef MFF_NAME_ANY
				/* file is what verify shows and report opens: it must
				 * be the file that was checked, not a name the
				 * manifest made up (FUZZ_CFLAGS=-DMFF_NAME_ANY skips
				 * this, to fuzz past manifest.c using the listed name
				 * when this was written) */
				{
					char want[MF_NAME_LEN];

					mf_seg_name(want, s->seq);
					if (strcmp(s->file, want))
						FUZZ_FAIL("segment %u checked in %s, reported as '%s'",
							  s->seq, want, s->file);
				}
#endif
			}
			if (s->status == MF_MISSING && n && have_file[n])
				FUZZ_FAIL("%s missing, and it is there", s->file);
			if (s->status == MF_EXTRA && !(n && have_file[n]) && !(mode & 32) &&
			    !((mode & 16) && !strcmp(s->file, MF_CHECKPOINT)))
				FUZZ_FAIL("%s extra, and no such file was written", s->file);
			if (s->status != MF_INTACT && s->status != MF_PRUNED &&
			    s->status != MF_OPEN_LIVE)
				problems++;
		}
		if (r->manifest != MFM_INTACT)
			problems++;
		if (!r->stopped && !r->live)
			problems++;
		if (problems != r->problems)
			FUZZ_FAIL("%u problems reported, the statuses make %u", r->problems, problems);
		if (mf_report_ok(r) != (problems == 0))
			FUZZ_FAIL("mf_report_ok disagrees with the problem count");
	}

	/* ---- the chain, recomputed from the file as written ---- */
	if (r->manifest_lines) {
		unsigned char c[32];
		char stated[64];
		size_t i = 0;
		char hex[65];

		for (unsigned ln = 1; ln <= r->manifest_lines; ln++) {
			const char *nl = memchr(manifest + i, '\n', mlen - i);
			size_t len, tag = strlen(MFF_TAG);

			if (!nl)
				FUZZ_FAIL("line %u counted, but it has no newline", ln);
			len = (size_t)(nl - (manifest + i));
			if (ln == 1)
				mff_seed(manifest, len, c);
			if (len < tag + 66 || memcmp(manifest + i + len - 66 - tag, MFF_TAG, tag) ||
			    memcmp(manifest + i + len - 2, "\"}", 2))
				FUZZ_FAIL("line %u trusted without a chain field", ln);
			mff_next(c, manifest + i, len - 66 - tag, c);
			mff_hex(c, 32, hex);
			memcpy(stated, manifest + i + len - 66, 64);
			if (memcmp(hex, stated, 64))
				FUZZ_FAIL("line %u trusted, its chain value does not follow", ln);
			i += len + 1;
		}
		mff_hex(c, 32, hex);
		if (strcmp(hex, r->chain_head))
			FUZZ_FAIL("chain head %s, the trusted lines end at %s", r->chain_head, hex);
	} else if (r->chain_head[0] && r->manifest == MFM_INTACT) {
		FUZZ_FAIL("a chain head without trusted lines");
	}
	if (r->manifest == MFM_INTACT && mlen && r->manifest_lines == 0)
		FUZZ_FAIL("a non-empty manifest intact with no lines");

	mf_report_free(r);
	free(text);
	free(manifest);
	free(chains);
	return 0;
}
