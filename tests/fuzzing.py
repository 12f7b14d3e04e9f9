"""What the fuzz campaign feeds the engine and what it demands back, shared by the CI run and the long one.

`tests/test_fuzz.py` (bounded, derandomised hypothesis) and `bench/fuzz.py` (100,000 inputs and more) draw their
inputs from the same generators and check them with the same properties, so a fault the long campaign finds is a
fault the CI run is able to find, and a property tightened here is tightened in both. Every generator takes a
`random.Random`: the bench passes a seeded one, hypothesis passes its own (`st.randoms()`), whose draws it can
replay and shrink.

The generators aim where news text is odd in the wild: hyphenated words with no capital ("op-ed", "torná-la"),
quotation marks of every script, figures with every separator, dates in several languages and impossible ones,
Arabic, Chinese and Cyrillic, direction marks, NULs and words thousands of characters long. The web files in
`../shared/data/web/` are corrupted the way downloads break: cut short, bytes flipped, inserted, dropped, repeated.
"""

from __future__ import annotations

import gzip
import json
import math
import random
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from storyweave.digest.anchor import anchor_articles
from storyweave.digest.builder import build_digest
from storyweave.digest.dates import resolve
from storyweave.digest.entities import extract_entities
from storyweave.digest.facts import extract_facts
from storyweave.digest.mentions import find_definitions, find_mentions
from storyweave.digest.name_words import Lexicon
from storyweave.digest.quantities import read_quantities
from storyweave.digest.quotes import extract_quotes
from storyweave.digest.summary import summarize_event
from storyweave.digest.timeline import build_timeline
from storyweave.ingest import Input, read_input
from storyweave.ingest.dates import parse_published
from storyweave.ingest.html import html_to_text
from storyweave.ingest.registry import choose
from storyweave.ingest.textfix import clean, decode
from storyweave.language.numbers import Ambiguous, parse_number
from storyweave.model import PRECISIONS, Article, Citation, Digest, Precision
from storyweave.normalize import normalize
from storyweave.normalize import sentences as splitter
from storyweave.problems import InputError, Problem
from storyweave.records import to_json
from storyweave.represent.calibration import centre
from storyweave.represent.encoder import Vectors
from storyweave.represent.hashing import HashingEncoder
from storyweave.settings import Settings

WEB = Path(__file__).resolve().parents[2] / "shared" / "data" / "web"

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary: the pieces generated text is made of.

WORDS = tuple(
    "the fighters said on city forces took control of after months battle residents fled streets were empty "
    "and a in to was by from with at for it they he she we that this which who its their his her "
    "krigerne sa byen styrkene tok kontroll over etter måneder kamp innbyggerne flyktet og i på av til "
    "die Kämpfer sagten Stadt Kontrolle über nach Monaten Kampf les combattants ont dit ville contrôle "
    "los combatientes dijeron ciudad control después meses batalla que não para uma é".split()
)
# fmt: off
NAMES = (
    "Raqqa", "Syria", "Syrian Democratic Forces", "SDF", "Islamic State", "ISIS", "IS", "Daesh", "YPG", "Kurdish",
    "Talal Silo", "Abdulrahman", "al-Baghdadi", "Abu Bakr al-Baghdadi", "Jean-Luc Picard", "McDonald's", "O'Neill",
    "NATO's", "U.S.", "U.N.", "U.S.-backed", "Kurdish-led", "anti-ISIS", "Mr. Trump", "Dr. Smith", "Gen. Townsend",
    "J. R. R. Tolkien", "BEIRUT (AP) —", "RAQQA, Syria (Reuters) -", "KURTZ:", "CARL AZUZ, CNN ANCHOR:", "Reuters",
    "the Associated Press", "Al Jazeera", "Oslo", "Norge", "Forsvarsdepartementet", "Ministry of Defence (MoD)",
    "Syrian Observatory for Human Rights (SOHR)", "iPhone", "eBay", "deGrasse", "van der Berg", "de la Cruz",
)
HYPHENATED = (
    "op-ed", "ta-da", "torná-la", "fazê-lo", "dá-lhe", "e-mail", "X-ray", "mid-October", "co-op", "self-", "-ish", "--",
    "a-b-c-d-e", "well‐known", "non‑stop", "-", "‐", "Al-", "-Raqqa", "ISIS-K", "F-16", "COVID-19", "9-11", "Hi-Lo",
    "pre-War", "ex-ISIS", "al-", "-al", "Saint-Étienne", "up-to-date", "x-", "-x-", "A-", "-A", "a--b", "Nord-Norge",
    "anti-IS-kampen", "øst-Syria", "-17", "op-Ed", "o-P-e-D", "ta-Da", "re-ISIS-ed",
)
QUOTES = (
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "〝", "〞", "＂", "`", "´", "''", "``",
    '""', "“”", "«»", "‟", "‛",
)
PUNCTUATION = (
    ".", ",", ";", ":", "!", "?", "…", "...", "—", "–", "-", "(", ")", "[", "]", "/", "&", "%", "*", "•", "·", "¿", "¡",
    "。", "！", "？", "、", "،", "؟", "؛", "।", "\\", "|", "#", "@", "<", ">", "&amp;", "&#0;", "&nbsp;", "?!", "!!!",
    ". . .", ".”", "?»", ".)", "e.g.", "i.e.", "etc.", "No.", "nr.", "ca.", "St.", "Jan.", "s.",
)
NUMBERS = (
    "0", "1", "17", "1,000", "1.000", "1 000", "1\xa0000", "1\u202f000", "1'000", "1’000", "12.5", "12,5", "1,234.56",
    "1.234,56", "1,00,000", "3/4", "½", "10%", "10 %", "10 prosent", "$5m", "$5 million", "€3.2bn", "£1,000", "¥100",
    "1e10", "0x1F", "-5", "+7", "−3", "1,", ",5", "1..2", "1,,2", "1.2.3.4", "٣", "١٢٣", "١٬٠٠٠", "१२३", "１２３", "²",
    "⁵", "Ⅻ", "9" * 60, "1," * 30,
    "some 100", "a few hundred", "rundt 90 prosent",
    "two dozen", "thousands", "1.5 million", "hundreds of thousands", "between 10 and 20", "10-20", "10–20", "10 to 20",
    "up to 5,000", "nearly 40 percent", "over 3", "at least 12", "tre millioner", "fire", "vingt", "zwei", "1st", "2nd",
    "21.", "No. 1", "#1", "24/7", "7:30", "3 p.m.", "5 km", "100 kg", "40 days", "six months", "2 years", "1.5",
    "0.0000001", "1,000,000,000,000,000,000,000", "10^6", "1 million 200 thousand", "a dozen", "hundreds",
    "mer enn 200", "over 1000 sivile", "3.000", "3,000 fighters", "1.5-2 million", "$", "€", "kr 50", "50 kr",
    "NOK 3 mrd.", "90 per cent", "one hundred and twenty", "tjuefem", "ninety-nine", "99-year-old", "1990s",
)
DATES = (
    "2017-10-17", "2017-10", "2017", " date 2017-10-17", "17 October 2017", "October 17, 2017", "Oct. 17", "October 17",
    "17 October", "14. oktober", "14. Oktober 2017", "on Tuesday", "Tuesday", "last week", "next month", "yesterday",
    "tomorrow", "today", "lørdag", "i går", "siden juli", "since early June", "in early June", "mid-2017", "the 1990s",
    "'17", "17/10/2017", "10/17/2017", "1/2/3", "31/02/2017", "2017-02-30", "2017-13-01", "0000-00-00", "1800-01-01",
    "2200-12-31", "9999-12-31", "31 February", "February 29", "29 February 2100", "Monday morning", "this morning",
    "last night", "in 2017", "(2017)", "2017-10-17T10:00:00Z", "Tue, 17 Oct 2017 10:00:00 +0000", "Q3 2017",
    "am Montag", "le 17 octobre", "el 17 de octubre", "17 октября 2017", "2017年10月17日", "١٧ أكتوبر ٢٠١٧", "0 January 0",
    "32 December 2017", "October 0", "in October", "in October 2017", "earlier this month", "last year",
    "two weeks ago", "i fjor", "forrige uke", "på mandag", "mandag", "i oktober", "0001-01-01", "99999-01-01",
    "on 17 October 1",
)
SCRIPTS = (
    "قالت قوات سوريا الديمقراطية إنها سيطرت على الرقة.",
    "叙利亚民主力量说，他们控制了拉卡。",
    "Сирийские демократические силы заявили о взятии Ракки.",
    "«Мы взяли город», — сказал Талал Сило.",
    "“我们拿下了这座城市，”他说。",
    "وقال المتحدث «لقد سيطرنا على المدينة».",
    "כוחות סוריה הדמוקרטיים",
    "Οι Συριακές Δημοκρατικές Δυνάμεις",
    "กองกำลังประชาธิปไตยซีเรีย",
    "シリア民主軍は述べた。",
    "सीरियाई डेमोक्रेटिक फोर्सेज",
    "시리아 민주군",
    "Ṣūrīyā",
    "e\u0301",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "ﷺ",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
    "ǈ",
    "\u0301\u0301\u0301",
)
CONTROLS = (
    "\x00", "\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2066", "\u2067", "\u2069", "\u061c", "\u200b",
    "\u200d", "\ufeff", "\xad", "\ufffd", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\r",
    "\r\n", "\t", "\x7f", "\x1b[31m", "\u3000", "\xa0", "\u202f", "\n", "\n\n", "\n\n\n",
)
SPEECH = (
    "said", "says", "told reporters", "added", "according to", "sa", "sier", "opplyser", "sagte", "a déclaré", "dijo",
    "said in a statement", "wrote on Twitter", ":", "told AFP", "sa han til NTB", "сказал", "قال",
)
LANGUAGES = (
    "", "en", "no", "nb", "nn", "da", "sv", "de", "fr", "es", "it", "pt", "nl", "fi", "pl", "ru", "uk", "ar", "zh",
    "ja", "ko", "he", "el", "tr", "hi", "th", "is", "cs", "xx", "EN", "en-GB", "pt_BR", "zz-ZZ", "und", "-", "e",
)
FURNITURE = ("Latest news", "Les også:", "Read more", "Advertisement", "Mest lest", "Share this article", "Related")
PIECES: tuple[tuple[str, ...], ...] = (
    WORDS, NAMES, HYPHENATED, QUOTES, PUNCTUATION, NUMBERS, DATES, SCRIPTS, CONTROLS, SPEECH,
)
# fmt: on
# The same pieces, flat, for hypothesis's `sampled_from`.
ALL_PIECES: tuple[str, ...] = tuple(dict.fromkeys(piece for group in PIECES for piece in group))

# Bytes a corruption inserts: the ones parsers branch on (markup, escapes, encodings, compression).
# fmt: off
NASTY_BYTES = (
    b"\x00", b"\xff", b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b">", b"&", b"&#", b"&#x;", b"]]>", b"<![CDATA[",
    b"<!--", b"-->", b'"', b"'", b"\\", b"{", b"}", b"[", b"]", b"\n", b"\r", b"\xc3", b"\xe2\x80", b"\xf0\x9f",
    b"\xed\xa0\x80", b"</html>", b"<script>", b"&nbsp;", b"<?xml", b"\x1f\x8b", b"\\u0000", b"\\ud800", b"<html>",
    b"<rss>", b"<item>", b"<entry>", b"</", b"\x1b", b"\x85", b"%", b"\t", b" date 2017-10-17 ",
)
# fmt: on
# fmt: off
SUFFIXES = (
    "", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson", ".txt", ".md", ".HTML", ".opml", ".svg",
    ".php", ".feed", ".dat", ".weird", ".gz",
)
# fmt: on
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "cp1251")

# ---------------------------------------------------------------------------------------------------------------
# Text.


def long_word(rng: random.Random) -> str:
    """Words thousands of characters long: what pasted base64, runs of dots or a stuck key leave in a text."""
    size = rng.choice((60, 200, 1000, 5000))
    stem = rng.choice(("a", "Raqqa", "-", ".", "a-", '"', "A", "9", "word ", "ab.cd.", "(", "«", "op-", "1,", "Ä"))
    return (stem * (size // len(stem) + 1))[:size]


def random_char(rng: random.Random, surrogates: bool = False) -> str:
    """Any code point, most from the Basic Multilingual Plane; lone surrogates only where a str can really carry
    them (a JSON escape)."""
    while True:
        if rng.random() < 0.1:
            point = rng.randint(0x10000, 0x10FFFF)
        else:
            point = rng.choice((rng.randint(0, 0x7F), rng.randint(0x80, 0x7FF), rng.randint(0x800, 0xFFFF)))
        if surrogates or not 0xD800 <= point <= 0xDFFF:
            return chr(point)


def random_piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.02:
        return long_word(rng)
    if roll < 0.08:
        return "".join(random_char(rng) for _ in range(rng.randint(1, 6)))
    return rng.choice(rng.choice(PIECES))


def random_soup(rng: random.Random, size: int = 40) -> str:
    """Pieces of every kind glued with or without spaces: where no rule of prose holds."""
    parts: list[str] = []
    for _ in range(rng.randint(0, size)):
        parts.append(random_piece(rng))
        parts.append(rng.choice((" ", " ", " ", "", "\n", "\n\n", "  ", "\t")))
    return "".join(parts)


def random_sentence(rng: random.Random) -> str:
    """A sentence shaped like news prose (opener, words, names, figures, dates, a stop), sometimes a quote."""
    words: list[str] = []
    for _ in range(rng.randint(1, 18)):
        group = rng.choices(
            (WORDS, NAMES, HYPHENATED, NUMBERS, DATES, PUNCTUATION, SCRIPTS, CONTROLS, QUOTES),
            weights=(40, 14, 8, 8, 6, 4, 3, 2, 2),
        )[0]
        words.append(rng.choice(group))
    if rng.random() < 0.02:
        words.insert(rng.randint(0, len(words)), long_word(rng))
    body = " ".join(words)
    if body[:1].islower() and rng.random() < 0.8:
        body = body[0].upper() + body[1:]
    stop = rng.choice((".", ".", ".", "!", "?", "…", "", ":", ".”", "。"))
    if rng.random() < 0.25:
        opening, closing = rng.choice((("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")))
        speaker = rng.choice(NAMES)
        verb = rng.choice(SPEECH)
        shape = rng.randint(0, 3)
        if shape == 0:
            return f"{opening}{body},{closing} {verb} {speaker}."
        if shape == 1:
            return f"{speaker} {verb}: {opening}{body}{stop}{closing}"
        if shape == 2:
            return f"{opening}{body}{stop}{closing}, {verb} {speaker.lower()}, {opening}{body}{closing}"
        return f"{opening}{body}"  # a quote never closed
    return body + stop


def random_prose(rng: random.Random, sentences: Sequence[str] = ()) -> str:
    """Paragraphs of sentences, some taken from `sentences` (an event's shared pool, so reports agree)."""
    paragraphs: list[str] = []
    for _ in range(rng.randint(0, 6)):
        chosen = [
            rng.choice(sentences) if sentences and rng.random() < 0.5 else random_sentence(rng)
            for _ in range(rng.randint(1, 4))
        ]
        paragraphs.append(" ".join(chosen))
    if rng.random() < 0.1:
        paragraphs.append(rng.choice(FURNITURE))
        paragraphs.extend(random_sentence(rng) for _ in range(rng.randint(0, 3)))
    return rng.choice(("\n\n", "\n", "\n\n\n", " ")).join(paragraphs)


def random_text(rng: random.Random) -> str:
    """Mostly prose (it reaches the deep rules: quotes, figures, names), sometimes soup, sometimes a mix."""
    roll = rng.random()
    if roll < 0.6:
        return random_prose(rng)
    if roll < 0.85:
        return random_soup(rng)
    return random_prose(rng) + random_soup(rng, 10) + random_prose(rng)


def random_language(rng: random.Random) -> str:
    return rng.choice(LANGUAGES)


def random_day(rng: random.Random) -> date:
    """Days a reader can give an article (1800 to 2200, the range `ingest.dates` accepts), edges included."""
    roll = rng.random()
    if roll < 0.1:
        return rng.choice((date(1800, 1, 1), date(2200, 12, 31), date(2000, 2, 29), date(2017, 12, 31)))
    if roll < 0.7:
        return date(2017, 10, 1) + timedelta(days=rng.randint(-40, 40))
    return date(1800, 1, 1) + timedelta(days=rng.randint(0, (date(2200, 12, 31) - date(1800, 1, 1)).days))


def published_value(rng: random.Random) -> object:
    """What a feed entry or a JSON record holds as its date: strings, numbers of any size, and the struct_time
    feedparser makes of a date it parsed (whose year it leaves at 0 or -1 for "0000-00-00")."""
    roll = rng.random()
    if roll < 0.5:
        return date_string(rng)
    if roll < 0.6:
        return random_piece(rng)
    if roll < 0.8:
        year = rng.choice((-1, 0, 1, 1799, 1800, 2017, 2200, 2201, 9999))
        fields = (year, rng.choice((0, 1, 2, 12, 13)), rng.choice((0, 1, 29, 30, 31, 32)), 0, 0, 0, 0, 1, -1)
        return time.struct_time(fields)
    return rng.choice((0, -1, 2**63, 1e300, math.nan, math.inf, None, [], {}, b"2017", 1508198400.5, True))


# ---------------------------------------------------------------------------------------------------------------
# Documents, one family per reader.


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup_text(rng: random.Random, text: str) -> str:
    """Text as markup carries it: escaped, raw (so its `<` and `&` are markup), in CDATA, or with HTML tags."""
    roll = rng.random()
    if roll < 0.4:
        return _xml_escape(text)
    if roll < 0.55:
        return text
    if roll < 0.75:
        return f"<![CDATA[{text}]]>"
    paragraphs = "".join(f"<p>{_xml_escape(p)}</p>" for p in text.split("\n") if p)
    return _xml_escape(paragraphs) if rng.random() < 0.5 else f"<![CDATA[{paragraphs}<script>x()</script>]]>"


def date_string(rng: random.Random) -> str:
    """A date as feeds and records write one: ISO, RFC 2822, a month, a year, words, nonsense or nothing."""
    day = random_day(rng)
    shape = rng.randrange(9)
    if shape == 0:
        return day.isoformat()
    if shape == 1:
        return f"{day.isoformat()}T10:00:00Z"
    if shape == 2:  # strftime's %a and %b are English in the C locale the tests run in
        return day.strftime("%a, %d %b %Y 10:00:00 +0000") if day.year >= 1900 else day.isoformat()
    if shape == 3:
        return f"{day.year}-{day.month:02d}"
    if shape == 4:
        return str(day.year)
    if shape == 5:
        return rng.choice(DATES)
    if shape == 6:
        return random_piece(rng)
    return rng.choice(("", "Mon, 32 Foo 2017 25:61:61 +9999"))


def random_feed(rng: random.Random) -> str:
    """An RSS 2.0, Atom or RDF document, with the odd entities, namespaces and declarations real feeds have."""
    kind = rng.choice(("rss", "atom", "rdf"))
    entries: list[str] = []
    for _ in range(rng.randint(0, 5)):
        title = markup_text(rng, random_sentence(rng)) if rng.random() < 0.9 else ""
        body = markup_text(rng, random_text(rng)) if rng.random() < 0.9 else ""
        when = date_string(rng)
        link = rng.choice(("https://example.com/a", "", "javascript:alert(1)", "/relative", random_piece(rng)))
        extra = rng.choice(("", "&undefined;", "&nbsp;", "&#0;", "&#x110000;", "<foo:bar>x</foo:bar>", "&amp;amp;"))
        if kind == "atom":
            entries.append(
                f"<entry><title>{title}</title><content type='html'>{body}</content>"
                f"<updated>{when}</updated><link href='{_xml_escape(link)}'/>{extra}</entry>"
            )
        else:
            entries.append(
                f"<item><title>{title}</title><description>{body}</description>"
                f"<pubDate>{when}</pubDate><link>{_xml_escape(link)}</link>"
                f"<source url='x'>{_xml_escape(rng.choice(NAMES))}</source>{extra}</item>"
            )
    items = "".join(entries)
    language = _xml_escape(random_language(rng))
    head = rng.choice(("<?xml version='1.0' encoding='utf-8'?>", "", "<?xml version='1.0' encoding='koi8-r'?>"))
    outlet = _xml_escape(rng.choice(NAMES))
    if kind == "atom":
        return f"{head}<feed xmlns='http://www.w3.org/2005/Atom'><title>{outlet}</title>{items}</feed>"
    if kind == "rdf":
        return (
            f"{head}<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
            f"xmlns='http://purl.org/rss/1.0/'><channel><title>{outlet}</title></channel>{items}</rdf:RDF>"
        )
    return (
        f"{head}<rss version='2.0'><channel><title>{outlet}</title><language>{language}</language>"
        f"{items}</channel></rss>"
    )


def random_html(rng: random.Random) -> str:
    """A page: doctype or not, language and charset declarations, a canonical link, paragraphs, scripts, nesting."""
    paragraphs = "".join(
        f"<{rng.choice(('p', 'div', 'li', 'h2', 'blockquote'))}>{_xml_escape(p) if rng.random() < 0.8 else p}"
        for p in random_text(rng).split("\n")
        if p
    )
    depth = rng.choice((0, 0, 3, 50, 300))
    nested = "<div>" * depth + paragraphs + "</div>" * rng.randint(0, depth)
    doctype = rng.choice(("<!DOCTYPE html>", "", "<!doctype HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'>", "\ufeff"))
    lang = rng.choice(("", f" lang='{_xml_escape(random_language(rng))}'", " lang=no", " lang="))
    charset = rng.choice(("", "<meta charset='utf-8'>", "<meta charset='windows-1251'>", "<meta charset='bogus'>"))
    canonical = rng.choice(
        ("", "<link rel='canonical' href='https://example.com/news/1'>", "<link rel=canonical href=http://[::1>")
    )
    title = _xml_escape(random_sentence(rng))
    date_meta = f"<meta property='article:published_time' content='{_xml_escape(date_string(rng))}'>"
    page = (
        f"{doctype}<html{lang}><head>{charset}<title>{title}</title>{canonical}{date_meta}"
        f"<script>var a = '</p>';</script><style>p {{}}</style></head>"
        f"<body><article><h1>{title}</h1>{nested}</article><!-- comment --></body></html>"
    )
    if rng.random() < 0.2:
        page = page[: rng.randint(0, len(page))]
    return page


_SCALARS: tuple[Any, ...] = ("", " ", None, True, 0, -1, 2**70, 1.5e300, math.nan, math.inf, 1508198400, -62135596800)


def _random_json_value(rng: random.Random, depth: int = 0) -> Any:
    """Any JSON value, nested a little: where a reader expects a string it may find a list, a NaN or 2**70."""
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        shape = rng.randrange(4)
        if shape == 0:
            return random_text(rng)
        if shape == 1:
            return random_piece(rng)
        if shape == 2:
            return "".join(random_char(rng, surrogates=True) for _ in range(3))
        return rng.choice(_SCALARS)
    if roll < 0.75:
        return [_random_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(("name", "text", "x", "")): _random_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}


# fmt: off
FIELDS = (
    "text", "body", "content", "article", "document", "title", "headline", "published", "date", "pub_date",
    "published_at", "datetime", "pubDate", "language", "lang", "source", "outlet", "sitename", "publisher", "url",
    "link", "path", "precision", "id",
)
# fmt: on


def random_record(rng: random.Random) -> Any:
    """A JSON value shaped like a news record: mostly the known fields, each of any type; sometimes not an object."""
    if rng.random() < 0.1:
        return _random_json_value(rng)
    record: dict[str, Any] = {}
    for _ in range(rng.randint(0, 7)):
        name = rng.choice(FIELDS)
        if rng.random() < 0.6 and name in ("text", "body", "content", "title", "headline"):
            record[name] = random_text(rng)
        elif rng.random() < 0.5 and name in ("published", "date", "pubDate", "datetime"):
            record[name] = date_string(rng)
        elif name == "precision":
            record[name] = rng.choice(("day", "month", "year", "unknown", "week", 3, None))
        else:
            record[name] = _random_json_value(rng, 1)
    return record


def _dumps(rng: random.Random, value: Any) -> str:
    ascii_only = rng.random() < 0.5  # \u escapes, lone surrogates included, or the characters themselves
    try:
        return json.dumps(value, ensure_ascii=ascii_only)
    except (ValueError, UnicodeEncodeError):
        return json.dumps(value, ensure_ascii=True)


JSON_FEED_FIELDS = (
    "id", "title", "content_html", "content_text", "summary", "url", "date_published", "date_modified", "language",
    "authors", "author", "tags",
)  # fmt: skip


def random_json_feed(rng: random.Random) -> Any:
    """A JSON Feed (jsonfeed.org): its items with every field of any type, as the loose feeds in the wild have."""
    items: list[Any] = []
    for _ in range(rng.randint(0, 4)):
        item: dict[str, Any] = {}
        for name in rng.sample(JSON_FEED_FIELDS, rng.randint(0, 6)):
            roll = rng.random()
            if name == "content_html" and roll < 0.6:
                item[name] = markup_text(rng, random_text(rng))
            elif name.startswith("date") and roll < 0.6:
                item[name] = date_string(rng)
            elif roll < 0.5:
                item[name] = random_text(rng)
            else:
                item[name] = _random_json_value(rng, 1)
        items.append(item if rng.random() < 0.9 else _random_json_value(rng, 1))
    version = rng.choice(
        ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1", "jsonfeed.org/version/")
    )
    feed: dict[str, Any] = {"version": version, "title": rng.choice((*NAMES, None, 3))}
    feed["items"] = items if rng.random() < 0.9 else _random_json_value(rng, 1)
    if rng.random() < 0.3:
        feed["language"] = _random_json_value(rng, 2) if rng.random() < 0.3 else random_language(rng)
    return feed


def random_json(rng: random.Random) -> str:
    """One record, an array of them, a JSON Feed, or JSON nested far deeper than any record is."""
    roll = rng.random()
    if roll < 0.05:
        depth = rng.choice((100, 1000, 100_000))
        return "[" * depth + "]" * rng.choice((depth, 0))
    if roll < 0.25:
        return _dumps(rng, random_json_feed(rng))
    if roll < 0.5:
        return _dumps(rng, random_record(rng))
    return _dumps(rng, [random_record(rng) for _ in range(rng.randint(0, 5))])


def random_jsonl(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(0, 6)):
        roll = rng.random()
        if roll < 0.1:
            lines.append("")
        elif roll < 0.2:
            lines.append(random_soup(rng, 8))
        else:
            lines.append(_dumps(rng, random_record(rng)))
    return rng.choice(("\n", "\r\n", "\n\n")).join(lines)


def random_report(rng: random.Random) -> str:
    """A plain-text report in the scrapers' shape: date marker, headline, paragraphs, furniture, source line."""
    parts: list[str] = []
    if rng.random() < 0.4:
        parts.append(rng.choice((" date ", "date ", "  DATE\t", " date")) + date_string(rng) + " ")
    if rng.random() < 0.6:
        parts.append(random_sentence(rng).rstrip(".") + "\n\n")
    parts.append(random_text(rng))
    if rng.random() < 0.3:
        parts.append(f"\n\n{rng.choice(FURNITURE)}\n\n{random_sentence(rng)}")
    if rng.random() < 0.4:
        parts.append(f"\n\nsource: {rng.choice((*NAMES, '', ' ', long_word(rng)))}")
    return "".join(parts)


def random_other_xml(rng: random.Random) -> str:
    """XML that is no feed and no page (sitemaps, OPML, SVG, anything with a namespace), which readers refuse."""
    root = rng.choice(("urlset", "sitemapindex", "opml", "svg", "kml", "gpx", "x:html", "html", "rss", "config", "a"))
    head = rng.choice(("<?xml version='1.0'?>", "", "\ufeff<?xml version='1.0' encoding='utf-16'?>", "<!-- c -->"))
    doctype = rng.choice(("", "<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY e 'eee'>]>"))
    body = "".join(
        f"<url><loc>https://example.com/{_xml_escape(random_piece(rng))}</loc></url>" for _ in range(rng.randint(0, 4))
    )
    if rng.random() < 0.3:
        body += markup_text(rng, random_text(rng))
    return f"{head}{doctype}<{root} xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{body}</{root}>"


DOCUMENTS: dict[str, Callable[[random.Random], str]] = {
    "xml": random_other_xml,
    "html": random_html,
    "feed": random_feed,
    "json": random_json,
    "jsonl": random_jsonl,
    "text": random_report,
    "soup": random_text,
}
# The suffix a document of each family is usually named with; the rest of the time any suffix is.
_NATURAL = {
    "xml": (".xml", ".opml", ".svg", ".kml", ".gpx"),
    "html": (".html", ".htm"),
    "feed": (".xml", ".rss", ".atom"),
    "json": (".json",),
    "jsonl": (".jsonl", ".ndjson"),
    "text": (".txt", ""),
    "soup": (".txt", ""),
}


def encode(rng: random.Random, text: str) -> bytes:
    """The text in one of the encodings news files arrive in (unencodable characters replaced, as editors do)."""
    encoding = rng.choice(ENCODINGS) if rng.random() < 0.4 else "utf-8"
    return text.encode(encoding, errors=rng.choice(("replace", "xmlcharrefreplace", "ignore")))


def random_input(rng: random.Random, family: str | None = None, compressed: bool | None = None) -> Input:
    """A document of one family, encoded, maybe corrupted, named with its natural suffix or any, maybe gzipped."""
    family = family or rng.choice(tuple(DOCUMENTS))
    data = encode(rng, DOCUMENTS[family](rng))
    if rng.random() < 0.15:
        data = corrupt(rng, data)[1]
    suffix = rng.choice(_NATURAL[family]) if rng.random() < 0.75 else rng.choice(SUFFIXES)
    if compressed if compressed is not None else rng.random() < 0.1:
        data = gzip.compress(data, mtime=0)
        if rng.random() < 0.3:
            data = corrupt(rng, data)[1]
        if rng.random() < 0.8:  # gzip is known by its magic bytes too, whatever the name says
            suffix += ".gz"
    elif rng.random() < 0.01:
        data = b"SQLite format 3\x00" + data  # a store given as an input
    return Input(name=f"fuzz{suffix}", data=data)


def random_bytes(rng: random.Random) -> bytes:
    """What a decoder meets: text in some encoding, BOMs before the wrong bytes, NULs, binary, and their mixes."""
    roll = rng.random()
    if roll < 0.2:
        return rng.randbytes(rng.randint(0, 300))
    if roll < 0.3:
        bom = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))
        return bom + rng.randbytes(rng.randint(0, 40))
    data = encode(rng, random_text(rng))
    if rng.random() < 0.4:
        data = corrupt(rng, data)[1]
    return data


# ---------------------------------------------------------------------------------------------------------------
# Seeded corruptions.


def corrupt(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """One to three of the ways a download or a disk breaks a file, with a label that says which and where."""
    labels: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        size = len(data)
        kind = rng.choice(("truncate", "flip", "flip", "insert", "insert", "delete", "repeat", "overwrite"))
        at = rng.randint(0, size)
        if kind == "truncate":
            data = data[:at]
        elif kind == "flip" and size:
            at = min(at, size - 1)
            bits = rng.randint(1, 255)
            data = data[:at] + bytes([data[at] ^ bits]) + data[at + 1 :]
            kind = f"flip^{bits}"
        elif kind == "insert" or not size:
            piece = rng.choice(NASTY_BYTES) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 8))
            data = data[:at] + piece + data[at:]
            kind = f"insert {piece!r}"
        elif kind == "delete":
            end = min(size, at + rng.choice((1, 1, 2, 16, 512)))
            data = data[:at] + data[end:]
            kind = f"delete {end - at}"
        elif kind == "repeat":
            end = min(size, at + rng.choice((1, 16, 512)))
            data = data[:end] + data[at:end] * rng.choice((1, 2, 50)) + data[end:]
            kind = f"repeat {end - at}"
        else:
            end = min(size, at + rng.randint(1, 8))
            data = data[:at] + rng.randbytes(end - at) + data[end:]
            kind = f"overwrite {end - at}"
        labels.append(f"{kind}@{at}")
    return "+".join(labels), data


def web_files(root: Path = WEB) -> list[Path]:
    """Every file of the shared web set, in a stable order (empty when the set is not here)."""
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file())


def corruptions(path: Path, rng: random.Random, count: int) -> Iterator[tuple[str, Input]]:
    """The file as it is, then `count` corruptions of it, each named as the file is so the same reader reads it.

    A gzipped file is corrupted both ways: its compressed bytes (a broken download) and its content re-gzipped (a
    page that was already broken when it was compressed), because the two reach different code."""
    data = path.read_bytes()
    yield "original", Input(name=path.name, data=data)
    inner: bytes | None = None
    if path.name.endswith(".gz"):
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            inner = None
    for number in range(count):
        if inner is not None and number % 2 == 1:
            label, broken = corrupt(rng, inner)
            yield f"content {label}, re-gzipped", Input(name=path.name, data=gzip.compress(broken, mtime=0))
        else:
            label, broken = corrupt(rng, data)
            yield label, Input(name=path.name, data=broken)


# ---------------------------------------------------------------------------------------------------------------
# Articles and events for the normaliser and the digest.


@dataclass(frozen=True, slots=True)
class Spec:
    """An article before it is made: kept apart so a failing one can be shrunk field by field and shown whole.

    `cleaned` says whether the text went through `textfix.clean` as every reader's text does; raw text (NULs,
    carriage returns) tests the library's own API, which nothing stops a caller from using directly."""

    title: str
    text: str
    language: str = ""
    published: date | None = None
    precision: Precision = "unknown"
    cleaned: bool = True

    def article(self) -> Article:
        text, title = (clean(self.text), clean(self.title)) if self.cleaned else (self.text, self.title)
        return Article.new(
            title=title, text=text, language=self.language, published=self.published, precision=self.precision
        )


def random_spec(rng: random.Random, pool: Sequence[str] = ()) -> Spec:
    published = random_day(rng) if rng.random() < 0.7 else None
    precision: Precision = rng.choice(PRECISIONS) if rng.random() < 0.3 else "day"
    return Spec(
        title=random_sentence(rng).rstrip(".") if rng.random() < 0.7 else "",
        text=random_prose(rng, pool) if rng.random() < 0.85 else random_text(rng),
        language=random_language(rng),
        published=published,
        precision=precision,
        cleaned=rng.random() < 0.8,
    )


def random_event(rng: random.Random) -> tuple[Spec, ...]:
    """One to five reports sharing a pool of sentences, so that alignment, agreement and conflict all happen."""
    pool = [random_sentence(rng) for _ in range(rng.randint(0, 8))]
    return tuple(random_spec(rng, pool) for _ in range(rng.choice((1, 1, 2, 3, 5))))


def event_articles(specs: Sequence[Spec], settings: Settings) -> list[Article]:
    """The event as the store hands it to the digest: normalised, one article per id (copies are folded)."""
    articles: dict[str, Article] = {}
    for spec in specs:
        article = check_normalized(spec.article(), settings)
        articles.setdefault(article.id, article)
    return list(articles.values())


# ---------------------------------------------------------------------------------------------------------------
# Properties. Each check raises AssertionError when its target breaks a promise, and lets any other exception out:
# to the fuzzers both are faults.


def check_line(problem: Problem) -> None:
    line = str(problem)
    assert len(line.splitlines()) == 1, f"Problem is not one line: {line!r}"


def check_read(item: Input, settings: Settings) -> tuple[list[Article], list[Problem]]:
    """read_input never raises, yields only Articles and Problems, and each Problem is one line."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for value in read_input(item, settings):
        if isinstance(value, Problem):
            check_line(value)
            problems.append(value)
        else:
            assert isinstance(value, Article), f"read_input yielded a {type(value).__name__}"
            assert isinstance(value.text, str) and isinstance(value.title, str), value
            articles.append(value)
    return articles, problems


def check_read_and_normalize(item: Input, settings: Settings) -> list[Problem]:
    """An input as the run takes it: read, then every article normalised; returns the Problems for the caller."""
    articles, problems = check_read(item, settings)
    for article in articles:
        check_normalized(article, settings)
    return problems


def reader_of(item: Input) -> str:
    """The reader the registry picks for an input, or why it picks none."""
    try:
        return choose(item).name
    except Exception as error:  # a broken gzip stream, a store given as input: read_input reports these
        return f"none ({error_name(error)})"


def error_name(error: BaseException) -> str:
    """The exception's class as a reader of the report finds it: `zlib.error`, not `error`."""
    kind = type(error)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def check_decode(data: bytes) -> str | None:
    """decode raises only InputError; what it returns cleans without raising."""
    try:
        text = decode(data)
    except InputError:
        return None
    assert isinstance(text, str)
    check_clean(text)
    return text


def check_clean(text: str) -> str:
    """clean never raises, and leaves no NUL or carriage return behind (it folds them, as its docstring says)."""
    cleaned = clean(text)
    assert isinstance(cleaned, str)
    assert "\x00" not in cleaned and "\r" not in cleaned, f"clean left a control character: {cleaned[:200]!r}"
    return cleaned


def check_spans(spans: Sequence[tuple[int, int]], length: int, what: str) -> None:
    end = 0
    for start, stop in spans:
        assert 0 <= start < stop <= length, f"{what} span {(start, stop)} outside the text (length {length})"
        assert start >= end, f"{what} span {(start, stop)} overlaps or precedes the one ending at {end}"
        end = stop


def check_split(text: str, language: str, heading_max_words: int = 25) -> list[tuple[int, int]]:
    """Sentence spans are in order, non-empty, non-overlapping and inside the text."""
    spans = splitter.split(text, language, heading_max_words)
    assert isinstance(spans, list)
    check_spans(spans, len(text), "sentence")
    return spans


def check_normalized(article: Article, settings: Settings) -> Article:
    """normalize keeps the text, and each sentence is the text between its span's ends, numbered in order."""
    done = normalize(article, settings)
    assert done.text == article.text and isinstance(done.language, str) and isinstance(done.title, str)
    check_spans([(s.start, s.end) for s in done.sentences], len(done.text), "sentence")
    for number, sentence in enumerate(done.sentences):
        assert sentence.index == number and sentence.article_id == done.id, sentence
        assert sentence.text == done.text[sentence.start : sentence.end], sentence
    return done


def check_published(value: object) -> None:
    """parse_published takes anything a feed or record holds and answers a date in the readers' range or none."""
    found, precision = parse_published(value)
    assert precision in PRECISIONS
    assert (found is None) == (precision == "unknown"), (found, precision)
    assert found is None or 1800 <= found.year <= 2200, found


def check_html_to_text(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


def check_dates(text: str, anchor: date | None, language: str) -> None:
    """Date mentions come left to right, each the very text between its ends."""
    mentions = resolve(text, anchor, language)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts), starts
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text), mention
        assert text[mention.start : mention.end] == mention.text, mention
        assert mention.precision in PRECISIONS, mention


def check_quantities(text: str, language: str, anchor: date | None) -> None:
    """Figures lie inside the text, and none is NaN or a range whose low end is above its high end."""
    reading = read_quantities(text, language, anchor=anchor)
    for quantity in reading.quantities:
        assert 0 <= quantity.start <= quantity.end <= len(text), quantity
        assert not any(math.isnan(v) for v in (quantity.value, quantity.low, quantity.high)), quantity
        assert quantity.low <= quantity.high, quantity
    for unread in reading.unread:
        assert 0 <= unread.start <= unread.end <= len(text), unread


def check_parse_number(token: str, language: str) -> None:
    """parse_number answers a number or None; its one documented exception is the ambiguity (a ValueError), so any
    other is re-raised where it happened."""
    try:
        value = parse_number(token, language)
    except Ambiguous:
        return
    assert value is None or isinstance(value, float | int), value


def check_mentions(sentences: Sequence[str], titles: Sequence[str] = ()) -> None:
    """Names are found in every sentence against the lexicon of them all, each mention inside its sentence."""
    lexicon = Lexicon.of(sentences, titles)
    known = {fold_key: fold_key for fold_key in ("isis", "raqqa", "sdf")}
    for text in sentences:
        mentions = find_mentions(text, lexicon, known)
        for mention in mentions:
            assert 0 <= mention.start <= mention.end <= len(text), mention
        find_definitions(text, mentions)


def check_citations(digest: Digest, articles: Sequence[Article]) -> None:
    """Every citation names an article of the event and a sentence it has, as the README promises."""
    sentences = {a.id: len(a.sentences) for a in articles}
    cited: list[Citation] = [
        *(c for line in digest.summary for c in line.citations),
        *(c for entry in digest.timeline for c in entry.citations),
        *(c for entity in digest.entities for c in entity.citations),
        *(c for quote in digest.quotes for c in quote.citations),
        *(c for fact in digest.facts for claim in fact.claims for c in claim.citations),
    ]
    for citation in cited:
        assert citation.article in sentences, f"citation of an article not in the event: {citation}"
        assert 0 <= citation.sentence < sentences[citation.article], f"citation of a missing sentence: {citation}"


class _Embedding:
    """The weight-free encoder's vectors and centre, built once: the digest's embedding paths without a model."""

    _encoder: HashingEncoder | None = None
    _centre: Vectors | None = None

    @classmethod
    def get(cls) -> tuple[Callable[[Sequence[str]], Vectors], Vectors]:
        if cls._encoder is None or cls._centre is None:
            cls._encoder = HashingEncoder()
            cls._centre = centre(cls._encoder)
        return cls._encoder.encode, cls._centre


def _built(articles: Sequence[Article], settings: Settings, embedded: bool) -> object:
    embed, prior = _Embedding.get() if embedded else (None, None)
    built = build_digest(articles, settings, embed, prior)
    check_citations(built.digest(), articles)
    return to_json(built)


def _timeline(articles: Sequence[Article]) -> object:
    timeline = build_timeline(articles)
    check_citations(Digest(timeline=timeline), articles)
    return timeline


def _entities(articles: Sequence[Article]) -> object:
    entities = extract_entities(articles)
    check_citations(Digest(entities=entities), articles)
    return entities


def _summary(articles: Sequence[Article], language: str = "en") -> object:
    summary = summarize_event(articles, language=language)
    check_citations(Digest(summary=summary.sentences), articles)
    return summary


def _facts(articles: Sequence[Article]) -> object:
    facts = extract_facts(articles)
    check_citations(Digest(facts=facts), articles)
    return facts


def _quotes(articles: Sequence[Article]) -> object:
    quotes = extract_quotes(articles, extract_entities(articles))
    check_citations(Digest(quotes=quotes), articles)
    return quotes


# Each digest step on its own (so a fault names its step), then the whole digest with and without embeddings.
DIGEST_STEPS: dict[str, Callable[[Sequence[Article]], object]] = {
    "anchors": anchor_articles,
    "timeline": _timeline,
    "entities": _entities,
    "summary": _summary,
    "summary-no": lambda articles: _summary(articles, "no"),
    "facts": _facts,
    "quotes": _quotes,
    "digest": lambda articles: _built(articles, Settings(), embedded=False),
    "digest-embedded": lambda articles: _built(articles, Settings(), embedded=True),
}


def check_step(step: str, specs: Sequence[Spec], settings: Settings) -> None:
    DIGEST_STEPS[step](event_articles(specs, settings))
