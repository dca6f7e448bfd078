package briefs

import (
	"slices"
	"testing"
)

// Korean writes particles, endings and counters onto the word before them, also onto English
// words and numbers: each is put apart, and a word korean does not hold is kept as typed.
func TestWithKoreanApart(t *testing.T) {
	for _, tt := range []struct {
		words, want []string
	}{
		{[]string{"summit에서", "무슨", "말", "했어요?"}, []string{"summit", "에서", "무슨", "말", "했어요?"}},
		{[]string{"일본은", "독도를"}, []string{"일본", "은", "독도", "를"}},
		{[]string{"4개국", "정상들이"}, []string{"4", "개국", "정상들", "이"}},
		{[]string{"2019년", "7월에"}, []string{"2019", "년", "July", "에"}},
		{[]string{"필리핀's", "role?"}, []string{"필리핀's", "role?"}},
		{[]string{"내일", "날씨"}, []string{"내일", "날씨"}}, // no word of korean's: as typed
		{[]string{"사회자(moderator)는"}, []string{"사회자", "(moderator)", "는"}},
		// A title after a person's name goes before it; after a country it stays.
		{[]string{"윤석열", "대통령", "취임식"}, []string{"President", "윤석열", "취임식"}},
		{[]string{"Hayashi", "외무상이"}, []string{"Foreign Minister", "Hayashi", "이"}},
		{[]string{"일본", "총리"}, []string{"일본", "총리"}},
		{[]string{"Japan", "총리는"}, []string{"Japan", "총리", "는"}},
		// So does one held before ("전", former).
		{[]string{"정의용", "전", "외교장관은"}, []string{"former", "Foreign Minister", "정의용", "은"}},
		// "Where" after countries asks which.
		{[]string{"두", "나라", "어디예요?"}, []string{"두", "나라", "어느?"}},
		{[]string{"What", "did", "Japan", "say?"}, []string{"What", "did", "Japan", "say?"}},
	} {
		if got := withKoreanApart(slices.Clone(tt.words)); !slices.Equal(got, tt.want) {
			t.Errorf("withKoreanApart(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// A question in Korean mixed with English is read in English, the asking word first.
func TestKoreanMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"NATO summit 어디서 열렸어요?", "where NATO summit held?"},
		{"일본은 독도를 뭐라고 불러요?", "what Japan Dokdo call?"},
		{"왜 한국은 GSOMIA 폐기했어요?", "why South Korea GSOMIA abolish?"},
		{"GSOMIA 폐기 발표 몇 년도요?", "which year GSOMIA abolish announce?"},
		{"문재인 대통령 취임 언제예요?", "when President Moon Jae-in taking office?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"한국은 일본 export control에 어떻게 대응했어요?", "korea-wto-complaint"},
		{"독도는 일본에서 뭐라고 불러요?", "dokdo-both-claim-island"},
		{"Biden은 한미일 meeting을 뭐라고 했어요?", "biden-historic-trilateral-meeting"},
		{"일본은 왜 북핵 문제에서 미국이랑 붙어 다녀요?", "japan-fears-abandonment-north-korea"},
	})
	for _, q := range []string{"내일 서울 날씨 어때요?", "BTS 새 앨범 언제 나와요?"} {
		if ids := answerIDs(s, q); len(ids) > 0 {
			t.Errorf("%q = %v, want a refusal", q, ids)
		}
	}
}
