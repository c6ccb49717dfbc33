// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "common/diag.h"
#include "label/event.h"
#include "capture/filter.h"
#include "common/input.h"
#include "common/opts.h"
#include "common/trust.h"

static void set_bit(uint8_t *bits, unsigned port)
{
	bits[port >> 3] |= 1u << (port & 7);
}

static int add_port(void *ctx, const char *item, char *err)
{
	struct filter_opts *fo = ctx;
	unsigned lo, hi;

	if (opt_port_range(item, &lo, &hi, err))
		return -1;
	for (unsigned p = lo; p <= hi; p++)
		set_bit(fo->port_bits, p);
	return 0;
}

static int add_class(void *ctx, const char *item, char *err)
{
	struct filter_opts *fo = ctx;
	enum port_class c;

	if (port_class_parse(item, &c)) {
		snprintf(err, OPT_ERR_LEN, "unknown port class '%s' (well-known, registered, dynamic)",
			 item);
		return -1;
	}
	for (unsigned p = 0; p <= 65535; p++)
		if (port_class_of(p) == c)
			set_bit(fo->class_bits, p);
	return 0;
}

static int add_kind(void *ctx, const char *item, char *err)
{
	struct filter_opts *fo = ctx;
	int k = sw_kind_parse(item);

	if (k < 0) {
		snprintf(err, OPT_ERR_LEN,
			 "unknown event '%s' (connect, bind, listen, accept, close, send)", item);
		return -1;
	}
	fo->f.kinds |= 1u << k;
	return 0;
}

static int prefixed(char *err, const char *opt)
{
	char tmp[OPT_ERR_LEN];

	snprintf(tmp, sizeof(tmp), "%s: %s", opt, err);
	memcpy(err, tmp, OPT_ERR_LEN);
	return -1;
}

int filter_opt(struct filter_opts *fo, int opt, char *arg, char *err)
{
	uint64_t v;

	switch (opt) {
	case 'p':
		if (opt_uint(arg, 1, UINT32_MAX, &v, err))
			return prefixed(err, "--pid");
		fo->f.pid = v;
		return 1;
	case 'u':
		if (opt_uint(arg, 0, UINT32_MAX - 1, &v, err))
			return prefixed(err, "--uid");
		fo->f.uid_on = true;
		fo->f.uid = v;
		return 1;
	case 'c':
		if (!*arg || strlen(arg) >= SW_COMM_LEN) {
			snprintf(err, OPT_ERR_LEN, "--comm: '%.40s' must be 1-%d characters "
				 "(the kernel keeps no more of a process name)", arg, SW_COMM_LEN - 1);
			return -1;
		}
		fo->f.comm_on = true;
		memset(fo->f.comm, 0, sizeof(fo->f.comm));
		memcpy(fo->f.comm, arg, strlen(arg));
		return 1;
	case 'P':
		fo->port_set = true;
		return opt_list(arg, add_port, fo, err) ? prefixed(err, "--port") : 1;
	case FILTER_OPT_CLASS:
		fo->class_set = true;
		return opt_list(arg, add_class, fo, err) ? prefixed(err, "--class") : 1;
	case FILTER_OPT_SERVICE:
		if (fo->nservices == FILTER_MAX_LISTS) {
			snprintf(err, OPT_ERR_LEN, "--service: given too often; use one list");
			return -1;
		}
		fo->services[fo->nservices++] = arg;
		return 1;
	case 'e':
		return opt_list(arg, add_kind, fo, err) ? prefixed(err, "--event") : 1;
	case FILTER_OPT_PROTO:
		if (!strcasecmp(arg, "tcp"))
			fo->f.proto = IPPROTO_TCP;
		else if (!strcasecmp(arg, "udp"))
			fo->f.proto = IPPROTO_UDP;
		else {
			snprintf(err, OPT_ERR_LEN, "--proto: '%.40s' is not tcp or udp", arg);
			return -1;
		}
		return 1;
	case '4':
	case '6':
		if (fo->f.family && fo->f.family != (opt == '4' ? AF_INET : AF_INET6)) {
			snprintf(err, OPT_ERR_LEN, "-4 and -6 exclude each other");
			return -1;
		}
		fo->f.family = opt == '4' ? AF_INET : AF_INET6;
		return 1;
	case 'x':
		fo->f.failed = true;
		return 1;
	case FILTER_OPT_SERVICES:
		fo->services_file = arg;
		return 1;
	case FILTER_OPT_EXE:
		return ident_filter_exe(&fo->ident, arg, err, OPT_ERR_LEN) ? -1 : 1;
	case FILTER_OPT_UNIT:
		return ident_filter_unit(&fo->ident, arg, err, OPT_ERR_LEN) ? -1 : 1;
	case FILTER_OPT_CONTAINER:
		return ident_filter_container(&fo->ident, arg, err, OPT_ERR_LEN) ? -1 : 1;
	case FILTER_OPT_INSECURE:
		trust_insecure_files = true;
		return 1;
	default:
		return 0;
	}
}

int run_opt(int opt, const char *arg, struct capture_opts *c, struct run_limits *lim,
	    char *err)
{
	uint64_t v;

	switch (opt) {
	case 'd':
		if (opt_duration_ms(arg, 366ull * 24 * 3600 * 1000, &lim->duration_ms, err))
			return prefixed(err, "--duration");
		if (!lim->duration_ms) {
			snprintf(err, OPT_ERR_LEN, "--duration: must be more than 0");
			return -1;
		}
		return 1;
	case 'n':
		return opt_uint(arg, 1, UINT64_MAX, &lim->count, err) ? prefixed(err, "--count") : 1;
	case FILTER_OPT_RING:
		if (opt_size(arg, 4096, 1ull << 30, &c->ring_bytes, err))
			return prefixed(err, "--ring-size");
		/* the kernel takes only a power of two: say so, never round */
		if (c->ring_bytes & (c->ring_bytes - 1)) {
			snprintf(err, OPT_ERR_LEN, "--ring-size: %.40s is not a power of two (e.g. "
				 "1M, 2M, 4M)", arg);
			return -1;
		}
		return 1;
	case FILTER_OPT_LATENCY:
		if (opt_uint(arg, 0, 10000, &v, err))
			return prefixed(err, "--latency");
		c->latency_ms = (unsigned)v;
		return 1;
	case 'v':
		c->verbose = true;
		return 1;
	case FILTER_OPT_METRICS:
		lim->metrics_listen = arg;
		return 1;
	case FILTER_OPT_METRICS_FILE:
		lim->metrics_file = arg;
		return 1;
	case FILTER_OPT_METRICS_APPROVED:
		lim->metrics_approved = arg;
		return 1;
	default:
		return 0;
	}
}

struct svc_errors {
	char *err;
	size_t errlen;
	int count;
};

static void first_error(void *ctx, const char *path, unsigned lineno, const char *msg)
{
	struct svc_errors *e = ctx;

	if (!e->count++)
		snprintf(e->err, e->errlen, "%s:%u: %s", path, lineno, msg);
}

int services_setup(const char *user_file, struct services **svc, char *err, size_t errlen)
{
	struct svc_errors errs = { err, errlen, 0 };
	int r;

	*svc = services_new();
	if (!*svc) {
		snprintf(err, errlen, "out of memory");
		return -2;
	}
	/* The system file is optional, and its quirks are the system's: a
	 * malformed line there is skipped, not fatal. */
	services_load_file(*svc, "/etc/services", NULL, NULL);
	if (!user_file)
		return 0;
	/* a file others can write is the file's state, as a missing one is:
	 * a runtime failure, as for an unsafe record directory */
	if (trust_file("--services", user_file, err, errlen)) {
		services_free(*svc);
		*svc = NULL;
		return -2;
	}
	r = services_load_file(*svc, user_file, first_error, &errs);
	if (r < 0) {
		snprintf(err, errlen, "--services: cannot read '%s': %s", user_file,
			 input_strerror(r));
		services_free(*svc);
		*svc = NULL;
		return -2; /* the file, not the command line: a runtime failure */
	}
	if (errs.count)
		goto fail; /* one of ours: a typo silently ignored would mislabel */
	return 0;
fail:
	services_free(*svc);
	*svc = NULL;
	return -1;
}

struct svc_ports {
	uint8_t *bits;
};

static void mark_port(void *ctx, unsigned port)
{
	set_bit(((struct svc_ports *)ctx)->bits, port);
}

static int add_services(struct filter_opts *fo, struct services *svc,
			uint8_t bits[2][SW_PORT_BITMAP_BYTES], char *err, size_t errlen)
{
	for (int i = 0; i < fo->nservices; i++) {
		char *list = fo->services[i], *save = NULL;

		if (!*list || strstr(list, ",,") || list[0] == ',' || list[strlen(list) - 1] == ',') {
			snprintf(err, errlen, "--service: empty item in list '%s'", list);
			return -1;
		}
		for (char *name = strtok_r(list, ",", &save); name; name = strtok_r(NULL, ",", &save)) {
			size_t n = 0;

			for (int p = 0; p < 2; p++) {
				int proto = p ? IPPROTO_UDP : IPPROTO_TCP;
				struct svc_ports sp = { bits[p] };

				if (fo->f.proto && fo->f.proto != proto)
					continue;
				n += services_ports_of(svc, name, proto, mark_port, &sp);
			}
			if (!n) {
				snprintf(err, errlen, "--service: unknown service '%s'%s (not in the "
					 "IANA table, /etc/services or --services)", name,
					 fo->f.proto ? " for that --proto" : "");
				return -1;
			}
		}
	}
	return 0;
}

int filter_finish(struct filter_opts *fo, struct capture_filter *out,
		  struct services **svc, char *err, size_t errlen)
{
	int r = services_setup(fo->services_file, svc, err, errlen);

	if (r)
		return r;
	*out = fo->f;
	out->ports_on = fo->port_set || fo->class_set || fo->nservices;
	if (!out->ports_on)
		return 0;
	/* --port, --class and --service each narrow: intersect them */
	memset(out->ports, 0xff, sizeof(out->ports));
	for (int p = 0; p < 2; p++)
		for (size_t i = 0; i < SW_PORT_BITMAP_BYTES; i++) {
			if (fo->port_set)
				out->ports[p][i] &= fo->port_bits[i];
			if (fo->class_set)
				out->ports[p][i] &= fo->class_bits[i];
		}
	if (fo->nservices) {
		static uint8_t bits[2][SW_PORT_BITMAP_BYTES];

		memset(bits, 0, sizeof(bits));
		if (add_services(fo, *svc, bits, err, errlen)) {
			services_free(*svc);
			*svc = NULL;
			return -1;
		}
		for (int p = 0; p < 2; p++)
			for (size_t i = 0; i < SW_PORT_BITMAP_BYTES; i++)
				out->ports[p][i] &= bits[p][i];
	}
	return 0;
}

int capture_cli_opt(const char *cmd, int opt, char **argv, struct capture_opts *c,
		    struct run_limits *lim, struct filter_opts *fo)
{
	char err[OPT_ERR_LEN];
	int r = run_opt(opt, optarg, c, lim, err);

	if (!r)
		r = filter_opt(fo, opt, optarg, err);
	if (r > 0)
		return -1;
	if (r < 0) {
		diag("%s", err);
		return 2;
	}
	return opt_getopt_error(cmd, opt, argv);
}
