/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* `sockwatch approved --learn`: an approved-services file proposed from a
 * record; the design is in approved_learn.c. */
#ifndef SOCKWATCH_APPROVED_LEARN_H
#define SOCKWATCH_APPROVED_LEARN_H

#include <stddef.h>
#include <stdio.h>

#include "report/report.h"

struct approved_learn_stats {
	size_t listen, connect;        /* rules proposed */
};

/*
 * Write to f the rules that approve every listener, outbound service and
 * inbound accept of the summarised record s (rpt_summarise, with no
 * approved list), each with the justification "TODO: justify". Returns
 * 0; -1 with err (out of memory, or a proposal that failed its own
 * check); -2 on a write error (errno set).
 */
int approved_learn(FILE *f, const struct rpt_summary *s, struct approved_learn_stats *st,
		   char *err, size_t errlen);

#endif
