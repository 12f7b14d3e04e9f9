"""Norwegian (Bokmål; with the Danish and Swedish forms Norwegian reports quote): what the engine knows of it (see `language.profile` for what each answer is for)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="no",
    function_words=words(
        "og i på til av for med fra om som er var har hadde den det de en ei et at men eller hvis når mens "
        "etter før under over ved mot uten hos han hun vi jeg du dere deg meg seg sin sitt sine hans hennes "
        "deres vår våre min mitt mine din ditt dine denne dette disse der her hvor hva hvem hvorfor hvordan "
        "alle noen mange flere mest andre annen annet slik ikke bare også fortsatt enda nå da så selv både "
        "hver ingen rundt ifølge dermed derfor likevel samtidig tidligere senere først sist neste ny nye dag "
        "dagen torsdag och är inte"
    ),
    term_stop_words=words(
        "og i på at det er som en et til av for med den har de ikke om var seg fra men kan så etter ble også "
        "sier vil skal eller han hun der da nå mot når blir blitt hadde andre under ved alle noen inn opp ut "
        "hva hvor"
    ),
    articles=words("en ei et"),
    time_words=words(
        "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august "
        "september oktober november desember"
    ),
    titles=words("statsminister"),
    org_heads=words("departementet universitetet partiet politiet regjeringen forsvaret"),
    place_next=words("provinsen regionen byen fylke kommune"),
    place_prepositions=words("i ved nær utenfor"),
    place_of=words("byen"),
    org_suffixes=words("styrkene styrker styrkane hæren regjeringen regjeringa partiet ledelsen alliansen"),
    group_suffixes=words("krigere krigerne krigarar krigarane kontroll kontrollert kontrollerte bastionen militsen"),
    place_suffixes=words("provinsen regionen byen området grensen"),
    role_nouns=words(
        "talsmann talskvinne talsperson leder sjef direktør statsminister utenriksminister forsvarsminister "
        "forsker ordfører ambassadør rådgiver redaktør analytiker"
    ),
    role_prepositions=words("for til i ved hos"),
    speech_after=words(
        "sier sa forteller fortalte opplyser opplyste skriver skrev melder meldte uttaler uttalte hevder "
        "hevdet understreker"
    ),
    speech_before=words("sier sa skriver forteller opplyser"),
    quote_marks={"«": "»"},
    speech_verbs=phrases(
        "sier|sa|forteller|fortalte|opplyser|opplyste|skriver|skrev|melder|meldte|uttaler|uttalte|hevder|"
        "hevdet|understreker|understreket|legger til|la til|heter det|het det"
    ),
    reporting_verbs=words(
        "sier sa forteller fortalte opplyser opplyste skriver skrev melder meldte uttaler uttalte hevder hevdet "
        "understreker"
    ),
    bare_clause_verbs=words("sier sa forteller fortalte"),
    impersonal_speech=frozenset(phrases("heter det|het det")),
    according_to=phrases("ifølge"),
    person_pronouns=words("han hun hen"),
    thing_pronouns=words("det"),
    definite_words=words("den det denne"),
    subordinators=words("hvis når mens etter før fordi selv om"),
    conjunctions=words("og men eller"),
    verb_second_openers=words(
        "i på til etter før under ifølge da nå lørdag søndag fredag torsdag onsdag tirsdag mandag"
    ),
    after_speech_verb=words(
        "i tidligere senere også videre formiddag kveld morgen ettermiddag natt dag nyhetsbyrået avisen"
    ),
    weekdays=words("mandag tirsdag onsdag torsdag fredag lørdag søndag"),
    speaker_org_tails=words("styrkene"),
    dangling_words=words("og eller men i på av til med for som at den det"),
    clause_openers=words("de han hun det den vi jeg der alle"),
    modifier_tails=phrases("støttede|ledede|kontrollerte"),
    decimal=",",
    decimal_words=words("komma"),
    number_words=(
        "null:0 to:2 tre:3 fire:4 fem:5 seks:6 sju:7 syv:7 åtte:8 ni:9 ti:10 elleve:11 tolv:12 tretten:13 fjorten:14 "
        "femten:15 seksten:16 sytten:17 atten:18 nitten:19 tjue:20 tyve:20 tretti:30 førti:40 femti:50 "
        "seksti:60 sytti:70 åtti:80 nitti:90 en:1 ett:1 én:1 et:1 hundre:100* tusen:1e3* million:1e6* "
        "millioner:1e6* milliard:1e9* milliarder:1e9*"
    ),
    number_and=("og",),
    number_between="mellom",
    ones=words("en ett én et"),
    fractions=words("halv"),
    scales={
        "hundre": 100.0,
        "tusen": 1000.0,
        "million": 1000000.0,
        "millioner": 1000000.0,
        "mill.": 1000000.0,
        "mill": 1000000.0,
        "milliard": 1000000000.0,
        "milliarder": 1000000000.0,
        "mrd.": 1000000000.0,
        "mrd": 1000000000.0,
    },
    qualifiers={
        "about": "om lag|omlag|rundt|cirka|ca.|omtrent|anslagsvis|anslått|et anslått|i underkant av|rundt regnet",
        "over": "mer enn|flere enn|over|godt over",
        "at least": "minst|i det minste",
        "under": "færre enn|mindre enn|under",
        "up to": "opptil|inntil|maksimalt",
        "nearly": "nesten|snaut|snaue|nærmere|knapt",
        "just over": "drøyt|drøye|i overkant av|vel",
    },
    after_qualifiers={"eller mer": "at least", "eller flere": "at least", "+": "at least"},
    vague=(
        ("hundretusenvis", 200000.0, 999999),
        ("titusenvis", 20000.0, 99999),
        ("noen hundre", 200, 400),
        ("et par hundre", 200, 300),
        ("noen tusen", 2000, 4000),
        ("flere hundre", 300, 900),
        ("flere tusen", 3000, 9000),
        ("et dusin", 10, 14),
        ("dusinvis", 24, 99),
        ("flere titalls", 20, 99),
        ("titalls", 20, 99),
        ("hundrevis", 200, 999),
        ("tusenvis", 2000, 9999),
        ("en håndfull", 3, 6),
    ),
    minus_words=phrases("minus"),
    percent_words=phrases("prosent"),
    currencies={"SEK": "kronor"},
    crowns="NOK",
    durations={
        "seconds": "sekund sekunder",
        "minutes": "minutt minutter",
        "hours": "timer timers døgn",
        "days": "dag dager dagers dagen",
        "weeks": "uke uker ukers",
        "months": "måned måneder måneders",
        "years": "år års",
        "decades": "tiår tiåret",
    },
    measures={
        "temperature": "grader grad",
        "km": "kilometer",
        "miles": "mil",
        "m": "meter",
        "tonnes": "tonn",
        "litres": "liter",
        "hectares": "hektar",
    },
    ratio_after=phrases("ganger"),
    age_after=phrases("gammel|gamle"),
    age_before=phrases("alder"),
    story_ago=phrases("tidligere"),
    ago_after=phrases("siden|tidligere"),
    window_before=phrases("siste|kommende|neste|første"),
    label_before=phrases("nr.|artikkel|paragraf|kapittel|kl.|klokken|nummer"),
    clock_after=phrases("lokal tid"),
    claim_stop_words=words(
        "en ei et den det de dem denne dette disse sin sitt sine hans hennes deres vår vårt våre noen noe "
        "ingen alle hver mange mye flere få andre annen og eller men mens fordi som enn da når hvor hvem hva "
        "hvis om av i på til for fra med uten innen over under etter før siden gjennom mellom mot rundt ved "
        "hos er var vært være har hadde ha blir ble blitt skal skulle vil ville kan kunne må måtte bør sier "
        "sa ifølge angivelig også fortsatt allerede bare kun ikke nå seg så deretter tidligere senere i dag å "
        "står sto ligger lå finnes fikk kom gikk"
    ),
    claim_events={
        "killed": "drept|drepte|døde|død|omkom\\w*",
        "wounded": "såret|sårede|skadd\\w*|skadet",
        "surrendered": "overgitt|overga",
        "captured": "gjenerobr\\w*|erobr\\w*|inntatt|befridd|frigjort",
        "fled": "flykt\\w*",
        "displaced": "fordrevet|fordrevne|hjemløse",
        "left": "forlatt|forlot|forlate",
        "remaining": "igjen|gjenværende|fanget",
        "arrested": "pågrepet|arrestert",
        "released": "løslatt|frigitt",
        "evacuated": "evakuert\\w*",
        "missing": "savnet",
        "population": "befolkning\\w*",
    },
    people_classes={"combatants": "kriger|soldat|opprør", "civilians": "sivil|innbygger|barn|kvinne|flyktning"},
    people_words="mennesker|personer",
    genitive_words=phrases("av"),
    generic_events=phrases("kampen|slaget|angrepet|kamp"),
    campaign_words=phrases("offensiven|offensiv|slaget|kampen|angrepet|operasjonen|beleiringen|krigen"),
    start_words=phrases("startet|begynte|innledet|lansert"),
    clause_conjunctions=phrases("mens|men|og"),
    claim_templates={"percent": "andel av {}", "duration": "varighet av {}", "start date": "start på {}"},
    locatives=words("i på ved inne utenfor rundt"),
    demonstratives=words("denne dette disse"),
    participles="^[a-z]{2,}et$",
    of_words=words("av"),
    sentence_abbreviations=words(
        "adm ang aug avd bl bl.a ca d.v.s des dir dvs e.kr eks ev evt f.eks f.kr f.o.m feb gl hhv iflg innb "
        "jan jf jfr kl kr m.fl m.m m.v mfl mht mill mrd mv nov nr o.l o.s.v okt ordf osv p.g.a pga pr s sekr "
        "sept sml stk t.o.m tidl tlf vha"
    ),
    date_cues=words(
        "i siden fra til innen før etter tidlig sent midten slutten starten begynnelsen løpet av forrige neste"
    ),
    span_openers=words("siden"),
    past_day_words=words("forrige sist"),
    next_day_words=words("neste kommende"),
    future_words=words("skal vil kommer kommende neste planlegger ventes"),
    recent_phrases=(
        "de siste dagene",
        "de siste dager",
        "i løpet av det siste døgnet",
        "det siste døgnet",
        "de siste fem dagene",
        "i løpet av de siste dagene",
        "denne uken",
        "tidligere denne uken",
    ),
    this_month_phrases=("tidligere denne måneden", "denne måneden", "senere denne måneden", "tidligere i måneden"),
    complementizers=words("at"),
    stamp_cues=phrases("oppdatert|publisert|sist oppdatert|personvern|foto:"),
    rate_before=phrases("per|pr."),
)
