"""The course file of `manage.py learning_minutes`: a register, sessions of typed blocks and
each person's minutes present, computed into net minutes and points; a wrong field is named
by its path (``sessions[0].blocks[1].minutes``)."""

from fractions import Fraction
from typing import Any

from wijkkracht.academy.minutes import (
    BLOCK_KINDS,
    DEFAULT_THRESHOLD,
    Block,
    net_minutes,
    passes,
    points_json,
)
from wijkkracht.academy.registers import Register, register_get, register_keys


class CourseFileError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")


def _minutes(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CourseFileError(path, "verwacht een geheel aantal minuten, 0 of meer")
    return value


def _threshold(value: object) -> Fraction:
    if value is None:
        return DEFAULT_THRESHOLD
    try:
        found = Fraction(str(value))
    except (ValueError, ZeroDivisionError):
        raise CourseFileError("threshold", 'verwacht een deel tussen 0 en 1, zoals "0.9"') from None
    if isinstance(value, bool) or not 0 < found <= 1:
        raise CourseFileError("threshold", 'verwacht een deel tussen 0 en 1, zoals "0.9"')
    return found


def compute(data: object) -> dict[str, Any]:
    """The course's net minutes and points, and each person's minutes, pass and points."""
    if not isinstance(data, dict):
        raise CourseFileError("(bestand)", "verwacht een JSON-object")
    key = data.get("register")
    if key not in register_keys():
        known = ", ".join(sorted(register_keys()))
        raise CourseFileError("register", f"onbekend register; kies uit {known}")
    register = register_get(key)
    sessions = data.get("sessions")
    if not isinstance(sessions, list) or not sessions:
        raise CourseFileError("sessions", "verwacht een lijst met minstens één bijeenkomst")
    threshold = _threshold(data.get("threshold"))
    net = 0
    present: dict[str, int] = {}
    for s, session in enumerate(sessions):
        session_net, people = _session(session, f"sessions[{s}]", register)
        net += session_net
        for person, minutes in people.items():
            present[person] = present.get(person, 0) + minutes
    course_points = register.points(net)
    persons = []
    for person, minutes in present.items():
        passed = passes(minutes, net, threshold)
        persons.append(
            {
                "id": person,
                "minutes": minutes,
                "passed": passed,
                # Points come with the whole course, for who was there long enough.
                "points": points_json(course_points if passed else Fraction(0)),
            }
        )
    return {"net_minutes": net, "points": points_json(course_points), "persons": persons}


def _session(session: object, path: str, register: Register) -> tuple[int, dict[str, int]]:
    """One session's net minutes and each person's minutes present."""
    if not isinstance(session, dict):
        raise CourseFileError(path, "verwacht een object met blocks en present_minutes")
    blocks = session.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        raise CourseFileError(f"{path}.blocks", "verwacht een lijst met minstens één blok")
    parsed = []
    for b, block in enumerate(blocks):
        where = f"{path}.blocks[{b}]"
        if not isinstance(block, dict) or block.get("kind") not in BLOCK_KINDS:
            raise CourseFileError(f"{where}.kind", f"kies uit {', '.join(BLOCK_KINDS)}")
        parsed.append(Block(block["kind"], _minutes(block.get("minutes"), f"{where}.minutes")))
    session_net = net_minutes(parsed, register)
    people = session.get("present_minutes", {})
    if not isinstance(people, dict):
        raise CourseFileError(f"{path}.present_minutes", "verwacht een object {persoon: minuten}")
    present = {}
    for person, minutes in people.items():
        where = f"{path}.present_minutes.{person}"
        present[person] = _minutes(minutes, where)
        if present[person] > session_net:
            raise CourseFileError(
                where, f"meer dan de {session_net} netto minuten van de bijeenkomst"
            )
    return session_net, present
