// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* `sockwatch record`: placeholder until the command lands. */
#include "commands.h"
#include "diag.h"

int cmd_record(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag("record: not implemented yet");
	return EXIT_RUNTIME;
}
