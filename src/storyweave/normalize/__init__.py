"""Normalise: language, sentences and a title for every article; duplicates are found against the store."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace

from storyweave.model import Article, Sentence
from storyweave.normalize import sentences as sentence_splitter
from storyweave.normalize.furniture import line_key, sentence_lines
from storyweave.normalize.language import detect_language
from storyweave.settings import Settings

__all__ = ["derive_title", "normalize", "split_sentences"]


def normalize(article: Article, settings: Settings, furniture: AbstractSet[str] = frozenset()) -> Article:
    """Language, sentences and a title; lines whose key is in `furniture` (page furniture) give no sentences."""
    language = detect_language(
        f"{article.title}\n{article.text}", hint=article.language, sample_chars=settings.language_sample_chars
    )
    sentences = split_sentences(article.id, article.text, language, settings, furniture)
    title = article.title or derive_title(sentences, article.text, settings.derived_title_chars)
    return replace(article, language=language, sentences=sentences, title=title)


def split_sentences(
    article_id: str, text: str, language: str, settings: Settings, furniture: AbstractSet[str] = frozenset()
) -> tuple[Sentence, ...]:
    """The article's sentences, numbered in order, leaving out those on furniture lines."""
    spans = sentence_splitter.split(text, language, settings.heading_max_words)
    if furniture:
        # A furniture line gives no sentence, nor does a sentence that says just what a furniture line says
        # ("Jetzt teilen:" run into the paragraph before it).
        cut = [(a, b) for key, a, b in sentence_lines(text, settings.heading_max_words) if key in furniture]
        spans = [
            (a, b)
            for a, b in spans
            if not any(start <= a < end for start, end in cut) and line_key(text[a:b]) not in furniture
        ]
    return tuple(
        Sentence(article_id=article_id, index=i, text=text[a:b], start=a, end=b) for i, (a, b) in enumerate(spans)
    )


def derive_title(sentences: tuple[Sentence, ...], text: str, limit: int) -> str:
    """The lead sentence, cut at a word boundary: what a reader would take as the headline."""
    lead = sentences[0].text if sentences else text.strip().split("\n", 1)[0]
    if len(lead) <= limit:
        return lead
    cut = lead.rfind(" ", 0, limit - 1)
    return lead[: cut if cut > 0 else limit - 1].rstrip(",;:–- ") + "…"
