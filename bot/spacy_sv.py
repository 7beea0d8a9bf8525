"""Builds the Swedish spaCy pipeline that Rasa's SpacyNLP loads by path.

No spaCy model can be downloaded here, so this is `spacy.blank("sv")` with a
lookup lemmatizer from spacy-lookups-data. That table is noisy for everyday
chat words (vill->villa, mår->måra, du->dua), so the lemmas this bot relies on
are corrected below.
"""
import gzip
import json
from pathlib import Path

import spacy
import spacy_lookups_data

from bot.safety.crisis import fold

LEMMA_CORRECTIONS = {
    # verbs people use to say what they want, feel and manage
    "vill": "vilja", "ville": "vilja", "velat": "vilja",
    "mår": "må", "mådde": "må", "mått": "må", "mar": "må",  # "jag mar daligt"
    "orkar": "orka", "orkade": "orka", "orkat": "orka",
    "kan": "kunna", "kunde": "kunna", "kunnat": "kunna",
    "ska": "skola", "skall": "skola", "skulle": "skola",
    "dör": "dö", "dog": "dö", "dött": "dö",
    "tar": "ta", "tog": "ta", "tagit": "ta",
    "leva": "leva", "lever": "leva", "levde": "leva",
    "hoppa": "hoppa", "hoppar": "hoppa",
    "sluta": "sluta", "slutar": "sluta",
    "pausa": "pausa", "pausar": "pausa",
    # pronouns and function words the table gets wrong
    "du": "du", "dig": "du", "mig": "jag", "mej": "jag", "dej": "du",
    "mitt": "min", "mina": "min",
    # nouns central to the conversations
    "mål": "mål", "målet": "mål", "målen": "mål",
    "dröm": "dröm", "drömmar": "dröm", "drömmen": "dröm", "drömmarna": "dröm",
    "styrka": "styrka", "styrkor": "styrka", "styrkorna": "styrka",
    "liv": "liv", "livet": "liv",
    "paus": "paus", "hej": "hej", "hejsan": "hej", "tack": "tack",
    "piller": "piller", "tabletter": "tablett",
    "ombud": "ombud", "ombudet": "ombud", "ombudets": "ombud",
    "svar": "svar", "svaren": "svar", "svaret": "svar",
    "plan": "plan", "planen": "plan",
}


def _lookup_words() -> dict[str, str]:
    """The raw word -> lemma table from spacy-lookups-data (spaCy keeps only hashes)."""
    source = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(source, "rt", encoding="utf-8") as f:
        return json.load(f)


def build(path: Path) -> None:
    nlp = spacy.blank("sv")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    table = lemmatizer.lookups.get_table("lemma_lookup")
    words = {**_lookup_words(), **LEMMA_CORRECTIONS}
    for word, lemma in LEMMA_CORRECTIONS.items():
        table[word] = lemma
    # People often type without å/ä/ö on a phone ("drommar", "mar daligt"): give the
    # folded spelling the same lemma, unless it is a word of its own.
    for word, lemma in words.items():
        folded = fold(word)
        if folded != word and folded not in words:
            table[folded] = lemma
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
