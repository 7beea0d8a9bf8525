"""The client's chat page in real headless Chromium (Debian's), at phone size,
against the real web app, Rasa server and action server."""
import json
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Page, expect, sync_playwright

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make test installs it)"
)


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                   has_touch=True, locale="sv-SE")
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda m: "Content Security Policy" in m.text and page.csp_errors.append(m.text))
    yield page
    context.close()


def last_bot(page: Page):
    return page.locator("#log li.bot").last


def answers_of(page: Page, site: str) -> list:
    token = page.evaluate("localStorage.getItem('medvind_token')")
    data = requests.get(f"{site}/api/me/export", headers={"Authorization": f"Bearer {token}"}).json()
    return [a["answer"] for a in data["answers"]]


def say(page: Page, text: str) -> None:
    page.fill("#message", text)
    page.press("#message", "Enter")


def test_first_visit_greets_and_offers_the_menu(phone, site):
    phone.goto(site)
    expect(phone.locator("#log")).to_contain_text("inte en människa", timeout=15000)
    expect(phone.get_by_role("button", name="Mina styrkor")).to_be_visible(timeout=15000)
    assert phone.evaluate("localStorage.getItem('medvind_token')")
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "chat-phone-390x844.png"))
    assert phone.csp_errors == []


def test_full_strengths_conversation_with_buttons_and_free_text(phone, site):
    phone.goto(site)
    phone.get_by_role("button", name="Mina styrkor").click(timeout=15000)
    expect(last_bot(phone)).to_contain_text("Fråga 1 av 7", timeout=15000)
    say(phone, "Mina barn")
    expect(last_bot(phone)).to_contain_text("Fråga 2 av 7", timeout=15000)
    phone.get_by_role("button", name="Hoppa över").last.click()
    for n, text in enumerate(["Envis", "Min bror", "Grannen", "Jag lyssnar", "Körkortet"], start=3):
        expect(last_bot(phone)).to_contain_text(f"Fråga {n} av 7", timeout=15000)
        say(phone, text)
    expect(phone.locator("#log")).to_contain_text("«Körkortet»", timeout=15000)
    expect(phone.locator("#log")).to_contain_text("«Mina barn»")
    assert answers_of(phone, site).count("Körkortet") == 1


def test_reload_shows_the_conversation_and_resumes(phone, site):
    phone.goto(site)
    phone.get_by_role("button", name="Mina styrkor").click(timeout=15000)
    expect(last_bot(phone)).to_contain_text("Fråga 1 av 7", timeout=15000)
    say(phone, "Musiken")
    expect(last_bot(phone)).to_contain_text("Fråga 2 av 7", timeout=15000)
    phone.fill("#message", "ett utkast jag inte skickat")
    phone.reload()
    expect(phone.locator("#log")).to_contain_text("Musiken", timeout=15000)
    expect(phone.locator("#message")).to_have_value("ett utkast jag inte skickat")
    say(phone, "Vänner")
    expect(last_bot(phone)).to_contain_text("Fråga 3 av 7", timeout=15000)


def test_a_lost_response_is_retried_without_a_double_answer(phone, site):
    phone.goto(site)
    phone.get_by_role("button", name="Mina styrkor").click(timeout=15000)
    expect(last_bot(phone)).to_contain_text("Fråga 1 av 7", timeout=15000)
    lost = {"count": 0}

    def lose_first_response(route):
        if lost["count"] == 0:
            lost["count"] += 1
            route.fetch()  # the server gets and stores the answer ...
            route.abort()  # ... but the phone never sees the reply
        else:
            route.continue_()

    phone.route("**/api/chat", lose_first_response)
    say(phone, "Min katt")
    retry = phone.get_by_role("button", name="Försök igen")
    expect(retry).to_be_visible(timeout=15000)
    expect(phone.locator("#log li.me").last).to_contain_text("Min katt")
    retry.click()
    expect(last_bot(phone)).to_contain_text("Fråga 2 av 7", timeout=15000)
    assert answers_of(phone, site) == ["Min katt"]


def test_crisis_numbers_are_one_tap_away(phone, site):
    phone.goto(site)
    phone.get_by_role("link", name="Akut hjälp").click()
    panel = phone.locator("#akut")
    expect(panel).to_be_visible()
    for number in ("112", "1177", "90101"):
        expect(panel.locator(f'a[href="tel:{number}"]')).to_be_visible()


@pytest.mark.parametrize("path", ["/", "/tillganglighet", "/ombud/login"])
def test_no_serious_accessibility_violations(chromium, site, path):
    # axe is injected by the test, so this one context may bypass the page's CSP.
    context = chromium.new_context(viewport=PHONE, bypass_csp=True, locale="sv-SE")
    page = context.new_page()
    page.goto(site + path)
    if path == "/":
        expect(page.get_by_role("button", name="Mina styrkor")).to_be_visible(timeout=15000)
    page.evaluate(AXE.read_text())
    result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})")
    serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    context.close()
    assert serious == [], json.dumps([(v["id"], v["help"]) for v in serious], ensure_ascii=False)


def test_the_crisis_numbers_and_the_chat_are_reached_with_the_keyboard(phone, site):
    phone.goto(site)
    expect(phone.get_by_role("button", name="Mina styrkor")).to_be_visible(timeout=15000)
    for _ in range(6):  # Meny, Pausa, Akut hjälp: the first stops of the page
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.id") == "urgent-link":
            break
    assert phone.evaluate("document.activeElement.id") == "urgent-link"
    phone.keyboard.press("Enter")
    expect(phone.locator('#akut a[href="tel:90101"]')).to_be_visible()
    phone.locator("#message").focus()
    phone.keyboard.type("hej")
    phone.keyboard.press("Enter")
    expect(phone.locator("#log li").last).not_to_have_text("hej", timeout=15000)


def test_text_at_200_percent_still_fits_the_phone(phone, site):
    phone.goto(site)
    expect(phone.get_by_role("button", name="Mina styrkor")).to_be_visible(timeout=15000)
    phone.evaluate("document.documentElement.style.fontSize = '225%'")  # 200% of the page's 112.5%
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    expect(phone.locator("#composer .send")).to_be_in_viewport()
    expect(phone.get_by_role("link", name="Akut hjälp")).to_be_visible()


def test_ombud_logs_in_and_opens_a_client_page(chromium, site):
    from tests.ombud_helpers import PASSWORD, current_code, new_ombud

    username = new_ombud()
    context = chromium.new_context(viewport={"width": 1024, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.goto(f"{site}/ombud/")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.get_by_label("Kod från din autentiseringsapp").fill(current_code(username))
    page.get_by_role("button", name="Fortsätt").click()
    expect(page.get_by_role("heading", name="Dina klienter")).to_be_visible()
    page.get_by_role("button", name="Skapa kopplingskod").click()
    code = page.locator(".code strong").inner_text()

    token = requests.post(f"{site}/api/session").json()["client_token"]
    auth = {"Authorization": f"Bearer {token}"}
    for message in ("/start_strengths", "Min envishet", "paus", f"koppla {code}",
                    '/share_module{"module": "strengths", "share": "on"}'):
        assert requests.post(f"{site}/api/chat", json={"message": message}, headers=auth).ok

    page.goto(f"{site}/ombud/")
    page.get_by_role("link", name="Namnlös klient").click()
    expect(page.locator("main")).to_contain_text("Min envishet")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ombud-client-page.png"), full_page=True)
    context.close()


def test_every_bot_message_can_be_read_aloud_in_swedish_on_the_phone(phone, site):
    # What the page asks the phone's speech synthesis to say, without a real voice.
    phone.add_init_script("""
        window.__spoken = [];
        window.speechSynthesis.speak = (u) => window.__spoken.push({text: u.text, lang: u.lang});
    """)
    phone.goto(site)
    expect(phone.get_by_role("button", name="Mina styrkor")).to_be_visible(timeout=15000)
    read_aloud = last_bot(phone).get_by_role("button", name="Läs upp meddelandet")
    expect(read_aloud).to_be_visible()
    assert phone.locator("#log li.bot").count() == phone.locator("#log li.bot button.speak").count()
    read_aloud.click()
    spoken = phone.evaluate("window.__spoken")
    assert spoken and spoken[-1]["lang"] == "sv-SE" and spoken[-1]["text"] == last_bot(phone).locator(".text").inner_text()
    expect(read_aloud).to_have_attribute("aria-pressed", "true")
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "read-aloud-phone-390x844.png"))


def tap(page: Page, title: str) -> None:
    last_bot(page).get_by_role("button", name=title).click()


def test_the_crisis_reply_shows_the_clients_own_safety_plan_on_the_phone(phone, site):
    phone.goto(site)
    expect(phone.get_by_role("button", name="Plan för svåra dagar")).to_be_visible(timeout=15000)
    tap(phone, "Plan för svåra dagar")
    expect(last_bot(phone)).to_contain_text("Fråga 1 av 12", timeout=15000)
    plan = {2: "Min son Elias och att måla", 8: "Kusin Lena 070-111 22 33", 9: "Att Lena har min reservnyckel"}
    for number in range(1, 13):
        if number in plan:
            say(phone, plan[number])
        else:
            tap(phone, "Hoppa över")
        expect(last_bot(phone)).to_contain_text("Fråga" if number < 12 else "Vad vill du göra?", timeout=15000)
    say(phone, "jag orkar inte leva längre, har bestämt mig för ikväll")
    expect(phone.locator("#log")).to_contain_text("Från din egen plan", timeout=15000)
    for text in plan.values():
        expect(phone.locator("#log")).to_contain_text(f"«{text}»")
    phone.locator("#log li.bot", has_text="Från din egen plan").scroll_into_view_if_needed()
    phone.screenshot(path=str(ARTIFACTS / "crisis-own-plan-phone-390x844.png"))


def test_add_to_calendar_in_the_chat_downloads_the_file_without_a_message_to_the_bot(phone, site):
    phone.goto(site)
    expect(phone.get_by_role("button", name="Hur har det varit?")).to_be_visible(timeout=15000)
    tap(phone, "Hur har det varit?")
    for answer in ("okej", "promenad", "sömnen", "nej"):
        expect(phone.locator("#message")).to_be_enabled(timeout=15000)
        say(phone, answer)
        phone.wait_for_timeout(300)
    expect(last_bot(phone).get_by_role("button", name="Varje vecka")).to_be_visible(timeout=15000)
    tap(phone, "Varje vecka")
    expect(last_bot(phone).get_by_role("button", name="Lägg till i kalendern")).to_be_visible(timeout=15000)
    sent = []
    phone.on("request", lambda r: r.url.endswith("/api/chat") and sent.append(r))
    with phone.expect_download() as download:
        tap(phone, "Lägg till i kalendern")
    assert download.value.suggested_filename == "medvind-steg.ics"
    assert "Checka in i Medvind" in Path(download.value.path()).read_text()
    expect(last_bot(phone)).to_contain_text("Kalenderfilen är nedladdad")
    assert sent == []
    phone.screenshot(path=str(ARTIFACTS / "calendar-in-chat-phone-390x844.png"))


def test_looking_back_on_a_hard_period_from_the_menu_on_the_phone(phone, site):
    phone.goto(site)
    expect(phone.get_by_role("button", name="Efter en svår period")).to_be_visible(timeout=15000)
    tap(phone, "Efter en svår period")
    expect(last_bot(phone)).to_contain_text("Fråga 1 av 5", timeout=15000)
    say(phone, "Det började när jag slutade sova i höstas")
    expect(last_bot(phone)).to_contain_text("Fråga 2 av 5", timeout=15000)
    assert "Det började när jag slutade sova i höstas" in answers_of(phone, site)
    phone.screenshot(path=str(ARTIFACTS / "reflection-phone-390x844.png"))
