"""The real web, folder by folder: every input stored or skipped with its reason, no traceback, every digest built.

Runs `storyweave run` as a user would (a subprocess, the default encoder unless --encoder says otherwise) over each
folder of ../shared/data/web and over one truncated or byte-flipped copy of every file (a fixed seed), and prints
per folder: inputs, articles stored, copies folded, skipped by reason, warnings by reason, seconds, exit status,
tracebacks, events and digests that failed. Beside it, in the same run, how far feedparser alone gets on the feeds
(entries it returns without raising), the peer a user would otherwise reach for.

    python bench/web.py [--data ../shared/data/web] [--encoder hashing] [--seed 20261201] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.fuzzing import corrupt

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "web"
_SUMMARY = re.compile(r"Read (\d+) input\(s\): (\d+) article\(s\)")
_COUNTS = re.compile(r"new: (\d+)\s+folded as copies of another outlet: (\d+)\s+already stored: (\d+)\s+skipped: (\d+)")
_FURNITURE = re.compile(r"page furniture: (\d+) line")
_LINE = re.compile(r"^storyweave: (skipped|warning): (.*?): (.*)$")


def reason_class(reason: str) -> str:
    """A reason without its particulars (positions, quoted values), so the table counts kinds of fault."""
    reason = re.sub(r"\(.*", "", reason).strip()
    reason = re.sub(r"\d+", "N", reason)
    return reason[:70]


def run_folder(folder: Path, out: Path, encoder: str | None) -> dict[str, Any]:
    command = [sys.executable, "-m", "storyweave.cli", "run", str(folder), "--out", str(out)]
    if encoder:
        command += ["--encoder", encoder]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - started
    skipped: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    for line in done.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            (skipped if match.group(1) == "skipped" else warnings)[reason_class(match.group(3))] += 1
    summary = _SUMMARY.search(done.stdout)
    counts = _COUNTS.search(done.stdout)
    furniture = _FURNITURE.search(done.stdout)
    events_file = out / "events.jsonl"
    events = (
        [json.loads(x) for x in events_file.read_text(encoding="utf-8").splitlines()] if events_file.exists() else []
    )
    return {
        "folder": folder.name,
        "inputs": int(summary.group(1)) if summary else None,
        "articles": int(summary.group(2)) if summary else None,
        "stored": int(counts.group(1)) if counts else None,
        "copies": int(counts.group(2)) if counts else None,
        "skipped": sum(skipped.values()),
        "skipped_by_reason": dict(skipped.most_common()),
        "warnings_by_reason": dict(warnings.most_common()),
        "furniture_lines": int(furniture.group(1)) if furniture else 0,
        "seconds": round(seconds, 1),
        "exit": done.returncode,
        "tracebacks": done.stderr.count("Traceback"),
        "events": len(events),
        "digest_errors": sum(1 for e in events if "error" in e),
        "stderr_tail": done.stderr[-500:] if done.returncode not in (0, 2) else "",
    }


def broken_copies(source: Path, target: Path, seed: int) -> int:
    rng = random.Random(seed)
    count = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        _, data = corrupt(rng, path.read_bytes())
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(data)
        count += 1
    return count


def feedparser_peer(folder: Path) -> dict[str, int]:
    """feedparser on its own over the feed-like files: how many raise, and how many entries it returns."""
    import feedparser

    raised = entries = files = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".xml", ".rss", ".atom")):
        files += 1
        try:
            entries += len(feedparser.parse(path.read_bytes()).entries)
        except Exception:
            raised += 1
    return {"files": files, "raised": raised, "entries": entries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--encoder", default=None, help="encoder for the runs (default: the engine's default)")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"bench/web.py: {args.data} not found (the web set from ../shared/data); nothing to measure")
        return
    folders = sorted(p for p in args.data.iterdir() if p.is_dir())
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for folder in folders:
            print(f"running {folder.name} ...", file=sys.stderr)
            rows.append(run_folder(folder, work / f"out-{folder.name}", args.encoder))
        broken = work / "broken"
        copies = broken_copies(args.data, broken, args.seed)
        print(f"running {copies} broken copies ...", file=sys.stderr)
        row = run_folder(broken, work / "out-broken", args.encoder)
        row["folder"] = f"broken copies (seed {args.seed})"
        rows.append(row)
        peer = feedparser_peer(args.data / "feedparser") if (args.data / "feedparser").is_dir() else {}
    if args.json:
        print(json.dumps({"folders": rows, "feedparser_alone": peer}, indent=1, ensure_ascii=False))
        return
    header = (
        f"{'folder':34} {'inputs':>6} {'articles':>8} {'stored':>6} {'copies':>6} {'skipped':>7} {'sec':>6} {'exit':>4}"
    )
    header += f" {'tracebacks':>10} {'events':>6} {'digest errors':>13}"
    print(header)
    for row in rows:
        print(
            f"{row['folder']:34} {row['inputs']!s:>6} {row['articles']!s:>8} {row['stored']!s:>6} {row['copies']!s:>6}"
            f" {row['skipped']:>7}"
            f" {row['seconds']:>6} {row['exit']:>4} {row['tracebacks']:>10} {row['events']:>6} {row['digest_errors']:>13}"
        )
    for row in rows:
        print(f"\n{row['folder']}: skipped by reason")
        for reason, count in row["skipped_by_reason"].items():
            print(f"  {count:5}  {reason}")
        if row["warnings_by_reason"]:
            print("  warnings:")
            for reason, count in row["warnings_by_reason"].items():
                print(f"  {count:5}  {reason}")
        if row["stderr_tail"]:
            print(f"  FAILED: {row['stderr_tail']}")
    if peer:
        print(
            f"\nfeedparser alone on {peer['files']} feed files: {peer['raised']} raised (a run built on it would stop),"
            f" {peer['entries']} entries (storyweave keeps those with a title or text, read into articles above)"
        )
    bad = [r for r in rows if r["exit"] not in (0, 2) or r["tracebacks"] or r["digest_errors"]]
    print(f"\n{'every folder ran through' if not bad else 'FAULTS in: ' + ', '.join(r['folder'] for r in bad)}")


if __name__ == "__main__":
    main()
