/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "capture/filter.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define TCP 0
#define UDP 1

/* ---- helpers --------------------------------------------------------- */

struct fixture {
	struct filter_opts *fo;
	struct capture_filter *out;
	struct services *svc;    /* from filter_finish */
	struct services *ref;    /* services_setup(NULL): what --service sees */
	char *args[64];          /* option arguments, which the parser may keep */
	int nargs;
	char err[OPT_ERR_LEN + 256];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	char err[256];

	if (!f)
		return -1;
	f->fo = calloc(1, sizeof(*f->fo));
	f->out = calloc(1, sizeof(*f->out));
	if (!f->fo || !f->out || services_setup(NULL, &f->ref, err, sizeof(err)))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	services_free(f->svc);
	services_free(f->ref);
	for (int i = 0; i < f->nargs; i++)
		free(f->args[i]);
	free(f->fo);
	free(f->out);
	free(f);
	return 0;
}

/* One option, as getopt would hand it over: a writable argv string. */
static int opt(struct fixture *f, int code, const char *arg)
{
	char *copy = NULL;

	if (arg) {
		assert_true(f->nargs < (int)N(f->args));
		copy = f->args[f->nargs++] = strdup(arg);
		assert_non_null(copy);
	}
	f->err[0] = '\0';
	return filter_opt(f->fo, code, copy, f->err);
}

static void opt_ok(struct fixture *f, int code, const char *arg)
{
	int r = opt(f, code, arg);

	if (r != 1)
		fail_msg("option %d '%s': returned %d: %s", code, arg ? arg : "", r, f->err);
}

static void opt_err(struct fixture *f, int code, const char *arg, const char *needle)
{
	int r = opt(f, code, arg);

	if (r != -1)
		fail_msg("option %d '%s': returned %d, want -1", code, arg ? arg : "", r);
	if (!strstr(f->err, needle))
		fail_msg("option %d '%s': got '%s', want '%s'", code, arg ? arg : "", f->err,
			 needle);
}

static int finish(struct fixture *f)
{
	services_free(f->svc);
	f->svc = NULL;
	f->err[0] = '\0';
	return filter_finish(f->fo, f->out, &f->svc, f->err, sizeof(f->err));
}

static void finish_ok(struct fixture *f)
{
	if (finish(f))
		fail_msg("filter_finish failed: %s", f->err);
	assert_non_null(f->svc);
}

static bool bit(const uint8_t *bits, unsigned port)
{
	return bits[port >> 3] & (1u << (port & 7));
}

static unsigned count_bits(const uint8_t *bits)
{
	unsigned n = 0;

	for (unsigned p = 0; p < 65536; p++)
		n += bit(bits, p);
	return n;
}

/* The bitmap holds exactly the ports `want` says yes to. */
static void expect_bits(const uint8_t *bits, bool (*want)(unsigned port), const char *what)
{
	for (unsigned p = 0; p < 65536; p++)
		if (bit(bits, p) != want(p))
			fail_msg("%s: port %u is %s", what, p, bit(bits, p) ? "set" : "clear");
}

static bool none(unsigned port)
{
	(void)port;
	return false;
}

/* ---- ports and classes ----------------------------------------------- */

static bool is_80_8000_8001(unsigned p)
{
	return p == 80 || p == 8000 || p == 8001;
}

static void test_port_list(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, 'P', "80,8000-8001");
	assert_true(f->fo->port_set);
	finish_ok(f);
	assert_true(f->out->ports_on);
	expect_bits(f->out->ports[TCP], is_80_8000_8001, "tcp");
	expect_bits(f->out->ports[UDP], is_80_8000_8001, "udp");
	/* the argument is given back intact */
	assert_string_equal(f->args[0], "80,8000-8001");
}

static bool is_80_443(unsigned p)
{
	return p == 80 || p == 443;
}

static void test_port_repeated(void **state)
{
	struct fixture *f = *state;

	/* two --port options add up */
	opt_ok(f, 'P', "80");
	opt_ok(f, 'P', "443");
	finish_ok(f);
	expect_bits(f->out->ports[TCP], is_80_443, "tcp");
	expect_bits(f->out->ports[UDP], is_80_443, "udp");
}

static bool is_edge(unsigned p)
{
	return p == 0 || p == 65535;
}

static void test_port_edges(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, 'P', "0,65535");
	finish_ok(f);
	expect_bits(f->out->ports[TCP], is_edge, "tcp");
	expect_bits(f->out->ports[UDP], is_edge, "udp");
}

static void test_port_errors(void **state)
{
	struct fixture *f = *state;

	opt_err(f, 'P', "70000", "--port: ");
	assert_non_null(strstr(f->err, "out of range"));
	opt_err(f, 'P', "80,", "--port: empty item");
	opt_err(f, 'P', "", "--port: empty list");
	opt_err(f, 'P', "90-80", "backwards");
	opt_err(f, 'P', "http", "--port: 'http' is not a port");
}

static bool well_known(unsigned p)
{
	return p <= 1023;
}

static void test_class_well_known(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, FILTER_OPT_CLASS, "well-known");
	assert_true(f->fo->class_set);
	finish_ok(f);
	assert_true(f->out->ports_on);
	expect_bits(f->out->ports[TCP], well_known, "tcp");
	expect_bits(f->out->ports[UDP], well_known, "udp");
}

static bool not_registered(unsigned p)
{
	return p <= 1023 || p >= 49152;
}

static void test_class_list(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, FILTER_OPT_CLASS, "Well-Known,DYNAMIC");
	finish_ok(f);
	expect_bits(f->out->ports[TCP], not_registered, "tcp");
	expect_bits(f->out->ports[UDP], not_registered, "udp");
}

static void test_class_errors(void **state)
{
	struct fixture *f = *state;

	opt_err(f, FILTER_OPT_CLASS, "ephemeral", "--class: unknown port class 'ephemeral'");
	opt_err(f, FILTER_OPT_CLASS, "dynamic,", "--class: empty item");
}

static void test_port_class_intersect_empty(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, 'P', "80");
	opt_ok(f, FILTER_OPT_CLASS, "dynamic");
	finish_ok(f);
	/* on, and matching nothing: not "off" */
	assert_true(f->out->ports_on);
	expect_bits(f->out->ports[TCP], none, "tcp");
	expect_bits(f->out->ports[UDP], none, "udp");
}

static bool is_50000(unsigned p)
{
	return p == 50000;
}

static void test_port_class_intersect(void **state)
{
	struct fixture *f = *state;

	/* order of the options does not matter */
	opt_ok(f, FILTER_OPT_CLASS, "dynamic");
	opt_ok(f, 'P', "80,50000");
	finish_ok(f);
	expect_bits(f->out->ports[TCP], is_50000, "tcp");
	expect_bits(f->out->ports[UDP], is_50000, "udp");
}

/* ---- services -------------------------------------------------------- */

static void mark(void *ctx, unsigned port)
{
	uint8_t *bits = ctx;

	bits[port >> 3] |= 1u << (port & 7);
}

/* The bitmap for a name as the reference table has it. */
static void ref_bits(struct fixture *f, const char *name, int proto, uint8_t *bits)
{
	memset(bits, 0, SW_PORT_BITMAP_BYTES);
	services_ports_of(f->ref, name, proto, mark, bits);
}

static void test_service_ssh(void **state)
{
	struct fixture *f = *state;
	uint8_t want[SW_PORT_BITMAP_BYTES];

	opt_ok(f, FILTER_OPT_SERVICE, "ssh");
	finish_ok(f);
	assert_true(f->out->ports_on);
	assert_true(bit(f->out->ports[TCP], 22));
	assert_true(bit(f->out->ports[UDP], 22));
	ref_bits(f, "ssh", IPPROTO_TCP, want);
	assert_memory_equal(f->out->ports[TCP], want, sizeof(want));
	ref_bits(f, "ssh", IPPROTO_UDP, want);
	assert_memory_equal(f->out->ports[UDP], want, sizeof(want));
	/* the embedded registry has ssh on 22 only */
	if (count_bits(f->out->ports[TCP]) != 1)
		print_message("note: /etc/services adds ssh ports here\n");
}

static void test_service_proto_udp(void **state)
{
	struct fixture *f = *state;
	uint8_t want[SW_PORT_BITMAP_BYTES];

	opt_ok(f, FILTER_OPT_SERVICE, "http");
	opt_ok(f, FILTER_OPT_PROTO, "udp");
	finish_ok(f);
	assert_int_equal(f->out->proto, IPPROTO_UDP);
	assert_true(f->out->ports_on);
	assert_true(bit(f->out->ports[UDP], 80));
	ref_bits(f, "http", IPPROTO_UDP, want);
	assert_memory_equal(f->out->ports[UDP], want, sizeof(want));
	/* tcp is not watched, so no tcp port is selected */
	expect_bits(f->out->ports[TCP], none, "tcp");
}

static void test_service_list_and_case(void **state)
{
	struct fixture *f = *state;
	uint8_t want[SW_PORT_BITMAP_BYTES], w2[SW_PORT_BITMAP_BYTES];

	opt_ok(f, FILTER_OPT_SERVICE, "SSH,https");
	opt_ok(f, FILTER_OPT_SERVICE, "domain");
	finish_ok(f);
	for (int p = 0; p < 2; p++) {
		int proto = p ? IPPROTO_UDP : IPPROTO_TCP;

		ref_bits(f, "ssh", proto, want);
		ref_bits(f, "https", proto, w2);
		for (size_t i = 0; i < sizeof(want); i++)
			want[i] |= w2[i];
		ref_bits(f, "domain", proto, w2);
		for (size_t i = 0; i < sizeof(want); i++)
			want[i] |= w2[i];
		assert_memory_equal(f->out->ports[p], want, sizeof(want));
		assert_true(bit(f->out->ports[p], 22));
		assert_true(bit(f->out->ports[p], 443));
		assert_true(bit(f->out->ports[p], 53));
	}
}

static bool is_22(unsigned p)
{
	return p == 22;
}

static void test_service_and_port(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, FILTER_OPT_SERVICE, "ssh");
	opt_ok(f, 'P', "1-1023");
	finish_ok(f);
	expect_bits(f->out->ports[TCP], is_22, "tcp");
	expect_bits(f->out->ports[UDP], is_22, "udp");
}

static void test_service_and_port_disjoint(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, FILTER_OPT_SERVICE, "ssh");
	opt_ok(f, 'P', "80");
	finish_ok(f);
	assert_true(f->out->ports_on);
	expect_bits(f->out->ports[TCP], none, "tcp");
	expect_bits(f->out->ports[UDP], none, "udp");
}

static void test_service_unknown(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, FILTER_OPT_SERVICE, "ssh,no-such-service-xyz");
	assert_int_equal(finish(f), -1);
	assert_null(f->svc);
	if (!strstr(f->err, "--service: unknown service 'no-such-service-xyz'"))
		fail_msg("got '%s'", f->err);
	assert_null(strchr(f->err, '\n'));
}

static void test_service_unknown_for_proto(void **state)
{
	struct fixture *f = *state;
	uint8_t want[SW_PORT_BITMAP_BYTES];

	/* imap is TCP only in the registry */
	ref_bits(f, "imap", IPPROTO_UDP, want);
	if (count_bits(want)) {
		/* this system's /etc/services gives it a UDP port */
		print_message("skipped: /etc/services here names imap for UDP\n");
		skip();
	}
	opt_ok(f, FILTER_OPT_SERVICE, "imap");
	opt_ok(f, FILTER_OPT_PROTO, "udp");
	assert_int_equal(finish(f), -1);
	assert_null(f->svc);
	assert_non_null(strstr(f->err, "unknown service 'imap' for that --proto"));
}

static void test_service_empty_items(void **state)
{
	static const char *const bad[] = { "", "ssh,,http", ",ssh", "ssh," };
	struct fixture *f = *state;

	for (size_t i = 0; i < N(bad); i++) {
		memset(f->fo, 0, sizeof(*f->fo));
		opt_ok(f, FILTER_OPT_SERVICE, bad[i]);
		assert_int_equal(finish(f), -1);
		assert_null(f->svc);
		if (!strstr(f->err, "--service: empty item"))
			fail_msg("'%s': got '%s'", bad[i], f->err);
	}
}

static void test_service_too_often(void **state)
{
	struct fixture *f = *state;

	for (int i = 0; i < FILTER_MAX_LISTS; i++)
		opt_ok(f, FILTER_OPT_SERVICE, "ssh");
	opt_err(f, FILTER_OPT_SERVICE, "ssh", "--service: given too often");
}

static void write_tmp(char *path, size_t len, const char *data)
{
	int fd;

	snprintf(path, len, "%s/test_filter.XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, strlen(data)), (ssize_t)strlen(data));
	assert_int_equal(close(fd), 0);
}

static bool is_9999(unsigned p)
{
	return p == 9999;
}

static void test_services_file(void **state)
{
	struct fixture *f = *state;
	char path[256];

	write_tmp(path, sizeof(path), "my-svc-xyz 9999/tcp\n");
	opt_ok(f, FILTER_OPT_SERVICES, path);
	opt_ok(f, FILTER_OPT_SERVICE, "my-svc-xyz");
	finish_ok(f);
	unlink(path);
	expect_bits(f->out->ports[TCP], is_9999, "tcp");
	expect_bits(f->out->ports[UDP], none, "udp");
	assert_string_equal(services_lookup(f->svc, 9999, IPPROTO_TCP), "my-svc-xyz");
}

static void test_services_file_errors(void **state)
{
	struct fixture *f = *state;
	char path[256];

	opt_ok(f, FILTER_OPT_SERVICES, "/nonexistent/sockwatch-services");
	assert_int_equal(finish(f), -2); /* unreadable: a runtime failure */
	assert_null(f->svc);
	assert_non_null(strstr(f->err, "--services: cannot read '/nonexistent/sockwatch-services'"));

	write_tmp(path, sizeof(path), "fine 9998/tcp\ntypo 9999/tpc\n");
	memset(f->fo, 0, sizeof(*f->fo));
	opt_ok(f, FILTER_OPT_SERVICES, path);
	assert_int_equal(finish(f), -1);
	unlink(path);
	assert_null(f->svc);
	assert_non_null(strstr(f->err, path));
	assert_non_null(strstr(f->err, ":2: "));
}

/* ---- everything else ------------------------------------------------- */

static void test_event_kinds(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, 'e', "connect,close");
	finish_ok(f);
	assert_int_equal(f->out->kinds, (1u << SW_CONNECT) | (1u << SW_CLOSE));

	memset(f->fo, 0, sizeof(*f->fo));
	opt_ok(f, 'e', "Listen");
	opt_ok(f, 'e', "bind,accept");
	finish_ok(f);
	assert_int_equal(f->out->kinds,
			 (1u << SW_LISTEN) | (1u << SW_BIND) | (1u << SW_ACCEPT));

	opt_err(f, 'e', "connect,sendmsg", "--event: unknown event 'sendmsg'");
	opt_err(f, 'e', "connect,", "--event: empty item");
	opt_err(f, 'e', "unknown", "unknown event");
}

static void test_family(void **state)
{
	struct fixture *f = *state;

	opt_ok(f, '4', NULL);
	opt_ok(f, '4', NULL); /* saying it twice is fine */
	opt_err(f, '6', NULL, "-4 and -6 exclude each other");
	finish_ok(f);
	assert_int_equal(f->out->family, AF_INET);

	memset(f->fo, 0, sizeof(*f->fo));
	opt_ok(f, '6', NULL);
	opt_err(f, '4', NULL, "-4 and -6 exclude each other");
	finish_ok(f);
	assert_int_equal(f->out->family, AF_INET6);
}

static void test_comm(void **state)
{
	struct fixture *f = *state;

	opt_err(f, 'c', "0123456789abcdef", "--comm: '0123456789abcdef' must be 1-15 characters");
	assert_false(f->fo->f.comm_on);
	opt_err(f, 'c', "", "--comm: '' must be 1-15 characters");
	opt_err(f, 'c', "a-very-long-process-name-indeed", "must be 1-15");

	opt_ok(f, 'c', "0123456789abcde");
	opt_ok(f, 'c', "curl"); /* the last one wins, with no leftovers */
	finish_ok(f);
	assert_true(f->out->comm_on);
	assert_memory_equal(f->out->comm, "curl\0\0\0\0\0\0\0\0\0\0\0\0", SW_COMM_LEN);
}

static void test_pid_uid(void **state)
{
	struct fixture *f = *state;

	opt_err(f, 'p', "0", "--pid: '0' is out of range (1-4294967295)");
	opt_err(f, 'p', "4294967296", "--pid: ");
	opt_err(f, 'p', "-1", "--pid: '-1' is not a whole number");
	opt_err(f, 'p', "self", "--pid: ");
	opt_ok(f, 'p', "4294967295");
	opt_ok(f, 'p', "1234");

	opt_err(f, 'u', "4294967295", "--uid: '4294967295' is out of range (0-4294967294)");
	opt_err(f, 'u', "root", "--uid: ");
	assert_false(f->fo->f.uid_on);
	opt_ok(f, 'u', "0");

	finish_ok(f);
	assert_int_equal(f->out->pid, 1234);
	assert_true(f->out->uid_on);
	assert_int_equal(f->out->uid, 0);
}

static void test_proto_failed(void **state)
{
	struct fixture *f = *state;

	opt_err(f, FILTER_OPT_PROTO, "sctp", "--proto: 'sctp' is not tcp or udp");
	opt_err(f, FILTER_OPT_PROTO, "", "is not tcp or udp");
	opt_ok(f, FILTER_OPT_PROTO, "UDP");
	opt_ok(f, FILTER_OPT_PROTO, "tcp");
	opt_ok(f, 'x', NULL);
	finish_ok(f);
	assert_int_equal(f->out->proto, IPPROTO_TCP);
	assert_true(f->out->failed);
}

static void test_not_filter_options(void **state)
{
	static const int others[] = { 'j', 'd', 'n', 'h', 'v', '?', 0, 0x1ff };
	struct fixture *f = *state;

	for (size_t i = 0; i < N(others); i++)
		assert_int_equal(opt(f, others[i], "x"), 0);
}

static void test_finish_without_ports(void **state)
{
	struct fixture *f = *state;
	uint8_t zero[SW_PORT_BITMAP_BYTES] = { 0 };

	finish_ok(f);
	assert_false(f->out->ports_on);
	assert_int_equal(f->out->pid, 0);
	assert_false(f->out->uid_on);
	assert_false(f->out->comm_on);
	assert_int_equal(f->out->kinds, 0);
	assert_int_equal(f->out->proto, 0);
	assert_int_equal(f->out->family, 0);
	assert_false(f->out->failed);
	assert_memory_equal(f->out->ports[TCP], zero, sizeof(zero));
	assert_memory_equal(f->out->ports[UDP], zero, sizeof(zero));

	/* other filters alone leave ports off too */
	memset(f->fo, 0, sizeof(*f->fo));
	opt_ok(f, 'p', "42");
	opt_ok(f, 'e', "connect");
	opt_ok(f, FILTER_OPT_PROTO, "tcp");
	finish_ok(f);
	assert_false(f->out->ports_on);
	assert_int_equal(f->out->pid, 42);
	/* and a table came back for labeling */
	assert_string_equal(services_lookup(f->svc, 22, IPPROTO_TCP), "ssh");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(t) cmocka_unit_test_setup_teardown(t, setup, teardown)
		T(test_port_list),
		T(test_port_repeated),
		T(test_port_edges),
		T(test_port_errors),
		T(test_class_well_known),
		T(test_class_list),
		T(test_class_errors),
		T(test_port_class_intersect_empty),
		T(test_port_class_intersect),
		T(test_service_ssh),
		T(test_service_proto_udp),
		T(test_service_list_and_case),
		T(test_service_and_port),
		T(test_service_and_port_disjoint),
		T(test_service_unknown),
		T(test_service_unknown_for_proto),
		T(test_service_empty_items),
		T(test_service_too_often),
		T(test_services_file),
		T(test_services_file_errors),
		T(test_event_kinds),
		T(test_family),
		T(test_comm),
		T(test_pid_uid),
		T(test_proto_failed),
		T(test_not_filter_options),
		T(test_finish_without_ports),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
