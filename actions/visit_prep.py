"""The client's agenda for the next meeting with the ombud."""
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import ModuleFormValidation, client_id, message_id
from bot.off_loop import off_the_event_loop
from bot.storage import agenda


def show_agenda(dispatcher: CollectingDispatcher, who: str) -> None:
    items = agenda.items(who)
    buttons = [{"title": "Lägg till en punkt", "payload": "/agenda_add"}]
    if items:
        text = "Det här vill du ta upp på nästa möte:\n" + "\n".join(
            f"{n}. {item.text}" for n, item in enumerate(items, start=1))
        buttons.append({"title": "Ta bort en punkt", "payload": "/agenda_remove"})
    else:
        text = "Din lista inför nästa möte är tom än så länge."
    buttons += [{"title": "Utvärderingsfrågor", "payload": "/start_evaluation"},
                {"title": "Visa menyn", "payload": "/help"}]
    dispatcher.utter_message(text=text, buttons=buttons)


class ActionVisitPrep(Action):
    def name(self) -> str:
        return "action_visit_prep"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        show_agenda(dispatcher, client_id(tracker))
        return []


class ValidateAgendaForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_agenda_form"

    def store_answer(
        self, tracker: Tracker, domain: DomainDict, slot: str, text: Any
    ) -> list[EventType]:
        agenda.add(client_id(tracker), text, message_id(tracker))
        return []

    def store_skip(self, tracker: Tracker, domain: DomainDict, slot: str) -> None:
        """Nothing to add."""


class ActionAgendaFinish(Action):
    def name(self) -> str:
        return "action_agenda_finish"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        show_agenda(dispatcher, client_id(tracker))
        return [SlotSet("agenda_text", None)]


class ActionAgendaRemove(Action):
    """Without an item: offer each item as a button. With one: remove it."""

    def name(self) -> str:
        return "action_agenda_remove"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        who = client_id(tracker)
        chosen = str(tracker.get_slot("agenda_id") or "")
        if chosen.isdigit() and agenda.remove(who, int(chosen)) is not None:
            dispatcher.utter_message(response="utter_agenda_removed")
            show_agenda(dispatcher, who)
            return [SlotSet("agenda_id", None)]
        items = agenda.items(who)
        if not items:
            dispatcher.utter_message(response="utter_agenda_nothing_to_remove")
            return [SlotSet("agenda_id", None)]
        dispatcher.utter_message(
            text="Vilken punkt vill du ta bort?",
            buttons=[{"title": i.text[:60], "payload": f'/agenda_remove{{"agenda_id": "{i.id}"}}'}
                     for i in items],
        )
        return [SlotSet("agenda_id", None)]
