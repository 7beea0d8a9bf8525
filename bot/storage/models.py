"""Tables for clients and their answers. Answers are the client's own words."""
import uuid
from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import declarative_base, relationship

from bot.storage.encrypted import encrypted

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; everything is stored in UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment and not moment.tzinfo else moment


def new_id() -> str:
    return uuid.uuid4().hex


class Client(Base):
    """An anonymous client. The browser holds a secret token; only its hash is stored.
    `id` doubles as the Rasa sender ID, so the caller never chooses it."""

    __tablename__ = "clients"

    id = Column(String(32), primary_key=True, default=new_id)
    token_hash = Column(String(64), unique=True, nullable=True, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_active_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # back after a long absence: the chat tells the retention rule once (bot/storage/retention.py)
    retention_notice_due = Column(Boolean, nullable=False, default=False, server_default=false())
    # how often the client wants a check-in reminder in their own calendar: "daily", "weekly",
    # "biweekly", or "none" when they said no thanks (None: not asked yet)
    checkin_rhythm = Column(String(10), nullable=True)

    answers = relationship("Answer", back_populates="client", cascade="all, delete-orphan")


class Answer(Base):
    """The latest answer to one question of one module. A skipped question is kept
    (text empty, skipped true) so a paused conversation resumes after it."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("client_id", "module", "question_key"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    module = Column(String(40), nullable=False)
    question_key = Column(String(80), nullable=False)
    question_text = Column(Text, nullable=False)
    answer_text = Column(encrypted("answers", "answer_text"), nullable=True)
    skipped = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)

    client = relationship("Client", back_populates="answers")


class Goal(Base):
    """A goal in the client's own words, usually grown from one of their dreams."""

    __tablename__ = "goals"
    __table_args__ = (UniqueConstraint("client_id", "message_id", name="uq_goals_client_id_message_id"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    dream = Column(encrypted("goals", "dream"), nullable=True)
    text = Column(encrypted("goals", "text"), nullable=False)
    message_id = Column(String(64), nullable=True)  # the chat message it came from (bot/storage/db.add_once)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)

    steps = relationship("GoalStep", back_populates="goal", cascade="all, delete-orphan",
                         order_by="GoalStep.id")


class GoalStep(Base):
    """A small, reachable step towards a goal: what, who helps, when (seed 003's action plan)."""

    __tablename__ = "goal_steps"
    __table_args__ = (UniqueConstraint("goal_id", "message_id", name="uq_goal_steps_goal_id_message_id"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    goal_id = Column(Integer, ForeignKey("goals.id", ondelete="CASCADE"), nullable=False, index=True)
    what = Column(encrypted("goal_steps", "what"), nullable=False)
    who = Column(encrypted("goal_steps", "who"), nullable=True)
    when = Column(encrypted("goal_steps", "when"), nullable=True)
    done_at = Column(DateTime(timezone=True), nullable=True)
    message_id = Column(String(64), nullable=True)  # the chat message it came from (bot/storage/db.add_once)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)

    goal = relationship("Goal", back_populates="steps")


class Rating(Base):
    """One 1-10 rating (readiness, importance or confidence) for a goal, with the
    client's own reasons, kept over time so a trend can be shown."""

    __tablename__ = "ratings"
    __table_args__ = (UniqueConstraint("client_id", "message_id", name="uq_ratings_client_id_message_id"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    goal_id = Column(Integer, ForeignKey("goals.id", ondelete="SET NULL"), nullable=True)
    goal_text = Column(encrypted("ratings", "goal_text"), nullable=False)
    kind = Column(String(20), nullable=False)
    value = Column(Integer, nullable=False)
    why_not_lower = Column(encrypted("ratings", "why_not_lower"), nullable=True)
    one_step_up = Column(encrypted("ratings", "one_step_up"), nullable=True)
    message_id = Column(String(64), nullable=True)  # the chat message it came from (bot/storage/db.add_once)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Checkin(Base):
    """How the day or week has been, in the client's words."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("client_id", "message_id", name="uq_checkins_client_id_message_id"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    mood = Column(encrypted("checkins", "mood"), nullable=True)
    went_well = Column(encrypted("checkins", "went_well"), nullable=True)
    was_hard = Column(encrypted("checkins", "was_hard"), nullable=True)
    for_ombud = Column(encrypted("checkins", "for_ombud"), nullable=True)
    message_id = Column(String(64), nullable=True)  # the chat message it came from (bot/storage/db.add_once)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class AgendaItem(Base):
    """Something the client wants to bring up at the next meeting with the ombud."""

    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("client_id", "message_id", name="uq_agenda_items_client_id_message_id"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    text = Column(encrypted("agenda_items", "text"), nullable=False)
    message_id = Column(String(64), nullable=True)  # the chat message it came from (bot/storage/db.add_once)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class DeviceToken(Base):
    """A further device of the same client (the first device's token is on Client)."""

    __tablename__ = "device_tokens"

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    token_hash = Column(String(64), unique=True, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class DeviceCode(Base):
    """A short one-time code, shown once, to continue the conversation on another device."""

    __tablename__ = "device_codes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    code_hash = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True), nullable=True)


class Ombud(Base):
    """A personligt ombud's account for the dashboard."""

    __tablename__ = "ombuds"

    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(80), unique=True, nullable=False)
    password_hash = Column(Text, nullable=False)  # argon2id
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_until = Column(DateTime(timezone=True), nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    totp_secret = Column(encrypted("ombuds", "totp_secret"), nullable=True)  # base32; None: not enrolled, cannot log in
    totp_last_step = Column(Integer, nullable=True)  # a code is accepted once (no replay)
    disabled_at = Column(DateTime(timezone=True), nullable=True)


class RecoveryCode(Base):
    """One-time codes that stand in for the authenticator app when the phone is lost."""

    __tablename__ = "ombud_recovery_codes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    ombud_id = Column(Integer, ForeignKey("ombuds.id", ondelete="CASCADE"), nullable=False, index=True)
    code_hash = Column(String(64), unique=True, nullable=False)
    used_at = Column(DateTime(timezone=True), nullable=True)


class OmbudSession(Base):
    """A server-side dashboard session; the cookie holds a secret whose hash is `id`."""

    __tablename__ = "ombud_sessions"

    id = Column(String(64), primary_key=True)
    ombud_id = Column(Integer, ForeignKey("ombuds.id", ondelete="CASCADE"), nullable=False, index=True)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_seen_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    revoked_at = Column(DateTime(timezone=True), nullable=True)
    # None while only the password is checked: such a session opens nothing but the code step
    second_factor_at = Column(DateTime(timezone=True), nullable=True)


class LinkCode(Base):
    """A one-time code an ombud gives a client to link them (expires after 7 days)."""

    __tablename__ = "link_codes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    ombud_id = Column(Integer, ForeignKey("ombuds.id", ondelete="CASCADE"), nullable=False, index=True)
    code_hash = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True), nullable=True)
    # what the ombud calls the client, given with the code and kept with the link
    nickname = Column(encrypted("link_codes", "nickname"), nullable=True)


class OmbudLink(Base):
    """A client linked to their ombud. A client has at most one ombud."""

    __tablename__ = "ombud_links"

    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    ombud_id = Column(Integer, ForeignKey("ombuds.id", ondelete="CASCADE"), nullable=False, index=True)
    nickname = Column(encrypted("ombud_links", "nickname"), nullable=True)
    linked_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_viewed_at = Column(DateTime(timezone=True), nullable=True)


class Share(Base):
    """The client shares one module with their ombud (the row exists while shared)."""

    __tablename__ = "shares"
    __table_args__ = (UniqueConstraint("client_id", "module"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    module = Column(String(40), nullable=False)
    shared_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class AccessLog(Base):
    """Every view of a client's material by an ombud (kind "view") and every
    administrative action on an account (kind "admin"): who, which client, what, when."""

    __tablename__ = "access_log"

    id = Column(Integer, primary_key=True, autoincrement=True)
    ombud_id = Column(Integer, ForeignKey("ombuds.id", ondelete="CASCADE"), nullable=False)
    client_id = Column(String(32), ForeignKey("clients.id", ondelete="CASCADE"), nullable=True, index=True)
    kind = Column(String(10), nullable=False, default="view", server_default="view")
    what = Column(String(200), nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class GroupThemeUse(Base):
    """Which group theme was used, and when. Group mode stores nothing else: no
    answers and nothing that points to a person."""

    __tablename__ = "group_theme_uses"

    id = Column(Integer, primary_key=True, autoincrement=True)
    theme = Column(String(40), nullable=False)
    used_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
