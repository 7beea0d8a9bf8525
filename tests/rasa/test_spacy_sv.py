"""The Swedish pipeline gives the words people type the lemma the bot knows,
also when typed without å/ä/ö, and carries only the lemmas training needs."""
import pytest
import spacy

from bot.spacy_sv import build


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    path = tmp_path_factory.mktemp("sv")
    nlu = path / "nlu.yml"
    nlu.write_text('version: "3.1"\nnlu:\n- intent: talk\n  examples: |\n'
                   "    - jag vill prata om min dröm\n    - jag mår bra och orkar\n")
    build(path / "pipeline", nlu)
    return spacy.load(path / "pipeline")


def lemmas(nlp, text):
    return [token.lemma_ for token in nlp(text)]


def test_corrected_lemmas_of_everyday_words(nlp):
    assert lemmas(nlp, "vill mår orkar") == ["vilja", "må", "orka"]


def test_an_inflection_never_seen_in_training_gets_the_known_lemma(nlp):
    assert lemmas(nlp, "drömmarna ville") == ["dröm", "vilja"]


def test_typed_without_swedish_letters(nlp):
    assert lemmas(nlp, "drommar mar") == ["dröm", "må"]


def test_only_lemmas_from_the_training_data_are_kept(nlp):
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert len(table) < 5000
    assert lemmas(nlp, "hundarna") == ["hundarna"]  # "hund" is not in this training data


def test_pruning_never_turns_a_known_word_into_its_own_lemma():
    from bot.spacy_sv import prune

    table = {"droger": "drog", "drog": "droga", "hundar": "hund"}
    # "drog" is a lemma of the training data; its own entry must stay, or "drog"
    # typed later would count as the known lemma "drog" instead of the unknown "droga".
    assert prune(table, ["droger"], spacy.blank("sv")) == {"droger": "drog", "drog": "droga"}
