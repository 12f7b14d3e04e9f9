from __future__ import annotations

import pytest

from storyweave.digest.summary import summarize, summarize_event
from storyweave.digest.summary.extractive import candidates_of
from storyweave.model import Article, Sentence


def report(key: str, sentences: list[str], language: str = "en") -> Article:
    return Article(
        id=key,
        title="",
        text=" ".join(sentences),
        language=language,
        sentences=tuple(Sentence(key, i, s, 0, 0) for i, s in enumerate(sentences)),
    )


STORY = [
    report(
        "a",
        [
            "Rebels captured the northern airport on Sunday after a week of heavy fighting.",
            "They said 40 soldiers had surrendered at the main terminal.",
            "The national hospital was liberated and",
            "Reporting by Jane Doe; editing by John Roe.",
            "Is the war over?",
        ],
    ),
    report(
        "b",
        [
            "The northern airport fell to rebels on Sunday, officials said.",
            "Some 40 soldiers surrendered at the terminal, a commander said.",
            "Aid groups said food was running short in the city.",
        ],
    ),
    report("c", ["Opprørerne tok flyplassen i nord søndag etter en uke med harde kamper."], "no"),
]


def test_every_line_cites_its_own_sentence_and_the_reports_that_say_the_same() -> None:
    lines = summarize(STORY, words=60)
    assert lines
    for line in lines:
        cited = {(c.article, c.sentence) for c in line.citations}
        own = next((a.id, s.index) for a in STORY for s in a.sentences if s.text == line.text)
        assert own in cited
    airport = next(line for line in lines if "airport" in line.text)
    assert len({c.article for c in airport.citations}) >= 2
    assert sum(len(line.text.split()) for line in lines) <= 60


def test_fragments_bylines_and_other_languages_never_enter_and_questions_only_when_nothing_else_is_left() -> None:
    texts = [line.text for line in summarize(STORY, words=500)]
    assert "The national hospital was liberated and" not in texts
    assert not any(t.startswith("Reporting by") for t in texts)
    assert not any("Opprørerne" in t for t in texts)  # the target language is English
    assert not any(t.endswith("?") for t in (line.text for line in summarize(STORY, words=30)))


def test_a_pronoun_sentence_comes_only_right_after_its_antecedent_and_after_every_plain_line() -> None:
    texts = [line.text for line in summarize(STORY, words=500)]
    they = "They said 40 soldiers had surrendered at the main terminal."
    if they in texts:
        assert texts[texts.index(they) - 1].startswith("Rebels captured")
    short = [line.text for line in summarize(STORY, words=40)]
    assert they not in short  # a short summary has plain lines enough
    lonely = [report("x", ["It was a long day for everyone involved in the talks.", "Nothing else."])]
    assert summarize(lonely, words=50) == ()


def test_no_report_in_the_target_language_says_so_and_uses_the_main_one() -> None:
    result = summarize_event([STORY[2]], words=50, language="en")
    assert result.language == "no" and "no report in 'en'" in result.note
    assert [line.text for line in result.sentences] == [STORY[2].sentences[0].text]


def test_the_same_input_gives_the_same_summary() -> None:
    assert summarize(STORY, words=40) == summarize(list(STORY), words=40)


def test_an_event_of_500_reports_is_summarised_in_bounded_time() -> None:
    import time

    reports = [
        report(
            f"r{i}",
            [f"Report {i} says {j * 3} people were moved from zone {j % 37} after the flood." for j in range(30)],
        )
        for i in range(500)
    ]
    started = time.perf_counter()
    lines = summarize(reports, words=120)
    assert lines and sum(len(line.text.split()) for line in lines) <= 120
    assert time.perf_counter() - started < 20


def _candidate(text: str, language: str) -> tuple[str, bool, bool]:
    (candidate,) = candidates_of([report("x", [text], language)], language)
    return candidate.text, candidate.selectable, candidate.anaphoric


@pytest.mark.parametrize(
    ("language", "text", "line"),
    [
        ("en", "LOS ANGELES (AP) — A fire destroyed three homes on Monday, officials said.",
         "A fire destroyed three homes on Monday, officials said."),
        ("en", "Reuters WASHINGTON - The Senate voted on Tuesday to pass the spending bill.",
         "The Senate voted on Tuesday to pass the spending bill."),
        ("de", "BERLIN, 5. Mai (dpa) – Die Regierung hat beschlossen, die Steuern zu senken.",
         "Die Regierung hat beschlossen, die Steuern zu senken."),
        ("en", "NATO said on Monday it would send more troops to the region.",
         "NATO said on Monday it would send more troops to the region."),
        ("en", "VANCOUVER -- The new year will start off much better for 13 puppies.",
         "The new year will start off much better for 13 puppies."),
        ("de", "Eschweiler (dpa/lnw) - Zwei Jugendliche haben an Silvester Raketen geschossen.",
         "Zwei Jugendliche haben an Silvester Raketen geschossen."),
        ("es", "Roma, 26 de febrero (EFE) .- Los infectados por el coronavirus superan los 350.",
         "Los infectados por el coronavirus superan los 350."),
        ("es", "Miami, Florida.- Después de días de espera, la familia dio negativo.",
         "Después de días de espera, la familia dio negativo."),
        ("ar", '"القدس العربي": أثارت أفنان البطل جدلاً واسعاً في السعودية بعد أن التقطت مقاطع.',
         "أثارت أفنان البطل جدلاً واسعاً في السعودية بعد أن التقطت مقاطع."),
        ("en", "The World Health Organization (WHO) - the agency said cases rose on Monday.",
         "The World Health Organization (WHO) - the agency said cases rose on Monday."),
    ],
)  # fmt: skip
def test_a_wire_dateline_is_cut_from_the_line(language: str, text: str, line: str) -> None:
    assert _candidate(text, language)[:2] == (line, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Keep supporting great journalism by turning off your ad blocker."),
        ("pl", "Czytaj także: nowe przepisy wchodzą w życie od poniedziałku."),
        ("fr", "Lire aussi : le gouvernement annonce de nouvelles mesures."),
        ("de", "Lesen Sie auch: Die Regierung plant neue Maßnahmen gegen die Krise."),
        ("tr", "Haberin devamı için tıklayın ve tüm ayrıntıları okuyun."),
        ("en", "“We will never give up and we will win this war.”"),
        ("ar", 'علينا القيام بهذا الواجب، وسنقوم به من ضمن قدرات الدولة في الوقت الحالي".'),  # half a quote
        ("en", "We will rebuild every house, and we will do it this year,” the mayor told reporters."),
        ("de", "Teilen Teilen Weiterleiten Weiterleiten Tweeten Drucken Von dpa Angesichts der Lage."),
    ],
)
def test_page_furniture_and_bare_quotes_are_never_summary_lines(language: str, text: str) -> None:
    assert _candidate(text, language)[1] is False


@pytest.mark.parametrize(
    ("language", "text", "anaphoric"),
    [
        ("pl", "To się nie zmieni w najbliższych latach, mówią eksperci.", True),
        ("en", "To date, 40 people have been rescued from the rubble.", False),  # Polish "to" is no English opener
        ("de", "Dabei kam er ums Leben, wie die Polizei mitteilte.", True),
        ("fr", "Sa candidature a été rejetée par le conseil lundi.", True),
        ("tr", "Bu karar büyük tepki topladı.", True),
        ("en", "The police also found break-in tools in a backpack he was carrying.", True),  # "he" names no one
        ("en", "Police said John Smith was arrested after he fled the scene.", False),
        ("fr", "Interrogé sur la coopération régionale, il a déclaré que la pandémie progressait.", True),
        ("en", "However, the talks broke down on Friday without a deal.", True),
    ],
)
def test_a_line_leaning_on_the_one_before_is_marked(language: str, text: str, anaphoric: bool) -> None:
    assert _candidate(text, language)[2] is anaphoric
