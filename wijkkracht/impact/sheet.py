"""Answers from a spreadsheet: one row per respondent, columns q1 … qN in item order."""

from django.utils.translation import gettext as _

from wijkkracht.core.spreadsheet import SheetRow
from wijkkracht.impact.instruments import Instrument
from wijkkracht.impact.scoring import (
    AnswerError,
    Scored,
    answer_normal,
    answers_message,
    score,
)


class AnswerSheetError(ValueError):
    """Every problem of the file, in Dutch, by row and column; nothing was scored."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(errors)
        self.errors = errors


def answers_score(instrument: Instrument, rows: list[SheetRow]) -> list[tuple[int, Scored]]:
    """Score every row, or raise AnswerSheetError naming each wrong cell (all or nothing)."""
    columns = [f"q{item.number}" for item in instrument.items]
    if rows and (missing := [c for c in columns if c not in rows[0].cells]):
        raise AnswerSheetError(
            [_("Deze kolommen ontbreken: %s. Zet de namen in de eerste rij.") % ", ".join(missing)]
        )
    errors, scored = [], []
    for row in rows:
        answers = []
        for column in columns:
            cell = row.cells.get(column)
            value = "" if cell is None else str(cell)
            try:
                answers.append(answer_normal(instrument, value))
            except AnswerError:
                errors.append(
                    _("Rij %(row)d, kolom %(column)s: “%(value)s” is geen antwoord. %(choose)s")
                    % {
                        "row": row.number,
                        "column": column,
                        "value": value,
                        "choose": answers_message(instrument),
                    }
                )
        if not errors:
            scored.append((row.number, score(instrument, answers)))
    if errors:
        raise AnswerSheetError(errors)
    return scored
