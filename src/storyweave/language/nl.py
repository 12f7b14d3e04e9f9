"""Dutch: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="nl",
    partial=True,
    sentence_abbreviations=words("bijv blz ca d.w.z dhr drs enz ir jl m.a.w mevr mld mln mr nr o.a z.g.a"),
    date_cues=words("in sinds tot vanaf begin eind half voor na"),
    span_openers=words("sinds"),
    past_day_words=words("afgelopen vorige"),
    next_day_words=words("volgende komende"),
    future_words=words("zal zullen gaat volgende komende"),
    decimal=",",
    # Units come before tens, joined by "en" ("eenentwintig", "tweeëntwintig").
    decimal_words=words("komma"),
    number_words=(
        "nul:0 een:1 één:1 twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 elf:11 twaalf:12 "
        "dertien:13 veertien:14 vijftien:15 zestien:16 zeventien:17 achttien:18 negentien:19 twintig:20 "
        "dertig:30 veertig:40 vijftig:50 zestig:60 zeventig:70 tachtig:80 negentig:90 honderd:100* "
        "duizend:1e3* miljoen:1e6* miljard:1e9* biljoen:1e12*"
    ),
    number_and=("en", "ën"),
    ones=words("een"),
    scales={"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9},
    ordinal_words="eerste:1 derde:3 achtste:8",
    ordinal_rules=(">de", ">ste"),
    ordinal_digits="e|ste|de",
    minus_words=phrases("min|minus"),
    measures={"temperature": "graden graad"},
    dangling_words=words("en of maar de het een van in op met voor aan dat"),
    rate_before=phrases("per"),
    story_later=phrases("later|na"),
    from_now=phrases("vanaf nu|vanaf vandaag"),
    few_words=phrases("enkele|een paar|enige"),
    this_day_words=words("deze aanstaande aankomende"),
    day_articles=words("de"),
    day_month_joiners=words("van"),
    during_words=phrases("in"),
    personal_pronouns=words("hij zij hem haar"),
    background_before=phrases("vergeleken met|ten opzichte van|tot|uiterlijk"),
    sentence_starters=words("De Het Een Volgens Na Bij"),
    range_openers=phrases("van|tussen"),
    range_joiners=phrases("tot"),
)
