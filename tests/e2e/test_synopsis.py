"""Each command's --help, its option table and the README's synopsis agree.

The help of tail and record is printed from their option rows
(user/cmd/capture_cli.h), so every option the help lists must be one the
command takes: each is given to the command, followed by an option that
does not exist, and the command must complain about the second, not the
first (nothing runs: the usage error comes first). The other way round,
every row of a command's option table (user/cmd/COMMAND.c, read as text)
must be in its --help. Every option the README's Options block shows for a
command must be in its --help. Needs no root."""
import os
import re
import subprocess

from swtest import SOCKWATCH, check

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LONG = re.compile(r"(?<![\w-])--[a-z0-9][a-z0-9-]*")
SHORT = re.compile(r"(?<![\w-])-[A-Za-z0-9](?=,\s*--)")
BOGUS = "--zz-not-an-option"


def commands():
    out = subprocess.run([SOCKWATCH, "help"], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^  ([a-z]+)\s", out.split("Commands:", 1)[1], re.M)


def help_options(cmd):
    r = subprocess.run([SOCKWATCH, cmd, "--help"], capture_output=True, text=True)
    check(r.returncode == 0, "sockwatch %s --help: exit %d" % (cmd, r.returncode))
    opts = set()
    for line in r.stdout.splitlines():
        if re.match(r"\s+-", line):
            opts.update(LONG.findall(line))
            opts.update(SHORT.findall(line))
    return opts


def readme_synopsis():
    """{command: options} from the README's Options block."""
    with open(os.path.join(ROOT, "README.md")) as f:
        text = f.read()
    block = text.split("## Options", 1)[1].split("```", 2)[1]
    out, cmd = {}, None
    for line in block.splitlines():
        m = re.match(r"sockwatch (\[tail\]|[a-z]+)", line)
        if m:
            cmd = "tail" if m.group(1) == "[tail]" else m.group(1)
        if cmd:
            out.setdefault(cmd, set()).update(LONG.findall(line))
    return out


def test_every_help_option_is_taken():
    for cmd in commands():
        for opt in sorted(help_options(cmd) - {"--help", "-h"}):
            r = subprocess.run([SOCKWATCH, cmd, opt, "x", BOGUS], capture_output=True,
                               text=True, timeout=30)
            check("unknown option '%s'" % opt not in r.stderr,
                  "sockwatch %s --help lists %s, which it does not take: %r"
                  % (cmd, opt, r.stderr))
            check(r.returncode != 0, "sockwatch %s %s x %s exited 0" % (cmd, opt, BOGUS))


# A row of a getopt table ({ "name", has_arg, ...) or of a cli_option table
# ({ "name", 'x', has_arg, ...), and a macro that stands for a getopt row.
ROW = re.compile(r'\{\s*"([a-z][a-z0-9-]*)"\s*,\s*(?:[^,{}"]+,\s*)?(?:no|required|optional)_argument')
ROW_MACRO = re.compile(r"\b([A-Z][A-Z0-9_]*_LONGOPT_[A-Z0-9_]+)\b")


def table_options(cmd):
    """The long options in the command's own source's option tables."""
    path = os.path.join(ROOT, "user", "cmd", cmd + ".c")
    with open(path) as f:
        src = f.read()
    opts = {"--" + n for n in ROW.findall(src)}
    for macro in set(ROW_MACRO.findall(src)):
        found = False
        for d, _, files in os.walk(os.path.join(ROOT, "user")):
            for name in files:
                if name.endswith(".h"):
                    with open(os.path.join(d, name)) as f:
                        m = re.search(r"#define %s (.*)" % macro, f.read())
                    if m:
                        opts.update("--" + n for n in ROW.findall(m.group(1)))
                        found = True
        check(found, "user/cmd/%s.c uses %s, defined in no header under user/" % (cmd, macro))
    return opts


def test_every_table_option_is_in_help():
    for cmd in commands():
        opts = table_options(cmd)
        check(opts, "no option rows found in user/cmd/%s.c" % cmd)
        missing = opts - help_options(cmd)
        check(not missing, "sockwatch %s takes %s (its option table), but its --help does not "
              "list them" % (cmd, sorted(missing)))


def test_readme_synopsis_options_are_in_help():
    syn = readme_synopsis()
    check({"tail", "record", "report", "verify"} <= set(syn),
          "README's Options block lacks commands: %r" % sorted(syn))
    for cmd, opts in syn.items():
        missing = opts - help_options(cmd)
        check(not missing, "README shows %s for sockwatch %s; its --help does not"
              % (sorted(missing), cmd))
