"""Which figure of one claim is weighed against which figure of the other."""

from claimcheck.alignment import align
from claimcheck.claims import checkable_figures
from claimcheck.entities import Aliases


def test_alignment_an_open_is_weighed_against_the_other_open_not_a_nearer_close():
    told = checkable_figures("Velto opened at $47 and traded as high as $57.8.", "2024-03-22")
    dated = checkable_figures("On Thursday Velto opened at $34 per share and closed at $50.44.", "2024-03-22")
    pairs = {(a.text, b.text) for a, b in align(told, dated, Aliases())}
    assert ("$47", "$34 per share") in pairs  # both opens, though the close is nearer in value
    assert ("$47", "$50.44") not in pairs


def test_alignment_a_whole_is_weighed_against_the_other_whole_not_its_nearer_part():
    told = checkable_figures(
        "According to the union, 2.9 million people demonstrated across the country, including 600,000 in Lyon.",
        "2023-03-08",
    )
    other = checkable_figures("Around 1.1 million people took part, the interior ministry said.", "2023-03-08")
    pairs = {(a.text, b.text) for a, b in align(told, other, Aliases())}
    assert ("2.9 million", "Around 1.1 million") in pairs  # the part is nearer in value, the whole is the match


def test_alignment_a_per_share_price_is_never_matched_with_a_deal_s_value():
    from claimcheck.alignment import align
    from claimcheck.claims import checkable_figures
    from claimcheck.entities import Aliases

    offer = checkable_figures(
        "Orbex has acquired Velto for $61 a share, or a value of $1.7 billion, in an all-cash deal.", "2024-03-22"
    )
    deal = checkable_figures(
        "Orbex and Velto said they will terminate their $1.4 billion merger agreement.", "2024-03-22"
    )
    matched = [(a.text, b.text) for a, b in align(offer, deal, Aliases())]
    assert ("$61 a share", "$1.4 billion") not in matched


def test_alignment_leftovers_match_what_align_left_by_kind_and_closeness():
    from claimcheck.alignment import leftovers

    left = checkable_figures("Rescuers saved 26 people and the airline paid $2 million in damages.")
    right = checkable_figures("The carrier said 24 were rescued, and it set aside $2.5 million for families.")
    matched = leftovers(left, right, [], Aliases())
    assert {(a.text, b.text) for a, b in matched} == {("26", "24"), ("$2 million", "$2.5 million")}
    already = [(left[0], right[0])]
    assert [(a.text, b.text) for a, b in leftovers(left, right, already, Aliases())] == [("$2 million", "$2.5 million")]


def test_alignment_leftovers_never_match_a_price_with_a_deal_or_a_move_with_a_level():
    from claimcheck.alignment import leftovers

    price = checkable_figures("Orbex shares were priced at $16 each.")
    deal = checkable_figures("The listing valued Orbex at $72 billion.")
    assert leftovers(price, deal, [], Aliases()) == []
    rose = checkable_figures("Orbex shares rose 12% on Monday.")
    share = checkable_figures("Orbex holds a 14% share of the market.")
    assert leftovers(rose, share, [], Aliases()) == []
