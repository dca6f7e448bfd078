package digest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// ProcessOwner names this process in the ledger: host, pid and the process's start time, so a
// later process on the same host can tell for certain that the claimant is gone (the pid is
// free, or reused by a process that started later).
func ProcessOwner() string {
	host, _ := os.Hostname()
	pid := os.Getpid()
	start, ok := processStart(pid)
	if !ok {
		start = strconv.FormatInt(time.Now().UnixNano(), 10)
	}
	return fmt.Sprintf("%s/%d/%s", host, pid, start)
}

// processStart reads a process's start time (clock ticks since boot) from /proc, where there
// is one.
func processStart(pid int) (string, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return "", false
	}
	// The command name (field 2) may hold spaces; fields after its closing parenthesis are
	// plain. starttime is field 22, the 20th after the parenthesis.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return "", false
	}
	fields := strings.Fields(s[i+1:])
	if len(fields) < 20 {
		return "", false
	}
	return fields[19], true
}

// OwnerDead reports whether the process an owner string names is certainly gone: it ran on
// this host and its pid is free or now belongs to a process started at another time. Owners
// on other hosts, or in another format, are never declared dead: their claims wait for the
// stale-claim sweep instead.
func OwnerDead(owner string) bool {
	parts := strings.Split(owner, "/")
	if len(parts) != 3 {
		return false
	}
	host, _ := os.Hostname()
	pid, err := strconv.Atoi(parts[1])
	if parts[0] != host || err != nil || pid <= 0 {
		return false
	}
	if pid == os.Getpid() {
		return parts[2] != ProcessOwnerStart()
	}
	start, ok := processStart(pid)
	if !ok {
		_, statErr := os.Stat("/proc/self/stat")
		return statErr == nil // /proc works, and this pid has no entry: the process is gone
	}
	return start != parts[2]
}

// ProcessOwnerStart is this process's start time as ProcessOwner writes it.
func ProcessOwnerStart() string {
	start, _ := processStart(os.Getpid())
	return start
}
