// Package golden compares test output with files kept under testdata, for the adapters'
// rendered messages. `go test -update` rewrites the files; review the diff before committing.
package golden

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update is the -update flag of every test binary that imports this package.
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// Check compares got with the file at path (rewriting it first under -update) and reports a
// difference as an error naming what was rendered.
func Check(t testing.TB, path string, got []byte, what string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (go test -update creates it): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from %s (-want +got):\n%s", what, path, diff)
	}
}
