"""Open data per collective: the board puts a dataset online; its files (CSV with commas and
with semicolons, Excel, JSON, a CSV on the Web description and a README) are made in the task
queue, byte for byte the same when nothing changed; a count of 1-9 is left empty; anyone
downloads them; withdrawn, they are gone."""

import csv
import io
import json

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import World, make_user, worker_runs_jobs
from wijkkracht.opendata.models import DataFile, Dataset
from wijkkracht.opendata.services import dataset_refresh


def _file(client: Client, world: World, key: str, name: str) -> bytes:
    response = client.get(reverse("opendata:file", args=[world.a.slug, key, name]))
    assert response.status_code == 200, name
    return response.content


def test_the_board_publishes_and_anyone_downloads(world: World, logged_in) -> None:
    board = logged_in(world.a_coordinator)
    manage = reverse("opendata:manage", args=[world.a.slug])
    with worker_runs_jobs():
        board.post(manage, {"dataset": "activiteiten", "action": "publish"})
        board.post(manage, {"dataset": "sociale-kaart", "action": "publish"})
    visitor = Client()
    index = visitor.get(reverse("opendata:index", args=[world.a.slug])).content.decode()
    assert "activiteiten-puntkomma.csv" in index and "sociale-kaart.json" in index

    rows = list(
        csv.reader(io.StringIO(_file(visitor, world, "activiteiten", "activiteiten.csv").decode()))
    )
    header, *years = rows
    assert header[:3] == ["jaar", "members", "volunteers"]
    # The last five finished years; the world's one 1-loket volunteer: a count of 1, left
    # empty in every year.
    this_year = timezone.localdate().year
    assert [row[0] for row in years] == [str(y) for y in range(this_year - 5, this_year)]
    volunteers = header.index("volunteers")
    assert {row[volunteers] for row in years} == {""}
    records = json.loads(_file(visitor, world, "activiteiten", "activiteiten.json"))
    assert records[0]["volunteers"] is None and records[0]["jaar"] == years[0][0]
    metadata = json.loads(_file(visitor, world, "activiteiten", "activiteiten.csv-metadata.json"))
    assert metadata["url"] == "activiteiten.csv"
    assert [c["name"] for c in metadata["tableSchema"]["columns"]] == header
    readme = _file(visitor, world, "activiteiten", "LEESMIJ.md").decode()
    assert all(f"`{name}`" in readme for name in header)
    assert "1 tot en met 9" in readme
    semicolons = _file(visitor, world, "activiteiten", "activiteiten-puntkomma.csv").decode()
    assert semicolons.startswith("jaar;members;volunteers;")
    assert _file(visitor, world, "activiteiten", "activiteiten.xlsx").startswith(b"PK")
    social = _file(visitor, world, "sociale-kaart", "sociale-kaart.csv").decode()
    assert "Formulierenhulp" in social and "Ledenspreekuur" not in social  # public only

    with worker_runs_jobs():
        board.post(manage, {"dataset": "sociale-kaart", "action": "withdraw"})
    missing = visitor.get(
        reverse("opendata:file", args=[world.a.slug, "sociale-kaart", "sociale-kaart.csv"])
    )
    assert missing.status_code == 404


def test_made_again_the_files_are_the_same_bytes(world: World, logged_in) -> None:
    board = logged_in(world.a_coordinator)
    with worker_runs_jobs():
        board.post(
            reverse("opendata:manage", args=[world.a.slug]),
            {"dataset": "activiteiten", "action": "publish"},
        )
    with scope(collective=world.a):
        dataset = Dataset.objects.get()
        before = {f.name: (f.sha256, f.changed_at) for f in DataFile.objects.all()}
        assert dataset_refresh(dataset) == []
        after = {f.name: (f.sha256, f.changed_at) for f in DataFile.objects.all()}
    assert before == after and len(before) == 6


def test_only_the_board_and_the_coordinator_choose(world: World, logged_in) -> None:
    manage = reverse("opendata:manage", args=[world.a.slug])
    assert Client().get(manage).status_code == 302  # to the login
    member = logged_in(make_user(world.a, "member"))
    refused = member.post(manage, {"dataset": "activiteiten", "action": "publish"})
    assert refused.status_code in (403, 404)
    with scope(collective=world.a):
        assert not Dataset.objects.exists()
