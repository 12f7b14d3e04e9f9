"""Danish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, words

PROFILE = Profile(
    code="da",
    partial=True,
    sentence_abbreviations=words(
        "adm afd ang bl bl.a ca d.v.s dvs e.kr evt f.eks f.kr f.o.m fx gl hhv ifm jf jfr kl kr m.fl m.m m.v "
        "mfl mht mia mio mv nr o.l o.s.v okt osv p.g.a pga pr s sml stk t.o.m tidl tlf vha"
    ),
    date_cues=words("i siden fra til inden før efter tidlig sent midten slutningen starten begyndelsen løbet af"),
    span_openers=words("siden"),
    past_day_words=words("sidste forrige"),
    next_day_words=words("næste kommende"),
    future_words=words("skal vil kommer kommende næste forventes"),
    recent_phrases=("de seneste dage", "det seneste døgn", "i denne uge"),
    this_month_phrases=("tidligere på måneden", "denne måned"),
    decimal=",",
    crowns="DKK",
)
