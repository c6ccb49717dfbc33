// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Forward-secure sealing (seal.h): key evolution and HMAC, both Nettle's. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/hmac.h>
#include <nettle/sha2.h>

#include "common/input.h"
#include "evidence/seal.h"

#define EVOLVE_TAG "sockwatch-seal-evolve-v1\n"

/* Everything key-derived lives in this page, nowhere else. */
struct seal {
	unsigned char key[SEAL_KEY_LEN];
	unsigned char next[SEAL_KEY_LEN];
	struct hmac_sha256_ctx hmac;
	struct sha256_ctx sha;
	uint64_t epoch;
};

static size_t page_size(void)
{
	long p = sysconf(_SC_PAGESIZE);

	return p > 0 && (size_t)p >= sizeof(struct seal) ? (size_t)p : 4096;
}

static int seal_alloc(struct seal **out)
{
	size_t len = page_size();
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	*out = NULL;
	if (p == MAP_FAILED)
		return -errno;
	/* never in swap, never in a core dump */
	if (mlock(p, len)) {
		int e = -errno;

		munmap(p, len);
		return e;
	}
	madvise(p, len, MADV_DONTDUMP);
	*out = p;
	return 0;
}

void seal_free(struct seal *s)
{
	size_t len = page_size();

	if (!s)
		return;
	explicit_bzero(s, len);
	munlock(s, len);
	munmap(s, len);
}

int seal_from_key(struct seal **out, const unsigned char key[SEAL_KEY_LEN])
{
	int e = seal_alloc(out);

	if (e)
		return e;
	memcpy((*out)->key, key, SEAL_KEY_LEN);
	return 0;
}

static void hex(char *out, const unsigned char *in, size_t n)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

int seal_create(struct seal **out, char *key_hex)
{
	int e = seal_alloc(out);
	size_t got = 0;

	if (e)
		return e;
	while (got < SEAL_KEY_LEN) {
		ssize_t n = getrandom((*out)->key + got, SEAL_KEY_LEN - got, 0);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			e = n < 0 ? -errno : -EIO;
			seal_free(*out);
			*out = NULL;
			return e;
		}
		got += (size_t)n;
	}
	hex(key_hex, (*out)->key, SEAL_KEY_LEN);
	return 0;
}

void seal_next(struct seal *s, const unsigned char prev_chain[32], const char *prefix,
	       size_t len, unsigned char mac[SEAL_KEY_LEN])
{
	hmac_sha256_set_key(&s->hmac, SEAL_KEY_LEN, s->key);
	hmac_sha256_update(&s->hmac, 32, prev_chain);
	hmac_sha256_update(&s->hmac, len, (const uint8_t *)prefix);
	hmac_sha256_digest(&s->hmac, SEAL_KEY_LEN, mac);

	sha256_init(&s->sha);
	sha256_update(&s->sha, sizeof(EVOLVE_TAG) - 1, (const uint8_t *)EVOLVE_TAG);
	sha256_update(&s->sha, SEAL_KEY_LEN, s->key);
	sha256_digest(&s->sha, SEAL_KEY_LEN, s->next);
	/* the key just used, and the HMAC state derived from it, are gone */
	memcpy(s->key, s->next, SEAL_KEY_LEN);
	explicit_bzero(s->next, sizeof(s->next));
	explicit_bzero(&s->hmac, sizeof(s->hmac));
	explicit_bzero(&s->sha, sizeof(s->sha));
	s->epoch++;
}

uint64_t seal_epoch(const struct seal *s)
{
	return s->epoch;
}

int seal_parse_key(const char *text, unsigned char key[SEAL_KEY_LEN], char *err,
		   size_t errlen)
{
	const char *p = text, *end;
	size_t n;

	while (isspace((unsigned char)*p))
		p++;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char)end[-1]))
		end--;
	n = (size_t)(end - p);
	if (n != SEAL_HEX_LEN) {
		snprintf(err, errlen, "a seal key is %d hex digits, this is %zu characters",
			 SEAL_HEX_LEN, n);
		return -1;
	}
	for (size_t i = 0; i < SEAL_KEY_LEN; i++) {
		int v = 0;

		for (int j = 0; j < 2; j++) {
			int c = tolower((unsigned char)p[2 * i + j]);

			if (!isxdigit(c)) {
				snprintf(err, errlen, "a seal key is %d hex digits; '%c' is not one",
					 SEAL_HEX_LEN, p[2 * i + j]);
				explicit_bzero(key, SEAL_KEY_LEN);
				return -1;
			}
			v = v << 4 | (isdigit(c) ? c - '0' : c - 'a' + 10);
		}
		key[i] = (unsigned char)v;
	}
	return 0;
}

int seal_read_key_file(const char *path, unsigned char key[SEAL_KEY_LEN], char *err,
		       size_t errlen)
{
	char buf[256];
	size_t n;
	FILE *f;
	int e = input_fopen(path, &f), r;

	if (e) {
		snprintf(err, errlen, "%s: %s", path, input_strerror(e));
		return -1;
	}
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* the file may carry a comment line after the key (record writes one) */
	buf[strcspn(buf, "\n")] = '\0';
	r = seal_parse_key(buf, key, err, errlen);
	explicit_bzero(buf, sizeof(buf));
	if (r) {
		char why[160];

		snprintf(why, sizeof(why), "%s", err);
		snprintf(err, errlen, "%s: %s", path, why);
		return -2;
	}
	return 0;
}

int seal_write_key_file(const char *path, const char *key_hex, const char *record_id,
			char *err, size_t errlen)
{
	char buf[256];
	int fd, n, e = 0;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		e = -errno;
		snprintf(err, errlen, "--key-file: cannot create %s: %s%s", path, strerror(-e),
			 e == -EEXIST ? " (a key is never overwritten; choose a new name)" : "");
		return e;
	}
	n = snprintf(buf, sizeof(buf), "%s\n# sockwatch seal key of record %s: keep it off "
		     "this host; 'sockwatch verify --key-file FILE DIR' checks the record\n",
		     key_hex, record_id);
	if (write(fd, buf, (size_t)n) != n || fsync(fd))
		e = errno ? -errno : -EIO;
	explicit_bzero(buf, sizeof(buf));
	if (close(fd) && !e)
		e = -errno;
	if (e) {
		unlink(path);
		snprintf(err, errlen, "--key-file: writing %s: %s", path, strerror(-e));
	}
	return e;
}
