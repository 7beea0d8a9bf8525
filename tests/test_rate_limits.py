"""A flood is refused with 429 and a kind Swedish message; ordinary use,
a whole group starting Medvind on one Wi-Fi included, is not."""
import pytest

from bot.web.app import create_app
from tests.ombud_helpers import PASSWORD, login, new_ombud


@pytest.fixture
def app_with(monkeypatch):
    def make(**limits):
        for variable, value in limits.items():
            monkeypatch.setenv(variable, value)
        return create_app()
    return make


async def test_a_group_on_one_network_can_start_together(aiohttp_client):
    http = await aiohttp_client(create_app())  # the defaults
    statuses = [(await http.post("/api/session")).status for _ in range(60)]
    assert statuses == [200] * 60


async def test_a_flood_of_new_clients_is_refused_kindly(aiohttp_client, app_with):
    http = await aiohttp_client(app_with(MEDVIND_LIMIT_NEW_CLIENTS="5/minute"))
    statuses = [(await http.post("/api/session")).status for _ in range(8)]
    assert statuses == [200] * 5 + [429] * 3
    refused = await http.post("/api/session")
    assert "Vänta en minut" in (await refused.json())["error"]
    assert int(refused.headers["Retry-After"]) >= 1


async def test_too_many_chat_messages_from_one_client_are_refused_without_reaching_rasa(aiohttp_client, app_with):
    # no Rasa stack here: a message within the limit fails further on, one over it never gets there
    http = await aiohttp_client(app_with(MEDVIND_LIMIT_CHAT_MESSAGES="2/minute"))
    token = (await (await http.post("/api/session")).json())["client_token"]
    headers = {"Authorization": f"Bearer {token}"}
    for _ in range(2):
        assert (await http.post("/api/chat", json={"message": ""}, headers=headers)).status == 400
    refused = await http.post("/api/chat", json={"message": "hej"}, headers=headers)
    assert refused.status == 429
    assert "inget av det du skrivit är borta" in (await refused.json())["error"]


async def test_each_client_has_its_own_chat_limit(aiohttp_client, app_with):
    http = await aiohttp_client(app_with(MEDVIND_LIMIT_CHAT_MESSAGES="1/minute"))
    for _ in range(2):
        token = (await (await http.post("/api/session")).json())["client_token"]
        resp = await http.post("/api/chat", json={"message": ""}, headers={"Authorization": f"Bearer {token}"})
        assert resp.status == 400  # refused for being empty, not for the other client's message


async def test_guessing_device_codes_is_limited(aiohttp_client, app_with):
    http = await aiohttp_client(app_with(MEDVIND_LIMIT_DEVICE_CLAIMS="3/minute"))
    statuses = [(await http.post("/api/session/claim", json={"code": "000000"})).status for _ in range(5)]
    assert statuses == [400, 400, 400, 429, 429]


async def test_logins_are_limited_per_account(aiohttp_client, app_with):
    http = await aiohttp_client(app_with(MEDVIND_LIMIT_LOGINS_PER_ACCOUNT="2/minute"))
    username = new_ombud()
    assert (await login(http, username, "fel")).status == 401
    assert (await login(http, username, PASSWORD)).status == 302
    refused = await login(http, username, PASSWORD)
    assert refused.status == 429 and "För många inloggningsförsök" in await refused.text()
    assert (await login(http, new_ombud(), PASSWORD)).status == 302  # another account is not affected


async def test_logins_are_limited_per_address(aiohttp_client, app_with):
    http = await aiohttp_client(app_with(MEDVIND_LIMIT_LOGINS_PER_ADDRESS="2/minute"))
    assert [(await login(http, new_ombud())).status for _ in range(3)] == [302, 302, 429]
