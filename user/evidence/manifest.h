/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The manifest of a record directory: a hash chain over every segment the
 * recorder closed, written by `record`, checked by `verify` and `report`.
 *
 * A record directory holds exactly:
 *   manifest.jsonl          this chain, one JSON object per line
 *   seg-NNNNNN.jsonl.gz     segments, NNNNNN = seq from 000001, gzip JSONL
 *   checkpoint.json         format 1 only, while a segment is open: how far it
 *   .checkpoint.tmp         was flushed (and its transient while replaced);
 *                           format 2 keeps its checkpoints in the manifest
 *
 * Manifest lines (fields in this order; "chain" is always last):
 *   {"type":"record","format":2,"record_id":HEX32,"host":S,"kernel":S,
 *    "sockwatch":S,"started":TS,"rotate_size":N,"rotate_interval_ms":N,
 *    "keep":N,"flush_ms":N,"chain":HEX64}
 *   (in format 2, each line's "seal":HEX64 comes just before "chain")
 *   {"type":"segment","seq":N,"file":S,"bytes":N,"sha256":HEX64,
 *    "start":TS,"end":TS,"events":N,"drops":N,"chain":HEX64}
 *   {"type":"prune","seq":N,"file":S,"ts":TS,"chain":HEX64}
 *   {"type":"checkpoint","seq":N,"file":S,"bytes":N,"sha256":HEX64,"ts":TS,
 *    "chain":HEX64}
 *   {"type":"stop","ts":TS,"reason":S,"events":N,"drops":N,"segments":N,
 *    "chain":HEX64}
 * TS is RFC 3339 UTC with microseconds, as in events.
 *
 * Format 2 (what record writes): every line carries "seal":HEX64 just
 * before "chain", an HMAC under a forward-secure key (seal.h), and the
 * open segment's checkpoints are manifest lines: after every flush, a
 * checkpoint line says the segment's first `bytes` bytes hash to sha256.
 * Every checkpoint of the open segment is kept and checked, so one sealed
 * before a compromise still pins the prefix it vouched for. Format 1 (no
 * seals; the last checkpoint in checkpoint.json, see below) still verifies,
 * reported as unsealed.
 *
 * Chain: seed = SHA-256("sockwatch-record-chain-v1\n" || record_id as hex);
 * chain_i = SHA-256(chain_{i-1} (32 raw bytes) || body_i), where body_i is
 * the line's exact bytes from '{' up to, not including, ',"chain":"'.
 * The first line is chained on the seed, so the record id (random) is in
 * every link. Editing, dropping or reordering any line breaks the chain from
 * there on; truncating the tail of the manifest is only caught against a
 * head noted elsewhere (record prints it at stop; verify --head checks it).
 *
 * Format 1's checkpoint.json (replaced by rename after every flush of the
 * open segment; the segment's first `bytes` bytes hash to sha256):
 *   {"type":"checkpoint","seq":N,"file":S,"bytes":N,"sha256":HEX64,
 *    "ts":TS,"chain":HEX64}
 * chained on the manifest's last chain value (the manifest does not change
 * while a segment is open), so it cannot be moved to another record.
 */
#ifndef SOCKWATCH_MANIFEST_H
#define SOCKWATCH_MANIFEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "common/clock.h"

#define MF_FILE "manifest.jsonl"
#define MF_CHECKPOINT "checkpoint.json"
#define MF_CHECKPOINT_TMP ".checkpoint.tmp"
#define MF_FORMAT 2             /* written; 1 is still read */
#define MF_LINE_MAX (64u << 10) /* a longer manifest line is malformed */
#define MF_FILE_MODE 0640
#define MF_DIR_MODE 0700

#define MF_HASH_LEN 32
#define MF_HEX_LEN 64           /* SHA-256 as lower-case hex */
#define MF_ID_LEN 16            /* random record id, bytes */
#define MF_ID_HEX 32
#define MF_TS_LEN CLOCK_RFC3339_LEN /* "2026-11-25T10:09:06.123456Z" + NUL */
#define MF_NAME_LEN 40          /* a segment file name + NUL */

/* ---- shared helpers ---------------------------------------------------- */

void mf_hex(char *out, const unsigned char *in, size_t n); /* writes 2n+1 */
int mf_unhex(unsigned char *out, const char *hex, size_t n); /* 0 ok, -1 bad */
/* "seg-000001.jsonl.gz"; seq >= 1. */
void mf_seg_name(char *buf, unsigned seq);
/* 1 and *seq when name is a segment name (6 or more digits, no leading
 * zeros beyond the padding), else 0. */
int mf_seg_parse(const char *name, unsigned *seq);
/* Is name one of the files a record directory may hold? */
bool mf_is_record_file(const char *name);

/* Chain arithmetic, exposed so tests can forge lines. */
int mf_chain_seed(unsigned char out[MF_HASH_LEN], const char *record_id_hex);
int mf_chain_next(unsigned char out[MF_HASH_LEN], const unsigned char prev[MF_HASH_LEN],
		  const char *body, size_t len);

/* ---- writing (the recorder) -------------------------------------------- */

struct seal;

struct mf_writer {
	int fd;
	struct seal *seal;              /* format 2: seal every line; NULL: none */
	uint64_t size;                  /* bytes of complete lines */
	unsigned char chain[MF_HASH_LEN];
	unsigned lines;
};

/*
 * Create manifest.jsonl in dirfd (O_EXCL, O_NOFOLLOW, mode MF_FILE_MODE)
 * and seed the chain with record_id_hex. Nothing is written yet: the first
 * mf_append() must be the "record" line. -errno.
 */
int mf_writer_create(struct mf_writer *w, int dirfd, const char *record_id_hex);
/*
 * Append one line: body is '{' and the fields, without the closing brace;
 * the chain field, "}\n" are added. The line is written with one write(2)
 * and made durable (fdatasync) before returning; on failure the file is cut
 * back to its previous length so it never ends in a torn line. With a seal
 * the seal field goes in before the chain, and the key evolves (even on a
 * failure: a key is never used twice). -errno.
 */
int mf_append(struct mf_writer *w, const char *body);
void mf_writer_close(struct mf_writer *w);

/* ---- checking (verify, report) ----------------------------------------- */

enum mf_status {
	MF_INTACT,      /* closed, listed, size and SHA-256 match */
	MF_PRUNED,      /* removed by the recorder's --keep policy, as recorded */
	MF_MISSING,     /* listed, file gone */
	MF_TRUNCATED,   /* shorter than listed */
	MF_GROWN,       /* longer than listed: data appended */
	MF_MODIFIED,    /* same size, different SHA-256 (or not a regular file) */
	MF_MISORDERED,  /* holds the content of another listed segment */
	MF_EXTRA,       /* a file the manifest does not account for */
	MF_OPEN_CRASH,  /* never closed: the recorder died or failed writing */
	MF_OPEN_LIVE,   /* being written by a running recorder */
	MF_UNTRUSTED,   /* listed only after a break in the manifest chain */
	MF_FOREIGN,     /* starts with another record's record_start */
	MF_STATUS_COUNT,
};

enum mf_manifest_state {
	MFM_INTACT,
	MFM_MISSING,     /* no manifest.jsonl */
	MFM_UNREADABLE,  /* I/O error, not a regular file, ... */
	MFM_MALFORMED,   /* a line that is not a manifest entry */
	MFM_CHAIN_BROKEN,/* a chain value does not follow from the line before */
	MFM_TORN,        /* last line incomplete: died while appending */
	MFM_HEAD_MISMATCH, /* --head given and not found in the chain */
	MFM_SEAL_BROKEN, /* --key given and a seal does not hold */
	MFM_UNSEALED,    /* --key given, but the record (format 1) has no seals */
};

struct mf_segment {
	unsigned seq;                  /* 0 for an extra file with no seq */
	char file[256];
	enum mf_status status;
	char detail[256];              /* human explanation, "" when intact */
	bool listed;                   /* has a manifest entry */
	uint64_t bytes;                /* listed size (or actual, if unlisted) */
	char sha256[MF_HEX_LEN + 1];   /* listed hash, "" if unlisted */
	char start[MF_TS_LEN], end[MF_TS_LEN]; /* listed window, "" if unknown */
	uint64_t events, drops;        /* listed counts */
	/* An open segment: the prefix its checkpoints vouch for, and what lies
	 * after it, which nothing vouches for (the unverified tail). */
	uint64_t verified_bytes, tail_bytes, tail_lines;
	char foreign_id[MF_ID_HEX + 1]; /* MF_FOREIGN: the record it names */
};

struct mf_report {
	enum mf_manifest_state manifest;
	char manifest_detail[256];
	unsigned manifest_lines;
	char chain_head[MF_HEX_LEN + 1]; /* last valid chain value, "" if none */
	unsigned format;               /* 1 or 2; 0: unknown */
	bool sealed;                   /* format 2: lines carry seals */
	bool seals_checked;            /* a key was given and every seal held */
	unsigned sealed_lines;         /* lines whose seal was proven with the key */
	char record_id[MF_ID_HEX + 1];
	char host[256], kernel[256], version[128];
	char started[MF_TS_LEN], ended[MF_TS_LEN];
	uint64_t rotate_size, rotate_interval_ms, keep, flush_ms;
	bool stopped;                  /* a stop entry: closed cleanly */
	bool live;                     /* a recorder holds the directory now */
	char stop_reason[32];
	uint64_t events, drops;        /* stop entry, else sum over listed segments */
	unsigned nseg;
	struct mf_segment *seg;        /* by seq, then extra files by name */
	unsigned problems;             /* segments not intact/pruned + manifest */
};

/*
 * Check the record in dir. expect_head (hex, or NULL) must be one of the
 * manifest's chain values. Returns 0 with *out filled (even when problems
 * were found: see ->problems), or -errno when dir cannot be opened at all,
 * with one line in err.
 */
int mf_verify(const char *dir, const char *expect_head, struct mf_report **out,
	      char *err, size_t errlen);
/* The same, also proving every seal with key (k_0, seal.h; NULL: none). */
int mf_verify_key(const char *dir, const char *expect_head, const unsigned char *key,
		  struct mf_report **out, char *err, size_t errlen);
void mf_report_free(struct mf_report *r);
/* All segments intact or pruned, manifest intact, closed cleanly. */
bool mf_report_ok(const struct mf_report *r);
const char *mf_status_name(enum mf_status s);       /* "intact", "missing", ... */
const char *mf_manifest_name(enum mf_manifest_state s);
/* The verdict a name says (as the two above write it), or -1. */
int mf_status_parse(const char *name);
int mf_manifest_parse(const char *name);

#endif
