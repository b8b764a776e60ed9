package main

import (
	"path/filepath"

	"github.com/dlserr/dlserr/testdata/harness"
)

// edition is one npm package of the vendor's browser client, as the golden
// file names it.
type edition struct {
	name      string // dbr11, dbrjs9, dbr10
	pkg       string // npm package@version
	integrity string // as `npm pack --json` and `npm view PKG dist.integrity` print it
	script    string // the file of dist/ that the page loads
	// deps are the packages an edition of separate packages loads beside
	// its own (dbr10); with them, every package's dist/ lands where a CDN
	// serves it (see fetchPackages).
	deps []npmPackage
}

var editions = []*edition{{
	name:      "dbr11",
	pkg:       "dynamsoft-barcode-reader-bundle@11.4.2001",
	integrity: "sha512-qFQOStsErk6gBcr55f6sZm9ZidK12+HZl8uucEv4fcMzXRLUc8odYuy6xkcO6MjzGsr5iKcEXh0M1x5Z5FQNtg==",
	script:    "dbr.bundle.js",
}, {
	name:      "dbrjs9",
	pkg:       "dynamsoft-javascript-barcode@9.6.42",
	integrity: "sha512-aLb+zUv0l1/kZKJxCGSDU3iZTSIyxjhsK2pPBr2abGcakMGArhkCgOWZGPGDGQ5JsKvUM70MUlUs9C1H7dQbjw==",
	script:    "dbr.js",
}, dbr10}

// fetch puts e's dist/ into distDir/e.name: from the tarball in cache if
// it has the pinned hash, else from npm pack into cache (harness.Fetch).
func fetch(e *edition, cache, distDir string) error {
	if len(e.deps) > 0 {
		return fetchPackages(e, cache, distDir)
	}
	tgz, err := harness.Fetch(e.pkg, e.integrity, cache)
	if err != nil {
		return err
	}
	return harness.ExtractTree(tgz, "package/dist/", filepath.Join(distDir, e.name))
}
