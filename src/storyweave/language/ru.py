"""Russian: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

PROFILE = Profile(
    code="ru",
    partial=True,
    sentence_abbreviations=words("г гг ген д др им млн млрд пр проф руб см ст т.д т.е т.п тыс ул"),
    decimal=",",
)
