// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Listener drift against a baseline record (report.h): the two listener
 * inventories compared as sets. Both tables are sorted and bounded
 * (RPT_GROUPS_MAX rows), so a quadratic scan would be 10^8 comparisons at
 * worst; instead each side's keys are sorted once and walked together.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

/* The namespace part of a listener's identity: the host's, a container's
 * (by id), or some other namespace. Not the inode: a namespace made again
 * (a restarted service with PrivateNetwork=, a reboot) gets a new one, and
 * its listeners would all show as changed when none is. */
static void ns_key(const struct rpt_group *g, char *buf, size_t len)
{
	if (g->host_netns == 1 || g->netns < 0)
		rpt_copy(buf, len, "host");
	else if (g->ctr_id[0])
		snprintf(buf, len, "c:%s", g->ctr_id);
	else
		rpt_copy(buf, len, "netns");
}

static int cmp_key(const struct rpt_group *a, const struct rpt_group *b)
{
	char na[RPT_CTR_MAX + 4], nb[RPT_CTR_MAX + 4];
	int r;

	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	if (a->port != b->port)
		return a->port < b->port ? -1 : 1;
	if ((r = rpt_addr_cmp(&a->addr, &b->addr)))
		return r;
	if ((r = strcmp(rpt_group_process(a), rpt_group_process(b))))
		return r;
	ns_key(a, na, sizeof(na));
	ns_key(b, nb, sizeof(nb));
	return strcmp(na, nb);
}

static int cmp_ptr(const void *pa, const void *pb)
{
	return cmp_key(*(const struct rpt_group *const *)pa, *(const struct rpt_group *const *)pb);
}

/* The listeners of a table's window, sorted by identity. */
static const struct rpt_group **listeners(const struct rpt_agg *a, size_t *n)
{
	const struct rpt_table_s *t = &a->t[RT_LISTEN];
	const struct rpt_group **v = malloc((t->n ? t->n : 1) * sizeof(*v));

	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < t->n; i++)
		if (rpt_listener_in_window(&t->g[i]))
			v[(*n)++] = &t->g[i];
	qsort(v, *n, sizeof(*v), cmp_ptr);
	return v;
}

/* Some listener of v on g's proto and port, for "was"/"now" context. */
static const struct rpt_group *same_port(const struct rpt_group **v, size_t n,
					 const struct rpt_group *g)
{
	for (size_t i = 0; i < n; i++)
		if (v[i]->proto == g->proto && v[i]->port == g->port)
			return v[i];
	return NULL;
}

static int cmp_item(const void *pa, const void *pb)
{
	const struct rpt_drift_item *a = pa, *b = pb;

	if (a->began != b->began)
		return a->began ? -1 : 1;
	return cmp_key(a->g, b->g);
}

int rpt_drift(const struct rpt_summary *s, struct rpt_baseline *b)
{
	size_t nn, no, i = 0, j = 0;
	const struct rpt_group **now = listeners(s->agg, &nn);
	const struct rpt_group **old = listeners(b->agg, &no);
	int rc = -1;

	b->n = b->began = b->stopped = b->unchanged = 0;
	b->other_host = b->host[0] && s->host[0] && strcmp(b->host, s->host);
	if (!now || !old)
		goto out;
	b->item = calloc(nn + no + 1, sizeof(*b->item));
	if (!b->item)
		goto out;
	while (i < nn || j < no) {
		int c = i == nn ? 1 : j == no ? -1 : cmp_key(now[i], old[j]);

		if (c == 0) {
			const struct rpt_group *k = now[i];

			/* several rows of one identity (uids): skip them all */
			while (i < nn && !cmp_key(now[i], k))
				i++;
			while (j < no && !cmp_key(old[j], k))
				j++;
			b->unchanged++;
		} else if (c < 0) {
			if (!b->n || !b->item[b->n - 1].began || cmp_key(b->item[b->n - 1].g, now[i]))
				b->item[b->n++] = (struct rpt_drift_item){
					true, now[i], same_port(old, no, now[i]) };
			i++;
		} else {
			if (!b->n || b->item[b->n - 1].began || cmp_key(b->item[b->n - 1].g, old[j]))
				b->item[b->n++] = (struct rpt_drift_item){
					false, old[j], same_port(now, nn, old[j]) };
			j++;
		}
	}
	for (size_t k = 0; k < b->n; k++)
		b->item[k].began ? b->began++ : b->stopped++;
	qsort(b->item, b->n, sizeof(*b->item), cmp_item);
	rc = 0;
out:
	free(now);
	free(old);
	return rc;
}

void rpt_baseline_free(struct rpt_baseline *b)
{
	if (!b)
		return;
	free(b->item);
	b->item = NULL;
	b->n = 0;
}
