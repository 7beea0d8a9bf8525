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
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


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
    answer_text = Column(Text, nullable=True)
    skipped = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)

    client = relationship("Client", back_populates="answers")
