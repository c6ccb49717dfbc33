"""Prometheus metrics of tail and record, end to end: counters checked
against the events the same run printed, the exposition checked by
promtool, scraped by a real Prometheus on loopback, and written atomically
for node_exporter's textfile collector."""
import collections
import glob
import json
import os
import random
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

from swtest import Monitor, Netns, Skip, check, fail, require_root, run_cmd, SOCKWATCH

# The workload's process name, and so tail's --comm filter: this run's own,
# as other make test runs on the host run the same workload at the same time.
COMM = "swmet%06x" % random.randrange(1 << 24)

# One process: a listener on 127.0.0.1:8080, N connections to it, each
# accepted and closed, then the listener closed.
WORKLOAD = r"""
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 8080)); s.listen()
for i in range(N):
    c = socket.create_connection(("127.0.0.1", 8080)); a, _ = s.accept()
    c.close(); a.close()
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 53)); u.close()
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port):
    with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=5) as r:
        check(r.headers["Content-Type"].startswith("text/plain; version=0.0.4"),
              "Content-Type %r" % r.headers["Content-Type"])
        return r.read().decode()


def samples(text):
    """{(name, frozenset(labels)): value} of an exposition."""
    out = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = re.fullmatch(r'([a-z_]+)(?:\{(.*)\})? (\S+)', line)
        check(m, "not a sample line: %r" % line)
        labels = frozenset(re.findall(r'(\w+)="([^"]*)"', m.group(2) or ""))
        out[(m.group(1), labels)] = float(m.group(3))
    return out


def promtool_ok(text):
    if not shutil.which("promtool"):
        raise Skip("promtool is not installed (scripts/deps.sh test installs prometheus)")
    r = subprocess.run(["promtool", "check", "metrics"], input=text, capture_output=True,
                       text=True)
    check(r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(),
          "promtool check metrics: exit %d %s%s" % (r.returncode, r.stdout, r.stderr))


def event_counts(s, by=("event", "proto", "port_class")):
    """Event counters summed over the labels not in `by`."""
    out = collections.Counter()
    for k, v in s.items():
        if k[0] == "sockwatch_events_total":
            out[tuple(dict(k[1])[b] for b in by)] += v
    return dict(out)


def test_tail_metrics_count_what_tail_printed_and_pass_promtool():
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="swmet-")
    os.chmod(tmp, 0o777)  # tail writes the file as nobody
    path = os.path.join(tmp, "sockwatch.prom")
    try:
        with Netns() as ns:
            m = Monitor("--comm", COMM, "--metrics", "127.0.0.1:%d" % port,
                        "--metrics-file", path)
            check(any("metrics at http://127.0.0.1:%d/metrics" % port in l
                      for l in m.stderr_lines), "no metrics line: %r" % m.stderr_lines)
            before = scrape(port)
            promtool_ok(before)
            check(all(v == 0 for v in event_counts(samples(before)).values()),
                  "counters before any traffic")
            series = [k for k in samples(before) if k[0] == "sockwatch_events_total"]
            check(len(series) == 6 * 2 * 3 * 4 and
                  all(("approved", "unknown") in k[1] for k in series) and
                  {dict(k[1])["via"] for k in series} ==
                  {"syscall", "syscall32", "io_uring", "kernel"},
                  "every event/proto/port_class/via series exists from the start, "
                  "approved=\"unknown\" without --metrics-approved: %r" % series[:8])
            ns.run("N = 5\n" + WORKLOAD, comm=COMM)
            # served live: wait (bounded) until the scrape shows the workload
            key = ("sockwatch_events_total", frozenset({("event", "connect"), ("proto", "tcp"),
                                                        ("port_class", "registered"),
                                                        ("via", "syscall"),
                                                        ("approved", "unknown")}))
            deadline = time.monotonic() + 20
            while True:
                live = samples(scrape(port))
                if live[key] >= 5 or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            check(live[key] == 5, "live connect count %r" % live[key])
            check(m.stop() == 0, "tail exit status")
            printed = collections.Counter((e["event"], e["proto"], e["port_class"])
                                          for e in m.events())
            check(printed[("connect", "tcp", "registered")] == 5 and
                  printed[("bind", "udp", "well-known")] == 1,
                  "the workload's events: %r" % printed)
            check(live[("sockwatch_events_dropped_total", frozenset())] == 0, "drops")
            check(live[("sockwatch_bpf_runs_skipped_total", frozenset())] == 0, "skipped")
            check(0 <= live[("sockwatch_ring_fill_max_ratio", frozenset())] < 1, "ring fill")
            info = [k for k in live if k[0] == "sockwatch_build_info"]
            check(len(info) == 1 and ("command", "tail") in info[0][1], "build_info %r" % info)
        # the file: written at exit, the same counts, valid, no temporary left
        with open(path) as f:
            text = f.read()
        promtool_ok(text)
        counted = {k: v for k, v in event_counts(samples(text)).items() if v}
        check(counted == dict(printed),
              "metrics at exit %r != events printed %r" % (counted, dict(printed)))
        check(os.listdir(tmp) == ["sockwatch.prom"], "left in the directory: %r"
              % os.listdir(tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_metrics_http_thread_holds_no_capabilities():
    port = free_port()
    m = Monitor("--metrics", str(port), "-e", "listen")
    try:
        scrape(port)
        pid = m.proc.pid
        tasks = os.listdir("/proc/%d/task" % pid)
        check(len(tasks) >= 2, "no HTTP thread: %r" % tasks)
        for tid in tasks:
            with open("/proc/%d/task/%s/status" % (pid, tid)) as f:
                status = dict(l.split(":", 1) for l in f.read().splitlines() if ":" in l)
            for cap in ("CapPrm", "CapEff", "CapBnd", "CapAmb"):
                check(int(status[cap], 16) == 0, "thread %s %s=%s" % (tid, cap, status[cap]))
            check(status["Uid"].split()[0] != "0", "thread %s runs as root" % tid)
    finally:
        m.stop()


def test_record_metrics_segments_and_last_flush():
    tmp = tempfile.mkdtemp(prefix="swmetrec-")
    path = os.path.join(tmp, "record.prom")
    try:
        m = Monitor("record", "-o", os.path.join(tmp, "rec"), "--metrics-file", path,
                    "-e", "listen", json_out=False)
        time.sleep(1.5)
        t0 = time.time()
        check(m.stop() == 0, "record exit status")
        with open(path) as f:
            text = f.read()
        promtool_ok(text)
        s = samples(text)
        check(s[("sockwatch_record_segments_total", frozenset())] == 1, "segments: %r" % s)
        # the selftest record ran at start, path by path
        paths = {dict(k[1])["path"]: v for k, v in s.items()
                 if k[0] == "sockwatch_selftest_path_seen"}
        check(set(paths) == {"syscall", "syscall32", "socketcall", "io_uring",
                             "io_uring_async", "io_uring_sqpoll"},
              "selftest paths in the metrics: %r" % paths)
        avail = {dict(k[1])["path"]: v for k, v in s.items()
                 if k[0] == "sockwatch_selftest_path_available"}
        check(set(avail) == set(paths) and
              all(v == 1 or p in ("syscall32", "socketcall") for p, v in avail.items()),
              "selftest paths available in the metrics: %r" % avail)
        # a path no process here can take (no int 0x80) is no blind spot
        check(s[("sockwatch_selftest_ok", frozenset())] ==
              (1 if all(paths[p] or not avail[p] for p in paths) else 0),
              "selftest_ok against the paths: %r" % s)
        st_ts = s[("sockwatch_selftest_timestamp_seconds", frozenset())]
        check(t0 - 10 < st_ts <= t0 + 1, "selftest time %f" % st_ts)
        flush = s[("sockwatch_record_last_flush_timestamp_seconds", frozenset())]
        check(t0 - 10 < flush <= t0 + 1, "last flush %f, stopped at %f" % (flush, t0))
        check(any(k[0] == "sockwatch_build_info" and ("command", "record") in k[1] for k in s),
              "build_info of record")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_metrics_approved_label_follows_the_approved_file():
    """--metrics-approved: connects and accepts of the approved service are
    approved="yes", the UDP bind no rule names is "no"; via names the path."""
    tmp = tempfile.mkdtemp(prefix="swmetap-")
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    os.chmod(out, 0o777)  # tail writes the file as nobody; the list stays root's
    os.chmod(tmp, 0o711)
    path = os.path.join(out, "m.prom")
    ap = os.path.join(tmp, "approved")
    with open(ap, "w") as f:
        f.write("listen  tcp 8080 process=%s addr=loopback -- the test service\n"
                "connect tcp 8080 process=%s -- its client\n" % (COMM, COMM))
    os.chmod(ap, 0o600)
    try:
        with Netns() as ns:
            m = Monitor("--comm", COMM, "--metrics-file", path, "--metrics-approved", ap)
            ns.run("N = 3\n" + WORKLOAD, comm=COMM)
            check(m.stop() == 0, "tail exit status: %r" % m.stderr_lines)
            printed = collections.Counter((e["event"], e["proto"]) for e in m.events())
        with open(path) as f:
            text = f.read()
        promtool_ok(text)
        got = {k: v for k, v in event_counts(samples(text), ("event", "proto", "via",
                                                              "approved")).items() if v}
        check(got.get(("connect", "tcp", "syscall", "yes")) == 3 and
              got.get(("accept", "tcp", "syscall", "yes")) == 3 and
              got.get(("listen", "tcp", "syscall", "yes")) == 1 and
              got.get(("bind", "udp", "syscall", "no")) == 1 and
              not any(k[3] == "no" and k[0] in ("connect", "accept", "listen")
                      for k in got), "approved labels: %r" % got)
        check(sum(got.values()) == sum(printed.values()), "counted %r, printed %r" %
              (got, printed))
        # without --metrics or --metrics-file it labels nothing: a usage error
        r = run_cmd("--metrics-approved", ap, "-d", "1")
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1 and
              "--metrics-approved" in r.stderr, "alone: %d %r" % (r.returncode, r.stderr))
        # a malformed file: one line naming FILE:LINE, exit 2
        with open(ap, "w") as f:
            f.write("listen tcp 8080\n")
        r = run_cmd("--metrics-file", path, "--metrics-approved", ap, "-d", "1")
        check(r.returncode == 2 and len(r.stderr.splitlines()) == 1 and ap + ":1" in r.stderr,
              "malformed: %d %r" % (r.returncode, r.stderr))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_metrics_bad_input_is_one_line():
    require_root()
    port = free_port()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        cases = [(["--metrics", "127.0.0.1:0"], 2, "port"),
                 (["--metrics", "1.2.3:80"], 2, "not an IP address"),
                 (["--metrics", "::1:9101"], 2, "brackets"),
                 (["--metrics", "127.0.0.1:%d" % port], 1, "cannot listen"),
                 (["--metrics-file", ""], 2, "empty"),
                 (["--metrics-file", "/nonexistent-dir/x.prom", "-e", "listen"], 1,
                  "cannot write")]
        for args, status, words in cases:
            for cmd in ([], ["record", "-o", tempfile.mkdtemp(prefix="swmetbad-") + "/r"]):
                r = subprocess.run([SOCKWATCH] + cmd + args + ["-d", "1"], capture_output=True,
                                   text=True, timeout=60)
                lines = [l for l in r.stderr.splitlines() if "seal key" not in l
                         and "attached" not in l]
                check(r.returncode == status and len(lines) >= 1 and words in lines[0],
                      "%r: exit %d, stderr %r" % (cmd + args, r.returncode, r.stderr))


def test_prometheus_scrapes_sockwatch():
    """A real Prometheus (Debian's), on loopback, scrapes tail's /metrics."""
    if not shutil.which("prometheus"):
        raise Skip("prometheus is not installed (scripts/deps.sh test installs it)")
    port, prom_port = free_port(), free_port()
    tmp = tempfile.mkdtemp(prefix="swprom-")
    with open(os.path.join(tmp, "prometheus.yml"), "w") as f:
        f.write("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                "scrape_configs:\n  - job_name: sockwatch\n    static_configs:\n"
                "      - targets: ['127.0.0.1:%d']\n" % port)
    m = Monitor("--metrics", "127.0.0.1:%d" % port, "-e", "listen")
    log = open(os.path.join(tmp, "prometheus.log"), "w+")
    prom = subprocess.Popen(["prometheus", "--config.file", os.path.join(tmp, "prometheus.yml"),
                             "--storage.tsdb.path", os.path.join(tmp, "data"),
                             "--web.listen-address", "127.0.0.1:%d" % prom_port],
                            stdout=subprocess.DEVNULL, stderr=log)
    try:
        query = ("http://127.0.0.1:%d/api/v1/query?query=" % prom_port +
                 urllib.request.quote('sockwatch_build_info{job="sockwatch"}'))
        got, deadline = None, time.monotonic() + 60
        while time.monotonic() < deadline and prom.poll() is None:
            try:
                with urllib.request.urlopen(query, timeout=2) as r:
                    res = json.load(r)["data"]["result"]
                if res:
                    got = res
                    break
            except OSError:
                pass
            time.sleep(0.5)
        if prom.poll() is not None:
            log.seek(0)
            fail("prometheus exited %d: %s" % (prom.returncode, log.read()[-2000:]))
        check(got, "prometheus never scraped sockwatch_build_info within 60 s")
        check(got[0]["metric"]["command"] == "tail" and got[0]["value"][1] == "1",
              "scraped %r" % got)
        up = "http://127.0.0.1:%d/api/v1/query?query=up" % prom_port
        with urllib.request.urlopen(up, timeout=5) as r:
            ups = json.load(r)["data"]["result"]
        check([u["value"][1] for u in ups] == ["1"], "up: %r" % ups)
    finally:
        prom.terminate()
        try:
            prom.wait(timeout=20)
        except subprocess.TimeoutExpired:
            prom.kill()
        m.stop()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
