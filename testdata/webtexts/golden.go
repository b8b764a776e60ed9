package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var kinds = []string{"text", "template", "form", "usage", "status", "other"}

// line is an entry as the golden file writes it.
func (e entry) line() string {
	num := "-"
	if e.number != 0 {
		num = strconv.FormatInt(e.number, 10)
	}
	return fmt.Sprintf("%s %s %d %s %s %s", e.pkg, e.file, e.off, num, e.kind, strconv.Quote(e.text))
}

func less(a, b entry) bool {
	switch {
	case a.pkg != b.pkg:
		return a.pkg < b.pkg
	case a.file != b.file:
		return a.file < b.file
	case a.off != b.off:
		return a.off < b.off
	case a.text != b.text:
		return a.text < b.text
	case a.number != b.number:
		return a.number < b.number
	}
	return a.kind < b.kind
}

// dedupe sorts the entries and drops repeated lines.
func dedupe(es []entry) []entry {
	es = append([]entry(nil), es...)
	sort.Slice(es, func(i, j int) bool { return less(es[i], es[j]) })
	var res []entry
	for _, e := range es {
		if len(res) > 0 && res[len(res)-1].line() == e.line() {
			continue
		}
		res = append(res, e)
	}
	return res
}

// formatGolden writes the golden file: its header, then the lines, sorted.
// Nothing in it depends on the run (no time, no folder).
func formatGolden(entries []entry) []byte {
	es := dedupe(entries)
	var b bytes.Buffer
	for _, l := range strings.Split(strings.TrimSpace(goldenHeader), "\n") {
		b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
	}
	b.WriteString("#\n# The packages, pinned by their tarball's sha512:\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "#   %s %s\n", s.spec(), s.integrity)
	}
	b.WriteString("#\n# Lines per package and kind:\n")
	counts := map[string]map[string]int{}
	for _, e := range es {
		if counts[e.pkg] == nil {
			counts[e.pkg] = map[string]int{}
		}
		counts[e.pkg][e.kind]++
	}
	for _, s := range sources {
		var parts []string
		for _, k := range kinds {
			if n := counts[s.spec()][k]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", k, n))
			}
		}
		if len(parts) == 0 {
			parts = []string{"none"}
		}
		fmt.Fprintf(&b, "#   %s: %s\n", s.spec(), strings.Join(parts, ", "))
	}
	b.WriteString("#\n# What fills the holes ({1} is the first {} of the text), for each text with holes:\n")
	for _, h := range holeNotes(es) {
		b.WriteString("#   " + h + "\n")
	}
	b.WriteString("#\n")
	for _, e := range es {
		b.WriteString(e.line() + "\n")
	}
	return b.Bytes()
}

const goldenHeader = `
webtexts: the license texts of the vendor's web packages, as their files hold them.
Written by "go run ./testdata/webtexts -out DIR"; do not edit. CI reruns it and
diffs the result with testdata/webtexts/texts.golden.

One line per distinct text per place: PACKAGE FILE OFFSET NUMBER KIND "TEXT", sorted.
  PACKAGE  the npm package, NAME@VERSION.
  FILE     the file's path in the package. A file inside a Debian package is
           DEB//PATH, with each space of PATH written %20.
  OFFSET   the byte offset in FILE where the text starts: a wasm or ELF C string's
           first byte; the first token of the JavaScript expression that makes it.
  NUMBER   the vendor's number the code pairs the text with: an error table's
           record in a wasm or ELF file, a code key of the object the text is a
           property of, a number argument before it in a call, or a number
           assigned to a *code property before the text is assigned to a message;
           "-" where the code shows none.
  KIND     text: a whole license text. template: a license text the code composes,
           each part it fills in at run time written {}. form: a wrapper around
           another text ({} is that text), or a part the code joins to one (a
           prefix, a suffix, a filler), as the binary holds it. usage: a misuse
           of the license API, not a license failure. status: a progress message
           of a loader or of the license client. other: any other text the rule
           catches (logs, UI, notices).
  TEXT     Go-quoted (strconv.Quote). A native format string's conversions
           (%s, %d) are written {}; %% is %. Where a conditional, or a name bound
           to a string, gives an expression several values, each is a line of
           its own at the same place.

The rule that picks the texts is in main.go's doc comment: license keywords in a
message, then the curated lists of select.go. ES module copies (NAME.esm.js,
NAME.es.js, NAME.mjs beside NAME.js) are the same code and are not read.
`

// holeNotes says what fills the holes of each template and form: the
// curated description where there is one, else the code that fills each
// hole at the template's first place.
func holeNotes(es []entry) []string {
	seen := map[string]bool{}
	var notes []string
	for _, e := range es {
		if len(e.holes) == 0 || seen[e.text] {
			continue
		}
		seen[e.text] = true
		desc := holeDescriptions[e.text]
		if desc == "" {
			var parts []string
			for i, h := range e.holes {
				parts = append(parts, fmt.Sprintf("{%d} %s", i+1, strconv.Quote(h)))
			}
			desc = "code: " + strings.Join(parts, ", ")
		}
		notes = append(notes, strconv.Quote(e.text)+": "+desc)
	}
	sort.Strings(notes)
	return notes
}

// holeDescriptions says, in words, what fills each hole of a license
// template or form (from the code around it; see the report).
var holeDescriptions = map[string]string{
	"An error occurred during authorization: {} Contact the site administrator for more information.":                                  "{1} the license server's message (its JSON \"message\", trimmed, with a \".\" added where it has none)",
	"An error occurred during authorization: {} [Contact Dynamsoft](https://www.dynamsoft.com/company/contact/) for more information.": "{1} the license server's message, as above (a public trial key's ending)",
	"Domain does not match the domain bound to the {} module license.":                                                                 "{1} the module's name",
	"Initialization Failed: {}":          "{1} the message of what the scanner's initialization threw (a license text among them), or the thrown value itself",
	"Resource Initialization Failed: {}": "{1} the message of what loading the SDK threw (initLicense's texts among them), or the thrown value itself",
	"The Dynamic Web TWAIN license expired{}. Please contact the website developer for further assistance.":         "{1} \"\" or \" on \" and the expiry date written \"Month D, YYYY\"",
	"The Dynamic Web TWAIN product key expired{}. Please contact the website developer for further assistance.":     "{1} \"\" or \" on \" and the expiry date written \"Month D, YYYY\"",
	"The document scanning SDK license expired{}. Please contact the website developer for further assistance.":     "{1} \"\" or \" on \" and the expiry date written \"Month D, YYYY\"",
	"The document scanning SDK product key expired{}. Please contact the website developer for further assistance.": "{1} \"\" or \" on \" and the expiry date written \"Month D, YYYY\"",
	"The current product key expired on {}, please contact the site administrator.":                                 "{1} the expiry date (%s)",
	"The current product key has expired on {}, please contact the site administrator.":                             "{1} the expiry date (%s)",
	"The current product key has expired on {}/{}/{}, please contact the site administrator.":                       "{1} {2} {3} the expiry date's three numbers (%d/%d/%d)",
	"The current product key is not for version {}, please contact the site administrator.":                         "{1} the product's version (%s)",
	"The current product key is not for version {}. ":                                                               "{1} Web TWAIN's version, MAJOR.MINOR or MAJOR.MINOR.PATCH",
	"The current product key is not for version {}. Please contact the site administrator.":                         "{1} Web TWAIN's version, MAJOR.MINOR or MAJOR.MINOR.PATCH",
	"The current product key {}, please contact the site administrator.":                                            "{1} what the key lacks (%s), such as \"is missing the core license\"",
	"[Attention(exceptionCode:{})] ": "{1} the license code that masked the result (%d); the masked text follows",
	"[{}] [{}] {}":                   "{1} the SDK function's name, {2} the error's code, {3} its message",
	"[{}] {}":                        "{1} the SDK function's name (an error without a code) or the error's code (image and capture calls), {2} its message",
	"code:{};message:{}":             "{1} the license code (%d), {2} its text (%s)",
}
