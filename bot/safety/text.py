"""Swedish phone text made comparable: folded to plain ASCII and cut into
clauses, so that a negation, a time or a subject is looked for only where it
can apply ("för två år sen skar jag mig, men nu mår jag bra")."""
import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case, strip diacritics (å/ä->a, ö->o), squeeze repeated letters."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ø", "o").replace("æ", "a")
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)  # "dooo" -> "doo"
    text = re.sub(r"\bicke\b", "inte", text)  # the formal "icke" is "inte" to every negation below
    return re.sub(r"\s+", " ", text).strip()


# A clause ends at a sentence mark, a comma, or a word that turns the sentence
# ("men", "fast", "utan att"... not "och": "tar tabletterna och dör" is one act).
_CLAUSE_BREAK = re.compile(r"[.!?;\n]+|:(?!\w)|,|\s[-–]\s|\b(?:men|fast|dock|annars|trots att|medan)\b")


def clauses(folded: str) -> list[str]:
    parts = (p.strip() for p in _CLAUSE_BREAK.split(folded) if p)
    return [p for p in parts if p]
