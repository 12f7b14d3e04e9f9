"""Turkish: what the engine knows of it so far (a partial module: the stages fall back for the rest)."""

from __future__ import annotations

from storyweave.language.profile import Profile, phrases, words

PROFILE = Profile(
    code="tr",
    partial=True,
    apostrophe_suffixes=True,
    name_connectors=words("ve"),
    decimal=",",
    speech_after=words("dedi söyledi belirtti açıkladı kaydetti vurguladı ekledi konuştu bildirdi"),
    quote_marks={"“": "”", "«": "»"},
    # Turkish ends the sentence on the verb: `Erdoğan, "..." dedi.`, `..., olduğunu söyledi.`
    speech_verbs=phrases(
        "diyor|dedi ki|belirterek|ifade ederek|vurgulayarak|söyleyerek|kaydederek|açıklamasını yaptı|açıklama yaptı|paylaştı|diye konuştu|şeklinde konuştu|ifadelerini kullandı|sözlerini kullandı|açıklamasında bulundu|ifade etti|"
        "dile getirdi|dedi|söyledi|belirtti|açıkladı|kaydetti|vurguladı|ekledi|bildirdi|aktardı|duyurdu|yazdı|"
        "konuştu|savundu|iddia etti"
    ),
    reporting_verbs=words("söyledi belirtti açıkladı kaydetti vurguladı bildirdi duyurdu savundu dedi"),
    bare_clause_verbs=words("dedi söyledi belirtti"),
    person_pronouns=words("o"),
    verb_final=True,
)
