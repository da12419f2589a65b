"""Shared by the commands that work on one collective (treasurers run them from cron)."""

import argparse
import datetime
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django_scopes import scope

from wijkkracht.core.models import Collective


def add_collective_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collective", required=True, metavar="SLUG", help="korte naam")


@contextmanager
def collective_scope(slug: str) -> Iterator[Collective]:
    """Enter the collective's scope, or stop with a clear message when it does not exist."""
    collective = Collective.objects.filter(slug=slug).first()
    if collective is None:
        raise CommandError(f"Er is geen collectief met de korte naam '{slug}'.")
    with scope(collective=collective):
        yield collective


def year_argument(value: str) -> int:
    if not value.isdigit() or not 2000 <= int(value) <= 2100:  # noqa: PLR2004 - sane years
        raise argparse.ArgumentTypeError(f"'{value}' is geen jaartal, bijv. 2026.")
    return int(value)


def date_argument(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen datum als JJJJ-MM-DD.") from None


def messages_of(error: ValidationError) -> str:
    return " ".join(error.messages)
