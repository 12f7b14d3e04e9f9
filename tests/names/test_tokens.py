from __future__ import annotations

from storyweave.names.tokens import lowered, tokenize


def _words(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text, language)]


def test_words_are_cut_as_the_corpora_cut_them() -> None:
    assert _words("Frank-Walter Steinmeier (SPD) sagte: 1,5 Mrd.", "de") == [
        "Frank-Walter", "Steinmeier", "(", "SPD", ")", "sagte", ":", "1,5", "Mrd", ".",
    ]  # fmt: skip
    assert _words("the U.S.-backed SDF", "en") == ["the", "U.S.", "-", "backed", "SDF"]


def test_french_elisions_and_english_clitics_are_split_turkish_suffixes_are_not() -> None:
    assert _words("l'union d'Addis-Abeba", "fr") == ["l'", "union", "d'", "Addis-Abeba"]
    assert _words("Germany's Merkel", "en") == ["Germany", "'s", "Merkel"]
    assert _words("İstanbul'da 2002'de", "tr") == ["İstanbul'da", "2002'de"]
    assert _words("O'Brien", "fr") == ["O'Brien"]  # no elision: "O'" is no article


def test_turkish_lower_case_has_dotted_and_dotless_i() -> None:
    assert lowered("İSTANBUL", "tr") == "istanbul" and lowered("ISPARTA", "tr") == "ısparta"
    assert lowered("ISTANBUL", "en") == "istanbul"
