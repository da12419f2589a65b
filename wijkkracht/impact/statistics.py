"""Means and shares with 95 % confidence intervals, and the paired change between two rounds.

Pure Python: a round has at most some thousands of respondents. The t quantile is computed
from the exact closed form of Student's distribution for whole degrees of freedom
(Abramowitz & Stegun 26.7.3-4) below 200, and from its Cornish-Fisher expansion above
(A&S 26.7.5), where the two agree to 1e-9.
"""

import math
from dataclasses import dataclass
from statistics import NormalDist, fmean, stdev

CONFIDENCE = 0.95
Z = NormalDist().inv_cdf(0.5 + CONFIDENCE / 2)  # 1.959964
EXACT_BELOW = 200
MIN_FOR_INTERVAL = 2


def _t_central(t: float, df: int) -> float:
    """P(|T| <= t) for Student's t with df degrees of freedom."""
    theta = math.atan(t / math.sqrt(df))
    cos2 = math.cos(theta) ** 2
    if df % 2:
        term, total = math.cos(theta), 0.0
        for k in range(1, (df - 1) // 2 + 1):
            total += term
            term *= cos2 * (2 * k) / (2 * k + 1)
        return 2 / math.pi * (theta + math.sin(theta) * total) if df > 1 else 2 * theta / math.pi
    term, total = 1.0, 0.0
    for k in range(1, df // 2 + 1):
        total += term
        term *= cos2 * (2 * k - 1) / (2 * k)
    return math.sin(theta) * total


def t_quantile(df: int) -> float:
    """The two-sided 95 % quantile of Student's t (2.262 for 9 degrees of freedom)."""
    if df >= EXACT_BELOW:
        z = Z
        g1 = (z**3 + z) / 4
        g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
        g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
        g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
        return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4
    low, high = 0.0, 1000.0
    for _ in range(100):
        middle = (low + high) / 2
        if _t_central(middle, df) < CONFIDENCE:
            low = middle
        else:
            high = middle
    return (low + high) / 2


@dataclass(frozen=True)
class Estimate:
    n: int
    value: float
    low: float | None
    high: float | None


def mean_estimate(values: list[float]) -> Estimate | None:
    """The mean with its t interval; None without values, no interval for one value."""
    if not values:
        return None
    mean = fmean(values)
    if len(values) < MIN_FOR_INTERVAL:
        return Estimate(len(values), mean, None, None)
    half = t_quantile(len(values) - 1) * stdev(values) / math.sqrt(len(values))
    return Estimate(len(values), mean, mean - half, mean + half)


def share_estimate(count: int, n: int) -> Estimate | None:
    """The share count/n as a percentage with Wilson's score interval, which stays between 0
    and 100 also for small groups and shares near 0 or 100."""
    if n == 0:
        return None
    share = count / n
    denominator = 1 + Z**2 / n
    centre = (share + Z**2 / (2 * n)) / denominator
    half = Z / denominator * math.sqrt(share * (1 - share) / n + Z**2 / (4 * n * n))
    return Estimate(n, 100 * share, 100 * max(0.0, centre - half), 100 * min(1.0, centre + half))


def paired_change(pairs: list[tuple[float, float]]) -> Estimate | None:
    """The mean change after minus before over the same respondents, with its t interval."""
    return mean_estimate([after - before for before, after in pairs])


def difference_estimate(before: list[float], after: list[float]) -> Estimate | None:
    """The difference of two independent groups' means (after minus before) with Welch's
    interval: two rounds in the neighbourhood ask different people."""
    if len(before) < MIN_FOR_INTERVAL or len(after) < MIN_FOR_INTERVAL:
        return None
    var_b, var_a = stdev(before) ** 2 / len(before), stdev(after) ** 2 / len(after)
    difference = fmean(after) - fmean(before)
    if var_a + var_b == 0:
        return Estimate(len(after), difference, difference, difference)
    df = (var_a + var_b) ** 2 / (var_a**2 / (len(after) - 1) + var_b**2 / (len(before) - 1))
    half = t_quantile(max(1, math.floor(df))) * math.sqrt(var_a + var_b)
    return Estimate(len(after), difference, difference - half, difference + half)


def share_difference(before: tuple[int, int], after: tuple[int, int]) -> Estimate | None:
    """The difference of two independent shares, (count, n) each, in percentage points, with
    Newcombe's interval from the two Wilson intervals (sound also at 0 % and 100 %)."""
    first, second = share_estimate(*before), share_estimate(*after)
    if first is None or second is None:
        return None
    p1, l1, u1 = first.value, first.low or 0, first.high or 0
    p2, l2, u2 = second.value, second.low or 0, second.high or 0
    difference = p2 - p1
    low = difference - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)
    high = difference + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)
    return Estimate(second.n, difference, low, high)
