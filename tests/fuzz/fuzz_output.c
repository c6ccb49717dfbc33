/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libFuzzer target: the live-event writers (user/output/output.c) and the
 * escapers under them (user/output/escape.c).
 *
 * Input layout:
 *   byte 0          mode: bit 0 labels from sw_label() (else the labeled
 *                   fields come from the input too), bits 1-7 the cap for
 *                   the direct escaper calls
 *   next 8 bytes    wall_ns
 *   next sizeof(struct sw_event) bytes   the raw event: every field as
 *                   given, kind/proto/family/role/flags out of range and
 *                   comm without a NUL included
 *   next 4+4+1      labeled port, class, service length (direct labels)
 *   the rest        the service name (at most 63 bytes, NUL ends it) for
 *                   direct labels; all of it for the direct escaper calls
 * Short inputs are padded with zeros.
 *
 * Checked on out_json_event(): json-c parses it strictly, with UTF-8
 * validation, as one object and nothing else; it is valid UTF-8 ending in
 * exactly one '\n' with no other control byte; numbers and strings read
 * back equal the event's (comm and service byte for byte when they are
 * valid UTF-8). On out_table_row(): printable ASCII and the final '\n'
 * only, and comm can be read back from its \xHH escapes. Both under
 * OUT_LINE_MAX, in a buffer of exactly that size, and the same a second
 * time through the warm time cache. esc_json() and esc_table() on the raw
 * bytes with a small cap: never past cap, terminated, no escape split,
 * and a prefix of the uncapped result.
 *
 * Also built into tests/unit/test_fuzz_regressions.c (FUZZ_ENTRY,
 * FUZZ_FAIL defined before inclusion; statics carry the outf_ prefix).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <json-c/json.h>

#include "fuzz_common.h"
#include "output/escape.h"
#include "label/event.h"
#include "label/labels.h"
#include "output/output.h"
#include "fuzz_utf8.h"

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);

/* ---- checks shared by the writers ------------------------------------------ */

static bool outf_utf8_valid(const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n;) {
		size_t k = fuzz_utf8_seq(s + i, n - i);

		if (!k)
			return false;
		i += k;
	}
	return true;
}

/* One line: n < OUT_LINE_MAX, ends in '\n', no other control byte. */
static void outf_check_line(const char *what, const char *buf, size_t n, bool ascii)
{
	if (n == 0 || n >= OUT_LINE_MAX)
		FUZZ_FAIL("%s: line of %zu bytes", what, n);
	if (buf[n - 1] != '\n')
		FUZZ_FAIL("%s: line does not end in '\\n'", what);
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned char c = (unsigned char)buf[i];

		if (c < 0x20 || c == 0x7f || (ascii && c > 0x7e))
			FUZZ_FAIL("%s: byte 0x%02x at %zu: %.*s", what, c, i, (int)n, buf);
	}
	if (!ascii && !outf_utf8_valid(buf, n))
		FUZZ_FAIL("%s: not valid UTF-8: %.*s", what, (int)n, buf);
}

/* ---- JSON --------------------------------------------------------------------- */

static json_object *outf_parse(const char *buf, size_t n)
{
	json_tokener *tok = json_tokener_new();
	json_object *o;

	if (!tok)
		FUZZ_FAIL("json_tokener_new");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, buf, (int)n);
	if (!o || json_tokener_get_error(tok) != json_tokener_success)
		FUZZ_FAIL("JSON does not parse (%s): %.*s",
			  json_tokener_error_desc(json_tokener_get_error(tok)), (int)n, buf);
	if (json_tokener_get_parse_end(tok) != n)
		FUZZ_FAIL("JSON ends at %zu of %zu: %.*s", json_tokener_get_parse_end(tok), n,
			  (int)n, buf);
	json_tokener_free(tok);
	if (!json_object_is_type(o, json_type_object))
		FUZZ_FAIL("JSON line is not an object");
	return o;
}

static json_object *outf_field(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v))
		FUZZ_FAIL("JSON has no \"%s\"", key);
	return v;
}

/* An integer field: want, or null when !present. Negative wants go
 * through int64, the rest through uint64 (cgroup ids use all 64 bits). */
static void outf_expect_int(json_object *o, const char *key, bool present, bool neg,
			    uint64_t want)
{
	json_object *v = outf_field(o, key);

	if (!present) {
		if (v)
			FUZZ_FAIL("\"%s\" is %s, not null", key, json_object_to_json_string(v));
		return;
	}
	if (!json_object_is_type(v, json_type_int))
		FUZZ_FAIL("\"%s\" is not an integer", key);
	if (neg ? json_object_get_int64(v) != (int64_t)want : json_object_get_uint64(v) != want)
		FUZZ_FAIL("\"%s\" is %s, not %s%llu", key, json_object_to_json_string(v),
			  neg ? "-" : "", neg ? -(unsigned long long)want : (unsigned long long)want);
}

/* A string field that held `raw`: equal when raw is valid UTF-8, else
 * only as long as what it became. */
static void outf_expect_str(json_object *o, const char *key, const char *raw, size_t n)
{
	json_object *v = outf_field(o, key);

	if (!raw) {
		if (v)
			FUZZ_FAIL("\"%s\" is not null", key);
		return;
	}
	if (!json_object_is_type(v, json_type_string))
		FUZZ_FAIL("\"%s\" is not a string", key);
	if (outf_utf8_valid(raw, n) &&
	    ((size_t)json_object_get_string_len(v) != n ||
	     memcmp(json_object_get_string(v), raw, n)))
		FUZZ_FAIL("\"%s\" reads back as %s, not the %zu bytes it was", key,
			  json_object_to_json_string(v), n);
}

static void outf_json(const struct sw_labeled *l)
{
	const struct sw_event *e = l->ev;
	bool known = e->flags & SW_F_OWNER_KNOWN;
	bool remote = sw_has_remote(e); /* the one rule for which lines carry rport */
	struct clock_cache tc = { .sec = -1 };
	char *buf = malloc(OUT_LINE_MAX), *again = malloc(OUT_LINE_MAX);
	size_t n, n2;
	json_object *o;

	if (!buf || !again)
		FUZZ_FAIL("malloc");
	n = out_json_event(buf, l, &tc);
	outf_check_line("json", buf, n, false);
	n2 = out_json_event(again, l, &tc); /* warm time cache */
	if (n2 != n || memcmp(buf, again, n))
		FUZZ_FAIL("json differs the second time: %.*s", (int)n2, again);

	o = outf_parse(buf, n - 1);
	outf_expect_int(o, "pid", known, false, e->pid);
	outf_expect_int(o, "tid", known, false, e->tid);
	outf_expect_int(o, "ppid", known, false, e->ppid);
	outf_expect_int(o, "uid", true, false, e->uid);
	outf_expect_int(o, "cgroup_id", sw_cgroup_known(e), false, e->cgroup_id);
	outf_expect_int(o, "netns", true, false, e->netns);
	outf_expect_int(o, "lport", true, false, e->lport);
	outf_expect_int(o, "rport", remote, false, e->rport);
	outf_expect_int(o, "port", true, false, l->port);
	outf_expect_int(o, "result", true, e->result < 0, (uint64_t)(int64_t)e->result);
	outf_expect_str(o, "comm", known ? e->comm : NULL, strnlen(e->comm, SW_COMM_LEN));
	/* kind 0 is a snapshot's line, which has no thread */
	outf_expect_str(o, "thread", known && e->kind != SW_KIND_SNAPSHOT ? e->thread : NULL,
			strnlen(e->thread, SW_COMM_LEN));
	outf_expect_str(o, "via", sw_via_name(e->via),
			sw_via_name(e->via) ? strlen(sw_via_name(e->via)) : 0);
	outf_expect_str(o, "service", l->service, l->service ? strlen(l->service) : 0);
	outf_expect_str(o, "event", sw_line_name(e->kind), strlen(sw_line_name(e->kind)));
	outf_expect_str(o, "port_class", port_class_name(l->class),
			strlen(port_class_name(l->class)));
	if (!json_object_is_type(outf_field(o, "in_progress"), json_type_boolean))
		FUZZ_FAIL("\"in_progress\" is not a boolean");
	if (json_object_get_boolean(outf_field(o, "auto_port")) != !!(e->flags & SW_F_AUTO_PORT))
		FUZZ_FAIL("\"auto_port\" does not match the event's flag");
	if (json_object_object_length(o) != 33)
		FUZZ_FAIL("JSON has %d fields", json_object_object_length(o));
	json_object_put(o);
	free(buf);
	free(again);
}

/* ---- table ----------------------------------------------------------------- */

static int outf_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1; /* esc_table writes lower case only */
}

/* Undo esc_table(): \\, \", \xHH. -1 if it is not something esc_table writes. */
static long outf_unescape_table(const char *s, size_t n, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\') {
			if (s[i] == '"')
				return -1;
			out[o++] = s[i];
			continue;
		}
		if (i + 1 < n && (s[i + 1] == '\\' || s[i + 1] == '"')) {
			out[o++] = s[++i];
			continue;
		}
		if (i + 3 >= n || s[i + 1] != 'x' || outf_hexval(s[i + 2]) < 0 ||
		    outf_hexval(s[i + 3]) < 0)
			return -1;
		out[o++] = (char)(outf_hexval(s[i + 2]) << 4 | outf_hexval(s[i + 3]));
		i += 3;
	}
	return (long)o;
}

static void outf_table(const struct sw_labeled *l)
{
	const struct sw_event *e = l->ev;
	struct clock_cache tc = { .sec = -1 };
	char *buf = malloc(OUT_LINE_MAX), *again = malloc(OUT_LINE_MAX);
	size_t n, n2;

	if (!buf || !again)
		FUZZ_FAIL("malloc");
	n = out_table_row(buf, l, &tc);
	outf_check_line("table", buf, n, true);
	n2 = out_table_row(again, l, &tc);
	if (n2 != n || memcmp(buf, again, n))
		FUZZ_FAIL("table row differs the second time: %.*s", (int)n2, again);

	/*
	 * COMM is the fifth column. The four before it hold no spaces (time,
	 * event name, right-aligned numbers), each followed by one space;
	 * COMM must be there, escaped as esc_table() does, then a space.
	 */
	if (e->flags & SW_F_OWNER_KNOWN) {
		const char *p = buf, *end = buf + n;
		char want[SW_COMM_LEN * ESC_TABLE_MAX + 1];
		size_t wl = esc_table(want, sizeof(want), e->comm, strnlen(e->comm, SW_COMM_LEN));

		for (int col = 0; col < 4; col++) {
			while (p < end && *p == ' ')
				p++;
			while (p < end && *p != ' ')
				p++;
			p++;
		}
		if (p + wl >= end || memcmp(p, want, wl) || p[wl] != ' ')
			FUZZ_FAIL("COMM column is not the escaped comm '%s': %.*s", want, (int)n,
				  buf);
	}
	free(buf);
	free(again);
}

/* ---- escapers on raw bytes -------------------------------------------------- */

static void outf_escapers(const uint8_t *raw, size_t n, size_t cap)
{
	const char *src = (const char *)raw;
	size_t full_cap = n * ESC_JSON_MAX + 1;
	char *full = malloc(full_cap), *part = cap ? malloc(cap) : NULL;
	char *back = malloc(n + 1);
	size_t fl, pl;
	long bl;

	if (!full || (cap && !part) || !back)
		FUZZ_FAIL("malloc");

	/* esc_table: lossless, printable ASCII, capped at a whole escape */
	fl = esc_table(full, n * ESC_TABLE_MAX + 1, src, n);
	if (fl > n * ESC_TABLE_MAX || full[fl] || strlen(full) != fl)
		FUZZ_FAIL("esc_table: %zu bytes for %zu", fl, n);
	for (size_t i = 0; i < fl; i++)
		if ((unsigned char)full[i] < 0x20 || (unsigned char)full[i] > 0x7e)
			FUZZ_FAIL("esc_table wrote byte 0x%02x", (unsigned char)full[i]);
	bl = outf_unescape_table(full, fl, back);
	if (bl != (long)n || memcmp(back, src, n))
		FUZZ_FAIL("esc_table is not lossless");
	pl = esc_table(part, cap, src, n);
	if (cap == 0) {
		if (pl)
			FUZZ_FAIL("esc_table wrote %zu bytes with cap 0", pl);
	} else {
		if (pl >= cap || part[pl] || pl > fl || memcmp(part, full, pl))
			FUZZ_FAIL("esc_table cap %zu: %zu bytes, not a prefix", cap, pl);
		/* whole escapes only: what was kept decodes to a prefix of src */
		bl = outf_unescape_table(part, pl, back);
		if (bl < 0 || memcmp(back, src, (size_t)bl))
			FUZZ_FAIL("esc_table cap %zu split an escape", cap);
		/* and nothing that would have fitted was left out */
		if (pl < fl && pl + ESC_TABLE_MAX < cap)
			FUZZ_FAIL("esc_table cap %zu stopped at %zu of %zu", cap, pl, fl);
	}

	/* esc_json: valid UTF-8, a JSON string body, capped at a whole escape */
	fl = esc_json(full, full_cap, src, n);
	if (fl >= full_cap || full[fl] || strlen(full) != fl)
		FUZZ_FAIL("esc_json: %zu bytes for %zu", fl, n);
	if (!outf_utf8_valid(full, fl))
		FUZZ_FAIL("esc_json output is not UTF-8");
	{
		char *q = malloc(fl + 3);
		json_tokener *tok = json_tokener_new();
		json_object *o;

		if (!q || !tok)
			FUZZ_FAIL("malloc");
		q[0] = '"';
		memcpy(q + 1, full, fl);
		q[fl + 1] = '"';
		q[fl + 2] = '\0';
		json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
		o = json_tokener_parse_ex(tok, q, (int)(fl + 2));
		if (!o || !json_object_is_type(o, json_type_string) ||
		    json_tokener_get_parse_end(tok) != fl + 2)
			FUZZ_FAIL("esc_json output is not a JSON string body: %s", q);
		/* NUL bytes are escaped, so they read back */
		if (outf_utf8_valid(src, n) &&
		    ((size_t)json_object_get_string_len(o) != n ||
		     memcmp(json_object_get_string(o), src, n)))
			FUZZ_FAIL("esc_json does not read back as its valid UTF-8 input");
		json_object_put(o);
		json_tokener_free(tok);
		free(q);
	}
	pl = esc_json(part, cap, src, n);
	if (cap == 0) {
		if (pl)
			FUZZ_FAIL("esc_json wrote %zu bytes with cap 0", pl);
	} else {
		if (pl >= cap || part[pl] || pl > fl || memcmp(part, full, pl))
			FUZZ_FAIL("esc_json cap %zu: %zu bytes, not a prefix", cap, pl);
		if (!outf_utf8_valid(part, pl))
			FUZZ_FAIL("esc_json cap %zu split a character", cap);
		if (pl && part[pl - 1] == '\\') {
			/* a lone trailing backslash means an escape was split */
			size_t bs = 0;

			while (bs < pl && part[pl - 1 - bs] == '\\')
				bs++;
			if (bs % 2)
				FUZZ_FAIL("esc_json cap %zu split an escape", cap);
		}
		if (pl < fl && pl + ESC_JSON_MAX < cap)
			FUZZ_FAIL("esc_json cap %zu stopped at %zu of %zu", cap, pl, fl);
	}
	free(full);
	free(part);
	free(back);
}

/* ---- entry -------------------------------------------------------------------- */

static struct services *outf_svc;

int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	uint8_t fixed[1 + 8 + sizeof(struct sw_event) + 9];
	const uint8_t *rest = data + (size < sizeof(fixed) ? size : sizeof(fixed));
	size_t nrest = size > sizeof(fixed) ? size - sizeof(fixed) : 0;
	struct sw_event ev;
	struct sw_labeled l;
	uint64_t wall_ns;
	char service[SERVICES_NAME_MAX + 1];
	const uint8_t *p = fixed + 1;

	if (!outf_svc) {
		outf_svc = services_new();
		if (!outf_svc)
			FUZZ_FAIL("services_new");
	}
	memset(fixed, 0, sizeof(fixed));
	memcpy(fixed, data, size < sizeof(fixed) ? size : sizeof(fixed));

	memcpy(&wall_ns, p, 8);
	p += 8;
	memcpy(&ev, p, sizeof(ev));
	p += sizeof(ev);
	if (fixed[0] & 1) {
		sw_label(&l, &ev, wall_ns, outf_svc);
	} else {
		uint32_t port, cls;
		size_t slen = p[8] % (SERVICES_NAME_MAX + 2); /* 64: no service */

		memcpy(&port, p, 4);
		memcpy(&cls, p + 4, 4);
		l.ev = &ev;
		l.wall_ns = wall_ns;
		l.port = port;
		l.class = (enum port_class)cls;
		if (slen > SERVICES_NAME_MAX) {
			l.service = NULL;
		} else {
			if (slen > nrest)
				slen = nrest;
			memcpy(service, rest, slen);
			service[slen] = '\0';
			l.service = service;
		}
	}
	/* who acted, all of it from the input: a hostile path, command line
	 * (NULs split arguments, the last may be cut) and cgroup */
	char text[SW_ARGS_MAX + 1];
	size_t tlen = nrest < SW_ARGS_MAX ? nrest : SW_ARGS_MAX;
	struct proc_image img = { .refs = 1 };
	struct ident_cgroup cg = { .id = 1, .runtime = "podman" };
	struct sw_ident who = { &img, &cg, (int)(fixed[0] % 3) - 1 };

	memcpy(text, rest, tlen);
	text[tlen] = '\0';
	img.exe = text;
	img.args = text;
	img.args_len = (uint32_t)tlen;
	img.args_known = tlen > 0;
	img.args_cut = tlen && text[tlen - 1];
	cg.path = text;
	cg.unit = tlen & 1 ? text : NULL;
	cg.container_id = tlen & 2 ? text : NULL;
	l.who = fixed[0] & 4 ? &who : NULL;
	outf_json(&l);
	outf_table(&l);
	outf_escapers(rest, nrest, fixed[0] >> 1);
	return 0;
}
