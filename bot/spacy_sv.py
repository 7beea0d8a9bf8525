"""Builds the Swedish spaCy pipeline that Rasa's SpacyNLP loads by path.

No spaCy model can be downloaded here, so this is `spacy.blank("sv")` with a
lookup lemmatizer from spacy-lookups-data. That table is noisy for everyday
chat words (vill->villa, mår->måra, du->dua), so the lemmas this bot relies on
are corrected below.

The full table (with spellings typed without å/ä/ö) took 320 MB in every
process that loads the pipeline. A lemma only counts if Rasa's featurizer has
it in its vocabulary, and that vocabulary is the lemmas of the training data.
So only the entries that lead to one of those lemmas are kept: for every other
word the pipeline behaves as before (Rasa ignores a lemma it has not seen).
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


def lemma_table() -> dict[str, str]:
    """Word -> lemma: the lookup table, corrected, with folded spellings added."""
    words = {**_lookup_words(), **LEMMA_CORRECTIONS}
    table = dict(words)
    # People often type without å/ä/ö on a phone ("drommar", "mar daligt"): give the
    # folded spelling the same lemma, unless it is a word of its own.
    for word, lemma in words.items():
        folded = fold(word)
        if folded != word and folded not in words:
            table[folded] = lemma
    return table


def training_texts(nlu_dir: Path) -> list[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [example.get("text") for example in load_data(str(nlu_dir)).intent_examples]


def prune(table: dict[str, str], texts: list[str], nlp) -> dict[str, str]:
    """Only the entries that lead to a lemma the training data has, or that start
    from one (so a known word never becomes its own lemma instead). A word that is
    not in the table is its own lemma, so those entries are left out too."""
    known = set()
    for text in texts:  # lower-cased, as SpacyNLP (case_sensitive: false) passes it on
        doc = nlp.make_doc(text.lower())
        known.update(table.get(token.text, token.text) for token in doc)
    return {word: lemma for word, lemma in table.items()
            if (lemma in known or word in known) and lemma != word}


def build(path: Path, nlu_dir: Path) -> None:
    nlp = spacy.blank("sv")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    lemmatizer.lookups.remove_table("lemma_lookup")
    lemmatizer.lookups.add_table("lemma_lookup", prune(lemma_table(), training_texts(nlu_dir), nlp))
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(path)
