"""The auditor's workflow (issue 12): `sockwatch approved --learn DIR`
proposes an approved-services file from a record, and `sockwatch report
--baseline OLD DIR` shows listener drift. Both on records of real traffic:
socat servers, curl clients and Python sockets in a network namespace of
the test's own, recorded by the real `sockwatch record`."""
import csv
import importlib.util
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile

from swtest import Monitor, Netns, Skip, check, fail, run_cmd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Ports of these tests, this run's own: the recorder's --port filter keeps the
# records to this run's traffic, as other make test runs on the host make
# the same traffic at the same time.
P = 20000 + 10 * random.randrange(500)   # approved --learn: P..P+9
Q = P + 5000                             # report --baseline: Q..Q+9

RULE_RE = re.compile(r"^(listen|connect) (tcp|udp) (\d+)( process=\S+)?( addr=\S+)? "
                     r"-- TODO: justify$")


def _gen():
    spec = importlib.util.spec_from_file_location(
        "gen_record", os.path.join(ROOT, "scripts", "gen-record.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def need(*tools):
    for t in tools:
        if not shutil.which(t):
            raise Skip("%s is not installed (scripts/deps.sh installs it)" % t)


class Servers:
    """Background servers in a namespace, stopped (and reaped) at the end."""

    def __init__(self, ns):
        self.ns, self.procs = ns, []

    def socat(self, *args):
        p = subprocess.Popen(["ip", "netns", "exec", self.ns.name, "socat"] + list(args),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.procs.append(p)
        return p

    def exe(self, path, *args):
        p = subprocess.Popen(["ip", "netns", "exec", self.ns.name, path] + list(args),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.procs.append(p)
        return p

    def python(self, code, comm):
        p = self.ns.spawn(code, comm=comm)
        self.procs.append(p)
        return p

    def stop(self):
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=10)


def wait_listening(ns, proto, port, family="4"):
    """Until something in ns listens on port (bounded: 100 tries, 5 s)."""
    code = """
import socket, time
for _ in range(100):
    if %r == "tcp":
        s = socket.socket(socket.AF_INET6 if %r == "6" else socket.AF_INET)
        try:
            s.connect((%r, %d)); s.close(); break
        except OSError:
            s.close(); time.sleep(0.05)
    else:
        out = open("/proc/net/udp" + ("6" if %r == "6" else "")).read()
        if (":%%04X " %% %d) in out: break
        time.sleep(0.05)
else:
    raise SystemExit("nothing listens on %d")
""" % (proto, family, "::1" if family == "6" else "127.0.0.1", port, family, port, port)
    ns.run(code, comm="swprobe")


# A Python listener: dual-stack (v4 and v6 wildcard sockets, one rule), or
# one socket on an address.
LISTEN = """
import socket, sys, time
socks = []
for fam, addr in %r:
    s = socket.socket(socket.AF_INET6 if ":" in addr else socket.AF_INET, socket.SOCK_STREAM)
    if ":" in addr:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, %d)); s.listen(8); socks.append(s)
print("ready", flush=True)
time.sleep(30)
"""


def record(rec, lo, hi):
    return Monitor("record", "-o", rec, "-P", "%d-%d" % (lo, hi), json_out=False)


def learn(*args, expect=0):
    r = run_cmd("approved", "--learn", *args)
    check(r.returncode == expect, "approved --learn %s: exit %d, want %d; stderr: %s" %
          (" ".join(args), r.returncode, expect, r.stderr))
    return r


def report_json(*args, expect=0):
    r = run_cmd("report", "-f", "json", *args)
    check(r.returncode == expect, "report %s: exit %d, want %d; stderr: %s" %
          (" ".join(args), r.returncode, expect, r.stderr))
    return json.loads(r.stdout)


def rules_of(text):
    """The rule lines, each checked against the one shape learn writes."""
    rules = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        check(RULE_RE.match(line), "not a proposed rule: %r\nin:\n%s" % (line, text))
        rules.append(line[:line.index(" -- ")])
    return rules


def comments_before(text, rule):
    """The comment lines right above a rule."""
    lines = text.splitlines()
    i = next(i for i, l in enumerate(lines) if l.startswith(rule + " -- "))
    out = []
    while i > 0 and lines[i - 1].startswith("# "):
        i -= 1
        out.insert(0, lines[i])
    return out


def test_approved_learn_real_traffic_round_trip():
    need("socat", "curl")
    d = tempfile.mkdtemp(prefix="swaudit-")
    try:
        rec = os.path.join(d, "rec")
        # an executable whose path holds a newline and a rule: the proposal
        # must not turn a hostile path into a rule of its own
        evil_dir = os.path.join(d, "x\nlisten tcp * -- approved by path")
        os.mkdir(evil_dir)
        evil = os.path.join(evil_dir, "socat")
        shutil.copy2(shutil.which("socat"), evil)
        with Netns() as ns:
            srv = Servers(ns)
            m = record(rec, P, P + 9)
            try:
                srv.socat("TCP4-LISTEN:%d,bind=127.0.0.1,reuseaddr,fork" % P,
                          "SYSTEM:echo HTTP/1.0 200 OK; echo")
                srv.socat("-u", "UDP4-RECVFROM:%d,fork" % (P + 1), "/dev/null")
                srv.python(LISTEN % ([(4, "0.0.0.0"), (6, "::")], P + 3), comm="swldual")
                srv.python(LISTEN % ([(4, "127.0.0.1")], P + 5), comm="swl bad")
                srv.exe(evil, "TCP4-LISTEN:%d,bind=127.0.0.1,reuseaddr" % (P + 4), "/dev/null")
                wait_listening(ns, "tcp", P)
                wait_listening(ns, "udp", P + 1)
                wait_listening(ns, "tcp", P + 4)
                for port in (P, P + 2):  # a served request, and one refused
                    subprocess.run(["ip", "netns", "exec", ns.name, "curl", "-s", "-m", "5",
                                    "-o", "/dev/null", "http://127.0.0.1:%d/" % port],
                                   timeout=30)
                ns.run("import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                       "s.sendto(b'x', ('127.0.0.1', %d))\n" % (P + 1), comm="swlsend")
            finally:
                srv.stop()
                check(m.stop(signal.SIGTERM) == 0, "record: %r" % m.stderr_lines)

        r = learn(rec)
        text = r.stdout
        check(re.search(r"proposed \d+ listen and \d+ connect rules?", r.stderr),
              "summary line: %r" % r.stderr)
        rules = rules_of(text)
        check(len(rules) == len(set(rules)), "a rule twice:\n" + text)
        for want in ("listen tcp %d process=socat addr=loopback" % P,
                     "listen udp %d process=socat addr=wildcard" % (P + 1),
                     "listen tcp %d process=swldual addr=wildcard" % (P + 3),
                     "listen tcp %d process=socat addr=loopback" % (P + 4),
                     "listen tcp %d addr=loopback" % (P + 5),
                     "connect tcp %d process=curl" % P,
                     "connect tcp %d process=curl" % (P + 2),
                     "connect udp %d process=swlsend" % (P + 1)):
            check(want in rules, "missing rule %r in:\n%s" % (want, text))
        # the dual-stack listener: one rule, both sockets named above it
        dual = "\n".join(comments_before(text, "listen tcp %d process=swldual addr=wildcard"
                                         % (P + 3)))
        check("0.0.0.0:%d" % (P + 3) in dual and "[::]:%d" % (P + 3) in dual, dual)
        # a name a rule cannot hold: no process=, and the comment says why
        bad = "\n".join(comments_before(text, "listen tcp %d addr=loopback" % (P + 5)))
        check("cannot be written in a rule" in bad and "swl bad" in bad, bad)
        # the hostile path is in a comment, escaped, and made no rule
        hostile = "\n".join(comments_before(text, "listen tcp %d process=socat addr=loopback"
                                            % (P + 4)))
        check("x\\x0alisten tcp * -- approved by path/socat" in hostile, hostile)
        check(not any(r.startswith("listen tcp *") for r in rules), text)
        check("refused" in "\n".join(comments_before(text, "connect tcp %d process=curl"
                                                     % (P + 2))).lower() or
              "ECONNREFUSED" in text, "the refused connect's comment:\n" + text)

        # as proposed: approves everything the record saw, and every rule
        # is listed as unjustified
        ap = os.path.join(d, "approved")
        with open(ap, "w") as f:
            f.write(text)
        os.chmod(ap, 0o600)
        doc = report_json("--approved", ap, rec)
        unapproved = [f for f in doc["findings"] if f["code"].startswith("unapproved-")]
        check(not unapproved, "the proposal leaves these unapproved: %r" % unapproved)
        check(all(x["approved"] for x in doc["listeners"] + doc["outbound"] + doc["inbound"]),
              "a row not approved")
        unjust = [f for f in doc["findings"] if f["code"] == "unjustified-rule"]
        check(unjust and "TODO" in unjust[0]["text"], "no unjustified-rule finding: %r" %
              doc["findings"])
        # reviewed: justified, and the refused curl rule struck out
        reviewed = "".join(l.replace("TODO: justify", "CHG-42 reviewed") + "\n"
                           for l in text.splitlines()
                           if not l.startswith("connect tcp %d " % (P + 2)))
        with open(ap, "w") as f:
            f.write(reviewed)
        doc = report_json("--approved", ap, rec)
        got = [f for f in doc["findings"] if f["code"].startswith("unapproved-")]
        check(len(got) == 1 and got[0]["code"] == "unapproved-outbound" and
              "/%d" % (P + 2) in got[0]["text"], "after review: %r" % got)
        check("unjustified-rule" not in [f["code"] for f in doc["findings"]], "still unjustified")
    finally:
        shutil.rmtree(d)


def test_approved_learn_accept_without_listener():
    """Accepts on a port whose listener the record never saw (open before it,
    no snapshot) get a listen rule of their own, so nothing is unapproved."""
    G = _gen()
    t0 = G.parse_rfc3339("2026-01-05T09:00:00.000000Z")
    d = tempfile.mkdtemp(prefix="swaudit-")
    try:
        path = os.path.join(d, "rec")
        rec = G.Record(path)
        rec.add(G.record_start(t0, host="h1", record_id=rec.record_id, seq=1))
        rec.add(G.ev("accept", t0 + 10**9, comm="nginx", pid=7, laddr="10.0.0.5", lport=443,
                     raddr="192.0.2.1", rport=50000))
        rec.add(G.record_stop(t0 + 2 * 10**9, events=1))
        rec.stop(t0 + 2 * 10**9, 1)
        rec.write()
        text = learn(path).stdout
        check(rules_of(text) == ["listen tcp 443 process=nginx"], text)
        check("its listener is not in the record" in text, text)
        empty = os.path.join(d, "empty")
        rec = G.Record(empty)
        rec.add(G.record_start(t0, host="h1", record_id=rec.record_id, seq=1))
        rec.add(G.record_stop(t0 + 10**9, events=0))
        rec.stop(t0 + 10**9, 0)
        rec.write()
        text = learn(empty).stdout
        check(rules_of(text) == [] and "nothing to approve" in text, text)
    finally:
        shutil.rmtree(d)


def test_approved_usage_errors():
    for args, code, words in (([], 2, "--learn"), (["--learn"], 2, "record directory"),
                              (["--bogus"], 2, "bogus"),
                              (["--learn", "--since", "yesterday", "x"], 2, "RFC 3339"),
                              (["--learn", "/nonexistent/rec"], 1, "/nonexistent/rec")):
        r = run_cmd("approved", *args)
        check(r.returncode == code and len(r.stderr.splitlines()) == 1 and
              words in r.stderr, "approved %r: exit %d, stderr %r" % (args, r.returncode,
                                                                     r.stderr))
        check(r.stdout == "", "approved %r wrote to stdout: %r" % (args, r.stdout))


def drift_rows(doc, kind):
    return [(x["proto"], x["address"], x["port"], os.path.basename(x["executable"] or "?"))
            for x in doc["baseline"][kind] if Q <= x["port"] < Q + 10]


def test_report_baseline_listener_drift_real_traffic():
    need("socat")
    d = tempfile.mkdtemp(prefix="swaudit-")
    try:
        old, new = os.path.join(d, "old"), os.path.join(d, "new")
        # the baseline: a loopback service, a UDP service and a Python
        # service on all interfaces
        with Netns() as ns:
            srv = Servers(ns)
            m = record(old, Q, Q + 9)
            try:
                srv.socat("TCP4-LISTEN:%d,bind=127.0.0.1,reuseaddr,fork" % Q, "/dev/null")
                srv.socat("-u", "UDP4-RECVFROM:%d,fork" % (Q + 1), "/dev/null")
                srv.python(LISTEN % ([(4, "0.0.0.0")], Q + 3), comm="swlold")
                wait_listening(ns, "tcp", Q)
                wait_listening(ns, "udp", Q + 1)
            finally:
                srv.stop()
                check(m.stop(signal.SIGTERM) == 0, "record: %r" % m.stderr_lines)
        # later, in a namespace made again: the loopback service is gone, the
        # UDP one is back, socat listens on [::] and took the Python port
        with Netns() as ns:
            srv = Servers(ns)
            m = record(new, Q, Q + 9)
            try:
                srv.socat("-u", "UDP4-RECVFROM:%d,fork" % (Q + 1), "/dev/null")
                srv.socat("TCP6-LISTEN:%d,ipv6only=1,reuseaddr,fork" % (Q + 2), "/dev/null")
                srv.socat("TCP4-LISTEN:%d,reuseaddr,fork" % (Q + 3), "/dev/null")
                wait_listening(ns, "udp", Q + 1)
                wait_listening(ns, "tcp", Q + 2, family="6")
                wait_listening(ns, "tcp", Q + 3)
            finally:
                srv.stop()
                check(m.stop(signal.SIGTERM) == 0, "record: %r" % m.stderr_lines)

        py = os.path.basename(os.path.realpath(sys.executable))
        doc = report_json("--baseline", old, new)
        began, stopped = drift_rows(doc, "began"), drift_rows(doc, "stopped")
        check(sorted(began) == [("tcp", "0.0.0.0", Q + 3, "socat"), ("tcp", "::", Q + 2, "socat")],
              "began: %r" % began)
        check(sorted(stopped) == [("tcp", "0.0.0.0", Q + 3, py), ("tcp", "127.0.0.1", Q, "socat")],
              "stopped: %r" % stopped)
        took = [x for x in doc["baseline"]["began"] if x["port"] == Q + 3][0]
        check(os.path.basename(took["same_port_other_record"]["executable"]) == py, repr(took))
        check(doc["baseline"]["path"] == old and not doc["baseline"]["partial"] and
              doc["baseline"]["integrity_ok"] and not doc["baseline"]["other_host"],
              repr({k: v for k, v in doc["baseline"].items() if k not in ("began", "stopped")}))
        fs = [(f["severity"], f["code"]) for f in doc["findings"]
              if f["code"].startswith("listener-") and ":%d " % (Q + 2) in f["text"]]
        check(fs == [("high", "listener-began")], "finding for [::]:%d: %r" % (Q + 2, fs))
        check(any(f["code"] == "listener-stopped" and "127.0.0.1:%d " % Q in f["text"]
                  for f in doc["findings"]), "no listener-stopped finding")
        # the reverse comparison swaps them
        rev = report_json("--baseline", new, old)
        check(sorted(drift_rows(rev, "began")) == sorted(stopped) and
              sorted(drift_rows(rev, "stopped")) == sorted(began), "reverse: %r" % rev["baseline"])
        # against itself: nothing drifted
        same = report_json("--baseline", new, new)
        check(same["baseline"]["began"] == [] and same["baseline"]["stopped"] == [] and
              same["baseline"]["unchanged"] >= 3, repr(same["baseline"]))
        r = run_cmd("report", "--baseline", new, new)
        check(r.returncode == 0 and "## Listener drift since the baseline" in r.stdout and
              "No change." in r.stdout, r.stdout[:3000])
        # markdown, HTML and CSV carry the same rows
        md = run_cmd("report", "--baseline", old, new).stdout
        check("| **began listening** | tcp | **::** | %d |" % (Q + 2) in md, md[:4000])
        check("| stopped listening | tcp | 127.0.0.1 | %d |" % Q in md, md[:4000])
        html = run_cmd("report", "-f", "html", "--baseline", old, new).stdout
        check('<h2 id="drift">' in html and "stopped listening" in html, "html drift")
        rows = list(csv.DictReader(io.StringIO(run_cmd("report", "-f", "csv", "--baseline",
                                                       old, new).stdout)))
        drift = sorted((x["name"], x["address"], int(x["port"])) for x in rows
                       if x["table"] == "drift" and Q <= int(x["port"]) < Q + 10)
        check(drift == [("began", "0.0.0.0", Q + 3), ("began", "::", Q + 2),
                        ("stopped", "0.0.0.0", Q + 3), ("stopped", "127.0.0.1", Q)],
              "csv drift rows: %r" % drift)
        check(any(x["table"] == "meta" and x["name"] == "baseline" for x in rows), "csv meta")
        # without --baseline the JSON layout is as it was
        check("baseline" not in report_json(new), "baseline key without --baseline")
    finally:
        shutil.rmtree(d)


def test_report_baseline_bad_inputs():
    G = _gen()
    t0 = G.parse_rfc3339("2026-01-05T09:00:00.000000Z")
    d = tempfile.mkdtemp(prefix="swaudit-")
    try:
        recs = {}
        for name, host in (("a", "web-01"), ("b", "db-02")):
            path = recs[name] = os.path.join(d, name)
            rec = G.Record(path)
            rec.add(G.record_start(t0, host=host, record_id=rec.record_id, seq=1))
            rec.add(G.snapshot(t0, comm="sshd", uid=0, laddr="0.0.0.0", lport=22))
            rec.add(G.record_stop(t0 + 10**9, events=0))
            rec.stop(t0 + 10**9, 0)
            rec.write()
        doc = report_json("--baseline", recs["a"], recs["b"])
        check(doc["baseline"]["other_host"] and "baseline-other-host" in
              [f["code"] for f in doc["findings"]], repr(doc["findings"]))
        r = run_cmd("report", "--baseline", os.path.join(d, "none"), recs["b"])
        check(r.returncode == 1 and len(r.stderr.splitlines()) == 1 and "--baseline" in r.stderr,
              "missing baseline: %d %r" % (r.returncode, r.stderr))
        r = run_cmd("report", "--baseline", recs["a"], "--clickhouse", "http://127.0.0.1:1")
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr)
        r = run_cmd("report", "--baseline")
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr)
        # a damaged baseline: the report is written, says so, exits 1
        seg = sorted(f for f in os.listdir(recs["a"]) if f.endswith(".jsonl.gz"))[0]
        with open(os.path.join(recs["a"], seg), "r+b") as f:
            f.seek(20)
            f.write(b"\xff\xff\xff\xff")
        r = run_cmd("report", "-f", "json", "--baseline", recs["a"], recs["b"])
        check(r.returncode == 1 and "baseline" in r.stderr, "damaged: %d %r" %
              (r.returncode, r.stderr))
        doc = json.loads(r.stdout)
        check(doc["baseline"]["partial"] or not doc["baseline"]["integrity_ok"],
              repr(doc["baseline"]))
        check("baseline-damaged" in [f["code"] for f in doc["findings"]], repr(doc["findings"]))
    finally:
        shutil.rmtree(d)
