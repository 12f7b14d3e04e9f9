"""Everything the engine knows about languages, in one place: the codes now; the words of each language next.

Stages ask here what a language is called by each library they hand text to, so that adding a language, or a
library, is one edit here rather than one per stage.
"""

from storyweave.language.codes import iso, locale, snowball, vocabulary, wordfreq

__all__ = ["iso", "locale", "snowball", "vocabulary", "wordfreq"]
