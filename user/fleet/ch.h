/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A ClickHouse client over its HTTP interface (libcurl): the fleet store
 * that `ship`, `report --clickhouse` and `verify --clickhouse` talk to.
 *
 * The URL is http(s)://[USER[:PASSWORD]@]HOST:PORT[/]; credentials in it
 * go as HTTP basic authentication (a password may also come from the
 * CLICKHOUSE_PASSWORD environment variable, which keeps it out of `ps`).
 * Every failure becomes one line: the server unreachable, credentials
 * refused, or ClickHouse's own exception text, never a raw dump.
 *
 * ClickHouse 18.16 has no query parameters, so values go into SQL as
 * literals quoted by ch_quote(); names (database, tables) are checked
 * identifiers.
 */
#ifndef SOCKWATCH_CH_H
#define SOCKWATCH_CH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#define CH_DEFAULT_DB "sockwatch"
#define CH_NAME_MAX 64
#define CH_ERR_LEN 512

struct ch_conn {
	void *curl;                 /* CURL * */
	char *url;                  /* as given, credentials included */
	char *shown;                /* for messages: the password left out */
	char db[CH_NAME_MAX];
	char settings[256];         /* extra URL parameters, "&a=1&b=2" */
};

/* A growing byte buffer (responses, insert bodies). */
struct ch_buf {
	char *p;
	size_t n, cap;
};

int ch_buf_add(struct ch_buf *b, const void *s, size_t n);   /* 0, -1 OOM */
struct jw;
/* One JSON line appended to b, written by fill through json_writer (the
 * program's one JSON writer) into b's free space, grown until it fits.
 * 0, -1 out of memory. */
int ch_buf_jw(struct ch_buf *b, void (*fill)(struct jw *w, const void *ctx), const void *ctx);
int ch_buf_printf(struct ch_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void ch_buf_free(struct ch_buf *b);

/*
 * The store options of every command that talks to ClickHouse (ship,
 * verify, report): CH_LONG_OPTIONS in its getopt_long table, and each
 * CH_OPT_* it returns given to ch_opts_take(). Each command's --help says
 * what the store is for in its own words.
 */
enum { CH_OPT_CLICKHOUSE = 0x600, CH_OPT_DATABASE };
#define CH_LONG_OPTIONS                                                         \
	{ "clickhouse", required_argument, NULL, CH_OPT_CLICKHOUSE },           \
	{ "database", required_argument, NULL, CH_OPT_DATABASE }

struct ch_opts {
	const char *url;        /* --clickhouse; NULL: not given */
	const char *db;         /* --database; NULL: not given (CH_DEFAULT_DB) */
};

/* Take getopt_long's opt (and its argument) when it is one of them. */
bool ch_opts_take(struct ch_opts *o, int opt, const char *arg);
/* Connect to the store they name: 0, or -1 after one line "CMD: why" on
 * stderr (the URL or database name is malformed: a usage error). */
int ch_opts_open(const struct ch_opts *o, struct ch_conn *c, const char *cmd);

/* Is name a plain identifier ([A-Za-z_][A-Za-z0-9_]*, < CH_NAME_MAX)? */
bool ch_name_ok(const char *name);
/* Check url and db, set up curl. -1 with one line in err (a usage error:
 * the URL or the database name is malformed). */
int ch_open(struct ch_conn *c, const char *url, const char *db, char *err, size_t errlen);
void ch_close(struct ch_conn *c);

/*
 * Run one statement. With body == NULL the SQL is the POST body; with a
 * body (the rows of an INSERT ... FORMAT X) the SQL goes in the URL. The
 * response goes to out (NULL: dropped). 0, or -1 with one line in err.
 */
int ch_exec(struct ch_conn *c, const char *sql, const char *body, size_t len,
	    struct ch_buf *out, char *err, size_t errlen);
/* Run sql (a SELECT without FORMAT) and return its rows as a json-c array
 * of objects (64-bit integers as numbers). 0, or -1 with err. */
int ch_rows(struct ch_conn *c, const char *sql, json_object **rows, char *err, size_t errlen);

/* Append s as a ClickHouse string literal ('...', \ and ' escaped). */
int ch_quote(struct ch_buf *b, const char *s);

/* Row field helpers: "" / 0 when absent or null. */
const char *ch_str(json_object *row, const char *key);
int64_t ch_int(json_object *row, const char *key);

/* Create the schema (schema.sql, built in) in c->db, and upgrade tables an
 * older sockwatch made (ch_schema_upgrade; *added: columns added). With
 * cluster, the tables are NAME_local and NAME is Distributed over that
 * cluster, sharded by host: run it on every server of the cluster. */
int ch_schema_create(struct ch_conn *c, const char *cluster, unsigned *added, char *err,
		     size_t errlen);
/*
 * Bring c->db's existing tables up to schema.sql: a table the schema has
 * and the store lacks is created, a column the schema has and a table
 * lacks is added (ALTER TABLE ADD COLUMN, after the column that comes
 * before it in the schema), so a store made by an older sockwatch takes
 * today's lines; rows shipped before hold the column's default (NULL,
 * empty). With cluster, NAME_local and the Distributed NAME
 * on this server; tables Distributed without cluster given are not
 * changed (the shards are other servers): an error says what to run.
 * With apply false nothing changes: *added is 1 and err names a missing
 * column or table, or 0. 0, or -1 with err.
 */
int ch_schema_upgrade(struct ch_conn *c, const char *cluster, bool apply, unsigned *added,
		      char *err, size_t errlen);
/* Does c->db hold sockwatch's tables (any of them: a store an older
 * sockwatch made lacks the newer ones, see ch_schema_upgrade)? 1 yes, 0
 * no, -1 error. */
int ch_schema_present(struct ch_conn *c, char *err, size_t errlen);

#endif
