"""sockwatch record and verify, end to end: real traffic in a private network
namespace recorded to a directory, read back with gzip, checked with verify,
then damaged in every way verify must notice."""
import gzip
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

from swtest import Monitor, Netns, SOCKWATCH, Skip, check, fail, find, in_ns, one, run_cmd

# Known traffic: a TCP listener on 127.0.0.1:PORT, one connect to it that
# is accepted, a refused connect to PORT+1, a UDP bind on PORT+2.
TRAFFIC = r"""
import os, socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", PORT)); s.listen()
c = socket.create_connection(("127.0.0.1", PORT)); a, _ = s.accept()
print(os.getpid(), c.getsockname()[1])
c.close(); a.close(); s.close()
r = socket.socket()
try:
    r.connect(("127.0.0.1", PORT + 1))
except ConnectionRefusedError:
    pass
r.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", PORT + 2)); u.close()
"""

# N loopback connections, for volume (rotation).
CHURN = r"""
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(128)
for i in range(N):
    c = socket.create_connection(s.getsockname()); a, _ = s.accept(); c.close(); a.close()
s.close()
"""


def traffic(ns, port, comm="swrec"):
    pid, cport = ns.run("PORT = %d\n" % port + TRAFFIC, comm=comm).split()
    return int(pid), int(cport)


def churn(ns, n):
    ns.run("N = %d\n" % n + CHURN, comm="swchurn")


def tmpdir():
    return tempfile.mkdtemp(prefix="swrec-")


def record(out, *args):
    return Monitor("record", "-o", out, *args, json_out=False)


def segments(d):
    return sorted(f for f in os.listdir(d) if re.fullmatch(r"seg-\d{6,}\.jsonl\.gz", f))


def gz_members(path):
    """A segment's gzip members as user/evidence/segment_gz.h lays them out:
    each carries its size in an 'SW' extra field and holds whole lines.
    Returns (text of the whole members, bytes of a cut member at the end)."""
    with open(path, "rb") as f:
        data = f.read()
    off, text = 0, []
    while off < len(data):
        head = data[off:off + 20]
        check(len(head) == 20 and head[:4] == b"\x1f\x8b\x08\x04" and
              head[10:16] == b"\x08\x00SW\x04\x00",
              "%s: no sized member header at byte %d: %r" % (path, off, head))
        size = struct.unpack("<I", head[16:20])[0]
        if off + size > len(data):
            return "".join(text), data[off:]
        plain = gzip.decompress(data[off:off + size]).decode()
        check(plain.endswith("\n"), "%s: the member at byte %d ends mid-line" % (path, off))
        text.append(plain)
        off += size
    return "".join(text), b""


def read_segment(path):
    """Every line of a closed segment; fails unless it decompresses cleanly,
    as one stream (what zcat reads) and member by member."""
    with open(path, "rb") as f:
        data = gzip.decompress(f.read())
    check(data.endswith(b"\n"), "%s does not end with a whole line" % path)
    text, cut = gz_members(path)
    check(not cut and text == data.decode(), "%s: its members are not the stream" % path)
    return [json.loads(l) for l in data.decode().splitlines()]


def read_record(d):
    lines = []
    for name in segments(d):
        lines += read_segment(os.path.join(d, name))
    return lines


def events_of(lines):
    """Socket event lines (not meta, not snapshot)."""
    return [l for l in lines if "netns" in l and l["event"] != "snapshot"]


def verify(d, *args):
    return run_cmd("verify", *args, d)


def verify_says(d, file, status):
    """verify fails, and its line for `file` names `status`."""
    r = verify(d)
    check(r.returncode == 1, "verify should fail (1), got %d:\n%s%s" %
          (r.returncode, r.stdout, r.stderr))
    lines = [l for l in r.stdout.splitlines() if l.startswith(file + " ")]
    check(lines and status in lines[0], "verify does not say %s %s:\n%s" %
          (file, status, r.stdout))
    return r


def check_stderr_ready_and_final(m):
    check(any("attached to" in l and "recording to" in l for l in m.stderr_lines),
          "no ready line: %r" % m.stderr_lines)
    check(re.fullmatch(r"sockwatch: \d+ events?, \d+ dropped", m.stderr_lines[-1]),
          "final line: %r" % m.stderr_lines)


def copy(d):
    c = tmpdir()
    shutil.rmtree(c)
    shutil.copytree(d, c)
    return c


def test_record_events_snapshot_verify_and_tamper():
    d = os.path.join(tmpdir(), "rec")
    try:
        with Netns() as ns:
            m = record(d)
            pid, cport = traffic(ns, 18080)
            time.sleep(1.2)  # a flush: the open segment has a checkpoint
            r = verify(d)
            check(r.returncode == 0 and re.search(
                r"^seg-000001\.jsonl\.gz +open-recording .*match the checkpoint", r.stdout, re.M),
                "verify while recording: %s%s" % (r.stdout, r.stderr))
            check(m.stop(signal.SIGTERM) == 0, "record exit status: %r" % m.stderr_lines)
        check_stderr_ready_and_final(m)
        check(os.stat(d).st_mode & 0o7777 == 0o700, "record dir mode")
        for f in os.listdir(d):
            check(os.stat(os.path.join(d, f)).st_mode & 0o7777 == 0o640, "mode of %s" % f)
        check(sorted(os.listdir(d)) == ["manifest.jsonl", "seg-000001.jsonl.gz"],
              "files: %r" % os.listdir(d))

        lines = read_record(d)
        start = lines[0]
        check(start["event"] == "record_start" and start["seq"] == 1 and
              re.fullmatch(r"[0-9a-f]{32}", start["record_id"]) and start["host"] and
              start["kernel"] == os.uname().release and start["sockwatch"] and
              start["argv"][:3] == ["record", "-o", d], "record_start: %r" % start)
        ends = find(lines, event="snapshot_end")
        check(len(ends) == 1 and isinstance(ends[0]["sockets"], int), "snapshot_end: %r" % ends)
        i_end = lines.index(ends[0])
        check(all(l["event"] == "snapshot" for l in lines[1:i_end]), "snapshot lines first")
        stop = lines[-1]
        check(stop["event"] == "record_stop" and stop["reason"] == "sigterm", repr(stop))
        evs = events_of(lines)
        check(stop["events"] == len(evs), "record_stop counts %d events, %d in the file" %
              (stop["events"], len(evs)))
        mine = in_ns(evs, ns)
        one(mine, event="bind", pid=pid, lport=18080, proto="tcp")
        one(mine, event="listen", pid=pid, lport=18080, port_class="registered")
        one(mine, event="connect", pid=pid, rport=18080, lport=cport, result=0)
        one(mine, event="accept", pid=pid, lport=18080, rport=cport)
        one(mine, event="connect", pid=pid, rport=18081, error="ECONNREFUSED")
        one(mine, event="bind", pid=pid, lport=18082, proto="udp")
        # same shape as tail --json: every event line has tail's keys in tail's order
        keys = list(mine[0].keys())
        check(keys[:2] == ["ts", "event"] and keys[-1] == "error", "event keys: %r" % keys)

        r = verify(d)
        check(r.returncode == 0, "verify: %s%s" % (r.stdout, r.stderr))
        check(re.search(r"^seg-000001\.jsonl\.gz +intact$", r.stdout, re.M), r.stdout)
        r = verify(d, "--json")
        j = json.loads(r.stdout)
        check(r.returncode == 0 and j["ok"] and j["stopped"] and j["stop_reason"] == "sigterm"
              and j["record_id"] == start["record_id"] and j["events"] == len(evs) and
              [s["status"] for s in j["segments"]] == ["intact"], "verify --json: %r" % j)
        head = re.search(r"chain head ([0-9a-f]{64})", "\n".join(m.stderr_lines)).group(1)
        check(head == j["manifest"]["chain_head"], "record's head is not verify's")
        check(verify(d, "--head", head).returncode == 0, "verify --head")

        seg = "seg-000001.jsonl.gz"
        c = copy(d)  # one byte flipped
        with open(os.path.join(c, seg), "r+b") as f:
            f.seek(40)
            b = f.read(1)
            f.seek(40)
            f.write(bytes([b[0] ^ 1]))
        verify_says(c, seg, "modified")
        shutil.rmtree(c)

        c = copy(d)  # cut short
        os.truncate(os.path.join(c, seg), os.path.getsize(os.path.join(d, seg)) - 10)
        verify_says(c, seg, "truncated")
        shutil.rmtree(c)

        c = copy(d)  # data appended
        with open(os.path.join(c, seg), "ab") as f:
            f.write(gzip.compress(b'{"event":"connect"}\n'))
        verify_says(c, seg, "size-mismatch")
        shutil.rmtree(c)

        c = copy(d)  # gone
        os.unlink(os.path.join(c, seg))
        verify_says(c, seg, "missing")
        shutil.rmtree(c)

        c = copy(d)  # something added
        with open(os.path.join(c, "seg-000002.jsonl.gz"), "wb") as f:
            f.write(gzip.compress(b"{}\n"))
        verify_says(c, "seg-000002.jsonl.gz", "extra")
        shutil.rmtree(c)

        c = copy(d)  # the manifest edited: its events count
        p = os.path.join(c, "manifest.jsonl")
        text = open(p).read()
        open(p, "w").write(text.replace('"events":%d' % len(evs), '"events":%d' % (len(evs) - 1), 1))
        r = verify(c)
        check(r.returncode == 1 and "chain-broken" in r.stdout, r.stdout)
        shutil.rmtree(c)

        c = copy(d)  # the stop entry cut off: only --head can tell
        p = os.path.join(c, "manifest.jsonl")
        text = open(p).read().splitlines(True)
        open(p, "w").write("".join(text[:-1]))
        r = run_cmd("verify", "--head", head, c)
        check(r.returncode == 1 and "head-mismatch" in r.stdout, r.stdout)
        shutil.rmtree(c)
    finally:
        shutil.rmtree(os.path.dirname(d), ignore_errors=True)


def test_record_rotation_by_size_and_reorder():
    d = os.path.join(tmpdir(), "rec")
    try:
        with Netns() as ns:
            # only our own traffic, so sizes do not depend on the host's; 16K,
            # as each segment starts with a snapshot of the host and a real 4K
            # bound would take dozens of them
            m = record(d, "--rotate-size", "16K", "--comm", "swchurn")
            for i in range(3):
                churn(ns, 300)
                time.sleep(1.1)  # a flush shows the compressed size
            pid, _ = traffic(ns, 18180, comm="swchurn")
            check(m.stop(signal.SIGTERM) == 0, "record exit status: %r" % m.stderr_lines)
        segs = segments(d)
        check(len(segs) >= 3, "rotation by size made only %r" % segs)
        all_lines = []
        for i, s in enumerate(segs):
            lines = read_segment(os.path.join(d, s))
            check(lines[0]["event"] == "record_start" and lines[0]["seq"] == i + 1,
                  "%s starts with %r" % (s, lines[0]))
            check(any(l["event"] == "snapshot_end" for l in lines), "%s has no snapshot" % s)
            all_lines += lines
        check(len({l["record_id"] for l in all_lines if l["event"] == "record_start"}) == 1,
              "one record id")
        one(in_ns(events_of(all_lines), ns), event="listen", pid=pid, lport=18180)
        check(all_lines[-1]["event"] == "record_stop", "stop line last")
        r = verify(d)
        check(r.returncode == 0, r.stdout + r.stderr)
        check(len(re.findall(r" intact$", r.stdout, re.M)) == len(segs), r.stdout)

        c = copy(d)  # two segments swapped
        a, b = os.path.join(c, segs[0]), os.path.join(c, segs[1])
        os.rename(a, a + ".t")
        os.rename(b, a)
        os.rename(a + ".t", b)
        r = verify_says(c, segs[0], "out-of-order")
        verify_says(c, segs[1], "out-of-order")
        shutil.rmtree(c)

        c = copy(d)  # one moved past the end
        os.rename(os.path.join(c, segs[1]), os.path.join(c, "seg-%06d.jsonl.gz" % 99))
        verify_says(c, segs[1], "missing")
        verify_says(c, "seg-000099.jsonl.gz", "out-of-order")
        shutil.rmtree(c)
    finally:
        shutil.rmtree(os.path.dirname(d), ignore_errors=True)


def test_record_keep_prunes_and_verify_accepts_it():
    d = os.path.join(tmpdir(), "rec")
    try:
        with Netns() as ns:
            m = record(d, "--rotate-size", "16K", "--keep", "2", "--comm", "swchurn")
            for i in range(4):
                churn(ns, 300)
                time.sleep(1.1)
            check(m.stop(signal.SIGINT) == 0, "record exit status: %r" % m.stderr_lines)
        segs = segments(d)
        check(len(segs) == 2, "--keep 2 left %r" % segs)
        r = verify(d, "--json")
        j = json.loads(r.stdout)
        st = [s["status"] for s in j["segments"]]
        check(r.returncode == 0 and st.count("pruned") >= 1 and st.count("intact") == 2 and
              st[-2:] == ["intact", "intact"] and j["stop_reason"] == "sigint", r.stdout)
        manifest = [json.loads(l) for l in open(os.path.join(d, "manifest.jsonl"))]
        check(len(find(manifest, type="prune")) == st.count("pruned"), "prune entries")
    finally:
        shutil.rmtree(os.path.dirname(d), ignore_errors=True)


def test_record_duration_interval_and_count():
    d = os.path.join(tmpdir(), "rec")
    try:
        m = record(d, "--rotate-interval", "1s", "-d", "2.5")
        check(m.wait() == 0, "record exit status: %r" % m.stderr_lines)
        check_stderr_ready_and_final(m)
        segs = segments(d)
        check(len(segs) >= 2, "--rotate-interval 1s over 2.5 s made %r" % segs)
        lines = read_record(d)
        check(lines[-1]["event"] == "record_stop" and lines[-1]["reason"] == "duration",
              repr(lines[-1]))
        check(verify(d).returncode == 0, "verify")

        with Netns() as ns:
            m = Monitor("record", "-o", d, "--force", "-n", "3", "--netns-dummy",
                        json_out=False, wait_ready=False)
            check(m.wait() == 2, "unknown option: usage error")
            m = record(d, "--force", "-n", "3", "-e", "bind,listen")
            traffic(ns, 18280)
            check(m.wait() == 0, "record exit status: %r" % m.stderr_lines)
        lines = read_record(d)
        check(len(segments(d)) == 1, "--force replaced the old record")
        stop = lines[-1]
        evs = [l for l in lines if l["event"] in ("bind", "listen")]
        check(stop["reason"] == "count" and stop["events"] == 3 and len(evs) == 3, repr(stop))
        check(verify(d).returncode == 0, "verify")
    finally:
        shutil.rmtree(os.path.dirname(d), ignore_errors=True)


HOLD_LISTENER = r"""
import os, socket, sys
s = socket.socket(); s.bind(("127.0.0.1", PORT)); s.listen()
print("ready", flush=True)
sys.stdin.read()
"""


def helper_of(pid):
    """/proc status fields of the record's sockwatch-fds child, or None."""
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/status" % d) as f:
                st = dict(l.rstrip("\n").split(":\t", 1) for l in f if ":\t" in l)
        except OSError:
            continue
        if st.get("Name") == "sockwatch-fds" and st.get("PPid") == str(pid):
            return st
    return None


def test_record_later_snapshots_name_owners():
    """Every segment's snapshot names the holders of root's and another
    user's sockets, though the recorder has no capability left after the
    first: its sockwatch-fds helper, which holds CAP_SYS_PTRACE and
    CAP_DAC_READ_SEARCH and nothing else, reads /proc for it."""
    d = os.path.join(tmpdir(), "rec")
    holders = []
    try:
        with Netns() as ns:
            for port, user in ((18301, None), (18302, "65534")):
                cmd = ["ip", "netns", "exec", ns.name]
                if user:
                    cmd += ["setpriv", "--reuid=" + user, "--regid=" + user, "--clear-groups"]
                p = subprocess.Popen(cmd + [sys.executable, "-u", "-c",
                                            "PORT = %d\n" % port + HOLD_LISTENER],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                holders.append(p)
                check(p.stdout.readline().strip() == "ready", "listener %d did not start" % port)
            rec = subprocess.Popen(["ip", "netns", "exec", ns.name, SOCKWATCH, "record", "-o", d,
                                    "--rotate-interval", "1s", "-d", "5"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            # its no_new_privs is set last, once its capabilities are down
            # to the two (seconds under valgrind)
            helper = None
            for _ in range(600):
                time.sleep(0.1)
                helper = helper_of(rec.pid) or helper
                if helper and helper["NoNewPrivs"].strip() == "1":
                    break
            out, err = rec.communicate(timeout=60)
            check(rec.returncode == 0, "record exited %d: %s" % (rec.returncode, err))
            check(helper is not None, "no sockwatch-fds child of the record")
            # CAP_DAC_READ_SEARCH (2) and CAP_SYS_PTRACE (19), nothing else
            for k in ("CapPrm", "CapEff", "CapBnd"):
                check(int(helper[k], 16) == 1 << 2 | 1 << 19, "helper %s: %s" % (k, helper))
            check(helper["NoNewPrivs"].strip() == "1", "helper no_new_privs: %s" % helper)
            check(helper_of(rec.pid) is None, "the helper outlived the record")
        segs = segments(d)
        check(len(segs) >= 3, "--rotate-interval 1s over 5 s made %r" % segs)
        for name in segs:
            snap = [l for l in read_segment(os.path.join(d, name)) if l["event"] == "snapshot"]
            by_port = {l["lport"]: l for l in snap}
            for port, p, uid in ((18301, holders[0], 0), (18302, holders[1], 65534)):
                l = by_port.get(port)
                check(l is not None, "%s: no snapshot line for %d: %r" % (name, port, snap))
                want = [o["pid"] for o in l["owners"]]
                check(l["pid"] is not None and l["comm"] == "python3" and l["uid"] == uid
                      and l["exe"] and len(want) == 1,
                      "%s: the listener on %d has no owner: %r" % (name, port, l))
            end = [l for l in read_segment(os.path.join(d, name))
                   if l["event"] == "snapshot_end"]
            check(len(end) == 1 and end[0]["owned"] >= 2, "%s: %r" % (name, end))
    finally:
        for p in holders:
            p.stdin.close()
            p.wait(timeout=10)
        shutil.rmtree(os.path.dirname(d), ignore_errors=True)


def one_line_error(r, code, text):
    lines = r.stderr.strip().splitlines()
    check(r.returncode == code and len(lines) == 1 and text in lines[0],
          "want exit %d and one line with %r, got %d: %r" % (code, text, r.returncode, lines))


def test_record_refuses_bad_directories():
    base = tmpdir()
    try:
        one_line_error(run_cmd("record", "-o", os.path.join(base, "no", "rec")), 1,
                       "No such file or directory")
        one_line_error(run_cmd("record"), 2, "-o DIR")
        os.mkdir(os.path.join(base, "busy"))
        open(os.path.join(base, "busy", "notes"), "w").close()
        one_line_error(run_cmd("record", "-o", os.path.join(base, "busy"), "--force"), 1,
                       "not empty")
        os.symlink(os.path.join(base, "busy"), os.path.join(base, "link"))
        one_line_error(run_cmd("record", "-o", os.path.join(base, "link")), 1, "symlink")

        m = record(os.path.join(base, "rec"), "-d", "0.3")
        check(m.wait() == 0, "record: %r" % m.stderr_lines)
        before = {f: open(os.path.join(base, "rec", f), "rb").read()
                  for f in os.listdir(os.path.join(base, "rec"))}
        one_line_error(run_cmd("record", "-o", os.path.join(base, "rec")), 1, "--force")
        after = {f: open(os.path.join(base, "rec", f), "rb").read()
                 for f in os.listdir(os.path.join(base, "rec"))}
        check(before == after, "a refused record touched the old one")

        # a read-only file system: cannot create, cannot write
        ro = os.path.join(base, "ro")
        os.mkdir(ro)
        os.mkdir(os.path.join(ro, "x"))
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro],
                           capture_output=True, text=True)
        if r.returncode:
            raise Skip("cannot mount a tmpfs: " + r.stderr.strip())
        try:
            one_line_error(run_cmd("record", "-o", os.path.join(ro, "rec")), 1,
                           "Read-only file system")
        finally:
            subprocess.run(["umount", ro])
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_record_disk_full_keeps_what_was_written():
    base = tmpdir()
    mnt = os.path.join(base, "mnt")
    os.mkdir(mnt)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", mnt],
                       capture_output=True, text=True)
    if r.returncode:
        shutil.rmtree(base)
        raise Skip("cannot mount a tmpfs: " + r.stderr.strip())
    try:
        d = os.path.join(mnt, "rec")
        with Netns() as ns:
            m = record(d, "--rotate-size", "4K", "--comm", "swchurn")
            for i in range(30):
                churn(ns, 400)
                if m.proc.poll() is not None:
                    break
                time.sleep(0.2)
            rc = m.wait(timeout=20) if m.proc.poll() is not None else m.stop(signal.SIGTERM)
        errors = [l for l in m.stderr_lines if "No space left on device" in l]
        check(rc == 1 and len(errors) == 1 and errors[0] == m.stderr_lines[-1],
              "want exit 1 with one ENOSPC line last, got %d: %r" % (rc, m.stderr_lines))
        r = run_cmd("verify", "--json", d)
        j = json.loads(r.stdout)
        closed = [s for s in j["segments"] if s["listed"]]
        check(r.returncode == 1 and closed and all(s["status"] == "intact" for s in closed),
              "closed segments must verify: %s" % r.stdout)
        for s in closed:
            read_segment(os.path.join(d, s["file"]))
    finally:
        subprocess.run(["umount", mnt])
        shutil.rmtree(base, ignore_errors=True)


def read_open_segment(path):
    """Lines of a segment that was never closed, up to its last flush: every
    flush ended a member, so all are whole but perhaps one cut at the end
    (killed while writing it), of which what decompresses is whole lines."""
    text, cut = gz_members(path)
    if cut:
        z = zlib.decompressobj(31)
        part = z.decompress(cut).decode()
        check(not z.eof, "a cut member has no gzip trailer")
        text += part[:part.rfind("\n") + 1]
    check(text.endswith("\n"), "flushed data ends with a whole line")
    return [json.loads(l) for l in text.splitlines()]


def test_record_sigkill_leaves_earlier_segments_intact():
    d = os.path.join(tmpdir(), "rec")
    try:
        with Netns() as ns:
            # 16K, not 4K: each segment starts with a snapshot of the host,
            # and at 4K (a real bound) dozens of them would put the recorder
            # seconds behind the kill
            m = record(d, "--rotate-size", "16K", "--comm", "swchurn")
            for i in range(2):
                churn(ns, 300)
                time.sleep(1.1)
            pid, cport = traffic(ns, 18380, comm="swchurn")
            time.sleep(1.6)  # one flush interval (1 s) and the capture latency
            m.proc.kill()
            m.wait()
        segs = segments(d)
        check(len(segs) >= 2, "want closed segments and an open one: %r" % segs)
        lines = []
        for s in segs[:-1]:
            lines += read_segment(os.path.join(d, s))
        last = read_open_segment(os.path.join(d, segs[-1]))
        check(last[0]["event"] == "record_start" and last[0]["seq"] == len(segs), repr(last[0]))
        check(not find(last, event="record_stop"), "no stop line after SIGKILL")
        # made more than a flush interval before the kill: not lost
        one(in_ns(events_of(lines + last), ns), event="connect", pid=pid, rport=18380,
            lport=cport)

        r = verify(d)
        check(r.returncode == 1, "a crashed record is not intact: " + r.stdout)
        for s in segs[:-1]:
            check(re.search(r"^%s +intact$" % re.escape(s), r.stdout, re.M), r.stdout)
        check(re.search(r"^%s +open-crashed .*match the checkpoint" % re.escape(segs[-1]),
                        r.stdout, re.M), r.stdout)
        check("NOT CLEAN" in r.stdout, r.stdout)
    finally:
        shutil.rmtree(os.path.dirname(d), ignore_errors=True)
