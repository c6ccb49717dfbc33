#!/bin/sh
# Install what sockwatch needs, when it is missing.
#   scripts/deps.sh        to build and run
#   scripts/deps.sh test   also what the test suite uses (a headless browser
#                          to render the HTML report)
#   scripts/deps.sh bench  also what the benchmark compares against
#   scripts/deps.sh kernels  also what the kernel matrix boots kernels with
# Debian/Ubuntu: installs with apt-get. Elsewhere: names what to install.
set -eu
mode=${1:-build}

# command-or-file : Debian package
NEEDS="
clang:clang
llc:llvm
bpftool:bpftool
cc:gcc
make:make
pkg-config:pkg-config
python3:python3
ip:iproute2
setpriv:util-linux
unshare:util-linux
/usr/include/bpf/libbpf.h:libbpf-dev
/usr/include/libelf.h:libelf-dev
/usr/include/zlib.h:zlib1g-dev
/usr/include/libdeflate.h:libdeflate-dev
/usr/include/nettle/sha2.h:nettle-dev
/usr/include/json-c/json.h:libjson-c-dev
/usr/include/cmocka.h:libcmocka-dev
/usr/include/sys/capability.h:libcap-dev
/usr/include/jsmn.h:libjsmn-dev
scdoc:scdoc
curl-config:libcurl4-openssl-dev
xxd:xxd
"
case $mode in
test) NEEDS="$NEEDS
chromium:chromium
valgrind:valgrind
man:man-db
groff:groff-base
/usr/share/bash-completion/bash_completion:bash-completion
systemd-analyze:systemd
clickhouse-server:clickhouse-server
clickhouse-client:clickhouse-client
/usr/share/wireshark/services:libwireshark-data
/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a:libclang-rt-14-dev
" ;;
bench) NEEDS="$NEEDS
/usr/bin/time:time
" ;;
kernels) NEEDS="$NEEDS
qemu-system-x86_64:qemu-system-x86
/bin/busybox:busybox-static
cpio:cpio
/usr/share/keyrings/debian-archive-keyring.gpg:debian-archive-keyring
/usr/lib/x86_64-linux-gnu/libc.a:libc6-dev
" ;;
esac

missing=""
for need in $NEEDS; do
	what=${need%%:*}
	pkg=${need#*:}
	case $what in
	/*) [ -e "$what" ] && continue ;;
	*) command -v "$what" >/dev/null 2>&1 && continue
	   # Debian ships bpftool in /usr/sbin, which a user's PATH may lack
	   [ -x "/usr/sbin/$what" ] && continue ;;
	esac
	case " $missing " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
done

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "*** missing:$missing" >&2
	echo "*** install the equivalent packages for your distribution (clang, llvm, bpftool," >&2
	echo "*** libbpf, libelf, zlib, libdeflate, nettle, json-c and cmocka development files), then rerun." >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "*** missing:$missing -- run 'sudo make ...' so they can be installed, or:" >&2
	echo "***   sudo apt-get install$missing" >&2
	exit 1
fi
echo "  DEPS     installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
# Ubuntu packages bpftool in linux-tools rather than on its own
if echo "$missing" | grep -qw bpftool && ! apt-cache show bpftool >/dev/null 2>&1; then
	missing=$(echo "$missing" | sed "s/bpftool/linux-tools-common linux-tools-$(uname -r)/")
fi
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
