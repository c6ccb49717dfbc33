// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The recorder (record.h). What a record directory holds and how its
 * manifest chains the segments is in manifest.h; this is what is inside a
 * segment.
 *
 * A segment is gzip (RFC 1952) of JSON Lines, written as a series of
 * members that each carry their size (segment_gz.h): `zcat seg-*.gz`
 * reads a whole record in order. Lines, in the order they appear:
 *
 *   {"event":"record_start","ts":TS,"record_id":HEX32,"seq":N,"format":F,
 *    "event_format":2,
 *    "host":S,"kernel":S,"sockwatch":S,"ip_local_port_range":[LO,HI],
 *    "argv":[S,...]}
 *       First line of every segment. seq counts segments from 1; argv is
 *       the record command line (its filters say what was recorded).
 *   {"event":"snapshot",...}
 *       After record_start in every segment: the sockets that existed then
 *       in the recorder's network namespace, one per line, as
 *       snapshot_json() writes them (snapshot.h).
 *   {"event":"snapshot_end","ts":TS,"sockets":N,"owned":N,"procs_denied":N}
 *   {"event":"snapshot_end","ts":TS,"sockets":null,"error":S}
 *       Closes the snapshot: how many sockets, or why there is none.
 *   {"ts":TS,"event":"connect"|"bind"|"listen"|"accept"|"close",...}
 *       Socket events, exactly as `sockwatch tail --json` prints them
 *       (out_json_event). The capture is attached before the snapshot is
 *       taken, so events of the first moments may predate snapshot lines:
 *       overlap, never a gap.
 *   {"ts":TS,"event":"selftest","ok":B,"seen":N,"fexit":B,"paths":[...]}
 *       The proof of coverage at the start and at each rotation
 *       (selftest_json(), capture/selftest.h).
 *   {"event":"drop","ts":TS,"lost":N,"total":M}
 *       The kernel ring was full: N events were lost since the previous
 *       drop line (at most ~1 s before ts, when the counter is read), M in
 *       the whole record. No drop line: nothing was lost.
 *   {"event":"record_stop","ts":TS,"reason":S,"events":N,"drops":M,
 *    "segments":N}
 *       Last line of the last segment after a clean stop; reason is
 *       sigint, sigterm, sighup, duration, count, or error (reading
 *       the ring failed). Missing after a crash or a write failure.
 *
 * TS is RFC 3339 UTC with microseconds, as in events. A segment is closed
 * (its last member ended, fdatasync) before its entry goes into the
 * manifest. While it is open, everything handed to the recorder is ended
 * as a member and fdatasync'ed every REC_FLUSH_MS when there was data, and
 * checkpoint.json then vouches for that prefix: a crash loses at most the
 * last REC_FLUSH_MS (plus the capture latency), and what was flushed is
 * whole members that decompress on their own (a member cut by the crash is
 * at most one, at the end). A busy recorder also ends a member every
 * SEGGZ_MEMBER_IN bytes of lines, so a report can inflate them in parallel.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "common/diag.h"
#include "output/escape.h"
#include "evidence/manifest.h"
#include "output/json_writer.h"
#include "output/output.h"
#include "evidence/record.h"
#include "evidence/seal.h"
#include "evidence/segment_gz.h"
#include "common/trust.h"
#include "capture/snapshot.h"

#define IN_SIZE (256u << 10)   /* lines waiting for the compressor */
#define META_MAX 8192          /* a meta line, argv excluded */

struct recorder {
	struct rec_opts o;
	char dir[PATH_MAX];
	int dirfd;
	bool created_dir, started, dead;
	char err[PATH_MAX + 256];

	char id[MF_ID_HEX + 1];
	struct utsname uts;         /* host and kernel, for the start lines */
	unsigned port_lo, port_hi;
	struct mf_writer mf;
	struct seal *seal;          /* the key for the next manifest line only */
	bool key_file_made;

	/* the open segment */
	int segfd;
	unsigned seq;
	char segname[MF_NAME_LEN];
	struct seggz_writer gz;
	bool gz_live;
	struct sha256_ctx md;   /* of the open segment's bytes so far */
	uint64_t seg_bytes, seg_synced, seg_events, seg_drops, seg_open_ms;
	double ratio;           /* compressed/uncompressed of the last big member */
	char seg_start[MF_TS_LEN];
	bool dirty;
	bool rotation_held;     /* rec_hold_rotation() */
	uint64_t last_flush_ms;

	char *in;
	size_t in_len;

	uint64_t events;
	unsigned oldest;            /* oldest closed segment not pruned */
	struct clock_cache tc;
	char head[MF_HEX_LEN + 1];
};

__attribute__((format(printf, 3, 4)))
static int fail(struct recorder *r, int e, const char *fmt, ...)
{
	va_list ap;

	if (!r->dead) {
		va_start(ap, fmt);
		vsnprintf(r->err, sizeof(r->err), fmt, ap);
		va_end(ap);
		r->dead = true;
	}
	return e < 0 ? e : -EIO;
}

/*
 * A manifest or checkpoint entry's body from a finished object: mf_append()
 * wants it without the closing brace, to add the chain field (manifest.h).
 * NULL when it did not fit.
 */
static const char *entry_body(struct jw *w)
{
	if (!jw_ok(w) || jw_len(w) < 2 || w->p[-1] != '}' || !jw_room(w, 1))
		return NULL;
	w->p[-1] = '\0';
	return w->buf;
}


/* ---- writing the segment --------------------------------------------- */

static int seg_write(struct recorder *r, const unsigned char *buf, size_t len)
{
	size_t off = 0;

	while (off < len) {
		ssize_t n = write(r->segfd, buf + off, len - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = n < 0 ? errno : EIO;

			/* what was flushed stays a valid prefix */
			if (ftruncate(r->segfd, (off_t)r->seg_synced) == 0)
				fdatasync(r->segfd);
			return fail(r, -e, "writing %s/%s failed: %s", r->dir, r->segname,
				    strerror(e));
		}
		off += (size_t)n;
	}
	sha256_update(&r->md, len, (const uint8_t *)buf);
	r->seg_bytes += len;
	return 0;
}

/* End the open member (if any line went in) and write it whole. */
static int member_end(struct recorder *r)
{
	int e = seggz_finish(&r->gz);

	if (e)
		return fail(r, e, "compressing %s failed", r->segname);
	if (r->gz.len && seg_write(r, r->gz.buf, r->gz.len))
		return -EIO;
	if (r->gz.in >= (64u << 10)) /* small members say little of the ratio */
		r->ratio = (double)r->gz.len / (double)r->gz.in;
	e = seggz_next(&r->gz);
	if (e)
		return fail(r, e, "compressing %s failed", r->segname);
	return 0;
}

/* Whole lines into the open member; a full member ends here, on a line
 * boundary. */
static int zput(struct recorder *r, const char *data, size_t len)
{
	int e = seggz_add(&r->gz, data, len);

	if (e)
		return fail(r, e, "compressing %s failed", r->segname);
	if (len)
		r->dirty = true;
	return seggz_full(&r->gz) ? member_end(r) : 0;
}

static int pump(struct recorder *r)
{
	int e = 0;

	if (r->in_len)
		e = zput(r, r->in, r->in_len);
	r->in_len = 0;
	return e;
}

/* The open segment's size: written, and compressed but not yet written. */
static uint64_t seg_size(const struct recorder *r)
{
	return r->seg_bytes + r->gz.len;
}

/*
 * --rotate-size is a bound, not a hint (a segment closes within 10% of it).
 * Lines are compressed in batches, and deflate holds back what it has not
 * emitted yet, so the size of the open member is only estimated: from the
 * ratio of the last large member, and never better than 1:2 for a member
 * that is still small (a fresh dictionary compresses worse). Once the
 * estimate comes within 5% of the bound, lines go to the compressor one at
 * a time and the member is ended to learn the exact size; the segment is
 * closed before the next line once it holds 90% of the bound. The start of
 * a segment (record_start and snapshot) is never split, so a bound below
 * that is exceeded by it.
 */
static uint64_t member_estimate(const struct recorder *r, uint64_t in)
{
	double ratio = in >= (256u << 10) && r->ratio > 0 ? r->ratio
			   : r->ratio > 0.5 ? r->ratio : 0.5;
	uint64_t est = in ? SEGGZ_HEADER_LEN + SEGGZ_TRAILER_LEN + (uint64_t)((double)in * ratio)
			  : 0;

	return r->gz.len + SEGGZ_TRAILER_LEN > est ? r->gz.len + SEGGZ_TRAILER_LEN : est;
}

static bool near_bound(const struct recorder *r, uint64_t more)
{
	uint64_t bound = r->o.rotate_size;

	return r->seg_bytes + member_estimate(r, r->gz.in + more) >= bound - bound / 20;
}

static int rotate(struct recorder *r);

/* Before a line of `next` bytes is buffered: rotate if the bound is reached. */
static int rotate_check(struct recorder *r, size_t next)
{
	uint64_t bound = r->o.rotate_size;

	if (!bound || r->dead || (!r->seg_events && !r->seg_drops) ||
	    !near_bound(r, r->in_len + next))
		return 0;
	if (pump(r))
		return -EIO;
	if (!near_bound(r, 0))
		return 0;
	if (r->gz.in && member_end(r))
		return -EIO;
	return r->seg_bytes >= bound - bound / 10 ? rotate(r) : 0;
}

static int add_line(struct recorder *r, const char *line, size_t len)
{
	if (r->dead)
		return -EIO;
	if (len > IN_SIZE - r->in_len && pump(r))
		return -EIO;
	if (len > IN_SIZE)
		return zput(r, line, len);
	memcpy(r->in + r->in_len, line, len);
	r->in_len += len;
	return 0;
}

/* The start of a segment's control line: {"event":NAME,"ts":TS */
static void control_start(struct jw *w, char *buf, size_t cap, enum sw_line_kind kind,
			  const char *ts)
{
	const char *event = sw_control_name(kind);

	jw_init_buf(w, buf, cap);
	jw_object_start(w);
	JW_KEY(w, "event");
	jw_word(w, event, strlen(event));
	JW_KEY(w, "ts");
	jw_word(w, ts, strlen(ts));
}

/* Closes a control line and hands it to the compressor. */
static int control_end(struct recorder *r, struct jw *w)
{
	jw_object_end(w);
	jw_newline(w);
	if (!jw_ok(w))
		return fail(r, -EOVERFLOW, "a control line does not fit its buffer");
	return add_line(r, w->buf, jw_len(w));
}

/* A checkpoint and a segment entry both begin by naming the open segment,
 * its size and the SHA-256 of its bytes so far (md, consumed here). */
static void seg_entry_start(struct recorder *r, struct jw *w, char *body, size_t len,
			    const char *type_json, struct sha256_ctx *md)
{
	unsigned char h[MF_HASH_LEN];
	char hex[MF_HEX_LEN + 1];

	sha256_digest(md, sizeof(h), h);
	mf_hex(hex, h, sizeof(h));
	jw_init_buf(w, body, len);
	jw_object_start(w);
	JW_KEY(w, "type");
	jw_raw(w, type_json, strlen(type_json));
	JW_KEY(w, "seq");
	jw_u64(w, r->seq);
	JW_KEY(w, "file");
	jw_str(w, r->segname);
	JW_KEY(w, "bytes");
	jw_u64(w, r->seg_bytes);
	JW_KEY(w, "sha256");
	jw_word(w, hex, strlen(hex));
}

/* Ends the entry and appends it, sealed, to the manifest. */
static int manifest_entry_end(struct recorder *r, struct jw *w, char *body)
{
	int e;

	jw_object_end(w);
	e = entry_body(w) ? mf_append(&r->mf, body) : -EOVERFLOW;
	if (e)
		return fail(r, e, "writing %s/%s failed: %s", r->dir, MF_FILE, strerror(-e));
	return 0;
}

/* Make everything so far durable and vouch for it in a sealed checkpoint
 * line of the manifest (manifest.h, format 2). */
static int seg_flush(struct recorder *r)
{
	char ts[MF_TS_LEN], body[512];
	struct sha256_ctx copy;
	struct jw w;

	if (pump(r) || member_end(r))
		return -EIO;
	if (fdatasync(r->segfd))
		return fail(r, -errno, "syncing %s/%s failed: %s", r->dir, r->segname,
			    strerror(errno));
	r->seg_synced = r->seg_bytes;
	r->dirty = false;
	r->last_flush_ms = clock_mono_ms();

	/* the hash so far; the segment's own goes on */
	copy = r->md;
	seg_entry_start(r, &w, body, sizeof(body), "\"checkpoint\"", &copy);
	clock_rfc3339(ts, (int64_t)clock_wall_ns(), 6);
	JW_KEY(&w, "ts");
	jw_word(&w, ts, strlen(ts));
	return manifest_entry_end(r, &w, body);
}

/* ---- segments -------------------------------------------------------- */

struct snap_ctx {
	struct recorder *r;
	uint64_t wall_ns;
};

static int snap_line(void *ctx, const struct snap_sock *s)
{
	struct snap_ctx *sc = ctx;
	static char line[SNAP_LINE_MAX];
	struct sw_ident who = { .host_netns = -1 };
	size_t n;

	if (sc->r->o.ident)
		ident_resolve(sc->r->o.ident, &s->ev, &who);
	n = snapshot_json(line, s, sc->r->o.svc, sc->wall_ns, &who);

	return add_line(sc->r, line, n) ? 1 : 0;
}

static int write_snapshot(struct recorder *r)
{
	struct snap_ctx sc = { .r = r, .wall_ns = clock_wall_ns() };
	struct snap_stats st = {0};
	char err[256] = "", ts[MF_TS_LEN], line[META_MAX];
	struct jw w;
	int e;

	e = snapshot_collect_stats(snap_line, &sc, &st, r->o.holders, err, sizeof(err));
	if (r->dead)
		return -EIO;
	clock_rfc3339(ts, (int64_t)clock_wall_ns(), 6);
	control_start(&w, line, sizeof(line), SW_LINE_SNAPSHOT_END, ts);
	JW_KEY(&w, "sockets");
	if (e) {
		const char *why = err[0] ? err : strerror(e < 0 ? -e : EIO);

		diag("warning: no snapshot in %s: %s", r->segname, why);
		jw_null(&w);
		JW_KEY(&w, "error");
		jw_str(&w, why);
	} else {
		jw_u64(&w, st.sockets);
		JW_KEY(&w, "owned");
		jw_u64(&w, st.owned);
		JW_KEY(&w, "procs_denied");
		jw_u64(&w, st.procs_denied);
	}
	return control_end(r, &w);
}

static int seg_open(struct recorder *r)
{
	char ts[MF_TS_LEN], *line;
	struct jw w;
	size_t cap;
	int n;

	r->seq++;
	mf_seg_name(r->segname, r->seq);
	r->segfd = openat(r->dirfd, r->segname,
			  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, MF_FILE_MODE);
	if (r->segfd < 0)
		return fail(r, -errno, "cannot create %s/%s: %s", r->dir, r->segname,
			    strerror(errno));
	fsync(r->dirfd);
	if (seggz_init(&r->gz, r->o.level))
		return fail(r, -ENOMEM, "cannot start the compressor");
	r->gz_live = true;
	sha256_init(&r->md);
	r->seg_bytes = r->seg_synced = r->seg_events = r->seg_drops = 0;
	r->seg_open_ms = r->last_flush_ms = clock_mono_ms();
	clock_rfc3339(r->seg_start, (int64_t)clock_wall_ns(), 6);
	memcpy(ts, r->seg_start, sizeof(ts));

	cap = META_MAX + (strlen(r->uts.nodename) + strlen(r->uts.release)) * ESC_JSON_MAX;
	for (int i = 0; i < r->o.argc; i++)
		cap += strlen(r->o.argv[i]) * ESC_JSON_MAX + 4;
	line = malloc(cap);
	if (!line)
		return fail(r, -ENOMEM, "out of memory");
	control_start(&w, line, cap, SW_LINE_RECORD_START, ts);
	JW_KEY(&w, "record_id");
	jw_word(&w, r->id, strlen(r->id));
	JW_KEY(&w, "seq");
	jw_u64(&w, r->seq);
	JW_KEY(&w, "format");
	jw_u64(&w, MF_FORMAT);
	JW_KEY(&w, "event_format");
	jw_u64(&w, REC_EVENT_FORMAT);
	JW_KEY(&w, "host");
	jw_str(&w, r->uts.nodename);
	JW_KEY(&w, "kernel");
	jw_str(&w, r->uts.release);
	JW_KEY(&w, "sockwatch");
	jw_str(&w, SOCKWATCH_VERSION);
	JW_KEY(&w, "ip_local_port_range");
	jw_array_start(&w);
	jw_u64(&w, r->port_lo);
	jw_u64(&w, r->port_hi);
	jw_array_end(&w);
	JW_KEY(&w, "argv");
	jw_array_start(&w);
	for (int i = 0; i < r->o.argc; i++)
		jw_str(&w, r->o.argv[i]);
	jw_array_end(&w);
	n = control_end(r, &w);
	free(line);
	if (n || write_snapshot(r))
		return -EIO;
	/* start and snapshot are durable, and the checkpoint exists, at once */
	return seg_flush(r);
}

/* Finish the open segment and enter it into the manifest. */
static int seg_close(struct recorder *r)
{
	char end[MF_TS_LEN], body[1024];
	struct jw w;

	if (pump(r) || member_end(r))
		return -EIO;
	seggz_free(&r->gz);
	r->gz_live = false;
	if (fdatasync(r->segfd))
		return fail(r, -errno, "syncing %s/%s failed: %s", r->dir, r->segname,
			    strerror(errno));
	if (close(r->segfd)) {
		r->segfd = -1;
		return fail(r, -errno, "closing %s/%s failed: %s", r->dir, r->segname,
			    strerror(errno));
	}
	r->segfd = -1;
	clock_rfc3339(end, (int64_t)clock_wall_ns(), 6);
	seg_entry_start(r, &w, body, sizeof(body), "\"segment\"", &r->md);
	JW_KEY(&w, "start");
	jw_word(&w, r->seg_start, strlen(r->seg_start));
	JW_KEY(&w, "end");
	jw_word(&w, end, strlen(end));
	JW_KEY(&w, "events");
	jw_u64(&w, r->seg_events);
	JW_KEY(&w, "drops");
	jw_u64(&w, r->seg_drops);
	return manifest_entry_end(r, &w, body);
}

/* --keep: drop the oldest closed segments beyond the limit. The prune entry
 * goes first: a crash in between leaves a listed file, never a gap. */
static int prune(struct recorder *r)
{
	char name[MF_NAME_LEN], ts[MF_TS_LEN], body[256];
	struct jw w;
	int e;

	while (r->o.keep && r->seq + 1 - r->oldest > r->o.keep) {
		mf_seg_name(name, r->oldest);
		clock_rfc3339(ts, (int64_t)clock_wall_ns(), 6);
		jw_init_buf(&w, body, sizeof(body));
		jw_object_start(&w);
		JW_KEY(&w, "type");
		JW_RAW_LIT(&w, "\"prune\"");
		JW_KEY(&w, "seq");
		jw_u64(&w, r->oldest);
		JW_KEY(&w, "file");
		jw_str(&w, name);
		JW_KEY(&w, "ts");
		jw_word(&w, ts, strlen(ts));
		jw_object_end(&w);
		e = entry_body(&w) ? mf_append(&r->mf, body) : -EOVERFLOW;
		if (e)
			return fail(r, e, "writing %s/%s failed: %s", r->dir, MF_FILE,
				    strerror(-e));
		if (unlinkat(r->dirfd, name, 0) && errno != ENOENT)
			diag("warning: cannot prune %s/%s: %s", r->dir, name, strerror(errno));
		r->oldest++;
	}
	return 0;
}

static int rotate(struct recorder *r)
{
	if (seg_close(r) || prune(r))
		return -EIO;
	return seg_open(r);
}

/* ---- the directory --------------------------------------------------- */

/* Empty, or a record we may replace: then delete its files (only those). */
static int claim_dir(struct recorder *r, char *err, size_t errlen)
{
	int fd = dup(r->dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;
	char other[256] = "";
	unsigned mine = 0;

	if (!d) {
		if (fd >= 0)
			close(fd);
		snprintf(err, errlen, "cannot list %s: %s", r->dir, strerror(errno));
		return -errno;
	}
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (mf_is_record_file(de->d_name) && de->d_type != DT_DIR)
			mine++;
		else if (!other[0])
			snprintf(other, sizeof(other), "%s", de->d_name);
	}
	if (other[0]) {
		closedir(d);
		snprintf(err, errlen, "%s is not empty and not a record (it holds '%s'); "
			 "record into a new or empty directory", r->dir, other);
		return -EEXIST;
	}
	if (mine && !r->o.force) {
		closedir(d);
		snprintf(err, errlen, "%s already holds a record; --force replaces it, or "
			 "choose another directory", r->dir);
		return -EEXIST;
	}
	rewinddir(d);
	while (mine && (de = readdir(d))) {
		if (!mf_is_record_file(de->d_name))
			continue;
		if (unlinkat(r->dirfd, de->d_name, 0) && errno != ENOENT) {
			int e = errno;

			closedir(d);
			snprintf(err, errlen, "--force: cannot remove %s/%s: %s", r->dir,
				 de->d_name, strerror(e));
			return -e;
		}
	}
	closedir(d);
	return 0;
}

static void read_port_range(struct recorder *r)
{
	/* Linux's default when the host's cannot be read */
	if (sw_local_port_range(&r->port_lo, &r->port_hi)) {
		r->port_lo = 32768;
		r->port_hi = 60999;
	}
}

/* The key file's directory: anywhere but the record directory itself. */
static int key_file_outside(struct recorder *r, char *err, size_t errlen)
{
	char copy[PATH_MAX];
	struct stat a, b;

	snprintf(copy, sizeof(copy), "%s", r->o.key_file);
	if (stat(dirname(copy), &a) || fstat(r->dirfd, &b))
		return 0; /* creating the file will say what is wrong */
	if (a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
		snprintf(err, errlen, "--key-file: %s is inside the record directory; the key "
			 "belongs off this host, and never beside the record", r->o.key_file);
		return -EINVAL;
	}
	return 0;
}

/*
 * The seal key k_0 (seal.h), made now and handed over once: into
 * --key-file, or as one line on stderr. The recorder keeps only the key
 * for the next line, in locked memory.
 */
static int hand_over_key(struct recorder *r, char *err, size_t errlen)
{
	char hex[SEAL_HEX_LEN + 1];
	int e;

	if (r->o.key_file && (e = key_file_outside(r, err, errlen)))
		return e;
	e = seal_create(&r->seal, hex);
	if (e) {
		snprintf(err, errlen, "cannot make the seal key: %s", strerror(-e));
		return -e;
	}
	if (r->o.key_file) {
		e = seal_write_key_file(r->o.key_file, hex, r->id, err, errlen);
		explicit_bzero(hex, sizeof(hex));
		if (e)
			return e;
		r->key_file_made = true;
		diag("seal key of record %s written to %s: move it off this host; "
		     "'sockwatch verify --key-file FILE %s' proves the record with it",
		     r->id, r->o.key_file, r->dir);
	} else {
		/* a log (the journal, a file) would keep the key on the host, where
		 * whoever takes it can read it and forge everything: say so */
		diag("seal key of record %s: %s (shown once: keep it off this host; "
		     "'sockwatch verify --key KEY %s' proves the record with it%s)", r->id, hex,
		     r->dir, isatty(STDERR_FILENO) ? "" : "; stderr is not a terminal: if it "
		     "goes to a log on this host, the key stays here too: use --key-file");
		explicit_bzero(hex, sizeof(hex));
	}
	r->mf.seal = r->seal;
	return 0;
}

int rec_open(struct recorder **out, const struct rec_opts *o, char *err, size_t errlen)
{
	struct recorder *r = calloc(1, sizeof(*r));
	unsigned char id[MF_ID_LEN];
	int e;

	*out = NULL;
	if (!r) {
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	r->o = *o;
	r->dirfd = r->segfd = -1;
	r->mf.fd = -1;
	r->tc.sec = -1;
	r->oldest = 1;
	if (strlen(o->dir) >= sizeof(r->dir)) {
		free(r);
		snprintf(err, errlen, "record directory name too long");
		return -ENAMETOOLONG;
	}
	strcpy(r->dir, o->dir);

	if (mkdir(r->dir, MF_DIR_MODE) == 0) {
		r->created_dir = true;
	} else if (errno != EEXIST) {
		e = errno;
		snprintf(err, errlen, "cannot create record directory %s: %s", r->dir, strerror(e));
		free(r);
		return -e;
	}
	r->dirfd = open(r->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (r->dirfd < 0) {
		struct stat st;

		e = errno;
		if (e == ENOTDIR && !lstat(r->dir, &st) && S_ISLNK(st.st_mode))
			e = ELOOP; /* O_DIRECTORY reports a symlink as not a directory */
		snprintf(err, errlen, "cannot open record directory %s: %s", r->dir,
			 e == ELOOP ? "it is a symlink, which a record never goes through"
				    : strerror(e));
		goto fail;
	}
	if (flock(r->dirfd, LOCK_EX | LOCK_NB)) {
		e = errno;
		snprintf(err, errlen, "%s: %s", r->dir, e == EWOULDBLOCK ?
			 "another sockwatch is recording into it" : strerror(e));
		goto fail;
	}
	if (trust_dir_fd("record", r->dirfd, r->dir, err, errlen)) {
		e = EPERM;
		goto fail;
	}
	e = claim_dir(r, err, errlen);
	if (e) {
		e = -e;
		goto fail;
	}
	if (getrandom(id, sizeof(id), 0) != (ssize_t)sizeof(id)) {
		e = errno;
		snprintf(err, errlen, "no random bytes for the record id: %s", strerror(e));
		goto fail;
	}
	mf_hex(r->id, id, sizeof(id));
	e = -mf_writer_create(&r->mf, r->dirfd, r->id);
	if (e) {
		snprintf(err, errlen, "cannot create %s/%s: %s", r->dir, MF_FILE, strerror(e));
		goto fail;
	}
	fsync(r->dirfd);
	e = -hand_over_key(r, err, errlen);
	if (e)
		goto fail;

	uname(&r->uts);
	read_port_range(r);
	r->in = malloc(IN_SIZE);
	if (!r->in) {
		e = ENOMEM;
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	*out = r;
	return 0;
fail:
	rec_free(r);
	return -e;
}

int rec_start(struct recorder *r)
{
	char ts[MF_TS_LEN], body[2048];
	struct jw w;
	int e;

	clock_rfc3339(ts, (int64_t)clock_wall_ns(), 6);
	jw_init_buf(&w, body, sizeof(body));
	jw_object_start(&w);
	JW_KEY(&w, "type");
	JW_RAW_LIT(&w, "\"record\"");
	JW_KEY(&w, "format");
	jw_u64(&w, MF_FORMAT);
	JW_KEY(&w, "record_id");
	jw_word(&w, r->id, strlen(r->id));
	JW_KEY(&w, "host");
	jw_str(&w, r->uts.nodename);
	JW_KEY(&w, "kernel");
	jw_str(&w, r->uts.release);
	JW_KEY(&w, "sockwatch");
	jw_str(&w, SOCKWATCH_VERSION);
	JW_KEY(&w, "started");
	jw_word(&w, ts, strlen(ts));
	JW_KEY(&w, "rotate_size");
	jw_u64(&w, r->o.rotate_size);
	JW_KEY(&w, "rotate_interval_ms");
	jw_u64(&w, r->o.rotate_ms);
	JW_KEY(&w, "keep");
	jw_u64(&w, r->o.keep);
	JW_KEY(&w, "flush_ms");
	jw_u64(&w, REC_FLUSH_MS);
	jw_object_end(&w);
	r->started = true;
	e = entry_body(&w) ? mf_append(&r->mf, body) : -EOVERFLOW;
	if (e)
		return fail(r, e, "writing %s/%s failed: %s", r->dir, MF_FILE, strerror(-e));
	return seg_open(r);
}

int rec_event(struct recorder *r, const struct sw_labeled *l)
{
	if (rotate_check(r, OUT_LINE_MAX))
		return -EIO;
	if (r->in_len + OUT_LINE_MAX > IN_SIZE && pump(r))
		return -EIO;
	if (r->dead)
		return -EIO;
	r->in_len += out_json_event(r->in + r->in_len, l, &r->tc);
	r->events++;
	r->seg_events++;
	return 0;
}

int rec_line(struct recorder *r, const char *line, size_t len)
{
	return add_line(r, line, len);
}

int rec_drop(struct recorder *r, uint64_t lost, uint64_t total)
{
	char line[256], ts[MF_TS_LEN];
	struct jw w;

	clock_rfc3339(ts, (int64_t)clock_wall_ns(), 6);
	control_start(&w, line, sizeof(line), SW_LINE_DROP, ts);
	JW_KEY(&w, "lost");
	jw_u64(&w, lost);
	JW_KEY(&w, "total");
	jw_u64(&w, total);
	if (rotate_check(r, jw_len(&w) + 2))
		return -EIO;
	r->seg_drops += lost;
	return control_end(r, &w);
}

void rec_hold_rotation(struct recorder *r, bool hold)
{
	r->rotation_held = hold;
}

uint64_t rec_due_ms(const struct recorder *r)
{
	uint64_t now = clock_mono_ms(), due = UINT64_MAX;

	if (r->dirty || r->in_len) {
		uint64_t at = r->last_flush_ms + REC_FLUSH_MS;

		due = at > now ? at - now : 0;
	}
	if (r->o.rotate_ms && !r->rotation_held) {
		uint64_t at = r->seg_open_ms + r->o.rotate_ms;
		uint64_t d = at > now ? at - now : 0;

		if (d < due)
			due = d;
	}
	return due;
}

int rec_tick(struct recorder *r)
{
	uint64_t now;

	if (r->dead)
		return -EIO;
	if (pump(r))
		return -EIO;
	now = clock_mono_ms();
	if ((r->o.rotate_size && seg_size(r) >= r->o.rotate_size) ||
	    (r->o.rotate_ms && !r->rotation_held && now - r->seg_open_ms >= r->o.rotate_ms))
		return rotate(r);
	if (r->dirty && now - r->last_flush_ms >= REC_FLUSH_MS) {
		if (seg_flush(r))
			return -EIO;
		/* an ended member shows the true size: rotate on it now */
		if (r->o.rotate_size && r->seg_bytes >= r->o.rotate_size)
			return rotate(r);
	}
	return 0;
}

/* The facts a stop states twice, in the segment and in the manifest. */
static void stop_facts(struct recorder *r, struct jw *w, const char *reason, uint64_t drops)
{
	JW_KEY(w, "reason");
	jw_str(w, reason);
	JW_KEY(w, "events");
	jw_u64(w, r->events);
	JW_KEY(w, "drops");
	jw_u64(w, drops);
	JW_KEY(w, "segments");
	jw_u64(w, r->seq);
}

int rec_close(struct recorder *r, const char *reason, uint64_t drops_total)
{
	char line[512], ts[MF_TS_LEN];
	unsigned char chain[MF_HASH_LEN];
	struct jw w;

	if (r->dead)
		return -EIO;
	clock_rfc3339(ts, (int64_t)clock_wall_ns(), 6);
	control_start(&w, line, sizeof(line), SW_LINE_RECORD_STOP, ts);
	stop_facts(r, &w, reason, drops_total);
	if (control_end(r, &w) || seg_close(r) || prune(r))
		return -EIO;
	/* the manifest's stop entry: the same facts, the same time */
	jw_init_buf(&w, line, sizeof(line));
	jw_object_start(&w);
	JW_KEY(&w, "type");
	JW_RAW_LIT(&w, "\"stop\"");
	JW_KEY(&w, "ts");
	jw_word(&w, ts, strlen(ts));
	stop_facts(r, &w, reason, drops_total);
	if (manifest_entry_end(r, &w, line))
		return -EIO;
	memcpy(chain, r->mf.chain, sizeof(chain));
	mf_hex(r->head, chain, sizeof(chain));
	return 0;
}

const char *rec_error(const struct recorder *r)
{
	return r->err;
}

uint64_t rec_events(const struct recorder *r)
{
	return r->events;
}

unsigned rec_segments(const struct recorder *r)
{
	return r->seq;
}

const char *rec_chain_head(const struct recorder *r)
{
	return r->head;
}

uint64_t rec_last_flush_ms(const struct recorder *r)
{
	return r->last_flush_ms;
}

const char *rec_dir(const struct recorder *r)
{
	return r->dir;
}

void rec_free(struct recorder *r)
{
	if (!r)
		return;
	if (r->gz_live)
		seggz_free(&r->gz);
	if (r->segfd >= 0)
		close(r->segfd);
	if (!r->started && r->mf.fd >= 0)
		unlinkat(r->dirfd, MF_FILE, 0);
	if (!r->started && r->key_file_made)
		unlink(r->o.key_file); /* the key of a record that never began */
	mf_writer_close(&r->mf);
	seal_free(r->seal);
	if (r->dirfd >= 0)
		close(r->dirfd);
	if (!r->started && r->created_dir)
		rmdir(r->dir);
	free(r->in);
	free(r);
}
