/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Filter options (--pid, --port, --service, ...) shared by the commands
 * that capture, turned into the kernel-side capture filter. Also loads the
 * service table, since --service names resolve through it.
 */
#ifndef SOCKWATCH_FILTER_H
#define SOCKWATCH_FILTER_H

#include <stdbool.h>
#include <stdint.h>

#include "capture.h"
#include "labels.h"
#include "opts.h"

#define FILTER_MAX_LISTS 16

struct filter_opts {
	struct capture_filter f;
	bool port_set, class_set;
	uint8_t port_bits[SW_PORT_BITMAP_BYTES];  /* --port */
	uint8_t class_bits[SW_PORT_BITMAP_BYTES]; /* --class */
	char *services[FILTER_MAX_LISTS];         /* --service lists, resolved later */
	int nservices;
	const char *services_file;                /* --services */
};

/* getopt short/long codes for the filter options, for the commands. */
#define FILTER_SHORTOPTS "p:u:c:P:e:46x"
enum {
	FILTER_OPT_CLASS = 0x100,
	FILTER_OPT_SERVICE,
	FILTER_OPT_PROTO,
	FILTER_OPT_SERVICES,
	FILTER_OPT_INSECURE,
};
#define FILTER_LONGOPT_INSECURE { "insecure-files", no_argument, NULL, FILTER_OPT_INSECURE }

/* One option: 1 if it was a filter option, 0 if not, -1 with err. */
int filter_opt(struct filter_opts *fo, int opt, char *arg, char *err);

/*
 * Load the service table (IANA, then /etc/services, then --services) and
 * resolve everything into out. -1 with a one-line message in err.
 */
int filter_finish(struct filter_opts *fo, struct capture_filter *out,
		  struct services **svc, char *err, size_t errlen);

/* The service table alone, for commands without filters. */
int services_setup(const char *user_file, struct services **svc, char *err, size_t errlen);

#endif
