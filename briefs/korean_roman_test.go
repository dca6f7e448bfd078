package briefs

import "testing"

// Korean typed in Latin letters and mixed in: a particle after a hyphen cut off, the word
// before it read (and counted as a marker), the asking word put first.
func TestRomanisedKoreanMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Dokdo-ui myeonjeok-eun eolmana doeyo?", "how much becomes Dokdo area?"},
		{"Bukhan munje-eseo Ilbon-i gajang geokjeong-haneun geon mwoyeyo?", "what North Korea issue Japan most worried?"},
		// A polite verb ending tells the language alone; an asking phrase is put first.
		{"Ilbon-eun Dokdo-reul mwo-rago bulleoyo?", "what do call Japan Dokdo?"},
		// A particle after a gloss in brackets is cut off too.
		{"Yoon daetongnyeong chwiimsik (inauguration)-e Ilbon-eseo nuga wasseoyo?", "who President Yoon inauguration Japan came?"},
		// The plain past ending ("haenna") tells it too; a year and a month typed with their
		// counters run on are read as English writes them; a pair of words asks whole.
		{"Dokdo munje-ro Seoul-eun Tokyo-ui mwo-e hangui haenna?", "what Dokdo issue Seoul Tokyo protested?"},
		{"2019nyeon 7wol-e Japan-i Hanguk-e mwo haesseoyo?", "what 2019 July Japan South Korea did?"},
		{"ne nara jung bilateral cooperation jeil mature-han jjak-eun eodi-go?", "which pair four countries among bilateral cooperation most mature?"},
		// The plain speech friends use: the past ending "-sseo" tells it alone, as an asking word
		// with a particle does ("mwo-ya"); an English noun with the plural "-deul" is plural.
		{"4-guk leader-deul China gwallyeon issue-neun nonui haesseo? ani-ya?", "four countries leaders China related issue discussed? or not?"},
		{"US jeollyak-eseo Korea-rang New Zealand yeokhal-eun mwo-ya?", "what US strategy Korea New Zealand role?"},
		{"China policy-eseo Japan-irang Korea eotteoke dalla?", "how China policy Japan Korea differ?"},
		// The polite and formal speech: "mwora" (what… say) read whole with its verb, a copula
		// typed after an asking word with a hyphen telling the language alone.
		{"Tokyo-neun Dokdo-reul mwora bulleoyo?", "what do call Tokyo Dokdo?"},
		{"I article editor-neun nugu-yeosseoyo?", "who this article editor?"},
		{"4-guk hyeomnyeok-eseo jeil yakhan gori-ga eodi-ramnikka?", "where four countries cooperation weakest link?"},
		// Countries counted with "nara" run on ("3nara"), and a side ("jjok") English need not say.
		{"US Japan Korea 3nara jeongsang-deuri majimak-euro mannan ge eonjeya?", "when US Japan Korea three countries leaders last met?"},
		{"Yoon inauguration ttae Japan jjok-eseo nuga wasseo?", "who Yoon inauguration during Japan came?"},
		// "mwerago" for "mworago" tells it alone; a verbal noun run into its past ending
		// ("banbakhaesseo", "jungdandwaesseo"), a year and month typed apart from their counters.
		{"Japan-eun wianbu panggyeol-e daehae mwerago banbakhaesseo?", "about how did refute Japan comfort women ruling?"},
		{"2021 nyeon 11 wol oegyo chagwan gongdong gijahoegyeon-eun wae jungdandwaesseo?", "why November 2021 deputy foreign minister joint press conference was halted?"},
		{"Japan-ui daebuk jeongchaek-eun eotteon-de?", "how Japan North Korea policy?"},
		// The south-western speech: the ending "-yeo" cut off as a particle and telling the
		// language after an asking word, the past in "-tdaga", the filler "geosigi".
		{"Ilbon-i Hanguk-e suchul gyuje ganghwa handago balpyo han ge eonje-yeo?", "when Japan South Korea tightened export controls announced?"},
		{"Yoon daetongnyeong buin Kim Keon-hee yeosa-do Madrid gatdaga?", "President Yoon wife Kim Keon-hee Mrs Madrid went?"},
		{"2021-nyeon 11-wol-e Mi-Il-Han oegyo chagwan gijahoegyeon-eun wae jungdan dwaesseo?", "why in November 2021 US-Japan-South Korea deputy foreign minister press conference was terminated?"},
		// Countries counted with "gaeguk" run on, a pair of names joined with a hyphen and a particle
		// after it, "mwomwo" (what things), and a verbal noun with its verb read whole.
		{"Ilbon-Hoju-neun eotteon bunya-eseo gachi hyeomnyeok hae?", "which fields Japan Australia cooperate?"},
		{"summit ttae ttaro jabeun leaders meeting-eun mwomwo isseosseo?", "what summit during separately arranged leaders meeting had?"},
		{"Hanguk-i Ilbon gyeongje-e eolmana uijon hae?", "how much depend on South Korea Japan economy?"},
		{"Japan, Korea, Australia, NZ 4gaeguk hoedam-eseo museun iyagi haesseo?", "what talked about Japan, Korea, Australia, NZ four countries meeting?"},
		// Particles typed apart from their word ("jangwan deul", "Tokyo rang Seoul"), the present
		// typed with hyphens ("jipjung-hae-yo"), and "-gwa-ui" cut whole.
		{"miil gukbang jangwan deul mwo hapui haesseo?", "what US Japan defense ministers agreed?"},
		{"Wellington-eun oegyo-reul juro eodie jipjung-hae-yo?", "where Wellington diplomacy mainly focus on?"},
		{"Tokyo-wa Canberra-neun Beijing-gwa-ui gwangye-ga eottaeyo?", "how Tokyo Canberra Beijing relations?"},
		// The past copula after an asking word ("nugu-yeosseo") tells the language alone; a noun
		// only Korean counts ("gaji") is a marker with its particle cut; "Migook" is the US.
		{"Summit host Spain PM-eun nugu-yeosseo?", "who Summit host Spain PM?"},
		{"Japan export control-e raw materials myeot gaji-yeosseo?", "how many Japan export control raw materials?"},
		{"Migook strategy-eseo Hanguk-eun eotteon yeokhal-iya?", "which role the United States strategy South Korea?"},
		// "Han Mi Il" typed apart is the three countries, "sagaeguk" the four; a Korean noun
		// with the plural "-deul" and a particle stays plural; nuclear terms read whole.
		{"Madrid-eseo Han Mi Il jeongsang-deul-eun bukhan haek munje-reul eotteoke daecheohagiro haesseoyo?", "how Madrid South Korea, the US and Japan leaders North Korea nuclear issue agreed to deal with?"},
		{"geu ne nara jidoja-deul NATO summit-e chodae doen ge ibeon-i cheoeum-ingayo?", "the four countries leaders NATO summit invited this time first time?"},
		{"ilbon-eun NATO summit-eseo haek gunchuk-irang haek hwaksan gwallyeon mwo-rago haesseoyo?", "what said Japan NATO summit nuclear disarmament nuclear proliferation related?"},
		{"Biden-eun sagaeguk hyeomnyeok-e daehae ipjang-eul balkyeosseoyo?", "Biden four countries cooperation about position stated?"},
		// "Pukhan" typed with a p, a verbal noun's present ("gyeonjehae"), the plain past run on
		// ("yaegihaesseo", "sso-asseo") and "nuga" with a copula telling the language alone.
		{"Japan-eun China-reul eotteon sik-euro gyeonjehae?", "how Japan China contain?"},
		{"Madrid summit ttae NATO samuchongjang nuga-yeosseo? Stoltenberg maja?", "who Madrid summit during NATO Secretary General? Stoltenberg right?"},
		{"Gimpo-Haneda route-neun myeot nyeon dongan unhang an haesseo?", "how many years Kimpo Haneda route was not operated?"},
		{"Korea-neun Pukhan jeongchaek-eseo mwol deo jungsihae? Japan-irang dareuge", "what Korea North Korea policy more value? Japan differently"},
		// A verb with its past typed whole, particles typed apart.
		{"Ilbon gwa Hoju neun eotteon hyeopjeong eul maejeotsseoyo?", "which agreement Japan and Australia signed?"},
		// "hanmiil" read with the noun after it, "eotteon" before analysts some, spoken endings
		// read whole ("gan geoyeyo", "moyeotdeon ge", "deulgo wanni"), "-ji" after an asking word.
		{"hanguk-i NATO membeo-neun anijanayo, geureom mwo jagyeok-euro gan geoyeyo?", "South Korea NATO member not, in what capacity went?"},
		{"han mi il jeongsang-deuri Madrid jeon-e majimak-euro moyeotdeon ge eonje-ji?", "when South Korea, the US and Japan leaders Madrid before last met?"},
		{"Biden-i geu 3ja hoedam-eul mwo-rago bulleonnayo", "what Biden the trilateral meeting called"},
		{"ilbon-i bandoche sojae suchul gyuje eonje haeje haesseoyo?", "when Japan semiconductor materials export control lifted?"},
		{"jinbo jeongbu ttae hanguk eun hanmiil hyeomnyeok e eotteoke haesseo?", "how did handle progressive government during South Korea United States, Japan and South Korea cooperation?"},
		{"ilbon-eun jungguk-eul eotteon sik-euro gyeonje hago isseo?", "how Japan China is containing?"},
		// A Daegu student's typing: wanting to meet read whole, "kkaejigo nan dwie" (after it broke
		// down), "bbaego" (except), "-eman" cut, "yeokal" for "yeokhal", "3jagook" run on, "juje".
		{"yunsy-neun kishida-rang eonje mannago sipdago haesseo?", "when Yoon Kishida hoped to meet?"},
		{"jisomia kkaejigo nan dwie han il gukbang hyeomnyeok eotteoke dwaesseo?", "what happened GSOMIA after broke down defense cooperation?"},
		{"ilbon bbaego naemeoji se nara-neun wae jagi jiyeok-eman jipjunghae?", "why Japan except the other three countries its own regional focus?"},
		{"ilho hyeomnyeok-eun eoneu bunya-eseo irueojyeoyo?", "which fields Japan Australia cooperation take place?"},
		{"bunseokgadeul-eun migook-i wae nato-reul asia-ro kkeureodeurindago bwa?", "why analysts the United States nato asia think is drawing into?"},
		{"Hanguk-eun dangbun-gan oegyo yeoryang-eul eodi-e jipjung hal geot-euro bonayo?", "where South Korea for the time being diplomacy capacity focus expected?"},
		{"hoju-neun junggook-irang aeae kkeunheul su isseo?", "Australia China completely cut off can?"},
		{"han mi il 3jagook hoedam main juje-ga mwoyeosseo?", "what South Korea, the US and Japan three countries meeting main topic?"},
		{"4gaguk hoedam-eseo kishida yeokal-i mwoyeosseo?", "what four countries meeting Kishida role?"},
		{"hanguk-eun bukhan munje-eseo mwo-reul deo jungyohage saenggakae-yo?", "what South Korea North Korea issue more think important?"},
		{"Na-meoji se nara-neun ne nara hyeomnyeok-e daehaeseo eotteon ipjang-eul boyeonnayo?", "about which position the other three countries four countries cooperation showed?"},
		{"seoul jungang jibeop wianbu panggyeol-eun eonje nawasseo?", "when ruling was issued Seoul central district court comfort women?"},
		{"Eotteon bunseokga-deul-eun Miguk-i wae NATO-reul Asia-Pacific-euro kkeureodeurindago saenggakhaeyo?", "why some analysts the United States NATO Asia Pacific push think?"},
		{"nyujilraendeu chongri-neun Madrid gatda on daeum-e jungguk-e daehae mwora haesseo?", "about what said New Zealand prime minister Madrid after returning from China?"},
		{"geu ilbon oegyo jang-gwan-i chwiimsik-e mwo deulgo wanni?", "what the Japan foreign minister inauguration brought?"},
		// "ku" for "geu", counters typed apart, the copula's past after an asking word
		// ("eonje-yeotji", "eonje-nde") cut off and telling the language alone, "oemusang" (a
		// foreign minister), a country with "boda" after it, spoken endings read whole.
		{"ku summit myeot il dongan haesseo?", "how many days the summit did?"},
		{"ilbon-i hanguk-e suchul gyuje geon ge eonje-yeotji?", "when Japan South Korea export control?"},
		{"hanmiil 3-guk jeongsang-deul-i majimak-euro mannasseotdeon ge eonje-nde?", "when United States, Japan and South Korea leaders last met?"},
		{"hayashi oemusang-i yoon chwiimsik ttae mwo jeonhaejwosseo?", "what hayashi foreign minister yoon inauguration during delivered?"},
		{"miguk jeollyak-eseo hanguk-eun geunyang mwo-jeongdo wichi-rae? jom seounghande", "what the United States strategy South Korea just role?"},
		{"jungguk jeongchaek-eseo hanguk-i ilbon boda deol ganghan iyu-ga mwoya?", "what China policy South Korea than Japan softer reason?"},
		{"Yoon chwiimsik-e Ilbon daepyo-ro nuga wasseo?", "who Yoon inauguration Japan representing came?"},
		{"ilbon-ina hoju-neun jungguk-irang sai an joeun-de wae wanjeonhi kkeunneul sun eopseo?", "why Japan Australia China relations bad completely cannot cut off?"},
		{"4 gaeguk-i saeroun dongmaeng gateun geo mandeul ganeungseong-eun isseo?", "four countries new alliance like build possibility is?"},
		// A Seoul pupil's spelling: the hearsay past ("haetdae") telling the language alone,
		// "nosun" (route), the plural run on ("jeongsangdeul"), "choeu-seon" (top priority),
		// "daehae" ending a question as the verb, spoken endings read whole.
		{"geu summit myeot il dongan haetdae", "how many days the summit did"},
		{"gimpo-haneda nosun wae an danyeosseo? eolmana meomchwo isseosseo", "why Kimpo Haneda route an danyeosseo? how much was suspended"},
		{"4nara jeongsangdeul-i jungguk munje-neun eotteoke dariwosseo? yaegi haesseo?", "how four countries leaders China issue dealt with? talked about?"},
		{"ilbon-eun bukhan-e eotteon sik-euro daehae? gangyeong?", "how deal with Japan North Korea? tough?"},
		{"ilbon oegyo jeollyak-ui choeu-seon mokpyo-neun mwoya", "what Japan diplomatic strategy top priority goal"},
		{"ilbon hoju-ga jungguk-irang wanjeonhi kkeunheul su eomneun iyu-neun?", "Japan Australia China completely cannot cut off reason?"},
		{"hanguk-eun wae ilbon-boda jungguk-e deol ganghage naganeun geoya? iyu mwoya", "why South Korea Japan China softer? what reason"},
		{"gimpo haneda nosun jaegae hago ilju-il-e myeot pyeon danyeo?", "how many flights Kimpo haneda route resumed a week fly?"},
		{"ne nara ga 'jun dongmaeng' ina sae hyeomnyeok gigu reul mandeul gamang i isseoyo?", "four countries 'quasi-alliance' or new cooperation body build prospect this is?"},
		// A Daegu worker's polite and formal speech: "mwomnikka" and "geomnikka" ending a question,
		// the polite copula after a noun ("cheoeum-imnikka") and "myeonjeok" (area) telling the
		// language alone, "madeurideu" (Madrid), "je-il" (most) and "il-ho" (Japan and Australia)
		// typed with a hyphen, spoken endings read whole ("eotteon gayo", "dadyeo on hu-e").
		{"ilbon anbo jeollyak gibon teul-i mwomnikka? ilmi dongmaeng jungsim-iraneun mal-i itdeonde", "what Japan security strategy basic framework? US Japan alliance centered"},
		{"asia-taepyeongyang 4gaeguk jeongsang-deul-i nato jeongsanghoeui-e ganeun ge ibeon-i cheoeum-imnikka?", "Asia Pacific four countries leaders nato summit going to this time first time?"},
		{"dokdo myeonjeok?", "Dokdo area?"},
		{"madeurideu-eseo bonhoeui malgo ttaro jeongsang hoedam myeot gae isseosseoyo? nuga nuga mannasseoyo", "how many had Madrid summit itself besides separately summit? who who met"},
		{"bukhan munje-eseo ilbon-i je-il singyeong sseuneun ge mwomnikka?", "what North Korea issue Japan most concerned about?"},
		{"il-ho anbo hyeomnyeok-eun eotteon bunya-eseo hamnikka?", "which fields Japan Australia security cooperation does?"},
		{"miguk ipjang-eseo ilmi dongmaeng wisang-eun eotteon gayo?", "how from the United States standpoint US Japan alliance status?"},
		{"ardern chongni-neun madeurideu dadyeo on hu-e jungguk-e daehae mwo-ra haesseoyo?", "about what ardern prime minister Madrid after returning from China did?"},
		{"wianbu pihaeja-deul beobwon-e sosong geon ge myeot nyeon-buteo-yeosseoyo?", "what year comfort women victims court filed lawsuit?"},
		{"wianbu pangyeol nawatjanayo, ilbon-eun geugeo-e daehae mwo-rago banbak haesseoyo?", "about what comfort women ruling was issued, Japan that refuted?"},
		{"nyuseu bogo itneunde, han mi il gukbang jangkwan-deul-do mwo habui bwatdamyeonseoyo? mwo-e daehae habui han geomnikka?", "what news watching, South Korea, the US and Japan defense ministers reportedly agreed? what about agreed?"},
		// A Suwon student's plain speech: a copula run on ("cheoeumiya") telling the language,
		// "gishida" and "4gaguk", spoken phrases read whole ("deol gangkyeong", "geu hu",
		// "gajigo wasseo", "daja hyeomnyeok chegye"), spoken verbs ("ssosseo", "kkasseo").
		{"asia nara 4gae leader deul nato summit e chodae badeun ge cheoeumiya?", "asia countries four leaders nato summit invited first time?"},
		{"gishida-ga summit jeone 4gaguk e daehae mwo jujang haesseo?", "about what Kishida summit before four countries claim did?"},
		{"hanguk-eun jungguk e daehae wae ilbon boda deol gangkyeong hae?", "about why South Korea China than Japan softer?"},
		{"ilbon-irang hoju-ga gachi deureoga inneun daja hyeomnyeok chegye mwoya?", "what Japan Australia together joined multilateral cooperation mechanism?"},
		{"gsomia neun geu hu dasi jeongsanghwa dwaesseo? jigeum sangtae mwoya?", "what gsomia later again was normalized? now status?"},
		{"geu saram chwiimsik e ol ttae mwo gajigo wasseo? gishida-ga bonaen geo", "what the person inauguration during brought? Kishida sent"},
		{"yun daetongryeong madrid eseo jungguk kkasseo? ani-myeon gamanhi isseosseo?", "Yoon president madrid China criticized? or quietly had?"},
		// A Jeonju vendor's plain speech: the plain past asking in "-nna" after any verbal noun
		// ("yaksokhaenna", "piaenna"), the hearsay present ("jipjunghandae"), the copula asking in
		// "-inya" cut off and telling the language, "junggug" (China), the plural run on
		// ("dongmaengdeul"), "what… say" asked as "what said" so a name after it is its subject,
		// spoken phrases read whole ("sahoe bon", "an doeneun").
		{"baiden-i hanguk-hago ilbon-hante mwo yaksokhaenna", "what Biden South Korea Japan promised"},
		{"ne nara jeongsangdeul junggug munje-neun yaegi haenna ani-myeon piaenna", "four countries leaders China issue talk did or avoided"},
		{"asia jeongsangdeul-i nato hoeui-e ga-n ge ibeon-i cheoeum-inya", "asia leaders nato meeting ga-n this time first time"},
		{"hanguk-eun dangbungan oegyo-reul eodi-e jipjunghandae", "where South Korea for the time being diplomacy focus on"},
		{"ilbon-hago hoju-neun eotteon hyeopjeong-eul maejeonnya", "which agreement Japan Australia concluded"},
		{"puting-eun asia dongmaengdeul nato ganeun geo-e mwo-rago haenna", "what said Putin asia allies nato going to"},
		{"4nara hoedam eseo sahoe bon saram nuguyeyo?", "who four countries meeting moderated person?"},
		{"hanguk i mi-il jjogeuro wanjeonhi giulmyeon an doeneun iyu?", "South Korea US Japan toward completely lean must not reason?"},
		{"hanmiil jeongsang deul eun bukhan munje eotteoke daeeung hagetdago haesseoyo?", "how United States, Japan and South Korea leaders North Korea issue response said they would?"},
		// A Gwangju shopkeeper's spelling: names typed as heard ("ilbun", "hojoo", "junggook") as
		// markers, "mwo-inga" and "eotteongayo" asking and telling the language alone, the
		// passive and formal present after a hyphen ("jinhaeng-doeeosseoyo", "bandae-hamnikka"),
		// "mun jaein" read whole, "myeonjeok" with its particle telling it, "wichi" a role.
		{"dokdo ilbun ireum?", "Dokdo Japan name?"},
		{"migook-i asia dongmaeng-deul-ege baraneun ge mwo-inga?", "what the United States asia alliance expect?"},
		{"Geu NATO jeongsanghoeui-neun myeochil dongan jinhaeng-doeeosseoyo?", "how many days the NATO summit was held?"},
		{"Hanguk-eun ilbon-ui osemsu bangryu-reul wae geureoke bandae-hamnikka?", "why South Korea Japan waste water discharge so oppose?"},
		{"mun jaein jeongbu ttae-neun bukhan-hante eotteoke haesseo?", "how did handle Moon Jae-in government during North Korea?"},
		{"Gimpo haneda hanggongpyeon-i meomchwo itdeon gigan-eun daeryak eolma-na doenayo?", "how much Kimpo haneda flights stopped period roughly?"},
		{"hanguk-i ilbon suchul gyuje-e bandae-haeseo eodi-e jesoh haesseo?", "where South Korea Japan export control opposed filed a complaint?"},
		{"Dokdo myeonjeok-eun?", "Dokdo area?"},
		{"Miguk-ui asia jeollyak-eseo hanguk-ui wichi-neun eotteongayo?", "how the United States asia strategy South Korea role?"},
		{"ilbon-hago hojoo-neun junggook-e daehae eotteon taedo-ya?", "about which attitude Japan Australia China?"},
		// A Busan cabbie's spelling: "3gak", "deol", "ttakttak", "eotte", "ocheongsu" and "yunsy"
		// read, words with a hyphen of their own ("orae-dongan", "huku-shima", "kang-gyeong-pa",
		// "deureo-ga"), phrases read whole ("ttaro jeongsanghoedam", "pyeon-man deulmyeon").
		{"madrid-eseo summit malgo ttaro jeongsanghoedam myeot gae isseosseo?", "how many had madrid summit besides separately leaders meetings?"},
		{"baiden jeongbu-neun wae hanmiil 3gak hyeomnyeok-eul geureoke gangjo hae?", "why Biden government trilateral cooperation so stressed?"},
		{"gimpo haneda noseon wae geureoke orae-dongan makhyeosseo?", "why Kimpo haneda route so for a long time was blocked?"},
		{"ilbon huku-shima ocheongsu bada-e beorineun geo hanguk-eun wae bandae-hae?", "why Japan Fukushima contaminated water dumping into the sea South Korea oppose?"},
		{"hanguk-i junggook-e deol ttakttak-han iyu mwoya?", "what South Korea China softer reason?"},
		{"yunsy-neun madrid-eseo junggook-e daehae mwo-rago haesseo?", "about what said Yoon madrid China?"},
		{"ilbon-rang hoju-neun junggook-hante eotte? kang-gyeong-pa-ya?", "how Japan Australia China? hardline?"},
		{"ilbon hoju dul da deureo-ga inneun hyeomnyeok che mwoya?", "what Japan Australia both joined cooperation mechanism?"},
		{"miguk-i ilbon-irang hoju pyeon-man deulmyeon hanguk-irang nz-neun eotteoke dwae?", "what happens the United States Japan Australia only sides with South Korea nz?"},
		{"hayashi oemu-daesin-i chwiimsik ttae kishida-ui mwo jeondal haesseo?", "what hayashi foreign minister inauguration during Kishida delivered?"},
		// A Suwon nurse's spelling: the plain copula after a noun ("cheoeum-iya", "taedo-nya") and
		// "mwo-nya" telling it alone, "dadwosseoyo", "yaksokhan", "joketdae" after "haetdamyeon",
		// "puk-han", "uhojeogin", names typed as heard ("jelenseuki", "oseuteureillia"), and
		// phrases read whole ("sai joko", "deol jeokdaejeok", "eotteon bangsik-euro daeeunghae").
		{"asia jeongsang-deul-i nato hoeui-e cheodae badeun ge ibeon-i cheoeum-iya?", "asia leaders nato meeting invited this time first time?"},
		{"hanil-hago hoju ne nara hoedam-eseoneun museun juje dadwosseoyo?", "which topic South Korea Japan Australia four countries meeting discussed?"},
		{"baiden-i hanguk-irang ilbon-hante dasi yaksokhan ge mwo-ya", "what Biden South Korea Japan again promised"},
		{"ilbon-ui ju mokpyo du gaji-ga mwo-nya?", "what Japan main goal two?"},
		{"puk-han munje-eseo ilbon-i jeil geokjeong-haneun ge mwo-ya?", "what North Korea issue Japan most worried?"},
		{"hanguk-eun wae jungguk-hante deo uhojeogin taedo-nya?", "why South Korea China more friendly attitude?"},
		{"jelenseuki-do madrid hoeui-e wasseo?", "Zelensky madrid meeting came?"},
		{"ne nara jung-e jeil sai joko hyeomnyeok jal doeneun du nara-neun?", "four countries among most relations good cooperation working well two countries?"},
		{"ilbon-eun bukhan-hante eotteon bangsik-euro daeeunghae?", "what approach respond Japan North Korea?"},
		{"kishida-neun ne nara-ga nato hoeui-e eotteoke chamseok haetdamyeon joketdae?", "how Kishida four countries nato meeting attend hopes?"},
		{"oseuteureillia-neun oegyo eotteoke hae? jiyeok-jeok-euro", "how do Australia diplomacy? regionally"},
		{"hanguk-eun wae jungguk-e deol jeokdaejeok-iya?", "why South Korea China softer?"},
		{"wianbu sosong pangyeol-eun eonje nasseo?", "when ruling was issued comfort women lawsuit?"},
		// "matdaeeung" and "bobok" (hitting back) read as retaliating, "kkeureo-onda-neun" (that it
		// pulls in), "sseuja go" (urges using), and a government's "oegyo" its foreign policy.
		{"suchul gyuje danghago hanguk-eun eotteoke matdaeeung haenna?", "how export control after suffering South Korea retaliated?"},
		{"hanguk-eun ilbon-e eotteoke bobok haesseoyo?", "how South Korea Japan retaliated?"},
		{"wae miguk-i nato-reul asia-kkaji kkeureo-onda-neun yaegi-ga inna?", "why the United States nato asia drawing in talk is there?"},
		{"ilbon eun daebuk jeongchaek eseo eotteon sudan sseuja go haeyo?", "which means Japan North Korea policy urges using does?"},
		{"hanguk-eseo yun jeongbu oegyo-e daehae mwol geokjeong haneun geoya?", "about what South Korea Yoon government foreign policy worried?"},
		{"yoon jeongbu-ui oegyo-e daehae hanguk saram-deul-eun mwo geokjeong-hae?", "what yoon government foreign policy about South Korean people worry about?"},
		// A Busan restaurant owner's Gyeongsang speech: the past asked with "-nno" ("haenno",
		// "watno", "isseonno", "doenno"), the present with "hano", "kano" or "bureunno", the
		// copulas "-ino" and "-ina", and the spellings "ilbbon", "ilppon", "hankuk", "joongguk",
		// "dokto", "tokdo" and "hukushima".
		{"ilbbon-eun dokto-reul mwo-rago bureunno", "what do call Japan Dokdo"},
		{"ilppon-eun tokdo-reul mwora kano?", "what say Japan Dokdo?"},
		{"yun daetongnyeong chwiimsik-e ilbbon-eseo nuga watno", "who Yoon president inauguration Japan came"},
		{"gimpo haneda bihaenggi wae kkeunkyeo isseonno", "why Kimpo haneda airplane was suspended"},
		{"hankuk-eun wae joongguk-hante ilbon-boda deol ppeotppeot-hano", "why South Korea China Japan softer"},
		{"kishida-neun 4gaeguk hoedam-eseo mwo yeokhal haenno", "what Kishida four countries meeting role did"},
		{"asia 4gaeguk jeongsang-i nato hoeui-e ollaon ge ibeon-i cheoeum-ina?", "asia four countries leaders nato meeting came this time first time?"},
		{"gangje jingyong baesang, ilbon-eun hanguk beobwon pangyeol-e eotteon ipjang-ino", "which position forced labor compensation, Japan South Korea court ruling"},
		{"hankook-eun hukushima oyeomsu-e daehae mwo-rago hanno?", "about what say South Korea Fukushima waste water?"},
		{"jisomia pagi doego nani hanil gunsa hyeomnyeok eotteoke doenno", "what happened GSOMIA scrapping after South Korea Japan military cooperation"},
		// Careful polite speech: a verbal noun with "ha-" in any polite ending ("saenggakhanayo",
		// "balpyohaenna-yo", "hyeomnyeokhago innayo"), an adjective in "-jeok" with the copula
		// asked ("siljiljeogieonnayo", "hyeongsik-jeogieonnayo"), the polite "-yo" typed apart
		// ("bureuneunga-yo"), particles joined with hyphens ("Beijing-hante-neun",
		// "Madrid-eseo-neun"), the intelligence pact named in full.
		{"Hanguk-eun bukhan munje-e daehae mwol deo saenggakhanayo?", "about what South Korea North Korea issue more think?"},
		{"4gaguk hoedam-eun siljiljeogieonnayo, anim hyeongsik-jeogieonnayo?", "four countries meeting substantive, or formal?"},
		{"Ilbon-eun Dokdo-reul mworago bureuneunga-yo?", "what Japan Dokdo call?"},
		{"Hanguk-eun Beijing-hante-neun eotteon taedo-reul boineunga-yo?", "which attitude South Korea Beijing show?"},
		{"Ilbon-i hanguk-e gun jeongbo bohohyeopjeong pagi-reul eonje balpyohaenna-yo?", "when Japan South Korea GSOMIA scrapping announced?"},
		{"Ilbon-hoju-neun eotteon bunya-eseo gin-mil-hi hyeomnyeokhago innayo?", "which fields Japan Australia closely cooperate?"},
		{"Madrid-eseo-neun nuga chodaebadasseoyo?", "who Madrid was invited?"},
		{"Seoul-eun Tokyo-ui oyeomsu bangryu-reul wae munjera-go bonayo?", "why Seoul Tokyo waste water discharge issue think?"},
		// An asking word with the copula run on ("mwojyo", "eonjeyeonnayo") tells the language
		// alone; "ilbbon" is a marker; countries joined with hyphens take a particle after them.
		{"ilbbon-i dokdo-ga jagi ttang-irago jujanghan munseo-ga mwoyeyo?", "what Japan Dokdo its own territory claimed document?"},
		{"hanguk-i GSOMIA pagi balpyohan ge eonjeyeonnayo?", "when South Korea GSOMIA scrapping announced?"},
		{"miguk-ilbon-i Madrid-eseo mwo-rago haesseoyo?", "what said US Japan Madrid?"},
		// The banmal chat: "-jeog" before a particle, the laugh "kkk" left out.
		{"danggijeog-euro hanguk oegyo-neun eodie jipjunghal geollago bwayo?", "where short-term South Korea diplomacy focus on expected?"},
		{"gisa-e naon nyujillaendeu chongri ireum mwoya? kkk", "what article came out New Zealand prime minister name?"},
		{"nyu-jillaendeu chongni-neun summit kkeutnago jungguk-e daehae mwora haesseoyo?", "about what said New Zealand prime minister summit after China?"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Dokdo-ui myeonjeok-eun eolmana doeyo?", "dokdo-both-claim-island"},
	})
}

// A verb or adjective form spelled out by withPoliteForms or withJeokForms takes no copula, so
// none is a teller with one after it; a noun with the copula still is.
func TestRomanKoreanTellersCopulaAfterNounsOnly(t *testing.T) {
	for w, want := range map[string]bool{
		"munje-yeyo":             true,
		"saenggakhanayo-ya":      false,
		"siljiljeogin-imnikka":   false,
		"saenggakhaesseoyo-inya": false,
	} {
		if got := romanKoreanTellers[w] || isRomanKoreanNounWithCopula(w); got != want {
			t.Errorf("%q tells romanised Korean: %v, want %v", w, got, want)
		}
	}
}

// The romanised Korean table is built at start-up; a word put where every particle is added
// to it makes some 326 entries, and a few dozen such words cost megabytes. A plain word's
// particle is cut when a question is read ("kadeon-eun" reads as "kadeon"), so it stays a
// word, and the table stays near its size.
func TestRomanKoreanTableStaysSmall(t *testing.T) {
	if n := len(romanKorean); n > 95000 {
		t.Errorf("romanKorean has %d entries; want at most 95000: words without a hyphen belong in the main table", n)
	}
	for _, w := range []string{"kadeon-eun", "bomyeon-do", "malhaenna-yo"} {
		if _, ok := romanKorean[w]; ok {
			t.Errorf("romanKorean holds %q: a plain word's particle is cut when read, not listed", w)
		}
	}
}

// A word typed in full with a particle keeps its own English, not a shorter word's with a
// particle that joins two, and the Busan asked forms are made from every word however the
// map ranges.
func TestRomanKoreanFormsFromTheLongestWord(t *testing.T) {
	for w, want := range map[string]string{
		"danggi-jeok-euro-do":  "in the short term",
		"danggi-jeok-euro-man": "in the short term",
		"danggi-jeok-do":       "short-term",
		"bandaehano":           "oppose",
		"bandaehannoh":         "oppose",
	} {
		if got, ok := romanKorean[w]; !ok || got != want {
			t.Errorf("romanKorean[%q] = %q, %v; want %q", w, got, ok, want)
		}
	}
}

// Casual chat with a syllable typed apart by a hyphen ("cho-daebadeun", "manna-sseotdeon"),
// how often, how deep and what blocks, while being tough, what was signed and scrapped, and
// a meeting's effect.
func TestRomanisedKoreanCasualHyphens(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"asia-taepyeongyang-eseo cho-daebadeun nara-deul nugu-ya?", "who Asia Pacific invited countries?"},
		{"han-mi-il jeongsang-deul majimak-euro manna-sseotdeon ge eonjeya?", "when United States, Japan and South Korea leaders last met?"},
		{"bunseokga-deul-eun miguk-i wae nato-reul asia-ro kkeuro-ondago bwa?", "why analysts the United States nato asia is drawing?"},
		{"miguk-i nato-reul asia-ro kkeulgo oneun iyuga mworago bonayo?", "what the United States nato asia drawing oneun reason think?"},
		{"ilbon-hoju jeongsang-deul eolmana jaju mannasseo?", "how often Japan Australia leaders met?"},
		{"samja hyeomnyeok wae gipge mot ga? mwoga makgo isseo?", "why trilateral cooperation deeply cannot? what blocking is?"},
		{"hoju-neun jungguk-e ganggyeong-hadamyeonseo wae hyeomnyeok-eul mot beoryeo?", "why Australia China tough while cooperation cannot abandon?"},
		{"hoju-neun jungguk-e ganggyeonghadamyeonseo wae hyeomnyeok-eul mot beoryeo?", "why Australia China tough while cooperation cannot abandon?"},
		{"hanguk-i ilbon-irang maeeun mwo hyeopjeong pagi-handa-go haesseo?", "what South Korea Japan signed agreement would scrap did?"},
		{"hanguk-i mwo hyeopjeong pagihandago haesseo?", "what South Korea agreement would scrap did?"},
		{"geu ne nara moim silsil jeogeuro hyogwa isseosseo?", "the four countries meeting substantively effect had?"},
		{"geu moim silsiljeogin hyogwa isseosseo?", "the meeting substantive effect had?"},
		{"hanguk eun wae miguk jeollyak e ttaragago mangseoryeo?", "why South Korea the United States strategy follow hesitate?"},
		{"miguk-i mul mot matchumyeon hanguk-eun eotteoke dwae?", "what happens the United States if fails to balance South Korea?"},
	})
}

// Keeping the water level and leaning hard one way, "eotteon" as "some" before analysts with
// "-eun", how one treats another, the leaders' meetings held apart, "not" and "such" typed
// apart, what was given care, a term in quotes with a particle, and "singgapureu".
func TestRomanisedKoreanBalanceAndLeaning(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"miguk-i 'mul ppyeongpyeonghage' mot hamyeon hanguk-hago nyujillaendeu-neun eotteoke doeno", "what happens the United States 'water evenly' cannot South Korea New Zealand"},
		{"miguk-i mul ppyeongpyeonghage mot hamyeon hanguk-eun eotteoke dwae?", "what happens the United States water evenly cannot South Korea?"},
		{"miguk-i 'mul-eul mot matchumyeon' hanguk-irang nyujillaendeu-neun eotteoke dwae?", "what happens the United States 'water cannot if balances' South Korea New Zealand?"},
		{"yun jeongbu-ga miguk ilbon jjok-euro hwak ssollimyeon hanguk-hante joheun geonka?", "Yoon government the United States Japan sharply if leans South Korea good?"},
		{"hanguk-i 'junggyeonguk oegyo'-reul tonghae eodeuryeoneun ge mwonga-yo?", "what South Korea 'medium power diplomacy' through seeks?"},
		{"eotteon bunseokgadeul-eun miguk-i nato-reul asia-ro kkeulgo oneun iyuga mworago bonayo?", "what some analysts the United States nato asia drawing oneun reason think?"},
		{"ilbon eun bukhan eul eotteoke daehae? gangyeong ha-ji?", "how deal with Japan North Korea? tough ha?"},
		{"summit ttae ttaro yeollin jeongsang hoedam-eun myeot gae-yeonnayo?", "how many summit during separately held leaders meetings?"},
		{"hanguk-hago hoju-neun NATO membeo anin de wae wasseo?", "why South Korea Australia NATO member not came?"},
		{"ilbon hanguk ireon nara deul nato membeo do anin de museun jagyeok euro gan geoya?", "which capacity Japan South Korea such countries nato member do not went?"},
		{"ilbon i summit eseo hanguk sinkyeong sseo jun bubun isseosseo? bukhan gwanryeon", "Japan summit South Korea paid attention to part had? North Korea related"},
		{"ilbon-eun summit-eseo hanguk sinkyeong sseo jun ge isseosseo?", "Japan summit South Korea paid attention to had?"},
		{"singgapureu-neun 4guk hoedam-eseo jungguk-e daehae eotteon ipjang-iyeosseo?", "about which position Singapore four countries meeting China?"},
	})
}

// Names as Korean spells them ("adeon", "dakeshima"), a people ("ilbonin"), the South Pacific,
// the nouns of the article's subjects ("jayulseong", "paegwon", "bulhwa", "jeonjingiji",
// "choseok", "gukjebeop"), verbal nouns made verbs with "ha-" ("chamyeohaeyo", "jewoehaesseoyo",
// "judohaeyo"), the passive past asked ("jungdandoeeonnayo"), "-hal su" (can), and phrases
// ("yuwol mal", "jeonhu cheje", "jeongsang gukga").
func TestRomanisedKoreanArticleSubjects(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Adeon chongni-neun jungguk-e daehae mwo-rago haesseoyo?", "about what said Ardern prime minister China?"},
		{"Jasinda Adeun-eun mwo-rago malhaesseo?", "what said Jacinda Ardern?"},
		{"Ilbon-eun Dokdo-reul Dakesima-rago bulleoyo?", "Japan Dokdo Takeshima call?"},
		{"Ilbon-eun Dokdo-reul dakeshima-rago bulleoyo?", "Japan Dokdo Takeshima call?"},
		{"Ilbon-eun Dokdo-reul takeshima-rago bulleoyo?", "Japan Dokdo Takeshima call?"},
		{"Ilbonin napchi munje-neun eotteoke doeeosseoyo?", "how Japanese kidnapping issue was?"},
		{"Hangugin nodongja baesang munje-neun mwoyeyo?", "what South Korean workers compensation issue?"},
		{"Hanguk-eun jeollyakjeok jayulseong-eul wonhaeyo?", "South Korea strategic autonomy wants?"},
		{"Hoju-neun namtaepyeongyang-e jipjunghaeyo?", "Australia South Pacific focuses?"},
		{"Hoju-neun nam taepyeongyang jiyeok-e jipjunghaeyo?", "Australia South Pacific regional focuses?"},
		{"NATO-ga chodaehan pateuneo-neun nuguyeyo?", "who NATO invited partner?"},
		{"Pateuneoguk-eun eodi-eodiya?", "which partner country?"},
		{"Biden-eun 3jahoedam-eul mwo-rago bulleosseoyo?", "what did call Biden trilateral meeting?"},
		{"Samjahoedam-eun eodiseo yeollyeosseoyo?", "where was held trilateral meeting?"},
		{"Hanguk-eun hanbando pyeonghwa-wa anjeong-eul wonhaeyo?", "South Korea Korean Peninsula peace stability wants?"},
		{"Mun Jae-in jeongbu-neun bukhan-gwa daehwa-reul wonhaesseoyo?", "Mun Jae-in government North Korea dialogue wanted?"},
		{"Hanil bulhwa-neun wae saenggyeosseoyo?", "why South Korea Japan discord arose?"},
		{"Miguk-ui paegwon yuji-ga mokjeogiyeyo?", "the United States hegemony maintain purpose?"},
		{"Hanguk-eun jisomia jongnyo-reul eonje balpyohaesseoyo?", "when South Korea GSOMIA termination announced?"},
		{"Ilbon gieop jasan hyeongeumhwa-e bandaehaeyo?", "Japan companies assets liquidation oppose?"},
		{"Ilbon gieop jasan hyeonkeumhwa-neun mwoyeyo?", "what Japan companies assets liquidation?"},
		{"Ilbon-eun hanguk-eul hwaiteuriseuteu-eseo ppaesseoyo?", "Japan South Korea white list removed?"},
		{"Kishida-neun wae madeurideu-e gannayo?", "why Kishida Madrid went?"},
		{"Yun daetongnyeong-do Madrid-e gatnayo?", "Yoon president Madrid went?"},
		{"Miguk-eun ne nara hyeomnyeok-e daehae ipjang-eul balkyeonnayo?", "the United States four countries cooperation about position expressed?"},
		{"Ilbon-gwa hoju-neun jungguk-e danhohan taedo-reul gajigo isseoyo?", "Japan Australia China firm attitude over is?"},
		{"Hoju-neun wae jungguk-e danhohage daehae?", "why Australia China firmly about?"},
		{"Hanguk-eun wae manheun munje-ga isseoyo?", "why South Korea many issue is?"},
		{"Ilbon-gwa hanguk-eun wae maneun chai-ga isseoyo?", "why Japan South Korea many difference is?"},
		{"Hanguk-eun dongbuga-e oegyo-reul jipjunghaeyo?", "South Korea Northeast Asia diplomacy focuses?"},
		{"Hanguk-eun miguk-ui jeonjingiji-ingayo?", "South Korea the United States outpost?"},
		{"Hanguk-eun miguk-ui jeonjin giji-yeyo?", "South Korea the United States outpost?"},
		{"Miguk-ilbon dongmaeng-eun choseok-iyeyo?", "US Japan alliance cornerstone?"},
		{"Ilbon-eun haekgunchuk-e daehae mwo-rago haesseoyo?", "about what said Japan nuclear disarmament?"},
		{"Ilbon-eun hanguk-ui panggyeol-i gukjebeop wiban-irago haesseoyo?", "Japan South Korea ruling international law violation did?"},
		{"Ilbon-eun wianbu habui-reul wibanhaetdago haesseoyo?", "Japan comfort women agreement violated did?"},
		{"Madeurideu hoeui-neun yuwol mal-e yeollyeosseoyo?", "Madrid meeting end of June was held?"},
		{"NATO jeongsanghoeui-neun 6wol mal-e yeollyeonnayo?", "NATO summit end of June was held?"},
		{"Cheori-su bangryu-e daehae hanguk-eun mwo-rago haesseoyo?", "what said treated water discharge about South Korea?"},
		{"Ilbon-eun wae ne nara hyeomnyeok-eul ganghwahago sipeohaeyo?", "why Japan four countries cooperation strengthen wants to?"},
		{"Jeonggi-jeogeuro NATO jeongsanghoeui-e chamyeohaeya handago haesseoyo?", "regularly NATO summit should participate did?"},
		{"Kwodeu-e hoju-do chamyeohaeyo?", "Quad Australia participate?"},
		{"Ilbon-eun wae hanguk-eul hwaiteu riseuteu-eseo jewoehaesseoyo?", "why Japan South Korea white list excluded?"},
		{"Hanguk-eun WTO-e jesohaesseoyo?", "South Korea WTO filed a complaint?"},
		{"Indo-taepyeongyang jeollyak-eun nuga judohaeyo?", "who Indo Pacific strategy lead?"},
		{"Ilbon-eun eotteon sudan-euro bukhan-eul apbakhaeyo?", "which means Japan North Korea pressure?"},
		{"Hoju-neun nam taepyeongyang anjeong-eul yujihamyeonseo mwol haeyo?", "what Australia South Pacific stability maintain does?"},
		{"Ilbon-eun jeongsang gukga-reul chuguhaeyo?", "Japan normal country pursue?"},
		{"Hanguk-eun jungguk-ui yeokhal-eul gidaehaeyo?", "South Korea China role expect?"},
		{"Gimpo Haneda nosun-eun wae unhaeng jungdandoeeonnayo?", "why Kimpo Haneda route operation was halted?"},
		{"Gimpo Haneda nosun-eun eonje jaegaedwaennayo?", "when Kimpo Haneda route was resumed?"},
		{"Nyujillaendeu-neun jungguk-gwa hyeomnyeokhal su isseoyo?", "New Zealand China cooperate can?"},
		{"Ilbon-eun jeonhu cheje-eseo mwol wonhaeyo?", "what Japan post-war system wants?"},
		{"Hangukin nodongja-deul-eun mwo-rago haesseoyo?", "what said South Korean workers?"},
		{"Jeonggijeogin hoedam-i isseonnayo?", "regular meeting was?"},
	})
}

// Names as Korean spells them ("hayasi", "aelbeoniji", "kaenbera", "dokyo", "bukgyeong",
// "Yoon Seok Yeol" typed apart), the nouns of the article's subjects ("wihyeop", a threat;
// "yeongyugwon", sovereignty; "hangno", a route; "jihyeong josa", a topographic survey),
// "nuguui" (whose) and such nouns telling the language with one more marker, the past not
// done ("eongeuphaji anasseo"), a day typed with its counter ("29il"), and "-iran" (what is
// called).
func TestRomanisedKoreanNamesAndSubjectNouns(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Hayasi Yosimasa oegyo jangwan-eun Yun chwiimsik-e wasseoyo?", "Hayashi Yoshimasa foreign minister Yoon inauguration came?"},
		{"Aelbeoniji-wa Jeosinda Adeon-eun mwo-rago haesseoyo?", "what said Albanese Jacinda Ardern?"},
		{"Albeoniji chongni-do Madrid-e gasseoyo?", "Albanese prime minister Madrid went?"},
		{"Yunseogyeol daetongnyeong-eun nugu-yeyo?", "who Yoon Suk-yeol president?"},
		{"Yoon Seok Yeol daetongnyeong-eun Madrid-e wae gasseoyo?", "why Yoon Suk-yeol president Madrid went?"},
		{"Yun Suk Yeol-eun Kishida-reul mannasseoyo?", "Yoon Suk-yeol Kishida met?"},
		{"Yun Seogyeol-eun mwo-rago haesseoyo?", "what said Yoon Suk-yeol?"},
		{"Kaenbera-wa Wellingteon-eun mwo-rago haesseoyo?", "what said Canberra Wellington?"},
		{"Kaenbeora-wa Welringteon-eun eotteon ipjang-iyeyo?", "which position Canberra Wellington?"},
		{"Dokyo-wa Bukgyeong-ui gwangye-neun eottaeyo?", "how Tokyo Beijing relations?"},
		{"Singgapol-do 4guk hoedam-e wasseoyo?", "Singapore four countries meeting came?"},
		{"Fukusima oyeomsu bangryu-e daehae Hanguk-eun mwo-rago haesseoyo?", "what said Fukushima waste water discharge about South Korea?"},
		{"Ilbon-eun bukhan-ui haekmisail-eul wihyeop-euro bwayo?", "Japan North Korea nuclear missile threat view?"},
		{"Dokdo yeongyugwon bunjaeng-eun mwoyeyo?", "what Dokdo sovereignty dispute?"},
		{"Gimpo Haneda hangno-neun eonje jaegaedwaesseoyo?", "when Kimpo Haneda route was resumed?"},
		{"Gangjedongwon pihaeja baesang munje-neun mwoyeyo?", "what forced labor victims compensation issue?"},
		{"Reosia-ui Ukeuraina chimgong-e daehae mwo-rago haesseoyo?", "about what said Russia Ukraine invasion?"},
		{"Hanguk-eun wae haeyang hwangyeong oyeom-eul geokjeonghaeyo?", "why South Korea ocean environment pollution worried?"},
		{"Dokdo jihyeong josa-e Ilbon-eun hangui haesseoyo?", "Dokdo topography survey Japan protested?"},
		{"Hoju-wa Nyujillaendeu-neun seobang jinyeong-gwa Oseaenia-e sokhaeyo?", "Australia New Zealand Western camp Oceania sokhaeyo?"},
		{"Jungguk-gwa daerip-hamyeon gyeongje seongjang-eun eotteoke dwaeyo?", "what happens China confrontation economy growth?"},
		{"Miguk-eun dongmaengguk-i budam-eul nanuge hago sipeohaeyo?", "the United States allies burden share wants to?"},
		{"Hanguk-eun daeguk-ui jeyak-eseo talpi-hago sipeohaeyo?", "South Korea major power jeyak get rid of wants to?"},
		{"Hanguk-eun Yun jeongbu-ui ilbyeondo oegyo-reul geokjeonghaeyo?", "South Korea Yoon government one-sided diplomacy worried?"},
		{"Hanguk-eun hanmi dongmaeng-euro bukhan-eul eokjehaeyo?", "South Korea US ROK alliance North Korea deter?"},
		{"Bukhan-e daehan eokjeryeok-eun mwoyeyo?", "what North Korea about deterrence?"},
		{"Gak nara-ui geokjeonggeori-neun mwoyeyo?", "what each countries concerns?"},
		{"Ilbon-ui geokjeong-geori-neun mwoyeyo?", "what Japan concerns?"},
		{"Biden-eun wae ipjang-eul balkiji anasseoyo?", "why Biden position balkiji not?"},
		{"Biden-eun sagaeguk hyeomnyeok-e daehae eongeuphaji aneusseoyo?", "Biden four countries cooperation about mention not?"},
		{"Hanguk-eun Jungguk-eul eongeuphaji anasseo?", "South Korea China mention not?"},
		{"Hanguk-eun Jungguk-eul eongeuphaji aneusseo?", "South Korea China mention not?"},
		{"Dok-do-neun eodi-e isseoyo?", "where Dokdo is?"},
		{"Asia-taepyeongyang-pan NATO-ga mwoyeyo?", "what Asia Pacific version NATO?"},
		{"NATO-ga chodaehan nara-neun nugu-nugu-yeyo?", "who NATO invited countries?"},
		{"NATO-e chodae-badeun nara-neun eodi-eodi-yeyo?", "which NATO invited countries?"},
		{"2cha segye daejeon ttae Hanguk nodongja-deul-eun?", "World War II during South Korea workers?"},
		{"Je2cha segye daejeon ttae Hanguk nodongja-neun mwo haesseoyo?", "what World War II during South Korea workers did?"},
		{"Segye daejeon ttae mwo-ga isseosseoyo?", "what world war during had?"},
		{"Hanguk-eun gukga anbo-reul jungsihaeyo?", "South Korea national security value?"},
		{"Ilbon-eun dacheungjeogin anbo cheje-reul mandeulgo isseoyo?", "Japan multi-layered security system mandeulgo is?"},
		{"Hanguk-eun bukhan munje-reul pyeonghwajeogeuro haegyeolhago sipeohaeyo?", "South Korea North Korea issue peaceful resolve wants to?"},
		{"Nyujillaendeu-neun wae jungnipjeogiyeyo?", "why New Zealand neutral?"},
		{"4guk hoedam-eseo mwoga nonuidwaesseoyo?", "what four countries meeting was discussed?"},
		{"6wol 29il-e Madrid-eseo mwo-ga yeollyeosseoyo?", "what June 29 Madrid was held?"},
		{"Jun-dongmaeng-iran mwoyeyo?", "what quasi-alliance?"},
		{"Jisomia-ran mwoyeyo?", "what GSOMIA?"},
		// One noun of the article's subjects beside another marker tells the language.
		{"Takesima-neun nuguui ttang-iyeyo?", "whose territory Takeshima?"},
		{"Bukhan-ui wihyeop-eun?", "North Korea threat?"},
		{"Hanguk-ui yeongyugwon-eun?", "South Korea sovereignty?"},
		{"Ilbon hangno-neun?", "Japan route?"},
		{"Bukhan haekmisail-eun?", "North Korea nuclear missile?"},
		{"Hanguk-ui gangjedongwon baesang-eun?", "South Korea forced labor compensation?"},
		{"Hanguk-ui eokjeryeok-eun?", "South Korea deterrence?"},
		{"Hanguk-ui geokjeonggeori-neun?", "South Korea concerns?"},
		// "uri nara" typed apart is South Korea; "cheoldae" for "chodae" before its verb; what
		// one usually does ("haneun pyeon-ieyo").
		{"bukhan gwanryeon haeseo uri nara neun mwol deo jungyo hage bwa?", "what North Korea related South Korea more important?"},
		{"hoju-neun nato membeo-do aninde wae cheoldae badasseoyo?", "why Australia nato member not were invited?"},
		{"hoju neun oegyo reul eotteoke haneun pyeon ieyo?", "how Australia diplomacy usually does?"},
		{"hoju-neun oegyo-reul eotteoke haneun pyeon-ieyo?", "how Australia diplomacy usually does?"},
		// The subject particle typed apart after a country or a name is not "this".
		{"ilbon i han mi il hyeomnyeok eseo eodeuryeo haneun ge mwoya?", "what Japan South Korea, the US and Japan cooperation gain?"},
		{"bukhan i mwo haesseo?", "what North Korea did?"},
		{"hanguk i jungguk i eotteoke bwa?", "how does view South Korea China?"},
		{"miguk i eonje wasseo?", "when the United States came?"},
		{"ilbon suchul gyuje 3 pummok ireum i jeonghwakhi mwoyeyo?", "what Japan export control 3 items name exactly?"},
	})
}

// The spellings askers type for the article's subjects: a partner with a long a, priorities
// and a purpose run on, differing views, hostages, a white-list country, a ballistic missile,
// containment, war, a voice, the largest, expansion, which places, NATO's own name, effective
// control, not trusting and after how many years.
func TestRomanisedKoreanSubjectSpellings(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"nato-ga chodaehan paateuneo gukga-neun eodi-eodiyeyo?", "which nato invited partner country?"},
		{"NATO-e chodae-badeun nara-neun eodieodiyeyo?", "which NATO invited countries?"},
		{"NATO-e chodae-badeun nara-neun eodieodi-ya?", "which NATO invited countries?"},
		{"hanguk-ui oegyo usunsunwi-neun mwoya?", "what South Korea diplomacy priority?"},
		{"ilbon-i NATO-e ganeun mokjeogi mwoya?", "what Japan NATO going to purpose?"},
		{"hanguk-gwa ilbon-ui igyeon-eun mwoyeyo?", "what South Korea Japan differences?"},
		{"ilbon-in ingjil munje", "Japan–in hostages issue"},
		{"baeksaekgukga munje", "white list issue"},
		{"ilbon-eun wae hanguk-eul baeksaek gukga-eseo jeoehaesseoyo?", "why Japan South Korea white list excluded?"},
		{"hanguk-eun eonje hwaiteuriseuteu-eseo jeoedwaesseoyo?", "when South Korea white list was excluded?"},
		{"hanguk-i hwaiteuriseuteu-eseo ppajyeosseoyo?", "South Korea white list was removed?"},
		{"hanguk-i hwaiteuriseuteu-eseo eonje ppajyeosseo?", "when South Korea white list was removed?"},
		{"bukhan tandomisail munje-e ilbon-eun eotteon ipjang?", "which position North Korea ballistic missile issue Japan?"},
		{"bukhan tando misail munje-neun mwoyeyo?", "what North Korea ballistic missile issue?"},
		{"ilbon-eun jungguk bongswae-reul wonhaeyo?", "Japan China containment wants?"},
		{"ukeuraina jeonjaeng-e daehae nonuihaesseoyo?", "Ukraine war about discussed?"},
		{"ilbon-eun wae deo keun bareongwon-eul wonhae?", "why Japan more great voice want?"},
		{"ilbon-eun wae gukjejeok baleongwon-eul wonhae?", "why Japan international voice want?"},
		{"jungguk-i hanguk-ui choedae muyeok sangdaeguk-iya?", "China South Korea largest trade sangdaeguk?"},
		{"miguk-eun nato-ui asia hwakjang-eul wonhaeyo?", "the United States nato asia expansion wants?"},
		{"natoui asia-taepyeongyang hwakjang-e daehae eotteoke bwayo?", "about how NATO Asia Pacific expansion view?"},
		{"bukdaeseoyang joyak gigu jeongsanghoeui-neun eodiseo yeollyeosseoyo?", "where was held NATO summit?"},
		{"bukdaeseoyang dongmaeng-eun mwoyeyo?", "what North Atlantic alliance?"},
		{"ilbon-ui daebuk ipjang-eun hanguk-gwa eotteoke dareunga?", "how Japan North Korea position South Korea differ?"},
		{"hanguk-eun wae jeollyak chamyeo-reul jujeohaeyo?", "why South Korea strategy participation hesitate?"},
		{"hanil gwangye-ga wae akhwahaesseoyo?", "why South Korea Japan relations worsened?"},
		{"hanil gwangye-ga wae akhwadwaesseoyo?", "why South Korea Japan relations worsened?"},
		{"Dokdo-neun nuga jibae haeyo?", "who Dokdo control does?"},
		{"Dokdo-reul nuga jibaehago isseoyo?", "who Dokdo control is?"},
		{"Dokdo-neun nuga silhyo jibae haeyo?", "who Dokdo effective control does?"},
		{"hanguk gyeongchal cheongjang-i dokdo-e gan ge eonjeya?", "when South Korea police commissioner Dokdo went?"},
		{"hanguk-i wae ilbon-eul mitji anayo?", "why South Korea Japan do not trust?"},
		{"hanguk-eun wae ilbon-eul mitji ana?", "why South Korea Japan do not trust?"},
		{"hanmiil jeongsang hoedam-eun myeot nyeon manieyo?", "United States, Japan and South Korea leaders meeting after how many years?"},
		{"hanmiil jeongsang-deuri myeot nyeon mani mannasseoyo?", "United States, Japan and South Korea leaders after how many years met?"},
		{"yasukuni sinsa chambae munje", "Yasukuni Shrine visit issue"},
	})
}

// Busan's speech as typed: the closing "-no" spelled "-noh" or "-noe" ("kaetnoh", said;
// "bureunoe", call), "-no" after a noun ("nugunoe", who is it) and "-go" after an asking
// word ("eodigo"), "uttoke" for how, and nouns spelled as written ("hyeopryeok").
func TestRomanisedKoreanBusanSpellings(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Ilbon-eun Dokdo-reul mwora kaetnoh?", "what Japan Dokdo said?"},
		{"Japan-eun Dokdo-reul mwora bureunoe?", "what Japan Dokdo call?"},
		{"Kishida-neun mwora kanoe?", "what say Kishida?"},
		{"editor-neun nuguno?", "who editor?"},
		{"editor-neun nugunoh?", "who editor?"},
		{"Korea-neun eotteoke doenoh?", "how Korea become?"},
		{"Korea-neun uttoke doendanoe?", "how Korea become?"},
		{"Japan-eun China-hago wae kkeuneul su eomnoh?", "why Japan China cut off not?"},
		{"Japan Australia yanggak hyeopryeok eodigo?", "where Japan Australia bilateral cooperation?"},
		{"4-guk hyeopnyeok-eseo jeil yakhan gori eodiraneunde", "where four countries cooperation weakest link"},
		{"Leaders-neun eotteon gukjemunje iyagi haetnoh", "which international issues Leaders talked about"},
		{"Korea-neun museun jagyeoguro chodae badanneunde", "which capacity Korea invitation received"},
		{"hanguk-eun NATO membo anijanayo?", "South Korea NATO member not?"},
		{"Korea-neun wae Japan boda junggung hante ppatppat hanoh", "why Korea Japan boda China stiff"},
		{"Japan-eun Korea-reul list-eseo ppaeboritda kaetnoe", "Japan Korea list removed said"},
		{"wianbu halmaedeul sosong eonje sijak haetnoh", "when comfort women lawsuit started"},
		{"Japan-ui jin-jja mokjeok-eun mwogo", "what Japan purpose"},
		{"Madrid gatda on dui junggung e daehae mwora kaetnoh", "about what Madrid after returning from after China said"},
		{"Madrid seo mwo isseonnoh?", "what Madrid had?"},
		{"junggung oemubu-neun mwora kanoh", "what say junggung foreign ministry"},
		{"Japan Australia yanggak hyeopryeok-eun hanmiil hyeopryeok-irang uttokke dareunde", "how Japan Australia bilateral cooperation United States, Japan and South Korea cooperation differ"},
		{"hanmiil bukhaek munje eotteoke haetnoh", "how did handle United States, Japan and South Korea North Korean nuclear issue"},
		{"Korea-neun junggung hago eotteoke haennoh", "how did handle Korea China"},
		{"junggung iyagi haetnoh", "China talk did"},
		{"Japan-eun Korea-hante wanjeoni kkeuneul su eomnoe", "Japan Korea completely cut off not"},
		{"editor-neun nugunoe?", "who editor?"},
		{"Korea-neun eotteoke doenoe?", "how Korea become?"},
		{"Korea-neun uttoke doendano?", "how Korea become?"},
		{"Japan-eun Dokdo-reul mwora kaenno?", "what Japan Dokdo said?"},
		{"Japan-eun Dokdo-reul mwora bureunoh?", "what Japan Dokdo call?"},
		{"Japan-eun China-hago kkeuneul su eomno?", "Japan China cut off not?"},
		{"Japan-eun mwo hanoe?", "what Japan?"},
		// Busan's "-no" typed "-nona" too, about when ("eonjejjeum"), for how many days, said or
		// not asked plainly, until now and substance as markers, some analysts and drawing in
		// typed apart, and are members asked plainly ("deureo itna").
		{"editor-neun nugunona?", "who editor?"},
		{"i geul editor nugu-nona", "who this article editor"},
		{"Madrid summit eonje yeollyeonnona?", "when Madrid summit was held?"},
		{"summit-eun 6wol eonjejjeum?", "when summit June?"},
		{"summit myeochilgan? harumaninga", "how many days summit? only one day"},
		{"4guk leader-deul China issue-neun malhaenna anhaenna?", "four countries leaders China issue said did not?"},
		{"leader-deul China issue malhaenna andhaenna?", "leaders China issue said did not?"},
		{"Japan Korea leader-deul ajikkaji nato summit cheoeum?", "Japan Korea leaders until now nato summit first time?"},
		{"ne nara hoedam silsok isseonna?", "four countries meeting substance had?"},
		{"eotteon bunseokgadeul eun US-ga NATO-reul Asia-ro kkeureo deurineun iyu-ga mwora kaetnoe", "what some analysts US NATO Asia drawing in reason said"},
		{"eotteon bunseokgadeul-i NATO-reul Asia-ro kkeureo deurineun iyu-ga mwo-rago bona?", "what some analysts NATO Asia drawing in reason think?"},
		{"ilbon hoju dul da quad-e deureo itna?", "Japan Australia both quad are members?"},
		{"ilbon hoju dul da quad-e deureo inna?", "Japan Australia both quad are members?"},
		// Singapore spelled with an l.
		{"singgapoleu chongri-neun mwo-rago malhaenna", "what Singapore prime minister said"},
	})
}

// The south-western speech asked in "-tdangga" of verbs read alone and of the "ha-" verbs run
// on, the copula "-yeotdangga" after an asking word, "mwon" (which) and "geoyeo", months said
// in Korean numbers, Madrid, Spain and a flag as typed, and the plain past friends type.
func TestRomanisedKoreanJeollaDangga(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"yoon-eun ilbon-e mwol bonaetdangga", "what yoon Japan sent"},
		{"ilbon oegyo janggwan-i mwol geonnejueotdangga", "what Japan foreign minister handed over"},
		{"jeongsang-deul nugu-nugu moyeotdangga", "who leaders met"},
		{"ilbon-irang hoju-neun mwon hyeopjeong-eul maejeotdangga", "which agreement Japan Australia signed"},
		{"kishida-neun mwon yeokhal maeteotdangga", "which role Kishida took on"},
		{"hanil gwangye jom naajyeotdangga?", "South Korea Japan relations improved?"},
		{"miguk-eun mwol wonhandangga", "what the United States want"},
		{"wae kkeuneul suneun eopdangga", "why cut off suneun not"},
		{"hoju-neun oegyo-reul eotteoke handangga?", "how Australia diplomacy?"},
		{"ilbon-eun wianbu pangyeol-eul mwora-myeonseo bandaehandangga", "what Japan comfort women ruling oppose"},
		{"ilbon-eun wianbu pangyeol-eul mworamyeonseo bandaehae?", "what Japan comfort women ruling oppose?"},
		{"gukbang janggwan-deureun mwol habuihaetdangga", "what defense ministers agreed"},
		{"summit mwo-yeotdangga", "what summit"},
		{"wianbu sosong cheoeum-en myeot nyeon-iyeotdangga", "what year comfort women lawsuit first time"},
		{"yoon-i hanmiil gwangye-reul mwon gidung-euro mandeundago haetdangga", "which pillar yoon United States, Japan and South Korea relations mandeundago did"},
		{"jeongsang hoedam-eun myeot gae jabeun geoyeo", "how many arranged summit"},
		{"hanil gwangye-neun wae an pulrin geoyeo?", "why South Korea Japan relations an resolved?"},
		{"madeuri-seo nato gitbal-irang supein gitbal eodi-yeo", "where Madrid nato flag Spain flag"},
		{"bulhwasuso maja? mwosiyeo", "what hydrogen fluoride right?"},
		{"jeollyak mokpyo-ga eotteoke dareundagu", "how strategy goal differ"},
		{"mwol deo jungyohage bonda-yeo", "what more important think"},
		{"canberra-neun mwol jungyohage bonga", "what canberra important think"},
		{"2019nyeon chilwol-e ilbon-i mwo haetdangga", "what 2019 July Japan did"},
		{"2019nyeon palwol-e mwo haetdangga", "what 2019 August did"},
		{"bonsim-i mwoyeo", "what real intention"},
		{"nugu-rang mukkyeoseo gyeonje handangga", "with whom teaming up contain"},
		{"ilbon-i mwo-ga sirta-neun geoyeo", "what Japan dislike"},
		{"ardern-eun madeuri gatta on dwie mwora haetdangga", "what ardern Madrid after returning from did"},
		// "mwon" before a noun with the filler "geosigi" after it tells: some kind of.
		{"miguk-i mwol mandeullyeo handagu? mwon dongmaeng geosigi", "what the United States build? some kind of alliance"},
		// The plain past friends type: "watgo" (came and), "hasseo" for "haesseo", "haja-go"
		// (agreed to), "gatdaon" (returned from), "-haeya" (should), "beoryeojilkka" (being
		// abandoned), "juro" (mainly) and "kkeuleodeurindago" as markers.
		{"tokyo-eseo nuga watgo mwo gajyowasseo?", "who Tokyo came what brought?"},
		{"semiconductor materials myeot gae deureogasseo", "how many were included semiconductor materials"},
		{"joint military exercise haja-go hasseo?", "joint military exercise agreed to did?"},
		{"ardern-eun madrid gatdaon daeum mwo-rago haesseo", "what said ardern madrid returned from next"},
		{"japan oyeomsu bangryu-e daehae korea ban-eung eottae", "how japan waste water discharge about korea reaction"},
		{"4gaeguk-i eotteoke chamseokhaeya handa-go haesseo", "how four countries should attend handa did"},
		{"japan-i us-rang gakkai bulneun iyu mwoya? beoryeojilkka bwa?", "what japan us gakkai bulneun reason? being abandoned?"},
		{"bilateral cooperation-eun juro eodi focus?", "where bilateral cooperation mainly focus?"},
		{"analysts-eun us-ga wae nato-reul asia-euro kkeuleodeurindago bwa?", "why analysts us nato asia is drawing in?"},
		{"us-ga mot hamyeon nuga gonlanhae jineun geoya", "who us cannot get into trouble"},
	})
}

// Busan's chat: the asked "-no" typed short "-nc" ("haenc", "hanc", "bureunc") or long
// "-noo" ("haennoo"), its polite "-neungyo" ("haenneungyo", "watneungyo"), "mwokko" (what),
// "ujje" (how), "eonjenno" (when), "migung" (the US) and "mi il han" typed apart.
func TestRomanisedKoreanBusanChat(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"mi il han gukbang jangwan deul mwo habui haenc", "what the US, Japan and South Korea defense ministers agreed"},
		{"mi ho dongmaeng eun mwora bureunc", "what do call US Australia alliance"},
		{"washington eun mi il dongmaeng eul mwora bureuneungyo", "what washington US Japan alliance call"},
		{"tokyo neun china reul eotteoke gyeonjehanc", "how Tokyo china contain"},
		{"4gaguk moimeseo mwo iyagi haennoo", "what four countries meeting talked about"},
		{"biden i japan hante mwo yaksok haenneungyo", "what did promise biden this japan"},
		{"japan eseo nuga watneungyo?", "who japan came?"},
		{"nato jeongsanghoeui myeochil dongan haetneungyo", "how many days did last nato summit"},
		{"migung i new zealand hante gidae haneun yeokhal mwo-ka", "what US this new zealand expectation role"},
		{"tokyo ipjang eseo mokpyo mwokko", "what Tokyo position goal"},
		{"seoul eun suchulgyuje e ujje daeeung haenno", "how Seoul export controls responded"},
		{"jeongsang deul majimak euro mannangeo eonjenno", "when leaders last met"},
		{"wianbu pihaejadeul cheoeum jojeong sincheong hange myeonnyeonno", "what year comfort women victims first time applied for mediation hange"},
		{"seoul eun dokdo ttaemae japan eui mwo e hangui haenc", "what Seoul Dokdo because of japan protested"},
		{"gangje nodongja baesang munje japan eun mwol banddae hanneungyo", "what forced workers compensation issue japan oppose"},
		{"geuttae japan i mwo suchul makanneungyo", "what at the time japan this export blocked"},
		{"nato jeongsanghoeui eonje yeollinno", "when nato summit was held"},
		{"gimpo haneda bihaenggi geudongan eolmana an tteonno", "how much an Kimpo haneda airplane all this time flew"},
		{"canberra oegyo neun eotteon bangyang euro ganeungyo", "which direction canberra diplomacy go"},
		{"migung i gyunhyeong mot matchumyeon korea neun eotteoke dwenc", "how US this if fails to balance korea become"},
		{"migung i gyunhyeong mot matchumyeon korea neun eotteoke dweno", "how US this if fails to balance korea become"},
		{"gsomia pagi handa kan ge eonje-ka deh", "when gsomia scrapping kan"},
		{"japan i korea reul eoneu risteu eseo ppaegettago haenna", "which list japan this korea removed did"},
		{"korea yeoya ga ttok gateun ipjang-ka", "korea government and opposition same position"},
		{"korea yeoya ga ttokgateun ipjang-ka", "korea government and opposition same position"},
		{"migung i asia e mwo mandeullyeogo handa kanc", "what US this asia is trying to build say"},
		{"japan i korea hante mwo suchul gyuje haennc", "what japan this korea export control did"},
	})
}

// Busan's and Pohang's chat: "meokko" and "meorago" (what), "mwarakeonno" (what… said), "gigo"
// (is it), "wa" for "wae" after a topic ("neun wa", why), the past asked in "-nno" of more
// verbs ("mageonno", "kkaejinno", "jeonhaenno"), the present asked in "-no" or "-na"
// ("umjigino", "tteunna", "haetna"), what one means to do ("mandeulla kano", "pulla kko"),
// the hearsay ("kadeonde", "haetdakadeonde", "handakan", "doendakanno", "eodi rakanno"),
// "eodi go" (where is it) and a gesture only ("pomman japhanno").
func TestRomanisedKoreanGyeongsangChat(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"summit ttae jeongsang hoedam du gae meokko? nugu nugu moin gigo", "what summit during summit two? who who gathered"},
		{"japan eun dokdo reul mwora bureuno", "what do call japan Dokdo"},
		{"japan eun dokdo reul mworago bureuno", "what do call japan Dokdo"},
		{"japan eun dokdo reul meora bureunc", "what do call japan Dokdo"},
		{"japan eun dokdo reul meorago bureunno", "what do call japan Dokdo"},
		{"yoon eun madrid eseo china e daehae mwarakeonno", "about what said yoon madrid china"},
		{"analyst deul eun meorakeon", "what said analyst"},
		{"analyst deul eun mwarakeon", "what said analyst"},
		{"2019 7wol e japan i korea e mwo suchul mageonno", "what 2019 July japan this korea export blocked"},
		{"gija hoegyeon i wa kkaejinno", "press conference this and fell apart"},
		{"hayashi ga mwo jeonhaenno", "what hayashi delivered"},
		{"hayashi ga chwiimsik wa gaeko kishida kkeo mwo jeonhae junno", "what hayashi inauguration came Kishida delivered"},
		{"hayashi ga seoul wa gaji go mwo haenno", "what hayashi Seoul came did"},
		{"kishida ga jeonhae jun geo mwo-ya", "what Kishida delivered"},
		{"pyongyang hante tokyo neun eotteon sigeuro naganno", "how pyongyang Tokyo approach"},
		{"japan aus neun eoneu bunya eseo gachi umjigino", "which fields japan aus cooperate"},
		{"japan i eotteoke umjigino", "how japan this move"},
		{"japan i eotteoke umjigina", "how japan this move"},
		{"gimpo haneda noseon ije daesi tteunna", "Kimpo haneda route now again fly"},
		{"gimpo haneda noseon eonje tteuneunga", "when Kimpo haneda route fly"},
		{"mot tteotdeon bihaenggi eonje-ya", "when cannot flew airplane"},
		{"yoon madrid eseo china yaegi haetna", "yoon madrid china talk did"},
		{"korea neun wae mangseorinno", "why korea hesitate"},
		{"korea neun wae mangseorina", "why korea hesitate"},
		{"miguk i asia e mwo mandeulla kano", "what the United States asia trying to build"},
		{"miguk i mwo mandeulla haenno", "what the United States build did"},
		{"china mageulla haenno", "china block did"},
		{"tokyo neun jungguk mageulla kko eoneu nara hago son japno", "which countries Tokyo China to contain partner with"},
		{"china mageullaemyeon japan eun nuguhago son jamno", "china if block japan with whom partner with"},
		{"munje pulla haenno", "issue resolve did"},
		{"munje pulla kko mwo haenno", "what issue to resolve did"},
		{"canberra neun eotteoke handa kadeonde", "how canberra"},
		{"canberra neun eotteoke handa kadeonno", "how canberra"},
		{"miguk i mwo mandeulla kandeon geo-ya", "what the United States said would build"},
		{"hoedam eun algaengi eomno", "meeting substance not"},
		{"korea neun wae china e budeureopno", "why korea china softer"},
		{"migugi mwo haenno", "what the United States did"},
		{"wae mot kkeunno", "why cannot cut off"},
		{"geunyang pomman japhanno", "just only made a gesture"},
		{"geunyang japhanno", "just took"},
		{"geunyang japanno", "just took"},
		{"eoneu saneop i gatdeonno", "which industry this went"},
		{"eoneu saneop i jjeolttak gatdeonno", "which industry this was hit hard"},
		{"eoneu saneop i jjeolttak nanno", "which industry this was hit hard"},
		{"jidoja hoedam dugae haetdakadeonde mwomwo innoo", "what leader meeting two reportedly did is there"},
		{"korea ga pagi handakangeo eonjenno", "when korea scrapping"},
		{"korea ga pagi handakan hyeopjeong mwokko", "what korea scrapping agreement"},
		{"korea neun ujje doendakanno", "how korea become"},
		{"usa ga asia e mwo mandeullago handakanno", "what usa asia build"},
		{"usa ga nato reul asia ro kkeureo deurillakanno", "usa nato asia trying to draw in"},
		{"nato reul deurillakanno", "nato draw in"},
		{"jeil yakhan gorineun eodi rakanno", "where most weak link"},
		{"i geul pyeonjip han saram nugude", "who this article editor"},
		{"mokpyo dugaji mwokko", "what goal two"},
		{"suchul myeotgae makanno", "how many blocked export"},
		{"bihaeng noseon eodi go", "where flight route"},
		{"noseon eodi gone", "where route"},
		{"korea neun wa geuri bandae hanno", "why korea so oppose"},
		{"seoul eun wa geuri bandae hanno", "why Seoul so oppose"},
		{"nato e chodae bada gan nara eodi go", "where nato invited countries"},
		{"nato e chodae bada haenno", "nato invited did"},
		{"wae miguk i nato reul asia kkaji kkeureo onda kanno", "why the United States nato asia is drawing in"},
		{"miguk i nato reul kkeureo onda mwora haenno", "what said the United States nato is drawing in"},
		{"miguk i nato reul kkeuljeo ollilla kano", "the United States nato drag in say"},
		{"moon jeongbu neun mwo haryeo kaenno", "what moon government tried to do"},
		{"eoneu nara jeonjaeng yaegi haetda kadeonde", "which countries war talked about"},
		{"eoneu nara jeonjaeng yaegi nawanno", "which countries war talked about"},
		{"dasi yeollin noseon eodi go", "where reopened route"},
		{"yoon jeongbu deureo seol ttae mwo hangui haenno", "when took office yoon government what protested"},
		{"yoon deureogo nasu mwo haenno", "what yoon after came in did"},
		{"yoon deureogo naseo mwo haenno", "what yoon after came in did"},
		{"editor, pyeonjip han saram ireum meokko", "what editor, editor name"},
		{"han mi saram deuri mwo haenno", "what mi people did"},
		{"il han ho hoedam eonje yeollinno", "when Japan South Korea Australia meeting was held"},
		{"hayashi ga seoul wa gaji go mwo jeonhaenno", "what hayashi Seoul came delivered"},
		{"dörtlü görüşme somut sonuçlar doğurdu mu", "four countries meeting substantive consequences produced"},
		{"Japonya ihracat kısıtlamalarını neden koydu", "why Japan export controls imposed"},
		{"Yoon hangi hedefi ortaya koydu", "which goal Yoon set out"},
		{"Japonya ile Avustralya liderleri ne sıklıkta karşılıklı ziyaret gerçekleştirdi", "how often Japan with Australia leaders reciprocal visit carried out"},
		{"Japonya ile Avustralya liderleri ne siklikta karsilikli ziyaret gerceklestirdi", "how often Japan with Australia leaders reciprocal visit carried out"},
		{"Kore meselelerinin çözümü nedir", "what is Korea issues solution"},
		{"japan i korea e suchul mageonna", "japan this korea export blocked"},
		{"gija hoegyeon kkaejinna", "press conference fell apart"},
		{"japan eun nuguhago son jamna? nugu-ya", "who japan with whom partner with?"},
		{"korea neun china e budeureomna", "korea china softer"},
		{"hoedam eun algaengi itdeon gi ga? mwo-ya", "what meeting substantive gi?"},
		{"china rang kkeuneul su inna? wae mot kkeunno", "why china and can cut off? cannot cut off"},
		{"china rang kkeunheul su inna? wae mot kkeunno", "why china and can cut off? cannot cut off"},
		{"wae china rang kkeuneul su eomnno", "why china and cannot cut off"},
		{"geunyang pomman japhaesseo? mwo-ya", "what just only made a gesture?"},
		{"geunyang pom japhaesseo? mwo-ya", "what just made a gesture?"},
		{"tokyo ga eotgo sipeun ge mwo gone? mwo-ya", "what Tokyo want to gain? what"},
		{"geu saram nugu gone? nugu-ya", "who the person? who"},
		{"pyo eolma go? eolma-ya", "how much ticket? how much"},
		{"geunyang insa man hago mallin gi ga? mwo-ya", "what just only courtesy greetings gi?"},
		{"hayashi ga gaji go on ge mwo-ya", "what hayashi bringing came"},
		{"japan eun dokdo reul meorago bureuno", "what do call japan Dokdo"},
		{"japan eun meora haenno", "what japan did"},
		{"japan eun meorago haenno", "what japan did"},
		{"miguk i mwo haryeo kandeon geo-ya", "what the United States intend to said"},
		// Nouns typed run on with each other or with their particle, and the words around them.
		{"tokyo neun eotteon anbocheje mandeullago aesseuneungyo", "which security system Tokyo build strive"},
		{"japan i natosamit e gangeo mokjeogi mwokko", "what japan this NATO summit went purpose"},
		{"japan oegyojeollyak eseo useonsunwi neun mwokko", "what japan diplomatic strategy priority"},
		{"seoul eun suchulgyuje e ujje daeeung haenno", "how Seoul export controls responded"},
		{"japan oemujanggwan mwo jeondal haennoo", "what japan foreign minister delivered"},
		{"australia hago newzealand hyeomnyeogeun juro mwo e jipjung hanno", "what australia newzealand cooperation mainly focus"},
		{"usa japan korea hyeomnyeoge jojimseureowonno", "usa japan korea cooperation cautious"},
		{"korea hyeomnyeoge josimseureowonno", "korea cooperation cautious"},
		{"4gaguk hyeomnyeogeseo gorineun eodi rakanno", "where four countries cooperation link"},
		{"4gaguk hoeuineun silsok boda mwoga deo keuda kanno", "what four countries meeting substance boda more big went"},
		{"4gaguk moimeseo mwo iyagi haennoo", "what four countries meeting talked about"},
		{"yoon chwiimsike japan eseo nuga watneungyo", "who yoon inauguration japan came"},
		{"wianbu pihaejadeul beobwone jojeong sincheong hange myeonnyeonno", "what year comfort women victims court applied for mediation hange"},
		{"canberra oegyo neun eotteon bangyang euro ganeungyo", "which direction canberra diplomacy go"},
		{"korea neun eotteon oegyo roseon euro ganeungyo", "which diplomacy korea line go"},
		{"naeoji 3gaguk eun madrid eseo china bipan haenna", "other three countries madrid china criticized did"},
		{"4gaguk eun mwol tamsaek haenno", "what four countries explore did"},
		{"japan eun pyongyang eul ujje daehae, ganggyeongpa ina", "how japan pyongyang about, hardline or"},
		{"china e jeil ganggyeonghage naoneun nara eodi go", "where china most tough naoneun countries"},
		{"korea neun wa china e geunjeongjeogin ipjang inno", "why korea china positive position is there"},
		{"4gaguk i moyeotdago mwo haenno", "what four countries this gathered did"},
		{"japan oensu badae beorineungeo korea neun wa banddae hanno", "why japan waste water into the sea dumping korea oppose"},
		{"bandaero seoul eun tokyo mwo ttaemune hangui haenneungyo", "what conversely Seoul Tokyo because of protested"},
		{"japan i china hago gwangye kkeulsu eomneun iyu neun mwokko", "what japan this china relations cannot cut off reason"},
	})
}

// Jeolla's chat: the hearsay past typed with a double s ("haessdae", "bonaessdae") or asked
// ("haessdaega"), the past and present asked in "-ingeo" and "-neungeo", the copula "-ngeo"
// and "-ingeo" after an asking word, "nu" and "nugo" (who); nouns most asked about with
// their particle run on ("ilboneun", "hangugi", "seoureun"), a month with "-e" run on
// ("8wore"); and Gyeongsang's "-nora" and "-gonoo" typed after a hyphen.
func TestRomanisedKoreanJeollaIngeo(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"samjahoedam-eun mwo wijuro yaegihaessdae", "what trilateral meeting mainly talked about"},
		{"japan australia neun mwo hyeopjeonge seomyeonghaessdae?", "what japan australia agreement signed?"},
		{"gukbang jangwan deul mwo hapuihaessdaega", "what defense ministers agreed"},
		{"nato chodae cheoeumingeo?", "nato invitation first time?"},
		{"baideni tokyorang seoure mwo yaksokhaessingeo?", "what Biden Tokyo Seoul promised?"},
		{"korea neun wae bandaehaneungeo?", "why korea oppose?"},
		{"hanguk yaegihaengeo?", "South Korea talked about?"},
		{"dokdoreul japaneseoneun mwora bureuneungeo", "what do call Dokdo Japan"},
		{"dokdo-reul mwora bureundae", "what do call Dokdo"},
		{"ilbon-eun dokdo-reul mwora bulleossdae", "what did call Japan Dokdo"},
		{"mi il dongmaengeun mwora bulliundae", "what is called US Japan alliance"},
		{"mihoju dongmaengeun mwora bulliuneungeo?", "what US Australia alliance is called?"},
		{"ilbon-eun mwora haessdae", "what said Japan"},
		{"ilbon-eun mwora haetdae", "what said Japan"},
		{"ilbon-eun mwora haessingeo", "what said Japan"},
		{"ilbon-eun mwora haessdaega", "what said Japan"},
		{"yun-i ilbone mwo bonaessdae?", "what Yoon Japan sent?"},
		{"yun-i ilbone mwo bonaetdae?", "what Yoon Japan sent?"},
		{"tokyoeseo nuga watdae?", "who Tokyo came?"},
		{"biden-i mwora bulleotdae?", "what biden called?"},
		{"hoedam silsok itdae? nato eopdae?", "meeting substance there is? nato not?"},
		{"jeongsang moim eonjeingeo?", "when leaders meeting?"},
		{"hyeopjeong mwongeo", "what agreement"},
		{"summit eonjeyeosseotdae?", "when summit?"},
		{"summit eonjeyeotdae?", "when summit?"},
		{"editor nuingeo?", "who editor?"},
		{"pyeonjipja nugo? eoneu think tank-ingeo", "who editor? which think tank"},
		{"ne nara jung eodieodiingeo?", "which four countries among?"},
		{"mokpyo dugaji mwomwoingeo?", "what goal two?"},
		{"hanguki pagihandago han hyeopjeongi mwo-ngeo", "what South Korea would scrap agreement"},
		{"ilbonirang hojuga mwo hyeopjeonge sain haetdae", "what Japan Australia agreement signed did"},
		{"eodi-ingeo? ilboneun munje-jiya", "where? Japan issue"},
		{"ilbongwa hojuneun museun hyeopjeongeul maejeotdae?", "which agreement Japan Australia signed?"},
		{"2019nyeon 8wore hangugi mwo pagihaesseo", "what 2019 in August South Korea scrapped"},
		{"washingtoneun seoureun canberraneun wellingtoneun pyongyange beijinghante madrideseo mwo yaegihaessdae", "what Washington Seoul Canberra Wellington Pyongyang Beijing Madrid talked about"},
		{"migugeun jungguge bukhaneul ilboneseo hojuneun nyujillaendeuneun natoe mwo haesseo", "what the United States China North Korea Japan Australia New Zealand NATO did"},
		{"yuni kishidaneun baidenhante oegyoreul ipjangeul dongmaengeun gwangyeneun hoedameseo jeongbuneun jeollyageun mokpyoga taedoneun mwo yaegihaessdae", "what Yoon Kishida Biden diplomacy position alliance relations meeting government strategy goal attitude talked about"},
		{"migugi mwo haen-nora", "what the United States did"},
		{"tokyo eseo nuga wan-nora", "who Tokyo came"},
		{"yoon i mwo bonaen-nora", "what yoon this sent"},
		{"jeongsang deul eonje-gonoo", "when leaders"},
		{"korea neun mwo kan-nora", "what korea said"},
		{"biden-eun hoedam mwora bulleon-nora", "what biden meeting called"},
		{"dokdo mwora bureun-nora", "what Dokdo call"},
		{"hoedam eonje yeollin-nora", "when meeting was held"},
		{"noseon eotteoke dwaen-nora", "how route became"},
		{"pyeonji isseon-nora", "letter was"},
		{"bangsik dareun-nora", "way differ"},
	})
}

// Jeolla's run-on speech: the article's nouns with their particle or plural run on
// ("gukbangjanggwandeureun", "suchulgyujereul", "natohoeuiseo"), its places and people as
// Korean spells them, the hearsay past alone ("haessdae") and agreement reached
// ("hapuibwatdae"); Gyeongsang's words typed a syllable apart ("su-chul", "hang-eui").
func TestRomanisedKoreanJeollaRunOn(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"gukbangjanggwandeureun mwo hapuibwatdae?", "what defense ministers agreed?"},
		{"gukbangjangwani mwo hapuibwatdae?", "what defense minister agreed?"},
		{"gukbangjanggwandeul mwo hapuibwattae? haessdae", "what defense ministers agreed? did"},
		{"ilbon mwo hapuibwasseo?", "what Japan agreed?"},
		{"oegyojanggwaneun eonje wasseoyo?", "when foreign minister came?"},
		{"oegyojangwaneul nuga bonaessdae?", "who foreign minister sent?"},
		{"suchulgyujereul wae haessdae?", "why export controls did?"},
		{"pyeonjipjaneun nuguyeotdae?", "who editor?"},
		{"samjahoedameun eonje haessingeo?", "when trilateral meeting did?"},
		{"jeongsanghoedameseo mwo hapuihaessdae?", "what summit agreed?"},
		{"wianbureul mwora haessdae?", "what said comfort women?"},
		{"pangyeoreun eonjeingeo?", "when ruling?"},
		{"chwiimsige nuga watdae?", "who inauguration came?"},
		{"oegyojeollyageun eotteotdae?", "how was diplomatic strategy?"},
		{"hyeomnyeogeul wae gangjohaessdae?", "why cooperation stressed?"},
		{"nenaraga eonje mannasseoyo?", "when four countries met?"},
		{"jeongsangi mwo haessdae?", "what leaders did?"},
		{"munjeneun mwongeo?", "what issue?"},
		{"hoeuie nuga watdae?", "who meeting came?"},
		{"natohoeuiseo mwo haessdae?", "what NATO summit did?"},
		{"natohoeui eotteotdae?", "how was NATO summit?"},
		{"bukhanmunjeseo ilboneun mwo geokjeonghaessdae?", "what North Korea issue Japan worried about?"},
		{"wasingteoneun mwo haessdae?", "what Washington did?"},
		{"wasingteon hoedam eotteotdae?", "how was Washington meeting?"},
		{"wellingteoneun mwo haessdae?", "what Wellington did?"},
		{"kaenberaneun oegyoreul eotteoke haessdae?", "how Canberra diplomacy did?"},
		{"baideuneun mwora haessdae?", "what said Biden?"},
		{"madeuridseo nuga mannasseoyo?", "who Madrid met?"},
		{"madeurid hoedam eotteotdae?", "how was Madrid meeting?"},
		{"yunseogyeoriga mwo haessdae?", "what Yoon Suk-yeol did?"},
		{"samgakhyeomnyeogeun wae jungyohaeyo?", "why trilateral cooperation important?"},
		{"gidungi mworahaengeo?", "what said pillar?"},
		{"seongeoe mwo yaksokhaessdae?", "what election promised?"},
		{"buindo wasseoyo?", "wife came?"},
		{"peurangseu makeurongeun mwora haetdae?", "what said France Macron?"},
		{"makeurong bukhanmunje eotteotdae?", "how was Macron North Korea issue?"},
		{"yeoksamunjeneun eotteoke haessdae?", "how history issue did?"},
		{"bosangmunjeneun wae bandaehaneungeo?", "why compensation issue oppose?"},
		{"junggukmunjeneun wae yaegi anhaessdae?", "why China issue talk anhaessdae?"},
		{"wianbumunjeneun eonje sijakdwaesseoyo?", "when comfort women issue started?"},
		{"haekmunjeneun mwora haessdae?", "what said nuclear issue?"},
		{"banilgamjeongeun wae saenggyeosseoyo?", "why anti-Japanese sentiment arose?"},
		{"yangjahyeomnyeogi jeil jal doeneun nara eodieodiingeo?", "which bilateral cooperation working best countries?"},
		{"samjahyeomnyeogeun mwo hapuihaessdaega?", "what trilateral cooperation agreed?"},
		{"jeongsanghoeuie nuga chodaedwaesseoyo?", "who summit was invited?"},
		{"jeonggwoneun mwo haessdae?", "what administration did?"},
		{"yunjeongbuneun mwo haessdae?", "what Yoon government did?"},
		{"yunjeonggwoneun mwo haessdae?", "what Yoon administration did?"},
		{"hangukjeongbuneun mwora haessdae?", "what said South Korean government?"},
		{"ilbonjeongbuneun mwora haessdae?", "what said Japanese government?"},
		{"bukhanjeongchaegeun eotteotdae?", "how was North Korea policy?"},
		{"ukeurainaneun mwo haessdae?", "what Ukraine did?"},
		{"samgakhyeomnyeok gukbangjangwan oegyojangwan eotteotdae?", "how was trilateral cooperation defense minister foreign minister?"},
		{"yeoksamunje bosangmunje junggukmunje eotteotdae?", "how was history issue compensation issue China issue?"},
		{"wianbumunje banilgamjeong eotteotdae?", "how was comfort women issue anti-Japanese sentiment?"},
		{"yangjahyeomnyeok samjahyeomnyeok eotteotdae?", "how was bilateral cooperation trilateral cooperation?"},
		{"yunjeongbu yunjeonggwon eotteotdae?", "how was Yoon government Yoon administration?"},
		{"hangukjeongbu ilbonjeongbu bukhanjeongchaek eotteotdae?", "how was South Korean government Japanese government North Korea policy?"},
		// the plural run on
		{"jeongsangdeuri eonje mannasseoyo?", "when leaders met?"},
		{"gukbangjangwandeureun mwo haessdae?", "what defense ministers did?"},
		{"oegyojanggwandeureun mwo haessdae?", "what foreign ministers did?"},
		{"oegyojangwandeuri mwo haessdae?", "what foreign ministers did?"},
		{"naradeureun eodieodiingeo?", "which countries?"},
		{"nenaradeuri mwo haessdae?", "what four countries did?"},
		{"daetongnyeongdeureun mwo haessdae?", "what presidents did?"},
		{"saramdeuri mwora haessdae?", "what said people?"},
		{"hangukssaramdeulhanteneun mwoga jungyohaeyo?", "what South Koreans important?"},
		{"hanguksaramdeureun mwol geokjeonghandae?", "what South Koreans worry about?"},
		{"nodongjadeureun mwol wonhaeyo?", "what workers wants?"},
		{"pihaejadeuri mwo haessdae?", "what victims did?"},
		{"bunseokgadeureun mwora bunseokhadae?", "what analysts analyze?"},
		{"jeonmungadeureun mwora haessdae?", "what said experts?"},
		// the hearsay past and the asked past alone, and what one said asked
		{"ilbon mwo haessingeo? geurae haessdaega", "what Japan did? so did"},
		{"ilboneun mwora haengeo?", "what said Japan?"},
		{"ilbon mworahaessdae?", "what said Japan?"},
		{"ilbon mworahaetdae?", "what said Japan?"},
		// Gyeongsang's syllables typed apart
		{"ilbon-i su-chul gyuje han-ge ban-do-che soje myeot gaji-gonoo", "how many Japan export controls han-ge semiconductor materials"},
		{"yoon-i madrid-seo jungguk iyagi haen-na", "yoon madrid China talk did"},
		{"su-chul gyuje-ro uri nara eoneu saneop-i tagyeok badan-nora", "which industry export controls South Korea was hit"},
		{"hanguk mwo badan-nora", "what South Korea received"},
		{"su-chul-gyuje-neun eonje haessdae?", "when export controls did?"},
		{"tokyo-neun dokdo gwallyeon mwo-ra hang-eui haen-nora", "what Tokyo Dokdo related protest did"},
		{"hanguk-e ban-il gamjeong wa saeng-gin-nora, mwo ttaemune-gonoo", "what South Korea anti-Japanese sentiment and arose, because of"},
		{"mun-jae-in jeongbu-neun pyongyang-ha-go mwo haryeo haen-nora", "what Moon Jae-in government pyongyang intend to did"},
		{"biden-eun 4gaguk hyeomnyeok-e daehae eotteon ipjang-i-gonoo", "about which position biden four countries cooperation"},
		{"ilbon oemu-sang-i chwiimsik-e deulgo on ge mwo-gonoo", "what Japan foreign minister inauguration carrying came"},
	})
}

// The hearsay present of a verbal noun ("jipjunghandae", "bunseokhadae") and Gyeongsang's
// "nugo" tell the language alone; "igeul" (this article), "myeochildongan" (for how many
// days), "majimageuro" (last), "geonnejwosseo" (handed over), "dongeui" for "dongui", and
// the Asia Pacific, a delegation and a size run on with their particle.
func TestRomanisedKoreanHearsayPresent(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"hangugeun danggibungan oegyoreul eodie jipjunghandae?", "where South Korea danggibungan diplomacy focus on?"},
		{"pyeonjipjaneun nugo? eoneu think tankingeo", "who editor? which think tankingeo"},
		{"igeul pyeonjipjaneun nuguyeotdae?", "who this article editor?"},
		{"madrid hoeui myeochildongan haessingeo?", "how many days madrid meeting did?"},
		{"asiataepyeongyangeseo natoe chodaebadeun nara nege eodieodiingeo?", "which Asia Pacific NATO invited countries nege?"},
		{"yunseogyeoriga chwiimhagijeone tokyoe museun daepyodaneul bonaetdae?", "which delegation Yoon Suk-yeol before taking office Tokyo sent?"},
		{"geu ilbon oegyojanggwani chwiimsike wasseo mwol geonnejwosseo?", "what the Japan foreign minister inauguration came handed over?"},
		{"ilbon ppaego namjinaradeureun hoedamhamyeonseo mwol dongeuihaetdae?", "what Japan except namjinaradeureun hoedamhamyeonseo agreed?"},
		{"hanmiil jeongsangdeuri jeone majimageuro mannangeoneun eonjeyeotdae?", "when hanmiil leaders before last met?"},
		{"dokdo keugiga eolmana doeinge?", "how much doeinge Dokdo size?"},
	})
}

// Jeolla's hearsay past of a passive, of stating, of bringing up and of pledging typed with its
// double s ("jungdandwaessdae", "bakhyeossdae", "kkeonaessdae", "gongyakhaessdaega"), an
// attitude asked run on ("eotteontaedoyeotdae"), what year with the copula run on
// ("myeonnyeonyeotdae"), President Yoon and a progressive government run on, the Japanese
// called rudely ("ilbonnomdeureun"), export controls imposed and a protest as Jeolla says it
// ("hangihaessdae").
func TestRomanisedKoreanJeollaHearsayPast(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"2021nyeon 11wore mi il han oegyochagwan gijahoegyeoni wae jungdandwaessdae?", "why 2021 in November the US, Japan and South Korea deputy foreign minister press conference was halted?"},
		{"baideneun ne nara hyeomnyeoge daehae ipjangeul bakhyeossdae?", "Biden four countries cooperation about position stated?"},
		{"ne nara jeongsangdeul junggukmunjeneun wae an kkeonaessdae?", "why four countries leaders China issue an raised?"},
		{"hanguge jinbojeongbuttaeneun hanmiilhyeomnyeoge eotteontaedoyeotdae?", "what attitude South Korea during progressive government trilateral cooperation?"},
		{"wianbu pangyeori seoureseo naongeon myeonnyeonyeotdae?", "what year comfort women ruling Seoul naongeon?"},
		{"dokdoreul ilbonnomdeureun mwora bulleo?", "what do call Dokdo Japanese?"},
		{"yuni seongeottae oegyojjogeuro mwo gongyakhaessdaega", "what Yoon during election oegyojjogeuro pledged"},
		{"yundaetongnyeongeun madeuridseo junggugeul bipanhaesseo anhaesseo?", "President Yoon Madrid China criticized anhaesseo?"},
		{"2019nyeon 7wore ilboni hanguge mwo suchulgyujehaessdae", "what 2019 in July Japan South Korea imposed export controls on"},
		{"yunjeonggwon ttae tokyoneun hanguge mwo hangihaessdae?", "what Yoon administration during Tokyo South Korea protested?"},
	})
}

// Jeolla's "mwosi" (what), "mwodae" (what is it, they say), "eodiradeon" (where was it said),
// "dareudae" (they differ) and "mwonde" telling the language alone; the months said with
// Sino-Korean numbers ("chirwore", "sibirwore"); a way, a role, fields, an industry, a
// moderator, a list and Japanese diplomacy run on with their particle; "-jeogingeo" asked;
// and more of the article's verbs and words ("tagyeokbadasseotdae", "jeonchogiji").
func TestRomanisedKoreanJeollaWhatAndMonths(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"2019nyeon chilwore ilboni hanguge mwo haessdae?", "what 2019 in July Japan South Korea did?"},
		{"2021nyeon sibirwore gijahoegyeoni wae jungdandwaessdae?", "why 2021 in November press conference was halted?"},
		{"miil dongmaengeul mwosi bureundae?", "what US Japan alliance call?"},
		{"migugi bogie hangugeun geunyang mwodae?", "what the United States bogie South Korea just?"},
		{"nenara sairseo jeil yakhan gorineun eodiradeon?", "where four countries among most weak link?"},
		{"pyeongyang daehaneun bangsigi tokyohago seoulhago eotteoke dareudae?", "how Pyongyang towards way Tokyo Seoul differ?"},
		{"wasingteon ipjangeseo wellingteon yeokareun eodikkajiingeo?", "how far Washington position Wellington role?"},
		{"junggukhante seoureun wae tokyoboda deo geungjeongjeogingeo?", "why China Seoul Tokyo more positive?"},
		{"ilbon hojuneun eotteon bunyaeseo hyeomnyeokhandae", "which fields Japan Australia cooperate"},
		{"hangugeun bukhanmunjeseo eotteongeol deo junghi yeogindae?", "what South Korea North Korea issue more emphasize?"},
		{"geu suchulgyujero hanguk eoneu saneobi keuge tagyeokbadasseotdae?", "which industry the export controls South Korea heavily was hit?"},
		{"washington ipjangeseo hangugeun mwonde? jeonchogiji", "what washington position South Korea? outpost"},
		{"ilbon-i hanguk-eul eoneu mongnok-eseo ppaenda kan-nora", "which list Japan South Korea removes said"},
		{"hanguksaramdeuri mwol geokjeonghandae? hanjjogeuro ssollindago?", "what South Koreans worry about? to one side leans?"},
		{"ilbonoegyoui choego mokpyoga mwora haessingeo", "what said Japanese diplomacy top goal"},
		{"ne nara hoedam saheoneun nuga bwatdae?", "who four countries meeting moderator bwatdae?"},
		{"kisidaneun nenaraga natohoeuie eotteoke chamgahaeyadoendago haetdae?", "how kisidaneun four countries NATO summit should participate did?"},
		{"wianbu pangyeore daehae tokyoneun mwora urigoisseo?", "what comfort women ruling about Tokyo insists?"},
	})
}

// Gyeongsang's chat: what day ("myeochil-nal"), said ("kadeon"), hesitated and hit asked in
// "-nora", calls ("bureun-da"), "bukgoe" for the North, similar ("bijitan"), drawing along
// ("kkeul-go"), came in ("deureo-seol"), seen from ("bol-ttae", "bomyeon"), cutting off asked
// ("kkeunneun-na", telling the language alone), the Japanese called rudely, disliking
// ("maeum-e an deunda"), after returning ("gatda on-da-eum"), being dragged in ("kkeullyeo
// gagi"), for the time being ("dangbun gan") and after going and coming back ("gatta on dwie").
func TestRomanisedKoreanGyeongsangDialectWords(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"madrid hoedam myeochil-nal yeollin-nora", "what day madrid meeting was held"},
		{"washington-i asia-e nato bijitan geo mandeulla kandaka, mwo-ra bureun-nora", "what washington asia nato similar build kandaka, call"},
		{"wa miguk-i nato-reul asia kkaji kkeul-go onna? bunseokga-deul mwo-ra kadeon-gonoo", "what and the United States nato asia drawing onna? analysts said"},
		{"wa hanguk-eun mi-il-han hyeomnyeok-e jjom mangseorin-nora", "and South Korea US-Japan-South Korea cooperation jjom hesitate"},
		{"seoul-eun ilbon su-chul gyuje-e eotteoke ttaerin-nora", "how Seoul Japan export controls hit"},
		{"dokdo-reul ilbon-neomdeul-eun mwo-ra bureun-nora", "what Dokdo Japanese call"},
		{"yoon jeongbu deureo-seol ttae tokyo-neun dokdo gwallyeon mwo-ra hang-eui haen-nora", "what yoon government came in during Tokyo Dokdo related protest did"},
		{"jingyong nodongja baesang munje ilbon-eun mwo-ga maeum-e an deunda ka", "what labor workers compensation issue Japan dislike"},
		{"bukgoe munje-seo uri nara-neun mwo-reul deo jungyo-hage bonna", "what North Korea issue South Korea more important think"},
		{"nyujilraendeu chongni-neun madrid gatda on-da-eum beijing-e daehae mwo-ra kan-nora", "about what New Zealand prime minister madrid after returning from beijing said"},
		{"mi-il dongmaeng-eul mwo-ra bureun-da ka", "what US Japan alliance call"},
		{"miguk-i bol-ttae hanguk-eun mwo-gonoo, yeokhal-i", "what the United States view South Korea, role"},
		{"migung ipjang eseo bomyeon korea neun mwo yeokhal-ka", "what US position view korea role"},
		{"korea neun wae mi il jeollyak e kkeullyeo gagi jjeoljjeol haenna", "why korea US Japan strategy being dragged into jjeoljjeol did"},
		{"dangbun gan korea oegyo eodi e chojeom matchunc", "where for the time being korea diplomacy focus matchunc"},
		{"japan hago australia neun china rang gwangye wanjeonhi kkeunneun-na", "japan australia china and relations completely cut off"},
	})
}

// Nouns run on with their particle telling the language as markers do ("seoureun",
// "migugirang", "ilboni", "jeollyage"); the copula asked "-ingeo" run on a noun
// ("hyeopjeongingeo"); and Jeolla's questions run on: where it was held, what month, how
// many flights in a week, hesitating asked, a bit more, on what, tell me ("malhaeboge"), and
// Kimpo and Haneda run on.
func TestRomanisedKoreanRunOnMarkers(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"hangugeun dangbungan oegyoreul eodie jipjunghae?", "where South Korea for the time being diplomacy focus?"},
		{"2019nyeon palwore hangugi pyegihandago hangeo geugeo museun hyeopjeongingeo?", "which agreement 2019 in August South Korea would scrap hangeo that?"},
		{"seoureun wae migugirang ilboni ikkeuneun jeollyage mangseorineungeo?", "why Seoul the United States Japan led strategy hesitate?"},
		{"natohoeuineun eoneunara eodiseohaetdae? malhaeboge", "which country NATO summit where held? tell me"},
		{"gimpohaneda bihaenggi iljuire myeotpyeon tteunae?", "how many flights Kimpo Haneda airplane per week tteunae?"},
		{"hangugeun wae beijinghante jomdeo ganggyeonghae?", "why South Korea Beijing more ganggyeonghae?"},
		{"geu natohoeuiga myeochwol myeochire yeollyeosseo?", "what month the NATO summit what date was held?"},
		{"wellingteoneun mwoe oegyoreul jipjunghae?", "what Wellington diplomacy focus?"},
	})
}

// A Daegu taxi driver's Gyeongsang Korean: the copula asked "inno" after an asking word, typed
// run on ("eonjeinno") or apart ("nugu inno"); "gan geonno" (went); capacity, ministers and
// "mwo ra kanno" typed apart; loanwords as Korean says them ("riseuteu", "jeseucheo");
// "nawanna" (came up) telling the language; "-jeok" typed apart from its noun ("yeoksa jeok").
func TestRomanisedKoreanDaeguTaxi(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"geu naradeul nato hoewonguk do aninde mwo jagyeok euro gan geonno", "the countries nato member countries do not in what capacity went"},
		{"hanmiil gukbang janggwan deul mwo habui haenno", "what United States, Japan and South Korea defense ministers agreed"},
		{"4gaguk hoedam eseo ukeuraina iyagi do nawanna", "four countries meeting Ukraine talk do came up"},
		{"ilbon i hanguk eul mwo riseuteu eseo ppaetdanda kadeon de geuge mwo riseuteu inno", "what Japan South Korea list ppaetdanda said de that what list is there"},
		{"seoul jungangjibeop wianbu pangyeol myeonnyeon e nawanno", "what year Seoul Central District Court comfort women ruling came out"},
		{"hanguk eun bukhan munje eseo mwol jeil jungyohage boneunde", "what South Korea North Korea issue most important think"},
		{"mun jae in jeongbu ttae neun bukhan hante eotteoke haenno", "how did handle Moon Jae-in government during North Korea"},
		{"ilbon hoju mwo hyeopjeong maejeun geo isseonna", "what Japan Australia agreement signed had"},
		{"miguk jeollyak eseo hanguk yeokal eun mwora kanno. geunyang jeonjin gichi?", "what say the United States strategy South Korea role. just outpost?"},
		{"pyeonjip han saram ireum do naoneunde nugu inno", "who editor name do naoneunde"},
		{"eotteon bunseokgadeul eun miguk i nato reul asia ro kkeulgo oneun iyu ga mwo ra kanno", "what say some analysts the United States nato asia drawing oneun reason"},
		{"biden i geu hanmiil hoedameul mwora bulleonno. yeoksa jeok mwo irago kadeonde", "what did call biden this the hanmiil meeting. what historic irago"},
		{"geu 4gaguk hoedam silsok isseonna? geunyang bogi joeun jeseucheo inga", "the four countries meeting substance had? just bogi good gesture"},
		{"madrid summit eonjeinno", "when madrid summit"},
	})
}

// Jeolla's chat run on: nouns of the article with their particle ("myeonjeogi", "choseogirago",
// "gitbarirang", "asiaro"), "-ttae" and "-ttaemune" after a noun read as during and because of
// ("seongeottae", "dokdottaemune"), a deputy foreign minister, the meeting ("geuhoeuineun"),
// moderating ("sahoeboneun"), what and what ("mwomwoingeo"), hit back, since when, how old,
// seen from ("bogiene"), handed over and the hearsay of a verbal noun asked ("-handaessingeo").
func TestRomanisedKoreanJeollaChatNouns(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"dokdo myeonjeogi eolmana doeneungeo?", "how much doeneungeo Dokdo area?"},
		{"miil dongmaengeul mwosi choseogirago bureundae?", "what US Japan alliance cornerstone call?"},
		{"madrideseo nato gitbarirang seupein gitbal sajineun eonje jjigeungeo?", "when Madrid nato flag Spain flag photo jjigeungeo?"},
		{"bunseokgadeureun migugi wae natoreul asiaro kkeureodeuriryeogo handago haessdae?", "why analysts the United States NATO Asia to draw in did?"},
		{"yunseogyeoriga seongeottae oegyoneun eotteoke hagetdago haetdae?", "how Yoon Suk-yeol during election diplomacy would did?"},
		{"yunjeonggwon ttae tokyoneun dokdottaemune hanguge mwo hangihaessdae?", "what Yoon administration during Tokyo because of Dokdo South Korea protested?"},
		{"geuhoeuineun myeochilttongan haetdae?", "how many days the meeting did?"},
		{"nenara hoedameseo sahoeboneun nuga bwasseo?", "who four countries meeting moderator did?"},
		{"tokyo ipjangeseo mokpyoga dugajirago haetdeo, mwomwoingeo?", "what Tokyo position goal two haetdeo,?"},
		{"ilbon suchulgyujehaesseulttae hangugeun eotteoke matbadachyeosseo?", "how Japan suchulgyujehaesseulttae South Korea retaliated?"},
		{"geureom seoureun ilbone mwottaemune hangihaessingeo?", "Seoul Japan because of what protested?"},
		{"wianbumunjeneun eonjebuteo beobwoneul kkeuleossdae?", "comfort women issue since when court kkeuleossdae?"},
		{"i geul sseun li hangling gyosuneun myeotsarinde?", "how old this article wrote li hangling gyosuneun?"},
		{"migugi bogiene hangugeun geunyang mwodae?", "what the United States view South Korea just?"},
		{"geu ilbon oegyojangwani chwiimsikttae mwol jeonhaejwotdae", "what the Japan foreign minister during inauguration delivered"},
		{"wellingtoneun mwoe oegyoreul jipjunghandaessingeo?", "what Wellington diplomacy focus on?"},
		{"kishidaneun hoeui jeone ne naraga natoe eotteoke chamgahaeya", "how Kishida meeting before four countries NATO should participate"},
		{"ne narajung yangjahyeomnyeogi jeil jaldwaeinneun ssangi eodieodiingeo", "which countries among bilateral cooperation most working well pair"},
		{"2021nyeon sibirwore oegyochagwan gijahoegyeoni wae jungdandwaesseo?", "why 2021 in November deputy foreign minister press conference was halted?"},
	})
}

// The US and Australia ("miho"), the US, Japan and South Korea ("miilhan"), wanting to asked
// in Gyeongsang ("hagisipeo handanoe"), autonomous diplomacy, dumping asked, a book (책자),
// the prime minister and about China run on, after returning from, teaming up, one side and
// leaning to it, and aiming ("noryeo").
func TestRomanisedKoreanAlliesAndAims(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"miho dongmaeng eun mwora bureunoe", "what US Australia alliance call"},
		{"miilhan jeongsangdeul majimageuro eonje mannanno", "when US-Japan-South Korea leaders last met"},
		{"hanguk eun oegyo reul eotteoke hagisipeo handanoe? jajuoegyo geureon geo", "how South Korea diplomacy want to do? autonomous diplomacy something like that"},
		{"ilbon i osumu badae beorineungeo hanguk eun wae bandae hanno", "why Japan osumu into the sea dumping South Korea oppose"},
		{"seoureun ilbone mwottaemune hangihaessingeo? chaekjja gateungeo?", "Seoul Japan because of what protested? book gateungeo?"},
		{"adeun chongrineun madrid danyeowaseo junggugedaehae mwora haessdae", "what said Ardern prime minister madrid after returning from about China"},
		{"ilbon i nuguhago sonjapgo jungguk eul gyeonje hanno", "Japan with whom teaming up China contain"},
		{"yun jeongbu ga hanjjok euro chiuchil kkeo ra go geokjeong handa kadeonde", "Yoon government one side lean ra go worried"},
		{"ilbon i miguk deung e eopgo noryeo haneun mokpyo du gaji mwo inno", "what Japan the United States deung eopgo aiming goal two"},
	})
}
