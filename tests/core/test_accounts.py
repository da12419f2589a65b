import re
import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scope

from tests.conftest import PASSWORD, World, make_person, make_user
from tests.processes import child_process_env, mail_to, manage
from wijkkracht.core.models import User
from wijkkracht.core.services.people import person_invite


def _login(client: Client, email: str, password: str = PASSWORD):
    return client.post(reverse("core:login"), {"email": email, "password": password})


def test_member_logs_in_with_email_and_lands_on_vandaag_of_own_collective(
    world: World, client: Client
) -> None:
    member = make_user(world.a, "member")
    response = _login(client, member.email.upper())
    assert response.status_code == 302
    response = client.get(reverse("core:start"), follow=True)
    assert response.redirect_chain == [(f"/{world.a.slug}/", 302)]
    page = response.content.decode()
    assert "<h1>Vandaag</h1>" in page and world.a.name in page
    assert world.b.name not in page


def test_someone_in_two_collectives_chooses_on_the_start_page(world: World, client: Client) -> None:
    user = make_user(world.a, "member")
    person = make_person(world.b, "volunteer", email=user.email)
    with scope(collective=world.b):
        person.user = user
        person.save(update_fields=["user"])
    _login(client, user.email)
    page = client.get(reverse("core:start")).content.decode()
    assert world.a.name in page and world.b.name in page


def test_wrong_password_gets_a_dutch_message(world: World, client: Client) -> None:
    response = _login(client, world.a_partner.email, "fout-wachtwoord")
    assert response.status_code == 200
    assert "Het e-mailadres of het wachtwoord klopt niet" in response.content.decode()


def test_login_is_refused_after_five_wrong_passwords_even_with_the_right_one(
    world: World, client: Client
) -> None:
    for _attempt in range(5):
        _login(client, world.a_partner.email, "fout-wachtwoord")
    response = _login(client, world.a_partner.email)
    assert response.status_code == 200
    assert "te vaak een verkeerd wachtwoord" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_coordinator_must_set_up_an_authenticator_before_seeing_anything(
    world: World, client: Client, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = True
    response = _login(client, world.a_coordinator.email)
    assert response["Location"].startswith(reverse("core:two_factor"))
    people = reverse("core:person_list", args=[world.a.slug])
    assert client.get(people)["Location"].startswith(reverse("core:two_factor"))
    setup_page = client.get(reverse("core:two_factor")).content.decode()
    assert "<svg" in setup_page  # the QR code, drawn on the server

    device = TOTPDevice.objects.get(user=world.a_coordinator)
    wrong = client.post(reverse("core:two_factor"), {"token": "000000"})
    assert "Deze code klopt niet" in wrong.content.decode()
    too_soon = client.post(reverse("core:two_factor"), {"token": f"{totp(device.bin_key):06d}"})
    assert "te vaak een foute code" in too_soon.content.decode()
    time.sleep(1.1)  # django-otp waits a second after a wrong code, doubling each time
    good = client.post(
        reverse("core:two_factor"), {"token": f"{totp(device.bin_key):06d}", "next": people}
    )
    assert good["Location"] == people
    assert client.get(people).status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_demo_setting_lets_a_coordinator_in_without_second_factor(
    world: World, client: Client, settings
) -> None:
    settings.REQUIRE_TWO_FACTOR = False
    _login(client, world.a_coordinator.email)
    assert client.get(reverse("core:person_list", args=[world.a.slug])).status_code == 200


def test_volunteer_needs_no_second_factor(world: World, client: Client, settings) -> None:
    settings.REQUIRE_TWO_FACTOR = True
    volunteer = make_user(world.a, "volunteer")
    response = _login(client, volunteer.email)
    assert response["Location"] == reverse("core:start")


@pytest.mark.django_db(transaction=True)
def test_invitation_is_mailed_by_the_worker_and_its_link_sets_a_password(
    world: World, client: Client
) -> None:
    person = make_person(world.a, "volunteer", email="nieuw@dorp-a.example", given_name="Fenna")
    with scope(collective=world.a):
        person_invite(actor=world.a_coordinator, person=person)
    assert mail.outbox == []  # the request only queues the task

    manage("db_worker", "--batch", "--no-startup-delay", "--no-reload", env=child_process_env())
    # This worker, or the browser tests' worker when it runs on this database, sends it; and
    # also what the test world queued (the 1-loket asks its volunteer).
    message = mail_to("nieuw@dorp-a.example")
    body = message.get_payload(decode=True).decode()
    assert "Beste Fenna" in body
    link = re.search(r"http://\S+/account/uitnodiging/\S+/", body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get(f"/{path}", follow=True)
    assert "Kies uw wachtwoord" in form_page.content.decode()
    new_password = "zomer-in-het-dorp-2026"
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done.status_code == 302
    assert User.objects.get(email="nieuw@dorp-a.example").check_password(new_password)
    assert "_auth_user_id" in client.session
    assert "werkt niet meer" in client.get(f"/{path}", follow=True).content.decode()


def test_password_reset_mail_leads_to_a_new_password(world: World, client: Client) -> None:
    client.post(reverse("core:password_reset"), {"email": world.a_partner.email})
    assert len(mail.outbox) == 1
    path = re.search(r"/account/wachtwoord/\S+/", mail.outbox[0].body).group(0)
    form_page = client.get(path, follow=True)
    new_password = "herfst-in-de-wijk-2026"
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert User.objects.get(pk=world.a_partner.pk).check_password(new_password)


def test_logout_needs_a_post(world: World, client: Client) -> None:
    _login(client, world.a_partner.email)
    assert client.get(reverse("core:logout")).status_code == 405
    client.post(reverse("core:logout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/"])
def test_login_never_redirects_to_another_site(world: World, client: Client, next_url: str) -> None:
    response = client.post(
        reverse("core:login"),
        {"email": world.a_partner.email, "password": PASSWORD, "next": next_url},
    )
    assert response["Location"] == reverse("core:start")
