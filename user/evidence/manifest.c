// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Manifest writing and record checking. The format is described in
 * manifest.h; the writer and the checker share the chain arithmetic here so
 * they cannot disagree.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>
#include <nettle/sha2.h>
#include <zlib.h>

#include "evidence/manifest.h"
#include "common/fdio.h"
#include "evidence/seal.h"

#define CHAIN_TAG ",\"chain\":\""
#define CHAIN_TAG_LEN (sizeof(CHAIN_TAG) - 1)
/* ,"chain":"<64 hex>"} */
#define CHAIN_SUFFIX_LEN (CHAIN_TAG_LEN + MF_HEX_LEN + 2)
#define SEED_TAG "sockwatch-record-chain-v1\n"
#define MANIFEST_MAX (1ull << 30)
#define CHECKPOINT_MAX 4096
#define IO_CHUNK (1u << 16)

/* ---- helpers --------------------------------------------------------- */

void mf_hex(char *out, const unsigned char *in, size_t n)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1; /* upper case is not what we write: not canonical */
}

int mf_unhex(unsigned char *out, const char *hex, size_t n)
{
	if (strlen(hex) != 2 * n)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int hi = hexval(hex[2 * i]), lo = hexval(hex[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

void mf_seg_name(char *buf, unsigned seq)
{
	snprintf(buf, MF_NAME_LEN, "seg-%06u.jsonl.gz", seq);
}

int mf_seg_parse(const char *name, unsigned *seq)
{
	const char *p = name + 4, *q;
	unsigned long v;
	char canon[MF_NAME_LEN];

	if (strncmp(name, "seg-", 4))
		return 0;
	for (q = p; isdigit((unsigned char)*q); q++)
		;
	if (q - p < 6 || q - p > 10 || strcmp(q, ".jsonl.gz"))
		return 0;
	v = strtoul(p, NULL, 10);
	if (!v || v > 0xffffffffUL)
		return 0;
	mf_seg_name(canon, (unsigned)v);
	if (strcmp(canon, name)) /* "seg-0000001..." is not a name we write */
		return 0;
	*seq = (unsigned)v;
	return 1;
}

bool mf_is_record_file(const char *name)
{
	unsigned seq;

	return !strcmp(name, MF_FILE) || !strcmp(name, MF_CHECKPOINT) ||
	       !strcmp(name, MF_CHECKPOINT_TMP) || mf_seg_parse(name, &seq);
}

/* SHA-256 (GnuTLS's Nettle) of one buffer. */
static void sha256_buf(unsigned char out[MF_HASH_LEN], const void *data, size_t len)
{
	struct sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
	sha256_digest(&ctx, MF_HASH_LEN, out);
}

int mf_chain_seed(unsigned char out[MF_HASH_LEN], const char *record_id_hex)
{
	char buf[sizeof(SEED_TAG) + MF_ID_HEX + 1];
	int n = snprintf(buf, sizeof(buf), "%s%s", SEED_TAG, record_id_hex);

	if (n < 0 || (size_t)n >= sizeof(buf))
		return -1;
	sha256_buf(out, buf, (size_t)n);
	return 0;
}

int mf_chain_next(unsigned char out[MF_HASH_LEN], const unsigned char prev[MF_HASH_LEN],
		  const char *body, size_t len)
{
	struct sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, MF_HASH_LEN, prev);
	sha256_update(&ctx, len, (const uint8_t *)body);
	sha256_digest(&ctx, MF_HASH_LEN, out);
	return 0;
}

/* ,"seal":"<64 hex>" */
#define SEAL_FIELD_LEN (sizeof(SEAL_TAG) - 1 + SEAL_HEX_LEN + 1)

/*
 * "<body>[,"seal":"<hex>"],"chain":"<hex>"}\n" into a new buffer; the seal
 * when seal is given (it evolves), *chain_out gets the chain value.
 */
static char *chain_line(const unsigned char prev[MF_HASH_LEN], const char *body,
			struct seal *seal, unsigned char chain_out[MF_HASH_LEN], size_t *len)
{
	size_t blen = strlen(body);
	char *line = malloc(blen + SEAL_FIELD_LEN + CHAIN_SUFFIX_LEN + 2);
	char hex[MF_HEX_LEN + 1];

	if (!line)
		return NULL;
	memcpy(line, body, blen);
	if (seal) {
		unsigned char mac[SEAL_KEY_LEN];

		seal_next(seal, prev, body, blen, mac);
		mf_hex(hex, mac, sizeof(mac));
		blen += (size_t)sprintf(line + blen, "%s%s\"", SEAL_TAG, hex);
	}
	if (mf_chain_next(chain_out, prev, line, blen)) {
		free(line);
		return NULL;
	}
	mf_hex(hex, chain_out, MF_HASH_LEN);
	*len = blen + (size_t)sprintf(line + blen, "%s%s\"}\n", CHAIN_TAG, hex);
	return line;
}

/* ---- writer ---------------------------------------------------------- */

int mf_writer_create(struct mf_writer *w, int dirfd, const char *record_id_hex)
{
	memset(w, 0, sizeof(*w));
	w->fd = -1;
	if (mf_chain_seed(w->chain, record_id_hex))
		return -EINVAL;
	w->fd = openat(dirfd, MF_FILE, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC |
		       O_APPEND, MF_FILE_MODE);
	if (w->fd < 0)
		return -errno;
	return 0;
}

int mf_append(struct mf_writer *w, const char *body)
{
	unsigned char next[MF_HASH_LEN];
	size_t len;
	char *line = chain_line(w->chain, body, w->seal, next, &len);
	int r;

	if (!line)
		return -ENOMEM;
	r = fd_write_all(w->fd, line, len);
	if (!r && fdatasync(w->fd))
		r = -errno;
	free(line);
	if (r) {
		/* never leave a torn line behind: cut back to the last whole one */
		if (ftruncate(w->fd, (off_t)w->size) == 0)
			fdatasync(w->fd);
		return r;
	}
	w->size += len;
	w->lines++;
	memcpy(w->chain, next, MF_HASH_LEN);
	return 0;
}

void mf_writer_close(struct mf_writer *w)
{
	if (w->fd >= 0)
		close(w->fd);
	w->fd = -1;
}

/* ---- checking -------------------------------------------------------- */

static const char *const status_names[MF_STATUS_COUNT] = {
	[MF_INTACT] = "intact",
	[MF_PRUNED] = "pruned",
	[MF_MISSING] = "missing",
	[MF_TRUNCATED] = "truncated",
	[MF_GROWN] = "size-mismatch",
	[MF_MODIFIED] = "modified",
	[MF_MISORDERED] = "out-of-order",
	[MF_EXTRA] = "extra",
	[MF_OPEN_CRASH] = "open-crashed",
	[MF_OPEN_LIVE] = "open-recording",
	[MF_UNTRUSTED] = "untrusted",
	[MF_FOREIGN] = "foreign",
};

const char *mf_status_name(enum mf_status s)
{
	return (unsigned)s < MF_STATUS_COUNT ? status_names[s] : "unknown";
}

const char *mf_manifest_name(enum mf_manifest_state s)
{
	switch (s) {
	case MFM_INTACT: return "intact";
	case MFM_MISSING: return "missing";
	case MFM_UNREADABLE: return "unreadable";
	case MFM_MALFORMED: return "malformed";
	case MFM_CHAIN_BROKEN: return "chain-broken";
	case MFM_TORN: return "torn";
	case MFM_HEAD_MISMATCH: return "head-mismatch";
	case MFM_SEAL_BROKEN: return "seal-broken";
	case MFM_UNSEALED: return "unsealed";
	}
	return "unknown";
}

int mf_status_parse(const char *name)
{
	for (int s = 0; s < MF_STATUS_COUNT; s++)
		if (!strcmp(status_names[s], name))
			return s;
	return -1;
}

int mf_manifest_parse(const char *name)
{
	for (int s = MFM_INTACT; s <= MFM_UNSEALED; s++)
		if (!strcmp(mf_manifest_name((enum mf_manifest_state)s), name))
			return s;
	return -1;
}

/* One manifest segment entry while checking. */
struct entry {
	unsigned seq;
	unsigned line, prune_line;   /* where listed, where pruned (0: not) */
	bool pruned, trusted;
	char file[MF_NAME_LEN];
	uint64_t bytes;
	unsigned char hash[MF_HASH_LEN];
	char hex[MF_HEX_LEN + 1];
	char start[MF_TS_LEN], end[MF_TS_LEN];
	uint64_t events, drops;
};

/* A segment-looking file found in the directory. */
struct found {
	unsigned seq;
	char name[256];
	int err;                 /* -errno opening/reading, 0 ok */
	bool regular;
	uint64_t size;
	unsigned char hash[MF_HASH_LEN];
	bool used;
};

/*
 * The format-2 checkpoints of the open segment are not kept in memory: a
 * segment open for days has one a second, and the manifest can be any
 * size. Reading it, only where they begin and a digest of them is noted;
 * the segment's check reads them again from there, one at a time, and
 * compares the digest (the manifest changed in between: nothing verified).
 */
struct cpoints {
	unsigned seq, n;              /* segment, checkpoints taken */
	off_t off;                    /* the first one's line in the manifest */
	unsigned first_line, last_line;
	uint64_t last_bytes;
	char last_ts[MF_TS_LEN];
	struct sha256_ctx sum;        /* of each one's line, bytes and hash */
};

struct check {
	int dirfd;
	struct mf_report *r;
	const unsigned char *key;     /* --key: k_0, or NULL */
	struct seal *seal;            /* the verifier's key state */
	struct cpoints cp;            /* of the last segment that had some */
	struct entry *ent;
	unsigned nent, capent;
	unsigned char head[MF_HASH_LEN];
	bool have_head;
	unsigned first_untrusted; /* line number; 0: chain fine */
	struct found *files;
	unsigned nfiles, capfiles;
};

static int grow(void **arr, unsigned *cap, unsigned need, size_t size)
{
	void *p;
	unsigned ncap;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 16;
	while (ncap < need)
		ncap *= 2;
	p = realloc(*arr, (size_t)ncap * size);
	if (!p)
		return -ENOMEM;
	*arr = p;
	*cap = ncap;
	return 0;
}

static int j_str(struct json_object *o, const char *key, char *buf, size_t len)
{
	struct json_object *v;
	const char *s;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return -1;
	s = json_object_get_string(v);
	if (strlen(s) >= len)
		return -1;
	strcpy(buf, s);
	return 0;
}

static int j_u64(struct json_object *o, const char *key, uint64_t *out)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int))
		return -1;
	if (json_object_get_int64(v) < 0)
		return -1;
	*out = json_object_get_uint64(v);
	return 0;
}

__attribute__((format(printf, 3, 4)))
static void mdetail(struct mf_report *r, enum mf_manifest_state st, const char *fmt, ...)
{
	va_list ap;

	if (r->manifest != MFM_INTACT)
		return; /* the first problem is the one to report */
	r->manifest = st;
	va_start(ap, fmt);
	vsnprintf(r->manifest_detail, sizeof(r->manifest_detail), fmt, ap);
	va_end(ap);
}

static int read_file_at(int dirfd, const char *name, uint64_t max, char **buf, size_t *len)
{
	struct stat st;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	size_t off = 0, cap;
	char *p;

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st)) {
		int e = -errno;

		close(fd);
		return e;
	}
	if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size > max) {
		close(fd);
		return !S_ISREG(st.st_mode) ? -EINVAL : -EFBIG;
	}
	cap = (size_t)st.st_size + 1;
	p = malloc(cap);
	if (!p) {
		close(fd);
		return -ENOMEM;
	}
	for (;;) {
		ssize_t n;

		if (off + 1 >= cap) { /* grew while we read: read what is there */
			char *q = realloc(p, cap * 2);

			if (!q || cap * 2 > max + 1) {
				free(q ? q : p);
				close(fd);
				return -EFBIG;
			}
			p = q;
			cap *= 2;
		}
		n = read(fd, p + off, cap - 1 - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = -errno;

			free(p);
			close(fd);
			return e;
		}
		if (n == 0)
			break;
		off += (size_t)n;
	}
	close(fd);
	p[off] = '\0';
	*buf = p;
	*len = off;
	return 0;
}

/* Where the chain field starts (body length) and its value. -1: none. */
static int split_chain(const char *line, size_t len, size_t *blen,
		       unsigned char stated[MF_HASH_LEN])
{
	char hex[MF_HEX_LEN + 1];

	if (len < CHAIN_SUFFIX_LEN + 2 || memcmp(line + len - 2, "\"}", 2) ||
	    memcmp(line + len - CHAIN_SUFFIX_LEN, CHAIN_TAG, CHAIN_TAG_LEN))
		return -1;
	*blen = len - CHAIN_SUFFIX_LEN;
	memcpy(hex, line + *blen + CHAIN_TAG_LEN, MF_HEX_LEN);
	hex[MF_HEX_LEN] = '\0';
	return mf_unhex(stated, hex, MF_HASH_LEN);
}

/*
 * The manifest, one line at a time in a fixed buffer: memory does not grow
 * with its size. A line longer than MF_LINE_MAX is malformed.
 */
struct lines {
	int fd;
	char *buf;               /* LINES_BUF + 1 */
	size_t off, len;
	off_t base;              /* the file offset of buf[0] */
	bool eof;
};
#define LINES_BUF (2 * MF_LINE_MAX)

/* 1: a line at *p of *n bytes, *nl when it ended in '\n' (only the last
 * may not); 0: end; -errno, -E2BIG for a line too long. */
static int next_line(struct lines *L, char **p, size_t *n, bool *nl)
{
	for (;;) {
		char *q = memchr(L->buf + L->off, '\n', L->len - L->off);
		ssize_t got;

		if (q) {
			*p = L->buf + L->off;
			*n = (size_t)(q - *p);
			*nl = true;
			L->off = (size_t)(q - L->buf) + 1;
			return 1;
		}
		if (L->len - L->off > MF_LINE_MAX)
			return -E2BIG;
		if (L->eof) {
			if (L->off == L->len)
				return 0;
			*p = L->buf + L->off;
			*n = L->len - L->off;
			*nl = false;
			L->off = L->len;
			(*p)[*n] = '\0';
			return 1;
		}
		memmove(L->buf, L->buf + L->off, L->len - L->off);
		L->base += (off_t)L->off;
		L->len -= L->off;
		L->off = 0;
		got = read(L->fd, L->buf + L->len, LINES_BUF - L->len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -errno;
		if (got == 0)
			L->eof = true;
		L->len += (size_t)got;
	}
}

/* Format 2: where the seal field starts in body[0..blen), and its value. */
static int split_seal(const char *body, size_t blen, size_t *plen,
		      unsigned char stated[SEAL_KEY_LEN])
{
	char hex[SEAL_HEX_LEN + 1];

	if (blen < SEAL_FIELD_LEN || body[blen - 1] != '"' ||
	    memcmp(body + blen - SEAL_FIELD_LEN, SEAL_TAG, sizeof(SEAL_TAG) - 1))
		return -1;
	*plen = blen - SEAL_FIELD_LEN;
	memcpy(hex, body + *plen + sizeof(SEAL_TAG) - 1, SEAL_HEX_LEN);
	hex[SEAL_HEX_LEN] = '\0';
	return mf_unhex(stated, hex, SEAL_KEY_LEN);
}

/*
 * Split one line into body and stated chain value, check the chain (and in
 * format 2 the seal: present always, proven when a key was given) and parse
 * the JSON. Returns the object, or NULL with the manifest state set.
 */
static struct json_object *take_line(struct check *c, unsigned lineno, const char *line,
				     size_t len, const unsigned char prev[MF_HASH_LEN],
				     unsigned char stated[MF_HASH_LEN], bool *chain_ok,
				     bool *seal_ok)
{
	unsigned char want[MF_HASH_LEN];
	struct json_tokener *tok;
	struct json_object *o;
	size_t blen, plen;

	if (split_chain(line, len, &blen, stated)) {
		mdetail(c->r, MFM_MALFORMED, "line %u: no chain value at its end", lineno);
		return NULL;
	}
	*seal_ok = true;
	if (c->r->sealed) {
		unsigned char seal[SEAL_KEY_LEN], mac[SEAL_KEY_LEN];

		if (split_seal(line, blen, &plen, seal)) {
			mdetail(c->r, MFM_MALFORMED, "line %u: no seal, though the record is "
				"sealed (format 2)", lineno);
			return NULL;
		}
		if (c->seal) {
			seal_next(c->seal, prev, line, plen, mac);
			*seal_ok = !memcmp(mac, seal, sizeof(mac));
		}
	}
	tok = json_tokener_new();
	if (!tok) {
		mdetail(c->r, MFM_UNREADABLE, "out of memory");
		return NULL;
	}
	o = json_tokener_parse_ex(tok, line, (int)len);
	if (!o || json_tokener_get_error(tok) != json_tokener_success ||
	    (size_t)json_tokener_get_parse_end(tok) != len ||
	    !json_object_is_type(o, json_type_object)) {
		json_object_put(o);
		json_tokener_free(tok);
		mdetail(c->r, MFM_MALFORMED, "line %u: not a JSON object", lineno);
		return NULL;
	}
	json_tokener_free(tok);
	*chain_ok = !mf_chain_next(want, prev, line, blen) && !memcmp(want, stated, MF_HASH_LEN);
	return o;
}

/* Line 1: the record id (the chain's seed) and the format (are there seals). */
static int read_header(struct check *c, char *p, size_t n, unsigned char seed[MF_HASH_LEN])
{
	struct mf_report *r = c->r;
	struct json_object *h;
	char id[MF_ID_HEX + 8];
	unsigned char raw[MF_ID_LEN];
	uint64_t fmt = 0;
	char save = p[n];

	p[n] = '\0';
	h = json_tokener_parse(p);
	p[n] = save;
	if (!h || j_str(h, "record_id", id, sizeof(id)) || mf_unhex(raw, id, MF_ID_LEN) ||
	    mf_chain_seed(seed, id)) {
		json_object_put(h);
		mdetail(r, MFM_MALFORMED, "line 1: not a record header with a record_id");
		return -1;
	}
	if (j_u64(h, "format", &fmt) || (fmt != 1 && fmt != 2)) {
		json_object_put(h);
		mdetail(r, MFM_MALFORMED, "line 1: not a format 1 or 2 record header");
		return -1;
	}
	json_object_put(h);
	r->format = (unsigned)fmt;
	r->sealed = fmt >= 2;
	if (c->key && !r->sealed) {
		mdetail(r, MFM_UNSEALED, "a key was given, but this record (format 1) carries "
			"no seals: nothing in it can be proven with the key");
		return 0;
	}
	if (c->key && seal_from_key(&c->seal, c->key)) {
		mdetail(r, MFM_UNREADABLE, "cannot lock memory for the key: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* A checkpoint's fields; 0 when all are there. */
static int cp_fields(struct json_object *o, uint64_t *seq, uint64_t *bytes,
		     unsigned char h[MF_HASH_LEN])
{
	char hex[MF_HEX_LEN + 1];

	return j_u64(o, "seq", seq) || j_u64(o, "bytes", bytes) ||
	       j_str(o, "sha256", hex, sizeof(hex)) || mf_unhex(h, hex, MF_HASH_LEN) ? -1 : 0;
}

static void cp_sum_add(struct sha256_ctx *sum, unsigned line, uint64_t bytes,
		       const unsigned char h[MF_HASH_LEN])
{
	sha256_update(sum, sizeof(line), (const uint8_t *)&line);
	sha256_update(sum, sizeof(bytes), (const uint8_t *)&bytes);
	sha256_update(sum, MF_HASH_LEN, h);
}

/* A format-2 checkpoint line (at manifest offset off): it belongs to the
 * segment after the last listed one, and vouches for at least as much as
 * the one before. */
static void take_checkpoint(struct check *c, struct json_object *o, unsigned lineno,
			    off_t off, unsigned next_seq)
{
	struct mf_report *r = c->r;
	struct cpoints *cp = &c->cp;
	uint64_t seq = 0, bytes = 0;
	unsigned char h[MF_HASH_LEN];

	if (r->format < 2) {
		mdetail(r, MFM_MALFORMED, "line %u: a checkpoint line in a format 1 manifest",
			lineno);
		return;
	}
	if (cp_fields(o, &seq, &bytes, h)) {
		mdetail(r, MFM_MALFORMED, "line %u: incomplete checkpoint entry", lineno);
		return;
	}
	if (seq != next_seq) {
		mdetail(r, MFM_MALFORMED, "line %u: checkpoint for segment %llu while segment %u "
			"is open", lineno, (unsigned long long)seq, next_seq);
		return;
	}
	if (cp->seq != seq || !cp->n) {
		memset(cp, 0, sizeof(*cp));
		cp->seq = (unsigned)seq;
		cp->off = off;
		cp->first_line = lineno;
		sha256_init(&cp->sum);
	}
	if (cp->n && bytes < cp->last_bytes) {
		mdetail(r, MFM_MALFORMED, "line %u: checkpoint of segment %llu vouches for fewer "
			"bytes than the one before it", lineno, (unsigned long long)seq);
		return;
	}
	cp->n++;
	cp->last_line = lineno;
	cp->last_bytes = bytes;
	cp->last_ts[0] = '\0';
	j_str(o, "ts", cp->last_ts, sizeof(cp->last_ts));
	cp_sum_add(&cp->sum, lineno, bytes, h);
}

static struct found *find_file(struct check *c, unsigned seq);

static void read_manifest(struct check *c, const char *expect_head)
{
	struct mf_report *r = c->r;
	unsigned char prev[MF_HASH_LEN], stated[MF_HASH_LEN], want_head[MF_HASH_LEN];
	unsigned char before[MF_HASH_LEN]; /* chain value of the line before the last */
	bool head_found = false, want = false;
	unsigned head_line = 0, lineno = 0, next_seq = 1;
	struct lines L = { .fd = -1 };
	struct stat st;
	char *p = NULL;
	size_t n = 0;
	bool nl = false;
	int e;

	if (expect_head) {
		want = true;
		if (mf_unhex(want_head, expect_head, MF_HASH_LEN))
			memset(want_head, 0xff, sizeof(want_head)); /* never matches */
	}
	L.fd = openat(c->dirfd, MF_FILE, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (L.fd < 0 && errno == ENOENT) {
		mdetail(r, MFM_MISSING, "%s is missing: no segment can be checked", MF_FILE);
		return;
	}
	e = L.fd < 0 ? -errno : fstat(L.fd, &st) ? -errno : !S_ISREG(st.st_mode) ? -EINVAL : 0;
	if (!e && !(L.buf = malloc(LINES_BUF + 1)))
		e = -ENOMEM;
	if (e) {
		mdetail(r, MFM_UNREADABLE, "%s: %s", MF_FILE,
			e == -ELOOP ? "is a symlink" : e == -EINVAL ? "not a regular file"
								       : strerror(-e));
		if (L.fd >= 0)
			close(L.fd);
		return;
	}
	while ((e = next_line(&L, &p, &n, &nl)) == 1) {
		struct json_object *o;
		char type[16], hex[MF_HEX_LEN + 1];
		bool chain_ok = false, seal_ok = true;

		lineno++;
		if (!nl && r->live) {
			lineno--; /* being appended right now: not ours to judge yet */
			break;
		}
		if (!nl) {
			mdetail(r, MFM_TORN, "line %u is incomplete (%zu bytes, no newline): "
				"the recorder died while appending", lineno, n);
			if (!c->first_untrusted)
				c->first_untrusted = lineno;
			break;
		}
		if (lineno == 1 && read_header(c, p, n, prev)) {
			c->first_untrusted = 1;
			break;
		}
		o = take_line(c, lineno, p, n, prev, stated, &chain_ok, &seal_ok);
		if (!o) {
			if (!c->first_untrusted)
				c->first_untrusted = lineno;
			break; /* cannot follow the chain past an unparseable line */
		}
		if (chain_ok && !seal_ok) {
			/* the chain holds, the seal does not: written by someone without
			 * the key of its time, and so is everything after it */
			if (lineno == 1)
				mdetail(r, MFM_SEAL_BROKEN, "the seal of line 1 fails: this is not "
					"the record's key, or the whole manifest was rewritten");
			else
				mdetail(r, MFM_SEAL_BROKEN, "seal broken at line %u: the manifest "
					"was rewritten from there on by someone who did not hold the "
					"key of that time", lineno);
			if (!c->first_untrusted)
				c->first_untrusted = lineno;
			if (lineno == 1) {
				c->have_head = false;
				r->manifest_lines = 0;
			}
			if (head_line >= c->first_untrusted)
				head_found = false;
		}
		if (!chain_ok) {
			mdetail(r, MFM_CHAIN_BROKEN, "chain broken at line %u: the line or the one "
				"before it was changed, removed or inserted", lineno);
			if (!c->first_untrusted) {
				/* a line rewritten with a fresh chain value breaks the next one:
				 * the one before the break is as suspect as the break */
				c->first_untrusted = lineno > 1 ? lineno - 1 : 1;
				if (lineno <= 2) {
					c->have_head = false;
					r->manifest_lines = 0;
				} else {
					memcpy(c->head, before, MF_HASH_LEN);
					r->manifest_lines = lineno - 2;
				}
				if (head_line >= c->first_untrusted)
					head_found = false;
			}
		}
		memcpy(before, prev, MF_HASH_LEN);
		memcpy(prev, stated, MF_HASH_LEN);
		if (!c->first_untrusted) {
			memcpy(c->head, stated, MF_HASH_LEN);
			c->have_head = true;
			r->manifest_lines = lineno;
			if (c->seal)
				r->sealed_lines = lineno;
		}
		if (want && !memcmp(stated, want_head, MF_HASH_LEN) && !c->first_untrusted) {
			head_found = true;
			head_line = lineno;
		}
		if (j_str(o, "type", type, sizeof(type))) {
			mdetail(r, MFM_MALFORMED, "line %u: no type", lineno);
			json_object_put(o);
			if (!c->first_untrusted)
				c->first_untrusted = lineno;
			break;
		}
		if (lineno == 1 || !strcmp(type, "record")) {
			if (lineno != 1 || strcmp(type, "record")) {
				if (lineno == 1)
					mdetail(r, MFM_MALFORMED, "line 1: not a record header");
				else
					mdetail(r, MFM_MALFORMED, "line %u: a second record header",
						lineno);
				json_object_put(o);
				if (!c->first_untrusted)
					c->first_untrusted = lineno;
				break;
			}
			j_str(o, "record_id", r->record_id, sizeof(r->record_id));
			j_str(o, "host", r->host, sizeof(r->host));
			j_str(o, "kernel", r->kernel, sizeof(r->kernel));
			j_str(o, "sockwatch", r->version, sizeof(r->version));
			j_str(o, "started", r->started, sizeof(r->started));
			j_u64(o, "rotate_size", &r->rotate_size);
			j_u64(o, "rotate_interval_ms", &r->rotate_interval_ms);
			j_u64(o, "keep", &r->keep);
			j_u64(o, "flush_ms", &r->flush_ms);
		} else if (r->stopped) {
			mdetail(r, MFM_MALFORMED, "line %u: an entry after the stop entry", lineno);
		} else if (!strcmp(type, "segment")) {
			struct entry *en;
			uint64_t seq;
			char want_name[MF_NAME_LEN];

			if (grow((void **)&c->ent, &c->capent, c->nent + 1, sizeof(*c->ent))) {
				mdetail(r, MFM_UNREADABLE, "out of memory");
				json_object_put(o);
				break;
			}
			en = &c->ent[c->nent];
			memset(en, 0, sizeof(*en));
			if (j_u64(o, "seq", &seq) || !seq || seq > 0xffffffffu ||
			    j_str(o, "file", en->file, sizeof(en->file)) ||
			    j_u64(o, "bytes", &en->bytes) || j_str(o, "sha256", hex, sizeof(hex)) ||
			    mf_unhex(en->hash, hex, MF_HASH_LEN)) {
				mdetail(r, MFM_MALFORMED, "line %u: incomplete segment entry", lineno);
				json_object_put(o);
				continue;
			}
			/* a segment listed again, or before one listed already: a bad
			 * line, not another entry (copies of one line must not grow
			 * memory with the manifest's size) */
			if (c->nent && seq <= c->ent[c->nent - 1].seq) {
				mdetail(r, MFM_MALFORMED, "line %u: segment %llu listed after segment "
					"%u", lineno, (unsigned long long)seq, c->ent[c->nent - 1].seq);
				json_object_put(o);
				continue;
			}
			/* after a break an entry vouches for nothing: kept only to name
			 * a file that is there, so lines made up in bulk cost nothing */
			if (c->first_untrusted && !find_file(c, (unsigned)seq)) {
				next_seq = (unsigned)seq + 1;
				json_object_put(o);
				continue;
			}
			en->seq = (unsigned)seq;
			mf_seg_name(want_name, en->seq);
			if (strcmp(want_name, en->file))
				mdetail(r, MFM_MALFORMED, "line %u: segment %u is named '%s', expected "
					"'%s'", lineno, en->seq, en->file, want_name);
			/* From here on the segment is known by the name we derive and
			 * check, never by the listed one: a listed "../x" must not
			 * lead a reader outside DIR. */
			snprintf(en->file, sizeof(en->file), "%s", want_name);
			if (en->seq != next_seq)
				mdetail(r, MFM_MALFORMED, "line %u: segment %u listed where %u was "
					"expected", lineno, en->seq, next_seq);
			next_seq = en->seq + 1;
			strcpy(en->hex, hex);
			j_str(o, "start", en->start, sizeof(en->start));
			j_str(o, "end", en->end, sizeof(en->end));
			j_u64(o, "events", &en->events);
			j_u64(o, "drops", &en->drops);
			en->line = lineno;
			c->nent++;
		} else if (!strcmp(type, "checkpoint")) {
			/* only checkpoints before any doubt vouch for anything */
			if (!c->first_untrusted)
				take_checkpoint(c, o, lineno, L.base + (off_t)(p - L.buf), next_seq);
		} else if (!strcmp(type, "prune")) {
			uint64_t seq;
			unsigned i;

			if (j_u64(o, "seq", &seq)) {
				mdetail(r, MFM_MALFORMED, "line %u: prune entry without seq", lineno);
			} else {
				for (i = 0; i < c->nent && c->ent[i].seq != seq; i++)
					;
				if (i == c->nent || c->ent[i].prune_line)
					mdetail(r, MFM_MALFORMED, "line %u: prunes segment %llu, which "
						"is not listed before it", lineno,
						(unsigned long long)seq);
				else
					c->ent[i].prune_line = lineno;
			}
		} else if (!strcmp(type, "stop")) {
			r->stopped = true;
			j_str(o, "ts", r->ended, sizeof(r->ended));
			j_str(o, "reason", r->stop_reason, sizeof(r->stop_reason));
			j_u64(o, "events", &r->events);
			j_u64(o, "drops", &r->drops);
		} else {
			mdetail(r, MFM_MALFORMED, "line %u: unknown entry type '%s'", lineno, type);
		}
		json_object_put(o);
	}
	if (e < 0) {
		lineno++;
		if (e == -E2BIG)
			mdetail(r, MFM_MALFORMED, "line %u: longer than %u bytes", lineno,
				MF_LINE_MAX);
		else
			mdetail(r, MFM_UNREADABLE, "%s: %s", MF_FILE, strerror(-e));
		if (!c->first_untrusted)
			c->first_untrusted = lineno;
	}
	close(L.fd);
	free(L.buf);
	/* only what precedes the first doubtful line vouches for anything */
	for (unsigned i = 0; i < c->nent; i++) {
		struct entry *en = &c->ent[i];

		en->trusted = !c->first_untrusted || en->line < c->first_untrusted;
		en->pruned = en->prune_line &&
			     (!c->first_untrusted || en->prune_line < c->first_untrusted);
	}
	/* checkpoints of a segment that was closed after them are history */
	if (c->cp.seq != next_seq)
		c->cp.n = 0;
	r->seals_checked = c->seal && r->manifest == MFM_INTACT;
	if (lineno == 0)
		mdetail(r, MFM_MALFORMED, "%s is empty", MF_FILE);
	if (c->have_head)
		mf_hex(r->chain_head, c->head, MF_HASH_LEN);
	if (want && !head_found)
		mdetail(r, MFM_HEAD_MISMATCH, "the expected chain head is not in the manifest: "
			"entries were removed from its end, or it was rewritten");
	else if (want && head_line < r->manifest_lines && r->manifest == MFM_INTACT)
		snprintf(r->manifest_detail, sizeof(r->manifest_detail),
			 "expected head found at line %u; %u entries were appended after it",
			 head_line, r->manifest_lines - head_line);
}

/* Size and SHA-256 of a file (all of it, or its first `limit` bytes). */
static int hash_file(int fd, uint64_t limit, uint64_t *size, unsigned char out[MF_HASH_LEN])
{
	char *buf = malloc(IO_CHUNK);
	const size_t bufsize = IO_CHUNK;
	struct sha256_ctx ctx;
	uint64_t total = 0;
	int r = 0;

	*size = 0;
	if (!buf)
		return -ENOMEM;
	sha256_init(&ctx);
	while (total < limit) {
		size_t want = limit - total < bufsize ? (size_t)(limit - total) : bufsize;
		ssize_t n = pread(fd, buf, want, (off_t)total);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			r = -errno;
			break;
		}
		if (n == 0)
			break;
		sha256_update(&ctx, (size_t)n, (const uint8_t *)buf);
		total += (uint64_t)n;
	}
	if (!r)
		sha256_digest(&ctx, MF_HASH_LEN, out);
	free(buf);
	*size = total;
	return r;
}

/* The directory's files, before the manifest is read: which segments are
 * there decides which entries after a break are worth keeping. */
static void list_dir(struct check *c)
{
	int fd = dup(c->dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;

	if (!d) {
		if (fd >= 0)
			close(fd);
		mdetail(c->r, MFM_UNREADABLE, "cannot list the directory: %s", strerror(errno));
		return;
	}
	while ((de = readdir(d))) {
		struct found *f;
		unsigned seq = 0;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") ||
		    !strcmp(de->d_name, MF_FILE))
			continue;
		if (grow((void **)&c->files, &c->capfiles, c->nfiles + 1, sizeof(*c->files)))
			break;
		f = &c->files[c->nfiles++];
		memset(f, 0, sizeof(*f));
		snprintf(f->name, sizeof(f->name), "%s", de->d_name);
		if (mf_seg_parse(de->d_name, &seq))
			f->seq = seq;
	}
	closedir(d);
}

static void scan_dir(struct check *c)
{
	unsigned n = 0;

	/* only an open segment has a checkpoint; a closed record has none */
	for (unsigned i = 0; i < c->nfiles; i++)
		if (c->r->stopped || (strcmp(c->files[i].name, MF_CHECKPOINT) &&
				      strcmp(c->files[i].name, MF_CHECKPOINT_TMP)))
			c->files[n++] = c->files[i];
	c->nfiles = n;
	for (unsigned i = 0; i < c->nfiles; i++) {
		struct found *f = &c->files[i];
		struct stat st;
		int sfd;

		if (!f->seq)
			continue;
		sfd = openat(c->dirfd, f->name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		if (sfd < 0) {
			f->err = -errno;
			continue;
		}
		if (fstat(sfd, &st) || !S_ISREG(st.st_mode)) {
			f->err = -EINVAL;
			close(sfd);
			continue;
		}
		f->regular = true;
		f->err = hash_file(sfd, UINT64_MAX, &f->size, f->hash);
		close(sfd);
	}
}

static struct found *find_file(struct check *c, unsigned seq)
{
	for (unsigned i = 0; i < c->nfiles; i++)
		if (c->files[i].seq == seq)
			return &c->files[i];
	return NULL;
}

static struct entry *find_entry(struct check *c, unsigned seq)
{
	for (unsigned i = 0; i < c->nent; i++)
		if (c->ent[i].seq == seq)
			return &c->ent[i];
	return NULL;
}

/* Another listed segment with exactly this content, if any. */
static struct entry *content_of(struct check *c, const struct found *f, unsigned not_seq)
{
	for (unsigned i = 0; i < c->nent; i++)
		if (c->ent[i].seq != not_seq && c->ent[i].bytes == f->size &&
		    !memcmp(c->ent[i].hash, f->hash, MF_HASH_LEN))
			return &c->ent[i];
	return NULL;
}

static struct mf_segment *add_seg(struct check *c, unsigned seq, const char *file,
				  unsigned *cap)
{
	struct mf_report *r = c->r;
	struct mf_segment *s;

	if (grow((void **)&r->seg, cap, r->nseg + 1, sizeof(*r->seg)))
		return NULL;
	s = &r->seg[r->nseg++];
	memset(s, 0, sizeof(*s));
	s->seq = seq;
	snprintf(s->file, sizeof(s->file), "%s", file);
	return s;
}

__attribute__((format(printf, 3, 4)))
static void sdetail(struct mf_segment *s, enum mf_status st, const char *fmt, ...)
{
	va_list ap;

	s->status = st;
	va_start(ap, fmt);
	vsnprintf(s->detail, sizeof(s->detail), fmt, ap);
	va_end(ap);
}

static const char *file_err(int e)
{
	return e == -ELOOP ? "replaced by a symlink" : e == -EINVAL ? "not a regular file"
								   : strerror(-e);
}

/*
 * The record a segment file names in its first line (record_start): 1 with
 * id and seq, 0 when no such line can be read from it.
 */
static int seg_origin(int fd, char id[MF_ID_HEX + 1], uint64_t *seq)
{
	const size_t cap = MF_LINE_MAX;
	unsigned char *in = malloc(IO_CHUNK);
	char *first = malloc(cap), out[4096];
	struct json_object *o = NULL;
	z_stream z = {0};
	size_t flen = 0;
	bool done = false;
	off_t off = 0;
	int zr = Z_OK, found = 0;

	if (!in || !first || inflateInit2(&z, 15 + 16) != Z_OK)
		goto out_free;
	while (!done && zr == Z_OK) {
		ssize_t n = pread(fd, in, IO_CHUNK, off);

		if (n <= 0)
			break;
		off += n;
		z.next_in = in;
		z.avail_in = (unsigned)n;
		do {
			z.next_out = (unsigned char *)out;
			z.avail_out = sizeof(out);
			zr = inflate(&z, Z_NO_FLUSH);
			for (size_t i = 0; i < sizeof(out) - z.avail_out && !done; i++) {
				if (out[i] == '\n' || flen == cap - 1)
					done = true;
				else
					first[flen++] = out[i];
			}
		} while (!done && zr == Z_OK && (z.avail_in || z.avail_out == 0));
	}
	inflateEnd(&z);
	if (!done)
		goto out_free;
	first[flen] = '\0';
	o = json_tokener_parse(first);
	{
		char ev[32];

		if (o && !j_str(o, "event", ev, sizeof(ev)) && !strcmp(ev, "record_start") &&
		    !j_str(o, "record_id", id, MF_ID_HEX + 1) && !j_u64(o, "seq", seq))
			found = 1;
	}
	json_object_put(o);
out_free:
	free(in);
	free(first);
	return found;
}

/* A file that starts as another record's segment: say whose. */
static bool judge_foreign(struct check *c, struct mf_segment *s, const char *name)
{
	char id[MF_ID_HEX + 1];
	uint64_t seq = 0;
	int fd = openat(c->dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK), got;

	if (fd < 0 || !c->r->record_id[0]) {
		if (fd >= 0)
			close(fd);
		return false;
	}
	got = seg_origin(fd, id, &seq);
	close(fd);
	if (!got || !strcmp(id, c->r->record_id))
		return false;
	snprintf(s->foreign_id, sizeof(s->foreign_id), "%s", id);
	sdetail(s, MF_FOREIGN, "segment %llu of another record, %s: spliced in from it",
		(unsigned long long)seq, id);
	return true;
}

/* Compare a present file with its entry. */
static void judge(struct check *c, struct mf_segment *s, const struct entry *en,
		  const struct found *f)
{
	const struct entry *other;

	if (f->err || !f->regular) {
		sdetail(s, MF_MODIFIED, "%s", file_err(f->err ? f->err : -EINVAL));
		return;
	}
	if (f->size == en->bytes && !memcmp(f->hash, en->hash, MF_HASH_LEN)) {
		if (!en->trusted)
			sdetail(s, MF_UNTRUSTED, "matches its entry, but the entry (line %u) is at "
				"or after the manifest's chain or seal break", en->line);
		else if (en->pruned)
			sdetail(s, MF_PRUNED, "pruning was recorded, but the file is still here "
				"(and intact)");
		else
			s->status = MF_INTACT;
		return;
	}
	other = content_of(c, f, en->seq);
	if (other)
		sdetail(s, MF_MISORDERED, "holds the content of segment %u (%s): renamed or "
			"reordered", other->seq, other->file);
	else if (judge_foreign(c, s, f->name))
		return;
	else if (f->size < en->bytes)
		sdetail(s, MF_TRUNCATED, "%llu of %llu bytes",
			(unsigned long long)f->size, (unsigned long long)en->bytes);
	else if (f->size > en->bytes)
		sdetail(s, MF_GROWN, "%llu bytes, %llu when closed (data added)",
			(unsigned long long)f->size, (unsigned long long)en->bytes);
	else
		sdetail(s, MF_MODIFIED, "SHA-256 differs from the manifest");
}

/*
 * Format 2: every checkpoint of the open segment against its prefix, read
 * again from the manifest one line at a time (struct cpoints). 0 and
 * *vbytes (what the last one vouches for), or -1 with the verdict set.
 */
static int check_cpoints(struct check *c, struct mf_segment *s, int fd, const char *what,
			 uint64_t *vbytes, char *cp, size_t cplen)
{
	const struct cpoints *want = &c->cp;
	struct sha256_ctx ctx, copy, sum;
	struct lines L = { .fd = -1 };
	struct json_tokener *tok = NULL;
	unsigned char h[MF_HASH_LEN], a[MF_HASH_LEN], b[MF_HASH_LEN];
	unsigned lineno, n = 0;
	uint64_t off = 0, last = 0;
	char *buf = NULL, *p;
	size_t len;
	bool nl;
	int e = 0, verdict = 0;

	*vbytes = 0;
	if (!want->n || want->seq != s->seq) {
		snprintf(cp, cplen, "no checkpoint (none written yet, or writing it failed)");
		return 0;
	}
	L.fd = openat(c->dirfd, MF_FILE, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (L.fd < 0 || lseek(L.fd, want->off, SEEK_SET) != want->off)
		e = errno ? errno : EIO;
	else if (!(buf = malloc(IO_CHUNK)) || !(L.buf = malloc(LINES_BUF + 1)) ||
		 !(tok = json_tokener_new()))
		e = ENOMEM;
	if (e) {
		snprintf(cp, cplen, "its checkpoints could not be read again (%s): nothing in it "
			 "is verified", strerror(e));
		goto out;
	}
	L.base = want->off;
	sha256_init(&sum);
	sha256_init(&ctx);
	for (lineno = want->first_line; lineno <= want->last_line; lineno++) {
		struct json_object *o;
		uint64_t seq, bytes;
		char type[16], ts[MF_TS_LEN];
		unsigned char ch[MF_HASH_LEN];

		e = next_line(&L, &p, &len, &nl);
		if (e != 1 || !nl)
			break;
		p[len] = '\0'; /* the '\n' */
		json_tokener_reset(tok);
		o = json_tokener_parse_ex(tok, p, (int)len);
		/* as take_checkpoint() took them: the others are not counted */
		if (!o || j_str(o, "type", type, sizeof(type)) || strcmp(type, "checkpoint") ||
		    cp_fields(o, &seq, &bytes, ch) || seq != want->seq || (n && bytes < last)) {
			json_object_put(o);
			continue;
		}
		ts[0] = '\0';
		j_str(o, "ts", ts, sizeof(ts));
		json_object_put(o);
		n++;
		last = bytes;
		cp_sum_add(&sum, lineno, bytes, ch);
		while (off < bytes) {
			size_t get = bytes - off < IO_CHUNK ? (size_t)(bytes - off) : IO_CHUNK;
			ssize_t got = pread(fd, buf, get, (off_t)off);

			if (got < 0 && errno == EINTR)
				continue;
			if (got <= 0)
				break;
			sha256_update(&ctx, (size_t)got, (const uint8_t *)buf);
			off += (uint64_t)got;
		}
		if (off < bytes) {
			sdetail(s, MF_TRUNCATED, "%s; shorter (%llu bytes) than its checkpoint at "
				"manifest line %u (%llu bytes)", what, (unsigned long long)s->bytes,
				lineno, (unsigned long long)bytes);
			verdict = -1;
			goto out;
		}
		copy = ctx;
		sha256_digest(&copy, MF_HASH_LEN, h);
		if (memcmp(h, ch, MF_HASH_LEN)) {
			sdetail(s, MF_MODIFIED, "%s; modified: its first %llu bytes differ from the "
				"checkpoint at manifest line %u (%s)", what, (unsigned long long)bytes,
				lineno, ts);
			verdict = -1;
			goto out;
		}
	}
	copy = want->sum;
	sha256_digest(&copy, MF_HASH_LEN, a);
	sha256_digest(&sum, MF_HASH_LEN, b);
	if (n != want->n || memcmp(a, b, MF_HASH_LEN)) {
		snprintf(cp, cplen, "the manifest's checkpoints changed while it was read: "
			 "nothing in it is verified");
		goto out;
	}
	*vbytes = want->last_bytes;
	snprintf(cp, cplen, "first %llu of %llu bytes match the checkpoint of %s (and the %u "
		 "before it)", (unsigned long long)*vbytes, (unsigned long long)s->bytes,
		 want->last_ts, want->n - 1);
out:
	if (tok)
		json_tokener_free(tok);
	if (L.fd >= 0)
		close(L.fd);
	free(L.buf);
	free(buf);
	return verdict;
}

/* Format 1: checkpoint.json, chained on the manifest head, for this seq. */
static int check_cpoint_file(struct check *c, struct mf_segment *s, int fd, const char *what,
			     uint64_t *vbytes, char *cp, size_t cplen)
{
	char *buf = NULL;
	size_t len = 0;
	int e = read_file_at(c->dirfd, MF_CHECKPOINT, CHECKPOINT_MAX, &buf, &len);

	*vbytes = 0;
	snprintf(cp, cplen, "no checkpoint (none written yet, or writing it failed)");
	if (!e) {
		unsigned char stated[MF_HASH_LEN], want[MF_HASH_LEN], h[MF_HASH_LEN], ph[MF_HASH_LEN];
		struct json_object *o = NULL;
		uint64_t seq = 0, bytes = 0, got = 0;
		char hex[MF_HEX_LEN + 1], ts[MF_TS_LEN] = "";
		size_t blen;

		if (len && buf[len - 1] == '\n')
			buf[--len] = '\0';
		if (split_chain(buf, len, &blen, stated) ||
		    !(o = json_tokener_parse(buf)) || j_u64(o, "seq", &seq) ||
		    j_u64(o, "bytes", &bytes) || j_str(o, "sha256", hex, sizeof(hex)) ||
		    mf_unhex(h, hex, MF_HASH_LEN)) {
			snprintf(cp, cplen, "checkpoint is malformed");
		} else if (!c->have_head || mf_chain_next(want, c->head, buf, blen) ||
			   memcmp(want, stated, MF_HASH_LEN)) {
			snprintf(cp, cplen, "checkpoint does not chain to this manifest");
		} else if (seq != s->seq) {
			snprintf(cp, cplen, "checkpoint is for segment %llu", (unsigned long long)seq);
		} else {
			j_str(o, "ts", ts, sizeof(ts));
			if (hash_file(fd, bytes, &got, ph) || got != bytes) {
				json_object_put(o);
				free(buf);
				sdetail(s, MF_TRUNCATED, "%s; shorter (%llu bytes) than its last "
					"checkpoint (%llu bytes)", what, (unsigned long long)s->bytes,
					(unsigned long long)bytes);
				return -1;
			}
			if (memcmp(ph, h, MF_HASH_LEN)) {
				json_object_put(o);
				free(buf);
				sdetail(s, MF_MODIFIED, "%s; modified: its first %llu bytes differ from "
					"the last checkpoint", what, (unsigned long long)bytes);
				return -1;
			}
			*vbytes = bytes;
			snprintf(cp, cplen, "first %llu of %llu bytes match the checkpoint of %s",
				 (unsigned long long)bytes, (unsigned long long)s->bytes, ts);
		}
		json_object_put(o);
	} else if (e != -ENOENT) {
		snprintf(cp, cplen, "checkpoint unreadable: %s", file_err(e));
	}
	free(buf);
	return 0;
}

/*
 * The open segment: how much of it the checkpoints vouch for, whether it
 * starts as this record's segment, and how much of it decompresses, before
 * and after what is vouched for.
 */
static void judge_open(struct check *c, struct mf_segment *s, const struct found *f)
{
	struct mf_report *r = c->r;
	enum mf_status st = r->live ? MF_OPEN_LIVE : MF_OPEN_CRASH;
	const char *what = r->live ? "open: being recorded now"
				   : "open: never closed (the recorder was killed, crashed or "
				     "failed writing)";
	char cp[256], readable[128] = "", tail[160] = "", id[MF_ID_HEX + 1];
	uint64_t vbytes = 0, seq = 0;
	int fd;

	s->bytes = f->size;
	if (!f->regular || f->err) {
		sdetail(s, MF_MODIFIED, "%s", file_err(f->err ? f->err : -EINVAL));
		return;
	}
	fd = openat(c->dirfd, f->name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		sdetail(s, MF_MODIFIED, "%s", file_err(-errno));
		return;
	}
	if (seg_origin(fd, id, &seq) && strcmp(id, r->record_id)) {
		close(fd);
		judge_foreign(c, s, f->name);
		return;
	}
	if ((r->format >= 2 ? check_cpoints(c, s, fd, what, &vbytes, cp, sizeof(cp))
			    : check_cpoint_file(c, s, fd, what, &vbytes, cp, sizeof(cp)))) {
		close(fd);
		return;
	}

	/* decompress what is there: whole lines, before and after vbytes */
	{
		z_stream z = {0};
		unsigned char *in = malloc(IO_CHUNK);
		char *out = malloc(IO_CHUNK);
		char first[1024];
		size_t flen = 0;
		bool first_done = false, ended = false;
		uint64_t lines = 0, vlines = 0;
		off_t off = 0;
		int zr = Z_OK;

		if (!in || !out || inflateInit2(&z, 15 + 16) != Z_OK) {
			free(in);
			free(out);
			close(fd);
			sdetail(s, st, "%s; %s", what, cp);
			return;
		}
		for (;;) {
			/* stop a read at vbytes, to count the lines vouched for */
			size_t want = (uint64_t)off < vbytes && vbytes - (uint64_t)off < IO_CHUNK
				      ? (size_t)(vbytes - (uint64_t)off) : IO_CHUNK;
			ssize_t n = pread(fd, in, want, off);

			if (n <= 0)
				break;
			off += n;
			z.next_in = in;
			z.avail_in = (unsigned)n;
			for (;;) {
				/* a segment is members one after another (segment_gz.h) */
				if (zr == Z_STREAM_END) {
					inflateReset(&z);
					ended = false;
				}
				z.next_out = (unsigned char *)out;
				z.avail_out = IO_CHUNK;
				zr = inflate(&z, Z_NO_FLUSH);
				size_t got = IO_CHUNK - z.avail_out;

				for (size_t i = 0; i < got; i++) {
					if (!first_done) {
						if (out[i] == '\n')
							first_done = true;
						else if (flen < sizeof(first) - 1)
							first[flen++] = out[i];
					}
					lines += out[i] == '\n';
				}
				if (zr == Z_STREAM_END) {
					ended = true;
					if (!z.avail_in)
						break;
					continue;
				}
				if (zr == Z_BUF_ERROR && !z.avail_in)
					zr = Z_OK;   /* the output filled just as the input ran out */
				if (zr != Z_OK || z.avail_out != 0)
					break;
			}
			if ((uint64_t)off <= vbytes)
				vlines = lines;
			if (zr != Z_OK && zr != Z_STREAM_END)
				break;
		}
		inflateEnd(&z);
		free(in);
		free(out);
		close(fd);
		first[flen] = '\0';
		if (first_done) {
			struct json_object *o = json_tokener_parse(first);
			char ev[32] = "", rid[MF_ID_HEX + 8] = "";

			seq = 0;
			if (!o || j_str(o, "event", ev, sizeof(ev)) || strcmp(ev, "record_start") ||
			    j_str(o, "record_id", rid, sizeof(rid)) || strcmp(rid, r->record_id) ||
			    j_u64(o, "seq", &seq) || seq != s->seq) {
				json_object_put(o);
				sdetail(s, MF_MODIFIED, "%s; does not start with this record's "
					"record_start for segment %u", what, s->seq);
				return;
			}
			json_object_put(o);
		}
		snprintf(readable, sizeof(readable), "%llu complete lines decompress%s",
			 (unsigned long long)lines,
			 ended ? "" : zr == Z_BUF_ERROR || zr == Z_OK ? ", then it stops mid-stream"
			 : ", then the data is corrupt");
		s->verified_bytes = vbytes;
		s->tail_bytes = f->size - vbytes;
		s->tail_lines = lines - vlines;
		if (s->tail_bytes)
			snprintf(tail, sizeof(tail), "; UNVERIFIED TAIL: the %llu bytes (%llu lines) "
				 "after the last checkpoint are vouched for by nothing",
				 (unsigned long long)s->tail_bytes, (unsigned long long)s->tail_lines);
	}
	sdetail(s, st, "%s; %s; %s%s", what, cp, readable, tail);
}

static int cmp_seg(const void *a, const void *b)
{
	const struct mf_segment *x = a, *y = b;

	if (!x->seq != !y->seq)
		return x->seq ? -1 : 1; /* numbered first */
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return strcmp(x->file, y->file);
}

static void build(struct check *c)
{
	struct mf_report *r = c->r;
	unsigned cap = 0, last = 0, open_seq;
	bool open_taken = false;

	for (unsigned i = 0; i < c->nent; i++) {
		struct entry *en = &c->ent[i];
		struct found *f = find_file(c, en->seq);
		struct mf_segment *s = add_seg(c, en->seq, en->file, &cap);

		if (!s)
			return;
		s->listed = true;
		s->bytes = en->bytes;
		strcpy(s->sha256, en->hex);
		strcpy(s->start, en->start);
		strcpy(s->end, en->end);
		s->events = en->events;
		s->drops = en->drops;
		if (en->seq > last)
			last = en->seq;
		if (!r->stopped) {
			r->events += en->events;
			r->drops += en->drops;
		}
		if (!f) {
			if (en->pruned && en->trusted)
				sdetail(s, MF_PRUNED, "removed by the --keep policy, as recorded");
			else if (!en->trusted)
				sdetail(s, MF_UNTRUSTED, "missing, and its entry (line %u) is at or "
					"after the manifest's chain or seal break", en->line);
			else
				sdetail(s, MF_MISSING, "listed in the manifest, file is gone");
			continue;
		}
		f->used = true;
		judge(c, s, en, f);
	}

	/* Files no entry accounts for: the open segment, or extras. */
	open_seq = last + 1;
	for (unsigned i = 0; i < c->nfiles; i++) {
		struct found *f = &c->files[i];
		struct mf_segment *s;
		struct entry *other;

		if (f->used)
			continue;
		s = add_seg(c, f->seq, f->name, &cap);
		if (!s)
			return;
		s->bytes = f->size;
		if (!f->seq) {
			sdetail(s, MF_EXTRA, "not part of a record");
			continue;
		}
		if (find_entry(c, f->seq)) /* cannot happen: used */
			continue;
		if (f->regular && !f->err && (other = content_of(c, f, f->seq))) {
			sdetail(s, MF_MISORDERED, "holds the content of segment %u (%s): renamed or "
				"copied", other->seq, other->file);
			continue;
		}
		if (!c->have_head) {
			sdetail(s, MF_UNTRUSTED, "cannot be checked: %s", r->manifest == MFM_MISSING ?
				"no manifest" : "the manifest has no valid first line");
			continue;
		}
		if (f->seq == open_seq && !r->stopped && !open_taken) {
			open_taken = true;
			judge_open(c, s, f);
			continue;
		}
		if (r->live && f->seq > open_seq) {
			/* the recorder rotated while we read: seen after the manifest */
			sdetail(s, MF_OPEN_LIVE, "open: being recorded now (created after the "
				"manifest was read)");
			continue;
		}
		if (!judge_foreign(c, s, f->name))
			sdetail(s, MF_EXTRA, "segment %u is not in the manifest%s", f->seq,
				r->stopped ? " (the record was closed)" : "");
	}
	if (r->nseg)
		qsort(r->seg, r->nseg, sizeof(*r->seg), cmp_seg);
}

int mf_verify(const char *dir, const char *expect_head, struct mf_report **out,
	      char *err, size_t errlen)
{
	return mf_verify_key(dir, expect_head, NULL, out, err, errlen);
}

int mf_verify_key(const char *dir, const char *expect_head, const unsigned char *key,
		  struct mf_report **out, char *err, size_t errlen)
{
	struct check c = { .key = key };
	struct mf_report *r;
	struct stat st;

	*out = NULL;
	c.dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (c.dirfd < 0) {
		int e = errno;

		snprintf(err, errlen, "cannot open record directory %s: %s", dir, strerror(e));
		return -e;
	}
	if (fstat(c.dirfd, &st)) {
		int e = errno;

		close(c.dirfd);
		snprintf(err, errlen, "%s: %s", dir, strerror(e));
		return -e;
	}
	r = calloc(1, sizeof(*r));
	if (!r) {
		close(c.dirfd);
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	c.r = r;
	/* a recorder holds an exclusive lock on the directory while it runs */
	if (flock(c.dirfd, LOCK_SH | LOCK_NB))
		r->live = errno == EWOULDBLOCK;
	else
		flock(c.dirfd, LOCK_UN);

	list_dir(&c);
	read_manifest(&c, expect_head);
	scan_dir(&c);
	build(&c);

	for (unsigned i = 0; i < r->nseg; i++) {
		enum mf_status s = r->seg[i].status;

		if (s != MF_INTACT && s != MF_PRUNED && s != MF_OPEN_LIVE)
			r->problems++;
	}
	if (r->manifest != MFM_INTACT)
		r->problems++;
	if (!r->stopped && !r->live)
		r->problems++;
	free(c.ent);
	free(c.files);
	seal_free(c.seal);
	close(c.dirfd);
	*out = r;
	return 0;
}

void mf_report_free(struct mf_report *r)
{
	if (!r)
		return;
	free(r->seg);
	free(r);
}

bool mf_report_ok(const struct mf_report *r)
{
	return r && r->problems == 0;
}
