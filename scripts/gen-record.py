#!/usr/bin/env python3
"""Synthetic sockwatch records, for the report tests and its benchmark.

A record is what `sockwatch record -o DIR` writes: gzip JSON Lines
segments in DIR, one JSON object per line, each segment a series of gzip
members that state their size (user/evidence/segment_gz.h; --legacy
writes each segment as one plain gzip stream, as sockwatch did before). Event lines have the fields of
`sockwatch --json` (ts, event, pid, tid, ppid, uid, comm, cgroup_id, netns,
proto, family, laddr, lport, raddr, rport, port, port_class, service, role,
in_progress, result, error); meta lines are
  {"event":"record_start", ...}   first line of the first segment
  {"event":"snapshot", ... + "state"}   sockets that existed at start
  {"event":"drop","ts":..,"lost":N,"total":M}
  {"event":"record_stop", ...}    last line of the last segment
plus manifest.jsonl, the SHA-256 chain of user/evidence/manifest.h (--no-manifest
leaves it out).

Two uses:
  gen-record.py DIR --events N [--segment-events M] [--seed S]
      a random but plausible record of N events (the benchmark), mostly
      outbound connects from a few dozen processes to a few thousand
      destinations, with accepts, listeners, closes and failures.
  import as a module (importlib, the name has a dash): Record, ev(),
      snapshot(), for tests that need exact, known numbers.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import struct
import sys
import time
import zlib

SEGMENT_NAME = "seg-%06d.jsonl.gz"  # as user/evidence/manifest.h names them

# A few services the generator labels with; anything else is unnamed.
SERVICES = {
    ("tcp", 20): "ftp-data", ("tcp", 21): "ftp", ("tcp", 22): "ssh", ("tcp", 23): "telnet",
    ("tcp", 25): "smtp", ("udp", 53): "domain", ("tcp", 53): "domain", ("udp", 69): "tftp",
    ("tcp", 80): "http", ("udp", 123): "ntp", ("udp", 161): "snmp", ("tcp", 443): "https",
    ("tcp", 513): "login", ("tcp", 514): "shell", ("tcp", 3306): "mysql",
    ("tcp", 5432): "postgresql", ("tcp", 6379): "redis", ("tcp", 8080): "http-alt",
    ("tcp", 9090): "websm",
}

ERRORS = {-111: "ECONNREFUSED", -110: "ETIMEDOUT", -113: "EHOSTUNREACH", -98: "EADDRINUSE",
          -115: "EINPROGRESS", -101: "ENETUNREACH"}


MEMBER_IN = 1 << 20  # SEGGZ_MEMBER_IN: lines per member, bytes, about


class MemberWriter:
    """A segment as the recorder writes it (user/evidence/segment_gz.h):
    gzip members of whole lines, about MEMBER_IN bytes of text each (the
    recorder also ends one at every flush, which a busy recorder rarely
    reaches first), each with its size in an 'SW' extra field. A text
    file object, like gzip.open(name, "wt")."""

    def __init__(self, path, level=6):
        self.f = open(path, "wb")
        self.level = level
        self.pending = []
        self.size = 0

    def write(self, text):
        self.pending.append(text)
        self.size += len(text)
        if self.size >= MEMBER_IN:
            data = "".join(self.pending)
            self.pending, self.size = [], 0
            at = 0
            while len(data) - at >= MEMBER_IN:
                cut = data.find("\n", at + MEMBER_IN - 1)
                if cut < 0:
                    break
                self._member(data[at:cut + 1])
                at = cut + 1
            if at < len(data):
                self.pending, self.size = [data[at:]], len(data) - at

    def _member(self, text):
        raw = text.encode()
        z = zlib.compressobj(self.level, zlib.DEFLATED, -15)
        body = z.compress(raw) + z.flush()
        size = 20 + len(body) + 8
        xfl = 4 if self.level < 2 else 2 if self.level == 9 else 0
        head = b"\x1f\x8b\x08\x04" + struct.pack("<IBB", 0, xfl, 3) + struct.pack("<H", 8) + \
            b"SW" + struct.pack("<HI", 4, size)
        self.f.write(head + body + struct.pack("<II", zlib.crc32(raw), len(raw) & 0xffffffff))

    def close(self):
        if self.size:
            self._member("".join(self.pending))
        self.pending, self.size = [], 0
        self.f.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_segment_file(path, legacy, level):
    if legacy:
        return gzip.open(path, "wt", compresslevel=level)
    return MemberWriter(path, level)


def port_class(p):
    return "well-known" if p < 1024 else "registered" if p < 49152 else "dynamic"


def rfc3339(ns):
    s, frac = divmod(ns, 1000000000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%06dZ" % (frac // 1000)


def parse_rfc3339(text):
    """Only the form this module writes (and sockwatch writes)."""
    import calendar
    base, frac = text.rstrip("Z").split(".")
    return calendar.timegm(time.strptime(base, "%Y-%m-%dT%H:%M:%S")) * 10**9 + int(frac) * 1000


def ev(kind, ts_ns, comm="proc", pid=100, uid=0, proto="tcp", laddr="127.0.0.1", lport=0,
       raddr=None, rport=None, role=None, result=0, in_progress=False, netns=4026531840,
       service="auto", family=None):
    """One event line as a dict, labeled the way sockwatch labels it."""
    if role is None:
        role = {"connect": "outbound", "accept": "inbound", "listen": "listener"}.get(kind)
    if family is None:
        family = "ipv6" if ":" in laddr else "ipv4"
    has_remote = kind in ("connect", "accept") or (kind == "close" and role != "listener")
    if not has_remote:
        raddr = rport = None
    else:
        raddr = raddr if raddr is not None else ("::" if family == "ipv6" else "0.0.0.0")
        rport = rport or 0
    if role == "outbound":
        port = rport
    elif role is None and rport and rport < lport:
        port = rport
    else:
        port = lport
    if service == "auto":
        service = SERVICES.get((proto, port))
    return {
        "ts": rfc3339(ts_ns), "event": kind, "pid": pid, "tid": pid, "ppid": 1, "uid": uid,
        "comm": comm, "cgroup_id": 1, "netns": netns, "proto": proto, "family": family,
        "laddr": laddr, "lport": lport, "raddr": raddr, "rport": rport, "port": port,
        "port_class": port_class(port), "service": service, "role": role,
        "in_progress": in_progress, "result": result,
        "error": ERRORS.get(result, "E%d" % -result) if result < 0 else None,
    }


def snapshot(ts_ns, state="listen", **kw):
    """state as `sockwatch snapshot` names it: listen, bound (unconnected
    UDP), established, syn-sent, connected (UDP), ..."""
    d = ev("listen" if state in ("listen", "bound") else "connect", ts_ns, **kw)
    d["event"] = "snapshot"
    d["state"] = state
    return d


def record_start(ts_ns, host="testhost", kernel="6.1.0-test", version="test",
                 ephemeral=(32768, 60999), record_id="0" * 32, seq=1):
    d = {"event": "record_start", "ts": rfc3339(ts_ns), "record_id": record_id, "seq": seq,
         "format": 1, "host": host, "kernel": kernel, "sockwatch": version}
    if ephemeral:
        d["ip_local_port_range"] = list(ephemeral)
    return d


def record_stop(ts_ns, events=None):
    d = {"event": "record_stop", "ts": rfc3339(ts_ns)}
    if events is not None:
        d["events"] = events
    return d


def drop(ts_ns, lost, total):
    return {"event": "drop", "ts": rfc3339(ts_ns), "lost": lost, "total": total}


class Manifest:
    """manifest.jsonl as user/evidence/manifest.h specifies it: a SHA-256 chain."""

    def __init__(self, path, record_id=None, host="testhost", kernel="6.1.0-test",
                 version="test", started_ns=0):
        self.path = path
        self.record_id = record_id or os.urandom(16).hex()
        self.prev = hashlib.sha256(b"sockwatch-record-chain-v1\n" +
                                   self.record_id.encode()).digest()
        self.lines = []
        self.append('{"type":"record","format":1,"record_id":"%s","host":%s,"kernel":%s,'
                    '"sockwatch":%s,"started":"%s","rotate_size":67108864,'
                    '"rotate_interval_ms":3600000,"keep":0,"flush_ms":1000' %
                    (self.record_id, json.dumps(host), json.dumps(kernel),
                     json.dumps(version), rfc3339(started_ns)))

    def append(self, body):
        chain = hashlib.sha256(self.prev + body.encode()).digest()
        self.prev = chain
        self.lines.append(body + ',"chain":"%s"}\n' % chain.hex())

    def segment(self, seq, path, start_ns, end_ns, events, drops=0):
        with open(path, "rb") as f:
            data = f.read()
        self.append('{"type":"segment","seq":%d,"file":"%s","bytes":%d,"sha256":"%s",'
                    '"start":"%s","end":"%s","events":%d,"drops":%d' %
                    (seq, os.path.basename(path), len(data), hashlib.sha256(data).hexdigest(),
                     rfc3339(start_ns), rfc3339(end_ns), events, drops))

    def stop(self, ts_ns, events, drops, segments, reason="sigint"):
        self.append('{"type":"stop","ts":"%s","reason":"%s","events":%d,"drops":%d,'
                    '"segments":%d' % (rfc3339(ts_ns), reason, events, drops, segments))

    def write(self):
        with open(os.path.join(self.path, "manifest.jsonl"), "w") as f:
            f.write("".join(self.lines))


def _ts_of(line):
    try:
        return parse_rfc3339(json.loads(line)["ts"])
    except (ValueError, KeyError, TypeError):
        return 0


class Record:
    """Segments of lines, written as gzip JSON Lines, with a manifest
    (unless manifest=False). Lines go to the current segment; cut() starts
    the next. record_start lines are the caller's (see record_start())."""

    def __init__(self, path, manifest=True, record_id=None, legacy=False):
        self.path = path
        self.manifest = manifest
        self.legacy = legacy
        self.record_id = record_id or os.urandom(16).hex()
        self.segments = [[]]
        self.stopped = None   # (ts_ns, events, drops) for the stop entry

    def add(self, d):
        self.segments[-1].append(d if isinstance(d, str) else
                                 json.dumps(d, separators=(",", ":")))

    def cut(self):
        self.segments.append([])

    def stop(self, ts_ns, events, drops=0):
        self.stopped = (ts_ns, events, drops)

    def write(self):
        os.makedirs(self.path, exist_ok=True)
        names = []
        first = self.segments[0][0] if self.segments[0] else "{}"
        head = json.loads(first) if first.startswith("{") else {}
        mf = Manifest(self.path, self.record_id, head.get("host", "testhost"),
                      head.get("kernel", "6.1.0-test"), head.get("sockwatch", "test"),
                      _ts_of(first)) if self.manifest else None
        for seq, lines in enumerate(self.segments, 1):
            name = os.path.join(self.path, SEGMENT_NAME % seq)
            with open_segment_file(name, self.legacy, 6) as f:
                for line in lines:
                    f.write(line + "\n")
            names.append(name)
            if mf:
                ts = [_ts_of(l) for l in lines] or [0]
                mf.segment(seq, name, min(ts), max(ts),
                           sum(1 for l in lines if '"event":"' in l and not
                               any(m in l for m in META)))
        if mf:
            if self.stopped:
                mf.stop(self.stopped[0], self.stopped[1], self.stopped[2], len(names))
            mf.write()
        return names


META = ('"event":"record_start"', '"event":"record_stop"', '"event":"snapshot',
        '"event":"drop"')


# ---- the random benchmark record -------------------------------------

COMMS = ["curl", "nginx", "sshd", "postgres", "redis-server", "python3", "java", "node",
         "chronyd", "systemd-resolve", "apt", "dockerd", "containerd", "kubelet", "envoy",
         "haproxy", "mysqld", "telnet", "ftp", "snmpd", "backup-agent", "prometheus",
         "grafana", "consul", "vault", "nomad", "rsync", "git", "wget", "firefox"]

OUT_PORTS = [("tcp", 443)] * 40 + [("tcp", 80)] * 10 + [("udp", 53)] * 15 + \
    [("tcp", 5432)] * 8 + [("tcp", 6379)] * 6 + [("tcp", 22)] * 3 + [("tcp", 8080)] * 3 + \
    [("tcp", 23), ("tcp", 21), ("udp", 161), ("udp", 123), ("tcp", 9100), ("tcp", 51234)]

LISTENERS = [("sshd", 0, "tcp", "0.0.0.0", 22), ("nginx", 33, "tcp", "0.0.0.0", 443),
             ("nginx", 33, "tcp", "::", 80), ("postgres", 105, "tcp", "127.0.0.1", 5432),
             ("redis-server", 106, "tcp", "127.0.0.1", 6379), ("snmpd", 0, "udp", "0.0.0.0", 161),
             ("python3", 1000, "tcp", "0.0.0.0", 40000), ("java", 1001, "tcp", "::", 8080),
             ("chronyd", 0, "udp", "127.0.0.1", 323)]


def bench_record(path, n, per_segment, seed, start_ns, manifest=True, legacy=False, level=6,
                 host="bench-host"):
    rnd = random.Random(seed)
    dests4 = ["10.%d.%d.%d" % (rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
              for _ in range(3000)]
    dests6 = ["2001:db8::%x" % rnd.randrange(1, 65535) for _ in range(500)]
    peers = ["192.168.%d.%d" % (rnd.randrange(256), rnd.randrange(1, 255)) for _ in range(2000)]
    step = 100000  # 10k events per second
    ts = start_ns
    dumps = json.JSONEncoder(separators=(",", ":")).encode
    # the id follows from the seed too: the same seed, the same lines, whatever the format
    mf = Manifest(path, record_id="%032x" % random.Random(-seed).getrandbits(128),
                  host=host, version="bench", started_ns=start_ns) \
        if manifest else None
    rid = mf.record_id if mf else "0" * 32
    seg = {"seq": 0, "out": None, "start": ts, "events": 0, "lost": 0}
    lost_total = 0

    def close_segment():
        if not seg["out"]:
            return
        seg["out"].close()
        if mf:
            mf.segment(seg["seq"], os.path.join(path, SEGMENT_NAME % seg["seq"]), seg["start"],
                       ts, seg["events"], seg["lost"])

    def open_segment():
        close_segment()
        seg.update(seq=seg["seq"] + 1, start=ts, events=0, lost=0)
        seg["out"] = out = open_segment_file(os.path.join(path, SEGMENT_NAME % seg["seq"]),
                                             legacy, level)
        # every segment starts with record_start and the snapshot, as record does
        out.write(dumps(record_start(ts, host=host, version="bench", record_id=rid,
                                     seq=seg["seq"])) + "\n")
        for comm, uid, proto, addr, port in LISTENERS:
            out.write(dumps(snapshot(ts, state="listen" if proto == "tcp" else "bound",
                                     comm=comm, uid=uid, proto=proto, laddr=addr,
                                     lport=port)) + "\n")
        out.write(dumps({"event": "snapshot_end", "ts": rfc3339(ts),
                         "sockets": len(LISTENERS), "owned": len(LISTENERS),
                         "procs_denied": 0}) + "\n")
        return out

    os.makedirs(path, exist_ok=True)
    out = open_segment()
    cache = {}
    buf = []
    written = 0

    def template(key, d):
        # the parts that do not vary per line are rendered once; ts, ports
        # and addresses are formatted per event
        tpl = cache.get(key)
        if tpl is None:
            tpl = cache[key] = dumps(d).replace('"@R@"', '"%s"').replace('"@L@"', "%d") \
                .replace('"@P@"', "%d").replace('"ts":"1970-01-01T00:00:00.000000Z"',
                                                 '"ts":"%s"')
        return tpl

    while written < n:
        ts += step
        r = rnd.random()
        if r < 0.62:
            comm = COMMS[rnd.randrange(len(COMMS))]
            proto, port = OUT_PORTS[rnd.randrange(len(OUT_PORTS))]
            six = rnd.random() < 0.1
            raddr = dests6[rnd.randrange(len(dests6))] if six else dests4[rnd.randrange(len(dests4))]
            res = 0
            if rnd.random() < 0.03:
                res = (-111, -110, -113)[rnd.randrange(3)]
            key = ("c", comm, proto, port, six, res)
            if key not in cache:
                d = ev("connect", 0, comm=comm, pid=2000 + COMMS.index(comm), uid=1000,
                       proto=proto, laddr="::" if six else "10.0.0.5", lport=1,
                       raddr="@R@", rport=port, result=res)
                d["lport"] = "@L@"
            else:
                d = None
            buf.append(template(key, d) % (rfc3339(ts), rnd.randrange(32768, 61000), raddr))
        elif r < 0.80:
            comm, uid, proto, addr, port = LISTENERS[rnd.randrange(3)]
            key = ("a", comm, port)
            if key not in cache:
                d = ev("accept", 0, comm=comm, pid=3000 + port, uid=uid, laddr=addr, lport=port,
                       raddr="@R@", rport=1)
                d["rport"] = "@P@"
            else:
                d = None
            buf.append(template(key, d) % (rfc3339(ts), peers[rnd.randrange(len(peers))],
                                           rnd.randrange(32768, 61000)))
        elif r < 0.97:
            comm = COMMS[rnd.randrange(len(COMMS))]
            key = ("x", comm)
            if key not in cache:
                d = ev("close", 0, comm=comm, pid=2000 + COMMS.index(comm), uid=1000,
                       laddr="10.0.0.5", lport=1, raddr="@R@", rport=443, role="outbound")
                d["lport"] = "@L@"
            else:
                d = None
            buf.append(template(key, d) % (rfc3339(ts), rnd.randrange(32768, 61000),
                                           dests4[rnd.randrange(len(dests4))]))
        else:
            comm, uid, proto, addr, port = LISTENERS[rnd.randrange(len(LISTENERS))]
            kind = "listen" if proto == "tcp" and rnd.random() < 0.5 else "bind"
            buf.append(dumps(ev(kind, ts, comm=comm, pid=3000 + port, uid=uid, proto=proto,
                                laddr=addr, lport=port, role="listener")))
        written += 1
        seg["events"] += 1
        if written % 500000 == 0:
            lost_total += 7
            seg["lost"] += 7
            buf.append(dumps(drop(ts, 7, lost_total)))
        if len(buf) >= 10000:
            out.write("\n".join(buf) + "\n")
            buf = []
        if written % per_segment == 0 and written < n:
            if buf:
                out.write("\n".join(buf) + "\n")
                buf = []
            out = open_segment()
    if buf:
        out.write("\n".join(buf) + "\n")
    ts += step
    out.write(dumps({"event": "record_stop", "ts": rfc3339(ts), "reason": "sigint",
                     "events": n, "drops": lost_total, "segments": seg["seq"]}) + "\n")
    close_segment()
    if mf:
        mf.stop(ts, n, lost_total, seg["seq"])
        mf.write()
    return seg["seq"], lost_total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--events", type=int, default=100000)
    ap.add_argument("--segment-events", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", default="2026-01-05T09:00:00.000000Z")
    ap.add_argument("--no-manifest", action="store_true",
                    help="segments only: the report then says 'no manifest'")
    ap.add_argument("--legacy", action="store_true",
                    help="each segment one gzip stream, as sockwatch wrote them before "
                    "members carried their size")
    ap.add_argument("--host", default="bench-host", help="the recording host's name")
    ap.add_argument("--level", type=int, default=6,
                    help="gzip level (the recorder's default is 6)")
    a = ap.parse_args()
    t0 = time.monotonic()
    segs, lost = bench_record(a.dir, a.events, a.segment_events, a.seed,
                              parse_rfc3339(a.start), manifest=not a.no_manifest,
                              legacy=a.legacy, level=a.level, host=a.host)
    print("%s: %d events in %d segments, %d lost, %.1fs" %
          (a.dir, a.events, segs, lost, time.monotonic() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
