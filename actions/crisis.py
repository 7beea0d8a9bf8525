"""Crisis replies. The words are fixed and human-written (domain/crisis.yml);
these actions send them at once, wherever the conversation is, and pause any
open form so it can be resumed afterwards."""

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import client_id, validator_for
from bot.off_loop import off_the_event_loop
from bot.safety.crisis import assess
from bot.storage import answers

# The parts of the client's plan for hard times that the crisis reply shows, in this
# order: why hold on first, then whom to call, what helps, what makes it safer.
PLAN_IN_A_CRISIS = (
    ("wrap_matters", "Det du skrev är viktigast för dig"),
    ("wrap_contacts", "Dina kontakter"),
    ("wrap_crisis_helps", "Det som brukar hjälpa dig"),
    ("wrap_distractions", "Människor och platser som hjälper dig att tänka på annat"),
    ("wrap_safer", "Det som gör det tryggare omkring dig"),
)


def plan_for_crisis(who: str) -> str | None:
    """The client's own steps, in their own words, from their plan for hard times."""
    plan = answers.answers_for(who, "wrap")
    lines = [f"{label}: «{plan[key].answer_text}»" for key, label in PLAN_IN_A_CRISIS
             if key in plan and not plan[key].skipped]
    return "Från din egen plan:\n" + "\n".join(lines) if lines else None


def danger_from_someone(tracker: Tracker) -> bool:
    """The message (or, after a "yes" to the check question, the message that
    was checked) tells of violence or threats from another person."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):
        text = tracker.get_slot("pending_answer") or ""
    return assess(text).danger


def pause_active_form(tracker: Tracker) -> list[EventType]:
    form = tracker.active_loop_name
    if not form:
        return []
    return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("paused_form", form)]


def crisis_reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    dispatcher.utter_message(response="utter_crisis")
    dispatcher.utter_message(response="utter_crisis_numbers")
    if danger_from_someone(tracker):
        dispatcher.utter_message(response="utter_crisis_danger")
    own_plan = plan_for_crisis(client_id(tracker))
    if own_plan:
        dispatcher.utter_message(text=own_plan)
    # a form answer held back: kept, in case it was only that
    dispatcher.utter_message(response="utter_crisis_next_kept" if held_back_by_a_form(tracker) else "utter_crisis_next")
    return pause_active_form(tracker)


def held_back_by_a_form(tracker: Tracker) -> bool:
    """The message is an answer the form held back for the crisis reply or the check (hold_back)."""
    return bool(tracker.get_slot("pending_slot")) and tracker.get_slot("pending_answer") == tracker.latest_message.get("text")


class ActionCrisisReply(Action):
    def name(self) -> str:
        return "action_crisis_reply"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # the reply ends the turn, also when a form or the check handed over to it (no rule follows those)
        return [*crisis_reply(dispatcher, tracker), FollowupAction("action_listen")]


class ActionCrisisCheck(Action):
    """For a message that may or may not be a crisis: ask before anything else."""

    def name(self) -> str:
        return "action_crisis_check"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.latest_message.get("crisis_likely") and not held_back_by_a_form(tracker):
            # no question asked could explain it: help comes first, not a question
            return [FollowupAction("action_crisis_reply")]
        dispatcher.utter_message(response="utter_crisis_check")
        events = pause_active_form(tracker)
        if events:  # keep the message: it may simply be the answer to the question
            events += [
                SlotSet("pending_answer", tracker.latest_message.get("text")),
                SlotSet("pending_slot", tracker.get_slot("requested_slot")),
            ]
        elif tracker.get_slot("pending_answer") != tracker.latest_message.get("text"):
            # outside a form, and no form answer held back this turn: nothing to keep
            events = [SlotSet("pending_answer", None), SlotSet("pending_slot", None)]
        return events


async def keep_pending_answer(dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
    """The message the form held back goes back to it as the answer it was,
    and the form goes on."""
    text, slot = tracker.get_slot("pending_answer"), tracker.get_slot("pending_slot")
    form = tracker.get_slot("paused_form")
    if not (text and slot and form):
        return []
    validator = validator_for(form)
    events = [SlotSet("pending_answer", None), SlotSet("pending_slot", None), SlotSet("pending_command", None),
              SlotSet("paused_form", None)]
    value = await validator.value_for(slot, text, dispatcher, tracker, domain)
    if value is not None:
        events += [SlotSet(slot, value), *validator.store_answer(tracker, domain, slot, value)]
        dispatcher.utter_message(response="utter_pending_answer_saved")
    return [*events, FollowupAction(form)]  # the form asks its next open question


class ActionCrisisCheckNo(Action):
    """The client said it was not a crisis: the message is kept as the answer."""

    def name(self) -> str:
        return "action_crisis_check_no"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_crisis_check_no")
        events = await keep_pending_answer(dispatcher, tracker, domain)
        if not events:
            dispatcher.utter_message(response="utter_mood_low")
        return events
