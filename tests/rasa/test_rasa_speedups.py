"""The Rasa server's speed-ups keep Rasa's behaviour: an action server's bad
answer is still refused, and stored events still read back as the right kind."""
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.engine.exceptions import GraphRunError
from rasa.shared.core.events import ActiveLoop, Event, SlotSet

import bot.nlu  # noqa: F401  (installs the speed-ups, as loading the model does)
from bot import rasa_speedups


def test_installed_for_this_rasa():
    assert rasa_speedups.install() == set(rasa_speedups.SPEEDUPS)


def patched_in_a_new_server(off: str) -> str:
    """Which of Rasa's methods a fresh process has replaced, with MEDVIND_SPEEDUPS_OFF=off."""
    import os
    import subprocess
    import sys

    probe = ("import bot.nlu, gc\n"
             "from rasa.core.actions.action import RemoteAction\n"
             "from rasa.shared.core.trackers import DialogueStateTracker\n"
             "print(RemoteAction._action_call_format.__module__, DialogueStateTracker.copy.__module__,"
             " gc.get_freeze_count() > 0)")
    return subprocess.run([sys.executable, "-c", probe], env=dict(os.environ, MEDVIND_SPEEDUPS_OFF=off),
                          capture_output=True, text=True, check=True).stdout.split()


def test_each_speed_up_can_be_switched_off_by_its_number_or_all_together():
    assert patched_in_a_new_server("8, 10") == ["bot.rasa_speedups", "rasa.shared.core.trackers", "False"]
    assert patched_in_a_new_server("all") == ["rasa.core.actions.action", "rasa.shared.core.trackers", "False"]
    with pytest.raises(ValueError, match="15"):
        rasa_speedups.switched_off("3,15")


def test_full_collections_leave_out_the_libraries_but_still_free_new_garbage():
    import gc
    import weakref

    assert gc.get_freeze_count() > 100_000  # frozen when the speed-ups were installed

    class Node:
        pass

    cycle = Node()
    cycle.itself = cycle
    gone = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert gone() is None


def test_a_valid_action_server_answer_is_accepted():
    answer = {"events": [{"event": "slot", "name": "strength_people", "value": "Min syster"}],
              "responses": [{"text": "Tack!"}]}
    assert RemoteAction("validate_strengths_form", None)._validate_action_result(answer)


@pytest.mark.parametrize("answer", [
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [1, 2]},
])
def test_a_malformed_action_server_answer_is_still_refused(answer):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        RemoteAction("validate_strengths_form", None)._validate_action_result(answer)


def test_stored_events_read_back_as_the_right_kind():
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("active_loop") is ActiveLoop
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")


async def test_calls_to_the_action_server_reuse_one_connection_and_keep_the_text(aiohttp_server):
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    seen = []

    async def webhook(request):
        body = await request.json()
        seen.append((request.transport.get_extra_info("peername"), body["text"]))
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = await aiohttp_server(app)
    endpoint = EndpointConfig(f"http://127.0.0.1:{server.port}/webhook")
    for _ in range(3):
        assert await endpoint.request(json={"text": "Jag mår så där / åäö"}, method="post") == \
            {"events": [], "responses": []}
    assert [text for _, text in seen] == ["Jag mår så där / åäö"] * 3
    assert len({peer for peer, _ in seen}) == 1  # one kept-alive connection


def test_the_graph_runner_gives_dasks_results_and_errors():
    import dask
    from rasa.engine.graph import GraphSchema, SchemaNode
    from rasa.engine.runner.dask import DaskGraphRunner

    class Add:  # a stand-in for Rasa's GraphNode: receives and returns (name, value)
        def __init__(self, name, fail=False):
            self.name, self.fail = name, fail

        def __call__(self, *inputs):
            if self.fail:
                raise RuntimeError("node failed")
            return self.name, sum(value for _, value in inputs) + 1

    schema = GraphSchema({name: SchemaNode(needs=needs, uses=object, constructor_name="", fn="", config={})
                          for name, needs in {"a": {"x": "__input__"}, "b": {"x": "a"}, "c": {"x": "a", "y": "b"},
                                              "unused": {}}.items()})
    runner = DaskGraphRunner.__new__(DaskGraphRunner)
    runner._graph_schema = schema
    runner._instantiated_nodes = {name: Add(name) for name in schema.nodes}
    graph = runner._build_dask_graph(schema.minimal_graph_schema(["c"]))
    graph["__input__"] = ("__input__", 10)
    assert runner.run({"__input__": 10}, ["c"]) == dict(dask.get(graph, ["c"])) == {"c": 24}
    assert runner.run({"__input__": 1}, ["b", "c"]) == {"b": 3, "c": 6}  # not the first run's graph results

    runner._instantiated_nodes["b"] = Add("b", fail=True)
    runner.__dict__.pop("_medvind_graphs")
    with pytest.raises(GraphRunError):
        runner.run({"__input__": 1}, ["c"])
    with pytest.raises(GraphRunError, match="clashes"):
        runner.run({"__input__": "a"}, ["c"])


def _random_events(rng, length):
    from rasa.shared.core.events import (
        ActionExecuted,
        ActionExecutionRejected,
        ActionReverted,
        ActiveLoop,
        EntitiesAdded,
        FollowupAction,
        Restarted,
        SessionStarted,
        SlotSet,
        UserUtteranceReverted,
        UserUttered,
    )
    makers = [
        lambda: ActionExecuted(rng.choice(["action_listen", "strengths_form", "checkin_form", "utter_menu"]),
                               hide_rule_turn=rng.random() < 0.3),
        lambda: ActiveLoop(rng.choice(["strengths_form", "checkin_form", None])),
        lambda: UserUttered("svar", {"name": rng.choice(["inform", "skip"])}),
        lambda: ActionExecutionRejected(rng.choice(["strengths_form", "checkin_form"])),
        lambda: SlotSet("requested_slot", rng.choice(["a", "b", None])),
        ActionReverted, UserUtteranceReverted, Restarted, SessionStarted,
        lambda: FollowupAction(rng.choice(["strengths_form", "action_menu"])),
        lambda: EntitiesAdded([{"entity": "number", "value": "6", "start": 0, "end": 1}]),
    ]
    weights = [30, 6, 20, 3, 10, 2, 2, 1, 1, 3, 2]
    return [rng.choices(makers, weights)[0]() for _ in range(length)]


def test_applied_events_are_rasas_after_every_new_event():
    import random

    from rasa.shared.core.trackers import DialogueStateTracker

    original = rasa_speedups._original_applied_events
    rng = random.Random(7)
    for _ in range(300):
        tracker = DialogueStateTracker("applied", [])
        for event in _random_events(rng, rng.randint(1, 60)):
            tracker.update(event)
            assert tracker.applied_events() == original(tracker)
        returned = tracker.applied_events()
        returned.clear()  # a caller changing the list it got does not change the next answer
        assert tracker.applied_events() == original(tracker)


def test_a_copied_slot_keeps_its_value_and_the_original_is_untouched():
    import copy

    from rasa.shared.core.domain import Domain

    slot = next(s for s in Domain.load("domain").slots if s.name == "requested_slot")
    slot.value = "strength_people"
    copied = copy.copy(slot)
    assert type(copied) is type(slot) and copied.value == "strength_people"
    copied.reset()
    assert copied.value is None and slot.value == "strength_people"


def test_past_states_are_rasas_after_every_new_event_whatever_the_caller_does_with_them():
    import random

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load("domain")
    original = rasa_speedups._original_states_for_tracker_history
    rule_only = {"rule_only_slots": ["requested_slot"], "rule_only_loops": ["checkin_form"]}
    rng = random.Random(11)
    for _ in range(60):
        tracker = DialogueStateTracker("states", domain.slots)
        for event in _random_events(rng, rng.randint(1, 50)):
            tracker.update(event)
            for options in ({}, {"omit_unset_slots": True},
                            {"ignore_rule_only_turns": True, "rule_only_data": dict(rule_only)}):
                states = tracker.past_states(domain, **options)
                assert states == original(domain, tracker, **options)
                for state in states:  # featurizers change what they get, e.g. drop the text
                    state.get("user", {}).pop("intent", None)
                    state.pop("slots", None)
        assert len(tracker._medvind_replays) <= 3  # one per kind of call, however many calls


def test_action_answers_are_judged_as_by_the_full_schema():
    import random

    full = rasa_speedups._action_response_validator()
    action = RemoteAction("validate_strengths_form", None)
    rng = random.Random(3)
    good = [{"event": "slot", "name": "strength_people", "value": "Min syster", "timestamp": None},
            {"event": "active_loop", "name": None}, {"event": "followup", "name": "utter_menu"},
            {"event": "user", "text": "hej", "parse_data": {"intent": {"name": "greet", "confidence": 1.0}}},
            {"event": "bot", "text": "Tack!", "data": {}}, {"event": "action_execution_rejected", "name": "x"}]
    odd = [{"event": "slot", "name": 5}, {"event": "user", "text": 3}, {"event": "bot", "metadata": "x"},
           {"event": "no_such_event"}, {"name": "x"}, {"event": "active_loop", "name": 7}, "slot", None]
    for _ in range(400):
        answer = {"events": [rng.choice(good + odd) for _ in range(rng.randint(0, 4))]}
        if rng.random() < 0.3:
            answer["responses"] = rng.choice([[{"text": "Tack!"}], [1], "x"])
        if full.is_valid(answer):
            assert action._validate_action_result(answer)
        else:
            with pytest.raises(ValidationError, match="Failed to validate Action server response"):
                action._validate_action_result(answer)


def _tracker_state(tracker) -> dict:
    import dataclasses

    from rasa.shared.core.trackers import EventVerbosity

    return {"state": tracker.current_state(EventVerbosity.ALL),
            "slots": {n: (s.value, s._has_been_set) for n, s in tracker.slots.items()},
            "loop": dataclasses.asdict(tracker.active_loop) if tracker.active_loop else None,
            "paused": tracker._paused, "followup": tracker.followup_action,
            "latest_action": tracker.latest_action, "bot": tracker.latest_bot_utterance}


def _without_followup(state: dict) -> dict:
    state = {k: v for k, v in state.items() if k != "followup"}
    state["state"] = {k: v for k, v in state["state"].items() if k != "followup_action"}
    return state


def test_a_tracker_copy_is_rasas_and_changing_it_leaves_the_original_alone():
    import random

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    slots = Domain.load("domain").slots
    rng = random.Random(5)
    for _ in range(150):
        tracker = DialogueStateTracker("copy", slots)
        for event in _random_events(rng, rng.randint(0, 40)) + [BotUttered("Hej"), ActiveLoop("strengths_form")]:
            tracker.update(event)
        if rng.random() < 0.5:
            tracker.clear_followup_action()  # what Rasa's processor does, without an event
        before = _tracker_state(tracker)
        copied, replayed = tracker.copy(), rasa_speedups._original_copy(tracker)
        assert _tracker_state(copied) == _tracker_state(replayed)
        # The original may differ only in followup_action, cleared without an event.
        assert _without_followup(before) == _without_followup(_tracker_state(copied))
        later = _random_events(rng, 5) + [SlotSet("requested_slot", "x"), ActionExecuted("strengths_form")]
        for event in later:
            copied.update(event)
            replayed.update(event)
            copied.reject_action("strengths_form")
            replayed.reject_action("strengths_form")
        assert _tracker_state(copied) == _tracker_state(replayed)
        assert _tracker_state(tracker) == before


def test_a_forms_temporary_tracker_is_rasas_and_leaves_the_conversation_alone(monkeypatch):
    import random
    import time

    from rasa.core.actions.forms import FormAction
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActiveLoop, BotUttered, SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load("domain")
    form = FormAction("strengths_form", None)
    monkeypatch.setattr(time, "time", lambda: 1700000000.0)  # both make their events at the same time
    rng = random.Random(9)
    fast_paths = 0
    for _ in range(150):
        tracker = DialogueStateTracker("form", domain.slots)
        for event in _random_events(rng, rng.randint(0, 40)) + [BotUttered("Hej"), ActiveLoop("strengths_form")]:
            tracker.update(event)
        if rng.random() < 0.5:
            tracker.clear_followup_action()
        fast_paths += not tracker.idx_after_latest_restart()
        before = _tracker_state(tracker)
        added = [SlotSet("strength_people", rng.choice(["Min syster", None]))]
        fast = rasa_speedups._temporary_tracker(form, tracker, added, domain)
        replayed = rasa_speedups._original_temporary_tracker(form, tracker, added, domain)
        assert _tracker_state(fast) == _tracker_state(replayed)
        assert list(fast.events) == list(replayed.events)
        assert _tracker_state(tracker) == before
    assert fast_paths > 50


async def test_a_message_with_a_lone_surrogate_still_reaches_the_action_server(aiohttp_server):
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    async def webhook(request):
        await request.json()
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = await aiohttp_server(app)
    endpoint = EndpointConfig(f"http://127.0.0.1:{server.port}/webhook")
    answer = await endpoint.request(json={"text": "hej \ud83d"}, method="post")
    assert answer == {"events": [], "responses": []}


def test_debug_log_copies_are_made_only_when_debug_logging_is_on():
    import inspect
    import logging
    import re

    for module in rasa_speedups.DEBUG_LOG_COPIERS:
        source = inspect.getsource(module)
        # Only deepcopy, and only as an argument of a structlog.debug() call.
        assert set(re.findall(r"\bcopy\.(\w+)\(", source)) == {"deepcopy"}
        for call in re.finditer(r"copy\.deepcopy\(", source):
            assert "structlogger.debug(" in source[max(0, call.start() - 250):call.start()]
        events = [{"event": "slot", "value": ["a"]}]
        logger = logging.getLogger(module.__name__)
        old_level = logger.level
        try:
            logger.setLevel(logging.INFO)
            assert module.copy.deepcopy(events) is events
            logger.setLevel(logging.DEBUG)
            copied = module.copy.deepcopy(events)
            assert copied == events and copied is not events and copied[0]["value"] is not events[0]["value"]
        finally:
            logger.setLevel(old_level)


def test_the_action_server_gets_rasas_request_with_the_latest_events_only():
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    domain = Domain.from_yaml("version: '3.1'\nslots:\n  mood:\n    type: text\n    mappings: [{type: custom}]\n")
    events = []
    for turn in range(200):  # a long conversation
        events += [UserUttered(f"meddelande {turn}", {"name": "inform"}, metadata={"message_id": f"m{turn}"}),
                   SlotSet("mood", f"svar {turn}"), ActionExecuted("action_x"), BotUttered(f"svar {turn}")]
    tracker = DialogueStateTracker.from_events("long", events, domain.slots)
    action = RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1/webhook"))
    ours = action._action_call_format(tracker, domain)
    rasas = rasa_speedups._original_action_call_format(action, tracker, domain)

    sent, full = ours["tracker"].pop("events"), rasas["tracker"].pop("events")
    assert ours == rasas  # slots, latest message, active loop and the rest as Rasa sends them
    assert sent == full[-len(sent):] and len(sent) == 3 * 4  # from the third last user message on
    assert sent[0]["event"] == "user" and sent[-4]["metadata"] == {"message_id": "m199"}


@pytest.mark.stack  # the trained model
async def test_rules_match_on_the_last_states_as_on_the_whole_session():
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.policies.policy import Policy
    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH
    from rasa.shared.core.trackers import DialogueStateTracker

    from tests.conftest import MODEL

    agent = Agent.load(str(MODEL))  # no action server: custom actions fail, the conversation goes on
    policy = agent.processor.graph_runner._instantiated_nodes["run_RulePolicy0"]._component
    messages = ["hej", "/help", "/start_checkin", "bra", "jag orkar inte mer", "nej", "tack", "vem är du", "/stop",
                "radera allt", "nej", "/start_group", "/group_next", "/group_end", "hej då", "/resume", "ja"] * 4
    for text in messages:
        await agent.handle_message(UserMessage(text, CollectingOutputChannel(), "long-rules"))
    events = list((await agent.tracker_store.retrieve("long-rules")).events)
    assert len(events) > 250
    rule_only = policy._get_rule_only_data()
    for end in range(1, len(events)):  # at every point of a long conversation
        tracker = DialogueStateTracker.from_events("long-rules", events[:end], agent.domain.slots)
        last = policy._prediction_states(tracker, agent.domain, rule_only_data=rule_only)
        whole = Policy._prediction_states(policy, tracker, agent.domain, rule_only_data=rule_only)
        assert last == whole[-len(last):]
        for lookup in (policy.lookup[RULES], policy.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})):
            assert policy._get_possible_keys(lookup, last) == policy._get_possible_keys(lookup, whole), end


def test_the_latest_restart_is_rasas_after_every_new_event():
    import random

    from rasa.shared.core.trackers import DialogueStateTracker

    original = rasa_speedups._original_idx_after_latest_restart
    rng = random.Random(11)
    found_a_restart = False
    for _ in range(300):
        tracker = DialogueStateTracker("restarts", [])
        for event in _random_events(rng, rng.randint(1, 60)):
            tracker.update(event)  # an undo (UserUtteranceReverted) takes events away again
            assert tracker.idx_after_latest_restart() == original(tracker)
            found_a_restart |= original(tracker) > 0
    assert found_a_restart
