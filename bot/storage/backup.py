"""Encrypted backups of everything Medvind stores: `python -m bot db backup FILE`
and `python -m bot db restore FILE`.

A backup holds each database once: the answers database and, when it is a
different one, Rasa's conversation store. SQLite files are copied with SQLite's
online backup API (consistent while the servers write), PostgreSQL with
pg_dump's custom format. The parts go into a tar stream that is sealed in
chunks with AES-256-GCM under the current key of the key file; each chunk is
bound to the header, its position and whether it is the last, so a changed,
reordered or cut-off backup is refused before anything is restored. The key
file is never part of a backup: keep it apart (README, "Encryption at rest").
"""
import datetime as dt
import json
import os
import secrets
import shutil
import sqlite3
import struct
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from bot import config, crypto
from bot.storage import conversations

MAGIC = b"medvind-backup 1\n"
CHUNK_BYTES = 1 << 20
NONCE_BYTES = 12
# What says that a database is in use: a restore refuses to overwrite it unless told to.
CONTENT_TABLES = ("clients", "ombuds", conversations.EVENTS_TABLE)


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why, in plain words."""


@dataclass(frozen=True)
class Part:
    role: str  # "answers" or "tracker"
    url: str

    @property
    def kind(self) -> str:
        return "sqlite" if self.url.startswith("sqlite") else "postgresql"

    @property
    def name(self) -> str:
        return f"{self.role}.{self.kind}"


def parts() -> list[Part]:
    """The databases of this installation, each once."""
    found = [Part("answers", config.database_url())]
    if config.tracker_database_url() != found[0].url:
        found.append(Part("tracker", config.tracker_database_url()))
    return found


def backup(path: str | Path) -> list[str]:
    """Writes an encrypted backup to `path` (atomically); the parts it holds."""
    path = Path(path)
    keyring = crypto.keyring_now()
    held = parts()
    with tempfile.TemporaryDirectory(prefix="medvind-backup-") as work:
        archive = Path(work) / "backup.tar"
        with tarfile.open(archive, "w") as tar:
            for part in held:
                dumped = Path(work) / part.name
                _dump(part, dumped)
                tar.add(dumped, arcname=part.name)
        header = json.dumps({"kid": keyring.current, "created": dt.datetime.now(dt.timezone.utc).isoformat(),
                             "parts": [p.name for p in held]}).encode() + b"\n"
        temporary = path.with_name(path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, archive.open("rb") as plain:
            out.write(MAGIC + header)
            _seal(plain, out, AESGCM(keyring.keys[keyring.current]), header)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    return [p.name for p in held]


def restore(path: str | Path, replace: bool = False) -> list[str]:
    """Restores the backup at `path` into this installation's databases. Refuses,
    changing nothing, when the backup is damaged or its key is missing, or when a
    database already holds clients and `replace` is not given."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="medvind-restore-") as work:
        archive = Path(work) / "backup.tar"
        with path.open("rb") as sealed, archive.open("wb") as plain:
            if sealed.read(len(MAGIC)) != MAGIC:
                raise BackupError(f"{path} is not a Medvind backup.")
            header = sealed.readline()
            try:
                told = json.loads(header)
                kid, held = told["kid"], told["parts"]
            except (ValueError, KeyError, TypeError):
                raise BackupError("The backup's header is damaged: nothing was restored.") from None
            key = crypto.keyring_now().keys.get(kid)
            if key is None:
                raise BackupError(f"The backup was made with key {kid}, which is not in the key file. "
                                  "Restore the key file you kept with the backups.")
            _open(sealed, plain, AESGCM(key), header)
        with tarfile.open(archive) as tar:
            tar.extractall(work, filter="data")
        targets = {p.name: p for p in parts()}
        for name in held:
            if name not in targets:
                raise BackupError(f"The backup holds {name}, but this installation has no such database "
                                  f"(it has {', '.join(targets)}): set DATABASE_URL as it was.")
        if not replace:
            for name in held:
                if _in_use(targets[name]):
                    raise BackupError(f"The {targets[name].role} database is not empty. Stop Medvind and run "
                                      "restore with --replace to overwrite it with the backup.")
        for name in held:
            _load(Path(work) / name, targets[name])
    from bot.storage.migrate import upgrade

    upgrade()  # a backup from an older version gets today's schema
    return held


def _seal(plain, out, aead: AESGCM, header: bytes) -> None:
    """Chunks of: length, last-chunk flag, nonce, ciphertext."""
    index, chunk = 0, plain.read(CHUNK_BYTES)
    while True:
        following = plain.read(CHUNK_BYTES)
        last = not following
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = aead.encrypt(nonce, chunk, _chunk_aad(header, index, last))
        out.write(struct.pack(">I?", len(sealed), last) + nonce + sealed)
        if last:
            return
        index, chunk = index + 1, following


def _open(sealed, plain, aead: AESGCM, header: bytes) -> None:
    index = 0
    while True:
        record = sealed.read(5)
        if len(record) < 5:
            raise BackupError("The backup is incomplete (cut off): nothing was restored.")
        size, last = struct.unpack(">I?", record)
        nonce, body = sealed.read(NONCE_BYTES), sealed.read(size)
        try:
            plain.write(aead.decrypt(nonce, body, _chunk_aad(header, index, last)))
        except InvalidTag:
            raise BackupError("The backup is damaged or was changed: nothing was restored.") from None
        if last:
            if sealed.read(1):
                raise BackupError("The backup has data after its end: nothing was restored.")
            return
        index += 1


def _chunk_aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def _dump(part: Part, to: Path) -> None:
    if part.kind == "sqlite":
        _sqlite_copy(_sqlite_file(part.url), to)
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
              f"--file={to}", f"--dbname={_libpq_url(part.url)}"])


def _load(dumped: Path, part: Part) -> None:
    if part.kind == "sqlite":
        target_file = Path(_sqlite_file(part.url))
        target_file.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(dumped, target_file)  # page by page into the live file, WAL and all
    else:
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
              "--single-transaction", f"--dbname={_libpq_url(part.url)}", str(dumped)])


def _sqlite_copy(source_file, target_file) -> None:
    """SQLite's online backup API: a consistent copy while others write."""
    source, target = sqlite3.connect(source_file), sqlite3.connect(target_file)
    try:
        with target:
            source.backup(target)
    finally:
        source.close()
        target.close()


def _in_use(part: Part) -> bool:
    if part.kind == "sqlite" and not Path(_sqlite_file(part.url)).exists():
        return False
    engine = create_engine(part.url)
    try:
        tables = set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            return any(connection.execute(text(f"SELECT 1 FROM {t} LIMIT 1")).first()
                       for t in CONTENT_TABLES if t in tables)
    finally:
        engine.dispose()


def _sqlite_file(url: str) -> str:
    return make_url(url).database


def _libpq_url(url: str) -> str:
    """pg_dump speaks libpq's URLs: no SQLAlchemy driver name."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client).")
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()[:500]}")
