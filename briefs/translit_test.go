package briefs

import "testing"

// Russian typed in Latin letters and mixed in: one short asking word ("kak", "kto") tells it.
func TestTranslitMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Kak Japan nazyvaet Dokdo?", "how Japan calls Dokdo?"},
		// "Na chem" (on what) tells it as two short words together.
		{"Na chem fokusiruet diplomatiyu Wellington?", "on what focus diplomacy Wellington?"},
		// "Chya" (whose) and "mezhdu" (between) tell it alone; "i" is and.
		{"chya politika po KNDR blizhe k Washington, Tokyo ili Seoul?", "whose policy on DPRK closer to Washington, Tokyo or Seoul?"},
		{"tell me pro Dokdo spor mezhdu Japan i Korea", "tell me about Dokdo dispute between Japan and Korea"},
		// Phrases read whole: an asking phrase, a preposition with its noun.
		{"kak Seoul otvetil na export restrictions Yaponii?", "how Seoul responded to export restrictions Japan?"},
		{"kogo Yoon Suk-yeol otpravil v Yaponiyu eshche do inauguracii?", "who Yoon Suk-yeol sent to Japan even before inauguration?"},
		// Asian allies, Spain, members and status; Pyongyang, tough and soft.
		{"kakie aziatskie soyuzniki priehali na sammit v Ispanii?", "which Asian allies came to summit in Spain?"},
		{"Tokio i Seul ne chleny NATO, v kakom statuse ih pozvali?", "Tokyo and Seoul not members NATO, in what status them invited?"},
		{"kakoi podhod k Pkhenyanu predlagaet Tokio, zhestkii ili myagkii?", "which approach to Pyongyang proposes Tokyo, tough or soft?"},
		// Names as Russian spells them, and three countries joined by hyphens.
		{"chto pytalos delat pravitelstvo Mun Chzhe Ina?", "what tried do government Moon Jae-in?"},
		{"Yun skazal chto-to pro otnosheniya SShA-Yaponiya-Koreya", "Yoon said anything about relations US-Japan-South Korea"},
		// Two of the newer markers ("smogut", "polnostyu") tell it without an asking word.
		{"Iaponiia smogut polnostyu razorvat svyazi s Kitaem?", "Japan can completely cut ties with China?"},
		// Biden and the trilateral, joint exercises, the Americans and the Japanese.
		{"o chem v osnovnom govorili Bayden, Kishida i Yun na trehstoronke?", "about what mainly talked Biden, Kishida and Yoon at the trilateral meeting?"},
		{"chto tam s sovmestnymi voennymi ucheniyami SShA, Yaponii i Korei, ih opyat budut provodit?", "what there with joint military exercises US, Japan and Korea, them again will hold?"},
		{"kak amerikantsy nazyvayut soyuz s Yaponiey?", "how Americans calls alliance with Japan?"},
		// "4to" (what) tells it alone; fears, pro-American, too.
		{"v Koree boyatsya 4to Yun budet slishkom proamerikanskim?", "in Korea worry what Yoon will too pro-American?"},
		// What concerns whom, methods against Pyongyang, a pair of countries.
		{"pro KNDR: chto bolshe vsego volnuet Yaponiyu?", "about DPRK: what most concerns Japan?"},
		{"kakie metody Tokio predlagaet protiv Phenyana", "which methods Tokyo proposes against Pyongyang"},
		{"kakaya para stran iz etih chetyreh sotrudnichaet luchshe vsego", "which pair of countries of this four cooperate best"},
		{"kakaya pozitsiya Yaponii po kompensatsiyam koreiskim rabochim iz Vtoroi mirovoi?", "which position Japan on compensation Korean workers of World War II?"},
		// "Yu Koreya" (South Korea), names in other cases, 4 typed for ch, and what date.
		{"kogda rovno prohodil sammit v Madride, kakaya data", "when exactly held summit in Madrid, what date"},
		{"kak Baiden nazval vstrechu s Kishidoi i Yunom", "how Biden called meeting with Kishida and Yoon"},
		{"Baiden chto obeshal Yaponii i Yu Koree naschet zashity", "Biden what promised Japan and South Korea about defense"},
		{"pochemu Seul myagche k Pekinu chem Tokio", "why Seoul more softly to Beijing than Tokyo"},
		{"eta vstre4a 4 stran realno chto-to dala ili prosto shou dlya vida", "this meeting 4 countries really achieve anything or just a show for show"},
		{"Novaya Zelandiya na 4em fokusiruet vneshnyuyu politiku", "New Zealand on what focus foreign policy"},
		{"Yun kakoi mehanizm hotel sozdat chtob reshit vopros s rabochimi", "Yoon which mechanism wanted to create to resolve issue with workers"},
		{"a dlya Ju Korei chto glavnoe v voprose Severnoi Korei", "a for South Korea what is the priority in issue North Korea"},
		// j typed for й and ja, ju for я, ю ("Japonija", "kakuju"), zh typed as j ("mejdu").
		{"Jun Sok Jol kakuju gromkuju frazu skazal pro trojku SShA-Japonija-Koreja?", "Yoon Suk-yeol which bold phrase said about trilateral US-Japan-South Korea?"},
		{"v chem raznica mejdu prioritetami Japonii i Juzhnoj Korei po KNDR?", "what is the difference between priorities Japan and South Korea on DPRK?"},
		{"Japonija i Juzhnaja Koreja ne chleny NATO, tak v kakom kachestve ih tuda pozvali?", "Japan and South Korea not members NATO, so in what status them there invited?"},
		// "zachem" (what for) tells it alone.
		{"zachem Tokio tak staraetsja byt zaodno s Vashingtonom po jadernoj probleme Severa?", "why Tokyo tries so hard be aligned with Washington on nuclear issue North Korea?"},
		{"v Avstralii kakaja partija u vlasti byla vo vremja sammita, lejboristy?", "in Australia which party in power was during summit, Labor Party?"},
		// The soft sign typed as ' and j, x or h for kh, c for ts: the Secretary General, the
		// islands, Pyongyang, the Cold War; "kakim" (by what) tells it alone.
		{"Kak zovut General'nogo sekretarja NATO, kotoryj provodil etot sammit v Ispanii?", "what is the name of Secretary General NATO, that held this summit in Spain?"},
		{"Kakaja ploshchad' u ostrovov Tokto?", "which area of islands Dokdo?"},
		{"Kakim obrazom pravitel'stvo Yuna sobiraetsja reshat' problemu kompensacij rabochim?", "how government Yoon plans to resolve problem compensation workers?"},
		{"Kakimi metodami Japonija predpochitaet davit' na Pkhen'jan?", "by what means Japan prefers put pressure on Pyongyang?"},
		{"Kak amerikancy nazyvajut sojuz s Japoniej posle kholodnoj vojny?", "how Americans calls alliance with Japan after Cold War?"},
		{"Aviamarshrut Kimpo - Khaneda: skol'ko vremeni on ne rabotal i po kakoj prichine?", "air route Kimpo - Haneda: how long on did not operate and for what reason?"},
		{"pochemu dlya koreitsev vopros kompensatsiy za prinuditelnyi trud takoi boleznennyi?", "why for Koreans issue compensation for forced labor such painful?"},
		// Casual spoken questions: slang for the Americans, South and North Korea ("amerikosy",
		// "Yuzhka", "Severka"), "chto kasaetsya" (as for), "chetvyorka" (the four), "v itoge"
		// (ultimately), how one behaves, in what month, clinging to.
		{"nu vot chto kasaetsya amerikosov, zachem oni tashchat NATO v Aziyu?", "as for Americans, why they drag NATO in Asia?"},
		{"a pro Kitai chetvyorka na vstreche govorila chto-nibud konkretnoe?", "a about China four at the meeting said anything specific?"},
		{"a Yuzhka chego khochet dobitsya po Severnoi Koree v itoge?", "a South Korea what wants to achieve on North Korea ultimately?"},
		{"Yaponiya s KNDR kak sebya vedet, zhestko ili myagko?", "Japan with DPRK how behaves, tough or soft?"},
		{"a inauguratsiya Yuna kogda byla, v kakom mesyatse", "a inauguration Yoon when was, in what month"},
		{"pochemu Yaponiya tak tsepliaetsya za amerikosov po yadernomu voprosu Severki?", "why Japan so clings to Americans on nuclear issue North Korea?"},
		{"Novaja Zelandija voobshe o chem pechetsja v diplomatii?", "New Zealand about what cares about in diplomacy?"},
		{"a chto imenno Yaponiya v 2019 perestala normalno postavlyat koreitsam?", "a what Japan in 2019 restricted exports to Koreans?"},
		// "razve", "vrode" and "iz-za" mark it; "ili net" (or not) tells it as two words together.
		{"razve Yaponiya ne chlen NATO?", "Japan not member NATO?"},
		{"oni zhe vrode ssorilis iz-za ostrovov, ne?", "they quarreled because of islands, not?"},
		{"Ardern tam byla ili net?", "Ardern there was or no?"},
		{"shto stalo s oboronnym sotrudnichestvom Seul-Tokio posle istorii s GSOMIA?", "what happened to defense cooperation Seoul-Tokyo after history with GSOMIA?"},
		// The Secretary General, the trilateral with South Korea typed with dashes, the four
		// and Wellington in their cases, for show, and withdrawing from.
		{"kak zovut genseka NATO?", "what is the name of Secretary General NATO?"},
		{"trehstoronka SShA–Yaponiya–Yuzhnaya Koreya, o chem govorili?", "trilateral meeting US-Japan-South Korea, what did they talk about?"},
		{"chto obsuzhdali chetvero s Vellingtonom?", "what discussed four with Wellington?"},
		{"vstrecha byla chisto dlja pokaza?", "meeting was just for show?"},
		{"kogda Koreja vyshla iz GSOMIA?", "when Korea withdrew from GSOMIA?"},
		// Bilateral and quadrilateral, between whom, toughest of all, the States, disputed.
		{"mezhdu kem samoe razvitoe dvustoronnee sotrudnichestvo?", "between whom most developed bilateral cooperation?"},
		{"kto zhyostche vseh k Kitayu i v kakom chetyrekhstoronnem formate sidjat?", "who toughest of all to China and in which quadrilateral format sit?"},
		{"kakaya rol' u Korei v strategii Shtatov?", "which role of Korea in strategy United States?"},
		{"kak yaponcy nazyvayut spornyj ostrov s korejcami?", "how Japanese calls disputed island with Koreans?"},
		// Canada and Taiwan read whole, and what something cost.
		{"Kanada kak smotrit na uchastie aziatskih stran?", "Canada how looks on participation Asian countries?"},
		{"chto skazal Tajvan' i kak otreagirovali v Taivane?", "what said Taiwan and how responded in Taiwan?"},
		{"kogda i skol'ko stoili ucheniya?", "when and how much did cost exercises?"},
		// The Samara questions: "po4emu" (why) tells it alone; flights that did not fly, Oceania,
		// Moon Jae-in in his cases, the weakest link, what was lacking, the left, Germany and Scholz.
		{"reis Kimpo - Haneda po4emu ne letal stolko vremeni?", "flight Kimpo - Haneda why did not operate so long?"},
		{"kakie strany iz Azii i Okeanii tuda pozvali, perechisli", "which countries of Asia and Oceania there invited, list"},
		{"pri Mun Chzhe Ine kakaya byla politika Yuzhnoi Korei k Severu?", "under Moon Jae-in which was policy South Korea to North Korea?"},
		{"kakoe samoe slaboe mesto v chetverke po mneniyu avtora?", "which weakest link in four according to the author?"},
		{"po mneniyu avtora, chego ne hvatalo peregovoram chetverki?", "according to the author, what lacked talks four countries?"},
		{"kogda v Koree u vlasti byli levye, kak oni otnosilis' k sotrudni4estvu s yaponcami?", "when in Korea in power were left-wing, how they regarded to cooperation with Japanese?"},
		{"Germaniya, Shol'c, chto govorili pro Kitai tam?", "Germany, Scholz, what talked about China there?"},
		{"na kakom regione Yuzhnaya Koreya skoncentriruetsya v blizhaishee vremya?", "on which region South Korea will focus in the near future?"},
		{"a koreicy ponimayut ugrozu ot KNDR?", "a Koreans understand threat from DPRK?"},
		// The Almaty accountant's questions: "vyskazyvalsya" (spoke out) marks it; a greeting,
		// promoting, by what means, dissatisfied with, in connection with, the soft sign as '.
		{"Yun vyskazyvalsya pro Kitai v Madride?", "Yoon commented about China in Madrid?"},
		{"dobryi den. chitayu pro vstrechu v Madride, kak Baiden ee nazval?", ". reading about meeting in Madrid, how Biden its called?"},
		{"kak nazyvaetsya diplomatiya kotoruyu prodvigaet Iuzhnaia Koreia", "how is called diplomacy that promotes South Korea"},
		{"kakimi sposobami Yaponiya sderzhivaet Kitai", "by what means Japan contain China"},
		{"chem nedovol'na Koreya v svyazi so sbrosom vody s yaponskoi AES?", "what is dissatisfied with Korea about discharge water with Japanese nuclear power plant?"},
		{"kogda Iaponiia vvela eksportnyi kontrol' protiv Korei", "when Japan imposed export control against Korea"},
		{"kak zovut etogo byvshego ministra inostrannyh del Korei", "what is the name of this former foreign minister Korea"},
		{"kogo Yun otpravil v Tokio eshe do vstupleniya v dolzhnost'", "who Yoon sent in Tokyo even before taking office"},
		// The Novgorod librarian's careful questions: y typed for й and yo for ё ("simvolicheskoy",
		// "chetyryokh"), the soft sign as ' ("uvelichit'"), the Republic of Korea and the United
		// States in their cases; "kakova" (what is) tells it alone, "vyrazil" and "zhelanie" mark it.
		{"Pochemu administratsiya Baydena tak dorozhit trekhstoronnim sotrudnichestvom s Yaponiey i Respublikoy Koreya?", "why administration Biden so values trilateral cooperation with Japan and South Korea?"},
		{"Chto sdelal Yun Sok Yol' eshchyo do vstupleniya v dolzhnost', chtoby naladit' otnosheniya s Tokio?", "what do Yoon Suk-yeol still before taking office, to improve relations with Tokyo?"},
		{"Kakoe aviasoobshchenie mezhdu Seulom i Tokio snova otkryli i pochemu ono tak dolgo ne rabotalo?", "which air route between Seoul and Tokyo resumed and why it so long not operated?"},
		{"Kakie obyazatel'stva Vashington podtverdil Tokio i Seulu na vstreche v Madride?", "which commitments Washington confirmed Tokyo and Seoul at the meeting in Madrid?"},
		{"Kak otlichalis' temy trekhstoronnikh peregovorov ot vstrechi chetyryokh aziatsko-tikhookeanskikh stran?", "how differed topics trilateral talks from meeting four Asia-Pacific countries?"},
		{"Pochemu avtor schitaet, chto vstrecha byla skoree simvolicheskoy, chem delovoy?", "why author think, what meeting was rather symbolic, than practical?"},
		{"Skazhite, kto avtor etoy stat'i i v kakom uchrezhdenii on rabotaet?", "tell, who author this article and in which institution he works?"},
		{"A kto byl redaktorom etogo materiala o sammite?", "A who was editor this materials about summit?"},
		{"Kakim obrazom Seul nadeetsya uvelichit' svoyo mezhdunarodnoe vliyanie?", "how Seoul hopes increase its international influence?"},
		{"Kakova ploshchad' spornogo ostrova Tokto?", "what is area disputed island Dokdo?"},
		{"Iz-za chego Tokio i Seul vzaimno protestovali primerno togda, kogda k vlasti prishel Yun?", "why Tokyo and Seoul mutually protested around then, when to power came Yoon?"},
		{"V chyom sut' spora o kompensatsiyakh koreyskim rabochim vremyon Vtoroy mirovoy voyny?", "what is essence dispute about compensation Korean workers vremyon World War II?"},
		{"Kakoy mekhanizm khochet sozdat' pravitel'stvo Yuna dlya uregulirovaniya sporov s Yaponiey?", "which mechanism wants to create government Yoon for settling disputes with Japan?"},
		{"Chem Tokio obosnovyvaet svoyo nesoglasie s resheniyami koreyskikh sudov?", "than Tokyo justifies its disagreement with rulings Korean court?"},
		{"Kto iz yuzhnokoreyskikh politikov skazal, chto bez pravil'nogo ponimaniya istorii problemy proshlogo ne reshit'?", "who of South Korean politicians said, what without correct understanding history problems past not resolve?"},
		{"A chto v politike po otnosheniyu k KNDR vazhnee vsego dlya Seula?", "A what in policy toward DPRK most important for Seoul?"},
		{"Pochemu Yaponiya tak staraetsya derzhat'sya poblizhe k Vashingtonu po severokoreyskomu yadernomu voprosu?", "why Japan tries so hard stay closer to Washington on North Korean nuclear issue?"},
		{"Chto obeshchal Yun Sok Yol' vo vremya vybornoy kampanii v oblasti vneshney politiki?", "what promised Yoon Suk-yeol during election campaign on foreign policy?"},
		{"Chego opasayutsya v samoy Respublike Koreya naschyot kursa pravitel'stva Yuna?", "what do they fear in itself South Korea about course government Yoon?"},
		{"Kakova glavnaya vneshnepoliticheskaya tsel' Yaponii soglasno stat'e?", "what is main foreign policy goal Japan according to the article?"},
		{"A na chyom sosredotochena diplomatiya Novoy Zelandii?", "A on what focused diplomacy New Zealand?"},
		{"Pochemu Tokio, nesmotrya na zhyostkuyu liniyu, ne mozhet polnost'yu otkazat'sya ot sotrudnichestva s Pekinom?", "why Tokyo, despite on tough line, cannot completely abandon cooperation with Beijing?"},
		{"Kakie iz chetyryokh stran mozhet stat' samym slabym zvenom?", "which of four countries can become weakest link?"},
		{"Kak opisyvaetsya soyuz Soedinyonnykh Shtatov s Avstraliey?", "how is described alliance United States with Australia?"},
		{"Kakoe mesto v strategii Vashingtona zanimayut Respublika Koreya i Novaya Zelandiya?", "what role in strategy Washington occupy South Korea and New Zealand?"},
		{"Kakoe agentstvo sdelalo fotografii k etoy stat'e?", "which agency took the photos to this article?"},
		{"Vyrazil li Yun zhelanie lichno vstretit'sya s Kisidoy?", "expressed Yoon desire personally meet with Kishida?"},
		{"Kakie golosa slyshny v Respublike Koreya naschyot zavisimosti ot velikikh derzhav?", "which voices in South Korea about dependence on major powers?"},
		{"Kak Yaponiya ispol'zuet «indo-tikhookeanskuyu strategiyu» Soedinyonnykh Shtatov v svoikh interesakh?", "how Japan uses «Indo-Pacific strategy» United States in its own interests?"},
		{"Chto soglasilis' izuchit' i prodvigat' tri drugie strany vmeste s Yaponiey?", "what agreed explore and promote three other countries together with Japan?"},
		{"Mozhet li vstrecha chetyryokh stran privesti k novomu kvazisoyuzu, kak schitaet avtor?", "can meeting four countries lead to new quasi-alliance, how think author?"},
		{"Kak v poslednee vremya razvivalis' otnosheniya Kitaya s Yaponiey?", "how recently relations fared China with Japan?"},
		// "razvivalis' otnosheniya" asks how relations fared; "razvivalis" alone is developed.
		{"kak razvivalis' otnosheniya i kak razvivalis ekonomiki?", "how relations fared and how developed economy?"},
		{"kak Yun hochet naladit otnosheniya i uvelichit vliyanie, chto on budet izuchit i prodvigat", "how Yoon wants to improve relations and increase influence, what on will explore and promote"},
		{"chto obyazatelstva SShA, kogda Soedinennye Shtaty i Soedinennymi Shtatami, i Soedinennyh Shtatov", "what commitments US, when United States and United States, and United States"},
		{"kakie trehstoronnih vstrech simvolicheskoi ili delovoi, kak Yun ispolzuet vybornoi", "which trilateral vstrech symbolic or practical, how Yoon uses election"},
		{"kakie yuzhnokoreiskih politikov za pravilnogo, kak Yun zhelanie vstretitsya s Kisidoi", "which South Korean politicians for correct, how Yoon desire meet with Kishida"},
		{"kak regionalnuyu politiku, kakov i kakovy, zhestkuyu, sosredotochen, interesah, kvazisoyuz, razvivalis", "how regional policy, what is and what are, tough, focused, interests, quasi-alliance, developed"},
		{"kogda otlichalis, o chyom, chto Respubliki Koreya, o Respubliku Koreya, Respublikoi Koreya", "when differed, about what, what South Korea, about South Korea, South Korea"},
		{"kogda Soedinyonnye Shtaty i velikih derzhav, skolko aviasoobshenie", "when United States and major powers, how many air route"},
		{"kogda prishyol Yun i kak dolgo, o chyom, chto otkryli", "when came Yoon and how long, about what, what opened"},
		{"chto mozhet privesti, slabym zvenom, fotografii, zavisimosti, regional'nuyu, interesakh", "what can lead, weak link, photos, dependence, regional, interests"},
		{"kak soglasno avtoru s Soedinyonnymi Shtatami", "how according to author with United States"},
		// What they talked about with "voobshe" (at all) put in, and voices heard the other way round.
		{"O chem tam voobshe govorili?", "about what talked about there?"},
		{"o chem voobshe govorili na vstreche?", "what did they talk about at the meeting?"},
		{"o chem voobshche govorili", "what did they talk about"},
		{"kak tam voobshche govorili", "how talked about there"},
		{"kakie v Koree slyshny golosa protiv?", "which in Korea voices against?"},
		// The white list and who was removed from it, the Quad, strategic autonomy and a middle
		// power, the abducted citizens, nuclear missiles, their tests and launches.
		{"pochemu Yaponiya isklyuchila Koreyu iz belogo spiska?", "why Japan removed Korea of white list?"},
		{"chto takoe belyi spisok, kto v belom spiske, kto isklyuchil i kogo isklyuchili?", "what is white list, who in white list, who removed and who removed?"},
		{"kakoi belyy spisok?", "which white list?"},
		{"chto takoe Kvad, kto chleny Kvada i pochemu Koreya ne v Kvade?", "what is Quad, who members Quad and why Korea not in Quad?"},
		{"chto takoe strategicheskaya avtonomiya Korei i strategicheskoi ili strategicheskoy avtonomii?", "what is strategic autonomy Korea and strategic or strategic autonomy?"},
		{"kak Koreya hochet avtonomiyu i samostoyatelnost, i skolko samostoyatelnosti?", "how Korea wants to autonomy and independence, and how many independence?"},
		{"Koreya hochet byt srednei derzhavoi, ili derzhavoy, kakaya derzhava?", "Korea wants to be middle power, or power, which power?"},
		{"kakie grazhdane Yaponii byli pokhishcheny, skolko grazhdan?", "which citizens Japan were abducted, how many citizens?"},
		{"kto pohishcheny? kogo KNDR pokhitila i kogo pohitila?", "who abducted? who DPRK abducted and who abducted?"},
		{"chto s yadernymi raketami KNDR i kakie raketnye ispytaniya i zapuski?", "what with nuclear missiles DPRK and which missile tests and launches?"},
		// The Pacific and its south, island states, Hayashi and Jacinda by name, differences and
		// fears, what each seeks and has in common.
		{"chto Novaya Zelandiya hochet v yuzhnoi chasti Tikhogo okeana?", "what New Zealand wants to in South Pacific?"},
		{"pochemu Yuzhnyi Tikhii okean vazhen, i Yuzhnyy Tikhiy okean?", "why South Pacific important, and South Pacific?"},
		{"kak v yuzhnoy chasti tikhogo okeana, v yuzhnoi chasti tihogo okeana, v tihogo okeana i v tikhom okeane ili tihom okeane?", "how in South Pacific, in South Pacific, in Pacific and in Pacific or Pacific?"},
		{"kak Kitai vliyaet na ostrovnye gosudarstva i skolko ostrovnyh gosudarstv?", "how China influences on island states and how many island states?"},
		{"kakaya chast okeana, v kakoi chasti, v okeane?", "which part ocean, in which part, in ocean?"},
		{"kto takoi Khayasi, kto takoi Khayashi Yosimasa i Hayasi?", "who is Hayashi, who is Hayashi Yoshimasa and Hayashi?"},
		{"kak zovut Dzhasinda Ardern?", "what is the name of Jacinda Ardern?"},
		{"kakie raznoglasiya i protivorechiya mezhdu nimi, i kakie raznoglasii?", "which differences and contradictions between them, and which differences?"},
		{"kakie opaseniya u Korei i skolko opasenii?", "which fears of Korea and how many fears?"},
		{"chego dobivaetsya Yaponiya i chego dobivayutsya oni?", "what seeks Japan and what seek they?"},
		{"chto obshchego u Yaponii i Avstralii?", "what in common of Japan and Australia?"},
		{"v chem sostoit raznitsa mezhdu Yaponiei i Koreei?", "what is difference between Japan and Korea?"},
		// The Supreme Court and what it ordered paid, GSOMIA restored, Takeshima, the Indo-Pacific
		// strategy, the route shut by the pandemic, the Chinese reaction and containment.
		{"chto reshil Verkhovnyi sud, verhovnyi sud, resheniya verkhovnogo suda?", "what decided Supreme court, Supreme court, ruling Supreme court?"},
		{"pochemu sud obyazal yaponskie kompanii platit i kto dolzhen vyplatit?", "why court ordered Japanese companies pay and who must pay?"},
		{"Yaponiya dolzhna platit, skolko kompaniy?", "Japan must pay, how many companies?"},
		{"GSOMIA vosstanovili, Koreya vosstanovila, chto proizoshlo?", "GSOMIA restored, Korea restored, what happened?"},
		{"kak koreitsy nazyvayut Takesimu, chto takoe Takesima, ploshchad Takesimy?", "how Koreans calls Takeshima, what is Takeshima, area Takeshima?"},
		{"chto takoe indo-tikhookeanskaya strategiya i indo-tihookeanskaya strategiya?", "what is Indo-Pacific strategy and Indo-Pacific strategy?"},
		{"chto v indo-tikhookeanskoi strategii, indo-tikhookeanskoy strategii i indo-tikhookeanskogo regiona", "what in Indo-Pacific strategy, Indo-Pacific strategy and Indo-Pacific region"},
		{"chto proishodit s ostrovom Dokdo, chto proiskhodit?", "what is happening with island Dokdo, what is happening?"},
		{"kogda nachalsya sammit i kogda nachalas vstrecha?", "when began summit and when began meeting?"},
		{"kakuyu rol sygral Kishida, kto organizoval vstrechu?", "which role played Kishida, who organized meeting?"},
		{"pochemu zakryli marshrut, iz-za pandemii ili epidemii, kakaya pandemiya, i kak dolgo ne letali samolety?", "why shut down route, because of pandemic or epidemic, which pandemic, and how long did not operate planes?"},
		{"kakogo marshruta?", "which route?"},
		{"kakaya kitaiskaya reaktsiya, kakaya reakciya?", "which Chinese reaction, which reaction?"},
		{"kakoi kitaiskii i kitaiskiy podhod, kakaya strategiya sderzhivaniya?", "which Chinese and Chinese approach, which strategy containment?"},
		// "otkuda" (from where), "ch'ya" (whose) and "skol'ko" (how many) tell it alone, and
		// "komu prinadlezhit" (who owns) as two words together; the moderator, the capital, the
		// dates and the two days, Chung Eui-yong with a closing g, Moscow, and what was brought back.
		{"otkuda priekhali lidery?", "where from came leaders?"},
		{"komu prinadlezhit Dokdo?", "who owns Dokdo?"},
		{"kto byl vedushchim vstrechi?", "who was moderator meeting?"},
		{"kak nazyvaetsya stolitsa Ispanii, chto v stolitse, i skolko stolitsy?", "how is called capital Spain, what in capital, and how many capital?"},
		{"kogda byl sammit, v kontse iyunya ili v nachale iyulya ili avgusta?", "when was summit, at the end of June or at the beginning of July or August?"},
		{"skolko dlilsya sammit, dva dnya? dvukhdnevnyi sammit, dvuhdnevnyi?", "how many lasted summit, two days? two-day summit, two-day?"},
		{"kto dva lidera?", "who two leaders?"},
		{"chto skazal Chon Ui Yong i Chon Yi Yong?", "what said Chung Eui-yong and Chung Eui-yong?"},
		{"pochemu Moskva i kogda iz Moskvy?", "why Moscow and when of Moscow?"},
		{"chto takoe aziatskoe NATO?", "what is Asian NATO?"},
		{"ch'ya strategiya v Madride?", "whose strategy in Madrid?"},
		{"kogda Yaponiya vernula Koreyu v belyi spisok, kogda ee vernuli?", "when Japan brought back Korea in white list, when its brought back?"},
		{"skol'ko stran uchastvovalo?", "how many countries took part?"},
		{"kak Avstraliya uchastvuet?", "how Australia takes part?"},
		// The newest askers: the summit's dates and days, how it was held, who was invited,
		// Albanese (not in the article) and Biden by name, the trilateral.
		{"kakie daty sammita, kakuyu datu i kakie dni?", "which dates summit, which date and which days?"},
		{"kogda sostoyalsya sammit i kogda sostoyalas vstrecha, gde prohodila?", "when was held summit and when was held meeting, where held?"},
		{"kogo priglasilo NATO, kto priglashennye i skolko priglashennyh?", "who invited NATO, who invited and how many invited?"},
		{"chto Albaniz, Albaneze i Albaniza?", "what Albanese, Albanese and Albanese?"},
		{"chto govorili o Baidene?", "what talked about Biden?"},
		{"o chem byla trehstoronnyaya ili trekhstoronnyaya vstrecha?", "about what was trilateral or trilateral meeting?"},
		// Forced labour and its workers, the court, semiconductors, the white list, GSOMIA
		// abolished or extended, the contaminated water and the sea.
		{"skolko rabotnikov prinuditelnogo i dobrovolnogo truda, kakie rabotniki?", "how many workers forced and dobrovolnogo labor, which workers?"},
		{"chto s prinuditelnym trudom i trudom?", "what with forced labor and labor?"},
		{"chto reshili sudom i kakie poluprovodnikovye materialy?", "what decided court and which semiconductor materials?"},
		{"pochemu Yaponiya iskluchila Koreyu, kogo iskluchili?", "why Japan removed Korea, who removed?"},
		{"kogda Koreya otmenila GSOMIA, kogda prodlili i kto prodlila?", "when Korea abolished GSOMIA, when extended and who extended?"},
		{"chto s zagryaznennoi, zagryaznennoy i zagryaznennuyu vodoi?", "what with contaminated, contaminated and contaminated water?"},
		{"chto s radioaktivnoi, radioaktivnoy vodoi, radioaktivnaya?", "what with radioactive, radioactive water, radioactive?"},
		{"pochemu sbros v morya, ili k moryu?", "why discharge in sea, or to sea?"},
		// Ballistic missiles, denuclearization, provocations, the abducted, the Chinese, their
		// influence, quasi-allies, strategic, middle and south.
		{"kakie ballisticheskie rakety i skolko ballisticheskih?", "which ballistic missile and how many ballistic?"},
		{"chto takoe denuklearizatsiya, denuklearizaciya i denuklearizatsii?", "what is denuclearization, denuclearization and denuclearization?"},
		{"kakie provokatsii i provokacii?", "which provocations and provocations?"},
		{"skolko pokhishchennye, pokhishchennyh, pohishchennye, pohishchennyh, pohishennye, pohishennyh?", "how many abducted, abducted, abducted, abducted, abducted, abducted?"},
		{"kakie kitaiskoe, kitaiskogo, kitaiskih vliyaniya?", "which Chinese, Chinese, Chinese influence?"},
		{"kto kvazisoyuzniki, s kvazisoyuznikami, i chto takoe kvazialyans?", "who quasi-allies, with quasi-allies, and what is quasi-alliance?"},
		{"kakie strategicheskoe i strategicheskie, srednyaya derzhava?", "which strategic and strategic, middle power?"},
		{"kak v yuzhnuyu chast?", "how in South part?"},
		// Priorities, differences, positions, worries, tasks, approaches and views; who
		// visited, stressed and reiterated; flights resumed; the think tank; the South Pacific.
		{"kakoi prioritet, kakie razlichiya i skolko razlichii?", "which priority, which differences and how many differences?"},
		{"kakaya raznitsa v pozicii Yaponii, v pozitsii Korei, i kak ponyat ih pozitsiyu?", "which difference in position Japan, in position Korea, and how ponyat them position?"},
		{"kto obespokoen, i pochemu Avstraliya obespokoena i oni obespokoeny?", "who concerned, and why Australia concerned and they concerned?"},
		{"kakie zadachi, kakaya zadacha?", "which tasks, which task?"},
		{"chem otlichayutsya podhody i podkhody, kakie vzglyady?", "how do differ approaches and approaches, which views?"},
		{"kto posetil, posetila i posetili Madrid?", "who visited, visited and visited Madrid?"},
		{"chto podcherknul, podcherknula, podcherknuli i povtoril, povtorili?", "what stressed, stressed, stressed and reiterated, reiterated?"},
		{"kogda vozobnovilas, vozobnovilos i vozobnovilis aviareisy?", "when resumed, resumed and resumed flights?"},
		{"kakoi mozgovoi tsentr, mozgovoi centr ili analiticheskii tsentr?", "which think tank, think tank or think tank?"},
		{"pochemu vazhna yuzhnaya chast tikhogo okeana i yuzhnuyu chast tikhogo okeana?", "why important South Pacific and South Pacific?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Pochemu Yaponiya ogranichila eksport v Koreyu?", "japan-export-controls-july-2019"},
		{"Kto vel vstrechu chetyreh stran?", "kishida-moderates-four-country-meeting"},
	})
}
