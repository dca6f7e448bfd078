package briefs

import "fmt"

// Overview composes the brief on the whole store: what happened at the summit, the author's
// argument, and the strongest fact of every section.
func (s *Store) Overview() Brief {
	b := Brief{}
	if len(s.sources) > 0 {
		src := s.sources[0]
		b.Title = src.Title
		b.Lead = fmt.Sprintf("%s, %s — as of %s.", src.Author, src.Publisher, src.AsOf)
	}
	used := map[*Fact]bool{}
	pick := func(keep func(*Fact) bool, n int) []*Fact {
		var out []*Fact
		for _, f := range s.facts {
			if !used[f] && keep(f) {
				out = append(out, f)
			}
		}
		curatedOrder(out)
		if len(out) > n {
			out = out[:n]
		}
		for _, f := range out {
			used[f] = true
		}
		return out
	}
	leadSections := map[string]bool{}
	for _, src := range s.sources {
		for _, sec := range src.Sections {
			if sec.Part == "" || sec.ID == sec.Part {
				leadSections[sec.ID] = true
			}
		}
	}
	summit := pick(func(f *Fact) bool { return f.HasTopic("summit") && f.Kind != KindAnalysis }, 4)
	if len(summit) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "The summit", Items: s.labelled(summit, false)})
	}
	argument := pick(func(f *Fact) bool { return f.Kind == KindAnalysis && leadSections[f.Section] }, 4)
	if len(argument) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "The argument", Items: s.labelled(argument, false)})
	}
	var bySection []Item
	for _, src := range s.sources {
		for _, sec := range src.Sections {
			if leadSections[sec.ID] {
				continue
			}
			top := pick(func(f *Fact) bool { return f.Source == src.ID && f.Section == sec.ID }, 1)
			for _, f := range top {
				bySection = append(bySection, Item{Label: sec.Label, Fact: f})
			}
		}
	}
	if len(bySection) > 0 {
		b.Groups = append(b.Groups, Group{Heading: "Section by section", Items: bySection})
	}
	return b
}
