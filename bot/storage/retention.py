"""Nothing is kept for ever. A client who has not used Medvind for
`MEDVIND_RETENTION_INACTIVE_DAYS` (default 365) is told the rule in the chat the
next time they come back; a client who stays away a further
`MEDVIND_RETENTION_GRACE_DAYS` (default 30) is erased: answers, goals, ratings,
check-ins, agenda, sharing choices, devices, the ombud link, the access-log rows
about them and the whole conversation. The ombud's account keeps one line that
a client was erased by the rule, with no trace of who. `python -m bot retention`
runs it; `make run` runs it once a day."""
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from bot.storage.conversations import erase_conversation
from bot.storage.db import session_scope
from bot.storage.models import AccessLog, Client, OmbudLink, aware, utcnow


@dataclass(frozen=True)
class Policy:
    inactive: timedelta
    grace: timedelta

    @classmethod
    def from_env(cls) -> "Policy":
        return cls(timedelta(days=int(os.environ.get("MEDVIND_RETENTION_INACTIVE_DAYS", "365"))),
                   timedelta(days=int(os.environ.get("MEDVIND_RETENTION_GRACE_DAYS", "30"))))


def away_long(last_active: datetime, now: datetime, policy: Policy) -> bool:
    return aware(last_active) < now - policy.inactive


def notice(policy: Policy) -> str:
    return (f"Välkommen tillbaka! Det är mer än {policy.inactive.days} dagar sedan du använde Medvind, "
            f"och det du skrivit finns kvar. Medvind sparar inte dina svar för alltid: om du inte använder "
            f"Medvind på {(policy.inactive + policy.grace).days} dagar raderas allt av sig självt. "
            "Du kan också ladda ner eller radera allt själv under \"Mina uppgifter\".")


def erase_inactive(now: datetime | None = None, policy: Policy | None = None) -> int:
    """Erases every client away longer than inactive + grace; returns how many."""
    now, policy = now or utcnow(), policy or Policy.from_env()
    cutoff = now - policy.inactive - policy.grace
    with session_scope() as s:
        gone = list(s.execute(select(Client.id).where(Client.last_active_at < cutoff)).scalars())
    for client_id in gone:
        with session_scope() as s:
            link = s.get(OmbudLink, client_id)
            if link is not None:  # the ombud's account keeps that it happened, not who
                s.add(AccessLog(ombud_id=link.ombud_id, client_id=None, kind="admin",
                                what=f"en klient raderades efter {(policy.inactive + policy.grace).days} "
                                     "dagar utan aktivitet (gallring)"))
            s.execute(delete(Client).where(Client.id == client_id))  # everything else cascades
        erase_conversation(client_id)
    return len(gone)
