#!/bin/sh
# Install what sockwatch needs, when it is missing.
#   scripts/deps.sh        to build and run
#   scripts/deps.sh test   also what the test suite uses (a headless browser
#                          to render the HTML report)
#   scripts/deps.sh bench  also what the benchmark compares against
#   scripts/deps.sh kernels  also what the kernel matrix boots kernels with
#   scripts/deps.sh deb    also what `make deb` builds the package with
# Debian/Ubuntu: installs with apt-get. Elsewhere: names what to install.
# The benchmark's alternatives (ALTERNATIVES) are tried one by one and never
# fail it: one that cannot be installed is named here, and in its table.
set -eu
mode=${1:-build}
ALTERNATIVES=""
updated=""

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
/usr/include/simdjson.h:libsimdjson-dev
c++:g++
scdoc:scdoc
curl-config:libcurl4-openssl-dev
/usr/include/microhttpd.h:libmicrohttpd-dev
xxd:xxd
/usr/include/liburing.h:liburing-dev
"
case $mode in
test) NEEDS="$NEEDS
curl:curl
podman:podman
runc:runc
/usr/share/doc/busybox-static:busybox-static
chromium:chromium
valgrind:valgrind
man:man-db
groff:groff-base
/usr/share/bash-completion/bash_completion:bash-completion
systemd-analyze:systemd
prometheus:prometheus
promtool:prometheus
clickhouse-server:clickhouse-server
clickhouse-client:clickhouse-client
/usr/share/wireshark/services:libwireshark-data
strace:strace
socat:socat
dig:bind9-dnsutils
/usr/sbin/dnsmasq:dnsmasq-base
/usr/sbin/nginx:nginx-light
/usr/sbin/sshd:openssh-server
ssh:openssh-client
/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a:libclang-rt-14-dev
" ;;
deb) NEEDS="$NEEDS
dpkg-buildpackage:dpkg-dev
dh:debhelper
lintian:lintian
/usr/include/cmocka.h:libcmocka-dev
" ;;
bench) NEEDS="$NEEDS
/usr/bin/time:time
clickhouse-server:clickhouse-server
clickhouse-client:clickhouse-client
"
	ALTERNATIVES="
tcpstates:libbpf-tools
bpftrace:bpftrace
auditd:auditd
" ;;
kernels) NEEDS="$NEEDS
qemu-system-x86_64:qemu-system-x86
/bin/busybox:busybox-static
cpio:cpio
/usr/share/keyrings/debian-archive-keyring.gpg:debian-archive-keyring
/usr/lib/x86_64-linux-gnu/libc.a:libc6-dev
strace:strace
" ;;
esac

# missing_of LIST: the packages of LIST whose command or file is missing
missing_of() {
	out=""
	for need in $1; do
		what=${need%%:*}
		pkg=${need#*:}
		case $what in
		/*) [ -e "$what" ] && continue ;;
		*) command -v "$what" >/dev/null 2>&1 && continue
		   # Debian ships bpftool, auditd, libbpf-tools in /usr/sbin, which a
		   # user's PATH may lack
		   [ -x "/usr/sbin/$what" ] && continue ;;
		esac
		case " $out " in *" $pkg "*) ;; *) out="$out $pkg" ;; esac
	done
	echo "$out"
}

# apt-get update. DPkg::Lock::Timeout waits for dpkg's lock but not for the
# package lists' lock another apt-get update holds: retry while that is
# busy, at most 60 times 10 s.
apt_update() {
	tries=0
	while ! out=$(apt-get -o DPkg::Lock::Timeout=600 update -qq 2>&1); do
		tries=$((tries + 1))
		if [ $tries -ge 60 ] || ! echo "$out" | grep -q "Could not get lock"; then
			echo "$out" >&2
			return 1
		fi
		sleep 10
	done
}

# Each alternative on its own, after the required packages: one that will
# not install is named, and the benchmark goes on without it.
alternatives() {
	alt=$(missing_of "$ALTERNATIVES")
	[ -n "$alt" ] || return 0
	if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
		echo "  DEPS     not installed (needs root and apt-get):$alt; the benchmark skips them" >&2
		return 0
	fi
	[ -n "$updated" ] || apt_update || true
	for pkg in $alt; do
		echo "  DEPS     installing $pkg (an alternative the benchmark compares with)"
		if ! log=$(DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
			install -y -qq --no-install-recommends "$pkg" 2>&1); then
			echo "  DEPS     $pkg: cannot be installed: $(echo "$log" | tail -n 1);" \
			     "the benchmark skips it" >&2
		fi
	done
}

missing=$(missing_of "$NEEDS")
if [ -z "$missing" ]; then
	alternatives
	exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
	echo "*** missing:$missing" >&2
	echo "*** install the equivalent packages for your distribution (clang, llvm, bpftool," >&2
	echo "*** libbpf, libelf, zlib, libdeflate, nettle, simdjson, json-c and cmocka development files, g++), then rerun." >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "*** missing:$missing -- run 'sudo make ...' so they can be installed, or:" >&2
	echo "***   sudo apt-get install$missing" >&2
	exit 1
fi
echo "  DEPS     installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt_update
updated=1
# Ubuntu packages bpftool in linux-tools rather than on its own
if echo "$missing" | grep -qw bpftool && ! apt-cache show bpftool >/dev/null 2>&1; then
	missing=$(echo "$missing" | sed "s/bpftool/linux-tools-common linux-tools-$(uname -r)/")
fi
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
alternatives
