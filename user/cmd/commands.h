/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Entry points of sockwatch's commands: argv[0] is the command name. */
#ifndef SOCKWATCH_COMMANDS_H
#define SOCKWATCH_COMMANDS_H

int cmd_tail(int argc, char **argv);
int cmd_label(int argc, char **argv);
int cmd_snapshot(int argc, char **argv);
int cmd_record(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_approved(int argc, char **argv);
int cmd_ship(int argc, char **argv);
int cmd_selftest(int argc, char **argv);

#endif
