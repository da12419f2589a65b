"""The notice board: residents post, neighbours report, the coordinator decides."""

from django.test import Client
from django_scopes import scope

from tests.activities.conftest import Meeting
from tests.conftest import login, make_user
from wijkkracht.activities.models import Post, PostStatus


def _post(client: Client, slug: str, title: str, public: bool) -> int:
    data = {"kind": "offer", "title": title, "text": "Gratis af te halen."}
    if public:
        data["public"] = "on"
    response = client.post(f"/{slug}/prikbord/nieuw/", data)
    assert response.status_code == 302, response.content.decode()[:300]
    return int(response["Location"].rstrip("/").rsplit("/", 1)[1])


def test_only_posts_marked_public_are_seen_outside_the_collective(
    meeting: Meeting, client: Client
) -> None:
    slug = meeting.collective.slug
    login(client, meeting.resident)
    public_id = _post(client, slug, "Kinderfiets", public=True)
    private_id = _post(client, slug, "Sleutelbos gevonden", public=False)
    board = client.get(f"/{slug}/prikbord/").content.decode()
    assert "Kinderfiets" in board and "Sleutelbos" in board
    client.logout()
    board = client.get(f"/{slug}/prikbord/").content.decode()
    assert "Kinderfiets" in board and "Sleutelbos" not in board
    assert client.get(f"/{slug}/prikbord/{public_id}/").status_code == 200
    assert client.get(f"/{slug}/prikbord/{private_id}/").status_code == 404


def test_three_reports_take_a_post_off_until_the_coordinator_puts_it_back(
    meeting: Meeting, client: Client
) -> None:
    slug = meeting.collective.slug
    login(client, meeting.resident)
    post_id = _post(client, slug, "Koop mijn spullen", public=True)
    neighbours = [
        make_user(meeting.collective, "resident", email=f"buur{n}@dorp.example") for n in range(3)
    ]
    for number, neighbour in enumerate(neighbours):
        reporter = login(Client(), neighbour)
        response = reporter.post(f"/{slug}/prikbord/{post_id}/melden/", {"reason": "Reclame"})
        assert response.status_code == 302
        again = reporter.post(
            f"/{slug}/prikbord/{post_id}/melden/", {"reason": "Nog eens"}, follow=True
        )
        if number < 2:
            assert "al gemeld" in again.content.decode()
    with scope(collective=meeting.collective):
        assert Post.objects.get(pk=post_id).status == PostStatus.HELD
    assert "Koop mijn spullen" not in client.get(f"/{slug}/prikbord/").content.decode()
    coordinator = login(Client(), meeting.coordinator)
    queue = coordinator.get(f"/{slug}/prikbord/meldingen/").content.decode()
    assert "Koop mijn spullen" in queue and "3 meldingen" in queue
    coordinator.post(f"/{slug}/prikbord/{post_id}/beoordelen/", {"visible": "1", "note": ""})
    assert "Koop mijn spullen" in client.get(f"/{slug}/prikbord/").content.decode()
    assert (
        "Er zijn geen meldingen" in coordinator.get(f"/{slug}/prikbord/meldingen/").content.decode()
    )
    # A resident cannot moderate; the author can take their own post down.
    assert (
        client.post(f"/{slug}/prikbord/{post_id}/beoordelen/", {"visible": "0"}).status_code == 404
    )
    client.post(f"/{slug}/prikbord/{post_id}/weghalen/")
    with scope(collective=meeting.collective):
        assert Post.objects.get(pk=post_id).status == PostStatus.REMOVED
