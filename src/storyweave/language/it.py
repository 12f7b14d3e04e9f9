"""Italian: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

PROFILE = Profile(
    code="it",
    partial=True,
    sentence_abbreviations=words("avv ca col dott dr ecc gen ing n on p.es pag prof sen sig sigg"),
    date_cues=words("a in da dal fino entro inizio fine metà prima dopo"),
    span_openers=words("dal da"),
    past_day_words=words("scorso"),
    next_day_words=words("prossimo"),
    future_words=words("sarà saranno prossimo prossima"),
    decimal=",",
)
