package briefs

import "testing"

// Vietnamese mixed in: one word written with a letter only Vietnamese has tells it.
func TestVietnameseMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Đảo Dokdo có diện tích bao nhiêu?", "island Dokdo area how many?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Ngành nào của Hàn Quốc bị ảnh hưởng nặng nhất bởi export controls của Nhật?", "export-controls-blow-to-korea-ict"},
	})
}
