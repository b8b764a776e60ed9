# shellcheck shell=bash
# Shell functions for .ci/run and .ci/mutation, sourced by them (bash) and
# checked by .ci/selftest. Each takes what it reads (go.mod, os-release) as an
# argument, so that the self-test can hand it a fixture.

# die MESSAGE...: says why on stderr and fails. Callers write
# `... || die MESSAGE || return`: a function's failing statement ends it only
# where set -e is in force, and it is not in `if f`, `f || ...` or $(f).
die() {
	echo "$*" >&2
	return 1
}

# go_oldest_toolchain GOMOD: prints the name of the oldest toolchain that
# GOMOD's go line allows, as GOTOOLCHAIN takes it. From Go 1.21 on, "go 1.21"
# means the release 1.21.0, and the line may also name it in full ("go
# 1.21.0") or name a release candidate ("go 1.22rc1"); before 1.21, "go 1.20"
# named the release go1.20.
go_oldest_toolchain() {
	local v
	v=$(awk '$1 == "go" { sub(/\r$/, "", $2); print $2; exit }' "$1") || return
	if [[ $v =~ ^1\.([0-9]+)$ ]]; then
		if ((BASH_REMATCH[1] >= 21)); then
			echo "go$v.0"
		else
			echo "go$v"
		fi
	elif [[ $v =~ ^1\.[0-9]+(\.[0-9]+|(rc|beta)[0-9]+)$ ]]; then
		echo "go$v"
	else
		die "$1: cannot read a Go version from its go line: '$v'"
	fi
}

# os_release_field NAME OSRELEASE: prints field NAME of an os-release file,
# unquoted (the file is read, not sourced).
os_release_field() {
	local line v=
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in "$1="*) v=${line#"$1="} ;; esac
	done <"$2"
	v=${v%$'\r'}
	case $v in
	\"*\") v=${v:1:${#v}-2} ;;
	\'*\') v=${v:1:${#v}-2} ;;
	esac
	echo "$v"
}

# backports_suite OSRELEASE: prints the backports suite of the Debian release
# that OSRELEASE describes, e.g. "bookworm-backports".
backports_suite() {
	local codename
	codename=$(os_release_field VERSION_CODENAME "$1") || return
	[ -n "$codename" ] || die "$1 has no VERSION_CODENAME: no backports suite to use" || return
	echo "$codename-backports"
}

# install_from_backports OSRELEASE DIR PACKAGE...: installs the packages from
# the backports suite of the release that OSRELEASE describes. apt gets the
# system's sources plus that suite through a source list written into DIR (a
# temporary folder that the caller removes) and named with -o, so nothing
# under /etc/apt is written, and once DIR is gone apt is configured as before
# (the suite's index files that apt-get update fetched into its lists are
# then unused, and the next apt-get update removes them).
install_from_backports() {
	local osrelease=$1 dir=$2 suite
	shift 2
	suite=$(backports_suite "$osrelease") || return
	if [ -r /etc/apt/sources.list ]; then
		cat /etc/apt/sources.list >"$dir/sources.list"
	else
		: >"$dir/sources.list"
	fi
	echo "deb http://deb.debian.org/debian $suite main" >>"$dir/sources.list"
	local opts=(-o "Dir::Etc::sourcelist=$dir/sources.list")
	apt-get "${opts[@]}" update -q >/dev/null || return
	DEBIAN_FRONTEND=noninteractive apt-get "${opts[@]}" install -y -q \
		--no-install-recommends -t "$suite" "$@" >/dev/null
}

# c_toolchain_missing CC CXX: succeeds when the C compiler CC or the C++
# compiler CXX (commands, as `go env CC` and `go env CXX` name them) is not
# there.
c_toolchain_missing() {
	! command -v "${1%% *}" >/dev/null || ! command -v "${2%% *}" >/dev/null
}

# install_c_toolchain: installs Debian's C and C++ compilers and the C
# library's headers; g++ brings libstdc++, which the vendor's libraries need.
install_c_toolchain() {
	apt-get update -q >/dev/null || return
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
		--no-install-recommends gcc g++ libc6-dev >/dev/null
}

# proc_pgrp PID, proc_ppid PID: print the process group, or the parent, of
# process PID; fail if there is no such process.
proc_pgrp() {
	local stat pgrp
	{ read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	stat=${stat##*) } # after the command name, which may hold anything
	read -r _ _ pgrp _ <<<"$stat"
	echo "$pgrp"
}
proc_ppid() {
	local stat ppid
	{ read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	stat=${stat##*) }
	read -r _ ppid _ <<<"$stat"
	echo "$ppid"
}

# proc_live PID: succeeds when process PID exists and is not a zombie.
proc_live() {
	local stat
	{ read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

# group_live PGID: succeeds when some process of group PGID is alive.
group_live() {
	local f stat pgrp
	for f in /proc/[0-9]*/stat; do
		{ read -r stat <"$f"; } 2>/dev/null || continue
		stat=${stat##*) }
		read -r stat _ pgrp _ <<<"$stat"
		if [ "$pgrp" = "$1" ] && [ "$stat" != Z ]; then
			return 0
		fi
	done
	return 1
}

# group_start COMMAND [ARG...]: starts COMMAND in the background, stdin from
# /dev/null, as the leader of a process group of its own, and puts that
# group's id (the leader's pid) into GROUP. With job control on, bash puts the
# job into its group in the child and in this shell both, so the id is right
# before anything else can happen. Whatever COMMAND starts is in the group
# too, unless it moves itself out.
group_start() {
	set -m
	"$@" </dev/null &
	# shellcheck disable=SC2034 # for the caller
	GROUP=$!
	set +m
}

# group_end PGID [GRACE]: ends process group PGID, and nothing else: SIGTERM
# to the group, SIGKILL to what is left after GRACE seconds (default 3), then
# waits until no process of the group is alive, and reaps the leader if it is
# this shell's child. Refuses this shell's own group, and fails if a process
# of the group outlives SIGKILL or if the leader lives on outside it.
group_end() {
	local pgid=$1 grace=${2:-3} own i
	[[ $pgid =~ ^[0-9]+$ ]] && ((pgid > 1)) || die "group_end: not a process group id: '$pgid'" || return
	own=$(proc_pgrp $$) || return
	[ "$pgid" != "$own" ] || die "group_end: $pgid is this shell's own group" || return
	kill -TERM -- "-$pgid" 2>/dev/null || true
	for ((i = 0; i < grace * 10; i++)); do
		group_live "$pgid" || break
		sleep 0.1
	done
	kill -KILL -- "-$pgid" 2>/dev/null || true
	for ((i = 0; i < 50; i++)); do
		group_live "$pgid" || break
		sleep 0.1
	done
	! group_live "$pgid" || die "group_end: process group $pgid outlived SIGKILL" || return
	# A leader that lives on is no longer in its group: waiting would hang.
	if proc_live "$pgid" && [ "$(proc_ppid "$pgid")" = "$BASHPID" ]; then
		die "group_end: process $pgid has left its group $pgid" || return
	fi
	wait "$pgid" 2>/dev/null || true
}
