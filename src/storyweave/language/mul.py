"""What crosses languages (ISO 639-2 `mul`, "multiple languages"): particles of Arabic, Dutch and Portuguese names,
Italian articles, currency codes and unit symbols, and the few words of languages without a module of their own
(Portuguese "dias", the Scandinavian and Italian "procent", "percento") met in reports of every language."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="mul",
    articles=words("il lo"),
    name_particles=words("al el ad ar as ash at az ez es ed er an bin ibn abu bint da di van dos das ter ten"),
    place_prefixes=words("são sao porto"),
    role_prepositions=words("di"),
    percent_words=phrases("procent|percento"),
    currencies={"USD": "usd", "EUR": "eur", "GBP": "gbp", "NOK": "nok", "SEK": "sek", "DKK": "dkk", "CHF": "chf"},
    durations={"days": "dia dias"},
    # Unit symbols, written apart ("17 km") or on the figure ("300mm", "200lbs").
    measures={
        "km": "km",
        "kg": "kg g mg",
        "inches": "ft",
        "m": "m mm cm",
        "litres": "l ml",
        "lb": "lb lbs",
        "ounces": "oz",
        "miles": "mph",
        "hectares": "ha",
    },
    of_words=words("di"),
    sentence_abbreviations=words(
        "a.m adm al approx apr assn aug ave b.a blvd brig bros ca capt cf cmdr co col corp cpl cpt d.c dec "
        "dept det dr e.g ed eds etc feb fig figs ft gen gen. gov hon i.e inc insp jan jr jul jun lt lt.col "
        "ltd m.a maj mar messrs mr mrs ms mt no nos nov oct op p.m ph.d pp pres prof pvt rd ref rep rev sen "
        "sep sept sgt spc sr st supt thur thurs tues u.a.e u.k u.n u.s u.s.a univ vol vols vs"
    ),
    stamp_cues=phrases("©|copyright|(c)|all rights reserved"),
)
