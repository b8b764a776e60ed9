package main

import (
	"os"
	"path/filepath"
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
