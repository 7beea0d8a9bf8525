"""The strengths conversation (seed 001, Avsnitt 4): seven questions, one at a
time, each answer stored as it is given, reflected back at the end."""
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import ModuleFormValidation, module_of, own_words
from actions.module import ModuleFinish, ModuleStart

FORM = "strengths_form"
MODULE = module_of(FORM)

# Short labels for reflecting the answers back.
LABELS = {
    "strengths_drive": "Det som driver dig framåt",
    "strengths_coping": "Så har du tagit dig igenom svåra saker",
    "strengths_described": "Så skulle någon som tycker om dig beskriva dig",
    "strengths_support_me": "De som stödjer dig",
    "strengths_support_others": "De du stödjer",
    "strengths_special": "Det som gör dig speciell",
    "strengths_proud": "Det du är stolt över",
}


class ValidateStrengthsForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_strengths_form"


class ActionStrengthsStart(ModuleStart):
    form = FORM


class ActionStrengthsFinish(ModuleFinish):
    form = FORM

    def reflect(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]
    ) -> list[EventType]:
        lines = own_words(values, LABELS)
        if lines:
            dispatcher.utter_message(response="utter_strengths_reflection_intro")
            dispatcher.utter_message(text="\n".join(lines))
            dispatcher.utter_message(response="utter_strengths_owned")
        else:
            dispatcher.utter_message(response="utter_strengths_nothing_written")
        return []
