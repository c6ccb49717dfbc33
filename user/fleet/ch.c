// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The ClickHouse HTTP client (ch.h) on libcurl. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "common/diag.h"
#include "fleet/ch.h"
#include "output/escape.h"
#include "output/json_writer.h"

#define CONNECT_TIMEOUT_S 10L
/* A server that sends nothing for this long has stalled: give up rather
 * than hang a ship or a report forever. */
#define STALL_BYTES_PER_S 1L
#define STALL_S 120L
#define SHOWN_ERR_MAX 300      /* bytes of a server message kept */

/* ---- buffers ----------------------------------------------------------- */

/* Room for n more bytes and a NUL. 0, -1 out of memory. */
static int reserve(struct ch_buf *b, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		char *p;

		while (cap < b->n + n + 1)
			cap *= 2;
		p = realloc(b->p, cap);
		if (!p)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	return 0;
}

int ch_buf_add(struct ch_buf *b, const void *s, size_t n)
{
	if (reserve(b, n))
		return -1;
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
	return 0;
}

int ch_buf_jw(struct ch_buf *b, void (*fill)(struct jw *w, const void *ctx), const void *ctx)
{
	for (size_t room = 4096; room <= (256u << 20); room *= 4) {
		struct jw w;

		if (reserve(b, room))
			return -1;
		jw_init_buf(&w, b->p + b->n, b->cap - b->n - 1);
		fill(&w, ctx);
		jw_newline(&w);
		if (jw_ok(&w)) {
			b->n += jw_len(&w);
			b->p[b->n] = '\0';
			return 0;
		}
	}
	return -1;
}

int ch_buf_printf(struct ch_buf *b, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof(small))
		return ch_buf_add(b, small, (size_t)n);
	{
		char *big = malloc((size_t)n + 1);
		int rc;

		if (!big)
			return -1;
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		rc = ch_buf_add(b, big, (size_t)n);
		free(big);
		return rc;
	}
}

void ch_buf_free(struct ch_buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

int ch_quote(struct ch_buf *b, const char *s)
{
	if (ch_buf_add(b, "'", 1))
		return -1;
	for (; *s; s++) {
		if ((*s == '\'' || *s == '\\') && ch_buf_add(b, "\\", 1))
			return -1;
		if (ch_buf_add(b, s, 1))
			return -1;
	}
	return ch_buf_add(b, "'", 1);
}

bool ch_name_ok(const char *name)
{
	size_t n = strlen(name);

	if (!n || n >= CH_NAME_MAX || (name[0] >= '0' && name[0] <= '9'))
		return false;
	return strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == n;
}

/* ---- connection -------------------------------------------------------- */

static void curl_global(void)
{
	static bool done;

	if (!done) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		done = true;
	}
}

int ch_open(struct ch_conn *c, const char *url, const char *db, char *err, size_t errlen)
{
	CURLU *u = NULL;
	char *scheme = NULL, *host = NULL, *shown = NULL;
	const char *pw = getenv("CLICKHOUSE_PASSWORD");
	int rc = -1;

	memset(c, 0, sizeof(*c));
	if (!ch_name_ok(db)) {
		snprintf(err, errlen, "--database: '%.64s' is not a plain name (letters, digits, _)",
			 db);
		return -1;
	}
	snprintf(c->db, sizeof(c->db), "%s", db);
	curl_global();
	u = curl_url();
	if (!u || curl_url_set(u, CURLUPART_URL, url, 0) ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) ||
	    (strcmp(scheme, "http") && strcmp(scheme, "https"))) {
		snprintf(err, errlen, "--clickhouse: '%.200s' is not an http:// or https:// URL "
			 "(e.g. http://127.0.0.1:8123)", url);
		goto out;
	}
	curl_url_set(u, CURLUPART_PASSWORD, NULL, 0);
	if (curl_url_get(u, CURLUPART_URL, &shown, 0))
		goto oom;
	c->url = strdup(url);
	c->shown = strdup(shown);
	c->curl = curl_easy_init();
	if (!c->url || !c->shown || !c->curl)
		goto oom;
	curl_easy_setopt(c->curl, CURLOPT_CONNECTTIMEOUT, CONNECT_TIMEOUT_S);
	curl_easy_setopt(c->curl, CURLOPT_LOW_SPEED_LIMIT, STALL_BYTES_PER_S);
	curl_easy_setopt(c->curl, CURLOPT_LOW_SPEED_TIME, STALL_S);
	curl_easy_setopt(c->curl, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c->curl, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(c->curl, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	if (pw)
		curl_easy_setopt(c->curl, CURLOPT_PASSWORD, pw);
	/* 64-bit integers as JSON numbers (json-c reads them exactly); record
	 * lines as they are, fields the table has no column for left out; an
	 * insert into a Distributed table answers once every shard has it */
	snprintf(c->settings, sizeof(c->settings),
		 "&output_format_json_quote_64bit_integers=0&input_format_skip_unknown_fields=1"
		 "&insert_distributed_sync=1");
	rc = 0;
	goto out;
oom:
	snprintf(err, errlen, "out of memory");
out:
	if (rc)
		ch_close(c);
	curl_free(scheme);
	curl_free(host);
	curl_free(shown);
	curl_url_cleanup(u);
	return rc;
}

void ch_close(struct ch_conn *c)
{
	if (c->curl)
		curl_easy_cleanup(c->curl);
	free(c->url);
	free(c->shown);
	memset(c, 0, sizeof(*c));
}

/* ---- requests ---------------------------------------------------------- */

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	struct ch_buf *b = ud;

	return ch_buf_add(b, p, size * n) ? 0 : size * n;
}

/* ClickHouse's exception, one line, escaped for the terminal: "Code: 60,
 * e.displayText() = DB::Exception: Table x doesn't exist, e.what() = ..."
 * becomes "Table x doesn't exist (code 60)". */
static void server_message(const char *body, size_t n, char *out, size_t outlen)
{
	char line[SHOWN_ERR_MAX + 1];
	const char *s = body, *e;
	const char *code = NULL;
	size_t len;

	if (n) {
		const char *c = memmem(body, n, "Code: ", 6);

		if (c) {
			code = c + 6;
			s = c;
		}
	}
	len = n - (size_t)(s - body);
	e = memchr(s, '\n', len);
	if (e)
		len = (size_t)(e - s);
	{
		const char *m = memmem(s, len, "DB::Exception: ", 15);
		const char *w = memmem(s, len, ", e.what()", 10);

		if (m) {
			len -= (size_t)(m + 15 - s);
			s = m + 15;
			if (w && w > s)
				len = (size_t)(w - s);
		}
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\r' || s[len - 1] == '.'))
		len--;
	if (len > SHOWN_ERR_MAX)
		len = SHOWN_ERR_MAX;
	memcpy(line, s, len);
	line[len] = '\0';
	{
		char esc[SHOWN_ERR_MAX * ESC_TABLE_MAX + 1];

		esc_line(esc, sizeof(esc), line, len);
		if (code)
			snprintf(out, outlen, "%s (code %d)", esc, atoi(code));
		else
			snprintf(out, outlen, "%s", len ? esc : "no message");
	}
}

int ch_exec(struct ch_conn *c, const char *sql, const char *body, size_t len,
	    struct ch_buf *out, char *err, size_t errlen)
{
	struct ch_buf resp = {0}, url = {0};
	char cerr[CURL_ERROR_SIZE] = "", msg[SHOWN_ERR_MAX * ESC_TABLE_MAX + 32];
	long status = 0;
	CURLcode r;
	int rc = -1;

	if (ch_buf_add(&url, c->url, strlen(c->url)) ||
	    ch_buf_add(&url, strchr(c->url, '?') ? "&" : "?", 1) ||
	    ch_buf_printf(&url, "%s", c->settings + 1)) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (body) {
		char *q = curl_easy_escape(c->curl, sql, 0);

		if (!q || ch_buf_printf(&url, "&query=%s", q)) {
			curl_free(q);
			snprintf(err, errlen, "out of memory");
			goto out;
		}
		curl_free(q);
	} else {
		body = sql;
		len = strlen(sql);
	}
	curl_easy_setopt(c->curl, CURLOPT_URL, url.p);
	curl_easy_setopt(c->curl, CURLOPT_POST, 1L);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, &resp);
	curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, cerr);
	r = curl_easy_perform(c->curl);
	curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, NULL);
	if (r != CURLE_OK) {
		snprintf(err, errlen, "cannot reach ClickHouse at %s: %s", c->shown,
			 cerr[0] ? cerr : curl_easy_strerror(r));
		goto out;
	}
	curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &status);
	if (status != 200) {
		server_message(resp.p ? resp.p : "", resp.n, msg, sizeof(msg));
		if (status == 401 || status == 403)
			snprintf(err, errlen, "ClickHouse at %s refused the credentials: %s",
				 c->shown, msg);
		else
			snprintf(err, errlen, "ClickHouse at %s: %s", c->shown, msg);
		goto out;
	}
	rc = 0;
	if (out) {
		*out = resp;
		memset(&resp, 0, sizeof(resp));
	}
out:
	ch_buf_free(&resp);
	ch_buf_free(&url);
	return rc;
}

int ch_rows(struct ch_conn *c, const char *sql, json_object **rows, char *err, size_t errlen)
{
	struct ch_buf q = {0}, resp = {0};
	json_object *doc = NULL, *data;
	int rc = -1;

	*rows = NULL;
	if (ch_buf_printf(&q, "%s FORMAT JSON", sql)) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if (ch_exec(c, q.p, NULL, 0, &resp, err, errlen))
		goto out;
	doc = resp.p ? json_tokener_parse(resp.p) : NULL;
	if (!doc || !json_object_object_get_ex(doc, "data", &data) ||
	    !json_object_is_type(data, json_type_array)) {
		char msg[SHOWN_ERR_MAX * ESC_TABLE_MAX + 32];

		/* an exception thrown after the first rows were sent */
		server_message(resp.p ? resp.p : "", resp.n, msg, sizeof(msg));
		snprintf(err, errlen, "ClickHouse at %s: unreadable answer: %s", c->shown, msg);
		goto out;
	}
	*rows = json_object_get(data);
	rc = 0;
out:
	json_object_put(doc);
	ch_buf_free(&q);
	ch_buf_free(&resp);
	return rc;
}

const char *ch_str(json_object *row, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(row, key, &v) || !json_object_is_type(v, json_type_string))
		return "";
	return json_object_get_string(v);
}

int64_t ch_int(json_object *row, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(row, key, &v) || !v)
		return 0;
	return json_object_get_int64(v);
}

/* ---- the store options -------------------------------------------------- */

bool ch_opts_take(struct ch_opts *o, int opt, const char *arg)
{
	switch (opt) {
	case CH_OPT_CLICKHOUSE:
		o->url = arg;
		return true;
	case CH_OPT_DATABASE:
		o->db = arg;
		return true;
	default:
		return false;
	}
}

int ch_opts_open(const struct ch_opts *o, struct ch_conn *c, const char *cmd)
{
	char err[CH_ERR_LEN + 128];

	if (ch_open(c, o->url, o->db ? o->db : CH_DEFAULT_DB, err, sizeof(err))) {
		diag("%s: %s", cmd, err);
		return -1;
	}
	return 0;
}
