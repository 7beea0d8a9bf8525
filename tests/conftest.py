"""Shared fixtures. Each test session gets its own databases under a temporary
directory; web tests talk to a real Rasa server and action server running the
trained model on loopback ports of their own."""
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "medvind.tar.gz"
# Two runtimes (README, "Runtimes"): the Rasa servers on Rasa 3.6 / Python 3.10,
# the web app and the action server on Python 3.12. Whichever of them runs the
# tests, the stack starts each process in its own.
RASA_BIN = Path(os.environ.get("MEDVIND_RASA_VENV", ROOT / ".venv")) / "bin"
APP_BIN = Path(os.environ.get("MEDVIND_APP_VENV", ROOT / ".venv-app")) / "bin"


# Tests that need the trained model or real servers (Rasa, PostgreSQL, Redis,
# nginx, Chromium): marked `stack` here by the fixtures they use, or by
# `pytestmark = pytest.mark.stack` in their module. `make test-unit` leaves them out.
STACK_FIXTURES = {"rasa_stack", "http", "chat", "site", "cluster", "behind_nginx", "postgres_url", "redis_url", "agent"}


def pytest_configure(config):
    config.addinivalue_line("markers", "stack: needs the trained model or real servers (`make test` runs it)")


def pytest_collection_modifyitems(items):
    for item in items:
        if STACK_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.stack)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session", autouse=True)
def isolated_databases(tmp_path_factory):
    """Points the answers and tracker databases at fresh SQLite files for the session."""
    tmp = tmp_path_factory.mktemp("db")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'medvind.db'}"
    os.environ["TRACKER_DATABASE_URL"] = f"sqlite:///{tmp / 'tracker.db'}"
    os.environ["MEDVIND_KEY_FILE"] = str(tmp / "keys.json")
    from bot.crypto import ensure_key_file

    ensure_key_file()
    from bot.storage.migrate import upgrade

    upgrade()
    return tmp


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(url)


@pytest.fixture(scope="session")
def rasa_stack(isolated_databases, tmp_path_factory):
    """Starts the action server and the Rasa server with the trained model."""
    if not MODEL.exists():
        pytest.fail("No trained model: run `make test`, which trains it first.")
    tmp = tmp_path_factory.mktemp("stack")
    rasa_port, action_port = free_port(), free_port()
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n'
        "tracker_store:\n  type: bot.tracker_store.MedvindTrackerStore\n"
    )
    env = dict(os.environ, SANIC_HOST="127.0.0.1", RASA_TELEMETRY_ENABLED="false")
    with (tmp / "actions.log").open("w") as action_log, (tmp / "rasa.log").open("w") as rasa_log:
        actions = subprocess.Popen(
            [str(APP_BIN / "python"), "-m", "rasa_sdk", "--port", str(action_port), "--actions", "actions"],
            cwd=ROOT, env=env, stdout=action_log, stderr=subprocess.STDOUT,
        )
        rasa = subprocess.Popen(
            [str(RASA_BIN / "rasa"), "run", "--interface", "127.0.0.1", "--port", str(rasa_port),
             "--model", str(MODEL), "--endpoints", str(endpoints), "--credentials", "credentials.yml"],
            cwd=ROOT, env=env, stdout=rasa_log, stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_up(f"http://127.0.0.1:{action_port}/health", actions)
            _wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa)
            os.environ["RASA_URL"] = f"http://127.0.0.1:{rasa_port}"
            os.environ["ACTION_SERVER_URL"] = f"http://127.0.0.1:{action_port}"
            yield {"rasa_port": rasa_port, "action_port": action_port, "dir": tmp}
        finally:
            stop(rasa, actions)


def stop(*processes: subprocess.Popen) -> None:
    for proc in processes:
        proc.terminate()
    for proc in processes:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
async def http(rasa_stack, aiohttp_client):
    """The real web app, in process, talking to the real Rasa stack."""
    from bot.web.app import create_app

    return await aiohttp_client(create_app())


@pytest.fixture
async def chat(http):
    from tests.chat import Chat

    return await Chat.start(http)


@pytest.fixture(scope="module")
def site(rasa_stack):
    """The web app as its own process (`python -m bot serve`) on a loopback port."""
    from bot.web.rate_limits import LIMITS

    port = free_port()
    env = dict(os.environ, WEB_PORT=str(port), HOST="127.0.0.1")
    # These tests try input handling and pages; tests/test_rate_limits.py tries the limits.
    env.update({variable: "100000/minute" for variable, _ in LIMITS.values()})
    with (rasa_stack["dir"] / f"web-{port}.log").open("w") as web_log:
        web = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env,
                               stdout=web_log, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(f"http://127.0.0.1:{port}/healthz", web, seconds=60)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop(web)
