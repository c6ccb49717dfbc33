// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Which segments a report reads: the manifest says, and how intact each
 * is. Their lines are read by report_inflate.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidence/manifest.h"
#include "report/report.h"


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
	case MF_MISORDERED: case MF_FOREIGN:
		return true;
	case MF_UNTRUSTED:
		return s->has_integrity;
	default:
		return false;
	}
}

bool rpt_seg_flagged(const struct rpt_segment *s)
{
	return s->has_integrity && s->mf_status != MF_INTACT;
}

const char *rpt_seg_integrity(const struct rpt_segment *s)
{
	return s->has_integrity ? mf_status_name((enum mf_status)s->mf_status) : "no manifest";
}

bool rpt_input_flagged(const struct rpt_input *in)
{
	return in->is_dir && in->has_manifest && in->manifest != MFM_INTACT;
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

/* -1: out of memory */
static int seg_name(struct rpt_segment *s, const char *dir, const char *file, bool qualify)
{
	char path[4096];

	if (dir)
		/* int precision: the compiler sees the bound and cannot complain */
		snprintf(path, sizeof(path), "%.*s/%.*s", 2000, dir, 255, file);
	else
		rpt_copy(path, sizeof(path), file);
	if (qualify || !dir)
		rpt_copy(s->name, sizeof(s->name), path);
	else
		rpt_copy(s->name, sizeof(s->name), file);
	s->path = strdup(path);
	return s->path ? 0 : -1;
}

static int open_dir(struct rpt_inputs *ins, struct rpt_input *in, size_t *cap, bool qualify,
		    const char *head, const unsigned char *key, char *err, size_t errlen)
{
	struct mf_report *r;
	char e[512];
	unsigned readable = 0;

	if (mf_verify_key(in->path, head, key, &r, e, sizeof(e)) < 0) {
		snprintf(err, errlen, "%s", e);
		return -2;
	}
	in->has_manifest = r->manifest != MFM_MISSING;
	in->manifest = r->manifest;
	rpt_copy(in->manifest_detail, sizeof(in->manifest_detail), r->manifest_detail);
	in->manifest_ok = mf_report_ok(r);
	in->sealed = r->sealed;
	in->seals_checked = r->seals_checked;
	in->head_checked = head && r->manifest == MFM_INTACT;
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

		if (add_seg(ins, cap, &s) || seg_name(s, in->path, m->file, qualify)) {
			mf_report_free(r);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		s->has_integrity = in->has_manifest;
		s->mf_status = (int)m->status;
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
				 "holds another segment's content");
			break;
		case MF_EXTRA:
			s->state = RS_NOT_READ;
			snprintf(s->detail, sizeof(s->detail), "not part of the record");
			break;
		case MF_UNTRUSTED:
			if (!in->has_manifest) { /* nothing to check against: read, flagged */
				readable++;
				break;
			}
			s->state = RS_NOT_READ;
			snprintf(s->detail, sizeof(s->detail), "listed only after the "
				 "manifest's chain or seal breaks");
			break;
		case MF_FOREIGN:
			s->state = RS_NOT_READ;
			snprintf(s->detail, sizeof(s->detail), "a segment of record %s",
				 m->foreign_id);
			break;
		case MF_OPEN_CRASH:
		case MF_OPEN_LIVE:
			/* what no checkpoint vouches for is not read as evidence */
			s->limited = true;
			s->read_limit = m->verified_bytes;
			s->tail_bytes = m->tail_bytes;
			s->tail_lines = m->tail_lines;
			readable++;
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
	/* a record whose segments all fail their check still gets a report
	 * that says so; only a directory with no record at all is an error */
	if (!readable && !(in->has_manifest && r->nseg)) {
		mf_report_free(r);
		snprintf(err, errlen, "%s: no segment to read (not a record directory?)",
			 in->path);
		return -2;
	}
	mf_report_free(r);
	return 0;
}

int rpt_inputs_open(struct rpt_inputs *ins, char **paths, int n, char *err, size_t errlen)
{
	return rpt_inputs_open_checked(ins, paths, n, NULL, NULL, err, errlen);
}

int rpt_inputs_open_checked(struct rpt_inputs *ins, char **paths, int n, const char *head,
			    const unsigned char *key, char *err, size_t errlen)
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
			r = open_dir(ins, in, &cap, n > 1, head, key, err, errlen);
			if (r)
				return r;
			continue;
		}
		if (!S_ISREG(st.st_mode)) {
			snprintf(err, errlen, "%s: not a file or directory", paths[i]);
			return -2;
		}
		struct rpt_segment *s;

		if (add_seg(ins, &cap, &s) || seg_name(s, NULL, paths[i], false)) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
	}
	return 0;
}

void rpt_inputs_free(struct rpt_inputs *ins)
{
	for (size_t i = 0; i < ins->nseg; i++)
		free(ins->seg[i].path);
	free(ins->in);
	free(ins->seg);
	memset(ins, 0, sizeof(*ins));
}
