"""`make eval` measures understanding on sentences the model never saw: no
held-out example (tests/nlu/) may also be a training example (data/nlu/)."""
from rasa.shared.nlu.training_data.loading import load_data

from bot.config import PROJECT_DIR


def texts(path: str) -> dict[str, str]:
    return {e.get("text").strip().lower(): e.get("intent")
            for e in load_data(str(PROJECT_DIR / path)).intent_examples}


def test_no_held_out_sentence_is_in_the_training_data():
    assert sorted(set(texts("tests/nlu")) & set(texts("data/nlu"))) == []


def test_every_intent_is_tested_on_held_out_sentences():
    trained = set(texts("data/nlu").values())
    held_out = list(texts("tests/nlu").values())
    thin = {i: held_out.count(i) for i in trained if held_out.count(i) < 4}
    assert thin == {}
