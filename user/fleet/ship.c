// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Shipping a record to ClickHouse, and the off-host anchor (ship.h). */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <nettle/sha2.h>
#include <zlib.h>

#include "common/pathops.h"
#include "evidence/manifest.h"
#include "fleet/ship.h"
#include "output/json_writer.h"
#include "report/report.h"
#include "report/report_sj.h"

#define READ_CHUNK (256u << 10)
#define INFLATE_CHUNK (1u << 20)
/* Rows per INSERT: well under ClickHouse's max_insert_block_size (about a
 * million rows), so each request is one block, written whole or not at
 * all; that is what makes "the store holds a prefix" true on resume. */
#define BATCH_BYTES (16u << 20)
#define BATCH_ROWS 100000u
#define MANIFEST_MAX (64u << 20)

static int oom(char *err, size_t errlen)
{
	snprintf(err, errlen, "out of memory");
	return -1;
}

/* A value json-c parsed, written again by json_writer: a record line
 * rebuilt (a few keys added or reshaped), as it was otherwise. */
static void put_value(struct jw *w, json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_object:
		jw_object_start(w);
		json_object_object_foreach(v, key, val) {
			jw_key(w, key);
			put_value(w, val);
		}
		jw_object_end(w);
		break;
	case json_type_array:
		jw_array_start(w);
		for (size_t i = 0; i < json_object_array_length(v); i++)
			put_value(w, json_object_array_get_idx(v, i));
		jw_array_end(w);
		break;
	case json_type_string:
		jw_strn(w, json_object_get_string(v), (size_t)json_object_get_string_len(v));
		break;
	case json_type_int: {
		int64_t i = json_object_get_int64(v);

		/* json-c keeps integers above INT64_MAX as unsigned */
		if (i == INT64_MAX)
			jw_u64(w, json_object_get_uint64(v));
		else
			jw_i64(w, i);
		break;
	}
	case json_type_double: {
		char num[32];
		int n = snprintf(num, sizeof(num), "%.17g", json_object_get_double(v));

		jw_raw(w, num, (size_t)n);
		break;
	}
	case json_type_boolean:
		jw_bool(w, json_object_get_boolean(v));
		break;
	case json_type_null:
	default:
		jw_null(w);
		break;
	}
}

/* "(a, b, ...)": the table's columns a row may give, those computed from
 * them (DEFAULT) left out so the server computes them. */
static int insert_columns(struct ch_conn *c, const char *table, struct ch_buf *out, char *err,
			  size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;
	unsigned n = 0;
	int rc = -1;

	if (ch_buf_printf(&q, "DESCRIBE TABLE %s.%s", c->db, table))
		goto nomem;
	if (ch_rows(c, q.p, &rows, err, errlen))
		goto out;
	if (ch_buf_add(out, "(", 1))
		goto nomem;
	for (size_t i = 0; i < json_object_array_length(rows); i++) {
		json_object *row = json_object_array_get_idx(rows, i);
		const char *name = ch_str(row, "name");

		if (ch_str(row, "default_type")[0] || !ch_name_ok(name))
			continue;
		if ((n++ && ch_buf_add(out, ",", 1)) || ch_buf_add(out, name, strlen(name)))
			goto nomem;
	}
	if (ch_buf_add(out, ")", 1))
		goto nomem;
	rc = 0;
	goto out;
nomem:
	oom(err, errlen);
out:
	json_object_put(rows);
	ch_buf_free(&q);
	return rc;
}

static int insert(struct ch_conn *c, const char *table, const struct ch_buf *rows, char *err,
		  size_t errlen)
{
	struct ch_buf sql = {0};
	int rc = -1;

	if (!rows->n)
		return 0;
	if (ch_buf_printf(&sql, "INSERT INTO %s.%s ", c->db, table) ||
	    insert_columns(c, table, &sql, err, errlen) ||
	    ch_buf_printf(&sql, " FORMAT JSONEachRow"))
		goto out;
	rc = ch_exec(c, sql.p, rows->p, rows->n, NULL, err, errlen);
out:
	if (rc && !err[0])
		oom(err, errlen);
	ch_buf_free(&sql);
	return rc;
}

/* ---- the local manifest's lines ---------------------------------------- */

struct mlines {
	char *buf;
	unsigned n;
	const char **line;
	size_t *len;
};

static void mlines_free(struct mlines *m)
{
	free(m->buf);
	free(m->line);
	free(m->len);
	memset(m, 0, sizeof(*m));
}

/* The first `want` lines of DIR/manifest.jsonl (the ones mf_verify
 * trusted), and a check that the last of them carries chain value head,
 * so the manifest did not change between the two reads. */
static int mlines_load(const char *dir, unsigned want, const char *head, struct mlines *m,
		       char *err, size_t errlen)
{
	char path[PATH_MAX];
	size_t cap = 0, len = 0;
	ssize_t got;
	int fd;

	memset(m, 0, sizeof(*m));
	snprintf(path, sizeof(path), "%s/%s", dir, MF_FILE);
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	for (;;) {
		if (len + READ_CHUNK + 1 > cap) {
			char *p;

			cap = cap ? cap * 2 : READ_CHUNK * 2;
			if (cap > MANIFEST_MAX) {
				close(fd);
				snprintf(err, errlen, "%s: larger than %u MiB", path,
					 MANIFEST_MAX >> 20);
				return -1;
			}
			p = realloc(m->buf, cap);
			if (!p) {
				close(fd);
				return oom(err, errlen);
			}
			m->buf = p;
		}
		got = read(fd, m->buf + len, READ_CHUNK);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(err, errlen, "reading %s: %s", path, strerror(errno));
			close(fd);
			return -1;
		}
		if (!got)
			break;
		len += (size_t)got;
	}
	close(fd);
	m->line = calloc(want ? want : 1, sizeof(*m->line));
	m->len = calloc(want ? want : 1, sizeof(*m->len));
	if (!m->line || !m->len)
		return oom(err, errlen);
	for (char *p = m->buf, *end = m->buf + len; m->n < want && p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));

		if (!nl)
			break;
		m->line[m->n] = p;
		m->len[m->n++] = (size_t)(nl - p);
		*nl = '\0';
		p = nl + 1;
	}
	if (m->n != want || !want) {
		snprintf(err, errlen, "%s changed while it was read: try again", path);
		return -1;
	}
	{
		char tail[MF_HEX_LEN + 16];

		snprintf(tail, sizeof(tail), "\"chain\":\"%s\"}", head);
		if (m->len[want - 1] < strlen(tail) ||
		    strcmp(m->line[want - 1] + m->len[want - 1] - strlen(tail), tail)) {
			snprintf(err, errlen, "%s changed while it was read: try again", path);
			return -1;
		}
	}
	return 0;
}

/* ---- what the store already holds -------------------------------------- */

/* SELECT what FROM table WHERE record_id = rid rest: one record's rows. */
static int record_rows(struct ch_conn *c, const char *what, const char *table, const char *rid,
		       const char *rest, json_object **rows, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	int rc;

	if (ch_buf_printf(&q, "SELECT %s FROM %s.%s WHERE record_id = ", what, c->db, table) ||
	    ch_quote(&q, rid) || ch_buf_printf(&q, " %s", rest)) {
		ch_buf_free(&q);
		return oom(err, errlen);
	}
	rc = ch_rows(c, q.p, rows, err, errlen);
	ch_buf_free(&q);
	return rc;
}

/* The manifest lines shipped of a record, in order. */
static int stored_manifest(struct ch_conn *c, const char *rid, json_object **rows, char *err,
			   size_t errlen)
{
	return record_rows(c, "n, any(entry) AS entry, min(shipped_us) AS shipped_us", "manifest",
			   rid, "GROUP BY n ORDER BY n", rows, err, errlen);
}

/*
 * Compare the store's manifest lines for this record with the local ones.
 * 0 and *problem = "" when every stored line is here, identical, at its
 * place; else *problem says what differs (the first difference).
 */
static void compare_manifest(json_object *stored, const struct mlines *m, char *problem,
			     size_t len)
{
	size_t ns = json_object_array_length(stored);

	problem[0] = '\0';
	for (size_t i = 0; i < ns; i++) {
		json_object *row = json_object_array_get_idx(stored, i);
		int64_t n = ch_int(row, "n");
		const char *entry = ch_str(row, "entry");

		if (n < 1 || (size_t)n != i + 1) {
			snprintf(problem, len, "the store's copy of the manifest has a gap at entry "
				 "%zu", i + 1);
			return;
		}
		if ((unsigned)n > m->n) {
			snprintf(problem, len, "the manifest here has %u trusted entries, the store "
				 "%zu: entries shipped earlier were removed (the record was cut or "
				 "rewritten after shipping)", m->n, ns);
			return;
		}
		if (strcmp(entry, m->line[n - 1])) {
			snprintf(problem, len, "manifest entry %lld differs from the one shipped: "
				 "the record was rewritten after shipping", (long long)n);
			return;
		}
	}
}

/* Latest status per segment of a record: seq -> status. */
static int stored_segments(struct ch_conn *c, const char *rid, json_object **rows, char *err,
			   size_t errlen)
{
	return record_rows(c, "seq, argMax(status, checked_us) AS status", "segments", rid,
			   "GROUP BY seq", rows, err, errlen);
}

static const char *status_of(json_object *segs, unsigned seq)
{
	for (size_t i = 0; i < json_object_array_length(segs); i++) {
		json_object *row = json_object_array_get_idx(segs, i);

		if (ch_int(row, "seq") == seq)
			return ch_str(row, "status");
	}
	return "";
}

/* ---- one segment ------------------------------------------------------- */

struct seg_ship {
	struct ch_conn *c;
	const char *host, *rid;
	unsigned seq;
	uint64_t start_line;       /* lines before this are in the store */
	uint64_t line;             /* lines seen */
	uint64_t inserted;
	struct ch_buf batch;
	unsigned batch_rows;
	char prefix[512];          /* {"host":..,"record_id":..,"seg":N,"line": */
	size_t prefix_len;
	struct rpt_sj *sj;         /* simdjson: a container line's container */
	char *err;
	size_t errlen;
};

static int flush_batch(struct seg_ship *s)
{
	if (insert(s->c, "events", &s->batch, s->err, s->errlen))
		return -1;
	s->inserted += s->batch_rows;
	s->batch.n = 0;
	s->batch_rows = 0;
	return 0;
}

/*
 * One record line into the batch. Lines go in as they are, with host,
 * record_id, seg and line put in front of their first field. Some are
 * rebuilt instead (parsed by json-c, written again by json_writer; see
 * fill_rebuilt()): record_start, which names a host and record itself, a
 * selftest line (st_seen added), and a line with a field the schema
 * shapes (a null args; a container object unless add_container_line()
 * takes it).
 */

/* A record's selftest line (capture/selftest.h): shipped with st_seen,
 * the paths it saw as bits of enum pathop_path, and st_na, those the host
 * could not take ("available": false), for the fleet report. */
static bool is_selftest(const char *p, size_t n)
{
	const char *key = "\"event\":\"selftest\"";
	size_t head = n < 80 ? n : 80;

	return memmem(p, head, key, strlen(key)) != NULL;
}

/* The bits of the paths whose `field` is `want` (seen: true, available:
 * false); a path without the field counts as not. */
static int64_t selftest_paths(json_object *o, const char *field, bool want)
{
	json_object *paths, *p, *name, *v;
	int64_t mask = 0;

	if (!json_object_object_get_ex(o, "paths", &paths) ||
	    !json_object_is_type(paths, json_type_array))
		return 0;
	for (size_t i = 0; i < json_object_array_length(paths); i++) {
		int k;

		p = json_object_array_get_idx(paths, i);
		if (!json_object_object_get_ex(p, "path", &name) ||
		    !json_object_object_get_ex(p, field, &v) ||
		    !json_object_is_type(name, json_type_string) ||
		    !json_object_is_type(v, json_type_boolean))
			continue;
		k = pathop_parse(json_object_get_string(name));
		if (k >= 0 && json_object_get_boolean(v) == want)
			mask |= (int64_t)1 << k;
	}
	return mask;
}

/*
 * Does the line hold key (a field that 18.16 cannot take as it is,
 * schema.sql: a container object, args null)? Only a key matches outside
 * a string (a quote inside one is escaped), so this errs only towards
 * shaping a line that did not need it, which is as right, just slower.
 */
static bool has_key(const char *p, size_t n, const char *key)
{
	return memmem(p, n, key, strlen(key)) != NULL;
}

/*
 * The fast way for the commonest shaped line, one with a container (and
 * args not null): read by simdjson (the report's fast path, report_sj.h)
 * for the container's id and runtime, which go in front with the others;
 * the line follows as it is, its container object skipped by the server
 * as a field it has no column for. Anything unusual (a field named as one
 * of ship's own, a container of another shape) is rebuilt instead.
 */
struct ctr_scan {
	const char *id, *rt;
	size_t id_len, rt_len;
};

static int ctr_field(void *ctx, const char *key, size_t klen, const struct rpt_sj_val *v)
{
	static const char *const ours[] = { "host", "record_id", "seg", "line", "st_seen",
					    "st_na", "container_id", "container_runtime" };
	struct ctr_scan *c = ctx;

	for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
		if (!strcmp(key, ours[i]))
			return 1;
	if (klen == 9 && !memcmp(key, "container", 9) && v->type == RPT_SJ_CTR) {
		c->id = v->s;
		c->id_len = v->len;
		c->rt = v->s2;
		c->rt_len = v->len2;
	}
	return 0;
}

/* 1 added, 0 not this way (rebuild it), -1 out of memory. */
static int add_container_line(struct seg_ship *s, const char *p, size_t n, const char *num,
			      size_t numlen)
{
	struct ctr_scan cs = {0};
	char ctr[2 * RPT_SJ_LINE_MAX];
	struct jw w;

	if (!s->sj || rpt_sj_parse(s->sj, p, n, ctr_field, &cs) != 1 || !cs.id)
		return 0;
	jw_init_buf(&w, ctr, sizeof(ctr));
	jw_object_start(&w);
	JW_KEY(&w, "container_id");
	jw_strn(&w, cs.id, cs.id_len);
	JW_KEY(&w, "container_runtime");
	jw_strn(&w, cs.rt, cs.rt_len);
	if (!jw_ok(&w))
		return 0;
	/* prefix N,"container_id":..,"container_runtime":..,REST OF THE LINE */
	if (ch_buf_add(&s->batch, s->prefix, s->prefix_len) || ch_buf_add(&s->batch, num, numlen) ||
	    ch_buf_add(&s->batch, ",", 1) || ch_buf_add(&s->batch, ctr + 1, jw_len(&w) - 1) ||
	    ch_buf_add(&s->batch, ",", 1) || ch_buf_add(&s->batch, p + 1, n - 1) ||
	    ch_buf_add(&s->batch, "\n", 1))
		return -1;
	return 1;
}

/*
 * A line rebuilt: the segment's host, record, segment and line number
 * first, then the line's own fields (its own host and record_id left out,
 * so no key appears twice), shaped for the schema: a container object as
 * container_id and container_runtime, a null container or args left out
 * (the columns' defaults: null, empty); st_seen and st_na added to a
 * selftest line.
 */
struct rebuilt {
	const struct seg_ship *s;
	json_object *o;
	int64_t st_seen;            /* -1: not a selftest line */
	int64_t st_na;
};

static void fill_rebuilt(struct jw *w, const void *ctx)
{
	const struct rebuilt *r = ctx;
	json_object *id, *rt;

	jw_object_start(w);
	JW_KEY(w, "host");
	jw_str(w, r->s->host);
	JW_KEY(w, "record_id");
	jw_str(w, r->s->rid);
	JW_KEY(w, "seg");
	jw_u64(w, r->s->seq);
	JW_KEY(w, "line");
	jw_u64(w, r->s->line);
	json_object_object_foreach(r->o, key, val) {
		if (!strcmp(key, "host") || !strcmp(key, "record_id") || !strcmp(key, "seg") ||
		    !strcmp(key, "line") || !strcmp(key, "st_seen") || !strcmp(key, "st_na") ||
		    !strcmp(key, "container_id") || !strcmp(key, "container_runtime"))
			continue;
		if (!strcmp(key, "container")) {
			if (json_object_is_type(val, json_type_object) &&
			    json_object_object_get_ex(val, "id", &id) &&
			    json_object_object_get_ex(val, "runtime", &rt) &&
			    json_object_is_type(id, json_type_string) &&
			    json_object_is_type(rt, json_type_string)) {
				JW_KEY(w, "container_id");
				put_value(w, id);
				JW_KEY(w, "container_runtime");
				put_value(w, rt);
			}
			continue;
		}
		if (!strcmp(key, "args") && !json_object_is_type(val, json_type_array))
			continue;
		jw_key(w, key);
		put_value(w, val);
	}
	if (r->st_seen >= 0) {
		JW_KEY(w, "st_seen");
		jw_i64(w, (long long)r->st_seen);
		JW_KEY(w, "st_na");
		jw_i64(w, (long long)r->st_na);
	}
	jw_object_end(w);
}

static int add_line(struct seg_ship *s, const char *p, size_t n)
{
	char num[32];
	bool rebuild;
	int k;

	s->line++;
	if (s->line < s->start_line || !n)
		return 0;
	k = snprintf(num, sizeof(num), "%llu", (unsigned long long)s->line);
	rebuild = (n > 24 && !memcmp(p, "{\"event\":\"record_start\"", 23)) || is_selftest(p, n) ||
		  has_key(p, n, "\"args\":null");
	if (!rebuild && has_key(p, n, "\"container\":{")) {
		int r = add_container_line(s, p, n, num, (size_t)k);

		if (r < 0)
			return oom(s->err, s->errlen);
		if (r > 0)
			goto added;
		rebuild = true;
	}
	if (rebuild) {
		json_tokener *tok = json_tokener_new();
		json_object *o = tok ? json_tokener_parse_ex(tok, p, (int)n) : NULL;
		int rc;

		json_tokener_free(tok);

		if (!o || !json_object_is_type(o, json_type_object)) {
			json_object_put(o);
			snprintf(s->err, s->errlen, "segment %u line %llu: not a JSON object", s->seq,
				 (unsigned long long)s->line);
			return -1;
		}
		{
			bool st = is_selftest(p, n);
			struct rebuilt rb = { s, o, st ? selftest_paths(o, "seen", true) : -1,
					      st ? selftest_paths(o, "available", false) : 0 };

			rc = ch_buf_jw(&s->batch, fill_rebuilt, &rb);
		}
		json_object_put(o);
		if (rc)
			return oom(s->err, s->errlen);
	} else {
		if (p[0] != '{') {
			snprintf(s->err, s->errlen, "segment %u line %llu: not a JSON object", s->seq,
				 (unsigned long long)s->line);
			return -1;
		}
		if (ch_buf_add(&s->batch, s->prefix, s->prefix_len) ||
		    ch_buf_add(&s->batch, num, (size_t)k) ||
		    (n > 1 && p[1] != '}' && ch_buf_add(&s->batch, ",", 1)) ||
		    ch_buf_add(&s->batch, p + 1, n - 1) || ch_buf_add(&s->batch, "\n", 1))
			return oom(s->err, s->errlen);
	}
added:
	s->batch_rows++;
	if (s->batch.n >= BATCH_BYTES || s->batch_rows >= BATCH_ROWS)
		return flush_batch(s);
	return 0;
}

/*
 * Read the segment once: its compressed bytes are hashed (SHA-256) and
 * inflated (every gzip member in turn) as they are read, and lines go to
 * the store. The segment counts as shipped only if what was read is what
 * the manifest vouches for.
 */
static int ship_segment(struct ch_conn *c, const char *dir, const struct mf_segment *sg,
			const char *host, const char *rid, uint64_t *lines_out, char *err,
			size_t errlen)
{
	struct seg_ship s = { .c = c, .host = host, .rid = rid, .seq = sg->seq, .err = err,
			      .errlen = errlen, .sj = rpt_sj_new() };
	unsigned char *in = malloc(READ_CHUNK), *out = malloc(INFLATE_CHUNK);
	unsigned char digest[SHA256_DIGEST_SIZE];
	char hex[MF_HEX_LEN + 1], path[PATH_MAX];
	struct ch_buf carry = {0}, q = {0};
	struct sha256_ctx sha;
	json_object *rows = NULL;
	z_stream z;
	uint64_t total = 0;
	bool zinit = false, ended = false;
	int fd = -1, rc = -1, zr = Z_OK;

	memset(&z, 0, sizeof(z));
	if (!in || !out)
		goto nomem;
	/* how much of it a previous, interrupted ship put in */
	if (ch_buf_printf(&q, "SELECT uniqExact(line) AS n, max(line) AS m FROM %s.events "
			  "WHERE host = ", c->db) || ch_quote(&q, host) ||
	    ch_buf_printf(&q, " AND record_id = ") || ch_quote(&q, rid) ||
	    ch_buf_printf(&q, " AND seg = %u", sg->seq))
		goto nomem;
	if (ch_rows(c, q.p, &rows, err, errlen))
		goto out;
	{
		json_object *r0 = json_object_array_get_idx(rows, 0);
		int64_t n = r0 ? ch_int(r0, "n") : 0, m = r0 ? ch_int(r0, "m") : 0;

		/* a prefix 1..m is there: go on after it. Anything else (cannot
		 * happen with one shipper at a time) is shipped again whole; the
		 * table's key folds the repeats together on merge. */
		s.start_line = n > 0 && n == m ? (uint64_t)m + 1 : 1;
	}
	{
		/* the row's head, its object left open for the line's own fields */
		struct jw w;

		jw_init_buf(&w, s.prefix, sizeof(s.prefix));
		jw_object_start(&w);
		JW_KEY(&w, "host");
		jw_str(&w, host);
		JW_KEY(&w, "record_id");
		jw_str(&w, rid);
		JW_KEY(&w, "seg");
		jw_u64(&w, sg->seq);
		JW_KEY(&w, "line");
		if (!jw_ok(&w)) {
			snprintf(err, errlen, "host name too long");
			goto out;
		}
		s.prefix_len = jw_len(&w);
	}
	snprintf(path, sizeof(path), "%s/%s", dir, sg->file);
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
		goto nomem;
	zinit = true;
	sha256_init(&sha);
	for (;;) {
		ssize_t got = read(fd, in, READ_CHUNK);

		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(err, errlen, "reading %s: %s", path, strerror(errno));
			goto out;
		}
		if (!got)
			break;
		sha256_update(&sha, (size_t)got, in);
		total += (uint64_t)got;
		z.next_in = in;
		z.avail_in = (unsigned)got;
		while (z.avail_in) {
			if (ended) {
				/* another gzip member follows */
				if (inflateReset(&z) != Z_OK)
					goto nomem;
				ended = false;
			}
			z.next_out = out;
			z.avail_out = INFLATE_CHUNK;
			zr = inflate(&z, Z_NO_FLUSH);
			if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) {
				snprintf(err, errlen, "%s: gzip data error: %s", path,
					 z.msg ? z.msg : "corrupt");
				goto out;
			}
			ended = zr == Z_STREAM_END;
			/* whole lines go to the batch; a partial one waits in carry */
			{
				const char *p = (const char *)out, *e = p + (INFLATE_CHUNK - z.avail_out);

				while (p < e) {
					const char *nl = memchr(p, '\n', (size_t)(e - p));

					if (!nl) {
						if (ch_buf_add(&carry, p, (size_t)(e - p)))
							goto nomem;
						break;
					}
					if (carry.n) {
						if (ch_buf_add(&carry, p, (size_t)(nl - p)))
							goto nomem;
						if (add_line(&s, carry.p, carry.n))
							goto out;
						carry.n = 0;
					} else if (add_line(&s, p, (size_t)(nl - p))) {
						goto out;
					}
					p = nl + 1;
				}
			}
			if (zr == Z_BUF_ERROR && !z.avail_in)
				break;
		}
	}
	if (!ended || carry.n) {
		snprintf(err, errlen, "%s: ends early (cut short since it was verified)", path);
		goto out;
	}
	sha256_digest(&sha, sizeof(digest), digest);
	mf_hex(hex, digest, sizeof(digest));
	if (total != sg->bytes || strcmp(hex, sg->sha256)) {
		snprintf(err, errlen, "%s changed while it was shipped: it no longer matches its "
			 "manifest entry; not marked shipped", path);
		goto out;
	}
	if (flush_batch(&s))
		goto out;
	*lines_out = s.line;
	rc = 0;
	goto out;
nomem:
	oom(err, errlen);
out:
	if (zinit)
		inflateEnd(&z);
	if (fd >= 0)
		close(fd);
	json_object_put(rows);
	ch_buf_free(&s.batch);
	rpt_sj_free(s.sj);
	ch_buf_free(&carry);
	ch_buf_free(&q);
	free(in);
	free(out);
	return rc;
}

/* ---- rows of the small tables ------------------------------------------ */

struct seg_row {
	const char *host, *rid, *status;
	const struct mf_segment *sg;
	uint64_t lines;
};

static void fill_seg(struct jw *w, const void *ctx)
{
	const struct seg_row *r = ctx;

	jw_object_start(w);
	JW_KEY(w, "host");
	jw_str(w, r->host);
	JW_KEY(w, "record_id");
	jw_str(w, r->rid);
	JW_KEY(w, "seq");
	jw_u64(w, r->sg->seq);
	JW_KEY(w, "file");
	jw_str(w, r->sg->file);
	JW_KEY(w, "status");
	jw_str(w, r->status);
	JW_KEY(w, "detail");
	jw_str(w, r->sg->detail);
	JW_KEY(w, "bytes");
	jw_u64(w, r->sg->bytes);
	JW_KEY(w, "sha256");
	jw_str(w, r->sg->sha256);
	JW_KEY(w, "seg_start");
	jw_str(w, r->sg->start);
	JW_KEY(w, "seg_end");
	jw_str(w, r->sg->end);
	JW_KEY(w, "events");
	jw_u64(w, r->sg->events);
	JW_KEY(w, "drops");
	jw_u64(w, r->sg->drops);
	JW_KEY(w, "lines");
	jw_u64(w, r->lines);
	JW_KEY(w, "checked_us");
	jw_i64(w, (long long)(clock_wall_ns() / 1000));
	jw_object_end(w);
}

static int put_segment(struct ch_conn *c, const char *host, const char *rid,
		       const struct mf_segment *sg, const char *status, uint64_t lines,
		       char *err, size_t errlen)
{
	struct ch_buf b = {0};
	struct seg_row row = { host, rid, status, sg, lines };
	int rc = ch_buf_jw(&b, fill_seg, &row) ? oom(err, errlen)
					       : insert(c, "segments", &b, err, errlen);

	ch_buf_free(&b);
	return rc;
}

struct manifest_row {
	const char *host, *rid;
	unsigned n;
	json_object *line;          /* the entry parsed, or NULL */
	const char *entry;
	size_t len;
	int64_t at;
};

static const char *entry_str(json_object *line, const char *key)
{
	json_object *v;

	return line && json_object_object_get_ex(line, key, &v) ? json_object_get_string(v) : "";
}

static void fill_manifest(struct jw *w, const void *ctx)
{
	const struct manifest_row *r = ctx;
	json_object *v;

	jw_object_start(w);
	JW_KEY(w, "host");
	jw_str(w, r->host);
	JW_KEY(w, "record_id");
	jw_str(w, r->rid);
	JW_KEY(w, "n");
	jw_u64(w, r->n);
	JW_KEY(w, "type");
	jw_str(w, entry_str(r->line, "type"));
	JW_KEY(w, "seq");
	jw_i64(w, r->line && json_object_object_get_ex(r->line, "seq", &v)
		  ? (long long)json_object_get_int64(v) : 0);
	JW_KEY(w, "chain");
	jw_str(w, entry_str(r->line, "chain"));
	JW_KEY(w, "entry");
	jw_strn(w, r->entry, r->len);
	JW_KEY(w, "shipped_us");
	jw_i64(w, (long long)r->at);
	jw_object_end(w);
}

static int put_manifest(struct ch_conn *c, const char *host, const char *rid,
			const struct mlines *m, unsigned from, char *err, size_t errlen)
{
	struct ch_buf b = {0};
	int64_t at = (int64_t)(clock_wall_ns() / 1000);
	int rc = 0;

	for (unsigned i = from; i < m->n && !rc; i++) {
		struct manifest_row row = { host, rid, i + 1, json_tokener_parse(m->line[i]),
					    m->line[i], m->len[i], at };

		if (ch_buf_jw(&b, fill_manifest, &row))
			rc = oom(err, errlen);
		json_object_put(row.line);
	}
	if (!rc)
		rc = insert(c, "manifest", &b, err, errlen);
	ch_buf_free(&b);
	return rc;
}

struct host_row {
	const struct mf_report *r;
	const char *dir;
};

static void fill_host(struct jw *w, const void *ctx)
{
	const struct host_row *h = ctx;
	const struct mf_report *r = h->r;

	jw_object_start(w);
	JW_KEY(w, "host");
	jw_str(w, r->host);
	JW_KEY(w, "record_id");
	jw_str(w, r->record_id);
	JW_KEY(w, "dir");
	jw_str(w, h->dir);
	JW_KEY(w, "kernel");
	jw_str(w, r->kernel);
	JW_KEY(w, "sockwatch");
	jw_str(w, r->version);
	JW_KEY(w, "started");
	jw_str(w, r->started);
	JW_KEY(w, "ended");
	jw_str(w, r->ended);
	JW_KEY(w, "stopped");
	jw_u64(w, r->stopped ? 1 : 0);
	JW_KEY(w, "live");
	jw_u64(w, r->live ? 1 : 0);
	JW_KEY(w, "manifest_state");
	jw_str(w, mf_manifest_name(r->manifest));
	JW_KEY(w, "manifest_lines");
	jw_u64(w, r->manifest_lines);
	JW_KEY(w, "chain_head");
	jw_str(w, r->chain_head);
	JW_KEY(w, "events");
	jw_u64(w, r->events);
	JW_KEY(w, "drops");
	jw_u64(w, r->drops);
	JW_KEY(w, "shipped_us");
	jw_i64(w, (long long)(clock_wall_ns() / 1000));
	jw_object_end(w);
}

static int put_host(struct ch_conn *c, const char *dir, const struct mf_report *r,
		    char *err, size_t errlen)
{
	struct ch_buf b = {0};
	char real[PATH_MAX];
	struct host_row row = { r, real };
	int rc;

	if (!realpath(dir, real))
		snprintf(real, sizeof(real), "%s", dir);
	rc = ch_buf_jw(&b, fill_host, &row) ? oom(err, errlen) : insert(c, "hosts", &b, err, errlen);
	ch_buf_free(&b);
	return rc;
}

/* ---- packages: looked up on the record's own host ------------------------ */

#define DPKG_ADMINDIR "/var/lib/dpkg"

struct pkg_row {
	const char *host;
	const struct rpt_group *g;
	int64_t at;
};

static void fill_pkg(struct jw *w, const void *ctx)
{
	const struct pkg_row *r = ctx;

	jw_object_start(w);
	JW_KEY(w, "host");
	jw_str(w, r->host);
	JW_KEY(w, "exe");
	jw_str(w, r->g->exe);
	JW_KEY(w, "state");
	jw_str(w, r->g->pkg_state == RPT_PKG_FOUND ? "found" : "none");
	JW_KEY(w, "package");
	jw_str(w, r->g->pkg);
	JW_KEY(w, "version");
	jw_str(w, r->g->pkg_version);
	JW_KEY(w, "looked_up_us");
	jw_i64(w, (long long)r->at);
	jw_object_end(w);
}

/*
 * The Debian packages of the executables this record's shipped lines
 * name, from this host's dpkg database (report_pkg.c, as the single-host
 * report looks them up), into the packages table: only when ship runs on
 * the host the record is from, for no other host's database would answer
 * for it. *looked: how many executables.
 */
static int ship_packages(struct ch_conn *c, const struct mf_report *r, unsigned *looked,
			 char *err, size_t errlen)
{
	char here[256] = "";
	json_object *rows = NULL;
	struct rpt_agg a;
	struct rpt_table_s *t = &a.t[RT_LISTEN];
	struct ch_buf b = {0};
	size_t n;
	int rc = -1;

	*looked = 0;
	gethostname(here, sizeof(here) - 1);
	if (strcmp(here, r->host) || access(DPKG_ADMINDIR "/info", R_OK))
		return 0;
	/* host first: the events table's order, so only this host's rows are read */
	if (ch_buf_printf(&b, "AND host = ") || ch_quote(&b, r->host) ||
	    ch_buf_printf(&b, " AND isNotNull(exe) AND exe != ''")) {
		ch_buf_free(&b);
		return oom(err, errlen);
	}
	rc = record_rows(c, "DISTINCT assumeNotNull(exe) AS exe", "events", r->record_id, b.p,
			 &rows, err, errlen);
	b.n = 0;
	if (rc) {
		ch_buf_free(&b);
		return -1;
	}
	rc = -1;
	memset(&a, 0, sizeof(a));
	n = json_object_array_length(rows);
	if (!n) {
		rc = 0;
		goto out;
	}
	/* one row per executable: what rpt_packages() answers for */
	if (!(t->g = calloc(n, sizeof(*t->g)))) {
		oom(err, errlen);
		goto out;
	}
	t->n = t->cap = n;
	for (size_t i = 0; i < n; i++) {
		t->g[i].exe_known = true;
		rpt_copy(t->g[i].exe, sizeof(t->g[i].exe),
			 ch_str(json_object_array_get_idx(rows, i), "exe"));
	}
	rpt_packages(&a, DPKG_ADMINDIR);
	for (size_t i = 0; i < n; i++) {
		struct pkg_row row = { r->host, &t->g[i], (int64_t)(clock_wall_ns() / 1000) };

		if (t->g[i].pkg_state == RPT_PKG_UNKNOWN)
			continue;
		if (ch_buf_jw(&b, fill_pkg, &row)) {
			oom(err, errlen);
			goto out;
		}
		(*looked)++;
	}
	rc = insert(c, "packages", &b, err, errlen);
out:
	free(t->g);
	ch_buf_free(&b);
	json_object_put(rows);
	return rc;
}

/* ---- a record ---------------------------------------------------------- */

int ship_dir(struct ch_conn *c, const char *dir, struct ship_stats *st, char *err,
	     size_t errlen)
{
	struct mf_report *r = NULL;
	struct mlines m = {0};
	json_object *stored = NULL, *segs = NULL;
	char problem[512];
	int rc = -1;

	memset(st, 0, sizeof(*st));
	if (mf_verify(dir, NULL, &r, err, errlen))
		return -1;
	snprintf(st->host, sizeof(st->host), "%s", r->host);
	snprintf(st->record_id, sizeof(st->record_id), "%s", r->record_id);
	st->stopped = r->stopped;
	if (!r->record_id[0] || !r->manifest_lines || !r->host[0]) {
		st->no_manifest = r->manifest == MFM_MISSING || (r->live && !r->manifest_lines);
		snprintf(err, errlen, "%s: no manifest to ship (%s%s%s)", dir,
			 mf_manifest_name(r->manifest), r->manifest_detail[0] ? ": " : "",
			 r->manifest_detail);
		goto out;
	}
	if (mlines_load(dir, r->manifest_lines, r->chain_head, &m, err, errlen))
		goto out;
	if (stored_manifest(c, r->record_id, &stored, err, errlen))
		goto out;
	compare_manifest(stored, &m, problem, sizeof(problem));
	if (problem[0]) {
		st->tampered = true;
		snprintf(err, errlen, "%s (record %s of %s): %s; nothing shipped", dir,
			 r->record_id, r->host, problem);
		goto out;
	}
	if (json_object_array_length(stored) < m.n &&
	    put_manifest(c, r->host, r->record_id, &m,
			 (unsigned)json_object_array_length(stored), err, errlen))
		goto out;
	if (stored_segments(c, r->record_id, &segs, err, errlen))
		goto out;
	for (unsigned i = 0; i < r->nseg; i++) {
		const struct mf_segment *sg = &r->seg[i];
		const char *was = sg->seq ? status_of(segs, sg->seq) : "";
		uint64_t lines = 0;

		if (sg->status == MF_OPEN_LIVE) {
			st->open++;     /* shipped once it is closed */
			continue;
		}
		if (!sg->listed || !sg->seq) {
			/* a file the manifest does not vouch for is never shipped;
			 * a crashed recorder's open segment is noted as such */
			st->damaged++;
			if (sg->seq && sg->status == MF_OPEN_CRASH && strcmp(was, "open-crashed") &&
			    put_segment(c, r->host, r->record_id, sg, mf_status_name(sg->status), 0,
					err, errlen))
				goto out;
			continue;
		}
		if (!strcmp(was, "shipped")) {
			st->already++;
			continue;
		}
		switch (sg->status) {
		case MF_INTACT:
			if (ship_segment(c, dir, sg, r->host, r->record_id, &lines, err, errlen) ||
			    put_segment(c, r->host, r->record_id, sg, "shipped", lines, err,
					errlen))
				goto out;
			st->shipped++;
			st->lines += lines;
			break;
		default:
			if (sg->status != MF_PRUNED)
				st->damaged++;
			if (strcmp(was, mf_status_name(sg->status)) &&
			    put_segment(c, r->host, r->record_id, sg, mf_status_name(sg->status), 0,
					err, errlen))
				goto out;
			break;
		}
	}
	if (put_host(c, dir, r, err, errlen) ||
	    (st->shipped && ship_packages(c, r, &st->packages, err, errlen)))
		goto out;
	rc = 0;
out:
	json_object_put(stored);
	json_object_put(segs);
	mlines_free(&m);
	mf_report_free(r);
	return rc;
}

/* ---- the anchor: verify --clickhouse ----------------------------------- */

static void problem(struct anchor_result *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void problem(struct anchor_result *a, const char *fmt, ...)
{
	va_list ap;

	a->ok = false;
	if (a->nproblem >= ANCHOR_PROBLEMS_MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(a->problem[a->nproblem++], sizeof(a->problem[0]), fmt, ap);
	va_end(ap);
}

int anchor_check(struct ch_conn *c, const char *dir, const struct mf_report *r,
		 struct anchor_result *a, char *err, size_t errlen)
{
	json_object *stored = NULL, *segs = NULL;
	struct mlines m = {0};
	char diff[512];
	int rc = -1;

	memset(a, 0, sizeof(*a));
	a->ok = true;
	if (!r->record_id[0]) {
		problem(a, "no record id here (manifest %s): cannot be matched with the store",
			mf_manifest_name(r->manifest));
		return 0;
	}
	{
		int present = ch_schema_present(c, err, errlen);

		if (present < 0)
			return -1;
		if (!present) {
			problem(a, "record %s was never shipped: %s has no sockwatch tables in "
				"database %s", r->record_id, c->shown, c->db);
			return 0;
		}
	}
	if (stored_manifest(c, r->record_id, &stored, err, errlen))
		goto out;
	a->stored_entries = (unsigned)json_object_array_length(stored);
	a->local_entries = r->manifest_lines;
	if (!a->stored_entries) {
		problem(a, "record %s was never shipped to the store: nothing anchors it",
			r->record_id);
		rc = 0;
		goto out;
	}
	a->shipped = true;
	{
		json_object *last = json_object_array_get_idx(stored, a->stored_entries - 1);
		json_object *line = json_tokener_parse(ch_str(last, "entry")), *v;

		clock_rfc3339(a->last_ship, ch_int(last, "shipped_us") * 1000, 6);
		if (line && json_object_object_get_ex(line, "chain", &v))
			snprintf(a->stored_head, sizeof(a->stored_head), "%s",
				 json_object_get_string(v));
		json_object_put(line);
	}
	if (!r->manifest_lines) {
		problem(a, "the store holds %u manifest entries of this record, none is "
			"trusted here (manifest %s)", a->stored_entries,
			mf_manifest_name(r->manifest));
	} else {
		if (mlines_load(dir, r->manifest_lines, r->chain_head, &m, err, errlen))
			goto out;
		compare_manifest(stored, &m, diff, sizeof(diff));
		if (diff[0])
			problem(a, "%s", diff);
	}
	if (stored_segments(c, r->record_id, &segs, err, errlen))
		goto out;
	for (size_t i = 0; i < json_object_array_length(segs); i++) {
		json_object *row = json_object_array_get_idx(segs, i);
		int64_t seq = ch_int(row, "seq");
		const struct mf_segment *sg = NULL;

		if (strcmp(ch_str(row, "status"), "shipped"))
			continue;
		a->shipped_segments++;
		for (unsigned k = 0; k < r->nseg; k++)
			if (r->seg[k].seq == seq && r->seg[k].listed)
				sg = &r->seg[k];
		if (!sg)
			problem(a, "segment %lld was shipped and is no longer listed here",
				(long long)seq);
		else if (sg->status != MF_INTACT && sg->status != MF_PRUNED)
			problem(a, "segment %lld was shipped intact and is %s here", (long long)seq,
				mf_status_name(sg->status));
	}
	rc = 0;
out:
	json_object_put(stored);
	json_object_put(segs);
	mlines_free(&m);
	return rc;
}
