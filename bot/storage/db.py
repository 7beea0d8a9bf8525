"""Engine and sessions. SQLite runs in WAL mode so the web app and the action
server can write to the same file at once; PostgreSQL is used as it is."""
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bot import config


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL syncs the write-ahead log on every commit: an answer the client saw
    # acknowledged survives a power cut, not only a crash (NORMAL may lose it).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # SQLAlchemy 1.4 opens a new SQLite connection (and runs the pragmas) for
        # every session of a file database; a pool keeps a few open instead.
        in_memory = make_url(url).database in (None, "", ":memory:")
        pool = {} if in_memory else {"poolclass": QueuePool}
        engine = create_engine(url, future=True, connect_args={"check_same_thread": False}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # on is PostgreSQL's default; said here so a server configured otherwise cannot
    # acknowledge an answer it has not yet written to disk
    return create_engine(url, future=True, pool_pre_ping=True,
                         connect_args={"options": "-c synchronous_commit=on"})


def engine(url: str | None = None) -> Engine:
    """One engine (and connection pool) per database URL for the whole process."""
    return _engine_for(url or config.database_url())


@cache
def _engine_for(url: str) -> Engine:
    return make_engine(url)


@cache
def _sessions_for(url: str) -> sessionmaker:
    return sessionmaker(bind=_engine_for(url), future=True, expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back on error."""
    session = _sessions_for(url or config.database_url())()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def add_once(session: Session, row, message_id: str | None, **owner):
    """Adds `row` unless the same chat message stored one already: a message the
    client sent again after a crash (same `message_id`) is not stored twice.
    `owner` says whose rows to look among (client_id=..., or goal_id=...);
    a unique constraint on (owner, message_id) backs this up."""
    if message_id:
        model = type(row)
        found = session.execute(select(model).filter_by(message_id=message_id, **owner)).scalar_one_or_none()
        if found is not None:
            return found
        row.message_id = message_id
    session.add(row)
    session.flush()
    return row
