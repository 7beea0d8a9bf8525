"""Keeping every stored client text under the current key: `python -m bot keys
seal` encrypts what was stored before encryption was turned on and re-encrypts
what an older key sealed (after `keys rotate`); `keys status` counts values by
key; `keys retire` drops a key nothing uses any more. Both databases: the
answers (every column of ENCRYPTED_COLUMNS) and Rasa's events."""
from collections import Counter

from sqlalchemy import inspect, text

from bot import config, crypto
from bot.storage import conversations
from bot.storage.db import engine
from bot.storage.encrypted import ENCRYPTED_COLUMNS
from bot.storage.models import Base

BATCH = 500


def _columns(url: str) -> list[tuple[str, str, str]]:
    """(table, primary key, column) of every encrypted column this database has."""
    tables = set(inspect(engine(url)).get_table_names())
    found = []
    if url == config.database_url():
        for table, column in ENCRYPTED_COLUMNS:
            if table in tables:
                found.append((table, Base.metadata.tables[table].primary_key.columns.values()[0].name, column))
    if conversations.EVENTS_TABLE in tables:
        found.append((conversations.EVENTS_TABLE, conversations.EVENTS_KEY, conversations.EVENTS_DATA))
    return found


def _databases() -> list[str]:
    return list(dict.fromkeys([config.database_url(), config.tracker_database_url()]))


def _context(table: str, column: str) -> str:
    return crypto.EVENTS if table == conversations.EVENTS_TABLE else f"{table}.{column}"


def seal() -> int:
    """Every value not under the current key is (re-)encrypted with it; returns how many."""
    keyring = crypto.keyring_now()
    changed = 0
    for url in _databases():
        for table, pk, column in _columns(url):
            context = _context(table, column)
            with engine(url).begin() as connection:
                rows = connection.execute(text(
                    f'SELECT {pk}, "{column}" FROM {table} WHERE "{column}" IS NOT NULL')).all()
                stale = [(key, value) for key, value in rows if crypto.key_id_of(value) != keyring.current]
                for start in range(0, len(stale), BATCH):
                    connection.execute(text(f'UPDATE {table} SET "{column}" = :value WHERE {pk} = :key'), [
                        {"key": key, "value": keyring.encrypt(keyring.decrypt(value, context), context)}
                        for key, value in stale[start:start + BATCH]])
                changed += len(stale)
    return changed


def status() -> Counter:
    """How many stored values each key seals ("plain" for none)."""
    counts = Counter()
    for url in _databases():
        for table, _pk, column in _columns(url):
            with engine(url).connect() as connection:
                for (value,) in connection.execute(text(f'SELECT "{column}" FROM {table} WHERE "{column}" IS NOT NULL')):
                    counts[crypto.key_id_of(value) or "plain"] += 1
    return counts


def rotate() -> tuple[str, int]:
    """A new current key, and everything re-encrypted with it; returns (key id, values re-encrypted)."""
    keyring = crypto.keyring_now().rotated()
    crypto.write_keyring(keyring)
    return keyring.current, seal()


def retire(kid: str) -> None:
    keyring = crypto.keyring_now()
    if kid == keyring.current:
        raise ValueError(f"{kid} is the current key: rotate first.")
    if kid not in keyring.keys:
        raise ValueError(f"There is no key {kid}.")
    if status()[kid]:
        raise ValueError(f"{status()[kid]} stored values still use {kid}: run `keys seal` first.")
    crypto.write_keyring(keyring.without(kid))
