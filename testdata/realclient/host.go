package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
)

// hostMain fetches the tarballs, which needs the network, extracts the
// libraries and builds the startup program in a temporary folder of the
// run, runs the scenarios in a sandbox that sees that folder alone, copies
// the golden files they wrote to out, and checks that nothing changed in the
// folders where the SDKs keep their license caches when left alone.
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
	if err := harness.MakePrivateDir(cache); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "realclient-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// The sandbox shows the folder at the path it really has.
	if tmp, err = filepath.EvalSymlinks(tmp); err != nil {
		return err
	}
	libs, startup, results, scenariosHome := filepath.Join(tmp, "libs"), filepath.Join(tmp, "startup"), filepath.Join(tmp, "out"), filepath.Join(tmp, "home")
	for _, dir := range []string{libs, startup, results, scenariosHome} {
		if err := os.Mkdir(dir, 0o700); err != nil {
			return err
		}
	}
	for _, s := range sdks {
		if err := fetch(s, cache, libs); err != nil {
			return err
		}
	}
	if err := buildStartup(startup, libDir(libs, sdks[0])); err != nil {
		return err
	}
	self, err := harness.CopyExecutable(filepath.Join(tmp, "bin"))
	if err != nil {
		return err
	}

	sb := &harness.Sandbox{
		Path: self,
		Args: []string{"-out", results, "-libs", libs, "-startup", startup, "-wait-timeout=" + strconv.FormatBool(hangFor == 0)},
		Env:  []string{roleEnv + "=" + roleScenarios, "HOME=" + scenariosHome, "PATH=/usr/bin:/bin"},
		Dir:  tmp, Writable: []string{tmp},
		Stdout: os.Stdout, Stderr: os.Stderr,
	}
	runErr := sb.Run()
	if changed := diffSnapshots(before, snapshot(guarded)); changed != "" {
		return errors.Join(runErr, fmt.Errorf("the SDKs' default cache folders changed during the run:\n%s", changed))
	}
	if runErr != nil {
		return fmt.Errorf("scenarios: %v", runErr)
	}
	return copyGoldens(results, out)
}

// copyGoldens copies the golden files the scenarios wrote into from, all of
// them or none, to out, which it creates if need be.
func copyGoldens(from, out string) error {
	names, err := filepath.Glob(filepath.Join(from, "*.golden"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("the scenarios wrote no golden file in %s (%v)", from, err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(name)), data, 0o644); err != nil {
			return err
		}
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

// fetch gets s's tarball into cache (harness.Fetch) and extracts what the
// program uses into libs, a fresh folder.
func fetch(s *sdk, cache, libs string) error {
	tgz, err := harness.Fetch(s.pkg, s.integrity, cache)
	if err != nil {
		return err
	}
	var targets []harness.Target
	for _, set := range []struct {
		dir   string
		files []string
	}{{libDir(libs, s), s.files}, {captureDir(libs, s), s.captureFiles}, {dataDir(libs), s.data}} {
		if len(set.files) == 0 {
			continue
		}
		if err := os.MkdirAll(set.dir, 0o700); err != nil {
			return err
		}
		for _, f := range set.files {
			targets = append(targets, harness.Target{Name: f, Path: filepath.Join(set.dir, filepath.Base(f))})
		}
	}
	return harness.ExtractFiles(tgz, targets)
}

// The folders of the extracted libraries, under libs (which scenariosMain
// and runProbe call cache): each SDK's license libraries, flat in one folder where
// they find each other ($ORIGIN, LD_LIBRARY_PATH), the libraries a capture
// needs where they are more, and the sample image.
func libDir(libs string, s *sdk) string { return filepath.Join(libs, s.name) }

func captureDir(libs string, s *sdk) string {
	if len(s.captureFiles) == 0 {
		return libDir(libs, s)
	}
	return filepath.Join(libs, s.name+"-capture")
}

func dataDir(libs string) string { return filepath.Join(libs, "data") }
