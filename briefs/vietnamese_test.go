package briefs

import "testing"

// Vietnamese mixed in: one word written with a letter only Vietnamese has tells it.
func TestVietnameseMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Đảo Dokdo có diện tích bao nhiêu?", "island Dokdo area how many?"},
		// Typed without diacritics, as in chat: told by words no other language spells so.
		{"tai sao Nhat phan doi phan quyet cua toa an Han Quoc vay?", "why Japan oppose ruling of court South Korea?"},
		// English whose short words are Vietnamese typed so ("can", "do", "the", "to", "so") is English.
		{"So can the new government do more to tie Seoul in, or is that the end of it?",
			"So can the new government do more to tie Seoul in, or is that the end of it?"},
		// A tour guide's names and phrases, with and without diacritics: Bắc Kinh, Binh Nhuong, gây áp lực.
		{"Tại sao Seoul có thái độ tích cực hơn với Bắc Kinh?", "why Seoul attitude more positive with Beijing?"},
		{"Nhat dung cach gi de gay ap luc len Binh Nhuong?", "Japan use what means to put pressure on Pyongyang?"},
		// A southern writer's chat: "hong" closes a question, and words other sets do not hold tell it
		// ("thong", "xua", "khoi", "quan").
		{"tong thong Philippines Marcos noi gi ve bien Dong o summit", "president Philippines Marcos said what about the South China Sea in summit"},
		{"Mong Co quan he voi NATO the nao vay", "Mongolia relations with NATO how"},
		{"cuoc hop 4 nuoc co ban ve van de Trung Quoc hong", "meeting 4 countries discussed about issue China"},
		// A central (Huế) writer: "mô" which, "răng" how or why, "chi" what, "ni" this; "rứa" and "hè" close.
		{"Theo bài ni, Nhật có mục tiêu chính là chi rứa?", "according to this article, Japan main goals what?"},
		{"Seoul đáp trả răng, hội nghị tổ chức ở thành phố mô hè?", "Seoul respond how, meeting held in which city?"},
		// Told by words other sets do not hold ("nghi", "muon", "hoan", "toan"); "se sao" is what will happen.
		{"Tac gia co nghi 4 nuoc se lap quasi alliance hay co che moi ko?",
			"author think 4 countries will establish quasi alliance or new mechanism not?"},
		{"Tokyo va Canberra co the cat dut hop tac voi Trung Quoc hoan toan ko?",
			"Tokyo and Canberra can cut off cooperation with China completely not?"},
		{"Neu My khong 'balance the water' duoc thi Han va New Zealand se sao?",
			"if the US not 'balance the water' Korea and New Zealand what will happen?"},
		// A central (Huế) writer without diacritics: "tuong" tells it alone, "vong" and "minh" are
		// markers; "ra rang" is how, "vung mo" which region.
		{"Thu tuong Singapore Lee Hsien Loong noi chi o Madrid?", "prime minister Singapore Lee Hsien Loong said what in Madrid?"},
		{"My coi lien minh My-Nhat la chi, con lien minh My-Uc thi sao?", "the US regarded alliance US-Japan what, alliance US-Australia how?"},
		{"Canberra theo duoi chien luoc doi ngoai ra rang, tap trung vung mo?", "Canberra pursue strategy foreign policy how, focus which region?"},
		// An office worker's chat: "HQ" is Hàn Quốc, "ng" người, "ntn" như thế nào, "CHDCND" the DPRK;
		// "goi", "rieng", "bieu" and "ntn" tell it; "bn" closing a question is bạn, "j nhat" gì nhất.
		{"Dokdo thi Nhat goi la j", "Dokdo Japan called what"},
		{"ng HQ lo ngai chinh quyen Yoon se ntn", "South Korea worry administration Yoon will how"},
		{"Yoon co phat bieu cong khai j ve TQ tai Madrid ko", "Yoon statement public what about China at Madrid not"},
		{"con HQ thi chu trong j nhat ve Trieu Tien", "South Korea focus on what most about North Korea"},
		{"Nhat chu truong cach tiep can ntn doi voi CHDCND Trieu Tien", "Japan advocate approach how for North Korea"},
		{"Yoon vs Kishida co hop song phuong rieng o Madrid ko, hop bao lau", "Yoon and Kishida meeting bilateral separate in Madrid not, meeting how long"},
		{"sao HQ co thai do tich cuc hon Nhat doi voi TQ vay bn", "why South Korea attitude more positive Japan for China "},
		{"bn tom tat giup minh: nhung bat dong chinh giua Nhat va Han la j", "summarize : differences main between Japan and Korea is what"},
		{"nuoc nao co thai do cung ran nhat voi TQ trong 4 nuoc", "which countries attitude toughest with China in 4 countries"},
		{"lenh han che xuat khau cua Nhat anh huong nganh nao cua HQ nhieu nhat", "order restricted export of Japan influence which industry of South Korea most"},
		// "neu" and "ko" are markers: with "hq" and "sao" they outweigh Hindi's "ko", "thi" and "se".
		{"neu My ko 'balance the water' dc thi HQ va NZ se ra sao", "if the US not 'balance the water' South Korea and NZ will how"},
		// Near synonyms with a slash; "hạn chế" after "Nhật"; a noun with "gì" or "nào" after it.
		{"3 nuoc con lai dong y cung nhau tim hieu/kham pha chien luoc j", "3 countries other agreed together learn about/explore strategy what"},
		{"ma Nhat han che xuat khau sang Han", "that Japan restricted export to Korea"},
		{"Nhat va Uc da ky hiep dinh j, va cung tham gia co che nao", "Japan and Australia signed what agreement, and also join which mechanism"},
		{"Nhật và Úc đã ký hiệp định gì?", "Japan and Australia signed what agreement?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Ngành nào của Hàn Quốc bị ảnh hưởng nặng nhất bởi export controls của Nhật?", "export-controls-blow-to-korea-ict"},
		{"Nganh nao cua Han Quoc bi anh huong nang nhat boi export controls cua Nhat?", "export-controls-blow-to-korea-ict"},
	})
}
