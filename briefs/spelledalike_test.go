package briefs

import "testing"

func TestArabiziKey(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"ganobiya", "ganobeya"},       // vowels as each writer hears them
		{"ostorallia", "ostralia"},     // a doubled letter, a vowel more
		{"mawkefhom", "mawqefhom"},     // q and k
		{"5ayfeen", "khayfin"},         // 5 for kh
		{"chwaya", "shwaya"},           // ch for sh
		{"ma7kama", "mahkama"},         // 7 for h
		{"mas2ala", "masala"},          // the hamza written or not
		{"Strategeyet", "strategeyat"}, // in any case
	} {
		if ka, kb := arabiziKey(tt.a), arabiziKey(tt.b); ka != kb {
			t.Errorf("arabiziKey(%q) = %q, arabiziKey(%q) = %q; want them alike", tt.a, ka, tt.b, kb)
		}
	}
	if k := arabiziKey("égypte"); k != "" {
		t.Errorf("arabiziKey(égypte) = %q; want none for a word of other letters", k)
	}
}

func TestSpelledAlikeRead(t *testing.T) {
	words := map[string]string{
		"za3lana": "protesting", "ze3lana": "protesting", "za3lan": "protesting", // three spellings: read by key
		"ostralia": "Australia", "australie": "Australia", "ostrali": "Australian", "osteralia": "australia",
		"shorta":  "police",                                                      // one spelling: never by key
		"qararat": "decisions", "qararaat": "decisions", "karaarat": "decisions", // far from "court" though alike
		"tanseeq": "coordination", "tansi2": "coordination", "tanseek": "the summit", "tanse2": "the summit", // tied
	}
	alike := alikeByKey(arabiziKey, words)
	for _, tt := range []struct {
		w, want string
		ok      bool
	}{
		{"ze3lan", "protesting", true},
		{"ostorallia", "Australia", true}, // outvotes "ostrali"; written as the first in sort order
		{"shurta", "", false},
		{"court", "", false},
		{"tansee2", "", false},
	} {
		got, ok := alike.read(arabiziKey(tt.w), tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("read(%q) = %q, %v; want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEditsApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		n    int
		want bool
	}{
		{"ganobiya", "ganobeya", 1, true},
		{"ostorallia", "ostralia", 1, false},
		{"ostorallia", "ostralia", 2, true},
		{"court", "qararat", 2, false},
		{"", "abc", 3, true},
	} {
		if got := editsApart(tt.a, tt.b, tt.n); got != tt.want {
			t.Errorf("editsApart(%q, %q, %d) = %v; want %v", tt.a, tt.b, tt.n, got, tt.want)
		}
	}
}

func TestSpelledAlikeFolded(t *testing.T) {
	turkishWords := map[string]string{"görüşmesi": "the meeting", "dörtlü": "four countries"}
	alike := alikeByFolding(turkishFold, turkishWords)
	for _, tt := range []struct {
		w, want string
		ok      bool
	}{
		{"gorusmesi", "the meeting", true}, // typed without Turkish letters
		{"dortlu", "four countries", true},
		{"dortluk", "", false},
	} {
		got, ok := alike.read(turkishFold(tt.w), tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("read(%q) = %q, %v; want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
	if got := polishFold("Północna"); got != "polnocna" {
		t.Errorf("polishFold(Północna) = %q; want polnocna", got)
	}
	// Listed only as "zaprotestowała".
	if got, want := withChatSpelledOut("dlaczego Japonia zaprotestowala w sprawie Dokdo?"), "why Japan protested on Dokdo?"; got != want {
		t.Errorf("withChatSpelledOut = %q; want %q", got, want)
	}
}
