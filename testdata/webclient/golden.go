package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// kindOrder is the order of a scenario's lines by kind; lines of one kind
// keep the order the page saw them in.
var kindOrder = []string{"resolved", "thrown", "code", "lts", "keys", "own", "prop", "pending", "result", "exception", "console", "uncaught", "requests"}

// consoleKinds are the console's kinds, which share one place in the order:
// warn, error and log lines stay in the order they came.
var consoleKinds = map[string]bool{"warn": true, "error": true, "log": true}

var (
	callName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*$`)
	number   = regexp.MustCompile(`^-?[0-9]+$`)
)

// observationLine is one golden line's kind and value, from an event.
func observationLine(e event) (kind, value string, err error) {
	switch {
	case e.Kind == "resolved" || e.Kind == "pending":
		if !callName.MatchString(e.Value) {
			return "", "", fmt.Errorf("%s: %q is no call's name", e.Kind, e.Value)
		}
		return e.Kind, e.Value, nil
	case e.Kind == "lts" || e.Kind == "code":
		if !number.MatchString(e.Value) {
			return "", "", fmt.Errorf("%s %q is no number", e.Kind, e.Value)
		}
		return e.Kind, e.Value, nil
	case e.Kind == "prop":
		if e.Name == "" {
			return "", "", fmt.Errorf("a property without a name: %+v", e)
		}
		return e.Kind, field(e.Name) + " " + strconv.Quote(e.Value), nil
	case e.Kind == "result":
		return e.Kind, field(e.Format) + " " + strconv.Quote(e.Text), nil
	case e.Kind == "exception":
		return e.Kind, field(e.Code) + " " + strconv.Quote(e.Value), nil
	case e.Kind == "thrown" || e.Kind == "keys" || e.Kind == "own" || e.Kind == "uncaught" || consoleKinds[e.Kind]:
		return e.Kind, strconv.Quote(e.Value), nil
	}
	return "", "", fmt.Errorf("an event of no known kind: %+v", e)
}

// field writes a middle field of a golden line: as it is when it is one
// field (mirrors realclient's), Go-quoted when it is empty or holds a space
// or a quote.
func field(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\n\"\\") || strconv.Quote(s) != `"`+s+`"` {
		return strconv.Quote(s)
	}
	return s
}

// scenarioLines are one scenario's golden lines, in kindOrder.
func scenarioLines(o outcome) ([]string, error) {
	type line struct {
		rank int
		text string
	}
	rank := map[string]int{}
	for i, k := range kindOrder {
		rank[k] = i
	}
	var lines []line
	prefix := o.sc.edition.name + " " + o.sc.name + " "
	for _, e := range o.report.Events {
		kind, value, err := observationLine(e)
		if err != nil {
			return nil, fmt.Errorf("%s%v", prefix, err)
		}
		r := rank[kind]
		if consoleKinds[kind] {
			r = rank["console"]
		}
		lines = append(lines, line{r, prefix + kind + " " + value})
	}
	lines = append(lines, line{rank["requests"], prefix + "requests " + o.requests})
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].rank < lines[j].rank })
	var out []string
	for _, l := range lines {
		out = append(out, l.text)
	}
	return out, nil
}

// golden is the whole file: the header, then each scenario's lines, in
// the scenarios' order.
func golden(outcomes []outcome, partial bool) ([]string, error) {
	lines := goldenHeader(partial, versions(outcomes), resources(outcomes), countWorkers(outcomes))
	for _, o := range outcomes {
		lines = append(lines, fmt.Sprintf("#   %s %s: %s; main: %s; standby: %s.", o.sc.edition.name, o.sc.name, o.sc.keyAbout(), o.sc.main.about, o.sc.standby.about))
	}
	for _, o := range outcomes {
		l, err := scenarioLines(o)
		if err != nil {
			return nil, err
		}
		lines = append(lines, l...)
	}
	return lines, nil
}

// versions lists the distinct versions the pages read, sorted.
func versions(outcomes []outcome) []string {
	seen := map[string]bool{}
	var list []string
	for _, o := range outcomes {
		for name, v := range o.report.Versions {
			if line := name + " " + strconv.Quote(v); !seen[line] {
				seen[line] = true
				list = append(list, line)
			}
		}
	}
	sort.Strings(list)
	return list
}

// resources lists the distinct engine resource paths the pages of editions
// of several packages reported (see checkResourcePaths), each as EDITION
// NAME VERSION FOLDER, the folder relative to the edition's own on the page
// server (whose port changes from run to run), sorted.
func resources(outcomes []outcome) []string {
	seen := map[string]bool{}
	var list []string
	for _, o := range outcomes {
		if len(o.sc.edition.deps) == 0 {
			continue
		}
		for _, name := range sortedKeys(o.report.Resources) {
			rp := o.report.Resources[name]
			folder := rp.Path
			if i := strings.Index(folder, "/dist/"+o.sc.edition.name+"/"); i >= 0 {
				folder = folder[i+len("/dist/"+o.sc.edition.name+"/"):]
			}
			if folder == "" {
				folder = "./"
			}
			line := o.sc.edition.name + " " + field(name) + " " + field(rp.Version) + " " + field(folder)
			if !seen[line] {
				seen[line] = true
				list = append(list, line)
			}
		}
	}
	sort.Strings(list)
	return list
}

// stepLimit is the page's limit for one call, in the header's words.
var stepLimit = fmt.Sprintf("%d s", int(stepTimeout.Seconds()))

// workerCount sums up the clients' workers over a run, for the header.
type workerCount struct{ started, wrapped, lines int }

func countWorkers(outcomes []outcome) workerCount {
	var w workerCount
	for _, o := range outcomes {
		w.started += len(o.report.Workers.Started)
		w.wrapped += len(o.report.Workers.Hello)
		for _, e := range o.report.Events {
			if e.Source == "worker" {
				w.lines++
			}
		}
	}
	return w
}

func goldenHeader(partial bool, versions, resources []string, w workerCount) []string {
	h := []string{
		"# What the vendor's browser license client threw and logged (testdata/webclient): its JavaScript editions in",
		"# Debian's headless Chromium, against stand-in license servers on 127.0.0.1, in a network namespace with only",
		"# loopback, a fresh browser profile per scenario.",
		"#   dbr11:  npm " + editions[0].pkg + ", dist/" + editions[0].script + ". The page sets",
		"#           Dynamsoft.License.LicenseManager.licenseServer where a scenario says so, calls",
		"#           LicenseManager.initLicense(KEY, {executeNow: true}) unless it says \"never called\", then",
		"#           Dynamsoft.CVR.CaptureVisionRouter.createInstance() and router.capture(canvas).",
		"#   dbrjs9: npm " + editions[1].pkg + ", dist/" + editions[1].script + ". The page sets",
		"#           Dynamsoft.DBR.BarcodeReader.licenseServer where a scenario says so and BarcodeReader.license = KEY",
		"#           unless it says \"never set\", then BarcodeReader.createInstance() and reader.decode(canvas).",
		"#   dbr10:  npm " + editions[2].pkg + " and the packages it loads, each one's dist/ in a folder",
		"#           PKG@VERSION/dist/ as a CDN serves them, where the scripts look for each other's modules:",
	}
	for _, p := range editions[2].packages() {
		about := "dist/" + p.script
		if p.script == "" {
			about = "wasm only, which the worker loads"
		}
		h = append(h, "#             "+p.pkg+" ("+about+")")
	}
	h = append(h,
		"#           The page loads the scripts in that order, then runs as for dbr11 but for the template:",
		fmt.Sprintf("#           router.capture(canvas, %q), since 10.4's default template (\"Default\") reads no", captureTemplate["dbr10"]),
		"#           barcode: capture resolved with nothing where the license had failed.",
		fmt.Sprintf("# The canvas holds a Code 128 (code set B) of %q, which the program encodes and the page draws", barcodeText),
		fmt.Sprintf("# (%d pixels a module). The calls run in that order and stop at the first that throws.", moduleWidth),
		"# Versions the pages read once an instance was created (dbr11, dbr10: every Dynamsoft.*.*Module.getVersion(),",
		"# read again once the last call settled, since 10.4 loads the reader's wasm at capture):",
	)
	for _, v := range versions {
		h = append(h, "#   "+v)
	}
	if len(versions) == 0 {
		h = append(h, "#   none (no scenario of this run created an instance)")
	}
	h = append(h, "# Engine resource paths (Dynamsoft.Core.CoreModule.engineResourcePaths) once dbr10's scripts loaded, where",
		"# its worker loads each module from: EDITION NAME VERSION FOLDER, the folder in the edition's own on the page",
		"# server (the run fails unless each is a pinned package's dist/, at the version named):")
	for _, r := range resources {
		h = append(h, "#   "+r)
	}
	if len(resources) == 0 {
		h = append(h, "#   none (no scenario of this run loaded dbr10)")
	}
	h = append(h,
		"# Lines: EDITION SCENARIO KIND VALUE, a text value Go-quoted (strconv.Quote), byte for byte as the page got it:",
		"#   resolved CALL           a call that resolved",
		"#   thrown \"e.message\"      the call after the last resolved one threw e",
		"#   code N                  e.errorCode, where e has it, a number, as its own",
		"#   lts N                   e.ltsErrorCode, where e has it, a number, as its own",
		"#   keys \"JSON\"             Object.keys(e), as JSON",
		"#   own \"JSON\"              Object.getOwnPropertyNames(e), as JSON: the non-enumerable ones too",
		"#   prop NAME \"JSON\"        each own property of e but message, stack and the two numbers above: its",
		"#                           value, as JSON, or String(value) where JSON has none (undefined)",
		"#   pending CALL            a call still unsettled after "+stepLimit,
		"#   result FORMAT \"text\"    a barcode found (dbrjs9: barcodeFormatString, barcodeText; dbr11, dbr10: each item's",
		"#                           formatString, text)",
		"#   exception CODE \"text\"   dbrjs9: a result's exception, code and message; dbr11, dbr10: the captured result's",
		"#                           errorCode and errorString, where errorCode is not 0",
		"#   warn|error|log \"text\"   every console call (console.info and console.debug as log), all of them, not",
		"#                           only the license's, of the page and of the client's workers: the page starts",
		"#                           each worker through a prelude that forwards its console calls. The text: the",
		"#                           arguments joined by spaces, strings as they are, Errors as String(e), anything",
		"#                           else as JSON",
		"#   uncaught \"text\"         an error or a rejection that nothing caught",
		"#   requests ROLE=N ...     how many HTTP requests reached each stand-in during the scenario; \"closed\": a",
		"#                           closed port, where nothing can count",
		"# A scenario's lines come in that order of kinds; lines of one kind in the order they happened (the three",
		"# console kinds together). So a scenario with a warn line and a thrown line says nothing here of which came",
		"# first: in the client, \"Applying for a public trial license ...\" is warned before anything is thrown.",
		"# Every line is the same from run to run but the requests lines of the *-hang scenarios, which follow timing",
		"# (the client asks main, waits up to 10 s, then standby, within its own 15 s limit): .ci/webclient compares",
		"# all other lines with a fresh run's. A scenario whose client threw "+strconv.Quote(idbTimeout)+" (its own",
		"# "+idbLimit+" limit on opening IndexedDB, not the license's; seen once, on a machine with a load average of 13 on",
		fmt.Sprintf("# 2 cores) runs again, up to %d times in all; the lines are the last attempt's. A run fails where Chromium's", attempts),
		"# own network log (--log-net-log) shows a URL off 127.0.0.1, a stand-in is asked anything but GET /auth/",
		"# (or a CORS preflight of it), or the page server is asked for anything it does not have (but the browser's",
		"# own /favicon.ico). Every stand-in's answer carries Access-Control-Allow-Origin: * (page and stand-ins are",
		"# different origins, and the client's fetch reads no answer without it); the answers that hold the server's",
		"# JSON are application/json.",
		"# Keys: \"DLS2\" and base64 of {\"organizationID\":ORG,\"handshakeCode\":ORG-1,\"mainServerURL\":...,",
		"# \"standbyServerURL\":...,\"sessionPassword\":\"x\"}, ORG "+trialOrganization+" (a public trial) or "+ownOrganization+" (own).",
		fmt.Sprintf("# Workers: the clients started %d in all, %d of them through the prelude; %d console lines came from them.",
			w.started, w.wrapped, w.lines),
	)
	if partial {
		h = append(h, "# PARTIAL: this run was made with -run and holds only the scenarios it chose.")
	}
	return append(h, "# The scenarios; KEY's servers, or licenseServer's, are the main and standby stand-ins:")
}
