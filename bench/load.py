"""An event page under load while `storyweave run` writes to the same store: latency and errors, on loopback only.

Builds a store from the seeds (plus a few synthetic reports), starts `storyweave serve` on it in one process and a
`storyweave run` ingesting synthetic articles into the same store in another, then from this process sends a bounded
number of paced GET requests (at most --rate per second for --seconds) to the seed event's page. Prints the median,
p99 and max latency, the errors, and how many articles the writer stored meanwhile; exits 1 on any error.

    python bench/load.py [--seconds 30] [--rate 10] [--articles 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
HOST = "127.0.0.1"  # loopback only: nothing here is ever sent off this machine
READY_SECONDS = 60.0
REQUEST_TIMEOUT = 10.0
MAX_RATE = 50.0
MAX_SECONDS = 120.0

TOWNS = ["Norvik", "Adelport", "Kestrel Bay", "Marrowdale", "Lindholm", "Pellaton", "Quarry Falls", "Vennmark"]
KINDS = [
    ("flood", "river levels rose and water entered homes"),
    ("strike", "workers walked out over pay"),
    ("fire", "a blaze spread through warehouses"),
    ("storm", "high winds brought down power lines"),
    ("bridge collapse", "a road bridge gave way under traffic"),
]
MONTHS = ["January", "February", "March", "April", "May", "June"]
MOODS = ["chaos", "calm", "confusion", "anger", "relief"]
SOURCES = ["Daily Ledger", "Coastal Times", "Valley Post", "Metro Wire"]


def synthetic_articles(count: int, seed: int) -> list[dict[str, str]]:
    """Short English reports on a handful of made-up local stories, none a copy of another."""
    rng = random.Random(seed)
    records = []
    for number in range(count):
        town = rng.choice(TOWNS)
        kind, what = rng.choice(KINDS)
        month = rng.randrange(len(MONTHS))
        day = rng.randint(1, 28)
        affected = rng.randint(2, 900)
        sentences = [
            f"Officials in {town} said {what} on {day} {MONTHS[month]} 2021.",
            f"At least {affected} people were affected, according to the regional authority.",
            f"Reporter {number} spoke to residents who described {rng.choice(MOODS)} in the streets.",
            f"The mayor of {town} promised a review within {rng.randint(2, 30)} days.",
            f"Emergency services deployed {rng.randint(3, 80)} teams across the district.",
            f"Local businesses reported losses estimated at {rng.randint(1, 99)} million.",
        ]
        rng.shuffle(sentences)
        records.append(
            {
                "title": f"{kind.capitalize()} in {town}: {affected} affected ({number})",
                "text": " ".join(sentences),
                "source": rng.choice(SOURCES),
                "url": f"synthetic:{seed}/{number}",
                "language": "en",
                "published": f"2021-{month + 1:02d}-{day:02d}",
            }
        )
    return records


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def storyweave(*args: str) -> list[str]:
    return [sys.executable, "-m", "storyweave.cli", *args]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def count_articles(store: Path) -> int:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=30) as db:
        return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def seed_event(out: Path) -> str:
    """The seed event's id, from the events.jsonl that the build wrote (the event whose title names Raqqa)."""
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for event in events:
        if "Raqqa" in event["title"]:
            return str(event["id"])
    return str(events[0]["id"])


def stop(process: subprocess.Popen[bytes], name: str) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop on SIGINT within 15 s: killed", file=sys.stderr)
            process.kill()
            process.wait(timeout=15)


def wait_ready(client: httpx.Client, url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"storyweave serve exited with {server.returncode} before answering")
        try:
            if client.get(url).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"storyweave serve did not answer {url} within {READY_SECONDS:.0f} s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def load(client: httpx.Client, url: str, seconds: float, rate: float) -> tuple[list[float], Counter[str]]:
    """Paced requests: the n-th is sent no earlier than n / rate seconds after the start, so at most seconds * rate."""
    latencies: list[float] = []
    outcomes: Counter[str] = Counter()
    started = time.monotonic()
    for number in range(int(seconds * rate)):
        due = started + number / rate
        pause = due - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        if time.monotonic() - started >= seconds:
            break
        sent = time.perf_counter()
        try:
            response = client.get(url)
            outcome = str(response.status_code)
            if response.status_code == 200 and "timeline" not in response.text:
                outcome = "200 without the event page"
        except httpx.HTTPError as error:
            outcome = type(error).__name__
        latencies.append(time.perf_counter() - sent)
        outcomes[outcome] += 1
    return latencies, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the load (at most 120)")
    parser.add_argument("--rate", type=float, default=10.0, help="requests per second (at most 50)")
    parser.add_argument("--articles", type=int, default=2000, help="synthetic articles the concurrent run ingests")
    args = parser.parse_args()
    seconds = min(max(args.seconds, 1.0), MAX_SECONDS)
    rate = min(max(args.rate, 0.1), MAX_RATE)

    with tempfile.TemporaryDirectory(prefix="storyweave-load-") as scratch:
        folder = Path(scratch)
        out = folder / "out"
        store = out / "storyweave.db"
        extra = write_jsonl(synthetic_articles(12, seed=1), folder / "extra.jsonl")
        built = subprocess.run(
            storyweave("run", str(SAMPLE), str(extra), "--out", str(out), "--quiet"), capture_output=True, timeout=600
        )
        if built.returncode not in (0, 2):
            raise SystemExit(f"building the store failed: {built.stderr.decode(errors='replace')}")
        event_id = seed_event(out)
        incoming = write_jsonl(synthetic_articles(args.articles, seed=2), folder / "incoming.jsonl")
        before = count_articles(store)

        port = free_port()
        base = f"http://{HOST}:{port}"
        server_log = (folder / "serve.log").open("wb")
        writer_log = (folder / "run.log").open("wb")
        server = subprocess.Popen(
            storyweave("serve", "--store", str(store), "--host", HOST, "--port", str(port)),
            stdout=server_log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        writer: subprocess.Popen[bytes] | None = None
        writer_running = False
        try:
            with httpx.Client(timeout=REQUEST_TIMEOUT, trust_env=False) as client:
                wait_ready(client, f"{base}/", server)
                writer = subprocess.Popen(
                    storyweave("run", str(incoming), "--out", str(out), "--store", str(store), "--quiet"),
                    stdout=writer_log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                )
                time.sleep(1.0)  # the writer past its start-up, into its first batches
                print(f"load: GET {base}/events/{event_id} at <= {rate:g}/s for {seconds:g} s while run ingests")
                latencies, outcomes = load(client, f"{base}/events/{event_id}", seconds, rate)
                writer_running = writer.poll() is None
                during = count_articles(store) - before
        finally:
            if writer is not None:
                stop(writer, "storyweave run")
            stop(server, "storyweave serve")
            server_log.close()
            writer_log.close()
        # A writer still busy at the end is stopped here (click then exits 1, "Aborted!"): only one that ended by itself
        # with an error counts as a failure.
        writer_failed = writer is not None and not writer_running and writer.returncode not in (0, 2)

        errors = sum(count for outcome, count in outcomes.items() if outcome != "200")
        milliseconds = [latency * 1000 for latency in latencies]
        print(f"requests: {len(latencies)}  outcomes: {dict(outcomes)}")
        print(
            f"latency ms: median {statistics.median(milliseconds):.1f}  p99 {percentile(milliseconds, 0.99):.1f}"
            f"  max {max(milliseconds):.1f}"
        )
        print(
            f"writer: stored {during} of {args.articles} articles during the load"
            f" ({'still running at the end, then stopped' if writer_running else 'finished before the end'})"
        )
        print(f"errors: {errors}")
        if writer_failed:
            print(f"storyweave run failed: {(folder / 'run.log').read_text(errors='replace')[-2000:]}", file=sys.stderr)
        if errors or writer_failed or not latencies:
            print(f"serve log: {(folder / 'serve.log').read_text(errors='replace')[-2000:]}", file=sys.stderr)
            return 1
        return 0


if __name__ == "__main__":
    sys.exit(main())
