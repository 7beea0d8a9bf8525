"""Encrypted backup and restore: restored into empty databases, everything
compares equal, row by row and as the client sees it; a damaged, cut-off or
foreign-key backup changes nothing; a database in use is not overwritten by
accident. SQLite here (with the conversations Rasa stored), PostgreSQL below."""
import os
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import MetaData, create_engine, select, text

from bot import crypto
from bot.storage import answers, backup, clients, conversations, ombuds
from bot.storage.migrate import upgrade
from tests.chat import Chat
from tests.conftest import ROOT
from tests.ombud_helpers import new_ombud
from tests.postgres_server import postgres_url  # noqa: F401  (a fixture)


def rows_of(url: str) -> dict[str, list]:
    """Every row of every table, in a fixed order, to compare two databases."""
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        found = {name: sorted(map(tuple, connection.execute(select(table)).all()), key=repr)
                 for name, table in metadata.tables.items()}
    engine.dispose()
    return found


def point_at(monkeypatch, folder) -> tuple[str, str]:
    folder.mkdir()
    urls = f"sqlite:///{folder / 'medvind.db'}", f"sqlite:///{folder / 'tracker.db'}"
    monkeypatch.setenv("DATABASE_URL", urls[0])
    monkeypatch.setenv("TRACKER_DATABASE_URL", urls[1])
    return urls


async def a_client_with_a_conversation(http) -> tuple[Chat, str]:
    chat = await Chat.start(http)
    word = f"kvirr{uuid.uuid4().hex[:6]}"
    await chat.say("/start_strengths")
    await chat.say(f"min {word}")
    await chat.say("paus")
    return chat, word


async def test_a_backup_restored_into_empty_databases_is_the_same_row_by_row(http, tmp_path, monkeypatch):
    chat, word = await a_client_with_a_conversation(http)
    username = new_ombud()
    client_id = clients.client_id_for_token(chat.token)
    before = {url: rows_of(url) for url in (os.environ["DATABASE_URL"], os.environ["TRACKER_DATABASE_URL"])}
    export_before = clients.export_client(client_id)
    history_before = conversations.history(client_id)
    assert any(word in a["answer"] for a in export_before["answers"]) and history_before

    file = tmp_path / "medvind.backup"
    assert backup.backup(file) == ["answers.sqlite", "tracker.sqlite"]
    sealed = file.read_bytes()
    for plain in (word, username, client_id):  # not even the ombud's name or an id stands in it
        assert plain.encode() not in sealed

    restored = point_at(monkeypatch, tmp_path / "restored")
    assert backup.restore(file) == ["answers.sqlite", "tracker.sqlite"]
    assert [rows_of(url) for url in restored] == list(before.values())
    assert clients.export_client(client_id) == export_before
    assert conversations.history(client_id) == history_before
    assert ombuds.authenticate(username, "ett långt lösenord 123") is not None


async def test_a_damaged_or_cut_off_backup_is_refused_and_changes_nothing(http, tmp_path, monkeypatch):
    await a_client_with_a_conversation(http)
    file = tmp_path / "medvind.backup"
    backup.backup(file)
    sealed = file.read_bytes()
    target = point_at(monkeypatch, tmp_path / "target")
    upgrade()
    empty = [rows_of(url) for url in target if url.endswith("medvind.db")]
    middle = len(sealed) // 2
    damaged = {"changed": sealed[:middle] + bytes([sealed[middle] ^ 1]) + sealed[middle + 1:],
               "cut off": sealed[:-100], "a chunk short": sealed[:len(sealed) - 1],
               "header": sealed.replace(b'"kid"', b'"kid" ', 1)}
    for what, body in damaged.items():
        (tmp_path / "bad").write_bytes(body)
        with pytest.raises(backup.BackupError):
            backup.restore(tmp_path / "bad")
        assert [rows_of(target[0])] == empty, what


async def test_a_database_in_use_is_only_overwritten_when_asked(http, tmp_path, monkeypatch):
    chat, _ = await a_client_with_a_conversation(http)
    client_id = clients.client_id_for_token(chat.token)
    file = tmp_path / "medvind.backup"
    backup.backup(file)
    point_at(monkeypatch, tmp_path / "in-use")
    backup.restore(file)
    later, _ = clients.create_client()  # written after the backup was made
    answers.save_answer(later, "strengths", "strengths_drive", "Vad driver dig framåt?", "Musiken")
    with pytest.raises(backup.BackupError, match="--replace"):
        backup.restore(file)
    assert clients.export_client(later)["answers"]  # refused: nothing changed
    backup.restore(file, replace=True)
    assert clients.export_client(later)["answers"] == []
    assert clients.export_client(client_id)["answers"]


def test_a_backup_whose_key_is_not_in_the_key_file_says_so(tmp_path, monkeypatch):
    file = tmp_path / "medvind.backup"
    backup.backup(file)
    monkeypatch.setenv("MEDVIND_KEYS", crypto.Keyring("k77", {"k77": b"\1" * 32}).to_json())
    with pytest.raises(backup.BackupError, match="not in the key file"):
        backup.restore(file)


def test_backup_and_restore_from_the_command_line(tmp_path):
    file = tmp_path / "cli.backup"
    made = subprocess.run([sys.executable, "-m", "bot", "db", "backup", str(file)], cwd=ROOT,
                          capture_output=True, text=True)
    assert made.returncode == 0 and "Keep the key file too" in made.stdout
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'm.db'}",
               TRACKER_DATABASE_URL=f"sqlite:///{tmp_path / 't.db'}")
    restore = [sys.executable, "-m", "bot", "db", "restore", str(file)]
    first = subprocess.run(restore, cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.returncode == 0 and "Restored answers.sqlite, tracker.sqlite" in first.stdout
    again = subprocess.run(restore, cwd=ROOT, env=env, capture_output=True, text=True)
    assert again.returncode == 1 and "--replace" in again.stderr


def test_backup_and_restore_on_postgresql(postgres_url, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    monkeypatch.delenv("TRACKER_DATABASE_URL")  # Rasa's events go to the same PostgreSQL database
    upgrade()
    client_id, _ = clients.create_client()
    answers.save_answer(client_id, "strengths", "strengths_drive", "Vad driver dig framåt?", "Att jag ritar")
    username = new_ombud()
    ombuds.link_client(client_id, ombuds.create_link_code(ombuds.authenticate(username, "ett långt lösenord 123")))
    before, export_before = rows_of(postgres_url), clients.export_client(client_id)

    file = tmp_path / "pg.backup"
    assert backup.backup(file) == ["answers.postgresql"]
    assert b"ritar" not in file.read_bytes() and username.encode() not in file.read_bytes()

    with create_engine(postgres_url, isolation_level="AUTOCOMMIT").connect() as c:
        c.execute(text("CREATE DATABASE restored"))
    restored_url = postgres_url.rsplit("/", 1)[0] + "/restored"
    monkeypatch.setenv("DATABASE_URL", restored_url)
    assert backup.restore(file) == ["answers.postgresql"]
    assert rows_of(restored_url) == before
    assert clients.export_client(client_id) == export_before
    with pytest.raises(backup.BackupError, match="--replace"):
        backup.restore(file)
    backup.restore(file, replace=True)
    assert rows_of(restored_url) == before
