"""Property checks of the figure reader at scale (CI runs the same properties with 2,000 examples).

    python benchmarks/fuzz_figures.py [--examples 100000]

Three properties, each over ``--examples`` generated inputs, with hypothesis:
1. ``read_figures`` never raises, on arbitrary text, on text built from news figure
   pieces (currency signs, digits with commas and decimals, scale and number words,
   qualifiers, ranges, units, Chinese scale characters) and on text built from the written
   forms of other newsrooms and specs (spaced and prefixed currencies, "pc", degree forms,
   number words with "and", bounds in words and symbols, labels, race times), in both
   conventions;
2. every figure read has ``low <= value <= high`` where the bounds are set;
3. a number written back with ``format_number`` reads again as the same value.
Prints examples run, failures found (the first one in full) and time per property.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import read_figures
from claimcheck.numbers import format_number

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from strategies import NEWSY  # noqa: E402 - the strategy CI uses, shared

#: Pieces of figures as other newsrooms, scrapers and test suites write them.
WRITTEN = st.lists(
    st.sampled_from(
        [
            "$ ",
            "hk $ ",
            "$US ",
            "$A",
            "US $",
            "C$ ",
            "PS",
            "Y=",
            "Rs ",
            "₹ ",
            "€",
            "12",
            "1,234,",
            "3.5",
            "40k",
            "½",
            "2¼",
            " pc",
            " per cent",
            " percents",
            " degF",
            " deg C",
            "°F",
            " degrees f",
            " MEUR",
            "USD",
            " dollars and 5 cents",
            " feet 2 inches",
            " to ",
            " and ",
            "-",
            "~",
            " or more",
            " or less",
            "no fewer than ",
            "equal to or less than ",
            "x>",
            "<=",
            "-",
            "category ",
            "No. ",
            "#",
            "1:23.4",
            "747-8",
            " Street",
            "one hundred and ",
            "twenty - two",
            "two and a half ",
            "three dozen",
            "half a ",
            "million",
            " a quarter of a billion",
            "five-year ",
            "more than a century",
            "third-party",
            "age ",
            " at least ",
            " at most ",
            ", ",
            " paid ",
            " cost ",
            "the S&P 500 ",
            "FTSE 100 ",
            "A350-900",
        ]  # fmt: skip
    ),
    max_size=12,
).map("".join)


def check_bounds(text: str) -> None:
    for newsquant in (False, True):
        for figure in read_figures(text, "2025-06-01", newsquant=newsquant):
            low = -math.inf if figure.low is None else figure.low
            high = math.inf if figure.high is None else figure.high
            if not (low <= figure.value + 1e-9 and figure.value <= high + 1e-9):
                raise AssertionError(
                    f"{text!r}: {figure.text!r} has low {figure.low}, value {figure.value}, high {figure.high}"
                )


def run(name: str, examples: int, strategy, prop, *, width: int = 48, shown: int = 400) -> bool:
    """Check ``prop`` on ``examples`` values of ``strategy``; print one line, and the first failure cut to ``shown``."""
    failures: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def wrapped(value):
        prop(value)

    start = time.perf_counter()
    try:
        wrapped()
    except Exception as error:  # noqa: BLE001 - report whatever the property raised
        failures.append(f"{type(error).__name__}: {error}")
    elapsed = time.perf_counter() - start
    status = "ok" if not failures else "FAILED"
    print(f"{name:<{width}} {examples:>8,} examples  {elapsed:7.1f} s  {status}", flush=True)
    for failure in failures[:1]:
        print(f"    {failure[:shown]}")
    return not failures


def round_trip(number) -> None:
    value = float(number)
    figures = read_figures(f"Revenue was ${format_number(value)} last year.")
    if len(figures) != 1 or abs(figures[0].value - value) > 5e-3 * value:
        raise AssertionError(f"{value} written as {format_number(value)!r} reads as {[f.value for f in figures]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000)
    args = parser.parse_args()
    results = [
        run("never raises, bounds hold: arbitrary text", args.examples, st.text(), check_bounds),
        run("never raises, bounds hold: news figure pieces", args.examples, NEWSY, check_bounds),
        run("never raises, bounds hold: other written forms", args.examples, WRITTEN, check_bounds),
        run(
            "format_number then read_figures gives the value",
            args.examples,
            st.decimals(min_value=1, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
            round_trip,
        ),
    ]
    print("all properties hold" if all(results) else "a property failed: see above")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
