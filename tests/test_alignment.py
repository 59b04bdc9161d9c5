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
