"""Reads a rating such as "7", "typ en sjua" or "6-7" out of a Swedish reply.

The motivation module asks the client to rate something from 1 (inte redo) to
10 (helt redo). Clients answer on phones, with typos and often without å/ä/ö,
so the number can come as digits, as a word or as a noun ("en femma").
`parse_rating` returns the one number the client meant, or None when there is
none or it is unclear; the bot then asks again instead of storing a guess.

Standard library only, and no state: the same text always gives the same answer.
"""
import re
import unicodedata

# Number words after folding (lower case, å/ä->a, ö->o): the plain word and the
# noun forms people use for grades and ratings ("en femma", "femman").
# "en" and "ett" are not here: they are nearly always the article ("en femma",
# "en bra dag"), so they count as 1 only when they are the whole reply.
_WORDS = {
    0: ("noll", "nolla", "nollan"),
    1: ("etta", "ettan"),
    2: ("tva", "tvaa", "tvaan"),
    3: ("tre", "trea", "trean"),
    4: ("fyra", "fyran"),
    5: ("fem", "femma", "femman"),
    6: ("sex", "sexa", "sexan"),
    7: ("sju", "sjua", "sjuan"),
    8: ("atta", "attan"),
    9: ("nio", "nia", "nian"),
    10: ("tio", "tia", "tian"),
}
_ALONE = ("en", "ett")

# Each letter may be held down ("sjuuu", "femmma"). Matching "s+j+u+" instead of
# squeezing the text keeps double letters required: squeezed, "åtta" would
# become "ata" and collide with "äta" (to eat).
_WORD_PATTERNS = [
    (re.compile("".join(f"{letter}+" for letter in word)), value)
    for value, words in _WORDS.items()
    for word in words
]

# A digit token: "7", "6,5", "3a", "3:a", "3:an". Anything else that holds a
# digit ("45år", "7:30", "mp3") is still a number, just not a rating.
_DIGITS = re.compile(r"(\d+)(?:[.,]\d+)?(?::?an?)?")

# Tokens: anything holding a digit, words, and the signs that matter here.
# Other punctuation and emoji are dropped ("7!", "sju :)").
_TOKEN = re.compile(r"[^\W_]*\d(?:[.,:]?[^\W_]+)*|[^\W\d_]+|[-/%]")

# A number followed by one of these counts something else ("3 veckor", "45 år").
# Plain "ar" is left out: without the ring it is just as often "är" ("7 är lagom").
_UNITS = {
    "år", "dag", "dagar", "vecka", "veckor", "månad", "manad", "månader", "manader",
    "timme", "timmar", "minuter", "gång", "gang", "gånger", "ganger",
    "kr", "kronor", "procent", "%", "st", "kg",
}

# Words joining the two ends of a range: "6-7", "6/7", "6 till 7", "6 eller 7".
# "och" only counts after "mellan" ("mellan 6 och 7").
_RANGE = {"-", "/", "till", "eller", "el"}


def _fold(token: str) -> str:
    """Strips diacritics, so "tvåa", "tvaa" and "TVÅA" are the same word."""
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def _value(token: str) -> int | None:
    """The number a digit token or number word stands for, else None."""
    if any(c.isdigit() for c in token):
        match = _DIGITS.fullmatch(token)
        # int() of the whole part rounds half values down: "6,5" -> 6.
        return int(match.group(1)) if match else None
    word = _fold(token)
    return next((value for pattern, value in _WORD_PATTERNS if pattern.fullmatch(word)), None)


def _is_number(token: str) -> bool:
    """Whether the token is meant as a number at all, valid rating or not."""
    return any(c.isdigit() for c in token) or _value(token) is not None


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.lower())
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # en dash, em dash, minus -> "-"
    text = text.replace("½", ",5")  # "6½" reads as "6,5"
    return _TOKEN.findall(text)


def _drop_scale(tokens: list[str]) -> list[str]:
    """Removes mentions of the scale itself, which are not the answer.

    "7/10", "7 av 10", "sju utav tio" -> "7"; "på en skala 1-10 typ 6" -> "6".
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = _fold(tokens[i])
        rest = [_fold(t) for t in tokens[i + 1:i + 5]]
        # "/10" or "av 10" right after a number.
        if (word in ("/", "av", "utav") and out and (_is_number(out[-1]) or out[-1] in _ALONE)
                and rest and _value(rest[0]) == 10):
            i += 2
            continue
        # "skala 1-10", "skalan från 1 till 10": keep "skala", skip the numbers.
        if word in ("skala", "skalan"):
            skip = 1 if rest[:1] in (["fran"], ["mellan"]) else 0
            end = rest[skip:skip + 3]
            if (len(end) == 3 and (_value(end[0]) == 1 or end[0] in _ALONE)
                    and end[1] in ("-", "till", "och") and _value(end[2]) == 10):
                out.append(tokens[i])
                i += 1 + skip + 3
                continue
        out.append(tokens[i])
        i += 1
    return out


def _drop_halves(tokens: list[str]) -> list[str]:
    """"sex och en halv" -> "sex": half values round down, like "6,5"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (tokens[i] == "och" and out and _is_number(out[-1])
                and tokens[i + 1:i + 2] in (["en"], ["ett"])
                and tokens[i + 2:i + 3] in (["halv"], ["halvt"], ["halft"])):
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


def _mentions(tokens: list[str]) -> list[tuple[int, int | None]]:
    """Every number in the reply as (position, value); value None when the
    number is there but cannot be a rating ("-3", "45år", "3 veckor")."""
    found: list[tuple[int, int | None]] = []
    for i, token in enumerate(tokens):
        if tokens == [token] and token in _ALONE:
            found.append((i, 1))  # "en" or "ett" as the whole reply
            continue
        if not _is_number(token):
            continue
        value = _value(token)
        # A minus with no number before it: "-3" is negative, "6-7" is a range.
        if i >= 1 and tokens[i - 1] == "-" and (i < 2 or not _is_number(tokens[i - 2])):
            value = None
        if i + 1 < len(tokens) and tokens[i + 1] in _UNITS:
            value = None
        found.append((i, value))
    return found


def parse_rating(text: str, low: int = 1, high: int = 10) -> int | None:
    """The rating in `text`, or None if there is none or it is unclear/out of range."""
    if not text:
        return None
    tokens = _drop_halves(_drop_scale(_tokens(text)))
    mentions = _mentions(tokens)
    values = [value for _, value in mentions]
    if any(value is None or not low <= value <= high for value in values):
        return None
    if len(mentions) == 1:
        return values[0]
    if len(mentions) == 2:
        (first, _), (second, _) = mentions
        between = [_fold(t) for t in tokens[first + 1:second]]
        before = _fold(tokens[first - 1]) if first else ""
        if (len(between) == 1 and between[0] in _RANGE) or (
                between == ["och"] and before == "mellan"):
            # A range: take the LOWER end. The bot follows up with "Vad gjorde
            # att du satte dig på X och inte lägre?", which is only honest if
            # the client really went at least as high as X; they can be asked
            # again if the lower end undersells them.
            return min(values)
    # No number, or several numbers that are not a range ("45 år och säger 7").
    return None
