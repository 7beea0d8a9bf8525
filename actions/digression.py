"""A clear command in the middle of a form: one short question, so that
nothing happens by accident and nothing the client wrote is lost."""
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import COMMANDS, SKIPPED, validator_for
from actions.crisis import keep_pending_answer
from bot.off_loop import off_the_event_loop


class ActionAskDigression(Action):
    """Do the command (its own payload, so its own rules run, confirmations
    included) or keep the message as the answer; the form stays paused."""

    def name(self) -> str:
        return "action_ask_digression"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        command = tracker.get_slot("pending_command")
        label = COMMANDS[command][0] if command in COMMANDS else "göra något annat"
        dispatcher.utter_message(
            text=f"Vill du {label} nu? Då pausar jag frågan så länge. Eller ska jag spara det du skrev som ditt svar?",
            buttons=[{"title": "Ja", "payload": f"/{command}"},
                     {"title": "Nej, spara som svar", "payload": "/keep_answer"}])
        return []


class ActionKeepAnswer(Action):
    def name(self) -> str:
        return "action_keep_answer"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # Nothing held back (an explicit crisis is never kept as an answer): the
        # client still wants to go on, so the paused form resumes, if there is one.
        return await keep_pending_answer(dispatcher, tracker, domain) or [FollowupAction("action_resume")]


class ActionKeepTypedAnswer(Action):
    """Asked whether to do the command, the client typed something else: that
    is their answer to the paused question ("att jag aldrig ger upp"), so it is
    saved as the answer and the form goes on, instead of falling to the menu."""

    def name(self) -> str:
        return "action_keep_typed_answer"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "").strip()
        return await keep_pending_answer(dispatcher, tracker, domain, text) or [FollowupAction("action_resume")]


class ActionSkipPendingQuestion(Action):
    """Asked whether to do the command, the client wrote "hoppa över": the paused
    question is skipped, as it would have been inside the form, and the form goes on."""

    def name(self) -> str:
        return "action_skip_pending_question"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slot, form = tracker.get_slot("pending_slot"), tracker.get_slot("paused_form")
        if not (slot and form):
            return [FollowupAction("action_resume")]
        validator_for(form).store_skip(tracker, domain, slot)
        return [SlotSet(slot, SKIPPED), SlotSet("pending_answer", None), SlotSet("pending_slot", None),
                SlotSet("pending_command", None), SlotSet("paused_form", None), FollowupAction(form)]
