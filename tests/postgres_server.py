"""A real PostgreSQL server on loopback for one test module, shared by the
web/actions tests (tests/test_postgres.py) and the Rasa-side tracker store
tests (tests/rasa/test_postgres_tracker.py)."""
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import free_port

needs_postgres = pytest.mark.skipif(shutil.which("initdb") is None, reason="PostgreSQL is not installed")


def as_db_user(command: str) -> list:
    # initdb refuses to run as root; CI runs as root, so use the postgres account then.
    return ["su", "postgres", "-c", command] if os.geteuid() == 0 else ["sh", "-c", command]


@pytest.fixture(scope="module")
def postgres_url():
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
        yield url
    finally:
        subprocess.run(as_db_user(f"pg_ctl -D {data} -m fast stop"), stdout=subprocess.DEVNULL)
        shutil.rmtree(base, ignore_errors=True)
