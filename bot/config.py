"""Settings read from the environment, with defaults that work on a fresh clone."""
import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("MEDVIND_VAR_DIR", PROJECT_DIR / "var"))



def rasa_urls() -> list[str]:
    """The Rasa servers: RASA_URL, or several of them comma-separated, each a
    separate `rasa run` on its own port (the web app spreads conversations
    over them)."""
    urls = os.environ.get("RASA_URL", "http://127.0.0.1:5005").split(",")
    return [url.strip().rstrip("/") for url in urls if url.strip()]


def rasa_turns_at_once() -> int:
    """How many turns each Rasa server works on at once (RASA_TURNS_AT_ONCE)."""
    return int(os.environ.get("RASA_TURNS_AT_ONCE", "3"))


def lock_store_redis_url() -> str | None:
    """Where the Rasa servers keep their conversation locks when they run on
    several machines (REDIS_URL, e.g. redis://10.0.0.5:6379/1); unset, each
    server keeps its own in memory."""
    return os.environ.get("REDIS_URL") or None


def turn_lock_seconds() -> float:
    """How long a Rasa server may hold a conversation's lock for one turn
    (MEDVIND_TURN_LOCK_SECONDS). A turn takes well under a second; a server
    killed during one frees its conversation for another after this long."""
    return float(os.environ.get("MEDVIND_TURN_LOCK_SECONDS", "10"))


def action_server_url() -> str:
    return os.environ.get("ACTION_SERVER_URL", "http://127.0.0.1:5055")


def database_url() -> str:
    """The answers database: DATABASE_URL, or a SQLite file under var/."""
    url = os.environ.get("DATABASE_URL")
    if url:
        # Heroku-style URLs say postgres://, SQLAlchemy 1.4 wants postgresql://
        return url.replace("postgres://", "postgresql://", 1)
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{VAR_DIR / 'medvind.db'}"


def tracker_database_url() -> str:
    """Rasa's conversation history: the same PostgreSQL database, or its own SQLite
    file so the Rasa server and the answer writers do not share one file lock."""
    url = os.environ.get("TRACKER_DATABASE_URL")
    if url:
        return url
    if os.environ.get("DATABASE_URL"):
        return database_url()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{VAR_DIR / 'tracker.db'}"


def trusted_proxies() -> list[str]:
    """The reverse proxy (or proxies) in front of the web app, as addresses or
    networks (MEDVIND_TRUSTED_PROXIES, comma-separated). Only a request from one
    of them has its X-Forwarded-For and X-Forwarded-Proto believed; empty means
    the web app is reached directly and believes no such header."""
    return [p.strip() for p in os.environ.get("MEDVIND_TRUSTED_PROXIES", "").split(",") if p.strip()]


def organisation() -> str:
    """Who stands behind this Medvind (the municipality), for the accessibility statement."""
    return os.environ.get("MEDVIND_ORGANISATION", "Kommunen")


def accessibility_contact() -> str | None:
    """Where to report an accessibility problem: an e-mail address or a phone number."""
    return os.environ.get("MEDVIND_ACCESSIBILITY_CONTACT") or None
