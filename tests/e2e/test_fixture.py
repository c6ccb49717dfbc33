"""A record made before the restructure (issue 8), reported now.

tests/fixtures/rec-20k is a real record of 20,000 events that the sockwatch
of commit b318e3c wrote (tests/fixtures/make-record.sh says how), and
rec-20k.expected holds what that sockwatch's report and verify printed for
it. Refactoring must not change a byte of them. Only the two values that
name the run itself are masked: when the report was generated and which
sockwatch generated it.

A change that means to alter the report regenerates rec-20k.expected in the
same commit and says why."""
import json
import os
import re
import shutil
import subprocess
import tempfile

from swtest import check, fail, SOCKWATCH

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(HERE), "fixtures")
EXPECTED = os.path.join(FIX, "rec-20k.expected")

# (pattern, replacement): the report's generation time and version
MASKS = [
    (rb"(\| Generated \| )[^|]*( \|)", rb"\1GENERATED\2"),
    (rb"(<th>Generated</th><td>)[^<]*", rb"\1GENERATED"),
    (rb"(meta,generated_at,+)[^\n]*", rb"\1GENERATED"),
    (rb'("generated_at":)"[^"]*"', rb'\1"GENERATED"'),
    (rb"(meta,generated_by,+)[^\n]*", rb"\1VERSION"),
    (rb'("generated_by":)"[^"]*"', rb'\1"VERSION"'),
    (rb"(; report by )[^ |<]*", rb"\1VERSION"),
]


def mask(data):
    for pat, rep in MASKS:
        data = re.sub(pat, rep, data)
    return data


def run_in(tmp, *args):
    r = subprocess.run([SOCKWATCH] + list(args), cwd=tmp, capture_output=True, timeout=120)
    if r.returncode:
        fail("sockwatch %s: exit %d: %s" % (" ".join(args), r.returncode,
                                             r.stderr.decode(errors="replace")))
    return r.stdout


def compare(name, got):
    with open(os.path.join(EXPECTED, name), "rb") as f:
        want = f.read()
    if mask(got) == mask(want):
        return
    g, w = mask(got).splitlines(), mask(want).splitlines()
    for i, (a, b) in enumerate(zip(g, w)):
        if a != b:
            fail("%s differs from the pre-change output at line %d:\n  was: %r\n  now: %r"
                 % (name, i + 1, b[:300], a[:300]))
    fail("%s differs from the pre-change output in length: %d lines, was %d"
         % (name, len(g), len(w)))


def fixture_copy(tmp):
    # a private copy: record directories must not be writable by others
    dst = os.path.join(tmp, "rec-20k")
    shutil.copytree(os.path.join(FIX, "rec-20k"), dst)
    os.chmod(dst, 0o700)
    shutil.copy(os.path.join(FIX, "approved"), os.path.join(tmp, "approved"))
    os.chmod(os.path.join(tmp, "approved"), 0o600)


def test_fixture_report_unchanged():
    with tempfile.TemporaryDirectory() as tmp:
        fixture_copy(tmp)
        for fmt in ("md", "json", "csv", "html"):
            run_in(tmp, "report", "rec-20k", "-f", fmt, "--approved", "approved",
                   "-o", "out." + fmt)
            with open(os.path.join(tmp, "out." + fmt), "rb") as f:
                compare("report." + fmt, f.read())
        compare("plain.md", run_in(tmp, "report", "rec-20k"))
        compare("window.json", run_in(tmp, "report", "rec-20k", "-f", "json",
                                      "--since", "2026-12-02T02:25:45Z",
                                      "--until", "2026-12-02T02:25:47.5Z"))


def test_fixture_still_verifies_intact():
    """verify grows fields (manifest format 2 and its seals came after the
    fixture), so its verdicts are compared, not its bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        fixture_copy(tmp)
        got = json.loads(run_in(tmp, "verify", "--json", "rec-20k"))
        with open(os.path.join(EXPECTED, "verify.json")) as f:
            want = json.load(f)
        check(got["ok"] is True, "verify --json does not say ok: %r" % got)
        for k in ("problems", "record_id", "events", "drops", "stopped", "stop_reason"):
            check(got[k] == want[k], "verify: %s is %r, was %r" % (k, got[k], want[k]))
        check(got["manifest"]["status"] == "intact" and
              got["manifest"]["chain_head"] == want["manifest"]["chain_head"],
              "verify: manifest %r" % got["manifest"])
        segs = [(s["file"], s["status"], s["sha256"], s["events"]) for s in got["segments"]]
        check(segs == [(s["file"], s["status"], s["sha256"], s["events"])
                       for s in want["segments"]] and all(s[1] == "intact" for s in segs),
              "verify: segments %r" % segs)
        text = subprocess.run([SOCKWATCH, "verify", "rec-20k"], cwd=tmp, capture_output=True)
        check(text.returncode == 0, "verify exits %d" % text.returncode)
