# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
# sockwatch build. `make help` lists the targets.

# A sanitizer build lives beside the normal one, so neither rebuilds the other.
ifeq ($(SANITIZE),1)
OUTPUT ?= build-san
else
OUTPUT ?= build
endif
CLANG ?= clang
BPFTOOL ?= bpftool
CC ?= cc
CXX ?= c++
PKG_CONFIG ?= pkg-config
PYTHON ?= python3
prefix ?= /usr/local
DESTDIR ?=
sbindir ?= $(prefix)/sbin
datarootdir ?= $(prefix)/share
mandir ?= $(datarootdir)/man
docdir ?= $(datarootdir)/doc/sockwatch
bashcompdir ?= $(datarootdir)/bash-completion/completions
unitdir ?= $(prefix)/lib/systemd/system
# Daemons read /etc whatever their prefix; the unit names this file.
sysconfdir ?= /etc

ARCH := $(shell uname -m | sed -e 's/x86_64/x86/' -e 's/aarch64/arm64/' \
		-e 's/ppc64le/powerpc/' -e 's/mips.*/mips/' -e 's/riscv64/riscv/' \
		-e 's/s390x/s390/' -e 's/loongarch64/loongarch/')

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo 0.1)

# Quiet by default; V=1 shows every command.
ifeq ($(V),1)
	Q =
	msg =
else
	Q = @
	msg = @printf '  %-8s %s\n' "$(1)" "$(2)";
endif

CFLAGS ?= -O2 -g
WARNFLAGS := -Wall -Wextra -Werror
USER_CFLAGS := $(CPPFLAGS) $(CFLAGS) $(WARNFLAGS) -std=gnu11 -D_GNU_SOURCE -MMD -MP \
	-I$(OUTPUT) -Ibpf -Iuser -DSOCKWATCH_VERSION='"$(VERSION)"'
# The report's JSON fast path is simdjson, a C++ library (report_sj.cpp):
# that one file is C++, hence CXX and libstdc++.
CXXFLAGS ?= -O2 -g
USER_CXXFLAGS := $(CPPFLAGS) $(CXXFLAGS) $(WARNFLAGS) -std=gnu++17 -D_GNU_SOURCE -MMD -MP \
	-fno-exceptions -Iuser
LIBS := -lbpf -lelf -lz -ldeflate -lnettle -ljson-c -lcap -lcurl -lmicrohttpd -luring \
	-lsimdjson -lstdc++

ifeq ($(SANITIZE),1)
	USER_CFLAGS += -fsanitize=address,undefined -fno-sanitize-recover=undefined \
		-fno-omit-frame-pointer
	USER_CXXFLAGS += -fsanitize=address,undefined -fno-sanitize-recover=undefined \
		-fno-omit-frame-pointer
	LDFLAGS += -fsanitize=address,undefined
endif

# clang's own system include dirs, so <linux/*.h> resolve for -target bpf
# the way they do for a normal compile (asm/ lives in the multiarch dir).
CLANG_BPF_SYS_INCLUDES := $(shell $(CLANG) -v -E - </dev/null 2>&1 \
	| sed -n '/<...> search starts here:/,/End of search list./{ s| \(/.*\)|-idirafter \1|p }')
BPF_CFLAGS := -g -O2 -Wall -target bpf -D__TARGET_ARCH_$(ARCH) -Ivmlinux -Ibpf \
	$(CLANG_BPF_SYS_INCLUDES)

# user/ is laid out by stage of an event's path (README, Layout); cmd/ holds
# one file per `sockwatch X` command.
USER_SRCS := $(wildcard user/*/*.c)
USER_OBJS := $(patsubst user/%.c,$(OUTPUT)/user/%.o,$(USER_SRCS)) \
	$(patsubst user/%.cpp,$(OUTPUT)/user/%.o,$(wildcard user/*/*.cpp))
CMD_OBJS := $(filter $(OUTPUT)/user/cmd/%,$(USER_OBJS))
LIB_OBJS := $(filter-out $(CMD_OBJS),$(USER_OBJS))
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(OUTPUT)/tests/%,$(UNIT_SRCS))
# Man pages: scdoc sources in doc/man, one per command plus sockwatch(8).
MAN_SRCS := $(wildcard doc/man/*.scd)
MAN_PAGES := $(patsubst doc/man/%.scd,$(OUTPUT)/man/%,$(MAN_SRCS))

.DELETE_ON_ERROR:
.PHONY: all man deps test-deps bench-deps kernels-deps run test unit e2e valgrind bench fuzz quirks \
	test-kernels test-fleet clean install uninstall deb test-deb help

all: $(OUTPUT)/sockwatch

help:
	@echo 'make            build $(OUTPUT)/sockwatch'
	@echo 'make man        build the man pages into $(OUTPUT)/man (scdoc)'
	@echo 'make deps       install missing build/test packages (Debian/Ubuntu), or name them'
	@echo 'sudo make run   deps + build, then tail live socket events (ARGS="--json" etc.)'
	@echo 'sudo make test  deps + build, then unit and end-to-end tests'
	@echo 'make unit       unit tests only (no root needed)'
	@echo 'sudo make e2e   end-to-end tests only'
	@echo 'sudo make valgrind  end-to-end tests with sockwatch under valgrind'
	@echo 'make fuzz       run every libFuzzer target for FUZZ_SECONDS (default 30)'
	@echo 'sudo make bench benchmark against the alternatives (minutes)'
	@echo 'sudo make test-fleet    the fleet store on two ClickHouse shards, ship --follow'
	@echo 'sudo make quirks  does this kernel run sock_release for every UDP socket? (QUIRK_COUNT, default 5M; minutes)'
	@echo 'sudo make test-kernels  a scenario and the e2e tests of test_tail/test_snapshot on every kernel of tests/kernels.list, under QEMU'
	@echo 'make install    binary, man pages, completion, systemd unit, examples to'
	@echo '                $$(DESTDIR)$$(prefix) (default /usr/local); make uninstall'
	@echo 'make deb        build $(OUTPUT)/deb/sockwatch_VERSION_ARCH.deb (debhelper) + lintian'
	@echo 'sudo make test-deb  install that package, run the e2e suite on it, purge it'
	@echo 'make clean      remove $(OUTPUT)/'
	@echo 'V=1 shows commands; SANITIZE=1 builds with ASan+UBSan'

deps:
	$(Q)scripts/deps.sh

test-deps:
	$(Q)scripts/deps.sh test

bench-deps:
	$(Q)scripts/deps.sh bench

kernels-deps:
	$(Q)scripts/deps.sh kernels

$(OUTPUT) $(OUTPUT)/tests:
	$(Q)mkdir -p $@

# One BPF object per bpf/*.bpf.c: sockwatch (socket events) and identity
# (process records), each with its skeleton.
# Static pattern rules: explicit, so the empty rules -MP writes for the
# skeletons a .c includes do not hide them.
BPF_OBJS := $(patsubst bpf/%.bpf.c,$(OUTPUT)/%.bpf.o,$(wildcard bpf/*.bpf.c))
BPF_SKELS := $(BPF_OBJS:.bpf.o=.skel.h)

$(BPF_OBJS): $(OUTPUT)/%.bpf.o: bpf/%.bpf.c $(wildcard bpf/*.h) vmlinux/vmlinux.h | $(OUTPUT)
	$(call msg,BPF,$@)
	$(Q)$(CLANG) $(BPF_CFLAGS) -c $< -o $@

$(BPF_SKELS): $(OUTPUT)/%.skel.h: $(OUTPUT)/%.bpf.o
	$(call msg,GEN-SKEL,$@)
	$(Q)$(BPFTOOL) gen skeleton $< name $*_bpf > $@

# Only capture/ may include the skeletons, so only its objects wait for
# them; -MMD records which of them really do.
$(OUTPUT)/user/capture/%.o: user/capture/%.c $(BPF_SKELS)
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USER_CFLAGS) -c $< -o $@

# The fleet store's schema is SQL in the repository, built into the binary.
$(OUTPUT)/fleet_schema.h: user/fleet/schema.sql | $(OUTPUT)
	$(call msg,XXD,$@)
	$(Q)cd user/fleet && xxd -i schema.sql > $(abspath $@)

$(OUTPUT)/user/fleet/ch_schema.o: user/fleet/ch_schema.c $(OUTPUT)/fleet_schema.h
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USER_CFLAGS) -c $< -o $@

# The objects that embed the version are rebuilt when it changes (a new
# commit, a dirty tree), not only when their sources do: a record names the
# binary that wrote it. The stamp is rewritten only when the version differs.
VERSION_USERS := $(patsubst user/%.c,$(OUTPUT)/user/%.o,\
	$(shell grep -l SOCKWATCH_VERSION user/*/*.c 2>/dev/null))
$(OUTPUT)/version.stamp: FORCE | $(OUTPUT)
	$(Q)echo '$(VERSION)' | cmp -s - $@ || echo '$(VERSION)' > $@
$(VERSION_USERS): $(OUTPUT)/version.stamp
FORCE:

$(OUTPUT)/user/%.o: user/%.c
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USER_CFLAGS) -c $< -o $@

$(OUTPUT)/user/%.o: user/%.cpp
	$(call msg,CXX,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CXX) $(USER_CXXFLAGS) -c $< -o $@

$(OUTPUT)/man/%: doc/man/%.scd
	$(call msg,SCDOC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)scdoc < $< > $@

man: $(MAN_PAGES)

$(OUTPUT)/sockwatch: $(USER_OBJS)
	$(call msg,LINK,$@)
	$(Q)$(CC) $(LDFLAGS) $^ $(LIBS) -o $@

# Each unit test links only what it tests: test_X_OBJS lists its objects
# (user/ paths, no .o), the closure of what its calls need, so a new
# dependency of a stage shows up here. Every test has its list.
test_approved_OBJS := common/input common/opts report/approved report/report_distinct
test_clock_OBJS := common/clock
test_escape_OBJS := output/escape
test_event_OBJS := common/input common/opts label/event label/labels label/services_iana
test_filter_OBJS := capture/filter common/input common/opts common/trust label/event \
	label/ident label/labels label/proc_cache label/services_iana
test_floor_OBJS := capture/floor
test_fuzz_regressions_OBJS := common/fdio capture/filter capture/snapshot capture/sock_holders common/clock common/privs common/input \
	common/opts common/pathops common/trust evidence/manifest evidence/seal evidence/segment_gz \
	label/event label/ident label/labels label/proc_cache label/services_iana output/escape \
	output/json_writer output/output report/approved report/report_agg report/report_distinct \
	report/report_drift report/report_esc report/report_find report/report_fmt_csv \
	report/report_fmt_html report/report_fmt_json report/report_fmt_md report/report_inflate \
	report/report_parse report/report_pkg report/report_read report/report_rows \
	report/report_sj report/report_time
test_ident_OBJS := label/ident label/proc_cache
test_json_writer_OBJS := output/escape output/json_writer
test_labels_OBJS := common/input common/opts label/labels label/services_iana
test_manifest_OBJS := common/fdio capture/snapshot capture/sock_holders common/clock common/privs common/input common/opts common/trust \
	evidence/manifest evidence/record evidence/seal evidence/segment_gz label/event label/ident \
	label/labels label/proc_cache label/services_iana output/escape output/json_writer \
	output/output
test_opts_OBJS := common/opts
test_output_OBJS := common/clock common/input common/opts label/event label/labels \
	label/services_iana output/escape output/json_writer output/output
test_report_agg_OBJS := common/fdio common/clock common/input common/opts common/pathops \
	evidence/manifest evidence/seal label/event label/labels label/services_iana \
	report/approved report/report_agg report/report_distinct report/report_drift \
	report/report_find report/report_parse report/report_pkg report/report_read \
	report/report_sj report/report_time
test_report_esc_OBJS := common/clock common/opts output/escape report/report_esc report/report_time
test_report_parse_OBJS := common/clock common/input common/opts label/event label/labels \
	label/services_iana report/report_agg report/report_distinct report/report_parse \
	report/report_pkg report/report_sj report/report_time common/pathops
test_segment_gz_OBJS := evidence/segment_gz
test_snapshot_OBJS := common/fdio capture/snapshot capture/sock_holders common/clock common/privs common/input common/opts label/event \
	label/labels label/proc_cache label/services_iana output/escape output/json_writer \
	output/output
unit_objs = $(if $($(1)_OBJS),$(patsubst %,$(OUTPUT)/user/%.o,$($(1)_OBJS)),$(LIB_OBJS))

.SECONDEXPANSION:
$(OUTPUT)/tests/%: tests/unit/%.c $$(call unit_objs,$$*) | $(OUTPUT)/tests
	$(call msg,CC,$@)
	$(Q)$(CC) $(USER_CFLAGS) $(LDFLAGS) $< $(call unit_objs,$*) $(LIBS) -lcmocka -o $@

# The e2e tests' workload: socket operations along one path (pathops.c)
$(OUTPUT)/tests/sockops: tests/e2e/progs/sockops.c $(OUTPUT)/user/common/pathops.o | $(OUTPUT)/tests
	$(call msg,CC,$@)
	$(Q)$(CC) $(USER_CFLAGS) $(LDFLAGS) $^ -luring -o $@

$(OUTPUT)/loadgen: tests/bench/loadgen.c | $(OUTPUT)
	$(call msg,CC,$@)
	$(Q)$(CC) $(USER_CFLAGS) $(LDFLAGS) $< -luring -o $@

$(OUTPUT)/microbench: tests/bench/microbench.c $(LIB_OBJS) | $(OUTPUT)
	$(call msg,CC,$@)
	$(Q)$(CC) $(USER_CFLAGS) $(LDFLAGS) $< $(LIB_OBJS) $(LIBS) -o $@

# The kernel matrix's traffic runs in a guest with no libraries at all.
$(OUTPUT)/traffic: tests/kernels/traffic.c | $(OUTPUT)
	$(call msg,CC,$@)
	$(Q)$(CC) $(USER_CFLAGS) -static $< -o $@

# tests/quirks: checks of the kernel itself, with none of sockwatch loaded
# (README, Known limits). Not part of `make test`: a skip the kernel makes
# once in millions takes minutes to show.
$(OUTPUT)/quirks/%.bpf.o: tests/quirks/%.bpf.c vmlinux/vmlinux.h
	$(call msg,BPF,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CLANG) $(BPF_CFLAGS) -c $< -o $@

$(OUTPUT)/quirks/%.skel.h: $(OUTPUT)/quirks/%.bpf.o
	$(call msg,GEN-SKEL,$@)
	$(Q)$(BPFTOOL) gen skeleton $< name $*_bpf > $@

$(OUTPUT)/quirks/release_hook: tests/quirks/release_hook.c $(OUTPUT)/quirks/release_hook.skel.h
	$(call msg,CC,$@)
	$(Q)$(CC) $(USER_CFLAGS) -I$(OUTPUT)/quirks $(LDFLAGS) $< -lbpf -lelf -lz -o $@

quirks: test-deps
	$(Q)$(MAKE) -s --no-print-directory $(OUTPUT)/quirks/release_hook
	$(Q)$(OUTPUT)/quirks/release_hook $(QUIRK_COUNT)

unit: $(UNIT_BINS)
	$(Q)$(PYTHON) tests/run-all.py --build $(OUTPUT) --unit-only

e2e: $(OUTPUT)/sockwatch $(OUTPUT)/tests/sockops
	$(Q)$(PYTHON) tests/e2e/run.py --sockwatch $(OUTPUT)/sockwatch

# The end-to-end suite with every sockwatch process under valgrind; any
# memory error or leak fails (exit 99, or a report found in the logs).
VALGRIND_LOGS = $(abspath $(OUTPUT))/valgrind
valgrind: all $(OUTPUT)/tests/sockops
	$(Q)rm -rf $(VALGRIND_LOGS) && mkdir -p -m 1777 $(VALGRIND_LOGS)
	$(Q)! test -r /sys/kernel/btf/vmlinux || cp /sys/kernel/btf/vmlinux $(VALGRIND_LOGS)/vmlinux.btf
	$(Q)SW_READY_TIMEOUT=180 SW_VALGRIND_LOGS=$(VALGRIND_LOGS) SW_VALGRIND_BINARY=$(abspath $(OUTPUT)/sockwatch) \
		SW_VALGRIND_BTF=$(VALGRIND_LOGS)/vmlinux.btf \
		$(PYTHON) tests/e2e/run.py --sockwatch tests/valgrind-wrap.sh
	$(Q)! grep -E -A12 '^==[0-9]+== (Invalid|Conditional|Syscall param|Use of|Mismatched|Source and|.*(definitely|indirectly) lost)' \
		$(VALGRIND_LOGS)/*.log

# Each libFuzzer target for FUZZ_SECONDS (default 30); see scripts/fuzz.sh.
fuzz: test-deps
	$(Q)scripts/fuzz.sh

run: deps
	$(Q)$(MAKE) -s --no-print-directory all
	$(Q)exec $(OUTPUT)/sockwatch $(ARGS)

test: test-deps
	$(Q)$(MAKE) -s --no-print-directory all $(UNIT_BINS) $(OUTPUT)/tests/sockops
	$(Q)$(PYTHON) tests/run-all.py --build $(OUTPUT)

bench: bench-deps
	$(Q)$(MAKE) -s --no-print-directory all $(OUTPUT)/loadgen $(OUTPUT)/microbench
	$(Q)$(OUTPUT)/microbench
	$(Q)scripts/bench-report.sh $(OUTPUT)/sockwatch
	$(Q)$(PYTHON) scripts/bench-fleet.py --sockwatch $(OUTPUT)/sockwatch --out $(OUTPUT)/bench-fleet.md
	$(Q)$(PYTHON) scripts/bench.py --sockwatch $(OUTPUT)/sockwatch \
		--loadgen $(OUTPUT)/loadgen --out $(OUTPUT)/bench.md $(ARGS)

# The fleet store's heavier tests (tests/fleet): two ClickHouse shards, ship --follow.
test-fleet: test-deps
	$(Q)$(MAKE) -s --no-print-directory all
	$(Q)$(PYTHON) tests/e2e/run.py --sockwatch $(OUTPUT)/sockwatch --dir tests/fleet

# Boots every kernel of tests/kernels.list under QEMU and runs a scenario and
# e2e tests in each (scripts/kernel-matrix.py).
test-kernels: kernels-deps
	$(Q)$(MAKE) -s --no-print-directory all $(OUTPUT)/traffic $(OUTPUT)/tests/sockops
	$(Q)$(PYTHON) scripts/kernel-matrix.py --sockwatch $(OUTPUT)/sockwatch \
		--traffic $(OUTPUT)/traffic --sockops $(OUTPUT)/tests/sockops \
		--logs $(OUTPUT)/kernels $(ARGS)

# The binary, man pages, bash completion, the recorder's unit (its ExecStart
# pointed at $(sbindir)), an example approved-services file, and the unit's
# options file, which an existing one is never replaced by.
INSTALLED_ENVFILE := $(DESTDIR)$(sysconfdir)/default/sockwatch
install: $(OUTPUT)/sockwatch $(MAN_PAGES)
	$(call msg,INSTALL,$(DESTDIR)$(prefix))
	$(Q)install -D -m 0755 $(OUTPUT)/sockwatch $(DESTDIR)$(sbindir)/sockwatch
	$(Q)install -d $(DESTDIR)$(mandir)/man8
	$(Q)install -m 0644 $(MAN_PAGES) $(DESTDIR)$(mandir)/man8/
	$(Q)install -D -m 0644 dist/bash-completion/sockwatch $(DESTDIR)$(bashcompdir)/sockwatch
	$(Q)install -d $(DESTDIR)$(unitdir)
	$(Q)sed 's|/usr/sbin/sockwatch|$(sbindir)/sockwatch|' dist/systemd/sockwatch-record.service \
		> $(DESTDIR)$(unitdir)/sockwatch-record.service
	$(Q)chmod 0644 $(DESTDIR)$(unitdir)/sockwatch-record.service
	$(Q)install -D -m 0644 dist/approved.example $(DESTDIR)$(docdir)/examples/approved
	$(Q)if [ -e $(INSTALLED_ENVFILE) ]; then \
		echo "  kept     $(INSTALLED_ENVFILE) (dist/default/sockwatch has the defaults)"; \
	else install -D -m 0644 dist/default/sockwatch $(INSTALLED_ENVFILE); fi
	@# tail runs as this user, which no other process shares (README, Security);
	@# without it, it picks an unused uid at run time. Only on a real install.
	$(Q)if [ -z "$(DESTDIR)" ] && ! getent passwd sockwatch >/dev/null; then \
		useradd --system --user-group --no-create-home --home-dir /nonexistent \
			--shell /usr/sbin/nologin sockwatch && echo "  useradd  sockwatch"; fi

# Removes what install put there; the options file only if it is unchanged.
uninstall:
	$(call msg,UNINSTALL,$(DESTDIR)$(prefix))
	$(Q)rm -f $(DESTDIR)$(sbindir)/sockwatch \
		$(patsubst $(OUTPUT)/man/%,$(DESTDIR)$(mandir)/man8/%,$(MAN_PAGES)) \
		$(DESTDIR)$(bashcompdir)/sockwatch $(DESTDIR)$(unitdir)/sockwatch-record.service \
		$(DESTDIR)$(docdir)/examples/approved
	$(Q)rmdir $(DESTDIR)$(docdir)/examples $(DESTDIR)$(docdir) 2>/dev/null || true
	$(Q)if cmp -s dist/default/sockwatch $(INSTALLED_ENVFILE); then rm -f $(INSTALLED_ENVFILE); \
	elif [ -e $(INSTALLED_ENVFILE) ]; then echo "  kept     $(INSTALLED_ENVFILE) (changed)"; fi

# The package is built from a copy of the tracked files in $(OUTPUT)/deb, so
# dpkg-buildpackage writes nothing beside the repository; the binary reports
# this tree's `git describe`. lintian errors fail the build.
DEB_DIR := $(OUTPUT)/deb
deb:
	$(Q)scripts/deps.sh deb
	$(call msg,DEB,$(DEB_DIR))
	$(Q)rm -rf $(DEB_DIR) && mkdir -p $(DEB_DIR)/sockwatch
	$(Q)git ls-files -z --cached --others --exclude-standard | xargs -0 tar --ignore-failed-read -cf - | tar -xf - -C $(DEB_DIR)/sockwatch
	$(Q)cd $(DEB_DIR)/sockwatch && SOCKWATCH_VERSION=$(VERSION) \
		dpkg-buildpackage -b -us -uc >../build.log 2>&1 || \
		{ tail -30 ../build.log; echo "*** dpkg-buildpackage failed; see $(DEB_DIR)/build.log"; exit 1; }
	$(Q)lintian --fail-on error $(DEB_DIR)/*.changes
	$(Q)ls $(DEB_DIR)/*.deb

# Install the package with apt (its dependencies too), check it, run the
# end-to-end suite against /usr/sbin/sockwatch, then purge it.
test-deb: deb
	$(Q)$(PYTHON) tests/deb/test_deb.py $(DEB_DIR)/sockwatch_*.deb

clean:
	$(call msg,CLEAN,$(OUTPUT))
	$(Q)rm -rf $(OUTPUT)

-include $(wildcard $(OUTPUT)/user/*/*.d $(OUTPUT)/tests/*.d)
