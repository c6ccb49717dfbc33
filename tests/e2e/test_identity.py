"""Who acted: exe, args, pcomm, cgroup, unit, container and host_netns on
every event, checked against the kernel's own answers (/proc/PID/exe,
/proc/PID/cgroup, the namespace inode) with real programs: curl, a renamed
copy of python in /tmp, a process moved into a systemd-style cgroup, and a
podman container."""
import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import swtest
from swtest import (Monitor, Netns, Skip, check, fail, find, in_ns, nginx_prefix, one,
                    require_nginx, require_root, run_cmd)

IDENT_KEYS = ["exe", "args", "args_cut", "pcomm", "cgroup", "unit", "container",
              "host_netns"]


def my_comm():
    with open("/proc/self/comm") as f:
        return f.read().rstrip("\n")


def cgroup2_mount():
    """Where cgroup v2 is mounted (showing its root), or None."""
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, _, right = line.partition(" - ")
            if right.split()[0] == "cgroup2" and left.split()[3] == "/":
                return left.split()[4]
    return None


def test_short_lived_curl_keeps_exe_and_args():
    """curl connects and exits within milliseconds; the monitor reads the
    event a second later (--latency 1000), when /proc has nothing left of
    it. exe and args must still be curl's, as the kernel saw them at exec."""
    curl = shutil.which("curl")
    if not curl:
        raise Skip("curl is not installed (apt-get install curl)")
    with Netns() as ns:
        m = Monitor("-e", "connect", "--latency", "1000")
        url = "http://127.0.0.1:9/short-%s?q=1" % uuid.uuid4().hex[:8]
        long_url = "http://127.0.0.1:9/" + "x" * 1500
        pids = []
        for args in (["curl", "-s", "-m", "2", url], ["curl", "-s", "-m", "2", long_url]):
            p = subprocess.Popen(["ip", "netns", "exec", ns.name] + args)
            pids.append(p.pid)
            p.wait(timeout=20)
            check(not os.path.exists("/proc/%d" % p.pid), "curl %d still in /proc" % p.pid)
        check(m.stop() == 0, "sockwatch exit status")
        evs = in_ns(m.events(), ns)
        c = one(evs, pid=pids[0])
        check(c["comm"] == "curl" and c["error"] == "ECONNREFUSED", repr(c))
        check(c["exe"] == os.path.realpath(curl), "exe %r, want %r" %
              (c["exe"], os.path.realpath(curl)))
        check(c["args"] == ["curl", "-s", "-m", "2", url], "args: %r" % c["args"])
        check(c["args_cut"] is False, repr(c))
        check(c["pcomm"] == my_comm(), "pcomm %r, want ours %r" % (c["pcomm"], my_comm()))
        check(c["host_netns"] is False and c["container"] is None, repr(c))
        check(isinstance(c["cgroup"], str) and c["cgroup"].startswith("/"), repr(c))
        # past the bound of 1024 bytes: cut, and said so
        c = one(evs, pid=pids[1])
        check(c["args_cut"] is True, "a 1.5 KB command line is not flagged: %r" % c)
        check(c["args"][:4] == ["curl", "-s", "-m", "2"] and
              long_url.startswith(c["args"][4]), repr(c["args"]))
        check(sum(len(a.encode()) + 1 for a in c["args"]) <= 1024 + 1, repr(c["args"]))


PY_CONNECT = r"""
import ctypes, os, socket
ctypes.CDLL(None).prctl(15, b"sshd", 0, 0, 0)
s = socket.socket(); s.bind(("127.0.0.1", 2222)); s.listen()
c = socket.socket(); c.connect_ex(("127.0.0.1", 9))
print(os.getpid(), flush=True)
"""


def copy_in_tmp():
    """A copy of the python interpreter in a fresh directory under /tmp."""
    d = tempfile.mkdtemp(prefix="swtest-masq-", dir="/tmp")
    exe = os.path.join(d, "pyx")
    shutil.copy2(os.path.realpath("/proc/self/exe"), exe)
    return d, exe


def test_renamed_copy_in_tmp_shows_its_real_exe():
    d, exe = copy_in_tmp()
    try:
        with Netns() as ns:
            m = Monitor("-e", "listen,connect")
            r = subprocess.run(["ip", "netns", "exec", ns.name, exe, "-c", PY_CONNECT],
                               capture_output=True, text=True, timeout=30)
            check(r.returncode == 0, r.stderr)
            pid = int(r.stdout)
            check(m.stop() == 0, "sockwatch exit status")
            evs = in_ns(m.events(), ns)
            for kind in ("listen", "connect"):
                e = one(evs, event=kind, pid=pid)
                check(e["comm"] == "sshd", repr(e))
                check(e["exe"] == exe, "%s: exe %r, want the copy %r" % (kind, e["exe"], exe))
                check(e["args"] == [exe, "-c", PY_CONNECT], repr(e["args"]))
    finally:
        shutil.rmtree(d, ignore_errors=True)


WAIT_THEN_CONNECT = r"""
import os, socket, sys
print("ready", flush=True)
sys.stdin.readline()
c = socket.socket(); c.connect_ex(("127.0.0.1", 9)); c.close()
print(os.getpid(), flush=True)
"""


def test_systemd_style_cgroup_names_the_unit():
    require_root()
    root = cgroup2_mount()
    if not root:
        raise Skip("cgroup v2 is not mounted here (no cgroup2 line in /proc/self/mountinfo)")
    unit = "swdemo-%s.service" % uuid.uuid4().hex[:8]
    cg = os.path.join(root, "system.slice", unit)
    os.makedirs(cg)
    try:
        with Netns() as ns:
            m = Monitor("-e", "connect")
            m_unit = Monitor("-e", "connect", "--unit", unit[:-len(".service")])
            m_other = Monitor("-e", "connect", "--unit", "swdemo-none.service")
            p = subprocess.Popen(["ip", "netns", "exec", ns.name, "python3", "-u", "-c",
                                  WAIT_THEN_CONNECT], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
            check(p.stdout.readline().strip() == "ready", "workload did not start")
            with open(os.path.join(cg, "cgroup.procs"), "w") as f:
                f.write(str(p.pid))
            p.stdin.write("go\n")
            p.stdin.flush()
            pid = int(p.stdout.readline())
            p.wait(timeout=20)
            for mon in (m, m_unit, m_other):
                check(mon.stop() == 0, "sockwatch exit status")
            e = one(in_ns(m.events(), ns), pid=pid)
            check(e["cgroup"] == "/system.slice/" + unit, "cgroup %r" % e["cgroup"])
            check(e["unit"] == unit, "unit %r, want %r" % (e["unit"], unit))
            check(e["container"] is None, repr(e))
            check(len(in_ns(m_unit.events(), ns)) == 1, "--unit: %r" % m_unit.events())
            check(one(in_ns(m_unit.events(), ns), pid=pid)["unit"] == unit, "--unit")
            check(not in_ns(m_other.events(), ns), "--unit of another unit let it through")
    finally:
        os.rmdir(cg)


def podman_image():
    """A local image holding busybox-static; nothing is pulled."""
    for tool in ("podman", "runc"):
        if not shutil.which(tool):
            raise Skip("%s is not installed (apt-get install podman runc)" % tool)
    bb = "/bin/busybox"
    static = False
    if os.path.exists(bb):
        with open(bb, "rb") as f:
            static = b"/lib64/ld-linux" not in f.read()  # no dynamic loader named
    if not static:
        raise Skip("no static busybox for the image (apt-get install busybox-static)")
    d = tempfile.mkdtemp(prefix="swtest-rootfs-")
    try:
        os.makedirs(os.path.join(d, "bin"))
        shutil.copy2(bb, os.path.join(d, "bin", "busybox"))
        tar = subprocess.Popen(["tar", "-C", d, "-c", "."], stdout=subprocess.PIPE)
        r = subprocess.run(["podman", "import", "-", "localhost/swtest-bb:1"],
                           stdin=tar.stdout, capture_output=True, text=True, timeout=120)
        tar.wait()
        if r.returncode:
            raise Skip("podman cannot import an image here: " + r.stderr.strip()[-200:])
    finally:
        shutil.rmtree(d, ignore_errors=True)
    return "localhost/swtest-bb:1"


def test_podman_container_listener_names_its_container():
    """The listener in a podman container: the event names the container,
    its cgroup and its executable; the report's inventory names the
    container and its namespace, and looks up no host package for the
    container's own file; --container selects by id, any and none."""
    require_root()
    image = podman_image()
    rec = tempfile.mkdtemp(prefix="swtest-rec-")
    out = os.path.join(rec, "r")
    m = Monitor("-e", "listen")
    m_rec = Monitor("record", "-o", out, json_out=False)
    m_id = None
    ctr = None
    try:
        r = subprocess.run(["podman", "--runtime", "runc", "run", "-d",
                            "--cgroup-manager=cgroupfs", "--network", "none",
                            "--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024",
                            image, "/bin/busybox", "nc", "-l", "-p", "8080"],
                           capture_output=True, text=True, timeout=120)
        if r.returncode:
            raise Skip("podman cannot run a container here: " + r.stderr.strip()[-300:])
        ctr = r.stdout.strip().splitlines()[-1]
        check(re.fullmatch(r"[0-9a-f]{64}", ctr), "container id %r" % ctr)
        pid = int(subprocess.run(["podman", "inspect", "-f", "{{.State.Pid}}", ctr],
                                 capture_output=True, text=True, check=True).stdout)
        netns = os.stat("/proc/%d/ns/net" % pid).st_ino
        exe = os.readlink("/proc/%d/exe" % pid)
        with open("/proc/%d/cgroup" % pid) as f:
            cgroup = [l[3:].strip() for l in f if l.startswith("0::")][0]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:   # nc may not have listened yet
            with open("/proc/%d/net/tcp" % pid) as f:
                if ":1F90 00000000:0000 0A" in f.read():
                    break
            time.sleep(0.1)
        check(m.stop() == 0, "sockwatch exit status")
        check(m_rec.stop() == 0, "record exit status: %r" % m_rec.stderr_lines)
        l = one([e for e in m.events() if e["netns"] == netns], event="listen", lport=8080)
        check(l["pid"] == pid and l["comm"] == "busybox", repr(l))
        check(l["container"] == {"id": ctr, "runtime": "podman"}, "container %r" % l["container"])
        check(l["cgroup"] == cgroup == "/libpod_parent/libpod-" + ctr, "cgroup %r" % l["cgroup"])
        check(l["exe"] == exe == "/bin/busybox", "exe %r, /proc says %r" % (l["exe"], exe))
        check(l["args"] == ["/bin/busybox", "nc", "-l", "-p", "8080"], repr(l["args"]))
        check(l["host_netns"] is False and l["unit"] is None, repr(l))

        # the report: the container and its namespace; the host's dpkg does
        # not answer for a file of the container's (here the host's busybox
        # package holds the same path: it would, wrongly)
        r = run_cmd("report", "--format", "json", out)
        check(r.returncode == 0, r.stderr)
        rl = one([x for x in json.loads(r.stdout)["listeners"] if x["netns"] == netns],
                 port=8080)
        check(rl["container"] == {"id": ctr, "runtime": "podman"} and
              rl["host_netns"] is False and rl["executable"] == "/bin/busybox", repr(rl))
        check(rl["package"] is None and rl["packaged"] is None, "package %r" % rl)
        r = run_cmd("report", out)
        check(r.returncode == 0, r.stderr)
        row = [x for x in r.stdout.splitlines() if "| 8080 |" in x and str(netns) in x]
        check(len(row) == 1 and "| /bin/busybox | unknown (the container's own files) |" in
              row[0] and "| container podman:%s (netns %d) |" % (ctr[:12], netns) in row[0],
              "md: %r" % row)

        # the container filters, on a second listener in the same container
        m_id = Monitor("-e", "listen", "--container", ctr[:12])
        m_any = Monitor("-e", "listen", "--container", "any")
        m_none = Monitor("-e", "listen", "--container", "none")
        subprocess.run(["podman", "exec", ctr, "/bin/busybox", "nc", "-l", "-p", "8081",
                        "-w", "1"], capture_output=True, timeout=60)
        for mon in (m_id, m_any, m_none):
            check(mon.stop() == 0, "sockwatch exit status")
        for mon, want in ((m_id, 1), (m_any, 1), (m_none, 0)):
            got = find([e for e in mon.events() if e["netns"] == netns], lport=8081)
            check(len(got) == want, "%s: %d events, want %d" % (mon.cmd[-1], len(got), want))
    finally:
        if ctr:
            subprocess.run(["podman", "rm", "-f", "-t", "0", ctr], capture_output=True)
        shutil.rmtree(rec, ignore_errors=True)


def test_identity_fields_on_snapshot_lines():
    """A snapshot names its sockets' owners the same way, from /proc. (It
    lists the namespace it runs in: here the host's, on a port of the
    kernel's choosing.)"""
    require_root()
    d, exe = copy_in_tmp()
    try:
        p = subprocess.Popen([exe, "-u", "-c",
                              "import socket, sys\ns = socket.socket()\n"
                              "s.bind(('127.0.0.1', 0)); s.listen()\n"
                              "print(s.getsockname()[1], flush=True); sys.stdin.readline()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        port = int(p.stdout.readline())
        r = run_cmd("snapshot", "--json")
        p.stdin.close()
        p.wait(timeout=10)
        check(r.returncode == 0, r.stderr)
        lines = [json.loads(x) for x in r.stdout.splitlines()]
        s = one(lines, lport=port, pid=p.pid)
        check([k for k in s if k in IDENT_KEYS] == IDENT_KEYS, repr(s))
        check(s["exe"] == exe and s["args"][0] == exe, repr(s))
        check(s["pcomm"] == my_comm() and s["host_netns"] is True, repr(s))
        with open("/proc/self/cgroup") as f:
            mine = [l[3:].strip() for l in f if l.startswith("0::")]
        if mine and cgroup2_mount():
            check(s["cgroup"] == mine[0], "cgroup %r, /proc says %r" % (s["cgroup"], mine[0]))
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_snapshot_inside_a_namespace_is_not_the_host():
    """snapshot run inside another network namespace (ip netns exec) lists
    that namespace's sockets: none is the host's, though sockwatch started
    there. Every line carries the identity fields."""
    require_root()
    with Netns() as ns:
        p = subprocess.Popen(["ip", "netns", "exec", ns.name, sys.executable, "-c",
                              "import socket, sys\ns = socket.socket()\n"
                              "s.bind(('127.0.0.1', 7301)); s.listen()\n"
                              "print('ready', flush=True); sys.stdin.readline()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            check(p.stdout.readline().strip() == "ready", "the listener did not start")
            r = subprocess.run(["ip", "netns", "exec", ns.name, swtest.SOCKWATCH, "snapshot",
                                "--json"],
                               capture_output=True, text=True, timeout=60)
        finally:
            p.stdin.close()
            p.wait(timeout=10)
    check(r.returncode == 0, r.stderr)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    check(lines, "no lines: %r" % r.stderr)
    for s in lines:
        check([k for k in s if k in IDENT_KEYS] == IDENT_KEYS, repr(s))
        check(s["netns"] == ns.inode and s["host_netns"] is False, repr(s))
    s = one(lines, lport=7301)
    check(s["pid"] == p.pid and s["exe"] == os.path.realpath(sys.executable), repr(s))


def test_exe_filter_selects_exactly_that_executable():
    """--exe with real traffic from curl and from a copy of python in /tmp:
    each monitor sees exactly its executable's connects; a link given as
    PATH selects the file it leads to, as /proc/PID/exe names it."""
    curl = shutil.which("curl")
    if not curl:
        raise Skip("curl is not installed (apt-get install curl)")
    curl = os.path.realpath(curl)
    d, copy = copy_in_tmp()
    link = os.path.join(d, "pylink")
    os.symlink(copy, link)
    try:
        with Netns() as ns:
            mons = {name: Monitor("-e", "connect", "--exe", path) for name, path in
                    (("curl", curl), ("copy", copy), ("link", link), ("other", "/usr/bin/true"))}
            for i in range(3):
                subprocess.run(["ip", "netns", "exec", ns.name, curl, "-s", "-m", "2",
                                "http://127.0.0.1:9/%d" % i], timeout=20)
            for i in range(2):
                ns.run("import socket\nsocket.socket().connect_ex(('127.0.0.1', 9))")
                subprocess.run(["ip", "netns", "exec", ns.name, copy, "-c",
                                "import socket\nsocket.socket().connect_ex(('127.0.0.1', 9))"],
                               check=True, timeout=20)
            for mon in mons.values():
                check(mon.stop() == 0, "sockwatch exit status")
            got = {name: in_ns(mon.events(), ns) for name, mon in mons.items()}
    finally:
        shutil.rmtree(d, ignore_errors=True)
    check(len(got["curl"]) == 3 and all(e["exe"] == curl for e in got["curl"]),
          "--exe %s: %r" % (curl, got["curl"]))
    for name in ("copy", "link"):
        check(len(got[name]) == 2 and all(e["exe"] == copy for e in got[name]),
              "--exe (%s): %r" % (name, got[name]))
    check(not got["other"], "--exe /usr/bin/true: %r" % got["other"])


def test_identity_filter_usage_errors():
    for args, word in ((["--exe", "curl"], "--exe"), (["--unit", "a/b"], "--unit"),
                       (["--container", ""], "--container")):
        r = run_cmd(*args)
        check(r.returncode == 2, "%r: exit %d" % (args, r.returncode))
        lines = r.stderr.strip().splitlines()
        check(len(lines) == 1 and word in lines[0], "%r: %r" % (args, r.stderr))


LISTEN_AND_CONNECT = r"""
import ctypes, os, socket, sys
if len(sys.argv) > 1:
    ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
c = socket.socket(); c.connect_ex(("127.0.0.1", 9)); c.close()
print(s.getsockname()[1], flush=True)
sys.stdin.readline()
"""


def dpkg_owner(path):
    """The oracle: dpkg-query's own answer, (package, version) or None."""
    for p in (path, path[4:] if path.startswith("/usr/") else "/usr" + path):
        r = subprocess.run(["dpkg-query", "-S", p], capture_output=True, text=True)
        if r.returncode == 0:
            pkg = r.stdout.split(":")[0].split(",")[0].strip()
            v = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg],
                               capture_output=True, text=True).stdout
            return pkg, v
    return None


def installed_with(pkg):
    """The oracle for what brought pkg: when apt marks it installed
    automatically (apt-mark showauto), the installed packages marked by
    hand whose Depends or Pre-Depends name it (dpkg-query)."""
    auto = set(subprocess.run(["apt-mark", "showauto"], capture_output=True,
                              text=True).stdout.split())
    if pkg not in auto:
        return None
    r = subprocess.run(["dpkg-query", "-W", "-f",
                        "${Package}\t${db:Status-Status}\t${Depends}, ${Pre-Depends}\n"],
                       capture_output=True, text=True)
    via = []
    for line in r.stdout.splitlines():
        name, status, deps = line.split("\t")
        names = {re.split(r"[ :(]", d.strip())[0] for alt in deps.split(",")
                 for d in alt.split("|") if d.strip()}
        if status == "installed" and name not in auto and pkg in names:
            via.append(name)
    return sorted(via) or None


def test_report_names_executables_packages_and_disguises():
    """The report's listeners carry executable, package and namespace; a
    renamed copy in /tmp gives the unpackaged and masquerade findings; the
    outbound table groups by executable."""
    require_root()
    if not shutil.which("dpkg-query"):
        raise Skip("no dpkg here (dpkg-query): packages cannot be checked")
    python = os.path.realpath("/usr/bin/python3")  # Debian's, not a pyenv one
    want_pkg = dpkg_owner(python)
    if not want_pkg:
        raise Skip("/usr/bin/python3 belongs to no package here: nothing to check against")
    d, copy = copy_in_tmp()
    rec = tempfile.mkdtemp(prefix="swtest-rec-")
    out = os.path.join(rec, "r")
    procs = []
    try:
        with Netns() as ns:
            m = Monitor("record", "-o", out, json_out=False)
            ports = {}
            for name, exe, argv in (("python", "/usr/bin/python3", []),
                                    ("copy", copy, ["sshd"])):
                p = subprocess.Popen(["ip", "netns", "exec", ns.name, exe, "-c",
                                      LISTEN_AND_CONNECT] + argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
                procs.append(p)
                ports[name] = int(p.stdout.readline())
            check(m.stop() == 0, "record exit status: %r" % m.stderr_lines)
            r = run_cmd("report", "--format", "json", out)
            check(r.returncode == 0, r.stderr)
            rep = json.loads(r.stdout)
    finally:
        for p in procs:
            p.stdin.close()
            p.wait(timeout=10)
        shutil.rmtree(d, ignore_errors=True)
        shutil.rmtree(rec, ignore_errors=True)
    lis = {l["port"]: l for l in rep["listeners"] if l["netns"] == ns.inode}
    py, cp = lis.get(ports["python"]), lis.get(ports["copy"])
    check(py and cp, "listeners %r, want ports %r" % (sorted(lis), ports))
    check(py["executable"] == python and cp["executable"] == copy, "%r\n%r" % (py, cp))
    check((py["package"], py["package_version"], py["packaged"]) ==
          (want_pkg[0], want_pkg[1], True), "python's package %r, dpkg says %r" %
          ((py["package"], py["package_version"]), want_pkg))
    check(cp["package"] is None and cp["packaged"] is False, "the copy: %r" % cp)
    check(py["host_netns"] is False and py["container"] is None, repr(py))
    check(cp["masquerade_comm"] == "sshd" and py["masquerade_comm"] is None, repr(cp))
    codes = {}
    for f in rep["findings"]:
        codes.setdefault(f["code"], []).append(f["text"])
    unp = [t for t in codes.get("unpackaged-executable", []) if copy in t]
    masq = [t for t in codes.get("masquerade", []) if copy in t]
    check(len(unp) == 1 and "writable place" in unp[0], "unpackaged: %r" % codes)
    check(len(masq) == 1 and "'sshd'" in masq[0], "masquerade: %r" % codes)
    check(not [t for t in codes.get("unpackaged-executable", []) if python in t],
          "python is packaged: %r" % codes)
    # outbound grouped by executable: one row each, named by path
    outs = [o for o in rep["outbound"] if o["netns"] == ns.inode and o["port"] == 9]
    check(sorted(o["executable"] for o in outs) == sorted([python, copy]), repr(outs))


def test_report_names_nginx_package_and_keeps_namespaces_apart():
    """Two real nginx servers on the same address and port, each in its own
    network namespace: the report's inventory has two rows, each naming
    /usr/sbin/nginx, the package dpkg says holds it, and its own namespace;
    the inbound table too keeps them apart. Every format says the same."""
    require_root()
    nginx = require_nginx()
    if not shutil.which("curl"):
        raise Skip("curl is not installed (apt-get install curl)")
    if not shutil.which("dpkg-query"):
        raise Skip("no dpkg here (dpkg-query): packages cannot be checked")
    exe = os.path.realpath(nginx)
    want_pkg = dpkg_owner(exe)
    if not want_pkg:
        raise Skip("%s belongs to no package here: nothing to check against" % exe)
    if not shutil.which("apt-mark"):
        raise Skip("no apt here (apt-mark): what installed the package cannot be checked")
    want_via = installed_with(want_pkg[0])
    rec = tempfile.mkdtemp(prefix="swtest-rec-")
    out = os.path.join(rec, "r")
    dirs, inodes, pids = [], [], []
    try:
        with Netns() as ns1, Netns() as ns2:
            m = Monitor("record", "-o", out, json_out=False)
            for ns, hits in ((ns1, 2), (ns2, 3)):
                d = nginx_prefix(1)
                dirs.append(d)
                r = subprocess.run(["ip", "netns", "exec", ns.name, nginx, "-c",
                                    os.path.join(d, "nginx.conf"), "-p", d],
                                   capture_output=True, text=True, timeout=30)
                check(r.returncode == 0, "nginx: %s" % r.stderr)
                with open(os.path.join(d, "nginx.pid")) as f:
                    pids.append(int(f.read()))
                for _ in range(hits):
                    subprocess.run(["ip", "netns", "exec", ns.name, "curl", "-s", "-o",
                                    "/dev/null", "http://127.0.0.1:8089/"], timeout=30)
                inodes.append(ns.inode)
            for pid in pids:
                os.kill(pid, signal.SIGQUIT)
            pids = []
            time.sleep(0.5)
            check(m.stop() == 0, "record exit status: %r" % m.stderr_lines)
        reps = {}
        for fmt in ("json", "md", "csv", "html"):
            r = run_cmd("report", "--format", fmt, out)
            check(r.returncode == 0, "report --format %s: %s" % (fmt, r.stderr))
            reps[fmt] = r.stdout
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGQUIT)
        for d in dirs:
            shutil.rmtree(d, ignore_errors=True)
        shutil.rmtree(rec, ignore_errors=True)
    rep = json.loads(reps["json"])
    lis = [l for l in rep["listeners"] if l["port"] == 8089 and l["netns"] in inodes]
    check(sorted(l["netns"] for l in lis) == sorted(inodes),
          "one listener row per namespace, want %r: %r" % (inodes, lis))
    for l in lis:
        check(l["executable"] == exe and l["process"] == "nginx", repr(l))
        check((l["package"], l["package_version"], l["packaged"]) ==
              (want_pkg[0], want_pkg[1], True), "nginx's package %r, dpkg says %r" %
              ((l["package"], l["package_version"]), want_pkg))
        # Debian 12's nginx-light is a package of modules that depends on
        # nginx, which holds /usr/sbin/nginx: the report names both
        check(l["package_installed_with"] == want_via, "installed with %r, apt and dpkg "
              "say %r" % (l["package_installed_with"], want_via))
        check(l["host_netns"] is False and l["container"] is None and l["unit"] is None and
              l["masquerade_comm"] is None, repr(l))
        # root's master opened it, the worker (nobody) dropped the last
        # reference: one row, opened and closed
        check(l["uid"] == 0 and l["open_at_end"] is False, repr(l))
    ins = {i["netns"]: i for i in rep["inbound"] if i["port"] == 8089 and i["netns"] in inodes}
    check(sorted(ins) == sorted(inodes), "inbound rows %r" % list(ins.values()))
    check((ins[inodes[0]]["accepts"], ins[inodes[1]]["accepts"]) == (2, 3), repr(ins))
    check(all(i["executable"] == exe for i in ins.values()), repr(ins))
    check(not [f for f in rep["findings"] if f["code"] in ("unpackaged-executable",
                                                            "masquerade") and exe in f["text"]],
          "a packaged nginx is not a finding: %r" % rep["findings"])
    pkg_text = "%s %s" % want_pkg + (" (installed with %s)" % ", ".join(want_via)
                                     if want_via else "")
    md_rows = [l for l in reps["md"].splitlines() if l.startswith("| tcp |") and "| 8089 |" in l]
    check(len(md_rows) == 2, "md: %r" % md_rows)
    for row, ino in zip(sorted(md_rows, key=lambda x: str(inodes[0]) not in x), inodes):
        check(("| %s |" % exe) in row and ("| %s |" % pkg_text) in row and
              ("| netns %d |" % ino) in row, "md row %r" % row)
    rows = list(csv.DictReader(io.StringIO(reps["csv"])))
    csv_rows = [r for r in rows if r["table"] == "listener" and r["port"] == "8089"]
    check(sorted(r["netns"] for r in csv_rows) == sorted(str(i) for i in inodes) and
          all((r["executable"], r["package"]) == (exe, pkg_text) for r in csv_rows),
          "csv: %r" % csv_rows)
    for ino in inodes:
        check(reps["html"].count("netns %d" % ino) >= 2, "html: netns %d" % ino)
    check(reps["html"].count(pkg_text) >= 2, "html names the package")


# A record made before the identity fields: tests/fixtures/rec-v2-noident
# was written by the sockwatch of commit 9f4f86d (manifest format 2, sealed;
# its lines carry no exe, args, unit or container, and record_start no
# event_format) while a real nginx in a namespace served three curls.
OLD_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "fixtures", "rec-v2-noident")
OLD_KEY = "4c5dbacbdd10238f6da9e69da47e62046478d5408e06d5ba1cceb292dcf2ca60"


def test_record_from_before_identity_still_reads():
    r = run_cmd("verify", "--json", "--key", OLD_KEY, OLD_DIR)
    check(r.returncode == 0, "verify: %s %s" % (r.stdout[-300:], r.stderr))
    v = json.loads(r.stdout)
    check(v["ok"] and v["manifest"]["sealed"] and v["events"] == 15, repr(v)[:400])
    reps = {}
    for fmt in ("json", "md", "csv", "html"):
        r = run_cmd("report", "--format", fmt, OLD_DIR)
        check(r.returncode == 0, "report --format %s: %s" % (fmt, r.stderr))
        check(not r.stderr, "report --format %s: %r" % (fmt, r.stderr))
        reps[fmt] = r.stdout
    rep = json.loads(reps["json"])
    check(rep["summary"]["events"]["in_window"] == 15 and rep["summary"]["complete"],
          repr(rep["summary"]))
    l = one(rep["listeners"], port=18089)
    check(l["process"] == "nginx" and l["executable"] is None and l["package"] is None and
          l["packaged"] is None and l["host_netns"] is None and l["netns"] == 4026532178,
          repr(l))
    i = one(rep["inbound"], port=18089)
    check(i["process"] == "nginx" and i["accepts"] == 3 and i["executable"] is None, repr(i))
    o = one(rep["outbound"], port=18089)
    check(o["process"] == "curl" and o["connections"] == 3, repr(o))
    check(not [f for f in rep["findings"] if f["code"] in ("unpackaged-executable",
                                                            "masquerade")], rep["findings"])
    check("event_format 2" in rep["summary"]["packages"], rep["summary"]["packages"])
    check("| comm nginx | netns 4026532178 | tcp | 18089 |" in reps["md"], reps["md"])


def test_process_running_before_the_monitor_is_named_from_proc():
    """nginx started before sockwatch: its worker is named from /proc at
    start. nginx rewrote its title over its arguments' space, padding with
    NULs; args is the title, as ps shows it, not a row of empty strings."""
    require_root()
    nginx = require_nginx()
    if not shutil.which("curl"):
        raise Skip("curl is not installed (apt-get install curl)")
    d = nginx_prefix(1)
    pid = None
    try:
        with Netns() as ns:
            r = subprocess.run(["ip", "netns", "exec", ns.name, nginx, "-c",
                                os.path.join(d, "nginx.conf"), "-p", d],
                               capture_output=True, text=True, timeout=30)
            check(r.returncode == 0, "nginx: %s" % r.stderr)
            with open(os.path.join(d, "nginx.pid")) as f:
                pid = int(f.read())
            m = Monitor("-e", "accept")
            subprocess.run(["ip", "netns", "exec", ns.name, "curl", "-s", "-o", "/dev/null",
                            "http://127.0.0.1:8089/"], timeout=30)
            snap = subprocess.run(["ip", "netns", "exec", ns.name, swtest.SOCKWATCH, "snapshot",
                                   "--json"], capture_output=True, text=True, timeout=60)
            check(m.stop() == 0, "sockwatch exit status")
            a = one(in_ns(m.events(), ns), event="accept", lport=8089)
    finally:
        if pid:
            os.kill(pid, signal.SIGQUIT)
            time.sleep(0.5)
        shutil.rmtree(d, ignore_errors=True)
    check(a["exe"] == os.path.realpath(nginx) and a["pcomm"] == "nginx", repr(a))
    check(a["args"] == ["nginx: worker process"], "args %r" % a["args"])
    check(snap.returncode == 0, snap.stderr)
    l = one([json.loads(x) for x in snap.stdout.splitlines()], state="listen", lport=8089)
    check(l["pid"] == pid and len(l["args"]) == 1 and
          l["args"][0].startswith("nginx: master process ") and "" not in l["args"], repr(l))


def test_own_name_with_a_suffix_is_no_disguise_another_program_s_is():
    """Another sockwatch's selftest during a record runs in a child named
    sockwatch-test: its own name and a suffix, no program of
    that name installed, so no masquerade. A /tmp copy named dpkg calling
    itself dpkg-query, a program installed here, is one."""
    require_root()
    if swtest.under_valgrind():
        raise Skip("under valgrind the selftest child's executable is valgrind's, not "
                   "sockwatch: make test checks this")
    if not os.path.exists("/usr/bin/dpkg-query"):
        raise Skip("no /usr/bin/dpkg-query here: the disguise needs a real program's name")
    d = tempfile.mkdtemp(prefix="swtest-own-", dir="/tmp")
    fake = os.path.join(d, "dpkg")
    shutil.copy2(os.path.realpath("/proc/self/exe"), fake)
    rec = tempfile.mkdtemp(prefix="swtest-rec-")
    out = os.path.join(rec, "r")
    try:
        with Netns() as ns:
            m = Monitor("record", "-o", out, json_out=False)
            other = run_cmd("selftest")     # another sockwatch's selftest
            check(other.returncode == 0, "sockwatch selftest: %s" % other.stderr)
            r = subprocess.run(["ip", "netns", "exec", ns.name, fake, "-c", LISTEN_AND_CONNECT,
                                "dpkg-query"], input="\n", capture_output=True, text=True,
                               timeout=30)
            check(r.returncode == 0, r.stderr)
            check(m.stop() == 0, "record exit status: %r" % m.stderr_lines)
        r = run_cmd("report", "--format", "json", out)
        check(r.returncode == 0, r.stderr)
        rep = json.loads(r.stdout)
    finally:
        shutil.rmtree(d, ignore_errors=True)
        shutil.rmtree(rec, ignore_errors=True)
    sw = os.path.realpath(swtest.SOCKWATCH)
    selftest = [o for o in rep["outbound"] if o["executable"] == sw and
                o["process"] == "sockwatch-test"]
    check(selftest, "the second sockwatch's selftest is not in the record: %r" %
          [o["executable"] for o in rep["outbound"]])
    check(all(o["masquerade_comm"] is None for o in selftest), repr(selftest))
    masq = [f["text"] for f in rep["findings"] if f["code"] == "masquerade"]
    check(not [t for t in masq if "sockwatch-test" in t], "masquerade: %r" % masq)
    check(len([t for t in masq if fake in t and "'dpkg-query'" in t]) == 1, "masquerade: %r" % masq)


def test_copy_in_tmp_named_like_an_installed_program_is_a_disguise():
    """A copy of python in /tmp named sshd (so exec names it sshd, its own
    name) beside the installed /usr/sbin/sshd: the report calls it a
    masquerade as well as unpackaged."""
    require_root()
    for name, installed in (("sshd", "/usr/sbin/sshd"), ("dpkg-query", "/usr/bin/dpkg-query")):
        if os.access(installed, os.X_OK):
            break
    else:
        raise Skip("neither /usr/sbin/sshd nor /usr/bin/dpkg-query is installed to pass for")
    d = tempfile.mkdtemp(prefix="swtest-named-", dir="/tmp")
    fake = os.path.join(d, name)
    shutil.copy2(os.path.realpath("/proc/self/exe"), fake)
    rec = tempfile.mkdtemp(prefix="swtest-rec-")
    out = os.path.join(rec, "r")
    try:
        with Netns() as ns:
            m = Monitor("record", "-o", out, json_out=False)
            r = subprocess.run(["ip", "netns", "exec", ns.name, fake, "-c", LISTEN_AND_CONNECT],
                               input="\n", capture_output=True, text=True, timeout=30)
            check(r.returncode == 0, r.stderr)
            port = int(r.stdout)
            check(m.stop() == 0, "record exit status: %r" % m.stderr_lines)
        reps = {}
        for fmt in ("json", "md"):
            r = run_cmd("report", "--format", fmt, out)
            check(r.returncode == 0, r.stderr)
            reps[fmt] = r.stdout
    finally:
        shutil.rmtree(d, ignore_errors=True)
        shutil.rmtree(rec, ignore_errors=True)
    rep = json.loads(reps["json"])
    l = one([x for x in rep["listeners"] if x["netns"] == ns.inode], port=port)
    check(l["executable"] == fake and l["process"] == name and l["masquerade_comm"] == name and
          l["packaged"] is False, repr(l))
    codes = {}
    for f in rep["findings"]:
        codes.setdefault(f["code"], []).append(f["text"])
    masq = [t for t in codes.get("masquerade", []) if fake in t]
    check(len(masq) == 1 and ("not the installed %s" % installed) in masq[0], repr(codes))
    check(len([t for t in codes.get("unpackaged-executable", []) if fake in t]) == 1,
          repr(codes))
    # (the path is not matched here: Markdown escapes the _ mkdtemp may put in it)
    row = [x for x in reps["md"].splitlines() if ("| %d |" % port) in x and
           ("| netns %d |" % ns.inode) in x]
    check(len(row) == 1 and ("**%s (passes for another program)**" % name) in row[0], repr(row))


FILELESS = r"""
import os, sys
fd = os.memfd_create("swfileless", 0)
with open(sys.argv[1], "rb") as f:
    os.write(fd, f.read())
os.execve("/proc/self/fd/%d" % fd, ["swfileless", "-c",
          "import os, socket, sys\n"
          "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()\n"
          "socket.socket().connect_ex(('127.0.0.1', 9))\n"
          "print(os.getpid(), s.getsockname()[1], flush=True)\n"], dict(os.environ))
"""


def test_fileless_program_is_named_as_proc_shows_it():
    """A program run from memory (memfd_create, then exec of its fd) has
    no file: /proc/PID/exe says /memfd:NAME (deleted), and so does every
    event, though it exits at once; the report calls it unpackaged, in a
    writable place (memory), and a masquerade (exec named it after the fd)."""
    require_root()
    if not hasattr(os, "memfd_create"):
        raise Skip("this python has no os.memfd_create")
    rec = tempfile.mkdtemp(prefix="swtest-rec-")
    out = os.path.join(rec, "r")
    exe = "/memfd:swfileless (deleted)"
    try:
        with Netns() as ns:
            m = Monitor("-e", "listen,connect")
            m_rec = Monitor("record", "-o", out, json_out=False)
            r = subprocess.run(["ip", "netns", "exec", ns.name, sys.executable, "-c", FILELESS,
                                os.path.realpath(sys.executable)],
                               capture_output=True, text=True, timeout=30)
            check(r.returncode == 0, r.stderr)
            pid, port = map(int, r.stdout.split())
            check(m.stop() == 0 and m_rec.stop() == 0, "sockwatch exit status")
            evs = in_ns(m.events(), ns)
        rep = run_cmd("report", "--format", "json", out)
        check(rep.returncode == 0, rep.stderr)
        rep = json.loads(rep.stdout)
    finally:
        shutil.rmtree(rec, ignore_errors=True)
    for kind in ("listen", "connect"):
        e = one(evs, event=kind, pid=pid)
        check(e["exe"] == exe and e["args"][0] == "swfileless", "%s: %r" % (kind, e))
    l = one([x for x in rep["listeners"] if x["netns"] == ns.inode], port=port)
    check(l["executable"] == exe and l["packaged"] is False, repr(l))
    codes = {}
    for f in rep["findings"]:
        codes.setdefault(f["code"], []).append(f["text"])
    unp = [t for t in codes.get("unpackaged-executable", []) if exe in t]
    check(len(unp) == 1 and "writable place" in unp[0], repr(codes))
    check(len([t for t in codes.get("masquerade", []) if exe in t]) == 1, repr(codes))
