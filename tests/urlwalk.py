"""Walk every URL pattern of the project, with its full name and the keyword arguments it takes."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Route:
    route: str  # e.g. "<slug:collective_slug>/mensen/<int:person_id>/"
    name: str  # e.g. "core:person_detail"; empty for unnamed patterns
    kwargs: frozenset[str]


def _walk(patterns: list, prefix: str, namespace: str, kwargs: frozenset[str]) -> Iterator[Route]:
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        names = kwargs | frozenset(getattr(pattern.pattern, "converters", {}).keys())
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, route, inner, names)
        elif isinstance(pattern, URLPattern):
            yield Route(
                route=route, name=f"{namespace}{pattern.name}" if pattern.name else "", kwargs=names
            )


def all_routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns, "", "", frozenset()))
