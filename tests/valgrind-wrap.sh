#!/bin/sh
# Runs sockwatch under valgrind for `make valgrind`: the e2e suite is pointed
# at this script instead of the binary. Valgrind's own output goes to a log
# per process (tests read sockwatch's stderr exactly), and any error makes
# the exit status 99, which the tests see as a failure.
#
# The kernel's BTF: libbpf (1.1) reads /sys/kernel/btf/vmlinux once per BPF
# object with fread() into a buffer of the file's size, and sysfs returns at
# most 4 KiB per read(). Memcheck checks the whole requested buffer at every
# read(), so one load of the 5.5 MB file took 5 s (0.02 s natively), two of
# every start's 6. `make valgrind` copies the file once to SW_VALGRIND_BTF;
# here, when we may, that copy is bound over the original in a mount
# namespace of sockwatch's own: the same bytes, which a regular file returns
# in one read(). Where /sys/kernel/btf/vmlinux is absent (a test hides it)
# or a mount namespace cannot be made (no CAP_SYS_ADMIN: the tests of
# unprivileged use), sockwatch runs under valgrind as it is.
here=$(cd "$(dirname "$0")" && pwd)
set -- valgrind -q --vgdb=no --leak-check=full --show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
	--suppressions="$here/valgrind.supp" \
	--log-file="${SW_VALGRIND_LOGS:-/tmp}/valgrind.%p.log" \
	"$SW_VALGRIND_BINARY" "$@"
if [ -s "${SW_VALGRIND_BTF:-}" ] && [ -e /sys/kernel/btf/vmlinux ] &&
	cmp -s "$SW_VALGRIND_BTF" /sys/kernel/btf/vmlinux &&
	unshare -m --propagation private true 2>/dev/null; then
	exec unshare -m --propagation private sh -c \
		'mount --bind "$0" /sys/kernel/btf/vmlinux && exec "$@"' "$SW_VALGRIND_BTF" "$@"
fi
exec "$@"
