// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Aggregation: every line of a record folds into a few bounded tables.
 * Each worker thread owns one struct rpt_agg; rpt_agg_merge() joins them,
 * so nothing here may depend on the order lines arrive in (listener
 * open/close state is kept as "latest open" vs "latest close" times).
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "report/report.h"


void rpt_agg_init(struct rpt_agg *a, const struct rpt_window *w)
{
	memset(a, 0, sizeof(*a));
	a->win = *w;
	a->first_ts = a->last_ts = RPT_TS_NONE;
	a->meta.start_ts = a->meta.stop_ts = RPT_TS_NONE;
	a->meta.st_first_blind_ts = RPT_TS_NONE;
	a->meta.st_seen_every = UINT32_MAX;
}

static void table_free(struct rpt_table_s *t)
{
	for (size_t i = 0; i < t->n; i++)
		rpt_distinct_free(&t->g[i].distinct);
	free(t->g);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}

void rpt_agg_free(struct rpt_agg *a)
{
	for (int i = 0; i < RT_COUNT; i++)
		table_free(&a->t[i]);
}

/* ---- the keyed tables -------------------------------------------------- */

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h;
}

static uint64_t key_hash(const struct rpt_group *k)
{
	uint64_t h = 0xcbf29ce484222325ull;

	h = mix(h, (uint64_t)k->table << 40 | (uint64_t)k->proto << 32 | k->port);
	h = mix(h, (uint64_t)k->uid);
	h = mix(h, (uint64_t)k->netns);
	h = mix(h, k->exe_known << 1 | k->comm_known);
	for (const unsigned char *c = (const unsigned char *)(k->exe_known ? k->exe : k->comm); *c;
	     c++)
		h = (h ^ *c) * 1099511628211ull;
	if (k->table == RT_LISTEN)
		h = mix(h, rpt_addr_hash(&k->addr));
	return h ? h : 1;
}

static bool key_eq(const struct rpt_group *x, const struct rpt_group *y)
{
	return x->hash == y->hash && x->table == y->table && x->proto == y->proto &&
	       x->port == y->port && x->uid == y->uid && x->netns == y->netns &&
	       x->exe_known == y->exe_known &&
	       (x->exe_known ? !strcmp(x->exe, y->exe)
			     : x->comm_known == y->comm_known && !strcmp(x->comm, y->comm)) &&
	       (x->table != RT_LISTEN || !rpt_addr_cmp(&x->addr, &y->addr));
}

static int rehash(struct rpt_table_s *t, size_t nslots)
{
	uint32_t *s = calloc(nslots, sizeof(*s));

	if (!s)
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		size_t j = t->g[i].hash & (nslots - 1);

		while (s[j])
			j = (j + 1) & (nslots - 1);
		s[j] = (uint32_t)i + 1;
	}
	free(t->slots);
	t->slots = s;
	t->nslots = nslots;
	return 0;
}

/* The group for key k (hash filled), created from k when new. NULL when
 * the table is full or memory ran out. */
static struct rpt_group *table_get(struct rpt_agg *a, struct rpt_table_s *t,
				   const struct rpt_group *k)
{
	size_t j;

	if (t->nslots) {
		for (j = k->hash & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1)) {
			struct rpt_group *g = &t->g[t->slots[j] - 1];

			if (key_eq(g, k))
				return g;
		}
	}
	if (t->n >= RPT_GROUPS_MAX)
		return NULL;
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		struct rpt_group *g;

		if (cap > RPT_GROUPS_MAX)
			cap = RPT_GROUPS_MAX;
		g = realloc(t->g, cap * sizeof(*g));
		if (!g) {
			a->oom = true;
			return NULL;
		}
		t->g = g;
		t->cap = cap;
	}
	if ((t->n + 1) * 2 > t->nslots) {
		if (rehash(t, t->nslots ? t->nslots * 2 : 128)) {
			a->oom = true;
			return NULL;
		}
	}
	struct rpt_group *g = &t->g[t->n];

	*g = *k;
	g->first_ts = g->last_ts = RPT_TS_NONE;
	g->open_ts = g->close_ts = g->pre_open_ts = g->pre_close_ts = RPT_TS_NONE;
	for (j = k->hash & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1))
		;
	t->slots[j] = (uint32_t)++t->n;
	return g;
}

static void key_init(struct rpt_group *k, int table, const struct rpt_line *l, int port)
{
	size_t n;

	memset(k, 0, sizeof(*k));
	k->table = (uint8_t)table;
	k->proto = (uint8_t)(l->proto == IPPROTO_TCP || l->proto == IPPROTO_UDP ? l->proto : 0);
	k->port = (uint16_t)(port >= 0 && port <= 65535 ? port : 0);
	k->uid = -1;
	k->netns = l->netns;
	k->host_netns = (int8_t)l->host_netns;
	if (l->exe && l->exe_len) {
		n = l->exe_len < RPT_EXE_MAX - 1 ? l->exe_len : RPT_EXE_MAX - 1;
		memcpy(k->exe, l->exe, n);
		k->exe[n] = '\0';
		k->exe_known = true;
	}
	k->comm_known = l->comm_known;
	if (l->comm_known) {
		n = l->comm_len < RPT_COMM_MAX - 1 ? l->comm_len : RPT_COMM_MAX - 1;
		memcpy(k->comm, l->comm, n);
		k->comm[n] = '\0';
		/* a NUL inside the JSON string ends the name */
	}
	if (table == RT_LISTEN) {
		k->uid = l->uid;
		k->addr = l->laddr;
	}
}

/* The smaller of two strings wins, so merged workers agree whatever the
 * order lines came in. */
static void take_min(char *dst, size_t cap, const char *src, size_t n)
{
	char tmp[RPT_EXE_MAX];

	if (!src || !n)
		return;
	if (n > cap - 1)
		n = cap - 1;
	memcpy(tmp, src, n);
	tmp[n] = '\0';
	if (!dst[0] || strcmp(tmp, dst) < 0)
		memcpy(dst, tmp, n + 1);
}

/*
 * Could the kernel have given this comm to exe? exec names a process after
 * the file it was given, cut at 15 bytes (TASK_COMM_LEN - 1): exe's
 * basename, or the name of a link that reached it. Links are checked at
 * report time (report_find.c); here only a link's usual shape is accepted
 * without one: a shorter name that the basename extends by a version or a
 * variant (python3 for python3.11, vim for vim.basic, gcc for gcc-12).
 * Any other prefix is not a name exec gives: sshd for sshd-fake is a rename.
 */
bool rpt_comm_fits_exe(const char *comm, size_t n, const char *exe)
{
	const char *base = strrchr(exe, '/'), *rest;
	size_t blen;

	base = base ? base + 1 : exe;
	blen = strlen(base);
	if (!n || blen < n || memcmp(comm, base, n))
		return false;
	if (blen == n || n == 15)
		return true;
	rest = base + n;
	return rest[0] == '.' || (rest[0] >= '0' && rest[0] <= '9') ||
	       (rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9');
}

/* Unit, container, namespace and a masquerading comm, as values. */
static void take_who(struct rpt_group *g, const struct rpt_line *l)
{
	if (l->host_netns >= 0 && g->host_netns < 0)
		g->host_netns = (int8_t)l->host_netns;
	take_min(g->unit, sizeof(g->unit), l->unit, l->unit_len);
	if (l->ctr_id && l->ctr_rt && (!g->ctr_id[0])) {
		take_min(g->ctr_id, sizeof(g->ctr_id), l->ctr_id, l->ctr_id_len);
		take_min(g->ctr_rt, sizeof(g->ctr_rt), l->ctr_rt, l->ctr_rt_len);
	}
	/* a row keyed by its executable shows its smallest name, whatever the
	 * order lines came in */
	if (g->exe_known && l->comm_known) {
		take_min(g->comm, sizeof(g->comm), l->comm, l->comm_len);
		g->comm_known = true;
	}
	/* the main thread's name: threads name themselves (a pool, a worker),
	 * and that is not a disguise */
	if (g->exe_known && l->comm_known && l->comm_len && l->tid == l->pid &&
	    !rpt_comm_fits_exe(l->comm, l->comm_len, g->exe))
		take_min(g->masq_comm, sizeof(g->masq_comm), l->comm, l->comm_len);
}

static void take_service(struct rpt_group *g, const struct rpt_line *l)
{
	char tmp[RPT_SVC_MAX];
	size_t n;

	if (!l->service)
		return;
	n = l->service_len < RPT_SVC_MAX - 1 ? l->service_len : RPT_SVC_MAX - 1;
	memcpy(tmp, l->service, n);
	tmp[n] = '\0';
	/* the smallest name when records disagree: the same whatever the order */
	if (!g->service[0] || strcmp(tmp, g->service) < 0)
		memcpy(g->service, tmp, n + 1);
}

static void seen(struct rpt_group *g, int64_t ts)
{
	if (ts == RPT_TS_NONE)
		return;
	if (g->first_ts == RPT_TS_NONE || ts < g->first_ts)
		g->first_ts = ts;
	if (g->last_ts == RPT_TS_NONE || ts > g->last_ts)
		g->last_ts = ts;
}

static void latest(int64_t *slot, int64_t ts)
{
	if (*slot == RPT_TS_NONE || ts > *slot)
		*slot = ts;
}

static void add_err(struct rpt_group *g, int32_t err, uint64_t n)
{
	for (int i = 0; i < RPT_ERR_SLOTS; i++) {
		if (g->errs[i].err == err) {
			g->errs[i].n += n;
			return;
		}
		if (!g->errs[i].n) {
			/* kept sorted by error, so worker threads merging in any
			 * order give the same report */
			int j = i;

			for (; j > 0 && g->errs[j - 1].err > err; j--)
				g->errs[j] = g->errs[j - 1];
			g->errs[j].err = err;
			g->errs[j].n = n;
			return;
		}
	}
	g->errs_other += n;
}

/* pos: -1 before the window, 0 in it */
static void listener(struct rpt_agg *a, const struct rpt_line *l, bool snapshot, bool open,
		     int pos)
{
	struct rpt_group k, *g;

	key_init(&k, RT_LISTEN, l, l->lport);
	k.hash = key_hash(&k);
	g = table_get(a, &a->t[RT_LISTEN], &k);
	if (!g) {
		a->t[RT_LISTEN].overflow_events++;
		return;
	}
	take_service(g, l);
	take_who(g, l);
	seen(g, l->ts);
	if (snapshot)
		g->from_snapshot = true;
	else
		g->from_event = true;
	if (pos < 0) {
		latest(open ? &g->pre_open_ts : &g->pre_close_ts, l->ts);
	} else {
		g->in_window++;
		g->count++;
		latest(open ? &g->open_ts : &g->close_ts, l->ts);
	}
}

static void flow(struct rpt_agg *a, int table, const struct rpt_line *l)
{
	struct rpt_table_s *t = &a->t[table];
	struct rpt_group k, *g;

	key_init(&k, table, l, l->port >= 0 ? l->port : table == RT_OUT ? l->rport : l->lport);
	k.hash = key_hash(&k);
	g = table_get(a, t, &k);
	if (!g) {
		t->overflow_events++;
		return;
	}
	take_service(g, l);
	take_who(g, l);
	seen(g, l->ts);
	g->count++;
	if (l->in_progress)
		g->in_progress++;
	else if (l->result < 0) {
		g->failures++;
		add_err(g, (int32_t)(l->result < -100000 ? 100000 : -l->result), 1);
	}
	if (l->has_raddr)
		rpt_distinct_add(&g->distinct, &l->raddr);
}

static void meta_line(struct rpt_agg *a, const struct rpt_line *l)
{
	struct rpt_meta *m = &a->meta;

	switch (l->kind) {
	case SW_LINE_RECORD_START:
		m->n_start++;
		if (l->ts != RPT_TS_NONE && (m->start_ts == RPT_TS_NONE || l->ts < m->start_ts))
			m->start_ts = l->ts;
		if (l->host && !m->host[0])
			snprintf(m->host, sizeof(m->host), "%s", l->host);
		if (l->kernel && !m->kernel[0])
			snprintf(m->kernel, sizeof(m->kernel), "%s", l->kernel);
		if (l->version && !m->version[0])
			snprintf(m->version, sizeof(m->version), "%s", l->version);
		if (l->eph_lo >= 0 && l->eph_hi >= l->eph_lo && l->eph_hi <= 65535 && !m->eph_known) {
			m->eph_known = true;
			m->eph_lo = (unsigned)l->eph_lo;
			m->eph_hi = (unsigned)l->eph_hi;
		}
		break;
	case SW_LINE_RECORD_STOP:
		m->n_stop++;
		if (l->ts != RPT_TS_NONE && (m->stop_ts == RPT_TS_NONE || l->ts > m->stop_ts))
			m->stop_ts = l->ts;
		if (l->events > 0)
			m->stop_events += (uint64_t)l->events;
		break;
	case SW_LINE_DROP:
		m->drop_lines++;
		if (l->lost > 0) {
			m->lost_sum += (uint64_t)l->lost;
			if ((a->win.since == RPT_TS_NONE || l->ts >= a->win.since) &&
			    (a->win.until == RPT_TS_NONE || l->ts <= a->win.until))
				m->drops_in_window += (uint64_t)l->lost;
		}
		if (l->total > 0 && (uint64_t)l->total > m->lost_total_max)
			m->lost_total_max = (uint64_t)l->total;
		break;
	case SW_LINE_SELFTEST: {
		uint32_t all = (1u << PATHOP_COUNT) - 1;

		m->selftests++;
		m->st_seen_every &= l->st_seen;
		m->st_no_fexit |= l->st_fexit != 1;
		/* a path the host could not take (n/a) is not seen, nor blind */
		if (((l->st_seen | l->st_na) & all) != all) {
			m->st_blind |= all & ~l->st_seen & ~l->st_na;
			if (m->st_first_blind_ts == RPT_TS_NONE || l->ts < m->st_first_blind_ts)
				m->st_first_blind_ts = l->ts;
		}
		break;
	}
	default:
		break;
	}
}

static bool is_listener_snapshot(const struct rpt_line *l)
{
	if (l->role == SW_ROLE_LISTENER)
		return true;
	return l->state && (!strcmp(l->state, "listen") || !strcmp(l->state, "bound"));
}

void rpt_agg_line(struct rpt_agg *a, const struct rpt_line *l)
{
	int pos = 0;

	switch (l->kind) {
	case SW_LINE_RECORD_START:
	case SW_LINE_RECORD_STOP:
	case SW_LINE_DROP:
	case SW_LINE_SELFTEST:
		meta_line(a, l);
		return;
	case SW_KIND_SNAPSHOT:
		break;
	default:
		/* snapshot_end, and words sockwatch does not write */
		if (!rpt_kind_counted(l->kind)) {
			a->other_lines++;
			return;
		}
		break;
	}
	if (a->win.since != RPT_TS_NONE && l->ts < a->win.since)
		pos = -1;
	else if (a->win.until != RPT_TS_NONE && l->ts > a->win.until)
		pos = 1;
	if (l->kind == SW_KIND_SNAPSHOT) {
		a->snapshot_lines++;
		if (pos <= 0 && is_listener_snapshot(l) && l->lport > 0)
			listener(a, l, true, true, pos);
		return;
	}
	/* live events */
	if (pos <= 0) {
		if (l->kind == SW_LISTEN && l->result == 0)
			listener(a, l, false, true, pos);
		else if (l->kind == SW_BIND && l->result == 0 && l->proto == IPPROTO_UDP &&
			 l->lport > 0 && !l->auto_port) /* port 0: a client socket */
			listener(a, l, false, true, pos);
		else if (l->kind == SW_CLOSE && l->role == SW_ROLE_LISTENER)
			listener(a, l, false, false, pos);
	}
	if (pos) {
		a->events_outside++;
		return;
	}
	a->events++;
	a->by_kind[l->kind]++;
	if (l->result < 0 && !l->in_progress)
		a->failed_by_kind[l->kind]++;
	{
		int port = l->port >= 0 ? l->port : l->lport >= 0 ? l->lport : 0;
		enum port_class c = port_class_of((unsigned)port);

		a->by_class[c][l->kind]++;
	}
	if (a->first_ts == RPT_TS_NONE || l->ts < a->first_ts)
		a->first_ts = l->ts;
	if (a->last_ts == RPT_TS_NONE || l->ts > a->last_ts)
		a->last_ts = l->ts;
	/* a UDP connect from a port the socket chose: a server answering one
	 * client, no connection out to the client's port */
	if (l->kind == SW_CONNECT && !(l->proto == IPPROTO_UDP && l->role == SW_ROLE_LISTENER))
		flow(a, RT_OUT, l);
	else if (l->kind == SW_ACCEPT)
		flow(a, RT_IN, l);
}

/* ---- merging ------------------------------------------------------------ */

static void min_ts(int64_t *into, int64_t v)
{
	if (v != RPT_TS_NONE && (*into == RPT_TS_NONE || v < *into))
		*into = v;
}

static void max_ts(int64_t *into, int64_t v)
{
	if (v != RPT_TS_NONE && (*into == RPT_TS_NONE || v > *into))
		*into = v;
}

static void group_merge(struct rpt_agg *a, struct rpt_group *g, const struct rpt_group *f)
{
	if (f->service[0] && (!g->service[0] || strcmp(f->service, g->service) < 0))
		memcpy(g->service, f->service, sizeof(g->service));
	if (g->host_netns < 0)
		g->host_netns = f->host_netns;
	take_min(g->unit, sizeof(g->unit), f->unit, strlen(f->unit));
	if (!g->ctr_id[0] && f->ctr_id[0]) {
		memcpy(g->ctr_id, f->ctr_id, sizeof(g->ctr_id));
		memcpy(g->ctr_rt, f->ctr_rt, sizeof(g->ctr_rt));
	}
	take_min(g->masq_comm, sizeof(g->masq_comm), f->masq_comm, strlen(f->masq_comm));
	if (g->exe_known && f->comm_known) {
		take_min(g->comm, sizeof(g->comm), f->comm, strlen(f->comm));
		g->comm_known = true;
	}
	g->count += f->count;
	g->failures += f->failures;
	g->in_progress += f->in_progress;
	for (int i = 0; i < RPT_ERR_SLOTS && f->errs[i].n; i++)
		add_err(g, f->errs[i].err, f->errs[i].n);
	g->errs_other += f->errs_other;
	min_ts(&g->first_ts, f->first_ts);
	max_ts(&g->last_ts, f->last_ts);
	if (rpt_distinct_merge(&g->distinct, &f->distinct))
		a->oom = true;
	g->from_snapshot |= f->from_snapshot;
	g->from_event |= f->from_event;
	g->in_window += f->in_window;
	max_ts(&g->open_ts, f->open_ts);
	max_ts(&g->close_ts, f->close_ts);
	max_ts(&g->pre_open_ts, f->pre_open_ts);
	max_ts(&g->pre_close_ts, f->pre_close_ts);
}

void rpt_agg_merge(struct rpt_agg *into, const struct rpt_agg *from)
{
	struct rpt_meta *m = &into->meta;
	const struct rpt_meta *fm = &from->meta;

	for (int t = 0; t < RT_COUNT; t++) {
		const struct rpt_table_s *ft = &from->t[t];

		for (size_t i = 0; i < ft->n; i++) {
			const struct rpt_group *f = &ft->g[i];
			struct rpt_group k, *g;

			/* the key alone: table_get() copies what it is given */
			memset(&k, 0, sizeof(k));
			k.table = f->table;
			k.proto = f->proto;
			k.port = f->port;
			k.comm_known = f->comm_known;
			memcpy(k.comm, f->comm, sizeof(k.comm));
			k.exe_known = f->exe_known;
			memcpy(k.exe, f->exe, sizeof(k.exe));
			k.netns = f->netns;
			k.host_netns = -1;
			k.uid = f->uid;
			k.addr = f->addr;
			k.hash = f->hash;
			g = table_get(into, &into->t[t], &k);
			if (!g) {
				into->t[t].overflow_events += f->count ? f->count : 1;
				continue;
			}
			group_merge(into, g, f);
		}
		into->t[t].overflow_events += ft->overflow_events;
	}
	into->lines += from->lines;
	into->bad_lines += from->bad_lines;
	into->other_lines += from->other_lines;
	into->events += from->events;
	into->events_outside += from->events_outside;
	into->snapshot_lines += from->snapshot_lines;
	for (int k = 0; k < SW_KIND_MAX; k++) {
		into->by_kind[k] += from->by_kind[k];
		into->failed_by_kind[k] += from->failed_by_kind[k];
		for (int c = 0; c < PORT_CLASS_COUNT; c++)
			into->by_class[c][k] += from->by_class[c][k];
	}
	min_ts(&into->first_ts, from->first_ts);
	max_ts(&into->last_ts, from->last_ts);
	into->oom |= from->oom;

	m->n_start += fm->n_start;
	m->n_stop += fm->n_stop;
	min_ts(&m->start_ts, fm->start_ts);
	max_ts(&m->stop_ts, fm->stop_ts);
	if (!m->host[0])
		memcpy(m->host, fm->host, sizeof(m->host));
	if (!m->kernel[0])
		memcpy(m->kernel, fm->kernel, sizeof(m->kernel));
	if (!m->version[0])
		memcpy(m->version, fm->version, sizeof(m->version));
	if (!m->eph_known && fm->eph_known) {
		m->eph_known = true;
		m->eph_lo = fm->eph_lo;
		m->eph_hi = fm->eph_hi;
	}
	m->stop_events += fm->stop_events;
	m->drop_lines += fm->drop_lines;
	m->lost_sum += fm->lost_sum;
	m->drops_in_window += fm->drops_in_window;
	if (fm->lost_total_max > m->lost_total_max)
		m->lost_total_max = fm->lost_total_max;
	m->selftests += fm->selftests;
	m->st_seen_every &= fm->st_seen_every;
	m->st_blind |= fm->st_blind;
	m->st_no_fexit |= fm->st_no_fexit;
	if (fm->st_first_blind_ts != RPT_TS_NONE &&
	    (m->st_first_blind_ts == RPT_TS_NONE || fm->st_first_blind_ts < m->st_first_blind_ts))
		m->st_first_blind_ts = fm->st_first_blind_ts;
}

/* ---- listener state ------------------------------------------------------ */

static int64_t later(int64_t x, int64_t y)
{
	return x == RPT_TS_NONE ? y : y == RPT_TS_NONE ? x : x > y ? x : y;
}

static bool opened_after(int64_t open, int64_t close)
{
	return open != RPT_TS_NONE && (close == RPT_TS_NONE || open > close);
}

bool rpt_listener_in_window(const struct rpt_group *g)
{
	return g->in_window > 0 || opened_after(g->pre_open_ts, g->pre_close_ts);
}

bool rpt_listener_open_at_end(const struct rpt_group *g)
{
	return opened_after(later(g->open_ts, g->pre_open_ts), later(g->close_ts, g->pre_close_ts));
}

static bool same_process(const struct rpt_group *x, const struct rpt_group *y)
{
	return x->exe_known == y->exe_known &&
	       (x->exe_known ? !strcmp(x->exe, y->exe) : !strcmp(x->comm, y->comm));
}

/*
 * A listener that existed before tracing began and was closed during it
 * has a close event without an owner (the kernel no longer knows who
 * opened it), while the snapshot has its owner: move such closes onto
 * the listeners with the same proto, address, port and uid.
 *
 * A listener whose last holder is another user than its opener has a row
 * of its own with only that close: nginx's master binds as root and its
 * worker, running as nobody, drops the last reference. Such a close is
 * moved onto the listener the same executable opened at that address, in
 * that namespace, whatever the uid, so the opener's row says it closed.
 */
static void fold_ownerless_closes(struct rpt_table_s *t)
{
	size_t w = 0;

	for (size_t i = 0; i < t->n; i++) {
		struct rpt_group *c = &t->g[i];
		bool folded = false;

		if (c->open_ts == RPT_TS_NONE && c->pre_open_ts == RPT_TS_NONE &&
		    (!c->comm_known || !c->from_snapshot)) {
			for (size_t j = 0; j < t->n; j++) {
				struct rpt_group *o = &t->g[j];
				bool opened = o->open_ts != RPT_TS_NONE ||
					      o->pre_open_ts != RPT_TS_NONE || o->from_snapshot;

				if (j == i || !o->comm_known || o->proto != c->proto ||
				    o->port != c->port || rpt_addr_cmp(&o->addr, &c->addr))
					continue;
				if (!c->comm_known ? (o->netns != c->netns && c->netns != -1 &&
						      o->netns != -1) ||
						     (o->uid != c->uid && c->uid != -1)
						   : !opened || o->netns != c->netns ||
						     !same_process(o, c))
					continue;
				max_ts(&o->close_ts, c->close_ts);
				max_ts(&o->pre_close_ts, c->pre_close_ts);
				max_ts(&o->last_ts, c->last_ts);
				o->in_window += c->in_window;
				o->count += c->count;
				folded = true;
			}
		}
		if (folded) {
			rpt_distinct_free(&c->distinct);
			continue;
		}
		if (w != i)
			t->g[w] = *c;
		w++;
	}
	t->n = w;
}

/* ---- order ----------------------------------------------------------------- */

static int cmp_str(const char *x, const char *y)
{
	int r = strcmp(x, y);

	return r < 0 ? -1 : r > 0;
}

#define CMP(x, y) do { if ((x) != (y)) return (x) < (y) ? -1 : 1; } while (0)

static int cmp_listen(const void *pa, const void *pb)
{
	const struct rpt_group *a = pa, *b = pb;
	int r;

	CMP(a->proto, b->proto);
	CMP(a->port, b->port);
	if ((r = rpt_addr_cmp(&a->addr, &b->addr)))
		return r;
	CMP(a->comm_known, b->comm_known);
	if ((r = cmp_str(rpt_group_process(a), rpt_group_process(b))))
		return r;
	CMP(a->uid, b->uid);
	CMP(a->netns, b->netns);
	return 0;
}

/* by process, then service class and port */
static int cmp_flow(const void *pa, const void *pb)
{
	const struct rpt_group *a = pa, *b = pb;
	int r;

	CMP(b->comm_known || b->exe_known, a->comm_known || a->exe_known);
	if ((r = cmp_str(rpt_group_process(a), rpt_group_process(b))))
		return r;
	CMP(a->proto, b->proto);
	CMP(a->port, b->port);
	CMP(a->netns, b->netns);
	return 0;
}

void rpt_agg_sort(struct rpt_agg *a)
{
	fold_ownerless_closes(&a->t[RT_LISTEN]);
	for (int i = 0; i < RT_COUNT; i++)
		if (a->t[i].n > 1) /* an empty table has no array at all */
			qsort(a->t[i].g, a->t[i].n, sizeof(struct rpt_group),
			      i == RT_LISTEN ? cmp_listen : cmp_flow);
	/* the hash index is stale now; nothing looks keys up after sorting */
	for (int i = 0; i < RT_COUNT; i++) {
		free(a->t[i].slots);
		a->t[i].slots = NULL;
		a->t[i].nslots = 0;
	}
}
