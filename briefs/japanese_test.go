package briefs

import (
	"slices"
	"testing"
)

// A run of Japanese is split into japanese's words by longest match, a particle written onto
// an English word put apart, a month numbered as Japanese numbers it named, and kanji alone,
// as Chinese writes it, left to the entities' own names.
func TestWithJapaneseApart(t *testing.T) {
	for _, tt := range []struct{ words, want []string }{
		{[]string{"summitで"}, []string{"summit", "で"}},
		{[]string{"2019年7月に"}, []string{"2019", "July", "に"}},
		{[]string{"日本 韩国 半导体"}, []string{"日本 韩国 半导体"}},             // no kana: not Japanese
		{[]string{"について、日本が"}, []string{"について", "日本", "が"}},        // a comma is no number's
		{[]string{"林外相は"}, []string{"Foreign Minister", "林", "は"}}, // a title goes first
		{[]string{"日本の首相"}, []string{"日本", "の", "首相"}},             // after a country, stays
		{[]string{"What", "did", "Japan", "say?"}, []string{"What", "did", "Japan", "say?"}},
		{[]string{"何て言うてたん?"}, []string{"何て", "言うてた", "ん?"}},       // Kansai speech
		{[]string{"力入れてるん?"}, []string{"力入れてる", "ん?"}},             // a verb typed as spoken
		{[]string{"Madridから帰ったあと"}, []string{"Madrid", "から帰ったあと"}}, // a postposition of its own
	} {
		if got := withJapaneseApart(slices.Clone(tt.words)); !slices.Equal(got, tt.want) {
			t.Errorf("withJapaneseApart(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// A question in Japanese mixed with English is read in English, the asking word first.
func TestJapaneseMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"日本は竹島を何と呼んでいますか？", "dokdo-both-claim-island"},
		{"韓国はなぜGSOMIAを破棄すると発表したのですか？", "gsomia-abolition-august-2019"},
		{"二国間協力が一番成熟しているのはどの二国ですか？", "japan-australia-most-mature"},
		{"韓国の外交は短期的にどの地域にフォーカスしますか？", "korea-focus-northeast-asia"},
		// Kansai endings and words typed as spoken.
		{"韓国は当分どこの外交に集中するん?", "korea-focus-northeast-asia"},
		{"羽田と金浦の飛行機、しばらく止まってたやん、なんで?", "gimpo-haneda-route-resumed"},
		{"文在寅さんの時、北朝鮮とどうしようとしてたん?", "moon-government-dialogue"},
		{"日豪ってどんな分野で協力してるん?", "japan-australia-defence-agreements"},
		{"Madridから帰った後、ArdernさんはChinaについて何て言うてた?", "ardern-cooperate-with-china"},
	})
	// The article gives no amount: "how many tons" asks one.
	for _, q := range []string{"明日の東京の天気はどうですか？", "日本は処理水を何トン放出しますか？"} {
		if ids := answerIDs(s, q); len(ids) > 0 {
			t.Errorf("%q = %v, want a refusal", q, ids)
		}
	}
}
