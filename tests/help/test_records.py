"""What the 1-loket keeps: export and erasure per person, constant dashboard queries, and the
morning reminder to call back."""

import datetime
import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope

from tests.conftest import login
from tests.help.build import a_request, a_volunteer
from tests.help.conftest import Loket
from wijkkracht.core.models import Person
from wijkkracht.core.services.privacy import person_erase, person_export
from wijkkracht.help.models import Channel, HealthNote, HelpRequest, HoursEntry, Status, Urgency
from wijkkracht.help.selectors import DASHBOARD_ROWS, dashboard
from wijkkracht.help.services.assignments import assignment_answer, assignment_propose
from wijkkracht.help.services.health import health_note_save
from wijkkracht.help.services.hours import hours_log
from wijkkracht.help.services.requests import help_request_close


def _helped_resident(loket: Loket) -> Person:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
        help_request = a_request(loket.collective, resident)
        health_note_save(
            actor=None,
            request=help_request,
            text="Diabetes.",
            share_with_volunteer=False,
            consent=True,
            consent_via=Channel.PHONE,
        )
        task = assignment_propose(actor=None, request=help_request, volunteer=loket.volunteer)
        assignment_answer(actor=None, assignment=task, accept=True, via="phone")
        hours_log(
            actor=None,
            volunteer=loket.volunteer,
            request=help_request,
            day=timezone.localdate(),
            hours=2,
        )
        help_request_close(
            actor=None, request=help_request, outcome="Goed.", hours=None, satisfied=True
        )
    return resident


def test_a_resident_gets_their_questions_and_health_note_in_the_export(loket: Loket) -> None:
    resident = _helped_resident(loket)
    with scope(collective=loket.collective):
        [question] = person_export(resident)["hulpvragen"]
        volunteer_data = person_export(loket.volunteer.person)["vrijwilliger"]
    assert question["wat"] == "Boodschappen doen."
    assert question["gezondheidsnotitie"]["tekst"] == "Diabetes."
    assert question["uitkomst"] == "Goed."
    assert volunteer_data["uren"][0]["uren"] == "2.00"


def test_erasure_removes_health_notes_and_words_but_keeps_the_counts(loket: Loket) -> None:
    resident = _helped_resident(loket)
    with scope(collective=loket.collective):
        person_erase(actor=None, person=resident)
        request = HelpRequest.objects.get()
        assert not HealthNote.objects.exists()
        assert (request.description, request.outcome, request.place) == ("", "", "")
        assert (request.category, request.status) == ("groceries", "done")
        assert HoursEntry.objects.get().hours == 2  # the volunteer's hours still count


def test_the_dashboard_asks_the_database_the_same_number_of_times_for_more_work(
    loket: Loket, client: Client
) -> None:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    login(client, loket.coordinator)
    url = f"/{loket.collective.slug}/hulp/"

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    first = a_request(loket.collective, resident, days=0, start=9, end=10)
    with scope(collective=loket.collective):
        assignment_propose(actor=None, request=first, volunteer=loket.volunteer)
    few = queries()
    for n in range(12):
        helper = a_volunteer(loket.collective, f"Helper{n}")
        help_request = a_request(loket.collective, resident, days=n % 3, start=8 + n, end=9 + n)
        with scope(collective=loket.collective):
            assignment_propose(actor=None, request=help_request, volunteer=helper)
    assert queries() == few


def test_the_morning_command_mails_coordinators_who_must_call_back(
    loket: Loket, immediate_tasks
) -> None:
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    help_request = a_request(loket.collective, resident)
    with scope(collective=loket.collective):
        help_request_close(
            actor=None,
            request=help_request,
            outcome="Geholpen.",
            hours=None,
            satisfied=None,
            follow_up_on=timezone.localdate() - datetime.timedelta(days=1),
        )
    out = io.StringIO()
    call_command("help_follow_ups", stdout=out)
    assert "dorp: 1 keer nabellen." in out.getvalue()
    [reminder] = mail.outbox
    assert reminder.to == [loket.coordinator.email]
    assert "Vandaag 1 keer nabellen" in reminder.subject


def test_the_nightly_analyze_gives_the_query_planner_statistics(loket: Loket) -> None:
    """Without statistics SQLite walks a collective's whole history for the dashboard."""
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
    a_request(loket.collective, resident)
    out = io.StringIO()
    call_command("database_analyze", stdout=out)
    assert "statistieken bijgewerkt" in out.getvalue()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'help_helprequest'")
        else:
            cursor.execute("SELECT count(*) FROM pg_stats WHERE tablename = 'help_helprequest'")
        assert cursor.fetchone()[0] > 0


def test_the_dashboard_lists_the_first_rows_of_each_list_in_order(
    loket: Loket, client: Client
) -> None:
    day = timezone.localdate()
    with scope(collective=loket.collective):
        resident = Person.objects.get(user=loket.coordinator)
        today = [a_request(loket.collective, resident, days=0) for _ in range(DASHBOARD_ROWS + 2)]
        for minute, help_request in enumerate(reversed(today)):
            HelpRequest.objects.filter(pk=help_request.pk).update(
                start_time=datetime.time(9, minute)
            )
        urgent, late, closed = today[-1], today[0], a_request(loket.collective, resident, days=3)
        HelpRequest.objects.filter(pk=urgent.pk).update(urgency=Urgency.HIGH)
        HelpRequest.objects.filter(pk=late.pk).update(date=day - timedelta(days=2))
        HelpRequest.objects.filter(pk=closed.pk).update(status=Status.DONE, follow_up_on=day)
        board = dashboard()

    # Today in order of the start time: the last made starts first; the late one moved away.
    assert [r.pk for r in board.today] == [r.pk for r in reversed(today[1:])][:DASHBOARD_ROWS]
    assert [r.pk for r in board.overdue] == [late.pk]
    assert [r.pk for r in board.unmatched[:2]] == [urgent.pk, late.pk]
    assert len(board.unmatched) == DASHBOARD_ROWS
    assert [r.pk for r in board.follow_ups] == [closed.pk]
    assert board.counts == {
        "open": DASHBOARD_ROWS + 2,
        "unmatched": DASHBOARD_ROWS + 2,
        "overdue": 1,
    }

    login(client, loket.coordinator)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/{loket.collective.slug}/hulp/").status_code == 200
    assert len(captured.captured_queries) <= 10
