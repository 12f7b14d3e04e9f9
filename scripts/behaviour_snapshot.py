"""A snapshot of what the engine does, to compare before and after a change that must not change behaviour.

Runs the seeds and a fixed slice of each dev set through the real commands and writes, to OUT_DIR, every export
with its keys sorted (so two snapshots compare with `diff -r`) and every evaluation's figures as JSON, without
the timings and memory figures that differ from run to run.

    python scripts/behaviour_snapshot.py OUT_DIR
    diff -r BEFORE_DIR AFTER_DIR && echo identical
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
_VOLATILE = {"seconds", "per_s", "peak_mb", "elapsed", "rate", "per_second"}


def storyweave(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "storyweave.cli", *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 2):
        raise SystemExit(f"storyweave {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done.stdout


def sorted_jsonl(source: Path, target: Path) -> None:
    lines = [json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False) for line in source.open(encoding="utf-8")]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: stable(v) for k, v in sorted(value.items()) if not any(word in k for word in _VOLATILE)}
    if isinstance(value, list):
        return [stable(v) for v in value]
    return value


def run_case(name: str, inputs: list[str], out: Path, scratch: Path, *extra: str) -> None:
    run_dir = scratch / name
    storyweave("run", *inputs, "--out", str(run_dir), "--quiet", *extra)
    for export in ("articles.jsonl", "events.jsonl"):
        sorted_jsonl(run_dir / export, out / f"{name}.{export}")
    shown = storyweave("show", "--out", str(run_dir))
    (out / f"{name}.show.txt").write_text(shown, encoding="utf-8")
    first = json.loads((run_dir / "events.jsonl").open(encoding="utf-8").readline())["id"]
    (out / f"{name}.show-{first}.md").write_text(storyweave("show", first, "--out", str(run_dir)), encoding="utf-8")


def evaluation(name: str, out: Path, *args: str) -> None:
    figures = json.loads(storyweave("evaluate", *args, "--json"))
    (out / f"{name}.json").write_text(json.dumps(stable(figures), indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    # One fixed scratch folder, so the paths the exports record are the same in both snapshots.
    scratch = Path(tempfile.gettempdir()) / "storyweave-snapshot"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        run_case("seeds", [str(ROOT.parent / "shared" / "seeds")], out, scratch)
        semeval = DATA / "semeval2022-task8-hfl-sample" / "training_set.csv.gz"
        if semeval.is_file():
            from storyweave.evaluate.semeval import read_pairs, write_texts

            texts = sorted(write_texts(read_pairs(semeval), scratch / "semeval"))[:300]
            run_case("semeval300", [str(p) for p in texts], out, scratch, "--encoder", "hashing")
            evaluation("similarity", out, "similarity", "--semeval", str(semeval))
        web = DATA / "web" / "trafilatura-cache"
        if web.is_dir():
            run_case("trafilatura-cache", [str(web)], out, scratch, "--encoder", "hashing")
        multinews = DATA / "multi-news" / "val.jsonl.gz"
        if multinews.is_file():
            evaluation("clustering60", out, "clustering", "--multinews", str(multinews), "--clusters", "60")
            evaluation("summaries200", out, "summaries", "--multinews", str(multinews), "--limit", "200")
        t17 = DATA / "tls-timeline17-crisis"
        if t17.is_dir():
            evaluation(
                "timelines",
                out,
                "timelines",
                "--articles",
                str(t17 / "t17_articles_dev.jsonl.gz"),
                "--gold",
                str(t17 / "gold_timelines.jsonl"),
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"snapshot written to {out}")


if __name__ == "__main__":
    main()
