"""The front page as a newsroom uses it, in a real browser (Debian's Chromium, Playwright): ranked by
corroboration, refreshing itself while a run adds reports, going back in time with ?as_of=, and right-to-left
titles shown right to left."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, run_cli
from tests.web.test_browser import Dialogs, Server, _shot, browser, page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.slow

NEWER = {  # one report, a week after the seeds: newest, but told by one outlet only
    "title": "Volcano on Iceland's Reykjanes peninsula erupts again",
    "text": "A volcano on the Reykjanes peninsula in Iceland erupted again on Wednesday, the Icelandic Met Office"
    " said. Lava flowed towards the town of Grindavik, which had been evacuated. No flights were cancelled.",
    "source": "Loopback Wire",
    "published": "2017-10-25",
    "language": "en",
}
GROWN = {  # a sixth report of the seeds' story
    "title": "SDF says Raqqa fully cleared of Islamic State fighters",
    "text": "The Syrian Democratic Forces said on Tuesday that Raqqa had been fully cleared of Islamic State"
    " fighters after the last of them surrendered at the stadium and the national hospital. The US-led coalition"
    " said the SDF now controlled the whole city of Raqqa, the former de facto capital of ISIS.",
    "source": "Loopback Wire",
    "published": "2017-10-18",
    "language": "en",
}
ARABIC = {
    "title": "زلزال قوي يضرب جزيرة كريت اليونانية",
    "text": "ضرب زلزال قوي جزيرة كريت اليونانية صباح يوم الخميس، وقال معهد الجيوفيزياء إن قوته بلغت ست درجات."
    " وأضاف المعهد أن الزلزال لم يسفر عن ضحايا، لكن سكان مدينة هيراكليون خرجوا إلى الشوارع خوفا من هزات ارتدادية."
    " وأغلقت السلطات عددا من المدارس في الجزيرة حتى يتم فحص المباني.",
    "source": "الوكالة",
    "published": "2017-10-19",
    "language": "ar",
}


@pytest.fixture(scope="module")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds (five reports, two languages) and one newer one-report story, built by `storyweave run`."""
    folder = tmp_path_factory.mktemp("live")
    newer = folder / "newer.jsonl"
    newer.write_text(json.dumps(NEWER) + "\n", encoding="utf-8")
    done = run_cli("run", str(SAMPLE), str(newer), "--out", str(folder / "out"), "--quiet")
    assert done.returncode in (0, 2), done.stderr
    return folder / "out" / "storyweave.db"


def test_the_front_page_ranks_refreshes_and_goes_back_in_time(
    server: Server,  # noqa: F811
    page: tuple,  # noqa: F811
    browser_store: Path,
    tmp_path: Path,
) -> None:
    tab, dialogs = page
    tab.goto(server.url + "/")
    assert "Volcano" in tab.locator("ol.events li.event h2").first.inner_text()  # newest first
    tab.goto(server.url + "/?order=corroborated")
    first = tab.locator("ol.events li.event").first
    assert "Raqqa" in first.locator("h2").inner_text() and "5 reports" in first.inner_text()
    seeds = first.get_attribute("data-event")
    _shot(tab, "11-corroborated")

    before = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    time.sleep(1.1)
    later = tmp_path / "later.jsonl"
    later.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (GROWN, ARABIC)), encoding="utf-8")
    done = run_cli("run", str(later), "--store", str(browser_store), "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode in (0, 2), done.stderr

    # No reload: the page asks its JSON twin and redraws.
    arabic = tab.locator("ol.events li.event h2", has_text=ARABIC["title"])
    arabic.wait_for(timeout=20_000)
    assert arabic.evaluate("node => getComputedStyle(node).direction") == "rtl"
    grown = tab.locator(f'ol.events li.event[data-event="{seeds}"]')
    assert "6 reports" in grown.inner_text() and grown.locator(".badge").inner_text().lower() == "updated"
    assert re.search(r"new stor(y|ies)", tab.locator(".fresh-note").inner_text())
    _shot(tab, "12-refreshed")

    tab.goto(f"{server.url}/events/{seeds}?as_of={before}")
    assert "As it stood at" in tab.locator(".as-of").inner_text()
    assert tab.locator("ul.reports li").count() == 5
    tab.goto(f"{server.url}/events/{seeds}?since={before}")
    assert "1 new report" in tab.locator(".changes").inner_text()
    assert tab.locator("ul.reports li").count() == 6
    _shot(tab, "13-since")
    assert dialogs.seen == []
