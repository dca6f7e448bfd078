package main

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// TestDigestHelpAndMistakes: `briefbot digest --help` and each subcommand's --help print usage
// on stdout and exit 0, touching no database; a mistyped subcommand is a usage error (exit 2)
// that suggests the one meant.
func TestDigestHelpAndMistakes(t *testing.T) {
	t.Chdir(t.TempDir()) // a stray briefbot.db would be created here
	help := []struct {
		args []string
		want string
	}{
		{[]string{"digest", "--help"}, "Usage: briefbot digest preview"},
		{[]string{"digest", "-h"}, "Usage: briefbot digest preview"},
		{[]string{"digest", "help"}, "Usage: briefbot digest preview"},
		{[]string{"digest", "preview", "--help"}, "Usage: briefbot digest preview [--filter NAMES]"},
		{[]string{"digest", "list", "--help"}, "Usage: briefbot digest list"},
		{[]string{"digest", "list", "-h"}, "-channel"},
		{[]string{"digest", "pause", "--help"}, "Usage: briefbot digest pause"},
		{[]string{"digest", "resume", "3", "--help"}, "Usage: briefbot digest resume"},
		{[]string{"digest", "unsubscribe", "--help"}, "Usage: briefbot digest unsubscribe"},
	}
	for _, tc := range help {
		stdout, stderr, err := runCLI(t, "", tc.args...)
		if err != nil || !strings.Contains(stdout, tc.want) || stderr != "" {
			t.Errorf("run(%q) = %v, stdout %.60q, stderr %.60q; want %q on stdout only, exit 0", tc.args, err, stdout, stderr, tc.want)
		}
	}

	if files, _ := os.ReadDir("."); len(files) != 0 {
		t.Errorf("help created %s", files[0].Name())
	}

	mistakes := []struct {
		args []string
		want string // in the usage error; "" = no suggestion
	}{
		{[]string{"digest", "lsit"}, `did you mean "list"?`},
		{[]string{"digest", "unsubcribe"}, `did you mean "unsubscribe"?`},
		{[]string{"digest", "pasue"}, `did you mean "pause"?`},
		{[]string{"digest", "preveiw", "--filter", "japan"}, `did you mean "preview"?`},
		{[]string{"digest", "frobnicate"}, ""},
		{[]string{"digest"}, ""},
		{[]string{"digest", "list", "--bogus"}, ""},
	}
	for _, tc := range mistakes {
		stdout, stderr, err := runCLI(t, "", tc.args...)
		ue, ok := errors.AsType[*usageError](err)
		if !ok {
			t.Errorf("run(%q) = %v; want a usage error (exit 2)", tc.args, err)
			continue
		}
		if tc.want == "" && strings.Contains(ue.msg, "did you mean") || !strings.Contains(ue.msg, tc.want) {
			t.Errorf("run(%q) usage error %q; want %q", tc.args, ue.msg, tc.want)
		}
		if stdout != "" || !strings.Contains(stderr, "Usage:") {
			t.Errorf("run(%q): stdout %.60q, stderr %.60q; want usage on stderr only", tc.args, stdout, stderr)
		}
	}
}
