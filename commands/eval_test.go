package commands

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefs"
)

// evalCase is one line of the development question set (../shared/eval/dev-questions.jsonl).
type evalCase struct {
	ID     string     `json:"id"`
	Q      string     `json:"q"`
	Any    [][]string `json:"any"`
	All    []string   `json:"all"`
	Refuse bool       `json:"refuse"`
}

// evalFiles are the question sets the test runs:
//   - the shared development set when the checkout has it beside it (as in CI), else the
//     copy kept in testdata;
//   - the questions we wrote from the article ourselves, phrased unlike the facts, with
//     off-topic ones the bot must refuse (written-questions.jsonl);
//   - nine hundred and eighty-four sets written from the article alone by people who never saw
//     the facts, used for tuning (tuning-questions.jsonl … tuning984-questions.jsonl; tuning4 is written as
//     people type in a direct message, tuning5 as an analyst asks, tuning6 as non-specialists
//     chat, tuning7 and tuning8 as hurried users, newcomers and managers do, tuning9 as
//     students, traders and Australians and New Zealanders asking about their own country,
//     tuning10 as fact-checkers, Pacific Islanders, defence and business readers; tuning30 to
//     tuning34, tuning41, tuning44, tuning47, tuning53, tuning54, tuning56, tuning59 to
//     tuning61, tuning64, tuning65, tuning68, tuning69, tuning72, tuning73, tuning75 to
//     tuning77, tuning79 to tuning81, tuning84, tuning87, tuning90, tuning93, tuning96,
//     tuning101, tuning103 to tuning105, tuning107, tuning109, tuning111, tuning113 to
//     tuning117, tuning119, tuning121 to tuning123, tuning125, tuning127, tuning129, tuning131,
//     tuning133, tuning136, tuning138, tuning140 to tuning142, tuning146, tuning148, tuning150, tuning152 to tuning154, tuning156, tuning159, tuning161, tuning168, tuning174, tuning178, tuning186, tuning188, tuning193, tuning194, tuning204, tuning209, tuning211, tuning215, tuning220, tuning226, tuning227, tuning231, tuning247, tuning253, tuning259, tuning265, tuning271, tuning274, tuning280, tuning286, tuning289 and tuning296 with
//     49 or 50 questions to refuse that sound as if the article answers them; tuning124 as long
//     messages that say who asks before they ask; tuning125 as askers who want what they
//     half-know confirmed, tuning126 as one actor's view of another, tuning127 as when,
//     where and who, tuning128 as what changed over time, tuning129 as what came next,
//     tuning130 as newcomers' basic questions, tuning131 as comparisons, tuning132 as
//     journalists checking quotes, tuning133 as business readers, tuning134 as students
//     revising, tuning135 as terse search-box queries, tuning136 as Australians, New
//     Zealanders and Pacific Islanders, tuning137 as readers on their phones, tuning138 as
//     a teacher and a student preparing a quiz, tuning139 as think-tank analysts comparing
//     the four, tuning140 as business readers and investors, tuning141 as yes/no questions
//     and premises, tuning142 as why and how, tuning143 as people and roles, tuning144 as
//     long messages with context first, tuning145 to tuning148 as the blind sets are, tuning149
//     as students and curious readers, tuning150 as business readers and policy staff,
//     tuning151 as readers checking what they half-remember, tuning152 as a news desk,
//     tuning153 as fact-checkers, tuning154 as a Slack channel, tuning155 as one actor's view
//     of another, tuning156 as the blind sets are, tuning157 as terse chat messages,
//     tuning158 as askers whose English is a second language, tuning159 as long messages
//     with context first, tuning160 as a teacher and students, tuning161 as a journalist
//     fact-checking, tuning162 as business readers and investors, tuning163 as a podcast
//     host asking a guest, tuning164 as a retired diplomat, tuning165 as students doing
//     homework, tuning166 as requests rather than questions, tuning167 as questions probing
//     for nuance, tuning168 as business readers, tuning169 as a debate team preparing a case,
//     tuning170 as bilingual readers dropping in native names, tuning171 as readers asking
//     about what they half-remember, tuning172 as a think-tank researcher reviewing the
//     argument, tuning173 as very short phone messages, tuning174 as a news desk, tuning175
//     as comparisons, tuning176 as messages asking two things at once, tuning177 as
//     dictated messages, tuning178 as analysts wanting exact specifics, tuning179 as readers
//     quoting the article's phrases, tuning180 as numbers, durations and sequences, tuning181
//     as leading questions with premises partly wrong, tuning182 as readers in Southeast Asia
//     and the Pacific Islands, tuning183 as a senior civil servant's formal register, tuning184
//     as leading questions again, tuning185 as messages asking two things at once again,
//     tuning186 as a news desk checking facts, tuning187 as short topical requests, tuning188
//     as why and how questions, tuning189 as checks of whether the article covers something,
//     tuning190 as a university lecturer preparing a seminar, tuning191 as readers whose first
//     language is not English, tuning192 in a formal register with the context before the
//     question, tuning193 as one actor's view of another or how two differ, tuning194 as
//     mixed users with 50 hard refusals, tuning195 as busy professionals with 60 hard
//     refusals, tuning196 as mixed users and readers in the four countries, tuning197 in a
//     formal register again, tuning198 as leading questions again, tuning199 as messages
//     asking two things at once again, tuning200 as mixed users and readers in the four
//     countries, tuning201 in a formal register, tuning202 as leading questions, tuning203
//     as messages asking two things at once, tuning204 as busy professionals with 60 hard
//     refusals, tuning205 as students and newcomers typing informally, tuning206 in a formal
//     register, tuning207 as leading questions, tuning208 as messages asking two things at
//     once, tuning209 as mixed users with 50 hard refusals, tuning210 as readers whose first
//     language is not English, tuning211 as busy professionals with 60 hard refusals,
//     tuning212 to tuning214 in the three hard styles again (formal register, leading
//     questions, two things at once), tuning215 in a formal register with 50 hard refusals,
//     tuning216 as leading questions typed as chat users type them, tuning217 in a formal
//     register, tuning218 as leading questions typed as in chat, tuning219 as messages asking
//     two things at once, tuning220 as mixed users with 50 hard refusals, tuning221 as
//     readers whose first language is not English, tuning222 as a journalist fact-checking
//     on deadline with 40 hard refusals; tuning223 to tuning225 in the three hard styles again
//     (formal register, leading questions typed as in chat, two things at once), tuning226
//     as mixed users with 50 hard refusals and tuning227 as busy professionals with 60;
//     tuning228 to tuning233 in the styles of tuning217 to tuning222 again, tuning234 to
//     tuning236 in the three hard styles again, tuning237 and tuning238 in a formal register
//     and as leading questions typed as in chat; tuning239 to tuning244 as a formal register,
//     leading questions typed as in chat, two things at once, readers whose first language is
//     not English, a fact-checker with 40 hard refusals and checks of whether the article
//     covers something; tuning245 to tuning247 (formal, leading, mixed users with 50 hard
//     refusals), tuning248 to tuning250 and tuning254 to tuning256 (formal, leading, two
//     things at once) and tuning251 to tuning253 (formal, leading, mixed users with 50 hard
//     refusals), written during the twenty-seventh round and committed before they were
//     scored; tuning257 to tuning262 (formal, leading, mixed users with 50 hard refusals, two
//     things at once, readers whose first language is not English, a fact-checker with 40
//     hard refusals), written before the twenty-eighth round changed anything, and during it,
//     each batch committed before it was scored, tuning263 to tuning265 (formal, leading,
//     mixed users with 50 hard refusals), tuning266 to tuning268 (formal, leading, two things
//     at once) and tuning269 to tuning271 (formal, leading, mixed users with 50 hard
//     refusals); tuning272 to tuning277 in the styles of tuning257 to tuning262, written
//     before the twenty-ninth round changed anything, and during it, each batch committed
//     before it was scored, tuning278 to tuning280 and tuning284 to tuning286 (formal,
//     leading, mixed users with 50 hard refusals) and tuning281 to tuning283 (formal,
//     leading, two things at once); tuning287 to tuning292 in the styles of tuning257 to
//     tuning262, written before the thirtieth round changed anything; tuning293 to tuning296
//     (leading questions typed as in chat, leading questions on half-remembered news, formal,
//     mixed users with 50 hard refusals), tuning297 to tuning300 (leading, chat; leading,
//     typed in a hurry; two things at once; readers whose first language is not English) and
//     tuning301 to tuning304 (formal; a retired ambassador writing at length; leading, chat;
//     leading, in a hurry), written during it, each batch committed before it was scored;
//     tuning305 to tuning308 (formal; leading, in a hurry, with 40 hard refusals; an analyst
//     comparing two governments; mixed users with 40 hard refusals), written before the
//     thirty-first round changed anything, and tuning309 to tuning312 (formal, with asides;
//     leading, chat, with 40 hard refusals; a retired ambassador recalling first; an analyst
//     comparing), written during it, committed before they were scored, and tuning313 to
//     tuning316 (formal, with asides; a retired ambassador recalling first; leading, in a
//     hurry, with 40 hard refusals; two things at once), written later in it; tuning317 to
//     tuning320 (a student revising; a journalist on deadline typing fragments; readers whose
//     first language is not English; an analyst comparing), written before the thirty-second
//     round changed anything, and tuning321 to tuning324 (a journalist typing fragments;
//     leading, chat, with 40 hard refusals; formal, with asides; mixed users with 40 hard
//     refusals), written during it; tuning325 to tuning328 (a teacher setting a quiz; people
//     typing fast on a phone, with typos; a podcast host asking what the piece says; a
//     sceptical reader challenging claims), written before the thirty-third round changed
//     anything, and tuning329 to tuning332 (typing fast on a phone, with 40 refusals; on a
//     phone, two questions run together; a sceptic; formal, with describing clauses),
//     written during it; tuning333 to tuning336 (typing fast on a phone, with typos; leading,
//     chat, a premise first; a journalist typing fragments; a retired diplomat recalling
//     first), written before the thirty-fourth round changed anything; tuning337 to tuning340
//     (a curious reader chatting; readers whose first language is not English; two questions
//     in one message; leading, chat, a premise first), written before the thirty-fifth round
//     changed anything; tuning341 to tuning344 (a teacher writing quiz questions; a business
//     analyst asking about consequences; follow-ups naming people by role; a student
//     preparing a debate), written before the thirty-sixth round changed anything; tuning345
//     to tuning348 (a retired ambassador recalling, misremembering details; typing fast on a
//     phone, with abbreviations; a sceptic opening with a doubtful claim; an editor checking a
//     draft), written during it; tuning349 to tuning352 (a curious grandparent rambling with
//     personal asides; a busy chat user typing fast with typos; a comparative-politics
//     student asking how stances differed; a fact-checker asking exact numbers, dates and
//     places), written before the thirty-seventh round changed anything; tuning353 to
//     tuning356 (a security analyst asking for lists and counts; a cautious reader asking
//     for confirmation; a historian asking about dates and sequence; a teenager typing
//     slang in lowercase), written before the thirty-eighth round changed anything; tuning357
//     to tuning360 (a lawyer asking about claims, rulings and who said what; a Spanish-
//     speaking tourist's imperfect word order; a news editor looking for the angle; an asker
//     of negative questions, "Didn't…", "Isn't it true that…"), written before the
//     thirty-ninth round changed anything; tuning361 to tuning364 (a retired ambassador's
//     long formal asides; a talk-radio caller's vague references; a sceptic starting from
//     a wrong assumption; quick phone typing with abbreviations) and tuning365 to tuning368
//     (a grandparent rambling; a Korean-born engineer's unusual grammar; a podcast host
//     after the story; a student asking two things at once), written during the
//     thirty-ninth round and committed before they were tuned on; tuning369 to tuning372 (a
//     market analyst in Singapore mixing in business jargon; a university librarian after
//     precise attributions; a human-rights activist's pointed questions; short search-box
//     queries), written before the fortieth round changed anything; tuning373 to tuning376
//     (an Australian undergraduate asking why; one-line questions from a busy Slack user; a
//     Korean-American community organiser; a retired New Zealand diplomat's long hedged
//     questions), written during the fortieth round and committed before they were tuned
//     on; tuning377 to tuning380 (a Korean university debate coach's pointed comparisons; a
//     casual lowercase Reddit user; a policy consultant's long formal memo questions; an
//     Australian history teacher asking what happened and when), written before the
//     forty-first round changed anything; tuning381 to tuning384 (a Vietnamese graduate
//     student on middle powers' hedging; a radio producer's spoken questions; a retired
//     Japanese diplomat asking what the author implies; a data journalist after dates, names
//     and lists), written during the forty-first round and committed before they were tuned
//     on; tuning385 to tuning388 (an Indian columnist on the Quad; a Seoul high-school student
//     practising English; a corporate risk officer asking what could go wrong; a professor of
//     Korean history exacting about events and dates), written later in that round and
//     committed before they were tuned on; tuning389 to tuning392 (a model-UN delegate for New
//     Zealand, earnest and wordy; a French defence analyst's fluent non-native English; a
//     sceptical blogger asking "isn't it true that…"; a Japanese exchange student in Seoul on
//     how each side sees the other), written before the forty-second round changed anything; tuning393 to tuning396 (short follow-ups in a Slack thread
//     that lean on "they" and "it"; an Australian journalist after one precise fact at a time;
//     a Korean graduate student's second-language English; a think-tank editor checking
//     claims in a draft), written during the forty-second round and committed before they were
//     tuned on; tuning397 to tuning400 (a teacher's self-contained quiz questions; a reader
//     who uses the article's garbled names as often as the canonical ones; a Japanese diplomat
//     in training on Tokyo's motives; a New Zealand voter mixing several things, a detail
//     sometimes wrong), written later in that round and committed before they were tuned on; tuning401 to tuning404 (a retired US Marine officer's blunt questions naming
//     capitals; an economics blogger mostly on the trade dispute; a debating-society member's
//     "to what extent" questions; a busy parent typing on a phone), written late in that round
//     and committed before they were tuned on; tuning405 to tuning408 (an Australian
//     defence analyst's jargon; a journalism student's headline-like notes; a Wellington
//     high-school student asking "which one" and "how come"; a Korean civil servant preparing
//     talking points), written later in that round and committed before they were tuned on; tuning409 to tuning412 (a
//     European Parliament researcher's "to what degree"; a talk-radio caller misremembering a
//     name or a date; an Indonesian lecturer's second-language English; a Japanese retiree's
//     short polite questions with Japanese names), written later in that round and committed
//     before they were tuned on; tuning413 to tuning416 (a Canadian foreign-service officer's
//     "how does X square with Y"; a Korean-American student's texting slang; a Chinese
//     graduate student on balancing the US and China; a wry British reader's long formal
//     questions), written later in that round and committed before they were tuned on;
//     tuning417 to tuning420 (a TV news producer after one-line versions; a Vietnamese
//     business owner's simple English on trade and China; a sociology student on history and
//     public opinion; a sceptical Australian pensioner's run-on questions), written later in
//     that round and committed before they were tuned on; tuning421 to tuning424 (a Brazilian
//     exchange student in Tokyo; a US think-tank fellow's acronyms; a Korean grandmother's
//     questions typed by her grandson; a quiz-show researcher's exact facts), written last in
//     that round and committed before they were tuned on; tuning425 to tuning428 (a sceptical
//     Reddit commenter's abbreviations; a chatty radio caller's asides; a NATO press officer on
//     who said what; a data analyst's terse keyword queries), written before the forty-third
//     round changed anything; tuning429 to tuning432 (an Australian
//     student's slang; a Korean opposition aide's pointed questions; a trade economist on
//     supply chains; a Madrid journalist's second-language English), written during that
//     round and committed before they were tuned on; tuning433 to tuning436 (an Indian
//     commentator on the Quad; a blunt retired Marine; a learner of Japanese with Japanese
//     terms; a podcast listener half-remembering details), written later in that round and
//     committed before they were tuned on; tuning437 to tuning440 (a Chinese
//     student's pinyin names; a Korean reader's romanized Korean; a fact-checker's wrong
//     premises; an elderly reader's misspelt run-on questions), written later in that round
//     and committed before they were tuned on; tuning441 to tuning444 (a teacher's
//     quiz prompts; an analyst's superlatives; a historian's sequences; a Spanish-speaking
//     student's Spanish country names), written later in that round and committed before
//     they were tuned on; tuning445 to tuning448 (a voice assistant's
//     unpunctuated transcripts; a lawyer on attribution; a newcomer mixing up terms; a
//     children's explainer's simple words), written later in that round and committed
//     before they were tuned on; tuning449 to tuning452 (an executive's
//     one-liners with autocorrect slips; a Japanese diplomat's family-name-first names; a
//     suspicious commenter's loaded questions; a researcher after exact wording), written
//     later in that round and committed before they were tuned on; tuning453 to tuning456 (an East
//     Asian studies student's "to what extent"; a New Zealand voter's Kiwi slang; a trivia
//     enthusiast's numbers and names; an Australian defence journalist near the article's
//     subject), written last in that round and committed before they were tuned on; tuning457
//     to tuning461 (a French diplomat's French country names; a policy intern after gists;
//     an economist on dependence and costs; several questions in one message; a Filipino
//     student's Taglish), written last in that round and committed before they were tuned
//     on; tuning462 to tuning465 (an Indonesian student's Bahasa words; an Indian reader's
//     Hinglish; a Vietnamese reader's Vietnamese words; a Gen-Z reader's meme-speak), written
//     last in that round and committed before they were tuned on; tuning466 to tuning468 (a
//     Malaysian student's Malay words; a German analyst's German country names; a Korean
//     reader's names in Hangul), written last in that round and committed before they were
//     tuned on; tuning469 to tuning472 (a retired general's jargon; a UN staffer's
//     multilateral jargon; a student's "explain why" with guesses; long messages setting the
//     scene first), written last in that round and committed before they were tuned on;
//     tuning473 to tuning476 (an Australian farmer's talkback-radio slang; a retired Japanese
//     diplomat's name order and honorifics; a Spanish journalist's odd Spanish word; a
//     graduate student's comparisons), written before the forty-fourth round changed
//     anything; tuning477 to tuning480 (a Korean-American editor's romanised Korean; an
//     executive dictating without punctuation; a teacher's quiz prompts; a Chinese student's
//     pinyin), written in that round and committed before they were tuned on; tuning481 to
//     tuning484 (a Japanese exchange student's simple English; a defence lobbyist's
//     procurement details; a librarian asking where the article says it; a social-media
//     user's two or three questions at once), written later in that round and committed
//     before they were tuned on; tuning485 to tuning488 (a grandmother's family comparisons
//     typed by her grandson; an economist's trade wording; a fact-checker's subtly wrong
//     claims; a Brazilian's Portuguese word order), written later still in that round and
//     committed before they were tuned on; tuning489 to tuning492 (a Fijian activist's
//     asides; a retired Marine's gruff questions; a translator on how terms are rendered; a
//     teenager's slang), committed before they were tuned on; tuning493 to tuning496 (a
//     Taiwanese journalist's angles; a quiz-bowl player's factoids; a philosophy student's
//     abstractions; an office worker's sarcasm), committed before they were tuned on;
//     tuning497 to tuning500 (an Indonesian diplomat's Indonesian words; a New Zealand
//     lecturer's Maori words; a twelve-year-old's simple words; a lawyer's precision),
//     committed before they were tuned on; tuning501 to tuning504 (a Singaporean analyst; a
//     history teacher's context; voice dictation's sound-alikes; an investor's risks),
//     committed before they were tuned on; tuning505 to tuning508 (a dual national's both
//     sides; a NATO staffer's bureaucratic English; an angry reader's capitals; a
//     researcher's exact wording), committed before they were tuned on; tuning509 to
//     tuning512 (a state-media reporter's framing; one-sentence answers; a crossword setter's
//     single words; an Australian defence analyst), committed before they were tuned on;
//     tuning513 to tuning516 (English mixed with Vietnamese, Hindi, Malay and pinyin), the
//     forty-fourth round's last, committed before they were tuned on; tuning517 to tuning520
//     (a Japanese business journalist's hedges; a teenager's Discord slang; a retired Navy
//     officer's acronyms; a librarian's summaries), committed before the forty-fifth round
//     changed anything; tuning521 to tuning524 (a Korean office worker's Konglish; a French
//     diplomat's English; a fact-checker's yes-or-no numbers; long background before the
//     question), committed before they were tuned on; tuning525 to tuning528 (a Thai
//     student's particles; a phone-in caller's rambling; a German economist's trade terms; a
//     civics teacher's exam instructions), committed before they were tuned on; tuning529 to
//     tuning532 (a hurried typist's typos; a student's comparisons; a journalist's
//     attributions; a Filipino reservist's South China Sea), committed before they were tuned
//     on; tuning533 to tuning536 (a newsletter reader's plain questions; a reviewer's "what
//     does the author think"; a mistaken reader's wrong premises; a professor's history
//     disputes), committed before they were tuned on; tuning537 to tuning540 (a seminar
//     student's topics; a manager's labelled questions; yes-or-no questions; how and in what
//     way), committed before they were tuned on; tuning541 to tuning544 (a debater's
//     evidence; an Australian journalist's Pacific; a Korean diplomat's formal English; very
//     short questions), committed before they were tuned on; tuning545 to tuning548 (a
//     retired ambassador; how many, when and how long; a Chinese student's fluent English; a
//     media-literacy teacher on the article itself), committed before they were tuned on;
//     tuning549 to tuning552 (an intern's memo English; a Korean grandmother's simple words;
//     a sceptical American conservative; a Kiwi student activist), committed before they
//     were tuned on; tuning553 to tuning556 (a radio call-in listener; a British tabloid
//     reader; a long-haul trucker; a Malaysian civil servant), committed before they were
//     tuned on; tuning557 to tuning560 (a Japanese office worker's particles; a student's
//     comparisons; a grumpy retiree's sarcasm; autocorrect mistakes), committed before they
//     were tuned on; tuning561 to tuning564 (an Australian defence analyst's jargon; a Korean
//     student's mixed English; exact quotes; a quiz writer's true-or-false), committed before
//     they were tuned on; tuning565 to tuning568 (a Hong Kong reader's particles; two-part
//     questions; a retired teacher's winding asides; Spanish mixed in), committed before they
//     were tuned on; tuning569 to tuning572 (Japanese with English mixed in; French mixed in;
//     a teenager's emojis; a journalist's claims to check), committed before they were tuned
//     on; tuning573 to tuning576 (Chinese with English mixed in; German mixed in; a policy
//     analyst's evidence; a Madrid reporter's logistics), committed before they were tuned
//     on; tuning577 to tuning580 (a news anchor's one-liners; a history teacher's sequences;
//     Russian mixed in; a reader quoting the article's phrases), the forty-sixth round's last,
//     committed before they were tuned on; tuning581 to tuning584 (an Irish pub-quiz host's
//     quickfire; a Vietnamese exchange student's simple sentences; a sceptical economist's
//     trade-first framing; a voice assistant's unpunctuated transcript), committed before they
//     were tuned on; tuning585 to tuning588 (a grandmother's roundabout questions; a Canadian
//     hockey fan's offhand tone; a policy wonk's acronyms; a Scottish reader's dialect words),
//     committed before they were tuned on; tuning589 to tuning592 (an Indonesian journalist's
//     translated phrasing; a poet's metaphors; a nervous intern's apologies; a fact-checker's
//     yes-or-no checks), committed before they were tuned on; tuning593 to tuning600 (a Welsh
//     rugby fan's asides; Italian mixed in; a high-school debater's challenges; a Thai tour
//     guide's simple English; a legal scholar's hypotheticals; a Singaporean engineer's terse
//     English; an Australian talkback host's slang; a Polish journalist's translated idioms),
//     committed before they were tuned on; tuning601 to tuning608 (Portuguese mixed in; Dutch
//     mixed in; a Jamaican reader's patois; a Kenyan teacher's formal English; a newsreel
//     announcer's grand phrasing; a game-show host's build-ups; a PhD student's run-on
//     questions; a customer-service agent's scripted politeness), committed before they were
//     tuned on; tuning609 to tuning616 (Swedish mixed in; a Quebec reader's Franglais; a tired
//     parent's typos; a sports commentator's play-by-play; a Victorian novelist's ornate
//     style; a Texan rancher's drawl; a conspiracy-minded sceptic's loaded questions; a
//     Korean War veteran's plain English), committed before they were tuned on; tuning617 to
//     tuning620 (a Nigerian Pidgin speaker; a museum audio guide's prompts; a headline
//     writer's puns; a student cramming for an exam), the forty-seventh round's last,
//     committed before they were tuned on; tuning621 to tuning624 (an Australian talk-back
//     radio host's blunt prompts; a Singaporean office worker's Singlish; a Polish graduate
//     student's formal English; a Texan rancher's drawl, again), the forty-eighth round's
//     first, committed before they were tuned on; tuning625 to tuning628 (a reference
//     librarian's catalogue-style requests; Cantonese mixed in; Turkish mixed in; a
//     grandmother's polite sentences), committed before they were tuned on; tuning629 to
//     tuning632 (Vietnamese mixed in; an Indian news anchor's Hinglish; a sea captain's
//     nautical metaphors; a Filipino nurse's Taglish texts), committed before they were tuned
//     on; tuning633 to tuning636 (romanised Korean mixed in; Indonesian mixed in; a sports
//     pundit's hot takes; a diplomat's hedges and double negatives), committed before they
//     were tuned on; tuning637 to tuning640 (romanised Japanese mixed in; romanised Thai
//     mixed in; a lawyer's cross-examination; a ten-year-old's school project), committed
//     before they were tuned on; tuning641 to tuning644 (Russian typed in Latin letters;
//     Arabizi; voice dictation without punctuation; Spanglish), committed before they were
//     tuned on; tuning645 to tuning648 (Tanglish; Roman Urdu; Finglish; Polish mixed in),
//     the forty-eighth round's last, committed before they were tuned on; tuning649 to
//     tuning652 (a driver's voice-assistant transcripts; Cantonese mixed in; a policy
//     professor's two-part questions; German mixed in), the forty-ninth round's first,
//     committed before they were tuned on; tuning653 to tuning656 (Korean in Hangul mixed
//     in; a retired colonel's military jargon; Japanese in kana and kanji mixed in;
//     Turkish mixed in), written later in it and committed before they were tuned on;
//     tuning657 to tuning660 (a sceptical economist; a middle-school student; an Indonesian
//     reader's plain English; an Australian defence analyst), later still, committed
//     before they were tuned on; tuning661 to tuning664 (a cross-examining lawyer's leading
//     questions; a podcast host's two-part questions; a comparative-politics student; a
//     copy editor checking facts), later still, committed before they were tuned on;
//     tuning665 to tuning668 (a retired schoolteacher; a sports commentator; a teenager
//     texting; a radio host reading listeners' questions), later still, committed
//     before they were tuned on; tuning669 to tuning672 (indirect requests; a minute-taker's
//     noun phrases; a quiz writer's fill-in-the-blanks; a reporter's follow-ups), later
//     still, committed before they were tuned on; tuning673 to tuning676 (keyword searches;
//     a fact-checker's exact figures; exam prompts; rumours checked), later still,
//     committed before they were tuned on; tuning677 to tuning680 (a librarian's subject
//     queries; statements asked as questions; single facts; the topic's edges), later
//     still, committed before they were tuned on; tuning681 to tuning684 (Chinese characters
//     mixed in; who says what; one-liners; Spanish mixed in), later still, committed
//     before they were tuned on; tuning685 to tuning688 (a Singaporean civil servant; a
//     grandparent's rambling; an investor; Konglish), later still, committed before they
//     were tuned on; tuning689 to tuning692 (Greeklish; romanised Bengali; Swahili and
//     Sheng; Italian mixed in), the round's last, committed before they were tuned on;
//     tuning693 to tuning696 (a New Zealand sheep farmer's laconic English; asking to have it
//     explained simply; quiz clues and fill-in-the-blank prompts; a voice assistant's
//     unpunctuated transcript), written before the fiftieth round changed anything;
//     tuning697 to tuning700 (an Indian civil-services aspirant's exam phrasing; a sarcastic
//     sceptic's loaded premises; a Filipino nurse's Taglish; a Mexican student's Spanish
//     mixed in), written later in it and committed before they were tuned on;
//     tuning701 to tuning704 (romanised Thai mixed in; a chatbot tester's fragments; Russian
//     in Latin letters mixed in; a policy analyst's comparisons and rankings), later still,
//     committed before they were tuned on; tuning705 and tuning706 (Vietnamese mixed in, with
//     and without its diacritics), later still, committed before they were tuned on;
//     tuning707 to tuning712 (new writers of languages the bot reads: Indonesian, Hinglish,
//     romaji, romanised Korean, Brazilian Portuguese and Arabizi mixed in), later still,
//     committed before they were tuned on; tuning713 and tuning714 (a Quebec student's French
//     and a Hamburg manager's German mixed in), later still; tuning715 (a Chiang Mai tour
//     guide's romanised Thai mixed in) and tuning716 to tuning718 (an exchange student's
//     informal romanised Korean, a Tokyo student's casual romaji and a Jordanian engineer's
//     Levantine Arabizi, each mixed in), and tuning719 to tuning722 (a Lebanese student's
//     Arabizi with French, a Khon Kaen student's Thai, a Gwangju retiree's polite romanised
//     Korean and a Da Nang tour operator's Vietnamese, each mixed in), the round's last;
//     tuning723 to tuning730 (a Nakhon Ratchasima student's romanised Thai, a Seoul startup
//     worker's romanised Korean, a Rabat student's and a Marrakech guide's Moroccan Arabizi,
//     each mixed in, a breakfast-TV presenter's long multi-part questions, a Taiwanese
//     student's second-language English, a teenage gamer's slang and a radio host reading
//     out callers' questions), written in the fifty-first round; tuning731 to tuning737 (a
//     retired teacher's wandering questions, a tabloid sub-editor's, a retired colonel's, a
//     podcast host's, a Can Tho student's Vietnamese without diacritics, a Nagoya nurse's
//     romaji and a Lima student's Spanish, each mixed in), written later in it; tuning738 to
//     tuning743 (a Fes shopkeeper's Darija, an Udon Thani nurse's romanised Thai, an Ulsan
//     engineer's romanised Korean and a Hiroshima student's romaji, each mixed in, a news
//     anchor's live interview and a sports-radio host's listeners), later still; tuning744 to
//     tuning747 (a Damascus student's Arabizi, a Bandung worker's Indonesian, a Porto Alegre
//     student's Portuguese and a Hue teacher's Vietnamese, each mixed in), the round's last;
//     tuning748 to tuning755 (a Gwangju taxi driver's romanised Korean, a Guadalajara
//     student's Spanish, a Port Harcourt mechanic's Nigerian Pidgin, a Mumbai tester's
//     Hinglish, a Penang hawker's Manglish, a trivia quizmaster's, a Cebu student's Taglish
//     and a Bogotá journalist's Spanish), written at the fifty-second round's start;
//     tuning756 and tuning757 (a Suwon student's romanised Korean and a Madrid worker's
//     Castilian Spanish), written later in it; tuning758, tuning760 and tuning761 (an Ipoh
//     shop assistant's and a Kuching student's Manglish and a Quezon City student's texted
//     Taglish), later still; tuning759 (a TV game-show host's quiz questions with options),
//     with them; tuning762 and tuning763 (a Rosario worker's Rioplatense Spanish and an
//     Ibadan student's Nigerian Pidgin), after those; tuning764 and tuning765 (an Incheon
//     worker's and a Cheongju retiree's romanised Korean), the round's last; tuning766
//     and tuning767 (a university quiz-team coach's and a radio phone-in quiz host's), with
//     them; tuning768 and tuning769 (a Cagayan de Oro agent's Taglish with Bisaya and a
//     Chiang Mai driver's romanised Thai), the very last; tuning770 to tuning777 (a Davao
//     vendor's and a Cagayan de Oro student's Bisaya, a Surabaya shop owner's and a Bandung
//     student's Indonesian, an Aberdeen worker's Scots, a Ho Chi Minh City worker's English
//     with Vietnamese, an Incheon driver's romanised Korean and a Penang hawker's
//     Manglish), written at the fifty-third round's start; tuning778 to tuning782 (a
//     Guadalajara shopkeeper's Spanish, a Port Harcourt student's Nigerian Pidgin, a
//     trivia-night host's quiz questions, a Chiang Rai seller's romanised Thai and a Rabat
//     student's Darija in Latin letters), written after them; tuning783 to tuning790 (a
//     Peterhead pensioner's Doric, a Meknes student's Darija with French, a Monterrey
//     worker's Spanish, a Hue teacher's English with Vietnamese, a Gwangju driver's
//     romanised Korean, a Sapporo worker's romaji, a Recife student's Portuguese and a
//     Beirut shop owner's Lebanese Arabizi), written later in the round; tuning791 to
//     tuning796 (a Tetouan shopkeeper's Darija, a Sidon nurse's Lebanese Arabizi, a Kobe
//     student's romaji, a Porto Alegre worker's Portuguese, a Changwon worker's romanised
//     Korean and an Udon Thani farmer's romanised Thai), the round's last; tuning797 to
//     tuning801 (a Jeonju farmer's romanised Korean, an Agadir worker's Darija, a Hiroshima
//     worker's romaji, a Zahle shopkeeper's Lebanese Arabizi and a Nakhon Ratchasima
//     student's romanised Thai), written after them; tuning802 to tuning809 (a Chittagong
//     shopkeeper's and a Kolkata-born nurse's Banglish, a Maui fisherman's and a Hilo
//     student's Hawaii Pidgin, a Kaohsiung student's and a Beijing engineer's pinyin, and a
//     Madurai student's and a Coimbatore clerk's Tanglish), written at the fifty-fourth
//     round's start; tuning810 to tuning813 (a Lahore shop owner's and an Islamabad
//     aspirant's Roman Urdu, a Christchurch tradie's Kiwi slang and a Munich engineer's
//     Denglisch), written after them; tuning814 to tuning819 (a Sylhet student's and a
//     Khulna teacher's Banglish, an Oahu builder's Hawaii Pidgin, a Montego Bay driver's
//     Patois, a Dunedin student's Kiwi slang and a Taichung engineer's pinyin), later still;
//     tuning820 to tuning823 (a Chennai driver's Tanglish, a Jaffna teacher's Sri Lankan
//     Tamil, a Karachi banker's Roman Urdu and a Rajshahi student's Banglish), after them;
//     tuning824 and tuning825 (a Dhaka engineer's Banglish and a Hilo teacher's Hawaii
//     Pidgin), written at the fifty-fifth round's start; tuning826 to tuning831 (a Nairobi
//     driver's Sheng, a Mombasa student's Swahili, a Rio nurse's and a Lisbon pensioner's
//     Portuguese, a Busan worker's romanised Korean and a Manila student's Taglish), after
//     them; tuning832 (a polytechnic student's Singlish), later still; tuning833 and
//     tuning834 (a Bangalore tester's Tanglish and a Wellington public servant's Kiwi
//     slang), later in the round; tuning835 to tuning837 (an Incheon nurse's romanised
//     Korean, a Nakuru rider's Sheng and a Comilla shop owner's Banglish), after them;
//     tuning838 to tuning845 (an Alexandria pharmacist's, a Giza call-centre worker's and a
//     Mansoura student's Egyptian Arabizi, a Quebec City teller's and a Montreal teacher's
//     French, a Seoul pupil's romanised Korean, a Queensland tradie's run-on Aussie English
//     and a ten-year-old's homework questions), at the fifty-sixth round's start;
//     tuning846 to tuning849 (a Port Said engineer's Egyptian Arabizi, a Daegu worker's
//     romanised Korean, a Lyon retiree's texted French and a nine-year-old's questions),
//     later in the round; tuning850 and tuning851 (a Darwin tour operator's and an Adelaide
//     teacher's Aussie English), later still;
//     tuning852 to tuning859 (a Giza taxi driver's and a Mansoura nurse's Egyptian
//     Arabizi, an Ankara engineer's and an Izmir student's Turkish, a Rome student's
//     Italian, a Suwon student's romanised Korean, a Cairns publican's run-on Aussie English
//     and a Shanghai worker's English with Chinese characters), at the fifty-seventh
//     round's start; tuning860 to tuning866 (a Jeonju vendor's and a Seoul office
//     worker's romanised Korean, an Aswan teacher's Egyptian Arabizi, an Antalya
//     receptionist's Turkish, a Turin engineer's Italian, an Osaka homemaker's Japanese
//     and a Kaohsiung student's Chinese, each mixed with English), later in the round;
//     tuning867 to tuning877 (a Daegu manager's, a Suwon teacher's and a Gwangju
//     restaurateur's romanised Korean, a Mansoura pharmacist's Egyptian Arabizi, an Izmir
//     engineer's Turkish, a Wagga Wagga shearer's run-on Aussie English, a Turin lawyer's
//     Italian, a Wrocław teacher's Polish, a Thessaloniki student's Greeklish, a
//     Novosibirsk manager's Russian in Latin letters and a Hamburg planner's German, each
//     mixed with English), at the fifty-eighth round's start; tuning878 to tuning880 (a
//     Kazan student's Russian in Latin letters, a Patras accountant's Greeklish and a
//     Gaziantep shopkeeper's Turkish), later in the round; tuning881 to tuning883 (an Asyut
//     teacher's Egyptian Arabizi, a Hongdae barista's romanised Korean and a Łódź engineer's
//     Polish), later still;
//     tuning884 and tuning885 (a Kazan courier's Russian in Latin letters and a Patras
//     barista's Greeklish), at the fifty-ninth round's start;
//     tuning886 to tuning888 (a Zagazig teller's Egyptian Arabizi, an Antalya driver's
//     Turkish and a Gwangju nurse's romanised Korean), later in the fifty-ninth round;
//     tuning889 to tuning891 (a Volos electrician's Greeklish, a Minsk engineer's Russian
//     in Latin letters and a Łódź manager's Polish), later still;
//     tuning892 to tuning896 (a Kalamata cook's Greeklish, a Shubra taxi driver's Egyptian
//     Arabizi, a Samara engineer's Russian in Latin letters, a Jeonju barista's romanised
//     Korean and an Eskişehir student's Turkish), at the sixtieth round's start;
//     tuning897 and tuning898 (an Athens student's Greeklish with 8 for theta and 3 for xi,
//     and a Konya judge's formal Turkish), later in the sixtieth round;
//     tuning899 and tuning900 (an Alexandria rider's Egyptian Arabizi and a Krasnodar
//     nurse's spoken Russian in Latin letters), later still;
//     tuning901 to tuning909 (a Heraklion electrician's Greeklish, a Kazan engineer's Russian
//     in Latin letters, a Gaziantep shop owner's Turkish, a Mansoura mechanic's Egyptian
//     Arabizi, a Busan restaurant owner's romanised Korean, a Tripoli architect's Levantine
//     Arabizi with French, a Texas trucker's, a Hyderabad student's and a Townsville
//     carpenter's English), at the sixty-first round's start;
//     tuning910 to tuning917 (a Jeonju nurse's romanised Korean, a Volos mechanic's
//     Greeklish, a Zagazig accountant's Egyptian Arabizi, a Homs teacher's Syrian Arabizi, a
//     Konya farmer's Turkish, a Samara driver's Russian in Latin letters, a Dundee joiner's
//     Scottish English and a Singapore engineer's Singaporean English), at the sixty-second
//     round's start;
//     tuning918 to tuning925 (a Patras student's and a Chania retiree's Greeklish, an
//     Incheon office worker's polite and a Seoul student's casual romanised Korean, a Beirut
//     student's Lebanese and a Cairo retiree's Egyptian Arabizi, an Istanbul teacher's formal
//     Turkish and an Almaty accountant's Russian in Latin letters), in the sixty-second round's
//     second half;
//     tuning926 to tuning933 (an Incheon student's casual romanised Korean, a Larissa farmer's
//     Greeklish, a Cairo taxi driver's Egyptian Arabizi, a Sidon mechanic's Lebanese Arabizi with
//     French, an Antalya receptionist's Turkish without Turkish letters, a Novgorod librarian's
//     careful Russian in Latin letters, a Cardiff plumber's Welsh English and a Nairobi developer's
//     Kenyan English with Sheng), at the sixty-third round's start;
//     tuning934 to tuning937 (a Busan shop owner's romanised Korean, a Gomel office worker's
//     Russian in Latin letters, a Kanpur retired teacher's Hinglish and a Homs student's Syrian
//     Arabizi), in the sixty-fifth round;
//     tuning938 to tuning942 (an Amman taxi driver's Jordanian Arabizi, a Larissa teacher's
//     Greeklish, a Daegu student's romanised Korean, a Quezon City nurse's Taglish and a
//     Novosibirsk retired teacher's Russian in Latin letters), in the sixty-sixth round;
//     tuning943 to tuning946 (a Seoul office worker's romanised Korean, a Gwangju retired farmer's
//     romanised Korean with Jeolla endings, a Beirut nurse's Lebanese Arabizi and a Nicosia bank
//     clerk's Cypriot Greeklish), later in the sixty-sixth round;
//     tuning947 to tuning948 (a Vladivostok student's Russian in Latin letters and a Makati office
//     worker's Taglish), late in the sixty-sixth round;
//     tuning949 to tuning956 (a Daegu taxi driver's romanised Korean with Gyeongsang endings, an
//     Ulsan shopkeeper's romanised Gyeongsang Korean, a Kanpur pharmacist's Urdu-flavoured
//     Hinglish, an Ankara civil servant's formal Turkish, a Cairo café owner's Egyptian Arabizi, a
//     Patras teacher's Greeklish, a Yekaterinburg student's Russian in Latin letters and a Davao
//     nurse's Taglish with Bisaya), in the sixty-seventh round;
//     tuning957 to tuning960 (a Busan fish-market vendor's romanised Gyeongsang Korean, a Pohang
//     steelworker's romanised Gyeongsang Korean, a Prayagraj schoolteacher's Hinglish and a Konya
//     retired teacher's formal Turkish), in the sixty-seventh round;
//     tuning961 to tuning968 (a Suncheon fruit seller's Jeolla romanised Korean, a Daegu retired
//     soldier's Gyeongsang romanised Korean, an Amman accountant's Jordanian Arabizi, a Sfax
//     student's Tunisian Arabizi, a Bikaner shopkeeper's Hinglish, a Chania fisherman's Greeklish,
//     a Tomsk conductor's Russian in Latin letters and a Mersin fisherman's Turkish), at the
//     sixty-eighth round's start;
//     tuning969 to tuning972 (an Iloilo call-centre agent's Taglish with Hiligaynon, an Aberdeen
//     postman's Scottish English with Doric, a Jeonju grandmother's Jeolla romanised Korean and a
//     Sousse taxi driver's Tunisian Arabizi), at the sixty-eighth round's start;
//     tuning973 to tuning976 (an Oran shopkeeper's Algerian Arabizi with French, a Port Harcourt
//     bus conductor's Nigerian Pidgin, a Davao fisherman's Bisaya mixed with English and a Kolkata
//     student's romanised Bengali), at the sixty-ninth round's start;
//     tuning977 to tuning984 (a Daegu taxi driver's Gyeongsang romanised Korean, an Alexandria
//     pharmacist's Egyptian Arabizi, a Penang stall owner's son's Manglish, a Ho Chi Minh City
//     office worker's Vietnamese without diacritics, a Kobe student's Kansai romaji, a Coimbatore
//     lecturer's Tanglish, a Rio taxi driver's Brazilian Portuguese chat and a retired Oklahoma
//     farmer's plain English), at the seventieth round's start;
//     the others as askers their writers chose themselves);
//   - the first, fourth, fifth and ninth blind sets, each held out through rounds of issue 9
//     and tuned on since fresh ones replaced them (blind1-questions.jsonl,
//     blind4-questions.jsonl, blind5-questions.jsonl, blind9-questions.jsonl);
//   - the blind sets in force, written from the article alone and never tuned on
//     (blind-questions.jsonl; blind3-questions.jsonl, written before the third round;
//     blind6-questions.jsonl to blind8-questions.jsonl, written before the sixth to eighth;
//     blind10-questions.jsonl to blind12-questions.jsonl, written before the tenth round, and
//     blind13-questions.jsonl and blind14-questions.jsonl, written during it;
//     blind15-questions.jsonl and blind16-questions.jsonl, written before the eleventh;
//     blind17-questions.jsonl, written before the twelfth, and blind18-questions.jsonl,
//     written during it; blind19-questions.jsonl, written before the thirteenth, and
//     blind20-questions.jsonl, written during it; blind21-questions.jsonl and
//     blind22-questions.jsonl, written before the fourteenth, blind23-questions.jsonl and
//     blind24-questions.jsonl, written at its end; blind25-questions.jsonl and
//     blind26-questions.jsonl, written before the fifteenth, blind27-questions.jsonl and
//     blind28-questions.jsonl, written during it; blind29-questions.jsonl and
//     blind30-questions.jsonl, written before the sixteenth, blind31-questions.jsonl and
//     blind32-questions.jsonl, written at its end; blind33-questions.jsonl and
//     blind34-questions.jsonl, written before the seventeenth, blind35-questions.jsonl and
//     blind36-questions.jsonl, written at its end; blind37-questions.jsonl and
//     blind38-questions.jsonl, written before the eighteenth; blind39-questions.jsonl and
//     blind40-questions.jsonl, written before the nineteenth; blind41-questions.jsonl and
//     blind42-questions.jsonl, written before the twentieth; blind43-questions.jsonl and
//     blind44-questions.jsonl, written before the twenty-first; blind45-questions.jsonl and
//     blind46-questions.jsonl, written before the twenty-second; blind47-questions.jsonl and
//     blind48-questions.jsonl, written before the twenty-third, blind49-questions.jsonl (a
//     formal register) and blind50-questions.jsonl (leading questions), written during it;
//     blind51-questions.jsonl (two things at once) and blind52-questions.jsonl, written
//     before the twenty-fourth, blind53-questions.jsonl (leading questions) and
//     blind54-questions.jsonl (a formal register), written during it;
//     blind55-questions.jsonl (a formal register) and blind56-questions.jsonl (leading
//     questions typed as in chat), written before the twenty-fifth;
//     blind57-questions.jsonl (a formal register) and blind58-questions.jsonl (leading
//     questions typed as in chat), written before the twenty-sixth;
//     blind59-questions.jsonl (mixed users) and blind60-questions.jsonl (one actor's view of
//     another, how two differ), written before the twenty-seventh; blind61-questions.jsonl (a
//     formal register) and blind62-questions.jsonl (leading questions typed as in chat),
//     written before the twenty-eighth; blind63-questions.jsonl (a formal register) and
//     blind64-questions.jsonl (leading questions typed as in chat), written before the
//     twenty-ninth, blind65-questions.jsonl (a formal register) and blind66-questions.jsonl
//     (mixed users), written during it; blind67-questions.jsonl (a formal register) and
//     blind68-questions.jsonl (leading questions typed as in chat), written before the
//     thirtieth, blind69-questions.jsonl (leading, chat) and blind70-questions.jsonl (a
//     formal register), written during it, blind71-questions.jsonl (mixed users) and
//     blind72-questions.jsonl (a formal register, recalling before asking), written at its
//     end and scored with its first and last code (153ea1e, 53aa4e8): 109/110 and 109/110,
//     105/110 (29/30 refusals) and 106/110 (30/30); blind73-questions.jsonl (a formal
//     register), blind74-questions.jsonl (leading questions typed as in chat),
//     blind75-questions.jsonl (mixed users) and blind76-questions.jsonl (an analyst comparing
//     two governments), written before the thirty-first round changed anything;
//     blind77-questions.jsonl (a formal register, with asides), blind78-questions.jsonl
//     (leading questions typed as in chat), blind79-questions.jsonl (a retired ambassador
//     recalling first) and blind80-questions.jsonl (mixed users), written during it;
//     blind81-questions.jsonl (a student revising), blind82-questions.jsonl (a journalist on
//     deadline typing fragments), blind83-questions.jsonl (readers whose first language is
//     not English) and blind84-questions.jsonl (an analyst comparing), written before the
//     thirty-second round changed anything; blind85-questions.jsonl (a journalist typing
//     fragments), blind86-questions.jsonl (leading questions typed as in chat),
//     blind87-questions.jsonl (a formal register, with asides) and blind88-questions.jsonl
//     (mixed users), written during it; blind89-questions.jsonl (a teacher setting a quiz),
//     blind90-questions.jsonl (people typing fast on a phone, with typos),
//     blind91-questions.jsonl (a podcast host asking what the piece says) and
//     blind92-questions.jsonl (a sceptical reader challenging claims), written before the
//     thirty-third round changed anything; blind93-questions.jsonl (readers whose first
//     language is not English), blind94-questions.jsonl (a student outlining an essay),
//     blind95-questions.jsonl (a busy manager wanting a quick briefing) and
//     blind96-questions.jsonl (a curious reader chatting, naming things vaguely), written
//     before the thirty-fourth round changed anything; blind97-questions.jsonl (people in
//     the four countries asking about their own), blind98-questions.jsonl (a fact-checker
//     verifying claims), blind99-questions.jsonl (broad questions from someone who saw only
//     the headline) and blind100-questions.jsonl (mixed users), written before the
//     thirty-fifth round changed anything; blind101-questions.jsonl (a retired diplomat
//     recalling formally), blind102-questions.jsonl (typing on a phone, with abbreviations),
//     blind103-questions.jsonl (a podcast host) and blind104-questions.jsonl (a sceptic
//     starting from doubtful assumptions), written before the thirty-sixth round changed
//     anything; blind105-questions.jsonl (a secondary-school student preparing a class
//     talk), blind106-questions.jsonl (a wire-service journalist on deadline),
//     blind107-questions.jsonl (a Korean-born engineer whose English grammar is slightly
//     unusual) and blind108-questions.jsonl (a retired military officer using service
//     jargon), written before the thirty-seventh round changed anything;
//     blind109-questions.jsonl (a think-tank intern writing long formal sentences),
//     blind110-questions.jsonl (a Japanese exchange student's careful textbook English),
//     blind111-questions.jsonl (a chatty radio caller referring to things vaguely) and
//     blind112-questions.jsonl (a New Zealand farmer asking short blunt questions), written
//     before the thirty-eighth round changed anything;
//     blind113-questions.jsonl (a hospital nurse on a night-shift break, plain words, some
//     sentences half-finished), blind114-questions.jsonl (a student journalist from Fiji asking
//     how the Pacific fits in), blind115-questions.jsonl (a trade economist thinking in supply
//     chains and leverage) and blind116-questions.jsonl (a retired schoolteacher from Busan,
//     polite and indirect), written before the thirty-ninth round changed anything;
//     blind117-questions.jsonl (a Taiwanese graduate student in international relations,
//     precise and a little academic), blind118-questions.jsonl (a Canadian high-school
//     geography teacher preparing a lesson), blind119-questions.jsonl (a terse defence-ministry
//     staffer's clipped questions) and blind120-questions.jsonl (an Indonesian diplomat's
//     formal second-language English), written before the fortieth round changed anything;
//     blind121-questions.jsonl (a Philippine coast-guard officer's clipped, practical
//     English), blind122-questions.jsonl (a German lecturer on European security, precise
//     and a little pedantic), blind123-questions.jsonl (a chatty retiree in a library
//     discussion group who half-remembers names) and blind124-questions.jsonl (a Japanese
//     business reporter on supply chains), written before the forty-first round changed
//     anything; blind125-questions.jsonl (a Taiwanese foreign-ministry intern preparing a
//     briefing), blind126-questions.jsonl (a British podcast host's loose questions, sometimes
//     two run together), blind127-questions.jsonl (a Korean-Japanese translator precise about
//     names and who said what) and blind128-questions.jsonl (a hurried US congressional
//     staffer writing ROK, PM, NK), written before the forty-second round changed anything;
//     blind129-questions.jsonl (a retired New Zealand diplomat's dry newsletter prose),
//     blind130-questions.jsonl (a debate coach's "is it true that" prompts),
//     blind131-questions.jsonl (a Filipino wire journalist's Taglish shorthand) and
//     blind132-questions.jsonl (a Japanese graduate student's careful second-language
//     English), written before the forty-third round changed anything;
//     blind133-questions.jsonl (an Indian think-tank researcher's long compound questions),
//     blind134-questions.jsonl (a Seoul high-school student's texting shorthand),
//     blind135-questions.jsonl (a German parliamentary staffer's formal English) and
//     blind136-questions.jsonl (a sceptical blogger's premises, some wrong), written before
//     the forty-fourth round changed anything;
//     blind137-questions.jsonl (a Korean-American podcast host's chatty asides),
//     blind138-questions.jsonl (a law student's treaty terms),
//     blind139-questions.jsonl (a Brazilian reader's Portuguese word order) and
//     blind140-questions.jsonl (a busy executive's terse phone typing), written before the
//     forty-fifth round changed anything;
//     blind141-questions.jsonl (a radio call-in listener's rambling lead-ins),
//     blind142-questions.jsonl (a British tabloid reader's slang),
//     blind143-questions.jsonl (a long-haul trucker's casual grammar) and
//     blind144-questions.jsonl (a Malaysian civil servant's careful English), written before
//     the forty-sixth round changed anything;
//     blind145-questions.jsonl (a retired Japanese diplomat's understated allusions),
//     blind146-questions.jsonl (a data journalist's precise list-seeking questions),
//     blind147-questions.jsonl (a teenager's online gaming slang) and
//     blind148-questions.jsonl (a Nigerian student's formal textbook English), written before
//     the forty-seventh round changed anything;
//     blind149-questions.jsonl (an Irish pub-quiz host's trivia phrasing),
//     blind150-questions.jsonl (a French diplomat's English in French word order),
//     blind151-questions.jsonl (a tired night-shift nurse's short questions with typos) and
//     blind152-questions.jsonl (a Canadian history teacher's homework questions), written
//     before the forty-eighth round changed anything;
//     blind153-questions.jsonl (an Australian talkback-radio caller's blunt slang),
//     blind154-questions.jsonl (a Chinese undergraduate's topic-first English),
//     blind155-questions.jsonl (a fact-checker quoting claims back) and
//     blind156-questions.jsonl (a Scottish retiree's chatty emails), written before the
//     forty-ninth round changed anything;
//     blind157-questions.jsonl (a Japanese salaryman's polite, stiff English),
//     blind158-questions.jsonl (a teenager's lowercase slang, the night before an assignment),
//     blind159-questions.jsonl (a Korean-American student's English with Korean words) and
//     blind160-questions.jsonl (a retired US Navy officer's clipped briefing requests),
//     written before the fiftieth round changed anything;
//     blind161-questions.jsonl (a Vietnamese student's Vietnamese mixed with English),
//     blind162-questions.jsonl (a British tabloid journalist's headline questions),
//     blind163-questions.jsonl (an executive assistant relaying a boss's questions) and
//     blind164-questions.jsonl (an elderly reader's long questions full of memories),
//     written later in that round and scored before anything was tuned on them;
//     blind165-questions.jsonl (a Colombian student's Spanish mixed in) and
//     blind166-questions.jsonl (a Bangkok office worker's romanised Thai mixed in), written
//     later still, after the lexicons of those languages were extended on other writers'
//     sets, scored with the round's first code and with the code of the day they came in;
//     blind167-questions.jsonl to blind172-questions.jsonl (a Surabaya student's
//     Indonesian, a Tokyo office worker's romaji, a Seoul student's romanised Korean, a São
//     Paulo teacher's Portuguese, a Beirut student's Arabizi with French, and a Hanoi
//     worker's Vietnamese without diacritics, each mixed with English), written at the
//     fiftieth round's end in the same way; blind173-questions.jsonl to
//     blind176-questions.jsonl (a Daegu nurse's romanised Korean, a Fukuoka teacher's
//     romaji, a Syrian student's Arabizi and a Phuket receptionist's romanised Thai, each
//     mixed with English), written after them and scored before a second pass over those
//     lexicons on other writers' sets; blind177-questions.jsonl to blind184-questions.jsonl
//     (a Singaporean office worker's Singlish, a debate coach's claim checks, a commuter's
//     dictated questions, a podcast host's chatty multi-part ones, a fact-checker's, a
//     Pattaya taxi driver's romanised Thai, an Incheon airport worker's romanised Korean and
//     a Casablanca student's Moroccan Arabizi with French), written at the fifty-first
//     round's start and scored with its first code (91d4c25) before any change;
//     blind185-questions.jsonl to blind192-questions.jsonl (a late-night radio host's
//     callers, a livestreamer's gaming slang, a morning TV presenter's, a tabloid headline
//     writer's punning labels, a Tangier student's Darija with French, a Hat Yai student's
//     romanised Thai, a Daejeon worker's romanised Korean and a Kyoto shopkeeper's romaji),
//     written later in it by new writers of the styles tuned on, and scored with 91d4c25 and
//     with f462c1b before any later change; blind193-questions.jsonl to
//     blind200-questions.jsonl (a retired ambassador's formal questions, a Lagos trader's
//     Nigerian Pidgin, a Manila agent's Taglish, a Delhi student's Hinglish, a Busan
//     worker's romanised Korean, a pub-quiz host's quiz questions, a Kuala Lumpur student's
//     Manglish and a Mexico City journalist's Spanish with English), written at the
//     fifty-second round's start and scored with its first code (de89117) before any change;
//     blind201-questions.jsonl and blind202-questions.jsonl (a Jeju tour guide's romanised
//     Korean and a Monterrey engineer's Spanish), written later in it by new writers of
//     styles tuned on, and scored with de89117 and with f721d0d before any later change;
//     blind203-questions.jsonl to blind208-questions.jsonl (an Abuja civil servant's
//     Nigerian Pidgin, a Lucknow teacher's Hinglish, a Johor Bahru nurse's Manglish, a
//     Davao driver's texted Taglish, a radio quiz-show host's and a Buenos Aires student's
//     Rioplatense Spanish), written later still by new writers of the styles tuned on, and
//     scored with de89117 and with b221a70 before any later change;
//     blind209-questions.jsonl to blind213-questions.jsonl (a Melaka clerk's Manglish, a
//     quiz-bowl captain's buzzer questions, a Daegu baker's romanised Korean, an Iloilo
//     student's Taglish and a Santiago student's Chilean Spanish), written later still, and
//     scored with de89117 and with e96d503 before any later change;
//     blind214-questions.jsonl to blind217-questions.jsonl (a Pohang steelworker's
//     romanised Korean, a Kota Kinabalu student's Manglish, a pub-quiz league host's and a
//     Córdoba student's Rioplatense Spanish), written at the round's end, and scored with
//     de89117 and with 001e5fd before any later change;
//     blind218-questions.jsonl to blind225-questions.jsonl (a Singapore student's Singlish,
//     an Osaka salaryman's English with romaji, a Hanoi student's English with Vietnamese,
//     a Jakarta worker's Indonesian with English, a Glasgow driver's Scots, a trader's
//     unpunctuated voice-to-text, a Hong Kong banker's English with Cantonese particles and
//     a Cebu driver's Bisaya with English), written at the fifty-third round's start and
//     scored with its first code (790cdd5) before any change;
//     blind226-questions.jsonl to blind231-questions.jsonl (a Cebu student's Bisaya, a
//     Medan clerk's Indonesian, an Aberdeen fisherman's Doric, a Da Nang guide's English
//     with Vietnamese, a Fes student's Darija with French and a Puebla driver's Spanish),
//     written later in it by new writers of the styles tuned on, and scored with 790cdd5
//     and with 3705c81 before any later change;
//     blind232-questions.jsonl to blind239-questions.jsonl (a Fraserburgh worker's Doric, a
//     Marrakech guide's Darija, a Tripoli student's Lebanese Arabizi, a Nagoya worker's
//     romaji, a Salvador student's Portuguese, an Ulsan worker's romanised Korean, a
//     Haiphong clerk's English with Vietnamese and a Khon Kaen student's romanised Thai),
//     written at the round's end, and scored with 790cdd5 and with 35ec8f2 before any
//     later change;
//     blind240-questions.jsonl to blind247-questions.jsonl (a Karachi student's Roman
//     Urdu, a Taipei worker's English with pinyin, a Kingston listener's Jamaican Patois,
//     an Auckland farmer's Kiwi slang with te reo words, a Chennai engineer's Tanglish, a
//     Dhaka student's Banglish, a Honolulu surfer's Hawaii Pidgin and a Berlin student's
//     Denglisch), written at the fifty-fourth round's start and scored with its first code
//     (5dc1f6b) before any change;
//     blind248-questions.jsonl to blind252-questions.jsonl (a Rajshahi clerk's Banglish, a
//     Kauai captain's Hawaii Pidgin, a Shanghai student's pinyin, a Trichy shopkeeper's
//     Tanglish and a Peshawar student's Roman Urdu), written later in it by new writers of
//     the styles tuned on, and scored with 5dc1f6b and with 67de69a before any later change;
//     blind253-questions.jsonl to blind258-questions.jsonl (a Cebu call-centre agent's
//     Taglish, a Lagos student's Nigerian Pidgin, a national serviceman's Singlish, a Seoul
//     student's romanised Korean, a São Paulo worker's Portuguese and a Nairobi resident's
//     Sheng), written at the fifty-fifth round's start by new writers, and scored with the
//     fifty-fourth round's first code (5dc1f6b) and its last (425bc53) before any change;
//     blind259-questions.jsonl to blind263-questions.jsonl (a Kisumu teacher's Swahili and
//     Sheng, a Belo Horizonte student's Portuguese, a Daejeon engineer's romanised Korean, a
//     Barisal student's Banglish and a Kaneohe auntie's Hawaii Pidgin), written later in the
//     fifty-fifth round by new writers of the styles tuned on, and scored with 5dc1f6b and
//     with 10cfed5 before any later change;
//     blind264-questions.jsonl to blind271-questions.jsonl (a Vancouver exchange student's
//     learner English, a wire editor's shorthand, a Gwangju student's romanised Korean, a
//     Cairo student's Egyptian Arabizi, a Montreal student's Québécois franglais, a Western
//     Australian farmer's run-on Aussie English, a Delhi aspirant's exam English and an
//     eleven-year-old's school-project questions), written at the fifty-sixth round's start
//     by new writers and scored with its first code (d8a007c) before any change;
//     blind272-questions.jsonl to blind275-questions.jsonl (a Cairo accountant's Egyptian
//     Arabizi, a Paris student's unaccented French, an Auckland twelve-year-old's questions
//     and a Tasmanian fisherman's run-on Aussie English), written later in the fifty-sixth
//     round by new writers of the styles just tuned on, and scored with d8a007c and with
//     16fef0a before any later change;
//     blind276-questions.jsonl to blind283-questions.jsonl (an Alexandria student's
//     Egyptian Arabizi, a Changwon worker's romanised Korean, a Bundaberg cane farmer's
//     run-on Aussie English, a Tokyo student's English with Japanese script, a Seoul office
//     worker's English with Hangul, a Taipei teacher's English with Chinese characters, an
//     Istanbul student's Turkish and a Milan journalist's Italian, each mixed with English),
//     written at the fifty-seventh round's start by new writers and scored with its first
//     code (fd4499c) before any change;
//     blind284-questions.jsonl to blind288-questions.jsonl (a Tanta shopkeeper's Egyptian
//     Arabizi, a Bursa clerk's Turkish, a Naples teacher's Italian, a Cheongju nurse's
//     romanised Korean and a Newcastle wharfie's run-on Aussie English), written later in
//     the fifty-seventh round by new writers of the styles being tuned on, and scored with
//     fd4499c and with 6c14bd6 before any later change;
//     blind289-questions.jsonl to blind298-questions.jsonl (a Busan student's, an Incheon
//     taxi driver's romanised Korean, a Giza mother's Egyptian Arabizi, an Ankara civil
//     servant's formal Turkish, a Darwin electrician's run-on Aussie English, a Rome
//     student's Italian, a Kraków tester's Polish, a Piraeus clerk's Greeklish, an Almaty
//     manager's Russian in Latin letters and a Munich engineer's German, each mixed with
//     English), written at the fifty-eighth round's start by new writers and scored with its
//     first code (432cb83) before any change;
//     blind299-questions.jsonl to blind303-questions.jsonl (a Yekaterinburg dispatcher's
//     Russian in Latin letters, a Heraklion taverna owner's Greeklish, a Gdańsk nurse's
//     Polish, a Vienna teacher's German and a Port Said agent's Egyptian Arabizi, each mixed
//     with English), written later in the fifty-eighth round by new writers of the styles
//     being tuned on, and scored with 432cb83 and with a6f9966 before any later change;
//     blind304-questions.jsonl to blind309-questions.jsonl (a Novosibirsk student's
//     Russian in Latin letters, a Thessaloniki pharmacist's Greeklish, a Mansoura
//     pharmacist's Egyptian Arabizi, an Izmir shopkeeper's Turkish, a Poznań accountant's
//     Polish and a Daegu manager's romanised Korean, each mixed with English), written at the
//     fifty-ninth round's start by new writers and scored with its first code (0a3e957)
//     before any change;
//     blind310-questions.jsonl to blind313-questions.jsonl (a Larissa bus driver's
//     Greeklish, a Saint Petersburg student's Russian in Latin letters, a Heliopolis
//     lawyer's Egyptian Arabizi and a Bursa nurse's Turkish, each mixed with English),
//     written later in the fifty-ninth round by new writers of the styles being tuned on,
//     and scored with 0a3e957 and with a4b4afe before any later change;
//     blind314-questions.jsonl to blind318-questions.jsonl (an Ioannina teacher's Greeklish,
//     an Ismailia accountant's Egyptian Arabizi, an Omsk teacher's Russian in Latin letters,
//     a Suwon civil servant's romanised Korean and a Trabzon teacher's Turkish), written at
//     the sixtieth round's start by new writers and scored with its first code (b0a2e22)
//     before any change;
//     blind319-questions.jsonl to blind322-questions.jsonl (a Kavala agent's Greeklish, a
//     Tanta teacher's Egyptian Arabizi, a Yaroslavl accountant's Russian in Latin letters and
//     an Ulsan owner's romanised Korean), written mid-round by new writers after the first
//     lexicon passes and scored with the round's first code (b0a2e22) and with 8dbf94d;
//     blind323-questions.jsonl to blind331-questions.jsonl (a Patras pharmacist's Greeklish,
//     a Novosibirsk manager's Russian in Latin letters, a Bursa clerk's Turkish, a Giza agent's
//     Egyptian Arabizi, a Daejeon teacher's romanised Korean, an Ohio plumber's everyday
//     American English, a Pune tester's Indian English, a Wagga Wagga farmer's Australian
//     English and a Beirut journalist's Levantine Arabizi with French), written at the
//     sixty-first round's start by new writers and scored with its first code (82ba19a) before
//     any change;
//     blind332-questions.jsonl to blind339-questions.jsonl (a Gwangju civil servant's
//     romanised Korean, an Athens bank clerk's Greeklish, an Alexandria pharmacist's Egyptian
//     Arabizi, an Amman shop owner's Levantine Arabizi, an Ankara planner's Turkish, a
//     Yekaterinburg engineer's Russian in Latin letters, a Glasgow nurse's Scottish English and
//     a Singapore analyst's Singaporean English), written at the sixty-second round's start by
//     new writers and scored with its first code (ede5946) before any change;
//     blind340-questions.jsonl to blind347-questions.jsonl (a Suwon delivery driver's romanised
//     Korean, a Thessaloniki student's Greeklish, a Mansoura engineer's Egyptian Arabizi, an Irbid
//     teacher's Jordanian Arabizi, an Izmir retired teacher's Turkish, a Kazan nurse's Russian in
//     Latin letters, a Cork barman's Irish English and a Lagos bank officer's Nigerian English),
//     written at the sixty-third round's start by new writers and scored with its first code
//     (d67db04) before any change;
//     blind348-questions.jsonl to blind355-questions.jsonl (a Jeonju rice farmer's romanised
//     Korean, a Volos teacher's Greeklish, a Zarqa student's Jordanian Arabizi, an Antalya
//     receptionist's Turkish, a Samara student's Russian in Latin letters, a San Antonio nurse's
//     Spanglish, a Canberra policy officer's formal Australian English and a Hyderabad student's
//     Hinglish), written at the sixty-fourth round's start by new writers and scored with its first
//     code (0c2e2d31) before any change;
//     blind356-questions.jsonl to blind363-questions.jsonl (a Gyeongju tour guide's romanised
//     Korean with Gyeongsang endings, a Chania fisherman's Greeklish, an Aleppo student's Syrian
//     Arabizi, a Konya shopkeeper's Turkish, a Minsk programmer's Russian in Latin letters, a Miami
//     estate agent's Cuban Spanglish, a Lucknow shop owner's Hinglish and a Manchester bus driver's
//     northern English), written at the sixty-fifth round's start by new writers and scored with
//     its first code (57ce3285) before any change;
//     blind364-questions.jsonl to blind371-questions.jsonl (a Cheongju nurse's romanised Korean, a
//     Rhodes hotel receptionist's Greeklish, a Nablus student's Palestinian Arabizi, an Eskişehir
//     student's Turkish, a Tomsk engineer's Russian in Latin letters, a Jaipur tour guide's
//     Hinglish, a Wellington civil servant's New Zealand English and a Manila call-centre agent's
//     Taglish), written at the sixty-sixth round's start by new writers and scored with its first
//     code (d6e67d87) before any change;
//     blind372-questions.jsonl to blind379-questions.jsonl (a Busan fisherman's romanised Korean
//     with Gyeongsang endings, an Alexandria student's Egyptian Arabizi, a Thessaloniki law
//     student's Greeklish, a Kazan teacher's Russian in Latin letters, a Lucknow bank clerk's
//     Hinglish, a Cebu office worker's Taglish with Cebuano, a Bursa engineer's Turkish and a
//     Queensland farmer's Australian English), written at the sixty-seventh round's start by new
//     writers and scored with its first code (230c3051) before any change;
//     blind380-questions.jsonl to blind387-questions.jsonl (a Mokpo fishmonger's romanised Korean
//     with Jeolla endings, a Tunis pharmacist's Tunisian Arabizi with French, a Heraklion shop
//     owner's Greeklish, an Omsk railway engineer's Russian in Latin letters, a Jodhpur textile
//     trader's Hinglish, a Bacolod nurse's Taglish with Hiligaynon, an Izmir ferry captain's
//     Turkish and a Dundee bus driver's Scottish English), written at the sixty-eighth round's
//     start by new writers and scored with its first code (83f00ab7) before any change;
//     blind388-questions.jsonl to blind395-questions.jsonl (a Gwangju taxi driver's romanised
//     Korean with Jeolla endings, an Algiers student's Algerian Arabizi with French, a Bursa
//     engineer's Turkish without Turkish letters, a Lagos trader's Nigerian Pidgin, a Cebu nurse's
//     Bisaya mixed with English, a Dhaka journalist's romanised Bengali, a Patras retired teacher's
//     Greeklish and a Kazan student's Russian in Latin letters), written at the sixty-ninth round's
//     start by new writers and scored with its first code (3879d9d5) before any change;
//     blind396-questions.jsonl to blind403-questions.jsonl (a Busan fish-market worker's Gyeongsang
//     romanised Korean, a Cairo accountant's Egyptian Arabizi, a Kuala Lumpur student's Manglish, a
//     retired West Texas rancher's plain English, a Hanoi graduate student's Vietnamese without
//     diacritics, a Sao Paulo office worker's Brazilian Portuguese chat, an Osaka sales manager's
//     Kansai romaji and a Chennai engineer's Tanglish), written at the seventieth round's start by
//     new writers and scored with its first code (996ecef0) before any change;
//     blind12, blind14, blind15, blind18,
//     blind20, blind22, blind24, blind26, blind28, blind30, blind32, blind34, blind36, blind38, blind40, blind42, blind44, blind46, blind48, blind52, blind59, blind60 and blind66 with 50 questions to refuse that sound as if the article
//     answers them).
func evalFiles(t testing.TB) []string {
	t.Helper()
	var ours []string
	sets := []string{
		"written-questions.jsonl",
		"tuning-questions.jsonl",
		"tuning2-questions.jsonl",
		"tuning3-questions.jsonl",
		"tuning4-questions.jsonl",
		"tuning5-questions.jsonl",
		"tuning6-questions.jsonl",
		"tuning7-questions.jsonl",
		"tuning8-questions.jsonl",
		"tuning9-questions.jsonl",
		"tuning10-questions.jsonl",
		"tuning11-questions.jsonl",
		"tuning12-questions.jsonl",
		"tuning13-questions.jsonl",
		"tuning14-questions.jsonl",
		"tuning15-questions.jsonl",
		"tuning16-questions.jsonl",
		"tuning17-questions.jsonl",
		"tuning18-questions.jsonl",
		"tuning19-questions.jsonl",
		"tuning20-questions.jsonl",
		"tuning21-questions.jsonl",
		"tuning22-questions.jsonl",
		"tuning23-questions.jsonl",
		"tuning24-questions.jsonl",
		"tuning25-questions.jsonl",
		"tuning26-questions.jsonl",
		"tuning27-questions.jsonl",
		"tuning28-questions.jsonl",
		"tuning29-questions.jsonl",
		"tuning30-questions.jsonl",
		"tuning31-questions.jsonl",
		"tuning32-questions.jsonl",
		"tuning33-questions.jsonl",
		"tuning34-questions.jsonl",
		"tuning35-questions.jsonl",
		"tuning36-questions.jsonl",
		"tuning37-questions.jsonl",
		"tuning38-questions.jsonl",
		"tuning39-questions.jsonl",
		"tuning40-questions.jsonl",
		"tuning41-questions.jsonl",
		"tuning42-questions.jsonl",
		"tuning43-questions.jsonl",
		"tuning44-questions.jsonl",
		"tuning45-questions.jsonl",
		"tuning46-questions.jsonl",
		"tuning47-questions.jsonl",
		"tuning48-questions.jsonl",
		"tuning49-questions.jsonl",
		"tuning50-questions.jsonl",
		"tuning51-questions.jsonl",
		"tuning52-questions.jsonl",
		"tuning53-questions.jsonl",
		"tuning54-questions.jsonl",
		"tuning55-questions.jsonl",
		"tuning56-questions.jsonl",
		"tuning57-questions.jsonl",
		"tuning58-questions.jsonl",
		"tuning59-questions.jsonl",
		"tuning60-questions.jsonl",
		"tuning61-questions.jsonl",
		"tuning62-questions.jsonl",
		"tuning63-questions.jsonl",
		"tuning64-questions.jsonl",
		"tuning65-questions.jsonl",
		"tuning66-questions.jsonl",
		"tuning67-questions.jsonl",
		"tuning68-questions.jsonl",
		"tuning69-questions.jsonl",
		"tuning70-questions.jsonl",
		"tuning71-questions.jsonl",
		"tuning72-questions.jsonl",
		"tuning73-questions.jsonl",
		"tuning74-questions.jsonl",
		"tuning75-questions.jsonl",
		"tuning76-questions.jsonl",
		"tuning77-questions.jsonl",
		"tuning78-questions.jsonl",
		"tuning79-questions.jsonl",
		"tuning80-questions.jsonl",
		"tuning81-questions.jsonl",
		"tuning82-questions.jsonl",
		"tuning83-questions.jsonl",
		"tuning84-questions.jsonl",
		"tuning85-questions.jsonl",
		"tuning86-questions.jsonl",
		"tuning87-questions.jsonl",
		"tuning88-questions.jsonl",
		"tuning89-questions.jsonl",
		"tuning90-questions.jsonl",
		"tuning91-questions.jsonl",
		"tuning92-questions.jsonl",
		"tuning93-questions.jsonl",
		"tuning94-questions.jsonl",
		"tuning95-questions.jsonl",
		"tuning96-questions.jsonl",
		"tuning97-questions.jsonl",
		"tuning98-questions.jsonl",
		"tuning99-questions.jsonl",
		"tuning100-questions.jsonl",
		"tuning101-questions.jsonl",
		"tuning102-questions.jsonl",
		"tuning103-questions.jsonl",
		"tuning104-questions.jsonl",
		"tuning105-questions.jsonl",
		"tuning106-questions.jsonl",
		"tuning107-questions.jsonl",
		"tuning108-questions.jsonl",
		"tuning109-questions.jsonl",
		"tuning110-questions.jsonl",
		"tuning111-questions.jsonl",
		"tuning112-questions.jsonl",
		"tuning113-questions.jsonl",
		"tuning114-questions.jsonl",
		"tuning115-questions.jsonl",
		"tuning116-questions.jsonl",
		"tuning117-questions.jsonl",
		"tuning118-questions.jsonl",
		"tuning119-questions.jsonl",
		"tuning120-questions.jsonl",
		"tuning121-questions.jsonl",
		"tuning122-questions.jsonl",
		"tuning123-questions.jsonl",
		"tuning124-questions.jsonl",
		"tuning125-questions.jsonl",
		"tuning126-questions.jsonl",
		"tuning127-questions.jsonl",
		"tuning128-questions.jsonl",
		"tuning129-questions.jsonl",
		"tuning130-questions.jsonl",
		"tuning131-questions.jsonl",
		"tuning132-questions.jsonl",
		"tuning133-questions.jsonl",
		"tuning134-questions.jsonl",
		"tuning135-questions.jsonl",
		"tuning136-questions.jsonl",
		"tuning137-questions.jsonl",
		"tuning138-questions.jsonl",
		"tuning139-questions.jsonl",
		"tuning140-questions.jsonl",
		"tuning141-questions.jsonl",
		"tuning142-questions.jsonl",
		"tuning143-questions.jsonl",
		"tuning144-questions.jsonl",
		"tuning145-questions.jsonl",
		"tuning146-questions.jsonl",
		"tuning147-questions.jsonl",
		"tuning148-questions.jsonl",
		"tuning149-questions.jsonl",
		"tuning150-questions.jsonl",
		"tuning151-questions.jsonl",
		"tuning152-questions.jsonl",
		"tuning153-questions.jsonl",
		"tuning154-questions.jsonl",
		"tuning155-questions.jsonl",
		"tuning156-questions.jsonl",
		"tuning157-questions.jsonl",
		"tuning158-questions.jsonl",
		"tuning159-questions.jsonl",
		"tuning160-questions.jsonl",
		"tuning161-questions.jsonl",
		"tuning162-questions.jsonl",
		"tuning163-questions.jsonl",
		"tuning164-questions.jsonl",
		"tuning165-questions.jsonl",
		"tuning166-questions.jsonl",
		"tuning167-questions.jsonl",
		"tuning168-questions.jsonl",
		"tuning169-questions.jsonl",
		"tuning170-questions.jsonl",
		"tuning171-questions.jsonl",
		"tuning172-questions.jsonl",
		"tuning173-questions.jsonl",
		"tuning174-questions.jsonl",
		"tuning175-questions.jsonl",
		"tuning176-questions.jsonl",
		"tuning177-questions.jsonl",
		"tuning178-questions.jsonl",
		"tuning179-questions.jsonl",
		"tuning180-questions.jsonl",
		"tuning181-questions.jsonl",
		"tuning182-questions.jsonl",
		"tuning183-questions.jsonl",
		"tuning184-questions.jsonl",
		"tuning185-questions.jsonl",
		"tuning186-questions.jsonl",
		"tuning187-questions.jsonl",
		"tuning188-questions.jsonl",
		"tuning189-questions.jsonl",
		"tuning190-questions.jsonl",
		"tuning191-questions.jsonl",
		"tuning192-questions.jsonl",
		"tuning193-questions.jsonl",
		"tuning194-questions.jsonl",
		"tuning195-questions.jsonl",
		"tuning196-questions.jsonl",
		"tuning197-questions.jsonl",
		"tuning198-questions.jsonl",
		"tuning199-questions.jsonl",
		"tuning200-questions.jsonl",
		"tuning201-questions.jsonl",
		"tuning202-questions.jsonl",
		"tuning203-questions.jsonl",
		"tuning204-questions.jsonl",
		"tuning205-questions.jsonl",
		"tuning206-questions.jsonl",
		"tuning207-questions.jsonl",
		"tuning208-questions.jsonl",
		"tuning209-questions.jsonl",
		"tuning210-questions.jsonl",
		"tuning211-questions.jsonl",
		"tuning212-questions.jsonl",
		"tuning213-questions.jsonl",
		"tuning214-questions.jsonl",
		"tuning215-questions.jsonl",
		"tuning216-questions.jsonl",
		"tuning217-questions.jsonl",
		"tuning218-questions.jsonl",
		"tuning219-questions.jsonl",
		"tuning220-questions.jsonl",
		"tuning221-questions.jsonl",
		"tuning222-questions.jsonl",
		"tuning223-questions.jsonl",
		"tuning224-questions.jsonl",
		"tuning225-questions.jsonl",
		"tuning226-questions.jsonl",
		"tuning227-questions.jsonl",
		"tuning228-questions.jsonl",
		"tuning229-questions.jsonl",
		"tuning230-questions.jsonl",
		"tuning231-questions.jsonl",
		"tuning232-questions.jsonl",
		"tuning233-questions.jsonl",
		"tuning234-questions.jsonl",
		"tuning235-questions.jsonl",
		"tuning236-questions.jsonl",
		"tuning237-questions.jsonl",
		"tuning238-questions.jsonl",
		"tuning239-questions.jsonl",
		"tuning240-questions.jsonl",
		"tuning241-questions.jsonl",
		"tuning242-questions.jsonl",
		"tuning243-questions.jsonl",
		"tuning244-questions.jsonl",
		"tuning245-questions.jsonl",
		"tuning246-questions.jsonl",
		"tuning247-questions.jsonl",
		"tuning248-questions.jsonl",
		"tuning249-questions.jsonl",
		"tuning250-questions.jsonl",
		"tuning251-questions.jsonl",
		"tuning252-questions.jsonl",
		"tuning253-questions.jsonl",
		"tuning254-questions.jsonl",
		"tuning255-questions.jsonl",
		"tuning256-questions.jsonl",
		"tuning257-questions.jsonl",
		"tuning258-questions.jsonl",
		"tuning259-questions.jsonl",
		"tuning260-questions.jsonl",
		"tuning261-questions.jsonl",
		"tuning262-questions.jsonl",
		"tuning263-questions.jsonl",
		"tuning264-questions.jsonl",
		"tuning265-questions.jsonl",
		"tuning266-questions.jsonl",
		"tuning267-questions.jsonl",
		"tuning268-questions.jsonl",
		"tuning269-questions.jsonl",
		"tuning270-questions.jsonl",
		"tuning271-questions.jsonl",
		"tuning272-questions.jsonl",
		"tuning273-questions.jsonl",
		"tuning274-questions.jsonl",
		"tuning275-questions.jsonl",
		"tuning276-questions.jsonl",
		"tuning277-questions.jsonl",
		"tuning278-questions.jsonl",
		"tuning279-questions.jsonl",
		"tuning280-questions.jsonl",
		"tuning281-questions.jsonl",
		"tuning282-questions.jsonl",
		"tuning283-questions.jsonl",
		"tuning284-questions.jsonl",
		"tuning285-questions.jsonl",
		"tuning286-questions.jsonl",
		"tuning287-questions.jsonl",
		"tuning288-questions.jsonl",
		"tuning289-questions.jsonl",
		"tuning290-questions.jsonl",
		"tuning291-questions.jsonl",
		"tuning292-questions.jsonl",
		"tuning293-questions.jsonl",
		"tuning294-questions.jsonl",
		"tuning295-questions.jsonl",
		"tuning296-questions.jsonl",
		"tuning297-questions.jsonl",
		"tuning298-questions.jsonl",
		"tuning299-questions.jsonl",
		"tuning300-questions.jsonl",
		"tuning301-questions.jsonl",
		"tuning302-questions.jsonl",
		"tuning303-questions.jsonl",
		"tuning304-questions.jsonl",
		"tuning305-questions.jsonl",
		"tuning306-questions.jsonl",
		"tuning307-questions.jsonl",
		"tuning308-questions.jsonl",
		"tuning309-questions.jsonl",
		"tuning310-questions.jsonl",
		"tuning311-questions.jsonl",
		"tuning312-questions.jsonl",
		"tuning313-questions.jsonl",
		"tuning314-questions.jsonl",
		"tuning315-questions.jsonl",
		"tuning316-questions.jsonl",
		"tuning317-questions.jsonl",
		"tuning318-questions.jsonl",
		"tuning319-questions.jsonl",
		"tuning320-questions.jsonl",
		"tuning321-questions.jsonl",
		"tuning322-questions.jsonl",
		"tuning323-questions.jsonl",
		"tuning324-questions.jsonl",
		"tuning325-questions.jsonl",
		"tuning326-questions.jsonl",
		"tuning327-questions.jsonl",
		"tuning328-questions.jsonl",
		"tuning329-questions.jsonl",
		"tuning330-questions.jsonl",
		"tuning331-questions.jsonl",
		"tuning332-questions.jsonl",
		"tuning333-questions.jsonl",
		"tuning334-questions.jsonl",
		"tuning335-questions.jsonl",
		"tuning336-questions.jsonl",
		"tuning337-questions.jsonl",
		"tuning338-questions.jsonl",
		"tuning339-questions.jsonl",
		"tuning340-questions.jsonl",
		"tuning341-questions.jsonl",
		"tuning342-questions.jsonl",
		"tuning343-questions.jsonl",
		"tuning344-questions.jsonl",
		"tuning345-questions.jsonl",
		"tuning346-questions.jsonl",
		"tuning347-questions.jsonl",
		"tuning348-questions.jsonl",
		"tuning349-questions.jsonl",
		"tuning350-questions.jsonl",
		"tuning351-questions.jsonl",
		"tuning352-questions.jsonl",
		"tuning353-questions.jsonl",
		"tuning354-questions.jsonl",
		"tuning355-questions.jsonl",
		"tuning356-questions.jsonl",
		"tuning357-questions.jsonl",
		"tuning358-questions.jsonl",
		"tuning359-questions.jsonl",
		"tuning360-questions.jsonl",
		"tuning361-questions.jsonl",
		"tuning362-questions.jsonl",
		"tuning363-questions.jsonl",
		"tuning364-questions.jsonl",
		"tuning365-questions.jsonl",
		"tuning366-questions.jsonl",
		"tuning367-questions.jsonl",
		"tuning368-questions.jsonl",
		"tuning369-questions.jsonl",
		"tuning370-questions.jsonl",
		"tuning371-questions.jsonl",
		"tuning372-questions.jsonl",
		"tuning373-questions.jsonl",
		"tuning374-questions.jsonl",
		"tuning375-questions.jsonl",
		"tuning376-questions.jsonl",
		"tuning377-questions.jsonl",
		"tuning378-questions.jsonl",
		"tuning379-questions.jsonl",
		"tuning380-questions.jsonl",
		"tuning381-questions.jsonl",
		"tuning382-questions.jsonl",
		"tuning383-questions.jsonl",
		"tuning384-questions.jsonl",
		"tuning385-questions.jsonl",
		"tuning386-questions.jsonl",
		"tuning387-questions.jsonl",
		"tuning388-questions.jsonl",
		"tuning389-questions.jsonl",
		"tuning390-questions.jsonl",
		"tuning391-questions.jsonl",
		"tuning392-questions.jsonl",
		"tuning393-questions.jsonl",
		"tuning394-questions.jsonl",
		"tuning395-questions.jsonl",
		"tuning396-questions.jsonl",
		"tuning397-questions.jsonl",
		"tuning398-questions.jsonl",
		"tuning399-questions.jsonl",
		"tuning400-questions.jsonl",
		"tuning401-questions.jsonl",
		"tuning402-questions.jsonl",
		"tuning403-questions.jsonl",
		"tuning404-questions.jsonl",
		"tuning405-questions.jsonl",
		"tuning406-questions.jsonl",
		"tuning407-questions.jsonl",
		"tuning408-questions.jsonl",
		"tuning409-questions.jsonl",
		"tuning410-questions.jsonl",
		"tuning411-questions.jsonl",
		"tuning412-questions.jsonl",
		"tuning413-questions.jsonl",
		"tuning414-questions.jsonl",
		"tuning415-questions.jsonl",
		"tuning416-questions.jsonl",
		"tuning417-questions.jsonl",
		"tuning418-questions.jsonl",
		"tuning419-questions.jsonl",
		"tuning420-questions.jsonl",
		"tuning421-questions.jsonl",
		"tuning422-questions.jsonl",
		"tuning423-questions.jsonl",
		"tuning424-questions.jsonl",
		"tuning425-questions.jsonl",
		"tuning426-questions.jsonl",
		"tuning427-questions.jsonl",
		"tuning428-questions.jsonl",
		"tuning429-questions.jsonl",
		"tuning430-questions.jsonl",
		"tuning431-questions.jsonl",
		"tuning432-questions.jsonl",
		"tuning433-questions.jsonl",
		"tuning434-questions.jsonl",
		"tuning435-questions.jsonl",
		"tuning436-questions.jsonl",
		"tuning437-questions.jsonl",
		"tuning438-questions.jsonl",
		"tuning439-questions.jsonl",
		"tuning440-questions.jsonl",
		"tuning441-questions.jsonl",
		"tuning442-questions.jsonl",
		"tuning443-questions.jsonl",
		"tuning444-questions.jsonl",
		"tuning445-questions.jsonl",
		"tuning446-questions.jsonl",
		"tuning447-questions.jsonl",
		"tuning448-questions.jsonl",
		"tuning449-questions.jsonl",
		"tuning450-questions.jsonl",
		"tuning451-questions.jsonl",
		"tuning452-questions.jsonl",
		"tuning453-questions.jsonl",
		"tuning454-questions.jsonl",
		"tuning455-questions.jsonl",
		"tuning456-questions.jsonl",
		"tuning457-questions.jsonl",
		"tuning458-questions.jsonl",
		"tuning459-questions.jsonl",
		"tuning460-questions.jsonl",
		"tuning461-questions.jsonl",
		"tuning462-questions.jsonl",
		"tuning463-questions.jsonl",
		"tuning464-questions.jsonl",
		"tuning465-questions.jsonl",
		"tuning466-questions.jsonl",
		"tuning467-questions.jsonl",
		"tuning468-questions.jsonl",
		"tuning469-questions.jsonl",
		"tuning470-questions.jsonl",
		"tuning471-questions.jsonl",
		"tuning472-questions.jsonl",
		"tuning473-questions.jsonl",
		"tuning474-questions.jsonl",
		"tuning475-questions.jsonl",
		"tuning476-questions.jsonl",
		"tuning477-questions.jsonl",
		"tuning478-questions.jsonl",
		"tuning479-questions.jsonl",
		"tuning480-questions.jsonl",
		"tuning481-questions.jsonl",
		"tuning482-questions.jsonl",
		"tuning483-questions.jsonl",
		"tuning484-questions.jsonl",
		"tuning485-questions.jsonl",
		"tuning486-questions.jsonl",
		"tuning487-questions.jsonl",
		"tuning488-questions.jsonl",
		"tuning489-questions.jsonl",
		"tuning490-questions.jsonl",
		"tuning491-questions.jsonl",
		"tuning492-questions.jsonl",
		"tuning493-questions.jsonl",
		"tuning494-questions.jsonl",
		"tuning495-questions.jsonl",
		"tuning496-questions.jsonl",
		"tuning497-questions.jsonl",
		"tuning498-questions.jsonl",
		"tuning499-questions.jsonl",
		"tuning500-questions.jsonl",
		"tuning501-questions.jsonl",
		"tuning502-questions.jsonl",
		"tuning503-questions.jsonl",
		"tuning504-questions.jsonl",
		"tuning505-questions.jsonl",
		"tuning506-questions.jsonl",
		"tuning507-questions.jsonl",
		"tuning508-questions.jsonl",
		"tuning509-questions.jsonl",
		"tuning510-questions.jsonl",
		"tuning511-questions.jsonl",
		"tuning512-questions.jsonl",
		"tuning513-questions.jsonl",
		"tuning514-questions.jsonl",
		"tuning515-questions.jsonl",
		"tuning516-questions.jsonl",
		"tuning517-questions.jsonl",
		"tuning518-questions.jsonl",
		"tuning519-questions.jsonl",
		"tuning520-questions.jsonl",
		"tuning521-questions.jsonl",
		"tuning522-questions.jsonl",
		"tuning523-questions.jsonl",
		"tuning524-questions.jsonl",
		"tuning525-questions.jsonl",
		"tuning526-questions.jsonl",
		"tuning527-questions.jsonl",
		"tuning528-questions.jsonl",
		"tuning529-questions.jsonl",
		"tuning530-questions.jsonl",
		"tuning531-questions.jsonl",
		"tuning532-questions.jsonl",
		"tuning533-questions.jsonl",
		"tuning534-questions.jsonl",
		"tuning535-questions.jsonl",
		"tuning536-questions.jsonl",
		"tuning537-questions.jsonl",
		"tuning538-questions.jsonl",
		"tuning539-questions.jsonl",
		"tuning540-questions.jsonl",
		"tuning541-questions.jsonl",
		"tuning542-questions.jsonl",
		"tuning543-questions.jsonl",
		"tuning544-questions.jsonl",
		"tuning545-questions.jsonl",
		"tuning546-questions.jsonl",
		"tuning547-questions.jsonl",
		"tuning548-questions.jsonl",
		"tuning549-questions.jsonl",
		"tuning550-questions.jsonl",
		"tuning551-questions.jsonl",
		"tuning552-questions.jsonl",
		"tuning553-questions.jsonl",
		"tuning554-questions.jsonl",
		"tuning555-questions.jsonl",
		"tuning556-questions.jsonl",
		"tuning557-questions.jsonl",
		"tuning558-questions.jsonl",
		"tuning559-questions.jsonl",
		"tuning560-questions.jsonl",
		"tuning561-questions.jsonl",
		"tuning562-questions.jsonl",
		"tuning563-questions.jsonl",
		"tuning564-questions.jsonl",
		"tuning565-questions.jsonl",
		"tuning566-questions.jsonl",
		"tuning567-questions.jsonl",
		"tuning568-questions.jsonl",
		"tuning569-questions.jsonl",
		"tuning570-questions.jsonl",
		"tuning571-questions.jsonl",
		"tuning572-questions.jsonl",
		"tuning573-questions.jsonl",
		"tuning574-questions.jsonl",
		"tuning575-questions.jsonl",
		"tuning576-questions.jsonl",
		"tuning577-questions.jsonl",
		"tuning578-questions.jsonl",
		"tuning579-questions.jsonl",
		"tuning580-questions.jsonl",
		"tuning581-questions.jsonl",
		"tuning582-questions.jsonl",
		"tuning583-questions.jsonl",
		"tuning584-questions.jsonl",
		"tuning585-questions.jsonl",
		"tuning586-questions.jsonl",
		"tuning587-questions.jsonl",
		"tuning588-questions.jsonl",
		"tuning589-questions.jsonl",
		"tuning590-questions.jsonl",
		"tuning591-questions.jsonl",
		"tuning592-questions.jsonl",
		"tuning593-questions.jsonl",
		"tuning594-questions.jsonl",
		"tuning595-questions.jsonl",
		"tuning596-questions.jsonl",
		"tuning597-questions.jsonl",
		"tuning598-questions.jsonl",
		"tuning599-questions.jsonl",
		"tuning600-questions.jsonl",
		"tuning601-questions.jsonl",
		"tuning602-questions.jsonl",
		"tuning603-questions.jsonl",
		"tuning604-questions.jsonl",
		"tuning605-questions.jsonl",
		"tuning606-questions.jsonl",
		"tuning607-questions.jsonl",
		"tuning608-questions.jsonl",
		"tuning609-questions.jsonl",
		"tuning610-questions.jsonl",
		"tuning611-questions.jsonl",
		"tuning612-questions.jsonl",
		"tuning613-questions.jsonl",
		"tuning614-questions.jsonl",
		"tuning615-questions.jsonl",
		"tuning616-questions.jsonl",
		"tuning617-questions.jsonl",
		"tuning618-questions.jsonl",
		"tuning619-questions.jsonl",
		"tuning620-questions.jsonl",
		"tuning621-questions.jsonl",
		"tuning622-questions.jsonl",
		"tuning623-questions.jsonl",
		"tuning624-questions.jsonl",
		"tuning625-questions.jsonl",
		"tuning626-questions.jsonl",
		"tuning627-questions.jsonl",
		"tuning628-questions.jsonl",
		"tuning629-questions.jsonl",
		"tuning630-questions.jsonl",
		"tuning631-questions.jsonl",
		"tuning632-questions.jsonl",
		"tuning633-questions.jsonl",
		"tuning634-questions.jsonl",
		"tuning635-questions.jsonl",
		"tuning636-questions.jsonl",
		"tuning637-questions.jsonl",
		"tuning638-questions.jsonl",
		"tuning639-questions.jsonl",
		"tuning640-questions.jsonl",
		"tuning641-questions.jsonl",
		"tuning642-questions.jsonl",
		"tuning643-questions.jsonl",
		"tuning644-questions.jsonl",
		"tuning645-questions.jsonl",
		"tuning646-questions.jsonl",
		"tuning647-questions.jsonl",
		"tuning648-questions.jsonl",
		"tuning649-questions.jsonl",
		"tuning650-questions.jsonl",
		"tuning651-questions.jsonl",
		"tuning652-questions.jsonl",
		"tuning653-questions.jsonl",
		"tuning654-questions.jsonl",
		"tuning655-questions.jsonl",
		"tuning656-questions.jsonl",
		"tuning657-questions.jsonl",
		"tuning658-questions.jsonl",
		"tuning659-questions.jsonl",
		"tuning660-questions.jsonl",
		"tuning661-questions.jsonl",
		"tuning662-questions.jsonl",
		"tuning663-questions.jsonl",
		"tuning664-questions.jsonl",
		"tuning665-questions.jsonl",
		"tuning666-questions.jsonl",
		"tuning667-questions.jsonl",
		"tuning668-questions.jsonl",
		"tuning669-questions.jsonl",
		"tuning670-questions.jsonl",
		"tuning671-questions.jsonl",
		"tuning672-questions.jsonl",
		"tuning673-questions.jsonl",
		"tuning674-questions.jsonl",
		"tuning675-questions.jsonl",
		"tuning676-questions.jsonl",
		"tuning677-questions.jsonl",
		"tuning678-questions.jsonl",
		"tuning679-questions.jsonl",
		"tuning680-questions.jsonl",
		"tuning681-questions.jsonl",
		"tuning682-questions.jsonl",
		"tuning683-questions.jsonl",
		"tuning684-questions.jsonl",
		"tuning685-questions.jsonl",
		"tuning686-questions.jsonl",
		"tuning687-questions.jsonl",
		"tuning688-questions.jsonl",
		"tuning689-questions.jsonl",
		"tuning690-questions.jsonl",
		"tuning691-questions.jsonl",
		"tuning692-questions.jsonl",
		"tuning693-questions.jsonl",
		"tuning694-questions.jsonl",
		"tuning695-questions.jsonl",
		"tuning696-questions.jsonl",
		"tuning697-questions.jsonl",
		"tuning698-questions.jsonl",
		"tuning699-questions.jsonl",
		"tuning700-questions.jsonl",
		"tuning701-questions.jsonl",
		"tuning702-questions.jsonl",
		"tuning703-questions.jsonl",
		"tuning704-questions.jsonl",
		"tuning705-questions.jsonl",
		"tuning706-questions.jsonl",
		"tuning707-questions.jsonl",
		"tuning708-questions.jsonl",
		"tuning709-questions.jsonl",
		"tuning710-questions.jsonl",
		"tuning711-questions.jsonl",
		"tuning712-questions.jsonl",
		"tuning713-questions.jsonl",
		"tuning714-questions.jsonl",
		"tuning715-questions.jsonl",
		"tuning716-questions.jsonl",
		"tuning717-questions.jsonl",
		"tuning718-questions.jsonl",
		"tuning719-questions.jsonl",
		"tuning720-questions.jsonl",
		"tuning721-questions.jsonl",
		"tuning722-questions.jsonl",
		"tuning723-questions.jsonl",
		"tuning724-questions.jsonl",
		"tuning725-questions.jsonl",
		"tuning726-questions.jsonl",
		"tuning727-questions.jsonl",
		"tuning728-questions.jsonl",
		"tuning729-questions.jsonl",
		"tuning730-questions.jsonl",
		"tuning731-questions.jsonl",
		"tuning732-questions.jsonl",
		"tuning733-questions.jsonl",
		"tuning734-questions.jsonl",
		"tuning735-questions.jsonl",
		"tuning736-questions.jsonl",
		"tuning737-questions.jsonl",
		"tuning738-questions.jsonl",
		"tuning739-questions.jsonl",
		"tuning740-questions.jsonl",
		"tuning741-questions.jsonl",
		"tuning742-questions.jsonl",
		"tuning743-questions.jsonl",
		"tuning744-questions.jsonl",
		"tuning745-questions.jsonl",
		"tuning746-questions.jsonl",
		"tuning747-questions.jsonl",
		"tuning748-questions.jsonl",
		"tuning749-questions.jsonl",
		"tuning750-questions.jsonl",
		"tuning751-questions.jsonl",
		"tuning752-questions.jsonl",
		"tuning753-questions.jsonl",
		"tuning754-questions.jsonl",
		"tuning755-questions.jsonl",
		"tuning756-questions.jsonl",
		"tuning757-questions.jsonl",
		"tuning758-questions.jsonl",
		"tuning759-questions.jsonl",
		"tuning760-questions.jsonl",
		"tuning761-questions.jsonl",
		"tuning762-questions.jsonl",
		"tuning763-questions.jsonl",
		"tuning764-questions.jsonl",
		"tuning765-questions.jsonl",
		"tuning766-questions.jsonl",
		"tuning767-questions.jsonl",
		"tuning768-questions.jsonl",
		"tuning769-questions.jsonl",
		"tuning770-questions.jsonl",
		"tuning771-questions.jsonl",
		"tuning772-questions.jsonl",
		"tuning773-questions.jsonl",
		"tuning774-questions.jsonl",
		"tuning775-questions.jsonl",
		"tuning776-questions.jsonl",
		"tuning777-questions.jsonl",
		"tuning778-questions.jsonl",
		"tuning779-questions.jsonl",
		"tuning780-questions.jsonl",
		"tuning781-questions.jsonl",
		"tuning782-questions.jsonl",
		"tuning783-questions.jsonl",
		"tuning784-questions.jsonl",
		"tuning785-questions.jsonl",
		"tuning786-questions.jsonl",
		"tuning787-questions.jsonl",
		"tuning788-questions.jsonl",
		"tuning789-questions.jsonl",
		"tuning790-questions.jsonl",
		"tuning791-questions.jsonl",
		"tuning792-questions.jsonl",
		"tuning793-questions.jsonl",
		"tuning794-questions.jsonl",
		"tuning795-questions.jsonl",
		"tuning796-questions.jsonl",
		"tuning797-questions.jsonl",
		"tuning798-questions.jsonl",
		"tuning799-questions.jsonl",
		"tuning800-questions.jsonl",
		"tuning801-questions.jsonl",
		"tuning802-questions.jsonl",
		"tuning803-questions.jsonl",
		"tuning804-questions.jsonl",
		"tuning805-questions.jsonl",
		"tuning806-questions.jsonl",
		"tuning807-questions.jsonl",
		"tuning808-questions.jsonl",
		"tuning809-questions.jsonl",
		"tuning810-questions.jsonl",
		"tuning811-questions.jsonl",
		"tuning812-questions.jsonl",
		"tuning813-questions.jsonl",
		"tuning814-questions.jsonl",
		"tuning815-questions.jsonl",
		"tuning816-questions.jsonl",
		"tuning817-questions.jsonl",
		"tuning818-questions.jsonl",
		"tuning819-questions.jsonl",
		"tuning820-questions.jsonl",
		"tuning821-questions.jsonl",
		"tuning822-questions.jsonl",
		"tuning823-questions.jsonl",
		"tuning824-questions.jsonl",
		"tuning825-questions.jsonl",
		"tuning826-questions.jsonl",
		"tuning827-questions.jsonl",
		"tuning828-questions.jsonl",
		"tuning829-questions.jsonl",
		"tuning830-questions.jsonl",
		"tuning831-questions.jsonl",
		"tuning832-questions.jsonl",
		"tuning833-questions.jsonl",
		"tuning834-questions.jsonl",
		"tuning835-questions.jsonl",
		"tuning836-questions.jsonl",
		"tuning837-questions.jsonl",
		"tuning838-questions.jsonl",
		"tuning839-questions.jsonl",
		"tuning840-questions.jsonl",
		"tuning841-questions.jsonl",
		"tuning842-questions.jsonl",
		"tuning843-questions.jsonl",
		"tuning844-questions.jsonl",
		"tuning845-questions.jsonl",
		"tuning846-questions.jsonl",
		"tuning847-questions.jsonl",
		"tuning848-questions.jsonl",
		"tuning849-questions.jsonl",
		"tuning850-questions.jsonl",
		"tuning851-questions.jsonl",
		"tuning852-questions.jsonl",
		"tuning853-questions.jsonl",
		"tuning854-questions.jsonl",
		"tuning855-questions.jsonl",
		"tuning856-questions.jsonl",
		"tuning857-questions.jsonl",
		"tuning858-questions.jsonl",
		"tuning859-questions.jsonl",
		"tuning860-questions.jsonl",
		"tuning861-questions.jsonl",
		"tuning862-questions.jsonl",
		"tuning863-questions.jsonl",
		"tuning864-questions.jsonl",
		"tuning865-questions.jsonl",
		"tuning866-questions.jsonl",
		"tuning867-questions.jsonl",
		"tuning868-questions.jsonl",
		"tuning869-questions.jsonl",
		"tuning870-questions.jsonl",
		"tuning871-questions.jsonl",
		"tuning872-questions.jsonl",
		"tuning873-questions.jsonl",
		"tuning874-questions.jsonl",
		"tuning875-questions.jsonl",
		"tuning876-questions.jsonl",
		"tuning877-questions.jsonl",
		"tuning878-questions.jsonl",
		"tuning879-questions.jsonl",
		"tuning880-questions.jsonl",
		"tuning881-questions.jsonl",
		"tuning882-questions.jsonl",
		"tuning883-questions.jsonl",
		"tuning884-questions.jsonl",
		"tuning885-questions.jsonl",
		"tuning886-questions.jsonl",
		"tuning887-questions.jsonl",
		"tuning888-questions.jsonl",
		"tuning889-questions.jsonl",
		"tuning890-questions.jsonl",
		"tuning891-questions.jsonl",
		"tuning892-questions.jsonl",
		"tuning893-questions.jsonl",
		"tuning894-questions.jsonl",
		"tuning895-questions.jsonl",
		"tuning896-questions.jsonl",
		"tuning897-questions.jsonl",
		"tuning898-questions.jsonl",
		"tuning899-questions.jsonl",
		"tuning900-questions.jsonl",
		"tuning901-questions.jsonl",
		"tuning902-questions.jsonl",
		"tuning903-questions.jsonl",
		"tuning904-questions.jsonl",
		"tuning905-questions.jsonl",
		"tuning906-questions.jsonl",
		"tuning907-questions.jsonl",
		"tuning908-questions.jsonl",
		"tuning909-questions.jsonl",
		"tuning910-questions.jsonl",
		"tuning911-questions.jsonl",
		"tuning912-questions.jsonl",
		"tuning913-questions.jsonl",
		"tuning914-questions.jsonl",
		"tuning915-questions.jsonl",
		"tuning916-questions.jsonl",
		"tuning917-questions.jsonl",
		"tuning918-questions.jsonl",
		"tuning919-questions.jsonl",
		"tuning920-questions.jsonl",
		"tuning921-questions.jsonl",
		"tuning922-questions.jsonl",
		"tuning923-questions.jsonl",
		"tuning924-questions.jsonl",
		"tuning925-questions.jsonl",
		"tuning926-questions.jsonl",
		"tuning927-questions.jsonl",
		"tuning928-questions.jsonl",
		"tuning929-questions.jsonl",
		"tuning930-questions.jsonl",
		"tuning931-questions.jsonl",
		"tuning932-questions.jsonl",
		"tuning933-questions.jsonl",
		"tuning934-questions.jsonl",
		"tuning935-questions.jsonl",
		"tuning936-questions.jsonl",
		"tuning937-questions.jsonl",
		"tuning938-questions.jsonl",
		"tuning939-questions.jsonl",
		"tuning940-questions.jsonl",
		"tuning941-questions.jsonl",
		"tuning942-questions.jsonl",
		"tuning943-questions.jsonl",
		"tuning944-questions.jsonl",
		"tuning945-questions.jsonl",
		"tuning946-questions.jsonl",
		"tuning947-questions.jsonl",
		"tuning948-questions.jsonl",
		"tuning949-questions.jsonl",
		"tuning950-questions.jsonl",
		"tuning951-questions.jsonl",
		"tuning952-questions.jsonl",
		"tuning953-questions.jsonl",
		"tuning954-questions.jsonl",
		"tuning955-questions.jsonl",
		"tuning956-questions.jsonl",
		"tuning957-questions.jsonl",
		"tuning958-questions.jsonl",
		"tuning959-questions.jsonl",
		"tuning960-questions.jsonl",
		"tuning961-questions.jsonl",
		"tuning962-questions.jsonl",
		"tuning963-questions.jsonl",
		"tuning964-questions.jsonl",
		"tuning965-questions.jsonl",
		"tuning966-questions.jsonl",
		"tuning967-questions.jsonl",
		"tuning968-questions.jsonl",
		"tuning969-questions.jsonl",
		"tuning970-questions.jsonl",
		"tuning971-questions.jsonl",
		"tuning972-questions.jsonl",
		"tuning973-questions.jsonl",
		"tuning974-questions.jsonl",
		"tuning975-questions.jsonl",
		"tuning976-questions.jsonl",
		"tuning977-questions.jsonl",
		"tuning978-questions.jsonl",
		"tuning979-questions.jsonl",
		"tuning980-questions.jsonl",
		"tuning981-questions.jsonl",
		"tuning982-questions.jsonl",
		"tuning983-questions.jsonl",
		"tuning984-questions.jsonl",
		"blind1-questions.jsonl",
		"blind4-questions.jsonl",
		"blind5-questions.jsonl",
		"blind9-questions.jsonl",
	}
	for _, name := range append(sets, blindSets...) {
		ours = append(ours, filepath.Join("..", "testdata", "eval", name))
	}
	for _, p := range []string{
		filepath.Join("..", "..", "shared", "eval", "dev-questions.jsonl"),
		filepath.Join("..", "testdata", "eval", "dev-questions.jsonl"),
	} {
		if _, err := os.Stat(p); err == nil {
			return append([]string{p}, ours...)
		}
	}
	t.Fatal("no development question set found")
	return nil
}

func readEval(t testing.TB, path string) []evalCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []evalCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c evalCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases = append(cases, c)
	}
	return cases
}

// evalNorm folds case, typographic quotes and whitespace, as the shared evalqa.py does.
func evalNorm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// evalGate is the share of every question set we tune on that must pass; every refusal
// must, too.
const evalGate = 0.95

// The blind sets were written from the article alone, by people who never saw the facts or
// the answers, and are never tuned on: their test says only how many pass, never which fail,
// so that they stay blind. When a session has to tune on one, a fresh blind set replaces it
// first.
var blindSets = []string{"blind-questions.jsonl", "blind3-questions.jsonl", "blind6-questions.jsonl", "blind7-questions.jsonl", "blind8-questions.jsonl", "blind10-questions.jsonl", "blind11-questions.jsonl", "blind12-questions.jsonl", "blind13-questions.jsonl", "blind14-questions.jsonl", "blind15-questions.jsonl", "blind16-questions.jsonl", "blind17-questions.jsonl", "blind18-questions.jsonl", "blind19-questions.jsonl", "blind20-questions.jsonl", "blind21-questions.jsonl", "blind22-questions.jsonl", "blind23-questions.jsonl", "blind24-questions.jsonl", "blind25-questions.jsonl", "blind26-questions.jsonl", "blind27-questions.jsonl", "blind28-questions.jsonl", "blind29-questions.jsonl", "blind30-questions.jsonl", "blind31-questions.jsonl", "blind32-questions.jsonl", "blind33-questions.jsonl", "blind34-questions.jsonl", "blind35-questions.jsonl", "blind36-questions.jsonl", "blind37-questions.jsonl", "blind38-questions.jsonl", "blind39-questions.jsonl", "blind40-questions.jsonl", "blind41-questions.jsonl", "blind42-questions.jsonl", "blind43-questions.jsonl", "blind44-questions.jsonl", "blind45-questions.jsonl", "blind46-questions.jsonl", "blind47-questions.jsonl", "blind48-questions.jsonl", "blind49-questions.jsonl", "blind50-questions.jsonl", "blind51-questions.jsonl", "blind52-questions.jsonl", "blind53-questions.jsonl", "blind54-questions.jsonl", "blind55-questions.jsonl", "blind56-questions.jsonl", "blind57-questions.jsonl", "blind58-questions.jsonl", "blind59-questions.jsonl", "blind60-questions.jsonl", "blind61-questions.jsonl", "blind62-questions.jsonl", "blind63-questions.jsonl", "blind64-questions.jsonl", "blind65-questions.jsonl", "blind66-questions.jsonl", "blind67-questions.jsonl", "blind68-questions.jsonl", "blind69-questions.jsonl", "blind70-questions.jsonl", "blind71-questions.jsonl", "blind72-questions.jsonl", "blind73-questions.jsonl", "blind74-questions.jsonl", "blind75-questions.jsonl", "blind76-questions.jsonl", "blind77-questions.jsonl", "blind78-questions.jsonl", "blind79-questions.jsonl", "blind80-questions.jsonl", "blind81-questions.jsonl", "blind82-questions.jsonl", "blind83-questions.jsonl", "blind84-questions.jsonl", "blind85-questions.jsonl", "blind86-questions.jsonl", "blind87-questions.jsonl", "blind88-questions.jsonl", "blind89-questions.jsonl", "blind90-questions.jsonl", "blind91-questions.jsonl", "blind92-questions.jsonl", "blind93-questions.jsonl", "blind94-questions.jsonl", "blind95-questions.jsonl", "blind96-questions.jsonl", "blind97-questions.jsonl", "blind98-questions.jsonl", "blind99-questions.jsonl", "blind100-questions.jsonl", "blind101-questions.jsonl", "blind102-questions.jsonl", "blind103-questions.jsonl", "blind104-questions.jsonl", "blind105-questions.jsonl", "blind106-questions.jsonl", "blind107-questions.jsonl", "blind108-questions.jsonl", "blind109-questions.jsonl", "blind110-questions.jsonl", "blind111-questions.jsonl", "blind112-questions.jsonl", "blind113-questions.jsonl", "blind114-questions.jsonl", "blind115-questions.jsonl", "blind116-questions.jsonl", "blind117-questions.jsonl", "blind118-questions.jsonl", "blind119-questions.jsonl", "blind120-questions.jsonl", "blind121-questions.jsonl", "blind122-questions.jsonl", "blind123-questions.jsonl", "blind124-questions.jsonl", "blind125-questions.jsonl", "blind126-questions.jsonl", "blind127-questions.jsonl", "blind128-questions.jsonl", "blind129-questions.jsonl", "blind130-questions.jsonl", "blind131-questions.jsonl", "blind132-questions.jsonl", "blind133-questions.jsonl", "blind134-questions.jsonl", "blind135-questions.jsonl", "blind136-questions.jsonl", "blind137-questions.jsonl", "blind138-questions.jsonl", "blind139-questions.jsonl", "blind140-questions.jsonl", "blind141-questions.jsonl", "blind142-questions.jsonl", "blind143-questions.jsonl", "blind144-questions.jsonl", "blind145-questions.jsonl", "blind146-questions.jsonl", "blind147-questions.jsonl", "blind148-questions.jsonl", "blind149-questions.jsonl", "blind150-questions.jsonl", "blind151-questions.jsonl", "blind152-questions.jsonl", "blind153-questions.jsonl", "blind154-questions.jsonl", "blind155-questions.jsonl", "blind156-questions.jsonl", "blind157-questions.jsonl", "blind158-questions.jsonl", "blind159-questions.jsonl", "blind160-questions.jsonl", "blind161-questions.jsonl", "blind162-questions.jsonl", "blind163-questions.jsonl", "blind164-questions.jsonl", "blind165-questions.jsonl", "blind166-questions.jsonl", "blind167-questions.jsonl", "blind168-questions.jsonl", "blind169-questions.jsonl", "blind170-questions.jsonl", "blind171-questions.jsonl", "blind172-questions.jsonl", "blind173-questions.jsonl", "blind174-questions.jsonl", "blind175-questions.jsonl", "blind176-questions.jsonl", "blind177-questions.jsonl", "blind178-questions.jsonl", "blind179-questions.jsonl", "blind180-questions.jsonl", "blind181-questions.jsonl", "blind182-questions.jsonl", "blind183-questions.jsonl", "blind184-questions.jsonl", "blind185-questions.jsonl", "blind186-questions.jsonl", "blind187-questions.jsonl", "blind188-questions.jsonl", "blind189-questions.jsonl", "blind190-questions.jsonl", "blind191-questions.jsonl", "blind192-questions.jsonl", "blind193-questions.jsonl", "blind194-questions.jsonl", "blind195-questions.jsonl", "blind196-questions.jsonl", "blind197-questions.jsonl", "blind198-questions.jsonl", "blind199-questions.jsonl", "blind200-questions.jsonl", "blind201-questions.jsonl", "blind202-questions.jsonl", "blind203-questions.jsonl", "blind204-questions.jsonl", "blind205-questions.jsonl", "blind206-questions.jsonl", "blind207-questions.jsonl", "blind208-questions.jsonl", "blind209-questions.jsonl", "blind210-questions.jsonl", "blind211-questions.jsonl", "blind212-questions.jsonl", "blind213-questions.jsonl", "blind214-questions.jsonl", "blind215-questions.jsonl", "blind216-questions.jsonl", "blind217-questions.jsonl", "blind218-questions.jsonl", "blind219-questions.jsonl", "blind220-questions.jsonl", "blind221-questions.jsonl", "blind222-questions.jsonl", "blind223-questions.jsonl", "blind224-questions.jsonl", "blind225-questions.jsonl", "blind226-questions.jsonl", "blind227-questions.jsonl", "blind228-questions.jsonl", "blind229-questions.jsonl", "blind230-questions.jsonl", "blind231-questions.jsonl", "blind232-questions.jsonl", "blind233-questions.jsonl", "blind234-questions.jsonl", "blind235-questions.jsonl", "blind236-questions.jsonl", "blind237-questions.jsonl", "blind238-questions.jsonl", "blind239-questions.jsonl", "blind240-questions.jsonl", "blind241-questions.jsonl", "blind242-questions.jsonl", "blind243-questions.jsonl", "blind244-questions.jsonl", "blind245-questions.jsonl", "blind246-questions.jsonl", "blind247-questions.jsonl", "blind248-questions.jsonl", "blind249-questions.jsonl", "blind250-questions.jsonl", "blind251-questions.jsonl", "blind252-questions.jsonl", "blind253-questions.jsonl", "blind254-questions.jsonl", "blind255-questions.jsonl", "blind256-questions.jsonl", "blind257-questions.jsonl", "blind258-questions.jsonl", "blind259-questions.jsonl", "blind260-questions.jsonl", "blind261-questions.jsonl", "blind262-questions.jsonl", "blind263-questions.jsonl", "blind264-questions.jsonl", "blind265-questions.jsonl", "blind266-questions.jsonl", "blind267-questions.jsonl", "blind268-questions.jsonl", "blind269-questions.jsonl", "blind270-questions.jsonl", "blind271-questions.jsonl", "blind272-questions.jsonl", "blind273-questions.jsonl", "blind274-questions.jsonl", "blind275-questions.jsonl", "blind276-questions.jsonl", "blind277-questions.jsonl", "blind278-questions.jsonl", "blind279-questions.jsonl", "blind280-questions.jsonl", "blind281-questions.jsonl", "blind282-questions.jsonl", "blind283-questions.jsonl", "blind284-questions.jsonl", "blind285-questions.jsonl", "blind286-questions.jsonl", "blind287-questions.jsonl", "blind288-questions.jsonl", "blind289-questions.jsonl", "blind290-questions.jsonl", "blind291-questions.jsonl", "blind292-questions.jsonl", "blind293-questions.jsonl", "blind294-questions.jsonl", "blind295-questions.jsonl", "blind296-questions.jsonl", "blind297-questions.jsonl", "blind298-questions.jsonl", "blind299-questions.jsonl", "blind300-questions.jsonl", "blind301-questions.jsonl", "blind302-questions.jsonl", "blind303-questions.jsonl", "blind304-questions.jsonl", "blind305-questions.jsonl", "blind306-questions.jsonl", "blind307-questions.jsonl", "blind308-questions.jsonl", "blind309-questions.jsonl", "blind310-questions.jsonl", "blind311-questions.jsonl", "blind312-questions.jsonl", "blind313-questions.jsonl", "blind314-questions.jsonl", "blind315-questions.jsonl", "blind316-questions.jsonl", "blind317-questions.jsonl", "blind318-questions.jsonl", "blind319-questions.jsonl", "blind320-questions.jsonl", "blind321-questions.jsonl", "blind322-questions.jsonl", "blind323-questions.jsonl", "blind324-questions.jsonl", "blind325-questions.jsonl", "blind326-questions.jsonl", "blind327-questions.jsonl", "blind328-questions.jsonl", "blind329-questions.jsonl", "blind330-questions.jsonl", "blind331-questions.jsonl", "blind332-questions.jsonl", "blind333-questions.jsonl", "blind334-questions.jsonl", "blind335-questions.jsonl", "blind336-questions.jsonl", "blind337-questions.jsonl", "blind338-questions.jsonl", "blind339-questions.jsonl", "blind340-questions.jsonl", "blind341-questions.jsonl", "blind342-questions.jsonl", "blind343-questions.jsonl", "blind344-questions.jsonl", "blind345-questions.jsonl", "blind346-questions.jsonl", "blind347-questions.jsonl", "blind348-questions.jsonl", "blind349-questions.jsonl", "blind350-questions.jsonl", "blind351-questions.jsonl", "blind352-questions.jsonl", "blind353-questions.jsonl", "blind354-questions.jsonl", "blind355-questions.jsonl", "blind356-questions.jsonl", "blind357-questions.jsonl", "blind358-questions.jsonl", "blind359-questions.jsonl", "blind360-questions.jsonl", "blind361-questions.jsonl", "blind362-questions.jsonl", "blind363-questions.jsonl", "blind364-questions.jsonl", "blind365-questions.jsonl", "blind366-questions.jsonl", "blind367-questions.jsonl", "blind368-questions.jsonl", "blind369-questions.jsonl", "blind370-questions.jsonl", "blind371-questions.jsonl", "blind372-questions.jsonl", "blind373-questions.jsonl", "blind374-questions.jsonl", "blind375-questions.jsonl", "blind376-questions.jsonl", "blind377-questions.jsonl", "blind378-questions.jsonl", "blind379-questions.jsonl", "blind380-questions.jsonl", "blind381-questions.jsonl", "blind382-questions.jsonl", "blind383-questions.jsonl", "blind384-questions.jsonl", "blind385-questions.jsonl", "blind386-questions.jsonl", "blind387-questions.jsonl", "blind388-questions.jsonl", "blind389-questions.jsonl", "blind390-questions.jsonl", "blind391-questions.jsonl", "blind392-questions.jsonl", "blind393-questions.jsonl", "blind394-questions.jsonl", "blind395-questions.jsonl", "blind396-questions.jsonl", "blind397-questions.jsonl", "blind398-questions.jsonl", "blind399-questions.jsonl", "blind400-questions.jsonl", "blind401-questions.jsonl", "blind402-questions.jsonl", "blind403-questions.jsonl"}

// floors are the pass rates of the sets still short of evalGate: the level they were last
// measured at, so that they cannot fall back while they climb. A blind set is held to its
// first score and never tuned on.
var floors = map[string]float64{
	// At the seventieth round's end (its last code, 0c9e90f8): blind49 104/110, blind50 109/110,
	// blind53 104/110, blind54 106/110, blind55 106/110, blind56 106/110, blind57 103/110, blind58
	// 110/110, blind61 105/110, blind62 107/110, blind63 106/110, blind64 103/110, blind65 105/110,
	// blind67 107/110, blind68 98/110, blind70 107/110, blind74 102/110, blind77 108/110, blind79
	// 104/110, blind82 104/110, blind87 105/110, blind90 105/110, blind92 107/110, blind96 109/110,
	// blind98 107/110, blind101 103/110, blind102 105/110, blind108 108/110, blind111 106/110,
	// blind122 105/110, blind131 109/110, blind142 105/110, blind143 108/110, tuning164 108/110,
	// tuning176 108/110, tuning192 109/110, tuning197 110/110, tuning203 108/110, tuning206 110/110,
	// tuning213 109/110, tuning215 107/110, tuning217 108/110, tuning218 108/110, tuning228 107/110,
	// tuning229 108/110, tuning239 107/110, tuning240 106/110, tuning245 108/110, tuning251 107/110,
	// tuning252 107/110, tuning254 108/110, tuning257 108/110, tuning263 105/110, tuning267 109/110,
	// tuning269 106/110, tuning272 108/110, tuning278 108/110, tuning281 107/110, tuning284 109/110,
	// tuning285 107/110, tuning288 110/110, tuning293 110/110, tuning294 110/110, tuning295 110/110,
	// tuning297 109/110, tuning298 109/110, tuning301 110/110, tuning302 109/110, tuning305 108/110,
	// tuning306 110/110, tuning309 109/110, tuning311 108/110, tuning313 109/110, tuning314 109/110,
	// tuning315 110/110, tuning321 109/110, tuning323 106/110, tuning328 108/110, tuning329 109/110,
	// tuning331 107/110, tuning332 107/110, tuning333 110/110, tuning334 109/110, tuning335 109/110,
	// tuning336 106/110, tuning339 109/110, tuning340 110/110, tuning342 109/110, tuning345 110/110,
	// tuning347 110/110, tuning349 110/110, tuning360 105/110, tuning361 108/110, tuning362 109/110,
	// tuning363 108/110, tuning365 107/110, tuning376 108/110, tuning379 109/110, tuning391 110/110,
	// tuning396 108/110, tuning401 110/110, tuning416 107/110, tuning420 106/110, tuning435 110/110,
	// tuning437 110/110, tuning438 110/110, tuning439 106/110, tuning444 110/110, tuning448 108/110,
	// tuning451 108/110, tuning453 106/110, tuning457 109/110, tuning461 110/110, tuning462 110/110,
	// tuning463 110/110, tuning464 110/110, tuning466 110/110, tuning469 108/110, tuning471 110/110,
	// tuning467 110/110, tuning468 110/110, tuning473 110/110, tuning486 109/110, tuning487 108/110,
	// tuning490 110/110, tuning496 109/110, tuning503 108/110, tuning511 110/110, tuning513 108/110,
	// tuning514 109/110, tuning515 110/110, tuning516 108/110, tuning519 110/110, tuning524 108/110,
	// tuning525 109/110, tuning529 108/110, tuning530 105/110, tuning535 105/110, tuning548 106/110,
	// tuning550 109/110, tuning554 110/110, tuning555 110/110, tuning559 110/110, tuning561 110/110,
	// tuning562 108/110, tuning565 110/110, tuning567 107/110, tuning568 109/110, tuning569 109/110,
	// tuning570 110/110, tuning573 108/110, tuning574 108/110, tuning579 110/110, tuning585 108/110,
	// tuning587 107/110, tuning588 109/110, tuning590 92/110, tuning593 107/110, tuning594 110/110,
	// tuning599 110/110, tuning601 110/110, tuning602 109/110, tuning603 110/110, tuning605 105/110,
	// tuning608 109/110, tuning609 105/110, tuning610 108/110, tuning611 110/110, tuning613 104/110,
	// tuning614 107/110, tuning617 106/110, tuning619 106/110, tuning622 109/110, tuning624 109/110,
	// tuning629 110/110, tuning630 109/110, tuning631 106/110, tuning632 110/110, tuning633 109/110,
	// tuning634 110/110, tuning635 108/110, tuning637 109/110, tuning638 107/110, tuning641 110/110,
	// tuning642 110/110, tuning644 110/110, tuning645 107/110, tuning646 108/110, tuning647 107/110,
	// tuning648 110/110, tuning650 109/110, tuning652 109/110, tuning653 109/110, tuning654 105/110,
	// tuning655 110/110, tuning656 110/110, tuning661 103/110, tuning668 110/110, tuning670 108/110,
	// tuning671 110/110, tuning684 110/110, tuning689 109/110, tuning690 109/110, tuning691 109/110,
	// tuning692 110/110, tuning694 106/110, tuning695 107/110, tuning698 105/110, tuning699 109/110,
	// tuning700 110/110, tuning701 109/110, tuning703 110/110, tuning705 110/110, tuning706 108/110,
	// tuning707 110/110, tuning708 109/110, tuning709 109/110, tuning710 109/110, tuning711 109/110,
	// tuning712 109/110, tuning713 109/110, tuning714 109/110, blind165 105/110, blind166 99/110,
	// tuning715 109/110, tuning716 109/110, tuning717 110/110, tuning718 109/110, blind173 86/110,
	// blind174 103/110, blind175 98/110, blind176 95/110, tuning719 110/110, tuning720 110/110,
	// tuning721 109/110, tuning722 110/110, blind180 103/110, blind182 90/110, blind183 104/110,
	// blind184 100/110, tuning723 109/110, tuning724 109/110, tuning725 108/110, tuning726 110/110,
	// tuning727 104/110, tuning729 110/110, tuning730 109/110, tuning731 104/110, tuning732 102/110,
	// tuning733 107/110, tuning735 108/110, tuning736 108/110, tuning737 110/110, blind185 103/110,
	// blind186 100/110, blind187 97/110, blind189 97/110, blind190 96/110, blind191 104/110, blind192
	// 100/110, tuning738 108/110, tuning739 110/110, tuning740 109/110, tuning741 110/110, tuning744
	// 107/110, tuning745 109/110, tuning746 108/110, tuning747 107/110, blind194 105/110, blind196
	// 106/110, blind197 106/110, blind199 108/110, blind200 100/110, tuning748 107/110, tuning749
	// 109/110, tuning750 105/110, tuning752 110/110, tuning754 110/110, blind201 101/110, blind202
	// 99/110, blind205 101/110, blind206 103/110, blind207 110/110, blind208 97/110, tuning756
	// 110/110, tuning757 109/110, tuning758 107/110, tuning760 109/110, tuning761 108/110, tuning759
	// 109/110, blind209 103/110, blind211 98/110, blind212 105/110, tuning762 110/110, tuning764
	// 110/110, tuning765 108/110, blind214 98/110, blind215 96/110, blind216 103/110, tuning766
	// 108/110, tuning768 108/110, tuning769 108/110, blind220 108/110, blind221 103/110, blind222
	// 105/110, blind225 103/110, tuning770 110/110, tuning771 110/110, tuning772 110/110, tuning773
	// 110/110, tuning774 107/110, tuning775 110/110, tuning776 110/110, tuning777 107/110, tuning778
	// 110/110, tuning781 110/110, tuning782 110/110, blind228 104/110, blind229 103/110, blind230
	// 99/110, blind231 100/110, tuning783 109/110, tuning784 108/110, tuning786 109/110, tuning787
	// 108/110, tuning788 109/110, tuning789 110/110, tuning790 108/110, blind233 92/110, blind234
	// 98/110, blind235 93/110, blind236 101/110, blind237 104/110, blind238 101/110, blind239 98/110,
	// tuning791 107/110, tuning792 110/110, tuning793 110/110, tuning795 107/110, tuning796 109/110,
	// tuning797 109/110, tuning798 105/110, tuning799 108/110, tuning800 108/110, tuning801 108/110,
	// blind240 107/110, blind241 101/110, blind242 103/110, blind243 99/110, blind244 100/110,
	// blind245 107/110, blind246 107/110, tuning802 110/110, tuning803 107/110, tuning804 107/110,
	// tuning805 109/110, tuning806 109/110, tuning807 108/110, tuning808 108/110, tuning809 110/110,
	// tuning810 106/110, tuning811 110/110, tuning812 109/110, tuning813 110/110, tuning814 110/110,
	// tuning815 109/110, tuning816 108/110, tuning819 108/110, blind248 103/110, blind249 102/110,
	// blind250 104/110, blind251 95/110, blind252 104/110, tuning820 109/110, tuning821 109/110,
	// tuning823 110/110, blind253 103/110, blind254 105/110, blind255 99/110, blind256 100/110,
	// blind257 94/110, blind258 102/110, tuning824 107/110, tuning825 105/110, tuning826 108/110,
	// tuning827 110/110, tuning828 110/110, tuning829 110/110, tuning830 109/110, tuning831 109/110,
	// tuning832 103/110, blind259 93/110, blind260 97/110, blind261 97/110, blind262 94/110, blind263
	// 101/110, tuning833 109/110, tuning834 106/110, tuning835 109/110, tuning836 107/110, tuning837
	// 107/110, blind266 92/110, blind267 97/110, blind268 98/110, blind269 102/110, blind271 106/110,
	// tuning838 109/110, tuning839 110/110, tuning840 110/110, tuning841 110/110, tuning842 109/110,
	// tuning843 105/110, tuning844 104/110, tuning845 109/110, blind272 102/110, blind273 98/110,
	// blind274 105/110, blind275 97/110, tuning846 108/110, tuning847 108/110, tuning848 108/110,
	// tuning849 104/110, tuning850 105/110, tuning851 106/110, blind276 89/110, blind277 98/110,
	// blind278 92/110, blind279 101/110, blind281 106/110, blind282 102/110, blind283 92/110, blind284
	// 101/110, blind285 104/110, blind286 103/110, blind287 89/110, blind288 97/110, blind289 96/110,
	// blind290 93/110, blind291 88/110, blind292 93/110, blind293 104/110, blind294 101/110, blind295
	// 91/110, blind296 103/110, blind297 97/110, blind298 95/110, blind299 94/110, blind300 95/110,
	// blind301 94/110, blind302 93/110, blind303 95/110, blind304 103/110, blind305 92/110, blind306
	// 91/110, blind307 97/110, blind308 100/110, blind309 100/110, blind310 96/110, blind311 101/110,
	// blind312 96/110, blind313 102/110, blind314 92/110, blind315 89/110, blind316 96/110, blind317
	// 97/110, blind318 89/110, blind319 95/110, blind320 99/110, blind321 97/110, blind322 98/110,
	// blind323 96/110, blind324 102/110, blind325 100/110, blind326 94/110, blind327 87/110, blind328
	// 106/110, blind330 96/110, blind331 90/110, blind332 97/110, blind333 98/110, blind334 96/110,
	// blind335 95/110, blind336 103/110, blind337 100/110, blind338 106/110, blind339 106/110,
	// blind340 98/110, blind341 95/110, blind342 98/110, blind343 78/110, blind344 95/110, blind345
	// 96/110, blind348 84/110, blind349 90/110, blind350 91/110, blind351 99/110, blind352 100/110,
	// blind353 102/110, blind355 104/110, blind356 90/110, blind357 92/110, blind358 98/110, blind359
	// 102/110, blind360 95/110, blind361 100/110, blind362 98/110, blind363 98/110, blind364 101/110,
	// blind365 96/110, blind366 91/110, blind367 100/110, blind368 99/110, blind371 100/110, blind372
	// 78/110, blind373 98/110, blind374 97/110, blind375 103/110, blind376 91/110, blind377 105/110,
	// blind378 93/110, blind380 78/110, blind381 81/110, blind382 101/110, blind383 101/110, blind384
	// 101/110, blind385 107/110, blind386 95/110, blind388 86/110, blind389 77/110, blind390 101/110,
	// blind392 103/110, blind393 101/110, blind394 91/110, blind395 95/110, blind396 62/110, blind397
	// 100/110, blind398 82/110, blind399 101/110, blind400 92/110, blind401 94/110, blind402 86/110,
	// blind403 96/110, tuning852 107/110, tuning853 110/110, tuning854 109/110, tuning855 110/110,
	// tuning856 110/110, tuning857 109/110, tuning858 105/110, tuning860 105/110, tuning861 108/110,
	// tuning862 110/110, tuning863 108/110, tuning864 110/110, tuning865 109/110, tuning866 107/110,
	// tuning867 109/110, tuning868 107/110, tuning869 108/110, tuning870 109/110, tuning871 101/110,
	// tuning872 108/110, tuning873 109/110, tuning874 109/110, tuning875 109/110, tuning876 106/110,
	// tuning877 104/110, tuning878 110/110, tuning879 110/110, tuning880 110/110, tuning881 108/110,
	// tuning882 108/110, tuning883 110/110, tuning884 109/110, tuning885 108/110, tuning886 110/110,
	// tuning887 110/110, tuning888 110/110, tuning889 108/110, tuning890 109/110, tuning891 107/110,
	// tuning892 108/110, tuning893 107/110, tuning894 109/110, tuning895 109/110, tuning896 109/110,
	// tuning897 107/110, tuning898 108/110, tuning899 109/110, tuning900 110/110, tuning901 104/110,
	// tuning902 110/110, tuning903 109/110, tuning904 108/110, tuning905 105/110, tuning906 109/110,
	// tuning907 109/110, tuning909 108/110, tuning910 110/110, tuning911 107/110, tuning912 108/110,
	// tuning913 106/110, tuning914 109/110, tuning915 110/110, tuning916 110/110, tuning918 109/110,
	// tuning919 108/110, tuning920 109/110, tuning921 104/110, tuning922 106/110, tuning923 109/110,
	// tuning924 109/110, tuning925 109/110, tuning926 107/110, tuning927 109/110, tuning928 106/110,
	// tuning929 107/110, tuning930 110/110, tuning931 106/110, tuning933 109/110, tuning934 97/110,
	// tuning935 109/110, tuning936 107/110, tuning937 109/110, tuning938 107/110, tuning939 108/110,
	// tuning940 103/110, tuning942 109/110, tuning943 104/110, tuning944 101/110, tuning945 106/110,
	// tuning946 109/110, tuning947 107/110, tuning949 103/110, tuning950 105/110, tuning951 108/110,
	// tuning952 110/110, tuning953 109/110, tuning954 106/110, tuning955 110/110, tuning957 103/110,
	// tuning958 103/110, tuning959 110/110, tuning960 110/110, tuning961 97/110, tuning962 103/110,
	// tuning963 109/110, tuning964 102/110, tuning965 101/110, tuning966 108/110, tuning967 110/110,
	// tuning968 110/110, tuning969 108/110, tuning970 106/110, tuning971 82/110, tuning972 105/110,
	// tuning973 101/110, tuning974 109/110, tuning975 108/110, tuning976 108/110, tuning977 91/110,
	// tuning978 105/110, tuning979 105/110, tuning980 106/110, tuning981 106/110, tuning982 102/110,
	// tuning983 104/110, tuning984 109/110. Each floor below is the best score measured; the comments
	// give each set's history up to the round before.
	// Blind, written during the twenty-third round, after its first changes: blind49 (a
	// formal register) 84/110 with the round's first code (ad86c35), 83/110 with the code
	// of the day it came in, 90/110 at the round's end; blind50 (leading questions) 92/110,
	// 92/110 and 94/110. At the twenty-fourth's end: 94/110 and 99/110; at the
	// twenty-fifth's, 96/110 and 100/110; at the twenty-sixth's, 99/110 and 102/110; at the
	// twenty-seventh's, 99/110 and 105/110; at the twenty-eighth's, 99/110 and 107/110. In
	// the twenty-ninth round blind49 lost one (98/110) to 'respect' as a stopword, kept for
	// what it gained on tuned sets.
	"blind49-questions.jsonl": 104.0 / 110,
	"blind50-questions.jsonl": 109.0 / 110,
	// Blind, written during the twenty-fourth round: blind53 (leading questions, typed as
	// chat users type them) 84/110 with the round's first code (a89d084), 87/110 with the
	// code of the day it came in and at the end; blind54 (a formal register) 82/110, 85/110
	// and 85/110. At the twenty-fifth's end: 87/110 and 90/110; at the twenty-sixth's, 89/110
	// and 94/110; at the twenty-seventh's, 98/110 and 95/110; at the twenty-eighth's, 99/110
	// and 97/110; at the twenty-ninth's, 101/110 and 97/110.
	"blind53-questions.jsonl": 104.0 / 110,
	"blind54-questions.jsonl": 106.0 / 110,
	// Blind, written before the twenty-fifth round's first change and scored with its first
	// code (f707975): blind55 (a formal register) 89/110, blind56 (leading questions typed
	// as in chat) 96/110; at its end 92/110 and 97/110; at the twenty-sixth's, 97/110 and
	// 98/110; at the twenty-seventh's, 98/110 and 99/110; at the twenty-eighth's, 100/110 and
	// 101/110. In the twenty-ninth round blind55 lost one (99/110) to curated questions
	// kept for what they gained on tuned sets.
	"blind55-questions.jsonl": 106.0 / 110,
	"blind56-questions.jsonl": 106.0 / 110,
	// Blind, written before the twenty-sixth round's first change and scored with its first
	// code (a46b879): blind57 (a formal register) 91/110, blind58 (leading questions typed
	// as in chat) 99/110; at its end 94/110 and 104/110; at the twenty-seventh's, 94/110 and
	// 107/110.
	"blind57-questions.jsonl": 103.0 / 110,
	"blind58-questions.jsonl": 110.0 / 110,
	// Blind, written before the twenty-eighth round's first change and scored with its first
	// code (b8cba52): blind61 (a formal register) 95/110, blind62 (leading questions typed as
	// in chat) 98/110; at its end 96/110 and 100/110; at the twenty-ninth's, 97/110 and
	// 101/110.
	"blind61-questions.jsonl": 105.0 / 110,
	"blind62-questions.jsonl": 107.0 / 110,
	// Blind, written before the twenty-ninth round's first change and scored with its first
	// code (3ff7cba): blind63 (a formal register) 100/110, blind64 (leading questions typed
	// as in chat) 98/110; at its end 102/110 and 98/110. Written during it and scored with
	// 3ff7cba and with the code of the day it came in (089a850): blind65 (a formal register)
	// 100/110 and 99/110, 99/110 at the end; blind66 (mixed users with 50 hard refusals)
	// passes evalGate (109/110).
	"blind63-questions.jsonl": 106.0 / 110,
	"blind64-questions.jsonl": 103.0 / 110,
	"blind65-questions.jsonl": 105.0 / 110,
	// Written before the thirtieth round's first change and scored with its first code
	// (153ea1e): blind67 (a formal register) 100/110, blind68 (leading questions typed as in
	// chat) 87/110.
	"blind67-questions.jsonl": 107.0 / 110,
	"blind68-questions.jsonl": 98.0 / 110,
	// Written during it and scored with 153ea1e and with the code of the day they came in
	// (d5602ed): blind69 (leading questions typed as in chat) 105/110 and 106/110, blind70
	// (a formal register) 102/110 and 103/110.
	"blind70-questions.jsonl": 107.0 / 110,
	// Written before the thirty-first round's first change and scored with its first code
	// (5a76b15): blind74 (leading questions typed as in chat) 96/110; blind73 (a formal
	// register, 106/110), blind75 (mixed users, 108/110) and blind76 (an analyst comparing
	// two governments, 105/110) pass evalGate from the first.
	"blind74-questions.jsonl": 102.0 / 110,
	// Written during it and scored with 5a76b15 and with the code of the day they came in
	// (0ee4f74): blind77 (a formal register, with asides) 98/110 and 101/110, blind79 (a
	// retired ambassador recalling first) 96/110 and 98/110; blind78 (leading, chat) and
	// blind80 (mixed users) pass evalGate (105/110 with both).
	"blind77-questions.jsonl": 108.0 / 110,
	"blind79-questions.jsonl": 104.0 / 110,
	// Written before the thirty-second round's first change and scored with its first code
	// (ed748a0): blind82 (a journalist on deadline typing fragments) 102/110; blind81 (a
	// student revising, 106/110), blind83 (readers whose first language is not English,
	// 107/110) and blind84 (an analyst comparing, 106/110) pass evalGate from the first.
	"blind82-questions.jsonl": 104.0 / 110,
	// Written during it and scored with ed748a0 and with the code of the day they came in
	// (435d2da): blind87 (a formal register, with asides) 102/110 with both; blind85 (a
	// journalist typing fragments, 107/110), blind86 (leading, chat, 106/110 and 107/110) and
	// blind88 (mixed users, 108/110) pass evalGate.
	"blind87-questions.jsonl": 105.0 / 110,
	// Written before the thirty-third round changed anything and scored with its first code
	// (8457e13): blind90 (people typing fast on a phone, with typos) 101/110 and blind92 (a
	// sceptical reader challenging claims) 104/110; blind89 (a teacher setting a quiz,
	// 108/110) and blind91 (a podcast host, 106/110) pass evalGate from the first.
	"blind90-questions.jsonl": 105.0 / 110,
	"blind92-questions.jsonl": 107.0 / 110,
	// Written before the thirty-fourth round changed anything and scored with its first code
	// (6230326): blind96 (a curious reader chatting, naming things vaguely) 103/110; blind93
	// (readers whose first language is not English), blind94 (a student outlining an essay)
	// and blind95 (a busy manager) 107/110 each pass evalGate from the first.
	"blind96-questions.jsonl": 109.0 / 110,
	// Written before the thirty-fifth round changed anything and scored with its first code
	// (fae2922): blind98 (a fact-checker verifying claims) 103/110; blind97 (people in the
	// four countries asking about their own, 109/110), blind99 (broad questions, 107/110) and
	// blind100 (mixed users, 109/110) pass evalGate from the first.
	"blind98-questions.jsonl": 107.0 / 110,
	// Written before the thirty-sixth round changed anything and scored with its first code
	// (9eac849): blind101 (a retired diplomat recalling formally) 97/110 and blind102 (typing
	// on a phone, with abbreviations) 103/110; blind103 (a podcast host, 110/110) and blind104
	// (a sceptic starting from doubtful assumptions, 106/110) pass evalGate from the first.
	"blind101-questions.jsonl": 103.0 / 110,
	"blind102-questions.jsonl": 105.0 / 110,
	// Written before the thirty-seventh round changed anything and scored with its first code
	// (c3cedb6): blind108 (a retired military officer using service jargon) 102/110; blind105
	// (a secondary-school student, 108/110), blind106 (a wire-service journalist, 109/110)
	// and blind107 (a Korean-born engineer's unusual grammar, 108/110) pass evalGate from the
	// first.
	"blind108-questions.jsonl": 108.0 / 110,
	// Written before the thirty-eighth round changed anything and scored with its first code
	// (29b57a7): blind111 (a chatty radio caller referring to things vaguely) 101/110;
	// blind109 (a think-tank intern, 105/110), blind110 (a Japanese exchange student,
	// 110/110) and blind112 (a New Zealand farmer, 105/110) pass evalGate from the first.
	"blind111-questions.jsonl": 106.0 / 110,
	// Written before the thirty-ninth round changed anything and scored with its first code
	// (1b4c5ae): blind113 (a nurse on a night shift, 106/110), blind114 (a student journalist
	// from Fiji, 105/110), blind115 (a trade economist, 109/110) and blind116 (a retired
	// schoolteacher from Busan, 107/110) pass evalGate from the first.
	// Written before the fortieth round changed anything and scored with its first code
	// (ca4ec34): blind117 (a Taiwanese graduate student, 109/110), blind118 (a Canadian
	// geography teacher, 109/110), blind119 (a terse defence-ministry staffer, 107/110) and
	// blind120 (an Indonesian diplomat, 110/110) pass evalGate from the first.
	// Written before the forty-first round changed anything and scored with its first code
	// (9ef9828): blind122 (a German lecturer on European security) 104/110; blind121 (a
	// Philippine coast-guard officer, 109/110), blind123 (a chatty retiree, 109/110) and
	// blind124 (a Japanese business reporter, 109/110) pass evalGate from the first.
	"blind122-questions.jsonl": 105.0 / 110,
	// Written before the forty-second round changed anything and scored with its first code
	// (8528da7): blind125 (a Taiwanese foreign-ministry intern, 110/110), blind126 (a British
	// podcast host, 106/110), blind127 (a Korean-Japanese translator, 110/110) and blind128
	// (a hurried congressional staffer, 106/110) pass evalGate from the first.
	// Written before the forty-third round changed anything and scored with its first code
	// (1446efe): blind131 (a Filipino wire journalist's Taglish shorthand) 93/110; blind129 (a
	// retired New Zealand diplomat, 107/110), blind130 (a debate coach, 108/110) and blind132
	// (a Japanese graduate student, 108/110) pass evalGate from the first.
	"blind131-questions.jsonl": 109.0 / 110,
	// Written before the forty-fourth round changed anything and scored with its first code
	// (49f5012): blind133 (an Indian think-tank researcher, 106/110), blind134 (a Seoul
	// high-school student, 109/110), blind135 (a German parliamentary staffer, 108/110) and
	// blind136 (a sceptical blogger, 107/110) pass evalGate from the first.
	// Written before the forty-fifth round changed anything and scored with its first code
	// (fee554d): blind137 (a Korean-American podcast host, 108/110), blind138 (a law student,
	// 107/110), blind139 (a Brazilian reader, 107/110) and blind140 (a busy executive,
	// 109/110) pass evalGate from the first.
	// Written before the forty-sixth round changed anything and scored with its first code
	// (74b5975): blind142 (a British tabloid reader's slang) 97/110 and blind143 (a long-haul
	// trucker's casual grammar) 102/110; blind141 (a radio call-in listener, 106/110) and
	// blind144 (a Malaysian civil servant, 108/110) pass evalGate from the first.
	"blind142-questions.jsonl": 105.0 / 110,
	"blind143-questions.jsonl": 108.0 / 110,
	// tuning164, written in a retired diplomat's formal register, had 85/110 with the
	// nineteenth round's first code (cdfd517), 98/110 at the twentieth's end and 100/110 at
	// the twenty-first's, 103/110 at the twenty-second's, 104/110 at the twenty-third's and
	// after. In the nineteenth round tuning163
	// (104/110 first) and tuning167 (100/110 first) reached evalGate; in the eighteenth
	// tuning159 did, in the seventeenth tuning144 and tuning150.
	"tuning164-questions.jsonl": 108.0 / 110,
	// Written during the twentieth round: tuning176 (messages asking two things at once) had
	// 97/110 with its first code (94ce8c2), 100/110 at its end and 102/110 at the
	// twenty-first's and twenty-second's, 103/110 at the twenty-third's; tuning181 (leading
	// questions whose premises are partly wrong) 89/110, 97/110, 100/110 and 101/110, and
	// 101/110 still, 102/110 at the twenty-fourth's end, 103/110 at the twenty-fifth's,
	// 104/110 at the twenty-seventh's; it reaches evalGate at the twenty-eighth's (105/110).
	// tuning175 (comparisons), 102/110 first, reached evalGate with 107/110.
	"tuning176-questions.jsonl": 108.0 / 110,
	// Written before the twenty-first round's first change and scored with its first code
	// (c0a0db0), then at its end: tuning183 (a senior civil servant's formal register) 77/110
	// and 97/110, tuning184 (leading questions again) 80/110 and 100/110, tuning185 (two
	// things at once again) 96/110 and 100/110. Written during it: tuning188 (why and how,
	// with 50 hard refusals) 97/110 with c0a0db0 and 103/110 at the end. At the
	// twenty-second round's end: tuning183 103/110, tuning184 102/110, tuning185 101/110,
	// tuning188 104/110. At the twenty-third's: tuning183 reaches evalGate with 106/110,
	// tuning184 103/110, tuning185 102/110, tuning188 104/110. At the twenty-fourth's:
	// tuning185 103/110, the others as before. At the twenty-fifth's tuning185 and tuning188
	// reach evalGate with 105/110, and tuning184 has 104/110; at the twenty-seventh's tuning184
	// reaches evalGate with 106/110.
	// Written before the twenty-second round's first change and scored with its first code
	// (c32a940): tuning192 (a formal register whose long clauses come before the question)
	// 56/110, 90/110 at its end, 95/110 at the twenty-third's, 97/110 at the twenty-fourth's,
	// 100/110 at the twenty-fifth's, 101/110 at the twenty-sixth's, 102/110 at the
	// twenty-seventh's, 103/110 at the twenty-eighth's, 104/110 at the twenty-ninth's.
	"tuning192-questions.jsonl": 109.0 / 110,
	// Written during it, in the same three hard styles, to see whether its changes carry
	// over to questions they were not made on; first with c32a940, then with the code of
	// the day they came in (see the round's closing note): tuning197 (formal register)
	// 70/110 and 83/110, tuning198 (leading questions) 93/110 and 98/110, tuning199 (two
	// things at once) 100/110 and 100/110; at the round's end 93/110, 98/110 and 102/110;
	// at the twenty-third's 96/110, 105/110 (evalGate reached) and 103/110; tuning197 97/110
	// at the twenty-fourth's and twenty-fifth's, when tuning199 reaches evalGate (105/110);
	// tuning197 99/110 at the twenty-sixth's, 101/110 at the twenty-eighth's.
	"tuning197-questions.jsonl": 110.0 / 110,
	// Written before the twenty-third round's first change and scored with its first code
	// (ad86c35): tuning201 (formal register) 82/110, tuning202 (leading questions) 103/110,
	// tuning203 (two things at once) 101/110; at its end 98/110, 106/110 (evalGate
	// reached) and 104/110; tuning201 99/110 at the twenty-fifth's, 104/110 at the
	// twenty-sixth's, and it reaches evalGate at the twenty-eighth's (105/110).
	"tuning203-questions.jsonl": 108.0 / 110,
	// Written before the twenty-fourth round's first change and scored with its first code
	// (a89d084), then at its end: tuning206 (formal register) 82/110 and 97/110, tuning207
	// (leading questions) 95/110 and 101/110. tuning208 to tuning211 passed evalGate from the
	// first. Written during it, in the three hard styles, scored with a89d084 and with the
	// code of the day they came in (no better: 293 and 292 of 330 together), then at the
	// end: tuning212 (formal register) 96/110, 96/110 and 104/110; tuning213 (leading
	// questions) 92/110, 91/110 and 103/110; tuning214 (two things at once) 105/110, 105/110
	// and 107/110 (evalGate reached). Written late in it, scored the same way: tuning215 (a
	// formal register, 50 hard refusals) 87/110 (44/50), 90/110 (45/50) and 98/110 (50/50);
	// tuning216 (leading questions typed as chat users type them) 94/110, 98/110 and
	// 102/110. At the twenty-fifth round's end: tuning206 98/110, tuning207 102/110,
	// tuning212 105/110 (evalGate reached), tuning213 104/110, tuning215 100/110, tuning216
	// 103/110. At the twenty-sixth's: tuning206 99/110, tuning216 104/110, the others as
	// before. At the twenty-seventh's tuning207 (105/110) and tuning216 (108/110) reach
	// evalGate; at the twenty-eighth's tuning206 and tuning215 have 102/110; at the
	// twenty-ninth's tuning206 104/110.
	"tuning206-questions.jsonl": 110.0 / 110,
	"tuning213-questions.jsonl": 109.0 / 110,
	"tuning215-questions.jsonl": 107.0 / 110,
	// Written before the twenty-fifth round's first change and scored with its first code
	// (f707975): tuning217 (formal register) 84/110, tuning218 (leading questions typed as in
	// chat) 91/110, then 98/110 and 100/110 at its end, 103/110 and 102/110 at the
	// twenty-sixth's, 103/110 and 103/110 at the twenty-seventh's, 103/110 and 104/110 at
	// the twenty-ninth's. tuning219 to tuning222 pass evalGate from the first.
	"tuning217-questions.jsonl": 108.0 / 110,
	"tuning218-questions.jsonl": 108.0 / 110,
	// Written during it, in the three hard styles, scored with f707975 and with the code of
	// the day they came in (7825c29): tuning223 (formal register) 90/110 and 91/110, tuning224
	// (leading questions typed as in chat) 102/110 and 102/110, tuning225 (two things at
	// once) 104/110 and 104/110; at the end 103/110, and tuning224 and tuning225 reach
	// evalGate with 106/110 each. tuning223 reaches it at the twenty-eighth's end (105/110).
	// Written before the twenty-sixth round's first change and scored with its first code
	// (a46b879): tuning228 (formal register) 86/110, tuning229 (leading questions typed as in
	// chat) 96/110; at its end 95/110 and 99/110, at the twenty-eighth's 95/110 and 101/110,
	// at the twenty-ninth's 97/110 and 102/110.
	// tuning230 to tuning233 pass evalGate from the first.
	"tuning228-questions.jsonl": 107.0 / 110,
	"tuning229-questions.jsonl": 108.0 / 110,
	// Written during it, in the three hard styles, scored with a46b879 and with the code of
	// the day they came in (a400d14): tuning234 (formal register) 94/110 and 94/110,
	// tuning235 (leading questions typed as in chat) 101/110 and 101/110; tuning236 (two
	// things at once) passes evalGate with 109/110. At the end tuning234 102/110, and
	// tuning235 reaches evalGate with 106/110; tuning234 104/110 at the twenty-eighth's,
	// and it reaches evalGate at the twenty-ninth's (106/110).
	// Written two thirds of the way into it, scored with a46b879 and with the code of the day
	// they came in (94e92e5): tuning237 (formal register) 96/110 and 96/110, tuning238
	// (leading questions typed as in chat) 98/110 and 98/110; at the end 102/110 and 100/110,
	// at the twenty-seventh's 103/110 and 104/110; at the twenty-eighth's tuning237 104/110,
	// and tuning238 reaches evalGate (105/110); tuning237 reaches it at the twenty-ninth's
	// (106/110).
	// Written before the twenty-seventh round's first change and scored with its first code
	// (cdd2185): tuning239 (formal register) 97/110, tuning240 (leading questions typed as in
	// chat) 96/110; at its end 99/110 and 102/110, at the twenty-eighth's 101/110 and
	// 102/110, at the twenty-ninth's 102/110 and 103/110. tuning241 to tuning244 pass
	// evalGate from the first.
	"tuning239-questions.jsonl": 107.0 / 110,
	"tuning240-questions.jsonl": 106.0 / 110,
	// Written during it and committed before they were scored, each scored with cdd2185 and
	// with the code of the day it came in: tuning245 (formal register) 93/110 and 93/110
	// (c4771ac), 97/110 at the end; tuning251 (formal register) 97/110 and 97/110 (a5cd60a),
	// tuning252 (leading questions typed as in chat) 92/110 and 95/110, 97/110 and 97/110 at
	// the end; tuning254 (formal register) 94/110 and 95/110 (6f7d7c8), 100/110 at the end.
	// tuning246 (100/110 and 101/110), tuning249 (101/110 and 103/110) and tuning255
	// (103/110 and 105/110) reach evalGate at the end; the others pass it from the first.
	// At the twenty-eighth round's end: tuning245 100/110, tuning251 100/110, tuning252
	// 97/110, tuning254 102/110. At the twenty-ninth's: tuning245 101/110, tuning252 98/110,
	// and tuning254 101/110, one lost to curated questions that gained eight on other sets.
	"tuning245-questions.jsonl": 108.0 / 110,
	"tuning251-questions.jsonl": 107.0 / 110,
	"tuning252-questions.jsonl": 107.0 / 110,
	"tuning254-questions.jsonl": 108.0 / 110,
	// Written before the twenty-eighth round's first change and scored with its first code
	// (b8cba52): tuning257 (formal register) 94/110, 97/110 at its end, 99/110 at the
	// twenty-ninth's; tuning258 (leading
	// questions typed as in chat) 103/110, 107/110 at its end (evalGate reached); tuning259
	// to tuning262 pass evalGate from the first.
	"tuning257-questions.jsonl": 108.0 / 110,
	// Written during it and committed before they were scored, each scored with b8cba52 and
	// with the code of the day it came in: tuning263 (formal register) 95/110 and 95/110,
	// 101/110 at the end; tuning264 (leading questions) 97/110 and 97/110, 105/110 at the end
	// (evalGate reached); tuning267 (leading questions) 93/110 and 95/110 (3bd0d26), 99/110
	// at the end, 102/110 at the twenty-ninth's; tuning269 (formal register) 91/110 and 91/110 (b71491e), 98/110 at the
	// end. tuning266 (103/110 and 103/110, 107/110 at the end) reaches evalGate; tuning265,
	// tuning268, tuning270 and tuning271 pass it from the first.
	"tuning263-questions.jsonl": 105.0 / 110,
	"tuning267-questions.jsonl": 109.0 / 110,
	"tuning269-questions.jsonl": 106.0 / 110,
	// Written before the twenty-ninth round's first change and scored with its first code
	// (3ff7cba): tuning272 (formal register) 88/110, 93/110 at its end; tuning273 (leading
	// questions typed as in chat) 102/110, 107/110 at its end (evalGate reached); tuning274
	// to tuning277 pass evalGate from the first.
	"tuning272-questions.jsonl": 108.0 / 110,
	// Written during it and committed before they were scored, each scored with 3ff7cba and
	// with the code of the day it came in: tuning278 (formal register) 100/110 and 99/110
	// (507efb5), 102/110 at the end; tuning281 (formal register) 99/110 and 99/110
	// (9e2bfff), 100/110 at the end; tuning284 (formal register) 101/110 and 101/110
	// (4f018ec), 102/110 at the end; tuning285 (leading questions) 102/110 and 102/110,
	// 103/110 at the end. tuning282 (104/110 and 104/110, 107/110 at the end) reaches
	// evalGate; tuning279, tuning280, tuning283 and tuning286 pass it from the first.
	"tuning278-questions.jsonl": 108.0 / 110,
	"tuning281-questions.jsonl": 107.0 / 110,
	"tuning284-questions.jsonl": 109.0 / 110,
	"tuning285-questions.jsonl": 107.0 / 110,
	// Written before the thirtieth round's first change and scored with its first code
	// (153ea1e): tuning288 (leading questions typed as in chat) 103/110; tuning287 and
	// tuning289 to tuning292 pass evalGate from the first.
	"tuning288-questions.jsonl": 110.0 / 110,
	// Written during it and committed before they were scored, each scored with 153ea1e and
	// with the code of the day it came in (d775f8e): tuning293 (leading questions typed as
	// in chat) 102/110 and 102/110, tuning294 (leading questions on half-remembered news)
	// 98/110 and 99/110, tuning295 (formal register) 101/110 and 101/110; tuning296 passes
	// evalGate from the first.
	"tuning293-questions.jsonl": 110.0 / 110,
	"tuning294-questions.jsonl": 110.0 / 110,
	"tuning295-questions.jsonl": 110.0 / 110,
	// Written later in it, scored with 153ea1e and with d5602ed: tuning297 (leading questions
	// typed as in chat) 98/110 and 99/110, tuning298 (leading questions typed in a hurry)
	// 99/110 and 100/110; tuning299 and tuning300 pass evalGate from the first.
	"tuning297-questions.jsonl": 109.0 / 110,
	"tuning298-questions.jsonl": 109.0 / 110,
	// Written near its end, scored with 153ea1e and with abb0fae: tuning301 (formal
	// register) 99/110 and 99/110, tuning302 (a retired ambassador, formally and at length)
	// 94/110 and 93/110; tuning303 (leading, chat) 106/110 and 108/110 and tuning304
	// (leading, in a hurry) 101/110 and 108/110 pass evalGate.
	"tuning301-questions.jsonl": 110.0 / 110,
	"tuning302-questions.jsonl": 109.0 / 110,
	// Written before the thirty-first round's first change and scored with its first code
	// (5a76b15): tuning305 (formal register) 94/110, tuning306 (leading, in a hurry, with 40
	// hard refusals) 100/110; tuning307 (an analyst comparing) and tuning308 (mixed users
	// with 40 hard refusals) pass evalGate from the first (108/110 each).
	"tuning305-questions.jsonl": 108.0 / 110,
	"tuning306-questions.jsonl": 110.0 / 110,
	// Written during it and committed before they were scored, each scored with 5a76b15 and
	// with the code of the day it came in (38b7d9d), the same: tuning309 (formal, with
	// asides) 94/110, tuning311 (a retired ambassador recalling first) 102/110; tuning310
	// (108/110) and tuning312 (107/110) pass evalGate from the first.
	"tuning309-questions.jsonl": 109.0 / 110,
	"tuning311-questions.jsonl": 108.0 / 110,
	// Written later in it, scored with 5a76b15 and with ebea892: tuning313 (formal, with
	// asides) 102/110 and 103/110, tuning314 (a retired ambassador recalling first) 94/110
	// and 94/110, tuning315 (leading, in a hurry) 98/110 and 98/110; tuning316 (two things
	// at once) 110/110 with both.
	"tuning313-questions.jsonl": 109.0 / 110,
	"tuning314-questions.jsonl": 109.0 / 110,
	"tuning315-questions.jsonl": 110.0 / 110,
	// Written during the thirty-second round and committed before they were scored, with
	// ed748a0 and with 435d2da the same: tuning321 (a journalist typing fragments) 102/110,
	// tuning323 (formal, with asides) 101/110; tuning322 and tuning324 (108/110 each) pass
	// evalGate from the first.
	"tuning321-questions.jsonl": 109.0 / 110,
	"tuning323-questions.jsonl": 106.0 / 110,
	// Written before the thirty-third round changed anything, scored with 8457e13: tuning328
	// (a sceptical reader) 104/110; tuning325 (107/110), tuning326 (107/110) and tuning327
	// (105/110) pass evalGate from the first.
	"tuning328-questions.jsonl": 108.0 / 110,
	// Written during the thirty-third round and committed before they were tuned on, scored
	// with 8457e13 and with 9446992: tuning329 (on a phone) 103/110 and 104/110, tuning331
	// (a sceptic) 100/110 with both, tuning332 (formal, with describing clauses) 96/110 and
	// 97/110; tuning330 (two questions run together, 107/110) passes evalGate.
	"tuning329-questions.jsonl": 109.0 / 110,
	"tuning331-questions.jsonl": 107.0 / 110,
	"tuning332-questions.jsonl": 107.0 / 110,
	// Written before the thirty-fourth round changed anything, scored with 6230326: tuning333
	// (on a phone, with typos) 101/110, tuning334 (leading, a premise first) 102/110,
	// tuning335 (a journalist typing fragments) 104/110, tuning336 (a retired diplomat
	// recalling first) 89/110.
	"tuning333-questions.jsonl": 110.0 / 110,
	"tuning334-questions.jsonl": 109.0 / 110,
	"tuning335-questions.jsonl": 109.0 / 110,
	"tuning336-questions.jsonl": 106.0 / 110,
	// Written before the thirty-fifth round changed anything, scored with fae2922: tuning339
	// (two questions in one message) 102/110, tuning340 (leading, a premise first) 104/110;
	// tuning337 (a curious reader chatting, 105/110) and tuning338 (readers whose first
	// language is not English, 109/110) pass evalGate.
	"tuning339-questions.jsonl": 109.0 / 110,
	"tuning340-questions.jsonl": 110.0 / 110,
	// Written before the thirty-sixth round changed anything, scored with 9eac849: tuning342
	// (a business analyst asking about consequences) 101/110; tuning341 (a teacher's quiz,
	// 108/110), tuning343 (follow-ups naming people by role, 105/110) and tuning344 (a student
	// preparing a debate, 106/110) pass evalGate.
	"tuning342-questions.jsonl": 109.0 / 110,
	// Written during the thirty-sixth round and committed before they were tuned on, scored
	// with its first code (9eac849) and with 35d3c47 alike: tuning345 (a retired ambassador
	// recalling) 100/110, tuning347 (a sceptic opening with a doubtful claim) 101/110;
	// tuning346 (on a phone, 109/110) and tuning348 (an editor checking a draft, 107/110)
	// pass evalGate.
	"tuning345-questions.jsonl": 110.0 / 110,
	"tuning347-questions.jsonl": 110.0 / 110,
	// Written before the thirty-seventh round changed anything, scored with c3cedb6: tuning349
	// (a curious grandparent rambling) 102/110; tuning350 (typing fast with typos, 108/110),
	// tuning351 (a comparative-politics student, 107/110) and tuning352 (a fact-checker,
	// 110/110) pass evalGate.
	"tuning349-questions.jsonl": 110.0 / 110,
	// Written before the thirty-ninth round changed anything, scored with 1b4c5ae: tuning360
	// (negative questions, "Didn't…", "Isn't it true that…") 97/110; tuning357 (a lawyer,
	// 108/110), tuning358 (a Spanish-speaking tourist, 107/110) and tuning359 (a news editor,
	// 106/110) pass evalGate.
	"tuning360-questions.jsonl": 105.0 / 110,
	// Written during the thirty-ninth round and committed before they were tuned on, scored
	// with its first code (1b4c5ae) and with 6839e02 alike: tuning361 (a retired ambassador)
	// 97/110, tuning362 (a talk-radio caller) 95/110, tuning363 (a sceptic) 99/110;
	// tuning364 (phone typing, 105/110) passes evalGate.
	"tuning361-questions.jsonl": 108.0 / 110,
	"tuning362-questions.jsonl": 109.0 / 110,
	"tuning363-questions.jsonl": 108.0 / 110,
	// Written later in the thirty-ninth round, scored with 1b4c5ae and ad0e657 alike:
	// tuning365 (a grandparent rambling) 99/110; tuning366 (a Korean-born engineer, 107/110),
	// tuning367 (a podcast host, 106/110) and tuning368 (two things at once, 105/110) pass
	// evalGate.
	"tuning365-questions.jsonl": 107.0 / 110,
	// Written before the fortieth round changed anything, scored with ca4ec34: tuning369 (a
	// market analyst, 105/110), tuning370 (a librarian, 110/110), tuning371 (a human-rights
	// activist, 106/110) and tuning372 (search-box queries, 106/110) pass evalGate.
	// Written during the fortieth round and committed before they were tuned on: tuning376 (a
	// retired New Zealand diplomat) 103/110 with ca4ec34, 104/110 with e262fd3; tuning373 (an
	// undergraduate asking why, 110/110 with both), tuning374 (one-line Slack questions,
	// 109/110) and tuning375 (a Korean-American organiser, 107/110) pass evalGate.
	"tuning376-questions.jsonl": 108.0 / 110,
	// Written before the forty-first round changed anything, scored with 9ef9828: tuning379
	// (a policy consultant's long formal questions) 103/110; tuning377 (a debate coach,
	// 109/110), tuning378 (a casual Reddit user, 109/110) and tuning380 (a history teacher,
	// 110/110) pass evalGate.
	"tuning379-questions.jsonl": 109.0 / 110,
	// Written during the forty-first round and committed before they were tuned on, scored
	// with 9ef9828 and 01e8180 alike: tuning381 (a Vietnamese graduate student, 109/110),
	// tuning382 (a radio producer, 108/110), tuning383 (a retired Japanese diplomat, 108/110)
	// and tuning384 (a data journalist, 107/110) pass evalGate.
	// Written later in it, scored with 9ef9828 and 0660d51 alike: tuning385 (an Indian
	// columnist, 107/110), tuning386 (a Seoul student, 108/110), tuning387 (a risk officer,
	// 109/110) and tuning388 (a historian of Korea, 108/110) pass evalGate.
	// Written before the forty-second round changed anything, scored with 8528da7: tuning391
	// (a sceptical blogger's "isn't it true that…" challenges) 104/110; tuning389 (a model-UN
	// delegate, 108/110), tuning390 (a French defence analyst, 108/110) and tuning392 (a
	// Japanese student in Seoul, 110/110) pass evalGate.
	"tuning391-questions.jsonl": 110.0 / 110,
	// Written during it and committed before they were tuned on, scored with 8528da7 and
	// 10123ef alike: tuning396 (a think-tank editor checking claims) 102/110; tuning393
	// (Slack follow-ups, 106/110), tuning394 (a journalist after one fact at a time,
	// 110/110) and tuning395 (a Korean student's second-language English, 107/110) pass
	// evalGate.
	"tuning396-questions.jsonl": 108.0 / 110,
	// Written later in it, scored with 8528da7 and b60db51 alike: tuning397 (a teacher's quiz,
	// 109/110), tuning398 (garbled names, 110/110), tuning399 (a Japanese diplomat in
	// training, 109/110) and tuning400 (a New Zealand voter, 107/110) pass evalGate.
	// Written late in it: tuning401 (a retired Marine officer's blunt questions) 103/110 with
	// 8528da7 and with 7e0d7d7; tuning402 (a trade blogger, 110/110 with both), tuning403 (a
	// debater, 107/110 and 108/110) and tuning404 (a parent typing on a phone, 109/110 with
	// both) pass evalGate.
	"tuning401-questions.jsonl": 110.0 / 110,
	// Written last in it, scored with 8528da7 and f0ecfca alike: tuning405 (a defence
	// analyst, 106/110), tuning406 (headline-like notes, 110/110), tuning407 (a Wellington
	// student, 106/110) and tuning408 (a Korean civil servant, 109/110) pass evalGate, every
	// refusal right. Written last in it, scored with 8528da7 and ba1cbef alike: tuning409 (a
	// European researcher, 108/110), tuning410 (a talk-radio caller, 105/110), tuning411 (an
	// Indonesian lecturer, 109/110) and tuning412 (a Japanese retiree, 109/110) pass evalGate,
	// every refusal right.
	// Written last in it, scored with 8528da7 and 786f2ec alike: tuning416 (a wry British
	// reader's long formal questions) 103/110; tuning413 (a Canadian officer, 109/110),
	// tuning414 (texting slang, 110/110) and tuning415 (a graduate student in Singapore,
	// 109/110) pass evalGate.
	"tuning416-questions.jsonl": 107.0 / 110,
	// Written last in it, scored with 8528da7 and be4dc5f alike: tuning420 (a sceptical
	// pensioner's run-on questions, several at once) 99/110; tuning417 (a TV producer,
	// 108/110), tuning418 (a Vietnamese business owner, 106/110) and tuning419 (a sociology
	// student, 109/110) pass evalGate.
	"tuning420-questions.jsonl": 106.0 / 110,
	// Written last in it, scored with 8528da7 and 5c90151 alike: tuning421 (a Brazilian
	// student, 110/110), tuning422 (a think-tank fellow, 109/110), tuning423 (a Korean
	// grandmother, 109/110) and tuning424 (a quiz-show researcher, 107/110) pass evalGate.
	// Written before the forty-third round changed anything, scored with 1446efe: tuning425 (a
	// sceptical Reddit commenter, 108/110), tuning426 (a chatty radio caller, 109/110),
	// tuning427 (a NATO press officer, 110/110) and tuning428 (a data analyst's keyword
	// queries, 107/110) pass evalGate.
	// Written during it and committed before they were tuned on, scored with 1446efe and
	// 137b8b5 alike: tuning429 (an Australian student, 108/110), tuning430 (a Korean
	// opposition aide, 108/110), tuning431 (a trade economist, 110/110) and tuning432 (a
	// Madrid journalist, 108/110) pass evalGate.
	// Written later in it and committed before they were tuned on, scored with 1446efe and
	// d914ba2 alike: tuning435 (a learner of Japanese, with Nikkan kankei and Kishida-san)
	// 86/110; tuning433 (an Indian commentator, 108/110), tuning434 (a retired Marine,
	// 109/110) and tuning436 (a podcast listener, 109/110) pass evalGate.
	"tuning435-questions.jsonl": 110.0 / 110,
	// Written later in it and committed before they were tuned on, scored with 1446efe and
	// b10a45f alike: tuning437 (a Chinese student writing Riben, Hanguo and Meiguo) 77/110,
	// tuning438 (a Korean reader writing Hanguk, Ilbon and wianbu) 77/110, tuning439 (a
	// fact-checker's wrong premises) 101/110; tuning440 (an elderly reader, 109/110) passes
	// evalGate.
	"tuning437-questions.jsonl": 110.0 / 110,
	"tuning438-questions.jsonl": 110.0 / 110,
	"tuning439-questions.jsonl": 106.0 / 110,
	// Written later in it and committed before they were tuned on, scored with 1446efe and
	// c2ddf2c alike: tuning444 (a Spanish-speaking student writing Japón and Corea del Sur)
	// 94/110; tuning441 (a teacher's quiz prompts, 106/110), tuning442 (an analyst's
	// superlatives, 105/110) and tuning443 (a historian's sequences, 106/110) pass evalGate.
	"tuning444-questions.jsonl": 110.0 / 110,
	// Written later in it and committed before they were tuned on, scored with 1446efe and
	// 9ee600c alike: tuning448 (a children's explainer's simple words) 96/110; tuning445 (a
	// voice assistant's transcripts, 106/110), tuning446 (a lawyer on attribution, 108/110)
	// and tuning447 (a newcomer mixing up terms, 107/110) pass evalGate.
	"tuning448-questions.jsonl": 108.0 / 110,
	// Written later in it and committed before they were tuned on, scored with 1446efe and
	// 62920c4 alike: tuning451 (a suspicious commenter's loaded questions) 100/110; tuning449
	// (an executive's one-liners, 109/110), tuning450 (a Japanese diplomat, 110/110) and
	// tuning452 (a researcher after exact wording, 106/110) pass evalGate.
	"tuning451-questions.jsonl": 108.0 / 110,
	// Written last in it and committed before they were tuned on, scored with 1446efe and
	// c4c0457 alike: tuning453 (an East Asian studies student's "to what extent") 102/110;
	// tuning454 (a New Zealand voter, 106/110), tuning455 (a trivia enthusiast, 109/110) and
	// tuning456 (an Australian defence journalist, 109/110) pass evalGate.
	"tuning453-questions.jsonl": 106.0 / 110,
	// Written last in it and committed before they were tuned on, scored with 1446efe and
	// eb6a580 alike: tuning457 (a French diplomat's Japon and Corée du Sud) 102/110 and
	// tuning461 (a Filipino student's Taglish) 52/110; tuning458 (a policy intern, 108/110),
	// tuning459 (an economist, 110/110) and tuning460 (several questions at once, 109/110)
	// pass evalGate.
	"tuning457-questions.jsonl": 109.0 / 110,
	"tuning461-questions.jsonl": 110.0 / 110,
	// Written last in it and committed before they were tuned on, scored with 1446efe and
	// ae4a14d alike: tuning462 (an Indonesian student's Bahasa words) 60/110, tuning463 (an
	// Indian reader's Hinglish) 48/110, tuning464 (a Vietnamese reader's Vietnamese words)
	// 43/110; tuning465 (a Gen-Z reader's meme-speak, 108/110) passes evalGate.
	"tuning462-questions.jsonl": 110.0 / 110,
	"tuning463-questions.jsonl": 110.0 / 110,
	"tuning464-questions.jsonl": 110.0 / 110,
	// Written last in it and committed before they were tuned on, scored with 1446efe and
	// 7ac4f53: tuning466 (a Malaysian student's Malay words) 65/110 and 90/110, tuning467 (a
	// German analyst's German country names) 100/110 with both, tuning468 (a Korean
	// reader's names in Hangul) 103/110 with both.
	"tuning466-questions.jsonl": 110.0 / 110,
	// Written last in it and committed before they were tuned on, scored with 1446efe and
	// 3d7c9a0: tuning469 (a retired general's jargon) 97/110 and 98/110, tuning471 (a
	// student's "explain why" with guesses) 103/110 with both; tuning470 (a UN staffer,
	// 105/110) and tuning472 (long messages, 106/110) pass evalGate.
	"tuning469-questions.jsonl": 108.0 / 110,
	"tuning471-questions.jsonl": 110.0 / 110,
	"tuning467-questions.jsonl": 110.0 / 110,
	"tuning468-questions.jsonl": 110.0 / 110,
	// Written before the forty-fourth round changed anything, scored with 49f5012: tuning473
	// (an Australian farmer's talkback-radio slang) 96/110; tuning474 (a retired Japanese
	// diplomat, 107/110), tuning475 (a Spanish journalist, 108/110) and tuning476 (a graduate
	// student's comparisons, 106/110) pass evalGate.
	"tuning473-questions.jsonl": 110.0 / 110,
	// Written in it, scored with c6bf793: tuning477 (a Korean-American editor's romanised
	// Korean, 107/110), tuning478 (an executive dictating, 110/110), tuning479 (a teacher's
	// quiz prompts, 109/110) and tuning480 (a Chinese student's pinyin, 105/110) pass evalGate.
	// Written later in it, scored with 7407380: tuning481 (a Japanese exchange student, 105/110),
	// tuning482 (a defence lobbyist, 109/110), tuning483 (a librarian, 108/110) and tuning484 (a
	// social-media user's questions at once, 105/110) pass evalGate.
	// Written later still in it, scored with 5a41375: tuning486 (an economist's trade wording)
	// 99/110 and tuning487 (a fact-checker's subtly wrong claims) 102/110; tuning485 (a
	// grandmother's family comparisons, 107/110) and tuning488 (a Brazilian's Portuguese word
	// order, 106/110) pass evalGate.
	"tuning486-questions.jsonl": 109.0 / 110,
	"tuning487-questions.jsonl": 108.0 / 110,
	// Written later in it, scored with 67d7c1f: tuning490 (a retired Marine's gruff questions)
	// 100/110; tuning489 (a Fijian activist, 107/110), tuning491 (a translator, 105/110) and
	// tuning492 (a teenager's slang, 106/110) pass evalGate.
	"tuning490-questions.jsonl": 110.0 / 110,
	// Written later in it, scored with 0d74d7e: tuning496 (an office worker's sarcasm) 101/110;
	// tuning493 (a Taiwanese journalist, 110/110), tuning494 (a quiz-bowl player, 109/110) and
	// tuning495 (a philosophy student, 108/110) pass evalGate, each with every refusal.
	"tuning496-questions.jsonl": 109.0 / 110,
	// Written later in it, scored with acbf737: tuning497 (an Indonesian diplomat, 110/110),
	// tuning498 (a New Zealand lecturer, 109/110), tuning499 (a twelve-year-old, 106/110) and
	// tuning500 (a lawyer, 107/110) pass evalGate.
	// Written later in it, scored with a0e98f1: tuning503 (voice dictation's sound-alikes)
	// 101/110; tuning501 (a Singaporean analyst, 108/110), tuning502 (a history teacher,
	// 106/110) and tuning504 (an investor, 107/110) pass evalGate.
	"tuning503-questions.jsonl": 108.0 / 110,
	// Written later in it, scored with dfabe24: tuning505 (a dual national, 108/110), tuning506 (a
	// NATO staffer, 108/110), tuning507 (an angry reader, 108/110) and tuning508 (a
	// researcher, 110/110) pass evalGate.
	// Written later in it, scored with 79c25ad: tuning511 (a crossword setter's single words)
	// 101/110; tuning509 (a state-media reporter, 108/110), tuning510 (one-sentence answers,
	// 108/110) and tuning512 (an Australian defence analyst, 109/110) pass evalGate, each with
	// every refusal.
	"tuning511-questions.jsonl": 110.0 / 110,
	// The round's last, scored with 4014f7c: English mixed heavily with another language,
	// most of each question in it: tuning513 (Vietnamese) 49/110, tuning514 (Hindi) 92/110,
	// tuning515 (Malay) 81/110 and tuning516 (pinyin) 39/110.
	"tuning513-questions.jsonl": 108.0 / 110,
	"tuning514-questions.jsonl": 109.0 / 110,
	"tuning515-questions.jsonl": 110.0 / 110,
	"tuning516-questions.jsonl": 108.0 / 110,
	// Written before the forty-fifth round changed anything, scored with fee554d: tuning519 (a
	// retired Navy officer's acronyms) 104/110; tuning517 (a Japanese business journalist,
	// 109/110), tuning518 (a teenager's Discord slang, 107/110) and tuning520 (a librarian,
	// 110/110) pass evalGate, each with every refusal.
	"tuning519-questions.jsonl": 110.0 / 110,
	// Written later in it, scored with 038d165: tuning524 (long background before the
	// question) 101/110; tuning521 (a Korean office worker's Konglish, 105/110), tuning522 (a
	// French diplomat, 106/110) and tuning523 (a fact-checker's numbers, 108/110) pass evalGate.
	"tuning524-questions.jsonl": 108.0 / 110,
	// Written later in it, scored with cad47bf: tuning525 (a Thai student's particles)
	// 104/110; tuning526 (a phone-in caller, 108/110), tuning527 (a German economist, 108/110)
	// and tuning528 (a civics teacher, 105/110) pass evalGate.
	"tuning525-questions.jsonl": 109.0 / 110,
	// Written later in it, scored with a78d3ec: tuning529 (a hurried typist's typos) 102/110
	// and tuning530 (a student's comparisons) 101/110; tuning531 (a journalist's
	// attributions, 108/110) and tuning532 (a Filipino reservist, 109/110) pass evalGate.
	"tuning529-questions.jsonl": 108.0 / 110,
	"tuning530-questions.jsonl": 105.0 / 110,
	// Written later in it, scored with 86272e0: tuning535 (a mistaken reader's wrong
	// premises) 100/110; tuning533 (plain questions, 110/110), tuning534 (a reviewer, 108/110)
	// and tuning536 (a professor's history disputes, 110/110) pass evalGate, with every refusal.
	"tuning535-questions.jsonl": 105.0 / 110,
	// Written later in it, scored with 4f7c1e8: tuning537 (a seminar student, 109/110), tuning538
	// (a manager's labels, 110/110), tuning539 (yes-or-no questions, 107/110) and tuning540
	// (how and in what way, 106/110) pass evalGate.
	// Written later in it, scored with 756f2c4: tuning541 (a debater's evidence, 109/110),
	// tuning542 (an Australian journalist, 110/110), tuning543 (a Korean diplomat, 109/110)
	// and tuning544 (very short questions, 109/110) pass evalGate, each with every refusal.
	// Written later in it, scored with af0dd9e: tuning548 (a media-literacy teacher on the
	// article itself) 104/110; tuning545 (a retired ambassador, 107/110), tuning546 (how many
	// and when, 109/110) and tuning547 (a Chinese student, 107/110) pass evalGate.
	"tuning548-questions.jsonl": 106.0 / 110,
	// The round's last, scored with 05ba1fe: tuning550 (a Korean grandmother's simple words)
	// 104/110; tuning549 (an intern's memo, 109/110), tuning551 (a sceptical conservative,
	// 109/110) and tuning552 (a Kiwi student activist, 110/110) pass evalGate.
	"tuning550-questions.jsonl": 109.0 / 110,
	// Written before the forty-sixth round changed anything, scored with 74b5975: tuning554 (a
	// British tabloid reader) 96/110 and tuning555 (a long-haul trucker) 104/110; tuning553 (a
	// radio call-in listener, 105/110) and tuning556 (a Malaysian civil servant, 109/110)
	// pass evalGate.
	"tuning554-questions.jsonl": 110.0 / 110,
	"tuning555-questions.jsonl": 110.0 / 110,
	// Written later in it, scored with e84b766: tuning559 (a grumpy retiree's sarcasm) 104/110;
	// tuning557 (a Japanese office worker, 110/110), tuning558 (a student's comparisons,
	// 110/110) and tuning560 (autocorrect mistakes, 109/110) pass evalGate, each with every
	// refusal.
	"tuning559-questions.jsonl": 110.0 / 110,
	// Written later in it, scored with 1ea00ab: tuning561 (an Australian defence analyst's
	// jargon) 103/110 and tuning562 (a Korean student's English amid Korean) 39/110;
	// tuning563 (exact quotes, 106/110) and tuning564 (true or false, 110/110) pass evalGate.
	"tuning561-questions.jsonl": 110.0 / 110,
	"tuning562-questions.jsonl": 108.0 / 110,
	// Written later in it, scored with b8760ec: tuning565 (a Hong Kong reader's particles)
	// 96/110, tuning567 (a retired teacher's winding asides) 103/110 and tuning568 (Spanish
	// mixed in) 84/110; tuning566 (two-part questions, 107/110) passes evalGate.
	"tuning565-questions.jsonl": 110.0 / 110,
	"tuning567-questions.jsonl": 107.0 / 110,
	"tuning568-questions.jsonl": 109.0 / 110,
	// Written later still, scored with 4f12296: tuning569 (Japanese, English words mixed in)
	// 45/110 and tuning570 (French mixed in) 44/110; tuning571 (a teenager's emojis, 108/110)
	// and tuning572 (a journalist's claims, 109/110) pass evalGate, each with every refusal.
	"tuning569-questions.jsonl": 109.0 / 110,
	"tuning570-questions.jsonl": 110.0 / 110,
	// Written later still, scored with 4b56808: tuning573 (Chinese, English words mixed in)
	// 41/110 and tuning574 (German mixed in) 49/110; tuning575 (a policy analyst's evidence,
	// 107/110) and tuning576 (a Madrid reporter, 109/110) pass evalGate, each with every
	// refusal.
	"tuning573-questions.jsonl": 108.0 / 110,
	"tuning574-questions.jsonl": 108.0 / 110,
	// The round's last, scored with 240250b: tuning579 (Russian mixed in) 76/110; tuning577 (a
	// news anchor, 110/110), tuning578 (a history teacher, 108/110) and tuning580 (a reader
	// quoting the article, 110/110) pass evalGate, each with every refusal.
	"tuning579-questions.jsonl": 110.0 / 110,
	// Written in the forty-seventh round, scored with ee5e3e4 before they were tuned on:
	// tuning585 (a grandmother's roundabout questions) 104/110, tuning587 (a policy wonk's
	// acronyms) 96/110, tuning588 (Scottish dialect words) 55/110 and tuning590 (a poet's
	// metaphors) 87/110; tuning581 to tuning584, tuning586, tuning589, tuning591 and
	// tuning592 pass evalGate, each with every refusal.
	"tuning585-questions.jsonl": 108.0 / 110,
	"tuning587-questions.jsonl": 107.0 / 110,
	"tuning588-questions.jsonl": 109.0 / 110,
	"tuning590-questions.jsonl": 92.0 / 110,
	// Written later in it, scored with dfc6fdf before they were tuned on: tuning593 (a Welsh
	// rugby fan) 101/110, tuning594 (Italian mixed in) 43/110 and tuning599 (an Australian
	// talkback host) 100/110; tuning595 to tuning598 and tuning600 pass evalGate.
	"tuning593-questions.jsonl": 107.0 / 110,
	"tuning594-questions.jsonl": 110.0 / 110,
	"tuning599-questions.jsonl": 110.0 / 110,
	// Written later still, scored with 4bebf14 before they were tuned on: tuning601 (Portuguese
	// mixed in) 45/110, tuning602 (Dutch mixed in) 51/110, tuning603 (a Jamaican reader's
	// patois) 70/110, tuning605 (a newsreel announcer) 96/110 and tuning608 (a
	// customer-service agent) 103/110; tuning604, tuning606 and tuning607 pass evalGate.
	"tuning601-questions.jsonl": 110.0 / 110,
	"tuning602-questions.jsonl": 109.0 / 110,
	"tuning603-questions.jsonl": 110.0 / 110,
	"tuning605-questions.jsonl": 105.0 / 110,
	"tuning608-questions.jsonl": 109.0 / 110,
	// The round's last, scored with 57b58b4 before they were tuned on: tuning609 (Swedish mixed
	// in) 40/110, tuning610 (Franglais) 92/110, tuning611 (a tired parent's typos) 102/110,
	// tuning613 (a Victorian novelist) 94/110 and tuning614 (a Texan rancher) 98/110;
	// tuning612, tuning615 and tuning616 pass evalGate.
	"tuning609-questions.jsonl": 105.0 / 110,
	"tuning610-questions.jsonl": 108.0 / 110,
	"tuning611-questions.jsonl": 110.0 / 110,
	"tuning613-questions.jsonl": 104.0 / 110,
	"tuning614-questions.jsonl": 107.0 / 110,
	// The round's very last, scored with 5e8bd8a before they were tuned on: tuning617 (Nigerian
	// Pidgin) 74/110 and tuning619 (a headline writer's puns) 102/110; tuning618 and tuning620
	// pass evalGate.
	"tuning617-questions.jsonl": 106.0 / 110,
	"tuning619-questions.jsonl": 106.0 / 110,
	// Written before the forty-eighth round changed anything, scored with its first code
	// (68a4f7c): blind149 and blind150 109/110, blind151 and blind152 110/110, all passing
	// evalGate. Tuned alongside: tuning622 (Singlish) and tuning624 (a Texan rancher) 103/110;
	// tuning621 and tuning623 pass evalGate.
	"tuning622-questions.jsonl": 109.0 / 110,
	"tuning624-questions.jsonl": 109.0 / 110,
	// Written later in it, scored with b761091 before they were tuned on: tuning629
	// (Vietnamese mixed in) 100/110, tuning630 (Hinglish) 83/110, tuning631 (a sea captain's
	// metaphors) 96/110 and tuning632 (Taglish texts) 98/110.
	"tuning629-questions.jsonl": 110.0 / 110,
	"tuning630-questions.jsonl": 109.0 / 110,
	"tuning631-questions.jsonl": 106.0 / 110,
	"tuning632-questions.jsonl": 110.0 / 110,
	// Written later still, scored with 33f7180 before they were tuned on: tuning633 (romanised
	// Korean mixed in) 46/110, tuning634 (Indonesian mixed in) 50/110 and tuning635 (a sports
	// pundit) 103/110; tuning636 passes evalGate. Each gets every refusal right.
	"tuning633-questions.jsonl": 109.0 / 110,
	"tuning634-questions.jsonl": 110.0 / 110,
	"tuning635-questions.jsonl": 108.0 / 110,
	// The round's later still, scored with 78c97c2 before they were tuned on: tuning637
	// (romanised Japanese mixed in) 38/110 and tuning638 (romanised Thai mixed in) 81/110;
	// tuning639 and tuning640 pass evalGate.
	"tuning637-questions.jsonl": 109.0 / 110,
	"tuning638-questions.jsonl": 107.0 / 110,
	// The round's last, scored with 7e7bb37 before they were tuned on: tuning641 (Russian in
	// Latin letters) 50/110, tuning642 (Arabizi) 46/110 and tuning644 (Spanglish) 49/110;
	// tuning643 (voice dictation) passes evalGate.
	"tuning641-questions.jsonl": 110.0 / 110,
	"tuning642-questions.jsonl": 110.0 / 110,
	"tuning644-questions.jsonl": 110.0 / 110,
	// The round's very last, scored with 1ec3671: tuning645 (Tanglish) 56/110, tuning646
	// (Roman Urdu) 104/110, tuning647 (Finglish) 41/110 and tuning648 (Polish mixed in) 46/110.
	"tuning645-questions.jsonl": 107.0 / 110,
	"tuning646-questions.jsonl": 108.0 / 110,
	"tuning647-questions.jsonl": 107.0 / 110,
	"tuning648-questions.jsonl": 110.0 / 110,
	// Written before the forty-ninth round changed anything, scored with its first code
	// (95f1f15): blind153 104/110; blind154 108/110, blind155 110/110 and blind156 107/110
	// pass evalGate. Tuned alongside: tuning650 (Cantonese mixed in) 80/110 and tuning652
	// (German mixed in) 84/110; tuning649 and tuning651 pass evalGate.
	"blind153-questions.jsonl":  104.0 / 110,
	"tuning650-questions.jsonl": 109.0 / 110,
	"tuning652-questions.jsonl": 109.0 / 110,
	// Written later in it, scored with 8c48041 before they were tuned on: tuning653 (Korean
	// in Hangul mixed in) 88/110, tuning654 (a retired colonel's jargon) 97/110, tuning655
	// (Japanese mixed in) 96/110 and tuning656 (Turkish mixed in) 41/110.
	"tuning653-questions.jsonl": 109.0 / 110,
	"tuning654-questions.jsonl": 105.0 / 110,
	"tuning655-questions.jsonl": 110.0 / 110,
	"tuning656-questions.jsonl": 110.0 / 110,
	// Later still, scored with e83dfe0 before they were tuned on: tuning657 106/110,
	// tuning658 108/110, tuning659 110/110 and tuning660 107/110, all passing evalGate with
	// every refusal.
	// Later in it, scored with 3bd0c79 before they were tuned on: tuning661 (a
	// cross-examining lawyer) 101/110; tuning662 108/110, tuning663 105/110 and tuning664
	// 106/110 pass evalGate.
	"tuning661-questions.jsonl": 103.0 / 110,
	// Later still, scored with d3f2a74 before they were tuned on: tuning668 (a radio
	// host reading listeners' questions) 97/110; tuning665 109/110, tuning666 108/110 and
	// tuning667 109/110 pass evalGate, each with every refusal.
	"tuning668-questions.jsonl": 110.0 / 110,
	// Later still, scored with ae1b2b2 before they were tuned on: tuning670 (a
	// minute-taker's noun phrases) 102/110 and tuning671 (a quiz writer's fill-in-the-blanks)
	// 103/110; tuning669 110/110 and tuning672 108/110 pass evalGate.
	"tuning670-questions.jsonl": 108.0 / 110,
	"tuning671-questions.jsonl": 110.0 / 110,
	// Later still, scored with a1c98f7 before they were tuned on: tuning673 109/110,
	// tuning674 108/110, tuning675 109/110 and tuning676 107/110, all passing evalGate.
	// Later still, scored with e534f27 before they were tuned on: tuning677 106/110,
	// tuning678 109/110, tuning679 109/110 and tuning680 108/110, all passing evalGate.
	// Later still, scored with 8a8de54 before they were tuned on: tuning684 (Spanish
	// mixed in) 91/110; tuning681 105/110, tuning682 108/110 and tuning683 110/110 pass
	// evalGate.
	"tuning684-questions.jsonl": 110.0 / 110,
	// Later still, scored with 9c7ba9f before they were tuned on: tuning685 109/110,
	// tuning686 108/110, tuning687 109/110 and tuning688 109/110, all passing evalGate with
	// every refusal.
	// The round's last, scored with 9d32ef0 before they were tuned on: tuning689
	// (Greeklish) 46/110, tuning690 (romanised Bengali) 56/110, tuning691 (Swahili and
	// Sheng) 48/110 and tuning692 (Italian mixed in) 97/110.
	"tuning689-questions.jsonl": 109.0 / 110,
	"tuning690-questions.jsonl": 109.0 / 110,
	// 109 since 51st-round reading keeps a Swahili question's second sentence apart: "what
	// Yoon said wants relationship of US-Japan-SK to be?" alone is refused, as in English.
	"tuning691-questions.jsonl": 109.0 / 110,
	"tuning692-questions.jsonl": 110.0 / 110,
	// Written before the fiftieth round changed anything, scored with its first code
	// (220ff16): blind160 103/110; blind157 and blind159 110/110 and blind158 107/110 pass
	// evalGate. Tuned alongside: tuning694 98/110 and tuning695 103/110; tuning693 105/110
	// and tuning696 110/110 pass evalGate.
	"blind160-questions.jsonl":  103.0 / 110,
	"tuning694-questions.jsonl": 106.0 / 110,
	"tuning695-questions.jsonl": 107.0 / 110,
	// Written later in it, scored with 8e40400 before they were tuned on: tuning698 102/110,
	// tuning699 (Taglish) 102/110 and tuning700 (Spanish mixed in) 99/110; tuning697 108/110
	// passes evalGate.
	"tuning698-questions.jsonl": 105.0 / 110,
	"tuning699-questions.jsonl": 109.0 / 110,
	"tuning700-questions.jsonl": 110.0 / 110,
	// Written later still, scored with d0f5cb6 before anything was tuned on them: blind161
	// (Vietnamese mixed in) 73/110, blind162 101/110 and blind164 99/110; blind163 108/110
	// passes evalGate. Tuned alongside: tuning701 (romanised Thai mixed in) 59/110 and
	// tuning703 (Russian in Latin letters mixed in) 82/110; tuning702 108/110 and tuning704
	// 107/110 pass evalGate.
	"blind161-questions.jsonl":  107.0 / 110,
	"blind162-questions.jsonl":  103.0 / 110,
	"blind164-questions.jsonl":  99.0 / 110,
	"tuning701-questions.jsonl": 109.0 / 110,
	"tuning703-questions.jsonl": 110.0 / 110,
	// Later still, scored with c43ddb3 before they were tuned on: tuning705 (Vietnamese mixed
	// in) 97/110 and tuning706 (Vietnamese without diacritics mixed in) 32/110.
	"tuning705-questions.jsonl": 110.0 / 110,
	"tuning706-questions.jsonl": 108.0 / 110,
	// Later still, scored with 9c490e3 before they were tuned on: tuning707 (Indonesian)
	// 76/110, tuning709 (romaji) 66/110, tuning710 (romanised Korean) 64/110, tuning711
	// (Brazilian Portuguese) 90/110, tuning712 (Arabizi) 46/110 and tuning708 (Hinglish)
	// 104/110.
	"tuning707-questions.jsonl": 110.0 / 110,
	"tuning708-questions.jsonl": 109.0 / 110,
	"tuning709-questions.jsonl": 109.0 / 110,
	"tuning710-questions.jsonl": 109.0 / 110,
	"tuning711-questions.jsonl": 109.0 / 110,
	"tuning712-questions.jsonl": 109.0 / 110,
	// Later still, scored with 1e10b45 before they were tuned on: tuning713 (French mixed in)
	// 101/110 and tuning714 (German mixed in) 103/110.
	"tuning713-questions.jsonl": 109.0 / 110,
	"tuning714-questions.jsonl": 109.0 / 110,
	// Blind, written later still: blind165 (Spanish mixed in) 98/110 with the round's first
	// code (220ff16) and 99/110 with the code of the day it came in (43a0f3d); blind166
	// (romanised Thai mixed in) 63/110 and 78/110.
	"blind165-questions.jsonl": 105.0 / 110,
	"blind166-questions.jsonl": 99.0 / 110,
	// Blind, written at the round's end, scored with its first code (220ff16) and with the
	// code of the day they came in (464c631): blind167 (Indonesian) 86/110 and 97/110,
	// blind168 (romaji) 63/110 and 76/110, blind169 (romanised Korean) 53/110 and 65/110,
	// blind170 (Portuguese) 92/110 and 95/110, blind171 (Lebanese Arabizi) 52/110 and
	// 55/110, blind172 (Vietnamese without diacritics) 33/110 and 90/110. Tuned on later:
	// tuning715 (romanised Thai) 73/110 and 85/110.
	"blind167-questions.jsonl":  102.0 / 110,
	"blind168-questions.jsonl":  102.0 / 110,
	"blind169-questions.jsonl":  98.0 / 110,
	"blind170-questions.jsonl":  97.0 / 110,
	"blind171-questions.jsonl":  98.0 / 110,
	"blind172-questions.jsonl":  100.0 / 110,
	"tuning715-questions.jsonl": 109.0 / 110,
	// The round's last, scored with 5e3f438 before they were tuned on: tuning716 (romanised
	// Korean) 57/110, tuning717 (romaji) 81/110 and tuning718 (Levantine Arabizi) 60/110.
	"tuning716-questions.jsonl": 109.0 / 110,
	"tuning717-questions.jsonl": 110.0 / 110,
	"tuning718-questions.jsonl": 109.0 / 110,
	// Blind, written after those, scored with the round's first code (220ff16) and with
	// 4999e8e, before the second pass over their lexicons: blind173 (romanised Korean) 54/110
	// and 64/110, blind174 (romaji) 69/110 and 82/110, blind175 (Syrian Arabizi) 62/110 and
	// 65/110, blind176 (romanised Thai) 65/110 and 79/110.
	"blind173-questions.jsonl": 86.0 / 110,
	"blind174-questions.jsonl": 103.0 / 110,
	"blind175-questions.jsonl": 98.0 / 110,
	"blind176-questions.jsonl": 95.0 / 110,
	// The round's very last, scored with 0f3c490 before they were tuned on: tuning719
	// (Lebanese Arabizi) 74/110, tuning720 (romanised Thai) 89/110, tuning721 (romanised
	// Korean) 78/110 and tuning722 (Vietnamese) 102/110.
	"tuning719-questions.jsonl": 110.0 / 110,
	"tuning720-questions.jsonl": 110.0 / 110,
	"tuning721-questions.jsonl": 109.0 / 110,
	"tuning722-questions.jsonl": 110.0 / 110,
	// Blind, written at the fifty-first round's start and scored with its first code
	// (91d4c25) before any change: blind180 (a podcast host) 103/110, blind182 (romanised
	// Thai) 74/110, blind183 (romanised Korean) 91/110 and blind184 (Moroccan Arabizi, a
	// dialect no lexicon read) 36/110; blind177 to blind179 and blind181 pass.
	"blind180-questions.jsonl": 103.0 / 110,
	"blind182-questions.jsonl": 90.0 / 110,
	"blind183-questions.jsonl": 104.0 / 110,
	"blind184-questions.jsonl": 100.0 / 110,
	// Written in the fifty-first round, scored with f32b872 before they were tuned on.
	"tuning723-questions.jsonl": 109.0 / 110,
	"tuning724-questions.jsonl": 109.0 / 110,
	"tuning725-questions.jsonl": 108.0 / 110,
	"tuning726-questions.jsonl": 110.0 / 110,
	"tuning727-questions.jsonl": 104.0 / 110,
	"tuning729-questions.jsonl": 110.0 / 110,
	"tuning730-questions.jsonl": 109.0 / 110,
	// Written later in it, scored with 19000a7 before they were tuned on.
	"tuning731-questions.jsonl": 104.0 / 110,
	"tuning732-questions.jsonl": 102.0 / 110,
	"tuning733-questions.jsonl": 107.0 / 110,
	"tuning735-questions.jsonl": 108.0 / 110,
	"tuning736-questions.jsonl": 108.0 / 110,
	"tuning737-questions.jsonl": 110.0 / 110,
	// Blind, written later in it, scored with 91d4c25 and with f462c1b: blind185 (a radio
	// host's callers) 93 and 103/110, blind186 (a livestreamer) 98 and 99, blind187 (a TV
	// presenter) 95 and 97, blind189 (Darija) 36 and 76, blind190 (romanised Thai) 88 and 90,
	// blind191 (romanised Korean) 82 and 84, blind192 (romaji) 90 and 96; blind188 105 and
	// 106 passes.
	"blind185-questions.jsonl": 103.0 / 110,
	"blind186-questions.jsonl": 100.0 / 110,
	"blind187-questions.jsonl": 97.0 / 110,
	"blind189-questions.jsonl": 97.0 / 110,
	"blind190-questions.jsonl": 96.0 / 110,
	"blind191-questions.jsonl": 104.0 / 110,
	"blind192-questions.jsonl": 100.0 / 110,
	// Written later still, scored with 4ebc13c before they were tuned on; tuning742 (107) and
	// tuning743 (106) pass.
	"tuning738-questions.jsonl": 108.0 / 110,
	"tuning739-questions.jsonl": 110.0 / 110,
	"tuning740-questions.jsonl": 109.0 / 110,
	"tuning741-questions.jsonl": 110.0 / 110,
	// The round's last, scored with 023a03a before they were tuned on.
	"tuning744-questions.jsonl": 107.0 / 110,
	"tuning745-questions.jsonl": 109.0 / 110,
	"tuning746-questions.jsonl": 108.0 / 110,
	"tuning747-questions.jsonl": 107.0 / 110,
	// Blind, written at the fifty-second round's start and scored with its first code
	// (de89117) before any change: blind194 (Nigerian Pidgin) 104/110, blind196 (Hinglish)
	// 104/110, blind197 (romanised Korean) 93/110, blind199 (Manglish) 103/110 and blind200
	// (Mexican Spanish) 92/110; blind193, blind195 and blind198 pass.
	"blind194-questions.jsonl": 105.0 / 110,
	"blind196-questions.jsonl": 106.0 / 110,
	"blind197-questions.jsonl": 106.0 / 110,
	"blind199-questions.jsonl": 108.0 / 110,
	"blind200-questions.jsonl": 100.0 / 110,
	// Written at the fifty-second round's start, scored with 21c1edb before they were tuned
	// on; tuning751 (106), tuning753 (106) and tuning755 (107) pass.
	"tuning748-questions.jsonl": 107.0 / 110,
	"tuning749-questions.jsonl": 109.0 / 110,
	"tuning750-questions.jsonl": 105.0 / 110,
	"tuning752-questions.jsonl": 110.0 / 110,
	"tuning754-questions.jsonl": 110.0 / 110,
	// Blind, written later in it, scored with de89117 and with f721d0d: blind201 (romanised
	// Korean) 92 and 92/110, blind202 (Mexican Spanish) 95 and 95/110.
	"blind201-questions.jsonl": 101.0 / 110,
	"blind202-questions.jsonl": 99.0 / 110,
	// Blind, written later still, scored with de89117 and with b221a70: blind205 (Manglish)
	// 91 and 91/110, blind206 (texted Taglish) 86 and 98, blind207 (a quiz-show host) 96 and
	// 96, blind208 (Rioplatense Spanish) 96 and 97; blind203 (Pidgin) 105 and 105 and
	// blind204 (Hinglish) 103 and 105 pass.
	"blind205-questions.jsonl": 101.0 / 110,
	"blind206-questions.jsonl": 103.0 / 110,
	"blind207-questions.jsonl": 110.0 / 110,
	"blind208-questions.jsonl": 97.0 / 110,
	// Written later in it, scored with 6d5be51 before they were tuned on.
	"tuning756-questions.jsonl": 110.0 / 110,
	"tuning757-questions.jsonl": 109.0 / 110,
	// Written later still, scored with aae1da5 before they were tuned on.
	"tuning758-questions.jsonl": 107.0 / 110,
	"tuning760-questions.jsonl": 109.0 / 110,
	"tuning761-questions.jsonl": 108.0 / 110,
	// Written with them, scored with 1931102 before it was tuned on.
	"tuning759-questions.jsonl": 109.0 / 110,
	// Blind, written later still, scored with de89117 and with e96d503: blind209 (Manglish)
	// 98 and 99/110, blind211 (romanised Korean) 80 and 86, blind212 (Taglish) 103 and 104;
	// blind210 (a quiz-bowl captain) 94 and 108 and blind213 (Chilean Spanish) 106 and 106
	// pass.
	"blind209-questions.jsonl": 103.0 / 110,
	"blind211-questions.jsonl": 98.0 / 110,
	"blind212-questions.jsonl": 105.0 / 110,
	// Written after them, scored with db008d3 before they were tuned on; tuning763 (105)
	// passes.
	"tuning762-questions.jsonl": 110.0 / 110,
	// The round's last, scored with d76d54f before they were tuned on.
	"tuning764-questions.jsonl": 110.0 / 110,
	"tuning765-questions.jsonl": 108.0 / 110,
	// Blind, written at the round's end, scored with de89117 and with 001e5fd: blind214
	// (romanised Korean) 85 and 89/110, blind215 (Manglish) 89 and 95, blind216 (a pub-quiz
	// host) 96 and 103; blind217 (Rioplatense Spanish) 105 and 107 passes.
	"blind214-questions.jsonl": 98.0 / 110,
	"blind215-questions.jsonl": 96.0 / 110,
	"blind216-questions.jsonl": 103.0 / 110,
	// Written with tuning764 and tuning765, scored with 540f8f7 before tuned on; tuning767
	// (108) passes.
	"tuning766-questions.jsonl": 108.0 / 110,
	// The very last, scored with 0382d6e before they were tuned on.
	"tuning768-questions.jsonl": 108.0 / 110,
	"tuning769-questions.jsonl": 108.0 / 110,
	// Blind, written at the fifty-third round's start, scored with its first code (790cdd5):
	// blind218 (Singlish) 108, blind219 (romaji) 108, blind223 (voice-to-text) 110 and
	// blind224 (Cantonese particles) 107/110 pass.
	"blind220-questions.jsonl": 108.0 / 110,
	"blind221-questions.jsonl": 103.0 / 110,
	"blind222-questions.jsonl": 105.0 / 110,
	"blind225-questions.jsonl": 103.0 / 110,
	// Written at the fifty-third round's start, scored with a089b47 before tuned on:
	// tuning775 (104) and tuning777 (104) are held with the rest below the gate.
	"tuning770-questions.jsonl": 110.0 / 110,
	"tuning771-questions.jsonl": 110.0 / 110,
	"tuning772-questions.jsonl": 110.0 / 110,
	"tuning773-questions.jsonl": 110.0 / 110,
	"tuning774-questions.jsonl": 107.0 / 110,
	"tuning775-questions.jsonl": 110.0 / 110,
	"tuning776-questions.jsonl": 110.0 / 110,
	"tuning777-questions.jsonl": 107.0 / 110,
	// Written after them, scored with bd0e905 before tuned on: tuning779 (105) and
	// tuning780 (107) pass.
	"tuning778-questions.jsonl": 110.0 / 110,
	"tuning781-questions.jsonl": 110.0 / 110,
	"tuning782-questions.jsonl": 110.0 / 110,
	// Blind, written later in the fifty-third round, scored with 790cdd5 and with 3705c81:
	// blind226 (Bisaya) 97 and 106, blind227 (Indonesian) 105 and 105 pass; blind228
	// (Doric) 61 and 87, blind229 (Vietnamese) 102 and 102, blind230 (Darija with French)
	// 78 and 83, blind231 (Mexican Spanish) 96 and 98.
	"blind228-questions.jsonl": 104.0 / 110,
	"blind229-questions.jsonl": 103.0 / 110,
	"blind230-questions.jsonl": 99.0 / 110,
	"blind231-questions.jsonl": 100.0 / 110,
	// Written later in the round, scored with d788e4c before tuned on: tuning785 (110)
	// passes.
	"tuning783-questions.jsonl": 109.0 / 110,
	"tuning784-questions.jsonl": 108.0 / 110,
	"tuning786-questions.jsonl": 109.0 / 110,
	"tuning787-questions.jsonl": 108.0 / 110,
	"tuning788-questions.jsonl": 109.0 / 110,
	"tuning789-questions.jsonl": 110.0 / 110,
	"tuning790-questions.jsonl": 108.0 / 110,
	// Blind, written at the round's end, scored with 790cdd5 and with 35ec8f2: blind232
	// (Doric) 77 and 105 passes; blind233 (Darija) 76 and 88, blind234 (Lebanese Arabizi)
	// 89 and 91, blind235 (romaji) 88 and 89, blind236 (Portuguese) 96 and 99, blind237
	// (romanised Korean) 97 and 97, blind238 (Vietnamese) 97 and 101, blind239 (romanised
	// Thai) 92 and 94.
	"blind233-questions.jsonl": 92.0 / 110,
	"blind234-questions.jsonl": 98.0 / 110,
	"blind235-questions.jsonl": 93.0 / 110,
	"blind236-questions.jsonl": 101.0 / 110,
	"blind237-questions.jsonl": 104.0 / 110,
	"blind238-questions.jsonl": 101.0 / 110,
	"blind239-questions.jsonl": 98.0 / 110,
	// The round's last, scored with a1c77d6 before tuned on: tuning794 (105) passes.
	"tuning791-questions.jsonl": 107.0 / 110,
	"tuning792-questions.jsonl": 110.0 / 110,
	"tuning793-questions.jsonl": 110.0 / 110,
	"tuning795-questions.jsonl": 107.0 / 110,
	"tuning796-questions.jsonl": 109.0 / 110,
	// Written after the round's last, scored with 04baca5 before tuned on.
	"tuning797-questions.jsonl": 109.0 / 110,
	"tuning798-questions.jsonl": 105.0 / 110,
	"tuning799-questions.jsonl": 108.0 / 110,
	"tuning800-questions.jsonl": 108.0 / 110,
	"tuning801-questions.jsonl": 108.0 / 110,
	// Blind, written at the fifty-fourth round's start, scored with 5dc1f6b: blind240
	// (Roman Urdu) 97/110, blind241 (pinyin) 80, blind242 (Jamaican Patois) 101, blind243
	// (Kiwi slang) 97, blind244 (Tanglish) 88, blind245 (Banglish) 70, blind246 (Hawaii
	// Pidgin) 79; blind247 (Denglisch) 105 passes.
	"blind240-questions.jsonl": 107.0 / 110,
	"blind241-questions.jsonl": 101.0 / 110,
	"blind242-questions.jsonl": 103.0 / 110,
	"blind243-questions.jsonl": 99.0 / 110,
	"blind244-questions.jsonl": 100.0 / 110,
	"blind245-questions.jsonl": 107.0 / 110,
	"blind246-questions.jsonl": 107.0 / 110,
	// Written at the fifty-fourth round's start, scored with 688643b before tuned on.
	"tuning802-questions.jsonl": 110.0 / 110,
	"tuning803-questions.jsonl": 107.0 / 110,
	"tuning804-questions.jsonl": 107.0 / 110,
	"tuning805-questions.jsonl": 109.0 / 110,
	"tuning806-questions.jsonl": 109.0 / 110,
	"tuning807-questions.jsonl": 108.0 / 110,
	"tuning808-questions.jsonl": 108.0 / 110,
	"tuning809-questions.jsonl": 110.0 / 110,
	// Written after them, scored with f9213e6 before tuned on.
	"tuning810-questions.jsonl": 106.0 / 110,
	"tuning811-questions.jsonl": 110.0 / 110,
	"tuning812-questions.jsonl": 109.0 / 110,
	"tuning813-questions.jsonl": 110.0 / 110,
	// Written later still, scored with 4b26460 before tuned on: tuning817 (105) and
	// tuning818 (106) pass.
	"tuning814-questions.jsonl": 110.0 / 110,
	"tuning815-questions.jsonl": 109.0 / 110,
	"tuning816-questions.jsonl": 108.0 / 110,
	"tuning819-questions.jsonl": 108.0 / 110,
	// Blind, written later in the round, scored with 5dc1f6b and with 67de69a: blind248
	// (Banglish) 70 and 80/110, blind249 (Hawaii Pidgin) 77 and 99, blind250 (pinyin) 81
	// and 96, blind251 (Tanglish) 71 and 89, blind252 (Roman Urdu) 91 and 102.
	"blind248-questions.jsonl": 103.0 / 110,
	"blind249-questions.jsonl": 102.0 / 110,
	"blind250-questions.jsonl": 104.0 / 110,
	"blind251-questions.jsonl": 95.0 / 110,
	"blind252-questions.jsonl": 104.0 / 110,
	// Written after them, scored with 11bd6c6 before tuned on: tuning822 (106) passes.
	"tuning820-questions.jsonl": 109.0 / 110,
	"tuning821-questions.jsonl": 109.0 / 110,
	"tuning823-questions.jsonl": 110.0 / 110,
	// Blind, written at the fifty-fifth round's start, scored with 5dc1f6b and with 425bc53
	// alike: blind253 (Taglish) 99/110, blind255 (Singlish) 97, blind256 (romanised Korean)
	// 91, blind257 (Portuguese) 86, blind258 (Sheng) 79; blind254 (Nigerian Pidgin) 104.
	"blind253-questions.jsonl": 103.0 / 110,
	"blind254-questions.jsonl": 105.0 / 110,
	"blind255-questions.jsonl": 99.0 / 110,
	"blind256-questions.jsonl": 100.0 / 110,
	"blind257-questions.jsonl": 94.0 / 110,
	"blind258-questions.jsonl": 102.0 / 110,
	// Written at the same time, scored with 425bc53 before tuned on.
	"tuning824-questions.jsonl": 107.0 / 110,
	"tuning825-questions.jsonl": 105.0 / 110,
	// Written after them, scored with 7746db1 before tuned on.
	"tuning826-questions.jsonl": 108.0 / 110,
	"tuning827-questions.jsonl": 110.0 / 110,
	"tuning828-questions.jsonl": 110.0 / 110,
	"tuning829-questions.jsonl": 110.0 / 110,
	"tuning830-questions.jsonl": 109.0 / 110,
	"tuning831-questions.jsonl": 109.0 / 110,
	// Written later still, scored with f26ced1 before tuned on.
	"tuning832-questions.jsonl": 103.0 / 110,
	// Blind, written later in the fifty-fifth round, scored with 5dc1f6b and with 10cfed5:
	// blind259 (Swahili and Sheng) 78 and 86/110, blind260 (Portuguese) 92 and 96, blind261
	// (romanised Korean) 87 and 88, blind262 (Banglish) 64 and 90, blind263 (Hawaii Pidgin)
	// 77 and 100.
	"blind259-questions.jsonl": 93.0 / 110,
	"blind260-questions.jsonl": 97.0 / 110,
	"blind261-questions.jsonl": 97.0 / 110,
	"blind262-questions.jsonl": 94.0 / 110,
	"blind263-questions.jsonl": 101.0 / 110,
	// Written at the same time, scored with 10cfed5 before tuned on.
	"tuning833-questions.jsonl": 109.0 / 110,
	"tuning834-questions.jsonl": 106.0 / 110,
	// Written after them, scored with c184478 before tuned on.
	"tuning835-questions.jsonl": 109.0 / 110,
	"tuning836-questions.jsonl": 107.0 / 110,
	"tuning837-questions.jsonl": 107.0 / 110,
	// Blind, written at the fifty-sixth round's start, scored with d8a007c: blind266
	// (romanised Korean) 86/110, blind267 (Egyptian Arabizi) 66, blind268 (Québécois
	// franglais) 79, blind269 (a farmer's Aussie English) 97, blind271 (a child's questions)
	// 100; blind264 (learner English) 106, blind265 (a wire editor's shorthand) 106 and
	// blind270 (exam English) 106 pass.
	"blind266-questions.jsonl": 92.0 / 110,
	"blind267-questions.jsonl": 97.0 / 110,
	"blind268-questions.jsonl": 98.0 / 110,
	"blind269-questions.jsonl": 102.0 / 110,
	"blind271-questions.jsonl": 106.0 / 110,
	// Written at the fifty-sixth round's start, scored with 11cddc9 before tuned on.
	"tuning838-questions.jsonl": 109.0 / 110,
	"tuning839-questions.jsonl": 110.0 / 110,
	"tuning840-questions.jsonl": 110.0 / 110,
	"tuning841-questions.jsonl": 110.0 / 110,
	"tuning842-questions.jsonl": 109.0 / 110,
	"tuning843-questions.jsonl": 105.0 / 110,
	"tuning844-questions.jsonl": 104.0 / 110,
	"tuning845-questions.jsonl": 109.0 / 110,
	// Blind, written later in the fifty-sixth round, scored with d8a007c and with 16fef0a:
	// blind272 (Egyptian Arabizi) 61 and 82/110, blind273 (unaccented French) 67 and 94,
	// blind274 (a child's questions) 101 and 103, blind275 (Aussie run-on) 91 and 91.
	"blind272-questions.jsonl": 102.0 / 110,
	"blind273-questions.jsonl": 98.0 / 110,
	"blind274-questions.jsonl": 105.0 / 110,
	"blind275-questions.jsonl": 97.0 / 110,
	// Written at the same time, scored with 16fef0a before tuned on.
	"tuning846-questions.jsonl": 108.0 / 110,
	"tuning847-questions.jsonl": 108.0 / 110,
	"tuning848-questions.jsonl": 108.0 / 110,
	"tuning849-questions.jsonl": 104.0 / 110,
	// Written later still, scored with e3d8915 before tuned on.
	"tuning850-questions.jsonl": 105.0 / 110,
	"tuning851-questions.jsonl": 106.0 / 110,
	// Blind, written at the fifty-seventh round's start, scored with fd4499c: blind276
	// (Egyptian Arabizi) 71/110, blind277 (romanised Korean) 87, blind278 (Aussie run-on)
	// 86, blind279 (English with Japanese script) 100, blind281 (English with Chinese
	// characters) 97, blind282 (Turkish) 76, blind283 (Italian) 89; blind280 (English with
	// Hangul) 105 passes.
	"blind276-questions.jsonl": 89.0 / 110,
	"blind277-questions.jsonl": 98.0 / 110,
	"blind278-questions.jsonl": 92.0 / 110,
	"blind279-questions.jsonl": 101.0 / 110,
	"blind281-questions.jsonl": 106.0 / 110,
	"blind282-questions.jsonl": 102.0 / 110,
	"blind283-questions.jsonl": 92.0 / 110,
	// Blind, written later in the fifty-seventh round, scored with fd4499c and with 6c14bd6:
	// blind284 (Egyptian Arabizi) 77 and 77/110, blind285 (Turkish) 73 and 73, blind286
	// (Italian) 99 and 101, blind287 (romanised Korean) 73 and 73, blind288 (Aussie run-on)
	// 94 and 94.
	"blind284-questions.jsonl": 101.0 / 110,
	"blind285-questions.jsonl": 104.0 / 110,
	"blind286-questions.jsonl": 103.0 / 110,
	"blind287-questions.jsonl": 89.0 / 110,
	"blind288-questions.jsonl": 97.0 / 110,
	// Blind, written at the fifty-eighth round's start, scored with 432cb83: blind289
	// (romanised Korean) 93/110, blind290 (romanised Korean) 83, blind291 (Egyptian Arabizi)
	// 72, blind292 (formal Turkish) 74, blind293 (Aussie run-on) 102, blind294 (Italian) 99,
	// blind295 (Polish) 71, blind296 (Greeklish) 64, blind297 (Russian in Latin letters) 59,
	// blind298 (German) 86.
	"blind289-questions.jsonl": 96.0 / 110,
	"blind290-questions.jsonl": 93.0 / 110,
	"blind291-questions.jsonl": 88.0 / 110,
	"blind292-questions.jsonl": 93.0 / 110,
	"blind293-questions.jsonl": 104.0 / 110,
	"blind294-questions.jsonl": 101.0 / 110,
	"blind295-questions.jsonl": 91.0 / 110,
	"blind296-questions.jsonl": 103.0 / 110,
	"blind297-questions.jsonl": 97.0 / 110,
	"blind298-questions.jsonl": 95.0 / 110,
	// Blind, written later in the fifty-eighth round, scored with 432cb83 and with a6f9966:
	// blind299 (Russian in Latin letters) 53 and 64/110, blind300 (Greeklish) 57 and 66,
	// blind301 (Polish) 74 and 81, blind302 (German) 84 and 92, blind303 (Egyptian Arabizi)
	// 85 and 85.
	"blind299-questions.jsonl": 94.0 / 110,
	"blind300-questions.jsonl": 95.0 / 110,
	"blind301-questions.jsonl": 94.0 / 110,
	"blind302-questions.jsonl": 93.0 / 110,
	"blind303-questions.jsonl": 95.0 / 110,
	// Blind, written at the fifty-ninth round's start, scored with 0a3e957: blind304
	// (Russian in Latin letters) 85/110, blind305 (Greeklish) 50, blind306 (Egyptian Arabizi)
	// 78, blind307 (Turkish) 83, blind308 (Polish) 98, blind309 (romanised Korean) 94.
	"blind304-questions.jsonl": 103.0 / 110,
	"blind305-questions.jsonl": 92.0 / 110,
	"blind306-questions.jsonl": 91.0 / 110,
	"blind307-questions.jsonl": 97.0 / 110,
	"blind308-questions.jsonl": 100.0 / 110,
	"blind309-questions.jsonl": 100.0 / 110,
	// Blind, written later in the fifty-ninth round, scored with 0a3e957 and with a4b4afe:
	// blind310 (Greeklish) 76 and 84/110, blind311 (Russian in Latin letters) 86 and 88,
	// blind312 (Egyptian Arabizi) 60 and 67, blind313 (Turkish) 93 and 96.
	"blind310-questions.jsonl": 96.0 / 110,
	"blind311-questions.jsonl": 101.0 / 110,
	"blind312-questions.jsonl": 96.0 / 110,
	"blind313-questions.jsonl": 102.0 / 110,
	// Blind, written at the sixtieth round's start, scored with b0a2e22: blind314
	// (Greeklish) 64/110, blind315 (Egyptian Arabizi) 81, blind316 (Russian in Latin letters)
	// 74, blind317 (romanised Korean) 90, blind318 (Turkish) 79.
	"blind314-questions.jsonl": 92.0 / 110,
	"blind315-questions.jsonl": 89.0 / 110,
	"blind316-questions.jsonl": 96.0 / 110,
	"blind317-questions.jsonl": 97.0 / 110,
	"blind318-questions.jsonl": 89.0 / 110,
	// Blind, written mid-round, scored with b0a2e22 (and 8dbf94d): blind319 (Greeklish)
	// 81/110 (84), blind320 (Egyptian Arabizi) 90 (90), blind321 (Russian in Latin letters) 87
	// (91), blind322 (romanised Korean) 96 (97).
	"blind319-questions.jsonl": 95.0 / 110,
	"blind320-questions.jsonl": 99.0 / 110,
	"blind321-questions.jsonl": 97.0 / 110,
	"blind322-questions.jsonl": 98.0 / 110,
	// Blind, written at the sixty-first round's start, scored with 82ba19a: blind323
	// (Greeklish) 88/110, blind324 (Russian in Latin letters) 92, blind325 (Turkish) 96,
	// blind326 (Egyptian Arabizi) 90, blind327 (romanised Korean) 76, blind328 (American
	// English) 102, blind329 (Indian English) 107, blind330 (Australian English) 95, blind331
	// (Levantine Arabizi with French) 81.
	"blind323-questions.jsonl": 96.0 / 110,
	"blind324-questions.jsonl": 102.0 / 110,
	"blind325-questions.jsonl": 100.0 / 110,
	"blind326-questions.jsonl": 94.0 / 110,
	"blind327-questions.jsonl": 87.0 / 110,
	"blind328-questions.jsonl": 106.0 / 110,
	"blind330-questions.jsonl": 96.0 / 110,
	"blind331-questions.jsonl": 90.0 / 110,
	// Blind, written at the sixty-second round's start, scored with ede5946: blind332
	// (romanised Korean) 95/110, blind333 (Greeklish) 88, blind334 (Egyptian Arabizi) 94,
	// blind335 (Levantine Arabizi) 80, blind336 (Turkish) 97, blind337 (Russian in Latin
	// letters) 96, blind338 (Scottish English) 103, blind339 (Singaporean English) 105.
	"blind332-questions.jsonl": 97.0 / 110,
	"blind333-questions.jsonl": 98.0 / 110,
	"blind334-questions.jsonl": 96.0 / 110,
	"blind335-questions.jsonl": 95.0 / 110,
	"blind336-questions.jsonl": 103.0 / 110,
	"blind337-questions.jsonl": 100.0 / 110,
	"blind338-questions.jsonl": 106.0 / 110,
	"blind339-questions.jsonl": 106.0 / 110,
	// Blind, written at the sixty-third round's start, scored with d67db04: blind340 (romanised
	// Korean) 92/110, blind341 (Greeklish) 92/110, blind342 (Egyptian Arabizi) 96/110, blind343
	// (Jordanian Arabizi) 75/110, blind344 (Turkish) 94/110, blind345 (Russian in Latin letters)
	// 93/110, blind346 (Irish English) 108/110, blind347 (Nigerian English) 108/110.
	"blind340-questions.jsonl": 98.0 / 110,
	"blind341-questions.jsonl": 95.0 / 110,
	"blind342-questions.jsonl": 98.0 / 110,
	"blind343-questions.jsonl": 78.0 / 110,
	"blind344-questions.jsonl": 95.0 / 110,
	"blind345-questions.jsonl": 96.0 / 110,
	// Blind, written at the sixty-fourth round's start, scored with 0c2e2d31: blind348 (romanised
	// Korean) 78/110, blind349 (Greeklish) 86/110, blind350 (Jordanian Arabizi) 86/110, blind351
	// (Turkish) 96/110, blind352 (Russian in Latin letters) 93/110, blind353 (Spanglish) 102/110,
	// blind354 (formal Australian English) 110/110, blind355 (Hinglish) 96/110.
	"blind348-questions.jsonl": 84.0 / 110,
	"blind349-questions.jsonl": 90.0 / 110,
	"blind350-questions.jsonl": 91.0 / 110,
	"blind351-questions.jsonl": 99.0 / 110,
	"blind352-questions.jsonl": 100.0 / 110,
	"blind353-questions.jsonl": 102.0 / 110,
	"blind355-questions.jsonl": 104.0 / 110,
	// Blind, written at the sixty-fifth round's start, scored with 57ce3285: blind356 (romanised
	// Korean) 67/110, blind357 (Greeklish) 89/110, blind358 (Syrian Arabizi) 93/110, blind359
	// (Turkish) 99/110, blind360 (Russian in Latin letters) 92/110, blind361 (Cuban Spanglish) 99/110,
	// blind362 (Hinglish) 87/110, blind363 (northern English) 95/110.
	"blind356-questions.jsonl": 90.0 / 110,
	"blind357-questions.jsonl": 92.0 / 110,
	"blind358-questions.jsonl": 98.0 / 110,
	"blind359-questions.jsonl": 102.0 / 110,
	"blind360-questions.jsonl": 95.0 / 110,
	"blind361-questions.jsonl": 100.0 / 110,
	"blind362-questions.jsonl": 98.0 / 110,
	"blind363-questions.jsonl": 98.0 / 110,
	// Blind, written at the sixty-sixth round's start, scored with d6e67d87: blind364 (romanised
	// Korean) 100/110, blind365 (Greeklish) 95/110, blind366 (Palestinian Arabizi) 87/110, blind367
	// (Turkish) 98/110, blind368 (Russian in Latin letters) 95/110, blind369 (Hinglish) 107/110,
	// blind370 (New Zealand English) 107/110, blind371 (Taglish) 99/110.
	"blind364-questions.jsonl": 101.0 / 110,
	"blind365-questions.jsonl": 96.0 / 110,
	"blind366-questions.jsonl": 91.0 / 110,
	"blind367-questions.jsonl": 100.0 / 110,
	"blind368-questions.jsonl": 99.0 / 110,
	"blind371-questions.jsonl": 100.0 / 110,
	// Blind, written at the sixty-seventh round's start, scored with 230c3051: blind372 (romanised
	// Korean) 70/110, blind373 (Egyptian Arabizi) 98/110, blind374 (Greeklish) 96/110, blind375
	// (Russian in Latin letters) 101/110, blind376 (Hinglish) 85/110, blind377 (Taglish) 103/110,
	// blind378 (Turkish) 89/110, blind379 (Australian English) 107/110.
	"blind372-questions.jsonl": 78.0 / 110,
	"blind373-questions.jsonl": 98.0 / 110,
	"blind374-questions.jsonl": 97.0 / 110,
	"blind375-questions.jsonl": 103.0 / 110,
	"blind376-questions.jsonl": 91.0 / 110,
	"blind377-questions.jsonl": 105.0 / 110,
	"blind378-questions.jsonl": 93.0 / 110,
	// Blind, written at the sixty-eighth round's start, scored with 83f00ab7: blind380 (Jeolla
	// romanised Korean) 56/110, blind381 (Tunisian Arabizi) 51/110, blind382 (Greeklish) 101/110,
	// blind383 (Russian in Latin letters) 99/110, blind384 (Hinglish) 99/110, blind385 (Taglish)
	// 81/110, blind386 (Turkish) 93/110, blind387 (Scottish English) 109/110.
	"blind380-questions.jsonl": 78.0 / 110,
	"blind381-questions.jsonl": 81.0 / 110,
	"blind382-questions.jsonl": 101.0 / 110,
	"blind383-questions.jsonl": 101.0 / 110,
	"blind384-questions.jsonl": 101.0 / 110,
	"blind385-questions.jsonl": 107.0 / 110,
	"blind386-questions.jsonl": 95.0 / 110,
	// Blind, written at the sixty-ninth round's start, scored with 3879d9d5: blind388 (Jeolla
	// romanised Korean) 79/110, blind389 (Algerian Arabizi) 64/110, blind390 (Turkish) 101/110,
	// blind391 (Nigerian Pidgin) 108/110, blind392 (Bisaya) 100/110, blind393 (Banglish) 101/110,
	// blind394 (Greeklish) 91/110, blind395 (Russian in Latin letters) 94/110.
	"blind388-questions.jsonl": 86.0 / 110,
	"blind389-questions.jsonl": 77.0 / 110,
	"blind390-questions.jsonl": 101.0 / 110,
	"blind392-questions.jsonl": 103.0 / 110,
	"blind393-questions.jsonl": 101.0 / 110,
	"blind394-questions.jsonl": 91.0 / 110,
	"blind395-questions.jsonl": 95.0 / 110,
	// Blind, written at the seventieth round's start, scored with 996ecef0: blind396 (Gyeongsang
	// romanised Korean) 57/110, blind397 (Egyptian Arabizi) 99/110, blind398 (Manglish) 81/110,
	// blind399 (West Texas English) 101/110, blind400 (Vietnamese without diacritics) 89/110, blind401
	// (Brazilian Portuguese) 93/110, blind402 (Kansai romaji) 82/110, blind403 (Tanglish) 96/110.
	"blind396-questions.jsonl": 62.0 / 110,
	"blind397-questions.jsonl": 100.0 / 110,
	"blind398-questions.jsonl": 82.0 / 110,
	"blind399-questions.jsonl": 101.0 / 110,
	"blind400-questions.jsonl": 92.0 / 110,
	"blind401-questions.jsonl": 94.0 / 110,
	"blind402-questions.jsonl": 86.0 / 110,
	"blind403-questions.jsonl": 96.0 / 110,
	// Written at the fifty-seventh round's start, scored with 0fae812 before tuned on.
	"tuning852-questions.jsonl": 107.0 / 110,
	"tuning853-questions.jsonl": 110.0 / 110,
	"tuning854-questions.jsonl": 109.0 / 110,
	"tuning855-questions.jsonl": 110.0 / 110,
	"tuning856-questions.jsonl": 110.0 / 110,
	"tuning857-questions.jsonl": 109.0 / 110,
	"tuning858-questions.jsonl": 105.0 / 110,
	// Written later in the round, scored with 74ed8a0 before tuned on.
	"tuning860-questions.jsonl": 105.0 / 110,
	"tuning861-questions.jsonl": 108.0 / 110,
	"tuning862-questions.jsonl": 110.0 / 110,
	"tuning863-questions.jsonl": 108.0 / 110,
	"tuning864-questions.jsonl": 110.0 / 110,
	"tuning865-questions.jsonl": 109.0 / 110,
	"tuning866-questions.jsonl": 107.0 / 110,
	// Written at the fifty-eighth round's start, scored with 781d49b before tuned on.
	"tuning867-questions.jsonl": 109.0 / 110,
	"tuning868-questions.jsonl": 107.0 / 110,
	"tuning869-questions.jsonl": 108.0 / 110,
	"tuning870-questions.jsonl": 109.0 / 110,
	"tuning871-questions.jsonl": 101.0 / 110,
	"tuning872-questions.jsonl": 108.0 / 110,
	"tuning873-questions.jsonl": 109.0 / 110,
	"tuning874-questions.jsonl": 109.0 / 110,
	"tuning875-questions.jsonl": 109.0 / 110,
	"tuning876-questions.jsonl": 106.0 / 110,
	"tuning877-questions.jsonl": 104.0 / 110,
	// Written later in the round, scored with 38f7162 before tuned on.
	"tuning878-questions.jsonl": 110.0 / 110,
	"tuning879-questions.jsonl": 110.0 / 110,
	"tuning880-questions.jsonl": 110.0 / 110,
	"tuning881-questions.jsonl": 108.0 / 110,
	"tuning882-questions.jsonl": 108.0 / 110,
	"tuning883-questions.jsonl": 110.0 / 110,
	// Written at the fifty-ninth round's start, scored with 0a3e957 before tuned on.
	"tuning884-questions.jsonl": 109.0 / 110,
	"tuning885-questions.jsonl": 108.0 / 110,
	// Written later in the fifty-ninth round, scored with 7f53957 before tuned on.
	"tuning886-questions.jsonl": 110.0 / 110,
	"tuning887-questions.jsonl": 110.0 / 110,
	"tuning888-questions.jsonl": 110.0 / 110,
	// Written later still, scored with f6ad277 before tuned on.
	"tuning889-questions.jsonl": 108.0 / 110,
	"tuning890-questions.jsonl": 109.0 / 110,
	"tuning891-questions.jsonl": 107.0 / 110,
	// Written at the sixtieth round's start, scored with b0a2e22 before tuned on.
	"tuning892-questions.jsonl": 108.0 / 110,
	"tuning893-questions.jsonl": 107.0 / 110,
	"tuning894-questions.jsonl": 109.0 / 110,
	"tuning895-questions.jsonl": 109.0 / 110,
	"tuning896-questions.jsonl": 109.0 / 110,
	// Written later in the sixtieth round, scored with 5b29478 before tuned on.
	"tuning897-questions.jsonl": 107.0 / 110,
	"tuning898-questions.jsonl": 108.0 / 110,
	// Written later still, scored with f39f78f before tuned on.
	"tuning899-questions.jsonl": 109.0 / 110,
	"tuning900-questions.jsonl": 110.0 / 110,
	// Written at the sixty-first round's start, scored with 82ba19a before tuned on.
	"tuning901-questions.jsonl": 104.0 / 110,
	"tuning902-questions.jsonl": 110.0 / 110,
	"tuning903-questions.jsonl": 109.0 / 110,
	"tuning904-questions.jsonl": 108.0 / 110,
	"tuning905-questions.jsonl": 105.0 / 110,
	"tuning906-questions.jsonl": 109.0 / 110,
	"tuning907-questions.jsonl": 109.0 / 110,
	"tuning909-questions.jsonl": 108.0 / 110,
	// Written at the sixty-second round's start, scored with ede5946 before tuned on.
	"tuning910-questions.jsonl": 110.0 / 110,
	"tuning911-questions.jsonl": 107.0 / 110,
	"tuning912-questions.jsonl": 108.0 / 110,
	"tuning913-questions.jsonl": 106.0 / 110,
	"tuning914-questions.jsonl": 109.0 / 110,
	"tuning915-questions.jsonl": 110.0 / 110,
	"tuning916-questions.jsonl": 110.0 / 110,
	// Written in the sixty-second round's second half, scored with 11edb79 before tuned on.
	"tuning918-questions.jsonl": 109.0 / 110,
	"tuning919-questions.jsonl": 108.0 / 110,
	"tuning920-questions.jsonl": 109.0 / 110,
	"tuning921-questions.jsonl": 104.0 / 110,
	"tuning922-questions.jsonl": 106.0 / 110,
	"tuning923-questions.jsonl": 109.0 / 110,
	"tuning924-questions.jsonl": 109.0 / 110,
	"tuning925-questions.jsonl": 109.0 / 110,
	// Written at the sixty-third round's start, scored with 805f9f8 before tuned on.
	"tuning926-questions.jsonl": 107.0 / 110,
	"tuning927-questions.jsonl": 109.0 / 110,
	"tuning928-questions.jsonl": 106.0 / 110,
	"tuning929-questions.jsonl": 107.0 / 110,
	"tuning930-questions.jsonl": 110.0 / 110,
	"tuning931-questions.jsonl": 106.0 / 110,
	"tuning933-questions.jsonl": 109.0 / 110,
	// Written in the sixty-fifth round, scored with 4d59de92 before tuned on.
	"tuning934-questions.jsonl": 97.0 / 110,
	"tuning935-questions.jsonl": 109.0 / 110,
	"tuning936-questions.jsonl": 107.0 / 110,
	"tuning937-questions.jsonl": 109.0 / 110,
	// Written in the sixty-sixth round, scored with 4f76d494 before tuned on.
	"tuning938-questions.jsonl": 107.0 / 110,
	"tuning939-questions.jsonl": 108.0 / 110,
	"tuning940-questions.jsonl": 103.0 / 110,
	"tuning942-questions.jsonl": 109.0 / 110,
	// Written later in the sixty-sixth round, scored with 6ea86be1 before tuned on.
	"tuning943-questions.jsonl": 104.0 / 110,
	"tuning944-questions.jsonl": 101.0 / 110,
	"tuning945-questions.jsonl": 106.0 / 110,
	"tuning946-questions.jsonl": 109.0 / 110,
	// Written late in the sixty-sixth round, scored with 63f60c29 before tuned on.
	"tuning947-questions.jsonl": 107.0 / 110,
	// Written in the sixty-seventh round, scored with 2b168491 before tuned on.
	"tuning949-questions.jsonl": 103.0 / 110,
	"tuning950-questions.jsonl": 105.0 / 110,
	"tuning951-questions.jsonl": 108.0 / 110,
	"tuning952-questions.jsonl": 110.0 / 110,
	"tuning953-questions.jsonl": 109.0 / 110,
	"tuning954-questions.jsonl": 106.0 / 110,
	"tuning955-questions.jsonl": 110.0 / 110,
	// Written in the sixty-seventh round, scored with dd04d4db before tuned on.
	"tuning957-questions.jsonl": 103.0 / 110,
	"tuning958-questions.jsonl": 103.0 / 110,
	"tuning959-questions.jsonl": 110.0 / 110,
	"tuning960-questions.jsonl": 110.0 / 110,
	// Written at the sixty-eighth round's start, scored with 7c19ddad before tuned on.
	"tuning961-questions.jsonl": 97.0 / 110,
	"tuning962-questions.jsonl": 103.0 / 110,
	"tuning963-questions.jsonl": 109.0 / 110,
	"tuning964-questions.jsonl": 102.0 / 110,
	"tuning965-questions.jsonl": 101.0 / 110,
	"tuning966-questions.jsonl": 108.0 / 110,
	"tuning967-questions.jsonl": 110.0 / 110,
	"tuning968-questions.jsonl": 110.0 / 110,
	// Written at the sixty-eighth round's start, scored with 9306c947 before tuned on.
	"tuning969-questions.jsonl": 108.0 / 110,
	"tuning970-questions.jsonl": 106.0 / 110,
	"tuning971-questions.jsonl": 82.0 / 110,
	"tuning972-questions.jsonl": 105.0 / 110,
	// Written at the sixty-ninth round's start, scored with c1abb890 before tuned on.
	"tuning973-questions.jsonl": 101.0 / 110,
	"tuning974-questions.jsonl": 109.0 / 110,
	"tuning975-questions.jsonl": 108.0 / 110,
	"tuning976-questions.jsonl": 108.0 / 110,
	// Written at the seventieth round's start, scored with 3d95eaf0 before tuned on.
	"tuning977-questions.jsonl": 91.0 / 110,
	"tuning978-questions.jsonl": 105.0 / 110,
	"tuning979-questions.jsonl": 105.0 / 110,
	"tuning980-questions.jsonl": 106.0 / 110,
	"tuning981-questions.jsonl": 106.0 / 110,
	"tuning982-questions.jsonl": 102.0 / 110,
	"tuning983-questions.jsonl": 104.0 / 110,
	"tuning984-questions.jsonl": 109.0 / 110,
}

// refusalsMissed are the refusals a set still misses, as measured at the end of the
// round of issue 9 that last changed them. The test holds each set to no more misses. Blind ones are
// counted, never looked at. Sets no longer listed get every refusal right.
var refusalsMissed = map[string]int{
	// At the seventieth round's end: blind133 (1 before), tuning837 (1 before), tuning844 (1 before),
	// blind284 (1 before), tuning949 (1 before), tuning961 (1 before), tuning976 (1 before), tuning977
	// (1 before), tuning983 (3 before), tuning984 (3 before) get every refusal right; blind325 misses
	// 1 (2 before), blind358 misses 3 (4 before), blind378 misses 2 (3 before), blind388 misses 2 (3
	// before), blind397 misses 1 (2 before), tuning978 misses 3 (6 before), tuning980 misses 2 (5
	// before), tuning981 misses 1 (4 before), tuning982 misses 4 (7 before); no set misses more.
	// At the sixty-ninth round's end: tuning271 (1 before), tuning671 (1 before), tuning676 (1
	// before), tuning694 (1 before), tuning721 (1 before), tuning737 (1 before), tuning740 (1 before),
	// tuning770 (1 before), tuning776 (1 before), tuning796 (1 before), blind241 (1 before), tuning802
	// (1 before), tuning805 (1 before), tuning806 (1 before), tuning816 (1 before), tuning820 (1
	// before), tuning822 (1 before), tuning826 (1 before), tuning827 (1 before), tuning830 (1 before),
	// tuning831 (1 before), blind262 (1 before), tuning833 (1 before), tuning834 (1 before), blind267
	// (1 before), tuning848 (1 before), tuning849 (1 before), blind308 (1 before), blind316 (1
	// before), blind328 (1 before), blind376 (1 before), tuning856 (1 before), tuning857 (1 before),
	// tuning859 (1 before), tuning864 (1 before), tuning873 (1 before), tuning881 (1 before),
	// tuning883 (1 before), tuning885 (1 before), tuning889 (1 before), tuning895 (2 before),
	// tuning900 (1 before), tuning905 (1 before), tuning909 (1 before), tuning910 (2 before),
	// tuning911 (1 before), tuning912 (1 before), tuning921 (2 before), tuning922 (1 before),
	// tuning924 (1 before), tuning927 (3 before), tuning935 (1 before), tuning937 (1 before),
	// tuning941 (1 before), tuning952 (1 before), tuning956 (1 before), tuning958 (1 before),
	// tuning960 (1 before), tuning965 (2 before), tuning969 (1 before), tuning973 (1 before),
	// tuning974 (4 before) get every refusal right; blind49 misses 1 (2 before), blind68 misses 3 (4
	// before), blind197 misses 1 (2 before), blind221 misses 3 (4 before), tuning835 misses 1 (2
	// before), blind277 misses 2 (3 before), blind287 misses 3 (4 before), blind324 misses 1 (2
	// before), blind327 misses 1 (2 before), blind360 misses 2 (3 before), blind362 misses 1 (2
	// before), blind371 misses 2 (3 before), blind377 misses 1 (3 before), blind392 misses 4 (5
	// before), tuning877 misses 1 (2 before), tuning926 misses 1 (2 before), tuning975 misses 1 (7
	// before), tuning976 misses 1 (3 before); no set misses more.
	// At the sixty-eighth round's end: blind345 (1 before), tuning959 (1 before), tuning964 (1
	// before), tuning967 (1 before), tuning970 (2 before), tuning972 (1 before) get every refusal
	// right; blind385 misses 1 (2 before), tuning947 misses 1 (2 before), tuning954 misses 2 (3
	// before), tuning966 misses 1 (3 before), tuning969 misses 1 (3 before); no set misses more.
	// At the sixty-seventh round's end: tuning771 (1 before), tuning832 (1 before), blind259 (1
	// before), blind282 (1 before), tuning953 (1 before), tuning957 (1 before) get every refusal
	// right; blind310 misses 2 (3 before), blind333 misses 2 (3 before), blind368 misses 2 (3 before),
	// blind375 misses 1 (2 before), tuning937 misses 1 (2 before), tuning942 misses 1 (2 before),
	// tuning954 misses 3 (5 before), tuning956 misses 1 (2 before), tuning960 misses 1 (2 before); no
	// set misses more.
	// At the sixty-sixth round's end: tuning930 (1 before), tuning936 (1 before), tuning939 (1
	// before), tuning945 (2 before) get every refusal right; tuning935 misses 1 (2 before), tuning942
	// misses 2 (4 before); no set misses more.
	// At the sixty-fifth round's end: blind197 misses 2 (3 before), blind362 misses 2 (3 before),
	// tuning936 misses 1 (2 before); no set misses more.
	// At the sixty-fourth round's end: tuning700 (1 before) get every refusal right; no set misses
	// more.
	// At the sixty-third round's end: blind299 (1 before), tuning854 (1 before), tuning929 (1 before)
	// get every refusal right; tuning926 misses 2 (3 before), tuning927 misses 3 (4 before), tuning930
	// misses 1 (2 before); no set misses more.
	// At the sixty-second round's end: blind335 (1 before), tuning913 (1 before), tuning914 (1
	// before), tuning915 (1 before), tuning918 (1 before), tuning920 (1 before) get every refusal
	// right; blind305 misses 3 (4 before), blind311 misses 2 (3 before), blind333 misses 3 (4
	// before), tuning910 misses 2 (3 before), tuning921 misses 2 (3 before); no set misses more.
	// At the sixty-first round's end: tuning902 (2 before), tuning904 (1 before), tuning906 (2
	// before) get every refusal right; blind299 misses 1 (2 before), blind314 misses 2 (3 before);
	// no set misses more.
	// At the sixtieth round's end: blind54 (1 before), tuning653 (1 before), tuning689 (1 before),
	// tuning690 (1 before), tuning699 (1 before), blind161 (1 before), blind206 (1 before),
	// tuning789 (1 before), tuning793 (1 before), tuning807 (1 before), blind250 (1 before),
	// blind258 (1 before), tuning836 (1 before), blind276 (1 before), blind283 (1 before),
	// tuning860 (1 before), tuning863 (2 before), tuning865 (2 before), tuning867 (1 before),
	// tuning880 (1 before), tuning882 (2 before), tuning887 (2 before), tuning890 (2 before),
	// tuning894 (2 before), tuning896 (2 before), tuning897 (2 before), tuning899 (3 before) get
	// every refusal right; blind90 misses 1 (3 before), blind93 misses 1 (2 before), blind200
	// misses 1 (2 before), tuning770 misses 1 (2 before), blind253 misses 1 (2 before), blind255
	// misses 1 (2 before), blind268 misses 1 (2 before), blind275 misses 1 (2 before), tuning848
	// misses 1 (2 before), blind277 misses 3 (4 before), blind285 misses 1 (3 before), blind294
	// misses 1 (3 before), blind306 misses 1 (4 before), blind307 misses 1 (3 before), blind318
	// misses 2 (3 before), tuning854 misses 1 (2 before), tuning857 misses 1 (2 before), tuning861
	// misses 1 (4 before), tuning868 misses 1 (2 before), tuning872 misses 2 (3 before), tuning892
	// misses 1 (3 before), tuning895 misses 2 (4 before), tuning900 misses 1 (2 before); no set
	// misses more.
	// At the fifty-ninth round's end: tuning855 (1 before), tuning870 (1 before) get every refusal
	// right; blind282 misses 1 (2 before), blind292 misses 1 (2 before), blind300 misses 3 (4
	// before), blind306 misses 4 (5 before), tuning885 misses 1 (2 before), tuning890 misses 2 (3
	// before); no set misses more.
	// At the fifty-eighth round's end: tuning850 (1 before), blind286 (1 before), tuning879 (1
	// before) get every refusal right; blind142 misses 1 (2 before), tuning851 misses 1 (2 before),
	// tuning864 misses 1 (2 before), tuning867 misses 1 (2 before), tuning869 misses 1 (2 before),
	// tuning870 misses 1 (2 before), tuning873 misses 1 (2 before), tuning875 misses 1 (2 before),
	// tuning876 misses 1 (3 before), tuning877 misses 2 (3 before), tuning883 misses 1 (3 before);
	// no set misses more.
	// At the fifty-seventh round's end: tuning642 (1 before), tuning853 (1 before), tuning862 (1
	// before) get every refusal right; blind277 misses 4 (5 before), blind278 misses 1 (2 before),
	// blind287 misses 4 (5 before), tuning854 misses 2 (3 before), tuning856 misses 1 (3 before),
	// tuning857 misses 2 (3 before), tuning860 misses 1 (2 before), tuning865 misses 2 (3 before);
	// no set misses more.
	// At the fifty-sixth round's end: blind256 (1 before), blind261 (1 before), tuning838 (2
	// before), tuning840 (1 before), tuning841 (1 before), tuning847 (1 before) get every refusal
	// right; blind250 misses 1 (2 before), tuning832 misses 1 (2 before), blind268 misses 2 (3
	// before), tuning843 misses 1 (3 before); no set misses more.
	// At the fifty-fifth round's end: blind83 (1 before), tuning756 (1 before), tuning765 (1
	// before), blind215 (1 before), tuning808 (2 before), tuning810 (1 before), tuning819 (2
	// before), blind248 (1 before), blind251 (1 before), tuning823 (2 before), tuning828 (1
	// before), tuning829 (2 before) get every refusal right; tuning690 misses 1 (2 before),
	// tuning803 misses 2 (3 before), tuning806 misses 1 (2 before), tuning807 misses 1 (2 before),
	// blind250 misses 2 (4 before), tuning820 misses 1 (2 before), tuning830 misses 1 (3 before),
	// tuning831 misses 1 (3 before), tuning833 misses 1 (3 before); no set misses more.
	// At the fifty-third round's end: blind144, blind172, blind183 and blind203 get every refusal
	// right (one missed at the round's start), blind206 misses one (two), blind214 two (three); of
	// the round's blind sets, blind225 and blind228 get every refusal right (three and one missed
	// when written) and blind236 misses one (two); tuning664, tuning693, tuning695, tuning728 and
	// tuning754 get every refusal right; of the round's tuning sets, tuning770 misses two (six
	// when written), tuning771, tuning776 and tuning793 one (four, two and two), and tuning772,
	// tuning773, tuning777, tuning779, tuning780, tuning782, tuning784, tuning786, tuning787,
	// tuning792, tuning795, tuning798, tuning799 and tuning800 every refusal, tuning797 one
	// (as written); no set misses more.
	// At the fifty-second round's end: blind191 gets every refusal right again (one missed
	// since f32b872), blind198 and blind200 miss two (three when written), tuning661 five
	// (six), tuning664 one (two); of the round's tuning sets, tuning749 to tuning753,
	// tuning762, tuning764, tuning766 and tuning769 get every refusal right, read since
	// they were written, and tuning754, tuning765 and tuning768 miss one; blind214 and
	// blind215 miss one more than the first code did (see below); no set misses more.
	// At the fifty-first round's end: blind183 misses one (two when written); tuning728 and
	// tuning740 one (two when written), tuning733, tuning736 and tuning739 every refusal,
	// read since they were written; blind184 and blind191 miss one they got right by chance
	// or before f32b872 (see below); no set misses more. At the fiftieth round's end: tuning701, tuning705, tuning709 to tuning711, tuning715,
	// tuning717 and tuning719, read in English since they were written, get every refusal
	// right, and tuning721 misses one (two when written); blind158, blind160, blind161,
	// blind166, blind170, blind172, blind173 and blind175 miss one or two, as when written;
	// no set misses more. At the forty-ninth round's end: blind119 misses
	// one (two before), tuning653 one (four when written), tuning671 one (seven when
	// written), and tuning689 and tuning690 one and two, read since they were written;
	// tuning652, tuning654, tuning655, tuning670,
	// tuning674, tuning675, tuning677, tuning679, tuning681, tuning684, tuning691 and
	// tuning692 get every refusal right; no set misses more. At the forty-eighth's:
	// blind86 misses one (three before), tuning535 three
	// (five before), tuning642 one; blind150, tuning499, tuning570, tuning612, tuning622,
	// tuning624, tuning625, tuning629, tuning630, tuning632, tuning638, tuning641, tuning645
	// and tuning646 get every refusal right; no set misses more. At the
	// forty-seventh's: blind101 misses one (two before), blind146 and
	// tuning612 one each, as when written; blind79, blind143, tuning514, tuning587, tuning588,
	// tuning590, tuning595, tuning596, tuning598, tuning603, tuning605, tuning607, tuning610,
	// tuning611, tuning613, tuning614, tuning618 and tuning619 get every refusal right; no set
	// misses more. At the forty-sixth's: blind142 misses two, blind143 one (two when written),
	// blind144 and tuning570 one each; tuning555, tuning556, tuning561, tuning563, tuning565,
	// tuning567, tuning568 and tuning579 get every refusal right; no set misses more. At the
	// forty-fifth's: tuning514 misses one and tuning535 five; tuning365,
	// tuning521 to tuning532, tuning539, tuning540, tuning548 and tuning550 get every refusal
	// right; no set misses more. At the forty-fourth's: blind68 misses four, tuning499 one and tuning514 two;
	// tuning296, tuning372, tuning472, tuning474 to tuning476, tuning479 to tuning481,
	// tuning484, tuning487, tuning488, tuning491 and tuning504 to tuning506 get every refusal
	// right; no set misses more. At the forty-third's: tuning472 misses one; blind132, tuning432, tuning437,
	// tuning439, tuning442, tuning444, tuning448, tuning453, tuning457, tuning462, tuning466,
	// tuning468, tuning469 and tuning471 get every refusal right; no set misses more. At the forty-second's: blind74 misses six; tuning395, tuning396, tuning397,
	// tuning415, tuning416, tuning418, tuning419, tuning422 and tuning424 get every refusal
	// right; no set misses more. At the forty-first's: blind116, blind122, blind124, tuning379, tuning381,
	// tuning383, tuning384 and tuning388 get every refusal right. At the fortieth's:
	// blind44 misses one, tuning372 three; tuning375 gets every refusal right. At the thirty-ninth's: blind74 misses seven, blind111 two and tuning365 one;
	// tuning347, tuning358, tuning361, tuning362, tuning364 and tuning366 get every refusal right. At the thirty-eighth's: tuning354 and tuning356 do. At
	// the thirty-seventh's: tuning349 and tuning351 do. At the thirty-sixth's: no set misses fewer than it did. At the thirty-fifth's:
	// tuning340 gets every refusal right. At the thirty-fourth's: blind68 misses five; tuning305, tuning333, tuning334 and tuning336 get
	// every refusal right. At the thirty-third's: tuning326, tuning328,
	// tuning329, tuning331 and tuning332 get every refusal right, tuning271 misses one. At the
	// thirty-second's: blind66 gets every refusal
	// right, blind79 misses one; tuning305 misses one; tuning257, tuning290, tuning302,
	// tuning306, tuning309, tuning311, tuning313, tuning314, tuning315, tuning318 and tuning321
	// to tuning324 get every refusal right. The comments below give each set's history up to
	// then.
	// Blind, written to be hard to refuse (50 each): blind12 and blind14 41/50 with the tenth
	// round's first code (966fb45). blind18, 46/50 with the twelfth's (21e065b), gets every
	// refusal right at the eighteenth round's end.
	// blind12 gets every refusal right at the twenty-third round's end.
	"blind14-questions.jsonl": 2,
	"blind20-questions.jsonl": 3, // 45/50 with the thirteenth round's first code (6971be7), 47/50 now
	// blind22, 48/50 with the fourteenth round's first code (f85b479), gets every refusal
	// right at the seventeenth round's end.
	"blind24-questions.jsonl": 1, // 49/50 with f85b479 and at the fourteenth round's end
	// blind26, 49/50 with the fifteenth round's first code (ebd8adb), gets every refusal
	// right at the eighteenth round's end.
	"blind28-questions.jsonl": 1, // 49/50 with ebd8adb and when it came in (40e6710)
	// 29/30 and 47/50 with the sixteenth round's first code (f24fa64); blind29 gets every
	// refusal right at the twenty-fifth round's end.
	"blind30-questions.jsonl": 3,
	// 49/50 with f24fa64 and at the sixteenth round's end (5d73e27).
	"blind32-questions.jsonl": 1,
	// 48/50 with the seventeenth round's first code (a7bf1b0) and at its end, blind34 49/50
	// at the eighteenth's end; blind36 48/50, written at the seventeenth's end.
	"blind34-questions.jsonl": 1,
	"blind36-questions.jsonl": 2,
	// Tuned, hard to refuse. Still missed at the eighteenth round's end: China's pact with the
	// Solomon Islands (tuning59), how the white-list dispute ended (tuning113), why Seoul's
	// statement left China out (tuning142), what Yoon's consultation mechanism has proposed
	// (tuning156), who Australia's prime minister was, asked as "our" (tuning159), and the
	// Bluebook's edition year (tuning161, right at the twenty-first round's end). In that
	// round tuning81, tuning93, tuning105, tuning111, tuning119, tuning123, tuning129,
	// tuning140, tuning152, tuning154, tuning157 and tuning158 came to get every refusal
	// right (first scores in git history).
	// At the twenty-third round's end tuning113 (how the white-list dispute ended) and
	// tuning159 ("our" prime minister) get every refusal right, and at the twenty-fifth's
	// tuning156 (what the consultation body has proposed so far), and at the twenty-sixth's
	// tuning59 (China's pact with the Solomon Islands, China named first).
	"tuning142-questions.jsonl": 1,
	// First scores with the eighteenth round's first code (41b265c): tuning157 29/30,
	// tuning158 28/30, tuning159 47/50, tuning160 30/30, tuning161 49/50, tuning162 30/30;
	// blind37 30/30 and blind38 50/50 then.
	// First scores with the nineteenth round's first code (cdfd517): tuning163 28/30,
	// tuning164 30/30, tuning165 30/30, tuning166 30/30, tuning167 29/30, tuning168 47/50;
	// blind39 30/30 and blind40 49/50 then. At the round's end tuning163 and tuning167 get
	// every refusal right and tuning168 misses one (the city a 2013 mediation was filed in),
	// right at the twenty-second round's end.
	"blind40-questions.jsonl": 1,
	// First scores with the twentieth round's first code (94ce8c2): tuning169 30/30,
	// tuning170 30/30, tuning171 28/30, tuning172 30/30, tuning173 28/30, tuning174 47/50;
	// blind41 30/30 and blind42 49/50 then, and at the round's end. Written during it, with
	// that code: tuning175 28/30, tuning176 29/30, tuning177 30/30, tuning178 47/50,
	// tuning179 to tuning182 every refusal. At the round's end tuning171, tuning173 to
	// tuning175 and tuning178 get every refusal right; tuning176 misses one, and so does
	// blind42. At the twenty-first round's end both get every refusal right.
	// First scores with the twenty-first round's first code (c0a0db0): blind43 30/30,
	// blind44 46/50; tuning183 29/30, tuning184 30/30, tuning185 30/30, tuning186 48/50;
	// written during the round, tuning187 30/30, tuning188 44/50, tuning189 30/30, tuning190
	// 30/30. At its end tuning183 and tuning186 get every refusal right, tuning188 misses one
	// (why the 2015 comfort women agreement collapsed) and blind44 four, as at its start.
	// tuning188 gets every refusal right at the twenty-fifth round's end: the article gives
	// no account of the comfort women agreement beyond Japan citing it.
	"blind44-questions.jsonl": 1, // 47/50 at the twenty-third round's end
	// First scores with the twenty-second round's first code (c32a940): blind45 30/30,
	// blind46 48/50; tuning191 30/30, tuning192 29/30, tuning193 49/50; written during the
	// round, tuning194 49/50, tuning195 55/60, tuning196 30/30, tuning197 29/30, tuning198
	// 30/30, tuning199 29/30. At its end blind46 misses two as at its start; tuning192,
	// tuning193 and tuning199 get every refusal right; tuning194 misses one (what Japan's
	// Bluebook says of relations with China), tuning195 one (what caused the setbacks
	// between Canberra and Beijing) and tuning197 one, which came with this round's reading
	// of a formal asker's courtesies: "What sanctions, if I may ask, has Tokyo imposed upon
	// Moscow…, and how do they compare with those of Seoul?" is now read as the plainly
	// worded question is, which says Russia is not covered and then shows Japan's
	// sanctions on North Korea for the rest. At the twenty-seventh round's end blind46 misses
	// one.
	"blind46-questions.jsonl": 1,
	// tuning194 gets every refusal right at the twenty-third round's end, tuning197 at the
	// twenty-fourth's: Seoul's sanctions, "those of Seoul", are no other thing asked about.
	// First scores with the twenty-third round's first code (ad86c35): blind47 30/30,
	// blind48 47/50; tuning200 30/30, tuning201 29/30, tuning202 30/30, tuning203 29/30,
	// tuning204 56/60, tuning205 30/30. At its end blind48 47/50 still, tuning201 and
	// tuning203 every refusal, tuning204 59/60. Written during it: blind49 28/30 with
	// ad86c35 and at the end, blind50 30/30.
	"blind48-questions.jsonl": 1,
	"blind49-questions.jsonl": 1,
	// tuning204 gets every refusal right at the twenty-fourth round's end: whether Yoon
	// visited Tokyo is a visit the article does not record; so does tuning195: the article
	// gives no cause for the setbacks between Canberra and Beijing.
	// First scores with the twenty-fourth round's first code (a89d084): blind51 30/30,
	// blind52 49/50; tuning206 27/30, tuning209 48/50, tuning210 28/30, tuning211 56/60,
	// the others every refusal. At its end blind52 49/50 still; tuning209 misses how big the
	// Senkaku Islands are (the world data leaves the islands out: with them a blind set lost
	// a question), tuning211 what Kishida's letter said, asked of "it" after a dash.
	// Written during it: blind53 30/30, blind54 26/30 with a89d084 and 27/30 at the end.
	// At the twenty-fifth round's end blind54 misses two, and tuning211 gets every refusal
	// right ("- what did it actually say" of Kishida's letter). At the twenty-sixth's blind54
	// misses one. tuning209 gets every refusal right at the twenty-eighth's end: the world
	// data now holds the Senkaku Islands, and no blind count moves with them.
	"blind52-questions.jsonl": 1,
	// First scores with the twenty-fifth round's first code (f707975): blind55 29/30, blind56
	// 30/30; tuning217 27/30, tuning221 29/30, tuning222 38/40, the others every refusal.
	// At its end tuning217, tuning221 and tuning222 get every refusal right: totals of
	// compensation, the outcome of Seoul's complaint, cabinet officials with Biden, first
	// visits to Tokyo and when drills took place are not in the article. blind55 gets every
	// refusal right at the twenty-sixth round's end.
	// Written during it: tuning223 27/30 with f707975 and with 7825c29, tuning224 and
	// tuning225 every refusal; tuning226 48/50 and tuning227 55/60 with f707975 and with the
	// code of the day they came in (ba690fc), every refusal at the end.
	// tuning223 gets every refusal right at its end (the alliance's Secretary General, Kim
	// Jong Un after a reason given, Ardern at the White House).
	// First scores with the twenty-sixth round's first code (a46b879): blind57 and blind58
	// 30/30, tuning228 to tuning233 every refusal. Written during it: tuning234 27/30 with
	// a46b879 and with a400d14, tuning237 29/30 with a46b879 and with 94e92e5; both get
	// every refusal right at its end (South Korea's foreign minister under the new
	// government, the sum the court ordered, the Solomon Islands' pact with Beijing, the
	// carriers of the Gimpo-Haneda route).
	// First scores with the twenty-seventh round's first code (cdd2185): blind59 and blind60
	// 50/50, tuning243 39/40 (the date of a trilateral missile-defence drill after Madrid),
	// the others every refusal. Written during it: tuning245 29/30 with cdd2185 and at the
	// end (how Abe's assassination affected Tokyo's approach to Seoul: the reply says the
	// article does not mention Abe, then answers on Tokyo and Seoul); the others every
	// refusal at the end.
	// tuning243 gets every refusal right at the twenty-ninth round's end.
	// First scores with the twenty-eighth round's first code (b8cba52): blind61 29/30,
	// blind62 30/30; tuning257 29/30, tuning258 29/30, tuning259 49/50, the others every
	// refusal. Written during it: tuning263 28/30, tuning264 29/30, tuning271 48/50 with
	// b8cba52 and with the code of the day they came in, the others every refusal. At its
	// end tuning258 (how big the Senkaku Islands are), tuning259 (which Australian exports
	// Beijing restricted) and tuning263 (the sum of the seized assets, the Camp David
	// summit) get every refusal right; blind61 still misses one; tuning257 misses what
	// sanctions Tokyo imposed on Moscow, compared with the EU's; tuning264 whether North
	// Korea fired a missile during the summit; tuning271 which countries besides South Korea
	// protested the water discharge, and who Hayashi's South Korean counterpart was.
	"blind61-questions.jsonl": 1,
	// First scores with the twenty-ninth round's first code (3ff7cba): blind64 29/30, blind66
	// 49/50 (written during it, with 3ff7cba and with 089a850), the others every refusal;
	// tuning274 49/50, every refusal at the end. Written during it: tuning285 29/30 with
	// 3ff7cba, with the code of the day it came in and at the end (what Albanese said of
	// AUKUS in Madrid: the reply says the article does not cover AUKUS, then gives what it
	// says of Madrid), tuning286 49/50, every refusal at the end.
	// First scores with the thirtieth round's first code (153ea1e): blind67 29/30, blind68
	// 22/30; tuning287 29/30, tuning288 26/30, tuning290 29/30, tuning291 28/30, the others
	// every refusal.
	"blind68-questions.jsonl": 3,
	// Written during it: tuning293 27/30, tuning294 26/30 and 27/30, tuning296 48/50 with
	// 153ea1e and with d775f8e.
	// Written later in it: blind69 29/30 with 153ea1e, every refusal with d5602ed; tuning297
	// 29/30 and tuning298 26/30 with both.
	// Written near its end: tuning301 29/30, tuning302 27/30 with 153ea1e and abb0fae;
	// tuning303 28/30 and 30/30, tuning304 24/30 and 28/30.
	// First scores with the thirty-first round's first code (5a76b15): blind74 20/30, the
	// other new blind sets every refusal; tuning305 24/30, tuning306 34/40, tuning307 29/30,
	// tuning308 39/40.
	"blind74-questions.jsonl": 6,
	// Written during it: blind77 29/30, blind78 29/30, blind79 28/30, blind80 30/30, the
	// same with 5a76b15 and 0ee4f74.
	"blind78-questions.jsonl": 1,
	// Written during it: tuning309 27/30, tuning311 29/30 with 5a76b15 and with 38b7d9d;
	// tuning310 and tuning312 every refusal.
	// Written later in it: tuning313 28/30, tuning314 26/30, tuning315 34/40 with 5a76b15 and
	// with ebea892; tuning316 every refusal.
	// First scores with the thirty-second round's first code (ed748a0): blind81, blind82 and
	// blind83 29/30, blind84 every refusal; tuning318 29/30, tuning317, tuning319 and
	// tuning320 every refusal.
	"blind81-questions.jsonl": 1,
	"blind82-questions.jsonl": 1,
	// Written during it, the same with ed748a0 and 435d2da: blind85 29/30, blind86 27/30,
	// blind87 and blind88 every refusal; tuning321 29/30, tuning322 39/40, tuning323 28/30,
	// tuning324 38/40.
	"blind85-questions.jsonl": 1,
	"blind86-questions.jsonl": 1,
	// Written before the thirty-third round changed anything, scored with 8457e13: blind90
	// 27/30, tuning326 29/30, tuning328 29/30; blind89, blind91, blind92, tuning325 and
	// tuning327 every refusal.
	"blind90-questions.jsonl": 1,
	// Written during it, scored with 8457e13 and 9446992: tuning329 35/40 and 36/40,
	// tuning331 28/30 and tuning332 28/30 with both; tuning330 every refusal.
	// Written before the thirty-fourth round changed anything, scored with 6230326: blind93
	// 28/30; tuning333, tuning334 and tuning336 29/30; blind94 to blind96 and tuning335 every
	// refusal.
	"blind93-questions.jsonl": 1,
	// Written before the thirty-fifth round changed anything, scored with fae2922: tuning340
	// 28/30 (every refusal by the round's end); blind97 to blind100 and tuning337 to
	// tuning339 every refusal.
	// Written before the thirty-sixth round changed anything, scored with 9eac849: blind101
	// 28/30, blind102 29/30; blind103, blind104 and tuning341 to tuning344 every refusal.
	"blind101-questions.jsonl": 1,
	"blind102-questions.jsonl": 1,
	// Written during it, scored with 9eac849 and 35d3c47 alike: tuning347 29/30; tuning345,
	// tuning346 and tuning348 every refusal.
	// Written before the thirty-seventh round changed anything, scored with c3cedb6: blind107
	// 29/30, tuning349 29/30, tuning351 29/30; blind105, blind106, blind108, tuning350 and
	// tuning352 every refusal.
	"blind107-questions.jsonl": 1,
	// Written before the thirty-eighth round changed anything, scored with 29b57a7: blind111
	// 27/30, tuning354 28/30, tuning356 29/30; blind109, blind110, blind112, tuning353 and
	// tuning355 every refusal.
	"blind111-questions.jsonl": 2,
	// Written before the thirty-ninth round changed anything, scored with 1b4c5ae: blind113
	// 29/30, blind114 28/30, blind116 29/30, tuning358 29/30; blind115, tuning357, tuning359
	// and tuning360 every refusal.
	"blind113-questions.jsonl": 1,
	"blind114-questions.jsonl": 2,
	// Written during it, scored with 1b4c5ae and 6839e02 alike: tuning361 29/30, tuning362
	// 27/30, tuning364 28/30; tuning363 every refusal.
	// Written later in it, scored with 1b4c5ae and ad0e657 alike: tuning365 28/30, tuning366
	// 29/30; tuning367 and tuning368 every refusal.
	// Written before the fortieth round changed anything, scored with its first code
	// (ca4ec34): blind119 28/30, tuning372 26/30; blind117, blind118, blind120, tuning369,
	// tuning370 and tuning371 every refusal.
	"blind119-questions.jsonl": 1,
	// Written during it, scored with ca4ec34 and e262fd3 alike: tuning375 29/30; tuning373,
	// tuning374 and tuning376 every refusal.
	// Written before the forty-first round changed anything, scored with its first code
	// (9ef9828): blind122 29/30, blind124 29/30, tuning379 27/30; blind121, blind123,
	// tuning377, tuning378 and tuning380 every refusal.
	// Written during it, scored with 9ef9828 and 01e8180 alike: tuning381, tuning383 and
	// tuning384 29/30; tuning382 every refusal.
	// Written later in it, scored with 9ef9828 and 0660d51 alike: tuning388 28/30; tuning385,
	// tuning386 and tuning387 every refusal.
	// Written before the forty-second round changed anything, scored with its first code
	// (8528da7): blind125 to blind128 and tuning389 to tuning392 every refusal.
	// Written during it, scored with 8528da7 and 10123ef alike: tuning395 27/30, tuning396
	// 29/30; tuning393 and tuning394 every refusal.
	// Written later in it, scored with 8528da7 and b60db51 alike: tuning397 29/30; tuning398,
	// tuning399 and tuning400 every refusal.
	// Written last in it, scored with 8528da7 and 786f2ec alike: tuning415 29/30, tuning416
	// 29/30; tuning413 and tuning414 every refusal.
	// Written last in it, scored with 8528da7 and be4dc5f alike: tuning418 29/30, tuning419
	// 29/30; tuning417 and tuning420 every refusal.
	// Written last in it, scored with 8528da7 and 5c90151 alike: tuning422 29/30, tuning424
	// 29/30; tuning421 and tuning423 every refusal.
	// Written before the forty-third round changed anything, scored with its first code
	// (1446efe): blind132 29/30; blind129 to blind131 and tuning425 to tuning428 every refusal.
	// Written last in it, scored with 1446efe and 7ac4f53: tuning466 28/30 and 29/30, tuning468
	// 29/30 with both; tuning467 every refusal.
	// Written last in it, scored with 1446efe and 3d7c9a0 alike: tuning469, tuning471 and
	// tuning472 28/30; tuning470 every refusal.
	// Written during it, scored with 1446efe and 137b8b5 alike: tuning432 28/30; tuning429 to
	// tuning431 every refusal.
	// Written later in it, scored with 1446efe and b10a45f alike: tuning437 29/30, tuning439
	// 29/30; tuning438 and tuning440 every refusal.
	// Written later in it, scored with 1446efe and c2ddf2c alike: tuning442 29/30, tuning444
	// 29/30; tuning441 and tuning443 every refusal.
	// Written later in it, scored with 1446efe and 9ee600c alike: tuning448 28/30; tuning445
	// to tuning447 every refusal.
	// Written last in it, scored with 1446efe and c4c0457 alike: tuning453 29/30; tuning454
	// to tuning456 every refusal.
	// Written last in it, scored with 1446efe and eb6a580 alike: tuning457 29/30; tuning458
	// to tuning461 every refusal.
	// Written last in it, scored with 1446efe and ae4a14d alike: tuning462 28/30; tuning463
	// to tuning465 every refusal.
	// Written before the forty-fourth round changed anything, scored with its first code
	// (49f5012): blind133, blind135, blind136, tuning474, tuning475 and tuning476 29/30;
	// blind134 and tuning473 every refusal.
	"blind135-questions.jsonl": 1,
	"blind136-questions.jsonl": 1,
	// Written before the forty-fifth round changed anything, scored with its first code
	// (fee554d): blind138 29/30; blind137, blind139, blind140 and tuning517 to tuning520 every
	// refusal.
	"blind138-questions.jsonl": 1,
	// Written before the forty-sixth round changed anything, scored with its first code
	// (74b5975): blind142 and blind143 28/30, blind144 29/30; blind141 every refusal. Tuned
	// alongside: tuning555 28/30, tuning556 29/30; tuning553 and tuning554 every refusal.
	"blind142-questions.jsonl": 1,
	// Written before the forty-seventh round changed anything, scored with its first code
	// (2b27064): blind146 29/30; blind145, blind147 and blind148 every refusal. Tuned
	// alongside: tuning581 to tuning584 every refusal.
	"blind146-questions.jsonl": 1,
	// Written later in it, scored with ee5e3e4: tuning587, tuning588 and tuning590 29/30;
	// tuning585, tuning586, tuning589, tuning591 and tuning592 every refusal.
	// Written later in it, scored with dfc6fdf: tuning598 28/30, tuning595 and tuning596
	// 29/30; tuning593, tuning594, tuning597, tuning599 and tuning600 every refusal.
	// Written later still, scored with 4bebf14: tuning605 27/30, tuning607 28/30, tuning603
	// 29/30; tuning601, tuning602, tuning604, tuning606 and tuning608 every refusal.
	// The round's last, scored with 57b58b4: tuning610 28/30; tuning611 to tuning614 29/30;
	// tuning609, tuning615 and tuning616 every refusal.
	// The round's very last, scored with 5e8bd8a: tuning619 28/30, tuning618 29/30; tuning617
	// and tuning620 every refusal.
	// Written before the forty-eighth round changed anything, scored with its first code
	// (68a4f7c): blind150 29/30; blind149, blind151 and blind152 every refusal. Tuned
	// alongside: tuning622 and tuning624 29/30; tuning621 and tuning623 every refusal.
	// Written later in it, scored with a8571f2: tuning625 28/30; tuning626 to tuning628 every
	// refusal.
	// Written later in it, scored with b761091: tuning632 28/30, tuning629 and tuning630
	// 29/30; tuning631 every refusal.
	// Written later still, scored with 78c97c2: tuning638 29/30; tuning637, tuning639 and
	// tuning640 every refusal.
	// The round's last, scored with 7e7bb37: tuning641 29/30; tuning642 to tuning644 every
	// refusal.
	// tuning642, in Arabizi, was refused whole then, its refusals right by chance; read since,
	// it misses one (how many NATO members attended, answered with the four partners).
	// The round's very last, scored with 1ec3671: tuning645 and tuning646 29/30; tuning647
	// and tuning648 every refusal.
	// Written before the forty-ninth round changed anything, scored with its first code
	// (95f1f15): blind154 and blind156 29/30; blind153 and blind155 every refusal. Tuned
	// alongside: tuning652 29/30; tuning649 to tuning651 every refusal.
	"blind154-questions.jsonl": 1,
	"blind156-questions.jsonl": 1,
	// Written later in it, scored with 8c48041: tuning653 26/30, tuning654 and tuning655
	// 29/30; tuning656 every refusal.
	// Later in it, scored with 3bd0c79: tuning661 24/30, tuning664 28/30; tuning662 and
	// tuning663 every refusal.
	"tuning661-questions.jsonl": 5,
	// Later still, scored with ae1b2b2: tuning670 26/30, tuning671 23/30; tuning669 and
	// tuning672 every refusal.
	// Later still, scored with a1c98f7: tuning674, tuning675 and tuning676 29/30;
	// tuning673 every refusal.
	// Later still, scored with e534f27: tuning677 28/30, tuning679 29/30; tuning678
	// and tuning680 every refusal.
	// Later still, scored with 8a8de54: tuning681 and tuning684 28/30; tuning682 and
	// tuning683 every refusal.
	// The round's last, scored with 9d32ef0: tuning692 29/30; tuning689 to tuning691 every
	// refusal.
	// tuning689 to tuning691 were refused whole then, their refusals right by chance; read
	// since, tuning689 misses one (how many comfort women victims are alive) and tuning690
	// two (how many countries' leaders attended; what Putin said); tuning691 missed one (the
	// Gimpo–Haneda fare) until its lexicon's second pass.
	// Written before the fiftieth round changed anything, scored with its first code
	// (220ff16): blind158 and blind160 29/30; blind157 and blind159 every refusal. Tuned
	// alongside: tuning693 to tuning695 29/30; tuning696 every refusal.
	"blind158-questions.jsonl": 1,
	"blind160-questions.jsonl": 1,
	// Written later in it, scored with 8e40400: tuning699 and tuning700 29/30; tuning697 and
	// tuning698 every refusal.
	// Written later still, scored with d0f5cb6: blind161 29/30; blind162 to blind164 every
	// refusal. Tuned alongside: tuning701 28/30; tuning702 to tuning704 every refusal.
	// Later still, scored with c43ddb3: tuning705 28/30; tuning706 every refusal.
	// Later still, scored with 9c490e3: tuning709 to tuning711 29/30; tuning707, tuning708
	// and tuning712 every refusal.
	// Later still, scored with 1e10b45: tuning713 29/30; tuning714 every refusal.
	"tuning713-questions.jsonl": 1,
	// Blind, later still, scored with 43a0f3d: blind166 28/30 (as with 220ff16); blind165
	// every refusal.
	"blind166-questions.jsonl": 2,
	// Blind, at the round's end, scored with 464c631: blind170 29/30 (as with 220ff16),
	// blind172 29/30 (every refusal with 220ff16, which read none of it); blind167 to
	// blind169 and blind171 every refusal. tuning715 28/30 with both.
	"blind170-questions.jsonl": 1,
	// The round's last, scored with 5e3f438: tuning717 29/30; tuning716 and tuning718 every
	// refusal.
	// Blind, scored with 4999e8e: blind173 29/30 (as with 220ff16), blind175 29/30 (every
	// refusal with 220ff16); blind174 and blind176 every refusal.
	"blind173-questions.jsonl": 1,
	"blind175-questions.jsonl": 1,
	// Written later in it, scored with 1ea00ab: tuning561 and tuning563 29/30; tuning562 and
	// tuning564 every refusal.
	// Written later in it, scored with b8760ec: tuning565 and tuning567 29/30, tuning568 26/30;
	// tuning566 every refusal.
	// Written later still, scored with 4f12296: tuning569 to tuning572 every refusal. tuning570,
	// in French, was refused whole then, its refusals right by chance; read in English since,
	// it misses one (the three materials' names asked as "c'est lesquels, les noms?").
	// The round's last, scored with 240250b: tuning579 28/30; tuning577, tuning578 and
	// tuning580 every refusal.
	// Written later in it, scored with 038d165: tuning521 to tuning524 29/30 each.
	// Written later in it, scored with cad47bf: tuning525 to tuning527 29/30, tuning528 27/30.
	// Written later in it, scored with a78d3ec: tuning529, tuning531 and tuning532 29/30,
	// tuning530 27/30.
	// Written later in it, scored with 86272e0: tuning535 23/30.
	"tuning535-questions.jsonl": 3,
	// Written later in it, scored with 4f7c1e8: tuning539 28/30, tuning540 29/30; tuning537
	// and tuning538 every refusal.
	// Written later in it, scored with af0dd9e: tuning548 29/30; tuning545 to tuning547 every
	// refusal.
	// The round's last, scored with 05ba1fe: tuning550 28/30; tuning549, tuning551 and
	// tuning552 every refusal.
	// Written in it, scored with c6bf793: tuning479 and tuning480 29/30; tuning477 and
	// tuning478 every refusal.
	// Written later in it, scored with 7407380: tuning481 26/30, tuning484 29/30; tuning482 and
	// tuning483 every refusal.
	// Written later still in it, scored with 5a41375: tuning487 and tuning488 28/30;
	// tuning485 and tuning486 every refusal.
	// Written later in it, scored with 67d7c1f: tuning491 29/30; tuning489, tuning490 and
	// tuning492 every refusal.
	// Written later in it, scored with acbf737: tuning499 27/30; tuning497, tuning498 and
	// tuning500 every refusal.
	// Written later in it, scored with a0e98f1: tuning504 28/30; tuning501 to tuning503 every
	// refusal.
	// Written later in it, scored with dfabe24: tuning505 and tuning506 29/30; tuning507 and
	// tuning508 every refusal.
	// The round's last, scored with 4014f7c: tuning514 27/30; tuning513, tuning515 and
	// tuning516 every refusal.
	// The round's very last, scored with 0f3c490: tuning719 29/30, tuning721 28/30;
	// tuning720 and tuning722 every refusal.
	// Blind, written at the fifty-first round's start, scored with 91d4c25: blind178 29/30,
	// blind183 28/30; the other six every refusal.
	"blind178-questions.jsonl": 1,
	// Written in the fifty-first round, scored with f32b872: tuning728 28/30; the other seven
	// every refusal.
	// Written later in it, scored with 19000a7: tuning733, tuning736 and tuning737 29/30;
	// tuning731, tuning732, tuning734 and tuning735 every refusal.
	// blind184 (Moroccan Arabizi) 29/30 since Darija was read (377decb): the first
	// code read none of it, so refused every question by chance; read, one that must be
	// refused is answered. Which one has not been looked at.
	"blind184-questions.jsonl": 1,
	// Blind, written later in it, scored with 91d4c25 and f462c1b: blind187 27/30 with both,
	// blind190 29/30 with both; blind191 30/30 with 91d4c25 and 29/30 with f462c1b, the
	// refusal lost to f32b872's reading of each sentence's asking word (found by building
	// that file back, counting only); the other five every refusal.
	"blind187-questions.jsonl": 3,
	"blind190-questions.jsonl": 1,
	// Written later still, scored with 4ebc13c: tuning739 and tuning740 28/30; tuning738 and
	// tuning741 to tuning743 every refusal.
	// Blind, written at the fifty-second round's start, scored with de89117: blind195 29/30,
	// blind197, blind198 and blind200 27/30; the other four every refusal.
	"blind195-questions.jsonl": 1,
	"blind197-questions.jsonl": 1,
	"blind198-questions.jsonl": 2,
	"blind200-questions.jsonl": 1,
	// Written at the fifty-second round's start, scored with 21c1edb: tuning749 to tuning752
	// 29/30, tuning753 28/30, tuning754 27/30; tuning748 and tuning755 every refusal.
	// Blind, written later in it, scored with de89117 and f721d0d: blind201 29/30 with both;
	// blind202 every refusal.
	"blind201-questions.jsonl": 1,
	// Blind, written later still, scored with de89117 and b221a70: blind203 29/30 with both,
	// blind206 28/30 with both; blind204 29/30 with de89117 and 30/30 with b221a70; the
	// other three every refusal.
	// Written later in it, scored with 6d5be51: tuning756 29/30; tuning757 every refusal.
	// Blind, written later still, scored with de89117 and e96d503: blind212 29/30 with both;
	// the other four every refusal.
	"blind212-questions.jsonl": 1,
	// Written after them, scored with db008d3: tuning762 29/30; tuning763 every refusal.
	// The round's last, scored with d76d54f: tuning764 29/30, tuning765 28/30.
	// Blind, written at the round's end, scored with de89117 and 001e5fd: blind214 28/30 and
	// 27/30, blind215 30/30 and 29/30, blind216 29/30 with both; blind217 29/30 and 30/30.
	// blind214's refusal was lost to ea07064's romanised Korean and blind215's to 39252b6's
	// Manglish (found by building each commit back, counting only): the first code read
	// none of those words and refused the questions by chance; read, each is answered.
	"blind214-questions.jsonl": 2,
	"blind216-questions.jsonl": 1,
	// Written with them, scored with 540f8f7: tuning766 and tuning767 29/30.
	"tuning767-questions.jsonl": 1,
	// The very last, scored with 0382d6e: tuning768 28/30, tuning769 29/30.
	"tuning768-questions.jsonl": 1,
	// Blind, written at the fifty-third round's start, scored with 790cdd5: blind221
	// (Indonesian) 26/30, blind225 (Bisaya) 27/30.
	"blind221-questions.jsonl": 3,
	// Written at the fifty-third round's start, scored with a089b47: tuning770 24/30,
	// tuning771 26/30, tuning772 29/30, tuning773 28/30, tuning776 28/30, tuning777 29/30.
	// Written after them, scored with bd0e905: tuning779, tuning780 and tuning782 29/30.
	// Blind, written later in the round, scored with 790cdd5 and 3705c81: blind226 28 and
	// 30/30, blind228 29 and 29, blind229 29 and 29, blind230 29 and 30.
	"blind229-questions.jsonl": 1,
	// Written later in the round, scored with d788e4c: tuning784 28/30, tuning786 28/30,
	// tuning787 29/30, tuning789 29/30.
	// Blind, written at the round's end, scored with 790cdd5 and 35ec8f2: blind233 29 and
	// 29/30, blind234 29 and 30, blind235 28 and 28, blind236 28 and 28, blind238 28 and
	// 28, blind239 29 and 29.
	"blind233-questions.jsonl": 1,
	"blind235-questions.jsonl": 2,
	"blind236-questions.jsonl": 1,
	"blind238-questions.jsonl": 2,
	"blind239-questions.jsonl": 1,
	// The round's last, scored with a1c77d6: tuning792, tuning794, tuning795 and tuning796
	// 29/30, tuning793 28/30.
	"tuning794-questions.jsonl": 1,
	// Written after the round's last, scored with 04baca5: tuning797, tuning799 and
	// tuning800 29/30, tuning798 28/30.
	"tuning797-questions.jsonl": 1,
	// Blind, written at the fifty-fourth round's start, scored with 5dc1f6b: blind241 and
	// blind242 29/30, blind247 27/30.
	"blind242-questions.jsonl": 1,
	"blind247-questions.jsonl": 3,
	// Written at the fifty-fourth round's start, scored with 688643b: tuning802, tuning805
	// 29/30, tuning803, tuning806, tuning807, tuning808 28/30.
	// Read as Banglish after, one more asks the police commissioner's name in Bengali order
	// ("…je … namechilen, tar naam ki?"), which no reading of its relative clause yet finds.
	"tuning803-questions.jsonl": 2,
	// Written after them, scored with f9213e6: tuning810 29/30.
	// Written later still, scored with 4b26460: tuning816 29/30, tuning819 28/30.
	// Blind, written later in the round, scored with 5dc1f6b and 67de69a: blind248 29 and
	// 29/30, blind249 28 and 28, blind250 27 and 26, blind251 29 and 29, blind252 29 and 29.
	"blind249-questions.jsonl": 2,
	"blind252-questions.jsonl": 1,
	// Written after them, scored with 11bd6c6: tuning820 28/30, tuning822 29/30, tuning823
	// 28/30.
	// Blind, written at the fifty-fifth round's start, scored with 5dc1f6b and 425bc53 alike:
	// blind253 28/30, blind255 28/30, blind256 29/30, blind258 29/30.
	"blind253-questions.jsonl": 1,
	"blind255-questions.jsonl": 1,
	// Written after them, scored with 7746db1: tuning826 to tuning828 29/30, tuning829 28/30,
	// tuning830 and tuning831 27/30.
	// Written later still, scored with f26ced1: tuning832 28/30.
	// Blind, written later in the round, scored with 5dc1f6b and 10cfed5: blind259 to
	// blind263 29/30 with both.
	"blind260-questions.jsonl": 1,
	"blind263-questions.jsonl": 1,
	// Written at the same time, scored with 10cfed5: tuning833 27/30, tuning834 29/30.
	// Written after them, scored with c184478: tuning835 28/30, tuning836 and tuning837 29/30.
	"tuning835-questions.jsonl": 1,
	// Blind, written at the fifty-sixth round's start, scored with d8a007c: blind266 and
	// blind267 29/30, blind268 27/30.
	"blind266-questions.jsonl": 1,
	"blind268-questions.jsonl": 1,
	// Written at the fifty-sixth round's start, scored with 11cddc9: tuning838 28/30,
	// tuning840, tuning841 and tuning844 29/30, tuning843 27/30.
	"tuning843-questions.jsonl": 1,
	// Blind, written later in the round, scored with d8a007c and 16fef0a: blind275 28/30
	// with both.
	"blind275-questions.jsonl": 1,
	// Written at the same time, scored with 16fef0a: tuning847 and tuning849 29/30,
	// tuning848 28/30.
	// Written later still, scored with e3d8915: tuning850 29/30, tuning851 28/30.
	"tuning851-questions.jsonl": 1,
	// Blind, written at the fifty-seventh round's start, scored with fd4499c: blind276,
	// blind281 and blind283 29/30, blind278, blind279 and blind282 28/30, blind277 25/30.
	"blind277-questions.jsonl": 2,
	"blind278-questions.jsonl": 1,
	"blind279-questions.jsonl": 2,
	"blind281-questions.jsonl": 1,
	// Blind, written later in the round, scored with fd4499c and 6c14bd6: blind284 and
	// blind286 29/30, blind288 28/30, blind285 27/30, blind287 25/30 with both.
	"blind285-questions.jsonl": 1,
	"blind287-questions.jsonl": 3,
	"blind288-questions.jsonl": 2,
	// Blind, written at the fifty-eighth round's start, scored with 432cb83: blind291 29/30,
	// blind289, blind290 and blind292 28/30, blind294 27/30; the other five 30/30.
	"blind289-questions.jsonl": 2,
	"blind290-questions.jsonl": 2,
	"blind291-questions.jsonl": 1,
	"blind292-questions.jsonl": 1,
	"blind294-questions.jsonl": 1,
	// Blind, written later in the round, scored with 432cb83 and a6f9966: blind301 and
	// blind302 29/30, blind299 and blind303 28/30, blind300 26/30 with both.
	"blind300-questions.jsonl": 3,
	"blind301-questions.jsonl": 1,
	"blind302-questions.jsonl": 1,
	"blind303-questions.jsonl": 2,
	// Blind, written at the fifty-ninth round's start, scored with 0a3e957: blind308 29/30,
	// blind307 and blind309 27/30, blind305 26/30, blind306 25/30; blind304 30/30.
	"blind305-questions.jsonl": 3,
	"blind306-questions.jsonl": 1,
	"blind307-questions.jsonl": 1,
	"blind309-questions.jsonl": 3,
	// Blind, written later in the round, scored with 0a3e957 and a4b4afe: blind310 27/30
	// with both, blind311 28/30 and 27/30; blind312 30/30 with both, blind313 29/30 and 30/30.
	"blind310-questions.jsonl": 2,
	"blind311-questions.jsonl": 2,
	// Blind, written at the sixtieth round's start, scored with b0a2e22: blind314 and
	// blind318 27/30, blind316 29/30; blind315 and blind317 30/30.
	"blind314-questions.jsonl": 2,
	"blind318-questions.jsonl": 2,
	// Blind, written mid-round, scored with b0a2e22: blind319 and blind320 29/30;
	// blind321 and blind322 30/30.
	"blind319-questions.jsonl": 1,
	"blind320-questions.jsonl": 1,
	// Blind, written at the sixty-first round's start, scored with 82ba19a: blind324,
	// blind325, blind326, blind327 and blind330 28/30; blind323, blind328 and blind331 29/30;
	// blind329 30/30.
	"blind323-questions.jsonl": 1,
	"blind324-questions.jsonl": 1,
	"blind325-questions.jsonl": 1,
	"blind326-questions.jsonl": 2,
	"blind327-questions.jsonl": 1,
	"blind330-questions.jsonl": 2,
	"blind331-questions.jsonl": 1,
	// Blind, written at the sixty-second round's start, scored with ede5946: blind333
	// 26/30; blind332, blind334, blind335, blind336, blind337 and blind339 29/30; blind338
	// 30/30.
	"blind332-questions.jsonl": 1,
	"blind333-questions.jsonl": 2,
	"blind334-questions.jsonl": 1,
	"blind336-questions.jsonl": 1,
	"blind337-questions.jsonl": 1,
	"blind339-questions.jsonl": 1,
	// Blind, written at the sixty-third round's start, scored with d67db04: blind340 28/30, blind341
	// 30/30, blind342 29/30, blind343 28/30, blind344 28/30, blind345 29/30, blind346 29/30, blind347
	// 30/30.
	"blind340-questions.jsonl": 2,
	"blind342-questions.jsonl": 1,
	"blind343-questions.jsonl": 2,
	"blind344-questions.jsonl": 2,
	"blind346-questions.jsonl": 1,
	// Blind, written at the sixty-fourth round's start, scored with 0c2e2d31: blind348 28/30, blind349
	// 28/30, blind350 29/30, blind351 30/30, blind352 26/30, blind353 30/30, blind354 30/30, blind355
	// 29/30.
	"blind348-questions.jsonl": 2,
	"blind349-questions.jsonl": 2,
	"blind350-questions.jsonl": 1,
	"blind352-questions.jsonl": 4,
	"blind355-questions.jsonl": 1,
	// Blind, written at the sixty-fifth round's start, scored with 57ce3285: blind356 30/30, blind357
	// 25/30, blind358 26/30, blind359 29/30, blind360 27/30, blind361 28/30, blind362 27/30, blind363
	// 29/30.
	"blind357-questions.jsonl": 5,
	"blind358-questions.jsonl": 3,
	"blind359-questions.jsonl": 1,
	"blind360-questions.jsonl": 2,
	"blind361-questions.jsonl": 2,
	"blind362-questions.jsonl": 1,
	"blind363-questions.jsonl": 1,
	// Blind, written at the sixty-sixth round's start, scored with d6e67d87: blind364 30/30, blind365
	// 27/30, blind366 29/30, blind367 29/30, blind368 27/30, blind369 30/30, blind370 30/30, blind371
	// 27/30.
	"blind365-questions.jsonl": 3,
	"blind366-questions.jsonl": 1,
	"blind367-questions.jsonl": 1,
	"blind368-questions.jsonl": 2,
	"blind371-questions.jsonl": 2,
	// Blind, written at the sixty-seventh round's start, scored with 230c3051: blind372 30/30,
	// blind373 29/30, blind374 29/30, blind375 28/30, blind376 29/30, blind377 27/30, blind378 27/30,
	// blind379 30/30.
	"blind373-questions.jsonl": 1,
	"blind374-questions.jsonl": 1,
	"blind375-questions.jsonl": 1,
	"blind377-questions.jsonl": 1,
	"blind378-questions.jsonl": 2,
	// Blind, written at the sixty-eighth round's start, scored with 83f00ab7: blind380 30/30, blind381
	// 30/30, blind382 30/30, blind383 28/30, blind384 30/30, blind385 28/30, blind386 28/30, blind387
	// 30/30.
	"blind383-questions.jsonl": 2,
	"blind385-questions.jsonl": 1,
	"blind386-questions.jsonl": 2,
	// Blind, written at the sixty-ninth round's start, scored with 3879d9d5: blind388 27/30, blind389
	// 28/30, blind390 28/30, blind391 29/30, blind392 25/30, blind393 24/30, blind394 29/30, blind395
	// 28/30.
	"blind388-questions.jsonl": 2,
	"blind389-questions.jsonl": 2,
	"blind390-questions.jsonl": 2,
	"blind391-questions.jsonl": 1,
	"blind392-questions.jsonl": 4,
	"blind393-questions.jsonl": 6,
	"blind394-questions.jsonl": 1,
	"blind395-questions.jsonl": 2,
	// Blind, written at the seventieth round's start, scored with 996ecef0: blind396 29/30, blind397
	// 28/30, blind398 23/30, blind399 27/30, blind400 22/30, blind401 23/30, blind402 26/30, blind403
	// 25/30.
	"blind396-questions.jsonl": 1,
	"blind397-questions.jsonl": 1,
	"blind398-questions.jsonl": 7,
	"blind399-questions.jsonl": 3,
	"blind400-questions.jsonl": 8,
	"blind401-questions.jsonl": 7,
	"blind402-questions.jsonl": 4,
	"blind403-questions.jsonl": 5,
	// Written at the fifty-seventh round's start, scored with 0fae812: tuning853, tuning855
	// and tuning859 29/30, tuning854, tuning856 and tuning857 27/30.
	// Written later in the round, scored with 74ed8a0: tuning862 29/30, tuning860,
	// tuning863 and tuning864 28/30, tuning865 27/30, tuning861 26/30.
	"tuning861-questions.jsonl": 1,
	// Written at the fifty-eighth round's start, scored with 781d49b: tuning871 29/30,
	// tuning867 to tuning870, tuning873 and tuning875 28/30, tuning872, tuning876 and
	// tuning877 27/30; tuning874 30/30.
	"tuning868-questions.jsonl": 1,
	"tuning869-questions.jsonl": 1,
	"tuning871-questions.jsonl": 1,
	"tuning872-questions.jsonl": 2,
	"tuning875-questions.jsonl": 1,
	"tuning876-questions.jsonl": 1,
	"tuning877-questions.jsonl": 1,
	// Written later in the round, scored with 38f7162: tuning879 and tuning880 29/30,
	// tuning878 30/30.
	// Written later still, scored with 38f7162: tuning881 29/30, tuning882 28/30, tuning883
	// 27/30.
	// Written at the fifty-ninth round's start, scored with 0a3e957: tuning884 30/30,
	// tuning885 28/30.
	// Written later in the fifty-ninth round, scored with 7f53957: tuning887 28/30,
	// tuning886 and tuning888 30/30.
	// Written later still, scored with f6ad277: tuning889 and tuning891 29/30, tuning890
	// 27/30.
	"tuning891-questions.jsonl": 1,
	// Written at the sixtieth round's start, scored with b0a2e22: tuning893 30/30,
	// tuning894 and tuning896 28/30, tuning892 27/30, tuning895 26/30.
	"tuning892-questions.jsonl": 1,
	// Written later in the sixtieth round, scored with 5b29478: tuning897 28/30,
	// tuning898 30/30.
	// Written later still, scored with f39f78f: tuning899 27/30, tuning900 28/30.
	// Written at the sixty-first round's start, scored with 82ba19a: tuning901, tuning903,
	// tuning907 and tuning908 30/30, tuning904, tuning905 and tuning909 29/30, tuning902 and
	// tuning906 28/30.
	// Written at the sixty-second round's start, scored with ede5946: tuning916 and
	// tuning917 30/30, tuning911 to tuning915 29/30, tuning910 27/30.
	// Written in the sixty-second round's second half, scored with 11edb79: tuning923 and
	// tuning925 30/30, tuning918, tuning919, tuning920, tuning922 and tuning924 29/30,
	// tuning921 27/30.
	"tuning919-questions.jsonl": 1,
	// Written at the sixty-third round's start, scored with 805f9f8: tuning926 27/30, tuning927 26/30,
	// tuning928 30/30, tuning929 29/30, tuning930 28/30, tuning931 29/30, tuning932 30/30, tuning933
	// 30/30.
	"tuning926-questions.jsonl": 1,
	"tuning931-questions.jsonl": 1,
	// Written in the sixty-fifth round, scored with 4d59de92: tuning934 30/30, tuning935 28/30,
	// tuning936 28/30, tuning937 27/30.
	// Written in the sixty-sixth round, scored with 4f76d494: tuning938 30/30, tuning939 29/30,
	// tuning940 29/30, tuning941 29/30, tuning942 26/30.
	"tuning940-questions.jsonl": 1,
	"tuning942-questions.jsonl": 1,
	// Written later in the sixty-sixth round, scored with 6ea86be1: tuning943 30/30, tuning944 29/30,
	// tuning945 28/30, tuning946 30/30.
	"tuning944-questions.jsonl": 1,
	// Written late in the sixty-sixth round, scored with 63f60c29: tuning947 28/30, tuning948 30/30.
	"tuning947-questions.jsonl": 1,
	// Written in the sixty-seventh round, scored with 2b168491: tuning949 29/30, tuning950 30/30,
	// tuning951 30/30, tuning952 29/30, tuning953 29/30, tuning954 25/30, tuning955 30/30, tuning956
	// 28/30.
	"tuning954-questions.jsonl": 2,
	// Written in the sixty-seventh round, scored with dd04d4db: tuning957 29/30, tuning958 29/30,
	// tuning959 29/30, tuning960 28/30.
	// Written at the sixty-eighth round's start, scored with 7c19ddad: tuning961 29/30, tuning962
	// 30/30, tuning963 30/30, tuning964 29/30, tuning965 28/30, tuning966 27/30, tuning967 29/30,
	// tuning968 30/30.
	"tuning966-questions.jsonl": 1,
	// Written at the sixty-eighth round's start, scored with 9306c947: tuning969 27/30, tuning970
	// 28/30, tuning971 30/30, tuning972 29/30.
	// Written at the sixty-ninth round's start, scored with c1abb890: tuning973 29/30, tuning974
	// 26/30, tuning975 23/30, tuning976 27/30.
	"tuning975-questions.jsonl": 1,
	// Written at the seventieth round's start, scored with 3d95eaf0: tuning977 29/30, tuning978 24/30,
	// tuning979 27/30, tuning980 25/30, tuning981 26/30, tuning982 23/30, tuning983 27/30, tuning984
	// 27/30.
	"tuning978-questions.jsonl": 3,
	"tuning979-questions.jsonl": 3,
	"tuning980-questions.jsonl": 2,
	"tuning981-questions.jsonl": 1,
	"tuning982-questions.jsonl": 4,
}

// TestDevQuestions runs every question of every set through the same path as
// `briefbot ask --format json` and requires evalGate of each to pass, every refusal included.
func TestDevQuestions(t *testing.T) {
	store, err := briefs.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	// The dispatcher runs without the world when it fails to load, refusing nothing it
	// covers: scored so, every set would fall at once for a reason no question shows.
	if _, err := briefs.NewWorld(store); err != nil {
		t.Fatal(err)
	}
	d := NewDispatcher(nil, store)
	for _, path := range evalFiles(t) {
		cases := readEval(t, path)
		passed, refusals, refusalsOK := 0, 0, 0
		for _, c := range cases {
			j := ToJSON(d.Handle(context.Background(), Request{Text: c.Q, Platform: "cli"}))
			text := evalNorm(j.Text + " " + j.Title)
			ok, why := true, ""
			switch {
			case c.Refuse:
				refusals++
				if j.Found {
					ok, why = false, "answered where it should refuse"
				} else {
					refusalsOK++
				}
			default:
				for _, g := range c.Any {
					hit := false
					for _, alt := range g {
						hit = hit || strings.Contains(text, evalNorm(alt))
					}
					if !hit {
						ok, why = false, "missing one of "+strings.Join(g, "|")
						break
					}
				}
				for _, w := range c.All {
					if !strings.Contains(text, evalNorm(w)) {
						ok, why = false, "missing "+w
						break
					}
				}
			}
			if ok {
				passed++
			} else {
				if !slices.Contains(blindSets, filepath.Base(path)) {
					t.Logf("FAIL %s %q: %s", c.ID, c.Q, why)
				}
			}
		}
		rate := float64(passed) / float64(len(cases))
		t.Logf("%s: passed %d/%d (%.0f%%), refusals %d/%d", filepath.Base(path), passed, len(cases), rate*100, refusalsOK, refusals)
		gate := evalGate
		if g, ok := floors[filepath.Base(path)]; ok {
			gate = g
		}
		if rate < gate {
			t.Errorf("%s: pass rate %.0f%% is below %.0f%%", filepath.Base(path), rate*100, gate*100)
		}
		if refusalsOK < refusals-refusalsMissed[filepath.Base(path)] {
			t.Errorf("%s: refusals %d/%d; every refusal must pass", filepath.Base(path), refusalsOK, refusals)
		}
	}
}
