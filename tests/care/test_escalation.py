"""A task nobody in the circle took becomes exactly one 1-loket request 48 hours before it
starts: not earlier, not twice, not when two workers run the check at the same instant."""

import datetime
import time

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from tests.care.build import a_member, a_task
from tests.care.conftest import Care
from tests.concurrent import at_the_same_instant
from tests.help.build import a_volunteer
from wijkkracht.care.models import CircleRole, Task
from wijkkracht.care.services import tasks as task_services
from wijkkracht.care.services.circles import member_remove
from wijkkracht.care.services.tasks import task_claim, task_state, tasks_escalate
from wijkkracht.help.models import AnswerVia, Category, Channel, HelpRequest, Status
from wijkkracht.help.services.assignments import assignment_answer, assignment_propose


def _at(task: Task, hours_before: float) -> datetime.datetime:
    return task.starts_at - datetime.timedelta(hours=hours_before)


def test_a_task_goes_to_the_loket_48_hours_before_and_only_once(care: Care) -> None:
    task = a_task(care.circle, days=5)
    with scope(collective=care.collective):
        early = tasks_escalate(collective=care.collective, now=_at(task, 49))
        assert early.handed == 0
        assert tasks_escalate(collective=care.collective, now=_at(task, 47)).handed == 1
        assert tasks_escalate(collective=care.collective, now=_at(task, 46)).handed == 0
        request = HelpRequest.objects.get()
        task.refresh_from_db()
        assert task_state(task)[0] == "asked"
    assert task.help_request == request
    assert request.channel == Channel.CIRCLE
    assert request.category == Category.TRANSPORT
    assert request.resident == care.aaltje
    assert (request.date, request.start_time) == (task.date, task.start_time)
    assert "zorgcirkel rond Aaltje Mulder" in request.description


def test_a_claimed_or_cancelled_task_stays_in_the_circle(care: Care) -> None:
    claimed, cancelled = a_task(care.circle, days=3), a_task(care.circle, days=3, hour=14)
    with scope(collective=care.collective):
        task_claim(actor=None, task=claimed, member=care.daughter)
        task_services.task_cancel(actor=None, task=cancelled)
        done = tasks_escalate(collective=care.collective, now=_at(claimed, 24))
        assert (done.handed, HelpRequest.objects.count()) == (0, 0)


def test_claiming_a_handed_task_cancels_the_request_unless_a_volunteer_said_yes(
    care: Care,
) -> None:
    first, second = a_task(care.circle, days=1), a_task(care.circle, days=1, hour=14)
    volunteer = a_volunteer(care.collective)
    with scope(collective=care.collective):
        tasks_escalate(collective=care.collective, now=timezone.now())
        first.refresh_from_db()
        second.refresh_from_db()
        task_claim(actor=None, task=first, member=care.daughter)
        first.help_request.refresh_from_db()
        assert first.help_request.status == Status.CANCELLED
        assignment = assignment_propose(
            actor=None, request=second.help_request, volunteer=volunteer
        )
        assignment_answer(actor=None, assignment=assignment, accept=True, via=AnswerVia.PHONE)
        with pytest.raises(ValidationError, match="vrijwilliger van het 1-loket komt al"):
            task_claim(actor=None, task=second, member=care.daughter)
        second = Task.objects.select_related("help_request").get(pk=second.pk)
        assert task_state(second) == ("loket", "Vera Hulp komt (vrijwilliger van het 1-loket)")


def test_the_nurse_only_looks_on(care: Care) -> None:
    task = a_task(care.circle, days=3)
    with scope(collective=care.collective), pytest.raises(ValidationError, match="kijkt mee"):
        task_claim(actor=None, task=task, member=care.nurse)


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_the_same_instant_make_one_request_per_task(
    care: Care, monkeypatch: pytest.MonkeyPatch
) -> None:
    tasks = [a_task(care.circle, days=1, hour=hour) for hour in (9, 11, 13, 15)]
    real = task_services.help_request_create

    def slow(**kwargs):  # type: ignore[no-untyped-def]
        # As on a busy server: both workers found the tasks before either links one.
        time.sleep(0.1)
        return real(**kwargs)

    monkeypatch.setattr(task_services, "help_request_create", slow)
    results = []

    def worker() -> None:
        with scope(collective=care.collective):
            results.append(tasks_escalate(collective=care.collective, now=timezone.now()))

    at_the_same_instant([worker, worker])
    with scopes_disabled():
        assert HelpRequest.objects.count() == len(tasks)
        linked = Task.objects.exclude(help_request=None).values_list("help_request", flat=True)
        assert sorted(linked) == sorted(HelpRequest.objects.values_list("pk", flat=True))
    assert sum(result.handed for result in results) == len(tasks)


def test_the_command_runs_for_every_collective(care: Care) -> None:
    a_task(care.circle, days=1)
    call_command("care_escalate", verbosity=0)
    call_command("care_escalate", verbosity=0)
    with scopes_disabled():
        assert HelpRequest.objects.filter(channel=Channel.CIRCLE).count() == 1


def test_a_member_taken_out_leaves_their_tasks_open(care: Care) -> None:
    neighbour = a_member(care.circle, CircleRole.NEIGHBOUR)
    task = a_task(care.circle, days=4)
    with scope(collective=care.collective):
        task_claim(actor=None, task=task, member=neighbour)
        member_remove(actor=None, member=neighbour)
        task.refresh_from_db()
    assert task.claimed_by is None


def test_a_task_taken_back_from_the_loket_and_let_go_goes_to_the_loket_again(care: Care) -> None:
    task = a_task(care.circle, days=1)
    with scope(collective=care.collective):
        tasks_escalate(collective=care.collective, now=timezone.now())
        task.refresh_from_db()
        first = task.help_request
        task_claim(actor=None, task=task, member=care.daughter)
        task_services.task_release(actor=None, task=task)
        assert tasks_escalate(collective=care.collective, now=timezone.now()).handed == 1
        task.refresh_from_db()
        first.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert task.help_request not in (None, first)
    assert task.help_request.status == Status.TRIAGE


def test_a_task_done_by_someone_who_left_the_circle_stays_done(care: Care) -> None:
    neighbour = a_member(care.circle, CircleRole.NEIGHBOUR)
    task = a_task(care.circle, days=1)
    with scope(collective=care.collective):
        task_claim(actor=None, task=task, member=neighbour)
        task_services.task_done(actor=None, task=task)
        member_remove(actor=None, member=neighbour)
        task = Task.objects.select_related("claimed_by", "help_request").get(pk=task.pk)
        assert task_state(task) == ("done", "gedaan")
        assert tasks_escalate(collective=care.collective, now=timezone.now()).handed == 0
