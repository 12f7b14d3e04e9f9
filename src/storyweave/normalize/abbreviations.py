"""Abbreviations that end in a full stop without ending a sentence, per language (lower case, no final stop).

Kept per language because a short word that abbreviates in one language is a plain word in another ("on" is an
Italian title, "ok" a Polish abbreviation); the common set holds what newswire English and titles use everywhere.
"""

from __future__ import annotations

from storyweave.language.codes import vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON = _words(
    "mr mrs ms messrs dr prof sr jr st mt ft gen brig col lt maj capt cpt sgt cmdr adm gov sen rep rev "
    "hon pres supt insp det cpl pvt spc gen. lt.col vol vols pp fig figs ed eds approx dept univ inc ltd "
    "co corp bros assn ave blvd rd etc vs cf al jan feb mar apr jun jul aug sep sept oct nov dec tues "
    "thur thurs ca e.g i.e a.m p.m u.s u.k u.n u.s.a u.a.e d.c no nos ph.d b.a m.a op ref "
)

BY_LANGUAGE: dict[str, frozenset[str]] = {
    "no": _words(
        "bl.a bl kl ca f.eks eks dvs d.v.s mv m.v osv o.s.v nr jf jfr mfl m.fl pga p.g.a evt ev iflg hhv mht "
        "tlf stk kr mill mrd ang o.l m.m s t.o.m f.o.m tidl avd adm sekr gl pr sml vha f.kr e.kr nov des jan "
        "feb aug sept okt ordf dir innb "
    ),
    "da": _words(
        "bl.a bl kl ca f.eks fx dvs d.v.s mv m.v osv o.s.v nr jf jfr mfl m.fl pga p.g.a evt ifm hhv mht tlf "
        "stk kr mio mia ang o.l m.m s t.o.m f.o.m tidl afd adm gl pr sml vha f.kr e.kr okt "
    ),
    "sv": _words(
        "bl.a bl kl ca t.ex ex dvs d.v.s mm m.m osv o.s.v nr jfr resp p.g.a pga t.o.m fr.o.m tel kr milj mdr "
        "s st f.d ang jan feb aug sept okt "
    ),
    "de": _words(
        "z.b u.a bzw ca nr str usw vgl ggf evtl inkl zzgl s d.h u.ä mio mrd abs art bd hr fr jh jhd o.ä sog "
        "tel u.u v.a z.t i.d.r bspw min max mind ff insb allg bzgl jan feb aug sept okt dez gegr geb verh "
    ),
    "fr": _words("m mm mme mlle me st ste av bd env p.ex janv févr avr juil sept oct nov déc mio mrd éd chap art cf "),
    "es": _words(
        "sr sra srta dra ud uds ee.uu p.ej núm pág av avda gral lic ing arq sto sta dña d cía s.a tel apdo "
        "ene feb abr ago sept oct nov dic "
    ),
    "it": _words("sig sigg dott dr prof ing avv ecc pag n on sen gen col gen ca p.es "),
    "pt": _words("sr sra dr dra av etc pág sto sta exmo exma "),
    "nl": _words("dhr mevr mr drs ir bijv o.a d.w.z m.a.w z.g.a ca nr enz jl blz mln mld "),
    "pl": _words("ul al np tj tzw mgr inż im nr ok godz r w ks płk gen mln mld tys "),
    "ru": _words("г гг т.е т.д т.п им ул д др проф см ст млн млрд тыс руб пр ген "),
}

# Languages that write ordinal numbers with a full stop ("17. mai", "am 3. Oktober").
ORDINAL_STOP = _words("no nb nn da sv fi is de cs sk pl hu et lv lt sl hr sr bs tr ")

# Words that open English sentences: after a dotted acronym ("U.S.") they tell that the sentence did end there.
SENTENCE_STARTERS = _words(
    "The It He She They We I But In A An This That These Those There His Her Their Its On At After Before "
    "When While Meanwhile However Officials Police "
)


def for_language(language: str) -> frozenset[str]:
    """Bokmål and Nynorsk abbreviate as Norwegian (`language.vocabulary`)."""
    return COMMON | BY_LANGUAGE.get(vocabulary(language), frozenset())
