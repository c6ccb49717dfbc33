"""sockwatch report, end to end: synthetic records with known numbers
(scripts/gen-record.py), every format, approvals, damaged segments, the
time window, and a real recording of known traffic in a private network
namespace."""
import csv
import glob
import gzip
import importlib.util
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import stat
import time

from swtest import Monitor, Netns, Skip, check, fail, run_cmd, SOCKWATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# The browser gets a network namespace of its own with nothing in it: the
# page must render with no network, and chromium must not try the host's.
CHROMIUM_PREFIX = ["unshare", "--net"] if os.geteuid() == 0 else []

def _gen():
    spec = importlib.util.spec_from_file_location(
        "gen_record", os.path.join(ROOT, "scripts", "gen-record.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


G = _gen()
T0 = G.parse_rfc3339("2026-01-05T09:00:00.000000Z")
S = 10**9  # one second in ns

CSV_COLUMNS = ["table", "name", "severity", "proto", "address", "port", "port_class",
               "service", "process", "uid", "count", "failures", "distinct", "first_seen",
               "last_seen", "approved", "rule", "detail", "executable", "package", "unit",
               "container", "netns"]


def tmpdir():
    return tempfile.mkdtemp(prefix="swrpt-")


def known_record(path, manifest=True):
    """Three segments of known traffic. Returns what the report must say."""
    rec = G.Record(path, manifest=manifest)
    rid = rec.record_id
    # segment 1: the snapshot holds sshd on all interfaces and a DNS stub
    rec.add(G.record_start(T0, host="web-01", kernel="6.1.0-99", version="v-test",
                           ephemeral=(32768, 60999), record_id=rid, seq=1))
    rec.add(G.snapshot(T0, comm="sshd", uid=0, laddr="0.0.0.0", lport=22))
    rec.add(G.snapshot(T0, state="bound", comm="systemd-resolve", uid=101, proto="udp",
                       laddr="127.0.0.53", lport=53))
    rec.add({"event": "snapshot_end", "ts": G.rfc3339(T0), "sockets": 2, "owned": 2,
             "procs_denied": 0})
    # curl: 4 https connects to 3 addresses, one refused; 2 to an unnamed port
    for i, (dst, res) in enumerate([("93.184.216.34", 0), ("93.184.216.34", 0),
                                    ("2001:db8::10", 0), ("198.51.100.7", -111)]):
        rec.add(G.ev("connect", T0 + (1 + i) * S, comm="curl", pid=300, uid=1000,
                     laddr="10.0.0.5", lport=40000 + i, raddr=dst, rport=443, result=res))
    for i in range(2):
        rec.add(G.ev("connect", T0 + (5 + i) * S, comm="curl", pid=300, uid=1000,
                     laddr="10.0.0.5", lport=40010 + i, raddr="203.0.113.9", rport=7777,
                     result=-110 if i else 0))
    rec.cut()
    # segment 2: a telnet server (=legacy) started by an odd process, and an
    # app listening in the ephemeral range
    rec.add(G.record_start(T0 + 10 * S, host="web-01", kernel="6.1.0-99", version="v-test",
                           record_id=rid, seq=2))
    rec.add(G.ev("listen", T0 + 11 * S, comm="=cmd|calc", pid=400, uid=0, laddr="0.0.0.0",
                 lport=23))
    rec.add(G.ev("accept", T0 + 12 * S, comm="=cmd|calc", pid=400, uid=0, laddr="10.0.0.5",
                 lport=23, raddr="192.0.2.1", rport=50000))
    rec.add(G.ev("accept", T0 + 13 * S, comm="=cmd|calc", pid=400, uid=0, laddr="10.0.0.5",
                 lport=23, raddr="192.0.2.2", rport=50001))
    rec.add(G.ev("listen", T0 + 14 * S, comm="<script>x", pid=500, uid=1000,
                 laddr="127.0.0.1", lport=45000))
    rec.add(G.drop(T0 + 15 * S, 3, 3))
    rec.cut()
    # segment 3: sshd accepts 3 times from 2 peers; the telnet server closes
    rec.add(G.record_start(T0 + 20 * S, host="web-01", kernel="6.1.0-99", version="v-test",
                           record_id=rid, seq=3))
    for i, peer in enumerate(["192.0.2.10", "192.0.2.11", "192.0.2.10"]):
        rec.add(G.ev("accept", T0 + (21 + i) * S, comm="sshd", pid=100, uid=0,
                     laddr="10.0.0.5", lport=22, raddr=peer, rport=51000 + i))
    rec.add(G.ev("close", T0 + 25 * S, comm="=cmd|calc", pid=400, uid=0, laddr="0.0.0.0",
                 lport=23, role="listener"))
    rec.add(G.ev("connect", T0 + 26 * S, comm="apt", pid=600, uid=0, proto="udp",
                 laddr="10.0.0.5", lport=40100, raddr="127.0.0.53", rport=53))
    rec.add(G.record_stop(T0 + 30 * S, events=15))
    rec.stop(T0 + 30 * S, 15, 3)
    rec.write()
    return rec


def report(*args, expect=0):
    r = run_cmd("report", *args)
    check(r.returncode == expect, "report %s: exit %d, want %d\nstderr: %s" %
          (" ".join(args), r.returncode, expect, r.stderr))
    return r


def report_json(*args, expect=0):
    r = report("-f", "json", *args, expect=expect)
    try:
        return json.loads(r.stdout)
    except ValueError as e:
        fail("report -f json is not JSON (%s): %r" % (e, r.stdout[:2000]))


def rows(doc, table, **want):
    return [x for x in doc[table] if all(x.get(k) == v for k, v in want.items())]


def one_row(doc, table, **want):
    got = rows(doc, table, **want)
    if len(got) != 1:
        fail("expected one %s row with %r, got %d: %s" %
             (table, want, len(got), json.dumps(doc[table], indent=1)))
    return got[0]


def codes(doc):
    return [f["code"] for f in doc["findings"]]


def test_report_known_record_numbers_json():
    d = tmpdir()
    try:
        known_record(os.path.join(d, "rec"))
        doc = report_json(os.path.join(d, "rec"))
        s = doc["summary"]
        check(s["host"] == "web-01" and s["kernel"] == "6.1.0-99" and
              s["recorded_by"] == "v-test", "header: %r" % s)
        check(s["events"]["in_window"] == 15 and s["events"]["outside_window"] == 0,
              "events: %r" % s["events"])
        check(s["events"]["by_kind"] == {"connect": 7, "bind": 0, "listen": 2, "accept": 5,
                                         "close": 1}, "by kind: %r" % s["events"]["by_kind"])
        check(s["drops"] == 3 and s["complete"] is False and s["partial"] is False,
              "drops/complete: %r" % s)
        check(s["integrity"]["ok"] is True and s["integrity"]["text"].startswith("intact"),
              "integrity: %r" % s["integrity"])
        check(s["ephemeral_port_range"] == {"lo": 32768, "hi": 60999, "source": "as recorded"},
              repr(s["ephemeral_port_range"]))
        check(s["window"]["first_event"] == "2026-01-05T09:00:01.000000Z" and
              s["window"]["last_event"] == "2026-01-05T09:00:26.000000Z", repr(s["window"]))

        # listeners: two from the snapshot, two from events
        check(len(doc["listeners"]) == 4, "listeners: %r" % doc["listeners"])
        ssh = one_row(doc, "listeners", port=22)
        check(ssh["process"] == "sshd" and ssh["scope"] == "all interfaces" and
              ssh["from_snapshot"] and ssh["open_at_end"] and ssh["service"] == "ssh", repr(ssh))
        dns = one_row(doc, "listeners", port=53, proto="udp")
        check(dns["scope"] == "loopback" and dns["uid"] == 101, repr(dns))
        tel = one_row(doc, "listeners", port=23)
        check(tel["process"] == "=cmd|calc" and not tel["open_at_end"] and
              tel["first_seen"] == "2026-01-05T09:00:11.000000Z" and
              tel["last_seen"] == "2026-01-05T09:00:25.000000Z", repr(tel))
        eph = one_row(doc, "listeners", port=45000)
        check(eph["process"] == "<script>x" and eph["port_class"] == "registered", repr(eph))

        # outbound, grouped by process and service port
        https = one_row(doc, "outbound", process="curl", port=443)
        check(https["connections"] == 4 and https["failures"] == 1 and
              https["errors"] == {"ECONNREFUSED": 1} and https["service"] == "https",
              repr(https))
        check(https["destinations"] == {"count": 3, "exact": True, "addresses": [
            "93.184.216.34", "198.51.100.7", "2001:db8::10"]}, repr(https["destinations"]))
        odd = one_row(doc, "outbound", process="curl", port=7777)
        check(odd["connections"] == 2 and odd["failures"] == 1 and odd["service"] is None and
              odd["errors"] == {"ETIMEDOUT": 1} and odd["destinations"]["count"] == 1, repr(odd))
        one_row(doc, "outbound", process="apt", port=53, proto="udp", connections=1)
        check(len(doc["outbound"]) == 3, "outbound rows: %r" % doc["outbound"])

        # inbound per local service
        sshin = one_row(doc, "inbound", process="sshd", port=22)
        check(sshin["accepts"] == 3 and sshin["peers"]["count"] == 2, repr(sshin))
        telin = one_row(doc, "inbound", port=23)
        check(telin["accepts"] == 2 and telin["peers"]["count"] == 2, repr(telin))

        pc = {c["port_class"]: c for c in doc["port_classes"]}
        check(pc["well-known"]["outbound_connects"] == 5 and
              pc["registered"]["outbound_connects"] == 2 and
              pc["well-known"]["inbound_accepts"] == 5 and
              pc["well-known"]["listeners"] == 3 and pc["registered"]["listeners"] == 1,
              "port classes: %r" % doc["port_classes"])

        found = codes(doc)
        for c in ("legacy-protocol", "ephemeral-listener", "unknown-service", "drops",
                  "unexpected-process"):
            check(c in found, "finding %s missing: %r" % (c, doc["findings"]))
        tel_find = [f for f in doc["findings"] if f["code"] == "unexpected-process"]
        check(any("'=cmd|calc'" in f["text"] for f in tel_find), repr(tel_find))
        check(len(doc["segments"]) == 3 and
              all(x["read"] == "ok" and x["integrity"] == "intact" for x in doc["segments"]),
              "segments: %r" % doc["segments"])
        check(doc["approved"] is None and ssh["approved"] is None, "no approvals asked")
    finally:
        shutil.rmtree(d)


def test_report_unattributed_listener_is_a_finding():
    """A listener the opening snapshot could not attribute (its holder's
    descriptors unreadable) is named as such; one with a holder is not."""
    d = tmpdir()
    try:
        rec = G.Record(os.path.join(d, "rec"))
        rec.add(G.record_start(T0, record_id=rec.record_id))
        rec.add(G.snapshot(T0, comm=None, pid=None, uid=0, laddr="0.0.0.0", lport=2024))
        rec.add(G.snapshot(T0, comm="sshd", uid=0, laddr="0.0.0.0", lport=22))
        rec.add({"event": "snapshot_end", "ts": G.rfc3339(T0), "sockets": 2, "owned": 1,
                 "procs_denied": 1})
        rec.add(G.record_stop(T0 + S, events=0))
        rec.stop(T0 + S, 0, 0)
        rec.write()
        doc = report_json(os.path.join(d, "rec"))
        got = [f for f in doc["findings"] if f["code"] == "unattributed-listener"]
        check(len(got) == 1 and "0.0.0.0:2024" in got[0]["text"] and
              got[0]["severity"] == "low", "want one finding for port 2024: %r" % doc["findings"])
        md = report(os.path.join(d, "rec")).stdout
        check("[unattributed-listener] Listener tcp 0.0.0.0:2024" in md, md)
    finally:
        shutil.rmtree(d)


def test_report_json_escapes_as_event_lines_and_names_each_error_once():
    """The report's JSON is written by the program's one JSON writer: a
    process name's control bytes and DEL come out as \\u00XX escapes, as in
    an event line (json-c wrote \\b, \\f and a raw DEL), and two errors
    sockwatch has no name for are one EUNKNOWN member with their sum (json-c
    kept the last one's count under a repeated key)."""
    d = tmpdir()
    try:
        rec = G.Record(os.path.join(d, "rec"))
        rec.add(G.record_start(T0, host="h", kernel="k", version="v-test",
                               record_id=rec.record_id, seq=1))
        name = "a\x08b\x0cc\x7fd\x1b"
        for i, res in enumerate((-1000, -1000, -2000, -111)):
            rec.add(G.ev("connect", T0 + (1 + i) * S, comm=name, pid=300, uid=1000,
                         laddr="10.0.0.5", lport=40000 + i, raddr="192.0.2.1", rport=7777,
                         result=res))
        rec.add(G.record_stop(T0 + 9 * S, events=4))
        rec.stop(T0 + 9 * S, 4)
        rec.write()
        raw = report("-f", "json", rec.path).stdout

        def no_repeats(pairs):
            keys = [k for k, _ in pairs]
            check(len(keys) == len(set(keys)), "a key repeated in an object: %r" % keys)
            return dict(pairs)

        doc = json.loads(raw, object_pairs_hook=no_repeats)
        out = one_row(doc, "outbound", port=7777)
        check(out["process"] == name, "process: %r" % out["process"])
        check('"process":"a\\u0008b\\u000cc\\u007fd\\u001b"' in raw,
              "the name's escapes: %r" % [l for l in raw.splitlines() if '"process"' in l])
        check(out["errors"] == {"EUNKNOWN": 3, "ECONNREFUSED": 1}, "errors: %r" % out["errors"])
        check(out["failures"] == 4, "failures: %r" % out["failures"])
    finally:
        shutil.rmtree(d)


def test_report_formats_md_csv_html_escape_untrusted_names():
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        known_record(rec)
        md = report(rec).stdout
        check(md.startswith("# Socket activity report: web-01"), md[:200])
        for section in ("## Findings", "## Listening services", "## Outbound connections",
                        "## Inbound connections", "## Port classes", "## Segments"):
            check(section in md, "md lacks %s" % section)
        check("\\<script\\>x" in md and "<script>" not in md, "md escaping of a comm")
        check("\\=cmd\\|calc" in md or "=cmd\\|calc" in md, "md: '|' in a cell is escaped")
        # every table row has as many cells as its header
        for block in re.findall(r"(\|[^\n]*\|\n\|(?:---\|)+\n(?:\|[^\n]*\|\n)*)", md):
            lines = block.strip("\n").split("\n")
            n = len(re.findall(r"(?<!\\)\|", lines[0]))
            for l in lines:
                check(len(re.findall(r"(?<!\\)\|", l)) == n, "md row breaks columns: %r" % l)

        out = os.path.join(d, "r.csv")
        report(rec, "-o", out)  # format from the extension
        with open(out, newline="") as f:
            raw = f.read()
        check("\r\n" in raw, "CSV lines end in CRLF")
        table = list(csv.reader(io.StringIO(raw)))
        check(table[0] == CSV_COLUMNS, "CSV header: %r" % table[0])
        check(all(len(r) == len(CSV_COLUMNS) for r in table), "one CSV layout for every row")
        cells = [c for r in table for c in r]
        check(not any(c[:1] in ("=", "+", "-", "@") for c in cells),
              "a CSV cell starts with a formula character: %r" %
              [c for c in cells if c[:1] in "=+-@"])
        check("'=cmd|calc" in cells, "the process name is kept, neutralised")
        lis = [r for r in table if r[0] == "listener"]
        check(len(lis) == 4, "CSV listener rows: %r" % lis)
        check({r[0] for r in table} >= {"meta", "finding", "listener", "outbound", "inbound",
                                        "port_class", "segment"}, "CSV tables")

        out = os.path.join(d, "r.html")
        report(rec, "-o", out)
        with open(out, encoding="utf-8") as f:
            html = f.read()
        check(html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>"),
              "HTML document")
        check("<script" not in html.lower(), "no script element, not even an injected one")
        check("&lt;script&gt;x" in html, "comm is HTML-escaped")
        check("<svg" in html and "<rect" in html, "an inline SVG chart")
        check(not re.search(r"(src|href)=\"(https?:)?//", html), "nothing fetched")
        check("default-src 'none'" in html, "CSP forbids fetching")
    finally:
        shutil.rmtree(d)


def test_report_approved_list():
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        known_record(rec)
        ap = os.path.join(d, "approved")
        with open(ap, "w") as f:
            f.write("# web-01 approved services (CHG-1)\n"
                    "listen tcp 22 process=sshd addr=wildcard -- remote administration\n"
                    "listen udp 53 addr=loopback -- local DNS stub\n"
                    "connect tcp 443 -- HTTPS APIs\n"
                    "connect udp 53 -- DNS\n"
                    "listen tcp 8443 -- admin UI, decommissioned?\n")
        doc = report_json(rec, "--approved", ap)
        check(one_row(doc, "listeners", port=22)["approved_by_line"] == 2, "ssh by line 2")
        check(one_row(doc, "listeners", port=53)["approved_by_line"] == 3, "dns by line 3")
        check(one_row(doc, "listeners", port=23)["approved"] is False, "telnet unapproved")
        check(one_row(doc, "listeners", port=45000)["approved"] is False, "45000 unapproved")
        check(one_row(doc, "outbound", port=443)["approved_by_line"] == 4, "https")
        check(one_row(doc, "outbound", port=7777)["approved"] is False, "7777")
        check(one_row(doc, "inbound", port=22)["approved_by_line"] == 2, "accepts on 22")
        rules = {r["line"]: r for r in doc["approved"]["rules"]}
        check(rules[6]["matched"] == 0 and rules[2]["matched"] == 2, repr(rules))
        check(doc["approved"]["unapproved"] == {"listeners": 2, "outbound": 1, "inbound": 1},
              repr(doc["approved"]["unapproved"]))
        never = [f for f in doc["findings"] if f["code"] == "approved-unseen"]
        check(len(never) == 1 and "%s:6" % ap in never[0]["text"], repr(never))
        md = report(rec, "--approved", ap).stdout
        check("never seen" in md and "**NO**" in md and "yes (line 2)" in md, "md approvals")

        # a malformed line: one line on stderr naming FILE:LINE, exit 2, no report
        with open(ap, "a") as f:
            f.write("listen tcp 22 process=sshd\n")
        r = report(rec, "--approved", ap, expect=2)
        check(r.stdout == "", "no report on a bad approved file")
        errs = r.stderr.strip().split("\n")
        check(len(errs) == 1 and ("%s:7: missing justification" % ap) in errs[0],
              "stderr: %r" % r.stderr)
    finally:
        shutil.rmtree(d)


def corrupt(path):
    """Flip bytes in the middle of a gzip member: a data or CRC error."""
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        mid = len(data) // 2
        for i in range(mid, min(mid + 16, len(data) - 8)):
            data[i] ^= 0x5a
        f.seek(0)
        f.write(data)


def test_report_damaged_segments_partial():
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        known_record(rec)
        seg2 = os.path.join(rec, "seg-000002.jsonl.gz")
        # make segment 2 big enough that damage in its middle leaves a prefix
        r = report(rec, "-f", "json")
        corrupt(seg2)
        r = run_cmd("report", "-f", "json", rec)
        check(r.returncode == 1, "damaged record: exit %d, want 1; %s" % (r.returncode, r.stderr))
        check("partial" in r.stderr and "seg-000002.jsonl.gz" in r.stderr,
              "stderr names the segment: %r" % r.stderr)
        doc = json.loads(r.stdout)
        s = doc["summary"]
        check(s["partial"] is True and s["complete"] is False, repr(s))
        check(s["integrity"]["ok"] is False and "seg-000002.jsonl.gz" in s["integrity"]["text"],
              repr(s["integrity"]))
        seg = one_row(doc, "segments", name="seg-000002.jsonl.gz")
        check(seg["damaged"] and seg["integrity"] == "modified", repr(seg))
        ok = [x for x in doc["segments"] if x["name"] != "seg-000002.jsonl.gz"]
        check(all(x["read"] == "ok" for x in ok), repr(ok))
        # the other segments are still summarised
        check(one_row(doc, "outbound", port=443)["connections"] == 4, "segment 1 counted")
        check(one_row(doc, "inbound", port=22)["accepts"] == 3, "segment 3 counted")
        check("damaged-segment" in codes(doc), repr(doc["findings"]))
        md = run_cmd("report", rec).stdout
        check("PARTIAL" in md and "seg-000002.jsonl.gz" in md, "md says partial, names it")

        # truncated: the gzip stream ends early
        shutil.rmtree(rec)
        known_record(rec)
        seg3 = os.path.join(rec, "seg-000003.jsonl.gz")
        with open(seg3, "rb") as f:
            data = f.read()
        with open(seg3, "wb") as f:
            f.write(data[:len(data) * 2 // 3])
        r = run_cmd("report", "-f", "json", rec)
        check(r.returncode == 1 and "seg-000003.jsonl.gz" in r.stderr, r.stderr)
        doc = json.loads(r.stdout)
        seg = one_row(doc, "segments", name="seg-000003.jsonl.gz")
        check(seg["read"] == "truncated" and seg["integrity"] == "truncated", repr(seg))
        check(one_row(doc, "outbound", port=443)["connections"] == 4, "segment 1 counted")

        # a plain segment file with garbage lines, no manifest
        plain = os.path.join(d, "x.jsonl.gz")
        with gzip.open(plain, "wt") as f:
            f.write(json.dumps(G.ev("connect", T0, comm="a", raddr="10.1.1.1", rport=80,
                                    laddr="10.0.0.1", lport=40000)) + "\n")
            f.write("this is not json\n{\"event\":\"connect\"}\n")
        r = run_cmd("report", "-f", "json", plain)
        check(r.returncode == 1, "bad lines: exit %d: %s" % (r.returncode, r.stderr))
        doc = json.loads(r.stdout)
        seg = doc["segments"][0]
        check(seg["bad_lines"] == 2 and seg["first_bad_line"] == 2 and seg["lines"] == 3,
              repr(seg))
        check(doc["summary"]["events"]["in_window"] == 1, "the good line counts")
        check("no manifest" in doc["summary"]["integrity"]["text"], repr(doc["summary"]))
    finally:
        shutil.rmtree(d)


def test_report_window_and_plain_files():
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        known_record(rec, manifest=False)
        doc = report_json(rec, "--since", "2026-01-05T10:00:12+01:00",
                          "--until", "2026-01-05T09:00:22Z")
        s = doc["summary"]
        # seconds 12..22: accepts at 12, 13 (telnet), 21, 22 (ssh); listen at 14
        check(s["events"]["in_window"] == 5 and s["events"]["outside_window"] == 10,
              repr(s["events"]))
        check(s["window"]["since"] == "2026-01-05T09:00:12.000000Z", repr(s["window"]))
        # telnet listened at 11 (before the window) and was still open at 12
        tel = one_row(doc, "listeners", port=23)
        check(tel["events"] == 0, repr(tel))
        check(not rows(doc, "outbound", port=443), "no connect in the window")
        check("no manifest" in s["integrity"]["text"], repr(s["integrity"]))
        check("no-manifest" in codes(doc), repr(doc["findings"]))

        # the segment files themselves, given as FILE arguments
        files = sorted(glob.glob(os.path.join(rec, "seg-*.jsonl.gz")))
        doc = report_json(*files)
        check(doc["summary"]["events"]["in_window"] == 15, "files: all events")
        check(doc["summary"]["integrity"]["text"].startswith("not checked"), "no manifest")

        # a record that does not exist is a runtime failure (1), as for verify
        r = run_cmd("report", os.path.join(d, "nope"))
        check(r.returncode == 1 and r.stderr.count("\n") == 1 and r.stdout == "",
              "report nope: %d %r" % (r.returncode, r.stderr))
        for bad in (["--since", "yesterday", rec], ["-f", "pdf", rec],
                    ["--until", "2026-01-01", "--since",
                                                "2026-01-02", rec], [],
                    ["--bogus", rec], ["--format"], ["-o"]):
            r = run_cmd("report", *bad)
            check(r.returncode == 2 and r.stderr.count("\n") == 1 and r.stdout == "",
                  "report %r: %d %r" % (bad, r.returncode, r.stderr))
        r = run_cmd("report", "--help")
        check(r.returncode == 0 and "-- JUSTIFICATION" in r.stdout and "RFC 3339" in r.stdout,
              "help documents the approved format and times")
    finally:
        shutil.rmtree(d)


def report_env(env, *args):
    """`sockwatch report` with extra environment; stdout as bytes."""
    import swtest
    r = subprocess.run([swtest.SOCKWATCH, "report"] + list(args), capture_output=True,
                       env=dict(os.environ, **env), timeout=300)
    check(r.returncode in (0, 1), "report %s: exit %d\nstderr: %s" %
          (" ".join(args), r.returncode, r.stderr.decode(errors="replace")))
    return r.stdout


def unusual_record(path):
    """Valid lines sockwatch would not write as they are (escapes, repeated
    keys, whitespace, numbers that are not small integers, nesting) and
    lines that are not valid: what json-c, not the fast path, must read."""
    rec = G.Record(path)
    rec.add(G.record_start(T0, host="h\u00e9st", kernel="6.1.0-99", version="v-test",
                           record_id=rec.record_id, seq=1))
    base = G.ev("connect", T0 + S, comm="curl", pid=300, uid=1000, laddr="10.0.0.5",
                lport=40000, raddr="93.184.216.34", rport=443)
    rec.add(base)
    for i, comm in enumerate(["cu\"rl", "back\\slash", "tab\there", "nul\x00in", "caf\u00e9",
                              "\U0001f600", "=cmd|calc", "<b>x</b>"]):
        d = dict(base, comm=comm, ts=G.rfc3339(T0 + (2 + i) * S))
        rec.add(json.dumps(d, separators=(",", ":")))                  # escaped
        rec.add(json.dumps(d, separators=(",", ":"), ensure_ascii=False))  # raw UTF-8
    line = json.dumps(dict(base, ts=G.rfc3339(T0 + 20 * S)), separators=(",", ":"))
    rec.add(line.replace('"comm":"curl"', '"comm":"curl","comm":"wget"'))
    rec.add(line.replace('"rport":443', '"rport":443,"rport":80'))
    rec.add(json.dumps(dict(base, ts=G.rfc3339(T0 + 21 * S))))        # spaces
    rec.add(json.dumps(dict(base, ts=G.rfc3339(T0 + 22 * S)), indent=None,
                       separators=(" , ", " : ")))
    rec.add(line.replace('"pid":300', '"pid":300.0').replace('"lport":40000', '"lport":4e4'))
    rec.add(line.replace('"uid":1000', '"uid":99999999999999999999'))
    rec.add(line.replace('"result":0', '"result":-1.5e2'))
    rec.add(line.replace('"service":"https"', '"service":["https"]'))
    rec.add(line.replace('"in_progress":false', '"in_progress":TRUE'))
    rec.add(line[:-1] + ',}')                                           # json-c accepts
    rec.add(line[:-1] + ',"x":{"y":[1,{"z":null}]}}')
    for bad in ('{"event":"connect"', line + "x", line.replace(":", ";", 1), "[1,2]",
                line.replace('"ts"', "ts"), line.replace("false", "fals"), "{}", ""):
        rec.add(bad)
    rec.add(G.drop(T0 + 30 * S, 3, 3))
    rec.add(line.replace('"event":"connect"', '"event":"drop"').replace(
        '"ts"', '"lost":99999999999999999999,"ts"'))
    rec.add(G.record_stop(T0 + 40 * S, events=30))
    rec.stop(T0 + 40 * S, 30)
    rec.write()


def test_report_fast_parser_matches_jsonc():
    """The fast path (user/report/report_parse.c) and json-c alone
    (SOCKWATCH_REPORT_PARSER=json-c, the parser before it) must give the
    same report, byte for byte but for the time it was generated: on a
    synthetic record as the benchmark makes it, and on one of unusual and
    invalid lines. One parser thread, so the order of arrival is the same."""
    d = tmpdir()
    try:
        bench = os.path.join(d, "bench")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-record.py"), bench,
                        "--events", "60000", "--segment-events", "25000", "--seed", "7"],
                       check=True, capture_output=True, timeout=120)
        odd = os.path.join(d, "odd")
        unusual_record(odd)
        gen = re.compile(rb'^.*[Gg]enerated.*$', re.M)
        for rec in (bench, odd):
            for fmt in ("json", "md", "csv", "html"):
                args = ("--threads", "1", "-f", fmt, rec)
                fast = report_env({}, *args)
                slow = report_env({"SOCKWATCH_REPORT_PARSER": "json-c"}, *args)
                check(len(fast) > 1000, "%s %s: a report" % (rec, fmt))
                fast, slow = gen.sub(b"", fast), gen.sub(b"", slow)
                if fast != slow:
                    diff = [(a, b) for a, b in zip(fast.splitlines(), slow.splitlines())
                            if a != b]
                    fail("%s -f %s: fast path and json-c reports differ: %r" %
                         (os.path.basename(rec), fmt, diff[:5]))
        # the odd record really has bad lines, counted the same by both: the 8
        # invalid ones; a pid of 300.0 and a result of -1.5e2, no integers; and
        # the uid and the lost of 10^20, out of their range (json-c clamped
        # that lost to INT64_MAX, a valid count, until it was checked)
        doc = json.loads(report_env({}, "-f", "json", odd))
        check(doc["summary"]["events"]["bad_lines"] == 12, repr(doc["summary"]["events"]))
    finally:
        shutil.rmtree(d)


def members_of(path):
    """[(offset, size, text)] of a segment written as sized members."""
    import struct
    import zlib
    with open(path, "rb") as f:
        data = f.read()
    out, off = [], 0
    while off < len(data):
        size = struct.unpack("<I", data[off + 16:off + 20])[0]
        out.append((off, size, zlib.decompress(data[off:off + size], 31).decode()))
        off += size
    return out


def without_place(doc):
    """A report's JSON without what names where and when it was made."""
    if isinstance(doc, dict):
        return {k: without_place(v) for k, v in doc.items()
                if k not in ("path", "chain_head", "generated_at", "generated_by")}
    if isinstance(doc, list):
        return [without_place(v) for v in doc]
    return doc


def test_report_members_read_as_the_stream():
    """Segments of sized gzip members (inflated in parallel, several per
    segment) give the report that the same lines as one gzip stream (read
    with zlib as before) give, on one thread or several; it counts every
    line zcat sees."""
    d = tmpdir()
    try:
        recs = {}
        for fmt in ("members", "legacy"):
            recs[fmt] = os.path.join(d, fmt)
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-record.py"),
                            recs[fmt], "--events", "30000", "--segment-events", "12000",
                            "--seed", "5", "--level", "1"] + (["--legacy"] if fmt == "legacy" else []),
                           check=True, capture_output=True, timeout=120)
        seg = os.path.join(recs["members"], "seg-000001.jsonl.gz")
        check(len(members_of(seg)) >= 3, "several members in a segment")
        lines = 0
        for name in sorted(glob.glob(os.path.join(recs["members"], "seg-*.jsonl.gz"))):
            with gzip.open(name, "rt") as f:
                lines += sum(1 for _ in f)
        want = without_place(report_json("--threads", "1", recs["legacy"]))
        check(want["summary"]["events"]["lines"] == lines, "every line: %d" % lines)
        for threads in ("1", "2", "3"):
            got = without_place(report_json("--threads", threads, recs["members"]))
            if got != want:
                diff = [k for k in want if got.get(k) != want[k]]
                fail("members, %s threads: the report differs in %r" % (threads, diff))
    finally:
        shutil.rmtree(d)


def test_report_damaged_member_loses_only_its_lines():
    """A member whose data is corrupt costs its own lines, not the members
    after it; a segment cut inside its last member (a crash while writing
    it) keeps every whole member and the whole lines before the cut."""
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-record.py"),
                        rec, "--events", "20000", "--segment-events", "10000", "--seed", "9",
                        "--level", "1", "--no-manifest"],
                       check=True, capture_output=True, timeout=120)
        seg1 = os.path.join(rec, "seg-000001.jsonl.gz")
        seg2 = os.path.join(rec, "seg-000002.jsonl.gz")
        m1, m2 = members_of(seg1), members_of(seg2)
        check(len(m1) >= 3 and len(m2) >= 3, "several members: %d, %d" % (len(m1), len(m2)))
        lines = lambda ms: sum(t.count("\n") for _, _, t in ms)

        before = report_json(seg1)["summary"]["events"]["in_window"]
        # segment 1: bytes flipped inside its second member's data
        off, size, text = m1[1]
        with open(seg1, "r+b") as f:
            f.seek(off + size // 2)
            b = f.read(16)
            f.seek(off + size // 2)
            f.write(bytes(x ^ 0x5a for x in b))
        # segment 2: cut in the middle of its last member
        off, size, _ = m2[-1]
        with open(seg2, "r+b") as f:
            f.truncate(off + size // 2)

        doc = report_json(seg1, seg2, expect=1)
        s1, s2 = doc["segments"]
        check(s1["read"] == "corrupt", repr(s1))
        # every event of the other members; what zlib made of the damaged one
        # before it noticed is bad lines at most (CRC), never events of its own
        check(s1["lines"] >= lines(m1) - text.count("\n"), repr(s1))
        after = report_json(seg1, expect=1)["summary"]["events"]["in_window"]
        check(before - text.count("\n") <= after <= before, "%d of %d events" % (after, before))
        check(s2["read"] == "truncated", repr(s2))
        check(lines(m2[:-1]) < s2["lines"] < lines(m2) and s2["bad_lines"] == 0, repr(s2))
    finally:
        shutil.rmtree(d)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def test_report_html_renders_in_chromium():
    browser = find_chromium()
    if not browser:
        raise Skip("chromium is not installed (apt-get install -y chromium)")
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        known_record(rec)
        out = os.path.join(d, "report.html")
        report(rec, "-o", out)
        png = os.path.join(d, "shot.png")
        profile = os.path.join(d, "profile")
        r = subprocess.run(CHROMIUM_PREFIX + [browser, "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-quic", "--disable-component-update", "--disable-sync",
                            "--disable-background-networking", "--no-first-run",
                            "--user-data-dir=" + profile, "--window-size=1400,2400",
                            "--screenshot=" + png, "file://" + out],
                           capture_output=True, text=True, timeout=120)
        check(os.path.exists(png), "no screenshot: %s" % r.stderr[-2000:])
        with open(png, "rb") as f:
            data = f.read()
        check(data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000,
              "screenshot looks empty (%d bytes)" % len(data))
        # DOM as chromium parsed it: the chart and every table made it
        r = subprocess.run(CHROMIUM_PREFIX + [browser, "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-quic", "--disable-component-update", "--disable-sync",
                            "--disable-background-networking", "--no-first-run",
                            "--user-data-dir=" + profile, "--dump-dom", "file://" + out],
                           capture_output=True, text=True, timeout=120)
        dom = r.stdout
        # header, listeners, outbound, inbound, port classes, segments
        check(dom.count("<table") >= 6 and "<svg" in dom and "<script" not in dom.lower(),
              "parsed DOM: %d tables" % dom.count("<table"))
    finally:
        shutil.rmtree(d)


# Known traffic for a real recording: a listener on 127.0.0.1:PORT that
# accepts 3 connections, a refused connect to PORT+1, a UDP bind on PORT+2.
TRAFFIC = r"""
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", PORT)); s.listen()
for i in range(3):
    c = socket.create_connection(("127.0.0.1", PORT)); a, _ = s.accept(); c.close(); a.close()
r = socket.socket()
try:
    r.connect(("127.0.0.1", PORT + 1))
except ConnectionRefusedError:
    pass
r.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", PORT + 2))
s.close()
"""


def test_report_real_recording():
    d = tmpdir()
    try:
        rec = os.path.join(d, "rec")
        port = 18480
        with Netns() as ns:
            m = Monitor("record", "-o", rec, "-c", "swrpt", json_out=False)
            ns.run("PORT = %d\n" % port + TRAFFIC, comm="swrpt")
            check(m.stop(signal.SIGTERM) == 0, "record: %r" % m.stderr_lines)
        doc = report_json(rec)
        s = doc["summary"]
        check(s["integrity"]["ok"] and s["complete"] and not s["partial"], repr(s))
        check(s["host"] == os.uname().nodename and s["kernel"] == os.uname().release,
              "header from the real record: %r" % s)
        lis = one_row(doc, "listeners", process="swrpt", port=port, proto="tcp")
        check(lis["address"] == "127.0.0.1" and lis["scope"] == "loopback" and
              not lis["open_at_end"] and lis["from_events"], repr(lis))
        one_row(doc, "listeners", process="swrpt", port=port + 2, proto="udp")
        out = one_row(doc, "outbound", process="swrpt", port=port)
        check(out["connections"] == 3 and out["failures"] == 0 and
              out["destinations"]["addresses"] == ["127.0.0.1"], repr(out))
        ref = one_row(doc, "outbound", process="swrpt", port=port + 1)
        check(ref["connections"] == 1 and ref["errors"] == {"ECONNREFUSED": 1}, repr(ref))
        acc = one_row(doc, "inbound", process="swrpt", port=port)
        check(acc["accepts"] == 3 and acc["peers"]["count"] == 1, repr(acc))
        mine = sum(x["connections"] for x in rows(doc, "outbound", process="swrpt"))
        check(mine == 4, "swrpt connects: %d" % mine)
    finally:
        shutil.rmtree(d)


def test_report_output_to_a_device_writes_through_it():
    """-o onto a device node must write to it, not rename a file over it
    (as root that replaced /dev/null with a regular file once)."""
    if os.geteuid() != 0:
        raise Skip("needs root to make a device node")
    d = tmpdir()
    try:
        known_record(os.path.join(d, "rec"))
        dev = os.path.join(d, "null")
        os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        r = subprocess.run([SOCKWATCH, "report", os.path.join(d, "rec"), "-o", dev],
                           capture_output=True, text=True, timeout=60)
        check(r.returncode == 0, r.stderr)
        check(stat.S_ISCHR(os.lstat(dev).st_mode), "the device node was replaced")
        check(sorted(os.listdir(d)) == ["null", "rec"], "stray files: %r" % os.listdir(d))
    finally:
        shutil.rmtree(d)
