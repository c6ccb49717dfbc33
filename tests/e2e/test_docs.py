"""Help, man pages and bash completion agree, in both directions, as the
kernel checks for bpftool: every option a command's --help lists is in its
man page (doc/man/sockwatch-CMD.8.scd) and offered by the completion
(dist/bash-completion/sockwatch), and each of those lists nothing that the
help does not. The man pages are built with scdoc and rendered by man(1)
with warnings on. Needs no root."""
import os
import re
import shutil
import subprocess
import tempfile

from swtest import SOCKWATCH, Skip, check

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MAN_DIR = os.path.join(ROOT, "doc", "man")
COMPLETION = os.path.join(ROOT, "dist", "bash-completion", "sockwatch")
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"

LONG = re.compile(r"(?<![\w-])--[a-z0-9][a-z0-9-]*")
SHORT = re.compile(r"(?<![\w-])-[A-Za-z0-9](?=,\s*--)")
# Values a command takes from a fixed list: (command, option) -> words the
# completion must offer; the help line of that option must name each too.
FIXED_LISTS = {
    ("tail", "--event"): "connect bind listen accept close send",
    ("tail", "--class"): "well-known registered dynamic",
    ("tail", "--proto"): "tcp udp",
    ("record", "--event"): "connect bind listen accept close send",
    ("record", "--class"): "well-known registered dynamic",
    ("record", "--proto"): "tcp udp",
    ("report", "--format"): "md html json csv",
}


def options_in(lines):
    opts = set()
    for line in lines:
        opts.update(LONG.findall(line))
        opts.update(SHORT.findall(line))
    return opts


def commands():
    out = subprocess.run([SOCKWATCH, "help"], capture_output=True, text=True, check=True).stdout
    cmds = re.findall(r"^  ([a-z]+)\s", out.split("Commands:", 1)[1], re.M)
    check(cmds and "tail" in cmds, "no commands in 'sockwatch help': %r" % out)
    return cmds


def help_text(cmd):
    r = subprocess.run([SOCKWATCH, cmd, "--help"], capture_output=True, text=True)
    check(r.returncode == 0, "sockwatch %s --help: exit %d" % (cmd, r.returncode))
    return r.stdout


def help_options(cmd):
    """Options on the help's option lines: lines whose first non-blank is '-'."""
    return options_in(l for l in help_text(cmd).splitlines() if re.match(r"\s+-", l))


def man_source(page):
    path = os.path.join(MAN_DIR, page + ".8.scd")
    check(os.path.exists(path), "no man page source %s" % path)
    with open(path) as f:
        return f.read()


def man_options(page):
    """Options a page defines: its term lines, which start with *-."""
    lines = [l.replace("*", "").replace("_", "")
             for l in man_source(page).splitlines() if l.startswith("*-")]
    return options_in(lines)


def complete(*words):
    """What the completion offers with the cursor at the end of the last of
    `words` (an empty last word completes a new one)."""
    if not os.path.exists(BASH_COMPLETION):
        raise Skip("bash-completion is not installed (scripts/deps.sh test installs it)")
    line = " ".join(words)
    arr = " ".join("'%s'" % w for w in words)
    script = ('source %s; source %s; COMP_WORDS=(%s); COMP_CWORD=%d; COMP_LINE=%s; '
              'COMP_POINT=${#COMP_LINE}; _sockwatch sockwatch %s %s; '
              'printf "%%s\\n" "${COMPREPLY[@]}"'
              % (BASH_COMPLETION, COMPLETION, arr, len(words) - 1, "'%s'" % line,
                 "'%s'" % words[-1], "'%s'" % words[-2]))
    r = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    check(r.returncode == 0, "completion failed for %r: %s" % (words, r.stderr))
    return set(w for w in r.stdout.split("\n") if w)


def compare(what, want, got, where):
    missing, extra = sorted(want - got), sorted(got - want)
    check(not missing and not extra,
          "%s: %s lacks %s; lists %s that --help does not" % (what, where, missing, extra))


def test_man_pages_build_and_render_without_warnings():
    for tool in ("scdoc", "man", "groff"):
        if not shutil.which(tool):
            raise Skip("%s is not installed (scripts/deps.sh test installs it)" % tool)
    sources = sorted(f for f in os.listdir(MAN_DIR) if f.endswith(".scd"))
    check(sources, "no man page sources in doc/man")
    with tempfile.TemporaryDirectory() as tmp:
        for src in sources:
            page = os.path.join(tmp, src[:-4])
            with open(os.path.join(MAN_DIR, src)) as i, open(page, "w") as o:
                r = subprocess.run(["scdoc"], stdin=i, stdout=o, stderr=subprocess.PIPE,
                                   text=True)
            check(r.returncode == 0, "scdoc %s: %s" % (src, r.stderr.strip()))
            r = subprocess.run(["man", "--warnings", "-l", page], capture_output=True,
                               text=True, env=dict(os.environ, MANWIDTH="80", MANPAGER="cat",
                                                   PAGER="cat"))
            check(r.returncode == 0 and not r.stderr,
                  "man --warnings %s: exit %d: %s" % (src, r.returncode, r.stderr.strip()))
            check(re.search(r"^NAME\n\s+%s - " % re.escape(src.split(".")[0]), r.stdout, re.M),
                  "%s renders without its NAME line" % src)
            r = subprocess.run(["groff", "-ww", "-z", "-man", page], capture_output=True,
                               text=True)
            check(r.returncode == 0 and not r.stderr,
                  "groff -ww %s: %s" % (src, r.stderr.strip()))


def test_every_command_has_man_page_and_completion():
    cmds = commands()
    pages = sorted(f[len("sockwatch-"):-len(".8.scd")] for f in os.listdir(MAN_DIR)
                   if f.startswith("sockwatch-") and f.endswith(".8.scd"))
    compare("commands", set(cmds), set(pages), "doc/man/sockwatch-*.8.scd")
    main_page = man_source("sockwatch")
    for cmd in cmds:
        check(re.search(r"^\*%s\*$" % cmd, main_page, re.M),
              "sockwatch.8 does not list the command %s" % cmd)
        check("*sockwatch-%s*(8)" % cmd in main_page,
              "sockwatch.8 does not refer to sockwatch-%s(8)" % cmd)
    compare("commands", set(cmds) | {"help"}, complete("sockwatch", ""), "the completion")


def test_help_man_page_and_completion_list_the_same_options():
    for cmd in commands():
        want = help_options(cmd)
        check("--help" in want, "sockwatch %s --help does not list --help" % cmd)
        compare("sockwatch %s" % cmd, want, man_options("sockwatch-" + cmd),
                "sockwatch-%s.8.scd" % cmd)
        compare("sockwatch %s" % cmd, want, complete("sockwatch", cmd, "-"), "the completion")


def test_main_page_options_work_and_are_completed():
    """sockwatch.8 documents what sockwatch takes before any command: each
    of its options runs, and the completion offers them with tail's."""
    opts = man_options("sockwatch")
    check("--version" in opts, "sockwatch.8 does not document --version")
    for opt in sorted(opts):
        r = subprocess.run([SOCKWATCH, opt], capture_output=True, text=True)
        check(r.returncode == 0 and r.stdout,
              "sockwatch %s (from sockwatch.8): exit %d %s" % (opt, r.returncode, r.stderr))
    compare("sockwatch with options first", help_options("tail") | opts,
            complete("sockwatch", "-"), "the completion")


def test_completion_offers_fixed_value_lists():
    for (cmd, opt), words in sorted(FIXED_LISTS.items()):
        want = set(words.split())
        compare("sockwatch %s %s" % (cmd, opt), want, complete("sockwatch", cmd, opt, ""),
                "the completion of values")
        line = [l for l in help_text(cmd).splitlines() if re.search(r"\s%s\b" % opt, l)]
        check(line, "sockwatch %s --help has no line for %s" % (cmd, opt))
        if cmd != "record":  # record's help refers its filters to tail's
            named = set(re.findall(r"[a-z][a-z-]*", line[0].split(opt, 1)[1]))
            check(want <= named, "sockwatch %s --help, %s: does not name %s"
                  % (cmd, opt, sorted(want - named)))
    # a comma list completes its last item; --opt=value is split
    check(complete("sockwatch", "tail", "--event", "connect,li") == {"connect,listen"},
          "list completion: %r" % complete("sockwatch", "tail", "--event", "connect,li"))
    check(complete("sockwatch", "report", "--format=h") == {"html"},
          "--format=h: %r" % complete("sockwatch", "report", "--format=h"))
