"""The accessibility statement (lag 2018:1937): served in Swedish, with a way to
report problems and the supervising authority, and linked from the chat and
the dashboard."""


async def fresh_http(aiohttp_client):
    from bot.web.app import create_app

    return await aiohttp_client(create_app())


async def test_the_statement_answers_in_swedish_with_what_the_law_asks(aiohttp_client, monkeypatch):
    monkeypatch.setenv("MEDVIND_ORGANISATION", "Exempelby kommun")
    monkeypatch.setenv("MEDVIND_ACCESSIBILITY_CONTACT", "tillganglighet@exempelby.se")
    http = await fresh_http(aiohttp_client)
    resp = await http.get("/tillganglighet")
    page = await resp.text()
    assert resp.status == 200 and '<html lang="sv">' in page
    assert "Exempelby kommun står bakom Medvind" in page
    assert "delvis förenlig" in page and "WCAG 2.1" in page and "2018:1937" in page
    assert 'href="mailto:tillganglighet@exempelby.se' in page  # how to report a problem
    assert 'href="https://www.digg.se/tdosanmalan"' in page  # the supervising authority
    assert "Innehåll som inte är tillgängligt" in page and "Hur vi har testat" in page


async def test_without_a_contact_the_statement_still_says_where_to_report(aiohttp_client, monkeypatch):
    monkeypatch.delenv("MEDVIND_ACCESSIBILITY_CONTACT", raising=False)
    monkeypatch.setenv("MEDVIND_ACCESSIBILITY_CONTACT", "08-123 456 78")
    page = await (await (await fresh_http(aiohttp_client)).get("/tillganglighet")).text()
    assert 'href="tel:0812345678"' in page
    monkeypatch.delenv("MEDVIND_ACCESSIBILITY_CONTACT")
    page = await (await (await fresh_http(aiohttp_client)).get("/tillganglighet")).text()
    assert "kontaktcenter eller ditt ombud" in page


async def test_the_chat_page_and_the_dashboard_link_to_it(aiohttp_client):
    http = await fresh_http(aiohttp_client)
    for path in ("/", "/ombud/login"):
        assert 'href="/tillganglighet"' in await (await http.get(path)).text(), path
