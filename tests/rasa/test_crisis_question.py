"""The crisis layer reads a message with the form question it answers: the channel
puts the requested slot in the message's metadata, and the guard uses it only to
explain a crisis away as the story the question asks for."""
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channel import form_question
from bot.nlu.crisis_guard import CRISIS, decide

CONFIG = {"crisis_threshold": 0.9, "check_threshold": 0.5, "form_check_threshold": 0.7}
PAST_OVERDOSE = "dåligt var att jag svalde alla tabletterna och låg på intensiven ett dygn"


def test_the_channel_knows_the_question_only_inside_a_form():
    tracker = DialogueStateTracker.from_events("a", [SlotSet("requested_slot", "reflection_good_bad")])
    assert form_question(tracker) is None  # no active form: a slot left over says nothing
    tracker.update(ActiveLoop("reflection_form"))
    assert form_question(tracker) == "reflection_good_bad"
    assert form_question(None) is None


def test_in_group_mode_the_channel_says_so_and_a_past_told_as_hope_is_that_story():
    tracker = DialogueStateTracker.from_events("a", [SlotSet("group_mode", True)])
    assert form_question(tracker) == "group"
    hope = ("för sex år sen satt jag där du sitter nu. jag hade skrivit avskedsbrev och låg inlagd en månad. "
            "idag har jag jobb och en hund, det går att komma tillbaka")
    assert decide(hope, None, CONFIG, question="group")[0] != CRISIS
    assert decide(hope, None, CONFIG)[0] != CRISIS  # told to oneself at top level, the same story
    assert decide("jag har skrivit avskedsbrev igen. det går att komma tillbaka sa ni, men inte för mig",
                  None, CONFIG, question="group")[0] == CRISIS


def test_a_crisis_that_is_over_is_no_crisis_only_where_the_question_looks_back():
    assert decide(PAST_OVERDOSE, None, CONFIG)[0] == CRISIS
    assert decide(PAST_OVERDOSE, None, CONFIG, question="dreams_alive")[0] == CRISIS
    assert decide(PAST_OVERDOSE, None, CONFIG, question="reflection_good_bad")[0] != CRISIS


def test_a_crisis_now_stays_a_crisis_whatever_the_question():
    for message in ("jag vill dö nu, har tabletterna framme", "har svalt alla tabletterna för en timme sen"):
        assert decide(message, None, CONFIG, question="reflection_start")[0] == CRISIS


def test_a_thought_given_as_a_warning_sign_with_what_to_do_is_the_answer():
    message = "tänker på att skada mig – ringer min bror"
    assert decide(message, None, CONFIG)[0] == CRISIS
    assert decide(message, None, CONFIG, question="wrap_early_actions")[0] != CRISIS


class SureModel:
    """A crisis model that is sure of everything: what the patterns make of it decides."""

    def probability(self, text: str) -> float:
        return 0.99


def test_inside_a_form_what_only_the_model_finds_alarming_goes_to_the_form():
    plan = "att min sambo har mina mediciner och pappa har nyckeln till vapenskåpet"
    decision, _, likely, check_in_form = decide(plan, SureModel(), CONFIG, question="wrap_safer")
    assert decision == "crisis_unclear" and likely and check_in_form  # the form sends help first unless a plan
    assert decide(plan, SureModel(), CONFIG)[0] == CRISIS  # at top level the model alone still alarms


def test_a_death_wish_laughed_at_is_asked_about_never_answered_with_the_reply_at_once():
    decision, _, likely, _ = decide("jag tar livet av mig om det regnar mer 😂", SureModel(), CONFIG)
    assert decision == "crisis_unclear" and not likely
