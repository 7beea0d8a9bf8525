"""The deterministic crisis layer, on its own (no model)."""
from pathlib import Path

import pytest
import yaml

from bot.safety.crisis import Verdict, assess, fold

CASES = yaml.safe_load((Path(__file__).parent / "data" / "crisis_messages.yml").read_text())


@pytest.mark.parametrize("message", CASES["crisis"])
def test_crisis_messages_are_crises(message):
    assert assess(message) == Verdict.CRISIS


@pytest.mark.parametrize("message", CASES["unclear"])
def test_ambiguous_messages_get_at_least_a_check(message):
    assert assess(message) in (Verdict.UNCLEAR, Verdict.CRISIS)


@pytest.mark.parametrize("message", CASES["not_crisis"])
def test_figurative_and_ordinary_messages_are_not_crises(message):
    assert assess(message) not in (Verdict.CRISIS, Verdict.UNCLEAR)


def test_folding_makes_text_without_a_ring_and_dots_match():
    assert fold("Jag VILL dööö") == fold("jag vill doo")
    assert assess("jag vill do") == assess("jag vill dö") == Verdict.CRISIS


def test_laughter_turns_an_explicit_death_wish_into_a_check_not_silence():
    assert assess("jag vill dö haha") == Verdict.UNCLEAR
    assert assess("haha självmord") == Verdict.CRISIS


def test_a_strength_that_sounds_like_giving_up_is_not_a_crisis():
    assert assess("Att jag aldrig ger upp") not in (Verdict.CRISIS, Verdict.UNCLEAR)
    assert assess("jag ger upp") == Verdict.UNCLEAR


def test_a_figure_of_speech_or_grief_does_not_hide_a_crisis_in_the_same_message():
    assert assess("min mamma dog och nu vill jag också dö") == Verdict.CRISIS
    assert assess("det här tar livet av mig och jag vill dö") == Verdict.CRISIS
    assert assess("min morfar dog förra året") not in (Verdict.CRISIS, Verdict.UNCLEAR)


def test_hopelessness_gets_a_check_where_only_tiredness_is_the_answer():
    question = "motivation_why_not_lower"  # "why not lower?": about motivation, not about hard times
    assert assess("orkar inte så mycket just nu", question=question) != Verdict.UNCLEAR
    assert assess("finns inget lägre. trött på allt", question=question) == Verdict.UNCLEAR
    # where the question asks about hard times, hopelessness described is the answer
    assert assess("då känns allt hopplöst", question="wrap_early_signs") != Verdict.UNCLEAR


def test_no_next_time_is_asked_about_even_where_the_question_is_about_hard_times():
    # "how will you do it next time?": "there will be no next time" may mean no life
    assert assess("finns nog ingen nästa gång", question="evaluation_next_time") == Verdict.UNCLEAR
    assert assess("då blir jag ledsen och orkar inte mer", question="evaluation_next_time") != Verdict.UNCLEAR


def test_signs_described_are_the_answer_unless_they_are_happening_now():
    # "how do you notice it is getting much worse?": the signs, in the present of a habit
    assert assess("jag skadar mig oftare och djupare, sen slutar jag prata", question="wrap_worse_signs") != Verdict.CRISIS
    assert assess("dödstankarna har varit där hela veckan och blir starkare varje dag",
                  question="wrap_early_signs") == Verdict.CRISIS


def test_an_act_told_minutes_ago_is_now_even_in_a_sign_question():
    # "what do you do then?" answered with bleeding that started a quarter of an hour ago
    assert assess("vill skära – gör det. skar mig för en kvart sen och det slutar inte blöda",
                  question="wrap_early_actions") == Verdict.CRISIS
    assert assess("vill skära – ringer min syster och håller is i handen", question="wrap_early_actions") != Verdict.CRISIS


def test_signs_said_to_be_here_now_are_asked_about():
    assert assess("typ som nu. har slutat äta", question="wrap_worse_signs") == Verdict.UNCLEAR
    assert assess("att jag slutar äta och sover dåligt", question="wrap_worse_signs") != Verdict.UNCLEAR
    # a sign described, then said to be coming more this week
    assert assess("att jag tänker att alla vore gladare om jag inte fanns. det har kommit oftare i veckan",
                  question="wrap_early_signs") == Verdict.UNCLEAR
    assert assess("att jag tänker att alla vore gladare om jag inte fanns", question="wrap_early_signs") != Verdict.UNCLEAR


def test_someone_waiting_at_home_is_danger_but_the_writer_waiting_is_not():
    # the patterns alone: the crisis model gives the second message p 0.525 (closing note 21)
    assert assess("vågar inte gå hem, grannen som slog mig står i trapphuset nu").danger
    assert assess("kan inte gå hem än, väntar utanför affären på att mamma ska bli klar") == Verdict.NONE
