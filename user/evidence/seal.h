/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Forward-secure sealing of the manifest (manifest.h, format 2).
 *
 * The recorder draws a 256-bit key k_0 from getrandom() at record start and
 * hands it once to the operator, who keeps it off the host. Manifest line i
 * (1-based) is sealed with k_{i-1}:
 *
 *   seal_i  = HMAC-SHA256(k_{i-1}, chain_{i-1} (32 raw bytes) || prefix_i)
 *   k_i     = SHA-256("sockwatch-seal-evolve-v1\n" || k_{i-1})
 *
 * where prefix_i is the line's bytes from '{' up to, not including,
 * ',"seal":"', and chain_{i-1} is the previous line's chain value (the seed
 * for line 1). The seal goes into the line before "chain", so the chain
 * covers it too. As soon as line i is sealed, k_{i-1} is overwritten in
 * memory (explicit_bzero): the recorder only ever holds the key for the
 * next line. SHA-256 does not run backwards, so whoever takes the host
 * after line i was written holds k_i at best and cannot compute any seal
 * of lines 1..i: they can neither alter nor replace what was sealed before
 * they came, nor cut the manifest and append lines of their own in place of
 * the cut ones (line j needs k_{j-1}). The auditor derives every key from
 * k_0. Epochs are line numbers, so there is no gap to hide a cut in.
 *
 * Keys live in one page locked in memory (mlock: never swapped) and left
 * out of core dumps (MADV_DONTDUMP). Primitives are Nettle's.
 */
#ifndef SOCKWATCH_SEAL_H
#define SOCKWATCH_SEAL_H

#include <stddef.h>
#include <stdint.h>

#define SEAL_KEY_LEN 32
#define SEAL_HEX_LEN 64     /* a key or a seal as lower-case hex */
#define SEAL_TAG ",\"seal\":\""

struct seal;

/* A fresh random k_0; its hex goes to key_hex (SEAL_HEX_LEN + 1 bytes),
 * which the caller shows once and then wipes. -errno. */
int seal_create(struct seal **out, char *key_hex);
/* The verifier's state, starting from k_0. -errno. */
int seal_from_key(struct seal **out, const unsigned char key[SEAL_KEY_LEN]);
/* Seal the next line with the current key, then evolve it. */
void seal_next(struct seal *s, const unsigned char prev_chain[32], const char *prefix,
	       size_t len, unsigned char mac[SEAL_KEY_LEN]);
/* Lines sealed (or checked) so far: the epoch of the current key. */
uint64_t seal_epoch(const struct seal *s);
/* Wipe and release. NULL is fine. */
void seal_free(struct seal *s);

/*
 * A key as the operator holds it: 64 lower- or upper-case hex digits,
 * surrounding white space ignored. seal_read_key_file() takes it from a
 * regular file (its first line). 0, or with one line in err -1 when the
 * file cannot be read (a runtime failure), -2 when it holds no key (bad
 * input).
 */
int seal_parse_key(const char *text, unsigned char key[SEAL_KEY_LEN], char *err,
		   size_t errlen);
int seal_read_key_file(const char *path, unsigned char key[SEAL_KEY_LEN], char *err,
		       size_t errlen);
/* Write k_0's hex to a new file (O_EXCL, mode 0600, never through a
 * symlink). -errno with one line in err. */
int seal_write_key_file(const char *path, const char *key_hex, const char *record_id,
			char *err, size_t errlen);

#endif
