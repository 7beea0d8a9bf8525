"""The Rasa server's speed-ups keep Rasa's behaviour: an action server's bad
answer is still refused, and stored events still read back as the right kind."""
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActiveLoop, Event, SlotSet

import bot.nlu  # noqa: F401  (installs the speed-ups, as loading the model does)
from bot import rasa_speedups


def test_installed_for_this_rasa():
    assert rasa_speedups.install()


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
