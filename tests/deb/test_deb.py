#!/usr/bin/env python3
"""`make test-deb`: install the .deb with apt, check what it put on the
system, run the whole end-to-end suite against /usr/sbin/sockwatch, then
purge the package and check it left nothing. Needs root.

    tests/deb/test_deb.py build/deb/sockwatch_VERSION_ARCH.deb
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FILES = ["/usr/sbin/sockwatch", "/lib/systemd/system/sockwatch-record.service",
         "/usr/share/bash-completion/completions/sockwatch", "/etc/default/sockwatch",
         "/usr/share/doc/sockwatch/examples/approved", "/usr/share/man/man8/sockwatch.8.gz",
         "/usr/share/man/man8/sockwatch-record.8.gz"]
failures = []


def step(name, cmd, want=None, env=None, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, **kw)
    ok = r.returncode == 0 and (want is None or want in r.stdout)
    print("%s %s" % ("PASS" if ok else "FAIL", name), flush=True)
    if not ok:
        failures.append(name)
        print("  $ %s\n  exit %d\n%s%s" % (" ".join(cmd), r.returncode, r.stdout[-2000:],
                                            r.stderr[-2000:]), flush=True)
    return r


def main():
    if len(sys.argv) != 2 or not os.path.exists(sys.argv[1]):
        sys.exit("usage: test_deb.py PACKAGE.deb (make test-deb builds it)")
    if os.geteuid() != 0:
        sys.exit("test-deb installs a package: run it as root (sudo make test-deb)")
    if subprocess.run(["dpkg", "-s", "sockwatch"], capture_output=True).returncode == 0:
        sys.exit("sockwatch is installed already; test-deb would purge it: remove it first")
    if subprocess.run(["getent", "passwd", "sockwatch"], capture_output=True).returncode == 0:
        sys.exit("a sockwatch user exists already (make install made it?): test-deb checks "
                 "that the package makes and purges its own; remove it first (userdel sockwatch)")
    deb = os.path.abspath(sys.argv[1])
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    man_env = dict(os.environ, MANPAGER="cat", PAGER="cat", MANWIDTH="80")
    r = step("apt-get install " + os.path.basename(deb),
             ["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-qq",
              "--no-install-recommends", deb], env=env)
    if r.returncode:
        return 1
    try:
        for f in FILES:
            step("installed " + f, ["test", "-f", f])
        # the system user tail runs as: a system uid, no login, no home
        r = step("system user sockwatch made", ["getent", "passwd", "sockwatch"])
        f = r.stdout.strip().split(":")
        ok = (len(f) == 7 and int(f[2]) < 1000 and f[5] == "/nonexistent" and
              f[6] == "/usr/sbin/nologin" and not os.path.exists("/nonexistent"))
        print("%s system user sockwatch: system uid, nologin, no home: %r" %
              ("PASS" if ok else "FAIL", r.stdout.strip()), flush=True)
        if not ok:
            failures.append("system user fields")
        step("group sockwatch made", ["getent", "group", "sockwatch"])
        # tail, started as root, ends up running as that user
        # (polled: at most 100 times 0.1 s, until it has attached and switched)
        step("tail runs as the sockwatch user", ["sh", "-c",
             "/usr/sbin/sockwatch -d 30 --port 1 >/dev/null 2>&1 & p=$!; "
             "for i in $(seq 100); do u=$(ps -o user= -p $p); "
             "[ \"$u\" = sockwatch ] && break; sleep 0.1; done; "
             "echo \"user=$u\"; kill -INT $p; wait $p"], want="user=sockwatch")
        step("sockwatch label 22", ["/usr/sbin/sockwatch", "label", "22"], want="ssh")
        step("man sockwatch", ["man", "sockwatch"], want="sockwatch-record(8)", env=man_env)
        step("man --warnings sockwatch-record", ["sh", "-c",
             "man --warnings sockwatch-record 2>&1 >/dev/null | (! grep .)"], env=man_env)
        step("bash completion loads on demand", ["bash", "-c",
             ". /usr/share/bash-completion/bash_completion; _completion_loader sockwatch; "
             "complete -p sockwatch"], want="_sockwatch")
        step("systemd-analyze verify (installed unit)",
             ["sh", "-c", "systemd-analyze verify /lib/systemd/system/sockwatch-record.service "
              "2>&1 | (! grep .)"])
        r = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "e2e", "run.py"),
                            "--sockwatch", "/usr/sbin/sockwatch"])
        print("%s e2e suite against /usr/sbin/sockwatch" % ("FAIL" if r.returncode else "PASS"))
        if r.returncode:
            failures.append("e2e suite")
    finally:
        step("apt-get purge sockwatch", ["apt-get", "purge", "-y", "-qq", "sockwatch"], env=env)
        for f in FILES:
            step("purged " + f, ["test", "!", "-e", f])
        step("purged the sockwatch user", ["sh", "-c", "! getent passwd sockwatch"])
        step("purged the sockwatch group", ["sh", "-c", "! getent group sockwatch"])
        # the test made it (none existed before): never leave it behind
        subprocess.run(["sh", "-c", "getent passwd sockwatch >/dev/null && "
                        "deluser --system sockwatch; getent group sockwatch >/dev/null && "
                        "delgroup --system sockwatch"], capture_output=True)
    print("test-deb: %d failed%s" % (len(failures), ": " + ", ".join(failures) if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
