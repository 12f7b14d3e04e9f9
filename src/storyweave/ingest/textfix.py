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
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
_MOJIBAKE_HINT = re.compile("[ÃÂâ][\u0080-\u00bf€-™]|Ã.|â€")


def decode(data: bytes) -> str:
    """Decode text bytes, or raise InputError when they are empty or not text at all."""
    if not data.strip():
        raise InputError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"invalid {encoding} text after its byte-order mark") from error
    if b"\x00" in data[:8192]:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise InputError("binary content, not text")
        return guessed
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _guess(data)
    if _looks_binary(text):
        raise InputError("binary content, not text")
    return text


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
    text = _CONTROL.sub(" ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()
