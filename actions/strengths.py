"""The strengths conversation (seed 001, Avsnitt 4): seven questions, one at a
time, each answer stored as it is given, reflected back at the end."""
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    ModuleFormValidation,
    client_id,
    form_slots,
    is_complete,
    module_of,
    own_words,
    slots_from_storage,
)

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


class ActionStrengthsStart(Action):
    """Loads stored answers so the form resumes at the first open question,
    or starts over when every question has been answered before."""

    def name(self) -> str:
        return "action_strengths_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slots = form_slots(domain, FORM)
        values = slots_from_storage(client_id(tracker), MODULE, slots)
        if is_complete(values):
            dispatcher.utter_message(response="utter_strengths_restart")
            values = {s: None for s in slots}
        elif any(v is not None for v in values.values()):
            dispatcher.utter_message(response="utter_strengths_welcome_back")
        else:
            dispatcher.utter_message(response="utter_strengths_intro")
        return [SlotSet(s, v) for s, v in values.items()] + [SlotSet("paused_form", None)]


class ActionStrengthsFinish(Action):
    """After the form: reflect the strengths back, or say how to resume if paused."""

    def name(self) -> str:
        return "action_strengths_finish"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        values: dict[str, Any] = {s: tracker.get_slot(s) for s in form_slots(domain, FORM)}
        if not is_complete(values):
            dispatcher.utter_message(response="utter_strengths_paused")
            return [SlotSet("paused_form", FORM)]
        lines = own_words(values, LABELS)
        if lines:
            dispatcher.utter_message(response="utter_strengths_reflection_intro")
            dispatcher.utter_message(text="\n".join(lines))
            dispatcher.utter_message(response="utter_strengths_owned")
        else:
            dispatcher.utter_message(response="utter_strengths_nothing_written")
        dispatcher.utter_message(response="utter_menu")
        return [SlotSet("paused_form", None)]
