package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// hostMain fetches the libraries, which needs the network, builds the
// startup program, then runs the rest without the network, and checks that
// nothing changed in the folders where the SDKs keep their license caches
// when left alone.
func hostMain(out, cache string) error {
	home, err := os.UserHomeDir()
	if err != nil {
		return err
	}
	guarded := []string{"/var/tmp/.Dynamsoft", filepath.Join(home, ".Dynamsoft")}
	before := snapshot(guarded)

	if _, err := exec.LookPath("npm"); err != nil {
		return fmt.Errorf("npm is needed to fetch the SDK packages: %v", err)
	}
	if out, err = filepath.Abs(out); err != nil {
		return err
	}
	if cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return fmt.Errorf("no -cache and no user cache folder: %v", err)
		}
		cache = filepath.Join(dir, "dlserr-realclient")
	}
	if cache, err = filepath.Abs(cache); err != nil {
		return err
	}
	if err := makePrivateDir(cache); err != nil {
		return err
	}
	for _, s := range sdks {
		if err := fetch(s, cache); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "realclient-startup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := buildStartup(tmp, libDir(cache, sdks[0])); err != nil {
		return err
	}

	runErr := runIsolated("-out", out, "-cache", cache, "-startup", tmp, "-wait-timeout="+strconv.FormatBool(hangFor == 0))
	if changed := diffSnapshots(before, snapshot(guarded)); changed != "" {
		return errors.Join(runErr, fmt.Errorf("the SDKs' default cache folders changed during the run:\n%s", changed))
	}
	if runErr != nil {
		return fmt.Errorf("scenarios: %v", runErr)
	}
	return nil
}

// snapshot lists everything in dirs, recursively, without following links:
// path, type and mode, size, modification time and, for files, a hash of
// the content. A folder that does not exist is listed as absent.
func snapshot(dirs []string) []string {
	var list []string
	for _, dir := range dirs {
		if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
			list = append(list, dir+" absent")
			continue
		}
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			var info fs.FileInfo
			if err == nil {
				info, err = d.Info()
			}
			if err != nil {
				list = append(list, fmt.Sprintf("%s: %v", path, err))
				return nil
			}
			line := fmt.Sprintf("%s %v %d %s", path, info.Mode(), info.Size(), info.ModTime().UTC().Format(time.RFC3339Nano))
			if info.Mode().IsRegular() {
				line += " sha256:" + fileHash(path)
			} else if info.Mode()&fs.ModeSymlink != 0 {
				target, _ := os.Readlink(path)
				line += " -> " + target
			}
			list = append(list, line)
			return nil
		})
	}
	return list
}

func fileHash(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err.Error()
	}
	return hex.EncodeToString(h.Sum(nil))
}

// diffSnapshots returns the lines only one of two snapshots has, marked -
// (before only) and + (after only), or "" if they are the same.
func diffSnapshots(before, after []string) string {
	in := func(list []string) map[string]bool {
		m := map[string]bool{}
		for _, l := range list {
			m[l] = true
		}
		return m
	}
	b, a := in(before), in(after)
	var diff []string
	for _, l := range before {
		if !a[l] {
			diff = append(diff, "- "+l)
		}
	}
	for _, l := range after {
		if !b[l] {
			diff = append(diff, "+ "+l)
		}
	}
	sort.Strings(diff)
	return strings.Join(diff, "\n")
}

// makePrivateDir creates dir (mode 0700) unless it exists, then checks it
// as checkPrivateDir does: the libraries loaded from it must be the ones
// this program put there.
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

// fetch gets s's tarball with npm pack unless the cached one has the pinned
// hash, and extracts what the program uses afresh into the cache.
func fetch(s *sdk, cache string) error {
	tgz := filepath.Join(cache, strings.Replace(s.pkg, "@", "-", 1)+".tgz")
	if err := checkIntegrity(tgz, s.integrity); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			log.Printf("%v; fetching it again", err)
		}
		if err := npmPack(s.pkg, cache); err != nil {
			return err
		}
		if err := checkIntegrity(tgz, s.integrity); err != nil {
			return err
		}
	}
	var targets []target
	for _, set := range []struct {
		dir   string
		files []string
	}{{libDir(cache, s), s.files}, {captureDir(cache, s), s.captureFiles}, {dataDir(cache), s.data}} {
		if len(set.files) == 0 {
			continue
		}
		if err := errors.Join(os.RemoveAll(set.dir), os.Mkdir(set.dir, 0o700)); err != nil {
			return err
		}
		for _, f := range set.files {
			targets = append(targets, target{f, filepath.Join(set.dir, filepath.Base(f))})
		}
	}
	return extract(tgz, targets)
}

// The folders of the cache: each SDK's license libraries, the libraries a
// capture needs where they are more, and the sample image.
func libDir(cache string, s *sdk) string { return filepath.Join(cache, s.name) }

func captureDir(cache string, s *sdk) string {
	if len(s.captureFiles) == 0 {
		return libDir(cache, s)
	}
	return filepath.Join(cache, s.name+"-capture")
}

func dataDir(cache string) string { return filepath.Join(cache, "data") }

// npmPack fetches pkg's tarball into dir, with npm's cache in a temporary
// folder (by default npm keeps one under ~/.npm).
func npmPack(pkg, dir string) error {
	npmCache, err := os.MkdirTemp("", "realclient-npm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(npmCache)
	cmd := exec.Command("npm", "pack", pkg, "--pack-destination", dir, "--ignore-scripts", "--cache", npmCache)
	cmd.Dir = npmCache // no package.json or .npmrc of a project around
	cmd.Env = append(os.Environ(), "npm_config_update_notifier=false", "npm_config_fund=false", "npm_config_audit=false")
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

// target is a file of a tarball and where extract copies it.
type target struct{ name, path string }

// extract copies the tarball's files named in targets to their paths:
// libraries flat into one folder, where they find each other ($ORIGIN,
// LD_LIBRARY_PATH).
func extract(tgz string, targets []target) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr, left := tar.NewReader(zr), len(targets)
	for left > 0 {
		h, err := tr.Next()
		if err != nil {
			return fmt.Errorf("%s: %d of its files not found: %v", tgz, left, err)
		}
		var data []byte
		for _, t := range targets {
			if t.name != h.Name {
				continue
			}
			if data == nil {
				if data, err = io.ReadAll(tr); err != nil {
					return err
				}
			}
			if err := os.WriteFile(t.path, data, 0o700); err != nil {
				return err
			}
			left--
		}
	}
	return nil
}

// runIsolated re-executes the program in a new network namespace: directly
// where the user may (root), in a new user namespace where the kernel lets
// anyone have one, and otherwise, with -host-network only, without one.
func runIsolated(args ...string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	command := func(attr *syscall.SysProcAttr) *exec.Cmd {
		cmd := exec.Command(self, args...)
		cmd.Env = append(os.Environ(), roleEnv+"="+roleScenarios)
		cmd.Stdout, cmd.Stderr, cmd.SysProcAttr = os.Stdout, os.Stderr, attr
		return cmd
	}
	id := func(n int) []syscall.SysProcIDMap { return []syscall.SysProcIDMap{{HostID: n, Size: 1}} }
	for _, attr := range []*syscall.SysProcAttr{
		{Cloneflags: syscall.CLONE_NEWNET},
		{Cloneflags: syscall.CLONE_NEWUSER | syscall.CLONE_NEWNET, UidMappings: id(os.Getuid()), GidMappings: id(os.Getgid())},
	} {
		cmd := command(attr)
		if err = cmd.Start(); err == nil {
			return cmd.Wait()
		} else if attr.Cloneflags&syscall.CLONE_NEWUSER == 0 && !errors.Is(err, syscall.EPERM) {
			return err
		}
	}
	if !hostNetwork {
		return fmt.Errorf("no network namespace (%v); -host-network runs the SDKs on this machine's network", err)
	}
	log.Printf("NOTE: no network namespace (%v): the SDKs see this machine's network, "+
		"and only the key check keeps them on 127.0.0.1", err)
	return command(nil).Run()
}
