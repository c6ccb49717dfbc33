-- sockwatch's fleet store in ClickHouse (18.16 or later). Built into the
-- binary at build time; `sockwatch ship --init` runs it, and so does the
-- first ship to a database without it. {db} is the database (--database);
-- {local} is empty, or "_local" when `ship --init --cluster NAME` puts a
-- Distributed table of the plain name over these (user/fleet/ch_schema.c).
-- A statement ends with a ';' ending a line; '--' lines are comments.
--
-- Every table is a ReplacingMergeTree keyed on what identifies a row, so
-- a row shipped twice (an interrupted ship resumed) collapses into one on
-- merge; ship also asks before it inserts, so queries need no FINAL.

CREATE DATABASE IF NOT EXISTS {db};

-- One row per line of a shipped segment: socket events, snapshot lines,
-- drops, record_start/stop. Column names are the JSON field names of
-- `sockwatch tail --json` and `record` (README), so a line inserts as it
-- is (FORMAT JSONEachRow); ship adds host, record_id, seg and line.
-- ts_us is the event time in microseconds (18.16 has no DateTime64);
-- time is the same to the second, for partitions and humans. Both are
-- DEFAULT, computed on insert because ship leaves them out of its column
-- list (MATERIALIZED would not pass through a Distributed table in 18.16).
-- Ordered by host, then time: every report query filters on both.
-- Two fields are shaped to fit 18.16, which has no JSON object or
-- nullable array column: a line's "container":{"id","runtime"} is
-- shipped as container_id and container_runtime, and "args":null (the
-- process unknown) as an empty args with args_cut null.
CREATE TABLE IF NOT EXISTS {db}.events{local} (
    host String,
    record_id String,
    seg UInt32,
    line UInt32,
    ts String,
    ts_us Int64 DEFAULT toInt64(toUInt32(parseDateTimeBestEffort(ts))) * 1000000
        + toInt64OrZero(substring(ts, 21, 6)),
    time DateTime DEFAULT toDateTime(intDiv(ts_us, 1000000)),
    event String,
    pid Nullable(UInt32),
    tid Nullable(UInt32),
    ppid Nullable(UInt32),
    uid Nullable(UInt32),
    comm Nullable(String),
    cgroup_id Nullable(UInt64),
    netns Nullable(UInt64),
    thread Nullable(String),
    via Nullable(String),
    exe Nullable(String),
    args Array(String),
    args_cut Nullable(UInt8),
    pcomm Nullable(String),
    cgroup Nullable(String),
    unit Nullable(String),
    container_id Nullable(String),
    container_runtime Nullable(String),
    host_netns Nullable(UInt8),
    proto Nullable(String),
    family Nullable(String),
    laddr Nullable(String),
    lport Nullable(UInt16),
    raddr Nullable(String),
    rport Nullable(UInt16),
    port Nullable(UInt16),
    port_class Nullable(String),
    service Nullable(String),
    role Nullable(String),
    in_progress Nullable(UInt8),
    auto_port Nullable(UInt8),
    result Nullable(Int32),
    error Nullable(String),
    state Nullable(String),
    inode Nullable(UInt64),
    lost Nullable(UInt64),
    total Nullable(UInt64),
    st_seen Nullable(UInt32),
    st_na Nullable(UInt32),
    fexit Nullable(UInt8),
    ip_local_port_range Array(UInt16)
) ENGINE = ReplacingMergeTree()
PARTITION BY toYYYYMM(time)
ORDER BY (host, ts_us, record_id, seg, line);

-- One row per manifest line shipped, exactly as written: the off-host
-- anchor. `verify --clickhouse` checks the local manifest against these
-- (same lines, same chain values, none missing), so a record rewritten
-- after shipping is caught even when its local chain was rebuilt.
CREATE TABLE IF NOT EXISTS {db}.manifest{local} (
    host String,
    record_id String,
    n UInt32,
    type String,
    seq UInt32,
    chain String,
    entry String,
    shipped_us Int64
) ENGINE = ReplacingMergeTree()
ORDER BY (host, record_id, n);

-- One row per segment of a shipped record, with its manifest entry and
-- what became of it: status 'shipped' (every line is in events; written
-- only after they are), or the verify status that kept it out ('missing',
-- 'modified', 'truncated', 'open-crashed', 'untrusted', 'pruned', ...).
-- The newest row per segment wins (version = checked_us).
CREATE TABLE IF NOT EXISTS {db}.segments{local} (
    host String,
    record_id String,
    seq UInt32,
    file String,
    status String,
    detail String,
    bytes UInt64,
    sha256 String,
    seg_start String,
    seg_end String,
    events UInt64,
    drops UInt64,
    lines UInt64,
    checked_us Int64
) ENGINE = ReplacingMergeTree(checked_us)
ORDER BY (host, record_id, seq);

-- One row per record (a host may have several), as of its latest ship:
-- the chain head and manifest length shipped, how the record stands.
CREATE TABLE IF NOT EXISTS {db}.hosts{local} (
    host String,
    record_id String,
    dir String,
    kernel String,
    sockwatch String,
    started String,
    ended String,
    stopped UInt8,
    live UInt8,
    manifest_state String,
    manifest_lines UInt32,
    chain_head String,
    events UInt64,
    drops UInt64,
    shipped_us Int64
) ENGINE = ReplacingMergeTree(shipped_us)
ORDER BY (host, record_id);

-- The Debian package of each executable a host's lines name, looked up
-- by `ship` in that host's dpkg database when it runs on the host the
-- record is from (as the single-host report looks them up only there):
-- state 'found' (package, version) or 'none' (no package holds it). The
-- fleet report names these, where its own host's database would say
-- nothing of another host. The newest lookup per executable wins.
CREATE TABLE IF NOT EXISTS {db}.packages{local} (
    host String,
    exe String,
    state String,
    package String,
    version String,
    looked_up_us Int64
) ENGINE = ReplacingMergeTree(looked_up_us)
ORDER BY (host, exe);
