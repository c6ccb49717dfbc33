#!/usr/bin/env python3
"""The kernel matrix (`make test-kernels`): sockwatch's end-to-end scenario
and e2e tests on every kernel of tests/kernels.list, each booted under QEMU.

For each kernel it
  1. takes linux-image-cloud-amd64 from the listed Debian suites, through a
     private apt state directory (the host's sources and package state are
     left as they are), and follows its dependencies to the packages that
     carry that kernel's image and modules; `apt-get download` plus
     `dpkg-deb -x`, cached under --cache;
  2. builds an initramfs: busybox-static, sockwatch and the shared
     libraries ldd names, the static traffic program
     (tests/kernels/traffic.c), tests/kernels/init.sh as /init, and the
     kernel's inet_diag/tcp_diag/udp_diag modules when it ships them;
  3. boots it with `qemu-system-x86_64 -accel tcg` (bounded by --timeout)
     and reads the results back from the serial console log;
  4. compares sockwatch's events with what the traffic program says it did
     (its own pids, ports and each call's return value), and the snapshot
     with the sockets it holds open; with /sys/kernel/btf hidden, tail,
     record and selftest must each refuse with the floor line naming this
     kernel (and a kernel listed expect=floor must be refused so outright);
  5. runs the end-to-end tests of tests/e2e/test_tail.py and test_snapshot.py
     in the guest (E2E_TESTS, and from 5.15 E2E_TESTS_HOOKS: test_coverage;
     --e2e picks others), with Debian's python3
     and the tools they call copied in.

Prints one line per kernel, PASS or FAIL with the events seen against those
expected, then the total time; exits 1 if any kernel failed. Console logs
are kept in --logs for a failure's details.
"""
import argparse
import glob
import json
import lzma
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
META = "linux-image-cloud-amd64"
# The packages a kernel's image and modules come in, by Debian release:
# linux-image-V (up to 6.12) or linux-binary-V + linux-modules-V (later).
KERNEL_PKG = re.compile(r"^linux-(image|binary|modules|base)-(\d[^ ]*)$")
DIAG_MODULES = ("inet_diag", "tcp_diag", "udp_diag")
# The end-to-end tests each guest runs (run.py -k; each a file's prefix):
# capture with every filter, the floor, the program sets' twins, and
# snapshot. The rest of the suite needs servers and tools the guest lacks.
E2E_TESTS = ("test_tail::", "test_snapshot::")
# and from 5.15, where the cgroup hooks and the io_uring program load: every
# path of test_coverage (io_uring in three modes, int 0x80 against strace,
# sends, UDP and fork-child closes); before it those paths are named as not
# covered, which these tests do not expect
E2E_TESTS_HOOKS = ("test_coverage::",)
# What those tests run besides busybox's applets (util-linux, iproute2)
E2E_TOOLS = ("ip", "unshare", "setpriv", "mountpoint", "setarch", "ss", "strace")
# Parts of Python's standard library the tests never import
STDLIB_SKIP = {"test", "idlelib", "tkinter", "lib2to3", "ensurepip", "turtledemo",
               "site-packages", "dist-packages", "pydoc_data", "unittest"}


def say(msg):
    print(msg, flush=True)


def die(msg):
    print("kernel-matrix: " + msg, file=sys.stderr, flush=True)
    sys.exit(1)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def read_list(path):
    kernels = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            suites = [w for w in words[1:] if "=" not in w]
            opts = dict(w.split("=", 1) for w in words[1:] if "=" in w)
            if not suites or set(opts) - {"expect"} or opts.get("expect", "floor") != "floor":
                die("%s:%d: want a label, suites and optionally expect=floor" % (path, n))
            kernels.append((words[0], suites, opts.get("expect", "pass")))
    if not kernels:
        die("%s lists no kernel" % path)
    return kernels


def host_mirrors():
    """The Debian archive and security mirrors this host's apt uses, so the
    private state reads the same places (a local mirror or proxy included).
    SOCKWATCH_DEBIAN_MIRROR / SOCKWATCH_DEBIAN_SECURITY override them."""
    uris = []
    paths = ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*"))
    for path in paths:
        if not (path.endswith(".list") or path.endswith(".sources")):
            continue
        try:
            text = open(path).read()
        except OSError:
            continue
        uris += re.findall(r"^\s*URIs:\s*(\S+)", text, re.M)
        uris += re.findall(r"^\s*deb\s+(?:\[[^]]*\]\s+)?(\S+)", text, re.M)
    main = os.environ.get("SOCKWATCH_DEBIAN_MIRROR")
    security = os.environ.get("SOCKWATCH_DEBIAN_SECURITY")
    for uri in uris:
        uri = uri.rstrip("/")
        if uri.endswith("/debian-security") and not security:
            security = uri
        elif uri.endswith("/debian") and not main:
            main = uri
    if not main:
        die("this host's apt has no Debian archive configured; set "
            "SOCKWATCH_DEBIAN_MIRROR (and SOCKWATCH_DEBIAN_SECURITY) to mirror URLs")
    if not security:
        security = main + "-security"
    return main, security


class Apt:
    """apt-get/apt-cache on a private state: its own sources list, lists,
    status and cache under `state`, so nothing of the host's apt changes."""

    KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"

    def __init__(self, state, suites):
        self.state = state
        main, security = host_mirrors()
        for d in ("lists/partial", "cache/archives/partial", "etc"):
            os.makedirs(os.path.join(state, d), exist_ok=True)
        sources = os.path.join(state, "etc", "sources.list")
        lines = ["deb [signed-by=%s] %s %s main" % (
            self.KEYRING, security if s.endswith("-security") else main, s)
            for s in sorted(suites)]
        fresh = not os.path.exists(sources) or open(sources).read() != "\n".join(lines) + "\n"
        with open(sources, "w") as f:
            f.write("\n".join(lines) + "\n")
        open(os.path.join(state, "status"), "a").close()
        self.opts = [
            "-o", "Dir::Etc::SourceList=" + sources,
            "-o", "Dir::Etc::SourceParts=" + os.path.join(state, "etc", "none"),
            "-o", "Dir::State::Lists=" + os.path.join(state, "lists"),
            "-o", "Dir::State::Status=" + os.path.join(state, "status"),
            "-o", "Dir::Cache=" + os.path.join(state, "cache"),
            # kept, so each look-up does not parse every suite's lists again
            "-o", "Dir::Cache::pkgcache=" + os.path.join(state, "cache", "pkgcache.bin"),
            "-o", "Dir::Cache::srcpkgcache=",
            "-o", "APT::Architecture=amd64",
            "-o", "APT::Architectures=amd64",
            "-o", "Debug::NoLocking=1",
        ]
        stamp = os.path.join(state, "updated")
        # The archive replaces kernels as they are fixed: refresh daily.
        if fresh or not os.path.exists(stamp) or time.time() - os.path.getmtime(stamp) > 86400:
            say("  APT      reading the package lists of %s" % " ".join(sorted(suites)))
            r = subprocess.run(["apt-get", "-q"] + self.opts + ["update"],
                               text=True, capture_output=True)
            if r.returncode or "\nE: " in "\n" + r.stderr:
                die("apt-get update of the kernel suites failed:\n" + r.stderr.strip())
            open(stamp, "w").close()

    def cache(self, *args):
        return run(["apt-cache"] + self.opts + list(args)).stdout

    def newest_meta(self, suites):
        """(version, suite) of the newest META in any of suites."""
        best = None
        for line in self.cache("madison", META).splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 3:
                continue
            version, suite = parts[1], parts[2].split()[1].split("/")[0]
            if suite not in suites:
                continue
            if best is None or subprocess.run(
                    ["dpkg", "--compare-versions", version, "gt", best[0]]).returncode == 0:
                best = (version, suite)
        return best

    def depends(self, pkg, version):
        text = self.cache("show", "%s=%s" % (pkg, version))
        m = re.search(r"^Depends: (.*)$", text, re.M)
        deps = []
        for alt in (m.group(1).split(",") if m else []):
            name = alt.split("|")[0].split("(")[0].strip()
            vm = re.search(r"\(= ([^)]+)\)", alt.split("|")[0])
            deps.append((name, vm.group(1) if vm else version))
        return deps

    def kernel_packages(self, version):
        """The packages holding the image and modules META=version pulls in."""
        want, todo, seen = [], [(META, version)], set()
        while todo:
            pkg, ver = todo.pop()
            for name, dver in self.depends(pkg, ver):
                if name in seen or not (KERNEL_PKG.match(name) or name.startswith(META)):
                    continue
                seen.add(name)
                if KERNEL_PKG.match(name):
                    want.append((name, dver))
                todo.append((name, dver))
        return want

    def download(self, pkgs, into):
        os.makedirs(into, exist_ok=True)
        run(["apt-get", "-q"] + self.opts + ["download"] +
            ["%s=%s" % p for p in pkgs], cwd=into)
        return sorted(glob.glob(os.path.join(into, "*.deb")))


def fetch_kernel(apt, cache, label, suites):
    """Download and unpack one kernel; returns (dir, version, packages)."""
    found = apt.newest_meta(suites)
    if not found:
        die("%s: no %s in %s" % (label, META, " ".join(suites)))
    version, suite = found
    tree = os.path.join(cache, "kernels", "%s_%s" % (label, version))
    done = os.path.join(tree, ".unpacked")
    if os.path.exists(done):
        pkgs = [tuple(line.split()) for line in open(done)]
    else:
        pkgs = apt.kernel_packages(version)
        if not pkgs:
            die("%s: %s %s depends on no kernel package" % (label, META, version))
        say("  FETCH    %s: %s" % (label, ", ".join("%s %s" % p for p in pkgs)))
        shutil.rmtree(tree, ignore_errors=True)
        debs = apt.download(pkgs, os.path.join(tree, "debs"))
        for deb in debs:
            run(["dpkg-deb", "-x", deb, os.path.join(tree, "root")])
            os.unlink(deb)
        prune(os.path.join(tree, "root"))
        with open(done, "w") as f:
            f.write("".join("%s %s\n" % p for p in pkgs))
    return os.path.join(tree, "root"), version, suite, pkgs


def find_vmlinuz(root):
    # /boot/vmlinuz-V up to 6.12, /usr/lib/modules/V/vmlinuz after
    found = sorted(glob.glob(os.path.join(root, "boot", "vmlinuz-*")) +
                   glob.glob(os.path.join(root, "usr", "lib", "modules", "*", "vmlinuz")))
    return found[0] if found else None


def keeps(name):
    """The files of a kernel's packages that the matrix uses."""
    return (name.startswith("vmlinuz") or name == "modules.builtin" or
            name.split(".ko")[0] in DIAG_MODULES)


def prune(root):
    for d, _, files in os.walk(root):
        for f in files:
            if not keeps(f):
                os.unlink(os.path.join(d, f))


def find_modules(root):
    """{name: path} of the diag modules this kernel ships as modules."""
    mods = {}
    for path in glob.glob(os.path.join(root, "**", "*_diag.ko*"), recursive=True):
        name = os.path.basename(path).split(".ko")[0]
        if name in DIAG_MODULES:
            mods[name] = path
    return mods


def builtin_modules(root):
    names = set()
    for path in glob.glob(os.path.join(root, "**", "modules.builtin"), recursive=True):
        for line in open(path):
            names.add(os.path.basename(line.strip()).split(".ko")[0])
    return names


def cpio(src_dir, out):
    """A newc archive of src_dir (cpio from Debian's package)."""
    files = run(["find", ".", "-mindepth", "1"], cwd=src_dir).stdout
    with open(out, "wb") as f:
        subprocess.run(["cpio", "--quiet", "-o", "-H", "newc", "-R", "0:0"],
                       input=files.encode(), stdout=f, cwd=src_dir, check=True)


def copy_with_libs(root, binary, dest=None):
    """binary at dest (its own path by default) with the shared libraries
    and loader ldd names, at the paths it asks for."""
    dest = os.path.join(root, (dest or binary).lstrip("/"))
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    shutil.copy(os.path.realpath(binary), dest)
    r = subprocess.run(["ldd", binary], text=True, capture_output=True)
    for lib in re.findall(r"(/\S+) \(0x", r.stdout):
        to = os.path.join(root, lib.lstrip("/"))
        if not os.path.exists(to):
            os.makedirs(os.path.dirname(to), exist_ok=True)
            shutil.copy(os.path.realpath(lib), to)


def add_e2e(root, sockwatch, sockops, tests, loadgen=None, bench=None, hook_tests=()):
    """Debian's python3 with its standard library, the tools the tests
    call, and tests/e2e with the binaries where run.py looks for them
    (/src laid out as the repository)."""
    py = "/usr/bin/python3"
    if not os.path.exists(py):
        die("%s is missing: the guest's end-to-end tests run with Debian's python3" % py)
    stdlib = run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).stdout.strip()
    copy_with_libs(root, py)
    for d, dirs, files in os.walk(stdlib):
        dirs[:] = [x for x in dirs if x not in STDLIB_SKIP]
        for f in files:
            path = os.path.join(d, f)
            if not os.path.exists(path):
                continue
            if f.endswith(".so"):
                copy_with_libs(root, path)
            else:
                dest = os.path.join(root, path.lstrip("/"))
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                shutil.copy(path, dest)
    for tool in E2E_TOOLS:
        found = shutil.which(tool, path="/usr/sbin:/usr/bin:/sbin:/bin")
        if not found:
            die("%s is missing: the guest's end-to-end tests call it" % tool)
        copy_with_libs(root, found, "/usr/bin/" + tool)
    src = os.path.join(root, "src")
    # run.py imports every test file, and some read scripts/ and dist/ then
    for part in ("tests/e2e", "scripts", "dist"):
        shutil.copytree(os.path.join(ROOT, part), os.path.join(src, part),
                        ignore=shutil.ignore_patterns("__pycache__"))
    os.makedirs(os.path.join(src, "build", "tests"))
    shutil.copy(sockwatch, os.path.join(src, "build", "sockwatch"))
    if sockops:
        shutil.copy(sockops, os.path.join(src, "build", "tests", "sockops"))
    if tests:
        with open(os.path.join(src, "e2e.args"), "w") as f:
            f.write(" ".join("-k " + t for t in tests) + "\n")
    if hook_tests:
        with open(os.path.join(src, "e2e-hooks.args"), "w") as f:
            f.write(" ".join("-k " + t for t in hook_tests) + "\n")
    if bench:
        copy_with_libs(root, loadgen, "/src/build/loadgen")
        with open(os.path.join(src, "bench.args"), "w") as f:
            f.write(bench + "\n")


def build_base(work, sockwatch, traffic, sockops=None, e2e=(), loadgen=None, bench=None,
               hook_tests=()):
    """The part of the initramfs every kernel shares."""
    root = os.path.join(work, "base")
    for d in ("bin", "sbin", "etc", "proc", "sys", "dev", "tmp", "run", "modules"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    busybox = shutil.which("busybox") or "/bin/busybox"
    if "not a dynamic executable" not in subprocess.run(
            ["ldd", busybox], text=True, capture_output=True).stdout + \
            subprocess.run(["ldd", busybox], text=True, capture_output=True).stderr:
        die("%s is linked dynamically; the guest needs busybox-static" % busybox)
    shutil.copy(busybox, os.path.join(root, "bin", "busybox"))
    os.symlink("busybox", os.path.join(root, "bin", "sh"))  # for /init's #!
    shutil.copy(os.path.join(ROOT, "tests", "kernels", "init.sh"), os.path.join(root, "init"))
    os.chmod(os.path.join(root, "init"), 0o755)
    shutil.copy(sockwatch, os.path.join(root, "bin", "sockwatch"))
    shutil.copy(traffic, os.path.join(root, "bin", "traffic"))
    if sockops:
        shutil.copy(sockops, os.path.join(root, "bin", "sockops"))
    # sockwatch's (and sockops') shared libraries and loader, at the paths
    # they ask for
    for binary in [sockwatch] + ([sockops] if sockops else []):
        for lib in re.findall(r"(/\S+) \(0x", run(["ldd", binary]).stdout):
            dest = os.path.join(root, lib.lstrip("/"))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copy(os.path.realpath(lib), dest)
    if e2e or bench:
        add_e2e(root, sockwatch, sockops, e2e, loadgen, bench, hook_tests)
    with open(os.path.join(root, "etc", "passwd"), "w") as f:
        f.write("root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n")
    with open(os.path.join(root, "etc", "group"), "w") as f:
        f.write("root:x:0:\nnogroup:x:65534:\n")
    out = os.path.join(work, "base.cpio")
    cpio(root, out)
    return out


def build_initrd(work, base, label, modules):
    root = os.path.join(work, label)
    os.makedirs(os.path.join(root, "modules"), exist_ok=True)
    for name, path in modules.items():
        dest = os.path.join(root, "modules", name + ".ko")
        if path.endswith(".xz"):
            with lzma.open(path) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)
        elif path.endswith(".zst"):
            with open(dest, "wb") as out:
                subprocess.run(["zstd", "-dcq", path], stdout=out, check=True)
        else:
            shutil.copy(path, dest)
    extra = os.path.join(work, label + ".cpio")
    cpio(root, extra)
    initrd = os.path.join(work, label + ".initrd")
    with open(initrd, "wb") as out:  # the kernel unpacks concatenated archives
        for part in (base, extra):
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out)
    return initrd


def boot(vmlinuz, initrd, log, timeout):
    """Boot; returns (console lines, seconds, timed out)."""
    cmd = ["nice", "-n", "10", "qemu-system-x86_64", "-accel", "tcg", "-m", "768M",
           "-smp", "1", "-nographic", "-nic", "none", "-no-reboot", "-monitor", "none",
           "-serial", "file:" + log, "-kernel", vmlinuz, "-initrd", initrd,
           "-append", "console=ttyS0 panic=-1 quiet loglevel=1 rdinit=/init"]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.kill()
        proc.wait()
    took = time.monotonic() - start
    try:
        text = open(log, errors="replace").read()
    except OSError:
        text = ""
    return text.replace("\r", "").split("\n"), took, timed_out


def parse_console(lines):
    """Sections (name -> lines) and @@sw facts (name -> value)."""
    sections, facts, current = {}, {}, None
    for line in lines:
        # (the firmware's screen escapes may precede the first line)
        m = re.match(r"^.*?@@sw (\S+) (begin|end)$", line)
        if m:
            current = m.group(1) if m.group(2) == "begin" else None
            if current:
                sections[current] = []
            continue
        if current:
            sections[current].append(line)
            continue
        m = re.match(r"^.*?@@sw (\S+)(?: (.*))?$", line)
        if m:
            facts.setdefault(m.group(1), []).append(m.group(2) or "")
    return sections, facts


def json_lines(lines, prefix=""):
    out = []
    for line in lines:
        if prefix:
            if not line.startswith(prefix + " "):
                continue
            line = line[len(prefix) + 1:]
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def matches(want, got):
    return all(got.get(k) == v for k, v in want.items())


def describe(e):
    keys = ("event", "proto", "family", "laddr", "lport", "raddr", "rport", "error", "pid")
    return " ".join("%s=%s" % (k, e[k]) for k in keys if k in e)


def check_events(sections):
    """(ok, seen, expected, problems) for the tail scenario."""
    traffic = sections.get("traffic", [])
    required = json_lines(traffic, "expect")
    optional = json_lines(traffic, "optional")
    events = [e for e in json_lines(sections.get("events", [])) if "event" in e]
    ours = [e for e in events if e.get("comm") == "traffic"]
    problems = []
    if not required:
        return False, len(ours), 0, ["the traffic program reported nothing it did"]
    unused = list(ours)
    seen = 0
    for want in required:
        hits = [e for e in unused if matches(want, e)]
        if not hits:
            problems.append("missing: " + describe(want))
            continue
        seen += 1
        unused.remove(hits[0])
        if len(hits) > 1:
            problems.append("twice: " + describe(want))
    for want in optional:
        hits = [e for e in unused if matches(want, e)]
        if hits:
            unused.remove(hits[0])
    for e in unused:
        problems.append("unexpected: " + describe(e))
    strangers = [e for e in events if e.get("comm") != "traffic"]
    for e in strangers:
        problems.append("from another process: " + describe(e) + " comm=%s" % e.get("comm"))
    return not problems, seen, len(required), problems


def check_snapshot(sections):
    want = json_lines(sections.get("hold", []), "expect-snapshot")
    got = [e for e in json_lines(sections.get("snapshot", [])) if e.get("event") == "snapshot"]
    if not want:
        return False, 0, 0, ["the traffic program held no sockets"]
    problems = ["missing from snapshot: " + describe(w) for w in want
                if not any(matches(w, g) for g in got)]
    return not problems, len(want) - len(problems), len(want), problems


def check_ops(sections, facts, release):
    """(ok, note, problems) for sockops' scenarios in the guest: an io_uring
    accept into the fixed-file table (both table layouts: up to 6.12 and
    from 6.13), and 32-bit binds and connects that fail (from 5.15, where
    the cgroup hooks load). A scenario the kernel cannot run (no direct
    descriptors before 6.0, say) says so in its exit status and is named."""
    if "ops-events" not in sections:
        return True, "sockops not run", []
    m = re.match(r"(\d+)\.(\d+)", release)
    ver = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    events = [e for e in json_lines(sections.get("ops-events", [])) if "event" in e]
    problems, notes = [], []
    uring = json_lines(sections.get("ops-uring", []))
    if int_fact(facts, "ops-uring-rc") != 0 or not uring:
        notes.append("direct accept not on this kernel (%s)" %
                     " | ".join(sections.get("ops-uring", []))[:120])
    else:
        o = uring[0]
        got = sorted((e.get("lport"), e.get("rport"), e.get("via")) for e in events
                     if e.get("event") == "accept" and e.get("pid") == o["pid"])
        want = sorted((o["listen_port"], c, "io_uring") for c in o["client_ports"])
        if got != want:
            problems.append("io_uring direct accept: got %r, want %r" % (got, want))
        else:
            notes.append("direct accept ok")
    fail = json_lines(sections.get("ops-fail32", []))
    if ver < (5, 15):
        notes.append("failed 32-bit calls not checked (no cgroup hooks before 5.15)")
    elif int_fact(facts, "ops-fail32-rc") != 0 or not fail:
        notes.append("32-bit calls not on this kernel (%s)" %
                     " | ".join(sections.get("ops-fail32", []))[:120])
    else:
        o = fail[0]
        names = {-98: "EADDRINUSE", -22: "EINVAL", -101: "ENETUNREACH", 0: None}
        want = sorted([("bind", names.get(o["tcp_inuse"])), ("bind", names.get(o["udp_inuse"])),
                       ("bind", names.get(o["bind_ok"])), ("bind", names.get(o["bind_again"])),
                       ("connect", names.get(o["tcp_connect"])),
                       ("connect", names.get(o["udp_connect"]))], key=repr)
        got = sorted(((e.get("event"), e.get("error")) for e in events
                      if e.get("pid") == o["pid"] and e.get("via") == "syscall32" and
                      e.get("event") in ("bind", "connect")), key=repr)
        if got != want:
            problems.append("32-bit calls: got %r, want %r" % (got, want))
        else:
            notes.append("failed 32-bit calls ok")
    return not problems, "sockops: " + ", ".join(notes), problems


# What a kernel without the cgroup hooks (before 5.15) still sees of the
# selftest's native round: the syscall and state-change programs' events.
TRACEPOINT_SEEN = ("tcp bind", "tcp listen", "tcp connect", "tcp accept", "tcp bind (failed)",
                   "tcp accept (no address)")


def check_selftest(sections, release):
    """(ok, note, problems) for `sockwatch selftest --json`. From 5.15 the
    cgroup hooks and the io_uring programs load, so every path must be seen;
    before, the native round's binds, listen, connect and accept. A path the
    kernel itself lacks (32-bit emulation configured out, io_uring's socket
    opcodes before 5.19) fails its round with the kernel's error: not
    sockwatch's blindness, and named in the note."""
    lines = [e for e in json_lines(sections.get("selftest", [])) if e.get("event") == "selftest"]
    if not lines:
        return False, "selftest: no result", ["selftest said: " + l for l in
                                               sections.get("selftest-stderr", []) if l.strip()]
    m = re.match(r"(\d+)\.(\d+)", release)
    full = bool(m) and (int(m.group(1)), int(m.group(2))) >= (5, 15)
    problems, absent = [], []
    for p in lines[0].get("paths", []):
        if p.get("seen"):
            continue
        if p.get("available") is False:
            # no process on the guest can take it (int 0x80 not delivered)
            absent.append("%s: n/a: %s" % (p["path"], p.get("reason")))
            continue
        if p.get("error"):
            # the round's own call failed (the hooks never refuse one)
            absent.append("%s: %s" % (p["path"], p["error"]))
            continue
        missing = p.get("missing") or []
        if not full and p["path"] == "syscall":
            # no hooks: closes carry no path and UDP is not covered (the
            # ready line says so); the syscall programs' own events must be
            missing = [x for x in missing if x in TRACEPOINT_SEEN]
            if not missing:
                continue
        if full or p["path"] == "syscall":
            problems.append("selftest: path %s not seen (missing: %s; error: %s)" % (
                p["path"], ", ".join(missing) or "-", p.get("error")))
    seen = sum(1 for p in lines[0].get("paths", []) if p.get("seen"))
    note = "selftest %d/%d paths seen" % (seen, len(lines[0].get("paths", [])))
    if not full:
        note += " (before 5.15 only the native round's %s checked)" % ", ".join(
            x.replace("tcp ", "") for x in TRACEPOINT_SEEN)
    if absent:
        note += " (not on this kernel: %s)" % "; ".join(absent)
    return not problems, note, problems


def floor_release():
    """The floor sockwatch states (FLOOR_RELEASE in user/capture/floor.h)."""
    with open(os.path.join(ROOT, "user", "capture", "floor.h")) as f:
        m = re.search(r'^#define FLOOR_RELEASE "([^"]+)"', f.read(), re.M)
    if not m:
        die("user/capture/floor.h defines no FLOOR_RELEASE")
    return m.group(1)


def check_e2e(sections, facts):
    """(ok, note, details) for the end-to-end tests run in the guest; None
    as the note when they were not run."""
    if "e2e-rc" not in facts:
        return True, None, []
    out = sections.get("e2e", [])
    m = None
    for line in out:
        m = re.match(r"^e2e: (\d+) passed, (\d+) failed, (\d+) skipped$", line) or m
    details = []
    for i, line in enumerate(out):
        if line.startswith("FAIL "):
            # the test's name and the last line of its traceback (the
            # assertion), up to the next test's line
            tb = [l for l in out[i + 1:i + 40] if l.strip()]
            end = next((n for n, l in enumerate(tb) if re.match(r"^(PASS|FAIL|SKIP|NOTE) ", l)),
                       len(tb))
            why = tb[end - 1].strip()[:240] if end else ""
            details.append("e2e FAIL %s: %s" % (line[5:], why))
    details += ["e2e " + l for l in out if l.startswith("SKIP ")]
    if not m:
        return False, "e2e did not finish (exit %s)" % fact(facts, "e2e-rc"), \
            details + ["e2e: " + l for l in out[-5:]]
    ok = int(m.group(2)) == 0 and int_fact(facts, "e2e-rc") == 0
    return ok, "e2e %s passed, %s failed, %s skipped" % m.groups(), details


def check_floor_line(stderr_lines, rc, release, stdout_bytes=0):
    """The floor's contract: exit 1, nothing on stdout, and exactly one line
    naming the floor and this kernel's release."""
    lines = [l for l in stderr_lines if l.strip()]
    want = "sockwatch: needs Linux %s or later with BTF (this is %s" % (floor_release(), release)
    if rc != 1 or stdout_bytes or len(lines) != 1 or not lines[0].startswith(want):
        return False, "exit %s, %s bytes on stdout, stderr %r" % (rc, stdout_bytes, lines[:3])
    return True, lines[0]


def fact(facts, name):
    vals = facts.get(name)
    return vals[-1] if vals else None


def int_fact(facts, name):
    v = fact(facts, name)
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def judge(expect, facts_sections, has_diag, timed_out):
    """expect: "pass", or "floor" for a kernel sockwatch must refuse with
    its one line."""
    sections, facts = facts_sections
    notes, ok = [], True
    release = fact(facts, "kernel") or "?"
    if timed_out and fact(facts, "done") is None:
        return False, release, "timed out before the guest finished", []
    if fact(facts, "done") is None:
        return False, release, "the guest stopped before finishing", []
    tail_err = sections.get("tail-stderr", [])
    details = []
    if expect == "floor":
        fl_ok, why = check_floor_line(tail_err, int_fact(facts, "tail-rc"), release)
        ok &= fl_ok
        notes.append("below the floor: %s" % why if fl_ok else "NOT refused with one line")
        if not fl_ok:
            details.append("below the floor: " + why)
    elif not any("attached to" in l for l in tail_err):
        ok = False
        notes.append("sockwatch did not attach: %s" % " | ".join(l for l in tail_err if l)[:300])
    else:
        ev_ok, seen, expected, problems = check_events(sections)
        ok &= ev_ok and int_fact(facts, "tail-rc") == 0 and int_fact(facts, "traffic-rc") == 0
        how = re.search(r"accept4 \(([^)]*)\)", " ".join(tail_err))
        notes.append("events %d/%d%s" % (seen, expected, " (%s)" % how.group(1) if how else ""))
        # Process identity (exe) comes from programs of its own, which fall
        # back to /proc where refused; short-lived traffic is then unnamed.
        ours = [e for e in json_lines(sections.get("events", [])) if e.get("comm") == "traffic"]
        named = sum(1 for e in ours if e.get("exe") == "/bin/traffic")
        if "exe" in (ours[0] if ours else {}) and named < len(ours):
            notes.append("exe named in %d/%d only" % (named, len(ours)))
        if int_fact(facts, "tail-rc") != 0:
            problems.append("sockwatch exited %s" % fact(facts, "tail-rc"))
        if int_fact(facts, "traffic-rc") != 0:
            problems.append("traffic exited %s" % fact(facts, "traffic-rc"))
        details += problems
        # anything else sockwatch said (a part it could not load, say) is
        # shown, though it fails nothing: the events are what is checked
        said = [l for l in tail_err if l.strip() and "attached to" not in l and
                not re.match(r"^sockwatch: \d+ events, \d+ dropped$", l)]
        if said:
            notes.append("sockwatch said %d more line%s" % (len(said), "s" * (len(said) > 1)))
            details += ["sockwatch said: " + l for l in said]
        st_ok, st_note, problems = check_selftest(sections, release)
        ok &= st_ok
        notes.append(st_note)
        details += problems
        ops_ok, ops_note, problems = check_ops(sections, facts, release)
        ok &= ops_ok
        notes.append(ops_note)
        details += problems
    if has_diag:
        sn_ok, seen, expected, problems = check_snapshot(sections)
        if int_fact(facts, "snapshot-rc") != 0:
            sn_ok = False
            problems.append("snapshot exited %s: %s" % (
                fact(facts, "snapshot-rc"), " | ".join(sections.get("snapshot-stderr", []))[:300]))
        ok &= sn_ok
        notes.append("snapshot %d/%d" % (seen, expected))
        details += problems
    else:
        notes.append("snapshot SKIPPED: this kernel ships no tcp_diag/udp_diag modules")
    e2e_ok, e2e_note, problems = check_e2e(sections, facts)
    if e2e_note and expect != "floor":
        ok &= e2e_ok
        notes.append(e2e_note)
        details += problems
    # /sys/kernel/btf hidden: each command that loads programs must refuse
    nobtf = [c for c in ("tail", "record", "selftest") if "nobtf-%s-rc" % c in facts]
    wrong = []
    for cmd in nobtf:
        fl_ok, why = check_floor_line(sections.get("nobtf-%s-stderr" % cmd, []),
                                      int_fact(facts, "nobtf-%s-rc" % cmd), release,
                                      int_fact(facts, "nobtf-%s-stdout" % cmd))
        if not fl_ok:
            wrong.append(cmd)
            details.append("without BTF, %s: %s" % (cmd, why))
    if fact(facts, "nobtf-record-made"):
        wrong.append("record made its directory")
        details.append("without BTF, record made its directory anyway")
    if nobtf:
        ok &= not wrong
        notes.append("no-BTF floor line %s (%s)" % ("WRONG" if wrong else "ok", ", ".join(nobtf)))
    elif expect != "floor":
        ok = False
        notes.append("no-BTF floor NOT tried (could not hide /sys/kernel/btf)")
    return ok, release, ", ".join(notes), details


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sockwatch", required=True)
    ap.add_argument("--traffic", required=True)
    ap.add_argument("--sockops", help="tests/e2e/progs/sockops: its io_uring direct accept "
                    "and failed 32-bit calls, checked on each kernel")
    ap.add_argument("--list", default=os.path.join(ROOT, "tests", "kernels.list"))
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/sockwatch-kernels"))
    ap.add_argument("--logs", default=os.path.join(ROOT, "build", "kernels"))
    ap.add_argument("--timeout", type=int, default=1200,
                    help="seconds one boot may take (TCG on a busy host is slow)")
    ap.add_argument("--only", action="append", help="a label of the list (repeatable)")
    ap.add_argument("--e2e", action="append",
                    help="end-to-end tests to run in each guest, as run.py's -k (repeatable; "
                    "default: %s)" % " ".join(E2E_TESTS))
    ap.add_argument("--no-e2e", action="store_true",
                    help="only the scenario, no end-to-end tests in the guests")
    ap.add_argument("--bench", metavar="ARGS",
                    help="also run scripts/bench.py with these arguments in each guest and "
                    "print its table (timing is reported, never judged; TCG is slow, so "
                    "compare the ratios of one guest's table only)")
    ap.add_argument("--loadgen", default=os.path.join(ROOT, "build", "loadgen"),
                    help="the load generator --bench runs")
    a = ap.parse_args()
    if a.bench and not os.access(a.loadgen, os.X_OK):
        die("%s is missing: --bench needs it (make build/loadgen)" % a.loadgen)

    for tool in ("qemu-system-x86_64", "busybox", "cpio", "apt-get", "dpkg-deb"):
        if not shutil.which(tool) and not os.path.exists("/bin/" + tool):
            die("%s is missing (make test-kernels installs it as root: "
                "scripts/deps.sh kernels)" % tool)
    kernels = read_list(a.list)
    if a.only:
        kernels = [k for k in kernels if k[0] in a.only]
        if not kernels:
            die("none of %s is in %s" % (", ".join(a.only), a.list))
    start = time.monotonic()
    os.makedirs(a.logs, exist_ok=True)
    # the whole list's suites, so a run with --only reuses the same lists
    apt = Apt(os.path.join(a.cache, "apt"),
              {s for _, suites, _ in read_list(a.list) for s in suites})
    fetched = [(label, expect) + fetch_kernel(apt, a.cache, label, suites)
               for label, suites, expect in kernels]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="sockwatch-kernels.") as work:
        base = build_base(work, a.sockwatch, a.traffic, a.sockops,
                          () if a.no_e2e else tuple(a.e2e or E2E_TESTS), a.loadgen, a.bench,
                          () if a.no_e2e or a.e2e else E2E_TESTS_HOOKS)
        for label, expect, root, version, suite, pkgs in fetched:
            vmlinuz = find_vmlinuz(root)
            if not vmlinuz:
                say("FAIL %-7s %s: no vmlinuz in %s" % (label, version, ", ".join(p for p, _ in pkgs)))
                failed += 1
                continue
            modules = find_modules(root)
            builtin = builtin_modules(root)
            has_diag = all(m in modules or m in builtin for m in DIAG_MODULES)
            initrd = build_initrd(work, base, label, {m: p for m, p in modules.items()})
            log = os.path.join(a.logs, "%s.log" % label)
            lines, took, timed_out = boot(vmlinuz, initrd, log, a.timeout)
            sections_facts = parse_console(lines)
            ok, release, notes, details = judge(expect, sections_facts, has_diag, timed_out)
            failed += not ok
            # Debian's version names what was tested (README's Requirements
            # cite it); the release is what the guest's uname said
            say("%s %-7s %s from %s, %s: %s; %.0f s" % ("PASS" if ok else "FAIL", label,
                                                      version, suite, release, notes, took))
            for d in details[:20]:
                say("       " + d)
            if a.bench:
                for line in sections_facts[0].get("bench", ["(no benchmark output)"]):
                    say("       bench | " + line)
            if not ok:
                say("       console log: %s" % log)
    total = time.monotonic() - start
    say("kernels: %d passed, %d failed (%d s in all)" % (len(fetched) - failed, failed, total))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
