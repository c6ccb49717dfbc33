// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The fleet report: GROUP BY in ClickHouse, the single-host writers (fleet.h). */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evidence/manifest.h"
#include "fleet/fleet.h"
#include "label/labels.h"
#include "report/approved.h"

/* A line's kind as the single-host report counts it (report_parse.c): an
 * unconnected UDP socket's send from a client (role outbound) is an
 * outbound flow like a connect; a server's reply is an other line. */
#define KIND_EXPR "if(event = 'send', if(role = 'outbound', 'connect', 'send'), event)"
/* The labeled port of a line, as report_parse.c derives it when a line
 * has no "port" (snapshot lines): one expression for every query. */
#define PORT_EXPR "ifNull(port, multiIf(role = 'outbound', ifNull(rport, 0), " \
	"isNull(role) AND ifNull(rport, 0) > 0 AND ifNull(rport, 0) < ifNull(lport, 0), " \
	"ifNull(rport, 0), ifNull(lport, 0)))"
/* What makes a line a listener's (report_agg.c, rpt_agg_line). */
#define LISTENER_COND "((event = 'snapshot' AND (role = 'listener' OR state IN ('listen', " \
	"'bound')) AND ifNull(lport, 0) > 0) OR (event = 'listen' AND ifNull(result, 0) = 0) " \
	"OR (event = 'bind' AND ifNull(result, 0) = 0 AND proto = 'udp' AND ifNull(lport, 0) > 0 " \
	"AND NOT ifNull(auto_port, 0)) OR (event = 'close' AND role = 'listener'))"
#define DPKG_ADMINDIR "/var/lib/dpkg"
#define SERVICES_MAX 2000      /* rows of the fleet's services table */
#define LIST_HOSTS 8           /* host names shown in one cell */

struct fleet_host {
	char name[256];
	struct rpt_agg agg;
	struct rpt_inputs ins;
	size_t cap_in, cap_seg;
	struct rpt_summary sum;
	bool summarised;
	struct approved_list *approved;  /* its own copy: rules count matches */
	int64_t newest;              /* newest shipped line, ns */
	char pkg_from[256];          /* where its packages came from; "" here */
	uint64_t lines;
	unsigned shipped, damaged, pending, records;
};

struct fleet_service {
	int proto;
	unsigned port;
	char service[RPT_SVC_MAX];
	uint64_t listen_hosts, connects, client_hosts, accepts;
	char listening_on[512];
	size_t last_listen, last_client;   /* host index + 1 last counted */
};

struct fleet_report {
	struct fleet_opts o;
	char store[512];
	char db[CH_NAME_MAX];
	struct fleet_host *h;
	size_t nh;
	struct fleet_service *svc;
	size_t nsvc, cap_svc;
	int32_t *svc_slot;          /* [proto 0/tcp/udp][port]: index + 1 in svc */
	bool svc_truncated;
	int64_t newest;
};

/* ---- SQL pieces --------------------------------------------------------- */

static int64_t lo_us(const struct rpt_window *w)
{
	return w->since == RPT_TS_NONE ? INT64_MIN / 2 : (w->since + 999) / 1000;
}

static int64_t hi_us(const struct rpt_window *w)
{
	return w->until == RPT_TS_NONE ? INT64_MAX / 2 : w->until / 1000;
}

/* " AND host IN (...)" for --host */
static int host_filter(struct ch_buf *b, const struct fleet_opts *o)
{
	if (!o->nhosts)
		return 0;
	if (ch_buf_printf(b, " AND host IN ("))
		return -1;
	for (int i = 0; i < o->nhosts; i++)
		if ((i && ch_buf_add(b, ",", 1)) || ch_quote(b, o->hosts[i]))
			return -1;
	return ch_buf_add(b, ")", 1);
}

/* FROM events WHERE: the selected hosts, and only segments marked shipped
 * (GLOBAL: the same set on every shard when the tables are Distributed) */
static int events_from(struct ch_buf *b, const struct fleet_report *r)
{
	if (ch_buf_printf(b, " FROM %s.events WHERE 1", r->db) || host_filter(b, &r->o) ||
	    ch_buf_printf(b, " AND (record_id, seg) GLOBAL IN (SELECT record_id, seq FROM "
			  "%s.segments WHERE status = 'shipped'", r->db) ||
	    host_filter(b, &r->o) || ch_buf_add(b, ")", 1))
		return -1;
	return 0;
}

static int in_window(struct ch_buf *b, const struct fleet_report *r)
{
	return ch_buf_printf(b, " AND ts_us BETWEEN %lld AND %lld",
			     (long long)lo_us(&r->o.win), (long long)hi_us(&r->o.win));
}

static int run(struct ch_conn *c, struct ch_buf *q, json_object **rows, char *err,
	       size_t errlen)
{
	int rc;

	if (!q->p) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	rc = ch_rows(c, q->p, rows, err, errlen);
	ch_buf_free(q);
	return rc;
}

#define BUILD(q, ...) do { if (ch_buf_printf(q, __VA_ARGS__)) ch_buf_free(q), (q)->p = NULL; } while (0)

/* One more element of a growing array (arrp: the address of its pointer;
 * *n used of *cap, elements of size bytes; first: the capacity of a new
 * one), zeroed and counted: its address, or NULL out of memory. */
static void *grow_one(void *arrp, size_t *n, size_t *cap, size_t size, size_t first)
{
	char *arr;

	memcpy(&arr, arrp, sizeof(arr));    /* whatever its element type */
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : first;
		char *p = realloc(arr, c * size);

		if (!p)
			return NULL;
		arr = p;
		memcpy(arrp, &arr, sizeof(arr));
		*cap = c;
	}
	memset(arr + *n * size, 0, size);
	return arr + (*n)++ * size;
}

/* ---- hosts -------------------------------------------------------------- */

static struct fleet_host *host_of(struct fleet_report *r, const char *name)
{
	size_t lo = 0, hi = r->nh;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(r->h[mid].name, name);

		if (!c)
			return &r->h[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int cmp_host(const void *a, const void *b)
{
	return strcmp(((const struct fleet_host *)a)->name, ((const struct fleet_host *)b)->name);
}

static int add_host(struct fleet_report *r, const char *name, size_t *cap)
{
	struct fleet_host *h = grow_one(&r->h, &r->nh, cap, sizeof(*h), 16);

	if (!h)
		return -1;
	rpt_copy(h->name, sizeof(h->name), name);
	rpt_agg_init(&h->agg, &r->o.win);
	h->newest = RPT_TS_NONE;
	return 0;
}

static int load_hosts(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;
	size_t cap = 0;

	BUILD(&q, "SELECT DISTINCT host FROM %s.hosts WHERE 1", r->db);
	if (q.p && host_filter(&q, &r->o))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		return -1;
	for (size_t i = 0; i < json_object_array_length(rows); i++)
		if (add_host(r, ch_str(json_object_array_get_idx(rows, i), "host"), &cap))
			goto oom;
	/* a host asked for that never shipped is in the report too: silence
	 * is a finding, not an absence */
	for (int i = 0; i < r->o.nhosts; i++) {
		bool have = false;

		for (size_t k = 0; k < r->nh && !have; k++)
			have = !strcmp(r->h[k].name, r->o.hosts[i]);
		if (!have && add_host(r, r->o.hosts[i], &cap))
			goto oom;
	}
	qsort(r->h, r->nh, sizeof(*r->h), cmp_host);
	json_object_put(rows);
	return 0;
oom:
	json_object_put(rows);
	snprintf(err, errlen, "out of memory");
	return -1;
}

/* ---- records and segments: the inputs of each host ---------------------- */


/* The first row of segs (ordered by host, record_id, seq, as ClickHouse
 * orders strings: bytewise, as strcmp does) of this record. */
static size_t first_segment(json_object *segs, const char *host, const char *rid)
{
	size_t lo = 0, hi = json_object_array_length(segs);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		json_object *row = json_object_array_get_idx(segs, mid);
		int c = strcmp(ch_str(row, "host"), host);

		if (!c)
			c = strcmp(ch_str(row, "record_id"), rid);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int load_records(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL, *segs = NULL, *sealed = NULL;
	int rc = -1;

	BUILD(&q, "SELECT host, record_id, argMax(dir, shipped_us) AS dir, argMax(kernel, "
	      "shipped_us) AS kernel, argMax(sockwatch, shipped_us) AS sockwatch, "
	      "argMax(started, shipped_us) AS started, argMax(ended, shipped_us) AS ended, "
	      "argMax(stopped, shipped_us) AS stopped, argMax(live, shipped_us) AS live, "
	      "argMax(manifest_state, shipped_us) AS manifest_state, argMax(chain_head, "
	      "shipped_us) AS chain_head, argMax(events, shipped_us) AS events, argMax(drops, "
	      "shipped_us) AS drops FROM %s.hosts WHERE 1", r->db);
	if (q.p && (host_filter(&q, &r->o) ||
		    ch_buf_printf(&q, " GROUP BY host, record_id ORDER BY host, started")))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		goto out;
	/* every segment the manifests list, with what became of it; one not in
	 * the segments table is listed but not shipped yet */
	BUILD(&q, "SELECT m.host AS host, m.record_id AS record_id, m.seq AS seq, s.file AS file, "
	      "s.status AS status, s.detail AS detail, s.lines AS lines FROM (SELECT host, record_id, seq FROM "
	      "%s.manifest WHERE type = 'segment'", r->db);
	if (q.p && (host_filter(&q, &r->o) ||
		    ch_buf_printf(&q, " GROUP BY host, record_id, seq) AS m ANY LEFT JOIN (SELECT "
				  "host, record_id, seq, argMax(file, checked_us) AS file, "
				  "argMax(status, checked_us) AS status, argMax(detail, checked_us) "
				  "AS detail, argMax(lines, checked_us) AS lines FROM %s.segments "
				  "GROUP BY host, record_id, seq) AS s "
				  "USING (host, record_id, seq) ORDER BY host, record_id, seq",
				  r->db)))
		ch_buf_free(&q);
	if (run(c, &q, &segs, err, errlen))
		goto out;
	/* records whose header line carries a seal (manifest format 2), as the
	 * single-host report says of each */
	BUILD(&q, "SELECT host, record_id FROM %s.manifest WHERE n = 1 AND "
	      "position(entry, ',\"seal\":\"') > 0", r->db);
	if (q.p && (host_filter(&q, &r->o) ||
		    ch_buf_printf(&q, " GROUP BY host, record_id")))
		ch_buf_free(&q);
	if (run(c, &q, &sealed, err, errlen))
		goto out;
	for (size_t i = 0; i < json_object_array_length(rows); i++) {
		json_object *row = json_object_array_get_idx(rows, i);
		struct fleet_host *h = host_of(r, ch_str(row, "host"));
		struct rpt_input *in;
		unsigned idx;
		int mf;

		if (!h)
			continue;
		idx = (unsigned)h->ins.nin;
		if (!(in = grow_one(&h->ins.in, &h->ins.nin, &h->cap_in, sizeof(*in), 4)))
			goto oom;
		h->records++;
		rpt_copy(in->path, sizeof(in->path), ch_str(row, "dir"));
		in->is_dir = true;
		in->has_manifest = true;
		/* ship.c stored mf_manifest_name(); a word it cannot have
		 * written is no intact manifest */
		mf = mf_manifest_parse(ch_str(row, "manifest_state"));
		in->manifest = mf >= 0 ? (enum mf_manifest_state)mf : MFM_MALFORMED;
		in->stopped = ch_int(row, "stopped");
		in->live = ch_int(row, "live");
		in->manifest_ok = in->manifest == MFM_INTACT && in->stopped;
		rpt_copy(in->chain_head, sizeof(in->chain_head), ch_str(row, "chain_head"));
		rpt_copy(in->record_id, sizeof(in->record_id), ch_str(row, "record_id"));
		rpt_copy(in->host, sizeof(in->host), h->name);
		rpt_copy(in->kernel, sizeof(in->kernel), ch_str(row, "kernel"));
		rpt_copy(in->version, sizeof(in->version), ch_str(row, "sockwatch"));
		rpt_copy(in->started, sizeof(in->started), ch_str(row, "started"));
		rpt_copy(in->ended, sizeof(in->ended), ch_str(row, "ended"));
		in->mf_events = (uint64_t)ch_int(row, "events");
		in->mf_drops = (uint64_t)ch_int(row, "drops");
		for (size_t k = 0; k < json_object_array_length(sealed); k++) {
			json_object *s = json_object_array_get_idx(sealed, k);

			if (!strcmp(ch_str(s, "record_id"), in->record_id) &&
			    !strcmp(ch_str(s, "host"), h->name))
				in->sealed = true;
		}
		for (size_t k = first_segment(segs, h->name, in->record_id);
		     k < json_object_array_length(segs); k++) {
			json_object *s = json_object_array_get_idx(segs, k);
			const char *status = ch_str(s, "status");
			struct rpt_segment *g;
			char name[MF_NAME_LEN];

			if (strcmp(ch_str(s, "record_id"), in->record_id) ||
			    strcmp(ch_str(s, "host"), h->name))
				break;
			if (!(g = grow_one(&h->ins.seg, &h->ins.nseg, &h->cap_seg, sizeof(*g), 16)))
				goto oom;
			g->input = idx;
			mf_seg_name(name, (unsigned)ch_int(s, "seq"));
			snprintf(g->name, sizeof(g->name), "%s", name);
			if (asprintf(&g->path, "%s/%s", ch_str(row, "dir"), name) < 0) {
				g->path = NULL;
				goto oom;
			}
			g->has_integrity = true;
			if (!strcmp(status, "shipped")) {
				g->state = RS_OK;
				g->mf_status = MF_INTACT;
				g->lines = (uint64_t)ch_int(s, "lines");
				h->shipped++;
			} else if (!status[0]) {
				g->state = RS_NOT_READ;
				g->mf_status = MF_INTACT;
				snprintf(g->detail, sizeof(g->detail), "listed in the manifest, not "
					 "shipped yet");
				h->pending++;
			} else {
				g->state = RS_NOT_READ;
				g->mf_status = mf_status_parse(status);
				snprintf(g->detail, sizeof(g->detail), "not shipped: %s%s%s", status,
					 ch_str(s, "detail")[0] ? ": " : "", ch_str(s, "detail"));
				if (g->mf_status != MF_PRUNED)
					h->damaged++;
			}
		}
	}
	rc = 0;
	goto out;
oom:
	snprintf(err, errlen, "out of memory");
out:
	json_object_put(rows);
	json_object_put(segs);
	json_object_put(sealed);
	return rc;
}

/* ---- the aggregates ------------------------------------------------------ */

static int kind_of(const char *e)
{
	int k = (int)sw_line_parse(e);

	return rpt_kind_counted(k) ? k : -1;
}

static int proto_of(const char *p)
{
	return !strcmp(p, "tcp") ? IPPROTO_TCP : !strcmp(p, "udp") ? IPPROTO_UDP : 0;
}

static int64_t ns_of(json_object *row, const char *key)
{
	int64_t us = ch_int(row, key);

	return us ? us * 1000 : RPT_TS_NONE;
}

/* Selftest lines, folded per host as report_agg.c folds them. */
static int load_selftests(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;
	const uint32_t all = (1u << PATHOP_COUNT) - 1;

	/* st_na: null in rows an older sockwatch shipped (every path available);
	 * fexit: null in lines written before the field (not said: 0) */
	BUILD(&q, "SELECT host, ts_us, assumeNotNull(st_seen) AS seen, ifNull(st_na, 0) AS na, "
		  "ifNull(fexit, 0) AS fexit");
	if (q.p && (events_from(&q, r) || ch_buf_printf(&q, " AND event = 'selftest'")))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		return -1;
	for (size_t i = 0; i < json_object_array_length(rows); i++) {
		json_object *row = json_object_array_get_idx(rows, i);
		struct fleet_host *h = host_of(r, ch_str(row, "host"));
		struct rpt_meta *m;
		uint32_t seen, na;

		if (!h)
			continue;
		m = &h->agg.meta;
		seen = (uint32_t)ch_int(row, "seen");
		na = (uint32_t)ch_int(row, "na");
		m->selftests++;
		m->st_seen_every &= seen;
		m->st_no_fexit |= ch_int(row, "fexit") != 1;
		/* as report_agg.c: a path the host could not take is not blind */
		if (((seen | na) & all) != all) {
			int64_t ts = ns_of(row, "ts_us");

			m->st_blind |= all & ~seen & ~na;
			if (m->st_first_blind_ts == RPT_TS_NONE || ts < m->st_first_blind_ts)
				m->st_first_blind_ts = ts;
		}
	}
	json_object_put(rows);
	return 0;
}

static void min_ns(int64_t *into, int64_t v)
{
	if (v != RPT_TS_NONE && (*into == RPT_TS_NONE || v < *into))
		*into = v;
}

static void max_ns(int64_t *into, int64_t v)
{
	if (v != RPT_TS_NONE && (*into == RPT_TS_NONE || v > *into))
		*into = v;
}

/*
 * Every line of each host, counted in one scan: grouped by host, kind and
 * labeled port, so the same rows give the record's totals (lines, events
 * in and outside the window, record_start/stop, drops) and the events by
 * kind, failures and port classes, summed here.
 */
static int load_totals(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;
	const long long lo = (long long)lo_us(&r->o.win), hi = (long long)hi_us(&r->o.win);

	BUILD(&q, "WITH ts_us BETWEEN %lld AND %lld AS win "
	      "SELECT host, " KIND_EXPR " AS kind, " PORT_EXPR " AS p, count() AS n, "
	      "countIf(win) AS n_win, countIf(win AND ifNull(result, 0) < 0 AND NOT "
	      "ifNull(in_progress, 0)) AS failed, min(ts_us) AS min_us, max(ts_us) AS max_us, "
	      "minIf(ts_us, win) AS first_us, maxIf(ts_us, win) AS last_us, "
	      "sumIf(assumeNotNull(lost), ifNull(lost, 0) > 0) AS lost_sum, "
	      "max(ifNull(total, 0)) AS total_max, "
	      "sumIf(assumeNotNull(lost), ifNull(lost, 0) > 0 AND win) AS lost_window, "
	      "anyIf(ip_local_port_range, length(ip_local_port_range) = 2) AS eph", lo, hi);
	if (q.p && (events_from(&q, r) || ch_buf_printf(&q, " GROUP BY host, kind, p")))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		return -1;
	for (size_t i = 0; i < json_object_array_length(rows); i++) {
		json_object *row = json_object_array_get_idx(rows, i), *eph;
		struct fleet_host *h = host_of(r, ch_str(row, "host"));
		unsigned line = sw_line_parse(ch_str(row, "kind"));
		int k = kind_of(ch_str(row, "kind"));
		uint64_t n = (uint64_t)ch_int(row, "n"), n_win = (uint64_t)ch_int(row, "n_win");
		int64_t p = ch_int(row, "p");
		struct rpt_agg *a;
		struct rpt_meta *m;

		if (!h)
			continue;
		a = &h->agg;
		m = &a->meta;
		h->lines += n;
		max_ns(&h->newest, ns_of(row, "max_us"));
		if (k >= 0) {
			a->events += n_win;
			a->events_outside += n - n_win;
			if (n_win) {
				min_ns(&a->first_ts, ns_of(row, "first_us"));
				max_ns(&a->last_ts, ns_of(row, "last_us"));
			}
			a->by_kind[k] += n_win;
			a->failed_by_kind[k] += (uint64_t)ch_int(row, "failed");
			a->by_class[port_class_of((unsigned)(p >= 0 && p <= 65535 ? p : 0))][k] += n_win;
		} else if (line == SW_KIND_SNAPSHOT) {
			a->snapshot_lines += n;
		} else if (line == SW_LINE_RECORD_START) {
			m->n_start += (unsigned)n;
			min_ns(&m->start_ts, ns_of(row, "min_us"));
			if (!m->eph_known && json_object_object_get_ex(row, "eph", &eph) &&
			    json_object_array_length(eph) == 2) {
				int64_t elo = json_object_get_int64(json_object_array_get_idx(eph, 0));
				int64_t ehi = json_object_get_int64(json_object_array_get_idx(eph, 1));

				if (elo >= 0 && ehi >= elo && ehi <= 65535) {
					m->eph_known = true;
					m->eph_lo = (unsigned)elo;
					m->eph_hi = (unsigned)ehi;
				}
			}
		} else if (line == SW_LINE_RECORD_STOP) {
			m->n_stop += (unsigned)n;
			max_ns(&m->stop_ts, ns_of(row, "max_us"));
		} else if (line == SW_LINE_DROP) {
			m->drop_lines += n;
			m->lost_sum += (uint64_t)ch_int(row, "lost_sum");
			if ((uint64_t)ch_int(row, "total_max") > m->lost_total_max)
				m->lost_total_max = (uint64_t)ch_int(row, "total_max");
			m->drops_in_window += (uint64_t)ch_int(row, "lost_window");
		} else if (line != SW_LINE_SELFTEST) {
			a->other_lines += n;
		}
	}
	json_object_put(rows);
	for (size_t i = 0; i < r->nh; i++) {
		struct fleet_host *h = &r->h[i];

		h->agg.lines = h->lines;
		if (h->records && h->lines)
			rpt_copy(h->agg.meta.host, sizeof(h->agg.meta.host), h->name);
		if (h->newest != RPT_TS_NONE && (r->newest == RPT_TS_NONE || h->newest > r->newest))
			r->newest = h->newest;
	}
	return 0;
}

static struct rpt_group *new_group(struct rpt_agg *a, int table, uint64_t n)
{
	struct rpt_table_s *t = &a->t[table];

	struct rpt_group *g;

	if (t->n >= RPT_GROUPS_MAX) {
		t->overflow_events += n;
		return NULL;
	}
	if (!(g = grow_one(&t->g, &t->n, &t->cap, sizeof(*g), 64))) {
		a->oom = true;
		return NULL;
	}
	g->table = (uint8_t)table;
	g->uid = -1;
	g->first_ts = g->last_ts = RPT_TS_NONE;
	g->open_ts = g->close_ts = RPT_TS_NONE;
	g->pre_open_ts = g->pre_close_ts = RPT_TS_NONE;
	return g;
}

/* Who a row is: the namespace (a key, as exe), the smallest unit, the
 * smallest container id with its runtime, whether it is the host's, and
 * the main thread's names (comm where tid = pid). */
#define WHO_COLS "ifNull(toInt64(netns), -1) AS ns, min(unit) AS unit_min, " \
	"min(container_id) AS ctr_id, argMin(container_runtime, container_id) AS ctr_rt, " \
	"max(host_netns) AS hostns, groupUniqArrayIf(comm, tid = pid) AS names, "

/* A row's process is its executable, or without one its comm (as
 * report_agg.c keys rows). */
#define COMM_KEY "if(isNull(exe), ifNull(comm, '\\0'), '')"

/* key and common values of a group row */
static void group_from(struct rpt_group *g, json_object *row)
{
	json_object *v, *rt;
	int64_t p = ch_int(row, "p");

	g->proto = (uint8_t)proto_of(ch_str(row, "pr"));
	g->port = (uint16_t)(p >= 0 && p <= 65535 ? p : 0);
	g->comm_known = json_object_object_get_ex(row, "cname", &v) && v;
	if (g->comm_known)
		rpt_copy(g->comm, sizeof(g->comm), json_object_get_string(v));
	/* who, as the single-host report keys and fills it (report_agg.c) */
	g->exe_known = json_object_object_get_ex(row, "exe", &v) && v;
	if (g->exe_known)
		rpt_copy(g->exe, sizeof(g->exe), json_object_get_string(v));
	g->netns = json_object_object_get_ex(row, "ns", &v) && v ? json_object_get_int64(v) : -1;
	g->host_netns = json_object_object_get_ex(row, "hostns", &v) && v
			? (int8_t)json_object_get_int64(v) : -1;
	if (json_object_object_get_ex(row, "unit_min", &v) && v)
		rpt_copy(g->unit, sizeof(g->unit), json_object_get_string(v));
	if (json_object_object_get_ex(row, "ctr_id", &v) && v &&
	    json_object_object_get_ex(row, "ctr_rt", &rt) && rt) {
		rpt_copy(g->ctr_id, sizeof(g->ctr_id), json_object_get_string(v));
		rpt_copy(g->ctr_rt, sizeof(g->ctr_rt), json_object_get_string(rt));
	}
	/* the smallest main-thread name that is not the executable's */
	if (g->exe_known && json_object_object_get_ex(row, "names", &v) && v)
		for (size_t i = 0; i < json_object_array_length(v); i++) {
			const char *c = json_object_get_string(json_object_array_get_idx(v, i));

			if (c && !rpt_comm_fits_exe(c, strlen(c), g->exe) &&
			    (!g->masq_comm[0] || strcmp(c, g->masq_comm) < 0))
				rpt_copy(g->masq_comm, sizeof(g->masq_comm), c);
		}
	if (json_object_object_get_ex(row, "svc", &v) && v)
		rpt_copy(g->service, sizeof(g->service), json_object_get_string(v));
	g->first_ts = ns_of(row, "first_us");
	g->last_ts = ns_of(row, "last_us");
}

/* ---- services across the fleet ---------------------------------------- */

/*
 * The services table folds the rows of the listener and flow queries, as
 * they arrive (ordered by host), by protocol and port: hosts listening
 * (from listener rows), connects and the hosts making them, accepts. No
 * scan of its own: each row is already a GROUP BY of the host's lines.
 */
static struct fleet_service *service_of(struct fleet_report *r, int proto, int64_t port)
{
	size_t slot = (size_t)(proto == IPPROTO_TCP ? 1 : proto == IPPROTO_UDP ? 2 : 0) * 65536 +
		      (size_t)(port >= 0 && port <= 65535 ? port : 0);
	struct fleet_service *sv;

	if (!r->svc_slot && !(r->svc_slot = calloc(3 * 65536, sizeof(*r->svc_slot))))
		return NULL;
	if (r->svc_slot[slot])
		return &r->svc[r->svc_slot[slot] - 1];
	if (!(sv = grow_one(&r->svc, &r->nsvc, &r->cap_svc, sizeof(*sv), 64)))
		return NULL;
	sv->proto = proto;
	sv->port = (unsigned)(slot % 65536);
	r->svc_slot[slot] = (int32_t)r->nsvc;
	return sv;
}

static void service_name(struct fleet_service *sv, json_object *row)
{
	const char *name = ch_str(row, "svc");

	/* the smallest name when hosts disagree */
	if (name[0] && (!sv->service[0] || strcmp(name, sv->service) < 0))
		rpt_copy(sv->service, sizeof(sv->service), name);
}

/* A listener row of host h (index hi). -1 out of memory. */
static int service_listener(struct fleet_report *r, size_t hi, json_object *row)
{
	struct fleet_service *sv = service_of(r, proto_of(ch_str(row, "pr")), ch_int(row, "p"));

	if (!sv)
		return -1;
	service_name(sv, row);
	if (sv->last_listen != hi + 1) {
		/* rows come in host order: the first hosts are the smallest */
		if (sv->listen_hosts < LIST_HOSTS) {
			size_t len = strlen(sv->listening_on);

			snprintf(sv->listening_on + len, sizeof(sv->listening_on) - len, "%s%s",
				 len ? ", " : "", r->h[hi].name);
		}
		sv->listen_hosts++;
		sv->last_listen = hi + 1;
	}
	return 0;
}

/* A flow row (connect or accept) of host h (index hi). */
static int service_flow(struct fleet_report *r, size_t hi, json_object *row, bool connect)
{
	struct fleet_service *sv = service_of(r, proto_of(ch_str(row, "pr")), ch_int(row, "p"));
	uint64_t n = (uint64_t)ch_int(row, "n");

	if (!sv)
		return -1;
	service_name(sv, row);
	if (!connect) {
		sv->accepts += n;
		return 0;
	}
	sv->connects += n;
	if (sv->last_client != hi + 1) {
		sv->client_hosts++;
		sv->last_client = hi + 1;
	}
	return 0;
}

/* Most hosts listening first, then most connecting, then protocol, port. */
static int cmp_service(const void *pa, const void *pb)
{
	const struct fleet_service *a = pa, *b = pb;

	if (a->listen_hosts != b->listen_hosts)
		return a->listen_hosts > b->listen_hosts ? -1 : 1;
	if (a->client_hosts != b->client_hosts)
		return a->client_hosts > b->client_hosts ? -1 : 1;
	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	return a->port < b->port ? -1 : a->port > b->port;
}

static void services_done(struct fleet_report *r)
{
	qsort(r->svc, r->nsvc, sizeof(*r->svc), cmp_service);
	if (r->nsvc > SERVICES_MAX) {
		r->nsvc = SERVICES_MAX;
		r->svc_truncated = true;
	}
	free(r->svc_slot);
	r->svc_slot = NULL;
}

static int load_listeners(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;
	const long long lo = (long long)lo_us(&r->o.win);

	BUILD(&q, "SELECT host, ifNull(proto, '') AS pr, laddr, ifNull(lport, 0) AS p, "
	      "min(comm) AS cname, exe, " WHO_COLS
	      "ifNull(toInt64(uid), -1) AS u, min(service) AS svc, min(ts_us) AS first_us, "
	      "max(ts_us) AS last_us, max(event = 'snapshot') AS from_snapshot, "
	      "max(event != 'snapshot') AS from_event, countIf(ts_us >= %lld) AS in_window, "
	      "maxIf(ts_us, event != 'close' AND ts_us >= %lld) AS open_us, "
	      "maxIf(ts_us, event = 'close' AND ts_us >= %lld) AS close_us, "
	      "maxIf(ts_us, event != 'close' AND ts_us < %lld) AS pre_open_us, "
	      "maxIf(ts_us, event = 'close' AND ts_us < %lld) AS pre_close_us",
	      lo, lo, lo, lo, lo);
	if (q.p && (events_from(&q, r) ||
		    ch_buf_printf(&q, " AND ts_us <= %lld AND " LISTENER_COND
				  " GROUP BY host, pr, laddr, p, " COMM_KEY ", exe, ns, u ORDER BY host",
				  (long long)hi_us(&r->o.win))))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		return -1;
	for (size_t i = 0; i < json_object_array_length(rows); i++) {
		json_object *row = json_object_array_get_idx(rows, i);
		struct fleet_host *h = host_of(r, ch_str(row, "host"));
		struct rpt_group *g;
		const char *laddr = ch_str(row, "laddr");

		if (!h)
			continue;
		if (service_listener(r, (size_t)(h - r->h), row)) {
			json_object_put(rows);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		if (!(g = new_group(&h->agg, RT_LISTEN, (uint64_t)ch_int(row, "in_window"))))
			continue;
		group_from(g, row);
		g->uid = ch_int(row, "u");
		if (laddr[0])
			rpt_addr_parse(laddr, &g->addr);
		g->from_snapshot = ch_int(row, "from_snapshot");
		g->from_event = ch_int(row, "from_event");
		g->in_window = g->count = (uint64_t)ch_int(row, "in_window");
		g->open_ts = ns_of(row, "open_us");
		g->close_ts = ns_of(row, "close_us");
		g->pre_open_ts = ns_of(row, "pre_open_us");
		g->pre_close_ts = ns_of(row, "pre_close_us");
	}
	json_object_put(rows);
	return 0;
}

static int load_flows(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;

	BUILD(&q, "SELECT host, " KIND_EXPR " AS kind, min(comm) AS cname, exe, " WHO_COLS
	      "ifNull(proto, '') AS pr, " PORT_EXPR " AS p, "
	      "min(service) AS svc, min(ts_us) AS first_us, max(ts_us) AS last_us, "
	      "count() AS n, countIf(ifNull(in_progress, 0) = 1) AS inprog, "
	      "countIf(ifNull(in_progress, 0) = 0 AND ifNull(result, 0) < 0) AS failures, "
	      "sumMapIf([toInt32(-assumeNotNull(result))], [toUInt64(1)], ifNull(in_progress, 0) "
	      "= 0 AND ifNull(result, 0) < 0) AS errs, groupUniqArray(raddr) AS peers");
	if (q.p && (events_from(&q, r) || ch_buf_printf(&q, " AND kind IN ('connect', 'accept')") ||
		    in_window(&q, r) ||
		    ch_buf_printf(&q, " GROUP BY host, kind, " COMM_KEY ", exe, ns, pr, p ORDER BY host")))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		return -1;
	for (size_t i = 0; i < json_object_array_length(rows); i++) {
		json_object *row = json_object_array_get_idx(rows, i), *errs, *peers;
		struct fleet_host *h = host_of(r, ch_str(row, "host"));
		int table = !strcmp(ch_str(row, "kind"), "connect") ? RT_OUT : RT_IN;
		struct rpt_group *g;

		if (!h)
			continue;
		if (service_flow(r, (size_t)(h - r->h), row, table == RT_OUT)) {
			json_object_put(rows);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		if (!(g = new_group(&h->agg, table, (uint64_t)ch_int(row, "n"))))
			continue;
		group_from(g, row);
		g->count = (uint64_t)ch_int(row, "n");
		g->in_progress = (uint64_t)ch_int(row, "inprog");
		g->failures = (uint64_t)ch_int(row, "failures");
		/* errors: sumMap gives [[errno...] sorted, [count...]]; the first
		 * RPT_ERR_SLOTS by errno are itemised, the rest "other" */
		if (json_object_object_get_ex(row, "errs", &errs) &&
		    json_object_array_length(errs) == 2) {
			json_object *ek = json_object_array_get_idx(errs, 0);
			json_object *en = json_object_array_get_idx(errs, 1);

			for (size_t k = 0; k < json_object_array_length(ek); k++) {
				int64_t e = json_object_get_int64(json_object_array_get_idx(ek, k));
				uint64_t n = (uint64_t)json_object_get_int64(
					json_object_array_get_idx(en, k));

				if (k < RPT_ERR_SLOTS) {
					g->errs[k].err = (int32_t)(e > 100000 ? 100000 : e);
					g->errs[k].n = n;
				} else {
					g->errs_other += n;
				}
			}
		}
		if (json_object_object_get_ex(row, "peers", &peers))
			for (size_t k = 0; k < json_object_array_length(peers); k++) {
				struct rpt_addr a;

				if (!rpt_addr_parse(json_object_get_string(
					json_object_array_get_idx(peers, k)), &a))
					rpt_distinct_add(&g->distinct, &a);
			}
	}
	json_object_put(rows);
	return 0;
}

/* ---- packages ------------------------------------------------------------ */

/* The row of exe among rows [lo, hi) (ordered by exe, bytewise), or NULL. */
static json_object *pkg_row(json_object *rows, size_t lo, size_t hi, const char *exe)
{
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		json_object *row = json_object_array_get_idx(rows, mid);
		int c = strcmp(exe, ch_str(row, "exe"));

		if (!c)
			return row;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/*
 * Each executable's package, as ship looked it up on the host itself
 * (packages table). A host the report runs on is left to the summariser,
 * which asks this host's dpkg as the single-host report does.
 */
static int load_packages(struct ch_conn *c, struct fleet_report *r, char *err, size_t errlen)
{
	struct ch_buf q = {0};
	json_object *rows = NULL;
	char here[256] = "";
	size_t n, i = 0;

	gethostname(here, sizeof(here) - 1);
	BUILD(&q, "SELECT host, exe, argMax(state, looked_up_us) AS state, argMax(package, "
	      "looked_up_us) AS package, argMax(version, looked_up_us) AS version, "
	      "max(looked_up_us) AS at FROM %s.packages WHERE 1", r->db);
	if (q.p && (host_filter(&q, &r->o) ||
		    ch_buf_printf(&q, " GROUP BY host, exe ORDER BY host, exe")))
		ch_buf_free(&q);
	if (run(c, &q, &rows, err, errlen))
		return -1;
	n = json_object_array_length(rows);
	while (i < n) {
		const char *name = ch_str(json_object_array_get_idx(rows, i), "host");
		struct fleet_host *h = host_of(r, name);
		size_t end = i, looked = 0;
		int64_t at = 0;

		while (end < n && !strcmp(ch_str(json_object_array_get_idx(rows, end), "host"), name))
			end++;
		if (!h || !strcmp(name, here)) {
			i = end;
			continue;
		}
		for (int t = 0; t < RT_COUNT; t++)
			for (size_t k = 0; k < h->agg.t[t].n; k++) {
				struct rpt_group *g = &h->agg.t[t].g[k];
				/* a container's executable is not the host's file */
				json_object *hit = g->exe_known && !g->ctr_id[0]
						   ? pkg_row(rows, i, end, g->exe) : NULL;

				if (!hit)
					continue;
				looked++;
				if (ch_int(hit, "at") > at)
					at = ch_int(hit, "at");
				g->pkg_state = strcmp(ch_str(hit, "state"), "found") ? RPT_PKG_NONE
										: RPT_PKG_FOUND;
				rpt_copy(g->pkg, sizeof(g->pkg), ch_str(hit, "package"));
				rpt_copy(g->pkg_version, sizeof(g->pkg_version), ch_str(hit, "version"));
			}
		if (looked) {
			char ts[RPT_TS_LEN];

			rpt_time_format_s(ts, sizeof(ts), at * 1000);
			snprintf(h->pkg_from, sizeof(h->pkg_from), "looked up on %.80s itself by "
				 "sockwatch ship (" DPKG_ADMINDIR ", latest %s)", h->name, ts);
		}
		i = end;
	}
	json_object_put(rows);
	return 0;
}

int fleet_build(struct ch_conn *c, const struct fleet_opts *o, struct fleet_report **out,
		char *err, size_t errlen)
{
	struct fleet_report *r = calloc(1, sizeof(*r));
	int present;

	*out = NULL;
	if (!r) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	r->o = *o;
	r->newest = RPT_TS_NONE;
	snprintf(r->store, sizeof(r->store), "%s", c->shown);
	snprintf(r->db, sizeof(r->db), "%s", c->db);
	present = ch_schema_present(c, err, errlen);
	if (present <= 0) {
		if (!present)
			snprintf(err, errlen, "%s has no sockwatch tables in database %s: ship "
				 "records there first ('sockwatch ship')", c->shown, c->db);
		goto fail;
	}
	/* a store an older sockwatch made, not upgraded yet: the report reads
	 * nothing (it changes nothing in the store) */
	{
		unsigned missing;
		char what[256];

		if (ch_schema_upgrade(c, NULL, false, &missing, what, sizeof(what))) {
			snprintf(err, errlen, "%s", what);
			goto fail;
		}
		if (missing) {
			snprintf(err, errlen, "the store is older than this sockwatch (%s): run "
				 "'sockwatch ship --init' with this sockwatch to upgrade it", what);
			goto fail;
		}
	}
	if (load_hosts(c, r, err, errlen) || load_records(c, r, err, errlen) ||
	    load_totals(c, r, err, errlen) || load_selftests(c, r, err, errlen) ||
	    load_listeners(c, r, err, errlen) ||
	    load_flows(c, r, err, errlen) || load_packages(c, r, err, errlen))
		goto fail;
	services_done(r);
	for (size_t i = 0; i < r->nh; i++) {
		struct fleet_host *h = &r->h[i];

		if (h->agg.oom) {
			snprintf(err, errlen, "out of memory");
			goto fail;
		}
		rpt_agg_sort(&h->agg);
		h->sum.agg = &h->agg;
		h->sum.ins = &h->ins;
		h->sum.win = o->win;
		/* each host gets its own copy of the list: a rule counts what it
		 * matched on this host, as in the host's own report */
		if (o->approved_path &&
		    approved_load(o->approved_path, &h->approved, err, errlen))
			goto fail;
		h->sum.approved = h->approved;
		h->sum.packages_from = h->pkg_from[0] ? h->pkg_from : NULL;
		h->sum.approved_path = o->approved_path;
		h->sum.generated_by = o->generated_by;
		h->sum.generated_at = o->generated_at;
		if (rpt_summarise(&h->sum)) {
			snprintf(err, errlen, "out of memory");
			goto fail;
		}
		h->summarised = true;
	}
	*out = r;
	return 0;
fail:
	fleet_free(r);
	return -1;
}

void fleet_free(struct fleet_report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nh; i++) {
		if (r->h[i].summarised)
			rpt_summary_free(&r->h[i].sum);
		rpt_agg_free(&r->h[i].agg);
		approved_free(r->h[i].approved);
		rpt_inputs_free(&r->h[i].ins);
	}
	free(r->h);
	free(r->svc);
	free(r->svc_slot);
	free(r);
}

/* ---- what the fleet sections say ---------------------------------------- */

bool fleet_partial(const struct fleet_report *r, char *why, size_t len)
{
	size_t n = 0;

	why[0] = '\0';
	for (size_t i = 0; i < r->nh; i++)
		if (r->h[i].sum.partial || !r->h[i].sum.integrity_ok || !r->h[i].records) {
			size_t l = strlen(why);

			if (l < len - 1)
				snprintf(why + l, len - l, "%s%s", n ? ", " : "", r->h[i].name);
			n++;
		}
	return n > 0;
}

#include "fleet/fleet_fmt.h"

static bool silent(const struct fleet_report *r, const struct fleet_host *h)
{
	return h->newest == RPT_TS_NONE ||
	       (r->newest != RPT_TS_NONE && r->newest - h->newest > FLEET_SILENT_NS);
}

static void completeness(const struct fleet_report *r, struct ftable *t)
{
	static const char *const cols[] = {
		"host", "records", "events", "drops", "segments_shipped", "segments_damaged",
		"segments_not_shipped_yet", "last_line", "silent", "status", "integrity",
	};

	ftable_init(t, "completeness", "Completeness per host", cols,
		    sizeof(cols) / sizeof(cols[0]));
	for (size_t i = 0; i < r->nh; i++) {
		const struct fleet_host *h = &r->h[i];
		char ts[RPT_TS_LEN];

		ftable_row(t);
		ftable_text(t, h->name);
		ftable_num(t, h->records);
		ftable_num(t, h->agg.events);
		ftable_num(t, h->sum.drops);
		ftable_num(t, h->shipped);
		ftable_num(t, h->damaged);
		ftable_num(t, h->pending);
		rpt_time_format_s(ts, sizeof(ts), h->newest);
		ftable_text(t, ts);
		ftable_bool(t, silent(r, h));
		ftable_text(t, h->records ? h->sum.status : "nothing shipped from this host");
		ftable_text(t, h->records ? h->sum.integrity : "-");
	}
}

static void services(const struct fleet_report *r, struct ftable *t)
{
	static const char *const cols[] = {
		"proto", "port", "port_class", "service", "hosts_listening", "listening_on",
		"outbound_connects", "hosts_connecting", "inbound_accepts",
	};

	ftable_init(t, "services", "Services across the fleet", cols,
		    sizeof(cols) / sizeof(cols[0]));
	for (size_t i = 0; i < r->nsvc; i++) {
		const struct fleet_service *s = &r->svc[i];

		ftable_row(t);
		ftable_text(t, sw_proto_name(s->proto));
		ftable_num(t, s->port);
		ftable_text(t, port_class_name(port_class_of(s->port)));
		ftable_text(t, s->service[0] ? s->service : "-");
		ftable_num(t, s->listen_hosts);
		ftable_text(t, s->listening_on);
		ftable_num(t, s->connects);
		ftable_num(t, s->client_hosts);
		ftable_num(t, s->accepts);
	}
}

/* Each host's findings, rolled up by kind: which hosts have it. */
static void findings(const struct fleet_report *r, struct ftable *t)
{
	static const char *const cols[] = { "severity", "finding", "hosts", "host_names",
					    "example" };

	ftable_init(t, "findings", "Findings across the fleet", cols,
		    sizeof(cols) / sizeof(cols[0]));
	for (int sev = 0; sev < SEV_COUNT; sev++) {
		/* codes in the order first met */
		for (size_t i = 0; i < r->nh; i++) {
			for (size_t f = 0; f < r->h[i].sum.nfind; f++) {
				const struct rpt_finding *fd = &r->h[i].sum.find[f];
				char names[512] = "";
				size_t nhost = 0;
				bool seen_before = false;

				if ((int)fd->sev != sev)
					continue;
				for (size_t j = 0; j <= i && !seen_before; j++)
					for (size_t g = 0; g < r->h[j].sum.nfind; g++) {
						const struct rpt_finding *o = &r->h[j].sum.find[g];

						if (&r->h[j].sum.find[g] == fd)
							break;
						if ((int)o->sev == sev && !strcmp(o->code, fd->code)) {
							seen_before = true;
							break;
						}
					}
				if (seen_before)
					continue;
				for (size_t j = 0; j < r->nh; j++) {
					bool has = false;

					for (size_t g = 0; g < r->h[j].sum.nfind && !has; g++)
						has = (int)r->h[j].sum.find[g].sev == sev &&
						      !strcmp(r->h[j].sum.find[g].code, fd->code);
					if (!has)
						continue;
					if (nhost < LIST_HOSTS) {
						size_t l = strlen(names);

						snprintf(names + l, sizeof(names) - l, "%s%s",
							 nhost ? ", " : "", r->h[j].name);
					}
					nhost++;
				}
				ftable_row(t);
				ftable_text(t, rpt_sev_name(fd->sev));
				ftable_text(t, fd->code);
				ftable_num(t, nhost);
				ftable_text(t, names);
				ftable_text(t, fd->text);
			}
		}
	}
	for (size_t i = 0; i < r->nh; i++) {
		const struct fleet_host *h = &r->h[i];
		char text[640];

		if (!h->records) {
			snprintf(text, sizeof(text), "Nothing was ever shipped from %s.", h->name);
		} else if (silent(r, h)) {
			char ts[RPT_TS_LEN];

			rpt_time_format_s(ts, sizeof(ts), h->newest);
			snprintf(text, sizeof(text), "%s has shipped nothing since %s (the fleet's "
				 "newest line is more than an hour later).", h->name, ts);
		} else {
			continue;
		}
		ftable_row(t);
		ftable_text(t, rpt_sev_name(SEV_HIGH));
		ftable_text(t, "silent-host");
		ftable_num(t, 1);
		ftable_text(t, h->name);
		ftable_text(t, text);
	}
}

static void overview(const struct fleet_report *r, struct ftable *t)
{
	static const char *const cols[] = { "key", "value" };
	char buf[1024], a[RPT_TS_LEN], b[RPT_TS_LEN];
	size_t bad = 0, incomplete = 0;

	ftable_init(t, "overview", NULL, cols, 2);
	ftable_row(t);
	ftable_text(t, "Store");
	snprintf(buf, sizeof(buf), "%s, database %s", r->store, r->db);
	ftable_text(t, buf);
	ftable_row(t);
	ftable_text(t, "Hosts");
	ftable_num(t, r->nh);
	ftable_row(t);
	ftable_text(t, "Window");
	rpt_time_format_s(a, sizeof(a), r->o.win.since);
	rpt_time_format_s(b, sizeof(b), r->o.win.until);
	snprintf(buf, sizeof(buf), "%s .. %s", r->o.win.since == RPT_TS_NONE ? "(start)" : a,
		 r->o.win.until == RPT_TS_NONE ? "(end)" : b);
	ftable_text(t, buf);
	for (size_t i = 0; i < r->nh; i++) {
		bad += r->h[i].sum.partial || !r->h[i].sum.integrity_ok || !r->h[i].records;
		incomplete += !r->h[i].sum.complete;
	}
	ftable_row(t);
	ftable_text(t, "Status");
	if (bad)
		snprintf(buf, sizeof(buf), "PARTIAL: %zu host%s with damaged, unshipped or no "
			 "records", bad, bad == 1 ? "" : "s");
	else if (incomplete)
		snprintf(buf, sizeof(buf), "incomplete on %zu host%s (see completeness)", incomplete,
			 incomplete == 1 ? "" : "s");
	else
		snprintf(buf, sizeof(buf), "complete on every host");
	ftable_text(t, buf);
	ftable_row(t);
	ftable_text(t, "Approved services");
	ftable_text(t, r->o.approved_path ? r->o.approved_path : "not checked (no --approved)");
	ftable_row(t);
	ftable_text(t, "Generated");
	rpt_time_format_s(a, sizeof(a), r->o.generated_at);
	snprintf(buf, sizeof(buf), "%s by sockwatch %s (aggregated in ClickHouse)", a,
		 r->o.generated_by);
	ftable_text(t, buf);
}

int fleet_write(FILE *f, const struct fleet_report *r)
{
	struct ftable t[4];
	const struct rpt_summary **hosts = calloc(r->nh ? r->nh : 1, sizeof(*hosts));
	int rc;

	if (!hosts)
		return -1;
	for (size_t i = 0; i < r->nh; i++)
		hosts[i] = &r->h[i].sum;
	overview(r, &t[0]);
	completeness(r, &t[1]);
	services(r, &t[2]);
	findings(r, &t[3]);
	rc = fleet_fmt_write(f, r->o.fmt, t, 4, hosts, r->nh, r->svc_truncated ? SERVICES_MAX : 0);
	for (int i = 0; i < 4; i++)
		ftable_free(&t[i]);
	free(hosts);
	return rc;
}
