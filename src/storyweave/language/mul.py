"""What crosses languages (ISO 639-2 `mul`, "multiple languages"): particles of Arabic, Dutch and Portuguese names
and Italian articles, met in reports of every language; no module of its own would read them."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

PROFILE = Profile(
    code="mul",
    articles=words("il lo"),
    name_particles=words("al el ad ar as ash at az ez es ed er an bin ibn abu bint da di van dos das ter ten"),
    place_prefixes=words("são sao porto"),
    role_prepositions=words("di"),
)
