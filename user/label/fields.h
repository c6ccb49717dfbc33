/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one description of a line's fields: every event line (`tail --json`,
 * the record) and every snapshot line is written from these rows, in this
 * order, and the report's parser knows its field names from them.
 *
 * A row is X(name, type, null_when, value):
 *   name       the JSON key, as an identifier
 *   type       how the value is written (OUT_JSON_PUT_<type>, output.h):
 *              TS    wall-clock nanoseconds, as RFC 3339 UTC with µs
 *              WORD  a string of sockwatch's own, needing no escape
 *              STR   a NUL-terminated string from outside, escaped
 *              COMM  a char[SW_COMM_LEN] process name, escaped
 *              ADDR  an address of e->family, as text
 *              U64, I64, BOOL
 *              ARGS  a command line (struct proc_image), as an array
 *              CONTAINER  {"id","runtime"} (struct ident_cgroup)
 *   null_when  a C expression: the field is written as null when true
 *   value      a C expression for the value
 * Rows are expanded where these are in scope: `e`, the struct sw_event;
 * `l`, its struct sw_labeled (event.h); and for SW_SNAPSHOT_FIELDS `s`,
 * the struct snap_sock (capture/snapshot.h).
 *
 * To add a field: give struct sw_event (bpf/sockwatch.h) or struct
 * sw_labeled the value, add one row here, and both writers and the
 * report's parser knows it; README's JSON example and the test of field
 * names (tests/unit/test_output.c) list it too. For the report to read it,
 * add its name to EVENT_FIELDS_READ (report/report_parse.c), which checks
 * it against these rows, and take it in decode().
 */
#ifndef SOCKWATCH_FIELDS_H
#define SOCKWATCH_FIELDS_H

#include "label/event.h"

#define SW_EVENT_FIELDS(X)                                                      \
	X(ts,          TS,   false,                  l->wall_ns)                \
	X(event,       WORD, false,                  sw_line_name(e->kind))     \
	X(pid,         U64,  !sw_owner_known(e),     e->pid)                    \
	X(tid,         U64,  !sw_owner_known(e),     e->tid)                    \
	X(ppid,        U64,  !sw_owner_known(e),     e->ppid)                   \
	X(uid,         U64,  false,                  e->uid)                    \
	X(comm,        COMM, !sw_owner_known(e),     e->comm)                   \
	X(thread,      COMM, !sw_owner_known(e) || e->kind == SW_KIND_SNAPSHOT, \
	  e->thread)                                                            \
	X(via,         WORD, !sw_via_name(e->via),   sw_via_name(e->via))       \
	X(cgroup_id,   U64,  !sw_cgroup_known(e),    e->cgroup_id)              \
	X(netns,       U64,  false,                  e->netns)                  \
	X(exe,         STR,  !sw_who_exe(l->who),    sw_who_exe(l->who))        \
	X(args,        ARGS, !sw_who_args(l->who),   sw_who_args(l->who))       \
	X(args_cut,    BOOL, !sw_who_args(l->who),   sw_who_args(l->who)->args_cut) \
	X(pcomm,       COMM, !sw_owner_known(e) || !e->pcomm[0], e->pcomm)      \
	X(cgroup,      STR,  !sw_who_cgroup(l->who), sw_who_cgroup(l->who))     \
	X(unit,        STR,  !sw_who_unit(l->who),   sw_who_unit(l->who))       \
	X(container,   CONTAINER, !sw_who_container(l->who), sw_who_container(l->who)) \
	X(host_netns,  BOOL, sw_who_host_netns(l->who) < 0, sw_who_host_netns(l->who) > 0) \
	X(proto,       WORD, false,                  sw_proto_name(e->proto))   \
	X(family,      WORD, false,                  sw_family_name(e->family)) \
	X(laddr,       ADDR, false,                  e->laddr)                  \
	X(lport,       U64,  false,                  e->lport)                  \
	X(raddr,       ADDR, !sw_has_remote(e),      e->raddr)                  \
	X(rport,       U64,  !sw_has_remote(e),      e->rport)                  \
	X(port,        U64,  false,                  l->port)                   \
	X(port_class,  WORD, false,                  port_class_name(l->class)) \
	X(service,     STR,  !l->service,            l->service)                \
	X(role,        WORD, !sw_role_name(e->role), sw_role_name(e->role))     \
	X(in_progress, BOOL, false,                  e->flags & SW_F_IN_PROGRESS) \
	X(auto_port,   BOOL, false,                  e->flags & SW_F_AUTO_PORT) \
	X(result,      I64,  false,                  e->result)                 \
	X(error,       WORD, e->result >= 0,         sw_error_name(e->result))

/* A snapshot line is an event line (kind 0, "event":"snapshot") plus: */
#define SW_SNAPSHOT_FIELDS(X)                                                   \
	X(state,       WORD, false,                  snap_state_name(s))        \
	X(inode,       U64,  false,                  s->inode)

/* SWF_<name>: each field's index, for readers to name fields by. */
#define SW_FIELD_ENUM_(name, ...) SWF_##name,
enum sw_field {
	SW_EVENT_FIELDS(SW_FIELD_ENUM_)
	SW_SNAPSHOT_FIELDS(SW_FIELD_ENUM_)
	SWF_COUNT
};
#undef SW_FIELD_ENUM_

#endif
