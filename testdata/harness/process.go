package harness

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// Group is a command started as the leader of a process group of its own,
// so that whatever it starts can be ended with it, and nothing else. The
// leader is not reaped until End: while it is a zombie its number still
// names the group, so that no other process can take that number and be
// signalled in its place.
type Group struct {
	cmd     *exec.Cmd
	exited  chan struct{}
	ended   bool
	exitErr error // what exec.Cmd.Wait returned
	err     error // processes that outlived End's limit
}

// StartGroup starts cmd as the leader of a new process group, which the
// kernel kills if this program's thread that started it dies
// (SysProcAttr.Pdeathsig, unless cmd sets another signal). Every Group
// started must be ended with End.
func StartGroup(cmd *exec.Cmd) (*Group, error) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid, cmd.SysProcAttr.Pgid = true, 0
	if cmd.SysProcAttr.Pdeathsig == 0 {
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	g := &Group{cmd: cmd, exited: make(chan struct{})}
	go func() {
		waitExited(cmd.Process.Pid)
		close(g.exited)
	}()
	return g, nil
}

// Pgid is the group's number, its leader's process id.
func (g *Group) Pgid() int { return g.cmd.Process.Pid }

// Exited is closed once the leader has exited (it is not reaped yet).
func (g *Group) Exited() <-chan struct{} { return g.exited }

// End ends the group and reaps the leader: SIGTERM to the leader alone, if
// grace is more than 0 and it still runs, so that it can finish its work
// (a browser writes its network log then); SIGKILL to the whole group once
// the leader has exited or grace has passed; then it waits, up to limit,
// until no process of the group is alive (a zombie's parent may be slow to
// reap it, but a zombie runs nothing), and reaps the leader. It fails if
// some of the group outlived the limit; Exit tells how the leader ended.
// End again returns the same.
func (g *Group) End(grace, limit time.Duration) error {
	if g.ended {
		return g.err
	}
	g.ended = true
	pgid := g.Pgid()
	if grace > 0 {
		select {
		case <-g.exited:
		default:
			syscall.Kill(pgid, syscall.SIGTERM)
			select {
			case <-g.exited:
			case <-time.After(grace):
			}
		}
	}
	syscall.Kill(-pgid, syscall.SIGKILL) // the leader is unreaped: pgid is still this group's
	<-g.exited
	deadline := time.Now().Add(limit)
	for {
		left := liveMembers(pgid)
		if len(left) == 0 {
			break
		}
		if time.Now().After(deadline) {
			g.err = fmt.Errorf("processes %v of group %d still there %v after SIGKILL", left, pgid, limit)
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	g.exitErr = g.cmd.Wait()
	return g.err
}

// Exit is what exec.Cmd.Wait returned for the leader once End has reaped
// it (an *exec.ExitError if it did not exit 0, killed by End among them),
// and an error before.
func (g *Group) Exit() error {
	if !g.ended {
		return errors.New("the group has not been ended")
	}
	return g.exitErr
}

// RunBounded runs cmd as a Group and ends the group once the leader has
// exited or timeout has passed, whichever comes first: whatever cmd started
// ends with it. It fails if the time ran out, and else returns what
// exec.Cmd.Wait returned.
func RunBounded(cmd *exec.Cmd, timeout time.Duration) error {
	g, err := StartGroup(cmd)
	if err != nil {
		return err
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	timedOut := false
	select {
	case <-g.Exited():
	case <-timer.C:
		timedOut = true
	}
	if err := g.End(0, 10*time.Second); err != nil {
		return err
	}
	if timedOut {
		return fmt.Errorf("timed out after %v", timeout)
	}
	return g.Exit()
}

// waitExited waits until process pid has exited, without reaping it
// (waitid with WNOWAIT, which the syscall package does not wrap).
func waitExited(pid int) {
	const pPID, wEXITED, wNOWAIT = 1, 4, 0x1000000
	var info [128]byte // siginfo_t
	for {
		_, _, e := syscall.Syscall6(syscall.SYS_WAITID, pPID, uintptr(pid), uintptr(unsafe.Pointer(&info[0])), wEXITED|wNOWAIT, 0, 0)
		if e != syscall.EINTR {
			return
		}
	}
}

// GroupMembers lists the processes in group pgid, zombies included,
// reading /proc.
func GroupMembers(pgid int) []int {
	entries, _ := os.ReadDir("/proc")
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		if g, ok := StatGroup(string(stat)); ok && g == pgid {
			pids = append(pids, pid)
		}
	}
	return pids
}

// StatGroup reads the process group from /proc/PID/stat's text: "PID
// (COMM) STATE PPID PGRP ...", where COMM may hold spaces and parentheses,
// so the fields are counted from the last ')'.
func StatGroup(stat string) (int, bool) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(stat[i+1:])
	if len(f) < 3 {
		return 0, false
	}
	g, err := strconv.Atoi(f[2])
	return g, err == nil
}

// liveMembers lists the processes in group pgid that are not zombies.
func liveMembers(pgid int) []int {
	var live []int
	for _, pid := range GroupMembers(pgid) {
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		s := string(stat)
		if i := strings.LastIndexByte(s, ')'); i >= 0 && !strings.HasPrefix(s[i+1:], " Z") {
			live = append(live, pid)
		}
	}
	return live
}
