"""English: what the engine knows of it (see `language.profile` for what each answer is for)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="en",
    name_connectors=words("of for and on in"),
    function_words=words(
        "the a an and but or nor if when while after before as at by for from in into of on to with without "
        "this that these those there here it its he she they we i you his her their our your my me him them "
        "us who whom whose which what where why how all some any many much more most other another such no "
        "not only own same so than too very can will just should now also however meanwhile although though "
        "because since until unless whether yet still even ever both each every few either neither one two "
        "three four five six seven eight nine ten first second third last next new earlier later then thus "
        "hence therefore instead despite during according among between over under above below up down out "
        "off again further once about against through throughout toward towards upon within around near "
        "across along amid following including regarding do does did is are was were be been being have has "
        "had may might must shall would could let yes please dozens hundreds thousands scores several "
        "yesterday today tomorrow tonight whatever whoever wherever nearly almost perhaps maybe indeed asked "
        "speaking elsewhere overall finally already rather often sometimes never always unlike like mr mrs ms"
    ),
    term_stop_words=words(
        "a about after again against all also an and any are as at be because been before being between both "
        "but by can could did do does doing down during each few for from further had has have having he her "
        "here hers him his how i if in into is it its just me more most my no nor not now of off on once only "
        "or other our out over own said same she should so some such than that the their them then there "
        "these they this those through to too under until up very was we were what when where which while who "
        "whom why will with would you your says say one two new last first year years"
    ),
    articles=words("a an the"),
    time_words=words(
        "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
        "august september october november december christmas easter ramadan mon tue tues wed thu thur thurs "
        "fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    titles=words(
        "president minister secretary general colonel lieutenant captain sergeant commander admiral "
        "chancellor king queen prince princess emir sheikh shaikh imam ayatollah pope cardinal bishop "
        "archbishop rabbi senator chief congressman congresswoman governor mayor judge ambassador director "
        "chairman chairwoman professor doctor sir dame lord sultan spokesman spokeswoman spokesperson speaker "
        "brig gen col lt maj capt sgt cpl pvt adm cmdr dr mr mrs ms prof sen rep gov rev hon pres supt insp "
        "det"
    ),
    title_modifiers=words(
        "vice prime deputy foreign defense defence interior finance former acting crown supreme chief senior "
        "attorney major first house state lt. assistant associate executive managing grand opposition police "
        "army military party health justice education energy trade labour labor union cabinet press"
    ),
    abbreviations=words("st mt ft jr"),
    org_heads=words(
        "centers centres institutes ministries forces force units unit council observatory agency army "
        "organization organisation ministry department party committee commission union association institute "
        "institution university college school academy bank company corporation corp inc ltd group front "
        "brigade brigades battalion corps guard guards police service services assembly parliament congress "
        "senate court office authority federation league foundation fund society board alliance movement "
        "coalition center centre network press news times post journal media television radio programme "
        "program cross crescent airlines airways motors electric industries holdings church mosque club team "
        "government administration command regime militia"
    ),
    place_heads=words(
        "river province city valley mountains mountain lake sea island islands street square bridge airport "
        "hospital stadium desert strait gulf bay ocean region county district park border town village "
        "governorate"
    ),
    place_next=words(
        "province city region governorate district county river valley border town village area neighborhood "
        "neighbourhood countryside outskirts"
    ),
    place_prefixes=words("saint st mount mt lake fort cape port new"),
    place_prepositions=words("in near outside across throughout inside"),
    place_of=words("city town village province district region"),
    org_next=words(
        "agency coalition government forces army party company ministry council news newspaper spokesman "
        "spokeswoman spokesperson commander commanders leader leaders official officials chief alliance "
        "witness reporter correspondent statement"
    ),
    group_next=words(
        "group militia militias fighters militants rebels jihadists jihadis insurgents militiamen members "
        "supporters loyalists gunmen positions territory rule control stronghold strongholds"
    ),
    group_suffixes=words("held controlled fighters militants"),
    place_suffixes=words("based"),
    role_nouns=words(
        "spokesman spokeswoman spokesperson commander leader head chief director minister president official "
        "secretary chairman chairwoman chair envoy ambassador general colonel officer analyst researcher "
        "professor expert founder mayor governor senator lawmaker adviser advisor correspondent reporter "
        "editor deputy representative coordinator negotiator prosecutor judge lawyer attorney economist "
        "activist journalist executive ceo manager spokespeople"
    ),
    role_prepositions=words("for of at with"),
    role_modifier_orgs=words("coalition army police government military militia rebel opposition party ministry"),
    speech_after=words(
        "said says say told tells added adds announced announces stated declared explained wrote writes "
        "warned insisted noted claimed confirmed cried shouted replied asked reported"
    ),
    speech_before=words("said says added asked wrote cried shouted replied"),
    demonyms=words(
        "kurdish arab arabic british english french dutch swiss greek turkish western eastern northern "
        "southern sunni shiite shia islamic muslim christian jewish yazidi alawite islamist jihadist european "
        "african asian american canadian australian latin scandinavian nordic norwegian swedish danish "
        "finnish irish scottish welsh spanish portuguese polish czech chinese japanese korean vietnamese thai "
        "filipino lebanese sudanese congolese palestinian persian gulf ottoman soviet allied federal "
        "international national regional local"
    ),
    not_labels=words(
        "UPDATE UPDATED BREAKING NOTE CORRECTION WATCH VIDEO PHOTOS PHOTO READ RELATED MORE CLICK CAPTION "
        "SOURCE SOURCES TRANSCRIPT ANNOUNCER UNIDENTIFIED CROWD VOICE WARNING EXCLUSIVE ANALYSIS OPINION"
    ),
    not_acronyms=words("AM PM OK TV GMT UTC EST EDT CET BST ID CEO CFO COO PS PhD DNA GDP NO LRB RRB LSB RSB LCB RCB"),
    quote_marks={"“": "”"},
    speech_verbs=phrases(
        "said|says|say|told|tells|added|adds|announced|announces|stated|declared|explained|wrote|writes|"
        "warned|insisted|noted|claimed|confirmed|cried|shouted|replied|asked|reported|continued|recalled"
    ),
    reporting_verbs=words(
        "said says told announced announces added stated declared explained wrote warned insisted noted claimed "
        "confirmed reported"
    ),
    bare_clause_verbs=words("said says told"),
    according_to=phrases("according to"),
    person_pronouns=words("he she"),
    thing_pronouns=words("it"),
    definite_words=words("the this that"),
    subordinators=words(
        "if when while after before although though as because since unless until once whether where which that"
    ),
    conjunctions=words("and but or"),
    after_speech_verb=words(
        "on in a an the today tonight yesterday earlier later also then morning evening afternoon night reporters "
        "journalists news agency newspaper"
    ),
    weekdays=words("monday tuesday wednesday thursday friday saturday sunday"),
    speaker_org_tails=words(
        "news agency group militia coalition monitor newspaper channel broadcaster forces alliance organisation "
        "organization network outlet television tv radio daily website ministry"
    ),
    dangling_words=words("and or but the a an of to with in on for that which who"),
    clause_openers=words("they he she it we i there the a an some all its his her their this these"),
    modifier_tails=phrases("led|backed|based|run|born|controlled|held"),
    decimal=".",
    decimal_words=words("point"),
    number_words=(
        "zero:0 nought:0 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13 "
        "fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 "
        "fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 one:1 a:1 an:1 hundred:100* thousand:1e3* "
        "million:1e6* billion:1e9*"
    ),
    number_and=("and",),
    number_between="between",
    ones=words("a an one"),
    fractions=words("half"),
    scales={
        "hundred": 100.0,
        "thousand": 1000.0,
        "million": 1000000.0,
        "mn": 1000000.0,
        "billion": 1000000000.0,
        "bn": 1000000000.0,
        "trillion": 1000000000000.0,
    },
    qualifiers={
        "about": "about|around|some|roughly|approximately|approx.|circa|ca.|estimated|an estimated|an approximate",
        "over": "more than|over|upwards of|in excess of|above|well over",
        "at least": "at least|no fewer than|no less than|a minimum of",
        "under": "fewer than|less than|under|below",
        "up to": "up to|as many as|at most|a maximum of",
        "nearly": "nearly|almost|close to|just under|just shy of|nearing",
        "just over": "just over|just above|slightly more than|a little over|a little more than",
    },
    after_qualifiers={
        "or more": "at least",
        "or so": "about",
        "-plus": "at least",
        "plus": "at least",
        "+": "at least",
    },
    vague=(
        ("hundreds of thousands", 200000.0, 999999),
        ("tens of thousands", 20000.0, 99999),
        ("a few hundred", 200, 400),
        ("a few thousand", 2000, 4000),
        ("a few dozen", 24, 60),
        ("several hundred", 300, 900),
        ("several thousand", 3000, 9000),
        ("several dozen", 36, 108),
        ("a couple of hundred", 200, 300),
        ("a couple hundred", 200, 300),
        ("a dozen", 10, 14),
        ("dozens", 24, 99),
        ("scores", 40, 99),
        ("hundreds", 200, 999),
        ("thousands", 2000, 9999),
        ("millions", 2000000.0, 9999999),
        ("a handful", 3, 6),
    ),
    ordinal_words="first:1 second:2 third:3 fifth:5 eighth:8 ninth:9 twelfth:12",
    ordinal_rules=("y>ieth", ">th"),
    ordinal_digits="st|nd|rd|th",
    minus_words=phrases("minus|negative"),
    percent_words=phrases("percent|per cent|pct.|pct"),
    currencies={"USD": "dollars dollar", "EUR": "euros euro", "GBP": "pounds pound", "JPY": "yen", "CHF": "francs"},
    durations={
        "seconds": "second seconds",
        "minutes": "minute minutes",
        "hours": "hour hours hrs",
        "days": "day days",
        "weeks": "week weeks",
        "months": "month months",
        "years": "year years",
        "decades": "decade decades",
    },
    measures={
        "temperature": "degrees degree",
        "points": "basis points",
        "km": "kilometres kilometers kilometre kilometer",
        "miles": "miles mile",
        "m": "metres meters metre meter",
        "kg": "kilograms kilogrammes kilos kilo",
        "tonnes": "tonnes tons",
        "litres": "litres liters litre liter",
        "hectares": "hectares acres",
        "magnitude": "magnitude",
        "inches": "inches inch feet foot yards yard",
        "gallons": "gallons gallon",
        "ounces": "ounces ounce",
        "barrels": "barrels barrel",
    },
    ratio_after=phrases("times|fold"),
    age_after=phrases("old"),
    age_before=phrases("aged|age of"),
    story_ago=phrases("earlier"),
    ago_after=phrases("ago|earlier"),
    window_before=phrases("past|last|recent|previous|next|coming|first|final"),
    label_before=phrases(
        "no.|number|resolution|article|route|highway|flight|room|page|chapter|section|paragraph|phase|platform|gate"
    ),
    clock_after=phrases("o'clock|local time|hrs"),
    claim_stop_words=words(
        "a an the this that these those its their his her our your my some any all each every many much more "
        "most few several other another such no not and or but nor so yet while whereas although though "
        "because as than then when where which who whom whose what how if whether of in on at to for from by "
        "with without within into onto over under about after before since during until upon among between "
        "through across against around near toward towards per via is are was were be been being am has have "
        "had having do does did will would shall should can could may might must said says say told according "
        "reportedly allegedly also still already just only even there here it they them he she we you i "
        "including include so-called now again too very earlier later today yesterday believed thought "
        "estimated made left gone taken given got become became went came last first next past recent "
        "following less fewer least most"
    ),
    claim_events={
        "killed": "kill(?:ed|ing|s)?|dead|died|dies|slain|death toll",
        "wounded": "wound\\w*|injur\\w*|hurt",
        "surrendered": "surrender\\w*|hand(?:ed|ing)? themselves over|turned themselves in|gave themselves up",
        "captured": "captur\\w*|seiz\\w*|retak\\w*|retook|recaptur\\w*|took control|taken control|liberat\\w*",
        "fled": "fled|flee\\w*|escap\\w*",
        "displaced": "displac\\w*|homeless",
        "remaining": "remain\\w*|trapped|holed up|last stand|left behind",
        "arrested": "arrest\\w*|detain\\w*",
        "released": "freed|released",
        "evacuated": "evacuat\\w*",
        "missing": "missing",
        "population": "population",
    },
    people_classes={
        "combatants": "fighter|militant|jihadi|gunm[ae]n|soldier|troop|rebel|insurgent|extremist|terrorist",
        "civilians": "civilian|resident|women|children|refugee",
    },
    people_words="people|person|men\\b",
    genitive_words=phrases("of"),
    generic_events=phrases("battle|attack|fight|fighting|assault|advance|operation|clash|clashes|offensive|raid"),
    campaign_words=phrases("offensive|battle|assault|campaign|operation|siege|push|war"),
    start_words=phrases("began|begun|begin|begins|started|start|starts|launched|launching|launch|opened|kicked off"),
    clause_conjunctions=phrases("while|whereas|but|and"),
    claim_templates={"percent": "share of {}", "duration": "duration of {}", "start date": "start of {}"},
    locatives=words("in at on near inside around outside for"),
    demonstratives=words("that this those these"),
    participles="^[a-z]{2,}ed$",
    of_words=words("of"),
    date_cues=words("in since until till by from during of early late mid before after throughout last next this"),
    span_openers=words("since"),
    past_day_words=words("last past"),
    next_day_words=words("next coming"),
    future_words=words("will won't 'll shall going expected plans planned scheduled next upcoming"),
    recent_phrases=(
        "in recent days",
        "in the past few days",
        "in the past two days",
        "over the past two days",
        "in the last few days",
        "in the past 24 hours",
        "in the last 24 hours",
        "over the past 24 hours",
        "this week",
        "earlier this week",
    ),
    this_month_phrases=("earlier this month", "this month", "later this month"),
    sentence_starters=words(
        "The It He She They We I But In A An This That These Those There His Her Their Its On At After Before "
        "When While Meanwhile However Officials Police"
    ),
    morning_before=words("this"),
    complementizers=words("that"),
    stamp_cues=phrases(
        "updated|last updated|published|posted|last modified|originally published|article changed on|first published|min read|file photo|photo:|photo by|available until|privacy policy|cookie|cookies|gdpr|subscribe"
    ),
    furniture_phrases=phrases(
        "see also|related:|keep supporting|turn off your ad|privacy policy|cookie policy|terms of use|all photos|send this page to someone|share this article"
    ),
    anaphoric_openers=words("then such instead however moreover furthermore nevertheless besides meanwhile"),
    rate_before=phrases("per|for every"),
    story_later=phrases("later|after"),
    from_now=phrases("from now|from today"),
    few_words=phrases("a few|few|several"),
    this_day_words=words("this"),
    day_articles=words("the"),
    day_phrases={"tmrw": 1},
    during_words=phrases("in"),
    verb_endings="[a-z]{3,}ing",
    personal_pronouns=words("he she him his her hers they them their"),
    background_before=phrases(
        "compared with|compared to|compared to the same period of|until|till|no later than|deadline of|deadline is|dated|born on|taken on"
    ),
    range_openers=phrases("from|between"),
    range_joiners=phrases("to|through|until"),
    capital_months=True,
)
