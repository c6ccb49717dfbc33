#!/usr/bin/env python3
"""Where a storm's extra time goes: the load's own CPU samples (perf
record, cpu-clock), by kernel symbol, without sockwatch and with each
variant, alternated round by round, summed into the parts a monitor adds.

    sudo python3 scripts/storm-profile.py --load tcp --count 20000 --rounds 5 \\
        json=build/sockwatch:--json nomatch=build/sockwatch:--port,1

Each VARIANT is NAME=BINARY[:ARG,ARG...] (an argument cannot hold a
comma). The load runs in a network namespace of its own; over loopback
its packets are processed in its own context (softirq on its CPU), so
its samples hold every state change and hook that its operations cause.
Not counted: the monitor's own process, and whatever the hypervisor
takes. Prints, per part, the samples a variant added as a share of the
baseline's: sample counts, not timings, and perf's sampling itself slows
the load, so compare the parts, not the total with a wall-time ratio.
Needs root, perf (Debian's linux-perf) and build/loadgen. Reported,
never judged.
"""
import argparse
import collections
import re
import statistics
import subprocess
import tempfile
import time

import storm_variants

# First match wins. The names are the kernel's (6.x) and the JIT's
# (bpf_prog_<tag>_<name>).
PARTS = [
    ("BPF programs", r"^bpf_prog_"),
    ("tracing program dispatch", r"^(bpf_trace_run\d|__bpf_trace_|__traceiter_|"
                                 r"__bpf_prog_(enter|exit)|inet_sk_state_store$)"),
    ("syscall trace events", r"^(perf_syscall_(enter|exit)|syscall_(exit|enter)_work|"
                             r"trace_call_bpf|perf_trace_buf_|perf_swevent_get_recursion)"),
    ("cgroup hook dispatch", r"^__cgroup_bpf_run_filter_"),
    ("maps", r"^(lookup_nulls_elem_raw|htab_|__htab_|bpf_lru_|free_htab_elem|"
             r"alloc_htab_elem|pcpu_freelist|bpf_percpu_lru|bpf_common_lru|"
             r"bpf_timer|hrtimer_)"),
    ("ring buffer", r"^(bpf_ringbuf_|__bpf_ringbuf_|irq_work)"),
    ("clock reads", r"^(ktime_get|pvclock_|kvm_clock_|read_tsc|native_sched_clock)"),
    ("other helpers", r"^(bpf_get_current_|copy_from_kernel_nofault|bpf_probe_read|"
                      r"bpf_get_smp_processor_id|bpf_task_pt_regs|bpf_get_socket_cookie)"),
]


def samples(perf_data):
    out = subprocess.run(["perf", "report", "-i", perf_data, "--no-children", "--sort", "sym",
                          "-g", "none", "-q", "-n", "-t", "\t"],
                         capture_output=True, text=True, check=True).stdout
    by_sym = collections.Counter()
    for line in out.splitlines():
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 3 or not cols[1].isdigit():
            continue
        by_sym[cols[2].split()[-1]] += int(cols[1])
    return by_sym


def part_of(sym):
    for name, rx in PARTS:
        if re.search(rx, sym):
            return name
    return "the rest (the load's own work, and noise)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--load", default="tcp", help="a loadgen load (default tcp)")
    ap.add_argument("--count", type=int, default=20000, help="operations per round")
    ap.add_argument("--rounds", type=int, default=5, help="rounds per variant")
    ap.add_argument("--freq", type=int, default=4999, help="perf's sampling rate, Hz")
    ap.add_argument("--loadgen", default="build/loadgen")
    ap.add_argument("variants", nargs="+", metavar="NAME=BINARY[:ARG,...]")
    a = ap.parse_args()
    variants = [("baseline", None, [])] + storm_variants.parse("storm-profile", a.variants)
    ns = storm_variants.netns_up("swprof-")
    totals = {name: [] for name, _, _ in variants}
    parts = {name: collections.defaultdict(list) for name, _, _ in variants}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(a.rounds):
                for name, binary, args in variants:
                    mon = None
                    if binary:
                        mon = subprocess.Popen([binary] + args, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL)
                        time.sleep(1.5)  # attached, and its opening work done
                    data = "%s/%s.data" % (tmp, name)
                    try:
                        subprocess.run(["perf", "record", "-q", "-e", "cpu-clock",
                                        "-F", str(a.freq), "-o", data, "--",
                                        "ip", "netns", "exec", ns, a.loadgen, a.load,
                                        str(a.count)],
                                       capture_output=True, timeout=300, check=True)
                    finally:
                        if mon:
                            mon.terminate()
                            mon.wait(timeout=30)
                    by_sym = samples(data)
                    totals[name].append(sum(by_sym.values()))
                    by_part = collections.Counter()
                    for sym, n in by_sym.items():
                        by_part[part_of(sym)] += n
                    for p in [n for n, _ in PARTS] + [part_of("")]:
                        parts[name][p].append(by_part[p])
    finally:
        subprocess.run(["ip", "netns", "del", ns])
    base = statistics.median(totals["baseline"])
    print("%s, %d operations per round, %d rounds, medians; samples of the load's own "
          "context, as a share of the baseline's %d" % (a.load, a.count, a.rounds, base))
    names = [n for n, _, _ in variants[1:]]
    print("%-44s %s" % ("part", " ".join("%10s" % n for n in names)))
    for p in [n for n, _ in PARTS] + [part_of("")]:
        row = []
        for n in names:
            extra = statistics.median(parts[n][p]) - statistics.median(parts["baseline"][p])
            row.append("%+9.1f%%" % (100.0 * extra / base))
        print("%-44s %s" % (p, " ".join(row)))
    print("%-44s %s" % ("all", " ".join(
        "%+9.1f%%" % (100.0 * (statistics.median(totals[n]) - base) / base) for n in names)))


if __name__ == "__main__":
    main()
