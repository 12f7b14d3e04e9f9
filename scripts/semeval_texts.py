"""Write the SemEval-2022 Task 8 sample's articles as plain-text files: the dev run of the judged issues.

python scripts/semeval_texts.py [--csv ../shared/data/semeval2022-task8-hfl-sample/training_set.csv.gz] OUT_DIR
storyweave run OUT_DIR --out OUT_DIR.run
"""

from __future__ import annotations

import argparse
from pathlib import Path

from storyweave.evaluate.semeval import read_pairs, write_texts

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/semeval2022-task8-hfl-sample/training_set.csv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--csv", type=Path, default=DEFAULT)
    args = parser.parse_args()
    written = write_texts(read_pairs(args.csv), args.out)
    print(f"{len(written)} articles written to {args.out}")


if __name__ == "__main__":
    main()
