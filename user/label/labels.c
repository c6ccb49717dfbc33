/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#include "common/opts.h"
#include "label/labels.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/input.h"

#define NPORTS 65536u

/* ---- port classes ---------------------------------------------------- */

static const char *const class_names[PORT_CLASS_COUNT] = {
	[PORT_WELL_KNOWN] = "well-known",
	[PORT_REGISTERED] = "registered",
	[PORT_DYNAMIC] = "dynamic",
};

enum port_class port_class_of(unsigned port)
{
	if (port <= 1023)
		return PORT_WELL_KNOWN;
	if (port <= 49151)
		return PORT_REGISTERED;
	return PORT_DYNAMIC;
}

const char *port_class_name(enum port_class c)
{
	/* Cast: the enum's signedness is implementation-defined, and a
	 * negative garbage value must not index the array. */
	if ((unsigned)c >= PORT_CLASS_COUNT)
		return "unknown";
	return class_names[c];
}

/* Service and protocol names are ASCII by construction (non-printable
 * bytes are rejected on load), so a locale-free compare is both correct
 * and immune to odd LC_CTYPE settings such as the Turkish dotless i. */
static int ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static bool ascii_ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
			return false;
	return *a == *b;
}

static bool ascii_ieq_n(const char *a, size_t alen, const char *lit)
{
	size_t n = strlen(lit);

	if (alen != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ascii_lower((unsigned char)a[i]) != lit[i])
			return false;
	return true;
}

int port_class_parse(const char *name, enum port_class *out)
{
	if (!name)
		return -1;
	for (int c = 0; c < PORT_CLASS_COUNT; c++) {
		if (ascii_ieq(name, class_names[c])) {
			if (out)
				*out = (enum port_class)c;
			return 0;
		}
	}
	return -1;
}

/* ---- service table --------------------------------------------------- */

/*
 * Names are stored as 32-bit offsets rather than pointers: two 65536-slot
 * arrays are 512 KiB this way instead of 1 MiB, and lookups stay a single
 * index. Offset 0 means "no name". Offsets below services_iana_pool_size
 * point into the embedded pool (whose byte 0 is a dummy, which is what
 * frees 0 up as the sentinel); larger ones point into the overlay arena.
 *
 * The arena is a list of fixed blocks rather than one realloc'd buffer so
 * that a pointer handed out by services_lookup() stays valid when a later
 * overlay adds names.
 */
#define ARENA_BLOCK 4096u

struct services {
	uint32_t name[2][NPORTS]; /* [0] tcp, [1] udp */
	char **blocks;
	size_t nblocks, blocks_cap;
	size_t used; /* bytes used in the last block */
};

static int proto_index(int proto)
{
	if (proto == IPPROTO_TCP)
		return 0;
	if (proto == IPPROTO_UDP)
		return 1;
	return -1;
}

static const char *name_at(const struct services *s, uint32_t off)
{
	if (off == 0)
		return NULL;
	if (off < services_iana_pool_size)
		return services_iana_pool + off;
	off -= (uint32_t)services_iana_pool_size;
	return s->blocks[off / ARENA_BLOCK] + off % ARENA_BLOCK;
}

/* Returns the new name's offset, or 0 when out of memory. */
static uint32_t arena_add(struct services *s, const char *name, size_t len)
{
	if (s->nblocks == 0 || s->used + len + 1 > ARENA_BLOCK) {
		/* Offsets must stay representable in 32 bits. */
		if ((uint64_t)services_iana_pool_size +
			    (uint64_t)(s->nblocks + 1) * ARENA_BLOCK > UINT32_MAX)
			return 0;
		if (s->nblocks == s->blocks_cap) {
			size_t cap = s->blocks_cap ? s->blocks_cap * 2 : 4;
			char **nb = realloc(s->blocks, cap * sizeof(*nb));

			if (!nb)
				return 0;
			s->blocks = nb;
			s->blocks_cap = cap;
		}
		char *blk = malloc(ARENA_BLOCK);

		if (!blk)
			return 0;
		s->blocks[s->nblocks++] = blk;
		s->used = 0;
	}
	char *dst = s->blocks[s->nblocks - 1] + s->used;
	uint32_t off = (uint32_t)(services_iana_pool_size +
				  (s->nblocks - 1) * ARENA_BLOCK + s->used);

	memcpy(dst, name, len);
	dst[len] = '\0';
	s->used += len + 1;
	return off;
}

struct services *services_new(void)
{
	struct services *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	for (size_t i = 0; i < services_iana_count; i++) {
		const struct services_iana_entry *e = &services_iana_table[i];

		if (e->protos & SERVICES_IANA_TCP)
			s->name[0][e->port] = e->name_off;
		if (e->protos & SERVICES_IANA_UDP)
			s->name[1][e->port] = e->name_off;
	}
	return s;
}

void services_free(struct services *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nblocks; i++)
		free(s->blocks[i]);
	free(s->blocks);
	free(s);
}

const char *services_lookup(const struct services *s, unsigned port, int proto)
{
	int pi = proto_index(proto);

	if (!s || pi < 0 || port >= NPORTS)
		return NULL;
	return name_at(s, s->name[pi][port]);
}

size_t services_ports_of(const struct services *s, const char *name, int proto,
			 void (*fn)(void *ctx, unsigned port), void *ctx)
{
	int pi = proto_index(proto);
	size_t hits = 0;
	uint32_t last_off = 0;
	bool last_match = false;

	if (!s || !name || pi < 0)
		return 0;
	for (unsigned port = 0; port < NPORTS; port++) {
		uint32_t off = s->name[pi][port];

		if (off == 0)
			continue;
		/* Ranges (x11 6000-6063) share one offset; skip re-comparing. */
		if (off != last_off) {
			last_off = off;
			last_match = ascii_ieq(name_at(s, off), name);
		}
		if (last_match) {
			hits++;
			if (fn)
				fn(ctx, port);
		}
	}
	return hits;
}

/* ---- parsing helpers ------------------------------------------------- */

/* Copy a user-supplied token into a message safely: it may hold control
 * bytes (terminal escapes) or be huge, and it ends up on someone's tty. */
static void quote_token(char *dst, size_t dstlen, const char *tok, size_t len)
{
	const size_t keep = 32;
	size_t n = 0;

	if (dstlen == 0)
		return;
	for (size_t i = 0; i < len && i < keep && n + 1 < dstlen; i++) {
		unsigned char c = (unsigned char)tok[i];

		dst[n++] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
	}
	if (len > keep)
		for (int i = 0; i < 3 && n + 1 < dstlen; i++)
			dst[n++] = '.';
	dst[n] = '\0';
}

/* Message = pre + 'token' + post. */
static void set_err(char *err, size_t errlen, const char *pre, const char *tok,
		    size_t toklen, const char *post)
{
	char q[48];

	if (!err || errlen == 0)
		return;
	quote_token(q, sizeof(q), tok, toklen);
	snprintf(err, errlen, "%s'%s'%s", pre, q, post);
}

static bool all_digits(const char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (p[i] < '0' || p[i] > '9')
			return false;
	return len > 0;
}

int label_parse_port_spec(const char *spec, unsigned *port_out, int *proto_out,
			  char *err, size_t errlen)
{
	if (err && errlen)
		err[0] = '\0';
	if (!spec || !*spec) {
		if (err && errlen)
			snprintf(err, errlen, "empty port spec");
		return -1;
	}

	const char *slash = strchr(spec, '/');
	size_t plen = slash ? (size_t)(slash - spec) : strlen(spec);
	unsigned port = 0;
	int proto = 0;

	if (plen == 0) {
		set_err(err, errlen, "missing port in ", spec, strlen(spec), "");
		return -1;
	}
	enum opt_port_rc rc = opt_port_num(spec, plen, &port);
	/* "-1" reads better as out of range than as not-a-number. */
	if (rc == OPT_PORT_NOT_NUMBER && spec[0] == '-' &&
	    all_digits(spec + 1, plen - 1))
		rc = OPT_PORT_RANGE;
	if (rc == OPT_PORT_RANGE) {
		set_err(err, errlen, "port ", spec, plen, " out of range (0-65535)");
		return -1;
	}
	if (rc == OPT_PORT_NOT_NUMBER) {
		set_err(err, errlen, "port ", spec, plen,
			" is not a decimal number");
		return -1;
	}

	if (slash) {
		const char *p = slash + 1;
		size_t len = strlen(p);

		if (ascii_ieq_n(p, len, "tcp")) {
			proto = IPPROTO_TCP;
		} else if (ascii_ieq_n(p, len, "udp")) {
			proto = IPPROTO_UDP;
		} else if (len == 0) {
			set_err(err, errlen, "missing protocol after '/' in ",
				spec, strlen(spec), "");
			return -1;
		} else {
			set_err(err, errlen, "unknown protocol ", p, len,
				" (expected tcp or udp)");
			return -1;
		}
	}
	if (port_out)
		*port_out = port;
	if (proto_out)
		*proto_out = proto;
	return 0;
}

/* ---- services(5) loading --------------------------------------------- */

enum { PROTO_BAD = -1, PROTO_SKIP = -2 };

/* Returns 0 (tcp), 1 (udp), PROTO_SKIP for a real protocol sockwatch does
 * not track, PROTO_BAD for anything else. */
static int classify_proto(const char *p, size_t len)
{
	static const char *const skip[] = { "sctp", "dccp", "ddp", "udplite",
					    "divert" };

	if (ascii_ieq_n(p, len, "tcp"))
		return 0;
	if (ascii_ieq_n(p, len, "udp"))
		return 1;
	for (size_t i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (ascii_ieq_n(p, len, skip[i]))
			return PROTO_SKIP;
	return PROTO_BAD;
}

struct line_ctx {
	struct services *s;
	uint8_t *seen; /* bitmap [2][NPORTS]: slots already set by this file */
	services_error_fn on_error;
	void *ctx;
	const char *path;
	unsigned lineno;
};

static void report(struct line_ctx *lc, const char *pre, const char *tok,
		   size_t toklen, const char *post)
{
	char msg[160];

	if (!lc->on_error)
		return;
	set_err(msg, sizeof(msg), pre, tok, toklen, post);
	lc->on_error(lc->ctx, lc->path, lc->lineno, msg);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Returns 0, or -ENOMEM. Malformed lines are reported and return 0. */
static int parse_line(struct line_ctx *lc, const char *buf, size_t len)
{
	const char *hash = memchr(buf, '#', len);
	const char *tok[2];
	size_t toklen[2];
	size_t ntok = 0, i = 0;

	if (hash)
		len = (size_t)(hash - buf);
	while (ntok < 2) {
		while (i < len && is_blank(buf[i]))
			i++;
		if (i == len)
			break;
		tok[ntok] = buf + i;
		while (i < len && !is_blank(buf[i]))
			i++;
		toklen[ntok] = (size_t)(buf + i - tok[ntok]);
		ntok++;
	}
	if (ntok == 0)
		return 0;

	const char *name = tok[0];
	size_t nlen = toklen[0];

	if (nlen > SERVICES_NAME_MAX) {
		report(lc, "service name ", name, nlen,
		       " longer than 63 bytes");
		return 0;
	}
	for (size_t k = 0; k < nlen; k++) {
		unsigned char c = (unsigned char)name[k];

		if (c < 0x21 || c > 0x7e) {
			report(lc, "service name ", name, nlen,
			       " contains a non-printable byte");
			return 0;
		}
	}
	if (ntok < 2) {
		report(lc, "missing port/protocol after ", name, nlen, "");
		return 0;
	}

	const char *pp = tok[1], *end = tok[1] + toklen[1];
	const char *slash = memchr(pp, '/', toklen[1]);

	if (!slash) {
		report(lc, "missing protocol in ", pp, toklen[1],
		       " (expected PORT/PROTO)");
		return 0;
	}

	/* Port or Wireshark-style range LO-HI. */
	unsigned lo = 0, hi = 0;
	enum opt_port_rc rc = opt_port_span(pp, (size_t)(slash - pp), &lo, &hi);

	if (rc == OPT_PORT_RANGE) {
		report(lc, "port ", pp, (size_t)(slash - pp),
		       " out of range (0-65535)");
		return 0;
	}
	if (rc == OPT_PORT_NOT_NUMBER) {
		report(lc, "port ", pp, (size_t)(slash - pp),
		       " is not a decimal number");
		return 0;
	}
	if (rc == OPT_PORT_BACKWARDS) {
		report(lc, "port range ", pp, (size_t)(slash - pp),
		       " is backwards");
		return 0;
	}

	/* Validate every protocol before applying any, so a bad line leaves
	 * no partial effect. */
	unsigned want = 0; /* bit 0 tcp, bit 1 udp */

	for (const char *p = slash + 1;;) {
		const char *q = memchr(p, '/', (size_t)(end - p));
		size_t plen = (size_t)((q ? q : end) - p);
		int c = classify_proto(p, plen);

		if (c == PROTO_BAD) {
			if (plen == 0)
				report(lc, "empty protocol in ", pp, toklen[1],
				       "");
			else
				report(lc, "unknown protocol ", p, plen, "");
			return 0;
		}
		if (c >= 0)
			want |= 1u << c;
		if (!q)
			break;
		p = q + 1;
	}

	uint32_t off = 0;

	for (unsigned port = lo; port <= hi; port++) {
		for (int pi = 0; pi < 2; pi++) {
			size_t bit = (size_t)pi * NPORTS + port;
			uint32_t *slot = &lc->s->name[pi][port];

			if (!(want & (1u << pi)))
				continue;
			if (lc->seen[bit / 8] & (1u << (bit % 8)))
				continue; /* first entry in this file wins */
			lc->seen[bit / 8] |= (uint8_t)(1u << (bit % 8));
			if (off == 0) {
				/* Overlays mostly restate IANA names; reuse
				 * the existing copy instead of growing the
				 * arena. */
				const char *cur = name_at(lc->s, *slot);

				if (cur && strlen(cur) == nlen &&
				    memcmp(cur, name, nlen) == 0)
					off = *slot;
				else
					off = arena_add(lc->s, name, nlen);
				if (off == 0)
					return -ENOMEM;
			}
			*slot = off;
		}
	}
	return 0;
}

/*
 * Reads one line into buf (at most cap bytes kept, no terminator added).
 * Returns 1 with *len set, 0 at end of file, -1 on read error. *too_long
 * is set when the line did not fit; the rest of it is consumed, so a long
 * line costs one error rather than turning into several garbage lines.
 */
static int read_line(FILE *f, char *buf, size_t cap, size_t *len,
		     bool *too_long)
{
	size_t n = 0;
	bool any = false;
	int c;

	*too_long = false;
	while ((c = getc_unlocked(f)) != EOF) {
		any = true;
		if (c == '\n')
			break;
		if (n < cap)
			buf[n++] = (char)c;
		else
			*too_long = true;
	}
	if (c == EOF && ferror(f))
		return -1;
	if (!any)
		return 0;
	if (!*too_long && n > 0 && buf[n - 1] == '\r')
		n--;
	*len = n;
	return 1;
}

int services_load_file(struct services *s, const char *path,
		       services_error_fn on_error, void *ctx)
{
	/* +1 so that a line of exactly SERVICES_LINE_MAX bytes plus '\r'
	 * still fits and is recognised as CRLF rather than too long. */
	char buf[SERVICES_LINE_MAX + 1];
	struct line_ctx lc = {
		.s = s, .on_error = on_error, .ctx = ctx, .path = path,
	};
	int ret = 0;
	FILE *f;

	if (!s || !path)
		return -EINVAL;
	ret = input_fopen(path, &f);
	if (ret)
		return ret;
	lc.seen = calloc(2 * NPORTS / 8, 1);
	if (!lc.seen) {
		fclose(f);
		return -ENOMEM;
	}
	for (;;) {
		size_t len = 0;
		bool too_long;
		int r = read_line(f, buf, sizeof(buf), &len, &too_long);

		if (r < 0) {
			ret = errno ? -errno : -EIO;
			break;
		}
		if (r == 0)
			break;
		lc.lineno++;
		if (too_long || len > SERVICES_LINE_MAX) {
			if (on_error)
				on_error(ctx, path, lc.lineno,
					 "line too long (over 1024 bytes)");
			continue;
		}
		ret = parse_line(&lc, buf, len);
		if (ret)
			break;
	}
	free(lc.seen);
	fclose(f);
	return ret;
}

int sw_local_port_range(unsigned *lo, unsigned *hi)
{
	FILE *f = fopen("/proc/sys/net/ipv4/ip_local_port_range", "re");
	int n;

	if (!f)
		return -1;
	n = fscanf(f, "%u %u", lo, hi);
	fclose(f);
	return n == 2 && *lo <= *hi && *hi <= 65535 ? 0 : -1;
}
