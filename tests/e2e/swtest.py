"""End-to-end test support: run the real sockwatch binary against real
sockets in a network namespace the test creates, and read what it prints.

Nothing here mocks the kernel. Tests are plain functions named test_*
in tests/e2e/test_*.py; raise Skip("reason") when a precondition is
missing, so the run reports it as skipped, never as passed.
"""
import ctypes
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

SOCKWATCH = os.environ.get("SOCKWATCH", "build/sockwatch")
# Under valgrind, libbpf's parse of the kernel's BTF (once per BPF object)
# takes seconds; `make valgrind` raises this.
READY_TIMEOUT = float(os.environ.get("SW_READY_TIMEOUT", "20"))


class Skip(Exception):
    """A precondition is missing: the test did not run."""


def under_valgrind():
    """True when `make valgrind` runs the suite: SOCKWATCH is then
    tests/valgrind-wrap.sh, which runs the binary under memcheck."""
    return os.path.basename(SOCKWATCH) == "valgrind-wrap.sh"


def under_sanitizer():
    """True when SOCKWATCH is a SANITIZE=1 build: it names the ASan
    runtime it links."""
    try:
        with open(SOCKWATCH, "rb") as f:
            return b"libasan.so" in f.read()
    except OSError:
        return False


# The selftest's rounds (user/common/pathops.c) that valgrind cannot run: its
# amd64 emulation has no int 0x80 (a 32-bit round takes SIGILL and fails
# alone: only a fault of the kernel's makes the paths n/a), and it does not
# emulate io_uring's shared rings. Under valgrind
# only the native syscall round is seen; make test and SANITIZE=1 prove all.
VALGRIND_BLIND_PATHS = ("syscall32", "socketcall", "io_uring", "io_uring_async",
                        "io_uring_sqpoll")
VALGRIND_BLIND_REASON = ("valgrind cannot emulate int 0x80 or io_uring's rings, so the "
                         "selftest's child dies at its first 32-bit round; make test and "
                         "make test SANITIZE=1 prove these paths")


def check_valgrind_selftest(paths, what):
    """Under valgrind: every path it can run is seen, and each it cannot is
    either seen or says why not (never silently missing)."""
    for p in paths:
        if p.get("available") is False:
            # n/a: valgrind's emulation (or the kernel) has no int 0x80
            check(p["path"] in ("syscall32", "socketcall") and not p["seen"] and p["reason"],
                  "%s: a path n/a without a reason: %r" % (what, p))
        elif p["path"] in VALGRIND_BLIND_PATHS:
            check(p["seen"] or (p["error"] and p["error"].startswith(p["path"] + ": ")),
                  "%s: a path valgrind cannot run gives no reason: %r" % (what, p))
        else:
            check(p["seen"] and not p["missing"] and p["error"] is None,
                  "%s: %s not seen under valgrind: %r" % (what, p["path"], p))


def without_valgrind_selftest_lines(lines):
    """Under valgrind, record says at its start and each rotation that its
    selftest saw fewer paths (VALGRIND_BLIND_PATHS): those stderr lines are
    expected there and dropped; elsewhere the lines come back unchanged."""
    if not under_valgrind():
        return lines
    return [l for l in lines if not re.match(
        r"sockwatch: selftest: \d of 6 paths seen; the record says which", l)]


def require_root():
    if os.geteuid() != 0:
        raise Skip("needs root to load BPF programs (run: sudo make test)")


_INT80 = {}


def int80_unavailable(sockops):
    """None when this kernel delivers 32-bit syscalls (int 0x80), else why
    not, as `sockops probe32` (user/common/pathops.c) says: a forked child
    tries one and may die of the fault. Some kernels and VMs leave the gate
    out (CONFIG_IA32_EMULATION off, ia32_emulation=off, a PVM guest)."""
    if sockops not in _INT80:
        r = subprocess.run([sockops, "probe32"], capture_output=True, text=True, timeout=30)
        if r.returncode == 0:
            _INT80[sockops] = None
        elif r.returncode == 3 and r.stdout.strip():
            _INT80[sockops] = r.stdout.strip()
        else:
            fail("sockops probe32: exit %d, %r %r" % (r.returncode, r.stdout, r.stderr))
    return _INT80[sockops]


def require_int80(sockops):
    """Skip, saying why, when no process on this host can make 32-bit
    syscalls: the syscall32 and socketcall paths do not exist here."""
    why = int80_unavailable(sockops)
    if why:
        raise Skip("no 32-bit syscalls on this host: " + why)


def require_nginx():
    """nginx's path, or Skip naming the package that brings it."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK)
                                       else None)
    if not nginx:
        raise Skip("nginx is not installed (scripts/deps.sh test installs nginx-light)")
    return nginx


def nginx_prefix(workers):
    """A new nginx prefix directory whose nginx.conf serves 204 on
    127.0.0.1:8089 with `workers` workers, everything it writes kept in
    the directory; the caller removes it."""
    d = tempfile.mkdtemp(prefix="swtest-nginx-")
    with open(os.path.join(d, "nginx.conf"), "w") as f:
        f.write("""
worker_processes %(workers)d;
pid %(dir)s/nginx.pid;
error_log %(dir)s/error.log;
events { worker_connections 16; }
http {
    access_log off;
    client_body_temp_path %(dir)s; proxy_temp_path %(dir)s; fastcgi_temp_path %(dir)s;
    uwsgi_temp_path %(dir)s; scgi_temp_path %(dir)s;
    server { listen 127.0.0.1:8089; return 204; }
}
""" % {"dir": d, "workers": workers})
    return d


def fail(msg):
    raise AssertionError(msg)


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


class Netns:
    """A private network namespace with loopback up: traffic made here is
    ours alone, and every event it causes carries its inode."""

    def __init__(self):
        require_root()
        self.name = "swtest-" + uuid.uuid4().hex[:8]
        r = subprocess.run(["ip", "netns", "add", self.name], capture_output=True, text=True)
        if r.returncode:
            raise Skip("cannot create a network namespace: " + r.stderr.strip())
        subprocess.run(["ip", "-n", self.name, "link", "set", "lo", "up"], check=True)
        self.inode = os.stat("/run/netns/" + self.name).st_ino

    def run(self, code, comm=None, timeout=30):
        """Run Python `code` inside the namespace; returns (pid, stdout)."""
        prologue = ""
        if comm is not None:
            prologue = ("import ctypes\n"
                        "ctypes.CDLL(None).prctl(15, %r, 0, 0, 0)\n" % comm.encode())
        p = subprocess.Popen(["ip", "netns", "exec", self.name, sys.executable, "-c",
                              prologue + code],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = p.communicate(timeout=timeout)
        if p.returncode:
            fail("workload failed (%d): %s" % (p.returncode, err.decode(errors="replace")))
        return out.decode()

    def spawn(self, code, comm=None):
        """Start Python `code` in the namespace in the background; it
        should print 'ready' once set up. Returns the Popen."""
        prologue = "import ctypes, sys\n"
        if comm is not None:
            prologue += "ctypes.CDLL(None).prctl(15, %r, 0, 0, 0)\n" % comm.encode()
        p = subprocess.Popen(["ip", "netns", "exec", self.name, sys.executable, "-u", "-c",
                              prologue + code],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = p.stdout.readline()
        if line.strip() != "ready":
            p.kill()
            fail("background workload did not start: %r %s" % (line, p.stderr.read()))
        return p

    def close(self):
        subprocess.run(["ip", "netns", "del", self.name], capture_output=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_monitors = []


def reap_monitors():
    """Kill every Monitor a test left running (it failed before stop(), or
    stop() timed out) and return how many: a leftover monitor would run its
    programs under every later test and outlive the suite."""
    left = [m for m in _monitors if m.proc.poll() is None]
    for m in left:
        m.proc.kill()
        try:
            m.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
    _monitors.clear()
    return len(left)


class Monitor:
    """sockwatch running in the background until stop()."""

    def __init__(self, *args, json_out=True, wait_ready=True, env=None):
        require_root()
        cmd = [SOCKWATCH] + (["--json"] if json_out else []) + list(args)
        self.cmd = cmd
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=dict(os.environ, **env) if env else None)
        _monitors.append(self)
        self.stderr_lines = []
        self._ready = threading.Event()
        self._t = threading.Thread(target=self._read_stderr, daemon=True)
        self._t.start()
        # drain stdout as it comes, as a terminal would: a full pipe would
        # stall sockwatch and turn into (correctly counted) ring drops
        self._out = []
        self._to = threading.Thread(target=lambda: self._out.append(self.proc.stdout.read()),
                                    daemon=True)
        self._to.start()
        self.stdout = None
        if wait_ready:
            if not self._ready.wait(READY_TIMEOUT):
                self.proc.kill()
                fail("sockwatch never said it was attached; stderr: %r" % self.stderr_lines)

    def _read_stderr(self):
        for raw in self.proc.stderr:
            line = raw.decode(errors="replace").rstrip("\n")
            self.stderr_lines.append(line)
            if "attached to" in line:
                self._ready.set()
        self._ready.set()

    def stop(self, sig=signal.SIGINT, timeout=20):
        if self.proc.poll() is None:
            # events reach userspace within the latency bound (50 ms)
            time.sleep(0.3)
            self.proc.send_signal(sig)
        return self.wait(timeout)

    def wait(self, timeout=30):
        self.proc.wait(timeout=timeout)
        self._t.join(timeout)
        self._to.join(timeout)
        self.stdout = b"".join(self._out).decode(errors="strict")
        return self.proc.returncode

    def events(self):
        """Every stdout line parsed as JSON (a bad line fails the test)."""
        evs = []
        for i, line in enumerate(self.stdout.splitlines()):
            try:
                evs.append(json.loads(line))
            except ValueError as e:
                fail("stdout line %d is not JSON (%s): %r" % (i + 1, e, line))
        return evs


def in_ns(events, ns):
    return [e for e in events if e["netns"] == ns.inode]


def find(events, **want):
    return [e for e in events if all(e.get(k) == v for k, v in want.items())]


def one(events, **want):
    got = find(events, **want)
    if len(got) != 1:
        shown = got if got else events
        fail("expected exactly one event matching %r, got %d; %s:\n%s" %
             (want, len(got), "these" if got else "of these", "\n".join(
                 json.dumps(e) for e in shown[:12])))
    return got[0]


def run_cmd(*args, input=None, timeout=60):
    return subprocess.run([SOCKWATCH] + list(args), capture_output=True, text=True,
                          input=input, timeout=timeout)


def wait_ready(proc, timeout=READY_TIMEOUT):
    """Read proc's stderr (text mode) until sockwatch says it is attached;
    returns the lines read."""
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        if "attached to" in line:
            return lines
    proc.kill()
    fail("sockwatch never said it was attached: %r" % lines)
