import pytest
from django.core.exceptions import ValidationError

from wijkkracht.core.postcode import normalise_postcode


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("7915AB", "7915 AB"),
        ("7915 ab", "7915 AB"),
        (" 3531  jk ", "3531 JK"),
        ("1000AA", "1000 AA"),
    ],
)
def test_postcode_is_written_the_dutch_way(raw: str, expected: str) -> None:
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize(
    "raw", ["0123 AB", "123 AB", "1234 A", "1234 SS", "1234 SA", "1234 SD", "12345", ""]
)
def test_not_a_dutch_postcode_is_refused_in_dutch(raw: str) -> None:
    with pytest.raises(ValidationError) as error:
        normalise_postcode(raw)
    assert "geen geldige postcode" in error.value.messages[0]
