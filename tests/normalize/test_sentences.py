from __future__ import annotations

import pytest

from storyweave.normalize.sentences import is_heading, split


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[a:b] for a, b in split(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Brig. Gen. Talal Sello said the fight was over. Col. Ryan Dillon agreed.",
            "en",
            ["Brig. Gen. Talal Sello said the fight was over.", "Col. Ryan Dillon agreed."],
        ),
        (
            "U.S.-backed forces took the city. The U.S. military said so on Tuesday.",
            "en",
            ["U.S.-backed forces took the city.", "The U.S. military said so on Tuesday."],
        ),
        (
            "The statement came from the U.S. The coalition confirmed it.",
            "en",
            ["The statement came from the U.S.", "The coalition confirmed it."],
        ),
        (
            "Møtet starter kl. 14.30 i dag. Det varer bl.a. til kvelden.",
            "no",
            ["Møtet starter kl. 14.30 i dag.", "Det varer bl.a. til kvelden."],
        ),
        (
            "Toget går 17. mai fra Oslo. Det er fullt.",
            "no",
            ["Toget går 17. mai fra Oslo.", "Det er fullt."],
        ),
        (
            "Am 3. Oktober ist Feiertag. Die Geschäfte sind z.B. geschlossen.",
            "de",
            ["Am 3. Oktober ist Feiertag.", "Die Geschäfte sind z.B. geschlossen."],
        ),
        (
            "J. R. Smith arrived. He left in 2017. Then he came back!",
            "en",
            ["J. R. Smith arrived.", "He left in 2017.", "Then he came back!"],
        ),
        (
            "“Everything is finished in Raqqa. Our forces have taken full control,” Sello told AFP. He smiled.",
            "en",
            ["“Everything is finished in Raqqa. Our forces have taken full control,” Sello told AFP.", "He smiled."],
        ),
        (
            "He said: “We will win.” Then they left.",
            "en",
            ["He said: “We will win.”", "Then they left."],
        ),
        (
            "M. Dupont est arrivé hier. Il repart demain.",
            "fr",
            ["M. Dupont est arrivé hier.", "Il repart demain."],
        ),
        ("Сегодня тепло. Завтра будет дождь.", "ru", ["Сегодня тепло.", "Завтра будет дождь."]),
        ("今天天气很好。明天会下雨。", "zh", ["今天天气很好。", "明天会下雨。"]),
    ],
)
def test_boundaries(text: str, language: str, expected: list[str]) -> None:
    assert sentences(text, language) == expected


def test_spans_index_the_text_and_skip_headings() -> None:
    text = "Smaller control\n\nThe area they control is getting smaller. Fighters remain.\n\n– Avviser avtale"
    spans = split(text, "en")
    assert [text[a:b] for a, b in spans] == ["The area they control is getting smaller.", "Fighters remain."]


def test_headings_are_short_lines_without_closing_punctuation() -> None:
    assert is_heading("Petrified residents", 25)
    assert is_heading("– Avviser avtale", 25)
    assert not is_heading("– Fremmedkrigere får ikke lov til å forlate Raqqa, heter det videre i eposten.", 25)
    assert not is_heading('"The national hospital was liberated and".', 25)


def test_run_on_text_is_capped() -> None:
    text = " ".join(["word"] * 2000)
    assert all(b - a <= 2000 for a, b in split(text, "en"))


def test_lower_cased_text_splits_at_every_stop_and_ignores_its_scattered_quotes() -> None:
    from storyweave.normalize.sentences import is_caseless, split

    text = (
        'the city fell on tuesday after a long siege. officials said " the fighting is over. " residents '
        "returned to their homes in the north. aid groups warned that food was short and that winter was near. "
    ) * 4
    assert is_caseless(text)
    pieces = [text[a:b] for a, b in split(text, "en")]
    assert pieces[0] == "the city fell on tuesday after a long siege."
    assert len(pieces) >= 12
    cased = "The city fell on Tuesday after a long siege. Officials in Raqqa said the fighting was over. " * 6
    assert not is_caseless(cased)


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Flood waters rose in Norvik on Monday. Photo: John Smith/Reuters",
            ["Flood waters rose in Norvik on Monday."],
        ),
        ("Forty homes were evacuated. (Photo by Jane Doe/Getty Images)", ["Forty homes were evacuated."]),
        ("Die Polizei ermittelt. Foto: dpa/Michael Kappeler", ["Die Polizei ermittelt."]),
        ("By John Smith, Reuters", []),
        ("Von Max Mustermann und Erika Musterfrau", []),
        ("Dr. Smith goes to Washington", []),
    ],
)
def test_a_credit_or_byline_after_a_caption_is_not_part_of_its_sentence(paragraph: str, sentences: list[str]) -> None:
    assert [paragraph[a:b] for a, b in split(paragraph, "en")] == sentences


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        ("de", "Vier Verletzte nach Frontalkollision Der Passagier wurde beim Unfall schwer verletzt. Er lebt.",
         "Der Passagier wurde beim Unfall schwer verletzt."),
        ("en", "Five upcoming films on unsung heroes There’s nothing more irresistible than real stories. More.",
         "There’s nothing more irresistible than real stories."),
        ("es", "Marchan los LeBarón junto a familiares en Guerrero Los hermanos LeBarón marcharon el domingo. Fin.",
         "Los hermanos LeBarón marcharon el domingo."),
        ("tr", 'SİVİL POLİS ARACINA ÇARPTI, "POLİS ÇAĞIRMAYIN" DEDİ Abdulleyeva otomobili kenara çekti. Sonra.',
         "Abdulleyeva otomobili kenara çekti."),
        # no title: an opener inside the sentence after a word that wants more, or a title written in title case
        ("en", "He starred in The Godfather in 1972 and won an award. Then more.",
         "He starred in The Godfather in 1972 and won an award."),
        ("en", "Eleven EU Countries Speak Up For Restoring Freedom Of Movement. More.",
         "Eleven EU Countries Speak Up For Restoring Freedom Of Movement."),
        ("ar", "وكيل سوزوكي يكشف عن موعد طرح إسبريسو الجديدة. المزيد.", "وكيل سوزوكي يكشف عن موعد طرح إسبريسو الجديدة."),
        ("de", "Die Polizei hat drei Männer festgenommen, die Die Linke angegriffen hatten. Mehr.",
         "Die Polizei hat drei Männer festgenommen, die Die Linke angegriffen hatten."),
        ("en", "Return to form near insists Joe Root Joe Root believes he is close to his best form. More.",
         "Joe Root believes he is close to his best form."),
        ("en", "7 Cyber Rules Your Business Ignores (But Should Not) The last five years were hard for security. More.",
         "The last five years were hard for security."),
        ("de", "Vorsicht Satire: die Jahresglosse für 2020 Plus Die Kommunalwahl bringt Affing an seine Grenzen. Mehr.",
         "Die Kommunalwahl bringt Affing an seine Grenzen."),
    ],
)  # fmt: skip
def test_a_title_run_into_its_lead_is_a_heading(language: str, text: str, first: str) -> None:
    assert next(text[a:b] for a, b in split(text, language)) == first
