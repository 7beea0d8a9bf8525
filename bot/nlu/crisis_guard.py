"""A Rasa NLU component that puts the deterministic crisis patterns on top of
the intent classifier. It runs last in the pipeline, after FallbackClassifier,
so a crisis is never lost to a low-confidence fallback.

The patterns decide the immediate crisis reply. When only the classifier says
"crisis", the client gets the check question instead: the classifier is often
sure of itself on a single unfamiliar word ("Jag har redan köpt skor" scored
1.00), and inside a form a "no" to the check keeps the message as the answer."""

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_layer import RuleLayer, set_intent
from bot.safety.crisis import Verdict, assess

CRISIS = "crisis"
CRISIS_UNCLEAR = "crisis_unclear"
CRISIS_INTENTS = {CRISIS, CRISIS_UNCLEAR}


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(RuleLayer):
    def apply(self, message: Message) -> None:
        verdict = assess(message.get(TEXT) or "")
        intent = message.get(INTENT) or {}
        name = intent.get("name")
        if verdict == Verdict.CRISIS:
            set_intent(message, CRISIS)
        elif verdict == Verdict.UNCLEAR:
            set_intent(message, CRISIS_UNCLEAR)
        elif verdict == Verdict.FIGURATIVE and name in CRISIS_INTENTS:
            set_intent(message, _best_other(message))
        elif verdict == Verdict.NONE and name == CRISIS:
            set_intent(message, CRISIS_UNCLEAR)


def _best_other(message: Message) -> str:
    for entry in message.get(INTENT_RANKING_KEY) or []:
        if entry["name"] not in CRISIS_INTENTS and entry["name"] != "nlu_fallback":
            return entry["name"]
    return "mood_good"
