"""German: what the engine knows of it (see `language.profile` for what each answer is for)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="de",
    inflected_names=True,
    capitalised_nouns=True,
    name_connectors=words("für und zur zum im am an auf"),
    function_words=words(
        "der die das dem des ein eine einen einem einer und oder aber wenn als nach vor im an am auf aus bei "
        "mit von zu zum zur für über unter gegen ohne durch er sie es wir ich ihr man dieser diese dieses "
        "jeder alle viele einige auch noch nur schon nicht kein keine dann doch hier dort wie was wer wo "
        "warum laut"
    ),
    articles=words("der die das"),
    name_particles=words("von der den"),
    time_words=words(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli "
        "august september oktober november dezember"
    ),
    titles=words(
        "herr frau bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin außenminister "
        "ministerpräsident sprecher sprecherin dr prof"
    ),
    org_heads=words(
        "ministerium universität regierung polizei partei bundeswehr armee gericht kommission stiftung agentur verband"
    ),
    place_prepositions=words("in nach bei im"),
    role_nouns=words("sprecher sprecherin"),
    role_prepositions=words("der von für"),
    speech_after=words("sagte sagten erklärte betonte sagt erklärt betont"),
    speech_before=words("sagte sagten erklärte betonte sagt erklärt betont"),
    quote_marks={"„": "“”"},
    speech_verbs=phrases(
        "räumte ein|gab zu bedenken|mahnte|sprach|ergänzt|erläuterte|erklärten|betonten|kündigte an|stellte klar|sagte am|zeigte sich überzeugt|sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betont|schrieb|schreibt|meinte|meint|warnte|warnt|"
        "kritisierte|forderte|berichtete|versicherte|ergänzte|bekräftigte|unterstrich|fügte hinzu|teilte mit"
    ),
    reporting_verbs=words(
        "mahnte erläuterte betonten ergänzt sagte sagten sagt erklärte erklärten erklärt betonte betont meinte meint warnte warnt berichtete "
        "versicherte bekräftigte unterstrich"
    ),
    bare_clause_verbs=words("sagte sagten sagt erklärte erklärt meinte meint"),
    according_to=phrases("laut|nach Angaben von|zufolge"),
    person_pronouns=words("er sie"),
    complementizers=words("dass"),
    decimal=",",
    decimal_words=words("komma"),
    number_words=(
        "null:0 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 dreizehn:13 "
        "vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 dreißig:30 "
        "dreissig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 ein:1 eine:1 einen:1 "
        "eins:1 hundert:100* tausend:1e3* million:1e6* millionen:1e6* milliarde:1e9* milliarden:1e9*"
    ),
    number_and=("und",),
    number_between="zwischen",
    ones=words("ein eine einen"),
    fractions=words("halb halbe"),
    scales={
        "hundert": 100.0,
        "tausend": 1000.0,
        "million": 1000000.0,
        "millionen": 1000000.0,
        "mio.": 1000000.0,
        "mio": 1000000.0,
        "milliarde": 1000000000.0,
        "milliarden": 1000000000.0,
        "mrd.": 1000000000.0,
        "mrd": 1000000000.0,
    },
    qualifiers={
        "about": "etwa|rund|ungefähr|circa|ca.|zirka|schätzungsweise|gegen|an die",
        "over": "mehr als|über|weit über",
        "at least": "mindestens|wenigstens",
        "under": "weniger als|unter",
        "up to": "bis zu|höchstens",
        "nearly": "fast|beinahe|knapp|annähernd|nahezu",
        "just over": "gut|knapp über|etwas mehr als",
    },
    after_qualifiers={"oder mehr": "at least", "+": "at least"},
    vague=(
        ("hunderttausende", 200000.0, 999999),
        ("zehntausende", 20000.0, 99999),
        ("einige hundert", 200, 400),
        ("ein paar hundert", 200, 300),
        ("einige tausend", 2000, 4000),
        ("mehrere hundert", 300, 900),
        ("mehrere tausend", 3000, 9000),
        ("ein dutzend", 10, 14),
        ("dutzende", 24, 99),
        ("hunderte", 200, 999),
        ("tausende", 2000, 9999),
        ("eine handvoll", 3, 6),
    ),
    ordinal_words="erste:1 dritte:3 siebte:7 achte:8 zwoelfte:12",
    ordinal_rules=(">te", ">ste", "e>ste"),
    ordinal_endings=("", "n", "r", "s", "m"),
    ordinal_digits=r"\.(?=\s+[^\W\d_])",  # "die 3. Brigade"
    minus_words=phrases("minus"),
    percent_words=phrases("prozent"),
    currencies={"CHF": "franken", "EUR": "euro"},
    durations={
        "seconds": "sekunden",
        "minutes": "minuten",
        "hours": "stunde stunden",
        "days": "tag tage tagen",
        "weeks": "woche wochen",
        "months": "monat monate monaten",
        "years": "jahr jahre jahren",
        "decades": "jahrzehnt jahrzehnte jahrzehnten",
    },
    measures={
        "temperature": "grad",
        "km": "kilometer kilometern",
        "m": "meter",
        "tonnes": "tonnen",
        "litres": "liter",
        "hectares": "hektar",
    },
    ratio_after=phrases("mal"),
    age_after=phrases("alt|alte|alter"),
    age_suffixes=phrases("jährig"),
    age_before=phrases("alter von"),
    story_ago=phrases("früher"),
    ago_after=phrases("her|früher"),
    ago_before=phrases("vor"),
    window_before=phrases("letzten|vergangenen|nächsten|kommenden|ersten"),
    label_before=phrases("nr.|artikel|nummer|um"),
    clock_after=phrases("uhr"),
    claim_stop_words=words(
        "der die das den dem des ein eine einer eines einem einen dieser diese dieses jener sein seine ihr "
        "ihre unser kein keine alle jede viele mehr wenige andere und oder aber sondern während weil als wie "
        "wenn wo wer was dass ob von vom in im an am auf zu zum zur für aus bei mit ohne nach vor seit über "
        "unter um durch gegen zwischen bis ist sind war waren sein gewesen hat haben hatte hatten wird werden "
        "wurde wurden soll sollen kann können muss müssen sagte sagt laut angeblich auch noch bereits schon "
        "nur nicht jetzt wieder sich es sie er wir heute gestern kamen kam stehen steht liegt liegen gibt gab"
    ),
    claim_events={
        "killed": "getötet\\w*|tot|tote|toten|starben|gestorben|ums leben",
        "wounded": "verletzt\\w*|verwundet\\w*",
        "surrendered": "ergeben|ergaben|kapituliert\\w*",
        "captured": "zurückerobert|erobert|eingenommen|befreit",
        "fled": "geflohen|flohen|fliehen|geflüchtet",
        "displaced": "vertrieben\\w*|obdachlos\\w*",
        "left": "verlassen|verließen",
        "remaining": "eingeschlossen|verblieben\\w*|verbleibend\\w*",
        "arrested": "festgenommen|verhaftet|inhaftiert",
        "released": "freigelassen",
        "evacuated": "evakuiert\\w*",
        "missing": "vermisst\\w*",
        "population": "bevölkerung",
    },
    people_classes={
        "combatants": "kämpfer|dschihadist|milizionär",
        "civilians": "zivilist|einwohner|kinder|frauen|flüchtling",
    },
    people_words="menschen|personen",
    genitive_words=phrases("von"),
    generic_events=phrases("kampf|angriff|schlacht"),
    campaign_words=phrases("schlacht|angriff|kampf|belagerung|krieg"),
    start_words=phrases("begann|begonnen|gestartet|eingeleitet"),
    clause_conjunctions=phrases("während|aber|und"),
    claim_templates={"percent": "Anteil von {}", "duration": "Dauer von {}", "start date": "Beginn von {}"},
    locatives=words("im am an auf bei um für"),
    demonstratives=words("dieser diese dieses jener"),
    participles="^ge[a-zäöüß]{3,}t$",
    of_words=words("von der des"),
    sentence_abbreviations=words(
        "abs allg art aug bd bspw bzgl bzw ca d.h dez evtl feb ff fr geb gegr ggf hr i.d.r inkl insb jan jh "
        "jhd max min mind mio mrd nr o.ä okt s sept sog str tel u.a u.u u.ä usw v.a verh vgl z.b z.t zzgl"
    ),
    date_cues=words("im in seit bis ab von vor nach anfang ende mitte seit dem"),
    span_openers=words("seit"),
    past_day_words=words("letzten letzter vergangenen vergangener"),
    next_day_words=words("nächsten nächster kommenden kommender"),
    future_words=words("wird werden soll sollen nächste nächsten kommende geplant"),
    recent_phrases=("in den letzten tagen", "in den vergangenen tagen", "in den letzten 24 stunden", "diese woche"),
    this_month_phrases=("anfang des monats", "diesen monat", "in diesem monat", "anfang dieses monats"),
    morning_words=words("morgen"),
    morning_before=words("am heute gestern jeden den der guten"),
    stamp_cues=phrases(
        "aktualisiert|zuletzt aktualisiert|veröffentlicht|stand:|erstellt|verfügbar bis|foto:|bild:|datenschutz|datenschutzerklärung|medienarchiv|dsgvo"
    ),
    dangling_words=words(
        "und oder aber der das dem des ein eine einer einen von zu mit im auf für bei nach aus über dass"
    ),
    furniture_phrases=phrases(
        "lesen sie auch|mehr zum thema|weiterlesen|alle informationen über|datenschutzerklärung|cookie-einstellungen|zur startseite|teilen teilen|weiterleiten tweeten|tweeten weiterleiten|hier lernen sie"
    ),
    anaphoric_openers=words("dabei dort damit daher dazu deshalb diesem dieser seine außerdem zudem jedoch allerdings"),
    rate_before=phrases("je|pro"),
    story_later=phrases("später|nach"),
    few_words=phrases("einigen|ein paar|wenigen"),
    this_day_words=words("diesen dieser diesem"),
    during_words=phrases("in|im"),
    background_before=phrases(
        "im vergleich zum|im vergleich zu|verglichen mit|gegenüber dem|bis zum|bis|spätestens am|spätestens|datiert vom"
    ),
    sentence_starters=words("Der Die Das Ein Eine Im Am Nach Bei Laut Wie Auch Seit Nachdem Als"),
    range_openers=phrases("von|vom|zwischen"),
    range_joiners=phrases("bis"),
    capital_months=True,
    capital_nouns=True,
)
