package harness

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Sandbox runs a command, the vendor's code or a program that runs it, where
// nothing of the machine but loopback and a few read-only system folders is
// within its reach: new user, mount, PID and network namespaces, with a root
// of its own that Init builds in the new mount namespace, then enters with
// pivot_root:
//
//   - a tmpfs, read-only once built, with the system's programs and
//     libraries bound read-only (/usr, and /bin, /sbin, /lib, /lib32, /lib64
//     and /libx32, as links where the machine has them as links);
//   - /etc holding only what the dynamic loader, fontconfig and Chromium
//     read (etcShared, bound read-only where the machine has them) and a
//     passwd, group and hosts of its own;
//   - a fresh /proc, of the new PID namespace; a /dev of its own (a tmpfs
//     with null, zero, full, random and urandom bound from the machine's,
//     and a tmpfs /dev/shm); a fresh tmpfs /tmp;
//   - Writable's folders read-write and ReadOnly's files and folders
//     read-only, each at the path it has on the machine.
//
// Nothing else: not the machine's /tmp, /run, /var, /root, /home, the work
// tree, Go's build cache. The network namespace has loopback alone, up, so
// neither a host's TCP port nor an abstract Unix socket (they are per
// network namespace) is there; a Unix socket file is out of reach with its
// folder. The command runs as root of the user namespace (this user on the
// machine), without capabilities (an empty bounding set, no_new_privs), so
// it cannot mount or remount anything; it is the child of an init that Init
// runs as the namespace's process 1, which reaps orphans and passes on
// SIGTERM, SIGINT and SIGHUP; when the command exits, init exits with its
// status and the kernel kills whatever is left in the namespace.
//
// Files the command must run (its own executable, libraries) go into a
// Writable or ReadOnly folder first. Run fails, and says so, where the
// kernel refuses any of the namespaces: there is no weaker fallback.
type Sandbox struct {
	Path     string   // the command, a path inside the sandbox
	Args     []string // its arguments, without the command
	Env      []string // its whole environment
	Dir      string   // its working directory; "" for /
	Writable []string // host folders it sees read-write, at the same paths
	ReadOnly []string // host files and folders it sees read-only, at the same paths

	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// initEnv carries the sandbox's spec from Run to Init, in the environment of
// the process that Run starts in the new namespaces.
const initEnv = "DLSERR_HARNESS_SANDBOX"

// initFailed is init's exit status when it could not build the sandbox or
// start the command (it says why on stderr).
const initFailed = 125

// spec is what Init needs to build the sandbox and start the command.
type spec struct {
	Root     string // an empty host folder, the new root's mount point
	Path     string
	Args     []string
	Env      []string
	Dir      string
	Writable []string
	ReadOnly []string
}

// systemDirs are the machine's folders of programs and libraries that the
// sandbox shows read-only (or as the same links), where the machine has
// them.
var systemDirs = []string{"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"}

// etcShared are the entries of /etc that the sandbox shows read-only, where
// the machine has them: the dynamic loader's cache and configuration,
// alternatives (links that programs under /usr/bin go through), fontconfig's
// configuration, Chromium's (its launcher sources /etc/chromium.d), name
// service and time zone configuration.
var etcShared = []string{"ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "fonts", "chromium", "chromium.d",
	"nsswitch.conf", "localtime", "timezone"}

// etcWritten are files of the sandbox's /etc that Init writes: root and
// nobody, and localhost.
var etcWritten = map[string]string{
	"passwd": "root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n",
	"group":  "root:x:0:\nnogroup:x:65534:\n",
	"hosts":  "127.0.0.1\tlocalhost\n::1\tlocalhost\n",
}

// devShared are the device files the sandbox's /dev binds from the machine's.
var devShared = []string{"null", "zero", "full", "random", "urandom"}

// marker is a file at the sandbox's root, so that a program can tell it
// runs in one (Isolated).
const marker = "/.harness-sandbox"

// reserved are the sandbox's own folders: no Writable or ReadOnly path may
// be one of them or lie under one, nor be the root.
var reserved = append([]string{"/etc", "/proc", "/dev", "/tmp"}, systemDirs...)

// Run runs the command in the sandbox and returns what exec.Cmd.Wait
// returned for init: an *exec.ExitError with the command's status (or
// initFailed) if it did not exit 0. The program must call Init first in its
// main, since Run starts this same executable as init.
func (s *Sandbox) Run() error {
	if _, ok := os.LookupEnv(initEnv); ok {
		return errors.New("sandbox: already in one, or the program's main does not call harness.Init first")
	}
	if !filepath.IsAbs(s.Path) {
		return fmt.Errorf("sandbox: the command %q is no absolute path", s.Path)
	}
	for _, p := range append(append([]string{}, s.Writable...), s.ReadOnly...) {
		if err := checkSharedPath(p); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	root, err := os.MkdirTemp("", "harness-root-")
	if err != nil {
		return err
	}
	defer os.Remove(root)
	data, err := json.Marshal(spec{Root: root, Path: s.Path, Args: s.Args, Env: s.Env, Dir: s.Dir, Writable: s.Writable, ReadOnly: s.ReadOnly})
	if err != nil {
		return err
	}
	cmd := exec.Command(self)
	cmd.Env = []string{initEnv + "=" + string(data)}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = s.Stdin, s.Stdout, s.Stderr
	id := func(n int) []syscall.SysProcIDMap {
		return []syscall.SysProcIDMap{{ContainerID: 0, HostID: n, Size: 1}}
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER | syscall.CLONE_NEWNS | syscall.CLONE_NEWPID | syscall.CLONE_NEWNET,
		UidMappings: id(os.Getuid()),
		GidMappings: id(os.Getgid()),
		Pdeathsig:   syscall.SIGKILL,
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("sandbox: the kernel refused new user, mount, PID and network namespaces (%v); "+
			"the vendor's code runs in them or not at all", err)
	}
	return cmd.Wait()
}

// checkSharedPath refuses a path the sandbox cannot show as it is: one that
// is not absolute and clean, goes through a link, or is or lies under one of
// the sandbox's own folders.
func checkSharedPath(p string) error {
	if !filepath.IsAbs(p) || filepath.Clean(p) != p || p == "/" {
		return fmt.Errorf("sandbox: %q is no clean absolute path below /", p)
	}
	for _, r := range reserved {
		if p == r || strings.HasPrefix(p, r+"/") {
			if r != "/tmp" || p == r {
				return fmt.Errorf("sandbox: %q is, or lies under, the sandbox's own %s", p, r)
			}
		}
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return fmt.Errorf("sandbox: %v", err)
	}
	if real != p {
		return fmt.Errorf("sandbox: %q goes through a link (it is %q)", p, real)
	}
	return nil
}

// Init must be the first call in the main of a program that uses Sandbox.
// In the process that Sandbox.Run starts, it builds the sandbox, runs the
// command and exits with its status, or with initFailed after saying why on
// stderr; anywhere else it returns at once.
func Init() {
	data, ok := os.LookupEnv(initEnv)
	if !ok {
		return
	}
	os.Unsetenv(initEnv)
	var s spec
	err := json.Unmarshal([]byte(data), &s)
	if err == nil {
		err = initMain(&s)
	}
	fmt.Fprintf(os.Stderr, "sandbox: %v\n", err)
	os.Exit(initFailed)
}

// initMain builds the sandbox, starts the command and waits for it; it
// returns only if something failed.
func initMain(s *spec) error {
	// Every step runs on this thread: the capabilities dropped for the
	// command are this thread's, and the command is forked from it.
	runtime.LockOSThread()
	if os.Getpid() != 1 {
		return errors.New("init is not process 1 of a new PID namespace")
	}
	if err := buildRoot(s); err != nil {
		return err
	}
	if _, err := loopback(true); err != nil {
		return fmt.Errorf("bring lo up: %v", err)
	}
	if err := dropCapabilities(); err != nil {
		return err
	}
	dir := s.Dir
	if dir == "" {
		dir = "/"
	}
	signals := make(chan os.Signal, 4)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	p, err := os.StartProcess(s.Path, append([]string{s.Path}, s.Args...), &os.ProcAttr{
		Dir: dir, Env: s.Env, Files: []*os.File{os.Stdin, os.Stdout, os.Stderr},
	})
	if err != nil {
		return fmt.Errorf("start %s: %v", s.Path, err)
	}
	go func() {
		for sig := range signals {
			p.Signal(sig)
		}
	}()
	// Process 1 reaps every orphan of the namespace; the command's own
	// status is init's.
	for {
		var ws syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &ws, 0, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return fmt.Errorf("wait: %v", err)
		}
		if pid != p.Pid {
			continue
		}
		switch {
		case ws.Exited():
			os.Exit(ws.ExitStatus())
		case ws.Signaled():
			fmt.Fprintf(os.Stderr, "sandbox: %s: %v\n", s.Path, ws.Signal())
			os.Exit(128 + int(ws.Signal()))
		}
	}
}

// buildRoot makes the sandbox's root in s.Root and enters it.
func buildRoot(s *spec) error {
	// Nothing mounted here reaches the machine's mount namespace.
	if err := syscall.Mount("", "/", "", syscall.MS_REC|syscall.MS_PRIVATE, ""); err != nil {
		return fmt.Errorf("make / private: %v", err)
	}
	root := s.Root
	steps := []struct {
		what string
		do   func() error
	}{
		{"the root tmpfs", func() error {
			return syscall.Mount("tmpfs", root, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, "mode=0755,size=16m")
		}},
		{"the system's folders", func() error {
			for _, d := range systemDirs {
				if err := share(d, root+d, true); err != nil && !errors.Is(err, os.ErrNotExist) {
					return err
				}
			}
			return nil
		}},
		{"/etc", func() error { return makeEtc(root + "/etc") }},
		{"/proc", func() error {
			return errors.Join(os.Mkdir(root+"/proc", 0o555),
				syscall.Mount("proc", root+"/proc", "proc", syscall.MS_NOSUID|syscall.MS_NODEV|syscall.MS_NOEXEC, ""))
		}},
		{"/dev", func() error { return makeDev(root + "/dev") }},
		{"/tmp", func() error {
			return errors.Join(os.Mkdir(root+"/tmp", 0o755),
				syscall.Mount("tmpfs", root+"/tmp", "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, "mode=1777"))
		}},
		{"the writable folders", func() error {
			for _, d := range s.Writable {
				if err := share(d, root+d, false); err != nil {
					return err
				}
			}
			return nil
		}},
		{"the read-only paths", func() error {
			for _, d := range s.ReadOnly {
				if err := share(d, root+d, true); err != nil {
					return err
				}
			}
			return nil
		}},
		{"the marker", func() error { return os.WriteFile(root+marker, nil, 0o444) }},
		{"pivot_root", func() error {
			old := root + "/.old"
			if err := os.Mkdir(old, 0o700); err != nil {
				return err
			}
			if err := syscall.PivotRoot(root, old); err != nil {
				return err
			}
			if err := syscall.Chdir("/"); err != nil {
				return err
			}
			if err := syscall.Unmount("/.old", syscall.MNT_DETACH); err != nil {
				return fmt.Errorf("detach the machine's root: %v", err)
			}
			return os.Remove("/.old")
		}},
		{"the root read-only", func() error { return remount("/", syscall.MS_RDONLY|syscall.MS_NOSUID|syscall.MS_NODEV) }},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			return fmt.Errorf("build the sandbox: %s: %v", st.what, err)
		}
	}
	return nil
}

// share shows the host's src at dst: a link as the same link, a folder or a
// file bound there, without set-user-ID programs or devices, and read-only if
// readOnly.
func share(src, dst string, readOnly bool) error {
	info, err := os.Lstat(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	switch {
	case info.Mode()&os.ModeSymlink != 0:
		target, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(target, dst)
	case info.IsDir():
		err = os.Mkdir(dst, 0o755)
	default:
		err = writeNew(dst, nil, 0o444)
	}
	if err != nil {
		return err
	}
	if err := syscall.Mount(src, dst, "", syscall.MS_BIND, ""); err != nil {
		return fmt.Errorf("bind %s: %v", src, err)
	}
	flags := uintptr(syscall.MS_NOSUID | syscall.MS_NODEV)
	if readOnly {
		flags |= syscall.MS_RDONLY
	}
	return remount(dst, flags)
}

// remount sets flags on the mount at target, keeping those it has: in a user
// namespace the kernel refuses to clear flags locked by the machine's mount
// (relatime among them), so they are read first.
func remount(target string, flags uintptr) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(target, &st); err != nil {
		return err
	}
	for _, f := range []struct{ st, ms uintptr }{
		{0x1, syscall.MS_RDONLY}, {0x2, syscall.MS_NOSUID}, {0x4, syscall.MS_NODEV}, {0x8, syscall.MS_NOEXEC},
		{0x400, syscall.MS_NOATIME}, {0x800, syscall.MS_NODIRATIME}, {0x1000, syscall.MS_RELATIME},
	} {
		if uintptr(st.Flags)&f.st != 0 {
			flags |= f.ms
		}
	}
	if err := syscall.Mount("", target, "", syscall.MS_REMOUNT|syscall.MS_BIND|flags, ""); err != nil {
		return fmt.Errorf("remount %s: %v", target, err)
	}
	return nil
}

// makeEtc makes the sandbox's /etc: etcShared, where the machine has them,
// and etcWritten.
func makeEtc(etc string) error {
	if err := os.Mkdir(etc, 0o755); err != nil {
		return err
	}
	for _, name := range etcShared {
		if err := share("/etc/"+name, etc+"/"+name, true); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	for name, text := range etcWritten {
		if err := os.WriteFile(etc+"/"+name, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// makeDev makes the sandbox's /dev: a tmpfs with devShared bound from the
// machine's /dev (a user namespace may not make device files), the usual
// links into /proc, and a tmpfs /dev/shm, for Chromium.
func makeDev(dev string) error {
	if err := errors.Join(os.Mkdir(dev, 0o755),
		syscall.Mount("tmpfs", dev, "tmpfs", syscall.MS_NOSUID|syscall.MS_NOEXEC, "mode=0755,size=64k")); err != nil {
		return err
	}
	for _, name := range devShared {
		if err := writeNew(dev+"/"+name, nil, 0o666); err != nil {
			return err
		}
		if err := syscall.Mount("/dev/"+name, dev+"/"+name, "", syscall.MS_BIND, ""); err != nil {
			return fmt.Errorf("bind /dev/%s: %v", name, err)
		}
		if err := remount(dev+"/"+name, syscall.MS_NOSUID|syscall.MS_NOEXEC); err != nil {
			return err
		}
	}
	for name, target := range map[string]string{"fd": "/proc/self/fd", "stdin": "/proc/self/fd/0",
		"stdout": "/proc/self/fd/1", "stderr": "/proc/self/fd/2"} {
		if err := os.Symlink(target, dev+"/"+name); err != nil {
			return err
		}
	}
	return errors.Join(os.Mkdir(dev+"/shm", 0o1777),
		syscall.Mount("tmpfs", dev+"/shm", "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, "mode=1777"))
}

// dropCapabilities empties this thread's bounding set and capability sets
// and sets no_new_privs, so that the command forked from it, though root of
// the user namespace, has no capability and cannot gain one (an execve as
// root gets its file capabilities from the bounding set).
func dropCapabilities() error {
	data, err := os.ReadFile("/proc/sys/kernel/cap_last_cap")
	if err != nil {
		return err
	}
	last, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return fmt.Errorf("cap_last_cap: %v", err)
	}
	for c := 0; c <= last; c++ {
		if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_CAPBSET_DROP, uintptr(c), 0); e != 0 {
			return fmt.Errorf("drop capability %d from the bounding set: %v", c, e)
		}
	}
	const prSetNoNewPrivs = 38
	if _, _, e := syscall.RawSyscall6(syscall.SYS_PRCTL, prSetNoNewPrivs, 1, 0, 0, 0, 0); e != 0 {
		return fmt.Errorf("no_new_privs: %v", e)
	}
	header := struct {
		version uint32
		pid     int32
	}{0x20080522, 0} // _LINUX_CAPABILITY_VERSION_3, this thread
	var sets [2]struct{ effective, permitted, inheritable uint32 }
	if _, _, e := syscall.RawSyscall(syscall.SYS_CAPSET, uintptr(unsafe.Pointer(&header)), uintptr(unsafe.Pointer(&sets[0])), 0); e != 0 {
		return fmt.Errorf("capset: %v", e)
	}
	return nil
}

// loopback reads lo's flags, with the ioctls `ip link` makes, and brings
// it up if up is true (a new network namespace starts with it down); it
// returns whether lo was up before.
func loopback(up bool) (bool, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return false, err
	}
	defer syscall.Close(fd)
	var ifr struct { // struct ifreq: a name, then a union that starts with the flags
		name  [syscall.IFNAMSIZ]byte
		flags uint16
		_     [22]byte
	}
	copy(ifr.name[:], "lo")
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCGIFFLAGS, uintptr(unsafe.Pointer(&ifr))); e != 0 {
		return false, e
	}
	was := ifr.flags&syscall.IFF_UP != 0
	if !up || was {
		return was, nil
	}
	ifr.flags |= syscall.IFF_UP
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCSIFFLAGS, uintptr(unsafe.Pointer(&ifr))); e != 0 {
		return false, e
	}
	return false, nil
}

// Isolated fails unless the program runs in a sandbox: its root is the
// sandbox's, its network namespace has no interface but lo, and lo is up
// (/proc/self/net/dev lists the reading process's namespace's interfaces;
// /sys/class/net would show the namespace that mounted /sys). A program
// that runs the vendor's code calls it first, so that it never runs that
// code outside one.
func Isolated() error {
	if _, err := os.Stat(marker); err != nil {
		return fmt.Errorf("not in a sandbox: %v", err)
	}
	data, err := os.ReadFile("/proc/self/net/dev")
	if err != nil {
		return err
	}
	if others := OtherInterfaces(string(data)); len(others) > 0 {
		return fmt.Errorf("not in a sandbox: interfaces other than lo: %v", others)
	}
	if up, err := loopback(false); err != nil || !up {
		return fmt.Errorf("lo is not up (%v)", err)
	}
	return nil
}

// OtherInterfaces reads /proc/net/dev's text (two header lines, then
// "NAME: counters" per interface) and returns the names other than lo.
func OtherInterfaces(dev string) []string {
	var others []string
	for i, line := range strings.Split(dev, "\n") {
		name, _, ok := strings.Cut(line, ":")
		if i < 2 || !ok {
			continue
		}
		if name = strings.TrimSpace(name); name != "lo" {
			others = append(others, name)
		}
	}
	return others
}

// CopyExecutable copies this program's executable into dir, which it
// creates (mode 0700) if need be, and returns the copy's path: a program
// that runs itself in a sandbox runs that copy, from a folder it shares.
func CopyExecutable(dir string) (string, error) {
	self, err := os.Executable()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	data, err := os.ReadFile(self)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(dir, filepath.Base(self))
	return dst, writeNew(dst, data, 0o700)
}
