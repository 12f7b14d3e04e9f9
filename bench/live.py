"""How live is `storyweave watch`? A loopback newsroom of 200 feeds publishing real reports at a steady rate, the
watcher following them, and a reader's view of the store measuring when each report becomes visible.

For each publishing rate it prints the reports published and visible, the backlog at the end (published, not yet
visible), and the publish-to-visible latency (median, p99): the highest rate whose backlog stays small is the rate
the engine sustains. Then the digest update cost for one new report in events of 10, 100 and 500 reports (what
`storyweave watch` pays when a report lands in an event of that size), and the process's peak memory.

    python bench/live.py [--feeds 200] [--rates 0.5,1,2] [--seconds 60] [--interval 5] [--encoder auto]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import resource
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from storyweave.digest import kept
from storyweave.digest.builder import DigestWriter
from storyweave.live.sources import Source, Sources
from storyweave.live.watch import Watcher
from storyweave.model import Article
from storyweave.pipeline import ingest
from storyweave.represent.registry import get_encoder
from storyweave.settings import Settings
from storyweave.store import Store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def reports(limit: int) -> list[tuple[str, str]]:
    """(title, text) of Multi-News documents: real reports, each once."""
    found: list[tuple[str, str]] = []
    with gzip.open(DATA / "multi-news" / "val.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            for document in json.loads(line)["documents"]:
                text = " ".join(document.split())
                if len(text.split()) >= 80:
                    found.append((" ".join(text.split()[:12]), text))
                if len(found) >= limit:
                    return found
    return found


class Newsroom(ThreadingHTTPServer):
    """`feeds` feeds; from `start`, entry k (across all feeds, round robin) is published at start + k / rate."""

    daemon_threads = True

    def __init__(self, feeds: int, rate: float, texts: list[tuple[str, str]]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.feeds, self.rate, self.texts = feeds, rate, texts
        self.start = time.time()

    def published(self, now: float) -> int:
        return min(len(self.texts), int((now - self.start) * self.rate))

    def feed(self, number: int, now: float) -> tuple[str, bytes]:
        count = self.published(now)
        mine = list(range(number, count, self.feeds))[-20:]  # a feed shows its 20 newest entries
        base = f"http://127.0.0.1:{self.server_address[1]}"
        items = "".join(
            f"<item><title>{html.escape(self.texts[k][0])}</title><link>{base}/r/{k}</link><guid>{base}/r/{k}</guid>"
            f"<description>{html.escape(self.texts[k][1])}</description></item>"
            for k in mine
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {number}</title>{items}</channel></rss>'
        return f'"{number}-{len(mine)}-{mine[-1] if mine else -1}"', body.encode()


class _Handler(BaseHTTPRequestHandler):
    server: Newsroom

    def do_GET(self) -> None:
        number = int(self.path.rsplit("/", 1)[-1].split(".")[0])
        etag, body = self.server.feed(number, time.time())
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        pass


def follow(feeds: int, rate: float, seconds: float, interval: int, settings: Settings, encoder: Any) -> dict[str, Any]:
    texts = reports(int(rate * seconds) + feeds)
    with tempfile.TemporaryDirectory() as folder:
        store_path = Path(folder) / "storyweave.db"
        room = Newsroom(feeds, rate, texts)
        threading.Thread(target=room.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{room.server_address[1]}"
        sources = Sources(
            tuple(Source(f"{base}/feeds/{n}.xml", interval, f"Feed {n}", "en") for n in range(feeds)),
            frozenset({"127.0.0.1"}),
        )
        stop = threading.Event()

        def watch() -> None:  # the store's connection belongs to the thread that uses it
            with Store(store_path) as store:
                Watcher(sources, store, settings, encoder, workers=4).run(stop)

        thread = threading.Thread(target=watch, daemon=True)
        room.start = time.time()
        thread.start()
        visible: dict[int, float] = {}
        end = room.start + seconds
        while time.time() < end + interval:
            _look(store_path, visible)
            time.sleep(0.5)
        published = room.published(end)
        stop.set()
        thread.join(120)
        room.shutdown()
    latencies = [visible[k] - (room.start + k / rate) for k in visible if k < published]
    seen = sum(1 for k in visible if k < published)
    return {
        "rate": rate,
        "published": published,
        "visible": seen,
        "backlog": published - seen,
        "median_s": statistics.median(latencies) if latencies else None,
        "p99_s": sorted(latencies)[int(0.99 * (len(latencies) - 1))] if latencies else None,
    }


def _look(store_path: Path, visible: dict[int, float]) -> None:
    """Which reports a reader can see now: stored and in an event (what the page lists)."""
    if not store_path.exists():
        return
    try:
        with sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=5) as db:
            rows = db.execute("SELECT a.url FROM articles a JOIN event_members m ON m.article_id = a.id").fetchall()
    except sqlite3.Error:
        return
    now = time.time()
    for (url,) in rows:
        number = int(str(url).rsplit("/", 1)[-1])
        visible.setdefault(number, now)


def digest_costs(
    settings: Settings, encoder: Any, sizes: tuple[int, ...] = (10, 100, 500), repeats: int = 3
) -> dict[int, tuple[float, float]]:
    """Seconds to update the digest of an event of N reports when one more arrives (Timeline17 reports): in the
    watcher's process, and in one just started (readings from the store, not the process). Each is the median of
    `repeats` updates, each by a report the event has not had, kept as the watcher keeps it."""
    with gzip.open(DATA / "tls-timeline17-crisis" / "t17_articles_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows.sort(key=lambda r: (r["topic"] != "h1n1", r["pub_date"]))
    articles = [
        Article.new(
            title=r["text"].split("\n")[0][:120],
            text=r["text"],
            source=f"outlet {n}",
            url=f"t17:{n}",
            language="en",
            published=date.fromisoformat(r["pub_date"]),
            precision="day",
        )
        for n, r in enumerate(rows[: max(sizes) + 2 * repeats])
    ]
    costs: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "s.db") as store:
        ingest(articles, store, settings, events=False, digests=False)
        stored = list(store.iter_articles())
        writer = DigestWriter(store, settings, encoder)
        for size in sizes:
            # The event as the watcher has it: digested at N reports, its sentence vectors and its reports'
            # readings kept in the store, the readings also in the process (`digest.kept`).
            _, fresh = writer.build(stored[:size])
            with store.transaction():
                writer.keep(fresh)
            warm: list[float] = []
            cold: list[float] = []
            for grown in range(size + 1, size + 2 * repeats + 1):
                after_restart = grown > size + repeats
                if after_restart:
                    kept.forget()  # as in a process just started: the readings come from the store
                started = time.perf_counter()
                _, fresh = writer.build(stored[:grown])
                (cold if after_restart else warm).append(time.perf_counter() - started)
                with store.transaction():
                    writer.keep(fresh)
            costs[size] = (statistics.median(warm), statistics.median(cold))
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--rates", default="0.5,1,2", help="reports a second, across all feeds")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--interval", type=int, default=5, help="seconds between polls of one feed")
    parser.add_argument("--encoder", default="auto")
    args = parser.parse_args()
    if not (DATA / "multi-news" / "val.jsonl.gz").exists():
        sys.exit(f"bench/live.py needs {DATA}/multi-news/val.jsonl.gz")
    settings = Settings().updated(encoder=args.encoder)
    encoder = get_encoder(args.encoder)
    print(
        f"{args.feeds} feeds on loopback, polled every {args.interval} s, {args.seconds:g} s each, encoder {encoder.name}"
    )
    print(f"{'rate/s':>7} {'published':>9} {'visible':>8} {'backlog':>8} {'median s':>9} {'p99 s':>7}")
    for rate in (float(r) for r in args.rates.split(",")):
        row = follow(args.feeds, rate, args.seconds, args.interval, settings, encoder)
        median = f"{row['median_s']:.1f}" if row["median_s"] is not None else "-"
        p99 = f"{row['p99_s']:.1f}" if row["p99_s"] is not None else "-"
        print(
            f"{rate:>7g} {row['published']:>9} {row['visible']:>8} {row['backlog']:>8} {median:>9} {p99:>7}", flush=True
        )
    costs = digest_costs(settings, encoder)
    print("digest update for one new report (readings kept in the process and sentence vectors in the store reused;")
    print("in brackets, in a process just started, the readings read back from the store):")
    print("  " + ", ".join(f"{n} reports {warm:.2f} s ({cold:.2f} s)" for n, (warm, cold) in costs.items()))
    print(
        f"500 / 10: {costs[500][0] / costs[10][0]:.1f}x ({costs[500][1] / costs[10][1]:.1f}x after a restart); "
        f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
