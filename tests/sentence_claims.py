"""One-sentence claims for tests that compare sentences as a run compares its articles' claims."""

from claimcheck.claims import checkable_figures
from claimcheck.models import Claim


def sentence_claim(text: str, doc: str, date: str) -> Claim:
    """``text`` as the only claim of document ``doc``, its figures read at ``date``."""
    figures = tuple(checkable_figures(text, date))
    return Claim(id=f"{doc}:{text[:16]}", doc_id=doc, text=text, start=0, end=len(text), quantities=figures)
