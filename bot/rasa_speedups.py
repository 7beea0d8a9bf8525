"""Fourteen hot spots in Rasa 3.6's server, measured with `bench/load.py
--profile` and in-process probes (bench/README.md), and fixed without changing
behaviour; tests/test_rasa_speedups.py checks each against Rasa's own code.

1. Every custom action's response is checked with `jsonschema.validate()`,
   which first re-validates Rasa's own schema against the draft 2020-12
   meta-schema. That took well over half of the Rasa server's CPU in a form
   conversation. Here the schema is checked once and the validator reused; the
   response itself is still validated, with the same error message. Each
   event is checked against the schema of its own kind only, instead of all
   23 in turn.
2. `Event.resolve_by_type` walks every Event subclass for every stored event it
   reads back; the type name to class map is built once instead.
3. Every call to the action server opened a new HTTP session and connection
   and encoded the whole tracker with the standard json module. The sessions
   now share one keep-alive connection pool per event loop and encode with
   orjson (twice as fast as ujson on a session's tracker).
4. Every graph run (one per message parsed, one per action predicted) rebuilt
   the minimal graph for its targets, walking shared dependencies again and
   again, and handed it to dask's scheduler. Rasa's graphs are plain
   "node(*dependencies)" tasks: the minimal graph is built once per set of
   targets and run depth first, with the same results and errors.
5. `DialogueStateTracker.applied_events()` folds over every event of the
   session, several times per turn. A tracker's events are only ever
   appended, so the result is kept and the fold goes on from where it was.
   It starts over whenever that cannot be proved safe (another deque, a
   different last event, or a new loop name, which changes how earlier events
   count).
6. Every tracker copy (several per turn) copies each slot with `copy.copy`,
   whose generic path is slow; slots get the same shallow copy directly.
7. Each action prediction replays the whole session into a fresh tracker to
   compute the state before every action (`Domain.states_for_tracker_history`),
   so a turn cost more the longer the session. The replay is kept with the
   tracker and goes on from where it was while the applied events it has seen
   are still the start of the applied events now (anything else, such as an
   undone turn, starts it over). Callers get copies of the states, as they
   may change them.
8. `DialogueStateTracker.copy()` (before every action) replays every event
   into a new tracker. A tracker's state is, by Rasa's own rule, what
   replaying its events gives, so the copy takes the events and a copy of
   that state instead.
9. Rasa's processor, RulePolicy and forms deep-copy events, states and slot
   values on every turn only to pass them to `structlog.debug()`, which throws
   them away unless debug logging is on. In those three modules (whose only
   use of `copy` is that) the deep copy is made only when their logger is
   at DEBUG, as with `rasa run --debug`.
10. A full garbage collection walked all 600,000 objects of the imported
   libraries, which live as long as the server: about 270 ms during which the
   server answered nobody. Everything that exists when the model starts to
   load is moved out of the collector's way (`gc.freeze()`); new objects
   are collected as before.
11. Before each form validation, and again before asking for the next slot,
   Rasa builds a temporary tracker by replaying the whole session and then the
   form's new events. The tracker is copied instead (see 8) and only the new
   events are applied; a session with a restart in it is replayed as before.

12. Every call to the action server sent every event of the session, each
   turned into a dict and then JSON: a turn cost more the longer the
   conversation (bench/long_conversation.py). The action server gets the
   slots, the latest message and the active loop from the tracker's state as
   before, and of the events only those since the third last user message:
   the SDK reads back to the latest user message at most (slots_to_validate,
   the message id in actions/common.py).
   Inside a form the applied events change every turn after the form's
   previous execution; the replay then goes back to a copy kept before one of
   the latest user messages instead of starting over.
13. RulePolicy matches its rules against the states of the whole session,
   from the end, and a rule can only look as far back as it is long: every
   state before that counts as matching. Yet each prediction built (and
   copied, see 7) every state of the session. RulePolicy now gets the last
   states only, as many as its longest rule has: the same rules match, and a
   turn costs the same early and late in a long conversation.
14. `DialogueStateTracker.idx_after_latest_restart()` looks for a restart
   through every event of the session, several times per turn. The answer is
   kept with the tracker and only the events added since are looked at, while
   the events seen are provably still there (as in 5).

Installed when Rasa loads Medvind's model (`bot.nlu` is imported for the custom
components), so `rasa run`, `rasa shell` and `rasa test` all get it. Only for
the exact Rasa version these were measured on (constraints.txt): on any other,
nothing is patched. `MEDVIND_SPEEDUPS_OFF` turns speed-ups off by number
("3,7") or all of them ("all"), so that a bug can be told from a speed-up in
minutes: start the Rasa server with it and try again.
"""
import asyncio
import contextvars
import copy
import functools
import gc
import itertools
import json
import logging
import operator
import os
import weakref

import aiohttp
import orjson
import rasa
import rasa.core.actions.forms
import rasa.core.policies.rule_policy
import rasa.core.processor
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.actions.forms import FormAction
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.core.policies.policy import Policy
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.constants import DEFAULT_SENDER_ID, DOCS_BASE_URL
from rasa.shared.core.constants import PREVIOUS_ACTION, REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    EntitiesAdded,
    Event,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

MEASURED_ON = "3.6.21"
_installed: set[int] | None = None


@functools.lru_cache(maxsize=1)
def _action_response_validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.lru_cache(maxsize=1)
def _event_validators():
    """The response schema without its `oneOf` over 23 event kinds, and one
    validator per kind. Each kind fixes `event` to a different constant, so an
    event matches exactly one of them when it is valid for its own kind."""
    schema = copy.deepcopy(RemoteAction.action_response_format_spec())
    items = schema["properties"]["events"]["items"]
    kinds = items.pop("oneOf")
    cls = validator_for(schema)
    return cls(schema), {kind["properties"]["event"]["const"]: cls(kind) for kind in kinds}


def _validate_action_result(self, result) -> bool:
    outer, kinds = _event_validators()
    if outer.is_valid(result) and all(
        kinds.get(event["event"]) is not None and kinds[event["event"]].is_valid(event)
        for event in result.get("events") or []
    ):
        return True
    # Not valid: the full check, for the error Rasa would give.
    error = best_match(_action_response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


_original_resolve_by_type = Event.resolve_by_type
_event_classes: dict = {}  # only hits are kept: a subclass may be imported later


def _resolve_by_type(type_name, default=None):
    cls = _event_classes.get(type_name)
    if cls is None:
        cls = _original_resolve_by_type(type_name, default)
        if cls is not None and cls is not default:
            _event_classes[type_name] = cls
    return cls


_original_session = EndpointConfig.session
# One pool per event loop, forgotten with its loop (tests run many loops).
_connectors: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.TCPConnector]" = \
    weakref.WeakKeyDictionary()
# Idle connections are dropped well before Sanic's 5 s keep-alive timeout on the
# action server, so a request never goes out on a connection being closed.
KEEPALIVE_SECONDS = 2


def _json_dumps(data) -> str:
    try:
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY).decode()
    except TypeError:  # e.g. a lone surrogate in a message: what aiohttp would have sent
        return json.dumps(data)


def _session(self) -> aiohttp.ClientSession:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return _original_session(self)
    connector = _connectors.get(loop)
    if connector is None or connector.closed:
        # limit=0: no cap on parallel calls, as when every call had its own session.
        connector = _connectors[loop] = aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE_SECONDS)
    auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) \
        if self.basic_auth else None
    return aiohttp.ClientSession(
        headers=self.headers, auth=auth, connector=connector, connector_owner=False,
        json_serialize=_json_dumps, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
    )


def _graph_for(runner: DaskGraphRunner, targets: tuple) -> dict:
    graphs = runner.__dict__.setdefault("_medvind_graphs", {})
    if targets not in graphs:
        graphs[targets] = runner._build_dask_graph(runner._graph_schema.minimal_graph_schema(list(targets)))
    return graphs[targets]


def _run_graph(self, inputs=None, targets=None):
    run_targets = targets if targets else self._graph_schema.target_names
    graph = _graph_for(self, tuple(run_targets))
    results = {}
    for name, value in (inputs or {}).items():
        if isinstance(value, str) and value in graph:
            raise GraphRunError(
                f"Input value '{value}' clashes with a node name. Make sure that none of the "
                f"input names passed to the `run` method are the same as node names in the graph schema."
            )
        results[name] = (name, value)  # what a node receives from an input, as with dask

    def compute(name):
        if name not in results:
            if name not in graph:
                return name  # dask passes a name that is no key as the string itself
            node, *needs = graph[name]
            results[name] = node(*[compute(need) for need in needs])
        return results[name]

    try:
        return dict(compute(target) for target in run_targets)
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


def _fold_applied_events(tracker, events, loop_names: set, applied: list) -> None:
    """The loop of Rasa's DialogueStateTracker.applied_events(), from `applied` on."""
    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied.clear()
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (
            isinstance(event, ActionExecuted)
            and event.action_name in loop_names
            and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)
        ):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)


def _loop_names(events) -> set:
    return {event.name for event in events if isinstance(event, ActiveLoop) and event.name}


_original_applied_events = DialogueStateTracker.applied_events
_original_states_for_tracker_history = Domain.states_for_tracker_history


def _applied_events(self) -> list:
    events = self.events
    count = len(events)
    start, loop_names, applied = 0, None, []
    kept = self.__dict__.get("_medvind_applied")
    if kept is not None:
        kept_events, kept_count, kept_last, kept_loops, kept_applied = kept
        if (kept_events is events and 0 < kept_count <= count and events[kept_count - 1] is kept_last
                and _loop_names(itertools.islice(events, kept_count, None)) <= kept_loops):
            start, loop_names, applied = kept_count, kept_loops, kept_applied
    if loop_names is None:
        loop_names = _loop_names(events)
    _fold_applied_events(self, itertools.islice(events, start, None), loop_names, applied)
    if count:
        self._medvind_applied = (events, count, events[-1], loop_names, applied)
    return list(applied)


_original_idx_after_latest_restart = DialogueStateTracker.idx_after_latest_restart


def _idx_after_latest_restart(self) -> int:
    events = self.events
    count = len(events)
    kept = self.__dict__.get("_medvind_restart")
    if kept is None or kept[0] is not events or not 0 < kept[1] <= count or events[kept[1] - 1] is not kept[2]:
        found = _original_idx_after_latest_restart(self)
    else:
        found = kept[3]
        for index in range(count - 1, kept[1] - 1, -1):  # only what was added since
            if isinstance(events[index], Restarted):
                found = index + 1
                break
    if count:
        self._medvind_restart = (events, count, events[-1], found)
    return found


# How many of the latest states the caller needs (13), None for all.
_STATES_NEEDED: contextvars.ContextVar[int | None] = contextvars.ContextVar("medvind_states_needed", default=None)


def _states_for_tracker_history(self, tracker, omit_unset_slots=False, ignore_rule_only_turns=False,
                                rule_only_data=None) -> list:
    if tracker.is_rule_tracker:  # training data: many trackers, each featurized once
        return _original_states_for_tracker_history(
            self, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    applied = tracker.applied_events()
    replays = tracker.__dict__.setdefault("_medvind_replays", {})
    # RulePolicy passes a new rule_only_data dict on every call: keyed by content.
    rule_only = tuple(sorted((k, tuple(v)) for k, v in rule_only_data.items())) if rule_only_data else None
    key = (id(self), omit_unset_slots, ignore_rule_only_turns, rule_only)
    replay = replays.get(key)
    if replay is not None and not replay.still_fits(self, applied) and not replay.rewind(self, applied):
        replay = None
    if replay is None or any(
            isinstance(event, EntitiesAdded) for event in applied[len(replay.seen):]):
        # EntitiesAdded changes an earlier UserUttered in place, and so earlier states.
        replay = replays[key] = _Replay(self, tracker, rule_only_data)
    states = replay.go_on(applied, omit_unset_slots, ignore_rule_only_turns)
    needed = _STATES_NEEDED.get()
    if needed is not None:
        states = states[-needed:]
    return [{kind: dict(sub_state) if isinstance(sub_state, dict) else sub_state
             for kind, sub_state in state.items()} for state in states]


class _Replay:
    """Rasa's Domain.states_for_tracker_history() loop, kept between calls."""

    def __init__(self, domain, tracker, rule_only_data) -> None:
        self.domain, self.rule_only_data = domain, copy.deepcopy(rule_only_data)
        self.tracker = tracker.init_copy()  # as generate_all_prior_trackers() starts
        self.seen: list = []  # applied events replayed so far
        self.states: list = []
        self.last_ml_action_sub_state = None
        self.turn_was_hidden = False
        # (events seen, a copy of the replay tracker, states, the two flags) before each of
        # the latest user messages: inside a form, the applied events change after the
        # previous form execution every turn, and the replay goes back there instead of
        # starting over.
        self.checkpoints: list = []

    CHECKPOINTS = 8

    def _checkpoint(self) -> None:
        if _followup_after_replay(self.tracker.events) is _UNKNOWN:
            return  # a copy would take a full replay
        self.checkpoints.append((len(self.seen), self.tracker.copy(), len(self.states),
                                 self.last_ml_action_sub_state, self.turn_was_hidden))
        del self.checkpoints[:-self.CHECKPOINTS]

    def rewind(self, domain, applied: list) -> bool:
        """Back to the latest checkpoint whose events are still the start of the
        applied events; False if there is none."""
        if domain is not self.domain:
            return False
        for checkpoint in reversed(self.checkpoints):
            count, tracker, states, last_ml_action_sub_state, turn_was_hidden = checkpoint
            if count <= len(applied) and all(map(operator.is_, applied[:count], self.seen[:count])):
                self.seen, self.states = self.seen[:count], self.states[:states]
                self.tracker = tracker.copy()  # the checkpoint stays as it was
                self.last_ml_action_sub_state, self.turn_was_hidden = last_ml_action_sub_state, turn_was_hidden
                self.checkpoints = [c for c in self.checkpoints if c[0] <= count]
                return True
        return False

    def still_fits(self, domain, applied: list) -> bool:
        return (domain is self.domain
                and len(applied) >= len(self.seen) and all(map(operator.is_, applied, self.seen)))

    def go_on(self, applied: list, omit_unset_slots: bool, ignore_rule_only_turns: bool) -> list:
        """The states before every action, then the current one (not kept: it changes)."""
        tr = self.tracker
        for event in applied[len(self.seen):]:
            if isinstance(event, UserUttered):
                self._checkpoint()
            if isinstance(event, ActionExecuted):  # the state before each action
                state, self.last_ml_action_sub_state, self.turn_was_hidden = self._state(
                    event.hide_rule_turn, omit_unset_slots, ignore_rule_only_turns)
                if state is not None:
                    self.states.append(state)
            tr.update(event)
            self.seen.append(event)
        current, _, _ = self._state(False, omit_unset_slots, ignore_rule_only_turns)
        return self.states if current is None else [*self.states, current]

    def _state(self, hide_rule_turn, omit_unset_slots, ignore_rule_only_turns):
        domain, tr, states = self.domain, self.tracker, self.states
        last_ml_action_sub_state, turn_was_hidden = self.last_ml_action_sub_state, self.turn_was_hidden
        if ignore_rule_only_turns:
            if not turn_was_hidden:
                last_ml_action_sub_state = domain._get_prev_action_sub_state(tr)
            if not tr.followup_action and tr.latest_action_name != tr.active_loop_name:
                turn_was_hidden = hide_rule_turn
            if turn_was_hidden:
                return None, last_ml_action_sub_state, turn_was_hidden
        state = domain.get_active_state(tr, omit_unset_slots=omit_unset_slots)
        if ignore_rule_only_turns:
            domain._remove_rule_only_features(state, self.rule_only_data)
            if states:
                domain._substitute_rule_only_user_input(state, states[-1])
            if last_ml_action_sub_state:
                state[PREVIOUS_ACTION] = last_ml_action_sub_state
        return domain._clean_state(state), last_ml_action_sub_state, turn_was_hidden


_original_copy = DialogueStateTracker.copy
_UNKNOWN = object()


def _followup_after_replay(events):
    """followup_action as replaying the events leaves it, or _UNKNOWN if that
    takes a full replay to tell (restarts, reverts, a session start)."""
    for event in reversed(events):
        if isinstance(event, (ActionExecuted, UserUttered)):
            return None
        if isinstance(event, FollowupAction):
            return event.action_name
        if isinstance(event, (Restarted, SessionStarted, UserUtteranceReverted, ActionReverted)):
            return _UNKNOWN
    return _UNKNOWN


def _copy_tracker(self) -> DialogueStateTracker:
    if type(self) is not DialogueStateTracker or self._max_event_history is not None:
        return _original_copy(self)  # training trackers; a capped history may not replay to this state
    # The processor clears followup_action directly, not with an event; the
    # copy must hold what replaying the events gives, as Rasa's copy does.
    followup = _followup_after_replay(self.events)
    if followup is _UNKNOWN:
        return _original_copy(self)
    # init_copy() without its slot copies: the slots are copied with their values below.
    new = DialogueStateTracker(self.sender_id or DEFAULT_SENDER_ID, None, is_rule_tracker=self.is_rule_tracker)
    new.events.extend(self.events)
    new.slots = {name: copy.copy(slot) for name, slot in self.slots.items()}
    new._paused = self._paused
    new.followup_action = followup
    new.latest_action = dict(self.latest_action) if self.latest_action is not None else None
    new.latest_message = self.latest_message
    new.latest_bot_utterance = self.latest_bot_utterance
    new.active_loop = copy.copy(self.active_loop)
    return new


_original_temporary_tracker = FormAction._temporary_tracker


def _temporary_tracker(self, current_tracker, additional_events, domain):
    """Rasa's: a new tracker replaying the session and then the form's events.
    Here: a copy of the tracker (its state is what that replay gives) with the
    form's events added. Whatever a replay would give differently (a restart
    in the session, other slots, a training tracker) goes Rasa's way."""
    if (current_tracker.idx_after_latest_restart() or current_tracker.is_rule_tracker
            or current_tracker.sender_source is not None
            or current_tracker.slots.keys() != {slot.name for slot in domain.slots}):
        return _original_temporary_tracker(self, current_tracker, additional_events, domain)
    temporary = current_tracker.copy()
    for event in [SlotSet(REQUESTED_SLOT, self.get_slot_to_fill(current_tracker)),
                  ActionExecuted(self.name()), *additional_events]:
        temporary.update(event)
    return temporary


class _CopyForDebugLogs:
    """Stands in for the `copy` module in a Rasa module that deep-copies only
    for structlog.debug(); the same check as structlog's filter_by_level."""

    def __init__(self, module_name: str) -> None:
        self._logger = logging.getLogger(module_name)

    def __getattr__(self, name):
        return getattr(copy, name)

    def deepcopy(self, value, memo=None):
        return copy.deepcopy(value, memo) if self._logger.isEnabledFor(logging.DEBUG) else value


DEBUG_LOG_COPIERS = (rasa.core.processor, rasa.core.policies.rule_policy, rasa.core.actions.forms)


def _copy_slot(self):
    new = type(self).__new__(type(self))  # what copy.copy does for a plain object
    new.__dict__.update(self.__dict__)
    return new


def _longest_rule(policy: RulePolicy) -> int | None:
    """The number of states of the policy's longest rule (for loops' unhappy paths too)."""
    lookups = [policy.lookup.get(RULES) or {}, policy.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH) or {}]
    key = tuple((id(lookup), len(lookup)) for lookup in lookups)
    cached = policy.__dict__.get("_medvind_longest_rule")
    if cached is None or cached[0] != key:
        longest = max((len(policy._rule_key_to_state(rule)) for lookup in lookups for rule in lookup), default=None)
        cached = policy.__dict__["_medvind_longest_rule"] = (key, longest)
    return cached[1]


def _rule_prediction_states(self, tracker, domain, use_text_for_last_user_input=False, rule_only_data=None):
    """Policy._prediction_states, asking for the last states only (13)."""
    token = _STATES_NEEDED.set(_longest_rule(self))
    try:
        return Policy._prediction_states(self, tracker, domain, use_text_for_last_user_input, rule_only_data)
    finally:
        _STATES_NEEDED.reset(token)


USER_TURNS_SENT = 3


def _events_sent(tracker: DialogueStateTracker) -> list:
    """The session's events from the USER_TURNS_SENT-th last user message on."""
    events, users = list(tracker.events), 0
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            users += 1
            if users == USER_TURNS_SENT:
                return events[index:]
    return events


_original_action_call_format = RemoteAction._action_call_format


def _action_call_format(self, tracker: DialogueStateTracker, domain: Domain) -> dict:
    """Rasa's request to the action server, with the latest events only."""
    state = tracker.current_state(EventVerbosity.NONE)
    state["events"] = [event.as_dict() for event in _events_sent(tracker)]
    result = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
              "version": rasa.__version__}
    if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
        result["domain"] = domain.as_dict()
    return result


def _debug_log_copiers() -> None:
    for module in DEBUG_LOG_COPIERS:
        module.copy = _CopyForDebugLogs(module.__name__)


# Each speed-up by its number in the docstring above: what it replaces.
SPEEDUPS = {
    1: lambda: setattr(RemoteAction, "_validate_action_result", _validate_action_result),
    2: lambda: setattr(Event, "resolve_by_type", staticmethod(_resolve_by_type)),
    3: lambda: setattr(EndpointConfig, "session", _session),
    4: lambda: setattr(DaskGraphRunner, "run", _run_graph),
    5: lambda: setattr(DialogueStateTracker, "applied_events", _applied_events),
    6: lambda: setattr(Slot, "__copy__", _copy_slot),
    7: lambda: setattr(Domain, "states_for_tracker_history", _states_for_tracker_history),
    8: lambda: setattr(DialogueStateTracker, "copy", _copy_tracker),
    9: _debug_log_copiers,
    10: gc.freeze,
    11: lambda: setattr(FormAction, "_temporary_tracker", _temporary_tracker),
    12: lambda: setattr(RemoteAction, "_action_call_format", _action_call_format),
    13: lambda: setattr(RulePolicy, "_prediction_states", _rule_prediction_states),
    14: lambda: setattr(DialogueStateTracker, "idx_after_latest_restart", _idx_after_latest_restart),
}


def switched_off(setting: str | None) -> set[int]:
    """The speed-ups MEDVIND_SPEEDUPS_OFF names: "all", or numbers such as "3,7"."""
    setting = (setting or "").strip().lower()
    if setting == "all":
        return set(SPEEDUPS)
    numbers = {int(part) for part in setting.replace(" ", "").split(",") if part}
    if numbers - set(SPEEDUPS):
        raise ValueError(f"MEDVIND_SPEEDUPS_OFF names no speed-up {sorted(numbers - set(SPEEDUPS))}: 1-{len(SPEEDUPS)}")
    return numbers


def install() -> set[int]:
    """Installs the speed-ups not switched off, once; returns the numbers installed."""
    global _installed
    if _installed is not None:
        return _installed
    if rasa.__version__ != MEASURED_ON:
        logger.warning("Rasa %s: Medvind's speed-ups are for Rasa %s and are not installed.",
                       rasa.__version__, MEASURED_ON)
        _installed = set()
        return _installed
    off = switched_off(os.environ.get("MEDVIND_SPEEDUPS_OFF"))
    if off:
        logger.warning("Speed-ups switched off by MEDVIND_SPEEDUPS_OFF: %s", sorted(off))
    for number, patch in SPEEDUPS.items():
        if number not in off:
            patch()
    _installed = set(SPEEDUPS) - off
    return _installed

