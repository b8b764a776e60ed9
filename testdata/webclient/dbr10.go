package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Barcode Reader JS 10.x comes in no bundle: each module is an npm package
// of its own, which the page loads script by script. Each script registers
// its own folder as the module's engine resource path and finds the wasm
// modules it needs beside it, as a CDN lays packages out: core.js,
// license.js, cvr.js and dbr.js ask for
// ../../dynamsoft-capture-vision-std@1.4.21/dist/, and cvr.js and dbr.js
// for ../../dynamsoft-image-processing@2.4.31/dist/, relative to their own
// dist/. So every package's dist/ lands in
// dist/dbr10/PKG@VERSION/dist/, where those paths find it on the page
// server; the page reports the paths the client settled on, and the run
// fails unless each is one of these packages, at its pinned version.
//
// The versions: dynamsoft-barcode-reader@10.4.31's package.json asks for
// dynamsoft-core ^3.4.31, which 3.4.31 is, the newest 3.x; dbr.js names
// std 1.4.21 and dip 2.4.31; dynamsoft-license 3.4.31 is the one of the
// same build as that core (and the newest 3.x), and
// dynamsoft-capture-vision-router 2.4.33, which asks for core ^3.4.31 too,
// names the same std and dip. (cvr.worker.js also builds a path to std
// 1.4.10, which it never uses.)

// captureTemplate is the template each router edition's capture gets. 11.4's
// default one reads barcodes; 10.4's ("Default") does not: with it, capture
// resolved with no barcode and no error where the license had failed.
// ReadBarcodes_Default is Dynamsoft.CVR.EnumPresetTemplate.PT_READ_BARCODES,
// the first template of dbr.js's DBR-PresetTemplates.json.
var captureTemplate = map[string]string{"dbr10": "ReadBarcodes_Default"}

// npmPackage is one pinned package of an edition made of several.
type npmPackage struct {
	pkg       string // npm package@version, also its folder's name
	integrity string // as `npm view PKG dist.integrity` prints it
	script    string // its file of dist/ that the page loads; "" for a wasm module that the worker loads itself
}

// dbr10 is Barcode Reader JS 10.4.31 and the modules it loads, the scripts
// in the order the page loads them: core first, whose Dynamsoft.Core the
// others need as they load.
var dbr10 = &edition{
	name:      "dbr10",
	pkg:       "dynamsoft-barcode-reader@10.4.31",
	integrity: "sha512-iRgFA/dINctVFunetQ8ifPGCUYrOI4ZrJNGyId+VWTk45SzCcpIwLbb6wLMkc0m7JfSo4ewhesjRmjVqwRJYjA==",
	script:    "dbr.js",
	deps: []npmPackage{
		{"dynamsoft-core@3.4.31", "sha512-bgu1cDnYSCMVCc59wM8OpsNUdQg2tMezqAeRxHz+SCvSDs1RkMCZA2XlTU3pdtB0zo1xdLiza6l9uaKGrDf3UQ==", "core.js"},
		{"dynamsoft-license@3.4.31", "sha512-qsli2c9ELXBxITudehiyUTdO9TY9TjGMkoEMf3iShpSb/NwNlOf0EPYIErTuvTG0/RshwVnNbFVstckNvS5l6g==", "license.js"},
		{"dynamsoft-capture-vision-router@2.4.33", "sha512-ymnGu9u1OY7QNp+225MtoLf7HCVYEQF2BVnfGr5H1OCTIFyNHbiQA1hUIifN5THIhzSSWSDue7HpCGBPiZKmuA==", "cvr.js"},
		{"dynamsoft-capture-vision-std@1.4.21", "sha512-QmL8OgDWTS1I4U7QPq3CenYv1OsHU2io1HK6xEwJLKCyDlYl9dAYJK+kzxLGsf3AfhDkfdXhqdAepVMxqDI+AQ==", ""},
		{"dynamsoft-image-processing@2.4.31", "sha512-il+EA9WbYuzjwks8fIyMpHFYcbDdFii5F6jl1Z7Z2FfbyJQKLWMiEXIBnxsoE3j8p1lntoCXiu9IZkTj1tL+/Q==", ""},
	},
}

// packages are all of e's packages: its deps, then its own.
func (e *edition) packages() []npmPackage {
	return append(append([]npmPackage(nil), e.deps...), npmPackage{e.pkg, e.integrity, e.script})
}

// scripts are the paths on the page server of the scripts the page loads,
// in order.
func (e *edition) scripts() []string {
	if len(e.deps) == 0 {
		return []string{"/dist/" + e.name + "/" + e.script}
	}
	var paths []string
	for _, p := range e.packages() {
		if p.script != "" {
			paths = append(paths, "/dist/"+e.name+"/"+p.pkg+"/dist/"+p.script)
		}
	}
	return paths
}

// fetchPackages puts the dist/ of each of e's packages into
// distDir/e.name/PKG@VERSION/dist/, each as fetch does it for an edition of
// one package.
func fetchPackages(e *edition, cache, distDir string) error {
	root := filepath.Join(distDir, e.name)
	if err := os.Mkdir(root, 0o700); err != nil {
		return err
	}
	for _, p := range e.packages() {
		dir := filepath.Join(root, p.pkg)
		if err := os.Mkdir(dir, 0o700); err != nil {
			return err
		}
		if err := fetch(&edition{name: "dist", pkg: p.pkg, integrity: p.integrity}, cache, dir); err != nil {
			return err
		}
	}
	return nil
}

// resourcePath is one of the client's engine resource paths
// (Dynamsoft.Core.CoreModule.engineResourcePaths), as the page reports it
// once the scripts have loaded: a module's version and folder, or a bare
// folder.
type resourcePath struct {
	Version string `json:"version"`
	Path    string `json:"path"`
}

// checkResourcePaths fails, for an edition of several packages, unless
// every path is the dist/ of one of them on the page server (base), with
// the version that package is pinned at, and every one of them is named.
// An edition of one package passes: 11.4's bundle names a folder as it
// loads that its worker never asks for (dip,
// ../../dynamsoft-image-processing@3.0.10/dist/ beside its dist/); that it
// asks for no file the page server lacks is the page server's to check.
func checkResourcePaths(e *edition, base string, paths map[string]resourcePath) error {
	if len(e.deps) == 0 {
		return nil
	}
	prefix := base + "dist/" + e.name + "/"
	named := map[string]bool{}
	for _, name := range sortedKeys(paths) {
		rp := paths[name]
		rel, ok := strings.CutPrefix(rp.Path, prefix)
		if !ok {
			return fmt.Errorf("engine resource path %s: %q is not under %s", name, rp.Path, prefix)
		}
		if len(e.deps) == 0 {
			continue
		}
		pkg, ok := strings.CutSuffix(rel, "/dist/")
		version := pkg[strings.LastIndexByte(pkg, '@')+1:]
		switch {
		case !ok || !e.pinned(pkg):
			return fmt.Errorf("engine resource path %s: %q is no pinned package's dist/", name, rp.Path)
		case rp.Version != version:
			return fmt.Errorf("engine resource path %s: version %q in the folder of %s", name, rp.Version, pkg)
		}
		named[pkg] = true
	}
	for _, p := range e.deps {
		if !named[p.pkg] {
			return fmt.Errorf("no engine resource path names %s", p.pkg)
		}
	}
	if len(e.deps) > 0 && !named[e.pkg] {
		return fmt.Errorf("no engine resource path names %s", e.pkg)
	}
	return nil
}

// pinned tells whether pkg (name@version) is one of e's packages.
func (e *edition) pinned(pkg string) bool {
	for _, p := range e.packages() {
		if p.pkg == pkg {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
