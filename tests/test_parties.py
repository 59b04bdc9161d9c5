"""Two figures told of two parties of one fact: a deal's seller and buyer, the story's topic."""


def test_parties_one_deal_told_from_two_of_its_parties():
    from claimcheck.claims import checkable_figures
    from claimcheck.parties import one_deal

    (seller,) = checkable_figures("Velto United struck a £105m deal with Ostrava over Rice.")
    (player,) = checkable_figures("Rice moved to Ostrava from Velto United in a £100m deal.")
    (other,) = checkable_figures("Ostrava paid a £72m fee for Nico Pell four years ago.")
    assert seller.subject != player.subject
    assert one_deal(seller, player)  # each sentence names the other's owner
    assert not one_deal(player, other)  # another player's deal, named by neither


def test_parties_one_deal_is_the_deal_for_what_its_story_is_about():
    from dataclasses import replace

    from claimcheck.claims import checkable_figures
    from claimcheck.parties import one_deal

    (seller,) = checkable_figures("Velto United sold Tomas Rinn for a fee of £86 million.")
    (buyer,) = checkable_figures("Ostrava agreed a 90 million euros transfer fee for Rinn on Monday.")
    (record,) = checkable_figures("Rinn had joined Velto United in 2017 for a record fee of 222 million euros.")
    seller, buyer, record = (replace(q, topic="Tomas Rinn") for q in (seller, buyer, record))
    assert seller.subject != buyer.subject
    assert one_deal(seller, buyer)  # the seller's and the buyer's price of the story's transfer
    assert not one_deal(buyer, record)  # an earlier deal the story recalls
    assert not one_deal(*(replace(q, topic=None) for q in (seller, buyer)))  # without a story, two owners
