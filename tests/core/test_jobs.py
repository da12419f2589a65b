"""A job that breaks unexpectedly: the user reads a Dutch sentence, the log gets the error, and
what the work wrote in its transaction is gone."""

import logging

import pytest
from django.db import transaction
from django.utils.translation import gettext_lazy
from django_scopes import scope

from tests.conftest import World
from wijkkracht.core.jobs import Progress, job_do, job_kind
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
