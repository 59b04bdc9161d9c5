"""Which words of a sentence belong to a figure's own clause, and which tell another noun's story.

"Morbi's bridge, which opened in 1879, collapsed on Sunday killing 141": the clause on the
bridge says when it opened, not when the 141 died. The owner, time, place and stage readers
(:mod:`claimcheck.subjects`, :mod:`claimcheck.context`) read inside the figure's clause and
leave such clauses out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import VERBS


def clause_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the clause whose verb governs the figure at ``start:end``, or None."""
    token = _governing_verb(doc, start, end)
    if token is None:
        return None
    for _ in range(3):  # "rose 25% ... to close at $63.59": a clause without its own subject is its head's
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if own or token.dep_ not in ("xcomp", "advcl", "conj") or token.head.pos_ not in VERBS:
            break
        token = token.head
    words = list(token.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def acts_in_a_later_clause(doc, name_start: int, figure_start: int, figure_end: int) -> bool:
    """The name at ``name_start``, after the figure, is the subject of an adverbial clause of its own ("the toll has
    risen to 156, the ministry says, as President Yoon paid respects": Yoon acts in the clause "as" opens), not of
    a clause the figure's verb takes as its object ("viewers watched the Chiefs defeat the Eagles")."""
    token = next((t for t in doc if t.idx == name_start), None)
    own = _governing_verb(doc, figure_start, figure_end)
    if token is None or own is None:
        return False
    while token.dep_ in ("compound", "flat", "appos", "conj", "cc") and token.head != token:
        token = token.head  # "President Yoon Suk Yeol and tens of thousands of others": the phrase's head
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and verb != own and verb.dep_ == "advcl" and verb.idx > figure_start


def _governing_verb(doc, start: int, end: int):
    """The first verb above the figure at ``start:end``, or None."""
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    token = next((t for t in inside if t.head not in inside or t.head == t), inside[-1])
    for _ in range(6):
        if token.pos_ in VERBS and token not in inside:
            return token
        if token.head == token:
            return None
        token = token.head
    return None


@dataclass(frozen=True)
class SetOffClause:
    """A clause set off by commas on a noun ("The fossil, found in Montana in 2021, measures"): where it lies, where
    the noun phrase it describes lies (the clause inside it), and whether that noun is a clause's subject."""

    start: int
    end: int
    phrase_start: int
    phrase_end: int
    on_subject: bool


def in_an_adverbial_clause(doc, at: int, figure_start: int) -> bool:
    """The word at character ``at`` lies in an adverbial clause with its own subject that does not hold the figure:
    "As a winter storm battered the United States, the airline cancelled 16,900 flights" (the storm's clause says
    when, and whose the flights are is the main clause's)."""
    token = next((t for t in doc if t.idx == at), None)
    while token is not None and token.head != token:
        if token.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            words = list(token.subtree)
            return not words[0].idx <= figure_start < words[-1].idx + len(words[-1].text)
        token = token.head
    return False


def set_off_clauses(doc) -> list[SetOffClause]:
    """The sentence's clauses set off by commas on a noun (participles and relative clauses); one without commas
    ("the quake that struck Velmora") says which thing is meant and is not one of them."""
    found = []
    for token in doc:
        if token.dep_ in ("acl", "relcl") and set_off(token):
            words, phrase = list(token.subtree), list(token.head.subtree)
            found.append(
                SetOffClause(
                    words[0].idx,
                    words[-1].idx + len(words[-1].text),
                    phrase[0].idx,
                    phrase[-1].idx + len(phrase[-1].text),
                    token.head.dep_ in ("nsubj", "nsubjpass"),
                )
            )
    return found


def modifier_spans(clauses: list[SetOffClause], start: int) -> list[tuple[int, int]]:
    """Character spans of the ``clauses`` (:func:`set_off_clauses`) before the figure at ``start`` that describe a
    subject other than the figure's phrase ("The stegosaurus, discovered in Colorado in 2022, measures 3.3
    meters"; "The company, which was founded in 2010, reported"): their times, places and stages are that noun's
    story, not the figure's. Only a clause on a subject counts (a parser hangs others on the wrong noun); one on
    the figure's own phrase ("a fine of €746m, which was levied in 2021") says when that figure was set."""
    return [
        (clause.start, clause.end)
        for clause in clauses
        if clause.on_subject and clause.end <= start and not clause.phrase_start <= start < clause.phrase_end
    ]


def in_another_clause(clauses: list[SetOffClause], at: int, start: int) -> bool:
    """The word at character ``at`` lies in a set-off clause (the innermost one holding it) that does not hold the
    figure at ``start``: "discovered in Colorado" tells where the owner was found, not whose the figure is."""
    holding = [clause for clause in clauses if clause.start <= at < clause.end]
    if not holding:
        return False
    inner = min(holding, key=lambda clause: clause.end - clause.start)
    return not inner.start <= start < inner.end


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
