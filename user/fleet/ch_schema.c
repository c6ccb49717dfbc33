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

int ch_schema_create(struct ch_conn *c, const char *cluster, unsigned *added, char *err,
		     size_t errlen)
{
	struct create_ctx x = { c, cluster, err, errlen };

	if (cluster && !ch_name_ok(cluster)) {
		snprintf(err, errlen, "--cluster: '%.64s' is not a plain name", cluster);
		return -1;
	}
	/* tables that exist already are left as they are by CREATE ... IF NOT
	 * EXISTS: the columns a newer schema.sql has are added to them */
	if (each_statement(create_one, &x))
		return -1;
	return ch_schema_upgrade(c, cluster, true, added, err, errlen);
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
	/* any: a store an older sockwatch made lacks the newer tables */
	rc = json_object_array_length(rows) == 1 &&
	     ch_int(json_object_array_get_idx(rows, 0), "n") > 0;
out:
	json_object_put(rows);
	ch_buf_free(&sql);
	return rc;
}

/* ---- upgrading a store made by an older schema -------------------------- */

/*
 * The column definitions of a CREATE TABLE statement, as schema.sql writes
 * them: a line indented by four spaces starts one (its name first), a line
 * indented deeper continues it, and the list ends at a line starting with
 * ')'. fn gets each definition (its comma left out) and the name of the
 * column before it ("" for the first).
 */
typedef int (*col_fn)(void *ctx, const char *name, const char *def, size_t n, const char *prev);

static int each_column(const char *stmt, size_t n, col_fn fn, void *ctx)
{
	const char *s = memchr(stmt, '\n', n), *end = stmt + n, *def = NULL;
	char name[CH_NAME_MAX] = "", prev[CH_NAME_MAX] = "";
	size_t dlen = 0;

	for (s = s ? s + 1 : end; s <= end; ) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
		bool starts = len > 4 && !memcmp(s, "    ", 4) && s[4] != ' ';
		bool more = len > 4 && !memcmp(s, "    ", 4) && s[4] == ' ';

		if (def && !more) {
			/* the definition ends: without its comma */
			while (dlen && (def[dlen - 1] == ',' || def[dlen - 1] == ' '))
				dlen--;
			int r = fn(ctx, name, def, dlen, prev);

			if (r)
				return r;
			memcpy(prev, name, sizeof(prev));
			def = NULL;
		}
		if (starts) {
			size_t k = strspn(s + 4, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					  "0123456789_");

			if (!k || k >= sizeof(name))
				return -1;
			memcpy(name, s + 4, k);
			name[k] = '\0';
			def = s + 4;
			dlen = len - 4;
		} else if (more && def) {
			dlen = (size_t)(s + len - def);
		}
		if ((len && s[0] == ')') || !nl)
			break;
		s = nl + 1;
	}
	return 0;
}

struct upgrade_ctx {
	struct ch_conn *c;
	const char *cluster;        /* --init --cluster NAME: NAME_local and NAME */
	bool apply;
	json_object *cols, *tables; /* system.columns, system.tables of c->db */
	const char *table;          /* the one being checked, as schema.sql names it */
	unsigned added;
	char *err;
	size_t errlen;
};

static bool has_column(json_object *cols, const char *table, const char *name)
{
	for (size_t i = 0; i < json_object_array_length(cols); i++) {
		json_object *row = json_object_array_get_idx(cols, i);

		if (!strcmp(ch_str(row, "table"), table) && !strcmp(ch_str(row, "name"), name))
			return true;
	}
	return false;
}

static const char *engine_of(json_object *tables, const char *table, const char **full)
{
	for (size_t i = 0; i < json_object_array_length(tables); i++) {
		json_object *row = json_object_array_get_idx(tables, i);

		if (!strcmp(ch_str(row, "name"), table)) {
			*full = ch_str(row, "engine_full");
			return ch_str(row, "engine");
		}
	}
	*full = "";
	return "";
}

static int add_column(struct upgrade_ctx *x, const char *table, const char *name,
		      const char *def, size_t n, const char *prev)
{
	struct ch_buf sql = {0};
	int rc;

	if (has_column(x->cols, table, name))
		return 0;
	if (!x->apply) {
		snprintf(x->err, x->errlen, "%s.%s has no column %s", x->c->db, table, name);
		x->added++;
		return 1;   /* stop: one is enough to say so */
	}
	if (ch_buf_printf(&sql, "ALTER TABLE %s.%s ADD COLUMN ", x->c->db, table) ||
	    ch_buf_add(&sql, def, n) ||
	    (prev[0] && ch_buf_printf(&sql, " AFTER %s", prev)) || ch_buf_add(&sql, "", 1)) {
		ch_buf_free(&sql);
		snprintf(x->err, x->errlen, "out of memory");
		return -1;
	}
	rc = ch_exec(x->c, sql.p, NULL, 0, NULL, x->err, x->errlen);
	ch_buf_free(&sql);
	if (!rc)
		x->added++;
	return rc;
}

static int upgrade_column(void *ctx, const char *name, const char *def, size_t n,
			  const char *prev)
{
	struct upgrade_ctx *x = ctx;
	char local[CH_NAME_MAX + 8];
	const char *full, *engine = engine_of(x->tables, x->table, &full);

	if (!x->cluster && !strcmp(engine, "Distributed")) {
		/* the shards' tables are on other servers too: this one alone
		 * cannot bring them up to date */
		if (has_column(x->cols, x->table, name))
			return 0;
		snprintf(x->err, x->errlen, "%s.%s (%s) has no column %s: this store is older "
			 "than this sockwatch; run 'sockwatch ship --init --cluster NAME' on every "
			 "server of the cluster", x->c->db, x->table, full, name);
		return -1;
	}
	if (x->cluster) {
		int r;

		snprintf(local, sizeof(local), "%s_local", x->table);
		if ((r = add_column(x, local, name, def, n, prev)))
			return r;
	}
	return add_column(x, x->table, name, def, n, prev);
}

static bool any_distributed(json_object *tables)
{
	for (size_t i = 0; i < json_object_array_length(tables); i++)
		if (!strcmp(ch_str(json_object_array_get_idx(tables, i), "engine"), "Distributed"))
			return true;
	return false;
}

static int upgrade_table(void *ctx, const char *stmt, size_t n, const char *table)
{
	struct upgrade_ctx *x = ctx;
	const char *full;

	if (!table)
		return 0;
	x->table = table;
	if (!engine_of(x->tables, table, &full)[0]) {
		/* a table newer than the store: made whole, no column to add */
		struct create_ctx cx = { x->c, x->cluster, x->err, x->errlen };

		if (!x->apply) {
			snprintf(x->err, x->errlen, "%s has no table %s", x->c->db, table);
			x->added++;
			return 1;
		}
		if (!x->cluster && any_distributed(x->tables)) {
			snprintf(x->err, x->errlen, "%s has no table %s and its tables are "
				 "Distributed: this store is older than this sockwatch; run "
				 "'sockwatch ship --init --cluster NAME' on every server of the "
				 "cluster", x->c->db, table);
			return -1;
		}
		if (create_one(&cx, stmt, n, table))
			return -1;
		x->added++;
		return 0;
	}
	return each_column(stmt, n, upgrade_column, x);
}

int ch_schema_upgrade(struct ch_conn *c, const char *cluster, bool apply, unsigned *added,
		      char *err, size_t errlen)
{
	struct upgrade_ctx x = { .c = c, .cluster = cluster, .apply = apply, .err = err,
				 .errlen = errlen };
	struct ch_buf q = {0};
	int rc = -1;

	*added = 0;
	if (ch_buf_printf(&q, "SELECT table, name FROM system.columns WHERE database = ") ||
	    ch_quote(&q, c->db)) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (ch_rows(c, q.p, &x.cols, err, errlen))
		goto out;
	ch_buf_free(&q);
	if (ch_buf_printf(&q, "SELECT name, engine, engine_full FROM system.tables WHERE "
			  "database = ") || ch_quote(&q, c->db)) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (ch_rows(c, q.p, &x.tables, err, errlen))
		goto out;
	rc = each_statement(upgrade_table, &x);
	if (rc > 0) /* !apply: a column is missing, err names it */
		rc = 0;
	*added = x.added;
out:
	ch_buf_free(&q);
	json_object_put(x.cols);
	json_object_put(x.tables);
	return rc;
}
