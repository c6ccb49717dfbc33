"""Every path into the kernel is seen and attributed: native and 32-bit
syscalls, io_uring in its three submission modes; unconnected UDP sends,
UDP closes, threads and forked children. Real programs, real sockets, in a
network namespace of the test's own; strace and ss are the oracles where
they apply."""
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

import swtest
from swtest import (Monitor, Netns, Skip, check, fail, find, in_ns, nginx_prefix, one,
                    require_nginx, require_root, run_cmd)

PATHS = ["syscall", "syscall32", "socketcall", "io_uring", "io_uring_async",
         "io_uring_sqpoll"]


def test_selftest_proves_every_path():
    require_root()
    r = run_cmd("selftest", "--json", timeout=120)
    lines = r.stdout.splitlines()
    check(len(lines) == 1, "one JSON line, got %r" % r.stdout)
    res = json.loads(lines[0])
    check(res["event"] == "selftest", repr(res))
    check([p["path"] for p in res["paths"]] == PATHS, repr(res["paths"]))
    via = {p["path"]: p["via"] for p in res["paths"]}
    check(via == {"syscall": "syscall", "syscall32": "syscall32", "socketcall": "syscall32",
                  "io_uring": "io_uring", "io_uring_async": "io_uring",
                  "io_uring_sqpoll": "io_uring"}, repr(via))
    blind = [p for p in res["paths"] if not p["seen"]]
    if swtest.under_valgrind():
        swtest.check_valgrind_selftest(res["paths"], "selftest")
        check(r.returncode != 0 and "%d of 6 paths seen" % res["seen"] in r.stderr,
              "a blind path must fail the selftest: exit %d, %r" % (r.returncode, r.stderr))
        raise Skip("under valgrind the native syscall path was proven; %s not: %s" %
                   (", ".join(swtest.VALGRIND_BLIND_PATHS), swtest.VALGRIND_BLIND_REASON))
    # without int 0x80, test_selftest_32bit_paths_na_without_int80 takes over
    swtest.require_int80(sockops_binary())
    check(not blind and res["ok"] is True and res["seen"] == len(PATHS),
          "paths not seen: %r" % blind)
    check(r.returncode == 0, "exit %d with every path seen: %s" % (r.returncode, r.stderr))
    check("6 of 6 paths seen" in r.stderr, repr(r.stderr))
    # each round accepts a second connection without asking its address:
    # with fexit the 32-bit rounds expect it, and it was seen; without, no
    # program sees it, they do not expect it, and the selftest says so
    fexit = any("fexit:inet_accept" in l for l in r.stderr.splitlines())
    check(res["fexit"] is fexit, "fexit %r in %r" % (fexit, res))
    never = "a 32-bit accept that asks for no peer address is never seen"
    check((never in r.stderr) is not fexit, repr(r.stderr))


def test_selftest_32bit_paths_na_without_int80():
    """On a kernel that does not deliver 32-bit syscalls (int 0x80 faults)
    no process can take the syscall32 and socketcall paths: the selftest
    says they are n/a, with the reason, counts them as no blind spot, and
    passes when every other path was seen."""
    require_root()
    why = swtest.int80_unavailable(sockops_binary())
    if not why:
        raise Skip("this kernel delivers 32-bit syscalls (int 0x80): "
                   "test_selftest_proves_every_path proves those paths here")
    if swtest.under_valgrind():
        raise Skip("under valgrind the io_uring paths are not seen either (%s)" %
                   swtest.VALGRIND_BLIND_REASON)
    r = run_cmd("selftest", "--json", timeout=120)
    res = json.loads(r.stdout)
    check(r.returncode == 0 and res["ok"] is True and res["seen"] == 4,
          "exit %d, %r: %s" % (r.returncode, res, r.stderr))
    for p in res["paths"]:
        if p["path"] in ("syscall32", "socketcall"):
            check(p["available"] is False and p["reason"] == why and not p["seen"] and
                  p["error"] is None and p["missing"] == [], "n/a path: %r" % p)
        else:
            check(p["available"] is True and p["reason"] is None and p["seen"],
                  "available path: %r" % p)
    check("4 of 6 paths seen, 2 not applicable on this host (%s)" % why in r.stderr and
          "blind" not in r.stderr, repr(r.stderr))
    r = run_cmd("selftest", timeout=120)
    rows = {l.split()[0]: l for l in r.stdout.splitlines()[1:]}
    check(r.returncode == 0 and set(rows) == set(PATHS), repr((r.returncode, r.stdout)))
    for p in ("syscall32", "socketcall"):
        check(rows[p].split()[2] == "n/a" and rows[p].endswith(why), repr(rows[p]))
    check(all(rows[p].split()[2] == "yes" for p in PATHS if p not in ("syscall32", "socketcall")),
          repr(rows))


def test_selftest_usage_errors():
    r = run_cmd("selftest", "--bogus")
    check(r.returncode == 2 and r.stderr.count("\n") == 1 and "--bogus" in r.stderr,
          repr((r.returncode, r.stderr)))
    r = run_cmd("selftest", "extra")
    check(r.returncode == 2 and "extra" in r.stderr, repr((r.returncode, r.stderr)))


# ---- each path and mode, with the workload program (tests/e2e/progs/sockops.c)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def sockops_binary():
    for cand in (os.path.join(os.path.dirname(swtest.SOCKWATCH), "tests", "sockops"),
                 os.path.join(ROOT, "build", "tests", "sockops")):
        if os.access(cand, os.X_OK):
            return cand
    raise Skip("build/tests/sockops is not built (make test builds it)")


def ns_exec(ns, *argv, timeout=60):
    r = subprocess.run(["ip", "netns", "exec", ns.name] + list(argv), capture_output=True,
                       text=True, timeout=timeout)
    check(r.returncode == 0, "%s failed (%d): %s" % (argv[0], r.returncode, r.stderr))
    return r.stdout


def expected_round(o, via, fexit):
    """The exact events one round causes: (event, proto, lport, rport, via).
    Without fexit no program sees a 32-bit accept that asks for no address
    (README, Known limits): its connection's closes are seen all the same."""
    L, C, S, U = o["listen_port"], o["client_port"], o["send_port"], o["udp_conn_port"]
    C2 = o["client2_port"]
    bl = "syscall" if o["bind_listen_native"] else via
    return sorted([
        ("bind", "tcp", L, None, bl), ("listen", "tcp", L, None, bl),
        # a second socket's bind to the listener's port, which fails
        ("bind", "tcp", L, None, bl),
        ("connect", "tcp", C, L, via), ("accept", "tcp", L, C, via),
        ("close", "tcp", L, C, via), ("close", "tcp", C, L, via),
        # a second client, accepted without asking for its address
        ("connect", "tcp", C2, L, via),
    ] + ([("accept", "tcp", L, C2, via)] if fexit or via != "syscall32" else []) + [
        ("close", "tcp", L, C2, via), ("close", "tcp", C2, L, via),
        ("close", "tcp", L, None, via),
        # the unconnected client's close: labeled by where it sent
        ("send", "udp", S, L, via), ("close", "udp", S, L, via),
        # the port the kernel bound the socket to in connect(), 32-bit too
        ("connect", "udp", U, L, via), ("close", "udp", U, L, via),
    ], key=repr)


def monitor_has_fexit(mon):
    """The monitor's "attached to" line names the fexit program on inet_accept."""
    return any("fexit:inet_accept" in l for l in mon.stderr_lines)


def run_round(path, via, thread=None):
    prog = sockops_binary()
    with Netns() as ns:
        mon = Monitor("--comm", "sockops")
        o = json.loads(ns_exec(ns, prog, path))
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    def path_of(e):
        # io_uring may drop a closed socket's last reference when it frees
        # the requests that held it, in the submitter's task work on its
        # return from some later syscall: that close's context is a syscall
        # (seen on 7.3, at random)
        if via == "io_uring" and e["event"] == "close" and e["via"] == "syscall":
            return via
        return e["via"]
    got = sorted(((e["event"], e["proto"], e["lport"], e["rport"], path_of(e)) for e in evs),
                 key=repr)
    want = expected_round(o, via, monitor_has_fexit(mon))
    check(got == want, "%s round:\n got  %r\n want %r" % (path, got, want))
    failed = [e for e in evs if e["result"] != 0]
    check(len(failed) == 1 and failed[0]["event"] == "bind" and
          failed[0]["error"] == "EADDRINUSE" and failed[0]["lport"] == o["listen_port"],
          "one failed call, the bind to a port in use: %r" % failed)
    closes = [e for e in evs if e["event"] == "close" and e["proto"] == "udp"]
    check(all(e["role"] == "outbound" and e["port"] == o["listen_port"] for e in closes),
          "UDP client closes labeled by the service: %r" % closes)
    check(all(e["pid"] == o["pid"] and e["comm"] == "sockops" for e in evs),
          "pid/comm: %r" % [(e["event"], e["pid"], e["comm"]) for e in evs])
    if thread:
        # (before 6.11, which added IORING_OP_BIND and LISTEN, the round
        # binds and listens with syscalls, in its own thread)
        want_thread = thread % o["pid"] if "%" in thread else thread
        check(all(e["thread"] == want_thread for e in evs if e["via"] == via),
              "threads: %r" % [(e["event"], e["via"], e["thread"]) for e in evs])
    return evs


def test_path_native_syscalls():
    run_round("syscall", "syscall", thread="sockops")


def test_path_int80_direct():
    swtest.require_int80(sockops_binary())
    run_round("syscall32", "syscall32", thread="sockops")


def test_path_int80_socketcall():
    swtest.require_int80(sockops_binary())
    run_round("socketcall", "syscall32", thread="sockops")


def test_path_io_uring_inline():
    run_round("io_uring", "io_uring", thread="sockops")


def test_path_io_uring_async_worker():
    """IOSQE_ASYNC: an io-wq worker makes the calls; they belong to the
    process that owns the ring, not to 'iou-wrk-N'."""
    run_round("io_uring_async", "io_uring", thread="iou-wrk-%d")


def test_path_io_uring_sqpoll():
    run_round("io_uring_sqpoll", "io_uring", thread="iou-sqp-%d")


def test_int80_matches_strace():
    """strace, the independent oracle, sees the same 32-bit calls."""
    if not shutil.which("strace"):
        raise Skip("strace is not installed (scripts/deps.sh test installs it)")
    prog = sockops_binary()
    swtest.require_int80(prog)
    with Netns() as ns:
        mon = Monitor("--comm", "sockops")
        log = "/tmp/swtest-strace-%d" % os.getpid()
        # LeakSanitizer cannot run under ptrace (a SANITIZE=1 build of sockops)
        out = ns_exec(ns, "env", "ASAN_OPTIONS=detect_leaks=0", "strace", "-f", "-qq",
                      "-o", log, "-e", "trace=bind,connect,listen,accept,accept4,socketcall",
                      prog, "socketcall")
        o = json.loads(out)
        check(mon.stop() == 0, "sockwatch exit status")
        evs = [e for e in in_ns(mon.events(), ns) if e["via"] == "syscall32"]
    with open(log) as f:
        calls = f.read()
    os.unlink(log)
    # strace names socketcall's calls by what they do
    n = {k: len(re.findall(r"\b%s\(" % k, calls)) for k in ("bind", "connect", "listen",
                                                            "accept")}
    check(n == {"bind": 2, "connect": 3, "listen": 1, "accept": 2}, "strace saw %r:\n%s" %
          (n, calls))
    got = {k: len([e for e in evs if e["event"] == k]) for k in n}
    # the accept without an address: seen by fexit alone
    want = dict(n, accept=n["accept"] - (0 if monitor_has_fexit(mon) else 1))
    check(got == want, "sockwatch saw %r, strace %r" % (got, n))
    check(all(e["pid"] == o["pid"] for e in evs), repr(evs))


STRACE_CALL = re.compile(r'\b(bind|connect)\(\d+, \{sa_family=AF_INET, sin_port=htons\((\d+)\), '
                         r'sin_addr=inet_addr\("([\d.]+)"\)\}, \d+\) = (-?\d+)(?: (E[A-Z]+))?')


def run_fail32(how):
    """32-bit binds and connects that fail, and one bind that succeeds:
    each is an event with the call's result, as strace saw it."""
    if not shutil.which("strace"):
        raise Skip("strace is not installed (scripts/deps.sh test installs it)")
    prog = sockops_binary()
    swtest.require_int80(prog)
    log = "/tmp/swtest-strace-fail32-%d" % os.getpid()
    with Netns() as ns:
        mon = Monitor("--comm", "sockops")
        o = json.loads(ns_exec(ns, "env", "ASAN_OPTIONS=detect_leaks=0", "strace", "-f", "-qq",
                               "-o", log, "-e", "trace=bind,connect,socketcall", prog, "fail32",
                               how))
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    with open(log) as f:
        calls = f.read()
    os.unlink(log)
    # the program's own word, strace's, and sockwatch's must agree
    check((o["tcp_inuse"], o["udp_inuse"], o["bind_ok"], o["bind_again"], o["tcp_connect"],
           o["udp_connect"]) == (-98, -98, 0, -22, -101, -101), "the calls' results: %r" % o)
    traced = [m.groups() for m in STRACE_CALL.finditer(calls)]
    # the two native holders' binds (port 0, succeeding) come first
    check(len(traced) == 8 and traced[0][1] == traced[1][1] == "0",
          "strace saw %r:\n%s" % (traced, calls))
    want = sorted((c, int(port), err or "") for c, port, addr, rc, err in traced[2:])
    v32 = [e for e in evs if e["via"] == "syscall32" and e["event"] in ("bind", "connect")]
    got = sorted((e["event"], e["lport"] if e["event"] == "bind" and e["result"] else
                  e["rport"] if e["event"] == "connect" else 0, e["error"] or "") for e in v32)
    check(got == want, "sockwatch saw %r, strace %r" % (got, want))
    ok = one(v32, event="bind", result=0)
    check(ok["lport"] == o["bound_port"] and ok["auto_port"], repr(ok))
    check(all(e["pid"] == o["pid"] and e["comm"] == "sockops" for e in v32), repr(v32))
    tcp = one(v32, event="connect", proto="tcp")
    udp = one(v32, event="connect", proto="udp")
    check(tcp["raddr"] == udp["raddr"] == "10.99.0.1" and udp["lport"] > 0,
          "failed connects: %r" % [tcp, udp])
    return evs


def test_int80_direct_failed_calls_match_strace():
    """A failed 32-bit bind (port in use, bound already) and a 32-bit
    connect that fails before sending anything (no route) are events with
    the error strace shows."""
    run_fail32("direct")


def test_int80_socketcall_failed_calls_match_strace():
    run_fail32("socketcall")


def test_io_uring_direct_accept_names_the_accepted_socket():
    """An io_uring accept into the ring's fixed-file table returns a slot,
    not a descriptor: the event names the socket in that slot, not what the
    descriptor of that number happens to be (here an unrelated client
    socket), for a slot the kernel picks and for one asked for."""
    prog = sockops_binary()
    with Netns() as ns:
        mon = Monitor("--comm", "sockops")
        o = json.loads(ns_exec(ns, prog, "uring-direct-accept"))
        L = o["listen_port"]
        for _ in range(100):   # a kernel worker may drop the slots' files late
            if not ns_exec(ns, "ss", "-Htan", "exclude", "time-wait", "sport = :%d" % L).strip():
                break
            time.sleep(0.05)
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    check(o["results"][0] == o["slots"][0] and o["results"][1] == 0, repr(o))
    acc = find(evs, event="accept")
    check(sorted((e["lport"], e["rport"], e["via"]) for e in acc) ==
          sorted((L, c, "io_uring") for c in o["client_ports"]), "accepts: %r" % acc)
    closes = [e for e in evs if e["event"] == "close" and e["lport"] == L and e["rport"]]
    # closed through the ring; before 6.13 (resource nodes) the slot's file
    # is put by a kernel worker, so the close is the kernel's (via null),
    # still charged to the process that accepted it
    check(sorted((e["rport"], e["role"]) for e in closes) ==
          sorted((c, "inbound") for c in o["client_ports"]) and
          all(e["via"] in ("io_uring", None) for e in closes),
          "closes of the direct descriptors: %r" % closes)
    check(all(e["pid"] == o["pid"] for e in acc + closes), repr(acc + closes))


def test_udp_close_by_a_kernel_worker():
    """A UDP socket whose last reference an io_uring file table holds is
    released by a kernel worker when the ring is torn down after the
    process exits: its close is reported, as the kernel's (pid and via
    null), labeled by the destination it sent to."""
    prog = sockops_binary()
    with Netns() as ns:
        mon = Monitor("--proto", "udp")
        o = json.loads(ns_exec(ns, prog, "uring-fixed-udp"))
        for _ in range(100):   # the worker runs after the exit
            time.sleep(0.05)
            if not ns_exec(ns, "ss", "-Huan", "sport = :%d" % o["port"]).strip():
                break
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    one(evs, event="send", pid=o["pid"], lport=o["port"], rport=9)
    x = one(evs, event="close", lport=o["port"])
    check((x["pid"], x["via"], x["uid"], x["rport"], x["role"]) == (None, None, 0, 9, "outbound"),
          repr(x))


# ---- unconnected UDP, UDP close

MULTI_SEND = r"""
import json, os, socket
out = []
for fam, host in ((socket.AF_INET, '127.0.0.1'), (socket.AF_INET6, '::1'),
                  (socket.AF_INET6, '::ffff:127.0.0.1')):
    s = socket.socket(fam, socket.SOCK_DGRAM)
    for port in (9, 9, 13, 9, 13, 19, 19):
        s.sendto(b'x', (host, port))
    out.append(s.getsockname()[1])
    s.close()
print(json.dumps({"pid": os.getpid(), "ports": out}))
"""


def test_send_of_each_new_socket_with_closes_not_traced():
    """With --event send, no release is traced, so a socket's first
    destination stays behind when it closes; the next socket the kernel
    allocates at the same address must still get its own send. 20000
    sockets in a row each send once to the same port: 20000 sends."""
    with Netns() as ns:
        # 8 MiB holds all 20,000 events even if the reader stalls
        # (under valgrind): a drop would not be the bug looked for
        mon = Monitor("--event", "send", "--comm", "sendmany", "--ring-size", "8M")
        n = int(ns.run("import socket\nfor i in range(20000):\n"
                       "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                       "    s.sendto(b'x', ('127.0.0.1', 9)); s.close()\nprint(20000)",
                       comm="sendmany"))
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    check(len(evs) == n and all(e["event"] == "send" and e["rport"] == 9 for e in evs),
          "%d sends of %d: %r" % (len(evs), n, evs[:3]))
    check(len({e["lport"] for e in evs}) > 1, "one port for all: %r" % evs[:3])


def test_send_once_per_socket_and_destination_each_family():
    """One unconnected socket per family (IPv4, IPv6, IPv4-mapped on an
    IPv6 socket) sends seven datagrams to three ports, the first one again
    after others: three send events per socket, in first-send order, and
    its close labeled by the first destination."""
    with Netns() as ns:
        mon = Monitor("--comm", "multisend")
        o = json.loads(ns.run(MULTI_SEND, comm="multisend"))
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    for lport in o["ports"]:
        mine = find(evs, lport=lport)
        check([(e["event"], e["rport"]) for e in mine] ==
              [("send", 9), ("send", 13), ("send", 19), ("close", 9)], repr(mine))
        check(all(e["pid"] == o["pid"] for e in mine), repr(mine))


UDP_SERVER = r"""
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 5300))
print('ready', flush=True)
for _ in range(3):
    data, peer = s.recvfrom(100)
    s.sendto(data, peer)
s.close()
"""


def test_socat_udp_sendto_once_per_destination():
    """socat UDP-SENDTO sends three datagrams from one unconnected socket:
    one 'send' (not three), with the port the kernel bound; the server's
    replies are a 'send' labeled by its own port, not the client's."""
    if not shutil.which("socat"):
        raise Skip("socat is not installed (scripts/deps.sh test installs it)")
    with Netns() as ns:
        mon = Monitor()
        srv = ns.spawn(UDP_SERVER, comm="udpsrv")
        cli = subprocess.Popen(["ip", "netns", "exec", ns.name, "socat", "-t", "1", "-",
                                "UDP-SENDTO:127.0.0.1:5300"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for i in range(3):
            cli.stdin.write(b"ping%d\n" % i)
            cli.stdin.flush()
            time.sleep(0.1)
        cli.stdin.close()
        cli.wait(timeout=10)
        srv.wait(timeout=10)
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    sends = find(evs, event="send", comm="socat")
    check(len(sends) == 1, "one send per socket and destination: %r" % sends)
    s = sends[0]
    check(s["proto"] == "udp" and s["rport"] == 5300 and s["raddr"] == "127.0.0.1" and
          s["lport"] > 0 and s["via"] == "syscall" and s["role"] == "outbound" and
          s["port"] == 5300, repr(s))
    check(s["pid"] == cli.pid or s["comm"] == "socat", repr(s))
    reply = one(evs, event="send", comm="udpsrv")
    check(reply["lport"] == 5300 and reply["rport"] == s["lport"] and
          reply["role"] == "listener" and reply["port"] == 5300, repr(reply))
    # the client's close is labeled by the service it sent to, not by its
    # ephemeral port
    c = one(evs, event="close", comm="socat", proto="udp", lport=s["lport"])
    check(c["role"] == "outbound" and c["rport"] == 5300 and c["port"] == 5300 and
          c["raddr"] == "127.0.0.1", repr(c))
    one(evs, event="close", comm="udpsrv", proto="udp", lport=5300)


def test_socat_udp_listen_server_is_no_outbound_connection():
    """socat UDP-LISTEN binds its port, then connects that socket to the
    first client to answer it: a server's connect, labeled by its own port,
    and in the report no outbound connection to the client's ephemeral
    port (record, then report, as an auditor gets them)."""
    if not shutil.which("socat"):
        raise Skip("socat is not installed (scripts/deps.sh test installs it)")
    d = tempfile.mkdtemp(prefix="swtest-udplisten-")
    rec = os.path.join(d, "rec")
    try:
        with Netns() as ns:
            mon = Monitor("--comm", "socat")
            recm = Monitor("record", "-o", rec, "--key-file", os.path.join(d, "key"),
                           json_out=False)
            srv = subprocess.Popen(["ip", "netns", "exec", ns.name, "socat",
                                    "UDP4-LISTEN:5301,bind=127.0.0.1", "SYSTEM:cat"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(100):
                if ":5301" in ns_exec(ns, "ss", "-Hlun"):
                    break
                time.sleep(0.05)
            out = subprocess.run(["ip", "netns", "exec", ns.name, "socat", "-t", "1", "-",
                                  "UDP4:127.0.0.1:5301"], input=b"hi\n", capture_output=True,
                                 timeout=20).stdout
            srv.terminate()
            srv.wait(timeout=10)
            check(mon.stop() == 0 and recm.stop(signal.SIGTERM) == 0, "sockwatch exit status")
            evs = in_ns(mon.events(), ns)
        check(out == b"hi\n", "socat's echo: %r" % out)
        cli = one(evs, event="connect", rport=5301)
        check(cli["role"] == "outbound" and cli["port"] == 5301, repr(cli))
        srv_c = one(evs, event="connect", lport=5301)
        check((srv_c["rport"], srv_c["role"], srv_c["port"], srv_c["proto"], srv_c["via"]) ==
              (cli["lport"], "listener", 5301, "udp", "syscall"), repr(srv_c))
        r = run_cmd("report", "-f", "json", rec)
        check(r.returncode == 0, "report: %s" % r.stderr)
        rep = json.loads(r.stdout)
        mine = [o for o in rep["outbound"] if o["netns"] == ns.inode]
        check([(o["proto"], o["port"], o["connections"]) for o in mine] == [("udp", 5301, 1)],
              "outbound rows: %r" % mine)
        check(not [f for f in rep["findings"] if str(cli["lport"]) in json.dumps(f)],
              "a finding names the client's port: %r" % rep["findings"])
    finally:
        shutil.rmtree(d, ignore_errors=True)


UDP_CLOSES = r"""
import os, socket
b = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); b.bind(('::1', 0)); bp = b.getsockname()[1]
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); c.connect(('127.0.0.1', 9)); cp = c.getsockname()[1]
n = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)   # never bound: no close event
b.close(); c.close(); n.close()
print(os.getpid(), bp, cp)
"""


def test_udp_close_bound_and_connected():
    with Netns() as ns:
        mon = Monitor("--proto", "udp", "--event", "close")
        pid, bp, cp = map(int, ns.run(UDP_CLOSES, comm="udpclose").split())
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    check(len(evs) == 2, "two closes (the unbound socket has none): %r" % evs)
    b = one(evs, lport=bp)
    check(b["family"] == "ipv6" and b["raddr"] is None and b["pid"] == pid and
          b["via"] == "syscall", repr(b))
    c = one(evs, lport=cp)
    check(c["raddr"] == "127.0.0.1" and c["rport"] == 9 and c["role"] == "outbound" and
          c["port"] == 9 and c["pid"] == pid, repr(c))


def udp_disconnect_round(path, via, events=None, env=None):
    """sockops udp-disconnect: each association a disconnect ends is
    closed, in order, by the process, along the path that made it."""
    prog = sockops_binary()
    with Netns() as ns:
        mon = Monitor("--comm", "sockops", "--proto", "udp",
                      *(("--event", events) if events else ()), env=env)
        o = json.loads(ns_exec(ns, prog, "udp-disconnect", path))
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    a, b = o["ports"]
    got = [(e["event"], e["lport"], e["raddr"], e["rport"]) for e in evs]
    want = [("connect", a, "127.0.0.2", 53), ("close", a, "127.0.0.2", 53),
            ("connect", b, "127.0.0.3", 53), ("close", b, "127.0.0.3", 53)]
    if events:
        want = [w for w in want if w[0] in events.split(",")]
    check(got == want, "%s:\n got  %r\n want %r" % (path, got, want))
    check(all(e["pid"] == o["pid"] and e["via"] == via and e["role"] == "outbound"
              for e in evs), repr([(e["event"], e["pid"], e["via"], e["role"]) for e in evs]))


def test_udp_disconnect_closes_the_association_native():
    """connect(AF_UNSPEC) gives back the port the kernel picked for a UDP
    socket: that local socket is gone, though no release comes, and the
    socket's own close later has no port to report. Each association is
    closed at its disconnect."""
    udp_disconnect_round("syscall", "syscall")


def test_udp_disconnect_closes_the_association_with_close_events_only():
    """--event close loads the connect programs all the same: they note
    what a disconnect's close reports."""
    udp_disconnect_round("syscall", "syscall", events="close")


def test_udp_disconnect_closes_the_association_io_uring():
    udp_disconnect_round("io_uring", "io_uring")


def test_udp_disconnect_closes_the_association_int80():
    """fexit sees a 32-bit disconnect. Without fexit (the second run) it
    runs no hook: the association's close comes at the socket's next
    connect, or at its release."""
    swtest.require_int80(sockops_binary())
    udp_disconnect_round("syscall32", "syscall32")
    udp_disconnect_round("syscall32", "syscall32", env={"SOCKWATCH_NO_FEXIT": "1"})


def test_udp_disconnect_closes_the_association_socketcall():
    swtest.require_int80(sockops_binary())
    udp_disconnect_round("socketcall", "syscall32")
    udp_disconnect_round("socketcall", "syscall32", env={"SOCKWATCH_NO_FEXIT": "1"})


GETADDRINFO = r"""
import json, os, socket
os.environ['RESOLV_MULTI'] = 'on'   # every line of the name, with no host.conf (a guest's)
r = socket.getaddrinfo('sorted.test', 80, socket.AF_INET, socket.SOCK_STREAM)
print(json.dumps({"pid": os.getpid(), "addrs": [a[4][0] for a in r]}))
"""


def udp_send_disconnect_round(path, via, env=None):
    """sockops udp-send-disconnect: an unconnected socket's first send to a
    destination binds it a port; a disconnect gives it back. Each port's
    association is closed, and the send after it is reported anew."""
    prog = sockops_binary()
    with Netns() as ns:
        mon = Monitor("--comm", "sockops", "--proto", "udp", env=env)
        o = json.loads(ns_exec(ns, prog, "udp-send-disconnect", path))
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    a, b = o["ports"]
    got = [(e["event"], e["lport"], e["raddr"], e["rport"]) for e in evs]
    want = [("send", a, "127.0.0.2", 53), ("close", a, "127.0.0.2", 53),
            ("send", b, "127.0.0.2", 53), ("close", b, "127.0.0.2", 53)]
    check(got == want, "%s:\n got  %r\n want %r" % (path, got, want))
    check(all(e["pid"] == o["pid"] and e["via"] == via and e["role"] == "outbound"
              for e in evs), repr([(e["event"], e["pid"], e["via"], e["role"]) for e in evs]))


def test_udp_send_then_disconnect_closes_and_sends_anew_native():
    """A disconnect after an unconnected send gives back the port the send
    was bound: that association closes there (the socket's release later
    has no port to report), and the next send is a new one."""
    udp_send_disconnect_round("syscall", "syscall")


def test_udp_send_then_disconnect_closes_and_sends_anew_io_uring():
    udp_send_disconnect_round("io_uring", "io_uring")


def test_udp_send_then_disconnect_closes_and_sends_anew_int80():
    """Without fexit a 32-bit disconnect runs no hook: the close comes at
    the next send, or at the release."""
    swtest.require_int80(sockops_binary())
    for path in ("syscall32", "socketcall"):
        udp_send_disconnect_round(path, "syscall32")
        udp_send_disconnect_round(path, "syscall32", env={"SOCKWATCH_NO_FEXIT": "1"})


def test_glibc_getaddrinfo_sorting_closes_each_probe():
    """glibc's getaddrinfo() sorts several addresses (RFC 6724) with one UDP
    socket: connect to each to learn its source address, disconnect in
    between, close at the end. Every probe connect gets its close. (ip
    netns exec puts /etc/netns/NAME/hosts in place of /etc/hosts.)"""
    # the bind mount needs a file to cover: a minimal guest may have none
    made_hosts = not os.path.exists("/etc/hosts")
    with Netns() as ns:
        etc = "/etc/netns/" + ns.name
        os.makedirs(etc)
        try:
            if made_hosts:
                open("/etc/hosts", "w").close()
            with open(etc + "/hosts", "w") as f:
                f.write("127.0.0.1 localhost\n127.0.0.2 sorted.test\n127.0.0.3 sorted.test\n")
            mon = Monitor("--comm", "gai", "--proto", "udp")
            o = json.loads(ns.run(GETADDRINFO, comm="gai"))
            check(mon.stop() == 0, "sockwatch exit status")
        finally:
            shutil.rmtree(etc, ignore_errors=True)
            if made_hosts:
                os.unlink("/etc/hosts")
        evs = in_ns(mon.events(), ns)
    check(sorted(o["addrs"]) == ["127.0.0.2", "127.0.0.3"], "hosts file not used: %r" % o)
    # (without an nsswitch.conf glibc asks DNS first, on 127.0.0.1:53)
    probes = [e for e in evs if e["rport"] == 80]
    conns = find(probes, event="connect")
    check(sorted(e["raddr"] for e in conns) == ["127.0.0.2", "127.0.0.3"], repr(evs))
    for c in conns:
        x = find(probes, event="close", lport=c["lport"], raddr=c["raddr"])
        check(len(x) == 1 and x[0]["pid"] == o["pid"] and x[0]["via"] == "syscall",
              "the close of %r: %r" % (c, evs))
    check(len(probes) == 4, repr(probes))


# ---- who closed it, which thread, which process

FORK_SERVER = r"""
import os, socket, sys, time
s = socket.socket(); s.bind(('127.0.0.1', 2222)); s.listen()
print('ready', flush=True)
a, _ = s.accept()
child = os.fork()
if child == 0:
    time.sleep(0.3)
    a.sendall(b'hello'); a.close(); os._exit(0)
a.close()            # the parent's copy: not the last reference
os.waitpid(child, 0)
s.close()
print(os.getpid(), child, flush=True)
"""


def test_fork_per_connection_child_close():
    """sshd-style: the parent accepts and forks; the child holds the
    connection and closes it. The close is the child's."""
    with Netns() as ns:
        mon = Monitor("--port", "2222")
        srv = ns.spawn(FORK_SERVER, comm="forksrv")
        ns.run("import socket; c = socket.create_connection(('127.0.0.1', 2222)); "
               "c.recv(10); c.close()", comm="forkcli")
        parent, child = map(int, srv.stdout.readline().split())
        srv.wait(timeout=10)
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    acc = one(evs, event="accept")
    check(acc["pid"] == parent, repr(acc))
    closes = find(evs, event="close", lport=2222, rport=acc["rport"])
    check(len(closes) == 1 and closes[0]["pid"] == child and closes[0]["ppid"] == parent and
          closes[0]["via"] == "syscall", "close of the accepted socket: %r" % closes)


SSHD_CONFIG = """Port 2224
ListenAddress 127.0.0.1
HostKey %(dir)s/host_key
PermitRootLogin yes
AuthorizedKeysFile %(dir)s/client_key.pub
StrictModes no
UsePAM no
PidFile %(dir)s/sshd.pid
"""


def test_sshd_child_closes_the_accepted_connection():
    """sshd accepts in the listener, forks (and re-executes) a child per
    connection; the child holds the connection and its close is the
    child's (pid the thread group id, ppid the listener)."""
    sshd = "/usr/sbin/sshd"
    if not os.access(sshd, os.X_OK) or not shutil.which("ssh") or \
            not shutil.which("ssh-keygen"):
        raise Skip("sshd, ssh or ssh-keygen is not installed (openssh-server, openssh-client)")
    d = tempfile.mkdtemp(prefix="swtest-sshd-")
    os.makedirs("/run/sshd", exist_ok=True)
    for key in ("host_key", "client_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                        os.path.join(d, key)], check=True, capture_output=True)
    with open(os.path.join(d, "sshd_config"), "w") as f:
        f.write(SSHD_CONFIG % {"dir": d})
    try:
        with Netns() as ns:
            mon = Monitor("--port", "2224")
            srv = subprocess.Popen(["ip", "netns", "exec", ns.name, sshd, "-D", "-f",
                                    os.path.join(d, "sshd_config"), "-E",
                                    os.path.join(d, "log")])
            try:
                for _ in range(100):
                    if ":2224 " in ns_exec(ns, "ss", "-Hltn"):
                        break
                    time.sleep(0.05)
                out = ns_exec(ns, "ssh", "-i", os.path.join(d, "client_key"), "-p", "2224",
                              "-o", "StrictHostKeyChecking=no",
                              "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                              "root@127.0.0.1", "echo via-sshd")
                # the child closes after the client is gone; the listener
                # stays until then, so the child's parent is still sshd
                for _ in range(200):
                    if not ns_exec(ns, "ss", "-Htn", "sport = :2224").strip():
                        break
                    time.sleep(0.05)
            finally:
                srv.terminate()
                srv.wait(timeout=10)
            check(mon.stop() == 0, "sockwatch exit status")
            evs = in_ns(mon.events(), ns)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    check(out.strip() == "via-sshd", repr(out))
    lst = one(evs, event="listen", lport=2224)
    check(lst["pid"] == srv.pid and lst["comm"] == "sshd", repr(lst))
    acc = one(evs, event="accept")
    check(acc["pid"] == srv.pid, repr(acc))
    # (the child's own UDP connects to 127.0.0.1:2224 and ::1 are glibc
    # sorting getaddrinfo's answers)
    c = one(evs, event="connect", proto="tcp", rport=2224)
    check(c["comm"] == "ssh" and c["lport"] == acc["rport"], repr(c))
    x = one(evs, event="close", proto="tcp", lport=2224, rport=acc["rport"])
    check(x["pid"] != srv.pid and x["ppid"] == srv.pid and x["pid"] == x["tid"] and
          x["comm"] == "sshd" and x["via"] == "syscall" and x["role"] == "inbound", repr(x))


SHUTDOWN_CHILD_SERVER = r"""
import os, socket, time
s = socket.socket(); s.bind(('127.0.0.1', 2223)); s.listen()
print('ready', flush=True)
a, _ = s.accept()
child = os.fork()
if child == 0:
    # dnsmasq's TCP child: shut down, the peer closes, the kernel finishes
    # the connection (CLOSE) while the child still holds the socket
    a.sendall(b'hello'); a.shutdown(socket.SHUT_RDWR)
    time.sleep(0.1); a.close(); os._exit(0)
a.close()
os.waitpid(child, 0)
s.close()
print(os.getpid(), child, flush=True)
"""


def test_fork_child_shutdown_then_close():
    """The connection ends in the kernel (shutdown, then the peer's FIN)
    before the child lets go of it: the close is still the child's."""
    with Netns() as ns:
        mon = Monitor("--port", "2223")
        srv = ns.spawn(SHUTDOWN_CHILD_SERVER, comm="shutsrv")
        ns.run("import socket; c = socket.create_connection(('127.0.0.1', 2223)); "
               "c.recv(10); c.close()", comm="shutcli")
        parent, child = map(int, srv.stdout.readline().split())
        srv.wait(timeout=10)
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    acc = one(evs, event="accept")
    check(acc["pid"] == parent, repr(acc))
    x = one(evs, event="close", lport=2223, rport=acc["rport"])
    check((x["pid"], x["tid"], x["ppid"], x["comm"], x["via"], x["role"]) ==
          (child, child, parent, "shutsrv", "syscall", "inbound"), repr(x))


HELD_RESET = r"""
import os, socket, time
s = socket.socket()
try:
    s.connect(('127.0.0.1', 9))
except ConnectionRefusedError:
    pass
print(os.getpid(), s.getsockname()[1], flush=True)
%s
s.close()
"""


def test_refused_connect_close_follows_its_connect():
    """A refused connect: the kernel closes the socket (the RST) before
    connect() returns. The close is reported after the connect, charged to
    the process that closes it; one still held after a moment is the
    kernel's close (via null), charged to the socket's owner."""
    with Netns() as ns:
        mon = Monitor("--comm", "refused")
        pid, port = map(int, ns.run(HELD_RESET % "", comm="refused").split())
        pid2, port2 = map(int, ns.run(HELD_RESET % "time.sleep(1)", comm="refused").split())
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    for p, lp, via in ((pid, port, "syscall"), (pid2, port2, None)):
        mine = find(evs, pid=p)
        check([e["event"] for e in mine] == ["connect", "close"],
              "connect, then close: %r" % mine)
        c, x = mine
        check(c["error"] == x["error"] == "ECONNREFUSED" and x["lport"] == lp and
              x["rport"] == 9 and x["role"] == "outbound" and x["via"] == via and
              c["via"] == "syscall", "%r / %r" % (c, x))


def test_stop_waits_for_a_held_close():
    """sockwatch stopped while the kernel holds a close (a refused
    connect whose socket the process keeps): the close still comes out,
    as the kernel's (via null), charged to the socket's owner."""
    with Netns() as ns:
        mon = Monitor("--comm", "heldstop")
        srv = ns.spawn("print('ready', flush=True)\n" + HELD_RESET % "time.sleep(5)",
                       comm="heldstop")
        pid, port = map(int, srv.stdout.readline().split())
        mon.proc.send_signal(signal.SIGINT)   # at once: the close is still held
        check(mon.wait() == 0, "sockwatch exit status")
        srv.kill()
        srv.wait()
        evs = in_ns(mon.events(), ns)
    check([e["event"] for e in evs] == ["connect", "close"], repr(evs))
    x = evs[1]
    check((x["pid"], x["lport"], x["rport"], x["via"], x["error"]) ==
          (pid, port, 9, None, "ECONNREFUSED"), repr(x))


TFO = r"""
import os, socket
MSG_FASTOPEN = 0x20000000
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); port = s.getsockname()[1]
c = socket.socket()
c.sendto(b'q', MSG_FASTOPEN, ('127.0.0.1', port))   # connects: no connect() call
a, _ = s.accept(); a.recv(1)
cport = c.getsockname()[1]
c.close(); a.close(); s.close()
print(os.getpid(), port, cport)
"""


def test_tcp_fast_open_sendto_is_a_connect():
    """sendto(MSG_FASTOPEN) connects without connect() (dnsmasq forwards
    over TCP so): a connect event all the same, strace the oracle."""
    with Netns() as ns:
        mon = Monitor("--comm", "tfocli")
        pid, port, cport = map(int, ns.run(TFO, comm="tfocli").split())
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    c = one(evs, event="connect")
    check((c["pid"], c["lport"], c["rport"], c["result"], c["via"], c["role"], c["proto"]) ==
          (pid, cport, port, 0, "syscall", "outbound", "tcp"), repr(c))
    one(evs, event="close", lport=cport, rport=port, pid=pid)


def test_dnsmasq_forwards_over_udp_and_tcp():
    """dnsmasq A answers a.local itself and forwards fwd.test to dnsmasq B,
    over UDP and (dig +tcp) over TCP, where each forks a child per
    connection and forwards with TCP Fast Open. Every operation is seen
    and charged to the process that made it."""
    for prog in ("dnsmasq", "dig"):
        if not (shutil.which(prog) or os.access("/usr/sbin/" + prog, os.X_OK)):
            raise Skip("%s is not installed (scripts/deps.sh test installs it)" % prog)
    dnsmasq = shutil.which("dnsmasq") or "/usr/sbin/dnsmasq"
    d = tempfile.mkdtemp(prefix="swtest-dnsmasq-")
    common = ["-k", "--conf-file=/dev/null", "--listen-address=127.0.0.1",
              "--bind-interfaces", "--no-resolv", "--no-hosts"]
    with Netns() as ns:
        mon = Monitor("--comm", "dnsmasq")
        digm = Monitor("--comm", "dig")
        procs = []
        try:
            for name, extra in (("b", ["--port=5300", "--address=/fwd.test/10.9.9.9"]),
                                ("a", ["--port=53", "--host-record=a.local,10.1.1.1",
                                       "--server=/fwd.test/127.0.0.1#5300"])):
                procs.append(subprocess.Popen(
                    ["ip", "netns", "exec", ns.name, dnsmasq] + common + extra +
                    ["--pid-file=%s/%s.pid" % (d, name)], stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL))
            for _ in range(100):
                if all(os.path.exists("%s/%s.pid" % (d, n)) for n in "ab") and \
                        ":53 " in ns_exec(ns, "ss", "-Hltn"):
                    break
                time.sleep(0.05)
            answers = [ns_exec(ns, "dig", "+short", "+tries=1", "+time=2", *a).strip()
                       for a in (["@127.0.0.1", "a.local"], ["@127.0.0.1", "x.fwd.test"],
                                 ["+tcp", "@127.0.0.1", "y.fwd.test"])]
        finally:
            for p in procs:
                p.terminate()
                p.wait(timeout=10)
        check(mon.stop() == 0 and digm.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
        digs = in_ns(digm.events(), ns)
    shutil.rmtree(d, ignore_errors=True)
    check(answers == ["10.1.1.1", "10.9.9.9", "10.9.9.9"], repr(answers))
    a = one(evs, event="listen", lport=53)["pid"]
    b = one(evs, event="listen", lport=5300)["pid"]
    # UDP: A forwards from a port of its own (a send), B and A answer (sends
    # from the ports they serve: role listener, not outbound)
    fwd = one(evs, event="send", rport=5300)
    check(fwd["pid"] == a and fwd["role"] == "outbound" and fwd["via"] == "syscall", repr(fwd))
    one(evs, event="close", proto="udp", lport=fwd["lport"], pid=a)
    check(all(e["role"] == "listener" for e in find(evs, event="send", lport=53) +
              find(evs, event="send", lport=5300)), repr(evs))
    # TCP: dig connects to A; A accepts, its child forwards to B (sendto
    # with MSG_FASTOPEN), B accepts, its child answers; each child closes
    dc = one(digs, event="connect", proto="tcp", rport=53)
    check(dc["comm"] == "dig" and dc["thread"] != "dig", repr(dc))
    acc_a = one(evs, event="accept", lport=53, rport=dc["lport"])
    check(acc_a["pid"] == a, repr(acc_a))
    fc = one(evs, event="connect", proto="tcp", rport=5300)
    check(fc["ppid"] == a and fc["pid"] != a and fc["via"] == "syscall" and fc["result"] == 0,
          repr(fc))
    acc_b = one(evs, event="accept", lport=5300, rport=fc["lport"])
    check(acc_b["pid"] == b, repr(acc_b))
    xa = one(evs, event="close", proto="tcp", lport=53, rport=dc["lport"])
    check(xa["pid"] == fc["pid"] and xa["ppid"] == a and xa["via"] == "syscall", repr(xa))
    xf = one(evs, event="close", proto="tcp", lport=fc["lport"], rport=5300)
    check(xf["pid"] == fc["pid"], repr(xf))
    xb = one(evs, event="close", proto="tcp", lport=5300, rport=fc["lport"])
    check(xb["ppid"] == b and xb["pid"] != b and xb["via"] == "syscall", repr(xb))


THREADED = r"""
import ctypes, os, socket, threading
libc = ctypes.CDLL(None)
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); port = s.getsockname()[1]
tid = []
def work():
    libc.prctl(15, b'net-worker', 0, 0, 0)
    tid.append(threading.get_native_id())
    c = socket.create_connection(('127.0.0.1', port)); c.close()
t = threading.Thread(target=work); t.start(); t.join()
print(os.getpid(), tid[0], port)
"""


def test_thread_named_event_carries_process_name():
    """comm is the process's name, as ps shows it; thread is the caller's.
    --comm selects by the process's name."""
    with Netns() as ns:
        by_proc = Monitor("--comm", "threadapp")
        by_thread = Monitor("--comm", "net-worker")
        pid, tid, port = map(int, ns.run(THREADED, comm="threadapp").split())
        check(by_proc.stop() == 0 and by_thread.stop() == 0, "sockwatch exit status")
        evs = in_ns(by_proc.events(), ns)
        none = in_ns(by_thread.events(), ns)
    c = one(evs, event="connect")
    check(c["pid"] == pid and c["tid"] == tid and c["comm"] == "threadapp" and
          c["thread"] == "net-worker" and c["rport"] == port, repr(c))
    lst = one(evs, event="listen")
    check(lst["thread"] == "threadapp" and lst["tid"] == pid, repr(lst))
    check(none == [], "--comm matched a thread name: %r" % none)


def test_dig_threads_belong_to_dig():
    """dig makes its calls from a thread named isc-net-0000."""
    if not shutil.which("dig"):
        raise Skip("dig is not installed (scripts/deps.sh test installs bind9-dnsutils)")
    with Netns() as ns:
        mon = Monitor("--comm", "dig")
        # nothing answers: dig times out (exit 9), its calls are made all the same
        subprocess.run(["ip", "netns", "exec", ns.name, "dig", "+tries=1", "+time=1",
                        "@127.0.0.1", "-p", "5300", "example.com"], capture_output=True,
                       timeout=30)
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    conn = one(evs, event="connect", proto="udp", rport=5300)
    check(conn["comm"] == "dig" and conn["thread"] != "dig" and conn["tid"] != conn["pid"],
          "dig's connect: %r" % conn)
    check(all(e["comm"] == "dig" and e["pid"] == conn["pid"] for e in evs), repr(evs))


def test_snapshot_lists_every_owner_of_a_shared_listener():
    """nginx's master and workers all hold the listener: snapshot lists
    each, as ss -p does."""
    nginx = require_nginx()
    require_root()
    d = nginx_prefix(2)
    with Netns() as ns:
        ns_exec(ns, nginx, "-c", os.path.join(d, "nginx.conf"), "-p", d)
        try:
            ss = ns_exec(ns, "ss", "-Hltnp", "sport = :8089")
            snap = [json.loads(l) for l in ns_exec(ns, swtest.SOCKWATCH, "snapshot",
                                                   "--json").splitlines()]
        finally:
            with open(os.path.join(d, "nginx.pid")) as f:
                os.kill(int(f.read()), signal.SIGQUIT)
            time.sleep(0.5)
    shutil.rmtree(d, ignore_errors=True)
    want = sorted(int(p) for p in re.findall(r"pid=(\d+)", ss))
    check(len(want) == 3, "ss should list the master and two workers: %r" % ss)
    lst = one(snap, state="listen", lport=8089)
    got = sorted(o["pid"] for o in lst["owners"])
    check(got == want, "owners %r, ss -p %r" % (lst["owners"], want))
    check(all(o["comm"] == "nginx" for o in lst["owners"]), repr(lst["owners"]))
    check((lst["pid"], lst["comm"]) == (lst["owners"][0]["pid"], lst["owners"][0]["comm"]) and
          lst["pid"] == min(want), repr(lst))


UNBOUND_LISTEN = r"""
import os, socket, subprocess
s = socket.socket(); s.listen()
ss = subprocess.run(['ss', '-Hltn'], capture_output=True, text=True).stdout.split()
port = s.getsockname()[1]
s6 = socket.socket(socket.AF_INET6); s6.listen()   # no getsockname: its close shows it
port6 = int(subprocess.run(['ss', '-Hltn6'], capture_output=True, text=True).stdout.split()[3].rsplit(':', 1)[1])
s.close(); s6.close()
print(os.getpid(), port, port6, ' '.join(ss))
"""


def test_unbound_listen_reports_the_port_the_kernel_chose():
    """listen() on a socket never bound: the listen event carries the port
    the kernel picked (ss is the oracle), not 0."""
    with Netns() as ns:
        mon = Monitor("--event", "listen", "--comm", "unbound")
        out = ns.run(UNBOUND_LISTEN, comm="unbound").split()
        pid, port, port6 = int(out[0]), int(out[1]), int(out[2])
        check(mon.stop() == 0, "sockwatch exit status")
        evs = in_ns(mon.events(), ns)
    check(":%d" % port in " ".join(out[3:]), "ss does not list port %d: %r" % (port, out))
    check(sorted((e["family"], e["lport"]) for e in evs) ==
          [("ipv4", port), ("ipv6", port6)], repr(evs))
    check(all(e["pid"] == pid and e["auto_port"] and e["port"] == e["lport"] for e in evs),
          repr(evs))


UNBOUND_HELD = r"""
import os, socket, subprocess, time
s = socket.socket(); s.listen()      # never bound, no getsockname
port = subprocess.run(['ss', '-Hltn'], capture_output=True, text=True).stdout.split()[3]
print('ready', flush=True)
print(os.getpid(), port.rsplit(':', 1)[1], flush=True)
time.sleep(60)
"""


def test_unbound_listen_is_reported_while_the_socket_listens():
    """A server that listens on a never-bound socket and does not ask for
    its port: the listen event comes at once, not at its close."""
    with Netns() as ns:
        mon = Monitor("--event", "listen", "--comm", "unbheld", "--count", "1")
        srv = ns.spawn(UNBOUND_HELD, comm="unbheld")
        try:
            pid, port = map(int, srv.stdout.readline().split())
            try:
                rc = mon.wait(timeout=15)
            except subprocess.TimeoutExpired:
                fail("no listen event while the socket listens (15 s)")
        finally:
            srv.kill()
            srv.wait()
        evs = in_ns(mon.events(), ns)
    check(rc == 0 and len(evs) == 1, "exit %r, %r" % (rc, evs))
    e = evs[0]
    check((e["pid"], e["lport"], e["auto_port"], e["via"]) == (pid, port, True, "syscall"),
          "listen event %r, ss says port %d" % (e, port))


def test_record_proves_coverage_at_start_and_each_rotation():
    """record runs the selftest when it starts and in each new segment, and
    writes the result in; the test's own traffic is not recorded; filters
    do not blind it."""
    require_root()
    d = tempfile.mkdtemp(prefix="swtest-cov-rec-")
    rec = os.path.join(d, "rec")
    try:
        r = run_cmd("record", "-o", rec, "-d", "3", "--rotate-interval", "1s", "--port", "9",
                    timeout=60)
        check(r.returncode == 0, "record: %s" % r.stderr)
        lines = []
        for seg in sorted(f for f in os.listdir(rec) if f.startswith("seg-")):
            out = subprocess.run(["zcat", os.path.join(rec, seg)], capture_output=True,
                                 text=True).stdout
            lines.append([json.loads(l) for l in out.splitlines()])
    finally:
        shutil.rmtree(d, ignore_errors=True)
    check(len(lines) >= 2, "rotated: %d segments" % len(lines))
    tests = [[x for x in seg if x["event"] == "selftest"] for seg in lines]
    # a rotation waits for a running test, so each segment but the last
    # (the run may end mid-test) holds its own, however slow the host
    check(all(len(t) == 1 for t in tests[:-1]) and len(tests[-1]) <= 1,
          "one selftest per segment, in the first and at each rotation: %r" %
          [len(t) for t in tests])
    check(not any(x.get("comm") == "sockwatch-test" for seg in lines for x in seg),
          "the selftest's own events were recorded")
    if swtest.under_valgrind():
        # the child died in the first test's 32-bit round: the first proves
        # the syscall path, the later ones say the test process is gone
        swtest.check_valgrind_selftest(tests[0][0]["paths"], "the first selftest")
        for t in (x for seg in tests for x in seg):
            check([p["path"] for p in t["paths"]] == PATHS and t["ok"] is False and
                  all(p["seen"] or p["error"] for p in t["paths"]),
                  "selftest under --port 9 and valgrind: %r" % t)
        raise Skip("under valgrind a selftest was written at the start and at a rotation "
                   "and the first proved the native syscall path; %s not: %s" %
                   (", ".join(swtest.VALGRIND_BLIND_PATHS), swtest.VALGRIND_BLIND_REASON))
    # without int 0x80 (swtest.int80_unavailable) the 32-bit paths are n/a
    na = ("syscall32", "socketcall") if swtest.int80_unavailable(sockops_binary()) else ()
    for t in (x for seg in tests for x in seg):
        check(t["ok"] is True and [p["path"] for p in t["paths"]] == PATHS and
              all(p["seen"] if p["path"] not in na else
                  (p["available"] is False and p["reason"]) for p in t["paths"]),
              "selftest under --port 9: %r" % t)


def _report_json(lines):
    d = tempfile.mkdtemp(prefix="swtest-cov-report-")
    try:
        path = os.path.join(d, "seg-000001.jsonl")
        with open(path, "w") as f:
            f.write("\n".join(json.dumps(l) for l in lines) + "\n")
        r = run_cmd("report", "-f", "json", path)
        check(r.returncode == 0, "report: %s" % r.stderr)
        rep = json.loads(r.stdout)
        rep.update(rep["report"])
        rep.update(rep["summary"])
        return rep
    finally:
        shutil.rmtree(d, ignore_errors=True)


def _selftest_line(blind=(), na=(), fexit=None):
    """A selftest line; with na, as written since the "available" field;
    with fexit, as written since the "fexit" field."""
    line = {"ts": "2026-12-02T03:00:00.000000Z", "event": "selftest",
            "ok": not blind, "seen": len(PATHS) - len(blind) - len(na),
            "paths": [{"path": p, "via": "x", "seen": p not in blind and p not in na,
                       "missing": [], "error": None} for p in PATHS]}
    if fexit is not None:
        line["fexit"] = fexit
    if na:
        for p in line["paths"]:
            p["available"] = p["path"] not in na
            p["reason"] = "int 0x80 faults" if p["path"] in na else None
    return line


UDP_SEND = {"ts": "2026-12-02T03:00:01.000000Z", "pid": 7, "tid": 7, "ppid": 1, "uid": 0,
            "thread": "x", "via": "syscall", "cgroup_id": 1, "netns": 1, "proto": "udp",
            "family": "ipv4", "laddr": "0.0.0.0", "in_progress": False, "auto_port": True,
            "result": 0, "error": None, "port_class": "well-known"}


def test_report_states_coverage_and_names_a_blind_path():
    start = {"ts": "2026-12-02T02:59:59.000000Z", "event": "record_start", "host": "h"}
    rep = _report_json([start, _selftest_line(), _selftest_line(blind=("io_uring_sqpoll",))])
    check(rep["coverage_proven"] is False and "io_uring_sqpoll" in rep["coverage"] and
          "NOT" in rep["status"], repr((rep["status"], rep["coverage"])))
    blind = [f for f in rep["findings"] if f.get("id", f.get("kind")) == "blind-path" or
             "blind-path" in json.dumps(f)]
    check(len(blind) == 1 and "io_uring_sqpoll" in json.dumps(blind[0]), repr(rep["findings"]))
    rep = _report_json([start, _selftest_line()])
    check(rep["coverage_proven"] is True and "every path proven" in rep["status"],
          repr((rep["status"], rep["coverage"])))
    # a selftest that does not say it ran with fexit did not test a 32-bit
    # accept without an address: said all the same
    untested = "not proven: a 32-bit accept that asks for no peer address"
    check(untested in rep["coverage"], repr(rep["coverage"]))
    rep = _report_json([start, _selftest_line(fexit=True), _selftest_line(fexit=False)])
    check(untested in rep["coverage"], "one selftest without fexit: " + repr(rep["coverage"]))
    # with fexit its 32-bit rounds proved it: nothing left unsaid
    rep = _report_json([start, _selftest_line(fexit=True)])
    check(rep["coverage_proven"] is True and untested not in rep["coverage"],
          repr(rep["coverage"]))
    rep = _report_json([start])
    check(rep["coverage_proven"] is False and "no selftest" in rep["status"], repr(rep["status"]))
    # a host without int 0x80: the 32-bit paths are n/a, neither proven nor blind
    na = ("syscall32", "socketcall")
    rep = _report_json([start, _selftest_line(na=na)])
    check(rep["coverage_proven"] is True and "every path the host offered proven seen" in
          rep["status"] and "n/a there: syscall32, socketcall" in rep["status"] and
          "every path proven" not in rep["status"], repr(rep["status"]))
    check("not applicable (neither proven nor blind): syscall32, socketcall" in rep["coverage"]
          and "proven for every path the host offered by 1 selftest: syscall, io_uring,"
          in rep["coverage"], repr(rep["coverage"]))
    check(not [f for f in rep["findings"] if "blind-path" in json.dumps(f)], repr(rep["findings"]))


def test_report_counts_client_sends_not_server_replies():
    """A client's send is an outbound flow to the service; a server's reply
    from its own port is no outbound connection to the client's port."""
    start = {"ts": "2026-12-02T02:59:59.000000Z", "event": "record_start", "host": "h"}
    client = dict(UDP_SEND, event="send", comm="dig", lport=40000, raddr="127.0.0.1",
                  rport=53, port=53, role="outbound", service="domain")
    reply = dict(UDP_SEND, event="send", comm="dnsmasq", lport=53, raddr="127.0.0.1",
                 rport=40000, port=53, role="listener", service="domain")
    rep = _report_json([start, client, reply])
    text = json.dumps(rep)
    check('"dig"' in text and "40000" not in json.dumps(rep.get("outbound", rep)),
          "outbound: %s" % text[:2000])
