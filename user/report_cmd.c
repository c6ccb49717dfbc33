// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch report`: placeholder until the command lands. */
#include "commands.h"
#include "diag.h"

int cmd_report(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag("report: not implemented yet");
	return EXIT_RUNTIME;
}
