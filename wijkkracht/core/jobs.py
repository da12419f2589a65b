"""Long work started from a page runs as a task, with a page that shows its progress.

An app names its kinds of job in its ``jobs`` module with ``@job_kind``: a title, what it
counts ("incasso's"), and the function that does the work. That function reports progress,
keeps the slow part outside any write transaction (so the progress page sees it move) and
writes everything at the end in one transaction, so a failure leaves nothing half written.
It returns the address of the result; a ValidationError becomes the job's Dutch error.
"""

import datetime
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.core.models import Collective, Job, JobStatus, User

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 0.5  # seconds between two progress writes
# A running job that has not reported for this long lost its worker (a restart, a deploy).
STALE_AFTER = datetime.timedelta(minutes=15)

Work = Callable[[Job, "Progress"], str]


@dataclass(frozen=True)
class JobKind:
    title: Promise
    unit: Promise  # what the job counts, plural: "incasso's"
    result: Promise  # the link to the result: "Download het incassobestand"
    work: Work


_kinds: dict[str, JobKind] = {}


def job_kind(
    name: str, *, title: Promise, unit: Promise, result: Promise
) -> Callable[[Work], Work]:
    def register(work: Work) -> Work:
        _kinds[name] = JobKind(title=title, unit=unit, result=result, work=work)
        return work

    return register


@cache
def _discovered() -> dict[str, JobKind]:
    autodiscover_modules("jobs")
    return _kinds


def kind_of(job: Job) -> JobKind:
    return _discovered()[job.kind]


class Progress:
    """Writes how far a job is, at most every PROGRESS_EVERY seconds and at the end."""

    def __init__(self, job: Job) -> None:
        self.job_id = job.pk
        self.written = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.written < PROGRESS_EVERY:
            return
        self.written = now
        Job.objects.filter(pk=self.job_id).update(done=done, total=total, touched_at=timezone.now())


def no_progress(done: int, total: int) -> None:
    """For work that runs outside a job (a command, a test)."""


def sheet_refused(errors: int) -> ValidationError:
    """The error of an import job whose file has errors (listed on the page it came from)."""
    return ValidationError(
        ngettext(
            "Er is niets ingelezen: het bestand heeft %(count)s fout.",
            "Er is niets ingelezen: het bestand heeft %(count)s fouten.",
            errors,
        )
        % {"count": errors}
    )


def job_start(
    *, actor: User | None, collective: Collective, kind: str, arguments: dict, back_url: str
) -> Job:
    """Queue the work; the task starts once this transaction is committed."""
    from wijkkracht.core.tasks import job_run  # core.tasks imports this module

    if kind not in _discovered():
        raise ValueError(f"unknown job kind {kind!r}")
    job = Job.objects.create(
        collective=collective,
        kind=kind,
        arguments=arguments,
        back_url=back_url,
        created_by=actor,
    )
    transaction.on_commit(lambda: job_run.enqueue(collective_id=collective.pk, job_id=job.pk))
    return job


def job_do(job: Job) -> None:
    """Do a queued job in the active scope and record how it ended."""
    claimed = Job.objects.filter(pk=job.pk, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, touched_at=timezone.now()
    )
    if not claimed:  # another worker has it, or it already ran
        return
    ended: dict[str, object] = {}
    try:
        ended["result_url"] = kind_of(job).work(job, Progress(job))
    except ValidationError as error:
        ended |= {"status": JobStatus.FAILED, "error": " ".join(error.messages)}
    except Exception:
        logger.exception("Job %s (%s) failed", job.pk, job.kind)
        ended |= {
            "status": JobStatus.FAILED,
            "error": _(
                "Er ging iets mis. Probeer het later nog eens; lukt het dan niet, "
                "vraag de beheerder om hulp."
            ),
        }
    else:
        ended["status"] = JobStatus.DONE
    ended["finished_at"] = timezone.now()
    Job.objects.filter(pk=job.pk).update(**ended)


def job_end_if_stale(job: Job) -> Job:
    """A job whose worker stopped (killed, restarted for a deploy) would say "bezig" forever:
    after STALE_AFTER without progress it ends as failed. Its writes were one transaction that
    never committed, so nothing was saved and it can be started again."""
    cutoff = timezone.now() - STALE_AFTER
    ended = Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING, touched_at__lt=cutoff).update(
        status=JobStatus.FAILED,
        error=_("Het werk is gestopt voordat het klaar was. Start het opnieuw."),
        finished_at=timezone.now(),
    )
    if ended:
        job.refresh_from_db()
    return job
