"""Swedish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

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
    crowns="SEK",
)
