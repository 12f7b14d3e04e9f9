"""The long fuzz campaign: 100,000 inputs (by default) over every reader, the decoder, the sentence splitter, the
normaliser and each digest step, plus seeded corruptions of every file in `../shared/data/web/`.

The generators and properties are the CI run's (`tests/fuzzing.py`); this script runs them far longer, keeps going
after a fault, and says where each distinct fault is (exception type and the innermost storyweave frame), with the
smallest input it could shrink the first one to within `--shrink` seconds. The count is of calls of a target on one
input; an input of the digest targets is a whole event.

Readers catch their own bugs and report them as "could not be read (...)" problems, so `read_input` keeps its
contract while an article is lost. Those are listed apart as *masked*, with the frame that raised; they do not set
the exit status.

Targets are interleaved, a slice of each in turn, so a `--seconds` limit cuts every target short evenly. An input
running longer than `--hang` seconds is stopped and counted as a fault.

    python bench/fuzz.py [--inputs 100000] [--seconds S] [--seed 0] [--shrink 20] [--hang 60] [--save DIR]

Exit status 1 when a fault was found, 0 otherwise.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import math
import random
import signal
import sys
import time
import traceback
import warnings
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, is_dataclass, replace
from functools import partial
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the generators and properties live beside the CI run that shares them

from tests import fuzzing  # noqa: E402

import storyweave  # noqa: E402
import storyweave.problems  # noqa: E402
from storyweave.ingest import Input  # noqa: E402
from storyweave.settings import Settings  # noqa: E402

PACKAGE = str(Path(storyweave.__file__).resolve().parent)
CHECKS = str(Path(fuzzing.__file__).resolve())
SETTINGS = Settings()
S = TypeVar("S", str, bytes)

# Generated inputs per 100,000, by target: the cheap ones take most of the count, the readers of HTML pages
# (trafilatura, some 30 a second) and the digest steps (20 to 150 events a second) are budgeted.
WEIGHTS: dict[str, int] = {
    "decode": 15000,
    "clean": 12000,
    "split": 15000,
    "published": 5000,
    "html_to_text": 5000,
    "parse_number": 5000,
    "dates": 6000,
    "quantities": 4000,
    "mentions": 4000,
    "normalize": 4000,
    "read:html": 600,
    "read:feed": 2000,
    "read:json": 2000,
    "read:jsonl": 2000,
    "read:text": 1500,
    "read:soup": 1000,
    "read:xml": 1000,
    "read:gz": 1000,
    "step:anchors": 1000,
    "step:timeline": 800,
    "step:entities": 800,
    "step:summary": 600,
    "step:summary-no": 400,
    "step:facts": 600,
    "step:quotes": 500,
    "step:digest": 400,
    "step:digest-embedded": 300,
}
# Inputs per web file per 100,000 (the file itself first, then corruptions): pages are read some 20 a second, the
# feeds and the rest some 700, so pages get fewer.
WEB_PAGE_INPUTS = 3.0
WEB_OTHER_INPUTS = 6.0
PAGE_FOLDERS = frozenset({"htmldate-test-set", "trafilatura-cache"})


class Hang(BaseException):
    """Raised by the alarm in the middle of a too-long input; a BaseException so no reader's catch-all eats it."""


# ---------------------------------------------------------------------------------------------------------------
# Targets.


@dataclass
class Target:
    name: str
    quota: int
    inputs: Iterator[Any]
    run: Callable[[Any], object]
    show: Callable[[Any], str] = repr
    shrinkable: bool = True
    done: int = 0
    seconds: float = 0.0
    faults: list[tuple[str, str]] = field(default_factory=list)
    masked: Counter[tuple[str, str]] = field(default_factory=Counter)
    readers: Counter[str] = field(default_factory=Counter)
    slowest: tuple[float, str] = (0.0, "")


@dataclass(frozen=True, slots=True)
class WebInput:
    """A corrupted web file with the label that says how it was corrupted (kept whole while the input shrinks)."""

    label: str
    item: Input


def _generated(rng: random.Random, make: Callable[[random.Random], Any]) -> Iterator[Any]:
    while True:
        yield make(rng)


def _read(target: Target) -> Callable[[Input], object]:
    """A reader target's run: the whole input read and normalised, and which reader took it (for the coverage)."""

    def run(item: Input) -> object:
        target.readers[fuzzing.reader_of(item)] += 1
        return fuzzing.check_read_and_normalize(item, SETTINGS)

    return run


def _step(name: str) -> Callable[[list[fuzzing.Spec]], object]:
    def run(event: list[fuzzing.Spec]) -> object:
        fuzzing.check_step(name, event, SETTINGS)
        return None

    return run


def _clean_input(rng: random.Random) -> str:
    """Mostly generated text; sometimes any code points, lone surrogates too (a JSON escape hands them over)."""
    if rng.random() < 0.8:
        return fuzzing.random_text(rng)
    return "".join(fuzzing.random_char(rng, surrogates=True) for _ in range(rng.randint(0, 40)))


def _number_token(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(fuzzing.NUMBERS)
    return "".join(rng.choice("0123456789.,' ’\u00a0\u202f١٢٣²-+e") for _ in range(rng.randint(0, 12)))


def _markup(rng: random.Random) -> str:
    return fuzzing.markup_text(rng, fuzzing.random_text(rng))


def _sentences(rng: random.Random) -> list[str]:
    return [fuzzing.random_sentence(rng) if rng.random() < 0.8 else fuzzing.random_text(rng) for _ in range(3)]


def _anchor(rng: random.Random) -> Any:
    return fuzzing.random_day(rng) if rng.random() < 0.8 else None


MAKERS: dict[str, tuple[Callable[[random.Random], Any], Callable[[Any], object]]] = {
    "decode": (fuzzing.random_bytes, fuzzing.check_decode),
    "clean": (_clean_input, fuzzing.check_clean),
    "split": (
        lambda r: (fuzzing.random_text(r), fuzzing.random_language(r), r.choice((25, 25, 0, 1, 5, 40))),
        lambda v: fuzzing.check_split(*v),
    ),
    "published": (fuzzing.published_value, fuzzing.check_published),
    "html_to_text": (_markup, fuzzing.check_html_to_text),
    "parse_number": (
        lambda r: (_number_token(r), fuzzing.random_language(r)),
        lambda v: fuzzing.check_parse_number(*v),
    ),
    "dates": (
        lambda r: (fuzzing.random_text(r), _anchor(r), fuzzing.random_language(r)),
        lambda v: fuzzing.check_dates(*v),
    ),
    "quantities": (
        lambda r: (fuzzing.random_text(r), fuzzing.random_language(r), _anchor(r)),
        lambda v: fuzzing.check_quantities(*v),
    ),
    "mentions": (_sentences, fuzzing.check_mentions),
    "normalize": (fuzzing.random_spec, lambda spec: fuzzing.check_normalized(spec.article(), SETTINGS)),
}


def generated_targets(total: int, seed: int) -> list[Target]:
    weight = sum(WEIGHTS.values())
    exact = {name: total * share / weight for name, share in WEIGHTS.items()}
    quotas = {name: math.floor(value) for name, value in exact.items()}
    # Largest remainders first, so the quotas add up to exactly the inputs asked for.
    for name in sorted(exact, key=lambda n: quotas[n] - exact[n])[: total - sum(quotas.values())]:
        quotas[name] += 1
    targets: list[Target] = []
    for name, quota in quotas.items():
        rng = random.Random(f"{seed}:{name}")
        if name in MAKERS:
            make, run = MAKERS[name]
            targets.append(Target(name, quota, _generated(rng, make), run))
        elif name.startswith("read:"):
            family = name.removeprefix("read:")

            def make_input(r: random.Random, family: str = family) -> Input:
                if family == "gz":
                    return fuzzing.random_input(r, compressed=True)
                return fuzzing.random_input(r, family)

            target = Target(name, quota, _generated(rng, make_input), lambda item: None, show=_show_input)
            target.run = _read(target)
            targets.append(target)
        else:
            step = name.removeprefix("step:")
            events = _generated(rng, lambda r: list(fuzzing.random_event(r)))
            targets.append(Target(name, quota, events, _step(step)))
    return targets


def web_targets(scale: float, seed: int) -> list[Target]:
    """One target per folder of the web set; each file gets its share of inputs, spread by error diffusion so the
    total is exact and every file is read at least once when the share allows."""
    files = fuzzing.web_files()
    by_folder: dict[str, list[Path]] = {}
    for path in files:
        parts = path.relative_to(fuzzing.WEB).parts
        by_folder.setdefault(parts[0] if len(parts) > 1 else "(top)", []).append(path)
    targets: list[Target] = []
    for folder, paths in by_folder.items():
        per_file = (WEB_PAGE_INPUTS if folder in PAGE_FOLDERS else WEB_OTHER_INPUTS) * scale
        plan: list[tuple[Path, int]] = []
        carried = 0.0
        for path in paths:
            count = math.floor(carried + per_file) - math.floor(carried)
            carried += per_file
            if count:
                plan.append((path, count))
        quota = sum(count for _, count in plan)
        rng = random.Random(f"{seed}:web:{folder}")
        target = Target(f"web:{folder}", quota, _web_inputs(plan, rng), lambda item: None, show=_show_web)
        target.run = _of_item(_read(target))
        targets.append(target)
    return targets


def _of_item(run: Callable[[Input], object]) -> Callable[[WebInput], object]:
    def run_web(web: WebInput) -> object:
        return run(web.item)

    return run_web


def _web_inputs(plan: list[tuple[Path, int]], rng: random.Random) -> Iterator[WebInput]:
    for path, count in plan:
        for label, item in fuzzing.corruptions(path, rng, count - 1):
            yield WebInput(f"{path.relative_to(fuzzing.WEB)} [{label}]", item)


# ---------------------------------------------------------------------------------------------------------------
# Showing inputs and where things broke.


def _clip(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else f"{text[:limit]} … ({len(text)} chars)"


def _show_input(item: Input) -> str:
    """The input as code that makes it; gzip as what it holds, since compressed bytes say nothing to a reader."""
    data = item.data or b""
    if data.startswith(b"\x1f\x8b"):
        try:
            return f"Input(name={item.name!r}, data=gzip.compress({_clip(repr(gzip.decompress(data)))}))"
        except (OSError, EOFError, zlib.error):
            pass
        try:
            start = zlib.decompressobj(wbits=31).decompress(data, 300)
        except zlib.error:
            start = b""
        return f"Input(name={item.name!r}, broken gzip of {_clip(repr(start), 300)}…, data={_clip(repr(data), 300)})"
    return f"Input(name={item.name!r}, data={_clip(repr(data))})"


def _show_web(web: WebInput) -> str:
    return f"{web.label}: {_show_input(web.item)}"


def _relative(filename: str) -> str:
    try:
        return str(Path(filename).resolve().relative_to(ROOT))
    except ValueError:
        return filename


def locate(tb: TracebackType | None) -> tuple[str, str]:
    """Where a fault is: the innermost storyweave frame (else the property that failed, else the innermost frame),
    and the innermost frame of all, which names the library call when the fault is in one."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return "?", "?"
    ours = [f for f in frames if f.filename.startswith(PACKAGE)]
    checks = [f for f in frames if f.filename == CHECKS]
    frame = (ours or checks or frames)[-1]
    inner = frames[-1]
    return (
        f"{_relative(frame.filename)}:{frame.lineno} in {frame.name}",
        f"{_relative(inner.filename)}:{inner.lineno} in {inner.name}",
    )


@dataclass
class Fault:
    kind: str
    where: str
    inner: str
    message: str
    target: str
    example: Any
    show: Callable[[Any], str]
    count: int = 0
    targets: Counter[str] = field(default_factory=Counter)
    state: str = "as found"


@dataclass
class Masked:
    kind: str
    where: str
    inner: str
    message: str
    example: str
    count: int = 0
    targets: Counter[str] = field(default_factory=Counter)


class Recorder:
    """The distinct faults and masked exceptions, each kept once with its first input; nothing else is kept."""

    def __init__(self) -> None:
        self.faults: dict[tuple[str, str], Fault] = {}
        self.masked: dict[tuple[str, str], Masked] = {}
        self.pending: list[tuple[str, str, str, str]] = []  # masked in this input: kind, where, inner, message

    def hook_catch_alls(self) -> None:
        """Wrap `problems.describe`, which every catch-all calls with the exception it caught, to learn where."""
        original = getattr(storyweave.problems, "describe", None)
        if original is None:
            return

        def describe(error: BaseException, *args: Any, **kwargs: Any) -> str:
            where, inner = locate(error.__traceback__)
            self.pending.append((fuzzing.error_name(error), where, inner, _first_line(error)))
            result: str = original(error, *args, **kwargs)
            return result

        for module in list(sys.modules.values()):
            if (
                getattr(module, "__name__", "").startswith("storyweave")
                and getattr(module, "describe", None) is original
            ):
                module.describe = describe  # type: ignore[attr-defined]

    def take_masked(self, target: Target, example: Callable[[], str]) -> None:
        for kind, where, inner, message in self.pending:
            key = (kind, where)
            masked = self.masked.get(key)
            if masked is None:
                masked = self.masked[key] = Masked(kind, where, inner, message, example())
            masked.count += 1
            masked.targets[target.name] += 1
            target.masked[key] += 1
        self.pending.clear()


def _first_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return _clip(text, 200)


# ---------------------------------------------------------------------------------------------------------------
# Running, with a hang guard, and shrinking.


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang("input took too long")


def attempt(target: Target, value: Any, hang: float) -> tuple[BaseException | None, float]:
    """Run one input; the exception it raised (None when it kept every property) and its seconds."""
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, hang)
    try:
        target.run(value)
        error: BaseException | None = None
    except (Exception, Hang) as raised:
        error = raised
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return error, time.perf_counter() - start


def _key(error: BaseException) -> tuple[str, str]:
    if isinstance(error, Hang):
        return "Hang", "(any)"
    return fuzzing.error_name(error), locate(error.__traceback__)[0]


# The fields of an input's dataclass that shrinking may cut: never an Input's name (it picks the reader) or a
# corruption's label (it says where the input came from).
SHRINKS: dict[type, tuple[str, ...]] = {Input: ("data",), WebInput: ("item",), fuzzing.Spec: ("title", "text")}


def candidates(value: Any) -> Iterator[Any]:
    """Smaller versions of an input: chunks cut from strings and bytes (halves first), list items dropped, and the
    same inside tuples, Inputs and article specs, whose shape (the target's arguments) stays as it is."""
    if type(value) in (str, bytes):  # (not isinstance: that narrows to str | bytes, which `_cuts` cannot take)
        yield from _cuts(value)
    elif isinstance(value, list):
        for i in range(len(value)):
            if len(value) > 1:
                yield value[:i] + value[i + 1 :]
        for i, part in enumerate(value):
            for smaller in candidates(part):
                yield [*value[:i], smaller, *value[i + 1 :]]
    elif isinstance(value, tuple):
        for i, part in enumerate(value):
            for smaller in candidates(part):
                yield (*value[:i], smaller, *value[i + 1 :])
    elif is_dataclass(value) and not isinstance(value, type):
        for name in SHRINKS.get(type(value), ()):
            for smaller in candidates(getattr(value, name)):
                yield replace(value, **{name: smaller})


def _cuts(value: S) -> Iterator[S]:
    size = len(value) // 2
    while size >= 1:
        for start in range(0, len(value) - size + 1, size):
            yield value[:start] + value[start + size :]
        size //= 2


def shrink(target: Target, value: Any, key: tuple[str, str], seconds: float, hang: float) -> tuple[Any, bool]:
    """Greedy: take the first smaller input that fails the same way, start again from it, until none does or the
    time is up. Returns the smallest input found and whether the search finished."""
    deadline = time.monotonic() + seconds
    current = value
    while True:
        for smaller in candidates(current):
            if time.monotonic() > deadline:
                return current, False
            error, _ = attempt(target, smaller, hang)
            if error is not None and _key(error) == key:
                current = smaller
                break
        else:
            return current, True


# ---------------------------------------------------------------------------------------------------------------


def campaign(targets: list[Target], args: argparse.Namespace, recorder: Recorder) -> float:
    start = time.monotonic()
    deadline = start + args.seconds if args.seconds else math.inf
    total = sum(t.quota for t in targets)
    last_report = start
    rounds = 200
    while any(t.done < t.quota for t in targets) and time.monotonic() < deadline:
        for target in targets:
            step = max(1, math.ceil(target.quota / rounds))
            stop = min(target.quota, target.done + step)
            while target.done < stop and time.monotonic() < deadline:
                try:
                    value = next(target.inputs)
                except StopIteration:
                    target.quota = target.done
                    break
                error, seconds = attempt(target, value, args.hang)
                target.done += 1
                target.seconds += seconds
                if seconds > target.slowest[0]:
                    target.slowest = (seconds, _clip(target.show(value), 200))
                recorder.take_masked(target, partial(_example, target, value))
                if error is not None:
                    record(target, value, error, args, recorder)
                now = time.monotonic()
                if now - last_report >= 10:
                    last_report = now
                    done = sum(t.done for t in targets)
                    print(
                        f"fuzz: {done:,}/{total:,} inputs, {now - start:.0f} s, {len(recorder.faults)} faults, "
                        f"{len(recorder.masked)} masked; at {target.name}",
                        file=sys.stderr,
                        flush=True,
                    )
    return time.monotonic() - start


def _example(target: Target, value: Any) -> str:
    return _clip(target.show(value), 300)


def record(target: Target, value: Any, error: BaseException, args: argparse.Namespace, recorder: Recorder) -> None:
    key = _key(error)
    fault = recorder.faults.get(key)
    if fault is None:
        where, inner = locate(error.__traceback__)
        fault = Fault(key[0], where, inner, _first_line(error), target.name, value, target.show)
        recorder.faults[key] = fault
        print(f"fuzz: new fault in {target.name}: {key[0]} at {where}: {fault.message}", file=sys.stderr, flush=True)
        if target.shrinkable and args.shrink > 0 and key[0] != "Hang":
            fault.example, finished = shrink(target, value, key, args.shrink, args.hang)
            fault.state = "shrunk" if finished else f"shrunk for {args.shrink:g} s, not to the end"
            recorder.pending.clear()  # what the shrinking runs masked is not the campaign's
        target.faults.append(key)
    fault.count += 1
    fault.targets[target.name] += 1


def report(targets: list[Target], seconds: float, recorder: Recorder, save: Path | None) -> int:
    print(f"{'target':<28}{'inputs':>9}{'seconds':>10}{'faults':>8}{'masked':>8}  slowest input")
    for target in targets:
        print(
            f"{target.name:<28}{target.done:>9,}{target.seconds:>10.1f}{len(set(target.faults)):>8}"
            f"{sum(target.masked.values()):>8}  {target.slowest[0]:.2f} s"
        )
        if target.readers:
            print(f"{'':<4}readers: {', '.join(f'{n} {c}' for n, c in target.readers.most_common())}")
        for key in dict.fromkeys(target.faults):
            fault = recorder.faults[key]
            print(f"{'':<4}fault: {fault.kind} at {fault.where}: {fault.message}")
    if recorder.faults:
        print("\nfaults (distinct by exception type and location):")
    for number, fault in enumerate(recorder.faults.values(), 1):
        print(f"{number}. {fault.kind}: {fault.message}")
        print(f"   at {fault.where}" + (f" (raised in {fault.inner})" if fault.inner != fault.where else ""))
        seen = ", ".join(f"{name} ×{count}" for name, count in fault.targets.most_common())
        print(f"   seen {fault.count} times: {seen}")
        print(f"   input ({fault.state}, {fault.target}): {_clip(fault.show(fault.example), 800)}")
        if save is not None:
            _save(save, number, fault)
    if recorder.masked:
        print(
            "\nmasked (caught by a catch-all, so the input or its entry became a Problem and read_input kept its"
            " contract; each is still an exception raised where shown):"
        )
    for masked in sorted(recorder.masked.values(), key=lambda m: -m.count):
        seen = ", ".join(f"{name} ×{count}" for name, count in masked.targets.most_common())
        print(f"- {masked.kind}: {masked.message}")
        print(f"   at {masked.where}" + (f" (raised in {masked.inner})" if masked.inner != masked.where else ""))
        print(f"   seen {masked.count} times: {seen}")
        print(f"   e.g. {masked.example}")
    slow = sorted(((t.slowest[0], t.name, t.slowest[1]) for t in targets if t.slowest[0] >= 1.0), reverse=True)
    if slow:
        print("\nslowest inputs (over a second):")
    for seconds_taken, name, shown in slow[:5]:
        print(f"- {seconds_taken:.1f} s in {name}: {shown}")
    inputs = sum(t.done for t in targets)
    print(f"\nfuzz: {inputs} inputs in {seconds:.0f} s, {len(recorder.faults)} faults")
    return 1 if recorder.faults else 0


def _save(folder: Path, number: int, fault: Fault) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"{number:02d}-{fault.target.replace(':', '-')}-{fault.kind}"
    stem.with_suffix(".txt").write_text(
        f"{fault.kind}: {fault.message}\nat {fault.where}\nraised in {fault.inner}\n\n{fault.example!r}\n",
        encoding="utf-8",
        errors="backslashreplace",
    )
    example = fault.example.item if isinstance(fault.example, WebInput) else fault.example
    if isinstance(example, Input) and example.data is not None:
        (folder / f"{number:02d}-{Path(example.name).name}").write_bytes(example.data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000, help="inputs in total, across all targets")
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after this long (0: no limit)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shrink", type=float, default=20.0, help="seconds to shrink each new fault's input")
    parser.add_argument("--hang", type=float, default=60.0, help="an input taking longer is a fault")
    parser.add_argument("--save", type=Path, help="write each fault's input here")
    args = parser.parse_args()

    # trafilatura and feedparser log and warn about every odd page: noise here, where only faults count.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, _alarm)
    recorder = Recorder()
    recorder.hook_catch_alls()

    scale = args.inputs / 100_000
    web = web_targets(scale, args.seed)
    if not web:
        print(f"fuzz: {fuzzing.WEB} is not here; generated inputs only", file=sys.stderr)
    generated = generated_targets(max(0, args.inputs - sum(t.quota for t in web)), args.seed)
    targets = generated + web
    print(
        f"fuzz: {sum(t.quota for t in targets):,} inputs planned over {len(targets)} targets, seed {args.seed}",
        file=sys.stderr,
        flush=True,
    )
    seconds = campaign(targets, args, recorder)
    sys.exit(report(targets, seconds, recorder, args.save))


if __name__ == "__main__":
    main()
