"""A real ClickHouse server for the fleet tests: Debian's clickhouse-server,
started as a plain process (no systemd) on free loopback ports, with its
configuration and data in a temporary directory that goes away with it.

ClickHouse(users={"auditor": "s3cret"}) adds a user with a password besides
`default` (no password). ClickHouse(cluster=[other, ...]) writes a
remote_servers entry "fleet" whose shards are this server and the others,
for Distributed tables.
"""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from swtest import Skip

SERVER = shutil.which("clickhouse-server") or (
    "/usr/sbin/clickhouse-server" if os.path.exists("/usr/sbin/clickhouse-server") else None)
START_TIMEOUT = 60.0


_given = set()


def free_port():
    """A loopback port free now and not handed out before in this run: two
    servers started one after the other must not be given the same one
    (one's interserver port being the other's HTTP port, say)."""
    while True:
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        if port not in _given:
            _given.add(port)
            return port


CONFIG = """<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>{d}/log/server.log</log>
    <errorlog>{d}/log/error.log</errorlog><console>0</console></logger>
  <http_port>{http}</http_port>
  <tcp_port>{tcp}</tcp_port>
  <interserver_http_port>{inter}</interserver_http_port>
  <listen_host>127.0.0.1</listen_host>
  <path>{d}/data/</path>
  <tmp_path>{d}/tmp/</tmp_path>
  <user_files_path>{d}/user_files/</user_files_path>
  <format_schema_path>{d}/format_schemas/</format_schema_path>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <users_config>users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
  <remote_servers>{cluster}</remote_servers>
</yandex>
"""

USER = """<{name}><password>{pw}</password><networks><ip>127.0.0.1</ip></networks>
<profile>default</profile><quota>default</quota></{name}>"""


class ClickHouse:
    def __init__(self, users=None, shards=None):
        if not SERVER:
            raise Skip("clickhouse-server is not installed (apt-get install clickhouse-server)")
        self.dir = tempfile.mkdtemp(prefix="swch-")
        os.chmod(self.dir, 0o755)
        self.http, self.tcp, self.inter = free_port(), free_port(), free_port()
        self.url = "http://127.0.0.1:%d" % self.http
        self.proc = None
        self.users = {"default": ""}
        self.users.update(users or {})
        self.shards = shards

    def cluster_xml(self, tcp_ports):
        shards = "".join("<shard><replica><host>127.0.0.1</host><port>%d</port></replica>"
                         "</shard>" % p for p in tcp_ports)
        return "<fleet>%s</fleet>" % shards

    def start(self, cluster_tcp_ports=()):
        d = self.dir
        for sub in ("log", "data", "tmp", "user_files", "format_schemas"):
            os.makedirs(os.path.join(d, sub), exist_ok=True)
        with open(os.path.join(d, "config.xml"), "w") as f:
            f.write(CONFIG.format(d=d, http=self.http, tcp=self.tcp, inter=self.inter,
                                  cluster=self.cluster_xml(cluster_tcp_ports)
                                  if cluster_tcp_ports else ""))
        with open(os.path.join(d, "users.xml"), "w") as f:
            f.write('<?xml version="1.0"?><yandex><profiles><default/></profiles><users>%s'
                    '</users><quotas><default/></quotas></yandex>' %
                    "".join(USER.format(name=n, pw=p) for n, p in self.users.items()))
        self.log = open(os.path.join(d, "log", "stdout"), "w")
        self.proc = subprocess.Popen([SERVER, "--config-file=" + os.path.join(d, "config.xml")],
                                     stdout=self.log, stderr=subprocess.STDOUT, cwd=d)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("clickhouse-server exited (%d): %s" % (
                    self.proc.returncode, self.tail_log()))
            try:
                with urllib.request.urlopen(self.url + "/ping", timeout=1) as r:
                    if r.read().strip() == b"Ok.":
                        return self
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.1)
        self.stop()
        raise AssertionError("clickhouse-server did not answer within %.0f s" % START_TIMEOUT)

    def tail_log(self):
        try:
            with open(os.path.join(self.dir, "log", "error.log")) as f:
                return f.read()[-2000:]
        except OSError:
            return "(no log)"

    def query(self, sql, user="default", password=""):
        """Run sql; the response body as text (raises on an HTTP error)."""
        req = urllib.request.Request(self.url + "/?" + urllib.parse.urlencode(
            {"user": user, "password": password}), data=sql.encode())
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.read().decode()
        except urllib.error.HTTPError as e:
            raise AssertionError("ClickHouse: %s: %s" % (sql, e.read().decode()[:500]))

    def scalar(self, sql):
        return self.query(sql).strip()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc:
            self.log.close()
        self.proc = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
