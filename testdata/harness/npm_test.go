package harness

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// tarGz builds a tarball of the entries (a body starting with -> makes a
// link) and returns its path.
func tarGz(t *testing.T, entries map[string]string) string {
	t.Helper()
	var names []string
	for name := range entries {
		names = append(names, name)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, name := range names {
		body := entries[name]
		h := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}
		if strings.HasPrefix(body, "->") {
			h.Typeflag, h.Linkname, h.Size = tar.TypeSymlink, strings.TrimPrefix(body, "->"), 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			io.WriteString(tw, body)
		}
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

// files lists the regular files under dir, by their paths below it, with
// their content.
func files(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			data, _ := os.ReadFile(p)
			got[rel] = string(data)
		}
		return err
	})
	return got
}

func TestExtractTree(t *testing.T) {
	tgz := tarGz(t, map[string]string{
		"package/dist/a.js":          "a",
		"package/dist/models/b.data": "b",
		"package/README.md":          "no",
		"package/dist/../../evil":    "no",
		"package/dist/./c.js":        "no",
		"package/dist/link":          "->/etc/passwd",
		"other/dist/d.js":            "no",
	})
	dir := filepath.Join(t.TempDir(), "out")
	if err := ExtractTree(tgz, "package/dist/", dir); err != nil {
		t.Fatal(err)
	}
	if got, want := files(t, filepath.Dir(dir)), map[string]string{"out/a.js": "a", "out/models/b.data": "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("extracted %q, want %q", got, want)
	}
	if err := ExtractTree(tgz, "package/dist/", dir); err == nil {
		t.Error("extracted into a folder that exists")
	}
	if err := ExtractTree(tarGz(t, map[string]string{"package/x": "x"}), "package/dist/", filepath.Join(t.TempDir(), "out")); err == nil {
		t.Error("a tarball without dist/ was accepted")
	}
	for name, ok := range map[string]bool{"package/dist/a": true, "package/dist/": false, "package/dist/..": false, "package/dist//a": false,
		"package/dist/a/../../b": false, "package/distx/a": false, "package/dist/a/": false} {
		if _, got := treePath("package/dist/", name); got != ok {
			t.Errorf("treePath(%q) = %v, want %v", name, got, ok)
		}
	}
	if _, ok := treePath("package/dist", "package/dist/a"); ok {
		t.Error("treePath took a prefix without a trailing slash")
	}
}

func TestExtractFiles(t *testing.T) {
	tgz := tarGz(t, map[string]string{"package/lib/a.so": "a", "package/b.so": "b", "package/link.so": "->a.so", "package/c.txt": "c"})
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	if err := errors.Join(os.Mkdir(one, 0o700), os.Mkdir(two, 0o700)); err != nil {
		t.Fatal(err)
	}
	targets := []Target{{"package/lib/a.so", filepath.Join(one, "a.so")}, {"package/lib/a.so", filepath.Join(two, "a.so")}, {"package/b.so", filepath.Join(two, "b.so")}}
	if err := ExtractFiles(tgz, targets); err != nil {
		t.Fatal(err)
	}
	if got, want := files(t, dir), map[string]string{"one/a.so": "a", "two/a.so": "a", "two/b.so": "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("extracted %q, want %q", got, want)
	}
	if info, err := os.Stat(filepath.Join(one, "a.so")); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("a library's mode: %v, %v", info.Mode(), err)
	}
	for name, targets := range map[string][]Target{
		"a target that exists": {{"package/b.so", filepath.Join(two, "b.so")}},
		"a missing file":       {{"package/nothing.so", filepath.Join(dir, "nothing.so")}},
		"a link":               {{"package/link.so", filepath.Join(dir, "link.so")}},
	} {
		if err := ExtractFiles(tgz, targets); err == nil {
			t.Errorf("%s: extracted", name)
		}
	}
	if err := ExtractFiles(filepath.Join(dir, "none.tgz"), targets); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing tarball: %v", err)
	}
	notGzip := filepath.Join(dir, "plain.tgz")
	os.WriteFile(notGzip, []byte("plain"), 0o600)
	if err := ExtractFiles(notGzip, targets); err == nil {
		t.Error("a file that is no gzip was read")
	}
}

func TestCheckIntegrity(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("tarball"), 0o600); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512([]byte("tarball"))
	good := "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
	if err := CheckIntegrity(path, good); err != nil {
		t.Errorf("the right hash: %v", err)
	}
	for _, bad := range []string{strings.Replace(good, "sha512-", "sha512-A", 1), strings.TrimPrefix(good, "sha512-"), "", "sha1-x"} {
		if err := CheckIntegrity(path, bad); err == nil {
			t.Errorf("the hash %q was accepted", bad)
		}
	}
	if err := CheckIntegrity(path+"x", good); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
	if got := Tarball("/c", "pkg@1.2.3"); got != "/c/pkg-1.2.3.tgz" {
		t.Errorf("Tarball = %q", got)
	}
}

// TestFetch checks that a tarball already there with the pinned hash is
// used as it is, without npm: PATH holds no npm here, so a call would fail.
func TestFetch(t *testing.T) {
	dir := t.TempDir()
	tgz := Tarball(dir, "pkg@1.0.0")
	if err := os.WriteFile(tgz, []byte("tarball"), 0o600); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512([]byte("tarball"))
	t.Setenv("PATH", t.TempDir())
	got, err := Fetch("pkg@1.0.0", "sha512-"+base64.StdEncoding.EncodeToString(sum[:]), dir)
	if err != nil || got != tgz {
		t.Errorf("Fetch of a cached tarball = %q, %v", got, err)
	}
	if _, err := Fetch("pkg@1.0.0", "sha512-AAAA", dir); err == nil || !strings.Contains(err.Error(), "npm") {
		t.Errorf("Fetch with a wrong hash and no npm: %v, want npm's failure", err)
	}
}
