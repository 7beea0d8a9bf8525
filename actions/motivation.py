"""The motivation ruler: a 1-10 rating for a goal, and the client's own reasons."""
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SKIPPED, ModuleFormValidation, client_id, form_slots, message_id
from actions.menu import utter_menu
from actions.module import ModuleFinish, ModuleStart
from bot.numbers import parse_rating
from bot.off_loop import off_the_event_loop
from bot.storage import goals, ratings

FORM = "motivation_form"
SKIP_AND_PAUSE = [{"title": "Hoppa över", "payload": "/skip"}, {"title": "Pausa", "payload": "/stop"}]

# For each kind: the question and what 1 and 10 mean (seed 001, item 66).
KINDS = {
    "readiness": ("hur redo är du att arbeta mot målet", "inte redo", "helt redo"),
    "importance": ("hur viktigt är målet för dig", "inte viktigt", "mycket viktigt"),
    "confidence": ("hur säker är du på att du kan klara det", "inte alls säker", "helt säker"),
}


def kind_of(tracker: Tracker) -> str:
    kind = tracker.get_slot("rating_kind")
    return kind if kind in KINDS else "readiness"


class ActionMotivationStart(ModuleStart):
    """Every rating is new; only a paused one resumes. A goal rated moments ago is
    kept, so importance and confidence follow readiness for the same goal."""

    form = FORM

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("paused_form") == FORM:
            dispatcher.utter_message(response="utter_welcome_back")
            return [SlotSet("paused_form", None)]
        dispatcher.utter_message(response="utter_motivation_intro")
        keep_goal = tracker.get_slot("rating_kind") in ("importance", "confidence")
        goal = tracker.get_slot("motivation_goal") if keep_goal else None
        events = [SlotSet(s, None) for s in form_slots(domain, FORM)]
        return events + [SlotSet("motivation_goal", goal if goal != SKIPPED else None),
                         SlotSet("rating_id", None), SlotSet("paused_form", None)]


class ActionAskMotivationGoal(Action):
    def name(self) -> str:
        return "action_ask_motivation_goal"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        stored = goals.goals_of(client_id(tracker))[:3]
        buttons = [{"title": g.text[:60], "payload": g.text} for g in stored]
        text = "Vilket mål vill du skatta? Skriv det med egna ord"
        text += ", eller välj ett av dina mål." if stored else "."
        dispatcher.utter_message(text=text, buttons=buttons + SKIP_AND_PAUSE)
        return []


class ActionAskMotivationRating(Action):
    def name(self) -> str:
        return "action_ask_motivation_rating"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        kind = kind_of(tracker)
        question, low, high = KINDS[kind]
        goal = tracker.get_slot("motivation_goal")
        about = f" för «{goal}»" if goal and goal != SKIPPED else ""
        text = f"På en skala från 1 ({low}) till 10 ({high}): {question}{about}?"
        before = ratings.previous(client_id(tracker), goal, kind) if about else None
        if before:
            text += f"\nFörra gången ({before.created_at:%-d/%-m}) satte du {before.value}."
        buttons = [{"title": str(n), "payload": str(n)} for n in range(1, 11)]
        dispatcher.utter_message(text=text, buttons=buttons + SKIP_AND_PAUSE)
        return []


class ValidateMotivationForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_motivation_form"

    def validate_motivation_rating(
        self, value: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        rating = parse_rating(value)
        if rating is None:
            dispatcher.utter_message(response="utter_rating_unclear")
        return {"motivation_rating": rating}

    def store_answer(
        self, tracker: Tracker, domain: DomainDict, slot: str, value: Any
    ) -> list[EventType]:
        who = client_id(tracker)
        if slot == "motivation_rating":
            goal = tracker.get_slot("motivation_goal")
            goal = goal if goal and goal != SKIPPED else "(inget mål angivet)"
            return [SlotSet("rating_id", ratings.add_rating(who, goal, kind_of(tracker), value,
                                                                  message_id(tracker)))]
        rating_id: float | None = tracker.get_slot("rating_id")
        if slot in ("motivation_why_not_lower", "motivation_one_step_up") and rating_id:
            ratings.save_reason(who, int(rating_id), slot.removeprefix("motivation_"), value)
        return []

    def store_skip(self, tracker: Tracker, domain: DomainDict, slot: str) -> None:
        """Nothing to store: a skipped rating or reason is simply not there."""


class ActionMotivationFinish(ModuleFinish):
    form = FORM

    def reflect(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]
    ) -> list[EventType]:
        rating = values.get("motivation_rating")
        if rating in (None, SKIPPED):
            dispatcher.utter_message(response="utter_motivation_nothing_written")
            return []
        lines = [f"Du satte dig på {rating}."]
        why, up = values.get("motivation_why_not_lower"), values.get("motivation_one_step_up")
        if why and why != SKIPPED:
            lines.append(f"Det som gör att du inte är lägre: «{why}»")
        if up and up != SKIPPED:
            lines.append(f"Det som skulle ta dig en siffra upp: «{up}»")
        dispatcher.utter_message(text="\n".join(lines))
        return []

    def next_steps(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Another rating for the same goal; the menu when this one was skipped."""
        if tracker.get_slot("motivation_rating") in (None, SKIPPED):
            utter_menu(dispatcher)
        else:
            dispatcher.utter_message(response="utter_motivation_more")
