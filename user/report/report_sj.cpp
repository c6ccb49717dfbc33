// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * rpt_sj_parse (report_sj.h): one line through simdjson's DOM parser.
 *
 * The DOM parser validates the whole line (structure, UTF-8, every number,
 * every string, nothing after the object) before anything is read, and
 * leaves each string unescaped and NUL-terminated in its own buffer. The
 * line is copied into a buffer with the SIMDJSON_PADDING bytes simdjson
 * reads past the end. Only the value kinds a sockwatch line holds are
 * handed on; a double, a big unsigned number, other nesting or an error
 * returns 0, and json-c reads the line.
 */
#include <simdjson.h>

#include <cstring>
#include <new>

#include "report/report_sj.h"

struct rpt_sj {
	simdjson::dom::parser parser;
	char buf[RPT_SJ_LINE_MAX + simdjson::SIMDJSON_PADDING];
};

extern "C" struct rpt_sj *rpt_sj_new(void)
{
	rpt_sj *sj = new (std::nothrow) rpt_sj;

	if (sj && sj->parser.allocate(RPT_SJ_LINE_MAX, 4) != simdjson::SUCCESS) {
		delete sj;
		return nullptr;
	}
	return sj;
}

extern "C" void rpt_sj_free(struct rpt_sj *sj)
{
	delete sj;
}

static bool str_of(simdjson::dom::element e, const char **s, size_t *len)
{
	std::string_view v;

	if (e.get_string().get(v))
		return false;
	*s = v.data();
	*len = v.size();
	return true;
}

/* {"id":S,"runtime":S}, those two in that order and nothing else */
static bool container(simdjson::dom::object o, rpt_sj_val *v)
{
	int n = 0;

	for (simdjson::dom::key_value_pair kv : o) {
		const char *want = n == 0 ? "id" : "runtime";

		if (n > 1 || kv.key != want)
			return false;
		if (!(n == 0 ? str_of(kv.value, &v->s, &v->len) : str_of(kv.value, &v->s2, &v->len2)))
			return false;
		n++;
	}
	if (n != 2)
		return false;
	v->type = RPT_SJ_CTR;
	return true;
}

extern "C" int rpt_sj_parse(struct rpt_sj *sj, const char *line, size_t len, rpt_sj_field_fn fn,
			    void *ctx)
{
	simdjson::dom::element doc;
	simdjson::dom::object obj;

	if (len > RPT_SJ_LINE_MAX)
		return 0;
	std::memcpy(sj->buf, line, len);
	std::memset(sj->buf + len, 0, simdjson::SIMDJSON_PADDING);
	if (sj->parser.parse(sj->buf, len, false).get(doc) || doc.get_object().get(obj))
		return 0;
	for (simdjson::dom::key_value_pair kv : obj) {
		rpt_sj_val v = {};

		switch (kv.value.type()) {
		case simdjson::dom::element_type::NULL_VALUE:
			v.type = RPT_SJ_NULL;
			break;
		case simdjson::dom::element_type::STRING:
			v.type = RPT_SJ_STR;
			if (!str_of(kv.value, &v.s, &v.len))
				return 0;
			break;
		case simdjson::dom::element_type::INT64:
			v.type = RPT_SJ_INT;
			if (kv.value.get_int64().get(v.i))
				return 0;
			break;
		case simdjson::dom::element_type::BOOL:
			v.type = RPT_SJ_BOOL;
			if (kv.value.get_bool().get(v.b))
				return 0;
			break;
		case simdjson::dom::element_type::ARRAY: {
			simdjson::dom::array a;

			if (kv.value.get_array().get(a))
				return 0;
			for (simdjson::dom::element e : a)
				if (!e.is_string())
					return 0;
			v.type = RPT_SJ_STR_ARRAY;
			break;
		}
		case simdjson::dom::element_type::OBJECT: {
			simdjson::dom::object o;

			if (kv.value.get_object().get(o) || !container(o, &v))
				return 0;
			break;
		}
		default:                       /* a double, an unsigned beyond int64 */
			return 0;
		}
		/* a key is NUL-terminated in simdjson's string buffer */
		if (fn(ctx, kv.key.data(), kv.key.size(), &v))
			return 0;
	}
	return 1;
}
