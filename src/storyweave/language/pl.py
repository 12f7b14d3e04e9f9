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
)
