"""Faults under a running recorder: its directory removed from under it."""
import os
import shutil
import signal
import subprocess
import tempfile
import time

import swtest
from swtest import SOCKWATCH, Netns, check, wait_ready


def test_record_dir_removed_under_the_recorder():
    d = tempfile.mkdtemp(prefix="swfault-")
    rec = os.path.join(d, "rec")
    try:
        with Netns() as ns:
            p = subprocess.Popen([SOCKWATCH, "record", "-o", rec, "--rotate-size", "64K",
                                  "--comm", "swfault"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
            wait_ready(p)
            burst = ("import socket\nfor i in range(3000): "
                     "socket.socket().bind(('127.0.0.1', 0))")
            ns.run(burst, comm="swfault")
            time.sleep(1.5)
            shutil.rmtree(rec)
            ns.run(burst, comm="swfault")  # forces a rotation into the missing dir
            try:
                _, err = p.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                p.send_signal(signal.SIGTERM)
                _, err = p.communicate(timeout=15)
        check(p.returncode == 1, "status %r (a signal would be negative): %s" %
              (p.returncode, err))
        lines = [l for l in err.splitlines() if "attached to" not in l]
        lines = swtest.without_valgrind_selftest_lines(lines)
        check(len(lines) == 1 and "No such file or directory" in lines[0] and
              rec in lines[0], "want one clear line naming the directory: %r" % lines)
    finally:
        shutil.rmtree(d, ignore_errors=True)
