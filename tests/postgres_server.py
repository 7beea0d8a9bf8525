"""A real PostgreSQL server on loopback for one test module, shared by the
web/actions tests (tests/test_postgres.py, tests/test_multi_server.py) and the
Rasa-side tracker store tests (tests/rasa/test_postgres_tracker.py); also
started by `bench/chaos.py --cluster`."""
import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


def server_programs() -> Path:
    """Where initdb and pg_ctl are: on PATH, or in Debian's versioned folder
    (`make test` installs the postgresql package)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not folders:
        raise RuntimeError("PostgreSQL is not installed: `make test` installs it (apt-get install postgresql).")
    return Path(folders[-1]).parent


def files_containing(url: str, needle: bytes) -> list[Path]:
    """The server's files (tables, WAL, everything) that hold `needle` in plain
    bytes, after a checkpoint has written every change to them."""
    from sqlalchemy import create_engine, text

    with create_engine(url, isolation_level="AUTOCOMMIT").connect() as connection:
        connection.execute(text("CHECKPOINT"))
    return [p for p in DATA_FOLDERS[url].rglob("*") if p.is_file() and needle in p.read_bytes()]


def as_db_user(command: str) -> list:
    # initdb refuses to run as root; CI runs as root, so use the postgres account then.
    command = f"PATH={server_programs()}:$PATH {command}"
    return ["su", "postgres", "-c", command] if os.geteuid() == 0 else ["sh", "-c", command]


DATA_FOLDERS: dict[str, Path] = {}  # url -> the server's data folder, to look at its files


@contextlib.contextmanager
def running_postgres():
    """A fresh PostgreSQL server on a free loopback port; yields its URL."""
    from tests.conftest import free_port

    # Not under pytest's tmp dir: the postgres account cannot enter root's 0700 folders.
    base = Path(tempfile.mkdtemp(prefix="medvind-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = free_port()
    data = base / "data"
    subprocess.run(as_db_user(f"initdb -D {data} -A trust -U medvind"), check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(as_db_user(
        f"pg_ctl -D {data} -l {base}/log -o '-k {base} -p {port} -c listen_addresses=127.0.0.1' start"
    ), check=True, stdout=subprocess.DEVNULL)
    try:
        url = f"postgresql://medvind@127.0.0.1:{port}/postgres"
        from sqlalchemy import create_engine

        for _ in range(50):
            try:
                create_engine(url).connect().close()
                break
            except Exception:
                time.sleep(0.2)
        DATA_FOLDERS[url] = data
        yield url
    finally:
        subprocess.run(as_db_user(f"pg_ctl -D {data} -m fast stop"), stdout=subprocess.DEVNULL)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_url():
    with running_postgres() as url:
        yield url
