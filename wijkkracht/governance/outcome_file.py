"""The file of `manage.py alv_outcome`: the counts of one vote, checked field by field, each
wrong one named (and the counts checked against each other: no more present than eligible,
no more votes than people there)."""

from typing import Any

from wijkkracht.governance.outcome import RULES, outcome, share

COUNTS = ("eligible", "present", "represented", "votes_for", "votes_against", "abstentions")


class OutcomeFileError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")


def _count(data: dict, field: str) -> int:
    value = data.get(field)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise OutcomeFileError(field, "verwacht een geheel getal, 0 of meer")
    return value


def _share(data: dict, field: str, *, optional: bool) -> Any:
    value = data.get(field)
    if value is None and optional:
        return None
    try:
        return share(value) if isinstance(value, str) else share("x")
    except ValueError:
        raise OutcomeFileError(field, 'verwacht een deel als "2/3" of "1/2"') from None


def compute(data: object) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise OutcomeFileError("(bestand)", "verwacht een JSON-object")
    counts = {field: _count(data, field) for field in COUNTS}
    if counts["present"] + counts["represented"] > counts["eligible"]:
        raise OutcomeFileError("present", "aanwezig en vertegenwoordigd samen is meer dan eligible")
    votes = counts["votes_for"] + counts["votes_against"] + counts["abstentions"]
    if votes > counts["present"] + counts["represented"]:
        raise OutcomeFileError("votes_for", "meer stemmen dan aanwezigen en gemachtigden")
    rule = data.get("majority_rule")
    if rule not in RULES:
        raise OutcomeFileError("majority_rule", f"kies uit {', '.join(RULES)}")
    result = outcome(
        quorum=_share(data, "quorum", optional=True),
        majority=_share(data, "majority", optional=False),
        majority_rule=rule,
        **counts,
    )
    return {"quorate": result.quorate, "adopted": result.adopted, "cast": result.cast}
