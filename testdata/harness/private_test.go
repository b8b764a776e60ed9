package harness

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestCheckPrivateDir checks what a folder whose files are loaded must be.
func TestCheckPrivateDir(t *testing.T) {
	root := t.TempDir()
	path := func(name string) string { return filepath.Join(root, name) }
	if err := MakePrivateDir(path("new/cache")); err != nil {
		t.Fatalf("a new folder: %v", err)
	}
	if info, err := os.Stat(path("new/cache")); err != nil || info.Mode().Perm() != 0o700 {
		t.Fatalf("a new folder is %v, %v; want 0700", info.Mode(), err)
	}
	if err := os.Mkdir(path("0755"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := CheckPrivateDir(path("0755")); err != nil {
		t.Errorf("a folder others can read: %v", err)
	}
	for name, setup := range map[string]func(string) error{
		"group-writable": func(p string) error { return errors.Join(os.Mkdir(p, 0o700), os.Chmod(p, 0o770)) },
		"world-writable": func(p string) error { return errors.Join(os.Mkdir(p, 0o700), os.Chmod(p, 0o1777)) },
		"a file":         func(p string) error { return os.WriteFile(p, nil, 0o600) },
		"a link":         func(p string) error { return os.Symlink(path("new"), p) },
		"missing":        func(string) error { return nil },
		"under a writable folder": func(p string) error {
			return errors.Join(os.Mkdir(p, 0o700), os.Chmod(p, 0o777), os.Mkdir(filepath.Join(p, "cache"), 0o700))
		},
		"another user's": func(p string) error {
			if os.Getuid() != 0 {
				return nil // only root can give a folder away; missing then
			}
			return errors.Join(os.Mkdir(p, 0o700), os.Chown(p, 1, 1))
		},
		"under another user's": func(p string) error {
			if os.Getuid() != 0 {
				return nil
			}
			return errors.Join(os.Mkdir(p, 0o755), os.Chown(p, 1, 1), os.Mkdir(filepath.Join(p, "cache"), 0o700))
		},
	} {
		if err := setup(path(name)); err != nil {
			t.Fatal(err)
		}
		p := path(name)
		if name == "under a writable folder" || name == "under another user's" && os.Getuid() == 0 {
			p = filepath.Join(p, "cache")
		}
		if err := CheckPrivateDir(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := MakePrivateDir(filepath.Join(path("world-writable"), "cache")); err == nil {
		t.Error("MakePrivateDir under a world-writable folder: accepted")
	}
}
