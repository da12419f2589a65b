"""The deadlines for financial year 2025: drawn up by 30 June 2026, adopted by 31 July, filed 8
days after adoption and by 31 December 2026 at the latest; with the extension 31 October and
30 November."""

import datetime

from wijkkracht.governance.deadlines import accounts_deadlines, months_later

D = datetime.date


def test_financial_year_2025() -> None:
    found = accounts_deadlines(D(2025, 12, 31))
    assert (found.drawn_up, found.adopted, found.latest) == (
        D(2026, 6, 30),
        D(2026, 7, 31),
        D(2026, 12, 31),
    )
    assert found.filed is None
    adopted = accounts_deadlines(D(2025, 12, 31), adopted_on=D(2026, 6, 12))
    assert adopted.filed == D(2026, 6, 20)
    # Adopted very late: filing is still due by the absolute latest date.
    assert accounts_deadlines(D(2025, 12, 31), adopted_on=D(2026, 12, 28)).filed == D(2026, 12, 31)


def test_with_the_extension() -> None:
    found = accounts_deadlines(D(2025, 12, 31), extended=True)
    assert (found.drawn_up, found.adopted) == (D(2026, 10, 31), D(2026, 11, 30))


def test_a_financial_year_that_ends_mid_year() -> None:
    found = accounts_deadlines(D(2026, 6, 30))
    assert (found.drawn_up, found.adopted, found.latest) == (
        D(2026, 12, 31),
        D(2027, 1, 31),
        D(2027, 6, 30),
    )
    assert months_later(D(2026, 8, 15), 6) == D(2027, 2, 15)
