"""The one language-code table: ISO 639-1 as stored, and the names each library and word table uses.

Tags arrive from feeds, pages, datasets and the detector in every form ('en-US', 'eng', 'nb', 'iw'); the store
keeps ISO 639-1 (Norwegian Bokmål as `no`, as the seeds and most news tags have it). dateparser and wordfreq know
Bokmål as `nb`, Snowball by English names, and the engine's own word tables serve Nynorsk with Norwegian.
"""

from __future__ import annotations

from functools import lru_cache

# Tags that ISO 639-1 has retired or that name a written standard of a language stored under its macrolanguage.
_TO_ISO = {"nb": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}
# What dateparser's locale data and wordfreq call a stored language, where it differs.
_LOCALES = {"no": "nb", "iw": "he", "in": "id"}
# The engine's word tables (numbers, facts) are written per language; Nynorsk and Bokmål share Norwegian's.
_VOCABULARIES = {"nb": "no", "nn": "no"}
# wordfreq's names: Bokmål and Nynorsk under `nb`, Serbo-Croatian's standards under `sh`, Tagalog as Filipino.
_WORDFREQ = {"no": "nb", "nn": "nb", "hr": "sh", "sr": "sh", "bs": "sh", "tl": "fil"}
_SNOWBALL = {
    "en": "english", "no": "norwegian", "nb": "norwegian", "nn": "norwegian", "da": "danish", "sv": "swedish",
    "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese", "nl": "dutch",
    "fi": "finnish", "ru": "russian", "tr": "turkish", "pl": "polish", "ar": "arabic", "el": "greek",
}  # fmt: skip


@lru_cache(maxsize=4096)
def iso(code: str) -> str:
    """The ISO 639-1 code of a language tag ('en-US', 'eng', 'nb', 'EN_gb'), or '' when it names none.

    The detector's labels include ISO 639-3 codes and dialects (`als`, `pms`, `lmo`) that ISO 639-1 has no code
    for; those are '' too, and the caller decides.
    """
    code = code.strip().lower().replace("_", "-").split("-")[0]
    code = _TO_ISO.get(code, code)
    if not code.isascii() or not code.isalpha() or len(code) not in (2, 3):
        return ""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    if found is None and len(code) == 3:
        found = pycountry.languages.get(bibliographic=code)
    alpha_2 = getattr(found, "alpha_2", "") if found is not None else ""
    return _TO_ISO.get(alpha_2, alpha_2)


def locale(code: str, default: str = "") -> str:
    """The code dateparser's locale data and wordfreq use for a stored language ('' gives `default`)."""
    return _LOCALES.get(code, code) or default


def wordfreq(code: str) -> str:
    """The code wordfreq knows a stored language by."""
    return _WORDFREQ.get(code, code)


def vocabulary(code: str) -> str:
    """The language whose word tables serve this one (Nynorsk and Bokmål: Norwegian's)."""
    return _VOCABULARIES.get(code, code)


def snowball(code: str) -> str | None:
    """Snowball's name for the language's stemmer, or None when Snowball has none."""
    return _SNOWBALL.get(code.split("-")[0].lower())


@lru_cache(maxsize=256)
def name(code: str) -> str:
    """The language's English name ("Norwegian Bokmål" for `no`), or the code itself when ISO 639 has none."""
    import pycountry

    found = pycountry.languages.get(alpha_2=locale(code)) if len(code) == 2 else None
    return str(found.name) if found is not None else code
