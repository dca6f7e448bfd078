package briefs

import "testing"

// Arabic typed in Latin letters and digits and mixed in: one word written with a digit
// for a letter tells it.
func TestArabiziMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"el comfort women victims emta 2addamo el civil mediation bel local court?", "when the comfort women victims brought the civil mediation in the local court?"},
		// Egyptian Arabizi: "fein" is where, "elly" that.
		{"Korea el ganoubeya hatrakkez diplomasetha fein f el short term?", "where South Korea will focus its diplomacy in the short term?"},
		{"eh elly 7asal lel Gimpo-Haneda route? kan wa2ef leh w ad eh?", "what happened to the Gimpo-Haneda route? why was suspended and for how long?"},
		// A word spelled otherwise than listed is read by its spelling key (spelledalike.go).
		{"leh Korea el ganoubeya za3laneen mn el Yaban?", "why South Korea protesting from Japan?"},
		{"eh el ahdaf el tari5eyya bta3et el Yaban?", "what is the goals the historical of Japan?"},
		// Levantine: "shu" asks, "b5soos" is regarding, "hal" alone asks and "hal ayyam" is these days.
		{"shu sar f August 2019 b5soos el GSOMIA bein Korea w Japan?", "what happened in August 2019 regarding the GSOMIA between Korea and Japan?"},
		{"kif 3elaqet Beijing ma3 Tokyo w Canberra hal ayyam?", "how the relations of Beijing with Tokyo and Canberra these days?"},
		{"hal Japan w Australia momken yetrko el ta3awon ma3 China kollyan?", "Japan and Australia can abandon the cooperation with China completely?"},
		// Lebanese, mixed with French: "min" asks who, "bl" is in the, "l'auteur" the author.
		{"Min kén el moderator taba3 el meeting bayn Japan w NZ?", "who was the moderator of the meeting between Japan and NZ?"},
		{"Lesh el 4 countries ma fiyon yousalo la consensus bsehoule? fi reason?", "why the 4 countries cannot reach consensus easily? is there a reason?"},
		// Moroccan Darija, with French mixed in: "chkoun" asks who, "dyal" is of, "l" before a place to.
		{"chkoun howa Prime Minister dyal Australia li mcha l Madrid? smito 3afak", "who is Prime Minister of Australia that went to Madrid? his name"},
		{"Wach Finland w Sweden dkhlo l NATO f Madrid?", "Finland and Sweden joined NATO in Madrid?"},
		// A Fes writer: "w93" is happened, "tayyara" plane, "ba9a" remained; "la" before a French noun is the article.
		{"Chno w93 l ligne dyal tayyara Gimpo-Haneda? rj3at wla ba9a msdoda?", "what happened to the air route Gimpo-Haneda? returned or remained suspended?"},
		{"Tokyo chno kat bni f had les années f l'amn, chno had système?", "what Tokyo is building in these years in security, what is this system?"},
		// A Casablanca writer: "tna9cho" is were discussed, "ghir" just, "b nisba l" regarding.
		{"chno les sujets li tna9cho f meeting dyal Japan w NZ?", "what the topics that were discussed in meeting of Japan and NZ?"},
		{"3lach l'auteur kaygoul beli l meeting kan ghir show? 3tini l'explication", "why the author says that the meeting was just show? give me the explanation"},
		{"chno homa les preoccupations dyal Japan b nisba l North Korea?", "what are the preoccupations of Japan regarding North Korea?"},
		// Darija with French: "b ach katsmmi" asks what it calls, "l 7al9a l da3ifa" the weak link;
		// Lebanese: "bi 3ayn el e3tebar" into consideration.
		{"Japan b ach katsmmi Dokdo?", "what calls Japan Dokdo?"},
		{"ina hiya l 7al9a l da3ifa f cooperation dyal 4 pays?", "which is the weak link in cooperation of 4 countries?"},
		{"Japan kifach katt3aml m3a DPRK, b tari9a 9asiya wla layna?", "how Japan deals with DPRK, in a way tough or soft?"},
		{"shu el main purpose la Tokyo men el moucharaka bel NATO summit?", "what is the main purpose to Tokyo from the participation in the NATO summit?"},
		// A Syrian writer: "ra2eeset wuzara" is prime minister of, "el a2wa" the strongest.
		{"shu esm ra2eeset wuzara NZ bel article?", "what is the name of prime minister of NZ in the article?"},
		{"ay bilateral cooperation hiye el a2wa bein el arba3 duwal?", "which bilateral cooperation is the strongest between the four countries?"},
		// A Rabat writer mixing French: "t3erdo" is were invited, "kat7et" is discharging; a Beirut
		// writer: "el Sin" is China, "3a 2asir el mada" in the short term, "byesir" happens.
		{"3lach Corée contre les eaux usées nucléaires li Japon kat7et f lb7er?", "why Korea against the nuclear waste water that Japan is discharging into the sea?"},
		{"wach kanet hadi l'awel mera li les leaders dyal had les 4 pays Asia-Pacific kay t3erdo l sommet dyal NATO?", "was this the first time that the leaders of these 4 countries Asia-Pacific were invited to summit of NATO?"},
		{"Tokyo kif 3am t7awel to2ros el Sin (China)? ma3 meen 3am tet3awan?", "how Tokyo is trying to contain China? with whom is cooperating?"},
		{"Korea el jnoubiye 3a 2asir el mada wein rah trakkez el diplomacy taba3a?", "where will South Korea in the short term focus the diplomacy its?"},
		{"iza Amerka ma fiya 'balance the water', shu byesir b Korea w New Zealand?", "what if the US cannot 'balance the water', happens to Korea and New Zealand?"},
		// A Beirut writer: "jazeret" is island of, "esm" name.
		{"Chou l esm l Yabani la jazeret Dokdo?", "what the name the Japanese to island of Dokdo?"},
		// Three more Cairo writers: "howa" alone tells nothing, "beta3" and "bto3" are of, "b sefa eh"
		// in what capacity, "mada" signed; "keda", "bezabt" and "-ha" tell Egyptian.
		{"howa el summit kan kam youm?", "how many days is the summit was?"},
		{"Japan w Korea ro7o NATO b sefa eh ya3ni? homa msh a3da2 asln", "Japan and Korea went NATO in what capacity? are not members"},
		{"meen el editor beta3 el article?", "who is the editor of the article?"},
		{"Tokyo w Canberra mada eh ma3 ba3d?", "Tokyo and Canberra signed what with each other?"},
		{"el flights ben Gimpo w Haneda kanet wa2fa leh aslan?", "why the flights between Gimpo and Haneda was suspended?"},
		{"Seoul hat-focus diplomacy-ha fen fel short term?", "where Seoul will focus its diplomacy in the short term?"},
		{"w eh elly 7esel lel ta3awon el 3askary ben Seoul w Tokyo ba3d ma el agreement bta3 el ma3lomat et2la3?", "what and that happened to the cooperation the military between Seoul and Tokyo after the agreement of the information was terminated?"},
		// A Fes writer: "ghir chkel" is just a formality; a Beirut writer: "Lech l" is why the.
		{"chno ra2y l'auteur f la réunion dyal les 4 pays, kant 3ndha ahamiya 7a9i9iya wla ghir chkel?", "what is the opinion of the author in the meeting of the 4 countries, did it have real importance or just a formality?"},
		{"Lech l Coréens khayfin men l nuclear waste water li Japan 3am tkebba bel ba7r?", "why the Koreans afraid of the nuclear waste water that Japan is discharging into the sea?"},
		// A Port Said writer: "2e3da" is meeting, "et-" a passive verb ("et2azza" was harmed), "ha-"
		// a future one ("hate2dar" will be able to), "mawqefhom men" their position toward; "tanseeb"
		// alone tells Egyptian.
		{"el 2e3da beta3t el arba3 dowal kan leha ta2seer 7a2ee2y?", "the meeting of the four countries was for it impact real?"},
		{"Korea et2azza men 5atwet Japan ezay?", "how Korea was harmed from the step of Japan?"},
		{"tanseeb Yoon kan anhy shahr?", "which month inauguration Yoon was?"},
		{"Japan w Australia mawqefhom men Beijing ezay?", "how Japan and Australia their position toward Beijing?"},
		{"Tokyo w Canberra beyet3awnu f anhy mgalat?", "in which areas Tokyo and Canberra cooperate?"},
		{"fel a5er el katib shayef en America hate2dar tegma3 el allies dol?", "ultimately the author thinks that America will be able to unite the allies these?"},
		// A Giza driver and a Mansoura nurse: "fedel" alone tells Egyptian, "-o" closes what
		// "they" do ("beysammo", "bet3awno"), "7okm" is a court's ruling, "elly ba3d" after,
		// "ma3 ba3d" together, "ze3lana" protesting, "kam dawla" how many countries.
		{"el summit dah fedel kam yom?", "how many days the summit this lasted?"},
		{"el yabaneyeen beysammo Dokdo eh?", "what the Japanese call Dokdo?"},
		{"el yaban w ostralia bet3awno fe eh bel zabt?", "in what Japan and Australia cooperate exactly?"},
		{"el 7okm bta3 el comfort women etla3 fein w emta?", "where the ruling of the comfort women was issued and when?"},
		{"el NATO summit elly ba3d Madrid kanet fein?", "where the NATO summit after Madrid was?"},
		{"ostralia w New Zealand beyshta3'alo ma3 ba3d 3ala eh?", "on what Australia and New Zealand work together?"},
		{"w Seoul kanet ze3lana men eh min na7yet Japan fel 7aga di?", "from what and Seoul was protesting regarding Japan in the thing this?"},
		{"New Zealand mehtamma b eh fel diplomacy bta3etha?", "New Zealand concerned about what in the diplomacy of it?"},
		{"Biden 2al eh le Kishida w Yoon 3an 7emayet-hom?", "what Biden said to Kishida and Yoon about their defense?"},
		{"kam dawla NATO member 7adret bezabt?", "how many NATO countries member 7adret exactly?"},
		// An Aswan teacher, with Modern Standard Arabic words: "lematha" asks why, "mata" when,
		// "ma howa" what is; "qemma" is a summit, "sheelet" lifted, "el qada el arba3a" the four
		// leaders, an adjective after its noun is put before it ("siyasetha el kharegeya").
		{"lematha el Koreyeen ze3laneen mn mayah Fukushima elli el Yaban betremeha fel ba7r?", "why the Koreans protesting from water Fukushima that Japan discharges into the sea?"},
		{"ma howa el hadaf el este2rateejy el kebeer lel Yaban f siyasetha el kharegeya?", "what is the strategic goal the large to Japan in its foreign policy?"},
		{"mata bada2 el Yaban ye3mel export control 3ala Korea?", "when started Japan do export control on Korea?"},
		{"el qada el arba3a 2alo eh f el akher? fe natiga wala kalam w khalas?", "what the four leaders said in the end? is there a result or just talk?"},
		{"kam dawla men a3da2 NATO 7adaret el qemma bezabt?", "how many member states of NATO attended the summit exactly?"},
		{"eh kaman el asbab elli bet3'azzy el kora2ya lel Yaban f Korea?", "what else the reasons that fuel the anti-Japanese sentiment in Korea?"},
		{"el Yaban sheelet el export controls 3an Korea emta?", "when Japan lifted the export controls about Korea?"},
		// A Heliopolis student: "sallem", "meen" and "by-cooperate" alone tell Egyptian, "kam" and
		// "yom" together; "kan sanet kam" asks the year after the rest, "ad eh ya3ni" how much.
		{"Hayashi sallem Yoon eh men Kishida?", "what Hayashi delivered Yoon from Kishida?"},
		{"el summit kan kam yom?", "how many days the summit was?"},
		{"el US bte7awel tekassab dowal Asia Pacific ezay f el sneen el a5eera? esm el strategy eh", "how the US is trying win over countries Asia Pacific in the recent years? what the name of the strategy"},
		{"Tokyo w Canberra by-cooperate f eh?", "in what Tokyo and Canberra cooperate?"},
		{"meen el editor?", "who is the editor?"},
		{"2adeyet comfort women.. el 7okm f Seoul kan sanet kam?", "the issue of comfort women.. the ruling in Seoul was in which year?"},
		{"Seoul la3'at GSOMIA emta?", "when Seoul terminated GSOMIA?"},
		{"masa7et Dokdo ad eh ya3ni? kebeera?", "how much the area of Dokdo? large?"},
		{"Moon Jae-in zaman kan by3mel eh ma3 Kim w el shamal?", "what Moon Jae-in formerly was doing with Kim and the North?"},
		// An Alexandria writer: "btesamy", "entaqado" and "estrategeyet" alone tell Egyptian,
		// "btewa2af" is stands up to, "kam mada kham" how many raw materials, "kan feh 7aga" was
		// there something.
		{"Japan btesamy Dokdo eh?", "what Japan calls Dokdo?"},
		{"el tlata el tanyeen entaqado China?", "the three the others criticized China?"},
		{"Korea w New Zealand dorhom eh f estrategeyet America?", "what Korea and New Zealand their role in strategy of America?"},
		{"Tokyo btewa2af China ezay?", "how Tokyo stands up to China?"},
		{"el summit estamar kam yom?", "how many days the summit lasted?"},
		{"kam mada kham Japan shadedet 3aleha el control sanat 2019?", "how many raw materials Japan tightened on it the control year 2019?"},
		{"w ejtima3 el arba3a etkalemo feh 3an eh? kan feh 7aga mohema?", "and meeting the four talked about what? was there something important?"},
		{"w Korea kaman e3taradet 3ala eh?", "and Korea also objected to what?"},
		// A Nasr City writer: "eih" asks what and "leih" why, "koria el ganobiya" is South Korea,
		// "ostorallia" Australia, "b el nesba l" regarding.
		{"el yaban btsamy Dokdo eih?", "what Japan calls Dokdo?"},
		{"ostorallia strategeyetha eih fel mante2a?", "what Australia its strategy in the region?"},
		{"eih elly 7asal le GSOMIA ya gama3a?", "what happened to GSOMIA?"},
		{"7okomet Yoon 3ayza t7el moshkelt el ta3weedat ezay?", "how the government of Yoon wants solve the problem of the compensation?"},
		{"el yaban 2al2ana mn koria el shamalia leh bzabt?", "why Japan worried from North Korea exactly?"},
		{"w new zealand dawrha b el nesba l amrika eih?", "what and new zealand its role regarding the US?"},
		{"amrika btwsef el ta7alof m3 el yaban ezay?", "how the US describes the alliance with Japan?"},
		// A Zamalek writer: "roasa2" are leaders, "wesh f wesh" face to face, "nesa2 el mot3a" the
		// comfort women, "shayla ham" worried about, "bet-7awet 3ala" contains, "hatdfa3 kam" how
		// much will pay.
		{"a5er mara roasa2 amreka w el yabaan et2ablo wesh f wesh kan emta?", "when last time leaders the US and the Japan met face to face was?"},
		{"el ma7kama fe Seoul 7akamet fe 2adeyet nesa2 el mot3a emta?", "when the court in Seoul ruled in the issue of comfort women?"},
		{"el yaban shayla ham eh men koria el shamaliya?", "what Japan worried about from North Korea?"},
		{"el yaban bet-ta3amel ezay ma3 koria el shamaliya? bel7anya wala bel 3afya?", "how Japan deals with North Korea? softly or by force?"},
		{"el yaban bet-7awet 3ala el seen ezay?", "how Japan contains China?"},
		{"amreka btewsef ta7alofha ma3 ostoralia ezay?", "how the US describes its alliance with Australia?"},
		{"meen el mo7arer bta3 el maqal?", "who is the editor of the article?"},
		{"amreka hatdfa3 kam fe el Indo-Pacific strategy di? fe feloos ya3ni", "how much will pay the US in the Indo-Pacific strategy this? in money"},
		// An Alexandrian writer: "korya" is Korea, "e2tema3" a meeting, "nyu zelanda" New Zealand,
		// "5as b" regarding, "we2t ma" when, "geh el 7okm" came to power, "bel seen" with China.
		{"el e2tema3 el tolaty amrika w el yaban w korya kan byetkalem 3an eh aktar 7aga?", "about what the meeting the trilateral the US and Japan and Korea was talking most?"},
		{"w nyu zelanda mrakeza 3ala eh?", "on what and New Zealand focused?"},
		{"el yaban e7tagget 3ala eh 5as b dokdo we2t ma yoon geh el 7okm?", "on what Japan protested regarding dokdo when yoon came to power?"},
		{"leh korya el ganobya 3ala2etha bel seen a7san mn el yaban?", "why South Korea its relationship with China better than Japan?"},
		{"biden 2al eh lel yaban w korya 3an enoh ye7meehom?", "what biden said to Japan and Korea about defending them?"},
		{"el yaban bet7awel to2af el sin ezay?", "how Japan is trying to contain China?"},
		{"yoon wa3ad b eh fel entekhabat 5as bel syasa el 5argeya?", "what yoon promised in the elections regarding the foreign policy?"},
		{"eh el 7agat el tanya elli bet5alli el koreyeen yekraho el yaban gher comfort women?", "what is the things the other that makes the Koreans hate Japan other than comfort women?"},
		{"anhy etnein mn el arba3 dol 3ala2ethom aktar 7aga mestweya?", "which two from the four these their relationship most mature?"},
		{"britanya kan mawqefha eh mn da3wet el yaban w korya?", "what Britain was its position from the invitation of Japan and Korea?"},
		// A Tripoli architect: "jnubiye" is South, "bihemma" concerns it, "wassaf" described,
		// "tolate" trilateral, "yabeniyin" the Japanese, "mas2oul yabene" a Japanese official.
		{"w korya el jnubiye shu bihemma bel shmal?", "what and South Korea concerns it in the North?"},
		{"Biden kif wassaf el ijtima3 el tolate?", "how Biden described the meeting the trilateral?"},
		{"shu bisammu el yabeniyin Dokdo?", "what call the Japanese Dokdo?"},
		{"ayya mas2oul yabene zar Yasukuni w emta? shu esmo?", "which Japanese official visited Yasukuni and when? what is the name of?"},
		{"ayya tneyn mn el arba3a 3andon a7san 3ala2a bilatérale?", "which two from the four have the best relationship bilateral?"},
		// A Mansoura mechanic: "deblomaseyetha" is its diplomacy, "el fatra el gaya" the near
		// term, "este2alet" resigned, "tez3al" offend.
		{"korya hatrakkez deblomaseyetha fein el fatra el gaya?", "where Korea will focus its diplomacy the near term?"},
		{"Jacinda Ardern este2alet emta?", "when Jacinda Ardern resigned?"},
		{"leh korya mesh 3ayza tez3al Beijing 2awy?", "why Korea not wants offend Beijing very?"},
		// A Homs teacher: "bysammo" alone tells Syrian, "lazqa b" sticks close to, "bidda" it wants,
		// "-a" closing a noun its ("sharikata", "7ulafa2a"), "b ay sifa" in what capacity.
		{"el yabaniyyin shu bysammo Dokdo?", "what the Japanese call Dokdo?"},
		{"shu el yaban mhtamme fi bi mawdu3 korya el shamaliyye?", "what is the Japan cares about regarding North Korea?"},
		{"leish el yaban dayman lazqa b amerika bi mawdu3 el nawawi el koori?", "why Japan always sticks close to the US regarding the nuclear the Korean?"},
		{"el yaban leish ma bidda el ma7akem el koriyye t7jez amwal sharikata?", "why Japan not wants the courts the Korean seize assets its companies?"},
		{"amerika shu btotlob mn 7ulafa2a b asia?", "what the US wants from its allies in asia?"},
		{"el yaban w korya w nyuzilanda ra7o 3al summit b ay sifa?", "Japan and Korea and New Zealand went to the summit in what capacity?"},
		// A Zagazig accountant: "ma2y3in" is signed, "betwa2ef" stands up to, "mesh 2adra" cannot,
		// "t2afel" close, "bsohoola" easily; "ostralya" and "eh" tell Egyptian.
		{"ostralya strategyetha eh?", "what Australia its strategy?"},
		{"el yaban w ostralya ma2y3in 3ala eh?", "on what Japan and Australia signed?"},
		{"el yaban betwa2ef el seen ezay?", "how Japan stands up to China?"},
		{"leh korya mesh 2adra t2afel mawdo3 el 3omal bsohoola?", "why Korea cannot close topic the workers easily?"},
		// A Beirut student: "aya" asks which, "ta2assar aktar shi" is was hit hardest, "ma2dinon" signed,
		// "ghareeb" strange, "tleteyye" trilateral, "bil zabt" exactly, "nazrta lal seen" its view to China.
		{"aya sector bel korya ta2assar aktar shi men 2arar tokyo?", "which sector in the Korea was hit hardest from the decision of tokyo?"},
		{"shu el agreements li ma2dinon tokyo w canberra?", "what is the agreements that signed tokyo and canberra?"},
		{"Yoon 2al shi ktir ghareeb 3an el 3ala2a el tleteyye, shu 2al bil zabt?", "what Yoon said something very strange about the relationship the trilateral, said exactly?"},
		{"korya el jnubiyye kif nazrta lal seen compared to el yaban?", "how South Korea its view to China compared to Japan?"},
		// A Cairo retiree: "7adretak" and "ya ibni" are politeness, "bte7aser" contains, "baladhom"
		// their countries, "lama kan fe" while in, "sakat" kept silent, "ma2din" signed.
		{"el yaban bte7aser el seen ezay?", "how Japan contains China?"},
		{"masa7et Dokdo ad eh ya ibni? kbeera?", "how much the area of Dokdo? big?"},
		{"Biden 2al eh le Kishida w Yoon 3an 7emayet baladhom?", "what Biden said to Kishida and Yoon about protection of their countries?"},
		{"7adretak, Yoon lama kan fe Madrid etkalem 3an el seen walla sakat?", "Yoon while in Madrid talked about China or kept silent?"},
		{"el yaban w ostralya ma2din etefa2eya eh?", "what Japan and Australia signed agreement?"},
		{"nyu zilanda ehtemamha el diplomasy eh?", "what New Zealand its diplomatic focus?"},
		// A Cairo writer: "hayedafe3" is will defend, "khenaa2a" a dispute, "kotob el tarekh" history
		// textbooks, "we2fo ma3" sided with, "ayam ma" back when, "nashef men" tough on, "yabaneya"
		// alone tells Egyptian.
		{"biden 2al eh 3an en howa hayedafe3 3anhom?", "what biden said about that is will defend them?"},
		{"amrika hayedafa3 3an tokyo?", "the US will defend about tokyo?"},
		{"el progressives kanu shayfen el ta3awon ezay?", "how the progressives were see the cooperation?"},
		{"el mo7alelin shayfin eh?", "what the analysts see?"},
		{"el gezira elly 3aleha khenaa2a esmaha eh?", "what is its name the island that on it dispute?"},
		{"fe khena2a ben koreya wel yaban?", "in dispute between Korean and the Japan?"},
		{"fe 7agat tanya bte3mel mashakel ben el baladen zay kotob el tarekh masalan?", "in other things causes problems between the two countries like history textbooks for example?"},
		{"el wazir el koreyy 2al eh 3an el tarekh?", "what the minister the Korean said about the history?"},
		{"eh el 7aga elly mdaya2ahom?", "what is the thing that bothers them?"},
		{"eh elly medaye2hom?", "what that bothers them?"},
		{"leh el yaban mehtama awi b koreya el shamaleya?", "why Japan very concerned about North Korea?"},
		{"ostralia bte3mel eh fe mante2etha?", "what Australia does in its region?"},
		{"anhy dowal mawkefha nashef men el seen aktar?", "which countries its position tough on China more?"},
		{"koreya w new zealand makanhom eh 3and amrika", "what Korean and new zealand their place to the US"},
		{"amrika 3ayza te3mel nato asiawy wala eh el 7ekaya", "the US wants do nato Asian or what"},
		{"amrika 3ayza tegib nato?", "the US wants bring nato?"},
		{"eh el hadaf el kebir lel diplomasiya el yabaneya?", "what is the goal the large to the diplomacy the Japanese?"},
		{"ostralia w koreya we2fo ma3 tokyo fe eh?", "in what Australia and Korean sided with tokyo?"},
		{"el tlata we2fu ma3 tokyo fe eh?", "in what the three sided with tokyo?"},
		{"ayam ma el progressives kanu fel 7okm", "back when the progressives were in power"},
		{"koreya 3amalet eh f kotob el tarikh?", "what did do Korean in history textbooks?"},
		{"wazir el khargeya 2al eh?", "what foreign minister said?"},
		// A Beirut writer, with French: "adde" asks how much and "adde dallet" how long lasted,
		// "kouria" is Korea, "2essit" the matter of, "tammouz" July, "bi ab" in August, "teshrin el
		// tene" November, "8er" other than, "shebh ta7alof" a quasi-alliance, "bon" tells nothing.
		{"bon, shu ra2y el ka2tib?", "what is the opinion of the author?"},
		{"kishida shu baddo bi2ossit el summit? el 4 ydallo yeje?", "what kishida wants regarding the summit? the 4 keep coming?"},
		{"adde dallet el summit?", "how long lasted the summit?"},
		{"lesh ken msaker khatt el tayaran? w adde dall msaker", "why was shut down the air route? how long remained and shut down"},
		{"shu kan maw2ef el hind?", "what was the position of India?"},
		{"shu 3amlet el yaban b tammouz 2019 bi 7a2 kouria?", "what did Japan in July 2019 against Korea?"},
		{"w lesh za3lanin el kouriyin", "why and upset the Koreans"},
		{"el ma7akem el kouriye", "the courts the Korean"},
		{"shu 3amel el controle el yabane 3al e2tisad?", "what doing the control the Japanese to the economy?"},
		{"el sifa li 3azamo fiha el yaban", "the capacity that invited in it Japan"},
		{"shu ken el mawdou3 el asese?", "what was the issue the main?"},
		{"biden shu sammah lal ejtima3 el tlete? 3an jad", "what biden called it to the trilateral meeting? really"},
		{"el yaban 3am yebne system amne", "Japan build system security"},
		{"la tokyo shu hinne el hadafen el ra2isiyyin?", "what to tokyo are the two goals the main?"},
		{"el yabaniyye shu bisamo dokdo?", "what the Japanese call dokdo?"},
		{"tokyo 3la shu e3tarado bi 2essit el jazira?", "on what tokyo objected in the matter of the island?"},
		{"seoul shu e3tarado 3leh men jehet el yaban bi nafs el mawdou3", "what seoul objected to regarding Japan on the same issue"},
		{"bi ab 2019 kouria shu lghet?", "what in August 2019 Korea terminated?"},
		{"lesh ltagha el mo2tamar el sa7afe la nouwwab wozara el kharjiye bi teshrin el tene 2021?", "why was cancelled the conference the press to deputies foreign ministers in November 2021?"},
		{"lesh ltagha el mo2tamar bi teshrin el awal 2021?", "why was cancelled the conference in October 2021?"},
		{"lesh el yaban msh 3ajeba a7kam el ma7akem?", "why Japan not like rulings the courts?"},
		{"w emta sadar el 7okm bi hal 2essa?", "when and the ruling was issued in this matter?"},
		{"el qarar sadar emta?", "when the decision was issued?"},
		{"8er el 7arb", "other than the war"},
		{"siyeset kouria el shamaliye", "policy of Korea the North"},
		{"kif el yaban 3am t7awel to7sor el seen?", "how Japan is trying to contain China?"},
		{"ostralia kif 3am tbayyen 2ime taba3a?", "how Australia show value its?"},
		{"w new zealand shu hammha bel diplomasiye?", "what it cares about and new zealand in the diplomatic?"},
		{"new zealand hammha el diplomasiye", "new zealand concerns it the diplomatic"},
		{"ayya dawltayn mawa2efon a2sa ma3 beijing?", "which two countries their positions toughest on beijing?"},
		{"mawa2efon a2sa", "their positions toughest"},
		{"biden shu maw2efo?", "what biden his position?"},
		{"kouria shu dawra bi shamal sharq asia?", "what Korea its role in Northeast Asia?"},
		{"kouria shu dawra bi sharq asia?", "what Korea its role in east asia?"},
		{"meen el editeur taba3 el ma2al?", "who is the editor of the article?"},
		{"adde ta2sir el controle 3al e2tisad el kouri?", "how much the impact of the control to the economy the Korean?"},
		{"fi ta7alof metel shebh ta7alof?", "in alliance like quasi-alliance?"},
		{"shebh el ta7alof", "quasi the alliance"},
		{"emta ken el kouriyin 7azarin?", "when was the Koreans cautious?"},
		{"sme3et fi tayyara rej3et, ayya khatt?", "which route I heard there is plane resumed,?"},
		{"adde 7ajm jazirat dokdo?", "how big is the island of dokdo?"},
		{"seoul baddha tkoun 3enda ta2sir akbar", "seoul wants be has more influence"},
		{"bte3mel mashakel ben el baladeen", "causes problems between the two countries"},
		{"el kotob el yabaneya", "the books the Japanese"},
		{"mawqefha nashef", "its position tough"},
		// A Damascus writer: "hemmha" alone tells Levantine, "hiye" and "bel" are markers, "ayam meen
		// bel 7ukum" is during whose rule, "bi ghad el nazar" regardless; a Beirut writer's French
		// "les Américains" the Americans.
		{"Japan shu bi hemmha b North Korea issue?", "what Japan concerns in North Korea issue?"},
		{"Japan bihemmha el Korea?", "Japan concerns it the Korea?"},
		{"Australia bihemmon el Seen?", "Australia concerns them China?"},
		{"ayya cooperation hiye el most mature?", "which cooperation is the most mature?"},
		{"New Zealand role bel US strategy la shu?", "to what New Zealand role in the US strategy?"},
		{"ayam meen bel 7ukum kanet seoul 7azra?", "during whose rule was seoul cautious?"},
		{"bi ghad el nazar 3an el tarikh", "regardless about the date"},
		{"shu bisammuha les Américains?", "what call it the Americans?"},
		// Cairo writers: "e3tradet 3ala" is objected to, "mashya wara" following, "7ekayet" the
		// matter of, "ayam meen fel 7okm" during whose rule.
		{"w korya e3tradet 3ala eh men el yaban?", "and Korea objected to what from Japan?"},
		{"korya e3tradet 3ala el ziyara", "Korea objected to the ziyara"},
		{"leih el yaban mashya wara amrika?", "why Japan following the US?"},
		{"leh homa mashyeen wara amrika?", "why are following the US?"},
		{"leh el koryeen mosamemeen 3ala 7ekayet el 3omal?", "why the Koreans insist on the matter of the workers?"},
		{"eh 7ekayt el 3omal?", "what the matter of the workers?"},
		{"ayam meen fel 7okm kanet seoul 7azra?", "during whose rule was seoul cautious?"},
		{"be ghad el nazar 3an el tarikh", "regardless about the date"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"lesh el-yaban 7aded el export 3ala Korea?", "japan-export-controls-july-2019"},
		{"meen dar el ejtima3 bein el arba3 dowal?", "kishida-moderates-four-country-meeting"},
		{"mein kan el moderator taba3 el four-country meeting b Madrid?", "kishida-moderates-four-country-meeting"},
	})
}
