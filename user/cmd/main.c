// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* sockwatch: command dispatch. Each command lives in its own module. */
#include <stdio.h>
#include <string.h>

#include "cmd/commands.h"
#include "common/diag.h"

static const struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{ "tail", cmd_tail, "stream live socket events (the default)" },
	{ "label", cmd_label, "print port class and service for ports" },
	{ "snapshot", cmd_snapshot, "list the sockets that exist now" },
	{ "record", cmd_record, "record events to a directory, as evidence" },
	{ "verify", cmd_verify, "check a record against its manifest" },
	{ "report", cmd_report, "summarise a record for auditors" },
	{ "approved", cmd_approved, "propose an approved-services file from a record" },
	{ "ship", cmd_ship, "load records into ClickHouse, for fleet reports" },
	{ "selftest", cmd_selftest, "prove which paths into the kernel are seen" },
};

static void usage(FILE *f)
{
	fprintf(f, "Usage: sockwatch [COMMAND] [OPTIONS]\n\nCommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'sockwatch COMMAND --help' describes each. With no command, or with\n"
		   "options first, sockwatch tails events.\n");
}

int main(int argc, char **argv)
{
	if (argc > 1 && argv[1][0] != '-') {
		for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
			if (!strcmp(argv[1], commands[i].name))
				return commands[i].run(argc - 1, argv + 1);
		if (!strcmp(argv[1], "help")) {
			usage(stdout);
			return EXIT_OK;
		}
		diag("unknown command '%s' (see 'sockwatch --help')", argv[1]);
		return EXIT_USAGE;
	}
	if (argc > 1 && !strcmp(argv[1], "--version")) {
		printf("sockwatch %s\n", SOCKWATCH_VERSION);
		return EXIT_OK;
	}
	return cmd_tail(argc, argv);
}
