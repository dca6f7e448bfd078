package briefs

// korean are Korean words, particles and endings with their English, or "" for those an
// English question would not need, as withKoreanApart takes them apart.
var korean = map[string]string{
	// Asking words.
	"뭐": "what", "뭘": "what", "뭐가": "what", "무엇": "what", "무엇을": "what", "뭐뭐": "what", "무슨": "what", "어떤": "which",
	"어느": "which", "어디": "where", "어디서": "where", "어디어디": "which", "언제": "when", "누구": "who", "누가": "who",
	"왜": "why", "어떻게": "how", "몇": "how many", "얼마": "how much", "얼마나": "how much", "며칠": "what date",
	"뭐라고": "what", "뭘로": "what", "뭐예요": "what", "누구예요": "who", "언제예요": "when", "어디예요": "where",
	"어디어디예요": "which", "뭐뭐예요": "what", "뭐였어요": "what", "뭐였죠": "what", "언제였어요": "when", "얼마예요": "how much",
	"어땠어요": "how", "어때요": "how",
	// Particles and endings: the postpositions (koreanPostpositions) and what only marks.
	"에서": "in", "에서는": "in", "에선": "in", "에": "in", "에는": "in", "에도": "in", "에게": "to", "한테": "to", "께": "to",
	"로": "to", "으로": "to", "부터": "from", "까지": "until", "보다": "than", "처럼": "like", "의": "",
	"대해": "about", "대해서": "about", "관련해서": "about", "관련": "related", "대한": "on",
	"은": "", "는": "", "이": "", "가": "", "을": "", "를": "", "도": "also", "만": "only", "요": "", "이요": "",
	"랑": "and", "이랑": "and", "하고": "and", "와": "and", "과": "and", "들": "", "께서": "",
	"예요": "", "인": "", "이에요": "", "이었어요": "", "였어요": "", "인지": "", "인데요": "", "이죠": "", "죠": "", "나요": "",
	"했어요": "", "해요": "", "했죠": "", "했나요": "", "한": "", "하는": "", "할": "", "하려고": "", "하자고": "", "하기로": "",
	"해야": "", "하라고": "", "했다고": "", "한다고": "", "했던": "", "된": "", "됐어요": "", "돼요": "", "되어": "",
	"했": "", "하": "", "해": "", "거": "", "게": "", "건": "", "것": "", "적": "",
	// Function words, and what asks only politely.
	"그": "the", "그게": "", "그때": "then", "그럼": "then", "또": "also", "좀": "", "혹시": "",
	"정확히": "exactly", "정확한": "exact", "구체적으로": "specifically", "구체적으로요": "specifically", "진짜": "", "진짜요": "", "그냥": "just", "실제로": "", "주로": "mainly",
	"특히": "especially", "다시": "again", "거의": "almost", "완전히": "completely", "제일": "most", "가장": "most", "더": "more",
	"다른": "other", "따로": "separately", "말고": "besides", "아니면": "or", "중": "among", "중에": "among", "사이": "among",
	"사이에서": "among", "때": "during", "때문에": "because of", "전에": "before", "전": "before", "후": "after", "후에": "after",
	"이후": "after", "동안": "for", "넘게": "more than", "총": "in total", "요즘": "now", "현재": "current", "지금": "now",
	"안녕하세요": "", "과제": "", "질문": "", "질문인데요": "", "알려주세요": "", "알려": "", "주세요": "", "써야": "", "돼서요": "",
	"레포트에": "", "ㅠㅠ": "", "ㅋㅋ": "", "ㅎㅎ": "", "슬프네요": "", "하던데": "", "있었다던데": "",
	"없어요": "cannot", "수": "", "못": "not", "안": "not", "있어요": "", "있었어요": "", "있나요": "",
	"두": "two", "세": "three", "네": "four", "하나": "one", "둘": "two", "셋": "three", "가지": "", "개": "", "개국": "countries",
	"명": "people", "년": "", "년도": "year", "톤": "tonnes", "하루": "one day", "이틀": "two days", "처음": "first",
	"마지막으로": "last", "마지막": "last", "새로운": "new", "같은": "likely", "같아요": "", "될": "become",
	// The countries, places and people.
	"일본": "Japan", "한국": "South Korea", "미국": "the US", "중국": "China", "호주": "Australia", "뉴질랜드": "New Zealand",
	"북한": "North Korea", "한미일": "US–Japan–South Korea", "한일": "Japan–South Korea", "미일": "US–Japan",
	"미일동맹": "US–Japan alliance", "한미": "US–South Korea", "필리핀": "the Philippines", "대만": "Taiwan",
	"러시아": "Russia", "스페인": "Spain", "핀란드": "Finland", "스웨덴": "Sweden", "영국": "the United Kingdom",
	"프랑스": "France", "독일": "Germany", "캐나다": "Canada", "싱가포르": "Singapore", "인도네시아": "Indonesia", "베트남": "Vietnam",
	"태국": "Thailand", "유럽": "Europe", "유엔": "the United Nations", "다케시마": "Takeshima", "후쿠시마": "Fukushima", "아베": "Abe", "시진핑": "Xi Jinping",
	"푸틴": "Putin", "알바니즈": "Albanese", "아던": "Ardern", "하야시": "Hayashi", "김포": "Gimpo", "하네다": "Haneda",
	"김포-하네다": "Gimpo–Haneda", "윤석열": "Yoon Suk-yeol", "윤": "Yoon", "문재인": "Moon Jae-in", "정의용": "Chung Eui-yong",
	"기시다": "Kishida", "바이든": "Biden", "일본인": "Japanese", "나라": "country", "나라들": "countries", "국가": "countries",
	"국가들": "countries", "회원국": "member states", "서방": "Western",
	// Offices and bodies.
	"대통령": "president", "총리": "prime minister", "외무상": "foreign minister", "외교부": "foreign ministry",
	"장관": "minister", "국방장관": "defence minister", "국방장관들": "defence ministers",
	"정상": "leaders", "정상들": "leaders", "정상회담": "leaders' meeting", "정부": "government", "경찰청장": "police chief",
	"특사": "special envoy", "대표단": "delegation", "사회자": "moderator", "분석가들": "analysts", "글쓴이": "author",
	"글": "article", "출처": "source", "중앙지법": "Central District Court", "법원": "court", "진보": "progressive",
	"피해자들": "victims", "피해자": "victims", "사람들": "people",
	// The article's matters.
	"이름": "name", "말": "remarks", "발언": "remarks", "연설": "speech", "내용": "content", "가입": "joining", "문제": "issue",
	"수출": "exports", "반도체": "semiconductor", "소재": "materials", "품목": "items", "시작": "start", "초대된": "invited",
	"초대": "invited", "취임식": "inauguration", "취임": "taking office", "옆에서": "on the sidelines", "옆": "sidelines",
	"손편지": "handwritten letter", "편지": "letter", "상황": "situation", "상륙한": "landed on", "상륙": "landed",
	"불렀어요": "call", "불러요": "call", "강조": "stress", "보냈어요": "sent", "왔어요": "came", "전달": "hand over",
	"노선": "route", "닫혀": "closed", "닫혔어요": "closed", "합의": "agree", "관계": "relations", "회의": "meeting",
	"참가": "attend", "참가한": "attended", "핵심": "core", "논의": "discuss", "인사": "greetings", "인사만": "only greetings",
	"얻으려고": "gain", "협력": "cooperation", "태도": "attitude", "목표": "goal", "강화": "strengthen", "방위비": "defence spending",
	"빼겠다고": "remove", "대응": "respond", "타격": "blow", "받았어요": "received", "오염수": "waste water", "바다": "sea",
	"바다에": "into the sea", "방류": "discharge", "방류하는": "discharge", "반대": "oppose", "면적": "area", "입장": "position",
	"들어설": "taking office", "항의": "protest", "공동성명": "joint statement", "재개된": "resumed", "재개": "resumed",
	"날짜": "date", "문서": "document", "폐기": "abolish", "발표": "announce", "양": "amount", "납치된": "abducted",
	"납치": "abduction", "잠수함": "submarine", "진행": "progress", "기자회견": "press conference", "중단됐어요": "terminated",
	"중단": "terminated", "인구": "population", "여행": "trip", "맛집": "restaurants", "추천": "recommend",
	"강제징용": "forced labour", "징용": "forced labour", "배상": "compensation", "중요": "important", "중요하게": "important",
	"해결": "resolve", "만들려고": "build", "만들": "build", "만들자고": "build", "위안부": "comfort women", "신청": "filed",
	"판결": "ruling", "위반": "violation", "주장": "claim", "역사": "history", "반일": "anti-Japanese", "감정": "sentiment",
	"일으키는": "cause", "신경": "concern", "쓰는": "", "방식": "approach", "대하는": "toward", "가까운": "closer",
	"열심히": "so hard", "이유": "reason", "견제": "contain", "수단": "means", "대선": "presidential election",
	"외교": "diplomacy", "외교전략": "diplomatic strategy", "전략": "strategy", "공약": "pledge", "걱정": "worry",
	"생각": "view", "생각엔": "view", "가능성": "possibility", "성격": "character", "강해요": "strong", "단기적으로": "in the short term",
	"지역": "region", "집중": "focus", "목적": "purpose", "무역액": "trade", "서명한": "signed", "서명": "signed",
	"끊을": "cut off", "조합": "pair", "밝혔어요": "stated", "금액": "amount", "역할": "role", "분석": "analysis",
	"끌고": "bring", "오는": "", "썼어요": "wrote", "했다던데": "", "써": "written", "반응": "react", "말했어요": "said",
	"시작했어요": "start", "열렸어요": "held", "줄었어요": "fell", "보냈": "sent", "불렀": "call", "됐": "", "됐나요": "",
	"크다고": "greater", "크다": "greater", "봐요": "see", "본다고": "see", "보나요": "see", "보낸": "sent", "싶다고": "wants to",
	"싶어요": "want to", "다녀온": "returning from", "다녀와서": "after returning from", "될까": "might become",
	"동맹": "alliance", "북핵": "North Korean nuclear issue", "핵": "nuclear",
	"미사일": "missile", "안보": "security", "경제": "economy", "무역": "trade", "제재": "sanctions", "대화": "dialogue",
	"통일": "reunification", "압박": "pressure", "영토": "territory", "섬": "island", "교과서": "textbook",
	"야스쿠니": "Yasukuni", "신사": "shrine", "참배": "visits", "백서": "white paper", "외교청서": "diplomatic bluebook",
	"화이트리스트": "white list", "리스트": "list", "목록": "list", "우크라이나": "Ukraine", "전쟁": "war", "나토": "NATO",
	"정상회의": "summit", "회담": "talks", "삼자": "trilateral", "다자": "multilateral", "양자": "bilateral", "기사": "article",
	"저자": "author", "사진": "photo", "달라요": "differ", "다른가요": "differ", "비교": "compare", "공통점": "in common",
	"차이": "difference", "차이점": "difference", "긍정적": "positive", "부정적": "negative", "비판": "criticise",
	"비판했어요": "criticised", "지지": "support", "우려": "concern", "의지": "will", "약속": "promise", "위협": "threat",
	"억제": "deterrence", "훈련": "exercises", "군사": "military", "정보": "intelligence", "협정": "agreement",
}

// koreanPhrases are Korean phrases of two or three words with their English.
var koreanPhrases = map[string]string{
	"정확한 날짜 가 언제예요": "when exactly", "정확한 날짜 는 언제예요": "when exactly", "정확한 날짜 언제예요": "when exactly",
	"몇 년도": "which year", "몇 년": "how many years", "될까 봐": "might become", "몇 %": "what percentage", "세 개 이름": "names of the three", "세 가지 이름": "names of the three", "이름 뭐예요": "what are the names", "이름이 뭐예요": "what is the name", "에 대해": "about", "에 대해서": "about", "이 글": "the article", "외교부 장관": "foreign minister",
	"일본 정부": "Japanese government", "신경 쓰는": "concerned about", "하고 싶다고": "wants to", "두 가지": "two",
	"좀 슬프네요": "",
}

// koreanPostpositions are the Korean particles read as English prepositions put before the
// word they follow: "summit에서" is at the summit.
var koreanPostpositions = setOf([]string{"에서", "에서는", "에선", "에", "에는", "에도", "에게", "한테", "께", "로", "으로",
	"부터", "까지", "보다", "처럼", "에 대해", "에 대해서", "대해", "대해서", "관련해서", "전에", "전", "후", "후에", "이후",
	"때", "동안", "때문에", "중", "중에", "사이에서", "말고"})

// koreanEndings are the particles and endings withKoreanApart takes off a word when the word
// itself is not korean's, longest first: "summit에서" is summit and 에서.
var koreanEndings = []string{
	"이었어요", "했다던데", "하라고", "였어요", "이에요", "했어요", "에서는", "에서도", "하려고", "하자고", "하기로",
	"했다고", "한다고", "됐어요", "인데요", "했나요", "이랑", "에서", "에선", "에게", "한테", "에는", "에도", "부터",
	"까지", "보다", "처럼", "으로", "예요", "해요", "하는", "했던", "께서", "인지", "해야", "이요", "했죠",
	"에", "의", "인", "은", "는", "이", "가", "을", "를", "도", "만", "랑", "와", "과", "로", "들", "요", "한", "할", "된", "해", "했",
}

// koreanTitles are the offices Korean writes after a name, with their English.
var koreanTitles = map[string]string{"대통령": "President", "총리": "Prime Minister", "외무상": "Foreign Minister",
	"장관": "Minister", "국방장관": "Defence Minister", "외교부장관": "Foreign Minister"}

// koreanPeople are the people korean names, whom a title after them names (koreanTitles).
var koreanPeople = setOf([]string{"윤석열", "윤", "문재인", "정의용", "기시다", "바이든", "아던", "하야시", "아베", "시진핑", "푸틴", "알바니즈"})

// koreanCountryNouns are the words for countries after which 어디 asks which, not where.
var koreanCountryNouns = setOf([]string{"나라", "나라들", "국가", "국가들", "곳"})
