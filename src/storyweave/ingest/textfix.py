"""Bytes to clean text: encodings, byte-order marks, mojibake and white space.

News files arrive in UTF-8, Latin-1, Windows-1252 and UTF-16; the order below tries the cheap certain answers first
(BOM, strict UTF-8) and asks charset-normalizer only when those fail.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from storyweave.problems import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
# Browsers look for a declared charset in the first 1024 bytes; pages full of inline script push it further.
_PRESCAN = 8192
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([\w.:-]+)[\"']", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]*?\bcharset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_HTTP_EQUIV = re.compile(rb"<meta[^>]*?content\s*=\s*[\"'][^\"'>]*?charset\s*=\s*([\w.:-]+)", re.IGNORECASE)
# Labels the HTML standard maps to a wider encoding than their name says (pages labelled Latin-1 are Windows-1252,
# GB2312 pages are GBK, and so on); Python knows the rest by their names.
_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "x-mac-roman": "mac-roman",
}
# Invalid bytes tolerated in a text that is otherwise valid in its encoding (at least this many, or 1 %).
_FEW_INVALID = 3
_MOJIBAKE_HINT = re.compile("[ÃÂâ][\u0080-\u00bf€-™]|Ã.|â€")


def decode(data: bytes) -> str:
    """Decode text bytes as a browser would, or raise InputError when they are empty or not text at all.

    The order is the HTML standard's: a byte-order mark, then the charset the document declares (XML declaration,
    `<meta charset>`, HTTP-equiv), then detection. A few invalid bytes (a character cut off at the end of a
    download) are replaced; they are never a reason to read the whole page in another charset.
    """
    if not data.strip():
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _mostly(data[len(bom) :], encoding)
            if text is None:
                raise InputError(f"invalid {encoding} text after its byte-order mark")
            return text
    if b"\x00" in data[:8192]:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise InputError("binary content, not text")
        return guessed
    declared = declared_encoding(data)
    if declared is not None:
        text = _mostly(data, declared, declared=True)
        if text is not None:
            return text
    text = _mostly(data, "utf-8")
    if text is not None:
        return text
    text = _guess(data)
    if _looks_binary(text):
        raise InputError("binary content, not text")
    return text


def declared_encoding(data: bytes) -> str | None:
    """The Python codec for the charset the document declares in its head, by the HTML standard's label rules."""
    head = data[:_PRESCAN]
    match = _XML_DECLARATION.match(head) or _META_CHARSET.search(head) or _HTTP_EQUIV.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A document that these ASCII patterns were found in cannot be UTF-16: the standard reads it as UTF-8.
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def _mostly(data: bytes, encoding: str, declared: bool = False) -> str | None:
    """The text in this encoding when at most a few bytes are invalid in it (they become U+FFFD); else None.

    Undeclared, the text must also hold valid characters beyond ASCII, or the invalid bytes are more likely
    a legacy charset's accents than a cut-off character.
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd")
    wide = sum(1 for char in text if ord(char) > 127) - replaced
    return text if replaced <= max(_FEW_INVALID, wide // 100) and (wide > 0 or declared) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs in every other byte of ASCII text; anything else with NULs is binary."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.4 * (len(sample) / 2):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _guess(data: bytes) -> str:
    """Western legacy text first (sparse accents in mostly ASCII words); charset-normalizer for the rest."""
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in {"ascii", "latin_1", "iso8859_1"}:
        # Windows-1252 is a superset of Latin-1 for printable text and is what "Latin-1" files usually are.
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


def _western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1's printable range) when the text reads as a Western language.

    Short Latin-1 texts fool statistical detectors (ø comes out as Czech ř); but a Cyrillic or Greek text decoded
    as 1252 turns nearly every letter into an accented one, so the share of non-ASCII letters tells them apart.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text[:20_000] if char.isalpha()]
    if not letters:
        return None
    accented = sum(1 for char in letters if ord(char) > 127)
    return text if accented / len(letters) < 0.3 else None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return True
    controls = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return controls / len(sample) > 0.05


def clean(text: str) -> str:
    """Repair mojibake, fold Unicode and white space; keep paragraph breaks (blank lines) as they are."""
    if _MOJIBAKE_HINT.search(text):
        import ftfy

        text = ftfy.fix_text(text, normalization="NFC")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)  # a lone surrogate (a JSON escape) is no character and cannot be stored
    text = _CONTROL.sub(" ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()
