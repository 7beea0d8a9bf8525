"""Custom actions on their own, with a real database and the real domain."""
import uuid

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import SKIPPED, ModuleFormValidation, is_skip, is_stop
from actions.crisis import ActionCrisisCheck, ActionCrisisCheckNo, ActionCrisisReply
from actions.digression import ActionKeepAnswer
from actions.strengths import ActionStrengthsFinish, ActionStrengthsStart, ValidateStrengthsForm
from actions.warning_signs import ValidateWrapForm
from bot.config import PROJECT_DIR
from bot.storage import answers
from bot.storage.clients import ensure_client


@pytest.fixture(scope="module")
def domain():
    merged = {"forms": {}, "responses": {}, "slots": {}}
    for path in (PROJECT_DIR / "domain").glob("*.yml"):
        part = yaml.safe_load(path.read_text())
        for key in merged:
            merged[key].update(part.get(key) or {})
    return merged


def tracker(text="", intent="greet", slots=None, active_loop=None, sender=None):
    return Tracker(
        sender_id=sender or uuid.uuid4().hex,
        slots=slots or {},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def in_form(text, intent, requested="strengths_drive", sender=None, **slots):
    # A slot the form just filled from the message is "to validate".
    t = tracker(text, intent, {"requested_slot": requested, requested: text, **slots},
                "strengths_form", sender)
    t.events = [{"event": "slot", "name": requested, "value": text}]
    return t


async def validate(t, domain):
    dispatcher = CollectingDispatcher()
    events = await ValidateStrengthsForm().run(dispatcher, t, domain)
    return events, dispatcher.messages


async def validate_wrap(t, domain):
    t.active_loop = {"name": "wrap_form"}
    dispatcher = CollectingDispatcher()
    events = await ValidateWrapForm().run(dispatcher, t, domain)
    return events, dispatcher.messages


@pytest.mark.parametrize(
    "text, intent, skip, stop",
    [
        ("hoppa över", "skip", True, False),
        ("hoppa over", "out_of_scope", True, False),
        ("/skip", "skip", True, False),
        ("nästa fråga", "start_dreams", True, False),
        ("paus", "stop", False, True),
        ("jag vill sluta", "mood_low", False, True),
        ("avsluta", "out_of_scope", False, True),  # typed to quit mid-form, whatever the classifier guessed
        ("avsluta min utbildning", "stop", False, False),  # a goal, not a pause
        ("/stop", "stop", False, True),
        # Long answers are answers even if the classifier guessed skip or stop.
        ("jag slutade röka förra året och det är jag stolt över", "stop", False, False),
        ("att hoppa över staketet som barn var roligt minns jag", "skip", False, False),
        ("Sluta röka", "stop", False, False),  # a goal, whatever the classifier says
        ("nog för idag", "stop", False, True),
        ("vi tar det sen", "stop", False, True),
        # Goodbye in the middle of a form pauses it instead of becoming the answer.
        ("tack, hej då", "goodbye", False, True),
        ("hej da", "greet", False, True),
        ("vi hörs sen!", "out_of_scope", False, True),
        ("ha det bra", "goodbye", False, True),
        ("hej då mamma sa jag alltid när jag gick till skolan", "goodbye", False, False),
        ("Min syster", "goodbye", False, False),
    ],
)
def test_skip_and_pause_words(text, intent, skip, stop):
    assert is_skip(text, intent) is skip
    assert is_stop(text, intent) is stop


async def test_free_text_is_stored_whatever_the_intent(domain):
    t = in_form("Min hund", "out_of_scope")
    events, _ = await validate(t, domain)
    assert SlotSet("strengths_drive", "Min hund") in events
    stored = answers.answers_for(t.sender_id, "strengths")["strengths_drive"]
    assert stored.answer_text == "Min hund"
    assert stored.question_text.startswith("Vad driver dig framåt?")


async def test_an_answer_the_crisis_model_is_fairly_sure_of_gets_the_crisis_reply_first_and_is_kept(domain):
    text = "det som skulle behövas är att jag inte finns längre"
    t = in_form(text, "crisis_unclear")
    t.latest_message["crisis_check_in_form"] = True
    events, _ = await validate(t, domain)
    assert FollowupAction("action_crisis_reply") in events
    assert SlotSet("pending_answer", text) in events and SlotSet("pending_slot", "strengths_drive") in events
    assert "strengths_drive" not in answers.answers_for(t.sender_id, "strengths")


async def test_an_answer_the_patterns_are_unsure_of_is_checked_not_saved(domain):
    t = in_form("inget just nu, jag vill bara försvinna", "crisis_unclear")
    events, _ = await validate(t, domain)
    assert FollowupAction("action_crisis_check") in events
    assert "strengths_drive" not in answers.answers_for(t.sender_id, "strengths")


async def test_the_crisis_reply_to_a_held_back_answer_offers_to_save_it(domain):
    text = "det som skulle behövas är att jag inte finns längre"
    held = {"pending_answer": text, "pending_slot": "strengths_drive", "paused_form": "strengths_form"}
    dispatcher = CollectingDispatcher()
    await ActionCrisisReply().run(dispatcher, tracker(text, "crisis_unclear", held), domain)
    responses = [m["response"] for m in dispatcher.messages]
    assert responses[:2] == ["utter_crisis", "utter_crisis_numbers"] and responses[-1] == "utter_crisis_next_kept"
    buttons = domain["responses"]["utter_crisis_next_kept"][0]["buttons"]
    assert buttons[0] == {"title": "Spara mitt svar och fortsätt", "payload": "/keep_answer"}

    t2 = tracker("/keep_answer", "keep_answer", held)
    dispatcher = CollectingDispatcher()
    events = await ActionKeepAnswer().run(dispatcher, t2, domain)
    assert answers.answers_for(t2.sender_id, "strengths")["strengths_drive"].answer_text == text
    assert FollowupAction("strengths_form") in events
    assert [m["response"] for m in dispatcher.messages] == ["utter_pending_answer_saved"]


async def test_keep_answer_with_nothing_held_back_goes_on_as_resume_does(domain):
    dispatcher = CollectingDispatcher()
    events = await ActionKeepAnswer().run(dispatcher, tracker("spara mitt svar", "keep_answer"), domain)
    assert events == [FollowupAction("action_resume")] and dispatcher.messages == []


async def test_words_the_patterns_explain_away_are_still_checked_when_the_model_is_sure(domain):
    # the crisis layer sets the flag for such words only when the model is sure (crisis_threshold)
    t = in_form("förut ville jag inte dö, nu är det annorlunda", "crisis_unclear")
    t.latest_message["crisis_check_in_form"] = True
    events, _ = await validate(t, domain)
    assert FollowupAction("action_crisis_check") in events


async def test_an_answer_the_question_explains_is_saved_however_sure_the_model_is(domain):
    # "när jag mår dåligt" describes a habit the question asked about: an answer
    t = in_form("när jag mår dåligt brukar jag tänka på att dö", "crisis_unclear", requested="wrap_worse_signs")
    t.latest_message["crisis_check_in_form"] = True
    events, _ = await validate_wrap(t, domain)
    assert FollowupAction("action_crisis_check") not in events
    assert "wrap_worse_signs" in answers.answers_for(t.sender_id, "wrap")


async def test_a_menu_button_tapped_mid_form_is_not_stored_as_the_answer(domain):
    t = in_form("/start_motivation", "start_motivation")
    events, messages = await validate(t, domain)
    assert SlotSet("strengths_drive", None) in events  # the same question again
    assert "strengths_drive" not in answers.answers_for(t.sender_id, "strengths")
    assert [m["response"] for m in messages] == ["utter_button_mid_form"]


async def test_skip_is_recorded_and_moves_on(domain):
    t = in_form("hoppa över", "skip")
    events, _ = await validate(t, domain)
    assert SlotSet("strengths_drive", SKIPPED) in events
    assert answers.answers_for(t.sender_id, "strengths")["strengths_drive"].skipped


async def test_pause_ends_the_form_without_storing(domain):
    t = in_form("paus", "stop")
    events, _ = await validate(t, domain)
    assert SlotSet("requested_slot", None) in events
    assert answers.answers_for(t.sender_id, "strengths") == {}


async def test_start_resumes_after_stored_answers_and_finish_says_how_to_come_back(domain):
    sender = ensure_client(uuid.uuid4().hex)
    answers.save_answer(sender, "strengths", "strengths_drive", "q", "Musik")
    answers.record_skip(sender, "strengths", "strengths_coping", "q")
    dispatcher = CollectingDispatcher()
    events = await ActionStrengthsStart().run(dispatcher, tracker(sender=sender), domain)
    assert SlotSet("strengths_drive", "Musik") in events
    assert SlotSet("strengths_coping", SKIPPED) in events
    assert SlotSet("strengths_described", None) in events
    assert dispatcher.messages[0]["response"] == "utter_welcome_back"

    dispatcher = CollectingDispatcher()
    slots = {"strengths_drive": "Musik", "strengths_coping": SKIPPED}
    events = await ActionStrengthsFinish().run(dispatcher, tracker(slots=slots, sender=sender), domain)
    assert events == [SlotSet("paused_form", "strengths_form")]
    assert dispatcher.messages[0]["response"] == "utter_form_paused"


async def test_finish_reflects_only_answered_questions_in_own_words(domain):
    slots = {s: f"svar {i}" for i, s in enumerate(domain["forms"]["strengths_form"]["required_slots"])}
    slots["strengths_special"] = SKIPPED
    dispatcher = CollectingDispatcher()
    await ActionStrengthsFinish().run(dispatcher, tracker(slots=slots), domain)
    reflection = next(m["text"] for m in dispatcher.messages if m.get("text"))
    assert "«svar 0»" in reflection and "«svar 6»" in reflection
    assert SKIPPED not in reflection and "speciell" not in reflection


async def test_crisis_reply_pauses_an_open_form(domain):
    dispatcher = CollectingDispatcher()
    t = tracker("jag vill dö", "crisis", {"requested_slot": "strengths_drive"}, "strengths_form")
    events = await ActionCrisisReply().run(dispatcher, t, domain)
    assert ActiveLoop(None) in events and SlotSet("paused_form", "strengths_form") in events
    assert [m["response"] for m in dispatcher.messages] == [
        "utter_crisis", "utter_crisis_numbers", "utter_crisis_next"]


async def test_no_after_a_check_stores_the_message_as_the_answer(domain):
    dispatcher = CollectingDispatcher()
    t = tracker("jag ger aldrig upp", "crisis_unclear", {"requested_slot": "strengths_proud"},
                "strengths_form")
    events = await ActionCrisisCheck().run(dispatcher, t, domain)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["pending_answer"] == "jag ger aldrig upp"

    t2 = tracker("nej", "deny", slots, sender=t.sender_id)
    await ActionCrisisCheckNo().run(CollectingDispatcher(), t2, domain)
    assert answers.answers_for(t.sender_id, "strengths")["strengths_proud"].answer_text == "jag ger aldrig upp"


async def test_a_likely_crisis_outside_a_form_gets_the_crisis_reply_not_a_question(domain):
    t = tracker("sitter i bilen och har bestämt mig", "crisis_unclear")
    t.latest_message["crisis_likely"] = True
    dispatcher = CollectingDispatcher()
    events = await ActionCrisisCheck().run(dispatcher, t, domain)
    assert events == [FollowupAction("action_crisis_reply")] and dispatcher.messages == []


async def test_a_likely_crisis_held_back_by_a_form_is_still_checked_first(domain):
    # the form's question may explain it: ask, and keep the answer for a "no"
    text = "att jag inte orkar mer ibland"
    t = tracker(text, "crisis_unclear", {"pending_answer": text, "pending_slot": "wrap_worse_signs",
                                         "paused_form": "wrap_form"})
    t.latest_message["crisis_likely"] = True
    dispatcher = CollectingDispatcher()
    await ActionCrisisCheck().run(dispatcher, t, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_crisis_check"]


@pytest.mark.parametrize("text, code", [
    ("koppla ABC-DEF", "ABCDEF"), ("koppla k7m-4qp", "k7m4qp"), ("min kod är HJK782", "HJK782"),
    ("koppla mig till mitt ombud", None), ("jag har en kod", None),
])
def test_linking_codes_are_found_in_what_the_client_writes(text, code):
    from actions.sharing import find_code

    assert find_code(text) == code


def test_every_form_has_one_validation_known_by_its_name(domain):
    from actions.common import VALIDATORS, validator_for

    assert isinstance(validator_for("goal_form"), ModuleFormValidation)  # finds its module's class
    assert set(VALIDATORS) == set(domain["forms"])
    assert isinstance(validator_for("strengths_form"), ValidateStrengthsForm)


async def test_a_forms_own_validate_slot_method_is_called_as_the_sdk_calls_it(domain):
    from actions.motivation import ValidateMotivationForm

    def rating(text):
        t = tracker(text, "inform", {"requested_slot": "motivation_rating", "motivation_rating": text,
                                     "motivation_goal": "Börja promenera"}, "motivation_form")
        t.events = [{"event": "slot", "name": "motivation_rating", "value": text}]
        return t

    dispatcher = CollectingDispatcher()
    events = await ValidateMotivationForm().get_validation_events(dispatcher, rating("typ en sexa"), domain)
    assert SlotSet("motivation_rating", 6) in events
    dispatcher = CollectingDispatcher()
    events = await ValidateMotivationForm().get_validation_events(dispatcher, rating("vet inte riktigt"), domain)
    assert events == [SlotSet("motivation_rating", None)]  # asked again,
    assert dispatcher.messages[0]["response"] == "utter_rating_unclear"  # after saying why


def test_every_action_runs_off_the_action_servers_event_loop():
    """Storage is synchronous: an action whose `run` were on the server's loop would hold
    up every other client's turn while its database answered."""
    import importlib
    import pkgutil

    from rasa_sdk import Action

    import actions

    for module in pkgutil.iter_modules(actions.__path__):
        importlib.import_module(f"actions.{module.name}")

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    import inspect

    ours = [cls for cls in subclasses(Action) if cls.__module__.startswith("actions.") and not inspect.isabstract(cls)]
    assert len(ours) > 20
    for cls in ours:
        assert getattr(cls.run, "off_the_event_loop", False), f"{cls.__name__}.run is on the event loop"


async def test_a_form_answer_is_stored_from_a_worker_thread_not_the_loop(domain, monkeypatch):
    import threading

    stored_in = []
    save = answers.save_answer
    monkeypatch.setattr(answers, "save_answer",
                        lambda *args: (stored_in.append(threading.current_thread()), save(*args))[1])
    sender = uuid.uuid4().hex
    ensure_client(sender)
    events, _ = await validate(in_form("Min syster", "inform", sender=sender), domain)
    assert SlotSet("strengths_drive", "Min syster") in events
    assert stored_in and threading.main_thread() not in stored_in


@pytest.mark.parametrize(("message", "steps"), [
    ("jag har inte sovit på tre dagar", [("sover dåligt", "går ut en sväng")]),
    ("har slutat äta helt", [("slutar äta", "ber mamma laga mat")]),
    ("jag vill dö", []),
])
def test_a_crisis_message_finds_the_clients_own_step_for_the_sign_it_speaks_of(message, steps):
    from actions.crisis import steps_for_what_they_go_through

    plan = "sover dåligt – går ut en sväng. slutar äta: ber mamma laga mat\nnär det blir för mycket"
    assert steps_for_what_they_go_through(plan, message) == steps
