"""Polish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

PROFILE = Profile(
    code="pl",
    partial=True,
    sentence_abbreviations=words("al gen godz im inż ks mgr mld mln np nr ok płk r tj tys tzw ul w"),
    decimal=",",
)
