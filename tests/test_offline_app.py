"""The chat page as an installable app that works without a network (issue 20),
in real headless Chromium at phone size: its manifest and service worker, the
page with the crisis numbers and the client's own plan opened with the network
cut, and a message typed offline sent when the network returns, once."""
import requests
from playwright.sync_api import expect

from tests.test_browser import ARTIFACTS, chromium, last_bot, phone, say  # noqa: F401  (fixtures)


def token_of(page) -> str:
    return page.evaluate("localStorage.getItem('medvind_token')")


def chat(site: str, token: str, message: str) -> str:
    resp = requests.post(f"{site}/api/chat", json={"message": message},
                         headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert resp.status_code == 200, resp.text
    return "\n".join(m["text"] for m in resp.json()["messages"])


def open_as_app(page, site: str) -> None:
    """First visit: the greeting, and the service worker in control of the page."""
    page.goto(site)
    expect(page.get_by_role("button", name="Mina styrkor")).to_be_visible(timeout=15000)
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()  # now served through the service worker
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=15000)


def test_the_chat_page_is_an_installable_app(phone, site):  # noqa: F811
    manifest = requests.get(f"{site}/manifest.webmanifest", timeout=10)
    assert manifest.headers["Content-Type"].startswith("application/manifest+json")
    data = manifest.json()
    assert data["name"] == "Medvind" and data["lang"] == "sv" and data["display"] == "standalone"
    assert data["start_url"] == "/" and {icon["sizes"] for icon in data["icons"]} >= {"192x192", "512x512"}
    for icon in data["icons"]:
        assert requests.get(site + icon["src"], timeout=10).headers["Content-Type"] == "image/png"
    open_as_app(phone, site)
    assert phone.evaluate("document.querySelector('link[rel=manifest]').href") == f"{site}/manifest.webmanifest"
    assert phone.evaluate("navigator.serviceWorker.ready.then(r => r.scope)") == f"{site}/"


def test_without_a_network_the_page_the_crisis_numbers_and_the_own_plan_open(phone, site):  # noqa: F811
    open_as_app(phone, site)
    token = token_of(phone)
    chat(site, token, "/start_warning_signs")
    chat(site, token, "Promenader med hunden och musik")
    chat(site, token, "hoppa över")
    chat(site, token, "Jag slutar svara i telefon")
    chat(site, token, "paus")
    phone.reload()  # online: the page keeps the plan on the phone
    expect(phone.locator("#plan")).to_be_visible(timeout=15000)

    phone.context.set_offline(True)
    phone.reload()
    expect(phone.locator("#log")).to_contain_text("inget nät just nu", timeout=15000)
    phone.get_by_role("link", name="Akut hjälp").click()
    for number in ("112", "1177", "90101"):
        expect(phone.locator(f'#akut a[href="tel:{number}"]')).to_be_visible()
    phone.get_by_role("link", name="Din egen plan för svåra dagar").click()
    plan = phone.locator("#plan")
    expect(plan).to_contain_text("Promenader med hunden och musik")
    expect(plan).to_contain_text("Jag slutar svara i telefon")
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "offline-plan-phone-390x844.png"), full_page=True)
    phone.context.set_offline(False)


def test_a_message_typed_offline_is_sent_when_the_network_returns_and_stored_once(phone, site):  # noqa: F811
    open_as_app(phone, site)
    phone.get_by_role("button", name="Hur har det varit?").click()
    expect(last_bot(phone)).to_contain_text("Fråga 1 av 4", timeout=15000)

    phone.context.set_offline(True)
    say(phone, "Lugn dag, tog en promenad")
    waiting = phone.locator("#log li.me.waiting").last
    expect(waiting).to_contain_text("Skickas av sig själv när du har nät igen", timeout=15000)
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "offline-waiting-phone-390x844.png"))

    phone.context.set_offline(False)
    expect(last_bot(phone)).to_contain_text("Vad är en sak som gick bra?", timeout=20000)
    expect(phone.locator("#log li.me.waiting")).to_have_count(0)
    export = requests.get(f"{site}/api/me/export", headers={"Authorization": f"Bearer {token_of(phone)}"},
                          timeout=10).json()
    assert [c["mood"] for c in export["checkins"]] == ["Lugn dag, tog en promenad"]
