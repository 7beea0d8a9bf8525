"""Messages whose meaning is certain from their form, decided before the
classifier can guess: "koppla ABC-123" links the client to their ombud,
whatever letters the code happens to have."""
import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_layer import RuleLayer, set_intent

COMMANDS = [
    (re.compile(r"^\s*(koppla|kod:?|koden [aä]r)\s+[a-z0-9]{3}[- ]?[a-z0-9]{3}\s*[.!]?\s*$", re.I), "link_ombud"),
]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CommandPatterns(RuleLayer):
    def apply(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        for pattern, intent in COMMANDS:
            if pattern.match(text):
                set_intent(message, intent)
