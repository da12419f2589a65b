"""The year's accounts: the treasurer's XLSX read in whole or not at all (every wrong row named,
a balance that does not close refused), the members' committee signs (members only, no board
member), the annual report prints the figures, and once the meeting adopted them nothing
changes. The board's Vandaag counts the days left and the open follow-up actions."""

import io
from decimal import Decimal

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope
from freezegun import freeze_time
from openpyxl import Workbook

from tests.conftest import login, make_collective, make_user
from tests.governance.build import a_meeting, begun, members, statutes
from wijkkracht.core.models import Collective, Role
from wijkkracht.governance.accounts_sheet import amount_read
from wijkkracht.governance.models import Accounts, DecisionType, Section
from wijkkracht.governance.services.accounts import accounts_check, accounts_import
from wijkkracht.governance.services.follow_ups import follow_up_add, follow_up_done
from wijkkracht.governance.services.meetings import attendance_record, item_add
from wijkkracht.governance.services.votes import item_decide, tally_enter

YEAR = 2025
GOOD = [
    ["Onderdeel", "Post", "Bedrag", "Vorig jaar"],
    ["baten", "Contributie", 7500, 7320],
    ["baten", "Subsidie gemeente", "€ 12.000,00", None],
    ["lasten", "Dorpsondersteuner", 15600.5, 15100],
    ["lasten", "Verzekering", "(0,50)", None],  # a correction
    ["bezittingen", "Bank", "9.159,50", 5900],
    ["schulden en eigen vermogen", "Eigen vermogen", 9159.5, 5900],
]


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def village(db: None) -> Collective:
    collective = make_collective("dorp", "Dorpscoöperatie")
    statutes(collective)
    return collective


def test_amounts_are_read_as_a_dutch_treasurer_writes_them() -> None:
    assert amount_read("€ 1.234,56") == Decimal("1234.56")
    assert amount_read("1.234") == Decimal("1234.00")
    assert amount_read("-75") == Decimal("-75.00")
    assert amount_read("(75,00)") == Decimal("-75.00")
    assert amount_read(0.1 + 0.2) == Decimal("0.30")
    with pytest.raises(ValueError, match="twee cijfers"):
        amount_read("12,345")
    with pytest.raises(ValueError, match="geen bedrag"):
        amount_read("twaalf")


def test_the_accounts_are_read_in_whole(village: Collective) -> None:
    with scope(collective=village):
        accounts = accounts_import(
            actor=None, collective=village, year=YEAR, content=xlsx(GOOD), filename="jr.xlsx"
        )
        lines = list(accounts.lines.values_list("section", "label", "amount", "previous"))
    assert len(lines) == 6
    assert lines[1] == (Section.INCOME, "Subsidie gemeente", Decimal("12000.00"), None)
    assert lines[3] == (Section.COSTS, "Verzekering", Decimal("-0.50"), None)


def test_a_wrong_file_changes_nothing_and_names_every_row(village: Collective) -> None:
    with scope(collective=village):
        accounts_import(
            actor=None, collective=village, year=YEAR, content=xlsx(GOOD), filename="jr.xlsx"
        )
        bad = [
            *GOOD[:2],
            ["inkomen", "Giften", 10, None],
            ["lasten", "", 10, None],
            ["lasten", "Drukwerk", "veel", None],
        ]
        with pytest.raises(ValidationError) as refused:
            accounts_import(
                actor=None, collective=village, year=YEAR, content=xlsx(bad), filename="jr.xlsx"
            )
        assert refused.value.messages == [
            "Rij 3: onderdeel “inkomen” kennen we niet; kies baten, lasten, bezittingen of "
            "schulden.",
            "Rij 4: de post heeft geen naam.",
            "Rij 5: “veel” is geen bedrag.",
        ]
        unbalanced = [*GOOD[:-1], ["schulden en eigen vermogen", "Eigen vermogen", 9000, None]]
        with pytest.raises(
            ValidationError, match=r"De balans sluit niet: .* \(verschil € 159,50\)"
        ):
            accounts_import(
                actor=None,
                collective=village,
                year=YEAR,
                content=xlsx(unbalanced),
                filename="jr.xlsx",
            )
        assert Accounts.objects.get().lines.count() == 6  # the first file still stands


def test_the_committee_signs_and_the_adopted_accounts_are_fixed(village: Collective) -> None:
    anna, bert, treasurer = members(village, 3)
    board_user = make_user(village, "board")
    with scope(collective=village):
        accounts = accounts_import(
            actor=None, collective=village, year=YEAR, content=xlsx(GOOD), filename="jr.xlsx"
        )
        Role.objects.create(collective=village, person=treasurer, name="board")
        with pytest.raises(ValidationError, match="Een bestuurslid controleert zichzelf niet"):
            accounts_check(
                actor=None,
                accounts=accounts,
                person=treasurer,
                approved=True,
                remark="",
                signed_on=timezone.localdate(),
            )
        with pytest.raises(ValidationError, match="Schrijf op wat er niet klopt"):
            accounts_check(
                actor=None,
                accounts=accounts,
                person=bert,
                approved=False,
                remark="",
                signed_on=timezone.localdate(),
            )
        for person in (anna, bert):
            accounts_check(
                actor=None,
                accounts=accounts,
                person=person,
                approved=True,
                remark="",
                signed_on=timezone.localdate(),
            )
    meeting = a_meeting(village)
    with scope(collective=village):
        item = item_add(
            actor=None,
            meeting=meeting,
            title="Jaarrekening 2025",
            proposal="Vaststellen.",
            decision_type=DecisionType.ORDINARY,
            accounts_year=YEAR,
        )
    begun(meeting)
    with scope(collective=village):
        attendance_record(actor=None, meeting=meeting, person=anna, via="coordinator")
        tally_enter(
            actor=None, item=item, channel="paper", votes_for=1, votes_against=0, abstentions=0
        )
        decision = item_decide(actor=None, item=item)
        with pytest.raises(ValidationError, match="stelde deze jaarrekening vast"):
            accounts_import(
                actor=None, collective=village, year=YEAR, content=xlsx(GOOD), filename="x.xlsx"
            )
    board = login(Client(), board_user)
    report = board.get(reverse("governance:annual_report", args=[village.slug, YEAR]))
    pdf = pikepdf.open(io.BytesIO(report.content))
    # ReportLab writes € as the octal escape \200 (WinAnsi) and brackets as \( \).
    raw = b"".join(page.Contents.read_bytes() for page in pdf.pages)
    text = raw.replace(b"\\200", "€".encode("cp1252")).replace(b"\\(", b"(").replace(b"\\)", b")")
    for expected in (
        "De jaarrekening over 2025",
        "Subsidie gemeente",
        "€ 12.000,00",
        "€ 19.500,00",  # the income's total
        "€ 3.900,00",  # 19,500.00 - (15,600.50 - 0.50)
        f"{anna.full_name}, {timezone.localdate():%d-%m-%Y}: akkoord",
        f"(besluit {decision.number})",
    ):
        assert expected.encode("cp1252") in text, expected
    page = board.get(reverse("governance:accounts", args=[village.slug, YEAR])).content.decode()
    assert "Er kan niets meer aan veranderen" in page and 'name="file"' not in page


def test_the_page_reads_the_file_and_shows_the_rows_that_are_wrong(village: Collective) -> None:
    board = login(Client(), make_user(village, "board"))
    url = reverse("governance:accounts", args=[village.slug, YEAR])
    bad = xlsx([*GOOD[:2], ["lasten", "Drukwerk", "veel", None]])
    upload = io.BytesIO(bad)
    upload.name = "jaarrekening.xlsx"
    page = board.post(url, {"form": "import", "file": upload}).content.decode()
    assert "Er is niets opgeslagen." in page and "Rij 3: “veel” is geen bedrag." in page
    good = io.BytesIO(xlsx(GOOD))
    good.name = "jaarrekening.xlsx"
    shown = board.post(url, {"form": "import", "file": good}, follow=True).content.decode()
    assert "De jaarrekening is ingelezen." in shown
    assert "€ 19.500,00" in shown and "€ 3.900,00" in shown
    example = board.get(reverse("governance:accounts_template", args=[village.slug]))
    assert example.status_code == 200
    with scope(collective=village):
        refilled = accounts_import(
            actor=None,
            collective=village,
            year=YEAR + 1,
            content=example.content,
            filename="jaarrekening.xlsx",
        )
        assert refilled.lines.count() == 6  # the example file reads in as it is


def test_vandaag_counts_the_days_left_and_the_open_actions(village: Collective) -> None:
    board = login(Client(), make_user(village, "board"))
    home = reverse("core:collective_home", args=[village.slug])
    # The 2025 accounts are adopted at the latest on 31 July 2026.
    with freeze_time("2026-03-01 12:00"):
        assert "jaarrekening 2025" not in board.get(home).content.decode()
    with freeze_time("2026-07-01 12:00"):
        page = board.get(home).content.decode()
    assert "30</span> dagen om de jaarrekening 2025 vast te stellen (uiterlijk 31-07-2026)" in page
    with freeze_time("2026-08-10 12:00"):
        page = board.get(home).content.decode()
    assert "10</span> dagen te laat: de jaarrekening 2025 is nog niet vastgesteld" in page

    members(village, 1)
    meeting = begun(a_meeting(village))
    with scope(collective=village):
        decision = item_decide(actor=None, item=meeting.items.get(order=2))
        action = follow_up_add(
            actor=None, decision=decision, text="Naar de KvK", owner=None, due_on=None
        )
    page = board.get(home).content.decode()
    assert "1</span> Acties uit besluiten van de ledenvergadering" in page
    with scope(collective=village):
        follow_up_done(actor=None, follow_up=action)
    assert "Acties uit besluiten" not in board.get(home).content.decode()
