"""Page furniture: lines that recur in unrelated articles are not sentences; lines two reports of one story share are."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.normalize.furniture import Carrier, content_words, decide, line_key
from storyweave.pipeline import run
from storyweave.settings import Settings
from storyweave.store import Store
from tests.conftest import SHARED_DATA

COOKIE = "We use cookies to improve your experience; by continuing to browse you accept our use of cookies."
STORIES = {
    "flood": "The river Norva burst its banks in Norvik on Monday night. Forty homes in the old harbour were evacuated. "
    "Firefighters pumped water from cellars until the morning.",
    "strike": "Dockers in Adelport walked out on Friday over a new shift system. Container ships queued in the bay. "
    "The port authority said talks would resume next week.",
    "election": "Voters in Kessel elected a new mayor on Sunday after a close race. Turnout reached sixty percent. "
    "The winner promised cheaper buses and more parks.",
    "festival": "The summer jazz festival in Lundby drew record crowds this weekend. Forty bands played on six stages. "
    "Organisers plan to add a seventh stage next year.",
}
QUOTE = '"We will rebuild every house the water took," the mayor of Norvik told reporters at the harbour.'
FLOOD_TWO = (
    "Flood waters rose through the night in Norvik, where the Norva burst its banks on Monday. Residents of the old "
    "harbour left their homes as firefighters pumped cellars and the river kept rising until the morning."
)


def _write(folder: Path, name: str, *paragraphs: str) -> None:
    (folder / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _sentences(store: Store) -> list[str]:
    return [s.text for article in store.iter_articles() for s in article.sentences]


def test_a_line_in_unrelated_articles_is_furniture_and_one_two_reports_share_is_not() -> None:
    words = {name: content_words(text, 25) for name, text in STORIES.items()}
    unrelated = {"cookie": [Carrier(name, words[name]) for name in ("flood", "strike")]}
    related = {"quote": [Carrier("flood", words["flood"]), Carrier("flood2", content_words(FLOOD_TWO, 25))]}
    assert decide(unrelated, 0.1) == {"cookie"}
    assert decide(related, 0.1) == set()


def test_line_keys_fold_case_and_space_only() -> None:
    assert line_key("Jetzt  teilen:") == line_key("jetzt teilen:")
    assert line_key("Jetzt teilen:") != line_key("Jetzt teilen!")


def test_furniture_is_dropped_from_every_article_even_those_stored_before_it_was_found(tmp_path: Path) -> None:
    """One article per batch, so the first article is stored before the second shows the line to be furniture."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in STORIES.items():
        _write(folder, name, text, COOKIE)
    _write(folder, "flood2", FLOOD_TWO, QUOTE)
    _write(folder, "flood3", "Norvik counted the cost of the flood on Tuesday as the Norva fell again.", QUOTE)
    settings = Settings(encoder="hashing", batch_size=1)
    with Store(tmp_path / "s.db") as store:
        report = run([str(folder)], store, settings)
        sentences = _sentences(store)
        assert COOKIE not in sentences
        assert sentences.count(QUOTE) == 2  # two reports of one story share it: it stays
        assert "Forty homes in the old harbour were evacuated." in sentences
        assert report.furniture_lines == 1 and report.furniture_refits == 1
        assert store.furniture_lines() == [(COOKIE, 4)]
        assert store.stale_digests() == []  # the first article's event was digested after it lost the line
        for article in store.iter_articles():
            assert [s.index for s in article.sentences] == list(range(len(article.sentences)))


def test_a_later_run_finds_furniture_in_an_earlier_runs_articles_and_rebuilds_their_digests(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    _write(first, "flood", STORIES["flood"], COOKIE)
    _write(second, "strike", STORIES["strike"], COOKIE)
    settings = Settings(encoder="hashing")
    with Store(tmp_path / "s.db") as store:
        run([str(first)], store, settings)
        assert COOKIE in _sentences(store)
        run([str(second)], store, settings)
        assert COOKIE not in _sentences(store)
        cited = [
            (c["article"], c["sentence"])
            for event, _ in store.iter_events()
            for part in ("summary", "timeline")
            for line in (store.digest(event.id) or {}).get(part, [])
            for c in line["citations"]
        ]
        assert cited
        assert COOKIE not in store.sentence_texts(cited)
        assert None not in store.sentence_texts(cited)


SEMEVAL = SHARED_DATA / "semeval2022-task8-hfl-sample" / "training_set.csv.gz"


@pytest.mark.skipif(not SEMEVAL.is_file(), reason="needs ../shared/data/semeval2022-task8-hfl-sample")
def test_on_the_semeval_articles_recurring_furniture_lines_are_not_sentences(tmp_path: Path) -> None:
    """The sample's articles as plain text, as scrapers saved them: the share-buttons, 'read the whole article'
    links, captcha walls and disclaimers that recur across unrelated articles give no sentence; what two reports
    of one story share stays, and almost nothing else is lost."""
    from storyweave.evaluate.semeval import read_pairs, write_texts

    write_texts(read_pairs(SEMEVAL), tmp_path / "texts")
    with Store(tmp_path / "s.db") as store:
        run([str(tmp_path / "texts")], store, Settings(encoder="hashing"), events=False)
        found = dict(store.furniture_lines())
        sentences = set(_sentences(store))
        total = len(_sentences(store))
    for furniture in ("Den vollständigen Artikel lesen ...", "Jetzt teilen:", "Here is one of them:"):
        assert furniture in found and furniture not in sentences
    assert any("adresu IP" in line for line in found)  # a captcha wall, in Polish
    assert any("شبكة الشرق الأوسط" in line for line in found)  # an agency disclaimer, in Arabic
    assert not any("LeBaron" in line for line in found)  # three paragraphs two reports of one story share
    assert sum(n for n in found.values()) < 0.01 * total


@pytest.mark.parametrize("name", ["a-vote", "z-vote"])  # stored before the line is found out, or after
def test_a_furniture_line_run_into_a_paragraph_is_no_sentence_either(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "flood", STORIES["flood"], COOKIE)
    _write(folder, "strike", STORIES["strike"], COOKIE)
    _write(folder, name, f"{STORIES['election']} {COOKIE}")  # the notice run into the story's last paragraph
    with Store(tmp_path / "s.db") as store:
        run([str(folder)], store, Settings(encoder="hashing", batch_size=1))
        assert COOKIE not in _sentences(store)
        assert "Turnout reached sixty percent." in _sentences(store)


def test_a_notice_that_every_page_runs_into_a_paragraph_is_found_out_as_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("flood", "strike", "election"):
        _write(folder, name, f"{STORIES[name]} {COOKIE}")  # never a line of its own
    with Store(tmp_path / "s.db") as store:
        run([str(folder)], store, Settings(encoder="hashing"))
        sentences = _sentences(store)
        assert COOKIE not in sentences
        assert "Turnout reached sixty percent." in sentences
        assert COOKIE in dict(store.furniture_lines())


def test_a_report_quoted_whole_inside_another_stays_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "brief", QUOTE)
    _write(folder, "full", f"{STORIES['flood']} {QUOTE}")
    with Store(tmp_path / "s.db") as store:
        run([str(folder)], store, Settings(encoder="hashing"))
        assert _sentences(store).count(QUOTE) == 2
