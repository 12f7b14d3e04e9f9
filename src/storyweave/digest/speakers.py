"""Who may speak in a sentence, and who has spoken so far: the event's entities as speakers, and what the quote
finder carries from one sentence of an article to the next. `quotes.py` decides who said what.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyweave.digest.equivalents import key
from storyweave.digest.mentions import Mention
from storyweave.language import profile
from storyweave.model import Entity


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    named: bool
    uncertain: bool
    person: bool = False


@dataclass(slots=True)
class Found:
    speaker: Speaker | None
    text: str
    sentences: list[int]
    uncertain: bool = False


class Resolver:
    """Mentions to the event's entities, through their aliases."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.by_key: dict[str, list[Entity]] = {}
        for entity in entities:
            for alias in {entity.name, *entity.aliases}:
                bucket = self.by_key.setdefault(key(alias), [])
                if entity not in bucket:
                    bucket.append(entity)

    def speaker(self, mention: Mention) -> Speaker:
        found = self.by_key.get(mention.key, [])
        if len(found) == 1:
            entity = found[0]
            lone = len(mention.key.split()) == 1 and not mention.acronym
            return Speaker(entity.name, True, entity.uncertain and lone, entity.type == "person")
        return Speaker(mention.text, True, True, not mention.acronym)

    def is_person(self, mention: Mention) -> bool:
        found = self.by_key.get(mention.key, [])
        return len(found) == 1 and found[0].type == "person"

    def answer(self, name: str) -> tuple[tuple[str, bool, str], ...]:
        """All this resolver can say of a name key: the entities it may be (for a kept reading's answers)."""
        return tuple((e.name, e.uncertain, e.type) for e in self.by_key.get(name, ()))

    def asking(self) -> AskedResolver:
        return AskedResolver(self)

    def still_answers(self, answers: Iterable[tuple[str, tuple[tuple[str, bool, str], ...]]]) -> bool:
        return all(self.answer(name) == said for name, said in answers)


class AskedResolver(Resolver):
    """The same resolver, remembering which names it was asked about and what it answered (see `digest.kept`)."""

    def __init__(self, resolver: Resolver) -> None:
        self.by_key = resolver.by_key
        self.answers: dict[str, tuple[tuple[str, bool, str], ...]] = {}

    def speaker(self, mention: Mention) -> Speaker:
        self.answers[mention.key] = self.answer(mention.key)
        return super().speaker(mention)

    def is_person(self, mention: Mention) -> bool:
        self.answers[mention.key] = self.answer(mention.key)
        return super().is_person(mention)


def speakers(mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be who speaks: not "Syrian" or "Kurdish-run", names of no one the model read as MISC."""
    return [m for m in mentions if "tagged-MISC" not in m.cues]


@dataclass(slots=True)
class Conversation:
    """An article read so far: who spoke (or was spoken of) in each sentence, for "he said" in the next one."""

    previous: list[Speaker | None]
    resolver: Resolver
    language: str = ""

    @property
    def verb_final(self) -> bool:
        answers = profile(self.language)
        return answers is not None and answers.verb_final

    def last(self, back: int = 1) -> Speaker | None:
        """The speaker of the previous sentence, or of the `back` previous ones for an impersonal attribution."""
        for speaker in reversed(self.previous[-back:]):
            if speaker is not None:
                return speaker
        return None
