from __future__ import annotations

import pytest

from storyweave.normalize.language import detect_language, normalize_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi forventer tøffe kamper de kommende dagene, og kommer ikke anslå noe bestemt tidspunkt.", "no"),
        ("Han sier de anslår at rundt 150 fremmedkrigere er igjen i byen etter kampene.", "no"),
        ("Vi forventer hårde kampe i de kommende dage, og vil ikke give noget bestemt tidspunkt.", "da"),
        ("Regeringen meddelte i går, at den efter mødet havde besluttet at sænke skatten.", "da"),
        ("The Syrian Democratic Forces announced they have defeated ISIS in Raqqa.", "en"),
        ("Die Demokratischen Kräfte Syriens haben am Dienstag die Stadt eingenommen.", "de"),
        ("Les Forces démocratiques syriennes ont annoncé mardi la prise de la ville.", "fr"),
        ("Las Fuerzas Democráticas Sirias anunciaron el martes la toma de la ciudad.", "es"),
    ],
)
def test_detects(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_short_text_uses_the_hint_or_says_undetermined() -> None:
    assert detect_language("Ok", hint="en-GB") == "en"
    assert detect_language("Ok") == "und"


def test_a_confident_detection_overrides_a_wrong_hint() -> None:
    text = "Die Demokratischen Kräfte Syriens haben am Dienstag die Stadt vollständig eingenommen."
    assert detect_language(text, hint="en") == "de"


ENGLISH = (
    "The city council voted on Tuesday to expand the bus network into the northern suburbs, after two years of "
    "complaints from commuters who said the existing routes left them waiting for an hour or more in winter. "
)


def test_the_whole_sample_is_read_not_the_first_80_characters() -> None:
    """A Spanish head (a section name and a teaser, as pages have) before long English text is English."""
    head = "Noticias de última hora: el gobierno anuncia nuevas medidas económicas para las familias. "
    assert detect_language(head + ENGLISH * 6) == "en"
    assert detect_language(head) == "es"


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("en-US", "en"),
        ("EN_gb", "en"),
        ("eng", "en"),
        ("ger", "de"),
        ("nb", "no"),
        ("nob", "no"),
        ("als", ""),
        ("pms", ""),
        ("lmo", ""),
        (":ref:`en <reference.feed.title", ""),
        ("xx", ""),
        ("", ""),
    ],
)
def test_language_tags_become_iso_639_1_or_nothing(tag: str, code: str) -> None:
    assert normalize_code(tag) == code


def test_a_hint_is_used_only_when_the_text_does_not_contradict_it() -> None:
    assert detect_language(ENGLISH * 3, hint="fr") == "en"  # a feed that says French over English text
    assert detect_language(ENGLISH * 3, hint="en-GB") == "en"
    assert detect_language("Bus network to grow", hint="en") == "en"  # too little text to contradict the hint
    assert detect_language(ENGLISH * 3, hint=":ref:`en <reference.feed.title") == "en"


def test_every_stored_language_is_iso_639_1_or_und() -> None:
    """Whatever a reader passes on (a broken feed element, a dialect the detector names), normalising checks it."""
    import pycountry

    texts = [ENGLISH, "Mir hei e Huus am See und gönd all Tag go schwimme, wenn d Sunne schiint.", "12 34", "ok"]
    hints = ["", ":ref:`en <reference.feed.title", "als", "zz-ZZ"]
    for text in texts:
        for hint in hints:
            code = detect_language(text * 3, hint=hint)
            assert code == "und" or pycountry.languages.get(alpha_2=code) is not None, (text, hint, code)
