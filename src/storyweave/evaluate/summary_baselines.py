"""The same-run baselines of `storyweave evaluate summaries`: lead-3, the documents' leads, LexRank and TextRank.

Every baseline reads the sentences storyweave's splitter found (`Article.sentences`), so the systems differ only in
which sentences they pick. LexRank and TextRank are sumy's, fed a sumy document built here from those sentences:
sumy's own tokenizer wants NLTK's punkt data, which would download at run time, so words come from a regex that keeps
what sumy's tokenizer keeps (words of letters, hyphens inside), stemmed by NLTK's Snowball code (no data) and filtered
by the stop words sumy ships inside its package.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from typing import Any

from storyweave.evaluate.summaries import INSTALL_HINT, SummariesUnavailable, SummarySystem, truncate
from storyweave.model import Article

LEAD_SENTENCES = 3


def lead3(articles: Sequence[Article], *, words: int) -> list[str]:
    """The first three sentences of the documents read one after another (of the first document, unless it has
    fewer): lead-3 as multi-document work runs it on the concatenated input (Multi-News's First-3 row)."""
    sentences = [s.text for a in articles for s in a.sentences][:LEAD_SENTENCES]
    return truncate(sentences, words)


def leads(articles: Sequence[Article], *, words: int) -> list[str]:
    """Round-robin of the leads: every document's first sentence (in document order), then every second one, ...,
    until the budget; a multi-document lead baseline that does not favour the first document."""
    rounds = max((len(a.sentences) for a in articles), default=0)
    ordered = [a.sentences[n].text for n in range(rounds) for a in articles if n < len(a.sentences)]
    return truncate(ordered, words)


class _Words:
    """sumy's tokenizer interface without punkt. A word is a run of letters (hyphens inside), as sumy's own filter
    keeps after NLTK's tokenizer; a piece after an apostrophe ("'s", "n't") is dropped there too."""

    _WORD = re.compile(r"(?<!['’])\b[^\W\d_]+(?:-[^\W\d_]+)*")

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(self._WORD.findall(text))

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)  # never called: sentences come from storyweave's splitter


class _Ranking:
    """A sentence count for sumy that keeps every sentence and remembers sumy's ranking (best first; ties in input
    order), which sumy's summarizers otherwise hide by returning their picks in document order. LexRank's power
    method gives NaN when no two sentences are similar enough; those rank last, in input order."""

    def __init__(self) -> None:
        self.order: list[int] = []

    def __call__(self, infos: Sequence[Any]) -> Sequence[Any]:
        def key(info: Any) -> tuple[float, int]:
            rating = float(info.rating)
            return (-rating if math.isfinite(rating) else math.inf, int(info.order))

        self.order = [int(info.order) for info in sorted(infos, key=key)]
        return infos


class SumyRanker:
    """LexRank or TextRank as sumy 0.13 implements it, with its defaults; picks whole sentences best first until the
    budget (the last one cut at the budget), then gives them in input order, as sumy's summarizers do."""

    def __init__(self, method: str) -> None:
        try:
            from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
            from sumy.nlp.stemmers import Stemmer
            from sumy.summarizers.lex_rank import LexRankSummarizer
            from sumy.summarizers.text_rank import TextRankSummarizer
            from sumy.utils import get_stop_words
        except ImportError as error:
            raise SummariesUnavailable(f"the {method} baseline needs sumy ({error}); {INSTALL_HINT}") from error
        classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}
        self.summarizer = classes[method](Stemmer("english"))
        self.summarizer.stop_words = get_stop_words("english")
        self._document, self._paragraph, self._sentence = ObjectDocumentModel, Paragraph, Sentence
        self._words = _Words()

    def rank(self, articles: Sequence[Article]) -> list[int]:
        """Indices into the articles' sentences (read one article after another), best first."""
        paragraphs = [
            self._paragraph([self._sentence(s.text, self._words) for s in a.sentences]) for a in articles if a.sentences
        ]
        ranking = _Ranking()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # the NaN above, which `_Ranking` handles
            self.summarizer(self._document(paragraphs), ranking)
        return ranking.order

    def __call__(self, articles: Sequence[Article], *, words: int) -> list[str]:
        texts = [s.text for a in articles for s in a.sentences]
        order = self.rank(articles)
        picked = truncate([texts[i] for i in order], words)
        chosen = sorted(zip(order, picked, strict=False))  # zip stops at the picks: the best-ranked ones
        return [text for _, text in chosen]


def baseline_systems() -> dict[str, SummarySystem]:
    """The same-run peers of `evaluate summaries`, by name."""
    return {"lead3": lead3, "leads": leads, "lexrank": SumyRanker("lexrank"), "textrank": SumyRanker("textrank")}
