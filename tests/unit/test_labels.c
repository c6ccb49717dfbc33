/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#include <errno.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "label/labels.h"

/* ---- helpers --------------------------------------------------------- */

#define MAX_ERRS 32

struct errlog {
	unsigned n;
	unsigned line[MAX_ERRS];
	char msg[MAX_ERRS][200];
	char path[256];
};

static void collect(void *ctx, const char *path, unsigned lineno,
		    const char *msg)
{
	struct errlog *log = ctx;

	assert_non_null(msg);
	if (log->n < MAX_ERRS) {
		log->line[log->n] = lineno;
		snprintf(log->msg[log->n], sizeof(log->msg[0]), "%s", msg);
		snprintf(log->path, sizeof(log->path), "%s", path);
	}
	log->n++;
}

/* Writes len bytes (explicit length: some fixtures contain NUL) to a fresh
 * temp file; the caller unlinks it. */
static void write_tmp(char *path, size_t pathlen, const char *data, size_t len)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(path, pathlen, "%s/test_labels.XXXXXX", dir ? dir : "/tmp");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
}

/* Loads `data` as an overlay and returns load's result; errors go to log. */
static int load_str(struct services *s, const char *data, size_t len,
		    struct errlog *log)
{
	char path[256];
	int rc;

	write_tmp(path, sizeof(path), data, len);
	rc = services_load_file(s, path, log ? collect : NULL, log);
	unlink(path);
	return rc;
}

#define LOAD(s, lit, log) load_str((s), (lit), sizeof(lit) - 1, (log))

static int setup_services(void **state)
{
	*state = services_new();
	return *state ? 0 : -1;
}

static int teardown_services(void **state)
{
	services_free(*state);
	return 0;
}

static const char *tcp(const struct services *s, unsigned port)
{
	return services_lookup(s, port, IPPROTO_TCP);
}

static const char *udp(const struct services *s, unsigned port)
{
	return services_lookup(s, port, IPPROTO_UDP);
}

/* ---- port classes ---------------------------------------------------- */

static void test_class_boundaries(void **state)
{
	(void)state;
	assert_int_equal(port_class_of(0), PORT_WELL_KNOWN);
	assert_int_equal(port_class_of(1023), PORT_WELL_KNOWN);
	assert_int_equal(port_class_of(1024), PORT_REGISTERED);
	assert_int_equal(port_class_of(49151), PORT_REGISTERED);
	assert_int_equal(port_class_of(49152), PORT_DYNAMIC);
	assert_int_equal(port_class_of(65535), PORT_DYNAMIC);
	assert_int_equal(port_class_of(70000), PORT_DYNAMIC);
}

static void test_class_names(void **state)
{
	enum port_class c;

	(void)state;
	assert_string_equal(port_class_name(PORT_WELL_KNOWN), "well-known");
	assert_string_equal(port_class_name(PORT_REGISTERED), "registered");
	assert_string_equal(port_class_name(PORT_DYNAMIC), "dynamic");
	assert_string_equal(port_class_name((enum port_class)PORT_CLASS_COUNT),
			    "unknown");
	assert_string_equal(port_class_name((enum port_class)-1), "unknown");

	for (int i = 0; i < PORT_CLASS_COUNT; i++) {
		c = (enum port_class)-1;
		assert_int_equal(port_class_parse(port_class_name(i), &c), 0);
		assert_int_equal(c, i);
	}
	assert_int_equal(port_class_parse("Well-Known", &c), 0);
	assert_int_equal(c, PORT_WELL_KNOWN);
	assert_int_equal(port_class_parse("DYNAMIC", &c), 0);
	assert_int_equal(c, PORT_DYNAMIC);

	static const char *const bad[] = {
		"", "well known", "wellknown", "well-known ", "dyn",
		"dynamics", "unknown", "registered\n",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		c = PORT_REGISTERED;
		assert_int_equal(port_class_parse(bad[i], &c), -1);
		assert_int_equal(c, PORT_REGISTERED); /* untouched */
	}
	assert_int_equal(port_class_parse(NULL, &c), -1);
}

/* ---- embedded table -------------------------------------------------- */

static void test_embedded_table_shape(void **state)
{
	(void)state;
	assert_true(services_iana_count > 5000);
	assert_int_equal(services_iana_pool[0], '\0');
	for (size_t i = 0; i < services_iana_count; i++) {
		const struct services_iana_entry *e = &services_iana_table[i];

		assert_true(e->protos >= 1 && e->protos <= 3);
		assert_true(e->name_off > 0);
		assert_true(e->name_off < services_iana_pool_size);
		const char *n = services_iana_pool + e->name_off;
		size_t len = strnlen(n, services_iana_pool_size - e->name_off);

		assert_true(len > 0 && len <= SERVICES_NAME_MAX);
		assert_true(e->name_off + len < services_iana_pool_size);
		if (i > 0) {
			const struct services_iana_entry *p = e - 1;

			/* Sorted, and one row per (port, proto) at most. */
			assert_true(p->port < e->port ||
				    (p->port == e->port &&
				     (p->protos & e->protos) == 0 &&
				     p->protos < e->protos));
		}
	}
}

static void test_embedded_lookup(void **state)
{
	struct services *s = *state;

	assert_string_equal(tcp(s, 80), "http");
	assert_string_equal(tcp(s, 443), "https");
	assert_string_equal(udp(s, 53), "domain");
	assert_string_equal(tcp(s, 22), "ssh");
	assert_string_equal(tcp(s, 53), "domain");

	/* No service registered at all. */
	assert_null(tcp(s, 4));
	assert_null(udp(s, 4));
	assert_null(tcp(s, 0));

	/* Same port, different names per protocol. */
	assert_string_equal(tcp(s, 113), "ident");
	assert_string_equal(udp(s, 113), "auth");
	/* TCP-only and UDP-only registrations. */
	assert_string_equal(tcp(s, 143), "imap");
	assert_null(udp(s, 143));
	assert_string_equal(udp(s, 270), "gist");
	assert_null(tcp(s, 270));

	/* Wireshark's range lines are expanded. */
	assert_string_equal(tcp(s, 6000), "x11");
	assert_string_equal(udp(s, 6063), "x11");

	/* Out of domain. */
	assert_null(services_lookup(s, 80, IPPROTO_SCTP));
	assert_null(services_lookup(s, 80, 0));
	assert_null(services_lookup(s, 65536, IPPROTO_TCP));
	assert_null(services_lookup(NULL, 80, IPPROTO_TCP));
}

/* ---- reverse lookup -------------------------------------------------- */

struct portlist {
	unsigned n;
	unsigned port[128];
};

static void add_port(void *ctx, unsigned port)
{
	struct portlist *pl = ctx;

	if (pl->n < 128)
		pl->port[pl->n] = port;
	pl->n++;
}

static bool has_port(const struct portlist *pl, unsigned port)
{
	for (unsigned i = 0; i < pl->n && i < 128; i++)
		if (pl->port[i] == port)
			return true;
	return false;
}

static void test_ports_of(void **state)
{
	struct services *s = *state;
	struct portlist pl = { 0 };

	size_t n = services_ports_of(s, "HTTP", IPPROTO_TCP, add_port, &pl);

	assert_int_equal(n, pl.n);
	assert_true(n >= 1);
	assert_true(has_port(&pl, 80));

	memset(&pl, 0, sizeof(pl));
	assert_int_equal(services_ports_of(s, "x11", IPPROTO_TCP, add_port, &pl),
			 64);
	assert_int_equal(pl.port[0], 6000);
	assert_int_equal(pl.port[63], 6063);

	assert_int_equal(services_ports_of(s, "ident", IPPROTO_TCP, NULL, NULL), 1);
	assert_int_equal(services_ports_of(s, "ident", IPPROTO_UDP, NULL, NULL), 0);
	assert_int_equal(services_ports_of(s, "no-such-service", IPPROTO_TCP,
					   NULL, NULL), 0);
	assert_int_equal(services_ports_of(s, "http", IPPROTO_SCTP, NULL, NULL), 0);
	assert_int_equal(services_ports_of(s, NULL, IPPROTO_TCP, NULL, NULL), 0);

	/* Reverse lookup follows overlays. */
	assert_int_equal(LOAD(s, "web 80/tcp\n", NULL), 0);
	memset(&pl, 0, sizeof(pl));
	services_ports_of(s, "http", IPPROTO_TCP, add_port, &pl);
	assert_false(has_port(&pl, 80));
	memset(&pl, 0, sizeof(pl));
	assert_int_equal(services_ports_of(s, "Web", IPPROTO_TCP, add_port, &pl), 1);
	assert_int_equal(pl.port[0], 80);
}

/* ---- overlays -------------------------------------------------------- */

static void test_overlay_precedence(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };

	assert_int_equal(LOAD(s, "web 80/tcp\n"
				 "other 80/tcp\n" /* later in same file: loses */
				 "mine 12345/udp\n"
				 "r 100-102/tcp\n"
				 "r2 101/tcp\n",
			      &log), 0);
	assert_int_equal(log.n, 0);
	assert_string_equal(tcp(s, 80), "web");
	assert_string_equal(udp(s, 80), "http"); /* other proto untouched */
	assert_string_equal(udp(s, 12345), "mine");
	assert_string_equal(tcp(s, 101), "r");
	assert_string_equal(tcp(s, 102), "r");

	/* A second overlay overrides the first, and only where it speaks. */
	assert_int_equal(LOAD(s, "web2 80/tcp\nr3 101/tcp\n", &log), 0);
	assert_int_equal(log.n, 0);
	assert_string_equal(tcp(s, 80), "web2");
	assert_string_equal(tcp(s, 101), "r3");
	assert_string_equal(tcp(s, 100), "r");
	assert_string_equal(udp(s, 12345), "mine");
	assert_string_equal(tcp(s, 443), "https");
}

static void test_overlay_restating_iana(void **state)
{
	struct services *s = *state;
	const char *before = tcp(s, 22);

	/* Restating the registry's own name must not change the answer. */
	assert_int_equal(LOAD(s, "ssh 22/tcp\n", NULL), 0);
	assert_string_equal(tcp(s, 22), "ssh");
	assert_ptr_equal(tcp(s, 22), before);
}

static void test_multi_proto(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };

	assert_int_equal(LOAD(s, "both 9/tcp/udp/sctp/dccp # Discard\n"
				 "sctponly 5000/sctp\n"
				 "apple 5001/ddp\n"
				 "shout 5002/TCP/Udp\n"
				 "udponly 5003/sctp/udp\n",
			      &log), 0);
	assert_int_equal(log.n, 0);
	assert_string_equal(tcp(s, 9), "both");
	assert_string_equal(udp(s, 9), "both");
	assert_ptr_equal(tcp(s, 9), udp(s, 9)); /* one copy per line */
	assert_string_equal(tcp(s, 5000), "commplex-main"); /* unchanged */
	assert_string_equal(tcp(s, 5001), "commplex-link");
	assert_string_equal(tcp(s, 5002), "shout");
	assert_string_equal(udp(s, 5002), "shout");
	assert_string_equal(udp(s, 5003), "udponly");
	assert_string_not_equal(tcp(s, 5003), "udponly");
}

static void test_malformed_lines(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };
	static const char data[] =
		"good1 1001/tcp\n"                                  /* 1 */
		"onlyname\n"                                        /* 2 */
		"noproto 80\n"                                      /* 3 */
		"badport abc/tcp\n"                                 /* 4 */
		"bigport 70000/tcp\n"                               /* 5 */
		"typo 81/tpc\n"                                     /* 6 */
		"a234567890123456789012345678901234567890123456789012345678901234"
		" 82/tcp\n"                                         /* 7: 64 */
		"bad\001name 83/tcp\n"                              /* 8 */
		"empty 84/\n"                                       /* 9 */
		"good2 1002/udp\n"                                  /* 10 */
		"# comment line\n"                                  /* 11 */
		"\n"                                                /* 12 */
		"   \tindented 1003/tcp   alias1 alias2 # note\n"   /* 13 */
		"neg -1/tcp\n"                                      /* 14 */
		"backwards 10-5/tcp\n"                              /* 15 */
		"half 85/tcp/tpc\n"                                 /* 16 */
		"a23456789012345678901234567890123456789012345678901234567890123"
		" 86/tcp\n"                                         /* 17: 63 */
		"nul\0x 87/tcp\n"                                   /* 18 */
		"hex 0x50/tcp\n"                                    /* 19 */
		"#only comment # 88/tcp\n"                          /* 20 */
		"commented # 89/tcp\n"                              /* 21 */
		"good3 1004/tcp\n";                                 /* 22 */
	static const struct {
		unsigned line;
		const char *needle;
	} want[] = {
		{ 2, "missing port/protocol after 'onlyname'" },
		{ 3, "missing protocol in '80'" },
		{ 4, "port 'abc' is not a decimal number" },
		{ 5, "port '70000' out of range (0-65535)" },
		{ 6, "unknown protocol 'tpc'" },
		{ 7, "longer than 63 bytes" },
		{ 8, "non-printable" },
		{ 9, "empty protocol" },
		{ 14, "port '-1' is not a decimal number" },
		{ 15, "backwards" },
		{ 16, "unknown protocol 'tpc'" },
		{ 18, "non-printable" },
		{ 19, "not a decimal number" },
		{ 21, "missing port/protocol" },
	};
	const unsigned nwant = sizeof(want) / sizeof(want[0]);
	const char *orig85 = tcp(s, 85);

	assert_int_equal(load_str(s, data, sizeof(data) - 1, &log), 0);
	assert_int_equal(log.n, nwant);
	for (unsigned i = 0; i < nwant; i++) {
		assert_int_equal(log.line[i], want[i].line);
		if (!strstr(log.msg[i], want[i].needle))
			fail_msg("line %u: got '%s', want '%s'", want[i].line,
				 log.msg[i], want[i].needle);
	}
	assert_non_null(strstr(log.path, "test_labels."));

	assert_string_equal(tcp(s, 1001), "good1");
	assert_string_equal(udp(s, 1002), "good2");
	assert_string_equal(tcp(s, 1003), "indented");
	assert_string_equal(tcp(s, 1004), "good3");
	assert_string_equal(
		tcp(s, 86),
		"a23456789012345678901234567890123456789012345678901234567890123");
	/* Nothing from the bad lines leaked in, not even half a line. */
	assert_string_equal(tcp(s, 80), "http");
	assert_ptr_equal(tcp(s, 85), orig85);
	assert_null(services_lookup(s, 70000, IPPROTO_TCP));
	for (unsigned p = 5; p <= 10; p++)
		assert_string_not_equal(tcp(s, p) ? tcp(s, p) : "", "backwards");
	assert_int_equal(services_ports_of(s, "commented", IPPROTO_TCP, NULL,
					   NULL), 0);

	/* Without a callback, bad lines are still skipped quietly. */
	assert_int_equal(load_str(s, data, sizeof(data) - 1, NULL), 0);
	assert_string_equal(tcp(s, 1004), "good3");
}

static void test_missing_file(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };

	assert_int_equal(services_load_file(s, "/nonexistent/sockwatch/services",
					    collect, &log), -ENOENT);
	assert_int_equal(log.n, 0);
	assert_int_equal(services_load_file(s, "/", collect, &log), -EISDIR);
	assert_int_equal(services_load_file(s, NULL, NULL, NULL), -EINVAL);
	assert_string_equal(tcp(s, 80), "http");
}

static void test_empty_file(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };

	assert_int_equal(load_str(s, "", 0, &log), 0);
	assert_int_equal(log.n, 0);
	assert_string_equal(tcp(s, 80), "http");
}

static void test_crlf(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };

	assert_int_equal(LOAD(s, "crlf 1234/tcp\r\n"
				 "\r\n"
				 "crlf2 1235/udp # comment\r\n"
				 "crlf3 1236/tcp alias\r\n"
				 "bad 99999/tcp\r\n",
			      &log), 0);
	assert_string_equal(tcp(s, 1234), "crlf");
	assert_string_equal(udp(s, 1235), "crlf2");
	assert_string_equal(tcp(s, 1236), "crlf3");
	assert_int_equal(log.n, 1);
	assert_int_equal(log.line[0], 5);
}

static void test_no_trailing_newline(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };

	assert_int_equal(LOAD(s, "first 1240/tcp\nlast 1241/tcp", &log), 0);
	assert_int_equal(log.n, 0);
	assert_string_equal(tcp(s, 1240), "first");
	assert_string_equal(tcp(s, 1241), "last");

	assert_int_equal(LOAD(s, "first 1240/tcp\nbad 1241/xyz", &log), 0);
	assert_int_equal(log.n, 1);
	assert_int_equal(log.line[0], 2);
}

/* Builds "NAME PORT/tcp #xxxx..." padded to exactly `len` bytes. */
static char *padded_line(const char *head, size_t len)
{
	char *l = malloc(len + 1);
	size_t h = strlen(head);

	assert_non_null(l);
	assert_true(len > h + 2);
	memcpy(l, head, h);
	l[h] = '#';
	memset(l + h + 1, 'x', len - h - 1);
	l[len] = '\0';
	return l;
}

static void test_long_lines(void **state)
{
	struct services *s = *state;
	struct errlog log = { 0 };
	char *l1024 = padded_line("fits 1250/tcp ", SERVICES_LINE_MAX);
	char *l1025 = padded_line("over 1251/tcp ", SERVICES_LINE_MAX + 1);
	char *huge = padded_line("huge 1252/tcp ", 100000);
	char *buf = malloc(200000);
	size_t n;

	assert_non_null(buf);
	n = (size_t)sprintf(buf, "before 1253/tcp\n%s\n%s\r\n%s\n%s\r\nafter 1254/tcp\n",
			    l1024, l1025, huge, l1024);
	assert_int_equal(load_str(s, buf, n, &log), 0);

	assert_int_equal(log.n, 2);
	assert_int_equal(log.line[0], 3);
	assert_int_equal(log.line[1], 4);
	assert_non_null(strstr(log.msg[0], "line too long"));
	assert_non_null(strstr(log.msg[1], "line too long"));
	/* The long lines were dropped whole, not cut into pieces. */
	assert_string_equal(tcp(s, 1253), "before");
	assert_string_equal(tcp(s, 1250), "fits");
	assert_string_not_equal(tcp(s, 1251) ? tcp(s, 1251) : "", "over");
	assert_string_not_equal(tcp(s, 1252) ? tcp(s, 1252) : "", "huge");
	assert_string_equal(tcp(s, 1254), "after");

	free(buf);
	free(huge);
	free(l1025);
	free(l1024);
}

static void test_pointer_stability(void **state)
{
	struct services *s = *state;
	const char *p;
	char *big = malloc(64 * 2000);
	size_t n = 0;

	assert_int_equal(LOAD(s, "stable-name 40000/tcp\n", NULL), 0);
	p = tcp(s, 40000);
	assert_string_equal(p, "stable-name");

	/* Enough new names to need several arena blocks. */
	assert_non_null(big);
	for (unsigned i = 0; i < 2000; i++)
		n += (size_t)sprintf(big + n, "svc-%u-xxxxxxxxxxxxxxxxxxxxxxxx %u/udp\n",
				     i, 20000 + i);
	assert_int_equal(load_str(s, big, n, NULL), 0);
	assert_string_equal(udp(s, 21999), "svc-1999-xxxxxxxxxxxxxxxxxxxxxxxx");
	assert_ptr_equal(tcp(s, 40000), p);
	assert_string_equal(p, "stable-name");
	free(big);
}

/* The system's own services files must load without a single complaint:
 * they are the files users will point --services at. */
static void test_real_files(void **state)
{
	static const char *const files[] = { "/etc/services",
					     "/usr/share/wireshark/services" };
	struct services *s = *state;
	unsigned loaded = 0;

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		struct errlog log = { 0 };
		int rc = services_load_file(s, files[i], collect, &log);

		if (rc == -ENOENT)
			continue;
		assert_int_equal(rc, 0);
		if (log.n)
			fail_msg("%s:%u: %s", files[i], log.line[0], log.msg[0]);
		loaded++;
	}
	if (!loaded) {
		print_message("skipped: neither services file is installed\n");
		skip();
	}
	assert_string_equal(tcp(s, 22), "ssh");
}

/* Loading Wireshark's file as an overlay must reproduce the embedded table
 * exactly; this checks the generator and the runtime parser agree. */
static void test_generator_matches_parser(void **state)
{
	struct services *s = *state;
	struct services *e = services_new();
	int rc;

	assert_non_null(e);
	rc = services_load_file(s, "/usr/share/wireshark/services", NULL, NULL);
	if (rc == -ENOENT) {
		services_free(e);
		print_message("skipped: /usr/share/wireshark/services missing "
			      "(package libwireshark-data)\n");
		skip();
	}
	assert_int_equal(rc, 0);
	for (unsigned port = 0; port < 65536; port++) {
		const char *a = tcp(s, port), *b = tcp(e, port);
		const char *c = udp(s, port), *d = udp(e, port);

		if ((a == NULL) != (b == NULL) || (a && strcmp(a, b)) ||
		    (c == NULL) != (d == NULL) || (c && strcmp(c, d)))
			fail_msg("port %u differs", port);
	}
	services_free(e);
}

/* ---- port specs ------------------------------------------------------ */

static void test_port_spec_good(void **state)
{
	static const struct {
		const char *spec;
		unsigned port;
		int proto;
	} ok[] = {
		{ "80", 80, 0 },
		{ "80/tcp", 80, IPPROTO_TCP },
		{ "80/udp", 80, IPPROTO_UDP },
		{ "53/UDP", 53, IPPROTO_UDP },
		{ "0", 0, 0 },
		{ "65535", 65535, 0 },
		{ "65535/tcp", 65535, IPPROTO_TCP },
		{ "0080", 80, 0 },
	};
	char err[128];

	(void)state;
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		unsigned port = 12345;
		int proto = -7;

		if (label_parse_port_spec(ok[i].spec, &port, &proto, err,
					  sizeof(err)) != 0)
			fail_msg("'%s' rejected: %s", ok[i].spec, err);
		assert_int_equal(port, ok[i].port);
		assert_int_equal(proto, ok[i].proto);
	}
}

static void test_port_spec_bad(void **state)
{
	static const struct {
		const char *spec;
		const char *msg;
	} bad[] = {
		{ "80/sctp", "unknown protocol 'sctp' (expected tcp or udp)" },
		{ "-1", "port '-1' out of range (0-65535)" },
		{ "65536", "port '65536' out of range (0-65535)" },
		{ "70000", "port '70000' out of range (0-65535)" },
		{ "99999999999999999999999", "out of range (0-65535)" },
		{ "abc", "port 'abc' is not a decimal number" },
		{ "80x", "port '80x' is not a decimal number" },
		{ "", "empty port spec" },
		{ "80/", "missing protocol after '/' in '80/'" },
		{ "/tcp", "missing port in '/tcp'" },
		{ " 80", "is not a decimal number" },
		{ "+80", "is not a decimal number" },
		{ "0x50", "is not a decimal number" },
		{ "80/tcp/udp", "unknown protocol 'tcp/udp'" },
		{ "8\0330", "port '8?0' is not a decimal number" },
	};
	char err[128];

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		unsigned port = 12345;
		int proto = -7;

		err[0] = 'Z';
		assert_int_equal(label_parse_port_spec(bad[i].spec, &port, &proto,
						       err, sizeof(err)), -1);
		if (!strstr(err, bad[i].msg))
			fail_msg("'%s': got '%s', want '%s'", bad[i].spec, err,
				 bad[i].msg);
		assert_int_equal(port, 12345);
		assert_int_equal(proto, -7);
	}

	/* Message buffer is optional and truncation is safe. */
	assert_int_equal(label_parse_port_spec("abc", NULL, NULL, NULL, 0), -1);
	char tiny[8];
	assert_int_equal(label_parse_port_spec("70000", NULL, NULL, tiny,
					       sizeof(tiny)), -1);
	assert_int_equal(strlen(tiny), sizeof(tiny) - 1);
	assert_int_equal(label_parse_port_spec(NULL, NULL, NULL, err,
					       sizeof(err)), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_class_boundaries),
		cmocka_unit_test(test_class_names),
		cmocka_unit_test(test_embedded_table_shape),
#define SVC(t) cmocka_unit_test_setup_teardown(t, setup_services, teardown_services)
		SVC(test_embedded_lookup),
		SVC(test_ports_of),
		SVC(test_overlay_precedence),
		SVC(test_overlay_restating_iana),
		SVC(test_multi_proto),
		SVC(test_malformed_lines),
		SVC(test_missing_file),
		SVC(test_empty_file),
		SVC(test_crlf),
		SVC(test_no_trailing_newline),
		SVC(test_long_lines),
		SVC(test_pointer_stability),
		SVC(test_real_files),
		SVC(test_generator_matches_parser),
#undef SVC
		cmocka_unit_test(test_port_spec_good),
		cmocka_unit_test(test_port_spec_bad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
