package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

// The two servers every key of the table names unless it says otherwise.
const (
	mainURL    = "http://127.0.0.1:8080/"
	standbyURL = "http://127.0.0.1:65535/"
)

func TestCheckNotBase64Key(t *testing.T) {
	good := makeKey(ownOrganization, mainURL, standbyURL)
	for _, tt := range []struct {
		key string
		ok  bool
	}{
		{notBase64Key, true},
		{"DLS2-_", true}, // URL-safe base64: atob refuses '-' and '_'
		{"DLS2", false},  // atob("") is ""
		{good, false},
		{"DLS2YWJj", false},
		{"DLS2 YW\tJj\n=", false}, // white space and '=' atob skips
		{"dls2!!!", false},
		{"x:DLS2!!!", false},
		{"DLS2!!!:" + strings.TrimPrefix(good, "DLS2"), false}, // the client reads what follows ':'
		{"DLS2!!!?x", false},
		{"DLS2!!!;" + good, false},
		// A good key's base64 and then '!': atob refuses the whole, so the
		// client reads none of the servers in it.
		{good + "!", true},
	} {
		if err := checkNotBase64Key(tt.key); (err == nil) != tt.ok {
			t.Errorf("checkNotBase64Key(%q) = %v, want ok=%v", tt.key, err, tt.ok)
		}
	}
}

func TestCheckTruncatedKey(t *testing.T) {
	key, whole := truncatedKey(ownOrganization, mainURL, standbyURL)
	if err := checkTruncatedKey(key, whole); err != nil {
		t.Fatalf("the program's truncated key: %v", err)
	}
	text, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(key, "DLS2"))
	if !strings.HasSuffix(string(text), `"sessionPassword":"`) {
		t.Errorf("truncated text %q does not end inside sessionPassword's value", text)
	}
	full := keyJSON(ownOrganization, mainURL, standbyURL)
	other := keyJSON(ownOrganization, "http://dls.example.com/", standbyURL)
	for name, k := range map[string]string{
		"the whole key":          whole,
		"no DLS2":                strings.TrimPrefix(key, "DLS2"),
		"not a prefix":           encodeKey(other[:len(other)-5]),
		"valid JSON prefix":      encodeKey(`{}`),
		"longer than the whole":  encodeKey(full + " "),
		"not strict base64":      "DLS2" + base64.RawStdEncoding.EncodeToString([]byte(full[:len(full)/3*3-2])),
		"a colon":                "x:" + key,
		"empty":                  "DLS2",
		"prefix with a new host": encodeKey(`{"mainServerURL":"http://dls.example.com/"`),
	} {
		if err := checkTruncatedKey(k, whole); err == nil {
			t.Errorf("%s: checkTruncatedKey(%q) accepted it", name, k)
		}
	}
	// The whole key must itself pass harness.CheckKey.
	bad := encodeKey(other)
	if err := checkTruncatedKey(encodeKey(other[:len(other)-5]), bad); err == nil {
		t.Error("a prefix of a key naming another host was accepted")
	}
}

func TestCheckServerList(t *testing.T) {
	if err := checkServerList([]string{mainURL, standbyURL}); err != nil {
		t.Errorf("two loopback servers: %v", err)
	}
	for _, list := range [][]string{nil, {mainURL}, {mainURL, standbyURL, mainURL}, {mainURL, "https://mlts.dynamsoft.com/"}, {"http://localhost:1/", mainURL}} {
		if err := checkServerList(list); err == nil {
			t.Errorf("checkServerList(%q) accepted it", list)
		}
	}
}

// TestScenarios checks the table: names, counts, and that every key maker
// makes a key its check accepts from loopback servers and refuses from
// others.
func TestScenarios(t *testing.T) {
	seen := map[string]bool{}
	count := map[string]int{}
	for _, sc := range scenarios {
		id := sc.edition.name + " " + sc.name
		if seen[id] || sc.name == "" || strings.ContainsAny(sc.name, " \t\n\"") {
			t.Errorf("scenario %q: duplicate or not one field", id)
		}
		seen[id] = true
		count[sc.edition.name]++
		if sc.key == nil && !sc.licenseServer {
			t.Errorf("%s: no key and no licenseServer: the client would ask the vendor's public servers", id)
		}
		if sc.key != nil {
			if _, err := sc.key.make(mainURL, standbyURL); err != nil {
				t.Errorf("%s: key from loopback servers: %v", id, err)
			}
			if k, err := sc.key.make("http://dls.example.com/", standbyURL); err == nil && k != notBase64Key {
				t.Errorf("%s: key naming another host passed its check: %q", id, k)
			}
		}
		if sc.key == notBase64 || sc.key == truncated {
			if !sc.licenseServer {
				t.Errorf("%s: a malformed key without licenseServer", id)
			}
		}
		if sc.keyAbout() == "" || sc.main.about == "" || sc.standby.about == "" {
			t.Errorf("%s: nothing to say in the header", id)
		}
	}
	if count["dbr11"] < 14 || count["dbrjs9"] < 7 || count["dbr10"] < 12 {
		t.Errorf("scenarios per edition: %v", count)
	}
	// What 10.4 must be asked: each outcome the brief of its measurement
	// named, for both organizations where the texts differ.
	for _, name := range []string{"no-key", "not-base64", "trial-closed", "own-closed", "own-503", "trial-hang", "own-hang",
		"trial-bad-body", "own-bad-body", "trial-403-102", "own-403-102", "own-403-111", "own-200-102"} {
		if !seen["dbr10 "+name] {
			t.Errorf("dbr10 has no scenario %s", name)
		}
	}
	for _, sc := range scenarios {
		if strings.HasSuffix(sc.name, "-hang") != sc.slow || (sc.main.about == hanging.about) != sc.slow {
			t.Errorf("%s %s: a scenario that waits for the client's timeout must be slow, and be named *-hang for .ci/webclient", sc.edition.name, sc.name)
		}
	}
}

// TestEditions checks the editions' packages and the scripts the page loads.
func TestEditions(t *testing.T) {
	if len(editions) != 3 || editions[0].name != "dbr11" || editions[1].name != "dbrjs9" || editions[2] != dbr10 {
		t.Fatalf("editions: the golden header and the scenarios take them in the order dbr11, dbrjs9, dbr10")
	}
	for _, e := range editions[:2] {
		if got, want := e.scripts(), []string{"/dist/" + e.name + "/" + e.script}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s scripts = %q, want %q", e.name, got, want)
		}
	}
	want := []string{
		"/dist/dbr10/dynamsoft-core@3.4.31/dist/core.js",
		"/dist/dbr10/dynamsoft-license@3.4.31/dist/license.js",
		"/dist/dbr10/dynamsoft-capture-vision-router@2.4.33/dist/cvr.js",
		"/dist/dbr10/dynamsoft-barcode-reader@10.4.31/dist/dbr.js",
	}
	if got := dbr10.scripts(); !reflect.DeepEqual(got, want) {
		t.Errorf("dbr10 scripts = %q, want %q", got, want)
	}
	seen := map[string]bool{}
	for _, p := range dbr10.packages() {
		name, version, ok := strings.Cut(p.pkg, "@")
		if !ok || name == "" || strings.ContainsAny(p.pkg, `/\ `) || !regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`).MatchString(version) || seen[name] {
			t.Errorf("package %q: not NAME@VERSION, one folder's name, once", p.pkg)
		}
		seen[name] = true
		if !dbr10.pinned(p.pkg) {
			t.Errorf("%s is not pinned", p.pkg)
		}
	}
	if len(seen) != 6 || dbr10.pinned("dynamsoft-core@3.4.30") || dbr10.pinned("dynamsoft-core") {
		t.Errorf("dbr10's packages: %v", dbr10.packages())
	}
	if captureTemplate["dbr11"] != "" || captureTemplate["dbrjs9"] != "" || captureTemplate["dbr10"] == "" {
		t.Errorf("captureTemplate = %q: 11.4 measured with its default, 10.4 needs a barcode template", captureTemplate)
	}
}

// TestCheckResourcePaths feeds checkResourcePaths what a page reports.
func TestCheckResourcePaths(t *testing.T) {
	const base = "http://127.0.0.1:4000/"
	good := func() map[string]resourcePath {
		m := map[string]resourcePath{}
		for name, pkg := range map[string]string{"core": "dynamsoft-core@3.4.31", "license": "dynamsoft-license@3.4.31",
			"cvr": "dynamsoft-capture-vision-router@2.4.33", "std": "dynamsoft-capture-vision-std@1.4.21",
			"dip": "dynamsoft-image-processing@2.4.31", "dbr": "dynamsoft-barcode-reader@10.4.31"} {
			m[name] = resourcePath{pkg[strings.LastIndexByte(pkg, '@')+1:], base + "dist/dbr10/" + pkg + "/dist/"}
		}
		return m
	}
	if err := checkResourcePaths(dbr10, base, good()); err != nil {
		t.Errorf("the pinned layout: %v", err)
	}
	const d = base + "dist/dbr10/"
	for _, tt := range []struct {
		about, name string
		rp          *resourcePath // nil: leave name out
	}{
		{"another version", "std", &resourcePath{"1.4.10", d + "dynamsoft-capture-vision-std@1.4.21/dist/"}},
		{"an unpinned folder", "std", &resourcePath{"1.4.10", d + "dynamsoft-capture-vision-std@1.4.10/dist/"}},
		{"a CDN", "dip", &resourcePath{"2.4.31", "https://cdn.example.com/npm/dynamsoft-image-processing@2.4.31/dist/"}},
		{"another edition", "dbr", &resourcePath{"10.4.31", base + "dist/dbr11/"}},
		{"another server", "core", &resourcePath{"3.4.31", "http://127.0.0.1:4001/dist/dbr10/dynamsoft-core@3.4.31/dist/"}},
		{"not its dist/", "core", &resourcePath{"3.4.31", d + "dynamsoft-core@3.4.31/"}},
		{"no version", "core", &resourcePath{"", d + "dynamsoft-core@3.4.31/dist/"}},
		{"a folder of no version", "x", &resourcePath{"1", d + "x/dist/"}},
		{"a bare folder elsewhere", "root", &resourcePath{"", "/"}},
		{"a package left unnamed", "dip", nil},
		{"the own one left out", "dbr", nil},
	} {
		m := good()
		if tt.rp == nil {
			delete(m, tt.name)
		} else {
			m[tt.name] = *tt.rp
		}
		if err := checkResourcePaths(dbr10, base, m); err == nil {
			t.Errorf("%s: accepted", tt.about)
		}
	}
	// An edition of one package: not checked (see checkResourcePaths).
	if err := checkResourcePaths(editions[0], base, map[string]resourcePath{"dip": {"3.0.10", base + "dynamsoft-image-processing@3.0.10/dist/"}}); err != nil {
		t.Errorf("dbr11's folders, which its bundle's worker does not load from: %v", err)
	}
	if err := checkResourcePaths(editions[1], base, nil); err != nil {
		t.Errorf("9.6, which reports none: %v", err)
	}
}

// TestFetchPackages lays out an edition of several packages from tarballs
// in the cache, as npm pack leaves them, without npm.
func TestFetchPackages(t *testing.T) {
	cache, dist := t.TempDir(), t.TempDir()
	pin := func(pkg string, files map[string]string) string {
		tgz, err := os.ReadFile(tarGz(t, files))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(harness.Tarball(cache, pkg), tgz, 0o600); err != nil {
			t.Fatal(err)
		}
		sum := sha512.Sum512(tgz)
		return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
	}
	e := &edition{name: "ed", pkg: "own@1.0.0", script: "own.js",
		integrity: pin("own@1.0.0", map[string]string{"package/dist/own.js": "own", "package/dist/own.wasm": "w"}),
		deps: []npmPackage{
			{"core@2.0.0", pin("core@2.0.0", map[string]string{"package/dist/core.js": "core", "package/README.md": "no"}), "core.js"},
			{"std@3.0.0", pin("std@3.0.0", map[string]string{"package/dist/std.wasm": "std"}), ""},
		}}
	if err := fetch(e, cache, dist); err != nil {
		t.Fatal(err)
	}
	var got []string
	filepath.WalkDir(dist, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dist, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	want := []string{"ed/core@2.0.0/dist/core.js", "ed/own@1.0.0/dist/own.js", "ed/own@1.0.0/dist/own.wasm", "ed/std@3.0.0/dist/std.wasm"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("laid out %q, want %q", got, want)
	}
	if got, want := e.scripts(), []string{"/dist/ed/core@2.0.0/dist/core.js", "/dist/ed/own@1.0.0/dist/own.js"}; !reflect.DeepEqual(got, want) {
		t.Errorf("scripts = %q, want %q", got, want)
	}
	// A tarball that is not the pinned one: npm would fetch it again; here
	// npm cannot run (PATH is empty), so the fetch must fail.
	e.deps[1].integrity = e.integrity
	t.Setenv("PATH", "")
	if err := fetch(e, cache, t.TempDir()); err == nil {
		t.Error("a tarball with another hash was extracted")
	}
}

func TestCode128(t *testing.T) {
	seen := map[string]bool{}
	for i, p := range code128Patterns {
		sum := 0
		for _, c := range p {
			sum += int(c - '0')
		}
		want, elements := 11, 6
		if i == code128Stop {
			want, elements = 13, 7
		}
		if sum != want || len(p) != elements || seen[p] {
			t.Errorf("pattern %d %q: %d modules, %d elements, or a duplicate", i, p, sum, len(p))
		}
		seen[p] = true
	}

	// "A" in code set B, by hand: start B 211214, 'A' is 33 (131123),
	// check (104 + 33) % 103 = 34 (131123... no: 34 is 131123), stop.
	symbols, widths, err := code128B("A")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{104, 33, 34, 106}; !reflect.DeepEqual(symbols, want) {
		t.Errorf("code128B(A) symbols = %v, want %v", symbols, want)
	}
	wantWidths := []int{2, 1, 1, 2, 1, 4, 1, 1, 1, 3, 2, 3, 1, 3, 1, 1, 2, 3, 2, 3, 3, 1, 1, 1, 2}
	if !reflect.DeepEqual(widths, wantWidths) {
		t.Errorf("code128B(A) widths = %v, want %v", widths, wantWidths)
	}

	// The page's barcode: the check symbol worked out by hand, 3216 % 103 = 23.
	symbols, widths, err = code128B(barcodeText)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{104, 36, 57, 46, 33, 45, 51, 47, 38, 52, 13, 17, 18, 19, 20, 23, 106}
	if !reflect.DeepEqual(symbols, want) {
		t.Errorf("code128B(%q) symbols = %v, want %v", barcodeText, symbols, want)
	}
	modules := 0
	for _, w := range widths {
		modules += w
	}
	if len(widths) != 6*16+7 || modules != 11*16+13 {
		t.Errorf("code128B(%q): %d elements, %d modules", barcodeText, len(widths), modules)
	}
	// Read back: every 6 widths one symbol, in the table.
	for i := 0; i < 16; i++ {
		var p strings.Builder
		for _, w := range widths[6*i : 6*i+6] {
			p.WriteByte(byte('0' + w))
		}
		if p.String() != code128Patterns[symbols[i]] {
			t.Errorf("symbol %d: widths %s, want %s", i, p.String(), code128Patterns[symbols[i]])
		}
	}
	for _, bad := range []string{"", "é", "a\nb", "\x7f"} {
		if _, _, err := code128B(bad); err == nil {
			t.Errorf("code128B(%q) accepted it", bad)
		}
	}
}

// TestGoldenLines checks the golden writer: quoting, field forms, and the
// order of a scenario's lines.
func TestGoldenLines(t *testing.T) {
	sc := &scenario{edition: editions[1], name: "x"}
	o := outcome{sc: sc, requests: "main=2 standby=closed", report: pageReport{Events: []event{
		{Kind: "warn", Value: "Applying for a public trial license ...", Source: "page"},
		{Kind: "resolved", Value: "createInstance"},
		{Kind: "log", Value: "tab\there \"quoted\" back\\slash\nnew line", Source: "worker"},
		{Kind: "resolved", Value: "decode"},
		{Kind: "result", Format: "CODE_128", Text: "[Attention(exceptionCode:-20000)] D*NA*SOFT-*23*"},
		{Kind: "exception", Code: "-20000", Value: "No license specified. Visit https://x/."},
		{Kind: "error", Value: "\x00\u00e9\u2028"},
		{Kind: "result", Format: "two words", Text: ""},
	}}}
	got, err := scenarioLines(o)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`dbrjs9 x resolved createInstance`,
		`dbrjs9 x resolved decode`,
		`dbrjs9 x result CODE_128 "[Attention(exceptionCode:-20000)] D*NA*SOFT-*23*"`,
		`dbrjs9 x result "two words" ""`,
		`dbrjs9 x exception -20000 "No license specified. Visit https://x/."`,
		`dbrjs9 x warn "Applying for a public trial license ..."`,
		`dbrjs9 x log "tab\there \"quoted\" back\\slash\nnew line"`,
		`dbrjs9 x error "\x00é\u2028"`,
		`dbrjs9 x requests main=2 standby=closed`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("scenarioLines:\n got %q\nwant %q", got, want)
	}

	o.report.Events = []event{{Kind: "thrown", Value: "License has expired."}, {Kind: "lts", Value: "111"}, {Kind: "keys", Value: `["ltsErrorCode"]`}}
	got, err = scenarioLines(o)
	if err != nil {
		t.Fatal(err)
	}
	want = []string{`dbrjs9 x thrown "License has expired."`, `dbrjs9 x lts 111`, `dbrjs9 x keys "[\"ltsErrorCode\"]"`, `dbrjs9 x requests main=2 standby=closed`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("scenarioLines:\n got %q\nwant %q", got, want)
	}

	// 10.4's capture error, and properties of any kind, in kindOrder.
	o.sc = &scenario{edition: dbr10, name: "y"}
	o.report.Events = []event{
		{Kind: "resolved", Value: "initLicense"},
		{Kind: "resolved", Value: "createInstance"},
		{Kind: "warn", Value: "w", Source: "page"},
		{Kind: "thrown", Value: "[Barcode Reader] No license found."},
		{Kind: "prop", Name: "detail", Value: `{"a":1}`},
		{Kind: "own", Value: `["stack","message","errorCode","detail","lts"]`},
		{Kind: "keys", Value: `["errorCode","detail"]`},
		{Kind: "lts", Value: "102"},
		{Kind: "code", Value: "-30063"},
		{Kind: "prop", Name: "two words", Value: `"x"`},
	}
	got, err = scenarioLines(o)
	if err != nil {
		t.Fatal(err)
	}
	want = []string{
		`dbr10 y resolved initLicense`,
		`dbr10 y resolved createInstance`,
		`dbr10 y thrown "[Barcode Reader] No license found."`,
		`dbr10 y code -30063`,
		`dbr10 y lts 102`,
		`dbr10 y keys "[\"errorCode\",\"detail\"]"`,
		`dbr10 y own "[\"stack\",\"message\",\"errorCode\",\"detail\",\"lts\"]"`,
		`dbr10 y prop detail "{\"a\":1}"`,
		`dbr10 y prop "two words" "\"x\""`,
		`dbr10 y warn "w"`,
		`dbr10 y requests main=2 standby=closed`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("scenarioLines:\n got %q\nwant %q", got, want)
	}

	for _, bad := range []event{
		{Kind: "code", Value: "-30063.5"},
		{Kind: "code", Value: ""},
		{Kind: "prop", Value: "1"},
		{Kind: "lts", Value: "undefined"},
		{Kind: "lts", Value: "1 2"},
		{Kind: "resolved", Value: "two words"},
		{Kind: "pending", Value: ""},
		{Kind: "nonsense", Value: "x"},
		{Kind: "", Value: "x"},
	} {
		o.report.Events = []event{bad}
		if _, err := scenarioLines(o); err == nil {
			t.Errorf("scenarioLines took %+v", bad)
		}
	}
}

func TestNetlog(t *testing.T) {
	log := []byte(`{"constants":{},"events":[
{"params":{"url":"http://127.0.0.1:4000/run/x/"},"type":1},
{"params":{"url":"http://127.0.0.1:4000/run/x/"},"type":2},
{"params":{"url":"blob:http://127.0.0.1:4000/0a1b"},"type":2},
{"params":{"url":"data:text/plain,x"},"type":2},
{"params":{"url":"https://mlts.dynamsoft.com/auth/?ext=a\"b"},"type":2},
{"params":{"url":"http://update.googleapis.com/service/update2/json"},"type":2},
{"params":{"url":"http://127.0.0.1.example.com:80/"},"type":2},
{"params":{"url":"http://user@127.0.0.1:1/"},"type":2},
{"params":{"url":"http://127.0.0.1:5000/auth/?ext=e30%3D"`) // cut short, as a killed browser leaves it
	urls := netlogURLs(log)
	want := []string{
		"blob:http://127.0.0.1:4000/0a1b",
		"data:text/plain,x",
		"http://127.0.0.1.example.com:80/",
		"http://127.0.0.1:4000/run/x/",
		"http://127.0.0.1:5000/auth/?ext=e30%3D",
		"http://update.googleapis.com/service/update2/json",
		"http://user@127.0.0.1:1/",
		`https://mlts.dynamsoft.com/auth/?ext=a"b`,
	}
	if !reflect.DeepEqual(urls, want) {
		t.Errorf("netlogURLs:\n got %q\nwant %q", urls, want)
	}
	off := offLoopback(urls)
	wantOff := []string{"http://127.0.0.1.example.com:80/", "http://update.googleapis.com/service/update2/json", "http://user@127.0.0.1:1/", `https://mlts.dynamsoft.com/auth/?ext=a"b`}
	if !reflect.DeepEqual(off, wantOff) {
		t.Errorf("offLoopback:\n got %q\nwant %q", off, wantOff)
	}
	if off := offLoopback([]string{"chrome://newtab/", "file:///etc/passwd", "ws://127.0.0.1:1/"}); len(off) != 2 {
		t.Errorf("offLoopback of chrome:, file: and ws: = %q, want the first two", off)
	}
}

// TestPinnedHashes checks that each edition pins a sha512 in npm's form.
func TestPinnedHashes(t *testing.T) {
	for _, e := range editions {
		for _, p := range e.packages() {
			b, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(p.integrity, "sha512-"))
			if !strings.HasPrefix(p.integrity, "sha512-") || err != nil || len(b) != 64 {
				t.Errorf("%s %s: pinned hash %q is no sha512", e.name, p.pkg, p.integrity)
			}
		}
	}
}

// TestStandIns starts each kind of stand-in and asks it what the client
// asks.
func TestStandIns(t *testing.T) {
	st := newStage()
	main, err := status403x102.start(st, "main")
	if err != nil {
		t.Fatal(err)
	}
	standby, err := hanging.start(st, "standby")
	if err != nil {
		t.Fatal(err)
	}
	closedURL, err := closedPort.start(st, "third")
	if err != nil {
		t.Fatal(err)
	}
	if err := checkServerList([]string{main, standby}); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(main + "auth/?ext=e30%3D")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 403 || string(body) != body102 || resp.Header.Get("Access-Control-Allow-Origin") != "*" || resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("403 stand-in: %d %q %v", resp.StatusCode, body, resp.Header)
	}
	req, _ := http.NewRequest(http.MethodOptions, main+"auth/", nil)
	req.Header.Set("Access-Control-Request-Headers", "lts-time")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Headers") != "lts-time" {
		t.Errorf("preflight: %v %v", resp, err)
	}

	client := &http.Client{Timeout: 300 * time.Millisecond}
	if _, err := client.Get(standby + "auth/?ext=x"); err == nil {
		t.Error("the hanging stand-in answered")
	}
	if _, err := net.DialTimeout("tcp", strings.TrimSuffix(strings.TrimPrefix(closedURL, "http://"), "/"), time.Second); err == nil {
		t.Error("the closed port took a connection")
	}
	time.Sleep(50 * time.Millisecond) // the hanging stand-in counts once it has read the headers
	if got := st.requests(); got != "main=2 standby=1 third=closed" {
		t.Errorf("requests = %q", got)
	}
	paths := st.paths()
	if !reflect.DeepEqual(paths["main"], []string{"GET /auth/", "OPTIONS /auth/"}) || !reflect.DeepEqual(paths["standby"], []string{"GET /auth/"}) {
		t.Errorf("paths = %q", paths)
	}
	for _, ps := range paths {
		for _, p := range ps {
			if !standInPath.MatchString(p) {
				t.Errorf("standInPath refuses %q", p)
			}
		}
	}
	st.close()
	if _, err := http.Get(main); err == nil {
		t.Error("a stand-in still answers after the stage closed")
	}
}

func TestLoadArtifact(t *testing.T) {
	thrown := func(text string) outcome {
		return outcome{report: pageReport{Events: []event{{Kind: "warn", Value: idbTimeout}, {Kind: "thrown", Value: text}}}}
	}
	if !loadArtifact(thrown(idbTimeout)) {
		t.Error("the IndexedDB timeout was not taken for one")
	}
	if loadArtifact(thrown("License has expired.")) {
		t.Error("another text was taken for the IndexedDB timeout")
	}
	if loadArtifact(outcome{report: pageReport{Events: []event{{Kind: "warn", Value: idbTimeout}}}}) {
		t.Error("a warning was taken for a throw")
	}
	o := thrown(idbTimeout)
	o.err = errors.New("failed")
	if loadArtifact(o) {
		t.Error("a failed scenario was run again")
	}
}

// TestPageServer serves an edition's files and notes what it could not.
func TestPageServer(t *testing.T) {
	dist := t.TempDir()
	folder := filepath.Join(dist, "dbr10", "dynamsoft-core@3.4.31", "dist")
	if err := errors.Join(os.MkdirAll(folder, 0o700), os.WriteFile(filepath.Join(folder, "core.js"), []byte("core"), 0o600)); err != nil {
		t.Fatal(err)
	}
	ps, stop, err := startPageServer(dist)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	get := func(path string) int {
		resp, err := http.Get(ps.url + path)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("dist/dbr10/dynamsoft-core@3.4.31/dist/core.js"); code != 200 {
		t.Errorf("a file of dist/: %d", code)
	}
	if len(ps.missingFiles()) != 0 {
		t.Errorf("missing after a file was served: %q", ps.missingFiles())
	}
	get("favicon.ico") // the browser asks for it, the page has none
	get("dist/dbr10/dynamsoft-utility@1.4.32/dist/utility.js")
	get("dist/dbr11/dbr.bundle.js")
	get("dynamsoft-image-processing@3.0.10/dist/dip.wasm")
	get("run/none/")
	want := []string{
		"GET /dist/dbr10/dynamsoft-utility@1.4.32/dist/utility.js 404",
		"GET /dist/dbr11/dbr.bundle.js 404",
		"GET /dynamsoft-image-processing@3.0.10/dist/dip.wasm 404",
		"GET /run/none/ 404",
	}
	if got := ps.missingFiles(); !reflect.DeepEqual(got, want) {
		t.Errorf("missingFiles = %q, want %q", got, want)
	}
}

// TestResources checks the header's list of engine resource paths: each
// folder relative to its edition's, whatever the page server's port.
func TestResources(t *testing.T) {
	report := func(port string, paths map[string]resourcePath) pageReport {
		for name, rp := range paths {
			rp.Path = strings.Replace(rp.Path, "PORT", port, 1)
			paths[name] = rp
		}
		return pageReport{Resources: paths}
	}
	outcomes := []outcome{
		{sc: &scenario{edition: dbr10, name: "a"}, report: report("4000", map[string]resourcePath{
			"std":  {"1.4.21", "http://127.0.0.1:PORT/dist/dbr10/dynamsoft-capture-vision-std@1.4.21/dist/"},
			"core": {"3.4.31", "http://127.0.0.1:PORT/dist/dbr10/dynamsoft-core@3.4.31/dist/"},
		})},
		{sc: &scenario{edition: dbr10, name: "b"}, report: report("4001", map[string]resourcePath{
			"core": {"3.4.31", "http://127.0.0.1:PORT/dist/dbr10/dynamsoft-core@3.4.31/dist/"},
		})},
		{sc: &scenario{edition: dbr10, name: "c"}, report: report("4002", map[string]resourcePath{
			"root": {"", "http://127.0.0.1:PORT/dist/dbr10/"},
		})},
		{sc: &scenario{edition: editions[0], name: "d"}, report: report("4003", map[string]resourcePath{
			"dip": {"3.0.10", "http://127.0.0.1:PORT/dynamsoft-image-processing@3.0.10/dist/"},
		})},
	}
	want := []string{
		"dbr10 core 3.4.31 dynamsoft-core@3.4.31/dist/",
		`dbr10 root "" ./`,
		"dbr10 std 1.4.21 dynamsoft-capture-vision-std@1.4.21/dist/",
	}
	if got := resources(outcomes); !reflect.DeepEqual(got, want) {
		t.Errorf("resources = %q, want %q", got, want)
	}
}

// tarGz writes a gzipped tarball of regular files, as npm pack does, and
// returns its path.
func tarGz(t *testing.T, files map[string]string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		io.WriteString(tw, body)
	}
	if err := errors.Join(tw.Close(), zw.Close()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "p.tgz")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
