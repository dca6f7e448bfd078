// Package brieftest builds synthetic fact stores for benchmarks and scale tests: the real
// entities and topics, with as many generated sources and facts as asked, so that costs can
// be measured at tens of thousands of facts.
package brieftest

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefs"
)

// factsPerSource keeps each synthetic article the size of a real one.
const factsPerSource = 100

// Synthetic returns a store's data with n generated facts spread over n/100 sources, tagged
// with the real entities and topics (a few entities far more often than others, as in real
// coverage), with words drawn from the real facts. The same seed gives the same data.
func Synthetic(n int, seed uint64) (briefs.Data, error) {
	real, err := briefs.ReadData(briefs.EmbeddedFS())
	if err != nil {
		return briefs.Data{}, fmt.Errorf("read embedded data: %w", err)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var vocab, qvocab []string
	for _, f := range real.Facts {
		vocab = append(vocab, strings.Fields(f.Text)...)
		for _, q := range f.Questions {
			qvocab = append(qvocab, strings.Fields(strings.TrimSuffix(q, "?"))...)
		}
	}
	asked := map[string]bool{} // a question belongs to one fact only (validate)
	zipf := rand.NewZipf(rng, 1.3, 2, uint64(len(real.Entities)-1))
	d := briefs.Data{Entities: real.Entities, Topics: real.Topics}
	for s := 0; s*factsPerSource < n; s++ {
		src := briefs.Source{
			ID: fmt.Sprintf("synthetic-%d", s), Title: fmt.Sprintf("Synthetic article %d", s),
			Author: "Generator", Publisher: "brieftest", Date: "2022-07", AsOf: "mid-2022",
			File: fmt.Sprintf("synthetic-%d.txt", s), Attribution: "Generated for benchmarks.",
			Sections: []briefs.Section{{ID: "body", Label: "Body", Heading: "Body"}},
		}
		var text strings.Builder
		text.WriteString("Body\n")
		for i := 0; i < factsPerSource && s*factsPerSource+i < n; i++ {
			words := make([]string, 12+rng.IntN(12))
			for w := range words {
				words[w] = vocab[rng.IntN(len(vocab))]
			}
			sentence := strings.Join(words, " ")
			quote := fmt.Sprintf("Sentence %d of %d: %s.", i, s, sentence)
			text.WriteString(quote)
			text.WriteString("\n")
			ents := map[string]bool{}
			for len(ents) < 2+rng.IntN(3) {
				ents[real.Entities[zipf.Uint64()].ID] = true
			}
			f := briefs.Fact{
				ID:     fmt.Sprintf("synthetic-%d-%d", s, i),
				Text:   sentence + ".",
				Quote:  quote,
				Source: src.ID, Section: "body",
				Topics: []string{real.Topics[rng.IntN(len(real.Topics))].ID},
				Kind:   briefs.KindEvent,
				Weight: 1 + rng.IntN(10),
			}
			f.Entities = slices.Sorted(maps.Keys(ents))
			// Two or three everyday questions, as every real fact has.
			for len(f.Questions) < 2+rng.IntN(2) {
				words := make([]string, 5+rng.IntN(5))
				for w := range words {
					words[w] = qvocab[rng.IntN(len(qvocab))]
				}
				q := strings.Join(words, " ") + "?"
				if key := strings.ToLower(q); !asked[key] {
					asked[key] = true
					f.Questions = append(f.Questions, q)
				}
			}
			if rng.IntN(3) == 0 {
				f.Date = fmt.Sprintf("20%02d-%02d", 10+rng.IntN(13), 1+rng.IntN(12))
			}
			switch rng.IntN(3) {
			case 0:
				f.Stance = briefs.StanceCooperation
			case 1:
				f.Stance = briefs.StanceDifference
			}
			d.Facts = append(d.Facts, f)
		}
		src.Text = text.String()
		d.Sources = append(d.Sources, src)
	}
	return d, nil
}
