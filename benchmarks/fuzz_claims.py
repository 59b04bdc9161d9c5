"""Property checks of the whole claims stage at scale (CI runs the same properties with 2,000 examples).

    python benchmarks/fuzz_claims.py [--examples 100000] [--only sentences|documents]

Two properties, each over ``--examples`` generated inputs, with hypothesis and the strategies
of ``tests/strategies.py`` (news sentences built from names with apostrophes and initials,
currencies, "or N per cent of", parentheses, lists, quotes, Chinese and Portuguese
figures, stray punctuation, very long sentences, and arbitrary text):
1. the per-sentence reader (``checkable_figures``: figures, then their context) never raises,
   and every figure's span gives back its text;
2. the claims stage on a document (``read_document`` with ``strict=True``, so isolation hides
   nothing) never raises, every claim's offsets give back its sentence, every figure's span lies
   inside its sentence.
Prints examples run, failures found (the first one in full) and time per property.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fuzz_figures import run  # this folder is on the path when the script runs

from claimcheck.claims import checkable_figures, read_document
from claimcheck.ingest import document_id
from claimcheck.models import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from strategies import DOCUMENT_TEXT, SENTENCE  # noqa: E402 - the strategies CI uses, shared


def check_sentence(sentence: str) -> None:
    for figure in checkable_figures(sentence, "2025-06-01"):
        if not (0 <= figure.start < figure.end <= len(sentence)) or sentence[figure.start : figure.end] != figure.text:
            raise AssertionError(
                f"{figure.text!r} at {figure.start}:{figure.end} spans {sentence[figure.start : figure.end]!r} in {sentence!r}"
            )


def check_document(text: str) -> None:
    document = Document(document_id(text, "fuzz.txt"), "fuzz.txt", "fuzz", None, "2025-06-01", text)
    _, claims = read_document(document, strict=True)
    for claim in claims:
        if text[claim.start : claim.end] != claim.text:
            raise AssertionError(f"{text!r}: claim at {claim.start}:{claim.end} is not {claim.text!r}")
        for figure in claim.quantities:
            if claim.text[figure.start : figure.end] != figure.text:
                raise AssertionError(
                    f"{figure.text!r} at {figure.start}:{figure.end} spans "
                    f"{claim.text[figure.start : figure.end]!r} in {claim.text!r}"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--only", choices=["sentences", "documents"])
    args = parser.parse_args()
    properties = {
        "sentences": ("sentence reader never raises, spans hold", SENTENCE, check_sentence),
        "documents": ("claims stage (strict) never raises, offsets hold", DOCUMENT_TEXT, check_document),
    }
    chosen = [properties[args.only]] if args.only else list(properties.values())
    results = [run(name, args.examples, strategy, prop, width=56, shown=3000) for name, strategy, prop in chosen]
    print("all properties hold" if all(results) else "a property failed: see above")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
