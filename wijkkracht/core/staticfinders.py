"""The few front-end files Wijkkracht serves from node_modules, each named in settings.

Only the named files are static files: the packages' folders also hold sources, token dumps of
a megabyte and CSS that points at images the package leaves out (which breaks collectstatic).
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, overload

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage


class VendorFinder(BaseFinder):
    """Find ``<prefix>/<file>`` for each (prefix, folder in node_modules, files) in VENDOR_FILES."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.folders: list[tuple[str, FileSystemStorage, tuple[str, ...]]] = []
        for prefix, folder, files in settings.VENDOR_FILES:
            storage = FileSystemStorage(location=Path(settings.NODE_MODULES) / folder)
            storage.prefix = prefix  # type: ignore[attr-defined] # collectstatic copies it there
            self.folders.append((prefix, storage, tuple(files)))

    @overload
    def find(self, path: str, find_all: Literal[False] = False) -> str | None: ...
    @overload
    def find(self, path: str, find_all: Literal[True]) -> list[str]: ...
    def find(self, path: str, find_all: bool = False) -> str | list[str] | None:
        for prefix, storage, files in self.folders:
            name = path.removeprefix(f"{prefix}/")
            if name != path and name in files:
                found = storage.path(name)
                return [found] if find_all else found
        return [] if find_all else None

    def list(self, ignore_patterns: Any) -> Iterator[tuple[str, FileSystemStorage]]:
        for _prefix, storage, files in self.folders:
            for name in files:
                yield name, storage
