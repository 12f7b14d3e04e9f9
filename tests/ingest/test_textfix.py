from __future__ import annotations

import codecs

import pytest

from storyweave.ingest.textfix import clean, decode
from storyweave.problems import InputError


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_decodes(encoding: str) -> None:
    text = "Tromsø, «søndag» – Zürich, café, naïve façade."
    if encoding == "latin-1":
        text = text.replace(" –", ",")
    data = text.encode(encoding)
    if encoding in ("utf-16-le",):
        data = codecs.BOM_UTF16_LE + data
    assert decode(data) == text


def test_cyrillic_legacy_text_is_not_mistaken_for_western() -> None:
    text = "Правительство объявило о новых мерах поддержки для жителей города во вторник."
    assert decode(text.encode("cp1251")) == text


@pytest.mark.parametrize("data", [b"", b" \n\t", b"\x00\x01\x02\x03\x04\xff\xfe\x00\x10"])
def test_empty_and_binary_are_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        decode(data)


def test_clean_repairs_mojibake_and_white_space() -> None:
    assert clean("CafÃ© in Zürich\u00a0\u00a0opens\r\n\r\n\r\n\r\nNext\u200b paragraph") == (
        "Café in Zürich opens\n\nNext paragraph"
    )
