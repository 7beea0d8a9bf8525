"""What a worrying answer inside a form gets before it is saved (actions/common.py:
crisis_step), from the patterns read with the question and the crisis model's
worry as the parse data carries it."""
from actions.common import CHECK_FIRST, REPLY_FIRST, ModuleFormValidation
from bot.safety.crisis import Verdict, assess

SURE = {"crisis_check_in_form": True}  # the model fairly sure, as bot/nlu/crisis_guard.py sets it
UNSURE = {"crisis_check_in_form": False}


def step(text: str, slot: str, parsed: dict) -> str | None:
    return ModuleFormValidation.crisis_step(text, slot, parsed)


def test_hopelessness_with_a_fairly_sure_model_gets_help_first_not_a_question():
    assert step("orkar inte mer med nånting", "strengths_drive", SURE) == REPLY_FIRST
    assert step("orkar inte mer med nånting", "strengths_drive", UNSURE) == CHECK_FIRST


def test_thoughts_told_as_what_usually_happens_are_asked_about_even_with_a_sure_model():
    assert step("brukar tänka på att dö ibland", "strengths_drive", SURE) == CHECK_FIRST


def test_a_figure_of_speech_in_an_answer_is_saved_whatever_the_model_thinks():
    assert step("grannen, han tar livet av mig med borren", "motivation_one_step_up", SURE) is None
    # a weapon is no figure: the crisis reply comes before any form question is weighed
    assert assess("grannen, han tar livet av mig med kniven", question="motivation_one_step_up") == Verdict.CRISIS


def test_not_knowing_why_one_goes_on_is_asked_about_even_where_the_question_is_how_things_are():
    assert step("tomt. vet inte varför jag ens lever", "checkin_mood", UNSURE) == CHECK_FIRST
    assert step("vet inte varför jag håller på med den kursen", "checkin_was_hard", UNSURE) is None


def test_not_knowing_how_much_longer_one_can_stand_it_is_asked_about_even_where_the_question_is_what_was_hard():
    assert step("orkar inte mer, vet inte hur länge till jag klarar det här", "checkin_was_hard", UNSURE) == CHECK_FIRST
    assert step("orkar inte mer med disken", "checkin_was_hard", UNSURE) is None


def test_feeling_a_burden_is_asked_about_even_where_the_question_is_what_happened_but_not_as_a_plans_sign():
    assert assess("ibland tänker jag att alla skulle klara sig bättre utan mig", question="evaluation_happened") == Verdict.UNCLEAR
    assert assess("då tänker jag att alla skulle klara sig bättre utan mig", question="wrap_early_signs") != Verdict.UNCLEAR


def test_warning_signs_told_as_happening_now_are_asked_about_and_told_as_last_time_are_saved():
    assert assess("just nu? slutar äta och tänker att alla skulle klara sig bättre utan mig", question="wrap_early_signs") == Verdict.UNCLEAR
    assert assess("förra gången slutade jag sova och tänkte på att ta livet av mig, då ringde min bror",
                  question="wrap_worse_signs") == Verdict.DEFUSED
