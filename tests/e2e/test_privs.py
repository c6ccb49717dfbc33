"""What a running recorder holds, read from /proc/PID/status."""
import shutil
import signal
import subprocess
import tempfile
import time

from swtest import SOCKWATCH, check, fail, require_root


def test_running_recorder_holds_no_capabilities():
    require_root()
    d = tempfile.mkdtemp(prefix="swrec-")
    out = d + "/rec"
    p = subprocess.Popen([SOCKWATCH, "record", "-o", out, "--comm", "nothing-here"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        line = ""
        while "attached to" not in line:
            line = p.stderr.readline()
            if not line or time.monotonic() > deadline:
                fail("recorder never became ready: %r" % line)
        with open("/proc/%d/status" % p.pid) as f:
            st = dict(l.rstrip("\n").split(":\t", 1) for l in f if ":\t" in l)
        for cap in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
            check(int(st[cap], 16) == 0, "%s is %s" % (cap, st[cap]))
        check(st["NoNewPrivs"].strip() == "1", "no_new_privs not set")
        check(st["Uid"].split() == ["0"] * 4, "recorder keeps uid 0 for its root-owned "
              "files: %s" % st["Uid"])
    finally:
        p.send_signal(signal.SIGTERM)
        p.communicate(timeout=20)
        shutil.rmtree(d)
    check(p.returncode == 0, "recorder exit status %d" % p.returncode)
