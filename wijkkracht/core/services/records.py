"""Saving records the same way in every app: a model from a service's keyword fields, and an
uploaded spreadsheet waiting for its preview."""

from typing import Any, TypeVar

from django.core.files.uploadedfile import UploadedFile
from django.db import models

from wijkkracht.core.models import Collective, SheetUpload, User

U = TypeVar("U", bound=SheetUpload)


def record_save(instance: models.Model, fields: dict[str, Any]) -> None:
    """Set the fields, validate (the collective is the service's business), and save."""
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.full_clean(exclude=["collective"])
    instance.save()


def sheet_upload_store(
    model: type[U], *, actor: User | None, collective: Collective, upload: UploadedFile
) -> U:
    """Keep an uploaded spreadsheet for its preview, so the user confirms what they saw."""
    return model.objects.create(
        collective=collective,
        filename=(upload.name or "")[:200],
        content=upload.read(),
        uploaded_by=actor,
    )
