"""The fleet store's heavier end-to-end tests, run by `make test-fleet`
(and CI), not by `make test`: a Distributed table over two ClickHouse
servers (two shards on loopback ports), upgraded from the tables an older
sockwatch made, and `ship --follow` beside a running record. Helpers and
records come from tests/e2e/test_fleet.py."""
import os
import subprocess
import tempfile
import time

import swtest
from swtest import Netns, check, require_root
from chserver import ClickHouse
from test_fleet import (traffic, fresh_db, lines_of, old_store, record, report_json,
                        same_as_single, server, sw)


def test_fleet_distributed_over_two_shards():
    require_root()
    s1, s2 = ClickHouse(), ClickHouse()
    try:
        ports = (s1.tcp, s2.tcp)
        s1.start(ports)
        s2.start(ports)
        # the stores an older sockwatch made on both: a plain ship cannot
        # upgrade the other shard, and says what to run
        for s in (s1, s2):
            old_store(s, "sockwatch", cluster="fleet")
        a, b = record("fleet-a"), record("fleet-b")
        r = sw("ship", "--clickhouse", s1.url, a)
        check(r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and
              "--init --cluster NAME' on every server" in r.stderr, r.stderr)
        check(s1.scalar("SELECT count() FROM sockwatch.events") == "0", "shipped anyway")
        for s in (s1, s2):
            r = sw("ship", "--clickhouse", s.url, "--init", "--cluster", "fleet")
            check(r.returncode == 0 and "columns or tables added" in r.stdout, r.stdout + r.stderr)
            for t in ("events", "events_local"):
                check("container_id" in s.scalar(
                    "SELECT groupArray(name) FROM system.columns WHERE database = "
                    "'sockwatch' AND table = '%s'" % t), t + " not upgraded")
        r = sw("ship", "--clickhouse", s1.url, a, b)
        check(r.returncode == 0, r.stderr)
        # each shard holds one host's events (sharded by host)
        local = [s.scalar("SELECT groupUniqArray(host) FROM sockwatch.events_local")
                 for s in (s1, s2)]
        check(sorted(local) == ["['fleet-a']", "['fleet-b']"], local)
        total = lines_of(a) + lines_of(b)
        for s in (s1, s2):
            check(int(s.scalar("SELECT count() FROM sockwatch.events")) == total, "count")
        # shipping again through the other server inserts nothing
        r = sw("ship", "--clickhouse", s2.url, a, b)
        check(r.returncode == 0 and "0 segments shipped" in r.stdout, r.stdout + r.stderr)
        check(int(s1.scalar("SELECT count() FROM sockwatch.events")) == total, "twice")
        # the fleet report through either server is the single-host reports
        r, fleet = report_json("--clickhouse", s2.url)
        check(r.returncode == 0, r.stderr)
        for doc, d in zip(fleet["hosts"], (a, b)):
            same_as_single(doc, report_json(d)[1], "distributed " + doc["summary"]["host"])
        r = sw("verify", "--clickhouse", s1.url, b)
        check(r.returncode == 0, r.stdout)
    finally:
        s1.stop()
        s2.stop()


def test_fleet_ship_follow_ships_segments_as_they_close():
    ch = server()
    db = fresh_db()
    d = os.path.join(tempfile.mkdtemp(prefix="swfleet-"), "rec")
    with Netns() as ns:
        rec = subprocess.Popen(["unshare", "--uts", "sh", "-c", 'hostname fleet-f && exec "$@"',
                                "x", swtest.SOCKWATCH, "record", "-o", d, "--rotate-interval",
                                "1"], stderr=subprocess.PIPE, text=True)
        try:
            for line in rec.stderr:
                if "attached to" in line:
                    break
            ship = subprocess.Popen([swtest.SOCKWATCH, "ship", "--clickhouse", ch.url,
                                     "--database", db, "--follow", "--interval", "200ms", d],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            traffic(ns, "PORT = 4000\nN = 3\n")
            # segments reach the store while the record is still running
            deadline = time.monotonic() + 20
            shipped = 0
            while time.monotonic() < deadline and shipped < 2:
                time.sleep(0.3)
                try:
                    shipped = int(ch.scalar("SELECT count() FROM %s.segments WHERE status = "
                                            "'shipped'" % db))
                except AssertionError:
                    shipped = 0   # tables not created yet
            check(shipped >= 2 and rec.poll() is None,
                  "follow shipped %d segments while recording" % shipped)
        finally:
            rec.send_signal(2)
            rec.communicate(timeout=30)
        # once the record has stopped and its last segment is in, follow ends by itself
        out, err = ship.communicate(timeout=30)
    check(ship.returncode == 0, err)
    check(int(ch.scalar("SELECT count() FROM %s.events" % db)) == lines_of(d), "all lines")
    r = sw("verify", "--clickhouse", ch.url, "--database", db, d)
    check(r.returncode == 0, r.stdout + r.stderr)
