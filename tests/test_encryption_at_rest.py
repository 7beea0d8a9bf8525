"""Encryption at rest: a client's words never stand in plain bytes in any
database file (WAL files included), and key rotation keeps everything readable."""
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from bot import crypto
from bot.storage import sealing
from tests.chat import Chat
from tests.conftest import ROOT


def database_files() -> list[Path]:
    folder = Path(crypto.key_file()).parent  # the test session's databases live beside its key file
    return [p for p in folder.iterdir() if p.is_file() and p.name != "keys.json"]


async def test_a_clients_unique_words_are_in_no_database_file(http):
    word = f"zorbly{uuid.uuid4().hex[:8]}"
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    await chat.say(f"min {word}ighet")
    await chat.say("paus")
    await chat.say("/start_checkin")
    await chat.say(f"bra vecka med {word}")
    export = await chat.export()
    assert any(word in a["answer"] for a in export["answers"])  # readable through the app
    assert word in str(await (await http.get("/api/history", headers=chat.auth)).json())
    files = database_files()
    assert any(p.name.startswith("tracker.db") for p in files) and any(p.name.startswith("medvind.db") for p in files)
    for path in files:
        assert word.encode() not in path.read_bytes(), path.name


def test_a_value_under_another_column_or_key_does_not_decrypt():
    keyring = crypto.keyring_now()
    sealed = keyring.encrypt("min hemlighet", "answers.answer_text")
    assert keyring.decrypt(sealed, "answers.answer_text") == "min hemlighet"
    with pytest.raises(InvalidTag):  # authenticated: another column's value is refused
        keyring.decrypt(sealed, "agenda_items.text")
    with pytest.raises(crypto.KeysUnavailable):
        crypto.Keyring("k9", {"k9": b"\0" * 32}).decrypt(sealed, "answers.answer_text")


async def test_rotation_re_encrypts_everything_and_the_old_key_can_then_be_retired(http):
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    await chat.say("mitt tålamod")
    old = crypto.keyring_now().current
    result = subprocess.run([sys.executable, "-m", "bot", "keys", "rotate"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    crypto.keyring_now.cache_clear()
    new = crypto.keyring_now().current
    assert new != old and set(sealing.status()) == {new}
    assert "mitt tålamod" in [a["answer"] for a in (await chat.export())["answers"]]
    retired = subprocess.run([sys.executable, "-m", "bot", "keys", "retire", old], capture_output=True, text=True, cwd=ROOT)
    assert retired.returncode == 0, retired.stderr
    crypto.keyring_now.cache_clear()
    assert old not in crypto.keyring_now().keys


def test_short_codes_are_stored_under_a_keyed_hash_a_database_copy_cannot_reverse():
    import hashlib

    from sqlalchemy import select

    from bot.storage import clients
    from bot.storage.db import session_scope
    from bot.storage.models import DeviceCode

    client_id, _ = clients.create_client()
    shown = clients.create_device_code(client_id)
    with session_scope() as s:
        stored = s.execute(select(DeviceCode.code_hash).where(DeviceCode.client_id == client_id)).scalar_one()
    typed = clients.normalise_code(shown)
    assert stored != hashlib.sha256(typed.encode()).hexdigest()  # trying every code on a copy finds nothing
    assert clients.claim_device_code(shown.lower()) is not None  # the server, with its key, does


def test_keys_init_adds_the_lookup_key_to_an_older_key_file_and_keeps_the_data_keys(tmp_path, monkeypatch):
    old = crypto.Keyring("k1", {"k1": b"\2" * 32})
    monkeypatch.setenv("MEDVIND_KEY_FILE", str(tmp_path / "keys.json"))
    crypto.write_keyring(old)
    assert crypto.keyring_now().lookup is None
    crypto.ensure_key_file()
    now = crypto.keyring_now()
    assert now.keys == old.keys and now.current == "k1" and len(now.lookup) == 32
