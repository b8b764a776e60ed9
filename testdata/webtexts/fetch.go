package main

// This file reads the packages: harness.Fetch brings each tarball, pinned
// to its hash; readTarball reads the files the program scans.

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// npmPackage is a package pinned to the tarball that was reviewed.
type npmPackage struct {
	name, version string
	integrity     string // as `npm view NAME@VERSION dist.integrity` prints it
}

func (p *npmPackage) spec() string { return p.name + "@" + p.version }

// readTarball returns the regular files of a package tarball whose path
// below package/ want accepts, by that path. A path that would leave the
// package is skipped.
func readTarball(tgz string, want func(name string) bool) (map[string][]byte, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", tgz, err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", tgz, err)
		}
		rel, ok := packagePath(h.Name)
		if !ok || h.Typeflag != tar.TypeReg || !want(rel) {
			continue
		}
		if h.Size > 1<<30 {
			return nil, fmt.Errorf("%s: %s: %d bytes", tgz, h.Name, h.Size)
		}
		b := make([]byte, h.Size)
		if _, err := io.ReadFull(tr, b); err != nil {
			return nil, fmt.Errorf("%s: %s: %v", tgz, h.Name, err)
		}
		files[rel] = b
	}
}

// packagePath is a tarball entry's path below its top folder (npm's
// "package/"), if it stays below it once cleaned.
func packagePath(name string) (string, bool) {
	_, rel, ok := strings.Cut(name, "/")
	if !ok || rel == "" {
		return "", false
	}
	if clean := path.Clean(rel); clean != rel || clean == "." || strings.HasPrefix(clean, "../") || clean == ".." || path.IsAbs(clean) {
		return "", false
	}
	return rel, true
}
