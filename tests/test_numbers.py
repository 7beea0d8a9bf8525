"""Reading a 1-10 rating out of what a client types (bot/numbers.py)."""
import pytest

from bot.numbers import parse_rating

CASES = [
    # Digits, with the punctuation and hedges people add.
    ("7", 7),
    ("7.", 7),
    (" 7 ", 7),
    ("1", 1),
    ("10", 10),
    ("7!!", 7),
    ("typ 6", 6),
    ("kanske 8", 8),
    ("ungefär 5", 5),
    ("ungefar 5", 5),
    ("runt 4", 4),
    ("jag skulle nog säga 7", 7),
    ("8 tror jag", 8),
    # The scale itself is not a second number.
    ("7/10", 7),
    ("7 / 10", 7),
    ("7 av 10", 7),
    ("10/10", 10),
    ("sju av tio", 7),
    ("på en skala 1-10 typ 6", 6),
    # Grade nouns written with digits.
    ("nog en 3:a", 3),
    ("en 3a", 3),
    ("3:an", 3),
    ("jag är nog på en 7a", 7),
    # Number words, with and without å/ä/ö, any case, held letters.
    ("sju", 7),
    ("SJU", 7),
    ("sjuuu", 7),
    ("Fem", 5),
    ("två", 2),
    ("tva", 2),
    ("tvåa", 2),
    ("tvaa", 2),
    ("åtta", 8),
    ("atta", 8),
    ("åttan", 8),
    ("nio", 9),
    ("nian", 9),
    ("tio", 10),
    ("tian", 10),
    ("fyran", 4),
    ("en trea", 3),
    ("ettan", 1),
    ("kanske en femma", 5),
    ("typ en sjua", 7),
    ("en sexa kanske", 6),
    ("en", 1),
    ("Ett.", 1),
    # Ranges give the lower end.
    ("6-7", 6),
    ("6–7", 6),
    ("6 - 7", 6),
    ("6 till 7", 6),
    ("mellan 6 och 7", 6),
    ("6 eller 7", 6),
    ("sex eller sju", 6),
    ("7/8", 7),
    ("typ 6-7/10", 6),
    ("9-10", 9),
    # Half values round down.
    ("6,5", 6),
    ("6.5", 6),
    ("6½", 6),
    ("sex och en halv", 6),
    # Out of range.
    ("0", None),
    ("noll", None),
    ("11", None),
    ("15", None),
    ("100", None),
    ("-3", None),
    ("11/10", None),
    ("9-11", None),
    # Several unrelated numbers, or a number counting something else.
    ("jag är 45 år och säger 7", None),
    ("45år men typ 7", None),
    ("7 eller kanske 3 jag vet inte", None),
    ("nykter i 3 veckor", None),
    ("klockan 7:30", None),
    # No number at all.
    ("", None),
    ("vet inte", None),
    ("bra", None),
    ("ingen aning", None),
    ("en bra dag", None),
    ("typ en", None),
    # Number words inside other words are not numbers.
    ("ensam", None),
    ("sexig", None),
    ("tiotusen", None),
    ("fyrkant", None),
    ("jag vill äta", None),
    ("jag känner mig ensam idag", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_rating(text, expected):
    assert parse_rating(text) == expected


def test_other_scales():
    """The bounds are parameters, so a 0-10 scale accepts "noll"."""
    assert parse_rating("noll", low=0) == 0
    assert parse_rating("sju", low=1, high=5) is None
