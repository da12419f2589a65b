"""A job that breaks unexpectedly, or whose worker stops: the user reads a Dutch sentence, the
log gets the error, and what the work wrote in its transaction is gone."""

import logging
from datetime import timedelta

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django_scopes import scope

from tests.conftest import World, login
from wijkkracht.core.jobs import STALE_AFTER, Progress, job_do, job_kind
from wijkkracht.core.models import Job, JobStatus, Person


@job_kind(
    "test_breaks",
    title=gettext_lazy("Iets dat breekt"),
    unit=gettext_lazy("stappen"),
    result=gettext_lazy("Nergens"),
)
def _breaks(job: Job, progress: Progress) -> str:
    progress(1, 2)
    with transaction.atomic():
        Person.objects.create(collective=job.collective, given_name="Half", family_name="Werk")
        raise RuntimeError("disk full")


@pytest.mark.django_db
def test_an_unexpected_error_ends_the_job_in_plain_dutch_with_nothing_written(
    world: World, caplog
) -> None:
    with scope(collective=world.a):
        job = Job.objects.create(collective=world.a, kind="test_breaks", back_url="/")
        with caplog.at_level(logging.ERROR, logger="wijkkracht.core.jobs"):
            job_do(job)
        job.refresh_from_db()
        assert job.status == JobStatus.FAILED
        assert job.error.startswith("Er ging iets mis. Probeer het later nog eens")
        assert (job.done, job.total) == (1, 2)  # the progress it made stays visible
        assert not Person.objects.filter(family_name="Werk").exists()
        job_do(job)  # a job runs once: a second delivery of the task does nothing
        job.refresh_from_db()
        assert job.status == JobStatus.FAILED
    assert "disk full" in caplog.text


@pytest.mark.django_db
def test_a_job_whose_worker_stopped_ends_as_failed_instead_of_running_forever(
    world: World, client: Client
) -> None:
    now = timezone.now()
    with scope(collective=world.a):
        lost, busy = (
            Job.objects.create(
                collective=world.a,
                kind="debit_run",
                status=JobStatus.RUNNING,
                touched_at=now - age,
                back_url="/",
            )
            for age in (STALE_AFTER + timedelta(minutes=1), timedelta(minutes=1))
        )
    login(client, world.a_coordinator)
    page = client.get(f"/{world.a.slug}/taken/{lost.pk}/").content.decode()
    assert "Het werk is gestopt voordat het klaar was. Start het opnieuw." in page
    assert 'http-equiv="refresh"' not in page
    assert (
        'http-equiv="refresh"' in client.get(f"/{world.a.slug}/taken/{busy.pk}/").content.decode()
    )
    with scope(collective=world.a):
        assert Job.objects.get(pk=lost.pk).status == JobStatus.FAILED
        assert Job.objects.get(pk=busy.pk).status == JobStatus.RUNNING
