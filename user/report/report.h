/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * `sockwatch report`: the summary of a record an auditor files.
 *
 * The pipeline, one module per concern:
 *   report_read.c   find the segments of DIR (through the manifest) or take
 *                   FILE arguments
 *   report_inflate.c  inflate their gzip members on every core (libdeflate)
 *                   and parse their lines in worker threads
 *   report_parse.c  one JSON line (fast path, or json-c) -> struct rpt_line -> aggregate
 *   report_agg.c    bounded per-key aggregates, mergeable across workers
 *   report_distinct.c  distinct counting (exact, then HyperLogLog)
 *   report_find.c   approvals (approved.h) and findings
 *   report_fmt_*.c  md, html, csv, json
 *   report_time.c   RFC 3339
 *   report_esc.c    escaping for md, html, csv
 *
 * Memory is bounded whatever the record's size: every table has at most
 * RPT_GROUPS_MAX keys (events beyond that are counted, not itemised), and
 * distinct destinations/peers cost at most RPT_EXACT_MAX addresses or one
 * HyperLogLog of RPT_HLL_REGS bytes per key.
 */
#ifndef SOCKWATCH_REPORT_H
#define SOCKWATCH_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "common/pathops.h"
#include "evidence/manifest.h"
#include "label/event.h"
#include "label/labels.h"

/* Copy with truncation (no format-truncation warnings), always terminated. */
static inline void rpt_copy(char *dst, size_t cap, const char *src)
{
	size_t n = 0;

	if (!cap)
		return;
	while (n < cap - 1 && src[n])
		n++;
	for (size_t i = 0; i < n; i++)
		dst[i] = src[i];
	dst[n] = '\0';
}

#define RPT_TS_NONE INT64_MIN
#define RPT_TS_LEN 40            /* "2026-11-25T10:09:06.123456Z" + NUL, room */
#define RPT_COMM_MAX 64          /* process name bytes kept, with NUL */
#define RPT_EXE_MAX 512          /* executable path bytes kept, with NUL */
#define RPT_UNIT_MAX 128         /* systemd unit name bytes kept */
#define RPT_CTR_MAX 80           /* container id (or lxc name) bytes kept */
#define RPT_PKG_MAX 128          /* Debian package name, and its version */
#define RPT_SVC_MAX 64           /* service name bytes kept, with NUL */
#define RPT_ADDR_TEXT 48         /* INET6_ADDRSTRLEN and room */
#define RPT_ERR_SLOTS 6          /* distinct errors kept per key; more: "other" */
#define RPT_GROUPS_MAX 10000     /* keys per table */

/* ---- time (report_time.c) ---------------------------------------------- */

/*
 * RFC 3339 date-time ("2026-01-05T09:00:00Z", "...T09:00:00.5+02:00"; 't',
 * 'z' and a space for 'T' are accepted), or a full-date alone meaning its
 * midnight UTC. Nanoseconds since the epoch. 0 ok, -1 malformed.
 */
int rpt_time_parse(const char *s, size_t n, int64_t *out_ns);

/*
 * The options of every command that reads a record (report, approved):
 * --since, --until and --threads. RPT_READ_LONG_OPTIONS goes in the
 * command's getopt_long table; rpt_read_opt takes each: 1 if opt is one of
 * them and arg is good, -1 with one line said if arg is bad (a usage error),
 * 0 if opt is not one of them.
 */
enum { RPT_OPT_SINCE = 0x680, RPT_OPT_UNTIL, RPT_OPT_THREADS };
#define RPT_READ_LONG_OPTIONS                                                   \
	{ "since", required_argument, NULL, RPT_OPT_SINCE },                    \
	{ "until", required_argument, NULL, RPT_OPT_UNTIL },                    \
	{ "threads", required_argument, NULL, RPT_OPT_THREADS }
struct rpt_window;
int rpt_read_opt(const char *cmd, int opt, const char *arg, struct rpt_window *win,
		 uint64_t *threads);
/* UTC with microseconds: "2026-01-05T09:00:00.000100Z". */
void rpt_time_format(char *buf, size_t len, int64_t ns);
/* UTC to the second: "2026-01-05T09:00:00Z"; "-" for RPT_TS_NONE. */
void rpt_time_format_s(char *buf, size_t len, int64_t ns);

/* ---- distinct counting (report_distinct.c) -----------------------------
 *
 * Exact up to RPT_EXACT_MAX distinct addresses (the first RPT_EXACT_INLINE
 * inline, the rest in one heap block), which the report lists when there
 * are at most RPT_LIST_MAX; past RPT_EXACT_MAX a HyperLogLog with 2^10
 * one-byte registers (1 KiB, standard error 1.04/sqrt(1024) = 3.3%) that
 * the report marks as an estimate ("~"). So a row costs at most about
 * 1 KiB however many addresses it sees. Merging two counters (worker
 * threads) is exact for exact sets and a register-wise max for sketches.
 */
#define RPT_EXACT_INLINE 4
#define RPT_EXACT_MAX 64
#define RPT_LIST_MAX 16
#define RPT_HLL_BITS 10
#define RPT_HLL_REGS (1u << RPT_HLL_BITS)

struct rpt_addr {
	uint8_t family;      /* AF_INET / AF_INET6; v4 in the first 4 bytes */
	uint8_t a[SW_ADDR_LEN]; /* text: sw_addr_str(family, a, ...) */
};

struct rpt_distinct {
	uint32_t n;                         /* exact entries, while !hll */
	struct rpt_addr in[RPT_EXACT_INLINE];
	struct rpt_addr *more;              /* RPT_EXACT_MAX - RPT_EXACT_INLINE */
	uint8_t *hll;                       /* NULL while exact */
};

void rpt_distinct_add(struct rpt_distinct *d, const struct rpt_addr *a);
/* 0 ok, -1 out of memory (the counter then stays as it was). */
int rpt_distinct_merge(struct rpt_distinct *d, const struct rpt_distinct *from);
uint64_t rpt_distinct_count(const struct rpt_distinct *d);
bool rpt_distinct_exact(const struct rpt_distinct *d);
/* The exact addresses, sorted (so output does not depend on arrival
 * order); 0 once estimating. */
uint32_t rpt_distinct_sorted(const struct rpt_distinct *d, struct rpt_addr out[RPT_EXACT_MAX]);
/* Entry i (< d->n) of an exact counter. */
const struct rpt_addr *rpt_distinct_at(const struct rpt_distinct *d, uint32_t i);
void rpt_distinct_free(struct rpt_distinct *d);
uint64_t rpt_addr_hash(const struct rpt_addr *a);
int rpt_addr_cmp(const struct rpt_addr *x, const struct rpt_addr *y);
/* From text (IPv4 or IPv6). 0 ok, -1 not an address. */
int rpt_addr_parse(const char *s, struct rpt_addr *out);
bool rpt_addr_is_wildcard(const struct rpt_addr *a);  /* 0.0.0.0, :: */
bool rpt_addr_is_loopback(const struct rpt_addr *a);  /* 127/8, ::1, mapped */

/* ---- one parsed line (report_parse.c) ---------------------------------- */

/*
 * A line's kind is the model's (label/event.h): enum sw_kind for events,
 * SW_KIND_SNAPSHOT, or an enum sw_line_kind control line. The report
 * counts events by kind; a client's send is counted as the outbound
 * connection it stands for (report_parse.c), so the kinds it shows are
 * every sw_kind but SW_SEND, in the kinds' order.
 */
static inline bool rpt_kind_counted(int kind)
{
	return kind > SW_KIND_SNAPSHOT && kind < SW_KIND_MAX && kind != SW_SEND;
}

/* ---- aggregates (report_agg.c) ----------------------------------------- */

enum rpt_table { RT_LISTEN, RT_OUT, RT_IN, RT_COUNT };

struct approved_rule;

struct rpt_errcount {
	int32_t err;       /* errno value, positive */
	uint64_t n;
};

/*
 * One row of a table. The key depends on the table:
 *   RT_LISTEN  proto, local address, local port, process, uid, netns
 *   RT_OUT     process, proto, remote (service) port, netns
 *   RT_IN      process, proto, local (service) port, netns
 * The process is the executable when the line names it (event_format 2),
 * else the comm (older records, sockets whose owner is unknown). Sockets
 * of different network namespaces are never one row. Service and class
 * follow from proto and port.
 */
enum rpt_pkg_state {
	RPT_PKG_UNKNOWN,     /* not looked up, or no package database to ask */
	RPT_PKG_FOUND,       /* pkg and pkg_version say which */
	RPT_PKG_NONE,        /* the database knows no package holding it */
};

struct rpt_group {
	/* key */
	uint8_t table;
	uint8_t proto;                 /* IPPROTO_TCP / IPPROTO_UDP / 0 */
	uint16_t port;
	bool exe_known;
	char exe[RPT_EXE_MAX];         /* the key's process, when known */
	bool comm_known;
	char comm[RPT_COMM_MAX];       /* the key's process when exe is not known */
	int64_t uid;                   /* RT_LISTEN only; -1 unknown */
	int64_t netns;                 /* -1 unknown */
	struct rpt_addr addr;          /* RT_LISTEN only: the bound address */
	uint64_t hash;
	/* values: who, as the lines say (the first seen, the same whatever
	 * the order; see report_agg.c) */
	int8_t host_netns;             /* 1, 0, -1 unknown */
	char unit[RPT_UNIT_MAX];       /* "" none */
	char ctr_id[RPT_CTR_MAX];      /* "" none */
	char ctr_rt[16];
	char masq_comm[RPT_COMM_MAX];  /* a comm that is not the executable's name */
	/* filled by report_pkg.c */
	uint8_t pkg_state;             /* enum rpt_pkg_state */
	char pkg[RPT_PKG_MAX], pkg_version[RPT_PKG_MAX];
	/* the packages installed by hand that pulled pkg in, when apt marks
	 * it installed automatically ("nginx-light" for nginx); "" none */
	char pkg_via[RPT_PKG_MAX];
	/* values */
	char service[RPT_SVC_MAX];     /* "" none */
	uint64_t count;                /* RT_OUT connects, RT_IN accepts, RT_LISTEN events */
	uint64_t failures;             /* result < 0, in-progress excluded */
	uint64_t in_progress;
	struct rpt_errcount errs[RPT_ERR_SLOTS];
	uint64_t errs_other;
	int64_t first_ts, last_ts;
	struct rpt_distinct distinct;  /* RT_OUT destinations, RT_IN peers */
	/* RT_LISTEN: from the snapshot, from live events; last open and close
	 * in the window and before it, so order of arrival does not matter */
	bool from_snapshot, from_event;
	uint64_t in_window;
	int64_t open_ts, close_ts, pre_open_ts, pre_close_ts;
	/* filled by report_find.c */
	const struct approved_rule *rule;
};

struct rpt_table_s {
	struct rpt_group *g;          /* dense array, n used, cap allocated */
	size_t n, cap;
	uint32_t *slots;              /* open addressing: index+1, 0 empty */
	size_t nslots;
	uint64_t overflow_events;     /* events whose key did not fit */
};

struct rpt_window {
	int64_t since, until;         /* RPT_TS_NONE: open */
};

struct rpt_meta {
	char host[256], kernel[256], version[128];
	int64_t start_ts, stop_ts;    /* record_start / record_stop lines */
	unsigned n_start, n_stop;
	bool eph_known;
	unsigned eph_lo, eph_hi;      /* ip_local_port_range, as recorded */
	uint64_t stop_events;         /* "events" of record_stop, if given */
	uint64_t drop_lines, lost_sum, lost_total_max;
	uint64_t drops_in_window;
	/* selftest lines (capture/selftest.h): bit p for pathop p */
	unsigned selftests;
	uint32_t st_seen_every;       /* seen by every selftest */
	uint32_t st_blind;            /* not seen by at least one that could take it */
	int64_t st_first_blind_ts;    /* RPT_TS_NONE: none blind */
	bool st_no_fexit;             /* a selftest without fexit, or unknown: its 32-bit
				       * rounds did not test an accept with no address */
};

struct rpt_agg {
	struct rpt_window win;
	struct rpt_table_s t[RT_COUNT];
	struct rpt_meta meta;
	uint64_t lines, bad_lines, other_lines;
	uint64_t events;                          /* event lines in the window */
	uint64_t events_outside;                  /* event lines outside it */
	uint64_t snapshot_lines;
	uint64_t by_kind[SW_KIND_MAX];            /* by enum sw_kind */
	uint64_t by_class[PORT_CLASS_COUNT][SW_KIND_MAX];
	uint64_t failed_by_kind[SW_KIND_MAX];
	int64_t first_ts, last_ts;                /* event lines in the window */
	bool oom;
};

void rpt_agg_init(struct rpt_agg *a, const struct rpt_window *w);
void rpt_agg_free(struct rpt_agg *a);
/* Fold `from` into `into` (from is left as is). */
void rpt_agg_merge(struct rpt_agg *into, const struct rpt_agg *from);
/* Sort every table into report order (deterministic). */
void rpt_agg_sort(struct rpt_agg *a);
/* Listeners the window covers: an event in it, or open when it began. */
bool rpt_listener_in_window(const struct rpt_group *g);
bool rpt_listener_open_at_end(const struct rpt_group *g);

/* What one line says, fields borrowed from the parser until the next line. */
struct rpt_line {
	int kind;                      /* enum sw_kind, SW_KIND_SNAPSHOT or sw_line_kind */
	int64_t ts;
	bool comm_known;
	const char *comm;
	size_t comm_len;
	const char *exe, *unit, *ctr_id, *ctr_rt; /* NULL: not in the line */
	size_t exe_len, unit_len, ctr_id_len, ctr_rt_len;
	int64_t netns;                 /* -1 unknown */
	int host_netns;                /* 1, 0, -1 unknown */
	int64_t pid, tid, uid;         /* -1 unknown */
	int proto;
	struct rpt_addr laddr, raddr;
	bool has_laddr, has_raddr;
	int lport, rport, port;        /* -1 absent */
	const char *service;           /* NULL none */
	size_t service_len;
	int role;                      /* enum sw_role (bpf/sockwatch.h) */
	bool in_progress;
	bool auto_port;        /* a bind to port 0: a client, not a service */
	int64_t result;
	const char *state;             /* snapshot */
	/* meta lines */
	const char *host, *kernel, *version;
	int64_t lost, total, events;   /* -1 absent */
	int eph_lo, eph_hi;            /* -1 absent */
	uint32_t st_seen;              /* selftest: paths seen, bit per pathop */
	uint32_t st_na;                /* selftest: paths not applicable there */
	int st_fexit;                  /* selftest: fexit loaded 1, not 0, unknown -1 */
};

/* Fold one line into the aggregate (the window is applied here). */
void rpt_agg_line(struct rpt_agg *a, const struct rpt_line *l);

/* ---- parsing (report_parse.c) ------------------------------------------ */

/* One per thread, reused for every line: a simdjson fast path for lines as
 * sockwatch writes them, json-c for any other (report_parse.c). */
struct rpt_parser;

/* SOCKWATCH_REPORT_PARSER=json-c in the environment: json-c only. */
struct rpt_parser *rpt_parser_new(void);
void rpt_parser_free(struct rpt_parser *p);
/* json-c for every line (tests compare the two paths). */
void rpt_parser_set_jsonc_only(struct rpt_parser *p, bool on);
/* Lines taken by the fast path and by json-c so far. */
void rpt_parser_counts(const struct rpt_parser *p, uint64_t *fast, uint64_t *slow);
/*
 * Parse one line (no '\n'; trailing CR, spaces and tabs ignored) into l,
 * whose strings are borrowed from p until its next line. 0, or -1 if the
 * line is not a JSON object sockwatch could have written.
 */
int rpt_parse_line(struct rpt_parser *p, const char *line, size_t len, struct rpt_line *l);
/*
 * Parse one line (no '\n') and fold it into a. Returns 0, or -1 if the
 * line is not a JSON object sockwatch could have written (counted in
 * a->bad_lines).
 */
int rpt_feed_line(struct rpt_parser *p, struct rpt_agg *a, const char *line, size_t len);

/* ---- inputs (report_read.c) -------------------------------------------- */

enum rpt_seg_state {
	RS_OK,          /* read to its end, every line parsed */
	RS_BAD_LINES,   /* read to its end, some lines were not valid */
	RS_CUT,         /* stops mid-stream where the recorder's last flush ended
			 * (the open segment of a crashed or running recorder) */
	RS_TRUNCATED,   /* gzip stream ends early: cut short */
	RS_CORRUPT,     /* gzip data error */
	RS_UNREADABLE,  /* could not be opened or read */
	RS_NOT_READ,    /* left out: pruned, missing, or not part of the record */
};

struct rpt_segment {
	char *path;                    /* the file: heap, freed by rpt_inputs_free()
					 * (one record may list very many) */
	char name[256];                /* as shown */
	enum rpt_seg_state state;
	char detail[256];              /* gzip or I/O message, why not read */
	uint64_t lines, bad_lines, first_bad_line;
	unsigned input;                /* index into rpt_inputs.in */
	/* manifest view, when there is one */
	bool has_integrity;
	int mf_status;                 /* enum mf_status, -1 without a manifest */
	char integrity_detail[256];
	/* an open segment: only its first read_limit bytes are vouched for by
	 * a checkpoint and read; the tail after them is counted, not read */
	bool limited;
	uint64_t read_limit, tail_bytes, tail_lines;
};

struct rpt_input {
	char path[4096];
	bool is_dir;
	/* integrity, from the manifest (directories) */
	bool has_manifest;
	enum mf_manifest_state manifest; /* its verdict, when has_manifest */
	char manifest_detail[256];
	bool manifest_ok;             /* mf_report_ok() */
	bool sealed, seals_checked;   /* format 2; every seal proven with --key */
	bool head_checked;            /* --head given and found */
	bool stopped, live;
	char chain_head[80];
	char record_id[40];
	unsigned problems;
	char host[256], kernel[256], version[128];
	char started[RPT_TS_LEN], ended[RPT_TS_LEN];
	uint64_t mf_events, mf_drops;
};

struct rpt_inputs {
	struct rpt_input *in;
	size_t nin;
	struct rpt_segment *seg;
	size_t nseg;
};

/*
 * Resolve the arguments: a directory is a record (segments from its
 * manifest when there is one, else every *.jsonl.gz / *.jsonl in it by
 * name); anything else is one segment file. -1 with a message in err when
 * an argument does not exist or a directory holds no segment.
 */
int rpt_inputs_open(struct rpt_inputs *ins, char **paths, int n, char *err, size_t errlen);
/* The same, checking each record directory against an expected chain head
 * and proving its seals with key (k_0, seal.h); either may be NULL. */
int rpt_inputs_open_checked(struct rpt_inputs *ins, char **paths, int n, const char *head,
			    const unsigned char *key, char *err, size_t errlen);
void rpt_inputs_free(struct rpt_inputs *ins);
/*
 * Read every segment with `threads` worker threads, each inflating and
 * parsing (report_inflate.c; 0: one per CPU, at most 8) into *out.
 * Returns 0, or -1 (out of memory, thread failure) with err. Damaged
 * segments are not an error: see rpt_segment.state.
 */
int rpt_read_all(struct rpt_inputs *ins, const struct rpt_window *w, unsigned threads,
		 struct rpt_agg *out, char *err, size_t errlen);
const char *rpt_seg_state_name(enum rpt_seg_state s);
bool rpt_seg_damaged(const struct rpt_segment *s);
/* The manifest's verdict on a segment that has one (has_integrity and a
 * status other than intact). */
bool rpt_seg_flagged(const struct rpt_segment *s);
/* Its integrity as a word: mf_status_name(), or "no manifest". */
const char *rpt_seg_integrity(const struct rpt_segment *s);
/* A record directory whose manifest says other than intact. */
bool rpt_input_flagged(const struct rpt_input *in);

/* ---- who: executables and their packages (report_pkg.c) ---------------- */

/* What a row names its process by: the executable, else the comm, else
 * "(unknown)". */
const char *rpt_group_process(const struct rpt_group *g);
/* "host", "container podman:0123456789ab (netns 4026532253)", "netns N"
 * or "-" (unknown), into buf. */
void rpt_netns_str(const struct rpt_group *g, char *buf, size_t len);
/* Could the kernel have named a process running exe comm (n bytes)? Its
 * basename, or a shorter name that reached it (python3 for python3.11). */
bool rpt_comm_fits_exe(const char *comm, size_t n, const char *exe);
/* "curl 7.88.1-10+deb12u5", "nginx 1.22.1-9 (installed with
 * nginx-light)", "none", or "unknown" (a container's executable: "unknown
 * (the container's own files)"), into buf. */
void rpt_pkg_str(const struct rpt_group *g, char *buf, size_t len);
/* A place anyone may write to, or a user's own: /tmp, /var/tmp, /dev/shm,
 * /run/user, /home, /root; or memory (a memfd's "/memfd:NAME (deleted)"). */
bool rpt_exe_writable_place(const char *exe);

/*
 * Which Debian package holds each row's executable, from dpkg's database
 * under admindir (normally /var/lib/dpkg): its info/ *.list file lists
 * and its status file for the versions. Every .list file is read once,
 * keeping only the paths asked for (and their /usr-merged twins: a
 * package may list /bin/x for /usr/bin/x). Rows of other executables stay
 * RPT_PKG_UNKNOWN when the database cannot be read, and so do rows of a
 * container: its executable is a path in the container's own files. A
 * package apt installed as a dependency (admindir/../apt/extended_states)
 * is said to come with the installed packages that depend on it and were
 * asked for by hand: the admin installed nginx-light, /usr/sbin/nginx is
 * in nginx.
 * Returns how many executables were looked up.
 */
size_t rpt_packages(struct rpt_agg *a, const char *admindir);

/* ---- findings (report_find.c) ------------------------------------------ */

enum rpt_sev { SEV_HIGH, SEV_MEDIUM, SEV_LOW, SEV_INFO, SEV_COUNT };

struct rpt_finding {
	enum rpt_sev sev;
	size_t seq;          /* order found, to keep the sort stable */
	char code[32];       /* stable id: "legacy-protocol", ... */
	char text[640];      /* raw (unescaped) sentence */
};

struct approved_list;

/* ---- listener drift against a baseline record (report_drift.c) ---------
 * `report --baseline OLD DIR`: which listeners of DIR's window the
 * baseline record never saw (began), and which listeners of the baseline
 * DIR's window never saw (stopped), for PCI DSS 1.2.7 and 11.5. A
 * listener is the same when proto, bound address, port, process
 * (executable, else comm) and namespace (the host's, a container's id, or
 * else "another namespace": inodes do not survive a restart) are: uid,
 * counts and times may differ. */
struct rpt_drift_item {
	bool began;                     /* else stopped */
	const struct rpt_group *g;      /* began: in this record; stopped: in the baseline */
	const struct rpt_group *other;  /* the other record's listener on the same proto
					 * and port, if any (who it was, or is now) */
};

struct rpt_summary;

struct rpt_baseline {
	const char *path;
	struct rpt_inputs *ins;
	struct rpt_agg *agg;            /* read whole, sorted */
	char host[256];
	int64_t first_ts, last_ts;      /* its first and last line with a time */
	bool partial;                   /* a segment damaged or unread */
	bool integrity_ok;
	bool other_host;                /* its host is not this record's */
	struct rpt_drift_item *item;    /* began first, then stopped, each in listener order */
	size_t n, began, stopped, unchanged;
};

/* Fill b's items from s's and b's listener tables. 0, or -1 out of memory. */
int rpt_drift(const struct rpt_summary *s, struct rpt_baseline *b);
void rpt_baseline_free(struct rpt_baseline *b);

struct rpt_summary {
	struct rpt_agg *agg;
	struct rpt_inputs *ins;
	struct rpt_window win;
	const struct approved_list *approved;   /* NULL: no --approved */
	const char *approved_path;
	/* ephemeral port range used for findings, and where it came from */
	unsigned eph_lo, eph_hi;
	bool eph_known;
	const char *eph_source;                 /* "record", "/proc (at report time)" */
	struct rpt_finding *find;
	size_t nfind, capfind;
	uint64_t drops;
	bool complete;      /* no drops, no damage, stopped cleanly */
	bool partial;       /* some segment damaged or unread */
	bool integrity_ok;  /* every manifest intact, or there is none */
	const char *generated_by;               /* sockwatch version of the report */
	int64_t generated_at;
	/* header, from the manifest, else record_start lines ("" unknown) */
	char host[256], kernel[256], version[128];
	int64_t rec_start, rec_stop;            /* RPT_TS_NONE unknown */
	char integrity[768];                    /* one sentence */
	char status[256];                       /* complete / incomplete / partial, why */
	char coverage[1024];                    /* which paths the selftests proved */
	/* every path, by every selftest; a path a selftest said the host
	 * could not take (n/a) is no blind spot and fails nothing */
	bool coverage_proven;
	/* listeners/accepts/connects approved or not (with --approved) */
	uint64_t unapproved[RT_COUNT];
	/* packages: "" not looked up, else from where, or why not */
	char packages[256];
	/* set by the caller when every row's package is filled already (the
	 * fleet report: looked up by ship on each host): where they came from,
	 * said in place of a lookup here */
	const char *packages_from;
	/* --baseline: listener drift (NULL: none asked) */
	struct rpt_baseline *baseline;
};

/* Match approvals and compute findings. -1 on out of memory. */
int rpt_summarise(struct rpt_summary *s);
void rpt_summary_free(struct rpt_summary *s);
const char *rpt_sev_name(enum rpt_sev s);
/* Totals the formats share. */
uint64_t rpt_listeners_shown(const struct rpt_summary *s);
const char *rpt_err_name(int32_t err);
/* "ECONNREFUSED 3, ETIMEDOUT 1" (raw), "" when none. */
void rpt_errs_str(const struct rpt_group *g, char *buf, size_t len);
/* Destinations/peers as text: "3 (10.0.0.1, 10.0.0.2, 10.0.0.3)" (the list
 * when asked and at most RPT_LIST_MAX), "40" or "~120" (estimated). */
void rpt_distinct_str(const struct rpt_distinct *d, char *buf, size_t len, bool list);
/* "all interfaces", "loopback" or "specific" */
const char *rpt_bind_scope(const struct rpt_addr *a);

/* ---- table rows of the human-readable formats (report_rows.c) ---------
 * Markdown and HTML show the same tables and differ only in markup: the
 * rows are built here once, as cells that say what they are, and each
 * writer decides how a kind of cell looks. */

enum rpt_cell_kind {
	RC_TEXT,   /* from the record or the approved list: escape it */
	RC_MADE,   /* made by the report ("~40", addresses it formatted) */
	RC_NUM,
	RC_TIME,
	RC_ADDR,   /* the bound address: stands out on a wildcard listener */
	RC_SCOPE,  /* its scope ("all interfaces"): stands out likewise */
	RC_MUTED,  /* nothing to say ("-": no approved list) */
	RC_GOOD,   /* approved */
	RC_BAD,    /* not approved, never seen */
};

#define RPT_ROW_CELLS 28         /* the header's key/value pairs are the most */
#define RPT_LISTENER_COLS 17

struct rpt_row {
	bool wildcard;           /* a listener on all interfaces */
	int n;
	struct rpt_cell {
		enum rpt_cell_kind kind;
		const char *text;
	} c[RPT_ROW_CELLS];
	char buf[4096];          /* text the row made; cells point into it */
	size_t used;
};

extern const char *const rpt_listener_cols[RPT_LISTENER_COLS];
/* The report's header as key, value cells in turn (value kinds: RC_TEXT,
 * RC_GOOD for a complete record, RC_BAD for what makes it incomplete). */
void rpt_header_row(const struct rpt_summary *s, struct rpt_row *r);
/* table is RT_OUT or RT_IN; *n is set to the column count */
const char *const *rpt_flow_cols(int table, int *n);
void rpt_listener_row(const struct rpt_summary *s, const struct rpt_group *g,
		      struct rpt_row *r);
void rpt_flow_row(const struct rpt_summary *s, const struct rpt_group *g, int table,
		  struct rpt_row *r);
#define RPT_DRIFT_COLS 11
extern const char *const rpt_drift_cols[RPT_DRIFT_COLS];
/* One listener that began or stopped (RC_BAD: began on all interfaces). */
void rpt_drift_row(const struct rpt_drift_item *d, struct rpt_row *r);
/* "Baseline: PATH (host H), T1 to T2: 2 began listening, 1 stopped, 5 unchanged." */
void rpt_drift_sentence(const struct rpt_summary *s, char *buf, size_t len);

/* ---- formats (report_fmt_*.c) ------------------------------------------ */

enum rpt_format { RF_MD, RF_HTML, RF_JSON, RF_CSV };

int rpt_format_parse(const char *s, enum rpt_format *out);
/* Each returns 0, or -1 on a write error (errno set) or out of memory. */
int rpt_write_md(FILE *f, const struct rpt_summary *s);
int rpt_write_html(FILE *f, const struct rpt_summary *s);
int rpt_write_csv(FILE *f, const struct rpt_summary *s);
int rpt_write_json(FILE *f, const struct rpt_summary *s);
struct jw;
/* The JSON report's object, written by w where a value goes (the fleet
 * report puts one per host in its "hosts" array). */
void rpt_json_report(struct jw *w, const struct rpt_summary *s);

/* ---- escaping (report_esc.c) -------------------------------------------
 * Each writes the escaped form of n bytes of s to f. Invalid UTF-8 and
 * control bytes never reach the output as they are.
 */
/* HTML text and attribute values: & < > " ' escaped, invalid UTF-8 as
 * U+FFFD, control characters as U+FFFD except tab/newline (spaces). */
void rpt_html_esc(FILE *f, const char *s, size_t n);
/* A Markdown table cell: control bytes and invalid UTF-8 as \xHH, Markdown
 * punctuation backslash-escaped, '|' as \| so no cell can add a column. */
void rpt_md_esc(FILE *f, const char *s, size_t n);
/* A CSV field (RFC 4180): quoted when it holds , " CR or LF, '"' doubled;
 * a cell starting with = + - @ (or tab/CR) gets a leading ' so a
 * spreadsheet will not run it as a formula; invalid UTF-8 as U+FFFD. */
void rpt_csv_field(FILE *f, const char *s, size_t n);
/* Valid UTF-8 copy into buf (invalid bytes as U+FFFD, NUL ends): for json-c. */
size_t rpt_utf8_clean(char *buf, size_t cap, const char *s, size_t n);

#endif
