// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Reading a record: which segments (the manifest says, and how intact
 * each is), then their lines. One thread decompresses (zlib gzread) into
 * chunks of whole lines; `threads` workers parse the chunks (report_parse.c:
 * jsmn, json-c for unusual lines), each into its own aggregate, merged at
 * the end. Memory stays bounded: at most QUEUE_PER_WORKER chunks of
 * CHUNK_SIZE bytes per worker are in flight, and each aggregate is bounded
 * (report.h).
 *
 * zlib is the reader's whole cost, ~0.3 us a line (scripts/bench-report.sh,
 * "gunzip alone"); measured on a benchmark segment, gzbuffer sizes from
 * 8 KiB to 1 MiB, raw inflate() with 64 KiB-1 MiB reads, and inflateBack()
 * with its own CRC-32 all run within 10% of gzread as it is here.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "evidence/manifest.h"
#include "report/report.h"

#define CHUNK_SIZE (1u << 20)
#define QUEUE_PER_WORKER 2
#define THREADS_MAX 8

const char *rpt_seg_state_name(enum rpt_seg_state s)
{
	switch (s) {
	case RS_OK: return "ok";
	case RS_BAD_LINES: return "bad lines";
	case RS_CUT: return "cut at last flush";
	case RS_TRUNCATED: return "truncated";
	case RS_CORRUPT: return "corrupt";
	case RS_UNREADABLE: return "unreadable";
	case RS_NOT_READ: return "not read";
	}
	return "unknown";
}

bool rpt_seg_damaged(const struct rpt_segment *s)
{
	switch (s->state) {
	case RS_BAD_LINES: case RS_TRUNCATED: case RS_CORRUPT: case RS_UNREADABLE:
		return true;
	default:
		break;
	}
	switch (s->mf_status) {
	case MF_MISSING: case MF_TRUNCATED: case MF_GROWN: case MF_MODIFIED:
	case MF_MISORDERED:
		return true;
	default:
		return false;
	}
}

/* ---- which segments ------------------------------------------------------ */

static int add_seg(struct rpt_inputs *ins, size_t *cap, struct rpt_segment **out)
{
	if (ins->nseg == *cap) {
		size_t c = *cap ? *cap * 2 : 16;
		struct rpt_segment *s = realloc(ins->seg, c * sizeof(*s));

		if (!s)
			return -1;
		ins->seg = s;
		*cap = c;
	}
	*out = &ins->seg[ins->nseg++];
	memset(*out, 0, sizeof(**out));
	(*out)->mf_status = -1;
	(*out)->input = (unsigned)ins->nin - 1;
	return 0;
}

static void seg_name(struct rpt_segment *s, const char *dir, const char *file, bool qualify)
{
	if (dir)
		/* int precision: the compiler sees the bound and cannot complain */
		snprintf(s->path, sizeof(s->path), "%.*s/%.*s", 2000, dir, 255, file);
	else
		rpt_copy(s->path, sizeof(s->path), file);
	if (qualify || !dir)
		rpt_copy(s->name, sizeof(s->name), s->path);
	else
		rpt_copy(s->name, sizeof(s->name), file);
}

static int open_dir(struct rpt_inputs *ins, struct rpt_input *in, size_t *cap, bool qualify,
		    char *err, size_t errlen)
{
	struct mf_report *r;
	char e[512];
	unsigned readable = 0;

	if (mf_verify(in->path, NULL, &r, e, sizeof(e)) < 0) {
		snprintf(err, errlen, "%s", e);
		return -2;
	}
	in->has_manifest = r->manifest != MFM_MISSING;
	snprintf(in->manifest_state, sizeof(in->manifest_state), "%s",
		 mf_manifest_name(r->manifest));
	rpt_copy(in->manifest_detail, sizeof(in->manifest_detail), r->manifest_detail);
	in->manifest_ok = mf_report_ok(r);
	in->stopped = r->stopped;
	in->live = r->live;
	in->problems = r->problems;
	rpt_copy(in->chain_head, sizeof(in->chain_head), r->chain_head);
	rpt_copy(in->record_id, sizeof(in->record_id), r->record_id);
	rpt_copy(in->host, sizeof(in->host), r->host);
	rpt_copy(in->kernel, sizeof(in->kernel), r->kernel);
	rpt_copy(in->version, sizeof(in->version), r->version);
	rpt_copy(in->started, sizeof(in->started), r->started);
	rpt_copy(in->ended, sizeof(in->ended), r->ended);
	in->mf_events = r->events;
	in->mf_drops = r->drops;
	for (unsigned i = 0; i < r->nseg; i++) {
		const struct mf_segment *m = &r->seg[i];
		struct rpt_segment *s;

		if (add_seg(ins, cap, &s)) {
			mf_report_free(r);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		seg_name(s, in->path, m->file, qualify);
		s->has_integrity = in->has_manifest;
		s->mf_status = (int)m->status;
		snprintf(s->integrity, sizeof(s->integrity), "%s",
			 in->has_manifest ? mf_status_name(m->status) : "no manifest");
		snprintf(s->integrity_detail, sizeof(s->integrity_detail), "%s",
			 in->has_manifest ? m->detail : "");
		switch (m->status) {
		case MF_PRUNED:
		case MF_MISSING:
			s->state = RS_NOT_READ;
			rpt_copy(s->detail, sizeof(s->detail), m->status == MF_PRUNED ?
				 "pruned by the recorder's --keep" : "missing");
			break;
		case MF_MISORDERED:
			s->state = RS_NOT_READ;
			snprintf(s->detail, sizeof(s->detail),
				 "not read: holds another segment's content");
			break;
		case MF_EXTRA:
			s->state = RS_NOT_READ;
			snprintf(s->detail, sizeof(s->detail), "not read: not part of the record");
			break;
		default:
			if (access(s->path, F_OK)) {
				s->state = RS_NOT_READ;
				snprintf(s->detail, sizeof(s->detail), "missing");
			} else {
				readable++;
			}
			break;
		}
	}
	mf_report_free(r);
	if (!readable) {
		snprintf(err, errlen, "%s: no segment to read (not a record directory?)",
			 in->path);
		return -2;
	}
	return 0;
}

int rpt_inputs_open(struct rpt_inputs *ins, char **paths, int n, char *err, size_t errlen)
{
	size_t cap = 0;

	memset(ins, 0, sizeof(*ins));
	ins->in = calloc((size_t)(n > 0 ? n : 1), sizeof(*ins->in));
	if (!ins->in) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (int i = 0; i < n; i++) {
		struct rpt_input *in = &ins->in[ins->nin++];
		struct stat st;
		int r;

		rpt_copy(in->path, sizeof(in->path), paths[i]);
		if (stat(paths[i], &st)) {
			snprintf(err, errlen, "%s: %s", paths[i], strerror(errno));
			return -2;
		}
		if (S_ISDIR(st.st_mode)) {
			in->is_dir = true;
			r = open_dir(ins, in, &cap, n > 1, err, errlen);
			if (r)
				return r;
			continue;
		}
		if (!S_ISREG(st.st_mode)) {
			snprintf(err, errlen, "%s: not a file or directory", paths[i]);
			return -2;
		}
		struct rpt_segment *s;

		if (add_seg(ins, &cap, &s)) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		seg_name(s, NULL, paths[i], false);
		snprintf(s->integrity, sizeof(s->integrity), "no manifest");
		snprintf(in->manifest_state, sizeof(in->manifest_state), "none");
	}
	return 0;
}

void rpt_inputs_free(struct rpt_inputs *ins)
{
	free(ins->in);
	free(ins->seg);
	memset(ins, 0, sizeof(*ins));
}

/* ---- the worker pool --------------------------------------------------------- */

struct chunk {
	struct chunk *next;
	size_t seg;
	uint64_t first_line;          /* line number of the chunk's first line */
	size_t len;
	bool last_partial;            /* ends in a line cut by truncation: ignore it */
	char data[];
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t can_get, can_put;
	struct chunk *head, *tail, *free_list;
	size_t queued, max_queued;
	bool done;
	struct rpt_segment *seg;
	const struct rpt_window *win;
};

struct worker {
	pthread_t th;
	struct pool *p;
	struct rpt_agg agg;
	struct rpt_parser *parser;
	bool started;
};

static struct chunk *chunk_get_free(struct pool *p)
{
	struct chunk *c;

	pthread_mutex_lock(&p->mu);
	c = p->free_list;
	if (c)
		p->free_list = c->next;
	pthread_mutex_unlock(&p->mu);
	if (!c)
		c = malloc(sizeof(*c) + CHUNK_SIZE);
	return c;
}

static void chunk_put(struct pool *p, struct chunk *c)
{
	pthread_mutex_lock(&p->mu);
	while (p->queued >= p->max_queued)
		pthread_cond_wait(&p->can_put, &p->mu);
	c->next = NULL;
	if (p->tail)
		p->tail->next = c;
	else
		p->head = c;
	p->tail = c;
	p->queued++;
	pthread_cond_signal(&p->can_get);
	pthread_mutex_unlock(&p->mu);
}

static void atomic_min(uint64_t *slot, uint64_t v)
{
	uint64_t cur = __atomic_load_n(slot, __ATOMIC_RELAXED);

	while ((cur == 0 || v < cur) &&
	       !__atomic_compare_exchange_n(slot, &cur, v, false, __ATOMIC_RELAXED,
					    __ATOMIC_RELAXED))
		;
}

static void parse_chunk(struct worker *w, const struct chunk *c)
{
	struct rpt_segment *s = &w->p->seg[c->seg];
	const char *p = c->data, *end = c->data + c->len;
	uint64_t line = c->first_line, lines = 0, bad = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;

		if (!nl && c->last_partial)
			break;
		if (rpt_feed_line(w->parser, &w->agg, p, (size_t)(stop - p))) {
			if (!bad)
				atomic_min(&s->first_bad_line, line);
			bad++;
		}
		lines++;
		line++;
		p = stop + 1;
	}
	__atomic_fetch_add(&s->lines, lines, __ATOMIC_RELAXED);
	if (bad)
		__atomic_fetch_add(&s->bad_lines, bad, __ATOMIC_RELAXED);
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	struct pool *p = w->p;

	for (;;) {
		struct chunk *c;

		pthread_mutex_lock(&p->mu);
		while (!p->head && !p->done)
			pthread_cond_wait(&p->can_get, &p->mu);
		c = p->head;
		if (!c) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		p->head = c->next;
		if (!p->head)
			p->tail = NULL;
		p->queued--;
		pthread_cond_signal(&p->can_put);
		pthread_mutex_unlock(&p->mu);

		parse_chunk(w, c);

		pthread_mutex_lock(&p->mu);
		c->next = p->free_list;
		p->free_list = c;
		pthread_mutex_unlock(&p->mu);
	}
}

/* Decompress one segment into chunks of whole lines. */
static int read_segment(struct pool *p, size_t idx)
{
	struct rpt_segment *s = &p->seg[idx];
	struct chunk *c = NULL;
	uint64_t line = 1;
	size_t have = 0;
	bool skipping = false; /* inside a line longer than a chunk */
	gzFile gz;
	int n, errnum = Z_OK;

	/* Only a regular file, never through a symlink: a record dir is
	 * untrusted input, and a FIFO or /dev/zero would hang the report. */
	int fd = open(s->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	struct stat st;

	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		int e = fd < 0 ? errno : 0;

		if (fd >= 0)
			close(fd);
		s->state = RS_UNREADABLE;
		rpt_copy(s->detail, sizeof(s->detail), e == ELOOP ? "is a symlink" :
			 e ? strerror(e) : "not a regular file");
		return 0;
	}
	gz = gzdopen(fd, "rb");
	if (!gz) {
		close(fd);
		s->state = RS_UNREADABLE;
		rpt_copy(s->detail, sizeof(s->detail), strerror(ENOMEM));
		return 0;
	}
	gzbuffer(gz, 256u << 10);
	for (;;) {
		if (!c) {
			c = chunk_get_free(p);
			if (!c) {
				gzclose(gz);
				return -1;
			}
			c->seg = idx;
			c->first_line = line;
			c->last_partial = false;
		}
		n = gzread(gz, c->data + have, (unsigned)(CHUNK_SIZE - have));
		if (n <= 0) {
			/* gzread returns 0, not -1, for a stream that ends early */
			const char *msg = gzerror(gz, &errnum);

			if (errnum != Z_OK) {
				size_t pl = strlen(s->path);

				/* zlib prefixes the path, which the report shows already */
				if (msg && !strncmp(msg, s->path, pl) && !strncmp(msg + pl, ": ", 2))
					msg += pl + 2;
				rpt_copy(s->detail, sizeof(s->detail), msg ? msg : "read error");
			}
			break;
		}
		have += (size_t)n;
		if (skipping) {
			char *nl = memchr(c->data, '\n', have);

			if (!nl) {
				have = 0;
				continue;
			}
			have -= (size_t)(nl + 1 - c->data);
			memmove(c->data, nl + 1, have);
			skipping = false;
			line++;
			continue;
		}
		if (have < CHUNK_SIZE)
			continue;
		/* full: send up to the last newline, keep the rest for the next */
		char *last = memrchr(c->data, '\n', have);

		if (!last) {
			/* one line longer than a chunk: no sockwatch line is */
			__atomic_fetch_add(&s->lines, 1, __ATOMIC_RELAXED);
			__atomic_fetch_add(&s->bad_lines, 1, __ATOMIC_RELAXED);
			atomic_min(&s->first_bad_line, line);
			skipping = true;
			have = 0;
			continue;
		}
		size_t used = (size_t)(last + 1 - c->data), rest = have - used;
		struct chunk *next = chunk_get_free(p);

		if (!next) {
			free(c);
			gzclose(gz);
			return -1;
		}
		memcpy(next->data, last + 1, rest);
		c->len = used;
		for (const char *q = c->data; (q = memchr(q, '\n', (size_t)(last + 1 - q))); q++)
			line++;
		chunk_put(p, c);
		c = next;
		c->seg = idx;
		c->first_line = line;
		c->last_partial = false;
		have = rest;
	}
	if (errnum == Z_OK && (s->mf_status == MF_OPEN_CRASH || s->mf_status == MF_OPEN_LIVE)) {
		/* whole members end where the recorder's last flush did */
		s->state = RS_CUT;
	} else if (errnum == Z_BUF_ERROR) {
		s->state = s->mf_status == MF_OPEN_CRASH || s->mf_status == MF_OPEN_LIVE ? RS_CUT
											  : RS_TRUNCATED;
		c->last_partial = true;
	} else if (errnum == Z_DATA_ERROR || errnum == Z_STREAM_ERROR || errnum == Z_MEM_ERROR) {
		s->state = RS_CORRUPT;
		c->last_partial = true;
	} else if (errnum == Z_ERRNO) {
		s->state = RS_UNREADABLE;
		c->last_partial = true;
	}
	if (skipping)
		have = 0;
	c->len = have;
	if (have)
		chunk_put(p, c);
	else
		free(c);
	gzclose(gz);
	return 0;
}

static unsigned cpu_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > THREADS_MAX ? THREADS_MAX : (unsigned)n;
}

int rpt_read_all(struct rpt_inputs *ins, const struct rpt_window *win, unsigned threads,
		 struct rpt_agg *out, char *err, size_t errlen)
{
	struct pool p = { .seg = ins->seg, .win = win };
	struct worker *w;
	int rc = 0;

	if (!threads)
		threads = cpu_count();
	if (threads > THREADS_MAX)
		threads = THREADS_MAX;
	p.max_queued = threads * QUEUE_PER_WORKER;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.can_get, NULL);
	pthread_cond_init(&p.can_put, NULL);
	rpt_agg_init(out, win);
	w = calloc(threads, sizeof(*w));
	if (!w) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (unsigned i = 0; i < threads; i++) {
		w[i].p = &p;
		rpt_agg_init(&w[i].agg, win);
		w[i].parser = rpt_parser_new();
		if (!w[i].parser || pthread_create(&w[i].th, NULL, worker_main, &w[i])) {
			snprintf(err, errlen, "cannot start a parser thread");
			rc = -1;
			break;
		}
		w[i].started = true;
	}
	for (size_t i = 0; i < ins->nseg && !rc; i++) {
		if (ins->seg[i].state == RS_NOT_READ)
			continue;
		if (read_segment(&p, i)) {
			snprintf(err, errlen, "out of memory");
			rc = -1;
		}
	}
	pthread_mutex_lock(&p.mu);
	p.done = true;
	pthread_cond_broadcast(&p.can_get);
	pthread_mutex_unlock(&p.mu);
	for (unsigned i = 0; i < threads; i++) {
		if (w[i].started)
			pthread_join(w[i].th, NULL);
		rpt_agg_merge(out, &w[i].agg);
		rpt_agg_free(&w[i].agg);
		rpt_parser_free(w[i].parser);
	}
	free(w);
	while (p.free_list) {
		struct chunk *c = p.free_list;

		p.free_list = c->next;
		free(c);
	}
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.can_get);
	pthread_cond_destroy(&p.can_put);
	for (size_t i = 0; i < ins->nseg; i++) {
		struct rpt_segment *s = &ins->seg[i];

		if (s->state == RS_OK && s->bad_lines)
			s->state = RS_BAD_LINES;
	}
	if (out->oom && !rc) {
		snprintf(err, errlen, "out of memory while summarising");
		rc = -1;
	}
	return rc;
}
