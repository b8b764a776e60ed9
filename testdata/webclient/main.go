// Command webclient runs the vendor's newest license client, the JavaScript
// editions of Barcode Reader, in headless Chromium and records what it
// throws and logs, so that dlserr's tests check themselves against what the
// browser client really says.
//
// Run it from the module root:
//
//	go run ./testdata/webclient -out DIR [-cache DIR] [-run REGEXP] [-parallel N]
//
// It fetches the npm packages of three editions, 11.4, 9.6 and 10.4, the
// last in six packages (npm pack, with npm's cache in a temporary folder,
// checked against pinned hashes; -cache keeps the tarballs in a folder of
// this user's alone), extracts their dist/ folders into a temporary folder,
// and writes DIR/web.golden: # lines that say what each scenario is, then
// one line per observation, "EDITION SCENARIO KIND VALUE" (see
// goldenHeader). To refresh the committed copy, pass -out
// testdata/webclient. It needs npm and Debian's chromium (/usr/bin/chromium);
// .ci/webclient installs both where they are missing. -parallel sets how
// many browsers run at a time (2), besides the four scenarios that wait 15 s
// for the client's own timeout, which start first; -run picks scenarios by
// EDITION/SCENARIO, for a partial file.
//
// The browser must reach no server but the program's own and leave nothing
// behind:
//
//   - Every key a page gets passes checkKey (each server
//     http://127.0.0.1:PORT/), or, for the two malformed keys, a check that
//     the client cannot read a server from them; every licenseServer list
//     passes checkServerList.
//   - The servers and the browser run in a new network namespace that has
//     only loopback (checked in /proc/self/net/dev); if the kernel refuses
//     one, the program stops, unless -host-network lets it go on under the
//     key checks and the browser's --host-resolver-rules alone.
//   - Chromium's own network log (--log-net-log) lists every URL it
//     requested, from the page and its workers; a URL not on 127.0.0.1 fails
//     the run.
//   - Each browser runs in a process group of its own, with HOME (and the
//     XDG folders under it), TMPDIR and its profile in a fresh temporary
//     folder, no other environment but PATH (so no proxy), and an overall
//     timeout; the program ends the group and waits until none of it is left
//     before it removes the folder. npm and the program's own copy in the
//     namespace get a fresh HOME too.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// hostNetwork lets the browser run without a network namespace of its own,
// for a machine that allows none.
var hostNetwork bool

// The program re-executes itself: the host process needs the network for
// npm, the scenarios process lives in the namespace.
const (
	roleEnv       = "WEBCLIENT_ROLE"
	roleScenarios = "scenarios"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("webclient: ")
	out := flag.String("out", "", "folder to write web.golden to (required)")
	cache := flag.String("cache", "", "folder to keep the npm tarballs in between runs, this user's alone (default: a temporary folder)")
	dist := flag.String("dist", "", "(internal) folder with each edition's dist/")
	run := flag.String("run", "", "run only the scenarios whose EDITION/SCENARIO matches this regular expression (the golden file is then partial)")
	flag.BoolVar(&hostNetwork, "host-network", false, "run the browser on this machine's network where no network namespace can be made")
	parallel := flag.Int("parallel", 2, "how many browsers run at a time, besides those of the scenarios that wait for the client's timeout")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *parallel < 1 {
		flag.Usage()
		os.Exit(2)
	}
	var filter *regexp.Regexp
	if *run != "" {
		var err error
		if filter, err = regexp.Compile(*run); err != nil {
			log.Fatal(err)
		}
	}
	var err error
	if os.Getenv(roleEnv) == roleScenarios {
		err = scenariosMain(*out, *dist, filter, *parallel)
	} else {
		err = hostMain(*out, *cache, *run, *parallel)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// hostMain fetches the packages, which needs the network, then runs the
// rest without it.
func hostMain(out, cache, run string, parallel int) error {
	if _, err := exec.LookPath("npm"); err != nil {
		return fmt.Errorf("npm is needed to fetch the packages: %v", err)
	}
	if _, err := os.Stat(chromium); err != nil {
		return fmt.Errorf("%s, from Debian's package chromium, is needed: %v", chromium, err)
	}
	var err error
	if out, err = filepath.Abs(out); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "webclient-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if cache == "" {
		cache = filepath.Join(tmp, "tarballs")
	}
	if cache, err = filepath.Abs(cache); err != nil {
		return err
	}
	if err := makePrivateDir(cache); err != nil {
		return err
	}
	dist, home := filepath.Join(tmp, "dist"), filepath.Join(tmp, "home")
	if err := errors.Join(os.Mkdir(dist, 0o700), os.Mkdir(home, 0o700)); err != nil {
		return err
	}
	start := time.Now()
	for _, e := range editions {
		if err := fetch(e, cache, dist); err != nil {
			return err
		}
	}
	fmt.Printf("fetched and extracted %d editions in %.1fs\n", len(editions), time.Since(start).Seconds())
	args := []string{"-out", out, "-dist", dist, "-parallel", strconv.Itoa(parallel)}
	if run != "" {
		args = append(args, "-run", run)
	}
	if err := runIsolated(home, args...); err != nil {
		return fmt.Errorf("scenarios: %v", err)
	}
	return nil
}

// runIsolated mirrors realclient's (host.go): it re-executes the program in
// a new network namespace, directly where the user may (root), in a new
// user namespace where the kernel lets anyone have one, and otherwise, with
// -host-network only, without one. Unlike realclient's, it gives the copy
// HOME, a fresh folder.
func runIsolated(home string, args ...string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	command := func(attr *syscall.SysProcAttr) *exec.Cmd {
		cmd := exec.Command(self, args...)
		cmd.Env = append(os.Environ(), roleEnv+"="+roleScenarios, "HOME="+home)
		cmd.Stdout, cmd.Stderr, cmd.SysProcAttr = os.Stdout, os.Stderr, attr
		return cmd
	}
	id := func(n int) []syscall.SysProcIDMap { return []syscall.SysProcIDMap{{HostID: n, Size: 1}} }
	for _, attr := range []*syscall.SysProcAttr{
		{Cloneflags: syscall.CLONE_NEWNET},
		{Cloneflags: syscall.CLONE_NEWUSER | syscall.CLONE_NEWNET, UidMappings: id(os.Getuid()), GidMappings: id(os.Getgid())},
	} {
		cmd := command(attr)
		if err = cmd.Start(); err == nil {
			return cmd.Wait()
		} else if attr.Cloneflags&syscall.CLONE_NEWUSER == 0 && !errors.Is(err, syscall.EPERM) {
			return err
		}
	}
	if !hostNetwork {
		return fmt.Errorf("no network namespace (%v); -host-network runs the browser on this machine's network", err)
	}
	log.Printf("NOTE: no network namespace (%v): the browser sees this machine's network, "+
		"and only the key checks and its host resolver rules keep it on 127.0.0.1", err)
	return command(nil).Run()
}

// loopbackUp mirrors realclient's (scenarios.go): it brings up lo, which a
// new network namespace starts with down, with the ioctls `ip link set lo
// up` makes.
func loopbackUp() error {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer syscall.Close(fd)
	var ifr struct { // struct ifreq: a name, then a union that starts with the flags
		name  [syscall.IFNAMSIZ]byte
		flags uint16
		_     [22]byte
	}
	copy(ifr.name[:], "lo")
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCGIFFLAGS, uintptr(unsafe.Pointer(&ifr))); e != 0 {
		return e
	}
	if ifr.flags&syscall.IFF_UP != 0 {
		return nil // no new namespace: lo is up already
	}
	ifr.flags |= syscall.IFF_UP
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCSIFFLAGS, uintptr(unsafe.Pointer(&ifr))); e != 0 {
		return e
	}
	return nil
}

// onlyLoopback fails unless the network namespace the program runs in has
// no interface but lo (or -host-network allows it). It reads
// /proc/self/net/dev, which lists the reading process's namespace's
// interfaces (/sys/class/net shows the namespace that mounted /sys).
func onlyLoopback() error {
	data, err := os.ReadFile("/proc/self/net/dev")
	if err != nil {
		return err
	}
	others := otherInterfaces(string(data))
	if len(others) > 0 && !hostNetwork {
		return fmt.Errorf("interfaces other than lo: %v", others)
	}
	return nil
}

// otherInterfaces reads /proc/net/dev's text (two header lines, then
// "NAME: counters" per interface) and returns the names other than lo.
func otherInterfaces(dev string) []string {
	var others []string
	for i, line := range strings.Split(dev, "\n") {
		name, _, ok := strings.Cut(line, ":")
		if i < 2 || !ok {
			continue
		}
		if name = strings.TrimSpace(name); name != "lo" {
			others = append(others, name)
		}
	}
	return others
}
