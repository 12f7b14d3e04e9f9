"""Polish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="pl",
    inflected_names=True,
    partial=True,
    name_connectors=words("i w we na dla do ds."),
    sentence_abbreviations=words("al gen godz im inż ks mgr mld mln np nr ok płk r tj tys tzw ul w"),
    decimal=",",
    # Cardinals decline: "pięć" (nominative) and "pięciu" (genitive, "of five") are the same figure.
    decimal_words=words("przecinek"),
    number_words=(
        "zero:0 jeden:1 jedna:1 jedno:1 jednego:1 dwa:2 dwie:2 dwóch:2 dwu:2 dwoma:2 trzy:3 trzech:3 trzema:3 cztery:4 "
        "czterech:4 pięć:5 pięciu:5 sześć:6 sześciu:6 siedem:7 siedmiu:7 osiem:8 ośmiu:8 dziewięć:9 dziewięciu:9 "
        "dziesięć:10 dziesięciu:10 jedenaście:11 jedenastu:11 dwanaście:12 dwunastu:12 trzynaście:13 trzynastu:13 "
        "czternaście:14 czternastu:14 piętnaście:15 piętnastu:15 szesnaście:16 szesnastu:16 siedemnaście:17 "
        "siedemnastu:17 osiemnaście:18 osiemnastu:18 dziewiętnaście:19 dziewiętnastu:19 dwadzieścia:20 "
        "dwudziestu:20 trzydzieści:30 trzydziestu:30 czterdzieści:40 czterdziestu:40 pięćdziesiąt:50 "
        "pięćdziesięciu:50 sześćdziesiąt:60 sześćdziesięciu:60 siedemdziesiąt:70 siedemdziesięciu:70 "
        "osiemdziesiąt:80 osiemdziesięciu:80 dziewięćdziesiąt:90 dziewięćdziesięciu:90 sto:100 stu:100 "
        "dwieście:200 dwustu:200 trzysta:300 trzystu:300 czterysta:400 czterystu:400 pięćset:500 pięciuset:500 "
        "sześćset:600 sześciuset:600 siedemset:700 siedmiuset:700 osiemset:800 ośmiuset:800 dziewięćset:900 "
        "dziewięciuset:900 tysiąc:1e3* tysiące:1e3* tysięcy:1e3* milion:1e6* miliony:1e6* milionów:1e6* "
        "miliard:1e9* miliardy:1e9* miliardów:1e9* bilion:1e12*"
    ),
    ones=words("jeden jedna jedno jednego"),
    fractions=words("pół półtora"),
    scales={
        "tys.": 1e3,
        "tys": 1e3,
        "tysiąc": 1e3,
        "tysiące": 1e3,
        "tysięcy": 1e3,
        "mln": 1e6,
        "mln.": 1e6,
        "milion": 1e6,
        "miliony": 1e6,
        "milionów": 1e6,
        "mld": 1e9,
        "mld.": 1e9,
        "miliard": 1e9,
        "miliardy": 1e9,
        "miliardów": 1e9,
        "bln": 1e12,
    },
    qualifiers={
        "about": "około|ok.|mniej więcej|blisko|szacunkowo|rzędu",
        "over": "ponad|więcej niż|powyżej|przeszło|grubo ponad",
        "at least": "co najmniej|przynajmniej|minimum",
        "under": "mniej niż|poniżej",
        "up to": "nawet|maksymalnie|najwyżej|aż do",
        "nearly": "prawie|niemal|niemalże",
    },
    after_qualifiers={"lub więcej": "at least", "i więcej": "at least", "+": "at least"},
    vague=(
        ("setki tysięcy", 200000.0, 999999),
        ("dziesiątki tysięcy", 20000.0, 99999),
        ("kilka tysięcy", 2000, 9000),
        ("kilku tysięcy", 2000, 9000),
        ("kilkaset", 200, 900),
        ("kilkuset", 200, 900),
        ("kilkadziesiąt", 20, 90),
        ("kilkudziesięciu", 20, 90),
        ("kilkanaście", 11, 19),
        ("kilkunastu", 11, 19),
        ("miliony", 2000000.0, 9999999),
        ("tysiące", 2000, 9999),
        ("tysięcy", 2000, 9999),
        ("setki", 200, 999),
        ("setek", 200, 999),
        ("dziesiątki", 20, 99),
        ("dziesiątek", 20, 99),
        ("kilka", 3, 9),
        ("kilku", 3, 9),
    ),
    minus_words=phrases("minus"),
    percent_words=phrases("proc.|procent|procentów|procenta|procentowych|proc"),
    currencies={"PLN": "zł złotych złote złoty zł.", "USD": "dolarów dolary dolara", "EUR": "euro"},
    speech_after=words(
        "powiedział powiedziała powiedzieli stwierdził stwierdziła podkreślił podkreśliła dodał dodała "
        "zaznaczył zaznaczyła oświadczył oświadczyła mówi mówił mówiła"
    ),
    speech_before=words("powiedział powiedziała stwierdził stwierdziła dodał dodała podkreślił podkreśliła"),
    quote_marks={"„": '”“"', "«": "»"},
    speech_verbs=phrases(
        "przypomina|przypomniał|przypomniała|przekonuje|przekonywał|przekonywała|informuje|wyjaśnia|przyznaje|ocenia|zapowiada|apeluje|zaapelował|zaapelowała|podkreślali|mówią|powiedział|powiedziała|powiedzieli|stwierdził|stwierdziła|stwierdzili|podkreślił|podkreśliła|dodał|"
        "dodała|zaznaczył|zaznaczyła|oświadczył|oświadczyła|mówił|mówiła|mówi|przekazał|przekazała|ocenił|"
        "oceniła|napisał|napisała|poinformował|poinformowała|wyjaśnił|wyjaśniła|zapowiedział|zapowiedziała|"
        "przyznał|przyznała|zauważył|zauważyła|zapewnił|zapewniła|ostrzegł|ostrzegła|tłumaczył|tłumaczyła|"
        "uważa|twierdzi|podkreśla|dodaje|zaznacza"
    ),
    reporting_verbs=words(
        "przypomina przypomniał przypomniała przekonuje przekonywał przekonywała informuje wyjaśnia przyznaje ocenia zapowiada powiedział powiedziała powiedzieli stwierdził stwierdziła stwierdzili podkreślił podkreśliła dodał dodała "
        "zaznaczył zaznaczyła oświadczył oświadczyła przekazał przekazała ocenił oceniła poinformował "
        "poinformowała zapowiedział zapowiedziała przyznał przyznała zapewnił zapewniła uważa twierdzi podkreśla"
    ),
    bare_clause_verbs=words("powiedział powiedziała"),
    according_to=phrases("według|zdaniem"),
    person_pronouns=words("on ona"),
    complementizers=words("że iż"),
    measures={
        "temperature": "stopni stopnie stopień",
        "kg": "kilogramów kilogramy kilogram kilo",
        "km": "kilometrów kilometry kilometr",
        "tonnes": "ton tony tonę",
        "m": "metrów metry metr",
        "litres": "litrów litry litr",
        "hectares": "hektarów hektary hektar",
    },
    ago_after=phrases("temu"),
    durations={
        "hours": "godzinę godziny godzin",
        "days": "dzień dni dnia",
        "weeks": "tydzień tygodnie tygodni",
        "months": "miesiąc miesiące miesięcy",
        "years": "rok lata lat",
    },
    stamp_cues=phrases(
        "aktualizacja|zaktualizowano|opublikowano|data publikacji|fot.|rodo|prywatności|polityka prywatności"
    ),
    dangling_words=words("oraz lub ale we na ze do od dla przez że"),
    furniture_phrases=phrases(
        "czytaj także|czytaj też|czytaj więcej|zobacz też|zobacz także|polityka prywatności|twoje dane|czytaj do następnej|czytaj dalej|następnej slajdzie|zobacz wideo|zobacz film|zobacz zdjęcia|zobacz galerię"
    ),
    anaphoric_openers=words("to ten ta te tego tej tym jego jej ich jednak również także"),
    claim_stop_words=words(
        "i w we na z ze do od o u za przez dla po przed pod nad między a oraz lub albo ale lecz że iż jak jako gdy kiedy który która które którzy którego której których tym ten ta to te tego tej tych jego jej ich się nie jest są był była było były będzie będą został została zostało zostały ma mają miał miała mieli co czy już także też tylko jeszcze około ponad prawie blisko według wśród spośród"
    ),
    claim_events={
        "killed": "zginęł[oay]|zginął|zginęli|zabit\\w*|zmarł\\w*|nie żyj\\w+|ofiar\\w*|śmiertel\\w+",
        "wounded": "rann\\w+|został\\w* rannych|obrażeń|poszkodowan\\w+",
        "arrested": "zatrzyman\\w+|aresztowan\\w+",
        "evacuated": "ewakuowan\\w+",
        "missing": "zaginion\\w+",
        "fled": "uciekł\\w*",
        "infected": "zakażon\\w+|zakażeń|zachorowa\\w+",
    },
    people_words="osób|osoby|ludzi|mieszkańców",
    claim_templates={"percent": "udział {}", "duration": "czas {}"},
    rate_before=phrases("na"),
    window_before=phrases("ostatnich|ostatnie|ostatniej|najbliższych|najbliższe|pierwszych"),
    label_before=phrases("godz.|godz|godzinie|godziny|nr|art."),
    story_later=phrases("później|po"),
    few_words=phrases("kilka|kilku|paru"),
    this_day_words=words("ten tę tym"),
    day_phrases={"pojutrze": 2, "przedwczoraj": -2},
    verb_endings="\\w+(?:ło|ła|ły|li|ął|ęła)",
    personal_pronouns=words("on ona oni one jego jej go mu niego niej"),
    background_before=phrases("w porównaniu z|w stosunku do|do|najpóźniej do|po"),
    range_openers=phrases("od"),
    range_joiners=phrases("do"),
)
