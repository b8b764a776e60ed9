package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// recorderSource is a library that the startup probes preload: it passes
// DC_InitLicense through and writes down what the SDK returned, raw, for
// the golden file. The startup program itself prints only what dlserr made
// of it, as a service would, so the recording has to happen where the
// program calls the SDK.
const recorderSource = `#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int DC_InitLicense(const char *key, char *buf, const int len) {
	int (*real)(const char *, char *, const int) =
		(int (*)(const char *, char *, const int))dlsym(RTLD_NEXT, "DC_InitLicense");
	if (real == NULL) abort();
	int rc = real(key, buf, len);
	const char *path = getenv("REALCLIENT_RECORD");
	if (path != NULL) {
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0) abort();
		char head[32];
		int n = snprintf(head, sizeof head, "%d\n", rc);
		size_t m = buf != NULL && len > 0 ? strnlen(buf, (size_t)len) : 0;
		if (write(fd, head, (size_t)n) != n || write(fd, buf, m) != (ssize_t)m || close(fd) != 0) abort();
	}
	return rc;
}
`

// The files buildStartup makes in its folder.
const (
	startupBinary = "startup"
	recorderLib   = "recorder.so"
)

// buildStartup builds testdata/startup against the Capture Vision libraries
// in libDir, as its doc says, and the recorder, into dir.
func buildStartup(dir, libDir string) error {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("go is needed to build testdata/startup: %v", err)
	}
	gomod, err := exec.Command(goTool, "env", "GOMOD").Output()
	if err != nil {
		return fmt.Errorf("go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	if _, err := os.Stat(filepath.Join(root, "testdata", "startup", "main.go")); err != nil {
		return fmt.Errorf("run from the dlserr module: %v", err)
	}
	build := exec.Command(goTool, "build", "-o", filepath.Join(dir, startupBinary), "./testdata/startup")
	build.Dir = root
	build.Env = append(os.Environ(), "CGO_ENABLED=1", "CGO_LDFLAGS=-L"+libDir+" -Wl,-rpath,"+libDir)
	if msg, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("build testdata/startup: %v\n%s", err, msg)
	}

	cc, err := exec.Command(goTool, "env", "CC").Output()
	if err != nil {
		return fmt.Errorf("go env CC: %v", err)
	}
	src := filepath.Join(dir, "recorder.c")
	if err := os.WriteFile(src, []byte(recorderSource), 0o600); err != nil {
		return err
	}
	args := append(strings.Fields(string(cc)), "-shared", "-fPIC", "-Wall", "-Werror", "-o", filepath.Join(dir, recorderLib), src, "-ldl")
	if msg, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
		return fmt.Errorf("build the recorder: %v\n%s", err, msg)
	}
	return nil
}

// runStartup runs the startup program once, as a probe, with sc's key and
// stand-in servers, and returns what DC_InitLicense returned to it.
func runStartup(startupDir string, sc scenario) (probeResult, error) {
	var res probeResult
	name := "dcv3 startup " + sc.name
	if err := checkPrivateDir(startupDir); err != nil {
		return res, err
	}
	dir, err := os.MkdirTemp("", "realclient-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	home, cache, record := filepath.Join(dir, "home"), filepath.Join(dir, "cache"), filepath.Join(dir, "record")
	if err := errors.Join(os.Mkdir(home, 0o700), os.Mkdir(cache, 0o700)); err != nil {
		return res, err
	}
	st := newStage()
	defer st.close()
	key := sc.key(st)
	if err := checkKey(key); err != nil {
		return res, fmt.Errorf("%s: REFUSED to use a key: %v", name, err)
	}

	var output bytes.Buffer
	cmd := probeCommand(filepath.Join(startupDir, startupBinary), dir, home, "", "-cache", cache)
	cmd.Env = []string{"HOME=" + home, "TMPDIR=" + dir, "DYNAMSOFT_LICENSE_KEY=" + key,
		"LD_PRELOAD=" + filepath.Join(startupDir, recorderLib), "REALCLIENT_RECORD=" + record}
	cmd.Stdout, cmd.Stderr = &output, &output
	start := time.Now()
	if err := runBounded(cmd); err != nil {
		return res, fmt.Errorf("%s: failed: %v\n%s", name, err, output.Bytes())
	}
	elapsed := time.Since(start)
	data, err := os.ReadFile(record)
	if err != nil {
		return res, fmt.Errorf("%s: no DC_InitLicense call recorded: %v\n%s", name, err, output.Bytes())
	}
	rc, msg, _ := strings.Cut(string(data), "\n")
	if res.RC, err = strconv.Atoi(rc); err != nil {
		return res, fmt.Errorf("%s: unreadable record %q", name, data)
	}
	res.Inited, res.Message = true, msg
	res.Report = "testdata/startup printed " + strconv.Quote(strings.TrimSuffix(output.String(), "\n"))
	progress(name, res, elapsed, st)
	return res, nil
}
