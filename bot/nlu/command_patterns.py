"""Messages whose meaning is certain from their form, decided before the
classifier can guess: "koppla ABC-123" links the client to their ombud,
whatever letters the code happens to have."""
import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_layer import RuleLayer, set_intent

_OMBUD = r"(mitt |ditt |mitt eget )?(ombud(et)?|po)"
_END = r"( tack)?\s*[.!]?\s*$"
COMMANDS = [
    (re.compile(r"^\s*(koppla|kod:?|koden [aä]r)\s+[a-z0-9]{3}[- ]?[a-z0-9]{3}\s*[.!]?\s*$", re.I), "link_ombud"),
    # The code alone, as the ombud wrote it down: "K7M-4QP" (a digit or capitals, so "hej-hej" is no code)
    (re.compile(r"^\s*(?=\S*\d)[a-zA-Z0-9]{3}-[a-zA-Z0-9]{3}\s*$|^\s*[A-Z0-9]{3}-[A-Z0-9]{3}\s*$"), "link_ombud"),
    # Undoing the link, only when the ombud is named: "koppla ifrån", "koppla loss"
    # and "inte kopplad till någon längre" are about switching off or feeling alone.
    # Unlinking still asks for a yes first (data/rules/sharing.yml).
    (re.compile(rf"^\s*(jag vill |kan du |snälla )?(koppla|l[aä]nka) (bort|loss|ifr[aå]n|is[aä]r)"
                rf"( (mig|mej))?( (fr[aå]n|ifr[aå]n|med|till))? {_OMBUD}{_END}", re.I), "unlink_ombud"),
    (re.compile(rf"^\s*(jag vill |kan du )?(ta bort|radera|bryt|avsluta|lossa) (kopplingen|l[aä]nken) "
                rf"(till|med|mot) {_OMBUD}{_END}", re.I), "unlink_ombud"),
    # "jag vill inte vara kopplad till ombudet längre", "ombudet ska inte kopplas till mig mer"
    (re.compile(rf"^\s*(jag vill inte (vara|va) (kopplad|l[aä]nkad) (till|med) {_OMBUD}"
                rf"|{_OMBUD} ska inte (vara kopplat|kopplas|l[aä]nkas) (till|med) (mig|mej))"
                rf" (l[aä]ngre|mer){_END}", re.I), "unlink_ombud"),
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
