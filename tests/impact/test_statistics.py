"""The intervals against published table values and hand computation."""

import pytest

from wijkkracht.impact.statistics import (
    mean_estimate,
    paired_change,
    share_difference,
    share_estimate,
    t_quantile,
)


@pytest.mark.parametrize(
    ("df", "table"),
    # Student's t, two-sided 95 % (any statistics textbook's table).
    [(1, 12.706), (2, 4.303), (9, 2.262), (29, 2.045), (120, 1.980), (199, 1.972), (1000, 1.962)],
)
def test_t_quantile_matches_the_table(df: int, table: float) -> None:
    assert round(t_quantile(df), 3) == table


def test_mean_interval_by_hand() -> None:
    # 1, 2, 3, 4: mean 2.5, sd √(5/3) = 1.2910, se 0.6455, t(3) = 3.1824: 2.5 ± 2.0543.
    estimate = mean_estimate([1, 2, 3, 4])
    assert estimate is not None
    assert estimate.value == 2.5
    assert (round(estimate.low or 0, 3), round(estimate.high or 0, 3)) == (0.446, 4.554)
    assert mean_estimate([]) is None


def test_wilson_interval_by_hand_and_at_the_edges() -> None:
    # 5 of 10: centre 0.5, half 1.96/1.384 x √(0.025 + 0.0096) = 0.2634.
    half = share_estimate(5, 10)
    assert half is not None
    assert (half.value, round(half.low or 0, 1), round(half.high or 0, 1)) == (50.0, 23.7, 76.3)
    none = share_estimate(0, 12)
    assert none is not None and none.low == 0.0 and 0 < (none.high or 0) < 30


def test_paired_change_is_the_mean_of_the_differences() -> None:
    # Differences -1, -2, 0, -1: mean -1, sd 0.8165, se 0.4082, t(3) 3.1824: -1 ± 1.299.
    change = paired_change([(4, 3), (5, 3), (2, 2), (3, 2)])
    assert change is not None
    assert change.value == -1
    assert (round(change.low or 0, 2), round(change.high or 0, 2)) == (-2.3, 0.3)


def test_share_difference_is_newcombes_interval() -> None:
    # 12 of 12 to 6 of 12: Wilson (75.75, 100) and (25.38, 74.62); -50 - √(24.62² + 0²) = -74.6,
    # -50 + √(24.62² + 24.25²) = -15.4.
    change = share_difference((12, 12), (6, 12))
    assert change is not None
    assert (change.value, round(change.low or 0, 1), round(change.high or 0, 1)) == (
        -50.0,
        -74.6,
        -15.4,
    )
    same = share_difference((0, 12), (0, 12))
    assert same is not None and same.value == 0 and (same.low or 0) < 0 < (same.high or 0)
