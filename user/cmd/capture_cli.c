// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>

#include "cmd/capture_cli.h"

/* With --latency 0 the kernel wakes us per event; the poll still times out
 * now and then to look at the clock, signals and drops. */
#define IDLE_WAKE_MS 100

static bool counted_out(const struct capture_run *run)
{
	return run->count && *run->seen >= run->count;
}

int capture_run_drops(struct capture_run *run, const struct capture_sink *sink)
{
	uint64_t total = capture_drops(run->cap, NULL, 0);

	if (total <= run->drops)
		return 0;
	capture_report_drops(run->cap, total, "", sink->drop_hint);
	uint64_t lost = total - run->drops;

	run->drops = total;
	return sink->on_drops ? sink->on_drops(sink->ctx, lost, total) : 0;
}

/* Once a second: follow a stepped wall clock, report new drops. */
static int periodic(struct capture_run *run, const struct capture_sink *sink)
{
	sw_clock_sync(run->clock);
	return capture_run_drops(run, sink);
}

enum capture_end capture_run(struct capture_run *run, const struct capture_sink *sink)
{
	uint64_t start = clock_mono_ms(), last_check = start;
	int latency = run->latency_ms ? (int)run->latency_ms : IDLE_WAKE_MS;
	enum capture_end end = CAPTURE_END_SIGNAL;

	while (!*run->stop) {
		uint64_t now = clock_mono_ms();
		int timeout = latency, r;

		if (run->duration_ms) {
			if (now - start >= run->duration_ms) {
				end = CAPTURE_END_DURATION;
				break;
			}
			if (run->duration_ms - (now - start) < (uint64_t)timeout)
				timeout = (int)(run->duration_ms - (now - start));
		}
		if (sink->due_ms) {
			uint64_t due = sink->due_ms(sink->ctx);

			if (due < (uint64_t)timeout)
				timeout = (int)due;
		}
		r = capture_poll(run->cap, timeout);
		if (sink->after_poll && sink->after_poll(sink->ctx))
			return CAPTURE_END_SINK;
		if (r < 0 && r != -EINTR) {
			run->error = r;
			return CAPTURE_END_ERROR;
		}
		if (counted_out(run))
			return CAPTURE_END_COUNT;
		if (now - last_check >= 1000) {
			last_check = now;
			if (periodic(run, sink))
				return CAPTURE_END_SINK;
		}
		if (sink->tick && sink->tick(sink->ctx))
			return CAPTURE_END_SINK;
	}
	/* Stop requested: hand over what the kernel already captured. */
	capture_poll(run->cap, 0);
	if (sink->after_poll && sink->after_poll(sink->ctx))
		return CAPTURE_END_SINK;
	return end;
}
