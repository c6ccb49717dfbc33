// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch label PORT[/PROTO]...`: labeling without capture or root. */
#include <getopt.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include "cmd/commands.h"
#include "common/diag.h"
#include "common/trust.h"
#include "output/escape.h"
#include "output/json_writer.h"
#include "label/event.h"
#include "capture/filter.h"
#include "label/labels.h"
#include "common/opts.h"

static void usage(FILE *f)
{
	fprintf(f,
"Usage: sockwatch label [--json] [--services FILE] PORT[/tcp|/udp]...\n"
"Print the port class (RFC 6335) and service of each port. Without /PROTO\n"
"both tcp and udp are shown. Needs no privileges.\n"
"\n"
"  -j, --json          one JSON object per line\n"
"      --services FILE services(5) file overriding the built-in table\n"
"      --insecure-files accept a --services file others can write\n"
"  -h, --help          this help\n"
"\n"
"Example:\n"
"  sockwatch label 22 443/tcp 53/udp 50000\n");
}

static void print_one(unsigned port, int proto, const struct services *svc, int json)
{
	const char *name = services_lookup(svc, port, proto);
	const char *proto_name = sw_proto_name((unsigned)proto);
	const char *class = port_class_name(port_class_of(port));
	char esc[SERVICES_NAME_MAX * ESC_JSON_MAX + 1];

	if (json) {
		/* the service escaped, and room for the rest of the line */
		char line[sizeof(esc) + 128];
		struct jw w;

		jw_init_buf(&w, line, sizeof(line));
		jw_object_start(&w);
		JW_KEY(&w, "port");
		jw_u64(&w, port);
		JW_KEY(&w, "proto");
		jw_str(&w, proto_name);
		JW_KEY(&w, "port_class");
		jw_str(&w, class);
		JW_KEY(&w, "service");
		jw_str(&w, name);
		jw_object_end(&w);
		jw_newline(&w);
		if (!jw_finish(&w))
			fwrite(line, 1, jw_len(&w), stdout);
	} else {
		if (name)
			esc_table(esc, sizeof(esc), name, strlen(name));
		printf("%-5u %-5s %-10s %s\n", port, proto_name, class, name ? esc : "-");
	}
}

int cmd_label(int argc, char **argv)
{
	static const struct option long_opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "services", required_argument, NULL, 's' },
		FILTER_LONGOPT_INSECURE,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *services_file = NULL;
	struct services *svc = NULL;
	char err[256];
	int json = 0, opt, r;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":jh", long_opts, NULL)) != -1) {
		switch (opt) {
		case 'j':
			json = 1;
			break;
		case 's':
			services_file = optarg;
			break;
		case FILTER_OPT_INSECURE:
			trust_insecure_files = true;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		default:
			return opt_getopt_error("label", opt, argv);
		}
	}
	if (optind == argc) {
		diag("label: give at least one PORT[/tcp|/udp] (try 'sockwatch label --help')");
		return EXIT_USAGE;
	}
	/* Check every argument before printing anything. */
	for (int i = optind; i < argc; i++) {
		unsigned port;
		int proto;

		if (label_parse_port_spec(argv[i], &port, &proto, err, sizeof(err))) {
			diag("label: %s", err);
			return EXIT_USAGE;
		}
	}
	r = services_setup(services_file, &svc, err, sizeof(err));
	if (r) {
		diag("%s", err);
		return r == -2 ? EXIT_RUNTIME : EXIT_USAGE;
	}
	if (!json)
		printf("%-5s %-5s %-10s %s\n", "PORT", "PROTO", "CLASS", "SERVICE");
	for (int i = optind; i < argc; i++) {
		unsigned port;
		int proto;

		label_parse_port_spec(argv[i], &port, &proto, err, sizeof(err));
		if (!proto || proto == IPPROTO_TCP)
			print_one(port, IPPROTO_TCP, svc, json);
		if (!proto || proto == IPPROTO_UDP)
			print_one(port, IPPROTO_UDP, svc, json);
	}
	services_free(svc);
	return fflush(stdout) ? EXIT_RUNTIME : EXIT_OK;
}
