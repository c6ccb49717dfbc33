#!/usr/bin/env python3
"""Where a storm's BPF time goes: the kernel's own count of each program's
runs and run time (sysctl kernel.bpf_stats_enabled, read with bpftool),
per operation of a loadgen storm, for one or more sockwatch binaries or
option sets, alternated round by round so that a machine's drift falls on
every variant alike.

    sudo python3 scripts/bpf-cost.py --load tcp --count 20000 --rounds 9 \\
        base=build/sockwatch:--json nomatch=build/sockwatch:--port,1

Each VARIANT is NAME=BINARY[:ARG,ARG...]. Prints, per variant, the median
BPF nanoseconds per operation over the rounds, each program's share and
the load's wall time per operation. The statistics add two clock reads to
every program run, so a program that returns at once still shows some
100 ns: compare variants, not absolute figures. Needs root, bpftool and
build/loadgen; the load runs in a network namespace of its own. Timing is
reported, never judged.
"""
import argparse
import json
import statistics
import subprocess
import time

import storm_variants


def snap():
    out = subprocess.check_output(["bpftool", "prog", "show", "-j"])
    return {p["id"]: p for p in json.loads(out)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--load", default="tcp", help="a loadgen load (default tcp)")
    ap.add_argument("--count", type=int, default=20000, help="operations per round")
    ap.add_argument("--rounds", type=int, default=7, help="rounds per variant")
    ap.add_argument("--loadgen", default="build/loadgen")
    ap.add_argument("variants", nargs="+", metavar="NAME=BINARY[:ARG,...]")
    a = ap.parse_args()
    variants = storm_variants.parse("bpf-cost", a.variants)
    ns = storm_variants.netns_up("swcost-")
    with open("/proc/sys/kernel/bpf_stats_enabled") as f:
        was = f.read().strip()
    res = {name: {"tot": [], "wall": [], "per": {}} for name, _, _ in variants}
    try:
        subprocess.run(["sysctl", "-qw", "kernel.bpf_stats_enabled=1"], check=True)
        for _ in range(a.rounds):
            for name, binary, args in variants:
                mon = subprocess.Popen([binary] + args, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
                try:
                    time.sleep(1.5)  # attached, and its opening work done
                    before = snap()
                    out = subprocess.run(["ip", "netns", "exec", ns, a.loadgen, a.load,
                                          str(a.count)], capture_output=True, text=True,
                                         timeout=300, check=True).stdout
                    after = snap()
                finally:
                    mon.terminate()
                    mon.wait(timeout=30)
                tot = 0
                for pid, p in after.items():
                    q = before.get(pid)
                    if not q or "run_cnt" not in p:
                        continue
                    runs = p["run_cnt"] - q.get("run_cnt", 0)
                    ns_spent = p["run_time_ns"] - q.get("run_time_ns", 0)
                    if runs < a.count // 2:
                        continue  # not the storm's (a process event, a timer)
                    tot += ns_spent
                    res[name]["per"].setdefault(p.get("name"), []).append(ns_spent / a.count)
                res[name]["tot"].append(tot / a.count)
                res[name]["wall"].append(json.loads(out)["seconds"] / a.count * 1e9)
    finally:
        subprocess.run(["sysctl", "-qw", "kernel.bpf_stats_enabled=" + was])
        subprocess.run(["ip", "netns", "del", ns])
    print("%s, %d operations per round, %d rounds, medians" % (a.load, a.count, a.rounds))
    for name, d in res.items():
        print("%-12s BPF %6.0f ns/op (rounds: %s); load %6.0f ns/op wall" % (
            name, statistics.median(d["tot"]), " ".join("%.0f" % t for t in d["tot"]),
            statistics.median(d["wall"])))
        for prog, v in sorted(d["per"].items(), key=lambda kv: -statistics.median(kv[1])):
            print("    %-28s %6.0f ns/op" % (prog, statistics.median(v)))


if __name__ == "__main__":
    main()
