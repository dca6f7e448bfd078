// Package migrate reads the backends' embedded migration files.
package migrate

import (
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// Migration is one embedded SQL file.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Files reads migrations/NNNN_name.sql from fsys in version order,
// rejecting names without a version and duplicate versions.
func Files(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []Migration
	seen := map[int]string{}
	for _, name := range names { // fs.Glob sorts
		base := path.Base(name)
		digits, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(digits)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive version number", base)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", prev, base, v)
		}
		seen[v] = base
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: base, SQL: string(b)})
	}
	// Glob sorts by name; versions must follow the same order.
	for i := 1; i < len(out); i++ {
		if out[i].Version < out[i-1].Version {
			return nil, fmt.Errorf("migration %s sorts before %s: pad versions to the same width", out[i-1].Name, out[i].Name)
		}
	}
	return out, nil
}
