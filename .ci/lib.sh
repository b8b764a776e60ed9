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

# apt_source_files SOURCESLIST SOURCEPARTS: prints, one a line, the files that
# apt reads its sources from when SOURCESLIST is its main list and
# SOURCEPARTS its folder of more lists, in apt's order: SOURCESLIST if it is
# there, then the files of SOURCEPARTS that apt reads (names of letters,
# digits, "_", "-", ":" and ".", ending in .list or .sources), in byte order.
apt_source_files() {
	local f
	if [ -f "$1" ]; then echo "$1"; fi
	for f in "$2"/*; do
		case ${f##*/} in
		*[!A-Za-z0-9_.:-]*) continue ;;
		*.list | *.sources) [ -f "$f" ] && echo "$f" ;;
		esac
	done | LC_ALL=C sort
}

# backports_entry CODENAME FILE: prints the entry for the suite
# CODENAME-backports that FILE's first entry for Debian's archive of CODENAME
# makes, in FILE's format, which apt tells by the name: deb822 stanzas
# ("Types:", "URIs:", "Suites:", "Components:", "Signed-By:", ...) in a
# *.sources file, one-line entries ("deb [options] URI suite component...")
# in any other. That entry is the first of type deb, one of whose suites is
# CODENAME and one of whose components is main (comments, deb-src entries
# and disabled stanzas do not count); the one printed is the same, with the
# suite CODENAME-backports and the type deb alone: the same URIs, options,
# components and Signed-By. Prints nothing if FILE has no such entry.
backports_entry() {
	case $2 in
	*.sources) backports_entry_deb822 "$1" "$2" ;;
	*) backports_entry_oneline "$1" "$2" ;;
	esac
}

# backports_entry_oneline CODENAME FILE: backports_entry for a one-line list.
# A comment starts at a # outside brackets, as apt reads it.
backports_entry_oneline() {
	awk -v codename="$1" '
	function uncomment(s, i, c, open) {
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "[") open++
			else if (c == "]") open--
			else if (c == "#" && open <= 0) return substr(s, 1, i - 1)
		}
		return s
	}
	{
		s = uncomment($0)
		gsub(/^[ \t\r]+|[ \t\r]+$/, "", s)
		if (s !~ /^deb[ \t]/) next
		s = substr(s, 4)
		sub(/^[ \t]+/, "", s)
		opts = ""
		if (substr(s, 1, 1) == "[") {
			j = index(s, "]")
			if (j == 0) next
			opts = substr(s, 1, j) " "
			s = substr(s, j + 1)
			sub(/^[ \t]+/, "", s)
		}
		n = split(s, w, /[ \t]+/)
		if (n < 3 || w[2] != codename) next
		main = 0
		for (i = 3; i <= n; i++) if (w[i] == "main") main = 1
		if (!main) next
		line = "deb " opts w[1] " " codename "-backports"
		for (i = 3; i <= n; i++) line = line " " w[i]
		print line
		exit
	}' "$2"
}

# backports_entry_deb822 CODENAME FILE: backports_entry for deb822 stanzas.
# Field names are read in any case; a field goes on in the lines that start
# with a space or a tab (Signed-By's key block among them), and lines that
# start with # are comments, left out of the stanza printed.
backports_entry_deb822() {
	awk -v codename="$1" '
	function has(list, word, n, w, i) {
		n = split(list, w, /[ \t\n]+/)
		for (i = 1; i <= n; i++) if (w[i] == word) return 1
		return 0
	}
	function stanza_end(i, k) {
		if (nf > 0 && !found && tolower(value["enabled"]) !~ /^(no|false|off|without|disable)$/ &&
			has(value["types"], "deb") && has(value["suites"], codename) &&
			has(value["components"], "main")) {
			for (i = 1; i <= nf; i++) {
				k = tolower(name[i])
				if (k == "types") print name[i] ": deb"
				else if (k == "suites") print name[i] ": " codename "-backports"
				else print text[i]
			}
			found = 1
		}
		nf = 0
		split("", value)
	}
	{ sub(/\r$/, "") }
	/^#/ { next }
	/^[ \t]*$/ { stanza_end(); next }
	/^[ \t]/ {
		if (nf > 0) {
			text[nf] = text[nf] "\n" $0
			value[tolower(name[nf])] = value[tolower(name[nf])] "\n" $0
		}
		next
	}
	{
		c = index($0, ":")
		if (c == 0) next
		nf++
		name[nf] = substr($0, 1, c - 1)
		text[nf] = $0
		v = substr($0, c + 1)
		gsub(/^[ \t]+|[ \t]+$/, "", v)
		value[tolower(name[nf])] = v
	}
	END { stanza_end() }' "$2"
}

# backports_sources OSRELEASE SOURCESLIST SOURCEPARTS DIR: makes the folder
# DIR/sources.list.d, which apt reads in place of SOURCEPARTS (with
# SOURCESLIST as its main list, as -o Dir::Etc::sourcelist and
# Dir::Etc::sourceparts name them) to see the system's sources and the
# backports suite of the release that OSRELEASE describes: a link to each
# list of SOURCEPARTS that apt reads, and a list dlserr-ci-backports.sources
# (or .list) with the entry that backports_entry makes of the first list, in
# apt's order, that has one. Nothing of the system's is written: that list is
# written before any link, so it cannot be written through one. Fails, and
# says why, if no list has an entry of Debian's archive for the release.
backports_sources() {
	local osrelease=$1 list=$2 parts=$3 dir=$4 suite codename f entry="" ext=""
	local files=()
	suite=$(backports_suite "$osrelease") || return
	codename=${suite%-backports}
	mapfile -t files < <(apt_source_files "$list" "$parts")
	for f in "${files[@]}"; do
		entry=$(backports_entry "$codename" "$f") || return
		if [ -n "$entry" ]; then
			case $f in *.sources) ext=sources ;; *) ext=list ;; esac
			break
		fi
	done
	[ -n "$entry" ] || die "no apt source list has a deb entry of suite $codename with component main" \
		"(read: $list, $parts/*.list, $parts/*.sources): no Debian archive to take $suite from" || return
	mkdir "$dir/sources.list.d" || return
	printf '%s\n' "$entry" >"$dir/sources.list.d/dlserr-ci-backports.$ext" || return
	for f in "${files[@]}"; do
		if [ "$f" != "$list" ]; then
			ln -s -- "$f" "$dir/sources.list.d/" || return
		fi
	done
}

# install_from_backports OSRELEASE SOURCESLIST SOURCEPARTS DIR PACKAGE...:
# installs exactly the named packages from the backports suite of the
# release that OSRELEASE describes, from the archive that the system's
# sources name for that release (SOURCESLIST and SOURCEPARTS are apt's main
# list and folder of more lists, /etc/apt/sources.list and
# /etc/apt/sources.list.d). Each is asked for as PACKAGE/SUITE, so that apt
# takes their dependencies from the release wherever its versions satisfy
# them, and from backports only where they do not (-t SUITE would prefer
# backports for every dependency). apt gets the system's sources plus that
# suite through the folder that backports_sources makes in DIR (a temporary
# folder that the caller removes), named with -o, so nothing under /etc/apt
# is written, and once DIR is gone apt is configured as before (the suite's
# index files that apt-get update fetched into its lists are then unused,
# and the next apt-get update removes them).
install_from_backports() {
	local osrelease=$1 list=$2 parts=$3 dir=$4 suite p
	shift 4
	suite=$(backports_suite "$osrelease") || return
	backports_sources "$osrelease" "$list" "$parts" "$dir" || return
	local opts=(-o "Dir::Etc::sourcelist=$list" -o "Dir::Etc::sourceparts=$dir/sources.list.d")
	local wanted=()
	for p in "$@"; do
		wanted+=("$p/$suite")
	done
	apt-get "${opts[@]}" update -q >/dev/null || return
	DEBIAN_FRONTEND=noninteractive apt-get "${opts[@]}" install -y -q \
		--no-install-recommends "${wanted[@]}" >/dev/null
}

# go_test_brief LOG COMMAND [ARG...]: runs COMMAND, a `go test -v` of one
# package, with its output in the file LOG. When it passes, prints a summary:
# the top-level results ("--- PASS: TestX (0.01s)") and go test's closing
# line. When it fails, or passes without a test that passed (none matched,
# or all were skipped), prints all of LOG, each failing test's own lines
# among it, then why, and fails: with COMMAND's exit status, or 1.
go_test_brief() {
	local log=$1 status=0
	shift
	"$@" >"$log" 2>&1 || status=$?
	if [ "$status" -eq 0 ] && grep -q '^--- PASS: ' "$log"; then
		grep -E '^(--- |ok[[:space:]])' "$log" || true
		return 0
	fi
	cat "$log"
	if [ "$status" -eq 0 ]; then
		echo "$*: no test passed (none ran, or all were skipped)"
		return 1
	fi
	echo "$*: failed, exit status $status"
	return "$status"
}

# test_mutant GO [FLAG...] PACKAGE: runs the tests of PACKAGE, which holds a
# mutant of the code, with the go command GO (`GO test -vet=off FLAG...
# PACKAGE`, output discarded), and says by its exit status what they made of
# it, in the numbers that gremlins v0.6.0 reads go test's exit status as:
#   0  LIVED: they passed;
#   1  KILLED: the package and its tests build, and a test failed;
#   2  NOT VIABLE: the package or its tests do not build.
# go test itself exits 1 for a build failure and for a failing test alike;
# a failure is NOT VIABLE when `GO test -vet=off -c` (which compiles and
# links the test binary, and runs nothing) fails too. Vet is off: a mutant is
# killed by a test, not by vet.
test_mutant() {
	local go=$1 status=0
	shift
	"$go" test -vet=off "$@" >/dev/null 2>&1 || status=$?
	[ "$status" -ne 0 ] || return 0
	"$go" test -vet=off -c -o /dev/null "$@" >/dev/null 2>&1 || return 2
	return 1
}

# gremlins_go DIR GO LIB: writes DIR/go, the go command for gremlins to find
# first on its PATH. gremlins v0.6.0 reads go test's exit status 1 as KILLED
# and 2 as NOT VIABLE, so it counts a mutant that does not build as killed;
# DIR/go runs each of gremlins' runs of a mutant's tests (`go test ...
# -failfast ... PACKAGE`) with test_mutant (from LIB, this file) and GO, and
# hands anything else to GO as it is.
# shellcheck disable=SC2016 # $ in the code written, for that script
gremlins_go() {
	mkdir -p "$1" || return
	{
		echo '#!/usr/bin/env bash'
		echo "# go, as gremlins is to run it: written by gremlins_go of $3."
		printf '. %q\n' "$3"
		echo 'if [ "${1-}" = test ] && [[ " $* " == *" -failfast "* ]]; then'
		printf '\tshift\n\ttest_mutant %q "$@"\n\texit\nfi\n' "$2"
		printf 'exec %q "$@"\n' "$2"
	} >"$1/go" && chmod +x "$1/go"
}

# efficacy KILLED LIVED: prints KILLED / (KILLED + LIVED) as a percentage
# with two decimals, as gremlins does; mutants that did not build or timed
# out count in neither. "n/a" when both are 0.
efficacy() {
	awk -v k="$1" -v l="$2" 'BEGIN {
		if (k + l == 0) print "n/a"
		else printf "%.2f%%\n", 100 * k / (k + l)
	}'
}

# gremlins_counts JSON: prints how many mutants of each status the file JSON
# that gremlins --output wrote holds: killed, lived, timed out, not viable,
# not covered, skipped, on one line.
gremlins_counts() {
	awk '{
		while (match($0, /"status":"[A-Z ]+"/)) {
			n[substr($0, RSTART + 10, RLENGTH - 11)]++
			$0 = substr($0, RSTART + RLENGTH)
		}
	}
	END {
		printf "%d %d %d %d %d %d\n", n["KILLED"], n["LIVED"], n["TIMED OUT"], n["NOT VIABLE"], n["NOT COVERED"], n["SKIPPED"]
	}' "$1"
}

# efficacy_at_least PERCENT KILLED LIVED: succeeds when KILLED / (KILLED +
# LIVED) is at least PERCENT, and at least one mutant was killed or lived.
efficacy_at_least() {
	awk -v p="$1" -v k="$2" -v l="$3" 'BEGIN { exit !(k + l > 0 && 100 * k >= p * (k + l)) }'
}

# gremlins_summary JSON: prints gremlins_counts JSON in words, and their
# efficacy.
gremlins_summary() {
	local counts
	counts=$(gremlins_counts "$1") || return
	local k l t v c s
	read -r k l t v c s <<<"$counts"
	echo "gremlins: $k killed, $l lived, $t timed out, $v not viable, $c not covered, $s skipped; efficacy $(efficacy "$k" "$l")"
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
