#!/usr/bin/env python3
"""Runs the end-to-end tests: every test_* function in tests/e2e/test_*.py.

Prints PASS/FAIL/SKIP per test (SKIP with its reason) and a summary line
'N passed, N failed, N skipped'. Exit status 1 if any test failed.
"""
import argparse
import importlib.util
import os
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sockwatch", default="build/sockwatch")
    ap.add_argument("-k", action="append",
                    help="only tests whose name contains this (repeatable: any of them)")
    ap.add_argument("--dir", default=HERE,
                    help="the tests' directory (tests/fleet: make test-fleet)")
    ap.add_argument("--summary-file", help="append 'passed failed skipped' here")
    a = ap.parse_args()
    os.environ["SOCKWATCH"] = os.path.abspath(a.sockwatch)
    # For a SANITIZE=1 build: tests that LD_PRELOAD a fault injector put it
    # ahead of the ASan runtime, which is fine for them.
    os.environ.setdefault("ASAN_OPTIONS", "verify_asan_link_order=0")
    sys.path.insert(0, HERE)
    import swtest

    swtest.SOCKWATCH = os.environ["SOCKWATCH"]
    passed = failed = skipped = 0
    for fn in sorted(os.listdir(a.dir)):
        if not (fn.startswith("test_") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(a.dir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for name in sorted(n for n in dir(mod) if n.startswith("test_")):
            full = "%s::%s" % (fn[:-3], name)
            if a.k and not any(k in full for k in a.k):
                continue
            t0 = time.monotonic()
            try:
                getattr(mod, name)()
            except swtest.Skip as e:
                skipped += 1
                print("SKIP %s: %s" % (full, e), flush=True)
                continue
            except Exception:
                failed += 1
                print("FAIL %s\n%s" % (full, traceback.format_exc()), flush=True)
                continue
            finally:
                left = swtest.reap_monitors()
                if left:
                    print("NOTE %s left %d sockwatch running: killed" % (full, left), flush=True)
            passed += 1
            print("PASS %s (%.1fs)" % (full, time.monotonic() - t0), flush=True)
    print("e2e: %d passed, %d failed, %d skipped" % (passed, failed, skipped), flush=True)
    if a.summary_file:
        with open(a.summary_file, "a") as f:
            f.write("%d %d %d\n" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
