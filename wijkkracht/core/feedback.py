"""Telling the user what went wrong, on the page they are sent back to."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest


def show_errors(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))
