"""Files others can write are refused (sockwatch runs as root), unless
--insecure-files accepts the risk. A refusal is the file's state, not the
command line's: exit 1, as for a file that is missing or unreadable."""
import os
import shutil
import tempfile

from swtest import check, require_root, run_cmd


def test_world_writable_services_file_is_refused():
    d = tempfile.mkdtemp(prefix="swtrust-")
    try:
        path = os.path.join(d, "services")
        with open(path, "w") as f:
            f.write("mine 8080/tcp\n")
        os.chmod(path, 0o666)
        for cmd in (["label", "8080/tcp"], ["snapshot"], ["tail", "--count", "1"]):
            r = run_cmd(*(cmd[:1] + ["--services", path] + cmd[1:]))
            check(r.returncode == 1, "%r: status %d" % (cmd, r.returncode))
            check(r.stderr.count("\n") == 1 and "writable by every user" in r.stderr and
                  path in r.stderr and "--insecure-files" in r.stderr, repr(r.stderr))
        r = run_cmd("label", "--json", "--insecure-files", "--services", path, "8080/tcp")
        check(r.returncode == 0 and '"service":"mine"' in r.stdout, repr(r))
        check("warning" in r.stderr, "accepting the risk still says so: %r" % r.stderr)
        os.chmod(path, 0o644)
        os.chmod(d, 0o777)  # not sticky: anyone could replace the file
        r = run_cmd("label", "--services", path, "8080")
        check(r.returncode == 1 and "in a directory writable by every user" in r.stderr,
              repr(r.stderr))
    finally:
        shutil.rmtree(d)


def test_world_writable_record_dir_is_refused():
    require_root()
    d = tempfile.mkdtemp(prefix="swtrust-")
    try:
        os.chmod(d, 0o777)
        r = run_cmd("record", "-o", d, "--duration", "1")
        check(r.returncode == 1 and "writable by every user" in r.stderr, repr(r.stderr))
        check(os.listdir(d) == [], "refused record left files: %r" % os.listdir(d))
        sub = os.path.join(d, "rec")
        r = run_cmd("record", "-o", sub, "--duration", "1")
        check(r.returncode == 1 and "in a directory writable" in r.stderr, repr(r.stderr))
        check(not os.path.exists(sub), "refused record left its directory behind")
    finally:
        shutil.rmtree(d)


def test_group_writable_approved_file_is_refused():
    d = tempfile.mkdtemp(prefix="swtrust-")
    try:
        path = os.path.join(d, "approved")
        with open(path, "w") as f:
            f.write("listen tcp 22 -- ssh for admins\n")
        os.chown(path, 0, 100)
        os.chmod(path, 0o664)
        r = run_cmd("report", "--approved", path, d)
        check(r.returncode == 1 and "writable by group 100" in r.stderr, repr(r.stderr))
    finally:
        shutil.rmtree(d)
