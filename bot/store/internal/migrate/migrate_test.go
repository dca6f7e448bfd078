package migrate

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestFiles(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		want    []Migration
		wantErr bool
	}{
		{"in order", fstest.MapFS{
			"migrations/0002_more.sql": file("B"),
			"migrations/0001_init.sql": file("A"),
			"migrations/README.md":     file("ignored"),
		}, []Migration{{1, "0001_init.sql", "A"}, {2, "0002_more.sql", "B"}}, false},
		{"none", fstest.MapFS{}, nil, false},
		{"no version", fstest.MapFS{"migrations/init.sql": file("A")}, nil, true},
		{"version zero", fstest.MapFS{"migrations/0000_init.sql": file("A")}, nil, true},
		{"duplicate version", fstest.MapFS{"migrations/0001_a.sql": file("A"), "migrations/01_b.sql": file("B")}, nil, true},
		{"unpadded", fstest.MapFS{"migrations/10_a.sql": file("A"), "migrations/9_b.sql": file("B")}, nil, true},
	}
	for _, tt := range tests {
		got, err := Files(tt.fsys)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: Files() error = %v; want error %v", tt.name, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Files() (-want +got):\n%s", tt.name, diff)
		}
	}
}
