#!/usr/bin/python3
"""Generate user/label/services_iana.c from Debian's copy of the IANA port registry.

Usage: scripts/gen-services.py [--input PATH] [--output PATH] [--date YYYY-MM-DD]
                               [--package-version VERSION]

The output depends only on the input file, the package version and the date
line, so regenerating from the same libwireshark-data gives a byte-identical
file when the date is pinned (--date, or SOURCE_DATE_EPOCH).

The grammar accepted here is deliberately the same one user/label/labels.c accepts
for overlay files (name, PORT[-PORT]/proto[/proto...], optional aliases,
'#' comments), except that this script is strict: anything it does not
understand aborts generation instead of being skipped, because a silently
shrunken table would only be noticed much later as missing labels.
"""

import argparse
import datetime
import hashlib
import os
import subprocess
import sys

DEFAULT_INPUT = "/usr/share/wireshark/services"
PACKAGE = "libwireshark-data"
IANA_URL = "https://www.iana.org/assignments/service-names-port-numbers"

# Same limits as the runtime parser in user/label/labels.c; keep them in sync.
NAME_MAX = 63
KNOWN_OTHER_PROTOS = {"sctp", "dccp", "ddp", "udplite", "divert"}
PROTO_BITS = {"tcp": 1, "udp": 2}


def die(msg):
    sys.stderr.write("gen-services: %s\n" % msg)
    sys.exit(1)


def parse_port(tok, where):
    lo, sep, hi = tok.partition("-")
    if not lo.isdigit() or (sep and not hi.isdigit()):
        die("%s: bad port %r" % (where, tok))
    lo = int(lo, 10)
    hi = int(hi, 10) if sep else lo
    if hi > 65535 or lo > hi:
        die("%s: port %r out of range" % (where, tok))
    return lo, hi


def read_services(path):
    """Return {(port, proto_bit): name}, first name in file order winning."""
    table = {}
    with open(path, "rb") as f:
        raw = f.read()
    for lineno, line in enumerate(raw.split(b"\n"), 1):
        where = "%s:%d" % (path, lineno)
        line = line.split(b"#", 1)[0].rstrip(b"\r")
        fields = line.split()
        if not fields:
            continue
        if len(fields) < 2 or b"/" not in fields[1]:
            die("%s: missing port/protocol" % where)
        name = fields[0]
        if len(name) > NAME_MAX:
            die("%s: name longer than %d bytes" % (where, NAME_MAX))
        if any(b < 0x21 or b > 0x7E for b in name):
            die("%s: name has non-printable bytes" % where)
        name = name.decode("ascii")
        port_tok, *protos = fields[1].decode("ascii", "replace").split("/")
        lo, hi = parse_port(port_tok, where)
        bits = 0
        for p in protos:
            p = p.lower()
            if p in PROTO_BITS:
                bits |= PROTO_BITS[p]
            elif p not in KNOWN_OTHER_PROTOS:
                die("%s: unknown protocol %r" % (where, p))
        for port in range(lo, hi + 1):
            for bit in PROTO_BITS.values():
                if bits & bit:
                    table.setdefault((port, bit), name)
    return raw, table


def build_entries(table):
    """Merge tcp+udp into one entry when both name the port identically.

    Most IANA registrations cover both protocols with one name, so merging
    roughly halves the table compared with one row per (port, proto).
    """
    entries = []
    for port in sorted({p for p, _ in table}):
        t = table.get((port, 1))
        u = table.get((port, 2))
        if t is not None and t == u:
            entries.append((port, 3, t))
        else:
            if t is not None:
                entries.append((port, 1, t))
            if u is not None:
                entries.append((port, 2, u))
    return entries


def build_pool(names):
    """Lay out a NUL-separated pool with suffix sharing.

    A name that is a suffix of another ("ssh" in "netconf-ssh") reuses the
    tail of the longer one. Sorting by reversed string puts every suffix
    right before a string that ends with it, so one linear pass finds them.
    Offset 0 holds an empty string so 0 can mean "no name" at runtime.
    """
    uniq = sorted(set(names), key=lambda n: (n[::-1], n))
    owner = {}  # name -> the longer name whose tail it shares (or itself)
    for n in uniq:
        owner[n] = n
    # Walk from the longest-in-chain backwards so chains resolve to the top.
    for i in range(len(uniq) - 2, -1, -1):
        n, nxt = uniq[i], uniq[i + 1]
        if nxt.endswith(n):
            owner[n] = owner[nxt]
    pool = [""]
    offsets = {}
    pos = 1
    # Emit owners in plain sorted order so the pool reads alphabetically.
    for n in sorted(set(owner.values())):
        offsets[n] = pos
        pool.append(n)
        pos += len(n) + 1
    for n in uniq:
        o = owner[n]
        offsets[n] = offsets[o] + len(o) - len(n)
    return pool, offsets, pos


def c_string(s):
    out = []
    for ch in s:
        c = ord(ch)
        # '?' is escaped so no "??x" trigraph sequence can appear.
        if 0x20 <= c <= 0x7E and ch not in '"\\?':
            out.append(ch)
        else:
            out.append("\\%03o" % c)
    return "".join(out)


def c_comment(s):
    return s.replace("*/", "*\\/")


def package_version(override):
    if override:
        return override
    try:
        return subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", PACKAGE],
            check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        die("cannot get %s version (%s); pass --package-version" % (PACKAGE, e))


def gen_date(arg):
    if arg:
        try:
            datetime.date.fromisoformat(arg)
        except ValueError:
            die("--date must be YYYY-MM-DD")
        return arg
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        ts = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
    else:
        ts = datetime.datetime.now(datetime.timezone.utc)
    return ts.strftime("%Y-%m-%d")


def render(args, raw, entries, pool, offsets, pool_size, version, date):
    o = []
    w = o.append
    w("/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */")
    w("/*")
    w(" * GENERATED FILE - do not edit; regenerate with scripts/gen-services.py")
    w(" *")
    w(" * Source:   %s" % args.input)
    w(" * Package:  %s %s" % (PACKAGE, version))
    w(" * SHA-256:  %s" % hashlib.sha256(raw).hexdigest())
    w(" * Registry: IANA Service Name and Transport Protocol Port Number Registry,")
    w(" *           %s" % IANA_URL)
    w(" * Date:     %s" % date)
    w(" *")
    w(" * TCP and UDP entries only (sctp/dccp dropped). When the registry names")
    w(" * the same port/proto more than once, the first name in file order wins.")
    w(" * %d entries, %d-byte name pool." % (len(entries), pool_size))
    w(" */")
    w("")
    w('#include "labels.h"')
    w("")
    w("#define T SERVICES_IANA_TCP")
    w("#define U SERVICES_IANA_UDP")
    w("#define TU (SERVICES_IANA_TCP | SERVICES_IANA_UDP)")
    w("")
    # The literal's own terminator ends the last name, so the array is
    # exactly pool_size bytes with no unterminated-string trickery.
    # __extension__ keeps -pedantic builds quiet about the literal being
    # longer than the 4095 bytes ISO C guarantees; GCC and clang have no
    # such limit.
    w("const char services_iana_pool[] = __extension__")
    for i, n in enumerate(pool):
        sep = "\\000" if i + 1 < len(pool) else ""
        w('\t"%s%s"' % (c_string(n), sep))
    w("\t;")
    w("")
    w("_Static_assert(sizeof(services_iana_pool) == %d, \"pool layout\");"
      % pool_size)
    w("const size_t services_iana_pool_size = sizeof(services_iana_pool);")
    w("")
    w("const struct services_iana_entry services_iana_table[%d] = {" % len(entries))
    label = {1: "T", 2: "U", 3: "TU"}
    for port, bits, name in entries:
        w("\t{ %5d, %-2s, %5d }, /* %s */" % (port, label[bits], offsets[name],
                                                c_comment(name)))
    w("};")
    w("")
    w("const size_t services_iana_count =")
    w("\tsizeof(services_iana_table) / sizeof(services_iana_table[0]);")
    w("")
    return "\n".join(o)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--output",
                    default=os.path.join(here, "..", "user", "label", "services_iana.c"))
    ap.add_argument("--date", help="date line, YYYY-MM-DD (default: "
                    "SOURCE_DATE_EPOCH, else today in UTC)")
    ap.add_argument("--package-version",
                    help="skip dpkg-query and record this version")
    args = ap.parse_args()

    raw, table = read_services(args.input)
    entries = build_entries(table)
    pool, offsets, pool_size = build_pool([n for _, _, n in entries])
    if pool_size > 0x10000:
        # name_off is uint16_t; widening it costs 2 bytes per entry, so fail
        # loudly rather than do it silently.
        die("name pool is %d bytes, over the 16-bit offset limit" % pool_size)
    text = render(args, raw, entries, pool, offsets, pool_size,
                  package_version(args.package_version), gen_date(args.date))

    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.output)
    sys.stderr.write("gen-services: %s: %d entries (%d tcp+udp ports), "
                     "%d-byte pool\n" % (os.path.normpath(args.output),
                                         len(entries), len(table), pool_size))


if __name__ == "__main__":
    main()
