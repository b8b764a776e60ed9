package harness

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// probeEnv makes the test binary, started in a sandbox, the probe: it runs
// the checks that the environment names and prints what each gave.
const probeEnv = "HARNESS_TEST_PROBE"

func TestMain(m *testing.M) {
	Init()
	if data, ok := os.LookupEnv(probeEnv); ok {
		os.Exit(probeMain(data))
	}
	os.Exit(m.Run())
}

// probeTargets are what the probe tries to reach from inside: the host's
// things, which must be out of reach, and its own, which must work.
type probeTargets struct {
	UnixSocket     string // a listening Unix socket in a host temporary folder
	AbstractSocket string // a listening abstract Unix socket of the host ("@name")
	HostTCP        string // a listening TCP port of the host on 127.0.0.1
	HostFile       string // a file in another host folder
	HostDirs       []string
	Writable       string // a folder shared read-write: the probe writes "written" there
	ReadOnly       string // a file shared read-only: the probe reads it, and must fail to write it
}

// probeMain runs in the sandbox and prints one JSON object: each check's
// name and "" where the thing worked, or its error.
func probeMain(data string) int {
	var tg probeTargets
	if err := json.Unmarshal([]byte(data), &tg); err != nil {
		fmt.Println(err)
		return 1
	}
	got := map[string]string{}
	note := func(name string, err error) {
		got[name] = ""
		if err != nil {
			got[name] = err.Error()
		}
	}
	dial := func(network, addr string) error {
		c, err := net.DialTimeout(network, addr, 2*time.Second)
		if err == nil {
			c.Close()
		}
		return err
	}
	note("isolated", Isolated())
	note("unix socket", dial("unix", tg.UnixSocket))
	note("abstract socket", dial("unix", tg.AbstractSocket))
	note("host tcp", dial("tcp", tg.HostTCP))
	_, err := os.Stat(tg.HostFile)
	note("host file", err)
	for _, d := range tg.HostDirs {
		_, err := os.Stat(d)
		note("host dir "+d, err)
	}
	note("own server", func() error {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		defer ln.Close()
		go func() {
			if c, err := ln.Accept(); err == nil {
				io.WriteString(c, "hello")
				c.Close()
			}
		}()
		c, err := net.DialTimeout("tcp", ln.Addr().String(), 2*time.Second)
		if err != nil {
			return err
		}
		defer c.Close()
		b, err := io.ReadAll(c)
		if err == nil && string(b) != "hello" {
			err = fmt.Errorf("read %q", b)
		}
		return err
	}())
	note("write the writable folder", os.WriteFile(filepath.Join(tg.Writable, "written"), []byte("from inside"), 0o600))
	b, err := os.ReadFile(tg.ReadOnly)
	if err == nil && string(b) != "read-only" {
		err = fmt.Errorf("read %q", b)
	}
	note("read the read-only file", err)
	note("write the read-only file", os.WriteFile(tg.ReadOnly, []byte("x"), 0o600))
	note("write /usr", os.WriteFile("/usr/harness-probe", nil, 0o600))
	note("mount a tmpfs", syscall.Mount("tmpfs", "/tmp", "tmpfs", 0, ""))
	note("remount /usr read-write", syscall.Mount("", "/usr", "", syscall.MS_REMOUNT|syscall.MS_BIND, ""))
	note("chroot", syscall.Chroot("/tmp"))
	note("write /tmp", os.WriteFile("/tmp/x", nil, 0o600))
	note("open /dev/null", func() error {
		f, err := os.OpenFile("/dev/null", os.O_WRONLY, 0)
		if err == nil {
			_, err = f.WriteString("x")
			f.Close()
		}
		return err
	}())
	status, err := os.ReadFile("/proc/self/status")
	note("read /proc", err)
	for _, line := range strings.Split(string(status), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && (k == "CapEff" || k == "CapBnd" || k == "CapPrm" || k == "NoNewPrivs") {
			got[k] = strings.TrimSpace(v)
		}
	}
	procs, _ := filepath.Glob("/proc/[0-9]*")
	got["processes"] = fmt.Sprint(len(procs))
	got["pid"] = fmt.Sprint(os.Getpid())
	json.NewEncoder(os.Stdout).Encode(got)
	return 0
}

// TestSandboxIsolation runs the probe in a sandbox: the host's Unix socket
// in a temporary folder, its abstract socket, its TCP port on 127.0.0.1
// and a file in another of its folders must be out of reach, while a
// server the probe starts on 127.0.0.1 answers, the shared folders are
// there as they should be, and the probe holds no capability.
func TestSandboxIsolation(t *testing.T) {
	hostDir, otherDir := t.TempDir(), t.TempDir()
	serve := func(ln net.Listener) {
		t.Cleanup(func() { ln.Close() })
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				c.Close()
			}
		}()
	}
	tg := probeTargets{
		UnixSocket:     filepath.Join(hostDir, "host.sock"),
		AbstractSocket: fmt.Sprintf("@dlserr-harness-test-%d", os.Getpid()),
		HostFile:       filepath.Join(otherDir, "secret"),
	}
	for _, addr := range [][2]string{{"unix", tg.UnixSocket}, {"unix", tg.AbstractSocket}, {"tcp", "127.0.0.1:0"}} {
		ln, err := net.Listen(addr[0], addr[1])
		if err != nil {
			t.Fatal(err)
		}
		serve(ln)
		if addr[0] == "tcp" {
			tg.HostTCP = ln.Addr().String()
		}
	}
	if err := os.WriteFile(tg.HostFile, []byte("secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tg.HostDirs = []string{hostDir, otherDir, wd, "/root", "/run", "/var", "/home"}
	if cache, err := os.UserCacheDir(); err == nil {
		tg.HostDirs = append(tg.HostDirs, cache)
	}
	// Each of the host's things answers here: a check that fails inside
	// fails for the sandbox, not for a thing that was never there.
	for _, addr := range [][2]string{{"unix", tg.UnixSocket}, {"unix", tg.AbstractSocket}, {"tcp", tg.HostTCP}} {
		c, err := net.DialTimeout(addr[0], addr[1], 2*time.Second)
		if err != nil {
			t.Fatalf("the host's own %s %s: %v", addr[0], addr[1], err)
		}
		c.Close()
	}
	for _, p := range append([]string{tg.HostFile}, tg.HostDirs...) {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("the host's own %s: %v", p, err)
		}
	}

	run := privateTemp(t)
	tg.Writable = filepath.Join(run, "rw")
	tg.ReadOnly = filepath.Join(run, "ro", "file")
	if err := errors.Join(os.Mkdir(tg.Writable, 0o700), os.Mkdir(filepath.Dir(tg.ReadOnly), 0o700),
		os.WriteFile(tg.ReadOnly, []byte("read-only"), 0o600)); err != nil {
		t.Fatal(err)
	}
	got := runProbe(t, run, tg)

	for _, name := range []string{"isolated", "own server", "write the writable folder", "read the read-only file", "write /tmp", "open /dev/null", "read /proc"} {
		if got[name] != "" {
			t.Errorf("%s: %s", name, got[name])
		}
	}
	for _, name := range []string{"unix socket", "abstract socket", "host tcp", "host file", "write the read-only file", "write /usr",
		"mount a tmpfs", "remount /usr read-write", "chroot"} {
		if e, ok := got[name]; !ok || e == "" {
			t.Errorf("%s: reached from inside the sandbox", name)
		}
	}
	for _, d := range tg.HostDirs {
		if e, ok := got["host dir "+d]; !ok || e == "" {
			t.Errorf("the host's folder %s is there inside the sandbox", d)
		}
	}
	for k, want := range map[string]string{"CapEff": "0000000000000000", "CapPrm": "0000000000000000", "CapBnd": "0000000000000000", "NoNewPrivs": "1"} {
		if got[k] != want {
			t.Errorf("%s = %q inside the sandbox, want %q", k, got[k], want)
		}
	}
	// Init is process 1, the probe its child, and there is no other: the
	// PID namespace is new. (The probe's number is not 2: init's threads
	// took numbers before it.)
	if got["pid"] == "1" || got["processes"] != "2" {
		t.Errorf("the probe is process %s of %s in its PID namespace, want 2 processes, init being 1", got["pid"], got["processes"])
	}
	if b, err := os.ReadFile(filepath.Join(tg.Writable, "written")); err != nil || string(b) != "from inside" {
		t.Errorf("what the probe wrote into the writable folder: %q, %v", b, err)
	}
	if b, err := os.ReadFile(tg.ReadOnly); err != nil || string(b) != "read-only" {
		t.Errorf("the read-only file after the probe: %q, %v", b, err)
	}
	if _, err := os.Stat(tg.HostFile); err != nil {
		t.Errorf("the host's file after the probe: %v", err)
	}
}

// privateTemp is a temporary folder for a sandbox run, with the test
// binary copied into bin/.
func privateTemp(t *testing.T) string {
	t.Helper()
	run := t.TempDir()
	real, err := filepath.EvalSymlinks(run)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CopyExecutable(filepath.Join(real, "bin")); err != nil {
		t.Fatal(err)
	}
	return real
}

// runProbe runs the probe in a sandbox with run writable (and tg.ReadOnly
// read-only) and returns what it printed.
func runProbe(t *testing.T, run string, tg probeTargets) map[string]string {
	t.Helper()
	data, err := json.Marshal(tg)
	if err != nil {
		t.Fatal(err)
	}
	self, _ := os.Executable()
	var out, errOut bytes.Buffer
	sb := &Sandbox{
		Path:     filepath.Join(run, "bin", filepath.Base(self)),
		Env:      []string{probeEnv + "=" + string(data), "PATH=/usr/bin:/bin"},
		Writable: []string{tg.Writable, filepath.Join(run, "bin")},
		ReadOnly: []string{tg.ReadOnly},
		Stdout:   &out, Stderr: &errOut,
	}
	if err := sb.Run(); err != nil {
		t.Fatalf("sandbox: %v\nstdout: %s\nstderr: %s", err, out.Bytes(), errOut.Bytes())
	}
	got := map[string]string{}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("the probe printed %q (%v); stderr: %s", out.Bytes(), err, errOut.Bytes())
	}
	t.Logf("inside the sandbox: %q", got)
	return got
}

// TestSandboxExit checks that Run returns the command's exit status, and
// that what the command leaves running ends with it: init is process 1 of
// the PID namespace, and the kernel kills the rest when it exits.
func TestSandboxExit(t *testing.T) {
	run := privateTemp(t)
	var out bytes.Buffer
	sb := &Sandbox{Path: "/bin/sh", Args: []string{"-c", "sleep 60 & echo $$; exit 3"}, Writable: []string{run}, Stdout: &out, Stderr: &out}
	start := time.Now()
	err := sb.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Errorf("Run = %v, want exit status 3; output %q", err, out.Bytes())
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("Run took %v: the sleep left behind held it", took)
	}
	if strings.TrimSpace(out.String()) == "1" {
		t.Errorf("the command is process 1; init should be")
	}

	sb = &Sandbox{Path: filepath.Join(run, "nothing"), Writable: []string{run}, Stderr: &out}
	if err := sb.Run(); !errors.As(err, &exit) || exit.ExitCode() != initFailed {
		t.Errorf("a command that is not there: %v, want init's status %d", err, initFailed)
	}
}

// TestSandboxPaths checks the paths Run refuses to share.
func TestSandboxPaths(t *testing.T) {
	run := privateTemp(t)
	link := filepath.Join(run, "link")
	if err := os.Symlink(run, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/", "/tmp", "/usr", "/usr/lib", "/etc", "/etc/x", "/proc/1", "/dev", "/lib64", "relative", run + "/", run + "/../x",
		link, filepath.Join(run, "missing")} {
		sb := &Sandbox{Path: "/bin/true", Writable: []string{p}}
		if err := sb.Run(); err == nil || !strings.HasPrefix(err.Error(), "sandbox: ") {
			t.Errorf("Writable %q: %v", p, err)
		}
		sb = &Sandbox{Path: "/bin/true", ReadOnly: []string{p}}
		if err := sb.Run(); err == nil || !strings.HasPrefix(err.Error(), "sandbox: ") {
			t.Errorf("ReadOnly %q: %v", p, err)
		}
	}
	if err := (&Sandbox{Path: "true"}).Run(); err == nil {
		t.Error("a relative command: accepted")
	}
	if err := (&Sandbox{Path: "/bin/true", Writable: []string{run}}).Run(); err != nil {
		t.Errorf("/bin/true: %v", err)
	}
	t.Setenv(initEnv, "{}")
	if err := (&Sandbox{Path: "/bin/true"}).Run(); err == nil {
		t.Error("Run inside a sandbox (or without Init): accepted")
	}
}
