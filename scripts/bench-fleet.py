#!/usr/bin/env python3
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
"""Benchmark the fleet store, against a real clickhouse-server started here
(tests/e2e/chserver.py: loopback port, temporary directory, no systemd).

1. Ship throughput: `sockwatch ship` of a SHIP_EVENTS-event record (default
   1,000,000) into an empty database, against `clickhouse-client` inserting
   the same lines (zcat of the same segments, FORMAT JSONEachRow) into an
   empty table of the same schema. Both decompress and send the lines; ship
   also verifies, hashes and numbers them. Events/s of each and their ratio,
   median of ROUNDS rounds (default 3) run alternately.
2. The fleet report: HOSTS records (default 50) of EVENTS events each
   (default 200,000) are shipped once; then `report --clickhouse` over the
   whole fleet, against the HOSTS single-host reports of the same records
   run one after another (what an auditor would do without a store). Median
   of ROUNDS.

Absolute times do not carry between machines; the ratios, measured side by
side in one run, do. Records are generated once (scripts/gen-record.py) and
cached in $BENCH_DIR (default /var/tmp/sockwatch-bench).

    scripts/bench-fleet.py --sockwatch build/sockwatch [--out build/bench-fleet.md]
"""
import argparse
import concurrent.futures
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))
from chserver import ClickHouse  # noqa: E402

BENCH_DIR = os.environ.get("BENCH_DIR", "/var/tmp/sockwatch-bench")
ROUNDS = int(os.environ.get("ROUNDS", "3"))
HOSTS = int(os.environ.get("HOSTS", "50"))
EVENTS = int(os.environ.get("EVENTS", "200000"))
SHIP_EVENTS = int(os.environ.get("SHIP_EVENTS", "1000000"))


def record(name, host, events, seed):
    """A cached synthetic record."""
    path = os.path.join(BENCH_DIR, name)
    if not os.path.exists(path + ".complete"):
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen-record.py"), path,
                        "--events", str(events), "--segment-events", "1000000",
                        "--seed", str(seed), "--host", host], check=True,
                       stderr=subprocess.DEVNULL)
        open(path + ".complete", "w").close()
    return path


def timed(cmd, **kw):
    t0 = time.monotonic()
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    dt = time.monotonic() - t0
    if r.returncode:
        raise SystemExit("bench-fleet: %s failed (%d): %s" % (cmd[:3], r.returncode,
                                                              r.stderr.strip()[-500:]))
    return dt


def client_insert(ch, db, rec):
    """clickhouse-client inserting the record's lines as they are."""
    segs = sorted(os.path.join(rec, f) for f in os.listdir(rec) if f.startswith("seg-"))
    client = shutil.which("clickhouse-client")
    if not client:
        raise SystemExit("bench-fleet: needs clickhouse-client (apt-get install clickhouse-client)")
    t0 = time.monotonic()
    zcat = subprocess.Popen(["zcat"] + segs, stdout=subprocess.PIPE)
    r = subprocess.run([client, "--port", str(ch.tcp), "--input_format_skip_unknown_fields=1",
                        "--query", "INSERT INTO %s.events FORMAT JSONEachRow" % db],
                       stdin=zcat.stdout, capture_output=True, text=True)
    zcat.stdout.close()
    zcat.wait()
    dt = time.monotonic() - t0
    if r.returncode or zcat.returncode:
        raise SystemExit("bench-fleet: clickhouse-client failed: " + r.stderr.strip()[-500:])
    return dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sockwatch", default="build/sockwatch")
    ap.add_argument("--out", default="build/bench-fleet.md")
    a = ap.parse_args()
    sw = os.path.abspath(a.sockwatch)
    os.makedirs(BENCH_DIR, exist_ok=True)
    print("bench-fleet: generating records (once; cached in %s)..." % BENCH_DIR, file=sys.stderr)
    ship_rec = record("fleet-ship-%d" % SHIP_EVENTS, "ship-host", SHIP_EVENTS, 7)
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        fleet = list(pool.map(lambda i: record("fleet-%d-h%03d" % (EVENTS, i), "host-%03d" % i,
                                               EVENTS, 1000 + i), range(HOSTS)))
    lines = sum(int(l) for l in [subprocess.run(
        "zcat %s/seg-*.gz | wc -l" % ship_rec, shell=True, capture_output=True,
        text=True).stdout])
    ch = ClickHouse().start()
    try:
        url = ch.url
        ship_t, client_t = [], []
        for i in range(ROUNDS):
            db = "bship%d" % i
            ship_t.append(timed([sw, "ship", "--clickhouse", url, "--database", db, ship_rec]))
            dbc = "bclient%d" % i
            timed([sw, "ship", "--clickhouse", url, "--database", dbc, "--init"])
            client_t.append(client_insert(ch, dbc, ship_rec))
            ch.query("DROP DATABASE %s" % db)
            ch.query("DROP DATABASE %s" % dbc)
        ship_s, client_s = statistics.median(ship_t), statistics.median(client_t)

        t_fleet_ship = timed([sw, "ship", "--clickhouse", url, "--database", "fleet"] + fleet)
        fleet_events = HOSTS * EVENTS
        rep_t, single_t = [], []
        for i in range(ROUNDS):
            rep_t.append(timed([sw, "report", "--clickhouse", url, "--database", "fleet",
                                "-f", "json", "-o", "/dev/null"]))
            t0 = time.monotonic()
            for rec in fleet:
                timed([sw, "report", rec, "-f", "json", "-o", "/dev/null"])
            single_t.append(time.monotonic() - t0)
        rep_s, single_s = statistics.median(rep_t), statistics.median(single_t)
    finally:
        ch.stop()

    out = []
    out.append("## Fleet store (ClickHouse %s), %s" % (
        subprocess.run(["clickhouse-client", "--version"], capture_output=True,
                       text=True).stdout.split()[-1].rstrip(".") if shutil.which("clickhouse-client")
        else "?", time.strftime("%Y-%m-%d")))
    out.append("")
    out.append("| measure | sockwatch | alternative | time ratio (sockwatch / alternative) |")
    out.append("|---|---:|---:|---:|")
    out.append("| ship %d lines (%d events): lines/s, vs clickhouse-client inserting the same "
               "lines | %.0f | %.0f | %.2f |" % (lines, SHIP_EVENTS, lines / ship_s,
                                                lines / client_s, ship_s / client_s))
    out.append("| fleet report over %d hosts x %d events, vs %d single-host reports: s | %.2f "
               "| %.2f | %.2f |" % (HOSTS, EVENTS, HOSTS, rep_s, single_s, rep_s / single_s))
    out.append("")
    out.append("Shipping the %d-host fleet (%d events) took %.1f s: %.0f events/s. Medians of %d "
               "round%s." % (HOSTS, fleet_events, t_fleet_ship, fleet_events / t_fleet_ship,
                           ROUNDS, "" if ROUNDS == 1 else "s"))
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
