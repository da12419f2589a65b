"""The task queue on Redis (RQ) with two promises the plain backend does not make.

1. A task whose worker died mid-way (killed, out of memory, a deploy) runs again: every job
   carries RQ retries, and the scheduler (``manage.py scheduler``) finds abandoned jobs and
   queues due retries each minute (``queue_tend``), instead of RQ's ten minutes. Tasks are
   written to be run twice: each looks at the state first.
2. A task that cannot reach Redis is not lost: it waits in the database (``PendingTask``)
   and the scheduler hands it over when Redis answers again. The page that queued it works.

Without ``REDIS_URL`` the database backend is used and neither is needed.
"""

import logging
from typing import Any, cast

import django_rq
from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string
from django_rq.queues import DjangoRQ
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id
from django_tasks_rq.backend import Job as TaskJob
from django_tasks_rq.backend import RQBackend
from redis import RedisError
from rq import Retry
from rq.job import Job
from rq.registry import StartedJobRegistry
from rq.scheduler import RQScheduler

from wijkkracht.core.models import PendingTask

logger = logging.getLogger(__name__)

# Three more tries: soon (a worker restart), then after a minute and after five.
RETRY = Retry(max=3, interval=[10, 60, 300])


class RetryingQueue(DjangoRQ):
    """Every job on the queue is tried again when its worker dies or it raises."""

    def create_job(self, *args: Any, **kwargs: Any) -> Job:
        kwargs.setdefault("retry", RETRY)
        return super().create_job(*args, **kwargs)


class DurableRQBackend(RQBackend):
    def enqueue(self, task: Task, args: Any, kwargs: Any) -> TaskResult:
        try:
            return super().enqueue(task, args, kwargs)
        except RedisError as error:
            PendingTask.objects.create(task_path=task.module_path, args=args, kwargs=kwargs)
            logger.warning(
                "Redis is niet bereikbaar: taak %s wacht in de database (%s).",
                task.module_path,
                error,
            )
            return TaskResult(
                task=task,
                id=get_random_id(),
                status=TaskResultStatus.READY,
                enqueued_at=None,
                started_at=None,
                last_attempted_at=None,
                finished_at=None,
                args=args,
                kwargs=kwargs,
                backend=self.alias,
                errors=[],
                worker_ids=[],
            )


def pending_tasks_hand_over() -> int:
    """Hand the tasks that waited in the database to Redis, oldest first; stop at the first
    that still cannot go. Two schedulers never hand one task over twice."""
    handed = 0
    while True:
        with transaction.atomic():
            pending = PendingTask.objects.select_for_update(skip_locked=True).order_by("pk").first()
            if pending is None:
                return handed
            task: Task = import_string(pending.task_path)
            backend = cast(RQBackend, task.get_backend())
            try:
                RQBackend.enqueue(backend, task, pending.args, pending.kwargs)
            except RedisError:
                return handed
            pending.delete()
        handed += 1


def abandoned_jobs_retry() -> None:
    """Give the jobs of a worker that died back to the queue (or to the failed list when their
    tries are used up), and queue the retries whose time has come. RQ's workers do the first
    only every ten minutes, and the second only when started with a scheduler that may itself
    have died."""
    # The task backend's job class, whose failure callback records the dead worker's try.
    queue = django_rq.get_queue("default", job_class=TaskJob)
    StartedJobRegistry(queue=queue).cleanup()
    scheduler = RQScheduler([queue], connection=queue.connection)
    if scheduler.acquire_locks():
        try:
            scheduler.enqueue_scheduled_jobs()
        finally:
            scheduler.release_locks()


def queue_tend() -> int:
    """The scheduler's minutely round for the queue; returns the number of tasks handed over."""
    if not settings.REDIS_URL:
        return 0
    try:
        abandoned_jobs_retry()
    except RedisError:
        return 0
    return pending_tasks_hand_over()
