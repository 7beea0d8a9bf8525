"""Medvind on more than one machine, tried here on loopback (issue 18): real
PostgreSQL for answers and conversations, Redis for the Rasa servers'
conversation locks and the web apps' rate limits, three Rasa servers, two
web apps, and Debian's nginx in front running deploy/cluster/nginx-upstream.conf.

A client fills in a check-in while the Rasa server that holds the
conversation is killed with kill -9 in the middle of a turn, and then each
web app in turn: another server finishes the turn, the form goes on where it
was, and every answer and every message is stored once."""
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import pytest
import requests
from sqlalchemy import create_engine, text

from tests.conftest import APP_BIN, MODEL, RASA_BIN, ROOT, _wait_until_up, free_port, stop
from tests.postgres_server import postgres_url  # noqa: F401  (a fixture)
from tests.test_reverse_proxy import self_signed_certificate, wait_for_port

RASA_SERVERS, WEB_APPS = 3, 2
NGINX_CONFIG = ROOT / "deploy" / "cluster" / "nginx-upstream.conf"


def nginx_config(folder, https_port: int, web_ports: list[int], cert_file, key_file) -> str:
    """The deployment's load balancer with this test's ports and certificate."""
    conf = (NGINX_CONFIG.read_text()
            .replace("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
            .replace("/etc/ssl/medvind/fullchain.pem", str(cert_file))
            .replace("/etc/ssl/medvind/privkey.pem", str(key_file)))
    for i, port in enumerate(web_ports):
        conf = conf.replace(f"10.0.2.{i + 1}:8080", f"127.0.0.1:{port}")
    temp = "\n".join(f"    {kind}_temp_path {folder}/{kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (f"{user}worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
            f"events {{}}\nhttp {{\n{temp}\n{conf}\n}}\n")


class Cluster:
    def __init__(self, logs) -> None:
        self.logs, self.procs, self.recipes = logs, {}, {}

    def start(self, name: str, cmd: list, env: dict) -> subprocess.Popen:
        self.recipes[name] = (cmd, env)
        log = (self.logs / f"{name}.log").open("a")
        # its own process group, so a kill reaches every process it started
        self.procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        return self.procs[name]

    def signal(self, name: str, number: int) -> None:
        os.killpg(self.procs[name].pid, number)

    def kill(self, name: str) -> None:
        self.signal(name, signal.SIGKILL)
        self.procs[name].wait()

    def restart(self, name: str, health: str) -> None:
        _wait_until_up(health, self.start(name, *self.recipes[name]), seconds=60)


@pytest.fixture(scope="module")
def cluster(postgres_url, tmp_path_factory):  # noqa: F811
    if not MODEL.exists():
        pytest.fail("No trained model: run `make test`, which trains it first.")
    logs = tmp_path_factory.mktemp("cluster")
    redis_port, action_port, https_port = free_port(), free_port(), free_port()
    rasa_ports = [free_port() for _ in range(RASA_SERVERS)]
    web_ports = [free_port() for _ in range(WEB_APPS)]
    endpoints = logs / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace("127.0.0.1:5055", f"127.0.0.1:{action_port}"))
    cert_file, key_file = self_signed_certificate(logs)
    (logs / "nginx.conf").write_text(nginx_config(logs, https_port, web_ports, cert_file, key_file))
    redis_url = f"redis://127.0.0.1:{redis_port}"
    env = dict(os.environ, DATABASE_URL=postgres_url, TRACKER_DATABASE_URL=postgres_url,
               REDIS_URL=f"{redis_url}/1", MEDVIND_LIMITS_STORAGE=f"{redis_url}/2",
               RASA_URL=",".join(f"http://127.0.0.1:{port}" for port in rasa_ports),
               ACTION_SERVER_URL=f"http://127.0.0.1:{action_port}", MEDVIND_TRUSTED_PROXIES="127.0.0.1",
               SANIC_HOST="127.0.0.1", HOST="127.0.0.1", RASA_TELEMETRY_ENABLED="false")
    subprocess.run([str(APP_BIN / "python"), "-m", "bot", "db", "upgrade"], cwd=ROOT, env=env, check=True)
    cluster = Cluster(logs)
    cluster.start("redis", ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                            "--save", "", "--appendonly", "no"], env)
    cluster.start("actions", [str(APP_BIN / "python"), "-m", "rasa_sdk", "--port", str(action_port),
                              "--actions", "actions"], env)
    for i, port in enumerate(rasa_ports):
        cluster.start(f"rasa{i}", [str(RASA_BIN / "rasa"), "run", "--interface", "127.0.0.1", "--port", str(port),
                                   "--model", str(MODEL), "--endpoints", str(endpoints),
                                   "--credentials", "credentials.yml"], env)
    for i, port in enumerate(web_ports):
        cluster.start(f"web{i}", [sys.executable, "-m", "bot", "serve"], env | {"WEB_PORT": str(port)})
    nginx = cluster.start("nginx", ["nginx", "-e", str(logs / "error.log"), "-p", str(logs),
                                    "-c", str(logs / "nginx.conf"), "-g", "daemon off;"], env)
    try:
        _wait_until_up(f"http://127.0.0.1:{action_port}/health", cluster.procs["actions"])
        for i, port in enumerate(rasa_ports):
            _wait_until_up(f"http://127.0.0.1:{port}/", cluster.procs[f"rasa{i}"])
        cluster.web_health = [f"http://127.0.0.1:{port}/healthz" for port in web_ports]
        for i, health in enumerate(cluster.web_health):
            _wait_until_up(health, cluster.procs[f"web{i}"], seconds=60)
        wait_for_port(https_port, nginx)
        cluster.database, cluster.cert = postgres_url, str(cert_file)
        cluster.rasa = [f"http://127.0.0.1:{port}" for port in rasa_ports]
        cluster.base = f"https://127.0.0.1:{https_port}"
        yield cluster
    finally:
        for name in cluster.procs:  # a stopped process would not stop
            with contextlib.suppress(ProcessLookupError):
                cluster.signal(name, signal.SIGCONT)
        stop(*cluster.procs.values())


class Phone:
    """The chat page: each message with its own id, sent again with the same id
    until it is answered."""

    def __init__(self, cluster: Cluster) -> None:
        self.base, self.cert = cluster.base, cluster.cert
        self.token = requests.post(f"{self.base}/api/session", verify=self.cert, timeout=10).json()["client_token"]
        self.retries = 0

    def say(self, message: str, message_id: str | None = None) -> str:
        body = {"message": message, "message_id": message_id or uuid.uuid4().hex}
        for _ in range(30):
            try:
                resp = requests.post(f"{self.base}/api/chat", json=body, verify=self.cert, timeout=60,
                                     headers={"Authorization": f"Bearer {self.token}"})
                if resp.status_code == 200:
                    return "\n".join(m["text"] for m in resp.json()["messages"])
            except requests.RequestException:
                pass
            self.retries += 1
            time.sleep(0.5)
        raise AssertionError("no answer")

    def checkins(self) -> list[dict]:
        return requests.get(f"{self.base}/api/me/export", headers={"Authorization": f"Bearer {self.token}"},
                            verify=self.cert, timeout=10).json()["checkins"]


def newest_sender(database: str) -> str:
    with create_engine(database).connect() as connection:
        return connection.execute(text("SELECT sender_id FROM events ORDER BY id DESC LIMIT 1")).scalar_one()


def message_ids(database: str, sender_id: str) -> list[str]:
    """The message id of every user message the conversation holds, in order."""
    from bot import crypto

    with create_engine(database).connect() as connection:
        rows = connection.execute(text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' "
                                       "ORDER BY id"), {"s": sender_id}).scalars()
        return [(json.loads(crypto.decrypt(row, crypto.EVENTS)).get("metadata") or {}).get("message_id")
                for row in rows]


def test_a_rasa_server_killed_mid_turn_is_taken_over_and_nothing_is_lost_or_doubled(cluster):
    from bot.web.rasa_client import RasaServers

    anna = Phone(cluster)
    assert "Fråga 1 av 4" in anna.say("/start_checkin")
    anna_id = newest_sender(cluster.database)
    home = RasaServers(cluster.rasa, 1).server_for(anna_id)
    assert "Vad är en sak som gick bra?" in anna.say("En tung vecka, men jag tog mig ut varje dag")

    # With the action server stopped, the turn is surely inside the home server when it is killed.
    cluster.signal("actions", signal.SIGSTOP)
    reply = {}
    turn = threading.Thread(target=lambda: reply.update(text=anna.say("Jag ringde min syster", "m-went-well")))
    turn.start()
    time.sleep(1.5)
    cluster.kill(f"rasa{cluster.rasa.index(home)}")
    killed_at = time.monotonic()
    cluster.signal("actions", signal.SIGCONT)
    turn.join(timeout=90)
    taken_over_in = time.monotonic() - killed_at
    print(f"\nthe turn was finished by another Rasa server {taken_over_in:.1f} s after the kill")
    assert "Vad var svårt?" in reply["text"]
    assert taken_over_in < 20  # the dead server's conversation lock lapses after 10 s
    started = time.monotonic()
    assert "Finns det något du vill ta upp" in anna.say("Att sova, och bussen var sen")
    print(f"the next turn took {time.monotonic() - started:.2f} s")

    # Each web app killed in turn: the load balancer sends Anna to the other.
    cluster.kill("web0")
    bo = Phone(cluster)
    assert "Fråga 1 av 4" in bo.say("/start_checkin")
    cluster.restart("web0", cluster.web_health[0])
    cluster.kill("web1")
    assert "Det du skrev är sparat" in anna.say("Nej, inget mer den här gången")
    assert "Vad är en sak som gick bra?" in bo.say("Lugnt")
    cluster.restart("web1", cluster.web_health[1])

    checkins = anna.checkins()
    assert len(checkins) == 1
    assert checkins[0]["went_well"] == "Jag ringde min syster"
    assert checkins[0]["was_hard"] == "Att sova, och bussen var sen"
    assert checkins[0]["for_ombud"] == "Nej, inget mer den här gången"
    ids = message_ids(cluster.database, anna_id)
    assert len(ids) == 5 and len(set(ids)) == 5 and ids.count("m-went-well") == 1  # each message once


def test_a_web_app_is_ready_while_one_rasa_server_is_down_and_says_so(cluster):
    """Run after the kill above: one of the three Rasa servers is gone."""
    health = requests.get(cluster.web_health[0], timeout=10)
    assert health.status_code == 200 and health.json()["rasa_servers_up"] == f"{RASA_SERVERS - 1}/{RASA_SERVERS}"
