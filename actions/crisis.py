"""Crisis replies. The words are fixed and human-written (domain/crisis.yml);
these actions send them at once, wherever the conversation is, and pause any
open form so it can be resumed afterwards."""

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import client_id, validator_for
from bot.off_loop import off_the_event_loop
from bot.safety.crisis import fold
from bot.safety.someone_else import hurt_by_someone
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


# "sover dåligt – går ut en sväng": a warning sign and what the client does then, as the
# plan's question asks for them; one per line or sentence.
SIGN_AND_STEP = re.compile(r"^(?P<sign>[^–:-]{3,}?)\s*(?:–|-|:|->|=>)\s*(?P<step>.{3,})$")
# Words that say nothing about which sign it is, and endings that differ between "sover"
# and "sovit", "slutar" and "slutat" (a crude Swedish stem is enough to match a sign).
NOT_A_SIGN = {"jag", "mig", "mej", "det", "den", "och", "att", "som", "nar", "inte", "int", "har", "hade", "ska", "kan",
              "vill", "mycket", "bara", "typ", "alla", "allt", "nan", "nagon", "man", "min", "mitt", "mina", "tanker"}
ENDINGS = ("ande", "ende", "arna", "erna", "orna", "ade", "ar", "er", "or", "at", "it", "ad", "en", "et", "na", "te",
           "de", "a", "t", "r", "e")


def _stems(text: str) -> set[str]:
    stems = set()
    for word in re.findall(r"\w+", fold(text)):
        if word in NOT_A_SIGN or len(word) < 3:
            continue
        ending = next((e for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), "")
        stems.add(word[:len(word) - len(ending)])
    return stems


def steps_for_what_they_go_through(early_actions: str, message: str) -> list[tuple[str, str]]:
    """The (sign, step) pairs of the client's own plan whose sign the message speaks of."""
    said = _stems(message)
    pairs = []
    for part in re.split(r"[\n.;]+", early_actions):
        match = SIGN_AND_STEP.match(part.strip())
        if match and _stems(match["sign"]) & said:
            pairs.append((match["sign"].strip(), match["step"].strip()))
    return pairs


def plan_for_crisis(who: str, message: str = "") -> str | None:
    """The client's own steps, in their own words, from their plan for hard times: first
    what they wrote they do when they notice what the message speaks of, then the rest."""
    plan = answers.answers_for(who, "wrap")
    lines = []
    early = plan.get("wrap_early_actions")
    if early is not None and not early.skipped and message:
        lines += [f"När du märker «{sign}» skrev du: «{step}»"
                  for sign, step in steps_for_what_they_go_through(early.answer_text, message)]
    lines += [f"{label}: «{plan[key].answer_text}»" for key, label in PLAN_IN_A_CRISIS
              if key in plan and not plan[key].skipped]
    return "Från din egen plan:\n" + "\n".join(lines) if lines else None


def danger_from_someone(tracker: Tracker) -> bool:
    """The message (or, after a "yes" to the check question, the message that
    was checked) tells of violence or threats from another person."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):
        text = tracker.get_slot("pending_answer") or ""
    return hurt_by_someone(text)


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
    text = tracker.latest_message.get("text") or ""
    own_plan = plan_for_crisis(client_id(tracker), tracker.get_slot("pending_answer") or "" if text.startswith("/") else text)
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


async def keep_pending_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, text: str | None = None
) -> list[EventType]:
    """The message the form held back (or, given, the text the client typed
    instead) goes back to it as the answer, and the form goes on."""
    text, slot = text or tracker.get_slot("pending_answer"), tracker.get_slot("pending_slot")
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
