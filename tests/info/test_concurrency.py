"""Coordinators who click at the same moment, as real simultaneous requests: one import is read
in once, and one new word enters the search vocabulary once."""

import time
from functools import partial

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_scopes import scope

from tests.concurrent import at_once, at_the_same_instant
from tests.conftest import login, make_user
from tests.info.conftest import Point
from wijkkracht.core.models import AuditEntry, Job
from wijkkracht.core.services.records import sheet_upload_store
from wijkkracht.core.tasks import job_run
from wijkkracht.info.models import MapImport, Organisation, SearchWord, Service
from wijkkracht.info.search import search
from wijkkracht.info.services import importing

pytestmark = pytest.mark.django_db(transaction=True)
COORDINATORS = 4


def coordinators(point: Point) -> list[Client]:
    users = [point.coordinator] + [
        make_user(point.collective, "coordinator", email=f"coordinator{n}@dorp.example")
        for n in range(1, COORDINATORS)
    ]
    return [login(Client(), user) for user in users]


def test_four_coordinators_confirm_one_import_and_it_is_read_in_once(
    point: Point, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importing.map_plan

    def slow(**kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.2)  # as on a busy server: without the lock the requests surely interleave
        return real(**kwargs)

    monkeypatch.setattr(importing, "map_plan", slow)
    content = "Organisatie;Dienst;Onderwerp\nHumanitas;Thuisadministratie;Financiën\n"
    with scope(collective=point.collective):
        upload = sheet_upload_store(
            MapImport,
            actor=point.coordinator,
            collective=point.collective,
            upload=SimpleUploadedFile("kaart.csv", content.encode()),
        )
    clients = coordinators(point)
    codes = at_once(
        clients,
        lambda index, client: client.post(
            f"/dorp/informatie/beheer/inlezen/{upload.pk}/bevestigen/"
        ),
    )
    assert codes == [302] * COORDINATORS  # every coordinator got an answer, none an error
    with scope(collective=point.collective):
        jobs = list(Job.objects.values_list("pk", flat=True))
    assert len(jobs) == COORDINATORS  # each click queued a job; workers may run them together
    at_the_same_instant(
        [partial(job_run.call, collective_id=point.collective.pk, job_id=job) for job in jobs]
    )
    with scope(collective=point.collective):
        ended = sorted(Job.objects.values_list("status", "error"))
        assert ended == [("done", "")] + [("failed", "Dit bestand is al ingelezen.")] * 3
        assert Organisation.objects.count() == 1
        assert Service.objects.count() == 1
        assert AuditEntry.objects.filter(action="social_map.import").count() == 1


def test_four_new_services_with_one_new_word_at_once(point: Point) -> None:
    with scope(collective=point.collective):
        organisation = Organisation.objects.create(collective=point.collective, name="Buurthuis")
    codes = at_once(
        coordinators(point),
        lambda index, client: client.post(
            f"/dorp/informatie/beheer/organisaties/{organisation.pk}/diensten/nieuw/",
            {"name": f"Kwartelclub {index}", "need": "ontmoeten", "public": "on"},
        ),
    )
    assert codes == [302] * COORDINATORS
    with scope(collective=point.collective):
        assert SearchWord.objects.filter(stem="kwartelclub").count() == 1
        assert len(search("kwartelclb", public_only=True).hits) == COORDINATORS
