"""The Pabulib `.pb` format: META, PROJECTS and VOTES sections, `;`-separated (pabulib.org)."""

import csv
import io
from decimal import Decimal
from fractions import Fraction

from django.utils.translation import gettext as _

from wijkkracht.participation.voting.election import Election, Project

SECTIONS = ("meta", "projects", "votes")
APPROVAL_TYPES = ("approval", "choose-1")


class PbInvalid(ValueError):  # noqa: N818 (it names the input, not a failure of ours)
    """A `.pb` file that cannot be read; `errors` names every wrong line."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def _amount(text: str) -> Fraction:
    return Fraction(text.strip().replace(",", "."))


class _Reader:
    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.projects: dict[str, Project] = {}
        self.votes: list[tuple[int, list[str]]] = []
        self.errors: list[str] = []

    def row(self, number: int, section: str, header: list[str], row: list[str]) -> None:
        if len(row) != len(header):
            self.errors.append(
                _("Regel %(line)d: %(found)d velden, verwacht %(expected)d.")
                % {"line": number, "found": len(row), "expected": len(header)}
            )
            return
        values = {key.strip(): value.strip() for key, value in zip(header, row, strict=True)}
        if section == "meta":
            self.meta[values["key"]] = values["value"]
        elif section == "projects":
            self.project(number, values)
        else:
            self.votes.append((number, [part for part in values["vote"].split(",") if part]))

    def project(self, number: int, values: dict[str, str]) -> None:
        project_id = values["project_id"]
        try:
            cost = _amount(values["cost"])
        except ValueError:
            self.errors.append(
                _("Regel %(line)d: de kosten van project %(id)s zijn geen getal.")
                % {"line": number, "id": project_id}
            )
            return
        if cost < 0 or project_id in self.projects:
            self.errors.append(
                _("Regel %(line)d: project %(id)s staat er dubbel in of kost minder dan 0.")
                % {"line": number, "id": project_id}
            )
            return
        self.projects[project_id] = Project(project_id, cost, values.get("name", ""))

    def election(self) -> Election:
        budget = Fraction(0)
        try:
            budget = _amount(self.meta["budget"])
        except (KeyError, ValueError):
            self.errors.append(_("META: het budget ontbreekt of is geen getal."))
        if self.meta.get("vote_type", "approval") not in APPROVAL_TYPES:
            self.errors.append(
                _("META: alleen goedkeuringsstemmen (approval) worden geteld, niet %s.")
                % self.meta["vote_type"]
            )
        ballots = []
        for number, vote in self.votes:
            unknown = [project_id for project_id in vote if project_id not in self.projects]
            if unknown:
                self.errors.append(
                    _("Regel %(line)d: onbekend project %(id)s.")
                    % {"line": number, "id": ", ".join(unknown)}
                )
            ballots.append(frozenset(vote))
        if self.errors:
            raise PbInvalid(self.errors)
        return Election(budget, self.projects, ballots, self.meta)


def pb_read(text: str) -> Election:
    """Read a `.pb` file's text; raise PbInvalid naming every wrong line."""
    reader = _Reader()
    section, header = "", list[str]()
    seen = set()
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=";"), start=1):
        if not row or not "".join(row).strip():
            continue
        if len(row) == 1 and row[0].strip().lower() in SECTIONS:
            section, header = row[0].strip().lower(), []
            seen.add(section)
        elif not section:
            reader.errors.append(_("Regel %d: verwacht META, PROJECTS of VOTES.") % number)
        elif not header:
            header = [key.strip() for key in row]
        else:
            reader.row(number, section, header, row)
    for name in SECTIONS:
        if name not in seen:
            reader.errors.append(_("Het deel %s ontbreekt.") % name.upper())
    return reader.election()


def _number(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return str(Decimal(value.numerator) / Decimal(value.denominator))


def pb_write(election: Election) -> str:
    """Write an election as a `.pb` file; reading it back gives the same election."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    meta = dict(election.meta)
    meta.update(
        num_projects=str(len(election.projects)),
        num_votes=str(len(election.ballots)),
        budget=_number(election.budget),
        vote_type="approval",
    )
    writer.writerow(["META"])
    writer.writerow(["key", "value"])
    writer.writerows(meta.items())
    approvals = election.approvals()
    writer.writerow(["PROJECTS"])
    writer.writerow(["project_id", "cost", "votes", "name"])
    for project in election.projects.values():
        writer.writerow([project.id, _number(project.cost), approvals[project.id], project.name])
    writer.writerow(["VOTES"])
    writer.writerow(["voter_id", "vote"])
    for number, ballot in enumerate(election.ballots, start=1):
        writer.writerow([number, ",".join(sorted(ballot))])
    return out.getvalue()
