"""Ombud accounts, dashboard sessions, linking clients, what each client shares,
and the log of every view of a client's material."""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select

from bot import modules
from bot.storage import second_factor
from bot.storage.clients import claim_code, new_code
from bot.storage.db import session_scope
from bot.storage.models import (
    AccessLog,
    Client,
    LinkCode,
    Ombud,
    OmbudLink,
    OmbudSession,
    Share,
    aware,
    utcnow,
)

# What a client can share, in the words the client and the ombud see (bot/modules.py).
MODULES = modules.share_titles()
SESSION_IDLE = timedelta(minutes=30)
CODE_STEP_TIME = timedelta(minutes=5)  # between the password and the authenticator code
LINK_CODE_LIFETIME = timedelta(days=7)
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


# --- accounts and sessions ----------------------------------------------------

def add_ombud(username: str, password: str) -> second_factor.Enrolment:
    """A new account, enrolled in the second factor at once (shown once to the ombud)."""
    with session_scope() as s:
        if s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none():
            raise ValueError(f"{username} finns redan")
        ombud = Ombud(username=username, password_hash=_hasher.hash(password))
        s.add(ombud)
        s.flush()
        return second_factor.enrol(s, ombud)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def authenticate(username: str, password: str) -> int | None:
    """The ombud's ID when the password is right, or None. This is the first
    step only (see confirm_code). After repeated failures of either step the
    account is locked for a while, and a locked or disabled account refuses
    even the right password."""
    with session_scope() as s:
        ombud = s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none()
        if ombud is None:
            _hasher.hash(password)  # same work as a real check, so timing tells nothing
            return None
        if _locked(ombud) or ombud.disabled_at is not None:
            return None
        try:
            _hasher.verify(ombud.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            _failed(ombud)
            return None
        return ombud.id


def _locked(ombud: Ombud) -> bool:
    return bool(ombud.locked_until and aware(ombud.locked_until) > utcnow())


def _failed(ombud: Ombud) -> None:
    ombud.failed_logins += 1
    if ombud.failed_logins >= MAX_FAILED_LOGINS:
        ombud.locked_until = utcnow() + LOCKOUT
        ombud.failed_logins = 0


def is_locked(username: str) -> bool:
    with session_scope() as s:
        ombud = s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none()
        return bool(ombud and _locked(ombud))


def _session_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_session(ombud_id: int) -> str:
    """A session after the password: it opens only the code step. Returns the cookie's secret."""
    secret = secrets.token_urlsafe(32)
    with session_scope() as s:
        s.add(OmbudSession(id=_session_key(secret), ombud_id=ombud_id,
                           csrf_token=secrets.token_urlsafe(32)))
    return secret


def _live(s, secret: str) -> OmbudSession | None:
    if not secret or len(secret) > 200 or not secret.isascii():  # our secrets are URL-safe ASCII
        return None
    session = s.get(OmbudSession, _session_key(secret))
    if session is None or session.revoked_at is not None:
        return None
    if s.get(Ombud, session.ombud_id).disabled_at is not None:
        return None
    return session


def awaits_code(secret: str) -> bool:
    """A session that has passed the password, not yet the code, and not for too long."""
    with session_scope() as s:
        session = _live(s, secret)
        return bool(session and session.second_factor_at is None
                    and aware(session.created_at) + CODE_STEP_TIME > utcnow())


def confirm_code(secret: str, code: str) -> str | None:
    """The second step: with the right code, the session is replaced by a full one
    (a new ID, so nothing seen before the login can ride on it); returns its
    secret. A wrong code counts as a failed login."""
    with session_scope() as s:
        session = _live(s, secret)
        if (session is None or session.second_factor_at is not None
                or aware(session.created_at) + CODE_STEP_TIME < utcnow()):
            return None
        ombud = s.get(Ombud, session.ombud_id)
        if _locked(ombud):
            session.revoked_at = utcnow()
            return None
        if not second_factor.verify(s, ombud, code):
            _failed(ombud)
            if _locked(ombud):
                session.revoked_at = utcnow()
            return None
        ombud.failed_logins = 0
        ombud.locked_until = None
        session.revoked_at = utcnow()
        full = secrets.token_urlsafe(32)
        s.add(OmbudSession(id=_session_key(full), ombud_id=ombud.id, csrf_token=secrets.token_urlsafe(32),
                           second_factor_at=utcnow()))
        return full


def session_for(secret: str) -> tuple[int, str] | None:
    """(ombud ID, CSRF token) for a live session that has passed both steps,
    touching it; None when unknown, revoked, disabled or idle for more than 30 minutes."""
    with session_scope() as s:
        session = _live(s, secret)
        if session is None or session.second_factor_at is None:
            return None
        if aware(session.last_seen_at) + SESSION_IDLE < utcnow():
            session.revoked_at = utcnow()
            return None
        session.last_seen_at = utcnow()
        return session.ombud_id, session.csrf_token


def revoke_session(secret: str) -> None:
    with session_scope() as s:
        session = s.get(OmbudSession, _session_key(secret))
        if session is not None:
            session.revoked_at = utcnow()


def username_of(ombud_id: int) -> str:
    with session_scope() as s:
        return s.get(Ombud, ombud_id).username


# --- linking ------------------------------------------------------------------

def create_link_code(ombud_id: int, nickname: str | None = None) -> str:
    """A short code like "K7M-4QP" for one client, valid for 7 days; the nickname
    the ombud gives it becomes the client's name on the dashboard once linked."""
    code_hash, shown = new_code(6)
    with session_scope() as s:
        s.add(LinkCode(ombud_id=ombud_id, code_hash=code_hash, expires_at=utcnow() + LINK_CODE_LIFETIME,
                       nickname=(nickname or "").strip()[:80] or None))
    return shown


def link_client(client_id: str, code: str) -> str | None:
    """Links the client to the code's ombud; returns the ombud's username, or None
    if the code is unknown, used or expired."""
    with session_scope() as s:
        found = claim_code(s, LinkCode, code, 6)
        if found is None:
            return None
        if s.get(Client, client_id) is None:
            s.add(Client(id=client_id))
        link = s.get(OmbudLink, client_id)
        if link is None:
            s.add(OmbudLink(client_id=client_id, ombud_id=found.ombud_id, nickname=found.nickname))
        else:
            link.ombud_id, link.linked_at, link.nickname = found.ombud_id, utcnow(), found.nickname
        return s.get(Ombud, found.ombud_id).username


def unlink(client_id: str) -> bool:
    with session_scope() as s:
        link = s.get(OmbudLink, client_id)
        if link is None:
            return False
        s.delete(link)
        return True


def ombud_of(client_id: str) -> str | None:
    with session_scope() as s:
        link = s.get(OmbudLink, client_id)
        return s.get(Ombud, link.ombud_id).username if link else None


# --- sharing ------------------------------------------------------------------

def set_shared(client_id: str, module: str, shared: bool) -> None:
    assert module in MODULES
    with session_scope() as s:
        row = s.execute(select(Share).where(Share.client_id == client_id, Share.module == module)).scalar_one_or_none()
        if shared and row is None:
            s.add(Share(client_id=client_id, module=module))
        elif not shared and row is not None:
            s.delete(row)


def shared_modules(client_id: str) -> list[str]:
    with session_scope() as s:
        shared = set(s.execute(select(Share.module).where(Share.client_id == client_id)).scalars())
    return [m for m in MODULES if m in shared]


# --- the ombud's view ---------------------------------------------------------

def link_of(ombud_id: int, client_id: str) -> OmbudLink | None:
    """The link if this client is this ombud's own; every dashboard route checks it."""
    with session_scope() as s:
        link = s.get(OmbudLink, client_id)
        return link if link is not None and link.ombud_id == ombud_id else None


def clients_of(ombud_id: int) -> list[dict]:
    with session_scope() as s:
        rows = s.execute(
            select(OmbudLink, Client).join(Client, Client.id == OmbudLink.client_id)
            .where(OmbudLink.ombud_id == ombud_id).order_by(OmbudLink.linked_at)
        ).all()
        result = []
        for link, client in rows:
            last_look = aware(link.last_viewed_at)
            result.append({
                "id": client.id, "nickname": link.nickname,
                "last_active_at": aware(client.last_active_at),
                "shared": [MODULES[m] for m in shared_modules(client.id)],
                "new_since_last_look": last_look is None or aware(client.last_active_at) > last_look,
            })
        return result


def set_nickname(ombud_id: int, client_id: str, nickname: str) -> bool:
    with session_scope() as s:
        link = s.get(OmbudLink, client_id)
        if link is None or link.ombud_id != ombud_id:
            return False
        link.nickname = nickname.strip()[:80] or None
        return True


def log_access(ombud_id: int, client_id: str, what: str) -> None:
    with session_scope() as s:
        s.add(AccessLog(ombud_id=ombud_id, client_id=client_id, what=what))
        link = s.get(OmbudLink, client_id)
        if link is not None and link.ombud_id == ombud_id:
            link.last_viewed_at = utcnow()


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    ombud: str
    kind: str  # "view", or "admin" for a transfer to another ombud
    what: str


def views_of(client_id: str) -> list[LogEntry]:
    """Every time an ombud opened the client's material, and every transfer, newest
    first; kept after a transfer, so the client sees who has seen what."""
    with session_scope() as s:
        return [LogEntry(aware(entry.at), username, entry.kind, entry.what) for entry, username in s.execute(
            select(AccessLog, Ombud.username).join(Ombud, Ombud.id == AccessLog.ombud_id)
            .where(AccessLog.client_id == client_id).order_by(AccessLog.at.desc(), AccessLog.id.desc())
        ).all()]
