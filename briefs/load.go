package briefs

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/goccy/go-yaml"
)

//go:embed data/*.yaml data/sources/*.txt
var embedded embed.FS

// Data file names inside a store directory.
const (
	SourcesFile  = "sources.yaml"
	EntitiesFile = "entities.yaml"
	TopicsFile   = "topics.yaml"
	FactsFile    = "facts.yaml"
	// SynonymsFile is optional: a store without it reads questions word for word.
	SynonymsFile = "synonyms.yaml"
)

// Data is the raw content of a store before validation and indexing.
type Data struct {
	Sources  []Source
	Entities []Entity
	Topics   []Topic
	Facts    []Fact
	// Synonyms are groups of everyday words a free question may use for one another.
	Synonyms [][]string
}

// EmbeddedFS is the curated store shipped inside the binary, rooted at its data directory.
func EmbeddedFS() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "data" is a constant.
		panic(err)
	}
	return sub
}

// LoadEmbedded loads and validates the curated store shipped inside the binary.
func LoadEmbedded() (*Store, error) {
	return Load(EmbeddedFS())
}

// Load reads the four data files (and each source's text) from fsys, validates everything
// and builds the indexes. A validation failure is a *ValidationError listing every problem.
func Load(fsys fs.FS) (*Store, error) {
	d, err := ReadData(fsys)
	if err != nil {
		return nil, err
	}
	return New(d)
}

// ReadData decodes the data files in fsys without validating them.
func ReadData(fsys fs.FS) (Data, error) {
	var d Data
	var errs []error
	decode := func(name string, into any) {
		if err := decodeFile(fsys, name, into); err != nil {
			errs = append(errs, err)
		}
	}
	decode(SourcesFile, &d.Sources)
	decode(EntitiesFile, &d.Entities)
	decode(TopicsFile, &d.Topics)
	decode(FactsFile, &d.Facts)
	if _, err := fs.Stat(fsys, SynonymsFile); err == nil {
		decode(SynonymsFile, &d.Synonyms)
	} else if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, fmt.Errorf("read %s: %w", SynonymsFile, err))
	}
	if len(errs) > 0 {
		return d, errors.Join(errs...)
	}
	for i := range d.Sources {
		src := &d.Sources[i]
		if src.File == "" {
			continue // reported by validation
		}
		b, err := fs.ReadFile(fsys, path.Clean(src.File))
		if err != nil {
			return d, fmt.Errorf("read source %s text: %w", src.ID, err)
		}
		src.Text = string(b)
	}
	return d, nil
}

// DecodeFacts decodes a facts file on its own (for `briefbot facts validate FILE`).
func DecodeFacts(b []byte) ([]Fact, error) {
	var facts []Fact
	if err := decodeYAML(b, &facts); err != nil {
		return nil, fmt.Errorf("decode facts: %w", err)
	}
	return facts, nil
}

func decodeFile(fsys fs.FS, name string, into any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if err := decodeYAML(b, into); err != nil {
		return fmt.Errorf("decode %s: %w", name, err)
	}
	return nil
}

// decodeYAML is strict: an unknown field is a curator's typo, not something to ignore.
func decodeYAML(b []byte, into any) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return errors.New("file is empty")
	}
	return yaml.UnmarshalWithOptions(b, into, yaml.Strict())
}
