// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch verify`: placeholder until the command lands. */
#include "commands.h"
#include "diag.h"

int cmd_verify(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag("verify: not implemented yet");
	return EXIT_RUNTIME;
}
