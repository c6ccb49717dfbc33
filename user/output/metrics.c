// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Prometheus metrics: see metrics.h. HTTP is libmicrohttpd's, on a socket
 * bound here before privileges are dropped and served by its own thread,
 * started after they are (capabilities are per thread). */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/clock.h"
#include "common/opts.h"
#include "common/pathops.h"
#include "common/trust.h"
#include "label/event.h"
#include "label/labels.h"
#include "output/metrics.h"
#include "report/approved.h"

#define NKIND (SW_KIND_MAX - 1)
#define NPROTO 2 /* tcp, udp */
#define NVIA SW_VIA_MAX
#define NAPPROVED 2 /* no, yes; without --metrics-approved only [0] is used */

struct metrics {
	const char *command;
	int listen_fd;
	char url[96];
	struct MHD_Daemon *httpd;
	const char *file;
	char tmp[4096 + 32];
	uint64_t file_written_ms;
	bool file_failed;  /* reported once; the run goes on without the file */
	double start_unix;

	struct approved_list *approved; /* --metrics-approved; NULL: none */
	_Atomic uint64_t events[NKIND][NPROTO][PORT_CLASS_COUNT][NVIA][NAPPROVED];
	/* the last selftest (record): bit p set when path p was seen */
	_Atomic bool have_selftest;
	_Atomic uint32_t st_seen;
	_Atomic uint32_t st_na;  /* bit p: path p is not applicable here */
	_Atomic double st_time;
	_Atomic uint64_t drops, skipped;
	_Atomic uint64_t ring_bytes;
	_Atomic double fill_last, fill_max;
	_Atomic bool have_ring, is_record;
	_Atomic unsigned segments;
	_Atomic double last_flush;
};

/* "PORT", "A.B.C.D:PORT" or "[V6]:PORT" */
static int parse_listen(const char *s, struct sockaddr_storage *ss, socklen_t *len,
			char *url, size_t urllen, char *err, size_t errlen)
{
	char host[INET6_ADDRSTRLEN + 2], perr[OPT_ERR_LEN];
	const char *port_s = s, *colon;
	uint64_t port;

	memset(ss, 0, sizeof(*ss));
	snprintf(host, sizeof(host), "127.0.0.1");
	if (s[0] == '[') {
		const char *end = strchr(s, ']');

		if (!end || end[1] != ':' || (size_t)(end - s - 1) >= sizeof(host)) {
			snprintf(err, errlen, "--metrics: '%.64s' is not [IPV6]:PORT", s);
			return -1;
		}
		memcpy(host, s + 1, (size_t)(end - s - 1));
		host[end - s - 1] = '\0';
		port_s = end + 2;
	} else if ((colon = strrchr(s, ':'))) {
		if ((size_t)(colon - s) >= sizeof(host) || strchr(s, ':') != colon) {
			snprintf(err, errlen, "--metrics: '%.64s' is not ADDR:PORT "
				 "(an IPv6 address goes in brackets: [::1]:9101)", s);
			return -1;
		}
		memcpy(host, s, (size_t)(colon - s));
		host[colon - s] = '\0';
		port_s = colon + 1;
	}
	if (opt_uint(port_s, 1, 65535, &port, perr)) {
		snprintf(err, errlen, "--metrics: port: %s", perr);
		return -1;
	}
	struct sockaddr_in *in4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

	if (inet_pton(AF_INET, host, &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t)port);
		*len = sizeof(*in4);
		snprintf(url, urllen, "http://%s:%u/metrics", host, (unsigned)port);
	} else if (inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)port);
		*len = sizeof(*in6);
		snprintf(url, urllen, "http://[%s]:%u/metrics", host, (unsigned)port);
	} else {
		snprintf(err, errlen, "--metrics: '%.64s' is not an IP address", host);
		return -1;
	}
	return 0;
}

int metrics_open(struct metrics **out, const char *command, const char *addr,
		 const char *file, const char *approved, bool *usage, char *err, size_t errlen)
{
	struct sockaddr_storage ss;
	socklen_t sslen = 0;
	struct metrics *m;
	int one = 1, r;

	*out = NULL;
	*usage = true;
	if (!addr && !file) {
		if (approved)
			snprintf(err, errlen, "--metrics-approved labels the metrics: give --metrics "
				 "or --metrics-file too");
		return approved ? -1 : 0;
	}
	m = calloc(1, sizeof(*m));
	if (!m) {
		snprintf(err, errlen, "out of memory");
		*usage = false;
		return -1;
	}
	/* read now, while the file may still be root's alone */
	if (approved && trust_file("--metrics-approved", approved, err, errlen)) {
		*usage = false; /* the file's permissions: a runtime failure */
		free(m);
		return -1;
	}
	if (approved && (r = approved_load(approved, &m->approved, err, errlen))) {
		*usage = r != -2;
		free(m);
		return -1;
	}
	m->command = command;
	m->listen_fd = -1;
	m->file = file;
	m->start_unix = (double)clock_wall_ns() / 1e9;
	if (file) {
		if (!*file || snprintf(m->tmp, sizeof(m->tmp), "%s.tmp", file) >=
			      (int)sizeof(m->tmp)) {
			snprintf(err, errlen, "--metrics-file: %s", *file ? "name too long" :
				 "empty file name");
			approved_free(m->approved);
			free(m);
			return -1;
		}
	}
	if (addr) {
		if (parse_listen(addr, &ss, &sslen, m->url, sizeof(m->url), err, errlen)) {
			approved_free(m->approved);
			free(m);
			return -1;
		}
		*usage = false;
		m->listen_fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
		if (m->listen_fd < 0 ||
		    setsockopt(m->listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
		    bind(m->listen_fd, (struct sockaddr *)&ss, sslen) || listen(m->listen_fd, 16)) {
			snprintf(err, errlen, "--metrics: cannot listen on %.64s: %s", addr,
				 strerror(errno));
			if (m->listen_fd >= 0)
				close(m->listen_fd);
			approved_free(m->approved);
			free(m);
			return -1;
		}
	}
	*out = m;
	return 0;
}

const char *metrics_url(const struct metrics *m)
{
	return m && m->listen_fd >= 0 ? m->url : NULL;
}

void metrics_event(struct metrics *m, const struct sw_labeled *l)
{
	unsigned kind = l->ev->kind, proto = l->ev->proto == IPPROTO_UDP;
	unsigned via = l->ev->via < NVIA ? l->ev->via : SW_VIA_NONE;
	unsigned ok = m && m->approved ? approved_event(m->approved, l->ev) : 0;

	if (!m || kind < 1 || kind > NKIND || l->class >= PORT_CLASS_COUNT)
		return;
	atomic_fetch_add_explicit(&m->events[kind - 1][proto][l->class][via][ok], 1,
				  memory_order_relaxed);
}

void metrics_selftest(struct metrics *m, uint32_t seen, uint32_t na, double when_unix)
{
	if (!m)
		return;
	atomic_store_explicit(&m->st_seen, seen, memory_order_relaxed);
	atomic_store_explicit(&m->st_na, na, memory_order_relaxed);
	atomic_store_explicit(&m->st_time, when_unix, memory_order_relaxed);
	atomic_store_explicit(&m->have_selftest, true, memory_order_relaxed);
}

/* The via label: how the call reached the kernel ("kernel": on its own). */
static const char *via_label(unsigned via)
{
	const char *n = sw_via_name(via);

	return n ? n : "kernel";
}

void metrics_drops(struct metrics *m, uint64_t total, uint64_t skipped)
{
	if (!m)
		return;
	atomic_store_explicit(&m->drops, total, memory_order_relaxed);
	atomic_store_explicit(&m->skipped, skipped, memory_order_relaxed);
}

void metrics_ring(struct metrics *m, double fill_last, double fill_max, uint64_t bytes)
{
	if (!m)
		return;
	atomic_store_explicit(&m->fill_last, fill_last, memory_order_relaxed);
	atomic_store_explicit(&m->fill_max, fill_max, memory_order_relaxed);
	atomic_store_explicit(&m->ring_bytes, bytes, memory_order_relaxed);
	atomic_store_explicit(&m->have_ring, true, memory_order_relaxed);
}

void metrics_record(struct metrics *m, unsigned segments, double last_flush_unix)
{
	if (!m)
		return;
	atomic_store_explicit(&m->is_record, true, memory_order_relaxed);
	atomic_store_explicit(&m->segments, segments, memory_order_relaxed);
	atomic_store_explicit(&m->last_flush, last_flush_unix, memory_order_relaxed);
}

static void family(FILE *f, const char *name, const char *type, const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

char *metrics_render(struct metrics *m, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	if (!f)
		return NULL;
	family(f, "sockwatch_events_total", "counter",
	       "Socket events received from the kernel (after the kernel-side filters).");
	for (unsigned k = 0; k < NKIND; k++)
		for (unsigned p = 0; p < NPROTO; p++)
			for (unsigned c = 0; c < PORT_CLASS_COUNT; c++)
				for (unsigned v = 0; v < NVIA; v++)
					for (unsigned a = 0; a < (m->approved ? 2u : 1u); a++)
						fprintf(f, "sockwatch_events_total{event=\"%s\","
							"proto=\"%s\",port_class=\"%s\",via=\"%s\","
							"approved=\"%s\"} %llu\n", sw_kind_name(k + 1),
							p ? "udp" : "tcp", port_class_name(c),
							via_label(v), !m->approved ? "unknown"
							: a ? "yes" : "no",
							(unsigned long long)atomic_load_explicit(
								&m->events[k][p][c][v][a],
								memory_order_relaxed));
	family(f, "sockwatch_events_dropped_total", "counter",
	       "Events lost in the kernel: the ring buffer or a map was full, a program run "
	       "the kernel skipped, or a UDP close whose release the kernel never ran.");
	fprintf(f, "sockwatch_events_dropped_total %llu\n",
		(unsigned long long)atomic_load_explicit(&m->drops, memory_order_relaxed));
	family(f, "sockwatch_bpf_runs_skipped_total", "counter",
	       "Program runs the kernel skipped, the program already running on that CPU, "
	       "that no other took over; part of sockwatch_events_dropped_total.");
	fprintf(f, "sockwatch_bpf_runs_skipped_total %llu\n",
		(unsigned long long)atomic_load_explicit(&m->skipped, memory_order_relaxed));
	if (atomic_load_explicit(&m->have_ring, memory_order_relaxed)) {
		family(f, "sockwatch_ring_fill_ratio", "gauge",
		       "How full the kernel ring buffer was when the reader last woke to events.");
		fprintf(f, "sockwatch_ring_fill_ratio %.6f\n",
			atomic_load_explicit(&m->fill_last, memory_order_relaxed));
		family(f, "sockwatch_ring_fill_max_ratio", "gauge",
		       "The fullest the kernel ring buffer was seen since the start.");
		fprintf(f, "sockwatch_ring_fill_max_ratio %.6f\n",
			atomic_load_explicit(&m->fill_max, memory_order_relaxed));
		family(f, "sockwatch_ring_size_bytes", "gauge", "Size of the kernel ring buffer.");
		fprintf(f, "sockwatch_ring_size_bytes %llu\n",
			(unsigned long long)atomic_load_explicit(&m->ring_bytes,
								 memory_order_relaxed));
	}
	if (atomic_load_explicit(&m->is_record, memory_order_relaxed)) {
		double flush = atomic_load_explicit(&m->last_flush, memory_order_relaxed);

		family(f, "sockwatch_record_segments_total", "counter",
		       "Segments this record has started, the open one included.");
		fprintf(f, "sockwatch_record_segments_total %u\n",
			atomic_load_explicit(&m->segments, memory_order_relaxed));
		if (flush > 0) {
			family(f, "sockwatch_record_last_flush_timestamp_seconds", "gauge",
			       "When recorded data was last compressed, written and fdatasync'ed.");
			fprintf(f, "sockwatch_record_last_flush_timestamp_seconds %.3f\n", flush);
		}
	}
	if (atomic_load_explicit(&m->have_selftest, memory_order_relaxed)) {
		uint32_t seen = atomic_load_explicit(&m->st_seen, memory_order_relaxed);
		uint32_t na = atomic_load_explicit(&m->st_na, memory_order_relaxed);
		uint32_t all = (1u << PATHOP_COUNT) - 1;

		family(f, "sockwatch_selftest_ok", "gauge",
		       "1 when the last selftest saw every path into the kernel that this host "
		       "offers, else 0.");
		fprintf(f, "sockwatch_selftest_ok %d\n", ((seen | na) & all) == all);
		family(f, "sockwatch_selftest_path_seen", "gauge",
		       "1 when the last selftest saw this path's socket operations, else 0.");
		for (int p = 0; p < PATHOP_COUNT; p++)
			fprintf(f, "sockwatch_selftest_path_seen{path=\"%s\",via=\"%s\"} %d\n",
				pathop_name((enum pathop_path)p), pathop_via((enum pathop_path)p),
				!!(seen & (1u << p)));
		family(f, "sockwatch_selftest_path_available", "gauge",
		       "0 when no process on this host can take this path (32-bit syscalls "
		       "disabled): not seen, and no blind spot; else 1.");
		for (int p = 0; p < PATHOP_COUNT; p++)
			fprintf(f, "sockwatch_selftest_path_available{path=\"%s\",via=\"%s\"} %d\n",
				pathop_name((enum pathop_path)p), pathop_via((enum pathop_path)p),
				!(na & (1u << p)));
		family(f, "sockwatch_selftest_timestamp_seconds", "gauge",
		       "When the last selftest was decided, as a Unix time.");
		fprintf(f, "sockwatch_selftest_timestamp_seconds %.3f\n",
			atomic_load_explicit(&m->st_time, memory_order_relaxed));
	}
	family(f, "sockwatch_start_time_seconds", "gauge",
	       "When this sockwatch process started, as a Unix time.");
	fprintf(f, "sockwatch_start_time_seconds %.3f\n", m->start_unix);
	family(f, "sockwatch_build_info", "gauge",
	       "The running sockwatch: version and command; always 1.");
	fprintf(f, "sockwatch_build_info{version=\"%s\",command=\"%s\"} 1\n", SOCKWATCH_VERSION,
		m->command);
	if (fclose(f)) {
		free(buf);
		return NULL;
	}
	return buf;
}

static enum MHD_Result serve(void *cls, struct MHD_Connection *conn, const char *url,
			     const char *method, const char *version, const char *upload_data,
			     size_t *upload_data_size, void **con_cls)
{
	static const char not_found[] = "sockwatch serves /metrics only\n";
	static const char bad_method[] = "GET or HEAD only\n";
	struct metrics *m = cls;
	struct MHD_Response *resp;
	unsigned status = MHD_HTTP_OK;
	enum MHD_Result r;

	(void)version;
	(void)upload_data;
	(void)con_cls;
	if (*upload_data_size) {
		*upload_data_size = 0; /* a body is read and ignored */
		return MHD_YES;
	}
	if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
		status = MHD_HTTP_METHOD_NOT_ALLOWED;
		resp = MHD_create_response_from_buffer(sizeof(bad_method) - 1, (void *)bad_method,
						       MHD_RESPMEM_PERSISTENT);
	} else if (strcmp(url, "/metrics")) {
		status = MHD_HTTP_NOT_FOUND;
		resp = MHD_create_response_from_buffer(sizeof(not_found) - 1, (void *)not_found,
						       MHD_RESPMEM_PERSISTENT);
	} else {
		size_t len = 0;
		char *text = metrics_render(m, &len);

		if (!text)
			return MHD_NO;
		resp = MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
		if (resp)
			MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
						"text/plain; version=0.0.4; charset=utf-8");
		else
			free(text);
	}
	if (!resp)
		return MHD_NO;
	r = MHD_queue_response(conn, status, resp);
	MHD_destroy_response(resp);
	return r;
}

static int write_file(struct metrics *m, char *err, size_t errlen)
{
	size_t len = 0, off = 0;
	char *text = metrics_render(m, &len);
	int fd;

	if (!text) {
		snprintf(err, errlen, "--metrics-file: out of memory");
		return -1;
	}
	unlink(m->tmp); /* a leftover of a killed run */
	fd = open(m->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		goto fail;
	/* readable by the collector whatever the umask (a unit's is 077):
	 * these counts are not secret */
	if (fchmod(fd, 0644)) {
		close(fd);
		goto fail_unlink;
	}
	while (off < len) {
		ssize_t n = write(fd, text + off, len - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			close(fd);
			goto fail_unlink;
		}
		off += (size_t)n;
	}
	if (close(fd))
		goto fail_unlink;
	/* rename() is atomic: the collector reads the old file or the new one */
	if (rename(m->tmp, m->file))
		goto fail_unlink;
	free(text);
	return 0;
fail_unlink:
	{
		int e = errno;

		unlink(m->tmp);
		errno = e;
	}
fail:
	snprintf(err, errlen, "--metrics-file: cannot write %.512s: %s", m->tmp, strerror(errno));
	free(text);
	return -1;
}

int metrics_start(struct metrics *m, char *err, size_t errlen)
{
	if (!m)
		return 0;
	if (m->listen_fd >= 0) {
		m->httpd = MHD_start_daemon(
			MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO, 0, NULL, NULL, serve, m,
			MHD_OPTION_LISTEN_SOCKET, m->listen_fd,
			MHD_OPTION_CONNECTION_LIMIT, (unsigned)16,
			MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)8,
			MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
			MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768,
			MHD_OPTION_END);
		if (!m->httpd) {
			snprintf(err, errlen, "--metrics: cannot start the HTTP server");
			return -1;
		}
	}
	if (m->file) {
		if (write_file(m, err, errlen))
			return -1;
		m->file_written_ms = clock_mono_ms();
	}
	return 0;
}

int metrics_tick(struct metrics *m, uint64_t now_ms, char *err, size_t errlen)
{
	if (!m || !m->file || m->file_failed ||
	    now_ms - m->file_written_ms < METRICS_FILE_INTERVAL_MS)
		return 0;
	m->file_written_ms = now_ms;
	if (write_file(m, err, errlen)) {
		m->file_failed = true;
		return -1;
	}
	return 0;
}

int metrics_close(struct metrics *m, char *err, size_t errlen)
{
	int r = 0;

	if (!m)
		return 0;
	if (m->httpd)
		MHD_stop_daemon(m->httpd);
	if (m->listen_fd >= 0)
		close(m->listen_fd);
	if (m->file && m->file_written_ms && !m->file_failed)
		r = write_file(m, err, errlen);
	approved_free(m->approved);
	free(m);
	return r;
}
