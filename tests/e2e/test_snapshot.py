"""`sockwatch snapshot`: the sockets that exist now, read through sock_diag,
with owners from /proc and the same labels as live events.

Each test builds its sockets in a fresh network namespace, held open by a
background workload process with a known comm, so the snapshot taken
inside that namespace must list exactly those sockets and nothing else.
"""
import ipaddress
import json
import os
import re
import select
import shutil
import subprocess
import sys
import time

import swtest
from swtest import Netns, check, fail

NOBODY = 65534

# Socket helpers every workload gets.
PRELUDE = r'''
import ctypes, json, os, socket, sys, time
T, U = socket.SOCK_STREAM, socket.SOCK_DGRAM
keep = []
def k(s):
    keep.append(s)
    return s
def v4(t):
    return socket.socket(socket.AF_INET, t)
def v6(t):
    s = socket.socket(socket.AF_INET6, t)
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    return s
info = {}
'''


class Workload:
    """A Python process in `ns` that runs `code` (which fills the dict
    `info`), reports info plus its pid on one stdout line, then holds its
    sockets open until stop(). `comm` is set with prctl(PR_SET_NAME) first;
    `uid` runs it as that user."""

    def __init__(self, ns, code, comm=None, uid=None, timeout=60):
        prologue = PRELUDE
        if comm is not None:
            if isinstance(comm, str):
                comm = comm.encode()
            prologue += "ctypes.CDLL(None).prctl(15, %r, 0, 0, 0)\n" % comm
        epilogue = ("\ninfo['pid'] = os.getpid(); info['ppid'] = os.getppid()\n"
                    "sys.stdout.write(json.dumps(info) + '\\n'); sys.stdout.flush()\n"
                    "sys.stdin.read()\n")
        cmd = ["ip", "netns", "exec", ns.name]
        if uid is not None:
            cmd += ["setpriv", "--reuid=%d" % uid, "--regid=%d" % uid, "--clear-groups"]
        cmd += [sys.executable, "-c", prologue + code + epilogue]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if ready else b""
        if not line:
            self.proc.kill()
            _, err = self.proc.communicate(timeout=10)
            fail("workload did not start: %s" % err.decode(errors="replace"))
        self.info = json.loads(line)
        self.pid = self.info["pid"]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()
        self.proc.stderr.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def snapshot(ns, *args, uid=None, stdout=subprocess.PIPE):
    """Run `sockwatch snapshot ARGS` inside ns; bytes out, so bad bytes show."""
    cmd = ["ip", "netns", "exec", ns.name]
    if uid is not None:
        cmd += ["setpriv", "--reuid=%d" % uid, "--regid=%d" % uid, "--clear-groups"]
    cmd += [swtest.SOCKWATCH, "snapshot"] + list(args)
    return subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, timeout=120)


def parse_jsonl(out):
    """Every line must be valid UTF-8 and one JSON object, with no raw control byte."""
    text = out.decode("utf-8")  # strict: invalid UTF-8 fails the test
    socks = []
    for i, line in enumerate(text.split("\n")[:-1]):
        check(not any(ord(c) < 0x20 for c in line),
              "line %d holds a raw control character: %r" % (i + 1, line))
        try:
            socks.append(json.loads(line))
        except ValueError as e:
            fail("line %d is not JSON (%s): %r" % (i + 1, e, line))
    check(text == "" or text.endswith("\n"), "output does not end with a newline")
    return socks


def snapshot_json(ns, *args, uid=None):
    r = snapshot(ns, "--json", *args, uid=uid)
    check(r.returncode == 0, "snapshot exited %d: %s" % (r.returncode, r.stderr.decode()))
    return parse_jsonl(r.stdout), r.stderr.decode()


def key(s):
    """(proto, laddr, lport, raddr, rport): what identifies a socket here."""
    return (s["proto"], s["laddr"], s["lport"], s["raddr"], s["rport"])


def dump(socks):
    return "\n".join(json.dumps(s) for s in socks)


def by_key(socks):
    out = {}
    for s in socks:
        k = key(s)
        if k in out:
            fail("socket listed twice: %r\n%s" % (k, dump(socks)))
        out[k] = s
    return out


def labels(port, proto):
    r = swtest.run_cmd("label", "--json", "%d/%s" % (port, proto))
    check(r.returncode == 0, "label failed: %s" % r.stderr)
    got = json.loads(r.stdout)
    return got["port_class"], got["service"]


# The fixture most tests share: listeners, bound UDP, connections in
# several states, and one bound TCP socket that must not be listed.
MAIN_CODE = r'''
l22 = k(v4(T)); l22.bind(("127.0.0.1", 22)); l22.listen(8)
l8080 = k(v6(T)); l8080.bind(("::1", 8080)); l8080.listen(8)
l50k = k(v4(T)); l50k.bind(("0.0.0.0", 50000)); l50k.listen(8)
u53 = k(v4(U)); u53.bind(("127.0.0.1", 53))
u5353 = k(v6(U)); u5353.bind(("::1", 5353))
uc = k(v4(U)); uc.connect(("127.0.0.1", 53))
c22 = k(v4(T)); c22.connect(("127.0.0.1", 22))
a22, _ = l22.accept(); k(a22)
cfin = v4(T); cfin.connect(("127.0.0.1", 50000))
afin, _ = l50k.accept(); k(afin)
info["fin"] = cfin.getsockname()[1]
cfin.close()  # orphan in FIN-WAIT; afin goes to CLOSE-WAIT
cq = k(v4(T)); cq.connect(("127.0.0.1", 50000))  # never accepted
b7000 = k(v4(T)); b7000.bind(("127.0.0.1", 7000))  # bound, no listen(): not listed
c6 = k(v6(T)); c6.connect(("::1", 8080))
a6, _ = l8080.accept(); k(a6)
info["uc"] = uc.getsockname()[1]
info["c22"] = c22.getsockname()[1]
info["cq"] = cq.getsockname()[1]
info["c6"] = c6.getsockname()[1]
time.sleep(0.2)  # let loopback deliver the FIN and its ACK
'''


def main_expected(w):
    """key -> (state, role, owned, labeled port) for MAIN_CODE."""
    i = w.info
    lo, lo6 = "127.0.0.1", "::1"
    return {
        ("tcp", lo, 22, None, None): ("listen", "listener", True, 22),
        ("tcp", lo6, 8080, None, None): ("listen", "listener", True, 8080),
        ("tcp", "0.0.0.0", 50000, None, None): ("listen", "listener", True, 50000),
        ("udp", lo, 53, None, None): ("bound", "listener", True, 53),
        ("udp", lo6, 5353, None, None): ("bound", "listener", True, 5353),
        ("udp", lo, i["uc"], lo, 53): ("connected", "outbound", True, 53),
        ("tcp", lo, i["c22"], lo, 22): ("established", "outbound", True, 22),
        ("tcp", lo, 22, lo, i["c22"]): ("established", "inbound", True, 22),
        ("tcp", lo, 50000, lo, i["fin"]): ("close-wait", "inbound", True, 50000),
        ("tcp", lo, i["fin"], lo, 50000): ("fin-wait-2", "outbound", False, 50000),
        ("tcp", lo, i["cq"], lo, 50000): ("established", "outbound", True, 50000),
        ("tcp", lo, 50000, lo, i["cq"]): ("established", "inbound", False, 50000),
        ("tcp", lo6, i["c6"], lo6, 8080): ("established", "outbound", True, 8080),
        ("tcp", lo6, 8080, lo6, i["c6"]): ("established", "inbound", True, 8080),
    }


def test_snapshot_sockets_owners_labels():
    with Netns() as ns, Workload(ns, MAIN_CODE, comm="swsnap-main") as w:
        socks, _ = snapshot_json(ns)
        got = by_key(socks)
        want = main_expected(w)
        check(set(got) == set(want),
              "sockets differ\n missing: %r\n extra: %r\n%s" %
              (sorted(set(want) - set(got), key=repr), sorted(set(got) - set(want), key=repr),
               dump(socks)))
        for k, (state, role, owned, port) in want.items():
            s = got[k]
            ctx = "%r: %s" % (k, json.dumps(s))
            check(s["event"] == "snapshot", ctx)
            check(s["state"] == state or (state == "fin-wait-2" and s["state"] == "fin-wait-1"),
                  "state, want %s: %s" % (state, ctx))
            check(s["role"] == role, "role, want %s: %s" % (role, ctx))
            check(s["netns"] == ns.inode, "netns: " + ctx)
            check(s["family"] == ("ipv6" if ":" in k[1] else "ipv4"), "family: " + ctx)
            check(s["uid"] == 0, "uid: " + ctx)
            check(s["result"] == 0 and s["error"] is None and s["in_progress"] is False, ctx)
            if owned:
                check(s["pid"] == w.pid and s["tid"] == w.pid, "pid, want %d: %s" % (w.pid, ctx))
                check(s["ppid"] == w.info["ppid"], "ppid: " + ctx)
                check(s["comm"] == "swsnap-main", "comm: " + ctx)
                check(isinstance(s["inode"], int) and s["inode"] > 0, "inode: " + ctx)
            else:
                check(s["pid"] is None and s["tid"] is None and s["ppid"] is None and
                      s["comm"] is None, "owner should be unknown: " + ctx)
                check(s["inode"] == 0, "inode: " + ctx)
            check(s["port"] == port, "labeled port, want %d: %s" % (port, ctx))
            cls, svc = labels(port, k[0])
            check(s["port_class"] == cls and s["service"] == svc,
                  "labels, want %s/%s: %s" % (cls, svc, ctx))
        # the services the issue names, spelled out
        check(got[("tcp", "127.0.0.1", 22, None, None)]["service"] == "ssh", "22/tcp not ssh")
        check(got[("tcp", "127.0.0.1", 22, None, None)]["port_class"] == "well-known", "22")
        check(got[("udp", "127.0.0.1", 53, None, None)]["service"] == "domain", "53/udp")
        check(got[("tcp", "0.0.0.0", 50000, None, None)]["port_class"] == "dynamic", "50000")
        # same field names as live events, plus state, inode and owners
        live_fields = ["ts", "event", "pid", "tid", "ppid", "uid", "comm", "thread", "via",
                       "cgroup_id", "netns",
                       "exe", "args", "args_cut", "pcomm", "cgroup", "unit", "container",
                       "host_netns", "proto", "family", "laddr", "lport", "raddr", "rport", "port",
                       "port_class", "service", "role", "in_progress", "auto_port", "result", "error"]
        for s in socks:
            check(list(s) == live_fields + ["state", "inode", "owners"], "fields: %r" % list(s))
            if s["pid"] is not None:
                check(s["owners"] and s["owners"][0] == {"pid": s["pid"], "comm": s["comm"]},
                      "the first owner is pid/comm: %r" % s)


def order_key(s):
    """The documented order: listeners first, then proto, labeled port, local
    port, family, local address, remote port, remote address."""
    fam = 0 if s["family"] == "ipv4" else 1
    return (s["role"] != "listener", 0 if s["proto"] == "tcp" else 1, s["port"], s["lport"], fam,
            ipaddress.ip_address(s["laddr"]).packed, s["rport"] or 0,
            ipaddress.ip_address(s["raddr"]).packed if s["raddr"] else b"")


def test_snapshot_order_is_deterministic():
    with Netns() as ns, Workload(ns, MAIN_CODE, comm="swsnap-order"):
        first, _ = snapshot_json(ns)
        second, _ = snapshot_json(ns)
        strip = lambda ss: [{k: v for k, v in s.items() if k != "ts"} for s in ss]
        check(strip(first) == strip(second), "two snapshots differ:\n%s\n--\n%s" %
              (dump(first), dump(second)))
        keys = [order_key(s) for s in first]
        check(keys == sorted(keys), "not in snapshot order:\n" + dump(first))
        roles = [s["role"] for s in first]
        check(roles[:5] == ["listener"] * 5 and "listener" not in roles[5:],
              "listeners not first: %r" % roles)


HOSTILE = b'a"b\\c\nd\x1b[e\x7f\xff'


def test_snapshot_hostile_comm_escaped():
    code = r'''
l = k(v4(T)); l.bind(("127.0.0.1", 9999)); l.listen(1)
'''
    with Netns() as ns, Workload(ns, code, comm=HOSTILE) as w:
        socks, _ = snapshot_json(ns)
        check(len(socks) == 1, "want one socket:\n" + dump(socks))
        s = socks[0]
        check(s["pid"] == w.pid, "owner: " + json.dumps(s))
        # valid UTF-8 passes, the invalid byte becomes U+FFFD, the rest is exact
        check(s["comm"] == 'a"b\\c\nd\x1b[e\x7f\ufffd', "comm: %r" % s["comm"])

        r = snapshot(ns)
        check(r.returncode == 0, "table exited %d" % r.returncode)
        out = r.stdout.decode("ascii")  # escaped table output is pure ASCII
        lines = out.split("\n")
        check(len(lines) == 3 and lines[2] == "", "want header + one row: %r" % out)
        check(not any(c < 0x20 and c != 0x0a or c >= 0x7f for c in r.stdout),
              "raw control byte in table output: %r" % out)
        check('a\\"b\\\\c\\x0ad\\x1b[e\\x7f\\xff' in lines[1], "comm not escaped: %r" % lines[1])


def test_snapshot_table():
    with Netns() as ns, Workload(ns, MAIN_CODE, comm="swsnap-table") as w:
        socks, _ = snapshot_json(ns)
        r = snapshot(ns)
        check(r.returncode == 0, "exit %d: %s" % (r.returncode, r.stderr.decode()))
        lines = r.stdout.decode().splitlines()
        check(lines[0].split() == ["STATE", "PID", "UID", "COMM", "PROTO", "LOCAL", "REMOTE",
                                   "PORT", "CLASS", "SERVICE", "ROLE", "WHO"],
              "header: %r" % lines[0])
        exe = os.path.realpath(sys.executable)  # the workload's, in the WHO column
        check(len(lines) == len(socks) + 1, "rows: %d vs %d sockets" % (len(lines) - 1,
                                                                        len(socks)))
        rows = [l.split() for l in lines[1:]]
        check(rows[0] == ["listen", str(w.pid), "0", "swsnap-table", "tcp", "127.0.0.1:22",
                          "*", "22", "well-known", "ssh", "listener", exe], "row: %r" % rows[0])
        want6 = ["established", str(w.pid), "0", "swsnap-table", "tcp",
                 "[::1]:%d" % w.info["c6"], "[::1]:8080", "8080", "registered", "http-alt",
                 "outbound", exe]
        check(want6 in rows, "no row %r in\n%s" % (want6, "\n".join(lines)))
        queued = ["established", "-", "0", "-", "tcp", "127.0.0.1:50000",
                  "127.0.0.1:%d" % w.info["cq"], "50000", "dynamic", "-", "inbound", "-"]
        check(queued in rows, "no row %r in\n%s" % (queued, "\n".join(lines)))
        # same order as JSON
        check([r[5] for r in rows] ==
              [("[%s]:%d" if s["family"] == "ipv6" else "%s:%d") % (s["laddr"], s["lport"])
               for s in socks], "table and JSON order differ")


def test_snapshot_empty_namespace():
    with Netns() as ns:
        r = snapshot(ns, "--json")
        check(r.returncode == 0 and r.stdout == b"" and r.stderr == b"",
              "empty netns, json: %r" % (r,))
        r = snapshot(ns)
        check(r.returncode == 0 and r.stdout.decode().count("\n") == 1 and
              r.stdout.startswith(b"STATE"), "empty netns, table: %r" % (r,))


def test_snapshot_usage_errors():
    swtest.require_root()
    for args in (["--bogus"], ["extra"], ["--services"], ["--services", "/nonexistent/x"]):
        r = swtest.run_cmd("snapshot", *args)
        # a file that cannot be read is a runtime failure, not a usage error
        want = 1 if "/nonexistent/x" in args else 2
        check(r.returncode == want, "%r: exit %d" % (args, r.returncode))
        check(r.stdout == "", "%r wrote stdout: %r" % (args, r.stdout))
        check(len(r.stderr.splitlines()) == 1, "%r: want one stderr line: %r" %
              (args, r.stderr))
    r = swtest.run_cmd("snapshot", "--help")
    check(r.returncode == 0 and "Usage: sockwatch snapshot" in r.stdout, "--help: %r" % (r,))


def test_snapshot_services_overlay():
    path = "/tmp/swsnap-services-%d" % os.getpid()
    with open(path, "w") as f:
        f.write("sw-test-svc 50000/tcp\nbroken-line 70000/tcp\n")
    try:
        with Netns() as ns:
            r = snapshot(ns, "--services", path)
            check(r.returncode == 2 and len(r.stderr.splitlines()) == 1,
                  "malformed services file: %r" % (r,))
            with open(path, "w") as f:
                f.write("sw-test-svc 50000/tcp\n")
            with Workload(ns, MAIN_CODE, comm="swsnap-svc"):
                socks, _ = snapshot_json(ns, "--services", path)
                got = by_key(socks)
                check(got[("tcp", "0.0.0.0", 50000, None, None)]["service"] == "sw-test-svc",
                      "overlay not applied:\n" + dump(socks))
                check(got[("tcp", "127.0.0.1", 22, None, None)]["service"] == "ssh",
                      "overlay hid the built-in table")
    finally:
        os.unlink(path)


def test_snapshot_unprivileged_owners_missing():
    code = r'''
l = k(v4(T)); l.bind(("127.0.0.1", 8443)); l.listen(1)
u = k(v4(U)); u.bind(("127.0.0.1", 40000))
'''
    root_code = r'''
l = k(v4(T)); l.bind(("127.0.0.1", 22)); l.listen(1)
'''
    st = os.stat(swtest.SOCKWATCH)
    if not st.st_mode & 0o001:
        raise swtest.Skip("%s is not executable by other users" % swtest.SOCKWATCH)
    with Netns() as ns, Workload(ns, code, comm="swsnap-nobody", uid=NOBODY) as wn, \
            Workload(ns, root_code, comm="swsnap-root") as wr:
        # as root: every owner known, uid from the socket
        socks, err = snapshot_json(ns)
        got = by_key(socks)
        check(len(socks) == 3, "want 3 sockets:\n" + dump(socks))
        n = got[("tcp", "127.0.0.1", 8443, None, None)]
        check(n["pid"] == wn.pid and n["uid"] == NOBODY and n["comm"] == "swsnap-nobody",
              "nobody's listener: " + json.dumps(n))
        check(got[("udp", "127.0.0.1", 40000, None, None)]["uid"] == NOBODY, "udp uid")
        r_ = got[("tcp", "127.0.0.1", 22, None, None)]
        check(r_["pid"] == wr.pid and r_["uid"] == 0, "root's listener: " + json.dumps(r_))
        check(err == "", "root run said: %r" % err)

        # as nobody: still lists everything; root's owner is unknown, said once
        socks, err = snapshot_json(ns, uid=NOBODY)
        got = by_key(socks)
        check(len(socks) == 3, "want 3 sockets as nobody:\n" + dump(socks))
        n = got[("tcp", "127.0.0.1", 8443, None, None)]
        check(n["pid"] == wn.pid and n["comm"] == "swsnap-nobody", "own socket: " + json.dumps(n))
        r_ = got[("tcp", "127.0.0.1", 22, None, None)]
        check(r_["pid"] is None and r_["comm"] is None and r_["uid"] == 0,
              "root's socket as nobody: " + json.dumps(r_))
        lines = err.splitlines()
        check(len(lines) == 1 and "root" in lines[0] and "1 of 3" in lines[0],
              "want one warning line: %r" % err)

        # as root without CAP_SYS_PTRACE: the descriptor directories open,
        # but reading their links takes ptrace access, which another uid's
        # process and root's (all of its capabilities) both deny; each
        # such process is counted, not passed over in silence
        r = subprocess.run(["ip", "netns", "exec", ns.name, "setpriv", "--bounding-set",
                            "-sys_ptrace", "--", swtest.SOCKWATCH, "snapshot", "--json"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        check(r.returncode == 0, "snapshot without CAP_SYS_PTRACE exited %d: %s"
              % (r.returncode, r.stderr.decode()))
        socks = parse_jsonl(r.stdout)
        check(len(socks) == 3 and all(s["pid"] is None and s["comm"] is None for s in socks),
              "without CAP_SYS_PTRACE, want 3 sockets, none owned:\n" + dump(socks))
        lines = r.stderr.decode().splitlines()
        m = re.search(r"descriptors of (\d+) processes", lines[0]) if len(lines) == 1 else None
        # the two workloads at least (/proc shows the host's processes too)
        check(m and int(m.group(1)) >= 2 and "3 of 3" in lines[0]
              and "CAP_SYS_PTRACE" in lines[0],
              "want one warning line counting the processes: %r" % lines)


MANY = 2000


def test_snapshot_many_connections():
    code = r'''
import resource
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
l = k(v4(T)); l.bind(("127.0.0.1", 5000)); l.listen(4096)
for _ in range(%d):
    c = k(v4(T)); c.connect(("127.0.0.1", 5000))
    a, _ = l.accept(); k(a)
''' % MANY
    with Netns() as ns, Workload(ns, code, comm="swsnap-many") as w:
        t0 = time.monotonic()
        socks, _ = snapshot_json(ns)
        elapsed = time.monotonic() - t0
        check(len(socks) == 2 * MANY + 1, "want %d sockets, got %d" % (2 * MANY + 1, len(socks)))
        check(all(s["pid"] == w.pid for s in socks), "an owner is missing")
        inbound = [s for s in socks if s["role"] == "inbound"]
        outbound = [s for s in socks if s["role"] == "outbound"]
        check(len(inbound) == MANY and all(s["lport"] == 5000 for s in inbound), "inbound")
        check(len(outbound) == MANY and all(s["rport"] == 5000 and s["port"] == 5000
                                            for s in outbound), "outbound")
        check(len({s["inode"] for s in socks}) == len(socks), "inodes not unique")
        check(elapsed < 10, "snapshot of %d sockets took %.2fs" % (len(socks), elapsed))
        print("  snapshot of %d sockets: %.3fs (incl. ip netns exec)" % (len(socks), elapsed))

        # a reader that goes away early is not an error
        p = subprocess.Popen(["ip", "netns", "exec", ns.name, swtest.SOCKWATCH, "snapshot"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p.stdout.readline()
        p.stdout.close()
        err = p.stderr.read()
        rc = p.wait(timeout=60)
        check(rc == 0 and err == b"", "closed pipe: exit %d, stderr %r" % (rc, err))


def test_snapshot_dual_stack_syn_sent_shared():
    """A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d (as the
    kernel side does); a connect to a listener whose accept queue is full
    stays syn-sent, outbound and in progress; a socket held by two processes
    belongs to the lower pid."""
    code = r'''
l = k(socket.socket(socket.AF_INET6, T))
l.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
l.bind(("::", 8081)); l.listen(4)
c = k(v4(T)); c.connect(("127.0.0.1", 8081))
a, _ = l.accept(); k(a)
info["c"] = c.getsockname()[1]
full = k(v4(T)); full.bind(("127.0.0.1", 6000)); full.listen(0)
q = k(v4(T)); q.connect(("127.0.0.1", 6000))  # fills the accept queue
info["q"] = q.getsockname()[1]
s = k(v4(T)); s.setblocking(False)
try:
    s.connect(("127.0.0.1", 6000))  # its SYNs are dropped: queue full
except BlockingIOError:
    pass
info["s"] = s.getsockname()[1]
time.sleep(0.1)
shared = k(v4(T)); shared.bind(("127.0.0.1", 2222)); shared.listen(1)
r, wr = os.pipe()
child = os.fork()
if child == 0:
    ctypes.CDLL(None).prctl(15, b"swsnap-child", 0, 0, 0)
    os.write(wr, b"x")
    time.sleep(600)
    os._exit(0)
os.read(r, 1)
info["child"] = child
'''
    with Netns() as ns:
        w = Workload(ns, code, comm="swsnap-dual")
        try:
            socks, _ = snapshot_json(ns)
            got = by_key(socks)
            i = w.info
            want = {
                ("tcp", "::", 8081, None, None): ("listen", "listener", "ipv6"),
                ("tcp", "127.0.0.1", i["c"], "127.0.0.1", 8081): ("established", "outbound",
                                                                  "ipv4"),
                ("tcp", "::ffff:127.0.0.1", 8081, "::ffff:127.0.0.1", i["c"]):
                    ("established", "inbound", "ipv6"),
                ("tcp", "127.0.0.1", i["s"], "127.0.0.1", 6000): ("syn-sent", "outbound",
                                                                 "ipv4"),
                ("tcp", "127.0.0.1", 6000, None, None): ("listen", "listener", "ipv4"),
                ("tcp", "127.0.0.1", i["q"], "127.0.0.1", 6000): ("established", "outbound",
                                                                 "ipv4"),
                ("tcp", "127.0.0.1", 6000, "127.0.0.1", i["q"]): ("established", "inbound",
                                                                 "ipv4"),
                ("tcp", "127.0.0.1", 2222, None, None): ("listen", "listener", "ipv4"),
            }
            check(set(got) == set(want), "sockets differ:\n%s" % dump(socks))
            for k, (state, role, fam) in want.items():
                s = got[k]
                check((s["state"], s["role"], s["family"]) == (state, role, fam),
                      "want %s/%s/%s: %s" % (state, role, fam, json.dumps(s)))
                check(s["in_progress"] is (state == "syn-sent"), "in_progress: " + json.dumps(s))
            syn = got[("tcp", "127.0.0.1", i["s"], "127.0.0.1", 6000)]
            check(syn["port"] == 6000 and syn["pid"] == w.pid and syn["raddr"] == "127.0.0.1",
                  "syn-sent: " + json.dumps(syn))
            shared = got[("tcp", "127.0.0.1", 2222, None, None)]
            low = min(w.pid, i["child"])
            check(shared["pid"] == low and
                  shared["comm"] == ("swsnap-dual" if low == w.pid else "swsnap-child"),
                  "shared socket owner, want pid %d: %s" % (low, json.dumps(shared)))
            others = [s for s in socks if s["lport"] != 2222]
            check(all(s["pid"] == low for s in others if s["inode"]),
                  "sockets shared through fork should belong to the lower pid:\n" + dump(socks))
        finally:
            try:
                os.kill(w.info["child"], 9)
            except (ProcessLookupError, KeyError):
                pass
            w.stop()


# Preloaded into sockwatch to make the netlink side fail in chosen ways;
# the kernel itself never does on demand.
SHIM = r'''
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <linux/netlink.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static int nlfd = -1;
static unsigned seq;

static const char *mode(void) { const char *m = getenv("SWSHIM"); return m ? m : ""; }

int socket(int d, int t, int p)
{
	int (*real)(int, int, int) = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
	if (d == AF_NETLINK && !strcmp(mode(), "socket")) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	int fd = real(d, t, p);
	if (d == AF_NETLINK)
		nlfd = fd;
	return fd;
}

ssize_t sendto(int fd, const void *b, size_t n, int fl, const struct sockaddr *a, socklen_t al)
{
	ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *, socklen_t) =
		(ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *, socklen_t))
		dlsym(RTLD_NEXT, "sendto");
	if (fd == nlfd && n >= sizeof(struct nlmsghdr))
		seq = ((const struct nlmsghdr *)b)->nlmsg_seq;
	return real(fd, b, n, fl, a, al);
}

static size_t fake(void *buf)
{
	struct { struct nlmsghdr h; struct nlmsgerr e; } m;
	memset(&m, 0, sizeof(m));
	m.h.nlmsg_len = sizeof(m);
	m.h.nlmsg_type = NLMSG_ERROR;
	m.h.nlmsg_seq = seq;
	m.e.error = -EPERM;
	if (!strcmp(mode(), "short"))
		m.h.nlmsg_len = sizeof(m) + 100; /* claims more than was sent */
	memcpy(buf, &m, sizeof(m));
	return sizeof(m);
}

ssize_t recv(int fd, void *b, size_t n, int fl)
{
	ssize_t (*real)(int, void *, size_t, int) =
		(ssize_t (*)(int, void *, size_t, int))dlsym(RTLD_NEXT, "recv");
	if (fd == nlfd && *mode())
		return sizeof(struct nlmsghdr) + sizeof(struct nlmsgerr);
	return real(fd, b, n, fl);
}

ssize_t recvmsg(int fd, struct msghdr *mh, int fl)
{
	ssize_t (*real)(int, struct msghdr *, int) =
		(ssize_t (*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	if (fd == nlfd && *mode()) {
		struct sockaddr_nl *from = mh->msg_name;
		memset(from, 0, sizeof(*from));
		from->nl_family = AF_NETLINK;
		mh->msg_namelen = sizeof(*from);
		mh->msg_flags = 0;
		return (ssize_t)fake(mh->msg_iov[0].iov_base);
	}
	return real(fd, mh, fl);
}
'''


def test_snapshot_netlink_failures():
    swtest.require_root()
    tmp = "/tmp/swsnap-shim-%d" % os.getpid()
    os.makedirs(tmp, exist_ok=True)
    src, so = tmp + "/shim.c", tmp + "/shim.so"
    with open(src, "w") as f:
        f.write(SHIM)
    try:
        if not shutil.which("cc"):  # (the kernel matrix's guest has none)
            raise swtest.Skip("no C compiler to build the LD_PRELOAD shim")
        r = subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", so, src, "-ldl"],
                           capture_output=True, text=True)
        if r.returncode:
            raise swtest.Skip("cannot build the LD_PRELOAD shim: " + r.stderr.strip())
        with Netns() as ns, Workload(ns, "l = k(v4(T)); l.bind(('127.0.0.1', 22)); l.listen(1)\n",
                                     comm="swsnap-fail"):
            for mode, words in (("socket", "netlink socket"), ("error", "Operation not permitted"),
                                ("short", "Bad message")):
                env = dict(os.environ, LD_PRELOAD=so, SWSHIM=mode)
                for args in ([], ["--json"]):
                    r = subprocess.run(["ip", "netns", "exec", ns.name, swtest.SOCKWATCH,
                                        "snapshot"] + args, capture_output=True, text=True,
                                       env=env, timeout=60)
                    ctx = "%s %r: %r" % (mode, args, r)
                    check(r.returncode == 1, "want exit 1: " + ctx)
                    check(r.stdout == "", "wrote stdout on failure: " + ctx)
                    lines = r.stderr.splitlines()
                    check(len(lines) == 1 and words in lines[0], "want one line: " + ctx)
            # the shim loaded but idle: same output as without it
            env = dict(os.environ, LD_PRELOAD=so, SWSHIM="")
            r = subprocess.run(["ip", "netns", "exec", ns.name, swtest.SOCKWATCH, "snapshot",
                                "--json"], capture_output=True, env=env, timeout=60)
            check(r.returncode == 0 and len(parse_jsonl(r.stdout)) == 1, "idle shim: %r" % (r,))
    finally:
        for p in (src, so):
            if os.path.exists(p):
                os.unlink(p)
        os.rmdir(tmp)
