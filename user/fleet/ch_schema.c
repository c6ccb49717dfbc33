// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The fleet store's schema: user/fleet/schema.sql, built into the binary
 * (the Makefile turns it into fleet_schema.h with xxd -i), so the SQL is
 * read and reviewed as SQL, and what runs is exactly what is in the
 * repository.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fleet/ch.h"
#include "fleet_schema.h"      /* schema_sql[], schema_sql_len (generated) */

#define TABLE_PREFIX "CREATE TABLE IF NOT EXISTS {db}."
#define MAX_TABLES 16

/* Replace {db}, {local} in one statement. */
static int expand(struct ch_buf *out, const char *s, size_t n, const char *db, const char *local)
{
	for (size_t i = 0; i < n; i++) {
		if (!strncmp(s + i, "{db}", 4) && i + 4 <= n) {
			if (ch_buf_add(out, db, strlen(db)))
				return -1;
			i += 3;
		} else if (!strncmp(s + i, "{local}", 7) && i + 7 <= n) {
			if (ch_buf_add(out, local, strlen(local)))
				return -1;
			i += 6;
		} else if (ch_buf_add(out, s + i, 1)) {
			return -1;
		}
	}
	return 0;
}

/*
 * Walk the statements of schema.sql: comment lines dropped, a statement
 * ends with ';' at the end of a line. fn gets each statement's text and,
 * for CREATE TABLE, the table's name.
 */
typedef int (*stmt_fn)(void *ctx, const char *stmt, size_t n, const char *table);

static int each_statement(stmt_fn fn, void *ctx)
{
	const char *s = (const char *)schema_sql, *end = s + schema_sql_len;
	struct ch_buf st = {0};
	int rc = 0;

	while (s < end && !rc) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
		const char *t = s;

		while (t < s + len && (*t == ' ' || *t == '\t'))
			t++;
		bool comment = s + len - t >= 2 && t[0] == '-' && t[1] == '-';

		if (!comment && (st.n || t < s + len) && (ch_buf_add(&st, s, len) || ch_buf_add(&st, "\n", 1)))
			rc = -1;
		if (!rc && !comment && len && s[len - 1] == ';') {
			char table[CH_NAME_MAX] = "";

			if (!strncmp(st.p, TABLE_PREFIX, strlen(TABLE_PREFIX))) {
				const char *nm = st.p + strlen(TABLE_PREFIX);
				size_t k = strcspn(nm, "{ (\n");

				if (k < sizeof(table)) {
					memcpy(table, nm, k);
					table[k] = '\0';
				}
			}
			st.p[st.n - 2] = '\0';    /* no ';': one statement per request */
			rc = fn(ctx, st.p, st.n - 2, table[0] ? table : NULL);
			st.n = 0;
		}
		s += len + 1;
	}
	ch_buf_free(&st);
	return rc;
}

struct create_ctx {
	struct ch_conn *c;
	const char *cluster;
	char *err;
	size_t errlen;
};

static int create_one(void *ctx, const char *stmt, size_t n, const char *table)
{
	struct create_ctx *x = ctx;
	struct ch_buf sql = {0};
	int rc = -1;

	if (expand(&sql, stmt, n, x->c->db, x->cluster && table ? "_local" : "")) {
		snprintf(x->err, x->errlen, "out of memory");
		goto out;
	}
	if (ch_exec(x->c, sql.p, NULL, 0, NULL, x->err, x->errlen))
		goto out;
	if (x->cluster && table) {
		/* the table the commands use, spreading rows over the shards
		 * by host: one host's rows stay together on one shard */
		sql.n = 0;
		if (ch_buf_printf(&sql, "CREATE TABLE IF NOT EXISTS %s.%s AS %s.%s_local "
				  "ENGINE = Distributed(%s, %s, %s_local, cityHash64(host))",
				  x->c->db, table, x->c->db, table, x->cluster, x->c->db, table)) {
			snprintf(x->err, x->errlen, "out of memory");
			goto out;
		}
		if (ch_exec(x->c, sql.p, NULL, 0, NULL, x->err, x->errlen))
			goto out;
	}
	rc = 0;
out:
	ch_buf_free(&sql);
	return rc;
}

int ch_schema_create(struct ch_conn *c, const char *cluster, char *err, size_t errlen)
{
	struct create_ctx x = { c, cluster, err, errlen };

	if (cluster && !ch_name_ok(cluster)) {
		snprintf(err, errlen, "--cluster: '%.64s' is not a plain name", cluster);
		return -1;
	}
	return each_statement(create_one, &x);
}

struct names {
	struct ch_buf *sql;
	unsigned n;
};

static int add_name(void *ctx, const char *stmt, size_t n, const char *table)
{
	struct names *x = ctx;

	(void)stmt;
	(void)n;
	if (!table)
		return 0;
	if (x->n++ && ch_buf_add(x->sql, ",", 1))
		return -1;
	return ch_quote(x->sql, table);
}

int ch_schema_present(struct ch_conn *c, char *err, size_t errlen)
{
	struct ch_buf sql = {0};
	struct names x = { &sql, 0 };
	json_object *rows = NULL;
	int rc = -1;

	if (ch_buf_printf(&sql, "SELECT count() AS n FROM system.tables WHERE database = ") ||
	    ch_quote(&sql, c->db) || ch_buf_printf(&sql, " AND name IN (") ||
	    each_statement(add_name, &x) || ch_buf_add(&sql, ")", 1)) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (ch_rows(c, sql.p, &rows, err, errlen))
		goto out;
	rc = json_object_array_length(rows) == 1 &&
	     ch_int(json_object_array_get_idx(rows, 0), "n") == (int64_t)x.n;
out:
	json_object_put(rows);
	ch_buf_free(&sql);
	return rc;
}
