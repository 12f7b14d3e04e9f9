"""The list of events as it stood at a past time: each event with its members then, ranked as it ranked then."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from pathlib import Path

from storyweave.pipeline import run
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.store.browse import Filters
from tests.conftest import SAMPLE

RAQQA = {
    "title": "SDF says Raqqa fully cleared of Islamic State fighters",
    "text": "The Syrian Democratic Forces said on Tuesday that Raqqa had been fully cleared of Islamic State"
    " fighters after the last of them surrendered at the stadium and the national hospital. The US-led coalition"
    " said the SDF now controlled the whole city of Raqqa, the former de facto capital of ISIS.",
    "source": "Wire A",
    "published": "2017-10-17",
    "language": "en",
}
LATER = {
    "title": "Raqqa residents return to a city in ruins after ISIS defeat",
    "text": "Residents of Raqqa began returning on Saturday to a city left in ruins by the four-month battle in"
    " which the Syrian Democratic Forces, backed by the US-led coalition, drove Islamic State fighters out of their"
    " de facto capital. Mines left by ISIS still kill people in the streets around the national hospital.",
    "source": "Wire B",
    "published": "2017-10-21",
    "language": "en",
}
VOLCANO = {
    "title": "Volcano on Iceland's Reykjanes peninsula erupts again",
    "text": "A volcano on the Reykjanes peninsula in Iceland erupted again on Thursday, the Icelandic Met Office"
    " said. Lava flowed towards the town of Grindavik, which had been evacuated. No flights were cancelled.",
    "source": "Loopback Wire",
    "published": "2017-10-19",
    "language": "en",
}


def _jsonl(path: Path, *reports: dict[str, str]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    return str(path)


def test_the_list_as_of_a_past_time_shows_and_ranks_the_events_as_they_were(tmp_path: Path) -> None:
    settings = Settings()
    with Store(tmp_path / "storyweave.db") as store:
        run([_jsonl(tmp_path / "first.jsonl", RAQQA, VOLCANO)], store, settings)
        then = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        time.sleep(1.1)
        run([str(SAMPLE), _jsonl(tmp_path / "later.jsonl", LATER)], store, settings)

        now, _ = store.list_events(0, 10)
        raqqa = next(e for e in now if e.reports > 1)
        assert now[0].id == raqqa.id and raqqa.last_seen == date(2017, 10, 21) and set(raqqa.languages) == {"en", "no"}
        ranked_now, _ = store.list_events(0, 10, filters=Filters(order="corroborated"))
        assert ranked_now[0].id == raqqa.id

        past, total = store.list_events(0, 10, filters=Filters(as_of=then))
        assert total == 2 and past[0].title.startswith("Volcano")  # newest then: Raqqa's last report was older
        before = next(e for e in past if e.id == raqqa.id)
        assert (before.reports, before.languages, before.outlets) == (1, ("en",), ("Wire A",))
        assert before.first_seen == before.last_seen == date(2017, 10, 17)
        ranked_then, _ = store.list_events(0, 10, filters=Filters(order="corroborated", as_of=then))
        assert ranked_then[0].title.startswith("Volcano")  # one outlet each then, and the volcano newer
        assert [e.id for e in store.list_events(1, 1, filters=Filters(as_of=then))[0]] == [raqqa.id]
