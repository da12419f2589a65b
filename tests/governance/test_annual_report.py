"""The annual report: members at the start and the end of the year and why they left, the
decisions of the year, on at most 12 pages; only the coordinator and the board download it."""

import datetime
import io

import pikepdf
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope

from tests.conftest import login, make_collective, make_user
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.governance.annual_report import annual_report
from wijkkracht.governance.services.meetings import attendance_record
from wijkkracht.governance.services.votes import item_decide, vote_cast
from wijkkracht.members.models import Member


def test_the_years_members_and_decisions(db: None) -> None:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    people = members(collective, 4)
    year = timezone.localdate().year
    meeting = begun(a_meeting(collective))
    with scope(collective=collective):
        Member.objects.filter(person=people[3]).update(
            until=datetime.date(year, 1, 15), end_reason="moved"
        )
        attendance_record(actor=None, meeting=meeting, person=people[0], via="coordinator")
        item = meeting.items.get(order=2)
        vote_cast(item=item, voter=people[0], cast_by=people[0], choice="for")
        decision = item_decide(actor=None, item=item)
        report = annual_report(collective, year)
    assert (report.members_start, report.members_end) == (4, 3)
    assert report.left == [("verhuisd", 1)]
    assert report.decisions == [decision]

    board = login(Client(), make_user(collective, "board"))
    response = board.get(reverse("governance:annual_report", args=["dorp", year]))
    pdf = pikepdf.open(io.BytesIO(response.content))
    text = b"".join(page.Contents.read_bytes() for page in pdf.pages)
    assert len(pdf.pages) <= 12
    assert b"Op 1 januari waren er 4 leden, op 31 december 3." in text
    assert decision.number.encode() in text and b"verhuisd: 1" in text
    member = login(Client(), make_user(collective, "member", email="lid2@dorp.example"))
    url = reverse("governance:annual_report", args=["dorp", year])
    assert member.get(url).status_code == 404
