package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dlserr/dlserr/testdata/harness"
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
	startupModule = "module" // the newcomer's module, main.go and lib
)

// buildStartup builds testdata/startup as a newcomer would, as its doc
// says, and the recorder, into dir: main.go copied into a module of its own
// that requires dlserr (replaced by this checkout), lib beside it the
// Capture Vision libraries in libDir, and a plain go build, with nothing in
// CGO_LDFLAGS, so that the #cgo line alone links it.
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
	mainGo, err := os.ReadFile(filepath.Join(root, "testdata", "startup", "main.go"))
	if err != nil {
		return fmt.Errorf("run from the dlserr module: %v", err)
	}
	goVersion, err := moduleGoVersion(goTool, root)
	if err != nil {
		return err
	}
	mod := filepath.Join(dir, startupModule)
	goModFile := fmt.Sprintf("module startup\n\ngo %s\n\nrequire github.com/dlserr/dlserr v0.0.0\n\nreplace github.com/dlserr/dlserr => %s\n",
		goVersion, strconv.Quote(root))
	if err := errors.Join(os.Mkdir(mod, 0o700),
		os.WriteFile(filepath.Join(mod, "go.mod"), []byte(goModFile), 0o600),
		os.WriteFile(filepath.Join(mod, "main.go"), mainGo, 0o600),
		os.Symlink(libDir, filepath.Join(mod, "lib"))); err != nil {
		return err
	}
	build := exec.Command(goTool, "build", "-o", filepath.Join(dir, startupBinary))
	build.Dir = mod
	// Offline: the replace is a folder, which needs no download.
	build.Env = append(withoutEnv(os.Environ(), "CGO_LDFLAGS"), "CGO_ENABLED=1", "GOWORK=off", "GOPROXY=off")
	if msg, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("build testdata/startup as %s/main.go with lib beside it: %v\n%s", mod, err, msg)
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
	if err := harness.CheckPrivateDir(startupDir); err != nil {
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
	if err := harness.CheckKey(key); err != nil {
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

// moduleGoVersion returns the go line of the go.mod in root.
func moduleGoVersion(goTool, root string) (string, error) {
	cmd := exec.Command(goTool, "mod", "edit", "-json")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod edit -json in %s: %v", root, err)
	}
	var m struct{ Go string }
	if err := json.Unmarshal(out, &m); err != nil || m.Go == "" {
		return "", fmt.Errorf("no go version in %s/go.mod (%v)", root, err)
	}
	return m.Go, nil
}

// withoutEnv returns env without the variable name.
func withoutEnv(env []string, name string) []string {
	var kept []string
	for _, kv := range env {
		if k, _, _ := strings.Cut(kv, "="); k != name {
			kept = append(kept, kv)
		}
	}
	return kept
}
