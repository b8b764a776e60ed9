package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

// chromium is Debian's launcher (apt package chromium), a shell script that
// reads /etc/chromium.d and execs /usr/lib/chromium/chromium.
const chromium = "/usr/bin/chromium"

// browserFlags are the flags every browser gets besides its profile, its
// network log, an empty folder for --optimization-guide-manifest-override
// and the page. The first ones are those the measurement in
// shared/spec/sdk-web.md used; --host-resolver-rules makes every host name
// fail to resolve and leaves 127.0.0.1 alone; --disable-dev-shm-usage keeps
// shared memory in TMPDIR (the temporary folder) rather than /dev/shm.
//
// The rest stop what Chromium 156 still asks of Google's servers with the
// first ones, as its network log showed within 25 s of a page load (the
// requests never left: no host name resolves): NetworkTimeServiceQuerying
// (clients2.google.com/time/1/current), OptimizationHints
// (optimizationguide-pa.googleapis.com/v1:GetModels), and the manifest
// override, which makes the on-device model manifest come from the empty
// folder instead of the component updater (update.googleapis.com, despite
// --disable-component-update). --disable-extensions: none is needed.
var browserFlags = []string{
	"--headless=new",
	"--no-sandbox",
	"--disable-gpu",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-proxy-server",
	"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
	"--disable-dev-shm-usage",
	"--no-default-browser-check",
	"--disable-breakpad",
	"--disable-crash-reporter",
	"--disable-extensions",
	"--disable-features=NetworkTimeServiceQuerying,OptimizationHints",
}

// browserRun is what one browser run left: its output, for a failure's
// report, and the URLs its network log holds.
type browserRun struct {
	output  string
	urls    []string
	elapsed time.Duration // until the page reported
	ended   time.Duration // from then until the browser's group was gone
}

// runBrowser starts Chromium on pageURL in a fresh temporary folder (HOME,
// TMPDIR, profile, network log), waits until done is closed or timeout
// passes, then ends it (harness.Group.End): SIGTERM to the browser, which
// then writes its network log out, SIGKILL to its whole process group a few
// seconds later, and waits until no process of the group is left before it
// removes the folder. It ends no process but those of the group it started.
func runBrowser(pageURL string, done <-chan struct{}, timeout time.Duration) (browserRun, error) {
	var run browserRun
	dir, err := os.MkdirTemp("", "webclient-chromium-")
	if err != nil {
		return run, err
	}
	defer os.RemoveAll(dir)
	home, profile, netlog, manifest := filepath.Join(dir, "home"), filepath.Join(dir, "profile"), filepath.Join(dir, "netlog.json"), filepath.Join(dir, "manifest")
	if err := errors.Join(os.Mkdir(home, 0o700), os.Mkdir(profile, 0o700), os.Mkdir(manifest, 0o700)); err != nil {
		return run, err
	}
	args := append(append([]string{}, browserFlags...), "--user-data-dir="+profile, "--log-net-log="+netlog,
		"--optimization-guide-manifest-override="+manifest, pageURL)
	cmd := exec.Command(chromium, args...)
	cmd.Env = []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HOME=" + home, "TMPDIR=" + dir,
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "XDG_CACHE_HOME=" + filepath.Join(home, ".cache")}
	cmd.Dir = dir
	var output limitedBuffer
	cmd.Stdout, cmd.Stderr = &output, &output
	// A group of its own, so that the whole browser can be ended; the
	// launcher execs the browser, which the kernel kills if this program dies.
	start := time.Now()
	g, err := harness.StartGroup(cmd)
	if err != nil {
		return run, err
	}

	var runErr error
	early := false
	select {
	case <-done:
	case <-g.Exited():
		early = true
	case <-time.After(timeout):
		runErr = fmt.Errorf("no report after %v", timeout)
	}
	run.elapsed = time.Since(start)
	// SIGTERM to the browser alone, for a clean exit that writes its network
	// log out; SIGKILL to whatever of its group is left a few seconds later.
	if err := g.End(5*time.Second, 10*time.Second); err != nil {
		return run, errors.Join(runErr, err)
	}
	if early {
		runErr = fmt.Errorf("the browser exited before the page reported: %v", g.Exit())
	}
	run.ended = time.Since(start) - run.elapsed
	run.output = output.String()
	log, err := os.ReadFile(netlog)
	if err != nil {
		return run, errors.Join(runErr, fmt.Errorf("no network log: %v", err))
	}
	run.urls = netlogURLs(log)
	if len(run.urls) == 0 {
		runErr = errors.Join(runErr, errors.New("the network log holds no URL"))
	}
	return run, runErr
}

// netlogURL finds the URLs in a network log: every "url" field of its
// events (URL_REQUEST_START_JOB and the others that name one). The log may
// be cut short; the pattern reads what is there.
var netlogURL = regexp.MustCompile(`"url":"((?:[^"\\]|\\.)*)"`)

// netlogURLs lists the distinct URLs of a network log, sorted.
func netlogURLs(log []byte) []string {
	seen := map[string]bool{}
	for _, m := range netlogURL.FindAllSubmatch(log, -1) {
		u, err := strconv.Unquote(`"` + string(m[1]) + `"`)
		if err != nil {
			u = string(m[1])
		}
		seen[u] = true
	}
	var urls []string
	for u := range seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	return urls
}

// offLoopback returns the URLs that name a server other than 127.0.0.1;
// data:, blob: and about: URLs name none.
func offLoopback(urls []string) []string {
	var off []string
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil {
			off = append(off, raw)
			continue
		}
		switch u.Scheme {
		case "data", "blob", "about":
			continue
		case "http", "https", "ws", "wss":
			if u.Hostname() == "127.0.0.1" && u.User == nil {
				continue
			}
		}
		off = append(off, raw)
	}
	return off
}

// limitedBuffer keeps the first 1 MiB written to it, safe for the two
// goroutines of a command's stdout and stderr.
type limitedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := 1<<20 - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *limitedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
