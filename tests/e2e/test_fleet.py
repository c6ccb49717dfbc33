"""The fleet store: `sockwatch ship` into a real ClickHouse server (Debian's
clickhouse-server, started here without systemd, see chserver.py), `verify
--clickhouse` (the off-host anchor) and `report --clickhouse` (the fleet
report), checked against the single-host commands on the same records.

Two "hosts" are two records made in UTS namespaces with their own host
names, each with traffic in a network namespace of its own. The heavier
tests (two shards, --follow) are in tests/fleet, run by `make test-fleet`.
"""
import atexit
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time

import swtest
from swtest import Netns, Skip, check, require_root
from chserver import ClickHouse, free_port
from test_identity import cgroup2_mount

TRAFFIC = """
import os, socket, time
ctypes_done = True
if CG:  # moved into a cgroup of its own first (a container's or a unit's)
    print("ready", flush=True)
    input()
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("0.0.0.0", PORT)); srv.listen(16)
for i in range(N):
    c = socket.create_connection(("127.0.0.1", PORT)); a, _ = srv.accept(); c.close(); a.close()
for p in (1, 2):
    s = socket.socket()
    try:
        s.connect(("127.0.0.1", p))
    except OSError:
        pass
    s.close()
# unconnected UDP: a client's datagram to a server (an outbound flow), and
# the server's reply (not one)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 53))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b"q", ("127.0.0.1", 53)); _, peer = u.recvfrom(16); u.sendto(b"a", peer); c.recvfrom(16)
c.close(); u.close()
time.sleep(0.3)
srv.close()
"""

_server = None
_records = {}


def server():
    """One server for the module's tests, stopped at exit."""
    global _server
    if _server is None:
        require_root()
        _server = ClickHouse(users={"auditor": "s3cret"}).start()
        atexit.register(_server.stop)
    return _server


def sw(*args, env=None):
    return subprocess.run([swtest.SOCKWATCH] + list(args), capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, **env) if env else None)


# The cgroups (under cgroup v2) the records' traffic runs in: fleet-a's as
# a podman container's, fleet-b's as a systemd unit's (test_identity.py
# shows these paths are what podman and systemd make).
# Named afresh by each run: test suites of other checkouts may run at once on
# this machine, and one must not remove the cgroup another is moving into.
CTR_ID = "f1ee7" + os.urandom(28).hex() + "a11"
UNIT = "swfleet-db-%s.service" % os.urandom(4).hex()
CGROUPS = {"fleet-a": "libpod_parent/libpod-" + CTR_ID,
           "fleet-b": "system.slice/" + UNIT}


def make_record(host, port, n, rotate="1", cgroup=None):
    """A record made on `host` (a UTS namespace with that host name), with
    n connections to a listener on `port` (and two refused connects, a UDP
    query to port 53 and its reply) from a process named swfleet in a
    network namespace of its own, in cgroup (v2, relative to its root)
    when given and cgroup v2 is mounted."""
    d = os.path.join(tempfile.mkdtemp(prefix="swfleet-"), "rec")
    root = cgroup2_mount()
    cg = os.path.join(root, cgroup) if cgroup and root else None
    if cg:
        os.makedirs(cg, exist_ok=True)
    with Netns() as ns:
        cmd = ["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', host,
               swtest.SOCKWATCH, "record", "-o", d, "--rotate-interval", rotate]
        if cg:
            # only this host's own traffic: another suite running the same
            # traffic on this machine at the same time stays out of it
            cmd += (["--container", CTR_ID] if "libpod-" in cgroup else
                    ["--unit", os.path.basename(cgroup)])
        p = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        for line in p.stderr:
            if "attached to" in line:
                break
        else:
            raise AssertionError("record did not start")
        try:
            time.sleep(1.1)    # --rotate-interval 1: the traffic falls in a later segment
            traffic(ns, "PORT = %d\nN = %d\n" % (port, n), cg)
            time.sleep(0.2)
        finally:
            p.send_signal(2)
            p.communicate(timeout=30)
            if cg:
                os.rmdir(cg)
        check(p.returncode == 0, "record failed: %d" % p.returncode)
    return d


def traffic(ns, head, cg=None):
    """Run TRAFFIC (after head) in ns as swfleet; with cg, moved there
    first (from here: `ip netns exec` mounts a /sys of its own, without
    the cgroup file system)."""
    if not cg:
        ns.run(head + "CG = None\n" + TRAFFIC, comm="swfleet")
        return
    p = subprocess.Popen(["ip", "netns", "exec", ns.name, "python3", "-u", "-c",
                          "import ctypes\nctypes.CDLL(None).prctl(15, b'swfleet', 0, 0, 0)\n" +
                          head + "CG = True\n" + TRAFFIC], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        check(p.stdout.readline().strip() == "ready", "traffic did not start")
        with open(os.path.join(cg, "cgroup.procs"), "w") as f:
            f.write(str(p.pid))
        out, err = p.communicate("go\n", timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    check(p.returncode == 0, "traffic failed (%d): %s" % (p.returncode, err))


def record(name):
    """Records shared by tests (each is made once)."""
    if name not in _records:
        port, n = {"fleet-a": (23, 5), "fleet-b": (5432, 7)}[name]
        _records[name] = make_record(name, port, n, cgroup=CGROUPS[name])
    return _records[name]


def copy(d):
    out = os.path.join(tempfile.mkdtemp(prefix="swfleet-"), "rec")
    shutil.copytree(d, out)
    return out


def lines_of(d):
    n = 0
    for f in sorted(os.listdir(d)):
        if f.startswith("seg-"):
            with gzip.open(os.path.join(d, f), "rt") as g:
                n += sum(1 for _ in g)
    return n


def one_line(r, code, text):
    err = r.stderr.strip().splitlines()
    check(r.returncode == code, "exit %d, expected %d: %s" % (r.returncode, code, r.stderr))
    check(len(err) == 1 and text in err[0], "expected one line with %r: %r" % (text, err))


def fresh_db():
    return "t" + os.urandom(4).hex()


def ship(url, db, *dirs, extra=()):
    return sw("ship", "--clickhouse", url, "--database", db, *extra, *dirs)


# ---- forging: what a root attacker with the record would do ---------------

def rechain(d, mutate_lines):
    """Rewrite manifest.jsonl with mutate_lines(list of dicts) applied and
    every chain value recomputed, as manifest.h specifies: a consistent,
    locally valid, forged record."""
    with open(os.path.join(d, "manifest.jsonl")) as f:
        objs = [json.loads(l) for l in f]
    objs = mutate_lines(objs)
    rid = objs[0]["record_id"]
    prev = hashlib.sha256(b"sockwatch-record-chain-v1\n" + rid.encode()).digest()
    out = []
    for o in objs:
        o.pop("chain", None)
        body = json.dumps(o, separators=(",", ":"))[:-1]
        prev = hashlib.sha256(prev + body.encode()).digest()
        out.append(body + ',"chain":"%s"}\n' % prev.hex())
    with open(os.path.join(d, "manifest.jsonl"), "w") as f:
        f.writelines(out)


def rewrite_segment(d, seq, edit):
    """Replace segment seq's lines by edit(lines) and fix its manifest entry."""
    name = "seg-%06d.jsonl.gz" % seq
    path = os.path.join(d, name)
    with gzip.open(path, "rt") as g:
        lines = g.read().splitlines(True)
    with gzip.open(path, "wt") as g:
        g.writelines(edit(lines))
    data = open(path, "rb").read()

    def fix(objs):
        for o in objs:
            if o.get("type") == "segment" and o["seq"] == seq:
                o["bytes"] = len(data)
                o["sha256"] = hashlib.sha256(data).hexdigest()
        return objs
    rechain(d, fix)


# ---- tests ---------------------------------------------------------------

def test_fleet_ship_is_idempotent_and_anchors_the_record():
    ch = server()
    db = fresh_db()
    d = copy(record("fleet-a"))
    r = ship(ch.url, db, d)
    check(r.returncode == 0, r.stderr)
    nseg = len([f for f in os.listdir(d) if f.startswith("seg-")])
    check(nseg >= 2, "want a record of several segments, got %d" % nseg)
    check("%d segments shipped (%d lines)" % (nseg, lines_of(d)) in r.stdout, r.stdout)
    count = lambda: int(ch.scalar("SELECT count() FROM %s.events WHERE host = 'fleet-a'" % db))
    check(count() == lines_of(d), "events in the store %d, lines %d" % (count(), lines_of(d)))
    # typed columns, from the lines as they are
    row = json.loads(ch.query("SELECT event, comm, proto, rport, service, result, error, "
                              "ts_us, toUnixTimestamp(time) AS t FROM %s.events WHERE comm = "
                              "'swfleet' AND event = 'connect' AND rport = 1 FORMAT JSONEachRow"
                              % db).splitlines()[0])
    check(row["error"] == "ECONNREFUSED" and row["result"] == -111 and row["proto"] == "tcp",
          row)
    check(int(row["ts_us"]) // 1000000 == row["t"], row)
    # twice: nothing inserted twice
    r = ship(ch.url, db, d)
    check(r.returncode == 0 and "0 segments shipped (0 lines), %d already" % nseg in r.stdout,
          r.stdout + r.stderr)
    check(count() == lines_of(d), "a second ship inserted rows again")
    check(int(ch.scalar("SELECT count() FROM %s.segments WHERE status = 'shipped'" % db)) == nseg,
          "segments rows")
    # the anchor: the record as shipped verifies against the store
    r = sw("verify", "--clickhouse", ch.url, "--database", db, d)
    check(r.returncode == 0 and "every entry shipped is here, unchanged" in r.stdout, r.stdout)
    j = json.loads(sw("verify", "--json", "--clickhouse", ch.url, "--database", db, d).stdout)
    check(j["ok"] and j["anchor"]["ok"] and j["anchor"]["shipped_segments"] == nseg, j)

    # a root attacker rewrites segment 1 (drops the refused connects from
    # the evidence) and rebuilds the whole chain: locally it verifies ...
    forged = copy(d)
    rewrite_segment(forged, 1, lambda ls: [l for l in ls if '"rport":1,' not in l])
    r = sw("verify", forged)
    check(r.returncode == 0, "the forgery should verify locally: " + r.stdout)
    # ... but not against the store, and ship refuses it
    r = sw("verify", "--clickhouse", ch.url, "--database", db, forged)
    check(r.returncode == 1 and "differs from the one shipped" in r.stdout and
          "does NOT match" in r.stdout, r.stdout)
    r = ship(ch.url, db, forged)
    one_line(r, 1, "rewritten after shipping")
    # cutting entries off the end (the last segments and the stop entry),
    # with a consistent chain, is caught too
    cut = copy(d)
    rechain(cut, lambda objs: objs[:2])
    for f in os.listdir(cut):
        if f.startswith("seg-") and f != "seg-000001.jsonl.gz":
            os.unlink(os.path.join(cut, f))
    r = sw("verify", "--clickhouse", ch.url, "--database", db, cut)
    check(r.returncode == 1 and "were removed" in r.stdout, r.stdout)
    # a record the store never saw is not anchored
    r = sw("verify", "--clickhouse", ch.url, "--database", fresh_db(), d)
    check(r.returncode == 1 and "never shipped" in r.stdout, r.stdout + r.stderr)


def test_fleet_ship_resumes_after_a_server_error():
    ch = server()
    db = fresh_db()
    d = copy(record("fleet-a"))
    check(ship(ch.url, db, extra=("--init",)).returncode == 0, "init")
    # the server fails every insert of segment 2 from now on
    ch.query("ALTER TABLE %s.events ADD COLUMN boom UInt8 DEFAULT throwIf(seg = 2)" % db)
    r = ship(ch.url, db, d)
    one_line(r, 1, "ClickHouse at")
    shipped = ch.scalar("SELECT groupArray(seq) FROM (SELECT seq FROM %s.segments WHERE "
                        "status = 'shipped' ORDER BY seq)" % db)
    check(shipped == "[1]", "only segment 1 may be marked shipped: %s" % shipped)
    check(ch.scalar("SELECT count() FROM %s.events WHERE seg = 2" % db) == "0", "seg 2 rows")
    ch.query("ALTER TABLE %s.events DROP COLUMN boom" % db)
    r = ship(ch.url, db, d)
    check(r.returncode == 0 and "1 already in the store" in r.stdout, r.stdout + r.stderr)
    check(int(ch.scalar("SELECT count() FROM %s.events" % db)) == lines_of(d), "after resume")
    check(ch.scalar("SELECT count() - uniqExact(seg, line) FROM %s.events" % db) == "0",
          "a line is in the store twice")


def test_fleet_ship_errors_are_one_line():
    ch = server()
    d = record("fleet-a")
    port = free_port()
    r = sw("ship", "--clickhouse", "http://127.0.0.1:%d" % port, d)
    one_line(r, 1, "cannot reach ClickHouse")
    r = sw("ship", "--clickhouse", ch.url.replace("//", "//auditor:wrong@"), d)
    one_line(r, 1, "refused the credentials")
    r = sw("ship", "--clickhouse", ch.url.replace("//", "//auditor@"), "--database",
           fresh_db(), d, env={"CLICKHOUSE_PASSWORD": "s3cret"})
    check(r.returncode == 0, "password from the environment: " + r.stderr)
    check("s3cret" not in r.stdout + r.stderr, "the password was shown")
    one_line(sw("ship", "--clickhouse", "ftp://x", d), 2, "not an http")
    one_line(sw("ship", "--clickhouse", ch.url, "--database", "a;b", d), 2, "--database")
    one_line(sw("ship", d), 2, "--clickhouse")
    # damage: a segment that does not verify is not shipped, and said so
    bad = copy(d)
    with open(os.path.join(bad, "seg-000002.jsonl.gz"), "r+b") as f:
        f.seek(30)
        f.write(b"\xff\xff")
    db = fresh_db()
    r = ship(ch.url, db, bad)
    check(r.returncode == 1 and "1 segment file does not verify" in r.stderr, r.stderr)
    check(ch.scalar("SELECT status FROM %s.segments WHERE seq = 2" % db) == "modified", "status")
    check(ch.scalar("SELECT count() FROM %s.events WHERE seg = 2" % db) == "0", "seg 2 shipped")


def old_store(ch, db, cluster=None):
    """A store as the first sockwatch with `ship` made it (fleet_schema_v1.sql),
    with `--init --cluster` when cluster is given."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "fleet_schema_v1.sql")) as f:
        text = "\n".join(l for l in f.read().splitlines() if not l.lstrip().startswith("--"))
    for stmt in text.split(";\n"):
        if stmt.strip():
            ch.query(stmt.replace("{db}", db).replace("{local}", "_local" if cluster else "")
                     .rstrip().rstrip(";"))
    for t in ("events", "manifest", "segments", "hosts") if cluster else ():
        ch.query("CREATE TABLE %s.%s AS %s.%s_local ENGINE = Distributed(%s, %s, %s_local, "
                 "cityHash64(host))" % (db, t, db, t, cluster, db, t))


def columns(ch, table):
    return ch.query("SELECT name, type FROM system.columns WHERE database = '%s' AND table = "
                    "'%s' FORMAT TSV" % tuple(table.split("."))).splitlines()


def test_fleet_ship_upgrades_a_store_an_older_sockwatch_made():
    ch = server()
    db = fresh_db()
    old_store(ch, db)
    check("container_id\tNullable(String)" not in columns(ch, db + ".events"), "v1 store")
    # a row shipped by the older sockwatch, before the upgrade
    ch.query("INSERT INTO %s.events (host, record_id, seg, line, ts, event, comm) FORMAT "
             "JSONEachRow {\"host\":\"old\",\"record_id\":\"r0\",\"seg\":1,\"line\":1,"
             "\"ts\":\"2026-01-01T00:00:00.000001Z\",\"event\":\"connect\",\"comm\":\"x\"}" % db)
    url = ("--clickhouse", ch.url, "--database", db)
    # the report changes nothing in the store: it says what to run
    one_line(sw("report", *url), 1, "run 'sockwatch ship --init'")
    a = record("fleet-a")
    r = ship(ch.url, db, a)
    check(r.returncode == 0, r.stderr)
    check("upgraded:" in r.stdout and "columns or tables added" in r.stdout, r.stdout)
    # the same columns, in the same order, as a store made today
    new = fresh_db()
    check(sw("ship", *url[:2], "--database", new, "--init").returncode == 0, "init")
    for t in ("events", "manifest", "segments", "hosts", "packages"):
        check(columns(ch, db + "." + t) == columns(ch, new + "." + t),
              "%s after the upgrade:\n%s\ntoday:\n%s" % (t, columns(ch, db + "." + t),
                                                      columns(ch, new + "." + t)))
    check(ch.scalar("SELECT count() FROM %s.events WHERE host = 'old' AND "
                    "isNull(container_id) AND comm = 'x'" % db) == "1", "the old row")
    # the upgraded store's report is the single-host report, containers included
    r, fleet = report_json(*url, "--host", "fleet-a")
    check(r.returncode == 0, r.stderr)
    same_as_single(fleet["hosts"][0], report_json(a)[1], "fleet-a in an upgraded store")
    # nothing left to do the second time, with --init or without
    for extra in ((), ("--init",)):
        r = ship(ch.url, db, a, extra=extra)
        check(r.returncode == 0 and "upgraded" not in r.stdout, r.stdout + r.stderr)


def as_host(host, *args):
    """sockwatch run in a UTS namespace named host: as if on that host."""
    return subprocess.run(["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', host,
                           swtest.SOCKWATCH] + list(args), capture_output=True, text=True,
                          timeout=120)


def test_fleet_report_names_packages_looked_up_on_each_host():
    """A host's packages come from its own dpkg database, which the fleet
    report's host cannot read: ship looks them up when it runs on the host
    the record is from, and the fleet report names them as that host's own
    report does."""
    ch = server()
    a = record("fleet-a")
    # shipped from elsewhere: nothing looked up
    db = fresh_db()
    r = ship(ch.url, db, a)
    check(r.returncode == 0 and "packages looked up" not in r.stdout, r.stdout + r.stderr)
    check(ch.scalar("SELECT count() FROM %s.packages" % db) == "0", "packages from elsewhere")
    # shipped on fleet-a itself
    db = fresh_db()
    r = as_host("fleet-a", "ship", "--clickhouse", ch.url, "--database", db, a)
    check(r.returncode == 0 and "packages looked up here" in r.stdout, r.stdout + r.stderr)
    r, fleet = report_json("--clickhouse", ch.url, "--database", db)
    check(r.returncode == 0, r.stderr)
    r1 = as_host("fleet-a", "report", "-f", "json", a)
    check(r1.returncode == 0, r1.stderr)
    own = json.loads(r1.stdout)
    host = fleet["hosts"][0]
    for k in ("listeners", "outbound", "inbound", "findings"):
        check(host[k] == own[k], "%s differs from fleet-a's own report:\nfleet %s\nown   %s"
              % (k, json.dumps(host[k])[:1500], json.dumps(own[k])[:1500]))
    check("by sockwatch ship" in host["summary"]["packages"] and
          "looked up" in own["summary"]["packages"], (host["summary"]["packages"],
                                                      own["summary"]["packages"]))
    # python3 (the swfleet listener) is from no Debian package here, or from one:
    # either way the answer is named, not unknown; in fleet-a's container
    # cgroup (when cgroup v2 is mounted) its file is the container's own,
    # which no host's dpkg answers for
    swl = [l for l in host["listeners"] if l["port"] == 23]
    check(swl and all(l["executable"] and (l["packaged"] is None if l["container"] else
                                           l["packaged"] is not None) for l in swl),
          "fleet-a's listener's package answer: %r" % swl)


def report_json(*args):
    r = sw("report", "-f", "json", *args)
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


# What the fleet report must say as the single-host report does; "report"
# (generated when, by what) may differ.
SAME = ("findings", "listeners", "outbound", "inbound", "port_classes", "approved",
        "segments", "not_itemised")


def same_as_single(fleet_host, single, where):
    for k in SAME:
        check(fleet_host.get(k) == single.get(k), "%s: %s differs from the single-host report:"
              "\nfleet  %s\nsingle %s" % (where, k, json.dumps(fleet_host.get(k))[:1500],
                                          json.dumps(single.get(k))[:1500]))
    fs, ss = dict(fleet_host["summary"]), dict(single["summary"])
    check(fs == ss, "%s: summary differs:\nfleet  %s\nsingle %s" % (where, fs, ss))


def approved_file():
    d = tempfile.mkdtemp(prefix="swfleet-")
    os.chmod(d, 0o755)
    path = os.path.join(d, "approved")
    with open(path, "w") as f:
        f.write("listen tcp 5432 process=swfleet -- the database\n"
                "connect tcp 5432 -- clients of the database\n")
    os.chmod(path, 0o644)
    return path


def test_fleet_report_matches_the_single_host_reports():
    ch = server()
    db = fresh_db()
    a, b = record("fleet-a"), record("fleet-b")
    r = ship(ch.url, db, a, b)
    check(r.returncode == 0, r.stderr)
    url = ("--clickhouse", ch.url, "--database", db)
    approved = approved_file()
    for extra in ((), ("--approved", approved)):
        r, fleet = report_json(*url, *extra)
        check(r.returncode == 0, r.stderr)
        check([h["summary"]["host"] for h in fleet["hosts"]] == ["fleet-a", "fleet-b"],
              [h["summary"]["host"] for h in fleet["hosts"]])
        for host, d, doc in (("fleet-a", a, fleet["hosts"][0]), ("fleet-b", b, fleet["hosts"][1])):
            r1, single = report_json(d, *extra)
            check(r1.returncode == 0, r1.stderr)
            same_as_single(doc, single, host + " " + " ".join(extra))
    # the fleet's own tables: one GROUP BY across hosts
    rows = {row["host"]: row for row in fleet["completeness"]}
    check(rows["fleet-a"]["events"] == fleet["hosts"][0]["summary"]["events"]["in_window"]
          if isinstance(fleet["hosts"][0]["summary"].get("events"), dict) else True, rows)
    check(rows["fleet-a"]["segments_shipped"] == len(
        [f for f in os.listdir(a) if f.startswith("seg-")]), rows)
    svc = {(s["proto"], s["port"]): s for s in fleet["services"]}
    check(svc[("tcp", 23)]["listening_on"] == "fleet-a" and
          svc[("tcp", 23)]["service"] == "telnet", svc.get(("tcp", 23)))
    check(svc[("tcp", 5432)]["listening_on"] == "fleet-b" and
          svc[("tcp", 5432)]["outbound_connects"] == 7, svc.get(("tcp", 5432)))
    # a cleartext listener on one host, unapproved services on both
    codes = {f["finding"]: f["host_names"] for f in fleet["findings"]}
    check(codes.get("legacy-protocol") == "fleet-a", codes)
    check("fleet-a" in codes.get("unapproved-listener", ""), codes)
    # one host, a window, a host that never shipped
    r, one = report_json(*url, "--host", "fleet-b")
    check(r.returncode == 0 and [h["summary"]["host"] for h in one["hosts"]] == ["fleet-b"],
          r.stderr)
    since = fleet["hosts"][1]["summary"]["window"]["first_event"]
    r, win = report_json(*url, "--host", "fleet-b", "--since", since)
    r1, single = report_json(b, "--since", since)
    same_as_single(win["hosts"][0], single, "fleet-b --since")
    r, ghost = report_json(*url, "--host", "fleet-a", "--host", "ghost")
    check(r.returncode == 1 and "ghost" in r.stderr, r.stderr)
    rows = {row["host"]: row for row in ghost["completeness"]}
    check(rows["ghost"]["records"] == 0 and "nothing shipped" in rows["ghost"]["status"], rows)
    # every format
    for fmt in ("md", "html", "csv"):
        r = sw("report", *url, "-f", fmt)
        check(r.returncode == 0 and "fleet-a" in r.stdout and "fleet-b" in r.stdout,
              fmt + ": " + r.stderr)
    html = sw("report", *url, "-f", "html").stdout
    check(html.count("<html") == 1 and html.count("</body>") == 1 and
          html.count("<section") == 2, "HTML is one document with a section per host")
    csv = sw("report", *url, "-f", "csv").stdout.splitlines()
    check(csv[0].startswith("host,table,name,") and
          any(l.startswith("fleet-b,listener,") for l in csv), csv[:3])
    one_line(sw("report", *url, a), 2, "give no directories")
    one_line(sw("report", "--host", "x", a), 2, "--clickhouse")
    check_who_and_sends(ch, db, fleet)


def check_who_and_sends(ch, db, fleet):
    """What the comparison above covered, said outright: the UDP query is an
    outbound flow on both sides (the reply is not), and each listener's
    container or unit came through the store's typed columns."""
    for doc in fleet["hosts"]:
        # (the record sees the whole host: other tests' processes too)
        udp = [o for o in doc["outbound"] if o["proto"] == "udp" and o["port"] == 53 and
               o["process"] == "swfleet"]
        check(len(udp) == 1 and udp[0]["connections"] == 1,
              "%s: the UDP send as an outbound flow: %r" % (doc["summary"]["host"], udp))
        sends = ch.scalar("SELECT groupArray(r) FROM (SELECT ifNull(role, '-') AS r FROM "
                          "%s.events WHERE host = '%s' AND event = 'send' AND (lport = 53 "
                          "OR rport = 53) AND comm = 'swfleet' ORDER BY r = 'outbound' DESC)" % (db, doc["summary"]["host"]))
        check(sends.startswith("['outbound','") and sends.count(",") == 1,
              "the store's sends, the client's first: %s" % sends)
    if not cgroup2_mount():
        raise Skip("cgroup v2 is not mounted: the records ran in no container or unit cgroup, "
                   "so who (container, unit) was not compared")
    la = [l for l in fleet["hosts"][0]["listeners"] if l["port"] == 23]
    check(len(la) == 1 and la[0]["container"] == {"id": CTR_ID, "runtime": "podman"} and
          la[0]["host_netns"] is False and la[0]["executable"], "fleet-a's listener: %r" % la)
    lb = [l for l in fleet["hosts"][1]["listeners"] if l["port"] == 5432]
    check(len(lb) == 1 and lb[0]["unit"] == UNIT and lb[0]["container"] is None,
          "fleet-b's listener: %r" % lb)
    row = json.loads(ch.query(
        "SELECT container_id, container_runtime, cgroup, pcomm, args, exe FROM %s.events "
        "WHERE host = 'fleet-a' AND event = 'listen' AND lport = 23 LIMIT 1 FORMAT JSONEachRow" % db))
    check(row["container_id"] == CTR_ID and row["container_runtime"] == "podman" and
          row["cgroup"] == "/" + CGROUPS["fleet-a"] and "-c" in row["args"] and
          row["pcomm"], "typed identity columns: %r" % row)
