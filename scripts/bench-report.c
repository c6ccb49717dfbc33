// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Floors under `sockwatch report`, one thread, nothing else:
 *   bench-report-floor SEGMENT...      gunzip every segment and parse every
 *                                       line with json-c (one reused
 *                                       json_tokener, as the report did
 *                                       before its fast path)
 *   bench-report-floor -z SEGMENT...   gunzip only: the reader thread's
 *                                       share, which no parser can remove
 * scripts/bench-report.sh runs it beside the report. Prints
 * "lines N bad N cpu_s S".
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

int main(int argc, char **argv)
{
	static char buf[1 << 20];
	struct json_tokener *tok = json_tokener_new();
	unsigned long long lines = 0, bad = 0;
	struct timespec t0, t1;
	int first = 1;
	int parse = !(argc > 1 && !strcmp(argv[1], "-z"));

	if (!parse)
		first = 2;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	for (int i = first; i < argc; i++) {
		gzFile gz = gzopen(argv[i], "rb");
		size_t have = 0;
		int n;

		if (!gz) {
			perror(argv[i]);
			return 1;
		}
		gzbuffer(gz, 256u << 10);
		while ((n = gzread(gz, buf + have, (unsigned)(sizeof(buf) - have))) > 0) {
			char *p = buf, *end = buf + have + n, *nl;

			while ((nl = memchr(p, '\n', (size_t)(end - p)))) {
				if (parse) {
					struct json_object *o;

					json_tokener_reset(tok);
					o = json_tokener_parse_ex(tok, p, (int)(nl - p));
					if (o)
						json_object_put(o);
					else
						bad++;
				}
				lines++;
				p = nl + 1;
			}
			have = (size_t)(end - p);
			memmove(buf, p, have);
		}
		gzclose(gz);
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	json_tokener_free(tok);
	printf("lines %llu bad %llu cpu_s %.2f\n", lines, bad,
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}
