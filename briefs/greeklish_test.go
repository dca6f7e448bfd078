package briefs

import (
	"slices"
	"testing"
)

// Greek typed in Latin letters (Greeklish) mixed in: read in English, the asking word first.
func TestGreeklishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Giati o Yoon esteile delegation sto Tokyo?", "why Yoon send delegation in the Tokyo?"},
		// "egine" tells Greeklish on its own.
		{"ti egine me tin aeroporiki grammi Gimpo Haneda", "what happened with air route Gimpo Haneda"},
		{"poios klados tis koreatikis oikonomias pligwthike perissotero apo ta iaponika export controls", "which sector Korean economy was hit most by the Japanese export controls"},
		{"Nea Zilandia pou exei epikentrwsei tin diplomatia tis", "New Zealand where has focused its diplomacy"},
		{"poio einai to adynamo simeio stin synergasia twn 4 xwrwn", "which is weakest link in the cooperation 4 countries"},
		{"ti symfwnies exoun ypograpsei Iaponia kai Afstralia", "what agreements have signed Japan and Australia"},
		// Countries typed joined with hyphens.
		{"Yoon eipe kati entypwsiako gia to trigwno HPA-Iaponia-Korea, ti akrivws", "Yoon say something striking about trilateral US-Japan-Korea, what exactly"},
		{"otan erxotan o Yoon stin eksousia ti kavgades eixan gia to nisi metaxi tous", "as Yoon to power what disputes had about island between"},
		// "i" is the article; a word only Greek has tells the question on its own.
		{"ti ypsoxethike o Biden stous Iapones kai tous Koreatis stin triplevri", "what promise Biden to the Japanese and Koreans in the trilateral"},
		{"kai i Nea Zilandia pou epikentrwnetai", "and New Zealand where focus"},
		{"giati oi Koreatis einai kata tis aporripsis radienergou nerou apo tin Iaponia sti thalassa", "why Koreans oppose discharge radioactive water from Japan in the sea"},
		{"poia diplevri sxesi anamesa stis 4 xores einai h pio wrimi kai proxwrimeni", "which bilateral relationship between in the 4 countries is the more mature and advanced"},
		{"gia tous koreates ergates tou B pagkosmiou ti einai afto pou den thelei i Iaponia", "about Koreans workers World War II what is this where not want Japan"},
		{"telika i syskepsi twn 4 eixe ousia h itan mono gia ti fotografia", "finally meeting 4 had substance or was it only for a photo op"},
		// Eta typed as h ("sth", "thn", "kyvernhsh") and the words of the summit's questions.
		{"ti syzhthsan biden kishida k yoon sto trimero tous", "what discuss biden kishida and yoon in the trilateral"},
		{"h afstralia ti strathgikh akolouthei", "Australia what strategy pursue"},
		{"gt kopike sth mesh h synenteuksi typou twn yfypourgwn eksoterikwn", "why was terminated midway press conference deputy foreign ministers"},
		{"oi ptiseis gimpo-haneda ksanaksekinhsan? gt eixan stamathsei", "flights gimpo-haneda resume? why had suspend"},
		{"h synantisi iaponia-korea-afstralia-n.zhlandia eixe ousia h htan mono gia tis fwtografies?", "meeting Japan-Korea-Australia-New Zealand had substance or was it only for a photo op?"},
		{"enw oi notiokoreates ti theloun na petyxoun me th voreia", "while South Koreans what want to achieve with North Korea"},
		{"h korea pou tha riksei to varos ths diplwmatias ths ta epomena xronia", "korea where will focus diplomacy in the coming years"},
		// Eta typed as h in the words of the summit's sidelines and of the disputes; "ti eipe o"
		// asks what the one named after it said.
		{"ektos apo th kyria synodo eginan kai alles synanthseis hgetwn sto periktio?", "apart from main summit happened and other leaders' meetings on the sidelines?"},
		{"h trimerhs hpa-iaponias-koreas gia ti milhse kyriws?", "trilateral US-Japan-Korea what did discuss mainly?"},
		{"kai oi koreates gia ti diamartyrithikan ekeinh th periodo", "and Koreans about protested at that time"},
		{"pote stamatise h korea to gsomia", "when stopped korea gsomia"},
		{"poios einai o adynamos krikos stous 4", "who is weakest link among the 4"},
		{"ti eipe o zelensky stous asiates hgetes sth synodo korufhs?", "what said zelensky to the Asians leaders in the summit?"},
		{"pws xarakthrizoun th symmaxia hpa-giapwnias", "how describe alliance US-Japan"},
		{"ti eixe ypsoxethei o yoon proeklogika gia th politikh tou", "what had promised yoon during the campaign about policy"},
		{"poios klados sth n.korea fagwthike to megalo xtyphma apo tous periorismous", "which sector in the South Korea was hit most from restrictions"},
		// Japan typed with a j, and the verbs of meetings, with h or i for eta.
		{"poses meres kratise to nato summit", "how many days last nato summit"},
		{"h trimerhs hpa japonia korea ti suzhthse kyriws", "trilateral the US Japan korea what discuss mainly"},
		{"gsomia pote to katarghse h korea?", "gsomia when terminated korea?"},
		{"o kishida ti hthele gia to mellon, na pigainoun oi 4 kathe fora sto nato?", "kishida what wanted about future, to go 4 regularly in the nato?"},
		{"pws xtizei h iaponia thn asfaleia ths, polla epipeda h kati?", "how build Japan security, multi-layer something?"},
		{"kai h n.korea ti einai gia tis hpa? proxwrhmeno fylakio kati tetoio?", "and South Korea what is about the US? outpost something like that?"},
		{"giati akyrwthike h koinh synenteusi typou twn yfypourgwn", "why cancelled joint press conference deputy ministers"},
		{"h afstralia ti rolo thelei na paiksei sthn perioxh", "Australia what role want to play in the region"},
		{"ti rolo exei h n.korea sta matia ths washington", "what role does have South Korea for washington"},
		// Theta typed 8 and xi typed 3 ("8ema", "meta3y"), and eta typed h in the verbs.
		{"sth trimerh ti 8ema htan to kyrio?", "in the trilateral what issue was main?"},
		{"poios tomeas ths n.koreas xtyph8hke pio poly apo ta iapwnika metra", "which sector South Korea was hit more by the Japanese measures"},
		{"ti edwse o ypourgos e3wterikwn ths iapwnias ston yoon sthn orkwmosia?", "what gave foreign minister Japan to the yoon in the inauguration?"},
		{"comfort women: pote phgan arxika sta dikasthria ta 8ymata", "comfort women: when went initially in the courts victims"},
		{"ti ekane h voreia korea oso ginotan h synodos korufhs, peta3e pyraulous h tipota?", "what did do North Korea while was held summit, launch missiles or nothing?"},
		{"pws xarakthrizetai h symmaxia HPA-iapwnias meta ton psyxro polemo", "how described alliance US-Japan after Cold War"},
		{"kala kai oi 4 sth dikh tous synantisi ti syzhthsan? kati gia ton polemo sthn eurwph?", "and 4 in their own meeting what discuss? something about war in Europe?"},
		{"giati diamartyrhthhke h iapwnia gia to nhsi", "why protest Japan about island"},
		// Going to a summit in some capacity is attending it; "apanthse", "phgan" and
		// "dikasthria" tell Greeklish on their own; the Cretan "mwre" is left out.
		{"me ti idiotita phgan oi asiates ekei, den einai melh tou nato etsi?", "in what capacity attended Asians there, are not members of NATO?"},
		{"kai h seoul ti apanthse sta mitra tou tokyo gia tis eksagwges?", "and seoul what respond in the measures tokyo about exports?"},
		{"8a ftiaksoun oi 4 kamia oionei symmaxia tipou nato? ti leei to ar8ro", "will form 4 any quasi alliance type of NATO? what does say article"},
		{"oi comfort women pote phgan sta dikasthria?", "comfort women when went in the courts?"},
		{"pios htan aftos o ypourgos eksw ths korea pou eipe oti xwris swsth istorikh antilhpsh den lynetai tipota?", "who was this foreign minister korea where say that without correct historical understanding not solved anything?"},
		{"telika h synanthsh twn 4 eixe ousia h htan ola vitrina mwre?", "finally meeting 4 had substance or was it all show?"},
		{"an oi hpa den kratisoun isorropia metaxi twn symmaxwn, poioi 8a vgoun xamenoi?", "if the US not keep balance between allies, who will be losers?"},
		{"poia prw8ypourgos ths n.zilandias eipe oti prepei na ta vroun me thn kina?", "which prime minister New Zealand say that should get along with China?"},
		{"pote htan h teleftaia fora pou synanth8hkan oi hgetes hpa, iaponias kai n.koreas prin th madrith?", "when was last time where met leaders the US, Japan and South Korea before Madrid?"},
		// The leaders' names as Greek spells them, a proposal "prwteine" that tells Greeklish on
		// its own, "ton teleftaio kairo" (lately, not the weather), the courts' "comfort women",
		// "o kosmos" (people), the business ties, the best, the college, and "oi treis" standing
		// for the three leaders.
		{"o Kisida ti prwteine gia tous 4 kai tis synodous tou NATO sto mellon?", "Kishida what propose about 4 and summits of NATO in the future?"},
		{"o Giun prin analavei proedros esteile kapoious stin Iaponia? poious kai gia ti", "Yoon before taking president send some to Japan? whom and about"},
		{"gt diamartyrithike i Seoul gia to Dokdo ton teleftaio kairo", "why protest Seoul about Dokdo recently"},
		{"pote akyrwse i Korea to GSOMIA me tin Iaponia?", "when terminated Korea GSOMIA with Japan?"},
		{"i ypothesi me tis gynaikes parigorias pote ksekinise sta dikastiria?", "matter with comfort women when did start in the courts?"},
		{"ektos apo ta dikastiria ti allo anavei ton antigiapwniko thymo stin Korea?", "apart from the courts what else fuel anti-Japanese sentiment in Korea?"},
		{"ti fovatai o kosmos stin Korea gia tin kyvernisi tou Giun?", "what does fear people in Korea about government Yoon?"},
		{"mporoun telika Iaponia kai Afstralia na kopsoun teleiws tis doulies me tin Kina?", "can finally Japan and Australia to cut completely ties with China?"},
		{"apo tous 4 Asiates poioi dyo exoun tin kaliteri synergasia metaxi tous?", "from 4 Asians which two have the best cooperation between?"},
		{"an oi HPA den mporesoun na isorropisoun, ti tha ginei me Korea kai N Zilandia?", "if the US cannot to balance, what will happen with Korea and New Zealand?"},
		{"apo poia sxoli einai o syggrafeas", "from which college is author"},
		{"ti apofasisan oi treis na kanoun gia th b.korea", "what decided the three leaders to do about North Korea"},
		{"ti zhthse o kishida gia to pws tha symmetexoun oi 4 sto nato sto mellon", "what ask kishida about how will take part 4 in the nato in the future"},
		// A careful writer's h for eta and w for omega ("hmeres", "klhthhkan", "Hnwmenes
		// Polities"), "N. Korea" for Notia Korea, and words only Greek has telling it alone.
		{"Poses hmeres kratise h synodos sth Madriti symfwna me to keimeno;", "how many days last summit in the Madrid according to article;"},
		{"Poies xwres ths Asias kai tou Eirhnikou klhthhkan sth synodo koryfhs?", "which countries Asia and Pacific were invited in the summit?"},
		{"Ti perimenoun oi Hnwmenes Polities eidika apo Iaponia kai Afstralia;", "what expect the US specifically from Japan and Australia;"},
		{"Ti methodous protimaei to Tokyo apenanti sthn Pyongyang;", "what methods prefer Tokyo towards Pyongyang;"},
		{"poso kairo itan kleisto to dromologio Gimpo-Haneda", "how long was suspended route Gimpo-Haneda"},
		{"gt gia tin N. Korea to thema twn ergatwn ine toso efaisthito?", "why about South Korea issue workers is so sensitive?"},
		{"Afstralia k N. Zilandia ine geitones, metaksi tous pou estiazoun ti synergasia?", "Australia and New Zealand is neighbors, between where focus what cooperation?"},
		// The last spelled "teleftea", handshakes and greetings, July and its anger, rushing to
		// cooperate, the friendly, the turn, a stance taken in favour ("yper"), the four-sided
		// and the almost-alliance, depth, fines, voices for autonomy from the major powers, a
		// quarrel, bringing, a medium power, getting along ("ta vrikan"), "n korea" and "v.
		// korea" (South and North), and living in a place ("zoun sto") beside being alive.
		{"pote itan i teleftea fora pou kathisan mazi oi igetes", "when was last time where met leaders"},
		{"itan mono xeiraypsies kai kalimeres", "was only handshakes and greetings"},
		{"einai mono xeirapsies kai kalhmeres metaxi tous", "is only handshakes and greetings between"},
		{"einai mono xiraypsies metaxi tous", "is only handshakes between"},
		{"ti ekane to Tokyo ton ioulio tou 2019 kai thimwse i Seoul", "what did do Tokyo July of 2019 and angered Seoul"},
		{"ti egine ton iouliou kai thymwse i Seoul", "what happened July and angered Seoul"},
		{"giati thimose i Seoul", "why angered Seoul"},
		// "thimwse" tells Greeklish on its own.
		{"Japan thimwse Seoul?", "Japan angered Seoul?"},
		{"giati h iaponia trexei na synergastei me tis hpa", "why Japan rush to cooperate with the US"},
		{"giati h korea einai pio filiki me to beijing", "why korea is more friendly with beijing"},
		{"einai filikh h kyvernisi", "is friendly government"},
		{"einai filikes oi sxeseis", "is friendly relationship"},
		{"ti einai h stroph pros tis hpa", "what is turn towards the US"},
		{"ti einai h strofh kai h strofi tou Yoon", "what is turn and turn Yoon"},
		{"pou tha epikentrwthei h notia korea diplomatika sto konto mellon", "where will focus South Korea diplomatically in the near future"},
		{"pou tha epikentrothei einai h korea", "where will focus is the korea"},
		{"o biden tasaktike yper tis synergasias", "biden take a stance in favor of cooperation"},
		{"giati o biden tachthike yper", "why biden take a stance in favor of"},
		{"giati o biden taxthike yper", "why biden take a stance in favor of"},
		{"pws perigrafoun tin symmaxia amerikis-iaponias", "how describe alliance America-Japan"},
		{"pws perigrafetai h symmaxia amerikh-iaponia", "how described alliance America-Japan"},
		{"einai ameriki-iaponia h amerikhs-iaponias", "is America-Japan America-Japan"},
		{"einai tetramerh symmaxia h sxedon symmaxia", "is quadrilateral alliance quasi alliance"},
		{"einai tetramerhs h tetrameri h tetrameris", "is quadrilateral quadrilateral quadrilateral"},
		{"einai h sxedon symmaxias", "is the quasi alliance"},
		{"ti periorizei to vathos tis synergasias ameriki iaponia korea", "what contain depth cooperation America Japan korea"},
		{"ti ypsxethikan oi igetes", "what promise leaders"},
		{"ti ypsoxethikan oi igetes", "what promise leaders"},
		{"ti ypsoxethhkan oi igetes", "what promise leaders"},
		{"poso prostimo evale stin iaponia", "how much fine impose to Japan"},
		{"mesa stin notia korea yparxoun fwnes gia perissoteri aftonomia apo tous megalous", "in in the South Korea there are voices about more autonomy from the major powers"},
		{"einai fones gia perissoterh aftonomias kai aytonomia", "is voices about more autonomy and autonomy"},
		{"pote ksekinise o kavgas iaponias-n.koreas", "when did start dispute Japan-South Korea"},
		{"pote einai o kavgas iaponia-n.korea", "when is dispute Japan-South Korea"},
		{"gt lene oti oi amerikanoi thelane na ferloun to nato", "why say that Americans want to bring nato"},
		{"ti einai afti i diplomatia mesaias dynamis", "what is this diplomacy medium power"},
		{"ti einai h mesaias dynamhs kai h mesaia dynami kai h mesaia dynamh", "what is medium power and medium power and medium power"},
		{"ta vrikan iaponia kai n korea", "got along Japan and South Korea"},
		{"ti thelei einai h n koreas", "what does want is the South Korea"},
		{"ti ekane tis v. koreas h v. korea", "what did do North Korea North Korea"},
		{"posoi anthropoi zoun sto nisi", "how many people live in the island"},
		{"posoi zoun sti nisida h zoun stin korea h zoun sthn korea", "how many live in the nisida live in the korea live in the korea"},
		// "ta metra ths" is the measures of whoever follows, "pianoun" hits and "toso polu" is so
		// much; a "proxwrhmeno fylakio" is an outpost.
		{"giati ta mitra ths giaponias pianoun toso polu thn korea?", "why the measures of Japan hit so much korea?"},
		{"ta metra tis iaponias kai ta metra tou tokyo kai ta mitra tis seoul kai ta mitra tou tokyo", "the measures of Japan and the measures of tokyo and the measures of seoul and the measures of tokyo"},
		{"giati einai ta metra ths seoul", "why is the measures of seoul"},
		{"h korea einai proxwrimeno fylakio kai proxorimeno filakio kai proxwrimeno filakio", "korea is outpost and outpost and outpost"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Giati o Yoon esteile delegation sto Tokyo?", "yoon-policy-consultation-delegation"},
		{"ti egine me tin aeroporiki grammi Gimpo Haneda", "gimpo-haneda-route-resumed"},
		{"poios klados tis koreatikis oikonomias pligwthike perissotero apo ta iaponika export controls", "export-controls-blow-to-korea-ict"},
		{"Nea Zilandia pou exei epikentrwsei tin diplomatia tis", "new-zealand-survival-south-pacific"},
		{"poio einai to adynamo simeio stin synergasia twn 4 xwrwn", "japan-korea-weakest-link"},
		{"otan erxotan o Yoon stin eksousia ti kavgades eixan gia to nisi metaxi tous", "dokdo-japan-protests-korean-survey"},
		{"gt kopike sth mesh h synenteuksi typou twn yfypourgwn eksoterikwn", "press-conference-terminated-november-2021"},
		{"poios einai o adynamos krikos stous 4", "japan-korea-weakest-link"},
	})
}

// Theta typed 8 and xi typed 3, in some or all of a word's places; never a spelling of digits
// only.
func TestGreeklishDigitSpellings(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"thema", []string{"8ema"}},
		{"metaksy", []string{"meta3y"}},
		{"synanththikan", []string{"synan8thikan", "synanth8ikan", "synan88ikan"}},
		{"th", nil},
		{"kai", nil},
	} {
		if got := greeklishDigitSpellings(c.word); !slices.Equal(got, c.want) {
			t.Errorf("greeklishDigitSpellings(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
