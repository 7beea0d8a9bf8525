"""The crisis patterns agree with the NLU training data (read with Rasa's loader)."""
from bot.safety.crisis import Verdict, assess


def _nlu_examples():
    from rasa.shared.nlu.training_data.loading import load_data

    return [(e.get("intent"), e.get("text")) for e in load_data("data/nlu").intent_examples]


def test_no_ordinary_training_example_gets_the_crisis_reply_from_the_patterns():
    crises = [text for intent, text in _nlu_examples()
              if intent not in ("crisis", "crisis_unclear") and assess(text) == Verdict.CRISIS]
    assert crises == []


def test_every_crisis_training_example_is_a_crisis_by_the_patterns_too():
    missed = [text for intent, text in _nlu_examples() if intent == "crisis" and assess(text) != Verdict.CRISIS]
    assert missed == []
