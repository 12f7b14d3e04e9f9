"""The pages in a real browser: Debian's headless Chromium driven by Playwright, against `storyweave serve` running in
its own process on loopback.

A reader searches for "Raqqa", opens the event, sees its timeline and the row where the reports disagree, clicks a
summary citation and lands on the cited sentence, highlighted. A report whose every field is script or markup is shown
as text on every page: no dialog opens, and no element is built from it. Screenshots go to out/screenshots/.

Chromium comes from Debian (`scripts/browser-setup.sh`), since Playwright's own browser download does not work here;
the test is skipped, saying so, only when chromium or the playwright package is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SAMPLE, good_report, run_cli

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("STORYWEAVE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "out" / "screenshots"
STEP_MS = 15_000  # every Playwright action and wait
READY_SECONDS = 60  # the server answering its first page
LOOPBACK = ("--host", "127.0.0.1", "--port")

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

if sync_playwright is None:
    pytest.skip("playwright is not installed (make installs it; pip install playwright)", allow_module_level=True)
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(
        f"no chromium at {CHROMIUM} (run scripts/browser-setup.sh as root: apt-get install chromium)",
        allow_module_level=True,
    )

# Script and markup in every field a report has; each would open a dialog or build an element if it were markup.
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = "<svg onload=alert(1)></svg>"
PAYLOADS = [
    {
        "title": f"{SCRIPT} Vennmark dam breach {IMG} {n}",
        "text": (
            f"Officials in Vennmark said {SCRIPT} that 120 people were evacuated on Monday after the dam breached. "
            f'"We will rebuild {IMG} every house," said mayor Jon Berg {SVG}. '
            f"Residents of Vennmark described the scene as calm {IMG} on Tuesday, when {40 + n} homes were still flooded."
        ),
        "source": f'"><script>alert(1)</script>{IMG}',
        "url": f"javascript:alert(1)//{SVG}{n}",
        "language": f"en{SCRIPT}",
        "published": f"2021-03-0{n}{IMG}",
    }
    for n in (1, 2)
]
# Two further stories, two reports each, so the index has more than the seed event and search has to choose.
OTHER_REPORTS = {
    "norvik-1.txt": good_report(
        "Flood waters rise in Norvik as river bursts its banks",
        "The river in Norvik burst its banks on 3 May 2021, flooding 200 homes, officials said.\n\n"
        "Emergency teams evacuated residents of the lower town overnight.",
    ),
    "norvik-2.txt": good_report(
        "Norvik flood: hundreds of homes under water",
        "Officials in Norvik said on 4 May 2021 that 230 homes were flooded after the river burst its banks.\n\n"
        "The mayor of Norvik asked residents to stay away from the river.",
    ),
    "adelport-1.txt": good_report(
        "Dock workers strike at Adelport over pay",
        "Dock workers at the port of Adelport walked out on 10 June 2021 in a dispute over pay.\n\n"
        "The union said 1,500 workers joined the strike.",
    ),
    "adelport-2.txt": good_report(
        "Adelport port shut as dock strike enters second day",
        "The port of Adelport stayed shut on 11 June 2021 as the dock workers' strike over pay went on.\n\n"
        "The union said 1,800 workers had joined the strike.",
    ),
}


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def json(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.load(response)


@dataclass
class Dialogs:
    seen: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, two other stories and two reports made of payloads, built by `storyweave run` as a user would."""
    folder = tmp_path_factory.mktemp("browser")
    others = folder / "others"
    others.mkdir()
    for name, text in OTHER_REPORTS.items():
        (others / name).write_text(text, encoding="utf-8")
    hostile = folder / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(record) + "\n" for record in PAYLOADS), encoding="utf-8")
    out = folder / "out"
    done = run_cli("run", str(SAMPLE), str(others), str(hostile), "--out", str(out), "--quiet")
    assert done.returncode in (0, 2), done.stderr
    return out / "storyweave.db"


@pytest.fixture(scope="module")
def server(browser_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "storyweave.cli", "serve", "--store", str(browser_store), *LOOPBACK, str(port)],
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    running = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + READY_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"storyweave serve exited with {process.returncode}: {log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(running.url + "/", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"storyweave serve did not answer within {READY_SECONDS} s: {log.read_text(errors='replace')}"
                )
            time.sleep(0.2)
        yield running
    finally:
        _stop(process)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert sync_playwright is not None
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"], timeout=60_000
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, Dialogs]]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(STEP_MS)
    context.set_default_navigation_timeout(STEP_MS)
    opened = context.new_page()
    dialogs = Dialogs()

    def record(dialog: Any) -> None:
        dialogs.seen.append(f"{dialog.type}: {dialog.message} on {opened.url}")
        dialog.dismiss()

    opened.on("dialog", record)
    try:
        yield opened, dialogs
    finally:
        context.close()


def _shot(page: Page, name: str, *, full_page: bool = False) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    print(f"screenshot: {path}")
    return path


def test_search_open_event_and_follow_a_citation_to_its_highlighted_sentence(
    server: Server, page: tuple[Page, Dialogs]
) -> None:
    tab, dialogs = page
    tab.goto(server.url + "/")
    listed = tab.locator("ol.events li.event")
    assert listed.count() >= 3, "the seeds and the two other stories are listed"
    _shot(tab, "01-index")

    tab.fill("#search", "Raqqa")
    tab.press("#search", "Enter")
    tab.wait_for_url(re.compile(r"\?(.*&)?q=Raqqa"))
    results = tab.locator("ol.events li.event h2 a")
    assert results.count() >= 1
    titles = results.all_inner_texts()
    assert not any("Norvik" in title or "Adelport" in title for title in titles), titles
    raqqa = results.filter(has_text="Raqqa").first
    _shot(tab, "02-search-raqqa")

    raqqa.click()
    tab.wait_for_url(re.compile(r"/events/[^/?#]+$"))
    assert "Raqqa" in tab.locator("h1").inner_text()
    timeline = tab.locator("#timeline")
    timeline.scroll_into_view_if_needed()
    assert timeline.is_visible()
    assert tab.locator("#timeline .entry").count() >= 1
    conflict = tab.locator("tr.fact-conflict").first
    conflict.scroll_into_view_if_needed()
    assert conflict.is_visible()
    _shot(tab, "03-event-raqqa", full_page=True)
    conflict.screenshot(path=str(SCREENSHOTS / "04-conflict-row.png"))
    print(f"screenshot: {SCREENSHOTS / '04-conflict-row.png'}")

    citation = tab.locator("#summary a.citation").first
    href = citation.get_attribute("href") or ""
    match = re.fullmatch(r"/articles/([^/#]+)#s(\d+)", href)
    assert match, href
    citation.click()
    tab.wait_for_url(re.compile(r"/articles/[^/#]+#s\d+$"))
    assert tab.url.endswith(href)
    sentence = tab.locator(f"#s{match.group(2)}")
    assert sentence.is_visible()
    assert sentence.evaluate("element => element.matches(':target')")
    marked = sentence.evaluate("element => getComputedStyle(element).backgroundColor")
    plain = tab.evaluate("() => getComputedStyle(document.body).backgroundColor")
    others = tab.locator("li.sentence:not(:target)").first.evaluate(
        "element => getComputedStyle(element).backgroundColor"
    )
    assert marked not in (plain, others, "rgba(0, 0, 0, 0)", "transparent"), (marked, plain, others)
    assert sentence.evaluate(
        "element => { const r = element.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    )
    _shot(tab, "05-cited-sentence")
    assert dialogs.seen == []


PROBE = """() => ({
    images: document.querySelectorAll('img[src="x"], img').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
    scripts: [...document.scripts].filter(s => s.textContent.includes('alert(1)')).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    text: document.body.innerText,
})"""


def test_payloads_in_every_field_stay_text_on_every_page(server: Server, page: tuple[Page, Dialogs]) -> None:
    tab, dialogs = page
    listing = server.json("/api/events?q=Vennmark")
    assert listing["events"], "the payload reports are stored and found"
    event_id = listing["events"][0]["id"]
    detail = server.json(f"/api/events/{event_id}")
    article_ids = [report["id"] for report in detail["reports"] if "Vennmark" in report["title"]]
    # The two payload reports differ by a number only, so the second may be stored as a copy of the first (whose
    # page then lists it under "Copies in other outlets", payloads and all).
    assert article_ids, detail["reports"]
    stored = server.json(f"/api/articles/{article_ids[0]}")

    visits = [
        "/",
        "/?q=Vennmark",
        "/?q=" + urllib.parse.quote(SCRIPT),
        f"/events/{event_id}",
        *(f"/articles/{article_id}" for article_id in article_ids),
        *(f"/articles/{article_id}#s1" for article_id in article_ids),
        f"/api/articles/{article_ids[0]}",
        f"/events/{urllib.parse.quote(SCRIPT, safe='')}",
    ]
    for number, path in enumerate(visits):
        tab.goto(server.url + path)
        tab.wait_for_load_state("load")
        tab.wait_for_timeout(300)  # an image's onerror fires after the failed load
        found = tab.evaluate(PROBE)
        where = f"{path}: {found}"
        assert found["images"] == 0, where
        assert found["svgs"] == 0, where
        assert found["handlers"] == 0, where
        assert found["scripts"] == 0, where
        assert found["javascriptLinks"] == 0, where
        if path.startswith(("/events/e", "/articles/")) or path == "/?q=Vennmark":
            assert "<script>alert(1)</script>" in found["text"] or "<img src=x" in found["text"], where
        if number in (3, 4):
            _shot(tab, f"0{6 + number - 3}-payload-{'event' if number == 3 else 'article'}", full_page=True)
    assert stored["title"] and "<" in stored["title"], "the title is stored as the characters it was sent"
    assert dialogs.seen == [], dialogs.seen
