"""Kept readings as JSON, both ways, for the store (see `digest.kept`).

A store may come from elsewhere, so reading back builds nothing but plain values and the reading types each kept
kind names; anything else in a stored reading makes it unreadable, and an unreadable reading is read again from
its report. Tuples, lists, sets and dates keep their kind: a reading read back must equal the one kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any


class Unreadable(ValueError):
    """A stored reading that is not one the digest wrote."""


def dumps(value: object) -> str:
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes, types: Mapping[str, type]) -> Any:
    try:
        return _decode(json.loads(text), types)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError) as error:
        raise Unreadable(str(error)) from error


def _encode(value: object) -> object:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, tuple):
        return {"t": [_encode(v) for v in value]}
    if isinstance(value, (frozenset, set)):
        return {"s": sorted((_encode(v) for v in value), key=repr)}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, dict):
        return {"m": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if is_dataclass(value) and not isinstance(value, type):
        return {"c": type(value).__name__, "v": [_encode(getattr(value, f.name)) for f in fields(value)]}
    raise TypeError(f"a reading holds a {type(value).__name__}, which the store cannot keep")


def _decode(value: object, types: Mapping[str, type]) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [_decode(v, types) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2):
        raise ValueError("not a kept reading")
    if "t" in value:
        return tuple(_decode(v, types) for v in value["t"])
    if "s" in value:
        return frozenset(_decode(v, types) for v in value["s"])
    if "d" in value:
        return date.fromisoformat(str(value["d"]))
    if "m" in value:
        return {_decode(k, types): _decode(v, types) for k, v in value["m"]}
    kind = types[str(value["c"])]  # only the kinds this reading may hold
    return kind(*(_decode(v, types) for v in value["v"]))
