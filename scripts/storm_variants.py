"""What scripts/bpf-cost.py and scripts/storm-profile.py share: the
variants they compare (NAME=BINARY[:ARG,ARG...]) and the network
namespace their loopback storms run in."""
import subprocess
import sys
import uuid


def parse(tool, specs):
    """[(name, binary, [args])] from NAME=BINARY[:ARG,...] strings; an
    argument cannot hold a comma."""
    variants = []
    for v in specs:
        name, sep, rest = v.partition("=")
        if not sep:
            sys.exit("%s: %r is not NAME=BINARY[:ARG,...]" % (tool, v))
        binary, _, args = rest.partition(":")
        variants.append((name, binary, args.split(",") if args else []))
    return variants


def netns_up(prefix):
    """A new network namespace with loopback up; its name."""
    ns = prefix + uuid.uuid4().hex[:8]
    subprocess.run(["ip", "netns", "add", ns], check=True)
    subprocess.run(["ip", "-n", ns, "link", "set", "lo", "up"], check=True)
    return ns
