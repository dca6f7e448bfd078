package briefs_test

import (
	"slices"
	"testing"

	"github.com/briefbot/briefbot/briefs"
	"github.com/briefbot/briefbot/briefs/brieftest"
)

// TestSearchReadsNamedFactsFirstAsTheWholeStore: a search ranks the facts sharing the most
// names asked first, and reads those sharing fewer only while they could still be kept; a word
// in most facts is looked up in the facts naming those asked, not read from its postings. It
// must find what ranking every fact finds.
func TestSearchReadsNamedFactsFirstAsTheWholeStore(t *testing.T) {
	d, err := brieftest.Synthetic(10_000, 3)
	if err != nil {
		t.Fatal(err)
	}
	s, err := briefs.New(d)
	if err != nil {
		t.Fatal(err)
	}
	every := make([]int32, len(s.Facts()))
	for i := range every {
		every[i] = int32(i)
	}
	filled := 0
	for _, q := range []string{
		"How do Japan and South Korea differ on North Korea?", // enough facts name all three
		"What did Japan change about exports to South Korea in July 2019?",
		"Why did South Korea end the intelligence pact with Tokyo?",
		"What does China think of Australia?",
		"What did Kishida say in Madrid?",
		"What is the weather like today?",
		// "Body", every synthetic fact's heading, is the rarest word of its text: looked up.
		"What is the name of the consultation body the Yoon government set up, and when did it first meet?",
		"Which body did Seoul take its complaint about Tokyo to?",
		"How does the author see Ardern?",
		"What does the author say about Yoon?",
		"What does Washington want from Seoul's government?",
		"How do American and Japanese governments see Ardern?",
		// A fact naming one actor fewer can share as many names as ranked (Hit.Named): one
		// answering nearly all of its subject's question, or dated when asked when.
		"Korea and Japan, who is more close with America about North Korea?",
		"are the US, Japan and Korea restarting joint drills?",
		"What does South Korea want out of its ties with the US and Japan?",
	} {
		got, want := s.Search(q, 10), briefs.SearchAmong(s, q, 10, every)
		if !slices.Equal(ids(got), ids(want)) {
			t.Errorf("Search(%q) = %v, want %v as ranking every fact", q, ids(got), ids(want))
		}
		if len(got) == 10 {
			filled++
		}
	}
	if filled == 0 {
		t.Error("no question filled its hits: the test reads no store large enough")
	}
}

func ids(hits []briefs.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Fact.ID)
	}
	return out
}
