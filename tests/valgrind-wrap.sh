#!/bin/sh
# Runs sockwatch under valgrind for `make valgrind`: the e2e suite is pointed
# at this script instead of the binary. Valgrind's own output goes to a log
# per process (tests read sockwatch's stderr exactly), and any error makes
# the exit status 99, which the tests see as a failure.
here=$(cd "$(dirname "$0")" && pwd)
exec valgrind -q --vgdb=no --leak-check=full --show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
	--suppressions="$here/valgrind.supp" \
	--log-file="${SW_VALGRIND_LOGS:-/tmp}/valgrind.%p.log" \
	"$SW_VALGRIND_BINARY" "$@"
