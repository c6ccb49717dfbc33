/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The streaming JSON writer (user/output/json_writer.h): commas, nesting,
 * escaping, overflow of a fixed buffer, and a file sink larger than its
 * buffer; json-c is the oracle for validity. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-c/json.h>

#include "output/json_writer.h"

static void expect(struct jw *w, const char *want)
{
	assert_true(jw_ok(w));
	assert_int_equal(jw_len(w), strlen(want));
	assert_memory_equal(w->buf, want, strlen(want));
}

static void test_nesting_and_commas(void **state)
{
	char buf[256];
	struct jw w;

	(void)state;
	jw_init_buf(&w, buf, sizeof(buf));
	jw_object_start(&w);
	JW_KEY(&w, "a");
	jw_u64(&w, 1);
	JW_KEY(&w, "b");
	jw_array_start(&w);
	jw_i64(&w, -5);
	jw_null(&w);
	jw_bool(&w, true);
	jw_array_start(&w);
	jw_array_end(&w);
	jw_object_start(&w);
	jw_object_end(&w);
	jw_array_end(&w);
	JW_KEY(&w, "c");
	jw_str(&w, NULL);
	jw_key(&w, "d\"e");
	jw_i64(&w, -9223372036854775807LL - 1);
	jw_object_end(&w);
	jw_newline(&w);
	expect(&w, "{\"a\":1,\"b\":[-5,null,true,[],{}],\"c\":null,"
		   "\"d\\\"e\":-9223372036854775808}\n");
	assert_int_equal(jw_finish(&w), 0);
}

static void test_lines_start_afresh(void **state)
{
	char buf[64];
	struct jw w;

	(void)state;
	jw_init_buf(&w, buf, sizeof(buf));
	for (int i = 0; i < 2; i++) {
		jw_object_start(&w);
		JW_KEY(&w, "n");
		jw_u64(&w, (unsigned)i);
		jw_object_end(&w);
		jw_newline(&w);
	}
	expect(&w, "{\"n\":0}\n{\"n\":1}\n");
}

static void test_escapes(void **state)
{
	char buf[256];
	struct jw w;

	(void)state;
	jw_init_buf(&w, buf, sizeof(buf));
	jw_array_start(&w);
	jw_strn(&w, "a\"\\\n\x01\xff", 6);
	jw_str(&w, "caf\xc3\xa9");
	jw_array_end(&w);
	expect(&w, "[\"a\\\"\\\\\\n\\u0001\xef\xbf\xbd\",\"caf\xc3\xa9\"]");
}

/* What does not fit is flagged, and nothing after it is written: a line is
 * whole or refused, never spliced. */
static void test_overflow_is_sticky(void **state)
{
	char buf[16];
	struct jw w;

	(void)state;
	jw_init_buf(&w, buf, sizeof(buf));
	jw_object_start(&w);
	JW_KEY(&w, "k");
	jw_str(&w, "a string far longer than sixteen bytes");
	size_t at = jw_len(&w);
	jw_u64(&w, 1);
	jw_object_end(&w);
	assert_false(jw_ok(&w));
	assert_int_equal(jw_len(&w), at);
	assert_int_equal(jw_finish(&w), -1);
}

static void test_unbalanced_is_an_error(void **state)
{
	char buf[16];
	struct jw w;

	(void)state;
	jw_init_buf(&w, buf, sizeof(buf));
	jw_object_start(&w);
	assert_int_equal(jw_finish(&w), -1);
	jw_init_buf(&w, buf, sizeof(buf));
	jw_object_end(&w);
	assert_false(jw_ok(&w));
}

/* A file sink takes output far beyond its buffer, and one value larger
 * than the buffer, and json-c reads all of it back. */
static void test_file_sink(void **state)
{
	char *mem = NULL, *big = malloc(200000);
	size_t memlen = 0;
	FILE *f = open_memstream(&mem, &memlen);
	struct jw w;

	(void)state;
	assert_non_null(f);
	assert_non_null(big);
	memset(big, 'x', 199999);
	big[199999] = '\0';
	assert_int_equal(jw_init_file(&w, f), 0);
	jw_array_start(&w);
	for (unsigned i = 0; i < 20000; i++)
		jw_u64(&w, i);
	jw_str(&w, big);
	jw_array_end(&w);
	assert_int_equal(jw_finish(&w), 0);
	fclose(f);
	struct json_object *o = json_tokener_parse(mem);

	assert_non_null(o);
	assert_int_equal(json_object_array_length(o), 20001);
	assert_int_equal(json_object_get_int(json_object_array_get_idx(o, 19999)), 19999);
	assert_string_equal(json_object_get_string(json_object_array_get_idx(o, 20000)), big);
	json_object_put(o);
	free(mem);
	free(big);
}

/* What the pretty file sink writes for the document build() makes. */
static char *pretty_doc(void (*build)(struct jw *), size_t *len)
{
	char *mem = NULL;
	FILE *f = open_memstream(&mem, len);
	struct jw w;

	assert_non_null(f);
	assert_int_equal(jw_init_file_pretty(&w, f), 0);
	build(&w);
	jw_newline(&w);
	assert_int_equal(jw_finish(&w), 0);
	fclose(f);
	return mem;
}

static void nested_doc(struct jw *w)
{
	jw_object_start(w);
	JW_KEY(w, "a");
	jw_object_start(w);
	jw_object_end(w);
	JW_KEY(w, "b");
	jw_array_start(w);
	jw_object_start(w);
	JW_KEY(w, "x");
	jw_array_start(w);
	jw_array_end(w);
	JW_KEY(w, "n");
	jw_i64(w, -3);
	JW_KEY(w, "s");
	jw_str(w, "a/b \"q\" caf\xc3\xa9");
	jw_object_end(w);
	jw_null(w);
	jw_bool(w, true);
	jw_array_end(w);
	jw_key(w, "c");
	jw_u64(w, 18446744073709551615ULL);
	jw_object_end(w);
}

static void empty_doc(struct jw *w)
{
	jw_array_start(w);
	jw_array_end(w);
}

/* The pretty sink lays a document out as json-c's JSON_C_TO_STRING_PRETTY
 * did when it wrote the report (the report's JSON must not change a byte):
 * the same tree built in both, compared byte for byte, empty containers
 * and nulls in arrays included; an empty document too. */
static void test_pretty_is_jsonc_pretty(void **state)
{
	struct json_object *root = json_object_new_object(), *a = json_object_new_array(),
			   *o = json_object_new_object(), *empty = json_object_new_array();

	(void)state;
	json_object_object_add(root, "a", json_object_new_object());
	json_object_object_add(o, "x", json_object_new_array());
	json_object_object_add(o, "n", json_object_new_int64(-3));
	json_object_object_add(o, "s", json_object_new_string("a/b \"q\" caf\xc3\xa9"));
	json_object_array_add(a, o);
	json_object_array_add(a, NULL);
	json_object_array_add(a, json_object_new_boolean(1));
	json_object_object_add(root, "b", a);
	json_object_object_add(root, "c", json_object_new_uint64(18446744073709551615ULL));

	struct { void (*build)(struct jw *); struct json_object *tree; } docs[] = {
		{ nested_doc, root },
		{ empty_doc, empty },
	};

	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		const char *want = json_object_to_json_string_ext(docs[i].tree,
			JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
		size_t len = 0;
		char *got = pretty_doc(docs[i].build, &len);

		assert_non_null(want);
		assert_int_equal(len, strlen(want) + 1);
		assert_memory_equal(got, want, strlen(want));
		assert_int_equal(got[len - 1], '\n');
		free(got);
		json_object_put(docs[i].tree);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nesting_and_commas),
		cmocka_unit_test(test_lines_start_afresh),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_overflow_is_sticky),
		cmocka_unit_test(test_unbalanced_is_an_error),
		cmocka_unit_test(test_file_sink),
		cmocka_unit_test(test_pretty_is_jsonc_pretty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
