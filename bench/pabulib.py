"""The three counting rules on every Pabulib file, against pabutools in the same run.

For each file and rule: our time and pabutools' time, each count in a child process of its own
(pabutools stopped at --limit seconds), their peak memory (the child's resident set, so the
interpreter's ~40 MB is in both), the ratio of the times, and whether the outcomes are the same
set. Then Equal Shares with add1 on a generated vote of 10,000 voters
and 100 projects. Reads ../shared/pabulib/ when it is there, else the test files.

    .venv/bin/python bench/pabulib.py [--limit 60] [--only Assen]
"""

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wijkkracht.participation.voting.election import Election, Project  # noqa: E402
from wijkkracht.participation.voting.pabulib import pb_read, pb_write  # noqa: E402
from wijkkracht.participation.voting.rules import RULES  # noqa: E402

SHARED = ROOT.parent / "shared" / "pabulib"
TESTS = ROOT / "tests" / "participation" / "pabulib"


def _count_reference(path: str, rule: str) -> list[str]:
    from pabutools.election import Cost_Sat, parse_pabulib
    from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares

    instance, profile = parse_pabulib(path)
    if rule == "greedy":
        chosen = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    else:
        step = 1 if rule == "equal-shares-add1" else None
        chosen = method_of_equal_shares(
            instance, profile, sat_class=Cost_Sat, voter_budget_increment=step
        )
    return sorted(p.name for p in chosen)


def _count_ours(path: str, rule: str) -> list[str]:
    election = pb_read(Path(path).read_text(encoding="utf-8"))
    return sorted(RULES[rule](election).selected)


def _child(count: Callable[[str, str], list[str]], path: str, rule: str, answer: Any) -> None:
    start = time.perf_counter()
    selected = count(path, rule)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    answer.send((elapsed, peak_mb, selected))


def measure(
    count: Callable[[str, str], list[str]], path: Path, rule: str, limit: float
) -> tuple[float, float, list[str]] | None:
    """Time (reading the file included), peak memory (MB) and outcome of one count in a child
    process, or None when it did not finish within the limit."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_child, args=(count, str(path), rule, send))
    child.start()
    found = receive.recv() if receive.poll(limit) else None
    child.kill()
    child.join()
    return found


def generated(voters: int = 10_000, projects: int = 100, seed: int = 2026) -> Election:
    """A vote shaped like a city district's: popular cheap plans, a few dear ones, 1-6 ticks."""
    rng = random.Random(seed)
    costs = {
        f"{i:03d}": Fraction(rng.choice([5, 10, 20, 40, 80, 150]) * 1000) for i in range(projects)
    }
    popularity = {p: rng.random() ** 2 for p in costs}
    ids = list(costs)
    weights = [popularity[p] for p in ids]
    ballots = [frozenset(rng.choices(ids, weights, k=rng.randint(1, 6))) for _ in range(voters)]
    return Election(
        budget=Fraction(1_000_000),
        projects={p: Project(p, cost) for p, cost in costs.items()},
        ballots=ballots,
        meta={"description": "generated"},
    )


def _row(name: str, rule: str, mine: Any, theirs: Any) -> str:
    if mine is None:
        return f"{name[:44]:44} {rule:18} ours: not finished"
    if theirs is None:
        return (
            f"{name[:44]:44} {rule:18} {mine[0]:8.2f}s {mine[1]:7.1f}MB   pabutools: not finished"
        )
    ratio = mine[0] / theirs[0] if theirs[0] else float("inf")
    same = "same" if theirs[2] == mine[2] else "DIFFERENT"
    return (
        f"{name[:44]:44} {rule:18} {mine[0]:8.2f}s {mine[1]:7.1f}MB "
        f"{theirs[0]:8.2f}s {theirs[1]:7.1f}MB  x{ratio:6.2f}  {same}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=60, help="seconds pabutools may take")
    parser.add_argument("--only", default="", help="only files whose name contains this")
    args = parser.parse_args()
    folder = SHARED if SHARED.is_dir() else TESTS
    print(f"files from {folder}; pabutools stopped after {args.limit:.0f} s")
    print(f"{'file':44} {'rule':18} {'ours':>9} {'peak':>9} {'pabutools':>9} {'peak':>9}  ratio")
    for path in [path for path in sorted(folder.glob("*.pb")) if args.only in path.name]:
        for rule in RULES:
            mine = measure(_count_ours, path, rule, limit=3600)
            theirs = measure(_count_reference, path, rule, args.limit)
            print(_row(path.name, rule, mine, theirs), flush=True)
    rule = "equal-shares-add1"
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "generated.pb"
        target.write_text(pb_write(generated()), encoding="utf-8")
        mine = measure(_count_ours, target, rule, limit=3600)
        theirs = measure(_count_reference, target, rule, args.limit)
    print(_row("generated: 10,000 voters, 100 projects", rule, mine, theirs))


if __name__ == "__main__":
    main()
