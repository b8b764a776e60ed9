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
// last in six packages (npm pack, with npm's cache and HOME in a temporary
// folder, checked against pinned hashes; -cache keeps the tarballs in a
// folder of this user's alone), extracts their dist/ folders into a
// temporary folder of the run, and writes DIR/web.golden: # lines that say
// what each scenario is, then one line per observation, "EDITION SCENARIO
// KIND VALUE" (see goldenHeader). To refresh the committed copy, pass -out
// testdata/webclient. It needs npm and Debian's chromium (/usr/bin/chromium);
// .ci/webclient installs both where they are missing. -parallel sets how
// many browsers run at a time (2), besides the four scenarios that wait 15 s
// for the client's own timeout, which start first; -run picks scenarios by
// EDITION/SCENARIO, for a partial file.
//
// The browser must reach no server but the program's own and leave nothing
// behind (testdata/harness has the guards, shared with testdata/realclient):
//
//   - Every key a page gets passes harness.CheckKey (each server
//     http://127.0.0.1:PORT/), or, for the two malformed keys, a check that
//     the client cannot read a server from them; every licenseServer list
//     passes checkServerList.
//   - The page server, the stand-ins and the browsers run in a
//     harness.Sandbox: new user, mount, PID and network namespaces, only
//     loopback, and a root of its own that holds the system's programs and
//     libraries read-only and the run's temporary folder (a copy of this
//     program, the dist/ folders), and nothing else of the machine: no
//     socket or file of its /tmp, /run, /var, home folders or work tree. If
//     the kernel refuses the namespaces, the program stops.
//   - Chromium's own network log (--log-net-log) lists every URL it
//     requested, from the page and its workers; a URL not on 127.0.0.1 fails
//     the run; --host-resolver-rules makes every host name fail to resolve.
//   - Each browser runs in a process group of its own, with HOME (and the
//     XDG folders under it), TMPDIR and its profile in a fresh temporary
//     folder, no other environment but PATH (so no proxy), and an overall
//     timeout; the program ends the group and waits until none of it is left
//     before it removes the folder. npm and the program's own copy in the
//     sandbox get a fresh HOME too.
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
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

// The program re-executes itself: the host process needs the network for
// npm, the scenarios process lives in the sandbox.
const (
	roleEnv       = "WEBCLIENT_ROLE"
	roleScenarios = "scenarios"
)

func main() {
	harness.Init()
	log.SetFlags(0)
	log.SetPrefix("webclient: ")
	out := flag.String("out", "", "folder to write web.golden to (required)")
	cache := flag.String("cache", "", "folder to keep the npm tarballs in between runs, this user's alone (default: a temporary folder)")
	dist := flag.String("dist", "", "(internal) folder with each edition's dist/")
	run := flag.String("run", "", "run only the scenarios whose EDITION/SCENARIO matches this regular expression (the golden file is then partial)")
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
// scenarios in a sandbox that sees the run's temporary folder alone, and
// copies the golden file they wrote to out.
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
	// The sandbox shows the folder at the path it really has.
	if tmp, err = filepath.EvalSymlinks(tmp); err != nil {
		return err
	}
	if cache == "" {
		cache = filepath.Join(tmp, "tarballs")
	}
	if cache, err = filepath.Abs(cache); err != nil {
		return err
	}
	if err := harness.MakePrivateDir(cache); err != nil {
		return err
	}
	dist, home, results := filepath.Join(tmp, "dist"), filepath.Join(tmp, "home"), filepath.Join(tmp, "out")
	if err := errors.Join(os.Mkdir(dist, 0o700), os.Mkdir(home, 0o700), os.Mkdir(results, 0o700)); err != nil {
		return err
	}
	start := time.Now()
	for _, e := range editions {
		if err := fetch(e, cache, dist); err != nil {
			return err
		}
	}
	fmt.Printf("fetched and extracted %d editions in %.1fs\n", len(editions), time.Since(start).Seconds())
	self, err := harness.CopyExecutable(filepath.Join(tmp, "bin"))
	if err != nil {
		return err
	}
	args := []string{"-out", results, "-dist", dist, "-parallel", strconv.Itoa(parallel)}
	if run != "" {
		args = append(args, "-run", run)
	}
	sb := &harness.Sandbox{
		Path: self, Args: args,
		Env: []string{roleEnv + "=" + roleScenarios, "HOME=" + home, "PATH=/usr/bin:/bin"},
		Dir: tmp, Writable: []string{tmp},
		Stdout: os.Stdout, Stderr: os.Stderr,
	}
	if err := sb.Run(); err != nil {
		return fmt.Errorf("scenarios: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(results, "web.golden"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "web.golden"), data, 0o644)
}
