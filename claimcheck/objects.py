"""Whose a figure is, by the objects of its verb: the one a sum is for, laid on, handed, moved or carried to it.

:mod:`claimcheck.owners` asks these before the clause's subject: in "the EU fined Orbex €1.8 billion" and
"Warner Bros. piloted Barbie to a $155 million opening" the subject acts, and the object owns the figure.
"""

from __future__ import annotations

from .names import ANAPHORS, counted, full_name, is_name


def sum_for_name(inside) -> str | None:
    """The name a figure itself is "for" ("a value of $8.4 billion for Ostra"), or None."""
    head = next((t for t in inside if t.head not in inside or t.head == t), None)
    for child in head.children if head is not None else ():
        if child.dep_ == "prep" and child.lower_ == "for" and child not in inside:
            target = next((t for t in child.children if t.dep_ == "pobj"), None)
            if target is not None and target.pos_ == "PROPN" and is_name(target):
                return full_name(target)
    return None


#: Verbs that lay a sum on someone "with": "hit Orbex with a fine", "presented her with a $1m prize".
_IMPOSE_VERBS = frozenset("hit slap saddle charge penalise penalize punish sanction fine reward present award".split())


def given_with(noun, verb, inside) -> str | None:
    """The named object of a verb that hands it the figure's noun "with": "slapped Orbex with a $5m penalty"."""
    anchor = noun if noun is not None else next((t for t in inside if t.head not in inside), None)
    if anchor is None or anchor.dep_ != "pobj" or anchor.head.lower_ != "with" or anchor.head.head != verb:
        return None
    if verb.lemma_.lower() not in _IMPOSE_VERBS:
        return None  # "Kane leaves Spurs with 280 goals": his goals, not the club's
    told = next((c for c in verb.children if c.dep_ == "dobj" and c not in inside), None)
    if told is None or told.pos_ != "PROPN" or not is_name(told):
        return None
    return full_name(told)


def moved_object(verb, inside):
    """The object a verb moves by the figure: "pulled the sector 0.7 percent lower", "lifted Orbex 5% higher"."""
    head = next((t for t in inside if t.head not in inside), inside[-1])
    link = head.head
    if (
        head.dep_ != "npadvmod"
        or link.head != verb
        or not (link.tag_ in ("RBR", "JJR") or link.lower_ in ("up", "down"))
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c not in inside), None)


def carried_object(noun, verb, inside):
    """The named object a verb carries to the figure: "drove Barbie to a $155 million opening"."""
    hanging = noun if noun is not None else next((t for t in inside if t.head not in inside), inside[-1])
    link = hanging.head
    if link.dep_ != "prep" or link.lower_ not in ("to", "into", "at") or link.head != verb or hanging.dep_ != "pobj":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in ANAPHORS) and c not in inside and not counted(c)
        ),
        None,
    )


#: Verbs whose object bears the sum: "fined Orbex $4 million" is Orbex's fine, as "Orbex was fined $4 million"
#: says; "awarded the families $1.4 billion" is the families' award.
_LAY_ON = frozenset(
    "fine fined fines fining fin penalise penalised penalises penalize penalized penalizes award awarded awards".split()
)
#: What a verb's second object is when it names what is laid, not on whom: "fined £40m in penalties".
_LAID = frozenset("fine penalty penalties damages sum total amount record".split())


def laid_on(noun, verb, inside) -> str | None:
    """The object a verb lays the figure on: "the regulator fined Orbex €1.8 billion", "a court fined the bank
    £40m" (the bank's fine, not the court's), "the jury awarded the families $1.4 billion"."""
    if verb is None or not {verb.lower_, verb.lemma_.lower()} & _LAY_ON:
        return None
    anchor = noun if noun is not None else next((t for t in inside if t.head not in inside), inside[-1])
    if anchor.head != verb or anchor.dep_ not in ("dobj", "npadvmod", "dative"):
        return None
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative") or child is anchor or child in inside or child.lower_ in _LAID:
            continue
        if child.pos_ == "PROPN" and is_name(child):
            return full_name(child)
        if child.pos_ == "NOUN":  # "the bank", "the company": the phrase, as the clause's subject would be
            return full_name(child) if child.lower_ in ANAPHORS else child.doc[child.left_edge.i : child.i + 1].text
    return None
