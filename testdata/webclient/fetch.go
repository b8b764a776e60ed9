package main

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

// tarball is where npm pack writes pkg's tarball in dir.
func tarball(dir, pkg string) string {
	return filepath.Join(dir, strings.Replace(pkg, "@", "-", 1)+".tgz")
}

// fetch puts e's dist/ into distDir/e.name: from the tarball in cache if
// it has the pinned hash, else from npm pack into cache.
func fetch(e *edition, cache, distDir string) error {
	if len(e.deps) > 0 {
		return fetchPackages(e, cache, distDir)
	}
	tgz := tarball(cache, e.pkg)
	if err := checkIntegrity(tgz, e.integrity); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			log.Printf("%v; fetching it again", err)
		}
		if err := npmPack(e.pkg, cache); err != nil {
			return err
		}
		if err := checkIntegrity(tgz, e.integrity); err != nil {
			return err
		}
	}
	return extractDist(tgz, filepath.Join(distDir, e.name))
}

// npmPack fetches pkg's tarball into dir, as realclient's does, with npm's
// cache (by default under ~/.npm) and HOME in a fresh temporary folder. npm
// finds its registry in the machine's configuration: its global npmrc, and
// the user's ~/.npmrc, which npm_config_userconfig names since HOME is
// elsewhere (unless the environment names one already).
func npmPack(pkg, dir string) error {
	tmp, err := os.MkdirTemp("", "webclient-npm-")
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
	cmd := exec.Command("npm", "pack", pkg, "--pack-destination", dir, "--ignore-scripts")
	cmd.Dir = home // no package.json or .npmrc of a project around
	cmd.Env = env
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npm pack %s: %v\n%s", pkg, err, msg)
	}
	return nil
}

// checkIntegrity fails unless file's sha512 is the pinned one: the program
// must run what was measured and reviewed, not what the registry serves today.
func checkIntegrity(file, want string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	sum := sha512.Sum512(data)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != want {
		return fmt.Errorf("%s: HASH MISMATCH: got %s, pinned %s", file, got, want)
	}
	return nil
}

// extractDist copies the regular files under package/dist/ of the tarball
// into dir, which it creates, keeping their paths below dist/. A name that
// would land outside dir fails the extraction.
func extractDist(tgz, dir string) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		return err
	}
	tr, n := tar.NewReader(zr), 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %v", tgz, err)
		}
		rel, ok := distPath(h.Name)
		if !ok || h.Typeflag != tar.TypeReg {
			continue
		}
		target := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
			return err
		}
		out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return err
		}
		_, err = io.Copy(out, tr)
		if err := errors.Join(err, out.Close()); err != nil {
			return err
		}
		n++
	}
	if n == 0 {
		return fmt.Errorf("%s: no files under package/dist/", tgz)
	}
	return nil
}

// distPath is a tarball entry's path below package/dist/, if it is one there
// and stays there once cleaned.
func distPath(name string) (string, bool) {
	rel, ok := strings.CutPrefix(name, "package/dist/")
	if !ok || rel == "" {
		return "", false
	}
	if clean := path.Clean(rel); clean != rel || clean == "." || strings.HasPrefix(clean, "../") || clean == ".." || path.IsAbs(clean) {
		return "", false
	}
	return rel, true
}

// makePrivateDir and checkPrivateDir mirror realclient's (host.go): the
// -cache folder's tarballs are checked against the pinned hashes, but
// another user must not be able to swap them between the check and the
// extraction.
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
