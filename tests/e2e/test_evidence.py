"""Evidence that holds against root and against bad input (issue 15): the
attacks of that issue, done for real against a real recording."""
import gzip
import hashlib
import hmac
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import tempfile
import time
import zlib

from swtest import Monitor, Netns, check, run_cmd

TRAFFIC = r"""
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", PORT)); s.listen()
for i in range(3):
    c = socket.create_connection(("127.0.0.1", PORT)); a, _ = s.accept(); c.close(); a.close()
s.close()
print("ok")
"""

# unique to this run: other test runs on the host make traffic too
COMM = "swev%d" % (os.getpid() % 100000)
KEY_RE = re.compile(r"seal key of record ([0-9a-f]{32}): ([0-9a-f]{64})")


def tmpdir():
    return tempfile.mkdtemp(prefix="swevid-")


def record_some(d, port, *args, kill=False):
    """A real recording of a little loopback traffic; returns the key line's
    (record id, key) when the key went to stderr."""
    with Netns() as ns:
        m = Monitor("record", "-o", d, "--comm", COMM, *args, json_out=False)
        ns.run("PORT = %d\n" % port + TRAFFIC, comm=COMM)
        if kill:
            time.sleep(1.6)  # a flush and its checkpoint
            m.proc.kill()
            m.wait()
        else:
            check(m.stop() == 0, "record failed: %r" % m.stderr_lines)
    keys = [KEY_RE.search(l) for l in m.stderr_lines]
    keys = [k for k in keys if k]
    return (keys[0].group(1), keys[0].group(2)) if keys else (None, None), m


def forged_lines(n, port=23):
    ev = {"ts": "2026-12-01T10:00:00.000000Z", "event": "connect", "proto": "tcp",
          "family": "ipv4", "pid": 4242, "tid": 4242, "uid": 0, "comm": "evil",
          "laddr": "127.0.0.1", "lport": 40000, "raddr": "127.0.0.1", "rport": port,
          "netns": 4026531840, "result": "ok"}
    return "".join(json.dumps(dict(ev, lport=40000 + i)) + "\n" for i in range(n)).encode()


def rebuild_manifest(d, seq, data):
    """What root without the key does: put new bytes in segment seq and
    recompute its size, hash and the whole chain. Seals stay as they were;
    nobody can recompute them."""
    path = os.path.join(d, "seg-%06d.jsonl.gz" % seq)
    with open(path, "wb") as f:
        f.write(data)
    lines = open(os.path.join(d, "manifest.jsonl")).read().splitlines()
    rid = json.loads(lines[0])["record_id"]
    chain = hashlib.sha256(("sockwatch-record-chain-v1\n" + rid).encode()).digest()
    out = []
    for line in lines:
        body = line[:line.index(',"chain":"')]
        if '"type":"segment"' in body and '"seq":%d,' % seq in body:
            body = re.sub(r'"bytes":\d+,"sha256":"[0-9a-f]{64}"', '"bytes":%d,"sha256":"%s"' %
                          (len(data), hashlib.sha256(data).hexdigest()), body)
        chain = hashlib.sha256(chain + body.encode()).digest()
        out.append('%s,"chain":"%s"}' % (body, chain.hex()))
    with open(os.path.join(d, "manifest.jsonl"), "w") as f:
        f.write("\n".join(out) + "\n")


def reseal_manifest(d, key, repeat):
    """What the recorder would have written had the open segment's first
    checkpoint come `repeat` more times (a segment open for days: one a
    second), sealed with the key as the recorder seals (seal.h)."""
    lines = open(os.path.join(d, "manifest.jsonl")).read().splitlines()
    rid = json.loads(lines[0])["record_id"]
    chain = hashlib.sha256(("sockwatch-record-chain-v1\n" + rid).encode()).digest()
    k = bytes.fromhex(key)
    prefixes = [l[:l.index(',"seal":"')] for l in lines]
    first_cp = [i for i, l in enumerate(prefixes) if '"type":"checkpoint"' in l][0]
    order = prefixes[:first_cp] + [prefixes[first_cp]] * repeat + prefixes[first_cp:]
    with open(os.path.join(d, "manifest.jsonl"), "w") as f:
        for prefix in order:
            seal = hmac.new(k, chain + prefix.encode(), hashlib.sha256).hexdigest()
            k = hashlib.sha256(b"sockwatch-seal-evolve-v1\n" + k).digest()
            body = prefix + ',"seal":"%s"' % seal
            chain = hashlib.sha256(chain + body.encode()).digest()
            f.write('%s,"chain":"%s"}\n' % (body, chain.hex()))
    return len(order)


def peak_rss_kib(*args):
    """Exit status, stdout and peak RSS (KiB) of one sockwatch run, as
    /usr/bin/time sees it: its child is forked from time's small process, so
    the figure is sockwatch's own (a child of this test would start with
    Python's high-water mark)."""
    fd, out = tempfile.mkstemp(prefix="swevid-rss-")
    os.close(fd)
    try:
        r = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out, os.environ["SOCKWATCH"]] +
                           list(args), capture_output=True, text=True, timeout=300)
        return r.returncode, r.stdout, int(open(out).read().split()[-1])
    finally:
        os.unlink(out)


def test_manifest_is_read_in_bounded_memory():
    """A manifest of ~95 MB (the issue's: one checkpoint a second for days)
    costs verify and report no more memory than a small one: lines are read
    one at a time, checkpoints read again rather than kept."""
    from swtest import Skip, under_sanitizer, under_valgrind
    if under_valgrind():
        raise Skip("memcheck's own memory hides the monitor's peak RSS")
    if under_sanitizer():
        raise Skip("ASan's quarantine and shadow memory hide sockwatch's peak RSS "
                   "(make test measures it)")
    if not os.access("/usr/bin/time", os.X_OK):
        raise Skip("no /usr/bin/time to measure peak RSS (apt-get install time)")
    base = tmpdir()
    d = os.path.join(base, "rec")
    try:
        (rid, key), m = record_some(d, 18651, kill=True)
        small = {}
        for cmd in ("verify", "report"):
            rc, out, small[cmd] = peak_rss_kib(cmd, "--key", key, d)
            check(rc in (0, 1), "%s on the small record: %d" % (cmd, rc))
        n = reseal_manifest(d, key, 290000)
        size = os.path.getsize(os.path.join(d, "manifest.jsonl"))
        check(size > 90e6, "manifest of %d bytes" % size)
        rc, out, rss = peak_rss_kib("verify", "--key", key, d)
        check(rc == 1 and "seals     proven with the key: all %d lines" % n in out and
              "open-crashed" in out and "(and the 290" in out,
              "verify read the whole manifest and checked every checkpoint: %s" % out)
        check(rss < small["verify"] + 8192,
              "verify: %d KiB for a %d-byte manifest, %d KiB for a small one" %
              (rss, size, small["verify"]))
        rc, out, rss = peak_rss_kib("report", "-f", "json", "--key", key, d)
        check(json.loads(out)["summary"]["inputs"][0]["seals_proven"], "report: seals proven")
        check(rss < small["report"] + 8192,
              "report: %d KiB for a %d-byte manifest, %d KiB for a small one" %
              (rss, size, small["report"]))

        # made big the quick way, no chain recomputed: a segment line copied,
        # or segment lines made up, 300,000 times after the real ones
        lines = open(os.path.join(d, "manifest.jsonl")).read().splitlines()[:4]
        seg = ('{"type":"segment","seq":%d,"file":"seg-%06d.jsonl.gz","bytes":1000,'
               '"sha256":"' + "ab" * 32 + '","start":"2026-12-01T10:00:00.000000Z",'
               '"end":"2026-12-01T10:00:01.000000Z","events":1,"drops":0,"seal":"' +
               "cd" * 32 + '","chain":"' + "ef" * 32 + '"}')
        for how in ("copied", "made up"):
            with open(os.path.join(d, "manifest.jsonl"), "w") as f:
                f.write("\n".join(lines) + "\n")
                for i in range(2, 300002):
                    f.write((seg % ((2, 2) if how == "copied" else (i, i))) + "\n")
            for cmd in ("verify", "report"):
                rc, out, rss = peak_rss_kib(cmd, d)
                check(rc == 1, "%s of a broken manifest: %d" % (cmd, rc))
                check(rss < small[cmd] + 8192,
                      "%s, segment lines %s: %d KiB, %d KiB for a small manifest" %
                      (cmd, how, rss, small[cmd]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_sealed_record_edited_and_rebuilt_is_caught_with_the_key():
    base = tmpdir()
    d = os.path.join(base, "rec")
    try:
        (rid, key), m = record_some(d, 18611)
        check(key, "record showed no seal key: %r" % m.stderr_lines)
        head = open(os.path.join(d, "manifest.jsonl")).readline()
        check(json.loads(head)["format"] == 2 and '"seal":"' in head, head)
        r = run_cmd("verify", "--key", key, d)
        check(r.returncode == 0 and "seals     proven with the key" in r.stdout,
              "a clean sealed record verifies with its key: %s%s" % (r.stdout, r.stderr))
        r = run_cmd("verify", "--json", "--key", key.upper(), d)
        doc = json.loads(r.stdout)
        check(r.returncode == 0 and doc["manifest"]["seals_checked"] and
              doc["manifest"]["sealed_lines"] >= 3, r.stdout)

        # the attack: 50 forged telnet connects into the closed segment, the
        # manifest's size, hash and chain rebuilt to match
        seg = os.path.join(d, "seg-000001.jsonl.gz")
        data = gzip.decompress(open(seg, "rb").read())
        rebuild_manifest(d, 1, gzip.compress(data + forged_lines(50)))
        r = run_cmd("verify", d)
        check(r.returncode == 0 and "not checked" in r.stdout and
              re.search(r"^verify: .* is intact: .*a rebuilt manifest would pass too$",
                        r.stdout, re.M),
              "without the key a rebuilt chain passes, and verify says so: " + r.stdout)
        r = run_cmd("verify", "--key", key, d)
        check(r.returncode == 1, "verify --key must fail a rebuilt manifest: " + r.stdout)
        check(re.search(r"^manifest +seal-broken", r.stdout, re.M), r.stdout)
        check(re.search(r"^seg-000001\.jsonl\.gz +untrusted", r.stdout, re.M), r.stdout)
        check("is NOT intact" in r.stdout, r.stdout)
        # a wrong key proves nothing either
        r = run_cmd("verify", "--key", "0" * 64, d)
        check(r.returncode == 1 and "not the record's key" in r.stdout, r.stdout)
        r = run_cmd("verify", "--key", "123", d)
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1 and not r.stdout,
              "a malformed key is a usage error: %r" % r.stderr)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_key_file_is_private_and_never_beside_the_record():
    base = tmpdir()
    d, kf = os.path.join(base, "rec"), os.path.join(base, "rec.key")
    try:
        (_, key), m = record_some(d, 18621, "--key-file", kf)
        check(key is None, "with --key-file the key is not on stderr: %r" % m.stderr_lines)
        st = os.stat(kf)
        check(stat.S_IMODE(st.st_mode) == 0o600, "key file mode %o" % st.st_mode)
        check(re.fullmatch(r"[0-9a-f]{64}", open(kf).readline().strip()), "key file content")
        r = run_cmd("verify", "--key-file", kf, d)
        check(r.returncode == 0 and "proven with the key" in r.stdout, r.stdout + r.stderr)
        # never overwritten, never inside the record directory
        r = run_cmd("record", "-o", os.path.join(base, "rec2"), "--key-file", kf, "-d", "1")
        check(r.returncode == 1 and "never overwritten" in r.stderr and
              not os.path.exists(os.path.join(base, "rec2")), r.stderr)
        os.mkdir(os.path.join(base, "rec3"), 0o700)
        r = run_cmd("record", "-o", os.path.join(base, "rec3"), "--key-file",
                    os.path.join(base, "rec3", "k"), "-d", "1")
        check(r.returncode == 1 and "inside the record directory" in r.stderr and
              os.listdir(os.path.join(base, "rec3")) == [], r.stderr)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def one_line(r, code, text):
    check(r.returncode == code, "want exit %d, got %d: %r" % (code, r.returncode, r.stderr))
    lines = r.stderr.strip().splitlines()
    check(len(lines) == 1 and text in lines[0], "want one line naming %r: %r" % (text, r.stderr))


def test_fifo_and_device_inputs_are_refused_at_once():
    base = tmpdir()
    fifo = os.path.join(base, "fifo")
    os.mkfifo(fifo, 0o600)
    try:
        for args in (["label", "--services", fifo, "80"],
                     ["tail", "--services", fifo, "-d", "1"],
                     ["record", "-o", os.path.join(base, "r"), "--services", fifo, "-d", "1"],
                     ["report", "--approved", fifo, base],
                     ["verify", "--key-file", fifo, base]):
            t0 = time.monotonic()
            r = run_cmd(*args, timeout=10)
            # a FIFO with no writer would block open(); one that never closes, read()
            check(time.monotonic() - t0 < 5, "%r took %.1fs" % (args, time.monotonic() - t0))
            one_line(r, 1, "not a regular file")
        check(not os.path.exists(os.path.join(base, "r")), "record left a directory behind")
        # a socket, which open() cannot even open, and a directory
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(os.path.join(base, "sock"))
        rec = os.path.join(base, "rec")
        os.mkdir(rec, 0o700)
        for name, why in (("sock", "not a regular file"), ("fifo", "not a regular file"),
                          ("rec", "Is a directory")):
            x = os.path.join(base, name)
            for args in (["label", "--services", x, "80"], ["snapshot", "--services", x],
                         ["report", "--approved", x, base], ["report", "--key-file", x, base],
                         ["verify", "--key-file", x, base],
                         ["tail", "--metrics-file", os.path.join(base, "m"),
                          "--metrics-approved", x, "-d", "1"]):
                t0 = time.monotonic()
                r = run_cmd(*args, timeout=10)
                check(time.monotonic() - t0 < 5, "%r took %.1fs" % (args, time.monotonic() - t0))
                one_line(r, 1, why)
        sock.close()
        # a record or a baseline that is a FIFO, and a FIFO inside a record
        for args in (["report", fifo], ["approved", "--learn", fifo]):
            one_line(run_cmd(*args, timeout=10), 1, "not a file or directory")
        os.mkfifo(os.path.join(rec, "manifest.jsonl"), 0o600)
        os.mkfifo(os.path.join(rec, "seg-000001.jsonl.gz"), 0o600)
        r = run_cmd("verify", rec, timeout=10)
        check(r.returncode == 1 and re.search(r"^manifest +unreadable: .*not a regular file",
                                               r.stdout, re.M), r.stdout)
        r = run_cmd("report", rec, timeout=10)
        check(r.returncode == 1 and "Status | complete" not in r.stdout, r.stdout[:1500])
        r = run_cmd("report", "--insecure-files", "--approved", "/dev/zero", base, timeout=10)
        # (after the warning --insecure-files asks for)
        check(r.returncode == 1 and "/dev/zero: not a regular file" in
              r.stderr.strip().splitlines()[-1], repr(r.stderr))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_exit_codes_runtime_1_usage_2():
    base = tmpdir()
    try:
        missing = os.path.join(base, "nope")
        for cmd in ("report", "verify"):
            r = run_cmd(cmd, missing)
            check(r.returncode == 1, "%s on a missing directory is a runtime failure: %d %r" %
                  (cmd, r.returncode, r.stderr))
        locked = os.path.join(base, "locked")
        os.mkdir(locked, 0o700)
        for cmd in ("approved", "ship"):
            args = ["--learn"] if cmd == "approved" else ["--clickhouse", "http://127.0.0.1:1"]
            r = run_cmd(cmd, *args, missing)
            check(r.returncode == 1, "%s on a missing directory: %d %r" %
                  (cmd, r.returncode, r.stderr))
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                  os.environ["SOCKWATCH"]]
        for args in (["report", locked], ["verify", locked], ["approved", "--learn", locked],
                     ["record", "-o", os.path.join(locked, "r"), "-d", "1"],
                     ["tail", "-d", "1"]):
            r = subprocess.run(nobody + args, capture_output=True, text=True, timeout=30)
            check(r.returncode == 1 and "ermission denied" in r.stderr,
                  "%r: permission denied is a runtime failure: %d %r" %
                  (args, r.returncode, r.stderr))
        # a file others can write is refused as its state, not as bad usage
        loose = os.path.join(base, "loose")
        with open(loose, "w") as f:
            f.write("mine 8080/tcp\n")
        os.chmod(loose, 0o666)
        for args in (["label", "--services", loose, "80"], ["report", "--approved", loose, base]):
            one_line(run_cmd(*args), 1, "writable by every user")
        for args in (["report", "--bogus", base], ["verify", "--head", "xyz", base],
                     ["report"], ["verify"]):
            r = run_cmd(*args)
            check(r.returncode == 2, "%r is a usage error: %d" % (args, r.returncode))
        for cmd in ("tail", "snapshot", "label"):
            r = run_cmd(cmd, "--services", missing, *(["80"] if cmd == "label" else []))
            one_line(r, 1, "No such file")
        for cmd in ("tail", "record"):
            extra = ["-o", os.path.join(base, "r")] if cmd == "record" else []
            r = run_cmd(cmd, *extra, "--ring-size", "3M", "-d", "1")
            one_line(r, 2, "not a power of two")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def report_json(*args):
    r = run_cmd("report", "-f", "json", *args)
    try:
        return r, json.loads(r.stdout)
    except ValueError:
        check(False, "report wrote no JSON (%d): %r" % (r.returncode, r.stderr))


def test_forged_tail_after_the_checkpoint_is_unverified_and_left_out():
    base = tmpdir()
    d = os.path.join(base, "rec")
    try:
        (rid, key), m = record_some(d, 18631, kill=True)
        segs = sorted(f for f in os.listdir(d) if f.startswith("seg-"))
        last = os.path.join(d, segs[-1])
        before = os.path.getsize(last)
        # the attack: 50 telnet connects appended after the last checkpoint,
        # as a gzip member of their own (a segment is a series of members)
        with open(last, "ab") as f:
            f.write(gzip.compress(forged_lines(50)))
        r = run_cmd("verify", "--key", key, d)
        check(r.returncode == 1, "a crashed record is not intact: " + r.stdout)
        line = [l for l in r.stdout.splitlines() if l.startswith(segs[-1])][0]
        check("open-crashed" in line and "UNVERIFIED TAIL" in line and "(50 lines)" in line,
              line)
        doc = json.loads(run_cmd("verify", "--json", "--key", key, d).stdout)
        seg = [s for s in doc["segments"] if s["file"] == segs[-1]][0]
        check(seg["verified_bytes"] == before and seg["unverified_tail_lines"] == 50, repr(seg))

        r, rep = report_json("--key", key, d)
        # what is shown is verified, but the record is never called intact
        check(r.returncode == 1 and "UNVERIFIED TAIL" in r.stderr,
              "bytes nothing vouches for fail the report as verify: %d %r" %
              (r.returncode, r.stderr))
        codes = [f["code"] for f in rep["findings"]]
        check("unverified-tail" in codes, "no unverified-tail finding: %r" % codes)
        check("legacy-protocol" not in codes and
              not any("telnet" in f["text"] for f in rep["findings"]),
              "forged telnet connects reported as findings: %r" % rep["findings"])
        sm = rep["summary"]
        integ = sm["integrity"]
        check(not sm["complete"] and not integ["ok"] and
              integ["text"].startswith("UNVERIFIED TAIL: ") and "intact" not in integ["text"] and
              "left out" in integ["text"] and "every seal proven" in integ["text"], repr(integ))
        rseg = [s for s in rep["segments"] if s["name"] == segs[-1]][0]
        check(rseg["unverified_tail_lines"] == 50, repr(rseg))
        check(sm["events"]["by_kind"]["connect"] < 50, "forged connects counted: %r" %
              sm["events"]["by_kind"])
        md = run_cmd("report", d)
        integ = [l for l in md.stdout.splitlines() if l.startswith("| Integrity |")]
        check(md.returncode == 1 and integ and "UNVERIFIED TAIL" in integ[0] and
              "intact" not in integ[0] and "<fd:" not in md.stdout + md.stderr,
              md.stdout[:2000])
        # without the key the line says plainly what the chain alone shows
        check("not a manifest rebuilt" in integ[0], integ[0])

        # the same forgery as bare text, not even a gzip member: still a tail
        # nothing vouches for, never read
        with open(last, "r+b") as f:
            f.truncate(before)
            f.seek(0, 2)
            f.write(forged_lines(50))
        r = run_cmd("verify", "--key", key, d)
        line = [l for l in r.stdout.splitlines() if l.startswith(segs[-1])][0]
        check(r.returncode == 1 and "UNVERIFIED TAIL" in line, line)
        r, rep = report_json(d)
        check(r.returncode == 1 and not rep["summary"]["integrity"]["ok"] and
              rep["summary"]["integrity"]["text"].startswith("UNVERIFIED TAIL") and
              rep["summary"]["events"]["by_kind"]["connect"] < 50, repr(rep["summary"]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def revouch_last_checkpoint(d, seal):
    """Root without the key after a crash: the last checkpoint rewritten to
    vouch for the whole open segment, forged tail included, and the chain
    rebuilt. seal: "drop" (no seal field) or "zero" (a made-up one)."""
    segs = sorted(f for f in os.listdir(d) if f.startswith("seg-"))
    data = open(os.path.join(d, segs[-1]), "rb").read()
    lines = open(os.path.join(d, "manifest.jsonl")).read().splitlines()
    rid = json.loads(lines[0])["record_id"]
    chain = hashlib.sha256(("sockwatch-record-chain-v1\n" + rid).encode()).digest()
    out = []
    for i, line in enumerate(lines):
        body = line[:line.index(',"chain":"')]
        if i == len(lines) - 1:
            check('"type":"checkpoint"' in body, "the last line is a checkpoint: " + body)
            body = re.sub(r'"bytes":\d+,"sha256":"[0-9a-f]{64}"', '"bytes":%d,"sha256":"%s"' %
                          (len(data), hashlib.sha256(data).hexdigest()), body)
            body = re.sub(r',"seal":"[0-9a-f]{64}"',
                          "" if seal == "drop" else ',"seal":"%s"' % ("0" * 64), body)
        chain = hashlib.sha256(chain + body.encode()).digest()
        out.append('%s,"chain":"%s"}' % (body, chain.hex()))
    with open(os.path.join(d, "manifest.jsonl"), "w") as f:
        f.write("\n".join(out) + "\n")


def test_forged_tail_revouched_by_a_rewritten_checkpoint_is_caught_with_the_key():
    base = tmpdir()
    d = os.path.join(base, "rec")
    try:
        (rid, key), m = record_some(d, 18661, kill=True)
        segs = sorted(f for f in os.listdir(d) if f.startswith("seg-"))
        with open(os.path.join(d, segs[-1]), "ab") as f:
            f.write(gzip.compress(forged_lines(50)))
        clean = os.path.join(base, "clean")
        shutil.copytree(d, clean)
        for how in ("drop", "zero"):
            shutil.rmtree(d)
            shutil.copytree(clean, d)
            revouch_last_checkpoint(d, how)
            r = run_cmd("verify", "--key", key, d)
            check(r.returncode == 1 and re.search(r"^seals +(BROKEN|NOT all proven)", r.stdout,
                                                   re.M) and
                  "proven with the key: all" not in r.stdout, how + ": " + r.stdout)
            r, rep = report_json("--key", key, d)
            sm = rep["summary"]
            check(r.returncode == 1 and not sm["integrity"]["ok"] and
                  sm["integrity"]["text"].startswith("FAILED"), how + ": " + repr(sm["integrity"]))
            check(sm["events"]["by_kind"]["connect"] < 50 and
                  not any("telnet" in f["text"] for f in rep["findings"]),
                  how + ": forged connects reported with the key: %r" % rep["findings"])
        # without the key a made-up seal cannot be told from a real one, and
        # both commands say that this is all the chain shows
        r = run_cmd("verify", d)
        check("not checked (no --key)" in r.stdout and "not a rebuilt manifest" in r.stdout,
              r.stdout)
        r, rep = report_json(d)
        check("not a manifest rebuilt" in rep["summary"]["integrity"]["text"],
              repr(rep["summary"]["integrity"]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_report_head_key_foreign_and_missing_manifest():
    base = tmpdir()
    a, b = os.path.join(base, "a"), os.path.join(base, "b")
    try:
        (rid, key), m = record_some(a, 18641)
        head = re.search(r"chain head ([0-9a-f]{64})", "\n".join(m.stderr_lines)).group(1)
        (rid_b, _), _ = record_some(b, 18642)
        r, rep = report_json("--head", head, "--key", key, a)
        sm = rep["summary"]
        check(r.returncode == 0 and sm["complete"] and sm["integrity"]["ok"] and
              sm["inputs"][0]["seals_proven"], "%r %r" % (r.stderr, sm["integrity"]))
        # a head that is not this record's: entries cut or rewritten
        r, rep = report_json("--head", "ab" * 32, a)
        sm = rep["summary"]
        check(r.returncode == 1 and not sm["integrity"]["ok"] and
              "head-mismatch" in sm["integrity"]["text"], repr(sm["integrity"]))
        r = run_cmd("report", "--key", "1" * 64, a)
        check(r.returncode == 1 and "seal-broken" in r.stdout, r.stdout[:1500])
        r = run_cmd("report", "--head", "nothex", a)
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr)

        # a segment spliced in from record b: named foreign, by b's id, not read
        c = os.path.join(base, "c")
        shutil.copytree(a, c)
        shutil.copy(os.path.join(b, "seg-000001.jsonl.gz"), os.path.join(c, "seg-000001.jsonl.gz"))
        r = run_cmd("verify", c)
        check(r.returncode == 1 and re.search(r"^seg-000001\.jsonl\.gz +foreign .*%s" % rid_b,
                                               r.stdout, re.M), r.stdout)
        r, rep = report_json(c)
        check(r.returncode == 1 and not rep["summary"]["complete"], rep["summary"]["status"])
        check(any(rid_b in s.get("detail", "") or rid_b in (s.get("integrity_detail") or "")
                  for s in rep["segments"]), repr(rep["segments"]))

        # a deleted manifest: never "complete"
        os.unlink(os.path.join(c, "manifest.jsonl"))
        shutil.copy(os.path.join(a, "seg-000001.jsonl.gz"), os.path.join(c, "seg-000001.jsonl.gz"))
        r, rep = report_json(c)
        sm = rep["summary"]
        check(not sm["complete"] and "no manifest" in sm["status"],
              "%d %r" % (r.returncode, sm["status"]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def proc_ids(pid):
    with open("/proc/%d/status" % pid) as f:
        st = dict(l.rstrip("\n").split(":\t", 1) for l in f if ":\t" in l)
    return [int(x) for x in st["Uid"].split()], [int(x) for x in st["Gid"].split()]


def test_tail_runs_as_an_identity_no_one_else_has():
    import pwd
    try:
        pwd.getpwnam("sockwatch")
        dedicated = True
    except KeyError:
        dedicated = False
    a = Monitor("--comm", "nothing-here")
    b = Monitor("--comm", "nothing-here")
    try:
        ua, ga = proc_ids(a.proc.pid)
        ub, _ = proc_ids(b.proc.pid)
        check(len(set(ua)) == 1 and ua[0] != 0 and ua[0] != 65534, "tail runs as %r" % ua)
        if dedicated:
            check(ua[0] == pwd.getpwnam("sockwatch").pw_uid, "not the sockwatch user: %r" % ua)
        else:
            check(61184 <= ua[0] <= 65519 and ga[0] == ua[0], "dynamic uid/gid: %r %r" % (ua, ga))
            check(ua[0] != ub[0], "two monitors share dynamic uid %d" % ua[0])
            check(any("running as dynamic uid %d" % ua[0] in l for l in a.stderr_lines),
                  repr(a.stderr_lines))
            # and no other process runs as it
            others = []
            for p in os.listdir("/proc"):
                if p.isdigit() and int(p) not in (a.proc.pid, b.proc.pid):
                    try:
                        if ua[0] in proc_ids(int(p))[0]:
                            others.append(p)
                    except (OSError, KeyError):
                        pass
            check(not others, "other processes run as uid %d: %r" % (ua[0], others))
        # a process of another user (nobody, which tail used to share) can
        # neither stop nor kill it
        for sig in ("STOP", "KILL"):
            r = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                "kill", "-" + sig, str(a.proc.pid)],
                               capture_output=True, text=True, timeout=10)
            check(r.returncode != 0 and "not permitted" in r.stderr, "kill -%s: %r" % (sig, r))
        time.sleep(0.2)
        with open("/proc/%d/status" % a.proc.pid) as f:
            state = [l for l in f if l.startswith("State:")][0]
        check("T (stopped)" not in state and a.proc.poll() is None, state)
    finally:
        check(a.stop() == 0 and b.stop() == 0, "tail exit status")


def test_dynamic_uid_is_never_one_systemd_holds():
    """systemd's DynamicUser= takes uids from the same range, each under a
    lockf() lock in /run/systemd/dynamic-uid: tail skips every uid locked
    there, and holds its own's lock there, so no unit gets it later."""
    import fcntl
    import pwd
    import resource
    from swtest import Skip
    try:
        pwd.getpwnam("sockwatch")
        raise Skip("a sockwatch system user exists: tail runs as it, no dynamic uid")
    except KeyError:
        pass
    sd = "/run/systemd/dynamic-uid"
    if os.path.exists("/run/systemd/system") or os.path.exists(sd):
        raise Skip("systemd runs here (or has dynamic users): the test does not lock the "
                   "uids its units may need")
    lo, hi = 61184, 65519
    # 64 left free, not 1: monitors of other test runs starting meanwhile
    # must find one too (a tail without the check would still land on a
    # held uid 98.5% of the time)
    free = set(range(lo + 1000, lo + 1064))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 8192), max(hard, 8192)))
    fds = []
    # only what the test makes is removed after it
    made = [p for p in ("/run/systemd", sd) if not os.path.exists(p)]
    for p in made:
        os.mkdir(p, 0o755)
    try:
        for uid in range(lo, hi + 1):
            if uid in free:
                continue
            fd = os.open(os.path.join(sd, str(uid)), os.O_RDWR | os.O_CREAT, 0o600)
            fds.append(fd)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                pass  # a monitor of another run took it meanwhile: held all the same
        m = Monitor("--comm", "nothing-here")
        try:
            uids, _ = proc_ids(m.proc.pid)
            check(uids[0] in free, "tail took uid %d, which systemd holds" % uids[0])
            # and holds it as systemd would: a lockf from here fails
            fd = os.open(os.path.join(sd, str(uids[0])), os.O_RDWR)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                check(False, "tail does not hold systemd's lock of uid %d" % uids[0])
            except OSError:
                pass
            finally:
                os.close(fd)
        finally:
            check(m.stop() == 0, "tail exit status")
    finally:
        for fd in fds:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
        shutil.rmtree(made[0], ignore_errors=True)


def test_record_cannot_be_stopped_by_another_user():
    """record keeps uid 0 (its files are root's: a uid of its own would let
    whatever else runs as it, or later gets that dynamic uid, rewrite the
    evidence), with no capability: a process of any other user can neither
    stop nor kill it."""
    base = tmpdir()
    m = Monitor("record", "-o", os.path.join(base, "rec"), "--comm", "nothing-here",
                json_out=False)
    try:
        uids, _ = proc_ids(m.proc.pid)
        with open("/proc/%d/status" % m.proc.pid) as f:
            caps = dict(l.rstrip("\n").split(":\t", 1) for l in f if l.startswith("Cap"))
        check(uids == [0, 0, 0, 0] and int(caps["CapEff"], 16) == 0 and
              int(caps["CapPrm"], 16) == 0, "record runs as %r with %r" % (uids, caps))
        for who in ("65534", "61183"):  # nobody, and a uid no process has
            for sig in ("STOP", "KILL"):
                r = subprocess.run(["setpriv", "--reuid=" + who, "--regid=" + who,
                                    "--clear-groups", "kill", "-" + sig, str(m.proc.pid)],
                                   capture_output=True, text=True, timeout=10)
                check(r.returncode != 0 and "not permitted" in r.stderr,
                      "kill -%s as %s: %r" % (sig, who, r))
        time.sleep(0.2)
        with open("/proc/%d/status" % m.proc.pid) as f:
            state = [l for l in f if l.startswith("State:")][0]
        check("T (stopped)" not in state and m.proc.poll() is None, state)
        # while it runs, a report says so, never that it stopped badly
        time.sleep(1.2)  # its first checkpoint
        r, rep = report_json(os.path.join(base, "rec"))
        st = rep["summary"]["status"]
        check(not rep["summary"]["complete"] and "still being recorded" in st, st)
    finally:
        check(m.stop() == 0, "record exit status: %r" % m.stderr_lines)
        shutil.rmtree(base, ignore_errors=True)


def test_out_of_range_numbers_are_bad_lines_and_the_report_not_complete():
    base = tmpdir()
    try:
        good = dict(json.loads(forged_lines(1).decode()), result=0)
        # the three, negatives, and every other number the report reads
        bad = [dict(rport=70000), dict(pid=10 ** 26), dict(uid=2 ** 64), dict(lport=-1),
               dict(rport=65536), dict(pid=-5), dict(uid=-1), dict(tid=2 ** 63 + 5),
               dict(tid=-1), dict(netns=2 ** 32), dict(netns=-1), dict(result=2 ** 40),
               dict(result=-2 ** 40), dict(rport=1e26), dict(pid=1.5)]
        lines = [dict(good)] + [dict(good, **b) for b in bad]
        lines.append({"event": "drop", "ts": good["ts"], "lost": 2 ** 63 + 5, "total": 1})
        path = os.path.join(base, "seg.jsonl")
        with open(path, "w") as f:
            for l in lines:
                f.write(json.dumps(l) + "\n")
        n = len(bad) + 1
        # both parsers: the fast one (simdjson) and json-c, which clamps
        for env in ({}, {"SOCKWATCH_REPORT_PARSER": "json-c"}):
            r = subprocess.run([os.environ["SOCKWATCH"], "report", "-f", "json", path],
                               capture_output=True, text=True, timeout=60,
                               env=dict(os.environ, **env))
            rep = json.loads(r.stdout)
            sm = rep["summary"]
            check(sm["events"]["bad_lines"] == n and sm["events"]["by_kind"]["connect"] == 1,
                  "%r: %r" % (env, sm["events"]))
            check(not sm["complete"] and r.returncode == 1 and sm["drops"] == 0,
                  "%d %r" % (r.returncode, sm["status"]))
            check(any(f["code"] == "bad-lines" and "%d lines" % n in f["text"]
                      for f in rep["findings"]), repr(rep["findings"]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


CHURN = r"""
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(128)
for i in range(N):
    c = socket.create_connection(s.getsockname()); a, _ = s.accept(); c.close(); a.close()
s.close()
print("ok")
"""


def test_rotate_size_is_a_bound_within_ten_percent():
    base = tmpdir()
    comm = "swrot%d" % (os.getpid() % 100000)  # other test runs churn too
    try:
        for size, n in ((4096, 400), (16384, 900)):
            d = os.path.join(base, "r%d" % size)
            with Netns() as ns:
                m = Monitor("record", "-o", d, "--comm", comm, "--rotate-size", str(size),
                            json_out=False)
                ns.run("N = %d\n" % n + CHURN, comm=comm)
                check(m.stop() == 0, "record failed: %r" % m.stderr_lines)
                inode = ns.inode
            segs = sorted(f for f in os.listdir(d) if f.startswith("seg-"))
            sizes = [os.path.getsize(os.path.join(d, f)) for f in segs]
            check(len(segs) >= 3, "%d: want several segments, got %r" % (size, sizes))
            # every segment but the last (closed at stop, whatever its size)
            check(all(s <= size * 1.1 for s in sizes[:-1]),
                  "--rotate-size %d: segment sizes %r" % (size, sizes))
            check(all(s >= size * 0.5 for s in sizes[:-1]),
                  "--rotate-size %d: segments closed far too early: %r" % (size, sizes))
            r = run_cmd("verify", d)
            check(r.returncode == 0, r.stdout)
            lines = []
            for f in segs:
                lines += gzip.decompress(open(os.path.join(d, f), "rb").read()).splitlines()
            evs = [json.loads(l) for l in lines]
            conns = [e for e in evs if e.get("event") == "connect" and e.get("netns") == inode]
            check(len(conns) == n, "%d connects recorded of %d" % (len(conns), n))
    finally:
        shutil.rmtree(base, ignore_errors=True)
