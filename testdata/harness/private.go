package harness

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// MakePrivateDir creates dir (mode 0700) unless it exists, then checks it
// as CheckPrivateDir does: what is loaded from it (tarballs checked against
// pinned hashes, then extracted; libraries) must be what this program put
// there, and another user must not be able to swap it in between.
func MakePrivateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return CheckPrivateDir(dir)
}

// CheckPrivateDir refuses a folder that another user could write to or
// replace: it must be a directory, not a link, owned by this user and not
// writable by group or others, and each folder above it must be owned by
// this user or root and be writable by no one else, or sticky (as /tmp is).
func CheckPrivateDir(dir string) error {
	uid := uint32(os.Getuid())
	info, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	switch {
	case !info.IsDir():
		return fmt.Errorf("REFUSED %s: not a directory (%v)", dir, info.Mode())
	case !ok || st.Uid != uid:
		return fmt.Errorf("REFUSED %s: not owned by this user (uid %d)", dir, uid)
	case info.Mode().Perm()&0o022 != 0:
		return fmt.Errorf("REFUSED %s: writable by group or others (%v)", dir, info.Mode())
	}
	parent, err := filepath.EvalSymlinks(filepath.Dir(dir))
	if err != nil {
		return err
	}
	for p := parent; ; p = filepath.Dir(p) {
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		st, ok := info.Sys().(*syscall.Stat_t)
		switch {
		case !ok || st.Uid != uid && st.Uid != 0:
			return fmt.Errorf("REFUSED %s: the folder %s above it belongs to another user", dir, p)
		case info.Mode().Perm()&0o022 != 0 && info.Mode()&fs.ModeSticky == 0:
			return fmt.Errorf("REFUSED %s: the folder %s above it is writable by others and not sticky (%v)", dir, p, info.Mode())
		}
		if p == filepath.Dir(p) {
			return nil
		}
	}
}
