"""Administration of ombud accounts from the command line (`python -m bot ombud ...`).
Every action is written to the access log (kind "admin"), with the operating-system
user who ran it; a transfer is also logged on each client it moves, so the client
sees it under "vem har sett mina svar?"."""
import getpass
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from bot.storage import second_factor
from bot.storage.db import session_scope
from bot.storage.models import AccessLog, Ombud, OmbudLink, OmbudSession, aware, utcnow
from bot.storage.ombuds import hash_password


class AccountError(ValueError):
    """A request the administrator can correct (unknown name, same account twice...)."""


@dataclass(frozen=True)
class Account:
    username: str
    active: bool
    second_factor: bool
    recovery_codes_left: int
    clients: int
    created_at: datetime


def _admin(s, ombud: Ombud, what: str, client_id: str | None = None) -> None:
    """On an account: what was done and by which operating-system user. On a
    client: what the client is told (the transfer), in their words."""
    s.add(AccessLog(ombud_id=ombud.id, client_id=client_id, kind="admin",
                    what=what if client_id else f"{what} (av {getpass.getuser()})"))


def _named(s, username: str) -> Ombud:
    ombud = s.execute(select(Ombud).where(Ombud.username == username)).scalar_one_or_none()
    if ombud is None:
        raise AccountError(f"Inget ombud heter {username}.")
    return ombud


def _end_sessions(s, ombud: Ombud) -> None:
    s.execute(update(OmbudSession).where(OmbudSession.ombud_id == ombud.id, OmbudSession.revoked_at.is_(None))
              .values(revoked_at=utcnow()))


def list_accounts() -> list[Account]:
    with session_scope() as s:
        counts = dict(s.execute(select(OmbudLink.ombud_id, func.count()).group_by(OmbudLink.ombud_id)).all())
        return [Account(o.username, o.disabled_at is None, bool(o.totp_secret),
                        second_factor.recovery_codes_left(s, o.id), counts.get(o.id, 0), aware(o.created_at))
                for o in s.execute(select(Ombud).order_by(Ombud.username)).scalars()]


def disable(username: str) -> None:
    """The account can no longer log in, and every open session ends now."""
    with session_scope() as s:
        ombud = _named(s, username)
        ombud.disabled_at = ombud.disabled_at or utcnow()
        _end_sessions(s, ombud)
        _admin(s, ombud, "kontot stängdes av")


def enable(username: str) -> None:
    with session_scope() as s:
        ombud = _named(s, username)
        ombud.disabled_at = None
        ombud.failed_logins, ombud.locked_until = 0, None
        _admin(s, ombud, "kontot öppnades igen")


def reset_password(username: str, password: str) -> None:
    with session_scope() as s:
        ombud = _named(s, username)
        ombud.password_hash = hash_password(password)
        ombud.failed_logins, ombud.locked_until = 0, None
        _end_sessions(s, ombud)
        _admin(s, ombud, "nytt lösenord")


def reset_second_factor(username: str) -> second_factor.Enrolment:
    """A new authenticator secret and new recovery codes, for a lost or new phone."""
    with session_scope() as s:
        ombud = _named(s, username)
        _end_sessions(s, ombud)
        _admin(s, ombud, "ny tvåfaktorsinloggning")
        return second_factor.enrol(s, ombud)


def transfer(from_username: str, to_username: str) -> int:
    """Hands every client of one ombud to another (an ombud who leaves); the
    clients' sharing choices stay as they are. Returns how many moved."""
    with session_scope() as s:
        old, new = _named(s, from_username), _named(s, to_username)
        if old.id == new.id:
            raise AccountError("Det är samma ombud.")
        links = list(s.execute(select(OmbudLink).where(OmbudLink.ombud_id == old.id)).scalars())
        for link in links:
            link.ombud_id, link.last_viewed_at = new.id, None
            _admin(s, new, f"flyttades från {old.username} till {new.username}", link.client_id)
        _admin(s, old, f"{len(links)} klienter flyttades till {new.username}")
        return len(links)
