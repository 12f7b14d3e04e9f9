"""Portuguese: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

PROFILE = Profile(
    code="pt",
    partial=True,
    sentence_abbreviations=words("av dr dra etc exma exmo pág sr sra sta sto"),
    date_cues=words("em desde até de no início fim meados antes depois"),
    span_openers=words("desde"),
    past_day_words=words("passado"),
    next_day_words=words("próximo"),
    future_words=words("será serão vai vão próximo próxima"),
    decimal=",",
)
