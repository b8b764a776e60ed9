package main

/*
#include <stdlib.h>

static int call_init_license_into(void *f, const char *key, char *buf, int len) {
	return ((int (*)(const char *, char *, int))f)(key, buf, len);
}

// echo_init_license is an InitLicense for the tests of initWithBuffer: it
// writes the key's bytes, each '~' as a NUL, whatever len says, with no NUL
// of its own, and returns their count.
static int echo_init_license(const char *key, char *buf, int len) {
	int n = 0;
	(void)len;
	for (; key[n] != 0; n++) buf[n] = key[n] == '~' ? 0 : key[n];
	return n;
}

static void *echo_init_license_ptr(void) { return (void *)echo_init_license; }
*/
import "C"

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// serverRow is one row of the license server's error list, in the wording
// of one generation of the list.
type serverRow struct {
	gen  int // 1: the 2021 "LTS" wording, 2: the specification, 3: the revised wording of 2024 and 2025
	code int // the server's own number, 100 to 151
	text string
}

// serverRows is every row of the server's list in every wording generation,
// byte for byte as the specification (dls-error-list.md) and its history
// (dls-wording-history.md) give them. Generation 1 differs from the
// specification in three rows only; generation 3 had two wordings of 108 in
// turn. 113's text of generations 1 and 2 is a template: the server puts the
// license item's id between its quotes.
var serverRows = []serverRow{
	{1, 100, "The standby LTS refuses to provide service while the main LTS is working."},
	{1, 100, "LTS refuses to provide service while under construction."},
	{1, 101, "The handshake code you are using does not exist on the License Tracking Server."},

	{2, 100, "The standby DLS refuses to provide service while the main DLS is working."},
	{2, 100, "DLS refuses to provide service while under construction."},
	{2, 101, "The handshake code you are using does not exist on the Dynamsoft License Server."},
	{2, 102, "Session password is incorrect."},
	{2, 103, "AppDomain for handshake is not matched."},
	{2, 104, "No item matched. Please check your handshake and client settings."},
	{2, 105, "License item does not exist."},
	{2, 106, "Product is not matched."},
	{2, 107, "Version mismatch."},
	{2, 108, "DeploymentType is not matched."},
	{2, 109, "Edition is not matched."},
	{2, 111, "License has expired."},
	{2, 111, "License for this ip has expired."},
	{2, 112, "License has not yet taken effect."},
	{2, 113, "This license item \"+item.getLicenseItemId()+\" has been invalid."},
	{2, 114, "AppDomain for licenseItem is not matched."},
	{2, 115, "ChargeWay for licenseItem is not matched."},
	{2, 120, "License has exceeded its limit."},
	{2, 151, "Cloned device detected."},

	{3, 100, "Service unavailable from standby DLS while primary DLS is operational."},
	{3, 100, "DLS cannot provide service during construction phase."},
	{3, 101, "Non-existent handshake code on Dynamsoft License Server."},
	{3, 102, "Incorrect session password."},
	{3, 103, "Mismatch in AppDomain for handshake."},
	{3, 104, "No matched license found. Verify handshake and client settings."},
	{3, 105, "Provided handShakeId is not compliant with version 1.5."},
	{3, 106, "Product mismatch detected."},
	{3, 107, "Incompatible version."},
	{3, 108, "License unsuitable for the current context."},
	{3, 108, "Deployment type mismatch identified."},
	{3, 109, "Edition mismatch identified."},
	{3, 111, "License expired."},
	{3, 111, "License expired for this IP address."},
	{3, 112, "License not yet effective."},
	{3, 113, "License item invalid or revoked."},
	{3, 114, "License validation field mismatch with configuration."},
	{3, 115, "Incompatible ChargeWay for licenseItem."},
	{3, 120, "License usage exceeded its limit."},
	{3, 121, "Organization ID does not exist or lacks a configured default handshake."},
	{3, 122, "Handshake Code and Organization ID mismatch."},
	{3, 123, "No specified handshake or organization."},
	{3, 124, "Missing licenseItem dependency in handshake."},
	{3, 130, "License quota exceeded by request count."},
	{3, 151, "Unauthorized device clone detected."},
}

// itemTemplate is the part of 113's text where the server puts the license
// item's id; the text leaks the Java that builds it.
const itemTemplate = `"+item.getLicenseItemId()+"`

// The ids the 113 scenarios fill in: one as a server would send it, and one
// that makes the message longer than goBarcodeQrSDK's buffer, to see where
// each SDK cuts it.
var (
	itemID     = "LI-2024-0042"
	longItemID = "LI-" + strings.Repeat("0123456789", 25)
)

// withItem is 113's template with the id filled in, as the server sends it.
func withItem(template, id string) string {
	return strings.Replace(template, itemTemplate, `"`+id+`"`, 1)
}

// refusal is the status a license server refuses a request with.
const refusal = 403

// madeUpCode and madeUpText make a verdict the list does not have: 117
// was never published.
const (
	madeUpCode = 117
	madeUpText = "A made-up verdict for a code the list does not have."
)

// standInAnswer is what one stand-in answers every request with.
type standInAnswer struct {
	status int // 0: no server, a closed port
	body   string
}

var closedPort = standInAnswer{}

// start starts the stand-in for role and returns its URL.
func (a standInAnswer) start(st *stage, role string) string {
	if a.status == 0 {
		return st.closed()
	}
	return st.verdict(role, a.status, a.body)
}

// verdictScenario is a license server that refuses the SDK: what its main
// and standby servers answer, and the row of the list the answer carries,
// if it carries one whole.
type verdictScenario struct {
	name          string
	what          string // for the golden file's header
	row           *serverRow
	main, standby standInAnswer
}

// scenario is v as runProbe runs it: a good key naming v's stand-ins.
func (v verdictScenario) scenario() scenario {
	return scenario{name: v.name, servers: v.what, key: func(st *stage) string {
		return goodKey(v.main.start(st, "main"), v.standby.start(st, "standby"))
	}}
}

// verdictBody is the JSON body a license server refuses a request with.
// Its text is escaped as JSON requires and no more (encoding/json would
// also escape <, > and &, which a server need not).
func verdictBody(code int, text string) string {
	return `{"errorCode":` + strconv.Itoa(code) + `,"message":` + jsonString(text) + `}`
}

func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err) // a string always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// rowName names a row's scenario gG-CODE, with a, b, ... after CODE where
// the generation has more than one text for CODE, in the list's order.
func rowName(r *serverRow) string {
	n, i := 0, 0
	for j := range serverRows {
		if o := &serverRows[j]; o.gen == r.gen && o.code == r.code {
			if o == r {
				i = n
			}
			n++
		}
	}
	name := fmt.Sprintf("g%d-%d", r.gen, r.code)
	if n > 1 {
		name += string(rune('a' + i))
	}
	return name
}

// findRow returns the row of generation gen for code whose text starts with
// prefix.
func findRow(gen, code int, prefix string) *serverRow {
	for i := range serverRows {
		if r := &serverRows[i]; r.gen == gen && r.code == code && strings.HasPrefix(r.text, prefix) {
			return r
		}
	}
	panic(fmt.Sprintf("no row %d %d %q", gen, code, prefix))
}

// verdictScenarios are every row of the list, answered with 403 by main and
// standby alike, then the variants that tell how the SDKs read such an
// answer.
var verdictScenarios = makeVerdictScenarios()

func makeVerdictScenarios() []verdictScenario {
	var list []verdictScenario
	both := func(name, what string, row *serverRow, a standInAnswer) {
		list = append(list, verdictScenario{name: name, what: what, row: row, main: a, standby: a})
	}
	for i := range serverRows {
		r := &serverRows[i]
		both(rowName(r), fmt.Sprintf("main and standby answer %d with generation %d's row %d", refusal, r.gen, r.code),
			r, standInAnswer{refusal, verdictBody(r.code, r.text)})
	}
	item := findRow(2, 113, "")
	for _, id := range []struct{ suffix, id, what string }{
		{"-item", itemID, "a license item id filled in"},
		{"-long-item", longItemID, fmt.Sprintf("a license item id of %d bytes filled in", len(longItemID))},
	} {
		both(rowName(item)+id.suffix, fmt.Sprintf("main and standby answer %d with row 113, %s", refusal, id.what),
			item, standInAnswer{refusal, verdictBody(item.code, withItem(item.text, id.id))})
	}
	for _, r := range []*serverRow{findRow(2, 102, ""), findRow(2, 111, "License has expired.")} {
		for _, status := range []int{400, 401, 500, 200} {
			both(fmt.Sprintf("%s-%d", rowName(r), status), fmt.Sprintf("main and standby answer %d with row %d's body", status, r.code),
				r, standInAnswer{status, verdictBody(r.code, r.text)})
		}
	}
	r102 := findRow(2, 102, "")
	both(fmt.Sprintf("unknown-%d", madeUpCode), fmt.Sprintf("main and standby answer %d with code %d, which the list does not have, and a made-up message", refusal, madeUpCode),
		nil, standInAnswer{refusal, verdictBody(madeUpCode, madeUpText)})
	both("message-only", fmt.Sprintf("main and standby answer %d with row 102's message and no errorCode", refusal),
		nil, standInAnswer{refusal, `{"message":` + jsonString(r102.text) + `}`})
	both("code-only", fmt.Sprintf("main and standby answer %d with errorCode 102 and no message", refusal),
		nil, standInAnswer{refusal, `{"errorCode":` + strconv.Itoa(r102.code) + `}`})
	refuse102 := standInAnswer{refusal, verdictBody(r102.code, r102.text)}
	list = append(list,
		verdictScenario{name: rowName(r102) + "-standby-closed", what: fmt.Sprintf("main answers %d with row 102, standby is a closed port", refusal),
			row: r102, main: refuse102, standby: closedPort},
		verdictScenario{name: rowName(r102) + "-main-closed", what: fmt.Sprintf("main is a closed port, standby answers %d with row 102", refusal),
			row: r102, main: closedPort, standby: refuse102})
	return list
}

// The buffers InitLicense gets: largeBuffer holds every message measured
// whole; wrapperBuffer is goBarcodeQrSDK's, a popular Go wrapper of the
// SDK, whose InitLicense passes make([]byte, 256) and returns string(buf),
// NUL padding and all.
var verdictBuffers = []int{largeBuffer, wrapperBuffer}

const (
	largeBuffer   = 512
	wrapperBuffer = 256
)

// bufferGuard bytes of guardByte follow the buffer: an SDK that wrote past
// the length it was given would change them.
const (
	bufferGuard = 64
	guardByte   = 0xa5
)

// initWithBuffer calls InitLicense (f) with a zeroed buffer of req.Buffer
// bytes and its whole length, as a Go wrapper does with make([]byte, n),
// and records the message as the bytes up to the first NUL, and whether
// there was one. It fails where a wrapper's string(buf) would not be that
// message and NULs: bytes after the first NUL, or any past the buffer.
func initWithBuffer(f unsafe.Pointer, req *probeRequest, res *probeResult) error {
	size := req.Buffer
	mem := C.malloc(C.size_t(size + bufferGuard))
	if mem == nil {
		return errors.New("malloc failed")
	}
	defer C.free(mem)
	buf := unsafe.Slice((*byte)(mem), size+bufferGuard)
	clear(buf[:size])
	for i := size; i < len(buf); i++ {
		buf[i] = guardByte
	}
	key := C.CString(req.Key)
	defer C.free(unsafe.Pointer(key))
	rc := C.call_init_license_into(f, key, (*C.char)(mem), C.int(size))
	for _, b := range buf[size:] {
		if b != guardByte {
			return fmt.Errorf("InitLicense wrote past its %d-byte buffer: %q", size, buf)
		}
	}
	msg, rest, nul := bytes.Cut(buf[:size], []byte{0})
	if strings.Trim(string(rest), "\x00") != "" {
		return fmt.Errorf("InitLicense left bytes after the NUL that ends its message: %q", buf[:size])
	}
	res.Inited, res.RC, res.Message, res.NUL = true, int(rc), string(msg), nul
	return nil
}

// echoInitLicense is echo_init_license, for the tests (which cannot use cgo).
func echoInitLicense() unsafe.Pointer { return C.echo_init_license_ptr() }

// verdictJob is one probe of the verdict scenarios.
type verdictJob struct {
	s      *sdk
	sc     verdictScenario
	buffer int
	res    probeResult
	err    error
}

// runVerdicts runs every verdict scenario with both SDKs and both buffers,
// each in a probe of its own, as many at a time as there are CPUs, and
// returns verdict.golden's lines.
func runVerdicts(cache string) ([]string, error) {
	start := time.Now()
	jobs := verdictJobs()
	image := filepath.Join(dataDir(cache), sampleImage)
	next := make(chan *verdictJob)
	var wg sync.WaitGroup
	for i := 0; i < runtime.NumCPU(); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				req := probeRequest{Kind: probeDecode, Buffer: j.buffer, Image: image}
				j.res, j.err = runProbe(j.s, cache, req, j.sc.scenario())
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	var errs []error
	for _, j := range jobs {
		if j.err == nil && !j.res.Inited {
			j.err = fmt.Errorf("%s %s %d: InitLicense was not called", j.s.name, j.sc.name, j.buffer)
		}
		errs = append(errs, j.err)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	fmt.Printf("verdicts: %d probes, %d at a time, took %.1fs\n", len(jobs), runtime.NumCPU(), time.Since(start).Seconds())
	return verdictGolden(verdictScenarios, jobs), nil
}

// verdictJobs are the probes of the verdict scenarios, in verdict.golden's
// order: by SDK, then scenario, then buffer.
func verdictJobs() []*verdictJob {
	var jobs []*verdictJob
	for _, s := range sdks {
		for _, sc := range verdictScenarios {
			for _, b := range verdictBuffers {
				jobs = append(jobs, &verdictJob{s: s, sc: sc, buffer: b})
			}
		}
	}
	return jobs
}

// verdictHeader says what verdict.golden holds; the scenarios' lines follow.
var verdictHeader = []string{
	"# What both SDKs returned when their license server refused them. Stand-ins on 127.0.0.1 answer every request as a",
	"# license server refuses one, with a JSON body {\"errorCode\":N,\"message\":\"TEXT\"} (Content-Type application/json):",
	fmt.Sprintf("# status %d with every row of the server's list in every wording generation, then variants (other statuses, a", refusal),
	"# code the list does not have, a field missing, one server out of reach). Each scenario ran once per SDK and buffer,",
	"# each run in a process of its own with HOME, the license cache and the stand-ins fresh: InitLicense with a zeroed",
	fmt.Sprintf("# buffer of BUFFER bytes, its whole length passed (%d: every message whole; %d: as github.com/yushulx/goBarcodeQrSDK's", largeBuffer, wrapperBuffer),
	"# InitLicense, which returns string(buf)), then, in the same process, a decode of testdata's sample image",
	"# (barcode4nodejs@9.6.28 package/images/test.tif) as decode.golden's. dbr9: DBR_InitLicense, then DBR_DecodeFile with",
	"# the default template, DBR_GetErrorString of its code and DBR_GetAllTextResults. dcv3: libdcv-nodejs-wrapper.so's",
	"# dcvnodejs_setLicenseCachePath, DC_InitLicense (libDynamsoftLicense.so), then the wrapper's dcvnodejs_captureFileInDisk",
	"# with a template that needs no model file: its errorCode, errorString and items. Lines, the last field Go-quoted:",
	"#   answer SCENARIO ROLE STATUS \"BODY\"   what the ROLE (main or standby) server answered every request with;",
	"#       STATUS closed: a closed port (BODY \"\").",
	"#   row SCENARIO GEN CODE \"TEXT\"   the row of the list whose code and text the scenario's bodies carry: generation",
	"#       GEN (1: the 2021 LTS wording, 2: the specification, 3: the revised wording), the server's code CODE, the list's",
	"#       TEXT (113's template, which the -item scenarios' bodies fill in with an id). A scenario without a row line",
	"#       sends a body that is no row: a code the list does not have, or a field missing.",
	"#   SDK SCENARIO BUFFER init RC END \"MESSAGE\"   InitLicense's return code and message: the buffer's bytes up to",
	"#       the first NUL. END nul: a NUL ended it inside the buffer, so a Go wrapper's string(buf) is MESSAGE followed by",
	"#       NULs up to BUFFER bytes; full: no NUL, string(buf) is MESSAGE, BUFFER bytes.",
	"#   SDK SCENARIO BUFFER requests \"ROLE=N ...\"   how many requests reached each stand-in (not a closed port's)",
	"#   SDK SCENARIO BUFFER decode RC \"TEXT\"   the decode's code and error text",
	"#   SDK SCENARIO BUFFER result FORMAT \"TEXT\"   one line per result, in the SDK's order",
	"# Every line was the same in every run measured: CI compares the file byte for byte.",
}

// verdictGolden writes verdict.golden's lines: the header, what each
// scenario's stand-ins answered, then what each probe got.
func verdictGolden(scenarios []verdictScenario, jobs []*verdictJob) []string {
	lines := append([]string{}, verdictHeader...)
	lines = append(lines, "# The scenarios:")
	for _, sc := range scenarios {
		lines = append(lines, fmt.Sprintf("#   %s: %s.", sc.name, sc.what))
	}
	for _, sc := range scenarios {
		for _, a := range []struct {
			role string
			standInAnswer
		}{{"main", sc.main}, {"standby", sc.standby}} {
			status := "closed"
			if a.status != 0 {
				status = strconv.Itoa(a.status)
			}
			lines = append(lines, fmt.Sprintf("answer %s %s %s %s", sc.name, a.role, status, strconv.Quote(a.body)))
		}
		if sc.row != nil {
			lines = append(lines, fmt.Sprintf("row %s %d %d %s", sc.name, sc.row.gen, sc.row.code, strconv.Quote(sc.row.text)))
		}
	}
	for _, j := range jobs {
		prefix := fmt.Sprintf("%s %s %d ", j.s.name, j.sc.name, j.buffer)
		end := "full"
		if j.res.NUL {
			end = "nul"
		}
		lines = append(lines, prefix+fmt.Sprintf("init %d %s %s", j.res.RC, end, strconv.Quote(j.res.Message)))
		lines = append(lines, prefix+"requests "+strconv.Quote(j.res.Reached))
		d := j.res.Decode
		lines = append(lines, prefix+fmt.Sprintf("decode %d %s", d.RC, strconv.Quote(d.Text)))
		for _, r := range d.Results {
			lines = append(lines, prefix+fmt.Sprintf("result %s %s", field(r.Format), strconv.Quote(r.Text)))
		}
	}
	return lines
}
