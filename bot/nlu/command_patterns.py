"""Messages whose meaning is certain from their form, decided before the
classifier can guess: "koppla ABC-123" links the client to their ombud,
whatever letters the code happens to have."""
import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_layer import RuleLayer, set_intent

_OMBUD = r"(mitt |ditt |mina )?(ombud(et)?|po)"
_LINK = r"(koppl|l[aä]nk)"
COMMANDS = [
    (re.compile(r"^\s*(koppla|kod:?|koden [aä]r)\s+[a-z0-9]{3}[- ]?[a-z0-9]{3}\s*[.!]?\s*$", re.I), "link_ombud"),
    # Undoing the link, said as a whole command. "koppla bort" alone is not one:
    # "jag vill koppla bort allt" is about switching off, and "koppla av" is resting.
    (re.compile(rf"^\s*(jag vill |kan du |snälla )?(koppla|l[aä]nka) (bort|loss|ifr[aå]n|is[aä]r)"
                rf"( (mig|mej))?( (fr[aå]n|ifr[aå]n|med|till))?( {_OMBUD})?( tack)?\s*[.!]?\s*$", re.I),
     "unlink_ombud"),
    (re.compile(rf"^\s*(jag vill |kan du )?(ta bort|radera|bryt|avsluta|avbryt|lossa|st[aä]ng av) "
                rf"{_LINK}(ingen|en|ningen)( (till|med|mot) {_OMBUD})?( tack)?\s*[.!]?\s*$", re.I),
     "unlink_ombud"),
    # "jag vill inte vara kopplad längre", "ombudet ska inte kopplas till mig mer"
    (re.compile(rf"\b(inte|sluta)\b[\w ]{{0,20}}\b{_LINK}(ad|at|as|ade)\b[\w ]{{0,25}}\b(l[aä]ngre|mer|l[aä]ngre nu)\s*[.!]?\s*$",
                re.I), "unlink_ombud"),
    (re.compile(rf"^\s*sluta {_LINK}a (mig|mej) (till|med|fr[aå]n) {_OMBUD}\s*[.!]?\s*$", re.I), "unlink_ombud"),
]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CommandPatterns(RuleLayer):
    def apply(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        for pattern, intent in COMMANDS:
            if pattern.search(text):
                set_intent(message, intent)
                return
