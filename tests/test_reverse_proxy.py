"""Medvind behind a TLS-terminating reverse proxy: HSTS, __Host- cookies with
Secure, and the client's address taken only from the configured proxy. First
in process, then for real: Debian's nginx on loopback running the very
configuration the README shows (deploy/nginx-medvind.conf)."""
import datetime as dt
import os
import re
import socket
import ssl
import subprocess
import sys
import time
from ipaddress import ip_address

import aiohttp
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.chat import Chat
from tests.conftest import ROOT, _wait_until_up, free_port, stop
from tests.ombud_helpers import current_code, enter_code, login, new_ombud

NGINX_CONFIG = ROOT / "deploy" / "nginx-medvind.conf"
VIA_PROXY = {"X-Forwarded-For": "203.0.113.5", "X-Forwarded-Proto": "https"}


async def app_client(aiohttp_client, monkeypatch, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    from bot.web.app import create_app

    return await aiohttp_client(create_app())


async def test_behind_the_trusted_proxy_https_brings_hsts_and_host_cookies(aiohttp_client, monkeypatch):
    http = await app_client(aiohttp_client, monkeypatch, MEDVIND_TRUSTED_PROXIES="127.0.0.1")
    page = await http.get("/", headers=VIA_PROXY)
    assert page.status == 200 and page.headers["Strict-Transport-Security"] == "max-age=63072000"
    login_page = await http.get("/ombud/login", headers=VIA_PROXY)
    set_cookie = login_page.headers["Set-Cookie"]
    assert set_cookie.startswith("__Host-medvind_login_csrf=")
    assert "Secure" in set_cookie and "Path=/;" in set_cookie and "Domain" not in set_cookie


async def test_forwarded_headers_from_anyone_else_are_refused(aiohttp_client, monkeypatch):
    http = await app_client(aiohttp_client, monkeypatch, MEDVIND_TRUSTED_PROXIES="10.20.30.40")
    assert (await http.get("/", headers=VIA_PROXY)).status == 400  # the test client is not the proxy
    assert (await http.get("/")).status == 400  # nor does anything bypass the proxy
    health = await http.get("/healthz")  # a local monitor still sees the app (503 here: no Rasa)
    assert (await health.json())["web"] is True and (await health.json())["database"] is True


async def test_without_a_configured_proxy_no_forwarded_header_is_believed(aiohttp_client, monkeypatch):
    http = await app_client(aiohttp_client, monkeypatch, MEDVIND_LIMIT_NEW_CLIENTS="2/minute")
    statuses = [(await http.post("/api/session", headers={"X-Forwarded-For": f"198.51.100.{i}",
                                                         "X-Forwarded-Proto": "https"})).status
                for i in range(3)]
    assert statuses == [200, 200, 429]  # one address, whatever the header says
    page = await http.get("/", headers=VIA_PROXY)
    assert "Strict-Transport-Security" not in page.headers
    login_page = await http.get("/ombud/login", headers=VIA_PROXY)
    assert login_page.headers["Set-Cookie"].startswith("medvind_login_csrf=")  # plain HTTP: no __Host-


def self_signed_certificate(folder) -> tuple:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "medvind-test")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def nginx_config(folder, https_port: int, http_port: int, app_port: int, cert_file, key_file) -> str:
    """The README's server blocks with this test's ports and certificate, in a
    minimal main configuration that keeps every file nginx writes in `folder`."""
    server = (NGINX_CONFIG.read_text()
              .replace("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
              .replace("listen 80;", f"listen 127.0.0.1:{http_port};")
              .replace("/etc/ssl/medvind/fullchain.pem", str(cert_file))
              .replace("/etc/ssl/medvind/privkey.pem", str(key_file))
              .replace("http://127.0.0.1:8080", f"http://127.0.0.1:{app_port}"))
    temp = "\n".join(f"    {kind}_temp_path {folder}/{kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (f"{user}worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
            f"events {{}}\nhttp {{\n{temp}\n{server}\n}}\n")


@pytest.fixture(scope="module")
def behind_nginx(rasa_stack, tmp_path_factory):
    """The web app as its own process on loopback, reached only through nginx."""
    folder = tmp_path_factory.mktemp("nginx")
    cert_file, key_file = self_signed_certificate(folder)
    app_port, https_port, http_port = free_port(), free_port(), free_port()
    (folder / "nginx.conf").write_text(nginx_config(folder, https_port, http_port, app_port, cert_file, key_file))
    env = dict(os.environ, WEB_PORT=str(app_port), HOST="127.0.0.1", MEDVIND_TRUSTED_PROXIES="127.0.0.1",
               MEDVIND_LIMIT_NEW_CLIENTS="3/minute")
    with (folder / "web.log").open("w") as web_log:
        web = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env,
                               stdout=web_log, stderr=subprocess.STDOUT)
        nginx = subprocess.Popen(["nginx", "-e", str(folder / "error.log"), "-p", str(folder),
                                  "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(f"http://127.0.0.1:{app_port}/healthz", web, seconds=60)
            wait_for_port(https_port, nginx)
            yield {"https": f"https://127.0.0.1:{https_port}", "http": f"http://127.0.0.1:{http_port}",
                   "ssl": ssl.create_default_context(cafile=str(cert_file))}
        finally:
            stop(nginx, web)


def wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nginx did not start: {proc.returncode}")


def through(proxy, source: str = "127.0.0.1") -> aiohttp.ClientSession:
    """A browser at address `source` that trusts the test certificate."""
    connector = aiohttp.TCPConnector(ssl=proxy["ssl"], local_addr=(source, 0))
    return aiohttp.ClientSession(proxy["https"], connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True))


async def test_through_nginx_the_chat_works_over_https_with_hsts(behind_nginx):
    async with aiohttp.ClientSession() as plain:
        resp = await plain.get(behind_nginx["http"] + "/grupp", allow_redirects=False)
        assert resp.status == 301 and resp.headers["Location"].startswith("https://") and "/grupp" in resp.headers["Location"]
    async with through(behind_nginx) as http:
        page = await http.get("/")
        assert page.status == 200 and page.headers["Strict-Transport-Security"] == "max-age=63072000"
        assert 'lang="sv"' in await page.text()
        chat = await Chat.start(http)
        assert "Medvind" in await chat.say_text("hej")


async def test_through_nginx_each_client_is_counted_by_its_own_address(behind_nginx):
    async def new_sessions(source: str, count: int) -> list[int]:
        async with through(behind_nginx, source) as http:
            return [(await http.post("/api/session", headers={"X-Forwarded-For": f"198.51.100.{i}"})).status
                    for i in range(count)]

    # A forged X-Forwarded-For changes nothing: nginx replaces it with the real address.
    assert await new_sessions("127.0.0.2", 4) == [200, 200, 200, 429]
    assert await new_sessions("127.0.0.3", 1) == [200]  # another phone is not held back


async def test_through_nginx_the_dashboard_needs_the_code_and_uses_host_cookies(behind_nginx):
    username = new_ombud()
    async with through(behind_nginx) as http:
        resp = await login(http, username)
        assert resp.status == 302 and resp.headers["Location"] == "/ombud/login/code"
        session_cookie = next(v for v in resp.headers.getall("Set-Cookie") if v.startswith("__Host-medvind_ombud="))
        assert re.search(r"; Secure", session_cookie) and "Path=/;" in session_cookie
        assert (await http.get("/ombud/", allow_redirects=False)).headers["Location"] == "/ombud/login"
        resp = await enter_code(http, current_code(username))
        assert resp.status == 302 and resp.headers["Location"] == "/ombud/"
        dashboard = await http.get("/ombud/")
        assert dashboard.status == 200 and "<h1>Dina klienter</h1>" in await dashboard.text()


def test_the_readme_shows_the_configuration_that_is_tested():
    assert NGINX_CONFIG.read_text() in (ROOT / "README.md").read_text()
