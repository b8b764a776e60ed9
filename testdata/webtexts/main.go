// Command webtexts extracts the license texts of the vendor's web packages
// (the browser editions of its SDKs, Document Viewer, Document Scanner, Web
// TWAIN and its service, the React Native wrapper) into one golden file, so
// that a change of any text shows as a diff.
//
// Run it from the module root:
//
//	go run ./testdata/webtexts -out DIR [-cache DIR]
//
// It fetches each package with npm pack (npm's cache and HOME in a
// temporary folder; each tarball checked against its pinned sha512; -cache
// keeps the tarballs in a folder of this user's alone between runs) and
// writes DIR/texts.golden. To refresh the committed copy, pass -out
// testdata/webtexts. It runs none of the vendor's code: it reads it.
//
// # Where the texts come from
//
//   - wasm modules: the data section's segments, cut at their NULs (C
//     strings); and the error tables among them, arrays of {int code; const
//     char *message} records, which pair a text with its number.
//   - ELF files of Web TWAIN's Linux service (in the .deb the package
//     ships): the read-only data's C strings, and the same tables (their
//     pointers are relocations).
//   - JavaScript (and the React Native wrapper's TypeScript, Kotlin and
//     Objective-C): the string and template literals, and what the code
//     composes of them. A chain of + and the parts of a template literal
//     make one text; a part the code fills in at run time is a hole, {}. A
//     branch of a conditional, each side of ||, "".concat(...) and
//     [...].join("") compose too, and a name bound to a string literal, or
//     a function that only returns strings (Web TWAIN's "Please contact the
//     site administrator." or ""), stands for its values. The number the
//     code pairs a text with is a code key of the object literal the text
//     is a property of ({code: -80002, message: "..."}), a number among the
//     call's arguments before it (aa(e, -2325, "...")), or the nearest
//     assignment of a number to a *code property before the text's
//     assignment to a *message or *string property in the same function;
//     an enum member (oa.LicenseInvalid) reads as the number the file binds
//     that name to.
//
// A native format string's conversions (%s, %d) are holes too.
//
// # Which texts are license texts
//
// A text is kept when its literal parts name the license: one of
// "license" (or "licence"), "product key", "online key", "authoriz" (or
// "authoris"), "expire", "domain", "handshake", "session password" or
// "organization id" in any case, "trial" at the start of a word, the word
// "quota", or, in capitals, "DLS" at the start of a word and the word "LTS"
// (the license server's names); and when it reads as a message (a space
// between two letters; no source code or markup; at most 600 bytes). Two
// curated lists in select.go then decide what the keywords miss or catch
// wrongly: curated keeps texts whatever their words (the browser's license
// cache timing out, the wrappers around a license text, Web TWAIN's -2800)
// and gives each text that is not a license failure its kind; skip drops
// what the keywords catch that is no message of the vendor's code (the C
// library's strerror, TLS and HTTP libraries, a model runtime).
//
// The kinds: text (a whole license text), template (a license text with
// holes), form (a wrapper around another text, "Initialization Failed:
// {}", or a part the code joins to one), usage (a misuse of the license
// API, not a license failure), status (a loader's or a license client's
// progress message) and other (any other text the keywords catch: logs,
// UI, notices).
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("webtexts: ")
	out := flag.String("out", "", "folder to write texts.golden to (required)")
	cache := flag.String("cache", "", "folder to keep the npm tarballs in between runs, this user's alone (default: a temporary folder)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, *cache); err != nil {
		log.Fatal(err)
	}
}

func run(out, cache string) error {
	start := time.Now()
	if cache == "" {
		tmp, err := os.MkdirTemp("", "webtexts-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		cache = tmp
	} else {
		var err error
		if cache, err = filepath.Abs(cache); err != nil {
			return err
		}
		if err := harness.MakePrivateDir(cache); err != nil {
			return err
		}
	}
	tarballs := make([]string, len(sources))
	for i, s := range sources {
		var err error
		if tarballs[i], err = harness.Fetch(s.spec(), s.integrity, cache); err != nil {
			return err
		}
	}
	fetched := time.Since(start)
	var entries []entry
	for i, s := range sources {
		files, err := readTarball(tarballs[i], s.wants)
		if err != nil {
			return err
		}
		es, err := scanPackage(s, files)
		if err != nil {
			return err
		}
		entries = append(entries, es...)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	golden := filepath.Join(out, "texts.golden")
	if err := os.WriteFile(golden, formatGolden(entries), 0o644); err != nil {
		return err
	}
	log.Printf("%d lines in %s; fetch %.1f s, all %.1f s", len(dedupe(entries)), golden, fetched.Seconds(), time.Since(start).Seconds())
	return nil
}

// source is a package and the files of it that are read.
type source struct {
	npmPackage
	files []string // path.Match patterns below the package's top folder
	deb   string   // a Debian package in it whose ELF files are read
}

// wants says whether the file at p (below the package's top folder) is
// read.
func (s *source) wants(p string) bool {
	if p == s.deb {
		return true
	}
	for _, pat := range s.files {
		if ok, _ := path.Match(pat, p); ok {
			return true
		}
	}
	return false
}

var (
	bundleFiles = []string{"dist/*.js", "dist/*.mjs", "dist/*.wasm"}
	rnFiles     = []string{"src/*.tsx", "src/*/*.tsx", "src/*/*.ts", "android/src/main/java/com/dynamsoft/reactnativelib/*.kt",
		"android/src/main/java/com/dynamsoft/reactnativelib/*/*.kt", "android/src/main/java/com/dynamsoft/reactnativelib/*/*.java",
		"ios/*.m", "ios/*.mm"}
)

// sources are the packages, pinned. Barcode Reader 10.4.31 loads the other
// five at the versions its dist/ names (std 1.4.21 and dip 2.4.31 in
// dbr.js; core 3.4.31 in its package.json; the router 2.4.33 and the
// license module 3.4.31, released with it, the ones its worker loads with
// core 3.4.31).
var sources = []*source{
	{npmPackage{"dynamsoft-barcode-reader-bundle", "11.4.2001", "sha512-qFQOStsErk6gBcr55f6sZm9ZidK12+HZl8uucEv4fcMzXRLUc8odYuy6xkcO6MjzGsr5iKcEXh0M1x5Z5FQNtg=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-javascript-barcode", "9.6.42", "sha512-aLb+zUv0l1/kZKJxCGSDU3iZTSIyxjhsK2pPBr2abGcakMGArhkCgOWZGPGDGQ5JsKvUM70MUlUs9C1H7dQbjw=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-barcode-reader", "10.4.31", "sha512-iRgFA/dINctVFunetQ8ifPGCUYrOI4ZrJNGyId+VWTk45SzCcpIwLbb6wLMkc0m7JfSo4ewhesjRmjVqwRJYjA=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-license", "3.4.31", "sha512-qsli2c9ELXBxITudehiyUTdO9TY9TjGMkoEMf3iShpSb/NwNlOf0EPYIErTuvTG0/RshwVnNbFVstckNvS5l6g=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-core", "3.4.31", "sha512-bgu1cDnYSCMVCc59wM8OpsNUdQg2tMezqAeRxHz+SCvSDs1RkMCZA2XlTU3pdtB0zo1xdLiza6l9uaKGrDf3UQ=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-capture-vision-router", "2.4.33", "sha512-ymnGu9u1OY7QNp+225MtoLf7HCVYEQF2BVnfGr5H1OCTIFyNHbiQA1hUIifN5THIhzSSWSDue7HpCGBPiZKmuA=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-capture-vision-std", "1.4.21", "sha512-QmL8OgDWTS1I4U7QPq3CenYv1OsHU2io1HK6xEwJLKCyDlYl9dAYJK+kzxLGsf3AfhDkfdXhqdAepVMxqDI+AQ=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-image-processing", "2.4.31", "sha512-il+EA9WbYuzjwks8fIyMpHFYcbDdFii5F6jl1Z7Z2FfbyJQKLWMiEXIBnxsoE3j8p1lntoCXiu9IZkTj1tL+/Q=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-capture-vision-bundle", "3.0.6001", "sha512-UZnhaiiLY1ZU/40LCVUfyDMN5nBqZXQOjzCpWjaqwt+WlkZBx6kO1uTtDlc5XMLM3bKXUFxNCsz7asv5dDjfTw=="}, bundleFiles, ""},
	{npmPackage{"dynamsoft-document-viewer", "3.2.1", "sha512-ls2Tzk8QHU+7J7AJwDn8Flx5sV8dQn5PO4dKY6GuOJxPQLWY0D5cOzvJsw6ITmhUzKp24LsiUBKinjZydK6e7Q=="}, []string{"dist/*.js", "dist/engine/*.js", "dist/engine/*.wasm"}, ""},
	{npmPackage{"dynamsoft-document-scanner", "1.4.2", "sha512-zQnspA2eQt/CuDofjQ7Dh1fQ2gXlcSu27jcMxtBf4o8Fp6GLeTTOMr835rUqIutJSTRPYsRM72d9TWr7bp9x2Q=="}, bundleFiles, ""},
	{npmPackage{"dwt", "19.3.3", "sha512-JfCZnRKS2RkYUFurTsE/yiOl/6ybnp8t4h9f3lK1lSYnWbtOAyi077sIaVy/PbKA3a4umeHDrPyBwJ3ymWVgew=="}, []string{"dist/*.js", "dist/*.mjs", "dist/src/*.js"}, "dist/dist/DynamicWebTWAINServiceSetup.deb"},
	{npmPackage{"dynamsoft-capture-vision-react-native", "3.4.1100", "sha512-qxHnlQaQfV6AGbNhvr7jyxfFKAIg58hAfqOeSCtAgryzQctXBDTre3K/3JpKDfsmgMXVZ27Db7uvKcvBn2bp1Q=="}, rnFiles, ""},
}

// esCopy says whether p is the ES module copy (NAME.esm.js, NAME.es.js,
// NAME.mjs) of a NAME.js the package has too: the same code, read once.
func esCopy(p string, files map[string][]byte) bool {
	for _, suf := range []string{".esm.js", ".es.js", ".mjs"} {
		if stem, ok := strings.CutSuffix(p, suf); ok {
			if _, ok := files[stem+".js"]; ok {
				return true
			}
		}
	}
	return false
}

// entry is one line of the golden file.
type entry struct {
	pkg, file string
	off       int
	number    int64
	kind      string
	text      string
	holes     []string // what fills each hole, as the code writes it
}

// scanPackage reads a package's files, in parallel.
func scanPackage(s *source, files map[string][]byte) ([]entry, error) {
	names := make([]string, 0, len(files))
	for p := range files {
		if !esCopy(p, files) {
			names = append(names, p)
		}
	}
	sort.Strings(names)
	var (
		mu      sync.Mutex
		entries []entry
		errs    []error
		wg      sync.WaitGroup
		sem     = make(chan struct{}, runtime.NumCPU())
	)
	for _, p := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func(p string) {
			defer func() { <-sem; wg.Done() }()
			es, err := scanFile(s.spec(), p, files[p], p == s.deb)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("%s %s: %v", s.spec(), p, err))
			}
			entries = append(entries, es...)
		}(p)
	}
	wg.Wait()
	return entries, errors.Join(errs...)
}

// scanFile reads one file's texts.
func scanFile(pkg, name string, b []byte, deb bool) ([]entry, error) {
	switch {
	case deb:
		elfs, err := debELFFiles(b)
		if err != nil {
			return nil, err
		}
		var res []entry
		for p, e := range elfs {
			ts, err := elfTexts(e)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", p, err)
			}
			res = append(res, nativeEntries(pkg, name+"//"+strings.ReplaceAll(p, " ", "%20"), ts)...)
		}
		return res, nil
	case strings.HasSuffix(name, ".wasm"):
		ts, err := wasmTexts(b)
		if err != nil {
			return nil, err
		}
		return nativeEntries(pkg, name, ts), nil
	}
	f := newJSFile(b)
	var res []entry
	for _, t := range f.texts(func(a alt) bool { return selected(a.render(), a.holes()) }) {
		text := t.alt.render()
		res = append(res, entry{pkg: pkg, file: name, off: t.off, number: t.number, kind: kindOf(text), text: text, holes: t.alt.holes()})
	}
	return res, nil
}

func nativeEntries(pkg, file string, ts []nativeText) []entry {
	var res []entry
	for _, t := range ts {
		a := nativeAlt(t.text)
		text := a.render()
		if !selected(text, a.holes()) {
			continue
		}
		res = append(res, entry{pkg: pkg, file: file, off: t.off, number: t.number, kind: kindOf(text), text: text, holes: a.holes()})
	}
	return res
}
