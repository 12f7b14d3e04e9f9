from __future__ import annotations

import codecs

import pytest

from storyweave.ingest import Input, read_input
from storyweave.ingest.textfix import clean, decode
from storyweave.model import Article
from storyweave.normalize import normalize
from storyweave.problems import InputError
from storyweave.settings import Settings


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


CHINESE = "北京市政府周二宣布，将在全市范围内推广垃圾分类制度，以改善城市环境。"
GERMAN = "Die Straße in Zürich wurde am Montag gesperrt, weil das Hochwasser über die Ufer trat und Häuser flutete. "


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ("<meta charset=gb2312><title>北京推广垃圾分类</title>", "gb2312"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><title>北京推广垃圾分类</title>', "gbk"),
        ('<meta charset="big5"><title>北京推廣垃圾分類</title>', "big5"),
        ('<meta charset="shift_jis"><title>東京の天気</title>', "shift_jis"),
        ('<meta charset="koi8-r"><title>Погода в Москве</title>', "koi8-r"),
        ('<meta charset="windows-1251"><title>Погода в Москве</title>', "cp1251"),
    ],
)
def test_a_declared_charset_is_the_one_used(head: str, encoding: str) -> None:
    text = "".join(c for c in head if ord(c) > 127)
    page = _page(head, f"<p>{text}</p>" * 5)
    assert text in decode(page.encode(encoding))


def test_a_gb2312_page_reads_as_chinese_through_the_html_reader() -> None:
    page = _page(
        "<meta charset=gb2312><title>北京推广垃圾分类</title>", f"<h1>北京推广垃圾分类</h1><p>{CHINESE * 6}</p>" * 3
    )
    [article] = list(read_input(Input(name="beijing.html", data=page.encode("gb2312")), Settings()))
    assert isinstance(article, Article) and article.title == "北京推广垃圾分类"
    assert normalize(article, Settings()).language == "zh"


def test_an_xml_declaration_names_the_charset() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><doc>Tromsø – “quoted”</doc>'.encode("cp1252")
    assert decode(data).endswith("<doc>Tromsø – “quoted”</doc>")


@pytest.mark.parametrize("declared", ["", "<meta charset=utf-8>"])
def test_a_character_cut_off_in_utf8_is_replaced_not_a_reason_to_change_charset(declared: str) -> None:
    data = _page(declared + "<title>Zürich</title>", f"<p>{GERMAN * 6}</p>").encode("utf-8")
    cut = data.replace("Häuser".encode(), "Häuser".encode()[:2], 1) + "ü".encode()[:1]
    text = decode(cut)
    assert text.count("\ufffd") == 2 and "Straße in Zürich" in text


def test_a_wrong_declaration_with_many_invalid_bytes_falls_back_to_detection() -> None:
    data = _page("<meta charset=utf-8>", "<p>Tromsø, Ålesund og Bodø fikk mye snø på fredag.</p>" * 5).encode("cp1252")
    assert "Tromsø, Ålesund og Bodø" in decode(data)
