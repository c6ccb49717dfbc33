"""Deployment, end to end: `make install`/`uninstall` into a DESTDIR, the
systemd unit checked by systemd-analyze, and the unit's ExecStart line run
as systemd would run it (its EnvironmentFile, its capability bounding set,
no_new_privs) recording real traffic. systemd is not PID 1 on the test
machines, so the rest of the sandbox (seccomp, namespaces, read-only paths)
is checked by systemd-analyze only."""
import glob
import gzip
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
import time

import swtest
from swtest import SOCKWATCH, Netns, Skip, check, fail, require_root, wait_ready

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UNIT = os.path.join(ROOT, "dist", "systemd", "sockwatch-record.service")
ENVFILE = os.path.join(ROOT, "dist", "default", "sockwatch")
APPROVED_EXAMPLE = os.path.join(ROOT, "dist", "approved.example")


def build_dir():
    """The make OUTPUT that SOCKWATCH was built in, or Skip."""
    if swtest.under_valgrind():
        raise Skip("not under valgrind: this test checks what make install puts where and runs "
                   "the installed binary itself, so memcheck would see nothing; make test runs it")
    out = os.path.dirname(SOCKWATCH)
    if not os.path.exists(os.path.join(out, "sockwatch.bpf.o")):
        raise Skip("%s is not in a build directory (wrapped, or installed): "
                   "install tests need make's output" % SOCKWATCH)
    return out


def unit_settings(path=UNIT):
    """[Service] settings of a unit: name -> list of values in order."""
    settings, section = {}, None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("["):
                section = line
                continue
            key, _, value = line.partition("=")
            settings.setdefault((section, key), []).append(value)
    return settings


def read_envfile(path):
    env = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and line[0] not in "#;":
                key, _, value = line.partition("=")
                env[key] = " ".join(shlex.split(value))
    return env


def expand_execstart(line, env):
    """systemd's rules: ${VAR} is one word, $VAR alone is split at blanks."""
    words = []
    for word in shlex.split(line):
        if re.fullmatch(r"\$[A-Za-z_]\w*", word):
            words += env.get(word[1:], "").split()
        else:
            words.append(re.sub(r"\$\{(\w+)\}", lambda m: env.get(m.group(1), ""), word))
    return words


def test_make_install_and_uninstall_honour_destdir_and_prefix():
    out = build_dir()
    dest = tempfile.mkdtemp(prefix="swinst-")
    try:
        make = ["make", "-s", "-C", ROOT, "OUTPUT=" + out, "DESTDIR=" + dest, "prefix=/opt/sw"]
        r = subprocess.run(make + ["install"], capture_output=True, text=True)
        check(r.returncode == 0, "make install: %s" % r.stderr)
        files = sorted(os.path.relpath(os.path.join(d, f), dest)
                       for d, _, fs in os.walk(dest) for f in fs)
        pages = sorted(os.path.basename(p)[:-4] for p in glob.glob(ROOT + "/doc/man/*.scd"))
        want = sorted(["etc/default/sockwatch", "opt/sw/sbin/sockwatch",
                       "opt/sw/share/bash-completion/completions/sockwatch",
                       "opt/sw/lib/systemd/system/sockwatch-record.service",
                       "opt/sw/share/doc/sockwatch/examples/approved"] +
                      ["opt/sw/share/man/man8/" + p for p in pages])
        check(files == want, "installed %r, expected %r" % (files, want))
        sbin = os.path.join(dest, "opt/sw/sbin/sockwatch")
        r = subprocess.run([sbin, "label", "22/tcp"], capture_output=True, text=True)
        check(r.returncode == 0 and "ssh" in r.stdout, "installed binary: %r" % r.stdout)
        with open(os.path.join(dest, "opt/sw/lib/systemd/system/sockwatch-record.service")) as f:
            check("ExecStart=/opt/sw/sbin/sockwatch record " in f.read(),
                  "the installed unit does not run the installed binary")
        if shutil.which("man"):
            r = subprocess.run(["man", "-M", os.path.join(dest, "opt/sw/share/man"),
                                "sockwatch-record"], capture_output=True, text=True,
                               env=dict(os.environ, MANPAGER="cat", PAGER="cat"))
            check(r.returncode == 0 and "--output-under" in r.stdout,
                  "man -M finds no installed sockwatch-record: %s" % r.stderr)
        # an options file the admin changed survives reinstall and uninstall
        envfile = os.path.join(dest, "etc/default/sockwatch")
        with open(envfile, "a") as f:
            f.write("SOCKWATCH_DIR=/srv/evidence\n")
        r = subprocess.run(make + ["install"], capture_output=True, text=True)
        check(r.returncode == 0 and "kept" in r.stdout, "reinstall: %s %s" % (r.stdout, r.stderr))
        r = subprocess.run(make + ["uninstall"], capture_output=True, text=True)
        check(r.returncode == 0, "make uninstall: %s" % r.stderr)
        left = [os.path.relpath(os.path.join(d, f), dest)
                for d, _, fs in os.walk(dest) for f in fs]
        check(left == ["etc/default/sockwatch"], "uninstall left %r" % left)
        with open(envfile) as f:
            check("/srv/evidence" in f.read(), "uninstall changed the admin's options file")
        os.unlink(envfile)
        r = subprocess.run(make + ["install"], capture_output=True, text=True)
        r = subprocess.run(make + ["uninstall"], capture_output=True, text=True)
        left = [f for _, _, fs in os.walk(dest) for f in fs]
        check(not left, "uninstall of an unchanged install left %r" % left)
    finally:
        shutil.rmtree(dest, ignore_errors=True)


def analyzable_unit(tmp):
    """A copy of the unit whose ExecStart names the binary under test, and a
    MANPATH holding the man pages its Documentation= names."""
    if not shutil.which("systemd-analyze"):
        raise Skip("systemd-analyze is not installed (scripts/deps.sh test installs systemd)")
    unit = os.path.join(tmp, "sockwatch-record.service")
    with open(UNIT) as f:
        text = f.read().replace("/usr/sbin/sockwatch", os.path.abspath(SOCKWATCH))
    with open(unit, "w") as f:
        f.write(text)
    man8 = os.path.join(tmp, "man", "man8")
    os.makedirs(man8)
    for src in glob.glob(os.path.join(ROOT, "doc", "man", "*.scd")):
        with open(src) as i, open(os.path.join(man8, os.path.basename(src)[:-4]), "w") as o:
            subprocess.run(["scdoc"], stdin=i, stdout=o, check=True)
    return unit, dict(os.environ, MANPATH=os.path.join(tmp, "man"), SYSTEMD_LOG_LEVEL="notice")


def test_unit_passes_systemd_analyze_verify_and_readme_states_its_security_score():
    with tempfile.TemporaryDirectory() as tmp:
        unit, env = analyzable_unit(tmp)
        r = subprocess.run(["systemd-analyze", "verify", unit], capture_output=True, text=True,
                           env=env)
        check(r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(),
              "systemd-analyze verify: exit %d: %s%s" % (r.returncode, r.stdout, r.stderr))
        r = subprocess.run(["systemd-analyze", "security", "--offline=yes", unit],
                           capture_output=True, text=True, env=env)
        m = re.search(r"Overall exposure level for \S+: (\d+\.\d) (\w+)", r.stdout + r.stderr)
        check(m, "no score from systemd-analyze security: %s %s" % (r.stdout, r.stderr))
    with open(os.path.join(ROOT, "README.md")) as f:
        readme = f.read()
    check("exposure level %s %s" % m.groups() in readme,
          "README does not state the measured score: 'exposure level %s %s'" % m.groups())


def test_unit_execstart_records_real_traffic_with_its_capabilities():
    """The unit's ExecStart, its EnvironmentFile (with SOCKWATCH_DIR moved
    to a temporary directory), only its CapabilityBoundingSet, and
    no_new_privs; in a mount namespace of its own with tracefs mounted, as
    systemd mounts it on a real host."""
    require_root()
    s = unit_settings()
    env = {}
    for value in s[("[Service]", "Environment")]:
        key, _, val = shlex.split(value)[0].partition("=")
        env[key] = val
    envfile = s[("[Service]", "EnvironmentFile")][0].lstrip("-")
    check(envfile == "/etc/default/sockwatch", "EnvironmentFile is %s" % envfile)
    env.update(read_envfile(ENVFILE))
    parent = tempfile.mkdtemp(prefix="swunit-")
    env["SOCKWATCH_DIR"] = os.path.join(parent, "records")
    check(env.get("SOCKWATCH_KEY_DIR") == "/run/sockwatch-keys" and
          s[("[Service]", "RuntimeDirectory")] == ["sockwatch-keys"],
          "the seal keys' directory: %r" % env.get("SOCKWATCH_KEY_DIR"))
    env["SOCKWATCH_KEY_DIR"] = os.path.join(parent, "keys")  # RuntimeDirectory=, 0700
    os.mkdir(env["SOCKWATCH_KEY_DIR"], 0o700)
    argv = expand_execstart(s[("[Service]", "ExecStart")][0], env)
    check(argv[0] == "/usr/sbin/sockwatch", "ExecStart runs %s" % argv[0])
    argv[0] = os.path.abspath(SOCKWATCH)
    caps = s[("[Service]", "CapabilityBoundingSet")][0].split()
    bounding = "-all," + ",".join("+" + c[len("CAP_"):].lower() for c in caps)
    wrapper = ("umask 077; mountpoint -q /sys/kernel/tracing || "
               "mount -t tracefs nodev /sys/kernel/tracing; "
               'exec setpriv --bounding-set %s --inh-caps=-all --no-new-privs -- "$@"' % bounding)
    with Netns() as ns:
        # a listener owned by another user, there before the recorder starts:
        # the opening snapshot must name its owner with only these capabilities
        held = subprocess.Popen(
            ["ip", "netns", "exec", ns.name, "setpriv", "--reuid=65534", "--regid=65534",
             "--clear-groups", "/usr/bin/python3", "-u", "-c",
             "import socket, sys\ns = socket.socket(); s.bind(('127.0.0.1', 47123)); "
             "s.listen(); print('ready', flush=True); sys.stdin.read()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            check(held.stdout.readline().strip() == "ready", "the nobody listener did not start")
            p = subprocess.Popen(["ip", "netns", "exec", ns.name, "unshare", "-m",
                                  "--propagation", "private", "sh", "-c", wrapper, "sh"] + argv,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            early = "".join(wait_ready(p))
            out = ns.run("import os, socket\n"
                         "s = socket.socket(); s.bind(('127.0.0.1', 47124)); s.listen()\n"
                         "c = socket.create_connection(('127.0.0.1', 47124)); a, _ = s.accept()\n"
                         "print(os.getpid()); c.close(); a.close(); s.close()", comm="swunit")
            pid = int(out)
            time.sleep(0.3)
            p.send_signal(signal.SIGTERM)  # systemctl stop
            _, err = p.communicate(timeout=30)
            err = early + err
            check(p.returncode == 0, "ExecStart exited %d: %s" % (p.returncode, err))
            # with only its capabilities, every program attached (the cgroup
            # hooks need CAP_NET_ADMIN) and the selftest ran (CAP_SYS_ADMIN)
            check("NOT covered" not in err and "cgroup post_bind4" in err and
                  "selftest:" not in "\n".join(swtest.without_valgrind_selftest_lines(
                      err.splitlines())),
                  "degraded under the unit's capabilities: %s" % err)
            # the seal key went to its file, never to stderr (the journal)
            check(not re.search(r"\b[0-9a-f]{64}\b", err.replace(
                re.search(r"chain head ([0-9a-f]{64})", err).group(1), "")),
                  "a seal key on stderr: %s" % err)
        finally:
            held.stdin.close()
            held.wait(timeout=10)
        runs = os.listdir(env["SOCKWATCH_DIR"])
        check(len(runs) == 1 and re.fullmatch(r"\d{8}T\d{6}Z", runs[0]),
              "--output-under made %r" % runs)
        rec = os.path.join(env["SOCKWATCH_DIR"], runs[0])
        keys = os.listdir(env["SOCKWATCH_KEY_DIR"])
        check(keys == [runs[0] + ".key"], "seal keys: %r" % keys)
        key = os.path.join(env["SOCKWATCH_KEY_DIR"], keys[0])
        check(os.stat(key).st_mode & 0o777 == 0o600, "key file mode %o" % os.stat(key).st_mode)
        r = subprocess.run([SOCKWATCH, "verify", "--json", "--key-file", key, rec],
                           capture_output=True, text=True)
        check(r.returncode == 0 and json.loads(r.stdout)["manifest"]["seals_checked"],
              "verify --key-file of the unit's record: %s%s" % (r.stdout, r.stderr))
        lines = []
        for seg in sorted(glob.glob(os.path.join(rec, "seg-*.jsonl.gz"))):
            with gzip.open(seg, "rt") as f:
                lines += [json.loads(l) for l in f]
        st = [l for l in lines if l.get("event") == "selftest"]
        check(st, "no selftest under the unit")
        if swtest.under_valgrind():
            swtest.check_valgrind_selftest(st[0]["paths"], "selftest under the unit")
        else:
            check(all(x["ok"] for x in st), "selftest under the unit: %r" % st)
        start = [l for l in lines if l.get("event") == "record_start"]
        check(start and "--keep" in json.dumps(start[0]),
              "record_start does not carry the EnvironmentFile's options: %r" % start[:1])
        mine = [l for l in lines if l.get("pid") == pid and l.get("netns") == ns.inode]
        kinds = sorted(set(l["event"] for l in mine))
        check(kinds == ["accept", "bind", "close", "connect", "listen"],
              "events of the workload in the unit's record: %r" % kinds)
        snap = [l for l in lines if l.get("event") == "snapshot" and l.get("lport") == 47123
                and l.get("netns") == ns.inode]
        check(snap and snap[0].get("uid") == 65534 and snap[0].get("pid") is not None,
              "the nobody listener in the snapshot, with its owner: %r" % snap)
        # the example approved-services file is one report accepts
        r = subprocess.run([SOCKWATCH, "report", "--approved", APPROVED_EXAMPLE, rec],
                           capture_output=True, text=True)
        check(r.returncode == 0 and "approved" in r.stdout.lower(),
              "report --approved dist/approved.example: %d %s" % (r.returncode, r.stderr))
    shutil.rmtree(parent, ignore_errors=True)


def test_output_under_gives_each_run_its_own_directory():
    require_root()
    parent = os.path.join(tempfile.mkdtemp(prefix="swunder-"), "new")
    try:
        # the names of the next few seconds are taken: the run must add -1
        now = time.time()
        for t in range(0, 60):
            os.makedirs(os.path.join(parent, time.strftime("%Y%m%dT%H%M%SZ",
                                                           time.gmtime(now + t))))
        # --key-file DIR: one key per run, named after it (the unit's way)
        keys = os.path.join(os.path.dirname(parent), "keys")
        os.mkdir(keys, 0o700)
        for _ in range(2):
            r = subprocess.run([SOCKWATCH, "record", "--output-under", parent, "-d", "0.3",
                                "-e", "listen", "--key-file", keys],
                               capture_output=True, text=True, timeout=60)
            check(r.returncode == 0, "record --output-under: %s" % r.stderr)
        runs = sorted(d for d in os.listdir(parent) if os.listdir(os.path.join(parent, d)))
        check(len(runs) == 2 and all(re.fullmatch(r"\d{8}T\d{6}Z-\d", d) for d in runs),
              "two runs made %r" % runs)
        check(sorted(os.listdir(keys)) == [d + ".key" for d in runs], "keys %r for runs %r" %
              (os.listdir(keys), runs))
        for d in runs:
            r = subprocess.run([SOCKWATCH, "verify", "--json", "--key-file",
                                os.path.join(keys, d + ".key"), os.path.join(parent, d)],
                               capture_output=True, text=True)
            check(r.returncode == 0 and json.loads(r.stdout)["manifest"]["seals_checked"],
                  "verify %s with its key: %s" % (d, r.stdout))
        # the other run's key proves nothing
        r = subprocess.run([SOCKWATCH, "verify", "--key-file", os.path.join(keys, runs[0] +
                            ".key"), os.path.join(parent, runs[1])], capture_output=True,
                           text=True)
        check(r.returncode != 0, "verify with another run's key passed: %s" % r.stdout)
        fresh = os.path.join(os.path.dirname(parent), "fresh")
        r = subprocess.run([SOCKWATCH, "record", "--output-under", fresh, "-d", "0.3",
                            "-e", "listen"], capture_output=True, text=True, timeout=60)
        check(r.returncode == 0 and oct(os.stat(fresh).st_mode & 0o777) == "0o700",
              "a missing PARENT is made 0700: %s" % r.stderr)
        r = subprocess.run([SOCKWATCH, "record", "-o", parent, "--output-under", parent],
                           capture_output=True, text=True)
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1,
              "-o with --output-under: %d %r" % (r.returncode, r.stderr))
    finally:
        shutil.rmtree(os.path.dirname(parent), ignore_errors=True)


def test_package_build_depends_on_what_the_build_needs():
    """scripts/deps.sh names what a build needs; debian/control must too,
    or `make deb` breaks on a clean machine when someone adds a library."""
    with open(os.path.join(ROOT, "scripts", "deps.sh")) as f:
        needs = re.search(r'^NEEDS="\n(.*?)^"', f.read(), re.M | re.S).group(1)
    wanted = set(line.split(":")[-1] for line in needs.split())
    # the compilers and make are build-essential (Policy 4.2: never listed);
    # the rest run tests, not the build
    wanted -= {"gcc", "g++", "make", "python3", "iproute2", "util-linux"}
    with open(os.path.join(ROOT, "debian", "control")) as f:
        control = f.read()
    build_deps = re.search(r"^Build-Depends:(.*?)^\S", control, re.M | re.S).group(1)
    have = set(re.findall(r"([a-z0-9][a-z0-9+.-]+)", re.sub(r"\(.*?\)|<.*?>", "", build_deps)))
    missing = sorted(wanted - have)
    check(not missing, "debian/control Build-Depends lacks %s (scripts/deps.sh needs them)"
          % missing)
