"""Which words of a sentence belong to a figure's own clause, and which tell another noun's story.

"Morbi's bridge, which opened in 1879, collapsed on Sunday killing 141": the clause on the
bridge says when it opened, not when the 141 died. The owner, time, place and stage readers
(:mod:`claimcheck.subjects`, :mod:`claimcheck.context`) read inside the figure's clause and
leave such clauses out.
"""

from __future__ import annotations

from .names import VERBS


def clause_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the clause whose verb governs the figure at ``start:end``, or None."""
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    token = next((t for t in inside if t.head not in inside or t.head == t), inside[-1])
    for _ in range(6):
        if token.pos_ in VERBS and token not in inside:
            break
        if token.head == token:
            return None
        token = token.head
    else:
        return None
    for _ in range(3):  # "rose 25% ... to close at $63.59": a clause without its own subject is its head's
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if own or token.dep_ not in ("xcomp", "advcl", "conj") or token.head.pos_ not in VERBS:
            break
        token = token.head
    words = list(token.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def modifier_spans(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of clauses, set off by commas, before the figure, that describe a subject other than the
    figure's phrase ("The
    stegosaurus, discovered in Colorado in 2022, measures 3.3 meters"; "The company, which was founded in 2010,
    reported"): their times,
    places and stages are that noun's story, not the figure's. A clause on the figure's own phrase ("a fine of
    €746m, which was levied in 2021") is kept: it says when that figure was set."""
    spans = []
    for token in doc:
        if token.dep_ not in ("acl", "relcl") or token.head.dep_ not in ("nsubj", "nsubjpass"):
            continue  # only a clause on a subject before its verb: a parser hangs others on the wrong noun
        words = list(token.subtree)
        low, high = words[0].idx, words[-1].idx + len(words[-1].text)
        if not set_off(token):
            continue  # "the quake that struck Velmora": a clause that says which quake names it
        if high > start:
            continue  # the figure is in the clause, or after it: its own verb's words
        phrase = list(token.head.subtree)
        if phrase[0].idx <= start < phrase[-1].idx + len(phrase[-1].text):
            continue  # the clause describes the figure's own phrase
        spans.append((low, high))
    return spans


def masked(sentence: str, spans: list[tuple[int, int]]) -> str:
    """``sentence`` with ``spans`` blanked (same length, so offsets hold)."""
    for low, high in spans:
        sentence = sentence[:low] + " " * (high - low) + sentence[high:]
    return sentence


def set_off(clause) -> bool:
    """A clause set off by commas ("The fossil, found in Montana, measures"): it adds to a noun already named,
    where one without commas ("the quake that struck Velmora") says which thing is meant."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.i > 0 and first.doc[first.i - 1].text in (",", "(", "—", "–")
