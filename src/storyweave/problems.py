"""How bad input is reported: one line naming the input and the reason, and the run goes on."""

from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """Raised by a reader when a whole input cannot be used; the reason is the exception's message."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in an input that was skipped (the whole input, or one record of it) or only partly read."""

    where: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        verb = "skipped" if self.skipped else "warning"
        return " ".join(f"{verb}: {self.where}: {self.reason}".split())


def describe(error: BaseException, limit: int = 200) -> str:
    """An exception as one short line: its type and the first line of its message, so a report stays one line."""
    message = " ".join(str(error).split())
    if len(message) > limit:
        message = message[: limit - 1] + "…"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
