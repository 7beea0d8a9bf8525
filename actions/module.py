"""Starting and finishing a module's form, the same way in every module:
resume at the first open question, say how to come back after a pause."""
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    client_id,
    form_slots,
    is_complete,
    module_of,
    own_words,
    slots_from_storage,
)
from actions.menu import utter_menu
from bot.off_loop import off_the_event_loop


class ModuleAction(Action, ABC):
    """Abstract until a subclass names its form, so the SDK registers only real modules."""

    @property
    @abstractmethod
    def form(self) -> str:
        """The module's form, `<module>_form`."""


class ModuleStart(ModuleAction):
    """action_<module>_start: load stored answers so the form resumes at the first
    question neither answered nor skipped, or start over when all were answered."""

    def name(self) -> str:
        return f"action_{module_of(self.form)}_start"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slots = form_slots(domain, self.form)
        values = slots_from_storage(client_id(tracker), module_of(self.form), slots)
        if is_complete(values):
            dispatcher.utter_message(response="utter_module_restart")
            values = {s: None for s in slots}
        elif any(v is not None for v in values.values()):
            dispatcher.utter_message(response="utter_welcome_back")
        else:
            dispatcher.utter_message(response=f"utter_{module_of(self.form)}_intro")
        return [SlotSet(s, v) for s, v in values.items()] + [SlotSet("paused_form", None)]


class ModuleFinish(ModuleAction):
    """action_<module>_finish: after the form, reflect the answers back, or say
    how to resume if the client paused."""

    def name(self) -> str:
        return f"action_{module_of(self.form)}_finish"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        values: dict[str, Any] = {s: tracker.get_slot(s) for s in form_slots(domain, self.form)}
        if not is_complete(values):
            dispatcher.utter_message(response="utter_form_paused")
            return [SlotSet("paused_form", self.form)]
        events = self.reflect(dispatcher, tracker, values)
        self.next_steps(dispatcher, tracker)
        return [SlotSet("paused_form", None), *events]

    # Short labels for reflecting answers back, and responses to send after them.
    labels: dict[str, str] = {}
    after_reflection: tuple[str, ...] = ()

    def next_steps(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """What the client is offered after the reflection: the menu, unless the module
        offers its own next steps."""
        utter_menu(dispatcher)

    def reflect(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]
    ) -> list[EventType]:
        """Says what the client wrote, in their own words."""
        module = module_of(self.form)
        lines = own_words(values, self.labels)
        if not lines:
            dispatcher.utter_message(response=f"utter_{module}_nothing_written")
            return []
        dispatcher.utter_message(response=f"utter_{module}_reflection_intro")
        dispatcher.utter_message(text="\n".join(lines))
        for response in self.after_reflection:
            dispatcher.utter_message(response=response)
        return []
