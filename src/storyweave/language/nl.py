"""Dutch: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

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
)
