"""Fuzz the extractor and the page reader for a while; print how many inputs ran and what raised.

    python3 benchmarks/fuzz.py [--seconds 600] [--seed N] [--show 3]

The same mutations as the test suite's ``tests/fuzzing.py`` (numbers, control characters, broken markup,
deep nesting, cut and repeated spans), run for as long as asked instead of a few hundred cases. Exit status 1
when anything raised, with the first failures and their inputs printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def main() -> int:
    from fuzzing import fuzz

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=600.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--show", type=int, default=3, help="failures to print in full")
    args = ap.parse_args()
    started = time.monotonic()
    report = fuzz(seconds=args.seconds, seed=args.seed)
    took = time.monotonic() - started
    print(f"seed {args.seed}: {report.cases} inputs in {took:.0f} s ({report.cases / took:.0f}/s), "
          f"{len(report.failures)} raised")
    for failure in report.failures[:args.show]:
        print("-" * 72)
        print(failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
