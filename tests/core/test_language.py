"""Dutch first: the browser's language is not followed, the person's choice is."""

from django.test import Client

from tests.conftest import World, login, make_user

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}


def test_an_english_browser_sees_the_collective_in_dutch(world: World, client: Client) -> None:
    page = client.get("/dorp-a/agenda/", **ENGLISH_BROWSER)
    assert page["Content-Language"] == "nl"
    html = page.content.decode()
    assert '<html lang="nl"' in html
    assert "Ga direct naar de inhoud" in html


def test_english_once_chosen_stays_whatever_the_browser_says(world: World, client: Client) -> None:
    chosen = client.post("/i18n/setlang/", {"language": "en", "next": "/dorp-a/agenda/"})
    assert chosen.status_code == 302
    page = client.get("/dorp-a/agenda/", HTTP_ACCEPT_LANGUAGE="nl")
    assert page["Content-Language"] == "en"
    assert '<html lang="en"' in page.content.decode()
    assert "Ga direct naar de inhoud" not in page.content.decode()
    client.post("/i18n/setlang/", {"language": "nl", "next": "/dorp-a/agenda/"})
    assert client.get("/dorp-a/agenda/", **ENGLISH_BROWSER)["Content-Language"] == "nl"


def test_a_login_keeps_its_choice_on_another_computer(world: World) -> None:
    user = make_user(world.a, "volunteer", email="taal@dorp-a.example")
    home = login(Client(), user)
    home.post("/i18n/setlang/", {"language": "en", "next": "/dorp-a/agenda/"})
    library = Client()  # the computer in the library, never used before
    assert library.get("/dorp-a/agenda/")["Content-Language"] == "nl"
    login(library, user)
    assert library.get("/dorp-a/agenda/")["Content-Language"] == "en"
    library.post("/i18n/setlang/", {"language": "nl", "next": "/dorp-a/agenda/"})
    user.refresh_from_db()
    assert user.language == "nl"
