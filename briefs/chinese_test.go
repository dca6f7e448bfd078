package briefs

import (
	"slices"
	"testing"
)

// A run of Chinese, traditional characters read as simplified ones, is split into chinese's
// words by longest match; a question with kana is Japanese, left to withJapaneseApart.
func TestWithChineseApart(t *testing.T) {
	for _, tt := range []struct{ words, want []string }{
		{[]string{"峰会上"}, []string{"峰会", "上"}},
		{[]string{"2019年7月"}, []string{"2019", "July"}},
		{[]string{"日本は"}, []string{"日本は"}},     // kana: Japanese
		{[]string{"峰會上"}, []string{"峰会", "上"}}, // traditional read as simplified
		{[]string{"美日韓領袖"}, []string{"美日韩", "领袖"}},
		{[]string{"南韓的外交重心"}, []string{"南韩", "的", "外交", "重心"}},
		{[]string{"What", "did", "Japan", "say?"}, []string{"What", "did", "Japan", "say?"}},
	} {
		if got := withChineseApart(slices.Clone(tt.words)); !slices.Equal(got, tt.want) {
			t.Errorf("withChineseApart(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// A question in Chinese mixed with English is read in English, the asking word first.
func TestChineseMixedInEnglish(t *testing.T) {
	s := realStore(t)
	checkAmong(t, s, []led{
		{"日本把独岛叫做什么?", "dokdo-both-claim-island"},
		{"韩国为什么宣布废除GSOMIA?", "gsomia-abolition-august-2019"},
		{"首尔 抗议 日本 哪份 文件?", "dokdo-korea-protests-bluebook"},
		// Traditional characters, and words as Taiwan types them.
		{"獨島 日本那邊 叫它什麼?", "dokdo-both-claim-island"},
		{"出口管制 打到韓國 哪個產業最慘", "export-controls-blow-to-korea-ict"},
		{"美日韓 國防部長 在峰會前 大致同意了什麼?", "defence-ministers-restart-exercises"},
	})
	for _, q := range []string{"明天北京的天气怎么样?"} {
		if ids := answerIDs(s, q); len(ids) > 0 {
			t.Errorf("%q = %v, want a refusal", q, ids)
		}
	}
}
