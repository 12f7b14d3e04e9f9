"""The bounded fuzz run CI makes: every reader, the decoder, the sentence splitter, the normaliser and each digest
step on generated hostile input, and seeded corruptions of a sample of the real web files.

Derandomised, so a red run is the same red run on every machine and the example hypothesis prints is the input to
fix; `bench/fuzz.py` runs the same generators and properties (tests/fuzzing.py) over 100,000 inputs and more.
"""

from __future__ import annotations

import random
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.ingest import READERS
from storyweave.settings import Settings
from tests import fuzzing

SETTINGS = Settings()


def fuzz(examples: int) -> Callable[[Any], Any]:
    """Hypothesis as CI needs it: the same examples every run, no example database, no per-example deadline."""
    return settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


@contextmanager
def shown(**values: object) -> Iterator[None]:
    """The failing input, on the exception: hypothesis's own report prints the arguments empty under this pytest,
    and with `st.randoms()` the arguments would not be the input anyway."""
    try:
        yield
    except BaseException as error:
        for name, value in values.items():
            text = repr(value)
            error.add_note(f"{name} = {text[:4000]}{' …' if len(text) > 4000 else ''}")
        raise


rngs = st.randoms(use_true_random=False)
pieces = st.one_of(st.sampled_from(fuzzing.ALL_PIECES), st.text(max_size=6))
texts = st.one_of(
    rngs.map(fuzzing.random_text),
    st.lists(pieces, max_size=30).map(" ".join),
    st.lists(pieces, max_size=30).map("".join),
    st.text(max_size=300),
)
languages = st.sampled_from(fuzzing.LANGUAGES)
anchors = st.one_of(st.none(), rngs.map(fuzzing.random_day))


@given(data=st.one_of(st.binary(max_size=600), rngs.map(fuzzing.random_bytes)))
@fuzz(400)
def test_decode_raises_only_input_error_and_its_text_cleans(data: bytes) -> None:
    with shown(data=data):
        fuzzing.check_decode(data)


@given(text=st.one_of(texts, st.text(alphabet=st.characters(codec=None), max_size=200)))
@fuzz(400)
def test_clean_never_raises_and_folds_controls(text: str) -> None:
    with shown(text=text):
        fuzzing.check_clean(text)


@given(text=texts, language=languages, heading_max_words=st.integers(0, 40))
@fuzz(400)
def test_sentence_spans_are_in_order_and_inside_the_text(text: str, language: str, heading_max_words: int) -> None:
    with shown(text=text, language=language, heading_max_words=heading_max_words):
        fuzzing.check_split(text, language, heading_max_words)


@given(
    value=st.one_of(
        texts,
        rngs.map(fuzzing.published_value),
        st.integers(),
        st.floats(),
        st.dates(),
        st.datetimes(),
        st.none(),
        st.lists(st.integers(), max_size=3),
    )
)
@fuzz(300)
def test_published_dates_parse_or_are_unknown(value: object) -> None:
    with shown(value=value):
        fuzzing.check_published(value)


@given(text=texts, rng=rngs)
@fuzz(300)
def test_feed_entry_markup_becomes_text(text: str, rng: random.Random) -> None:
    markup = fuzzing.markup_text(rng, text)
    with shown(markup=markup):
        fuzzing.check_html_to_text(markup)


@given(text=texts, anchor=anchors, language=languages)
@fuzz(300)
def test_date_mentions_are_the_text_they_span(text: str, anchor: date | None, language: str) -> None:
    with shown(text=text, anchor=anchor, language=language):
        fuzzing.check_dates(text, anchor, language)


@given(text=texts, language=languages, anchor=anchors)
@fuzz(300)
def test_quantities_lie_in_the_text_with_ordered_bounds(text: str, language: str, anchor: date | None) -> None:
    with shown(text=text, language=language, anchor=anchor):
        fuzzing.check_quantities(text, language, anchor)


numberish = st.text(alphabet="0123456789.,' ’\u00a0\u202f١٢٣²-+e", max_size=14)


@given(token=st.one_of(numberish, st.sampled_from(fuzzing.NUMBERS), st.text(max_size=8)), language=languages)
@fuzz(300)
def test_parse_number_answers_a_number_none_or_ambiguous(token: str, language: str) -> None:
    with shown(token=token, language=language):
        fuzzing.check_parse_number(token, language)


@given(sentences=st.lists(st.one_of(rngs.map(fuzzing.random_sentence), texts), min_size=1, max_size=4))
@fuzz(300)
def test_mentions_lie_in_their_sentence(sentences: list[str]) -> None:
    with shown(sentences=sentences):
        fuzzing.check_mentions(sentences, sentences[:1])


@given(spec=rngs.map(fuzzing.random_spec))
@fuzz(200)
def test_normalize_keeps_the_text_and_spans_its_sentences(spec: fuzzing.Spec) -> None:
    with shown(spec=spec):
        fuzzing.check_normalized(spec.article(), SETTINGS)


def test_the_generated_inputs_reach_every_reader() -> None:
    """Otherwise a reader could drop out of the fuzz run unnoticed when the registry's choice changes."""
    reached = {fuzzing.reader_of(fuzzing.random_input(random.Random(seed))) for seed in range(300)}
    assert set(READERS) <= reached, reached


READ_EXAMPLES = {"html": 60, "feed": 120, "json": 120, "jsonl": 120, "text": 100, "soup": 80, "xml": 60}


@pytest.mark.parametrize("family", sorted(READ_EXAMPLES))
def test_read_input_yields_articles_or_one_line_problems(family: str) -> None:
    @given(rng=rngs)
    @fuzz(READ_EXAMPLES[family])
    def read(rng: random.Random) -> None:
        item = fuzzing.random_input(rng, family)
        with shown(item=item):
            fuzzing.check_read_and_normalize(item, SETTINGS)

    read()


@given(rng=rngs)
@fuzz(80)
def test_read_input_survives_gzip_of_any_document(rng: random.Random) -> None:
    item = fuzzing.random_input(rng, compressed=True)
    with shown(item=item):
        fuzzing.check_read_and_normalize(item, SETTINGS)


STEP_EXAMPLES = {"digest": 30, "digest-embedded": 20}


@pytest.mark.parametrize("step", list(fuzzing.DIGEST_STEPS))
def test_digest_step_never_raises_and_cites_real_sentences(step: str) -> None:
    @given(event=rngs.map(fuzzing.random_event))
    @fuzz(STEP_EXAMPLES.get(step, 50))
    def digest(event: tuple[fuzzing.Spec, ...]) -> None:
        with shown(event=event):
            fuzzing.check_step(step, event, SETTINGS)

    digest()


# Files sampled per folder of ../shared/data/web and corruptions of each (the bench corrupts every file); the page
# folders are sampled thinly because trafilatura reads some 20 pages a second.
SAMPLES = {
    "feedparser": (150, 3),
    "htmldate-test-set": (8, 3),
    "trafilatura-cache": (8, 3),
    "trafilatura-resources": (30, 4),
}


@pytest.mark.parametrize("folder", sorted(SAMPLES))
def test_seeded_corruptions_of_web_files_are_read_or_reported(folder: str) -> None:
    root = fuzzing.WEB / folder
    files = fuzzing.web_files(root)
    if not files:
        pytest.skip(f"{root} is not here (the shared web inputs are optional)")
    count, corruptions = SAMPLES[folder]
    rng = random.Random(f"fuzz:{folder}")
    faults: list[str] = []
    for path in sorted(rng.sample(files, min(count, len(files)))):
        for label, item in fuzzing.corruptions(path, rng, corruptions):
            try:
                fuzzing.check_read_and_normalize(item, SETTINGS)
            except Exception as error:  # every fault of the sample is reported, not only the first
                where = traceback.extract_tb(error.__traceback__)[-1]
                faults.append(
                    f"{_relative(path)} [{label}]: {type(error).__name__}: {error} at {where.filename}:{where.lineno}"
                )
    assert not faults, "\n".join(faults)


def _relative(path: Path) -> str:
    return str(path.relative_to(fuzzing.WEB))
