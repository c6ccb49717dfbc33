// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch snapshot`: placeholder until the command lands. */
#include "commands.h"
#include "diag.h"

int cmd_snapshot(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag("snapshot: not implemented yet");
	return EXIT_RUNTIME;
}
