"""Ombud accounts, dashboard sessions, linking clients, what each client shares,
and the log of every view of a client's material."""
import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select

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

# What a client can share, in the words the client and the ombud see.
MODULES = {
    "strengths": "Styrkor",
    "dreams": "Drömmar, mål och steg",
    "motivation": "Motivation (skattningar)",
    "wrap": "Plan för svåra dagar",
    "checkin": "Incheckningar",
    "agenda": "Inför mötet (agenda)",
}
SESSION_IDLE = timedelta(minutes=30)
LINK_CODE_LIFETIME = timedelta(days=7)
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


# --- accounts and sessions ----------------------------------------------------

def add_ombud(username: str, password: str) -> int:
    with session_scope() as s:
        if s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none():
            raise ValueError(f"{username} finns redan")
        ombud = Ombud(username=username, password_hash=_hasher.hash(password))
        s.add(ombud)
        s.flush()
        return ombud.id


def authenticate(username: str, password: str) -> int | None:
    """The ombud's ID, or None. After repeated failures the account is locked for a while,
    and a locked account refuses even the right password."""
    with session_scope() as s:
        ombud = s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none()
        if ombud is None:
            _hasher.hash(password)  # same work as a real check, so timing tells nothing
            return None
        if ombud.locked_until and aware(ombud.locked_until) > utcnow():
            return None
        try:
            _hasher.verify(ombud.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            ombud.failed_logins += 1
            if ombud.failed_logins >= MAX_FAILED_LOGINS:
                ombud.locked_until = utcnow() + LOCKOUT
                ombud.failed_logins = 0
            return None
        ombud.failed_logins = 0
        ombud.locked_until = None
        return ombud.id


def is_locked(username: str) -> bool:
    with session_scope() as s:
        ombud = s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none()
        return bool(ombud and ombud.locked_until and aware(ombud.locked_until) > utcnow())


def _session_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_session(ombud_id: int) -> str:
    """A new session (a new ID at every login); returns the cookie's secret."""
    secret = secrets.token_urlsafe(32)
    with session_scope() as s:
        s.add(OmbudSession(id=_session_key(secret), ombud_id=ombud_id,
                           csrf_token=secrets.token_urlsafe(32)))
    return secret


def session_for(secret: str) -> tuple[int, str] | None:
    """(ombud ID, CSRF token) for a live session, touching it; None when unknown,
    revoked or idle for more than 30 minutes."""
    if not secret or len(secret) > 200 or not secret.isascii():  # our secrets are URL-safe ASCII
        return None
    with session_scope() as s:
        session = s.get(OmbudSession, _session_key(secret))
        if session is None or session.revoked_at is not None:
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

def create_link_code(ombud_id: int) -> str:
    """A short code like "K7M-4QP" for one client, valid for 7 days."""
    code_hash, shown = new_code(6)
    with session_scope() as s:
        s.add(LinkCode(ombud_id=ombud_id, code_hash=code_hash, expires_at=utcnow() + LINK_CODE_LIFETIME))
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
            s.add(OmbudLink(client_id=client_id, ombud_id=found.ombud_id))
        else:
            link.ombud_id, link.linked_at, link.nickname = found.ombud_id, utcnow(), None
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


def views_of(client_id: str) -> list[datetime]:
    """When the client's ombud opened their material, newest first."""
    with session_scope() as s:
        return [aware(at) for at in s.execute(
            select(AccessLog.at).where(AccessLog.client_id == client_id).order_by(AccessLog.at.desc())
        ).scalars()]
