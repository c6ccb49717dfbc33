#!/bin/sh
# /init of the kernel matrix's guest (scripts/kernel-matrix.py): busybox,
# sockwatch with its libraries, the static traffic program and the
# kernel's diag modules. Cloud kernels have no 9p, so every result goes
# to the serial console between "@@sw NAME begin" and "@@sw NAME end"
# lines, and the host reads them from the console log. Every wait is
# bounded; the guest powers off at the end whatever happened.
/bin/busybox --install -s /bin
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
# cgroup v2 where systemd mounts it: the e2e tests name events' cgroups
# from it, as on any host
mount -t cgroup2 none /sys/fs/cgroup 2>/dev/null
mkdir -p /tmp
ip link set lo up

section() { echo "@@sw $1 begin"; cat "$2" 2>/dev/null; echo "@@sw $1 end"; }

echo "@@sw kernel $(uname -r)"
[ -e /sys/kernel/btf/vmlinux ] && echo "@@sw btf yes" || echo "@@sw btf no"
for m in inet_diag tcp_diag udp_diag; do
	if [ -e /modules/$m.ko ]; then
		insmod /modules/$m.ko && echo "@@sw module $m loaded" || echo "@@sw module $m failed"
	fi
done

# tail: start, wait (bounded) until attached, run the traffic, stop.
sockwatch --json --duration 600 >/tmp/events 2>/tmp/tail.err &
sw=$!
i=0
while [ $i -lt 240 ] && ! grep -q "attached to" /tmp/tail.err && kill -0 $sw 2>/dev/null; do
	sleep 0.5
	i=$((i + 1))
done
if grep -q "attached to" /tmp/tail.err; then
	traffic >/tmp/traffic.out 2>&1
	echo "@@sw traffic-rc $?"
	sleep 1
	kill -INT $sw
fi
wait $sw
echo "@@sw tail-rc $?"
section events /tmp/events
section tail-stderr /tmp/tail.err
section traffic /tmp/traffic.out

# snapshot: sockets that exist while it runs (needs tcp_diag/udp_diag).
mkfifo /tmp/hold.in
traffic hold </tmp/hold.in >/tmp/hold.out 2>&1 &
hold=$!
exec 3>/tmp/hold.in
i=0
while [ $i -lt 60 ] && ! grep -q ready /tmp/hold.out; do
	sleep 0.5
	i=$((i + 1))
done
sockwatch snapshot --json >/tmp/snapshot 2>/tmp/snapshot.err
echo "@@sw snapshot-rc $?"
exec 3>&-
wait $hold
section snapshot /tmp/snapshot
section snapshot-stderr /tmp/snapshot.err
section hold /tmp/hold.out

# selftest: one round of operations along each path (native and 32-bit
# syscalls, io_uring in three modes) in a private network namespace, each
# checked seen: the cgroup hooks and io_uring programs at work on this kernel.
sockwatch selftest --json >/tmp/selftest 2>/tmp/selftest.err
echo "@@sw selftest-rc $?"
section selftest /tmp/selftest
section selftest-stderr /tmp/selftest.err

# sockops (when the matrix brought it): an io_uring accept into the
# fixed-file table, and 32-bit binds and connects that fail.
if [ -x /bin/sockops ]; then
	sockwatch --json --comm sockops --duration 600 >/tmp/ops-events 2>/tmp/ops.err &
	sw=$!
	i=0
	while [ $i -lt 240 ] && ! grep -q "attached to" /tmp/ops.err && kill -0 $sw 2>/dev/null; do
		sleep 0.5
		i=$((i + 1))
	done
	sockops uring-direct-accept >/tmp/ops-uring.out 2>&1
	echo "@@sw ops-uring-rc $?"
	sockops fail32 direct >/tmp/ops-fail32.out 2>&1
	echo "@@sw ops-fail32-rc $?"
	sleep 1
	kill -INT $sw
	wait $sw
	section ops-events /tmp/ops-events
	section ops-stderr /tmp/ops.err
	section ops-uring /tmp/ops-uring.out
	section ops-fail32 /tmp/ops-fail32.out
fi

# The end-to-end tests the matrix brought (tests/e2e, run with Debian's
# python3 from /src, laid out as the repository), bounded in time.
# test_coverage's paths need the cgroup hooks and io_uring program of 5.15.
if [ -x /usr/bin/python3 ] && [ -e /src/e2e.args ]; then
	e2e_args=$(cat /src/e2e.args)
	release=$(uname -r)
	major=${release%%.*}; rest=${release#*.}; minor=${rest%%[!0-9]*}
	if [ -e /src/e2e-hooks.args ] &&
		{ [ "$major" -gt 5 ] || { [ "$major" -eq 5 ] && [ "$minor" -ge 15 ]; }; }; then
		e2e_args="$e2e_args $(cat /src/e2e-hooks.args)"
	fi
	(cd /src && PATH=/usr/bin:/bin:/sbin timeout 900 python3 tests/e2e/run.py \
		--sockwatch build/sockwatch $e2e_args) >/tmp/e2e.out 2>&1
	echo "@@sw e2e-rc $?"
	section e2e /tmp/e2e.out
fi

# kernel-matrix.py --bench: the benchmark on this kernel, reported only
if [ -x /usr/bin/python3 ] && [ -e /src/bench.args ]; then
	(cd /src && PATH=/usr/bin:/bin:/sbin timeout 1500 python3 scripts/bench.py \
		--sockwatch build/sockwatch --loadgen build/loadgen $(cat bench.args)) \
		>/tmp/bench.out 2>&1
	section bench /tmp/bench.out
fi

# The floor on a kernel without BTF: hide /sys/kernel/btf and start each
# command that loads programs as a new user would type it (plain
# `sockwatch`, record, selftest). Each must refuse at once with its one line;
# `timeout` bounds one that would instead start.
if mount -t tmpfs none /sys/kernel/btf 2>/dev/null; then
	for cmd in tail record selftest; do
		case $cmd in
		tail) timeout 20 sockwatch >/tmp/nobtf.out 2>/tmp/nobtf.err ;;
		record) timeout 20 sockwatch record -o /tmp/nobtf-record >/tmp/nobtf.out 2>/tmp/nobtf.err ;;
		selftest) timeout 20 sockwatch selftest >/tmp/nobtf.out 2>/tmp/nobtf.err ;;
		esac
		echo "@@sw nobtf-$cmd-rc $?"
		echo "@@sw nobtf-$cmd-stdout $(wc -c </tmp/nobtf.out)"
		section nobtf-$cmd-stderr /tmp/nobtf.err
	done
	[ -e /tmp/nobtf-record ] && echo "@@sw nobtf-record-made yes"
	umount /sys/kernel/btf
fi

echo "@@sw done"
poweroff -f
