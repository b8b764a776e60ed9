package harness

import (
	"os"
	"os/exec"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestStatGroup(t *testing.T) {
	for stat, want := range map[string]int{
		"123 (chromium) S 1 456 456 0 -1":         456,
		"123 (a b) c) d) R 1 789 789 0 -1":        789,
		"123 (x) Z 1 42 42":                       42,
		"123 (x) S 1":                             -1,
		"123 (x) S 1 notanumber":                  -1,
		"garbage":                                 -1,
		"123 (web content) S 99 1000 1000 0 -1 4": 1000,
	} {
		g, ok := StatGroup(stat)
		if want == -1 {
			if ok {
				t.Errorf("StatGroup(%q) = %d, want none", stat, g)
			}
			continue
		}
		if !ok || g != want {
			t.Errorf("StatGroup(%q) = %d, %v; want %d", stat, g, ok, want)
		}
	}
	pgid, err := syscall.Getpgid(0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, pid := range GroupMembers(pgid) {
		found = found || pid == os.Getpid()
	}
	if !found {
		t.Errorf("GroupMembers(%d) lacks this process %d", pgid, os.Getpid())
	}
}

// TestGroupEnd starts a shell that leaves a child behind in its group, and
// one that ignores SIGTERM: End must leave nothing of either group, and
// nothing of this test's own group must be touched.
func TestGroupEnd(t *testing.T) {
	g, err := StartGroup(exec.Command("sh", "-c", "sleep 60 & echo started; wait"))
	if err != nil {
		t.Fatal(err)
	}
	pgid := g.Pgid()
	deadline := time.Now().Add(5 * time.Second)
	for len(GroupMembers(pgid)) < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(GroupMembers(pgid)); n != 2 {
		t.Fatalf("the group has %d processes, want the shell and its sleep", n)
	}
	if err := g.Exit(); err == nil {
		t.Error("Exit before End: no error")
	}
	start := time.Now()
	if err := g.End(3*time.Second, 5*time.Second); err != nil {
		t.Errorf("End: %v", err)
	}
	if err := g.Exit(); err == nil || !strings.Contains(err.Error(), "terminated") {
		t.Errorf("Exit of a shell ended by SIGTERM: %v", err)
	}
	if left := liveMembers(pgid); len(left) != 0 {
		t.Errorf("left of the group: %v", left)
	}
	if again, exit := g.End(0, 0), g.Exit(); again != nil || exit == nil {
		t.Errorf("End again: %v, %v", again, exit)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("End took %v for a shell that exits on SIGTERM", took)
	}

	g, err = StartGroup(exec.Command("sh", "-c", "trap '' TERM; sleep 60 & wait; wait"))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	start = time.Now()
	if err := g.End(300*time.Millisecond, 5*time.Second); err != nil {
		t.Errorf("End: %v", err)
	}
	if err := g.Exit(); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Errorf("Exit of a shell that ignored SIGTERM: %v", err)
	}
	if took := time.Since(start); took < 300*time.Millisecond {
		t.Errorf("End gave a leader that ignores SIGTERM %v, want the grace of 300ms", took)
	}
	if left := liveMembers(g.Pgid()); len(left) != 0 {
		t.Errorf("left of the group that ignored SIGTERM: %v", left)
	}
	own, _ := syscall.Getpgid(0)
	if len(GroupMembers(own)) == 0 {
		t.Error("this test's own group is gone")
	}
}

func TestRunBounded(t *testing.T) {
	if err := RunBounded(exec.Command("true"), 5*time.Second); err != nil {
		t.Errorf("true: %v", err)
	}
	if err := RunBounded(exec.Command("false"), 5*time.Second); err == nil {
		t.Error("false: no error")
	}
	// The leader exits at once; its child in the group must go with it.
	cmd := exec.Command("sh", "-c", "sleep 60 & echo $!")
	var out strings.Builder
	cmd.Stdout = &out
	if err := RunBounded(cmd, 5*time.Second); err != nil {
		t.Fatalf("a shell that leaves a child: %v", err)
	}
	pid := strings.TrimSpace(out.String())
	if _, err := os.Stat("/proc/" + pid); err == nil {
		stat, _ := os.ReadFile("/proc/" + pid + "/stat")
		if !strings.Contains(string(stat), ") Z ") {
			t.Errorf("the shell's child %s lives on: %s", pid, stat)
		}
	}
	start := time.Now()
	err := RunBounded(exec.Command("sleep", "60"), 200*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "timed out") || time.Since(start) > 5*time.Second {
		t.Errorf("sleep 60 with a limit of 200ms: %v after %v", err, time.Since(start))
	}
	if err := RunBounded(exec.Command("/nonexistent"), time.Second); err == nil {
		t.Error("a command that is not there: no error")
	}
}

func TestOtherInterfaces(t *testing.T) {
	dev := "Inter-|   Receive\n face |bytes\n    lo:    3193      29    0\n  eth0:       0       0\n"
	if got := OtherInterfaces(dev); !reflect.DeepEqual(got, []string{"eth0"}) {
		t.Errorf("OtherInterfaces = %q", got)
	}
	if got := OtherInterfaces("Inter-|\n face |\n    lo: 0 0\n"); len(got) != 0 {
		t.Errorf("OtherInterfaces of lo alone = %q", got)
	}
}
