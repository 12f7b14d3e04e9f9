"""A DateWise-style baseline (Gholipour Ghalandari & Ifrim 2020) run in the same harness as the engine.

It is the unsupervised core of DateWise, with the project's own date resolver in place of HeidelTime: dates are
ranked by how many sentences mention them, and each of the top `dates` days gets the `per_date` sentences nearest
(TF-IDF cosine) to the centroid of the sentences that mention it. Only exact day mentions count; a vague stretch
("in recent days") resolves to a day but is not evidence for it. The published DateWise adds a supervised date
ranker and publication-date sentences, so this is a floor beside it, not a reproduction of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from storyweave.model import Article, Citation, Sentence, TimelineEntry


class DatewiseBaseline:
    """Callable like the engine's `build_timeline`; it remembers each sentence's dates across the tasks of a run,
    because a topic with several gold timelines offers the same sentences to every one of them."""

    def __init__(self) -> None:
        from storyweave.digest.dates import resolve

        self._resolve = resolve
        self._days: dict[tuple[str, int], tuple[date, ...]] = {}

    def days(self, article: Article, sentence: Sentence) -> tuple[date, ...]:
        """The distinct days `sentence` names exactly, anchored on the article's publication date."""
        key = (article.id, sentence.index)
        if key not in self._days:
            mentions = self._resolve(sentence.text, article.published, article.language or "en")
            found = {m.value for m in mentions if m.precision == "day" and not m.approximate}
            self._days[key] = tuple(sorted(found))
        return self._days[key]

    def __call__(
        self,
        articles: Sequence[Article],
        *,
        dates: int,
        per_date: int,
        start: date | None = None,
        end: date | None = None,
    ) -> tuple[TimelineEntry, ...]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        pool = [(a, s) for a in articles for s in a.sentences if s.text.strip()]
        if not pool or dates <= 0 or per_date <= 0:
            return ()
        mentioning: dict[date, list[int]] = {}
        for position, (article, sentence) in enumerate(pool):
            for day in self.days(article, sentence):
                if (start is None or day >= start) and (end is None or day <= end):
                    mentioning.setdefault(day, []).append(position)
        ranked = sorted(mentioning, key=lambda d: (-len(mentioning[d]), d))[:dates]
        if not ranked:
            return ()
        try:
            vectors = TfidfVectorizer(stop_words="english", lowercase=True).fit_transform([s.text for _, s in pool])
        except ValueError:  # nothing but stop words: no vocabulary to rank by
            return ()
        entries: list[TimelineEntry] = []
        for day in ranked:
            rows = mentioning[day]
            block = vectors[rows]
            centroid = np.asarray(block.mean(axis=0)).ravel()
            similarity = block @ centroid
            chosen: list[int] = []
            seen: set[str] = set()
            for row in np.argsort(-similarity, kind="stable"):
                _, sentence = pool[rows[int(row)]]
                folded = " ".join(sentence.text.lower().split())
                if folded in seen:
                    continue
                seen.add(folded)
                chosen.append(rows[int(row)])
                if len(chosen) == per_date:
                    break
            picked = [pool[p] for p in chosen]
            entries.append(
                TimelineEntry(
                    date=day,
                    precision="day",
                    text=" ".join(s.text for _, s in picked),
                    citations=tuple(Citation(a.id, s.index) for a, s in picked),
                )
            )
        return tuple(sorted(entries, key=lambda e: e.date or date.min))
