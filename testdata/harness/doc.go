// Package harness is what testdata/realclient and testdata/webclient share:
// the programs that run the vendor's code (its native SDKs, its browser
// client in Chromium) and record what it says. Both must keep that code on
// stand-in servers of their own and leave nothing behind, and both do it
// with this one copy of each guard:
//
//   - CheckKey and CheckServer: every license key, and every server a
//     client is given, names only http://127.0.0.1:PORT/. A key that names
//     no server makes the vendor's code call the vendor's public one.
//   - Sandbox: the vendor's code runs in new user, mount, PID and network
//     namespaces, with only loopback up and a root of its own (the system's
//     programs and libraries read-only, a fresh /proc, /dev and /tmp, and
//     the run's own folders), so that no host socket, path or server is
//     within its reach. Init must be the first call of such a program's
//     main.
//   - Fetch, with NPMPack, CheckIntegrity, ExtractFiles and ExtractTree: the
//     vendor's packages come from npm, pinned and checked against their
//     dist.integrity, with npm's cache and HOME in a temporary folder.
//   - MakePrivateDir and CheckPrivateDir: a folder whose files are loaded
//     must be this user's alone.
//   - Group and RunBounded: each child runs as the leader of a process group
//     of its own, under a time limit, and ending it ends that group alone.
//
// Its import path is github.com/dlserr/dlserr/testdata/harness; like the
// programs, it is no part of the dlserr package and `go test ./...` leaves
// it out, so CI vets and tests it by name.
package harness
