"""The publication day storyweave stores beside htmldate's and trafilatura's own, on htmldate's test set.

The pages are htmldate's 200 real news pages (many languages, crawled in 2020) with their true publication day
(`../shared/data/web/htmldate-test-set.gold.json`: `{url: {"file", "date"}}`). Every system sees the same file:

- storyweave: the real reader (`read_input` on the file, default Settings); the stored day is `published` when the
  article's precision is `day`, anything else (a month, a year, no date, a skipped page) counts as no date. The
  reader cannot be given the page's address today, so it sees only the file (and the canonical link in it).
- htmldate `find_date(page, url=gold url, original_date=True)`: the publication date, not the last modification.
- htmldate `find_date(page, url=gold url)` with its defaults (`extensive_search=True`, `original_date=False`).
- trafilatura `extract_metadata(page, default_url=gold url).date` (htmldate inside, with original_date=True).

Scoring follows htmldate's own evaluation (tests/comparison.py): a few gold entries have no date (NaN, pages with
no publication date); leaving such a page undated is right and giving it any day is wrong. So "right" counts the
true day on dated pages plus no day on undated ones, "wrong" any other day, "no date" a dated page left undated.

The peers are given the gold URL, which storyweave cannot take; the table says so. Each system runs in its own
process and its seconds cover only its loop over the pages (storyweave's cover the whole reader: text, title and
metadata, not only the date).

    python bench/dates.py [--data ../shared/data/web] [--json] [--show-wrong]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from storyweave.evaluate.page_dates import (
    GOLD,
    TEST_SET,
    Page,
    htmldate_day,
    load_pages,
    score,
    storyweave_day,
)

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "web"


def _quiet() -> None:
    for name in ("trafilatura", "htmldate", "courlan", "storyweave"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _htmldate_default() -> Callable[[Page], str | None]:
    from htmldate import find_date

    def answer(page: Page) -> str | None:
        found: str | None = find_date(page.path.read_bytes(), url=page.url, extensive_search=True)
        return found

    return answer


def _trafilatura() -> Callable[[Page], str | None]:
    from trafilatura import extract_metadata

    def answer(page: Page) -> str | None:
        found: str | None = extract_metadata(page.path.read_bytes(), default_url=page.url).date
        return found

    return answer


SYSTEMS: dict[str, tuple[str, Callable[[], Callable[[Page], str | None]]]] = {
    "storyweave": ("storyweave (read_input, file only)", storyweave_day),
    "htmldate_original": ("htmldate original_date=True, url", htmldate_day),
    "htmldate_default": ("htmldate defaults (extensive), url", _htmldate_default),
    "trafilatura": ("trafilatura extract_metadata, url", _trafilatura),
}


def run_system(key: str, pages: list[Page]) -> dict[str, Any]:
    """One system's answer for every page (None for no date) and the seconds its loop took."""
    _quiet()
    answer = SYSTEMS[key][1]()
    answers: dict[str, str | None] = {}
    started = time.perf_counter()
    for page in pages:
        try:
            answers[page.path.name] = answer(page)
        except Exception as error:  # a peer that crashes on a page has no date for it
            print(f"  {key}: {page.path.name}: {type(error).__name__}: {error}", file=sys.stderr)
            answers[page.path.name] = None
    return {"answers": answers, "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared web data folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-wrong", action="store_true", help="list the pages storyweave gets wrong or misses")
    args = parser.parse_args()
    if not (args.data / GOLD).exists() or not (args.data / TEST_SET).is_dir():
        print(f"bench/dates.py: skipped, no htmldate test set under {args.data} (../shared/data/web)")
        return
    pages = load_pages(args.data)
    context = multiprocessing.get_context("spawn")
    results: dict[str, dict[str, Any]] = {}
    for key in SYSTEMS:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            results[key] = pool.submit(run_system, key, pages).result()
        print(f"  done: {SYSTEMS[key][0]}", file=sys.stderr, flush=True)
    figures = {key: {**score(pages, r["answers"]), "seconds": r["seconds"]} for key, r in results.items()}
    ours = figures["storyweave"]
    best = max((k for k in figures if k != "storyweave"), key=lambda k: figures[k]["right"])
    peer = figures[best]
    margin = ours["right"] - peer["right"]
    holds = margin >= 0
    wrong_pages = [
        {
            "file": p.path.name,
            "url": p.url,
            "gold": p.gold,
            "storyweave": results["storyweave"]["answers"][p.path.name],
            "htmldate": results["htmldate_original"]["answers"][p.path.name],
            "trafilatura": results["trafilatura"]["answers"][p.path.name],
        }
        for p in pages
        if results["storyweave"]["answers"][p.path.name] != p.gold
    ]
    if args.json:
        output: dict[str, Any] = {
            "data": str(args.data / TEST_SET),
            "systems": {key: {"label": SYSTEMS[key][0], **f} for key, f in figures.items()},
            "best_peer": best,
            "margin_pages": margin,
            "claim_holds": holds,
        }
        if args.show_wrong:
            output["storyweave_wrong"] = wrong_pages
        print(json.dumps(output, indent=2))
        return
    undated = ours["undated_pages"]
    print(
        f"htmldate test set: {len(pages)} pages ({args.data / TEST_SET}); {len(pages) - undated} with a gold day,"
        f" {undated} that the gold says have none (right = left undated)"
    )
    print(f"{'system':38} {'pages':>6} {'right':>6} {'wrong':>6} {'no date':>8} {'accuracy':>9} {'seconds':>8}")
    for key, f in figures.items():
        print(
            f"{SYSTEMS[key][0]:38} {f['pages']:6d} {f['right']:6d} {f['wrong']:6d} {f['no_date']:8d}"
            f" {f['accuracy']:9.3f} {f['seconds']:8.1f}"
        )
    kept = ", ".join(f"{k} {f['undated_left_undated']}" for k, f in figures.items())
    print(f"undated gold pages left undated (of {undated}): {kept}")
    verdict = "at least as often as" if holds else "less often than"
    print(
        f"storyweave is right on {ours['right']}/{len(pages)} ({ours['accuracy']:.3f}), {verdict} the best peer, "
        f"{SYSTEMS[best][0]}, on {peer['right']}/{len(pages)} ({peer['accuracy']:.3f}): "
        f"{margin:+d} page(s); the claim {'holds' if holds else 'does not hold'}"
    )
    if args.show_wrong:
        print(
            f"\nPages storyweave gets wrong or misses ({len(wrong_pages)}; htmldate = original_date=True with the url):"
        )
        print(f"{'file':18} {'gold':10} {'storyweave':10} {'htmldate':10} {'trafil.':10}  url")
        for w in wrong_pages:
            print(
                f"{w['file']:18} {w['gold'] or '(none)':10} {w['storyweave'] or '-':10} {w['htmldate'] or '-':10}"
                f" {w['trafilatura'] or '-':10}  {w['url'][:100]}"
            )


if __name__ == "__main__":
    main()
