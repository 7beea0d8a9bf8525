"""Encryption at rest of every piece of client text (AES-256-GCM, `cryptography`).

A stored value is "enc1:<key id>:<base64 of nonce + ciphertext + tag>". The
associated data names the column ("answers.answer_text"), so a value moved to
another column does not decrypt. Keys come from `MEDVIND_KEYS` (the key file's
JSON, for a secret store) or the key file `MEDVIND_KEY_FILE` (default
var/keys.json, created on first start with mode 0600):

    {"current": "k2", "keys": {"k1": "<base64 32 bytes>", "k2": "..."}}

Rotation (`python -m bot keys rotate`) adds a key, makes it current and
re-encrypts everything stored; the old key stays until `keys retire` is sure
nothing uses it. Used by both runtimes: the web app and actions (.venv-app) and
the Rasa tracker store (.venv)."""
import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "enc1"
EVENTS = "events.data"  # the context of Rasa's stored events (bot/tracker_store.py, bot/storage/conversations.py)
NONCE_BYTES = 12


class KeysUnavailable(RuntimeError):
    """The keys are missing or do not fit the stored data: nothing is read or written."""


@dataclass(frozen=True)
class Keyring:
    current: str
    keys: dict[str, bytes]
    # For looking up short codes (linking, device, recovery) by a keyed hash, so
    # a copy of the database alone cannot be searched for them. Not rotated:
    # a new one would make every outstanding code and recovery code unknown.
    lookup: bytes | None = None

    @classmethod
    def from_json(cls, text: str) -> "Keyring":
        raw = json.loads(text)
        keys = {kid: base64.b64decode(key) for kid, key in raw["keys"].items()}
        if raw["current"] not in keys or any(len(k) != 32 for k in keys.values()):
            raise KeysUnavailable("The key file needs a current key and 32-byte keys.")
        lookup = base64.b64decode(raw["lookup"]) if raw.get("lookup") else None
        return cls(raw["current"], keys, lookup)

    def to_json(self) -> str:
        raw = {"current": self.current, "keys": {kid: base64.b64encode(k).decode() for kid, k in self.keys.items()}}
        if self.lookup:
            raw["lookup"] = base64.b64encode(self.lookup).decode()
        return json.dumps(raw, indent=2)

    def encrypt(self, text: str, context: str) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(self.keys[self.current]).encrypt(nonce, text.encode("utf-8"), context.encode())
        return f"{PREFIX}:{self.current}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(self, stored: str, context: str) -> str:
        if not is_encrypted(stored):
            return stored  # written before encryption was turned on; `keys encrypt` seals it
        _, kid, body = stored.split(":", 2)
        if kid not in self.keys:
            raise KeysUnavailable(f"Key {kid} is not in the key file.")
        raw = base64.b64decode(body)
        return AESGCM(self.keys[kid]).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.encode()).decode("utf-8")

    def rotated(self) -> "Keyring":
        kid = f"k{max((int(k[1:]) for k in self.keys if k[1:].isdigit()), default=0) + 1}"
        return replace(self, current=kid, keys={**self.keys, kid: AESGCM.generate_key(bit_length=256)})

    def without(self, kid: str) -> "Keyring":
        return replace(self, keys={k: v for k, v in self.keys.items() if k != kid})

    def lookup_hash(self, text: str) -> str:
        if not self.lookup:
            raise KeysUnavailable("The key file has no lookup key: run `python -m bot keys init` (make run does).")
        return hmac.new(self.lookup, text.encode("utf-8"), hashlib.sha256).hexdigest()


def is_encrypted(stored: str) -> bool:
    return stored.startswith(PREFIX + ":")


def key_id_of(stored: str) -> str | None:
    return stored.split(":", 2)[1] if is_encrypted(stored) else None


def key_file() -> Path:
    from bot.config import VAR_DIR

    return Path(os.environ.get("MEDVIND_KEY_FILE") or VAR_DIR / "keys.json")


def ensure_key_file() -> Path:
    """Creates the key file with one new key if there is none (and no
    MEDVIND_KEYS), and adds the lookup key to a file made before it existed."""
    path = key_file()
    if os.environ.get("MEDVIND_KEYS"):
        return path
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_keyring(Keyring("k1", {"k1": AESGCM.generate_key(bit_length=256)}, secrets.token_bytes(32)))
    elif keyring_now().lookup is None:
        write_keyring(replace(keyring_now(), lookup=secrets.token_bytes(32)))
    return path


def write_keyring(keyring: Keyring) -> None:
    path = key_file()
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(keyring.to_json())
    os.replace(temporary, path)
    keyring_now.cache_clear()


def keyring_now() -> Keyring:
    """The keys as the file holds them now: a running server follows `keys rotate`
    and `keys retire` without a restart (the file's change time is checked)."""
    if os.environ.get("MEDVIND_KEYS"):
        return _parsed(os.environ["MEDVIND_KEYS"])
    path = key_file()
    try:
        changed = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise KeysUnavailable(f"No key file at {path}: run `python -m bot keys init` (make run does).") from None
    return _read(str(path), changed)


@cache
def _parsed(text: str) -> Keyring:
    return Keyring.from_json(text)


@lru_cache(maxsize=4)
def _read(path: str, _changed: int) -> Keyring:
    return Keyring.from_json(Path(path).read_text())


keyring_now.cache_clear = _read.cache_clear  # for tests that rewrite the file within one clock tick


def lookup_hash(text: str) -> str:
    """HMAC-SHA256 of a short code under the key file's lookup key."""
    return keyring_now().lookup_hash(text)


def encrypt(text: str | None, context: str) -> str | None:
    return None if text is None else keyring_now().encrypt(text, context)


def decrypt(stored: str | None, context: str) -> str | None:
    return None if stored is None else keyring_now().decrypt(stored, context)
