"""Normalise: language, sentences and a title for every article; duplicates are found against the store."""

from __future__ import annotations

from dataclasses import replace

from storyweave.model import Article, Sentence
from storyweave.normalize import sentences as sentence_splitter
from storyweave.normalize.language import detect_language
from storyweave.settings import Settings

__all__ = ["derive_title", "normalize"]


def normalize(article: Article, settings: Settings) -> Article:
    language = detect_language(
        f"{article.title}\n{article.text}", hint=article.language, sample_chars=settings.language_sample_chars
    )
    spans = sentence_splitter.split(article.text, language, settings.heading_max_words)
    sentences = tuple(
        Sentence(article_id=article.id, index=i, text=article.text[a:b], start=a, end=b)
        for i, (a, b) in enumerate(spans)
    )
    title = article.title or derive_title(sentences, article.text, settings.derived_title_chars)
    return replace(article, language=language, sentences=sentences, title=title)


def derive_title(sentences: tuple[Sentence, ...], text: str, limit: int) -> str:
    """The lead sentence, cut at a word boundary: what a reader would take as the headline."""
    lead = sentences[0].text if sentences else text.strip().split("\n", 1)[0]
    if len(lead) <= limit:
        return lead
    cut = lead.rfind(" ", 0, limit - 1)
    return lead[: cut if cut > 0 else limit - 1].rstrip(",;:–- ") + "…"
