"""Arabic: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words


def _with_and(verbs: str) -> str:
    """Arabic writes "and" onto the verb: "قال" said, "وقال" and said; both attribute."""
    return " ".join(f"و{verb} {verb}" for verb in verbs.split())


_VERBS = _with_and("قال قالت أكد أكدت أضاف أضافت أعلن أعلنت صرح صرحت أوضح أوضحت ذكر ذكرت أشار أشارت تابع تابعت")

PROFILE = Profile(
    code="ar",
    partial=True,
    decimal=".",
    proclitics=("و", "ف", "ب", "ل", "ك"),
    # Arabic puts the verb first: "وقال الإرياني إن ...", the speaker after it and the claim after "إن" / "أن".
    speech_before=words(_VERBS),
    quote_marks={"«": "»", "“": "”"},
    speech_verbs=phrases(_VERBS.replace(" ", "|")),
    reporting_verbs=words(_VERBS),
    bare_clause_verbs=words(_VERBS),
    according_to=phrases("وفقا ل|وفقاً ل|بحسب|حسب|طبقا ل"),
    complementizers=words("إن أن بأن"),
)
