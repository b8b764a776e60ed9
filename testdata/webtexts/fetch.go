package main

// This file is the program's npm fetch, on its own so that the shared one
// (testdata/harness) can take its place: fetchAll and readTarball are what
// the rest of the program calls.

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// npmPackage is a package pinned to the tarball that was reviewed.
type npmPackage struct {
	name, version string
	integrity     string // as `npm view NAME@VERSION dist.integrity` prints it
}

func (p *npmPackage) spec() string { return p.name + "@" + p.version }

// tarball is where npm pack writes p's tarball in dir.
func (p *npmPackage) tarball(dir string) string {
	return filepath.Join(dir, p.name+"-"+p.version+".tgz")
}

// fetchAll puts each package's tarball into cache, checked against its
// pinned hash: a tarball already there with that hash is kept, the others
// come from one npm pack.
func fetchAll(pkgs []*npmPackage, cache string) error {
	var missing []*npmPackage
	for _, p := range pkgs {
		if err := checkIntegrity(p.tarball(cache), p.integrity); err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				log.Printf("%v; fetching it again", err)
				if err := os.Remove(p.tarball(cache)); err != nil {
					return err
				}
			}
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	specs := make([]string, len(missing))
	for i, p := range missing {
		specs[i] = p.spec()
	}
	if err := npmPack(specs, cache); err != nil {
		return err
	}
	for _, p := range missing {
		if err := checkIntegrity(p.tarball(cache), p.integrity); err != nil {
			return err
		}
	}
	return nil
}

// npmPack fetches the packages' tarballs into dir with npm's cache (by
// default under ~/.npm) and HOME in a fresh temporary folder. npm finds its
// registry in the machine's configuration: its global npmrc, and the user's
// ~/.npmrc, which npm_config_userconfig names since HOME is elsewhere
// (unless the environment names one already).
func npmPack(specs []string, dir string) error {
	tmp, err := os.MkdirTemp("", "webtexts-npm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	npmCache, home := filepath.Join(tmp, "cache"), filepath.Join(tmp, "home")
	if err := errors.Join(os.Mkdir(npmCache, 0o700), os.Mkdir(home, 0o700)); err != nil {
		return err
	}
	env := append(os.Environ(), "HOME="+home, "npm_config_cache="+npmCache,
		"npm_config_update_notifier=false", "npm_config_fund=false", "npm_config_audit=false")
	if _, ok := os.LookupEnv("npm_config_userconfig"); !ok {
		if user, err := os.UserHomeDir(); err == nil {
			env = append(env, "npm_config_userconfig="+filepath.Join(user, ".npmrc"))
		}
	}
	args := append([]string{"pack"}, specs...)
	cmd := exec.Command("npm", append(args, "--pack-destination", dir, "--ignore-scripts")...)
	cmd.Dir = home // no package.json or .npmrc of a project around
	cmd.Env = env
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npm pack %s: %v\n%s", strings.Join(specs, " "), err, msg)
	}
	return nil
}

// checkIntegrity fails unless file's sha512 is the pinned one: the program
// must read what was reviewed, not what the registry serves today.
func checkIntegrity(file, want string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha512.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if got := "sha512-" + base64.StdEncoding.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%s: HASH MISMATCH: got %s, pinned %s", file, got, want)
	}
	return nil
}

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

// makePrivateDir and checkPrivateDir mirror webclient's: the -cache
// folder's tarballs are checked against the pinned hashes, but another user
// must not be able to swap them between the check and the read.
func makePrivateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return checkPrivateDir(dir)
}

// checkPrivateDir refuses a folder that another user could write to or
// replace: it must be a directory, not a link, owned by this user and not
// writable by group or others, and each folder above it must be owned by
// this user or root and be writable by no one else, or sticky (as /tmp is).
func checkPrivateDir(dir string) error {
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
