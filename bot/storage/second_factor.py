"""The ombud's second factor: a TOTP authenticator app (RFC 6238, pyotp) and a
handful of one-time recovery codes for a lost phone. The password alone never
opens the dashboard."""
import time
from dataclasses import dataclass

import pyotp
from sqlalchemy import delete, select

from bot import crypto
from bot.storage.clients import new_code, normalise_code
from bot.storage.models import Ombud, RecoveryCode, utcnow

ISSUER = "Medvind"
RECOVERY_CODES = 8
RECOVERY_CODE_LENGTH = 10


@dataclass(frozen=True)
class Enrolment:
    """What the ombud needs once, to set up the authenticator app: shown, never stored."""

    ombud_id: int
    secret: str
    uri: str  # otpauth://totp/... for the QR code
    recovery_codes: list[str]


def enrol(session, ombud: Ombud) -> Enrolment:
    """A new TOTP secret and new recovery codes; the old ones stop working."""
    ombud.totp_secret = pyotp.random_base32()
    ombud.totp_last_step = None
    session.execute(delete(RecoveryCode).where(RecoveryCode.ombud_id == ombud.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        code_hash, shown = new_code(RECOVERY_CODE_LENGTH)
        session.add(RecoveryCode(ombud_id=ombud.id, code_hash=code_hash))
        codes.append(shown)
    uri = pyotp.TOTP(ombud.totp_secret).provisioning_uri(name=ombud.username, issuer_name=ISSUER)
    return Enrolment(ombud.id, ombud.totp_secret, uri, codes)


def verify(session, ombud: Ombud, typed: str) -> bool:
    """A code from the app (this 30-second step or the one either side, for a
    phone clock a little off), never the same step twice; or an unused recovery
    code, then used up."""
    if not ombud.totp_secret:
        return False
    code = "".join(typed.split())
    if code.isdigit() and len(code) == 6:
        return _verify_totp(ombud, code)
    return _use_recovery_code(session, ombud, typed)


def _verify_totp(ombud: Ombud, code: str) -> bool:
    totp = pyotp.TOTP(ombud.totp_secret)
    now = int(time.time()) // totp.interval
    for step in (now - 1, now, now + 1):
        if ombud.totp_last_step is not None and step <= ombud.totp_last_step:
            continue  # used already, or older than the last code used: a replay
        if pyotp.utils.strings_equal(totp.generate_otp(step), code):
            ombud.totp_last_step = step
            return True
    return False


def _use_recovery_code(session, ombud: Ombud, typed: str) -> bool:
    code = normalise_code(typed)
    if len(code) != RECOVERY_CODE_LENGTH:
        return False
    found = session.execute(select(RecoveryCode).where(
        RecoveryCode.ombud_id == ombud.id, RecoveryCode.code_hash == crypto.lookup_hash(code),
        RecoveryCode.used_at.is_(None))).scalar_one_or_none()
    if found is None:
        return False
    found.used_at = utcnow()
    return True


def recovery_codes_left(session, ombud_id: int) -> int:
    return len(session.execute(select(RecoveryCode.id).where(
        RecoveryCode.ombud_id == ombud_id, RecoveryCode.used_at.is_(None))).all())


def terminal_qr(uri: str) -> str:
    """The QR code drawn with text characters, made here: the secret never goes to a QR service."""
    import io

    import segno

    out = io.StringIO()
    segno.make(uri, error="m").terminal(out=out, compact=True)
    return out.getvalue()
