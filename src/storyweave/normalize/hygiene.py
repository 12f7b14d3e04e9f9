"""Text hygiene for a stream: the furniture evidence of `furniture.py` gathered from the store and applied per batch.

A batch is judged with everything stored before it, so the first articles of a run learn from the rest of their
batch, and an article stored before a line was found out loses that line's sentences then (its event's digest is
rebuilt). The cost per batch is bounded: at most `furniture_evidence` carriers are read per recurring line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from storyweave.model import Article
from storyweave.normalize import normalize, split_sentences
from storyweave.normalize.furniture import Carrier, content_words, decide, line_key, sentence_lines
from storyweave.settings import Settings
from storyweave.store import Store


@dataclass
class Verdict:
    """What one batch taught: every furniture line among its lines, and the lines it found out first."""

    furniture: frozenset[str] = frozenset()
    found: dict[str, str] = field(default_factory=dict)  # key -> a sample of the line


class FurnitureFilter:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def judge(self, articles: Sequence[Article]) -> Verdict:
        hmw = self.settings.heading_max_words
        lines = {a.id: {key: (s, e) for key, s, e in sentence_lines(a.text, hmw)} for a in articles}
        texts = {a.id: a.text for a in articles}
        every = {key for keys in lines.values() for key in keys}
        if not every:
            return Verdict()
        known = self.store.known_furniture(every)
        carriers: dict[str, set[str]] = defaultdict(set)
        for article_id, keys in lines.items():
            for key in keys.keys() - known:
                carriers[key].add(article_id)
        limit = self.settings.furniture_evidence
        for key, stored in self.store.line_carriers(carriers, limit).items():
            carriers[key].update(stored)
        candidates = {key: ids for key, ids in carriers.items() if len(ids) >= self.settings.furniture_min_articles}
        if not candidates:
            return Verdict(frozenset(known))
        leave_out = known | candidates.keys()
        words: dict[str, frozenset[str]] = {}

        def of(article_id: str) -> frozenset[str]:
            if article_id not in words:
                text = texts.get(article_id)
                if text is None:
                    stored_text = self.store.article_text(article_id)
                    text = stored_text[0] if stored_text else ""
                words[article_id] = content_words(text, hmw, leave_out)
            return words[article_id]

        evidence = {key: [Carrier(i, of(i)) for i in sorted(ids)[:limit]] for key, ids in candidates.items()}
        found = decide(evidence, self.settings.furniture_unrelated_overlap)
        samples = {}
        for key in found:
            article_id = next(i for i in sorted(candidates[key]) if i in lines)
            start, end = lines[article_id][key]
            samples[key] = texts[article_id][start:end].strip()
        return Verdict(frozenset(known | found), samples)

    def normalise(
        self, batch: Sequence[Article], verdict: Verdict, on_error: Callable[[Article, Exception], None]
    ) -> list[Article]:
        """The batch normalised without its furniture; an article that fails is reported and left out.

        A furniture line can also stand as a sentence inside a longer paragraph; the articles where it does are
        split again without it.
        """
        done: list[tuple[Article, Article]] = []
        for found in batch:
            try:
                done.append((found, normalize(found, self.settings, verdict.furniture)))
            except Exception as error:  # one article's pathological text costs that article, not the run
                on_error(found, error)
        said = self.sentences_of_furniture([article for _, article in done], verdict)
        if not said:
            return [article for _, article in done]
        result = []
        for found, article in done:
            if any(line_key(s.text) in said for s in article.sentences):
                try:
                    article = normalize(found, self.settings, verdict.furniture | said)
                except Exception as error:
                    on_error(found, error)
                    continue
            result.append(article)
        return result

    def sentences_of_furniture(self, articles: Sequence[Article], verdict: Verdict) -> frozenset[str]:
        """Furniture keys that some of these normalised articles still have as a whole sentence (a furniture line
        run into a paragraph of its own), so that their sentences are split again without them."""
        keys = {line_key(s.text) for article in articles for s in article.sentences}
        return frozenset((keys & verdict.furniture) | self.store.known_furniture(keys))

    def commit(self, stored: Sequence[Article], verdict: Verdict) -> int:
        """Inside the batch's transaction: record the new articles' lines and the lines found out, and take those
        lines' sentences from articles stored before; returns how many stored articles changed."""
        hmw = self.settings.heading_max_words
        batch = {a.id for a in stored}
        for article in stored:
            self.store.record_lines(article.id, (key for key, _, _ in sentence_lines(article.text, hmw)))
        changed = 0
        for key, sample in verdict.found.items():
            self.store.add_furniture(key, sample)
            carriers = dict.fromkeys([*self.store.all_carriers(key), *self.store.articles_saying(sample)])
            for article_id in carriers:
                if article_id in batch:
                    continue
                found = self.store.article_text(article_id)
                if found is None:
                    continue
                text, language = found
                keys = {k for k, _, _ in sentence_lines(text, hmw)}
                keys.update(line_key(s.text) for s in self.store.article_sentences(article_id))
                furniture = self.store.known_furniture(keys)
                sentences = split_sentences(article_id, text, language, self.settings, furniture)
                changed += self.store.replace_sentences(article_id, sentences)
        return changed
