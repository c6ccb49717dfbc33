// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Distinct destinations/peers per key, in bounded memory: the addresses
 * themselves while there are at most RPT_EXACT_MAX (so the report can list
 * them), then a HyperLogLog (Flajolet et al. 2007) of RPT_HLL_REGS
 * one-byte registers with the small-range (linear counting) correction.
 * 1 KiB per key holds a 3.3% standard error at any cardinality; the
 * sketch merges by register-wise max, so worker threads can count apart.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "report/report.h"

uint64_t rpt_addr_hash(const struct rpt_addr *a)
{
	/* FNV-1a, then the splitmix64 finaliser so every bit is mixed: HLL
	 * takes its register index from the top bits. */
	uint64_t h = 1469598103934665603ull;
	size_t n = a->family == AF_INET ? 4 : 16;

	h = (h ^ a->family) * 1099511628211ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ a->a[i]) * 1099511628211ull;
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebull;
	h ^= h >> 31;
	return h;
}

int rpt_addr_cmp(const struct rpt_addr *x, const struct rpt_addr *y)
{
	if (x->family != y->family)
		return x->family < y->family ? -1 : 1;
	return memcmp(x->a, y->a, x->family == AF_INET ? 4 : 16);
}

static bool addr_eq(const struct rpt_addr *x, const struct rpt_addr *y)
{
	uint32_t x4, y4;

	if (x->family != y->family)
		return false;
	if (x->family != AF_INET)
		return !memcmp(x->a, y->a, 16);
	/* one compare, not a call: distinct sets are searched on every event */
	memcpy(&x4, x->a, 4);
	memcpy(&y4, y->a, 4);
	return x4 == y4;
}

/*
 * Dotted-quad IPv4 exactly as inet_pton(AF_INET) takes it (four decimal
 * parts of 0-255, no leading zero, nothing else), into a[0..3]; -1 for
 * anything else, which then goes to inet_pton. inet_pton was 5% of a
 * report, most addresses being IPv4.
 */
static int ipv4_quad(const char *s, uint8_t a[4])
{
	for (int part = 0; part < 4; part++) {
		unsigned v = 0, digits = 0;

		while (*s >= '0' && *s <= '9') {
			if (digits && v == 0)
				return -1;          /* a leading zero */
			v = v * 10 + (unsigned)(*s++ - '0');
			if (++digits > 3 || v > 255)
				return -1;
		}
		if (!digits || *s != (part < 3 ? '.' : '\0'))
			return -1;
		a[part] = (uint8_t)v;
		s++;
	}
	return 0;
}

int rpt_addr_parse(const char *s, struct rpt_addr *out)
{
	memset(out, 0, sizeof(*out));
	if (ipv4_quad(s, out->a) == 0) {
		out->family = AF_INET;
		return 0;
	}
	memset(out->a, 0, 4);
	if (inet_pton(AF_INET, s, out->a) == 1) {
		out->family = AF_INET;
		return 0;
	}
	if (inet_pton(AF_INET6, s, out->a) == 1) {
		out->family = AF_INET6;
		return 0;
	}
	return -1;
}

static const uint8_t v4mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

bool rpt_addr_is_wildcard(const struct rpt_addr *a)
{
	static const uint8_t zero[16];

	return (a->family == AF_INET || a->family == AF_INET6) &&
	       !memcmp(a->a, zero, a->family == AF_INET ? 4 : 16);
}

bool rpt_addr_is_loopback(const struct rpt_addr *a)
{
	static const uint8_t one[16] = { [15] = 1 };

	if (a->family == AF_INET)
		return a->a[0] == 127;
	if (a->family != AF_INET6)
		return false;
	return !memcmp(a->a, one, 16) || (!memcmp(a->a, v4mapped, 12) && a->a[12] == 127);
}

static void hll_add_hash(uint8_t *regs, uint64_t h)
{
	unsigned idx = (unsigned)(h >> (64 - RPT_HLL_BITS));
	uint64_t rest = h << RPT_HLL_BITS;
	/* rank: position of the first 1 bit in the remaining 54 bits */
	unsigned rank = rest ? (unsigned)__builtin_clzll(rest) + 1 : 64 - RPT_HLL_BITS + 1;

	if (rank > regs[idx])
		regs[idx] = (uint8_t)rank;
}

const struct rpt_addr *rpt_distinct_at(const struct rpt_distinct *d, uint32_t i)
{
	return i < RPT_EXACT_INLINE ? &d->in[i] : &d->more[i - RPT_EXACT_INLINE];
}

static int to_hll(struct rpt_distinct *d)
{
	uint8_t *regs = calloc(RPT_HLL_REGS, 1);

	if (!regs)
		return -1;
	for (uint32_t i = 0; i < d->n; i++)
		hll_add_hash(regs, rpt_addr_hash(rpt_distinct_at(d, i)));
	free(d->more);
	d->more = NULL;
	d->hll = regs;
	d->n = 0;
	return 0;
}

void rpt_distinct_add(struct rpt_distinct *d, const struct rpt_addr *a)
{
	if (d->hll) {
		hll_add_hash(d->hll, rpt_addr_hash(a));
		return;
	}
	for (uint32_t i = 0; i < d->n; i++)
		if (addr_eq(rpt_distinct_at(d, i), a))
			return;
	if (d->n < RPT_EXACT_INLINE) {
		d->in[d->n++] = *a;
		return;
	}
	if (d->n < RPT_EXACT_MAX) {
		if (!d->more) {
			d->more = malloc((RPT_EXACT_MAX - RPT_EXACT_INLINE) * sizeof(*d->more));
			if (!d->more)
				goto sketch;
		}
		d->more[d->n++ - RPT_EXACT_INLINE] = *a;
		return;
	}
sketch:
	if (to_hll(d))
		return; /* out of memory: stays an exact (under-)count */
	hll_add_hash(d->hll, rpt_addr_hash(a));
}

int rpt_distinct_merge(struct rpt_distinct *d, const struct rpt_distinct *from)
{
	if (!from->hll) {
		for (uint32_t i = 0; i < from->n; i++)
			rpt_distinct_add(d, rpt_distinct_at(from, i));
		return 0;
	}
	if (!d->hll && to_hll(d))
		return -1;
	for (unsigned i = 0; i < RPT_HLL_REGS; i++)
		if (from->hll[i] > d->hll[i])
			d->hll[i] = from->hll[i];
	return 0;
}

/* Natural log for x >= 1, without libm (not linked): x = 2^k * y with
 * y in [1,2), ln y = 2 atanh((y-1)/(y+1)) as a series. */
static double ln(double x)
{
	double y = x, t, t2, term, sum = 0;
	int k = 0;

	while (y >= 2) {
		y /= 2;
		k++;
	}
	t = (y - 1) / (y + 1);
	t2 = t * t;
	term = t;
	for (int n = 1; n < 40; n += 2) {
		sum += term / n;
		term *= t2;
	}
	return k * 0.69314718055994530942 + 2 * sum;
}

uint64_t rpt_distinct_count(const struct rpt_distinct *d)
{
	const double m = RPT_HLL_REGS;
	double sum = 0, est;
	unsigned zeros = 0;

	if (!d->hll)
		return d->n;
	for (unsigned i = 0; i < RPT_HLL_REGS; i++) {
		sum += 1.0 / (double)(1ull << d->hll[i]);
		zeros += !d->hll[i];
	}
	est = 0.7213 / (1 + 1.079 / m) * m * m / sum;
	if (est <= 2.5 * m && zeros)
		est = m * ln(m / zeros);
	/* never below what the exact phase had already seen */
	return est < RPT_EXACT_MAX + 1 ? RPT_EXACT_MAX + 1 : (uint64_t)(est + 0.5);
}

uint32_t rpt_distinct_sorted(const struct rpt_distinct *d, struct rpt_addr out[RPT_EXACT_MAX])
{
	if (d->hll)
		return 0;
	for (uint32_t i = 0; i < d->n; i++)
		out[i] = *rpt_distinct_at(d, i);
	for (uint32_t i = 1; i < d->n; i++)
		for (uint32_t j = i; j && rpt_addr_cmp(&out[j - 1], &out[j]) > 0; j--) {
			struct rpt_addr t = out[j];

			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	return d->n;
}

bool rpt_distinct_exact(const struct rpt_distinct *d)
{
	return !d->hll;
}

void rpt_distinct_free(struct rpt_distinct *d)
{
	free(d->hll);
	free(d->more);
	d->hll = NULL;
	d->more = NULL;
	d->n = 0;
}
