package main

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

//go:embed page
var pageFiles embed.FS

// scenario is one license outcome: what the stand-ins do, which key the page
// hands the client, and whether it calls initLicense (11.x) or sets the
// license property (9.x) at all.
type scenario struct {
	edition *edition
	name    string
	main    server
	standby server
	// key makes the key; nil: the page passes "" (11.x) or leaves the
	// license unset (9.x).
	key *keyMaker
	// callInit: 11.x calls initLicense(key, {executeNow: true}); 9.x sets
	// BarcodeReader.license = key. Without it the page goes straight to
	// createInstance.
	callInit bool
	// licenseServer sets the client's licenseServer property to the two
	// stand-ins: the servers of a public trial without a key, and a net
	// under the malformed keys.
	licenseServer bool
	slow          bool // waits for the client's own timeout
}

// server is a kind of stand-in, started for one role (main or standby).
type server struct {
	about string
	start func(st *stage, role string) (string, error)
}

// The stand-ins' answers.
const (
	notLicense = "not a license\n"
	body102    = `{"errorCode":102,"message":"Session password is incorrect."}`
	body111    = `{"errorCode":111,"message":"License has expired."}`
)

var (
	closedPort = server{"a closed port", func(st *stage, role string) (string, error) { return st.closed(role) }}
	status503  = server{"503 Service Unavailable (text/plain)", func(st *stage, role string) (string, error) {
		return st.answer(role, http.StatusServiceUnavailable, "text/plain; charset=utf-8", "Service Unavailable")
	}}
	status403x102 = server{"403 " + body102, func(st *stage, role string) (string, error) {
		return st.answer(role, http.StatusForbidden, "application/json", body102)
	}}
	status403x111 = server{"403 " + body111, func(st *stage, role string) (string, error) {
		return st.answer(role, http.StatusForbidden, "application/json", body111)
	}}
	badBody = server{"200 with the body " + fmt.Sprintf("%q", notLicense) + " (text/plain), no license", func(st *stage, role string) (string, error) {
		return st.answer(role, http.StatusOK, "text/plain; charset=utf-8", notLicense)
	}}
	// The server's verdict with another status: does the client read the
	// JSON of an answer that is OK, or not OK but not a 403?
	status200x102 = server{"200 " + body102, func(st *stage, role string) (string, error) {
		return st.answer(role, http.StatusOK, "application/json", body102)
	}}
	status503x102 = server{"503 " + body102, func(st *stage, role string) (string, error) {
		return st.answer(role, http.StatusServiceUnavailable, "application/json", body102)
	}}
	hanging = server{"reads the request and never answers", func(st *stage, role string) (string, error) { return st.hang(role) }}
)

// keyMaker makes a scenario's key from the stand-ins' URLs and checks it.
type keyMaker struct {
	about string
	make  func(mainURL, standbyURL string) (string, error)
}

// withKey makes well-formed keys of the organization.
func withKey(organization, about string) *keyMaker {
	return &keyMaker{"a key of organization " + organization + " (" + about + ") naming main and standby",
		func(mainURL, standbyURL string) (string, error) {
			key := makeKey(organization, mainURL, standbyURL)
			return key, harness.CheckKey(key)
		}}
}

var (
	notBase64 = &keyMaker{fmt.Sprintf("%q", notBase64Key), func(string, string) (string, error) {
		return notBase64Key, checkNotBase64Key(notBase64Key)
	}}
	truncated = &keyMaker{"a key of organization " + ownOrganization + " naming main and standby, its JSON text cut off inside sessionPassword's value",
		func(mainURL, standbyURL string) (string, error) {
			key, whole := truncatedKey(ownOrganization, mainURL, standbyURL)
			return key, checkTruncatedKey(key, whole)
		}}
)

// keyAbout says what a scenario's key is, for the header.
func (sc *scenario) keyAbout() string {
	var about string
	switch {
	case !sc.callInit && sc.edition.name == "dbrjs9":
		about = "BarcodeReader.license never set"
	case !sc.callInit:
		about = "initLicense never called"
	default:
		key := `""`
		if sc.key != nil {
			key = sc.key.about
		}
		about = "initLicense(" + key + ", {executeNow: true})"
		if sc.edition.name == "dbrjs9" {
			about = "BarcodeReader.license = " + key
		}
	}
	if sc.licenseServer {
		about += "; licenseServer = [main, standby]"
	}
	return about
}

// The scenarios, in the golden file's order.
var scenarios = func() []*scenario {
	b11, b9, b10 := editions[0], editions[1], editions[2]
	trial, own := withKey(trialOrganization, "public trial"), withKey(ownOrganization, "own")
	return []*scenario{
		{edition: b11, name: "no-key", main: status503, standby: status503, callInit: true, licenseServer: true},
		{edition: b11, name: "no-init", main: status503, standby: status503, licenseServer: true},
		{edition: b11, name: "not-base64", main: status503, standby: status503, key: notBase64, callInit: true, licenseServer: true},
		{edition: b11, name: "truncated-json", main: status503, standby: status503, key: truncated, callInit: true, licenseServer: true},
		{edition: b11, name: "trial-closed", main: closedPort, standby: closedPort, key: trial, callInit: true},
		{edition: b11, name: "trial-503", main: status503, standby: status503, key: trial, callInit: true},
		{edition: b11, name: "trial-403-102", main: status403x102, standby: status403x102, key: trial, callInit: true},
		{edition: b11, name: "trial-403-111", main: status403x111, standby: status403x111, key: trial, callInit: true},
		{edition: b11, name: "trial-bad-body", main: badBody, standby: badBody, key: trial, callInit: true},
		{edition: b11, name: "trial-hang", main: hanging, standby: hanging, key: trial, callInit: true, slow: true},
		{edition: b11, name: "own-closed", main: closedPort, standby: closedPort, key: own, callInit: true},
		{edition: b11, name: "own-503", main: status503, standby: status503, key: own, callInit: true},
		{edition: b11, name: "own-403-102", main: status403x102, standby: status403x102, key: own, callInit: true},
		{edition: b11, name: "own-403-111", main: status403x111, standby: status403x111, key: own, callInit: true},
		{edition: b11, name: "own-bad-body", main: badBody, standby: badBody, key: own, callInit: true},
		{edition: b11, name: "own-hang", main: hanging, standby: hanging, key: own, callInit: true, slow: true},

		{edition: b9, name: "no-key", main: status503, standby: status503, licenseServer: true},
		{edition: b9, name: "not-base64", main: status503, standby: status503, key: notBase64, callInit: true, licenseServer: true},
		{edition: b9, name: "truncated-json", main: status503, standby: status503, key: truncated, callInit: true, licenseServer: true},
		{edition: b9, name: "trial-closed", main: closedPort, standby: closedPort, key: trial, callInit: true},
		{edition: b9, name: "own-closed", main: closedPort, standby: closedPort, key: own, callInit: true},
		{edition: b9, name: "own-503", main: status503, standby: status503, key: own, callInit: true},
		{edition: b9, name: "own-403-102", main: status403x102, standby: status403x102, key: own, callInit: true},
		{edition: b9, name: "own-403-111", main: status403x111, standby: status403x111, key: own, callInit: true},
		{edition: b9, name: "own-bad-body", main: badBody, standby: badBody, key: own, callInit: true},

		// 10.4 as 11.4, then how it reads an answer: its worker
		// (license.worker.js 3.4.31) looks for the server's JSON in any
		// answer of main's that is not OK, and in none of standby's; an OK
		// answer is the license, whatever it holds. The last three show it.
		{edition: b10, name: "no-key", main: status503, standby: status503, callInit: true, licenseServer: true},
		{edition: b10, name: "no-init", main: status503, standby: status503, licenseServer: true},
		{edition: b10, name: "not-base64", main: status503, standby: status503, key: notBase64, callInit: true, licenseServer: true},
		{edition: b10, name: "truncated-json", main: status503, standby: status503, key: truncated, callInit: true, licenseServer: true},
		{edition: b10, name: "trial-closed", main: closedPort, standby: closedPort, key: trial, callInit: true},
		{edition: b10, name: "trial-503", main: status503, standby: status503, key: trial, callInit: true},
		{edition: b10, name: "trial-403-102", main: status403x102, standby: status403x102, key: trial, callInit: true},
		{edition: b10, name: "trial-403-111", main: status403x111, standby: status403x111, key: trial, callInit: true},
		{edition: b10, name: "trial-bad-body", main: badBody, standby: badBody, key: trial, callInit: true},
		{edition: b10, name: "trial-hang", main: hanging, standby: hanging, key: trial, callInit: true, slow: true},
		{edition: b10, name: "own-closed", main: closedPort, standby: closedPort, key: own, callInit: true},
		{edition: b10, name: "own-503", main: status503, standby: status503, key: own, callInit: true},
		{edition: b10, name: "own-403-102", main: status403x102, standby: status403x102, key: own, callInit: true},
		{edition: b10, name: "own-403-111", main: status403x111, standby: status403x111, key: own, callInit: true},
		{edition: b10, name: "own-bad-body", main: badBody, standby: badBody, key: own, callInit: true},
		{edition: b10, name: "own-hang", main: hanging, standby: hanging, key: own, callInit: true, slow: true},
		{edition: b10, name: "own-200-102", main: status200x102, standby: status200x102, key: own, callInit: true},
		{edition: b10, name: "own-503-102", main: status503x102, standby: status503x102, key: own, callInit: true},
		{edition: b10, name: "own-standby-102", main: closedPort, standby: status403x102, key: own, callInit: true},
	}
}()

// Limits. A page gives a call stepTimeout before it records it as pending;
// the browser gets browserTimeout in all.
const (
	stepTimeout    = 60 * time.Second
	browserTimeout = 150 * time.Second
	settle         = 500 * time.Millisecond
	moduleWidth    = 3 // pixels per Code 128 module
)

// pageConfig is the page's config.json. Router: the page drives Capture
// Vision's router (dbr11, dbr10), not 9.x's BarcodeReader.
type pageConfig struct {
	Edition       string   `json:"edition"`
	Scripts       []string `json:"scripts"`
	Router        bool     `json:"router"`
	Template      string   `json:"template,omitempty"` // capture's template; "": the router's default
	CallInit      bool     `json:"callInit"`
	Key           string   `json:"key"`
	LicenseServer []string `json:"licenseServer,omitempty"`
	WrapWorkers   bool     `json:"wrapWorkers"`
	Channel       string   `json:"channel"`
	StepTimeout   int64    `json:"stepTimeout"`
	Settle        int64    `json:"settle"`
	Code128       []int    `json:"code128"`
	Module        int      `json:"module"`
}

// pageReport is what the page posts.
type pageReport struct {
	Events   []event           `json:"events"`
	Versions map[string]string `json:"versions"`
	// Resources are the engine resource paths once the scripts loaded
	// (router editions; checkResourcePaths says which it checks).
	Resources map[string]resourcePath `json:"resources"`
	Workers   struct {
		Started []string `json:"started"`
		Hello   []string `json:"hello"`
	} `json:"workers"`
	Failure string `json:"failure"`
}

// event is one thing the page saw (page.js lists them).
type event struct {
	Kind   string `json:"kind"`
	Value  string `json:"value"`
	Format string `json:"format"`
	Text   string `json:"text"`
	Code   string `json:"code"`
	Name   string `json:"name"` // a prop's
	Source string `json:"source"`
	T      int64  `json:"t"` // milliseconds since the page began to load
}

// run is one scenario's page on the page server, waiting for its report.
type run struct {
	config []byte
	once   sync.Once
	report pageReport
	err    error
	done   chan struct{}
}

// pageServer serves each edition's dist/ under /dist/NAME/ and each run's
// page under /run/TOKEN/, on 127.0.0.1. It notes every request it could not
// answer but the browser's own for /favicon.ico: a client that asks for a
// file its packages lack (a module of another version, a folder outside its
// dist/) would run without it, and the run fails.
type pageServer struct {
	url     string
	mu      sync.Mutex
	runs    map[string]*run
	missing map[string]bool
}

// statusWriter keeps the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// noteMissing wraps the page server's handler to note what it did not
// serve.
func (ps *pageServer) noteMissing(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		if sw.status >= 400 && r.URL.Path != "/favicon.ico" {
			ps.mu.Lock()
			ps.missing[r.Method+" "+r.URL.Path+" "+strconv.Itoa(sw.status)] = true
			ps.mu.Unlock()
		}
	})
}

// missingFiles lists what the page server did not serve, sorted.
func (ps *pageServer) missingFiles() []string {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return sortedKeys(ps.missing)
}

func startPageServer(dist string) (*pageServer, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	ps := &pageServer{url: "http://" + ln.Addr().String() + "/", runs: map[string]*run{}, missing: map[string]bool{}}
	page, err := fs.Sub(pageFiles, "page")
	if err != nil {
		return nil, nil, err
	}
	mux := http.NewServeMux()
	for _, e := range editions {
		prefix := "/dist/" + e.name + "/"
		mux.Handle(prefix, http.StripPrefix(prefix, http.FileServer(http.Dir(filepath.Join(dist, e.name)))))
	}
	mux.HandleFunc("/run/", func(w http.ResponseWriter, r *http.Request) {
		token, file, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/run/"), "/")
		ps.mu.Lock()
		rn := ps.runs[token]
		ps.mu.Unlock()
		switch {
		case rn == nil:
			http.NotFound(w, r)
		case file == "config.json":
			w.Header().Set("Content-Type", "application/json")
			w.Write(rn.config)
		case file == "report" && r.Method == http.MethodPost:
			var rep pageReport
			err := json.NewDecoder(io.LimitReader(r.Body, 4<<20)).Decode(&rep)
			rn.once.Do(func() { rn.report, rn.err = rep, err; close(rn.done) })
			w.WriteHeader(http.StatusNoContent)
		case file == "" || file == "page.js":
			name, contentType := "index.html", "text/html; charset=utf-8"
			if file != "" {
				name, contentType = file, "text/javascript; charset=utf-8"
			}
			data, err := fs.ReadFile(page, name)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", contentType)
			w.Write(data)
		default:
			http.NotFound(w, r)
		}
	})
	srv := &http.Server{Handler: ps.noteMissing(mux), ErrorLog: log.New(io.Discard, "", 0), ReadHeaderTimeout: time.Minute}
	go srv.Serve(ln)
	return ps, func() { srv.Close() }, nil
}

// add makes a run for config and returns its page's URL.
func (ps *pageServer) add(config []byte) (string, *run, func(), error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", nil, nil, err
	}
	token := hex.EncodeToString(b)
	rn := &run{config: config, done: make(chan struct{})}
	ps.mu.Lock()
	ps.runs[token] = rn
	ps.mu.Unlock()
	return ps.url + "run/" + token + "/", rn, func() {
		ps.mu.Lock()
		delete(ps.runs, token)
		ps.mu.Unlock()
	}, nil
}

// outcome is what one scenario gave.
type outcome struct {
	sc       *scenario
	report   pageReport
	requests string
	paths    map[string][]string
	browser  browserRun
	err      error
}

// runScenario starts the scenario's stand-ins, checks its key, runs a
// browser on its page and collects what the page reported and what reached
// the stand-ins.
func runScenario(ps *pageServer, sc *scenario) (out outcome) {
	out.sc = sc
	st := newStage()
	defer st.close()
	fail := func(err error) outcome {
		out.err = fmt.Errorf("%s %s: %v", sc.edition.name, sc.name, err)
		return out
	}
	mainURL, err := sc.main.start(st, "main")
	if err != nil {
		return fail(err)
	}
	standbyURL, err := sc.standby.start(st, "standby")
	if err != nil {
		return fail(err)
	}
	cfg := pageConfig{
		Edition: sc.edition.name, Scripts: sc.edition.scripts(),
		Router: sc.edition.name != "dbrjs9", Template: captureTemplate[sc.edition.name],
		CallInit: sc.callInit, WrapWorkers: true, Channel: "webclient-console",
		StepTimeout: stepTimeout.Milliseconds(), Settle: settle.Milliseconds(), Module: moduleWidth,
	}
	if sc.key != nil {
		if cfg.Key, err = sc.key.make(mainURL, standbyURL); err != nil {
			return fail(fmt.Errorf("REFUSED to use a key: %v", err))
		}
	}
	if sc.licenseServer {
		cfg.LicenseServer = []string{mainURL, standbyURL}
		if err := checkServerList(cfg.LicenseServer); err != nil {
			return fail(fmt.Errorf("REFUSED: %v", err))
		}
	}
	if _, cfg.Code128, err = code128B(barcodeText); err != nil {
		return fail(err)
	}
	config, err := json.Marshal(cfg)
	if err != nil {
		return fail(err)
	}
	pageURL, rn, remove, err := ps.add(config)
	if err != nil {
		return fail(err)
	}
	defer remove()
	out.browser, err = runBrowser(pageURL, rn.done, browserTimeout)
	out.requests, out.paths = st.requests(), st.paths()
	if err != nil {
		return fail(fmt.Errorf("%v\nbrowser output:\n%s", err, out.browser.output))
	}
	if off := offLoopback(out.browser.urls); len(off) > 0 {
		return fail(fmt.Errorf("the browser asked for URLs off 127.0.0.1: %q", off))
	}
	for role, paths := range out.paths {
		for _, p := range paths {
			if !standInPath.MatchString(p) {
				return fail(fmt.Errorf("the %s stand-in was asked %q, not the client's auth request", role, p))
			}
		}
	}
	if rn.err != nil {
		return fail(fmt.Errorf("report: %v", rn.err))
	}
	out.report = rn.report
	if out.report.Failure != "" {
		return fail(fmt.Errorf("the page failed: %s", out.report.Failure))
	}
	if err := checkResourcePaths(sc.edition, ps.url, out.report.Resources); err != nil {
		return fail(err)
	}
	return out
}

// idbTimeout is what both clients throw when opening IndexedDB takes longer
// than idbLimit (dbr.bundle.worker.js and dbr-9.6.42.browser.worker.js:
// setTimeout(..., 5e3)), which has nothing to do with the license servers:
// it was seen once, in dbrjs9 own-closed, on a machine with a load average
// of 13 on 2 cores. A scenario that gives it runs again, up to attempts
// times in all, and the golden file records the last attempt.
const (
	idbTimeout = "Failed to open indexedDB: Timeout."
	idbLimit   = "5 s"
	attempts   = 3
)

// loadArtifact tells whether o's client threw idbTimeout.
func loadArtifact(o outcome) bool {
	for _, e := range o.report.Events {
		if e.Kind == "thrown" && e.Value == idbTimeout {
			return o.err == nil
		}
	}
	return false
}

// standInPath is what the clients ask a license server: GET /auth/ (with
// ?ext=..., cut off here), and a CORS preflight of it should one come.
var standInPath = regexp.MustCompile(`^(GET|OPTIONS) /auth/$`)

// scenariosMain runs in the sandbox: every scenario, each with its own
// stand-ins and browser, the slow ones beside the others, then the golden
// file, only once all succeeded.
func scenariosMain(out, dist string, filter *regexp.Regexp, parallel int) error {
	if err := harness.Isolated(); err != nil {
		return err
	}
	ps, stop, err := startPageServer(dist)
	if err != nil {
		return err
	}
	defer stop()
	start := time.Now()
	var chosen []*scenario
	for _, sc := range scenarios {
		if filter == nil || filter.MatchString(sc.edition.name+"/"+sc.name) {
			chosen = append(chosen, sc)
		}
	}
	// The slow scenarios wait for the client's own timeout: they start
	// first, beside the others, which run parallel at a time, each with a
	// browser and stand-ins of its own. The file's order is the table's.
	outcomes := make([]outcome, len(chosen))
	var wg sync.WaitGroup
	run := func(i int) {
		defer wg.Done()
		for attempt := 1; ; attempt++ {
			outcomes[i] = runScenario(ps, chosen[i])
			progress(outcomes[i])
			if !loadArtifact(outcomes[i]) || attempt == attempts {
				return
			}
			fmt.Printf("%s %s: the client gave up opening IndexedDB (its own %s limit): once more (attempt %d of %d)\n",
				chosen[i].edition.name, chosen[i].name, idbLimit, attempt+1, attempts)
		}
	}
	for i, sc := range chosen {
		if sc.slow {
			wg.Add(1)
			go run(i)
		}
	}
	next := make(chan int)
	for w := 0; w < parallel; w++ {
		go func() {
			for i := range next {
				run(i)
			}
		}()
	}
	for i, sc := range chosen {
		if !sc.slow {
			wg.Add(1)
			next <- i
		}
	}
	close(next)
	wg.Wait()
	var errs []error
	for _, o := range outcomes {
		errs = append(errs, o.err)
	}
	if missing := ps.missingFiles(); len(missing) > 0 {
		errs = append(errs, fmt.Errorf("the page server could not serve %q", missing))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	lines, err := golden(outcomes, filter != nil)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "web.golden"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote web.golden to %s: %d scenarios in %.1fs\n", out, len(outcomes), time.Since(start).Seconds())
	return nil
}

// progress prints what a scenario gave, as it ends.
func progress(o outcome) {
	if o.err != nil {
		fmt.Printf("%s %s: FAILED after %.1fs\n", o.sc.edition.name, o.sc.name, o.browser.elapsed.Seconds())
		return
	}
	var got []string
	for _, e := range o.report.Events {
		if e.Kind == "thrown" || e.Kind == "resolved" || e.Kind == "pending" {
			got = append(got, fmt.Sprintf("%s %s (%.1fs)", e.Kind, e.Value, float64(e.T)/1000))
		}
	}
	w := o.report.Workers
	fmt.Printf("%s %s: %.1fs (ended in %.1fs) | %s | %s | %d URLs, all on 127.0.0.1 | asked: %v | workers started %d, wrapped %d | versions %v\n",
		o.sc.edition.name, o.sc.name, o.browser.elapsed.Seconds(), o.browser.ended.Seconds(), strings.Join(got, "; "), o.requests,
		len(o.browser.urls), o.paths, len(w.Started), len(w.Hello), o.report.Versions)
}
