package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

// TestScenarioKeys starts each scenario's stand-ins and checks its key as
// runProbe does: every server a key names must be a stand-in on 127.0.0.1,
// over plain http.
func TestScenarioKeys(t *testing.T) {
	seen := map[string]bool{}
	all := append(append(append([]scenario{}, initScenarios...), startupScenarios...), decodeScenarios...)
	for _, sc := range all {
		if sc.name == "" || strings.ContainsAny(sc.name, " \t\n\"") {
			t.Errorf("scenario %q: not one field", sc.name)
		}
		if sc.key == nil {
			if sc.name != noLicense.name && !strings.HasSuffix(sc.name, "-"+noLicense.name) {
				t.Errorf("%s: no key", sc.name)
			}
			continue
		}
		st := newStage()
		key := sc.key(st)
		if err := harness.CheckKey(key); err != nil {
			t.Errorf("%s: %v", sc.name, err)
		}
		st.close()
		seen[sc.name] = true
	}
	if len(seen) < 20 {
		t.Errorf("%d scenarios with a key, want at least 20", len(seen))
	}
	if err := harness.CheckKey(goodKey("http://127.0.0.1:1/", "https://127.0.0.1:2/")); err == nil {
		t.Error("a key naming an https standby was accepted")
	}
}

// TestSnapshot checks that the guard around the SDKs' default cache folders
// sees a folder appear and a file change, keep its size or get a new mode.
func TestSnapshot(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, ".Dynamsoft")
	dirs := []string{dir}
	absent := snapshot(dirs)
	if len(absent) != 1 || absent[0] != dir+" absent" {
		t.Fatalf("snapshot of a missing folder: %q", absent)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Mkdir(dir, 0o755))
	must(os.WriteFile(filepath.Join(dir, "cache"), []byte("one"), 0o644))
	before := snapshot(dirs)
	if d := diffSnapshots(absent, before); !strings.Contains(d, "+ "+dir+" d") || !strings.Contains(d, "- "+dir+" absent") {
		t.Errorf("a new folder: %q", d)
	}
	if d := diffSnapshots(before, snapshot(dirs)); d != "" {
		t.Errorf("nothing changed, but: %q", d)
	}
	mtime := time.Now().Add(-time.Hour)
	must(os.Chtimes(filepath.Join(dir, "cache"), mtime, mtime))
	before = snapshot(dirs)
	for name, change := range map[string]func(){
		"same size, same time": func() {
			must(os.WriteFile(filepath.Join(dir, "cache"), []byte("two"), 0o644))
			must(os.Chtimes(filepath.Join(dir, "cache"), mtime, mtime))
		},
		"mode": func() { must(os.Chmod(filepath.Join(dir, "cache"), 0o600)) },
		"new file deep down": func() {
			must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
			must(os.WriteFile(filepath.Join(dir, "a", "b", "c"), nil, 0o644))
		},
		"link": func() { must(os.Symlink("/nowhere", filepath.Join(dir, "link"))) },
	} {
		change()
		after := snapshot(dirs)
		if diffSnapshots(before, after) == "" {
			t.Errorf("%s: no change seen", name)
		}
		before = after
	}
}

// specList is dls-error-list.md's table, copied verbatim from its header to
// its last row, malformed separator and leaked Java included.
const specList = `
| Original Error Code | Error Code in Dynamsoft Products | Error Message                                                                    |
| :------------------ | :------------------------------- |
| 100                 | -20100                           | The standby DLS refuses to provide service while the main DLS is working.        |
| 100                 | -20100                           | DLS refuses to provide service while under construction.                         |
| 101                 | -20101                           | The handshake code you are using does not exist on the Dynamsoft License Server. |
| 102                 | -20102                           | Session password is incorrect.                                                   |
| 103                 | -20103                           | AppDomain for handshake is not matched.                                          |
| 104                 | -20104                           | No item matched. Please check your handshake and client settings.                |
| 105                 | -20105                           | License item does not exist.                                                     |
| 106                 | -20106                           | Product is not matched.                                                          |
| 107                 | -20107                           | Version mismatch.                                                                |
| 108                 | -20108                           | DeploymentType is not matched.                                                   |
| 109                 | -20109                           | Edition is not matched.                                                          |
| 111                 | -20111                           | License has expired.                                                             |
| 111                 | -20111                           | License for this ip has expired.                                                 |
| 112                 | -20112                           | License has not yet taken effect.                                                |
| 113                 | -20113                           | This license item "+item.getLicenseItemId()+" has been invalid.                  |
| 114                 | -20114                           | AppDomain for licenseItem is not matched.                                        |
| 115                 | -20115                           | ChargeWay for licenseItem is not matched.                                        |
| 120                 | -20120                           | License has exceeded its limit.                                                  |
| 151                 | -20151                           | Cloned device detected.                                                          |`

// ltsWording and revisedWording are dls-wording-history.md's tables of
// generations 1 and 3, copied verbatim but for their back quotes, written ‵
// as a raw string cannot hold them.
const ltsWording = `
| original | message |
|---|---|
| 100 | ‵The standby LTS refuses to provide service while the main LTS is working.‵ |
| 100 | ‵LTS refuses to provide service while under construction.‵ |
| 101 | ‵The handshake code you are using does not exist on the License Tracking Server.‵ |`

const revisedWording = `
| original | product | message |
|---|---|---|
| 100 | -20100 | ‵Service unavailable from standby DLS while primary DLS is operational.‵ |
| 100 | -20100 | ‵DLS cannot provide service during construction phase.‵ |
| 101 | -20101 | ‵Non-existent handshake code on Dynamsoft License Server.‵ |
| 102 | -20102 | ‵Incorrect session password.‵ |
| 103 | -20103 | ‵Mismatch in AppDomain for handshake.‵ |
| 104 | -20104 | ‵No matched license found. Verify handshake and client settings.‵ |
| 105 | -20105 | ‵Provided handShakeId is not compliant with version 1.5.‵ (NOTE: a different meaning from generation 2's "License item does not exist.") |
| 106 | -20106 | ‵Product mismatch detected.‵ |
| 107 | -20107 | ‵Incompatible version.‵ |
| 108 | -20108 | ‵License unsuitable for the current context.‵ (2024-01-31 to 2025-02-26), then ‵Deployment type mismatch identified.‵ (2025-02-26 to now) |
| 109 | -20109 | ‵Edition mismatch identified.‵ |
| 111 | -20111 | ‵License expired.‵ |
| 111 | -20111 | ‵License expired for this IP address.‵ |
| 112 | -20112 | ‵License not yet effective.‵ |
| 113 | -20113 | ‵License item invalid or revoked.‵ |
| 114 | -20114 | ‵License validation field mismatch with configuration.‵ |
| 115 | -20115 | ‵Incompatible ChargeWay for licenseItem.‵ |
| 120 | -20120 | ‵License usage exceeded its limit.‵ |
| 121 | -20121 | ‵Organization ID does not exist or lacks a configured default handshake.‵ (new code) |
| 122 | -20122 | ‵Handshake Code and Organization ID mismatch.‵ (new code) |
| 123 | -20123 | ‵No specified handshake or organization.‵ (new code) |
| 124 | -20124 | ‵Missing licenseItem dependency in handshake.‵ (new code) |
| 130 | -20130 | ‵License quota exceeded by request count.‵ (new code) |
| 151 | -20151 | ‵Unauthorized device clone detected.‵ |`

// specRows reads the three tables above into rows: generation 2 from the
// specification, 1 and 3 from the history, each back-quoted text of a row
// one row (generation 3 lists 108's two wordings in one).
func specRows(t *testing.T) []serverRow {
	t.Helper()
	var rows []serverRow
	spec := regexp.MustCompile(`^\| (1[0-9]{2}) +\| -(20[0-9]{3}) +\| (.*[^ ]) +\|$`)
	for _, line := range strings.Split(specList, "\n")[3:] {
		m := spec.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("specification row %q unread", line)
		}
		rows = append(rows, specRow(t, 2, m[1], m[2], m[3]))
	}
	quoted := regexp.MustCompile(`‵([^‵]*)‵`)
	for _, table := range []struct {
		gen  int
		text string
		row  *regexp.Regexp
	}{
		{1, ltsWording, regexp.MustCompile(`^\| (1[0-9]{2}) \|() (‵.*) \|$`)},
		{3, revisedWording, regexp.MustCompile(`^\| (1[0-9]{2}) \| -(20[0-9]{3}) \| (‵.*) \|$`)},
	} {
		for _, line := range strings.Split(table.text, "\n")[3:] {
			m := table.row.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("generation %d row %q unread", table.gen, line)
			}
			for _, q := range quoted.FindAllStringSubmatch(m[3], -1) {
				rows = append(rows, specRow(t, table.gen, m[1], m[2], q[1]))
			}
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].gen < rows[j].gen })
	return rows
}

// specRow makes a row, checking that its product code, where the table
// gives one, is the server's code plus 20000.
func specRow(t *testing.T, gen int, code, product, text string) serverRow {
	t.Helper()
	n, err := strconv.Atoi(code)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := strconv.Atoi(product); product != "" && (err != nil || p != 20000+n) {
		t.Fatalf("generation %d row %s: product code -%s", gen, code, product)
	}
	return serverRow{gen, n, text}
}

// TestServerRows checks the program's table against the spec's tables: the
// same rows in the same order, every text byte for byte.
func TestServerRows(t *testing.T) {
	want := specRows(t)
	count := map[int]int{}
	for _, r := range want {
		count[r.gen]++
	}
	if count[1] != 3 || count[2] != 19 || count[3] != 25 {
		t.Fatalf("read %v rows per generation from the spec's tables, want 3, 19 and 25", count)
	}
	for i := 0; i < len(want) || i < len(serverRows); i++ {
		switch {
		case i >= len(serverRows):
			t.Errorf("serverRows lacks %+v", want[i])
		case i >= len(want):
			t.Errorf("serverRows has %+v, which no spec table has", serverRows[i])
		case serverRows[i] != want[i]:
			t.Errorf("serverRows[%d] = %+v, the spec's row is %+v", i, serverRows[i], want[i])
		}
	}
}

// verdictOf reads a stand-in's body as both SDKs do: JSON with an errorCode
// and a message, either of which may be missing.
func verdictOf(t *testing.T, body string) (code *int, message *string) {
	t.Helper()
	var v struct {
		ErrorCode *int    `json:"errorCode"`
		Message   *string `json:"message"`
	}
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("body %q: %v", body, err)
	}
	return v.ErrorCode, v.Message
}

// TestVerdictScenarios checks that every row of the list is answered with
// 403 by both servers of a scenario, with the row's code and text, and that
// the variants are there.
func TestVerdictScenarios(t *testing.T) {
	byName := map[string]verdictScenario{}
	for _, sc := range verdictScenarios {
		if _, dup := byName[sc.name]; dup || sc.name == "" || strings.ContainsAny(sc.name, " \t\n\"") {
			t.Errorf("scenario name %q: empty, repeated or not one field", sc.name)
		}
		byName[sc.name] = sc
		if sc.row != nil {
			for _, a := range []standInAnswer{sc.main, sc.standby} {
				if a.status == 0 {
					continue
				}
				code, msg := verdictOf(t, a.body)
				ok := code != nil && *code == sc.row.code && msg != nil
				if ok && *msg != sc.row.text { // 113's template, filled in
					ok = *msg == withItem(sc.row.text, itemID) || *msg == withItem(sc.row.text, longItemID)
				}
				if !ok {
					t.Errorf("%s: body %q does not carry row %+v", sc.name, a.body, *sc.row)
				}
			}
		}
	}
	// strconv.Quote writes these texts, ASCII all, as JSON does.
	answer := func(status int, code int, text string) standInAnswer {
		return standInAnswer{status, fmt.Sprintf(`{"errorCode":%d,"message":%s}`, code, strconv.Quote(text))}
	}
	want := map[string][2]standInAnswer{}
	for i := range serverRows {
		r := serverRows[i]
		a := answer(403, r.code, r.text)
		want[rowName(&serverRows[i])] = [2]standInAnswer{a, a}
	}
	for _, r := range []serverRow{{2, 102, "Session password is incorrect."}, {2, 111, "License has expired."}} {
		name := fmt.Sprintf("g2-%d", r.code)
		if r.code == 111 {
			name += "a"
		}
		for _, status := range []int{400, 401, 500, 200} {
			a := answer(status, r.code, r.text)
			want[fmt.Sprintf("%s-%d", name, status)] = [2]standInAnswer{a, a}
		}
	}
	item := `This license item "LI-2024-0042" has been invalid.`
	long := `This license item "LI-` + strings.Repeat("0123456789", 25) + `" has been invalid.`
	for name, a := range map[string]standInAnswer{
		"g2-113-item":      answer(403, 113, item),
		"g2-113-long-item": answer(403, 113, long),
		"unknown-117":      answer(403, 117, "A made-up verdict for a code the list does not have."),
		"message-only":     {403, `{"message":"Session password is incorrect."}`},
		"code-only":        {403, `{"errorCode":102}`},
	} {
		want[name] = [2]standInAnswer{a, a}
	}
	if len(long) <= wrapperBuffer {
		t.Errorf("the long item's message is %d bytes: it must not fit goBarcodeQrSDK's buffer", len(long))
	}
	refuse := answer(403, 102, "Session password is incorrect.")
	want["g2-102-standby-closed"] = [2]standInAnswer{refuse, closedPort}
	want["g2-102-main-closed"] = [2]standInAnswer{closedPort, refuse}
	for name, w := range want {
		sc, ok := byName[name]
		if !ok {
			t.Errorf("no scenario %s", name)
		} else if sc.main != w[0] || sc.standby != w[1] {
			t.Errorf("%s: main %+v, standby %+v; want %+v, %+v", name, sc.main, sc.standby, w[0], w[1])
		}
	}
	if len(byName) != len(want) {
		t.Errorf("%d scenarios, want %d", len(byName), len(want))
	}
}

// TestVerdictStandIns starts each scenario's stand-ins as a probe does and
// checks its key names only loopback servers, which answer what the
// scenario says, or are closed.
func TestVerdictStandIns(t *testing.T) {
	client := &http.Client{Timeout: 10 * time.Second}
	for _, sc := range verdictScenarios {
		st := newStage()
		key := sc.scenario().key(st)
		if err := harness.CheckKey(key); err != nil {
			t.Errorf("%s: %v", sc.name, err)
		}
		text, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(key, "DLS2"))
		var fields struct {
			MainServerURL    string `json:"mainServerURL"`
			StandbyServerURL string `json:"standbyServerURL"`
		}
		if err == nil {
			err = json.Unmarshal(text, &fields)
		}
		if err != nil {
			t.Fatalf("%s: key %q: %v", sc.name, key, err)
		}
		for _, s := range []struct {
			url string
			standInAnswer
		}{{fields.MainServerURL, sc.main}, {fields.StandbyServerURL, sc.standby}} {
			if !strings.HasPrefix(s.url, "http://127.0.0.1:") {
				t.Errorf("%s: server %q", sc.name, s.url)
			}
			resp, err := client.Get(s.url + "auth/?ext=x")
			if s.status == 0 {
				if err == nil {
					resp.Body.Close()
					t.Errorf("%s: %s, which should be a closed port, answered %s", sc.name, s.url, resp.Status)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s: %v", sc.name, err)
				continue
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != s.status || string(body) != s.body || resp.Header.Get("Content-Type") != "application/json" {
				t.Errorf("%s: %s answered %d %q (%s, %v); want %d %q", sc.name, s.url, resp.StatusCode, body, resp.Header.Get("Content-Type"), err, s.status, s.body)
			}
		}
		st.close()
	}
}

// TestInitWithBuffer checks what initWithBuffer makes of a buffer, with a
// stand-in InitLicense that writes what it is told.
func TestInitWithBuffer(t *testing.T) {
	for _, tt := range []struct {
		key, msg string
		nul, ok  bool
	}{
		{"short", "short", true, true},
		{"", "", true, true},
		{"12345678", "12345678", false, true}, // fills the buffer: no NUL
		{"1234567~", "1234567", true, true},   // its own NUL in the last byte
		{"123456789", "", false, false},       // one byte past the buffer
		{"ab~cd", "", false, false},           // bytes after the NUL
		{"ab~~~~~~", "ab", true, true},        // NULs to the end
		{"12345678~~~~", "", false, false},    // NULs past the end
		{"\xff\"\\", "\xff\"\\", true, true},  // any bytes
		{"~", "", true, true},
	} {
		req, res := probeRequest{Key: tt.key, Buffer: 8}, probeResult{}
		err := initWithBuffer(echoInitLicense(), &req, &res)
		if (err == nil) != tt.ok {
			t.Errorf("%q: %v, want ok=%v", tt.key, err, tt.ok)
			continue
		}
		if err == nil && (!res.Inited || res.Message != tt.msg || res.NUL != tt.nul || res.RC != len(tt.key)) {
			t.Errorf("%q: %+v, want message %q, NUL %v", tt.key, res, tt.msg, tt.nul)
		}
	}
}

// goldenFields splits a golden line into its fields, the last Go-quoted
// (and written as strconv.Quote writes it), middle ones as field writes them.
func goldenFields(line string) ([]string, error) {
	var fields []string
	for rest := line; rest != ""; {
		var f string
		if rest[0] == '"' {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return nil, fmt.Errorf("bad quoted field in %q: %v", line, err)
			}
			if f, err = strconv.Unquote(q); err != nil || strconv.Quote(f) != q {
				return nil, fmt.Errorf("field %s of %q is not as strconv.Quote writes it", q, line)
			}
			if len(rest) > len(q) && (len(fields) == 0 || field(f) != q) {
				return nil, fmt.Errorf("field %s of %q should not be quoted", q, line)
			}
			rest = rest[len(q):]
		} else {
			i := strings.IndexByte(rest, ' ')
			if i < 0 {
				return nil, fmt.Errorf("last field of %q is not quoted", line)
			}
			f, rest = rest[:i], rest[i:]
			if field(f) != f {
				return nil, fmt.Errorf("field %q of %q should be quoted", f, line)
			}
		}
		fields = append(fields, f)
		if rest != "" {
			if rest[0] != ' ' || len(rest) == 1 {
				return nil, fmt.Errorf("fields of %q not separated by one space", line)
			}
			rest = rest[1:]
		}
	}
	return fields, nil
}

// parseVerdictGolden reads what each probe got from verdict.golden, keyed
// "SDK SCENARIO BUFFER", and checks its answer and row lines against the
// program's scenarios.
func parseVerdictGolden(text string) (map[string]*probeResult, error) {
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if !strings.HasSuffix(text, "\n") {
		return nil, errors.New("no newline at the end")
	}
	results := map[string]*probeResult{}
	scenarios := map[string]verdictScenario{}
	for _, sc := range verdictScenarios {
		scenarios[sc.name] = sc
	}
	for _, line := range lines {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f, err := goldenFields(line)
		if err != nil {
			return nil, err
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %q: too few fields", line)
		}
		if _, ok := scenarios[f[1]]; !ok {
			return nil, fmt.Errorf("line %q: no scenario %q", line, f[1])
		}
		switch {
		case f[0] == "answer" || f[0] == "row":
			continue // verdictGolden writes them from the scenarios; TestVerdictGolden compares
		case len(f) < 5:
			return nil, fmt.Errorf("line %q: too few fields", line)
		}
		key := strings.Join(f[:3], " ")
		res := results[key]
		if res == nil {
			res = &probeResult{}
			results[key] = res
		}
		switch kind := f[3]; {
		case kind == "init" && len(f) == 7 && !res.Inited:
			if res.RC, err = strconv.Atoi(f[4]); err != nil || f[5] != "nul" && f[5] != "full" {
				return nil, fmt.Errorf("line %q: bad code or end", line)
			}
			res.Inited, res.NUL, res.Message = true, f[5] == "nul", f[6]
		case kind == "requests" && len(f) == 5 && res.Inited && res.Reached == "":
			res.Reached = f[4]
			if res.Reached == "" {
				res.Reached = "none"
			}
		case kind == "decode" && len(f) == 6 && res.Reached != "" && res.Decode.Text == "":
			if res.Decode.RC, err = strconv.Atoi(f[4]); err != nil || f[5] == "" {
				return nil, fmt.Errorf("line %q: bad code or text", line)
			}
			res.Decode.Text = f[5]
		case kind == "result" && len(f) == 6 && res.Decode.Text != "":
			res.Decode.Results = append(res.Decode.Results, barcode{f[4], f[5]})
		default:
			return nil, fmt.Errorf("line %q out of place", line)
		}
	}
	return results, nil
}

// TestVerdictGolden checks verdict.golden: every probe's lines are there,
// each message fits its buffer as its end says, and the file is exactly
// what verdictGolden writes from them, header and stand-ins' answers
// included (so they are the program's scenarios).
func TestVerdictGolden(t *testing.T) {
	data, err := os.ReadFile("verdict.golden")
	if err != nil {
		t.Fatal(err)
	}
	results, err := parseVerdictGolden(string(data))
	if err != nil {
		t.Fatal(err)
	}
	jobs := verdictJobs()
	for _, j := range jobs {
		key := fmt.Sprintf("%s %s %d", j.s.name, j.sc.name, j.buffer)
		res := results[key]
		if res == nil || res.Decode.Text == "" {
			t.Fatalf("%s: no init, requests and decode lines", key)
		}
		if res.Reached == "none" {
			res.Reached = ""
		}
		if n := len(res.Message); res.NUL && n >= j.buffer || !res.NUL && n != j.buffer {
			t.Errorf("%s: a %d-byte message, end nul=%v, in a %d-byte buffer", key, n, res.NUL, j.buffer)
		}
		j.res = *res
		delete(results, key)
	}
	for key := range results {
		t.Errorf("lines for %s, which is no probe", key)
	}
	if got := strings.Join(verdictGolden(verdictScenarios, jobs), "\n") + "\n"; got != string(data) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(data), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("verdict.golden line %d is\n%s\nverdictGolden writes\n%s", i+1, wl[i], gl[i])
			}
		}
		t.Fatalf("verdict.golden has %d lines, verdictGolden writes %d", len(wl), len(gl))
	}
}

// TestParseVerdictGolden checks that the parser refuses what the writer
// never writes.
func TestParseVerdictGolden(t *testing.T) {
	good := `dbr9 g2-102 256 init -20003 nul "Session password is incorrect."
dbr9 g2-102 256 requests "main=1 standby=0"
dbr9 g2-102 256 decode -20003 "Failed to synchronize license info with the License Server."
dbr9 g2-102 256 result "CODE 128" "[Attention(exceptionCode:-20102)] *ODE**8"
`
	res, err := parseVerdictGolden(good)
	if err != nil {
		t.Fatalf("good lines: %v", err)
	}
	if r := res["dbr9 g2-102 256"]; r == nil || r.RC != -20003 || len(r.Decode.Results) != 1 || r.Decode.Results[0].Format != "CODE 128" {
		t.Errorf("good lines read as %+v", res)
	}
	for name, text := range map[string]string{
		"no newline":         strings.TrimSuffix(good, "\n"),
		"unquoted last":      strings.Replace(good, `"main=1 standby=0"`, `main=1`, 1),
		"unknown scenario":   strings.Replace(good, "g2-102 256 init", "g9-999 256 init", 1),
		"bad end":            strings.Replace(good, " nul ", " maybe ", 1),
		"decode before init": strings.Join(strings.SplitAfter(good, "\n")[2:], "") + strings.SplitAfter(good, "\n")[0],
		"two inits":          strings.SplitAfter(good, "\n")[0] + good,
		"quote not Go's":     strings.Replace(good, `"main=1 standby=0"`, `"main=1\x20standby=0"`, 1),
		"two spaces":         strings.Replace(good, "256 init", "256  init", 1),
		"quoted needlessly":  strings.Replace(good, `"CODE 128"`, `"CODE_128"`, 1),
		"trailing space":     strings.Replace(good, "0\"\n", "0\" \n", 1),
	} {
		if _, err := parseVerdictGolden(text); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
