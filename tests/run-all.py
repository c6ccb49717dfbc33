#!/usr/bin/env python3
"""The whole suite, as `make test` runs it: every unit-test binary, then the
end-to-end tests. Ends with one line CI reads:
    tests: N passed, N failed, N skipped
Skips are listed with their reasons; exit status 1 if anything failed."""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run_unit(binary):
    r = subprocess.run([binary], capture_output=True, text=True)
    out = r.stdout + r.stderr
    sys.stdout.write(out)
    count = lambda tag: sum(int(m) for m in re.findall(r"^\[  %s\s*\] (\d+) test" % tag, out, re.M))
    passed, failed, skipped = count("PASSED"), count("FAILED"), count("SKIPPED")
    if r.returncode and not failed:
        failed = 1  # crashed before cmocka could count
        print("FAIL %s exited with status %d" % (binary, r.returncode))
    return passed, failed, skipped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--unit-only", action="store_true")
    a = ap.parse_args()
    totals = [0, 0, 0]
    for binary in sorted(glob.glob(os.path.join(a.build, "tests", "test_*"))):
        if binary.endswith(".d"):
            continue
        for i, n in enumerate(run_unit(binary)):
            totals[i] += n
    if not a.unit_only:
        with tempfile.NamedTemporaryFile("r") as summary:
            r = subprocess.run([sys.executable, os.path.join(HERE, "e2e", "run.py"),
                                "--sockwatch", os.path.join(a.build, "sockwatch"),
                                "--summary-file", summary.name])
            line = summary.read().split()
            if len(line) == 3:
                for i, n in enumerate(map(int, line)):
                    totals[i] += n
            elif r.returncode:
                totals[1] += 1
                print("FAIL the end-to-end runner itself failed (status %d)" % r.returncode)
    print("tests: %d passed, %d failed, %d skipped" % tuple(totals))
    return 1 if totals[1] else 0


if __name__ == "__main__":
    sys.exit(main())
