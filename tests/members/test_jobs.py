"""The debit file and the member import are made by the task worker: the page answers at once
with a job page that shows how far it is, then the result, or a Dutch error with nothing
written."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_scopes import scope

from tests.conftest import login, make_user
from tests.members.conftest import bank, join, run, sign
from wijkkracht.core.models import Collective, Job, JobStatus
from wijkkracht.core.services.records import sheet_upload_store
from wijkkracht.members.models import DebitRun, Member, MemberImport, Payment
from wijkkracht.members.services.sepa import debit_run_create

pytestmark = pytest.mark.django_db

COLLECTION = datetime.date.today() + datetime.timedelta(days=5)


def _ready(village: Collective, households: int = 3) -> None:
    bank(village)
    for number in range(1, households + 1):
        sign(village, join(village, f"Lid{number}", number))
    run(village)


def _start(client: Client, village: Collective) -> str:
    response = client.post(
        f"/{village.slug}/contributie/2026/incasso/", {"collection_date": COLLECTION.isoformat()}
    )
    assert response.status_code == 302
    return response["Location"]


def test_the_debit_file_is_a_job_whose_page_shows_the_file_when_done(
    village: Collective, client: Client, immediate_tasks, django_capture_on_commit_callbacks
) -> None:
    _ready(village)
    login(client, make_user(village, "board"))
    with django_capture_on_commit_callbacks(execute=False) as queued:
        job_page = _start(client, village)
    waiting = client.get(job_page).content.decode()
    assert '<meta http-equiv="refresh" content="2">' in waiting
    assert "Even wachten" in waiting

    for callback in queued:  # the commit hands the job to the worker
        callback()
    done = client.get(job_page).content.decode()
    assert "Klaar: 3 incasso&#x27;s." in done
    assert 'http-equiv="refresh"' not in done
    with scope(collective=village):
        debit_run = DebitRun.objects.get()
    assert f"/contributie/incassobestand/{debit_run.pk}/" in done
    assert (
        b"pain.008.001.02"
        in client.get(f"/{village.slug}/contributie/incassobestand/{debit_run.pk}/").content
    )


def test_the_job_page_counts_the_debits_done_so_far(village: Collective, client: Client) -> None:
    login(client, make_user(village, "coordinator"))
    with scope(collective=village):
        job = Job.objects.create(
            collective=village,
            kind="debit_run",
            status=JobStatus.RUNNING,
            done=3400,
            total=10_000,
            back_url=f"/{village.slug}/contributie/2026/",
        )
    page = client.get(f"/{village.slug}/taken/{job.pk}/").content.decode()
    assert "3.400 van 10.000 incasso&#x27;s" in page
    assert 'value="3400"' in page and 'max="10000"' in page
    assert '<meta http-equiv="refresh"' in page


def test_a_job_that_can_no_longer_run_says_why_and_writes_nothing(
    village: Collective, client: Client, immediate_tasks, django_capture_on_commit_callbacks
) -> None:
    _ready(village)
    login(client, make_user(village, "coordinator"))
    with django_capture_on_commit_callbacks(execute=False) as queued:
        job_page = _start(client, village)
    with scope(collective=village):  # meanwhile another treasurer made the file
        debit_run_create(actor=None, collective=village, year=2026, collection_date=COLLECTION)
    for callback in queued:
        callback()
    page = client.get(job_page).content.decode()
    assert "Dit is niet gelukt." in page
    assert "Er is niets te incasseren voor 2026." in page
    with scope(collective=village):
        assert DebitRun.objects.count() == 1
        assert Payment.objects.count() == 3


def test_a_date_in_the_past_is_refused_on_the_year_page_without_a_job(
    village: Collective, client: Client
) -> None:
    _ready(village)
    login(client, make_user(village, "coordinator"))
    response = client.post(
        f"/{village.slug}/contributie/2026/incasso/",
        {"collection_date": datetime.date.today().isoformat()},
        follow=True,
    )
    assert "De incassodatum moet na vandaag liggen." in response.content.decode()
    with scope(collective=village):
        assert not Job.objects.exists()


def _confirm(client: Client, village: Collective, content: bytes, capture) -> str:  # type: ignore[no-untyped-def]
    """Confirm an upload of ``content``; once committed, the worker runs the job."""
    with scope(collective=village):
        upload = sheet_upload_store(
            MemberImport,
            actor=None,
            collective=village,
            upload=SimpleUploadedFile("leden.csv", content),
        )
    with capture(execute=True):
        response = client.post(f"/{village.slug}/leden/importeren/{upload.pk}/bevestigen/")
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def test_a_member_list_is_read_in_by_a_job(
    village: Collective, client: Client, immediate_tasks, django_capture_on_commit_callbacks
) -> None:
    login(client, make_user(village, "coordinator"))
    good = b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;7915AB;3\nEls;Smit;7915AB;3\n"
    page = _confirm(client, village, good, django_capture_on_commit_callbacks)
    assert "Klaar: 2 leden." in page
    assert "Naar de ledenlijst" in page
    with scope(collective=village):
        assert Member.objects.filter(person__family_name="Smit").count() == 2


def test_a_member_list_with_errors_is_refused_whole_by_the_job(
    village: Collective, client: Client, immediate_tasks, django_capture_on_commit_callbacks
) -> None:
    login(client, make_user(village, "coordinator"))
    bad = b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;7915AB;x\nEls;Smit;12345;3\n"
    page = _confirm(client, village, bad, django_capture_on_commit_callbacks)
    assert "Er is niets ingelezen: het bestand heeft 2 fouten." in page
    assert "Terug" in page
    with scope(collective=village):
        assert not Member.objects.exists()
