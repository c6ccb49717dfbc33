// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The end-to-end tests' workload: one round of socket operations along one
 * path (user/common/pathops.h: native syscalls, int 0x80 direct or
 * socketcall, io_uring inline / IOSQE_ASYNC / SQPOLL through liburing),
 * then one JSON line saying which ports it used, for the test to match
 * the events against.
 *
 *   sockops PATH
 */
#include <stdio.h>
#include <unistd.h>

#include "common/pathops.h"

int main(int argc, char **argv)
{
	struct pathop_result r;
	char err[256];
	int p;

	if (argc != 2 || (p = pathop_parse(argv[1])) < 0) {
		fprintf(stderr, "usage: sockops syscall|syscall32|socketcall|io_uring|"
			"io_uring_async|io_uring_sqpoll\n");
		return 2;
	}
	if (pathop_run(p, &r, err, sizeof(err))) {
		fprintf(stderr, "sockops: %s\n", err);
		return 1;
	}
	printf("{\"pid\":%d,\"listen_port\":%u,\"client_port\":%u,\"send_port\":%u,"
	       "\"udp_conn_port\":%u,\"bind_listen_native\":%s}\n", (int)getpid(),
	       r.listen_port, r.client_port, r.send_port, r.udp_conn_port,
	       r.bind_listen_native ? "true" : "false");
	return 0;
}
