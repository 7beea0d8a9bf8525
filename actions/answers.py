"""Seeing and owning one's answers: a summary per module, changing or deleting a
single answer, and deleting everything after one confirmation."""
from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SKIPPED, client_id, form_slots, slots_from_storage
from actions.dreams import plan_text
from actions.menu import utter_menu
from bot import modules
from bot.off_loop import off_the_event_loop
from bot.storage import agenda, answers, checkins, clients, goals, ratings
from bot.storage.conversations import ERASE_CONVERSATION


def summary(who: str) -> list[str]:
    """One block of text per module that has something stored."""
    blocks = []
    by_module: dict[str, dict] = {}
    for a in answers.all_answers(who):
        if not a.skipped:
            by_module.setdefault(a.module, {})[a.question_key] = a
    for module in modules.MODULES:
        if "answers" in module.kept_in and module.key in by_module:
            blocks.append(f"{module.title}:\n" + "\n".join(
                f"• {a.question_text}\n  «{a.answer_text}»" for a in modules.in_asked_order(module.key, by_module[module.key])))
    for goal in goals.goals_of(who):
        blocks.append(plan_text(goal))
    latest: dict[tuple, object] = {}
    for r in ratings.ratings_of(who):
        latest[(r.goal_text, r.kind)] = r
    if latest:
        blocks.append("Dina senaste skattningar:\n" + "\n".join(
            f"• {modules.RATING_KINDS.get(r.kind, r.kind)}: {r.value} av 10 – «{r.goal_text}» ({r.created_at:%-d/%-m})"
            for r in latest.values()))
    recent = checkins.recent(who, 3)
    if recent:
        blocks.append("Dina senaste incheckningar:\n" + "\n".join(
            f"• {c.created_at:%-d/%-m}: {c.mood or '–'}" for c in recent))
    items = agenda.items(who)
    if items:
        blocks.append("Inför nästa möte:\n" + "\n".join(f"• {i.text}" for i in items))
    return blocks


class ActionShowAnswers(Action):
    def name(self) -> str:
        return "action_show_answers"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        blocks = summary(client_id(tracker))
        if not blocks:
            dispatcher.utter_message(response="utter_nothing_stored")
            utter_menu(dispatcher)
            return []
        dispatcher.utter_message(response="utter_show_answers_intro")
        for block in blocks:
            dispatcher.utter_message(text=block)
        dispatcher.utter_message(response="utter_answers_options")
        return []


def answer_buttons(who: str, intent: str) -> list[dict]:
    return [
        {"title": f"{a.question_text[:35]} – {a.answer_text[:25]}",
         "payload": f'/{intent}{{"answer_id": "{a.id}"}}'}
        for a in answers.all_answers(who) if not a.skipped
    ]


class ChosenAnswerAction(Action, ABC):
    """Removes the answer the client chose with a button, or asks which one."""

    intent: str
    question: str

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        who = client_id(tracker)
        chosen = str(tracker.get_slot("answer_id") or "")
        removed = answers.delete_answer(who, int(chosen)) if chosen.isdigit() else None
        if removed is None:
            buttons = answer_buttons(who, self.intent)
            dispatcher.utter_message(
                text=self.question if buttons else "Du har inga svar sparade.", buttons=buttons)
            return [SlotSet("answer_id", None)]
        return [SlotSet("answer_id", None), *self.after_removal(dispatcher, domain, who, removed)]

    @abstractmethod
    def after_removal(self, dispatcher, domain, who: str, old) -> list[EventType]:
        """What follows once the chosen answer is gone."""


class ActionAnswerDelete(ChosenAnswerAction):
    intent = "answer_delete"
    question = "Vilket svar vill du ta bort?"

    def name(self) -> str:
        return "action_answer_delete"

    def after_removal(self, dispatcher, domain, who, old) -> list[EventType]:
        dispatcher.utter_message(text=f"Borttaget: ditt svar på «{old.question_text}».")
        return [SlotSet(old.question_key, None)]


class ActionAnswerChange(ChosenAnswerAction):
    """Changing an answer: the question is asked again, and the new answer replaces the old."""

    intent = "answer_change"
    question = "Vilket svar vill du ändra?"

    def name(self) -> str:
        return "action_answer_change"

    def after_removal(self, dispatcher, domain, who, old) -> list[EventType]:
        dispatcher.utter_message(text=f"Du svarade tidigare: «{old.answer_text}». Skriv ditt nya svar.")
        form = f"{old.module}_form"
        values = slots_from_storage(who, old.module, form_slots(domain, form))
        # Skipped questions stay skipped so only the changed one is asked.
        values = {s: (v if v is not None or s == old.question_key else SKIPPED) for s, v in values.items()}
        return [*(SlotSet(s, v) for s, v in values.items()), FollowupAction(form)]


class ActionDeleteAll(Action):
    def name(self) -> str:
        return "action_delete_all"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        counts = clients.erase_all(client_id(tracker))
        parts = [f"{counts['answers']} svar", f"{counts['goals']} mål med {counts['steps']} steg",
                 f"{counts['ratings']} skattningar", f"{counts['checkins']} incheckningar",
                 f"{counts['agenda']} punkter inför mötet"]
        dispatcher.utter_message(
            text="Klart. Jag har raderat " + ", ".join(parts) + " och hela vårt samtal.")
        dispatcher.utter_message(json_message=ERASE_CONVERSATION)
        return []
