"""Swedish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="sv",
    partial=True,
    sentence_abbreviations=words(
        "ang aug bl bl.a ca d.v.s dvs ex f.d feb fr.o.m jan jfr kl kr m.m mdr milj mm nr o.s.v okt osv p.g.a "
        "pga resp s sept st t.ex t.o.m tel"
    ),
    date_cues=words("i sedan från till innan före efter tidigt sent mitten slutet början"),
    span_openers=words("sedan"),
    past_day_words=words("förra senaste"),
    next_day_words=words("nästa kommande"),
    future_words=words("ska kommer kommande nästa väntas"),
    recent_phrases=("de senaste dagarna", "det senaste dygnet", "denna vecka"),
    this_month_phrases=("tidigare denna månad", "denna månad"),
    decimal=",",
    decimal_words=words("komma"),
    number_words=(
        "noll:0 en:1 ett:1 två:2 tre:3 fyra:4 fem:5 sex:6 sju:7 åtta:8 nio:9 tio:10 elva:11 tolv:12 tretton:13 "
        "fjorton:14 femton:15 sexton:16 sjutton:17 arton:18 nitton:19 tjugo:20 trettio:30 fyrtio:40 femtio:50 "
        "sextio:60 sjuttio:70 åttio:80 nittio:90 hundra:100* tusen:1e3* miljon:1e6* miljoner:1e6* "
        "miljard:1e9* miljarder:1e9*"
    ),
    ones=words("en ett"),
    scales={"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9, "mn": 1e6},
    minus_words=phrases("minus"),
    crowns="SEK",
    measures={"temperature": "grader grad"},
    rate_before=phrases("per"),
    story_later=phrases("senare|efter"),
    from_now=phrases("från nu|från idag"),
    few_words=phrases("några|ett par"),
    this_day_words=words("denna här"),
    day_articles=words("den"),
    day_phrases={"i övermorgon": 2, "övermorgon": 2, "i förrgår": -2},
    number_and=("och",),
    personal_pronouns=words("han hon honom henne"),
    range_openers=phrases("från|mellan"),
    range_joiners=phrases("till"),
)
