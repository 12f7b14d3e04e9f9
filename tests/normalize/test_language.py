from __future__ import annotations

import pytest

from storyweave.normalize.language import detect_language


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
