// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Reading the segments' lines on every core (rpt_read_all, report.h).
 *
 * The report was inflate-bound: one thread ran zlib while the parsers
 * waited, and zlib alone took about as long as the whole report. Segments
 * are now gzip members that state their own size (evidence/segment_gz.h),
 * so this thread only reads members (pread, no inflating) into a bounded
 * ring of jobs, and each worker thread takes the next job, inflates the
 * whole member at once with libdeflate (2-3x zlib's speed on these
 * segments) and parses its lines into its own aggregate. Memory stays
 * bounded: at most RING_JOBS members and their text are in flight.
 *
 * Lines must be counted in order (a segment's first bad line is reported
 * by number) and a line might straddle two jobs, so a job's text is cut in
 * three: the head up to its first newline, the whole lines after it (the
 * body, parsed by the worker) and the tail after its last newline. Jobs
 * retire in order on this thread, which joins the previous tail and the
 * next head into one line and parses it itself: one line per job, which
 * for the recorder's members (whole lines, segment_gz.h) is simply their
 * first.
 *
 * Anything else is read as a stream with zlib, here, into the same ring:
 * segments written before members carried their size (one member),
 * plain .jsonl files, a member larger than the ring's buffers, and a
 * member the recorder's crash cut short (every member before it is whole
 * and was inflated in parallel). A member that does not inflate is
 * inflated again with zlib by its worker, for the lines before the
 * damage, and the segment is corrupt; the members after it still read.
 */
#include <errno.h>
#include <fcntl.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "evidence/manifest.h"
#include "evidence/segment_gz.h"
#include "report/report.h"

#define TEXT_CHUNK (1u << 20)          /* streamed text per job */
#define MEMBER_IN_MAX (4u << 20)       /* larger members are streamed */
#define MEMBER_OUT_MAX (4u << 20)
#define LINE_MAX_BYTES (1u << 20)      /* no sockwatch line is near this */
#define RING_PER_WORKER 3
#define THREADS_MAX 8

enum job_kind { J_MEMBER, J_TEXT, J_END };

struct job {
	/* filled by the reader */
	enum job_kind kind;
	size_t seg;
	unsigned char *in;             /* J_MEMBER: the member */
	size_t in_len, in_cap;
	char *out;                     /* J_TEXT: filled by the reader; J_MEMBER: the worker */
	size_t out_len, out_cap;
	uint32_t isize;                /* J_MEMBER: its trailer's ISIZE */
	/* J_END: how the segment ended */
	enum rpt_seg_state end_state;
	bool end_partial;              /* the text stops mid-line: drop the rest */
	char detail[256];
	/* filled by the worker */
	bool done;
	bool corrupt;                  /* J_MEMBER inflated only partly (detail says why) */
	bool has_nl;
	size_t head_len, tail_off;     /* head [0, head_len), tail [tail_off, out_len) */
	uint64_t body_lines, body_bad;
	uint64_t body_first_bad;       /* 1-based within the body, 0: none */
};

struct ring {
	pthread_mutex_t mu;
	pthread_cond_t work, retire;
	struct job *job;
	unsigned njobs;
	uint64_t issued, claimed, retired;
	bool finished;
	struct rpt_segment *seg;
};

struct worker {
	pthread_t th;
	struct ring *r;
	struct rpt_agg agg;
	struct rpt_parser *parser;
	struct libdeflate_decompressor *d;
	bool started;
};

/* The in-order end of the pipeline: this thread's own parser for the lines
 * that straddle jobs, and where the current segment is. */
struct retirer {
	struct rpt_agg agg;
	struct rpt_parser *parser;
	char *carry;                   /* a line begun in an earlier job */
	size_t carry_len;
	bool carry_too_long;
	uint64_t line;                 /* lines of the current segment so far */
};

/* ---- workers --------------------------------------------------------------- */

static void split_and_parse(struct worker *w, struct job *j)
{
	const char *p = j->out;
	const char *first = memchr(p, '\n', j->out_len), *last;
	uint64_t n = 0;

	j->has_nl = first != NULL;
	if (!first) {
		j->head_len = j->tail_off = j->out_len;
		return;
	}
	last = memrchr(p, '\n', j->out_len);
	j->head_len = (size_t)(first + 1 - p);
	j->tail_off = (size_t)(last + 1 - p);
	for (p = first + 1; p <= last; ) {
		const char *nl = memchr(p, '\n', (size_t)(last + 1 - p));

		n++;
		if (rpt_feed_line(w->parser, &w->agg, p, (size_t)(nl - p)) && !j->body_bad++)
			j->body_first_bad = n;
		p = nl + 1;
	}
	j->body_lines = n;
}

/* libdeflate could not: zlib gives the text before the damage, and why. */
static void inflate_damaged(struct job *j, const char *why)
{
	z_stream z = {0};
	int zr;

	j->corrupt = true;
	j->out_len = 0;
	if (inflateInit2(&z, 15 + 16) != Z_OK) {
		rpt_copy(j->detail, sizeof(j->detail), "out of memory");
		return;
	}
	z.next_in = j->in;
	z.avail_in = (uInt)j->in_len;
	z.next_out = (Bytef *)j->out;
	z.avail_out = (uInt)j->out_cap;
	zr = inflate(&z, Z_FINISH);
	j->out_len = j->out_cap - z.avail_out;
	if (zr == Z_STREAM_END)
		snprintf(j->detail, sizeof(j->detail), "%s", why);
	else
		snprintf(j->detail, sizeof(j->detail), "%s", z.msg ? z.msg :
			 zr != Z_BUF_ERROR ? why : z.avail_out ? "a member is cut short"
			 : "a member inflates to more than its trailer says (invalid data)");
	inflateEnd(&z);
}

static void inflate_member(struct worker *w, struct job *j)
{
	size_t used_in = 0, got = 0;
	enum libdeflate_result res;

	j->corrupt = false;
	res = libdeflate_gzip_decompress_ex(w->d, j->in, j->in_len, j->out, j->isize,
					    &used_in, &got);
	if (res == LIBDEFLATE_SUCCESS && used_in == j->in_len && got == j->isize) {
		j->out_len = got;
		return;
	}
	inflate_damaged(j, res == LIBDEFLATE_SUCCESS ? "a member's size field is wrong"
		       : "invalid compressed data");
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	struct ring *r = w->r;

	for (;;) {
		struct job *j;

		pthread_mutex_lock(&r->mu);
		while (r->claimed == r->issued && !r->finished)
			pthread_cond_wait(&r->work, &r->mu);
		if (r->claimed == r->issued) {
			pthread_mutex_unlock(&r->mu);
			return NULL;
		}
		j = &r->job[r->claimed++ % r->njobs];
		pthread_mutex_unlock(&r->mu);

		j->body_lines = j->body_bad = j->body_first_bad = 0;
		if (j->kind == J_MEMBER)
			inflate_member(w, j);
		if (j->kind != J_END)
			split_and_parse(w, j);

		pthread_mutex_lock(&r->mu);
		j->done = true;
		pthread_cond_broadcast(&r->retire);
		pthread_mutex_unlock(&r->mu);
	}
}

/* ---- retiring, in order ---------------------------------------------------- */

static int carry_add(struct retirer *t, const char *p, size_t n)
{
	if (t->carry_too_long)
		return 0;
	if (t->carry_len + n > LINE_MAX_BYTES) {
		t->carry_too_long = true;
		t->carry_len = 0;
		return 0;
	}
	if (!t->carry) {
		t->carry = malloc(LINE_MAX_BYTES);
		if (!t->carry)
			return -1;
	}
	memcpy(t->carry + t->carry_len, p, n);
	t->carry_len += n;
	return 0;
}

/* The line that ends at the head of this job (or at the segment's end). */
static void line_done(struct retirer *t, struct rpt_segment *s)
{
	t->line++;
	s->lines++;
	/* a line too long to keep counts in the segment, as bad, and no further */
	if (t->carry_too_long || rpt_feed_line(t->parser, &t->agg, t->carry, t->carry_len)) {
		if (!s->bad_lines++)
			s->first_bad_line = t->line;
	}
	t->carry_len = 0;
	t->carry_too_long = false;
}

static void carry_drop(struct retirer *t)
{
	t->carry_len = 0;
	t->carry_too_long = false;
}

static int retire(struct retirer *t, struct ring *r, struct job *j)
{
	struct rpt_segment *s = &r->seg[j->seg];

	if (j->kind == J_END) {
		if (t->carry_len || t->carry_too_long) {
			if (j->end_partial)
				carry_drop(t);
			else
				line_done(t, s);   /* a last line without its newline */
		}
		if (j->end_state != RS_OK && s->state != RS_CORRUPT) {
			s->state = j->end_state;
			rpt_copy(s->detail, sizeof(s->detail), j->detail);
		}
		if (s->state == RS_OK && s->bad_lines)
			s->state = RS_BAD_LINES;
		t->line = 0;
		return 0;
	}
	if (!j->has_nl && !j->corrupt)
		return carry_add(t, j->out, j->out_len);
	if (j->has_nl) {
		if (carry_add(t, j->out, j->head_len - 1))
			return -1;
		line_done(t, s);
		if (j->body_bad) {
			if (!s->bad_lines)
				s->first_bad_line = t->line + j->body_first_bad;
			s->bad_lines += j->body_bad;
		}
		t->line += j->body_lines;
		s->lines += j->body_lines;
	}
	if (j->corrupt) {
		/* the lines before the damage count; the one it cut does not, and
		 * the next member starts a line of its own */
		carry_drop(t);
		if (s->state != RS_CORRUPT) {
			s->state = RS_CORRUPT;
			rpt_copy(s->detail, sizeof(s->detail), j->detail);
		}
		return 0;
	}
	return carry_add(t, j->out + j->tail_off, j->out_len - j->tail_off);
}

/* ---- the reader ------------------------------------------------------------ */

struct reader {
	struct ring *r;
	struct retirer *t;
	bool oom;
};

/* A free job, retiring the oldest first when the ring is full. */
static struct job *job_next(struct reader *rd)
{
	struct ring *r = rd->r;
	struct job *j;

	pthread_mutex_lock(&r->mu);
	while (r->issued - r->retired == r->njobs) {
		j = &r->job[r->retired % r->njobs];
		while (!j->done)
			pthread_cond_wait(&r->retire, &r->mu);
		pthread_mutex_unlock(&r->mu);
		if (retire(rd->t, r, j))
			rd->oom = true;
		pthread_mutex_lock(&r->mu);
		r->retired++;
	}
	j = &r->job[r->issued % r->njobs];
	pthread_mutex_unlock(&r->mu);
	j->done = false;
	j->corrupt = false;
	j->detail[0] = '\0';
	return j;
}

/* Hand the job job_next() gave to the workers. */
static void job_issue(struct reader *rd)
{
	struct ring *r = rd->r;

	pthread_mutex_lock(&r->mu);
	r->issued++;
	pthread_cond_signal(&r->work);
	pthread_mutex_unlock(&r->mu);
}

static int buf_fit(void *pp, size_t *cap, size_t need)
{
	void **p = pp;
	void *n;

	if (*cap >= need)
		return 0;
	n = realloc(*p, need);
	if (!n)
		return -1;
	*p = n;
	*cap = need;
	return 0;
}

static void segment_end(struct reader *rd, size_t idx, enum rpt_seg_state st, bool partial,
			const char *detail)
{
	struct job *j = job_next(rd);

	j->kind = J_END;
	j->seg = idx;
	j->end_state = st;
	j->end_partial = partial;
	rpt_copy(j->detail, sizeof(j->detail), detail ? detail : "");
	job_issue(rd);
}

static bool is_open(const struct rpt_segment *s)
{
	return s->mf_status == MF_OPEN_CRASH || s->mf_status == MF_OPEN_LIVE;
}

/* The rest of the segment from off, as one stream, with zlib (which also
 * reads plain text when off is 0). */
static void stream_from(struct reader *rd, size_t idx, int fd, off_t off)
{
	struct rpt_segment *s = &rd->r->seg[idx];
	unsigned char magic[2];
	gzFile gz;
	int errnum = Z_OK, fd2;
	const char *msg = NULL;

	if (off > 0 && (pread(fd, magic, 2, off) != 2 || magic[0] != 0x1f || magic[1] != 0x8b)) {
		char why[96];

		snprintf(why, sizeof(why), "not gzip data at byte %lld", (long long)off);
		segment_end(rd, idx, RS_CORRUPT, true, why);
		return;
	}
	fd2 = dup(fd);
	if (fd2 < 0 || lseek(fd2, off, SEEK_SET) != off || !(gz = gzdopen(fd2, "rb"))) {
		if (fd2 >= 0)
			close(fd2);
		segment_end(rd, idx, RS_UNREADABLE, true, strerror(errno ? errno : ENOMEM));
		return;
	}
	gzbuffer(gz, 256u << 10);
	for (;;) {
		struct job *j = job_next(rd);
		int n;

		if (buf_fit(&j->out, &j->out_cap, TEXT_CHUNK)) {
			rd->oom = true;
			break;
		}
		n = gzread(gz, j->out, TEXT_CHUNK);
		if (n <= 0) {
			/* gzread returns 0, not -1, for a stream that ends early */
			msg = gzerror(gz, &errnum);
			break;
		}
		j->kind = J_TEXT;
		j->seg = idx;
		j->out_len = (size_t)n;
		job_issue(rd);
	}
	if (errnum != Z_OK && msg && !strncmp(msg, "<fd:", 4) && strstr(msg, ">: "))
		msg = strstr(msg, ">: ") + 3;  /* zlib's name for the file; the report names it */
	if (errnum == Z_OK)
		segment_end(rd, idx, is_open(s) ? RS_CUT : RS_OK, false, NULL);
	else if (errnum == Z_BUF_ERROR)
		segment_end(rd, idx, is_open(s) ? RS_CUT : RS_TRUNCATED, true, msg);
	else if (errnum == Z_ERRNO)
		segment_end(rd, idx, RS_UNREADABLE, true, msg ? msg : "read error");
	else
		segment_end(rd, idx, RS_CORRUPT, true, msg ? msg : "corrupt");
	gzclose(gz);
}

/*
 * A descriptor holding only bytes [from, limit) of fd: an anonymous copy
 * (memfd), so that a stream read (gzread reads to the end of its file)
 * stops where the last checkpoint did. Made only when streaming is needed
 * from `from` on, so it holds what is left to stream, not the segment.
 */
static int range_fd(int fd, uint64_t from, uint64_t limit)
{
	int m = memfd_create("sockwatch-verified-prefix", MFD_CLOEXEC);
	char *buf = malloc(1u << 16);
	uint64_t off = from;

	if (m < 0 || !buf) {
		int e = m < 0 ? -errno : -ENOMEM;

		if (m >= 0)
			close(m);
		free(buf);
		return e;
	}
	/* not copy_file_range: across file systems it is refused since 5.19 */
	while (off < limit) {
		size_t want = limit - off < (1u << 16) ? (size_t)(limit - off) : 1u << 16;
		ssize_t n;

		errno = 0;
		n = pread(fd, buf, want, (off_t)off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0 || write(m, buf, (size_t)n) != n) {
			int e = errno ? -errno : -EIO;

			free(buf);
			close(m);
			return e;
		}
		off += (uint64_t)n;
	}
	free(buf);
	return m;
}

/* stream_from(), or with cut from a copy of [off, limit) alone. */
static void stream_limited(struct reader *rd, size_t idx, int fd, off_t off, bool cut,
			   uint64_t limit)
{
	int m;

	if (!cut) {
		stream_from(rd, idx, fd, off);
		return;
	}
	m = range_fd(fd, (uint64_t)off, limit);
	if (m < 0) {
		segment_end(rd, idx, RS_UNREADABLE, true, strerror(-m));
		return;
	}
	stream_from(rd, idx, m, 0);
	close(m);
}

static void read_segment(struct reader *rd, size_t idx)
{
	struct rpt_segment *s = &rd->r->seg[idx];
	unsigned char head[SEGGZ_HEADER_LEN];
	struct stat st;
	off_t off = 0;
	bool cut = false;
	/* Only a regular file, never through a symlink: a record dir is
	 * untrusted input, and a FIFO or /dev/zero would hang the report. */
	int fd = open(s->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		int e = fd < 0 ? errno : 0;

		if (fd >= 0)
			close(fd);
		s->state = RS_UNREADABLE;
		rpt_copy(s->detail, sizeof(s->detail), e == ELOOP ? "is a symlink" :
			 e ? strerror(e) : "not a regular file");
		return;
	}
	/* an open segment: what no checkpoint vouches for is not read. Sized
	 * members are read by pread() up to the limit; a stream, only from a
	 * copy that ends there (range_fd) */
	if (s->limited && s->read_limit < (uint64_t)st.st_size) {
		cut = true;
		st.st_size = (off_t)s->read_limit;
	}
	while (!rd->oom) {
		ssize_t n = pread(fd, head, sizeof(head), off);
		uint32_t msize = n > 0 ? seggz_member_size(head, (size_t)n) : 0;
		struct job *j;

		/* at the limit of a cut segment, the bytes after it are not read */
		if ((n == 0 || cut) && off == st.st_size) {
			segment_end(rd, idx, is_open(s) ? RS_CUT : RS_OK, false, NULL);
			break;
		}
		/* not a sized member, or one too large or cut: stream from here */
		if (!msize || msize > MEMBER_IN_MAX || off + (off_t)msize > st.st_size) {
			stream_limited(rd, idx, fd, off, cut, (uint64_t)st.st_size);
			break;
		}
		j = job_next(rd);
		if (buf_fit(&j->in, &j->in_cap, msize)) {
			rd->oom = true;
			break;
		}
		if (pread(fd, j->in, msize, off) != (ssize_t)msize) {
			segment_end(rd, idx, RS_UNREADABLE, true, strerror(errno ? errno : EIO));
			break;
		}
		j->isize = seggz_member_isize(j->in, msize);
		if (j->isize > MEMBER_OUT_MAX) {
			stream_limited(rd, idx, fd, off, cut, (uint64_t)st.st_size);
			break;
		}
		if (buf_fit(&j->out, &j->out_cap, j->isize ? j->isize : 1)) {
			rd->oom = true;
			break;
		}
		j->kind = J_MEMBER;
		j->seg = idx;
		j->in_len = msize;
		job_issue(rd);
		off += msize;
	}
	close(fd);
}

static unsigned cpu_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > THREADS_MAX ? THREADS_MAX : (unsigned)n;
}

int rpt_read_all(struct rpt_inputs *ins, const struct rpt_window *win, unsigned threads,
		 struct rpt_agg *out, char *err, size_t errlen)
{
	struct ring r = { .seg = ins->seg };
	struct retirer t = {0};
	struct reader rd = { .r = &r, .t = &t };
	struct worker *w;
	int rc = 0;

	if (!threads)
		threads = cpu_count();
	if (threads > THREADS_MAX)
		threads = THREADS_MAX;
	r.njobs = threads * RING_PER_WORKER + 2;
	r.job = calloc(r.njobs, sizeof(*r.job));
	w = calloc(threads, sizeof(*w));
	rpt_agg_init(out, win);
	rpt_agg_init(&t.agg, win);
	t.parser = rpt_parser_new();
	if (!r.job || !w || !t.parser) {
		free(r.job);
		free(w);
		rpt_agg_free(&t.agg);
		rpt_parser_free(t.parser);
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.work, NULL);
	pthread_cond_init(&r.retire, NULL);
	for (unsigned i = 0; i < threads; i++) {
		w[i].r = &r;
		rpt_agg_init(&w[i].agg, win);
		w[i].parser = rpt_parser_new();
		w[i].d = libdeflate_alloc_decompressor();
		if (!w[i].parser || !w[i].d ||
		    pthread_create(&w[i].th, NULL, worker_main, &w[i])) {
			snprintf(err, errlen, "cannot start a parser thread");
			rc = -1;
			break;
		}
		w[i].started = true;
	}
	for (size_t i = 0; i < ins->nseg && !rc && !rd.oom; i++) {
		if (ins->seg[i].state == RS_NOT_READ)
			continue;
		read_segment(&rd, i);
	}
	/* retire what is still in flight */
	pthread_mutex_lock(&r.mu);
	r.finished = true;
	pthread_cond_broadcast(&r.work);
	while (!rc && r.retired < r.issued) {
		struct job *j = &r.job[r.retired % r.njobs];

		while (!j->done)
			pthread_cond_wait(&r.retire, &r.mu);
		pthread_mutex_unlock(&r.mu);
		if (retire(&t, &r, j))
			rd.oom = true;
		pthread_mutex_lock(&r.mu);
		r.retired++;
	}
	pthread_mutex_unlock(&r.mu);
	for (unsigned i = 0; i < threads; i++) {
		if (w[i].started)
			pthread_join(w[i].th, NULL);
		rpt_agg_merge(out, &w[i].agg);
		rpt_agg_free(&w[i].agg);
		rpt_parser_free(w[i].parser);
		libdeflate_free_decompressor(w[i].d);
	}
	rpt_agg_merge(out, &t.agg);
	rpt_agg_free(&t.agg);
	rpt_parser_free(t.parser);
	free(t.carry);
	free(w);
	for (unsigned i = 0; i < r.njobs; i++) {
		free(r.job[i].in);
		free(r.job[i].out);
	}
	free(r.job);
	pthread_mutex_destroy(&r.mu);
	pthread_cond_destroy(&r.work);
	pthread_cond_destroy(&r.retire);
	if (rd.oom && !rc) {
		snprintf(err, errlen, "out of memory");
		rc = -1;
	}
	if (out->oom && !rc) {
		snprintf(err, errlen, "out of memory while summarising");
		rc = -1;
	}
	return rc;
}
