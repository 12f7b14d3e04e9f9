"""The optional abstractive mode against a real local HTTP server that answers like an OpenAI-compatible one.

The server listens on 127.0.0.1 only, answers a bounded number of requests with canned replies, and is shut down
by its fixture; nothing leaves the machine.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from storyweave import cli
from storyweave.digest.summary.abstractive import AbstractiveError, endpoint, grounded, parse, prompt, rewrite
from storyweave.model import Citation, SummarySentence
from storyweave.settings import Settings

MAX_REQUESTS = 20

BALI = Citation("a1", 8)
BALI_AP = Citation("a2", 5)
DEFEATED = Citation("a3", 0)
SURRENDER = Citation("a4", 0)
SURRENDER_NO = Citation("a5", 0)
SOURCES = {
    BALI: "Mustafa Bali, an SDF spokesman, said 22 ISIS fighters were killed in that battle.",
    BALI_AP: "Musafa Bali, a spokesman for the Syrian Democratic Forces, told the AP around 22 ISIS militants were"
    " killed in the advance on the hospital.",
    DEFEATED: "Syrian forces have defeated ISIS in Raqqa on Tuesday.",
    SURRENDER: "Some 100 fighters from ISIS handed themselves over to US-backed fighters in Raqqa.",
    SURRENDER_NO: "I en epost til nyhetsbyrået AFP skriver koalisjonen at om lag 100 IS-krigere har overgitt seg.",
}
SENTENCES = (
    SummarySentence("Syrian forces have defeated ISIS in Raqqa on Tuesday.", (DEFEATED,)),
    SummarySentence(
        "Mustafa Bali, an SDF spokesman, said 22 ISIS fighters were killed in that battle.", (BALI, BALI_AP)
    ),
    SummarySentence(
        "Some 100 fighters from ISIS handed themselves over to US-backed fighters in Raqqa.", (SURRENDER, SURRENDER_NO)
    ),
)


@dataclass
class Fake:
    """What the server will answer (status, body, seconds to stall) and what it was asked."""

    url: str = ""
    replies: list[tuple[int, bytes, float]] = field(default_factory=list)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def answer(self, content: str) -> None:
        body = {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        }
        self.replies.append((200, json.dumps(body).encode(), 0.0))


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        fake = self.server.fake
        length = min(int(self.headers.get("Content-Length") or 0), 1_000_000)
        fake.requests.append((self.path, json.loads(self.rfile.read(length) or b"{}")))
        if len(fake.requests) > MAX_REQUESTS or not fake.replies:
            status, body, stall = 503, b"no canned reply", 0.0
        else:
            status, body, stall = fake.replies.pop(0)
        if stall:
            fake.release.wait(stall)
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (the timeout test)
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: Fake


@pytest.fixture
def server() -> Iterator[Fake]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.fake = Fake(url=f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd.fake
    finally:
        httpd.fake.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _rewrite(fake: Fake, **options: Any) -> tuple[tuple[SummarySentence, ...], list[str]]:
    arguments: dict[str, Any] = {"url": fake.url, "words": 60, "language": "en", "timeout": 5.0, **options}
    return rewrite(SENTENCES, SOURCES, **arguments)


def test_a_grounded_reply_is_kept_with_the_citations_of_the_sentences_it_names(server: Fake) -> None:
    server.answer(
        "ISIS was defeated in Raqqa on Tuesday by Syrian forces [1]. About 100 ISIS fighters surrendered, while an"
        " SDF spokesman, Mustafa Bali, said twenty-two were killed. [2,3]"
    )
    kept, dropped = _rewrite(server)
    assert dropped == []
    assert [s.text for s in kept] == [
        "ISIS was defeated in Raqqa on Tuesday by Syrian forces.",
        "About 100 ISIS fighters surrendered, while an SDF spokesman, Mustafa Bali, said twenty-two were killed.",
    ]
    assert kept[0].citations == (DEFEATED,)
    assert kept[1].citations == (BALI, BALI_AP, SURRENDER, SURRENDER_NO)


def test_an_invented_figure_is_dropped_and_logged(server: Fake, caplog: pytest.LogCaptureFixture) -> None:
    server.answer("Syrian forces defeated ISIS in Raqqa [1]. Mustafa Bali said 35 fighters were killed [2].")
    with caplog.at_level(logging.INFO, logger="storyweave.digest.summary.abstractive"):
        kept, dropped = _rewrite(server)
    assert [s.text for s in kept] == ["Syrian forces defeated ISIS in Raqqa."]
    assert len(dropped) == 1 and "35" in dropped[0] and "Mustafa Bali said 35 fighters were killed." in dropped[0]
    assert any("35" in record.getMessage() and server.url in record.getMessage() for record in caplog.records)


def test_an_invented_name_is_dropped(server: Fake) -> None:
    server.answer("Commander John Smith said 22 ISIS fighters were killed [2]. Syrian forces defeated ISIS [1].")
    kept, dropped = _rewrite(server)
    assert [s.text for s in kept] == ["Syrian forces defeated ISIS."]
    assert "john smith" in dropped[0]


def test_known_equivalents_and_any_casing_are_grounded(server: Fake) -> None:
    server.answer("IS lost Raqqa to syrian forces on tuesday [1]. The Islamic State lost 22 fighters, the AP said [2].")
    kept, dropped = _rewrite(server)
    assert dropped == [] and len(kept) == 2


def test_sentences_without_numbers_or_with_unknown_numbers_are_dropped(server: Fake) -> None:
    server.answer("The war is over. Syrian forces defeated ISIS in Raqqa [1]. ISIS lost Raqqa [7].")
    kept, dropped = _rewrite(server)
    assert [s.text for s in kept] == ["Syrian forces defeated ISIS in Raqqa."]
    assert [line.split("”: ")[1] for line in dropped] == [
        "it ends with no citation numbers",
        "it cites [7], but the input had sentences 1 to 3",
    ]


def test_the_word_budget_holds(server: Fake) -> None:
    server.answer("Syrian forces defeated ISIS in Raqqa on Tuesday [1]. Mustafa Bali said 22 ISIS fighters died [2].")
    kept, dropped = _rewrite(server, words=9)
    assert len(kept) == 1 and "over the 9-word budget" in dropped[0]


def test_the_request_is_an_openai_chat_completion(server: Fake) -> None:
    server.answer("Syrian forces defeated ISIS in Raqqa [1].")
    server.answer("Syrian forces defeated ISIS in Raqqa [1].")
    _rewrite(server, model="tiny-model", words=50, language="no")
    _rewrite(server, url=f"{server.url}/v1/")
    (path, body), (second_path, second) = server.requests
    assert path == second_path == "/v1/chat/completions"
    assert body["model"] == "tiny-model" and "model" not in second
    assert body["stream"] is False and body["temperature"] == 0
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user"] and all(isinstance(m["content"], str) for m in body["messages"])
    asked = body["messages"][1]["content"]
    assert "[1] Syrian forces have defeated ISIS in Raqqa on Tuesday." in asked
    assert "[3] Some 100 fighters" in asked and f"source: {SOURCES[SURRENDER_NO]}" in asked
    assert "at most 50 words" in asked and "Norwegian" in asked and "[1,3]" in asked


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (500, b'{"error": "model not loaded"}', "HTTP 500"),
        (200, b"<html>not json</html>", "not JSON"),
        (200, b'{"object": "chat.completion"}', "no choices[0].message.content"),
        (200, b'{"error": {"message": "context too long"}}', "context too long"),
        (200, b'{"choices": [{"message": {"content": "<think>hm</think>  "}}]}', "empty"),
    ],
)
def test_a_bad_reply_raises_naming_the_address(server: Fake, status: int, body: bytes, expected: str) -> None:
    server.replies.append((status, body, 0.0))
    with pytest.raises(AbstractiveError) as raised:
        _rewrite(server)
    assert f"{server.url}/v1/chat/completions" in str(raised.value) and expected in str(raised.value)


def test_a_server_that_does_not_answer_in_time_raises(server: Fake) -> None:
    server.replies.append((200, b"{}", 10.0))
    with pytest.raises(AbstractiveError, match=r"no answer within 0\.3 s") as raised:
        _rewrite(server, timeout=0.3)
    assert server.url in str(raised.value)


def test_no_server_at_all_raises() -> None:
    with socket.socket() as probe:  # a loopback port that was free a moment ago and has nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(AbstractiveError, match=rf"127\.0\.0\.1:{port}.*cannot connect"):
        rewrite(SENTENCES, SOURCES, url=f"http://127.0.0.1:{port}", words=60, language="en", timeout=2)


def test_an_empty_summary_asks_nothing(server: Fake) -> None:
    assert rewrite((), SOURCES, url=server.url, words=60, language="en") == ((), [])
    assert server.requests == []


# -- the parts, without a server ------------------------------------------------------------------------------------
def test_endpoint_accepts_a_server_url_with_or_without_v1() -> None:
    assert endpoint("http://127.0.0.1:8080") == "http://127.0.0.1:8080/v1/chat/completions"
    assert endpoint("http://127.0.0.1:8080/v1/") == "http://127.0.0.1:8080/v1/chat/completions"
    assert endpoint("http://h/v1/chat/completions") == "http://h/v1/chat/completions"
    with pytest.raises(AbstractiveError, match="ftp://h"):
        endpoint("ftp://h")


def test_parse_reads_numbers_wherever_models_put_them() -> None:
    reply = "<think>[9] draft</think>Raqqa fell [1] after a siege [2]. Bali said 22 died. [3][1] Extra. Last one [3]."
    assert parse(reply) == [
        ("Raqqa fell after a siege.", [1, 2]),
        ("Bali said 22 died.", [3, 1]),
        ("Extra.", []),
        ("Last one.", [3]),
    ]


def test_grounded_figures_in_any_notation() -> None:
    sources = ["Activists say over 1,000 civilians and 22 fighters died; 1.5 million fled."]
    assert grounded("More than 1000 civilians died.", sources) is None
    assert grounded("Twenty-two fighters died.", sources) is None
    assert grounded("1,500,000 people fled.", sources) is None
    assert grounded("Over 1.000 civilians died.", sources) is None
    assert grounded("Twenty-three fighters died.", sources) == "the figure 'Twenty-three' is in none of its sources"
    assert grounded("1,200 civilians died.", sources) == "the figure '1,200' is in none of its sources"
    assert grounded("Anything.", []) == "it cites no source text"


def test_grounded_figures_in_number_words_of_any_language() -> None:
    sources = ["Minst tjueto krigere ble drept, og 1,5 millioner flyktet."]
    assert grounded("22 fighters were killed.", sources) is None  # the source's Norwegian words
    assert grounded("Vingt-deux combattants sont morts.", sources, "fr") is None  # the sentence's own language
    assert grounded("1.5 million fled.", sources) is None
    assert grounded("Twenty-three fighters died.", sources) == "the figure 'Twenty-three' is in none of its sources"


def test_grounded_names() -> None:
    sources = ["Syrian Democratic Forces took Raqqa from ISIS on Tuesday, said Brig. Gen. Talal Sello of Deir al-Zor."]
    assert grounded("On Tuesday Syrian Democratic Forces took Raqqa.", sources) is None
    assert grounded("The SDF took Raqqa from Daesh.", sources) is None  # initials, and a known equivalent
    assert grounded("Sello is from Deir al Zor.", sources) is None
    assert grounded("Ryan Sello spoke.", sources) == "the name 'ryan sello' is in none of its sources"
    assert grounded("The YPG spoke.", sources) == "the name 'YPG' is in none of its sources"


def test_prompt_shows_each_source_once_and_leaves_out_the_sentence_itself() -> None:
    messages = prompt(SENTENCES[:1], SOURCES, words=30, language="en")
    assert SOURCES[DEFEATED] not in messages[1]["content"].split("[1] ", 1)[1].split("\n", 1)[1]


# -- the CLI's wiring -----------------------------------------------------------------------------------------------
def test_run_options_reach_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: list[Settings] = []

    def fake_run(paths: Any, store: Any, settings: Settings, **_: Any) -> Any:
        seen.append(settings)
        raise ValueError("stopped by the test")

    monkeypatch.setattr(cli, "run", fake_run)
    arguments = ["run", "x", "--out", str(tmp_path), "--lang", "NO", "--words", "80"]
    arguments += ["--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "tiny"]
    done = CliRunner().invoke(cli.main, arguments)
    assert done.exit_code == 1 and "stopped by the test" in done.output
    assert (seen[0].summary_language, seen[0].summary_words) == ("no", 80)
    assert (seen[0].llm_url, seen[0].llm_model) == ("http://127.0.0.1:9/v1", "tiny")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--lang", "norsk", "ISO 639-1"), ("--words", "0", "x>=1"), ("--llm-url", "localhost:8080", "http://")],
)
def test_bad_run_options_are_refused(tmp_path: Path, option: str, value: str, message: str) -> None:
    done = CliRunner().invoke(cli.main, ["run", "x", "--out", str(tmp_path), option, value])
    assert done.exit_code == 2 and message in done.output


def test_a_run_with_an_endpoint_keeps_only_grounded_sentences_and_falls_back_when_it_fails(server: Fake) -> None:
    from storyweave.digest.builder import build_digest
    from tests.digest.test_timeline import seed_articles

    articles = seed_articles()
    settings = Settings(llm_url=server.url)
    server.answer("The Syrian Democratic Forces defeated ISIS in Raqqa [1]. Some 35 fighters were killed there [1].")
    built = build_digest(articles, settings)
    assert built.summary is not None and built.summary_note is not None
    assert [line.text for line in built.summary] == ["The Syrian Democratic Forces defeated ISIS in Raqqa."], (
        built.summary_note
    )
    assert "1 written sentence(s) dropped" in built.summary_note
    assert built.summary[0].citations  # the cited extractive line's sources
    dead = build_digest(articles, Settings(llm_url="http://127.0.0.1:9"))  # nothing listens there
    assert dead.summary and dead.summary_note and "extractive summary kept" in dead.summary_note
