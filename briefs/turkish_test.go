package briefs

import "testing"

// Turkish mixed in: the case ending written after a name with an apostrophe is cut, the
// genitive read as "'s"; a postposition goes before its noun and the asking word first.
func TestTurkishMixedInEnglish(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Yoon Suk-yeol göreve gelmeden önce Japonya'ya ne gönderdi?", "what Yoon Suk-yeol before taking office Japan sent?"},
		{"Japonya'nın export control koyduğu üç malzemenin isimleri neler?", "what Japan's export control imposed three materials names?"},
		// A word listed only with its Turkish letters is read typed without them (turkishFold).
		{"Guney Kore neden Cin'e ekonomik olarak bagli?", "why South Korea China economic as dependent?"},
		{"US, Japan ve South Korea liderleri Madrid'den önce en son ne zaman bir araya gelmişti?", "when US, Japan and South Korea leaders before Madrid last had met?"},
		{"Kim Jong-un hakkında neler biliyorsun?", "what about Kim Jong-un biliyorsun?"},                                     // a name, not "who"
		{"zirve kaç gün sürdü", "how many days summit lasted"},                                                               // "kaç" alone tells Turkish
		{"amerika asya pasifikte napmaya calisiyo yani big picture ne", "what the US in Asia Pacific do trying big picture"}, // "-iyo" for "-iyor"
		{"yoon goreve baslamadan once japonyaya kimi yolladi", "who yoon before taking office Japan sent"},                   // a name's case ending typed on without an apostrophe
		{"Dörtlü görüşmede Çin meselesi açıldı mı?", "four countries talks China issue opened?"},
		{"ABD-Avustralya ittifakına ne deniyor?", "what US-Australia alliance called?"},
		{"GSOMIA'yı Kore ne zaman iptal etti", "when GSOMIA Korea abolished"}, // "etti" and "iptal" tell Turkish
		{"dörtlünün en zayıf halkası kim", "who four countries' the weakest link"},
		{"Hayashi törende Yoon'a ne teslim etti?", "what Hayashi at the ceremony Yoon handed over?"},
		{"Yasukuni ziyaretleri Kore'de neye yol açıyor", "what Yasukuni visits Korea leads to"},
		{"Kuzey Kore politikası ve Güney Kore'nin önceliği ne", "what North Korea policy and South Korea's priority"}, // a name's case ending after its two words
		{"Yoon daha göreve başlamadan Japonya'ya ne göndermiş, bi heyet mi", "what Yoon more office before Japan sent, a delegation"},
		{"Biden Tokyo ve Seul'e ne garanti verdi toplantıda?", "what Biden Tokyo and Seoul guarantee gave meeting?"}, // "garanti" and "toplantıda" tell Turkish
		{"Dokdo ne kadar büyük bir ada ki bu kadar kavga var", "how big Dokdo a island so dispute"},                  // "kavga" tells Turkish over Hindi's "ki" and "ne"
		{"Yeni Zelanda'nın ABD stratejisindeki rolü ne kadar büyük?", "how big New Zealand's the US strategy role?"},
		{"Amerika dengeyi koruyamazsa Kore ve YZ ne yaşar?", "what the US balance cannot keep Korea and New Zealand experiences?"},
		{"ABD Asya ülkelerini hangi strateji üzerinden kendine çekmeye çalışıyor?", "which strategy the US Asia countries through win over trying?"},
		{"2019da Japonya Kore'ye karsi ticarette ne yaptı?", "what in 2019 against Japan Korea in trade did?"}, // a year's case ending typed on
		{"Gimpo Haneda ucuslari niye durmustu", "why Gimpo Haneda flights stopped"},                            // two markers tell Turkish over Bengali's "niye"
		{"Dokdo adasini Japonlar ne diye cagiriyor?", "what call Dokdo island Japanese?"},                      // "ne diye çağırıyor" is what they call
		{"gimpo-haneda hatti kac sene kapali kaldi acaba", "how many years gimpo-haneda route was shut down"},  // "kaç sene"
		{"Yoon uclu iliski icin cok iddiali bi laf etmis, tam olarak ne dedi", "what said Yoon trilateral for relations very ambitious a made a statement, exactly"},
		{"Japonya Pyongyang'a karsi hangi yontemlerle baski kuruyor", "which means against Japan Pyongyang applies pressure"},
		{"yazinin editoru kim", "who of the article editor"},
		{"G.Kore Çin'e neden daha yumuşak bakıyo", "why South Korea China more soft views"}, // "G.Kore" is South Korea
		{"Amerika'nın gözünde G.Kore'nin rolü ne", "what the US's view South Korea's role"}, // "gözünde", in the eyes of, is a view
		{"Japonya Cin'i dengelemek icin hangi ortakliklari kullaniyo", "which partnerships for Japan China balance uses"},
		{"Avustralya ile digerleri zirvede Cin'i elestirdi mi acik acik", "Australia with others summit China criticized openly"}, // markers without Turkish letters
		{"Dokdo adası ne kadar büyük, kaç km kare", "how big Dokdo island, how many square km"},
		{"ABD icin Japonya ittifaki ne anlama geliyo, nasil tanimliyolar", "what for the US Japan alliance mean, how describe"},
		{"kuzey kore madrid zirvesine ne tepki verdi, aciklama yapti mi", "what North Korea madrid summit reaction, issued a statement"},
		{"Japonlar Dokdo adasina ne isim veriyo", "what Japanese Dokdo island calls"},
		{"o eski disisleri bakaninin adi ne", "what that former foreign minister's name"},
		{"ABD Japonya Kore üçlü görüşmede en çok hangi konu üstünde durdular", "which issue the US Japan Korea trilateral talks most focused on"},
		// Reported pasts ("-miş"), "G Kore" and "K Kore" with a space, and markers that tell
		// Turkish typed without its letters.
		{"Madrid zirvesi kac gun surmus", "how many days Madrid summit lasted"},
		{"G. Kore GSOMIA'yı feshettiğini ne zaman açıkladı", "when South Korea GSOMIA terminated announced"}, // "feshettiğini" tells Turkish
		{"K Kore konusunda Japonya'yi en cok ne endiselendiriyor", "what on the North Korea issue Japan most worries"},
		{"Hayashi Seul'deki törende Kishida'dan ne getirmiş", "what Hayashi Seoul at the ceremony Kishida brought"},
		{"Gimpo-Haneda ucuslari niye durmustu ki", "why Gimpo-Haneda flights stopped"}, // "ucuslari" tells Turkish over Bengali's "niye" and "ki"
		{"üç lider Kuzey Kore meselesinde neleri yapmaya karar vermiş", "what three leader North Korea issue do decided"},
		{"ABD-Japonya ittifakı soğuk savaştan beri nasıl tanımlanıyor", "how US-Japan alliance since the cold war described"},
		{"Japonya Avustralya hangi anlasmayi imzalamisti", "which agreement Japan Australia had signed"},
		{"Biden Tokyo ve Seul'e ne sozu verdi gorusmede", "what Biden Tokyo and Seoul promised talks"},
		{"Avustralya'nin diplomatik stratejisi neye dayaniyor", "what Australia's diplomatic strategy is based on"},
		// Formal written Turkish: "-mektedir" and "-mıştır" verbs, "-dığı" clauses, formal asking
		// ("ne sebeple", "hangisidir"), and names joined with an en dash.
		{"Dört Asya-Pasifik ülkesinin Madrid'deki liderler toplantısında oturumu kim yönetmiştir?", "who four Asia Pacific country's Madrid leaders meeting session chaired?"},
		{"Soğuk savaşın ardından ABD–Japonya ittifakı nasıl tanımlanmaktadır?", "how the cold war's after US-Japan alliance described?"},
		{"Teselli kadınları mağdurlarının Güney Kore'de yargı yoluna ilk başvurdukları yıl hangisidir?", "which is comfort women victims South Korea court first sued year?"},
		{"Yeni Zelanda dış politikasında hangi konulara ağırlık vermektedir?", "which issues New Zealand foreign policy focuses on?"},
		{"Guney Kore'de Yoon hukumetinin izleyebilecegi cizgiye iliskin ne tur bir endise duyulmaktadir?", "about what kind of South Korea Yoon government may follow course concern felt?"}, // "ilişkin" tells Turkish typed without its letters
		{"Japonya Çin'i dizginlemek amacıyla hangi yollara başvurmaktadır?", "which means Japan China contain uses?"},
		{"Güney Kore, Japonya'nın ihracat kısıtlamalarına karşılık olarak hangi adımları atmıştır?", "which steps South Korea, Japan's export restrictions in response to took?"},
		{"Tokyo ile Canberra arasındaki ilişki ne sebeple bu kadar olgun?", "why Tokyo with Canberra between relations so mature?"}, // "sebeple" tells Turkish
		// Colloquial Turkish typed with and without its letters: "uğraşıyo" and "-iyolar" verbs
		// tell Turkish, "denen" is so-called, and countries joined by hyphens around a name of
		// two words are read each.
		{"Bazı analistlere göre Amerika NATO'yu niye Asya Pasifik'e taşımaya uğraşıyo?", "why according to some analysts the US NATO Asia Pacific push trying?"}, // "uğraşıyo" tells Turkish over Bengali's "niye"
		{"Dokdo denen ada ne buyuklukte", "how big Dokdo called island"},
		{"Japonya-G.Kore-Avustralya-Yeni Zelanda dortlu toplantisinda ne konusuldu", "what Japan-South Korea-Australia-New Zealand four countries meeting discussed"},
		{"Uc ulkenin savunma bakanlari ne konusunda anlasmaya yaklasti?", "what three countries defense ministers about nearly agreed?"},
		{"Japonlar hangi mallarin Kore'ye ihracatini kisitladi", "which goods Japanese Korea exports restricted"},
		{"Yeni Zelanda diplomasisini neye yoğunlaştırmış?", "what New Zealand diplomacy focused?"},
		{"Amerikalilar Avustralya ile ittifaklarini nasil tanimliyo?", "how Americans Australia with alliance describe?"},
		{"Japonya'nin dis politikada buyuk hedefi ne, daha fazla soz hakki icin ne yapmak istiyo", "what Japan's foreign policy big goal, more for voice what do wants"},
		{"Yazara gore Yoon hukumetinin adimlari Japonya-Kore iliskisine ne kadar etki etti?", "how much affected according to the author Yoon government actions Japan-South Korea relations?"},
		{"Amerikalilar bu konuda ne yapiyolar", "what Americans this issue do"},
		// A farmer's colloquial Turkish without its letters: "-iyodu" for "-iyordu", sayings
		// ("ad taktı", "olsun istedi", "yoksa laf", "buna karşı", "yarım kaldı", "etrafında
		// dönüyo"), a month of a year ("kasımında"), and markers that tell it.
		{"Biden o uclu gorusmeye ne ad takti", "what Biden that trilateral talks called"},
		{"Yun uclu iliskiyi neye benzetti, ne olsun istedi", "what Yun trilateral relationship likened, wanted it to be"},
		{"dortlu gorusmeden somut bisey cikti mi yoksa laf mi", "four countries talks substantive something came out or empty talk"},
		{"amerikanin asya pasifikteki stratejisinin adi ne", "what the US's Asia Pacific strategy's name"},
		{"Kore ilerici hukumetler zamaninda uclu isbirligine nasil bakiyodu", "how Korea progressive governments in the time trilateral cooperation viewed"},
		{"Kore buna karsi ne yapti, sikayet etti mi bi yere", "what Korea in response did, complained anywhere"},
		{"2021 kasiminda amerika japonya kore basin toplantisi niye yarim kaldi", "why 2021 in November the US Japan Korea press conference cut short"},
		{"Japonya rahat kadinlar kararlarina ne cevap veriyo", "what Japan comfort women rulings reacts"},
		{"Korede japon dusmanligini baska ne kizistiriyo", "what else Korea anti-Japanese sentiment fuels"}, // "kızıştırıyo" tells Turkish
		{"yeni zelanda diplomasisi neyin etrafinda donuyo", "what New Zealand diplomacy revolves around"},
		{"amerika japonya ittifakini nasil tanimliyo", "how the US Japan alliance describe"},
		{"Japonya Cin'i nasil sinirlamaya calisiyo", "how Japan China contain trying"},
		{"avustralya ile yeni zelanda ikili isbirliginde neye bakiyo", "what focus on Australia with New Zealand bilateral cooperation"},
		// A history teacher's formal Turkish: "dile getirmek" is to voice, "masaya getirmek" to
		// bring up, "söz konusu olduğunda" when it comes to, "tek çatı altında" together, a
		// month's case ending after an apostrophe, and markers that tell Turkish.
		{"Dört lider Çin'le ilgili meseleleri masaya getirdi mi?", "four leader China about issues brought up?"},
		{"Japonya'nın NATO zirvesinde nükleer konularda dile getirdiği istek neydi?", "what was Japan's NATO summit nuclear issues voiced desire?"},
		{"Kuzey Kore söz konusu olduğunda Japonya'yı en çok ilgilendiren meseleler hangileridir?", "when it comes to North Korea Japan most concerning issues which are?"},
		{"2019 Temmuz'unda Japonya Güney Kore'ye karşı hangi ticari adımı attı?", "which trade against 2019 July Japan South Korea step took?"},
		{"ABD aradaki dengeyi gozetemezse Guney Kore ve Yeni Zelanda ne gibi sikintilar yasayabilir", "what kind of difficulties the US between balance cannot keep South Korea and New Zealand may experience"},
		{"Bu farklı diplomatik öncelikler dört ülke arasındaki işbirliğini pratikte nasıl etkiliyor?", "how this different diplomatic priorities four countries between cooperation in practice affects?"},
		{"ABD muttefiklerini tek cati altinda toplayabilir mi", "the US allies together can gather"},
		{"Güney Kore de aynı dönemde Japonya'nın hangi resmi belgesine tepki gösterdi?", "which official document South Korea in the same period Japan's reaction?"},
		{"Yun Suk-yol Japonya ile ilişkileri onarma isteğini göstermek için ne yaptı?", "what Yun Suk-yol Japan with relations mend desire for show did?"},
		// Colloquial Turkish typed without its letters: "-ıyo" and "-mıştı" verbs tell Turkish,
		// "Çin'i" is typed "cini", and "japon bakan" is one minister, asked for whole.
		{"Yasukuni'yi en son hangi Japon bakan ziyaret etti?", "which Japanese minister Yasukuni last visited?"},
		{"Yasukuni'yi hangi Japon bakanı ziyaret etti?", "which Japanese minister Yasukuni visited?"},
		{"yasukuniyi en son hangi japon bakani ziyaret etti", "which Japanese minister yasukuniyi last visited"},
		{"kishida dortlu toplantidan once ne istedi, dort ulke surekli mi gelsin diyo", "before what kishida four countries meeting wanted, four countries regularly come says"},
		{"japonya tarihini duzgun anlamazsa sorun cozulmez diyen eski bakan kimdi", "who was Japan history properly does not understand issue cannot be solved saying former minister"},
		{"ABD'nin bir araya getirmeye çalıştığı ittifak yapısına makalede ne ad veriliyor?", "what the US's put together trying alliance structure article called?"},
		{"Tokyo ile Canberra ilişkilerini yarı-ittifak düzeyine taşıdı mı?", "Tokyo with Canberra relations quasi alliance level raised?"},
		{"asya pasifikten hangi ulkeler davetliydi", "which countries from Asia Pacific were invited"},
		{"guney kore daha cok hangi diplomasiyle etki kazanmak istiyor", "which diplomacy South Korea mostly influence gain wants"},
		{"Güney Kore daha çok hangi diplomasiyle etki kazanmak istiyor", "which diplomacy South Korea mostly influence gain wants"},
		{"korede anti japon duygusunu baska ne artiriyor", "what else Korea anti-Japanese sentiment increases"}, // "artırıyor" tells Turkish
		{"Kore'de anti-Japon duyguyu ne artırıyor", "what Korea anti–Japan sentiment increases"},
		{"korede japon karsitligini ne artiriyo", "what Korea anti-Japanese sentiment increases"},
		{"Kore'de Japon karşıtlığını ne artırıyo", "what Korea anti-Japanese sentiment increases"},
		{"moon jae-in hukumeti kuzeyle ne yapmaya calismisti", "what moon jae-in government the North do had tried"}, // "çalışmıştı" tells Turkish
		{"Moon hükümeti kuzeyle ne yapmaya çalışmıştı", "what Moon government the North do had tried"},
		{"japonya cini nasil dengelemeye calisiyor", "how Japan China balance trying"},
		{"avustralyanin diplomasi stratejisi ne uzerine kurulu", "what based on Australia's diplomacy strategy"}, // "avustralyanın" marks Turkish
		{"Avustralyanın diplomasi stratejisi ne üzerine kurulu", "what based on Australia's diplomacy strategy"},
		{"yeni zelanda diplomasisini neye odaklamis", "what New Zealand diplomacy focused"},
		{"japonya ve avustralya cinle bag koparabilir mi", "Japan and Australia China can cut ties"},
		{"Japonya ve Avustralya Çin'le bağ koparabilir mi", "Japan and Australia China can cut ties"},
		{"Japonya Çin'le ilişkileri koparabilir mi", "Japan China relations can cut"},
		{"dort ulkenin diplomatik onceliklerinin farkli olmasi ne sonuc doguruyor", "what four countries diplomatic priorities different consequence"},
		{"Dört ülkenin önceliklerinin farklı olması nasıl bir sonuç doğuruyor", "what kind of four countries priorities different consequence"},
		{"bu farklılık hangi sorunları doğuruyor", "which issues this differences brings about"},
		{"japonya avustralya liderleri ne siklikla gorusuyo", "how often Japan Australia leaders meet"},
		{"Japonya ve Avustralya liderleri ne sıklıkla görüşüyor", "how often Japan and Australia leaders meet"},
		{"Japonya ve Avustralya liderleri sıklıkla görüşüyor mu", "Japan and Australia leaders often meet"},
	})
	s := realStore(t)
	checkAmong(t, s, []led{
		{"Japonya'nın Çin politikası Kore'ninkinden nasıl farklı?", "japan-multi-directional-alliances-china"},
		{"Seoul'ün GSOMIA kararından sonra savunma işbirliği ne oldu?", "defence-cooperation-almost-stopped"},
	})
}

// Japanese names as Turkish spells them ("Kişida", "Hayaşi"), everyday words of questions
// ("böyle", "yakında", "tarafından"), verbal nouns with their case endings ("katılmasındaki"),
// phrases ("mutabık kaldı", "ele alındı", "görüş alışverişi", "zarar gördü"), and words that
// tell Turkish ("toplantısını", "besleyen", "faydası", "hangisinin", "söyleniyor").
func TestTurkishEverydayWords(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Hayaşi törende Kişida'dan ne götürdü", "what Hayashi at the ceremony Kishida brought"},
		{"Yoşimasa Hayaşi kimdi", "who was Yoshimasa Hayashi"},
		{"Ardern Madrid'den dönünce Çin hakkında ne dedi", "what said Ardern Madrid after returning about China"},
		{"ardern madridden dondukten sonra cin hakkinda ne dedi", "what said ardern Madrid after returning about China"},
		{"liderler en son ne zaman böyle bir araya gelmişti", "when leaders last like this had met"},
		{"dörtlü görüşmede hangi konuda mutabık kaldılar", "which issue four countries talks agreed"},
		{"dortlu gorusmede hangi konuda mutabik kaldi", "which issue four countries talks agreed"},
		{"üç ülke hangi konularda mutabık olduklarını açıkladı", "which issues three countries agreed olduklarını announced"},
		{"Seul Japonya'nın ihracat kısıtlamasına nasıl karşılık verdi", "how Seoul Japan's export control responded"},
		{"Japonya'nın NATO zirvesine katılmasındaki amaç neydi", "what was Japan's NATO summit participation purpose"},
		{"Japonya'nın zirveye katılmasının amacı neydi", "what was Japan's summit participation purpose"},
		{"Japonya'nın zirveye katılmaktaki amacı neydi", "what was Japan's summit participation purpose"},
		{"dört ülke toplantısını kim yönetti", "who four countries meeting moderated"}, // "toplantısını" tells Turkish
		{"dortlu gorusmesini kim yonetti", "who four countries talks moderated"},
		{"dort ulke toplantisini kim yonetti", "who four countries meeting moderated"},
		{"bu isbirliginin washingtona faydasi ne", "what this cooperation washingtona benefit"},
		{"en olgun ikili tokyo ve canberra diye soyleniyor", "most mature bilateral tokyo and canberra is said"},
		{"Kishida liderler görüşmesinden önce ne önerdi", "what Kishida leaders before talks proposed"},
		{"Ardern'in Madrid ziyaretinin amacı neydi", "what was Ardern's Madrid visit purpose"},
		{"bu dört ülke yakında yeni bir ittifak kurar mı", "this four countries soon new a alliance form"},
		{"yazar hangi üniversite", "which university author"},
		{"hangi think tank yayınlamış bunu", "which think tank published this"},
		{"Gimpo-Haneda hattı neden kapanmıştı", "why Gimpo-Haneda route had been shut down"},
		{"ilerici hükümetler üçlü işbirliğine nasıl yaklaşıyordu", "how progressive governments trilateral cooperation approached"},
		{"ilericiler üçlü işbirliğine nasıl yaklaşıyodu", "how progressives trilateral cooperation approached"},
		{"ilericiler üçlü işbirliğine nasıl yaklaşıyolardı", "how progressives trilateral cooperation approached"},
		{"Japonya neyi başarmak istiyor", "what Japan achieve wants"},
		{"Japonya'nın güvenlik sisteminin merkezinde ne var", "what Japan's security system core"},
		{"Japonya'nın kurduğu yapının merkezinde ne var", "what Japan's kurduğu structure core"},
		{"ABD'nin planlarında Güney Kore'nin rolü nedir", "what is the US's plans South Korea's role"},
		{"Güney Kore'nin Çin'e daha olumlu olmasının sebepleri neler", "what South Korea's China more positive olmasının reasons"},
		{"Güney Kore ekonomisinin hangi sektörü zarar gördü", "which industry South Korea economy was hurt"},
		{"guney kore ekonomisinin hangi sektoru zarar gordu", "which industry South Korea economy was hurt"},
		{"zirve Haziran sonlarında hangi şehirde toplandı", "which city summit June late met"},
		{"Yoon zirve süresince Çin hakkında konuştu mu", "Yoon summit during about China discussed"},
		{"hangisinin ilişkisi en olgun", "which relationship most mature"},                                       // "hangisinin" tells Turkish
		{"en olgun ikili Tokyo ve Canberra diye söyleniyor", "most mature bilateral Tokyo and Canberra is said"}, // so does "söyleniyor"
		{"ittifak ABD tarafından nasıl tanımlanıyor", "how alliance the US by described"},
		{"Kore'de Japon karşıtlığını besleyen başka ne var", "what else Korea anti-Japanese sentiment fuelling"}, // "besleyen" tells Turkish
		{"Moon hükümeti Kuzey Kore konusunda hangi yolu izlemişti", "which path Moon government about North Korea had followed"},
		{"Güney Kore Çin'e karşı nasıl bir tavır takınıyor", "what kind of South Korea toward China attitude adopts"},
		{"Yoon dış politika alanında ne vaat etti", "what Yoon foreign policy in the field of promised"},
		{"bu işbirliğinin Washington'a faydası ne", "what this cooperation Washington benefit"}, // "faydası" tells Turkish
		{"hiçbiri NATO üyesi değil, neden davet edildiler", "why none NATO members not, were invited"},
		{"Yoon üçlü ilişki için çok iddialı ne dedi", "what said Yoon trilateral for relations very ambitious"},
		{"üç lider neyi güçlendirmek istediklerini söyledi", "what three leader strengthen wanted said"},
		{"üçlü görüşmede hangi konular ele alındı", "which issues trilateral talks were discussed"},
		{"uclu gorusmede hangi konular ele alindi", "which issues trilateral talks were discussed"},
		{"dörtlü toplantıda hangi konularda görüş alışverişi yapıldı", "which issues four countries meeting exchange of views was held"},
		{"dortlu toplantida hangi konularda gorus alisverisi yapildi", "which issues four countries meeting exchange of views was held"},
		// "masaya geldi" is came up, "nasıl bir konumda" what place, "-dığı ileri sürülen" said
		// to be, and a name's genitive typed on.
		{"dortlu gorusmede cin meselesi masaya geldi mi", "four countries talks China issue came up"},
		{"Çin meselesi masaya gelmedi", "China issue did not come up"},
		{"washington icin guney kore nasil bi konumda", "what place for washington South Korea"},
		{"Washington için Güney Kore nasıl bir konumda", "what place for Washington South Korea"},
		{"Son yıllarda ABD'nin Asya'da kurmaya çalıştığı ileri sürülen ittifak yapısına makalede ne ad veriliyor", "what in recent years the US's Asia build said to be trying alliance structure article called"},
		{"hayashi yoonun yemin torenine gelirken yaninda ne getirdi", "what hayashi Yoon's inauguration ceremony coming with him brought"},
	})
}

// Short everyday questions and fragments: asking words that tell Turkish alone ("kimdir",
// "kimlerdi", "kimin", "nelerdi", "hangileri"), everyday past verbs that do ("yapıldı",
// "konuşuldu", "başladı", "feshedildi", "çıkarıldı", "dedi", "oldu", "yaptı"), "ne demek",
// "her ülke", nouns with their case endings that mark it two at a time ("ortakları",
// "farkları", "kaygıları", "davaları", "yarımadası"), and Japanese names as Turkish spells
// them ("Takeşima", "Fukuşima").
func TestTurkishShortQuestions(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"Kore ortakları ile farkları ne", "what Korea partners with differences"},
		{"Kore ortaklari ile farklari ne", "what Korea partners with differences"},
		{"Seul'ün kaygıları ve farklar ne", "what Seoul's concerns and differences"},
		{"Seul'un kaygilari ne, hedefi ne", "what Seoul's concerns, goal what"},
		{"zorla calistirma davalari", "forced labor lawsuits"},
		{"zorla çalıştırma davaları", "forced labor lawsuits"},
		{"teselli kadinlari anlasmasi", "comfort women agreement"},
		{"teselli kadınları anlaşması", "comfort women agreement"},
		{"stratejik özerklik", "strategic autonomy"},
		{"stratejik ozerklik", "strategic autonomy"},
		{"orta güç diplomasisi ne", "what medium power diplomacy"},
		{"orta guc diplomasisi ne", "what medium power diplomacy"},
		{"Singapur toplantıya katıldı", "Singapore meeting attended"},
		{"singapur toplantiya katildi mi", "Singapore meeting attended"},
		{"Kore NATO'ya üye mi, tutumları ne", "what Korea NATO member, attitudes"},
		{"kore natoya uye mi, tutumlari ne", "what Korea NATO member, attitudes"},
		{"yarımada birleşmesi ne zaman", "when peninsula reunification"},
		{"yarimada birlesmesi ne zaman", "when peninsula reunification"},
		{"Kore yarımadası ve silahsızlanma", "Korean Peninsula and disarmament"},
		{"kore yarimadasi ve silahsizlanma", "Korean Peninsula and disarmament"},
		{"Kore yarımadasının birleşmesi", "Korea peninsula's reunification"},
		{"kore yarimadasinin birlesmesi", "Korea peninsula's reunification"},
		{"ortak askeri tatbikatlar", "joint military exercises"},
		{"yarıiletken malzemeler", "semiconductor materials"},
		{"yariiletken malzemeleri", "semiconductor materials"},
		{"hammadde ve malzemeler", "raw materials and materials"},
		{"Tokyo Canberra karşılıklı erişim", "Tokyo Canberra reciprocal access"},
		{"tokyo canberra karsilikli erisim", "tokyo canberra reciprocal access"},
		{"diplomatik mavi kitap", "diplomatic blue book"},
		{"polis şefi Dokdo'yu ziyaret etti", "police commissioner Dokdo visited"},
		{"polis sefi dokdoyu ziyaret etti", "police commissioner dokdoyu visited"},
		{"kaçırılan Japon vatandaşları", "abducted Japanese citizens"},
		{"kacirilan japon vatandaslari", "abducted Japanese citizens"},
		{"Güney Kore Çin'e ne kadar bağımlı", "how much dependent South Korea China"},
		{"guney kore cine bagimli mi", "South Korea China dependent"},
		{"ABD'nin hedefi NATO'nun Asya versiyonu mu", "the US's goal NATO's Asia version"},
		{"Kore DTÖ'ye şikayet etti mi", "Korea WTO complained"},
		{"kore dto'ya sikayet etti mi", "Korea WTO complained"},
		{"nükleer silahların yayılması", "nuclear proliferation"},
		{"nukleer silahlarin yayilmasi", "nuclear proliferation"},
		{"Yoon Suk-yeol kimdir?", "who is Yoon Suk-yeol?"},
		{"Quad'a kimler üye", "who Quad member"},
		{"Asya-Pasifik ortakları kimlerdi?", "who were Asia Pacific partners?"},
		{"Dokdo adası kimin?", "whose Dokdo island?"},
		{"Madrid'de konular nelerdi", "what were Madrid issues"},
		{"NATO zirvesi ne zaman yapıldı?", "when NATO summit was held?"},
		{"nato zirvesi ne zaman yapildi", "when nato summit was held"},
		{"Ukrayna konuşuldu mu", "Ukraine discussed"},
		{"ukrayna konusuldu mu", "Ukraine discussed"},
		{"ihracat kısıtlamaları ne zaman başladı", "when export controls started"},
		{"ihracat kisitlamalari ne zaman basladi", "when export controls started"},
		{"GSOMIA ne zaman feshedildi", "when GSOMIA was terminated"},
		{"Kore beyaz listeden ne zaman çıkarıldı", "when Korea white list was removed"},
		{"kore beyaz listeden cikarildi mi", "Korea white list was removed"},
		{"Yarı ittifak ne demek?", "what does it mean quasi alliance?"},
		{"semiconductor malzemeleri hangileri", "which semiconductor materials"},
		{"zirve ne zamandı", "when was summit"},
		{"zirve ne zamandi", "when was summit"},
		{"Kore DTÖ'ye başvurdu mu", "Korea WTO applied"},
		{"kore wto'ya basvurdu mu", "Korea wto applied"},
		{"Çin meselesi konuşulmadı", "China issue was not discussed"},
		{"cin meselesi konusulmadi", "China issue was not discussed"},
		{"Ardern ne dedi", "what said Ardern"},
		{"Madrid'de ne oldu", "what happened Madrid"},
		{"Moon Jae-in ne yaptı", "what Moon Jae-in did"},
		{"moon jae-in ne yapti", "what moon jae-in did"},
		{"Yeni Zelanda başbakanı kim", "who New Zealand prime minister"},
		{"yeni zelanda basbakani kim", "who New Zealand prime minister"},
		{"Kishida'nın amacı ne", "what Kishida's purpose"},
		{"kishidanin amaci ne", "what kishidanin purpose"},
		{"Amerika'nın Asya'daki ortaklar hangileri", "which the US's Asia partners"},
		{"zirve tarihleri neler", "what summit dates"},
		{"zirve hangi tarihlerde yapıldı", "which dates summit was held"},
		{"zirve hangi tarihler arasında yapıldı", "which dates summit between was held"},
		{"Japonya ihracat kontrollerini neden sıkılaştırdı", "why Japan export controls strengthened"},
		{"Japonya savaş sonrası sistemden kurtulmak istiyor mu", "Japan post-war system get rid of wants"},
		{"japonya savas sonrasi sistemden kurtulmak istiyor mu", "Japan post-war system get rid of wants"},
		{"Japonya ile Kore neden anlaşamıyor", "why Japan with Korea cannot agree"},
		{"Takeşima nedir", "what is Takeshima"},
		{"Fukuşima atık suyu nedir", "what is Fukushima waste water"},
		{"Japonya Çin'i nasıl çevrelemek istiyor", "how Japan China contain wants"},
		{"Japonya nükleer silahların yayılmasını önlemek istiyor mu", "Japan nuclear proliferation prevent wants"},
		{"japonya nukleer silahlarin yayilmasini onlemek istiyor mu", "Japan nuclear proliferation prevent wants"},
		{"silahların yayılması hakkında Japonya ne dedi", "what said about proliferation of weapons Japan"},
		{"silahlarin yayilmasi konusunda japonya ne dedi", "what said proliferation of weapons about Japan"},
		{"her ülke ne istiyor", "what each country wants"},
		{"her ulke ne istiyor", "what each country wants"},
		{"Her ülkenin öncelikleri neler?", "what each country's priorities?"},
		{"her ulkenin oncelikleri neler", "what each country's priorities"},
		{"GSOMIA neden askıya alındı", "why GSOMIA was suspended"},
		{"gsomia neden askiya alindi", "why gsomia was suspended"},
	})
}

// Fragments on the article's subjects: nouns that mark Turkish two at a time ("atık suyu",
// "füze programı", "Güney Pasifik"), everyday verbs ("bitti", "görüşüldü", "çekildi"),
// phrases ("başkanlık etti", "zorunlu çalıştırma", "el konuldu", "Dörtlü
// Güvenlik Diyaloğu"), and "Çung" as Turkish spells Chung.
func TestTurkishTopicFragments(t *testing.T) {
	checkRewrites(t, "withChatSpelledOut", withChatSpelledOut, []struct{ q, want string }{
		{"zirve ne zaman bitti", "when summit ended"},
		{"Güney Pasifik", "South Pacific"},
		{"guney pasifik", "South Pacific"},
		{"Fukushima atık suyu", "Fukushima waste water"},
		{"fukusima atik suyu", "Fukushima waste water"},
		{"Kuzey Kore füzeleri", "North Korea missiles"},
		{"kuzey kore fuzeleri", "North Korea missiles"},
		{"füze programı", "missile program"},
		{"fuze programi", "missile program"},
		{"kadınlar davası", "women lawsuit"},
		{"kadinlar davasi", "women lawsuit"},
		{"beyaz liste meselesi", "white list issue"},
		{"işçi tazminatı davası", "labor compensation lawsuit"},
		{"isci tazminati davasi", "labor compensation lawsuit"},
		{"zorunlu çalıştırma davası", "forced labor lawsuit"},
		{"zorunlu calistirma davasi", "forced labor lawsuit"},
		{"Çin ile ilişkiler kötü mü", "China with relations bad"},
		{"cin ile iliskiler kotu mu", "China with relations bad"},
		{"tarih ders kitapları", "history textbooks"},
		{"tarih ders kitaplari", "history textbooks"},
		{"ABD'nin Asya'daki müttefikleri", "the US's Asia allies"},
		{"abd'nin asyadaki muttefikleri", "the US's asyadaki allies"},
		{"ABD'nin hegemonyası", "the US's hegemony"},
		{"abd'nin hegemonyasi", "the US's hegemony"},
		{"avustralyanin hedefleri", "Australia's goals"},
		{"Gimpo-Haneda hattı ne zaman yeniden açıldı?", "when Gimpo-Haneda route resumed?"},
		{"Çin'e karşı tutum", "toward China attitude"},
		{"dörtlü toplantı ne işe yaradı", "what use was four countries meeting"},
		{"dortlu toplanti ne ise yaradi", "what use was four countries meeting"},
		{"Japon vatandaşlarının kaçırılması", "Japanese citizens abduction"},
		{"japon vatandaslarinin kacirilmasi", "Japanese citizens abduction"},
		{"Yeni Zelanda neyi önemsiyor", "what New Zealand values"},
		{"yeni zelanda neyi onemsiyor", "what New Zealand values"},
		{"Asya-Pasifik NATO'su kuruluyor mu", "Asia Pacific NATO being formed"},
		{"Japon şirketlerinin varlıklarına el konuldu mu", "Japanese enterprises assets were seized"},
		{"japon sirketlerinin varliklarina el konuldu mu", "Japanese enterprises assets were seized"},
		{"Yoon'un yemin töreni", "Yoon's inauguration ceremony"},
		{"yoonun yemin toreni", "Yoon's inauguration ceremony"},
		{"makaleyi kim yazdı", "who article wrote"},
		{"makaleyi kim yazdi", "who article wrote"},
		{"NATO Asyaya genişliyor mu", "NATO Asia expanding"},
		{"nato asyaya mi genisliyor", "nato Asia expanding"},
		{"askeri tatbikatlar yeniden başlayacak mı", "military exercises again will start"},
		{"askeri tatbikatlar ne zaman baslayacak", "when military exercises will start"},
		{"Japonya ve Kore barıştı mı", "Japan and Korea reconciled"},
		{"japonya ve kore baristi mi", "Japan and Korea reconciled"},
		{"Japonya GSOMIA'ya geri dönecek mi", "Japan GSOMIA will return"},
		{"japonya gsomiaya geri donecek mi", "Japan gsomiaya will return"},
		{"Kore GSOMIA'dan çekildi mi", "Korea GSOMIA withdrew"},
		{"kore gsomiadan cekildi mi", "Korea gsomiadan withdrew"},
		{"Madrid'de ne görüşüldü", "what Madrid were discussed"},
		{"madridde ne gorusuldu", "what Madrid were discussed"},
		{"üçlü zirvede neler görüşüldü", "what trilateral summit were discussed"},
		{"uclu zirvede neler gorusuldu", "what trilateral summit were discussed"},
		{"dörtlü toplantıya kim başkanlık etti?", "who four countries meeting chaired?"},
		{"dortlu toplantiya kim baskanlik etti", "who four countries meeting chaired"},
		{"Çung Eui-yong tarih hakkında ne söyledi", "what said about Chung Eui-yong date"},
		{"Kuzey Kore Japonları kaçırdı", "North Korea Japanese abducted"},
		{"kuzey kore japonlari kacirdi mi", "North Korea Japanese abducted"},
		{"Neyden korkuyor", "what afraid"},
		{"Dörtlü Güvenlik Diyaloğu nedir", "what is Quad"},
		{"dortlu guvenlik diyalogu nedir", "what is Quad"},
		{"Japonya Kore'ye özür diledi mi", "Japan Korea apologized"},
		{"japonya koreye ozur diledi mi", "Japan Korea apologized"},
		{"Japonya normal bir ülke olmak istiyor", "Japan normal a country be wants"},
	})
}
